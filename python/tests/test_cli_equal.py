"""Records from Python equal the CLI's, every field, on the bundled sample, the
seed report and every shared report."""
import pytest

import mubiao
from conftest import SAMPLE


def by_doc(records):
    out = {}
    for r in records:
        out.setdefault(r["doc"], []).append(r)
    return out


def assert_same(cli_records, py_records):
    assert len(py_records) == len(cli_records)
    for c, p in zip(cli_records, py_records):
        assert p == c
        assert list(p) == list(c)  # same fields in the same order


@pytest.mark.parametrize("level", mubiao.LEVELS)
def test_segment_sample(cli, level):
    assert_same(cli("segment", "--level", level, SAMPLE), mubiao.segment(str(SAMPLE), level))


@pytest.mark.parametrize("level", mubiao.LEVELS)
def test_segment_seed(cli, seed, level):
    records = mubiao.segment(seed, level=level)
    assert records, "the seed report has units at every level"
    assert_same(cli("segment", "--level", level, seed), records)


@pytest.mark.parametrize("command", ["targets", "numbers"])
def test_every_shared_report(cli, reports, command):
    paths = [str(p) for p in reports]
    expected = by_doc(cli(command, "--jobs", "2", *paths))
    got = by_doc(getattr(mubiao, command)(paths, jobs=2))
    assert sorted(got) == sorted(expected)
    for doc in expected:
        assert_same(expected[doc], got[doc])
    assert sum(map(len, got.values())) > 1000


def test_sentences_of_every_shared_report(cli, reports):
    paths = [str(p) for p in reports]
    assert_same(cli("segment", "--jobs", "2", *paths), mubiao.segment(paths, jobs=2))
