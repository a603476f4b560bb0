using GraphQL.Types;
using KnowledgeHub.Api.Records;
using KnowledgeHub.GraphQL;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

public sealed class SuggestionGraphType : ObjectGraphType<Suggestion>
{
    public SuggestionGraphType()
    {
        Name = "Suggestion";
        Description = "A completion for a search box.";
        Field(s => s.Text).Description("What to put in the search box: a completed word or term (lower case, as indexed), or a record's title.");
        Field<NonNullGraphType<SuggestionKindGraphType>>("kind").Description("A term or a record's title.").Resolve(c => c.Source.Kind);
        Field<RecordGraphType>("record").Description("The record, when the suggestion is its title.")
            .Resolve(c => c.Source.RecordId is { } id ? c.RecordById().Load(id) : null);
    }
}

public sealed class SuggestionKindGraphType() : NamedEnumGraphType<SuggestionKind>(
    "SuggestionKind", "TERM completes the last word typed (words of the records and thesaurus terms); TITLE is a record whose title has the typed words.");
