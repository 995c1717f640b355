"""How a text's characters and lines are laid out, repaired before extraction reads it.

Two layouts break extraction, which reads sentences, names and 《titles》 whole:

* **Hard-wrapped lines** (:func:`unwrap`). A PDF's text layer (and a text file
  saved from one) breaks every line where the page did, in the middle of
  sentences, names and titles: "…按照《法治政府建设实施纲要(201" / "5—2020年)》…".
  A text is hard-wrapped when, of its lines of ten characters or more, at least
  three in ten are "full" (about as long as the longest quarter of them) and end
  without a sentence's punctuation. Paragraphs of a text with its lines kept end
  in 。 or similar: on 182 real documents that share is at most 0.14, on the same
  documents wrapped at 35 characters at least 0.42. Each full line that ends
  open is joined to the next, unless the next opens a heading or an item
  (一、, (一), 1., 第…条, 附件, a document number) or what has been joined of it
  reads as a title standing alone (a title ending in its last word, or a headline
  印发《…》); blank lines (paragraphs, pages) stay.
* **Spaced-out characters** (:func:`unspace`). Some PDF text layers, and pages
  that space their letters with blanks, put a space between every two Chinese
  characters: "法 治 政 府 建 设". A text is spaced out when most of its Chinese
  characters are followed by a single space and another Chinese character,
  digit or mark; then those single spaces go (a wider gap stays, as one space).

* **Pinyin glosses** (:func:`unglossed`). Some sites' script converters print a
  character's reading after it: "轉(zhuǎn)發(fā)《…規(guī)劃》". The glosses split names and
  titles; when a text has two or more, each "(pinyin with a tone mark)" right after a
  Chinese character goes.

Example:
    >>> text = "\\n".join(["2019年,我县坚持依法行政,深入学习贯", "彻党的十九大精神,按照《法治政府建设实", "施纲要》推进工作,取得了明显成效。"] * 3)
    >>> unwrap(text).splitlines()[0]
    '2019年,我县坚持依法行政,深入学习贯彻党的十九大精神,按照《法治政府建设实施纲要》推进工作,取得了明显成效。'
    >>> unwrap("一行。\\n二行。") is None
    True
    >>> unspace("2019 年 , 东 辽 县 按 照 《 法 治 政 府 建 设 实 施 纲 要 》  推 进 工 作 。")
    '2019年,东辽县按照《法治政府建设实施纲要》 推进工作。'
    >>> unspace("东辽县 2019 年工作报告") is None
    True
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from ..normalize import radicals_as_characters

__all__ = ["unglossed", "unspace", "unwrap", "without_page_furniture", "without_run_gaps"]

# What a paragraph ends with (a full line ending so is taken as a paragraph's end).
# (an attachment's file name ends its line too: 附件:2023年度…工作计划.doc, above the signature; round 262)
_CLOSED = re.compile(r"[。!?;:\uff01\uff1f\uff1b\uff1a…]$|\.(?:docx?|wps|pdf|xlsx?|et|ofd|zip|rar)$", re.I)
_LATIN = re.compile(r"[A-Za-z]")
# A page's byline: its date, then a field of the page's (2020年01月07日 10:50 来源:…, 2024-03-28 发布机构:…).
_BYLINE_LINE = re.compile(r"^\s*(?:19|20)\d{2}\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}.{0,40}?"
                          r"(?:来源|发布|浏览|编辑|作者|点击)")
# A report's opening sentence: 2019年, 2019年以来, 2023年度,
_YEAR_OPENING = re.compile(r"\s*(?:19|20)\d{2}年[^,\uff0c\n]{0,3}[,\uff0c]")
# A site's breadcrumb, two steps or more: 首页 > 部门信息公开 > 县市场监管局.
_BREADCRUMB = re.compile(r"[^\s>\u203a\u00bb]\s*[>\u203a\u00bb]\s*[^\s>\u203a\u00bb][^>\u203a\u00bb]*[>\u203a\u00bb]")
# A title on a line of its own, as wide as the text: no comma in it, a title's last word at its end.
_TITLE_LINE = re.compile(
    # (its years or edition after it: …分工方案(2021-2025年), …办法(试行))
    r"^[^,\uff0c、。;\uff1b]*(?:报告|总结|方案|通知|要点|意见|规划|纲要|计划|安排|办法|规定|决定|函|打算|思路)"
    r"(?:[(\uff08][^()\uff08\uff09]{2,16}[)\uff09])?\s*$"
    # (a news headline carrying a document: 中共某省委印发《…实施方案(2021—2025年)》, its issuers listed or not)
    r"|^[^,\uff0c。;\uff1b《》]*(?:印发|转发|发布|出台)了?《[^《》]+》\s*$")
# What opens a line of its own: an item, a heading, an article, an attachment, a signature date,
# a page's metadata under a title about as wide as the text (时间:…, 来源:…), a document number, the recipients.
_OPENS = re.compile(
    r"^\s*(?:[一二三四五六七八九十]+[、.]|[(\uff08][一二三四五六七八九十\d]+[)\uff09]|\d+[.、．]|"
    r"第[一二三四五六七八九十百\d]+[章条节]|附件|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*$|"
    # (a news page's byline, its date and time: 2016-09-20 08:30  来源: 辽宁日报)
    r"(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)|"
    r"(?:发布|成文|发文|印发|更新)?(?:时间|日期)\s*[:：]|(?:信息|文章)?来源\s*[:：]|索\s*引\s*号|浏览|点击|字号|文号|"
    r"[\u4e00-\u9fa5]{1,10}[〔\[【]\d{4}[〕\]】]第?\d{1,4}号\s*$|"
    # (an item of a site's menu of links, each cut to the menu's width: - ·关于印发《…, · 关于…)
    r"(?:-\s*)?[·•]|"
    # the bodies a report or notice is sent to, on their own line (县委依法治县办、县政府：)
    r"[\u4e00-\u9fa5、,\uff0c()\uff08\uff09]{1,60}(?:政府|委|办|局|厅|部门|单位|办事处)[:\uff1a]\s*$)")
_MIN_LINES = 6
_OPEN_SHARE = 0.3


def _title_line(line: str) -> bool:
    """Whether a line reads as a title standing alone (its brackets closed, no comma, a title's last word)."""
    if not _TITLE_LINE.match(line):
        return False
    depth = 0
    for char in line:
        depth += (char in "《(\uff08") - (char in "》)\uff09")
        if depth < 0:  # a line that closes what an earlier line opened continues it
            return False
    return depth == 0


def _columns(line: str) -> int:
    """A line's width in columns: a character beyond ASCII (a Chinese character, a full-width mark)
    takes two. (Counted in C: the ASCII characters are what encoding to ASCII keeps.)"""
    return 2 * len(line) - len(line.encode("ascii", "ignore"))


def _wrap_test(lines: list[str], measure: Callable[[str], int]) -> Callable[[str], bool] | None:
    """Whether a line is full and open, when the lines are hard-wrapped by ``measure``; None when they are not."""
    # (a table's rows, cells parted by tabs, are alike in length and end open: they are no wraps)
    # (nor is the rest of a row the wrap cut, on the line after it: 县发改局、县市场监管局)
    measured = [measure(line.rstrip()) for index, line in enumerate(lines) if len(line.strip()) >= 10
                and "\t" not in line and not (index and "\t" in lines[index - 1])]
    if len(measured) < _MIN_LINES:
        return None
    width = sorted(measured)[int(len(measured) * 0.75)]

    def full_and_open(line: str) -> bool:
        body = line.rstrip()
        return width - 3 <= measure(body) <= width + 6 and not _CLOSED.search(body) and "\t" not in body

    full = sum(1 for line in lines if len(line.strip()) >= 10 and full_and_open(line))
    return full_and_open if full >= _OPEN_SHARE * len(measured) else None


def unwrap(text: str) -> str | None:
    """The text with its hard wraps undone, or None when it is not hard-wrapped."""
    lines = text.split("\n")
    # Lines cut at a number of characters, or at a page's width (a PDF's text layer, where a digit or an
    # ASCII comma takes half a Chinese character's room): a line is full by either measure that finds the
    # text wrapped (one with its figures is short in characters, full in columns).
    tests = [test for test in (_wrap_test(lines, measure) for measure in (len, _columns)) if test is not None]
    if not tests:
        return None

    def full_and_open(line: str) -> bool:
        return any(test(line) for test in tests)

    # A page number on its own line (— 2 —, 第2页; a bare 2 only inside a sentence the page cut):
    # the text of a PDF copied out with its pages' numbers. The wrap goes on past it.
    def page_number(index: int, joining: bool) -> bool:
        line = lines[index]
        return bool(line.strip()) and _PAGE_NUMBER.match(line) is not None and (joining or not line.strip().isdigit())

    out: list[str] = []
    joining = False
    for index, line in enumerate(lines):
        if page_number(index, joining):
            continue
        piece = line.lstrip() if joining else line
        if joining and out and _LATIN.match(out[-1][-1:]) and _LATIN.match(piece[:1]) and not _OPEN_GLOSS.search(out[-1]):
            # two words of a Latin-script phrase (digits of a number join as they are, and so does
            # a character's pinyin reading split by the wrap: 關(g / uān)于)
            piece = " " + piece
        if joining:
            out[-1] += piece
        else:
            out.append(piece)
        after = index + 1
        while after < len(lines) and page_number(after, True):
            after += 1
        following = lines[after] if after < len(lines) else ""
        # (a title is whole once what has been joined of it reads as one: 关于转发《…》 / …》的通知)
        # (nor is a breadcrumb, whose last step the wrap width may reach: the title on the next line
        # is no step of it; nor a page's byline, its date and its source, before the report's opening)
        joining = bool(full_and_open(line) and following.strip() and not _OPENS.match(following)
                       and not _title_line(out[-1]) and not _BREADCRUMB.search(out[-1])
                       and not (_BYLINE_LINE.search(out[-1]) and _YEAR_OPENING.match(following)))
        if joining:
            out[-1] = out[-1].rstrip()
    return "\n".join(out)


# A Chinese character or mark, or a digit: what a spaced-out text puts single spaces between.
_DENSE = "\u3000-\u303f\u4e00-\u9fff\uff00-\uffef0-9,.:;()《》“”、\u2014\u2013~\\-"
_SPACED_PAIR = re.compile(f"(?<=[\u4e00-\u9fff]) (?=[{_DENSE}])")
_SINGLE_GAP = re.compile(f"(?<=[{_DENSE}]) (?=[{_DENSE}])")
_WIDE_GAP = re.compile(f"(?<=[{_DENSE}])[ \u3000]{{2,}}(?=[{_DENSE}])")
_NOT_HANZI = re.compile("[^\u4e00-\u9fff]+")
_SPACED_SHARE = 0.5
_MIN_HANZI = 20


def unspace(text: str) -> str | None:
    """The text without the spaces set between its characters, or None when it is not spaced out."""
    head = text[:20000]
    spaces = head.count(" ")
    # Each spaced pair takes a space: too few spaces rule a text out before its Hanzi are counted
    # (counting them is most of the cost of reading a plain text).
    if spaces < _SPACED_SHARE * _MIN_HANZI:
        return None
    hanzi = len(_NOT_HANZI.sub("", head))
    if hanzi < _MIN_HANZI or spaces < _SPACED_SHARE * hanzi or len(_SPACED_PAIR.findall(head)) < _SPACED_SHARE * hanzi:
        return None
    return _WIDE_GAP.sub(" ", _SINGLE_GAP.sub("", text))


# A heading line set with a space between its characters (青 海 省 卫 生 健 康 委), near the text's top.
_SPACED_HEADING = re.compile("^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){3,}[ \t]*$", re.M)
_HEADING_SPAN = 2000


def unspaced_headings(text: str) -> str | None:
    """The text with its letter-spaced heading lines at the top joined up, or None when it has none."""
    head = text[:_HEADING_SPAN]
    joined = _SPACED_HEADING.sub(lambda m: m.group().replace(" ", "").rstrip(), head)
    return None if joined == head else joined + text[_HEADING_SPAN:]


# A page number on a line of its own: "— 3 —", "- 3 -", "3", "第3页", "第 3 页 共 10 页", "3/10".
_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|\d{1,4}|第\s*\d{1,4}\s*页(?:\s*[,\uff0c]?\s*共\s*\d{1,4}\s*页)?"
                          r"|\d{1,4}\s*/\s*\d{1,4})\s*$")


