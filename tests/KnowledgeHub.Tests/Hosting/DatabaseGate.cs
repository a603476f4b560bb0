using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeHub.Tests.Hosting;

/// <summary>
/// A TCP relay between this test's servers and PostgreSQL that the test can shut — every
/// connection reset, new ones cut at once, as when PostgreSQL stops — and open again. Stopping the
/// cluster itself would take the database from every other test running at the same time.
/// </summary>
public sealed class DatabaseGate : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentDictionary<(Socket, Socket), byte> _pairs = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly int _targetPort;
    private volatile bool _open = true;
    private volatile bool _stalled;

    private DatabaseGate(int targetPort)
    {
        _targetPort = targetPort;
        _listener.Start();
        _ = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public static DatabaseGate To(string connectionString) =>
        new(new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Port);

    /// <summary>The connection string through the gate.</summary>
    public string Through(string connectionString) =>
        new Npgsql.NpgsqlConnectionStringBuilder(connectionString) { Host = "127.0.0.1", Port = Port }.ConnectionString;

    public void Shut()
    {
        _open = false;
        foreach (var pair in _pairs.Keys)
        {
            Reset(pair.Item1);
            Reset(pair.Item2);
        }
    }

    public void Open() => _open = true;

    /// <summary>Connections stay up but nothing passes, as from a database that hangs (SIGSTOP, a full disk).</summary>
    public void Stall() => _stalled = true;

    public void Resume() => _stalled = false;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Shut();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stop.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        if (!_open)
        {
            Reset(client);
            return;
        }

        var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            await server.ConnectAsync(IPAddress.Loopback, _targetPort);
        }
        catch (SocketException)
        {
            Reset(client);
            server.Dispose();
            return;
        }

        var pair = (client, server);
        _pairs[pair] = 0;
        await Task.WhenAll(PumpAsync(client, server), PumpAsync(server, client));
        _pairs.TryRemove(pair, out _);
        client.Dispose();
        server.Dispose();
    }

    private async Task PumpAsync(Socket from, Socket to)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            int read;
            while ((read = await from.ReceiveAsync(buffer, SocketFlags.None)) > 0)
            {
                while (_stalled)
                {
                    await Task.Delay(50);
                }

                await to.SendAsync(buffer.AsMemory(0, read), SocketFlags.None);
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception ex) when (ex is SocketException or ObjectDisposedException)
        {
            Reset(to);
        }
    }

    // Linger 0: the peer gets a reset, as from a server that went away, not an orderly close.
    private static void Reset(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (ObjectDisposedException)
        {
            // Already closed by the other direction.
        }
    }
}
