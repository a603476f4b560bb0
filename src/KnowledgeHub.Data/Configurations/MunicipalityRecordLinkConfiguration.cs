using KnowledgeHub.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

/// <summary>A query, not a table: the same SQL on SQLite and PostgreSQL, one row per pair.</summary>
internal sealed class MunicipalityRecordLinkConfiguration : IEntityTypeConfiguration<MunicipalityRecordLink>
{
    public void Configure(EntityTypeBuilder<MunicipalityRecordLink> builder)
    {
        builder.HasKey(x => new { x.MunicipalityId, x.RecordId });
        builder.ToTable((string?)null);
        // UNION ALL of duplicate-free arms rather than UNION: both databases push a filter on the
        // municipality into each arm (and its index); a plain UNION is materialised whole first.
        builder.ToSqlQuery("""
            SELECT DISTINCT "MunicipalityId", "RecordId" FROM "RecordMunicipalities"
            UNION ALL
            SELECT DISTINCT i."MunicipalityId", i."RecordId" FROM "Implementations" AS i
            WHERE i."MunicipalityId" IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM "RecordMunicipalities" AS l WHERE l."RecordId" = i."RecordId" AND l."MunicipalityId" = i."MunicipalityId")
            """);
    }
}
