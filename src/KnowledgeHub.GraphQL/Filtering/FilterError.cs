using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>A <c>where</c> argument that cannot be applied as given.</summary>
public sealed class FilterError : CodedError
{
    private FilterError(string message) : base(ErrorCodes.InvalidFilter, message)
    {
    }

    public static FilterError Invalid(string message) => new(message);
}
