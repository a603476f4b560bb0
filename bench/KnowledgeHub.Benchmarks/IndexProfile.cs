using System.Diagnostics;
using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Where an index build's time goes, one stage at a time on one thread: the folded chain (what the
/// dictionary pass and the exact field run), the stemmed chain without and with compound
/// splitting, mapping to Lucene documents, and the whole build.
/// Run: dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- index-profile [records]
/// </summary>
public static class IndexProfile
{
    public static void Run(int records)
    {
        var documents = SyntheticCorpus.Generate(records, SyntheticCorpus.FindSeedDirectory()).ToList();
        var texts = documents.SelectMany(SearchDocumentMapper.Texts).ToList();
        Console.WriteLine($"{records} records, {texts.Count} texts, {texts.Sum(t => t.Length) / 1024 / 1024} MB of text");

        var words = new HashSet<string>(StringComparer.Ordinal);
        Time("folded chain (dictionary pass)", records, () =>
        {
            foreach (var text in texts)
            {
                foreach (var term in SearchAnalyzers.Exact.Terms(SearchFields.Exact, text))
                {
                    if (term.Length >= CompoundSplitter.MinPartLength)
                    {
                        words.Add(term);
                    }
                }
            }
        });
        var analyzers = new SearchAnalyzers(new CompoundSplitter(words));
        Time("stemmed chain, no splitting", records, () => Consume(SearchAnalyzers.Query, texts));
        Time("stemmed chain with splitting (index)", records, () => Consume(analyzers.Index, texts));
        Time("map to Lucene documents", records, () =>
        {
            foreach (var document in documents)
            {
                SearchDocumentMapper.ToLucene(document);
            }
        });
        List<PreAnalyzedTexts> analyzed = [];
        Time("analyse ahead, one thread (folded + stemmed)", records, () => analyzed = documents.Select(d => PreAnalyzedTexts.Of(d, analyzers)).ToList());
        Time("write analysed in process (analyzer)", records, () => WriteAll(documents, i => SearchDocumentMapper.ToLucene(documents[i]), analyzers));
        Time("write replayed tokens", records, () => WriteAll(documents, i => SearchDocumentMapper.ToLucene(documents[i], analyzed[i]), analyzers));
        var folder = Path.Combine(Path.GetTempPath(), "knowledgehub-index-profile", Guid.NewGuid().ToString("N"));
        using (var index = SearchIndex.OpenDirectory(folder))
        {
            Time("whole rebuild (both passes)", records, () => index.RebuildAsync(documents, "profile").GetAwaiter().GetResult());
            Console.WriteLine($"  of which dictionary {index.LastRebuild!.Dictionary.TotalSeconds:0.0} s, writing {index.LastRebuild.Writing.TotalSeconds:0.0} s");
        }

        Directory.Delete(folder, recursive: true);
    }

    private static void WriteAll(List<SearchDocument> documents, Func<int, Lucene.Net.Documents.Document> map, SearchAnalyzers analyzers)
    {
        var config = new Lucene.Net.Index.IndexWriterConfig(DanishTextAnalyzer.Version, SearchAnalyzers.Query) { RAMBufferSizeMB = 64 };
        using var writer = new Lucene.Net.Index.IndexWriter(new Lucene.Net.Store.RAMDirectory(), config);
        for (var i = 0; i < documents.Count; i++)
        {
            writer.AddDocument(map(i), analyzers.Index);
        }

        writer.Commit();
    }

    private static void Consume(Lucene.Net.Analysis.Analyzer analyzer, List<string> texts)
    {
        foreach (var text in texts)
        {
            using var stream = analyzer.GetTokenStream(SearchFields.Body, text);
            stream.Reset();
            while (stream.IncrementToken())
            {
            }

            stream.End();
        }
    }

    private static void Time(string stage, int records, Action action)
    {
        var clock = Stopwatch.StartNew();
        action();
        Console.WriteLine($"{stage,-40} {clock.Elapsed.TotalSeconds,6:0.00} s  {records / clock.Elapsed.TotalSeconds,9:0} records/s");
    }
}
