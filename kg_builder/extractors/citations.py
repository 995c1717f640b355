"""Citations: every document title in 《》, normalized, with issuer, issuer level and kind.

A title is normalized (:func:`~kg_builder.normalize.normalize_title`), an
abbreviation the document declares ("(以下简称《纲要》)") is resolved to its full
title, a short national law (《公司法》) is written with its official title, and
variants of one title (a draft, a 征求意见稿, the same title with its parent
city in front) are merged into one citation whose ``aliases`` lists them.
Newspapers, books, web columns, agreements and slogans in 《》 are left out by
their shape and by the words around them.

Each citation gets its issuer: the body named just before the title
("中共中央、国务院《...》", "省委、省政府《...》" resolved to the document's
province), the jurisdiction its title opens with, the national law list, or,
for a title read as local with none of these, the document's own jurisdiction.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Iterator, NamedTuple

from .. import divisions, laws
from ..context import (ISSUING_VERBS, LEVEL_OF_WORD, STUDY_NOTICE, TITLE_END, DocumentContext, TitleLineEnds, city_district_as_word,
                       context_of, county_by_name, find_divisions, lost_after_years, lost_before_prose, lost_before_status, national_plan_stems, title_divisions)
from ..model import Document, Fact, Mention, Provenance
from ..normalize import normalize_title
from . import register
from .agencies import AgencyMatch, _best_end, _new_zone_named, author_agency, find_agencies, written_body

__all__ = ["citations", "find_titles", "TitleSpan", "classify", "is_document_title", "Citation", "read_citations", "canonical_title"]

NAME = "citations"
MAX_TITLE = 150

_ABBREVIATION = re.compile(
    # the document number may come first: "(国发〔2015〕36号,以下简称《纲要》)"
    r"\s*[(\[]\s*(?:[^()《》\n,;]{2,20}?号\s*[,;]\s*)?(?:以下|下文|下)?(?:简称|称)\s*"
    # in 《》 the short title may hold quotes and its own draft mark: 《“八五”普法规划(送审稿)》
    r"(?:《(?P<marked>[^《》\n()]{1,30}(?:\([^()《》\n]{1,8}\))?)》|[“\"]?(?P<alias>[^《》“”\"()]{1,30})[”\"]?)"
    # (or in square brackets, the edition's year after the short title: [以下简称《减免责清单》(2025年)])
    r"\s*(?:\)|(?:\((?:19|20)\d{2}年?\))?\s*\])"
)
# (…目录(2017年本): a catalogue's edition, as (2022年版); …清单草案(试点版), …办事指南(试行版): a trial edition,
# as (试行).)
# (…清单(2024年调整版), …目录(2023年修订版): an edition revised within its year, as (2022年版).)
# (…评查标准(2022)版, …裁量基准2022年版: the edition's mark after its year in brackets, or with no brackets.)
# (…考核标准(法治政府建设部分): the part of a document meant, named in brackets, as its edition is.)
# (…条例(草案·三次审议稿), …办法(修订草案·二次审议稿): a draft as a congress reads it the second or third time, as (审议稿).)
_QUALIFIER = re.compile(r"\(((?:修订)?草案[·・]?[一二三四五六七八九十两\d]次审议稿|[一二三四五六七八九十两\d]次审议稿|试行|暂行|试点|试点版|试行版|草案|修订|修订稿|修正|修正案|修订案|修改|修改稿|征求意见稿|送审稿|审议稿|讨论稿|修订草案|(19|20)\d{2}年?(修订|修正|调整版|修订版|更新版|版|本)?|(19|20)\d{2}-(19|20)\d{2}年?|-年)\)$"
                        # (…执法工作指引(三), …轻微免罚清单(一): the document's number in its series)
                        r"|\([一二三四五六七八九十]\)$"
                        r"|\((?:19|20)\d{2}年?\)[版本]$|(?<=[\u4e00-\u9fa5])(?:19|20)\d{2}年?版$|\([\u4e00-\u9fa5]{1,12}部分\)$")
_DRAFT = re.compile(r"(\(((?:修订)?草案[·・]?[一二三四五六七八九十两\d]次审议稿|[一二三四五六七八九十两\d]次审议稿|草案|征求意见稿|送审稿|审议稿|讨论稿|修订草案|草案征求意见稿)\)|征求意见稿|草案|送审稿)$")
_DRAFT_MARK = re.compile(r"\((?:(?:修订)?草案[·・]?[一二三四五六七八九十两\d]次审议稿|[一二三四五六七八九十两\d]次审议稿|草案|征求意见稿|送审稿|审议稿|讨论稿|修订草案|草案征求意见稿)\)")
_DOC_END = re.compile(
    # (an emergency plan, 突发事件应急预案, is a plan; a plan's tasks broken down in a ledger, …任务分解台账, a document too,
    # and so is a programme's own ledger of its work, …法治政府建设工作台账)
    r"(法|法典|条例|规定|办法|细则|规则|规程|流程|准则|意见|通知|通报|决定|决议|纲要|规划|方案|预案|要点|计划|安排|制度|清单|目录|"
    r"标准|指引|指南|体系|机制|表|图|报告|白皮书|公告|通告|批复|函|守则|章程|措施|规范|指标|名录|名单|工作|说明|解释|答复|"
    r"要求|须知|公约|大纲|总则|通则|程序|目标|任务|责任书|告知书|承诺书|通知书|委托书|条件|基准|政策|命令|令|分工|总结|格式|举措|分解台账|任务台账|工作台账|"
    # (a prescribed notice or pledge a body issues to those it regulates: 依法统计告知书, 信用承诺书; and the
    # notice it sends those it supervises, 行政执法监督通知书; a prescribed letter of authority an applicant files,
    # 指定代表或者共同委托代理人授权委托书, round 257)
    # a committee's proposal (关于制定…规划的建议), measures by their count (督察20条, 新十条),
    # an office's own rules bound together (制度汇编)
    # an index a committee sets to measure its places by (市县法治指数), a village's rules (村规民约, 居规民约)
    # a model text of rules a department issues for those under it to adopt (…议事规则示范文本, …合同示范文本)
    # a responsibility system laid down under its own name (《维护社会稳定责任制》, 《党风廉政建设责任制》), an
    # implementation outline whose 要 the page lost (《法治政府实施纲(2021-2025)》)
    r"的建议|(?<!第)(?:\d{1,3}|[一二三四五六七八九十]{1,3})条|制度汇编|法治指数|民约|示范文本|责任制|实施纲)$"
)
_NOT_DOC_END = re.compile(
    r"(说法|做法|看法|想法|方法|手法|用法|写法|日报|晚报|早报|时报|周报|月报|导报|法制报|杂志|期刊|网|专栏|栏目|"
    r"频道|节目|APP|app|公众号|丛书|读本|手册|(?<!制度)汇编|教材|选编|文选|摘编|一书|协议|合同|协议书|进行时|项目|故事|"
    # (a study book under a short name, 《…法治思想纲要》 for its 学习纲要)
    r"之声|在线|讲堂|课堂|大讲堂|访谈|剧|歌|曲|学习纲要|思想纲要|学习问答|谈治国理政|"
    # (a lecture's or an article's theme: 《民法典对行政执法的新要求》)
    r"新要求)$"
)
# An article's thesis, a copula between its subject and what it is (《…思想是…的根本遵循和行动指南》):
# no document is titled as a statement. (是 inside a word is no copula: 实事求是, 是否, 凡是, 特别是 ...)
_THESIS = re.compile(r"(?<![求凡但就总还或于别其只即也都若要])是(?![否非])")
_NON_DOC_AFTER = re.compile(
    # (not a title published by way of one: 《…清单》并及时通过政务网站公开, 《…办法》在网站公布)
    r"^(等|和|及)?[\d余个多项部本期档]*(?:(?!通过|利用|依托|借助|并|在)[\u4e00-\u9fa5]){0,8}?(专栏|栏目|节目|宣传单|宣传册|宣传页|折页|读本|一书|杂志|报纸|"
    r"APP|app|公众号|网站|小程序|客户端|电视|广播|微信|微博|报道|专版|专刊|展览|图书|书籍|光盘|动漫|微电影|短视频|视频)"
)
_NON_DOC_BEFORE = re.compile(r"(观看|收看|播出|播放|刊登|刊发|出版|阅读|发表|撰写|演唱|拍摄|开设|开办|设立|增设|开通|推出)[了]?$"
                             # a film or a show named before its title (专题片《古今探法》)
                             r"|(?:专题片|宣传片|纪录片|微电影|短视频|动画片|情景剧|小品|歌曲|电视剧|广播剧)$")
_RUN_GAP = re.compile(r"[、,和及与]?\s*《[^《》\n]{1,150}》")


class TitleSpan(NamedTuple):
    """A title found in the text: raw characters, span of the raw title, nesting depth."""

    raw: str
    start: int
    end: int
    depth: int


# An open title's words that run to the end of the text: no closing mark, no stop, no line after.
# A title nested whole inside it (《关于〈X〉整) does not end it.
_CUT_AT_END = re.compile(
    r"《(?:[^《》〈〉<>,。;:!?\n]|〈[^《》〈〉<>,。;:!?\n]{1,80}〉|<[^《》〈〉<>,。;:!?\n]{1,80}>){1,80}\s*"
)


def find_titles(text: str) -> list[TitleSpan]:
    """Every 《title》 in ``text``, outer and nested, in order of their opening mark.

    Nested titles (in 《》, 〈〉 or <> inside a title) are returned as titles of
    their own. A 《 whose 》 was lost ends at the end of its line.

    >>> [t.raw for t in find_titles("按照《东辽县〈纲要〉的实施意见》和《政府投资条例》")]
    ['东辽县〈纲要〉的实施意见', '纲要', '政府投资条例']
    """
    found: list[TitleSpan] = []
    stack: list[tuple[int, str]] = []
    line_end = -1  # where the line of the open title ends: its closing mark was lost there
    line_end_at = TitleLineEnds(text)
    bracket_for_angle: dict[int, int] = {}  # an open 《's position -> the ( a mirror typed for its nested 〈
    for mark in _MARKS.finditer(text):
        i, ch = mark.start(), mark.group()
        if stack and line_end < i:
            if line_end - stack[0][0] > MAX_TITLE:
                _lost_close(text, stack[0][0], stack[0][0] + MAX_TITLE, found)
            else:
                _lost_close(text, stack[0][0], line_end, found)
            stack.clear()
        if stack and i - stack[0][0] > MAX_TITLE:
            _lost_close(text, stack[0][0], stack[0][0] + MAX_TITLE, found)
            stack.clear()
        if ch == "《" and stack and "·" in text[stack[0][0] : i] and _FLAT_MENU_MARK.search(text, stack[0][0], i):
            # "- ·…《A - ·…《B》": a menu's link cut to its width, on a page flattened to one line, then the next
            # link: A is no title (its words were lost, not its 》), B opens afresh.
            stack.clear()
        if ch == "《" and stack and stack[-1][1] == "《" and _lost_before_next(text, stack[-1][0], i):
            # "《A、《B》": a list went on while A was open, so A's 》 was lost before the 、.
            start = stack.pop()[0]
            found.append(TitleSpan(text[start + 1 : i - 1], start + 1, i - 1, len(stack)))
        elif ch == "《" and len(stack) == 1 and stack[0][1] == "《" and lost_after_years(text, stack[0][0], i):
            # "《A(2020-2025年)《B》": A ended with its years, its 》 lost before the next title's 《.
            start = stack.pop()[0]
            found.append(TitleSpan(text[start + 1 : i], start + 1, i, 0))
        elif ch == "《" and len(stack) == 1 and stack[0][1] == "《" and (
                lost := lost_before_prose(text, stack[0][0], i)) is not None:
            # "《A(2021-2025年)和省、市要求,…对标《B》": A ended with its years, and the sentence went on in prose.
            start = stack.pop()[0]
            found.append(TitleSpan(text[start + 1 : lost], start + 1, lost, 0))
        elif ch == "《" and len(stack) == 1 and stack[0][1] == "《" and (
                lost := lost_before_status(text, stack[0][0], i)) is not None:
            # "《A办法(废止)相关工作《B》": A ended at its kind word, its 》 lost before its status.
            start = stack.pop()[0]
            found.append(TitleSpan(text[start + 1 : lost], start + 1, lost, 0))
        if ch == "《" or (stack and ch in "〈<") or (ch == "<" and not stack and _angle_title_opens(text, i)):
            if not stack:
                line_end = line_end_at(i, MAX_TITLE)
            stack.append((i, ch))
        elif ch == ">" and len(stack) == 1 and stack[0][1] == "《" and (
                paren := _bracket_for_angle(text, stack[0][0], i)) is not None:
            # "《…印发(A>的通知》": a mirror typed the nested title's 〈 as ( ; its > closes A, not the outer title.
            found.append(TitleSpan(text[paren + 1 : i], paren + 1, i, 1))
            bracket_for_angle[stack[0][0]] = paren
        elif ch == "》" and not stack and (lost := _lost_open(text, i)) is not None:
            # "出台关于A的实施意见》": a title issued by its verb, its 《 lost before its 关于 (round 261: 攀枝花).
            found.append(TitleSpan(text[lost:i], lost, i, 0))
        elif ch in "》〉>" and stack:
            start, opener = stack.pop()
            if ch == "》" and opener != "《" and stack:
                # 》 closes the outer title; the inner mark was never closed.
                start, opener = stack.pop()
                stack.clear()
            outer = TitleSpan(text[start + 1 : i], start + 1, i, len(stack))
            if start in bracket_for_angle:
                paren = bracket_for_angle.pop(start)
                outer = outer._replace(raw=text[start + 1 : paren] + "〈" + text[paren + 1 : i])
            if ch == "》" and found and found[-1].end == i - 1 and found[-1].depth == len(stack) + 1:
                outer = _misplaced_inner_close(text, outer, found)
            found.append(outer)
    if stack and _CUT_AT_END.fullmatch(text, stack[0][0]):
        # A title running to the text's very end, without a mark or a stop after it (…制定了《关于开展
        # 2020年度法治建设绩效及法): the page was cut there, and no title can be read whole.
        stack.clear()
    if stack:
        if line_end <= len(text) and line_end - stack[0][0] <= MAX_TITLE:
            _lost_close(text, stack[0][0], line_end, found)
        else:
            _lost_close(text, stack[0][0], min(len(text), stack[0][0] + MAX_TITLE), found)
    found.sort(key=lambda t: t.start)
    return found


_MARKS = re.compile(r"[《》〈〉<>]")
# A closing 》 with no 《 open: a title right after a verb that issues it, opening on 关于 and ending in its kind
# (我市出台关于深入推进…的实施意见》): its 《 was lost before the 关于. Looked for only at such a 》.
_LOST_OPEN = re.compile(r"(?:出台|印发|制定|下发|发布|颁布)(?:了)?(关于[^,，。;；:：《》〈〉<>\n]{4,60}?"
                        r"(?:意见|方案|办法|规定|通知|决定|规划|计划|要点|细则|制度|纲要|措施|条例))$")


def _lost_open(text: str, at: int) -> int | None:
    """Where a title closed at ``at`` starts when its 《 was lost after the verb issuing it, else None."""
    found = _LOST_OPEN.search(text, max(0, at - 80), at)
    return found.start(1) if found is not None else None
# A transmitting verb right before a nested title (…国务院印发(A>的通知: the 〈 a mirror typed as "(").
_TRANSMIT_BEFORE = re.compile(r"(?:印发|转发|下发|颁发|发布|关于)$")


def _bracket_for_angle(text: str, start: int, at: int) -> int | None:
    """The ( that opens a nested title a > at ``at`` closes, inside the 《 at ``start``: the last ( left open
    before the >, right after a transmitting verb, with the outer 》 after the > on the same line
    (《中共中央国务院印发(法治政府建设实施纲要(2021-2025年)>的通知》)."""
    depth = 0
    for j in range(at - 1, start, -1):
        c = text[j]
        if c == ")":
            depth += 1
        elif c == "(":
            if depth == 0:
                break
            depth -= 1
    else:
        return None
    if j - start < 3 or not _TRANSMIT_BEFORE.search(text, start + 1, j):
        return None
    close = text.find("》", at + 1, at + 20)
    if close < 0 or any(m in text[at + 1 : close] for m in "《<\n"):
        return None
    return j


def _angle_title_opens(text: str, at: int) -> bool:
    """Whether a < opens a notice's title whose own marks its inner titles took (根据某支队的通知<关于下发《A》和《B》的
    通知>): a 关于 title holding a 《 before its >, ending as a title does."""
    if not text.startswith("关于", at + 1):
        return False
    close = text.find(">", at + 1, at + MAX_TITLE)
    return close > 0 and "《" in text[at:close] and "\n" not in text[at:close] and bool(TITLE_END.search(text, at + 1, close))
# A notice's own words put inside the title it transmits: 《…关于印发<X的通知>》 is 《…关于印发〈X〉的通知》.
_NOTICE_TAIL = re.compile(r"的(通知|决定|意见|批复|函)$")
_TRANSMITS = re.compile(r"(印发|转发|下发|颁发|发布)$")


def _misplaced_inner_close(text: str, outer: TitleSpan, found: list[TitleSpan]) -> TitleSpan:
    """The outer title and its nested one when the nested mark closes after the notice's words."""
    inner = found[-1]
    tail = _NOTICE_TAIL.search(inner.raw)
    if tail is None or inner.raw.startswith("关于") or not _TRANSMITS.search(text[outer.start : inner.start - 1]):
        return outer
    cut = len(tail.group())
    found[-1] = inner._replace(raw=inner.raw[:-cut], end=inner.end - cut)
    raw = text[outer.start : inner.start - 1] + "〈" + inner.raw[:-cut] + "〉" + tail.group()
    return outer._replace(raw=raw)
_LIST_MARK = "、,和及与"


def _lost_before_next(text: str, start: int, at: int) -> bool:
    """Whether the title opened at ``start`` lost its 》 just before the list mark
    in front of the 《 at ``at``: it reads as a whole title up to that mark."""
    if at - start < 6 or text[at - 1] not in _LIST_MARK or text[at - 2] in "》〉>":
        return False
    inner = text[start + 1 : at - 1]
    return "〈" not in inner and "<" not in inner and bool(TITLE_END.search(inner))
_CLAUSE_STOP = re.compile(r"[。;]")


def titles_of(ctx: DocumentContext) -> list[TitleSpan]:
    """:func:`find_titles` of the document's text, read once per document."""
    found = ctx.resolved.get(("titles",))
    if found is None:
        found = ctx.resolved[("titles",)] = find_titles(ctx.text)
    return found


# The mark of a menu's next link after a space, on a page flattened to one line (… - ·关于…).
_FLAT_MENU_MARK = re.compile(r"\s-[^\S\n]*·")
# A list item of a site's menu of links (- ·关于印发《…, · 关于…, • …): its text is cut to the menu's width.
_MENU_ITEM = re.compile(r"[^\S\n]*(?:-[^\S\n]*)?[·•][^\S\n]*")
_ENDS_AS_TITLE = re.compile("(?:" + TITLE_END.pattern + r")\s*$")


def _lost_close(text: str, start: int, stop: int, found: list[TitleSpan]) -> None:
    raw = text[start + 1 : stop].rstrip()
    if text[stop : stop + 1] == "\n" and _ENDS_AS_TITLE.search(raw) is None and _MENU_ITEM.match(
            text, text.rfind("\n", 0, start) + 1) is not None:
        # A menu's link cut to its width (- ·关于印发《关于乡村(社区)“法律明白人”培): the title's 》 was not lost, its
        # words were, and no title can be read whole.
        return
    cut = _CLAUSE_STOP.search(raw)
    if cut:
        raw = raw[: cut.start()]
    if len(raw) > 2:
        found.append(TitleSpan(raw, start + 1, start + 1 + len(raw), 0))


@functools.lru_cache(maxsize=8192)
def _core(title: str) -> str:
    """The title without trailing qualifiers such as (试行), (草案) or (2015-2020年)."""
    previous = None
    while previous != title:
        previous = title
        title = _QUALIFIER.sub("", title)
    return title


# Documents counted one kind after another (一法一条例一办法, 一规划两纲要, 两法一条例).
_COUNTED_KINDS = re.compile(r"(?:[一二两三四五六七八九十]{1,2}(?:法|条例|办法|规定|规划|纲要|方案|意见|清单|细则)){2,4}")


@functools.lru_cache(maxsize=8192)
def is_document_title(title: str) -> bool:
    """Whether a title names a policy document by its shape (not a newspaper, book, slogan ...).

    >>> is_document_title("政府投资条例"), is_document_title("人民日报"), is_document_title("“龙腾虎跃”进行时")
    (True, False, False)
    """
    if "(略)" in title:
        return False  # a title a mirror page elided in part ((略)会建设实施纲要): no document one can know
    core = _core(title)
    core = _DRAFT.sub("", core) or core
    if len(core) < 2 or _NOT_DOC_END.search(core):
        return laws.lookup(core) is not None  # 《党章》: a short title the law table knows
    if _COUNTED_KINDS.fullmatch(core):
        return False  # a set of documents counted kind by kind (《一法一条例一办法》, 《一规划两纲要》): no one title
    if "是" in core and not core.startswith("关于") and _THESIS.search(core, 2):
        return laws.lookup(core) is not None
    if laws.lookup(core) is not None:
        return True
    if _DOC_END.search(core):
        return True
    if core.endswith("”") and _QUOTED_KINDS_TAIL.search(core):
        # a body's set of documents issued as one under a quoted name ending its title (《某乡2022年度普法责任制
        # “四清单一办法”》): its kind word inside the quotes
        return True
    if _YEAR_WORK_ACCOUNT.search(core):
        return True  # a year's account of its work sent up under its own title (《某新区2022年度法治政府建设情况》)
    if _ISSUED_HEADLINE.match(core):
        return True  # the issuing of a title, as its news headline is written (中共中央国务院印发〈…纲要〉): a notice
    if _CARRYING_OUT_CUT.search(core):
        return True  # a place's plan carrying out a nested title, its own kind word left off (某省贯彻落实〈…纲要〉)
    return core.startswith("关于") and len(core) > 8


# A quoted tail of a title (the words before it naming whose and what: a place, a year, a duty) whose last word is a
# document's kind (…普法责任制“四清单一办法”, …“七项政策”); initiatives reads the same kinds.
QUOTED_TAIL_KINDS = r"(?:办法|清单|制度|方案|规定|细则|规则|目录|政策|措施)"
_QUOTED_KINDS_TAIL = re.compile(r"^[^“”]{4,}“[^“”]{1,16}" + QUOTED_TAIL_KINDS + r"”$")


# A year's account of a place's rule-of-law work titled without 报告 (…2022年度法治政府建设情况): a report.
_YEAR_WORK_ACCOUNT = re.compile(r"(?:19|20)\d{2}年度?[\u4e00-\u9fa5]{0,12}?法治[\u4e00-\u9fa5]{0,4}?建设(?:工作)?情况$")


# A place's plan carrying out a nested title, named without its own kind word (某省贯彻落实〈法治政府建设实施纲要〉):
# the nested title must itself be a document's (纲要, 规划, 条例 ...), and a place or body stands before 贯彻.
_CARRYING_OUT_CUT = re.compile(
    r"^[\u4e00-\u9fa5]{2,20}?(?:贯彻落实|贯彻实施|贯彻)〈[^〈〉]{2,60}?(?:纲要|规划|条例|法|规定|意见|决定)(?:\([^()〈〉]{1,14}\))?〉$")

_CARRIED_PLAN = re.compile(r"(?:纲要|规划)(?:\([^()〈〉]{1,14}\))?〉$")


# A headline announcing a title's issue: the issuers, 印发 and the title nested (中共中央 国务院印发〈…〉).
# (or forwarding it, the forwarding notice cited without its 的通知: 《中共中央、国务院转发〈…第七个五年规划(2016-2020年)〉》;
# round 261)
_ISSUED_HEADLINE = re.compile(
    r"^[\u4e00-\u9fa5、 ]{2,30}?(?:中央|国务院|办公厅|政府|委员会|党委|省委|市委|县委|区委)、?[印转]发〈[^〈〉]{4,}〉$")


# A practice's write-up put on a roll (《探索建立…评估机制》入选…典型案例, 《…模式》获评…): a case's name, no document.
_PRACTICE_TITLE_END = re.compile(r"(?:机制|模式|做法|经验|探索|实践|路径)$")
_PRAISED_AFTER = re.compile(r"(?:入选|获评|荣获|入围|被[\u4e00-\u9fa5]{0,12}?评为)")


def _is_in_non_document_context(text: str, span: TitleSpan) -> bool:
    if _PRAISED_AFTER.match(text, span.end + 1) and _PRACTICE_TITLE_END.search(text, span.start, span.end):
        return True
    after = span.end + 1
    while True:
        run = _RUN_GAP.match(text, after)
        if run is None:
            break
        after = run.end()
    if _NON_DOC_AFTER.match(text[after : after + 20]):
        return True
    return bool(_NON_DOC_BEFORE.search(text[max(0, span.start - 8) : span.start - 1]))


# A workbook or a model text (…工作手册, …卷宗范本) is a document when the text calls the titles it is listed with
# documents (制定《A》《B范本》,印制《C手册》《D方案》等文件); alone (发放《…手册》) it stays a booklet, as 手册 ends
# no document's name by itself.
_WORKBOOK_END = re.compile(r"(?:手册|范本)$")
_DOCUMENTS_RUN = re.compile(r"(?:[、,，和及与]|[,，](?:并)?(?:印制|印发|制定|出台|编制|编印|修订)了?)?\s*《[^《》\n]{1,150}》")
_CALLED_DOCUMENTS = re.compile(r"等[\u4e00-\u9fa5]{0,6}?文件")


def _workbook_called_a_document(text: str, span: TitleSpan, title: str) -> bool:
    if not _WORKBOOK_END.search(title):
        return False
    after = span.end + 1
    while (run := _DOCUMENTS_RUN.match(text, after)) is not None:
        after = run.end()
    return _CALLED_DOCUMENTS.match(text, after) is not None


# Issuers written before a title: agencies joined by 、 和 及, then a verb or nothing.
# (根据某支队的通知<关于下发…的通知>: the notice named as the body's, its title after it)
_ISSUER_GAP = re.compile(r"^(?:于[^《,;。]{1,10}?)?(?:先后|联合|正式|专门|研究)?(?:制定出台|制定印发|印发|出台|公布|发布|制定|制发|下发|修订|颁布|通过)?(?:了|的)?$"
                         r"|^的通知$")


# A line ending in an issuing verb, the title in marks on the next (…办公室印发 / 《关于…的决定》).
_ISSUED_LINE_END = re.compile(rf"(?:{ISSUING_VERBS})了?$")


# The last clause break before a title: the issuer stands after it.
_CLAUSE_END = re.compile(r"[,;。:\n》!?(][^,;。:\n》!?(]*\Z")


_LIST_AFTER_TITLE = re.compile(r"》[、和及与]?\Z")


def _listed_issuer(ctx: DocumentContext, start: int) -> list[AgencyMatch]:
    """国务院《A》、《B》、《C》: a title listed after others shares the issuer named before the first."""
    text = ctx.text
    for _ in range(6):
        if text[start - 2 : start - 1] not in ("》", "、", "和", "及", "与") or not _LIST_AFTER_TITLE.search(
                text, max(0, start - 4), start - 1):
            return []
        before = text.rfind("《", max(0, start - 200), start - 1)
        if before < 0:
            return []
        start = before + 1
        found = _issuer_before(ctx, start)
        if found:
            return found
    return []


def _list_head(text: str, start: int) -> int:
    """Where the first title of a list (《A》、《B》《C》) opens, given a later title's ``start`` (after 《)."""
    for _ in range(6):
        if text[start - 2 : start - 1] not in ("》", "、", "和", "及", "与") or not _LIST_AFTER_TITLE.search(
                text, max(0, start - 4), start - 1):
            break
        before = text.rfind("《", max(0, start - 200), start - 1)
        if before < 0:
            break
        start = before + 1
    return start


#: A body written by its bare level, right before a title: 县人民政府《, 县人大常委会农环委《, 市司法局《.
_BARE_LEVEL_BODY = re.compile(r"(?<![城都])(省|市|县|区|乡|镇)(?:人民政府|政府|人大常委会|人民检察院|人民法院"
                              r"|委员会|委|局|办公室|办)[\u4e00-\u9fa5]{0,6}?(?:委|局|办|室|院|会|府)?$")


def _bare_level_before(text: str, span: TitleSpan) -> str | None:
    """The level of a body written bare (县人民政府) before a title or before the list (《A》,《B》) it closes."""
    start = span.start
    for _ in range(12):
        if text[start - 3 : start - 1] in ("》,", "》，", "》、") or text[start - 2 : start - 1] == "》":
            before = text.rfind("《", max(0, start - 200), start - 1)
            if before < 0:
                break
            start = before + 1
        else:
            break
    match = _BARE_LEVEL_BODY.search(text, max(0, start - 16), start - 1)
    return LEVEL_OF_WORD[match.group(1)] if match else None


def _issuer_before(ctx: DocumentContext, start: int) -> list[AgencyMatch]:
    """The bodies named just before the title opening at ``start`` (after 《)."""
    text = ctx.text
    end = start - 1
    if text[end - 1 : end].isspace():
        # (a headline's lines: 某办公室印发 / 《关于…的决定》, the verb ending the line above the title)
        k = end
        while k > 0 and text[k - 1].isspace():
            k -= 1
        if _ISSUED_LINE_END.search(text, max(0, k - 5), k):
            end = k
    lo = max(0, end - 59)
    cut = _CLAUSE_END.search(text, lo, end)
    if cut is not None:
        lo = cut.start() + 1
    found = find_agencies(ctx, lo, end)
    chosen: list[AgencyMatch] = []
    edge = end
    for match in reversed(found):
        gap = text[match.end : edge]
        if not chosen:
            if gap[:2] in ("党组", "党委") and match.name.endswith("局") and _ISSUER_GAP.match(gap[2:]):
                # (制定并印发区司法局党组《…整改方案》: the bureau's party group, its 党组 after the bureau's name;
                # round 263)
                match = match._replace(end=match.end + 2, text=match.text + gap[:2], name=match.name + gap[:2],
                                       written=(match.written or match.name) + gap[:2])
            elif not _ISSUER_GAP.match(gap):
                break
        elif gap not in ("、", "和", "及", "与", ""):
            break
        chosen.insert(0, match)
        edge = match.start
    return chosen


_COMMITTEE = re.compile(r"(省|市|县|区|州|盟|旗)委$")
# What stands before a place written as a title's issuer in a list (》、深圳市《).
_PLACE_LIST_BEFORE = frozenset("、》,，和及与")


# A document drafted on a ministry's behalf (代部起草《…》, 代部海事局编制《…》): the ministry's.
_DRAFTED_FOR_MINISTRY = re.compile(r"代部(?:[\u4e00-\u9fa5]{1,6}?[局司])?(?:起草|编制|拟定|拟订|草拟|研究起草)了?\Z")


def _drafted_for_ministry(text: str, start: int) -> bool:
    """Whether the title opening at ``start`` (after 《) was drafted on a ministry's behalf, alone or listed after
    another so drafted (代部海事局编制《A》《B》)."""
    at = start - 1
    while at > 0 and (text[at - 1] == "》" or text[at - 1] in "、和及与" and text[at - 2 : at - 1] == "》"):
        before = text.rfind("《", max(0, at - 80), at - 1)
        if before < 0:
            return False
        at = before
    return "代部" in text[max(0, at - 12) : at] and _DRAFTED_FOR_MINISTRY.search(text, max(0, at - 12), at) is not None


def _issuer_name(matches: list[AgencyMatch]) -> str:
    names = []
    for match in matches:
        name = match.name
        if _COMMITTEE.search(name) and not name.startswith("中共"):
            name = "中共" + name
        names.append(name)
    return "、".join(names)


def _higher(matches: list[AgencyMatch]) -> AgencyMatch:
    order = {"national": 0, "provincial": 1, "prefecture": 2, "county": 3, "township": 4}
    return min(matches, key=lambda m: order.get(m.level or "", 9))


_FORWARDED = ("转发", "关于转发", "中共关于转发")
# 中共 before a division is noise (中共株洲市委…); 中共中央 is the national body itself.
# (a title opening with the nested title it divides or details, 〈中山市…纲要〉重要举措分工方案: read from the nested
# title's own start, its place)
# (a notice on organising a named place's work, 关于组织开展某县国家工作人员…学法考试的通知: read from the place)
_HEAD_NOISE = re.compile(r"^(中共(?!中央)|关于(?:组织)?(?:开展|做好|举办)?|印发|转发|〈|(19|20)\d{2}年度?|(19|20)\d{2}-(19|20)\d{2}年)+")
_NATIONAL_HEAD = re.compile(
    r"^(中共中央办公厅|国务院办公厅|中共中央|国务院|全国人民代表大会常务委员会|全国人大常委会|全国人民代表大会|"
    r"最高人民法院|最高人民检察院|中央全面依法治国委员会(办公室)?|中央依法治国办|司法部|住房和城乡建设部|"
    # (the market regulator by the short name its own titles open with, 市场监管总局关于印发…的通知)
    r"市场监管总局|住房城乡建设部|住建部|农业农村部|应急管理部|生态环境部|自然资源部|交通运输部|人力资源和社会保障部|"
    r"人力资源社会保障部|退役军人事务部|国家[\u4e00-\u9fa5]{2,10}?(总局|局|委员会)|审计署|"
    # the other ministries, not their local counterparts written generically (民政部门, 公安部门)
    r"(?:民政部|公安部|财政部|教育部|商务部|水利部|外交部|国防部|科学技术部|科技部|工业和信息化部|工信部|"
    r"文化和旅游部|人社部|环境保护部|国土资源部|农业部|文化部|监察部)(?!门)|"
    + "|".join(divisions.NATIONAL_AGENCIES) + ")"
    r"([、]?(中共中央办公厅|国务院办公厅|国务院|中共中央|最高人民法院|最高人民检察院|司法部))?"
)


# A bare prefix of the document's own government and a body of it: 市政府, 县委, and a
# department (省民政厅贯彻〈…〉实施细则 is the province's own, whatever it carries out).
_AUTONOMOUS_BODY = re.compile(r"人民政府|政府|党委|人大常委会")
_OWN_BODY_HEAD = re.compile(
    r"(省|市|县|区|州|盟|旗|镇|乡)(人民政府|政府|委|人大常委会|(?![级域场直属内外])(?:(?![区县市州省乡镇])[\u4e00-\u9fa5]){1,7}?[厅局](?![长]))")


# A country's pilot zone with its province in brackets (中国(上海)自由贸易试验区, 中国(广东)…).
_NAMED_ZONE = re.compile(r"中国\(([\u4e00-\u9fa5]{2,3})\)(?=[\u4e00-\u9fa5]{2,12}?(?:试验区|示范区|先行区))")


# A sector's plan of legal education for its whole system, no place named (林草系统法治宣传教育第八个五年规划).
_SECTOR_LAW_PLAN = re.compile(r"(?:全国)?(?![全本我该])[\u4e00-\u9fa5]{2,8}?系统(?:法治宣传教育|普法)"
                              r"(?:第[一二三四五六七八九十]个五年)?(?:规划|工作规划)")


# Two levels or more listed at a title's head: 中央、省委、市委…, 省市县…
_LEVELS_LISTED = re.compile(r"(?:中央|省委?|市委?|县委?|区委?)、(?:中央|省委?|市委?|县委?|区委?)")


@functools.lru_cache(maxsize=8192)
def _title_head(title: str) -> tuple[str, str | None] | None:
    """What a title opens with, read from the title alone (cached: titles recur across documents).

    ("national", body), ("division", the lowest name of the chain it opens with),
    ("relative", 市 + 政府 ...) or None.
    """
    if title.startswith(_FORWARDED):
        return None  # 关于转发最高人民法院…的报告: the body named is not the one forwarding
    head = _HEAD_NOISE.sub("", title)
    national = _NATIONAL_HEAD.match(head)
    if national:
        return "national", national.group(0)
    if head.startswith("中国共产党"):
        return "national", "中共中央"  # 中国共产党…规定: the party centre's own regulations
    if _LEVELS_LISTED.match(head):
        return None  # 中央、省委、市委法治督查问题整改方案: whose findings, not who issues it
    if head.startswith("中央"):
        return "national", "中共中央"  # 中央党内法规制定工作规划纲要: the centre's own plan
    if head.startswith("中国("):
        # A pilot zone named for the country with its province in brackets (中国(浙江)自由贸易试验区条例): the
        # province's own, its congress's regulation, not the nation's.
        zone = _NAMED_ZONE.match(head)
        if zone is not None:
            province = divisions.city_named(zone.group(1)) if len(zone.group(1)) <= 3 else None
            found = title_divisions(zone.group(1) + ("" if province else "省"))
            if province is not None or found:
                return "division", province.name if province is not None else found[0][2]
    found = title_divisions(head[:24])
    if not found:
        city = _city_short(head)
        if city is not None:
            return "division", city  # 上海法治政府建设规划, 珠海经济特区…条例: a city by its short name
        if "系统" in head[:12] and _SECTOR_LAW_PLAN.match(head) is not None:
            # A sector's nationwide plan of legal education (林草系统法治宣传教育第八个五年规划, 全国水利系统…):
            # its ministry's, national; a province's says so (全省…系统, 某省…系统).
            return "national", None
    if found and found[0][0] == 0:
        chain = found[0]
        for match in found[1:]:
            if match[0] == chain[1]:
                chain = match
            else:
                break
        return "division", chain[2]
    if head.startswith("自治区"):
        # An autonomous region's own title (自治区贯彻落实〈纲要〉实施方案, 自治区人民政府…)
        body = _AUTONOMOUS_BODY.match(head, 3)
        return "relative", "自治区", body.group() if body else ""
    rel = _OWN_BODY_HEAD.match(head)
    if rel:
        return "relative", rel.group(1), rel.group(2)
    return None


def _city_short(head: str) -> str | None:
    """The full name of a province or city a title opens with by its short name (上海, 珠海), or None."""
    shorts = _CITY_SHORTS or _load_city_shorts()
    if head[:2] not in shorts and head[:3] not in shorts and head[:4] not in shorts:
        return None  # (most titles: three lookups, nothing more)
    for size in (2, 3, 4):
        # (四川市县法治指数: 市县 is the province's cities and counties, no city named 四川市)
        if head[:size] not in shorts or (head[size : size + 1] in "市省" and head[size : size + 2] != "市县") \
                or not "\u4e00" <= head[size : size + 1] <= "\u9fff":
            continue
        city = divisions.city_named(head[:size])
        if city is not None:
            return city.name
    return None


_CITY_SHORTS: frozenset[str] = frozenset()


def _load_city_shorts() -> frozenset[str]:
    global _CITY_SHORTS
    _CITY_SHORTS = divisions.city_shorts()
    return _CITY_SHORTS


@functools.lru_cache(maxsize=8192)
def _body_in_title(rest: str, limit: int) -> int | None:
    """Where a body named at the start of ``rest`` (a title's words after a division, and 》) ends."""
    best = _best_end(rest, 0, limit)
    if best is not None and best[1] == "协调小组" and (committee := rest.rfind("委员会", 0, best[0])) >= 0:
        return committee + 3  # a commission's coordinating groups issue nothing: the commission does
    return None if best is None else best[0]


def _own_zone_opens(title: str, own: divisions.Division) -> bool:
    """Whether ``title`` opens with the document's own zone, or with its city's name and then the zone."""
    if title.startswith(own.name):
        return True
    for full, short in (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区")):
        if own.name.endswith(short) and title.startswith(own.name[: -len(short)] + full):
            return True  # (珠海高新技术产业开发区… in 珠海高新区's own text: its full name)
    chain = own.chain
    return len(chain) >= 2 and chain[-2] != own.name and title.startswith(chain[-2] + own.name)


def _title_issuer(ctx: DocumentContext, title: str, span: TitleSpan) -> tuple[str | None, divisions.Division | None]:
    """The issuer a title names at its start: a national body, a division, or a body of the document's own."""
    own = ctx.division
    corps = _corps_city(ctx, title, span)
    if corps is not None:
        return corps.name, corps  # 第六师五家渠市…方案, 师市《…纲要》: the division-city's
    if (own is not None and not own.code and own.level == "county"
            and _own_zone_opens(_HEAD_NOISE.sub("", title), own) and not _core(title).endswith("条例")):
        # The document's own development zone (武汉经开区…报告, 中共…开发区工委…计划), its city's name
        # before it or not (深圳市深汕特别合作区…方案); a 条例 on it is its city's.
        return own.name, own
    if own is not None and own.level == "township" and _HEAD_NOISE.sub("", title).startswith(own.name):
        # The document's own township opening the title (龙溪镇…考核办法): its own, though its name
        # begins with another division's (龙溪地区, a former prefecture).
        return own.name, own
    head = _title_head(title)
    if head is None:
        return None, None
    if head[0] == "national":
        return head[1], divisions.NATIONAL
    if head[0] == "division":
        name = head[1]
        resolution = ctx.resolve(name)
        # (城中区 of 西宁 or of 柳州: a county either way)
        division = resolution.division or county_by_name(resolution)
        if division is None:
            return name, None
        if division.level == "prefecture":
            # 某市市中区…工作要点: the city's district whose name is also a word, not the city
            child = city_district_as_word(division.name, title[title.find(name) + len(name) :], ctx.year)
            if child is not None:
                return name + child.name, child
        own = ctx.division
        if division.level == "county" and own is not None and own.level == "township":
            # The document's own township after its county (上城区四季青街道...): the township issued it.
            if title.startswith(own.name, title.find(name) + len(name)):
                return own.name, divisions.township(own.name, division)
        if (division.level == "prefecture" and own is not None and own.level == "township"
                and title.startswith(own.name, title.find(name) + len(name))):
            # The same after its city, with no county between (东莞市东城街道2023年…工作要点): the township's.
            return own.name, own
        # The body named right after the division, if the title carries it.
        text = ctx.text
        offset = text.find(name, span.start, span.end)
        body = None
        if offset >= 0:
            after = offset + len(name)
            # The body never reads past the title's closing mark: what follows
            # the title is one character at most.
            end = _body_in_title(text[after : span.end + 1], min(20, span.end - after))
            if end is not None:
                party = "中共" if text.startswith("中共", offset - 2) else ""
                body = party + name + written_body(text[after : after + end])
        return body or name, division
    # A bare prefix of the document's own government: 市政府网站..., 县委...
    division = ctx.relative(head[1])
    if division is not None:
        body = head[2]
        return division.name + ("人民政府" if body == "政府" else body), division
    return None, None


_SENTENCE_KIND = (
    ("local_regulation", re.compile(r"(地方性法规|这部法规|该法规|此法规|自治条例|单行条例)")),
    # (a run of titles between a congress and its inspection, 省人大常委会《A法》《B条例》《C若干规定》执法检查报告: what
    # a congress inspects are laws and its local regulations; round 248)
    ("local_regulation", re.compile(r"人大常委会》执法检查")),
    # (not 规章制度, a body's rules and systems in general: 完善相关规章制度,审议了《某街道…办法》)
    ("rule", re.compile(r"(政府规章|地方政府规章|部门规章|这部规章|该规章|规章(?!制度))")),
)


_SENTENCE_HINT = re.compile(r"法规|规章|自治条例|单行条例|》执法检查")
_KIND_BEFORE_TITLE = re.compile(r"(?:地方性法规|政府规章|地方政府规章|部门规章|规章|自治条例|单行条例)(?=[^\S\n]?《)")
# A clause on a subset of the items a sentence counts (…等重要事项146件,其中…): what it says is of some of them.
_SUBSET_CLAUSE = re.compile(r"[,，]其中")
_TITLE = re.compile(r"《[^《》]*》")


def _sentence_kind(text: str, span: TitleSpan) -> str | None:
    """What the sentence around a title calls it: 地方性法规, 规章 (titles masked)."""
    lo = max(0, span.start - 80)
    hi = min(len(text), span.end + 80)
    if _SENTENCE_HINT.search(text, lo, hi) is None:
        return None  # the usual case: no kind word anywhere near
    left = text[lo : span.start]
    right = text[span.end : hi]
    cut = max(left.rfind(c) for c in "。;\n")
    left = left[cut + 1 :]
    stop = min([i for i in (right.find(c) for c in "。;\n") if i >= 0] or [len(right)])
    right = right[:stop]
    subset = _SUBSET_CLAUSE.search(right)
    if subset is not None:
        # (审议《A办法》《B规定》等重要事项146件,其中提请…审议地方性法规草案2件: a clause on some of the items
        # counted, not on the titles listed; the kind it names is not theirs)
        right = right[: subset.start()]
    if "《" in right:
        # (《A办法》,因我市于2022年出台地方性法规《B条例》,已覆盖…: the kind named right before a later title is
        # that title's, not the one before it)
        right = _KIND_BEFORE_TITLE.sub("", right)
    sentence = _TITLE.sub("", left + "》" + right)
    kinds = {kind for kind, pattern in _SENTENCE_KIND if pattern.search(sentence)}
    if not kinds and ";" in text[lo:hi]:
        # A series of clauses on one kind of text (30部政府规章予以保留;将《A办法》确定为废止项目;…7部规章):
        # the kind the whole sentence names, when it names one and no normative documents beside it.
        whole = text[max(0, span.start - 160) : span.start]
        whole = whole[max(whole.rfind(c) for c in "。\n") + 1 :]
        after = text[span.end : span.end + 160]
        whole += "》" + after[: min([i for i in (after.find(c) for c in "。\n") if i >= 0] or [len(after)])]
        whole = _TITLE.sub("", whole)
        if "规范性文件" not in whole:
            kinds = {kind for kind, pattern in _SENTENCE_KIND if pattern.search(whole)}
    return kinds.pop() if len(kinds) == 1 else None


_NOTICE_END = re.compile(r"(通知|通报)$")
# A notice issuing a plan, its years or trial mark written before 的通知
# (关于印发…实施方案(2023-2025年)的通知) as after the plan's title.
_PLAN_NOTICE_END = re.compile(r"(纲要|规划|方案|要点|计划|安排)(?:\([^()〈〉]{1,14}\))?(的)?(通知|通报)$")
# A notice putting something into a plan (关于将…纳入…学习计划的通知): it issues no plan of its own.
_INTO_PLAN_NOTICE = re.compile(r"关于(?:将|把)[^〈《]{2,60}?纳入")
# (a place's white paper on its rule-of-law work, 某区法治建设白皮书(2023), is a report it publishes)
_REPORT_END = re.compile(r"(报告|总结|白皮书)$")
# (…重点工作安排分工: the division of a year's arrangement among units, a plan as its 要点与责任分工 is)
# (某区贯彻落实〈某规定〉责任分工, …任务分工: a division of tasks among units, a plan as a 分工表 is; a
# body's 关于…的任务分工 stays normative)
# (某县创建示范县指标任务分解及佐证材料明细表: the tasks broken down, with what proves each, a plan as a 分解表 is)
_PLAN_END = re.compile(r"(纲要|(?<=实施)纲|规划|方案|预案|要点|计划|安排|分解表|分工表|任务分解[\u4e00-\u9fa5]{1,10}?表|分解台账|任务台账|重点工作|重点任务|路线图|时间表|(?:要点|计划)[与及和](?:责任|任务)?分工|安排[与及和]?(?:责任|任务)?分工|(?<!的)(?:责任|任务)分工)$")
_LAW_END = re.compile(r"(?<![办方做说看想])法(典)?$")
_PARTY = re.compile(r"(中共|党委|中央办公厅|中办)")
_COUNTY_WIDE = re.compile(r"^(?:(?:19|20)\d{2}年度?)?全(?:区|县|旗)")
# A plan of a whole county or banner by its level's word, its place unnamed (2025年度依法治县工作要点, 全县…).
_PLACELESS_COUNTY_WIDE = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:全|(?:全面)?依法治)(?:县|旗)")
# A title opening with its place's level written bare (市法治政府建设实施纲要: the city's own).
_BARE_LEVEL_OPENING = re.compile(r"[省市县区州](?:法治|依法|全面|贯彻|落实|关于|(?:19|20)\d{2})")
# A plan for the rule of law of a whole level, its place unnamed (全面依法治市提升行动方案, 全面依法治省规划).
_WHOLE_RULE_OF_LAW = re.compile(r"^(?:(?:19|20)\d{2}年度?)?全面依法治([省市州盟县区旗])")
# A title on the whole of a level, anywhere in it (关于进一步提升全市乡镇(街道)…的通知).
_WHOLE_OF_LEVEL = re.compile(r"全([省市州县区旗])(?!域)")
_WHOLE_PLACE = re.compile(r"^(?:(?:19|20)\d{2}年度?)?全(?:省|市|州|区|县|旗)")
# A plan of a higher level's whole, its place unnamed (2025年全市法治政府建设工作要点 in a district's report).
# (关于组织开展2024年度全市…考试的通知: a notice on the whole city's work, the same)
# (市直单位…考评指标 in a district's report: the city's own units', the city's)
_WHOLE_HIGHER = re.compile(r"^(?:关于(?:组织)?(?:开展|做好|举办)?)?(?:(?:19|20)\d{2}年度?)?"
                           r"(?:全|(?=[省市州]直(?:属)?(?:单位|部门|机关|各)))([省市州])")
# A plan of a whole level below a province's, its place unnamed (2024年全市守法普法工作要点, 全面依法治县…).
_WHOLE_LOWER = re.compile(r"^(?:关于(?:组织)?(?:开展|做好|举办)?)?(?:(?:19|20)\d{2}年度?)?全(?:面依法治)?([市州县])")
_RULE_END = re.compile(r"(规定|办法|通则)$")
# A title whose subject, after its place, is the party committees and groups (党委(党组)…规定).
_PARTY_COMMITTEES_RULE = re.compile(r"(?:[\u4e00-\u9fa5]{1,8}?[省市州县区])?党委[((]党组[))]")
# A local party committee or its commission (省委全面依法治省委员会): its 规定 is no government's rule.
_LOCAL_PARTY = re.compile(r"([省市县区州旗]委|党委|党工委|中共)")
_PARTY_AND_GOVERNMENT = re.compile(r"党政(?:主要)?(?:负责人|领导干部|领导班子|机关)")
_IMPLEMENTING_LAW = re.compile(r"实施〈[^〉]*(条例|法)〉")
# (…实施〈中华人民共和国X法〉若干规定 or 规定, its congress's the same as its 办法: 湖南省实施〈…未成年人保护法〉若干规定)
_IMPLEMENTING_NATIONAL_LAW = re.compile(r"实施〈中华人民共和国[^〉]*法〉(?:(?:实施)?办法|(?:若干)?规定)$")
_DETAIL_END = re.compile(r"(细则|规则|准则)$")
# (法治督察工作实施办法: the rules of the rule-of-law inspection itself, named without 建设)
# (a place's own rule of law by its short name, 法治杭州建设考核办法, the same work's rules)
_RULE_OF_LAW_WORK = re.compile(r"法治(?:政府|[\u4e00-\u9fa5]{2,3}?)?建设[\u4e00-\u9fa5]{0,6}?(?:年度(?:情况)?报告|考核|考评|督察|述法)|法治督察")
# (a place's rules for its drive to be named a model of rule-of-law government, 某省法治政府建设示范创建办法: the
# same work's rules, kept apart from _RULE_OF_LAW_WORK, which also marks a national rule as the party's)
# (and a place's rules for the schools' rule of law and its model schools, 某市依法治校示范校评选与管理办法: an education
# bureau's, as every 依法治校 document is; round 264, 武进)
_MODEL_DRIVE_RULES = re.compile(r"法治(?:政府)?建设示范创建|依法治校")
_NATIONAL_BY_DEFAULT = re.compile(r"(条例|暂行规定)$|(?<![办方做说看想])法$")
# The party's code of conduct for its members (关于新形势下党内政治生活的若干准则, 中国共产党廉洁自律准则):
# a central party regulation, whoever cites it.
_PARTY_CODE = re.compile(r"(?:^中国共产党|党内).*准则$")
# A title that opens by naming the nation (国家市县法治政府建设示范指标体系, 全国…规划) is the nation's,
# but the state's employees (国家工作人员学法用法制度) are anyone's to regulate. So is one opening with the
# state's full name that is no law (中华人民共和国…年度报告格式, a format the central office sets).
# (or the year it is for before it: 《2022年全国打击侵犯知识产权和制售假冒伪劣商品工作要点》 in a city's plan, the
# nation's work points it follows; round 258), or the plan period it is for (《“十四五”国家知识产权保护和运用规划》)
_NATIONAL_OPENING = re.compile(r"(?:(?:19|20)\d{2}年度?|“[一二三四五六七八九十]{2,4}”)?(?:国家(?!工作人员|机关工作人员)|全国|中华人民共和国)")
# A title on cities and counties as a class (关于进一步加强市县法治建设的意见, 关于推进县乡政府…的通知), no place
# named: an upper level's for all of them, the centre's when nothing says whose, never a county's own.
_LEVELS_AS_CLASS = re.compile(r"^关于[^〈《]{0,12}?(?:市县|市、县|县乡|县、乡|市县乡)")
# A plan named for the rule of law of a province or city by its short name (法治上海建设规划).
_RULE_OF_LAW_PLACE = re.compile(r"法治([\u4e00-\u9fa5]{2,4}?)建设")


def _rule_of_law_place(title: str, year: int | None) -> divisions.Division | None:
    """The province or city a 法治X建设 title names by its short name, if X is one."""
    match = _RULE_OF_LAW_PLACE.match(title)
    return divisions.city_named(match.group(1), year) if match is not None else None


def _rule_of_law_county(title: str, town: divisions.Division, year: int | None) -> divisions.Division | None:
    """The township's own county a 法治X建设 title names by its short name (法治宜兴建设规划 in 丁蜀镇's report), if X is it."""
    match = _RULE_OF_LAW_PLACE.match(title)
    chain = town.chain
    if match is None or len(chain) < 2:
        return None
    county = chain[-2]
    if county[:-1] != match.group(1) or county[-1:] not in "市县区":
        return None
    found = divisions.resolve(county, year).division
    return found if found is not None and found.level == "county" else None


# The same rule of law named after what is done to build it (建设更高水平法治开封2022年度工作要点, 推进法治河南建设…).
_BUILDING_RULE_OF_LAW_PLACE = re.compile(
    # (or the year alone before it: 《2023年法治杭州建设考核办法》 in a district's report, the city's)
    r"^(?:(?:19|20)\d{2}年度?(?=法治)|(?:(?:19|20)\d{2}年度?)?(?:建设|推进|深化|加快建设|加快推进|奋力建设)[\u4e00-\u9fa5]{0,6}?)"
    r"法治([\u4e00-\u9fa5]{2,3}?)"
    r"(?=建设|(?:19|20)\d{2}|工作)")


def _built_rule_of_law_place(title: str, year: int | None) -> divisions.Division | None:
    """The province or city whose rule of law a title says it builds (建设…法治开封…), if one is named."""
    match = _BUILDING_RULE_OF_LAW_PLACE.match(title)
    if match is None or find_divisions(title[match.end() :]):
        # (…法治江苏建设工作…常州市责任分解方案: a place named after it owns the document)
        return None
    return divisions.city_named(match.group(1), year)


# A 规定, 办法 or 细则 (or a 责任制 laid down so) with no place and no issuer: local rules name their place in the
# title (上海市…规定), so one without is a ministry's (律师执业管理办法), unless it names
# its issuer before 关于 (新江湾城街道关于…办法) or the document made or reviewed it itself
# (制定《行政规范性文件管理办法》).
_UNPLACED_RULE_END = re.compile(r"(规定|办法|细则|通则|责任制)$")
# A title opening with a county's or a district's bare level and its subject (区科技创新…办法, 县…管理规定), not
# a word that opens with the character (区域, 区块链, 县域, 县级, 县乡).
_BARE_COUNTY_OPENING = re.compile(r"[区县](?!域|块|级|乡|[、和与及])[\u4e00-\u9fa5]{2}")
# A title opening with a body of a bare level (市自然资源和规划局…规定, 县教育局…清单): that level's, never a
# ministry's (not 市场…, 区域…, 县级…).
_BARE_BODY_OPENING = re.compile(r"([省市县区])(?![场域级块乡])[\u4e00-\u9fa5]{1,12}?(?:局|委员会|委|办公室|办)(?=[\u4e00-\u9fa5])"
                                # (《区教育系统…普法责任清单》: a bureau's system of a district written bare, a district's)
                                r"|([省市县区])(?![场域级块乡直属])[\u4e00-\u9fa5]{2,6}?系统(?=[\u4e00-\u9fa5“])")
# (创新实施《…办法(试行)》: a way of working the place devised and put in force, its own)
_MADE_HERE = re.compile(r"制定|制发|出台|印发|修订|修改|起草|审查|审核|拟定|建立|完善|通过|发布|下发|创新实施")
_CLAUSE_BREAK = re.compile(r"[,;。:\n!?,;:]")


@functools.lru_cache(maxsize=8192)
def classify(title: str, issuer: str | None, level: str | None, own: bool = False,
             sentence_kind: str | None = None) -> str:
    """The kind of a cited document from its title's last word, its issuer and its context.

    >>> classify("吉林省优化营商环境条例", "吉林省人大常委会", "provincial")
    'local_regulation'
    >>> classify("吉林省行政应诉办法", "吉林省人民政府", "provincial"), classify("X区行政执法办法", "X区", "county", own=True)
    ('rule', 'normative')
    """
    core = _core(title)
    # (_core drops a trailing draft mark with the other qualifiers: look for it in the title as written)
    draft = bool(_DRAFT.search(core) or _DRAFT_MARK.search(title))
    core = _DRAFT.sub("", core) or core
    issuer = issuer or ""
    if _NOTICE_END.search(core):
        if (_PLAN_NOTICE_END.search(core) and "转发" not in core and not STUDY_NOTICE.search(core)
                and not _INTO_PLAN_NOTICE.search(core)):
            # (a notice to study a plan, 关于认真学习贯彻…纲要(…)的通知, issues none: a normative notice)
            return "plan"
        return "normative"
    if _REPORT_END.search(core) or _YEAR_WORK_ACCOUNT.search(core):
        return "report"
    if _PLAN_END.search(core):
        return "plan"
    if _CARRYING_OUT_CUT.search(core) and _CARRIED_PLAN.search(core):
        return "plan"  # a place carrying out a nested 纲要 or 规划, its own 实施方案 left unsaid (某省贯彻落实〈…纲要〉)
    if _LAW_END.search(core):
        return "law"
    # (a national rule for the heads and bodies of party and government alike, 党政主要负责人…规定 written in
    # another wording than the table's, is the party centre's and the State Council's offices' own)
    # (a national rule for rule-of-law work's inspection or review with no issuer written, 法治政府建设责任落实与
    # 督察规定 in another wording than the table's 督察工作规定, is the centre's offices' party regulation too)
    party = level == "national" and (bool(_PARTY.search(issuer)) or core.startswith("党政")
                                     or (not issuer and bool(_RULE_OF_LAW_WORK.search(core))))
    if core.endswith("决定") and level == "national" and ("全国人大" in issuer or "全国人民代表大会" in issuer):
        return "law"  # 全国人大常委会关于…的决定: the legislature's decision on a legal question
    if core.endswith("条例"):
        if party or core.startswith("中国共产党"):
            return "party_regulation"
        if level == "national":
            return "law" if "人大" in issuer or "人民代表大会" in issuer else "administrative_regulation"
        return "local_regulation"
    if _RULE_END.search(core):
        if party or _PARTY_COMMITTEES_RULE.match(core):
            # (a rule for party committees and groups themselves, 党委(党组)落实…主体责任规定, 某省党委(党组)
            # 运用…办法: the party's own regulation, whoever the text says issued it)
            return "party_regulation"
        if level != "national" and _PARTY_AND_GOVERNMENT.search(core):
            # (a place's 办法 for the heads or bodies of party and government alike, 某省党政主要负责人履行…
            # 实施办法, is its committee's and government's offices' document, no government's 规章)
            return "normative"
        if level != "national" and "政府" not in issuer and "人大" not in issuer and _LOCAL_PARTY.search(issuer):
            return "normative"
        if level == "national":
            return "administrative_regulation" if issuer == "国务院" else "rule"
        if issuer.endswith(("厅", "局")) or (issuer.endswith(("委员会", "委")) and "人大" not in issuer
                                            and "人民代表大会" not in issuer):
            # a local department makes no 规章: 广东省司法厅…监督管理办法, and a government's commission neither
            # (天津市市场监督管理委员会公职律师激励办法)
            return "normative"
        if "人大" in issuer:
            return "local_regulation"
        if _DISCRETION_BASIS.search(core):
            # (a place's standard of discretion, 某省生态环境行政处罚裁量基准规定, 某市…裁量基准适用规定: its
            # departments issue these as normative documents, as 国办发〔2022〕27号 has them; a government's 规范行政
            # 裁量权办法 names no 基准 and stays its rule; a sentence naming 规章 among the kinds it revised
            # them for, 法律法规规章制修订情况, does not make one a 规章)
            return "normative"
        if _RULE_OF_LAW_WORK.search(core) or _MODEL_DRIVE_RULES.search(core):
            # (a place's rules for its rule-of-law work itself, its reports, reviews and inspections:
            # 青海省法治建设年度报告工作办法, 济南市法治建设考核评价办法, which its party committee's
            # commission makes, as the centre's 督察工作规定 is a party regulation)
            return "normative"
        if sentence_kind:
            return sentence_kind
        if level in ("provincial", "prefecture") and _IMPLEMENTING_NATIONAL_LAW.search(core):
            # (a province's or city's measures carrying out a national law, 某省实施〈中华人民共和国土地管理法〉
            # 办法, are its congress's local regulation; those carrying out a 条例 stay its government's rule)
            return "local_regulation"
        if draft or _IMPLEMENTING_LAW.search(core):
            return "rule"
        # Only provinces and cities with districts make 规章; a county's 办法 is a
        # normative document, and so mostly are a city's own, as its reports call them.
        if level in ("county", "township"):
            return "normative"
        return "normative" if own and level == "prefecture" else "rule"
    if _DETAIL_END.search(core) and (party or _PARTY_CODE.search(core)):
        return "party_regulation"
    return "normative"


@dataclass
class Citation:
    """One cited document: canonical title, its occurrences and what is known of its issuer."""

    title: str
    spans: list[TitleSpan]
    aliases: set[str]
    issuer: str | None = None
    issuer_level: str | None = None
    issuer_code: str | None = None
    kind: str | None = None


_RANGE_WITHOUT_YEAR = re.compile(r"\((?:19|20)\d{2}-(?:19|20)\d{2}\)$")


_YEARS_AT_END = re.compile(r"\((?:19|20)\d{2}-(?:19|20)\d{2}年?\)$")


@functools.lru_cache(maxsize=8192)
def _national_plan(title: str) -> laws.Law | None:
    """The national plan a title names under other years or none (《法治政府建设实施纲要》 from 中央和省)."""
    return national_plan_stems().get(_YEARS_AT_END.sub("", title))


@functools.cache
def _sole_national_plan(stem: str) -> laws.Law | None:
    """The national plan titled ``stem`` and some years, when the law table has one edition only, else None.

    >>> _sole_national_plan("法治社会建设实施纲要").title, _sole_national_plan("法治政府建设实施纲要")
    ('法治社会建设实施纲要(2020-2025年)', None)
    """
    editions = [law for law in laws.all_laws()
                if law.kind == "plan" and _YEARS_AT_END.search(law.title) and _YEARS_AT_END.sub("", law.title) == stem]
    return editions[0] if len(editions) == 1 else None


_YEAR_RANGE = re.compile(r"\(((?:19|20)\d{2})-((?:19|20)\d{2})年?\)$")


def _misdated_national(title: str) -> str | None:
    """The official title of the national plan ``title`` names with its first year off by one, else None.

    >>> _misdated_national("法治社会建设实施纲要(2021-2025年)"), _misdated_national("法治社会建设实施纲要(2016-2020年)")
    ('法治社会建设实施纲要(2020-2025年)', None)
    """
    plan = _national_plan(title)
    own, official = _YEAR_RANGE.search(title), _YEAR_RANGE.search(plan.title) if plan is not None else None
    if own is None or official is None or plan.title == title:
        return None
    if own.group(2) == official.group(2) and abs(int(own.group(1)) - int(official.group(1))) == 1:
        return plan.title
    return None


@functools.lru_cache(maxsize=8192)
def _lookup_law(title: str):
    law = laws.lookup(title)
    if law is None and title[-2:-1].isdigit() and title.endswith(")") and _RANGE_WITHOUT_YEAR.search(title):
        law = laws.lookup(title[:-1] + "年)")  # 《法治政府建设实施纲要(2021-2025)》
    if law is None and not title.startswith("中华人民共和国"):
        law = laws.lookup("中华人民共和国" + title)
    if law is None and title.endswith(_PARTY_RULE_ENDS) and not title.startswith("中国共产党"):
        # 《纪律处分条例》, 《问责条例》: the party's regulation cited without its 中国共产党, as a law without its
        # 中华人民共和国 (only titles the table holds in full; a place's own 条例 is written with the place)
        law = laws.lookup("中国共产党" + title)
        law = law if law is not None and law.kind == "party_regulation" else None
    if law is None and title.endswith("法") and 3 <= len(title) <= 12:
        law = laws.lookup_suffix(title)
    if law is None and title.startswith(_ISSUER_PREFIXES):
        # 《中共中央、国务院法治政府建设实施纲要(2021-2025年)》: its issuer written into the title.
        rest = _ISSUER_PREFIX.sub("", title)
        law = _lookup_law(rest) if rest != title and len(rest) >= 4 else None
    return law


_PARTY_RULE_ENDS = ("条例", "准则", "规定")


# The nation named just before a placeless title, or the nation's requirement it is carried out under
# (国家《…》, 按照国家统一要求落实《…》); not a state body's name (国家发展改革委《…》 names its issuer).
_NATION_BEFORE = re.compile(r"国家《$|(?:按照|根据|依照|依据)国家(?:统一|有关|相关)?(?:要求|部署|规定)[,,]?"
                            r"(?:严格|全面|认真)?(?:落实|执行|实施|推行)《$")
_ISSUER_PREFIXES = ("中共中央", "国务院", "党中央")
_ISSUER_PREFIX = re.compile(r"^(?:中共中央|党中央|国务院)(?:[、和]?(?:国务院|中共中央))?")


def read_citations(doc: Document) -> list[Citation]:
    """The document's citations, merged, in order of first mention (cached per document)."""
    return list(_read_citations(doc))


# A title's years written after its closing mark, and a title that has its own.
_RANGE_AFTER = re.compile(r"\(((?:19|20)\d{2})年?[-—–~至]((?:19|20)\d{2})年?\)")
_HAS_RANGE = re.compile(r"(?:19|20)\d{2}年?[-—–~至](?:19|20)\d{2}")


@functools.lru_cache(maxsize=64)
def _read_citations(doc: Document) -> tuple[Citation, ...]:
    ctx = context_of(doc)
    text = ctx.text
    aliases: dict[str, str] = {}
    declared: list[tuple[int, int]] = []
    occurrences: list[tuple[str, TitleSpan]] = []
    for span in titles_of(ctx):
        if span.start >= ctx.body_end:
            continue
        title = normalize_title(span.raw)
        if any(a <= span.start < b for a, b in declared):
            continue  # the abbreviation itself, inside "(以下简称《纲要》)"
        if title in aliases:
            occurrences.append((aliases[title], span))
            continue
        if (not is_document_title(title) and not _workbook_called_a_document(text, span, title)
                or _is_in_non_document_context(text, span)):
            continue
        if text.startswith("(", span.end + 1) and not _HAS_RANGE.search(title):
            years = _RANGE_AFTER.match(text, span.end + 1)
            if years:  # 《法治中国建设规划》(2020年-2025年): the years written after the marks
                title = f"{title}({years.group(1)}-{years.group(2)}年)"
        law = _lookup_law(title)
        if law is None and title.endswith("(-年)"):
            # 《法治社会建设实施纲要(—年)》: a national plan whose years a page lost, cited by its official title.
            law = _sole_national_plan(title[:-4])
        if law is not None:
            title = law.title
        occurrences.append((title, span))
        if span.depth == 0 or True:
            match = _ABBREVIATION.match(text, span.end + 1)
            if match:
                alias = normalize_title(match.group("marked") or match.group("alias"))
                if alias and alias != title:
                    aliases[alias] = title
                    declared.append((span.end + 1, match.end()))
    occurrences += _unmarked_plans(ctx)
    occurrences += _unmarked_national_plans(ctx)
    # Undeclared short forms (《纲要》 alone) name the one earlier title they end.
    titles = list(dict.fromkeys(t for t, _ in occurrences))
    canon: dict[str, str] = {}
    fuller_forms = _fuller_forms(titles)
    for title in titles:
        canon[title] = _variant_of(title, titles, ctx, fuller_forms)
        if canon[title] != title and _YEARS_AT_END.sub("", canon[title]) == _YEARS_AT_END.sub("", title) and any(
                t == title and _local_issuer_before(text, span)
                for t, span in occurrences):
            # 省委、省政府《法治政府建设实施纲要(2016-2020年)》: the province's own plan, not the centre's misdated.
            canon[title] = title
        elif canon[title] == title and all(span.depth for t, span in occurrences if t == title):
            # 《营口市贯彻落实〈法治社会建设实施纲要(2021-2025年)〉实施办法》: a national plan nested under a
            # year off its own (2020-2025) is the national plan, cited by its official title.
            canon[title] = _misdated_national(title) or title
    merged: dict[str, Citation] = {}
    for title, span in occurrences:
        name = canon.get(title, title)
        if name in _BARE_KINDS:
            written = _written_out_before(text, name, span) if name in _WRITTEN_OUT_KINDS else None
            if written is None:
                continue  # 区委《意见》、区人大《决定》: a kind of document, the title left unsaid
            # (审议我区2021年法治政府建设工作要点…对照《工作要点》: the year's plan the text wrote out unmarked)
            name = written
        citation = merged.get(name)
        if citation is None:
            citation = merged[name] = Citation(name, [], set())
        citation.spans.append(span)
        if title != name:
            citation.aliases.add(title)
        raw = normalize_title(span.raw)
        if raw != name:
            citation.aliases.add(raw)
    for alias, title in aliases.items():
        name = canon.get(title, title)
        if name in merged:
            merged[name].aliases.add(alias)
    for citation in merged.values():
        _describe(ctx, citation)
    return tuple(merged.values())


# A university, an academy or a society publishing a title just before it.
# International bodies, whose treaties and documents a report may cite (联合国《生物多样性公约》).
_INTERNATIONAL_BODIES = ("联合国", "世界卫生组织", "世界贸易组织", "国际劳工组织", "世界知识产权组织", "国际海事组织")
_INTERNATIONAL_BEFORE = re.compile("(?:" + "|".join(_INTERNATIONAL_BODIES) + r")(?:[\u4e00-\u9fa5]{0,4}(?:通过|制定|发布|的))?《\Z")
_ACADEMIC_BEFORE = re.compile(r"(?:大学|学院|研究院|研究所|研究中心|研究会|学会)[\u4e00-\u9fa5]{0,12}?(?:发布|编写|出版|编制)了?《\Z")
# A third party's assessment of the whole country (中国法治政府评估报告, with its year or years after it): the
# scholars' who rank the places, no government's.
_COUNTRY_ASSESSMENT = re.compile(r"中国[\u4e00-\u9fa5]{2,16}评估报告(?:\((?:19|20)\d{2}(?:-(?:19|20)\d{2})?\))?")


# A local committee or government written just before a title: its issuer (省委、省政府《…》).
_LOCAL_ISSUER_BEFORE = re.compile(r"(?:[省市县区州](?:委|政府|人民政府)(?:[、和][省市县区州]?(?:委|政府|人民政府))?|师市)《\Z")

# A 兵团 division and its city, run as one (师市合一): 第六师五家渠市, written whole or as the bare 师市.
_CORPS_CITY = re.compile(r"第[一二三四五六七八九十]{1,3}师([\u4e00-\u9fa5]{2,4}?市)")


def _corps_city(ctx: DocumentContext, title: str, span: TitleSpan) -> divisions.Division | None:
    """The 兵团 division-city (第六师五家渠市) that issued a title: one opening the title, or the one the text
    names when the title follows its bare 师市 (对标师市《法治政府建设实施纲要(2021-2025年)》).

    A division (师) is of a prefecture's level, whatever the level of the city it runs as one with.
    """
    if "师" not in title[:6] and ctx.text[span.start - 3 : span.start - 1] != "师市":
        return None
    head = _CORPS_CITY.match(_HEAD_NOISE.sub("", title))
    if head is None and span.depth == 0 and ctx.text[span.start - 3 : span.start - 1] == "师市":
        named = {m.group() for m in _CORPS_CITY.finditer(ctx.text, 0, ctx.body_end)
                 if ctx.resolve(m.group(1)).division is not None}
        head = _CORPS_CITY.search(next(iter(named))) if len(named) == 1 else None
    if head is None or ctx.resolve(head.group(1)).division is None:
        return None
    return divisions.Division(code="", name=head.group(), level="prefecture", province="新疆维吾尔自治区")


def _local_issuer_before(text: str, span: TitleSpan) -> bool:
    """Whether a local committee or government is written right before the title at ``span``."""
    return _LOCAL_ISSUER_BEFORE.search(text, max(0, span.start - 16), span.start) is not None


# A title the text's author drafts (我市…起草《关于开展法治宣传教育的第八个五年规划(2021—2025年)》初稿): its own
# document, though it bears a central plan's name; the centre's plan is never drafted below it (代部起草 is the ministry's).
_DRAFTED_BEFORE = re.compile(r"(?<!代部)(?:起草|拟订|拟定|草拟)了?《\Z")


def _drafted_before(text: str, span: TitleSpan) -> bool:
    """Whether the title at ``span`` stands right after a verb of drafting it."""
    return _DRAFTED_BEFORE.search(text, max(0, span.start - 8), span.start) is not None


# A kind of document standing for a title the text never writes out, nor abbreviates
# (《纲要》《规划》 with no 纲要 or 规划 cited before, 区人大《决定》): no citation of its own.
_BARE_KINDS = frozenset(
    "纲要 规划 决定 决议 意见 若干意见 实施意见 实施纲要 实施方案 方案 工作方案 通知 办法 实施办法 细则 实施细则 "
    "规定 要点 工作要点 计划 工作计划 清单 报告 规则 条例 法".split()
)


# A year's plan the text writes out without marks, then names by its kind alone in marks (审议我区2021年法治政府建设
# 工作要点…要对照《工作要点》): that plan, from its year.
_WRITTEN_OUT_KINDS = {kind: re.compile(r"(?<![《〈\d])((?:19|20)\d{2}年度?[\u4e00-\u9fa5]{2,20}?" + kind + ")(?![》〉])")
                      for kind in ("工作要点", "工作计划")}


def _written_out_before(text: str, kind: str, span: TitleSpan) -> str | None:
    last = None
    for last in _WRITTEN_OUT_KINDS[kind].finditer(text, max(0, span.start - 600), span.start - 1):
        pass
    return normalize_title(last.group(1)) if last is not None else None


# A plan named without 《》, from its place to the years it covers, inside a sentence:
# 扎实推进吉林市法治政府建设实施方案(2021--2025年), 实施完成辽宁省第七个五年法治宣传教育规划(2016-2020年).
_UNMARKED_PLAN = re.compile(
    r"[\u4e00-\u9fa5]{2,40}?(?:实施方案|规划|纲要)\s*[(（](?:19|20)\d{2}年?\s*[-—–~－]+\s*(?:19|20)\d{2}年?[)）]"
)
_UNMARKED_HINT = re.compile(r"(?:方案|规划|纲要)\s*[(（](?:19|20)\d{2}")
_TITLE_LABEL = re.compile(r"标\s*题\s*[:：]\s*\|?\s*$")
_CELL_OPEN = re.compile(r"\|[^\S\n]*$")
_PLACE_END = ("省", "市", "县", "区", "自治区", "州", "盟", "旗")


def _unmarked_plans(ctx: DocumentContext) -> list[tuple[str, TitleSpan]]:
    """(title, span) of each plan the text names without 《》, opening with its place's full name.

    Only a division's own name opens one: 全市第七个五年法治宣传教育规划(2016—2020年) and
    省市区法治政府建设实施方案(2021-2025) name no plan of their own.
    """
    text = ctx.text
    if _UNMARKED_HINT.search(text, 0, ctx.body_end) is None:
        return []
    marked = [(t.start - 1, t.end + 1) for t in titles_of(ctx) if t.depth == 0]
    own = normalize_title(ctx.title) if ctx.title else None
    found = []
    for start, end, name in ctx.divisions_found:
        if start >= ctx.body_end:
            break
        if not name.endswith(_PLACE_END) or text[end : end + 1] in "委政人党" or start == 0:
            continue
        if text[start - 1] in "\n《〈<" or any(a <= start < b for a, b in marked):
            continue  # a title line, or a title's marks hold it already
        if _CELL_OPEN.search(text, max(0, start - 4), start):
            continue  # a table's cell, as a line of its own is (序号 | 事项 | … | 1 | X规划(2024-2026年) | 承办单位)
        if _TITLE_LABEL.search(text, max(0, start - 12), start):
            continue  # a page's metadata: 标 题: | X(2021—2025年) |
        match = _UNMARKED_PLAN.match(text, start, ctx.body_end)
        if match is None or any(start < b and a < match.end() for a, b in marked):
            continue
        raw = match.group()
        title = normalize_title(raw)
        if own and own != title and title in own:
            # the tail of the page's own title after its first author (中共X县委宣传部、X县司法局关于…规划), or the
            # plan its own title names unmarked (关于贯彻落实X规划(…)的通知: the notice is cited, as one that
            # 印发 an unmarked plan is)
            continue
        if title != own and is_document_title(title):  # (a page's own title in its metadata table)
            found.append((title, TitleSpan(raw, start, match.end(), 0)))
    return found


@functools.cache
def _national_stems_by_end() -> dict[str, tuple[str, ...]]:
    """The national plans' stems (法治政府建设实施纲要) by their last two characters, longest first."""
    by_end: dict[str, list[str]] = {}
    for stem in sorted(national_plan_stems(), key=len, reverse=True):
        by_end.setdefault(stem[-2:], []).append(stem)
    return {end: tuple(stems) for end, stems in by_end.items()}


# A plan's years right after its name, no marks (…实施纲要(2021-2025年)); and the verbs that carry a plan out.
_BARE_YEARS_AFTER = re.compile(r"\s*[(（]((?:19|20)\d{2})年?\s*[-—–~－]+\s*((?:19|20)\d{2})年?[)）]")
_CARRIED_OUT_BY = ("贯彻执行", "贯彻落实", "认真执行", "执行", "落实", "贯彻", "实施", "按照", "根据", "对照", "依据")


def _unmarked_national_plans(ctx: DocumentContext) -> list[tuple[str, TitleSpan]]:
    """(title, span) of each national plan the text carries out by its full title and years, its marks lost
    (全市政府系统认真贯彻执行法治政府建设实施纲要(2021-2025年)): the plan of the law table with those years."""
    text = ctx.text
    if _UNMARKED_HINT.search(text, 0, ctx.body_end) is None:
        return []
    marked = None
    found = []
    by_end = _national_stems_by_end()
    for hint in _UNMARKED_HINT.finditer(text, 0, ctx.body_end):
        word_end = hint.start() + 2  # (the hint opens with 方案, 规划 or 纲要)
        stem = next((st for st in by_end.get(text[word_end - 2 : word_end], ()) if text.startswith(st, word_end - len(st))),
                    None)
        if stem is None:
            continue
        start = word_end - len(stem)
        if not any(text.startswith(verb, start - len(verb)) for verb in _CARRIED_OUT_BY):
            continue
        years = _BARE_YEARS_AFTER.match(text, word_end)
        if years is None:
            continue
        if marked is None:
            marked = [(t.start - 1, t.end + 1) for t in titles_of(ctx) if t.depth == 0]
        if any(a <= start < b for a, b in marked):
            continue
        law = _lookup_law(f"{stem}({years.group(1)}-{years.group(2)}年)")
        if law is not None:
            found.append((law.title, TitleSpan(text[start : years.end()], start, years.end(), 0)))
    return found


_YEARS_ONLY = re.compile(r"\((?:19|20)\d{2}-(?:19|20)\d{2}年?\)")


def canonical_title(title: str, cited: list[Citation], ctx: DocumentContext) -> str:
    """The name a title goes by among the document's citations (itself when not cited).

    A heading "汉中市汉台区2017年...工作要点" is the cited "汉台区2017年...工作要点".
    """
    title = normalize_title(title)
    names = [c.title for c in cited]
    for citation in cited:
        if title == citation.title or title in citation.aliases:
            return citation.title
    for citation in cited:
        # A heading whose years went to the next line: "...建设规划" / "(2021—2025年)".
        if citation.title.startswith(title) and _YEARS_ONLY.fullmatch(citation.title, len(title)):
            return citation.title
    for citation in cited:
        # A heading with its issuer before the 关于 of a title cited without it (印发《关于X的实施意见》,
        # then the heading 某州司法局关于X的实施意见): the cited title.
        issuer = title[: len(title) - len(citation.title)]
        if (citation.title.startswith("关于") and title.endswith(citation.title) and 2 <= len(issuer) <= 20
                and _ISSUER_END.search(issuer)):
            return citation.title
    variant = _variant_of(title, names + [title], ctx)
    return variant


_ISSUER_END = re.compile(r"(?:局|厅|委|委员会|政府|办公室|办公厅|办|院|领导小组)$")


def _loose(title: str) -> str:
    """A title without its list marks, its years' 年 and its 的, to tell two writings of one title.

    (《关于进一步加快推进某工作的若干措施》 in a notice's headline, 《关于进一步加快推进某工作若干措施》 in its body:
    one title, its 的 dropped once; round 265)"""
    return title.replace("、", "").replace("年)", ")").replace("的", "")


def _fuller_forms(titles: list[str]) -> dict[str, str]:
    """The longest form of each title a document writes in two ways (by its loose form)."""
    seen: dict[str, str] = {}
    fuller: dict[str, str] = {}
    for title in titles:
        if title[-1:] != ")" and "、" not in title and "的" not in title and not title.startswith("关于"):
            continue  # (nothing to loosen)
        key = _loose(title)
        other = seen.get(key)
        if other is None:
            seen[key] = title
        elif other != title:
            fuller[key] = seen[key] = max(other, title, key=len)
    return fuller


def _variant_of(title: str, titles: list[str], ctx: DocumentContext,
                fuller_forms: dict[str, str] | None = None) -> str:
    """The title a variant stands for: its final version, or the form without parent prefix."""
    others = set(titles) - {title}
    base = _DRAFT.sub("", title)
    if base != title and base in others:
        title = base
    found = title_divisions(title[:16])
    if len(found) >= 2 and found[0][0] == 0 and found[1][0] == found[0][1]:
        shorter = title[found[0][1] :]
        if shorter in others:
            return shorter
        shorter_base = _DRAFT.sub("", shorter)
        if shorter_base in others:
            return shorter_base
    if len(title) <= 6 and not laws.lookup(title):
        ends = [t for t in others if len(t) > len(title) and _core(t).endswith(title)]
        if len(ends) == 1:
            return ends[0]
    # One title written with and without its list mark or its years' 年
    # (市委宣传部市司法局…规划(2021-2025) beside 市委宣传部、市司法局…规划(2021-2025年)): the fuller one.
    if fuller_forms is None:
        fuller_forms = _fuller_forms(titles)
    fuller = fuller_forms.get(_loose(title)) if fuller_forms and (title[-1:] == ")" or "、" in title or "的" in title
                                                                  or title.startswith("关于")) else None
    if fuller is not None and len(fuller) > len(title):
        return fuller
    if title[-1:] == ")" and _national_plan(title) is not None and _lookup_law(title) is None:
        # A national plan misdated (纲要(2021—2026年)) beside its right title is that title.
        stem = _YEARS_AT_END.sub("", title)
        dated = [t for t in others if t.startswith(stem) and _YEARS_AT_END.sub("", t) == stem and _lookup_law(t)]
        if len(dated) == 1:
            return dated[0]
    return title


# A file number of the State Council or its general office after a title ((国发〔2015〕36号), (国办公开办函〔2021〕30号)).
_NATIONAL_FILE_NUMBER = re.compile(r"\s*[((]国(?:发|函|办(?:[\u4e00-\u9fa5]{0,4}?)(?:发|函))〔(?:19|20)\d{2}〕\d+号[))]")
_TRANSMITS_NESTED = re.compile(r"关于(?:印发|转发|颁发)〈([^〈〉]+)〉")
_TRANSMITTED = re.compile(r"(?:关于)?(?:印发|颁发|发布)$")
# A standard of discretion named in a place's 规定 or 办法 (…行政处罚裁量基准规定, …裁量权基准适用办法).
_DISCRETION_BASIS = re.compile(r"裁量权?(?:基准|标准)")
# An outer title forwarding a body's document, the body named after 转发 (国务院办公厅转发司法部〈X〉).
_FORWARDED_FROM = re.compile(r"转发([\u4e00-\u9fa5]{2,14})$")
# An outer title that is only a body's name before the nested one: its issuer, not a title of its own.
_ATTRIBUTED_PREFIX = re.compile(r"(?:中共)?[\u4e00-\u9fa5、]{2,40}?(?:办公室|办公厅|委员会|人民政府|政府|厅|局)$")


def _outer_issuer(ctx: DocumentContext, span: TitleSpan) -> tuple[str | None, divisions.Division | None]:
    """The issuer of a title its outer title transmits: 《株洲市委、市政府关于印发〈方案〉的通知》 issues 方案."""
    for outer in titles_of(ctx):
        if outer.depth == span.depth - 1 and outer.start < span.start and span.end <= outer.end:
            if _TRANSMITTED.search(ctx.text, outer.start, span.start - 1):
                return _title_issuer(ctx, normalize_title(outer.raw), outer)
            forwarded = _FORWARDED_FROM.search(ctx.text, outer.start, span.start - 1)
            if forwarded is not None and _NATIONAL_HEAD.fullmatch(forwarded.group(1)):
                # (a national body's document forwarded by another, 《国务院办公厅转发司法部〈X〉的通知》: X is the
                # body's named after 转发, a national one)
                return forwarded.group(1), divisions.NATIONAL
            # (or only its issuer written before it inside the outer marks, 《中共某省委…办公室〈关于…的通知〉》:
            # the body it stands under issued it)
            if (_ATTRIBUTED_PREFIX.match(ctx.text, outer.start, span.start - 1)
                    and not _MARKS.sub("", ctx.text[span.end : outer.end])):
                return _title_issuer(ctx, normalize_title(outer.raw), outer)
            break
    return None, None


# An outer title carrying out the nested one (《某省贯彻落实〈关于…的意见〉的工作举措》).
_CARRIES_OUT = re.compile(r"(?:贯彻落实|贯彻执行|贯彻|落实)$")


def _carried_out_by(ctx: DocumentContext, span: TitleSpan) -> divisions.Division | None:
    """The division of the outer title that carries out the nested title at ``span``, else None."""
    for outer in titles_of(ctx):
        if outer.depth == span.depth - 1 and outer.start < span.start and span.end <= outer.end:
            if _CARRIES_OUT.search(ctx.text, outer.start, span.start - 1):
                return _title_issuer(ctx, normalize_title(outer.raw), outer)[1]
            break
    return None


def _carried_by_higher(ctx: DocumentContext, span: TitleSpan) -> bool:
    """Whether the outer title round ``span`` carries it out (贯彻落实〈X〉…) and is issued, by the bodies
    written before it, at a level above the page's township (区委、区政府印发《关于贯彻落实〈X〉…的通知》)."""
    for outer in titles_of(ctx):
        if outer.depth == span.depth - 1 and outer.start < span.start and span.end <= outer.end:
            if not _CARRIES_OUT.search(ctx.text, outer.start, span.start - 1):
                return False
            return any(m.level in ("provincial", "prefecture", "county") for m in _issuer_before(ctx, outer.start))
    return False


# A place masked in a template's title (**市, XX县, ××区, ○○省, 某市): the kind of division it stood for.
# (its year may open the title before it: 《2019年XX市全面依法治市工作要点》)
_MASKED_PLACE = re.compile(r"^(?:(?:19|20)\d{2}年度?)?(?:\*{2,4}|[Xx×]{2,4}|○{2,4}|某)(省|自治区|市|州|县|区|旗|镇|乡)")


def _describe(ctx: DocumentContext, citation: Citation) -> None:
    title = citation.title
    law = _lookup_law(title)
    if law is not None and law.kind == "plan" and any(
            _local_issuer_before(ctx.text, span) or _drafted_before(ctx.text, span)
            for span in citation.spans if span.depth == 0):
        # (省政府《法治政府建设实施纲要(2021-2025年)》: the province's plan of the central plan's name, as below;
        # and 起草《关于开展法治宣传教育的第八个五年规划(2021—2025年)》初稿, the page's own draft of that name)
        law = None
    if law is not None:
        citation.issuer = law.issuer.replace("全国人民代表大会常务委员会", "全国人大常委会")
        citation.issuer_level = "national"
        citation.issuer_code = divisions.NATIONAL.code
        citation.kind = _law_kind(law.kind)
        return
    plan = _national_plan(title)
    if plan is not None and not any(_local_issuer_before(ctx.text, span) or _drafted_before(ctx.text, span)
                                    for span in citation.spans if span.depth == 0):
        # (省委、省政府《法治政府建设实施纲要(2016-2020年)》 is the province's plan of that name.)
        # A national plan's name under other years or none is still the central plan, not a local one.
        citation.issuer, citation.issuer_level, citation.issuer_code = plan.issuer, "national", divisions.NATIONAL.code
        citation.kind = "plan"
        return
    first = citation.spans[0]
    named_issuer: list[AgencyMatch] = []
    for span in citation.spans:
        if span.depth == 0:
            named_issuer = _issuer_before(ctx, span.start)
            if named_issuer:
                break
    issuer, division = _title_issuer(ctx, title, first)
    if division is None and not named_issuer and first.depth:
        issuer, division = _outer_issuer(ctx, first)
    if division is None and not named_issuer and first.depth == 0 and not _WHOLE_PLACE.match(title) and not (
            title.startswith("法治") and _rule_of_law_place(title, ctx.year) is not None):
        # (国务院《A》和《2024年全区…要点》: a title naming its own place's whole is that place's, not the list's;
        # so is one naming its place's rule of law by its short name: 中共中央《A》《法治上海建设规划》.)
        named_issuer = _listed_issuer(ctx, first.start)
    if division is None and not named_issuer:
        inner = _TRANSMITS_NESTED.match(title)
        if inner is not None:
            # 《关于印发〈鹤山市2022年依法行政工作要点〉的通知》: whoever transmits a place's plan is of that place
            issuer, division = _title_issuer(ctx, inner.group(1), first)
            own = ctx.division
            if (division is not None and own is not None and title.startswith("转发", inner.start() + 2)
                    and _LEVELS.index(division.level) < _LEVELS.index(own.level)
                    and _made_here(ctx.text, citation.spans)):
                # (出台《关于转发〈某市…办法〉的通知》 in a county's report: a higher place's text forwarded down by
                # the document's own place, which made the notice; 落实《关于转发〈某省…〉的通知》 stays the province's)
                issuer, division = own.name, own
    if (division is None and not named_issuer and "国" in ctx.text
            and any(_NATIONAL_FILE_NUMBER.match(ctx.text, span.end + 1) for span in citation.spans if span.depth == 0)):
        # 《关于印发〈…年度报告格式〉的通知》(国办公开办函〔2021〕30号): numbered as a file of the State Council or
        # its general office (国发, 国函, 国办发, 国办函, 国办公开办函), the nation's, whoever cites it
        issuer, division = None, divisions.NATIONAL
    if division is None and not named_issuer and first.depth == 0 and ctx.text[first.start - 2 : first.start - 1] in "市省州县区":
        # 、深圳市《法治中国示范城市建设实施纲要(2017—2020年)》: a city written by its full name right before a placeless
        # title, as a list's item: that city's document, not the nation's its words may suggest.
        placed = next((name for a, b, name in ctx.divisions_found if b == first.start - 1
                       and ctx.text[a - 1 : a] in _PLACE_LIST_BEFORE), None)
        placed_division = divisions.resolve(placed, ctx.year).division if placed else None
        if placed_division is not None and placed_division.code:
            issuer, division = placed_division.name, placed_division
    if (division is not None and named_issuer and "整改" in title and _higher(named_issuer).code != division.code
            and any(match.name in title[1:] for match in named_issuer)):
        # 制定并印发区司法局党组《市委第一提级巡察组巡察某区司法局党组反馈意见整改方案》: a rectification plan whose
        # title opens on the superior that inspected the body named before it, and names that body again inside:
        # the inspected body's own plan, not the superior's (round 263)
        top = _higher(named_issuer)
        issuer, level, code = _issuer_name(named_issuer), top.level, top.code
    elif division is not None:
        if named_issuer and _higher(named_issuer).code == division.code:
            issuer = _issuer_name(named_issuer)
        level, code = division.level, division.code or None
    elif named_issuer:
        top = _higher(named_issuer)
        issuer, level, code = _issuer_name(named_issuer), top.level, top.code
    elif (first.depth and not find_divisions(title)
          and (carrier := _carried_out_by(ctx, first)) is not None and carrier.level == "provincial"):
        # 《山西省贯彻落实〈关于加强社会主义法治文化建设的意见〉的工作举措》: the placeless title a province's own
        # carries out is the centre's, not the province's.
        issuer, level, code = None, "national", divisions.NATIONAL.code
    elif first.depth == 0 and _drafted_for_ministry(ctx.text, first.start):
        # 代部海事局编制《A》《B》, 代部起草《关于…的意见》: drafted on a ministry's behalf (代部), the ministry's document,
        # not the drafting branch's own place's
        issuer, level, code = None, "national", divisions.NATIONAL.code
    elif any(ctx.text[head - 3 : head - 1] == "中央"
             for head in (_list_head(ctx.text, span.start) for span in citation.spans if span.depth == 0)) and not (
            title.startswith("法治") and _rule_of_law_place(title, ctx.year) is not None):
        # 贯彻中央《…办法》: the centre's, whatever the document says it drafts to carry it out;
        # so is each title listed after it (学习中央《A》《B》)
        issuer, level, code = "中共中央", "national", divisions.NATIONAL.code
    elif (first.depth == 0 and "政府《" in ctx.text[first.start - 8 : first.start]
          and (listed := _LEVELS_LISTED_BEFORE.search(ctx.text, max(0, first.start - 8), first.start)) is not None
          and ctx.text[listed.start() - 1 : listed.start()] not in _PLACE_GLUED
          and (higher := ctx.relative(listed.group(1))) is not None
          and ctx.division is not None and _LEVELS.index(higher.level) < _LEVELS.index(ctx.division.level)):
        # 省、州政府《…实施方案》 in a county's report: the governments of two levels above it, each with a plan of
        # that name; the higher one listed first, not the document's own place.
        issuer, level, code = higher.name, higher.level, higher.code or None
    elif (first.depth == 0 and "国家" in ctx.text[max(0, first.start - 16) : first.start]
          and _NATION_BEFORE.search(ctx.text, max(0, first.start - 16), first.start) is not None):
        # 落实国家《…》, 按照国家统一要求落实《市场准入负面清单制度》: the nation's, its issuing ministry unnamed.
        issuer, level, code = None, "national", divisions.NATIONAL.code
    elif (ctx.text[first.start - 2 : first.start - 1] in ("省", "市") and first.depth == 0
          and ctx.text[first.start - 3 : first.start - 2] not in _PLACE_GLUED
          and (higher := ctx.relative(ctx.text[first.start - 2])) is not None
          and ctx.division is not None and _LEVELS.index(higher.level) < _LEVELS.index(ctx.division.level)):
        # 落实省《营商环境…清单》 in a city's report: the province's, the level written bare before the title.
        issuer, level, code = higher.name, higher.level, higher.code or None
    elif (first.depth == 0 and ctx.text.startswith("自治区《", first.start - 4)
          and ctx.text[first.start - 6 : first.start - 4] not in _REGION_STEMS
          and ctx.division is not None and ctx.division.level != "provincial"
          and (ctx.division.province or "").endswith("自治区")
          and (region := ctx.resolve(ctx.division.province).division) is not None):
        # 落实自治区《…实施方案》 in a city's report: the autonomous region's, written bare as the province's is.
        issuer, level, code = region.name, region.level, region.code or None
    elif (ctx.division is not None and ctx.division.level in ("provincial", "prefecture")
          and _core(title).endswith("条例") and (title.startswith("人民代表大会")
                                                  or _made_here(ctx.text, citation.spans, _LEGISLATED_HERE) or (
              _DRAFT_MARK.search(title) and _made_here(ctx.text, citation.spans, _DRAFT_DONE_HERE)
              and not any(_COMMENTED_AFTER.match(ctx.text, span.end + 1) for span in citation.spans)) or (
              _made_here(ctx.text, citation.spans) and any(
                  _LOCAL_LAWS_AFTER.match(ctx.text, _list_end(ctx.text, span.end + 1))
                  for span in citation.spans if span.depth == 0)) or (
              "立法" in ctx.text and any(_LAWMAKING_PLAN_AFTER.match(ctx.text, _list_end(ctx.text, span.end + 1))
                                       for span in citation.spans if span.depth == 0)))):
        # 提请制定《赣南脐橙保护条例》: a 条例 a province or city drafts or submits is its own local
        # regulation, named for its region or its subject rather than its division.
        # (完成了《行业协会条例(草案)》 in a city's report: a draft it says it finished, its own the same.)
        # (报送《某条例》等2项市人大五年立法需求计划: a 条例 put into its congress's legislative plan, the same.)
        # (《人民代表大会及其常务委员会立法条例》 with no place: a congress's rules for its own lawmaking, which only
        # provinces and cities make, never the nation, whose are laws; the same. Round 220.)
        own = ctx.division
        issuer, level, code = own.name, own.level, own.code or None
    elif (masked := _MASKED_PLACE.match(title)) is not None:
        # A template's title, its place masked (《**市优化营商环境条例》, 《XX县…实施方案》): of that kind of
        # division, though of no one place; never a national one.
        issuer, level, code = None, LEVEL_OF_WORD[masked.group(1)], None
    elif first.depth == 0 and (_INTERNATIONAL_BEFORE.search(ctx.text, max(0, first.start - 12), first.start)
                               or title.startswith(_INTERNATIONAL_BODIES)):
        # 联合国《生物多样性公约》, 《联合国气候变化框架公约》: a treaty or an international body's document, of
        # no government's level, though its 公约 or 条例 has no place in its title.
        issuer, level, code = None, None, None
    elif _BARE_BODY_OPENING.match(title) is None and (
            _NATIONAL_BY_DEFAULT.search(_core(title)) or _NATIONAL_OPENING.match(title) or _PARTY_CODE.search(_core(title)) or (
            _LEVELS_AS_CLASS.match(title) and not find_divisions(title)
            # (numbered by a local committee, 关于进一步加强县乡法治建设的实施意见(某法委发〔2023〕4号): its own)
            and not any(_COMMITTEE_NUMBER.match(ctx.text, span.end + 1) for span in citation.spans)) or (
            _core(title).endswith(("纲要", "实施纲")) and _WHOLE_PLACE.match(title) is None
            and _BARE_LEVEL_OPENING.match(title) is None
            # (法治福州建设实施纲要 names its city by its short name: the city's outline)
            and not (title.startswith("法治") and _rule_of_law_place(title, ctx.year) is not None)) or (
            _UNPLACED_RULE_END.search(_core(title)) and title.find("关于") <= 0
            and not _made_here(ctx.text, citation.spans)
            # (《2023年法治宁波建设考核办法》 names its city by its rule of law: the city's, no ministry's)
            and not (title[:1] in "建推深加奋2" and _built_rule_of_law_place(title, ctx.year) is not None)
            # (《区科技创新奖励资金管理发放办法(试行)》 in a district's report: the district's own, by its bare level)
            and not (_BARE_COUNTY_OPENING.match(title) and ctx.division is not None
                     and ctx.division.level == "county")
            # (《汾河太原城区段风景区管理办法》 on a 太原 page: the river's stretch in the city named right after the
            # river, the page's own city's, no ministry's)
            and not _own_short_inside(ctx, title))):
        # An unprefixed 条例 or 法 nobody is said to have issued is national, and so is a
        # 规定 or 办法 the document does not say it made. An outline (纲要) is made by the centre
        # or a ministry for the whole country (市场监管法治建设实施纲要); a place's names its place.
        issuer, level, code = None, "national", divisions.NATIONAL.code
    elif title.startswith("法治") and (place := _rule_of_law_place(title, ctx.year)) is not None:
        # 《法治上海建设规划》 in a district's report: the province's or city's plan it names.
        issuer, level, code = place.name, place.level, place.code or None
    elif (title.startswith("法治") and ctx.division is not None and ctx.division.level == "township"
          and (place := _rule_of_law_county(title, ctx.division, ctx.year)) is not None):
        # 《法治宜兴建设规划》 in a township's report: its county-level city's plan, named by the city's short name.
        issuer, level, code = place.name, place.level, place.code or None
    elif (title[:1] in "建推深加奋2" and (place := _built_rule_of_law_place(title, ctx.year)) is not None
          and ctx.division is not None and ctx.division.level in _LEVELS and place.level in _LEVELS
          and _LEVELS.index(place.level) < _LEVELS.index(ctx.division.level)):
        # 《建设更高水平法治开封2022年度工作要点》 in a district's report: the city's, whose rule of law it builds.
        issuer, level, code = place.name, place.level, place.code or None
    elif ((whole := _WHOLE_RULE_OF_LAW.match(title) or _WHOLE_HIGHER.match(title)) is not None
          and ctx.division is not None and not ctx.division.name.endswith(whole.group(1))
          and (higher := ctx.relative(whole.group(1))) is not None
          and _LEVELS.index(higher.level) < _LEVELS.index(ctx.division.level)):
        # 贯彻落实〈全面依法治市提升行动方案〉 in a district's text: the plan of the whole city (in 重庆, the
        # municipality) the district lies in, not the district's own; so is 《2025年全市…工作要点》. (A
        # county-level city's 全市 is its own.)
        issuer, level, code = higher.name, higher.level, higher.code or None
    elif (ctx.division is not None and ctx.division.level == "provincial" and ctx.division.name.endswith(("省", "自治区"))
          and (lower := _WHOLE_LOWER.match(title)) is not None):
        # 《2024年全市守法普法工作要点》 on a province's page: a plan of a whole city (or prefecture, county) of
        # the province, though of no one named; never the province's own, which says 全省
        issuer, level, code = None, ("county" if lower.group(1) == "县" else "prefecture"), None
    elif (pushed := _province_it_pushes(title, ctx.year)) is not None:
        # 《推动浙江服务业高质量发展三十条措施》: a province's own measures, named by the province they push (its
        # short name right after the opening verb), not the citing district's.
        issuer, level, code = pushed.name, pushed.level, pushed.code or None
    elif (above := _above_the_supported(title, ctx)) is not None:
        # 《关于支持深圳建设…的意见》: an opinion supporting a place is made above it (the centre for a province
        # or a sub-provincial city, the province for another city), never by the place citing it.
        issuer, level, code = (None if above.level == "national" else above.name), above.level, above.code or None
    elif _ACADEMIC_BEFORE.search(ctx.text, max(0, first.start - 30), first.start) or _COUNTRY_ASSESSMENT.fullmatch(title):
        # 中国政法大学法治政府研究院发布《中国法治政府评估报告》: a university's, of no government's level; so is
        # the country's assessment cited without its authors (杭州在《中国法治政府评估报告》中总分位列…), never
        # the page's own place's.
        issuer, level, code = None, None, None
    else:
        # (a page of a city or county that never names itself, read within the province it names: its own titles
        # are of its unnamed level, not the province's)
        own = ctx.division if ctx.unnamed_within is None else None
        issuer = own.name if own else None
        level = own.level if own else None
        code = (own.code or None) if own else None
        if own is None:
            # A text that never names its place: a title made by a body written by its bare level (县人民政府《A》,
            # 《B》; 县人大常委会农环委《C》) is of that level, though no one government's.
            level = _bare_level_before(ctx.text, first) if first.depth == 0 else None
            if level is None and _PLACELESS_COUNTY_WIDE.match(title):
                # (《2025年度依法治县工作要点》 in a 我县 report that never names its county: a county's plan,
                # though no one county's; 县 and 旗 are counties only, unlike 区 and 市)
                level = "county"
            bare = _BARE_BODY_OPENING.match(title) if level is None else None
            if bare is not None:
                # (《市自然资源和规划局普法责任清单》: a body of a city written by its bare level, a city's)
                level = LEVEL_OF_WORD[bare.group(1) or bare.group(2)]
            elif (level is None and ctx.unnamed_level is not None and "全" in title
                  and (whole := _WHOLE_OF_LEVEL.search(title)) is not None
                  and LEVEL_OF_WORD[whole.group(1)] == ctx.unnamed_level):
                # (《关于进一步提升全市乡镇(街道)合法性审查工作质效的通知》 on a page speaking as 市… of a city it
                # never names: a title on the whole of its unnamed level, that level's, though of no one city)
                level = ctx.unnamed_level
            elif level is None and ctx.unnamed_level is not None and _made_here(ctx.text, citation.spans):
                # (制定了《关于进一步加强…的通知》 in a report speaking as 市… of a city it never names: that city's
                # own, of its level though of no one city)
                level = ctx.unnamed_level
        if level == "township" and _COUNTY_WIDE.match(title):
            # A township cites its county's plan by 全区/全县 (2021年全区法治政府建设工作要点).
            issuer, level, code = None, "county", None
        elif level == "township" and first.depth and _carried_by_higher(ctx, first):
            # 区委、区政府印发《关于贯彻落实〈关于进一步…的工作方案〉任务分工清单的通知》 on a township's page: the
            # placeless title its district's notice carries out is made above the district, by no one the page
            # names; never the township's own
            issuer, level, code = None, None, None
        elif level == "township" and (_REPORT_CALL.match(title) or any(
                _RULE_OF_LAW_OFFICE_NUMBER.match(ctx.text, span.end + 1) for span in citation.spans)):
            # The notice that calls for the township's report (关于做好2024年度法治政府建设情况报告工作的通知),
            # or one numbered by a committee's rule-of-law office (某委法办〔2025〕1号): its county's, from above.
            issuer, level, code = None, "county", None
    if (level in ("township", "prefecture") and ctx.division is not None and ctx.division.level == "township"
            and "新区" in ctx.text and (zone := _zone_issuing(ctx, citation)) is not None):
        # A township's new zone (金普新区) issuing a title: named in the title before any nested one (关于转发金普新区
        # 司法局〈…〉的通知, 中共大连金普新区工作委员会…要点), in the title transmitting it, or written bare before it
        # (贯彻落实新区《…》): the zone's, at county level, not the township's or its city's.
        issuer, level, code = zone, "county", None
    own_division = ctx.division
    if (issuer and issuer.endswith("地区") and code and own_division is not None and own_division.level == "prefecture"
            and own_division.code != code and own_division.name == issuer[:-2] + "市"):
        # (《温州地区…实施办法》 on a page of 温州市, the 地区 it once was: the area of that city, its own)
        issuer, code = own_division.name, own_division.code or None
    own = bool(own_division and code and own_division.code == code) or bool(
        own_division and own_division.level == "township" and level == "township"
    )
    votes = {k for k in (_sentence_kind(ctx.text, span) for span in citation.spans) if k}
    sentence_kind = votes.pop() if len(votes) == 1 else None
    citation.issuer, citation.issuer_level, citation.issuer_code = issuer, level, code
    if sentence_kind == "rule" and level != "national" and (
            (level in ("county", "township") and issuer
             and (own_name := _GOVERNMENT_SUFFIX.sub("", issuer)) and own_name in title
             and not any(_RULE_NAMED_ITSELF.search(ctx.text, max(0, span.start - 80), span.end + 80)
                         for span in citation.spans))
            or any(_GOVERNMENT_FILE_NUMBER.match(ctx.text, span.end + 1) for span in citation.spans)):
        # A title in a sentence naming 规章 among kinds (…法律、法规、规章和《X》…起草了《Y》) that names its own
        # county's government (株洲市天元区人民政府…规定: a county makes no 规章; 该规章 said of it still names the
        # kind), or one numbered as a government's file (《株洲市人民政府…规定》(株政办发〔2020〕8号)): the kinds'
        # word does not make it a 规章
        sentence_kind = "normative"
    if sentence_kind is None and any(_ORDER_NUMBER.match(ctx.text, span.end + 1) for span in citation.spans):
        sentence_kind = "rule"  # promulgated by a government order (绵府令第3号): a 规章
    elif sentence_kind is None and level != "national" and any(
            "令" in ctx.text[max(0, span.start - 20) : span.start]
            and _ORDER_BEFORE.search(ctx.text, max(0, span.start - 31), max(0, span.start - 1)) for span in citation.spans):
        # promulgated by a government order named before it (市政府第333号令颁布了《X办法》, 以省政府令第222号公布《X》):
        # a 规章, as with the order's number after it
        sentence_kind = "rule"
    elif sentence_kind is None and level != "national" and any(
            _COMMITTEE_NUMBER.match(ctx.text, span.end + 1) for span in citation.spans):
        sentence_kind = "normative"  # numbered by a local party committee (济委〔2023〕76号): no government's 规章
    elif sentence_kind is None and level != "national" and (issuer and issuer.endswith(_GOVERNMENT_OFFICES) or any(
            span.depth and (_outer_issuer(ctx, span)[0] or "").endswith(_GOVERNMENT_OFFICES) for span in citation.spans)):
        # issued by a government's office (《某省人民政府办公厅关于印发〈某省…清理办法〉的通知》): an office makes no
        # 规章, which its government promulgates by order; a 办法 or 规定 it issues is a normative document
        sentence_kind = "normative"
    elif sentence_kind is None and level != "national" and any(
            _GOVERNMENT_FILE_NUMBER.match(ctx.text, span.end + 1) for span in citation.spans):
        # numbered as a government's or its office's file (川府发〔2015〕24号, 湘政办发〔2022〕33号), not by an
        # order: a 规定 or 办法 so issued is a normative document, no 规章
        sentence_kind = "normative"
    elif sentence_kind is None and level != "national" and any(
            _NORMATIVE_AFTER.match(ctx.text, span.end + 1) for span in citation.spans):
        # named a normative document right after it (完成《本市…规定》等8件规范性文件合法性审核): no 规章
        sentence_kind = "normative"
    elif sentence_kind is None and level in ("provincial", "prefecture") and any(
            _READING_AFTER.match(ctx.text, span.end + 1) for span in citation.spans):
        # a province's or city's 规定 or 办法 with the congress's reading it is due for right after it, a lawmaking
        # plan's item (《某省…规定》(省市场监管局起草,7月初审)): a 法规 the congress passes, no government's 规章
        sentence_kind = "local_regulation"
    elif sentence_kind is None and level in ("provincial", "prefecture") and any(
            _IN_LAWMAKING.match(ctx.text, span.end + 1) or _LAWMAKING_ITEMS.match(ctx.text, span.end + 1)
            for span in citation.spans):
        # a province's or city's 办法 or 规定 the clause after it puts through lawmaking (正在进行立法审修,
        # 已列入年度立法计划): a government's 规章, for normative documents are never legislated;
        # and one a lawmaking plan counts among its items, the titles before the count with it
        # (《A办法》《B办法》2项年内制定或修订项目, 《C办法》1项提请审议项目)
        sentence_kind = "rule"
    elif sentence_kind is None and level in ("provincial", "prefecture") and ctx.title and _LAWMAKING_PLAN.search(ctx.title):
        # a province's or city's 办法 or 规定 in a lawmaking plan (某市人民政府2024年立法工作计划, …年度政府规章制定计划,
        # the notice issuing one): an item put through lawmaking, a 规章, as one the clause after it legislates is;
        # under a heading of the congress's items (一、提请市人大常委会审议的地方性法规项目), a 法规 the congress passes
        heading = _plan_heading_before(ctx.text, citation.spans[0].start)
        sentence_kind = "local_regulation" if heading is not None and _STATUTE_HEADING.search(heading) else "rule"
    if (sentence_kind is None and level in ("provincial", "prefecture") and _UNPLACED_RULE_END.search(_core(title))
            and any(_MADE_BY_AUTHOR.search(ctx.text, max(0, span.start - 320), span.start) for span in citation.spans)
            and (author := author_agency(ctx)) is not None and not author.name.endswith("政府")):
        # A 办法 or 规定 a department's own report says it issued (市教委…印发《重庆市…管理办法(试行)》): the
        # department's normative document, though its title opens with its place only; a department makes no 规章
        # (one it pushes its government to issue, 推动出台《…办法》, stays the government's)
        sentence_kind = "normative"
    citation.kind = classify(title, issuer, level, own, sentence_kind)


_GOVERNMENT_OFFICES = ("政府办公厅", "政府办公室", "政府办")


# A title called a normative document right after it (《X规定》等8件规范性文件, 《X办法》等行政规范性文件).
_NORMATIVE_AFTER = re.compile(r"等(?:\d{1,3}|[一二三四五六七八九十两]{1,3})?[件份部个项]?(?:行政)?规范性文件")


# The report's author issuing a title itself, right before it (印发《…》, 制发了《…》), not pushing another to.
# (or one of a run of titles issued together, 印发《A办法》《B办法》《C办法》: each of them; round 271)
_MADE_BY_AUTHOR = re.compile(r"(?<!推动)(?<!提请)(?<!配合)(?:印发|制发|制定)了?(?:\u300a[^\u300a\u300b\n]{2,60}\u300b、?){0,5}\u300a$")


def _own_short_inside(ctx: DocumentContext, title: str) -> bool:
    """Whether a placeless title names the page's own province or city by its short name among its first
    characters, after a feature's name (汾河太原城区段…办法 on a page of 太原市)."""
    own = ctx.division
    if own is None or own.level not in ("provincial", "prefecture") or not own.short or len(own.short) < 2:
        return False
    at = title.find(own.short, 1, 8)
    return at > 0 and title.startswith(_SECTION_AFTER_PLACE, at + len(own.short))


# What a place names right after it inside a feature's name: its stretch of a river or road (城区段, 市区段, 段).
_SECTION_AFTER_PLACE = ("城区段", "市区段", "段", "境内", "辖区", "区段")


_ZONE_BARE_BEFORE = re.compile(r"(?<![\u4e00-\u9fa5])新区$|(?<=[实彻行照据循])新区$")


def _zone_issuing(ctx: DocumentContext, citation: Citation) -> str | None:
    """The one 新区 a township's text names (金普新区), when it issues ``citation``, else None."""
    zone = _new_zone_named(ctx.text)
    if zone is None:
        return None
    for span in citation.spans:
        written = ctx.text[span.start : span.end]
        if zone in written.split("〈", 1)[0].split("<", 1)[0] or (zone in written and _TRANSMITS_NESTED.match(
                normalize_title(written))):
            return zone  # (or in the title a notice transmits, 关于印发〈中共大连金普新区…要点〉的通知)
        if span.depth:
            for outer in titles_of(ctx):
                if outer.depth == span.depth - 1 and outer.start < span.start and span.end <= outer.end:
                    if zone in ctx.text[outer.start : span.start]:
                        return zone
                    break
        elif _ZONE_BARE_BEFORE.search(ctx.text, max(0, span.start - 4), span.start - 1):
            return zone
    return None


# The fifteen sub-provincial cities (副省级城市), whose support is the centre's to give.
_SUB_PROVINCIAL = frozenset(("哈尔滨市", "长春市", "沈阳市", "大连市", "济南市", "青岛市", "南京市", "杭州市",
                             "宁波市", "厦门市", "武汉市", "广州市", "深圳市", "成都市", "西安市"))


# A title opening with a verb of pushing a place forward (推动, 促进, 加快, 推进, 助推), no 关于 before it.
_PUSHING_OPENING = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:推动|促进|加快|推进|助推)")


def _province_it_pushes(title: str, year: int | None) -> divisions.Division | None:
    """The province a title opening 推动/促进/加快… names right after its verb (推动浙江服务业…措施), if one.

    Only a province: its short name is a name, where a city's may be a word. A central opinion opens with 关于
    (关于支持浙江…的意见), so such titles are left to the other rules."""
    match = _PUSHING_OPENING.match(title)
    if match is None:
        return None
    rest = title[match.end() :]
    for size in (3, 2):
        place = divisions.city_named(rest[:size], year)
        if place is not None:
            return place if place.level == "provincial" else None
    return None


def _above_the_supported(title: str, ctx: DocumentContext) -> divisions.Division | None:
    """The division above the place a 关于支持<place>… title supports (whoever cites it, the place itself
    included): the nation for a province or a sub-provincial city, else the city's province."""
    if not title.startswith("关于支持"):
        return None
    rest = title[4:]
    place = None
    for size in (4, 3, 2):
        place = divisions.city_named(rest[:size], ctx.year)
        if place is not None:
            break
    if place is None:
        return None
    if place.level == "provincial" or place.name in _SUB_PROVINCIAL:
        return divisions.NATIONAL
    return divisions.division_by_code(place.province_code) if place.province_code else None


# What glues to a bare 省/市 to make a word of the place (全省, 本市, 各市, 城市): no level of its own.
_PLACE_GLUED = frozenset("全本各该外跨城都超县区镇乡分")
# Two levels' governments written bare before a title (省、州政府《, 省、市人民政府《, 市县政府《): the first, higher level.
_LEVELS_LISTED_BEFORE = re.compile(r"([省市州])[、和]?[市州县区](?:人民政府|政府)《\Z")
# The five autonomous regions' names before their 自治区 (宁夏回族自治区《…》 names its region in full).
_REGION_STEMS = frozenset(("蒙古", "壮族", "西藏", "回族", "吾尔"))
_LEVELS = ("national", "provincial", "prefecture", "county", "township")


# What a province's or city's own legislation goes through before its legislature passes it.
_LEGISLATED_HERE = re.compile(r"提请|起草|立法计划|立法项目")
# What a province's or city's report says it did with a draft 条例 it names by its draft mark (完成了《…条例(草案)》).
_DRAFT_DONE_HERE = re.compile(r"完成")
# A list of titles a report counts as local regulations (出台《A条例》《B条例》等4部地方性法规): laws of its own congress.
# (Counted as 条例 after a verb of its own lawmaking, 修订《…立法条例》等3 部条例, the same: its congress's own, though
# no place opens their titles; round 220.)
_LOCAL_LAWS_AFTER = re.compile(r"等?\s?[\d一二三四五六七八九十两]{0,3}\s?[部件项个]?\s?(?:地方性法规|条例)")
# A list of titles put into a legislature's plan after them (《A条例》等2项市人大五年立法需求计划): its own bills.
_LAWMAKING_PLAN_AFTER = re.compile(r"等?[\d一二三四五六七八九十两]{0,3}[部件项个]?[^。;;,,\n《》]{0,12}?立法(?:需求)?(?:计划|项目|规划)")


def _list_end(text: str, at: int) -> int:
    """Where a list of titles (《A》《B》、《C》) ends, given the position after one of its titles' closing mark."""
    for _ in range(12):
        nxt = at + 1 if text.startswith("、《", at) else at
        if not text.startswith("《", nxt):
            break
        close = text.find("》", nxt, nxt + 200)
        if close < 0:
            break
        at = close + 1
    return at


# (完成《…条例(修订草案)》的意见反馈: comments on another's draft, not a draft of its own)
_COMMENTED_AFTER = re.compile(r"[^。;;,,\n《]{0,4}?(?:征求意见|修改意见|意见|反馈|建议)")


def _made_here(text: str, spans: list[TitleSpan], made: re.Pattern[str] = _MADE_HERE) -> bool:
    """Whether the clause before any of a title's occurrences says it was made or reviewed here."""
    for span in spans:
        # (a title listed after others, 审议通过《A》《B》《C》, is made or reviewed by the clause before the list)
        head = _list_head(text, span.start) if span.depth == 0 else span.start
        lo = max(0, min(span.start, head) - 40)
        clause = text[lo : min(span.start, head) - 1]
        found = None
        for found in _CLAUSE_BREAK.finditer(clause):
            pass
        if found is not None:
            clause = clause[found.end():]
        if made.search(_TITLE.sub("", clause)):
            return True
    return False


# A government order's number right after a title: "(省政府令第328号)", "(绵府令第3号)".
# The clause after a title putting it through lawmaking (正在进行立法审修, 已列入市政府年度立法计划, 进入立法程序).
_IN_LAWMAKING = re.compile(r"[^。;;,,\n《》]{0,12}?(?:立法(?:审修|审查|审核|审议|程序|计划|项目|论证|调研)"
                           r"|列入[^。;;,,\n《》]{0,10}?立法)")
# The congress's reading a plan's item is due for, in brackets right after it (《X》(省某厅起草,7月初审),
# 《X》(3月常委会会议审议)).
_READING_AFTER = re.compile(r"[((](?:[^()()\n]{1,16}[,,])?\d{1,2}月(?:初审|二审|三审|常委会会议(?:审议|表决|二审|三审))[))]")
# A lawmaking plan's title (某省人民政府2024年立法计划, 某市2025年度政府规章制定计划, 立法工作计划, 规章项目计划).
_LAWMAKING_PLAN = re.compile(r"(?:立法|规章)[\u4e00-\u9fa5]{0,6}?计划")
# A plan's heading line (一、…, (一)…, 二是…) and one naming the congress's items (地方性法规项目, 法规草案, 法规项目)
# rather than the government's (规章项目).
_PLAN_HEADING = re.compile(r"(?m)^[^\S\n]*(?:[一二三四五六七八九十]{1,3}、|[((][一二三四五六七八九十]{1,3}[))])([^\n]{2,60})$")
_STATUTE_HEADING = re.compile(r"^(?!.*规章).*(?:地方性法规|法规项目|法规草案|法规案)")


def _plan_heading_before(text: str, at: int) -> str | None:
    """The last heading line of a plan within 800 characters before ``at``, or None."""
    last = None
    for last in _PLAN_HEADING.finditer(text, max(0, at - 800), at):
        pass
    return last.group(1) if last is not None else None


# The count of a lawmaking plan's items after its titles (《A》《B》4项年内制定或修订项目, 《C》1项调研项目).
_LAWMAKING_ITEMS = re.compile(r"(?:[、和及与]?\u300a[^\u300a\u300b\n]{1,80}\u300b)*(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[项件]"
                              r"(?:年内|年度|拟)?(?:制定或修订|制定|修订|修改|废止|提请审议|审议|调研|预备)项目")
# A government order named right before a title it promulgates (市政府第333号令颁布了, 以省政府令第222号公布).
_ORDER_BEFORE = re.compile(r"(?:政府|府)(?:令第\s*\d+\s*号|第\s*\d+\s*号令)(?:形式)?(?:颁布|公布|发布|印发|出台)了?(?:的)?$")
_ORDER_NUMBER = re.compile(r"\s*\((?:[\u4e00-\u9fa5]{1,12})?令第?\s*\d+\s*号\)")
# A notice calling for the year's rule-of-law report (关于做好2024年度法治政府建设情况报告工作的通知): the level above's.
_REPORT_CALL = re.compile(r"^关于(?:认真)?做好[^〈《]{0,16}?法治(?:政府)?建设[^〈《]{0,10}?报告(?:工作|报送工作)?的通知$")
# A document number of a party committee's rule-of-law office (城委法办〔2025〕1号, 某县委依法治县办发〔2024〕2号).
_RULE_OF_LAW_OFFICE_NUMBER = re.compile(
    r"\s*\((?:[\u4e00-\u9fa5]{1,4}委(?:法办|依法治[县区市旗]办)[\u4e00-\u9fa5]{0,3})〔(?:19|20)\d{2}〕\d+号\)")
# A local party committee's document number (济委〔2023〕76号, 济委办发〔2022〕3号).
# (its rule-of-law commission's, 邹法委发〔2023〕3 号, a page made from a PDF spacing its figures)
_COMMITTEE_NUMBER = re.compile(r"\s*\([\u4e00-\u9fa5]{1,4}委(?:发|办|办发)?〔(?:19|20)\d{2}〕[^\S\n]?\d+[^\S\n]?号\)")


# A 规章 the text names as such (该规章自公布之日起施行), not the word among kinds (法律、法规、规章和《X》).
_RULE_NAMED_ITSELF = re.compile(r"(?:该|这部|此|本)规章")
# The government word after a place's name in an issuer (天元区人民政府 → 天元区).
_GOVERNMENT_SUFFIX = re.compile(r"(?:人民)?政府$")
# A local government's or its office's file number (川府发〔2015〕24号, 德办发〔2022〕74号, 芜政〔2021〕1号): 规章 are
# numbered by an order (令第N号) instead.
_GOVERNMENT_FILE_NUMBER = re.compile(r"\s*[((][\u4e00-\u9fa5]{1,4}(?:府|政|办)(?:发|办发|办|函|规)?〔(?:19|20)\d{2}〕\d+号[))]")


def _law_kind(kind: str) -> str:
    return {"departmental_rule": "rule", "judicial_interpretation": "normative", "other": "law"}.get(kind, kind)


@register(NAME)
def citations(doc: Document) -> Iterator[Fact]:
    """Every cited document title, normalized, abbreviations and short titles resolved."""
    me = doc.mention()
    for citation in read_citations(doc):
        # In sorted order, those without a value left out: the same for every occurrence.
        attrs = tuple((k, v) for k, v in (
            ("aliases", tuple(sorted(citation.aliases)) or None),
            ("issuer", citation.issuer),
            ("issuer_code", citation.issuer_code),
            ("issuer_level", citation.issuer_level),
            ("kind", citation.kind),
        ) if v is not None)
        for span in citation.spans:
            mention = Mention(
                text=doc.text[span.start : span.end],
                label="Regulation",
                source=Provenance(doc.id, span.start, span.end, NAME),
                name=citation.title,
                attrs=attrs,
            )
            yield Fact(me, "cites", mention, mention.source)
