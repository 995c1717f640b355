"""Citations: every title in 《》, normalized, with its issuer, issuer level and kind."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from .. import divisions, laws
from ..context import context_of, find_divisions
from ..model import Document, Fact, Mention, Provenance
from ..normalize import normalize_title
from . import register

__all__ = ["citations", "find_titles", "TitleSpan", "classify"]

NAME = "citations"
MAX_TITLE = 150

_ABBREVIATION = re.compile(
    r"^\s*[(（]\s*(?:以下)?(?:简称|称)\s*[《“\"]?(?P<alias>[^《》“”\"()（）]{1,30})[》”\"]?\s*[)）]"
)
# What stands in 《》 without being a policy document.
_NOT_A_DOCUMENT = re.compile(
    r"(日报|晚报|报|杂志|期刊|网|专栏|栏目|频道|节目|APP|app|公众号|丛书|读本|手册|汇编|教材|选编|一书|文选|论述摘编)$"
)
_NATIONAL_ISSUERS = re.compile(
    r"(中共中央|国务院|全国人大常委会|全国人民代表大会常务委员会|全国人大|全国人民代表大会|中央办公厅|"
    r"中共中央办公厅|国务院办公厅|中办|国办|司法部|中央全面依法治国委员会)"
)


@dataclass(frozen=True, slots=True)
class TitleSpan:
    """A title found in the text: raw characters, span of the raw title, nesting depth."""

    raw: str
    start: int
    end: int
    depth: int


def find_titles(text: str) -> list[TitleSpan]:
    """Every 《title》 in ``text``, outer and nested, in order of their opening mark.

    Nested titles (in 《》, 〈〉 or <> inside a title) are returned as titles of
    their own. A 《 whose 》 was lost ends at the end of its line.

    >>> [t.raw for t in find_titles("按照《东辽县〈纲要〉的实施意见》和《政府投资条例》")]
    ['东辽县〈纲要〉的实施意见', '纲要', '政府投资条例']
    """
    found: list[TitleSpan] = []
    stack: list[tuple[int, str]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch == "《" or (stack and ch in "〈<"):
            stack.append((i, ch))
        elif ch in "》〉>" and stack:
            start, opener = stack.pop()
            found.append(TitleSpan(text[start + 1 : i], start + 1, i, len(stack)))
        elif stack and (ch == "\n" or i - stack[0][0] > MAX_TITLE):
            # The closing mark was lost: the outer title ends here.
            start, _ = stack[0]
            if i - start > 2:
                found.append(TitleSpan(text[start + 1 : i], start + 1, i, 0))
            stack.clear()
        i += 1
    found.sort(key=lambda t: t.start)
    return found


def _issuer_before(text: str, start: int, province: str | None) -> tuple[str | None, str | None]:
    """The issuer named just before a title's opening mark, with its level."""
    before = text[max(0, start - 30) : start - 1]
    before = re.split(r"[,，。;；:：和及与]", before)[-1]
    if not before:
        return None, None
    match = _NATIONAL_ISSUERS.search(before)
    if match and before.rstrip("、").endswith(match.group(0)) or (match and before.endswith(("公布了", "印发了", "印发的", "出台的"))):
        issuer = before[match.start():]
        issuer = re.sub(r"(公布了|印发了|印发的|出台的|发布的|制定的)$", "", issuer).strip("、")
        return issuer, "national"
    if re.search(r"省委、省政府$|省委省政府$", before) and province:
        short = province.removesuffix("省")
        return f"中共{short}省委、{province}人民政府", "provincial"
    if re.search(r"省(人民)?政府$", before) and province:
        return f"{province}人民政府", "provincial"
    for start_, end_, name in reversed(find_divisions(before)):
        if before[end_:].startswith(("人民政府", "政府")) or end_ >= len(before) - 6:
            resolution = divisions.resolve(name)
            level = resolution.division.level if resolution.division else None
            issuer = before[start_:].strip("、")
            return issuer, level
    return None, None


