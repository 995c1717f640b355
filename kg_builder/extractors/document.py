"""The document's own facts: title, type, author jurisdiction, year covered, date, number.

The type is one of the schema's values (annual_report, work_plan,
implementation_plan, opinion, speech, other): a notice that issues or transmits a
plan (关于印发…实施方案的通知) takes the type of what it carries.
"""

from __future__ import annotations

import re
from typing import Iterator

from .. import divisions
from ..context import (ESSAY_ENDING, FORWARDED_BARE, INNER_TITLES, MADE_AS_FOLLOWS, REPORTED_AT_MEETING, STUDY_NOTICE, context_of,
                       news_page as _news_page, speech_heading)
from ..model import Document, Fact, Mention, Provenance
from . import register

__all__ = ["document_facts", "jurisdiction_mention", "doc_type_of"]

NAME = "document"

_TYPES = (
    # (…2015年推进依法行政工作情况及2016年工作打算: the year's report and the next year's intentions)
    # (…重点工作目标任务进展情况表: a table of how far the year's tasks got, a report on them)
    # (…2024年度法治政府部门建设工作情况: a year's account of its work, titled without 报告)
    ("annual_report", re.compile(r"(情况|工作)?(的)?(报告|总结|汇报)|情况及[^〈〉]{0,12}(打算|思路)$"
                                 r"|(?:19|20)\d{2}年度?[^〈〉《》]{0,24}(?:建设|工作)情况$"
                                 r"|(?:进展|完成|落实)情况(?:一览表|汇总表|统计表|表)$"
                                 # (…2024年度行政执法数据表, …年度行政执法总体情况: a year's figures and their account)
                                 r"|(?:19|20)\d{2}年度[^〈〉《》]{0,24}(?:数据表|统计年报|总体情况)$")),
    # (…学法计划, …培训计划: a year's plan of one kind of work; a 行动计划 is a plan of measures, below, and so
    # is an action's 实施计划 carrying one out, 某省提升行政执法质量三年行动实施计划(2023—2025年); a 实施计划 with
    # its years after it is no year's plan either)
    # (关于印发《某省人民政府2024年立法计划》的通知: the plan in its marks before 的通知, the same)
    ("work_plan", re.compile(r"工作要点|工作计划|工作安排|要点|年度计划|(?<!行动)(?<!行动实施)计划[》〉>]?(?:的通知)?$")),
    # (…推进法治政府建设任务清单: the tasks that carry a plan or opinion out, each with its units, a plan; a 责任清单
    # or 职责清单 says whose duties are what, no plan)
    # (…若干措施, …具体措施: measures carrying a policy out, each task with its units, typed with the 实施意见)
    ("implementation_plan", re.compile(r"实施方案|实施纲要|实施意见|实施计划|规划|方案|纲要|行动计划|任务清单"
                                       r"|措施(?:的通知)?$")),
    ("opinion", re.compile(r"意见")),
    ("notice", re.compile(r"通知|函")),
    ("speech", re.compile(r"讲话|发言|致辞")),
)


