using Microsoft.Net.Http.Headers;

namespace KnowledgeHub.Api.Web;

/// <summary>
/// Who gets GraphiQL at /graphql: a GET with no GraphQL request in its query string from a client
/// that prefers HTML (a browser's address bar). Everything else, text/html or not, is a GraphQL
/// request and answered exactly as before.
/// </summary>
public static class GraphiQLNegotiation
{
    private static readonly string[] RequestParameters = ["query", "documentId", "operationName", "variables", "extensions"];

    public static bool WantsIde(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) &&
        !RequestParameters.Any(request.Query.ContainsKey) &&
        PrefersHtml(request.Headers.Accept.ToString());

    /// <summary>text/html is named, and ranked above any JSON type the client names.</summary>
    public static bool PrefersHtml(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept) || !MediaTypeHeaderValue.TryParseList([accept], out var types))
        {
            return false;
        }

        double Quality(Func<string, bool> matches) =>
            types.Where(t => t.MediaType.Value is { } name && matches(name.ToLowerInvariant())).Select(t => t.Quality ?? 1).DefaultIfEmpty(0).Max();

        var html = Quality(name => name == "text/html");
        var json = Quality(name => name is "application/json" or "application/graphql-response+json");
        return html > 0 && html > json;
    }
}
