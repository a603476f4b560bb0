namespace KnowledgeHub.GraphQL.Errors;

/// <summary>The codes the GraphQL conventions set themselves (the application adds its own, e.g. ApiErrorCodes); GraphQL.NET's own (SYNTAX_ERROR, validation codes) pass through.</summary>
public static class ErrorCodes
{
    public const string InvalidJson = "INVALID_JSON";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string MissingQuery = "MISSING_QUERY";
    public const string UnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE";
    public const string NotAcceptable = "NOT_ACCEPTABLE";
    public const string InvalidCursor = "INVALID_CURSOR";
    public const string InvalidPagingArguments = "INVALID_PAGING_ARGUMENTS";
    public const string PageSizeTooLarge = "PAGE_SIZE_TOO_LARGE";
    public const string InvalidFilter = "INVALID_FILTER";
    public const string InvalidOrder = "INVALID_ORDER";
    public const string InvalidId = "INVALID_ID";
    public const string TooManyIds = "TOO_MANY_IDS";
    public const string InternalServerError = "INTERNAL_SERVER_ERROR";
    public const string ServiceUnavailable = "SERVICE_UNAVAILABLE";
}
