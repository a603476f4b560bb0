using GraphQL;
using GraphQL.Execution;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Errors;

/// <summary>
/// Unexpected exceptions reach clients as INTERNAL_SERVER_ERROR with the request id that is in
/// the log line, never with their message, type or stack (Development shows them, for debugging).
/// `codes` is not exposed: GraphQL.NET derives it from exception type names.
/// </summary>
public sealed class KnowledgeHubErrorInfoProvider(IHttpContextAccessor http, IHostEnvironment environment, IOptionsMonitor<LimitsOptions> limits)
    : ErrorInfoProvider(new ErrorInfoProviderOptions { ExposeExceptionDetails = environment.IsDevelopment(), ExposeCodes = false })
{
    public override ErrorInfo GetInfo(ExecutionError executionError)
    {
        if (executionError is TimeoutError)
        {
            var timeout = limits.CurrentValue.ExecutionTimeout;
            var limit = timeout >= TimeSpan.FromSeconds(1) ? $"{timeout.TotalSeconds:0.###} s" : $"{timeout.TotalMilliseconds:0.###} ms";
            return new ErrorInfo
            {
                Message = $"The request took longer than the {limit} execution limit and was stopped.",
                Extensions = new Dictionary<string, object?> { ["code"] = LimitCodes.ExecutionTimeout },
            };
        }

        var info = base.GetInfo(executionError);
        if (executionError is not UnhandledError)
        {
            return info;
        }

        var extensions = new Dictionary<string, object?>
        {
            ["code"] = ErrorCodes.InternalServerError,
            ["requestId"] = http.HttpContext?.TraceIdentifier,
        };
        if (environment.IsDevelopment())
        {
            extensions["details"] = executionError.InnerException?.ToString();
        }

        return new ErrorInfo { Message = "An unexpected error occurred.", Extensions = extensions };
    }
}
