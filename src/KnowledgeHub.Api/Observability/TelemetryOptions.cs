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
}
