using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Api.GraphQL.Paging;
using KnowledgeHub.Api.Records;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Api.Themes;

/// <summary>A theme's records.</summary>
public static class ThemeRecords
{
    public static readonly ChildSource<Theme, Record> Source = new(
        (db, ids) => db.Themes.Where(t => ids.Contains(t.Id)),
        t => t.Id,
        (db, ids, reader) =>
            from r in db.Records.VisibleTo(reader)
            from t in r.Themes
            where ids.Contains(t.Id)
            select new Keyed<Record> { Key = t.Id, Value = r },
        (db, reader) => db.Records.VisibleTo(reader));
}
