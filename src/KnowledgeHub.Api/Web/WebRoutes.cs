namespace KnowledgeHub.Api.Web;

/// <summary>
/// The search page's own paths (web/src/main.ts routes the same ones in the browser). The server
/// answers each with index.html, so any of them can be opened directly from a shared link.
/// </summary>
public static class WebRoutes
{
    public static readonly string[] Pages = ["/", "/opslag/{slug}", "/kommune/{code}", "/kommuner"];
}
