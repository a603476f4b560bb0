using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Mutations;

// HotChocolate's mutation conventions, hand-written for GraphQL.NET: every error in a payload
// implements `interface Error { message: String! }`. The C# names carry a "Payload" prefix so they
// stand apart from other mutation helpers; the schema names are HotChocolate's.

/// <summary>An expected failure of a mutation, reported in its payload's <c>errors</c>.</summary>
public abstract record PayloadError(string Message);

/// <summary>The input breaks a rule; <see cref="Field"/> is the input path ("sources[0].url"), null for the input as a whole.</summary>
public sealed record PayloadValidationError(string? Field, string Message) : PayloadError(Message);

/// <summary>The data changed since the client read it (optimistic concurrency).</summary>
public sealed record PayloadConflictError(string Message) : PayloadError(Message);

/// <summary>Nothing with that id, as far as the caller may see.</summary>
public sealed record PayloadNotFoundError(string Message) : PayloadError(Message);

public sealed class PayloadErrorInterfaceGraphType : InterfaceGraphType<PayloadError>
{
    public PayloadErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "An expected failure of a mutation, listed in its payload's `errors`.";
        Field(e => e.Message).Description("What went wrong, for people.");
    }
}

/// <summary>One typed error of a payload: its name, its description, and what its message says.</summary>
public abstract class PayloadErrorGraphType<TError> : ObjectGraphType<TError>
    where TError : PayloadError
{
    protected PayloadErrorGraphType(string name, string description, string message)
    {
        Name = name;
        Description = description;
        Interface<PayloadErrorInterfaceGraphType>();
        IsTypeOf = o => o is TError;
        Field(e => e.Message).Description(message);
    }
}

public sealed class PayloadValidationErrorGraphType : PayloadErrorGraphType<PayloadValidationError>
{
    public PayloadValidationErrorGraphType()
        : base("ValidationError", "The input breaks a rule of the schema or of the data: nothing was changed.", "What is wrong, for people.") =>
        Field(e => e.Field, nullable: true).Description("The input field, as a path (\"sources[0].url\"); null when the problem is the input as a whole.");
}

public sealed class PayloadConflictErrorGraphType() : PayloadErrorGraphType<PayloadConflictError>(
    "ConflictError", "The record changed since the version the client read: nothing was changed. Read it again and reapply.", "What conflicts, for people.");

public sealed class PayloadNotFoundErrorGraphType() : PayloadErrorGraphType<PayloadNotFoundError>(
    "NotFoundError", "Nothing has that id, as far as the caller may see.", "What was not found, for people.");
