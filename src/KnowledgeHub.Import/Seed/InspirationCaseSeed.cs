using System.Text.Json.Serialization;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

public sealed record InspirationCaseSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public required string Municipality { get; init; }
    [JsonPropertyOrder(1)]
    public CaseArea? Area { get; init; }
    [JsonPropertyOrder(1)]
    public string? Approach { get; init; }
    [JsonPropertyOrder(1)]
    public string? Results { get; init; }

    internal override void MapReferences(RecordMapper mapper, Located<RecordSeed> at, Record entity) =>
        ((InspirationCase)entity).Municipality = mapper.Municipality(at, Municipality, "municipality");

    internal override RecordSeed WithReferencesOf(Record entity) => this with { Municipality = ((InspirationCase)entity).Municipality?.Code ?? "" };
}
