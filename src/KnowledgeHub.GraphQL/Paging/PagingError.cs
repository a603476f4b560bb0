using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>Paging arguments that do not make a page: both ends, a negative or too large size, a foreign cursor.</summary>
public sealed class PagingError : CodedError
{
    private PagingError(string code, string message) : base(code, message)
    {
    }

    public static PagingError InvalidArguments(string message) => new(ErrorCodes.InvalidPagingArguments, message);

    public static PagingError PageSizeTooLarge(string message) => new(ErrorCodes.PageSizeTooLarge, message);

    public static PagingError InvalidCursor(string message) => new(ErrorCodes.InvalidCursor, message);
}
