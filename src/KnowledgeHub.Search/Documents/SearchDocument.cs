namespace KnowledgeHub.Search.Documents;

/// <summary>
/// What the index knows of one record: a projection of the database, built by the importer and
/// rebuildable at any time. Kinds, statuses and evidence levels are plain strings and numbers so
/// that this project needs nothing from the domain or the database.
/// </summary>
public sealed record SearchDocument
{
    public required int Id { get; init; }

    /// <summary>The record kind under the domain's name ("Program", "FamilyProgram", ...).</summary>
    public required FacetValue Kind { get; init; }

    /// <summary>"Published", "Draft" or "Archived": searches filter on it.</summary>
    public required string Status { get; init; }

    public required string Title { get; init; }
    public required string Summary { get; init; }

    /// <summary>The longer texts, each under the name of the field it comes from ("description", "results").</summary>
    public IReadOnlyList<TextSection> Body { get; init; } = [];

    /// <summary>Names that describe the record without being its text: themes (Danish and English), target groups, abbreviations, places.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public IReadOnlyList<FacetValue> Themes { get; init; } = [];
    public IReadOnlyList<FacetValue> Municipalities { get; init; } = [];
    public IReadOnlyList<FacetValue> Regions { get; init; } = [];
    public IReadOnlyList<string> Organisations { get; init; } = [];

    /// <summary>The best evidence of effect, on the common ordinal (0 unknown … 5 strong).</summary>
    public required FacetValue EvidenceLevel { get; init; }

    public required int EvidenceRank { get; init; }
    public int? TargetAgeMin { get; init; }
    public int? TargetAgeMax { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public DateTime UpdatedAt { get; init; }
}

/// <summary>A facet's value as filters name it and its label as people read it.</summary>
public sealed record FacetValue(string Value, string Label);

/// <summary>One long text of a record, named after its field so highlights can say where they come from.</summary>
public sealed record TextSection(string Field, string Text);
