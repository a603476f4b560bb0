using KnowledgeHub.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class RegionConfiguration : IEntityTypeConfiguration<Region>
{
    public void Configure(EntityTypeBuilder<Region> builder)
    {
        builder.HasIndex(r => r.Code).IsUnique();
        builder.HasIndex(r => r.Slug).IsUnique();
        builder.Property(r => r.Code).HasMaxLength(4);
        builder.ComplexProperty(r => r.Source);
    }
}
