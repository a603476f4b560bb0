using System.Net.Http.Headers;
using KnowledgeHub.Api.Access;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Access;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// A server of its own (its tests change data) with a key for each role: an admin, an editor,
/// and partners for VIVE and KORA. Tests give their records unique slugs so they do not meet.
/// </summary>
public class EditingServer : KnowledgeHubFactory
{
    private readonly Lazy<Task<Dictionary<string, string>>> _keys;

    public EditingServer() => _keys = new(CreateKeysAsync);

    public Task<HttpClient> AdminAsync() => ClientAsync("admin");

    public Task<HttpClient> EditorAsync() => ClientAsync("editor");

    /// <summary>A partner key for VIVE.</summary>
    public Task<HttpClient> ViveAsync() => ClientAsync("vive");

    /// <summary>A partner key for KORA.</summary>
    public Task<HttpClient> KoraAsync() => ClientAsync("kora");

    public HttpClient Anonymous => CreateClient();

    public async Task<string> KeyAsync(string who) => (await _keys.Value)[who];

    public HttpClient ClientWith(string key)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        return client;
    }

    public async Task<string> CreateKeyAsync(ApiKeyRole role, string? organisation = null) =>
        (await Services.GetRequiredService<ApiKeyService>().CreateAsync($"test {role}", role, organisation, CancellationToken.None)).Text;

    private async Task<HttpClient> ClientAsync(string who) => ClientWith(await KeyAsync(who));

    private async Task<Dictionary<string, string>> CreateKeysAsync() => new()
    {
        ["admin"] = await CreateKeyAsync(ApiKeyRole.Admin),
        ["editor"] = await CreateKeyAsync(ApiKeyRole.Editor),
        ["vive"] = await CreateKeyAsync(ApiKeyRole.Partner, "vive"),
        ["kora"] = await CreateKeyAsync(ApiKeyRole.Partner, "kora"),
    };
}
