"""The Python API: inputs, errors, pandas, threads, documentation."""
import inspect
import os
import pathlib
import threading
import time

import pytest

import mubiao
from conftest import SAMPLE

GROWTH = "地区生产总值增长7%、力争实现7.5%。"


def test_text_bytes_and_path_give_the_same_records(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(GROWTH, encoding="utf-8")
    from_text = mubiao.targets(GROWTH, name=str(f))
    assert [r["value"] for r in from_text] == [7, 7.5]
    assert mubiao.targets(GROWTH.encode("utf-8"), name=str(f)) == from_text
    assert mubiao.targets(f) == from_text                  # os.PathLike
    assert mubiao.targets(str(f)) == from_text             # str naming a file
    assert mubiao.targets([f, str(f)]) == from_text + from_text
    assert mubiao.targets(GROWTH)[0]["doc"] == "-"


def test_offsets_are_bytes_of_the_utf8_text():
    text = "前言。" + GROWTH
    raw = text.encode("utf-8")
    for r in mubiao.targets(text) + mubiao.numbers(text) + mubiao.segment(text, "clause"):
        assert raw[r["start"]:r["end"]].decode("utf-8") == r["text"]


def test_read_returns_the_text_records_point_into():
    text = mubiao.read(SAMPLE)
    assert text == SAMPLE.read_text(encoding="utf-8")
    raw = text.encode("utf-8")
    for r in mubiao.targets(SAMPLE):
        assert raw[r["start"]:r["end"]].decode("utf-8") == r["text"]


def test_invalid_utf8_names_the_document_and_the_byte(tmp_path):
    bad = "增长7%".encode("utf-8") + b"\xff\xfe\xff"  # UTF-8, then bytes of no encoding
    with pytest.raises(mubiao.InvalidUtf8Error) as e:
        mubiao.targets(bad, name="bad.txt")
    assert e.value.offset == len("增长7%".encode("utf-8"))
    assert e.value.doc == "bad.txt" and "bad.txt" in str(e.value)
    assert isinstance(e.value, mubiao.ReadError) and isinstance(e.value, ValueError)
    assert e.value.reason == "bad_encoding"
    f = tmp_path / "bad.txt"
    f.write_bytes(b"ok\xff")
    for call in (mubiao.numbers, mubiao.segment, mubiao.targets, mubiao.read):
        with pytest.raises(mubiao.InvalidUtf8Error) as e:
            call(f)
        assert e.value.offset == 2 and e.value.doc == str(f)


def test_a_gb18030_file_reads_as_the_cli_reads_it(cli, tmp_path):
    f = tmp_path / "gb.txt"
    f.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("gb18030"))
    text = mubiao.read(f)
    assert text == SAMPLE.read_text(encoding="utf-8")
    records = mubiao.targets(f)
    assert records == mubiao.targets(text, name=str(f)) == cli("targets", f)
    assert records and mubiao.targets(f.read_bytes(), name=str(f)) == records
    assert mubiao.read(f, encoding="GB18030") == text
    with pytest.raises(ValueError):
        mubiao.read(f, format="rtf")


def test_missing_file_and_folder_are_file_errors(tmp_path):
    for source in (str(tmp_path / "missing.txt"), [tmp_path / "missing.txt"], str(tmp_path)):
        with pytest.raises(mubiao.FileError) as e:
            mubiao.targets(source)
        assert isinstance(e.value, OSError) and isinstance(e.value, mubiao.Error)
        assert e.value.filename and e.value.filename in str(e.value)
        assert e.value.reason == "unreadable"


def test_one_bad_document_fails_the_call(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GROWTH, encoding="utf-8")
    with pytest.raises(mubiao.FileError) as e:
        mubiao.targets([good, tmp_path / "missing.txt", good], jobs=2)
    assert e.value.doc == str(tmp_path / "missing.txt")


def test_bad_arguments():
    with pytest.raises(ValueError):
        mubiao.segment(GROWTH, level="page")
    with pytest.raises(ValueError):
        mubiao.targets(GROWTH, jobs=0)
    with pytest.raises(TypeError):
        mubiao.targets(42)
    with pytest.raises(TypeError):
        mubiao.targets([GROWTH, GROWTH], name="x")


def test_empty_input_is_an_empty_success():
    for call in (mubiao.targets, mubiao.numbers, mubiao.segment):
        assert call("") == [] and call([]) == []


def test_to_pandas_has_the_cli_columns():
    pandas = pytest.importorskip("pandas")
    df = mubiao.targets(SAMPLE).to_pandas()
    assert isinstance(df, pandas.DataFrame)
    assert list(df.columns) == mubiao.targets(SAMPLE).columns
    assert list(df.columns)[:4] == ["doc", "start", "end", "text"]
    assert len(df) == len(mubiao.targets(SAMPLE)) > 0
    empty = mubiao.targets("").to_pandas()
    assert len(empty) == 0 and list(empty.columns) == list(df.columns)
    numbers = mubiao.numbers("1.3万余个，2至3年").to_pandas()
    assert "upper" in numbers.columns and numbers["value"].tolist() == [13000, 2]


def test_jobs_keep_input_order(tmp_path):
    paths = []
    for i in range(7):
        p = tmp_path / ("r%d.txt" % i)
        p.write_text("今年地区生产总值增长%d%%。" % (i + 1), encoding="utf-8")
        paths.append(p)
    one = mubiao.targets(paths, jobs=1)
    assert [r["value"] for r in one] == list(range(1, 8))
    assert mubiao.targets(paths, jobs=3) == one
    assert mubiao.targets(paths) == one


def test_the_gil_is_released_while_the_library_works():
    text = SAMPLE.read_text(encoding="utf-8") * 400  # about 1.2 MB
    window = []

    def work():
        t0 = time.perf_counter()
        mubiao.targets(text, jobs=1)
        window.extend([t0, time.perf_counter()])

    worker = threading.Thread(target=work)
    ticks = []
    worker.start()
    while worker.is_alive():
        ticks.append(time.perf_counter())
    worker.join()
    inside = [t for t in ticks if window[0] < t < window[1]]
    # With the GIL held for the whole call this thread could not run at all.
    assert len(inside) > 1000, (len(inside), window[1] - window[0])


def test_every_public_name_is_documented():
    for name in mubiao.__all__:
        obj = getattr(mubiao, name)
        if callable(obj):
            assert inspect.getdoc(obj) and len(inspect.getdoc(obj)) > 60, name
        if inspect.isfunction(obj):
            hints = obj.__annotations__
            assert "return" in hints, name
            assert all(p in hints for p in inspect.signature(obj).parameters), name
    assert "mubiao.targets(" in mubiao.__doc__ and mubiao.__version__.count(".") == 2
