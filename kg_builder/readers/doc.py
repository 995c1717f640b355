"""Old Word .doc files (Word 97–2003, OLE compound files via olefile): the main text, tables by row.

Many government sites still publish their reports and plans as .doc. The text
is read from the file's piece table (MS-DOC: the ``Clx`` the FIB points to),
main document only (no headers, footers or notes), as Word stores it: UTF-16 or
8-bit pieces. Paragraph ends become line breaks. A table becomes one line per
row, its cells separated by tabs, as the .docx reader writes them. Of a field
(a page number, a hyperlink) only its shown result is kept. The summary
information gives ``title`` and ``date`` when they are set, decoded by the code
page the file records (GBK and UTF-8 titles are common).

A Kingsoft WPS Writer ``.wps`` is the same Word binary format with Kingsoft's
own additions, which are ignored (as LibreOffice does), so it is read the same
way; a Microsoft Works ``.wps`` has no Word stream and is reported.

A file that is not an OLE compound file, an encrypted one, or one whose Word
stream is cut short is reported, not read.
"""

from __future__ import annotations

import re
import struct
from pathlib import Path

from ..errors import InputError
from ..model import Document
from . import register
from .encoding import binary_kind

__all__ = ["doc_text", "read_doc"]

_WORD_MAGIC = 0xA5EC
_FIELD = re.compile("\x13[^\x13\x14\x15]*(?:\x14([^\x13\x14\x15]*))?\x15")
# Characters Word keeps for layout or objects: drawn objects, footnote marks, soft hyphens.
_DROPPED = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x08\x1f"), None)
_MAPPED = {ord("\r"): "\n", ord("\x0b"): "\n", ord("\x0c"): "\n", ord("\x1e"): "-", ord("\xa0"): " "}


def _u16(data: bytes, at: int) -> int:
    return struct.unpack_from("<H", data, at)[0]


def _u32(data: bytes, at: int) -> int:
    return struct.unpack_from("<I", data, at)[0]


