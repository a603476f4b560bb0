using GraphQLParser;
using GraphQLParser.AST;

namespace KnowledgeHub.GraphQL.Documents;

/// <summary>
/// Size of a parsed document with fragments expanded: field selections, aliases and nesting depth.
/// Measured before validation because validation itself (overlapping-field checks, complexity)
/// is what alias bombs, repeated fields and fragment bombs attack. Each fragment is measured once
/// and reused, so a fragment spread a billion times costs no more than one spread; cycles count
/// as nothing here (validation reports them).
/// </summary>
public sealed record DocumentShape(long Fields, long Aliases, int Depth)
{
    public static DocumentShape Measure(GraphQLDocument document)
    {
        var walker = new Walker(document);
        var total = new DocumentShape(0, 0, 0);
        foreach (var definition in document.Definitions)
        {
            total = definition switch
            {
                GraphQLOperationDefinition operation => total.Add(walker.SelectionSet(operation.SelectionSet)),
                // Unused fragments are still validated, so they count once.
                GraphQLFragmentDefinition fragment => total.Add(walker.Fragment(fragment.FragmentName.Name.StringValue) with { Depth = 0 }),
                _ => total,
            };
        }

        return total;
    }

    private DocumentShape Add(DocumentShape other) =>
        new(Saturating(Fields + other.Fields), Saturating(Aliases + other.Aliases), Math.Max(Depth, other.Depth));

    private static long Saturating(long value) => value < 0 ? long.MaxValue : value;

    private sealed class Walker(GraphQLDocument document)
    {
        private readonly Dictionary<string, DocumentShape> _fragments = [];
        private readonly HashSet<string> _inProgress = [];

        public DocumentShape Fragment(string name)
        {
            if (_fragments.TryGetValue(name, out var known))
            {
                return known;
            }

            var definition = document.FindFragmentDefinition(name);
            if (definition is null || !_inProgress.Add(name))
            {
                return new DocumentShape(0, 0, 0);
            }

            var shape = SelectionSet(definition.SelectionSet);
            _inProgress.Remove(name);
            return _fragments[name] = shape;
        }

        public DocumentShape SelectionSet(GraphQLSelectionSet? selectionSet)
        {
            var total = new DocumentShape(0, 0, 0);
            foreach (var selection in selectionSet?.Selections ?? [])
            {
                total = total.Add(selection switch
                {
                    GraphQLField field => Field(field),
                    GraphQLFragmentSpread spread => Fragment(spread.FragmentName.Name.StringValue),
                    GraphQLInlineFragment inline => SelectionSet(inline.SelectionSet),
                    _ => new DocumentShape(0, 0, 0),
                });
            }

            return total;
        }

        private DocumentShape Field(GraphQLField field)
        {
            var children = SelectionSet(field.SelectionSet);
            return new DocumentShape(
                Saturating(children.Fields + 1),
                Saturating(children.Aliases + (field.Alias is null ? 0 : 1)),
                children.Depth + 1);
        }
    }
}
