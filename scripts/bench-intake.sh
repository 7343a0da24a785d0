#!/usr/bin/env bash
# P4 (issue 17): comment intake under a flash crowd. One site process (Release, Production, demo data); first wrk
# measures a static file of the same site (the ceiling of this process on this machine), then CROWD virtual citizens
# (default 30, i.e. 30x the one-at-a-time normal case) post comments for DURATION seconds (default 60) exactly as the
# browser does (draft page + antiforgery token, proof-of-work challenge solved, POST, receipt redirect). Prints
# accepted/s, its ratio to static req/s (goal >= 0.1), POST p50/p99, errors by status and lost receipts (goal 0).
#   scripts/bench-intake.sh [--postgres]     environment: CROWD, DURATION, PORT, POW_MAX, PGHOST/PGPORT/PGUSER
set -euo pipefail
source "$(dirname "$0")/intake-common.sh"
intake_parse_args "$@"
crowd=${CROWD:-30}
duration=${DURATION:-60}

intake_build
intake_start_site
static=$(wrk -t1 -c32 -d10s "$base/css/site.css" | awk '/Requests\/sec/ {print $2}')
intake_load "$crowd" "$duration"
kill -TERM "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid="" # graceful: the queue drains first
read -r received found lost duplicated < <(intake_compare)

accepted=$(load_value accepted_per_s)
errors=$(grep -E '^status_' "$work/load.txt" | sed 's/^status_//' | tr '\n' ' ' || true)
setup=$(grep -E '^before_post_' "$work/load.txt" | sed 's/^before_post_//' | tr '\n' ' ' || true)
printf '\nComment intake, %s, %s clients for %ss, proof-of-work maxnumber %s, %s\n' \
  "$provider" "$crowd" "$duration" "${POW_MAX:-5000}" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '| %-28s | %s |\n' "measure" "value" "----------------------------" "-----"
printf '| %-28s | %s |\n' \
  "static file req/s (wrk -c32)" "$static" \
  "comments accepted/s" "$accepted" \
  "accepted/s ÷ static req/s" "$(awk -v a="$accepted" -v s="$static" 'BEGIN { printf "%.3f", a / s }')" \
  "POST p50 / p99 (ms)" "$(load_value p50_ms) / $(load_value p99_ms)" \
  "sent / accepted" "$(load_value sent) / $(load_value accepted)" \
  "errors by status" "${errors:-none}" \
  "page/challenge refused" "${setup:-none}" \
  "client solve ms (mean)" "$(load_value solve_ms_mean)" \
  "receipts / found / lost" "$received / $found / $lost" \
  "duplicated" "$duplicated"
