using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KnowledgeHub.Data.Postgres;

/// <summary>
/// For `dotnet ef migrations add X --project src/KnowledgeHub.Data.Postgres`: builds the model for
/// Npgsql without a server (adding a migration does not connect).
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KnowledgeHubDbContext>
{
    public KnowledgeHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KnowledgeHubDbContext>()
            .UseNpgsql("Host=localhost;Database=knowledgehub_design", o => o.MigrationsAssembly(DataServiceCollectionExtensions.PostgresMigrationsAssembly))
            .Options);
}
