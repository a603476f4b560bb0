using GraphQL;
using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>The <c>order: [XSortInput!]</c> argument of a collection field, HotChocolate's name and shape.</summary>
public static class SortArgument
{
    public const string Name = "order";

    public static SortInputGraphType<T> InputType<T>(IResolveFieldContext context)
    {
        var type = context.FieldDefinition.Arguments?.Find(Name)?.ResolvedType;
        while (type is IProvideResolvedType wrapper)
        {
            type = wrapper.ResolvedType;
        }

        return type as SortInputGraphType<T>
            ?? throw new InvalidOperationException($"{context.FieldDefinition.Name} has no `order` over {typeof(T).Name}.");
    }

    /// <summary>The coerced <c>order</c>, each element's fields in the order the client wrote them.</summary>
    public static IReadOnlyList<object?>? Value(IResolveFieldContext context)
    {
        var coerced = context.Arguments?.TryGetValue(Name, out var value) == true
            ? value.Value as IReadOnlyList<object?> ?? (value.Value as IEnumerable<object?>)?.ToList()
            : null;
        return coerced is null ? null : WrittenOrder.Apply(context, Name, coerced);
    }
}
