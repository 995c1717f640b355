"""Readers: turn an input file into a Document, one reader per file kind.

A reader is a ``Callable[[Path], Document]`` registered for file suffixes
(``.txt``, ``.html``/``.htm``, ``.pdf``, ``.docx`` are built in). It raises
:class:`~kg_builder.errors.InputError` naming the file and the problem when the
file cannot be read, so that a corpus build records it and goes on.

:func:`read_document` wraps every reader with what all inputs need: the file
must be a regular file within the size limit (a FIFO, a dangling symlink or a
50 MB dump is reported before a byte is read); control characters are blanked;
a text in traditional characters is matched in simplified form while
``Document.original_text`` keeps it as written; hints from a manifest (source
URL, jurisdiction, year, title) land in ``Document.url`` and ``metadata``.

Example:
    >>> doc = read_document(sample_corpus() / "003_280033b0075f93d2.txt",
    ...                     hints={"url": "https://www.example.gov.cn/a.html", "year": "2023"})
    >>> doc.url, doc.meta("year")
    ('https://www.example.gov.cn/a.html', '2023')
"""

from __future__ import annotations

import contextvars
import dataclasses
import errno
import functools
import importlib
import importlib.resources
import os
import re
import stat
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Mapping

from ..errors import InputError
from ..model import Document

if TYPE_CHECKING:
    from .manifest import ManifestEntry

__all__ = [
    "Reader", "register", "read_document", "iter_sources", "supported_suffixes", "sample_corpus",
    "read_manifest", "read_entry", "ManifestEntry", "max_input_bytes", "DEFAULT_MAX_INPUT_MB", "CONTAINER_FACTOR", "HINT_KEYS",
]

Reader = Callable[[Path], Document]

_readers: dict[str, Reader] = {}

_BUILTINS = ("kg_builder.readers.text", "kg_builder.readers.html", "kg_builder.readers.pdf",
             "kg_builder.readers.docx", "kg_builder.readers.doc", "kg_builder.readers.ofd",
             "kg_builder.readers.xlsx")

#: Default limit on one input's text, in megabytes (10^6 bytes) of UTF-8; ``KGB_MAX_INPUT_MB``
#: overrides it. Real documents are under 1 MB; a 1.7-million-character text (5 MB)
#: takes about 3.5 s to extract and 12 s to turn into RDF, so 20 MB bounds one file
#: to about a minute and a few hundred MB of memory. A text file larger than this
#: is refused before it is read; a PDF or .docx (which hold images) may be up to
#: :data:`CONTAINER_FACTOR` times larger as a file, and its text is checked once read.
DEFAULT_MAX_INPUT_MB = 20

#: How much larger than the text limit a PDF or .docx file may be.
CONTAINER_FACTOR = 5

_CONTAINERS = frozenset({".pdf", ".docx", ".doc", ".ofd", ".xlsx"})

#: Manifest hints a reader's document carries in ``metadata`` (``url`` goes to ``Document.url``).
HINT_KEYS = ("title", "jurisdiction", "year")

#: Document kinds found in a folder that no reader takes but that the user surely
#: meant as input: reported instead of skipped (page assets such as .js are skipped).
_UNSUPPORTED_DOCUMENTS = frozenset({".doc", ".wps", ".rtf", ".odt", ".ofd", ".caj", ".xls", ".xlsx", ".et",
                                    ".ppt", ".pptx", ".mht", ".mhtml", ".epub", ".djvu"})

# C0 controls except tab/newline, DEL, C1: blanked (one space each, so lengths hold).
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

_limit: contextvars.ContextVar[int | None] = contextvars.ContextVar("kgb_max_input_bytes", default=None)


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


def max_input_bytes() -> int:
    """The largest input file read, in bytes: the current call's limit, else ``KGB_MAX_INPUT_MB``, else 20 MB."""
    current = _limit.get()
    if current is not None:
        return current
    try:
        megabytes = float(os.environ.get("KGB_MAX_INPUT_MB", DEFAULT_MAX_INPUT_MB))
    except ValueError:
        megabytes = DEFAULT_MAX_INPUT_MB
    return int(megabytes * 1_000_000)


