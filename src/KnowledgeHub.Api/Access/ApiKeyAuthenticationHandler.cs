using System.Text.Encodings.Web;
using KnowledgeHub.Import.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Access;

/// <summary>
/// <c>Authorization: Bearer &lt;key&gt;</c>. No header: anonymous. A header with anything but a
/// valid, unrevoked key: a failure, which <see cref="AccessMiddleware"/> answers with 401 — a
/// wrong key is never silently read as anonymous.
/// </summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, ApiKeyService keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    private const string Bearer = "Bearer ";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization;
        if (header.Count == 0)
        {
            return AuthenticateResult.NoResult();
        }

        var value = header.Count == 1 ? header[0] ?? "" : "";
        if (!value.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.Fail("Send the API key as `Authorization: Bearer <key>`.");
        }

        var actor = await keys.AuthenticateAsync(value[Bearer.Length..].Trim(), Context.RequestAborted);
        return actor is null
            ? AuthenticateResult.Fail("The API key is not valid: it is unknown, revoked or mistyped.")
            : AuthenticateResult.Success(new AuthenticationTicket(ActorClaims.ToPrincipal(actor, SchemeName), SchemeName));
    }
}
