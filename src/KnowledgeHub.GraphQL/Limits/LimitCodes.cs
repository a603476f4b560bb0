namespace KnowledgeHub.GraphQL.Limits;

/// <summary>One code per limit, so a client can tell which one it hit (docs/errors.md).</summary>
public static class LimitCodes
{
    public const string RequestTooLarge = "REQUEST_TOO_LARGE";
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";
    public const string TooManyTokens = "TOO_MANY_TOKENS";
    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";
    public const string TooManyFields = "TOO_MANY_FIELDS";
    public const string TooManyAliases = "TOO_MANY_ALIASES";
    public const string MaxComplexityExceeded = "MAX_COMPLEXITY_EXCEEDED";
    public const string ExecutionTimeout = "EXECUTION_TIMEOUT";
    public const string RateLimited = "RATE_LIMITED";
    public const string TooManyExpensiveRequests = "TOO_MANY_EXPENSIVE_REQUESTS";
}
