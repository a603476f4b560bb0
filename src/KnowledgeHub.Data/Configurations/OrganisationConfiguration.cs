using KnowledgeHub.Domain.Organisations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.HasMany(o => o.Names).WithOne().HasForeignKey(n => n.OrganisationId).OnDelete(DeleteBehavior.Cascade);
        builder.ComplexProperty(o => o.Source);
    }
}
