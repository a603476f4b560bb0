namespace KnowledgeHub.Cli;

// Not top-level statements: their generated Program class would clash with the host's in the tests.
internal static class Entry
{
    public static Task<int> Main(string[] args) => CliApp.RunAsync(args, Console.Out, Console.Error);
}
