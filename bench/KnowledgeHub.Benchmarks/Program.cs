using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeHub.Benchmarks;

// dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- profile 100000
if (args is ["profile", ..])
{
    foreach (var size in args.Length > 1 ? args[1..].Select(a => int.Parse(a, CultureInfo.InvariantCulture)) : BenchSizes.FromEnvironment())
    {
        SearchProfile.Run(size);
    }

    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The entry point, named for BenchmarkSwitcher.</summary>
public partial class Program;
