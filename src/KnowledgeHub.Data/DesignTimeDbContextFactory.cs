using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KnowledgeHub.Data;

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<KnowledgeHubDbContext>
{
    public KnowledgeHubDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<KnowledgeHubDbContext>().UseSqlite("Data Source=design.db").Options);
}
