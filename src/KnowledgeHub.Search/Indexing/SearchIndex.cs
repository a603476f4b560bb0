using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Searching;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Directory = Lucene.Net.Store.Directory;

namespace KnowledgeHub.Search.Indexing;

/// <summary>
/// The index of one process: one <see cref="IndexWriter"/> for its whole life and a
/// <see cref="SearcherManager"/> for readers. Writes are serialised and committed with the
/// content version they reflect, so a restart can tell whether the index is current. Records are
/// keyed by id, so writing one twice replaces it.
/// </summary>
public sealed class SearchIndex : IDisposable
{
    /// <summary>Bumped whenever analysis or mapping changes, so an old index is rebuilt.</summary>
    public const string FormatVersion = "5";

    private const string ContentVersionKey = "contentVersion";
    private readonly Directory _directory;
    private readonly SemaphoreSlim _writes = new(1, 1);
    private IndexWriter _writer;
    private SearchAnalyzers _analyzers;
    private volatile bool _rebuilding, _disposed;

    public SearchIndex(Directory directory)
    {
        _directory = directory;
        (_writer, Searchers) = Open(directory);
        _analyzers = new SearchAnalyzers(new CompoundSplitter(DictionaryFromIndex()));
    }

    public static SearchIndex OpenDirectory(string path) =>
        new(FSDirectory.Open(System.IO.Directory.CreateDirectory(path)));

    /// <summary>Readers of the last commit; replaced (with the writer) when a rebuild is rolled back.</summary>
    public SearcherManager Searchers { get; private set; }

    public SearchAnalyzers Analyzers => Volatile.Read(ref _analyzers);

    /// <summary>
    /// Reads with a searcher of the last commit, released to the manager it came from: a rolled-back
    /// rebuild replaces <see cref="Searchers"/> meanwhile.
    /// </summary>
    public T Read<T>(Func<IndexSearcher, T> read)
    {
        var searchers = Searchers;
        var searcher = searchers.Acquire();
        try
        {
            return read(searcher);
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public int Count => _writer.NumDocs;

    /// <summary>How long the last rebuild's two passes took (dictionary, then writing), for the logs.</summary>
    public RebuildTimes? LastRebuild { get; private set; }

    /// <summary>True when the last commit was written from this content by this format.</summary>
    public bool IsCurrent(string contentVersion) =>
        _writer.CommitData.TryGetValue(ContentVersionKey, out var stored) && stored == Stamp(contentVersion);

    /// <summary>What the last commit reflects, when this format wrote it; null for an empty index or another format.</summary>
    public string? CommittedVersion =>
        _writer.CommitData.TryGetValue(ContentVersionKey, out var stored) && stored.StartsWith(Stamp(""), StringComparison.Ordinal)
            ? stored[Stamp("").Length..]
            : null;

    /// <summary>Replaces everything with these documents; readers see the old index until the new one is committed.</summary>
    public Task RebuildAsync(IReadOnlyCollection<SearchDocument> documents, string contentVersion, CancellationToken cancellationToken = default) =>
        RebuildAsync(_ => documents.ToAsyncEnumerable(), contentVersion, cancellationToken);

    /// <summary>
    /// Replaces everything with the documents <paramref name="documents"/> yields, in two passes so
    /// that no pass holds them all: the first builds the compound dictionary (every document's words
    /// must be known before any is split), the second writes. Readers see the old index until the
    /// new one is committed.
    /// </summary>
    public async Task RebuildAsync(
        Func<CancellationToken, IAsyncEnumerable<SearchDocument>> documents, string contentVersion, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        _rebuilding = true;
        try
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            var perWorker = Enumerable.Range(0, DocumentPipeline.Workers)
                .Select(_ => (Words: new HashSet<string>(StringComparer.Ordinal), Keywords: new HashSet<string>(StringComparer.Ordinal))).ToArray();
            await DocumentPipeline.ForEachAsync(
                documents(cancellationToken), (document, worker) => AddWords(perWorker[worker].Words, document, perWorker[worker].Keywords), cancellationToken);
            var words = perWorker[0].Words;
            foreach (var more in perWorker.Skip(1))
            {
                words.UnionWith(more.Words);
            }

            LastRebuild = new RebuildTimes(System.Diagnostics.Stopwatch.GetElapsedTime(started), TimeSpan.Zero);
            var analyzers = new SearchAnalyzers(new CompoundSplitter(words));
            _writer.DeleteAll();
            started = System.Diagnostics.Stopwatch.GetTimestamp();
            // One thread, in the order given (record id): Lucene breaks equal scores by document
            // number, so a rebuilt index must number documents as it always has. The documents are
            // analysed and mapped ahead on the other cores; this thread inverts what they give.
            await foreach (var document in DocumentPipeline.AnalyzeAheadAsync(documents(cancellationToken), analyzers, cancellationToken))
            {
                _writer.AddDocument(document, analyzers.Index);
            }

            LastRebuild = LastRebuild with { Writing = System.Diagnostics.Stopwatch.GetElapsedTime(started) };
            Volatile.Write(ref _analyzers, analyzers);
            Commit(contentVersion);
        }
        catch
        {
            RollBack();
            throw;
        }
        finally
        {
            _rebuilding = false;
            _writes.Release();
        }
    }

    /// <summary>Writes changed records and removes deleted ones; searchable as soon as this returns.</summary>
    public async Task UpdateAsync(
        IReadOnlyCollection<SearchDocument> changed, IReadOnlyCollection<int> deleted, string contentVersion, CancellationToken cancellationToken = default)
    {
        await _writes.WaitAsync(cancellationToken);
        try
        {
            // New words join the compound dictionary, so a new compound's parts are found at once;
            // without new words the analyzers stay as they are (the common case: an edit).
            var analyzers = Analyzers;
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in changed)
            {
                AddWords(words, document);
            }

            if (!words.IsSubsetOf(analyzers.Splitter.Dictionary))
            {
                words.UnionWith(analyzers.Splitter.Dictionary);
                analyzers = new SearchAnalyzers(new CompoundSplitter(words));
            }

            foreach (var document in changed)
            {
                _writer.UpdateDocument(IdTerm(document.Id), SearchDocumentMapper.ToLucene(document), analyzers.Index);
            }

            foreach (var id in deleted)
            {
                _writer.DeleteDocuments(IdTerm(id));
            }

            Volatile.Write(ref _analyzers, analyzers);
            Commit(contentVersion);
        }
        finally
        {
            _writes.Release();
        }
    }

