"""Throughput and per-record cost of the Python package beside the CLI, in one run.

    python3 python/bench/bench.py [--cli build/mubiao] [--corpus ../shared/corpus/city2024]
        [--capi build/capi/libmubiao.so] [--repeat 5]

Measures, best of --repeat, on every .txt file of the corpus:
- the CLI (`mubiao targets --jobs N FILES > /dev/null`) and mubiao.targets(paths, jobs=N)
  for N = 1 and 2, in MB/s of input;
- the library alone under Python (the same call building no records) so that the cost of
  turning each record into a dict is (python - library) / records;
- the same records read field by field through the C ABI with ctypes (the alternative to
  pybind11: about 20 foreign calls per record), per record;
- panel(jobs=2) against panel(jobs=1) when mubiao.panel exists.
"""
import argparse
import ctypes
import glob
import os
import subprocess
import sys
import time

import mubiao
from mubiao import _mubiao


def best(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def ctypes_records(lib_path, texts):
    """Every field of every target through the C ABI, as a ctypes user writes it."""
    lib = ctypes.CDLL(lib_path)
    P, S = ctypes.c_void_p, ctypes.c_size_t
    lib.mubiao_pipeline_new.argtypes = [P, ctypes.POINTER(P), P]
    lib.mubiao_pipeline_targets.argtypes = [P, ctypes.c_char_p, S, ctypes.POINTER(P), P]
    lib.mubiao_targets_count.argtypes = [P]
    lib.mubiao_targets_count.restype = S
    lib.mubiao_targets_get.argtypes = [P, S, ctypes.POINTER(P), P]
    lib.mubiao_targets_free.argtypes = [P]
    lib.mubiao_target_span.argtypes = [P, ctypes.POINTER(S), ctypes.POINTER(S)]
    views = ["text", "section_heading", "stance", "indicator", "measure", "comparator",
             "value_text", "unit", "modality", "horizon", "reference", "rule"]
    for v in views:
        f = getattr(lib, "mubiao_target_" + v)
        f.argtypes = [P, ctypes.POINTER(S)]
        f.restype = ctypes.POINTER(ctypes.c_char)
    lib.mubiao_target_upper.argtypes = [P, ctypes.POINTER(ctypes.c_double)]
    pipeline = P()
    lib.mubiao_pipeline_new(None, ctypes.byref(pipeline), None)
    out = []
    n, start, end, up = S(), S(), S(), ctypes.c_double()
    for name, data in texts:
        t = P()
        lib.mubiao_pipeline_targets(pipeline, data, len(data), ctypes.byref(t), None)
        for i in range(lib.mubiao_targets_count(t)):
            r = P()
            lib.mubiao_targets_get(t, i, ctypes.byref(r), None)
            lib.mubiao_target_span(r, ctypes.byref(start), ctypes.byref(end))
            rec = {"doc": name, "start": start.value, "end": end.value}
            for v in views:
                p = getattr(lib, "mubiao_target_" + v)(r, ctypes.byref(n))
                rec[v] = p[:n.value].decode("utf-8")  # a view: NOT NUL-terminated
            rec["upper"] = up.value if lib.mubiao_target_upper(r, ctypes.byref(up)) else None
            out.append(rec)
        lib.mubiao_targets_free(t)
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    root = os.path.dirname(os.path.dirname(here))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cli", default=os.path.join(root, "build", "mubiao"))
    ap.add_argument("--capi", default=os.path.join(root, "build", "capi", "libmubiao.so"))
    ap.add_argument("--corpus", default=os.path.join(root, "..", "shared", "corpus", "city2024"))
    ap.add_argument("--repeat", type=int, default=5)
    a = ap.parse_args()

    paths = sorted(glob.glob(os.path.join(a.corpus, "*.txt")))
    if not paths:
        sys.exit("no .txt files in %s" % a.corpus)
    mb = sum(os.path.getsize(p) for p in paths) / 1e6
    items = [mubiao._items(p, None)[0] for p in paths]
    n = len(mubiao.targets(paths))
    print("corpus: %d files, %.2f MB, %d target records; mubiao %s, Python %s"
          % (len(paths), mb, n, mubiao.__version__, sys.version.split()[0]))
    print("%-44s %8s %8s" % ("", "s", "MB/s"))

    def row(label, seconds):
        print("%-44s %8.3f %8.1f" % (label, seconds, mb / seconds))
        return seconds

    for jobs in (1, 2):
        with open(os.devnull, "wb") as null:
            cli = row("CLI targets --jobs %d (JSON Lines)" % jobs, best(
                lambda: subprocess.run([a.cli, "targets", "--jobs", str(jobs)] + paths,
                                       stdout=null, check=True), a.repeat))
        py = row("mubiao.targets(paths, jobs=%d)" % jobs,
                 best(lambda: mubiao.targets(paths, jobs=jobs), a.repeat))
        lib = row("  the library alone under Python, jobs=%d" % jobs,
                  best(lambda: _mubiao.targets(items, jobs, False), a.repeat))
        print("  python / CLI time %.2f; records cost %.2f us each (%.0f%% of the call)"
              % (py / cli, (py - lib) / n * 1e6, 100 * (py - lib) / py))

    texts = [(p, open(p, "rb").read()) for p in paths]
    if os.path.exists(a.capi):
        lib1 = best(lambda: _mubiao.targets(items, 1, False), a.repeat)
        ct = best(lambda: ctypes_records(a.capi, texts), a.repeat)
        py1 = best(lambda: mubiao.targets(paths, jobs=1), a.repeat)
        print("per record beyond the library, jobs=1: pybind11 dicts %.2f us, ctypes over the "
              "C ABI %.2f us" % ((py1 - lib1) / n * 1e6, (ct - lib1) / n * 1e6))
    if hasattr(mubiao, "panel"):
        p1 = best(lambda: mubiao.panel(paths, jobs=1), a.repeat)
        p2 = best(lambda: mubiao.panel(paths, jobs=2), a.repeat)
        print("panel(jobs=1) %.3f s, panel(jobs=2) %.3f s: %.2fx" % (p1, p2, p1 / p2))
    t1 = best(lambda: mubiao.targets(paths, jobs=1), a.repeat)
    t2 = best(lambda: mubiao.targets(paths, jobs=2), a.repeat)
    print("targets(jobs=1) %.3f s, targets(jobs=2) %.3f s: %.2fx" % (t1, t2, t1 / t2))


if __name__ == "__main__":
    main()
