#!/usr/bin/env bash
# Data a member spends publishing a product (issue 10, section 3), counted on the wire.
#
#   bench/member-data.sh [--quality [Q1,Q2,...]] [--budget BYTES]
#
#   1. makes three phone photos with /usr/bin/convert + exiftool: 4000x3000 JPEG q90 4:2:0 (~3.6 MB: plasma
#      fractal plus sensor-like grain, a fixed seed each), EXIF orientation 6 and a GPS position; they live in
#      a temp dir, never in git;
#   2. publishes src/UppkaCatalog.Web (Release) and runs it in Production on a free loopback port with a fresh
#      data folder and the demo seed; waits for /health;
#   3. builds bench/MemberDataBench (not in UppkaCatalog.sln, so ./test.sh never runs it), which puts a counting
#      TCP proxy in front of the app and drives Debian's Chromium (Playwright) at 360 px, DPR 2: signs in as
#      anggota1@uppka.test (not counted), then counts every byte each way from opening /kelola/produk/baru,
#      through filling it in, saving the draft, uploading the three photos (shrunk on the phone by
#      photo-upload.js) and submitting, to the badge "Menunggu pemeriksaan";
#   4. checks that the stored renditions carry no EXIF or GPS (exiftool over the media folder);
#   5. prints bytes up / down / total and PASS or FAIL against the budget (default 1,500,000 bytes).
#   --quality: also shrinks each photo in Chromium at JPEG qualities Q1,Q2,... (default 0.7,0.8,0.85,0.9,0.95;
#      plus the old 2048 px q0.85) and prints the product page's renditions' SSIM against those made from the
#      unshrunk upload (SSIM on luma, 11 px Gaussian window, computed in MemberDataBench), so the quality in photo-upload.js is chosen by measurement.
#
# Exits 0 whatever the figures (a benchmark, not a test); non-zero only if it could not measure.
# dotnet build/publish hold /tmp/uppka-heavy.lock (others build src/ at the same time).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUDGET=1500000
QUALITIES=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quality)
      if [ $# -gt 1 ] && [[ "$2" =~ ^[0-9.,]+$ ]]; then QUALITIES="$2"; shift 2; else QUALITIES="0.7,0.8,0.85,0.9,0.95"; shift; fi ;;
    --budget) BUDGET="$2"; shift 2 ;;
    *) echo "usage: $0 [--quality [Q1,Q2,...]] [--budget BYTES]" >&2; exit 2 ;;
  esac
done
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-member-data.XXXXXX")"
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
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/convert ] || missing+=(imagemagick)
command -v exiftool >/dev/null || missing+=(libimage-exiftool-perl)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "$(/usr/bin/chromium --version 2>/dev/null | tail -n1), $(/usr/bin/convert -version | head -n1 | cut -d' ' -f2-3)," \
     "exiftool $(exiftool -ver), dotnet $(dotnet --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

say "three phone photos (/usr/bin/convert, exiftool)"
PHOTOS=()
for n in 1 2 3; do
  f="$WORK/IMG_000$n.jpg"
  # Stored landscape and tagged "turn 90° clockwise", as an upright phone photo is saved.
  /usr/bin/convert -seed "$((40 + n))" -size 4000x3000 plasma:fractal -attenuate 0.4 +noise Gaussian \
    -sampling-factor 2x2 -quality 90 "$f"
  exiftool -q -overwrite_original -Make=samsung -Model=SM-A155F -Orientation#=6 \
    -DateTimeOriginal="2025:11:20 10:15:0$n" -GPSLatitude=1.6$n -GPSLatitudeRef=S \
    -GPSLongitude=103.6$n -GPSLongitudeRef=E "$f"
  printf '  %s %s bytes, %s, orientation: %s, GPS: %s\n' "$(basename "$f")" "$(stat -c %s "$f")" \
    "$(exiftool -s3 -ImageSize "$f")" "$(exiftool -s3 -Orientation "$f")" "$(exiftool -s3 -GPSPosition "$f")"
  PHOTOS+=("$f")
