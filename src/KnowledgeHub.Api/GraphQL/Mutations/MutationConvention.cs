using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace KnowledgeHub.Api.GraphQL.Mutations;

/// <summary>
/// HotChocolate's mutation conventions by hand: <c>name(input: NameInput!): NamePayload!</c>,
/// where <c>NamePayload { entity: Entity, errors: [NameError!] }</c> and <c>NameError</c> is the
/// union of the error types this mutation can return, each implementing <c>Error</c>.
/// </summary>
public static class MutationConvention
{
    public static FieldBuilder<object?, object> Mutation<TInputGraphType, TEntityGraphType>(
        this ObjectGraphType mutation, string name, string description, string entityField,
        IReadOnlyList<Type> errorGraphTypes, Func<IResolveFieldContext, Task<MutationPayload>> resolve)
        where TInputGraphType : IInputObjectGraphType
        where TEntityGraphType : IComplexGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var payload = Payload<TEntityGraphType>(typeName, entityField, errorGraphTypes);
        return mutation.Field(name, new NonNullGraphType(payload))
            .Description(description)
            .Argument<NonNullGraphType<TInputGraphType>>("input", $"The input of {name}.")
            .ResolveAsync(async c => await resolve(c));
    }

    /// <summary>The payload type of one mutation, with its own error union.</summary>
    public static ObjectGraphType<MutationPayload> Payload<TEntityGraphType>(string typeName, string entityField, IReadOnlyList<Type> errorGraphTypes)
        where TEntityGraphType : IComplexGraphType
    {
        if (errorGraphTypes.Count == 0)
        {
            throw new ArgumentException("A mutation with errors in its payload names at least one error type.", nameof(errorGraphTypes));
        }

        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"The errors {typeName} can return." };
        foreach (var type in errorGraphTypes)
        {
            errors.Type(type);
        }

        var payload = new ObjectGraphType<MutationPayload> { Name = $"{typeName}Payload", Description = $"The result of {typeName}." };
        payload.Field<TEntityGraphType>(entityField).Description("The entity, when the mutation succeeded.").Resolve(c => c.Source.Entity);
        payload.Field("errors", new ListGraphType(new NonNullGraphType(errors)))
            .Description("Why the mutation failed; null when it succeeded.").Resolve(c => c.Source.Errors);
        return payload;
    }
}
