namespace KnowledgeHub.Tests.Hosting;

/// <summary>
/// `dotnet KnowledgeHub.Api.dll schema export [--output FILE]`, as an operator or a CI step runs it:
/// the served SDL, byte for byte what schema/schema.graphql holds, with no database made.
/// </summary>
public sealed class SchemaExportTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "knowledgehub-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Schema_export_prints_the_served_schema_without_a_database()
    {
        var (code, output) = await RunAsync("schema", "export");

        Assert.Equal(0, code);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "schema.graphql")), output);
        Assert.False(Directory.Exists(Path.Combine(_directory, "data")), "schema export made a data directory");
    }

    [Fact]
    public async Task Schema_export_writes_the_file_it_is_given()
    {
        Directory.CreateDirectory(_directory);
        var file = Path.Combine(_directory, "schema.graphql");

        var (code, output) = await RunAsync("schema", "export", "--output", file);

        Assert.Equal(0, code);
        Assert.Empty(output);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Schema, "schema.graphql")), await File.ReadAllTextAsync(file));
    }

    private async Task<(int Code, string Output)> RunAsync(params string[] arguments)
    {
        var (code, output, error) = await ServerProcess.RunToExitAsync(
            arguments.Append($"--KnowledgeHub:DataDirectory={Path.Combine(_directory, "data")}"), "schema export");
        Assert.True(code == 0, error);
        return (code, output);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