def _file_problem(path: Path, limit: int) -> str | None:
    """Why ``path`` cannot be read as a file, without opening it (a FIFO would block)."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return f"broken symbolic link (its target {os.readlink(path)!r} does not exist)"
        return "no such file"
    except PermissionError:
        return "permission denied"
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop (the links point back to each other)"
        return f"cannot read file: {error.strerror or error}"
    if stat.S_ISDIR(info.st_mode):
        if path.is_symlink():
            target = path.resolve()
            if target == path.parent.resolve() or target in path.parent.resolve().parents:
                return f"symbolic link loop: {os.readlink(path)!r} points back to a folder that contains it"
            return f"symbolic link to a directory ({os.readlink(path)!r}); give the folder itself"
        return "is a directory"
    if not stat.S_ISREG(info.st_mode):
        kind = ("a FIFO (named pipe)" if stat.S_ISFIFO(info.st_mode) else
                "a socket" if stat.S_ISSOCK(info.st_mode) else
                "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else "special")
        return f"not a regular file ({kind})"
    if info.st_size == 0:
        return "empty file (0 bytes)"
    if info.st_size > limit:
        return (f"file too large: {info.st_size / 1e6:.1f} MB, over the {limit / 1e6:g} MB limit "
                "(set KGB_MAX_INPUT_MB to raise it)")
    if not os.access(path, os.R_OK):
        return "permission denied"
    return None


def read_document(path: Path, hints: Mapping[str, str | None] | None = None, *,
                  max_bytes: int | None = None) -> Document:
    """Read one file into a Document with the reader for its suffix.

    Args:
        path: the file.
        hints: what a manifest says about the file: ``url`` (lands in
            ``Document.url``), ``title``, ``jurisdiction``, ``year`` (land in
            ``Document.metadata``, a title replacing the one the file gave).
        max_bytes: the largest file read (default :func:`max_input_bytes`).

    Raises:
        InputError: the file is missing, unreadable, not a regular file, empty,
            too large, binary, of an unsupported kind, or not decodable; the
            message names the file and the problem.
    """
    _load()
    path = Path(path)
    limit = max_input_bytes() if max_bytes is None else max_bytes
    problem = _file_problem(path, limit * (CONTAINER_FACTOR if path.suffix.lower() in _CONTAINERS else 1))
    if problem:
        raise InputError(str(path), problem)
    reader = _readers.get(path.suffix.lower())
    if reader is None:
        raise InputError(str(path), f"unsupported file type {path.suffix or '(none)'!r}; "
                         f"supported: {', '.join(supported_suffixes())}")
    token = _limit.set(limit)
    try:
        document = reader(path)
    except InputError:
        raise
    except OSError as error:
        raise InputError(str(path), f"cannot read file: {error.strerror or error}") from None
    finally:
        _limit.reset(token)
    if len(document.text) > limit // 4 and len(document.text.encode("utf-8", "surrogatepass")) > limit:
        raise InputError(str(path), f"text too large: over the {limit / 1e6:g} MB input limit "
                                    "(set KGB_MAX_INPUT_MB to raise it)")
    return _finish(document, hints)


def _finish(document: Document, hints: Mapping[str, str | None] | None) -> Document:
    """What every reader's document gets: clean characters, simplified matching text, hints."""
    from .traditional import is_traditional, to_simplified
    from .layout import unglossed, unspace, unspaced_headings, unwrap

    text = document.text
    unspaced = unglossed_text = unwrapped = None
    if document.original_text is None:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        # A PDF's text layer may space out its characters, and breaks lines where the page did.
        unspaced = unspace(text)
        text = unspaced if unspaced is not None else text
        # (or only a heading at its top: 青 海 省 卫 生 健 康 委)
        heading = unspaced_headings(text) if unspaced is None else None
        text = heading if heading is not None else text
        unwrapped = unwrap(text)
        text = unwrapped if unwrapped is not None else text
        # Readings a script converter printed after characters; after the wraps are undone,
        # since a wrap may split one (關(gu / ān)于), and the wraps are measured as printed.
        unglossed_text = unglossed(text)
        text = unglossed_text if unglossed_text is not None else text
    text = _CONTROLS.sub(" ", text)
    if not text.strip():
        raise InputError(document.path or document.id, "no text (only whitespace)")
    if not any(ch.isalnum() for ch in text):
        raise InputError(document.path or document.id, "no text (only punctuation and symbols)")
    metadata = dict(document.metadata)
    if document.original_text is None:
        repaired = [what for what, done in (("spaced-out characters joined", unspaced is not None),
                                            ("spaced-out heading joined", heading is not None),
                                            ("pinyin glosses removed", unglossed_text is not None),
                                            ("hard-wrapped lines joined", unwrapped is not None)) if done]
        if repaired:
            metadata["layout"] = "; ".join(repaired)
    for key, value in (hints or {}).items():
        if key in HINT_KEYS and value:
            metadata[key] = str(value)
    original = None
    if document.original_text is None and is_traditional(text):
        original, text = text, to_simplified(text)
        metadata["script"] = "traditional"
        if metadata.get("title"):
            # Extraction looks the title up in the (simplified) text.
            metadata["original_title"] = metadata["title"]
            metadata["title"] = to_simplified(metadata["title"])
    url = (hints or {}).get("url") or document.url
    if original is None and document.original_text is not None:
        original = _CONTROLS.sub(" ", document.original_text)
    return dataclasses.replace(document, text=text, original_text=original,
                               url=url or None, metadata=tuple(sorted(metadata.items())))


