"""Excel .xlsx workbooks (openpyxl): task tables, one line per row, cells separated by tabs.

Plans are often published with their tasks in a spreadsheet (任务分工表: 序号,
工作任务, 牵头单位, 责任单位, 完成时限). Each sheet is read row by row as the
.docx reader writes a table: a row is one line of tab-separated cells (a merged
cell written once, in its first cell), empty rows and trailing empty cells left
out, sheets one after another. Formulas give their saved values. The
workbook's title and creation date, when set, land in ``Document.metadata``.

A file that is not a zip, a zip that is not a workbook (a .docx renamed), an old
binary .xls renamed, or a zip that would inflate beyond four times the input
size limit is reported, not read.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ..errors import InputError
from ..model import Document
from . import register
from .package import check_package

__all__ = ["read_xlsx"]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return re.sub(r"\s+", " ", str(value)).strip()


@register(".xlsx")
def read_xlsx(path: Path) -> Document:
    """Read an Excel .xlsx workbook's sheets as lines; the document id is the file's stem."""
    check_package(path, ".xlsx", "an .xlsx", "xl/workbook.xml",
                  ole="an old Excel .xls (OLE) named .xlsx; save it as .xlsx", others={"word/document.xml": "a Word file"})
    import openpyxl

    lines: list[str] = []
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            for sheet in workbook.worksheets:
                for row in sheet.iter_rows(values_only=True):
                    cells = [_cell(value) for value in row]
                    while cells and not cells[-1]:
                        cells.pop()
                    if cells:
                        lines.append("\t".join(cells))
            properties = workbook.properties
        finally:
            workbook.close()
    except InputError:
        raise
    except (KeyError, ValueError, TypeError, zipfile.BadZipFile, OSError) as error:
        raise InputError(str(path), f"damaged .xlsx: {type(error).__name__}: {error}".splitlines()[0][:200]) from None
    except Exception as error:  # lxml / ElementTree parse errors: a broken sheet
        if "ParseError" in type(error).__name__ or type(error).__module__.startswith(("lxml", "xml")):
            raise InputError(str(path), f"damaged .xlsx (bad XML: {error})".splitlines()[0][:200]) from None
        raise
    if not lines:
        raise InputError(str(path), "no text (every sheet is empty)")
    metadata: dict[str, str] = {}
    if properties.title and properties.title.strip():
        metadata["title"] = re.sub(r"\s+", " ", properties.title).strip()
    if properties.created is not None:
        metadata["date"] = properties.created.date().isoformat()
    return Document(id=path.stem, text="\n".join(lines), path=str(path), metadata=tuple(sorted(metadata.items())))
