using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>
/// The real server as an operating-system process (`dotnet KnowledgeHub.Api.dll`, Production
/// settings) on a free loopback port, with its own data directory (its own Lucene index) on a
/// shared database. Stop and start it again on the same directory; it is always killed on dispose,
/// and its output is kept for failure messages.
/// </summary>
public sealed partial class ReplicaProcess(TestDatabase database, IReadOnlyList<string> settings) : IAsyncDisposable
{
    private readonly StringBuilder _log = new();
    private Process? _process;

    public string Name { get; init; } = "server";

    /// <summary>Where the process starts; the test runner's own directory when not set.</summary>
    public string? WorkingDirectory { get; init; }

    public TestDatabase Database { get; } = database;

    /// <summary>Where the running process listens; a new port at every start.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1:1");

    public HttpClient Client(string? key = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>Starts the process and returns once it listens and /readyz answers 200.</summary>
    public async Task StartAsync(TimeSpan? timeout = null)
    {
        if (_process is not null)
        {
            throw new InvalidOperationException($"{Name} is already running.");
        }

        Append($"--- {Name}: starting on {Database.DataDirectory}");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = StartInfo(), EnableRaisingEvents = true };
        DataReceivedEventHandler read = (_, e) =>
        {
            Append(e.Data);
            if (e.Data is not null && ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(new Uri(match.Groups[1].Value));
            }
        };
        process.OutputDataReceived += read;
        process.ErrorDataReceived += read;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("the process exited"));
        process.Start();
        _process = process;
        AppDomain.CurrentDomain.ProcessExit += KillOnExit;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var deadline = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(3));
        try
        {
            Address = await listening.Task.WaitAsync(deadline.Token);
            await WaitUntilReadyAsync(deadline.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or InvalidOperationException)
        {
            if (process.HasExited)
            {
                await process.WaitForExitAsync(); // Its last words are still in the pipes.
            }

            throw new Xunit.Sdk.XunitException($"{Name} did not become ready ({ex.Message}):\n{LogTail()}");
        }
    }

    /// <summary>Kills the process (as a crash or a pulled plug would) and keeps its data directory.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= KillOnExit;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
        Append($"--- {Name}: stopped");
    }

    /// <summary>Sends SIGTERM, as a service manager or Kubernetes does; the process drains and stops on its own.</summary>
    public void Terminate()
    {
        using var kill = Process.Start("kill", ["-TERM", _process!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    /// <summary>Waits for the process to end by itself and returns its exit code.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process!.WaitForExitAsync(deadline.Token);
        return _process.ExitCode;
    }

    /// <summary>Everything the process wrote so far, stdout and stderr interleaved.</summary>
    public string Output()
    {
        lock (_log)
        {
            return _log.ToString();
        }
    }

    /// <summary>The last lines the process wrote, for a failure message.</summary>
    public string LogTail(int lines = 60)
    {
        lock (_log)
        {
            var all = _log.ToString().Split('\n');
            return $"[{Name} output]\n" + string.Join('\n', all.TakeLast(lines));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        try
        {
            Directory.Delete(Database.DataDirectory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Temp space only.
        }
    }

    private ProcessStartInfo StartInfo()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = WorkingDirectory ?? "",
        };
        // The Api's build output, copied beside the tests': building the tests builds it first.
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        var arguments = new List<string>
        {
            "--urls", "http://127.0.0.1:0",
            $"--KnowledgeHub:SeedDirectory={RepositoryPaths.SeedData}",
            // The tests poll as fast as they can from one address.
            "--KnowledgeHub:RateLimiting:Enabled=false",
            // A cold process's first mutation (JIT, query compilation) took over the 10 s limit on
            // the busy shared test machine; these tests are about propagation, not latency.
            "--KnowledgeHub:Limits:ExecutionTimeout=00:01:00",
            // The port is read from this line.
            "--Logging:LogLevel:Microsoft.Hosting.Lifetime=Information",
        };
        arguments.AddRange(Database.Settings().Select(s => $"--{s.Key}={s.Value}"));
        arguments.AddRange(settings);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        return start;
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            try
            {
                using var response = await client.GetAsync("/readyz", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Listening but not answering yet.
            }

            if (_process is not { HasExited: false })
            {
                throw new InvalidOperationException("the process exited");
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private void KillOnExit(object? sender, EventArgs e)
    {
        try
        {
            _process?.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
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

    // Kestrel's start-up line, in the simple or the JSON console format.
    [GeneratedRegex(@"Now listening on: (http://127\.0\.0\.1:\d+)")]
    private static partial Regex ListeningOn();
}
