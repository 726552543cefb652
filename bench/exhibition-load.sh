#!/usr/bin/env bash
# Load on the exhibition pages with wrk (DESIGN.md "Budgets"; issue 5 "Measured, not assumed").
#
#   bench/exhibition-load.sh [--duration SECONDS] [--identity]
#
#   1. publishes src/UppkaCatalog.Web (Release) to a temp dir and runs it in Production on a free local port with
#      a fresh data folder and the demo seed; waits for /health;
#   2. finds the hall page (first exhibition on /pameran) and a booth page (first booth in that hall);
#   3. warms up (JIT, output cache) with a few requests and a short wrk run per page;
#   4. runs wrk (2 threads, --latency) against the booth page and the hall page at 50 and 200 connections,
#      20 s each, and prints requests/s, latency p50/p90/p99, non-2xx/3xx responses and socket errors;
#   5. a summary line per case; the booth page at 200 connections is judged against the target:
#      >= 2,000 requests/s, p99 <= 100 ms, no errors (non-2xx/3xx responses or socket errors).
#
# Requests carry "Accept-Encoding: gzip, deflate, br" as a browser's do, so the server compresses every answer
# (the output cache keeps pages uncompressed); --identity leaves the header out, for comparison.
# wrk is Debian's (installed with apt-get, through sudo when not root, if missing). wrk and the app share the
# same 2 cores: the figures are for this machine as a whole, not for the app alone.
# The script holds /tmp/uppka-heavy.lock from the publish to the end (others build src/ on this machine and take
# the same lock), so no build takes CPU from the load while it runs; do not wrap it in another flock on that file.
# Exits 0 whatever the figures (a benchmark, not a test); non-zero only if it could not measure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION=20
ENCODING="gzip, deflate, br"
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --identity) ENCODING=""; shift ;;
    *) echo "usage: $0 [--duration SECONDS] [--identity]" >&2; exit 2 ;;
  esac
done
TARGET_RPS=2000
TARGET_P99_MS=100
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-exhibition-load.XXXXXX")"
APP_PID=""
T_START=$SECONDS

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
say() { printf '\n==> %s\n' "$*"; }

say "tools"
if ! command -v wrk >/dev/null || ! command -v curl >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq wrk curl >/dev/null
fi
echo "$(wrk --version 2>&1 | head -n1); $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"

say "publish src/UppkaCatalog.Web (Release)"
T_PUBLISH=$SECONDS
exec 9>/tmp/uppka-heavy.lock
flock 9
dotnet publish "$ROOT/src/UppkaCatalog.Web" -c Release -o "$WORK/app" \
  --disable-build-servers -nologo -v q -clp:ErrorsOnly
echo "published in $((SECONDS - T_PUBLISH)) s (including the wait for the build lock, held from now to the end)"

say "start the app (Production, fresh data folder, demo seed)"
T_APP=$SECONDS
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/data"
(
  cd "$WORK/app"
  ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$WORK/data" Seed__Demo=true ASPNETCORE_URLS="$BASE" \
    exec dotnet UppkaCatalog.Web.dll
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 180); do
  if curl -fsS -o /dev/null "$BASE/health" 2>/dev/null; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app exited:"; tail -n 40 "$WORK/app.log"; exit 1; fi
  [ "$i" -eq 180 ] && { echo "no /health after 90 s:"; tail -n 40 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
echo "healthy at $BASE $((SECONDS - T_APP)) s after start"

# The hall page (first exhibition on /pameran: the ongoing one) and its first booth.
first_link() { grep -oE "href=\"/?$1\"" | head -n1 | sed -E 's/^href="\/?/\//; s/"$//'; }
HALL="$(curl -fsS "$BASE/pameran" | first_link 'pameran/[^"/?]+')" || true
[ -n "$HALL" ] || { echo "no exhibition link on /pameran"; exit 1; }
BOOTH="$(curl -fsS "$BASE$HALL" | first_link "${HALL#/}/stan/[^\"/?]+")" || true
[ -n "$BOOTH" ] || { echo "no booth link on $HALL"; exit 1; }
echo "hall page: $HALL; booth page: $BOOTH"

# A phone browser's User-Agent: requests without one (wrk's default) or from bots are not counted as visits, and
# the visit counting in front of the output cache is part of what a buyer's request costs.
HEADER_ARGS=(-H "User-Agent: Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36")
CURL_HEADERS=()
if [ -n "$ENCODING" ]; then
  HEADER_ARGS+=(-H "Accept-Encoding: $ENCODING")
  CURL_HEADERS=(-H "Accept-Encoding: $ENCODING")
fi
for path in "$BOOTH" "$HALL"; do
  curl -sS -o /dev/null -D "$WORK/headers" "${CURL_HEADERS[@]}" "$BASE$path"
  status="$(head -n1 "$WORK/headers" | tr -d '\r')"
  case "$status" in *" 200"*) ;; *) echo "$path answered: $status"; exit 1 ;; esac
  printf '%-60s %s; %s; %s\n' "$path" "$status" \
    "$(grep -i '^content-encoding:' "$WORK/headers" | tr -d '\r' || echo 'no content-encoding')" \
    "$(grep -i '^cache-control:' "$WORK/headers" | tr -d '\r' || echo 'no cache-control')"
