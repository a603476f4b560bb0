using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace KnowledgeHub.Api.Web;

/// <summary>
/// Writes one of the two HTML pages: never cached without asking (a new build must show at once,
/// since it names new asset files), revalidated by ETag, under the pages' own CSP.
/// </summary>
public static class PageResponse
{
    public static async Task WriteAsync(HttpContext http, IFileInfo page, string contentSecurityPolicy)
    {
        var response = http.Response;
        if (!page.Exists)
        {
            // The build folder was emptied under a running server (a rebuild in progress).
            response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var etag = new EntityTagHeaderValue($"\"{page.LastModified.UtcTicks:x}-{page.Length:x}\"");
        response.Headers.ContentSecurityPolicy = contentSecurityPolicy;
        response.Headers.CacheControl = "no-cache";
        response.Headers.ETag = etag.ToString();
        response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        if (http.Request.GetTypedHeaders().IfNoneMatch.Any(tag => tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.ContentType = "text/html; charset=utf-8";
        response.ContentLength = page.Length;
        await response.SendFileAsync(page, http.RequestAborted);
    }
}
