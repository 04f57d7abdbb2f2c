#!/usr/bin/python3
"""Hard-wrap a UTF-8 text the way text extracted from a PDF or a web page is.

    rewrap.py IN.txt OUT.txt [--seed N] [--min-width 20] [--max-width 60] [--page-lines 40]

Every paragraph (line of the input) is cut into lines of W characters, W
drawn per page between --min-width and --max-width, so breaks fall inside
words, numbers (39.6|4%), between a number and its unit (3500|亿元) and inside
quotations. After every --page-lines output lines a page-number line is
inserted, in one of the forms reports print ("— 3 —", "- 12 -", "第3页",
"第 3 页 共 20 页"), with a form feed before the next page. The draw is
seeded (by default from the text), so the output is reproducible.
"""
import random
import sys
import zlib

import text_tool  # beside this script

PAGE_NUMBER_FORMS = ["— {n} —", "- {n} -", "第{n}页", "第 {n} 页 共 {total} 页"]


def rewrap(text, seed, min_width=20, max_width=60, page_lines=40):
    rng = random.Random(seed)
    form = PAGE_NUMBER_FORMS[rng.randrange(len(PAGE_NUMBER_FORMS))]
    body = []
    width = rng.randint(min_width, max_width)
    for raw in text.splitlines():
        paragraph = raw.strip()
        if not paragraph:
            body.append("")
            continue
        while paragraph:
            body.append(paragraph[:width])
            paragraph = paragraph[width:]
            if len(body) % page_lines == 0:
                width = rng.randint(min_width, max_width)
    total = (len(body) + page_lines - 1) // page_lines
    out = []
    for k in range(0, len(body), page_lines):
        page = k // page_lines + 1
        out.extend(body[k:k + page_lines])
        out.append("")
        out.append(form.format(n=page, total=total))
        out.append("\f")
    return "\n".join(out)


def main(argv):
    ap = text_tool.parser(__doc__)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--min-width", type=int, default=20)
    ap.add_argument("--max-width", type=int, default=60)
    ap.add_argument("--page-lines", type=int, default=40)
    args = ap.parse_args(argv)
    text = text_tool.read_input(args.input, "rewrap.py")
    if text is None:
        return 1
    seed = args.seed if args.seed is not None else zlib.crc32(text.encode("utf-8"))
    with open(args.output, "w", encoding="utf-8", newline="") as f:
        f.write(rewrap(text, seed, args.min_width, args.max_width, args.page_lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
