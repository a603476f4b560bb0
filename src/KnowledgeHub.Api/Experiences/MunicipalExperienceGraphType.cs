using GraphQL.Types;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Publications;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Experiences;

namespace KnowledgeHub.Api.Experiences;

public sealed class MunicipalExperienceGraphType : RecordKindGraphType<MunicipalExperience>
{
    public MunicipalExperienceGraphType()
        : base("MunicipalExperience", "What a municipality learned moving toward early, preventive work, as a named publication tells it.")
    {
        Field<MunicipalityGraphType>("municipality").Description("The municipality.")
            .Resolve(c => c.Source.MunicipalityId is { } id ? c.MunicipalityById().Load(id) : null);
        Field<PublicationGraphType>("sourcePublication").Description("The publication the experience is told in.")
            .Resolve(c => c.Source.SourcePublicationId is { } id ? c.PublicationById().Load(id) : null);
        Field(x => x.Results, nullable: true).Description("Results, as the source tells them, in Danish.");
        Field(x => x.Challenges, nullable: true).Description("Challenges met, in Danish.");
    }
}
