using KnowledgeHub.Data;
using KnowledgeHub.Search.Documents;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Indexing;

/// <summary>The small reference tables a projection resolves ids against, read once per projection.</summary>
public sealed class SearchLookups
{
    public sealed record Region(string Code, string Name)
    {
        public FacetValue Facet { get; } = new(Code, Name);
    }

    public sealed record Place(string Code, string Name, Region Region)
    {
        public FacetValue Facet { get; } = new(Code, Name);
    }

    public sealed record Named(string Slug, string Name, string? Abbreviation);

    public sealed record Theme(int Id, string Slug, string Name, string EnglishName, int? ParentId)
    {
        public FacetValue Facet { get; } = new(Slug, Name);
    }

    public sealed record Group(string Name, string EnglishName, int? AgeMin, int? AgeMax);

    private Dictionary<int, Place> _municipalities = [];
    private Dictionary<int, Named> _organisations = [];
    private Dictionary<int, Group> _targetGroups = [];
    private Dictionary<int, Theme> _themes = [];
    private readonly Dictionary<int, List<Theme>> _themeLines = [];

    public static async Task<SearchLookups> LoadAsync(KnowledgeHubDbContext db, CancellationToken cancellationToken)
    {
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Id, r => new Region(r.Code, r.Name), cancellationToken);
        return new SearchLookups
        {
            _municipalities = await db.Municipalities.AsNoTracking()
                .ToDictionaryAsync(m => m.Id, m => new Place(m.Code, m.Name, regions[m.RegionId]), cancellationToken),
            _organisations = await db.Organisations.AsNoTracking()
                .ToDictionaryAsync(o => o.Id, o => new Named(o.Slug, o.Name, o.Abbreviation), cancellationToken),
            _targetGroups = await db.TargetGroups.AsNoTracking()
                .ToDictionaryAsync(t => t.Id, t => new Group(t.Name, t.EnglishName, t.AgeMin, t.AgeMax), cancellationToken),
            _themes = await db.Themes.AsNoTracking()
                .ToDictionaryAsync(t => t.Id, t => new Theme(t.Id, t.Slug, t.Name, t.EnglishName, t.ParentId), cancellationToken),
        };
    }

    public Place? Municipality(int id) => _municipalities.GetValueOrDefault(id);

    public Named? Organisation(int id) => _organisations.GetValueOrDefault(id);

    public Group? TargetGroup(int id) => _targetGroups.GetValueOrDefault(id);

    /// <summary>A theme and its broader themes: a search filtered on a theme finds its sub-themes' records too. Worked out once per theme.</summary>
    public IReadOnlyList<Theme> ThemeWithAncestors(int id)
    {
        if (_themeLines.TryGetValue(id, out var line))
        {
            return line;
        }

        line = [];
        var seen = new HashSet<int>();
        for (var theme = _themes.GetValueOrDefault(id); theme is not null && seen.Add(theme.Id); theme = theme.ParentId is { } p ? _themes.GetValueOrDefault(p) : null)
        {
            line.Add(theme);
        }

        _themeLines[id] = line;
        return line;
    }
}