def doc_type_of(title: str | None, text: str) -> str:
    """The document's type from its title, else from how its text opens.

    >>> doc_type_of("关于印发东辽县法治政府建设实施方案的通知", ""), doc_type_of("在全市依法行政工作会议上的讲话", "")
    ('implementation_plan', 'speech')
    """
    if any(answer in text[:1500] for answer in _ANSWER_MARKS):
        if _QUESTION_ANSWER.search(text, 0, 1500):
            # an explanation by questions and answers (Q:…出台的? / A:…): not the document it explains,
            # whatever title its page carries (文件:关于…的通知)
            return "other"
    if _ESSAY_TITLE.search(title or "") or _ESSAY_HEADING.search(text, 0, 1200):
        # an article's title (…工作规范化建设初探, 浅析…, …之我见), in the title or on a line of its own under an
        # editor's note: an essay on the work, no report or plan, whatever year its text opens with (round 263)
        return "other"
    if _APPEAL.search(title or "") or _APPEAL_HEADING.search(text, 0, 300):
        # an appeal to the public (…倡议书, 致全市…的一封信, …公开信): no report or plan, whatever its
        # opening says of the years before (近年来,在市委、市政府的坚强领导下,…)
        return "other"
    if title:
        if re.search(r"转发[〈《<][^〈《<〉》>]+[〉》>]$", title) or FORWARDED_BARE.search(title):
            return "other"  # a page forwarding a document (省委、省政府转发《…规划》), as a forwarding notice
        if _NEWS_OF_A_DOCUMENT.search(title) and "关于" not in title and not title.endswith(("通知", "公告", "决定")):
            return "other"  # news of a document (水利部发布…年度报告, 县人大常委会审议通过…规划), not the document
        if "关于" not in title and _REPORTS_CHECKED.search(title):
            # a headline of a body checking reports (…完成全市2023年度…合法性审查报告书(…)评查): news of the
            # check, not a report
            return "other"
        if "关于" not in title and _HEARS_A_REPORT.search(title):
            # a headline of a congress hearing or reviewing a report (省人大常委会会议听取审议…情况的报告,
            # 省人大常委会首次审议…情况报告): news of the review, not the report
            return "other"
        title = INNER_TITLES.sub("", title) if re.search(r"(转发|贯彻|落实)[〈《<]", title) else title
        if REPORTED_AT_MEETING.search(title):
            # a headline of a body giving a report at a meeting (某区司法局在区政府常务会议“学法进行时”作专题汇报):
            # news of the meeting, not the report; or a speech given there (某县在…启动会上作经验交流发言; round 260)
            return "other"
        if re.search(r"(讲话|发言|致辞)$", title):
            return "speech"
        if re.search(r"(解读|答记者问)$|解读[:：]", title):
            # an explanation of a document is not the document (…议题解读:关于…的汇报: the explained after a colon)
            return "other"
        if _REVIEW_OPINION.search(title):
            # a congress's review of a report (…对《…报告》的审查意见, …审议意见): neither the report nor a policy 意见
            return "other"
        if _PRESIDED.search(title):
            # a headline of a meeting a leader chairs (某某主持 研究…规划编制、…等工作): news of the
            # meeting, not the plan it discusses
            return "other"
        issued = _SUMMARY_AND_PLAN.search(title)
        if issued is not None and doc_type_of(issued.group(1), "") in ("work_plan", "implementation_plan"):
            return doc_type_of(issued.group(1), "")  # the year's summary issued with the next year's points
        if STUDY_NOTICE.search(title):
            # a notice to study and carry out a document named without its marks (关于认真学习贯彻法治政府建设
            # 实施纲要(2015-2020年)的通知): a notice, as with the marks (关于贯彻落实《…》的通知)
            return "other"
        if _GUIDE.search(title):
            # a body's guide to its work (…包容审慎监管执法工作指引(三)): no report or plan, whatever its opening
            # says of the years before (近年来,…); no schema type fits it, as a 制度 (round 79's 工作制度)
            return "other"
        if _PLAN_FOR_WORK_POINTS.search(title):
            return "implementation_plan"  # …2018年政务公开工作要点实施方案: a plan carrying out a year's points
        # The last matching word of a title names what the document is
        # (关于征求…工作要点意见的函 is about a work plan, and carries it).
        for kind, pattern in _TYPES:
            if kind == "notice":
                continue
            if pattern.search(title):
                return kind
        if re.search(r"(通知|函|通报|决定)$", title):
            # (…关于对…先进单位予以通报表扬的决定: a decision, no report, whatever year its text opens with)
            return "other"
    if title and "原标题" in text and re.search(r"原标题[:：]\s*" + re.escape(title[:12]), text):
        # A reposted item whose title is its source's headline (原标题:河南:全省…活动将于4月17日启动), naming no kind
        # of document: a news item, whatever its opening says (round 264, 河南).
        return "other"
    if speech_heading(text):
        # A speech whose heading runs on into its salutation (…在全市…工作会议上的讲话同志们:今天,…): a speech.
        return "speech"
    if _news_page(text):
        return "other"  # a news page: a meeting held (…推进会, …第八次会议召开), a newspaper's dateline (本报讯)
    if _EXPLAINS.search(text[:1500]):
        # an explanation of a plan (《…工作要点》已经…印发,现就有关内容解读如下), not the plan, whatever
        # its background says the plan does (…结合实际,制定本工作要点)
        return "other"
    if "一" in text[:600] and _EXPLANATION_HEADING.search(text, 0, 600):
        # an explanation whose headline was lost, opening on the first of its parts (一、制定本规定目的和意义, 一、起草
        # 背景, 一、修订背景): why and how a document was made, not the document, nor a report on the years its
        # background recalls (近年来,…; round 266, 深圳's 扫码入企 explanation)
        return "other"
    made = _MADE_HERE.search(text[:1500])
    if made is not None and made.group(1) in ("计划", "要点", "安排"):
        # A page whose opening makes its year's plan (…结合实际,制定本计划): a work plan, whatever report
        # it names as its grounds (…《关于2023年法治政府建设情况的报告》的审议意见).
        return "work_plan"
    if _PLAN_OPENING.search(text[:1500]):
        # A year's points without their title: the year named as the year of what is due, then what the
        # work is to do (2022年是…之年。全市普法工作要以…为主线; …之年。全区…工作的总体要求是:…), or the page
        # opening on that year's work and its 总体思路 (2024年全省某某工作总体思路是:…).
        return "work_plan"
    head = text[:400]
    # (a year a goal is set for, 到2025年,…, is no year a report covers)
    # (a year set apart from its 年, as a page made from a PDF writes it: 2023 年,某市坚持…)
    # (现就工作进展情况报告如下: a bureau's account of its year's tasks, handed over as 现将 does)
    reported = re.search(r"现[将就].{0,20}(情况|工作)报告如下|法治政府建设.{0,10}情况", head)
    if reported is not None:
        carried = _CARRIED.search(text, 0, reported.start())
        if carried is not None and doc_type_of(carried.group(1), "") not in ("other", "annual_report"):
            # A notice scraped without its title that issues a plan (制定《某市…任务清单》,现印发给你们) before the
            # plan's first task speaks of reports (每年3月1日前…报告上一年度法治政府建设情况): the plan it issues.
            return doc_type_of(carried.group(1), "")
    if reported is not None or re.search(r"(?<![到至])(19|20)\d{2}[^\S\n]?年[,，]", head[:20]):
        return "annual_report"
    # A page scraped without its title: what its opening paragraphs say it is.
    head = text[:1500]
    carried = _CARRIED.search(head)
    if carried:  # 《…实施方案》已经…审议通过,现印发给你们: the plan it carries
        kind = doc_type_of(carried.group(1), "")
        if kind != "other":
            return kind
    if _MADE_HERE.search(head):
        return "implementation_plan"
    made = MADE_AS_FOLLOWS.search(head)
    if made is not None:
        # (…现就…提出如下实施意见: an implementing opinion, typed with the plans; …提出如下意见: an opinion)
        return "opinion" if made.group(1) == "意见" else "implementation_plan"
    if _has_report_parts(head) or _REPORT_OPENING.search(text[:600]):
        return "annual_report"
    if "指导思想" in head or "总体要求" in head:
        headings = _PLAN_HEADINGS.search(text, 0, 3000)
        if headings is not None and headings.group(1) in ("工作目标", "主要目标", "目标任务", "主要任务", "重点任务", "工作任务"):
            # An untitled plan by its parts: 一、指导思想 on its line, then 二、工作目标 (or 主要任务) on its own.
            # A year made the year of the work (将2023年作为…年) makes it a year's plan.
            return "work_plan" if _YEAR_OF_WORK.search(text, 0, headings.start()) else "implementation_plan"
    if "牵头" in head and _TASK_LEAD.search(head):
        # A year's points without their title or opening, each task with the units that lead it
        # ((市政府办公室牵头,市级各有关部门按职责分工负责)): a plan's task list.
        return "work_plan"
    if any(itself in text for itself in _ITSELF_WORDS):
        named = _NAMES_ITSELF.search(text)
        if named is not None:
            # An untitled page that names itself where it is carried out (贯彻落实本实施意见情况列入考核,
            # 执行本方案中): the plan or opinion it calls itself.
            return "opinion" if named.group(1) == "意见" else "implementation_plan"
    return "other"


