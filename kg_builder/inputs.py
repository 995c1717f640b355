"""A build's inputs: which files, in which order, which to read, and what was seen of them.

A national build has 10^5 inputs a year and 10^6 a decade. Nothing here holds
them all in memory: the list of inputs, what to do with each and what was
seen of each are kept in temporary files (55, 15 and 35 MB at 10^5 as Python
lists and dicts), read back as often as needed.
"""

from __future__ import annotations

import os
import sqlite3
import struct
import tempfile
import weakref
from collections.abc import Mapping
from pathlib import Path
from typing import Callable, Collection, Iterable, Iterator, Sequence

from .pipeline import UNCHANGED, DocumentOutcome
from .readers import iter_sources
from .stamps import InputStamps, Stamp, stamp_of

__all__ = ["InputList", "SeenInputs", "bases", "file_size", "locate", "source_path", "stamped_outcomes"]


def bases(roots: Sequence[Path]) -> list[Path]:
    """The folder each root's inputs are found in, absolute: the root, or a file root's folder."""
    return [(root if root.is_dir() else root.parent).absolute() for root in roots]


def locate(path: Path, bases: Sequence[Path]) -> tuple[str, str]:
    """An input's path as shown in reports (under the root it was found in: no machine paths),
    and its ``kgb:sourcePath`` (see :func:`source_path`)."""
    # absolute(), not resolve(): a symlink loop must not raise here, and a
    # link is shown under its own name, not its target's.
    absolute = path.absolute()
    for base in bases:
        try:
            shown = absolute.relative_to(base).as_posix()
        except ValueError:
            continue
        return shown, f"{base.name}/{shown}" if base.name else shown
    return path.name, f"{absolute.parent.name}/{path.name}"


def source_path(path: Path, roots: Sequence[Path]) -> str:
    """The document's ``kgb:sourcePath``: its path under the name of the corpus root it was found in.

    ``kgb build a/`` then ``kgb build b/`` must keep ``a/report.txt`` and
    ``b/report.txt`` apart, so the root's own folder name is part of it (and
    nothing above it: no machine paths). A file given directly counts as found
    in its folder.
    """
    return locate(path, bases(roots))[1]


def file_size(path: Path) -> int:
    """The file's size in bytes, 0 when it cannot be stat'ed (the reader reports why)."""
    try:
        return path.stat().st_size
    except OSError:
        return 0


def stamped_outcomes(sources: InputList, roots: Sequence[Path], stamps: InputStamps, known: Collection[str],
                     run: Callable[[Iterable[tuple], int], Iterator[DocumentOutcome]], graph_prefix: str,
                     rehash: bool = False) -> Iterator[DocumentOutcome]:
    """Outcomes of ``sources`` in input order, skipping unread those whose stamp says the store holds them.

    Every input is stamped before any is read, and what to do with each is
    written to disk (73 bytes an input), not kept in memory. One whose stamp
    matches the one recorded with a content hash the store holds (``known``) is
    skipped as unchanged without being read; the others go to ``run`` (with
    their number). The stamps of what ``run`` read (built, or skipped by its
    hash) are recorded, and those of files gone from the folders among
    ``roots`` are forgotten. A skipped document's graph is ``graph_prefix`` and
    the first 16 digits of its hash (see :meth:`.ontology.Minter.document`).
    """
    plans = _Plans()
    try:
        chosen = 0
        for source in sources:
            key = os.path.abspath(source[0])
            stamped = stamp_of(key)
            held = None
            if stamped is not None and not rehash:
                held = stamps.content_hash(key, stamped[0])
                if held not in known:
                    held = None
            chosen += held is None
            plans.add(held, stamped[0] if stamped is not None and stamped[1] else None)
        # Two readers of the same files: the runner's, which reads ahead, and this one, in step with
        # the outcomes.
        built = run(((Path(source[0]), *source[1:]) for source, (held, _) in zip(sources, plans) if held is None),
                    chosen)
        for source, (held, stamp) in zip(sources, plans):
            if held is not None:
                stem = os.path.splitext(os.path.basename(source[0]))[0]  # Path(...).stem, without a Path
                yield DocumentOutcome(source[1], stem, "skipped", UNCHANGED, held, graph_prefix + held[:16],
                                      source=source[2])
                continue
            outcome = next(built)
            if stamp is not None and outcome.status != "failed" and outcome.content_hash:
                stamps.record(os.path.abspath(source[0]), stamp, outcome.content_hash)
            yield outcome
    finally:
        plans.close()
    folders = [os.path.abspath(root) for root in roots if root.is_dir()]
    stamps.forget_missing(folders, (os.path.abspath(source[0]) for source in sources))


