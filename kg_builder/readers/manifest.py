"""Manifests: a CSV that records where each document of a corpus came from.

An analyst who saves pages from government sites keeps a list of them::

    path,url,jurisdiction,year,title
    henan/macun_2023.html,https://www.macun.gov.cn/2024/0105/1.html,马村区,2023,
    jilin/dongliao_2019.pdf,https://www.dongliao.gov.cn/zwgk/2020/03/05.html,东辽县,2019,

``path`` is required (relative to the manifest's folder, the corpus root);
``url`` and the hints ``jurisdiction``, ``year``, ``title`` are optional, and
Chinese headers (路径, 网址/链接, 地区, 年份/年度, 标题) work too. The file may be
UTF-8 (with the BOM Excel writes) or GBK (Excel's "CSV" on Chinese Windows).

A row that names a file outside the corpus root (``../../etc/passwd``, an
absolute path, a symbolic link that leads out), names a file twice, or has a
bad year or URL becomes an entry with an ``error``: reading it raises an
:class:`~kg_builder.errors.InputError` for that row alone, so one bad row
costs nothing else.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..model import Document
from .encoding import decode

__all__ = ["ManifestEntry", "read_manifest", "read_entry", "COLUMNS"]

#: Column names, with the Chinese headers analysts write, mapped to our keys.
COLUMNS = {
    "path": "path", "file": "path", "路径": "path", "文件": "path",
    "url": "url", "source": "url", "网址": "url", "链接": "url", "来源": "url",
    "jurisdiction": "jurisdiction", "地区": "jurisdiction", "行政区": "jurisdiction",
    "year": "year", "年份": "year", "年度": "year",
    "title": "title", "标题": "title",
}


@dataclass(frozen=True)
class ManifestEntry:
    """One row of a manifest: the file, where it came from, and hints for extraction.

    ``path`` is the file inside the corpus root (None when the row is bad),
    ``listed`` the path as the row wrote it, ``line`` the row's line in the CSV,
    ``error`` why the row cannot be read (None for a good row).
    """

    listed: str
    line: int
    path: Path | None = None
    url: str | None = None
    jurisdiction: str | None = None
    year: str | None = None
    title: str | None = None
    error: str | None = None

    def hints(self) -> dict[str, str]:
        """The row's hints for :func:`~kg_builder.readers.read_document`."""
        values = {"url": self.url, "jurisdiction": self.jurisdiction, "year": self.year, "title": self.title}
        return {key: value for key, value in values.items() if value}


def _inside(root: Path, listed: str) -> tuple[Path | None, str | None]:
    """The listed file under ``root``, or why it is not allowed."""
    if not listed:
        return None, "empty path"
    if "\x00" in listed:
        return None, "path contains a NUL character"
    candidate = Path(listed)
    if candidate.is_absolute() or listed.startswith(("/", "\\")) or (len(listed) > 1 and listed[1] == ":"):
        return None, f"absolute path {listed!r}: paths must be relative to the manifest's folder"
    try:
        resolved = (root / candidate).resolve()
    except (OSError, RuntimeError) as error:
        return None, f"cannot resolve path {listed!r}: {error}"
    if resolved != root and root not in resolved.parents:
        how = "through a symbolic link " if ".." not in candidate.parts else ""
        return None, f"path {listed!r} leads {how}outside the corpus root"
    return root / candidate, None


def _year(value: str) -> tuple[str | None, str | None]:
    value = value.strip().rstrip("年")
    if not value:
        return None, None
    if value.isdigit() and 1949 <= int(value) <= 2100:
        return str(int(value)), None
    return None, f"year {value!r} is not a year between 1949 and 2100"


def read_manifest(path: Path, root: Path | None = None) -> list[ManifestEntry]:
    """Read a manifest CSV into entries, one per row, in order.

    Args:
        path: the CSV file.
        root: the corpus root that listed paths are relative to and may not
            leave (default: the manifest's folder).

    Raises:
        InputError: the manifest itself is missing, not text, or has no ``path`` column.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(str(path), f"cannot read manifest: {error.strerror or error}") from None
    text, _ = decode(data, str(path))
    root = (Path(root) if root is not None else path.parent).resolve()
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        raise InputError(str(path), "empty manifest") from None
    except csv.Error as error:
        raise InputError(str(path), f"not a CSV manifest: {error}") from None
    keys = [COLUMNS.get(name.strip().lower()) for name in header]
    if "path" not in keys:
        raise InputError(str(path), f"manifest has no 'path' column (columns: {', '.join(header) or 'none'})")
    entries: list[ManifestEntry] = []
    first_line: dict[Path, int] = {}
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            values = {key: cell.strip() for key, cell in zip(keys, row) if key}
            listed = values.get("path", "")
            file, error = _inside(root, listed)
            year, year_error = _year(values.get("year", ""))
            url = values.get("url") or None
            if error is None and year_error:
                error = year_error
            if error is None and url and not url.lower().startswith(("http://", "https://")):
                error = f"url {url!r} is not an http(s) address"
            if error is None and file is not None:
                key = file.resolve()
                if key in first_line:
                    error = f"listed twice (first on line {first_line[key]})"
                else:
                    first_line[key] = line
            entries.append(ManifestEntry(
                listed=listed, line=line, path=None if error else file, url=url,
                jurisdiction=values.get("jurisdiction") or None, year=year, title=values.get("title") or None,
                error=error,
            ))
    except csv.Error as error:
        raise InputError(str(path), f"malformed CSV on line {reader.line_num}: {error}") from None
    return entries


def read_entry(entry: ManifestEntry, *, max_bytes: int | None = None) -> Document:
    """Read a manifest entry's file with its hints.

    Raises:
        InputError: the row is bad (naming the listed path and the row's line),
            or the file cannot be read.
    """
    from . import read_document

    if entry.error or entry.path is None:
        raise InputError(entry.listed or f"(line {entry.line})", f"manifest line {entry.line}: {entry.error}")
    return read_document(entry.path, entry.hints(), max_bytes=max_bytes)
