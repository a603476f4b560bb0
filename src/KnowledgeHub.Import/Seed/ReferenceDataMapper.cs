using KnowledgeHub.Domain.LegalBases;
using KnowledgeHub.Domain.Organisations;
using KnowledgeHub.Domain.Places;
using KnowledgeHub.Domain.Publications;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Domain.Taxonomy;

namespace KnowledgeHub.Import.Seed;

/// <summary>Maps what records point to — places, taxonomy, organisations, publications, legal bases.</summary>
internal sealed class ReferenceDataMapper(List<SeedError> errors)
{
    public SeedLookup<Region> Regions { get; } = new("region");
    public SeedLookup<Municipality> Municipalities { get; } = new("municipality");
    public SeedLookup<Theme> Themes { get; } = new("theme");
    public SeedLookup<TargetGroup> TargetGroups { get; } = new("target group");
    public SeedLookup<Organisation> Organisations { get; } = new("organisation");
    public SeedLookup<Publication> Publications { get; } = new("publication");
    public SeedLookup<LegalBasis> LegalBases { get; } = new("legal basis");

    public void Map(SeedSet set)
    {
        foreach (var at in set.Regions)
        {
            var r = at.Item;
            Regions.TryAdd(at, r.Code, new Region { Code = r.Code, Name = r.Name, Slug = r.Slug, Source = ToReference(r.Source) }, errors, "code");
        }

        foreach (var at in set.Municipalities)
        {
            var m = at.Item;
            var region = Regions.Resolve(at, m.Region, "region", errors);
            var entity = new Municipality { Code = m.Code, Name = m.Name, Slug = m.Slug, Region = region, Source = ToReference(m.Source) };
            Municipalities.TryAdd(at, m.Code, entity, errors, "code");
        }

        foreach (var at in set.Themes)
        {
            Themes.TryAdd(at, at.Item.Slug, New<Theme>(at.Item), errors, "slug");
        }

        // Parents may come later in the file, so they are resolved once every theme is known.
        foreach (var at in set.Themes.Where(t => t.Item.Parent is not null))
        {
            Themes.Resolve(at, at.Item.Slug, "slug", errors)!.Parent = Themes.Resolve(at, at.Item.Parent, "parent", errors);
        }

        foreach (var at in set.TargetGroups)
        {
            TargetGroups.TryAdd(at, at.Item.Slug, New<TargetGroup>(at.Item), errors, "slug");
        }

        MapOrganisations(set);
        MapPublications(set);

        foreach (var at in set.LegalBases)
        {
            var entity = New<LegalBasis>(at.Item);
            entity.Source = ToReference(at.Item.Source);
            LegalBases.TryAdd(at, at.Item.Slug, entity, errors, "slug");
        }
    }

    private void MapOrganisations(SeedSet set)
    {
        foreach (var at in set.Organisations)
        {
            var entity = New<Organisation>(at.Item);
            entity.Source = ToReference(at.Item.Source);
            entity.Names = (at.Item.Names ?? []).Select(New<OrganisationName>).ToList();
            Organisations.TryAdd(at, at.Item.Slug, entity, errors, "slug");
        }
    }

    private void MapPublications(SeedSet set)
    {
        foreach (var at in set.Publications)
        {
            var entity = New<Publication>(at.Item);
            entity.Publisher = Organisations.Resolve(at, at.Item.Publisher, "publisher", errors);
            entity.Source = ToReference(at.Item.Source);
            Publications.TryAdd(at, at.Item.Slug, entity, errors, "slug");
        }
    }

    // Blank, then the plain fields copied by name, as a record's are; the references are set by hand.
    private static T New<T>(object seed) where T : class => PlainFields.Copy(seed.GetType(), seed, Activator.CreateInstance<T>());

    public static SourceReference ToReference(SourceSeed s) => new() { Title = s.Title, Url = s.Url, Publisher = s.Publisher, Date = s.Date };
}
