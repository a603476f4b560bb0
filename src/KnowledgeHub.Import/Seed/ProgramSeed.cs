using System.Text.Json.Serialization;
using KnowledgeHub.Domain.Programs;

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
}
