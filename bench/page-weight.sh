#!/usr/bin/env bash
# Page weight and Lighthouse for the public pages (DESIGN.md "Budgets").
#
#   bench/page-weight.sh [--no-lighthouse] [--lighthouse-runs N]
#
#   1. publishes src/UppkaCatalog.Web (Release) to a temp dir and runs it in Production on a free local port with
#      a fresh data folder and the demo seed; waits for /health;
#   2. first visit (fresh browser context) to /katalog and / (and, for information, a product page and an
#      exhibition hall page) in headless Chromium through playwright-core: per-resource transfer sizes from
#      DevTools' Network.loadingFinished encodedDataLength, images excluded, against the 150 KB budget;
#   3. Lighthouse 12.2.3 (mobile, the default) on /, /katalog, a product page and the hall page, N runs each
#      (default 5; the median run by performance score is reported, as Lighthouse advises for its variance):
#      the four category scores and the failing audits of every category below target (performance < 95,
#      others < 100). Performance is simulated from the observed trace: on a busy machine TBT grows (see the
#      printed benchmarkIndex; below ~1000 the machine is slower than Lighthouse's reference).
#
# npm packages (playwright-core, lighthouse@12.2.3) go to ~/.cache/uppka-bench/node, never into the repo.
# Chromium is Debian's /usr/bin/chromium (installed with apt-get if missing). The app is stopped on exit.
# dotnet publish holds /tmp/uppka-heavy.lock (others build src/ at the same time).
# Exits 0 whatever the figures (a benchmark, not a test); non-zero only if it could not measure.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LIGHTHOUSE=1
LH_RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --no-lighthouse) LIGHTHOUSE=0; shift ;;
    --lighthouse-runs) LH_RUNS="$2"; shift 2 ;;
    *) echo "usage: $0 [--no-lighthouse] [--lighthouse-runs N]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export BENCH_NODE_DIR="${BENCH_NODE_DIR:-$HOME/.cache/uppka-bench/node}"
CHROME_FLAGS="--headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-page-weight.XXXXXX")"
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
if [ ! -x /usr/bin/chromium ] || ! command -v curl >/dev/null; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium curl >/dev/null
fi
mkdir -p "$BENCH_NODE_DIR"
[ -f "$BENCH_NODE_DIR/package.json" ] || echo '{"name":"uppka-bench-tools","private":true}' >"$BENCH_NODE_DIR/package.json"
if [ ! -d "$BENCH_NODE_DIR/node_modules/playwright-core" ] \
   || [ "$(node -p "require('$BENCH_NODE_DIR/node_modules/lighthouse/package.json').version" 2>/dev/null)" != "12.2.3" ]; then
  (cd "$BENCH_NODE_DIR" && npm install --no-audit --no-fund --loglevel=error playwright-core lighthouse@12.2.3)
fi
LH="$BENCH_NODE_DIR/node_modules/.bin/lighthouse"
echo "node $(node --version), playwright-core $(node -p "require('$BENCH_NODE_DIR/node_modules/playwright-core/package.json').version")," \
     "lighthouse $("$LH" --version), $(/usr/bin/chromium --version 2>/dev/null | tail -n1)"

say "publish src/UppkaCatalog.Web (Release)"
T_PUBLISH=$SECONDS
flock -o /tmp/uppka-heavy.lock dotnet publish "$ROOT/src/UppkaCatalog.Web" -c Release -o "$WORK/app" \
  --disable-build-servers -nologo -v q -clp:ErrorsOnly

echo "published in $((SECONDS - T_PUBLISH)) s (including any wait for the build lock)"

say "start the app (Production, fresh data folder, demo seed)"
T_APP=$SECONDS
PORT="$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
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
echo "healthy at $BASE $((SECONDS - T_APP)) s after start (the demo seed runs its photos through the pipeline first)"

# A product page and the exhibition hall page, found on the catalogue and the exhibitions list.
first_link() { grep -oE "href=\"/?$1\"" | head -n1 | sed -E 's/^href="\/?/\//; s/"$//'; }
PRODUCT="$(curl -fsS "$BASE/katalog" | first_link 'produk/[^"]+')" || true
HALL="$(curl -fsS "$BASE/pameran" | first_link 'pameran/[^"/]+')" || true
[ -n "$PRODUCT" ] || { echo "no product link on /katalog"; exit 1; }
[ -n "$HALL" ] || { echo "no exhibition link on /pameran"; exit 1; }
echo "product page: $PRODUCT; hall page: $HALL"

say "first-visit transfer, images excluded (budget: /katalog <= 150 KB; / shown against the same figure)"
node "$ROOT/bench/page-weight.mjs" weight "$BASE" /katalog / "$PRODUCT" "$HALL" | tee "$WORK/weight.log" | grep -v '^RESULT' || true
grep -q '^RESULT' "$WORK/weight.log" || { echo "page weight not measured"; exit 1; }

if [ "$LIGHTHOUSE" -eq 1 ]; then
  say "Lighthouse 12.2.3, mobile, $LH_RUNS runs a page (targets: performance >= 95; accessibility, best practices, SEO = 100)"
  n=0
  for path in / /katalog "$PRODUCT" "$HALL"; do
    n=$((n + 1))
    echo
    echo "$path"
    reports=()
    for r in $(seq 1 "$LH_RUNS"); do
      if CHROME_PATH=/usr/bin/chromium "$LH" "$BASE$path" --quiet --output=json --output-path="$WORK/lh-$n-$r.json" \
           --chrome-flags="$CHROME_FLAGS" >"$WORK/lh-$n-$r.log" 2>&1; then
        reports+=("$WORK/lh-$n-$r.json")
      else
        echo "  lighthouse run $r failed:"; tail -n 20 "$WORK/lh-$n-$r.log"
      fi
    done
    [ ${#reports[@]} -gt 0 ] || continue
    node "$ROOT/bench/page-weight.mjs" lighthouse "${reports[@]}" | tee -a "$WORK/lh.log" | grep -v '^RESULT'
  done
fi

say "summary"
printf '%-46s %12s %10s   %s\n' "page (first visit)" "transfer KB" "requests" "budget 150 KB"
while IFS=$'\t' read -r _ p t r _ ok; do
  printf '%-46s %12.1f %10s   %s\n' "${p#path=}" "$(awk -v b="${t#total_bytes=}" 'BEGIN { print b / 1000 }')" "${r#requests=}" \
    "$([ "${ok#ok=}" = true ] && echo ok || echo MISS)"
done < <(grep '^RESULT' "$WORK/weight.log")
if [ -f "$WORK/lh.log" ]; then
  echo
  printf '%-46s %6s %6s %6s %6s\n' "Lighthouse mobile" "perf" "a11y" "bp" "seo"
  while IFS=$'\t' read -r _ u p a b s; do
    printf '%-46s %6s %6s %6s %6s\n' "${u#url=$BASE}" "${p#performance=}" "${a#accessibility=}" "${b#best-practices=}" "${s#seo=}"
  done < <(grep '^RESULT' "$WORK/lh.log")
  echo "targets                                            >=95    100    100    100"
fi
echo "Took $((SECONDS - T_START)) s."
