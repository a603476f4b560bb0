using System.Diagnostics;

namespace KnowledgeHub.Bench;

public static class Measure
{
    /// <summary>
    /// Runs the action warm-up + n times; prints wall-clock min, median and p95, and the process
    /// CPU time per run. On a busy shared machine the minimum is the steadiest of these.
    /// </summary>
    public static async Task LatencyAsync(string label, int iterations, Func<Task> action)
    {
        for (var i = 0; i < Math.Max(10, iterations / 10); i++)
        {
            await action();
        }

        var times = new double[iterations];
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        for (var i = 0; i < iterations; i++)
        {
            var sw = Stopwatch.StartNew();
            await action();
            times[i] = sw.Elapsed.TotalMilliseconds;
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / iterations;
        Array.Sort(times);
        Console.WriteLine($"{label,-58} min {times[0],6:F2}  median {times[iterations / 2],6:F2}  p95 {times[(int)(iterations * 0.95)],6:F2} ms  cpu {cpu,6:F2} ms");
    }
}
