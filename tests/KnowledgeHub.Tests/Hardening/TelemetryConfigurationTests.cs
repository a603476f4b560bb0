using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;

namespace KnowledgeHub.Tests.Hardening;

/// <summary>The exporter is chosen by configuration; logs are JSON outside Development.</summary>
public sealed class TelemetryConfigurationTests
{
    [Theory]
    [InlineData("none")]
    [InlineData("console")]
    [InlineData("otlp")]
    public async Task Each_exporter_starts_and_serves(string exporter)
    {
        using var factory = new KnowledgeHubFactory
        {
            Settings =
            {
                ["KnowledgeHub:Telemetry:Exporter"] = exporter,
                // Nothing listens there: exporting fails quietly in the background, serving must not.
                ["KnowledgeHub:Telemetry:OtlpEndpoint"] = "http://127.0.0.1:9",
            },
        };
        var data = await factory.CreateClient().DataAsync("{ __typename }");
        Assert.Equal("Query", (string)data["__typename"]!);
        Assert.NotNull(factory.Services.GetService<TracerProvider>());
    }

    [Fact]
    public void An_unknown_exporter_stops_the_start()
    {
        using var factory = new KnowledgeHubFactory { Settings = { ["KnowledgeHub:Telemetry:Exporter"] = "zipkin" } };
        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());
        Assert.Contains("none, console or otlp", error.ToString());
    }

    [Fact]
    public void Console_logs_are_json_outside_development()
    {
        using var factory = new KnowledgeHubFactory();
        var configuration = factory.Services.GetRequiredService<IConfiguration>();
        Assert.Equal("json", configuration["Logging:Console:FormatterName"]);
    }
}
