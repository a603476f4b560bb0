using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Domain.Experiences;

/// <summary>What a municipality learned turning toward early, preventive work, per a named publication.</summary>
public sealed class MunicipalExperience : Record
{
    public MunicipalExperience() => Kind = RecordKind.MunicipalExperience;

    public int? MunicipalityId { get; set; }
    public Places.Municipality? Municipality { get; set; }
    public int? SourcePublicationId { get; set; }
    public Publications.Publication? SourcePublication { get; set; }
    public string? Results { get; set; }
    public string? Challenges { get; set; }
}
