namespace KnowledgeHub.GraphQL.Limits;

/// <summary>What the complexity analyzer measured for one request, and the limits it was measured against.</summary>
public sealed record OperationCost(double Complexity, int Depth, int? MaxComplexity, int? MaxDepth)
{
    public Dictionary<string, object?> ToExtension() => new()
    {
        ["complexity"] = Math.Round(Complexity, 2),
        ["maxComplexity"] = MaxComplexity,
        ["depth"] = Depth,
        ["maxDepth"] = MaxDepth,
    };
}
