using System.Collections.Concurrent;
using System.Text.Json;
using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KnowledgeHub.Tests.Search;

/// <summary>
/// A rebuild analyses texts ahead of the writer and replays the tokens; the index it writes must
/// be the one analysing each field would have written: the same terms, postings, positions,
/// norms and stored values, field by field, over the seed data's texts (plus trailing stop words
/// between body sections and a title repeated as a keyword).
/// </summary>
public sealed class PreAnalysisTests
{
    [Fact]
    public void Replayed_tokens_index_exactly_what_analysis_does()
    {
        var documents = SeedDocuments();
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var text in documents.SelectMany(SearchDocumentMapper.Texts))
        {
            words.UnionWith(SearchAnalyzers.Exact.Terms(SearchFields.Exact, text).Where(t => t.Length >= CompoundSplitter.MinPartLength));
        }

        var analyzers = new SearchAnalyzers(new CompoundSplitter(words));
        using var analysed = Write(documents, d => SearchDocumentMapper.ToLucene(d), analyzers);
        // Keywords analysed once for all documents, as a rebuild does.
        var keywords = new ConcurrentDictionary<string, (AnalyzedTokens, AnalyzedTokens)>(StringComparer.Ordinal);
        using var replayed = Write(documents, d => SearchDocumentMapper.ToLucene(d, PreAnalyzedTexts.Of(d, analyzers, keywords)), analyzers);

        Assert.True(documents.Count > 20, $"only {documents.Count} seed documents");
        AssertSameIndex(analysed, replayed);
    }

    private static DirectoryReader Write(List<SearchDocument> documents, Func<SearchDocument, IEnumerable<IIndexableField>> map, SearchAnalyzers analyzers)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(DanishTextAnalyzer.Version, SearchAnalyzers.Query) { Similarity = SearchSimilarity.Instance }))
        {
            foreach (var document in documents)
            {
                writer.AddDocument(map(document), analyzers.Index);
            }
        }

        return DirectoryReader.Open(directory);
    }

    private static void AssertSameIndex(DirectoryReader expected, DirectoryReader actual)
    {
        var left = SlowCompositeReaderWrapper.Wrap(expected);
        var right = SlowCompositeReaderWrapper.Wrap(actual);
        Assert.Equal(left.MaxDoc, right.MaxDoc);
        var fields = left.Fields.ToList();
        Assert.Equal(fields, right.Fields.ToList());
        var checkedPositions = 0;
        foreach (var field in fields)
        {
            var leftTerms = left.GetTerms(field).GetEnumerator();
            var rightTerms = right.GetTerms(field).GetEnumerator();
            while (leftTerms.MoveNext())
            {
                Assert.True(rightTerms.MoveNext(), $"{field}: {leftTerms.Term.Utf8ToString()} missing");
                Assert.Equal(leftTerms.Term.Utf8ToString(), rightTerms.Term.Utf8ToString());
                var leftDocs = leftTerms.DocsAndPositions(null, null);
                var rightDocs = rightTerms.DocsAndPositions(null, null);
                if (leftDocs is null)
                {
                    Assert.Null(rightDocs);
                    continue;
                }

                while (leftDocs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    Assert.Equal(leftDocs.DocID, rightDocs!.NextDoc());
                    Assert.Equal(leftDocs.Freq, rightDocs.Freq);
                    for (var i = 0; i < leftDocs.Freq; i++)
                    {
                        Assert.Equal(leftDocs.NextPosition(), rightDocs.NextPosition());
                        checkedPositions++;
                    }
                }

                Assert.Equal(DocIdSetIterator.NO_MORE_DOCS, rightDocs!.NextDoc());
            }

            Assert.False(rightTerms.MoveNext(), $"{field}: extra terms");
            var leftNorms = left.GetNormValues(field);
            var rightNorms = right.GetNormValues(field);
            for (var doc = 0; doc < left.MaxDoc && leftNorms is not null; doc++)
            {
                Assert.Equal(leftNorms.Get(doc), rightNorms!.Get(doc));
            }
        }

        for (var doc = 0; doc < left.MaxDoc; doc++)
        {
            Assert.Equal(Stored(left.Document(doc)), Stored(right.Document(doc)));
        }

        Assert.True(checkedPositions > 10_000, $"only {checkedPositions} positions compared");
    }

    private static List<string> Stored(Lucene.Net.Documents.Document document) =>
        [.. document.Fields.Select(f => $"{f.Name}={f.GetStringValue()}")];

    /// <summary>Every record of the seed data as a search document: its long strings as body sections.</summary>
    private static List<SearchDocument> SeedDocuments()
    {
        var documents = new List<SearchDocument>();
        foreach (var file in new[] { "programs.json", "family-programs.json", "inspiration-cases.json", "municipal-experiences.json" })
        {
            using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.SeedData, file)));
            foreach (var record in Records(json.RootElement))
            {
                var texts = Strings(record).Where(s => s.Length > 30).Distinct().ToList();
                var title = record.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : texts.FirstOrDefault() ?? "uden titel";
                documents.Add(new SearchDocument
                {
                    Id = documents.Count + 1,
                    Kind = new FacetValue("Program", "Indsats"),
                    Status = "Published",
                    Title = title,
                    Summary = texts.FirstOrDefault() ?? title,
                    // A stop word at the end of a section moves the next section's positions.
                    Body = [.. texts.Skip(1).Select((text, i) => new TextSection($"field{i}", i % 2 == 0 ? text + " og" : text))],
                    Keywords = [title, "Familierådslagning", "tidlig indsats"],
                    EvidenceLevel = new FacetValue("Unknown", "Ukendt"),
                    EvidenceRank = 0,
                });
            }
        }

        return documents;
    }

    private static IEnumerable<JsonElement> Records(JsonElement root) => root.ValueKind switch
    {
        JsonValueKind.Array => root.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object),
        JsonValueKind.Object => root.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Array).SelectMany(p => Records(p.Value)),
        _ => [],
    };

    private static IEnumerable<string> Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => Strings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(Strings),
        _ => [],
    };
}
