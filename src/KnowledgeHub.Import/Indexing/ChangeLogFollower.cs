using KnowledgeHub.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// Applies changes this server did not make itself (the command line, other servers) to its own
/// search index: on PostgreSQL it LISTENs and wakes on every NOTIFY; it also polls, so a missed
/// notification or SQLite costs at most one poll interval.
/// </summary>
public sealed class ChangeLogFollower(
    SearchIndexer indexer,
    IDbContextFactory<KnowledgeHubDbContext> contexts,
    IOptions<ChangeFollowingOptions> options,
    ChangeFollowingStatus status,
    ILogger<ChangeLogFollower> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var (interval, listen) = (options.Value.PollInterval, options.Value.Listen);
        NpgsqlConnection? listener = null;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                listener ??= listen ? await ListenAsync(stoppingToken) : null;
                status.Listening = listener is not null;
                if (listener is not null)
                {
                    // Returns on a notification, or false after the interval: either way, catch up.
                    await listener.WaitAsync(interval, stoppingToken);
                }
                else
                {
                    await Task.Delay(interval, stoppingToken);
                }

                await indexer.CatchUpAsync(stoppingToken);
                if (status.CaughtUp() is { } failedFor)
                {
                    logger.LogInformation("Following the change log again after {Seconds:0.0} s of failures", failedFor.TotalSeconds);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                // One warning with its cause per run of failures: an outage is not one entry a second.
                if (status.Failed())
                {
                    logger.LogWarning(ex, "Following the change log failed; retrying every {Interval} until it works", interval);
                }
                else
                {
                    logger.LogDebug(ex, "Following the change log failed again");
                }

                if (listener is not null)
                {
                    await listener.DisposeAsync();
                    listener = null;
                    status.Listening = false;
                }

                await Task.Delay(interval, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }

        if (listener is not null)
        {
            await listener.DisposeAsync();
        }
    }

    private async Task<NpgsqlConnection?> ListenAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!db.Database.IsNpgsql())
        {
            return null;
        }

        var connection = new NpgsqlConnection(options.Value.SessionConnectionString ?? db.Database.GetConnectionString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand($"LISTEN {ChangeFollowingOptions.Channel}", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }
}
