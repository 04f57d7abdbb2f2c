#!/usr/bin/env bash
# The command line as users run it, beside ICU's word BreakIterator, on the
# same ~12 MB (the shared reports concatenated and repeated into one file),
# in one run: throughput (CPU time: user + sys, best of ROUNDS, rounds
# interleaved so that load from other processes falls on every command
# alike), peak RSS of every command and level, and --jobs 2 against
# --jobs 1 on four files of ~3 MB (wall time).
#
# Memory check (issue 15): every command's peak RSS must stay within
# 8 x the input file + C, C being the largest peak RSS of the same commands
# on a one-line file (start-up: the binary, its libraries and compiled-in
# tables). The script prints C and exits 1 when a command exceeds it.
#
# usage: bench/cli_bench.sh [BUILD_DIR] [ROUNDS]   (needs build targets
#        mubiao_cli mubiao_icu_words; GNU time at /usr/bin/time)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${2:-3}
shared=${MUBIAO_SHARED_DIR:-$PWD/../shared}
cli=$build/mubiao
icu=$build/bench/mubiao_icu_words
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# ~12 MB in one file, and the same text in four files of ~3 MB.
source bench/reports.sh
big=$work/reports-12mb.txt
reports_file "$big" 12000000
bytes=$(stat -c %s "$big")
for k in 1 2 3 4; do reports_file "$work/part$k.txt" 3000000; done

# measure NAME COMMAND...: appends "cpu wall rss_kb" of one run to $work/NAME.
measure() {
  local name=$1; shift
  /usr/bin/time -f '%U %S %e %M' -o "$work/t" "$@" >/dev/null
  awk '{printf "%.3f %.3f %d\n", $1 + $2, $3, $4}' "$work/t" >>"$work/$name"
}

declare -a names=(icu_count icu_jsonl text section paragraph sentence clause word numbers
                  normalize targets targets_csv targets_xlsx targets_dta meta panel outcomes)
# run_one NAME FILE [LABEL]: one run of the command NAME on FILE, kept under
# LABEL (default NAME).
run_one() {
  local label=${3:-$1}
  case $1 in
    icu_count) measure "$label" "$icu" --count "$2" ;;
    icu_jsonl) measure "$label" "$icu" "$2" ;;
    section|paragraph|sentence|clause|word) measure "$label" "$cli" segment --level "$1" "$2" ;;
    text|numbers|normalize|targets|meta|panel|outcomes) measure "$label" "$cli" "$1" "$2" ;;
    targets_csv) measure "$label" "$cli" targets --format csv "$2" ;;
    targets_xlsx|targets_dta)
      measure "$label" "$cli" targets --format "${1#targets_}" --output "$work/out.${1#targets_}" "$2" ;;
  esac
}
# The constant of the memory check: the same commands on a one-line file.
one=$work/one-line.txt
echo '2024年地区生产总值增长5%左右。' >"$one"
for n in "${names[@]:2}"; do run_one "$n" "$one" "start_$n"; done
for ((r = 1; r <= rounds; r++)); do
  for n in "${names[@]}"; do run_one "$n" "$big"; done
  measure jobs1_targets "$cli" targets --jobs 1 "$work"/part?.txt
  measure jobs2_targets "$cli" targets --jobs 2 "$work"/part?.txt
  measure jobs1_word "$cli" segment --level word --jobs 1 "$work"/part?.txt
  measure jobs2_word "$cli" segment --level word --jobs 2 "$work"/part?.txt
done

best() { sort -n -k"$2" "$work/$1" | head -n 1 | cut -d' ' -f"$2"; }
maxrss() { sort -n -k3 "$work/$1" | tail -n 1 | cut -d' ' -f3; }
mb=$(awk -v b="$bytes" 'BEGIN { printf "%.2f", b / 1e6 }')
icu_count=$(best icu_count 1)
icu_jsonl=$(best icu_jsonl 1)
echo "input: $mb MB in one file; $rounds rounds; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %9s %9s %12s %12s %10s %9s\n' command cpu_s MB/s "x ICU loop" "x ICU jsonl" peak_MB "x input"
for n in "${names[@]}"; do
  cpu=$(best "$n" 1)
  rss=$(maxrss "$n")
  awk -v n="$n" -v c="$cpu" -v mb="$mb" -v a="$icu_count" -v j="$icu_jsonl" -v rss="$rss" \
      -v bytes="$bytes" 'BEGIN {
    printf "%-28s %9.3f %9.1f %12.2f %12.2f %10.1f %9.2f\n", n, c, mb / c, a / c, j / c,
           rss / 1024, rss * 1024 / bytes }'
done
for c in targets word; do
  one=$(best "jobs1_$c" 2)
  two=$(best "jobs2_$c" 2)
  awk -v c="$c" -v a="$one" -v b="$two" 'BEGIN {
    printf "--jobs 2 vs --jobs 1, %s, four 3 MB files: %.2f s vs %.2f s wall = %.2fx\n", c, b, a, a / b }'
done

# The memory check.
constant_kb=0
for n in "${names[@]:2}"; do
  kb=$(maxrss "start_$n")
  [ "$kb" -gt "$constant_kb" ] && constant_kb=$kb
done
limit_kb=$(awk -v b="$bytes" -v c="$constant_kb" 'BEGIN { printf "%d", 8 * b / 1024 + c }')
echo "memory: limit 8 x input + C = $((limit_kb / 1024)) MB, C = $((constant_kb / 1024)) MB" \
  "(largest peak RSS on a one-line file)"
over=0
for n in "${names[@]:2}"; do
  kb=$(maxrss "$n")
  if [ "$kb" -gt "$limit_kb" ]; then
    echo "OVER: $n peaks at $((kb / 1024)) MB" >&2
    over=1
  fi
done
[ "$over" -eq 0 ] && echo "memory: every command within the limit"
exit "$over"
