#!/bin/sh
# Every shared library that libmubiao.so NEEDs is the C/C++ runtime or is
# declared where consumers look: mubiao.pc (Libs.private -lX, or a module of
# Requires.private whose libraries include it). A new run-time dependency
# must be declared there and in cmake/mubiaoConfig.cmake.in (find_dependency).
# usage: capi_needed.sh LIBMUBIAO.so MUBIAO.pc
set -u
lib=$1 pc=$2
needed=$(readelf -d "$lib" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
if [ -z "$needed" ]; then
  echo "no NEEDED entry read from $lib"
  exit 1
fi
declared=$(sed -n 's/^Libs\(\.private\)\{0,1\}: *//p' "$pc" | tr ' ' '\n' | sed -n 's/^-l//p')
modules=$(sed -n 's/^Requires\(\.private\)\{0,1\}: *//p' "$pc" | tr ', ' '\n\n' | grep -v '^$' || true)
for m in $modules; do
  declared="$declared $(pkg-config --libs-only-l "$m" 2>/dev/null | tr ' ' '\n' | sed -n 's/^-l//p')"
done
bad=0
for n in $needed; do
  case $n in
    libc.so.*|libm.so.*|libstdc++.so.*|libgcc_s.so.*|ld-linux*|libpthread.so.*|libdl.so.*|librt.so.*)
      echo "runtime   $n"; continue ;;
    # A sanitizer build (.ci/sanitizers.sh) links the compiler's sanitizer
    # runtimes; no release build NEEDs them.
    libasan.so.*|libubsan.so.*|libtsan.so.*|liblsan.so.*)
      echo "sanitizer $n"; continue ;;
  esac
  base=$(echo "$n" | sed 's/^lib//; s/\.so.*//')
  if echo "$declared" | tr ' ' '\n' | grep -qx "$base"; then
    echo "declared  $n"
  else
    echo "UNDECLARED $n: add it to mubiao.pc (Requires.private/Libs.private) and mubiaoConfig.cmake"
    bad=1
  fi
done
exit $bad
