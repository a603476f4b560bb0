using System.Globalization;
using BenchmarkDotNet.Running;
using KnowledgeHub.Benchmarks;

// dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- --filter '*'
// dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- profile 100000
// dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- index-profile 20000
// dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- search-cpu 100000 200
if (args is ["search-cpu", ..])
{
    SearchCpu.Run(
        args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000,
        args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200);
    return;
}

// KNOWLEDGEHUB_BENCH_DATA_DIR=DIR dotnet run -c Release --project bench/KnowledgeHub.Benchmarks -- lists 500
if (args is ["lists", ..])
{
    ListProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500);
    return;
}

if (args is ["index-profile", ..])
{
    IndexProfile.Run(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20_000);
    return;
}

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
