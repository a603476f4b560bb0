using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Search.Querying;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

public sealed class SearchHitGraphType : ObjectGraphType<SearchHitResult>
{
    public SearchHitGraphType()
    {
        Name = "SearchHit";
        Description = "A record that matches a search, with how well and where.";
        Field<NonNullGraphType<FloatGraphType>>("score").Description("Relevance (BM25); comparable only within one search.").Resolve(c => c.Source.Hit.Score);
        Field<NonNullGraphType<RecordGraphType>>("record").Description("The record.").Resolve(c => c.Source.Record);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HighlightGraphType>>>>("highlights")
            .Description("The fields where the query matched, with the matched words wrapped in <mark>…</mark>; the rest of the text is HTML-escaped.")
            .Resolve(c => c.Source.Hit.Highlights);
    }
}

public sealed class HighlightGraphType : ObjectGraphType<Highlight>
{
    public HighlightGraphType()
    {
        Name = "Highlight";
        Description = "Where a hit matched: a field and fragments of its text.";
        Field(h => h.Field).Description("The record field that matched: title, summary, description, results, approach, challenges, origin, ...");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fragments")
            .Description("Whole title or summary, or up to two passages of a longer text, HTML-escaped with <mark>…</mark> around matches.")
            .Resolve(c => c.Source.Fragments);
    }
}

public sealed class SearchCorrectionGraphType : ObjectGraphType<Correction>
{
    public SearchCorrectionGraphType()
    {
        Name = "SearchCorrection";
        Description = "A word of the query that matched nothing and the word searched instead.";
        Field(x => x.From).Description("The word as typed.");
        Field(x => x.To).Description("The known word searched for instead.");
    }
}
