"""mubiao: structured data from Chinese government work reports (政府工作报告).

Segmentation, numbers and quantitative targets of a report as records, the same
records (field names and values) that the ``mubiao`` command line writes as JSON
Lines (see the repository's README and ../shared/spec/OUTPUT.md)::

    import mubiao
    rows = mubiao.targets("taiyuan.txt")          # a path, a text, or a list of them
    rows[0]["indicator"], rows[0]["value"], rows[0]["unit"]
    df = rows.to_pandas()                          # with pandas installed
    mubiao.targets(paths, jobs=2)                  # many documents on two threads

Offsets (``start``, ``end``) are byte offsets into the document's UTF-8 text,
``end`` exclusive; ``text`` holds those bytes decoded. The library runs with the
GIL released, so other Python threads keep running meanwhile.
"""
import os
import re
from typing import Any, List, Mapping, Optional, Sequence, Tuple, Union

from . import _mubiao
from .errors import Error, FileError, InvalidUtf8Error, ManifestError, ReadError, ReadWarning
from .records import Records

__all__ = ["segment", "numbers", "targets", "meta", "panel", "outcomes", "read", "Records", "Error",
           "ReadError", "FileError", "InvalidUtf8Error", "ManifestError", "ReadWarning", "LEVELS",
           "FORMATS", "__version__"]

#: the library's version
__version__: str = _mubiao.__version__

#: segmentation levels, from the largest unit to the smallest
LEVELS: Tuple[str, ...] = ("section", "paragraph", "sentence", "clause", "word")

#: input formats read(format=...) accepts; "auto" tells them apart
FORMATS: Tuple[str, ...] = tuple(_mubiao.formats)

#: a document: a path (str naming an existing file, or os.PathLike), or its text
#: (str; or bytes, the contents of a file, read as a file is)
Source = Union[str, bytes, os.PathLike]
#: one document or several
Sources = Union[Source, Sequence[Source]]


_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


def _is_path(s: str) -> bool:
    """A str is a path when it names a file or folder, or has no line break and ends with
    a file extension (so that a missing file is an error, not a text)."""
    if "\n" in s or len(s) > 4096:
        return False
    return os.path.exists(s) or bool(_FILE_EXTENSION.search(s))


def _item(source: Source, name: Optional[str]) -> Tuple[str, int, Union[str, bytes], str, str]:
    """(doc name, kind, text or path, format, encoding) for the compiled core;
    kind 0 is a text, 1 a path, 2 a file's contents."""
    if isinstance(source, os.PathLike) or (isinstance(source, str) and _is_path(source)):
        path = os.fspath(source)
        return (name if name is not None else os.fsdecode(path), 1, os.fsencode(path), "auto", "")
    if isinstance(source, (str, bytes)):
        return (name if name is not None else "-", 0 if isinstance(source, str) else 2, source,
                "auto", "")
    raise TypeError("expected a path or a text (str, bytes or os.PathLike), got %s"
                    % type(source).__name__)


def _items(sources: Sources, name: Optional[str]) -> List[Tuple[str, int, Union[str, bytes], str, str]]:
    if isinstance(sources, (str, bytes, os.PathLike)):
        return [_item(sources, name)]
    if name is not None:
        raise TypeError("name= names a single document; several were given")
    return [_item(s, None) for s in sources]


def _jobs(jobs: Optional[int]) -> int:
    if jobs is None:
        return 0
    if not isinstance(jobs, int) or jobs < 1:
        raise ValueError("jobs must be a positive integer or None (one thread per core)")
    return jobs


