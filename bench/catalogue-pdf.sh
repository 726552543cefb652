#!/usr/bin/env bash
# Catalogue PDF benchmark (issue 14, "Measured, not assumed"): a group's and an exhibition's catalogue, cold and warm.
#
#   bench/catalogue-pdf.sh [--runs N] [--photo WxH] [--jobs N]
#
#   1. publishes src/UppkaCatalog.Web (Release) and builds bench/CatalogueBench (Release), both in a temp dir;
#   2. CatalogueBench migrates a throw-away SQLite database (temp data folder) with the real migrations and writes,
#      with EF directly: an active group with 24 published products (varied names, some near the 120-character limit,
#      short and very long descriptions, permits, net content), and a published exhibition running now with 4 halls x 10
#      accepted booths of 40 other active groups, each featuring 4 published products (160), half at an exhibition
#      price. Every product has its own generated phone photo (WxH, default 4000x3000, JPEG q90 with fractal texture,
#      a labelled product and grain: ~2.9 MB, not flat colour) passed through the real ImagePipeline into the data
#      folder's media store (--jobs at a time, default 2);
#   3. three times, a fresh app process on that data folder: Production, Site:PublicBaseUrl set, pinned to one core
#      (taskset -c 0), waited for on /health; CatalogueBench measures over HTTP only (pinned to core 1):
#        first:      the group's PDF as the first request after start (only /health before), then the exhibition's;
#        group:      warm-up requests to /, /katalog and the storefront (so the app's own JIT is not counted), then
#                    the group's PDF cold, warm (cached) N times (default 50), N times If-None-Match -> 304, English;
#        exhibition: the same for /pameran/{slug}/katalog.pdf (warm-up /, /pameran, the hall; a 404 is reported as
#                    "not available on this build"), then both group files, and the app's peak memory (VmHWM);
#   4. prints the figures against the targets, PASS/FAIL per line, and the photos in each PDF as pdfimages -list
#      (poppler-utils) sees them: count, JPEG (DCTDecode) or not, pixel widths, effective dpi at the printed size.
#
# Holds /tmp/uppka-heavy.lock from the publish to the end, so builds of other work do not share the CPU.
# Exits 0 whatever the figures (a benchmark, not a test); non-zero only if it could not measure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=50
PHOTO=4000x3000
JOBS=2
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --photo) PHOTO="$2"; shift 2 ;;
    --jobs) JOBS="$2"; shift 2 ;;
    *) echo "usage: $0 [--runs N] [--photo WxH] [--jobs N]" >&2; exit 2 ;;
  esac
done

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-catalogue-bench.XXXXXX")"
APP_PID=""
T_START=$SECONDS

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  APP_PID=""
}
cleanup() {
  stop_app
  exec 9>&- 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
say() { printf '\n==> %s\n' "$*"; }

missing=()
command -v pdfimages >/dev/null || missing+=(poppler-utils)
command -v taskset >/dev/null || missing+=(util-linux)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "catalogue PDF benchmark: $(nproc) cores, dotnet $(dotnet --version), $(pdfimages -v 2>&1 | head -n1)," \
     "load average $(cut -d' ' -f1-3 /proc/loadavg)"

say "publish src/UppkaCatalog.Web and build bench/CatalogueBench (Release)"
T_BUILD=$SECONDS
exec 9>/tmp/uppka-heavy.lock
flock 9
{
  dotnet publish "$ROOT/src/UppkaCatalog.Web" -c Release -o "$WORK/app" --disable-build-servers -nologo -v q -clp:ErrorsOnly &&
    dotnet build "$ROOT/bench/CatalogueBench/CatalogueBench.csproj" -c Release -o "$WORK/bin" --disable-build-servers -nologo -v q \
      -clp:ErrorsOnly -p:TreatWarningsAsErrors=true
} >"$WORK/build.log" 2>&1 9>&- || { cat "$WORK/build.log"; exit 1; }
echo "done in $((SECONDS - T_BUILD)) s (including the wait for the build lock, held from now to the end)"
BENCH=(dotnet "$WORK/bin/CatalogueBench.dll")
RESULTS="$WORK/results.tsv"
mkdir -p "$WORK/pdf"

say "generate: 24 + 160 products with their own ${PHOTO} photos through ImagePipeline ($JOBS at a time), migrated SQLite"
T_GEN=$SECONDS
"${BENCH[@]}" generate --folder "$WORK/data" --results "$RESULTS" --photo "$PHOTO" --jobs "$JOBS" 9>&-
sed -n 's/^photos\t//p; s/^generated\t//p' "$RESULTS" | tr '\t' ' '
echo "generated in $((SECONDS - T_GEN)) s; data folder $(du -sh "$WORK/data" | cut -f1) ($(find "$WORK/data/media" -type f | wc -l) media files)"

PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
start_app() {
  local t=$SECONDS
  (
    cd "$WORK/app"
    ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$WORK/data" ASPNETCORE_URLS="$BASE" Site__PublicBaseUrl="$BASE" \
      exec taskset -c 0 dotnet UppkaCatalog.Web.dll
  ) >>"$WORK/app.log" 2>&1 9>&- &
  APP_PID=$!
  for i in $(seq 1 240); do
    if curl -fsS -o /dev/null "$BASE/health" 2>/dev/null; then break; fi
    if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app exited:"; tail -n 40 "$WORK/app.log"; exit 1; fi
    [ "$i" -eq 240 ] && { echo "no /health after 120 s:"; tail -n 40 "$WORK/app.log"; exit 1; }
    sleep 0.5
  done
  echo "app pid $APP_PID on core $(taskset -pc "$APP_PID" | sed 's/.*: //'), healthy at $BASE $((SECONDS - t)) s after start"
}

for phase in first group exhibition; do
  say "phase '$phase': fresh app process, Production, one core"
  start_app
  taskset -c 1 "${BENCH[@]}" measure --base "$BASE" --pid "$APP_PID" --phase "$phase" --runs "$RUNS" --out "$WORK/pdf" --results "$RESULTS" 9>&-
  grep "^$phase" "$RESULTS" | tr '\t' ' '
  stop_app
done
if grep -qiE '\b(fail|exception)' "$WORK/app.log"; then
  echo; echo "app log, warnings and errors:"; grep -iE -A3 '\b(warn|fail|exception)' "$WORK/app.log" | head -n 30
fi

"${BENCH[@]}" summary --results "$RESULTS" --out "$WORK/pdf" 9>&-
echo
echo "Load average now $(cut -d' ' -f1-3 /proc/loadavg); the app had core 0, the client core 1 (shared with other work). Took $((SECONDS - T_START)) s."
