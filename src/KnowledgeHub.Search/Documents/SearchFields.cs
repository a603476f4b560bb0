namespace KnowledgeHub.Search.Documents;

/// <summary>The index's field names, in one place.</summary>
public static class SearchFields
{
    public const string Id = "id";
    public const string Status = "status";
    public const string Kind = "kind";
    public const string Title = "title";
    public const string Summary = "summary";
    public const string Body = "body";

    /// <summary>Stored beside <see cref="Body"/>: the field name of each body value, in the same order.</summary>
    public const string BodyFields = "body_fields";

    public const string Keywords = "keywords";

    /// <summary>Every text, folded but unstemmed: prefixes, typo correction, suggestions.</summary>
    public const string Exact = "exact";

    /// <summary>The title alone, folded but unstemmed: title suggestions.</summary>
    public const string TitleExact = "title_exact";

    /// <summary>The whole title as one folded key (with and without its parenthesis, and the parenthesis alone): a query that names a record exactly.</summary>
    public const string TitleKey = "title_key";

    public const string Theme = "theme";
    public const string Municipality = "municipality";
    public const string Region = "region";
    public const string Organisation = "organisation";
    public const string Evidence = "evidence";
    public const string EvidenceRank = "evidence_rank";
    public const string AgeMin = "age_min";
    public const string AgeMax = "age_max";
    public const string YearStart = "year_start";
    public const string YearEnd = "year_end";

    public const string SortTitle = "sort_title";
    public const string SortYear = "sort_year";
    public const string SortUpdated = "sort_updated";
    public const string SortId = "sort_id";

    /// <summary>The doc-values field a facet is counted from ("value␟label").</summary>
    public static string FacetOf(string field) => "facet_" + field;

    public const char LabelSeparator = '\u001f';

    /// <summary>The texts a query searches, with their weights: title over summary over body.</summary>
    public static IReadOnlyList<(string Field, float Boost)> Weighted { get; } =
    [
        (Title, 4f),
        (Summary, 2f),
        (Keywords, 1.5f),
        (Body, 1f),
    ];
}
