namespace KnowledgeHub.Import.Seed;

/// <summary>A seed item and where it stands, so an error can name the file and the record.</summary>
public sealed record Located<T>(T Item, string File, string Kind, int Index, string Name)
{
    public SeedError Error(string field, string message) =>
        new(File, $"{Name} ({Kind}[{Index}])", field, message) { Kind = Kind, Index = Index };
}
