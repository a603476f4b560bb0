using System.Text.Json;
using System.Text.Json.Nodes;
using KnowledgeHub.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Api.Caching;

/// <summary>An editing server whose SQL statements a test can count: an answer from memory sends none.</summary>
public sealed class ResponseCacheServer : EditingServer
{
    public SqlCommandCounter Sql { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<KnowledgeHubDbContext>(o => o.AddInterceptors(Sql), ServiceLifetime.Singleton));
    }
}

/// <summary>
/// The server keeps the answers of recent queries, GET or POST, by everything they depend on: a
/// repeated request is answered without a statement, a write is seen by the next request, a
/// caller never gets another caller's answer, and answers with errors are not kept.
/// </summary>
public sealed class ResponseCacheTests(ResponseCacheServer server) : IClassFixture<ResponseCacheServer>
{
    private const string Nested = """
        { municipalities(first: 5) { nodes { code records(first: 2) { totalCount nodes { slug themes { name } } } } } }
        """;

    private const string ProgramBySlug = """
        query($slug: String!) { programs(where: { slug: { eq: $slug } }) { totalCount nodes { slug title status } } }
        """;

    [Fact]
    public async Task A_repeated_query_is_answered_from_memory_with_the_same_bytes()
    {
        var first = await PostAsync(server.Anonymous, Nested);
        server.Sql.Reset();
        var again = await PostAsync(server.Anonymous, Nested);

        Assert.Equal(200, again.Status);
        Assert.Equal(first.Body, again.Body);
        Assert.Empty(server.Sql.Commands);
        Assert.NotEmpty(JsonNode.Parse(again.Body)!["data"]!["municipalities"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task GET_and_POST_with_the_same_variables_share_an_answer()
    {
        var variables = new { slug = "forebyggelsespakken" };
        var get = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, variables);
        server.Sql.Reset();
        var post = await PostAsync(server.Anonymous, ProgramBySlug, variables, accept: "application/graphql-response+json");
        var sharedStatements = server.Sql.Commands.Count;
        var otherValue = await PostAsync(server.Anonymous, ProgramBySlug, new { slug = "no-such-programme" }, accept: "application/graphql-response+json");

        Assert.Equal(get.Body, post.Body);
        Assert.Equal(0, sharedStatements);
        Assert.NotEmpty(server.Sql.Commands);
        Assert.Equal(0, (int)JsonNode.Parse(otherValue.Body)!["data"]!["programs"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_write_is_seen_by_the_next_request()
    {
        var slug = Records.NewSlug("svarcache");
        var before = await PostAsync(server.Anonymous, ProgramBySlug, new { slug });
        await PostAsync(server.Anonymous, ProgramBySlug, new { slug });

        await (await server.EditorAsync()).CreateProgramAsync(slug, ("status", "PUBLISHED"));
        var after = await PostAsync(server.Anonymous, ProgramBySlug, new { slug });

        Assert.Equal(0, (int)JsonNode.Parse(before.Body)!["data"]!["programs"]!["totalCount"]!);
        Assert.Equal(1, (int)JsonNode.Parse(after.Body)!["data"]!["programs"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_partners_draft_never_reaches_another_caller_from_memory()
    {
        var slug = Records.NewSlug("svarkladde");
        var vive = await server.ViveAsync();
        await vive.CreateProgramAsync(slug);

        var partner = await PostAsync(vive, ProgramBySlug, new { slug });
        await PostAsync(vive, ProgramBySlug, new { slug });
        var anonymous = await PostAsync(server.Anonymous, ProgramBySlug, new { slug });
        var otherPartner = await PostAsync(await server.KoraAsync(), ProgramBySlug, new { slug });

        Assert.Equal("DRAFT", (string)JsonNode.Parse(partner.Body)!["data"]!["programs"]!["nodes"]![0]!["status"]!);
        Assert.DoesNotContain(slug, anonymous.Body);
        Assert.DoesNotContain(slug, otherPartner.Body);
    }

    [Fact]
    public async Task An_answer_with_errors_is_not_kept()
    {
        const string partlyFailing = "{ municipalities(first: 1) { nodes { code } } programs(first: -1) { totalCount } }";
        var first = await PostAsync(server.Anonymous, partlyFailing);
        server.Sql.Reset();
        var again = await PostAsync(server.Anonymous, partlyFailing);

        Assert.NotNull(JsonNode.Parse(first.Body)!["errors"]);
        Assert.NotNull(JsonNode.Parse(again.Body)!["errors"]);
        Assert.NotEmpty(server.Sql.Commands);
    }

    [Fact]
    public async Task A_cost_report_is_executed_each_time()
    {
        await PostAsync(server.Anonymous, Nested);
        server.Sql.Reset();
        var reported = await PostAsync(server.Anonymous, Nested, headers: new Dictionary<string, string> { ["GraphQL-Cost"] = "report" });

        Assert.NotNull(JsonNode.Parse(reported.Body)!["extensions"]!["cost"]);
        Assert.NotEmpty(server.Sql.Commands);
    }

    [Fact]
    public async Task Mutations_are_never_answered_from_memory()
    {
        var editor = await server.EditorAsync();
        var slug = Records.NewSlug("svarmutation");
        var input = new { input = Records.Program(slug) };

        var first = JsonNode.Parse((await PostAsync(editor, Records.CreateProgram, input)).Body)!;
        var second = JsonNode.Parse((await PostAsync(editor, Records.CreateProgram, input)).Body)!;

        Assert.Equal(slug, (string)first["data"]!["createProgram"]!["program"]!["slug"]!);
        Assert.NotEmpty(second["data"]!["createProgram"]!["errors"]!.AsArray());
    }

    private static async Task<(int Status, string Body)> PostAsync(
        HttpClient client, string query, object? variables = null, string accept = "application/json", IDictionary<string, string>? headers = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Accept", accept);
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}
