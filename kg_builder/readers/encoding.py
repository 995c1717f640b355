"""Bytes to text: the encodings Chinese government sites use, and what is not text at all.

Detection order: a byte-order mark; a known binary format (by magic number);
strict UTF-8 (most files today); then the candidates a Chinese page can be in —
GB18030 (which covers GBK and GB2312), Big5 (as cp950 and Big5-HKSCS) and
UTF-16 without a BOM — plus charset-normalizer's own guess. A candidate must
decode the whole file strictly, and the winner is the one whose text looks most
like Chinese: the share of its characters that are common Hanzi (GB2312 level 1
or Big5 常用字), ASCII or punctuation. Measuring that share rather than trusting
a detector alone keeps short texts (a 10-character title) right: GBK bytes read
as Big5 give rare characters, Big5 bytes read as GBK give kana and box drawings.

Example:
    >>> decode("法治政府建设".encode("gbk"), "a.txt")
    ('法治政府建设', 'gb18030')
    >>> decode("法治政府建設".encode("big5"), "b.txt")
    ('法治政府建設', 'cp950')
"""

from __future__ import annotations

import codecs
import functools
import re
from pathlib import Path

from ..errors import InputError
from .charclass import char_class, count

__all__ = ["decode", "binary_kind", "plausibility", "canonical_encoding"]

#: Candidates tried, in order of preference when they score the same.
CANDIDATES = ("gb18030", "cp950", "big5hkscs")

#: Share of plausible characters below which a decoding is not believed.
MIN_PLAUSIBILITY = 0.75

#: Plausibility above which valid UTF-8 is taken without trying other encodings.
UTF8_PLAUSIBILITY = 0.95

#: The same for texts under 64 bytes, where one odd character weighs a lot.
MIN_PLAUSIBILITY_SHORT = 0.5

#: Bytes each candidate encoding is tried on before the winner decodes the whole file.
_HEAD_BYTES = 65536

#: Characters scored per candidate: enough to decide, cheap on a 50 MB file.
_SAMPLE_CHARS = 20_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# (magic prefix, what it is). Checked before any decoding, so that a PNG renamed
# .txt is called a PNG image rather than "not GB18030".
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a zip archive (or .docx/.xlsx)"),
    (b"PK\x05\x06", "an empty zip archive"),
    (b"\x7fELF", "an ELF executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office file (.doc/.xls/.wps, OLE)"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"{\\rtf", "an RTF document"),
)

# C0 controls other than tab, line feed, vertical tab, form feed, carriage return; DEL; C1.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

_ENCODING_ALIASES = {
    # Sites declare gb2312 or gbk and then use characters only GBK/GB18030 have.
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "cp936": "gb18030",
    "euc_cn": "gb18030", "hz": "hz",
    # Big5 as written on Windows (cp950) is a superset of plain Big5.
    "big5": "cp950", "cp950": "cp950", "big5hkscs": "big5hkscs",
    "utf_8": "utf-8", "utf_8_sig": "utf-8-sig", "utf_16": "utf-16",
    "utf_16_le": "utf-16-le", "utf_16_be": "utf-16-be",
}


def canonical_encoding(label: str) -> str | None:
    """The codec to use for an encoding label found in a page, or None if unknown.

    >>> canonical_encoding("GB2312"), canonical_encoding("big5"), canonical_encoding("x-nope")
    ('gb18030', 'cp950', None)
    """
    try:
        name = codecs.lookup(label.strip().strip("'\"")).name
    except (LookupError, ValueError):
        return None
    return _ENCODING_ALIASES.get(name.replace("-", "_"), name)


