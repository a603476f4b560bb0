using KnowledgeHub.Domain.FamilyPrograms;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class EvidenceAssessmentConfiguration : IEntityTypeConfiguration<EvidenceAssessment>
{
    public void Configure(EntityTypeBuilder<EvidenceAssessment> builder)
    {
        builder.HasIndex(a => a.RecordId);
        builder.ComplexProperty(a => a.Source);
    }
}
