using Snapshooter.Xunit;

namespace KnowledgeHub.Tests.Api;

/// <summary>Representative answers kept as snapshots: a change to them is a change to what clients see.</summary>
public sealed class SnapshotTests(SharedServer server) : IClassFixture<SharedServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task Family_program_with_assessments_and_implementations()
    {
        var data = await _client.DataAsync("""
            { record(slug: "mst") { __typename slug title summary targetAgeMin targetAgeMax coverageNote
                ... on FamilyProgram { fullName abbreviation format duration
                  evidenceAssessments { scale dimension level normalizedLevel date source { url } }
                  implementations { municipality { code } organisation { slug } startYear endYear status } }
                themes { slug } targetGroups { slug } sources { title url } } }
            """);
        Snapshot.Match(data.Pretty());
    }

    [Fact]
    public async Task Municipality_with_region_and_first_records()
    {
        var data = await _client.DataAsync("""
            { municipality(code: "0461") { code name slug region { code name } records(first: 5) { totalCount nodes { __typename slug title } } } }
            """);
        Snapshot.Match(data.Pretty());
    }
}
