namespace KnowledgeHub.Api.GraphQL.Errors;

/// <summary>The codes of this API's own features, beside the conventions' ErrorCodes (docs/errors.md lists both).</summary>
public static class ApiErrorCodes
{
    public const string TooManyRepresentations = "TOO_MANY_REPRESENTATIONS";
    public const string InvalidSearchQuery = "INVALID_SEARCH_QUERY";
    public const string InvalidSearchFilter = "INVALID_SEARCH_FILTER";
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";
}
