using KnowledgeHub.Domain.Experiences;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class MunicipalExperienceConfiguration : IEntityTypeConfiguration<MunicipalExperience>
{
    public void Configure(EntityTypeBuilder<MunicipalExperience> builder)
    {
        // The municipality column is shared with InspirationCase: both mean "the municipality this is about".
        builder.Property(e => e.MunicipalityId).HasColumnName("MunicipalityId");
        builder.HasOne(e => e.Municipality).WithMany().HasForeignKey(e => e.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(e => e.SourcePublication).WithMany().HasForeignKey(e => e.SourcePublicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
