using System.CommandLine;
using KnowledgeHub.Import.Changes;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`reindex`: rebuilds every derived index (search) from the database.</summary>
public static class ReindexCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("reindex", "Rebuild the search index from the database.");
        command.SetAction((_, ct) => context.RunAsync(async services =>
        {
            var rebuilders = services.GetServices<IRecordIndexRebuilder>().ToList();
            if (rebuilders.Count == 0)
            {
                await context.Error.WriteLineAsync("knowledgehub: no search index is configured in this build; there is nothing to rebuild.");
                return CliApp.Failed;
            }

            foreach (var rebuilder in rebuilders)
            {
                var count = await rebuilder.RebuildAsync(ct);
                await context.Output.WriteLineAsync($"Rebuilt the {rebuilder.Name}: {count} records.");
            }

            return CliApp.Ok;
        }, ct));
        return command;
    }
}
