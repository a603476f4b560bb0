using KnowledgeHub.Import.Seed;
using Microsoft.Extensions.Options;

namespace KnowledgeHub.Import.Records;

/// <summary>The seed JSON Schemas, loaded once on first use: imports and mutations validate against the same files.</summary>
public sealed class SeedSchemas(IOptions<ImportOptions> options)
{
    private readonly Lazy<Task<SeedSchemaValidator>> _validator = new(() =>
        SeedSchemaValidator.LoadAsync(Path.Combine(options.Value.ResolveSeedDirectory(), "schema")));

    public Task<SeedSchemaValidator> GetAsync() => _validator.Value;
}
