#!/usr/bin/env bash
# Catalogue search benchmark (DESIGN.md "Budgets": median <= 20 ms, p95 <= 60 ms over 10,000 products).
#
#   bench/catalog-search.sh [--products N] [--searches N]
#
#   1. builds bench/SearchBench (Release, output in a temp dir);
#   2. it migrates a throw-away SQLite database in a temp folder with the real migrations and generates
#      N published products (default 10,000) in 120 groups over Jambi's 11 regencies, 1-3 photo rows each
#      pointing at a few shared media keys (no image files: search never reads them);
#   3. runs 100 warm-up searches, then a fixed mix of searches (default 600: words, prefixes, two and three
#      words, browsing without words; category, regency, price, certificate and availability filters; every
#      sort; pages 1 to 50) one after another through the real CatalogService.SearchAsync, and prints the
#      median and 95th percentile per kind and the slowest searches. Exits 0 whatever the figures.
#
# Holds /tmp/uppka-heavy.lock while building and measuring, so builds of other work do not share the CPU.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --products|--searches) ARGS+=("$1" "$2"); shift 2 ;;
    *) echo "usage: $0 [--products N] [--searches N]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-search-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
LOCK=/tmp/uppka-heavy.lock

echo "catalogue search benchmark: $(nproc) cores, dotnet $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
flock "$LOCK" dotnet build "$ROOT/bench/SearchBench/SearchBench.csproj" -c Release -o "$WORK/bin" -nologo -v quiet \
  -p:TreatWarningsAsErrors=true >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
flock "$LOCK" dotnet "$WORK/bin/SearchBench.dll" --folder "$WORK/data" "${ARGS[@]}"
