"""What every extractor needs to know about a document: its title, jurisdiction, year.

:func:`context_of` reads these once per document (and caches them for the few
documents in flight), so that the agency extractor can write 区司法局 as
中站区司法局 and the citation extractor can resolve 省委、省政府 to 河南.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

import ahocorasick

from . import divisions
from .divisions import Division, Resolution
from .model import LEVEL_RANK, Document

__all__ = ["DocumentContext", "context_of", "division_matcher", "find_divisions"]

# Division names that are also ordinary words in these documents.
_COMMON_WORDS = frozenset({"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区", "新区", "市中区"})
_TITLE_WORDS = re.compile(r"(报告|要点|方案|意见|纲要|通知|函|计划|规划|安排|决定|办法|讲话|总结)")
_YEAR_IN_TITLE = re.compile(r"((?:19|20)\d{2})\s*年")
_YEAR_DEGREE = re.compile(r"((?:19|20)\d{2})\s*年度")
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")


@dataclass(frozen=True, slots=True)
class DocumentContext:
    """The document-wide facts extractors share."""

    title: str | None
    title_span: tuple[int, int] | None
    jurisdiction: Resolution | None
    jurisdiction_span: tuple[int, int] | None
    year: int | None
    year_span: tuple[int, int] | None
    named_divisions: tuple[str, ...]

    @property
    def division(self) -> Division | None:
        """The author jurisdiction's division when it resolved to one."""
        return self.jurisdiction.division if self.jurisdiction else None

    @property
    def province(self) -> str | None:
        d = self.division
        return d.province if d else None


@functools.cache
def division_matcher() -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over every full division name."""
    automaton = ahocorasick.Automaton()
    for name in divisions.all_names():
        if name in _COMMON_WORDS:
            continue
        if len(name) < 3 and not name.endswith("县"):
            continue
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def find_divisions(text: str) -> list[tuple[int, int, str]]:
    """Every division name in ``text`` as (start, end, name), longest match first."""
    found: list[tuple[int, int, str]] = []
    for end, name in division_matcher().iter(text):
        start = end - len(name) + 1
        found.append((start, end + 1, name))
    found.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, name in found:
        if start >= last_end:
            kept.append((start, end, name))
            last_end = end
    return kept


def _find_title(doc: Document) -> tuple[str | None, tuple[int, int] | None]:
    given = doc.meta("title")
    if given:
        at = doc.text.find(given)
        return given, ((at, at + len(given)) if at >= 0 else None)
    offset = 0
    for number, line in enumerate(doc.text.splitlines(keepends=True)):
        if number > 60:
            break
        stripped = line.strip()
        if (
            6 <= len(stripped) <= 80
            and _TITLE_WORDS.search(stripped)
            and "《" not in stripped
            and not re.search(r"[。;；]", stripped)
            and not stripped.startswith(("——", "—", "附件"))
        ):
            start = offset + line.index(stripped)
            return stripped, (start, start + len(stripped))
        offset += len(line)
    return None, None


def _find_year(text: str, title: str | None, title_span) -> tuple[int | None, tuple[int, int] | None]:
    if title:
        match = _YEAR_IN_TITLE.search(title)
        if match:
            base = title_span[0] if title_span else 0
            return int(match.group(1)), (base + match.start(1), base + match.end(1))
    match = _YEAR_DEGREE.search(text)
    if match:
        return int(match.group(1)), match.span(1)
    counts = Counter(m.group(1) for m in _YEAR.finditer(text[:3000]))
    if counts:
        year = int(max(counts, key=lambda y: (counts[y], -int(y))))
        first = next(m for m in _YEAR.finditer(text) if int(m.group(1)) == year)
        return year, first.span(1)
    return None, None


def _pick_jurisdiction(doc: Document, title, title_span, year, found):
    named = tuple(dict.fromkeys(name for _, _, name in found))
    if title and title_span:
        in_title = [m for m in found if title_span[0] <= m[0] < title_span[1]]
        if in_title:
            best = max(in_title, key=lambda m: (LEVEL_RANK.get(_level_of(m[2], year, named), -1), -m[0]))
            return best, named
    counts = Counter(name for _, _, name in found)
    if not counts:
        return None, named
    name = max(counts, key=lambda n: (counts[n], LEVEL_RANK.get(_level_of(n, year, named), -1)))
    first = next(m for m in found if m[2] == name)
    return first, named


def _level_of(name: str, year, named) -> str | None:
    resolution = divisions.resolve(name, year, named)
    if resolution.division:
        return resolution.division.level
    if resolution.candidates:
        return resolution.candidates[0].level
    return None


@functools.lru_cache(maxsize=64)
def context_of(doc: Document) -> DocumentContext:
    """Read a document's title, author jurisdiction and year (cached per document)."""
    title, title_span = _find_title(doc)
    year, year_span = _find_year(doc.text, title, title_span)
    found = find_divisions(doc.text)
    chosen, named = _pick_jurisdiction(doc, title, title_span, year, found)
    resolution = None
    span = None
    if chosen:
        resolution = divisions.resolve(chosen[2], year, named)
        span = (chosen[0], chosen[1])
    return DocumentContext(
        title=title,
        title_span=title_span,
        jurisdiction=resolution,
        jurisdiction_span=span,
        year=year,
        year_span=year_span,
        named_divisions=named,
    )
