"""What a store's builds saw of each input file, so that a re-run need not read it again.

An update of a national store is usually run on the whole corpus folder after a
few documents were added. Every input is then read and its text hashed to learn
that it is stored already: 172 s for 10^5 text files, and hours for as many
PDFs (a PDF reads at about 0.07 MB/s). Like git's index, the store keeps, for
each input file a build read, its size, times, inode and device as ``os.stat``
gave them before the read, with the content hash of the text read from it. A
later build that finds the same stamp takes the hash from here instead of
reading the file.

A stamp is only as good as the file system's clock, so three rules keep it
honest:

* a stamp is taken before the file is read, so a change made during the read
  gives the file a new stamp;
* a file changed within :data:`RACY_SECONDS` of its stamp is not recorded
  (its next change could keep the same times on a coarse clock), so it is read
  again next time;
* the stamps are kept for one reading of files: the kg_builder version, the
  source of its readers and the versions of the libraries they parse with. Any
  change to them (a better HTML reader, a new pypdf) forgets every stamp, so
  the next build reads every file again and replaces what reads differently.

The stamps live in a SQLite file inside the store's directory
(:data:`STAMPS_FILE`); one that cannot be read is started afresh.
"""

from __future__ import annotations

import functools
import hashlib
import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Iterable

__all__ = ["InputStamps", "Stamp", "RACY_SECONDS", "STAMPS_FILE", "code_fingerprint", "reading_fingerprint",
           "stamp_of"]

#: The stamps file, inside the store's directory.
STAMPS_FILE = "kgb-input-stamps.sqlite"

#: A file whose modification or status change is this recent when it is stamped is not recorded.
#: Two seconds covers the coarsest clocks in use (FAT, some network file systems).
RACY_SECONDS = 2.0

#: The libraries whose versions change what the readers make of a file.
_READING_LIBRARIES = ("charset-normalizer", "lxml", "trafilatura", "pypdf", "python-docx", "olefile", "openpyxl", "opencc")

#: (size, mtime_ns, ctime_ns, inode, device) of a file, from ``os.stat`` (links followed).
Stamp = tuple[int, int, int, int, int]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS stamps (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL, mtime_ns INTEGER NOT NULL, ctime_ns INTEGER NOT NULL,
    inode INTEGER NOT NULL, device INTEGER NOT NULL,
    content_hash TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS reading (fingerprint TEXT NOT NULL);
"""

#: Rows written per transaction while a build records what it read.
_BATCH = 10_000


def stamp_of(path: Path | str) -> tuple[Stamp, bool] | None:
    """The file's stamp, and whether it may be recorded (not racy); None if it cannot be stat'ed."""
    now = time.time_ns()
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    stamp = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)
    settled = max(info.st_mtime_ns, info.st_ctime_ns) < now - int(RACY_SECONDS * 1e9)
    return stamp, settled


def _package_digest(pattern: str):
    """A SHA-256 of the names and bytes of kg_builder's own files matching ``pattern`` (no caches)."""
    package = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.glob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode() + b"\n" + path.read_bytes())
    return digest


def reading_fingerprint() -> str:
    """What the stamps are valid for: how this installation turns a file into text."""
    from importlib import metadata

    from . import __version__

    digest = _package_digest("readers/*.py")
    digest.update(f"kg_builder {__version__}\n".encode())
    for library in _READING_LIBRARIES:
        try:
            version = metadata.version(library)
        except metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"{library} {version}\n".encode())
    return digest.hexdigest()


@functools.cache
def code_fingerprint() -> str:
    """A digest of every file of this kg_builder: what a build's outputs were made by."""
    return _package_digest("**/*").hexdigest()


class InputStamps:
    """The stamps of a store's input files: look one up, record what a build read, forget the gone.

    Paths are absolute (``os.path.abspath``), as the build was given them.
    Use as a context manager, or call :meth:`close`.
    """

    def __init__(self, directory: Path, fingerprint: str | None = None):
        self.path = Path(directory) / STAMPS_FILE
        self._fingerprint = fingerprint or reading_fingerprint()
        self._pending: list[tuple] = []
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError:  # not a database, or damaged: the stamps are only a cache
            self.path.unlink(missing_ok=True)
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            db.executescript(_SCHEMA)
            kept = db.execute("SELECT fingerprint FROM reading").fetchall()
            if kept != [(self._fingerprint,)]:  # read otherwise: forget every stamp
                db.executescript("BEGIN; DELETE FROM stamps; DELETE FROM reading; COMMIT;")
                db.execute("INSERT INTO reading VALUES (?)", (self._fingerprint,))
        except BaseException:
            db.close()
            raise
        return db

    def __enter__(self) -> InputStamps:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM stamps").fetchone()[0]

    def content_hash(self, path: str, stamp: Stamp) -> str | None:
        """The content hash recorded for ``path`` if its stamp is still ``stamp``, else None."""
        row = self._db.execute(
            "SELECT content_hash FROM stamps WHERE path = ? AND size = ? AND mtime_ns = ? AND ctime_ns = ?"
            " AND inode = ? AND device = ?", (path, *stamp)).fetchone()
        return row[0] if row else None

    def record(self, path: str, stamp: Stamp, content_hash: str) -> None:
        """Remember that ``path``, stamped ``stamp`` before it was read, held text of ``content_hash``."""
        self._pending.append((path, *stamp, content_hash))
        if len(self._pending) >= _BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the recorded stamps (one transaction)."""
        if not self._pending:
            return
        rows, self._pending = self._pending, []
        with closing(self._db.cursor()) as cursor:
            cursor.execute("BEGIN")
            cursor.executemany("INSERT OR REPLACE INTO stamps VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
            cursor.execute("COMMIT")

    def forget_missing(self, folders: Iterable[str], seen: Iterable[str]) -> int:
        """Drop the stamps of files under ``folders`` that are not in ``seen``; the number dropped.

        A build walks its folders whole, so a file under one of them that it did
        not see is gone (or no longer an input): its stamp would only take room.
        """
        self.flush()
        folders = [folder.rstrip(os.sep) + os.sep for folder in folders]
        if not folders:
            return 0
        with closing(self._db.cursor()) as cursor:
            cursor.execute("BEGIN")
            cursor.execute("CREATE TEMP TABLE IF NOT EXISTS seen (path TEXT PRIMARY KEY) WITHOUT ROWID")
            cursor.execute("DELETE FROM seen")
            cursor.executemany("INSERT OR IGNORE INTO seen VALUES (?)", ((path,) for path in seen))
            dropped = 0
            for folder in folders:
                # every path under the folder sorts between "folder/" and "folder" + the next character
                upper = folder[:-1] + chr(ord(folder[-1]) + 1)
                cursor.execute("DELETE FROM stamps WHERE path >= ? AND path < ? AND path NOT IN seen",
                               (folder, upper))
                dropped += cursor.rowcount
            cursor.execute("DELETE FROM seen")
            cursor.execute("COMMIT")
        return dropped

    def close(self) -> None:
        """Write what is pending and close the file."""
        try:
            self.flush()
        finally:
            self._db.close()
