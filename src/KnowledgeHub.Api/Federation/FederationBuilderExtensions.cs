using GraphQL;
using GraphQL.DI;
using ServiceLifetime = GraphQL.DI.ServiceLifetime;

namespace KnowledgeHub.Api.Federation;

public static class FederationBuilderExtensions
{
    /// <summary>
    /// Federation 2.3: the first version with entity interfaces (<c>Record @key</c>), which lets a
    /// partner add a field to every kind of record at once with <c>@interfaceObject</c>.
    /// </summary>
    public const string Version = "2.3";

    /// <summary>Makes the server an Apollo Federation v2 subgraph: <c>_service { sdl }</c>, <c>_entities</c>, the keys.</summary>
    public static IGraphQLBuilder AddKnowledgeHubFederation(this IGraphQLBuilder builder)
    {
        builder.AddFederation(Version);
        builder.Services.Register<FederationSchemaVisitor>(ServiceLifetime.Transient);
        // By type, like GraphQL.NET's own federation visitors, so it runs after them.
        return builder.ConfigureSchema((schema, _) => schema.RegisterVisitor<FederationSchemaVisitor>());
    }
}
