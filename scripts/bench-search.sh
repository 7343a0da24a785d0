#!/usr/bin/env bash
# Benchmarks site search: indexes 100,000 generated Chinese documents (or the number given) through the site's own
# index code, then times 20 typical queries through the site's search (facets, highlighting, synonyms) side by side
# with bare Lucene.Net on the same index. Prints indexing throughput, p50/p95 per search and the overhead ratio.
# Takes a few minutes on two cores; the temporary index is deleted afterwards. With a folder as the second argument the
# index is kept there, and a later run with the same folder and count searches it again without indexing.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run -c Release --project tests/Consultation.Benchmarks -- search "${1:-100000}" ${2:+"$2"}
