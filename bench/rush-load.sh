#!/usr/bin/env bash
# The product page under a WhatsApp rush, beside the booth page, in one run (issue 10, section 1).
#
#   bench/rush-load.sh [--duration SECONDS] [--identity]
#
#   1. publishes src/UppkaCatalog.Web (Release) to a temp dir and runs it in Production on a free local port with
#      a fresh data folder, the demo seed and Site:PublicBaseUrl set (as in Production: one cached copy per page);
#   2. finds a booth page (first booth of the first exhibition) and a product page (first product on /katalog,
#      as a shared link opens it: no query string);
#   3. warms up (JIT, output cache) with a few requests and a short wrk run per page;
#   4. runs wrk (2 threads, --latency) against the booth page and the product page at 200 and 1,000 connections,
#      30 s each, and prints requests/s, latency p50/p90/p99, non-2xx/3xx responses and socket errors;
#   5. judges the product page against the target: at 1,000 connections >= 0.8 x the booth page's requests/s and
#      p99 <= 100 ms, and no errors (non-2xx/3xx responses or socket errors) at either load. PASS or FAIL.
#
# Same approach as bench/exhibition-load.sh: browser Accept-Encoding and User-Agent (--identity leaves the
# encoding out), Debian's wrk, /tmp/uppka-heavy.lock held from the publish to the end. wrk and the app share the
# same 2 cores: the figures are for this machine as a whole. 1,000 connections need more open files than the
# usual 1,024, so the script raises its own limit (wrk and the app inherit it).
# Exits 0 whatever the figures (a benchmark, not a test); non-zero only if it could not measure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION=30
ENCODING="gzip, deflate, br"
while [ $# -gt 0 ]; do
  case "$1" in
    --duration) DURATION="$2"; shift 2 ;;
    --identity) ENCODING=""; shift ;;
    *) echo "usage: $0 [--duration SECONDS] [--identity]" >&2; exit 2 ;;
  esac
done
TARGET_RATIO=0.8
TARGET_P99_MS=100
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-rush-load.XXXXXX")"
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
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
echo "$(wrk --version 2>&1 | head -n1); $(nproc) cores; open files $(ulimit -n); load average $(cut -d' ' -f1-3 /proc/loadavg)"

say "publish src/UppkaCatalog.Web (Release)"
T_PUBLISH=$SECONDS
exec 9>/tmp/uppka-heavy.lock
flock 9
dotnet publish "$ROOT/src/UppkaCatalog.Web" -c Release -o "$WORK/app" \
  --disable-build-servers -nologo -v q -clp:ErrorsOnly
echo "published in $((SECONDS - T_PUBLISH)) s (including the wait for the build lock, held from now to the end)"

say "start the app (Production, fresh data folder, demo seed, Site:PublicBaseUrl)"
T_APP=$SECONDS
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/data"
(
  cd "$WORK/app"
  ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$WORK/data" Seed__Demo=true ASPNETCORE_URLS="$BASE" Site__PublicBaseUrl="$BASE" \
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

# A booth page (first booth of the first exhibition on /pameran) and a product page (first product on /katalog).
first_link() { grep -oE "href=\"/?$1\"" | head -n1 | sed -E 's/^href="\/?/\//; s/"$//'; }
HALL="$(curl -fsS "$BASE/pameran" | first_link 'pameran/[^"/?]+')" || true
[ -n "$HALL" ] || { echo "no exhibition link on /pameran"; exit 1; }
BOOTH="$(curl -fsS "$BASE$HALL" | first_link "${HALL#/}/stan/[^\"/?]+")" || true
[ -n "$BOOTH" ] || { echo "no booth link on $HALL"; exit 1; }
PRODUCT="$(curl -fsS "$BASE/katalog" | first_link 'produk/[^"/?#]+')" || true
[ -n "$PRODUCT" ] || { echo "no product link on /katalog"; exit 1; }
echo "booth page: $BOOTH; product page: $PRODUCT"

# A phone browser's User-Agent: requests without one (wrk's default) or from bots are not counted as visits, and
# the visit counting in front of the output cache is part of what a buyer's request costs.
HEADER_ARGS=(-H "User-Agent: Mozilla/5.0 (Linux; Android 12; SM-A125F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36")
CURL_HEADERS=()
if [ -n "$ENCODING" ]; then
  HEADER_ARGS+=(-H "Accept-Encoding: $ENCODING")
  CURL_HEADERS=(-H "Accept-Encoding: $ENCODING")
fi
for path in "$BOOTH" "$PRODUCT"; do
  curl -sS -o /dev/null -D "$WORK/headers" "${CURL_HEADERS[@]}" "$BASE$path"
  status="$(head -n1 "$WORK/headers" | tr -d '\r')"
  case "$status" in *" 200"*) ;; *) echo "$path answered: $status"; exit 1 ;; esac
  printf '%-60s %s; %s; %s\n' "$path" "$status" \
    "$(grep -i '^content-encoding:' "$WORK/headers" | tr -d '\r' || echo 'no content-encoding')" \
    "$(grep -i '^cache-control:' "$WORK/headers" | tr -d '\r' || echo 'no cache-control')"
  # Served from the output cache the second time (an Age header), or the comparison means nothing.
  curl -sS -o /dev/null -D "$WORK/headers" "${CURL_HEADERS[@]}" "$BASE$path"
  grep -qi '^age:' "$WORK/headers" && echo "  second visit: from the output cache" || echo "  second visit: NOT from the output cache"
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

