using Xunit.Abstractions;

namespace KnowledgeHub.Tests.Web;

/// <summary>The search page's own unit tests (web/test, Vitest): URL state, filters, highlight parsing.</summary>
public sealed class PageUnitTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_pages_unit_tests_pass()
    {
        var (exitCode, log) = await NodeProject.Web.NpmAsync(["test"], TimeSpan.FromMinutes(3));
        output.WriteLine(log);
        Assert.True(exitCode == 0, log);
        // Vitest colours its summary when it thinks a terminal is there (CI=true does that): strip it.
        Assert.Matches(@"Tests\s+\d+ passed", System.Text.RegularExpressions.Regex.Replace(log, @"\x1B\[[0-9;]*m", ""));
    }
}
