using KnowledgeHub.GraphQL.Paging;
using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Api.GraphQL.Paging;

/// <summary>
/// A child connection's (parent, child) pairs kept in memory in the children's unique-key order,
/// for the common request — no filter, the default order — so a page reads the first keys of
/// each parent instead of numbering every pair in SQL. Whatever it cannot answer goes to SQL.
/// </summary>
public interface IChildIndex
{
    /// <summary>
    /// Each parent's children the reader may see, in key order (descending when <paramref name="backward"/>),
    /// after <paramref name="after"/> and before <paramref name="before"/>, at most <paramref name="take"/>.
    /// </summary>
    Task<IReadOnlyDictionary<int, IReadOnlyList<int>>> PagesAsync(
        IReadOnlyCollection<int> parents, Actor reader, int? after, int? before, int take, bool backward, CancellationToken cancellationToken);

    /// <summary>How many children of each parent the reader may see.</summary>
    Task<IReadOnlyDictionary<int, int>> CountsAsync(IReadOnlyCollection<int> parents, Actor reader, CancellationToken cancellationToken);
}
