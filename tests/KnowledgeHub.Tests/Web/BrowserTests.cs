using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Web;

/// <summary>
/// The search page and GraphiQL in headless Chromium against the real server process: the
/// scenarios are in tests/e2e/e2e.test.mjs (node:test); each saves a screenshot to
/// tests/e2e/screenshots/ and fails if any request leaves the server's origin.
/// </summary>
public sealed class BrowserTests(ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Search_page_and_GraphiQL_work_in_Chromium()
    {
        await using var server = await ServerProcess.StartAsync();
        var (exitCode, log) = await NodeProject.EndToEnd.NodeAsync("e2e.test.mjs", new Dictionary<string, string>
        {
            ["KNOWLEDGEHUB_URL"] = server.Address.ToString(),
            ["KNOWLEDGEHUB_CHROMIUM"] = BrowserFactAttribute.Chromium,
            ["KNOWLEDGEHUB_KEY"] = await server.CreateKeyAsync("editor"),
        }, TimeSpan.FromMinutes(5));
        output.WriteLine(log);
        Assert.True(exitCode == 0, $"The browser tests failed:\n{log}\n--- server log ---\n{server.Log}");
        Assert.Matches(@"# pass [1-9]\d*", log);
        Assert.Contains("# fail 0", log);
    }
}
