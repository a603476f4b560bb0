using GraphQL;
using GraphQL.DataLoader;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Relay;

namespace KnowledgeHub.Api.Records;

/// <summary>Resolves the four record types' ids; the id's type must match the record's kind.</summary>
public sealed class RecordNodeResolver(string typeName) : INodeResolver
{
    public string TypeName { get; } = typeName;

    public IDataLoaderResult<object?>? Resolve(IResolveFieldContext context, string key) =>
        GlobalId.TryDecodeInt(key, out var id)
            ? context.RecordById().Load(id).Then(r => r is not null && RecordTypeNames.Of(r.Kind) == TypeName ? (object?)r : null)
            : null;
}
