#!/usr/bin/python3
"""PDFs rendered from the shared reports, read directly by `mubiao targets X.pdf`.

    pdf_agreement.py MUBIAO SHARED CACHE [--min 0.98]

The reports are rendered by tests/tools/render_pdf.py into CACHE (the cache
the layout invariance test fills, keyed by content), then the command line
reads each PDF itself (lib/io/pdf.cc) and its target records are compared
with those of the UTF-8 text: F1 over (stance, indicator, value, unit,
comparator, modality), by part of the corpus and overall. Reuses
tests/tools/layout_invariance.py for the file list, rendering and scoring.
"""
import argparse
import collections
import os
import shutil
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools"))
import layout_invariance as li  # noqa: E402


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cli")
    ap.add_argument("shared")
    ap.add_argument("cache")
    ap.add_argument("--min", type=float, default=0.98)
    args = ap.parse_args(argv)
    if not os.path.isdir(os.path.join(args.shared, "corpus")):
        print("skip: no shared corpus at %s" % args.shared)
        return li.SKIP
    try:
        import reportlab  # noqa: F401
    except ImportError:
        print("skip: python3-reportlab is not installed")
        return li.SKIP
    os.makedirs(args.cache, exist_ok=True)
    files = li.corpus_files(args.shared)
    clean = [p for _, p in files]
    print("rendered %d PDFs" % li.render_missing(clean, args.cache))
    pdfs = [li.cached_pdf(p, args.cache) for p in clean]
    base = li.records(args.cli, "targets", clean, li.TARGET_FIELDS)
    got = li.records(args.cli, "targets", pdfs, li.TARGET_FIELDS)
    parts = collections.defaultdict(lambda: [0, 0, 0])
    for (part, src), pdf in zip(files, pdfs):
        c, a, b = li.agreement(base[src], got[pdf])
        for key in (part, "all"):
            for i, v in enumerate((c, a, b)):
                parts[key][i] += v
    for part in sorted(parts):
        c, a, b = parts[part]
        print("pdf-read targets %-10s F1 %.4f  (text %d, pdf %d, agree %d)" %
              (part, li.f1(c, a, b), a, b, c))
    score = li.f1(*parts["all"])
    if score < args.min:
        print("FAIL: F1 %.4f below %.2f" % (score, args.min))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
