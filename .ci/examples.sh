#!/usr/bin/env bash
# The C ABI as its users meet it: install the library to a temporary prefix,
# build the C (CMake find_package), Rust (cargo, pkg-config) and Go (cgo,
# pkg-config) examples against that prefix only, and check that each prints
# byte for byte what the mubiao CLI prints on the seed report and the sample
# (targets, sentences, words, numbers; exit status and messages on bad input
# too). Then cargo test, go test, the exported-symbol check and abidiff
# against the committed ABI baseline, a static build consumed by the C
# example, a consumer that embeds mubiao with add_subdirectory
# (tests/subproject), and every option() configured ON and OFF.
#
# usage: .ci/examples.sh [BUILD_DIR]   (default build/, configured if needed)
# needs: cmake g++ pkg-config cargo golang-go abigail-tools (Debian 12)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build}
shared=${MUBIAO_SHARED_DIR:-$root/../shared}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
step() { printf '\n== %s\n' "$*"; }

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMUBIAO_WERROR=ON >/dev/null
fi
step "build and install to a temporary prefix"
cmake --build "$build" -j2 --target mubiao mubiao_cli
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >/dev/null
cli=$build/mubiao
libdir=$(dirname "$(find "$prefix" -name 'libmubiao.so' -o -name 'libmubiao.a' | head -n 1)")
export PKG_CONFIG_PATH=$libdir/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}
echo "prefix $prefix: $(pkg-config --modversion mubiao), $(pkg-config --libs mubiao)"

step "the exported symbols and the ABI baseline"
sh tests/capi_symbols.sh "$libdir/libmubiao.so" "$prefix/include/mubiao.h"
abi=0
sh tests/capi_abi.sh "$libdir/libmubiao.so" capi/abi/libmubiao.abi capi || abi=$?
if [ "$abi" != 0 ]; then
  [ "$abi" = 77 ] && echo "FAIL: configure $build with -DCMAKE_BUILD_TYPE=RelWithDebInfo"
  exit 1
fi

step "C example (find_package(mubiao CONFIG))"
cmake -S examples/c -B "$work/c" -DCMAKE_PREFIX_PATH="$prefix" -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_FLAGS=-Werror >/dev/null
cmake --build "$work/c" -j2 >/dev/null
c_example=$work/c/mubiao_targets

step "Rust example (cargo --offline, zero dependencies)"
export CARGO_TARGET_DIR=$work/rust CARGO_HOME=$work/cargo-home
(cd examples/rust && cargo build --offline --quiet && cargo test --offline --quiet 2>&1 | grep -E '^test result' )
rust_example=$work/rust/debug/mubiao-targets

step "Go example (cgo, pkg-config)"
export GOCACHE=$work/go-cache GOPATH=$work/go-path GOPROXY=off GOFLAGS=-mod=mod GO111MODULE=on
export CGO_ENABLED=1 LD_LIBRARY_PATH=$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}
(cd examples/go && go vet ./... && go build -o "$work/go-example" . && go test -count=1 ./...)
go_example=$work/go-example

step "the examples print what the CLI prints"
inputs=(examples/data/sample-report.txt)
if [ -f "$shared/seed/taiyuan-2022-work-report.txt" ]; then
  inputs+=("$shared/seed/taiyuan-2022-work-report.txt")
else
  echo "note: no seed report under $shared; comparing on the sample only"
fi
printf '增长7%%\xff' >"$work/bad.txt"   # invalid UTF-8: an error, and no partial output

