#!/usr/bin/env bash
# The one test command. On a fresh Debian 12 machine with only the .NET 10 SDK it:
#   1. installs what the tests need from Debian (chromium for the browser tests, curl for the smoke test,
#      poppler-utils for rendering a catalogue PDF page, redis-server for the two-node cache tests, npm for the
#      fake S3 of the media-store tests, nginx for the two-node deploy test);
#   2. builds the solution once (Release);
#   3. runs every test project under tests/, one after the other, each writing TRX to TestResults/<name>/
#      (browser screenshots go to TestResults/screenshots/); then the Core tests a second time against a
#      PostgreSQL it installs and starts if missing (Debian postgresql, a throw-away role), TestResults/<name>-postgresql/;
#   4. publishes the web app as the Dockerfile does and smoke-tests the published app in Production; then runs
#      tests/UppkaCatalog.DeployTests, which starts deploy/two-nodes.sh on that publish output (PostgreSQL, Redis,
#      two nodes, nginx on loopback), TestResults/UppkaCatalog.DeployTests/;
#   5. prints, as its very last line, "N passed, N failed, N skipped" over all of it.
# Exits non-zero if anything failed or no test ran.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
RESULTS="$ROOT/TestResults"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-test.XXXXXX")"
APP_PID=""

cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

STAGES=()
stage_start() { STAGE_NAME="$1"; STAGE_T0=$SECONDS; echo; echo "==> $1"; }
stage_end() { STAGES+=("$(printf '%-44s %4ss' "$STAGE_NAME" "$((SECONDS - STAGE_T0))")"); }

# ---------------------------------------------------------------- 1. Debian packages
stage_start "debian packages"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# pdftoppm renders a catalogue PDF page to PNG in GroupCatalogueTests.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
# The two-node tests start their own throw-away /usr/bin/redis-server (Support/RedisServer.cs); the Debian service
# the package may start is not used.
[ -x /usr/bin/redis-server ] || missing+=(redis-server)
# node + npm run s3rver, the fake S3 of the S3 media-store tests (tests/Shared/S3rver.cs installs it with npm ci).
command -v npm >/dev/null 2>&1 || missing+=(npm)
# nginx in front of the two nodes of the deploy test (deploy/two-nodes.sh runs its own nginx -c …; the system one is not used).
[ -x /usr/sbin/nginx ] || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "installing: ${missing[*]}"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  echo "chromium, curl, pdftoppm, redis-server, npm and nginx present"
fi
stage_end

# ---------------------------------------------------------------- 2. build once
stage_start "dotnet build (Release)"
dotnet build UppkaCatalog.sln -c Release -nologo -v minimal
stage_end

