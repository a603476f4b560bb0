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
