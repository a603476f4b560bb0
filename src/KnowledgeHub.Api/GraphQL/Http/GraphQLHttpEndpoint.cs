using GraphQL;
using GraphQL.Execution;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeHub.Api.GraphQL.Errors;

namespace KnowledgeHub.Api.GraphQL.Http;

/// <summary>
/// GraphQL over HTTP (GET and POST), written here because the GraphQL.Server packages are not
/// available. Status codes follow the spec: with application/graphql-response+json a request
/// that fails before execution is a 400; with legacy application/json it is a 200.
/// </summary>
public static class GraphQLHttpEndpoint
{
    public static IEndpointRouteBuilder MapKnowledgeHubGraphQL(this IEndpointRouteBuilder app, string path = "/graphql")
    {
        app.MapMethods(path, [HttpMethods.Get, HttpMethods.Post], HandleAsync);
        return app;
    }

    private static async Task HandleAsync(HttpContext http, IDocumentExecuter executer, ISchema schema, IGraphQLTextSerializer serializer, ILoggerFactory loggers)
    {
        var mediaType = ResponseMediaType.Negotiate(http.Request.Headers.Accept.ToString());
        if (mediaType is null)
        {
            await WriteErrorAsync(http, serializer, ResponseMediaType.Json,
                new HttpRequestError(406, ErrorCodes.NotAcceptable, "Accept application/graphql-response+json or application/json."));
            return;
        }

        GraphQLRequest request;
        try
        {
            request = await GraphQLRequestReader.ReadAsync(http.Request, serializer, http.RequestAborted);
        }
        catch (HttpRequestError error)
        {
            await WriteErrorAsync(http, serializer, mediaType, error);
            return;
        }

        var isGet = HttpMethods.IsGet(http.Request.Method);
        var result = await executer.ExecuteAsync(options =>
        {
            options.Schema = schema;
            options.Query = request.Query;
            options.OperationName = request.OperationName;
            options.Variables = request.Variables;
            options.Extensions = request.Extensions;
            options.RequestServices = http.RequestServices;
            options.User = http.User;
            options.CancellationToken = http.RequestAborted;
            options.UnhandledExceptionDelegate = context =>
            {
                loggers.CreateLogger("KnowledgeHub.GraphQL").LogError(context.OriginalException,
                    "Unhandled error in request {RequestId}", http.TraceIdentifier);
                return Task.CompletedTask;
            };
            if (isGet)
            {
                options.ValidationRules = DocumentValidator.CoreRules.Append(NoMutationsOverGetRule.Instance);
            }
        });

        http.Response.StatusCode = StatusFor(result, mediaType, http);
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static int StatusFor(ExecutionResult result, string mediaType, HttpContext http)
    {
        if (result.Executed)
        {
            return StatusCodes.Status200OK;
        }

        if (result.Errors?.Any(e => e is OperationNotAllowedOverGetError) == true)
        {
            http.Response.Headers.Allow = "POST";
            return StatusCodes.Status405MethodNotAllowed;
        }

        // Nothing ran: the document did not parse or validate, or the variables did not coerce.
        return mediaType == ResponseMediaType.GraphQLResponse ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
    }

    private static async Task WriteErrorAsync(HttpContext http, IGraphQLTextSerializer serializer, string mediaType, HttpRequestError error)
    {
        var result = new ExecutionResult { Executed = false };
        result.AddError(new ExecutionError(error.Message) { Code = error.Code });
        http.Response.StatusCode = error.StatusCode;
        http.Response.ContentType = $"{mediaType}; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }
}
