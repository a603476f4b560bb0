using KnowledgeHub.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>
/// A server whose database commands are recorded, for tests of what reaches the database:
/// that filters are SQL, and that a query's statement count does not grow with its rows.
/// Requests must run one at a time on it.
/// </summary>
public class SqlLoggingServer : KnowledgeHubFactory
{
    private HttpClient? _client;

    public SqlLog Sql { get; } = new();

    public HttpClient Client => _client ??= CreateClient();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // What a query sends when it executes: a repeated request must not be answered from memory.
        builder.UseSetting("KnowledgeHub:HttpCaching:ResponseCacheMegabytes", "0");
        builder.ConfigureTestServices(services =>
            services.ConfigureDbContext<KnowledgeHubDbContext>(options => options.AddInterceptors(Sql)));
    }

    /// <summary>The SQL statements one request sent.</summary>
    public async Task<IReadOnlyList<string>> StatementsOfAsync(string query, object? variables = null)
    {
        await Client.DataAsync(query, variables);
        Sql.Clear();
        await Client.DataAsync(query, variables);
        return Sql.Commands;
    }
}
