using System.Diagnostics;

namespace KnowledgeHub.Tests.Web;

/// <summary>
/// An npm project of the repository (web/, tests/e2e/, tests/clients/): its locked dependencies are installed with
/// <c>npm ci</c> when node_modules is missing or older than package-lock.json, then commands run in it.
/// </summary>
public sealed class NodeProject(string directory)
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static NodeProject Web { get; } = new(Path.Combine(RepositoryPaths.Root, "web"));

    public static NodeProject EndToEnd { get; } = new(Path.Combine(RepositoryPaths.Root, "tests", "e2e"));

    public static NodeProject Clients { get; } = new(Path.Combine(RepositoryPaths.Root, "tests", "clients"));

    private static string Npm => OperatingSystem.IsWindows() ? "npm.cmd" : "npm";

    public Task<(int ExitCode, string Output)> NodeAsync(string script, IReadOnlyDictionary<string, string> environment, TimeSpan timeout) =>
        RunAsync("node", [script], environment, timeout);

    public Task<(int ExitCode, string Output)> NpmAsync(string[] arguments, TimeSpan timeout) =>
        RunAsync(Npm, arguments, new Dictionary<string, string>(), timeout);

    private async Task<(int ExitCode, string Output)> RunAsync(string fileName, string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        await EnsureInstalledAsync();
        return await ExecAsync(fileName, arguments, environment, timeout);
    }

    private async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            var installed = new FileInfo(Path.Combine(directory, "node_modules", ".package-lock.json"));
            var locked = new FileInfo(Path.Combine(directory, "package-lock.json"));
            if (installed.Exists && installed.LastWriteTimeUtc >= locked.LastWriteTimeUtc)
            {
                return;
            }

            var (exitCode, output) = await ExecAsync(Npm, ["ci", "--no-audit", "--no-fund"], new Dictionary<string, string>(), TimeSpan.FromMinutes(5));
            Assert.True(exitCode == 0, $"npm ci in {directory} failed:\n{output}");
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private async Task<(int ExitCode, string Output)> ExecAsync(string fileName, string[] arguments, IReadOnlyDictionary<string, string> environment, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
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
            throw new TimeoutException($"{fileName} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }

        return (process.ExitCode, await stdout + await stderr);
    }
}
