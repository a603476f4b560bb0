using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.Errors;

namespace KnowledgeHub.Api.GraphQL.Relay;

/// <summary>Relay's refetch entry points. An unknown or stale id gives null; a malformed one an INVALID_ID error.</summary>
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
                    throw new CodedError(ErrorCodes.TooManyIds, $"`nodes` takes at most {MaxIds} ids; {ids.Count} were given.");
                }

                return DataLoaderResults.All(ids.Select(id => Resolve(c, id)).ToList());
            });
    }

    private static IDataLoaderResult<object?> Resolve(IResolveFieldContext context, string id)
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key))
        {
            throw new CodedError(ErrorCodes.InvalidId, $"'{(id.Length > 60 ? id[..60] + "…" : id)}' is not a valid id.");
        }

        var resolver = context.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == typeName);
        return resolver?.Resolve(context, key) ?? Null;
    }

    private static readonly IDataLoaderResult<object?> Null = DataLoaderResults.FromValue<object?>(null);
}
