#!/usr/bin/env bash
# Two site nodes on one PostgreSQL database and one Redis, on this machine: installs PostgreSQL and Redis from apt if
# missing, starts a throw-away cluster and Redis on local ports, starts node A (which migrates and seeds the demo data)
# and node B on the same database with a shared media directory and a search index each, then runs
# tests/Consultation.NodeChecks: every check acts on A and looks on B. Prints a table; exit 0 when every check held.
# Needs root (apt, and runuser for PostgreSQL). About 3 minutes, most of it the Release build and the first start.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
pg_port=${TWO_NODES_PG_PORT:-55460}
redis_port=${TWO_NODES_REDIS_PORT:-6395}
port_a=${TWO_NODES_PORT_A:-5101}
port_b=${TWO_NODES_PORT_B:-5102}

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

work=$(mktemp -d /tmp/two-nodes.XXXXXX)
chmod 755 "$work"
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  [ -d "$work/pg" ] && runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "PostgreSQL on port $pg_port, Redis on port $redis_port, work folder $work"
mkdir -p "$work/pg" "$work/media" && chown postgres:postgres "$work/pg"
runuser -u postgres -- "$pg_bin/initdb" -D "$work/pg/data" -A trust -U postgres >"$work/initdb.log" 2>&1
runuser -u postgres -- "$pg_bin/pg_ctl" -D "$work/pg/data" -w -l "$work/pg/server.log" \
  -o "-p $pg_port -k $work/pg -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no --daemonize yes --logfile "$work/redis.log"
postgres="Host=127.0.0.1;Port=$pg_port;Username=postgres;Database=consultation;Pooling=true"

echo "Building (Release)…"
dotnet build -c Release -v q -nologo src/Consultation.Web >/dev/null
dotnet build -c Release -v q -nologo tests/Consultation.NodeChecks >/dev/null

start_node() { # name port
  Database__Provider=Postgres ConnectionStrings__Postgres="$postgres" ConnectionStrings__Redis="127.0.0.1:$redis_port" \
  Media__Root="$work/media" Search__IndexPath="$work/index-$1" Downloads__Path="$work/downloads-$1" \
  Publishing__ScheduleIntervalSeconds=1 Outbox__PollIntervalMilliseconds=200 \
    dotnet "$root/src/Consultation.Web/bin/Release/net10.0/Consultation.Web.dll" --urls "http://127.0.0.1:$2" \
    >"$work/$1.log" 2>&1 &
  pids+=($!)
  for _ in $(seq 1 180); do
    if curl -fs "http://127.0.0.1:$2/health/ready" >/dev/null 2>&1; then echo "node $1 ready on port $2"; return 0; fi
    sleep 1
  done
  echo "node $1 did not become ready; its log:"; tail -n 40 "$work/$1.log"; return 1
}
start_node a "$port_a"   # migrates, seeds, prints the first-run logins into a.log
start_node b "$port_b"

dotnet "$root/tests/Consultation.NodeChecks/bin/Release/net10.0/Consultation.NodeChecks.dll" \
  "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$postgres" "$work/a.log"
