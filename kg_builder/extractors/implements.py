"""Implements links: which document was made to carry out which.

Read from phrasing ("为贯彻落实《A》...制定印发了《B》", "根据《A》...起草了《B》",
"为贯彻落实《A》...现结合本地实际, 提出本要点") and from title shapes
(《关于贯彻落实〈A〉的实施意见》, 《转发〈A〉的通知》, 《X实施〈A〉实施办法》,
《辽源市重大行政决策程序规定实施办法》 beside 《吉林省重大行政决策程序规定》).
When the text says the document itself implements A, the source is the document's
own title, or the heading of the embedded document the sentence belongs to.
"""

from __future__ import annotations

import bisect
import re
from typing import Iterator

from ..context import FORWARDED_BARE, FORWARDED_IN_OPENING, ISSUED_TO_YOU, DocumentContext, context_of, title_divisions
from ..model import Document, Fact, Mention, Provenance
from ..normalize import normalize_title
from . import register
from .citations import Citation, _core, canonical_title, read_citations, titles_of

__all__ = ["implements", "find_implements"]

NAME = "implements"

_NESTED_VERB = re.compile(r"(贯彻落实|贯彻执行|贯彻|落实|实施|转发|执行|学习贯彻)〈([^〈〉]+)〉")
_NESTED_TAIL = re.compile(r"〈([^〈〉]+)〉(的)?(?:[\u4e00-\u9fa5]{0,4}?)(实施意见|实施方案|实施细则|实施办法|贯彻意见|工作方案|任务分工|分工方案|具体措施|落实方案|落实意见|落实措施)")
# What follows a plan's whole title inside another's when that one divides or carries out its tasks (…重要举措分工方案).
# ... and with more words before it, the whole title ending so (〈A〉重要改革举措分工方案, 〈A〉重要任务落实举措分工方案):
# a division of A's tasks, which carries A out.
_NESTED_DIVISION_END = re.compile(r"〈([^〈〉]+)〉(?:的)?[\u4e00-\u9fa5]{5,8}?(?:任务分工|分工方案|责任分工)$")
_BARE_NESTED_TAIL = re.compile(r"(?:的)?[\u4e00-\u9fa5]{0,6}?(?:任务分工|分工方案|落实方案|责任分工)$")
_IMPLEMENTING_TAIL = re.compile(r"(实施办法|实施细则|实施意见|实施方案|贯彻意见)$")
# (确保《A》各项任务稳步推进, the plan made so that A's tasks get done: A carried out, as 落实《A》 is)
_TRIGGER = re.compile(r"(贯彻落实|贯彻执行|贯彻|落实|确保|根据|按照|依据|依照|遵照|对照|对标对表|对标|有序推进|结合|围绕|为(?:深入|全面|认真)?实施|(?:深入|全面|认真)实施)")
# (a verb may say its work is done: 根据《A》,编制完成《B》)
# (研究起草并推动《B》及时出台: drafting B and seeing it through, the same making)
_CREATE = re.compile(r"((?:研究)?(?:起草|制定)并推动|研究制定|制定出台|制定印发|组织起草|起草|制定|印发|出台|制发|编制|下发|修订|修改完善后?形成|形成)(完成)?(了)?\s*$")
_SELF = re.compile(
    r"(制定本|特制定|现制定|提出本|形成本|提出如下|提出以下|本(实施)?(方案|意见|要点|计划|纲要|规划|细则|办法)|"
    r"结合[^。;]{0,20}实际[,]?\s*(制定|提出|现提出|特制定|研究制定)|"
    # a notice issuing what it made, unnamed: "…制定了普法责任清单,现正式印发给你们"
    r"制定了?[^《》。;]{0,20}?,\s*现(?:正式)?(?:印发|下发)给|"
    # the document following, named unmarked (…,制定某区党政主要负责人…职责清单如下。)
    r"制定[^《》。;,，:：]{2,60}?如下(?:[。:：]|$)|"
    # a notice deciding under the grounds its sentence opens with (根据《A》《B》等规定,经研究,决定对…进行调整):
    # the notice itself, as one made under them (round 255)
    r"(?:规定|精神|要求)[,，]\s*经(?:[^。;《》,，]{0,12})?研究[,，]?\s*决定)"
)
# A notice or an announcement made under what the sentence before names (根据《A》等规定,本市启用新证。
# 现将有关事项公告如下): the document itself, as 制定本方案 says of a plan.
# (the matter named at length between 现将 and 通知如下, 现将我区2012年度…评比工作有关事项通知如下: round 264, 武进)
_NOTICE_FOLLOWS = re.compile(r"[。;\s]{0,3}现(?:将|就)[^。;《》]{0,40}?(?:通知|公告|通告)如下")
# A notice issuing the title it names: "根据《A》要求,现将《B》印发给你们" (B is made, after A).
_PUT = re.compile(r"(现将|现把|特将|兹将)\s*$")
# (根据《A》,…现将《B》予以公布: B published here, made after A, as one 印发给你们 is; 现将《B》转发 stays another's)
# The words issuing the title just named (印发给你们, 下发给, 予以公布; 印发你们 with 给 left out before the addressees,
# as official notices often write it).
_ISSUED_HERE_WORDS = r"(?:(?:印发|下发|发)给|(?:印发|下发)你们|予以(?:公布|发布|印发))"
_ISSUED_HERE = re.compile(_ISSUED_HERE_WORDS)
# A sentence issuing what was made, opening with 现将《B》 (现将《B》印发给你们, 现将《B》予以公布).
_PUT_NEXT = re.compile(r"(?<=[。\n])[^\S\n]*现将《([^《》\n]{2,80})》" + _ISSUED_HERE_WORDS)
# The sentence before it: its grounds, one title after 根据/按照/依据 near its start, no other title in it.
_GROUNDS_OPENING = re.compile(r"[^。《》\n]{0,40}?(?:根据|按照|依据|依照)《([^《》\n]{2,80})》[^。《》\n]{0,120}。\s*$")
_EXPLAINED = re.compile(r"〈([^〈〉]+)〉")
_LEVEL = {"national": 0, "provincial": 1, "prefecture": 2, "county": 3, "township": 4}


# Between a plan made and the one it is the means of carrying out (《B》,作为推进…的目标任务,及推动落实《A》): one
# clause, 作为 then a verb of carrying out right before the second title.
_AS_MEANS_GAP = re.compile(r"》?\s*[,,]?\s*作为[^。;《》]{0,30}?(?:推动|推进|全面|认真|深入)?(?:贯彻落实|落实|贯彻|实施)\s*《?")
# ... and after it, what the first plan is to it (…》要求具体举措, 》的具体措施).
_AS_MEANS_END = re.compile(r"》?(?:的|各项)?(?:要求|任务|部署|目标任务)?(?:的)?(?:具体|重要)?(?:举措|措施)")
_VERB_END = re.compile(r"(贯彻落实|贯彻执行|贯彻|落实|实施|转发|执行|学习贯彻)\Z")


