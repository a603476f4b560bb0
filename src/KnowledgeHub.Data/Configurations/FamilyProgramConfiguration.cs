using KnowledgeHub.Domain.FamilyPrograms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class FamilyProgramConfiguration : IEntityTypeConfiguration<FamilyProgram>
{
    public void Configure(EntityTypeBuilder<FamilyProgram> builder) =>
        builder.HasMany(p => p.Implementations).WithOne().HasForeignKey(i => i.RecordId).OnDelete(DeleteBehavior.Cascade);
}
