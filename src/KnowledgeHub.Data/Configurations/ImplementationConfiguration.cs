using KnowledgeHub.Domain.FamilyPrograms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class ImplementationConfiguration : IEntityTypeConfiguration<Implementation>
{
    public void Configure(EntityTypeBuilder<Implementation> builder)
    {
        builder.HasIndex(i => i.RecordId);
        builder.HasIndex(i => i.MunicipalityId);
        builder.HasOne(i => i.Municipality).WithMany().HasForeignKey(i => i.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Organisation).WithMany().HasForeignKey(i => i.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(i => i.Source);
    }
}
