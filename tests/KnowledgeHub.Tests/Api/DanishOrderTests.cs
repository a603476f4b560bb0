using System.Globalization;

namespace KnowledgeHub.Tests.Api;

/// <summary>Names sort in Danish alphabetical order (æ, ø, å after z; "aa" as å) on both providers.</summary>
public sealed class DanishOrderTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task Municipalities_sorted_by_name_follow_danish_order_through_every_page()
    {
        var names = new List<string>();
        string? after = null;
        do
        {
            var data = await server.Client.DataAsync(
                "query($after: String) { municipalities(first: 30, after: $after, order: [{ name: ASC }]) { nodes { name } pageInfo { hasNextPage endCursor } } }",
                new { after });
            names.AddRange(data["municipalities"]!["nodes"]!.AsArray().Select(n => (string)n!["name"]!));
            after = (bool)data["municipalities"]!["pageInfo"]!["hasNextPage"]! ? (string)data["municipalities"]!["pageInfo"]!["endCursor"]! : null;
        }
        while (after is not null);

        var danish = StringComparer.Create(CultureInfo.GetCultureInfo("da-DK"), ignoreCase: false);
        Assert.Equal(98, names.Count);
        Assert.Equal(names.Order(danish), names);
        // æ, ø, å come after z: Ærø and the Aa-names (read as Å) close the list, not open it.
        Assert.True(names.IndexOf("Ærø") > names.IndexOf("Vordingborg"));
        Assert.True(names.IndexOf("Aalborg") > names.IndexOf("Ærø"));
    }
}
