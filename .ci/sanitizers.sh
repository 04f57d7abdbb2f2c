#!/usr/bin/env bash
# Sanitizer jobs: the whole test suite under AddressSanitizer + UBSan, and the
# concurrency test under ThreadSanitizer. Called by .ci/run; runnable alone.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-2}

asan_flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMUBIAO_WERROR=ON \
  -DCMAKE_CXX_FLAGS="$asan_flags" -DCMAKE_C_FLAGS="$asan_flags" \
  -DCMAKE_EXE_LINKER_FLAGS="$asan_flags" -DCMAKE_SHARED_LINKER_FLAGS="$asan_flags"
cmake --build build-asan -j"$jobs"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j"$jobs"

tsan_flags="-fsanitize=thread -fno-omit-frame-pointer"
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMUBIAO_WERROR=ON \
  -DCMAKE_CXX_FLAGS="$tsan_flags" -DCMAKE_EXE_LINKER_FLAGS="$tsan_flags" \
  -DCMAKE_SHARED_LINKER_FLAGS="$tsan_flags"
cmake --build build-tsan -j"$jobs" --target concurrency_test
TSAN_OPTIONS=halt_on_error=1 ctest --test-dir build-tsan --output-on-failure -R '^concurrency_test$'
