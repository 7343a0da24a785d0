using BenchmarkDotNet.Running;
using Consultation.Benchmarks.Adoption;
using Consultation.Benchmarks.Search;

// dotnet run -c Release --project tests/Consultation.Benchmarks -- --filter '*Grouping*' (see scripts/bench-grouping.sh)
// dotnet run -c Release --project tests/Consultation.Benchmarks -- search [documents] [index folder to keep]   (see scripts/bench-search.sh)
// dotnet run -c Release --project tests/Consultation.Benchmarks -- search-merge <kept index folder>   (merge down as a rebuild does)
// dotnet run -c Release --project tests/Consultation.Benchmarks -- search-costs <kept index folder> [queries…]
// dotnet run -c Release --project tests/Consultation.Benchmarks -- search-loop <kept index folder> <seconds> [queries…] (for a profiler)
// dotnet run -c Release --project tests/Consultation.Benchmarks -- grouping-scale [sizes…] (see scripts/bench-grouping-scale.sh)
if (args.Length > 0 && args[0] == "search")
{
    await SearchBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000,
        args.Length > 2 ? args[2] : null);
    return;
}
if (args.Length > 1 && args[0] == "search-merge")
{
    await SearchBenchmark.MergeAsync(args[1]);
    return;
}
if (args.Length > 1 && args[0] == "search-costs")
{
    QueryCosts.Run(args[1], args.Length > 2 ? args[2..] : SearchBenchmark.TypicalQueries);
    return;
}
if (args.Length > 2 && args[0] == "search-loop")
{
    SearchLoop.Run(args[1], double.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
        args.Length > 3 ? args[3..] : SearchBenchmark.TypicalQueries);
    return;
}
if (args.Length > 0 && args[0] == "grouping-scale")
{
    GroupingScale.Run(args.Length > 1
        ? args.Skip(1).Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToList()
        : [1_000, 10_000, 100_000]);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
