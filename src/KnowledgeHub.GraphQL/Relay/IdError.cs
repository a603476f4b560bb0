using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Relay;

/// <summary>A global id that names no type of this schema, or too many of them at once.</summary>
public sealed class IdError : CodedError
{
    private IdError(string code, string message) : base(code, message)
    {
    }

    /// <summary>The id is quoted, cut at 60 characters so a hostile one does not fill the answer.</summary>
    public static IdError Invalid(string id) => new(ErrorCodes.InvalidId, $"'{(id.Length > 60 ? id[..60] + "…" : id)}' is not a valid id.");

    public static IdError TooMany(string message) => new(ErrorCodes.TooManyIds, message);
}