def _top_groups(title: str) -> list[tuple[int, int]]:
    """The (start, end) of each outermost 〈…〉 of a title, nested marks inside kept."""
    groups, depth, start = [], 0, 0
    for i, ch in enumerate(title):
        if ch == "〈":
            if depth == 0:
                start = i
            depth += 1
        elif ch == "〉" and depth:
            depth -= 1
            if depth == 0:
                groups.append((start, i + 1))
    return groups


def _deep_links(title: str, groups: list[tuple[int, int]], names: dict[str, str]) -> list[str]:
    """Targets of a title whose nested titles nest again (贯彻〈A〉和〈住建部贯彻〈B〉的实施方案〉的实施方案):
    the titles it names at the first depth after its verb, listed together, not those they name in turn."""
    targets: list[str] = []
    listed = False
    for k, (a, b) in enumerate(groups):
        if k == 0:
            listed = _VERB_END.search(title, 0, a) is not None
        else:
            listed = listed and title[groups[k - 1][1] : a] in _LIST_GAPS
        tail = _NESTED_TAIL.match(title, a) if not listed else None
        inner = normalize_title(title[a + 1 : b - 1])
        if (listed or tail is not None) and inner in names:
            targets.append(names[inner])
    return targets


#: A title that reports on or reviews how a document is carried out (关于全县贯彻实施〈A〉情况的报告,
#: …贯彻实施〈A〉…审议意见, 关于检查〈A〉实施情况的报告): a congress's review, no document made to carry A out.
_REVIEW_END = re.compile(r"(报告|审议意见|审查意见)\)?$")


def _title_shape_links(citation_title: str, names: dict[str, str]) -> list[str]:
    targets = []
    if _REVIEW_END.search(citation_title):
        return targets
    if "印发" in citation_title and ("印发〈" in citation_title or citation_title.rstrip(")").endswith("通知")
                                    and "印发" in citation_title.split("〈", 1)[0]):
        # a notice issuing a plan (印发〈X〉的通知, 印发贯彻〈A〉…实施方案的通知): the plan implements, not the notice
        return targets
    if citation_title.count("〈") > 1:  # (most titles nest nothing or once: no walk)
        groups = _top_groups(citation_title)
        if any("〈" in citation_title[a + 1 : b - 1] for a, b in groups):
            return _deep_links(citation_title, groups, names)
    if "〈" not in citation_title and _BARE_NESTED_TAIL.search(citation_title):
        # a division of another cited plan's tasks written without its inner marks (《X方案(2022-2025年)重要举措
        # 分工方案》 beside 《X方案(2022-2025年)》): it carries that plan out, as 〈X〉…分工方案 does
        for name, title in names.items():
            if (len(name) >= 8 and title != citation_title and citation_title.startswith(name)
                    and _BARE_NESTED_TAIL.fullmatch(citation_title, len(name))):
                targets.append(title)
                break
    for pattern in (_NESTED_VERB, _NESTED_TAIL, _NESTED_DIVISION_END):
        for match in pattern.finditer(citation_title):
            inner = normalize_title(match.group(2) if pattern is _NESTED_VERB else match.group(1))
            if inner in names:  # a nested title that is no document (a study book) is no target
                targets.append(names[inner])
    return targets


def _prefix_level(ctx: DocumentContext, title: str) -> tuple[int, str, str] | None:
    """(level rank, jurisdiction, rest) of a title opening with a division."""
    key = ("prefix_level", title)
    if key not in ctx.resolved:
        ctx.resolved[key] = _read_prefix_level(ctx, title)
    return ctx.resolved[key]


def _read_prefix_level(ctx: DocumentContext, title: str) -> tuple[int, str, str] | None:
    found = title_divisions(title[:16])
    if not found or found[0][0] != 0:
        return None
    chain = found[0]
    for match in found[1:]:
        if match[0] == chain[1]:
            chain = match
    division = ctx.resolve(chain[2]).division
    if division is None:
        return None
    return _LEVEL.get(division.level, 9), chain[2], title[chain[1] :]


def _same_core_links(ctx: DocumentContext, cited: list[Citation]) -> list[tuple[str, str]]:
    """《辽源市X实施办法》 implements 《吉林省X》 (a higher jurisdiction's X)."""
    links = []
    for citation in cited:
        tail = _IMPLEMENTING_TAIL.search(_core(citation.title))
        if not tail:
            continue
        own = _prefix_level(ctx, citation.title)
        body = _core(citation.title)[: tail.start()]
        if own is not None:
            body = body[len(own[1]) :]
        body = body.removesuffix("的")
        if len(body) < 4 or "〈" in body:
            continue
        for other in cited:
            if other is citation:
                continue
            other_level = _prefix_level(ctx, other.title)
            other_body = _core(other.title).removeprefix("中华人民共和国")
            if other_level is not None:
                other_body = other_body[len(other_level[1]) :]
            if other_body != body:
                continue
            if own is not None and other_level is not None and other_level[0] >= own[0]:
                continue
            links.append((citation.title, other.title))
    return links


# What follows 《B》对《A》 when B details A: 的原则性要求进行了细化, 进行细化, 作了具体化.
_DETAILED = re.compile(r"[^,,;;。\n《》]{0,20}?(?:进行了?|作了?|加以)?(?:细化|具体化)")
# What may stand between two titles of one list ("根据《A》《B》、《C》和《D》").
_LIST_GAPS = frozenset({"", "、", "和", "及", "与", "以及"})
# The previous title's number between two listed titles (《A》(鄂政办发〔2022〕52号)《B》, 《A》(国令第722号)、《B》).
_NUMBER_GAP = re.compile(r"\([^()《》]{1,24}?号\)(?:、|和|及|与|以及)?")
# (a mark closing a quotation is inside it, no break: 第三十三条“…不予行政处罚。”等有关规定,现将《X》印发给你们)
_SENTENCE_BREAK = re.compile(r"[。;!?](?![”\"])|\n")
# A short name declared after a title (《B》(以下简称《规定》)): the parenthesis, and its opening before the short name.
_SHORT_NAME_GAP = re.compile(r"\((?:以下)?简称“?《[^《》]{1,20}》”?\)")
_SHORT_NAME_OPENS = re.compile(r"\((?:以下)?简称“?$")
_BREAK_MARKS = "\n。;!?"  # the common ones first
# (The issuer between may be long: 、上海市法制宣传教育联席会议办公室《B》.)
# (以及中共某市委办公室 某市人民政府办公室《C》: joint issuers set apart by a space, as a list mark would; round 265)
_AND_BEFORE = re.compile(r"(和|、|及|与)\s*(?:[\u4e00-\u9fa5、]{0,20}(?:[ \u3000][\u4e00-\u9fa5]{2,16})?)?$")


