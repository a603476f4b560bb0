namespace KnowledgeHub.Tests.Api;

/// <summary>Cost, staffing, training and outcomes targeted: from the seed file to the API unchanged, null where the sources are silent.</summary>
public sealed class FamilyProgramPracticeTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task Every_family_programme_serves_the_seeded_practice_fields()
    {
        var data = await server.Client.DataAsync("{ familyPrograms(first: 50) { nodes { slug cost staffing training outcomesTargeted } } }");
        var served = data["familyPrograms"]!["nodes"]!.AsArray().ToDictionary(n => (string)n!["slug"]!);
        var published = SeedFacts.Published(SeedFacts.FamilyPrograms);
        Assert.Equal(published.Count, served.Count);
        foreach (var seed in published)
            foreach (var field in new[] { "cost", "staffing", "training", "outcomesTargeted" })
                Assert.Equal((string?)seed[field], (string?)served[(string)seed["slug"]!]![field]);
        Assert.NotNull((string?)served["pmto"]!["cost"]);
    }
}
