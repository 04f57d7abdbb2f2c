#!/usr/bin/python3
"""Layout invariance: the same records from a report whatever its layout.

    layout_invariance.py MUBIAO_CLI SHARED_DIR CACHE_DIR [--mode wrap|pdf|pdf-layout ...]
                         [--min-wrap 0.99] [--min-pdf 0.98] [--files N]

Each report (the seed and every report under SHARED_DIR/corpus, city2024/
included) is read clean and (a) re-wrapped by rewrap.py (widths 20..60,
page-number lines every 40 lines), (b) rendered by render_pdf.py and
extracted with `pdftotext`; `pdf-layout` extracts with `pdftotext -layout`.
The records of `mubiao targets` (stance, indicator, value, unit, comparator,
modality) and `mubiao numbers` (value, unit, kind) of each variant are
compared with those of the clean text as multisets: F1 = 2|A∩B| / (|A|+|B|),
summed over the files of a corpus part (national, provincial, city2024,
seed). Fails when the F1 of a mode, over all files or over one part, is
below its floor.

PDFs are rendered once and kept in CACHE_DIR under the hash of their input
and of render_pdf.py (written atomically, so concurrent runs are safe).
Exit status 77 (a skip) when SHARED_DIR or a needed tool is missing.
"""
import argparse
import collections
import concurrent.futures
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
TARGET_FIELDS = ("stance", "indicator", "value", "unit", "comparator", "modality")
NUMBER_FIELDS = ("value", "unit", "kind")


def corpus_files(shared):
    files = []
    seed = os.path.join(shared, "seed", "taiyuan-2022-work-report.txt")
    if os.path.exists(seed):
        files.append(("seed", seed))
    corpus = os.path.join(shared, "corpus")
    for name in sorted(os.listdir(corpus)):
        path = os.path.join(corpus, name)
        if name.endswith(".txt"):
            files.append((name.split("_")[0], path))
    city = os.path.join(corpus, "city2024")
    if os.path.isdir(city):
        for name in sorted(os.listdir(city)):
            if name.endswith(".txt"):
                files.append(("city2024", os.path.join(city, name)))
    return files


def atomic_write(path, data):
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".tmp")
    with os.fdopen(fd, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def tool_hash(name):
    with open(os.path.join(HERE, name), "rb") as f:
        return hashlib.sha1(f.read()).hexdigest()[:12]


def cached_pdf(src, cache):
    """Where the PDF of src is kept: named by the hash of its content and of the renderer."""
    with open(src, "rb") as f:
        data = f.read()
    key = hashlib.sha1(data + tool_hash("render_pdf.py").encode()).hexdigest()
    return os.path.join(cache, key + ".pdf")


def render_one(job):
    """Renders src to pdf in this worker process (the font is loaded once per worker)."""
    src, pdf = job
    sys.path.insert(0, HERE)
    import render_pdf
    with open(src, encoding="utf-8") as f:
        text = f.read()
    fd, tmp = tempfile.mkstemp(dir=os.path.dirname(pdf), prefix=".tmp", suffix=".pdf")
    os.close(fd)
    render_pdf.render(text, tmp)
    os.replace(tmp, pdf)  # atomic: a concurrent run sees the whole file or none


def render_missing(files, cache, jobs=2):
    missing = [(src, cached_pdf(src, cache)) for src in files]
    missing = [j for j in missing if not os.path.exists(j[1])]
    if missing:
        with concurrent.futures.ProcessPoolExecutor(jobs) as pool:
            list(pool.map(render_one, missing))
    return len(missing)


def variant(mode, src, cache, out_dir, index):
    out = os.path.join(out_dir, "%s_%04d.txt" % (mode, index))
    if mode == "wrap":
        subprocess.run([sys.executable, os.path.join(HERE, "rewrap.py"), src, out], check=True)
    else:
        pdf = cached_pdf(src, cache)
        args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if mode == "pdf-layout" else [])
        subprocess.run(args + [pdf, out], check=True)
    return out