# A guide's title, its number in a series after it (…执法工作指引, …工作指引(三)).
_GUIDE = re.compile(r"指引(?:\([一二三四五六七八九十]\))?$")


# An essay's title, or its heading on a line of its own (雅安市法治督察工作规范化建设初探, 浅析…, 浅谈…).
_ESSAY_TITLE = re.compile(ESSAY_ENDING + r"$|^(?:浅析|浅谈|浅议|刍议|试论|略论)")
_ESSAY_HEADING = re.compile(r"(?:^|\n)[^\S\n]*(?:[^\n。,，;；]{4,40}" + ESSAY_ENDING +
                            r"|(?:浅析|浅谈|浅议|刍议|试论|略论)[^\n。,，;；]{4,40})[^\S\n]*(?:\n|$)")
# An appeal's title, or its heading on the page's first lines (创建…示范市倡议书, 致广大市民的一封信).
_APPEAL = re.compile(r"(?:倡议书|倡议|公开信|一封信)$")
_APPEAL_HEADING = re.compile(r"(?:^|\n)[^\S\n]*[^\n。,，]{2,40}(?:倡议书|公开信|一封信)[^\S\n]*(?:\n|$)")
# A page naming itself as what is carried out (贯彻落实本实施意见, 执行本方案).
_NAMES_ITSELF = re.compile(r"(?:贯彻落实|贯彻执行|落实|执行|实施)本(实施意见|实施方案|工作方案|意见|方案|规划)")
# (what it needs, looked for first: the pattern is tried at every character of the text)
_ITSELF_WORDS = ("本实施", "本工作方案", "本意见", "本方案", "本规划")


