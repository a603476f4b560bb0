using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using GraphQL.Validation.Complexity;
using KnowledgeHub.Api.Search;

namespace KnowledgeHub.Api.GraphQL;

/// <summary>
/// What one call of each kind of field weighs in the complexity estimate, from measurement
/// (<c>bench/cost.py</c>, docs/operations.md "Cost per field kind"). The unit is 10 µs of one core:
/// an ordinary field of one item keeps GraphQL.NET's weight of 1 (measured 2–6 µs, so priced
/// high, which keeps the limits' meaning for lists), and a field whose work is a search weighs
/// what one call measured at 100,000 records, where it costs most. Applied after the schema is
/// built, so every type that has the field (the <c>Record</c> interface and each kind) gets the same weight.
/// </summary>
public sealed class FieldCosts : BaseSchemaNodeVisitor
{
    /// <summary>One MoreLikeThis search: 54–60 ms with 5 results, 68–74 ms with 50 at 100k.</summary>
    public const double RelatedPerCall = 5_000;

    /// <summary>Loading and ranking each further result of <c>related</c>.</summary>
    public const double RelatedPerResult = 45;

    /// <summary>One search (parse, score, page): 0.9–1.2 ms at 100k, 0.3 ms on the seed.</summary>
    public const double Search = 100;

    /// <summary>Counting the facets of a search's whole result set: 0.6–6 ms at 100k; five facet fields.</summary>
    public const double Facets = 100;

    public const int FacetFields = 5;

    /// <summary>A municipality's or theme's records: one keyed page and a count, 0.55 ms per call at 100k.</summary>
    public const double ChildConnection = 30;

    private static readonly Dictionary<(string Type, string Field), Action<FieldType>> Weights = new()
    {
        [("Query", "search")] = f => f.WithComplexityImpact(Search),
        [("SearchConnection", "facets")] = f => f.WithComplexityImpact(Facets, FacetFields),
        [("Municipality", "records")] = f => f.WithComplexityImpact(ChildConnection),
        [("Theme", "records")] = f => f.WithComplexityImpact(ChildConnection),
    };

    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema) => Weigh(field, type);

    public override void VisitInterfaceFieldDefinition(FieldType field, IInterfaceGraphType type, ISchema schema) => Weigh(field, type);

    /// <summary>The weight of one <c>related(first: n)</c> call: a fixed search plus a share per result.</summary>
    public static double Related(int first) => RelatedPerCall + RelatedPerResult * first;

    private static void Weigh(FieldType field, IComplexGraphType type)
    {
        if (field.Name == "related" && (type.Name == "Record" || type is IObjectGraphType { ResolvedInterfaces: var interfaces } && interfaces.Any(i => i.Name == "Record")))
        {
            field.WithComplexityImpact(context =>
            {
                var first = context.GetArgument<int?>("first", null) ?? RelatedRecordsField.DefaultCount;
                return new FieldComplexityResult(Related(first), first);
            });
        }
        else if (Weights.TryGetValue((type.Name, field.Name), out var weigh))
        {
            weigh(field);
        }
    }
}
