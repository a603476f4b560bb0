namespace KnowledgeHub.Tests.Api;

/// <summary>A related object is the same whichever path reaches it: a link's organisation comes with its names.</summary>
public sealed class DataLoaderAuditTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task An_organisation_reached_through_a_link_has_its_names()
    {
        var data = await server.Client.DataAsync("""
            { record(slug: "forebyggelsespakken") { organisationLinks { organisation { slug names { name } } } owner { slug names { name } } } }
            """);
        var record = data["record"]!;
        var viaLink = record["organisationLinks"]!.AsArray().Select(l => l!["organisation"]!).First(o => (string)o["slug"]! == "socialstyrelsen");

        Assert.Equal("socialstyrelsen", (string)record["owner"]!["slug"]!);
        Assert.NotEmpty(record["owner"]!["names"]!.AsArray());
        Assert.Equal(record["owner"]!["names"]!.ToJsonString(), viaLink["names"]!.ToJsonString());
    }
}
