using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Relay;

public sealed class NodeInterfaceGraphType : InterfaceGraphType
{
    public NodeInterfaceGraphType()
    {
        Name = "Node";
        Description = "The node interface is implemented by entities that have a global unique identifier.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque, stable global id.");
    }
}
