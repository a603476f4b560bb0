using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (GET and POST), written here because the GraphQL.Server packages are not
/// available. Batching (a JSON array of requests) is not offered.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public const string Path = "/graphql";

    public static IEndpointRouteBuilder MapKnowledgeHubGraphQL(this IEndpointRouteBuilder app)
    {
        app.MapMethods(Path, [HttpMethods.Get, HttpMethods.Post], (HttpContext http, GraphQLRequestHandler handler) => handler.HandleAsync(http));
        return app;
    }
}
