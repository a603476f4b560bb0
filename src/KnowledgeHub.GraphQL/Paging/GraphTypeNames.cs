namespace KnowledgeHub.GraphQL.Paging;

internal static class GraphTypeNames
{
    /// <summary>The schema name by our convention: the class name without "GraphType" (ProgramGraphType → Program).</summary>
    public static string Of<TGraphType>() => typeof(TGraphType).Name.Replace("GraphType", "", StringComparison.Ordinal);

    public static string Plural(string name) =>
        name.EndsWith('y') && !name.EndsWith("ay", StringComparison.Ordinal) ? name[..^1] + "ies"
        : name.EndsWith("is", StringComparison.Ordinal) ? name[..^2] + "es"
        : name.EndsWith('s') || name.EndsWith('x') ? name + "es"
        : name + "s";
}
