using GraphQL;
using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Search.Searching;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Search;

// Added through the shared record field list, which serves the interface too (see RecordFields).
#pragma warning disable GQL012

/// <summary>The <c>related</c> field every record type has: its nearest neighbours by MoreLikeThis.</summary>
public static class RelatedRecordsField
{
    public const int DefaultCount = 5;

    public static void AddTo<T>(ComplexGraphType<T> type) where T : Record =>
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordGraphType>>>>("related")
            .Description("The records most similar to this one in title, summary and text (MoreLikeThis), most similar first.")
            .Argument<IntGraphType>("first", $"How many ({DefaultCount} by default, at most 50).")
            // Its weight (one search per call) is set with the other measured ones in GraphQL/FieldCosts.
            .Resolve(c =>
            {
                var options = c.RequestServices!.GetRequiredService<IOptions<PagingOptions>>().Value;
                var first = PagingArguments.From(c, options).First ?? DefaultCount;
                var ids = c.RequestServices!.GetRequiredService<RelatedRecords>().Find(c.Source.Id, first, ReaderVisibility.SearchStatuses);
                return c.RecordById().LoadMany(ids).Then(records => records.OfType<Record>().ToList());
            });
}
#pragma warning restore GQL012
