#!/usr/bin/env bash
# How much a second core can give the command line on this machine, beside
# what --jobs 2 gets from it (issue 15: at least 1.8x --jobs 1 on four files
# of ~3 MB).
#
# For each command, in interleaved rounds (wall time, medians):
#   j1      mubiao CMD --jobs 1 on the four files
#   j2      mubiao CMD --jobs 2 on the four files
#   seq     two processes, each --jobs 1 on two of the files, one after the other
#   par     the same two processes at once
# seq/par is what two independent processes get from the second core: they
# share no lock, no allocator and no scheduler, only the machine (caches,
# memory bandwidth, the host). It bounds what any way of running the files
# on two cores can reach with this code; j1/j2 is what --jobs 2 reaches.
#
# Then the machine alone (build target mubiao_memory_walk): a walk of a
# block of memory per thread, one thread against two, for blocks of 1 to
# 32 MB: 2/1 near 1.00 while both blocks fit the caches the cores share.
#
# usage: bench/jobs_ceiling.sh [BUILD_DIR] [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
rounds=${2:-9}
shared=${MUBIAO_SHARED_DIR:-$PWD/../shared}
cli=$(readlink -f "$build/mubiao")
walker=$build/bench/mubiao_memory_walk
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$shared/seed/taiyuan-2022-work-report.txt" ] ||
  { echo "jobs_ceiling: no shared reports at $shared" >&2; exit 77; }
source bench/reports.sh
for k in 1 2 3 4; do reports_file "$work/part$k.txt" 3000000; done
p=("$work"/part{1,2,3,4}.txt)

now() { date +%s%N; }
# ms KIND CMD...: the wall time of one run of KIND, in ms.
ms() {
  local kind=$1 t0
  shift
  t0=$(now)
  case $kind in
    j1) "$cli" "$@" --jobs 1 "${p[@]}" >/dev/null ;;
    j2) "$cli" "$@" --jobs 2 "${p[@]}" >/dev/null ;;
    seq)
      "$cli" "$@" --jobs 1 "${p[0]}" "${p[1]}" >/dev/null
      "$cli" "$@" --jobs 1 "${p[2]}" "${p[3]}" >/dev/null
      ;;
    par)
      "$cli" "$@" --jobs 1 "${p[0]}" "${p[1]}" >/dev/null &
      "$cli" "$@" --jobs 1 "${p[2]}" "${p[3]}" >/dev/null
      wait
      ;;
  esac
  echo $((($(now) - t0) / 1000000))
}
median() { sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

printf '%-24s %8s %8s %8s %8s %8s %8s\n' command j1_ms j2_ms j1/j2 seq_ms par_ms seq/par
for cmd in numbers targets "segment --level clause" "segment --level word"; do
  read -ra args <<<"$cmd"
  for kind in j1 j2 seq par; do ms "$kind" "${args[@]}" >/dev/null; done  # warm-up
  for kind in j1 j2 seq par; do : >"$work/$kind"; done
  for ((r = 0; r < rounds; r++)); do
    for kind in j1 j2 seq par; do ms "$kind" "${args[@]}" >>"$work/$kind"; done
  done
  j1=$(median <"$work/j1") j2=$(median <"$work/j2") sq=$(median <"$work/seq") pa=$(median <"$work/par")
  printf '%-24s %8d %8d %8.2f %8d %8d %8.2f\n' "$cmd" "$j1" "$j2" "$(echo "$j1 / $j2" | bc -l)" \
    "$sq" "$pa" "$(echo "$sq / $pa" | bc -l)"
done

[ -x "$walker" ] || exit 0
printf '\n%-24s %8s %8s %8s\n' "memory walk per thread" 1t_ms 2t_ms 2t/1t
for mb in 1 4 8 16 32; do
  passes=$((2048 / mb))
  for t in 1 2; do
    : >"$work/walk$t"
    for ((r = 0; r < rounds; r++)); do "$walker" "$mb" "$t" "$passes" | cut -d' ' -f1 >>"$work/walk$t"; done
  done
  one=$(median <"$work/walk1") two=$(median <"$work/walk2")
  printf '%-24s %8.1f %8.1f %8.2f\n' "$mb MB" "$one" "$two" "$(echo "$two / $one" | bc -l)"
done
