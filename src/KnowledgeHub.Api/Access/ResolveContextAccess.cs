using GraphQL;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.Api.GraphQL.Errors;
using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Api.Access;

/// <summary>Who is asking, from a resolver; and the checks that refuse a role with FORBIDDEN.</summary>
public static class ResolveContextAccess
{
    public static Actor Actor(this IResolveFieldContext context) => ActorClaims.ToActor(context.User);

    /// <summary>Any key: partners, editors, admins.</summary>
    public static Actor RequireKey(this IResolveFieldContext context)
    {
        var actor = context.Actor();
        return actor.IsAnonymous
            ? throw AccessError.Forbidden("Changing records needs an API key, sent as `Authorization: Bearer <key>`.")
            : actor;
    }

    public static Actor RequireEditor(this IResolveFieldContext context)
    {
        var actor = context.Actor();
        return actor.IsEditor ? actor : throw AccessError.Forbidden("This needs an editor or admin key.");
    }

    public static Actor RequireAdmin(this IResolveFieldContext context)
    {
        var actor = context.Actor();
        return actor.MayManageKeys ? actor : throw AccessError.Forbidden("Managing keys needs an admin key.");
    }
}
