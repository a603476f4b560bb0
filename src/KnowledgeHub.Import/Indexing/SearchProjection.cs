using System.Runtime.CompilerServices;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Cases;
using KnowledgeHub.Domain.Experiences;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Programs;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Search.Documents;
using Microsoft.EntityFrameworkCore;

namespace KnowledgeHub.Import.Indexing;

/// <summary>
/// The database → index projection: each record with what a search needs of its relations
/// (theme names in Danish and English, places, organisations, the evidence of effect). The
/// database stays the source of truth; the index can always be rebuilt from this.
/// </summary>
public static class SearchProjection
{
    /// <summary>Records read per query: enough to amortise a round trip, few enough to hold.</summary>
    private const int BatchSize = 1_000;

    /// <summary>The records with these ids (all records when null); ids of deleted records are simply absent.</summary>
    public static async Task<List<SearchDocument>> LoadAsync(KnowledgeHubDbContext db, IReadOnlyCollection<int>? ids, CancellationToken cancellationToken)
    {
        ids ??= await db.Records.Select(r => r.Id).ToListAsync(cancellationToken);
        var lookups = await SearchLookups.LoadAsync(db, cancellationToken);
        var documents = new List<SearchDocument>(ids.Count);
        // In slices: SQLite slows down more than linearly on one query over thousands of ids.
        foreach (var slice in ids.Distinct().Order().Chunk(BatchSize))
        {
            documents.AddRange(await ReadAsync(db, db.Records.Where(r => slice.Contains(r.Id)), lookups, cancellationToken));
        }

        return documents;
    }

    /// <summary>Every record, in id order, a batch at a time, each batch on its own queries: memory stays flat at any size.</summary>
    public static async IAsyncEnumerable<SearchDocument> StreamAsync(
        IDbContextFactory<KnowledgeHubDbContext> contexts, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lookups = await SearchLookups.LoadAsync(db, cancellationToken);
        for (var after = 0; ;)
        {
            var batch = await ReadAsync(db, db.Records.Where(r => r.Id > after), lookups, cancellationToken);
            if (batch.Count == 0)
            {
                yield break;
            }

            foreach (var document in batch)
            {
                yield return document;
            }

            after = batch[^1].Id;
        }
    }

    /// <summary>The first batch of these records in id order, each with what it links to.</summary>
    private static async Task<List<SearchDocument>> ReadAsync(
        KnowledgeHubDbContext db, IQueryable<Record> records, SearchLookups lookups, CancellationToken cancellationToken)
    {
        var batch = await records.AsNoTracking().OrderBy(r => r.Id).Take(BatchSize).ToListAsync(cancellationToken);
        var links = await SearchLinks.LoadAsync(db, batch.ConvertAll(r => r.Id), cancellationToken);
        return batch.ConvertAll(r => ToDocument(r, links, lookups));
    }

    private static SearchDocument ToDocument(Record r, SearchLinks links, SearchLookups lookups)
    {
        var municipalities = MunicipalityIds(r, links).Select(lookups.Municipality).OfType<SearchLookups.Place>().DistinctBy(m => m.Code).ToList();
        var organisations = OrganisationIds(r, links).Select(lookups.Organisation).OfType<SearchLookups.Named>().DistinctBy(o => o.Slug).ToList();
        var themes = links.Themes[r.Id].SelectMany(lookups.ThemeWithAncestors).DistinctBy(t => t.Slug).ToList();
        var targetGroups = links.TargetGroups[r.Id].Select(lookups.TargetGroup).OfType<SearchLookups.Group>().ToList();
        var evidence = EvidenceOfEffect.Of(links.Evidence[r.Id]);
        var (ageMin, ageMax) = TargetAges(r, targetGroups);
        return new SearchDocument
        {
            Id = r.Id,
            Kind = SearchValues.Kind(r.Kind),
            Status = SearchValues.Of(r.Status),
            Title = r.Title,
            Summary = r.Summary,
            Body = Body(r),
            Keywords = Keywords(r, themes, targetGroups, municipalities, organisations),
            Themes = themes.Select(t => new FacetValue(t.Slug, t.Name)).ToList(),
            Municipalities = municipalities.Select(m => new FacetValue(m.Code, m.Name)).ToList(),
            Regions = municipalities.Select(m => m.Region).DistinctBy(x => x.Code).Select(x => new FacetValue(x.Code, x.Name)).ToList(),
            Organisations = organisations.Select(o => o.Slug).ToList(),
            EvidenceLevel = SearchValues.Evidence(evidence),
            EvidenceRank = (int)evidence,
            TargetAgeMin = ageMin,
            TargetAgeMax = ageMax,
            StartYear = r.StartYear,
            EndYear = r.EndYear,
            UpdatedAt = r.UpdatedAt,
        };
    }

