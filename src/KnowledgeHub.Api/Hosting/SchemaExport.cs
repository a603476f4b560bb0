using GraphQL.Types;
using KnowledgeHub.Api.GraphQL;

namespace KnowledgeHub.Api.Hosting;

/// <summary>
/// `schema export [--output FILE]` on the host, as HotChocolate's command line offers it: prints the
/// served SDL (what schema/schema.graphql holds) and exits without touching the database or the index.
/// </summary>
public static class SchemaExport
{
    public static bool IsRequested(string[] args) => args is ["schema", "export", ..];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var sdl = services.GetRequiredService<ISchema>().PrintSdl();
        if (args.Skip(2).ToArray() is ["--output" or "-o", var file, ..])
        {
            await File.WriteAllTextAsync(file, sdl);
            return 0;
        }

        await Console.Out.WriteAsync(sdl);
        return 0;
    }
}
