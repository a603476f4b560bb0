namespace KnowledgeHub.GraphQL.Documents.Persisted;

/// <summary>Apollo's APQ codes where Apollo has one, so Apollo Client's persisted-query link works unchanged.</summary>
public static class PersistedDocumentCodes
{
    public const string PersistedQueryNotFound = "PERSISTED_QUERY_NOT_FOUND";
    public const string PersistedQueryNotSupported = "PERSISTED_QUERY_NOT_SUPPORTED";
    /// <summary>
    /// The APQ convention fixes these messages, not only the codes: urql's persistedExchange and
    /// Apollo Kotlin compare the message and register the query only when it is exactly this.
    /// </summary>
    public const string PersistedQueryNotFoundMessage = "PersistedQueryNotFound";

    public const string PersistedQueryNotSupportedMessage = "PersistedQueryNotSupported";

    public const string PersistedQueryHashMismatch = "PERSISTED_QUERY_HASH_MISMATCH";
    public const string InvalidPersistedQuery = "INVALID_PERSISTED_QUERY";
    public const string InvalidDocumentId = "INVALID_DOCUMENT_ID";
    public const string PersistedDocumentNotFound = "PERSISTED_DOCUMENT_NOT_FOUND";
    public const string TrustedDocumentsOnly = "TRUSTED_DOCUMENTS_ONLY";
}
