"""PDF files with a text layer (pypdf); a scanned PDF without one is a clear error.

The pages' texts are joined line to line, without their page numbers
and running heads, so that a sentence a page cut runs on (lines the page broke
are joined again by :mod:`.layout`). A PDF whose pages give no
text is reported as "no text layer (scanned PDF?)": reading it would need OCR,
which kg_builder does not do. The document's title and creation date, when the
file records them, land in ``Document.metadata``.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from ..context import reads_as_title
from ..errors import InputError
from ..model import Document
from ..normalize import FILE_SUFFIX
from . import register
from .encoding import binary_kind
from .layout import without_page_furniture, without_run_gaps

__all__ = ["read_pdf"]

_PDF_DATE = re.compile(r"^D?:?((?:19|20)\d{2})(\d{2})(\d{2})")
# What a PDF's recorded title carries that is not the document's: Word's export prefix (and a file's suffix,
# normalize.FILE_SUFFIX).
_WORD_EXPORT = re.compile(r"^Microsoft (?:Word|PowerPoint) - ")


def _metadata(reader) -> dict[str, str]:
    try:
        info = reader.metadata
    except Exception:  # noqa: BLE001 - a broken info dictionary must not cost the text
        return {}
    if not info:
        return {}
    found: dict[str, str] = {}
    title = _WORD_EXPORT.sub("", re.sub(r"\s+", " ", str(info.get("/Title") or "")).strip())
    # (the title a writer records is often its file name, 报告.docx or page.html, or a placeholder)
    title = FILE_SUFFIX.sub("", title)
    if title and reads_as_title(title):
        found["title"] = title
    created = info.get("/CreationDate")
    match = _PDF_DATE.match(str(created or ""))
    if match:
        found["date"] = "-".join(match.groups())
    return found


@register(".pdf")
def read_pdf(path: Path) -> Document:
    """Read the text layer of a PDF; the document id is the file's stem."""
    import pypdf
    from pypdf.errors import PdfReadError, PyPdfError

    with path.open("rb") as handle:
        head = handle.read(1024)
    if b"%PDF-" not in head:
        kind = binary_kind(head)
        what = kind or ("text" if head.strip() and b"\x00" not in head else "something else")
        raise InputError(str(path), f"not a PDF (no %PDF header; the file is {what}, wrong suffix?)")
    # pypdf reports recoverable damage through logging; keep it off the user's terminal.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    try:
        reader = pypdf.PdfReader(path)
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except (PyPdfError, NotImplementedError):
                pass
            if reader.is_encrypted and not _can_read(reader):
                raise InputError(str(path), "encrypted PDF (a password is needed to read it)")
        pages = []
        for page in reader.pages:
            pages.append((page.extract_text() or "").strip())
    except InputError:
        raise
    except (PdfReadError, PyPdfError, KeyError, ValueError, TypeError, AttributeError, IndexError,
            RecursionError, AssertionError, ZeroDivisionError) as error:
        raise InputError(str(path), f"damaged PDF: {type(error).__name__}: {error}".splitlines()[0][:200]) from None
    text = "\n".join(without_page_furniture([page for page in pages if page]))
    if not text.strip():
        raise InputError(str(path), f"no text layer (scanned PDF?): {len(pages)} page(s) without text; "
                                    "run OCR first")
    text = without_run_gaps(text.replace("\r\n", "\n").replace("\r", "\n"))
    return Document(id=path.stem, text=text, path=str(path),
                    metadata=tuple(sorted(_metadata(reader).items())))


def _can_read(reader) -> bool:
    try:
        return bool(reader.pages[0].extract_text())
    except Exception:  # noqa: BLE001 - any failure means: cannot read
        return False
