namespace KnowledgeHub.Import.Seed;

/// <summary>The import stopped before writing anything; <see cref="Errors"/> says where and why.</summary>
public sealed class SeedImportException(IReadOnlyList<SeedError> errors)
    : Exception(Describe(errors))
{
    public IReadOnlyList<SeedError> Errors { get; } = errors;

    private static string Describe(IReadOnlyList<SeedError> errors) =>
        errors.Count == 1
            ? $"Seed import failed: {errors[0]}"
            : $"Seed import failed with {errors.Count} errors:{Environment.NewLine}  " +
              string.Join(Environment.NewLine + "  ", errors.Take(20)) +
              (errors.Count > 20 ? $"{Environment.NewLine}  … and {errors.Count - 20} more" : "");
}
