using GraphQL.Types;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Experiences;

namespace KnowledgeHub.Api.Experiences;

public static class MunicipalExperienceQueries
{
    public static void AddTo(ObjectGraphType query) =>
        query.Connection<object?, MunicipalExperienceGraphType, MunicipalExperience>(
            "municipalExperiences", "Municipalities' experiences with early, preventive work.",
            (c, db) => db.MunicipalExperiences.Visible(c))
            .UseFiltering<MunicipalExperienceFilterInputGraphType>().UseSorting<MunicipalExperienceSortInputGraphType>();
}
