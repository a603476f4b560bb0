using GraphQL.Types;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Sorting;

namespace KnowledgeHub.GraphQL.Paging;

/// <summary>Adds HotChocolate's <c>where</c> and <c>order</c> arguments to a connection field, typed to its entity.</summary>
public sealed class ConnectionField<TEntity>(FieldType field)
{
    public ConnectionField<TEntity> UseFiltering<TFilter>()
        where TFilter : FilterInputGraphType<TEntity>
    {
        field.Arguments!.Add(new QueryArgument<TFilter> { Name = FilterArgument.Name, Description = "Only the items that match these conditions." });
        return this;
    }

    public ConnectionField<TEntity> UseSorting<TSort>()
        where TSort : SortInputGraphType<TEntity>
    {
        field.Arguments!.Add(new QueryArgument<ListGraphType<NonNullGraphType<TSort>>>
        {
            Name = SortArgument.Name,
            Description = "The order of the items, key by key; the id breaks ties. Without it, the list's default order.",
        });
        return this;
    }
}
