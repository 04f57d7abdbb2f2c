"""meta, panel, outcomes and targets(meta=) equal the CLI's; the researchers'
example writes its table, panel and figure."""
import csv
import subprocess
import sys

import pytest

import mubiao
from mubiao import _mubiao
from conftest import ROOT, SHARED

pytestmark = pytest.mark.skipif(not _mubiao.with_research,
                                reason="built without include/mubiao/research.h")


@pytest.mark.parametrize("command", ["meta", "panel", "outcomes"])
def test_research_records_equal_the_cli(cli, reports, command):
    paths = [str(p) for p in reports]
    expected = cli(command, "--jobs", "2", *paths)
    got = getattr(mubiao, command)(paths, jobs=2)
    assert got == expected and len(got) > 0
    assert all(list(g) == list(e) for g, e in zip(got, expected))
    assert list(got.to_pandas().columns) == list(expected[0])


def test_meta_overrides_and_resolves_relative_horizons():
    text = "今年主要预期目标是：地区生产总值增长6%左右。"
    plain = mubiao.targets(text)
    dated = mubiao.targets(text, meta={"year": 2031, "region": "某市"})
    assert len(plain) == len(dated) == 1
    assert dated[0]["horizon"] == "2031" and plain[0]["horizon"] != "2031"


def test_a_bad_manifest_is_an_error(tmp_path):
    m = tmp_path / "m.csv"
    m.write_text("name,year\nx.txt,2020\n", encoding="utf-8")
    with pytest.raises(mubiao.ManifestError):
        mubiao.meta("今年。", manifest=m)


def test_the_example_writes_table_panel_and_figure(reports, tmp_path):
    pytest.importorskip("pandas")
    pytest.importorskip("matplotlib")
    script = ROOT / "examples" / "python" / "target_vs_outcome.py"
    subprocess.run([sys.executable, str(script), str(SHARED / "corpus"), "--out", str(tmp_path)],
                   check=True)
    national = sorted((SHARED / "corpus").glob("national_*.txt"))
    with open(tmp_path / "national_panel.csv", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == len(mubiao.panel(national))
    with open(tmp_path / "national_target_vs_outcome.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    assert sum(1 for r in rows if r["outcome"]) == len(mubiao.outcomes(national)) > 0
    assert (tmp_path / "national_target_vs_outcome.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
