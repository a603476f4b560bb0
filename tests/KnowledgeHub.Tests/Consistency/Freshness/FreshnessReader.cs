using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeHub.Tests.Consistency.Freshness;

/// <summary>
/// One reader (anonymous or a key that may not see the probe's drafts) asking the reads by POST,
/// or by GET with the ETag of its last answer in If-None-Match, as a browser or a CDN does: a 304
/// means "what you have is still right", so it counts as that earlier answer. Every answer is
/// logged with when it was asked and when it came.
/// </summary>
public sealed class FreshnessReader(string name, HttpClient client, bool get)
{
    private readonly ConcurrentDictionary<string, (string ETag, JsonNode Data)> _kept = new();

    public string Name { get; } = get ? name + " GET" : name + " POST";

    public ConcurrentBag<Answer> Log { get; } = [];

    /// <summary>Baselines of the counted reads, before the probe existed.</summary>
    public Dictionary<string, int> Baselines { get; } = [];

    public async Task<Answer> AskAsync(FreshnessReads.Read read, object variables)
    {
        var sent = Stopwatch.GetTimestamp();
        using var request = get ? Get(read, variables) : Post(read, variables);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        if (get && _kept.TryGetValue(read.Name, out var kept))
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", kept.ETag);
        }

        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        JsonNode data;
        if ((int)response.StatusCode == 304)
        {
            data = _kept[read.Name].Data;
        }
        else
        {
            var result = JsonNode.Parse(body)!;
            Assert.True(response.IsSuccessStatusCode && result["errors"] is null, $"{Name} {read.Name}: HTTP {(int)response.StatusCode} {body}");
            data = result["data"]!;
            if (get && response.Headers.ETag is { } tag)
            {
                _kept[read.Name] = (tag.ToString(), data);
            }
        }

        var answer = new Answer(this, read, data, (int)response.StatusCode, sent, Stopwatch.GetTimestamp());
        Log.Add(answer);
        return answer;
    }

    private static HttpRequestMessage Post(FreshnessReads.Read read, object variables) =>
        new(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = read.Query, variables }), Encoding.UTF8, "application/json"),
        };

    private static HttpRequestMessage Get(FreshnessReads.Read read, object variables) =>
        new(HttpMethod.Get, $"/graphql?query={Uri.EscapeDataString(read.Query)}&variables={Uri.EscapeDataString(JsonSerializer.Serialize(variables))}");

    public sealed record Answer(FreshnessReader Reader, FreshnessReads.Read Read, JsonNode Data, int Status, long Sent, long Received)
    {
        public string? Mismatch(string slug, ProbeState state) =>
            Read.Check(slug, Data, state, Reader.Baselines.GetValueOrDefault(Read.Name));

        public override string ToString() => $"{Reader.Name} {Read.Name} (HTTP {Status}): {Data.ToJsonString()}";
    }
}
