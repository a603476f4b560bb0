using KnowledgeHub.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.HasIndex(m => m.Code).IsUnique();
        builder.HasIndex(m => m.Slug).IsUnique();
        builder.HasIndex(m => m.Name);
        builder.Property(m => m.Code).HasMaxLength(4);
        builder.HasOne(m => m.Region).WithMany(r => r.Municipalities).HasForeignKey(m => m.RegionId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(m => m.Source);
    }
}
