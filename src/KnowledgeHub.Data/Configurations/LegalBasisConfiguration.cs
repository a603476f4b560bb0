using KnowledgeHub.Domain.LegalBases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class LegalBasisConfiguration : IEntityTypeConfiguration<LegalBasis>
{
    public void Configure(EntityTypeBuilder<LegalBasis> builder)
    {
        builder.HasIndex(l => l.Slug).IsUnique();
        builder.ComplexProperty(l => l.Source);
    }
}
