#!/usr/bin/env bash
# Regency dashboard benchmark (issue 12: the dashboard's query <= 200 ms with 30,000 groups and 300,000 products).
#
#   bench/regency-dashboard.sh [--groups N] [--products N] [--regencies N] [--runs N] [--sql]
#
#   1. builds bench/DashboardBench (Release, output in a temp dir);
#   2. it migrates a throw-away SQLite database in a temp folder with the real migrations and writes a national
#      registry into it with SQL inserts in one transaction (not through the services): N groups (default 30,000) over
#      514 regencies in 38 provinces, 60 % online (a member account, most with the accepted invitation), N products
#      (default 300,000) of online groups in every status, their moderation decisions in the audit log, half as many
#      inquiries over a year, an exhibition running now with 1,500 accepted booths and a past one; then ANALYZE;
#   3. calls RegencyDashboardService three times to warm up, then N times (default 15) each of the staff page's call
#      (figures per regency + totals + the three needing-help lists) and the API's (figures only), one after another,
#      and prints the wall-clock median, p90, min and max and the process's CPU time per call (the machine is shared: CPU
#      time is what a call costs on a quiet one). --sql prints the SQL of one page load and each command's time instead.
#      Exits 0 whatever the figures.
#
# Holds /tmp/uppka-heavy.lock while building and measuring, so builds of other work do not share the CPU.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ARGS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --groups|--products|--regencies|--runs) ARGS+=("$1" "$2"); shift 2 ;;
    --sql) ARGS+=("$1"); shift ;;
    *) echo "usage: $0 [--groups N] [--products N] [--regencies N] [--runs N] [--sql]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-dashboard-bench.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT
LOCK=/tmp/uppka-heavy.lock

echo "regency dashboard benchmark: $(nproc) cores, dotnet $(dotnet --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
flock "$LOCK" dotnet build "$ROOT/bench/DashboardBench/DashboardBench.csproj" -c Release -o "$WORK/bin" -nologo -v quiet \
  -p:TreatWarningsAsErrors=true >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
flock "$LOCK" dotnet "$WORK/bin/DashboardBench.dll" --folder "$WORK/data" "${ARGS[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