# ---------------------------------------------------------------- 3. test projects
rm -rf "$RESULTS"
mkdir -p "$RESULTS"
export TEST_RESULTS_DIR="$RESULTS"
TEST_FAILURES=0
shopt -s nullglob
projects=(tests/*/*.csproj)
shopt -u nullglob
for proj in "${projects[@]}"; do
  name="$(basename "$proj" .csproj)"
  # Runs after the publish (stage 4b), on its output: it needs PostgreSQL and a published app.
  [ "$name" = UppkaCatalog.DeployTests ] && continue
  stage_start "dotnet test $name"
  if ! dotnet test --project "$proj" -c Release --no-build --report-trx --results-directory "$RESULTS/$name"; then
    echo "!!! $name: test run failed"
    TEST_FAILURES=$((TEST_FAILURES + 1))
  fi
  stage_end
done

# ---------------------------------------------------------------- 3b. Core tests again, on PostgreSQL
# The same Core test project against a real PostgreSQL 15 (Debian's postgresql): a throw-away role, and per test
# a database copied from a template the tests migrate once (tests/UppkaCatalog.Core.Tests/Support/PostgresTestDatabase.cs).
stage_start "dotnet test UppkaCatalog.Core.Tests (PostgreSQL)"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql
fi
PG_VERSION="$(ls /etc/postgresql | sort -n | tail -n 1)"
$SUDO pg_ctlcluster "$PG_VERSION" main start 2>/dev/null || true
for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 && break; sleep 1; done
PG_ROLE="uppka_t$$"
PG_PASSWORD="$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
# pg_signal_backend: a test database is dropped WITH (FORCE), which must also end an autovacuum worker that may be
# vacuuming it (a busy fixture's database) — a process of no role, which only that membership may terminate.
$SUDO su postgres -c "psql -q -c \"CREATE ROLE $PG_ROLE LOGIN CREATEDB PASSWORD '$PG_PASSWORD'\" -c \"GRANT pg_signal_backend TO $PG_ROLE\""
if ! UPPKA_TEST_POSTGRES="Host=127.0.0.1;Username=$PG_ROLE;Password=$PG_PASSWORD" \
    dotnet test --project tests/UppkaCatalog.Core.Tests -c Release --no-build --report-trx \
    --results-directory "$RESULTS/UppkaCatalog.Core.Tests-postgresql"; then
  echo "!!! UppkaCatalog.Core.Tests (PostgreSQL): test run failed"
  TEST_FAILURES=$((TEST_FAILURES + 1))
fi
# Databases a crashed test process left behind (its template, a test's copy) would keep the role from being dropped.
for db in $($SUDO su postgres -c "psql -qAt -c \"SELECT datname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba WHERE r.rolname = '$PG_ROLE'\""); do
  $SUDO su postgres -c "psql -q -c 'DROP DATABASE \"$db\" WITH (FORCE)'" || true
done
$SUDO su postgres -c "psql -q -c 'DROP OWNED BY $PG_ROLE' -c 'DROP ROLE $PG_ROLE'" || true
stage_end

# What the browser tests' app host said about stalls (StallWatch): a time-out is explained by these lines.
APP_LOG_FILE="$RESULTS/browser-app.log"
if [ -f "$APP_LOG_FILE" ]; then
  stalls=$(grep -cE 'Slow request|Thread pool lag' "$APP_LOG_FILE" || true)
  echo "browser tests' app host: $stalls slow-request / thread-pool-lag warnings ($APP_LOG_FILE)"
  grep -E 'Slow request|Thread pool lag' "$APP_LOG_FILE" | tail -n 15 | cut -c1-300 | sed 's/^/    | /' || true
fi

# ---------------------------------------------------------------- 4. publish + smoke test
SMOKE_PASSED=0
SMOKE_FAILED=0
smoke_pass() { SMOKE_PASSED=$((SMOKE_PASSED + 1)); echo "  passed smoke: $1"; }
smoke_fail() { SMOKE_FAILED=$((SMOKE_FAILED + 1)); echo "  FAILED smoke: $1"; }

# A free loopback port: ask the kernel for one (python3 when present), else try random high ports.
free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  local p
  for _ in $(seq 1 50); do
    p=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port found" >&2
  return 1
}

stage_start "dotnet publish (Release)"
PUBLISH="$WORK/publish"
if dotnet publish src/UppkaCatalog.Web -c Release -o "$PUBLISH" -nologo -v minimal; then
  smoke_pass "dotnet publish src/UppkaCatalog.Web"
else
  smoke_fail "dotnet publish src/UppkaCatalog.Web"
fi
stage_end

stage_start "smoke test of the published app"
if [ -f "$PUBLISH/UppkaCatalog.Web.dll" ]; then
  PORT="$(free_port)"
  BASE="http://127.0.0.1:$PORT"
  DATA="$WORK/data"
  mkdir -p "$DATA"
  APP_LOG="$WORK/app.log"
  # Started from another folder on purpose: outside Development the app must find its own wwwroot
  # (content root = its own folder), not look for it in the working directory.
  (cd "$WORK" && exec env ASPNETCORE_URLS="$BASE" ASPNETCORE_ENVIRONMENT=Production \
      Storage__DataPath="$DATA" Seed__Demo=true dotnet "$PUBLISH/UppkaCatalog.Web.dll") >"$APP_LOG" 2>&1 &
  APP_PID=$!

  healthy=0
  t0=$SECONDS
  while [ $((SECONDS - t0)) -lt 90 ]; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then break; fi
    if [ "$(curl -s -m 5 "$BASE/health" || true)" = "Healthy" ]; then healthy=1; break; fi
    sleep 1
  done
  if [ $healthy -eq 1 ]; then
    smoke_pass "published app answers /health within 90 s (took $((SECONDS - t0)) s)"

    code="$(curl -s -m 30 -o "$WORK/home.html" -w '%{http_code}' "$BASE/" || true)"
    if [ "$code" = "200" ] && grep -q 'Rp ' "$WORK/home.html" && grep -q 'lang="id"' "$WORK/home.html"; then
      smoke_pass 'GET / is 200 with prices ("Rp ") in Indonesian (lang="id")'
    else
      smoke_fail "GET / answered $code; 'Rp ' found: $(grep -c 'Rp ' "$WORK/home.html" 2>/dev/null || true); lang=\"id\" found: $(grep -c 'lang="id"' "$WORK/home.html" 2>/dev/null || true)"
    fi

    code="$(curl -s -m 10 -o "$WORK/site.css" -w '%{http_code}' "$BASE/css/site.css" || true)"
    if [ "$code" = "200" ] && [ -s "$WORK/site.css" ]; then
      smoke_pass "GET /css/site.css is 200 and not empty (the site stylesheet is published and served)"
    else
      smoke_fail "GET /css/site.css answered $code with $(wc -c <"$WORK/site.css" 2>/dev/null || echo 0) bytes (the site stylesheet is not served)"
    fi

    body="$(curl -s -m 10 -w ' %{http_code}' "$BASE/health" || true)"
    if [ "$body" = "Healthy 200" ]; then
      smoke_pass "GET /health is 200 \"Healthy\""
    else
      smoke_fail "GET /health answered '$body'"
    fi

    # Backup while the app serves (README "Backup and restore"): exit 0 with a summary line, a database copy, the
    # photos and the completion marker, and the app still healthy; without DIR, exit 2 with the usage line.
    BACKUP="$WORK/backup"
    set +e
    backup_out="$(cd "$WORK" && env ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$DATA" \
        timeout 120 dotnet "$PUBLISH/UppkaCatalog.Web.dll" backup "$BACKUP" 2>&1)"
    rc=$?
    usage_out="$(cd "$WORK" && timeout 60 dotnet "$PUBLISH/UppkaCatalog.Web.dll" backup 2>&1)"
    usage_rc=$?
    set -e
    media_files=$(find "$BACKUP/media" -type f 2>/dev/null | wc -l)
    if [ $rc -eq 0 ] && [ -s "$BACKUP/uppka.db" ] && [ -f "$BACKUP/backup.txt" ] && [ "$media_files" -gt 0 ] \
        && [ "$(curl -s -m 10 "$BASE/health" || true)" = "Healthy" ]; then
      smoke_pass "backup of the running published app ($media_files media files): $(echo "$backup_out" | tail -n1 | cut -c1-200)"
    else
      smoke_fail "backup of the running published app: exit $rc, $media_files media files; output:"
      echo "$backup_out" | tail -n 20 | sed 's/^/    | /'
    fi
    if [ $usage_rc -eq 2 ] && echo "$usage_out" | grep -q 'Usage: dotnet UppkaCatalog.Web.dll backup DIR'; then
      smoke_pass "backup without DIR exits 2 with the usage line"
    else
      smoke_fail "backup without DIR: exit $usage_rc (expected 2); output: $(echo "$usage_out" | head -n 3)"
    fi
  else
    smoke_fail "published app did not answer /health with Healthy within 90 s; its output:"
    tail -n 40 "$APP_LOG" | sed 's/^/    | /'
  fi
  kill "$APP_PID" 2>/dev/null || true
  wait "$APP_PID" 2>/dev/null || true
  APP_PID=""

  # Bad configuration: a data folder under a regular file must stop start-up quickly, with one line
  # that names the setting, and no stack trace.
  BAD_LOG="$WORK/bad.log"
  BAD_PORT="$(free_port)"
  set +e
  (cd "$PUBLISH" && exec timeout 30 env ASPNETCORE_URLS="http://127.0.0.1:$BAD_PORT" ASPNETCORE_ENVIRONMENT=Production \
      Storage__DataPath=/etc/hostname/x Seed__Demo=true dotnet "$PUBLISH/UppkaCatalog.Web.dll") >"$BAD_LOG" 2>&1
  rc=$?
  set -e
  if [ $rc -ne 0 ] && [ $rc -ne 124 ] && grep -q 'Storage:DataPath' "$BAD_LOG" && ! grep -qE '^[[:space:]]+at [[:alnum:]_.]' "$BAD_LOG"; then
    smoke_pass "bad Storage:DataPath stops start-up (exit $rc) with a one-line message naming the setting"
    grep -m1 'Storage:DataPath' "$BAD_LOG" | cut -c1-240 | sed 's/^/    | /'
  else
    smoke_fail "bad Storage:DataPath: exit $rc (124 = still running after 30 s); expected non-zero, 'Storage:DataPath' in the output and no stack trace. Output:"
    head -n 30 "$BAD_LOG" | sed 's/^/    | /'
  fi

  # A public address without a scheme would put "katalog.uppka.id/produk/…" into every WhatsApp link: refused at start-up.
  BAD_URL_LOG="$WORK/bad-url.log"
  set +e
  (cd "$PUBLISH" && exec timeout 30 env ASPNETCORE_URLS="http://127.0.0.1:$BAD_PORT" ASPNETCORE_ENVIRONMENT=Production \
      Storage__DataPath="$WORK/bad-url-data" Site__PublicBaseUrl=katalog.uppka.id dotnet "$PUBLISH/UppkaCatalog.Web.dll") >"$BAD_URL_LOG" 2>&1
  rc=$?
  set -e
  if [ $rc -ne 0 ] && [ $rc -ne 124 ] && grep -q 'Site:PublicBaseUrl' "$BAD_URL_LOG" && ! grep -qE '^[[:space:]]+at [[:alnum:]_.]' "$BAD_URL_LOG"; then
    smoke_pass "bad Site:PublicBaseUrl stops start-up (exit $rc) with a one-line message naming the setting"
  else
    smoke_fail "bad Site:PublicBaseUrl: exit $rc (124 = still running after 30 s); expected non-zero, 'Site:PublicBaseUrl' in the output and no stack trace. Output:"
    head -n 30 "$BAD_URL_LOG" | sed 's/^/    | /'
  fi
else
  smoke_fail "published app (no UppkaCatalog.Web.dll in the publish output)"
fi
stage_end

# ---------------------------------------------------------------- 4b. two nodes behind nginx
# deploy/two-nodes.sh on the publish output above (no second publish): PostgreSQL (a throw-away database and role),
# Redis, two nodes with the demo data, nginx; rename, cookie, photo, ip_hash and WebSocket checks across them.
stage_start "dotnet test UppkaCatalog.DeployTests (two nodes, nginx)"
if [ -f "$PUBLISH/UppkaCatalog.Web.dll" ]; then
  if ! UPPKA_DEPLOY_APP="$PUBLISH" dotnet test --project tests/UppkaCatalog.DeployTests -c Release --no-build --report-trx \
      --results-directory "$RESULTS/UppkaCatalog.DeployTests"; then
    echo "!!! UppkaCatalog.DeployTests: test run failed"
    TEST_FAILURES=$((TEST_FAILURES + 1))
  fi
else
  echo "!!! UppkaCatalog.DeployTests: not run, the publish failed"
  TEST_FAILURES=$((TEST_FAILURES + 1))
fi
stage_end

# ---------------------------------------------------------------- 5. totals
PASSED=0
FAILED=0
SKIPPED=0
shopt -s nullglob
trx_files=("$RESULTS"/*/*.trx)
shopt -u nullglob
counter() { grep -o "<Counters [^>]*" "$1" | grep -o " $2=\"[0-9]*\"" | grep -o '[0-9]*' || echo 0; }
for trx in "${trx_files[@]}"; do
  p=$(counter "$trx" passed)
  f=$(( $(counter "$trx" failed) + $(counter "$trx" error) + $(counter "$trx" timeout) + $(counter "$trx" aborted) ))
  s=$(counter "$trx" notExecuted)
  echo "  $(basename "$(dirname "$trx")"): $p passed, $f failed, $s skipped"
  PASSED=$((PASSED + p)); FAILED=$((FAILED + f)); SKIPPED=$((SKIPPED + s))
