using GraphQL.Types;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>
/// Every record type is a federation entity by its global id and by its slug; so is the
/// <c>Record</c> interface (an entity interface), where either key may name any kind. The
/// loaders show only visible records, so a draft is null to a router as it is to a client.
/// </summary>
public static class RecordEntityKeys
{
    private static readonly string[] TypeNames = [.. Enum.GetValues<RecordKind>().Select(RecordTypeNames.Of)];

    public static void AddTo<T>(ObjectGraphType<T> type) where T : Record
    {
        type.EntityKey("id", GlobalIdLookup.For(type.Name));
        type.EntityKey("slug", (c, slug) => c.RecordBySlug().Load(slug).Then(r => r is not null && RecordTypeNames.Of(r.Kind) == type.Name ? r : null));
    }

    public static void AddTo(RecordGraphType type)
    {
        type.EntityKey("id", GlobalIdLookup.For(TypeNames));
        type.EntityKey("slug", (c, slug) => c.RecordBySlug().Load(slug));
    }
}
