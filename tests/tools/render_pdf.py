#!/usr/bin/python3
"""Render a UTF-8 text file to a PDF the way a report reaches a reader.

    render_pdf.py IN.txt OUT.pdf [--chars-per-line 36] [--header TEXT]

A4 pages, a CJK TrueType font (WenQuanYi Zen Hei, Debian fonts-wqy-zenhei),
every paragraph (one line of the input) hard-wrapped to the text width with a
two-character first-line indent, and the page number "— N —" centred at the
foot of each page; --header adds a running header line on every page. Used by
the layout invariance test (tests/tools/layout_invariance.py) and by the
format-agreement tests: pdftotext of the result is what a researcher gets.
"""
import sys

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

import text_tool  # beside this script

FONT_FILE = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
FONT_NAME = "WenQuanYiZenHei"
FONT_SIZE = 12.0
LEADING = 18.0
TOP_MARGIN = 72.0
BOTTOM_MARGIN = 72.0


def wrap(paragraph, width, indent):
    """Greedy character wrap: CJK text breaks between any two characters."""
    lines, line, used = [], "", indent
    for ch in paragraph:
        w = pdfmetrics.stringWidth(ch, FONT_NAME, FONT_SIZE)
        if line and used + w > width:
            lines.append(line)
            line, used = "", 0.0
        line += ch
        used += w
    lines.append(line)
    return lines


def register_font():
    """Loads the font once per process (parsing the TTC costs most of a render)."""
    if FONT_NAME not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT_NAME, FONT_FILE, subfontIndex=0))


def render(text, out_path, chars_per_line=36, header=None):
    register_font()
    page_w, page_h = A4
    text_w = chars_per_line * FONT_SIZE
    left = (page_w - text_w) / 2
    c = canvas.Canvas(out_path, pagesize=A4, invariant=1)
    c.setTitle("")
    page = [1]
    y = [page_h - TOP_MARGIN]

    def finish_page():
        c.setFont(FONT_NAME, 10)
        c.drawCentredString(page_w / 2, BOTTOM_MARGIN / 2, "— %d —" % page[0])
        c.showPage()
        page[0] += 1
        start_page()

    def start_page():
        y[0] = page_h - TOP_MARGIN
        if header:
            c.setFont(FONT_NAME, 9)
            c.drawCentredString(page_w / 2, page_h - TOP_MARGIN / 2, header)
        c.setFont(FONT_NAME, FONT_SIZE)

    start_page()
    for raw in text.splitlines():
        paragraph = raw.strip()
        if not paragraph:
            continue
        indent = 2 * FONT_SIZE
        for k, line in enumerate(wrap(paragraph, text_w, indent)):
            if y[0] < BOTTOM_MARGIN:
                finish_page()
            c.drawString(left + (indent if k == 0 else 0), y[0], line)
            y[0] -= LEADING
    c.setFont(FONT_NAME, 10)
    c.drawCentredString(page_w / 2, BOTTOM_MARGIN / 2, "— %d —" % page[0])
    c.showPage()
    c.save()


def main(argv):
    ap = text_tool.parser(__doc__)
    ap.add_argument("--chars-per-line", type=int, default=36)
    ap.add_argument("--header", default=None, help="running header on every page")
    args = ap.parse_args(argv)
    text = text_tool.read_input(args.input, "render_pdf.py")
    if text is None:
        return 1
    render(text, args.output, args.chars_per_line, args.header)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
