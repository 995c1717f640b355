"""Saved web pages: the main text without the site's navigation and footer, with title and date.

trafilatura finds the main text; when it finds nothing (or cannot be imported)
an lxml fallback drops scripts, navigation, headers, footers and sidebars and
keeps the largest block of text. The page's encoding comes from a byte-order
mark, then ``<meta charset>`` / ``http-equiv``, then detection (sites often
declare gb2312 and use GBK characters, or declare nothing).

The title and publish date land in ``Document.metadata`` (``title``, ``date``),
from the ``ArticleTitle``/``PubDate`` meta tags that Chinese government sites
carry under the national site guidelines, else from what trafilatura reads.
The title is kept as the text's first line when the main text does not hold
it, so that extraction finds its span.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..context import reads_as_title
from ..errors import InputError
from ..model import Document
from . import register
from .encoding import decode

__all__ = ["read_html", "html_text", "declared_charset"]

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_DATE = re.compile(r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
# A site name after the title in <title>: "标题_马村区人民政府", "标题 - 某某网", "标题|某某".
_TITLE_SUFFIX = re.compile(r"\s*(?:[_|｜]|\s-\s|——).*$")
# Blocks the fallback drops: what sites wrap navigation and footers in.
_BOILERPLATE = re.compile(
    r"nav|menu|footer|foot|header|head|breadcrumb|crumb|sidebar|side|copyright|banner|share|toolbar|"
    r"position|location|weizhi|dqwz|bottom|top|link|search|login|print|related",
    re.IGNORECASE,
)
_BLANK_LINES = re.compile(r"\n{3,}")
_CJK_TEXT = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef\u201c\u201d\u2014\u2026"
_SOURCE_WRAP = re.compile(f"(?<=[{_CJK_TEXT}])[ \t]*\r?\n[ \t]*(?=[{_CJK_TEXT}0-9()\\-])"
                          f"|(?<=[0-9()\\-])[ \t]*\r?\n[ \t]*(?=[{_CJK_TEXT}])")
# A line break in the markup's text, with the spaces around it.
_SOURCE_BREAK = re.compile(r"[ \t\r]*\n\s*")
#: Below this many characters trafilatura's result is not believed (a caption, a date).
_MIN_MAIN_TEXT = 50


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag within its first 4 KB."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    match = _DATE.search(value)
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _parse(markup: str):
    """An lxml tree of the page, or None when there is no markup at all."""
    import lxml.etree
    import lxml.html

    try:
        return lxml.html.document_fromstring(markup)
    except (lxml.etree.ParserError, ValueError):
        return None


def _meta_content(tree, *names: str) -> str | None:
    for name in names:
        for element in tree.xpath("//meta[@name or @property]"):
            key = (element.get("name") or element.get("property") or "").strip().lower()
            if key == name.lower():
                content = (element.get("content") or "").strip()
                if content:
                    return content
    return None


def _fallback_text(tree) -> str:
    """The largest block of text after dropping scripts, navigation, headers and footers."""
    for element in tree.xpath("//script|//style|//noscript|//nav|//header|//footer|//aside|//form|//select|"
                              "//iframe|//comment()|//processing-instruction()"):
        _drop(element)
    for element in list(tree.iter()):
        if not isinstance(element.tag, str) or element.getparent() is None:
            continue
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if marks.strip() and _BOILERPLATE.search(marks) and not re.search(r"content|article|zoom|editor|text|main",
                                                                            marks, re.IGNORECASE):
            _drop(element)
    body = tree.find("body")
    root = body if body is not None else tree
    best, best_score = root, -1
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        score = _own_text(element)
        if score > best_score:
            best, best_score = element, score
    return _lines(best)


_PARAGRAPHS = frozenset({"p", "br", "span", "font", "strong", "b", "em", "i", "u", "a", "h1", "h2", "h3", "h4",
                         "h5", "h6", "table", "tbody", "center", "blockquote", "pre", "ul", "ol"})


def _own_text(element) -> int:
    """How much text an element holds directly or in its paragraphs (not in nested blocks)."""
    total = len((element.text or "").strip())
    for child in element:
        if isinstance(child.tag, str) and child.tag in _PARAGRAPHS:
            total += len(child.text_content().strip())
        total += len((child.tail or "").strip())
    return total


def _drop(element) -> None:
    """Remove an element and its content, keeping the text that follows it."""
    if element.getparent() is not None:
        element.drop_tree()


def _lines(element) -> str:
    """Text of an element with a line break after each block element and <br>.

    The markup's own line breaks are only spaces to a browser (<br>\\n would give a blank line),
    except inside <pre>.
    """
    preformatted = {node for pre in element.iter("pre") for node in pre.iter()}  # (held: the same proxies)
    for node in element.iter():
        if not isinstance(node.tag, str) or node in preformatted:
            continue
        if node.text and "\n" in node.text:
            node.text = _SOURCE_BREAK.sub(" ", node.text)
        if node.tail and "\n" in node.tail:
            node.tail = _SOURCE_BREAK.sub(" ", node.tail)
    for br in element.iter("br"):
        br.tail = "\n" + (br.tail or "")
    blocks = {"p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "pre"}
    for block in element.iter(*blocks):
        block.tail = "\n" + (block.tail or "")
    for cell in element.iter("td", "th"):
        cell.tail = "\t" + (cell.tail or "")
    return element.text_content()


def _trafilatura(markup: str) -> tuple[str | None, str | None, str | None]:
    """trafilatura's main text, title and date; Nones when it is missing or finds nothing."""
    try:
        import trafilatura
    except ImportError:  # lxml_html_clean missing, or trafilatura not installed: use the fallback
        return None, None, None
    try:
        result = trafilatura.bare_extraction(markup, with_metadata=True, include_tables=True,
                                             include_comments=False, favor_recall=True, deduplicate=False)
    except (ValueError, TypeError, RecursionError, AttributeError):
        return None, None, None
    if result is None:
        return None, None, None
    get = result.get if isinstance(result, dict) else lambda key: getattr(result, key, None)
    return get("text"), get("title"), get("date")


