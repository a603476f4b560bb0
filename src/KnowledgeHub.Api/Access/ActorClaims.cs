using System.Globalization;
using System.Security.Claims;
using KnowledgeHub.Domain.Access;

namespace KnowledgeHub.Api.Access;

/// <summary>An authenticated key as claims on the request, and back: key id, name, role, organisation.</summary>
public static class ActorClaims
{
    public const string Organisation = "kh:organisation";

    public static ClaimsPrincipal ToPrincipal(Actor actor, string scheme)
    {
        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, actor.ApiKeyId!.Value.ToString(CultureInfo.InvariantCulture)),
            new(ClaimTypes.Name, actor.Name),
            new(ClaimTypes.Role, actor.Role!.Value.ToString()),
        };
        if (actor.OrganisationId is { } organisation)
        {
            claims.Add(new Claim(Organisation, organisation.ToString(CultureInfo.InvariantCulture)));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, scheme));
    }

    /// <summary>Anonymous unless the request carried a valid key.</summary>
    public static Actor ToActor(ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true || !Enum.TryParse<ApiKeyRole>(principal.FindFirstValue(ClaimTypes.Role), out var role))
        {
            return Actor.Anonymous;
        }

        return new Actor(
            principal.FindFirstValue(ClaimTypes.Name) ?? "",
            role,
            int.Parse(principal.FindFirstValue(ClaimTypes.NameIdentifier)!, CultureInfo.InvariantCulture),
            principal.FindFirstValue(Organisation) is { } organisation ? int.Parse(organisation, CultureInfo.InvariantCulture) : null);
    }
}
