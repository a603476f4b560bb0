using System.Linq.Expressions;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Records;

namespace KnowledgeHub.Api.Records;

/// <summary>The records of a child connection's page, read by id once the page's ids are known, with the columns its node fields need.</summary>
public static class RecordsById
{
    public static IQueryable<Keyed<Record>> For(KnowledgeHubDbContext db, IReadOnlyCollection<int> ids, Actor reader, IReadOnlySet<string> nodeFields)
    {
        var columns = SelectedColumns.Of<Record>(db.Model, nodeFields);
        var row = columns.Parameters[0];
        return db.Records.VisibleTo(reader).Where(r => ids.Contains(r.Id)).Select(Expression.Lambda<Func<Record, Keyed<Record>>>(
            Expression.MemberInit(Expression.New(typeof(Keyed<Record>)),
                Expression.Bind(typeof(Keyed<Record>).GetProperty(nameof(Keyed<Record>.Key))!, Expression.Property(row, nameof(Record.Id))),
                Expression.Bind(typeof(Keyed<Record>).GetProperty(nameof(Keyed<Record>.Value))!, columns.Body)), row));
    }
}
