namespace KnowledgeHub.Api.Security;

/// <summary>Bound from "KnowledgeHub:Cors".</summary>
public sealed class CorsSettings
{
    public const string Section = "KnowledgeHub:Cors";

    /// <summary>
    /// Origins whose browser pages may call the API. Empty or "*" (the default) lets any site read
    /// the public knowledge base; no cookies are involved, so this exposes nothing private.
    /// (Empty rather than ["*"] in code: the configuration binder appends to a non-empty array.)
    /// </summary>
    public string[] AllowedOrigins { get; set; } = [];

    public TimeSpan PreflightMaxAge { get; set; } = TimeSpan.FromHours(1);
}
