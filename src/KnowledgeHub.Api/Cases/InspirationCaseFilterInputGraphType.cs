using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Places;

namespace KnowledgeHub.Api.Cases;

public sealed class InspirationCaseFilterInputGraphType : RecordFilterInputGraphTypeBase<InspirationCase>
{
    public InspirationCaseFilterInputGraphType() : base("InspirationCaseFilterInput", "Conditions on an inspiration case.")
    {
        Object<Municipality, MunicipalityFilterInputGraphType>("municipality", c => c.Municipality, "The municipality the case is from.");
        Enum<CaseArea, CaseAreaGraphType>("area", c => c.Area, "The catalogue's area.");
    }
}
