using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgeHub.Api.GraphQL;

/// <summary>The SDL as schema/schema.graphql holds it: descriptions included, "\n" line endings.</summary>
public static class SchemaPrinting
{
    public static string PrintSdl(this ISchema schema) =>
        schema.Print(new PrintOptions { IncludeDescriptions = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
}
