"""Errors and warnings of mubiao. Catch :class:`Error` for every error."""
from typing import Optional

__all__ = ["Error", "ReadError", "FileError", "InvalidUtf8Error", "ManifestError", "ReadWarning"]


class Error(Exception):
    """Base class of every error mubiao raises for bad input.

    ``doc`` is the document's name as it would appear in the records' ``doc``
    field (the path as given, or the ``name`` passed for a text), or None.
    """

    def __init__(self, message: str, doc: Optional[str] = None) -> None:
        super().__init__(message)
        self.doc = doc

    def __str__(self) -> str:
        return str(self.args[0])


class ReadError(Error):
    """A document could not be turned into text.

    ``reason`` says why, as the library's readers do: ``unreadable`` (the
    system's reason: missing file, no permission, a folder), ``unsupported``
    (a format mubiao does not read), ``bad_encoding``, ``corrupt``,
    ``encrypted``, ``no_text`` (a scanned PDF) or ``too_large``.
    """

    def __init__(self, message: str, doc: Optional[str] = None, reason: str = "unreadable",
                 offset: Optional[int] = None) -> None:
        super().__init__(message, doc)
        self.reason = reason
        self.offset = offset


class FileError(ReadError, OSError):
    """A file could not be opened or read (``doc`` and ``filename`` name it)."""

    def __init__(self, message: str, doc: Optional[str] = None, reason: str = "unreadable",
                 offset: Optional[int] = None) -> None:
        ReadError.__init__(self, message, doc, reason, offset)
        self.filename = doc


class InvalidUtf8Error(ReadError, ValueError):
    """The document is not UTF-8 (nor an encoding that could be detected or was
    named); nothing was read from it.

    ``offset`` is the byte offset of the first byte that is not UTF-8.
    """

    def __init__(self, message: str, doc: Optional[str] = None, reason: str = "bad_encoding",
                 offset: Optional[int] = 0) -> None:
        super().__init__(message, doc, reason, offset)


class ManifestError(Error, ValueError):
    """A metadata manifest that cannot be used (no ``doc`` column, an unknown
    column, a bad year or level, an unclosed quote); the message names the line."""


class ReadWarning(UserWarning):
    """Something the readers had to guess or drop (an encoding guessed, boilerplate
    removed); the records were produced."""
