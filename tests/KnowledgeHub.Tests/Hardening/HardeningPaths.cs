namespace KnowledgeHub.Tests.Hardening;

public static class HardeningPaths
{
    public static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "KnowledgeHub.Tests", "Hardening");

    /// <summary>graphql-js 16's getIntrospectionQuery(), what GraphiQL and codegen tools send.</summary>
    public static string IntrospectionQuery => File.ReadAllText(Path.Combine(Folder, "introspection.graphql"));
}
