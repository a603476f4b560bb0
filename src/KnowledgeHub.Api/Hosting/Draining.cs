using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Hosting;

/// <summary>
/// On SIGTERM the host stops Kestrel's listener in its services' StopAsync; this runs before
/// that (StoppingAsync) and waits the drain period, while /readyz already answers 503 (it reads
/// ApplicationStopping) and requests are still served. Without it a balancer went from a ready
/// server straight to refused connections.
/// </summary>
public sealed class Draining(IOptions<HostingOptions> options, ILogger<Draining> logger) : IHostedLifecycleService
{
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        var period = options.Value.DrainPeriod;
        if (period <= TimeSpan.Zero)
        {
            return;
        }

        logger.LogInformation("Draining for {DrainSeconds} s: /readyz answers 503, requests are still served", period.TotalSeconds);
        await Task.Delay(period, cancellationToken).ContinueWith(_ => { }, TaskScheduler.Default);
        logger.LogInformation("Drained: closing the listener and finishing requests in flight");
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
