using System.Collections.Frozen;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Documents.Persisted;

/// <summary>
/// The allow-list of trusted documents, read once at start-up. A file whose name is not the hash
/// of its content stops the start: a wrong allow-list must not fail quietly in production.
/// </summary>
public sealed class TrustedDocumentStore
{
    private readonly FrozenDictionary<string, string> _documents;

    public TrustedDocumentStore(IOptions<PersistedDocumentOptions> options, ILogger<TrustedDocumentStore> logger)
    {
        var path = options.Value.TrustedDocumentsPath;
        var paths = new[] { path }.Concat(options.Value.AdditionalTrustedDocumentsPaths).Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => Path.GetFullPath(p!)).ToList();
        // The same document in two lists is the same entry: the key is the hash of the text.
        _documents = paths.SelectMany(Load).DistinctBy(e => e.Key).ToFrozenDictionary();
        if (options.Value.OnlyTrustedDocuments && _documents.Count == 0)
        {
            throw new InvalidOperationException(
                $"{PersistedDocumentOptions.Section}:OnlyTrustedDocuments is on but no trusted documents were found (TrustedDocumentsPath = '{path}').");
        }

        if (_documents.Count > 0)
        {
            logger.LogInformation("Loaded {Count} trusted documents from {Paths}", _documents.Count, string.Join(", ", paths));
        }
    }

    public int Count => _documents.Count;

    public string? Find(string hash) => _documents.GetValueOrDefault(hash);

    private static Dictionary<string, string> Load(string path)
    {
        if (Directory.Exists(path))
        {
            return Directory.EnumerateFiles(path, "*.graphql").ToDictionary(f => Path.GetFileNameWithoutExtension(f).ToLowerInvariant(), File.ReadAllText)
                .Select(Checked).ToDictionary();
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Trusted documents not found at '{path}'.", path);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        var entries = root.TryGetProperty("operations", out var operations)
            // Apollo's manifest: {"format":"apollo-persisted-query-manifest","operations":[{"id","body",...}]}
            ? operations.EnumerateArray().Select(o => new KeyValuePair<string, string>(o.GetProperty("id").GetString()!, o.GetProperty("body").GetString()!))
            // GraphQL Code Generator's persisted-documents.json: {"<hash>": "<document>"}
            : root.EnumerateObject().Select(p => new KeyValuePair<string, string>(p.Name, p.Value.GetString()!));
        return entries.Select(e => new KeyValuePair<string, string>(StripPrefix(e.Key), e.Value)).Select(Checked).ToDictionary();
    }

    private static string StripPrefix(string id) => id.StartsWith("sha256:", StringComparison.Ordinal) ? id["sha256:".Length..] : id;

    private static KeyValuePair<string, string> Checked(KeyValuePair<string, string> entry)
    {
        var actual = DocumentHash.Of(entry.Value);
        return actual == entry.Key
            ? entry
            : throw new InvalidOperationException($"Trusted document '{entry.Key}' has the SHA-256 {actual}; the name must be the hash of the text.");
    }
}
