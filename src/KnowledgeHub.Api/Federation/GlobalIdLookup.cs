using GraphQL;
using KnowledgeHub.GraphQL.Relay;

namespace KnowledgeHub.Api.Federation;

/// <summary>
/// Looks an <c>id</c> key up the way <c>node(id:)</c> does, through the node resolvers and so the
/// same loaders. An id of another type, or no id of ours at all, names no entity: null, not an
/// error, because a router forwards whatever keys partners stored.
/// </summary>
public static class GlobalIdLookup
{
    public static EntityLookup For(params string[] typeNames) => (context, id) =>
    {
        if (!GlobalId.TryDecode(id, out var typeName, out var key) || !typeNames.Contains(typeName))
        {
            return null;
        }

        var resolver = context.RequestServices!.GetServices<INodeResolver>().FirstOrDefault(r => r.TypeName == typeName);
        return resolver?.Resolve(context, key);
    };
}
