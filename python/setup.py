"""Builds mubiao._mubiao with CMake (python/CMakeLists.txt) and bundles the
run-time libraries it needs that a plain Debian install lacks.

The C++ library's sources are those of the enclosing repository (pip builds a
local directory in place); MUBIAO_SOURCE_DIR overrides that. Environment:
  MUBIAO_BUILD_JOBS   parallel compile jobs (default 2)
  MUBIAO_CCACHE=0     do not use ccache even when it is installed
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
SOURCE = Path(os.environ.get("MUBIAO_SOURCE_DIR", HERE.parent)).resolve()

# Libraries the extension may need from the system at run time: the C and C++
# run-times, present on every Debian install, and ICU's run-time package
# (libicu72), a declared dependency rather than bundled (30 MB of data).
# Everything else it NEEDs (Abseil's dated libabsl_*.so.20220623, ...) is
# copied into mubiao/_libs and found through the extension's $ORIGIN rpath.
SYSTEM_LIBS = re.compile(
    r"^(ld-linux.*|linux-vdso.*|libc|libm|libdl|libpthread|librt|libstdc\+\+|libgcc_s"
    r"|libicu(uc|i18n|data))\.so(\.\d+)*$")


def version():
    text = (SOURCE / "include" / "mubiao" / "version.h").read_text()
    parts = [re.search(r"#define MUBIAO_VERSION_%s (\d+)" % p, text).group(1)
             for p in ("MAJOR", "MINOR", "PATCH")]
    return ".".join(parts)


def runtime_deps(path):
    """(soname, resolved path) for every library the dynamic loader maps for path."""
    out = subprocess.run(["ldd", str(path)], check=True, capture_output=True, text=True).stdout
    deps = []
    for line in out.splitlines():
        m = re.match(r"\s*(\S+) => (\S+)", line)
        if m:
            if m.group(2) == "not":
                raise RuntimeError("%s: %s not found at build time" % (path, m.group(1)))
            deps.append((m.group(1), m.group(2)))
    return deps


class CMakeBuild(build_ext):
    def build_extension(self, ext):
        if not (SOURCE / "include" / "mubiao" / "version.h").exists():
            raise RuntimeError("mubiao sources not found at %s (set MUBIAO_SOURCE_DIR)" % SOURCE)
        build = Path(self.build_temp).resolve() / "cmake"
        # -O2 as the CLI's RelWithDebInfo build, without its debug information.
        args = ["-S", str(HERE), "-B", str(build), "-DCMAKE_BUILD_TYPE=Release",
                "-DCMAKE_CXX_FLAGS_RELEASE=-O2 -DNDEBUG", "-DCMAKE_C_FLAGS_RELEASE=-O2 -DNDEBUG",
                "-DPython3_EXECUTABLE=" + sys.executable, "-DMUBIAO_SOURCE_DIR=" + str(SOURCE)]
        if os.environ.get("MUBIAO_CCACHE", "1") != "0" and shutil.which("ccache"):
            args += ["-DCMAKE_CXX_COMPILER_LAUNCHER=ccache", "-DCMAKE_C_COMPILER_LAUNCHER=ccache"]
        subprocess.run(["cmake"] + args, check=True)
        jobs = os.environ.get("MUBIAO_BUILD_JOBS", "2")
        subprocess.run(["cmake", "--build", str(build), "--target", "_mubiao", "-j", jobs],
                       check=True)
        built = next((build / "out").glob("_mubiao*.so"))
        target = Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(built, target)
        self.bundle(target)

    def bundle(self, extension):
        libs = extension.parent / "_libs"
        shutil.rmtree(libs, ignore_errors=True)
        for soname, path in runtime_deps(extension):
            if SYSTEM_LIBS.match(soname):
                continue
            libs.mkdir(exist_ok=True)
            shutil.copy2(path, libs / soname)  # under its SONAME, as the loader asks
            print("mubiao: bundled %s from %s" % (soname, path))


setup(
    version=version(),
    ext_modules=[Extension("mubiao._mubiao", sources=[])],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
