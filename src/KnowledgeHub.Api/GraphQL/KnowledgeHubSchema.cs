using GraphQL.Types;
using KnowledgeHub.Api.Cases;
using KnowledgeHub.Api.Experiences;
using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.Api.Programs;

namespace KnowledgeHub.Api.GraphQL;

public sealed class KnowledgeHubSchema : Schema
{
    public KnowledgeHubSchema(IServiceProvider services, QueryGraphType query, MutationGraphType mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "KnowledgeHub GraphQL API.";
        // Types reached only through interfaces must be registered, or `... on Program` would not resolve.
        RegisterType(typeof(ProgramGraphType));
        RegisterType(typeof(FamilyProgramGraphType));
        RegisterType(typeof(InspirationCaseGraphType));
        RegisterType(typeof(MunicipalExperienceGraphType));
    }
}
