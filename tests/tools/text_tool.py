"""What the text-transforming test tools (rewrap.py, render_pdf.py) share: an
argument parser with INPUT and OUTPUT, and reading INPUT as UTF-8 with an error
that names the tool and the file."""
import argparse
import sys


def parser(doc):
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("input")
    ap.add_argument("output")
    return ap


def read_input(path, tool):
    """The text of PATH, or None after printing why it cannot be read."""
    try:
        with open(path, encoding="utf-8") as f:
            return f.read()
    except (OSError, UnicodeDecodeError) as e:
        print("%s: %s: %s" % (tool, path, e), file=sys.stderr)
        return None
