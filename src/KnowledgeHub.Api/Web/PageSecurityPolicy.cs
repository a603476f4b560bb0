namespace KnowledgeHub.Api.Web;

/// <summary>
/// The Content-Security-Policy of the two HTML pages: everything from this origin only, no inline
/// script or style, no data: URLs (the build moves GraphiQL's embedded fonts into files), no
/// framing. Every other answer keeps the API's <c>default-src 'none'</c>.
/// </summary>
public static class PageSecurityPolicy
{
    private const string SelfOnly =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "manifest-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>The search page builds its DOM without HTML strings, so Trusted Types can forbid them outright.</summary>
    public const string SearchPage = SelfOnly + "; require-trusted-types-for 'script'; trusted-types 'none'";

    /// <summary>GraphiQL renders Markdown descriptions as HTML, so it gets no Trusted Types rule.</summary>
    public const string GraphiQL = SelfOnly;
}
