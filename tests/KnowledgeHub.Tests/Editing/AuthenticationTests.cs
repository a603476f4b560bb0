using KnowledgeHub.Import.Access;
using Microsoft.Extensions.DependencyInjection;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using KnowledgeHub.Api.Access;
using KnowledgeHub.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Tests.Editing;

/// <summary>Keys through HTTP: a bad key is refused before anything runs, the same way whatever is wrong with it.</summary>
public sealed class AuthenticationTests(EditingServer server) : IClassFixture<EditingServer>
{
    private const string Read = "{ programs(first: 1) { totalCount } }";

    [Fact]
    public async Task Unknown_revoked_and_malformed_keys_are_refused_alike_with_401()
    {
        var revoked = await server.CreateKeyAsync(ApiKeyRole.Editor);
        var prefix = revoked.Substring(3, 8);
        await server.Services.GetRequiredService<ApiKeyService>().RevokeAsync(prefix, CancellationToken.None);
        var (_, unknown) = ApiKeyText.Generate();
        var knownPrefixWrongSecret = (await server.KeyAsync("editor"))[..12] + new string('A', 43);

        var answers = new List<(int Status, string Body, string? Challenge)>();
        foreach (var header in new[] { $"Bearer {unknown}", $"Bearer {revoked}", $"Bearer {knownPrefixWrongSecret}", "Bearer not-a-key", "Basic dXNlcjpwYXNz", "Bearer " })
        {
            answers.Add(await SendAsync(header, Read));
        }

        Assert.All(answers, a => Assert.Equal(401, a.Status));
        Assert.All(answers, a => Assert.Equal("UNAUTHENTICATED", JsonNode.Parse(a.Body)!.Code()));
        Assert.All(answers, a => Assert.Equal("Bearer error=\"invalid_token\"", a.Challenge));
        // Unknown, revoked and mistyped keys get the very same answer: nothing tells which it was.
        Assert.Single(answers.Take(4).Select(a => a.Body).Distinct());
    }

    [Fact]
    public async Task A_wrong_key_is_refused_on_mutations_too_and_nothing_runs()
    {
        var (status, body, _) = await SendAsync($"Bearer {ApiKeyText.Generate().Key}",
            "mutation { deleteRecord(input: { id: \"UHJvZ3JhbTox\", version: 1 }) { deletedRecordId } }");

        Assert.Equal(401, status);
        Assert.Null(JsonNode.Parse(body)!["data"]);
    }

    [Fact]
    public async Task No_key_reads_published_records_as_anonymous()
    {
        var data = await server.Anonymous.DataAsync(Read);
        Assert.True((int)data["programs"]!["totalCount"]! > 0);
    }

    [Theory]
    [InlineData("""mutation { createProgram(input: { slug: "x", title: "x", summary: "x", category: PROJECT, sources: [{ title: "t", url: "https://example.org" }] }) { program { id } } }""")]
    [InlineData("""mutation { publishRecord(input: { id: "UHJvZ3JhbTox", version: 1 }) { record { id } } }""")]
    [InlineData("""mutation { importRecords(input: { content: "{}" }) { report { applied } } }""")]
    [InlineData("""mutation { createApiKey(input: { role: ADMIN }) { key } }""")]
    public async Task Anonymous_mutations_are_forbidden(string mutation)
    {
        var result = await server.Anonymous.QueryAsync(mutation);
        Assert.Equal("FORBIDDEN", result.Code());
    }

    [Theory]
    [InlineData("vive")]
    [InlineData("editor")]
    public async Task Only_admins_manage_keys(string who)
    {
        var client = who == "vive" ? await server.ViveAsync() : await server.EditorAsync();

        var create = await client.QueryAsync("mutation { createApiKey(input: { role: ADMIN, name: \"sneaky\" }) { key } }");
        var list = await client.QueryAsync("{ apiKeys { prefix } }");
        var revoke = await client.QueryAsync("mutation { revokeApiKey(input: { id: \"QXBpS2V5OjE\" }) { apiKey { id } } }");

        Assert.Equal(["FORBIDDEN", "FORBIDDEN", "FORBIDDEN"], new[] { create.Code(), list.Code(), revoke.Code() });
        await using var db = server.Database.Open();
        Assert.False(await db.ApiKeys.AnyAsync(k => k.Name == "sneaky"));
    }

    [Fact]
    public async Task An_admin_creates_a_key_shown_once_and_stored_as_a_hash_then_revokes_it()
    {
        var admin = await server.AdminAsync();
        var created = await admin.DataAsync("""
            mutation { createApiKey(input: { role: PARTNER, organisation: "kora", name: "KORA sync" }) {
              apiKey { id prefix role name organisation { slug } revokedAt } key errors { __typename } } }
            """);
        var payload = created["createApiKey"]!;
        var key = (string)payload["key"]!;
        Assert.StartsWith($"kh_{(string)payload["apiKey"]!["prefix"]!}_", key, StringComparison.Ordinal);
        Assert.Equal(("PARTNER", "kora"), ((string)payload["apiKey"]!["role"]!, (string)payload["apiKey"]!["organisation"]!["slug"]!));

        await using (var db = server.Database.Open())
        {
            var stored = await db.ApiKeys.SingleAsync(k => k.Name == "KORA sync");
            Assert.Equal(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(key)), stored.Hash);
        }

        var listed = await admin.DataAsync("{ apiKeys { name prefix } }");
        Assert.DoesNotContain(key, listed.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(200, (await SendAsync($"Bearer {key}", Read)).Status);

        var revoked = await admin.DataAsync("mutation($id: ID!) { revokeApiKey(input: { id: $id }) { apiKey { revokedAt } } }",
            new { id = (string)payload["apiKey"]!["id"]! });
        Assert.NotNull(revoked["revokeApiKey"]!["apiKey"]!["revokedAt"]);
        Assert.Equal(401, (await SendAsync($"Bearer {key}", Read)).Status);
    }

    [Fact]
    public async Task A_partner_key_needs_a_known_organisation()
    {
        var admin = await server.AdminAsync();
        var data = await admin.DataAsync("""
            mutation {
              none: createApiKey(input: { role: PARTNER }) { key errors { ... on ValidationError { field message } } }
              unknown: createApiKey(input: { role: PARTNER, organisation: "findes-ikke" }) { key errors { ... on ValidationError { field message } } }
            }
            """);
        foreach (var alias in new[] { "none", "unknown" })
        {
            Assert.Null(data[alias]!["key"]);
            Assert.Equal("organisation", (string)data[alias]!["errors"]![0]!["field"]!);
        }
    }

    [Fact]
    public async Task Revoking_an_unknown_key_is_a_not_found_error()
    {
        var admin = await server.AdminAsync();
        var data = await admin.DataAsync("mutation { revokeApiKey(input: { id: \"QXBpS2V5Ojk5OTk5\" }) { apiKey { id } errors { __typename } } }");
        Assert.Equal("NotFoundError", (string)data["revokeApiKey"]!["errors"]![0]!["__typename"]!);
    }

    private async Task<(int Status, string Body, string? Challenge)> SendAsync(string authorization, string query)
    {
        using var client = server.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.TryAddWithoutValidation("Authorization", authorization);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        using var response = await client.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync(), response.Headers.WwwAuthenticate.ToString());
    }
}
