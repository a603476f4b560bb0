using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// Allocation by type from the runtime's allocation ticks (one event per ~100 KB allocated, naming
/// the type that crossed the mark): where a request's kilobytes go, without a profiler attached.
/// </summary>
public sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true && e.Payload is { } payload)
        {
            var type = payload[e.PayloadNames!.IndexOf("TypeName")] as string ?? "?";
            var amount = Convert.ToInt64(payload[e.PayloadNames.IndexOf("AllocationAmount64")], CultureInfo.InvariantCulture);
            _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
        }
    }

    public void Print(int requests, int top = 30)
    {
        foreach (var (type, bytes) in _bytes.OrderByDescending(p => p.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {bytes / 1024.0 / requests,8:0.0} KB  {type}"));
        }

        _bytes.Clear();
    }
}
