#!/usr/bin/env bash
# Runs every test project of Consultation.sln. On a fresh Debian machine it first installs what the tests need
# (Chromium and CJK fonts for the browser tests, PostgreSQL for the second database run, Redis for the tests of what
# nodes share) and starts a throw-away PostgreSQL cluster and a throw-away redis-server on local ports. The last line is "N passed, N failed, N skipped", summed over all projects.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null \
    || echo "warning: could not install ${missing[*]}; tests that need them will report why"
fi

pg_dir=""
redis_dir=""
stop_servers() {
  if [ -n "$pg_dir" ] && [ -d "$pg_dir/data" ]; then
    runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -m fast stop >/dev/null 2>&1 || true
    rm -rf "$pg_dir"
  fi
  if [ -n "$redis_dir" ]; then
    [ -f "$redis_dir/pid" ] && kill "$(cat "$redis_dir/pid")" 2>/dev/null || true
    rm -rf "$redis_dir"
  fi
}
trap stop_servers EXIT
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -n "$pg_bin" ] && [ "$(id -u)" -eq 0 ] && id postgres >/dev/null 2>&1; then
  pg_dir=$(mktemp -d); chown postgres:postgres "$pg_dir"
  pg_port=${CONSULTATION_PG_PORT:-55432}
  if runuser -u postgres -- "$pg_bin/initdb" -D "$pg_dir/data" -A trust -U postgres >"$pg_dir/initdb.log" 2>&1 &&
     runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg_dir/data" -w -l "$pg_dir/log" \
       -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null 2>&1; then
    export CONSULTATION_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=postgres;Pooling=true"
    echo "PostgreSQL test server on port $pg_port"
  else
    echo "PostgreSQL could not start; the PostgreSQL tests will report as skipped"
  fi
else
  echo "PostgreSQL not available (needs the postgresql package and root); the PostgreSQL tests will report as skipped"
fi

# Redis: the first free port from 56379, nothing saved to disk; the Redis tests (two nodes sharing captcha answers,
# rate-limit windows and cached pages) read CONSULTATION_TEST_REDIS and report as skipped without it.
if command -v redis-server >/dev/null 2>&1; then
  redis_port=${CONSULTATION_REDIS_PORT:-56379}
  while (echo >"/dev/tcp/127.0.0.1/$redis_port") 2>/dev/null; do redis_port=$((redis_port + 1)); done
  redis_dir=$(mktemp -d)
  if redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes \
       --dir "$redis_dir" --pidfile "$redis_dir/pid" --logfile "$redis_dir/log" >/dev/null 2>&1 &&
     for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG && break; sleep 0.1; done &&
     redis-cli -p "$redis_port" ping 2>/dev/null | grep -q PONG; then
    export CONSULTATION_TEST_REDIS="127.0.0.1:$redis_port"
    echo "Redis test server on port $redis_port"
  else
    echo "Redis could not start; the Redis tests will report as skipped"
  fi
else
  echo "Redis not available (needs the redis-server package); the Redis tests will report as skipped"
fi

dotnet tool restore >/dev/null
results="$root/TestResults"
rm -rf "$results"
dotnet test Consultation.sln --logger "trx" --results-directory "$results" "$@"
status=$?

passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
# A build error or crashed test host produces no counts: never let that look green.
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
