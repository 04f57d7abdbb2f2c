#!/bin/sh
# Compares the built libmubiao.so with the committed ABI baseline
# (capi/abi/libmubiao.abi, made by abidw from Debian's abigail-tools).
# Added functions are fine. Any other change (a function removed, a
# signature changed) fails unless MUBIAO_ABI_MAJOR, and with it the SONAME,
# was bumped. Either way a changed ABI asks for the baseline to be renewed.
# usage: capi_abi.sh LIBMUBIAO.so BASELINE.abi CAPI_DIR
set -u
lib=$1 baseline=$2 headers=$3
report=$(mktemp)
trap 'rm -f "$report"' EXIT
renew="abidw --exported-interfaces-only --headers-dir $headers --drop-private-types --no-corpus-path --no-comp-dir-path --no-show-locs --out-file $baseline $lib"

# The baseline holds DWARF types; a build without debug info (Release) has
# nothing to compare them with.
if ! readelf -S "$lib" | grep -q '\.debug_info'; then
  echo "skipped: $lib has no debug information (build RelWithDebInfo or Debug)"
  exit 77
fi
if [ ! -f "$baseline" ]; then
  echo "no ABI baseline at $baseline; make one with:"
  echo "  $renew"
  exit 1
fi

# Changes other than additions; exit status bits: 1 error, 2 usage error,
# 4 ABI change, 8 incompatible ABI change.
abidiff --exported-interfaces-only --no-added-syms --drop-private-types --headers-dir2 "$headers" "$baseline" "$lib" >"$report" 2>&1
rc=$?
if [ $((rc & 3)) -ne 0 ]; then
  echo "abidiff failed ($rc):"
  cat "$report"
  exit 1
fi
# Additions only, for the notice below.
abidiff --exported-interfaces-only --drop-private-types --headers-dir2 "$headers" "$baseline" "$lib" >/dev/null 2>&1
any=$?

old_soname=$(sed -n "s/.*soname='\([^']*\)'.*/\1/p" "$baseline" | head -n 1)
new_soname=$(readelf -d "$lib" | sed -n 's/.*Library soname: \[\(.*\)\]/\1/p')
if [ $((rc & 12)) -ne 0 ]; then
  cat "$report"
  if [ "$old_soname" = "$new_soname" ]; then
    echo "FAIL: the ABI changed incompatibly but the SONAME is still $new_soname:"
    echo "bump MUBIAO_ABI_MAJOR in capi/mubiao.h (and the node in capi/mubiao.map), then renew the baseline:"
    echo "  $renew"
    exit 1
  fi
  echo "incompatible ABI change with a new SONAME ($old_soname -> $new_soname): renew the baseline:"
  echo "  $renew"
  exit 0
fi
if [ $((any & 12)) -ne 0 ]; then
  echo "compatible additions to the ABI since the baseline; renew it when releasing:"
  echo "  $renew"
fi
echo "ABI compatible with $baseline ($new_soname)"
exit 0
