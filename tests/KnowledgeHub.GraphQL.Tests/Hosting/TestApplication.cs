using System.Linq.Expressions;
using System.Security.Claims;
using GraphQL;
using GraphQL.Transport;
using KnowledgeHub.GraphQL.DataLoading;
using KnowledgeHub.GraphQL.Documents;
using KnowledgeHub.GraphQL.Documents.Persisted;
using KnowledgeHub.GraphQL.Errors;
using KnowledgeHub.GraphQL.Filtering;
using KnowledgeHub.GraphQL.Http;
using KnowledgeHub.GraphQL.Http.Caching;
using KnowledgeHub.GraphQL.Limits;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KnowledgeHub.GraphQL.Tests.Hosting;

/// <summary>
/// The library hosted as an application would host it, over the tiny item schema: the transport
/// on /graphql behind an ASP.NET Core TestServer, so tests send real HTTP requests.
/// </summary>
public sealed class TestApplication : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SqliteConnection _database = new("Data Source=:memory:");

    private TestApplication(WebApplication app) => _app = app;

    public TestContentVersion Version { get; } = new();

    public HttpClient Client { get; private set; } = null!;

    public static async Task<TestApplication> StartAsync(params Item[] items)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        var services = builder.Services;
        TestApplication? application = null;
        services.AddDbContextFactory<ItemsContext>((_, o) => o.UseSqlite(application!._database));
        services.AddOptions<LimitsOptions>();
        services.AddOptions<HttpCachingOptions>();
        services.AddSingleton<DocumentCache>();
        services.AddSingleton<TrustedDocumentStore>();
        services.AddSingleton<DocumentProvider>();
        services.AddSingleton<GraphQLExecution>();
        services.AddSingleton<GraphQLRequestHandler>();
        services.AddSingleton<GraphQLHttpCache>();
        services.AddSingleton<GraphQLResponseCache>();
        services.AddSingleton<ExpensiveOperations>();
        services.AddScoped<DataLoaderRegistry>();
        services.AddHttpContextAccessor();
        services.AddSingleton<IContentVersion>(_ => application!.Version);
        services.AddSingleton<IResponseAudience, EveryoneAudience>();
        services.AddSingleton<IOutageClassifier, TestOutageClassifier>();
        services.AddSingleton<IGraphQLRequestObserver, NoObserver>();
        services.AddSingleton<IClientPartition, OneClient>();
        services.AddSingleton<ITextFolding, LowerCaseFolding>();
        services.AddGraphQL(b => b
            .AddSchema<TestSchema>()
            .AddGraphTypes(typeof(TestSchema).Assembly)
            .AddGraphTypes(typeof(GraphQLHttpEndpoint).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider<KnowledgeHubErrorInfoProvider>()
            .AddKnowledgeHubComplexity());

        var app = builder.Build();
        app.MapKnowledgeHubGraphQL();
        application = new TestApplication(app);
        await application._database.OpenAsync();
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<ItemsContext>>().CreateDbContextAsync())
        {
            await db.Database.EnsureCreatedAsync();
            db.Items.AddRange(items);
            await db.SaveChangesAsync();
        }

        await app.StartAsync();
        application.Client = app.GetTestClient();
        return application;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}

/// <summary>The content version the cache keys on; a test moves it to play a write.</summary>
public sealed class TestContentVersion : IContentVersion
{
    public string Value { get; set; } = "1";

    public ValueTask<string> CurrentAsync(CancellationToken cancellationToken) => ValueTask.FromResult(Value);
}

public sealed class TestOutageException() : Exception("The test database is down.");

internal sealed class TestOutageClassifier : IOutageClassifier
{
    public bool IsOutage(Exception? exception) => exception is TestOutageException || exception?.InnerException is TestOutageException;
}

internal sealed class EveryoneAudience : IResponseAudience
{
    public ResponseAudience Of(ClaimsPrincipal user) => new("anonymous", Shared: true);
}

internal sealed class NoObserver : IGraphQLRequestObserver
{
    public void Record(HttpContext http, GraphQLRequest? request, CachedDocument? document, ExecutionResult result, TimeSpan duration, long bytes)
    {
    }
}

internal sealed class OneClient : IClientPartition
{
    public string Of(HttpContext http) => "test";
}

/// <summary>SQLite's lower() folds ASCII only, which is all the test data needs.</summary>
internal sealed class LowerCaseFolding : ITextFolding
{
    public Expression Fold(Expression text) => Expression.Call(text, typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!);

    public string? Fold(string? text) => text?.ToLowerInvariant();
}