# A plan's parts on their lines: 一、指导思想 (or 总体要求), then the next part (二、工作目标).
_PLAN_HEADINGS = re.compile(r"(?:^|\n)[^\S\n]*一[、.．][^\S\n]*(?:指导思想|总体要求)[^\S\n]*\n[^\n]{0,800}\n"
                            r"[^\S\n]*二[、.．][^\S\n]*(工作目标|主要目标|目标任务|主要任务|重点任务|工作任务)[^\S\n]*(?:\n|$)")
# A year made the year of the work (局党委提出将2023年作为…“制度建设规范年”).
_YEAR_OF_WORK = re.compile(r"将(?:19|20)\d{2}年(?:作为|确定为|定为)")
# A question on its line and the answer opening the next (Q:… / A:…, 问:… / 答:…); the answer's mark is
# looked for first.
_ANSWER_MARKS = ("A:", "A：", "答:", "答：")
_QUESTION_ANSWER = re.compile(r"(?:^|\n)[^\S\n]*(?:Q|问)[:：][^\n]{4,}\n[^\S\n]*(?:A|答)[:：]")
# A task's units in brackets after it: (某局牵头,某某按职责分工负责), (某办牵头,某局配合).
_TASK_LEAD = re.compile(r"[(（][^()（）\n。]{2,60}?牵头[,，、;；][^()（）\n。]{0,80}?(?:负责|配合|参与)[)）]")


_PLAN_OPENING = re.compile(r"(?:^|\n)[^\S\n]*(?:19|20)\d{2}年是[^\n]{2,160}?(?:之年|一年)[。,，]"
                           r"[^\n]{0,120}?工作(?:的)?(?:(?:总体要求|总体思路|指导思想|基本思路)是|要以|要坚持)"
                           # (or the page opening on the year's work and what it is to be: 2024年全省某某工作总体思路是:)
                           r"|^[^\S\n]*(?:19|20)\d{2}年[^\n。,，]{2,40}?工作(?:的)?(?:总体要求|总体思路|基本思路)是[:：]")
# A page explaining a document, its title lost (现就有关内容解读如下, 现将…解读如下).
#: An unplaced township's candidates are listed up to this many (城关镇 names a hundred).
_LISTED_CANDIDATES = 10
# An explanation's first part on its own line, headed by why or how a document was made (一、制定背景, 一、起草依据,
# 一、制定本规定目的和意义, 一、制定《办法》的必要性, 一、修订背景, 一、起草过程).
_EXPLANATION_HEADING = re.compile(r"(?:^|\n)[^\S\n]*一[、.．][^\S\n]*(?:关于)?(?:制定|起草|出台|修订|修改)(?:本|该|《[^《》\n]{2,60}》)?"
                                  r"[\u4e00-\u9fa5]{0,10}?的?(?:目的|背景|依据|必要性|意义|过程)")
