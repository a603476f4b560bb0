using KnowledgeHub.Domain.Access;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.LegalBases;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Publications;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Data;

public sealed class KnowledgeHubDbContext(DbContextOptions<KnowledgeHubDbContext> options) : DbContext(options)
{
    public DbSet<Record> Records => Set<Record>();
    public DbSet<InterventionProgram> Programs => Set<InterventionProgram>();
    public DbSet<FamilyProgram> FamilyPrograms => Set<FamilyProgram>();
    public DbSet<InspirationCase> InspirationCases => Set<InspirationCase>();
    public DbSet<MunicipalExperience> MunicipalExperiences => Set<MunicipalExperience>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<RecordMunicipality> RecordMunicipalities => Set<RecordMunicipality>();
    public DbSet<MunicipalityRecordLink> MunicipalityRecordLinks => Set<MunicipalityRecordLink>();
    public DbSet<RecordOrganisation> RecordOrganisations => Set<RecordOrganisation>();
    public DbSet<EvidenceAssessment> EvidenceAssessments => Set<EvidenceAssessment>();
    public DbSet<StatedMunicipalityCount> StatedMunicipalityCounts => Set<StatedMunicipalityCount>();
    public DbSet<Implementation> Implementations => Set<Implementation>();
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Theme> Themes => Set<Theme>();
    public DbSet<TargetGroup> TargetGroups => Set<TargetGroup>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<OrganisationName> OrganisationNames => Set<OrganisationName>();
    public DbSet<Publication> Publications => Set<Publication>();
    public DbSet<LegalBasis> LegalBases => Set<LegalBasis>();
    public DbSet<RecordChange> RecordChanges => Set<RecordChange>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(KnowledgeHubDbContext).Assembly);
        TextFolding.Map(modelBuilder, Database.ProviderName);
        DanishCollation.Map(modelBuilder, Database.ProviderName);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as readable strings: the database stays legible and reordering an enum is safe.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
    }
}
