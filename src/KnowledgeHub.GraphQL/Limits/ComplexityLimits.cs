using System.Globalization;
using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation.Complexity;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.GraphQL.Limits;

/// <summary>
/// GraphQL.NET's complexity analyzer with our limits and codes. It is registered for uncached
/// documents only, which is every request here: the endpoint sets the rule list itself and the
/// analyzer's configuration appends to it (see <see cref="Http.GraphQLExecution"/>).
/// </summary>
public static class ComplexityLimits
{
    public static IGraphQLBuilder AddKnowledgeHubComplexity(this IGraphQLBuilder builder) => builder
        .AddComplexityAnalyzer((options, services) =>
        {
            var limits = services.GetRequiredService<IOptions<LimitsOptions>>().Value;
            options.MaxComplexity = limits.MaxComplexity;
            options.MaxDepth = limits.MaxDepth;
            options.ValidateComplexityDelegate = Validate;
        });

    /// <summary>
    /// Introspection fields weigh less, so tools can fetch the whole schema. Needs an initialised
    /// schema (the meta fields exist only then), hence not in ConfigureSchema, which runs before
    /// the query type is set.
    /// </summary>
    public static void WeighIntrospection(ISchema schema, LimitsOptions limits)
    {
        schema.Initialize();
        schema.WithIntrospectionComplexityImpact(limits.IntrospectionImpact);
    }

    private static Task Validate(ComplexityValidationContext context)
    {
        var options = context.Configuration;
        context.ValidationContext.UserContext[CostReport.Key] =
            new OperationCost(context.TotalImpact, context.MaxDepth, options.MaxComplexity, options.MaxDepth);
        if (PageSizeLimit.Check(context.ValidationContext) is { } pageSize)
        {
            context.Error = pageSize;
        }
        else if (context.MaxDepth > options.MaxDepth)
        {
            context.Error = LimitError.MaxDepthExceeded(
                $"The operation is {context.MaxDepth} fields deep; the limit is {options.MaxDepth}.");
        }
        else if (context.TotalImpact > options.MaxComplexity)
        {
            context.Error = LimitError.MaxComplexityExceeded(string.Create(CultureInfo.InvariantCulture,
                $"The operation's estimated complexity is {Math.Ceiling(context.TotalImpact)}; the limit is {options.MaxComplexity}. Ask for smaller pages (`first`) or fewer nested lists."));
        }
        else if (context.ValidationContext.RequestServices?.GetService<ExpensiveOperations>() is { } expensive)
        {
            context.Error = expensive.Enter(context.ValidationContext, context.TotalImpact);
        }

        return Task.CompletedTask;
    }
}
