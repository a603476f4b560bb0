using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.Api.Federation;

/// <summary>A gateway's <c>_entities</c> request this subgraph refuses.</summary>
public sealed class FederationError : CodedError
{
    private FederationError(string message) : base(ApiErrorCodes.TooManyRepresentations, message)
    {
    }

    public static FederationError TooManyRepresentations(string message) => new(message);
}
