using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// Guessing slugs: another organisation's draft and a published record refuse a slug in the same
/// words, and nothing of the draft comes back; the slug stays unique.
/// </summary>
public sealed class DraftSlugTests(EditingServer server) : IClassFixture<EditingServer>
{
    [Fact]
    public async Task Another_organisations_draft_slug_is_refused_like_any_taken_slug()
    {
        var (vive, kora) = (await server.ViveAsync(), await server.KoraAsync());
        var slug = Records.NewSlug("hemmelig");
        var secret = "Hemmeligt udkast " + slug;
        await vive.CreateProgramAsync(slug, ("title", secret));

        var draft = await CreateAsync(kora, slug);
        var published = await CreateAsync(kora, "forebyggelsespakken");

        Assert.Equal("slug", (string?)draft["field"]);
        Assert.Equal(
            ((string?)published["message"])!.Replace("forebyggelsespakken", slug, StringComparison.Ordinal),
            (string?)draft["message"]);
        Assert.DoesNotContain("udkast", draft.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vive", draft.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("used by another", draft.ToJsonString(), StringComparison.Ordinal);
    }

    private static async Task<JsonNode> CreateAsync(HttpClient client, string slug)
    {
        var payload = (await client.DataAsync(Records.CreateProgram, new { input = Records.Program(slug) }))["createProgram"]!;
        Assert.Null(payload["program"]);
        return payload["errors"]![0]!;
    }
}
