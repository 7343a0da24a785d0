using BenchmarkDotNet.Running;
// dotnet run -c Release --project tests/Consultation.Benchmarks -- --filter '*Grouping*' (see scripts/bench-grouping.sh)
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
