using GraphQL;
using GraphQL.Types;

namespace KnowledgeHub.GraphQL.Scalars;

/// <summary>
/// The <c>@specifiedBy</c> URLs of our custom scalars: the ones HotChocolate uses, so a client or
/// code generator that knows HotChocolate's scalars recognises ours.
/// </summary>
public static class ScalarSpecifications
{
    public const string Date = "https://scalars.graphql.org/chillicream/date.html";
    public const string DateTime = "https://scalars.graphql.org/chillicream/date-time.html";
    public const string Long = "https://scalars.graphql.org/chillicream/long.html";

    private const string MetadataKey = "specifiedByURL";

    public static void SpecifiedBy(this ScalarGraphType scalar, string url)
    {
        scalar.Metadata[MetadataKey] = url;
        scalar.ApplyDirective(SpecifiedByDirective.DirectiveName, SpecifiedByDirective.Url, url);
    }

    public static string? SpecifiedByUrl(this IGraphType type) => type is ScalarGraphType scalar ? scalar.GetMetadata<string>(MetadataKey) : null;
}
