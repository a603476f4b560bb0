namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>One server on the real seed data, shared by the read-only tests of a class.</summary>
public sealed class SharedServer : KnowledgeHubFactory
{
    private HttpClient? _client;

    public HttpClient Client => _client ??= CreateClient();
}
