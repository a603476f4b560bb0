using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace KnowledgeHub.Tests.Web;

/// <summary>
/// The real server as its own process (`dotnet KnowledgeHub.Api.dll`, Production settings) on a
/// free loopback port, with a fresh data folder seeded from the real seed-data/ and the built web/dist.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dataDirectory;
    private readonly StringBuilder _log = new();

    private ServerProcess(Process process, string dataDirectory, Uri address)
    {
        (_process, _dataDirectory, Address) = (process, dataDirectory, address);
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    public static async Task<ServerProcess> StartAsync()
    {
        var port = FreePort();
        var dataDirectory = Path.Combine(Path.GetTempPath(), "knowledgehub-e2e", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dataDirectory);
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = dataDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     ApiAssembly(), "--urls", $"http://127.0.0.1:{port}",
                     $"--KnowledgeHub:DataDirectory={dataDirectory}",
                     $"--KnowledgeHub:SeedDirectory={RepositoryPaths.SeedData}",
                     $"--KnowledgeHub:Web:AssetsDirectory={Path.Combine(RepositoryPaths.Root, "web", "dist")}",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var server = new ServerProcess(Process.Start(start)!, dataDirectory, new Uri($"http://127.0.0.1:{port}"));
        await server.WaitUntilReadyAsync(TimeSpan.FromMinutes(3));
        return server;
    }

    /// <summary>An API key, made the way an operator makes one: the command line on the server's data.</summary>
    public async Task<string> CreateKeyAsync(string role)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await KnowledgeHub.Cli.CliApp.RunAsync(
            ["keys", "create", "--role", role, "--name", "browser tests", $"--KnowledgeHub:DataDirectory={_dataDirectory}"], output, error);
        return code == 0
            ? output.ToString().Trim().Split('\n')[^1].Trim()
            : throw new InvalidOperationException($"keys create failed ({code}): {error}");
    }

    /// <summary>The Api's own build output, beside this test project's (same configuration).</summary>
    private static string ApiAssembly()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (configuration, framework) = (output.Parent!.Name, output.Name);
        var path = Path.Combine(RepositoryPaths.Root, "src", "KnowledgeHub.Api", "bin", configuration, framework, "KnowledgeHub.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build src/KnowledgeHub.Api first.", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The server stopped with exit code {_process.ExitCode}:\n{Log}");
            }

            try
            {
                if ((await client.GetAsync("/readyz")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet: it listens only once the database and index are ready.
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(250);
        }

        throw new TimeoutException($"The server was not ready within {timeout}:\n{Log}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open; the temp folder is cleaned by the system.
        }
    }
}
