using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Federation.Resolvers;
using GraphQL.Types;

namespace KnowledgeHub.Api.Federation;

/// <summary>Finds an entity by one key value; null when the value cannot name one (a malformed id).</summary>
public delegate IDataLoaderResult? EntityLookup(IResolveFieldContext context, string key);

/// <summary>
/// Resolves a type's <c>_entities</c> representations by whichever of its <c>@key</c> fields the
/// representation carries. GraphQL.NET's own resolvers bind a representation to a CLR object and
/// leave the fetching to us; this one goes straight to the DataLoaders, so a router's request for
/// a hundred entities is one query per type, and an unknown key is simply null.
/// </summary>
public sealed class EntityKeyResolver : IFederationResolver
{
    private readonly List<(string Field, EntityLookup Lookup)> _keys = [];

    public IReadOnlyList<string> Fields => _keys.ConvertAll(k => k.Field);

    public void Add(string field, EntityLookup lookup) => _keys.Add((field, lookup));

    public bool MatchKeys(IDictionary<string, object?> representation) => _keys.Exists(k => representation.ContainsKey(k.Field));

    /// <summary>
    /// Runs while the document is validated: a representation without any key of the type is a
    /// supergraph that is out of date, reported before anything executes.
    /// </summary>
    public object ParseRepresentation(IComplexGraphType graphType, IDictionary<string, object?> representation)
    {
        foreach (var (field, lookup) in _keys)
        {
            if (representation.TryGetValue(field, out var value) && value is string key)
            {
                return new ParsedKey(lookup, key);
            }
        }

        throw new InvalidOperationException($"A {graphType.Name} representation needs one of its keys as a string: {string.Join(", ", Fields)}.");
    }

    public ValueTask<object?> ResolveAsync(IResolveFieldContext context, IComplexGraphType graphType, object parsedRepresentation)
    {
        var key = (ParsedKey)parsedRepresentation;
        // The loader result goes back unawaited: GraphQL.NET parks it until every representation
        // of the request has queued its key, then the first await runs one batch.
        return new(key.Lookup(context, key.Value));
    }

    private sealed record ParsedKey(EntityLookup Lookup, string Value);
}
