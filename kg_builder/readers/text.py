"""Plain-text documents in the encodings Chinese government sites use."""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import InputError
from ..model import Document
from . import register

__all__ = ["read_text", "decode"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str) -> str:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030."""
    if not data.strip():
        raise InputError(path, "empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(path, f"invalid {encoding} at byte {error.start}") from None
    if b"\x00" in data[:4096]:
        raise InputError(path, "binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030")
    except UnicodeDecodeError as error:
        raise InputError(path, f"not UTF-8 or GB18030 text (bad byte at {error.start})") from None


@register(".txt", ".text")
def read_text(path: Path) -> Document:
    """Read a text file; the document id is the file's stem."""
    text = decode(path.read_bytes(), str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(id=path.stem, text=text, path=str(path))
