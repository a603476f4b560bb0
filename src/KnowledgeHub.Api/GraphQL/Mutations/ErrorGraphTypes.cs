using GraphQL.Types;

namespace KnowledgeHub.Api.GraphQL.Mutations;

/// <summary>HotChocolate's <c>interface Error { message: String! }</c>, which every payload error implements.</summary>
public sealed class ErrorInterfaceGraphType : InterfaceGraphType<MutationError>
{
    public ErrorInterfaceGraphType()
    {
        Name = "Error";
        Description = "An expected failure of a mutation; the concrete type says which.";
        Field(e => e.Message).Description("What went wrong, for people.");
    }
}

public sealed class ValidationErrorGraphType : ObjectGraphType<ValidationError>
{
    public ValidationErrorGraphType()
    {
        Name = "ValidationError";
        Description = "An input value is not acceptable.";
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is ValidationError;
        Field(e => e.Message).Description("What is wrong with the value.");
        Field(e => e.Field).Description("The input field's path, e.g. \"title\" or \"sources.0.url\".");
    }
}

public sealed class ConflictErrorGraphType : ObjectGraphType<ConflictError>
{
    public ConflictErrorGraphType()
    {
        Name = "ConflictError";
        Description = "The entity changed since it was read, or a unique value is already taken.";
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is ConflictError;
        Field(e => e.Message).Description("What conflicts.");
    }
}

public sealed class NotFoundErrorGraphType : ObjectGraphType<NotFoundError>
{
    public NotFoundErrorGraphType()
    {
        Name = "NotFoundError";
        Description = "The entity the mutation names does not exist.";
        Interface<ErrorInterfaceGraphType>();
        IsTypeOf = o => o is NotFoundError;
        Field(e => e.Message).Description("What was not found.");
        Field<IdGraphType>("id").Description("The id that was asked for, if one was.").Resolve(c => c.Source.Id);
    }
}
