using System.CommandLine;
using KnowledgeHub.Cli.Commands;

namespace KnowledgeHub.Cli;

/// <summary>
/// `knowledgehub`: keys, import, export and reindex against the server's database.
/// Exit codes: 0 done, 1 failed (a refused import, a missing file, an unreachable database), 2 usage.
/// </summary>
public static class CliApp
{
    public const int Ok = 0;
    public const int Failed = 1;
    public const int Usage = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var (configuration, commandArgs) = CliConfiguration.Split(args);
        var context = new CliContext(configuration, output, error);
        var root = new RootCommand("KnowledgeHub's command line: API keys, bulk import and export, reindexing.")
        {
            KeysCommand.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
            ReindexCommand.Create(context),
        };

        var parse = root.Parse(commandArgs);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                await error.WriteLineAsync(problem.Message);
            }

            await error.WriteLineAsync("Run `knowledgehub --help` for usage; settings go as --KnowledgeHub:DataDirectory=DIR and the like.");
            return Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, cancellationToken);
    }
}
