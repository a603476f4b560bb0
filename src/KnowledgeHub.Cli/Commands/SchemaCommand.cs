using System.CommandLine;
using GraphQL.Types;
using KnowledgeHub.Api.GraphQL;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Cli.Commands;

/// <summary>`schema print`: the SDL the server serves, as schema/schema.graphql holds it.</summary>
public static class SchemaCommand
{
    public static Command Create(CliContext context)
    {
        var print = new Command("print", "Print the GraphQL schema (SDL).");
        print.SetAction((_, ct) => context.RunAsync(async services =>
        {
            await context.Output.WriteAsync(services.GetRequiredService<ISchema>().PrintSdl());
            return CliApp.Ok;
        }, ct, database: false));
        return new Command("schema", "The GraphQL schema.") { print };
    }
}
