using System.Threading.RateLimiting;
using GraphQL.Validation;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Limits;

/// <summary>
/// Bounds what one client can occupy. The rate limit counts requests, not work: 40 concurrent
/// `search(first: 50) { … related(first: 50) }` from one address kept both cores busy for 24 s and
/// `/healthz` waited up to 3.9 s. An operation whose estimated complexity reaches
/// <see cref="LimitsOptions.ExpensiveComplexity"/> needs a slot of its client and one of the
/// server's, held until it has executed; with none free it is refused at once (no queue: a queue
/// would hold connections and memory for the same attacker).
/// </summary>
public sealed class ExpensiveOperations : IDisposable
{
    public const string ClientKey = "knowledgehub.client";
    private const string LeaseKey = "knowledgehub.expensive";

    private readonly LimitsOptions _limits;
    private readonly PartitionedRateLimiter<string> _perClient;
    private readonly ConcurrencyLimiter _total;

    public ExpensiveOperations(IOptions<LimitsOptions> options)
    {
        _limits = options.Value;
        _perClient = PartitionedRateLimiter.Create<string, string>(client => RateLimitPartition.GetConcurrencyLimiter(client,
            _ => new ConcurrencyLimiterOptions { PermitLimit = Math.Max(1, _limits.ExpensivePerClient), QueueLimit = 0 }));
        _total = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = _limits.ExpensiveTotal > 0 ? _limits.ExpensiveTotal : Math.Max(1, Environment.ProcessorCount / 2),
            QueueLimit = 0,
        });
    }

    /// <summary>From the complexity check: a slot for an expensive operation, or the error that refuses it.</summary>
    public LimitError? Enter(ValidationContext context, double complexity)
    {
        if (complexity < _limits.ExpensiveComplexity || context.UserContext.ContainsKey(LeaseKey))
        {
            return null;
        }

        var client = context.UserContext.TryGetValue(ClientKey, out var id) && id is string s ? s : "unknown";
        var mine = _perClient.AttemptAcquire(client);
        if (!mine.IsAcquired)
        {
            mine.Dispose();
            return Refused($"this client already runs {_limits.ExpensivePerClient} expensive operations");
        }

        var server = _total.AttemptAcquire();
        if (!server.IsAcquired)
        {
            mine.Dispose();
            server.Dispose();
            return Refused("the server runs as many expensive operations as it takes");
        }

        context.UserContext[LeaseKey] = new Leases(mine, server);
        return null;
    }

    /// <summary>After execution: gives the slots back.</summary>
    public static void Leave(IDictionary<string, object?> userContext)
    {
        if (userContext.Remove(LeaseKey, out var leases) && leases is IDisposable held)
        {
            held.Dispose();
        }
    }

    public void Dispose()
    {
        _perClient.Dispose();
        _total.Dispose();
    }

    private LimitError Refused(string why) => LimitError.TooManyExpensiveRequests(
        $"The operation's estimated complexity is at least {_limits.ExpensiveComplexity}, and {why}. Retry after a second, or ask for smaller pages.");

    private sealed record Leases(RateLimitLease Client, RateLimitLease Server) : IDisposable
    {
        public void Dispose()
        {
            Server.Dispose();
            Client.Dispose();
        }
    }
}
