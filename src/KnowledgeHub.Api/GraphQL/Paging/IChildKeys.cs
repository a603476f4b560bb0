using System.Linq.Expressions;
using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>
/// Where a child connection's pages come from: for each parent, its page as rows of sort-key
/// values (the unique key last), and how many children it has. <see cref="SqlChildKeys{TParent, T}"/>
/// is the one paging strategy; a child connection may put a declared cache in front of it
/// (<see cref="ChildSource{TParent, T}.Cache"/>), which answers through this same interface.
/// </summary>
public interface IChildKeys<T>
{
    Task<Dictionary<int, IEnumerable<object?[]>>> PageKeysAsync(
        KnowledgeHubDbContext db, PageRequest<T> request, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct);

    Task<IReadOnlyDictionary<int, int>> CountsAsync(
        KnowledgeHubDbContext db, Expression<Func<T, bool>>? filter, IReadOnlyCollection<int> parentIds, Actor reader, CancellationToken ct);
}
