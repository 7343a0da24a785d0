using BenchmarkDotNet.Running;
using Consultation.Benchmarks.Search;

// dotnet run -c Release --project tests/Consultation.Benchmarks -- --filter '*Grouping*' (see scripts/bench-grouping.sh)
// dotnet run -c Release --project tests/Consultation.Benchmarks -- search [documents]   (see scripts/bench-search.sh)
if (args.Length > 0 && args[0] == "search")
{
    await SearchBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
