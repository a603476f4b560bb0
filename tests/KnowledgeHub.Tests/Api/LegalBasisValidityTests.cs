namespace KnowledgeHub.Tests.Api;

/// <summary>A legal basis' period of validity reads as the seed gives it (it used to fail for every non-null date).</summary>
public sealed class LegalBasisValidityTests(SharedServer server) : IClassFixture<SharedServer>
{
    [Fact]
    public async Task Valid_from_and_to_read_as_iso_dates()
    {
        var data = await server.Client.DataAsync("{ legalBases { slug validFrom validTo } record(slug: \"pmto\") { legalBases { slug validFrom validTo } } }");
        var expected = SeedFacts.LegalBases.ToDictionary(l => (string)l["slug"]!, l => ((string?)l["validFrom"], (string?)l["validTo"]));
        var read = data["legalBases"]!.AsArray().ToDictionary(l => (string)l!["slug"]!, l => ((string?)l!["validFrom"], (string?)l!["validTo"]));
        Assert.Equal(expected.OrderBy(e => e.Key), read.OrderBy(e => e.Key));
        Assert.Contains(("serviceloven-52-stk-3", (string?)null, (string?)"2023-12-31"),
            data["record"]!["legalBases"]!.AsArray().Select(l => ((string)l!["slug"]!, (string?)l["validFrom"], (string?)l["validTo"])));
    }
}
