using Microsoft.Net.Http.Headers;

namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>If-None-Match per RFC 9110: weak comparison, a list of tags, or "*".</summary>
public static class EntityTags
{
    public static bool NoneMatchFails(HttpRequest request, string etag)
    {
        var header = request.Headers.IfNoneMatch;
        if (header.Count == 0 || !EntityTagHeaderValue.TryParseList(header, out var tags))
        {
            return false;
        }

        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
