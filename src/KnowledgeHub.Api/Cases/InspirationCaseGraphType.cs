using KnowledgeHub.GraphQL;
using GraphQL.Types;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Cases;

namespace KnowledgeHub.Api.Cases;

public sealed class InspirationCaseGraphType : RecordKindGraphType<InspirationCase>
{
    public InspirationCaseGraphType()
        : base("InspirationCase", "A municipal case from the inspiration catalogue.")
    {
        Field<MunicipalityGraphType>("municipality").Description("The municipality the case is from.")
            .Resolve(c => c.Source.MunicipalityId is { } id ? c.MunicipalityById().Load(id) : null);
        Field<CaseAreaGraphType>("area").Description("The catalogue's area; null where the source does not say.").Resolve(c => c.Source.Area);
        Field(x => x.Approach, nullable: true).Description("What the municipality did, in Danish.");
        Field(x => x.Results, nullable: true).Description("What came of it, as the source tells, in Danish.");
    }
}

public sealed class CaseAreaGraphType() : NamedEnumGraphType<CaseArea>(
    "CaseArea", "General, the authority (myndighed), providers (udfører), or cross-disciplinary.");
