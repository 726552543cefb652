#!/usr/bin/env bash
# Photo-pipeline benchmark (DESIGN.md "Budgets"): ImageSharp's ImagePipeline against libvips on one core.
#
#   bench/photo-pipeline.sh [--runs N] [--warmup-seconds S] [--no-stages]
#
#   1. installs vipsthumbnail, /usr/bin/convert and exiftool from Debian if missing;
#   2. makes two phone-like photos: a raw 4000x3000 JPEG q90 4:2:0 with EXIF orientation 6 and GPS, and the
#      2048x1536 JPEG q85 (no EXIF) that the browser-side downscale uploads;
#   3. builds bench/PipelineBench (Release, output in a temp dir) and, on one core (taskset -c 0,
#      DOTNET_PROCESSOR_COUNT=1, MaxDegreeOfParallelism=1), times ImagePipeline.Process per photo in a fresh
#      process: warm-up runs (at least 2 runs and S seconds, default 5: on one core the tiered JIT's background
#      compilation shares the core, so a single warm-up run is not enough), then N measured runs (default 6);
#      and measures peak RSS of a process that processes the photo once after startup (/usr/bin/time -v
#      "Maximum resident set size"; VmHWM read inside as a check);
#   4. runs vipsthumbnail for the same 6 outputs (1600/800/320 x WebP Q75 + JPEG Q80, auto-rotate, strip)
#      1 + N times per photo (first set dropped), one core;
#   5. unless --no-stages: per-stage times and alternative settings (bench/PipelineBench --stages);
#   6. prints a table against the targets. Exits 0 whatever the figures (a benchmark, not a test).
#
# Every dotnet command holds /tmp/uppka-heavy.lock (other work builds src/ at the same time); each group of
# measurements holds it too (at most ~90 s at a time), so a concurrent build does not share the CPU with it.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=6
WARMUP_SECONDS=5
STAGES=1
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --warmup-seconds) WARMUP_SECONDS="$2"; shift 2 ;;
    --no-stages) STAGES=0; shift ;;
    *) echo "usage: $0 [--runs N] [--warmup-seconds S] [--no-stages]" >&2; exit 2 ;;
  esac
done
[ "$RUNS" -ge 1 ] || { echo "--runs must be at least 1" >&2; exit 2; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
WORK="$(mktemp -d "${TMPDIR:-/tmp}/uppka-photo-bench.XXXXXX")"
trap 'exec 9>&- 2>/dev/null; rm -rf "$WORK"' EXIT
trap 'exit 130' INT TERM
LOCK=/tmp/uppka-heavy.lock
CORE=0
PIN=(env DOTNET_PROCESSOR_COUNT=1 VIPS_CONCURRENCY=1 taskset -c "$CORE")
ONE_CORE=("${PIN[@]}")
# The build lock on fd 9 of this shell; every command run while it is held gets 9>&- so nothing inherits it.
lock_on() { exec 9>"$LOCK"; flock 9; }
lock_off() { flock -u 9; exec 9>&-; }
T_START=$SECONDS

say() { printf '\n==> %s\n' "$*"; }
# field NAME LINE: the value of NAME=... in a tab-separated RESULT line
field() { printf '%s\n' "$2" | tr '\t' '\n' | sed -n "s/^$1=//p" | head -n1; }
# stats FILE: "median p90" (nearest rank) of the numbers in FILE, one a line
stats() {
  sort -g "$1" | awk '{ v[NR] = $1 } END {
    if (NR == 0) { print "nan nan"; exit }
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    r = int(0.9 * NR); if (r < 0.9 * NR) r++; if (r < 1) r = 1
    printf "%.3f %.3f\n", m, v[r] }'
}

say "tools"
missing=()
command -v vipsthumbnail >/dev/null || missing+=(libvips-tools)
[ -x /usr/bin/convert ] || missing+=(imagemagick)
command -v exiftool >/dev/null || missing+=(libimage-exiftool-perl)
[ -x /usr/bin/time ] || missing+=(time)
command -v taskset >/dev/null || missing+=(util-linux)
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "installing: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
fi
echo "vips $(vips --version | sed 's/^vips-//'), $(/usr/bin/convert -version | head -n1 | cut -d' ' -f2-3), exiftool $(exiftool -ver)," \
     "dotnet $(dotnet --version), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

