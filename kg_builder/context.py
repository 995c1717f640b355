"""What every extractor needs to know about a document: title, jurisdiction, year ...

:func:`context_of` reads these once per document (and caches them for the few
documents in flight), so that the agency extractor can write 区司法局 as
中站区司法局 and the citation extractor can resolve 省委、省政府 to 河南.

Extractors read ``ctx.text``: the document folded to simplified characters and
half-width ASCII, one character for one, so that every span found in it is the
same span in ``doc.text``. Pages scraped with their navigation and footer keep
both; ``ctx.body_end`` marks where the footer (责任编辑, 浏览解读, 相关稿件 ...) starts.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import ahocorasick

from . import divisions
from .divisions import DIRECT_MUNICIPALITIES, Division, Resolution
from .model import Document
from .normalize import FILE_SUFFIX, WHITESPACE, fold_text

__all__ = [
    "DocumentContext",
    "context_of",
    "county_by_name",
    "division_matcher",
    "find_divisions",
    "title_divisions",
    "parse_date",
    "reads_as_title",
    "TITLE_END",
    "title_line_end",
    "TitleLineEnds",
]

# Division names that are also ordinary words in these documents.
# Division names that are also common words: the scan of a text leaves them out.
COMMON_WORDS = frozenset({"城区", "郊区", "矿区", "东区", "西区", "南区", "北区", "中区", "新区", "市中区", "开发区"})
_COMMON_WORDS = COMMON_WORDS

#: The years a plan covers, as titles write them: 2021-2025年, 2021—2025, 2021 2025年 (a lost dash).
_RANGE = re.compile(r"((?:19|20)\d{2})\s*[-—–~至]?\s*((?:19|20)\d{2})年?")
#: Titles quoted inside a title (关于印发《...》的通知).
INNER_TITLES = re.compile(r"[〈《<][^〉》>]*[〉》>]")
#: Words a document title ends with (a line ending so is a title candidate).
TITLE_END = re.compile(
    r"(报告|要点|方案|意见|纲要|通知|函|计划|规划|安排|决定|办法|讲话|总结|规定|细则|规则|条例|通报|决议|清单|"
    # (…目标任务进展情况表: a table of how far tasks got)
    r"公告|通告|批复|请示|汇报|发言|致辞|讲话提纲|发言提纲|工作|情况(?:一览|汇总|统计)?表|情况|解读|打算|思路|答记者问|"
    # (a body's guide to its own work, 包容审慎监管执法工作指引, with its number in a series: 指引(三))
    r"工作指引(?:\([一二三四五六七八九十]\))?)"
    # What may follow the word: a draft's mark, the years a plan covers, an edition, the year a
    # report covers (法治政府建设年度报告(2024年度)); a draft plan has two (规划(2021-2025年)(征求意见稿)).
    # (and a range whose digits a page lost, its dash alone: 实施方案(—年))
    r"(\((征求意见稿|草案|试行|送审稿|" + _RANGE.pattern + r"|(19|20)\d{2}年版|(19|20)\d{2}年度|[-—–－]年)\)){0,2}$"
)


# A title's years at its end, in brackets: (2020-2025年), (2024—2026).
_YEARS_BEFORE_LOST_CLOSE = re.compile(r"[(（](?:19|20)\d{2}[-—–~至](?:19|20)\d{2}年?[)）]$")


def lost_after_years(text: str, start: int, at: int) -> bool:
    """Whether the title opened at ``start`` ends with its years right before the 《 at ``at``:
    its 》 was lost there (《A(2020-2025年)《B》). A nested title is opened after a verb or a word
    (贯彻《…》), never right after a title's years."""
    inner = text[start + 1 : at]
    years = _YEARS_BEFORE_LOST_CLOSE.search(inner)
    if years is None or years.start() < 4 or "〈" in inner or "<" in inner:
        return False
    return bool(TITLE_END.search(inner[: years.start()]))


# A title's years, then the sentence's stop, or a list word and the sentence's own words up to its next stop
# (…(2021-2025年)和省、市要求,  …(2021-2025年),): the title ended with its years, its 》 lost after them.
_YEARS_THEN_PROSE = re.compile(r"[(（](?:19|20)\d{2}[-—–~至](?:19|20)\d{2}年?[)）](?=[和及与、][^《》〈〉<>]*?[,\uff0c。;\uff1b]|[,\uff0c。;\uff1b])")


# A title's kind word, then its status in brackets and a few words of the sentence up to the next 《 (《上海港船舶污染
# 防治办法(废止)相关工作《B》): the title ended at its kind word, its 》 lost before the status (废止 is no part of a
# title, as 试行 is).
_STATUS_THEN_PROSE = re.compile(r"(.{4,60}?(?:法|条例|办法|规定|细则|规则|意见|方案|决定))[(（](?:已?废止|修订|修正|失效)[)）]"
                                r"[\u4e00-\u9fa5]{0,10}")


def lost_before_status(text: str, start: int, at: int) -> int | None:
    """Where the title opened at ``start`` ends when its 》 was lost before its status in brackets and the sentence
    went on to the 《 at ``at`` (《上海港船舶污染防治办法(废止)相关工作《B》): the end of its kind word, or None."""
    lost = _STATUS_THEN_PROSE.fullmatch(text, start + 1, at)
    if lost is None or "〈" in lost.group(1) or "<" in lost.group(1):
        return None
    return lost.end(1)


def lost_before_prose(text: str, start: int, at: int) -> int | None:
    """Where the title opened at ``start`` ends when its 》 was lost after its years and the sentence went on in
    prose before the 《 at ``at`` (《法治政府建设实施纲要(2021-2025年)和省、市要求,…对标《B》): the end of its years,
    or None. A title holding a nested one, or with no title's end before its years, is left as it is."""
    inner = text[start + 1 : at]
    if "〈" in inner or "<" in inner:
        return None
    years = _YEARS_THEN_PROSE.search(inner)
    if years is None or years.start() < 4 or not TITLE_END.search(inner[: years.start()]):
        return None
    if _YEARS_THEN_PROSE.search(inner, years.end()) is not None:
        return None
    return start + 1 + years.end()


_ENUMERATION = re.compile(r"^([一二三四五六七八九十]+[、.]|\(?[一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十\d]+[章条节部分])")
_NAV_WORDS = re.compile(r"(首页|当前位置|您的位置|欢迎|登录|注册|搜索|网站地图|>|»|\||发布时间|来源|浏览|字号|分享到|打印"
                        # a site's banner giving its Chinese domain name (中文域名:某区人民政府.政务): the host
                        # government's name, no line of the title below it
                        r"|中文域名|[.。]政务$"
                        # a page's metadata fields, each label in square brackets ([主题分类]公安、司法[体裁分类]工作报告)
                        r"|\[[\u4e00-\u9fa5]{2,6}\])")
# (承办单位 heading a table's column, a pipe beside it or on the next line, is a list's, not the site's footer:
# 序号 | 事项 | 承办单位 |)
_FOOTER_WORDS = (
    r"(责任编辑|浏览解读|相关稿件|相关链接|相关文章|相关阅读|相关新闻|上一篇|下一篇|打印本页|关闭窗口|"
    r"版权所有|主办单位|主办:|承办单位(?![^\S\n]*(?:\n[^\S\n]*)?\|)|网站标识码|扫一扫|【打印】|\[打印\]|附件下载|分享到|纠错)"
)
_FOOTER = re.compile(r"^\s*[(\[【]?\s*" + _FOOTER_WORDS)
_YEAR_NUM = r"((?:19|20)\d{2})"
_DATE_FULL = re.compile(_YEAR_NUM + r"\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})\s*日?")
_DATE_LOST = re.compile(r"(?<!\d)" + _YEAR_NUM + r"(\d{2,4})日")
# (or a metadata table's cell after its label's: | 生成日期 | 2019-04-24 14:13:55 |)
_DATE_LABEL = re.compile(r"(发布时间|发布日期|成文日期|发文日期|印发日期|时间|日期)(?:\s*:\s*|[^\S\n]*\|[^\S\n]*(?=(?:19|20)\d{2}-))")
_DOC_NUMBER = re.compile(
    # (a number in parentheses on a line of its own above an untitled page's text: (鄂法委发〔2022〕2号))
    r"^\s*(?:\((?=[\u4e00-\u9fa5]{1,12}?〔[^\n]*号\)\s*$))?([\u4e00-\u9fa5]{1,12}?)\s*[〔\[(【]?\s*((?:19|20)\d{2})\s*[〕\])】]?\s*第?\s*(\d{1,4})\s*号\)?\s*$"
)
_SELF_REF = re.compile(r"(?:我|全|本)(省|市|县|区|州|盟|旗|镇|乡|街道)")
# A rank among the places of the level above (在全省率先, 全省首个, 位居全省前列): the 全X there is the superior.
_RANK_AFTER = re.compile(r"率先|首[个家批次创例]|第[一二三四五六七八九十]|前列|领先|唯一")
# An honour won on the level above's roll (先后获评全市学习型党组织、全省“七五”普法中期先进集体): the 全X there
# names the roll's place, as a rank does, not the page speaking of itself. The verb is looked for in the clause
# before the 全X (back to its comma or full stop).
_HONOUR_WON = re.compile(r"(?:获评|荣获|获得|被评为|评为|荣膺|入选)[^,，。;；:：\n]*$")
#: A notice to study and carry out a document named without its marks (关于认真学习贯彻法治政府建设实施纲要
#: (2015-2020年)的通知): a notice, its years the document's, not its own.
# The words an essay's title ends in (…工作规范化建设初探, …之我见): the type of such a page and the byline under its title
# are both read from them (round 263).
ESSAY_ENDINGS = ("初探", "浅析", "浅谈", "探析", "刍议", "之我见")
ESSAY_ENDING = "(?:" + "|".join(ESSAY_ENDINGS) + ")"
STUDY_NOTICE = re.compile(r"关于(?:认真|进一步|深入|切实)?(?:学习|宣传|贯彻|落实|执行)+(?![^《〈]*(?:实施方案|实施意见|工作方案))"
                          r"[^《〈]{2,80}的通知$")
#: An opening that says what the page is, its title lost (…,现就…提出如下实施意见; …,结合我省实际,制定如下实施方案):
#: an opinion or a plan, no report.
MADE_AS_FOLLOWS = re.compile(r"(?:制定|提出)(?:如下|以下)(实施意见|意见|实施方案|工作方案|方案)(?:[。:]|$)")
# A street office named XX街 (广州: 黄石街) opening a report's title, before its year or 法治.
_STREET_IN_TITLE = re.compile(r"^([\u4e00-\u9fa5]{2,4}街)(?=(?:19|20)\d\d|法治|依法|关于)")
# (not a page's words for itself: 在全镇…会议上的讲话, 全乡2023年工作要点, 某镇2023年…报告)
_TOWNSHIP_IN_TITLE = re.compile(r"^(?!(?:在|于)?(?:全|本|我|各|该|某|XX|xx)(?:街道办事处|街道|民族乡|镇|乡|苏木))([\u4e00-\u9fa5]{1,8}?(?:街道办事处|街道|民族乡|镇|乡|苏木))(?=人民政府|政府|党委|党工委|委员会|工作委员会|办事处|关于|(?:19|20)\d\d|法治|依法|年|$|\d)")
# A 兵团 regiment farm opening a title (2021年五团法治政府建设工作报告, 106团2022年…年度报告): the regiment's own.
_REGIMENT_IN_TITLE = re.compile(r"(" + divisions.REGIMENT.pattern + r")(?=(?:19|20)\d\d|法治|依法|党委|关于|年)")
# (…年推进法治政府建设的主要举措和成效: the report's first part, headed with the year it reports on)
# (its 年 lost before 以来: 2024以来,在县委…; or before 来, 年以 both lost: 2023来,某街道在区委…)
_REPORT_YEAR = re.compile(_YEAR_NUM + r"(?:年(以来|度|,|上半年|全年|是|我|全|中|在|初|底|共|推进法治)|(?=(?:以)?来[,,])"
                          # (its year run on into its bureau, no comma between: 2022年市交通运输局在…领导下)
                          r"|年(?=[省市县区州][\u4e00-\u9fa5]{1,12}?[局厅委办](?:在|坚持|以|围绕|认真|深入)))")
_TITLE_YEAR = re.compile(_YEAR_NUM + r"\s*年")
#: A year a report sums up, named after 总结 and the body summing (总结我局2024年…工作); a meeting's 总结2022年…工作,
#: no body summing named, may be held the year after (安排部署2023年…).
_SUMMED_YEAR = re.compile(r"总结[我本](?:局|委|办|县|区|市|镇|乡|街道|单位|部门)" + _YEAR_NUM + r"年")
#: The year a report's opening sentence hands over (现将我镇2024年法治政府建设情况报告如下, 现将本局2023年度…汇报如下).
_INTRO_YEAR = re.compile(r"现将[\u4e00-\u9fa5]{0,12}?" + _YEAR_NUM + r"年度?[\u4e00-\u9fa5、]{0,30}?(?:报告|汇报)如下")
#: What stands before a year that ends a period or is a goal (至2025年上半年, 到2025年).
_PERIOD_END = frozenset("至到")
_SEVERAL_YEARS = re.compile(r"近(?:年来|几年|[两二三四五]年|年)")
# An untitled report opening on the span of years it covers (2022年至2024年,某街道深入贯彻…; round 203): several
# years, as one opening on 近年来 covers (round five: no one year is its own).
_OPENS_ON_SPAN = re.compile(r"(?:19|20)\d{2}年?\s*(?:至|到|—|-|–|~)\s*(?:19|20)\d{2}年(?:以来|来)?[,，]")
# A report's body opening on "recent years", on its line or after its opening sentence (…报告如下。近年来,…).
_OPENS_ON_RECENT_YEARS = re.compile(r"(?:^|\n|。)[^\S\n]*近(?:年来|几年来?|[两二三四五]年来)[,，]")
#: A report title's words for a period's end: it reports on the whole period (its plan completed).
# (…关于2021-2025年度…工作总结报告: the years reported on written as a period, its last year the report's)
# (…烟草专卖局2012-2016年依法行政工作报告: the years a report covers in its title's own words, no plan's in brackets)
_PERIOD_DONE = re.compile(r"完成情况|(?:实施|落实|执行)(?:情况)?(?:的)?总结|终期|收官|(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)\d{2}年度"
                          r"|(?<![(（\d])(?:19|20)\d{2}\s*[-—–~至]\s*(?:19|20)\d{2}年(?![)）度])")