def _creates(text: str, before: str, title) -> re.Match | None:
    """The verb before a title saying the sentence's body makes it (制定印发《B》), else None.

    A notice named around its title's marks (…法制办公室关于印发《B》的通知(云府法〔2014〕90号)、《C》) is a
    document cited among the grounds, its 印发 a word of its title: nothing is made there.
    """
    made = _CREATE.search(before)
    if made is None and _PUBLISHED_LIST.search(normalize_title(title.raw)):
        # (根据《A》精神,经市政府同意,市政府办公布《某市…证明事项清单(2025年)》: a list or catalogue a body
        # publishes is made there, as one it 印发s is; round 250)
        made = _PUBLISHES.search(before)
    if made is not None and before[: made.start()].endswith("关于") and text.startswith("的通知", title.end + 1):
        return None
    if made is not None:
        # (根据中共中央办公厅 国务院办公厅印发《B》…之规定: the ground and its issuers, B issued elsewhere, not
        # made here; 根据《A》制定《B》 still makes B, a title standing between the ground's word and the verb)
        ground = _GROUND_OPENS.search(re.split(r"[,，;；:：]", before[: made.start()])[-1])
        if ground is not None and "》" not in ground.group(1):
            return None
        # (对照中共中央国务院《A》、中共中央办公厅国务院办公厅印发《B》: B is one more ground, listed after A with
        # its issuers, issued elsewhere; 根据《A》制定《B》, nothing between the title and the verb, still makes B)
        wide = text[max(0, title.start - 1 - len(before) - 80) : title.start - 1 - len(before) + made.start()]
        clause = re.split(r"[,，;；:：。!?\n]", wide)[-1]
        if "》" in clause and _TRIGGER.search(clause.split("《", 1)[0]) and _LISTED_ISSUER.fullmatch(
                clause.rsplit("》", 1)[1]):
            return None
    return made


# The verb a list or catalogue is made public by, right before its title (公布《…清单》, 公布了《…目录》).
_PUBLISHES = re.compile(r"(公布|发布)(了)?\s*$")
# (a list's edition may follow its name: …证明事项清单(2025年))
_PUBLISHED_LIST = re.compile(r"(?:清单|目录)(?:\([^()]{1,12}\))?$")
# A title's carrying out named after it (抓好《A》(国办发〔2023〕27号,下称《行动计划》)的贯彻实施, 推动《A》的贯彻落实):
# a target, as 贯彻落实《A》 is; not how far it got (《A》实施情况, 落实效果).
_CARRIED_OUT_AFTER = re.compile(r"(?:\([^()\n]{0,60}\))?的(?:贯彻(?:落实|实施|执行)|落实|实施)(?!情况|效果|成效|评估|[^,，;；。]{0,6}?情况)")


# What ties a title made to the ones before it: a ground (根据…) or the place's facts (结合…实际); a purpose is a
# clause opening with 为 (为贯彻《A》).
_WHY = re.compile(r"根据|按照|依据|依照|遵照|结合|围绕|对照|对标")


def _listed_actions(text: str, start: int, made_at: int) -> bool:
    """Whether a title made closes a list of actions, two clauses before it each on a title of its own.

    认真贯彻《A》,执行《B》,落实《C》,修订《D》 lists what was done: D carries none of A, B, C out. A sentence that
    says why or on what ground (为贯彻《A》,落实《B》,制定《D》; 根据《A》…) still ties them, and so does one clause
    (贯彻落实《A》《B》,制定《D》).
    """
    clauses = re.split(r"[,，;；]", text[start:made_at])[:-1]
    return (sum("《" in clause for clause in clauses) >= 2 and not _WHY.search(text, start, made_at)
            and not any(clause.lstrip().startswith("为") for clause in clauses))


_GROUND_OPENS = re.compile(r"(?:根据|按照|依据|依照|遵照)([^《]*)$")
# A ground's issuers listed after another ground's title (、中共中央办公厅国务院办公厅, 和市政府办公室).
_LISTED_ISSUER = re.compile(r"(?:、|和|及|以及|与)\s*[\u4e00-\u9fa5、 ]{0,28}?"
                            r"(?:中央|国务院|办公厅|办公室|委员会|委|政府|部|厅|局|办)")


def _sentence_around(ctx: DocumentContext, at: int) -> tuple[int, int]:
    """The sentence (between 。;!? and line breaks, before the footer) that holds position ``at``."""
    # A few searches in C around the position, rather than every break of the text:
    # the last break before it (each mark searched only after the best so far) ...
    text, body_end = ctx.text, ctx.body_end
    limit = min(at, body_end)
    last = -1
    for mark in _BREAK_MARKS:
        found = text.rfind(mark, last + 1, limit)
        while found > last and mark != "\n" and text[found + 1 : found + 2] in ("”", '"'):
            found = text.rfind(mark, last + 1, found)  # (one closing a quotation: inside it, as below)
        if found > last:
            last = found
    # ... and the first one from it.
    after = _SENTENCE_BREAK.search(text, at, body_end)
    return last + 1, (after.start() if after else body_end)


# (the years may have taken the kind's last word with them: 某区…三年行动计划 / (2023—2025年)实施方案)
_YEARS_TAIL = re.compile(r"\((?:19|20)\d{2}(?:-(?:19|20)\d{2})?年?\)(?:实施方案|工作方案|行动方案|实施意见|实施计划|工作要点)?")


def _with_years(heading: str, title: str) -> bool:
    """Whether ``title`` is ``heading`` and the years it covers (with the last word of its kind)."""
    return title != heading and title.startswith(heading) and _YEARS_TAIL.fullmatch(title, len(heading)) is not None


# A draft's mark on the line under its heading (…的公告 / (征求意见稿)): part of the heading's title (round 255).
_DRAFT_MARK_LINE = re.compile(r"[^\S\n]*\n[^\S\n]*([(（](?:征求意见稿|送审稿|草案|讨论稿)[)）])[^\S\n]*(?:\n|$)")


def _with_draft_mark(ctx: DocumentContext, heading: str, at: int) -> str:
    """``heading`` with the draft mark on its next line (…的公告 / (征求意见稿)), as one title; else ``heading``."""
    for start, end, line in reversed(ctx.headings):
        if start < at and line == heading:
            mark = _DRAFT_MARK_LINE.match(ctx.text, end)
            return heading + mark.group(1) if mark else heading
    return heading


# The document a notice to study and carry out names without its marks (关于认真学习贯彻X的通知).
_STUDIED = re.compile(r"关于(?:认真|进一步|深入|切实)?(?:学习|宣传|贯彻|落实|执行)+([^《〈〉》]{4,80})的通知$")


# A 制度's own heading on a line of its own above the sentence making it (石泉县某局行政执法信息公示制度(试行) / 第一章
# 总则 / 第一条 …根据《A》…,制定本制度): the document the sentence makes, as a 办法's heading is (round 262). A line
# ending in 制度 is no title the heading scan takes (a line of a report may end so), so it is looked for only here.
_SYSTEM_HEADING = re.compile(r"(?m)^[^\S\n]*([^\s。,,;;:：《》“”]{4,60}制度(?:[((](?:试行|暂行)[))])?)[^\S\n]*$")


def _system_heading(ctx: DocumentContext, at: int) -> str | None:
    """The last line before ``at`` (after the page's title) that heads a 制度, else None."""
    found = None
    for found in _SYSTEM_HEADING.finditer(ctx.text, ctx.title_span[1] if ctx.title_span else 0, at):
        pass
    return found.group(1) if found is not None else None


