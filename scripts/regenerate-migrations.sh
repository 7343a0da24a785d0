#!/usr/bin/env bash
# Until the first production release the schema has a single "Initial" migration per provider; this rebuilds both
# after a model change. After release, add named migrations instead (dotnet ef migrations add <Name> --project …).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  rm -rf "src/Consultation.Migrations.$provider/Migrations"
  dotnet ef migrations add Initial --project "src/Consultation.Migrations.$provider" --output-dir Migrations
done
