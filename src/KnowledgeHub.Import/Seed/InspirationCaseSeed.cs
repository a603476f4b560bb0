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

    internal override Record ToEntity(RecordMapper mapper, Located<RecordSeed> at) => new InspirationCase
    {
        Slug = Slug, Title = Title, Summary = Summary, Approach = Approach, Results = Results, Area = Area,
        Municipality = mapper.Municipality(at, Municipality, "municipality"),
    };

    internal static InspirationCaseSeed From(InspirationCase c) => new()
    {
        Slug = c.Slug, Title = c.Title, Summary = c.Summary, Sources = [],
        Municipality = c.Municipality?.Code ?? "", Area = c.Area, Approach = c.Approach, Results = c.Results,
    };
}
