using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Publications;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Records;

namespace KnowledgeHub.Import.Seed;

/// <summary>
/// Maps the four record kinds (plain fields by name, each kind's own references in its document's <c>MapReferences</c>),
/// resolving every reference against the reference data. The seed import, the partner import and
/// the mutations all map through here, so a record is judged by the same rules however it arrives. <paramref name="stored"/> finds parents that are not in
/// the set itself (already stored records, as far as the importer may see them).
/// </summary>
internal sealed class RecordMapper(ReferenceDataMapper refs, List<SeedError> errors, DateTime now, Func<string, Record?>? stored = null)
{
    // One slug space for all kinds: record(slug:) must be unambiguous.
    private readonly SeedLookup<Record> _records = new("record");
    private readonly List<(Located<RecordSeed> At, Record Entity)> _mapped = [];

    public IEnumerable<Record> Records => _records.All;

    /// <summary>Every mapped record beside the item it came from, in the set's order.</summary>
    public IReadOnlyList<(Located<RecordSeed> At, Record Entity)> Mapped => _mapped;

    public void Map(SeedSet set)
    {
        foreach (var at in set.Records)
        {
            Add(at);
        }

        foreach (var (at, entity) in _mapped.Where(m => m.At.Item.Parent is not null))
        {
            LinkParent(at, entity);
        }
    }

    private void Add(Located<RecordSeed> at)
    {
        var s = at.Item;
        var entity = PlainFields.Copy(s.GetType(), s, SeedKinds.NewEntity(SeedKinds.KindOf(s)));
        s.MapReferences(this, at, entity);
        // A seed record without a status is published.
        entity.Status = s.Status ?? RecordStatus.Published;
        entity.CreatedAt = entity.UpdatedAt = now;
        entity.OwnerOrganisation = refs.Organisations.Resolve(at, s.Owner, "owner", errors);
        entity.Themes = refs.Themes.ResolveAll(at, s.Themes, "themes", errors);
        entity.TargetGroups = refs.TargetGroups.ResolveAll(at, s.TargetGroups, "targetGroups", errors);
        entity.Publications = refs.Publications.ResolveAll(at, s.Publications, "publications", errors);
        entity.LegalBases = refs.LegalBases.ResolveAll(at, s.LegalBases, "legalBases", errors);
        entity.Sources = s.Sources.Select((src, i) => new Source { Position = i, Title = src.Title, Url = src.Url, Publisher = src.Publisher, Date = src.Date }).ToList();
        entity.Municipalities = MapMunicipalities(at, s.Municipalities);
        AddSubject(entity);
        entity.Organisations = MapOrganisations(at, s.Organisations);
        entity.EvidenceAssessments = (s.EvidenceAssessments ?? []).Select((a, i) => MapAssessment(at, a, $"evidenceAssessments[{i}]")).ToList();
        entity.StatedMunicipalityCounts = (s.StatedMunicipalityCounts ?? []).Select(c => new StatedMunicipalityCount
        {
            Role = c.Role, Count = c.Count, Qualifier = c.Qualifier, AsOf = c.AsOf, Note = c.Note, Source = ReferenceDataMapper.ToReference(c.Source),
        }).ToList();
        CheckRanges(at, s);
        CheckStatedCounts(at, entity);
        _records.TryAdd(at, s.Slug, entity, errors, "slug");
        _mapped.Add((at, entity));
    }

    internal Municipality? Municipality(Located<RecordSeed> at, string? code, string field) => refs.Municipalities.Resolve(at, code, field, errors);

    internal Organisation? Organisation(Located<RecordSeed> at, string? slug, string field) => refs.Organisations.Resolve(at, slug, field, errors);

    internal Publication? Publication(Located<RecordSeed> at, string? slug, string field) => refs.Publications.Resolve(at, slug, field, errors);

    internal void Error(Located<RecordSeed> at, string field, string message) => errors.Add(at.Error(field, message));

    // A case or an experience is about its municipality; listing it as the subject keeps
    // "every record that involves a municipality" one join, whatever the kind.
    private static void AddSubject(Record entity)
    {
        var subject = entity switch
        {
            InspirationCase c => c.Municipality,
            MunicipalExperience e => e.Municipality,
            _ => null,
        };
        if (subject is not null && !entity.Municipalities.Any(m => m.Municipality == subject && m.Role == MunicipalityRole.Subject))
        {
            entity.Municipalities.Add(new RecordMunicipality { Municipality = subject, Role = MunicipalityRole.Subject });
        }
    }

