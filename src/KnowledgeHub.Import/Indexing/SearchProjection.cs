using System.Runtime.CompilerServices;
using KnowledgeHub.Data;
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
            var records = db.Records.Where(r => slice.Contains(r.Id));
            documents.AddRange(await ReadAsync(db, records, _ => records, lookups, cancellationToken));
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
            var first = after;
            // The batch's links as a range of ids, which SQLite walks in key order.
            var batch = await ReadAsync(db, db.Records.Where(r => r.Id > first), last => db.Records.Where(r => r.Id > first && r.Id <= last), lookups, cancellationToken);
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

    /// <summary>The first batch of <paramref name="records"/> in id order; their links are read from the records <paramref name="upTo"/> the batch's last id gives.</summary>
    private static async Task<List<SearchDocument>> ReadAsync(
        KnowledgeHubDbContext db, IQueryable<Record> records, Func<int, IQueryable<Record>> upTo, SearchLookups lookups, CancellationToken cancellationToken)
    {
        var rows = await records.OrderBy(r => r.Id).Take(BatchSize).Select(SearchRow.Of).ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var links = await SearchLinks.LoadAsync(db, upTo(rows[^1].Id), cancellationToken);
        return rows.ConvertAll(r => ToDocument(r, links, lookups));
    }

    private static SearchDocument ToDocument(SearchRow r, SearchLinks links, SearchLookups lookups)
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
            Themes = themes.ConvertAll(t => t.Facet),
            Municipalities = municipalities.ConvertAll(m => m.Facet),
            Regions = municipalities.Select(m => m.Region).DistinctBy(x => x.Code).Select(x => x.Facet).ToList(),
            Organisations = organisations.ConvertAll(o => o.Slug),
            EvidenceLevel = SearchValues.Evidence(evidence),
            EvidenceRank = (int)evidence,
            TargetAgeMin = ageMin,
            TargetAgeMax = ageMax,
            StartYear = r.StartYear,
            EndYear = r.EndYear,
            UpdatedAt = r.UpdatedAt,
        };
    }

    private static List<TextSection> Body(SearchRow r)
    {
        (string Field, string? Text)[] sections = r.Kind switch
        {
            RecordKind.Program => [("description", r.Description), ("fundingSource", r.FundingSource)],
            RecordKind.FamilyProgram =>
            [
                ("description", r.Description), ("fullName", r.FullName), ("origin", r.Origin), ("targetGroupDescription", r.TargetGroupDescription),
                ("format", r.Format), ("duration", r.Duration),
            ],
            RecordKind.InspirationCase => [("description", r.Description), ("approach", r.Approach), ("results", r.Results)],
            RecordKind.MunicipalExperience => [("description", r.Description), ("results", r.Results), ("challenges", r.Challenges)],
            _ => [("description", r.Description)],
        };
        return sections.Where(s => !string.IsNullOrWhiteSpace(s.Text)).Select(s => new TextSection(s.Field, s.Text!)).ToList();
    }

    private static List<string> Keywords(
        SearchRow r, List<SearchLookups.Theme> themes, List<SearchLookups.Group> targetGroups, List<SearchLookups.Place> municipalities,
        List<SearchLookups.Named> organisations)
    {
        var keywords = new List<string>();
        keywords.AddRange(themes.SelectMany(t => new[] { t.Name, t.EnglishName }));
        keywords.AddRange(targetGroups.SelectMany(t => new[] { t.Name, t.EnglishName }));
        keywords.AddRange(municipalities.Select(m => m.Name));
        keywords.AddRange(organisations.SelectMany(o => new[] { o.Name, o.Abbreviation }).OfType<string>());
        if (r is { Kind: RecordKind.FamilyProgram, Abbreviation: { } abbreviation })
        {
            keywords.Add(abbreviation);
        }

        return keywords.Where(k => !string.IsNullOrWhiteSpace(k)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Every municipality a record involves: its links, a case's or experience's subject, where a programme is implemented.</summary>
    private static IEnumerable<int> MunicipalityIds(SearchRow r, SearchLinks links)
    {
        var ids = links.Municipalities[r.Id];
        return r switch
        {
            { Kind: RecordKind.InspirationCase or RecordKind.MunicipalExperience, MunicipalityId: { } id } => ids.Append(id),
            { Kind: RecordKind.FamilyProgram } => ids.Concat(links.ImplementedIn[r.Id]),
            _ => ids,
        };
    }

    private static IEnumerable<int> OrganisationIds(SearchRow r, SearchLinks links)
    {
        var ids = links.Organisations[r.Id];
        return r.OwnerOrganisationId is { } owner ? ids.Prepend(owner) : ids;
    }

    /// <summary>The record's own ages, else the span of its target groups' ages (småbørn 0–6, unge 12–17).</summary>
    private static (int? Min, int? Max) TargetAges(SearchRow r, List<SearchLookups.Group> targetGroups)
    {
        if (r.TargetAgeMin is not null || r.TargetAgeMax is not null)
        {
            return (r.TargetAgeMin, r.TargetAgeMax);
        }

        var aged = targetGroups.Where(t => t.AgeMin is not null || t.AgeMax is not null).ToList();
        return aged.Count == 0 ? (null, null) : (aged.Min(t => t.AgeMin), aged.Max(t => t.AgeMax));
    }
}
