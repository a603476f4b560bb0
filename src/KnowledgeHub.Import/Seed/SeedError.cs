namespace KnowledgeHub.Import.Seed;

/// <summary>One problem in one field of one record of one file.</summary>
public sealed record SeedError(string File, string Record, string Field, string Message)
{
    /// <summary>The list the record stands in ("programs"); null for a problem with the file as a whole.</summary>
    public string? Kind { get; init; }

    /// <summary>The record's position in that list.</summary>
    public int? Index { get; init; }

    /// <summary>The line in the file, where known.</summary>
    public int? Line { get; init; }

    public override string ToString() => $"{File}: record '{Record}', field '{Field}': {Message}";
}