def binary_kind(data: bytes) -> str | None:
    """What a binary file is, by its magic number, or None when it may be text."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data.startswith(b"MZ") and b"This program cannot be run in DOS mode" in data[:1024]:
        return "a Windows executable"
    return None


@functools.cache
def _common_hanzi() -> frozenset[str]:
    """GB2312 level-1 Hanzi (the 3,755 most used) and Big5 常用字 (5,401)."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):
        for trail in (*range(0x40, 0x7F), *range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


# Besides the common Hanzi: printable ASCII and whitespace, CJK punctuation, general
# punctuation, full-width forms, enclosed numbers, and a few marks (·×—…).
_PLAUSIBLE_RANGES = ((0x20, 0x7E), (0x3000, 0x303F), (0x2000, 0x206F), (0xFF01, 0xFF5E), (0x2460, 0x24FF))
_PLAUSIBLE_MARKS = "\t\n\r\f\v\u3000\u00a0\u00b7\u00d7\u2014\u2026"


@functools.cache
def _implausible() -> re.Pattern[str]:
    """One character a Chinese government text is not expected to hold."""
    codes = {ord(ch) for ch in _common_hanzi()} | {ord(ch) for ch in _PLAUSIBLE_MARKS}
    for low, high in _PLAUSIBLE_RANGES:
        codes.update(range(low, high + 1))
    return char_class(codes, negate=True)


def plausibility(text: str) -> float:
    """The share of characters a Chinese government text plausibly holds (0 to 1).

    Scores a sample from the start and the middle of long texts.

    >>> plausibility("法治政府建设"), plausibility("ｵｵｵ〓") < 0.5
    (1.0, True)
    """
    if len(text) > _SAMPLE_CHARS:
        half = _SAMPLE_CHARS // 2
        middle = len(text) // 2
        text = text[:half] + text[middle : middle + half]
    if not text:
        return 0.0
    return (len(text) - count(_implausible(), text)) / len(text)


@functools.cache
def _hanzi_log_frequency() -> dict[str, float]:
    """log(1 + frequency) of each Hanzi, summed over the words of jieba's dictionary."""
    import importlib.util
    import math

    spec = importlib.util.find_spec("jieba")  # the file only: importing jieba is slow and noisy
    counts: dict[str, int] = {}
    if spec is not None and spec.origin is not None:
        dictionary = Path(spec.origin).parent / "dict.txt"
        with dictionary.open(encoding="utf-8") as handle:
            for line in handle:
                parts = line.split(" ", 2)
                if len(parts) >= 2 and parts[1].isdigit():
                    for ch in parts[0]:
                        counts[ch] = counts.get(ch, 0) + int(parts[1])
    return {ch: math.log1p(n) for ch, n in counts.items()}


def _frequency(text: str) -> float:
    """Mean log frequency of a text's Hanzi (read in simplified form): high for real text."""
    from .traditional import to_simplified

    table = _hanzi_log_frequency()
    hanzi = [ch for ch in to_simplified(text[:_SAMPLE_CHARS]) if "\u3400" <= ch <= "\u9fff"]
    if not hanzi:
        return 0.0
    return sum(table.get(ch, 0.0) for ch in hanzi) / len(hanzi)


def _is_binary(text: str) -> bool:
    sample = text[:_SAMPLE_CHARS]
    controls = len(_CONTROL.findall(sample))
    # Random bytes decode to over 10% controls; text with stray escapes stays far below 5%.
    return controls > len(sample) // 20


def _damage(data: bytes, encoding: str, error: UnicodeDecodeError) -> str:
    """One line saying where and how a file is broken in the encoding it is mostly in."""
    reason = str(error.reason)
    at_end = error.start >= len(data) - 3
    if at_end and ("end of data" in reason or "incomplete" in reason):
        return (f"truncated {encoding}: the file ends inside a multi-byte character "
                f"(byte {error.start} of {len(data)}; file cut short?)")
    return f"invalid {encoding} at byte {error.start} ({error.reason}); the file is damaged"


def _mostly_utf8(data: bytes) -> bool:
    """Whether bytes that fail strict UTF-8 are UTF-8 with a little damage."""
    sample = data[: 4 * _SAMPLE_CHARS]
    text = sample.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    non_ascii = sum(1 for ch in text if ord(ch) > 0x7F) - bad
    return non_ascii > 0 and bad * 50 <= non_ascii


def _cut_utf8(data: bytes, error: UnicodeDecodeError) -> bool:
    """Whether the bytes are valid UTF-8 Chinese text up to a character cut at the very end."""
    if error.start < len(data) - 3 or "end of data" not in str(error.reason):
        return False
    head = data[: error.start].decode("utf-8", errors="replace")
    return "\ufffd" not in head and plausibility(head) >= UTF8_PLAUSIBILITY and any(ord(ch) > 0x7F for ch in head)


def _detector_guess(data: bytes) -> str | None:
    """charset-normalizer's best guess for the first 64 KB, as a codec name."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - declared dependency
        return None
    best = from_bytes(data[:65536]).best()
    if best is None:
        return None
    return canonical_encoding(best.encoding)


def decode(data: bytes, path: str, declared: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes; return the text and the encoding it was in.

    Args:
        data: the file's bytes.
        path: the file, for error messages.
        declared: an encoding the file declares (an HTML ``<meta charset>``); tried
            first, but not believed when it fails or gives implausible text.

    Raises:
        InputError: empty, binary, damaged or in no encoding we can tell.
    """
    if not data:
        raise InputError(path, "empty file (0 bytes)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(path, _damage(data, encoding.upper().replace("-SIG", ""), error)) from None
            return _checked(text, path), encoding
    kind = binary_kind(data)
    if kind:
        raise InputError(path, f"binary file: {kind}, not text")
    if declared:
        codec = canonical_encoding(declared)
        if codec:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                pass
            else:
                if plausibility(text) >= MIN_PLAUSIBILITY:
                    return _checked(text, path), codec
    utf8_error: UnicodeDecodeError | None = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    else:
        # Valid UTF-8 is taken at once unless it reads as odd characters (GBK bytes can be valid UTF-8).
        if data.count(b"\x00") * 100 <= len(data) and plausibility(text) >= UTF8_PLAUSIBILITY:
            return _checked(text, path), "utf-8"
    if utf8_error is not None and b"\x00" not in data and (_mostly_utf8(data) or _cut_utf8(data, utf8_error)):
        raise InputError(path, _damage(data, "UTF-8", utf8_error))
    candidates = list(CANDIDATES)
    if b"\x00" in data:
        candidates = ["utf-16-le", "utf-16-be", *candidates]
    elif len(data) % 2 == 0:  # UTF-16 of Hanzi alone has no NUL byte
        candidates += ["utf-16-le", "utf-16-be"]
    if utf8_error is None:
        candidates.insert(0, "utf-8")
    guess = _detector_guess(data)
    if guess and guess not in candidates:
        candidates.append(guess)
    # Candidates are scored on the first 64 KB (an incremental decoder tolerates a
    # character cut at the end of the sample); only the winner decodes the whole file.
    head = data[:_HEAD_BYTES]
    decoded: list[tuple[float, str, str]] = []
    failures: list[tuple[float, str, UnicodeDecodeError]] = []
    for codec in candidates:
        try:
            text = codecs.getincrementaldecoder(codec)("strict").decode(head, final=len(head) == len(data))
        except UnicodeDecodeError as error:
            failures.append((plausibility(data.decode(codec, errors="replace")), codec, error))
            continue
        if not _is_binary(text):
            decoded.append((plausibility(text), codec, text))
    if decoded:
        best = max(score for score, _, _ in decoded)
        threshold = MIN_PLAUSIBILITY if len(data) >= 64 else MIN_PLAUSIBILITY_SHORT
        if best >= threshold:
            # Several decodings look like Chinese (short texts): the one made of
            # the most frequent characters wins; the candidates' order breaks ties.
            close = [(codec, text) for score, codec, text in decoded if score >= best - 0.1]
            if len(close) == 1:
                codec, text = close[0]
            else:
                codec, text = max(close, key=lambda ct: (_frequency(ct[1]), -candidates.index(ct[0])))
            try:
                return _checked(data.decode(codec), path), codec
            except UnicodeDecodeError as error:
                raise InputError(path, _damage(data, codec.upper(), error)) from None
    if b"\x00" in data:
        raise InputError(path, "binary file (NUL bytes), not text")
    if failures:
        score, codec, error = max(failures, key=lambda f: f[0])
        if score >= MIN_PLAUSIBILITY:
            raise InputError(path, _damage(data, codec.upper(), error))
    where = f" (invalid UTF-8 at byte {utf8_error.start})" if utf8_error else ""
    raise InputError(path, f"not text in any encoding we read (UTF-8, GB18030/GBK, Big5, UTF-16): binary or damaged{where}")


def _checked(text: str, path: str) -> str:
    if _is_binary(text):
        raise InputError(path, "binary file (control characters), not text")
    return text
