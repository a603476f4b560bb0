using System.Text.Encodings.Web;
using GraphQL;
using KnowledgeHub.Api.Federation;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.Api.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Http;
using KnowledgeHub.GraphQL.Limits;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.GraphQL.Relay;
using KnowledgeHub.Api.LegalBases;
using KnowledgeHub.Api.Organisations;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Api.Publications;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Api.Themes;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.GraphQL;

public static class GraphQLServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeHubGraphQL(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PagingOptions>().Bind(configuration.GetSection("KnowledgeHub:Paging"));
        services.AddScoped<DataLoaderRegistry>();
        services.AddSingleton<ITextFolding, DatabaseTextFolding>();
        services.AddHttpContextAccessor();
        services.AddSingleton<MunicipalityRecordPairs>();
        services.AddSingleton<ReferenceTables>();
        services.AddSingleton<ExpensiveOperations>();
        AddNodeResolvers(services);
        services.AddGraphQL(b => b
            .AddSchema<KnowledgeHubSchema>()
            .AddGraphTypes(typeof(KnowledgeHubSchema).Assembly)
            .AddGraphTypes(typeof(GraphQLHttpEndpoint).Assembly)
            // Danish letters as themselves, not \u00E6 escapes: the answers are read by people too.
            .AddSystemTextJson(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping)
            .AddErrorInfoProvider<KnowledgeHubErrorInfoProvider>()
            .AddKnowledgeHubFederation()
            .AddKnowledgeHubComplexity()
            .ConfigureSchema((schema, _) => schema.RegisterVisitor(new FieldCosts())));
        return services;
    }

    private static void AddNodeResolvers(IServiceCollection services)
    {
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            // The id's type must match the record's kind.
            services.AddSingleton<INodeResolver>(NodeResolver.ById(RecordTypeNames.Of(kind), c => c.RecordById(), r => r.Kind == kind));
        }

        services.AddSingleton<INodeResolver>(NodeResolver.ByCode("Municipality", c => c.MunicipalityByCode()));
        services.AddSingleton<INodeResolver>(NodeResolver.ByCode("Region", c => c.RegionByCode()));
        services.AddSingleton<INodeResolver>(NodeResolver.ById("Theme", c => c.ThemeById()));
        services.AddSingleton<INodeResolver>(NodeResolver.ById("TargetGroup", c => c.TargetGroupById()));
        services.AddSingleton<INodeResolver>(NodeResolver.ById("Organisation", c => c.OrganisationById()));
        services.AddSingleton<INodeResolver>(NodeResolver.ById("Publication", c => c.PublicationById()));
        services.AddSingleton<INodeResolver>(NodeResolver.ById("LegalBasis", c => c.LegalBasisById()));
    }
}
