using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Import.Indexing;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Places;

namespace KnowledgeHub.Api.FamilyPrograms;

public sealed class FamilyProgramFilterInputGraphType : RecordFilterInputGraphTypeBase<FamilyProgram>
{
    public FamilyProgramFilterInputGraphType() : base("FamilyProgramFilterInput", "Conditions on a family programme.")
    {
        String("fullName", p => p.FullName, "The full name.");
        String("abbreviation", p => p.Abbreviation, "The abbreviation.");
        String("origin", p => p.Origin, "Who developed it, where.");
        String("format", p => p.Format, "How it is delivered.");
        Enum<EvidenceLevel, EvidenceLevelGraphType>("evidenceOfEffect", EvidenceOfEffect.LevelOf<FamilyProgram>(),
            "The best level among its assessments of effect (in: [GOOD, STRONG] for \"effect shown at least good\"; eq: UNKNOWN for \"not rated for effect\").");
        List<Implementation, ImplementationFilterInputGraphType>("implementations", p => p.Implementations, "Where it is or was used.");
    }
}

public sealed class EvidenceAssessmentFilterInputGraphType : FilterInputGraphType<EvidenceAssessment>
{
    public EvidenceAssessmentFilterInputGraphType() : base("EvidenceAssessmentFilterInput", "Conditions on an evidence rating.")
    {
        Enum<EvidenceScale, EvidenceScaleGraphType>("scale", a => a.Scale, "The rating scale.");
        String("dimension", a => a.Dimension, "The dimension rated.");
        String("level", a => a.Level, "The level as the scale writes it.");
        Enum<EvidenceLevel, EvidenceLevelGraphType>("normalizedLevel", a => a.NormalizedLevel, "The level on the common scale (in: [GOOD, STRONG] for \"at least good\").");
        String("date", a => a.Date, "When it was rated, ISO 8601.");
    }
}

public sealed class ImplementationFilterInputGraphType : FilterInputGraphType<Implementation>
{
    public ImplementationFilterInputGraphType() : base("ImplementationFilterInput", "Conditions on where a family programme is used.")
    {
        Object<Municipality, MunicipalityFilterInputGraphType>("municipality", i => i.Municipality, "The municipality.");
        Object<Organisation, OrganisationFilterInputGraphType>("organisation", i => i.Organisation, "The provider or other organisation.");
        Int("startYear", i => i.StartYear, "First year.");
        Int("endYear", i => i.EndYear, "Last year.");
        Enum<ImplementationStatus, ImplementationStatusGraphType>("status", i => i.Status, "Pilot, running, stopped, ...");
    }
}
