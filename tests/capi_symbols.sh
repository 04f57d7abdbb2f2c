#!/bin/sh
# The shared library exports exactly the functions mubiao.h declares, all in
# the version node of the ABI major, and nothing else: no C++, ICU, Abseil or
# libstdc++ symbol leaks through. With a third argument, also checks that the
# C test calls every declared function.
# usage: capi_symbols.sh LIBMUBIAO.so MUBIAO.H [CAPI_TEST.c]
set -eu
lib=$1 header=$2 test_source=${3:-}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

abi=$(sed -n 's/^#define MUBIAO_ABI_MAJOR \([0-9][0-9]*\)$/\1/p' "$header")
grep '^MUBIAO_API' "$header" | grep -o 'mubiao_[a-z0-9_]*(' | tr -d '(' | sort >"$tmp/declared"
# Defined dynamic symbols, minus the version node itself (an absolute symbol).
nm -D --defined-only "$lib" | awk '$2 != "A" { print $3 }' | sort >"$tmp/exported"

status=0
if ! sed 's/@@*.*//' "$tmp/exported" | diff -u "$tmp/declared" - >"$tmp/diff"; then
  echo "exported symbols differ from those mubiao.h declares (- declared, + exported):"
  cat "$tmp/diff"
  status=1
fi
if grep -v "@@MUBIAO_${abi}\$" "$tmp/exported" >"$tmp/unversioned"; then
  echo "symbols outside the version node MUBIAO_${abi}:"
  cat "$tmp/unversioned"
  status=1
fi
if [ -n "$test_source" ]; then
  while read -r fn; do
    if ! grep -q "$fn(" "$test_source"; then
      echo "$test_source never calls $fn"
      status=1
    fi
  done <"$tmp/declared"
fi
soname=$(readelf -d "$lib" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
if [ "$soname" != "libmubiao.so.${abi}" ]; then
  echo "SONAME is '$soname', expected libmubiao.so.${abi} (MUBIAO_ABI_MAJOR)"
  status=1
fi
[ "$status" = 0 ] && echo "$(wc -l <"$tmp/declared") functions exported, all MUBIAO_${abi}, soname $soname"
exit "$status"
