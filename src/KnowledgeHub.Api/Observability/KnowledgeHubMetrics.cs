using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeHub.Api.Observability;

/// <summary>
/// The server's own meter and activity source ("KnowledgeHub"). Request rate and errors are
/// counters, latency a histogram; search latency and index size are here for the search work to
/// fill (<see cref="RecordSearch"/>, <see cref="ObserveIndexSize"/>), so dashboards need no change then.
/// </summary>
public sealed class KnowledgeHubMetrics
{
    public const string Name = "KnowledgeHub";

    /// <summary>For spans of our own (the search work starts its query spans here); exported with the rest.</summary>
    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _errors;
    private readonly Counter<long> _rateLimited;
    private readonly Histogram<double> _searchDuration;
    private Func<long>? _indexDocuments;

    public KnowledgeHubMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _requests = meter.CreateCounter<long>("knowledgehub.graphql.requests", "{request}", "GraphQL requests answered, by outcome and status.");
        _duration = meter.CreateHistogram<double>("knowledgehub.graphql.request.duration", "s", "Time from receiving a GraphQL request to writing its answer.");
        _errors = meter.CreateCounter<long>("knowledgehub.graphql.errors", "{error}", "GraphQL errors returned, by code.");
        _rateLimited = meter.CreateCounter<long>("knowledgehub.rate_limit.rejections", "{request}", "Requests refused by the rate limiter.");
        _searchDuration = meter.CreateHistogram<double>("knowledgehub.search.duration", "s", "Time to answer one search.");
        meter.CreateObservableGauge("knowledgehub.search.index.documents", () => _indexDocuments?.Invoke() ?? 0, "{document}", "Documents in the search index.");
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

    /// <summary>For the search work: one call per search.</summary>
    public void RecordSearch(TimeSpan duration, int hits) =>
        _searchDuration.Record(duration.TotalSeconds, new KeyValuePair<string, object?>("hits.bucket", hits == 0 ? "0" : hits < 10 ? "1-9" : "10+"));

    /// <summary>For the search work: how to read the index's document count when the gauge is collected.</summary>
    public void ObserveIndexSize(Func<long> documentCount) => _indexDocuments = documentCount;
}
