"""Record lists: plain Python lists of dicts with a pandas conversion."""
from typing import Any, Dict, List, Sequence

__all__ = ["Records"]


class Records(List[Dict[str, Any]]):
    """The records of one call: a list of dicts, one per record, in document order.

    Each dict has the field names and values of the ``mubiao`` command line's
    JSON Lines output (``json.loads`` of a CLI line equals the dict): offsets are
    byte offsets into the UTF-8 text (``mubiao.read(path)``), ``end`` exclusive.
    """

    def __init__(self, records: Sequence[Dict[str, Any]] = (), columns: Sequence[str] = ()) -> None:
        super().__init__(records)
        #: the fields every record of this kind has, in the CLI's order
        self.columns = list(columns)

    def to_pandas(self) -> "Any":
        """The records as a ``pandas.DataFrame``, one row per record.

        Columns are the fields in the CLI's order (optional fields such as
        ``upper`` of a number follow); an empty result still has its columns.
        Raises ImportError when pandas is not installed (Debian: python3-pandas).
        """
        try:
            import pandas
        except ImportError as e:  # pragma: no cover - depends on the machine
            raise ImportError("to_pandas() needs pandas (Debian: apt-get install "
                              "python3-pandas)") from e
        columns = list(self.columns)
        for record in self:
            for key in record:
                if key not in columns:
                    columns.append(key)
        return pandas.DataFrame.from_records(list(self), columns=columns)
