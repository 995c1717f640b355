"""Plain-text documents in the encodings Chinese government sites use.

UTF-8 (with or without BOM), GB18030/GBK/GB2312, Big5 and UTF-16 (LE or BE, with
or without BOM) are told apart by :func:`kg_builder.readers.encoding.decode`.
"""

from __future__ import annotations

from pathlib import Path

from ..model import Document
from . import register
from .encoding import decode

__all__ = ["read_text", "decode"]


@register(".txt", ".text")
def read_text(path: Path) -> Document:
    """Read a text file; the document id is the file's stem."""
    text, encoding = decode(path.read_bytes(), str(path))
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Document(id=path.stem, text=text, path=str(path), metadata=(("encoding", encoding),))
