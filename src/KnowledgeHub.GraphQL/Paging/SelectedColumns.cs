using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
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

    /// <summary>
    /// The rows with only the columns <paramref name="fields"/> need. Under a base type, the node of
    /// the row's kind is made with its key and every other column set on it once: built as
    /// <c>row is A ? new A { … } : row is B ? …</c>, EF Core's shaper read a column once for every kind
    /// binding it (a municipality's page read each text four times: +117 KB for 50 summaries).
    /// </summary>
    public static Task<List<T>> ReadAsync<T>(IQueryable<T> rows, IModel model, IReadOnlySet<string> fields, CancellationToken ct)
    {
        var entity = model.FindEntityType(typeof(T))!;
        var kinds = entity.GetDerivedTypesInclusive().Where(t => !t.IsAbstract()).ToList();
        var read = entity.GetProperties().Concat(entity.GetDerivedTypes().SelectMany(t => t.GetDeclaredProperties()))
            .Where(p => p.PropertyInfo?.SetMethod?.IsPublic == true && !p.IsPrimaryKey() && p != entity.FindDiscriminatorProperty()
                && (p.IsKey() || p.IsForeignKey() || fields.Contains(char.ToLowerInvariant(p.Name[0]) + p.Name[1..])))
            .Select(p => p.PropertyInfo!).ToList();
        var key = entity.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!).ToList();
        // Built per request and not kept: EF Core's own query cache matches equal expressions, and a
        // cache here would grow with every combination of fields a client sends.
        var row = Expression.Parameter(typeof(T), "row");
        // One kind binds every column in its initialiser. Several bind only the key (which also keeps
        // EF Core from making `new A()` a constant of the query) and set every other column once.
        var bound = kinds.Count == 1 ? [.. key, .. read] : key;
        Expression New(IEntityType kind) => Expression.Convert(
            Expression.MemberInit(Expression.New(kind.ClrType), bound.Select(p => Expression.Bind(p, Expression.Property(row, p)))), typeof(T));
        var node = kinds.AsEnumerable().Reverse().Skip(1).Aggregate(New(kinds[^1]), (rest, kind) => Expression.Condition(Expression.TypeIs(row, kind.ClrType), New(kind), rest));
        foreach (var property in read.Except(bound))
        {
            var value = Value(row, property);
            node = Expression.Call(typeof(Setters<,>).MakeGenericType(typeof(T), value.Type).GetMethod(nameof(Setters<T, int>.Set))!,
                node, value, Expression.Constant(property.DeclaringType!.AssemblyQualifiedName), Expression.Constant(property.Name));
        }

        return rows.Select(Expression.Lambda<Func<T, T>>(node, row)).ToListAsync(ct);
    }

    /// <summary>A kind's own column is empty in the other kinds' rows: read as nullable there.</summary>
    private static Expression Value(ParameterExpression row, PropertyInfo property) =>
        property.DeclaringType == row.Type
            ? Expression.Property(row, property)
            : Expression.Convert(Expression.Property(Expression.Convert(row, property.DeclaringType!), property),
                property.PropertyType.IsValueType && Nullable.GetUnderlyingType(property.PropertyType) is null
                    ? typeof(Nullable<>).MakeGenericType(property.PropertyType) : property.PropertyType);

    /// <summary>
    /// A column's value set on a node of its declaring kind only (kinds may name their own columns alike),
    /// the property named by strings because EF Core refuses other constants in a projection. One
    /// compiled setter per mapped property, made on first use and kept: bounded by the model, which a
    /// process never changes.
    /// </summary>
    private static class Setters<TNode, TValue>
    {
        private static readonly ConcurrentDictionary<(string Type, string Property), Action<TNode, TValue>> s_setters = new();

        public static TNode Set(TNode node, TValue value, string type, string property)
        {
            s_setters.GetOrAdd((type, property), static name =>
            {
                var declaring = Type.GetType(name.Type, throwOnError: true)!;
                var n = Expression.Parameter(typeof(TNode), "node");
                var v = Expression.Parameter(typeof(TValue), "value");
                return Expression.Lambda<Action<TNode, TValue>>(Expression.IfThen(Expression.TypeIs(n, declaring), Expression.Assign(
                    Expression.Property(Expression.Convert(n, declaring), name.Property), Expression.Convert(v, declaring.GetProperty(name.Property)!.PropertyType))), n, v).Compile();
            })(node, value);
            return node;
        }
    }
}