def without_page_furniture(pages: list[str]) -> list[str]:
    """The pages without their page numbers and running heads and feet, so that a sentence may run on.

    Pages are joined with one line break, not a blank line: a sentence the page
    cut goes on at the next page's first line, and the wrapped lines are joined
    again later (:mod:`.layout`). A running head or foot is one of a page's first
    or last three lines that at least half the pages (three or more) repeat, its
    figures aside (a browser's print: 11/23/26, 5:12 PM / file:///….html 2/7).
    """
    split = [page.split("\n") for page in pages]

    def running(ends: list[list[str]]) -> set[str]:
        counts = Counter(key for lines in ends for key in {_furniture_key(line) for line in lines})
        return {key for key, count in counts.items() if key and count >= 3 and count * 2 >= len(split)}

    heads = running([lines[:3] for lines in split])
    feet = running([lines[-3:] for lines in split])
    kept: list[str] = []
    for index, lines in enumerate(split):
        for _ in range(3):
            if index > 0 and lines and _furniture_key(lines[0]) in heads:
                lines = lines[1:]
        for _ in range(3):
            if lines and _furniture_key(lines[-1]) in feet:
                lines = lines[:-1]
        while lines and _PAGE_NUMBER.match(lines[-1]):
            lines = lines[:-1]
        while lines and _PAGE_NUMBER.match(lines[0]):
            lines = lines[1:]
        if lines:
            kept.append("\n".join(lines))
    return kept


