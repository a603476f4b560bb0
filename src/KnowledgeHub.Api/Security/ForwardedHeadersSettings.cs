namespace KnowledgeHub.Api.Security;

/// <summary>Bound from "KnowledgeHub:ForwardedHeaders": off unless the server runs behind a reverse proxy.</summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "KnowledgeHub:ForwardedHeaders";

    public bool Enabled { get; set; }

    /// <summary>Addresses of the proxies whose X-Forwarded-For is believed (loopback is always trusted).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation (e.g. "10.0.0.0/8") whose proxies are believed.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>How many proxy hops to unwind.</summary>
    public int ForwardLimit { get; set; } = 1;
}