say "test photos (/usr/bin/convert, exiftool)"
RAW="$WORK/raw-4000x3000.jpg"
SMALL="$WORK/browser-2048x1536.jpg"
# Plasma fractal plus light Gaussian noise: smooth gradients with sensor-like grain, so it compresses like a
# photo (~3.5 MB at q90) rather than like a flat test card. Fixed seed: the same photo every run.
/usr/bin/convert -seed 42 -size 4000x3000 plasma:fractal -attenuate 0.4 +noise Gaussian \
  -sampling-factor 2x2 -quality 90 "$RAW"
# What the browser-side downscale uploads: the camera JPEG decoded, scaled to 2048 px, re-encoded q85, no EXIF.
/usr/bin/convert "$RAW" -resize 2048x1536 -strip -sampling-factor 2x2 -quality 85 "$SMALL"
exiftool -q -overwrite_original -Make=samsung -Model=SM-A155F -Orientation#=6 \
  -DateTimeOriginal="2025:11:20 10:15:00" -GPSLatitude=6.2088 -GPSLatitudeRef=S \
  -GPSLongitude=106.8456 -GPSLongitudeRef=E "$RAW"
for f in "$RAW" "$SMALL"; do
  printf '  %-24s %s bytes, %s, orientation: %s, GPS: %s\n' "$(basename "$f")" "$(stat -c %s "$f")" \
    "$(exiftool -s3 -ImageSize "$f")" "$(exiftool -s3 -Orientation "$f" || true)" "$(exiftool -s3 -GPSPosition "$f" || true)"
done

say "build bench/PipelineBench (Release)"
flock -o "$LOCK" dotnet build "$ROOT/bench/PipelineBench/PipelineBench.csproj" -c Release -o "$WORK/bin" \
  --disable-build-servers -nologo -v q -clp:ErrorsOnly
BENCH=(dotnet "$WORK/bin/PipelineBench.dll")

declare -A IS_MED IS_P90 IS_CPU IS_CPU90 IS_FIRST IS_RSS IS_HWM IS_RSS_SRV VIPS_MED VIPS_P90 VIPS_CPU VIPS_RSS VIPS_START

imagesharp() { # KEY FILE
  local key="$1" file="$2" out line
  say "ImageSharp ImagePipeline, $(basename "$file"), warm-up + $RUNS measured runs in one process, one core"
  out="$WORK/is-$key.log"
  lock_on
  "${ONE_CORE[@]}" "${BENCH[@]}" "$file" --runs "$RUNS" --warmup 2 --warmup-seconds "$WARMUP_SECONDS" --mdop 1 9>&- | tee "$out" | grep -v '^RESULT'
  line="$(grep '^RESULT' "$out")"
  IS_MED[$key]="$(awk -v v="$(field median_ms "$line")" 'BEGIN { printf "%.3f", v / 1000 }')"
  IS_P90[$key]="$(awk -v v="$(field p90_ms "$line")" 'BEGIN { printf "%.3f", v / 1000 }')"
  IS_CPU[$key]="$(awk -v v="$(field cpu_median_ms "$line")" 'BEGIN { printf "%.3f", v / 1000 }')"
  IS_CPU90[$key]="$(awk -v v="$(field cpu_p90_ms "$line")" 'BEGIN { printf "%.3f", v / 1000 }')"
  IS_FIRST[$key]="$(awk -v v="$(field first_ms "$line")" 'BEGIN { printf "%.2f", v / 1000 }')"

  echo "  peak memory: a fresh process that processes the photo once"
  "${ONE_CORE[@]}" /usr/bin/time -v "${BENCH[@]}" "$file" --once --mdop 1 >"$out.once" 2>"$out.time" 9>&-
  line="$(grep '^RESULT' "$out.once")"
  IS_RSS[$key]="$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$out.time")"
  IS_HWM[$key]="$(awk -v v="$(field vmhwm_kib "$line")" 'BEGIN { printf "%.0f", v / 1024 }')"
  echo "    workstation GC (console default): /usr/bin/time -v max RSS ${IS_RSS[$key]} MiB, VmHWM ${IS_HWM[$key]} MiB" \
       "(after startup $(awk -v v="$(field startup_hwm_kib "$line")" 'BEGIN { printf "%.0f", v / 1024 }') MiB), once took $(field ms "$line") ms incl. JIT"
  # The web app runs with server GC (Microsoft.NET.Sdk.Web's default); DOTNET_PROCESSOR_COUNT=1 gives it one heap.
  "${ONE_CORE[@]}" env DOTNET_gcServer=1 /usr/bin/time -v "${BENCH[@]}" "$file" --once --mdop 1 >"$out.once-srv" 2>"$out.time-srv" 9>&-
  lock_off
  IS_RSS_SRV[$key]="$(awk '/Maximum resident set size/ { printf "%.0f", $NF / 1024 }' "$out.time-srv")"
  echo "    server GC (as the web app, 1 heap):     /usr/bin/time -v max RSS ${IS_RSS_SRV[$key]} MiB"
}

