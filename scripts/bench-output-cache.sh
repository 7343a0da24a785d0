#!/usr/bin/env bash
# Output cache benchmark: req/s of the open draft page, home and the published report, each beside the same HTML bytes
# served as a static file by the same site in the same run. Usage:
#   scripts/bench-output-cache.sh <base-url> <site-root-wwwroot> [draft-slug] [report-slug]
# Start the site first in Production mode on SQLite demo data, e.g.
#   ASPNETCORE_ENVIRONMENT=Production ConnectionStrings__Sqlite="Data Source=/tmp/b/c.db" \
#     dotnet src/Consultation.Web/bin/Release/net10.0/Consultation.Web.dll --urls http://127.0.0.1:5702
set -euo pipefail
base=${1:?base url}; webroot=${2:?wwwroot of the running site}
draft=${3:-public-participation-rules}; report=${4:-disclosure-on-request-measures}
seconds=${BENCH_SECONDS:-10}
declare -A pages=([home]="/" [draft]="/consultations/$draft" [report]="/consultations/$report/report")
printf '| page | bytes | page req/s | static req/s | ratio |\n|---|---:|---:|---:|---:|\n'
for name in home draft report; do
  path=${pages[$name]}
  copy="bench-$name.html"
  curl -sf "$base$path" -o "$webroot/$copy"
  bytes=$(stat -c %s "$webroot/$copy")
  curl -sf "$base$path" -o /dev/null   # warm: the first request fills the cache
  page=$(wrk -t1 -c32 -d"${seconds}s" "$base$path" | awk '/Requests\/sec/ {print $2}')
  static=$(wrk -t1 -c32 -d"${seconds}s" "$base/$copy" | awk '/Requests\/sec/ {print $2}')
  rm -f "$webroot/$copy"
  printf '| %s | %s | %.0f | %.0f | %.2f |\n' "$name" "$bytes" "$page" "$static" "$(echo "$page / $static" | bc -l)"
done
