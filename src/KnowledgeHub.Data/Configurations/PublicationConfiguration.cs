using KnowledgeHub.Domain.Publications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class PublicationConfiguration : IEntityTypeConfiguration<Publication>
{
    public void Configure(EntityTypeBuilder<Publication> builder)
    {
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.HasOne(p => p.Publisher).WithMany().HasForeignKey(p => p.PublisherId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(p => p.Source);
    }
}
