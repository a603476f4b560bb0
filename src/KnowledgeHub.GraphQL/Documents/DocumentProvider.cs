using GraphQL.Transport;
using KnowledgeHub.GraphQL.Documents.Persisted;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>
/// Finds the document a request means: a trusted document by <c>documentId</c>, an automatic
/// persisted query by hash, or the <c>query</c> text; then parses it, or takes it from the cache.
/// Every refusal is a <see cref="CodedError"/> raised before execution.
/// </summary>
public sealed class DocumentProvider(
    DocumentCache cache,
    TrustedDocumentStore trusted,
    IOptionsMonitor<LimitsOptions> limits,
    IOptionsMonitor<PersistedDocumentOptions> persisted)
{
    public CachedDocument Resolve(GraphQLRequest request)
    {
        var options = persisted.CurrentValue;
        if (request.DocumentId is { } documentId)
        {
            return FromText(trusted.Find(ParseDocumentId(documentId))
                ?? throw DocumentError.PersistedDocumentNotFound($"No trusted document has the id '{Truncate(documentId)}'."));
        }

        var apqHash = PersistedQueryExtension.ReadHash(request.Extensions);
        if (apqHash is not null && !options.AutomaticPersistedQueries)
        {
            throw DocumentError.PersistedQueryNotSupported();
        }

        if (request.Query is null)
        {
            if (apqHash is null)
            {
                throw DocumentError.MissingQuery();
            }

            return FromTrusted(apqHash) ?? FromCache(apqHash)
                ?? throw DocumentError.PersistedQueryNotFound();
        }

        var hash = DocumentHash.Of(request.Query);
        if (apqHash is not null && apqHash != hash)
        {
            throw DocumentError.PersistedQueryHashMismatch();
        }

        if (options.OnlyTrustedDocuments && trusted.Find(hash) is null)
        {
            throw DocumentError.TrustedDocumentsOnly(
                "This server runs only trusted documents; send the `documentId` of a document on its allow-list.");
        }

        return FromText(request.Query, hash);
    }

    private CachedDocument? FromTrusted(string hash) => trusted.Find(hash) is { } text ? FromText(text, hash) : null;

    private CachedDocument? FromCache(string hash)
    {
        if (persisted.CurrentValue.OnlyTrustedDocuments)
        {
            return null;
        }

        var document = cache.Get(hash);
        if (document is not null)
        {
            DocumentParser.CheckShape(document.Shape, limits.CurrentValue);
        }

        return document;
    }

    private CachedDocument FromText(string text, string? hash = null)
    {
        var current = limits.CurrentValue;
        DocumentParser.CheckLength(text, current);
        hash ??= DocumentHash.Of(text);
        if (cache.Get(hash) is { } cached)
        {
            DocumentParser.CheckShape(cached.Shape, current);
            return cached;
        }

        var parsed = DocumentParser.Parse(hash, text, current);
        cache.Set(parsed);
        return parsed;
    }

    /// <summary>The GraphQL-over-HTTP persisted-documents form: "sha256:" and 64 lower-case hex digits.</summary>
    private static string ParseDocumentId(string documentId)
    {
        const string prefix = "sha256:";
        return documentId.StartsWith(prefix, StringComparison.Ordinal) && DocumentHash.IsWellFormed(documentId[prefix.Length..])
            ? documentId[prefix.Length..]
            : throw DocumentError.InvalidDocumentId(
                $"'{Truncate(documentId)}' is not a document id; use \"sha256:\" followed by 64 lower-case hex digits.");
    }

    private static string Truncate(string s) => s.Length <= 80 ? s : s[..80] + "…";
}
