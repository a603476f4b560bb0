using GraphQL.Types;
using KnowledgeHub.Api.GraphQL;
using KnowledgeHub.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Api;

/// <summary>schema/schema.graphql is the public contract: it must equal what the server serves.</summary>
public sealed class SchemaTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task Schema_file_equals_the_served_schema()
    {
        var served = server.Services.GetRequiredService<ISchema>().PrintSdl();
        var path = Path.Combine(RepositoryPaths.Schema, "schema.graphql");

        // KNOWLEDGEHUB_UPDATE_SCHEMA=1 dotnet test --filter SchemaTests rewrites the file (see README).
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_UPDATE_SCHEMA") == "1")
        {
            await File.WriteAllTextAsync(path, served);
        }

        Assert.True(File.Exists(path), "schema/schema.graphql is missing");
        Assert.Equal(await File.ReadAllTextAsync(path), served);
    }
}
