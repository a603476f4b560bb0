using KnowledgeHub.GraphQL.Documents.Persisted;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>A request whose document cannot be found or trusted: no query, an unknown or mismatched persisted one.</summary>
public sealed class DocumentError : CodedError
{
    private DocumentError(string code, string message) : base(code, message)
    {
    }

    public static DocumentError MissingQuery() =>
        new(ErrorCodes.MissingQuery, "The request has no `query`, `documentId` or `extensions.persistedQuery`.");

    /// <summary>APQ's fixed message: clients compare it before they register the query.</summary>
    public static DocumentError PersistedQueryNotFound() =>
        new(PersistedDocumentCodes.PersistedQueryNotFound, PersistedDocumentCodes.PersistedQueryNotFoundMessage);

    public static DocumentError PersistedQueryNotSupported() =>
        new(PersistedDocumentCodes.PersistedQueryNotSupported, PersistedDocumentCodes.PersistedQueryNotSupportedMessage);

    public static DocumentError PersistedQueryHashMismatch() =>
        new(PersistedDocumentCodes.PersistedQueryHashMismatch, "`extensions.persistedQuery.sha256Hash` is not the SHA-256 of `query`.");

    public static DocumentError InvalidPersistedQuery(string message) => new(PersistedDocumentCodes.InvalidPersistedQuery, message);

    public static DocumentError InvalidDocumentId(string message) => new(PersistedDocumentCodes.InvalidDocumentId, message);

    public static DocumentError PersistedDocumentNotFound(string message) => new(PersistedDocumentCodes.PersistedDocumentNotFound, message);

    public static DocumentError TrustedDocumentsOnly(string message) => new(PersistedDocumentCodes.TrustedDocumentsOnly, message);
}