def segment(source: Sources, level: str = "sentence", *, name: Optional[str] = None,
            jobs: Optional[int] = None) -> Records:
    """Split documents into units of one level; one record per unit.

    ``source`` is a path, a text, or a list of them (see :func:`targets`).
    ``level`` is one of :data:`LEVELS`: ``section`` records also carry
    ``heading`` and ``depth``; ``word`` records carry ``type`` (``word``,
    ``number``, ``punct`` or ``latin``). Every record has ``doc``, ``level``,
    ``start``, ``end``, ``text`` and ``section`` (the heading of the enclosing
    top-level section, "" before the first), as ``mubiao segment --level``.

    Raises ValueError for an unknown level, and :class:`ReadError`,
    :class:`FileError` and :class:`InvalidUtf8Error` (with ``offset``).
    """
    if level not in LEVELS:
        raise ValueError("unknown level %r; expected one of %s" % (level, ", ".join(LEVELS)))
    return Records(_mubiao.segment(_items(source, name), _jobs(jobs), level),
                   _mubiao.columns("segment", level))


def numbers(source: Sources, *, name: Optional[str] = None,
            jobs: Optional[int] = None) -> Records:
    """Every numeric expression, resolved; one record per expression.

    Fields as ``mubiao numbers``: ``doc``, ``start``, ``end``, ``text``,
    ``kind`` (cardinal, decimal, percent, points, ordinal, multiple, fraction,
    range, year, month, day, quarter, duration), ``value`` (in base units,
    ``300亿元`` -> 30000000000; an int when exact and whole, None when too large
    to represent), ``unit``, ``qualifier`` (none, over, about, at_least,
    at_most, nearly), and when they apply ``upper`` (a range's high end),
    ``approximate`` and ``error``.

    Raises :class:`ReadError`, :class:`FileError` and :class:`InvalidUtf8Error`.
    """
    return Records(_mubiao.numbers(_items(source, name), _jobs(jobs)), _mubiao.columns("numbers"))


def targets(source: Sources, meta: Optional[Mapping[str, Any]] = None, *,
            name: Optional[str] = None, jobs: Optional[int] = None) -> Records:
    """Quantitative statements (targets and reported achievements); one record each.

    ``source`` is one document or a list of them. A document is a path
    (``os.PathLike``, or a ``str`` without line breaks that names an existing
    file or ends with a file extension such as ``.txt``), its text (any other
    ``str``), or a file's contents (``bytes``); paths and bytes are read as
    :func:`read` reads a file (encodings and formats told apart). ``doc`` of the
    records is the path as given, or ``name`` (default ``"-"``) for a text.
    Several documents run on ``jobs`` threads (default: one per core); records
    come in input order.

    ``meta``: report metadata for documents whose text does not say enough, as
    a mapping with any of ``title``, ``region``, ``level``, ``year``, ``date``,
    ``meeting`` (a record of :func:`meta` will do). With it, relative horizons
    (今年, 全年) are resolved against the report's year, as in :func:`panel`;
    without it the records are exactly those of ``mubiao targets``.

    Fields as ``mubiao targets``: ``doc``, ``start``, ``end``, ``text`` (the
    evidence), ``section``, ``stance`` (target, achievement), ``indicator``,
    ``measure`` (level, growth, avg_growth, decline, increment, multiple),
    ``comparator`` (eq, ge, gt, le, lt, approx, toward, range), ``value``,
    ``upper`` (None unless a range), ``unit``, ``modality`` (plain, firm,
    strive), ``horizon``, ``reference``, ``rule``, and ``code`` (the
    indicator's codebook code, "" when unmapped), ``real`` and ``headline``.

    Raises :class:`ReadError` and its kinds :class:`FileError` and
    :class:`InvalidUtf8Error` (with ``offset``); with several documents the
    first failing one is raised and no records are returned.
    """
    fields = None
    if meta is not None:
        fields = [(k, "" if v is None else str(v)) for k, v in meta.items()
                  if k in _META_COLUMNS]
    return Records(_mubiao.targets(_items(source, name), _jobs(jobs), True, fields),
                   _mubiao.columns("targets"))


_META_COLUMNS = ("title", "region", "level", "year", "date", "meeting")


def _manifest(manifest: Union[None, str, os.PathLike]) -> Optional[str]:
    if manifest is None:
        return None
    with open(manifest, encoding="utf-8-sig") as f:
        return f.read()


