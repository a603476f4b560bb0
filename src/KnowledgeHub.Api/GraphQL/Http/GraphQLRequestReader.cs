using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KnowledgeHub.Api.GraphQL.Errors;
using Microsoft.Net.Http.Headers;

namespace KnowledgeHub.Api.GraphQL.Http;

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body, refusing malformed ones with 4xx.</summary>
public static class GraphQLRequestReader
{
    public static async Task<GraphQLRequest> ReadAsync(HttpRequest request, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        var graphQLRequest = HttpMethods.IsGet(request.Method) ? ReadQueryString(request, serializer) : await ReadBodyAsync(request, serializer, cancellationToken);
        if (string.IsNullOrEmpty(graphQLRequest.Query))
        {
            throw new HttpRequestError(400, ErrorCodes.MissingQuery, "The request has no `query`.");
        }

        return graphQLRequest;
    }

    private static GraphQLRequest ReadQueryString(HttpRequest request, IGraphQLSerializer serializer)
    {
        var q = request.Query;
        return new GraphQLRequest
        {
            Query = Single(q, "query"),
            OperationName = NullIfEmpty(Single(q, "operationName")),
            Variables = ParseMap(serializer, Single(q, "variables"), "variables"),
            Extensions = ParseMap(serializer, Single(q, "extensions"), "extensions"),
        };
    }

    private static string? Single(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values)
            ? values.Count == 1 ? values[0] : throw new HttpRequestError(400, ErrorCodes.InvalidRequest, $"`{key}` is given more than once.")
            : null;

    private static string? NullIfEmpty(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static Inputs? ParseMap(IGraphQLSerializer serializer, string? json, string name)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return ToInputs(serializer, document.RootElement, name);
        }
        catch (JsonException)
        {
            throw new HttpRequestError(400, ErrorCodes.InvalidRequest, $"`{name}` is not valid JSON.");
        }
    }

    private static async Task<GraphQLRequest> ReadBodyAsync(HttpRequest request, IGraphQLSerializer serializer, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase) ||
            (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new HttpRequestError(415, ErrorCodes.UnsupportedMediaType,
                "POST requests must have `Content-Type: application/json` (UTF-8).");
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, new JsonDocumentOptions { MaxDepth = 64 }, cancellationToken);
        }
        catch (JsonException)
        {
            throw new HttpRequestError(400, ErrorCodes.InvalidJson, "The request body is not valid JSON.");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new HttpRequestError(400, ErrorCodes.InvalidRequest,
                    "The request body must be a JSON object with `query`; batched requests are not supported.");
            }

            return new GraphQLRequest
            {
                Query = StringMember(root, "query"),
                OperationName = StringMember(root, "operationName"),
                Variables = root.TryGetProperty("variables", out var v) ? ToInputs(serializer, v, "variables") : null,
                Extensions = root.TryGetProperty("extensions", out var e) ? ToInputs(serializer, e, "extensions") : null,
            };
        }
    }

    private static string? StringMember(JsonElement root, string name) =>
        !root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new HttpRequestError(400, ErrorCodes.InvalidRequest, $"`{name}` must be a string.");

    private static Inputs? ToInputs(IGraphQLSerializer serializer, JsonElement element, string name) => element.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.Object => serializer.ReadNode<Inputs>(element),
        _ => throw new HttpRequestError(400, ErrorCodes.InvalidRequest, $"`{name}` must be a JSON object."),
    };
}
