using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.DataLoading;

namespace KnowledgeHub.GraphQL.Relay;

/// <summary>A node type whose id carries its database id, fetched through the type's by-id loader.</summary>
public sealed class LoaderNodeResolver<T>(string typeName, Func<IResolveFieldContext, BatchLoader<int, T?>> loader) : INodeResolver
    where T : class
{
    public string TypeName { get; } = typeName;

    public IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string key) =>
        GlobalId.TryDecodeInt(key, out var id) ? loader(context).Load(id).Then(x => (object?)x) : null;
}
