"""Scratch directories that a killed process does not leave behind for long.

A build's scratch holds the N-Quads it loaded (17 GB at 10^5 documents) and,
without ``--store``, a temporary store; an export or a server loads graph
files into a store there. ``tempfile.TemporaryDirectory`` removes them when
the process ends normally, but not after ``kill -9``, an out-of-memory kill or
a power cut, and the next run would leave the disk fuller each time.

So each scratch directory holds a lock (``flock``) for as long as its process
lives; the kernel drops it when the process dies however it dies. Making a
scratch directory first removes the directories of the same kind, owned by
the same user, whose lock nobody holds. A lock taken through a file renamed
into place is never seen untaken while its owner lives.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no locks, so nothing is swept
    fcntl = None

#: The lock file inside a scratch directory.
LOCK_NAME = ".kgb-scratch.lock"


def _prefix(kind: str) -> str:
    return f"kgb-{kind}-"


def _orphaned(directory: Path) -> bool:
    """Whether ``directory`` is a scratch directory whose process has died."""
    try:
        if directory.is_symlink() or not directory.is_dir() or directory.stat().st_uid != os.getuid():
            return False
        handle = os.open(directory / LOCK_NAME, os.O_RDONLY)
    except OSError:  # no lock file: made by an older version, or not made by us
        return False
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # held: its process is alive
    finally:
        os.close(handle)
    return True


def sweep(kind: str, parent: Path | str | None = None) -> list[Path]:
    """Remove the scratch directories of ``kind`` under ``parent`` whose process has died.

    Returns:
        The directories removed.
    """
    if fcntl is None:
        return []
    parent = Path(parent or tempfile.gettempdir())
    removed = []
    for directory in parent.glob(_prefix(kind) + "*"):
        if _orphaned(directory):
            shutil.rmtree(directory, ignore_errors=True)
            removed.append(directory)
    return removed


@contextlib.contextmanager
def scratch_directory(kind: str, parent: Path | str | None = None) -> Iterator[Path]:
    """A new directory ``kgb-<kind>-*`` for this process, removed when the block ends.

    Directories of the same kind left by processes that died are removed first.
    """
    sweep(kind, parent)
    with tempfile.TemporaryDirectory(prefix=_prefix(kind), dir=parent) as made:
        directory = Path(made)
        lock = None
        if fcntl is not None:
            fd, held = tempfile.mkstemp(prefix=".lock-", dir=directory)
            lock = os.fdopen(fd, "wb")
            fcntl.flock(lock, fcntl.LOCK_EX)
            os.replace(held, directory / LOCK_NAME)  # appears already held
        try:
            yield directory
        finally:
            if lock is not None:
                lock.close()
