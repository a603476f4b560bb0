using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace KnowledgeHub.Benchmarks;

/// <summary>
/// The non-search hot paths through the real HTTP pipeline, as bench/load/requests.txt sends
/// them: a collection with filter + order + page, a node by key, a nested page of 50 parents,
/// and a conditional GET answered 304 from its ETag; `{ __typename }` is the ceiling. Each runs
/// with the server's response cache off (every request executes) and on (the repeated request is
/// answered from memory).
/// </summary>
[Config(typeof(InProcessJob))]
[MedianColumn]
[MemoryDiagnoser]
public class QueryBenchmarks
{
    private const string Collection = "{ programs(first: 20, where: { startYear: { gte: 2010 } }, order: [{ startYear: DESC }]) { totalCount nodes { slug title startYear } pageInfo { endCursor } } }";
    private const string Node = "{ municipality(code: \"0101\") { id name region { name } } }";
    private const string Nested = "{ municipalities(first: 50) { nodes { code name region { name } records(first: 3) { totalCount nodes { slug title themes { name } } } } } }";

    private InProcessServer _server = null!;
    private HttpClient _client = null!;
    private string _nestedTag = null!;

    [Params(false, true)]
    public bool ResponseCache { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _server = new InProcessServer(new Dictionary<string, string>
        {
            ["KnowledgeHub:HttpCaching:ResponseCacheMegabytes"] = ResponseCache ? "64" : "0",
        });
        _client = _server.CreateClient();
        using var first = _client.GetAsync(Url(Nested)).GetAwaiter().GetResult();
        _nestedTag = first.Headers.ETag?.ToString() ?? throw new InvalidOperationException("The nested query has no ETag.");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _client.Dispose();
        _server.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<int> Typename() => PostAsync("{ __typename }");

    [Benchmark]
    public Task<int> CollectionFilterOrderPage() => PostAsync(Collection);

    [Benchmark]
    public Task<int> NodeByCode() => PostAsync(Node);

    [Benchmark]
    public Task<int> Nested50() => PostAsync(Nested);

    [Benchmark]
    public async Task<int> Nested50ConditionalGet()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Url(Nested));
        request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(_nestedTag));
        using var response = await _client.SendAsync(request);
        return response.StatusCode == HttpStatusCode.NotModified ? 304 : throw new InvalidOperationException($"HTTP {(int)response.StatusCode}");
    }

    private async Task<int> PostAsync(string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/graphql", content);
        var body = await response.Content.ReadAsByteArrayAsync();
        return response.IsSuccessStatusCode && body.AsSpan().IndexOf("\"errors\""u8) < 0
            ? body.Length
            : throw new InvalidOperationException(Encoding.UTF8.GetString(body));
    }

    private static string Url(string query) => "/graphql?query=" + Uri.EscapeDataString(query);
}

/// <summary>
/// In process: building a separate benchmark executable of the whole server exceeds
/// BenchmarkDotNet's two-minute build timeout on a shared 2-core machine.
/// </summary>
public sealed class InProcessJob : ManualConfig
{
    public InProcessJob() =>
        AddJob(Job.Default.WithStrategy(RunStrategy.Throughput).WithWarmupCount(3).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance));
}
