namespace KnowledgeHub.Search.Querying;

/// <summary>
/// What the query builder turns into one Lucene clause: one user clause, or a run of words the
/// thesaurus knows as one concept ("tidlig opsporing", "out of home placement") with its synonyms.
/// </summary>
public sealed record QueryUnit(IReadOnlyList<QueryClause> Clauses, IReadOnlyList<string> Synonyms)
{
    public QueryClause First => Clauses[0];

    public ClauseOccur Occur => First.Occur;

    /// <summary>Groups clauses into units, longest thesaurus match first.</summary>
    public static List<QueryUnit> Group(IReadOnlyList<QueryClause> clauses, Thesaurus thesaurus)
    {
        var units = new List<QueryUnit>();
        var i = 0;
        while (i < clauses.Count)
        {
            var (end, synonyms) = LongestConcept(clauses, i, thesaurus);
            units.Add(new QueryUnit(clauses.Skip(i).Take(end - i + 1).ToList(), synonyms));
            i = end + 1;
        }

        return units;
    }

    private static (int End, IReadOnlyList<string> Synonyms) LongestConcept(IReadOnlyList<QueryClause> clauses, int start, Thesaurus thesaurus)
    {
        var first = clauses[start];
        if (first.Occur == ClauseOccur.MustNot || first.Kind == ClauseKind.Prefix)
        {
            return (start, []);
        }

        if (first.Kind == ClauseKind.Phrase)
        {
            return (start, thesaurus.SynonymsOf(Thesaurus.Key(first.Text).Split(' ')));
        }

        // A run of plain words of the same occurrence may together be one thesaurus term.
        var best = (End: start, Synonyms: (IReadOnlyList<string>)[]);
        var words = new List<string>();
        for (var j = start; j < clauses.Count && clauses[j].Kind == ClauseKind.Word && clauses[j].Occur == first.Occur; j++)
        {
            words.AddRange(Thesaurus.Key(clauses[j].Text).Split(' ', StringSplitOptions.RemoveEmptyEntries));
            if (words.Count > thesaurus.LongestKey)
            {
                break;
            }

            if (words.Count > 0 && thesaurus.SynonymsOf(words) is { Count: > 0 } synonyms)
            {
                best = (j, synonyms);
            }
        }

        return best;
    }
}
