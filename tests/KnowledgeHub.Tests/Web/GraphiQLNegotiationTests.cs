using KnowledgeHub.Api.Web;

namespace KnowledgeHub.Tests.Web;

/// <summary>Only a client that ranks HTML above JSON gets GraphiQL; API clients never do.</summary>
public sealed class GraphiQLNegotiationTests
{
    [Theory]
    // Chromium's and Firefox's address bars.
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7", true)]
    [InlineData("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", true)]
    [InlineData("text/html", true)]
    [InlineData("text/html, application/json;q=0.5", true)]
    [InlineData("application/json, text/html", false)]
    [InlineData("text/html;q=0.5, application/graphql-response+json", false)]
    [InlineData("text/html;q=0", false)]
    [InlineData("*/*", false)]
    [InlineData("application/json", false)]
    [InlineData("application/graphql-response+json", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("text/html;;;q=", false)]
    public void Prefers_html(string? accept, bool expected) => Assert.Equal(expected, GraphiQLNegotiation.PrefersHtml(accept));
}
