#!/usr/bin/env bash
# Benchmarks comment grouping (集中意见) on 1,000 and 10,000 generated Chinese comments and prints the summary.
# Without arguments it uses BenchmarkDotNet's short job (3 iterations, a few minutes on two cores); arguments replace
# that, e.g. `scripts/bench-grouping.sh --job medium`. Full reports are written to artifacts/benchmarks/ (ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(--job short)
rm -rf artifacts/benchmarks
dotnet run -c Release --project tests/Consultation.Benchmarks -- --filter '*Grouping*' --artifacts artifacts/benchmarks "${args[@]}"
echo
sed "s/\*\*//g" artifacts/benchmarks/results/*GroupingBenchmark-report-github.md
