using System.Diagnostics;

namespace KnowledgeHub.Tests.Consistency;

/// <summary>
/// Writes a record through one server and times how long until another server's search finds it:
/// from the publish mutation's answer (the commit is done by then) to the first search through the
/// other server that returns the record. The search is repeated every 10 ms, so the figure is at
/// most about one search round trip (a few ms) plus 10 ms late.
/// </summary>
public static class Propagation
{
    private const string Search = "query($q: String!) { search(query: $q, first: 5) { nodes { record { slug } } } }";

    /// <summary>A title word no seed record has, so a search for it finds only the new record.</summary>
    public static string UniqueWord(string stem) =>
        stem + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))));

    /// <summary>Creates a draft through <paramref name="writer"/> and publishes it; returns its slug.</summary>
    public static async Task<string> PublishAsync(HttpClient writer, string word)
    {
        var slug = Records.NewSlug("replika");
        var draft = await writer.CreateProgramAsync(slug, ("title", $"{word} i flere kommuner"));
        var published = await writer.PublishAsync(draft);
        Assert.Equal("PUBLISHED", (string)published["status"]!);
        return slug;
    }

    public static async Task<bool> FindsAsync(HttpClient reader, string word, string slug)
    {
        var nodes = (await reader.DataAsync(Search, new { q = word }))["search"]!["nodes"]!.AsArray();
        return nodes.Any(n => (string)n!["record"]!["slug"]! == slug);
    }

    /// <summary>
    /// Publishes through the writer, then searches through the reader until found: the delay (null
    /// if not within <paramref name="limit"/>), and the publish mutation's own round trip (which
    /// includes the writer's own index update) for comparison.
    /// </summary>
    public static async Task<(TimeSpan? Delay, TimeSpan Publish)> MeasureAsync(HttpClient writer, HttpClient reader, TimeSpan limit)
    {
        var word = UniqueWord("ravnsborg");
        // Not there yet; this also keeps the reader's first-request warm-up out of the figure.
        Assert.False(await FindsAsync(reader, word, ""));
        var slug = Records.NewSlug("replika");
        var draft = await writer.CreateProgramAsync(slug, ("title", $"{word} i flere kommuner"));
        var publishing = Stopwatch.StartNew();
        Assert.Equal("PUBLISHED", (string)(await writer.PublishAsync(draft))["status"]!);
        var publish = publishing.Elapsed;

        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < limit)
        {
            if (await FindsAsync(reader, word, slug))
            {
                return (watch.Elapsed, publish);
            }

            await Task.Delay(10);
        }

        return (null, publish);
    }
}
