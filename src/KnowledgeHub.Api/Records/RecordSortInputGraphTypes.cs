using KnowledgeHub.GraphQL.Sorting;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The sort fields every record kind shares; without an order, records keep the catalogue's order.</summary>
public abstract class RecordSortInputGraphTypeBase<T> : SortInputGraphType<T>
    where T : Record
{
    protected RecordSortInputGraphTypeBase(string name, string description) : base(name, description)
    {
        Field("title", r => r.Title, "By title.");
        Field("slug", r => r.Slug, "By slug.");
        Field("startYear", r => r.StartYear, "By first year (those without one last).");
        Field("endYear", r => r.EndYear, "By last year (those without one last).");
        Field("createdAt", r => r.CreatedAt, "By creation time.");
        Field("updatedAt", r => r.UpdatedAt, "By time of the last change.");
        UniqueKey(r => r.Id);
    }
}

public sealed class RecordSortInputGraphType() : RecordSortInputGraphTypeBase<Record>("RecordSortInput", "How to order records of any kind.");
