#!/usr/bin/env bash
# Checks that C and C++ files are formatted as .clang-format says (Google
# style, 100 columns); prints the offending files and exits 1 if any is not.
#
# usage: .ci/format-check.sh [PATH...]   (default: every tracked .c .cc .h file)
#        CLANG_FORMAT=clang-format-14 .ci/format-check.sh   to pick the binary
# Fix a file with: clang-format -i FILE
set -euo pipefail
cd "$(dirname "$0")/.."
clang_format=${CLANG_FORMAT:-clang-format}
if ! command -v "$clang_format" >/dev/null; then
  echo "format-check: $clang_format not found (Debian: apt-get install clang-format)" >&2
  exit 2
fi

files=()
if [ $# -gt 0 ]; then
  for path in "$@"; do
    if [ -d "$path" ]; then
      while IFS= read -r f; do files+=("$f"); done < <(git ls-files -- "$path" | grep -E '\.(c|cc|h)$' || true)
    else
      files+=("$path")
    fi
  done
else
  while IFS= read -r f; do files+=("$f"); done < <(git ls-files -- '*.c' '*.cc' '*.h')
fi

bad=0
for f in "${files[@]}"; do
  if ! "$clang_format" --style=file --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f"
    bad=$((bad + 1))
  fi
done
echo "format-check: ${#files[@]} files, $bad not formatted"
[ "$bad" = 0 ]
