using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.DataLoading;

namespace KnowledgeHub.GraphQL.Relay;

/// <summary>Fetches one node type by the key inside its global id, through that type's loader.</summary>
public sealed class NodeResolver(string typeName, Func<IResolveFieldContext, string, IDataLoaderResult<object?>?> resolve) : INodeResolver
{
    public string TypeName { get; } = typeName;

    public IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string key) => resolve(context, key);

    /// <summary>A type whose id carries its database id; <paramref name="accept"/> refuses a row the id must not name (another kind).</summary>
    public static NodeResolver ById<T>(string typeName, Func<IResolveFieldContext, BatchLoader<int, T?>> loader, Func<T, bool>? accept = null)
        where T : class =>
        new(typeName, (c, key) => GlobalId.TryDecodeInt(key, out var id)
            ? loader(c).Load(id).Then(x => x is not null && (accept is null || accept(x)) ? (object?)x : null)
            : null);

    /// <summary>A type whose id carries its official code, the key of <paramref name="loader"/>.</summary>
    public static NodeResolver ByCode<T>(string typeName, Func<IResolveFieldContext, BatchLoader<string, T?>> loader)
        where T : class =>
        new(typeName, (c, code) => loader(c).Load(code).Then(x => (object?)x));
}
