using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>
/// Every request in bad-requests/*.json gets a 4xx, or a 200 whose errors all carry a documented
/// code: never a 5xx, never a hang; and the server answers a normal query correctly right after.
/// KNOWLEDGEHUB_RECORD_BAD_REQUESTS=&lt;file&gt; writes what each case got, for reviewing new cases.
/// </summary>
public sealed partial class BadRequestSuiteTests(BadRequestServer server) : IClassFixture<BadRequestServer>
{
    private static readonly Lazy<HashSet<string>> DocumentedCodes = new(() =>
        CodeInBackticks().Matches(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "errors.md"))).Select(m => m.Groups[1].Value).ToHashSet());

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        // Raw framing needs a socket: BadRequestsOverKestrelTests sends those.
        foreach (var request in BadRequest.All().Where(r => r.Raw is null))
        {
            data.Add(request.File, request.Name);
        }

        return data;
    }

    [Fact]
    public void The_suite_has_at_least_200_requests_with_unique_names()
    {
        var names = BadRequest.All().Select(r => r.Name).ToList();
        Assert.True(names.Count >= 200, $"{names.Count} requests");
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Is_refused_cleanly_and_the_server_still_answers(string file, string name)
    {
        var bad = BadRequest.All().Single(r => r.File == file && r.Name == name);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = bad.ToHttpRequest();
        using var response = await server.Client.SendAsync(request, timeout.Token);
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync(timeout.Token);
        var codes = Codes(body);
        Record(bad, status, codes);

        Assert.True(status < 500, $"{bad}: HTTP {status} {body[..Math.Min(body.Length, 500)]}");
        if (!bad.AllowSuccess)
        {
            Assert.True(status is >= 400 and < 500 || codes.Count > 0, $"{bad}: HTTP {status} without an error: {body[..Math.Min(body.Length, 500)]}");
        }

        Assert.All(codes, code => Assert.True(DocumentedCodes.Value.Contains(code), $"{bad}: code {code} is not in docs/errors.md"));
        if (bad.Status is { } expectedStatus)
        {
            Assert.Equal(expectedStatus, status);
        }

        if (bad.Code is { } expectedCode)
        {
            Assert.Equal(expectedCode, codes.FirstOrDefault());
        }

        var data = await server.Client.DataAsync("{ municipality(code: \"0101\") { name } }");
        Assert.Equal("København", (string)data["municipality"]!["name"]!);
    }

    /// <summary>Every error's code; an error without one counts as "(none)", which no document lists.</summary>
    private static List<string> Codes(string body)
    {
        try
        {
            return JsonNode.Parse(body)?["errors"]?.AsArray().Select(e => (string?)e?["extensions"]?["code"] ?? "(none)").ToList() ?? [];
        }
        catch (JsonException)
        {
            return body.Length == 0 ? [] : ["(not json)"];
        }
    }

    private static readonly Lock RecordLock = new();

    private static void Record(BadRequest bad, int status, List<string> codes)
    {
        if (Environment.GetEnvironmentVariable("KNOWLEDGEHUB_RECORD_BAD_REQUESTS") is { Length: > 0 } path)
        {
            lock (RecordLock)
            {
                File.AppendAllText(path, $"{bad.File}\t{bad.Name}\t{status}\t{string.Join(",", codes)}\n");
            }
        }
    }

    [GeneratedRegex(@"`([A-Z][A-Z0-9_]{2,})`")]
    private static partial Regex CodeInBackticks();
}
