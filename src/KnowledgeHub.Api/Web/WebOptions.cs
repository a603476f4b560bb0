namespace KnowledgeHub.Api.Web;

/// <summary>Bound from "KnowledgeHub:Web".</summary>
public sealed class WebOptions
{
    public const string Section = "KnowledgeHub:Web";

    /// <summary>Serve the search page at / and GraphiQL at /graphql to browsers.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The built assets (web/dist: index.html, graphiql.html, assets/, persisted-documents.json).
    /// Unset: <c>wwwroot</c> beside the application (a published server), else the first
    /// <c>web/dist</c> found walking up from the working directory, then from the application's folder.
    /// </summary>
    public string? AssetsDirectory { get; set; }
}
