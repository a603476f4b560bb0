using KnowledgeHub.Domain.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

internal sealed class RecordChangeConfiguration : IEntityTypeConfiguration<RecordChange>
{
    public void Configure(EntityTypeBuilder<RecordChange> builder)
    {
        builder.HasKey(c => c.Sequence);
        builder.Property(c => c.Sequence).ValueGeneratedOnAdd();
        builder.Property(c => c.Slug).HasMaxLength(100);
        builder.Property(c => c.Actor).HasMaxLength(200);
        // A record's history, and the public feed, are both read in sequence order.
        builder.HasIndex(c => new { c.RecordId, c.Sequence });
        builder.HasIndex(c => new { c.PublicChange, c.Sequence });
    }
}
