"""Regular-expression character classes built from sets of code points.

Counting the characters of a text that fall in a set is the hot loop of
reading a document (is it plausible Chinese? is it traditional?). A compiled
class scans in C, about 50 times faster than testing each character in Python.

Example:
    >>> char_class(range(0x4E00, 0x4E03)).pattern
    '[\\\\u4e00-\\\\u4e02]'
    >>> count(char_class(map(ord, "法治政")), "法治政府")
    3
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["char_class", "count"]


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def char_class(codes: Iterable[int], negate: bool = False) -> re.Pattern[str]:
    """A compiled ``[...]`` (or ``[^...]``) matching exactly these code points, runs as ranges."""
    parts: list[str] = []
    run: list[int] = []
    for code in sorted(set(codes)):
        if run and code == run[-1] + 1:
            run[-1] = code
            continue
        if run:
            parts.append(_run(*run))
        run = [code, code]
    if run:
        parts.append(_run(*run))
    if not parts:
        return re.compile("[^\\s\\S]" if not negate else "[\\s\\S]")
    return re.compile(("[^" if negate else "[") + "".join(parts) + "]")


def _run(low: int, high: int) -> str:
    if low == high:
        return _escape(low)
    return f"{_escape(low)}-{_escape(high)}"


def count(pattern: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` the one-character ``pattern`` matches."""
    return pattern.subn("", text)[1]
