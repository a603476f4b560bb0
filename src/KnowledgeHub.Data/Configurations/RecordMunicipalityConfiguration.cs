using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class RecordMunicipalityConfiguration : IEntityTypeConfiguration<RecordMunicipality>
{
    public void Configure(EntityTypeBuilder<RecordMunicipality> builder)
    {
        builder.HasKey(x => new { x.RecordId, x.MunicipalityId, x.Role });
        builder.HasIndex(x => x.MunicipalityId);
        builder.HasOne(x => x.Record).WithMany(r => r.Municipalities).HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
