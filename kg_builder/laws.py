"""National laws and regulations: official titles, short titles, kind, issuer, year.

The table is ``data/national_laws.tsv`` (1,427 rows from the national law database,
see ``data/national_laws.SOURCE.md``) plus ``data/national_laws_extra.tsv``, our own
short list of what it lacks: repealed laws that old documents still cite (合同法,
物权法 ...) and national plans and party rules that rule-of-law documents cite most.

Example:
    >>> lookup("公司法").title
    '中华人民共和国公司法'
    >>> lookup("重大行政决策程序暂行条例").issuer
    '国务院'
"""

from __future__ import annotations

import csv
import functools
from dataclasses import dataclass
from importlib.resources import files

__all__ = ["Law", "lookup", "lookup_suffix", "all_laws"]


@dataclass(frozen=True, slots=True)
class Law:
    """A national law, regulation or plan as listed in the national table."""

    title: str
    short_title: str | None
    kind: str
    issuer: str
    year: int | None


def _read(name: str) -> list[Law]:
    path = files("kg_builder") / "data" / name
    if not path.is_file():
        return []
    with path.open("r", encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Law(
                title=row["title"].strip(),
                short_title=(row.get("short_title") or "").strip() or None,
                kind=row["kind"].strip(),
                issuer=row["issuer"].strip(),
                year=int(row["year"]) if (row.get("year") or "").strip().isdigit() else None,
            )
            for row in rows
            if row.get("title")
        ]


@functools.cache
def _index() -> dict[str, Law]:
    index: dict[str, Law] = {}
    for law in _read("national_laws.tsv") + _read("national_laws_extra.tsv"):
        index.setdefault(law.title, law)
        if law.short_title:
            index.setdefault(law.short_title, law)
    return index


def lookup(title: str) -> Law | None:
    """The national law with this official or short title, or None."""
    return _index().get(title)


@functools.cache
def _laws_by_ending() -> dict[str, list[Law]]:
    """Laws by the last 2-6 characters of their short title (破产法 -> 企业破产法)."""
    ending: dict[str, list[Law]] = {}
    for law in all_laws():
        short = law.short_title or law.title.removeprefix("中华人民共和国")
        for size in range(2, min(len(short), 7)):
            ending.setdefault(short[-size:], []).append(law)
    return ending


def lookup_suffix(title: str) -> Law | None:
    """The one national law whose short title ends with ``title`` (《破产法》), or None.

    >>> lookup_suffix("破产法").title
    '中华人民共和国企业破产法'
    """
    if len(title) < 3:
        return None
    found = {law.title: law for law in _laws_by_ending().get(title, ())}
    return next(iter(found.values())) if len(found) == 1 else None


def all_laws() -> list[Law]:
    """Every law in the table, each once."""
    seen: dict[str, Law] = {}
    for law in _index().values():
        seen.setdefault(law.title, law)
    return list(seen.values())
