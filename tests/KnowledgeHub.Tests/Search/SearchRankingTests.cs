namespace KnowledgeHub.Tests.Search;

/// <summary>The record a person expects is in the first three hits (see <see cref="RankingCases"/> for why).</summary>
public sealed class SearchRankingTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Theory]
    [MemberData(nameof(RankingCases.All), MemberType = typeof(RankingCases))]
    public async Task Expected_record_is_in_the_top_three(string query, string expected, string why)
    {
        var top = (await server.Client.SearchAsync(query, "first: 3")).Slugs();
        Assert.True(top.Contains(expected), $"'{query}' should find {expected} ({why}); top three were {string.Join(", ", top)}");
    }
}
