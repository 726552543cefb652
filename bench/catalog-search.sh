#!/usr/bin/env bash
# Catalogue search benchmark, on SQLite or PostgreSQL.
#   up to 10,000 products, DESIGN.md "Budgets": median <= 20 ms, p95 <= 60 ms (the Jambi scale);
#   above, issue 15 (national scale: 300,000 products in 30,000 groups): median <= 30 ms, p95 <= 100 ms. PASS/MISS per kind.
#
#   bench/catalog-search.sh [--provider Sqlite|PostgreSQL] [--products N] [--groups N] [--searches N]
#   bench/catalog-search.sh --provider PostgreSQL --products 300000 --groups 30000
#
#   1. builds bench/SearchBench (Release, output in a temp dir);
#   2. SQLite: a throw-away database file in a temp folder. PostgreSQL: starts Debian's cluster if it is not running
#      (pg_ctlcluster), makes a throw-away role and database (dropped again at the end, also on failure);
#   3. migrates it with that provider's real migrations, adds the 38 provinces and their 514 regencies (generated
#      names), N groups spread over them (default N/10, at least 120) and N published products (default 10,000) with
#      1-3 photo rows each; products and photos are bulk-loaded (COPY on PostgreSQL, prepared INSERTs in one
#      transaction on SQLite) with the search index filled the way the migrations fill it; every step is timed;
#   4. runs 100 warm-up searches, then a fixed mix of searches (default 600: words, prefixes, two and three words,
#      browsing without words; category, regency, price, certificate and availability filters; every sort; pages 1
#      to 50) one after another through the real CatalogService.SearchAsync, and prints p50 and p95 per kind with
#      PASS/MISS against that target and the slowest searches. Exits 0 whatever the figures.
#
# Holds /tmp/uppka-heavy.lock while building and measuring, so builds of other work do not share the CPU.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PROVIDER=Sqlite
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) PROVIDER="$2"; shift 2 ;;
    --products|--groups|--searches) ARGS+=("$1" "$2"); shift 2 ;;
    *) echo "usage: $0 [--provider Sqlite|PostgreSQL] [--products N] [--groups N] [--searches N]" >&2; exit 2 ;;
  esac
done
case "${PROVIDER,,}" in
  sqlite) PROVIDER=Sqlite ;;
  postgresql|postgres) PROVIDER=PostgreSQL ;;
  *) echo "--provider is Sqlite or PostgreSQL, not '$PROVIDER'" >&2; exit 2 ;;
esac

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-search-bench.XXXXXX")"
LOCK=/tmp/uppka-heavy.lock
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
PG_ROLE=""
cleanup() {
  if [ -n "$PG_ROLE" ]; then
    $SUDO su postgres -c "psql -q -c 'DROP DATABASE IF EXISTS $PG_ROLE' -c 'DROP ROLE IF EXISTS $PG_ROLE'" >/dev/null 2>&1 || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT

echo "catalogue search benchmark ($PROVIDER): $(nproc) cores, dotnet $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
CONNECTION=()
if [ "$PROVIDER" = PostgreSQL ]; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
  fi
  PG_VERSION="$(ls /etc/postgresql | sort -n | tail -n 1)"
  pg_isready -q -h 127.0.0.1 || $SUDO pg_ctlcluster "$PG_VERSION" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
  PG_ROLE="uppka_bench$$"
  PG_PASSWORD="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  $SUDO su postgres -c "psql -q -c \"CREATE ROLE $PG_ROLE LOGIN PASSWORD '$PG_PASSWORD'\" -c 'CREATE DATABASE $PG_ROLE OWNER $PG_ROLE'"
  # The migrations create extensions (unaccent): trusted ones, which the database owner may create.
  echo "PostgreSQL $(su postgres -c "psql -tAc 'SHOW server_version'" | cut -d' ' -f1): database $PG_ROLE, shared_buffers $(su postgres -c "psql -tAc 'SHOW shared_buffers'"), work_mem $(su postgres -c "psql -tAc 'SHOW work_mem'")"
  CONNECTION=(--postgres "Host=127.0.0.1;Database=$PG_ROLE;Username=$PG_ROLE;Password=$PG_PASSWORD;Command Timeout=600")
fi

flock "$LOCK" dotnet build "$ROOT/bench/SearchBench/SearchBench.csproj" -c Release -o "$WORK/bin" -nologo -v quiet \
  -p:TreatWarningsAsErrors=true >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
flock "$LOCK" dotnet "$WORK/bin/SearchBench.dll" --folder "$WORK/data" "${CONNECTION[@]}" "${ARGS[@]}"
