using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Publications;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Publications;

namespace KnowledgeHub.Api.Experiences;

public sealed class MunicipalExperienceFilterInputGraphType : RecordFilterInputGraphTypeBase<MunicipalExperience>
{
    public MunicipalExperienceFilterInputGraphType() : base("MunicipalExperienceFilterInput", "Conditions on a municipal experience.")
    {
        Object<Municipality, MunicipalityFilterInputGraphType>("municipality", e => e.Municipality, "The municipality.");
        Object<Publication, PublicationFilterInputGraphType>("sourcePublication", e => e.SourcePublication, "The publication it is told in.");
    }
}
