namespace KnowledgeHub.Domain.Records;

/// <summary>
/// What the four record kinds share. Stored in one table (TPH) so that sources, themes,
/// municipalities, slugs and search can treat every kind alike.
/// </summary>
public abstract class Record
{
    public int Id { get; set; }
    public RecordKind Kind { get; protected set; }
    public required string Slug { get; set; }

    /// <summary>The owner's own id for the record, unique per owner: what a partner's import matches on.</summary>
    public string? ExternalId { get; set; }

    public required string Title { get; set; }
    public required string Summary { get; set; }
    public string? Description { get; set; }

    /// <summary>What the sources do not tell: said in the data instead of filled in.</summary>
    public string? CoverageNote { get; set; }

    public RecordStatus Status { get; set; } = RecordStatus.Published;

    /// <summary>Optimistic concurrency: an update names the version it read.</summary>
    public int Version { get; set; } = 1;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public int? TargetAgeMin { get; set; }
    public int? TargetAgeMax { get; set; }

    /// <summary>A parent of the same kind: a programme's initiative, a family programme's variant.</summary>
    public int? ParentId { get; set; }
    public Record? Parent { get; set; }
    public List<Record> Children { get => field ??= []; set; }

    public int? OwnerOrganisationId { get; set; }
    public Organisations.Organisation? OwnerOrganisation { get; set; }

    // Made when first read: a page of 50 records made 500 empty lists and read none of them.
    public List<Source> Sources { get => field ??= []; set; }
    public List<RecordMunicipality> Municipalities { get => field ??= []; set; }
    public List<RecordOrganisation> Organisations { get => field ??= []; set; }
    public List<Taxonomy.Theme> Themes { get => field ??= []; set; }
    public List<Taxonomy.TargetGroup> TargetGroups { get => field ??= []; set; }
    public List<Publications.Publication> Publications { get => field ??= []; set; }
    public List<LegalBases.LegalBasis> LegalBases { get => field ??= []; set; }
    public List<FamilyPrograms.EvidenceAssessment> EvidenceAssessments { get => field ??= []; set; }
    public List<StatedMunicipalityCount> StatedMunicipalityCounts { get => field ??= []; set; }

    /// <summary>A new record starts at version 1.</summary>
    public void Create(DateTime at)
    {
        Version = 1;
        CreatedAt = UpdatedAt = at;
    }

    /// <summary>Every change is a new version, which is what optimistic concurrency compares.</summary>
    public void Change(DateTime at)
    {
        Version++;
        UpdatedAt = at;
    }

    /// <summary>Moves to a status; the one it has already is no change at all (false: no new version).</summary>
    public bool ChangeStatus(RecordStatus status, DateTime at)
    {
        if (Status == status)
        {
            return false;
        }

        Status = status;
        Change(at);
        return true;
    }
}
