using GraphQL;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Sorting;

/// <summary>
/// Puts the fields of each <c>order</c> element back in the order the client wrote them, as
/// HotChocolate applies <c>[{ name: DESC, code: ASC }]</c>. GraphQL.NET coerces an input object
/// into schema order, so the written order is read from the document, or, for a variable, from
/// the request's variables as sent (JSON object order).
/// </summary>
public static class WrittenOrder
{
    /// <summary>Where the endpoint keeps the request's variables as parsed, before coercion.</summary>
    public const string VariablesKey = "KnowledgeHub.WrittenVariables";

    public static IReadOnlyList<object?> Apply(IResolveFieldContext context, string argument, IReadOnlyList<object?> coerced)
    {
        var written = Written(context, context.FieldAst.Arguments?.ValueFor(argument));
        return [.. coerced.Select((element, i) => Reorder(context, element, ElementAt(written, i, coerced.Count)))];
    }

    private static object? Reorder(IResolveFieldContext context, object? coerced, object? written)
    {
        if (coerced is not IDictionary<string, object?> fields)
        {
            return coerced;
        }

        var names = Names(context, written);
        var ordered = new OrderedDictionary<string, object?>(fields.Count);
        foreach (var name in names.Where(fields.ContainsKey).Concat(fields.Keys.Where(k => !names.Contains(k))))
        {
            ordered[name] = Reorder(context, fields[name], Child(context, written, name));
        }

        return ordered;
    }

    /// <summary>A variable stands for what was sent for it; anything else is its syntax node.</summary>
    private static object? Written(IResolveFieldContext context, object? value) =>
        value is GraphQLVariable variable
        && context.UserContext.TryGetValue(VariablesKey, out var sent) && sent is IReadOnlyDictionary<string, object?> variables
        && variables.TryGetValue(variable.Name.StringValue, out var raw)
            ? raw
            : value;

    /// <summary>A single object where a list is expected counts as a list of one.</summary>
    private static object? ElementAt(object? written, int index, int count) => written switch
    {
        GraphQLListValue list => list.Values is { } values && index < values.Count ? values[index] : null,
        IList<object?> list => index < list.Count ? list[index] : null,
        GraphQLObjectValue or IDictionary<string, object?> when count == 1 => written,
        _ => null,
    };

    private static List<string> Names(IResolveFieldContext context, object? written) => Written(context, written) switch
    {
        GraphQLObjectValue node => node.Fields?.Select(f => f.Name.StringValue).ToList() ?? [],
        IDictionary<string, object?> sent => [.. sent.Keys],
        _ => [],
    };

    private static object? Child(IResolveFieldContext context, object? written, string name) => Written(context, written) switch
    {
        GraphQLObjectValue node => Written(context, node.Fields?.FirstOrDefault(f => f.Name.StringValue == name)?.Value),
        IDictionary<string, object?> sent => sent.TryGetValue(name, out var value) ? value : null,
        _ => null,
    };
}
