"""Title and text normalization: the one place where noisy titles become canonical.

Extraction and evaluation both call :func:`normalize_title`, so a title is compared
the same way wherever it appears. The rules follow the gold schema: half-width
parentheses, an ASCII ``-`` between years (``2015—2020``, ``2015年—2020年`` and the
lost dash in ``20152020年`` all become ``2015-2020``), no spaces or line breaks, no trailing
punctuation, nested 《》 or <> inside a title written as 〈〉.

Example:
    >>> normalize_title(" 法治政府建设实施纲要（2015—2020年）。")
    '法治政府建设实施纲要(2015-2020年)'
    >>> normalize_title("法治政府建设实施纲要(20152020年)")
    '法治政府建设实施纲要(2015-2020年)'
    >>> normalize_title("浙江省法治政府建设实施纲要(2021年—2025年)")
    '浙江省法治政府建设实施纲要(2021-2025年)'
    >>> normalize_title("东辽县《法治政府建设实施纲要》的实施意见")
    '东辽县〈法治政府建设实施纲要〉的实施意见'
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib.resources import files

__all__ = ["normalize_title", "normalize_width", "fold_text", "radicals_as_characters", "to_simplified", "WHITESPACE"]

#: Every kind of space that scraped pages put inside titles.
WHITESPACE = re.compile(r"[\s\u00a0\u3000\u200b\u200c\u200d\ufeff]+")

# Dashes and tildes that stand between two years: em/en dashes, the Chinese
# double dash, full-width hyphen/tilde, wave dash.
_DASHES = "—–−‐‑‒―─－~～〜"
_YEAR_RANGE = re.compile(r"((?:19|20)\d{2})年?\s*[" + re.escape(_DASHES) + r"\-]+\s*((?:19|20)\d{2})")
# Years written in Chinese numerals (二○二四—二○二五年) take the same ASCII dash.
_HAN_YEAR = r"(?:一九|二[○〇零])[○〇零一二三四五六七八九]{2}"
_HAN_YEAR_RANGE = re.compile("(" + _HAN_YEAR + r")年?\s*[" + re.escape(_DASHES) + r"\-]+\s*(" + _HAN_YEAR + ")")
# The character 一 ("one") typed for the dash between two years (2021一2025年): the ASCII dash. A digit
# never stands right before 一 in a title otherwise.
_ONE_AS_DASH = re.compile(r"((?:19|20)\d{2})年?一((?:19|20)\d{2})(?=年|\)|$)")
# A lost dash: two plausible years run together before 年 or a closing bracket,
# the second not earlier than the first ("20152020年").
_LOST_DASH = re.compile(r"(?<!\d)((?:19|20)\d{2})((?:19|20)\d{2})(?=年|\)|$)")
# A year range whose digits were lost, only its dash left ((—年)): the ASCII dash, as a range has.
_LOST_YEARS = re.compile(r"\(\s*[" + re.escape(_DASHES) + r"]\s*年?\)")
_TRAILING = re.compile(r"[\s,，。.;；:：、!！?？…]+$")
_LEADING = re.compile(r"^[\s,，。.;；:：、]+")

# Width folding for what NFKC leaves alone or folds wrongly for titles.
_TRANSLATE = str.maketrans(
    {
        "（": "(",
        "）": ")",
        "［": "[",
        "］": "]",
        "《": "〈",  # nested title marks, once the outer ones are stripped
        "》": "〉",
        "<": "〈",
        ">": "〉",
        "＜": "〈",
        "＞": "〉",
        "﹤": "〈",
        "﹥": "〉",
        "「": "“",
        "」": "”",
        "『": "“",
        "』": "”",
    }
)


_WIDTH = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F) if chr(code) not in "，：；！？"}


def normalize_width(text: str) -> str:
    """Fold full-width ASCII letters, digits and punctuation to half width.

    Chinese punctuation that has no ASCII twin (、。“” 《》) is left alone.

    >>> normalize_width("ＡＢＣ１２３（试行）")
    'ABC123(试行)'
    """
    return text.translate(_WIDTH)


def _char_table(name: str) -> dict[int, str]:
    """A data file's character pairs, one a line (``from\tto``; ``#`` lines are comments)."""
    table: dict[int, str] = {}
    for line in (files("kg_builder") / "data" / name).read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            source, target = line.split("\t")
            table[ord(source)] = target
    return table


