using System.Linq.Expressions;
using GraphQL;

namespace KnowledgeHub.GraphQL.Filtering;

/// <summary>The <c>where</c> argument of a collection field, HotChocolate's name and shape.</summary>
public static class FilterArgument
{
    public const string Name = "where";

    /// <summary>The field's <c>where</c> as a predicate; null when the field has none or the client gave none.</summary>
    public static Expression<Func<T, bool>>? Predicate<T>(IResolveFieldContext context)
    {
        var argument = context.FieldDefinition.Arguments?.Find(Name);
        if (argument?.ResolvedType is not FilterInputGraphType<T> filter ||
            context.Arguments?.TryGetValue(Name, out var value) != true || value.Value is not IDictionary<string, object?> where)
        {
            return null;
        }

        return filter.Predicate(where);
    }
}
