using KnowledgeHub.Data;
using KnowledgeHub.Import;
using KnowledgeHub.Import.Access;
using KnowledgeHub.Import.Indexing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace KnowledgeHub.Cli;

/// <summary>What every command shares: the settings, the output, and the server's services.</summary>
public sealed class CliContext(IConfiguration configuration, TextWriter output, TextWriter error)
{
    public IConfiguration Configuration { get; } = configuration;

    public TextWriter Output { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Tables and progress on the command's output; plain text when it is not a terminal.</summary>
    public IAnsiConsole Console { get; } = AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(output),
        Ansi = ReferenceEquals(output, System.Console.Out) ? AnsiSupport.Detect : AnsiSupport.No,
        Interactive = ReferenceEquals(output, System.Console.Out) ? InteractionSupport.Detect : InteractionSupport.No,
    });

    /// <summary>The server's services over its database; brings the database to the current migration (and seeds an empty one) first.</summary>
    public async Task<int> RunAsync(Func<IServiceProvider, Task<int>> body, CancellationToken cancellationToken, bool database = true)
    {
        await using var services = Build();
        try
        {
            if (database)
            {
                await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
            }

            return await body(services);
        }
        catch (Exception ex) when (StartupFailure.Describe(ex) is { } line)
        {
            await Error.WriteLineAsync($"knowledgehub: {line}");
            return CliApp.Failed;
        }
    }

    private ServiceProvider Build()
    {
        var services = new ServiceCollection();
        services.AddSingleton(Configuration);
        services.AddLogging(b => b.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace).SetMinimumLevel(LogLevel.Warning));
        services.AddKnowledgeHubData(Configuration);
        services.AddKnowledgeHubImport(Configuration);
        // The index for `reindex` only: a running server follows the change log for imports.
        services.AddKnowledgeHubSearchIndexing(Configuration);
        services.AddSingleton<ApiKeyService>();
        return services.BuildServiceProvider();
    }
}
