"""Records from Python equal the CLI's, every field, on the bundled sample, the
seed report and every shared report."""
import json

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


def test_other_formats_read_or_fail_as_in_the_cli(cli, reports):
    """The .docx reports: the same records as the CLI, or the same refusal."""
    import subprocess
    from conftest import SHARED
    docx = sorted((SHARED / "corpus" / "docx2024").glob("*.docx"))
    if not docx:
        pytest.skip("no .docx reports in the shared corpus")
    for path in docx:
        run = subprocess.run([cli.path, "targets", str(path)], capture_output=True)
        if run.returncode == 0:
            expected = [json.loads(x) for x in run.stdout.decode("utf-8").splitlines()]
            assert_same(expected, mubiao.targets(path))
        else:
            with pytest.raises(mubiao.ReadError) as e:
                mubiao.targets(path)
            assert str(e.value) in run.stderr.decode("utf-8")