def _research(command: str, sources: Sources, manifest: Union[None, str, os.PathLike],
              jobs: Optional[int]) -> Records:
    if not getattr(_mubiao, "with_research", False):
        raise NotImplementedError("this build of mubiao has no research layer")
    return Records(getattr(_mubiao, command)(_items(sources, None), _jobs(jobs),
                                             _manifest(manifest)), _mubiao.columns(command))


def meta(source: Sources, *, manifest: Union[None, str, os.PathLike] = None,
         jobs: Optional[int] = None) -> Records:
    """What each report says about itself; one record per report, as ``mubiao meta``.

    Fields: ``doc``, ``title``, ``region`` (全国, 广东省, 太原市 ...), ``level``
    (national, provincial, prefecture, county, or ""), ``year`` (the year the
    report is delivered and plans for; None when it cannot be told), ``date``
    (YYYY-MM-DD or ""), ``meeting``, and ``sources``: for each field where it
    came from (title, dateline, heading, body, filename, manifest, or "").

    ``manifest``: a CSV file with a header row naming ``doc`` and any of the
    fields above; its values override what the text says (source
    ``manifest``). Raises :class:`ManifestError` for a malformed manifest and
    the errors of :func:`targets`.
    """
    return _research("meta", source, manifest, jobs)


def panel(sources: Sources, *, manifest: Union[None, str, os.PathLike] = None,
          jobs: Optional[int] = None) -> Records:
    """Headline targets as a panel: one record per report × indicator code, as ``mubiao panel``.

    Fields: ``doc``, ``region``, ``level``, ``year``, ``code``, ``indicator``,
    ``measure``, ``comparator``, ``value``, ``upper``, ``unit``, ``modality``,
    ``strive`` (the 力争 figure that follows, or None), ``upside`` (a
    更好结果-style clause follows), ``real``, and ``start``, ``end``, ``text``
    (the evidence). Reports run on ``jobs`` threads (default one per core);
    ``manifest`` as in :func:`meta`.
    """
    return _research("panel", sources, manifest, jobs)


def outcomes(sources: Sources, *, manifest: Union[None, str, os.PathLike] = None,
             jobs: Optional[int] = None) -> Records:
    """Each headline target of year Y beside the achievement for Y found among the reports.

    One record per target with an outcome, as ``mubiao outcomes``: ``region``,
    ``code``, ``year``, ``comparator``, ``target``, ``upper``, ``outcome``,
    ``met`` (whether the outcome meets the target by the comparator and the
    codebook's better side; None when a value is missing), ``unit``,
    ``measure``, and where each was read: ``target_doc``, ``target_start``,
    ``target_end``, ``target_text``, ``outcome_doc``, ``outcome_start``,
    ``outcome_end``, ``outcome_text``. Give the reports of consecutive years
    (the outcome of 2023 is in the 2024 report).
    """
    return _research("outcomes", sources, manifest, jobs)


def read(path: Union[str, os.PathLike], format: str = "auto",
         encoding: Optional[str] = None) -> str:
    """The text every other function reads for the file at ``path``.

    Record offsets are byte offsets into ``read(path).encode("utf-8")``. A
    UTF-8 text file comes back as it is; other encodings (GB18030, Big5,
    UTF-16) and, where the library was built with them, web pages, Word and
    PDF files are turned into text as ``mubiao text FILE`` does. ``format`` is
    one of :data:`FORMATS` (``auto``: told from the bytes and the extension);
    ``encoding`` names the text's encoding (``"GBK"``) instead of detecting it.
    Pass the result to :func:`targets` etc. with ``name=path`` to keep ``doc``.

    Raises :class:`FileError` when the file cannot be read,
    :class:`InvalidUtf8Error` (with ``offset``) when it is in no encoding that
    could be told, and :class:`ReadError` (with ``reason``) for a format
    problem. Guesses are reported as :class:`ReadWarning` warnings.
    """
    if format not in FORMATS:
        raise ValueError("unknown format %r; expected one of %s" % (format, ", ".join(FORMATS)))
    return _mubiao.read(os.fsencode(path), os.fsdecode(path), format, encoding or "")
