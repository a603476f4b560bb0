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
    public static Actor RequireKey(this IResolveFieldContext context) =>
        context.Require(a => !a.IsAnonymous, "Changing records needs an API key, sent as `Authorization: Bearer <key>`.");

    public static Actor RequireEditor(this IResolveFieldContext context) => context.Require(a => a.IsEditor, "This needs an editor or admin key.");

    public static Actor RequireAdmin(this IResolveFieldContext context) => context.Require(a => a.MayManageKeys, "Managing keys needs an admin key.");

    private static Actor Require(this IResolveFieldContext context, Func<Actor, bool> allowed, string refusal) =>
        context.Actor() is var actor && allowed(actor) ? actor : throw AccessError.Forbidden(refusal);
}