def parse_date(text: str) -> tuple[int, int, int] | None:
    """A date written in full or with its 年/月 lost ("2019625日", "2017531").

    >>> parse_date("2019年6月25日"), parse_date("2019625日"), parse_date("2017531")
    ((2019, 6, 25), (2019, 6, 25), (2017, 5, 31))
    """
    match = _DATE_FULL.search(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            return year, month, day
    match = _DATE_LOST.search(text) or re.fullmatch(r"\s*" + _YEAR_NUM + r"(\d{2,4})\s*", text)
    if match:
        return _split_lost(int(match.group(1)), match.group(2))
    return None


def _split_lost(year: int, digits: str) -> tuple[int, int, int] | None:
    """Month and day run together: "625" is 6/25, "1231" is 12/31, "531" is 5/31."""
    for cut in (1, 2):
        month, day = digits[:cut], digits[cut:]
        if not day or len(day) > 2 or month.startswith("0") and cut == 1:
            continue
        m, d = int(month), int(day)
        if 1 <= m <= 12 and 1 <= d <= 31 and not (len(day) == 2 and day.startswith("0") and cut == 2):
            return year, m, d
    return None


@dataclass(frozen=True)
class DocumentContext:
    """The document-wide facts extractors share."""

    text: str
    title: str | None
    title_span: tuple[int, int] | None
    jurisdiction: Resolution | None
    jurisdiction_span: tuple[int, int] | None
    year: int | None
    year_span: tuple[int, int] | None
    named_divisions: tuple[str, ...]
    divisions_found: tuple[tuple[int, int, str], ...] = ()
    body_start: int = 0
    body_end: int = 0
    publish_date: str | None = None
    publish_span: tuple[int, int] | None = None
    doc_number: str | None = None
    doc_number_span: tuple[int, int] | None = None
    recipient_span: tuple[int, int] | None = None
    headings: tuple[tuple[int, int, str], ...] = ()
    #: The level of a page that names no place it is written for (我县, 全县, 某市), and where it first says so.
    unnamed_level: str | None = None
    unnamed_level_span: tuple[int, int] | None = None
    #: The province such a page names, whose county or city it is (its bodies are still read as the province's).
    unnamed_within: Division | None = None
    #: The city of that province such a page names as the place a leader's speeches are on (对江苏苏州工作重要讲话).
    unnamed_city: Division | None = None
    resolved: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def division(self) -> Division | None:
        """The author jurisdiction's division when it resolved to one."""
        return self.jurisdiction.division if self.jurisdiction else None

    @property
    def province(self) -> str | None:
        d = self.division
        return d.province if d else None

    def resolve(self, name: str) -> Resolution:
        """Resolve a division name with this document's year and named places (cached)."""
        found = self.resolved.get(name)
        if found is None:
            found = _resolve_in(name, self.year, self.named_divisions, self.text)
            self.resolved[name] = found
        return found

    def relative(self, prefix: str) -> Division | None:
        """The division a bare 省/市/县/区/镇 ... means in this document.

        In a 中站区 document 区 is 中站区 and 市 is 焦作市; in a county-level city
        市 is the city itself; in a district of 北京 市 is 北京市.
        """
        key = ("relative", prefix)
        if key not in self.resolved:
            self.resolved[key] = self._relative(prefix)
        return self.resolved[key]

    def _relative(self, prefix: str) -> Division | None:
        d = self.division
        if d is None:
            if prefix in ("县", "区", "旗") and self.jurisdiction is not None:
                # (a county known by its name only, several counties bearing it and the text not telling which,
                # 龙华区 of 深圳 and of 海口: its own bare 区委/区政府 are still that 区's, as a township's are)
                county = county_by_name(self.jurisdiction)
                if county is not None and county.name.endswith(prefix if prefix != "县" else ("县", "自治县")):
                    return county
            # (a page that names no place of its own, read within a province: its bare 省/自治区 is that province)
            within = self.unnamed_within
            if prefix in ("市", "州") and self.unnamed_city is not None:
                return self.unnamed_city  # (and its city named so with it: its bare 市委 is that city's)
            return within if within is not None and prefix in ("省", "自治区") else None
        by_code = divisions.division_by_code
        province = by_code(d.province_code) if d.province_code else None
        prefecture = by_code(d.prefecture_code) if d.prefecture_code else None
        county = by_code(d.county_code) if d.county_code else None
        if county is None and d.county:
            county = divisions.Division(code="", name=d.county, level="county")  # known by name only
        if d.level == "county":
            county = d
        if d.level == "prefecture":
            prefecture = d
        if d.level == "provincial":
            province = d
        if prefix == "省" and province is None and d.level == "township" and not d.province:
            # a township whose county the text never names: its 省 is the province the text
            # names most (对广东系列重要讲话…省委“1310”具体部署)
            province = _province_named(self.text[: self.body_end])
        if prefix == "省":
            return province if province and province.name.endswith("省") else None
        if prefix == "自治区":
            return province if province and province.name.endswith("自治区") else None
        if prefix == "市":
            for candidate in (county, prefecture, province):
                if candidate is not None and candidate.name.endswith("市"):
                    if candidate is province and province.name not in DIRECT_MUNICIPALITIES:
                        continue
                    return candidate
            return None
        if prefix in ("县", "区", "旗"):
            if county is not None and county.name.endswith(prefix if prefix != "县" else ("县", "自治县")):
                return county
            if prefix == "区" and d.level == "provincial" and d.name.endswith("自治区"):
                return d  # an autonomous region's own document: 自治区人民政府, 区党委
            return None
        if prefix in ("州", "盟"):
            for candidate in (prefecture, county):
                if candidate is not None and candidate.name.endswith(prefix):
                    return candidate
            return None
        if prefix in ("镇", "乡", "街道", "苏木"):
            return d if d.level == "township" and d.name.endswith(prefix) else None
        return None


def _resolve_in(name: str, year: int | None, named: tuple[str, ...], text: str) -> Resolution:
    resolution = divisions.resolve(name, year, named)
    if resolution.status != "ambiguous":
        return resolution
    # A page's index number may open with the division's code (索引号: 370402/2022-00029).
    coded = [c for c in resolution.candidates if c.code and _code_in(text, c.code)]
    if len(coded) == 1:
        return Resolution(name, "resolved", coded[0], resolution.candidates)
    # Parents may be named by their short names only (首都北京, 长春市 as 长春).
    scored = []
    for candidate in resolution.candidates:
        parents = {p for p in (candidate.province, candidate.prefecture) if p and p != candidate.name}
        shorts = set()
        for code in (candidate.province_code, candidate.prefecture_code):
            parent = divisions.division_by_code(code) if code else None
            if parent is not None and parent.short and parent.name != candidate.name:
                shorts.add(parent.short)
        score = sum(text.count(p) for p in parents) + sum(text.count(s) for s in shorts if len(s) >= 2)
        scored.append((score, candidate))
    best = max(score for score, _ in scored)
    winners = [c for score, c in scored if score == best]
    if best > 0 and len(winners) == 1:
        return Resolution(name, "resolved", winners[0], resolution.candidates)
    if year is None and len({(c.province_code, c.level) for c in resolution.candidates}) == 1:
        # No year to choose by, and one province's division whose city was renamed over the years
        # (芮城县 of 运城地区, then of 运城市): the one that exists now.
        current = [c for c in resolution.candidates if c.exists_in(divisions.last_year())]
        if len(current) == 1:
            return Resolution(name, "resolved", current[0], resolution.candidates)
    return resolution


def county_by_name(resolution: Resolution) -> Division | None:
    """A county known by its name only: several counties bear it (河东区 of 天津 and of 临沂)
    and the text does not tell which. A township's 区委 is still that 区's."""
    candidates = resolution.candidates
    if resolution.status != "ambiguous" or not candidates or any(c.level != "county" for c in candidates):
        return None
    return divisions.Division(code="", name=resolution.name, level="county")


# A disclosure page's index number opening with its publisher's unified social credit code: 1, the
# registering kind (1 for a state organ), the six digits of the division, the organisation code and a
# check character (11370105MB279780XD/2023-6537798).
_CREDIT_CODE = re.compile(r"(?<![0-9A-Za-z])1[1-9](\d{6})[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Za-z])")


def _credit_code_place(text: str, body_end: int, body: list) -> tuple[int, int, str] | None:
    """The county a page's index number names by its publisher's credit code, when the text speaks
    of that county's bodies bare (区政府, 区司法局) and names no division but the county's parents."""
    match = _CREDIT_CODE.search(text, 0, min(body_end, 1500))
    if match is None or match.group(1).endswith("00"):
        return None
    division = divisions.division_by_code(match.group(1))
    if division is None or division.level != "county":
        return None
    level = division.name[-1]
    if level not in "区县旗市" or (level + "政府") not in text[:body_end] and (level + "委") not in text[:body_end]:
        return None
    if any(name not in (division.name, division.prefecture, division.province) for _, _, name in body):
        return None
    return match.start(1), match.end(1), division.name


def _code_in(text: str, code: str) -> bool:
    """Whether a division code stands in the text as a number of its own (not inside a longer one)."""
    at = text.find(code)
    while at >= 0:
        if not text[at - 1 : at].isdigit() and not text[at + 6 : at + 7].isdigit():
            return True
        at = text.find(code, at + 1)
    return False


@functools.cache
def division_matcher() -> ahocorasick.Automaton:
    """An Aho-Corasick automaton over every full division name (for other modules' use)."""
    automaton = ahocorasick.Automaton()
    for name in _matchable_names():
        automaton.add_word(name, name)
    automaton.make_automaton()
    return automaton


def _matchable_names() -> list[str]:
    # (a two-character name: a county's 义县, an autonomous prefecture's 巴州, and the one county-level city whose
    # whole name is two characters, 德宏州's 芒市; other two-character names are words: 城区, 郊区, 矿区)
    return [
        name for name in divisions.all_names()
        if name not in _COMMON_WORDS and (len(name) >= 3 or name.endswith("县") or name in _TWO_CHARACTER_CITIES
                                           or name in divisions.ABBREVIATED_PREFECTURES
                                           or name in divisions.ABBREVIATED_COUNTIES)
    ]


_TWO_CHARACTER_CITIES = frozenset({"芒市"})


@functools.cache
def _reverse_trie() -> tuple[dict, re.Pattern[str]]:
    """Division names as a trie read backwards from their last character.

    Names end in a handful of characters (县 区 市 旗 州 省 盟 ...): a regex finds
    those in C, and a short backward walk from each finds the names ending there.
    This runs at ~50 MB/s where a forward automaton, whose root has a thousand
    children, runs at ~10.
    """
    root: dict = {}
    for name in _matchable_names():
        node = root
        for ch in reversed(name):
            node = node.setdefault(ch, {})
        node[""] = name
    ends = "".join(sorted(root))
    return root, re.compile("[" + re.escape(ends) + "]")


# The breaks a wrapped or flattened page puts inside a word (示\n范县, 示 范县).
_BREAKS = frozenset(" \t\r\n\u3000")
# Common words that end in a division's name: a 示范县 (model county) is no 范县, and a meeting
# held (召开县委常委会, 公开县政府信息) names no 开县 (重庆's county until 2016).
# (提高县…水平: the verb 提高 before a county's bare 县, no 高县)
# (光芒, 锋芒 before 市民 or 市场: no 芒市)
# A division whose name opens on a verb a body does things with (会同县: 会同, "together with"), and the last
# characters of a body's name, before which the verb is read.
_VERB_NAMES = ("会同",)
_BODY_LAST = frozenset("办局委厅院部所府心组队")
_WORDS_ENDING_IN_NAMES = frozenset({"示范县", "模范县", "召开县", "公开县", "展开县", "提高县", "光芒市", "锋芒市"})


def find_divisions(text: str) -> list[tuple[int, int, str]]:
    """Every division name in ``text`` as (start, end, name), leftmost-longest, in order.

    >>> find_divisions("焦作市中站区司法局")
    [(0, 3, '焦作市'), (3, 6, '中站区')]
    """
    root, ends = _reverse_trie()
    candidates: list[tuple[int, int, str]] = []
    for match in ends.finditer(text):
        end = match.end()
        node = root[match.group()]
        i = end - 1
        longest = None
        while True:
            name = node.get("")
            if name is not None:
                longest = name
            i -= 1
            if i < 0:
                break
            node = node.get(text[i])
            if node is None:
                break
        if longest is not None:
            candidates.append((end - len(longest), end, longest))
    # Leftmost-longest, non-overlapping.
    candidates.sort(key=lambda m: (m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, name in candidates:
        if start > 0 and text[start - 1 : end] in _WORDS_ENDING_IN_NAMES:
            continue
        if start > 0 and text[start - 1] in _BODY_LAST and text.startswith(_VERB_NAMES, start):
            # (县司法局会同县市场监管局开展…: the verb 会同 and the county's bare bureau, not 湖南's 会同县, after a body's
            # last character, as the agencies already read it; round 266)
            continue
        if start > 1 and text[start - 1] in _BREAKS:
            # (a 示范县 wrapped after its 示, 示\n范县 or 示 范县 on a flattened page: still no 范县)
            j = start - 1
            while j > 0 and start - j <= 3 and text[j] in _BREAKS:
                j -= 1
            if text[j] + text[start:end] in _WORDS_ENDING_IN_NAMES:
                continue
        if start >= last_end:
            kept.append((start, end, name))
            last_end = end
    return kept


@functools.lru_cache(maxsize=8192)
def title_divisions(text: str) -> tuple[tuple[int, int, str], ...]:
    """:func:`find_divisions` of a title's opening when a division name opens it, else ().

    Extractors only ask for the chain of divisions a title opens with (its
    issuer, its variants, what it implements), several times for one title, and
    a corpus cites the same titles again and again: cached.

    >>> title_divisions("焦作市中站区人民政府"), title_divisions("国务院关于焦作市")
    (((0, 3, '焦作市'), (3, 6, '中站区')), ())
    """
    if text[:2] not in _name_openings():
        return ()  # no name starts at 0 (every name has two characters or more)
    return tuple(find_divisions(text))


@functools.cache
def _name_openings() -> frozenset[str]:
    return frozenset(name[:2] for name in _matchable_names())


_CONTINUES = re.compile(r"[^《》。;\n]{0,60}》")


def title_line_end(text: str, at: int, limit: int = 150) -> int:
    r"""Where a title opened at ``at`` must have closed: the end of its line, or of
    the next line when the title was broken across two (its 》 comes first there).

    Returns ``len(text) + 1`` when no line break follows.

    >>> text = "《优化营商环境\n条例》和《民法典\n《宪法》"
    >>> title_line_end(text, 0), title_line_end(text, 11)
    (16, 16)
    """
    end = text.find("\n", at)
    if end < 0:
        return len(text) + 1
    if _CONTINUES.match(text, end + 1) and text.find("》", end) - at <= limit:
        nxt = text.find("\n", end + 1)
        return nxt if nxt >= 0 else len(text) + 1
    return end


class TitleLineEnds:
    """:func:`title_line_end` for titles opened in text order, each line read once.

    Titles opened on one line share its end, whether the next line continues a
    title and where the next line ends: the text after a line's break is read
    for its first title only, not again for every 《 on the line.

    >>> ends = TitleLineEnds("《优化营商环境\n条例》和《民法典\n《宪法》")
    >>> ends(0), ends(11)
    (16, 16)
    """

    __slots__ = ("text", "_at", "_end", "_close", "_next")

    def __init__(self, text: str) -> None:
        self.text = text
        self._at = -1
        self._end = -1  # the line break ending the line of the last title asked about
        self._close = -1  # the first 》 after that break, when the next line continues a title
        self._next = -1  # the end of the line after the break

    def __call__(self, at: int, limit: int = 150) -> int:
        if not self._at <= at <= self._end:
            text = self.text
            end = text.find("\n", at)
            if end < 0:
                self._at, self._end, self._close = at, len(text), -1
                self._next = len(text) + 1
                return len(text) + 1
            self._at, self._end = at, end
            if _CONTINUES.match(text, end + 1):
                self._close = text.find("》", end)
                nxt = text.find("\n", end + 1)
                self._next = nxt if nxt >= 0 else len(text) + 1
            else:
                self._close = -1
        if self._end == len(self.text):
            return self._next
        if self._close >= 0 and self._close - at <= limit:
            return self._next
        return self._end


def _lines(text: str):
    offset = 0
    for line in text.splitlines(keepends=True):
        yield offset, line
        offset += len(line)


# A title may open with the year it is for ("2022年江西省法治政府建设工作要点"), its 年 lost before 关于 on a
# 范文 site ("2023关于某市行政复议工作情况的报告"; round 232).
_LEADING_YEAR = re.compile(r"(19|20)\d{2}(?:年(?!\d{1,2}月)|(?=关于))")


_EXPLAINED = re.compile(r"《[^《》]+》(?:的)?(?:政策|文件|文字|图文)?解读")
# A headline that is one title explained and nothing else (《X》政策解读, 关于《X》的解读).
_EXPLAINS_ONE = re.compile(r"(?:关于)?《[^《》]+》(?:的)?(?:政策|文件|文字|图文)?解读")
# An explanation's opening on the document it explains, the document's number after its title (现就《X》(鄂政办发
# [2019]25号,以下简称《实施意见》)解读如下).
_EXPLAINED_NUMBERED = re.compile(r"现就《[^《》\n]{4,90}》[((][\u4e00-\u9fa5]{1,8}[〔\[［【((]((?:19|20)\d{2})[〕\]］】))]"
                                 r"\d{1,4}号[^。\n]{0,30}?[))][^。\n]{0,10}?解读如下")
# Or on the day the document it explains was issued (2024年12月10日,某市政府印发《X》…现就有关内容解读如下).
_ISSUED_ON_EXPLAINED = re.compile(r"\s*[^\n《》。]{0,30}?((?:19|20)\d{2})年\d{1,2}月\d{1,2}日[,,]?[^\n《》。]{0,30}?"
                                  r"印发了?《[^《》\n]{4,90}》[^\n]{0,200}?解读如下")
# Or on the document it explains, the edition's year given with the short name it declares (针对《X》[以下简称
# 《Y》(2025年)]解读如下).
_EXPLAINED_EDITION = re.compile(r"(?:现就|针对|对)《[^《》\n]{4,90}》[\[(]以下简称《[^《》\n]{1,30}》\(((?:19|20)\d{2})年?\)"
                                r"[\])][^。\n]{0,6}?解读如下")
# What a page puts before the explained title: its column's tag and a 关于
# (【文字解读】《…关于2024年法治政府建设情况的报告》文件解读, 【政策解读】关于《…》的解读).
_EXPLAINING_LEAD = re.compile(r"^(?:【[^【】]{1,8}】)?(?:关于)?")
#: A page's headline naming who issues or forwards the document it carries
#: (中共甘肃省委印发《…实施方案(2021—2025年)》, 省委、省政府转发《…规划》): a title of that document.
_HEADLINE = re.compile(r"[\u4e00-\u9fa5、]{0,30}(?:委|政府|厅|局|部|办|委员会|办公室|办公厅)(?:联合)?(?:印发|转发)了?《[^《》]{4,80}》")


#: A headline forwarding a plan named without its marks (省委省政府转发“七五”普法规划): the plan
#: is the one its opening forwards in marks (…发出通知,转发《…规划(2016-2020年)》).
FORWARDED_BARE = re.compile(r"^[^《〈,。]{2,30}?转发[^《〈〉》,。]{2,40}(?:规划|纲要|方案|意见|要点|办法)$")
FORWARDED_IN_OPENING = re.compile(r"转发《([^《》]{4,90})》")
#: A notice's sentence handing over the document it issues or forwards (现将《X》印发给你们,
#: 《X》已经省政府同意,现印发给你们): X, and the verb.
ISSUED_TO_YOU = re.compile(r"《([^《》\n]{4,90})》[^。《》\n]{0,30}?(印发|下发|转发)给你们")
#: A notice's sentence issuing the document it made with no one addressed in it (我部研究制定了《X》,现予印发): X.
ISSUED_HEREWITH = re.compile(r"《([^《》\n]{4,90})》[,,]?现予(印发|发布|公布)")


#: A news page's tag before its headline (【权威】, 【法治】): a label of the site's, not of the title.
# (or a site's column before a bar, 政务服务丨济宁市人民政府关于…的实施意见)
_LEADING_TAG = re.compile(r"^(?:【[\u4e00-\u9fa5]{1,6}】|[\u4e00-\u9fa5]{2,6}丨)\s*(?=\S)")
_EXPLAINING_TAG = re.compile(r"解读|图解|问答")

#: A document's number in brackets after its headline: (岳办发〔2017〕2号), its own brackets
#: lost on some pages (沪市监法规20220127号).
_TRAILING_NUMBER = re.compile(r"[((][\u4e00-\u9fa5]{1,12}(?:[〔\[]((?:19|20)\d{2})[〕\]]|(?:19|20)\d{2})第?\d{1,4}号[))]$")


#: A page's name after its headline, as a browser's title bar shows it (…的通知-某某市人民政府, …报告_某某网):
#: the site's, not the title's. (A plan's years keep their dash: the words before it end no title.)
_SITE_SUFFIX = re.compile(r"\s*[-_|—–]\s*[^\s\-_|—–《》()]{2,20}$")


def reads_as_title(line: str) -> bool:
    """Whether a line a file's metadata gives for its title reads as a document's title (…报告, …方案):
    not a breadcrumb (首页 > 政务公开), a file name (report.html) or a placeholder.

    >>> reads_as_title("临泉县 2022 年法治政府建设⼯作的报告"), reads_as_title("首页 > 年度报告"), reads_as_title("t.html")
    (True, False, False)
    >>> reads_as_title("一、2020年度法治政府建设的相关情况")
    False
    """
    compact = WHITESPACE.sub("", fold_text(line))
    return not _BREADCRUMB_STEP.search(compact) and not _SECTION_HEADING.match(compact) and _ends_a_title(compact)


# (a breadcrumb's step: 首页 > 政务公开 > 年度报告; a section's heading: 一、…情况, (二)…安排, 3.…计划)
_BREADCRUMB_STEP = re.compile(r"[>\u203a\u00bb]")
_SECTION_HEADING = re.compile(r"[一二三四五六七八九十]+、|\([一二三四五六七八九十\d]+\)|\d+[.、]|第[一二三四五六七八九十]+[章节部分]")


# An explanation's headline with its tag and a colon before the title it explains (文字解读:《2024年某县政务公开
# 工作要点》, 政策解读:《…》; round 268): a headline, as 《X》文字解读 is.
_EXPLAINING_HEAD = re.compile(r"(?:政策|文件|文字|图文)?解读[:：]《[^《》]{4,80}》")


def _ends_a_title(compact: str) -> bool:
    """Whether a title-like line ends as a title does (…报告, …方案), or is a headline carrying one."""
    return bool(TITLE_END.search(compact)) or (compact[-1:] == "》" and (
        bool(_HEADLINE.fullmatch(compact)) or bool(_EXPLAINING_HEAD.fullmatch(compact))))


_ANGLE_NESTED = re.compile(r"<[^<>]*>")
# A speech's title wrapped before its last words (…党组书记在全市司法行政系统 2025 / 年度政治工作会议上的讲话): its
# first line names where the speaker speaks (在…), its second ends with the speech.
_WRAPPED_SPEECH_HEAD = re.compile(r"在[^在。,，:：]{2,40}$")
_SPEECH_END = re.compile(r"上的(?:讲话|发言|致辞)(?:提纲)?$")
_RELATED_LINK = re.compile(r"相关(?:文件|链接|解读|阅读|附件|政策)[:：]")


def _is_title_line(stripped: str) -> bool:
    compact = WHITESPACE.sub("", stripped)
    return (
        5 <= len(compact) <= 90
        and not _ENUMERATION.match(compact)
        and not re.search(r"[。;!?]", compact)
        and not compact.startswith(("——", "—", "-", "附件", "("))
        # a line opening with a quoted title is a citation, unless it explains it (《…》解读)
        and not (compact.startswith("《") and not _EXPLAINED.fullmatch(compact))
        and not compact.endswith((":", ","))
        # (a site's link to a related page above the headline, 相关文件:《X》政策解读, is no headline)
        and not (compact.startswith("相关") and _RELATED_LINK.match(compact))
        # (a title nesting another in <> is no breadcrumb for its >: 印发《…贯彻落实<…纲要>实施方案》)
        and not _NAV_WORDS.search(_ANGLE_NESTED.sub("", compact) if "<" in compact else compact)
        # (a line opening with a figure is no title unless the figure is its year, or a regiment's number: 106团…报告)
        and not (compact[:1].isdigit() and not _LEADING_YEAR.match(compact) and not _REGIMENT_IN_TITLE.match(compact))
        # (a page's metadata row, 文号: 所属主题: 计划总结, is no title though its last field ends as one)
        and not _META_ROW.match(compact)
    )


# A PDF's page number before a line's words: - 1 -, — 2 —.
_PAGE_NUMBER = re.compile(r"[-—]\s*\d{1,3}\s*[-—]\s*(?=\S)")


# A metadata row's opening label (文号:, 所属主题:, 主题分类:, 索引号:), or an index number's label spaced from its
# code with no colon (索 引 号 XM00111-2026-002 主题分类 规划计划、年度报告: no title, though it ends as one).
# (behind the bullet a site's list of fields shows it with: • 主题分类:通知公告; • 发布单位:某市人民政府 • 内容分类:
# “十二五”规划, two rows run together)
_META_ROW = re.compile(
    r"[•·▪●]?(?:文号|所属主题|主题分类|索引号|发布机构|发布单位|内容分类|生效日期|成文日期)[:：]|索引号[0-9A-Za-z]"
)


def _generic_label(compact: str) -> bool:
    """Whether a short title-like line is a site's menu label (政府工作报告, 政策解读), not a title.

    A document's title names something of its own: a year, a place, 关于 …; a
    menu label is short and names none of them.
    """
    return len(compact) < 10 and not (_TITLE_YEAR.search(compact) or "关于" in compact or find_divisions(compact))


def _column_above_title(compact: str, lines: list[tuple[int, str]], index: int) -> bool:
    """Whether a title-like line naming no year, place or 关于 is a site's column label above the page's own
    title (法治政府建设年度报告和工作要点 / 杭州市司法局2023年法治政府建设年度报告): the next line, a title
    that opens with its place and names its year, is the heading."""
    if _TITLE_YEAR.search(compact) or "关于" in compact or find_divisions(compact):
        return False
    for _, line in lines[index + 1 : index + 3]:
        nxt = WHITESPACE.sub("", line.strip())
        if not nxt:
            continue
        return (_is_title_line(nxt) and _ends_a_title(nxt) and bool(_TITLE_YEAR.search(nxt))
                and _opens_with_a_place(nxt))
    return False


# (a page may head it 《X》全文: the whole text of X follows)
_WHOLE_LINE_TITLE = re.compile(r"《([^《》\n]{5,80})》(?:全文|\(全文\))?")
_NUMBERED_HEADLINE = re.compile(r"[\u4e00-\u9fa5]{1,12}[〔\[((]((?:19|20)\d{2})[〕\]))]第?\d{1,4}号《([^《》\n]{5,90})》")


# The first line of a title wrapped before its last words: its year and its subject (…2024年度法治政府建设).
_WRAPPED_TITLE_HEAD = re.compile(r"^[^:]*(?:19|20)\d{2}年度?[^:]*(?:法治|依法|普法)[^:]*$")
# A zone's title broken across lines, the zone named first (鞍山高新区党政主要负责人履行推进法治 / 建设第一责任人职责清单).
_ZONE_TITLE_HEAD = re.compile(r"^[\u4e00-\u9fa5]{2,4}?(?:高新区|经开区|开发区|新区)[^:：,，]*(?:法治|依法|普法)[^:：,，]*$")


# A line holding only a plan's years in brackets: (2021-2023年), (2021—2025年).
_YEARS_LINE = re.compile(r"[((](?:19|20)\d{2}年?\s*[-—–~～至]\s*(?:19|20)\d{2}年?[))]")


# The same years with the last word of a plan's kind after them, the heading broken before its years
# (某区提升行政执法质量三年行动计划 / (2023—2025年)实施方案).
_YEARS_KIND_LINE = re.compile(_YEARS_LINE.pattern + r"(?:实施方案|工作方案|行动方案|实施意见|实施计划|工作要点)")


def _years_line_after(lines: list[tuple[int, str]], index: int) -> tuple[str, int] | None:
    """(the years, where they end) when the next non-empty line holds only a plan's years."""
    for offset, line in lines[index + 1 : index + 3]:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped[:1] in "((" and (_YEARS_LINE.fullmatch(WHITESPACE.sub("", stripped))
                                       or _YEARS_KIND_LINE.fullmatch(WHITESPACE.sub("", stripped))):
            return WHITESPACE.sub("", stripped), offset + line.index(stripped) + len(stripped)
        return None
    return None


def _find_title(doc: Document, text: str) -> tuple[str | None, tuple[int, int] | None]:
    given = doc.meta("title")
    if given:
        # The text is folded (half-width brackets, simplified): so is the title looked up in it,
        # and its spaces may differ from the text's.
        folded = fold_text(given)
        at = text.find(folded)
        while at > 0 and text[at - 1] in "《〈<":
            # (the title cited in a cover or notice above it, 将《X》报送: the heading is further on)
            later = text.find(folded, at + 1)
            if later < 0:
                break
            at = later
        if at >= 0:
            # The heading the text itself reads around it, when fuller (its issuer on the line above,
            # 四川省交通运输厅 / 2025年…工作情况; its years below): the title as the text alone would give it.
            # (not when it opens with its own place: 天津市静海区人民政府 / 静海区2023年…报告 is a site's
            # name above a whole title)
            own, own_span = _title_in_text(text) if not _opens_with_a_place(folded) else (None, None)
            if own_span is not None and own_span[0] <= at and at + len(folded) <= own_span[1] \
                    and own_span[1] - own_span[0] > len(folded):
                return own, own_span
            end = at + len(folded)
            years = _YEARS_AFTER.match(text, end)
            if years is not None and not _RANGE.search(folded) and _YEARS_LINE.fullmatch(WHITESPACE.sub("", years.group(1))):
                # the plan's years on the line after its heading, as the text alone would be read
                return WHITESPACE.sub("", given + years.group(1)), (at, years.end(1))
            return WHITESPACE.sub("", given), (at, end)
        compact = WHITESPACE.sub("", folded)
        spaced = re.compile(r"\s*".join(map(re.escape, compact))) if compact else None
        found = spaced.search(text, 0, 5000) if spaced else None
        return WHITESPACE.sub("", given), (found.span() if found else None)
    title, span = _title_in_text(text)
    if span is not None and "·" in text[max(0, span[0] - 4) : span[1]] and in_spans(span[0] + 1, menu_link_spans(text)):
        # (a link of a site's menu read as the page's heading, on a page flattened to one line: - ·关于印发《…》的通知)
        return None, None
    return title, span


#: The verbs that issue a title in marks written after them, ending the line above it (…办公室印发 / 《关于…的决定》).
ISSUING_VERBS = "印发|发布|出台|转发|下发|公布"
# A line ending in such a verb (or 审议通过): the next line's title in marks is cited, not the page's heading.
_ISSUED_ABOVE = re.compile(rf"(?:{ISSUING_VERBS}|审议通过)了?[^\S\n]*\n\s*$")


#: How a site's name ends (某市人民政府网站, 某区政府门户网): a line so ended is no title's first half.
_SITE_NAME_ENDS = ("网站", "门户网", "政府网", "政府在线")


def _opens_with_a_place(title: str) -> bool:
    found = find_divisions(title[:20])
    return bool(found) and found[0][0] == 0


_POSTED_AFTER = re.compile(r"\s+(?:发布时间|发布日期)\s*[:：]\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$")
# A headline with the day it was issued in brackets after it, as some sites print it (某办公室2023年度…情况报告
# ( 2024年01月15日 )): the title ends before the date.
_DATED_AFTER = re.compile(r"\s*[(（]\s*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*[)）]$")


# A paragraph of prose: two sentences or more, on one line of some length.
_PROSE_PARAGRAPH = re.compile(r"^(?=[^\n]{60,})[^\n]*?。[^\n]*?。")
# A heading that names a place, a year or an issue (…关于…, 某县2024年…): a title's words, wherever it stands.
_HEADING_NAMES_ITS_OWN = re.compile(r"关于|(?:19|20)\d{2}|[省市县区州旗镇乡]")


# A page opening on the line of the meeting it was delivered at ((2024年6月25日在…会议上)).
_DELIVERED_OPENING = re.compile(r"\s*[(（]\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*在[^)）\n]{2,80}?会议上\s*[)）]")
# An explanation of a draft (对…提请审议的《X条例(草案)》…作如下说明, 关于《X(修订草案)》的说明).
_EXPLAINS_DRAFT = re.compile(r"草案\)?》[^。\n]{0,40}?(?:作(?:如下|以下)?说明|的说明)")


def _title_in_text(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The document's title as its text gives it: a metadata table's title field, the first line that
    reads as a title (joined with the lines it was broken into), or a flattened page's title block."""
    # A title in a table of the page's metadata: "标 题 | X |", "标题:X" or "名  称: X".
    label = _TITLE_LABEL.search(text, 0, 4000)
    if label:
        compact = WHITESPACE.sub("", label.group(1))
        if TITLE_END.search(compact) and 5 <= len(compact) <= 90:
            return compact, label.span(1)
    lines = list(_lines(text[:8000]))
    for index, (offset, line) in enumerate(lines[:150]):
        stripped = line.strip()
        if stripped.endswith(("号)", "号)")):
            # A headline followed by its document's number (…的通知(岳办发〔2017〕2号)): the title ends before it.
            number = _TRAILING_NUMBER.search(stripped)
            if number is not None:
                stripped = stripped[: number.start()].rstrip()
        if "." in stripped[-6:]:
            # A document site's file name for its headline (…会议上的讲话.pdf): the title before its extension.
            stripped = FILE_SUFFIX.sub("", stripped)
        if stripped[-1:].isdigit() and "发布" in stripped:
            # A list page's headline with its posting date after it (…规划(2026-2030年)(草案) 发布时间:2025-11-24):
            # the title ends before the date.
            posted = _POSTED_AFTER.search(stripped)
            if posted is not None and posted.start() >= 5:
                stripped = stripped[: posted.start()].rstrip()
        if stripped[-1:] in ")）" and "日" in stripped[-4:]:
            # (…情况报告 ( 2024年01月15日 ): the headline's issue date after it, no word of the title)
            dated = _DATED_AFTER.search(stripped)
            if dated is not None and dated.start() >= 5:
                stripped = stripped[: dated.start()].rstrip()
        if stripped[-1:] == "|" and stripped.count("|") <= 2:
            # A title in a table's one cell, flattened with its bars (某街道2024年度…情况报告 |, | X |): the title
            # without them.
            cell = stripped.strip("|").strip()
            if cell and "|" not in cell and _ends_a_title(WHITESPACE.sub("", cell)):
                stripped = cell
        suffix = _SITE_SUFFIX.search(stripped) if stripped[-1:] not in ")》" else None
        if (suffix is not None and _ends_a_title(WHITESPACE.sub("", stripped[: suffix.start()]))
                and not TITLE_END.search(suffix.group()) and not _EXPLAINING_TAG.search(suffix.group())):
            # (…报告-解读, …纲要—实施方案: words of the title, not a site's name)
            stripped = stripped[: suffix.start()].rstrip()
        if stripped[:1] in "-—" and _PAGE_NUMBER.match(stripped):
            # A PDF's page number printed before the heading on its line (- 1 - 某县2022年…工作计划): no word of it.
            stripped = stripped[_PAGE_NUMBER.match(stripped).end():]
        tag = _LEADING_TAG.match(stripped)
        if tag is not None and (not _ends_a_title(WHITESPACE.sub("", stripped)) or tag.group().rstrip().endswith("丨")) \
                and not _EXPLAINING_TAG.search(tag.group()):
            # (a line that is a title with its tag keeps it: 【政策解读】关于《…》的政策解读; and 【政策解读】《X》
            # explains X, it is not X: its tag stays, and the line is no title)
            stripped = stripped[tag.end():]
        if not stripped or _FOOTER.match(stripped):
            continue  # (a footer's link, 上一篇:关于印发《…》的通知, names another page)
        numbered = _NUMBERED_HEADLINE.fullmatch(stripped) if "号《" in stripped else None
        if numbered is not None and TITLE_END.search(numbered.group(2)):
            # A mirror's headline: the document's number, then its title in marks
            # (财法〔2020〕4号《财政部关于…的指导意见》): the title, not joined with the line after.
            begin = offset + line.index(stripped) + numbered.start(2)
            return WHITESPACE.sub("", numbered.group(2)), (begin, begin + len(numbered.group(2)))
        if not _is_title_line(stripped):
            whole = _WHOLE_LINE_TITLE.fullmatch(stripped)
            if (whole is not None and TITLE_END.search(whole.group(1)) and "。" not in text[:offset]
                    and not _ISSUED_ABOVE.search(text[max(0, offset - 40) : offset])):
                # A page heading its document's title in marks (《法治福建建设规划(2021—2025年)》),
                # before any sentence: the title, not a citation in the body.
                start = offset + line.index(stripped) + 1
                return WHITESPACE.sub("", whole.group(1)), (start, start + len(whole.group(1)))
            continue
        compact = WHITESPACE.sub("", stripped)
        start = offset + line.index(stripped)
        number = _LEADING_NUMBER.match(compact) if "号" in compact[:20] else None
        if number is not None and len(compact) - number.end() >= 8 and _ends_a_title(compact):
            # A mirror's headline: the document's number, then its title unmarked (鲁政办字〔2015〕46号 山东省…的意见).
            compact = compact[number.end():]
            start = max(start, text.find(compact[:4], start))
        if _ends_a_title(compact) and not _opens_a_mark(compact):
            if _generic_label(compact) or _column_above_title(compact, lines, index):
                continue
            if (index and not _HEADING_NAMES_ITS_OWN.search(compact)
                    and any(_PROSE_PARAGRAPH.search(earlier) for _, earlier in lines[:index])):
                # A section's heading after the page's opening paragraph (回眸2024,…。2024年,某县司法行政系统在县委、
                # 县政府的坚强领导下,…。 / 持续推进人民调解工作): the body began above it; the page has no title
                # line, and the paragraph is its text, not a site's words before a title.
                break
            years = _years_line_after(lines, index)
            if years is not None:
                # A plan's years on the line after its name (…三年行动方案 / (2021-2023年)): one title.
                return compact + years[0], (start, years[1])
            other = _other_years_title(text, lines, index, compact)
            if other is not None:
                return other
            return compact, (start, start + len(stripped))
        if compact.endswith(_SITE_NAME_ENDS):
            # (a site's name above the title, 深圳市某区人民政府网站 / 某街道2025年…报告: no title's first half)
            continue
        # A title broken across lines: this line and the next one or two make one
        # ("西平县人民政府办公室" / "关于印发…建设" / "工作安排的通知").
        joined = compact
        taken = 0
        following = lines[index + 1 : index + 5]
        if any("://" in line for _, line in following):
            # (an archive's line giving the page's address, Original URL: http://…, between the title's two lines)
            following = [entry for entry in lines[index + 1 : index + 9] if not _URL_LINE.fullmatch(entry[1].strip())][:4]
        for next_offset, next_line in following:
            nxt = next_line.strip()
            if not nxt:
                continue
            if (not taken and compact.endswith("局") and "关于" not in compact and _ends_a_title(nxt)
                    and (named := find_divisions(nxt[:12])) and named[0][0] == 0):
                # (a bureau's name above a title that opens with a place, 某县司法局 / 某县2022年度…情况报告: the site's
                # or column's name, no first half of the title; 某县人民政府 / 2022年度…报告 is joined)
                break
            joined += WHITESPACE.sub("", nxt)
            taken += 1
            if not (_is_title_line(joined) and len(joined) <= 90
                    and ("关于" in compact or _ISSUER_LINE.search(compact) or find_divisions(compact)
                         # a title wrapped before its last words ("…街道2024年度法治政府建设" / "工作总结")
                         or (taken == 1 and len(joined) - len(compact) <= 6 and _WRAPPED_TITLE_HEAD.search(compact))
                         or (taken == 1 and _ZONE_TITLE_HEAD.match(compact))
                         or (taken == 1 and _WRAPPED_SPEECH_HEAD.search(compact) and _SPEECH_END.search(joined)))):
                break
            if TITLE_END.search(joined) and not _opens_a_mark(joined):
                end = next_offset + next_line.index(nxt) + len(nxt)
                return joined, (start, end)
            if taken == 2 or "关于" not in joined:
                break
    return _flattened_title(text)


# A local news site's name and dateline (宁海新闻网讯, 来源:宁海新闻网): the place by its short name.
_NEWS_SITE = re.compile(r"([\u4e00-\u9fa5]{2,3}?)新闻网")


def _news_site_place(text: str) -> list[tuple[int, int, str]]:
    """A page naming no division but its local news site, speaking as 我县 (or 我市, 我区): the
    place the site is named after (宁海新闻网 and 我县: 宁海县), else nothing."""
    site = _NEWS_SITE.search(text, 0, 600)
    if site is None:
        return []
    for word in ("县", "市", "区"):
        if "我" + word in text:
            name = site.group(1) + word
            if find_divisions(name) == [(0, len(name), name)]:
                return [(site.start(1), site.end(1), name)]
            return []
    return []


# A district's or county's own outlet named by its municipality's and its own short names (上海静安官方微信,
# “上海静安”门户网站, 重庆巫山发布): the page's place when it names no division.
_MUNICIPAL_OUTLET = re.compile(r"(北京|上海|天津|重庆)([\u4e00-\u9fa5]{2,3}?)”?(?:官方|门户网站|发布|融媒)")
_MUNICIPALITY_NAMES = {"北京": "北京市", "上海": "上海市", "天津": "天津市", "重庆": "重庆市"}


def _municipal_outlet_place(text: str) -> list[tuple[int, int, str]]:
    """A page naming no division but the outlet of one of a municipality's districts or counties (上海静安官方网易号)
    and speaking of its 区政府 (or 县政府, 我区, 区委): that district (静安区), else nothing."""
    outlet = _MUNICIPAL_OUTLET.search(text, 0, 3000)
    if outlet is None:
        return []
    for word in ("区", "县"):
        if not any(w in text for w in (word + "政府", word + "委", "我" + word, "全" + word)):
            continue
        name = outlet.group(2) + word
        if any(d.province == _MUNICIPALITY_NAMES[outlet.group(1)] for d in divisions.divisions_named(name)):
            return [(outlet.start(2), outlet.end(2), name)]
    return []


# The rule of law of a place by its short name (法治江苏, 法治凉山), the place's own committee speaking (省委, 全省).
_RULE_OF_LAW_SHORT = re.compile(r"法治([\u4e00-\u9fa5]{2,3})")
_OWN_WORDS = {"provincial": ("省委", "全省", "我省"), "prefecture": ("市委", "全市", "我市", "州委", "全州", "我州")}


def _rule_of_law_place_named(text: str) -> list[tuple[int, int, str]]:
    """A page naming no division but the rule of law of one place by its short name (推进法治江苏建设), whose own
    committee or whole area it speaks of (省委…印发, 全省): that place (江苏省), else nothing. Two places so
    named, or a place whose level the page's words do not speak of, give nothing."""
    places: dict[str, tuple[int, int, str, str]] = {}
    for match in _RULE_OF_LAW_SHORT.finditer(text, 0, 3000):
        for size in (3, 2):
            short = match.group(1)[:size]
            division = divisions.city_named(short)
            if division is not None and division.level in _OWN_WORDS and division.name != short:
                places.setdefault(division.name, (match.start(1), match.start(1) + size, division.name, division.level))
                break
    if not places:
        return _rule_of_law_county_named(text)
    if len(places) != 1:
        return []
    (start, end, name, level), = places.values()
    if not any(word in text for word in _OWN_WORDS[level]):
        return []
    return [(start, end, name)]


# A zone a city's notice addresses beside its counties (、赣州经开区管委会, 、某某高新区管委会), on the addressees' line.
_ADDRESSED_ZONE = re.compile(r"(?:^|[、,,\n])([\u4e00-\u9fa5]{2,12}?(?:经开区|高新区|开发区|新区|试验区|园区)管委会)"
                             r"(?=[、,,::])")


def _addressed_zones_city(head: str, year: int | None, province: str):
    """The one prefecture-level city of ``province`` whose short name opens the zones a notice's addressees name
    (各县(市、区)人民政府、赣州经开区管委会、赣州蓉江新区管委会: 赣州市), with the first zone's span; else None.
    Zones named after two cities, or after none, give nothing."""
    cities: dict[str, tuple[divisions.Division, tuple[int, int]]] = {}
    for match in _ADDRESSED_ZONE.finditer(head):
        zone = match.group(1)
        for size in (3, 2):
            city = divisions.city_named(zone[:size], year)
            if city is not None and city.level == "prefecture":
                if city.province == province:
                    cities.setdefault(city.name, (city, (match.start(1), match.start(1) + size)))
                break
    return next(iter(cities.values())) if len(cities) == 1 else None


# A city's exam area named by its short name (乐山考区, 长治考区: the national law exam is held by cities' areas).
_EXAM_AREA = re.compile(r"([\u4e00-\u9fa5]{2,3}?)考区")


def _exam_area_place(text: str) -> list[tuple[int, int, str]]:
    """A page naming no division but one city's exam area by the city's short name (2023年…考试乐山考区圆满结束)
    and speaking of its own city (市委, 全市, 我市): that city (乐山市), else nothing; two cities so named give
    nothing (round 254)."""
    places: dict[str, tuple[int, int, str]] = {}
    for match in _EXAM_AREA.finditer(text, 0, 3000):
        for size in (3, 2):
            short = match.group(0)[-2 - size:-2]
            if len(short) != size:
                continue
            division = divisions.city_named(short)
            if division is not None and division.level == "prefecture" and division.name != short:
                places.setdefault(division.name, (match.end() - 2 - size, match.end() - 2, division.name))
                break
    if len(places) != 1 or not any(word in text for word in _OWN_WORDS["prefecture"]):
        return []
    return list(places.values())


# Words a county or a district speaks of itself with (我区, 全县, 区委, 县政府).
_COUNTY_SELF = re.compile(r"(?:我|全|本)[区县]|[区县](?:委|人民政府|政府)")


def _city_of_its_parts(text: str, body_end: int, year: int | None,
                       found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]] | None:
    """A page with no division of its own but two or more of one city's counties or districts (其中,赤坎区…;麻章区
    …;吴川市…), naming that city's rule of law by its short name and speaking as the city (市政府, 我市, 法治湛江),
    never as a county (我区, 县委): the city's page, its parts only the places it tells of."""
    names = {name for _, _, name in found}
    if len(names) < 2 or _COUNTY_SELF.search(text, 0, body_end):
        return None
    own = _rule_of_law_place_named(text[:body_end])
    if len(own) != 1:
        return None
    city = divisions.city_named(own[0][2], year)
    if city is None or city.level != "prefecture":
        return None
    if any(_county_parent(name, year, tuple(names)) != city.name for name in names):
        return None
    return own


def _unnamed_city_of_its_parts(text: str, body_end: int, year: int | None,
                               found: list[tuple[int, int, str]], picked: str) -> str | None:
    """The one city three or more counties or districts named lie in, when no other division is named and the
    page speaks as a city (我市) and never as a county (我区, 县委): a city's page that names only its parts."""
    names = tuple(dict.fromkeys(name for _, _, name in found))
    if len(names) < 3 or picked not in names or _COUNTY_SELF.search(text, 0, body_end):
        return None
    parents = {_county_parent(name, year, names) for name in names}
    if len(parents) != 1:
        return None
    parent = parents.pop()
    return parent if parent else None


_TOWN_STEM = re.compile(r"^([\u4e00-\u9fa5]{2,3}?)(?:街道|镇|乡|街)$")


def _seat_county(name: str, text: str, provinces: set[str]) -> Division | None:
    """The one county-level division a township the table does not hold is named after (海安街道: 海安市), when the
    text names the rule of law of that stem on its own (法治海安, not 法治海安街道), else None."""
    stem = _TOWN_STEM.match(name)
    if stem is None:
        return None
    stem = stem.group(1)
    at = text.find("法治" + stem)
    while at >= 0 and text.startswith(name, at + 2):
        at = text.find("法治" + stem, at + 1)
    if at < 0:
        return None
    found = {r.division.name: r.division for r in (divisions.resolve(stem + kind) for kind in "市县区")
             if r.status == "resolved" and r.division is not None and r.division.level == "county"
             and (not provinces or r.division.province in provinces)}
    return next(iter(found.values())) if len(found) == 1 else None


_COUNTY_OWN_WORDS = {"区": ("区委", "全区", "我区"), "县": ("县委", "全县", "我县")}


def _rule_of_law_county_named(text: str) -> list[tuple[int, int, str]]:
    """A page naming no division but the rule of law of its own district or county by its stem (法治阎良), speaking
    as that level (区委…常委会, 我区): the one district (or county) of that name in the table, else nothing."""
    kinds = [kind for kind, words in _COUNTY_OWN_WORDS.items() if any(word in text for word in words)]
    if len(kinds) != 1:
        return []
    places: dict[str, tuple[int, int]] = {}
    for match in _RULE_OF_CITY.finditer(text, 0, 3000):  # (法治阎良。, 法治某某建设: the stem, as a city's is read)
        resolution = divisions.resolve(match.group(1) + kinds[0])
        if resolution.status == "resolved" and resolution.division is not None:
            places.setdefault(resolution.division.name, match.span(1))
    only = _the_only(places)
    return [only] if only is not None else []


# Words whose second character opens a division's name (覆盖县 is 覆盖 and 县, not 盖县).
_WORDS_ACROSS = frozenset({"覆盖", "涵盖"})
_FOUR_DIGITS = re.compile(r"(?:19|20)\d{2}")


def _other_years_title(text: str, lines: list[tuple[int, str]], index: int,
                       compact: str) -> tuple[str, tuple[int, int]] | None:
    """The next title line when it is this one under another year and the body opens with its year:
    a mirror heads the page with another year's title (县2022年…工作总结 / 县2019年…工作总结 / 2019年,…)."""
    if not _FOUR_DIGITS.search(compact):
        return None
    for offset, line in lines[index + 1 : index + 3]:
        nxt = line.strip()
        if not nxt:
            continue
        other = WHITESPACE.sub("", nxt)
        if other == compact or _FOUR_DIGITS.sub("#", other) != _FOUR_DIGITS.sub("#", compact):
            return None
        end = offset + line.index(nxt) + len(nxt)
        year = _FOUR_DIGITS.search(other).group()
        if not re.match(r"\s*" + year + "年", text[end : end + 40]):
            return None
        return other, (offset + line.index(nxt), end)
    return None


def _opens_a_mark(title: str) -> bool:
    """Whether a title opens a 《 or 〈 it does not close: a line cut inside its nested title
    (关于印发《某市贯彻落实<…实施纲要 / (2021-2025年)>实施方案》的通知) ends with a title word too early."""
    return title.count("《") > title.count("》") or title.count("〈") + title.count("<") > title.count("〉") + title.count(">")


# The label of a field in a page's metadata table, the block before the field's value.
_META_LABEL = re.compile(r"(?:分类|机构|来源|日期|时间|方式|范围|索引号|文号|字号|主题词|有效性|\])[:]?$")
# A field of the metadata table in one block, its label and value parted by a colon only (主题分类:通知公告).
_FIELD_BLOCK = re.compile(r"([\u4e00-\u9fa5]{1,6}):(?=\S)")


def _flattened_title(text: str) -> tuple[str | None, tuple[int, int] | None]:
    """The title of a page flattened to one line, its blocks parted by spaces only.

    The first block that reads as a title is the title, among the page's
    opening blocks before its body (a block with a sentence's punctuation). A
    title may hold a space: two blocks make one when the first opens it like a
    title broken across lines does (关于, an issuer, a place).
    """
    first_line = text.find("\n", 0, 600)
    if 0 <= first_line < 300:
        return None, None
    blocks = [m for m in re.finditer(r"\S+", text[:1500])][:100]
    if len(blocks) < 3:
        return None, None
    for i, block in enumerate(blocks):
        first, start = block.group(), block.start()
        if re.search(r"[。,;]", first):
            break
        if i and (blocks[i - 1].group().endswith((">", "»")) or _META_LABEL.search(blocks[i - 1].group())):
            # a breadcrumb's last step (首页 > 政府信息公开 > 法治政府建设年度报告), the site's section, or a
            # field of the page's metadata table (组配分类 法治政府建设年度报告, [ 体裁分类 ] 工作报告)
            continue
        field = _FIELD_BLOCK.match(first)
        if field is not None:
            label = field.group(1) if field.group(1) != "题" or i == 0 or blocks[i - 1].group() != "标" else "标题"
            value = first[field.end():]
            if label == "标题" and _ends_a_title(value) and not _opens_a_mark(value):
                # the metadata table's title field (- 标 题:羊庄镇2025年法治政府建设报告 -)
                return value, (start + field.end(), block.end())
            if label == "标题" or _META_LABEL.search(label):
                continue  # another field's value (- 主题分类:通知公告 -), however it ends
        whole = _WHOLE_LINE_TITLE.fullmatch(first)
        if whole is not None and TITLE_END.search(whole.group(1)):
            # The page's heading, its document's title in marks (《法治福建建设规划(2021—2025年)》 来源:…).
            return WHITESPACE.sub("", whole.group(1)), (block.start() + 1, block.end() - 1)
        tag = _LEADING_TAG.match(first)
        if tag is not None and tag.end() < len(first) and not _EXPLAINING_TAG.search(tag.group()):
            first, start = first[tag.end():], start + tag.end()  # a news tag before the headline (【权威】)
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if _is_title_line(first) and _ends_a_title(first) and not _opens_a_mark(first):
            if following is not None and _YEARS_LINE.fullmatch(following.group()):
                # A plan's years in the block after its name (…三年行动方案 (2021-2023年)): one title.
                return first + following.group(), (start, following.end())
            return WHITESPACE.sub("", first), (start, block.end())
        if following is not None and ("关于" in first or _ISSUER_LINE.search(first) or find_divisions(first)
                                      or _BODIES_LINE.fullmatch(first)  # 省委宣传部、省司法厅 关于…
                                      # a title broken before its last words (…2024年度法治政府建设 工作总结)
                                      or (len(following.group()) <= 6 and _WRAPPED_TITLE_HEAD.search(first))):
            tries = [(first + following.group(), following)]
            if i + 2 < len(blocks) and (_opens_a_mark(tries[0][0]) or _ISSUER_LINE.search(following.group())):
                # (broken inside its nested title: 关于印发《某市贯彻落实<…纲要 (2021-2025年)>实施方案》的通知;
                # or two issuers before it: 中共某县委 某县人民政府 关于…的报告)
                tries.append((tries[0][0] + blocks[i + 2].group(), blocks[i + 2]))
            for joined, last in tries:
                if _is_title_line(joined) and _ends_a_title(joined) and not _opens_a_mark(joined):
                    return joined, (start, last.end())
    return None, None


# The footer's opening words at the start of a line (the pattern above, one line at a time) ...
_FOOTER_LINE = re.compile(_FOOTER.pattern.replace(r"\s*", r"[^\S\n]*"), re.M)
# ... or of a block, on a page flattened to one line (…2023年1月18日 相关链接:…, 【关闭窗口】 主办单位:…).
_FOOTER_BLOCK = re.compile(r"(?<=[ \u3000])[(\[【]?[ \u3000]*" + _FOOTER_WORDS)


def _years_named(text: str) -> tuple[Counter, dict[str, int]]:
    """How often each year is named in ``text``, and where first, for a page that says
    no year of its own: a range counts for its first year (a news page on a plan for
    2022—2025年 is of 2022), and a goal year (到2025年) for none. The range of a plan cited in
    marks counts half a year named: news of a 2018 inspection that checks 《…纲要(2015-2020年)》
    and 《…方案(2016-2020年)》 is of 2018, and the range's first year ties with it at most."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    ends = set()
    titled = [m.span() for m in _CITED.finditer(text)] if "《" in text else []
    # (a disclosure table's row naming the documents the page is published under, | 公开依据 | 《…规划(2016-2020年)》 |:
    # a field of the site's catalogue, no year the page is of; round 261)
    basis = [m.span() for m in _DISCLOSURE_BASIS.finditer(text)] if "公开依据" in text else []
    for match in _RANGE.finditer(text):
        if int(match.group(1)) < int(match.group(2)) <= int(match.group(1)) + 15:
            ends.add(match.start(2))
            at = match.start(1)
            if basis and any(a <= at < b for a, b in basis):
                continue
            if _carries_out_national_plan(text, at):
                # (a local page carrying out the centre's plan, 贯彻执行法治政府建设实施纲要(2021-2025年), is not of
                # the plan's first year; it names no year by it)
                continue
            counts[match.group(1)] += 1 if any(a <= at < b for a, b in titled) else 2
            first.setdefault(match.group(1), at)
    for match in _TITLE_YEAR.finditer(text):
        if match.start(1) in ends or text[match.start(1) - 1 : match.start(1)] == "到":
            continue
        if basis and any(a <= match.start(1) < b for a, b in basis):
            continue
        if text[match.start(1) - 1 : match.start(1)] == "自" and _STARTED_FROM.match(text, match.end()):
            # (a programme carried out since a year, 自2021年起实施: when it began, no year the page is of)
            continue
        counts[match.group(1)] += 2
        first.setdefault(match.group(1), match.start(1))
    return counts, first


_CITED = re.compile(r"《[^《》\n]{0,120}》")
# A disclosure table's basis row (| 公开依据 | 《…》、… |), to its line's end.
_DISCLOSURE_BASIS = re.compile(r"公开依据[^\S\n]*[|｜:：][^\n]*")
# What follows a year opened with 自 when it is a start (自2021年起, 自2021年3月起).
_STARTED_FROM = re.compile(r"(?:\d{1,2}月(?:\d{1,2}日)?)?起")
_CARRY_OUT = re.compile(r"(?:贯彻执行|贯彻落实|认真执行|执行|落实|贯彻|对照|依据|按照|围绕)《?$")


_PLAN_YEARS_AT_END = re.compile(r"\((?:19|20)\d{2}-(?:19|20)\d{2}年?\)$")


@functools.cache
def national_plan_stems() -> dict:
    """The national plans of the law table (``laws.Law``) by their title without its years (法治政府建设实施纲要)."""
    from . import laws  # (imported when first needed, as the law table is)
    return {_PLAN_YEARS_AT_END.sub("", law.title): law for law in laws.all_laws()
            if law.kind == "plan" and _PLAN_YEARS_AT_END.search(law.title)}


def _carries_out_national_plan(text: str, at: int) -> bool:
    """Whether the years at ``at`` are a national plan's (…实施纲要(2021-2025年)) that the text says it carries out."""
    before = text[max(0, at - 40) : at].rstrip("(（ ")
    stem = next((st for st in national_plan_stems() if before.endswith(st)), None)
    if stem is None:
        return False
    if _CARRY_OUT.search(before[: len(before) - len(stem)]) is not None:
        return True
    # (落实《法治中国建设规划(2020-2025年)》《法治政府建设实施纲要(2021-2025年)》…: each plan of a run after the verb is
    # carried out, not only the first)
    opens = max(0, at - 40) + len(before) - len(stem)
    # (贯彻落实《国务院办公厅关于印发〈提升行政执法质量三年行动计划(2023—2025年)〉的通知》: the plan nested in the notice
    # that issued it, the notice carried out)
    nested = _ISSUING_NOTICE_OPENS.search(text, max(0, opens - 50), opens) if text[opens - 1 : opens] in "〈<" else None
    if nested is not None and _CARRY_OUT.search(text[max(0, nested.start() - 10) : nested.start() + 1]) is not None:
        return True
    run = _CITED_RUN_BEFORE.search(text, max(0, opens - 300), opens)
    return run is not None and _CARRY_OUT.search(text[max(0, run.start() - 10) : run.start() + 1]) is not None


# A notice issuing a plan, open up to the plan's nested mark (《国务院办公厅关于印发〈).
_ISSUING_NOTICE_OPENS = re.compile(r"《[^《》〈〉<>\n]{0,40}?关于(?:印发|转发)[〈<]$")
# Titles in marks run on before a title (…《A》《B》《, …《A》、《): the run's first mark, where its verb stands before.
_CITED_RUN_BEFORE = re.compile(r"《(?:[^《》\n]{1,120}》[、和及与]?《)+$")


# A speech's title (…会议上的讲话, …讲话提纲, …致辞), or its heading at the text's start when no title was read.
_SPEECH_TITLE = re.compile(r"(?:讲话|发言|致辞|主持词)(?:提纲)?$")
_SPEECH_HEAD = re.compile(r"\s*[^。,，\n]{0,30}?在[^。,，\n]{2,60}?(?:会议|会|大会|仪式|典礼|座谈会)上的(?:讲话|发言|致辞)"
                          r"(?:提纲)?(?:\.(?:pdf|docx?|wps))?(?:同志们|各位|[\s:：]|$)")
# (on a flattened page, a block after the site's words: …供大家参考。 在…会议上的讲话 刚才,…)
_SPEECH_BLOCK = re.compile(r"(?<=[。\s])[^。,，\s]{0,30}?在[^。,，\s]{2,60}?(?:会议|会|大会|仪式|典礼|座谈会)上的"
                           r"(?:讲话|发言|致辞)(?:提纲)?(?:\.(?:pdf|docx?|wps))?\s+(?:同志们|各位|刚才|今天)")


def speech_heading(text: str) -> bool:
    """Whether a text without a title read opens with a speech's heading (在…会议上的讲话), run on into its
    salutation (…讲话同志们:今天,…), a file name's extension after it, or as a block of a flattened page."""
    return bool(_SPEECH_HEAD.match(text)) or ("上的" in text[:600] and bool(_SPEECH_BLOCK.search(text, 0, 600)))


# A news lead opening on a full date, the time of day after it (2022年7月8日上午,…).
# A meeting's deployment of one year's work (会上还对2018年…工作进行了部署, 会议部署了2024年…工作, 对2025年工作作出安排部署).
_WORK_DEPLOYED = re.compile(r"(?:会上|会议)[^。;;\n]{0,6}?(?:对((?:19|20)\d{2})年[\u4e00-\u9fa5、]{0,20}?工作(?:进行了|进行|作出了?|做出了?)(?:安排)?部署"
                            r"|(?:安排)?部署了?((?:19|20)\d{2})年[\u4e00-\u9fa5、]{0,20}?工作)")
_FULL_DATE_LEAD = re.compile(r"[^\S\n]*((?:19|20)\d{2})年\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|早上)?[,，]")


def _first_sentence_line(text: str, body_end: int) -> int | None:
    """Where the first line holding a sentence (a 。) starts, within the text's first 3,000 characters."""
    stop = text.find("。", 0, min(body_end, 3000))
    return None if stop < 0 else text.rfind("\n", 0, stop) + 1


# Last year's results reported at a meeting (刚才,市司法局通报了2021年度全市依法行政考核情况).
_YEAR_RESULTS_REPORTED = re.compile(r"(?:通报|汇报|报告|总结)了?\s*((?:19|20)\d{2})\s*年度?[^。]{0,30}?(?:情况|结果|工作)")


def _body_end(text: str) -> int:
    match = _FOOTER_LINE.search(text, len(text) // 2)
    if match is None:
        for offset, line in _flattened_lines(text, len(text)):
            block = _FOOTER_BLOCK.search(line, max(0, len(text) // 2 - offset))
            if block is not None:
                return offset + block.start()
    return match.start() if match else len(text)


# A regulation the page cites, in its marks on one line (《广西壮族自治区人口和计划生育条例(2016修正)》): its place is
# the congress's that made it.
# The rest of an issuing body's name after its place, then its issuing of a title (…政府办公厅印发《, …厅发布的《).
_ISSUED_AFTER = re.compile(r"(?:[\u4e00-\u9fa5]{0,10}?(?:办公厅|办公室|政府|人大常委会|委员会|厅|局|委|办))?"
                           r"(?:先后|联合|近日|已)?(?:印发|发布)了?的?《")
_CITED_TITLE = re.compile(r"《[^《》\n]{2,100}条例(?:\((?:19|20)\d{2}[^()\n]{0,6}\))?》")
# A headline saying a body gave a report at a meeting (某区司法局在区政府常务会议“学法进行时”作专题汇报, 某局在县政府
# 常务会议上作…报告): news of the meeting, not the report.
REPORTED_AT_MEETING = re.compile(r"^(?!关于)[^《》,,。]{2,30}?在[^《》,,。]{2,40}?会议?[^《》,,。]{0,16}?(?:作|做)了?"
                                 # (or a speech given there: 某县在全省…启动会上作经验交流发言, the news of it, where the
                                 # speech's own text is titled 在…上的发言; round 260)
                                 r"[\u4e00-\u9fa5]{0,8}?(?:汇报|报告|发言)$"
                                 # (or to a congress's standing committee or a meeting, what is reported after the
                                 # verb: 某市司法局局长某某向市十七届人大常委会汇报“八五”普法工作)
                                 r"|^(?!关于)[^《》,,。]{2,30}?向[^《》,,。]{2,30}?(?:人大常委会|常委会|会议)(?:会议)?"
                                 r"(?:作|做)?了?(?:专题)?(?:汇报|报告)[^《》,,。]{2,30}?(?:工作|情况)$")


def _year_reported_before(text: str, start: int, body_end: int, posted: int) -> int | None:
    """Where the year before ``posted`` is first named on the page, when the page names it at least
    twice and never names ``posted`` itself nor a later year, its headline included (a plan's
    2021-2025年 keeps news of it in 2021); else None."""
    before = str(posted - 1)
    first, count = None, 0
    for match in _TITLE_YEAR.finditer(text, start, min(body_end, start + 3000)):
        named = int(match.group(1))
        if named >= posted:
            return None
        if match.group(1) == before and text[match.start(1) - 1 : match.start(1)] not in _PERIOD_END:
            count += 1
            first = match.start(1) if first is None else first
    return first if count >= 2 else None


def _own_year(title: str | None) -> int | None:
    """A single year in the title's own words (not in a nested title, not a range)."""
    if not title:
        return None
    own = INNER_TITLES.sub("", title)
    own = re.sub(r"\(?" + _RANGE.pattern + r"\)?", "", own)
    match = _TITLE_YEAR.search(own) or _YEAR_BEFORE_ABOUT.match(own)
    return int(match.group(1)) if match else None


# A title opening with its year run straight into 关于, its 年 lost (2023关于某市…工作情况的报告; round 232).
_YEAR_BEFORE_ABOUT = re.compile(_YEAR_NUM + r"(?=关于)")


# A line that is only the issuing body of the title on the next line ("大河乡人民政府" / "关于…的情况报告").
# A plan's years on the line after its heading: (2016—2020年).
_YEARS_AFTER = re.compile(r"[^\S\n]*\n[^\S\n]*(\([^()\n]{4,24}\))[^\S\n]*(?=\n|$)")
_ISSUER_LINE = re.compile(r"(人民政府|办事处|办公室|办公厅|委员会|党工委|党委|局)$")
# (an explanation's page may label the document it explains 文件:, the title its page goes by)
# (or "标 题 X": the label spaced from its value with no colon or bar, as a metadata table flattened to lines shows it)
# (or behind the bullet a site's list of fields shows it with: • 标  题:某镇2025年度法治政府建设报告)
# (名称 set apart by spaces alone, as 新疆's county sites print it: 名        称 2022年某县政府工作报告; round 220)
_TITLE_LABEL = re.compile(r"^[^\S\n]*(?:[•·▪●][^\S\n]*)?(?:(?:标[^\S\n]*题|名[^\S\n]*称|(?:政策)?文件)[^\S\n]*[:|]|(?:标[^\S\n]*题|名[^\S\n]*称)[^\S\n]+)"
                          r"[^\S\n]*([^\n|]{5,100}?)[^\S\n]*\|?[^\S\n]*$", re.M)


# A headline about one title: a press Q&A on it (…就《X》答记者问) or its explanation (《X》政策解读).
_ABOUT_ONE_TITLE = re.compile(r"^[^《》]{0,30}就《[^《》]+》(?:有关问题)?答记者问$|^(?:关于)?《[^《》]+》(?:的)?(?:政策|文件|文字|图文)?解读$")


def _own_range(title: str | None) -> tuple[int, int] | None:
    """The years a plan covers, in the title's own words ("...实施方案(2021-2025年)"),
    or in the plan a notice issues (关于印发《...实施方案(2016-2020年)》的通知)."""
    if not title:
        return None
    # (or in the plan a press Q&A or an explanation is about: 某负责人就《…实施方案(2016—2020年)》答记者问)
    own = title if re.search(r"(?:印发|转发)[〈《<]", title) or _ABOUT_ONE_TITLE.search(title) \
        else INNER_TITLES.sub("", title)
    match = _RANGE.search(own)
    if match:
        first, last = int(match.group(1)), int(match.group(2))
        if first < last <= first + 15:
            return first, last
    return None


def _plan_year(text: str, body_end: int, covered: tuple[int, int], publish_date: str | None) -> tuple[int, int] | None:
    """(year, position) a plan covering ``covered`` years was made in: its signature or
    publishing date when that falls in the range (a page's later posting date does not).

    The signature comes first: a page may post a plan a year after it was signed, both
    dates inside the plan's range (signed 2016年5月31日, posted 2017-05-22)."""
    first, last = covered
    for line in _date_lines(text, body_end):
        date = parse_date(line.group(1))
        if date and first <= date[0] <= last:
            return date[0], line.start(1)
    for line in _HAN_DATE_LINE.finditer(text, 0, body_end):
        # (a signature date in Chinese numerals, 二○○五年四月三十日, its ○ often typed as 0: 二00五年三月三日)
        year = han_year(line.group(1))
        if year is not None and first <= year <= last:
            return year, line.start(1)
    if publish_date and first <= int(publish_date[:4]) <= last:
        posted = int(publish_date[:4])
        if "到" in text and any(first <= int(goal.group(1)) < posted for goal in _GOAL_YEAR.finditer(text, 0, body_end)):
            # A plan setting a goal for a year before its page's posting (到2023年…建成…, posted 2025-04-01) was
            # made before that: the page was posted later, and the plan is of its first year.
            return None
        return posted, -1
    return None


# A goal set for a year (到2023年, 到2025年底): what a plan made before that year says.
_GOAL_YEAR = re.compile(r"到((?:19|20)\d{2})年")


# A line that is only a date in Chinese numerals (二○○五年四月三十日; 二00五年三月三日 as content farms retype it).
_HAN_DATE_LINE = re.compile(r"^[^\S\n]*((?:一九|二[○〇零0OＯ])[○〇零0OＯ一二三四五六七八九]{2}年"
                            r"[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)[^\S\n]*$", re.M)
_HAN_DIGITS = str.maketrans("○〇零0OＯ一二三四五六七八九", "000000123456789")


def han_year(text: str) -> int | None:
    """The year of a date written in Chinese numerals (二○○五年…, 二00五年…).

    >>> han_year("二○○五年四月三十日"), han_year("二00五年三月三日"), han_year("2005年")
    (2005, 2005, None)
    """
    match = re.match(r"(?:一九|二[○〇零0OＯ])[○〇零0OＯ一二三四五六七八九]{2}(?=年)", text)
    return int(match.group(0).translate(_HAN_DIGITS)) if match else None


# A line that is only a date (a signature date), spaces around it.
_DATE_LINE = re.compile(r"^[^\S\n]*((?:19|20)[\d年月日 \t\u3000]*[\d年月日])[^\S\n]*$", re.M)
# The same on a page flattened to one line: a date block right after the signing bodies' blocks, which
# follow a sentence (…请认真贯彻执行。 中共某市委   某市人民政府 2017年4月24日 某市…实施方案; a byline under
# the title, 某县人民政府 2024年01月08日, is no signature).
_FLAT_SIGNATURE_DATE = re.compile(
    r"。[ \u3000]+(?:[\u4e00-\u9fa5()]{2,30}[ \u3000]+){0,2}[\u4e00-\u9fa5()]{1,29}[府委局厅办室会院部所][ \u3000]+"
    r"((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)(?=[ \u3000(])")


def _date_lines(text: str, body_end: int) -> list[re.Match]:
    """The signature-like dates before ``body_end``, in order: lines that are only a date and,
    on the long lines of a page flattened to one line, a date block after a body's name."""
    found = list(_DATE_LINE.finditer(text, 0, body_end))
    for offset, line in _flattened_lines(text, body_end):
        found.extend(_FLAT_SIGNATURE_DATE.finditer(text, offset, offset + len(line)))
    return sorted(found, key=lambda match: match.start(1)) if len(found) > 1 else found


# (each its own line, or its own block between spaces on a page flattened to one line)
_BYLINE = re.compile(
    r"(?:^|(?<=[ \u3000]))[^\S\n]*[\u4e00-\u9fa5]{2,16}(?:人民政府|政府|局|委|办|厅|办公室)[^\S\n]+"
    r"((?:19|20)\d{2}-\d{1,2}-\d{1,2})[^\S\n]*(?:$|(?=[ \u3000]))",
    re.M)


# A news page's byline: its date and time, then its source (2022-01-28 07:56  来源: 成都日报).
_NEWS_BYLINE = re.compile(r"(?:^|(?<=[ \u3000]))[^\S\n]*((?:19|20)\d{2}-\d{1,2}-\d{1,2})[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?"
                          r"[^\S\n]*来源", re.M)  # (2023-06-26 16:02:03来源:…, written close)


# A news page without a title line we read: its headline says a meeting was held, or its
# opening is a dateline (本报讯, 四川新闻网德阳4月28日讯).
# (its subject a bare level, 县召开“八五”普法开展情况新闻发布会: the county's own site's headline; round 237)
_NEWS_HEADLINE = re.compile(r"(?:[^。]{2,40}|[省市县区镇乡旗])(?:召开|举行)[^。]{0,30}会议?|[^。]{2,40}会议?(?:召开|举行)"
                            # (or a body's inspection made or begun: 某区开展乡镇街道法治建设专项督察, 市政府法制办赴
                            # 各县(区)进行…中期督查, 某办启动…督察反馈整改工作; not a notice's or plan's title, which
                            # ends in its kind: 关于开展…督察的通知, …督察工作方案)
                            r"|(?!关于)[^。,,;:《》]{2,30}?(?:开展|赴|启动|进行)[^。,,;:《》]{2,40}?"
                            r"(?:督察|督查|检查|调研|评估|评查|评议|整改)(?:工作|活动)?"
                            # (or a place's honour won: 全国…示范市!某市喜获“金名片”, 某县荣获…称号)
                            r"|[^。《》]{0,40}?[\u4e00-\u9fa5]{2,8}(?:喜获|荣获|喜提)[^。《》]{2,40}"
                            # (or its praise won from a level above: 某县:2023年度信访工作获全省通报表扬, 某局获市政府
                            # 嘉奖; round 259)
                            r"|[^。《》]{2,40}?获(?:全国|全省|全市|全区|全州|国家|省|市|州|县|区)[^。《》]{0,10}?"
                            r"(?:通报表扬|表扬|表彰|嘉奖|通报表彰)")
# A news item's lead: a date, then who held what meeting (11月23日上午,县长…组织召开…推进会).
# (or who did what that day: 12月8日下午,县人大常委会副主任…带领调研组,对…进行调研指导)
# (its reporter's byline in brackets before the date: (记者 某某)3月20日上午,…)
# (the date with its year: 2019年6月11日上午,市人大常委会调研组召开…座谈会)
_NEWS_LEAD = re.compile(r"\s*(?:[(（](?:本报)?(?:记者|通讯员|特约记者)[^()（）\n]{1,24}[)）]\s*)?(?:(?:19|20)\d{2}年)?"
                        r"\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[,，]")
# (its purpose first, then the date in the same sentence: 为深入推进…,根据…部署,8月18日,区普法办组织…)
_LATER_DATE_LEAD = re.compile(r"[,，]\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?[,，]")
# (a newspaper's or a site's own dateline: 本报讯, 广州日报讯, 某某新闻网4月28日讯)
# (its place between: 某某网某县讯; or a site's byline, its reporter in brackets: 某某法制传媒网:(某某))
# (or a legal news site's name and a colon before its story: 山东法制传媒网:山东省…)
# (or the site's other name in brackets before its 讯: 荆楚网(湖北日报网)讯; round 256)
# (or a site's own dateline as a paper's: 本网讯 通讯员某某; round 261)
_NEWS_DATELINE = re.compile(r"(?:本[报网]讯|[^。]{0,12}\d{1,2}月\d{1,2}日讯|[\u4e00-\u9fa5]{2,8}(?:日报|晚报|时报|新闻网|网)"
                            r"(?:[(（][\u4e00-\u9fa5]{2,10}[)）])?(?:[\u4e00-\u9fa5]{0,4}讯|[::][^\S\n]*[((][\u4e00-\u9fa5、 ]{2,12}[))])"
                            r"|[\u4e00-\u9fa5]{2,6}(?:法制|法治)?(?:传媒网|新闻网)[::](?=[\u4e00-\u9fa5]))")


# An e-paper's record of an article left as a line at the page's end: its date, its page numbers, the paper, the
# article's file (2022-08-12 1 1 聊城日报 content_16787.html 1 某某 /enpproperty-->).
_EPAPER_TRAILER = re.compile(r"^[^\S\n]*((?:19|20)\d{2}-\d{1,2}-\d{1,2})[^\S\n]+(?:\d{1,3}[^\S\n]+){0,3}"
                             r"[\u4e00-\u9fa5]{2,8}(?:日报|晚报|时报)[^\S\n]+content_", re.M)


# A newspaper's page line on a mirror of its e-paper (德州日报/2022 年/4 月/16 日/第 002 版要闻, 《某某日报》(2022年4月16日
# 第2版)): the page is the paper's article, of that day.
_NEWSPAPER_PAGE = re.compile(
    r"(?:日报|晚报|时报)》?[^\S\n]*[/／(（]?[^\S\n]*(" + _YEAR_NUM[1:-1] + r"[^\S\n]*年[^\S\n]*[/／]?[^\S\n]*\d{1,2}[^\S\n]*月"
    r"[^\S\n]*[/／]?[^\S\n]*\d{1,2}[^\S\n]*日)[^\n]{0,6}?第[^\S\n]*\d{1,3}[^\S\n]*版")


# (a lead of a visit or a meeting "lately": 近日,某市委依法治市办…一行来我县,就…进行实地督察)
_RECENT_LEAD = re.compile(r"\s*(?:近日|日前|近期)[,，][^。]{0,80}?(?:(?:召开|举行|开展|进行|赴|来|带队|率队|带领|率)[^。]{0,60}?"
                          r"(?:督察|督查|调研|检查|评估|考察|视察|会议?|活动)"
                          # (or the meeting first, then where it was held: 近期,2024年度…推进会在县政府三楼1号会议室召开;
                          # round 268)
                          r"|会议?在[^。]{2,40}?(?:召开|举行)"
                          # (or a body publishing an assessment's results or a roll: 日前,某县委 某县人民政府通报了
                          # 2020年度…考核的结果; 近日,某办公布了…名单)
                          r"|(?:通报|公布|发布)了?[^。]{0,60}?(?:结果|名单)"
                          # (or the results or the report coming out: 日前,全省…考核结果公布; 近日,《…调查报告》出炉)
                          r"|(?:结果|名单|报告》?)(?:正式)?(?:公布|出炉|揭晓|发布))")
# (a lead of a decision or a notice of praise issued "lately": 近日,司法部、民政部印发《关于命名…的决定》,某市某村入选…;
# news of those it names, as a meeting's; not a plan issued, 近日,省委、省政府印发《…实施方案》。《方案》主要内容如下)
# (or bodies issuing a paper that publishes a roll, its title unwritten: 日前,市司法局、市民政局联合发文,公布…名单)
_ISSUED_LEAD = re.compile(r"\s*(?:近日|日前)[,，][\u4e00-\u9fa5、]{2,24}?(?:近日)?(?:联合)?(?:(?:印发|发布|公布)了?"
                          r"《[^《》\n]{2,60}?(?:决定|通报|名单)》|发文[,，]?(?:公布|命名|表彰)[^。\n]{2,60}?名单)")
# A news lead dated by the day it was written (今天下午,市人大常委会将…; 昨日上午,…召开), after the questions a
# report opens with, or at the sentence's start.
_TODAY_LEAD = re.compile(r"(?:^|[?？!！]|[)）][^\S\n]*)[^\S\n]*(?:今天|今日|昨天|昨日)(?:上午|下午|晚上?)?[,，]")
# A site's column tag before a headline (评估现场丨…, 法治动态丨…): an article of the column, no document.
_COLUMN_TAG = re.compile(r"[\u4e00-\u9fa5]{2,6}丨[^\s丨]")


def news_page(text: str) -> bool:
    """Whether a page is news: a headline of a meeting held, or a dateline, before its body begins
    (the first line with a 。), however much of a site's menu stands before them."""
    # (a scraped table's cell mark after it, …(通讯员:某某 某某) |, is no part of the text; round 256)
    tail = text[-90:].rstrip().removesuffix("|").rstrip()
    if tail.endswith((")", "）")) and (_CLOSING_WRITERS.search(tail) or _CLOSING_UNIT.search(tail)):
        # a news item's credit after its last sentence: its writers' names ((某某 某某)) or the unit that sent it
        # ((某省某市某县司法局法治调研和备案审查科)); no report or plan ends so
        return True
    if "编辑" in tail and _CLOSING_EDITOR.search(tail):
        # a site's editor credited in brackets after the last sentence (…的情形。(某某) (本站编辑丨某某) 转载需注明
        # 来源:…): a news item's credit, as its writers' are (round 260)
        return True
    if " " in tail and _CLOSING_WRITERS_LINE.search(tail):
        # the writers' names alone on the last line, under a last sentence (…能力和水平。\n某某 某某): a news
        # item's byline, as in brackets
        return True
    for line in text[:8000].split("\n")[:150]:
        stripped = line.strip()
        if not stripped:
            continue
        if _NEWS_DATELINE.match(stripped) or _NEWSPAPER_PAGE.search(stripped) or _COLUMN_TAG.match(stripped):
            return True
        if ("编" in stripped or "通" in stripped) and _MEDIA_CREDIT.search(stripped):
            return True
        if "。" in stripped:
            # the body began: news when one of its first sentences is a dated meeting held
            # (6月25日,某县组织召开…评议会; 为…。 10月20日,某镇召开…推进会)
            first, _, rest = stripped.partition("。")
            if (_NEWS_LEAD.match(first) or first.startswith("为") and (_NEWS_LEAD.match(rest) or _LATER_DATE_LEAD.search(first))
                    or _RECENT_LEAD.match(first) or _TODAY_LEAD.search(first) or _ISSUED_LEAD.match(first)
                    # (a quoted remark closed with its 。, then the day it was made: “…群众。”昨日,某局负责人介绍说;
                    # round 250)
                    or rest.startswith("”") and _TODAY_LEAD.match(rest[1:14])):
                return True
            # a page flattened to one line: its blocks before the body read as its lines would
            # (…第二次会议 七七 2020-05-21 10:53:54 5月20日,…召开)
            blocks = _BLOCK_GAP_RUN.split(first)
            return len(blocks) > 1 and (bool(_NEWS_LEAD.match(blocks[-1])) or any(
                _NEWS_HEADLINE.fullmatch(block) or _NEWS_DATELINE.match(block) for block in blocks[:-1]))
        if _NEWS_HEADLINE.fullmatch(stripped):
            return True
    return False


# Several places an inspection or a check visits, listed after 对 (分别对A市、B市、C市开展…督察).
_INSPECTED_PLACES = re.compile(r"对((?:[\u4e00-\u9fa5]{2,10}?[省市县区州盟旗]、){1,15}[\u4e00-\u9fa5]{2,10}?[省市县区州盟旗])"
                               r"(?:等[\u4e00-\u9fa5\d]{0,6}?)?(?:开展|进行)[^。;\n]{0,40}?(?:督察|督查|检查|评估|考核|核查)")
# A plan's period closing (《…(2021—2025年)》及…方案收官之际, …规划收官之年): its last year.
_CLOSING_PERIOD = re.compile(r"(?:19|20)\d{2}\s*[-—–~至]\s*((?:19|20)\d{2})\s*年?\s*[)）]?\s*》?[^。;\n《]{0,20}?收官")
# An item of a site's menu of links: a dash and a middle dot opening a line, or after a space when the page was
# flattened to one line (… - ·关于印发《…).
_MENU_MARK = re.compile(r"(?:^|(?<=\s))-[^\S\n]*·", re.M)
# (an item's words run to the next item, the line's end or a sentence's, and are short: a link cut to the menu's width)
# (or to a page's labels after the menu, on a flattened page: … 的通知 发布时间:…)
_MENU_ITEM_WORDS = re.compile(r"[^\n。]{0,40}?(?=\s-[^\S\n]*·|\n|。|$|\s(?:发布|时间|日期|来源|浏览|更新)|\s[^\s]{0,6}[:：])"
                              r"|[^\n。]{0,40}")


def menu_link_spans(text: str) -> list[tuple[int, int]]:
    """The spans of a site's menu items (- ·关于印发《…), each from its mark to the item's end; none without a ·."""
    if "·" not in text:
        return []
    spans = []
    for mark in _MENU_MARK.finditer(text):
        words = _MENU_ITEM_WORDS.match(text, mark.end())
        spans.append((mark.start(), words.end()))
    return spans


def in_spans(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether ``at`` lies in one of ``spans`` (sorted, not overlapping)."""
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


_BLOCK_GAP_RUN = re.compile(r"[ \u3000]+")
# A media outlet's credits above the body: its editor in charge (…来源:某台编辑:某某责编:某某), or its reporter's and
# correspondent's byline (全媒体记者 某某 通讯员 某某; 記者/通訊員 on a mirror in traditional script).
_MEDIA_CREDIT = re.compile(r"责编[:：]|[记記]者[^\S\n]*[\u4e00-\u9fa5]{2,4}[^\S\n]+通[讯訊][员員]")

# A line that is only a date and a time under the headline, its author's name perhaps on the line
# before (七七 / 2020-05-21 10:53:54): a news page's posting time.
# (or the body that posted it after the time, on the same line: 2024-09-20 17:56 广州市生态环境局)
_DATETIME_LINE = re.compile(r"^[^\S\n]*((?:19|20)\d{2}-\d{1,2}-\d{1,2})[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?"
                            r"(?:[^\S\n]+[\u4e00-\u9fa5]{2,24}?(?:人民政府|政府|分局|局|委员会|办公室|办公厅|厅|委|办))?[^\S\n]*$", re.M)
# A news page's posting time with the outlet after it on the same line, the date with slashes or dashes
# (2024/09/23 09:11 来源:人民网 阅读:1.2万; round 263).
_SOURCED_DATETIME_LINE = re.compile(r"^[^\S\n]*((?:19|20)\d{2}[-/]\d{1,2}[-/]\d{1,2})[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?"
                                    r"[^\S\n]+来源[:：]", re.M)
# The same with the day first and dots between, as some mirrors write it (18.07.2016  19:09).
_DOTTED_DATETIME_LINE = re.compile(r"^[^\S\n]*(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})[^\S\n]+\d{1,2}:\d{2}(?::\d{2})?[^\S\n]*$",
                                   re.M)


def _publish_date(text: str, head_end: int, body_end: int,
                  title_end: int = 0) -> tuple[str | None, tuple[int, int] | None]:
    head = text[:head_end]
    for label in _DATE_LABEL.finditer(head):
        date = parse_date(head[label.end() : label.end() + 16])
        if date:
            return "%04d-%02d-%02d" % date, (label.end(), label.end() + 10)
    # The signature date: a line that is only a date, last one before the footer.
    found = None
    for line in _date_lines(text, body_end):
        stripped = line.group(1)
        if 6 <= len(stripped) <= 14:
            date = parse_date(stripped)
            if date:
                found = ("%04d-%02d-%02d" % date, line.span(1))
    if found:
        return found
    # A byline under the title: the issuing body and its date (中阳县政府 2016-03-21).
    # (within 300 characters after the title, however much of a site's menu stands before it)
    byline = (_BYLINE.search(head, title_end, title_end + 300) or _NEWS_BYLINE.search(head, title_end, title_end + 300)
              or _DATETIME_LINE.search(head, title_end, title_end + 300)
              or _SOURCED_DATETIME_LINE.search(head, title_end, title_end + 300))
    if byline:
        date = parse_date(byline.group(1))
        if date:
            return "%04d-%02d-%02d" % date, byline.span(1)
    dotted = _DOTTED_DATETIME_LINE.search(head, title_end, title_end + 300)
    if dotted:
        day, month, year = (int(g) for g in dotted.groups())
        if month > 12 >= day:  # (07.18.2016: the month first)
            day, month = month, day
        if 1 <= month <= 12 and 1 <= day <= 31:
            return "%04d-%02d-%02d" % (year, month, day), dotted.span(3)
    # A newspaper's page line (德州日报/2022 年/4 月/16 日/第 002 版): the paper's day.
    paper = _NEWSPAPER_PAGE.search(head, 0, max(title_end, 1) + 300)
    if paper:
        date = parse_date(re.sub(r"[\s/／]", "", paper.group(1)))
        if date:
            return "%04d-%02d-%02d" % date, paper.span(1)
    # An e-paper's record left at the page's end (2022-08-12 1 1 聊城日报 content_16787.html 1 …): the paper's day.
    if "content_" in text[-600:]:
        trailer = _EPAPER_TRAILER.search(text, max(0, len(text) - 600))
        if trailer:
            date = parse_date(trailer.group(1))
            if date:
                return "%04d-%02d-%02d" % date, trailer.span(1)
    # A speech or report given on a date: "——2019年6月25日在...会议上".
    match = re.search(r"——\s*(" + _YEAR_NUM + r"[\d年月]{2,6}日)", head)
    if match:
        date = parse_date(match.group(1))
        if date:
            return "%04d-%02d-%02d" % date, match.span(1)
    return None, None


def _doc_number(text: str, head_end: int) -> tuple[str | None, tuple[int, int] | None]:
    for offset, line in _lines(text[:head_end]):
        match = _DOC_NUMBER.match(line)
        if match and not re.search(r"(年|月|日|电话|传真)$", match.group(1)):
            number = f"{match.group(1)}〔{match.group(2)}〕{match.group(3)}号"
            start = offset + match.start(1)
            return number, (start, offset + match.end(3) + 1)
    for offset, line in _flattened_lines(text, head_end):
        match = _FLAT_DOC_NUMBER.search(line)
        if match and not re.search(r"(年|月|日|电话|传真)$", match.group(1)):
            number = f"{match.group(1)}〔{match.group(2)}〕{match.group(3)}号"
            return number, (offset + match.start(1), offset + match.end(3) + 1)
    return None, None


# A document number as a block of a page flattened to one line (…指导意见 财法〔2020〕4号 各省…): brackets required.
_FLAT_DOC_NUMBER = re.compile(r"(?<=[ \u3000])([\u4e00-\u9fa5]{1,12}?)[〔\[【]((?:19|20)\d{2})[〕\]】]第?(\d{1,4})号(?=[ \u3000])")


# A line of bodies and nothing else, its colon lost (宣州区委、区政府), before the report's first paragraph.
_BODIES_LINE = re.compile(r"[\u4e00-\u9fa5]{2,20}(?:、[\u4e00-\u9fa5]{1,20}){1,5}(?<=[委府局厅会室])")


_RECIPIENT_WORDS = re.compile(r"(政府|常委会|局|委员会|办公室|厅|委|部门|单位|办|院)")
_NOT_RECIPIENT = re.compile(r"(时间|来源|签发人|联系人|位置|附件|主任|委员们|代表|如下)")
# (or opening the page: 中共某区委、某区人民政府: 2024年,…)
_FLAT_RECIPIENT = re.compile(r"(?:(?<=\S)[ \u3000]+|^)([^。;:\s]{2,60}):(?=[ \u3000])")


def _recipient(text: str, start: int, head_end: int) -> tuple[int, int] | None:
    lines = list(_lines(text[start:head_end]))
    for index, (offset, line) in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _BODIES_LINE.fullmatch(stripped) and re.search(r"(政府|常委会|委)$", stripped):
            following = next((later.strip() for _, later in lines[index + 1 :] if later.strip()), "")
            if len(following) > 60 and "《" not in stripped:
                begin = start + offset + line.index(stripped)
                return begin, begin + len(stripped)
        if re.fullmatch(r"[^。;:]{2,80}:", stripped) and _RECIPIENT_WORDS.search(stripped) and not _NOT_RECIPIENT.search(stripped):
            # (…现将年度报告如下: is the report's opening sentence, not the bodies it is sent to)
            begin = start + offset + line.index(stripped)
            return begin, begin + len(stripped) - 1
        if len(stripped) > 60 and not _SUMMARY_LINE.match(stripped):
            # A page flattened to one line: its heading, a space, the bodies it is sent to and their
            # colon, a space (…情况的报告 市委,市政府,市场监管总局: 2024年,…).
            # (A byline may stand between: …的报告 文章来源:某局 发布时间:… 【关闭】 县委依法治县办: 2022年,…)
            stop = stripped.find("。", 0, 400)
            for flat in _FLAT_RECIPIENT.finditer(stripped, 0, stop if stop >= 0 else 400):
                if _RECIPIENT_WORDS.search(flat.group(1)) and not _NOT_RECIPIENT.search(flat.group(1)):
                    begin = start + offset + line.index(stripped) + flat.start(1)
                    return begin, begin + len(flat.group(1))
            return None  # (a site's summary of the page, 核心提示:…, stands before the notice's recipients)
    return None


# (a metadata table's summary cell, 内容概述 2020年,…, set apart by a space rather than a colon, is one too)
_SUMMARY_LINE = re.compile(r"(?:核心提示|内容摘要|内容提要|内容概述|内容概要|摘要|导读)[:：]|(?:内容概述|内容概要|内容摘要|内容提要)[ \t\u3000]")


# The last character of a line that may be a title (what TITLE_END ends with).
_HEADING_END = re.compile(r"[告点案见要知函划排定法话结则例报议复示言辞作况)][ \t\r\u3000\u00a0\u200b\ufeff]*$", re.M)


def _headings(text: str, body_end: int) -> tuple[tuple[int, int, str], ...]:
    """Title-like lines in the text (the heading of an attached or embedded document)."""
    found = []
    for end in _HEADING_END.finditer(text, 0, body_end):
        offset = text.rfind("\n", 0, end.start()) + 1
        stripped = text[offset : end.end()].strip()
        if stripped.count("》") > stripped.count("《") and offset:
            # A heading broken inside its nested title: join the line before.
            before = text.rfind("\n", 0, offset - 1) + 1
            previous = text[before : offset - 1].strip()
            if previous.count("《") > previous.count("》"):
                offset, stripped = before, previous + stripped
        if stripped and _is_title_line(stripped):
            compact = WHITESPACE.sub("", stripped)
            if TITLE_END.search(compact) and len(compact) >= 8:
                start = offset + len(text[offset:]) - len(text[offset:].lstrip())
                if offset:
                    before = text.rfind("\n", 0, offset - 1) + 1
                    previous = text[before : offset - 1].strip()
                    if _HEAD_OF_TITLE.fullmatch(previous) and divisions.name_starts_at(previous):
                        # A heading broken after its place and body (广元市财政部门 / 依法行政…评估办法(试行)).
                        start, compact = before + text[before:].index(previous), previous + compact
                    elif not compact.startswith("关于"):
                        start, compact = _broken_heading(text, offset, start, compact)
                number = _LEADING_NUMBER.match(compact) if "号" in compact[:20] else None
                if number is not None and len(compact) - number.end() >= 8:
                    # (a mirror's headline opening with the document's number: 鲁政办字〔2015〕46号 山东省…的意见)
                    rest = compact[number.end():]
                    start = max(start, text.find(rest[:4], start))
                    compact = rest
                found.append((start, offset + len(text[offset:end.end()].rstrip()), compact))
    if " " in text:
        found = sorted(found + _flattened_headings(text, body_end))
    return tuple(found)


# An autonomous region's own body written bare (自治区党委, 自治区人民政府), not after the region's name.
# (or one of its departments, 在自治区司法厅召开: a 厅 is a province's department, no city's or county's)
_BARE_REGION_BODY = re.compile(r"(?<![族古夏疆藏尔])自治区(?:党委|人民政府|政府|(?:(?![的在和及与、])[\u4e00-\u9fa5]){1,10}?厅)")


# A line giving only a page's address (Original URL: http://…, 原文链接: https://…).
_URL_LINE = re.compile(r"(?:[A-Za-z ]{0,20}|[\u4e00-\u9fa5]{2,6})[::]?\s*https?://\S+")


# A document's number opening a heading (鲁政办字〔2015〕46号 …): no word of the title.
_LEADING_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,12}?[〔\[]((?:19|20)\d{2})[〕\]]第?\d{1,4}号")


# A heading's middle line: its subject after 关于, cut after 的 (关于在全省开展法治宣传教育的).
_HEADING_MIDDLE = re.compile(r"[^\s,,。:;;《》]{2,40}的|关于[^\s,,。:;;《》]{2,40}")
# Its first line: the bodies that issue it, parted by spaces or 、 (省委宣传部 省司法厅).
_HEADING_BODIES = re.compile(r"[\u4e00-\u9fa5]{2,12}?(?:部|厅|局|委|办|政府|办公室|委员会|小组)"
                             r"(?:[ \u3000、]+[\u4e00-\u9fa5]{2,12}?(?:部|厅|局|委|办|政府|办公室|委员会|小组)){0,3}")


def _line_before(text: str, offset: int) -> tuple[int, str]:
    """(start, stripped text) of the last non-blank line before ``offset``, past at most two blank lines."""
    for _ in range(3):
        if offset <= 0:
            break
        before = text.rfind("\n", 0, offset - 1) + 1
        stripped = text[before : offset - 1].strip()
        if stripped:
            return before + text[before:].index(stripped), stripped
        offset = before
    return -1, ""


def _broken_heading(text: str, offset: int, start: int, compact: str) -> tuple[int, str]:
    """A heading broken over three lines: its bodies, its subject and its kind, blank lines between
    (省委宣传部 省司法厅 / 关于在全省开展法治宣传教育的 / 第八个五年规划(2021—2025年)).

    The lines before the last join it when the one before reads as a heading's middle; the
    bodies join when the middle opens with 关于. Else the heading stays as it is.
    """
    middle_at, middle = _line_before(text, offset)
    if middle_at < 0 or not _HEADING_MIDDLE.fullmatch(middle):
        return start, compact
    start, compact = middle_at, middle + compact
    if middle.startswith("关于"):
        bodies_at, bodies = _line_before(text, middle_at)
        if bodies_at >= 0 and _HEADING_BODIES.fullmatch(bodies):
            start, compact = bodies_at, re.sub(r"[ \u3000]+", "、", bodies) + compact
    return start, compact


# A block of a page flattened to one line, between spaces: a heading when it reads as a title.
_BLOCK = re.compile(r"(?<=[ \u3000])[^\s,,。;;]{8,90}(?=[ \u3000])")
_FLATTENED_LINE = 300


def _flattened_lines(text: str, end: int) -> Iterator[tuple[int, str]]:
    """(offset, line) of each long line with spaces before ``end``: what a page flattened to one line has."""
    if " " not in text:
        return
    offset = 0
    for line in text[:end].split("\n"):
        if len(line) >= _FLATTENED_LINE and " " in line:
            yield offset, line
        offset += len(line) + 1


def _flattened_headings(text: str, body_end: int) -> list[tuple[int, int, str]]:
    """Title-like blocks of the long lines a page flattened to one line has (2022年某市…工作要点 为…)."""
    found = []
    for offset, line in _flattened_lines(text, body_end):
        for block in _BLOCK.finditer(line):
            compact = block.group()
            # (a block opening with 年 or closing a mark it did not open is a piece of one: 2020 年…要点,
            # 关于印发《…建设 实施方案》的通知)
            if (TITLE_END.search(compact) and _is_title_line(compact) and not compact.startswith(("关于", "年"))
                    and compact.count("《") == compact.count("》") and compact.count("〈") == compact.count("〉")):
                found.append((offset + block.start(), offset + block.end(), compact))
    return found


# The first line of a heading broken in two: a place and a body's words, no more.
_HEAD_OF_TITLE = re.compile(r"[\u4e00-\u9fa5]{4,14}(?:部门|系统|机关|单位)")


def _chain_end(found: list[tuple[int, int, str]], text: str) -> tuple[int, int, str] | None:
    """The lowest division of the first chain of adjacent names (汉中市汉台区 -> 汉台区)."""
    if not found:
        return None
    chosen = found[0]
    for match in found[1:]:
        if match[0] == chosen[1]:
            chosen = match
        else:
            break
    return chosen


# A city bureau's branch in one of its districts: 广州市公安局增城区分局 (the bureau's words, then 分局).
_BRANCH_GAP = re.compile(r"[\u4e00-\u9fa5]{1,12}局")


# The same branch by its district's short name (某市生态环境局某城分局): two or three characters before 分局.
_SHORT_BRANCH = re.compile(r"[\u4e00-\u9fa5]{1,12}?局([\u4e00-\u9fa5]{2,3}?)分局")

# A city bureau's office in one county, named by the city, the county's short name and the bureau
# (泉州市某春生态环境局): two characters, then the field the city's bureau has in each county.
_SHORT_COUNTY_BUREAU = re.compile(r"([\u4e00-\u9fa5]{2})(?:生态环境|自然资源和规划|自然资源)局")


# A city bureau's branch with the city written as a bare 市 (市生态环境局海珠分局): the bureau's words, the district's
# short name, 分局.
_BARE_CITY_BRANCH = re.compile(r"市[\u4e00-\u9fa5]{1,12}?局([\u4e00-\u9fa5]{2,3}?)分局")


def _lead_branch(subject: str, at: int, found):
    """(("division", district, None), span) when ``subject`` (at ``at``), a news lead's, is a city bureau's branch in
    a district (9月19日,某市生态环境局某珠分局组织召开…): the district, as for a branch's title. The city may be written
    as a bare 市 on a page naming one prefecture-level city (市生态环境局某珠分局)."""
    named = find_divisions(subject)
    chosen = _chain_end(named, subject) if named and named[0][0] == 0 else None
    if chosen is not None:
        district = _branch_division(named, subject, chosen)
        return None if district is chosen else (("division", district[2], None), (at + district[0], at + district[1]))
    match = _BARE_CITY_BRANCH.fullmatch(subject)
    if match is None:
        return None
    cities = {d.name for d in (divisions.city_named(name, None) for _, _, name in found)
              if d is not None and d.level == "prefecture"}
    if len(cities) != 1:
        return None
    city = cities.pop()
    full = city + subject[1:]
    named = find_divisions(full)
    chosen = _chain_end(named, full) if named and named[0][0] == 0 else None
    if chosen is None or chosen[2] != city:
        return None
    district = _branch_division(named, full, chosen)
    if district is chosen:
        return None
    return ("division", district[2], None), (at + match.start(1), at + match.end(1))


def _branch_division(found, title: str, chosen):
    """The district whose branch of a city bureau the title names (重庆市公安局渝北区分局 -> 渝北区; a city's
    district by its short name, 某市生态环境局某城分局 -> the city's 某城区; a county's office of the city's bureau
    by the county's short name, 某市某春生态环境局 -> the city's 某春县)."""
    for match in found:
        if (match[0] > chosen[1] and title.startswith("分局", match[1])
                and _BRANCH_GAP.fullmatch(title, chosen[1], match[0])):
            return match
    short = None
    if "分局" in title and chosen[2].endswith("市"):
        short = _SHORT_BRANCH.match(title, chosen[1])
    if short is None and chosen[2].endswith("市") and "局" in title:
        short = _SHORT_COUNTY_BUREAU.match(title, chosen[1])
    if short is not None:
        city = divisions.city_named(chosen[2], None)
        if city is not None and city.level == "prefecture":
            suffixes = ("区", "县") if short.re is _SHORT_BRANCH else ("区", "县", "市")
            names = {short.group(1) + suffix for suffix in suffixes}
            hits = [c for c in divisions.counties_of(city.code) if c.name in names]
            if len({c.name for c in hits}) > 1:  # (a county since made a district, 某县 → 某区: the one today)
                hits = [c for c in hits if c.exists_in(divisions.last_table_year())]
            if len({c.name for c in hits}) == 1:
                return (short.start(1), short.end(1), hits[0].name)
    return chosen


def _strip_nested(title: str) -> str:
    """The title with nested titles blanked out (same length)."""
    return INNER_TITLES.sub(lambda m: " " * len(m.group(0)), title)


# A township's government or party committee named in full (龙潭乡人民政府, 北山街道党工委).
_TOWNSHIP_AND_BODY = r"(?:中共)?([\u4e00-\u9fa5]{2,6}?(?:街道|民族乡|镇|乡))(?:人民政府|政府|办事处|党委|党工委|委员会)"
_TOWNSHIP_BODY = re.compile(r"(?<![\u4e00-\u9fa5])" + _TOWNSHIP_AND_BODY)
# The same on a line of its own, as a signature (中共龙潭乡委员会  龙潭乡人民政府): each body in turn.
_TOWNSHIP_LINE = re.compile(
    r"(?m)(?:^|(?<=[ \t\u3000])|(?<=委员会)|(?<=人民政府))[ \t\u3000]*" + _TOWNSHIP_AND_BODY
    # then the line's end, its date, or the next body signing
    + r"(?=[ \t\u3000]*$|[ \t\u3000]+(?:19|20)\d\d年|[ \t\u3000]*" + _TOWNSHIP_AND_BODY + ")")


# What a township name caught at a clause's start may carry before it: a year, an
# enumeration, a preposition (2025年度友谊路街道, 一是成立了以乡: no township at all).
_LEADING_NOISE = re.compile(r"^(?:(?:19|20)?\d*年度?|\d*[月日号]|度|[一二三四五六七八九十]是|同时|其中|由|以|在|对|和|与|及|将|把|全|我|本|各)+")
# Characters of a clause, not of a place name (成立了以乡, 落实以街道, 四是要求镇政府).
# (and verbs taking the body as their means or object: 利用镇党委会议, 通过乡党委会, 参加镇党委中心组)
# (and 我, the page speaking of itself: 总结部署我街道扎实推进… is no 街道's name; no township in the table has it)
_CLAUSE_CHARS = re.compile(r"[是了的以由对把被我]|召开|主持|成立|落实|规范|推进|开展|加强|建立|健全|完善|组织|调整|印发|设立|"
                           r"要求|督促|指导|推动|引导|带领|协调|负责|利用|通过|借助|结合|参加|参与|听取|召集|按照|根据|围绕|坚持")


def _clean_township(name: str) -> str | None:
    """A township name caught by a pattern, without leading noise; None when it is a clause, not a name."""
    name = _LEADING_NOISE.sub("", name)
    core = re.sub(r"(街道办事处|街道|民族乡|镇|乡|苏木|街)$", "", name)
    if len(core) < 2 or _CLAUSE_CHARS.search(core) or len(core) >= 3 and core[-1] in _PREPOSITIONS:
        return None
    return name


# What ends a clause before the township's bare body it goes to or through (定期向镇党委汇报,
# 重大事项经乡党委研究): a name of three characters or more that ends so is that clause.
_PREPOSITIONS = "向经到给为"


# The opening of a report, whose subject is its author: "2023年,在区委、区政府的坚强领导下,
# 四季青街道坚持……", "一年来,周溪乡在县委……", "2024年,农业农村部深入贯彻……".
_OPENING = re.compile(
    # (a year set apart from its 年, as a page made from a PDF writes it: 2025 年,某乡在…; its 年 lost before
    # (以)来 and a comma: 2023来,某街道在区委…)
    r"(?:(?:19|20)\d{2}(?:[^\S\n]?年(?:度|以来|来)?|(?:以)?来(?=[,,]))"
    # (what the year is comes first: 2025年是《纲要》收官之年,北和镇在市委、市政府的…领导下)
    r"(?:是[^。;;\n]{2,80}?之年"
    # (and what else it is, then the year's own words: 2025年是…关键之年,也是…收官之年。一年来,某区坚持…)
    r"(?:[,,]?也是[^。;;\n]{2,80}?之年(?:。[一今近]年(?:以)?来)?)?)?|[一今近]年(?:以)?来)[,,、]?[^\S\n]*"
    r"(?:在[^。;;\n]{2,60}?(?:领导|引领|指导|支持)下[,,、]?[^\S\n]*)*"
    r"(?:中共)?([\u4e00-\u9fa5][\u4e00-\u9fa5\-—–]{1,19}?)"
    # (a zone's committee and 管委会 together: 2025年,某岛国家旅游度假区党工委、管委会坚持…)
    # (a township's committee and government together, after its leadership: 在县委、县政府的坚强领导下,某县某镇
    # 党委、政府坚持…; round 220)
    r"(人民政府|政府|办事处|党工委、办事处|党工委、管委会|党工委|工委|党委、[镇乡]?(?:人民)?政府|党委|党组|管委会"
    # the division's committee and government together (2025年,泽州县委、县政府坚持…)
    r"|委、[省市县区旗]?(?:人民)?政府)?"
    r"(?:\((?:以下简称|简称)[^()\n]{0,30}\))?"
    # (its leading group speaking for it: 2025年,某街道领导班子始终以…)
    r"(?:(?:党政)?领导班子)?"
    r"(?:法治政府建设工作|法治建设工作|法治政府建设|法治建设)?"
    r"(?=坚持|深入|认真|始终|全面|紧紧|积极|扎实|紧扣|聚焦|围绕|持续|立足|着力|不断|高举|笃学|以习近平|在[县区市省]|坚定|"
    r"按照|根据|贯彻|落实|切实|牢固|严格|进一步|大力|主动|统筹|锚定|"
    # the author before its leadership: "2025年,郑庄镇在沁水县委、县政府的坚强领导下,"
    r"在[^。;;,,\n]{2,40}?(?:领导|引领|指导)下)"
)


# A news item's lead naming who issued a document (近日,中共中央、国务院印发了《…》, 8月12日,司法部发布《…》).
_NATIONAL_NEWS_LEAD = re.compile(
    r"(?:近日|日前|\d{1,2}月\d{1,2}日)[,，]\s*([\u4e00-\u9fa5、]{2,24}?)(?:近日)?(?:联合)?(?:印发|发布|出台|转发|公布)了?[《〈<]")


# A ministry's document cited by its title: 《交通运输部关于…》 (the ministry's field, 交通运输).
_MINISTRY_TITLE = re.compile(r"《([\u4e00-\u9fa5]{2,8}?)部关于")
# A national body as the subject that organises, launches or decides the work (,中央依法治国办组织开展…,
# 2021年8月,中央依法治国办启动了…; a news lead's 中央依法治国办于日前启动第三批…, the same).
# (or leading a team, 由中央依法治国办牵头,…参与的督察组; sending teams out after what a reporter learned from it,
# 记者22日从中央依法治国办获悉:中央依法治国办派出6个督察组; round 263)
_NATIONAL_ACTOR = re.compile(r"(?:^|[,，。;:：\n]\s*)(?:(?:19|20)\d{2}年(?:\d{1,2}月)?[,，]?\s*)?由?"
                             r"([\u4e00-\u9fa5]{2,16}?)(?:于?(?:日前|近日))?(?:组织开展|部署开展|启动了?第|启动了|决定对|牵头|派出)")


# A news item's dated lead whose subject, a place, holds a meeting (10月20日,凤凰县某镇召开…).
# (or "lately" for the date, 近日,某镇召开…推进会; a converted page's commas doubled, 近日,,某镇召开…)
_MEETING_LEAD = re.compile(r"(?:\d{1,2}月\d{1,2}日(?:上午|下午|晚上?)?|(?<![\u4e00-\u9fa5])(?:近日|日前))[,，]{1,2}\s*"
                           r"([\u4e00-\u9fa5]{2,20}?)(?:组织)?(?:召开|举行)")


# (…召开全市…推进会,某县司法局作为全市4个典型单位之一参加会议 / 在会上作典型交流发言: a body of one of the city's
# counties attending the city's meeting in the lead's own sentence)
_ATTENDED_BY = re.compile(r"[,，]([\u4e00-\u9fa5]{4,24}?)(?:作为[^。,，;；\n]{1,30}?)?"
                          r"(?:参加(?:了)?(?:此次|本次)?会议|在会上作[^。,，;；\n]{0,12}?发言)")


def _attending_county(text: str, start: int, body_end: int, host: tuple, year: int | None):
    """(start, end, name) of a county of the host city whose body attends the city's meeting, in the lead's sentence.

    11月10日,某市召开全市…推进会,某县司法局作为…之一参加会议: the news is that county's (its body's case is told),
    not the city's, which only holds the meeting. A body of the city itself (市司法局) or of a place outside it leaves
    the host."""
    if host[0] != "division" or not host[1].endswith(("市", "州", "盟")):
        return None
    stop = text.find("。", start, min(body_end, start + 200))
    match = _ATTENDED_BY.search(text, start, stop if stop != -1 else min(body_end, start + 200))
    if match is None:
        return None
    subject = match.group(1)
    found = find_divisions(subject)
    chosen = _chain_end(found, subject) if found and found[0][0] == 0 else None
    if chosen is None or len(subject) - chosen[1] < 2:
        return None
    city = divisions.city_named(host[1], year)
    if city is None or city.level != "prefecture" or not any(
            d.level == "county" and d.prefecture_code == city.code
            for d in divisions.resolve(chosen[2], year, (host[1],)).candidates):
        return None
    at = match.start(1)
    return at + chosen[0], at + chosen[1], chosen[2]


#: A headline's issuer that is only place words, no body (上海某某关于印发《…》的通知).
_PLACE_ONLY_ISSUER = re.compile(r"(?:(?![委府办局厅部院会处室])[\u4e00-\u9fa5]){2,6}关于印发的通知")


def _carried_lead(raw: str) -> str:
    """The title a notice carries in its marks, without its quotes and opening year (某某街道法治某某建设…)."""
    a, b = raw.find("《"), raw.rfind("》")
    if a < 0 or b <= a:
        return ""
    return re.sub(r"^((19|20)\d{2}年度?)+", "", WHITESPACE.sub("", raw[a + 1 : b])).replace("“", "").replace("”", "")


#: A title that only issues the title in its marks, naming no issuer (关于印发《…》的通知).
_ISSUING_ONLY = re.compile(r"印发的通知")

#: A title opening with a province's committee or government left unnamed (省委、省政府印发…).
#: The two may be written without their 、 (省委省政府转发“七五”普法规划).
_UNNAMED_PROVINCE_LEAD = re.compile(r"(?:省|自治区)(?:委|党委|人民政府|政府)(?:、|办公厅|印发|转发|关于|(?=(?:省|自治区)(?:人民)?政府))"
                                    # provincial offices listed as joint authors (省委依法治省办、省委宣传部、…省司法厅)
                                    r"|(?:省|自治区)[\u4e00-\u9fa5]{1,8}?(?:办|部|厅|局|委)、(?:省|自治区)")

# A province's own government or department, its name left out (省政府, 省市场监管局, 自治区).
_PROVINCE_BODY = re.compile(r"(?:省|自治区)(?:人民政府|政府|委|[\u4e00-\u9fa5]{1,10}(?:厅|局|委员会|委|办公室))?")


@functools.lru_cache(maxsize=1)
def _province_pattern() -> tuple[re.Pattern[str], dict[str, Division]]:
    by_name: dict[str, Division] = {}
    for code in range(11, 83):
        province = divisions.division_by_code(f"{code}0000")
        if province is not None and province.level == "provincial":
            by_name[province.name] = province
            if province.short and len(province.short) >= 2:
                by_name.setdefault(province.short, province)
    names = sorted(by_name, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, names))), by_name


def _province_named(text: str) -> Division | None:
    """The province a text names most often (湖北省, 湖北), when one leads; None otherwise."""
    pattern, by_name = _province_pattern()
    counts = Counter(by_name[m.group()].code for m in pattern.finditer(text))
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return divisions.division_by_code(top[0][0])


# A paragraph's line, not a menu's item: thirty characters or more.
_FIRST_PARAGRAPH = re.compile(r"(?m)^[^\n]{30,}")


# A leader's byline above his report on his own duty (述法), his posts and his name on a line of their own
# (西洞庭管理区党委副书记、管委会主任 某某, 某某县人民政府县长 某某): the place of his posts is the report's.
_LEADER_BYLINE = re.compile(
    r"(?m)^[^\S\n]*(?:中共)?([\u4e00-\u9fa5]{2,16}?)(党工委|党委|工委|委|人民政府|政府|管委会|管理委员会)"
    r"[\u4e00-\u9fa5、]{0,16}?(?:书记|主任|县长|区长|市长|镇长|乡长|旗长|州长|局长)[^\S\n]+[\u4e00-\u9fa5]{2,4}[^\S\n]*$")


def _leader_byline(text: str, start: int, body_end: int):
    """(kind, name, parent) and its span when a leader's byline stands between the title (or the page's
    start) and the first paragraph, naming the place of his posts."""
    first = _FIRST_PARAGRAPH.search(text, start, min(body_end, start + 4000))
    end = first.start() if first else min(body_end, start + 300)
    match = _LEADER_BYLINE.search(text, start, end)
    if match is None:
        return None
    return _subject_place(text, body_end, match.group(1), match.span(1), match.group(2), opening=True)


_ADDRESSED_TOWN = re.compile(r"([\u4e00-\u9fa5]{1,6}?(?:街道|民族乡|镇|乡))")


def _addressed_township(text: str, begin: int, body_end: int, found):
    """A township written with its province, city and county in the first sentence of a page without a title
    (“八五”普法工作中,某省某市某县某镇严格落实…): the page's subject, named as an address would."""
    stop = text.find("。", begin, min(body_end, begin + 400))
    stop = stop if stop >= 0 else min(body_end, begin + 400)
    chain: list[tuple[int, int, str]] = []
    for start, end, name in found:
        if start >= stop:
            break
        if start < begin:
            continue
        if chain and start != chain[-1][1]:
            if len(chain) >= 3:
                break
            chain = []
        chain.append((start, end, name))
    if len(chain) < 3:
        return None
    county = divisions.resolve(chain[-1][2], None, [name for _, _, name in chain]).division
    if county is None or county.level != "county":
        return None
    town = _ADDRESSED_TOWN.match(text, chain[-1][1], stop)
    if town is None or divisions.township(town.group(1), county) is None:
        return None
    if town.group(1).endswith("乡") and text.startswith("镇", town.end()) and not divisions.township_codes(town.group(1)):
        # (某省某市阳谷县坚持以推进乡镇(街道)合法性审查为支点: the county's words, then the generic 乡镇 (towns and
        # townships), no township the table holds; the county is the subject)
        return None
    at = chain[-1][1]
    return ("township", town.group(1), chain[-1][2]), (at, at + len(town.group(1)))


# A news item's credit after its last sentence: its writers' names, two to four, spaced ((某某某 某某)), or the
# unit that sent it, a body with its section perhaps ((某县司法局法治调研和备案审查科)).
# (the writers' role with a colon after it, (通讯员:某某 某某), the same; round 256)
_CLOSING_WRITERS = re.compile(r"[。！？!?][^\S\n]*[(（](?:(?:记者|通讯员)[:：]?[^\S\n]*)?[\u4e00-\u9fa5]{2,3}"
                              r"(?:[^\S\n]+[\u4e00-\u9fa5]{2,3}){1,3}[)）]$")
# (or a site's editor in brackets after it, the writer's bracket perhaps before: (某某) (本站编辑丨某某); round 260)
_CLOSING_EDITOR = re.compile(r"[。！？!?][^\S\n]*(?:[(（][\u4e00-\u9fa5]{2,4}[)）][^\S\n]*)?[(（](?:本站|责任)?编辑[丨|:：]"
                             r"[^\S\n]*[\u4e00-\u9fa5]{2,4}[)）]")
# (or on a line of their own under the last sentence, with no brackets: two or three names set apart by spaces)
_CLOSING_WRITERS_LINE = re.compile(r"[。！？!?][^\S\n]*\n[^\S\n]*[\u4e00-\u9fa5]{2,3}(?:[ \u3000]+[\u4e00-\u9fa5]{2,3}){1,2}$")
_CLOSING_UNIT = re.compile(r"[。！？!?][^\S\n]*[(（][\u4e00-\u9fa5]{3,30}?(?:局|委|办|院|中心|政府|办公室|所)"
                           r"(?:[\u4e00-\u9fa5]{1,12}?[科股室])?(?:供稿)?[)）]$")


# A news site's dateline opening a page (某某新闻网讯, 某某日报讯; a page's pinyin ruby may follow a character: 网(wǎng)讯).
_OPENING_DATELINE = re.compile(r"[^\S\n]*([\u4e00-\u9fa5]{2,4}?)[\u4e00-\u9fa5]{0,4}?(?:新闻网|日报|晚报|网)"
                               r"(?:\([a-zāáǎàēéěèīíǐìōóǒòūúǔùü]{1,6}\))?讯")


# A zone's party working committee written bare as a body (召开党工委会议, 。党工委、管委会…), not a place's.
_BARE_WORKING_COMMITTEE = re.compile(r"(?:召开|[。,，;；\n]|、)党工委(?:会议|、|(?=[\u4e00-\u9fa5]{0,2}(?:研究|审议|听取)))")
# A zone's statutory bureau opening its report by the zone's head (某海管理局), no place of its own.
_ZONE_BUREAU_SUBJECT = re.compile(r"([\u4e00-\u9fa5]{2})管理局")
# A zone's unit named by the zone's kind alone opening a report (高新区综治局, 经开区财政局, 开发区党政办).
_BARE_ZONE_SUBJECT = re.compile(r"(高新区|经开区|开发区|经济技术开发区|高新技术产业开发区)"
                                r"[\u4e00-\u9fa5]{0,8}?(?:局|委员会|办公室|办|中心|部)")


# A name given its short name for the rest of the page (某某委员会(以下简称某委)).
_ALIASED = re.compile(r"[(（]以下简称[“\"]?[\u4e00-\u9fa5]{1,8}[”\"]?[)）]")


def _national_body_aliased(text: str, body_end: int) -> tuple[int, int] | None:
    """The span of a national body named in full right before the short name the page gives it (以下简称…)."""
    for match in _ALIASED.finditer(text, 0, min(body_end, 3000)):
        at = match.start()
        for size in range(16, 2, -1):
            name = text[max(0, at - size) : at]
            if len(name) == size and divisions.is_national_body(name, whole=True):
                return at - size, at
    return None


def _opening_subject(text: str, start: int, body_end: int):
    """(kind, name, parent) and its span when the body's opening sentence names its author.

    Only names that are places or national bodies count: a department of the
    author (区司法局, 市市场监管局) is no place, and 我局/全市 are read elsewhere.
    """
    match = _OPENING.search(text, start, min(body_end, start + 600))
    if match is None:
        return None
    return _subject_place(text, body_end, match.group(1), match.span(1), match.group(2) or "", opening=True)


# The sentence that hands the report over names its author when the opening speaks as 我区
# (现将郑东新区2025年度法治政府建设情况报告如下, 现将某县2024年法治建设工作情况报告如下).
_REPORT_INTRO = re.compile(r"现将([\u4e00-\u9fa5]{2,20}?)(?=(?:19|20)\d{2}年度?[\u4e00-\u9fa5]{0,48}?报告如下)")


# An untitled department's report opening with its own full name, its place written first
# (某市某区消防救援大队始终以…, 2023年,某市某区司法局坚持…): the place is the author's.
# (or 今年以来/近年来 before it, and a verb of its new work: 今年以来,某市某区司法局创新工作机制,…)
_DEPARTMENT_OPENING = re.compile(
    r"[^\S\n]*(?:(?:(?:19|20)\d{2}[^\S\n]?年(?:度|以来)?|今年以来|近年来|一年来)[,，、]?[^\S\n]*)?"
    r"([\u4e00-\u9fa5]{4,24}?(?:局|大队|支队|委员会|办公室|中心))"
    r"(?:\(以下简称[“\"][\u4e00-\u9fa5]{1,8}[”\"]\))?"
    r"(?=始终|坚持|深入|认真|全面|以习近平|紧紧|积极|扎实|聚焦|围绕|持续|创新|高度重视|着力|不断)")


def _department_opening(text: str, start: int, body_end: int):
    """(kind, name, parent) and its span when an untitled page opens with a department named with its place:
    the place written before the department's own words, a division chain that the department's name follows."""
    match = _DEPARTMENT_OPENING.match(text, start, min(body_end, start + 80))
    if match is None:
        return None
    subject = match.group(1)
    found = find_divisions(subject)
    if not found or found[0][0] != 0:
        return None
    chosen = _chain_end(found, subject)
    if chosen is None or len(subject) - chosen[1] < 2:
        return None
    if subject.endswith("分局"):  # (某市生态环境局某县分局坚持…: the county's branch of the city's bureau)
        chosen = _branch_division(found, subject, chosen)
    at = match.start(1)
    return ("division", chosen[2], None), (at + chosen[0], at + chosen[1])


def _intro_subject(text: str, start: int, body_end: int):
    """(kind, name, parent) and its span when the 现将…报告如下 sentence names the author's place."""
    match = _REPORT_INTRO.search(text, start, body_end)
    if match is None:
        return None
    # (the year after the name tells a zone's name from a phrase: 郑东新区2025年度)
    place = _subject_place(text, body_end, match.group(1), match.span(1), "", text[match.end(1):match.end(1) + 4])
    if place is not None:
        return place
    # (现将某市生态环境局2025年度…情况报告如下: a department reporting under its place's name, the place its author's)
    subject = match.group(1)
    found = find_divisions(subject)
    chosen = _chain_end(found, subject) if found and found[0][0] == 0 else None
    if chosen is not None and _INTRO_DEPARTMENT.fullmatch(subject, chosen[1]) and not find_divisions(subject[chosen[1]:]):
        at = match.start(1)
        return ("division", chosen[2], None), (at + chosen[0], at + chosen[1])
    return None


# A department's name after its place (生态环境局, 卫生健康委员会, 住房和城乡建设局).
_INTRO_DEPARTMENT = re.compile(r"[\u4e00-\u9fa5]{2,12}?(?:局|委员会|委|厅|办公室)")


# The vertically managed services whose local branches write their headquarters before their place.
_VERTICAL_HEADQUARTERS = ("国家税务总局", "国家金融监督管理总局")


def _subject_place(text: str, body_end: int, subject: str, span: tuple[int, int], body_word: str, after: str = "",
                   opening: bool = False):
    """(kind, name, parent) and its span when ``subject``, a sentence's subject, is a place or a national body.

    ``opening``: the subject of a report's opening sentence (2022年,在市委、市政府的正确领导下,大鹏新区坚持…),
    which acts as the author: a zone named there without its city is the author's area.
    """
    branch = next((h for h in _VERTICAL_HEADQUARTERS if subject.startswith(h) and len(subject) > len(h)), None)
    if branch is not None:
        # a vertical service's local branch named with its headquarters first (国家税务总局某市某区税务局坚持…):
        # the place named between, the branch's
        rest = subject[len(branch) :]
        found = find_divisions(rest)
        chosen = _chain_end(found, rest) if found and found[0][0] == 0 else None
        if chosen is not None:
            at = span[0] + len(branch)
            return ("division", chosen[2], None), (at + chosen[0], at + chosen[1])
    branch = divisions.branch_place(subject) if len(subject) > 8 else None
    if branch is not None:
        # a vertical service's branch opening the page (2025年以来,国家统计局某市调查队深入学习…, 2023年,国家金融监督
        # 管理总局某市监管分局坚持…): the place it is named by, a county's in full or a city's or province's by its
        # short name, not the nation's
        return ("division", branch[0].name, None), (span[0] + branch[1], span[0] + branch[2])
    if divisions.is_national_body(subject):
        return ("national", None, None), span
    zone_bureau = _ZONE_BUREAU_SUBJECT.fullmatch(subject) if opening and not body_word else None
    if zone_bureau is not None and not find_divisions(zone_bureau.group(1)):
        # 2023年,某海管理局始终坚持… on a page whose zone's party body has the bureau's head (某海合作区党工委):
        # the zone its 管理局 governs, speaking (a statutory body run in a 管委会's place)
        zone = re.search(re.escape(zone_bureau.group(1)) + r"[\u4e00-\u9fa5]{0,8}?(?:合作区|" + ZONE_KINDS[3:-1] + r")(?=党工委)",
                         text[:body_end])
        zone_name = zone.group(0) if zone is not None else None
        if zone is None and _BARE_WORKING_COMMITTEE.search(text, 0, body_end):
            # (…, on a page writing its party body bare, 召开党工委会议, and the zone by the bureau's head only in the
            # full name a cited title gives it, 《全面深化某海深港现代服务业合作区改革开放方案》: the zone, by its head
            # and its kind, 某海合作区)
            zone = re.search(r"《[^》\n]{0,20}?" + re.escape(zone_bureau.group(1)) + r"[\u4e00-\u9fa5]{0,8}?(合作区|"
                             + ZONE_KINDS[3:-1] + r")", text[:body_end])
            zone_name = zone_bureau.group(1) + zone.group(1) if zone is not None else None
        if zone is not None:
            cities = {d.name for d in (divisions.city_named(name, None)
                                       for _, _, name in find_divisions(text[:body_end]))
                      if d is not None and d.level == "prefecture"}
            city = divisions.city_named(cities.pop(), None) if len(cities) == 1 else None
            return ("zone", zone_name, city), span
    if _PROVINCE_BODY.fullmatch(subject + body_word):
        # 省政府, 省卫生健康委, 自治区: the province the text names most, by name or short name
        province = _province_named(text[:body_end])
        return (("division", province.name, None), span) if province else None
    # (黄石街党工委、办事处: a 街 whose street office speaks, as 广州 names its 街道)
    # (2024年,鹤龙街坚持…: a 街 that opens its report as its subject is the street office speaking)
    street = subject.endswith("街") and (body_word.endswith(("工委", "办事处"))
                                        or opening and not body_word and len(subject) >= 3)
    if subject.endswith(("街道", "镇", "乡", "民族乡", "苏木")) or street:
        town = _clean_township(subject)
        if town is not None and divisions.township(town, street=street) is not None:
            # (凤凰县沱江镇: the township without the county written before it, which places it)
            bare = _without_county(town)
            county = town[: len(town) - len(bare)] or None
            if bare != town and divisions.township(bare, street=street) is not None:
                town = bare
            else:
                county = None
            at = span[0] + subject.rfind(town)
            return ("township", town, county), (at, at + len(town))
        return None
    # a province by its short name alone (2024年,广东坚持…): the province's own report
    province = _province_pattern()[1].get(subject) if not body_word else None
    if province is not None:
        return ("division", province.name, None), span
    found = find_divisions(subject)
    if found and found[-1][1] == len(subject):
        chosen = _chain_end(found, subject)
        if chosen is not None:
            return ("division", chosen[2], None), (span[0] + chosen[0], span[0] + chosen[1])
    if opening and not found and (body_word.startswith("委、") or not body_word):
        # (2024年,在省委、省政府的正确领导下,朔州委、政府坚持…: a city's short name opening the report with its
        # committee and government, its 市 dropped; the city's own report)
        # (2024年,淮安坚持以…为指导: the short name alone as the opening's subject, the same)
        city = divisions.city_named(subject, None)
        if city is not None and city.level == "prefecture":
            return ("division", city.name, None), span
    bare_zone = _BARE_ZONE_SUBJECT.fullmatch(subject) if opening else None
    if bare_zone is not None:
        # 2023年,高新区综治局在区党工委、区管委会的正确领导下… on a page that never names the zone with its city,
        # but names the city (法治珠海): the city's zone (珠海高新区) and one of its units speak.
        city = _rule_of_city(text, body_end, None)
        found = divisions.city_named(city[2], None) if city is not None else None
        if found is None:
            # (or the one city the page names at all, in a title of its own: 《珠海市2022年全面依法治市工作要点》)
            named = {name for _, _, name in find_divisions(text[:body_end])}
            only = divisions.city_named(named.pop(), None) if len(named) == 1 else None
            found = only if only is not None and only.level == "prefecture" else None
        if found is not None and found.level == "prefecture":
            zone_name = re.sub(r"市$", "", found.name) + bare_zone.group(1)
            at = span[0] + bare_zone.start(1)
            return ("zone", zone_name, found), (at, at + len(bare_zone.group(1)))
    if opening and not body_word and _BARE_KIND.fullmatch(subject):
        # (2024年,保税区坚持… on a page that names the zone in full only where its own titles open, 《某津港保税区打造…
        # 方案》: that zone, the one so named, in the city or municipality whose short name its name opens with)
        own = _zone_opening_own_title(text, body_end, subject)
        if own is not None:
            return own
    zoned = _zone_in_title(subject + after, None, span[0], subject + after, authored=opening)
    if zoned is not None and zoned[0][1] == subject:
        if opening and zoned[0][2] is None:
            # (2019年,在市委、市政府的正确领导下,某鹏新区始终坚持… on a page that names one city, 某圳市《…纲要》:
            # the zone of that city, whose 市委、市政府 lead it)
            cities = {d.name for d in (divisions.city_named(name, None)
                                       for _, _, name in find_divisions(text[:body_end]))
                      if d is not None and d.level == "prefecture"}
            if len(cities) == 1:
                return ("zone", subject, divisions.city_named(cities.pop(), None)), zoned[1] or span
            if not cities:
                # (2024年,某江新区坚持… on a page that names its place only by the short name before the zone's own,
                # 《某庆某江新区管理办法》, or names one municipality, 《重庆市…实施方案》: the zone of that city)
                named = find_divisions(text[:body_end])
                city = _one_place_named(named, None) if named else _zone_city_by_short_name(text, body_end, subject, None)
                if city is not None and city.level == "provincial" and city.name in DIRECT_MUNICIPALITIES:
                    return ("zone", subject, city), zoned[1] or span
        return zoned[0], zoned[1] or span
    if opening and not body_word and 2 <= len(subject) <= 3:
        # A county-level city or a county opening its report by its short name (2023年,某城坚持…) whose full
        # name the page writes elsewhere (中共某城市委全面依法治市委员会): the author, not the city it is in.
        # (a city's district the same: 2024年,南沙坚持… on a page writing 南沙区领导干部…清单; round 195)
        for suffix in ("市", "县", "区"):
            full = subject + suffix
            if full not in text[:body_end]:
                continue
            named = find_divisions(full)
            if named and named[-1][2] == full and named[-1][1] == len(full):
                return ("division", full, None), span
    return None


def _zone_opening_own_title(text: str, body_end: int, kind: str):
    """(("zone", name, city), span) of the one zone of ``kind`` whose full name opens the page's own titles
    (《某津港保税区打造…方案》), its city the one whose short name (or full name) the zone's name opens with."""
    found: dict[str, tuple[tuple[int, int], object]] = {}
    for match in re.finditer(r"《([\u4e00-\u9fa5]{2,4}?)" + re.escape(kind), text[:body_end]):
        head = match.group(1)
        if _NO_ZONE_NAME.search(head):
            continue
        city = next((c for c in (divisions.city_named(head[:size], divisions.last_table_year())
                                 for size in (len(head), 3, 2) if size <= len(head))
                     if c is not None and c.level in ("provincial", "prefecture")), None)
        if city is None or city.level == "provincial" and city.name not in DIRECT_MUNICIPALITIES:
            continue
        found.setdefault(head + kind, ((match.start(1), match.end()), city))
    if len(found) != 1:
        return None
    name, (span, city) = found.popitem()
    return ("zone", name, city), span


def _without_county(name: str | None) -> str | None:
    """A township's name without the county written before it (丰都县栗子乡 → 栗子乡)."""
    found = find_divisions(name) if name else None
    if found and found[0][0] == 0:
        chain = _chain_end(found, name)
        if len(name) - chain[1] >= 2:
            return name[chain[1] :]
    return name


# A residents' or villagers' committee named after the township body above it (阜城街道办事处城北居民委员会3件, a list of
# defaulters): the committee's name, no township signing or speaking.
_COMMITTEE_UNDER = re.compile(r"[\u4e00-\u9fa5]{1,8}?(?:居民委员会|村民委员会|居委会|村委会)")


def _township_author(text: str, body_end: int) -> tuple[int, int, str] | None:
    """The township whose document this is, when it signs or speaks as one.

    A document without a jurisdiction in its title is a township's when its
    signature (the last lines before the footer) names a township government,
    or when it calls itself 我镇/我乡/全街道 more than any other level and names
    that township's government.
    """
    def names(start: int, suffix: str = "", listed: bool = True) -> list[str]:
        # (listed=False: not one of a run of bodies, 到区法院、某某街道办事处、某社区等单位走访, which no signature is)
        found = (_without_county(_clean_township(m.group(1))) for m in _TOWNSHIP_BODY.finditer(text, start, body_end)
                 if (listed or "、" not in (text[m.start() - 1 : m.start()] + text[m.end() : m.end() + 1]))
                 and _COMMITTEE_UNDER.match(text, m.end()) is None)
        return [name for name in found if name and name.endswith(suffix) and divisions.township(name)]

    def signing(start: int) -> list[str]:
        """The townships whose body stands on a line of its own: a signature, not a clause."""
        lines = (m for m in _TOWNSHIP_LINE.finditer(text, start, body_end))
        found = (_without_county(_clean_township(m.group(1))) for m in lines)
        return [name for name in found if name and divisions.township(name)]

    # A signature line first: the last 200 characters also hold the end of the body, whose
    # clauses name bodies too (重大事项经乡党委会议集体研究 is no 重大事项经乡).
    signed = signing(max(0, body_end - 200)) or names(max(0, body_end - 200), listed=False)
    if not signed:
        # or, an untitled page opening on the township as the subject of what it does (某某街道坚持以…为指导,
        # 某某镇在市委、市政府的领导下…), before any word for itself: the township the table holds by that name
        opening = len(text) - len(text.lstrip())
        subject = _TOWNSHIP_OPENING.match(text, opening, body_end)
        name = _without_county(_clean_township(subject.group(1))) if subject else None
        signed = [name] if name and divisions.township(name) else []
    if not signed:
        selves = Counter(m.group(1) for m in _SELF_REF.finditer(text[:body_end]))
        top = selves.most_common(1)
        if not top or top[0][0] not in ("镇", "乡", "街道"):
            return None
        # named at least twice: a clause caught once (日主持召开镇党委会) is no township
        signed = [name for name in names(0, top[0][0]) if text.count(name) >= 2]
        if not signed:
            # or, naming no body of its own, as the subject of what it does (上坪镇坚持以…为指导),
            # the one township it so names
            subjects = {name for name in (_clean_township(m.group(1)) for m in _TOWNSHIP_SUBJECT.finditer(text, 0, body_end))
                        if name and name.endswith(top[0][0]) and divisions.township(name)}
            signed = list(subjects) if len(subjects) == 1 else []
        if not signed:
            # or the one township of its kind the text names in full that lies in the county it
            # names (根据伊金霍洛旗…的要求 … 强化伊金霍洛镇法治建设)
            signed = _township_of_named_county(text, body_end, top[0][0])
        if not signed:
            # or, its county unnamed, the one township of its kind whose own rule of law it names
            # (推动岩山镇法治政府建设迈上新台阶, 制定《余坪镇法治建设三年行动方案》): a leader's report on
            # his township (本人…, 全镇…) names it no other way
            ruled = {name for name in (_clean_township(m.group(1)) for m in _TOWNSHIP_RULE_OF_LAW.finditer(text, 0, body_end))
                     if name and name.endswith(top[0][0]) and divisions.township(name)}
            signed = list(ruled) if len(ruled) == 1 else []
        if not signed:
            # or, naming it no other way (在某某镇落地生根, 列入某某镇委党校), the one township of its kind
            # named twice after different characters: the name's start is certain where two contexts meet
            signed = _township_named_twice(text, body_end, top[0][0])
    if not signed:
        return None
    # the name signed most, then the one the text names most
    counted = Counter(signed)
    name = max(counted, key=lambda found: (counted[found], text.count(found)))
    at = text.find(name)
    return at, at + len(name), name


_NOT_IN_TOWNSHIP_NAME = re.compile(r"[向在到对于从的了和与及全各本我该驻每其此乡镇街治]")


def _township_named_twice(text: str, body_end: int, kind: str) -> list[str]:
    """The one township of ``kind`` (镇, 乡) whose name (two to four characters before ``kind``) the text
    writes at least twice, after at least two different characters: a shorter name is tried first."""
    if kind not in ("镇", "乡") or text.count(kind, 0, body_end) < 2:
        return []
    before: dict[str, set[str]] = {}
    for at, start, name in _names_ending_in(text, body_end, kind, longest=4, first=1):
        if text[at + 1 : at + 2] == "村":
            continue  # 乡村 (法治乡村, 美丽乡村): no township
        before.setdefault(name, set()).add(text[start - 1])
    # (a clause's words before a bare body, 定期向镇党委汇报, is no name: its words hold a preposition or a
    # pronoun, or it runs into the body)
    found = {name for name, chars in before.items()
             if len(chars) >= 2 and not _NOT_IN_TOWNSHIP_NAME.search(name[:-1])
             and not re.search(re.escape(name) + "(?:党委|党工委|政府|人民政府|人大|纪委)", text[:body_end])
             and divisions.township(name) is not None}
    # a longer name whose shorter tail is also found is the tail's context, no name of its own
    found = {name for name in found if not any(other != name and name.endswith(other) for other in found)}
    return list(found) if len(found) == 1 else []


def _township_of_named_county(text: str, body_end: int, kind: str) -> list[str]:
    """The one township of ``kind`` (镇, 乡, 街道) named in full in ``text`` whose county the text names too.

    (a street office's leader's report, 作为海润街道法治建设第一责任人,本人…, naming its county only in a cited
    title, 《三门县…清单》: a 街道 of the table, in that county)
    """
    if kind not in ("镇", "乡", "街道"):
        return []
    found: set[str] = set()
    placed_at = -1
    for at, _start, name in _names_ending_in(text, body_end, kind, longest=5, first=0):
        if at == placed_at:
            continue  # (the shortest name placed at this 镇 is its name; a longer one holds words before it)
        township = divisions.township(name)
        if township is not None and township.county and township.county in text[:body_end]:
            found.add(name)
            placed_at = at
    return list(found) if len(found) == 1 else []


def _names_ending_in(text: str, body_end: int, kind: str, longest: int, first: int) -> Iterator[tuple[int, int, str]]:
    """(where ``kind`` stands, start, name) for each run of two to ``longest`` Chinese characters ending in ``kind``
    before ``body_end``, shortest first, none starting before ``first``."""
    for m in re.finditer(kind, text[:body_end]):
        for size in range(2, longest + 1):
            start = m.start() - size
            if start < first:
                break
            name = text[start : m.end()]
            if not re.fullmatch(r"[\u4e00-\u9fa5]+", name):
                break
            yield m.start(), start, name


# A township named as the owner of its rule of law (推动岩山镇法治政府建设, 《余坪镇法治建设三年行动方案》).
_TOWNSHIP_RULE_OF_LAW = re.compile(r"(?:(?<=[《〈])|(?<=推动|推进|强化|加快|深化|提升|加强))"
                                   r"([\u4e00-\u9fa5]{2,6}?(?:街道|民族乡|镇|乡))(?=法治|依法治)")


# A township as the subject of what it does, after a clause's start (,上坪镇坚持…; 。全年,某街道深入…).
# (its party committee and government as the subject, 观胜镇党委、政府深入学习…: the township speaking the same)
_TOWNSHIP_SUBJECT = re.compile(r"(?<=[,,。;;:\n])[^\S\n]*([\u4e00-\u9fa5]{2,6}?(?:街道|民族乡|镇|乡))"
                               r"(?:党委、(?:人民)?政府|党工委、办事处|党委和(?:人民)?政府|党工委和办事处)?"
                               r"(?=坚持|深入|认真|始终|全面|紧紧|积极|扎实|紧扣|聚焦|围绕|持续|着力|不断|严格|切实|大力)")


# The same subject opening the page itself (护国街道坚持以…, 某某镇在县委…领导下).
_TOWNSHIP_OPENING = re.compile(r"([\u4e00-\u9fa5]{2,6}?(?:街道|民族乡|镇|乡))(?=坚持|深入|认真|始终|全面|紧紧|积极|扎实|紧扣|聚焦|围绕"
                               r"|持续|着力|不断|严格|切实|大力|在[县区市]委)")


# A signing body's line: a place's government, its office, a bureau or its branch, a committee.
_SIGNING_BODY = re.compile(r"[\u4e00-\u9fa5()]{2,40}?(?:人民政府|政府|办公室|办公厅|局|分局|委员会|党委|委|办|厅|院)")


def _signing_place(text: str, body_end: int, year: int | None, named) -> tuple[int, int, str] | None:
    """The place of the body that signs a document without a title: the line right above its last
    signature date (焦作市人民政府办公室 / 2019年3月12日; 成都市公安局武侯区分局 → 武侯区)."""
    dates = [m for m in _DATE_LINE.finditer(text, max(0, body_end - 400), body_end)]
    if not dates:
        return None
    at = dates[-1].start()
    above = text.rfind("\n", 0, max(0, at - 1))
    line = text[above + 1 : at].strip()
    if not _SIGNING_BODY.fullmatch(line):
        return None
    found = find_divisions(line)
    chosen = _chain_end(found, line)
    # (a party body signs under 中共 before its place: 中共上海市普陀区委全面依法治区委员会办公室 → 普陀区)
    if chosen is None or found[0][0] != (2 if line.startswith("中共") else 0):
        return None
    chosen = _branch_division(found, line, chosen)
    if not divisions.resolve(chosen[2], year, named).candidates:
        return None
    start = text.find(line, above + 1, at) + chosen[0]
    return start, start + chosen[1] - chosen[0], chosen[2]


# A development zone a title opens with: a city's name or short name, then the zone's kind.
# (an airport economic zone, 航空港经济区, 临空经济区, is one too)
# (a county-level 管理区 governed by its 管委会, as 湖南's 西洞庭管理区 and 屈原管理区, is one too)
# (a cooperation zone run by a city's 党工委 and 管委会, as 深圳's 深汕特别合作区 and 珠海's 横琴粤澳深度合作区, is one too)
# (a bonded zone governed by its own 党委 or 党工委 and 管委会, as 天津's 天津港保税区, and a national tourist resort run
# by its 党工委 and 管委会 over its own towns, as 莆田's 湄洲岛国家旅游度假区, are too)
#: The kinds of development zone a name ends with (高新区, 经济技术开发区, 新区 ...), as a regex group.
ZONE_KINDS = (r"(?:特别合作区|深度合作区|新片区|经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区|新区"
              r"|航空港经济综合实验区|航空港经济区|临空经济区|管理区|综合保税区|保税港区|保税区|国家旅游度假区|旅游度假区)")
_ZONE = re.compile(r"([\u4e00-\u9fa5]{2,4}?)(?:市|省)?" + ZONE_KINDS)
_ZONE_AFTER_CITY = re.compile(ZONE_KINDS)
# A zone's kind written bare as a report's subject (保税区, 高新区, 旅游度假区).
_BARE_KIND = re.compile(ZONE_KINDS)
# A zone named for a partnership, its place first: 广西-东盟经济技术开发区, 中新天津生态城 aside.
_JOINT_ZONE = re.compile(r"([\u4e00-\u9fa5]{2,4}?)[-—–]([\u4e00-\u9fa5]{2,6}?)" + ZONE_KINDS)


# Words that make a zone's "name" a phrase or a kind (关于推进经济开发区, 全市开发区,
# 经济技术开发区), and what follows a zone that authors the document (its bodies, a year, the subject).
_NO_ZONE_NAME = re.compile(r"关于|全|推进|加快|加强|深化|规范|建设|的|各|本|我|级|该|和|与|及|经济|技术|高新|产业|工业|保税|综合|国家|城市")
# (a zone's own report or notice: 西洞庭管理区关于履行…职责情况的报告)
_AFTER_ZONE = re.compile(r"党工委|管委会|管理委员会|[\u4e00-\u9fa5]{0,6}?(?:局|委员会|办公室|办|中心)|(?:19|20)\d{2}|法治|依法|关于")


def _zone_in_title(lead: str, year: int | None, title_start: int, raw: str, authored: bool = False):
    """("zone", name, city) when the title opens with a development zone of a named city.

    ``authored``: ``lead`` is the subject of the opening sentence, which already says the zone
    acts as the author; nothing needs to follow its name then.
    """
    match = _ZONE.match(lead) or _JOINT_ZONE.match(lead)
    if match is None:
        return None
    city = divisions.city_named(match.group(1), year)
    if (city is None and match.re is _ZONE and len(match.group(1)) == 2
            or city is not None and not city.exists_in(divisions.last_table_year())):
        # A zone named for a county-level district whose name a city long gone also bore (涪陵高新区: 重庆's
        # 涪陵区, not 四川's 涪陵市 of 1996): it lies in the city that district is now in.
        former = city or divisions.city_named(match.group(1), None)
        if former is not None and not former.exists_in(divisions.last_table_year()):
            city = divisions.city_of_county_named(match.group(1)) or city
    if city is None and (match.re is not _ZONE or _NO_ZONE_NAME.search(match.group(1))
                         or not (authored or _AFTER_ZONE.match(lead, match.end()))):
        return None
    if city is None and match.re is _ZONE and len(match.group(1)) == 4:
        # A zone named with its province's or city's short name before its own (贵州双龙航空港经济区):
        # the whole is its name, and it lies there.
        city = divisions.city_named(match.group(1)[:2], year)
    # A zone named without its city (金普新区司法局…报告) is still the author's area, at
    # county level, placed under no city.
    at = raw.find(match.group(0))
    span = (title_start + at, title_start + at + len(match.group(0))) if at >= 0 else None
    return ("zone", match.group(0), city), span


# What follows a province's or city's short name opening a title of its own (上海法治社会建设规划).
# (or the maritime safety administration's branch it names, 广东海事局2020年…报告: the branch of that province or city)
_AFTER_SHORT_NAME = re.compile(r"法治|依法|普法|(?:19|20)\d{2}|海事局")


def _city_by_short_name(lead: str, year: int | None) -> tuple[str, int] | None:
    """(full name, length of the short name) of the province or city a title opens with by its short name."""
    shorts = divisions.city_shorts()
    for size in (2, 3, 4):
        if lead[:size] in shorts and _AFTER_SHORT_NAME.match(lead, size):
            city = divisions.city_named(lead[:size], year)
            if city is not None:
                return city.name, size
    return None


def _county_after_city_short(lead: str, year: int | None) -> tuple[str, int] | None:
    """(full name, length of both short names) of the county a title names by its city's short name and its own,
    with no level word after either (河源东源产业园区 → 东源县), when that city has one county of that short name."""
    shorts = divisions.city_shorts()
    for size in (2, 3):
        if lead[:size] not in shorts:
            continue
        city = divisions.city_named(lead[:size], year)
        if city is None or city.level != "prefecture":
            continue
        head = lead[size : size + 2]
        if len(head) < 2 or lead[size + 2 : size + 3] in ("县", "区", "市", "州", "旗", "镇", "乡"):
            return None
        found = {d.name for word in ("县", "区", "市")
                 for d in divisions._candidates(head + word, year)
                 if d.level == "county" and d.prefecture == city.name}
        if len(found) == 1:
            return found.pop(), size + 2
        return None
    return None


# A title naming its place as the subject of rule of law (法治江苏建设规划, 法治福建建设规划).
_RULE_OF_PLACE = re.compile(r"法治([\u4e00-\u9fa5]{2,3}?)(?:建设|(?=\d|\())")

# A page's metadata line naming the body that published it (发布机构 盐城经济技术开发区政法委,
# 发布单位:威海市环翠区卫生健康局): the author's body when nothing else names a place.
_PUBLISHER_LINE = re.compile(r"(?:发布机构|发布单位|发文机关|发文机构|制发机构|发文单位|责任部门)[^\S\n]*[\]】]?[^\S\n]*[::]?[^\S\n]*"
                             r"([\u4e00-\u9fa5]{3,30})")
# Its source line when that names a body or a township, not a newspaper (来源:株洲市生态环境局攸县分局, 信息来源: 大岚镇).
_SOURCE_LINE = re.compile(r"(?:信息来源|文章来源|来源)[^\S\n]*[::][^\S\n]*"
                          r"([\u4e00-\u9fa5]{2,30}?(?:局|分局|人民政府|政府|委员会|办公室|街道办事处|街道|镇|乡))(?![\u4e00-\u9fa5])")


# A city, county or district named as the subject of rule of law in running text (建设更高水平法治湛江, 法治常州建设,
# 法治阎良。): its short name.
_RULE_OF_CITY = re.compile(r"法治([\u4e00-\u9fa5]{2,3}?)(?=建设|[,，。、;；”\n]|$)")
# (or as the place whose digital build-out its work joins, listed with the others: 坚持…与数字廉江、数字政府…相结合)
_DIGITAL_CITY = re.compile(r"数字([\u4e00-\u9fa5]{2,3}?)(?=建设|[,，。、;；”\n]|$)")


# (or its motto of the same shape, the city by its short name after a good it is built into: 建设幸福株洲, 建设美丽某城)
_BUILD_RULE_OF = re.compile(r"建设(?:更高水平的?|新时代)?(?:法治|幸福|美丽)(?=[\u4e00-\u9fa5]{2})")
# (what drives a city's own rule-of-law government, the city by its short name between: 推动濮阳法治政府建设)
_DRIVES_RULE_OF = re.compile(r"(?:推动|推进|助推|促进|加快)([\u4e00-\u9fa5]{2,3}?)法治(?:政府)?建设")


# (the city by its short name right after 为, the legal guarantee given it closing the clause: 为大连振兴发展新突破
# 提供了有力法治保障)
_GUARANTEED_FOR = re.compile(r"为(?:加快|推动|推进|助力|奋力|保障)?(?=[\u4e00-\u9fa5]{2,3}[^。;,，]{0,24}?提供了?[^。;,，]{0,6}?法治保障)")


# A municipality's short name standing with 法治 as its own rule of law (天津法治政府建设, 法治重庆).
_MUNICIPAL_RULE_OF_LAW = re.compile(r"(北京|天津|上海|重庆)(?=法治)|(?<=法治)(北京|天津|上海|重庆)")


def _municipality_of_own_rule_of_law(text: str, body_end: int) -> tuple[int, int, str] | None:
    """The one municipality (北京/天津/上海/重庆) whose short name a page speaking as 我市 writes with 法治 as its
    own rule of law (力求精准“把脉”天津法治政府建设); None for none or several."""
    found: dict[str, tuple[int, int]] = {}
    for match in _MUNICIPAL_RULE_OF_LAW.finditer(text, 0, body_end):
        found.setdefault(match.group() + "市", match.span())
    return _the_only(found)


def _the_only(found: dict[str, tuple[int, int]]) -> tuple[int, int, str] | None:
    """(start, end, name) of the one name ``found`` (with the span it was first read at); None for none or several."""
    if len(found) != 1:
        return None
    name, (start, end) = found.popitem()
    return start, end, name


def _zone_named_in_text(text: str, body_end: int, year: int | None):
    """(("zone", name, city), span) of the one development zone a text names with its city's short name."""
    found: dict[str, tuple[tuple[int, int], divisions.Division]] = {}
    for kind in _ZONE_IN_TEXT.finditer(text, 0, body_end):
        for size in (2, 3):
            head = text[kind.start() - size : kind.start()]
            city = divisions.city_named(head, year) if len(head) == size else None
            if city is not None and city.level == "prefecture":
                found.setdefault(head + kind.group(), ((kind.start() - size, kind.end()), city))
                break
    if len(found) != 1:
        return None
    name, (span, city) = found.popitem()
    for full, short in _ZONE_SHORT_KINDS:
        if name.endswith(full) and text.count(short, 0, body_end) > 2 * text.count(full, 0, body_end):
            # (…《珠海高新技术产业开发区…调研报告》 in a text that speaks as 高新区 throughout: the zone by the
            # name it calls itself, its city's short name and the short kind, 珠海高新区)
            name = name[: -len(full)] + short
    return ("zone", name, city), span


_ZONE_IN_TEXT = re.compile(r"经济技术开发区|高新技术产业开发区|经开区|高新区")
# A zone's short kind word alone opening a clause, its subject (。10月份,经开区举办…; 高新区坚持…).
_BARE_ZONE_SELF = re.compile(r"(?:^|(?<=[、。;；,，:：\n]))[^\S\n]*(?:经开区|高新区)(?=[\u4e00-\u9fa5])", re.M)
# A bare 新区 speaking of itself (一、新区推进…, 新区坚持…, 结合新区实际, 新区虽因…).
_BARE_NEW_ZONE_SELF = re.compile(r"(?:^|(?<=[、。;；,，:：\n]))[^\S\n]*(?:[一二三四五六七八九十]、)?新区(?:推进|坚持|始终|虽|深入|全面)"
                                 r"|结合新区实际", re.M)
# A new zone named in full (某江新区): two characters of its own before 新区.
_NEW_ZONE_NAME = re.compile(r"([\u4e00-\u9fa5]{2})新区")
_NOT_NEW_ZONE_HEAD = re.compile(r"[在到入向于的和与及各全本该级我其是为由对从新区市县省家级属设将把了合因虽]")


def _free_trade_place(text: str, body_end: int, name: str, year: int | None):
    """The province or city of a free-trade zone whose part ``name`` is, written in full with its place in brackets
    (中国(某海)自由贸易试验区某港新片区管理委员会)."""
    match = re.search(r"中国[(（]([\u4e00-\u9fa5]{2,3})[)）]自由贸易试验区" + re.escape(name), text[:body_end])
    place = divisions.city_named(match.group(1), year or divisions.last_table_year()) if match else None
    return place if place is not None and place.level in ("provincial", "prefecture") else None


def _one_place_named(found: list, year: int | None):
    """The one province or prefecture-level city the divisions ``found`` in a text name, if they name just one."""
    places = {m[2] for m in found}
    if len(places) != 1:
        return None
    # (a page with no year of its own: the place as it is today, 重庆市 the municipality, not the old prefecture)
    parent = divisions.city_named(places.pop(), year or divisions.last_table_year())
    if parent is not None and parent.level not in ("provincial", "prefecture"):
        return None
    return parent


def _new_zone_speaking(text: str, body_end: int, found: list, year: int | None):
    """(("zone", name, parent), span) of the one new zone (某江新区) a page speaking as 新区 names in full, no division;
    its parent the one province or city the page names, if just one."""
    names: dict[str, tuple[int, int]] = {}
    counts: Counter = Counter()
    for match in _NEW_ZONE_NAME.finditer(text, 0, body_end):
        head = match.group(1)
        if _NOT_NEW_ZONE_HEAD.search(head) or find_divisions(match.group()):
            continue
        names.setdefault(match.group(), match.span())
        counts[match.group()] += 1
    # (a verb before the bare 新区, 总结新区…, reads as a name once; the zone's own is written more often)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] > 1:
        return None
    name, span = ranked[0][0], names[ranked[0][0]]
    parent = _one_place_named(found, year)
    if parent is None and not found:
        parent = _zone_city_by_short_name(text, body_end, name, year)
    return ("zone", name, parent), span


def _zone_city_by_short_name(text: str, body_end: int, name: str, year: int | None):
    """The province or city whose short name the text writes right before a zone's name (《某庆两江新区管理办法》),
    when only one is so written; for a page that names no division in full."""
    heads = set()
    at = text.find(name, 0, body_end)
    while at >= 0:
        for size in (2, 3):
            city = divisions.city_named(text[at - size : at], year or divisions.last_table_year()) if at >= size else None
            if city is not None and city.level in ("provincial", "prefecture"):
                heads.add(city.name)
                break
        at = text.find(name, at + len(name), body_end)
    return divisions.city_named(heads.pop(), year or divisions.last_table_year()) if len(heads) == 1 else None
_ZONE_SHORT_KINDS = (("高新技术产业开发区", "高新区"), ("经济技术开发区", "经开区"))


def _cities_after(text: str, matches, year, found: dict) -> None:
    """Note in ``found`` the prefecture-level city whose short name (two or three characters) follows each match."""
    for match in matches:
        for size in (2, 3):
            city = divisions.city_named(text[match.end() : match.end() + size], year)
            if city is not None and city.level == "prefecture":
                found.setdefault(city.name, (match.end(), match.end() + size))
                break


def _rule_of_city(text: str, body_end: int, year: int | None) -> tuple[int, int, str] | None:
    """(start, end, name) of the one prefecture-level city a text names after 法治 (法治湛江), else None.

    Failing one, the one county-level city so named (法治义乌)."""
    found: dict[str, tuple[int, int]] = {}
    towns: dict[str, tuple[int, int]] = {}
    digital = _DIGITAL_CITY.finditer(text, 0, body_end) if "数字" in text else ()
    for match in (*_RULE_OF_CITY.finditer(text, 0, body_end), *digital):
        city = divisions.city_named(match.group(1), year)
        if city is not None and city.level == "prefecture":
            found.setdefault(city.name, match.span(1))
        elif city is None:
            # a county-level city by its short name (法治义乌、平安义乌), the one county-level 市 of that name
            same = {d.name for d in divisions._candidates(match.group(1) + "市", year) if d.level == "county"}
            if len(same) == 1:
                towns.setdefault(same.pop(), match.span(1))
    if not found:
        # (建设法治某城 with more words after the name: 为建设法治吕梁作出新的贡献)
        _cities_after(text, _BUILD_RULE_OF.finditer(text, 0, body_end), year, found)
    if not found and "法治" in text:
        # (the city by its short name before its own rule-of-law government, after what drives it: 推动濮阳法治政府
        # 建设不断进步, 助推某城法治建设)
        for match in _DRIVES_RULE_OF.finditer(text, 0, body_end):
            city = divisions.city_named(match.group(1), year)
            if city is not None and city.level == "prefecture":
                found.setdefault(city.name, match.span(1))
    if not found and "法治保障" in text:
        # (the city by its short name right after the 为 of the legal guarantee given it: 为大连振兴发展新突破提供了
        # 有力法治保障, 为加快某城高质量发展提供…法治保障)
        _cities_after(text, _GUARANTEED_FOR.finditer(text, 0, body_end), year, found)
    if not found and len(towns) == 1:
        found = towns
    return _the_only(found)


# The statistics bureau's survey team named by its province's or city's short name (国家统计局襄阳调查队).
_SURVEY_TEAM_PLACE = re.compile(r"国家统计局([\u4e00-\u9fa5]{2,3}?)(?:调查总队|调查队)")


# The central bank's branch of a city, named after it (人行某某支行, 中国人民银行某某市中心支行): a county-level city's
# branch is a 支行, a prefecture's a 中心支行.
_BANK_BRANCH = re.compile(r"(?:人行|人民银行)([\u4e00-\u9fa5]{2,3}?)市?(中心)?支行")


def _bank_branch_city(text: str, body_end: int, year: int | None) -> tuple[int, int, str] | None:
    """(start, end, name) of the one city whose central-bank branch a 市's untitled page names, else None
    (市公安局、…、人行某某支行7个单位作履职报告: the branch of the page's own city)."""
    found: dict[str, tuple[int, int]] = {}
    for match in _BANK_BRANCH.finditer(text, 0, body_end):
        if match.group(2):
            city = divisions.city_named(match.group(1), year)
            names = {city.name} if city is not None and city.level == "prefecture" else set()
        else:
            names = {d.name for d in divisions._candidates(match.group(1) + "市", year) if d.level == "county"}
        if len(names) == 1:
            found.setdefault(names.pop(), match.span(1))
    return _the_only(found)


def _publisher_place(text: str, body_end: int, body: list[tuple[int, int, str]]):
    """((kind, name, parent), span) of the division or zone a page's publisher line names, or None.

    Only when the text names no other place outside that line than the line's own (``body``: the places
    found before ``body_end``). The line is a publisher's field or, failing that, a source line naming a body.
    """
    match = _PUBLISHER_LINE.search(text, 0, min(body_end, 1500)) or _SOURCE_LINE.search(text, 0, min(body_end, 1500))
    if match is None:
        return None
    name, start = match.group(1), match.start(1)
    found = find_divisions(name)
    own = {f[2] for f in found}
    # (the text may name the publisher's own places again, 丰都县 of 丰都县栗子乡人民政府, but no other)
    if any(m[2] not in own for m in body if not match.start(1) <= m[0] < match.end(1)):
        return None
    zoned = _zone_after_province(name, start) or _zone_in_title(name, None, start, name)
    if zoned is not None and zoned[0][2] is not None:
        return zoned[0], zoned[1]
    chosen = _chain_end(found, name) if found and found[0][0] == 0 else None
    # A township's body (丰都县栗子乡人民政府), or the township alone (大岚镇): the township's.
    town = _PUBLISHING_TOWNSHIP.match(name, chosen[1] if chosen else 0)
    bare = _BARE_TOWNSHIP.fullmatch(name, chosen[1] if chosen else 0)
    town_name = _clean_township(town.group(1)) if town else (bare.group() if bare else None)
    if town_name and divisions.township(town_name):
        at = start + name.find(town_name)
        return ("township", town_name, None), (at, at + len(town_name))
    if not found and divisions.is_national_body(name, whole=True):
        # (来源:中华人民共和国海事局 over a page naming no place: a national body's own page, the nation's)
        return ("national", None, None), (start, start + len(name))
    if chosen is None:
        return None
    chosen = _branch_division(found, name, chosen)
    return ("division", chosen[2], None), (start + chosen[0], start + chosen[1])


def _zone_after_province(name: str, start: int):
    """The zone of a city a publisher's name writes after its province's short name (内蒙古阿拉善高新技术产业开发区
    管理委员会, 河北某山某台经济开发区…), when that city lies in that province; else None."""
    for size in (2, 3):
        province = divisions.city_named(name[:size]) if name[:size] in divisions.city_shorts() else None
        if province is None or province.level != "provincial" or province.name in DIRECT_MUNICIPALITIES:
            continue
        zoned = _zone_in_title(name[size:], None, start + size, name[size:])
        city = zoned[0][2] if zoned is not None else None
        if city is not None and city.level == "prefecture" and city.province == province.name:
            return zoned
    return None


_BARE_TOWNSHIP = re.compile(r"[\u4e00-\u9fa5]{1,6}?(?:街道|民族乡|镇|乡)")
# (after its county's name: 丰都县栗子乡人民政府)
_PUBLISHING_TOWNSHIP = re.compile(_TOWNSHIP_AND_BODY)


_NUMBER_YEAR = re.compile(r"[〔\[(]((?:19|20)\d{2})[〕\])]")


# A title led by a body of a bare level (区政府办…报告, 县司法局关于…的报告, 市委依法治市办…).
_BARE_LEVEL_OPENING = re.compile(
    r"(?m)^[^\S\n]*(?:19|20)\d{2}年(?:度|以来)?[,,][^\S\n]*(?:在[^。;;\n]{2,60}?(?:领导|指导)下[,,][^\S\n]*)?"
    r"([县区])(?:人民政府|政府|委)?[\u4e00-\u9fa5]{0,10}?(?:办公室|办|局|委员会)"
    r"(?=坚持|深入|认真|始终|全面|紧紧|积极|扎实|紧扣|聚焦|围绕|持续|在|以)")
_BARE_LEVEL_TITLE = re.compile(r"^(?:中共)?([县区])(?:人民政府|政府|委)?[\u4e00-\u9fa5]{0,10}?(?:办公室|办|局|委员会)"
                               r"(?=关于|(?:19|20)\d\d|法治|依法)")


# A body right after a division's name in a headline (某县司法局获…, 某市人民政府召开…).
_BODY_AFTER_DIVISION = re.compile(r"(?:人民政府|政府|[\u4e00-\u9fa5]{1,10}?(?:局|厅|委员会|办公室|人民法院|人民检察院))")


# A place's unit honoured in the clause after a decision's title (,某市某镇某村入选第九批…, ,某区某镇某村被命名为…).
# (one place's unit alone: places listed with 、, 某市、某县被命名为…, are a province's or the nation's roll)
_HONOURED_IN_CLAUSE = re.compile(r"[^,，。;；、\n]{0,24}?(?:入选|被命名为|被评为|被确认为|获评|荣获|榜上有名)")


def _honoured_place(text: str, lead_end: int, body_end: int, found) -> tuple[int, int, str] | None:
    """The place whose unit a news lead's decision honours, in a clause of the lead's sentence after the decision's
    title, when that place is named again after the sentence: its lowest division above the townships (某市某镇某村 →
    某市)."""
    close = text.find("》", lead_end, min(body_end, lead_end + 120))
    stop = text.find("。", close, min(body_end, close + 160)) if close >= 0 else -1
    if stop < 0:
        return None
    for index, (a, b, name) in enumerate(found):
        if a <= close or a >= stop:
            continue
        if text[a - 1 : a] not in (",", "，") or _HONOURED_IN_CLAUSE.match(text, b) is None:
            continue  # (a place inside the title conferred, “某省民主法治示范村”, or in a clause of no honour)
        chain, last = [], a
        for c_a, c_b, c_name in found[index:]:
            if c_a != last:
                break
            chain.append((c_a, c_b, c_name))
            last = c_b
        above = [(c_a, c_b, c_name) for c_a, c_b, c_name in chain
                 if (named := divisions.divisions_named(c_name)) and all(d.level != "township" for d in named)]
        if not above or text.find(above[-1][2], stop, body_end) < 0:
            return None
        return above[-1]
    for a, b, name in found:
        if a <= close or a >= stop:
            continue
        if text[a - 1 : a] not in (",", "，"):
            continue
        # (a city's counties listed, the first after its city's name, then their honour: ,某市甲县、乙区和丙区获批建设…;
        # the city's news when a bare body of the city speaks after the sentence, 下一步,市知识产权局将…; round 258)
        listed = _COUNTIES_LISTED.match(text, b)
        if listed is None or not any(d.level == "prefecture" for d in divisions.divisions_named(name)):
            return None
        if _CITY_BODY_AFTER.search(text, stop, body_end) is None:
            return None
        return a, b, name
    return None


# A city's counties listed after its name, then their honour (某市甲县、乙区和丙区获批建设…试点县).
_COUNTIES_LISTED = re.compile(r"(?:[一-龥]{1,6}?[县区市旗][、和及]){1,8}[一-龥]{1,6}?[县区市旗]"
                              r"(?:入选|被命名为|被评为|被确认为|获评|获批|成功获批)")
# A bare body of the city speaking (下一步,市知识产权局将…).
_CITY_BODY_AFTER = re.compile(r"(?<![一-龥])市[一-龥]{1,10}?(?:局|委|办)(?=将|要|还将|积极|持续)")


def _headline_body(text: str, begin: int, found) -> tuple[int, int, str] | None:
    """A division whose body a short headline line above ``begin`` names (优秀!某县司法局获全国表彰)."""
    for start, end, name in found:
        if end > begin:
            break
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", end)
        line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
        if len(line) <= 40 and ":" not in line and _BODY_AFTER_DIVISION.match(text, end):
            return start, end, name
    return None


# A title's opening saying it carries out what follows (关于贯彻落实…, 关于落实…).
_CARRIED_OUT_BEFORE = re.compile(r"^关于(?:认真|深入|全面)?(?:贯彻落实|贯彻执行|贯彻|落实|执行)$")


def city_district_as_word(city: str, after: str, year: int | None) -> divisions.Division | None:
    """The district of ``city`` whose name is also a common word (市中区, 城区) when ``after`` (the words right after the
    city's name) opens with it: 某市市中区… names the district, not the city."""
    common = next((w for w in COMMON_WORDS if after.startswith(w)), None)
    child = divisions.resolve(common, year, (city,)).division if common is not None else None
    return child if child is not None and child.prefecture == city else None


# A page that never names its place still says at which level it is written: of itself (我县, 全县, 本镇), by a
# template's mask (某市, XX县), and by its own bodies written bare (县委、县政府, 由市司法局). 市场, 区域, 省份, 市民 are
# no place; 社区委, 园区委 no district's body.
# (a street office calls itself 全街, 我街 as well as 全街道: a township's words, 街区 and 街巷 are none)
_SELF_LEVEL = re.compile(r"(?:[我全本某]|XX|xx|××|＊＊|\*\*|○○)(省|自治区|市|州|盟|县|区|旗|镇|乡|街道|街(?![区头巷面边坊景市]))"
                         r"(?![场域份级内外界民直属])")
# (and a department written bare heading its own report, 区卫生健康委关于2025年…报告, 县教育局2024年法治…: its level)
_BARE_BODY_LEVEL = re.compile(r"(?<![社园小景辖城])(省|市|州|盟|县|区|旗|镇|乡|街道)"
                              r"(?:委|政府|人民政府|党委|党工委|办事处|人大|政协|司法局|司法厅|法制办|依法治"
                              r"|[\u4e00-\u9fa5]{2,8}?[局委](?=关于(?:19|20)\d{2}年|(?:19|20)\d{2}年度?(?:法治|依法))"
                              # (or opening its report as its subject, its party committee acting: 2025年,区交通局党委深入…)
                              r"|[\u4e00-\u9fa5]{2,8}?局(?:党委|党组)(?=深入|坚持|始终|认真|全面|紧紧|扎实))")
# (and the speaker of a leader's 述法 report by his office, 我作为区林业局主要负责人, 本人作为县教育局局长: his body's
# level, as a bare body heading the report names it)
_SPEAKER_OFFICE_LEVEL = re.compile(r"作为(省|市|州|县|区|旗|镇|乡|街道)[\u4e00-\u9fa5]{1,10}?(?:局|委|办|厅|政府|办事处)"
                                   r"(?:的)?(?:主要负责人|主要领导|党组书记|党委书记|党工委书记|局长|主任|一把手)")
#: The level a division's kind word names (省, 自治区, 市, 州, 盟, 县, 区, 旗, 镇, 乡, 街道): a bare body's, a masked
#: place's (XX县), a page's words for itself (全县).
LEVEL_OF_WORD = {"省": "provincial", "自治区": "provincial", "市": "prefecture", "州": "prefecture", "盟": "prefecture",
                 "县": "county", "区": "county", "旗": "county", "镇": "township", "乡": "township", "街道": "township"}
_LEVELS_DOWN = ("provincial", "prefecture", "county", "township")


def _self_level_counts(text: str, end: int, skip: str = "") -> tuple[Counter, dict[str, tuple[int, int]]]:
    """How often a page speaks of itself at each level, and where first (``skip``: level words that are not it)."""
    counts: Counter = Counter()
    first: dict[str, tuple[int, int]] = {}
    for match in _SELF_LEVEL.finditer(text, 0, end):
        if match.group(1) in skip:
            continue
        level = LEVEL_OF_WORD.get(match.group(1), "township")  # (街: a street office's)
        counts[level] += 2
        first.setdefault(level, match.span())
    for match in _BARE_BODY_LEVEL.finditer(text, 0, end):
        before = text[match.start() - 1] if match.start() else ""
        if "\u4e00" <= before <= "\u9fa5" and before not in "在由和与及" or match.group(1) in skip:
            continue
        level = LEVEL_OF_WORD[match.group(1)]
        counts[level] += 1
        first.setdefault(level, match.span())
    for match in (_SPEAKER_OFFICE_LEVEL.finditer(text, 0, end) if "作为" in text else ()):
        if match.group(1) in skip:
            continue
        level = LEVEL_OF_WORD[match.group(1)]
        counts[level] += 2
        first.setdefault(level, match.span(1))
    return counts, first


def unnamed_level(text: str, end: int | None = None) -> tuple[str, tuple[int, int]] | None:
    """The level a page that names no place is written at, and where it first says so; None if it never does.

    Each time the page speaks of itself (我县, 全县, 本镇, 某县) counts twice, each of its bodies written bare once
    (after a non-Han character or 在, 由, 和, 与, 及, 、: 县委 in 在县委、县政府领导下; not 社区委). The lowest level counted
    at least twice and at least half as often as the most counted wins: a county writes of its province and city
    (全省, 市委), a province never of 全县. Of the held-out pages stored (rounds 2–93), it gave a level to the 27 the
    tool found no place in, 25 rightly; run on all 436 with a level in their gold, as if placeless, 87 % of its
    answers were right (a county-level city's 全市 reads as a city's).
    """
    counts, first = _self_level_counts(text, len(text) if end is None else end)
    if not counts:
        return None
    most = max(counts.values())
    for level in reversed(_LEVELS_DOWN):
        if counts[level] >= max(2, most / 2):
            return _county_level_city(text, level), first[level]
    level = counts.most_common(1)[0][0]
    return _county_level_city(text, level), first[level]


# A city's own towns and streets as the units right below it (全市36个部门、各镇(街), 镇(街道)), and the counties a
# prefecture's city would name instead (各县(市、区), 县区).
_CITY_TOWNS = re.compile(r"镇[(（]街道?[)）]|各镇街")
_CITY_COUNTIES = re.compile(r"县[(（][市区]|各县|县区|区县|县市区|县级")


def _county_level_city(text: str, level: str) -> str:
    """A placeless page speaking as a city (我市, 全市) whose units right below are its towns and streets (各镇(街))
    and never its counties is a county-level city's: county."""
    if level == "prefecture" and _CITY_TOWNS.search(text) and not _CITY_COUNTIES.search(text):
        return "county"
    return level


# A title led by an industrial park's managing committee (某某工业园区南区管理委员会2023年度…报告).
_PARK_TITLE = re.compile(r"[\u4e00-\u9fa5]{2,10}?(?:工业园区|产业园区|工业集中区|产业集聚区)[\u4e00-\u9fa5]{0,3}?"
                         r"(?:管理委员会|管委会)(?:19|20)\d{2}年")


#: A managing committee opening an untitled report as its subject (2024年,某源山管委会坚持…).
OPENING_COMMITTEE = re.compile(r"(?:^|\n)[^\S\n]*(?:19|20)\d{2}年(?:度|以来)?[,，][^\S\n]*"
                                r"((?![省市县区州自各全本我])[\u4e00-\u9fa5]{2,6}?管委会)(?=坚持|始终|深入|认真|全面|紧紧|围绕|以)")
# The province's work and the city's followed together, and no county's (依法治省、市工作的要求, 省委、市委部署).
_PROVINCE_AND_CITY = re.compile(r"省、市(?!、?[县区])|省委、市委(?!、[县区]委)")


def below_province(text: str, end: int, province: Division) -> tuple[str, tuple[int, int]] | None:
    """The lower level a page read as its province's speaks at when it is a county's or a city's that never names itself.

    A county bureau's report cut from its header names only its province (对江苏工作重要讲话精神, 《安徽省…办法》) and
    speaks of itself as 全县, 县委、县政府: written at the level it speaks of at least four times (self words twice,
    bare bodies once) and twice as often as of the province. A region's 全区 and a municipality's 全市 are the
    province's own. On the stored held-out pages read as a province's, it moved the four that were a county's or a
    city's and none of the 50 that were the province's.
    """
    skip = "区" if province.name.endswith("自治区") else "市" if province.name in DIRECT_MUNICIPALITIES else ""
    counts, first = _self_level_counts(text, end, skip)
    for level in reversed(_LEVELS_DOWN[1:]):
        if counts[level] >= 4 and counts[level] >= 2 * counts["provincial"]:
            return level, first[level]
    # A province named only inside cited titles (《广东省法治政府建设实施纲要…》) and as the place a leader's speeches
    # are on (对广东系列重要讲话), by a page that speaks of itself at a lower level at least twice and never of the
    # province: that lower level's page, not the province's.
    if not counts["provincial"] and _province_only_cited(text, end, province):
        for level in reversed(_LEVELS_DOWN[1:]):
            if counts[level] >= 2:
                return level, first[level]
    return None


def below_cited_county(text: str, end: int, county: Division) -> tuple[str, tuple[int, int]] | None:
    """The township level an untitled page read as its county's speaks at when it names the county only in the titles
    it cites (根据《某县…工作规定的通知》要求,现将我镇…报告如下): a township's report that never names itself, speaking
    of itself as 我镇/全镇 at least twice and never of 全县/县委."""
    counts, first = _self_level_counts(text, end)
    if counts["township"] < 4 or counts["county"]:
        return None
    at = text.find(county.name, 0, end)
    if at < 0:
        return None
    while at >= 0:
        open_at = text.rfind("《", 0, at)
        if open_at < 0 or "》" in text[open_at:at] or "\n" in text[open_at:at]:
            return None
        at = text.find(county.name, at + len(county.name), end)
    return "township", first["township"]


# A leader's speeches on a province (对广东系列重要讲话, 对江苏工作重要讲话): the province spoken of, not the author.
_SPEECH_ON_PLACE_AFTER = re.compile(r"[\u4e00-\u9fa5、]{0,10}?(?:讲话|指示)")
# A province's school or learning platform a page's staff study on (通过辽宁省干部在线学习平台, 辽宁省…网络学院):
# the place of the platform, not the author.
_PLATFORM_AFTER_PLACE = re.compile(r"[\u4e00-\u9fa5]{2,14}?(?:学习平台|学院|学校)(?=[^\u4e00-\u9fa5]|[等和与及])")


# A municipality named by its short name as its own: the place a leader inspected or spoke on (视察重庆重要讲话,
# 对上海工作的重要指示, 对天津工作“三个着力”重要要求), its own rule of law or new era (法治重庆, 新重庆), its own conditions (结合北京实际), or the
# development the report's work guarantees (为上海经济社会发展提供坚强法治保障).
_OWN_MUNICIPALITY = re.compile(r"(?:(?:视察|考察|对)(北京|天津|上海|重庆)(?=[\u4e00-\u9fa5、“”]{0,12}?(?:讲话|指示|要求))"
                               r"|(?:法治|平安|新)(北京|天津|上海|重庆)|(北京|天津|上海|重庆)实际"
                               r"|为(北京|天津|上海|重庆)(?=[^,，。;；:：\n]{0,20}?发展提供[^,，。;；:：\n]{0,12}?保障))")


def _own_municipality(text: str, end: int) -> tuple[int, int, str] | None:
    """(start, end, name) of the one municipality (直辖市) a text names by its short name as its own, when the text
    names no other province; else None."""
    found: dict[str, tuple[int, int]] = {}
    for match in _OWN_MUNICIPALITY.finditer(text, 0, end):
        group = next(i for i in (1, 2, 3, 4) if match.group(i))
        found.setdefault(match.group(group) + "市", match.span(group))
    if len(found) != 1:
        return None
    pattern, by_name = _province_pattern()
    name = next(iter(found))
    if any(by_name[m.group()].name != name for m in pattern.finditer(text, 0, end)):
        return None
    start, stop = found[name]
    return start, stop, name


def _province_only_cited(text: str, end: int, province: Division) -> bool:
    """Whether every mention of ``province`` before ``end`` is inside a 《》 title, a speech on it (对广东…讲话) or a school's
    or learning platform's name (辽宁省干部在线学习平台)."""
    names = {province.name, province.short} if province.short else {province.name}
    opened = 0
    for name in names:
        at = text.find(name, 0, end)
        while at >= 0:
            opened += 1
            open_at = text.rfind("《", 0, at)
            in_title = open_at >= 0 and "》" not in text[open_at:at] and "\n" not in text[open_at:at]
            spoken_of = text[at - 1 : at] == "对" and _SPEECH_ON_PLACE_AFTER.match(text, at + len(name)) is not None
            platform = _PLATFORM_AFTER_PLACE.match(text, at + len(name)) is not None
            if not (in_title or spoken_of or platform):
                return False
            at = text.find(name, at + len(name), end)
    return opened > 0


# A government's document drafted by a bare body of the page (组织起草《X》(以下简称《决定》)) or explained
# (…印发了《X》,现将有关政策解读如下).
_DRAFTED_OR_EXPLAINED = re.compile(r"起草了?《([^《》\n]{4,90})》[((]以下简称|印发了?《([^《》\n]{4,90})》[^\n]{0,200}?解读如下")


# A reposted item's original headline on a line of its own (原标题:河南:全省教育系统…启动).
_ORIGINAL_HEADLINE = re.compile(r"(?m)^[^\S\n]*原标题[:：][^\S\n]*([^\n]{6,80}?)[^\S\n]*$")
# A text speaking at a province's level (全省, 省教育厅, 省委).
_PROVINCE_SPEAKING = re.compile(r"全省|(?<![\u4e00-\u9fa5])省[委政教司人]|[,、。]省[\u4e00-\u9fa5]{1,6}?厅")
# A document's masthead on a line of its own (某市某区教育局文件, 某县人民政府办公室文件): the issuing body's name, then 文件.
_MASTHEAD = re.compile(r"(?m)^[^\S\n]*([\u4e00-\u9fa5]{2,30}?(?:局|厅|委|委员会|政府|办公室|办公厅|办))[^\S\n]*文件[^\S\n]*$")


def _pick_jurisdiction(text, title, title_span, year, found, body_end):
    named = tuple(dict.fromkeys(name for _, _, name in found))
    if title and not title_span and "原标题" in text:
        # A reposted item's original headline (原标题:某省:…, 原标题:某县召开…): the place it opens on is the page's,
        # a province by its short name before a colon when the text speaks at a province's level (省教育厅, 全省).
        original = _ORIGINAL_HEADLINE.search(text)
        if original is not None:
            raw = original.group(1)
            inner = find_divisions(raw)
            end = _chain_end(inner, raw) if inner else None
            if end is not None and end[0] == 0:
                at = original.start(1)
                return ("division", end[2], None), (at + end[0], at + end[1]), named
            pattern, by_name = _province_pattern()
            short = pattern.match(raw)
            if (short is not None and raw[short.end() : short.end() + 1] in ":：" and _PROVINCE_SPEAKING.search(text)):
                at = original.start(1)
                return ("division", by_name[short.group()].name, None), (at, at + short.end()), named
    if not title and ("起草" in text[:600] or "解读如下" in text[:600]):
        # An untitled page on a government's document its own bare body drafted or that it explains (区司法局组织
        # 起草《某市某区人民政府关于…的决定》(以下简称《决定》); 某市人民政府于…印发了《X》,现将有关政策解读如下):
        # the place of that government, when the text speaks at its level (区司法局, 区政府, 我区), not a city named
        # first in a title of its grounds (根据《某市…领导小组办公室关于…的通知》).
        drafted = _DRAFTED_OR_EXPLAINED.search(text, 0, min(body_end, 600))
        raw = (drafted.group(1) or drafted.group(2)) if drafted is not None else ""
        inner = find_divisions(raw) if raw else []
        end = _chain_end(inner, raw) if inner else None
        word = end[2][-1] if end is not None else ""
        if word and raw.startswith(("人民政府", "政府"), end[1]) and any(
                w in text[:body_end] for w in ("我" + word, word + "政府", word + "委", word + "司法局")):
            at = drafted.start(1) if drafted.group(1) else drafted.start(2)
            return ("division", end[2], None), (at + end[0], at + end[1]), named
    if title and title_span and title.startswith("关于") and "文件" in text[max(0, title_span[0] - 200) : title_span[0]]:
        # A document's masthead above a title that names no issuer (常州市武进区教育局文件 / 武教督〔2012〕6号 /
        # 关于开展2012年度常州市…评比工作的通知): the masthead's body issued it, the place it names is the author's,
        # not a place the title's subject names (round 264, 武进).
        masthead = None
        for masthead in _MASTHEAD.finditer(text, max(0, title_span[0] - 200), title_span[0]):
            pass
        inner = find_divisions(masthead.group(1)) if masthead is not None else []
        end = _chain_end(inner, masthead.group(1)) if inner else None
        if end is not None:
            at = masthead.start(1)
            return ("division", end[2], None), (at + end[0], at + end[1]), named
    if title and title_span:
        raw = text[title_span[0] : title_span[1]]
        own = _strip_nested(raw)
        in_title = find_divisions(own)
        if not in_title and raw.startswith("《") and _EXPLAINS_ONE.fullmatch(WHITESPACE.sub("", raw)):
            # (《重庆市永川区人民政府关于印发…的通知》政策解读: an explanation's headline, all of it the title it
            # explains: the place of that title's issuer, when the text speaks at its level, 我区 or 区政府)
            inner = find_divisions(raw)
            end = _chain_end(inner, raw) if inner else None
            word = end[2][-1] if end is not None else ""
            if word and any(w in text[:body_end] for w in ("我" + word, word + "政府", word + "委")):
                own, in_title = raw, inner
        if in_title and own.startswith("关于"):
            # (关于贯彻落实山西省…实施方案的通知, its plan unmarked: the place is the plan's, whose notice
            # carries it out below; not the author's)
            in_title = [d for d in in_title if not _CARRIED_OUT_BEFORE.search(own, 0, d[0])]
        lead = re.sub(r"^(中共|关于|(19|20)\d{2}年度?)+", "", WHITESPACE.sub("", own))
        if not in_title and _ISSUING_ONLY.fullmatch(lead):
            # 关于印发《银川市西夏区2020年…实施方案》的通知, its issuer unnamed: the plan it issues
            # is the place's own (a notice forwarding another's, 转发, names the other).
            own = raw
            in_title = find_divisions(own)
            if not in_title:
                # (关于印发《某某街道“法治某某”建设三年行动计划》的通知: a township's plan, its name opening the title)
                lead = _carried_lead(raw) or lead
        elif "关于印发" in lead:
            issuer = _PLACE_ONLY_ISSUER.fullmatch(lead)
            carried = _carried_lead(raw) if issuer is not None else None
            town = _TOWNSHIP_IN_TITLE.match(carried) if carried else None
            if town is not None and divisions.township(town.group(1)) is not None:
                # 上海某某关于印发《某某街道…行动计划》的通知: a site's place words, no body, before a township's
                # plan: the township's (a body that issues, 某市人民政府关于印发, keeps its place)
                own, lead, in_title = raw, carried, []
        chosen = _chain_end(in_title, own)
        if chosen is not None:
            chosen = _branch_division(in_title, own, chosen)
            span = (title_span[0] + chosen[0], title_span[0] + chosen[1])
            # (鲤城区人民政府金龙街道办事处: the street office of the county's government.)
            rest = re.sub(r"^(中共|关于|(19|20)\d{2}年度?|人民政府|政府)+", "", WHITESPACE.sub("", own[chosen[1] :]))
            zone_kind = _ZONE_AFTER_CITY.match(rest) if chosen[2].endswith("市") else None
            if zone_kind is not None:  # 珠海市高新区: the city's zone
                city = divisions.city_named(chosen[2], year)
                if city is not None:
                    name = chosen[2] + zone_kind.group(0)
                    return ("zone", name, city), (title_span[0] + chosen[0], title_span[0] + chosen[1]), named
            named_zone = _ZONE.match(rest) if chosen[2].endswith("市") else None
            if (named_zone is not None and not _NO_ZONE_NAME.search(named_zone.group(1))
                    and _AFTER_ZONE.match(rest, named_zone.end())
                    and not find_divisions(named_zone.group(1))):
                # 重庆市万盛经开区机关事务中心: the city's zone named after it, no division of its own
                city = divisions.city_named(chosen[2], year)
                at = title_span[0] + chosen[1] + own[chosen[1]:].find(named_zone.group(0))
                if not own[chosen[0] : chosen[1]].endswith("市"):
                    # 天津滨海高新区: the city's short name written into the zone's own name (its 市 written,
                    # 深圳市大鹏新区, stays the city's)
                    at = title_span[0] + chosen[0]
                    return ("zone", own[chosen[0] : chosen[1]] + named_zone.group(0), city), (at, at + chosen[1] - chosen[0] + len(named_zone.group(0))), named
                return ("zone", named_zone.group(0), city), (at, at + len(named_zone.group(0))), named
            district = city_district_as_word(chosen[2], rest, year) if chosen[2].endswith("市") else None
            if district is not None:
                # 某市市中区2024年度…报告: the city's district whose name is also a word (the scan of the text
                # leaves such names out), not the city
                common = district.name
                at = title_span[0] + chosen[1] + own[chosen[1]:].find(common)
                return ("division", common, None), (at, at + len(common)), named + (chosen[2],)
            town = _TOWNSHIP_IN_TITLE.match(rest)
            if town and divisions.township(town.group(1)) is not None:
                at = raw.find(town.group(1))
                return ("township", town.group(1), chosen[2]), (title_span[0] + at, title_span[0] + at + len(town.group(1))), named
            return ("division", chosen[2], None), span, named
        zoned = _zone_in_title(lead, year, title_span[0], raw)
        if zoned is not None:
            zone = zoned[0]
            if zone[2] is None:
                # 某港新片区管委会2020年…报告 with no city before the zone, on a page that names one province or
                # city (《某海市法治政府建设规划》): the zone lies there, and its 市委、市政府 are that city's
                parent = _one_place_named(found, year) or _free_trade_place(text, body_end, zone[1], year)
                if parent is not None:
                    zone = ("zone", zone[1], parent)
            return zone, zoned[1] or title_span, named
        town = _TOWNSHIP_IN_TITLE.match(lead) or _REGIMENT_IN_TITLE.match(lead)
        if town and divisions.township(town.group(1)) is not None:
            at = raw.find(town.group(1))
            return ("township", town.group(1), None), (title_span[0] + at, title_span[0] + at + len(town.group(1))), named
        street = _STREET_IN_TITLE.match(lead)
        if street and any(street.group(1) + body in text for body in ("党工委", "办事处", "道")):
            at = raw.find(street.group(1))
            return ("township", street.group(1), None), (title_span[0] + at, title_span[0] + at + len(street.group(1))), named
        branch = divisions.branch_place(lead)
        if branch is not None:
            # 国家金融监督管理总局某市监管分局2023年…报告, 国家统计局某县调查队…: a vertical service's branch named by its
            # place after its headquarters, that place's, not the nation's
            at = raw.find(lead[branch[1] : branch[2]])
            return ("division", branch[0].name, None), (title_span[0] + at, title_span[0] + at + branch[2] - branch[1]), named
        if divisions.is_national_body(lead):
            return ("national", None, None), title_span, named
        if _UNNAMED_PROVINCE_LEAD.match(lead):
            # 省委、省政府转发《…》 on a page that never names the province in its title:
            # the province its text names most (法治云南, 结合云南实际).
            province = _province_named(text[:body_end])
            if province is not None:
                return ("division", province.name, None), title_span, named
        county = _county_after_city_short(lead, year)
        if county is not None:
            # 河源东源产业园区管委会…报告: a park the title names by its city's and its county's short names (no zone
            # kind), the county's
            at = raw.find(lead[: county[1]])
            return ("division", county[0], None), (title_span[0] + at, title_span[0] + at + county[1]), named
        city = _city_by_short_name(lead, year)
        if city is not None:  # 上海法治社会建设规划: a province or city by its short name
            at = raw.find(lead[: city[1]])
            return ("division", city[0], None), (title_span[0] + at, title_span[0] + at + city[1]), named
        rule_of = _RULE_OF_PLACE.match(lead)
        place = divisions.city_named(rule_of.group(1), year) if rule_of else None
        if place is not None:  # 法治江苏建设规划: the province whose rule of law it plans
            at = raw.find(rule_of.group(1))
            return ("division", place.name, None), (title_span[0] + at, title_span[0] + at + len(rule_of.group(1))), named
        # A name that is also a common word (市中区, 城区) is the division when the title opens with it.
        common = next((w for w in _COMMON_WORDS if lead.startswith(w)), None)
        if common is not None and divisions.resolve(common, year, named).candidates:
            at = raw.find(common)
            return ("division", common, None), (title_span[0] + at, title_span[0] + at + len(common)), named
    # (without a title, from the first paragraph: a site's menu of short lines may stand above it)
    first = None if title_span else _FIRST_PARAGRAPH.search(text, 0, min(body_end, 4000))
    begin = title_span[1] if title_span else (first.start() if first else 0)
    issued = _NATIONAL_NEWS_LEAD.search(text, begin, min(body_end, begin + 300)) if title_span is None else None
    honoured = _honoured_place(text, issued.end(), body_end, found) if issued is not None else None
    if honoured is not None:
        # a news item on a naming decision whose own lead names the one place honoured in it and speaks of that
        # place again (近日,司法部、民政部印发《…决定》,某市某镇某村入选…。…某市共有4个村…): that place's news, not
        # the issuer's
        return ("division", honoured[2], None), (honoured[0], honoured[1]), named
    opening = _opening_subject(text, begin, body_end)
    if opening is not None:
        return opening[0], opening[1], named
    department = _department_opening(text, begin, body_end) if title_span is None else None
    if department is not None:
        return department[0], department[1], named
    signer = _leader_byline(text, title_span[1] if title_span else 0, body_end)
    if signer is not None:
        return signer[0], signer[1], named
    chained = _addressed_township(text, begin, body_end, found) if title_span is None else None
    if chained is not None:
        return chained[0], chained[1], named
    lead = _NATIONAL_NEWS_LEAD.search(text, begin, min(body_end, begin + 300))
    if lead is not None and divisions.is_national_body(lead.group(1)):
        # (a headline above the lead naming a division's body, 某县司法局获全国表彰: the news is of that body,
        # the national body only issued the decision that praises it)
        praised = _headline_body(text, begin, found)
        if praised is not None:
            return ("division", praised[2], None), (praised[0], praised[1]), named
        # a news item on a national body's document (本报讯 近日,中共中央、国务院印发了《…》)
        return ("national", None, None), lead.span(1), named
    held = _MEETING_LEAD.search(text, begin, min(body_end, begin + 300))
    host = _subject_place(text, body_end, held.group(1), held.span(1), "") if held else None
    if host is None and held is not None and held.group(1).endswith("分局"):
        host = _lead_branch(held.group(1), held.start(1), found)
    if host is not None:
        # a news item whose place holds the meeting (10月20日,某县某镇召开…推进会): that place, a township
        # before the county it lies in
        attended = _attending_county(text, held.end(), body_end, host[0], year)
        if attended is not None:
            return ("division", attended[2], None), (attended[0], attended[1]), named
        return host[0], host[1], named
    town = _township_author(text, body_end)
    if town is not None:
        return ("township", town[2], None), (town[0], town[1]), named
    signed = _signing_place(text, body_end, year, named)
    if signed is not None:
        return ("division", signed[2], None), (signed[0], signed[1]), named
    intro = _intro_subject(text, title_span[1] if title_span else 0, body_end)
    if intro is not None:
        return intro[0], intro[1], named
    body = [m for m in found if m[0] < body_end]
    published = _publisher_place(text, body_end, body) if "发" in text[:1500] or "来源" in text[:1500] else None
    if published is not None:
        return published[0], published[1], named
    coded = _credit_code_place(text, body_end, body) if "1" in text[:1500] else None
    if coded is not None:
        return ("division", coded[2], None), (coded[0], coded[1]), named
    if title_span is None and "党工委" in text[:body_end] and (
            "管委会" in text[:body_end] or _BARE_ZONE_SELF.search(text, 0, body_end)):
        # An untitled zone's report speaking as 全区 of its bare 党工委、管委会, which names itself with its city only
        # inside its own titles (《2021年某州经开区重点工作责任清单》): that zone, the one so named. Its bare
        # 党工委 with the zone's kind word opening a clause of its own (。经开区举办…) speak as the zone as well.
        zoned = _zone_named_in_text(text, body_end, year)
        if zoned is not None:
            return zoned[0], zoned[1], named
    if title_span is None and "新区" in text[:body_end] and _BARE_NEW_ZONE_SELF.search(text, 0, body_end):
        # An untitled new zone's report speaking as a bare 新区 (一、新区推进法治政府建设…, 结合新区实际) that names
        # itself in full only in running text (制定某江新区…实施方案): that zone, the one so named, in the one
        # province or city the page names.
        zoned = _new_zone_speaking(text, body_end, body, year)
        if zoned is not None:
            return zoned[0], zoned[1], named
    # "我县", "全区": the document speaks of itself at this kind of division.
    # (not a rank among the level above, 在全省率先成立, 位居全省前列: a city measured against its province)
    selves = Counter(m.group(1) for m in _SELF_REF.finditer(text[:body_end])
                     if not (m.group(0)[0] == "全" and m.group(1) in "省市州"
                             and (_RANK_AFTER.match(text, m.end())
                                  or text[max(0, m.start() - 2) : m.start()] in ("位居", "名列", "走在")
                                  or _HONOUR_WON.search(text, max(0, m.start() - 40), m.start()))))
    if not selves:
        level = _leadership_level(text, body_end)
        if level is not None:
            selves[level] = 1
    if not body and "调查" in text[:body_end] and "国家统计局" in text[:body_end]:
        # A page of the statistics bureau's survey team naming no division in full (国家统计局襄阳调查队坚持…): the
        # place the team is named by, as a maritime branch's is.
        team = _SURVEY_TEAM_PLACE.search(text, 0, body_end)
        division = divisions.city_named(team.group(1), year) if team is not None else None
        if division is not None:
            return ("division", division.name, None), team.span(1), named
    if not body:
        if "自治区" in text[:body_end] and _BARE_REGION_BODY.search(text, 0, body_end):
            # An autonomous region's document naming no division in full, its bodies written bare (在自治区党委的
            # 正确领导下, 自治区人民政府各组成部门): the region its page names by its short name (广西文件).
            province = _province_named(text[:body_end])
            if province is not None and province.name.endswith("自治区"):
                pattern, by_name = _province_pattern()
                first = next(m for m in pattern.finditer(text, 0, body_end) if by_name[m.group()].code == province.code)
                return ("division", province.name, None), first.span(), named
        if (selves and selves.most_common(1)[0][0] == "省"
                and ("省政府" in text[:body_end] or "省人民政府" in text[:body_end])):
            # A province's report without its title, naming no division in full (2023年,全省法治政府建设
            # 工作坚持…, 省政府常务会议): the province it names by its short name (《甘肃日报》, 甘肃卫视).
            # (its government written in full, 省长主持召开省人民政府常务会议, the same)
            province = _province_named(text[:body_end])
            if province is not None:
                pattern, by_name = _province_pattern()
                first = next(m for m in pattern.finditer(text, 0, body_end) if by_name[m.group()].code == province.code)
                return ("division", province.name, None), first.span(), named
        if selves and selves.most_common(1)[0][0] in ("市", "州"):
            # A city's news without its title, naming no division in full (市委全面依法治市委员会…会议召开,
            # 全市…, 建设更高水平法治湛江): the one city it names by its short name after 法治.
            city = _rule_of_city(text, body_end, year) or _bank_branch_city(text, body_end, year)
            if city is not None:
                return ("division", city[2], None), (city[0], city[1]), named
            if selves.most_common(1)[0][0] == "市" and "市政府" in text[:body_end]:
                # A municipality's own report without its title, naming no division in full (2024年,在市委坚强
                # 领导下,…全市各级行政机关…, 市政府常务会议): the one municipality it names by its short name as
                # the place a leader's speeches are on (视察重庆重要讲话) or as its own (法治重庆, 新重庆).
                municipality = _own_municipality(text, body_end)
                if municipality is not None:
                    return ("division", municipality[2], None), (municipality[0], municipality[1]), named
        if not selves and title_span is None and _BARE_CITY_BODY.search(text, 0, body_end):
            # A city's news without its title that never says 全市 or 我市 but names its bodies bare (市委常委…,
            # 市审计局…作履职报告, 建设法治某城): the one city it names after 法治, as above.
            city = _rule_of_city(text, body_end, year)
            if city is not None and city[2].endswith("市") and divisions.city_named(city[2], year) is not None:
                return ("division", city[2], None), (city[0], city[1]), named
        if not selves and (title_span is None or ("全国" in text[title_span[0] : title_span[1]]
                                                  # (or a headline whose subject is a national body, 中央依法治国办对
                                                  # 6个省区开展实地法治督察; round 263)
                                                  or divisions.is_national_body(text[title_span[0] : title_span[1]]))
                           and not find_divisions(text[title_span[0] : title_span[1]])):
            # A page without its title naming no division and no 我X, whose subject is a national body organising
            # or launching the work (…,中央依法治国办组织开展…活动; 2021年8月,中央依法治国办启动了…): the nation's.
            # (its title naming no place but the whole nation's matter, 关于第三批全国…命名的决定: the same)
            actor = next((m for m in _NATIONAL_ACTOR.finditer(text, 0, min(body_end, 1500))
                          if divisions.is_national_body(m.group(1))), None)
            if actor is not None:
                return ("national", None, None), actor.span(1), named
        if not selves and title_span is not None and "部关于" in text[:body_end]:
            # A ministry's own plan titled by its field alone, no place (2024年某某法制工作要点), carrying out its
            # ministry's document (《某某部关于…的意见》): the nation's.
            own_title = text[title_span[0] : title_span[1]]
            for ministry in _MINISTRY_TITLE.finditer(text, 0, body_end):
                if ministry.group(1) in own_title and divisions.is_national_body(ministry.group(1) + "部"):
                    return ("national", None, None), ministry.span(1), named
        if "以下简称" in text[:body_end]:
            # A page naming no division that gives a national body a short name to speak of it by (水利部黄河水利委员会
            # (以下简称黄委)更需…, 民航某地区管理局(以下简称“某局”)): that body's, the nation's.
            aliased = _national_body_aliased(text, body_end)
            if aliased is not None:
                return ("national", None, None), aliased, named
        if selves and selves.most_common(1)[0][0] in ("县", "区", "旗"):
            # A county's news naming no division in full, speaking as 我县/全县, its province by its short name
            # (山西我县开展…, 法治芮城主题公园, 芮城作为全省…): the one county of that province so named, twice.
            county = (_county_of_province_by_short_name(text, body_end, year, selves.most_common(1)[0][0])
                      or _county_of_own_practice(text, body_end, year, selves.most_common(1)[0][0])
                      or _county_of_towns(text, body_end, selves.most_common(1)[0][0])
                      or _county_of_towns_in_full(text, body_end, selves.most_common(1)[0][0])
                      or _county_of_own_development(text, body_end, selves.most_common(1)[0][0]))
            if county is not None:
                return ("division", county[2], None), (county[0], county[1]), named
        if selves and selves.most_common(1)[0][0] == "市" and "法治" in text[:body_end]:
            # A city's news naming no division in full, speaking as 我市, whose rule of law is a municipality's by
            # its short name (把脉天津法治政府建设, 法治上海): that municipality, a province-level city.
            city = _municipality_of_own_rule_of_law(text, body_end)
            if city is not None:
                return ("division", city[2], None), (city[0], city[1]), named
        return None, None, named
    hosts = _tuned_in_hosts(text, body_end)
    if hosts and all(name in hosts for _, _, name in body):
        # A page of a place that never names itself, tuning in to its city's meeting at its own branch venue
        # (我市组织收听收看某市…动员会, 在我市分会场参加): the city holding the meeting is not its author.
        return None, None, named
    if _only_venues(text, body):
        # A page that never names itself, naming in full only the place where a higher body held its meeting
        # (自治区人民政府在某市召开的…现场推进会): the venue is not its author; the province it lies in is the page's,
        # whose unnamed county or city the page speaks for.
        return None, None, named
    if title_span and _BARE_LEVEL_TITLE.match(WHITESPACE.sub("", text[title_span[0]:title_span[1]])):
        # A bureau's report titled by its bare level (区市场监管局关于…的报告) whose text names other places only as
        # its partners (向某省某市某区…局移送线索, 与某省某市联合执法): none of them is its author.
        own_places = [m for m in body if not _partner_place(text, m, body)]
        if not own_places:
            return None, None, named
        body = own_places
    counts = Counter(name for _, _, name in body)
    visiting = _province_visiting(text, body_end, body, named) if "省" in text[:300] else None
    if visiting is not None:
        return visiting[0], visiting[1], named
    kinds = [kind for kind, _ in selves.most_common()]
    # A title led by a bare level's body (区政府办2025年度…报告, 县司法局关于…): a body of that level wrote it,
    # whatever higher levels its text names as 全省 and 全市 (围绕全省“三个年”活动和全市…要求).
    # (a page without its title whose opening has that body as its subject, 2025年,区政府办深入贯彻…, the same)
    bare_lead = (_BARE_LEVEL_TITLE.match(WHITESPACE.sub("", text[title_span[0]:title_span[1]])) if title_span
                 else _BARE_LEVEL_OPENING.search(text, 0, min(body_end, 1500)))
    if bare_lead is not None:
        kinds = [bare_lead.group(1)] + [kind for kind in kinds if kind != bare_lead.group(1)]
    elif not kinds and title_span is None and _BARE_CITY_BODY.search(text, 0, min(body_end, 1500)):
        # A city's news without its title that never says 全市 or 我市, naming its own bodies bare (经市政府同意,日前,
        # 市政府办公布《某市…清单》) and its province only in the titles it follows: a body of the city's level wrote
        # it, so the city it names ranks above the province (round 250).
        kinds = ["\u5e02"]

    led_from = _leading_parents(text, body_end, body, year, named) if "领导下" in text[:body_end] else set()
    # (a place named only inside the regulations the page cites, 《广西壮族自治区人口和计划生育条例》, is their
    # congress's, not the author's: it ranks below a place the page names in its own words; a place named only in
    # its own plans' titles, 《中共某市医疗保障局党组…工作方案》, keeps its rank)
    cited_only = set()
    if "条例" in text[:body_end]:
        marks = [m.span() for m in _CITED_TITLE.finditer(text, 0, body_end)]
        outside = {name for start, _, name in body if not any(a < start < b for a, b in marks)}
        cited_only = set(counts) - outside
    if len(counts) > 1 and ("印发《" in text[:body_end] or "发布《" in text[:body_end]):
        # (a place named only as the body that issued a cited document, 广东省政府办公厅印发《…实施计划》, is that
        # document's issuer, not the author: it ranks below a place the page names in its own words, 在深圳市范围内
        # 依法设立的各类企业; round 266)
        # (only a place holding one the page names in its own words: a province's decision naming a city of another
        # province, 湖北省委…印发《…》…宜宾市某项目, keeps the province)
        own_words = {name for _, stop, name in body if not _ISSUED_AFTER.match(text, stop)}
        held = {d.province for d in (_resolve_in(n, year, named, text).division for n in own_words) if d is not None}
        cited_only |= {name for name in set(counts) - own_words if name in held}

    def rank(name: str):
        kind_bonus = 0
        for i, kind in enumerate(kinds[:2]):
            if name.endswith(kind):
                kind_bonus = 2 - i
                break
        # (a tie: a place named only among the levels above, 中央、省和某市关于…的决策部署, is a superior, not the author)
        above = all(_ABOVE_LISTED.search(text, max(0, start - 12), start) for start, _, other in body if other == name)
        # (a city whose committee leads one of its county-level cities, 在某市委、市政府和某某市委的领导下: the
        # county-level city's own committee is named last, the city above it a superior)
        return (kind_bonus, name not in cited_only, counts[name], not above and name not in led_from)

    name = max(counts, key=rank)
    if kinds and kinds[0] in ("区", "县") and not name.endswith(kinds[0]):
        # A county's report addressed to its city (中共某市委、某市人民政府: … 我区 …) that names itself
        # only by its short name (魅力新昌江): the one county of that city the text so names.
        child = _county_by_short_name(text, body_end, name, year, kinds[0])
        if child is None and name in DIRECT_MUNICIPALITIES:
            # (a district's bureau of a municipality, naming in full only the municipality, 重庆市某某工作研讨会,
            # and itself once by its short name where the work it serves or a pilot lands, 改革落地某某试点: the
            # one district of that municipality so named, as on a page naming no division at all)
            child = _county_of_own_development(text, body_end, kinds[0])
        if child is not None:
            return ("division", child[2], None), (child[0], child[1]), named
        if len(counts) == 1 and all(_DEPUTIES_OF.match(text, end) for _, end, other in body if other == name):
            # A county's page naming in full only its city, as the congress whose deputies it elected (在我县产生的
            # 部分扬州市第九届人大代表履职情况): the city is no author; the page names no place of its own (round 248).
            return None, None, named
    first = next(m for m in body if m[2] == name)
    if not kinds and title_span is None and len(counts) == 1 and _only_visited(text, body):
        # A page without its title that never speaks as 我X or 全X, naming in full only a county its bare bodies go to
        # (市政协机关…深入某镇某村、某区某社区开展普法宣传): the place visited is not the author; the page names none.
        return None, None, named
    if kinds and kinds[0] in ("\u5e02", "\u5dde") and len(counts) == 1:
        speaker = _MEETING_SPEAKER.match(text, first[1])
        if speaker is not None and name.endswith(kinds[0]):
            # A city's speech or news of its meeting naming in full only a county-level city of its, as one of the
            # speakers (刚才,某某市政府、市交通局的负责同志作了交流发言): the speaker is no author. Its city is,
            # when the text names it by its short name; else the page names no place.
            parent = _county_parent(name, year, named)
            short = parent[:-1] if parent and parent.endswith(kinds[0]) else None
            at = text.find(short, 0, body_end) if short and len(short) >= 2 else -1
            if at >= 0:
                return ("division", parent, None), (at, at + len(short)), named
            if parent is not None:
                return None, None, named
    if kinds and kinds[0] in ("\u5e02", "\u5dde") and len(counts) == 1 and not name.endswith(kinds[0]):
        # A city speaking of itself (我市, 全市) that names in full only one of its districts (潞州区被确定为
        # 试点) and itself by its short name (法治长治): the district's city is the author.
        # (a county whose city was once a 地区 is ambiguous without a year: its present city, 永德县 in 临沧市)
        parent = _county_parent(name, year, named)
        short = parent[:-1] if parent and parent.endswith(kinds[0]) else None
        # (the short name in a news site's opening dateline, 枣庄新闻网讯, is the site's, not the city naming itself)
        dateline = _OPENING_DATELINE.match(text) if "讯" in text[:40] else None
        at = text.find(short, dateline.end() if dateline else 0, body_end) if short and len(short) >= 2 else -1
        if at >= 0 and parent.endswith(kinds[0]):
            return ("division", parent, None), (at, at + len(short)), named
        if (short and parent.endswith(kinds[0]) and "我" + kinds[0] in text[:body_end]
                and _BARE_CITY_OWN.search(text, 0, body_end)):
            # (never naming itself, but speaking as 我市 and naming its bodies bare, 市人大常委会执法检查组到迁西县: the
            # county's city, whose body goes there)
            return ("division", parent, None), (first[0], first[1]), named
    if (len(counts) == 1 and "现场" in text[:body_end] and "\u5e02" in kinds
            and _leadership_level(text, body_end) == "\u5e02"):
        # A city bureau's page speaking as 全市 under its bare 市委、市政府 that names in full only its province
        # (its 全省 the province's events it took part in, 全省预赛)
        # (第二届山东省…大比武) and its own city by its short name only where its superiors held an on-site meeting
        # to show its work (总局、省局在泰安召开现场会7次): that city, the one of the province so named.
        hosted = _on_site_host(text, body_end, name, year)
        if hosted is not None:
            return ("division", hosted[2], None), (hosted[0], hosted[1]), named
    return ("division", name, None), (first[0], first[1]), named


# A congress's deputies after its place (扬州市第九届人大代表, 某市人大代表): the place is their congress's.
_DEPUTIES_OF = re.compile(r"(?:第[一二三四五六七八九十\d]{1,3}届)?(?:人大代表|人民代表大会代表)")


# Where a higher body held an on-site meeting (省局在泰安召开现场会, 在某某召开全省…现场推进会): the city by its short name.
_ON_SITE_HOST = re.compile(r"在([\u4e00-\u9fa5]{2,3}?)市?(?:召开|举办|举行)了?[^,，。;；、\n]{0,12}?现场(?:推进|观摩|经验交流)?会")


def _on_site_host(text: str, body_end: int, province: str, year: int | None) -> tuple[int, int, str] | None:
    """(start, end, name) of the one prefecture-level city of ``province`` named by its short name as the host of an
    on-site meeting, else None."""
    found: dict[str, tuple[int, int]] = {}
    for match in _ON_SITE_HOST.finditer(text, 0, body_end):
        city = divisions.city_named(match.group(1), year)
        if city is not None and city.level == "prefecture" and city.province == province:
            found.setdefault(city.name, match.span(1))
    return _the_only(found)


# A report's leadership naming places in full (在某市委、市政府和某某市委的领导下).
_LEADERSHIP_NAMED = re.compile(r"在([^。;；\n]{2,40}?)(?:的)?(?:坚强|正确|有力)?领导下")


def _leading_parents(text: str, body_end: int, body: list[tuple[int, int, str]], year, named) -> set[str]:
    """The cities a report's leadership line names before one of their own county-level divisions (在某市委、
    市政府和某某市委的领导下): superiors of the county named after them, which is the author's own."""
    parents: set[str] = set()
    for match in _LEADERSHIP_NAMED.finditer(text, 0, min(body_end, 3000)):
        inside = [name for start, _, name in body if match.start() <= start < match.end()]
        if len(set(inside)) < 2:
            continue
        parent = _county_parent(inside[-1], year, named)
        if parent is not None and parent in inside[:-1]:
            parents.add(parent)
    return parents


# The levels above listed before a place (中央、省和某市关于…, 落实省、某市部署): that place is one of the author's superiors.
_ABOVE_LISTED = re.compile(r"(?:中央|党中央|国家)[、,,]?(?:省|省委、?省政府)(?:和|及|、)$|(?:^|[^\u4e00-\u9fff])省(?:和|及|、)$")


# A clause that goes to a place to do work there (深入某镇某村、某区某社区开展普法宣传, 走进某区某街道调研).
_VISIT_CLAUSE = re.compile(r"(?:深入|走进|前往|赴)[^,。;,;\n]{0,30}$")
_VISIT_WORK_AFTER = re.compile(r"[^,。;,;\n]{0,16}?(?:开展|调研|走访|宣讲|送法)")


def _only_visited(text: str, body: list[tuple[int, int, str]]) -> bool:
    """Whether every full mention of the page's places is a site its work goes to (深入…某区某社区开展…)."""
    return bool(body) and all(_VISIT_CLAUSE.search(text, max(0, start - 30), start) is not None
                              and _VISIT_WORK_AFTER.match(text, end) is not None for start, end, _ in body)


# A place named as where a meeting was held: 在某市召开的…会, 在某县举办.
_HELD_AFTER = re.compile(r"(?:召开|举办|举行)")


def _only_venues(text: str, body: list[tuple[int, int, str]]) -> bool:
    """Whether every full mention of the page's places is where a meeting was held (在某市召开的…推进会)."""
    return bool(body) and all(text[start - 1 : start] == "在" and _HELD_AFTER.match(text, end) is not None
                              for start, end, _ in body)


def _venue_province(text: str, body_end: int, found, year, named) -> Division | None:
    """The one province of the places a page names, when it names them only as where meetings were held."""
    body = [m for m in found if m[0] < body_end]
    if not _only_venues(text, body):
        return None
    provinces = {d.province_code for _, _, name in body
                 if (d := _resolve_in(name, year, named, text).division) is not None and d.province_code}
    return divisions.division_by_code(provinces.pop()) if len(provinces) == 1 else None


# A leader's speeches on a province by its short name, its city's after it or not (对江苏工作重要讲话, 对江苏苏州工作
# 重要讲话重要指示精神, 对江苏、对苏州工作的重要指示, 对广东系列重要讲话).
_SPEECH_ON_PROVINCE = re.compile(r"对([\u4e00-\u9fa5]{2,3}?)(?:、?对?([\u4e00-\u9fa5]{2}))?(?:工作)?(?:的)?(?:系列)?重要(?:讲话|指示)")


_CITY_SELF = re.compile(r"[我全本]市(?![场民])")


def _spoken_of_province(text: str, body_end: int) -> tuple[Division | None, Division | None]:
    """The one province a page names as the place a leader's speeches are on (对江苏工作重要讲话), when it names no
    other province at all, and the one city of it named so with it (对江苏苏州工作: 苏州市), or None for either."""
    pattern, by_name = _province_pattern()
    spoken = [m for m in _SPEECH_ON_PROVINCE.finditer(text, 0, body_end) if m.group(1) in by_name]
    codes = {by_name[m.group(1)].code for m in spoken}
    if len(codes) != 1:
        return None, None
    code = codes.pop()
    if any(by_name[m.group()].code != code for m in pattern.finditer(text, 0, body_end)):
        return None, None
    province = divisions.division_by_code(code)
    cities = {city.name: city for m in spoken if m.group(2)
              and (city := divisions.city_named(m.group(2))) is not None
              and city.level == "prefecture" and city.province == province.name}
    return province, (next(iter(cities.values())) if len(cities) == 1 else None)


# The words before a place named as the author's partner: what is sent to it, done with it or for it.
_PARTNER_BEFORE = re.compile(r"(?:向|与|同|协助|配合|联合)$")


# A city's own outlet opening a page with its dateline (云上荆州报道:, 荆州日报讯): the city by its short name.
_OUTLET_DATELINE = re.compile(r"[^\S\n]*(?:云上([\u4e00-\u9fa5]{2,3}?)报道|([\u4e00-\u9fa5]{2,3}?)(?:日报|晚报)讯)")


def _local_outlet_city(text: str, end: int, found, province: str) -> tuple[int, int, str] | None:
    """The city whose own outlet's dateline opens a page read as its province's, when the page names the city in
    full (云上荆州报道:近日,湖北省委…印发…。…荆州市…): a city's news of its province's decision, not the
    province's page."""
    dateline = _OUTLET_DATELINE.match(text)
    if dateline is None:
        return None
    short = dateline.group(1) or dateline.group(2)
    city = divisions.city_named(short)
    if city is None or city.level != "prefecture" or city.province != province:
        return None
    return next(((a, b, name) for a, b, name in found if name == city.name and a < end), None)


# A province's own paper opening a page with its dateline (新疆日报讯, 石榴云/新疆日报讯): the province by its short name.
_PROVINCE_DATELINE = re.compile(r"(?:^|\n)[^\n]{0,12}?([\u4e00-\u9fa5]{2,3}?)日报讯")


def _provincial_outlet(text: str, found, end: int) -> tuple[int, int, str] | None:
    """The province whose own paper's dateline opens an untitled page that names only places of that province, two
    or more of them, none by its full province (新疆日报讯…博乐市、…石河子市被命名为…): the province's news of
    its places named in a national decision, not one of those places' page."""
    dateline = _PROVINCE_DATELINE.search(text, 0, min(end, 300))
    if dateline is None:
        return None
    province = _province_pattern()[1].get(dateline.group(1))
    names = {name for a, _, name in found if a < end}
    if province is None or len(names) < 2 or province.name in names:
        return None
    for name in names:
        inside = [d for d in divisions.divisions_named(name) if d.province_code == province.code]
        if not inside or len(inside) != len(divisions.divisions_named(name)):
            return None
    return dateline.start(1), dateline.end(1), province.name


# A signature: a national body on a line of its own, a date on the next (司法部\n2025年11月26日).
_SIGNATURE_LINES = re.compile(r"\n[^\S\n]*([\u4e00-\u9fa5]{2,16})[^\S\n]*\n[^\S\n]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^\S\n]*\n")


def _national_signature(text: str, found) -> tuple[int, int] | None:
    """The span of a national body signing an untitled page (a ministry's 公示, 司法部 over its date) when every
    place the page names stands after the signature, in the list it attaches (北京市西城区 …): the nation's page."""
    for m in _SIGNATURE_LINES.finditer(text, 0, 3000):
        if divisions.is_national_body(m.group(1)):
            return m.span(1) if found and all(a >= m.end() for a, _, _ in found) else None
    return None


def _national_signer(text: str) -> tuple[int, int] | None:
    """The span of the first national body signing on a line of its own above its date, else None."""
    for m in _SIGNATURE_LINES.finditer(text, 0, 3000):
        if divisions.is_national_body(m.group(1)):
            return m.span(1)
    return None


# A meeting of a higher place tuned in to (组织收听收看某市…视频动员会), its branch venue the page's own (分会场).
_TUNED_IN = re.compile(r"收听收看([\u4e00-\u9fa5]{2,8}?[市州盟])[^。\n]{0,60}?(?:会议|会)")


def _tuned_in_hosts(text: str, end: int) -> set[str]:
    """The places whose meeting a page tunes in to at its own branch venue (收听收看某市…会 and 分会场), else none."""
    if "收听收看" not in text[:end] or "分会场" not in text[:end]:
        return set()
    return {m.group(1) for m in _TUNED_IN.finditer(text, 0, end)}


def _partner_place(text: str, match: tuple[int, int, str], body: list[tuple[int, int, str]]) -> bool:
    """Whether a place is named as a partner of the author (向/与/协助 before it or before the chain of
    higher places and listed places it ends: 向四川省成都市新都区、成华区…局)."""
    start = match[0]
    ends = {m[1]: m[0] for m in body}
    while True:
        if start in ends:  # a higher place written right before it
            start = ends[start]
        elif text[start - 1 : start] == "、" and start - 1 in ends:  # a place listed before it
            start = ends[start - 1]
        else:
            break
    return bool(_PARTNER_BEFORE.search(text, max(0, start - 2), start))


# A place named as one of a meeting's speakers, right after its name or its bodies listed after it (某某市政府、市交通局
# 的负责同志作了交流发言, 某县人民政府、市发展改革委作交流发言, 某县作典型发言).
_MEETING_SPEAKER = re.compile(r"[^。;;!?]{0,40}?(?:同志|负责人)?(?:分别)?(?:作了?|进行了?)(?:交流|典型|表态|经验)发言")


def _county_parent(name: str, year: int | None, named: tuple[str, ...]) -> str | None:
    """The city a county-level division lies in, its latest when the name is ambiguous without a year."""
    resolution = divisions.resolve(name, year, named)
    candidates = [resolution.division] if resolution.division is not None else list(resolution.candidates)
    candidates = [c for c in candidates if c.level == "county" and c.prefecture]
    if not candidates:
        return None
    latest = max(candidates, key=lambda c: c.last_year or 9999)
    return latest.prefecture


# A province's body written bare as the lead's subject, then the places it goes to (省人大常委会…率执法检查组先后到
# 某市、某市开展…检查): the province's page, not the first city's.
_BARE_PROVINCE_BODY = re.compile(r"(?<![全本我各该外一])省(?:人大常委会|委|人民政府|政府|人大)")
# (or leads a team in them, 省人大常委会副主任某某率队在A市、B市开展…执法检查; round 248)
_GOES_TO = re.compile(r"(?:先后)?(?:到|赴|深入)|(?:率|带)[\u4e00-\u9fa5]{0,8}?在")


def _province_visiting(text: str, body_end: int, body: list[tuple[int, int, str]], named: tuple[str, ...]):
    """The province whose bare body (省人大常委会, 省委) the first sentence has go to two or more of its cities."""
    end = text.find("。", 0, min(body_end, 400))
    end = end if end >= 0 else min(body_end, 400)
    subject = _BARE_PROVINCE_BODY.search(text, 0, end)
    if subject is None or _GOES_TO.search(text, subject.end(), end) is None:
        return None
    cities, province = set(), None
    for start, stop, name in body:
        if start >= end:
            break
        division = divisions.resolve(name, None, named).division
        if division is None:
            continue
        if division.province is None or division.level == "provincial":
            return None  # (a province named in full names itself)
        if province not in (None, division.province):
            return None
        province = division.province
        cities.add(division.prefecture or division.name)
    if len(cities) < 2 or province is None:
        return None
    return ("division", province, None), subject.span()


# A report's leadership written by bare levels (在区委、区政府的坚强领导下, 在市委、市政府和县委的领导下): the
# lowest level named is the author's, as 我区 would say.
_LEADERSHIP = re.compile(r"在((?:[省市州盟县区旗](?:委|人民政府|政府)[、和及与]?)+)[^。\n]{0,30}?(?:领导|指导)下")
_CENTRE_WORK = re.compile(r"围绕((?:[省市州盟县区旗](?:委|人民政府|政府)[、和及与]?)+)(?:的)?中心(?:工作|任务)")
_LEADERSHIP_ITEM = re.compile(r"([省市州盟县区旗])(?:委|人民政府|政府)")
_LEVEL_RANK = {"省": 0, "市": 1, "州": 1, "盟": 1, "县": 2, "区": 2, "旗": 2}


def _leadership_level(text: str, body_end: int) -> str | None:
    """The level of the bare bodies whose leadership a report opens under, the lowest of them."""
    limit = min(body_end, 3000)
    match = _LEADERSHIP.search(text, 0, limit)
    # (or the bodies whose central work it works round, 紧紧围绕区委、区政府中心工作: its leadership too)
    centre = _CENTRE_WORK.search(text, 0, match.start() if match is not None else limit) if "中心" in text else None
    if centre is not None:
        match = centre
    if match is None or match.start() and text[match.start() - 1] in "所":
        return None
    levels = [m.group(1) for m in _LEADERSHIP_ITEM.finditer(match.group(1))]
    lowest = max(levels, key=_LEVEL_RANK.__getitem__) if levels else None
    # (a province's own leadership says little: its cities' departments write 在省委、省政府…领导下 too)
    return lowest if lowest != "省" else None


def _county_of_province_by_short_name(text: str, body_end: int, year, kind: str) -> tuple[int, int, str] | None:
    """The one county-level division (of ``kind``) of the province the text names whose name, its 县/区/旗
    left off, the text writes at least twice; None when the text names no province or names none or several."""
    province = _province_named(text[:body_end])
    if province is None or province.level != "provincial":
        return None
    return _one_county_by_short_name(text, body_end, divisions.counties_in_province(province.code), kind,
                                     times=2, besides=province.name)


# A county's own field of the nation's modernisation (推进中国式现代化某某实践): its short name.
_OWN_PRACTICE = re.compile(r"中国式现代化([\u4e00-\u9fa5]{2,3}?)(?:实践|篇章|新篇章)")
# ... or the modern new place it builds (推进“五兴六强”现代化新某某建设): its short name, the same.
_OWN_MODERN = re.compile(r"现代化新([\u4e00-\u9fa5]{2,3}?)建设")
# A city's body written bare, with no place before it (,市委常委…, 。市审计局…).
_BARE_CITY_OWN = re.compile(r"(?:^|(?<=[,，。;；:：、\s]))市(?:委|政府|人大常委会|[\u4e00-\u9fa5]{1,8}?局)")
_BARE_CITY_BODY = re.compile(r"(?:^|(?<=[,，。;；:：、\s]))市(?:委|政府|[\u4e00-\u9fa5]{1,8}?局)")


def _county_of_own_practice(text: str, body_end: int, year, kind: str) -> tuple[int, int, str] | None:
    """The one county-level division (of ``kind``) whose short name a text writes as its own field of
    modernisation (中国式现代化某某实践) or its own rule of law built (法治某某建设), when the province is not named."""
    found: dict[str, tuple[int, int]] = {}
    # (or as its own rule of law built, 以习近平法治思想引领法治某某建设: the county's short name, the same)
    # (or as the modern new place it builds, 现代化新某某建设, the same)
    for match in [*_OWN_PRACTICE.finditer(text, 0, body_end),
                  *(_RULE_OF_PLACE.finditer(text, 0, body_end) if "法治" in text else ()),
                  *(_OWN_MODERN.finditer(text, 0, body_end) if "现代化新" in text else ())]:
        short = match.group(1)
        if short in _COMMON_WORDS:
            continue
        if match.re is _OWN_MODERN and divisions.city_named(short, year) is not None:
            continue  # (现代化新湘潭建设 on a county's page: the city it lies in, more likely than the county so named)
        names = {d.name for d in divisions._candidates(short + kind, year) if d.level == "county"}
        if len(names) == 1:
            found.setdefault(names.pop(), match.span(1))
    return _the_only(found)


# A county's own field's development served (服务保障某某教育高质量发展, 推动某某经济高质量发展): its short name.
_OWN_DEVELOPMENT = re.compile(r"(?:服务保障|保障|推动|助推|护航|服务)([\u4e00-\u9fa5]{2,3}?)[\u4e00-\u9fa5]{0,6}?高质量发展")
# A pilot of a reform landed in the county (某某示范建设改革落地某某试点): its short name, the same.
_OWN_PILOT = re.compile(r"(?:落地|落户)([\u4e00-\u9fa5]{2,3}?)试点")


def _county_of_own_development(text: str, body_end: int, kind: str) -> tuple[int, int, str] | None:
    """The one county (of ``kind``) of the province the text names whose short name is written as the place whose
    development the work serves (更好地服务保障某某教育高质量发展), or where a reform's pilot landed (改革落地某某试点),
    once: a bureau's page naming no division."""
    served = "高质量发展" in text[:body_end]
    piloted = "试点" in text[:body_end]
    if not served and not piloted:
        return None
    province = _province_named(text[:body_end])
    if province is None or province.level != "provincial":
        return None
    counties = {d.name[:-1]: d.name for d in divisions.counties_in_province(province.code)
                if d.name.endswith(kind) and len(d.name) >= 3}
    found: dict[str, tuple[int, int]] = {}
    for match in [*(_OWN_DEVELOPMENT.finditer(text, 0, body_end) if served else ()),
                  *(_OWN_PILOT.finditer(text, 0, body_end) if piloted else ())]:
        short = match.group(1)
        for size in (len(short), 2):
            name = counties.get(short[:size])
            if name is not None and short[:size] not in _COMMON_WORDS:
                found.setdefault(name, (match.start(1), match.start(1) + size))
                break
    return _the_only(found)


# Townships a county's page names by their short names, listed before the unit each has (籍山、许镇、工山司法所).
_TOWN_UNITS = ("司法所", "派出所")
_TOWN_RUN = re.compile(r"((?:[\u4e00-\u9fa5]{2,3}、)+[\u4e00-\u9fa5]{2,3})$")


def _town_counties(item: str) -> set[str]:
    """The codes of the counties that have a township named ``item`` (its 镇, 乡 or 街道 left off or not)."""
    codes: set[str] = set()
    for name in (item, item + "镇", item + "乡", item + "街道"):
        codes.update(code[:6] for code in divisions.township_codes(name))
    return codes


def _county_of_towns(text: str, body_end: int, kind: str) -> tuple[int, int, str] | None:
    """The one county (of ``kind``) that has every township of a list the text names before its units,
    the list's township names left short (籍山、许镇、工山司法所): a county's page naming no division."""
    found: dict[str, tuple[int, int]] = {}
    for unit in _TOWN_UNITS:
        at = text.find(unit, 0, body_end)
        while at >= 0:
            begin = max(0, at - 30)
            run = _TOWN_RUN.search(text, begin, at)
            if run is not None:
                items = run.group(1).split("、")
                # (the first item may have taken the verb's last character before it: 完成籍山、许镇…)
                common = _town_counties(items[0][-2:]) | (_town_counties(items[0]) if len(items[0]) == 3 else set())
                for item in items[1:]:
                    common &= _town_counties(item)
                if len(common) == 1:
                    county = divisions.division_by_code(common.pop())
                    if county is not None and county.level == "county" and county.name.endswith(kind):
                        first = run.start() + len(run.group(1).split("、")[0]) - len(items[0][-2:])
                        found.setdefault(county.name, (first, first + 2))
            at = text.find(unit, at + 1, body_end)
    return _the_only(found)


# Townships a county's page names in full, one after another in a run of units (组织盐渎街道、郭猛镇、应急局…
# 主要负责人述法): the item after the 、 is its shortest name of two to four characters and a suffix.
_TOWN_SUFFIXES = ("街道", "镇", "乡")
_NEXT_TOWN = re.compile(r"[\u4e00-\u9fa5]{2,4}?(?:街道|镇|乡)")


def _full_town_counties(text: str, end: int, suffix: str) -> set[str]:
    """The codes of the counties that have a township whose full name (two to four characters and ``suffix``)
    ends at ``end``: the characters before a short name may be a verb's (组织盐渎街道), so each length is tried."""
    codes: set[str] = set()
    for size in range(2, 5):
        start = end - len(suffix) - size
        if start < 0 or not "\u4e00" <= text[start] <= "\u9fff":
            break
        codes.update(code[:6] for code in divisions.township_codes(text[start:end]))
    return codes


def _county_of_towns_in_full(text: str, body_end: int, kind: str) -> tuple[int, int, str] | None:
    """The one county (of ``kind``) that has both of two townships the text names in full one after the other
    (盐渎街道、郭猛镇): a county's page naming no division and no station of its townships."""
    found: dict[str, tuple[int, int]] = {}
    for suffix in _TOWN_SUFFIXES:
        at = text.find(suffix + "、", 0, body_end)
        while at >= 0:
            end = at + len(suffix)
            after = _NEXT_TOWN.match(text, end + 1, body_end)
            if after is not None:
                common = _full_town_counties(text, end, suffix)
                if common:
                    common &= {code[:6] for code in divisions.township_codes(after.group())}
                if len(common) == 1:
                    county = divisions.division_by_code(common.pop())
                    if county is not None and county.level == "county" and county.name.endswith(kind):
                        found.setdefault(county.name, (after.start(), after.end()))
            at = text.find(suffix + "、", end, body_end)
    return _the_only(found)


def _county_by_short_name(text: str, body_end: int, city: str, year, kind: str) -> tuple[int, int, str] | None:
    """The one county-level division of ``city`` whose name, its 区/县 left off, the text names."""
    resolved = divisions.resolve(city, year).division
    if resolved is None or resolved.level != "prefecture":
        return None
    return _one_county_by_short_name(text, body_end, divisions.counties_of(resolved.code), kind)


def _one_county_by_short_name(text: str, body_end: int, counties, kind: str, times: int = 1,
                              besides: str = "") -> tuple[int, int, str] | None:
    """(start, end, name) of the one county of ``counties`` (of ``kind``) whose name, its last character left
    off, the text writes at least ``times`` times (a short name inside ``besides`` does not count); else None."""
    found: dict[str, tuple[int, int]] = {}
    for county in counties:
        short = county.name[:-1]
        if county.name.endswith(kind) and len(short) >= 2 and short not in _COMMON_WORDS and short not in besides:
            at = text.find(short, 0, body_end)
            if at >= 0 and (times == 1 or text.count(short, 0, body_end) >= times):
                found.setdefault(county.name, (at, at + len(short)))
    return _the_only(found)


_CONGRESS_YEARS = {"十八": 2012, "十九": 2017, "二十": 2022, "二十一": 2027}
_GREETS_CONGRESS = re.compile(r"(?:迎接|喜迎|献礼)(?:党的)?(十八|十九|二十一|二十)大(?:胜利)?(?:召开)?")
# A yearly observance counted by its ordinal (12月4日是第十二个国家宪法日, 今年…是全国第七个“宪法宣传周”,
# 第32个全国税收宣传月启动): its year, the first one's year plus the count less one (the first 国家宪法日 was in
# 2014, the first 宪法宣传周 in 2018, the first 全国税收宣传月 in 1992). Round 267.
_OBSERVANCE_FIRST_YEAR = {"国家宪法日": 2014, "宪法宣传周": 2018, "税收宣传月": 1992}
_OBSERVANCE_ORDINAL = re.compile(
    r"第([一二三四五六七八九十]{1,3}|\d{1,2})个(?:全国)?[“\"]?(?:全国)?(国家宪法日|宪法宣传周|税收宣传月)")


def _ordinal_number(numeral: str) -> int | None:
    """1–99 from digits or Chinese numerals (七, 十二, 三十二).

    >>> _ordinal_number("七"), _ordinal_number("十二"), _ordinal_number("三十二"), _ordinal_number("32")
    (7, 12, 32, 32)
    """
    if numeral.isdigit():
        return int(numeral)
    digits = "一二三四五六七八九"
    if "十" not in numeral:
        return digits.index(numeral) + 1 if len(numeral) == 1 else None
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return None
    return (digits.index(tens) + 1 if tens else 1) * 10 + (digits.index(ones) + 1 if ones else 0)


def _observance_year(text: str, end: int) -> tuple[int, tuple[int, int]] | None:
    """The year of the first yearly observance counted by its ordinal before ``end``, with the ordinal's span."""
    for match in _OBSERVANCE_ORDINAL.finditer(text, 0, end):
        count = _ordinal_number(match.group(1))
        if count:
            return _OBSERVANCE_FIRST_YEAR[match.group(2)] + count - 1, match.span(1)
    return None



@functools.lru_cache(maxsize=64)
def context_of(doc: Document) -> DocumentContext:
    """Read a document's title, author jurisdiction and year (cached per document)."""
    text = fold_text(doc.text)
    title, title_span = _find_title(doc, text)
    if title is None and "原标题" in text:
        # A reposted news item with no headline of its own above it, its source's headline given below it
        # (原标题:河南:全省教育系统…活动将于4月17日启动): that headline is its title, with no span in the page's head
        # (round 264, 河南).
        original = _ORIGINAL_HEADLINE.search(text)
        if original is not None:
            title = WHITESPACE.sub("", original.group(1))
    body_end = _body_end(text)
    head_end = min(len(text), (title_span[1] if title_span else 0) + 1500)
    # (without a title, near the first line as long as a headline or a paragraph: a site's menu may stand
    # above it, a short headline and its date line just before it)
    lead = None if title_span else _FIRST_PARAGRAPH.search(text, 0, min(head_end, 4000))
    publish_date, publish_span = _publish_date(text, head_end, body_end,
                                               title_span[1] if title_span else (max(0, lead.start() - 200) if lead else 0))
    doc_number, number_span = _doc_number(text, head_end)
    found = find_divisions(text)
    if "·" in text:
        # (a place named in an item of a site's menu of links, - ·关于印发《武汉市…: the site's, not the page's)
        menu = menu_link_spans(text)
        found = [m for m in found if not in_spans(m[0], menu)]
    if "对" in text and len(found) > 1:
        # (分别对沈阳市、抚顺市、丹东市开展…实地督察: the several places an inspection visits, its objects, not the
        # inspector's page's own place)
        objects = [m.span(1) for m in _INSPECTED_PLACES.finditer(text)]
        if objects:
            found = [m for m in found if not any(a <= m[0] < b for a, b in objects)]
    if "盖" in text:
        # (覆盖县、乡镇 and 涵盖县: the word 覆盖 and 县, not 辽宁's former 盖县)
        found = [m for m in found if text[m[0] - 1 : m[0] + 1] not in _WORDS_ACROSS]
    if "和县" in text and "安徽" not in text and "马鞍山" not in text:
        # (领导和县委, 《…报告》和县人大常委会: 安徽's 和县 with neither its province nor its city named is a
        # conjunction and 县, after a word or a closing mark.)
        found = [m for m in found if m[2] != "和县"
                 or not ("\u4e00" <= text[m[0] - 1 : m[0]] <= "\u9fff" or text[m[0] - 1 : m[0]] in "》〉”」)）")]
    year, year_span = None, None
    own = _own_year(title)
    if own is not None and title_span:
        at = text.find(str(own), title_span[0], title_span[1])
        year, year_span = own, (at, at + 4)
    if year is None and title and title_span and _EXPLAINED.fullmatch(_EXPLAINING_LEAD.sub("", title)):
        # An explanation of 《…2024年…报告》 is of that year's document.
        inner = re.sub(r"\(?" + _RANGE.pattern + r"\)?", "", title)
        match = _TITLE_YEAR.search(inner)
        if match:
            at = text.find(match.group(1), title_span[0], title_span[1])
            year, year_span = int(match.group(1)), (at, at + 4)
    if year is None and "说明" in text[:800]:
        # An explanation of a draft delivered at a meeting, its date line opening the page ((2024年6月25日在某市
        # 第十四届人民代表大会常务委员会第十八次会议上) … 对…《X条例(草案)》作如下说明): of the draft's year, the
        # meeting's, not of a year its background recalls (2021年,市政府…颁布了《…办法》)
        delivered = _DELIVERED_OPENING.match(text)
        if delivered is not None and _EXPLAINS_DRAFT.search(text, delivered.end(), 800):
            year, year_span = int(delivered.group(1)), delivered.span(1)
    # (a page without its title is read as a report, unless it is news of a meeting held)
    news = not title and news_page(text)
    is_report = bool(title and re.search(r"(报告|总结|汇报)$", title) and not REPORTED_AT_MEETING.search(title)) or (
        not title and not news and not MADE_AS_FOLLOWS.search(text, 0, 1500))
    if year is None and is_report and title and title_span and _PERIOD_DONE.search(title):
        # A report on how a plan's whole period went (纲要(2015-2020)落实完成情况的报告,
        # (2016—2020年)工作总结) is of the period's last year.
        period = _RANGE.search(INNER_TITLES.sub("", title))
        if period is not None:
            at = text.find(period.group(2), title_span[0], title_span[1])
            year, year_span = int(period.group(2)), ((at, at + 4) if at >= 0 else title_span)
    # A report on "recent years" (近年来, 近三年) covers several: no one year is its own.
    several = year is None and bool(title and _SEVERAL_YEARS.search(title))
    if year is None and not title and not several:
        # (an untitled page whose text opens on them, 近年来,某镇在市政府的正确领导下…: the same, several years)
        opening = len(text) - len(text.lstrip())
        several = bool(_SEVERAL_YEARS.match(text, opening, opening + 4)) or bool(
            text[opening : opening + 1] in "12" and _OPENS_ON_SPAN.match(text, opening, opening + 16))
    if year is None and not title and not several and "解读如下" in text[:600] and "简称" in text[:600]:
        # An explanation without its headline that opens on the document it explains, the edition's year given with
        # the short name it declares (针对《X》[以下简称《Y》(2025年)]解读如下): of that edition's year, not of the
        # first year its background recalls (2020年,市委市政府在…).
        opening = _EXPLAINED_EDITION.search(text, 0, min(body_end, 600))
        if opening is not None:
            year, year_span = int(opening.group(1)), opening.span(1)
    if year is None and not title and not several and "解读如下" in text[:600]:
        # An explanation without its headline opening on the day the document it explains was issued (2024年12月
        # 10日,某市政府印发《X》(以下简称《决定》),…。现就有关内容解读如下; 某市人民政府于2025年12月9日印发了
        # 《X》,现将有关政策解读如下): of that day's year, not of a year a listed old document carries (河府〔2008〕).
        opening = _ISSUED_ON_EXPLAINED.match(text, 0, min(body_end, 600))
        if opening is not None:
            year, year_span = int(opening.group(1)), opening.span(1)
    if year is None and is_report and not several:
        start = title_span[1] if title_span else 0
        # (…至2025年上半年, 到2025年: the end of a period or a goal, not the year reported on)
        # (1946年,人民治黄机构…诞生: a year of the body's history, before any rule-of-law report's own)
        match = next((m for m in _REPORT_YEAR.finditer(text, start, start + 800)
                      if text[m.start(1) - 1 : m.start(1)] not in _PERIOD_END and int(m.group(1)) >= 2000), None)
        if match is None:
            # (认真总结我局2024年法治政府建设工作开展情况: the year the report sums up, named after 总结)
            match = _SUMMED_YEAR.search(text, start, start + 800) if "总结" in text[start : start + 800] else None
        if match is None and "如下" in text[start : start + 1200]:
            # (现将我镇2024年法治政府建设情况报告如下: the year its opening sentence reports on, whatever year
            # the work before is said to build on, 在2023年工作基础上)
            match = _INTRO_YEAR.search(text, start, start + 1200)
        if match and (not publish_date or int(match.group(1)) <= int(publish_date[:4])):
            year, year_span = int(match.group(1)), match.span(1)
        elif match is None and "近" in text[start : start + 400] and _OPENS_ON_RECENT_YEARS.search(text, start, start + 400):
            # A report naming no year it reports on, its body opening on "recent years" (现将全市…情况报告如下。
            # 近年来,全市各级行政机关…): it covers several, as one titled so does; not the year before its posting.
            several = True
    covered = None if year is not None or is_report or title and STUDY_NOTICE.search(title) else _own_range(title)
    if covered is not None and title_span:
        made = _plan_year(text, body_end, covered, publish_date)
        if made is None:  # no date in the range: the plan's first year
            at = text.find(str(covered[0]), title_span[0], title_span[1])
            year, year_span = covered[0], ((at, at + 4) if at >= 0 else title_span)
        else:
            year, at = made
            year_span = publish_span if at < 0 else (at, at + 4)
    if year is None and publish_date and not several and not is_report:
        # News posted in one year of the work of the year before (2024年度…新闻发布会, 2024年,全市…), naming
        # that year again and again and its posting year never, is of the year it reports on.
        last = _year_reported_before(text, 0, body_end, int(publish_date[:4]))
        if last is not None:
            year, year_span = int(publish_date[:4]) - 1, (last, last + 4)
    if year is None and publish_date and not several and not is_report and doc_number and number_span:
        # A notice numbered and signed in one year (某发〔2019〕1号 … 2019年7月16日), its page posted in a later
        # one (发表日期: 2020-11-18): the year it was issued, not the page's.
        issued = _NUMBER_YEAR.search(doc_number)
        signed = _date_lines(text, body_end) if issued else []
        # (or its page cut before any date it was signed on, a mirror's page dated years later: 青政办〔2015〕238号 on
        # a page of 时间:2019-01-25)
        if issued and int(issued.group(1)) < int(publish_date[:4]) and (any(
                (date := parse_date(line.group(1))) and date[0] == int(issued.group(1))
                for line in signed) or not signed and title and title.endswith("通知")):
            at = text.find(issued.group(1), *number_span)
            year, year_span = int(issued.group(1)), ((at, at + 4) if at >= 0 else number_span)
    if year is None and publish_date and not several:
        year = int(publish_date[:4]) - (1 if is_report and title else 0)
        year_span = publish_span
    if year is None and not several and not is_report and doc_number and number_span:
        # An opinion or a notice with no date of its own is of its number's year (财法〔2020〕4号).
        issued = _NUMBER_YEAR.search(doc_number)
        if issued:
            at = text.find(issued.group(1), *number_span)
            year, year_span = int(issued.group(1)), ((at, at + 4) if at >= 0 else number_span)
    if year is None and not several and title is None and "解读" in text[:600]:
        # An explanation without its headline that opens on the document it explains, numbered (现就《X》(鄂政办发
        # [2019]25号,以下简称《实施意见》)解读如下): of that document's year, its number's.
        opening = _EXPLAINED_NUMBERED.search(text, 0, min(body_end, 600))
        if opening is not None:
            year, year_span = int(opening.group(1)), opening.span(1)
    # A speech says its year in its title or date line. A year its text names is of something else: a plan it
    # recalls (纲要(2015-2020年)), last year's results reported at the meeting (通报了2021年度…考核情况 … 去年,…),
    # which make the speech the next year's.
    speech = bool(title and _SPEECH_TITLE.search(title)) or (not title and speech_heading(text))
    if year is None and speech and "去年" in text[:body_end]:
        reported = _YEAR_RESULTS_REPORTED.search(text, 0, min(body_end, 3000))
        if reported is not None:
            year, year_span = int(reported.group(1)) + 1, reported.span(1)
    if year is None and not several and "收官" in text[:3000]:
        # (在《纲要(2021—2025年)》及我省实施方案收官之际: the plan's last year, the one its period closes in)
        closing = _CLOSING_PERIOD.search(text, 0, min(body_end, 3000))
        if closing is not None:
            year, year_span = int(closing.group(1)), closing.span(1)
    if year is None and not several and news and "日" in text[:3000]:
        # A news item whose lead opens on the full date of what it reports (2022年7月8日上午,某联席会议召开了全体成员
        # 会议…通报了2021年…工作开展情况): of that date's year, not of last year's work it tells was reported (round 262).
        lead = _first_sentence_line(text, body_end)
        dated = _FULL_DATE_LEAD.match(text, lead) if lead is not None else None
        if dated is not None:
            year, year_span = int(dated.group(1)), dated.span(1)
    if year is None and not several and news and "部署" in text[:3000]:
        # A meeting's news that deploys one year's work (会上还对2018年文化执法工作进行了部署, 会议部署了2024年…工作):
        # of that year, not of last year's results it names more often (2017年,我市…; round 270).
        deployed = _WORK_DEPLOYED.search(text, 0, min(body_end, 3000))
        if deployed is not None:
            at = 1 if deployed.group(1) else 2
            year, year_span = int(deployed.group(at)), deployed.span(at)
    if year is None and not several and not speech:
        counts, first = _years_named(text[:3000])
        # (1946年,人民治黄机构在炮火硝烟中诞生: a year of the body's history, long before any rule-of-law page's own;
        # the first outline for lawful administration is of 2004)
        counts = Counter({y: n for y, n in counts.items() if int(y) >= 2000})
        if counts:
            # (a meeting's news names last year's work and this year's as often: it is of this year; so does a
            # report on this year, 今年以来,…, naming last year's findings and this year's 工作要点 once each)
            late = news or is_report and "今年以来" in text[:300]
            best = max(counts, key=lambda y: (counts[y], int(y) if late else -int(y)))
            year, year_span = int(best), (first[best], first[best] + 4)
    if year is None and not several and "迎" in text:
        # A page naming no year that greets the party's coming congress (以优异成绩迎接党的二十大胜利召开) is
        # of the congress's year.
        greeting = _GREETS_CONGRESS.search(text, 0, body_end)
        if greeting is not None:
            year, year_span = _CONGRESS_YEARS[greeting.group(1)], greeting.span(1)
    if year is None and not several and "个" in text[:3000]:
        observed = _observance_year(text, min(body_end, 3000))
        if observed is not None:
            year, year_span = observed
    if not found and "新闻网" in text[:600]:
        found = _news_site_place(text)
    if not found and "法治" in text:
        found = _rule_of_law_place_named(text[:body_end])
    if not found and "考区" in text:
        found = _exam_area_place(text)
    if not found and ("上海" in text or "北京" in text or "天津" in text or "重庆" in text):
        found = _municipal_outlet_place(text)
    picked_from = found
    if len(found) > 1 and "法治" in text:
        # (其中,赤坎区…;麻章区…;吴川市… in a page of 市政府 and 法治湛江: the city's own parts, the city's page)
        picked_from = _city_of_its_parts(text, body_end, year, found) or found
    if len(picked_from) > 1 and title_span is None and ":" in text[:200]:
        # A report opening with the bodies it is sent to (中共某州委、某州人民政府: 2023年,县委、县政府…), its own
        # place named once, in one of its titles: the place sent to is not its author, however often that line names it.
        sent_to = _recipient(text, 0, head_end)
        if sent_to is not None:
            not_sent_to = [m for m in picked_from if not sent_to[0] <= m[0] < sent_to[1]]
            if not_sent_to and len(not_sent_to) < len(picked_from):
                picked_from = not_sent_to
    chosen, span, named = _pick_jurisdiction(text, title, title_span, year, picked_from, body_end)
    if (chosen is not None and chosen[0] == "division" and title_span is None and len(found) > 2
            and "我市" in text[:body_end]):
        # (市环保局分别到通川区、万源市环保局…,赴开江县、渠县、大竹县… in an untitled page speaking as 我市: three or more
        # counties of one city and none of its own, never a county's self: the city's page; round 254)
        city = _unnamed_city_of_its_parts(text, body_end, year, found, chosen[1])
        if city is not None:
            chosen = ("division", city, None)
    if span is not None and span[0] < 0:
        # (a name read from the title with its spaces taken out, 街道 街道…, that its raw text does not hold as
        # written: the title's span)
        span = title_span
    if chosen is not None and chosen[0] == "division" and chosen[1].endswith(("省", "自治区")) and (
            "报道" in text[:40] or "讯" in text[:40]):
        local = _local_outlet_city(text, body_end, found, chosen[1])
        if local is not None:
            chosen, span = ("division", local[2], None), (local[0], local[1])
    if (chosen is not None and chosen[0] == "division" and title_span is None and "日报讯" in text[:300]
            and not chosen[1].endswith(("省", "自治区"))):
        outlet = _provincial_outlet(text, found, body_end)
        if outlet is not None:
            chosen, span = ("division", outlet[2], None), (outlet[0], outlet[1])
    if chosen is not None and chosen[0] == "division" and title_span is None and "日\n" in text[:3000]:
        signer = _national_signature(text, found)
        if signer is not None:
            chosen, span = ("national", None, None), signer
    elif chosen is None and "日\n" in text[:3000]:
        # A page placed nowhere that a national body signs above its date (我部研究制定了《X》,现予印发。\n教育部\n
        # 2021年11月3日): the nation's, its addressees (各省、自治区…, 新疆生产建设兵团教育局) no author.
        signer = _national_signer(text)
        if signer is not None:
            chosen, span = ("national", None, None), signer
    if picked_from is not found:
        named = tuple(dict.fromkeys(named + tuple(name for _, _, name in found)))
    resolution = None
    if chosen is not None:
        kind, name, parent = chosen
        if kind == "national":
            resolution = Resolution("中华人民共和国", "resolved", divisions.NATIONAL, (divisions.NATIONAL,))
        elif kind == "zone":
            area = divisions.zone(name, parent)
            resolution = Resolution(name, "resolved", area, (area,))
        elif kind == "township":
            county = None
            street = name.endswith("街")
            # A township lies in the province its text names: 和县 in 四川省委、省人民政府和县委
            # (a conjunction and 县委) is no county of a 四川 township.
            provinces = {n for _, _, n in found if n.endswith(("省", "自治区"))}
            if parent:
                r = _resolve_in(parent, year, named, text)
                county = r.division or county_by_name(r)
            else:
                counties = Counter(n for _, _, n in found if n not in _COMMON_WORDS)
                resolved = [_resolve_in(candidate, year, named, text) for candidate, _ in counties.most_common()]
                # the county the township table puts a township of this name in, when the text names it
                holding = {code[:6] for code in divisions.township_codes(name, street)}
                county = next((r.division for r in resolved if r.division is not None and r.division.code in holding), None)
                unplaced = None
                for r in resolved if county is None else ():
                    if r.division is not None and r.division.level == "county" and (
                            not provinces or r.division.province in provinces):
                        county = r.division
                        break
                    if unplaced is None and r.division is None:
                        unplaced = county_by_name(r)
                county = county or unplaced
            prefectures = {r.division.name for n in {n for _, _, n in found}
                           if (r := _resolve_in(n, year, named, text)).division is not None
                           and r.division.level == "prefecture"} if county is None else ()
            town = divisions.township(name, county, street=street, provinces=provinces, prefectures=prefectures)
            if county is None and town is not None and not town.code and "法治" in text:
                # (a street the table does not hold, named after its county-level city, whose rule of law it names by
                # that stem, 海安街道 and 法治海安: the street of that one city)
                seat = _seat_county(name, text, provinces)
                if seat is not None:
                    town = divisions.township(name, seat, street=street)
            resolution = Resolution(name, "resolved", town, (town,))
        else:
            resolution = _resolve_in(name, year, named, text)
            if (resolution.division is not None and name.endswith("地区") and year is not None
                    and not resolution.division.exists_in(min(year, divisions.last_table_year()))):
                # (温州地区国家调查队…, on a page of 2024: a 地区 that was made a city long before the page's year,
                # written for the area of that city; the city of its short name, as it is now)
                city = divisions.city_named(name[:-2], year)
                if city is not None and city.level == "prefecture":
                    resolution = Resolution(city.name, "resolved", city, (city,))
    start = title_span[1] if title_span else 0
    placeless = unnamed_level(text, body_end) if chosen is None else None
    if placeless is not None and placeless[0] == "prefecture" and _tuned_in_hosts(text, body_end):
        # (its 我市 at a city's branch venue: a county-level city's, below the city whose meeting it tunes in to)
        placeless = ("county", placeless[1])
    within = None
    if resolution is not None and resolution.division is not None and resolution.division.level == "provincial":
        placeless = below_province(text, body_end, resolution.division)
        park = _PARK_TITLE.match(title) if title and not placeless else None
        if park is not None and not find_divisions(title):
            # (某某工业园区南区管理委员会2023年度…报告, its province named only in passing, 参加四川省…平台: a park's
            # committee reporting to the district it lies in, which the page never names; county level, in that province)
            placeless = ("county", title_span)
        committee = OPENING_COMMITTEE.search(text, 0, min(body_end, 400)) if not placeless else None
        if (committee is not None and not find_divisions(committee.group(1))
                and _province_only_cited(text, body_end, resolution.division)):
            # (2024年,某源山管委会坚持… on a page naming its province only in a platform's name, 参加某省干部网络学院学习:
            # the managing committee of an area the page never places, speaking below the province; a city's when the
            # work it follows is the province's and the city's, 全面依法治省、市工作的要求, else a county's as a park's)
            level = "prefecture" if _PROVINCE_AND_CITY.search(text, 0, body_end) else "county"
            placeless = (level, committee.span(1))
        within = resolution.division if placeless else None
        if placeless is not None and placeless[0] == "prefecture" and "法治" in text:
            # (a city's report naming its province only in a cited title, 《广东省…条例》, and itself only by the rule of
            # law of its short name, 推动法治某某建设, speaking as the city: that city, in that province)
            own = _rule_of_law_place_named(text[:body_end])
            city = divisions.city_named(own[0][2], year) if len(own) == 1 else None
            if city is not None and city.level == "prefecture" and city.province == resolution.division.name:
                resolution = Resolution(city.name, "resolved", city, (city,))
                span, placeless, within = own[0][:2], None, None
        if placeless is not None and placeless[0] == "prefecture" and "管委会" in text[:600]:
            # (a city's notice naming its province only in cited titles and itself only in the zones it addresses
            # beside its counties, 各县(市、区)人民政府、赣州经开区管委会、赣州蓉江新区管委会: the city those zones
            # are named after, one city of that province)
            own = _addressed_zones_city(text[: min(body_end, 600)], year, resolution.division.name)
            if own is not None:
                city, zone_span = own
                resolution = Resolution(city.name, "resolved", city, (city,))
                span, placeless, within = zone_span, None, None
                city = None
    elif (resolution is not None and resolution.division is not None and resolution.division.level == "county"
          and not title and "《" in text):
        placeless = below_cited_county(text, body_end, resolution.division)
    elif resolution is None and placeless is not None and "在" in text[:body_end]:
        # (a page naming in full only where a higher body met, 自治区人民政府在某市召开的…推进会: within that place's
        # province, whose bare 自治区 bodies it names)
        within = _venue_province(text, body_end, found, year, named)
    city = None
    if within is None and resolution is None and placeless is not None and "讲话" in text[:body_end]:
        # (a district's or a county's page naming no division in full, only its province as the place a leader's
        # speeches are on, 对江苏苏州工作重要讲话重要指示精神: within that province, whose bare 省委 it follows)
        within, city = _spoken_of_province(text, body_end)
        if placeless[0] not in ("county", "township") or _CITY_SELF.search(text, 0, body_end):
            # (a city's own page, or a county-level city's that calls itself 全市: its bare 市委 is its own, not the
            # city named in the speech's place)
            city = None
    return DocumentContext(
        text=text,
        title=title,
        title_span=title_span,
        jurisdiction=resolution,
        jurisdiction_span=span,
        year=year,
        year_span=year_span,
        named_divisions=named,
        divisions_found=tuple(found),
        body_start=start,
        body_end=body_end,
        publish_date=publish_date,
        publish_span=publish_span,
        doc_number=doc_number,
        doc_number_span=number_span,
        recipient_span=_recipient(text, start, head_end),
        headings=_headings(text, body_end),
        unnamed_level=placeless[0] if placeless else None,
        unnamed_level_span=placeless[1] if placeless else None,
        unnamed_within=within,
        unnamed_city=city,
    )