@functools.cache
def _t2s_table() -> dict[int, str]:
    """Traditional -> simplified, one character for one (``data/t2s_chars.tsv``)."""
    return _char_table("t2s_chars.tsv")


@functools.cache
def _radical_table() -> dict[int, str]:
    """CJK radicals, and compatibility ideographs, as the ideographs they stand for, one for one.

    PDF text layers give 实施⽅案 (U+2F45 KANGXI RADICAL SQUARE) for 实施方案 and ⻚ for 页: a
    font draws both with one glyph (``data/cjk_radicals.tsv``, made by ``docs/make_radicals.py``).
    """
    table = _char_table("cjk_radicals.tsv")
    # the compatibility ideographs (U+F900-FAFF), and the angle brackets fonts draw as 〈〉 (U+2329, U+232A)
    for code in [*range(0xF900, 0xFB00), 0x2329, 0x232A]:
        folded = unicodedata.normalize("NFC", chr(code))
        if folded != chr(code) and len(folded) == 1:
            table[code] = folded
    return table


@functools.cache
def _radical_pattern() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(chr(code) for code in _radical_table()))) + "]")


def radicals_as_characters(text: str) -> str:
    """The text with each CJK radical (and compatibility ideograph) as the character it stands for,
    one for one, nothing else changed: what a PDF's fonts meant.

    >>> radicals_as_characters("实施⽅案 2020年 01 ⽉")
    '实施方案 2020年 01 月'
    """
    table = _radical_table()
    return _radical_pattern().sub(lambda m: table[ord(m.group())], text)


@functools.cache
def _fold_table() -> dict[int, str]:
    table = dict(_t2s_table())
    t2s = _t2s_table()
    # (a radical standing for a traditional character stands for its simplified one here)
    table.update({code: t2s.get(ord(ideograph), ideograph) for code, ideograph in _radical_table().items()})
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    table.update({0x3000: " ", 0x00A0: " ", ord("「"): "“", ord("」"): "”", ord("『"): "“", ord("』"): "”",
                  ord("﹤"): "<", ord("﹥"): ">", ord("〖"): "【", ord("〗"): "】",
                  # the small form brackets some pages write a document number's year in (汕市卫办专函﹝2021﹞35号)
                  ord("﹝"): "〔", ord("﹞"): "〕",
                  # the double prime quotation marks some pages close a “ with (“法律六进〞活动, 〝…〞)
                  ord("〝"): "“", ord("〞"): "”", ord("〟"): "”",
                  # and the double prime (U+2033) others close a quote with ("红黄蓝″三色预警机制, "护航行动″专项行动)
                  ord("″"): "”",
                  # guillemets some pages use for title marks: «落实‹规定›清单»
                  ord("«"): "《", ord("»"): "》", ord("‹"): "〈", ord("›"): "〉"})
    return table


@functools.cache
def _fold_pattern() -> re.Pattern[str]:
    chars = "".join(sorted(chr(code) for code in _fold_table()))
    return re.compile("[" + re.escape(chars) + "]")


# Words whose traditional form folds, character by character, to a simplified word nobody
# writes: 計畫 and 規畫 (the traditional spelling of 计划 and 规划) fold to 计画 and 规画.
_WORDS = re.compile("[计规]画")
_WORD_FOLDS = {"计画": "计划", "规画": "规划"}


def _fold_words(text: str) -> str:
    """Same length: two characters for two."""
    return _WORDS.sub(lambda m: _WORD_FOLDS[m.group()], text) if "画" in text else text


def to_simplified(text: str) -> str:
    """Replace traditional characters that simplified text never uses, one for one.

    >>> to_simplified("東遼縣人民政府關於法治政府建設情況的報告")
    '东辽县人民政府关于法治政府建设情况的报告'
    >>> to_simplified("學法計畫")
    '学法计划'
    """
    return _fold_words(text.translate(_t2s_table()))


def fold_text(text: str) -> str:
    """The text extractors read: simplified, half-width, same length as ``text``.

    Every character maps to exactly one character, so a span found in the folded
    text is the same span in the original.

    >>> fold_text("（一）關於《規定》：")
    '(一)关于《规定》:'
    """
    # Most characters stay as they are: a regex finds the few to replace faster
    # than str.translate looks up every character.
    table = _fold_table()
    return _fold_words(_fold_pattern().sub(lambda m: table[ord(m.group())], text))