# run NAME OUTFILE COMMAND...: stdout to OUTFILE, stderr and exit status next to it.
run() {
  local out=$1; shift
  set +e
  "$@" >"$out" 2>"$out.err"
  echo "exit $?" >>"$out.err"
  set -e
}
failed=0
records=0
for mode in targets sentences words numbers; do
  case $mode in
    targets) cli_args=(targets) flag=() ;;
    sentences) cli_args=(segment --level sentence) flag=(--sentences) ;;
    words) cli_args=(segment --level word) flag=(--words) ;;
    numbers) cli_args=(numbers) flag=(--numbers) ;;
  esac
  for input in "${inputs[@]}" "$work/bad.txt"; do
    # --encoding UTF-8: the examples read UTF-8 only; the CLI would try GB18030 and Big5.
    run "$work/want" "$cli" "${cli_args[@]}" --encoding UTF-8 "$input"
    n=$(wc -l <"$work/want")
    records=$((records + n))
    for example in c rust go; do
      case $example in
        c) run "$work/got" "$c_example" "${flag[@]}" "$input" ;;
        rust) run "$work/got" "$rust_example" "${flag[@]}" "$input" ;;
        go) run "$work/got" "$go_example" "${flag[@]}" "$input" ;;
      esac
      if cmp -s "$work/want" "$work/got" && cmp -s "$work/want.err" "$work/got.err"; then
        printf '  ok   %-5s %-9s %5d records  %s\n' "$example" "$mode" "$n" "$(basename "$input")"
      else
        printf '  FAIL %-5s %-9s %s\n' "$example" "$mode" "$input"
        diff <(cat "$work/want" "$work/want.err") <(cat "$work/got" "$work/got.err") | head -n 10 || true
        failed=1
      fi
    done
  done
done
if [ "$records" -eq 0 ]; then
  echo "FAIL: the CLI printed no records at all; the comparison proves nothing"
  failed=1
fi
[ "$failed" = 0 ] || exit 1

step "static libmubiao, consumed by the C example"
cmake -S . -B "$work/static" -DCMAKE_BUILD_TYPE=Release -DMUBIAO_BUILD_SHARED=OFF \
  -DMUBIAO_BUILD_TESTS=OFF -DMUBIAO_BUILD_EXAMPLES=OFF >/dev/null
cmake --build "$work/static" -j2 >/dev/null
cmake --install "$work/static" --prefix "$work/static-prefix" >/dev/null
cmake -S examples/c -B "$work/c-static" -DCMAKE_PREFIX_PATH="$work/static-prefix" >/dev/null
cmake --build "$work/c-static" -j2 >/dev/null
if ldd "$work/c-static/mubiao_targets" | grep -q libmubiao; then
  echo "FAIL: the static build still links libmubiao dynamically"
  exit 1
fi
run "$work/want" "$cli" segment --level word "${inputs[0]}"
run "$work/got" "$work/c-static/mubiao_targets" --words "${inputs[0]}"
cmp "$work/want" "$work/got"
PKG_CONFIG_PATH=$work/static-prefix/lib/pkgconfig pkg-config --static --libs mubiao >/dev/null
echo "  ok   static build, $(wc -l <"$work/got") word records"

step "add_subdirectory consumer (tests/subproject): builds, no mubiao test, build type left alone"
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S tests/subproject -B "$work/sub" "${launcher[@]}" >/dev/null
if grep -q '^CMAKE_BUILD_TYPE:STRING=.' "$work/sub/CMakeCache.txt"; then
  echo "FAIL: mubiao set CMAKE_BUILD_TYPE of the project that embeds it"
  exit 1
fi
cmake --build "$work/sub" -j2 >/dev/null
registered=$(ctest --test-dir "$work/sub" -N | sed -n 's/^ *Test *#[0-9]*: //p' | tr '\n' ' ')
if [ "$registered" != "consumer_c consumer_cxx " ]; then
  echo "FAIL: tests registered under add_subdirectory: $registered(want only the consumer's own)"
  exit 1
fi
ctest --test-dir "$work/sub" --output-on-failure >/dev/null
echo "  ok   add_subdirectory: built, tests registered: $registered"

step "every option of the build configures, ON and OFF"
# Every option() of the tree (MUBIAO_FUZZ=ON needs clang, see tests/fuzz).
options=$(git ls-files '*CMakeLists.txt' '*.cmake' | xargs grep -hoE 'option\(MUBIAO_[A-Z_]+' |
          sed 's/option(//' | sort -u)
for opt in $options; do
  for value in ON OFF; do
    compilers=()
    if [ "$opt" = MUBIAO_FUZZ ] && [ "$value" = ON ]; then
      command -v clang++ >/dev/null || continue
      compilers=(-DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++)
    fi
    if ! cmake -S . -B "$work/options" "-D$opt=$value" "${compilers[@]}" >"$work/options.log" 2>&1; then
      echo "FAIL: -D$opt=$value does not configure:"
      tail -n 20 "$work/options.log"
      exit 1
    fi
    rm -rf "$work/options"
  done
  echo "  ok   -D$opt=ON/OFF"
done

step "examples: all good"
