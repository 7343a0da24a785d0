#!/usr/bin/env bash
# How comment grouping (集中意见) grows: 1,000, 10,000 and 100,000 generated comments on one draft (or the sizes given),
# each stage timed once after a warm-up, with the growth per step beside n log n. Goals (issue #17, P7): under 5 s at
# 10,000 and under 30 s at 100,000. Takes a few minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/Consultation.Benchmarks -- grouping-scale "$@"
