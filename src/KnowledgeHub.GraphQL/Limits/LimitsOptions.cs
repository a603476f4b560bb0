namespace KnowledgeHub.GraphQL.Limits;

/// <summary>
/// Bound from "KnowledgeHub:Limits". Defaults fit every query a frontend of the knowledge base
/// needs (the full introspection query included) and refuse what only an attacker or a runaway
/// script sends. docs/operations.md gives the reasoning for each.
/// </summary>
public sealed class LimitsOptions
{
    public const string Section = "KnowledgeHub:Limits";

    /// <summary>A POST body larger than this is refused with 413.</summary>
    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>Characters in the GraphQL document (the `query` text).</summary>
    public int MaxDocumentLength { get; set; } = 32_768;

    /// <summary>Lexical tokens in the document, counted before it is parsed.</summary>
    public int MaxTokens { get; set; } = 5_000;

    /// <summary>Nested field levels, fragments expanded.</summary>
    public int MaxDepth { get; set; } = 15;

    /// <summary>Field selections in the document, fragments expanded; stops repeated-field and fragment bombs before validation.</summary>
    public int MaxFields { get; set; } = 1_500;

    /// <summary>Aliased fields, fragments expanded; stops alias bombs.</summary>
    public int MaxAliases { get; set; } = 40;

    /// <summary>The complexity analyzer's estimate (fields weighted by page sizes).</summary>
    public int MaxComplexity { get; set; } = 25_000;

    /// <summary>Weight of introspection fields relative to ordinary ones, so tools can still introspect.</summary>
    public double IntrospectionImpact { get; set; } = 0.005;

    /// <summary>
    /// Operations estimated at or above this complexity are expensive: each client (API key, else
    /// address) runs at most <see cref="ExpensivePerClient"/> of them at a time, and the server at
    /// most <see cref="ExpensiveTotal"/> (0: half the processors, at least one, so cheap requests keep a core). More are refused at once with
    /// TOO_MANY_EXPENSIVE_REQUESTS (429, Retry-After), so one client cannot occupy every core.
    /// With the measured weights a unit is about 10 µs of one core, so this is about 80 ms of work:
    /// a record page with its related records stays under it, two related searches do not.
    /// </summary>
    public int ExpensiveComplexity { get; set; } = 8_000;

    public int ExpensivePerClient { get; set; } = 1;

    public int ExpensiveTotal { get; set; }

    /// <summary>Wall-clock limit for validating and executing one request.</summary>
    public TimeSpan ExecutionTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
