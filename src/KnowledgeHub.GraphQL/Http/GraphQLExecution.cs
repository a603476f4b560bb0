using KnowledgeHub.GraphQL.Sorting;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using GraphQL.Validation;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Http;

/// <summary>
/// Runs a resolved document. A document that already passed the spec's validation rules for this
/// operation skips them; the complexity rule is not among the rules chosen here: AddComplexityAnalyzer
/// appends it to whatever list this sets, so it runs on every request, cached document or not,
/// with this request's variables.
/// </summary>
public sealed class GraphQLExecution
{
    private readonly IDocumentExecuter executer;
    private readonly ISchema schema;
    private readonly IOptionsMonitor<LimitsOptions> limits;
    private readonly ILogger<GraphQLExecution> logger;

    private readonly IClientPartition clients;
    private readonly IOutageClassifier outages;

    public GraphQLExecution(
        IDocumentExecuter executer, ISchema schema, IOptionsMonitor<LimitsOptions> limits, ILogger<GraphQLExecution> logger,
        IClientPartition clients, IOutageClassifier outages)
    {
        (this.executer, this.schema, this.limits, this.logger, this.clients, this.outages) = (executer, schema, limits, logger, clients, outages);
        ComplexityLimits.WeighIntrospection(schema, limits.CurrentValue);
    }

    public async Task<ExecutionResult> ExecuteAsync(HttpContext http, GraphQLRequest request, CachedDocument document)
    {
        var validated = document.IsValidated(request.OperationName);
        // The GET rule first, so a 405 names its reason first.
        IEnumerable<IValidationRule> rules = HttpMethods.IsGet(http.Request.Method) ? [NoMutationsOverGetRule.Instance] : [];
        if (!validated)
        {
            rules = rules.Concat(DocumentValidator.CoreRules).Append(KnownOperationTypesRule.Instance);
        }

        var userContext = new Dictionary<string, object?>
        {
            [WrittenOrder.VariablesKey] = request.Variables,
            [ExpensiveOperations.ClientKey] = clients.Of(http),
            [DataLoaderRegistry.UserContextKey] = http.RequestServices.GetService<DataLoaderRegistry>(),
        };
        var failures = new FieldFailures();
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(options =>
            {
                options.Schema = schema;
                options.Query = document.Text;
                options.Document = document.Document;
                options.OperationName = request.OperationName;
                options.Variables = request.Variables;
                options.Extensions = request.Extensions;
                options.ValidationRules = rules;
                options.UserContext = userContext;
                options.RequestServices = http.RequestServices;
                options.User = http.User;
                options.CancellationToken = http.RequestAborted;
                options.Timeout = limits.CurrentValue.ExecutionTimeout;
                options.UnhandledExceptionDelegate = context =>
                {
                    failures.Add(context.OriginalException);
                    return Task.CompletedTask;
                };
            });
        }
        finally
        {
            ExpensiveOperations.Leave(userContext);
        }

        failures.Log(logger, http.TraceIdentifier, outages);

        if (!validated && result.Executed)
        {
            document.MarkValidated(request.OperationName);
        }

        CostReport.Capture(http, userContext);
        return result;
    }
}