def _heading_before(ctx: DocumentContext, at: int) -> str | None:
    found = None
    span, title = ctx.title_span, ctx.title or ""
    for start, end, heading in ctx.headings:
        if start < at:
            # (the last line of the title itself, broken after a word that joins it on, 和, 的: the title, not a
            # heading of its own; a whole title under a date line read with it is still the heading)
            inside = bool(span and span[0] <= start and end <= span[1] and title.endswith(heading)
                          and title[: len(title) - len(heading)].endswith(("和", "及", "与", "、", "的", "关于")))
            found = None if inside else heading
    return found


# A notice's heading on a line of its own forwarding a plan (…转发《X》的通知); a notice that
# issues its own plan (关于印发《X》的通知) is the plan's cover, and carries out nothing itself.
_NOTICE_LINE = re.compile(r"(?m)^[^\S\n]*[^。,《》\s]{2,40}?转发《([^《》\n]{4,90})》的通知(?=[^\S\n]*$)")
_CARRIED = re.compile(r"(印发|转发|颁发|下发)〈([^〈〉]*(?:〈[^〈〉]*〉[^〈〉]*)*)〉(的通知)?")
_THIS = re.compile(r"本(实施方案|规划|方案|意见|要点|计划|纲要|细则|办法)")
# A news headline issuing or forwarding a plan written without its marks (中共湖南省委印发法治湖南建设规划(…)).
# (or a notice's title issuing it unmarked, 某市人民政府办公室关于印发全面推进…工作实施方案的通知; round 268)
_CARRIED_BARE = re.compile(r"(?:印发|转发)了?([^〈〉]{4,90}?)(?:的通知)?$")


def _carried(title: str, sentence: str, names: dict[str, str]) -> str | None:
    """The document a notice carries, when what the sentence says is said of it, not of the notice.

    * the sentence says 本规划 of the plan the notice issues or forwards (印发〈X规划〉, 转发〈X规划〉);
    * or the notice issues it (关于印发〈X〉的通知) and the text has no heading of X's own: whatever
      the sentence says the document does, X does.
    """
    carried = _CARRIED.search(title)
    if carried is None:
        bare = _CARRIED_BARE.search(title)
        inner = names.get(normalize_title(bare.group(1))) if bare else None
        this = _THIS.search(sentence) if inner else None
        return inner if this is not None and _core(inner).endswith(this.group(1)) else None
    inner = normalize_title(carried.group(2))
    this = _THIS.search(sentence)
    if this is not None and _core(inner).endswith(this.group(1)):
        return names.get(inner, inner)
    if carried.group(1) in ("印发", "下发") and carried.group(3) and carried.end() == len(title):
        return inner
    return None


#: A sentence saying what a year is (2025年是贯彻落实《A》的收官之年).
_YEAR_IS = re.compile(r"\s*(?:19|20)\d{2}年(?:度)?(?:是|为)")

_SUMMARY_WITH_NEXT_PLAN = re.compile(r"(总结|报告|情况)(和|及|暨|与)[^和及暨与]{0,20}(要点|计划|安排|打算|思路)$")
# (the measures a notice issues, 若干措施, 具体措施, are its plan as much as a 方案 is)
_PLAN_TITLE_END = re.compile(r"(要点|方案|规划|计划|纲要|意见|安排|措施)$")


def _after_flattened_heading(ctx: DocumentContext, start: int, limit: int) -> int:
    """Where a sentence really starts when a page flattened to one line put headings in it.

    With no line breaks, "…2022年3月29日 2022年某市…工作要点 为全面推进…,根据《A》,制定本要点"
    reads as one sentence; it opens after the last heading block (between spaces) before ``limit``.
    """
    text, headings = ctx.text, ctx.headings
    for index in range(bisect.bisect_left(headings, (start,)), len(headings)):
        s, e, _ = headings[index]
        if s >= limit:
            break
        if e <= limit and text[s - 1 : s] in _BLOCK_GAP and text[e : e + 1] in _BLOCK_GAP:
            start = e
    return start


_BLOCK_GAP = frozenset(" \u3000")


_REQUIREMENT = re.compile(r"[^。;:：\n]{0,40}总体要求是?[:：]")


# A notice's first part headed by its overall requirement or guiding thought on a line of its own (一、总体要求).
_NOTICE_PART = re.compile(r"(?:^|\n)[^\S\n]*[一1][、.．][^\S\n]*(?:总体要求|指导思想)[^\S\n]*$")


# A notice's title issuing a plan (…关于印发〈X〉的通知), and a notice's date line.
_ISSUES_PLAN = re.compile(r"印发〈([^〈〉]{4,80})〉的通知$")
_DATE_LINE = re.compile(r"\n[ \u3000]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[ \u3000]*(?=\n)")


def _broken_heading(text: str, own_title: str, heading: str) -> bool:
    """Whether ``heading`` is the last line of the document's own title broken across lines: the line before it ends
    with the rest of the title (…关于推进 / 包容审慎监管的指导意见)."""
    first = own_title[: len(own_title) - len(normalize_title(heading))]
    if len(first) < 4:
        return False
    return re.search(re.escape(first[-4:]) + r"[^\S\n]*\n\s*" + re.escape(heading[:4]), text) is not None


def _opening_plan(ctx: DocumentContext, at: int, own_title: str | None) -> str | None:
    """The plan whose opening paragraph holds position ``at``, else None.

    A plan's first sentence states what it carries out ("2022年,…全面贯彻落实《A》《B》,…"):
    the plan implements what that sentence names, as if it said 制定本要点. The plan is the
    heading right above the paragraph, or the document's own title when no sentence comes
    between them.
    """
    paragraph = ctx.text.rfind("\n", 0, at) + 1
    if ctx.text[paragraph:at].strip():
        if _after_flattened_heading(ctx, paragraph, at) == at:
            paragraph = at  # a page flattened to one line: the paragraph opens after its heading's block
        elif _REQUIREMENT.match(ctx.text, at) is None:
            # Only the paragraph's first sentence says what the plan carries out, or the one that
            # states its overall requirement (2023年是…之年。…工作的总体要求是:…深入实施《A》).
            return None
    if _YEAR_IS.match(ctx.text, at):
        return None  # "2025年是贯彻落实《A》的收官之年" says what the year is, not what the plan carries out
    if own_title and own_title.endswith("通知") and "通知如下" in ctx.text[:paragraph] and paragraph >= 2:
        # A notice's own first part (现就…通知如下。/ 一、总体要求 / 进一步贯彻落实《A》《B》要求,…): its overall
        # requirement says what the notice carries out, as a plan's does; a notice issuing or forwarding a plan
        # is its cover, and carries out nothing itself.
        part = _NOTICE_PART.search(ctx.text, max(0, paragraph - 24), paragraph - 1)
        if part is not None and _ISSUES_PLAN.search(own_title) is None and "转发" not in own_title \
                and ctx.text.find("通知如下", 0, part.start()) >= 0:
            return own_title
    heading = _heading_before(ctx, paragraph)
    candidates = []
    issued = _ISSUES_PLAN.search(own_title) if own_title and ctx.title_span else None
    if issued is not None:
        # A notice issuing its plan, the plan's text after the notice's date line without its own
        # heading (…现印发给你们。/ 某市人民政府办公厅 / 2016年5月28日 / 2016年是…。…总体要求是:…): the plan.
        dated = None
        for dated in _DATE_LINE.finditer(ctx.text, ctx.title_span[1], paragraph):
            pass
        if dated is not None:
            candidates.append((issued.group(1), dated.end()))
    if heading is not None:
        end = max(e for s, e, h in ctx.headings if s < paragraph)
        candidates.append((heading, end))
    if own_title and ctx.title_span:
        candidates.append((own_title, ctx.title_span[1]))
    for title, end in candidates:
        if end <= paragraph and "。" not in ctx.text[end:paragraph]:
            name = normalize_title(title)
            if _SUMMARY_WITH_NEXT_PLAN.search(name):
                # A year's summary with the next year's plan (…2024年法治建设总结和2025年工作计划):
                # its opening tells what the year's work followed, the report's, not the plan's.
                return None
            if _PLAN_TITLE_END.search(_core(name)):
                return name
            return None
    return None


