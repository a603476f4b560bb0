using System.Text.RegularExpressions;

namespace KnowledgeHub.Api.Web;

/// <summary>
/// The search page's own paths (web/src/main.ts routes the same ones in the browser): /,
/// /opslag/{slug}, /kommune/{code} and /kommuner. The server answers a GET of each with
/// index.html, so any of them can be opened directly from a shared link. Matched here rather than
/// mapped as endpoints, so other methods on them stay 404 as before, not 405.
/// </summary>
public static partial class WebRoutes
{
    public static bool IsPage(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && Page().IsMatch(request.Path.Value ?? "");

    [GeneratedRegex("^/(?:(?:opslag|kommune)/[^/]+/?|kommuner/?)?$")]
    private static partial Regex Page();
}
