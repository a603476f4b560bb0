using System.Collections.Concurrent;
using System.Linq.Expressions;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// The plain fields of a record document: those its entity has under the same name and type (slug,
/// title, a kind's texts, numbers and enums). They are copied by name, so a field is declared once in
/// the entity and once in the document and no mapping lists it again. References (slugs, codes,
/// nested lists) and the status (a document may leave it out) differ in type and are mapped by hand.
/// Each pair of types gets one compiled copy, as fast as one written out.
/// </summary>
internal static class PlainFields
{
    private static readonly ConcurrentDictionary<(Type Document, Type From, Type To), Action<object, object>> Copies = new();

    /// <summary>Copies onto <paramref name="to"/> the fields <paramref name="document"/> names that both objects have.</summary>
    public static T Copy<T>(Type document, object from, T to) where T : class
    {
        Copies.GetOrAdd((document, from.GetType(), to.GetType()), Compile)(from, to);
        return to;
    }

    private static Action<object, object> Compile((Type Document, Type From, Type To) types)
    {
        var (fromObject, toObject) = (Expression.Parameter(typeof(object)), Expression.Parameter(typeof(object)));
        var (from, to) = (Expression.Variable(types.From), Expression.Variable(types.To));
        var body = new List<Expression>
        {
            Expression.Assign(from, Expression.Convert(fromObject, types.From)), Expression.Assign(to, Expression.Convert(toObject, types.To)),
        };
        foreach (var field in types.Document.GetProperties())
        {
            var (source, target) = (types.From.GetProperty(field.Name), types.To.GetProperty(field.Name));
            if (source?.PropertyType == field.PropertyType && target?.PropertyType == field.PropertyType && target.SetMethod?.IsPublic == true)
            {
                body.Add(Expression.Assign(Expression.Property(to, target), Expression.Property(from, source)));
            }
        }

        return Expression.Lambda<Action<object, object>>(Expression.Block([from, to], body), fromObject, toObject).Compile();
    }
}
