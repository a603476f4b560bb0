namespace KnowledgeHub.GraphQL.Paging;

/// <summary>Bound from "KnowledgeHub:Paging"; HotChocolate's defaults.</summary>
public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 10;
    public int MaxPageSize { get; set; } = 50;
}
