using KnowledgeHub.Corpus;
using KnowledgeHub.Import.Seed;

namespace KnowledgeHub.Tests.Generation;

public sealed class CorpusGeneratorTests
{
    [Fact]
    public async Task A_generated_corpus_validates_imports_and_is_marked_synthetic()
    {
        var directory = Path.Combine(Path.GetTempPath(), "knowledgehub-corpus", Guid.NewGuid().ToString("N"));
        var real = await SeedReader.ReadDirectoryAsync(RepositoryPaths.SeedData);
        await new CorpusGenerator(RepositoryPaths.SeedData, real, seed: 7).WriteAsync(directory, 500);
        Assert.Equal(500, (await SeedReader.ReadDirectoryAsync(directory)).Records.Count());

        await using var server = new KnowledgeHubFactory { SeedDirectory = directory };
        var data = await server.CreateClient().DataAsync("""
            { programs { totalCount } familyPrograms { totalCount } inspirationCases { totalCount } municipalExperiences { totalCount nodes { slug coverageNote sources { url } } } }
            """);

        Assert.Equal(500, data.AsObject().Sum(kv => (int)kv.Value!["totalCount"]!));
        Assert.All(data["municipalExperiences"]!["nodes"]!.AsArray(), n =>
        {
            Assert.StartsWith("syn-", (string)n!["slug"]!, StringComparison.Ordinal);
            Assert.StartsWith("https://example.invalid/", (string)n["sources"]![0]!["url"]!, StringComparison.Ordinal);
        });
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_corpus()
    {
        var real = await SeedReader.ReadDirectoryAsync(RepositoryPaths.SeedData);
        var a = Path.Combine(Path.GetTempPath(), "knowledgehub-corpus", Guid.NewGuid().ToString("N"));
        var b = Path.Combine(Path.GetTempPath(), "knowledgehub-corpus", Guid.NewGuid().ToString("N"));
        await new CorpusGenerator(RepositoryPaths.SeedData, real, seed: 3).WriteAsync(a, 200);
        await new CorpusGenerator(RepositoryPaths.SeedData, real, seed: 3).WriteAsync(b, 200);

        Assert.Equal(
            await File.ReadAllTextAsync(Path.Combine(a, "inspirationCases", "part-0001.json")),
            await File.ReadAllTextAsync(Path.Combine(b, "inspirationCases", "part-0001.json")));
        Directory.Delete(a, recursive: true);
        Directory.Delete(b, recursive: true);
    }

    [Fact]
    public async Task It_never_writes_into_real_seed_data()
    {
        var real = await SeedReader.ReadDirectoryAsync(RepositoryPaths.SeedData);
        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            new CorpusGenerator(RepositoryPaths.SeedData, real, seed: 1).WriteAsync(RepositoryPaths.SeedData, 10));
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.SeedData, "programs.json")));
    }
}
