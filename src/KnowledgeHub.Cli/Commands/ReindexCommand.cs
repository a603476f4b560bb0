using System.CommandLine;
using KnowledgeHub.Import.Indexing;
using KnowledgeHub.Search.Indexing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`reindex`: rebuilds the search index from the database.</summary>
public static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reindex", "Rebuild the search index from the database.");
        command.SetAction((_, ct) => context.RunAsync(async services =>
        {
            await services.GetRequiredService<SearchIndexer>().RebuildAsync(ct);
            await context.Output.WriteLineAsync($"Rebuilt the search index: {services.GetRequiredService<SearchIndex>().Count} records.");
            return CliApp.Ok;
        }, ct));
        return command;
    }
}
