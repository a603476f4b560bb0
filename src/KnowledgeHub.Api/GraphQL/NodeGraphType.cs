using GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.GraphQL.Relay;

namespace KnowledgeHub.Api.GraphQL;

/// <summary>
/// An object type that is a Relay node and a federation entity by its global id, which carries the
/// database id or, where the type has one, its official code. Reading such an id back is the
/// type's node resolver (<see cref="GraphQLServiceCollectionExtensions"/>).
/// </summary>
public abstract class NodeGraphType<T> : ObjectGraphType<T>
{
    protected NodeGraphType(string name, string description, Func<T, int> id)
        : this(name, description) => IdField(c => GlobalId.Encode(name, id(c.Source)));

    protected NodeGraphType(string name, string description, Func<T, string> code)
        : this(name, description) => IdField(c => GlobalId.Encode(name, code(c.Source)));

    private NodeGraphType(string name, string description)
    {
        Name = name;
        Description = description;
        Interface<NodeInterfaceGraphType>();
        IsTypeOf = o => o is T;
        this.GlobalIdKey();
    }

    private void IdField(Func<IResolveFieldContext<T>, string> id) =>
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque, stable global id.").Resolve(id);
}