    private static IReadOnlyList<TextSection> Body(Record r)
    {
        IEnumerable<(string, string?)> sections = r switch
        {
            InterventionProgram p => [("fundingSource", p.FundingSource)],
            FamilyProgram f => [("fullName", f.FullName), ("origin", f.Origin), ("targetGroupDescription", f.TargetGroupDescription), ("format", f.Format), ("duration", f.Duration)],
            InspirationCase c => [("approach", c.Approach), ("results", c.Results)],
            MunicipalExperience e => [("results", e.Results), ("challenges", e.Challenges)],
            _ => [],
        };
        return new[] { ("description", r.Description) }.Concat(sections)
            .Where(s => !string.IsNullOrWhiteSpace(s.Item2))
            .Select(s => new TextSection(s.Item1, s.Item2!))
            .ToList();
    }

    private static List<string> Keywords(
        Record r, List<SearchLookups.Theme> themes, List<SearchLookups.Group> targetGroups, List<SearchLookups.Place> municipalities,
        List<SearchLookups.Named> organisations)
    {
        var keywords = new List<string>();
        keywords.AddRange(themes.SelectMany(t => new[] { t.Name, t.EnglishName }));
        keywords.AddRange(targetGroups.SelectMany(t => new[] { t.Name, t.EnglishName }));
        keywords.AddRange(municipalities.Select(m => m.Name));
        keywords.AddRange(organisations.SelectMany(o => new[] { o.Name, o.Abbreviation }).OfType<string>());
        if (r is FamilyProgram { Abbreviation: { } abbreviation })
        {
            keywords.Add(abbreviation);
        }

        return keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every municipality a record involves: its links, a case's or experience's subject, where a programme is implemented.</summary>
    private static IEnumerable<int> MunicipalityIds(Record r, SearchLinks links)
    {
        var ids = links.Municipalities[r.Id];
        return r switch
        {
            InspirationCase { MunicipalityId: { } id } => ids.Append(id),
            MunicipalExperience { MunicipalityId: { } id } => ids.Append(id),
            FamilyProgram => ids.Concat(links.ImplementedIn[r.Id]),
            _ => ids,
        };
    }

    private static IEnumerable<int> OrganisationIds(Record r, SearchLinks links)
    {
        var ids = links.Organisations[r.Id];
        return r.OwnerOrganisationId is { } owner ? ids.Prepend(owner) : ids;
    }

    /// <summary>The record's own ages, else the span of its target groups' ages (småbørn 0–6, unge 12–17).</summary>
    private static (int? Min, int? Max) TargetAges(Record r, List<SearchLookups.Group> targetGroups)
    {
        if (r.TargetAgeMin is not null || r.TargetAgeMax is not null)
        {
            return (r.TargetAgeMin, r.TargetAgeMax);
        }

        var aged = targetGroups.Where(t => t.AgeMin is not null || t.AgeMax is not null).ToList();
        return aged.Count == 0 ? (null, null) : (aged.Min(t => t.AgeMin), aged.Max(t => t.AgeMax));
    }
}
