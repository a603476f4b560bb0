using System.Text.Json.Serialization;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

public sealed record MunicipalExperienceSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public required string Municipality { get; init; }
    [JsonPropertyOrder(1)]
    public string? SourcePublication { get; init; }
    [JsonPropertyOrder(1)]
    public string? Results { get; init; }
    [JsonPropertyOrder(1)]
    public string? Challenges { get; init; }

    internal override void MapReferences(RecordMapper mapper, Located<RecordSeed> at, Record entity)
    {
        var experience = (MunicipalExperience)entity;
        experience.Municipality = mapper.Municipality(at, Municipality, "municipality");
        experience.SourcePublication = mapper.Publication(at, SourcePublication, "sourcePublication");
    }

    internal override RecordSeed WithReferencesOf(Record entity)
    {
        var experience = (MunicipalExperience)entity;
        return this with { Municipality = experience.Municipality?.Code ?? "", SourcePublication = experience.SourcePublication?.Slug };
    }
}
