using KnowledgeHub.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Infrastructure;

/// <summary>A server on the real seed data whose SQL statements a test can count (see <see cref="SqlCommandCounter"/>).</summary>
public sealed class SqlCountingServer : KnowledgeHubFactory
{
    private HttpClient? _client;

    public SqlCommandCounter Sql { get; } = new();

    public HttpClient Client => _client ??= CreateClient();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // What a query sends when it executes: a repeated request must not be answered from memory.
        builder.UseSetting("KnowledgeHub:HttpCaching:ResponseCacheMegabytes", "0");
        // Pooled contexts share one singleton options instance; the interceptor joins it there.
        builder.ConfigureServices(services =>
            services.ConfigureDbContext<KnowledgeHubDbContext>(o => o.AddInterceptors(Sql), ServiceLifetime.Singleton));
    }

    /// <summary>Runs the query and returns its data with the SQL statements it caused.</summary>
    public async Task<(System.Text.Json.Nodes.JsonNode Data, IReadOnlyList<string> Sql)> DataWithSqlAsync(string query, object? variables = null)
    {
        _ = Client;
        Sql.Reset();
        var data = await Client.DataAsync(query, variables);
        return (data, Sql.Commands);
    }
}
