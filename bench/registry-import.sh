#!/usr/bin/env bash
# Registry import benchmark (issue 12: 574 rows previewed and committed in <= 3 s each; 30,000 rows in <= 60 s each
# with memory <= 300 MB).
#
#   bench/registry-import.sh [--groups N]
#
#   1. builds bench/RegistryBench (Release, output in a temp dir);
#   2. writes the "national" file: wwwroot-assets/demo/make-registry.py --groups N (default 30,000), the demo file's
#      generator, so the rows look like the demo's (CSV UTF-8 with BOM, semicolons);
#   3. for the demo file (574 groups), the national CSV and the national file as XLSX, each in a process of its own and a
#      fresh SQLite database (real migrations, no groups yet): times the preview (read, check every row, compare with
#      the registry) and the commit (every row a new group, one transaction, audited) through the real
#      RegistryImportService, then the same file again (every row unchanged, nothing written), and prints the
#      process's peak memory (VmHWM, runtime included);
#   4. prints a table against the targets. Exits 0 whatever the figures (a benchmark, not a test).
#
# Holds /tmp/uppka-heavy.lock while building and measuring, so builds of other work do not share the CPU.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
COUNT=30000
while [ $# -gt 0 ]; do
  case "$1" in
    --groups) COUNT="$2"; shift 2 ;;
    *) echo "usage: $0 [--groups N]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-registry-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
LOCK=/tmp/uppka-heavy.lock
DEMO="$ROOT/wwwroot-assets/demo/registri-uppka-jambi.csv"
NATIONAL="$WORK/registri-nasional-$COUNT.csv"

echo "registry import benchmark: $(nproc) cores, dotnet $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
flock "$LOCK" dotnet build "$ROOT/bench/RegistryBench/RegistryBench.csproj" -c Release -o "$WORK/bin" -nologo -v quiet \
  -p:TreatWarningsAsErrors=true >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
python3 "$ROOT/wwwroot-assets/demo/make-registry.py" --groups "$COUNT" --out "$NATIONAL"

RESULTS=()
run() {
  local out
  out="$(flock "$LOCK" dotnet "$WORK/bin/RegistryBench.dll" --folder "$WORK/data-$1" "${@:2}")"
  echo "$out" | grep -v '^RESULT '
  RESULTS+=("$(echo "$out" | grep '^RESULT ')")
}
run demo --file "$DEMO"
run national --file "$NATIONAL"
run national-xlsx --file "$NATIONAL" --xlsx

echo
printf '%-34s %8s %10s %10s %14s %13s %9s  %s\n' file rows preview commit "again preview" "again commit" "peak MiB" verdict
for line in "${RESULTS[@]}"; do
  name=$(echo "$line" | sed -E 's/^RESULT ([^ ]+) .*/\1/')
  get() { echo "$line" | sed -E "s/.* $1=([^ ]+).*/\1/"; }
  rows=$(get rows); preview=$(get preview); commit=$(get commit); again_p=$(get again-preview); again_c=$(get again-commit); peak=$(get peak-mib)
  if [ "$rows" -le 1000 ]; then limit=3; mem=100000; else limit=60; mem=300; fi
  verdict=$(awk -v p="$preview" -v c="$commit" -v ap="$again_p" -v ac="$again_c" -v m="$peak" -v l="$limit" -v mm="$mem" \
    'BEGIN { ok = p <= l && c <= l && ap <= l && ac <= l && m <= mm; print (ok ? "PASS" : "FAIL") }')
  target="≤ ${limit} s each"; [ "$mem" -lt 100000 ] && target="$target, ≤ ${mem} MB"
  printf '%-34s %8s %8s s %8s s %12s s %11s s %9s  %s (%s)\n' "$name" "$rows" "$preview" "$commit" "$again_p" "$again_c" "$peak" "$verdict" "$target"
done