# An explanation opening with the title it explains, its first sentence saying so
# (《X》已制定发布,为便于理解,现作如下解读).
_EXPLAINED_OPENING = re.compile(r"\s*《([^《》\n]{4,90})》[^。\n《》]{0,40}?(?:解读如下|作(?:如下|以下)?解读)")
# A plan reported issued, its contents following (印发《X》。《方案》主要内容如下).
_CONTENTS_FOLLOW = re.compile(r"《([^《》\n]{4,90})》[。,]?(?:《[^《》\n]{1,8}》)?()主要内容如下")


# A part of an explanation headed by the grounds of what it explains (二、制定依据 / 政策依据:), its first
# paragraph listing them.
# (on a page flattened to one line, a numbered heading as a block: … 二、制定依据 《A》、《B》。 三、…)
_GROUNDS_PART = re.compile(r"(?m)(?:^[^\S\n]*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[((][一二三四五六七八九十\d]+[))])?"
                           r"[^\S\n]*(?:制定|政策|出台|起草|法律|法规|征求|编制|发布)依据[^\S\n]*(?:[::][^\S\n]*|\n[^\S\n]*)"
                           r"|(?<=[ \u3000])(?:[一二三四五六七八九十]+[、.．])(?:制定|政策|出台|起草|法律|法规)依据[ \u3000]+)"
                           r"([^\n。]+)")
_GROUND_TITLE = re.compile(r"《([^《》\n]{2,120})》")
# A sentence opening a list of the explained document's grounds (编制依据文件主要包括:, 制定依据主要有:).
_GROUNDS_LISTED = re.compile(r"(?:编制|制定|起草|出台)依据(?:文件)?(?:主要)?(?:包括|有|是|为)[::]")
# An order's number after a title ((重庆市人民政府令第 337 号), (国务院令第713号)), and the same number named alone
# as what a sentence carries out (为贯彻落实重庆市人民政府令第337号规定), before the title it makes (…草拟了《B》).
_ORDER_AFTER_TITLE = re.compile(r"[((]([\u4e00-\u9fa5]{2,16}令[^\S\n]*第[^\S\n]*\d+[^\S\n]*号)")
_ORDER_GROUND = re.compile(r"(?:贯彻落实|贯彻执行|贯彻|落实|执行|根据|按照|依据)([\u4e00-\u9fa5]{2,16}令[^\S\n]*第[^\S\n]*\d+[^\S\n]*号)")
_MAKES_AFTER_ORDER = re.compile(r"(?:草拟|起草|制定|修订|出台|印发)了?《([^《》\n]{4,90})》")
WHITESPACE_RUN = re.compile(r"\s+")
# Titles said to require what the next sentence makes (《A》和《B》均对…有明确要求。为…印发了《X》).
_REQUIRED_BY = re.compile(r"》(?:\([^()《》]{1,30}\))?[^。;《》\n]{0,6}?(?:均|都|分别)?对[^。;《》\n]{2,60}?"
                          r"(?:有|作出了?|作了|提出了?)(?:明确|具体|相应)?(?:的)?(?:要求|规定)[。;]")
_MAKES_TITLE = re.compile(r"(?:印发|制定|出台|编制|公布)了?《([^《》\n]{4,90})》")
# An explanation's heading of the explained document's background, on the line before (一、发布背景 / 二、制定背景).
_BACKGROUND_HEADING = re.compile(r"(?:^|\n)[^\S\n]*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[((][一二三四五六七八九十\d]+[))])?"
                                 r"[^\S\n]*(?:制定|发布|出台|起草|编制|印发)?背景(?:情况)?[^\S\n]*\n[^\S\n]*$")
# ... whose sentence opens with the purpose of carrying out what it names (为贯彻执行《A》…要求).
_EXPLAINED_PURPOSE = re.compile(r"[^\S\n]*为(?:认真|深入|全面|进一步|切实)?(?:贯彻执行|贯彻落实|贯彻|落实|执行)")
# A short line heading a part of a page (一、起草背景 / (二)主要内容), and a heading of the explained document's
# background, its grounds with it (制定背景及依据): a sentence of that part naming titles it followed (我市认真贯彻
# 落实《A》《B》等要求,…开展清理; 一是上级有要求。根据《A》、《B》等文件要求,…) says the document carries them out.
_PART_HEADING = re.compile(r"(?m)^[^\S\n]*(?:[一二三四五六七八九十]+[、.．]|\d+[、.．]|[((][一二三四五六七八九十\d]+[))])?"
                           r"[^\S\n]*([^\n。,;]{2,14}?)[::]?[^\S\n]*$")
_BACKGROUND_PART = re.compile(r"(?:制定|发布|出台|起草|编制|印发)?背景(?:及依据|和依据|情况)?")
# An explanation's headline naming the explained title after its label, on a line of its own (文字解读《X》, under
# a page's metadata table), or an untitled explanation opening with X issued and saying it explains it
# (2024年12月10日,某市政府印发《X》(以下简称《决定》),…。现就有关内容解读如下): X is the document explained.
_EXPLAINED_HEADLINE = re.compile(r"(?m)^[^\S\n]*(?:文字|政策|图文|图片|图解)?解读[::]?《([^《》\n]{4,90})》[^\S\n]*$")
# (the same label with a colon, read as the page's title: 文字解读:《X》)
# (its marks normalized to 〈〉 as a nested title's)
_TAG_BEFORE_EXPLAINED = re.compile(r"(?:文字|政策|图文|图片|图解|文件)?解读[::][《〈]([^《》〈〉]{4,90})[》〉]")
_ISSUED_EXPLAINED = re.compile(r"\s*[^\n《》。]{0,40}?印发了?《([^《》\n]{4,90})》[^\n]{0,200}?解读如下")


