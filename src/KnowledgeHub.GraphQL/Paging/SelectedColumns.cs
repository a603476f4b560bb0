using System.Linq.Expressions;
using GraphQL;
using KnowledgeHub.GraphQL.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>
/// A page's rows with only the columns its nodes' selection reads: a property is read when a
/// field of its name is selected (<c>description</c> → <c>Description</c>), and keys and foreign
/// keys always (the cursor, the loaders, <c>parent</c>, <c>owner</c>). A list page selects none
/// of a record's long texts, which were most of its statement's cost (51 rows × 21 columns, the
/// description alone ~60 KB of strings). For entities whose resolvers read only their own
/// field's property, their keys and their foreign keys; under a base type, each stored kind is
/// built as itself.
/// </summary>
public static class SelectedColumns
{
    /// <summary>The field names selected on a connection's nodes (<c>nodes</c> and <c>edges { node }</c>), fragments included.</summary>
    public static IReadOnlySet<string> NodeFields(IResolveFieldContext connection)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var document = connection.Document;
        foreach (var part in SelectionFields.Of(document, connection.FieldAst.SelectionSet))
        {
            var nodes = part.Name.StringValue switch
            {
                "nodes" => SelectionFields.Of(document, part.SelectionSet),
                "edges" => SelectionFields.Named(document, part, "node").SelectMany(node => SelectionFields.Of(document, node.SelectionSet)),
                _ => [],
            };
            names.UnionWith(nodes.Select(f => f.Name.StringValue));
        }

        return names;
    }

    public static Expression<Func<T, T>> Of<T>(IModel model, IReadOnlySet<string> fields)
    {
        var entity = model.FindEntityType(typeof(T))!;
        var kinds = entity.GetDerivedTypesInclusive().Where(t => !t.IsAbstract()).ToList();
        var read = kinds.SelectMany(k => k.GetProperties()).Distinct()
            .Where(p => p.PropertyInfo?.SetMethod?.IsPublic == true && p != entity.FindDiscriminatorProperty()
                && (p.IsKey() || p.IsForeignKey() || fields.Contains(char.ToLowerInvariant(p.Name[0]) + p.Name[1..])))
            .Select(p => p.PropertyInfo!).ToList();
        // Built per request and not kept: EF Core's own query cache matches equal expressions, and a
        // cache here would grow with every combination of fields a client sends.
        var row = Expression.Parameter(typeof(T), "row");
        Expression Typed(Expression e, Type type) => e.Type == type ? e : Expression.Convert(e, type);
        Expression As(IEntityType kind) => Typed(Expression.MemberInit(Expression.New(kind.ClrType),
            read.Where(p => p.DeclaringType!.IsAssignableFrom(kind.ClrType))
                .Select(p => Expression.Bind(p, Expression.Property(Typed(row, kind.ClrType), p)))), typeof(T));
        var body = As(kinds[^1]);
        foreach (var kind in kinds.AsEnumerable().Reverse().Skip(1))
        {
            body = Expression.Condition(Expression.TypeIs(row, kind.ClrType), As(kind), body);
        }

        return Expression.Lambda<Func<T, T>>(body, row);
    }
}
