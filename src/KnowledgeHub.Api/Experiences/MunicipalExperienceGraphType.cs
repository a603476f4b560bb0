using GraphQL.Types;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Publications;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Experiences;

namespace KnowledgeHub.Api.Experiences;

public sealed class MunicipalExperienceGraphType : ObjectGraphType<MunicipalExperience>
{
    public MunicipalExperienceGraphType()
    {
        Name = "MunicipalExperience";
        Description = "What a municipality learned moving toward early, preventive work, as a named publication tells it.";
        Interface<NodeInterfaceGraphType>();
        Interface<RecordGraphType>();
        IsTypeOf = o => o is MunicipalExperience;
        RecordFields.AddTo(this);
        RecordEntityKeys.AddTo(this);
        Field<MunicipalityGraphType>("municipality").Description("The municipality.")
            .Resolve(c => c.Source.MunicipalityId is { } id ? c.MunicipalityById().Load(id) : null);
        Field<PublicationGraphType>("sourcePublication").Description("The publication the experience is told in.")
            .Resolve(c => c.Source.SourcePublicationId is { } id ? c.PublicationById().Load(id) : null);
        Field(x => x.Results, nullable: true).Description("Results, as the source tells them, in Danish.");
        Field(x => x.Challenges, nullable: true).Description("Challenges met, in Danish.");
    }
}