done

# wrk's Lua summary: one machine-readable line (latencies in microseconds).
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT\trequests=%d\tseconds=%.3f\tp50=%d\tp90=%d\tp99=%d\tmax=%d\tstatus_errors=%d\tsocket_errors=%d\n",
    summary.requests, summary.duration / 1e6, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
LUA

say "warm-up (JIT, output cache): 5 s per page at 50 connections"
for path in "$BOOTH" "$HALL"; do
  for _ in 1 2 3; do curl -fsS -o /dev/null "${CURL_HEADERS[@]}" "$BASE$path"; done
  wrk -t2 -c50 -d5s "${HEADER_ARGS[@]}" "$BASE$path" >/dev/null
done

RESULTS=()
run_case() { # name path connections
  local name="$1" path="$2" conns="$3"
  say "$name page, $conns connections, ${DURATION} s, 2 threads: $path"
  wrk -t2 -c"$conns" -d"${DURATION}s" --latency --timeout 10s -s "$WORK/report.lua" "${HEADER_ARGS[@]}" "$BASE$path" | tee "$WORK/wrk.log" | grep -v '^RESULT'
  local line
  line="$(grep '^RESULT' "$WORK/wrk.log")" || { echo "wrk gave no result"; exit 1; }
  RESULTS+=("$name"$'\t'"$conns"$'\t'"$line")
  sleep 2 # let the sockets of this run close before the next
}
run_case booth "$BOOTH" 50
run_case booth "$BOOTH" 200
run_case hall "$HALL" 50
run_case hall "$HALL" 200

say "summary (target: booth page at 200 connections >= $TARGET_RPS req/s, p99 <= $TARGET_P99_MS ms, no errors)"
printf '%-6s %6s %10s %9s %9s %9s %10s %8s   %s\n' page conns "req/s" "p50 ms" "p90 ms" "p99 ms" "non-2xx" "errors" verdict
FAILED=0
for r in "${RESULTS[@]}"; do
  IFS=$'\t' read -r name conns _ requests seconds p50 p90 p99 _ status socket <<<"$r"
  requests="${requests#requests=}"; seconds="${seconds#seconds=}"
  p50="${p50#p50=}"; p90="${p90#p90=}"; p99="${p99#p99=}"
  status="${status#status_errors=}"; socket="${socket#socket_errors=}"
  rps="$(awk -v n="$requests" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')"
  ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
  if [ "$name" = booth ] && [ "$conns" = 200 ]; then
    if [ "$rps" -ge "$TARGET_RPS" ] && [ "$p99" -le $((TARGET_P99_MS * 1000)) ] && [ "$status" -eq 0 ] && [ "$socket" -eq 0 ]; then
      verdict=PASS
    else
      verdict=FAIL; FAILED=1
    fi
  else
    verdict="(information)"
  fi
  printf '%-6s %6s %10s %9s %9s %9s %10s %8s   %s\n' "$name" "$conns" "$rps" "$(ms "$p50")" "$(ms "$p90")" "$(ms "$p99")" "$status" "$socket" "$verdict"
done
[ "$FAILED" -eq 0 ] || echo "the booth page misses the target (see above); the figures are printed either way"
echo "Accept-Encoding: ${ENCODING:-(none)}; load average now $(cut -d' ' -f1-3 /proc/loadavg). Took $((SECONDS - T_START)) s."
