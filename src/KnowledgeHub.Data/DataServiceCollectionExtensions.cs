using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Data;

public static class DataServiceCollectionExtensions
{
    /// <summary>The Postgres migrations live in their own assembly: EF Core needs one migration set per provider.</summary>
    public const string PostgresMigrationsAssembly = "KnowledgeHub.Data.Postgres";

    public static IServiceCollection AddKnowledgeHubData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<KnowledgeHubDataOptions>().Bind(configuration.GetSection(KnowledgeHubDataOptions.Section));
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddPooledDbContextFactory<KnowledgeHubDbContext>((sp, options) =>
        {
            var database = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            switch (database.ParsedProvider)
            {
                case DatabaseProvider.Postgres:
                    UsePostgres(options, configuration.GetConnectionString("KnowledgeHub"));
                    break;
                default:
                    UseSqlite(options, sp.GetRequiredService<IOptions<KnowledgeHubDataOptions>>().Value, database);
                    break;
            }

            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
        });
        return services;
    }

    private static void UseSqlite(DbContextOptionsBuilder options, KnowledgeHubDataOptions data, DatabaseOptions database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(data.DatabasePath)!);
        options.UseSqlite($"Data Source={data.DatabasePath};Foreign Keys=True", sqlite =>
                sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery))
            .AddInterceptors(TextFolding.SqliteRegistration.Instance, DanishCollation.SqliteRegistration.Instance,
                new SqliteMemoryMap(database.SqliteMemoryMapMegabytes * 1024L * 1024L));
    }

    private static void UsePostgres(DbContextOptionsBuilder options, string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new DatabaseConfigurationException(
                "KnowledgeHub:Database:Provider is Postgres but ConnectionStrings:KnowledgeHub is not set.");
        }

        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseConfigurationException($"ConnectionStrings:KnowledgeHub is not a valid connection string: {e.Message}");
        }

        options.UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsAssembly(PostgresMigrationsAssembly)
            .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery));
    }
}
