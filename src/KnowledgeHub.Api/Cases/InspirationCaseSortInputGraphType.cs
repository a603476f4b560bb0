using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Places;

namespace KnowledgeHub.Api.Cases;

public sealed class InspirationCaseSortInputGraphType : RecordSortInputGraphTypeBase<InspirationCase>
{
    public InspirationCaseSortInputGraphType() : base("InspirationCaseSortInput", "How to order inspiration cases.") =>
        Object<Municipality, MunicipalitySortInputGraphType>("municipality", c => c.Municipality, "By the municipality (its code, name or region).");
}
