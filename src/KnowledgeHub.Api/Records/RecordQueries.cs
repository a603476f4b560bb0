using GraphQL;
using GraphQL.Types;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.Api.GraphQL.DataLoading;
using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Api.Records;

public static class RecordQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<RecordGraphType>("record")
            .Description("A record of any kind by its slug; null when there is none.")
            .Argument<NonNullGraphType<StringGraphType>>("slug", "The record's slug, e.g. \"pmto\".")
            .ResolveAsync(async c =>
            {
                var slug = c.GetArgument<string>("slug");
                await using var db = await c.Contexts().CreateDbContextAsync(c.CancellationToken);
                return await db.Records.Visible(c).FirstOrDefaultAsync(r => r.Slug == slug, c.CancellationToken);
            });
    }
}
