using KnowledgeHub.Domain.Places;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KnowledgeHub.Data.Configurations;

/// <summary>A query, not a table: the same SQL on SQLite and PostgreSQL; UNION drops a pair linked twice.</summary>
internal sealed class MunicipalityRecordLinkConfiguration : IEntityTypeConfiguration<MunicipalityRecordLink>
{
    public void Configure(EntityTypeBuilder<MunicipalityRecordLink> builder)
    {
        builder.HasKey(x => new { x.MunicipalityId, x.RecordId });
        builder.ToTable((string?)null);
        builder.ToSqlQuery("""
            SELECT "MunicipalityId", "RecordId" FROM "RecordMunicipalities"
            UNION
            SELECT "MunicipalityId", "RecordId" FROM "Implementations" WHERE "MunicipalityId" IS NOT NULL
            """);
    }
}
