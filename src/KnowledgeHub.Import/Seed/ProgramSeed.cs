using System.Text.Json.Serialization;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

// Kind-specific fields come after the shared ones when written (JSON orders a derived type's first).
public sealed record ProgramSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public required ProgramCategory Category { get; init; }
    [JsonPropertyOrder(1)]
    public long? FundingAmountDkk { get; init; }
    [JsonPropertyOrder(1)]
    public string? FundingSource { get; init; }

    internal override Record ToEntity(RecordMapper mapper, Located<RecordSeed> at) => new InterventionProgram
    {
        Slug = Slug, Title = Title, Summary = Summary,
        Category = Category, FundingAmountDkk = FundingAmountDkk, FundingSource = FundingSource,
    };

    internal static ProgramSeed From(InterventionProgram p) => new()
    {
        Slug = p.Slug, Title = p.Title, Summary = p.Summary, Sources = [],
        Category = p.Category, FundingAmountDkk = p.FundingAmountDkk, FundingSource = p.FundingSource,
    };
}
