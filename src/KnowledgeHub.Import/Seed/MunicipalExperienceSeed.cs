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

    internal override Record ToEntity(RecordMapper mapper, Located<RecordSeed> at) => new MunicipalExperience
    {
        Slug = Slug, Title = Title, Summary = Summary, Results = Results, Challenges = Challenges,
        Municipality = mapper.Municipality(at, Municipality, "municipality"),
        SourcePublication = mapper.Publication(at, SourcePublication, "sourcePublication"),
    };

    internal static MunicipalExperienceSeed From(MunicipalExperience e) => new()
    {
        Slug = e.Slug, Title = e.Title, Summary = e.Summary, Sources = [],
        Municipality = e.Municipality?.Code ?? "", SourcePublication = e.SourcePublication?.Slug,
        Results = e.Results, Challenges = e.Challenges,
    };
}
