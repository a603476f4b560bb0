using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class RecordOrganisationConfiguration : IEntityTypeConfiguration<RecordOrganisation>
{
    public void Configure(EntityTypeBuilder<RecordOrganisation> builder)
    {
        builder.HasKey(x => new { x.RecordId, x.OrganisationId, x.Role });
        builder.HasIndex(x => x.OrganisationId);
        builder.HasOne(x => x.Record).WithMany(r => r.Organisations).HasForeignKey(x => x.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Organisation).WithMany().HasForeignKey(x => x.OrganisationId).OnDelete(DeleteBehavior.Restrict);
    }
}