def _walk(root: Path, visiting: set[tuple[int, int]], walked: set[tuple[int, int]],
          real: str) -> Iterator[tuple[Path, str]]:
    """Files under ``root``, sorted, following directory links but never a cycle; each with its real path.

    ``visiting`` holds the folders from the root down to here (a link to one of
    them is a cycle), ``walked`` every folder read already (a second link to one
    is skipped); ``real`` is the root's own real path, so that only links need
    resolving (resolving every file costs 50 µs: 5 s at 10^5 files).
    """
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows symlinks
        except OSError:
            is_dir = False
        if is_dir:
            try:
                info = entry.stat()
            except OSError:
                continue
            key = (info.st_dev, info.st_ino)
            if key in visiting:
                # A link back to a folder being walked: yield it so that it is reported.
                yield path, os.path.abspath(path)
                continue
            if key in walked:
                continue
            visiting.add(key)
            walked.add(key)
            yield from _walk(path, visiting, walked, _real_path(entry, real))
            visiting.discard(key)
        else:
            suffix = path.suffix.lower()
            if suffix in _readers or suffix in _UNSUPPORTED_DOCUMENTS:
                yield path, _real_path(entry, real)


def _real_path(entry: os.DirEntry, folder: str) -> str:
    """The real path of a folder's entry, given the folder's real path."""
    if not entry.is_symlink():
        return os.path.join(folder, entry.name)
    return _resolved(Path(entry.path))


def _resolved(path: Path) -> str:
    """The path with every link resolved, or as it is when it cannot be (a broken link, a loop)."""
    try:
        return str(path.resolve(strict=True))
    except (OSError, RuntimeError):
        return str(path.absolute())


def iter_sources(paths: Iterable[Path]) -> Iterator[Path]:
    """Expand files and directories (recursively) into input files, sorted, each once.

    Files given by name are yielded whatever their suffix (so that an unsupported
    one is reported). Files found in directories are yielded when some reader
    takes them, or when they are documents no reader takes (``.doc``, ``.wps``,
    ``.ofd`` ...: reported, not silently skipped); page assets (``.js``,
    ``.css``, images) and hidden files are skipped. Symbolic links to folders are
    followed, and a link back to a folder being walked (a cycle) is yielded once
    so that the build reports it, instead of being walked forever. Broken links
    and FIFOs with a reader's suffix are yielded too: :func:`read_document`
    reports them without blocking.
    """
    _load()
    seen: set[str] = set()
    for path in paths:
        path = Path(path)
        if path.is_dir():
            info = path.stat()
            top = (info.st_dev, info.st_ino)
            found: Iterable[tuple[Path, str]] = _walk(path, {top}, {top}, _resolved(path))
        else:
            found = [(path, _resolved(path))]
        for item, key in found:
            if key in seen:
                continue
            seen.add(key)
            yield item


def read_manifest(path: Path, root: Path | None = None) -> list["ManifestEntry"]:
    """The entries of a manifest CSV (see :mod:`kg_builder.readers.manifest`)."""
    from .manifest import read_manifest as read

    return read(path, root)


def read_entry(entry: "ManifestEntry", *, max_bytes: int | None = None) -> Document:
    """Read the file of a manifest entry with its hints; a bad row raises its InputError."""
    from .manifest import read_entry as read

    return read(entry, max_bytes=max_bytes)


def __getattr__(name: str):
    if name == "ManifestEntry":
        from .manifest import ManifestEntry

        return ManifestEntry
    raise AttributeError(name)


def sample_corpus() -> Path:
    """The directory of the bundled sample corpus (five real documents)."""
    return Path(str(importlib.resources.files("kg_builder") / "data" / "corpus" / "seeds"))
