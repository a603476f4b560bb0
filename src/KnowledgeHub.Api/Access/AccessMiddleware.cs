using GraphQL;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.GraphQL.Http;
using Microsoft.AspNetCore.Authentication;

namespace KnowledgeHub.Api.Access;

/// <summary>
/// Authenticates every request. A request with a bad key gets 401 and a GraphQL error coded
/// UNAUTHENTICATED, the same for an unknown, a revoked or a malformed key, reads included.
/// </summary>
public static class AccessMiddleware
{
    /// <remarks>
    /// UseAuthentication here, after the exception handler: left out, WebApplication adds its own
    /// at the very start of the pipeline, where a key check that met an unavailable database
    /// escaped every handler as an empty 500. The key is looked up once; the check below reuses it.
    /// </remarks>
    public static IApplicationBuilder UseKnowledgeHubAccess(this IApplicationBuilder app) =>
        app.UseAuthentication().Use(async (http, next) =>
        {
            var result = await http.AuthenticateAsync(ApiKeyAuthenticationHandler.SchemeName);
            if (result.Failure is { } failure)
            {
                await RefuseAsync(http, failure.Message);
                return;
            }

            if (result.Succeeded)
            {
                http.User = result.Principal;
            }

            await next(http);
        });

    private static async Task RefuseAsync(HttpContext http, string message)
    {
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept.ToString()) ?? ResponseMediaType.Json;
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(message) { Code = ApiErrorCodes.Unauthenticated });
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await http.RequestServices.GetRequiredService<IGraphQLTextSerializer>().WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
