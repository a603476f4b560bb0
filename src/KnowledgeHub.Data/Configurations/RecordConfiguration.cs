using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class RecordConfiguration : IEntityTypeConfiguration<Record>
{
    public void Configure(EntityTypeBuilder<Record> builder)
    {
        builder.ToTable("Records");
        builder.HasDiscriminator(r => r.Kind)
            .HasValue<Domain.Programs.InterventionProgram>(RecordKind.Program)
            .HasValue<Domain.FamilyPrograms.FamilyProgram>(RecordKind.FamilyProgram)
            .HasValue<Domain.Cases.InspirationCase>(RecordKind.InspirationCase)
            .HasValue<Domain.Experiences.MunicipalExperience>(RecordKind.MunicipalExperience);
        builder.HasIndex(r => r.Slug).IsUnique();
        // A partner's import finds its records by its own ids; NULLs never collide, so records without one are free.
        builder.HasIndex(r => new { r.OwnerOrganisationId, r.ExternalId }).IsUnique();
        builder.Property(r => r.ExternalId).HasMaxLength(200);
        builder.HasIndex(r => new { r.Kind, r.Status });
        // Listings by year (a kind's published records since a year, newest first): the count and
        // the page's keys are read from the index alone, not from rows stored behind the long texts.
        builder.HasIndex(r => new { r.Kind, r.Status, r.StartYear });
        builder.Property(r => r.Slug).HasMaxLength(100);
        builder.Property(r => r.Title).HasMaxLength(500);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Parent).WithMany(r => r.Children).HasForeignKey(r => r.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.OwnerOrganisation).WithMany().HasForeignKey(r => r.OwnerOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Sources).WithOne().HasForeignKey(s => s.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.EvidenceAssessments).WithOne().HasForeignKey(a => a.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.StatedMunicipalityCounts).WithOne().HasForeignKey(c => c.RecordId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Themes).WithMany().UsingEntity("RecordThemes");
        builder.HasMany(r => r.TargetGroups).WithMany().UsingEntity("RecordTargetGroups");
        builder.HasMany(r => r.Publications).WithMany().UsingEntity("RecordPublications");
        builder.HasMany(r => r.LegalBases).WithMany().UsingEntity("RecordLegalBases");
    }
}
