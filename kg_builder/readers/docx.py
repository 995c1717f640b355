"""Word .docx files (python-docx): paragraphs and tables in the order they stand.

A table becomes one line per row, its cells separated by tabs (a merged cell is
written once). The document's core properties give ``title`` and ``date`` when
they are set. A file that is not a zip (an old .doc renamed, a text file) or
whose zip would inflate beyond the input size limit is reported, not read.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import InputError
from ..model import Document
from . import max_input_bytes, register
from .encoding import binary_kind

__all__ = ["read_docx", "docx_text"]


def _check_archive(path: Path) -> None:
    if not zipfile.is_zipfile(path):
        with path.open("rb") as handle:
            head = handle.read(1024)
        kind = binary_kind(head)
        if kind and "OLE" in kind:
            raise InputError(str(path), "an old Word .doc (OLE) named .docx; rename it to .doc")
        if head.startswith(b"PK"):
            # It starts like a zip (as a .docx does) but its directory is gone.
            raise InputError(str(path), "damaged .docx (truncated or corrupt zip archive)")
        what = kind or ("text" if head.strip() and b"\x00" not in head else "something else")
        raise InputError(str(path), f"not a .docx (not a zip archive; the file is {what})")
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            inflated = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise InputError(str(path), f"damaged .docx (bad zip: {error})") from None
    if "word/document.xml" not in names:
        raise InputError(str(path), "not a .docx (a zip without word/document.xml)")
    limit = max_input_bytes()
    if inflated > 4 * limit:
        raise InputError(str(path), f"the .docx inflates to {inflated / 1e6:.0f} MB, over 4x the "
                                    f"{limit / 1e6:.0f} MB input limit (zip bomb?)")


def _row_text(row) -> str:
    cells: list[str] = []
    seen: set[int] = set()
    for cell in row.cells:
        key = id(cell._tc)
        if key in seen:  # a merged cell appears once per grid column it spans
            continue
        seen.add(key)
        cells.append(" ".join(p.text.strip() for p in cell.paragraphs if p.text.strip()))
    return "\t".join(cells).rstrip()


def docx_text(document) -> str:
    """Paragraphs and table rows of a python-docx document, in document order."""
    from docx.table import Table

    lines: list[str] = []
    for block in document.iter_inner_content():
        if isinstance(block, Table):
            lines.extend(_row_text(row) for row in block.rows)
        else:
            lines.append(block.text)
    return "\n".join(line.rstrip() for line in lines)


@register(".docx")
def read_docx(path: Path) -> Document:
    """Read a Word .docx file; the document id is the file's stem."""
    _check_archive(path)
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
        text = docx_text(document)
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise InputError(str(path), f"damaged .docx: {type(error).__name__}: {error}".splitlines()[0][:200]) from None
    except Exception as error:  # lxml.etree.XMLSyntaxError and kin: a broken document.xml
        if type(error).__module__.startswith("lxml"):
            raise InputError(str(path), f"damaged .docx (bad XML: {error})".splitlines()[0][:200]) from None
        raise
    metadata: dict[str, str] = {}
    properties = document.core_properties
    if properties.title and properties.title.strip():
        metadata["title"] = re.sub(r"\s+", " ", properties.title).strip()
    when = properties.created or properties.modified
    if when is not None:
        metadata["date"] = when.date().isoformat()
    return Document(id=path.stem, text=text, path=str(path), metadata=tuple(sorted(metadata.items())))
