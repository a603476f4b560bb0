using System.Runtime.CompilerServices;
using KnowledgeHub.Search.Documents;
using KnowledgeHub.Search.Indexing;
using Lucene.Net.Index;

namespace KnowledgeHub.Tests.Search;

/// <summary>
/// A rebuild that fails half way — the records' stream throws, or the rebuild is cancelled —
/// leaves the last committed index in place: searchable now, after the next update's commit, and
/// after the index is closed and opened again.
/// </summary>
public sealed class SearchIndexRollbackTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_rebuild_that_fails_half_way_leaves_the_last_commit(bool cancelled)
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledgehub-rollback-" + Guid.NewGuid().ToString("N"));
        using (var index = SearchIndex.OpenDirectory(folder))
        {
            await index.RebuildAsync([Record(1), Record(2), Record(3)], "before");
            using var cancellation = new CancellationTokenSource();
            // The first pass (the dictionary) reads them all; the second (writing) fails after two records.
            var pass = 0;
            await Assert.ThrowsAnyAsync<Exception>(() =>
                index.RebuildAsync(ct => FailingAsync(++pass == 2, cancelled ? cancellation : null, ct), "after", cancellation.Token));

            AssertRecords(index, 1, 2, 3);
            await index.UpdateAsync([Record(2)], [], "updated");
            AssertRecords(index, 1, 2, 3);
        }

        using (var reopened = SearchIndex.OpenDirectory(folder))
        {
            AssertRecords(reopened, 1, 2, 3);
            Assert.Equal("updated", reopened.CommittedVersion);
        }

        System.IO.Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task Disposing_during_a_rebuild_leaves_the_last_commit()
    {
        var folder = Path.Combine(Path.GetTempPath(), "knowledgehub-rollback-" + Guid.NewGuid().ToString("N"));
        var index = SearchIndex.OpenDirectory(folder);
        await index.RebuildAsync([Record(1), Record(2), Record(3)], "before");
        var writing = new TaskCompletionSource();
        var disposed = new TaskCompletionSource();
        var pass = 0;
        var rebuild = index.RebuildAsync(_ => BlockingAsync(++pass == 2, writing, disposed.Task), "after");
        await writing.Task;
        index.Dispose();
        disposed.SetResult();
        await Assert.ThrowsAnyAsync<ObjectDisposedException>(() => rebuild);

        using (var reopened = SearchIndex.OpenDirectory(folder))
        {
            AssertRecords(reopened, 1, 2, 3);
            Assert.Equal("before", reopened.CommittedVersion);
        }

        System.IO.Directory.Delete(folder, recursive: true);
    }

    /// <summary>The second pass (writing, after DeleteAll) stops after two records until the index is disposed.</summary>
    private static async IAsyncEnumerable<SearchDocument> BlockingAsync(bool block, TaskCompletionSource writing, Task disposed)
    {
        yield return Record(10);
        yield return Record(11);
        if (block)
        {
            writing.SetResult();
            await disposed;
        }

        yield return Record(12);
    }

    private static async IAsyncEnumerable<SearchDocument> FailingAsync(bool fail, CancellationTokenSource? cancel, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return Record(10);
        yield return Record(11);
        await Task.Yield();
        if (!fail)
        {
            yield break;
        }

        if (cancel is null)
        {
            throw new InvalidOperationException("the database went away");
        }

        await cancel.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private static void AssertRecords(SearchIndex index, params int[] ids)
    {
        Assert.Equal(ids.Length, index.Count);
        index.Searchers.MaybeRefreshBlocking();
        var searcher = index.Searchers.Acquire();
        try
        {
            var found = Enumerable.Range(0, searcher.IndexReader.MaxDoc)
                .Where(doc => MultiFields.GetLiveDocs(searcher.IndexReader)?.Get(doc) != false)
                .Select(doc => int.Parse(searcher.Doc(doc).Get(SearchFields.Id), System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(ids, found.Order());
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private static SearchDocument Record(int id) => new()
    {
        Id = id,
        Kind = new FacetValue("Program", "Program"),
        Status = "Published",
        Title = $"Familierådslagning {id}",
        Summary = "Tidlig indsats for udsatte familier.",
        EvidenceLevel = new FacetValue("Unknown", "Ukendt"),
        EvidenceRank = 0,
    };
}
