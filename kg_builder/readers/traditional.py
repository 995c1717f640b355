"""Traditional characters (mirror sites, Taiwan and Hong Kong copies) to simplified, one for one.

Extraction matches simplified names and titles, so a traditional text is matched
in simplified form; provenance must still quote the characters as written. The
conversion therefore maps each character to exactly one character — OpenCC's
``t2s`` applied to single characters, never its phrase table, which may change
a text's length — so that every span means the same in both texts.

The map is built once from OpenCC by converting every CJK character on its own
line (lines keep OpenCC's phrase matching from joining characters), which takes
about 0.1 s, then applied with :meth:`str.translate`.

Example:
    >>> to_simplified("法治政府建設實施綱要")
    '法治政府建设实施纲要'
    >>> is_traditional("關於2019年度法治政府建設情況的報告"), is_traditional("关于2019年度法治政府建设情况的报告")
    (True, False)
"""

from __future__ import annotations

import functools
import re

from .charclass import char_class, count

__all__ = ["to_simplified", "is_traditional", "traditional_ratio", "MIN_TRADITIONAL_RATIO"]

#: Share of Hanzi that only traditional text has, above which a text is traditional.
#: Simplified government text scores below 0.01 (a stray 著 or 乾); traditional
#: text scores 0.32 to 0.37 (the five sample documents converted with OpenCC s2t).
MIN_TRADITIONAL_RATIO = 0.05

#: Fewest traditional-only characters that make a text traditional (short texts).
MIN_TRADITIONAL_CHARS = 2

_CJK_RANGES = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF))

# Characters that t2s changes on their own but that simplified text uses as
# written (著作, 乾隆, 瞭望 ...): they do not count as evidence of traditional text.
_ALSO_SIMPLIFIED = frozenset("著乾瞭覆藉於祗蘋")


@functools.cache
def _table() -> dict[int, str]:
    """Traditional code point -> the single simplified character OpenCC gives it."""
    import opencc

    converter = opencc.OpenCC("t2s")
    chars = [chr(c) for low, high in _CJK_RANGES for c in range(low, high + 1)]
    converted = converter.convert("\n".join(chars)).split("\n")
    if len(converted) != len(chars):  # pragma: no cover - OpenCC never joins lines
        raise RuntimeError("OpenCC t2s changed the number of lines")
    return {ord(t): s for t, s in zip(chars, converted) if t != s and len(s) == 1}


# Runs of anything but Hanzi; what is left when they are removed is the Hanzi.
_ABOVE_BMP = re.compile("[\U00010000-\U0010ffff]")
_NOT_HANZI = re.compile("[^\u3400-\u9fff\uf900-\ufaff\U00020000-\U0010ffff]+")


@functools.cache
def _traditional_only() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """One traditional-only Hanzi (not one simplified text uses as written): in the BMP, and above.

    Two classes, because ``re`` tests a class of BMP characters with a bitmap
    but one reaching past U+FFFF with a list of ranges, 100 times slower: that
    one runs only on the rare text that has such characters at all.
    """
    codes = [code for code in _table() if chr(code) not in _ALSO_SIMPLIFIED]
    return char_class(c for c in codes if c <= 0xFFFF), char_class(c for c in codes if c > 0xFFFF)


_SAMPLE = 100_000


def traditional_ratio(text: str, sample: int = _SAMPLE) -> tuple[float, int]:
    """The share of Hanzi (in the first ``sample`` characters) that are traditional-only, and their count."""
    head = text[:sample]
    hanzi = len(_NOT_HANZI.sub("", head))
    if not hanzi:
        return 0.0, 0
    traditional = _traditional_count(head)
    return traditional / hanzi, traditional


def _traditional_count(head: str) -> int:
    """How many traditional-only Hanzi ``head`` holds."""
    in_bmp, above = _traditional_only()
    return count(in_bmp, head) + (count(above, head) if _ABOVE_BMP.search(head) else 0)


def is_traditional(text: str) -> bool:
    """Whether a text is written in traditional characters (measured, see :data:`MIN_TRADITIONAL_RATIO`)."""
    if _traditional_count(text[:_SAMPLE]) < MIN_TRADITIONAL_CHARS:
        return False  # most texts: their Hanzi need no counting (the slower half of the measure)
    ratio, count = traditional_ratio(text)
    return ratio >= MIN_TRADITIONAL_RATIO and count >= MIN_TRADITIONAL_CHARS


def to_simplified(text: str) -> str:
    """The text with every traditional character replaced by its simplified one; same length."""
    return text.translate(_table())
