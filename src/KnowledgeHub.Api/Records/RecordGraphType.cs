using GraphQL.Types;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

public sealed class RecordGraphType : InterfaceGraphType<Record>
{
    public RecordGraphType()
    {
        Name = "Record";
        Description = "What programmes, family programmes, inspiration cases and municipal experiences share.";
        Interface<NodeInterfaceGraphType>();
        RecordFields.AddTo(this);
        RecordEntityKeys.AddTo(this);
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
        RecordEntityKeys.AddTo(this);
    }
}
