# Shared by bench-intake.sh and crash-intake.sh (sourced, not run): build, one site process on SQLite or PostgreSQL,
# the load generator, and the receipts-versus-database comparison.
# Environment: PORT (default 5890), POW_MAX (proof-of-work maxnumber, default 5000: the clients solve on the same two
# cores as the server, so a browser-like 50,000 would mostly measure the load generator), PGHOST/PGPORT/PGUSER for
# --postgres (default the dev server 127.0.0.1:55440, user postgres; a throw-away database is created and dropped).

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
port=${PORT:-5890}
base="http://127.0.0.1:$port"
slug=public-participation-rules # the demo draft that is open for comments
work=$(mktemp -d /tmp/intake-XXXXXX)
provider=Sqlite
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-55440} PGUSER=${PGUSER:-postgres} PGOPTIONS='-c client_min_messages=warning'
pg_db="intake_$(date +%s)_$$"
site_pid=""

intake_cleanup() {
  [ -n "$site_pid" ] && kill -9 "$site_pid" 2>/dev/null || true
  [ "$provider" = Postgres ] && psql -q -d postgres -c "DROP DATABASE IF EXISTS $pg_db WITH (FORCE)" >/dev/null 2>&1 || true
  [ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"
}
trap intake_cleanup EXIT

intake_build() {
  (cd "$root" && dotnet build -c Release -v q -nologo src/Consultation.Web >/dev/null &&
    dotnet build -c Release -v q -nologo tests/Consultation.LoadGenerator >/dev/null)
}

# The site as one process, in Production. Every client here shares one address, so the per-address limits are raised
# (the comment form's) or switched off (the site-wide per-address ceiling, 600 requests a minute, which alone would cap
# the crowd at 10 requests/s); the whole-site ceiling (Throttling:SitePermitLimit) stays on. The proof-of-work is
# easier for the same reason as POW_MAX above, and not raised tenfold under load (LoadThresholdPerMinute=0): that only
# multiplies the clients' work on these same two cores, the server's check costs the same either way.
intake_start_site() {
  local connection
  if [ "$provider" = Postgres ]; then
    connection=(Database__Provider=Postgres "ConnectionStrings__Postgres=Host=$PGHOST;Port=$PGPORT;Username=$PGUSER;Database=$pg_db")
  else
    connection=(Database__Provider=Sqlite "ConnectionStrings__Sqlite=Data Source=$work/site.db")
  fi
  (cd "$root" && exec env SITE_ROOT="$root" ASPNETCORE_ENVIRONMENT=Production "${connection[@]}" \
    Seed__DemoData=true Comments__RateLimit__PermitLimit=10000000 Throttling__PerAddressPermitLimit=0 \
    Captcha__ProofOfWork__MaxNumber="${POW_MAX:-5000}" Captcha__ProofOfWork__LoadThresholdPerMinute=0 \
    Logging__LogLevel__Default=Warning ${INTAKE_LOG:+Logging__LogLevel__Consultation.Infrastructure.Comments=Debug} \
    dotnet src/Consultation.Web/bin/Release/net10.0/Consultation.Web.dll --urls "$base" >>"$work/site.log" 2>&1) &
  site_pid=$!
  for _ in $(seq 1 240); do
    curl -fs -o /dev/null "$base/consultations/$slug" && return 0
    sleep 0.5
  done
  echo "The site did not start; see its log:" >&2; tail -20 "$work/site.log" >&2; exit 1
}

# Runs the load generator; its name=value lines go to $work/load.txt, the receipts to $work/receipts.tsv.
intake_load() { # concurrency seconds
  dotnet "$root/tests/Consultation.LoadGenerator/bin/Release/net10.0/Consultation.LoadGenerator.dll" --base "$base" \
    --slug "$slug" --concurrency "$1" --duration "$2" --receipts "$work/receipts.tsv" >"$work/load.txt"
}

load_value() { grep -E "^$1=" "$work/load.txt" | cut -d= -f2 || true; }

# SQL on the site's database; prints rows tab-separated.
intake_sql() {
  if [ "$provider" = Postgres ]; then psql -qAtX -F $'\t' -d "$pg_db" -c "$1"; else sqlite3 -separator $'\t' "$work/site.db" "$1"; fi
}

# Loads the clients' receipts (idempotency key, code, ms) into table Got and prints: received found lost duplicated.
# "found" is a comment stored under the receipt's idempotency key; "duplicated" counts load-test texts stored twice.
intake_compare() {
  intake_sql "DROP TABLE IF EXISTS Got; CREATE TABLE Got (k TEXT PRIMARY KEY, code TEXT, ms REAL);" >/dev/null
  if [ "$provider" = Postgres ]; then
    psql -qX -d "$pg_db" -c "\\copy Got FROM '$work/receipts.tsv'"
  else
    sqlite3 "$work/site.db" ".mode tabs" ".import $work/receipts.tsv Got"
  fi
  intake_sql "SELECT (SELECT COUNT(*) FROM Got),
    (SELECT COUNT(*) FROM Got g WHERE EXISTS (SELECT 1 FROM \"Comments\" c WHERE c.\"IdempotencyKey\" = g.k)),
    (SELECT COUNT(*) FROM Got g WHERE NOT EXISTS (SELECT 1 FROM \"Comments\" c WHERE c.\"IdempotencyKey\" = g.k)),
    (SELECT COALESCE(SUM(n - 1), 0) FROM (SELECT COUNT(*) AS n FROM \"Comments\" WHERE \"Body\" LIKE '压力测试意见 %'
      GROUP BY \"Body\" HAVING COUNT(*) > 1) d)"
}

intake_parse_args() {
  for arg in "$@"; do
    case "$arg" in
      --postgres) provider=Postgres ;;
      *) echo "usage: $0 [--postgres]" >&2; exit 2 ;;
    esac
  done
  if [ "$provider" = Postgres ]; then psql -q -d postgres -c "CREATE DATABASE $pg_db" >/dev/null; fi
}
