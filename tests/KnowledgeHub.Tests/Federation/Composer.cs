using System.Diagnostics;

namespace KnowledgeHub.Tests.Federation;

/// <summary>
/// Runs tests/federation/compose.mjs with Node, installing its locked dependencies with
/// <c>npm ci</c> first when node_modules is missing or older than package-lock.json.
/// </summary>
public static class Composer
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string Directory => Path.Combine(RepositoryPaths.Root, "tests", "federation");

    public static async Task<(int ExitCode, string Output)> ComposeAsync(params string[] arguments)
    {
        await EnsureInstalledAsync();
        return await RunAsync("node", ["compose.mjs", .. arguments], TimeSpan.FromMinutes(2));
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            var installed = new FileInfo(Path.Combine(Directory, "node_modules", ".package-lock.json"));
            var locked = new FileInfo(Path.Combine(Directory, "package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= locked.LastWriteTimeUtc)
            {
                return;
            }

            var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
            var (exitCode, output) = await RunAsync(npm, ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            Assert.True(exitCode == 0, $"npm ci in tests/federation failed:\n{output}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
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
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
