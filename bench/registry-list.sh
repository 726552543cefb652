#!/usr/bin/env bash
# Registry list benchmark (issue 12: "fast with 30,000 groups"): budget median <= 50 ms, p95 <= 150 ms a page.
#
#   bench/registry-list.sh [--groups N] [--products N] [--queries N]
#
#   1. builds bench/RegistryListBench (Release, output in a temp dir);
#   2. it migrates a throw-away SQLite database in a temp folder with the real migrations and generates a national
#      registry: N groups (default 30,000) over the 11 regencies, every sector and stage, 3 % inactive, a third online
#      (an accepted invitation), a sixth with a link still out; and M products (default 300,000), 60 % published, spread
#      unevenly over the groups (raw SQL inserts: the catalogue's search triggers fill its index as for any write);
#   3. runs 50 warm-up searches, then a fixed mix of searches (default 600: no filter, words of names and registration
#      numbers, regency, sector, stage, online, published products, active, every sort in both directions, pages 1 to
#      the last) one after another through the real GroupRegistryService.SearchAsync, and prints the median and 95th
#      percentile per kind and the slowest searches; then times the group page (GetAsync) of 50 groups and one
#      invitation step of 500 selected groups (InvitationService.InviteGroupsAsync, one transaction), and prints the
#      SQL plan of the slowest search. Exits 0 whatever the figures.
#
# Holds /tmp/uppka-heavy.lock while building and measuring, so builds of other work do not share the CPU.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --groups|--products|--queries) ARGS+=("$1" "$2"); shift 2 ;;
    *) echo "usage: $0 [--groups N] [--products N] [--queries N]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-registry-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
LOCK=/tmp/uppka-heavy.lock

echo "registry list benchmark: $(nproc) cores, dotnet $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
flock "$LOCK" dotnet build "$ROOT/bench/RegistryListBench/RegistryListBench.csproj" -c Release -o "$WORK/bin" -nologo -v quiet \
  -p:TreatWarningsAsErrors=true >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
flock "$LOCK" dotnet "$WORK/bin/RegistryListBench.dll" --folder "$WORK/data" "${ARGS[@]}"