def _choose_title(meta_title: str | None, found_title: str | None, page_title: str | None) -> str:
    """The page's title: the first of the meta tag's, trafilatura's and <title>'s that reads as a
    document's title (…报告, …方案); "" when none does.

    trafilatura takes a page without a headline element's first line for its title, often the
    breadcrumb (首页 > 政务公开 > 年度报告) or the opening sentence, or the <title> with the site's
    name after it; a <title> may be the site's name alone. None of those is the document's title:
    the text is left to say what is.
    """
    if found_title and page_title and _TITLE_SUFFIX.sub("", found_title.strip()) == page_title:
        found_title = page_title
    given = [title.strip() for title in (meta_title, found_title, page_title) if title and title.strip()]
    return next((title for title in given if reads_as_title(title)), "")


_XML_INCOMPATIBLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def html_text(markup: str, path: str = "<html>") -> tuple[str, dict[str, str]]:
    """The main text of a page and its metadata (``title``, ``date`` when found).

    Raises:
        InputError: the page has no markup or no main text.
    """
    # A line break the markup's source has between two Chinese characters, or one and a figure (a word
    # processor's export wraps its lines: 推进法治\r\n政府建设, 2021\r\n年) is no break a browser shows.
    markup = _SOURCE_WRAP.sub("", markup)
    # (control characters no XML string may hold, a vertical tab or a form feed: spaces to a browser, and lxml
    # refuses them in a node's text)
    markup = _XML_INCOMPATIBLE.sub(" ", markup)
    tree = _parse(markup)
    if tree is None:
        raise InputError(path, "not an HTML page (no markup)")
    meta_title = _meta_content(tree, "ArticleTitle", "og:title")
    meta_date = _meta_content(tree, "PubDate", "publishdate", "article:published_time", "firstpublishedtime")
    page_title = None
    title_element = tree.find(".//title")
    if title_element is not None and title_element.text_content().strip():
        page_title = _TITLE_SUFFIX.sub("", title_element.text_content().strip()) or None
    text, found_title, found_date = _trafilatura(markup)
    # trafilatura drops repeated paragraphs and sometimes most of a long page: when
    # the largest text block holds far more, that block is the main text.
    fallback = _fallback_text(tree)
    found = len((text or "").strip())
    if found < _MIN_MAIN_TEXT or len(fallback.strip()) > 1.5 * found:
        if len(fallback.strip()) > found:
            text = fallback
    elif len(fallback.strip()) >= 0.9 * found and fallback.count("\n") >= max(10, 3 * (text or "").count("\n")):
        # trafilatura ran the lines of a table cell into one (an old site's page, its text in a <td>
        # with <br> between lines): the block with its lines is the text as the page shows it
        text = fallback
    text = _BLANK_LINES.sub("\n\n", "\n".join(line.rstrip() for line in (text or "").splitlines())).strip()
    if not any(ch.isalnum() for ch in text):
        raise InputError(path, "no main text in the page")
    metadata: dict[str, str] = {}
    title = re.sub(r"\s+", " ", _choose_title(meta_title, found_title, page_title))
    if title:
        metadata["title"] = title
        if title not in text[: max(2000, len(title) * 2)]:
            text = f"{title}\n\n{text}"
    date = _iso_date(meta_date) or _iso_date(found_date)
    if date:
        metadata["date"] = date
    return text, metadata


@register(".html", ".htm", ".shtml", ".xhtml")
def read_html(path: Path) -> Document:
    """Read a saved web page; the document id is the file's stem."""
    data = path.read_bytes()
    markup, encoding = decode(data, str(path), declared=declared_charset(data))
    text, metadata = html_text(markup, str(path))
    metadata["encoding"] = encoding
    return Document(id=path.stem, text=text, path=str(path), metadata=tuple(sorted(metadata.items())))
