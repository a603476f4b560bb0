using KnowledgeHub.Cli;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// Runs `knowledgehub` in-process against a database of its own (SQLite in a temp folder, or a
/// fresh PostgreSQL database), passing the settings the way an operator would.
/// </summary>
public sealed class CliRun : IDisposable
{
    public CliRun() => Database = TestDatabase.Create(Path.Combine(Path.GetTempPath(), "knowledgehub-cli-tests", Guid.NewGuid().ToString("N")));

    public TestDatabase Database { get; }

    public string Temp(string name)
    {
        Directory.CreateDirectory(Database.DataDirectory);
        return Path.Combine(Database.DataDirectory, name);
    }

    public async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var settings = Database.Settings().Select(s => $"--{s.Key}={s.Value}");
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync([.. args, .. settings], output, error);
        return (code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        Database.Drop();
        try
        {
            Directory.Delete(Database.DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Temp space only.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
