#!/usr/bin/env bash
# Crash safety (issue 18 point 5): CROWD clients (default 30) flood comment submissions for DURATION seconds (default
# 120); after KILL_AFTER seconds (default 30) the site process gets SIGKILL mid-flood and is started again on the same
# database while the clients keep trying. Then every receipt a client received is looked up in the database.
# Prints received, found, lost (goal 0) and duplicated (goal 0).
#   scripts/crash-intake.sh [--postgres]     environment: CROWD, DURATION, KILL_AFTER, PORT, POW_MAX, PGHOST/PGPORT/PGUSER
set -euo pipefail
source "$(dirname "$0")/intake-common.sh"
intake_parse_args "$@"
crowd=${CROWD:-30}
duration=${DURATION:-120}
kill_after=${KILL_AFTER:-30}

intake_build
intake_start_site
intake_load "$crowd" "$duration" &
load_pid=$!
sleep "$kill_after"
queued=$(intake_sql "SELECT COUNT(*) FROM \"Comments\" WHERE \"Body\" LIKE '压力测试意见 %'")
kill -KILL "$site_pid"; wait "$site_pid" 2>/dev/null || true
echo "SIGKILL after ${kill_after}s with $queued load-test comments stored; restarting"
restart_began=$(date +%s)
intake_start_site
echo "serving again after $(( $(date +%s) - restart_began ))s"
wait "$load_pid"
kill -TERM "$site_pid"; wait "$site_pid" 2>/dev/null || true; site_pid=""
read -r received found lost duplicated < <(intake_compare)

printf '\nCrash during intake, %s, %s clients for %ss, SIGKILL at %ss, %s\n' \
  "$provider" "$crowd" "$duration" "$kill_after" "$(date -u +%Y-%m-%dT%H:%MZ)"
printf '| received | found | lost | duplicated | refused connections (status 0) |\n|---|---|---|---|---|\n'
printf '| %s | %s | %s | %s | %s |\n' "$received" "$found" "$lost" "$duplicated" "$(load_value status_0)"
[ "$lost" = 0 ] && [ "$duplicated" = 0 ]
