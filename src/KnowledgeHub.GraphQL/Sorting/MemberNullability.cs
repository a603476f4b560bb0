using System.Linq.Expressions;
using System.Reflection;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>
/// Whether a member path can be null: a nullable value type, or a property declared nullable
/// anywhere along the path (an optional navigation makes everything behind it nullable).
/// Keyset cursors and null ordering depend on it.
/// </summary>
public static class MemberNullability
{
    private static readonly NullabilityInfoContext Context = new();

    public static bool IsNullable(Expression body)
    {
        if (Nullable.GetUnderlyingType(body.Type) is not null)
        {
            return true;
        }

        for (var node = Unwrap(body); node is MemberExpression member; node = Unwrap(member.Expression))
        {
            if (member.Member is PropertyInfo property && !property.PropertyType.IsValueType && IsNullable(property))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNullable(PropertyInfo property)
    {
        // NullabilityInfoContext is not thread-safe; this runs while graph types are built.
        lock (Context)
        {
            return Context.Create(property).ReadState != NullabilityState.NotNull;
        }
    }

    private static Expression? Unwrap(Expression? node) => node is UnaryExpression { NodeType: ExpressionType.Convert } convert ? convert.Operand : node;
}
