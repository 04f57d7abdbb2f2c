"""National target-vs-outcome table from government work reports, drawn and saved.

    python3 examples/python/target_vs_outcome.py [CORPUS_DIR] [--out DIR]

Reads every national report (national_*.txt) in CORPUS_DIR (default
../shared/corpus), builds the panel of headline targets with mubiao.panel and
pairs each year's target with the outcome the next report gives with
mubiao.outcomes. Writes to --out (default the current folder):
- national_panel.csv: the panel, one row per report × indicator code;
- national_target_vs_outcome.csv: target and outcome per indicator and year;
- national_target_vs_outcome.png: for four headline indicators, the target (a band
  from the target to its upper end or 力争 figure) and the outcome, per year.
"""
import argparse
import glob
import os
import sys

import mubiao

INDICATORS = [  # code, title, unit shown on the axis
    ("gdp", "GDP growth", "%"),
    ("cpi", "CPI rise", "%"),
    ("unemployment_surveyed", "Surveyed urban unemployment", "%"),
    ("new_urban_jobs", "New urban jobs", "million"),
]


def scale(code, v):
    """Values in the unit of the axis (jobs in millions)."""
    if v is None:
        return None
    return v / 1e6 if code == "new_urban_jobs" else v


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?",
                    default=os.path.join(here, "..", "..", "..", "shared", "corpus"))
    ap.add_argument("--out", default=".")
    a = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(a.corpus, "national_*.txt")))
    if not paths:
        sys.exit("no national_*.txt reports in %s" % a.corpus)
    os.makedirs(a.out, exist_ok=True)

    panel = mubiao.panel(paths, jobs=2).to_pandas()
    panel.to_csv(os.path.join(a.out, "national_panel.csv"), index=False, encoding="utf-8")

    # Target and outcome per indicator and year: the panel row of year Y beside
    # the outcome for Y reported the year after (when there is one yet).
    outcomes = mubiao.outcomes(paths, jobs=2).to_pandas()
    table = panel[["code", "indicator", "year", "comparator", "value", "upper", "strive",
                   "unit"]].rename(columns={"value": "target"})
    table = table.merge(outcomes[["code", "year", "outcome", "met"]], on=["code", "year"],
                        how="left").sort_values(["code", "year"])
    table.to_csv(os.path.join(a.out, "national_target_vs_outcome.csv"), index=False,
                 encoding="utf-8")

    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    fig, axes = plt.subplots(2, 2, figsize=(10, 7), sharex=True)
    for ax, (code, title, unit) in zip(axes.flat, INDICATORS):
        rows = table[table["code"] == code]
        years = rows["year"].tolist()
        low = [scale(code, v) for v in rows["target"]]
        # The band's top: a range's upper end, else the 力争 figure, else the target.
        high = [scale(code, u if u == u and u is not None else s if s == s and s is not None
                      else v)
                for v, u, s in zip(rows["target"], rows["upper"], rows["strive"])]
        ax.vlines(years, low, high, linewidth=10, alpha=0.3, label="target band")
        ax.plot(years, low, "s--", label="target")
        done = rows[rows["outcome"].notna()]
        ax.plot(done["year"], [scale(code, v) for v in done["outcome"]], "o-", color="black",
                label="outcome")
        ax.set_title(title)
        ax.set_ylabel(unit)
        ax.grid(alpha=0.3)
    axes[0][0].legend(loc="best", fontsize=8)
    fig.suptitle("China's national targets and outcomes (government work reports)")
    fig.tight_layout()
    png = os.path.join(a.out, "national_target_vs_outcome.png")
    fig.savefig(png, dpi=120)
    print("%d panel rows, %d targets with outcomes; wrote %s"
          % (len(panel), int(table["outcome"].notna().sum()), png))


if __name__ == "__main__":
    main()
