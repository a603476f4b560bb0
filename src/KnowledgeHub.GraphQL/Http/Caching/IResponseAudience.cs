using System.Security.Claims;

namespace KnowledgeHub.GraphQL.Http.Caching;

/// <summary>Who an answer was made for: callers that may see different data get different cache entries.</summary>
public interface IResponseAudience
{
    ResponseAudience Of(ClaimsPrincipal user);
}

/// <summary><paramref name="Caller"/> names everyone who gets the same answer; <paramref name="Shared"/> when shared caches may keep it.</summary>
public sealed record ResponseAudience(string Caller, bool Shared);
