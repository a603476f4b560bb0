using Microsoft.Extensions.Logging;

namespace KnowledgeHub.Import.Changes;

/// <summary>Tells every <see cref="IRecordChangeHandler"/> about a commit, one after another.</summary>
public sealed class RecordChangeNotifier(IEnumerable<IRecordChangeHandler> handlers, ILogger<RecordChangeNotifier> logger)
{
    public async Task NotifyAsync(long upToSequence)
    {
        foreach (var handler in handlers)
        {
            try
            {
                // Not the request's token: the change is committed whether or not the client waits.
                await handler.HandleAsync(upToSequence, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // The commit stands; the handler catches up from the change log on its next call or start.
                logger.LogError(ex, "{Handler} failed to apply changes up to {Sequence}", handler.GetType().Name, upToSequence);
            }
        }
    }
}
