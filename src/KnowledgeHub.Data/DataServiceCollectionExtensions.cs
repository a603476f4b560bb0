using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;
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
                    UsePostgres(options, configuration.GetConnectionString("KnowledgeHub"), database.MaxPoolSize);
                    break;
                default:
                    UseSqlite(options, sp.GetRequiredService<IOptions<KnowledgeHubDataOptions>>().Value, database);
                    break;
            }

            options.UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking);
            QuietFailures(options);
        });
        return services;
    }

    /// <summary>The connection string's own Maximum Pool Size wins; without one, the configured default applies.</summary>
    private static string WithPoolSize(string connectionString, int maxPoolSize)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        var keys = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        if (!keys.Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaximumPoolSize", StringComparison.OrdinalIgnoreCase)
                           || k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxPoolSize", StringComparison.OrdinalIgnoreCase)))
        {
            builder.MaxPoolSize = maxPoolSize;
        }

        return builder.ConnectionString;
    }

    /// <summary>
    /// EF Core logs each failed command, connection and query at Error with a stack trace: dozens
    /// for one request during an outage, and one at every start on a database about to be created.
    /// The server logs a failed request once itself (with its request id), so these go to Debug.
    /// </summary>
    private static void QuietFailures(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Log(
            (CoreEventId.QueryIterationFailed, LogLevel.Debug),
            (CoreEventId.SaveChangesFailed, LogLevel.Debug),
            (RelationalEventId.CommandError, LogLevel.Debug),
            (RelationalEventId.ConnectionError, LogLevel.Debug),
            (RelationalEventId.TransactionError, LogLevel.Debug)));

    private static void UseSqlite(DbContextOptionsBuilder options, KnowledgeHubDataOptions data, DatabaseOptions database)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(data.DatabasePath)!);
        // A list of ids (a page's records for its child lists) as one JSON parameter: EF Core 10's
        // default, a parameter per id, rebuilt and rebound the statement on every call; one
        // parameter keeps it cached (the themes of 50 records: 2.8 -> 1.3 ms of CPU, bench lists).
        // Foreign keys are switched on by SqliteConnectionSetup, once per physical connection
        // ("Foreign Keys=True" here ran the pragma at every open).
        options.UseSqlite($"Data Source={data.DatabasePath}", sqlite => sqlite
                .UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)
                .UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqliteConnectionSetup(database.SqliteMemoryMapMegabytes * 1024L * 1024L));
    }

    private static void UsePostgres(DbContextOptionsBuilder options, string? connectionString, int maxPoolSize)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new DatabaseConfigurationException(
                "KnowledgeHub:Database:Provider is Postgres but ConnectionStrings:KnowledgeHub is not set.");
        }

        try
        {
            connectionString = WithPoolSize(connectionString, maxPoolSize);
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
