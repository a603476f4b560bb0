using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class StatedMunicipalityCountConfiguration : IEntityTypeConfiguration<StatedMunicipalityCount>
{
    public void Configure(EntityTypeBuilder<StatedMunicipalityCount> builder)
    {
        builder.HasIndex(c => c.RecordId);
        builder.ComplexProperty(c => c.Source);
    }
}
