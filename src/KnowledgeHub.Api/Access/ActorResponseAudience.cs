using System.Security.Claims;
using KnowledgeHub.GraphQL.Http.Caching;

namespace KnowledgeHub.Api.Access;

/// <summary>
/// Anonymous answers are one audience that shared caches may keep; a key holder's answers may
/// hold drafts, so they are kept per role, organisation and key, privately.
/// </summary>
public sealed class ActorResponseAudience : IResponseAudience
{
    public ResponseAudience Of(ClaimsPrincipal user)
    {
        var actor = ActorClaims.ToActor(user);
        return actor.IsAnonymous
            ? new ResponseAudience("anonymous", Shared: true)
            : new ResponseAudience($"{actor.Role}:{actor.OrganisationId}:{actor.ApiKeyId}", Shared: false);
    }
}