# What closes a run of titles listed as grounds (…》(某办〔2025〕27号)相关规定, …》等文件要求).
_GROUNDS_RUN_END = re.compile(r"(?:\([^()《》\n]{1,30}\))?(?:等)?(?:文件)?(?:的)?(?:相关|有关)?(?:规定|要求)")


def _in_background_part(text: str, start: int) -> bool:
    """Whether the sentence at start lies in a part headed by the background of an explained document."""
    heads = list(_PART_HEADING.finditer(text, max(0, start - 600), start))
    return bool(heads) and _BACKGROUND_PART.fullmatch(heads[-1].group(1).strip()) is not None


# The first line of a page naming, in marks and alone, the rules it carries (…常务会议事项《某区…程序规定》).
# (a page flattened to one line keeps the headline before its date or source label: …《X规定》 日期:…)
_HEADLINE_RULES = re.compile(r"\s*[^《》\n。]{0,40}《([^《》\n]{4,90}(?:规定|办法|规则|细则))》"
                             r"(?:[^\S\n]*\n|[ \u3000]+(?=(?:日期|发布日期|发布时间|时间|来源|信息来源)\s*:))")
# What the rules say they are, made here (…结合我区实际,制定本规定).
_MADE_THESE = re.compile(r"制定本(规定|办法|规则|细则)")


