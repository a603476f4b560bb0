using KnowledgeHub.Api.Access;
using KnowledgeHub.Api.GraphQL;
using KnowledgeHub.GraphQL.Http;
using KnowledgeHub.Api.GraphQL.Http;
using KnowledgeHub.Api.Health;
using KnowledgeHub.Api.Hosting;
using KnowledgeHub.Api.Observability;
using KnowledgeHub.Api.RateLimiting;
using KnowledgeHub.Api.Security;
using KnowledgeHub.Api.Web;
using KnowledgeHub.Data;
using KnowledgeHub.Import;
using KnowledgeHub.Import.Indexing;

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeHubHosting();
builder.AddKnowledgeHubObservability();
builder.Services.AddKnowledgeHubData(builder.Configuration);
builder.Services.AddKnowledgeHubImport(builder.Configuration);
builder.Services.AddKnowledgeHubSearchIndexing(builder.Configuration);
builder.Services.AddKnowledgeHubIndexFollowing(builder.Configuration);
builder.Services.AddKnowledgeHubGraphQL(builder.Configuration);
builder.Services.AddKnowledgeHubGraphQLTransport(builder.Configuration);
builder.Services.AddKnowledgeHubSecurity(builder.Configuration);
builder.Services.AddKnowledgeHubRateLimiting(builder.Configuration);
builder.Services.AddKnowledgeHubHealth(builder.Configuration);
builder.Services.AddKnowledgeHubEditing(builder.Configuration);
builder.Services.AddKnowledgeHubWeb(builder.Configuration);

var app = builder.Build();
if (SchemaExport.IsRequested(args))
{
    return await SchemaExport.RunAsync(app.Services, args);
}

if (!await StartupFailure.TryAsync(async () =>
    {
        await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await app.Services.GetRequiredService<SearchIndexer>().EnsureCurrentAsync();
    }))
{
    return 1;
}

app.UseKnowledgeHubShutdownLogging();
app.UseExceptionHandler();
app.UseKnowledgeHubSecurity();
app.UseRateLimiter();
app.UseKnowledgeHubWeb();
app.UseKnowledgeHubAccess();
app.MapKnowledgeHubHealth();
app.MapKnowledgeHubGraphQL();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
