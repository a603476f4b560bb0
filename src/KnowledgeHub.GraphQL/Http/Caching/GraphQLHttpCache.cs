using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using GraphQL;
using GraphQL.Transport;
using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>
/// HTTP caching of GET queries. The ETag is derived from the request's <see cref="CacheKey"/> —
/// everything the answer depends on: the <see cref="IContentVersion"/>, the document, operation
/// name, variables, the caller and the media type — and the build, so a matching If-None-Match
/// is answered 304 without executing. Anonymous answers may be kept by shared caches; a key
/// holder's answers are private (they may hold drafts). POST, mutations and answers with errors
/// never carry a tag.
/// </summary>
public sealed class GraphQLHttpCache(IContentVersion version, IResponseAudience audiences, IOptionsMonitor<HttpCachingOptions> options)
{
    // Another build may answer the same request differently: its tags differ.
    private static readonly string Build = typeof(GraphQLHttpCache).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>
    /// What the answer to this request depends on, or null when it must not be reused: neither
    /// cache is on, the operation is not a cacheable query, or a cost report is asked for (it is
    /// added to the answer, so it is not the same answer).
    /// </summary>
    public async ValueTask<CacheKey?> KeyAsync(HttpContext http, GraphQLHttpRequest read, CachedDocument document, string mediaType)
    {
        var request = read.Request;
        var settings = options.CurrentValue;
        if ((!settings.Enabled && settings.ResponseCacheMegabytes == 0) || http.Request.Headers.ContainsKey(CostReport.Header) ||
            !CacheableOperation.Is(document, request.OperationName))
        {
            return null;
        }

        var audience = audiences.Of(http.User);
        var content = await version.CurrentAsync(http.RequestAborted);
        // The variables as sent: the same text means the same values (other spellings only share less).
        return new CacheKey(string.Join('\n', content, document.Hash, request.OperationName, read.VariablesText, audience.Caller, mediaType), Shared: audience.Shared, Version: content);
    }

    /// <summary>The tag a GET answer will carry, or null when it must not carry one.</summary>
    public CacheTag? Tag(HttpContext http, CacheKey? key)
    {
        if (key is null || !options.CurrentValue.Enabled || !HttpMethods.IsGet(http.Request.Method))
        {
            return null;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(Build + "\n" + key.Text));
        return new CacheTag($"W/\"{Base64Url.EncodeToString(hash.AsSpan(0, 18))}\"", key.Shared);
    }

    /// <summary>Headers of a 200 or 304; anything else (errors, POST, refusals) is marked no-store.</summary>
    public void WriteHeaders(HttpResponse response, CacheTag? tag, ExecutionResult? result)
    {
        if (tag is null || result is null || !result.Executed || result.Errors is { Count: > 0 })
        {
            response.Headers.CacheControl = "no-store";
            return;
        }

        var maxAge = options.CurrentValue.PublicMaxAgeSeconds;
        response.Headers.ETag = tag.Value;
        response.Headers.CacheControl = !tag.Shared ? "private, no-cache" : maxAge > 0 ? $"public, max-age={maxAge}" : "public, no-cache";
        // The answer differs by media type and by caller; a shared cache must not hand an anonymous answer to a key holder.
        response.Headers.Vary = "Accept, Authorization";
    }
}

/// <summary>Everything an answer depends on, as one string; <paramref name="Shared"/> for an anonymous caller.</summary>
public sealed record CacheKey(string Text, bool Shared, string Version);

/// <summary>An answer's entity tag; <paramref name="Shared"/> when shared caches may keep it.</summary>
public sealed record CacheTag(string Value, bool Shared);
