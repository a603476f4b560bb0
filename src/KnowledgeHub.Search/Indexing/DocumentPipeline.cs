using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using Lucene.Net.Documents;

namespace KnowledgeHub.Search.Indexing;

/// <summary>
/// Reads documents on one thread (the database) while one worker per core analyses them: in any
/// order for the compound dictionary of a rebuild (<see cref="ForEachAsync"/>), in the order read
/// for the writing pass (<see cref="AnalyzeAheadAsync"/>).
/// </summary>
internal static class DocumentPipeline
{
    // Small: what is in flight outlives a gen-0 collection and is copied into gen 1. With 128 a
    // batch, nearly every gen-0 collection of a rebuild was a gen-1 one (100k: 435 / 396; with 8, 374 / 169).
    private const int BatchSize = 8;

    public static int Workers => Math.Max(1, Environment.ProcessorCount);

    /// <summary>
    /// The documents in the order given as Lucene documents, their texts analysed ahead on the
    /// thread pool, batch by batch, a few batches in flight: the caller (Lucene's one writing thread,
    /// which must keep the record-id order) then only inverts the tokens.
    /// </summary>
    public static async IAsyncEnumerable<Document> AnalyzeAheadAsync(
        IAsyncEnumerable<SearchDocument> documents, SearchAnalyzers analyzers, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var keywords = new ConcurrentDictionary<string, (AnalyzedTokens, AnalyzedTokens)>(StringComparer.Ordinal);
        var batches = Channel.CreateBounded<Task<Document[]>>(new BoundedChannelOptions(Workers * 2) { SingleWriter = true, SingleReader = true });
        var reader = Task.Run(async () =>
        {
            try
            {
                var batch = new List<SearchDocument>(BatchSize);
                await foreach (var document in documents.WithCancellation(stop.Token))
                {
                    batch.Add(document);
                    if (batch.Count == BatchSize)
                    {
                        await batches.Writer.WriteAsync(Analyze(batch), stop.Token);
                        batch = new List<SearchDocument>(BatchSize);
                    }
                }

                if (batch.Count > 0)
                {
                    await batches.Writer.WriteAsync(Analyze(batch), stop.Token);
                }

                batches.Writer.Complete();
            }
            catch (Exception ex)
            {
                batches.Writer.TryComplete(ex);
            }
        }, stop.Token);

        try
        {
            await foreach (var analyzing in batches.Reader.ReadAllAsync(stop.Token))
            {
                foreach (var item in await analyzing)
                {
                    yield return item;
                }
            }
        }
        finally
        {
            // The caller stopped early or failed: the reader must not wait on a full channel.
            await stop.CancelAsync();
            await reader.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        Task<Document[]> Analyze(List<SearchDocument> batch) =>
            Task.Run(() => batch.Select(d => SearchDocumentMapper.ToLucene(d, PreAnalyzedTexts.Of(d, analyzers, keywords))).ToArray(), stop.Token);
    }

    /// <summary>
    /// Runs <paramref name="body"/> (with the worker's number) on every document; the first failure
    /// stops the rest. Handed over in batches: a channel operation per document kept the workers
    /// contending for the channel's lock.
    /// </summary>
    public static async Task ForEachAsync(IAsyncEnumerable<SearchDocument> documents, Action<SearchDocument, int> body, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<List<SearchDocument>>(new BoundedChannelOptions(Workers * 2) { SingleWriter = true });
        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            try
            {
                await foreach (var batch in channel.Reader.ReadAllAsync(stop.Token))
                {
                    foreach (var document in batch)
                    {
                        body(document, worker);
                    }
                }
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }, stop.Token)).ToList();

        try
        {
            var batch = new List<SearchDocument>(BatchSize);
            await foreach (var document in documents.WithCancellation(stop.Token))
            {
                batch.Add(document);
                if (batch.Count == BatchSize)
                {
                    await channel.Writer.WriteAsync(batch, stop.Token);
                    batch = new List<SearchDocument>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await channel.Writer.WriteAsync(batch, stop.Token);
            }

            channel.Writer.Complete();
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // A worker failed: its exception, awaited below, is the one to report.
            channel.Writer.TryComplete();
        }
        catch (Exception ex)
        {
            channel.Writer.TryComplete(ex);
            await stop.CancelAsync();
            throw;
        }

        await Task.WhenAll(workers);
    }
}