done
# A test project whose run failed without any failed test in its TRX (crash, no TRX) still counts as a failure.
if [ "$TEST_FAILURES" -gt 0 ] && [ "$FAILED" -eq 0 ]; then FAILED=$TEST_FAILURES; fi
PASSED=$((PASSED + SMOKE_PASSED))
FAILED=$((FAILED + SMOKE_FAILED))

# Name every failed test (and its message's first line) here, next to the totals: the head of a long CI log is
# often all that is kept, and a failure must be traceable from it.
for trx in "${trx_files[@]}"; do
  if ! command -v python3 >/dev/null 2>&1; then
    grep -o '<UnitTestResult [^>]*outcome="\(Failed\|Error\|Timeout\|Aborted\)"' "$trx" \
      | grep -o 'testName="[^"]*"' | sed 's/^testName="/  FAILED /; s/"$//' || true
    continue
  fi
  python3 - "$trx" <<'PY' || true
import sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
root = ET.parse(sys.argv[1]).getroot()
for r in root.iterfind(".//t:UnitTestResult", ns):
    if r.get("outcome") not in ("Passed", "NotExecuted"):
        msg = r.find(".//t:ErrorInfo/t:Message", ns)
        first = (msg.text or "").strip().splitlines()[0][:200] if msg is not None and msg.text else ""
        print(f"  FAILED {r.get('testName')}: {first}")
PY
done

echo
echo "Stage timings:"
printf '  %s\n' "${STAGES[@]}"
echo "  total $SECONDS s"
echo "TRX results: $RESULTS/<project>/*.trx; screenshots: $RESULTS/screenshots/"
echo
echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
if [ "$FAILED" -gt 0 ] || [ "$PASSED" -eq 0 ]; then exit 1; fi
exit 0
