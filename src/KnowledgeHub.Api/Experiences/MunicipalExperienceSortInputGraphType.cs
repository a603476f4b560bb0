using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.Places;

namespace KnowledgeHub.Api.Experiences;

public sealed class MunicipalExperienceSortInputGraphType : RecordSortInputGraphTypeBase<MunicipalExperience>
{
    public MunicipalExperienceSortInputGraphType() : base("MunicipalExperienceSortInput", "How to order municipal experiences.") =>
        Object<Municipality, MunicipalitySortInputGraphType>("municipality", e => e.Municipality, "By the municipality (its code, name or region).");
}
