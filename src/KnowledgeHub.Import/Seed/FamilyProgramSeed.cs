using System.Text.Json.Serialization;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Seed;

public sealed record FamilyProgramSeed : RecordSeed
{
    [JsonPropertyOrder(1)]
    public string? FullName { get; init; }
    [JsonPropertyOrder(1)]
    public string? Abbreviation { get; init; }
    [JsonPropertyOrder(1)]
    public string? Origin { get; init; }
    [JsonPropertyOrder(1)]
    public string? TargetGroupDescription { get; init; }
    [JsonPropertyOrder(1)]
    public string? Format { get; init; }
    [JsonPropertyOrder(1)]
    public string? Duration { get; init; }
    [JsonPropertyOrder(1)]
    public string? Cost { get; init; }
    [JsonPropertyOrder(1)]
    public string? Staffing { get; init; }
    [JsonPropertyOrder(1)]
    public string? Training { get; init; }
    [JsonPropertyOrder(1)]
    public string? OutcomesTargeted { get; init; }
    [JsonPropertyOrder(1)]
    public IReadOnlyList<ImplementationSeed>? Implementations { get; init; }

    internal override void MapReferences(RecordMapper mapper, Located<RecordSeed> at, Record entity) =>
        ((FamilyProgram)entity).Implementations =
            (Implementations ?? []).Select((i, n) => ToEntity(mapper, at, i, $"implementations[{n}]")).ToList();

    internal override RecordSeed WithReferencesOf(Record entity) => this with
    {
        Implementations = Canonical(((FamilyProgram)entity).Implementations.Select(i => new ImplementationSeed(
            i.Status, SourceSeed.Of(i.Source), i.Municipality?.Code, i.Organisation?.Slug, i.StartYear, i.EndYear, i.Note))),
    };

    private static Implementation ToEntity(RecordMapper mapper, Located<RecordSeed> at, ImplementationSeed i, string field)
    {
        if (i.Municipality is null && i.Organisation is null)
        {
            mapper.Error(at, field, "an implementation names a municipality, an organisation or both");
        }

        return new Implementation
        {
            Municipality = mapper.Municipality(at, i.Municipality, $"{field}.municipality"),
            Organisation = mapper.Organisation(at, i.Organisation, $"{field}.organisation"),
            StartYear = i.StartYear, EndYear = i.EndYear, Note = i.Note, Status = i.Status,
            Source = ReferenceDataMapper.ToReference(i.Source),
        };
    }
}
