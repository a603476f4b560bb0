using GraphQL;

namespace KnowledgeHub.GraphQL.Limits;

/// <summary>
/// `GraphQL-Cost: report` (HotChocolate's header) adds the measured cost to the answer's
/// `extensions.cost`, refused answers included, so a client can see how close it is to the limit.
/// </summary>
public static class CostReport
{
    public const string Header = "GraphQL-Cost";
    public const string Key = "knowledgehub.cost";

    public static void Capture(HttpContext http, IDictionary<string, object?> userContext)
    {
        if (userContext.TryGetValue(Key, out var cost))
        {
            http.Items[Key] = cost;
        }
    }

    public static void AddIfAsked(HttpContext http, ExecutionResult result)
    {
        if (!http.Request.Headers[Header].Any(v => string.Equals(v, "report", StringComparison.OrdinalIgnoreCase)) ||
            http.Items[Key] is not OperationCost cost)
        {
            return;
        }

        result.Extensions ??= [];
        result.Extensions["cost"] = cost.ToExtension();
    }
}
