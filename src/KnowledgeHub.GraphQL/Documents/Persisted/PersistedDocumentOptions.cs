namespace KnowledgeHub.GraphQL.Documents.Persisted;

/// <summary>Bound from "KnowledgeHub:PersistedDocuments".</summary>
public sealed class PersistedDocumentOptions
{
    public const string Section = "KnowledgeHub:PersistedDocuments";

    /// <summary>Apollo's automatic persisted queries: a client may send only `extensions.persistedQuery.sha256Hash`.</summary>
    public bool AutomaticPersistedQueries { get; set; } = true;

    /// <summary>
    /// The allow-list: a folder of <c>{sha256}.graphql</c> files, or a JSON manifest (Apollo's
    /// persisted-query manifest, or an object of hash → document). Relative to the working directory.
    /// </summary>
    public string? TrustedDocumentsPath { get; set; }

    /// <summary>
    /// More allow-lists in the same formats, trusted together with <see cref="TrustedDocumentsPath"/>.
    /// The search page's manifest (web/dist/persisted-documents.json) is added here when the server serves the page.
    /// </summary>
    public List<string> AdditionalTrustedDocumentsPaths { get; } = [];

    /// <summary>Trusted-documents mode: only documents on the allow-list run, whether sent by id, by hash or in full.</summary>
    public bool OnlyTrustedDocuments { get; set; }
}