vips_set() { # FILE OUTDIR: the 6 renditions, each a vipsthumbnail process (auto-rotate is vipsthumbnail's default)
  local file="$1" dir="$2" w
  for w in 1600 800 320; do
    "${PIN[@]}" /usr/bin/time -f '%M %U %S' -a -o "$dir/rss" vipsthumbnail "$file" -s "${w}x" -o "$dir/out_$w.webp[Q=75,strip]" 9>&-
    "${PIN[@]}" /usr/bin/time -f '%M %U %S' -a -o "$dir/rss" vipsthumbnail "$file" -s "${w}x" -o "$dir/out_$w.jpg[Q=80,strip]" 9>&-
  done
}

libvips() { # KEY FILE
  local key="$1" file="$2" dir i t0 t1
  dir="$WORK/vips-$key"
  say "libvips vipsthumbnail, $(basename "$file"), 6 outputs per set, 1 + $RUNS sets, one core"
  mkdir -p "$dir"
  : >"$dir/times"
  : >"$dir/cpu"
  : >"$dir/startup"
  lock_on
  for ((i = 0; i <= RUNS; i++)); do
    : >"$dir/rss"
    t0=$(date +%s%N)
    vips_set "$file" "$dir"
    t1=$(date +%s%N)
    [ "$i" -eq 0 ] || awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f\n", (b - a) / 1e9 }' >>"$dir/times"
    [ "$i" -eq 0 ] || awk '{ s += $2 + $3 } END { printf "%.4f\n", s }' "$dir/rss" >>"$dir/cpu"
  done
  # What 6 process start-ups cost (libvips loads its modules): a server using libvips in-process pays it once.
  for i in 1 2 3; do
    /usr/bin/time -f '%e' -a -o "$dir/startup" "${PIN[@]}" vipsthumbnail --vips-version >/dev/null 9>&-
  done
  lock_off
  read -r VIPS_MED[$key] VIPS_P90[$key] < <(stats "$dir/times")
  VIPS_START[$key]="$(awk '{ printf "%.2f\n", 6 * $1 }' "$dir/startup" | sort -g | sed -n 2p)"
  read -r VIPS_CPU[$key] _ < <(stats "$dir/cpu")
  VIPS_RSS[$key]="$(sort -n "$dir/rss" | tail -n1 | awk '{ printf "%.0f", $1 / 1024 }')"
  echo "  sets (wall s, warm-up dropped): $(tr '\n' ' ' <"$dir/times")"
  echo "  sets (CPU s, user+sys):         $(tr '\n' ' ' <"$dir/cpu")"
  echo "  of which 6 process start-ups (6 x vipsthumbnail --vips-version, median of 3): ${VIPS_START[$key]} s"
  for f in "$dir"/out_*; do
    printf '  %-14s %-10s %6.1f KiB\n' "$(basename "$f")" "$(vipsheader -f width "$f")x$(vipsheader -f height "$f")" \
      "$(awk -v s="$(stat -c %s "$f")" 'BEGIN { print s / 1024 }')"
  done
  if exiftool -q -q -GPSPosition -Orientation "$dir/out_1600.jpg" | grep -q .; then echo "  WARNING: metadata left in vips output"; fi
}

imagesharp small "$SMALL"
libvips small "$SMALL"
imagesharp raw "$RAW"
libvips raw "$RAW"

