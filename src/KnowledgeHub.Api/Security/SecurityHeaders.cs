namespace KnowledgeHub.Api.Security;

/// <summary>
/// Headers for an API that serves JSON only: nothing may be sniffed as HTML, framed, or load
/// anything, and no referrer leaks. Set before the response starts, so error answers carry them too.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseKnowledgeHubSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            Apply(http.Response);
            return next(http);
        });

    /// <summary>Also called by the exception handler, which clears the headers of a failed response.</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
        headers["Cross-Origin-Resource-Policy"] = "cross-origin";
    }
}
