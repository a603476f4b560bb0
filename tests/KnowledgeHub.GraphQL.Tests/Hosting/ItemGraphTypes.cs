using GraphQL.Types;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.GraphQL.Sorting;

namespace KnowledgeHub.GraphQL.Tests.Hosting;

public sealed class ItemGraphType : ObjectGraphType<Item>
{
    public ItemGraphType()
    {
        Name = "Item";
        Field(i => i.Id);
        Field(i => i.Name);
        Field(i => i.Year, nullable: true);
    }
}

public sealed class ItemFilterInputGraphType : FilterInputGraphType<Item>
{
    public ItemFilterInputGraphType() : base("ItemFilterInput", "Conditions on an item.")
    {
        String("name", i => i.Name, "The name.");
        Int("year", i => i.Year, "The year.");
    }
}

public sealed class ItemSortInputGraphType : SortInputGraphType<Item>
{
    public ItemSortInputGraphType() : base("ItemSortInput", "How to order items; by id unless told otherwise.")
    {
        Field("name", i => i.Name, "By name.");
        Field("year", i => i.Year, "By year (those without one last).");
        UniqueKey(i => i.Id);
    }
}

public sealed class TestQueryGraphType : ObjectGraphType
{
    public TestQueryGraphType()
    {
        Name = "Query";
        this.QueryableConnection<ItemsContext, object?, ItemGraphType, Item>("items", "All items.", (_, db) => db.Items)
            .UseFiltering<ItemFilterInputGraphType>().UseSorting<ItemSortInputGraphType>();
        Field<StringGraphType>("outage").Resolve(_ => throw new TestOutageException());
    }
}

public sealed class TestSchema : Schema
{
    public TestSchema(IServiceProvider services, TestQueryGraphType query) : base(services) => Query = query;
}
