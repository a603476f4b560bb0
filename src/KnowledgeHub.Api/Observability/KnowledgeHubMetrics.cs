using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeHub.Api.Observability;

/// <summary>The server's own meter ("KnowledgeHub"): request rate and errors are counters, latency a histogram.</summary>
public sealed class KnowledgeHubMetrics
{
    public const string Name = "KnowledgeHub";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _rateLimited;

    public KnowledgeHubMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _requests = meter.CreateCounter<long>("knowledgehub.graphql.requests", "{request}", "GraphQL requests answered, by outcome and status.");
        _duration = meter.CreateHistogram<double>("knowledgehub.graphql.request.duration", "s", "Time from receiving a GraphQL request to writing its answer.");
        _errors = meter.CreateCounter<long>("knowledgehub.graphql.errors", "{error}", "GraphQL errors returned, by code.");
        _rateLimited = meter.CreateCounter<long>("knowledgehub.rate_limit.rejections", "{request}", "Requests refused by the rate limiter.");
    }

    public void RecordRequest(string outcome, int status, string? operationType, TimeSpan duration, IEnumerable<string> errorCodes)
    {
        var tags = new TagList { { "outcome", outcome }, { "http.response.status_code", status }, { "graphql.operation.type", operationType ?? "unknown" } };
        _requests.Add(1, tags);
        _duration.Record(duration.TotalSeconds, tags);
        foreach (var code in errorCodes)
        {
            _errors.Add(1, new KeyValuePair<string, object?>("error.code", code));
        }
    }

    public void RecordRateLimited(string partition) => _rateLimited.Add(1, new KeyValuePair<string, object?>("partition", partition));
}
