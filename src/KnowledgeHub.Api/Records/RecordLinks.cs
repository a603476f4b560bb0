using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Api.Records;

/// <summary>A record's themes and municipality links, as far as a level asked for them (<see cref="RecordDataLoaders.LinksByRecord"/>).</summary>
public sealed class RecordLinks
{
    /// <summary>For a record with none; shared, so never added to.</summary>
    public static readonly RecordLinks None = new();

    public List<Theme> Themes { get; } = [];

    /// <summary>Ordered by municipality code, then role.</summary>
    public List<RecordMunicipality> Municipalities { get; } = [];
}
