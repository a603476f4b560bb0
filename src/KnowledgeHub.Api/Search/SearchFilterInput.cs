using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.Api.Municipalities;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

/// <summary>The `where` of a search, as the client sends it.</summary>
public sealed class SearchFilterInput
{
    public List<RecordKind>? Kinds { get; set; }
    public List<string>? Themes { get; set; }
    public List<string>? Municipalities { get; set; }
    public List<string>? Regions { get; set; }
    public IntRangeInput? TargetAge { get; set; }
    public EvidenceLevel? MinEvidenceLevel { get; set; }
    public IntRangeInput? ActiveYears { get; set; }
    public List<string>? Organisations { get; set; }

    public static SearchFilter ToFilter(SearchFilterInput? input)
    {
        if (input is null)
        {
            return SearchFilter.None;
        }

        Check("targetAge", input.TargetAge);
        Check("activeYears", input.ActiveYears);
        return new SearchFilter
        {
            Kinds = input.Kinds?.Select(SearchSpelling.ToIndex).ToList() ?? [],
            Themes = input.Themes ?? [],
            Municipalities = input.Municipalities?.Select(MunicipalityQueries.Code).ToList() ?? [],
            Regions = input.Regions ?? [],
            Organisations = input.Organisations ?? [],
            MinEvidenceRank = input.MinEvidenceLevel is { } level ? (int)level : null,
            AgeFrom = input.TargetAge?.From,
            AgeTo = input.TargetAge?.To,
            YearFrom = input.ActiveYears?.From,
            YearTo = input.ActiveYears?.To,
        };
    }

    private static void Check(string name, IntRangeInput? range)
    {
        if (range is { From: { } from, To: { } to } && from > to)
        {
            throw SearchError.InvalidFilter($"`{name}` goes from {from} to {to}; `from` must not be after `to`.");
        }
    }
}

public sealed class IntRangeInput
{
    public int? From { get; set; }
    public int? To { get; set; }
}
