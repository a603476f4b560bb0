using System.Xml.Linq;

namespace KnowledgeHub.Tests.Architecture;

/// <summary>
/// What each project under src/ may not reach, directly or through another project (the README's
/// architecture section says why): read from the project files, so a new reference fails here.
/// </summary>
public sealed class ProjectReferenceTests
{
    public static TheoryData<string, string[]> Forbidden => new()
    {
        { "KnowledgeHub.Domain", ["KnowledgeHub.Data", "KnowledgeHub.Import", "KnowledgeHub.Search", "KnowledgeHub.Api", "KnowledgeHub.GraphQL"] },
        { "KnowledgeHub.Search", ["KnowledgeHub.Domain", "KnowledgeHub.Data", "KnowledgeHub.Import", "KnowledgeHub.Api", "KnowledgeHub.GraphQL"] },
        { "KnowledgeHub.Data", ["KnowledgeHub.Import", "KnowledgeHub.Search", "KnowledgeHub.Api", "KnowledgeHub.GraphQL"] },
        { "KnowledgeHub.Import", ["KnowledgeHub.Api", "KnowledgeHub.GraphQL"] },
        // The GraphQL conventions know no feature: what they need of the application comes through interfaces.
        { "KnowledgeHub.GraphQL", ["KnowledgeHub.Domain", "KnowledgeHub.Data", "KnowledgeHub.Import", "KnowledgeHub.Search", "KnowledgeHub.Api"] },
        // The command line needs no web host: building it must not build the Api (and its npm step).
        { "KnowledgeHub.Cli", ["KnowledgeHub.Api", "KnowledgeHub.GraphQL"] },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void A_project_does_not_reach_what_it_may_not(string project, string[] forbidden)
    {
        var reached = Reached(project);
        Assert.Empty(reached.Intersect(forbidden));
    }

    [Fact]
    public void The_reference_reading_sees_indirect_references()
    {
        // Api reaches Domain only through Import and Data: the closure must include it, or the
        // theory above could pass on a project file it failed to read.
        Assert.Contains("KnowledgeHub.Domain", Reached("KnowledgeHub.Api"));
        Assert.Contains("KnowledgeHub.Search", Reached("KnowledgeHub.Cli"));
    }

    private static HashSet<string> Reached(string project)
    {
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([project]);
        while (pending.TryPop(out var current))
        {
            var file = Path.Combine(RepositoryPaths.Root, "src", current, $"{current}.csproj");
            Assert.True(File.Exists(file), $"{file} is missing");
            foreach (var reference in XDocument.Load(file).Descendants("ProjectReference"))
            {
                var name = Path.GetFileNameWithoutExtension(reference.Attribute("Include")!.Value.Replace('\\', '/'));
                if (reached.Add(name))
                {
                    pending.Push(name);
                }
            }
        }

        return reached;
    }
}
