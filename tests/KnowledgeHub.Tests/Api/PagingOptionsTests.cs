using Microsoft.AspNetCore.Hosting;

namespace KnowledgeHub.Tests.Api;

/// <summary>A server configured with other page sizes than HotChocolate's 10/50.</summary>
public sealed class SmallPagesServer : KnowledgeHubFactory
{
    private HttpClient? _client;

    public HttpClient Client => _client ??= CreateClient();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("KnowledgeHub:Paging:DefaultPageSize", "3");
        builder.UseSetting("KnowledgeHub:Paging:MaxPageSize", "5");
    }
}

public sealed class PagingOptionsTests(SmallPagesServer server) : IClassFixture<SmallPagesServer>
{
    private readonly HttpClient _client = server.Client;

    [Fact]
    public async Task The_default_page_size_is_configurable()
    {
        var data = await _client.DataAsync("""{ municipalities { nodes { code } } municipality(code: "0461") { records { nodes { slug } } } }""");
        Assert.Equal(3, data["municipalities"]!["nodes"]!.AsArray().Count);
        Assert.Equal(3, data["municipality"]!["records"]!["nodes"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_maximum_page_size_is_configurable()
    {
        Assert.Equal(5, (await _client.DataAsync("{ programs(first: 5) { nodes { slug } } }"))["programs"]!["nodes"]!.AsArray().Count);
        Assert.Equal("PAGE_SIZE_TOO_LARGE", (await _client.RefusedAsync("{ programs(last: 6) { nodes { slug } } }")).Code());
    }
}
