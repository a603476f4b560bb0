using GraphQL;
using GraphQL.Federation;
using GraphQL.Federation.Resolvers;
using GraphQL.Resolvers;
using GraphQL.Types;
using GraphQL.Utilities;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Errors;

namespace KnowledgeHub.Api.Federation;

/// <summary>
/// Finishes what GraphQL.NET's federation visitors add after the schema is built: descriptions
/// for <c>_service</c>, <c>_entities</c> and their types (every field of ours has one), and a cap
/// on the representations one request may ask for. Registered after them, so it runs after them.
/// </summary>
public sealed class FederationSchemaVisitor : BaseSchemaNodeVisitor
{
    /// <summary>
    /// A router asks for every entity of a partner's list in one request, so far more than the 50
    /// of <c>nodes</c>; but not without end, or one request could run a query with more keys than
    /// SQLite takes.
    /// </summary>
    public const int MaxRepresentations = 1000;

    public override void PostVisitSchema(ISchema schema)
    {
        var service = schema.Query.GetField("_service")!;
        service.Description = "The subgraph SDL for Apollo Federation (schema/subgraph.graphql).";
        Describe(schema, "_Service", "KnowledgeHub as an Apollo Federation subgraph.");
        ((IComplexGraphType)schema.AllTypes["_Service"]!).GetField("sdl")!.Description = "The subgraph schema, with its @link and @key directives.";
        Describe(schema, "_Any", "An entity representation: __typename and the fields of one of the type's @key directives.");
        Describe(schema, "_Entity", "Every type a router can fetch by key.");

        var entities = schema.Query.GetField("_entities")!;
        entities.Description = $"Entities by their keys, for a federation router; null where no entity has the key. At most {MaxRepresentations}.";
        entities.Arguments!.Find("representations")!.Description = "__typename and key fields of each entity wanted.";
        entities.Resolver = new CappedResolver(entities.Resolver!);

        MarkShareable(schema);
    }

    /// <summary>
    /// Value types and root fields a partner subgraph may well define too (Relay's PageInfo and
    /// node/nodes, the mutation errors of HotChocolate's conventions). Federation 2 composes a
    /// type defined in two subgraphs only when both mark it @shareable, so ours are marked, and a
    /// partner marks theirs (docs/federation.md).
    /// </summary>
    public static readonly string[] SharedValueTypes = ["PageInfo", "ValidationError", "ConflictError", "NotFoundError"];

    public static readonly string[] SharedRootFields = ["node", "nodes"];

    private static void MarkShareable(ISchema schema)
    {
        foreach (var name in SharedValueTypes)
        {
            ((IObjectGraphType)schema.AllTypes[name]!).Shareable();
        }

        foreach (var name in SharedRootFields)
        {
            schema.Query.GetField(name)!.Shareable();
        }
    }

    private static void Describe(ISchema schema, string typeName, string description) => schema.AllTypes[typeName]!.Description = description;

    private sealed class CappedResolver(IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
        {
            var count = ((IEnumerable<Representation>)context.Arguments!["representations"].Value!).Count();
            if (count > MaxRepresentations)
            {
                throw FederationError.TooManyRepresentations(
                    $"`_entities` takes at most {MaxRepresentations} representations; {count} were given.");
            }

            return inner.ResolveAsync(context);
        }
    }
}