def doc_text(word: bytes, table: bytes) -> str:
    """The main text of a Word 97–2003 document from its WordDocument and table streams.

    Raises:
        ValueError: the streams do not hold a readable piece table.
    """
    # FIB: FibBase (32 bytes), then csw and FibRgW97, cslw and FibRgLw97 (ccpText is its
    # fourth value), cbRgFcLcb and FibRgFcLcb97, whose 34th pair is fcClx/lcbClx.
    csw = _u16(word, 32)
    at = 34 + 2 * csw
    cslw = _u16(word, at)
    longs = at + 2
    main_length = struct.unpack_from("<i", word, longs + 3 * 4)[0]
    at = longs + 4 * cslw
    if _u16(word, at) < 34:
        raise ValueError("the file information block has no piece table entry")
    fc_clx, lcb_clx = struct.unpack_from("<II", word, at + 2 + 33 * 8)
    clx = table[fc_clx : fc_clx + lcb_clx]
    if len(clx) != lcb_clx or not clx:
        raise ValueError("the piece table lies outside the table stream")
    at = 0
    while at < len(clx) and clx[at] == 0x01:  # Prc: property modifiers, skipped
        at += 3 + _u16(clx, at + 1)
    if at + 5 > len(clx) or clx[at] != 0x02:
        raise ValueError("no piece table in the Clx")
    size = _u32(clx, at + 1)
    plc = clx[at + 5 : at + 5 + size]
    count = (len(plc) - 4) // 12
    if count < 1 or len(plc) != 4 + 12 * count:
        raise ValueError("a piece table of the wrong size")
    cps = struct.unpack_from(f"<{count + 1}I", plc, 0)
    pieces: list[str] = []
    for index in range(count):
        start, end = cps[index], min(cps[index + 1], main_length)
        if end <= start:
            continue
        encoded = _u32(plc, 4 * (count + 1) + 8 * index + 2)
        offset = encoded & 0x3FFFFFFF
        if encoded & 0x40000000:  # 8-bit text (Windows-1252), at half the offset
            raw = word[offset // 2 : offset // 2 + (end - start)]
            pieces.append(raw.decode("cp1252", errors="replace"))
        else:
            raw = word[offset : offset + 2 * (end - start)]
            pieces.append(raw.decode("utf-16-le", errors="replace"))
        if len(raw) < (end - start):
            raise ValueError("a piece runs past the end of the Word stream")
    return _plain("".join(pieces))


def _plain(text: str) -> str:
    """Word's control characters as text: fields as their results, table cells and rows as tabs and lines."""
    previous = None
    while previous != text:  # nested fields, innermost first
        previous, text = text, _FIELD.sub(lambda m: m.group(1) or "", text)
    text = text.replace("\x13", "").replace("\x14", "").replace("\x15", "")
    # A cell ends with \x07, a row with one more: "A\x07B\x07\x07" is the row A, B.
    text = text.replace("\x07\x07", "\n").replace("\x07", "\t")
    text = text.translate(_DROPPED).translate(_MAPPED)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


def _metadata(ole) -> dict[str, str]:
    try:
        meta = ole.get_metadata()
    except Exception:  # noqa: BLE001 - a broken summary stream must not cost the text
        return {}
    found: dict[str, str] = {}
    codepage = (meta.codepage or 1252) & 0xFFFF
    title = meta.title
    if isinstance(title, bytes):
        encoding = {65001: "utf-8", 936: "gbk", 950: "big5", 54936: "gb18030"}.get(codepage, f"cp{codepage}")
        try:
            title = title.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            title = None
    if title and title.strip("\x00 \t\r\n"):
        found["title"] = re.sub(r"\s+", " ", title.strip("\x00")).strip()
    when = meta.create_time or meta.last_saved_time
    if when is not None and getattr(when, "year", 0) > 1980:
        found["date"] = when.date().isoformat()
    return found


@register(".doc", ".wps")
def read_doc(path: Path) -> Document:
    """Read an old Word .doc file (or a Kingsoft WPS Writer .wps, built on it); the document id is the file's stem."""
    import olefile

    with path.open("rb") as handle:
        head = handle.read(1024)
    if not head.startswith(olefile.MAGIC):
        kind = binary_kind(head)
        if head.startswith(b"PK"):
            raise InputError(str(path), f"a .docx (zip) named {path.suffix}; rename it to .docx")
        what = kind or ("text" if head.strip() and b"\x00" not in head else "something else")
        if "rtf" in head[:6].decode("latin-1").lower():
            what = "RTF"
        raise InputError(str(path), f"not a Word {path.suffix} (not an OLE compound file; the file is {what})")
    try:
        with olefile.OleFileIO(str(path)) as ole:
            if ole.exists("EncryptedPackage"):
                raise InputError(str(path), "encrypted .doc (a password is needed to read it)")
            if not ole.exists("WordDocument"):
                if path.suffix.lower() == ".wps":
                    raise InputError(str(path), "a Microsoft Works .wps (no Word stream; only Kingsoft WPS "
                                                "Writer files are read): save it as .docx")
                raise InputError(str(path), "not a Word .doc (an Office file without a Word stream: "
                                            "an Excel or PowerPoint file?)")
            word = ole.openstream("WordDocument").read()
            if len(word) < 0x200 or _u16(word, 0) != _WORD_MAGIC:
                raise InputError(str(path), f"damaged {path.suffix} (its Word stream has no valid header)")
            flags = _u16(word, 0x0A)
            if flags & 0x0100:
                raise InputError(str(path), "encrypted .doc (a password is needed to read it)")
            table_name = "1Table" if flags & 0x0200 else "0Table"
            if not ole.exists(table_name):
                raise InputError(str(path), f"damaged {path.suffix} (its {table_name} stream is missing)")
            table = ole.openstream(table_name).read()
            text = doc_text(word, table)
            metadata = _metadata(ole)
    except InputError:
        raise
    except (OSError, ValueError, struct.error, IndexError, KeyError) as error:
        raise InputError(str(path), f"damaged {path.suffix}: {type(error).__name__}: {error}".splitlines()[0][:200]) from None
    if not text.strip():
        raise InputError(str(path), "no text (an empty Word document)")
    return Document(id=path.stem, text=text, path=str(path), metadata=tuple(sorted(metadata.items())))
