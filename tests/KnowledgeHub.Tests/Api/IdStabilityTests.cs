namespace KnowledgeHub.Tests.Api;

/// <summary>Global ids are stable: the same across servers on one database, and across a fresh import of the same seed.</summary>
public sealed class IdStabilityTests
{
    private const string AllIds = """
        { programs(first: 50) { nodes { id } } familyPrograms(first: 50) { nodes { id } }
          inspirationCases(first: 50) { nodes { id } } municipalExperiences(first: 50) { nodes { id } }
          municipalities(first: 50) { nodes { id } } themes(first: 50) { nodes { id } }
          organisations(first: 50) { nodes { id } } publications(first: 50) { nodes { id } }
          regions { id } legalBases { id } targetGroups { id } }
        """;

    [Fact]
    public async Task Ids_survive_a_restart_and_a_reimport()
    {
        await using var first = new KnowledgeHubFactory();
        var before = (await first.CreateClient().DataAsync(AllIds)).ToJsonString();
        string afterRestart;
        // A restart: the first server stops (the index's write lock allows one at a time), another starts on its data.
        await first.DisposeHostAsync();
        await using (var second = KnowledgeHubFactory.Reusing(first.Database))
        {
            afterRestart = (await second.CreateClient().DataAsync(AllIds)).ToJsonString();
        }

        await using var fresh = new KnowledgeHubFactory();
        var afterReimport = (await fresh.CreateClient().DataAsync(AllIds)).ToJsonString();

        Assert.Contains("\"id\"", before);
        Assert.Equal(before, afterRestart);
        Assert.Equal(before, afterReimport);
        first.Database.Drop();
    }
}