def records(cli, command, paths, fields):
    """Multiset of field tuples per input path."""
    proc = subprocess.run([cli, command, "--jobs", "2"] + paths, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        sys.exit("mubiao %s failed (%d): %s" % (command, proc.returncode,
                                                proc.stderr.decode("utf-8", "replace")[:2000]))
    out = {p: collections.Counter() for p in paths}
    for line in proc.stdout.decode("utf-8").splitlines():
        r = json.loads(line)
        out[r["doc"]][tuple(json.dumps(r.get(f), ensure_ascii=False) for f in fields)] += 1
    return out


def agreement(a, b):
    common = sum((a & b).values())
    return common, sum(a.values()), sum(b.values())


def f1(common, n_a, n_b):
    return 1.0 if n_a + n_b == 0 else 2.0 * common / (n_a + n_b)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cli")
    ap.add_argument("shared")
    ap.add_argument("cache")
    ap.add_argument("--mode", action="append", choices=["wrap", "pdf", "pdf-layout"])
    ap.add_argument("--min-wrap", type=float, default=0.99)
    ap.add_argument("--min-pdf", type=float, default=0.98)
    ap.add_argument("--min-pdf-layout", type=float, default=0.0)
    ap.add_argument("--files", type=int, default=0, help="only the first N files (0: all)")
    ap.add_argument("--diff", action="store_true", help="print the records that differ")
    args = ap.parse_args(argv)
    modes = args.mode or ["wrap", "pdf"]
    if not os.path.isdir(os.path.join(args.shared, "corpus")):
        print("skip: no shared corpus at %s" % args.shared)
        return SKIP
    if any(m.startswith("pdf") for m in modes) and not shutil.which("pdftotext"):
        print("skip: pdftotext (poppler-utils) is not installed")
        return SKIP
    try:
        import reportlab  # noqa: F401
    except ImportError:
        if any(m.startswith("pdf") for m in modes):
            print("skip: python3-reportlab is not installed")
            return SKIP
    os.makedirs(args.cache, exist_ok=True)
    files = corpus_files(args.shared)
    if args.files:
        files = files[:args.files]
    floors = {"wrap": args.min_wrap, "pdf": args.min_pdf, "pdf-layout": args.min_pdf_layout}
    failed = False
    with tempfile.TemporaryDirectory(prefix="mubiao_layout_") as tmp:
        clean = [p for _, p in files]
        base = {c: records(args.cli, c, clean, f)
                for c, f in (("targets", TARGET_FIELDS), ("numbers", NUMBER_FIELDS))}
        if any(m.startswith("pdf") for m in modes):
            start = time.time()
            n = render_missing(clean, args.cache)
            print("rendered %d PDFs in %.0f s (%d cached)" % (n, time.time() - start, len(clean) - n))
        for mode in modes:
            with concurrent.futures.ThreadPoolExecutor(2) as pool:
                variants = list(pool.map(lambda ip: variant(mode, ip[1][1], args.cache, tmp, ip[0]),
                                         enumerate(files)))
            for command, fields in (("targets", TARGET_FIELDS), ("numbers", NUMBER_FIELDS)):
                got = records(args.cli, command, variants, fields)
                parts = collections.defaultdict(lambda: [0, 0, 0])
                for (part, src), v in zip(files, variants):
                    c, a, b = agreement(base[command][src], got[v])
                    for key in (part, "all"):
                        parts[key][0] += c
                        parts[key][1] += a
                        parts[key][2] += b
                    if args.diff and (c != a or c != b):
                        print("== %s %s %s" % (mode, command, src))
                        for r in sorted((base[command][src] - got[v]).elements()):
                            print("  - " + " ".join(r))
                        for r in sorted((got[v] - base[command][src]).elements()):
                            print("  + " + " ".join(r))
                for part in ("national", "provincial", "city2024", "seed", "all"):
                    if part in parts:
                        c, a, b = parts[part]
                        print("%-10s %-8s %-10s F1 %.4f  (clean %d, %s %d, agree %d)" %
                              (mode, command, part, f1(c, a, b), a, mode, b, c))
                for part, counts in sorted(parts.items()):
                    if f1(*counts) < floors[mode]:
                        print("FAIL: %s %s %s F1 %.4f below %.2f" %
                              (mode, command, part, f1(*counts), floors[mode]))
                        failed = True
            sys.stdout.flush()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