# A title with nothing to fold or repair but its brackets (checked first, in C).
_PLAIN = re.compile(r"[\u4e00-\u9fa5A-Za-z0-9()〈〉·\-]*")
_DIGIT_RUN = re.compile(r"[0-9]{8}")


def _fix_years(title: str) -> str:
    title = _YEAR_RANGE.sub(r"\1-\2", title)
    if "一" in title:
        title = _ONE_AS_DASH.sub(r"\1-\2", title)
    if "二" in title or "一九" in title:
        title = _HAN_YEAR_RANGE.sub(r"\1-\2", title)

    def lost(match: re.Match[str]) -> str:
        first, second = int(match.group(1)), int(match.group(2))
        if 0 < second - first <= 30:
            return f"{match.group(1)}-{match.group(2)}"
        return match.group(0)

    if "年)" in title:
        title = _LOST_YEARS.sub("(-年)", title)
    return _LOST_DASH.sub(lost, title)


@functools.lru_cache(maxsize=8192)
def normalize_title(raw: str) -> str:
    """Return the canonical form of a title as it stood between 《 and 》.

    Args:
        raw: the characters between the outer title marks, as written.

    Returns:
        The title with half-width brackets and digits, ``YYYY-YYYY`` year ranges,
        no whitespace, no leading or trailing punctuation, inner titles in 〈〉.
    """
    if (_PLAIN.fullmatch(raw) and "--" not in raw and "年-" not in raw and not _DIGIT_RUN.search(raw)
            and not ("一" in raw and _ONE_AS_DASH.search(raw))):
        # Most titles: Chinese, digits and half-width brackets only, nothing to fold.
        title = _fold_words(raw.translate(_t2s_table()))
    else:
        title = to_simplified(unicodedata.normalize("NFC", raw))
        title = WHITESPACE.sub("", title)
        title = normalize_width(title).translate(_TRANSLATE)
        title = _fix_years(title)
        title = _LEADING.sub("", title)
        title = _TRAILING.sub("", title)
    # An unbalanced half of a bracket pair at the edge is noise from a broken line.
    if title.endswith("(") or title.endswith("〈"):
        title = title[:-1]
    # A lost bracket around a trailing year range: "纲要(2015-2020年" or "纲要2015-2020年)".
    if title.count("(") > title.count(")") and re.search(r"\([^()]*$", title):
        title += ")"
    elif title.count(")") > title.count("(") and title.endswith(")"):
        title = re.sub(r"((?:19|20)\d{2}-(?:19|20)\d{2}年?\))$", r"(\1", title)
    if title.count("〈") > title.count("〉"):
        title += "〉"
    if "年" in title and _BARE_PLAN_YEARS.search(title):
        # Both brackets lost around a plan's years (〈…实施纲要2021-2025年〉): the plan's title has them.
        title = _BARE_PLAN_YEARS.sub(r"\1(\2)", title)
    if "”" in title and "“" in title and title.find("”") < title.find("“"):
        # Quotes typed the wrong way round (井研县”十四五“…规划): the same title as with “十四五”.
        title = _REVERSED_QUOTES.sub(r"“\1”", title)
    if "." in title:
        # A file's name on a document-sharing page (《…规划.docx》, 《…规划.docx(19页珍藏版)》): the title without
        # its extension and the page count the site adds.
        title = FILE_SUFFIX.sub("", title)
    return title


# A file's extension ending a title (报告.docx, 讲话.pdf, page.html), with the page count a document-sharing site
# adds after it (规划.docx(19页珍藏版)): what a headline, a cited title or a PDF's recorded title is without.
FILE_SUFFIX = re.compile(r"\.(?:docx?|wps|pdf|html?|txt|ofd|xlsx?|pptx?)(?:\(\d+页[^()]{0,8}\))?$", re.IGNORECASE)


# A plan's year range with both brackets lost, ending the title or an inner title (纲要2021-2025年〉).
_BARE_PLAN_YEARS = re.compile(r"(纲要|方案|规划|计划|要点)((?:19|20)\d{2}-(?:19|20)\d{2}年)(?=〉|$)")


_REVERSED_QUOTES = re.compile(r"”([^“”]{1,20})“")
