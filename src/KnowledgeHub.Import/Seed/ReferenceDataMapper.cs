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
            var t = at.Item;
            Themes.TryAdd(at, t.Slug, new Theme { Slug = t.Slug, Name = t.Name, EnglishName = t.EnglishName, Description = t.Description }, errors, "slug");
        }

        // Parents may come later in the file, so they are resolved once every theme is known.
        foreach (var at in set.Themes.Where(t => t.Item.Parent is not null))
        {
            Themes.Resolve(at, at.Item.Slug, "slug", errors)!.Parent = Themes.Resolve(at, at.Item.Parent, "parent", errors);
        }

        foreach (var at in set.TargetGroups)
        {
            var t = at.Item;
            var entity = new TargetGroup { Slug = t.Slug, Name = t.Name, EnglishName = t.EnglishName, Description = t.Description, AgeMin = t.AgeMin, AgeMax = t.AgeMax };
            TargetGroups.TryAdd(at, t.Slug, entity, errors, "slug");
        }

        MapOrganisations(set);
        MapPublications(set);

        foreach (var at in set.LegalBases)
        {
            var l = at.Item;
            var entity = new LegalBasis
            {
                Slug = l.Slug, Law = l.Law, Paragraph = l.Paragraph, Title = l.Title, ValidFrom = l.ValidFrom,
                ValidTo = l.ValidTo, Url = l.Url, Note = l.Note, Source = ToReference(l.Source),
            };
            LegalBases.TryAdd(at, l.Slug, entity, errors, "slug");
        }
    }

    private void MapOrganisations(SeedSet set)
    {
        foreach (var at in set.Organisations)
        {
            var o = at.Item;
            var entity = new Organisation
            {
                Slug = o.Slug, Name = o.Name, Abbreviation = o.Abbreviation, Kind = o.Kind, Url = o.Url,
                Description = o.Description, Source = ToReference(o.Source),
                Names = (o.Names ?? []).Select(n => new OrganisationName { Name = n.Name, ValidFrom = n.ValidFrom, ValidTo = n.ValidTo }).ToList(),
            };
            Organisations.TryAdd(at, o.Slug, entity, errors, "slug");
        }
    }

    private void MapPublications(SeedSet set)
    {
        foreach (var at in set.Publications)
        {
            var p = at.Item;
            var entity = new Publication
            {
                Slug = p.Slug, Title = p.Title, Year = p.Year, Kind = p.Kind, Authors = p.Authors, Url = p.Url,
                Summary = p.Summary, Publisher = Organisations.Resolve(at, p.Publisher, "publisher", errors),
                Source = ToReference(p.Source),
            };
            Publications.TryAdd(at, p.Slug, entity, errors, "slug");
        }
    }

    public static SourceReference ToReference(SourceSeed s) => new() { Title = s.Title, Url = s.Url, Publisher = s.Publisher, Date = s.Date };
}
