"""Readers: turn an input file into a Document, one reader per file kind.

A reader is a ``Callable[[Path], Document]`` registered for file suffixes. It
raises :class:`~kg_builder.errors.InputError` naming the file and the problem
when the file cannot be read, so that a corpus build records it and goes on.
"""

from __future__ import annotations

import functools
import importlib
import importlib.resources
from pathlib import Path
from typing import Callable, Iterable, Iterator

from ..errors import InputError
from ..model import Document

__all__ = ["Reader", "register", "read_document", "iter_sources", "supported_suffixes", "sample_corpus"]

Reader = Callable[[Path], Document]

_readers: dict[str, Reader] = {}

_BUILTINS = ("kg_builder.readers.text",)


def register(*suffixes: str) -> Callable[[Reader], Reader]:
    """Make a reader handle files with these suffixes (lower case, with the dot)."""

    def add(reader: Reader) -> Reader:
        for suffix in suffixes:
            _readers[suffix.lower()] = reader
        return reader

    return add


@functools.cache
def _load() -> None:
    for module in _BUILTINS:
        importlib.import_module(module)


def supported_suffixes() -> list[str]:
    """The file suffixes some reader handles, sorted."""
    _load()
    return sorted(_readers)


def read_document(path: Path) -> Document:
    """Read one file into a Document with the reader for its suffix.

    Raises:
        InputError: the file is missing, unreadable, empty, binary, of an
            unsupported kind, or not decodable; the message names the file.
    """
    _load()
    reader = _readers.get(path.suffix.lower())
    if reader is None:
        raise InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                         f"supported: {', '.join(supported_suffixes())}")
    try:
        return reader(path)
    except InputError:
        raise
    except OSError as error:
        raise InputError(str(path), f"cannot read file: {error.strerror or error}") from None


def iter_sources(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand files and directories (recursively) into input files, sorted, each once.

    Files given by name are yielded whatever their suffix (so that an unsupported
    one is reported); files found in directories only when some reader takes them.
    """
    _load()
    seen: set[Path] = set()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            found = sorted(
                p for p in path.rglob("*")
                if p.is_file() and p.suffix.lower() in _readers and not p.name.startswith(".")
            )
        else:
            found = [path]
        for item in found:
            key = item.resolve() if item.exists() else item
            if key in seen:
                continue
            seen.add(key)
            yield item


def sample_corpus() -> Path:
    """The directory of the bundled sample corpus (five real documents)."""
    return Path(str(importlib.resources.files("kg_builder") / "data" / "corpus" / "seeds"))
