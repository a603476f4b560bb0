using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.Api.Search;

/// <summary>A search, suggestion or search filter that cannot be run as given.</summary>
public sealed class SearchError : CodedError
{
    private SearchError(string code, string message) : base(code, message)
    {
    }

    public static SearchError InvalidQuery(string message) => new(ApiErrorCodes.InvalidSearchQuery, message);

    public static SearchError InvalidFilter(string message) => new(ApiErrorCodes.InvalidSearchFilter, message);
}
