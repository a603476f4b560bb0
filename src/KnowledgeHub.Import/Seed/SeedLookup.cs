namespace KnowledgeHub.Import.Seed;

/// <summary>Entities by natural key, filled as the mapper goes, used to resolve references.</summary>
internal sealed class SeedLookup<T>(string what) where T : class
{
    private readonly Dictionary<string, T> _byKey = new(StringComparer.Ordinal);

    public IEnumerable<T> All => _byKey.Values;

    /// <summary>Adds entities that are already stored: an import resolves references against the database.</summary>
    public void AddStored(IEnumerable<T> stored, Func<T, string> key)
    {
        foreach (var entity in stored)
        {
            _byKey[key(entity)] = entity;
        }
    }

    public T? Find(string key) => _byKey.GetValueOrDefault(key);

    public bool TryAdd<TSeed>(Located<TSeed> at, string key, T entity, List<SeedError> errors, string field)
    {
        if (_byKey.TryAdd(key, entity))
        {
            return true;
        }

        errors.Add(at.Error(field, $"duplicate {what} '{key}'"));
        return false;
    }

    /// <summary>Null keys resolve to null; unknown ones add an error naming the field.</summary>
    public T? Resolve<TSeed>(Located<TSeed> at, string? key, string field, List<SeedError> errors)
    {
        if (key is null)
        {
            return null;
        }

        if (_byKey.TryGetValue(key, out var entity))
        {
            return entity;
        }

        errors.Add(at.Error(field, $"unknown {what} '{key}'"));
        return null;
    }

    public List<T> ResolveAll<TSeed>(Located<TSeed> at, IReadOnlyList<string>? keys, string field, List<SeedError> errors) =>
        (keys ?? []).Select((key, i) => Resolve(at, key, $"{field}[{i}]", errors)).OfType<T>().Distinct().ToList();
}