    private void LinkParent(Located<RecordSeed> at, Record child)
    {
        var parent = _records.Find(at.Item.Parent!) ?? stored?.Invoke(at.Item.Parent!);
        if (parent is null)
        {
            errors.Add(at.Error("parent", $"unknown record '{at.Item.Parent}'"));
            return;
        }

        if (parent.Kind != child.Kind)
        {
            errors.Add(at.Error("parent", $"parent '{parent.Slug}' is a {parent.Kind}, not a {child.Kind}"));
        }
        else if (parent == child)
        {
            errors.Add(at.Error("parent", "a record cannot be its own parent"));
        }
        else
        {
            child.Parent = parent;
        }
    }

    private List<RecordMunicipality> MapMunicipalities(Located<RecordSeed> at, IReadOnlyList<MunicipalityLinkSeed>? links) =>
        (links ?? []).Select((link, i) => (Municipality: refs.Municipalities.Resolve(at, link.Code, $"municipalities[{i}].code", errors),
                Role: link.Role))
            .Where(x => x.Municipality is not null)
            .DistinctBy(x => (x.Municipality!.Code, x.Role))
            .Select(x => new RecordMunicipality { Municipality = x.Municipality, Role = x.Role })
            .ToList();

    private List<RecordOrganisation> MapOrganisations(Located<RecordSeed> at, IReadOnlyList<OrganisationLinkSeed>? links) =>
        (links ?? []).Select((link, i) => (Organisation: refs.Organisations.Resolve(at, link.Slug, $"organisations[{i}].slug", errors),
                Role: link.Role))
            .Where(x => x.Organisation is not null)
            .DistinctBy(x => (x.Organisation!.Slug, x.Role))
            .Select(x => new RecordOrganisation { Organisation = x.Organisation, Role = x.Role })
            .ToList();

    private EvidenceAssessment MapAssessment(Located<RecordSeed> at, EvidenceAssessmentSeed a, string field)
    {
        var (scale, normalized) = (a.Scale, a.NormalizedLevel);
        try
        {
            var expected = EvidenceLevelMapping.Normalize(scale, a.Level);
            if (expected is not null && expected != normalized)
            {
                errors.Add(at.Error($"{field}.normalizedLevel", $"level '{a.Level}' on {SeedJson.Name(scale)} maps to '{SeedJson.Name(expected.Value)}', not '{SeedJson.Name(normalized)}'"));
            }
        }
        catch (ArgumentException ex)
        {
            errors.Add(at.Error($"{field}.level", ex.Message));
        }

        return new EvidenceAssessment
        {
            Scale = scale, Dimension = a.Dimension, Level = a.Level, NormalizedLevel = normalized, Date = a.Date,
            Note = a.Note, Source = ReferenceDataMapper.ToReference(a.Source),
        };
    }

    // An exact number below the municipalities already named in that role contradicts the record's own links.
    private void CheckStatedCounts(Located<RecordSeed> at, Record entity)
    {
        foreach (var (c, i) in entity.StatedMunicipalityCounts.Select((c, i) => (c, i)))
        {
            var named = entity.Municipalities.Count(m => m.Role == c.Role);
            if (c.Qualifier == CountQualifier.Exact && named > c.Count)
            {
                errors.Add(at.Error($"statedMunicipalityCounts[{i}].count",
                    $"states {c.Count} {SeedJson.Name(c.Role)} municipalities, but the record names {named} in that role"));
            }
        }
    }

    private void CheckRanges(Located<RecordSeed> at, RecordSeed s)
    {
        if (s.StartYear > s.EndYear)
        {
            errors.Add(at.Error("endYear", $"ends ({s.EndYear}) before it starts ({s.StartYear})"));
        }

        if (s.TargetAgeMin > s.TargetAgeMax)
        {
            errors.Add(at.Error("targetAgeMax", $"is below targetAgeMin ({s.TargetAgeMin})"));
        }
    }
}
