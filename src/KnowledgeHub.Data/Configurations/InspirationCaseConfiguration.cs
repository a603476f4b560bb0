using KnowledgeHub.Domain.Cases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class InspirationCaseConfiguration : IEntityTypeConfiguration<InspirationCase>
{
    public void Configure(EntityTypeBuilder<InspirationCase> builder)
    {
        builder.Property(c => c.MunicipalityId).HasColumnName("MunicipalityId");
        builder.HasOne(c => c.Municipality).WithMany().HasForeignKey(c => c.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
