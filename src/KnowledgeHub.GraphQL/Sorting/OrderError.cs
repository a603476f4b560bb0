using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>An <c>order</c> argument that cannot be applied as given.</summary>
public sealed class OrderError : CodedError
{
    private OrderError(string message) : base(ErrorCodes.InvalidOrder, message)
    {
    }

    public static OrderError Invalid(string message) => new(message);
}