_EXPLAINS = re.compile(r"解读如下|现就[^。]{0,20}?(?:作|进行)?解读|现(?:作|进行)(?:如下|以下)?解读|答记者问")
# A plan made to carry out a year's work points or plan (…工作要点实施方案, …工作计划的实施方案).
_PLAN_FOR_WORK_POINTS = re.compile(r"(?:要点|计划|安排)的?(?:实施方案|工作方案)(?:的通知)?$")
# A headline saying a body passed or published a document.
#: A notice issuing a year's summary with the plan for the next (印发《2023年…工作总结》和《2024年…工作要点》的通知).
_SUMMARY_AND_PLAN = re.compile(r"印发[《〈][^《》〈〉]*(?:总结|报告)[》〉][和及、与][《〈]([^《》〈〉]+)[》〉]")
_REVIEW_OPINION = re.compile(r"(?:审议|审查)意见$")
_PRESIDED = re.compile(r"^[\u4e00-\u9fa5]{2,12}主持(?:召开|研究|部署|\s)|研究[^《》]{2,60}等(?:工作|事项|问题)$")
_NEWS_OF_A_DOCUMENT = re.compile(r"^[^《〈]{2,30}?(?:审议通过|发布|出台)")
# A headline saying a body hears or reviews a report (…会议听取审议…报告, …首次审议…报告); not one asking for it
# to be reviewed (提请审议), nor a draft's (审议稿).
_HEARS_A_REPORT = re.compile(r"^[^《〈]{2,30}?(?:听取(?:和|并)?审议|听取|(?<!提请)审议)(?!稿)[^《〈》〉]{2,40}报告$")
# A headline ending in a check of reports, the reports named before it (…审查报告书(政府法律事务论证意见)评查,
# …年度报告抽查工作); not one asking for it (关于开展…评查的通知, kept out by its 关于).
_REPORTS_CHECKED = re.compile(r"报告书?[^《〈》〉]{0,20}?(?:评查|抽查|评审|评议)(?:工作|活动)?$")
_CARRIED = re.compile(r"《([^《》\n]{4,60})》(?:[^。\n]{0,40}?|。《[^《》\n]{1,8}》)(?:现印发给你们|印发给你们|主要内容如下)")
_MADE_HERE = re.compile(r"(?:特|现)?制定本(?:实施|工作)?(方案|规划|纲要|计划|要点|安排)|特制定本|现制定本")
# (a leader's report on his duty, 述法: its parts headed 一、履职情况 and 二、存在问题, on their lines or as blocks of a
# page flattened to one line: 一、履职情况 (一)深学笃行…)
_REPORT_PARTS = re.compile(
    # (a year's figures on their own line, 第一部分 某县2024年度行政执法数据表: a statistical annual report's part)
    r"(?:19|20)\d{2}年度[\u4e00-\u9fa5]{2,20}(?:数据表|统计年报)[^\S\n]*(?:\n|$)|"
    r"现[将就].{0,30}(?:情况|工作)?(?:报告|总结|汇报)如下|主要(?:举措|做法)和(?:工作)?成效|存在的(?:问题|不足)|下一步(?:工作)?(?:打算|计划|安排|思路)"
    r"|(?:^|\n|(?<=[ \u3000]))[^\S\n]*[一二三四五][、.．][^\S\n]*(?:履职情况|存在问题(?:[和及与](?:不足|原因|短板))?"
    # (a heading of the year's work done: 一、工作开展情况, 一、主要工作完成情况)
    r"|(?:主要|重点)?工作(?:开展|推进|完成|落实)情况"
    # (the year's main work without a verb, 一、主要工作情况)
    r"|(?:主要|重点)工作情况)"
    r"(?=[^\S\n]*(?:$|\n)|[ \u3000]|[(（])")
def _has_report_parts(head: str) -> bool:
    """Whether ``head`` has a report's parts; the problems a check found (就评查中发现的政府层面存在的问题) are
    what it found, no report's part on its problems."""
    for part in _REPORT_PARTS.finditer(head):
        if part.group().startswith("存在的") and "发现" in head[max(0, part.start() - 12) : part.start()]:
            continue
        return True
    return False


# A report opens with its year or "一年来": 2023年,…; 2023年以来,…; 2018年是…之年; 2022年在…领导下,…; at a line's start, at
# a block's on a page flattened to one line (…浏览次数: 2025年,…), or after an opening maxim (法治是…基石。2022年,…).
_REPORT_OPENING = re.compile(
    # (a year of the last century opening a paragraph, 1946年,人民治黄机构…诞生, is a body's history, no year reported on)
    r"(?:^|\n|(?<=[ \u3000])|(?<=[。.]))[^\S\n]*(?:20\d{2}年(?:度|以来|来)?[,，]|(?:19|20)\d{2}年是[^。\n]{2,40}之年|[一今近]年(?:以)?来[,，]"
    # (its year run on into its leadership, no comma between: 2022年在县委、县政府的坚强领导下,…)
    r"|(?:19|20)\d{2}年(?:度)?在[^。,，\n]{2,40}?(?:领导|指导|支持|监督)下[,，])")