def _furniture_key(line: str) -> str:
    """A page's line with its figures masked, so that the same head or foot on every page is one key."""
    return _FIGURES.sub("#", line.strip())


_FIGURES = re.compile(r"\d+")


# The space a PDF's or OFD's text layer puts where the font changes, which Chinese typesetting does not
# have: beside a Chinese mark (（ 2021-2025 年 ）, “ 三项制度 ”, 年 ）》), between ASCII punctuation and a
# character (建设 , 根据), and between a number and its unit (2022 年, 326 件; 关于 2022 年度). One between a
# time and the next field (14:24 信息来源), a body and its date (某县人民政府 2024年1月8日) or two
# characters (中共某市委 某市人民政府) parts two things and stays.
_HAN = "\u2e80-\u2fdf\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_MARK = "\u3000-\u303f\uff00-\uffef\u201c\u201d\u2018\u2019\u2014\u2026\u00b7\u2022\u2329\u232a"
_PUNCT = ",.:;!?()<>\\[\\]%+"
_UNIT = "年月日号个件人次万亿元项条款章节名家所场期批份余多届季度倍位户座辆台套本篇页"
_RUN_GAP = re.compile(
    f"(?<=[{_MARK}]) (?=\\S)|(?<=\\S) (?=[{_MARK}])"
    f"|(?<=[{_PUNCT}]) (?=[{_HAN}])|(?<=[{_HAN}]) (?=[{_PUNCT}])"
    f"|(?<=[0-9]) (?=[{_UNIT}])|(?<=[{_HAN}]) (?=-[0-9])"
    f"|(?<=[{_HAN}]) (?=[0-9][0-9.]*[ \\n]?[{_UNIT}](?! ?[0-9]{{1,2}} ?月))"
)
# A number glued to the character or mark before it, then a gap (“3515 重大工程项目”, 、3515 重大): the font's.
_NUMBER_GAP = re.compile(f"(?<=[{_HAN}{_MARK}])([0-9][0-9.]*) (?=[{_HAN}])")


