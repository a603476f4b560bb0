using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.GraphQL.Tests.Hosting;

/// <summary>The tiny test domain: items with a name and an optional year, in an in-memory SQLite database.</summary>
public sealed class Item
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public int? Year { get; set; }
}

public sealed class ItemsContext(DbContextOptions<ItemsContext> options) : DbContext(options)
{
    public DbSet<Item> Items => Set<Item>();
}
