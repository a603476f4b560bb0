using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Api.Caching;

/// <summary>
/// GET queries answer with an ETag; a current one in If-None-Match is a 304 without a body.
/// Anonymous answers are shared-cacheable (and revalidated), a key holder's private; POST,
/// mutations, errors and API keys are never cached; a write makes the old tags stale.
/// </summary>
public sealed class HttpCachingTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string ProgramBySlug = """
        query($slug: String!) { programs(where: { slug: { eq: $slug } }) { totalCount nodes { slug title status } } }
        """;

    private const string Municipality = """{ municipality(code: "0101") { name region { name } } }""";

    [Fact]
    public async Task A_GET_query_has_a_weak_ETag_and_shared_caches_must_revalidate()
    {
        var answer = await CachedGet.SendAsync(server.Anonymous, Municipality);

        Assert.Equal(200, answer.Status);
        Assert.StartsWith("W/\"", answer.ETag);
        Assert.Equal("public, no-cache", answer.CacheControl);
        Assert.Equal("Accept, Authorization", answer.Vary);
        Assert.Equal("København", (string)answer.Json["data"]!["municipality"]!["name"]!);
    }

    [Fact]
    public async Task The_current_ETag_in_If_None_Match_is_a_304_without_a_body()
    {
        var first = await CachedGet.SendAsync(server.Anonymous, Municipality);
        var again = await CachedGet.SendAsync(server.Anonymous, Municipality, ifNoneMatch: first.ETag);
        var amongOthers = await CachedGet.SendAsync(server.Anonymous, Municipality, ifNoneMatch: $"W/\"other\", {first.ETag}");

        Assert.Equal(304, again.Status);
        Assert.Equal("", again.Body);
        Assert.Equal(first.ETag, again.ETag);
        Assert.Equal("public, no-cache", again.CacheControl);
        Assert.Equal(304, amongOthers.Status);
    }

    [Fact]
    public async Task Another_ETag_gets_the_full_answer()
    {
        var answer = await CachedGet.SendAsync(server.Anonymous, Municipality, ifNoneMatch: "W/\"not-current\"");

        Assert.Equal(200, answer.Status);
        Assert.NotEqual("W/\"not-current\"", answer.ETag);
        Assert.NotEmpty(answer.Body);
    }

    [Fact]
    public async Task Variables_and_documents_have_tags_of_their_own()
    {
        var one = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, new { slug = "forebyggelsespakken" });
        var other = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, new { slug = "something-else" });
        var document = await CachedGet.SendAsync(server.Anonymous, Municipality);
        var crossed = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, new { slug = "something-else" }, ifNoneMatch: one.ETag);

        Assert.Equal(3, new[] { one.ETag, other.ETag, document.ETag }.Distinct().Count());
        Assert.Equal(200, crossed.Status);
    }

    [Fact]
    public async Task A_persisted_query_by_hash_is_cached_like_its_text()
    {
        const string query = "{ regions { code name } }";
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(query)));
        var apq = new { persistedQuery = new { version = 1, sha256Hash = hash } };
        var byText = await CachedGet.SendAsync(server.Anonymous, query, extensions: apq);
        var byHash = await CachedGet.SendAsync(server.Anonymous, query, extensions: apq, withQuery: false, ifNoneMatch: byText.ETag);

        Assert.Equal(200, byText.Status);
        Assert.Equal(304, byHash.Status);
    }

    [Fact]
    public async Task POST_is_never_cached()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Municipality }), System.Text.Encoding.UTF8, "application/json"),
        };
        using var response = await server.Anonymous.SendAsync(request);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_mutation_over_GET_is_refused_and_not_cached()
    {
        var answer = await CachedGet.SendAsync(server.Anonymous, "mutation { __typename }");

        Assert.Equal(405, answer.Status);
        Assert.Null(answer.ETag);
        Assert.Equal("no-store", answer.CacheControl);
    }

    [Theory]
    [InlineData("{ programs(first: -1) { totalCount } }")]
    [InlineData("{ noSuchField }")]
    public async Task An_answer_with_errors_is_not_cached(string query)
    {
        var answer = await CachedGet.SendAsync(server.Anonymous, query);

        Assert.NotNull(answer.Json["errors"]);
        Assert.Null(answer.ETag);
        Assert.Equal("no-store", answer.CacheControl);
    }

    [Fact]
    public async Task A_cost_report_is_not_cached()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString(Municipality));
        request.Headers.Add("GraphQL-Cost", "report");
        using var response = await server.Anonymous.SendAsync(request);

        Assert.Null(response.Headers.ETag);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_key_holders_answers_are_private_and_tagged_apart()
    {
        var anonymous = await CachedGet.SendAsync(server.Anonymous, Municipality);
        var editor = await CachedGet.SendAsync(await server.EditorAsync(), Municipality);
        var editorWithAnonymousTag = await CachedGet.SendAsync(await server.EditorAsync(), Municipality, ifNoneMatch: anonymous.ETag);
        var again = await CachedGet.SendAsync(await server.EditorAsync(), Municipality, ifNoneMatch: editor.ETag);

        Assert.Equal("private, no-cache", editor.CacheControl);
        Assert.NotEqual(anonymous.ETag, editor.ETag);
        Assert.Equal(200, editorWithAnonymousTag.Status);
        Assert.Equal(304, again.Status);
        Assert.Equal("private, no-cache", again.CacheControl);
    }

    [Fact]
    public async Task API_keys_are_not_in_the_change_log_so_they_are_never_cached()
    {
        var answer = await CachedGet.SendAsync(await server.AdminAsync(), "query Keys { ... on Query { apiKeys { name } } }");

        Assert.NotNull(answer.Json["data"]!["apiKeys"]);
        Assert.Null(answer.ETag);
        Assert.Equal("no-store", answer.CacheControl);
    }

    [Fact]
    public async Task A_write_through_a_mutation_makes_the_old_tag_stale()
    {
        var slug = Records.NewSlug("cache");
        var before = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, new { slug });
        var unchanged = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, new { slug }, ifNoneMatch: before.ETag);

        await (await server.EditorAsync()).CreateProgramAsync(slug, ("status", "PUBLISHED"));
        var after = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, new { slug }, ifNoneMatch: before.ETag);

        Assert.Equal(0, (int)before.Json["data"]!["programs"]!["totalCount"]!);
        Assert.Equal(304, unchanged.Status);
        Assert.Equal(200, after.Status);
        Assert.NotEqual(before.ETag, after.ETag);
        Assert.Equal(1, (int)after.Json["data"]!["programs"]!["totalCount"]!);
    }

    [Fact]
    public async Task A_draft_never_leaks_through_a_cached_answer()
    {
        var slug = Records.NewSlug("cachekladde");
        var vive = await server.ViveAsync();
        await vive.CreateProgramAsync(slug);

        var partner = await CachedGet.SendAsync(vive, ProgramBySlug, new { slug });
        var anonymous = await CachedGet.SendAsync(server.Anonymous, ProgramBySlug, new { slug }, ifNoneMatch: partner.ETag);
        var otherPartner = await CachedGet.SendAsync(await server.KoraAsync(), ProgramBySlug, new { slug }, ifNoneMatch: partner.ETag);

        Assert.Equal("DRAFT", (string)partner.Json["data"]!["programs"]!["nodes"]![0]!["status"]!);
        Assert.Equal("private, no-cache", partner.CacheControl);
        Assert.Equal(200, anonymous.Status);
        Assert.Equal("public, no-cache", anonymous.CacheControl);
        Assert.Equal(0, (int)anonymous.Json["data"]!["programs"]!["totalCount"]!);
        Assert.DoesNotContain(slug, anonymous.Body);
        Assert.Equal(200, otherPartner.Status);
        Assert.DoesNotContain(slug, otherPartner.Body);
    }
}
