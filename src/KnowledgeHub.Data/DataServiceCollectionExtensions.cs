using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddKnowledgeHubData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeHubDataOptions>().Bind(configuration.GetSection(KnowledgeHubDataOptions.Section));
        services.AddPooledDbContextFactory<KnowledgeHubDbContext>((sp, options) =>
        {
            var data = sp.GetRequiredService<IOptions<KnowledgeHubDataOptions>>().Value;
            Directory.CreateDirectory(Path.GetDirectoryName(data.DatabasePath)!);
            options.UseSqlite($"Data Source={data.DatabasePath};Foreign Keys=True", sqlite =>
                    sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
                .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking)
                .AddInterceptors(TextFolding.SqliteRegistration.Instance);
        });
        return services;
    }
}