def jurisdiction_mention(doc: Document, extractor: str = NAME) -> Mention | None:
    """The author jurisdiction of ``doc`` as a Jurisdiction mention, if one was found."""
    ctx = context_of(doc)
    resolution = ctx.jurisdiction
    if ctx.unnamed_level is not None and ctx.unnamed_level_span is not None:
        # A page that names no place of its own (a template's 某县, a page cut from its site, a county bureau's
        # report naming only its province): its level, no name, and the province it names, if any.
        start, end = ctx.unnamed_level_span
        attrs: dict[str, object] = {"level": ctx.unnamed_level, "status": "unnamed"}
        if ctx.unnamed_within is not None:
            attrs["province"] = ctx.unnamed_within.name
            attrs["within_code"] = ctx.unnamed_within.code
        if ctx.unnamed_city is not None:
            attrs["prefecture"] = ctx.unnamed_city.name
        return Mention(text=doc.text[start:end], label="Jurisdiction", source=Provenance(doc.id, start, end, extractor),
                       attrs=tuple(sorted(attrs.items())))
    if resolution is None or ctx.jurisdiction_span is None:
        return None
    start, end = ctx.jurisdiction_span
    division = resolution.division
    attrs = {"status": resolution.status}
    if division is not None:
        attrs["level"] = division.level
        if division.code:  # a township the township table does not hold has none
            attrs["code"] = division.code
        if division.level == "township" and division.parent_code:
            attrs["county_code"] = division.parent_code
        elif division.level == "township" and not division.code:
            # placed nowhere: the text names none of the counties its name has a township in
            codes = divisions.township_codes(division.name, street=division.name.endswith("街"))
            attrs["status"] = "ambiguous" if len(codes) > 1 else "unknown"
            if 1 < len(codes) <= _LISTED_CANDIDATES:
                attrs["candidates"] = codes
        if division.province and division.level != "provincial":
            attrs["province"] = division.province
        if division.prefecture and division.level not in ("provincial", "prefecture"):
            attrs["prefecture"] = division.prefecture
        if division.county and division.level == "township":
            attrs["county"] = division.county
    else:
        attrs["candidates"] = tuple(c.code for c in resolution.candidates)
        levels = {c.level for c in resolution.candidates}
        if len(levels) == 1:
            attrs["level"] = levels.pop()
    return Mention(
        text=doc.text[start:end],
        label="Jurisdiction",
        source=Provenance(doc.id, start, end, extractor),
        name=division.name if division else resolution.name,
        attrs=tuple(sorted(attrs.items())),
    )


@register(NAME)
def document_facts(doc: Document) -> Iterator[Fact]:
    """Title, document type, author jurisdiction and year covered."""
    ctx = context_of(doc)
    me = doc.mention()
    whole = Provenance(doc.id, 0, len(doc.text), NAME)
    if ctx.title:
        span = ctx.title_span or (0, 0)
        yield Fact(me, "title", ctx.title, Provenance(doc.id, span[0], span[1], NAME))
    yield Fact(me, "docType", doc_type_of(ctx.title, ctx.text), whole, confidence=0.8)
    jurisdiction = jurisdiction_mention(doc)
    if jurisdiction is not None:
        yield Fact(me, "authorJurisdiction", jurisdiction, jurisdiction.source)
    if ctx.year is not None:
        span = ctx.year_span or (0, 0)
        yield Fact(me, "yearCovered", ctx.year, Provenance(doc.id, span[0], span[1], NAME))
    if ctx.publish_date is not None:
        span = ctx.publish_span or (0, 0)
        yield Fact(me, "publishDate", ctx.publish_date, Provenance(doc.id, span[0], span[1], NAME))
    if ctx.doc_number is not None:
        span = ctx.doc_number_span or (0, 0)
        yield Fact(me, "documentNumber", ctx.doc_number, Provenance(doc.id, span[0], span[1], NAME))
