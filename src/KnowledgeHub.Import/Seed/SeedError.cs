namespace KnowledgeHub.Import.Seed;

/// <summary>One problem in one field of one record of one file.</summary>
public sealed record SeedError(string File, string Record, string Field, string Message)
{
    public override string ToString() => $"{File}: record '{Record}', field '{Field}': {Message}";
}
