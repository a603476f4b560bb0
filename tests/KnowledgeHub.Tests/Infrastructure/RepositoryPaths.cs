namespace KnowledgeHub.Tests.Infrastructure;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SeedData => Path.Combine(Root, "seed-data");

    public static string Schema => Path.Combine(Root, "schema");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeHub.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("KnowledgeHub.sln not found above the test binaries.");
    }
}
