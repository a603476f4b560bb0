using System.Text.Json;
using GraphQL;
using GraphQL.Transport;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.Net.Http.Headers;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>A request as read, with its variables as sent (JSON text, "" for none): the same text means the same values.</summary>
public sealed record GraphQLHttpRequest(GraphQLRequest Request, string VariablesText);

/// <summary>Reads a GraphQL request from a GET query string or a POST JSON body, refusing malformed ones with 4xx.</summary>
public static class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64, AllowDuplicateProperties = false };

    public static async Task<GraphQLHttpRequest> ReadAsync(HttpRequest request, IGraphQLSerializer serializer, long maxBodyBytes, CancellationToken cancellationToken)
    {
        var read = HttpMethods.IsGet(request.Method)
            ? ReadQueryString(request, serializer)
            : await ReadBodyAsync(request, serializer, maxBodyBytes, cancellationToken);
        var graphQLRequest = read.Request;
        if (string.IsNullOrEmpty(graphQLRequest.Query) && graphQLRequest.DocumentId is null && graphQLRequest.Extensions?.ContainsKey("persistedQuery") != true)
        {
            throw new HttpRequestError(400, ErrorCodes.MissingQuery, "The request has no `query` (nor a `documentId` or `extensions.persistedQuery`).");
        }

        if (graphQLRequest.Query is not null && graphQLRequest.DocumentId is not null)
        {
            throw new HttpRequestError(400, ErrorCodes.InvalidRequest, "Send either `query` or `documentId`, not both.");
        }

        return read;
    }

    private static GraphQLHttpRequest ReadQueryString(HttpRequest request, IGraphQLSerializer serializer)
    {
        var q = request.Query;
        var variables = Single(q, "variables");
        var read = new GraphQLRequest
        {
            Query = NullIfEmpty(Single(q, "query")),
            DocumentId = NullIfEmpty(Single(q, "documentId")),
            OperationName = NullIfEmpty(Single(q, "operationName")),
            Variables = ParseMap(serializer, variables, "variables"),
            Extensions = ParseMap(serializer, Single(q, "extensions"), "extensions"),
        };
        return new GraphQLHttpRequest(read, read.Variables is null ? "" : variables!);
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
            using var document = JsonDocument.Parse(json, JsonOptions);
            return ToInputs(serializer, document.RootElement, name);
        }
        catch (JsonException)
        {
            throw new HttpRequestError(400, ErrorCodes.InvalidRequest, $"`{name}` is not valid JSON.");
        }
    }

    private static async Task<GraphQLHttpRequest> ReadBodyAsync(HttpRequest request, IGraphQLSerializer serializer, long maxBodyBytes, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var contentType) ||
            !contentType.MediaType.Equals(ResponseMediaType.Json, StringComparison.OrdinalIgnoreCase) ||
            (contentType.Charset.HasValue && !contentType.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)))
        {
            throw new HttpRequestError(415, ErrorCodes.UnsupportedMediaType,
                "POST requests must have `Content-Type: application/json` (UTF-8).");
        }

        using var document = await RequestBody.ParseJsonAsync(request, JsonOptions, maxBodyBytes, cancellationToken);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new HttpRequestError(400, ErrorCodes.InvalidRequest,
                "The request body must be a JSON object with `query`; batched requests are not supported.");
        }

        try
        {
            var read = new GraphQLRequest
            {
                Query = StringMember(root, "query"),
                DocumentId = StringMember(root, "documentId"),
                OperationName = StringMember(root, "operationName"),
                Variables = root.TryGetProperty("variables", out var v) ? ToInputs(serializer, v, "variables") : null,
                Extensions = root.TryGetProperty("extensions", out var e) ? ToInputs(serializer, e, "extensions") : null,
            };
            return new GraphQLHttpRequest(read, read.Variables is null ? "" : v.GetRawText());
        }
        catch (Exception ex) when (ex is InvalidOperationException or JsonException or FormatException)
        {
            // JsonDocument checks string contents lazily: invalid UTF-8 and lone surrogates fail only here.
            throw new HttpRequestError(400, ErrorCodes.InvalidJson, "The request body is not valid JSON: a string is not valid UTF-8.");
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
