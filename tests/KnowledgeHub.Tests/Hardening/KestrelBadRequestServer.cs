using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// The bad-request server on real Kestrel and a real socket: chunked framing, connection resets
/// and lingering are Kestrel's and the kernel's, which the in-memory test server does not have.
/// </summary>
public sealed class KestrelBadRequestServer : KnowledgeHubFactory
{
    public KestrelBadRequestServer()
    {
        Settings["KnowledgeHub:RateLimiting:Enabled"] = "false";
        TestServices = Logs.AddTo;
        UseKestrel(0);
        StartServer();
        Address = new Uri(Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public LogCollector Logs { get; } = new();

    public Uri Address { get; }
}
