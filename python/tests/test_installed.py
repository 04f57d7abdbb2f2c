"""The installed package is self-contained: it runs with its sources and build
tree deleted, and every library its extension needs at run time is either
bundled in the package or part of a plain Debian install (C/C++ run-time), or
ICU's run-time package libicu72 (a declared dependency). No -dev package."""
import os
import re
import subprocess
from pathlib import Path

import pytest

import mubiao
from mubiao import _mubiao

PACKAGE = Path(mubiao.__file__).resolve().parent
EXTENSION = Path(_mubiao.__file__).resolve()
BASE = re.compile(r"^(ld-linux.*|linux-vdso.*|libc|libm|libdl|libpthread|librt|libstdc\+\+"
                  r"|libgcc_s)\.so(\.\d+)*$")
DECLARED = re.compile(r"^libicu(uc|i18n|data)\.so\.\d+$")


def needed(path):
    out = subprocess.run(["readelf", "-d", str(path)], check=True, capture_output=True,
                         text=True).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[(.+)\]", out)


def resolved(path):
    out = subprocess.run(["ldd", str(path)], check=True, capture_output=True, text=True).stdout
    return dict(re.findall(r"^\s*(\S+) => (\S+)", out, re.M))


def test_runs_with_the_sources_and_build_tree_deleted():
    deleted = os.environ.get("MUBIAO_DELETED_SOURCE")
    root = os.environ.get("MUBIAO_ROOT")
    if not deleted or not root:
        pytest.skip("run by .ci/python.sh, which installs from a copy and deletes it")
    assert not os.path.exists(deleted)
    assert not PACKAGE.is_relative_to(Path(root).resolve() / "python")  # not the source tree
    assert mubiao.targets("全年粮食产量稳定在1.3万亿斤以上。")[0]["unit"] == "斤"


def test_every_needed_library_is_bundled_or_a_plain_debian_runtime():
    bundled = {p.name for p in (PACKAGE / "_libs").glob("*")}
    libraries = [EXTENSION] + sorted((PACKAGE / "_libs").glob("*"))
    for lib in libraries:
        for name in needed(lib):
            assert BASE.match(name) or DECLARED.match(name) or name in bundled, (lib, name)
    # And the loader takes the bundled copies, not the system's.
    for name, path in resolved(EXTENSION).items():
        if name in bundled:
            assert Path(path).resolve().parent == PACKAGE / "_libs", (name, path)
        else:
            assert BASE.match(name) or DECLARED.match(name), (name, path)


def test_no_system_library_comes_from_a_dev_package():
    if subprocess.run(["which", "dpkg"], capture_output=True).returncode != 0:
        pytest.skip("not a Debian system")
    for name, path in resolved(EXTENSION).items():
        if Path(path).resolve().is_relative_to(PACKAGE):
            continue
        owner = subprocess.run(["dpkg", "-S", str(Path(path).resolve())], capture_output=True,
                               text=True).stdout.split(":")[0]
        if not owner:  # /lib vs /usr/lib (merged /usr): ask for the other spelling
            alt = str(Path(path).resolve()).replace("/usr/lib/", "/lib/", 1)
            owner = subprocess.run(["dpkg", "-S", alt], capture_output=True,
                                   text=True).stdout.split(":")[0]
        assert owner and not owner.endswith("-dev"), (name, path, owner)
