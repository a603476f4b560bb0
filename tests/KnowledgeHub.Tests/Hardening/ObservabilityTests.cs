using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>One log line per request with what an operator needs, and the request metrics.</summary>
public sealed class ObservabilityTests
{
    [Fact]
    public async Task Each_request_is_logged_with_operation_status_size_and_error_codes()
    {
        var logs = new LogCollector();
        using var factory = new KnowledgeHubFactory { TestServices = logs.AddTo };
        var client = factory.CreateClient();
        var ok = await client.PostJsonAsync(new { query = "query Regions { regions { name } }" });
        await client.PostJsonAsync(new { query = "{ municipalities(first: 99) { totalCount } }" });

        var lines = logs.Entries.Where(e => e.Category.EndsWith("GraphQLRequestTelemetry", StringComparison.Ordinal)).Select(e => e.Message).ToList();
        Assert.Contains(lines, l => l.Contains("query Regions answered 200 (ok)") && l.Contains($"{System.Text.Encoding.UTF8.GetByteCount(ok.Body)} bytes"));
        Assert.Contains(lines, l => l.Contains("(anonymous)") && l.Contains("errors [PAGE_SIZE_TOO_LARGE]"));
    }

    [Fact]
    public async Task Requests_errors_and_latency_are_measured()
    {
        var measurements = new ConcurrentBag<(string Instrument, double Value, string Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "KnowledgeHub")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Add((i.Name, v, Describe(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Add((i.Name, v, Describe(tags))));
        listener.Start();

        using var factory = new KnowledgeHubFactory();
        var client = factory.CreateClient();
        await client.PostJsonAsync(new { query = "{ regions { name } }" });
        await client.PostJsonAsync(new { query = "{ nope }" });

        Assert.Contains(measurements, m => m.Instrument == "knowledgehub.graphql.requests" && m.Tags.Contains("outcome=ok"));
        Assert.Contains(measurements, m => m.Instrument == "knowledgehub.graphql.requests" && m.Tags.Contains("outcome=refused"));
        Assert.Contains(measurements, m => m.Instrument == "knowledgehub.graphql.errors" && m.Tags.Contains("error.code=FIELDS_ON_CORRECT_TYPE"));
        Assert.Contains(measurements, m => m.Instrument == "knowledgehub.graphql.request.duration" && m.Value > 0);
    }

    private static string Describe(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var parts = new List<string>();
        foreach (var tag in tags)
        {
            parts.Add($"{tag.Key}={tag.Value}");
        }

        return string.Join(",", parts);
    }
}
