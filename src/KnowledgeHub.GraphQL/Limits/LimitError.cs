using GraphQL.Validation;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Limits;

/// <summary>
/// A request over one of the limits, each with its own code so a client can tell which. A
/// validation error, so the validation rules can report it; the parser and the transport throw
/// the same kind before validation runs.
/// </summary>
public sealed class LimitError : ValidationError
{
    private LimitError(string code, string message) : base(message) => Code = code;

    public static LimitError RequestTooLarge(string message) => new(LimitCodes.RequestTooLarge, message);

    public static LimitError DocumentTooLarge(string message) => new(LimitCodes.DocumentTooLarge, message);

    public static LimitError TooManyTokens(string message) => new(LimitCodes.TooManyTokens, message);

    public static LimitError MaxDepthExceeded(string message) => new(LimitCodes.MaxDepthExceeded, message);

    public static LimitError TooManyFields(string message) => new(LimitCodes.TooManyFields, message);

    public static LimitError TooManyAliases(string message) => new(LimitCodes.TooManyAliases, message);

    public static LimitError MaxComplexityExceeded(string message) => new(LimitCodes.MaxComplexityExceeded, message);

    /// <summary>A page size over the maximum, caught before execution whether it came as a literal or a variable.</summary>
    public static LimitError PageSizeTooLarge(string message) => new(ErrorCodes.PageSizeTooLarge, message);

    public static LimitError TooManyExpensiveRequests(string message) => new(LimitCodes.TooManyExpensiveRequests, message);

    public static LimitError RateLimited(string message) => new(LimitCodes.RateLimited, message);
}
