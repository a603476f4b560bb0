namespace KnowledgeHub.Tests.Hardening;

/// <summary>Default limits, rate limiting off: the suite sends hundreds of requests from one address on purpose.</summary>
public sealed class BadRequestServer : KnowledgeHubFactory
{
    private HttpClient? _client;

    public BadRequestServer() => Settings["KnowledgeHub:RateLimiting:Enabled"] = "false";

    public HttpClient Client => _client ??= CreateClient();
}
