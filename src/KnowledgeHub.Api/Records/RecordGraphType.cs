using GraphQL.Types;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

// Every record type is a federation entity by its global id and by its slug; so is the Record
// interface (an entity interface), where either key may name any kind. The loaders show only
// visible records, so a draft is null to a router as it is to a client.

public sealed class RecordGraphType : InterfaceGraphType<Record>
{
    public RecordGraphType()
    {
        Name = "Record";
        Description = "What programmes, family programmes, inspiration cases and municipal experiences share.";
        Interface<NodeInterfaceGraphType>();
        RecordFields.AddTo(this);
        this.EntityKey("id", GlobalIdLookup.For([.. Enum.GetValues<RecordKind>().Select(RecordTypeNames.Of)]));
        this.EntityKey("slug", (c, slug) => c.RecordBySlug().Load(slug));
        // The shared field list comes with resolvers; an interface's fields must have none.
        foreach (var field in Fields)
        {
            field.Resolver = null;
        }
    }
}

/// <summary>What each record kind's object type starts with: a Node and a Record, with the shared fields and entity keys.</summary>
public abstract class RecordKindGraphType<T> : ObjectGraphType<T>
    where T : Record
{
    protected RecordKindGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterfaceGraphType>();
        Interface<RecordGraphType>();
        IsTypeOf = o => o is T;
        RecordFields.AddTo(this);
        this.GlobalIdKey();
        this.EntityKey("slug", (c, slug) => c.RecordBySlug().Load(slug).Then(r => r as T));
    }
}
