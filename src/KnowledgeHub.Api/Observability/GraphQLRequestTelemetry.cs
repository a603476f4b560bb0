using System.Diagnostics;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQLParser.AST;
using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.GraphQL.Http;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Observability;

/// <summary>
/// One structured log line and one set of metrics per GraphQL request: operation, status,
/// duration, answer size and error codes (the codes the client saw, after masking), with the
/// request id that an INTERNAL_SERVER_ERROR carries.
/// </summary>
public sealed class GraphQLRequestTelemetry(
    KnowledgeHubMetrics metrics, IErrorInfoProvider errors, IOptionsMonitor<TelemetryOptions> options, ILogger<GraphQLRequestTelemetry> logger) : IGraphQLRequestObserver
{
    public void Record(HttpContext http, GraphQLRequest? request, CachedDocument? document, ExecutionResult result, TimeSpan duration, long bytes)
    {
        var operation = document is null ? null : document.Operation(request?.OperationName);
        var operationName = operation?.Name?.StringValue ?? request?.OperationName;
        var operationType = operation?.Operation.ToString().ToLowerInvariant();
        var codes = result.Errors?.Select(Code).Distinct().ToArray() ?? [];
        var status = http.Response.StatusCode;
        var outcome = !result.Executed ? "refused" : codes.Length > 0 ? "field_errors" : "ok";

        var activity = Activity.Current;
        activity?.SetTag("graphql.operation.name", operationName);
        activity?.SetTag("graphql.operation.type", operationType);
        activity?.SetTag("graphql.document.hash", document?.Hash);
        metrics.RecordRequest(outcome, status, operationType, duration, codes);
        if (!ShouldLog(outcome, status, duration))
        {
            return;
        }

        logger.LogInformation(
            "GraphQL {OperationType} {OperationName} answered {StatusCode} ({Outcome}) in {DurationMs:0.0} ms, {ResultBytes} bytes, errors [{ErrorCodes}], request {RequestId}",
            operationType ?? "-", operationName ?? "(anonymous)", status, outcome, duration.TotalMilliseconds, bytes, string.Join(",", codes), http.TraceIdentifier);
    }

    /// <summary>Refused, failed and slow requests always; ordinary ones as sampled (KnowledgeHub:Telemetry:RequestLogSampleRate).</summary>
    private bool ShouldLog(string outcome, int status, TimeSpan duration)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return false;
        }

        var settings = options.CurrentValue;
        return outcome != "ok" || status >= 400 || duration >= settings.SlowRequest
               || settings.RequestLogSampleRate >= 1 || Random.Shared.NextDouble() < settings.RequestLogSampleRate;
    }

    private string Code(ExecutionError error) =>
        errors.GetInfo(error).Extensions is { } extensions && extensions.TryGetValue("code", out var code) && code is string text ? text : "UNKNOWN";
}
