using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Api.LegalBases;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Publications;
using KnowledgeHub.Api.Themes;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.LegalBases;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Publications;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Api.Records;

/// <summary>
/// The filter fields every record kind shares; each kind's filter adds its own. Parent and
/// children are left out: they may be unpublished, and a filter must not reveal them.
/// </summary>
public abstract class RecordFilterInputGraphTypeBase<T> : FilterInputGraphType<T>
    where T : Record
{
    protected RecordFilterInputGraphTypeBase(string name, string description) : base(name, description)
    {
        String("slug", r => r.Slug, "The slug.");
        String("title", r => r.Title, "The title.");
        String("summary", r => r.Summary, "The summary.");
        Int("startYear", r => r.StartYear, "First year covered.");
        Int("endYear", r => r.EndYear, "Last year covered.");
        Int("targetAgeMin", r => r.TargetAgeMin, "Youngest targeted age.");
        Int("targetAgeMax", r => r.TargetAgeMax, "Oldest targeted age.");
        DateTime("createdAt", r => r.CreatedAt, "When it was created here (UTC).");
        DateTime("updatedAt", r => r.UpdatedAt, "When it last changed here (UTC).");
        Object<Organisation, OrganisationFilterInputGraphType>("owner", r => r.OwnerOrganisation, "The owning organisation.");
        List<Theme, ThemeFilterInputGraphType>("themes", r => r.Themes, "Its themes.");
        List<TargetGroup, TargetGroupFilterInputGraphType>("targetGroups", r => r.TargetGroups, "Its target groups.");
        List<Municipality, MunicipalityFilterInputGraphType>("municipalities", r => r.Municipalities.Select(l => l.Municipality!), "The municipalities involved, in any role.");
        List<RecordMunicipality, RecordMunicipalityFilterInputGraphType>("municipalityLinks", r => r.Municipalities, "The municipalities involved, with their roles.");
        List<RecordOrganisation, RecordOrganisationFilterInputGraphType>("organisationLinks", r => r.Organisations, "Other organisations involved, with their roles.");
        List<Source, SourceFilterInputGraphType>("sources", r => r.Sources, "Its sources.");
        List<Publication, PublicationFilterInputGraphType>("publications", r => r.Publications, "Evaluations and reports about it.");
        List<LegalBasis, LegalBasisFilterInputGraphType>("legalBases", r => r.LegalBases, "The laws it rests on.");
        List<EvidenceAssessment, EvidenceAssessmentFilterInputGraphType>("evidenceAssessments", r => r.EvidenceAssessments, "Its evidence ratings.");
        List<StatedMunicipalityCount, StatedMunicipalityCountFilterInputGraphType>("statedMunicipalityCounts", r => r.StatedMunicipalityCounts, "The numbers of municipalities its sources state.");
    }
}

public sealed class RecordFilterInputGraphType : RecordFilterInputGraphTypeBase<Record>
{
    public RecordFilterInputGraphType() : base("RecordFilterInput", "Conditions on a record of any kind.") =>
        Enum<RecordKind, RecordKindGraphType>("kind", r => r.Kind, "Which kind of record.");
}

public sealed class RecordMunicipalityFilterInputGraphType : FilterInputGraphType<RecordMunicipality>
{
    public RecordMunicipalityFilterInputGraphType() : base("RecordMunicipalityFilterInput", "Conditions on a municipality's part in a record.")
    {
        Object<Municipality, MunicipalityFilterInputGraphType>("municipality", l => l.Municipality, "The municipality.");
        Enum<MunicipalityRole, MunicipalityRoleGraphType>("role", l => l.Role, "Its role.");
    }
}

public sealed class RecordOrganisationFilterInputGraphType : FilterInputGraphType<RecordOrganisation>
{
    public RecordOrganisationFilterInputGraphType() : base("RecordOrganisationFilterInput", "Conditions on an organisation's part in a record.")
    {
        Object<Organisation, OrganisationFilterInputGraphType>("organisation", l => l.Organisation, "The organisation.");
        Enum<OrganisationRole, OrganisationRoleGraphType>("role", l => l.Role, "Its role.");
    }
}

public sealed class SourceFilterInputGraphType : FilterInputGraphType<Source>
{
    public SourceFilterInputGraphType() : base("SourceFilterInput", "Conditions on a source.")
    {
        String("title", s => s.Title, "Title of the source.");
        String("url", s => s.Url, "Where to read it.");
        String("publisher", s => s.Publisher, "Who published it.");
        String("date", s => s.Date, "ISO 8601, as precise as known (startsWith: \"2019\" finds the year).");
    }
}
