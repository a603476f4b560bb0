using System.Text.Json;
using KnowledgeHub.Domain.FamilyPrograms;
using KnowledgeHub.Domain.Records;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Corpus;

/// <summary>
/// Writes a synthetic corpus in the seed-data format for benchmarks and scale tests: the real
/// reference data (municipalities, themes, ...) so every reference resolves, plus N generated
/// records. Every generated record says it is synthetic (slug prefix "syn-", a coverage note,
/// example.invalid sources), and the generator refuses to write into a real seed folder.
/// </summary>
public sealed class CorpusGenerator(string realSeedDirectory, SeedSet real, int seed)
{
    /// <summary>Small files keep an import's schema check (a whole file at a time) to tens of megabytes.</summary>
    public const int RecordsPerFile = 2_000;

    /// <summary>Marks a folder as generated; a non-empty folder without it is never written to.</summary>
    public const string MarkerFile = "SYNTHETIC.md";

    private readonly Random _random = new(seed);

    /// <summary>Share of each kind, roughly as a national registry would hold them.</summary>
    private static readonly (string Kind, double Share)[] Mix =
        [("programs", 0.10), ("familyPrograms", 0.10), ("inspirationCases", 0.45), ("municipalExperiences", 0.35)];

    public async Task WriteAsync(string directory, int records, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any() && !File.Exists(Path.Combine(directory, MarkerFile)))
        {
            throw new InvalidOperationException($"{directory} is not empty and not a generated corpus; synthetic records are never mixed with other data.");
        }

        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }

        Directory.CreateDirectory(directory);
        await File.WriteAllTextAsync(Path.Combine(directory, MarkerFile),
            $"# Synthetic corpus\n\n{records} generated records (seed {seed}) for benchmarks and scale tests. Not real facts.\n", cancellationToken);
        CopySchemas(directory);
        await WriteReferenceDataAsync(directory, cancellationToken);
        var text = new SyntheticText(real.Records.SelectMany(r => new[] { r.Item.Summary, r.Item.Description ?? "" }), _random);
        var written = 0;
        foreach (var (kind, share) in Mix)
        {
            var count = kind == Mix[^1].Kind ? records - written : (int)Math.Round(records * share);
            for (var part = 0; part * RecordsPerFile < count; part++)
            {
                var size = Math.Min(RecordsPerFile, count - part * RecordsPerFile);
                var items = Enumerable.Range(written + part * RecordsPerFile, size).Select(n => Record(kind, n, text)).ToList();
                var path = Path.Combine(directory, kind, $"part-{part + 1:D4}.json");
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                await using var stream = File.Create(path);
                await JsonSerializer.SerializeAsync(stream, new Dictionary<string, object> { [kind] = items }, SeedJson.Options, cancellationToken);
                progress?.Report(written + part * RecordsPerFile + size);
            }

            written += count;
        }
    }

    private void CopySchemas(string directory)
    {
        var target = Directory.CreateDirectory(Path.Combine(directory, "schema"));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(realSeedDirectory, "schema"), "*.json"))
        {
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }
    }

    private async Task WriteReferenceDataAsync(string directory, CancellationToken cancellationToken)
    {
        var reference = new SeedFile
        {
            Regions = real.Regions.Select(x => x.Item).ToList(),
            Municipalities = real.Municipalities.Select(x => x.Item).ToList(),
            Themes = real.Themes.Select(x => x.Item).ToList(),
            TargetGroups = real.TargetGroups.Select(x => x.Item).ToList(),
            Organisations = real.Organisations.Select(x => x.Item).ToList(),
            Publications = real.Publications.Select(x => x.Item).ToList(),
            LegalBases = real.LegalBases.Select(x => x.Item).ToList(),
        };
        await File.WriteAllTextAsync(Path.Combine(directory, "reference-data.json"), JsonSerializer.Serialize(reference, SeedJson.Options), cancellationToken);
    }

    private Dictionary<string, object?> Record(string kind, int n, SyntheticText text)
    {
        var start = _random.Next(2005, 2025);
        var ageMin = _random.Next(0, 14);
        var record = new Dictionary<string, object?>
        {
            ["slug"] = $"syn-{kind.ToLowerInvariant()}-{n}",
            ["title"] = text.Title(),
            ["summary"] = text.Paragraph(2),
            ["description"] = text.Paragraph(_random.Next(4, 10)),
            ["coverageNote"] = "Syntetisk testdata til målinger – ikke rigtige fakta.",
            ["startYear"] = start,
            ["endYear"] = _random.NextDouble() < 0.5 ? Math.Min(2025, start + _random.Next(0, 6)) : null,
            ["targetAgeMin"] = ageMin,
            ["targetAgeMax"] = Math.Min(25, ageMin + _random.Next(2, 12)),
            ["themes"] = Pick(real.Themes, 1, 4).Select(t => t.Slug).ToList(),
            ["targetGroups"] = Pick(real.TargetGroups, 0, 2).Select(t => t.Slug).ToList(),
            ["owner"] = Pick(real.Organisations, 1, 1)[0].Slug,
            ["sources"] = new[] { new SourceSeed("Syntetisk kilde", $"https://example.invalid/synthetic/{kind}/{n}") },
        };
        var municipalities = Pick(real.Municipalities, 1, 3);
        switch (kind)
        {
            case "programs":
                record["category"] = new[] { "programme", "initiative", "project", "advisory" }[_random.Next(4)];
                record["fundingAmountDkk"] = _random.NextDouble() < 0.4 ? _random.Next(1, 300) * 1_000_000L : null;
                record["municipalities"] = municipalities.Select(m => new MunicipalityLinkSeed(m.Code, _random.NextDouble() < 0.5 ? MunicipalityRole.Partner : MunicipalityRole.Participant)).ToList();
                break;
            case "familyPrograms":
                record["implementations"] = municipalities.Select(m => new ImplementationSeed(
                    ImplementationStatus.Running, new SourceSeed("Syntetisk kilde", $"https://example.invalid/synthetic/impl/{n}"), m.Code, StartYear: start)).ToList();
                record["evidenceAssessments"] = new[] { Assessment(n) };
                break;
            default:
                record["municipality"] = municipalities[0].Code;
                if (kind == "inspirationCases")
                {
                    record["area"] = new[] { "general", "authority", "provider", "cross-disciplinary" }[_random.Next(4)];
                    record["approach"] = text.Paragraph(2);
                }

                record["results"] = text.Paragraph(2);
                break;
        }

        // The schemas do not allow null for optional fields: leave them out instead.
        foreach (var key in record.Where(kv => kv.Value is null).Select(kv => kv.Key).ToList())
        {
            record.Remove(key);
        }

        return record;
    }

    private EvidenceAssessmentSeed Assessment(int n)
    {
        var (level, normalized) = new[] { ("A", EvidenceLevel.Strong), ("B", EvidenceLevel.Good), ("C", EvidenceLevel.Moderate), ("D", EvidenceLevel.Limited) }[_random.Next(4)];
        return new EvidenceAssessmentSeed(EvidenceScale.DanishKnowledgeDeclaration, "effekt", level, normalized,
            new SourceSeed("Syntetisk kilde", $"https://example.invalid/synthetic/evidence/{n}"));
    }

    private List<T> Pick<T>(List<Located<T>> from, int min, int max) =>
        from.OrderBy(_ => _random.Next()).Take(_random.Next(min, max + 1)).Select(x => x.Item).ToList();
}
