using GraphQL.Federation;
using GraphQL.Types;

namespace KnowledgeHub.Api.Federation;

/// <summary>
/// Declares a federation key and how to look it up in one call, so the <c>@key</c> printed in
/// the subgraph SDL and the resolver behind it cannot drift apart.
/// </summary>
public static class EntityKeyExtensions
{
    private const string ResolverMetadata = "KnowledgeHub.EntityKeyResolver";

    public static void EntityKey<T>(this ObjectGraphType<T> type, string field, EntityLookup lookup)
    {
        type.Key(field);
        ResolverOf(type, resolver => type.ResolveReference(resolver)).Add(field, lookup);
    }

    public static void EntityKey<T>(this InterfaceGraphType<T> type, string field, EntityLookup lookup)
    {
        type.Key(field);
        ResolverOf(type, resolver => type.ResolveReference(resolver)).Add(field, lookup);
    }

    /// <summary>The <c>id</c> key: the representation carries our opaque global id, as clients see it.</summary>
    public static void GlobalIdKey<T>(this ObjectGraphType<T> type) => type.EntityKey("id", GlobalIdLookup.For(type.Name));

    private static EntityKeyResolver ResolverOf(IProvideMetadata type, Action<EntityKeyResolver> register)
    {
        var resolver = type.GetMetadata<EntityKeyResolver>(ResolverMetadata);
        if (resolver is null)
        {
            resolver = new EntityKeyResolver();
            type.Metadata[ResolverMetadata] = resolver;
            register(resolver);
        }

        return resolver;
    }
}