say "warm-up (JIT, output cache): 5 s per page at 200 connections"
for path in "$BOOTH" "$PRODUCT"; do
  for _ in 1 2 3; do curl -fsS -o /dev/null "${CURL_HEADERS[@]}" "$BASE$path"; done
  wrk -t2 -c200 -d5s "${HEADER_ARGS[@]}" "$BASE$path" >/dev/null
done

RESULTS=()
run_case() { # name path connections
  local name="$1" path="$2" conns="$3"
  say "$name page, $conns connections, ${DURATION} s, 2 threads: $path"
  wrk -t2 -c"$conns" -d"${DURATION}s" --latency --timeout 10s -s "$WORK/report.lua" "${HEADER_ARGS[@]}" "$BASE$path" | tee "$WORK/wrk.log" | grep -v '^RESULT'
  local line
  line="$(grep '^RESULT' "$WORK/wrk.log")" || { echo "wrk gave no result"; exit 1; }
  RESULTS+=("$name"$'\t'"$conns"$'\t'"$line")
  sleep 3 # let the sockets of this run close before the next
}
# Alternating, so a change in the machine's other load during the run falls on both pages alike.
run_case booth "$BOOTH" 200
run_case product "$PRODUCT" 200
run_case booth "$BOOTH" 1000
run_case product "$PRODUCT" 1000

say "summary (target: product page at 1,000 connections >= ${TARGET_RATIO} x the booth page's req/s, p99 <= $TARGET_P99_MS ms; no errors)"
printf '%-8s %6s %10s %9s %9s %9s %10s %8s\n' page conns "req/s" "p50 ms" "p90 ms" "p99 ms" "non-2xx" "errors"
declare -A RPS P99 ERR
for r in "${RESULTS[@]}"; do
  IFS=$'\t' read -r name conns _ requests seconds p50 p90 p99 _ status socket <<<"$r"
  requests="${requests#requests=}"; seconds="${seconds#seconds=}"
  p50="${p50#p50=}"; p90="${p90#p90=}"; p99="${p99#p99=}"
  status="${status#status_errors=}"; socket="${socket#socket_errors=}"
  rps="$(awk -v n="$requests" -v s="$seconds" 'BEGIN { printf "%.0f", n / s }')"
  ms() { awk -v u="$1" 'BEGIN { printf "%.1f", u / 1000 }'; }
  RPS[$name$conns]=$rps; P99[$name$conns]=$p99; ERR[$name$conns]=$((status + socket))
  printf '%-8s %6s %10s %9s %9s %9s %10s %8s\n' "$name" "$conns" "$rps" "$(ms "$p50")" "$(ms "$p90")" "$(ms "$p99")" "$status" "$socket"
done
RATIO="$(awk -v p="${RPS[product1000]}" -v b="${RPS[booth1000]}" 'BEGIN { printf "%.2f", (b > 0 ? p / b : 0) }')"
RATIO_OK="$(awk -v r="$RATIO" -v t="$TARGET_RATIO" 'BEGIN { print (r >= t) ? 1 : 0 }')"
VERDICT=PASS
[ "$RATIO_OK" -eq 1 ] || VERDICT=FAIL
[ "${P99[product1000]}" -le $((TARGET_P99_MS * 1000)) ] || VERDICT=FAIL
[ "${ERR[product200]}" -eq 0 ] && [ "${ERR[product1000]}" -eq 0 ] || VERDICT=FAIL
printf '\n%s: product/booth at 1,000 connections %s (>= %s), product p99 %s ms (<= %s), product errors %s at 200, %s at 1,000\n' \
  "$VERDICT" "$RATIO" "$TARGET_RATIO" "$(awk -v u="${P99[product1000]}" 'BEGIN { printf "%.1f", u / 1000 }')" "$TARGET_P99_MS" \
  "${ERR[product200]}" "${ERR[product1000]}"
echo "Accept-Encoding: ${ENCODING:-(none)}; load average now $(cut -d' ' -f1-3 /proc/loadavg). Took $((SECONDS - T_START)) s."