if [ "$STAGES" -eq 1 ]; then
  say "where the time goes: per-stage times (a step-by-step replica of ImagePipeline.Process), one core"
  for f in "$SMALL" "$RAW"; do
    lock_on
    "${ONE_CORE[@]}" "${BENCH[@]}" "$f" --stages --runs "$RUNS" --warmup 2 --warmup-seconds "$WARMUP_SECONDS" --alt-runs 0 9>&- \
      | grep -v -e '^RESULT' -e '^#'
    lock_off
  done
  say "alternative settings, each in a fresh process, one core (warm-up >= 2 runs and 3 s, then 5 runs; 12 MP: 3)"
  mapfile -t ALTS < <("${BENCH[@]}" --list-alts)
  for f in "$SMALL" "$RAW"; do
    echo
    echo "  $(basename "$f")"
    "${BENCH[@]}" --alt-header
    lock_on
    for alt in "${ALTS[@]}"; do
      idx="${alt%%$'\t'*}"
      # On the 12 MP photo only the baseline and the settings that matter (keeps the script to a few minutes).
      if [ "$f" = "$RAW" ] && [[ ! " 0 3 4 10 11 12 13 " == *" $idx "* ]]; then continue; fi
      runs=5; [ "$f" = "$RAW" ] && runs=3
      "${ONE_CORE[@]}" "${BENCH[@]}" "$f" --stages --runs 0 --warmup 2 --warmup-seconds 3 --alt-runs "$runs" --alts "$idx" 9>&- \
        | grep -E '^ +[0-9]+ ' || true
    done
    lock_off
  done
  echo "  (12 MP: 3 runs each, a subset of the settings)"
fi

say "summary (one core; time per photo = all 6 renditions; wall = elapsed, CPU = the process's CPU time)"
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t) ? "ok" : "MISS" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1fx", a / b }'; }
printf '%-25s %-18s %8s %8s %8s %9s   %-21s %s\n' "photo" "tool" "wall med" "wall p90" "CPU med" "peak MiB" "target" "time wall/CPU, memory"
printf '%s\n' "---------------------------------------------------------------------------------------------------------------------------"
for key in small raw; do
  if [ "$key" = small ]; then name="2048x1536 browser q85"; target=0.5; else name="4000x3000 raw, orient 6"; target=1.5; fi
  printf '%-25s %-18s %8.3f %8.3f %8.3f %9s   %-21s %s / %s, %s\n' "$name" "ImageSharp" "${IS_MED[$key]}" "${IS_P90[$key]}" "${IS_CPU[$key]}" \
    "${IS_RSS[$key]}" "<= ${target} s, <= 300 MB" "$(verdict "${IS_MED[$key]}" "$target")" "$(verdict "${IS_CPU[$key]}" "$target")" \
    "$(verdict "$(( IS_RSS[$key] > IS_RSS_SRV[$key] ? IS_RSS[$key] : IS_RSS_SRV[$key] ))" 286)"
  printf '%-25s %-18s %8.3f %8.3f %8.3f %9s   %s\n' "" "libvips (6 procs)" "${VIPS_MED[$key]}" "${VIPS_P90[$key]}" "${VIPS_CPU[$key]}" "${VIPS_RSS[$key]}" "(reference)"
  vw="$(awk -v a="${VIPS_MED[$key]}" -v b="${VIPS_START[$key]}" 'BEGIN { printf "%.3f", a - b }')"
  printf '%-25s %-18s %8.3f %8s %8s %9s   %s\n' "" "libvips - startups" "$vw" "" "" "" "(6 process start-ups, ${VIPS_START[$key]} s, subtracted)"
  printf '%-25s %-18s %8s %8s %8s %9s\n' "" "ImageSharp/libvips" "$(ratio "${IS_MED[$key]}" "${VIPS_MED[$key]}")" \
    "$(ratio "${IS_P90[$key]}" "${VIPS_P90[$key]}")" "$(ratio "${IS_CPU[$key]}" "${VIPS_CPU[$key]}")" "$(ratio "${IS_RSS[$key]}" "${VIPS_RSS[$key]}")"
  printf '%-25s %-18s %8s\n' "" "  ... minus startups" "$(ratio "${IS_MED[$key]}" "$vw")"
  printf '%-25s %-18s %8s\n' "" "ImageSharp 1st run" "${IS_FIRST[$key]}" 
done
echo
echo "Peak MiB: /usr/bin/time -v 'Maximum resident set size' of a fresh process that processes the photo once after"
echo "startup (runtime start-up included; workstation GC; server GC as in the web app was measured too, above);"
echo "libvips: the largest of its 6 vipsthumbnail processes. 300 MB = 286 MiB."
echo "Warm-up: at least 2 runs and ${WARMUP_SECONDS} s in the same process; 'ImageSharp 1st run' is the first call in a fresh"
echo "process (JIT). p90 is nearest-rank over $RUNS measured runs. libvips figures include 6 process start-ups."
echo "The machine is shared: where wall and CPU differ, other work took the core. Load average now: $(cut -d' ' -f1-3 /proc/loadavg)."
echo "Took $((SECONDS - T_START)) s."
