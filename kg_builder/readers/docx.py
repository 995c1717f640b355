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
from . import register
from .package import check_package

__all__ = ["read_docx", "docx_text"]


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
    check_package(path, ".docx", "a .docx", "word/document.xml",
                  ole="an old Word .doc (OLE) named .docx; rename it to .doc")
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
