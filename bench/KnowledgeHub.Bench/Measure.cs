using System.Diagnostics;

namespace KnowledgeHub.Bench;

public static class Measure
{
    /// <summary>Runs the action warm-up + n times and prints mean, median and p95 in milliseconds.</summary>
    public static async Task LatencyAsync(string label, int iterations, Func<Task> action)
    {
        for (var i = 0; i < Math.Max(10, iterations / 10); i++)
        {
            await action();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        Console.WriteLine($"{label,-58} mean {times.Average(),7:F2} ms  median {times[iterations / 2],7:F2} ms  p95 {times[(int)(iterations * 0.95)],7:F2} ms");
    }
}
