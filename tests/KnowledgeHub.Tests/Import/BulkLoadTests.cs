using System.Data.Common;
using System.Globalization;
using System.Text.Json.Nodes;
using KnowledgeHub.Data;
using KnowledgeHub.Domain.Access;
using KnowledgeHub.Import.Records;
using KnowledgeHub.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeHub.Tests.Import;

/// <summary>
/// The bulk load (set-based rows, KnowledgeHub:BulkLoad, the default) against the path it
/// replaces (SaveChanges on tracked entities): the same seed, loaded both ways at the same clock,
/// must leave the same rows in every table (keys included), the same change log and the same
/// index (every stored field of every document, every term with its frequencies). The seed is the
/// real one (parents, evidence, implementations, every kind) plus enough programmes to cross the
/// import's batches. Runs on SQLite, and on PostgreSQL under KNOWLEDGEHUB_TEST_POSTGRES.
/// </summary>
public sealed class BulkLoadTests
{
    private static readonly DateTimeOffset Clock = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Fact]
    public async Task The_bulk_seed_import_leaves_what_the_tracked_one_leaves()
    {
        using var seed = new SeedCopy();
        SyntheticPrograms.AddTo(seed, 2_300);

        var tracked = await LoadAsync(seed, bulk: false);
        var bulk = await LoadAsync(seed, bulk: true);

        Assert.True(tracked.Tables["Records"].Count > 2_300);
        AssertSame(tracked, bulk);
    }

    private static void AssertSame(Loaded tracked, Loaded bulk)
    {
        Assert.Equal(tracked.Tables.Keys, bulk.Tables.Keys);
        var differences = tracked.Tables.Where(t => !t.Value.SequenceEqual(bulk.Tables[t.Key]))
            .Select(t => $"{t.Key}: {FirstDifference(t.Value, bulk.Tables[t.Key])}").ToList();
        if (!tracked.Documents.SequenceEqual(bulk.Documents))
        {
            differences.Add($"index documents: {FirstDifference(tracked.Documents, bulk.Documents)}");
        }

        if (!tracked.Terms.SequenceEqual(bulk.Terms))
        {
            differences.Add($"index terms: {FirstDifference(tracked.Terms, bulk.Terms)}");
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Fact]
    public async Task The_bulk_import_leaves_what_the_tracked_one_leaves_and_a_second_one_changes_nothing()
    {
        using var seed = new SeedCopy();
        var content = ImportContent(seed, 700);
        async Task ImportTwice(KnowledgeHubFactory server)
        {
            var importer = server.Services.GetRequiredService<RecordImporter>();
            var first = await importer.ImportAsync(content, Actor.Cli, dryRun: false, progress: null, CancellationToken.None);
            Assert.True(first.Applied && first.Created == 700, $"{first.Created} created, {first.Rejected} rejected");
            var again = await importer.ImportAsync(content, Actor.Cli, dryRun: false, progress: null, CancellationToken.None);
            Assert.True(again.Applied && again.Unchanged == 700, $"again: {again.Created} created, {again.Updated} updated");

            // A change to a stored record goes through SaveChanges: its new record and log row take
            // the next keys after the bulk ones (PostgreSQL's identity sequences were moved on).
            var changed = JsonNode.Parse(content)!;
            changed["programs"]![0]!["title"] = "Importeret program, ændret";
            changed["programs"]!.AsArray().Add(JsonNode.Parse(changed["programs"]![1]!.ToJsonString()
                .Replace("importeret-program-1", "importeret-program-ekstra", StringComparison.Ordinal)));
            var third = await importer.ImportAsync(changed.ToJsonString(), Actor.Cli, dryRun: false, progress: null, CancellationToken.None);
            Assert.True(third.Applied && third.Updated == 1 && third.Created == 1, $"third: {third.Created} created, {third.Updated} updated, {third.Rejected} rejected");
        }

        var tracked = await LoadAsync(seed, bulk: false, ImportTwice);
        var bulk = await LoadAsync(seed, bulk: true, ImportTwice);

        AssertSame(tracked, bulk);
    }

    /// <summary>New programmes for an import: some with a parent earlier in the file, some under a stored record, themes, places and sources.</summary>
    private static string ImportContent(SeedCopy seed, int count)
    {
        var stored = (string)JsonNode.Parse(File.ReadAllText(Path.Combine(seed.Directory, "programs.json")))!["programs"]![0]!["slug"]!;
        var themes = JsonNode.Parse(File.ReadAllText(Path.Combine(seed.Directory, "themes.json")))!["themes"]!.AsArray().Select(t => (string)t!["slug"]!).ToList();
        var codes = JsonNode.Parse(File.ReadAllText(Path.Combine(seed.Directory, "municipalities.json")))!["municipalities"]!.AsArray().Select(m => (string)m!["code"]!).ToList();
        var programs = new JsonArray();
        for (var i = 0; i < count; i++)
        {
            var program = new JsonObject
            {
                ["slug"] = $"importeret-program-{i}",
                ["title"] = $"Importeret program {i:D3}",
                ["summary"] = $"Et importeret program nummer {i} om tidlig indsats for familier.",
                ["category"] = "project",
                ["status"] = i % 3 == 0 ? "draft" : "published",
                ["startYear"] = 2000 + i % 20,
                ["themes"] = new JsonArray(themes[i % themes.Count], themes[(i + 5) % themes.Count]),
                ["municipalities"] = new JsonArray(Enumerable.Range(0, 2)
                    .Select(k => (JsonNode)new JsonObject { ["code"] = codes[(i * 7 + k * 13) % codes.Count], ["role"] = "participant" }).ToArray()),
                ["sources"] = new JsonArray(new JsonObject { ["title"] = "Importeret kilde", ["url"] = $"https://example.org/import/{i}" }),
            };
            if (i % 10 == 9)
            {
                program["parent"] = i % 20 == 19 ? stored : $"importeret-program-{i - 9}";
            }

            programs.Add(program);
        }

        return new JsonObject { ["programs"] = programs }.ToJsonString();
    }

    private static async Task<Loaded> LoadAsync(SeedCopy seed, bool bulk, Func<KnowledgeHubFactory, Task>? then = null)
    {
        await using var server = new KnowledgeHubFactory
        {
            SeedDirectory = seed.Directory,
            Settings = { ["KnowledgeHub:BulkLoad"] = bulk ? "true" : "false" },
            TestServices = services => services.AddSingleton<TimeProvider>(new FixedClock(Clock)),
        };
        server.CreateClient();
        if (then is not null)
        {
            await then(server);
        }

        await using var db = server.Database.Open();
        var keys = await NaturalKeysAsync(db);
        var tables = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetRelationalModel().Tables.Where(t => t.Name != "__EFMigrationsHistory"))
        {
            tables[table.Name] = await RowsAsync(db, table, keys);
        }

        await server.Services.GetRequiredService<KnowledgeHub.Import.Indexing.SearchIndexer>().CatchUpAsync();
        var (documents, terms) = IndexContent(server.Services.GetRequiredService<SearchIndex>(), keys["Records"]);
        return new Loaded(tables, documents, terms);
    }

    /// <summary>
    /// The generated keys are surrogates: SaveChanges numbers a batch in the order of its
    /// topological sort of the commands (neither the order of the files nor stable across EF Core
    /// versions), the bulk path in the order of the files. So a key, and a foreign key to it, is
    /// compared as the natural key of the row it names (a record's slug, a municipality's code),
    /// and a generated key no row refers to (a source's, the change log's sequence) is left out;
    /// every other column is compared as it is.
    /// </summary>
    private static async Task<Dictionary<string, Dictionary<string, string>>> NaturalKeysAsync(KnowledgeHubDbContext db)
    {
        var keys = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            if (GeneratedKey(table) is not { } key || NaturalKey(table) is not { } natural)
            {
                continue;
            }

            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var row in await ReadAsync(db, $"SELECT \"{key.Name}\", {string.Join(", ", natural.Select(c => $"\"{c.Name}\""))} FROM \"{table.Name}\""))
            {
                map[row[0]] = $"{table.Name}[{string.Join(",", row.Skip(1))}]";
            }

            keys[table.Name] = map;
        }

        return keys;
    }

    private static IColumn? GeneratedKey(ITable table) =>
        table.PrimaryKey is { Columns: [var key] } && key.PropertyMappings.Any(m => m.Property.ValueGenerated == ValueGenerated.OnAdd) ? key : null;

    private static IReadOnlyList<IColumn>? NaturalKey(ITable table) =>
        table.Indexes.FirstOrDefault(i => i.IsUnique && i.Columns.All(c => !table.ForeignKeyConstraints.Any(fk => fk.Columns.Contains(c))))?.Columns;

    /// <summary>Every row as text, every column named, sorted (the order does not depend on how rows were inserted).</summary>
    private static async Task<List<string>> RowsAsync(KnowledgeHubDbContext db, ITable table, Dictionary<string, Dictionary<string, string>> keys)
    {
        var references = table.ForeignKeyConstraints.Where(fk => fk.Columns.Count == 1)
            .ToDictionary(fk => fk.Columns[0].Name, fk => fk.PrincipalTable.Name, StringComparer.Ordinal);
        if (table.Name == "RecordChanges")
        {
            // No foreign key (a deleted record's history stays), but a record's id all the same.
            references["RecordId"] = "Records";
        }

        var generated = GeneratedKey(table);
        var columns = table.Columns.Where(c => c != generated || keys.ContainsKey(table.Name)).Select(c => c.Name).ToList();
        var rows = new List<string>();
        foreach (var row in await ReadAsync(db, $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table.Name}\""))
        {
            rows.Add(string.Join(" | ", columns.Select((c, i) =>
                $"{c}={(c == generated?.Name ? keys[table.Name][row[i]] : references.TryGetValue(c, out var principal) && keys.TryGetValue(principal, out var map) && map.TryGetValue(row[i], out var natural) ? natural : row[i])}")));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<List<string[]>> ReadAsync(KnowledgeHubDbContext db, string sql)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string[]>();
        while (await reader.ReadAsync())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Text(reader, i)).ToArray());
        }

        return rows;
    }

    private static string Text(DbDataReader reader, int i) =>
        reader.IsDBNull(i) ? "NULL" : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture) ?? "";

    /// <summary>The stored fields of every live document, and every indexed term with its document and total frequencies.</summary>
    private static (List<string> Documents, List<string> Terms) IndexContent(SearchIndex index, Dictionary<string, string> records)
    {
        index.Searchers.MaybeRefreshBlocking();
        var searcher = index.Searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var live = MultiFields.GetLiveDocs(reader);
            var documents = new List<string>();
            for (var i = 0; i < reader.MaxDoc; i++)
            {
                if (live is null || live.Get(i))
                {
                    documents.Add(string.Join(" | ", reader.Document(i).Fields.Select(f => $"{f.Name}={Stored(f, records)}")));
                }
            }

            documents.Sort(StringComparer.Ordinal);
            var terms = new List<string>();
            var fields = MultiFields.GetFields(reader);
            // The record's id is a surrogate (see NaturalKeysAsync): compared through the stored documents.
            foreach (var field in (fields ?? Enumerable.Empty<string>()).Where(f => f != "id"))
            {
                var termsEnum = fields!.GetTerms(field).GetEnumerator();
                while (termsEnum.MoveNext())
                {
                    terms.Add($"{field}:{termsEnum.Term.Utf8ToString()} df={termsEnum.DocFreq} ttf={termsEnum.TotalTermFreq}");
                }
            }

            return (documents, terms);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }
    }

    private static string? Stored(IIndexableField field, Dictionary<string, string> records)
    {
        var value = field.GetStringValue() ?? field.GetInt32Value()?.ToString(CultureInfo.InvariantCulture)
            ?? field.GetInt64Value()?.ToString(CultureInfo.InvariantCulture) ?? field.GetBinaryValue()?.Utf8ToString();
        return field.Name == "id" && value is not null && records.TryGetValue(value, out var slug) ? slug : value;
    }

    private static string FirstDifference(List<string> expected, List<string> actual)
    {
        var i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i])
        {
            i++;
        }

        return $"{expected.Count} vs {actual.Count} rows; first difference at {i}:\n  tracked: {expected.ElementAtOrDefault(i)}\n  bulk:    {actual.ElementAtOrDefault(i)}";
    }

    private sealed record Loaded(SortedDictionary<string, List<string>> Tables, List<string> Documents, List<string> Terms);

    private sealed class FixedClock(DateTimeOffset at) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => at;
    }
}