def find_implements(doc: Document) -> list[tuple[str, str, int, int]]:
    """(source, target, start, end) for every implements link the document states."""
    ctx = context_of(doc)
    cited = read_citations(doc)
    names: dict[str, str] = {}
    for citation in cited:
        names[citation.title] = citation.title
        for alias in citation.aliases:
            names[alias] = citation.title
    links: list[tuple[str, str, int, int]] = []
    for citation in cited:
        first = citation.spans[0]
        for target in _title_shape_links(citation.title, names):
            links.append((citation.title, target, first.start, first.end))
    for source, target in _same_core_links(ctx, cited):
        span = next(c.spans[0] for c in cited if c.title == source)
        links.append((source, target, span.start, span.end))
    own_title = normalize_title(ctx.title) if ctx.title else None
    explaining = bool(own_title and own_title.endswith(("解读", "答记者问")))
    tagged = _TAG_BEFORE_EXPLAINED.fullmatch(own_title) if own_title and own_title.endswith(("》", "〉")) else None
    if tagged is not None:
        # An explanation's headline with its tag before the title (文字解读:《X》; round 268): what it says is
        # said of X, as with 《X》解读.
        own_title = names.get(normalize_title(tagged.group(1)))
        explaining = own_title is not None
    if own_title and own_title.endswith(("解读", "答记者问")):
        # An explanation implements nothing itself; what it says the document does
        # ("制定本工作要点") is said of the document it explains, named in its title.
        explained = _EXPLAINED.search(own_title)
        own_title = names.get(explained.group(1)) if explained else None
        if explained and own_title is None:
            # (the headline's title short of its last words, 《…关于征集2024年度…事项》的政策解读, the text citing it
            # in full, 《…事项的通知》: that title)
            whole = [t for t in set(names.values())
                     if t.startswith(explained.group(1)) and t[len(explained.group(1)) :] in ("的通知", "通知")]
            own_title = whole[0] if len(whole) == 1 else None
        if own_title and own_title.endswith(("报告", "总结")):
            own_title = None  # a report written "根据《要点》" reports on it, it implements nothing
    if own_title is None:
        # An explanation without its headline, opening with what it explains
        # (《X》已制定发布,为便于理解,现作如下解读): what it says the plan does is said of X.
        opening = _EXPLAINED_OPENING.match(ctx.text, 0, min(ctx.body_end, 600))
        if opening is not None:
            name = names.get(normalize_title(opening.group(1)))
            if name is not None and _PLAN_TITLE_END.search(_core(name)):
                own_title = name
    if own_title is None and "解读" in ctx.text[: min(ctx.body_end, 800)]:
        found = (_EXPLAINED_HEADLINE.search(ctx.text, 0, min(ctx.body_end, 800))
                 or _ISSUED_EXPLAINED.match(ctx.text, 0, min(ctx.body_end, 800)))
        name = names.get(normalize_title(found.group(1))) if found else None
        if name is not None:
            own_title, explaining = name, True
    if own_title is None:
        # A page that opens with the notice's body, its headline lost: the plan the notice issues
        # is the document ("现将《X方案》印发给你们……为贯彻落实《A》,…制定本实施方案": X carries out A).
        # (a plan forwarded, 现将《X》转发给你们, is another body's: not the document)
        carried = ISSUED_TO_YOU.search(ctx.text, 0, min(ctx.body_end, 1500))
        if carried is None or carried.group(2) == "转发":
            # A news page carrying the plan it reports issued (近日,省委、省政府印发《X》。《方案》主要
            # 内容如下: 为…制定本实施方案): X is the document.
            carried = _CONTENTS_FOLLOW.search(ctx.text, 0, min(ctx.body_end, 1500))
        if carried is not None and carried.group(2) != "转发" and "。" not in ctx.text[: carried.start()]:
            name = names.get(normalize_title(carried.group(1)))
            if name is not None and _PLAN_TITLE_END.search(_core(name)):
                own_title = name
    if own_title is None:
        # A page headed by a line that names the rules it carries in marks (2021年…常务会议事项《X规定》), no
        # title read: when the text says it makes 本规定 (本办法, 本规则), X is the document.
        headline = _HEADLINE_RULES.match(ctx.text, 0, min(ctx.body_end, 300))
        if headline is not None:
            name = names.get(normalize_title(headline.group(1)))
            made = _MADE_THESE.search(ctx.text, headline.end(), min(ctx.body_end, headline.end() + 1500))
            if name is not None and made is not None and _core(name).endswith(made.group(1)):
                own_title = name
    if own_title:
        for target in _title_shape_links(own_title, names):
            links.append((own_title, target, *(ctx.title_span or (0, 0))))
        studied = _STUDIED.search(own_title) if own_title.endswith("的通知") else None
        target = names.get(normalize_title(studied.group(1))) if studied else None
        if target is not None and target != own_title:
            # A notice to study and carry out a document its title names unmarked, cited in the text
            # (关于认真学习贯彻法治政府建设实施纲要(2015-2020年)的通知 … 《法治政府建设实施纲要(2015-2020年)》).
            links.append((own_title, target, *(ctx.title_span or (0, 0))))
    if explaining and own_title:
        # An explanation's part headed by the explained document's grounds (二、制定依据 / 《A》、《B》及《C》):
        # the document was made under each title the part lists.
        for part in _GROUNDS_PART.finditer(ctx.text, 0, ctx.body_end):
            for title in _GROUND_TITLE.finditer(part.group(1)):
                name = names.get(normalize_title(title.group(1)))
                if name is not None and name != own_title:
                    links.append((own_title, name, part.start(1) + title.start(), part.start(1) + title.end()))
    if explaining and own_title and "依据" in ctx.text:
        # An explanation's sentence listing the explained document's grounds, one title a line
        # (《X》编制依据文件主要包括:《A》;\n《B》;\n《C》。; round 268): X was made under each.
        for listed in _GROUNDS_LISTED.finditer(ctx.text, 0, ctx.body_end):
            end = listed.end()
            while True:
                line_end = ctx.text.find("\n", end, ctx.body_end)
                line_end = ctx.body_end if line_end < 0 else line_end
                for title in _GROUND_TITLE.finditer(ctx.text, end, line_end):
                    name = names.get(normalize_title(title.group(1)))
                    if name is not None and name != own_title:
                        links.append((own_title, name, title.start(), title.end()))
                if line_end >= ctx.body_end or ctx.text[end:line_end].rstrip().endswith("。"):
                    break
                end = line_end + 1
                if not ctx.text[end : end + 1] == "《":
                    break
    if own_title and ctx.title_span and FORWARDED_BARE.search(own_title):
        # A headline forwarding a plan without its marks: the plan its opening forwards.
        end = ctx.title_span[1]
        forwarded = FORWARDED_IN_OPENING.search(ctx.text, end, min(ctx.body_end, end + 600))
        inner = names.get(normalize_title(forwarded.group(1))) if forwarded else None
        if inner is not None:
            links.append((own_title, inner, *forwarded.span()))
    if "》的通知" in ctx.text[:2000]:
        # A page titled by the plan, the notice forwarding it on a line of its own
        # before the body (中共某省委某省人民政府转发《…规划》的通知): the notice carries it out.
        for line in _NOTICE_LINE.finditer(ctx.text, 0, min(2000, ctx.body_end)):
            if "。" in ctx.text[: line.start()]:
                break
            inner = names.get(normalize_title(line.group(1)))
            notice = normalize_title(line.group())
            if inner is not None and notice != own_title:
                links.append((notice, inner, *line.span()))
    # Phrasing, sentence by sentence (only sentences with a title in them).
    text = ctx.text
    titles = [t for t in titles_of(ctx) if t.depth == 0 and t.start < ctx.body_end]
    notices = "如下" in text  # (what a notice or announcement made under the titles says: 现将…通知如下)
    index = 0
    while index < len(titles):
        s_start, s_end = _sentence_around(ctx, titles[index].start)
        # The first title is in its sentence even when a break starts it (《?...》 ends the
        # sentence at the title's start): without it the loop would never move on.
        inside = [titles[index]]
        index += 1
        while index < len(titles) and titles[index].start < s_end:
            inside.append(titles[index])
            index += 1
        s_start = _after_flattened_heading(ctx, s_start, inside[0].start)
        targets: list[str] = []
        last_end = -1  # just past the 》 of the last target: a title right after it is listed with it
        made_end = -1  # just past the 》 of the last title made: a title listed right after it is made too
        for title in inside:
            before = text[max(s_start, title.start - 40) : title.start - 1]
            name = names.get(normalize_title(title.raw))
            if name is None:
                if not targets and _TRIGGER.search(re.split(r"[,:]", before)[-1]):
                    # A title not cited as written (its 〉 lost) still opens the list of targets:
                    # 根据《省财政厅关于印发<A>》和《B》,制定本办法 (B is one).
                    last_end = title.end + 1
                continue
            if made_end >= 0 and _SHORT_NAME_OPENS.search(before):
                continue  # the short name declared for the title just made (起草了《B》(以下简称《规定》)): B itself
            created = _creates(text, before, title) or _ISSUED_HERE.match(text, title.end + 1) and _PUT.search(before)
            if not created and made_end >= 0 and _SHORT_NAME_GAP.sub(
                    "", text[made_end : title.start - 1]).strip() in _LIST_GAPS:
                # 根据《A》,制定《B》《C》: C is made too, listed after B (its short name declared between:
                # 起草了《B》(以下简称《规定》)和《C》)
                created = True
            if created and targets:
                made_end = title.end + 1
                if _listed_actions(text, s_start, title.start):
                    continue
                if _core(name).endswith(("报告", "总结")):
                    # (a report written up as a rule asks, 根据《A》中关于“年度报告”的要求,我局总结形成了《X报告》:
                    # a report carries out nothing itself, as one saying 根据《A》…制定本报告 does not)
                    continue
                # A title that names what it carries out (印发《关于贯彻落实〈C〉的通知》 after 根据《A》,
                # 结合《B》) implements that; the titles the sentence opens with are its grounds.
                named = _title_shape_links(name, names)
                for target in targets:
                    if target != name and (not named or target in named):
                        links.append((name, target, s_start, s_end))
                continue
            clause = re.split(r"[,:]", before)[-1] if not targets else before
            if _TRIGGER.search(clause) or _CARRIED_OUT_AFTER.match(text, title.end + 1) or ((targets or last_end >= 0) and (
                    _AND_BEFORE.search(before[-40:]) or text[last_end:title.start - 1].strip() in _LIST_GAPS
                    or _NUMBER_GAP.fullmatch(text[last_end:title.start - 1].strip()) is not None)):
                targets.append(name)
                last_end = title.end + 1
        if targets and (_SELF.search(text, s_start, s_end) or notices and (
                _NOTICE_FOLLOWS.search(text, s_start, s_end) or _NOTICE_FOLLOWS.match(text, s_end))) and not any(
            _creates(text, text[max(s_start, t.start - 40) : t.start - 1], t) for t in inside
        ):
            heading = _heading_before(ctx, s_start)
            if "本制度" in text[s_start:s_end] and (heading is None or normalize_title(heading) == own_title):
                heading = _system_heading(ctx, s_start) or heading
            if heading and normalize_title(heading).endswith(("解读", "答记者问")):
                heading = None  # an explanation's headline said again (《X》政策解读): the document, as above
            if heading and own_title and _with_years(normalize_title(heading), own_title):
                heading = own_title  # the plan's heading, its years on the next line (吉林市…方案 / (2021—2025年))
            elif heading and own_title and heading.startswith("关于") and own_title != normalize_title(heading) \
                    and own_title.endswith(normalize_title(heading)):
                heading = own_title  # its issuer on the line above (某市人民政府 / 关于…的实施意见)
            elif heading and own_title and own_title != normalize_title(heading) \
                    and own_title.endswith(normalize_title(heading)) and _broken_heading(ctx.text, own_title, heading):
                heading = own_title  # its heading broken mid-phrase (某省人民政府办公厅关于推进 / 包容审慎监管的指导意见)
            elif heading and own_title and normalize_title(heading).endswith(own_title) \
                    and normalize_title(heading)[: -len(own_title)].endswith((":", "：")):
                heading = own_title  # the title after its page's label (政策文件:某县…规定)
            if heading:
                heading = _with_draft_mark(ctx, heading, s_start)
            source = heading if heading else own_title
            if source and own_title and normalize_title(source) == own_title and _core(own_title).endswith(("报告", "总结")):
                # (a report telling how its plan was drafted, 启动《X》起草工作,…结合工作实际,提出42项任务: what
                # the sentence makes is the plan's, and a report carries out nothing itself)
                source = None
            if source:
                source = canonical_title(source, list(cited), ctx)
                source = _carried(normalize_title(source), text[s_start:s_end], names) or source
                for target in targets:
                    if target != source:
                        links.append((source, target, s_start, s_end))
        elif (explaining and own_title and targets and (_EXPLAINED_PURPOSE.match(text, s_start)
              and _BACKGROUND_HEADING.search(text, max(0, s_start - 24), s_start)
              or _in_background_part(text, s_start))
              and not any(_creates(text, text[max(s_start, t.start - 40) : t.start - 1], t) for t in inside)):
            # An explanation's part on the background, opening with what the explained document carries out
            # (一、发布背景 / 为贯彻执行《A》、《B》文件要求,…有必要征求…): the document carries out each title.
            for target in targets:
                if target != own_title:
                    links.append((own_title, target, s_start, s_end))
        elif targets and not any(_creates(text, text[max(s_start, t.start - 40) : t.start - 1], t) for t in inside):
            source = _opening_plan(ctx, s_start, own_title)
            if source:
                source = canonical_title(source, list(cited), ctx)
                for target in targets:
                    if target != source:
                        links.append((source, target, s_start, s_end))
    if explaining and own_title and "背景" in text:
        # An explanation's part on the background and grounds opening with the titles it lists, no verb before them
        # (一、制定背景及依据 / 《A》(国办发〔2018〕37号)、《B》(…)相关规定和上级文件…情况,市司法局牵头…清理): the
        # explained document carries out each title the run lists.
        for head in _PART_HEADING.finditer(text, 0, ctx.body_end):
            if _BACKGROUND_PART.fullmatch(head.group(1).strip()) is None:
                continue
            at = head.end()
            while at < ctx.body_end and text[at] in " \t\n\u3000":
                at += 1
            run = [t for t in titles if t.start == at + 1]
            if not run:
                continue
            for title in titles[titles.index(run[0]) + 1 :]:
                gap = text[run[-1].end + 1 : title.start - 1].strip()
                if gap not in _LIST_GAPS and _NUMBER_GAP.fullmatch(gap) is None:
                    break
                run.append(title)
            if _GROUNDS_RUN_END.match(text, run[-1].end + 1) is None:
                continue
            for title in run:
                name = names.get(normalize_title(title.raw))
                if name is not None and name != own_title:
                    links.append((own_title, name, title.start, title.end))
    if explaining and own_title and ("要求" in text or "规定" in text):
        # An explanation's background: titles said to require something (《A》和《B》均对…的编制和公布有明确要求),
        # the next sentence making the explained document (为…,我区…印发了《X》): X carries out each title.
        for required in _REQUIRED_BY.finditer(text, 0, ctx.body_end):
            s_start, s_end = _sentence_around(ctx, required.start())
            nxt = _SENTENCE_BREAK.search(text, required.end() - 1, ctx.body_end)
            if nxt is None or nxt.start() != s_end:
                continue
            n_end = _sentence_around(ctx, s_end + 1)[1]
            made = _MAKES_TITLE.search(text, s_end + 1, n_end)
            if made is None or names.get(normalize_title(made.group(1))) != own_title:
                continue
            for title in titles:
                name = names.get(normalize_title(title.raw)) if s_start <= title.start < required.start() + 1 else None
                if name is not None and name != own_title:
                    links.append((own_title, name, s_start, n_end))
    if "令第" in text:
        # A title made to carry out an order named by its number alone, the number given after a title cited before
        # (《重庆市重大行政决策程序规定》(重庆市人民政府令第337号) … 为贯彻落实重庆市人民政府令第337号规定,…草拟了
        # 《B》): B carries out that title.
        numbered: dict[str, str] = {}
        for citation in cited:
            for span in citation.spans:
                order = _ORDER_AFTER_TITLE.match(text, span.end + 1)
                if order is not None:
                    numbered.setdefault(WHITESPACE_RUN.sub("", order.group(1)), citation.title)
        if numbered:
            for ground in _ORDER_GROUND.finditer(text, 0, ctx.body_end):
                target = numbered.get(WHITESPACE_RUN.sub("", ground.group(1)))
                s_end = _sentence_around(ctx, ground.start())[1]
                made = _MAKES_AFTER_ORDER.search(text, ground.end(), s_end)
                name = names.get(normalize_title(made.group(1))) if made is not None else None
                if target is not None and name is not None and name != target:
                    links.append((name, target, ground.start(), made.end()))
    if "作为" in text and ("举措" in text or "措施" in text):
        # A plan made, then said to be the means of carrying out another (制定《B》,作为…推动落实《A》要求的
        # 具体举措): B carries out A, the order of 为落实《A》,制定《B》 turned round. The spans of every title
        # read are used, those whose 《 was lost too.
        spans = sorted((span.start, span.end, c.title) for c in cited for span in c.spans)
        for (b_start, b_end, made), (a_start, a_end, target) in zip(spans, spans[1:]):
            if made == target or not _CREATE.search(text[max(0, b_start - 12) : b_start].rstrip("《")):
                continue
            if _AS_MEANS_GAP.fullmatch(text, b_end, a_start) and _AS_MEANS_END.match(text, a_end):
                links.append((made, target, b_start, a_end))
    if "细化" in text or "具体化" in text:
        # A plan said to detail another's requirements (《方案》对《纲要》的原则性要求进行了细化): it carries it out.
        for first, second in zip(titles, titles[1:]):
            if text[first.end + 1 : second.start - 1] != "对":
                continue
            clause = _DETAILED.match(text, second.end + 1)
            source, target = names.get(normalize_title(first.raw)), names.get(normalize_title(second.raw))
            if clause is not None and source and target and source != target:
                links.append((source, target, first.start, clause.end()))
    if "现将《" in text:
        # A notice whose grounds close the sentence before the one issuing what it made (根据《A》,区政府办公室
        # 筛选出…,实行目录清单管理。现将《B》印发给你们): B made after A, as in one sentence.
        for put in _PUT_NEXT.finditer(text):
            made = names.get(normalize_title(put.group(1)))
            close = put.start()  # just past the 。 closing the sentence before
            while close > 0 and text[close - 1].isspace():
                close -= 1
            opening = max(text.rfind("。", 0, close - 1), text.rfind("\n", 0, close - 1)) + 1
            grounds = _GROUNDS_OPENING.match(text, opening, close)
            if made is None or grounds is None:
                continue
            target = names.get(normalize_title(grounds.group(1)))
            if target is not None and target != made:
                links.append((made, target, opening, put.end()))
    unique: dict[tuple[str, str], tuple[str, str, int, int]] = {}
    for link in links:
        unique.setdefault((link[0], link[1]), link)
    return list(unique.values())


@register(NAME)
def implements(doc: Document) -> Iterator[Fact]:
    """(source Regulation, implements, target Regulation) for every stated link."""
    for source, target, start, end in find_implements(doc):
        where = Provenance(doc.id, start, end, NAME)
        subject = Mention(text=source, label="Regulation", source=where, name=source)
        obj = Mention(text=target, label="Regulation", source=where, name=target)
        yield Fact(subject, "implements", obj, where)
