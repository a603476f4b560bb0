using System.Diagnostics;

namespace KnowledgeHub.Tests.Web;

/// <summary>
/// Runs a Node script in tests/e2e, installing its locked dependencies (playwright-core) with
/// <c>npm ci</c> first when node_modules is missing or older than package-lock.json.
/// </summary>
public static class NodeScript
{
    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "e2e");

    public static async Task<(int ExitCode, string Output)> RunAsync(string script, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var installed = new FileInfo(Path.Combine(Directory, "node_modules", ".package-lock.json"));
        var locked = new FileInfo(Path.Combine(Directory, "package-lock.json"));
        if (!installed.Exists || installed.LastWriteTimeUtc < locked.LastWriteTimeUtc)
        {
            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var (exitCode, output) = await ExecAsync(npm, ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
            Assert.True(exitCode == 0, $"npm ci in tests/e2e failed:\n{output}");
        }

        return await ExecAsync("node", [script], environment, timeout);
    }

    private static async Task<(int ExitCode, string Output)> ExecAsync(string fileName, string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{fileName} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}:\n{await stdout}");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
