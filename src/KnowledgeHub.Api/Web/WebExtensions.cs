using KnowledgeHub.GraphQL.Documents.Persisted;
using KnowledgeHub.GraphQL.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Api.Web;

public static class WebExtensions
{
    /// <summary>The built search page and GraphiQL; the page's operations become trusted documents.</summary>
    public static IServiceCollection AddKnowledgeHubWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WebOptions>().Bind(configuration.GetSection(WebOptions.Section));
        services.AddSingleton<WebAssets>();
        services.AddOptions<PersistedDocumentOptions>().PostConfigure<WebAssets>((options, assets) =>
        {
            if (assets.ManifestPath is { } manifest && !options.AdditionalTrustedDocumentsPaths.Contains(manifest))
            {
                options.AdditionalTrustedDocumentsPaths.Add(manifest);
            }
        });
        return services;
    }

    /// <summary>
    /// Hashed files under /assets (cached for a year: a new build has new names), index.html at the
    /// page's routes, and GraphiQL for browsers at /graphql. Without built assets the server is an API only.
    /// </summary>
    public static WebApplication UseKnowledgeHubWeb(this WebApplication app)
    {
        var assets = app.Services.GetRequiredService<WebAssets>();
        if (!assets.IsAvailable)
        {
            if (app.Services.GetRequiredService<IOptions<WebOptions>>().Value.Enabled)
            {
                app.Logger.LogWarning("No built web assets in {Directory}: the search page and GraphiQL are not served. Run `npm ci && npm run build` in web/.", assets.Directory);
            }

            return app;
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new PhysicalFileProvider(Path.Combine(assets.Directory!, WebAssets.AssetsFolder)),
            RequestPath = "/" + WebAssets.AssetsFolder,
            ContentTypeProvider = ContentTypes(),
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl = "public, max-age=31536000, immutable",
        });

        // Ahead of the GraphQL endpoint, which answers everything else at /graphql as before.
        app.Use((http, next) => http.Request.Path.Equals(GraphQLHttpEndpoint.Path, StringComparison.OrdinalIgnoreCase) && GraphiQLNegotiation.WantsIde(http.Request)
            ? PageResponse.WriteAsync(http, assets.Files.GetFileInfo(WebAssets.GraphiQLPage), PageSecurityPolicy.GraphiQL)
            : next(http));

        app.Use((http, next) => http.GetEndpoint() is null && WebRoutes.IsPage(http.Request)
            ? PageResponse.WriteAsync(http, assets.Files.GetFileInfo(WebAssets.IndexPage), PageSecurityPolicy.SearchPage)
            : next(http));
        return app;
    }

    private static FileExtensionContentTypeProvider ContentTypes()
    {
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".woff2"] = "font/woff2";
        types.Mappings[".woff"] = "font/woff";
        return types;
    }
}