class InputList:
    """A build's input files in order, each with its path as shown and its source path, kept on disk.

    The files under ``roots`` (see :func:`.readers.iter_sources`) are listed
    once, into an anonymous temporary file, with their number and total size;
    each iteration reads them back as ``(path, shown, source)``, so that several
    readers can go through the list at their own pace. 10^5 inputs as a list of
    paths and strings took 55 MB.
    """

    def __init__(self, roots: Sequence[Path]):
        folders = bases(roots)
        self._file = tempfile.TemporaryFile(prefix="kgb-inputs-")
        weakref.finalize(self, self._file.close)
        self.count = 0
        self.bytes = 0
        batch: list[bytes] = []
        for path in iter_sources(roots):
            shown, source = locate(path, folders)
            batch.append(b"\0".join(os.fsencode(part) for part in (str(path), shown, source)) + b"\0")
            self.count += 1
            self.bytes += file_size(path)
            if len(batch) >= 4096:
                self._file.write(b"".join(batch))
                batch = []
        self._file.write(b"".join(batch))
        self._file.flush()

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[tuple[str, str, str]]:
        """Each input as (path, as shown, source path); a path as a string (a Path costs 10 µs at 10^5)."""
        fields: list[str] = []
        for part in _read_records(self._file.fileno(), b"\0"):
            fields.append(os.fsdecode(part))
            if len(fields) == 3:
                yield fields[0], fields[1], fields[2]
                fields = []

    def to_read(self) -> Iterator[tuple[Path, str, str]]:
        """Each input as a runner takes it: (file, as shown, source path)."""
        return ((Path(path), shown, source) for path, shown, source in self)


def _read_records(descriptor: int, separator: bytes = b"", size: int = 0) -> Iterator[bytes]:
    """The records of a file from its start: ended by ``separator``, or of ``size`` bytes each.

    Reads by offset (``os.pread``), so readers of the same file do not move each other.
    """
    offset, rest = 0, b""
    while chunk := os.pread(descriptor, 1 << 20, offset):
        offset += len(chunk)
        rest += chunk
        if separator:
            *records, rest = rest.split(separator)
            yield from records
        else:
            whole = len(rest) - len(rest) % size
            yield from (rest[at:at + size] for at in range(0, whole, size))
            rest = rest[whole:]


class _Plans:
    """What :func:`stamped_outcomes` does with each input, in input order, on disk: its held hash and stamp."""

    _RECORD = struct.Struct("<B32sqqqqq")  # flags (1: held, 2: stamp to record), hash, stamp

    def __init__(self):
        self._file = tempfile.TemporaryFile(prefix="kgb-plans-")
        self._batch: list[bytes] = []

    def add(self, held: str | None, stamp: Stamp | None) -> None:
        flags = (1 if held is not None else 0) | (2 if stamp is not None else 0)
        self._batch.append(self._RECORD.pack(flags, bytes.fromhex(held) if held else b"", *(stamp or (0,) * 5)))
        if len(self._batch) >= 4096:
            self._flush()

    def _flush(self) -> None:
        self._file.write(b"".join(self._batch))
        self._file.flush()
        self._batch = []

    def __iter__(self) -> Iterator[tuple[str | None, Stamp | None]]:
        self._flush()
        for record in _read_records(self._file.fileno(), size=self._RECORD.size):
            flags, held, *stamp = self._RECORD.unpack(record)
            yield held.hex() if flags & 1 else None, tuple(stamp) if flags & 2 else None

    def close(self) -> None:
        self._file.close()


class SeenInputs(Mapping):
    """What a build saw of its inputs, on disk: source path -> content hash, and who had each hash first.

    Two maps a build needs to the end (a repeated content is reported as the
    same as the first input that had it; stale versions are the stored ones at
    the paths seen with other hashes): 35 MB at 10^5 inputs as dicts, a few MB
    here, in a private temporary SQLite database that goes when it is closed.
    """

    def __init__(self):
        self._db = sqlite3.connect("")  # "": a temporary database on disk, removed on close
        self._db.executescript("""
            CREATE TABLE hashes (hash TEXT PRIMARY KEY, shown TEXT NOT NULL) WITHOUT ROWID;
            CREATE TABLE sources (path TEXT PRIMARY KEY, hash TEXT NOT NULL) WITHOUT ROWID;
        """)

    def add(self, content_hash: str, shown: str, source: str) -> str | None:
        """Note an input read at ``source``; the input shown that had ``content_hash`` first, if another did."""
        self._db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?)", (source, content_hash))
        if self._db.execute("INSERT OR IGNORE INTO hashes VALUES (?, ?)", (content_hash, shown)).rowcount:
            return None  # the first with this content (the usual case: two statements)
        return self._db.execute("SELECT shown FROM hashes WHERE hash = ?", (content_hash,)).fetchone()[0]

    def has_hash(self, content_hash: str) -> bool:
        """Whether any input had this content."""
        return self._db.execute("SELECT 1 FROM hashes WHERE hash = ?", (content_hash,)).fetchone() is not None

    def __getitem__(self, path: str) -> str:
        row = self._db.execute("SELECT hash FROM sources WHERE path = ?", (path,)).fetchone()
        if row is None:
            raise KeyError(path)
        return row[0]

    def __iter__(self) -> Iterator[str]:
        cursor = self._db.execute("SELECT path FROM sources ORDER BY path")
        while rows := cursor.fetchmany(1000):
            yield from (row[0] for row in rows)

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM sources").fetchone()[0]

    def items(self) -> Iterator[tuple[str, str]]:  # type: ignore[override]
        """(source path, content hash) pairs, by path, read in batches."""
        cursor = self._db.execute("SELECT path, hash FROM sources ORDER BY path")
        while rows := cursor.fetchmany(1000):
            yield from rows

    def close(self) -> None:
        self._db.close()
