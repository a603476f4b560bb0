using System.Text.Json.Nodes;
using KnowledgeHub.Tests.Api.Introspection;
using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Api;

/// <summary>
/// Walks the served schema and asks for every field of every type reachable from the root fields
/// on the seed data, as an admin (drafts and keys included), and fails on any error. The Date
/// defect (every non-null LegalBasis.validFrom failed to serialise) went unseen because no test
/// selected those fields; this one selects everything, so a field that cannot answer shows.
/// </summary>
public sealed class SchemaWalkTests(SchemaWalkTests.Server server, ITestOutputHelper output) : IClassFixture<SchemaWalkTests.Server>
{
    public sealed class Server : EditingServer
    {
        public Server() => Settings = new()
        {
            ["KnowledgeHub:Limits:MaxDepth"] = "40",
            ["KnowledgeHub:Limits:MaxFields"] = "1000000",
            ["KnowledgeHub:Limits:MaxAliases"] = "100000",
            // No limit in effect: one related search per record already weighs 5,000 (FieldCosts).
            ["KnowledgeHub:Limits:MaxComplexity"] = "2000000000",
            ["KnowledgeHub:Limits:MaxTokens"] = "1000000",
            ["KnowledgeHub:Limits:MaxDocumentLength"] = "10000000",
            ["KnowledgeHub:Limits:MaxRequestBodyBytes"] = "20000000",
            ["KnowledgeHub:Limits:ExecutionTimeout"] = "00:02:00",
        };
    }

    [Fact]
    public async Task Every_field_reachable_on_the_seed_answers_without_errors()
    {
        var client = await server.AdminAsync();
        var schema = (await client.DataAsync(FullIntrospection.Query))["__schema"]!;
        var walker = new SchemaWalker(schema, maxDepth: 4);

        var answered = new HashSet<string>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var (field, query) in walker.RootQueries())
        {
            var result = await client.QueryAsync(query);
            if (result["errors"] is JsonArray errors && errors.Count > 0)
            {
                failures.Add($"{field}: {errors.ToJsonString()[..Math.Min(2000, errors.ToJsonString().Length)]}");
            }

            SchemaWalker.CollectAnswered(result["data"], walker.QueryType, answered);
        }

        output.WriteLine($"{answered.Count} fields answered with a value.");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.Contains("LegalBasis.validTo", answered);
        Assert.Contains("LegalBasis.validFrom", answered);
        Assert.Contains("Program.fundingAmountDkk", answered);
        Assert.Contains("Program.updatedAt", answered);
    }
}
