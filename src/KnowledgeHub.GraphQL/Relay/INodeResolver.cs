using GraphQL;
using GraphQL.DataLoader;

namespace KnowledgeHub.GraphQL.Relay;

/// <summary>Fetches one kind of node by the key inside its global id, through that kind's loader.</summary>
public interface INodeResolver
{
    string TypeName { get; }

    /// <summary>Null result when the key is malformed or unknown: a stale id is not an error.</summary>
    IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string key);
}
