using System.Threading.Channels;
using KnowledgeHub.Search.Documents;

namespace KnowledgeHub.Search.Indexing;

/// <summary>
/// Reads documents on one thread (the database) while one worker per core analyses them, for work
/// whose result does not depend on order (the compound dictionary of a rebuild).
/// </summary>
internal static class DocumentPipeline
{
    public static int Workers => Math.Max(1, Environment.ProcessorCount);

    /// <summary>Runs <paramref name="body"/> (with the worker's number) on every document; the first failure stops the rest.</summary>
    public static async Task ForEachAsync(IAsyncEnumerable<SearchDocument> documents, Action<SearchDocument, int> body, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var channel = Channel.CreateBounded<SearchDocument>(new BoundedChannelOptions(1_000) { SingleWriter = true });
        var workers = Enumerable.Range(0, Workers).Select(worker => Task.Run(async () =>
        {
            try
            {
                await foreach (var document in channel.Reader.ReadAllAsync(stop.Token))
                {
                    body(document, worker);
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
            await foreach (var document in documents.WithCancellation(stop.Token))
            {
                await channel.Writer.WriteAsync(document, stop.Token);
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