done

say "publish src/UppkaCatalog.Web and build bench/MemberDataBench (Release)"
T_BUILD=$SECONDS
flock -o /tmp/uppka-heavy.lock dotnet publish "$ROOT/src/UppkaCatalog.Web" -c Release -o "$WORK/app" \
  --disable-build-servers -nologo -v q -clp:ErrorsOnly
flock -o /tmp/uppka-heavy.lock dotnet build "$ROOT/bench/MemberDataBench/MemberDataBench.csproj" -c Release -o "$WORK/bench" \
  --disable-build-servers -nologo -v q -clp:ErrorsOnly
BENCH=(dotnet "$WORK/bench/MemberDataBench.dll")
echo "built in $((SECONDS - T_BUILD)) s (including any wait for the build lock)"

say "start the app (Production, fresh data folder, demo seed)"
PORT="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
BASE="http://127.0.0.1:$PORT"
mkdir -p "$WORK/data"
(
  cd "$WORK/app"
  ASPNETCORE_ENVIRONMENT=Production Storage__DataPath="$WORK/data" Seed__Demo=true ASPNETCORE_URLS="$BASE" \
    exec dotnet UppkaCatalog.Web.dll
) >"$WORK/app.log" 2>&1 &
APP_PID=$!
for i in $(seq 1 240); do
  if curl -fsS -o /dev/null "$BASE/health" 2>/dev/null; then break; fi
  if ! kill -0 "$APP_PID" 2>/dev/null; then echo "the app exited:"; tail -n 40 "$WORK/app.log"; exit 1; fi
  [ "$i" -eq 240 ] && { echo "no /health after 120 s:"; tail -n 40 "$WORK/app.log"; exit 1; }
  sleep 0.5
done
echo "healthy at $BASE"
# Only the member's own photos are checked for metadata below: note what the demo seed stored first.
find "$WORK/data" -type f \( -name '*.jpg' -o -name '*.webp' \) | sort >"$WORK/seeded.txt"

say "the journey, counted by the proxy (Chromium, 360 px)"
"${BENCH[@]}" journey "$BASE" anggota1@uppka.test Demo-UPPKA-2026 "$BUDGET" "${PHOTOS[@]}" | tee "$WORK/journey.log"
RESULT="$(grep '^RESULT' "$WORK/journey.log")" || { echo "the journey was not measured"; exit 1; }

say "metadata in what the server stored for these photos (exiftool)"
find "$WORK/data" -type f \( -name '*.jpg' -o -name '*.webp' \) | sort | comm -13 "$WORK/seeded.txt" - >"$WORK/new.txt"
NEW="$(wc -l <"$WORK/new.txt")"
LEAKS="$(xargs -r -a "$WORK/new.txt" exiftool -q -q -s3 -if '$GPSLatitude or $Orientation or $Make' -FileName 2>/dev/null | wc -l || true)"
echo "  $NEW renditions stored, $LEAKS with GPS, orientation or camera EXIF"

if [ -n "$QUALITIES" ]; then
  say "JPEG quality on the phone: the product page's renditions, SSIM against the unshrunk upload"
  "${BENCH[@]}" quality "$BASE" "$QUALITIES" "${PHOTOS[@]}"
fi

say "summary"
field() { printf '%s\n' "$RESULT" | tr '\t' '\n' | sed -n "s/^$1=//p"; }
printf '  up %s, down %s, total %s bytes; budget %s: %s\n' "$(field up)" "$(field down)" "$(field total)" "$BUDGET" \
  "$([ "$(field pass)" = true ] && echo PASS || echo FAIL)"
printf '  stored renditions with metadata: %s of %s: %s\n' "$LEAKS" "$NEW" "$([ "$LEAKS" -eq 0 ] && [ "$NEW" -gt 0 ] && echo ok || echo CHECK)"
echo "  $((SECONDS - T_START)) s in all"
