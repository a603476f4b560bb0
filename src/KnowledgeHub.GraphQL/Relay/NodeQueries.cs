using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Errors;

namespace KnowledgeHub.GraphQL.Relay;

/// <summary>Relay's refetch entry points. An unknown or stale id gives null; a malformed one an INVALID_ID error (in `nodes`, at its item).</summary>
public static class NodeQueries
{
    public const int MaxIds = 50;

    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NodeInterfaceGraphType>("node")
            .Description("Fetches an object given its ID.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "ID of the object.")
            .Resolve(c => Resolve(c, c.GetArgument<string>("id")));

        query.Field<NonNullGraphType<ListGraphType<NodeInterfaceGraphType>>>("nodes")
            .Description($"Lookup nodes by a list of IDs (at most {MaxIds}).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("ids", "The list of node IDs.")
            .Resolve(c =>
            {
                var ids = c.GetArgument<List<string>>("ids");
                if (ids.Count > MaxIds)
                {
                    throw IdError.TooMany($"`nodes` takes at most {MaxIds} ids; {ids.Count} were given.");
                }

                return DataLoaderResults.All(ids.Select((id, index) => ResolveItem(c, id, index)).ToList());
            });
    }

    /// <summary>
    /// A malformed id in the list costs only its own item, as an unknown id does: null there and an
    /// error with that item's path, so the siblings and the other root fields are kept.
    /// </summary>
    private static IDataLoaderResult<object?> ResolveItem(IResolveFieldContext context, string id, int index)
    {
        if (GlobalId.TryDecode(id, out _, out _))
        {
            return Resolve(context, id);
        }

        var error = IdError.Invalid(id);
        error.Path = [.. context.ResponsePath, index];
        context.Errors.Add(error);
        return Null;
    }

    private static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw IdError.Invalid(id);
        }

        var resolver = context.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == typeName);
        return resolver?.Resolve(context, key) ?? Null;
    }

    private static readonly IDataLoaderResult<object?> Null = DataLoaderResults.FromValue<object?>(null);
}
