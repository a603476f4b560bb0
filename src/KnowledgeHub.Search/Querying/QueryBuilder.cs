using KnowledgeHub.Search.Analysis;
using KnowledgeHub.Search.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace KnowledgeHub.Search.Querying;

/// <summary>The Lucene query for a parsed user query, what it searched for, and what to highlight.</summary>
public sealed record BuiltQuery(Query Query, UserQuery SearchedFor, IReadOnlyList<Correction> Corrections, HighlightTerms Highlight);

/// <summary>
/// Builds the Lucene query: every word is a SHOULD clause (coord ranks records with more of the
/// words higher), each word searched in title, summary, keywords and body with falling weights;
/// phrases are phrase queries in the same fields; -words exclude; prefix* searches unstemmed
/// words; thesaurus concepts search their synonyms too; a run of plain words also boosts records
/// where they stand together.
/// </summary>
public sealed class QueryBuilder(Thesaurus thesaurus, CompoundSplitter? splitter = null)
{
    private const float TitleKeyWeight = 8f;
    private const float PartsWeight = 0.7f;
    private const float TieBreaker = 0.3f;
    private const float SynonymWeight = 0.8f;
    private const float ProximityWeight = 2f;
    private const int ProximitySlop = 3;

    /// <param name="correct">Given a word that matches nothing, a known word to search instead, or null.</param>
    public BuiltQuery Build(UserQuery query, Func<string, string?>? correct = null)
    {
        var corrections = new List<Correction>();
        var clauses = query.Clauses.Select(c => Corrected(c, correct, corrections)).ToList();
        var searchedFor = new UserQuery(clauses, query.Truncated);
        if (clauses.Count == 0)
        {
            return new BuiltQuery(new MatchAllDocsQuery(), searchedFor, corrections, HighlightTerms.None);
        }

        var stems = new HashSet<string>(StringComparer.Ordinal);
        var prefixes = new List<string>();
        var words = new BooleanQuery(disableCoord: false);
        var outer = new BooleanQuery(disableCoord: true);
        foreach (var unit in QueryUnit.Group(clauses, thesaurus))
        {
            var highlight = unit.Occur != ClauseOccur.MustNot;
            var q = UnitQuery(unit, highlight ? stems : [], highlight ? prefixes : []);
            if (q is null)
            {
                continue;
            }

            switch (unit.Occur)
            {
                case ClauseOccur.MustNot:
                    outer.Add(q, Occur.MUST_NOT);
                    break;
                case ClauseOccur.Must:
                    words.Add(q, Occur.MUST);
                    break;
                default:
                    words.Add(q, Occur.SHOULD);
                    break;
            }
        }

        if (words.Clauses.Count > 0)
        {
            outer.Add(words, Occur.MUST);
            AddProximity(outer, clauses);
            AddTitleKey(outer, clauses);
        }
        else if (outer.Clauses.Count > 0)
        {
            // Only exclusions: everything but what they exclude.
            outer.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        // Clauses that were all stop words leave the query empty, and an empty query matches nothing.
        return new BuiltQuery(outer, searchedFor, corrections, new HighlightTerms(stems, prefixes));
    }

    private static QueryClause Corrected(QueryClause clause, Func<string, string?>? correct, List<Correction> corrections)
    {
        if (correct is null || clause.Kind != ClauseKind.Word || clause.Occur == ClauseOccur.MustNot || correct(clause.Text) is not { } better)
        {
            return clause;
        }

        corrections.Add(new Correction(clause.Text, better));
        return clause with { Text = better };
    }

    private Query? UnitQuery(QueryUnit unit, HashSet<string> stems, List<string> prefixes)
    {
        var original = unit.Clauses.Count == 1
            ? ClauseQuery(unit.First, stems, prefixes)
            : ConceptWords(unit.Clauses, stems, prefixes);
        if (unit.Synonyms.Count == 0 || original is null)
        {
            return original;
        }

        var any = new DisjunctionMaxQuery(TieBreaker) { original };
        foreach (var synonym in unit.Synonyms)
        {
            if (TextQuery(synonym, stems) is { } q)
            {
                q.Boost = SynonymWeight;
                any.Add(q);
            }
        }

        return any;
    }

    /// <summary>The words of a multi-word concept: best together, but each still counts.</summary>
    private Query? ConceptWords(IReadOnlyList<QueryClause> clauses, HashSet<string> stems, List<string> prefixes)
    {
        var all = new BooleanQuery(disableCoord: true);
        if (TextQuery(string.Join(' ', clauses.Select(c => c.Text)), stems) is { } together)
        {
            all.Add(together, Occur.SHOULD);
        }

        foreach (var clause in clauses)
        {
            if (ClauseQuery(clause, stems, prefixes) is { } q)
            {
                all.Add(q, Occur.SHOULD);
            }
        }

        return all.Clauses.Count == 0 ? null : all;
    }

    private Query? ClauseQuery(QueryClause clause, HashSet<string> stems, List<string> prefixes)
    {
        if (clause.Kind == ClauseKind.Prefix)
        {
            var prefix = DanishTextAnalyzer.FoldWord(clause.Text);
            prefixes.Add(prefix);
            return new DisjunctionMaxQuery(TieBreaker)
            {
                new PrefixQuery(new Term(SearchFields.TitleExact, prefix)) { Boost = SearchFields.Weighted[0].Boost },
                new PrefixQuery(new Term(SearchFields.Exact, prefix)),
            };
        }

        var q = TextQuery(clause.Text, stems);
        if (q is null || clause.Kind == ClauseKind.Phrase)
        {
            return q;
        }

        return WithParts(q, clause.Text, stems);
    }

    /// <summary>
    /// A compound the index may hold only in parts ("metodeudbredelse" in "metodeudbredelsesprogrammet")
    /// is also searched as all of its parts, a little lower.
    /// </summary>
    private Query WithParts(Query q, string word, HashSet<string> stems)
    {
        var parts = splitter?.Split(DanishTextAnalyzer.FoldWord(word)) ?? [];
        if (parts.Count < 2)
        {
            return q;
        }

        var all = new BooleanQuery(disableCoord: true);
        foreach (var part in parts)
        {
            if (TextQuery(part, stems) is { } p)
            {
                all.Add(p, Occur.MUST);
            }
        }

        all.Boost = PartsWeight;
        return new DisjunctionMaxQuery(TieBreaker) { q, all };
    }

    /// <summary>A query that is a record's whole title (or its parenthesised name) puts that record first.</summary>
    private static void AddTitleKey(BooleanQuery outer, IReadOnlyList<QueryClause> clauses)
    {
        if (clauses.Any(c => c.Occur == ClauseOccur.MustNot || c.Kind == ClauseKind.Prefix))
        {
            return;
        }

        var key = SearchDocumentMapper.Key(string.Join(' ', clauses.Select(c => c.Text)));
        if (key.Length > 0)
        {
            outer.Add(new TermQuery(new Term(SearchFields.TitleKey, key)) { Boost = TitleKeyWeight }, Occur.SHOULD);
        }
    }

    /// <summary>Text as the query analyzer reads it: one term across the weighted fields, or a phrase.</summary>
    private static Query? TextQuery(string text, HashSet<string> stems)
    {
        var tokens = SearchAnalyzers.Query.Tokens(SearchFields.Title, text);
        if (tokens.Count == 0)
        {
            return null;
        }

        stems.UnionWith(tokens.Select(t => t.Term));
        var any = new DisjunctionMaxQuery(TieBreaker);
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            Query q = tokens.Count == 1 ? new TermQuery(new Term(field, tokens[0].Term)) : Phrase(field, tokens, 0);
            q.Boost = boost;
            any.Add(q);
        }

        return any;
    }

    private static PhraseQuery Phrase(string field, IEnumerable<TokenStreams.Token> tokens, int slop)
    {
        var phrase = new PhraseQuery { Slop = slop };
        var first = -1;
        foreach (var token in tokens)
        {
            first = first < 0 ? token.Position : first;
            phrase.Add(new Term(field, token.Term), token.Position - first);
        }

        return phrase;
    }

    /// <summary>Two or more plain words also score where they stand close together in the title or summary.</summary>
    private static void AddProximity(BooleanQuery outer, IReadOnlyList<QueryClause> clauses)
    {
        var plain = clauses.Where(c => c.Kind == ClauseKind.Word && c.Occur != ClauseOccur.MustNot).Select(c => c.Text).ToList();
        if (plain.Count < 2)
        {
            return;
        }

        var tokens = SearchAnalyzers.Query.Tokens(SearchFields.Title, string.Join(' ', plain));
        if (tokens.Select(t => t.Position).Distinct().Count() < 2)
        {
            return;
        }

        foreach (var field in new[] { SearchFields.Title, SearchFields.Summary })
        {
            var phrase = Phrase(field, tokens, ProximitySlop);
            phrase.Boost = ProximityWeight;
            outer.Add(phrase, Occur.SHOULD);
        }
    }
}
