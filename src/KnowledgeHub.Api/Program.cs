using KnowledgeHub.Api.Access;
using KnowledgeHub.Api.GraphQL;
using KnowledgeHub.Api.GraphQL.Http;
using KnowledgeHub.Api.Health;
using KnowledgeHub.Api.Hosting;
using KnowledgeHub.Data;
using KnowledgeHub.Import;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKnowledgeHubData(builder.Configuration);
builder.Services.AddKnowledgeHubImport(builder.Configuration);
builder.Services.AddKnowledgeHubGraphQL(builder.Configuration);
builder.Services.AddKnowledgeHubEditing(builder.Configuration);

var app = builder.Build();
if (!await StartupFailure.TryAsync(() => app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync()))
{
    return 1;
}

app.UseKnowledgeHubAccess();
app.MapKnowledgeHubHealth();
app.MapKnowledgeHubGraphQL();
await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