def without_run_gaps(text: str) -> str:
    """The text of a PDF or OFD without the spaces its text layer puts where the font changes, and with
    the characters its fonts gave as radicals (⽉ for 月: :func:`..normalize.radicals_as_characters`).

    >>> without_run_gaps("关于 2022 年度“ 三项制度 ”落实情况 , 全年办理 326 件“3515 重大工程”“线上 + 线下”")
    '关于2022年度“三项制度”落实情况,全年办理326件“3515重大工程”“线上+线下”'
    >>> without_run_gaps("发布时间:2020-03-04 14:24 信息来源:某县人民政府 2024年1月8日")
    '发布时间:2020-03-04 14:24 信息来源:某县人民政府 2024年1月8日'
    """
    return _NUMBER_GAP.sub(r"\1", _RUN_GAP.sub("", radicals_as_characters(text)))


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A reading right after a character: (zhuǎn), （fā）; a tone mark in it, so (abc) or (2021) stays.
_TONE_MARK = re.compile(f"[{_TONED}]")
_GLOSS = re.compile(f"(?<=[\u4e00-\u9fff])[(（](?=[a-zü]*[{_TONED}])[a-zü{_TONED}]{{1,7}} ?[)）]")
# A neutral-tone reading has no tone mark: the particles a converter glosses as it does every other
# character (的(de), 了(le), 們(men)), each only after its own character (a bracket like (de) elsewhere stays).
_NEUTRAL_GLOSS = re.compile(
    r"(?:(?<=[的地得])[(（]de|(?<=了)[(（]le|(?<=[么麼])[(（]me|(?<=[们們])[(（]men|(?<=[吗嗎])[(（]ma"
    r"|(?<=呢)[(（]ne|(?<=吧)[(（]ba|(?<=[着著])[(（]zhe|(?<=[个個])[(（]ge) ?[)）]")
