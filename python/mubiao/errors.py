"""Errors raised by mubiao. Catch :class:`Error` for all of them."""
from typing import Optional

__all__ = ["Error", "InvalidUtf8Error", "FileError"]


class Error(Exception):
    """Base class of every error mubiao raises for bad input.

    ``doc`` is the document's name as it would appear in the records' ``doc``
    field (the path as given, or the ``name`` passed for a text), or None.
    """

    def __init__(self, message: str, doc: Optional[str] = None) -> None:
        super().__init__(message)
        self.doc = doc


class InvalidUtf8Error(Error, ValueError):
    """The document is not well-formed UTF-8; nothing was read from it.

    ``offset`` is the byte offset of the first invalid byte in the document.
    """

    def __init__(self, message: str, doc: Optional[str] = None, offset: int = 0) -> None:
        super().__init__(message, doc)
        self.offset = offset


class FileError(Error, OSError):
    """A file could not be opened or read (``doc`` and ``filename`` name it)."""

    def __init__(self, message: str, doc: Optional[str] = None) -> None:
        Error.__init__(self, message, doc)
        self.filename = doc

    def __str__(self) -> str:
        return str(self.args[0])
