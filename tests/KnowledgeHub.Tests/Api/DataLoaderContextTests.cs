namespace KnowledgeHub.Tests.Api;

/// <summary>
/// GraphQL.NET reuses a resolver's context for the next list item once the resolver has returned.
/// A loader that read its services from that context when the batch ran failed with a
/// NullReferenceException (a 500) when items without a load came after one with a load.
/// </summary>
public sealed class DataLoaderContextTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Theory]
    [InlineData("fam")]
    [InlineData("forældre")]
    [InlineData("skole")]
    public async Task Suggested_titles_load_their_records_after_term_suggestions(string prefix)
    {
        var data = await server.Client.DataAsync("query($p: String!) { suggest(prefix: $p, first: 8) { text kind record { slug title } } }", new { p = prefix });
        var suggestions = data["suggest"]!.AsArray();
        Assert.Contains(suggestions, s => (string)s!["kind"]! == "TERM");
        var titles = suggestions.Where(s => (string)s!["kind"]! == "TITLE").ToList();
        Assert.NotEmpty(titles);
        Assert.All(titles, s => Assert.Equal((string)s!["text"]!, (string)s["record"]!["title"]!));
    }
}