    private void Commit(string contentVersion)
    {
        _writer.SetCommitData(new Dictionary<string, string> { [ContentVersionKey] = Stamp(contentVersion) });
        _writer.Commit();
        Searchers.MaybeRefreshBlocking();
    }

    private string Stamp(string contentVersion) => $"{FormatVersion}|{contentVersion}";

    private static (IndexWriter, SearcherManager) Open(Directory directory)
    {
        var writer = new IndexWriter(directory, new IndexWriterConfig(DanishTextAnalyzer.Version, SearchAnalyzers.Query)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = SearchSimilarity.Instance,
            // A rebuild of a large corpus flushes fewer, larger segments (the default is 16 MB).
            RAMBufferSizeMB = 64,
        });
        return (writer, new SearcherManager(writer, applyAllDeletes: true, new SimilaritySearcherFactory()));
    }

    /// <summary>
    /// Back to the last commit after a rebuild failed half way: the writer holds the deletion of
    /// every record and part of the new ones, which the next update's commit (or closing the
    /// writer, which commits) would publish. Lucene's rollback closes the writer, so a new one is opened.
    /// </summary>
    private void RollBack()
    {
        var searchers = Searchers;
        _writer.Rollback();
        if (_disposed)
        {
            return;
        }

        (_writer, Searchers) = Open(_directory);
        searchers.Dispose();
    }

    private static Term IdTerm(int id) => new(SearchFields.Id, SearchDocumentMapper.Id(id));

    /// <summary>
    /// The corpus's own words (folded, unstemmed, four letters or more) are the compound dictionary.
    /// Read straight off the token stream: most words are known already and need no string. A
    /// keyword (a reference name, the same few hundred across a corpus) seen before is skipped.
    /// </summary>
    private static void AddWords(HashSet<string> words, SearchDocument document, HashSet<string>? keywordsSeen = null)
    {
        var known = words.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var text in SearchDocumentMapper.Texts(document))
        {
            if (keywordsSeen is not null && document.Keywords.Contains(text) && keywordsSeen.Count < PreAnalyzedTexts.MaxSharedKeywords && !keywordsSeen.Add(text))
            {
                continue;
            }

            SearchAnalyzers.Exact.EachTerm(SearchFields.Exact, text, term =>
            {
                if (term.Length >= CompoundSplitter.MinPartLength)
                {
                    known.Add(term);
                }
            });
        }
    }

    private HashSet<string> DictionaryFromIndex()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        using var reader = _writer.GetReader(applyAllDeletes: true);
        var terms = MultiFields.GetTerms(reader, SearchFields.Exact);
        if (terms is null)
        {
            return words;
        }

        var e = terms.GetEnumerator();
        while (e.MoveNext())
        {
            var term = e.Term.Utf8ToString();
            if (term.Length >= CompoundSplitter.MinPartLength)
            {
                words.Add(term);
            }
        }

        return words;
    }

    /// <summary>
    /// Closing an IndexWriter commits, so a rebuild in flight (DeleteAll pending) is rolled back instead
    /// and then fails on the closed writer. (The Api's start-up rebuild runs before the host, with no
    /// stopping token: a shutdown there ends the process without Dispose.) A running rebuild releases _writes.
    /// </summary>
    public void Dispose()
    {
        _disposed = true;
        Searchers.Dispose();
        if (_rebuilding)
        {
            _writer.Rollback();
        }
        else
        {
            _writer.Dispose();
        }

        _directory.Dispose();
    }

    private sealed class SimilaritySearcherFactory : SearcherFactory
    {
        public override IndexSearcher NewSearcher(IndexReader reader) => new(reader) { Similarity = SearchSimilarity.Instance };
    }
}

/// <summary>The two passes of a rebuild: building the compound dictionary, then analysing and writing.</summary>
public sealed record RebuildTimes(TimeSpan Dictionary, TimeSpan Writing);