def classify(title: str, issuer_level: str | None, issuer: str | None) -> str:
    """The kind of a cited document from its title's last word and its issuer."""
    if re.search(r"(纲要|规划|实施方案|工作方案|方案|工作要点|要点|工作计划|计划|工作安排|安排|任务分解表|重点工作)(\(.*\))?$", title):
        return "plan"
    if re.search(r"法$", title) and issuer_level == "national":
        return "law"
    if re.search(r"条例(\(.*\))?$", title):
        if issuer and ("人大" in issuer or "人民代表大会" in issuer):
            return "local_regulation" if issuer_level != "national" else "law"
        if issuer_level == "national":
            if issuer and "中共" in issuer:
                return "party_regulation"
            return "administrative_regulation"
        return "local_regulation"
    if re.search(r"(规定|办法)(\(.*\))?$", title):
        if issuer and ("中共中央办公厅" in issuer or "中办" in issuer):
            return "party_regulation"
        return "rule"
    if re.search(r"报告$", title):
        return "report"
    return "normative"


def _issuer_from_title(title: str) -> tuple[str | None, str | None, str | None]:
    """Issuer, level and division code from the jurisdiction a title opens with."""
    head = title.removeprefix("中共").removeprefix("关于")
    head = re.sub(r"^(19|20)\d{2}年度?", "", head)
    found = find_divisions(head[:12])
    if not found or found[0][0] != 0:
        return None, None, None
    _, end, name = found[0]
    resolution = divisions.resolve(name)
    division = resolution.division
    if division is None:
        return name, None, None
    rest = head[end:]
    agency = re.match(r"(人民政府办公厅|人民政府办公室|人民政府|政府办公室|人大常委会|[^关于]{2,20}?(办公室|领导小组|委员会))(?=关于|转发)", rest)
    issuer = name + agency.group(1) if agency else name
    return issuer, division.level, division.code


def _describe(title: str, text: str, start: int, doc: Document) -> dict[str, object]:
    ctx = context_of(doc)
    law = laws.lookup(title)
    if law is not None:
        return {"issuer": law.issuer, "issuer_level": "national", "kind": _law_kind(law.kind),
                "issuer_code": divisions.NATIONAL.code}
    issuer, level, code = _issuer_from_title(title)
    if issuer is None:
        issuer, level = _issuer_before(text, start, ctx.province)
        if issuer and level == "national":
            code = divisions.NATIONAL.code
    attrs: dict[str, object] = {"issuer": issuer, "issuer_level": level, "issuer_code": code}
    attrs["kind"] = classify(title, level, issuer)
    return attrs


def _law_kind(kind: str) -> str:
    return {"departmental_rule": "rule", "judicial_interpretation": "normative", "other": "law"}.get(kind, kind)


@register(NAME)
def citations(doc: Document) -> Iterator[Fact]:
    """Every cited document title, normalized, abbreviations and short titles resolved."""
    text = doc.text
    me = doc.mention()
    aliases: dict[str, str] = {}
    for found in find_titles(text):
        title = normalize_title(found.raw)
        if len(title) < 2 or _NOT_A_DOCUMENT.search(title):
            continue
        if title in aliases:
            title = aliases[title]
        else:
            law = laws.lookup(title)
            if law is not None:
                title = law.title
        after = text[found.end + 1 : found.end + 40]
        match = _ABBREVIATION.match(after)
        attrs = _describe(title, text, found.start, doc)
        if match and found.depth == 0:
            alias = normalize_title(match.group("alias"))
            aliases[alias] = title
            attrs["aliases"] = (alias,)
        mention = Mention(
            text=found.raw,
            label="Regulation",
            source=Provenance(doc.id, found.start, found.end, NAME),
            name=title,
            attrs=tuple(sorted((k, v) for k, v in attrs.items() if v is not None)),
        )
        yield Fact(me, "cites", mention, mention.source)
