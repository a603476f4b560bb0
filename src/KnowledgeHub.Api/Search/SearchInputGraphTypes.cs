using GraphQL.Types;
using KnowledgeHub.Api.FamilyPrograms;
using KnowledgeHub.Api.Records;
using KnowledgeHub.GraphQL;
using KnowledgeHub.Search.Searching;

namespace KnowledgeHub.Api.Search;

public sealed class SearchFilterInputGraphType : InputObjectGraphType<SearchFilterInput>
{
    public SearchFilterInputGraphType()
    {
        Name = "SearchFilterInput";
        Description = "Restricts a search. Values within one list are alternatives; the given lists must all hold. Facets count within these filters.";
        Field<ListGraphType<NonNullGraphType<RecordKindGraphType>>>("kinds").Description("Only these kinds of record.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("themes").Description("Theme slugs; a theme includes its sub-themes.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("municipalities")
            .Description("Municipality codes (\"0461\"): records that involve one of them, as partner, subject or where a programme is implemented.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("regions").Description("Region codes (1081–1085): records that involve a municipality of one of them.");
        Field<IntRangeInputGraphType>("targetAge").Description("Records whose target ages overlap this range (from their own ages, else their target groups').");
        Field<EvidenceLevelGraphType>("minEvidenceLevel")
            .Description("At least this evidence of effect (the best assessment of effect; target-group, method, implementation and economy ratings do not count).");
        Field<IntRangeInputGraphType>("activeYears").Description("Records active at some time in these years (start year to end year, open-ended if ongoing).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("organisations").Description("Organisation slugs: owner or involved in any role.");
    }
}

public sealed class IntRangeInputGraphType : InputObjectGraphType<IntRangeInput>
{
    public IntRangeInputGraphType()
    {
        Name = "IntRangeInput";
        Description = "An inclusive range; either end may be left open.";
        Field<IntGraphType>("from").Description("The lowest value, inclusive.");
        Field<IntGraphType>("to").Description("The highest value, inclusive.");
    }
}

public sealed class SearchOrderGraphType() : NamedEnumGraphType<SearchOrder>(
    "SearchOrder", "RELEVANCE (best match first), NEWEST (latest start year first, records without a year last) or TITLE (Danish alphabetical order).");
