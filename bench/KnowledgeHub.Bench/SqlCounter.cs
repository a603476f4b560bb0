using System.Diagnostics;

namespace KnowledgeHub.Bench;

/// <summary>
/// Counts the SQL commands EF Core executes in this process, through its DiagnosticListener, so
/// the bench needs no hook in the server (and runs unchanged against older commits).
/// </summary>
public sealed class SqlCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private int _count;
    private int _compilations;

    public SqlCounter() => _subscription = DiagnosticListener.AllListeners.Subscribe(this);

    public int Count => Volatile.Read(ref _count);

    /// <summary>LINQ queries EF Core had to compile (a miss in its query cache).</summary>
    public int Compilations => Volatile.Read(ref _compilations);

    public void Reset()
    {
        Interlocked.Exchange(ref _count, 0);
        Interlocked.Exchange(ref _compilations, 0);
    }

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            value.Subscribe(this);
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted")
        {
            Interlocked.Increment(ref _count);
        }
        else if (value.Key == "Microsoft.EntityFrameworkCore.Query.QueryCompilationStarting")
        {
            Interlocked.Increment(ref _compilations);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose() => _subscription.Dispose();
}
