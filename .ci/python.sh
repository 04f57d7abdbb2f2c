#!/usr/bin/env bash
# The Python package as a researcher installs it: copy the sources to a
# temporary folder, install them with the README's one command (offline: no
# index, no build isolation) into a fresh virtual environment, delete the copy
# and its build tree, then run python/tests against the installed package.
#
# usage: .ci/python.sh [BUILD_DIR]   (default build/: its mubiao CLI is what the
#        records are compared with; built if missing)
# needs: python3-venv python3-setuptools pybind11-dev python3-pytest
#        (python3-pandas and python3-matplotlib for the pandas and example tests)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
build=${1:-build}
python=${MUBIAO_PYTHON:-/usr/bin/python3}

if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMUBIAO_WERROR=ON >/dev/null
fi
cmake --build "$build" -j2 --target mubiao_cli

# A fixed place (not mktemp) so that ccache, when present, sees the same
# relative paths from one run to the next.
work=$root/$build/python-ci
rm -rf "$work"
trap 'rm -rf "$work"' EXIT

echo "== install from a copy of the sources"
src=$work/src
mkdir -p "$src"
tar -C "$root" --exclude=./.git --exclude="./$build" --exclude='./build*' --exclude=./python/build \
  --exclude='*.egg-info' --exclude='__pycache__' -cf - . | tar -C "$src" -xf -
"$python" -m venv --system-site-packages "$work/venv"
(cd "$src" && "$work/venv/bin/pip" install --no-index --no-build-isolation ./python)
rm -rf "$src"

echo "== pytest against the installed package (sources and build tree deleted)"
cd "$root/python/tests"
MUBIAO_CLI=$root/$build/mubiao MUBIAO_DELETED_SOURCE=$src MUBIAO_ROOT=$root \
  "$work/venv/bin/python" -m pytest -q -p no:cacheprovider .