# A reading some converters print without its tone mark, as often as not twice or thrice after a character they
# meet again (各(ge)省(sheng)(sheng)、自治區(qu), 主(zhu)(zhu)(zhu)義): a syllable's shape, an initial and a final.
_TONELESS_SYLLABLE = r"(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])?(?:[aeiouü]{1,3})(?:ng|n|r)?"
_TONELESS_GLOSS = re.compile(f"[(（]{_TONELESS_SYLLABLE}[)）]")
_TONELESS_GLOSSES = re.compile(f"(?<=[\u4e00-\u9fff])(?:[(（]{_TONELESS_SYLLABLE}[)）])+")
# The start of a reading, cut by a line's end (關(g): what unwrap joins without a space.
_OPEN_GLOSS = re.compile(f"[\u4e00-\u9fff][(（][a-zü{_TONED}]{{0,6}}$")


def unglossed(text: str) -> str | None:
    """The text without the pinyin readings printed after its characters, or None when it has none.

    >>> unglossed("省委省政府轉(zhuǎn)發(fā)《規(guī)劃》(2016年)")
    '省委省政府轉發《規劃》(2016年)'
    >>> unglossed("《某(mǒu)办法》") is None
    True
    >>> unglossed("廣東省人(rén)民政府關于印發…的(de)通(tōng)知")
    '廣東省人民政府關于印發…的通知'
    """
    if _TONE_MARK.search(text, 0, 20000) is None:  # (a tone mark is rare: looking for one first spares the slower search)
        return _toneless_unglossed(text)
    if len(_GLOSS.findall(text, 0, 20000)) < 2:
        return None
    return _NEUTRAL_GLOSS.sub("", _GLOSS.sub("", text))


def _toneless_unglossed(text: str) -> str | None:
    """The text without readings printed with no tone mark (教(jiao)育(yu)(yu)廳), when at least eight of them,
    of four syllables or more, stand right after characters in its opening; else None (a bracketed (app) or a
    list's (a) after a word stays).

    >>> _toneless_unglossed("各(ge)省(sheng)(sheng)、自治區(qu)、直轄市教(jiao)育(yu)(yu)廳,部(bu)屬(shu)(shu)各(ge)高(gao)等學校")
    '各省、自治區、直轄市教育廳,部屬各高等學校'
    >>> _toneless_unglossed("下载客户端(app)后办理,另见附件(a)和(b)") is None
    True
    """
    if text.count("(", 0, 20000) + text.count("（", 0, 20000) < 8:
        return None
    readings = [
        m.group() for m in _TONELESS_GLOSS.finditer(text, 0, 20000) if "\u4e00" <= text[m.start() - 1 : m.start()] <= "\u9fff"
    ]
    if len(readings) < 8 or len(set(readings)) < 4:
        return None
    return _TONELESS_GLOSSES.sub("", text)
