namespace KnowledgeHub.Api.Observability;

/// <summary>Bound from "KnowledgeHub:Telemetry".</summary>
public sealed class TelemetryOptions
{
    public const string Section = "KnowledgeHub:Telemetry";

    /// <summary>"none", "console" (traces and metrics printed to stdout, for trying out) or "otlp".</summary>
    public string Exporter { get; set; } = "none";

    /// <summary>OTLP endpoint; when empty the exporter's default or OTEL_EXPORTER_OTLP_ENDPOINT applies.</summary>
    public string? OtlpEndpoint { get; set; }

    public string ServiceName { get; set; } = "knowledgehub";

    /// <summary>
    /// The share of ordinary GraphQL requests (answered, no errors, not slow) that get a request log
    /// line, from 0 to 1. Every refused, failed or slow request is logged whatever this says; the
    /// metrics count every request. At 10k req/s a line each is ~10 MB/s of log: 0.01 keeps a sample.
    /// </summary>
    public double RequestLogSampleRate { get; set; } = 1;

    /// <summary>A request at least this slow is always logged.</summary>
    public TimeSpan SlowRequest { get; set; } = TimeSpan.FromSeconds(1);
}
