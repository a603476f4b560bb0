using System.Linq.Expressions;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// The columns of a record the index reads — its texts, what it names by id, its ages and years —
/// instead of the whole entity: materialising every column of every kind (dates and enums parsed
/// from text) cost a rebuild four times what these do.
/// </summary>
internal sealed class SearchRow
{
    public static readonly Expression<Func<Record, SearchRow>> Of = r => new SearchRow
    {
        Id = r.Id,
        Kind = r.Kind,
        Status = r.Status,
        Title = r.Title,
        Summary = r.Summary,
        Description = r.Description,
        FundingSource = ((InterventionProgram)r).FundingSource,
        FullName = ((FamilyProgram)r).FullName,
        Abbreviation = ((FamilyProgram)r).Abbreviation,
        Origin = ((FamilyProgram)r).Origin,
        TargetGroupDescription = ((FamilyProgram)r).TargetGroupDescription,
        Format = ((FamilyProgram)r).Format,
        Duration = ((FamilyProgram)r).Duration,
        Approach = ((InspirationCase)r).Approach,
        Results = r is InspirationCase ? ((InspirationCase)r).Results : ((MunicipalExperience)r).Results,
        Challenges = ((MunicipalExperience)r).Challenges,
        MunicipalityId = r is InspirationCase ? ((InspirationCase)r).MunicipalityId : ((MunicipalExperience)r).MunicipalityId,
        OwnerOrganisationId = r.OwnerOrganisationId,
        TargetAgeMin = r.TargetAgeMin,
        TargetAgeMax = r.TargetAgeMax,
        StartYear = r.StartYear,
        EndYear = r.EndYear,
        UpdatedAt = r.UpdatedAt,
    };

    public int Id { get; init; }
    public RecordKind Kind { get; init; }
    public RecordStatus Status { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public string? Description { get; init; }
    public string? FundingSource { get; init; }
    public string? FullName { get; init; }
    public string? Abbreviation { get; init; }
    public string? Origin { get; init; }
    public string? TargetGroupDescription { get; init; }
    public string? Format { get; init; }
    public string? Duration { get; init; }
    public string? Approach { get; init; }

    /// <summary>A case's or an experience's results.</summary>
    public string? Results { get; init; }

    public string? Challenges { get; init; }

    /// <summary>The municipality a case or an experience is about.</summary>
    public int? MunicipalityId { get; init; }

    public int? OwnerOrganisationId { get; init; }
    public int? TargetAgeMin { get; init; }
    public int? TargetAgeMax { get; init; }
    public int? StartYear { get; init; }
    public int? EndYear { get; init; }
    public DateTime UpdatedAt { get; init; }
}
