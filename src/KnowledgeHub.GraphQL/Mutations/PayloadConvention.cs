using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Mutations;

/// <summary>What a mutation resolver returns: its result (null when it failed) and the expected errors.</summary>
public sealed record MutationPayload(object? Value, IReadOnlyList<PayloadError> Errors)
{
    public static MutationPayload Success(object? value) => new(value, []);

    public static MutationPayload Failure(IReadOnlyList<PayloadError> errors) => new(null, errors);
}

/// <summary>
/// Adds a mutation in HotChocolate's convention: <c>name(input: NameInput!): NamePayload!</c>, the
/// payload holding the result fields and <c>errors: [NameError!]</c>, a union of the error types
/// the mutation can report (null when there are none).
/// </summary>
public static class PayloadConvention
{
    public static readonly Type[] RecordErrors = [typeof(PayloadValidationErrorGraphType), typeof(PayloadConflictErrorGraphType), typeof(PayloadNotFoundErrorGraphType)];

    public static FieldType AddMutation<TInputGraphType>(
        this ObjectGraphType mutation, string name, string description,
        Action<ObjectGraphType<MutationPayload>> payloadFields, Type[] errorTypes,
        Func<IResolveFieldContext, Task<MutationPayload>> resolve)
        where TInputGraphType : IInputObjectGraphType
    {
        var typeName = char.ToUpperInvariant(name[0]) + name[1..];
        var errors = new UnionGraphType { Name = $"{typeName}Error", Description = $"The errors `{name}` can report." };
        foreach (var type in errorTypes)
        {
            errors.Type(type);
        }

        var payload = new ObjectGraphType<MutationPayload> { Name = $"{typeName}Payload", Description = $"The result of `{name}`." };
        payloadFields(payload);
        payload.AddField(new FieldType
        {
            Name = "errors",
            Description = "Why the mutation did not happen; null when it did.",
            ResolvedType = new ListGraphType(new NonNullGraphType(errors)),
            Resolver = new FuncFieldResolver<MutationPayload, object?>(c => c.Source.Errors.Count == 0 ? null : c.Source.Errors),
        });

        return mutation.AddField(new FieldType
        {
            Name = name,
            Description = description,
            ResolvedType = new NonNullGraphType(payload),
            Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<TInputGraphType>> { Name = "input", Description = $"What `{name}` needs." }),
            Resolver = new FuncFieldResolver<object?>(async c => await resolve(c)),
        });
    }
}
