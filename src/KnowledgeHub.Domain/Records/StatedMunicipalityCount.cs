namespace KnowledgeHub.Domain.Records;

/// <summary>
/// How many municipalities a source says took part in a role, kept beside the ones linked by
/// name: sources often give a number ("24 kommuner fik rådgivning") and name only some of them,
/// and a reader should see both rather than take the linked ones for all of them.
/// </summary>
public sealed class StatedMunicipalityCount
{
    public int Id { get; set; }
    public int RecordId { get; set; }

    /// <summary>The role the counted municipalities had; the named ones are the record's links with this role.</summary>
    public MunicipalityRole Role { get; set; }

    public int Count { get; set; }

    /// <summary>Whether the source gives the number exactly or as a lower bound ("more than 12").</summary>
    public CountQualifier Qualifier { get; set; }

    /// <summary>When the number held, ISO 8601 as precise as the source ("2016", "2017-06").</summary>
    public string? AsOf { get; set; }

    /// <summary>What the number counts and what is known of the rest, in Danish.</summary>
    public string? Note { get; set; }

    public required SourceReference Source { get; set; }
}

public enum CountQualifier
{
    Exact,

    /// <summary>The source says "more than" the number.</summary>
    MoreThan,
}
