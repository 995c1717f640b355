"""Readers: every format and encoding analysts bring, read into the right text and metadata."""

from __future__ import annotations

import os
import shutil
import re
import sys
from pathlib import Path

import opencc
import pytest
from hypothesis import given, strategies as st

import kg_builder
from kg_builder.errors import InputError
from kg_builder.model import Document
from kg_builder.pipeline import extract
from kg_builder.readers import iter_sources, read_document, read_entry, read_manifest, sample_corpus, supported_suffixes
from kg_builder.readers.encoding import decode
from kg_builder.readers.html import html_text
from kg_builder.readers.traditional import is_traditional, to_simplified

INPUTS = Path(__file__).resolve().parent / "data" / "inputs"

SHORT_TITLE = "关于2019年度法治政府建设情况的报告"
SENTENCE = "2019年,中站区认真贯彻落实《法治政府建设实施纲要(2015-2020年)》,推进依法行政。"


def _traditional(text: str) -> str:
    return opencc.OpenCC("s2tw").convert(text)


@pytest.fixture(scope="module")
def seed_text(sample_dir: Path) -> str:
    return (sample_dir / "000_5897df00731d88e1.txt").read_text("utf-8")


ENCODINGS = [
    # (encoding to write, traditional text?)
    ("utf-8", False), ("utf-8-sig", False), ("gb18030", False), ("gbk", False), ("gb2312", False),
    ("big5", True), ("cp950", True), ("utf-16", False), ("utf-16-le", False), ("utf-16-be", False),
    ("utf-16", True), ("utf-16-le", True), ("gbk", True),
]


@pytest.mark.parametrize("encoding, traditional", ENCODINGS)
@pytest.mark.parametrize("which", ["title", "sentence", "document"])
def test_text_in_every_encoding_reads_back(tmp_path, seed_text, encoding, traditional, which):
    text = {"title": SHORT_TITLE, "sentence": SENTENCE, "document": seed_text}[which]
    if traditional:
        text = _traditional(text)
    path = tmp_path / "doc.txt"
    path.write_bytes(text.encode(encoding))
    doc = read_document(path)
    assert doc.source_text == text
    if traditional:
        assert doc.original_text == text and doc.text == to_simplified(text)
        assert doc.meta("script") == "traditional"
    else:
        assert doc.original_text is None and doc.text == text


@pytest.mark.parametrize("text", ["法治政府", "依法行政工作", "司法局", "县人民政府办公室"])
@pytest.mark.parametrize("encoding", ["gbk", "utf-8", "utf-16-le", "utf-16-be"])
def test_short_texts_are_not_misdetected(text, encoding):
    assert decode(text.encode(encoding), "t.txt")[0] == text


def test_windows_line_endings_become_newlines(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(SENTENCE.replace("。", "。\r\n").encode("gbk") * 3)
    assert "\r" not in read_document(path).text


# -- saved web pages ------------------------------------------------------------

def test_saved_page_keeps_the_main_text_and_drops_navigation_and_footer():
    doc = read_document(INPUTS / "macun_2023.html")
    assert doc.meta("title") == "马村区关于2023年度法治政府建设工作情况的报告"
    assert doc.meta("date") == "2024-01-05"
    assert doc.meta("encoding") == "gb18030"  # declared gb2312 in <meta>
    assert doc.text.startswith(doc.meta("title"))
    assert "现将马村区2023年度法治政府建设工作情况报告如下" in doc.text
    assert "落实《河南省行政规范性文件管理办法》" in doc.text
    for boilerplate in ("版权所有", "ICP备", "当前位置", "友情链接", "相关文章", "打印本页", "走进马村", "统计"):
        assert boilerplate not in doc.text, boilerplate


def test_saved_page_extraction_reads_the_title_and_citations():
    extraction = extract(read_document(INPUTS / "macun_2023.html"))
    cited = {f.object.name for f in extraction.of("cites")}
    assert "河南省行政规范性文件管理办法" in cited
    assert extraction.value("title") == "马村区关于2023年度法治政府建设工作情况的报告"


@pytest.mark.parametrize("first_line", [
    # a page without a headline element: trafilatura takes its first line, a breadcrumb, or the
    # <title> with the site's name after it
    "首页 > 政务公开 > 法治政府建设 > 年度报告",
    "",
])
def test_page_title_is_the_documents_not_the_breadcrumb_or_site(first_line):
    title = "静海区2023年法治政府建设情况报告"
    lines = [first_line, "天津市静海区人民政府", title, "发布时间:2024-03-28 来源:静海区司法局",
             "2023年,静海区深入推进依法行政,全面落实《法治政府建设实施纲要(2021-2025年)》。" * 3]
    body = "".join(f"<p>{line}</p>" for line in lines if line)
    page = (f"<html><head><meta charset='utf-8'><title>{title}_天津市静海区人民政府门户网站</title></head>"
            f"<body><div class='article'>{body}</div></body></html>")
    text, metadata = html_text(page)
    assert metadata["title"] == title
    extraction = extract(Document(id="page", text=text, metadata=tuple(sorted(metadata.items()))))
    assert (extraction.value("title"), extraction.value("yearCovered")) == (title, 2023)


@pytest.mark.parametrize("page_title", ["天津市静海区人民政府门户网站", "一、主要举措和成效_静海区人民政府"])
def test_page_title_that_reads_as_no_documents_title_is_not_taken(page_title):
    # The <title> the site's name alone, or a section's heading, and no headline: no title is given, the
    # text says what it is, and nothing is put before it.
    lines = ["2023年,静海区深入推进依法行政,全面落实《法治政府建设实施纲要(2021-2025年)》。" * 3, "一、主要举措和成效"]
    body = "".join(f"<p>{line}</p>" for line in lines)
    text, metadata = html_text(f"<html><head><meta charset='utf-8'><title>{page_title}</title></head>"
                               f"<body><div class='article'>{body}</div></body></html>")
    assert "title" not in metadata and text.startswith("2023年,静海区")


def test_word_processors_web_page_source_wraps_are_no_breaks():
    # "Save as web page": each paragraph a <p class=MsoNormal>, its source wrapped mid-word (推进法治\r\n政府,
    # 2021\r\n年): a browser shows no break there, and neither does the text.
    pieces = ["2023年，青山县坚持依法行政，按照《法治政府建设实施纲要（2021—", "2025", "年）》推进法治", "政府建设，县司法", "局牵头。"]
    sentence, wrapped = "".join(pieces), "\r\n".join(pieces)
    body = "".join(f"<p class=MsoNormal><span style='font-family:仿宋'>{wrapped}</span></p>\r\n" for _ in range(4))
    text, _ = html_text(f"<html><head><meta charset='utf-8'><title>t</title></head><body><div class=WordSection1>"
                        f"{body}</div></body></html>")
    assert [line for line in text.splitlines() if line.strip()] == [sentence] * 4


def test_old_sites_table_laid_page_keeps_its_lines():
    # An old site's page: navigation in tables, the text in one <td> with <br> between its lines (and the
    # markup's own line breaks after each <br>). The lines are the text's, not run into one.
    lines = ["中共青山市委办公室 青山市人民政府办公室", "关于印发《青山市法治政府建设实施方案》的通知",
             "各县(市、区)党委和人民政府,市级各部门:",
             "《青山市法治政府建设实施方案》已经市委、市政府同意,现印发给你们,请结合实际认真贯彻落实。" * 3,
             "一、总体要求", "到2025年,政府行为全面纳入法治轨道,法治政府建设取得重大进展。" * 3]
    nav = "".join(f"<td><a href='/n{i}'>{item}</a></td>" for i, item in enumerate(["首页", "政务公开", "政策法规"]))
    cell = "<br>\n".join(lines)
    page = (f"<html><head><meta charset='utf-8'><title>青山市人民政府</title></head><body><table><tr>{nav}</tr></table>"
            f"<table><tr><td width='780'><table><tr><td class='zw'>{cell}</td></tr></table></td></tr>"
            "</table></body></html>")
    text, _ = html_text(page)
    kept = [line.strip() for line in text.splitlines() if line.strip()]
    assert kept[-len(lines):] == lines


def test_lxml_fallback_when_trafilatura_is_unavailable(monkeypatch):
    # What happens where trafilatura cannot be imported (e.g. lxml_html_clean missing).
    monkeypatch.setitem(sys.modules, "trafilatura", None)
    markup = (INPUTS / "macun_2023.html").read_bytes().decode("gb18030")
    text, metadata = html_text(markup)
    assert metadata["title"] == "马村区关于2023年度法治政府建设工作情况的报告"
    assert "现将马村区2023年度法治政府建设工作情况报告如下" in text
    for boilerplate in ("版权所有", "当前位置", "友情链接", "统计"):
        assert boilerplate not in text, boilerplate


@pytest.mark.parametrize("declared, encoding", [
    ('<meta charset="utf-8">', "gbk"),  # the site lies: declared UTF-8, served GBK
    ('<meta http-equiv="Content-Type" content="text/html; charset=big5">', "big5"),
    ("", "gb18030"),
    ('<meta charset="x-unknown">', "utf-8"),
])
def test_page_charset_declared_or_not(tmp_path, declared, encoding):
    body = _traditional(SENTENCE) if encoding == "big5" else SENTENCE
    page = f"<html><head>{declared}<title>2019</title></head><body><div id='zoom'><p>{body * 3}</p></div></body></html>"
    path = tmp_path / "page.htm"
    path.write_bytes(page.encode(encoding))
    doc = read_document(path)
    assert to_simplified(body) in doc.text


# -- PDF and Word ------------------------------------------------------------------

def test_pdf_text_layer_title_and_date():
    doc = read_document(INPUTS / "dongliao_2019.pdf")
    assert doc.meta("title") == "东辽县人民政府关于2019年度东辽县法治政府建设情况的报告"
    assert doc.meta("date") == "2020-03-04"
    assert "东府〔2020〕3号" in doc.text
    assert "(责任编辑:赵昕)" in doc.text


def test_pdf_as_a_real_writer_exports_it_reads_as_its_text():
    # Chromium's export with Noto CJK, as a word processor's is: radicals for some characters (⼈⺠ for
    # 人民), spaces where the font changes (2019 年), lines broken at the page's width, and a file name
    # for the recorded title. The document reads as its own text does.
    doc = read_document(INPUTS / "dongliao_2019_chromium.pdf")
    pdf = extract(doc)
    seed = next(sample_corpus().glob("001_*.txt")).read_text("utf-8")
    lines = [line.strip() for line in seed[seed.index("东辽县人民政府关于2019年度") :].splitlines() if line.strip()]
    plain = extract(Document(id="plain", text="\n".join(lines)[: len(doc.text)]))
    assert doc.meta("title") is None  # dongliao_2019.docx is no title
    assert pdf.value("title") == plain.value("title") == "东辽县人民政府关于2019年度东辽县法治政府建设情况的报告"
    for key in ("yearCovered", "docType"):
        assert pdf.value(key) == plain.value(key)
    assert pdf.value("authorJurisdiction").name == "东辽县"
    cited = {f.object.name for f in pdf.of("cites")}
    assert cited == {f.object.name for f in plain.of("cites")}
    assert {"法治政府建设实施纲要(2015-2020年)", "东辽县〈法治政府建设实施纲要(2015-2020年)〉的实施意见"} <= cited
    assert "2019 年" not in doc.text and "⼈⺠" not in doc.text and "东辽县人民政府" in doc.text  # the text as meant


@pytest.mark.parametrize(("recorded", "title"), [
    ("Microsoft Word - 青山县2023年法治政府建设情况报告.docx", "青山县2023年法治政府建设情况报告"),
    ("report_2023.pdf", None),
    ("untitled", None),
])
def test_pdf_recorded_title_only_when_it_reads_as_one(tmp_path, recorded, title):
    import pypdf

    writer = pypdf.PdfWriter()
    writer.append(str(INPUTS / "dongliao_2019.pdf"))
    writer.add_metadata({"/Title": recorded})
    path = tmp_path / "report.pdf"
    with path.open("wb") as handle:
        writer.write(handle)
    assert read_document(path).meta("title") == title


def test_pdf_lines_broken_by_the_page_are_joined():
    # The page broke lines mid-title: 《法治政府建设实施纲要(201 / 5—2020年)》.
    doc = read_document(INPUTS / "dongliao_2019.pdf")
    assert doc.meta("layout") == "hard-wrapped lines joined"
    assert "按照《法治政府建设实施纲要(2015—2020年)》(以下简称《实施纲要》)" in doc.text
    assert "信息来源:东辽县人民政府办公室\n" in doc.text  # the wrap after 办公 joined
    assert "\n一、履行政府主体职责,推进法治政府建设\n" in doc.text  # headings keep their lines
    assert "出台后,我县将抓好贯彻实施。" in doc.text  # a sentence the page cut runs on


def test_pdf_page_numbers_and_running_heads_are_dropped():
    from kg_builder.readers.layout import without_page_furniture as _without_page_furniture

    pages = ["东辽县人民政府文件\n关于法治政府建设情况的报告\n我县坚持依法行\n— 1 —",
             "东辽县人民政府文件\n政,推进工作。\n第 2 页 共 3 页",
             "东辽县人民政府文件\n二、下一步工作\n3/3"]
    assert _without_page_furniture(pages) == [
        "东辽县人民政府文件\n关于法治政府建设情况的报告\n我县坚持依法行", "政,推进工作。", "二、下一步工作"]


def test_pdf_reads_as_well_as_the_same_report_as_text():
    # The sample's 东辽县 report as its PDF: scored against the text version's gold annotation.
    from kg_builder.evaluation import compare_record, load_gold
    from kg_builder.record import to_record

    gold = load_gold(Path(kg_builder.__file__).parent / "data" / "corpus" / "gold" / "001_442be8164d49497e.json")
    got = compare_record(gold, to_record(extract(read_document(INPUTS / "dongliao_2019.pdf"))))
    assert {name: got.scores[name].f1 for name in ("citations", "initiatives", "implements")} == {
        "citations": 1.0, "initiatives": 1.0, "implements": 1.0}


@pytest.mark.parametrize("wrapped", [True, False])
def test_hard_wrapped_text_file_is_joined_and_paragraphs_are_not(tmp_path, wrapped):
    paragraphs = ["2019年,青山县坚持依法行政,按照《法治政府建设实施纲要(2015—2020年)》推进法治政府建设,各项工作取得明显成效。",
                  "一、加强组织领导",
                  "县政府常务会议专题研究法治政府建设工作,制定年度工作要点,明确责任单位和完成时限,定期督促检查。"] * 3
    if wrapped:
        lines = [p[i : i + 20] for p in paragraphs for i in range(0, len(p), 20)]
    else:
        lines = paragraphs
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert doc.text.splitlines() == paragraphs
    assert doc.meta("layout") == ("hard-wrapped lines joined" if wrapped else None)


@pytest.mark.parametrize("paragraphs", [
    # A news headline carrying a plan, as wide as the text: it stays the title, its own line.
    ["中共青山省委印发《青山省法治社会建设实施方案(2021—2025年)》",
     "近日,中共青山省委印发了《青山省法治社会建设实施方案(2021—2025年)》,并发出通知,要求各地各部门认真贯彻执行。",
     "为全面贯彻落实党中央关于法治社会建设的重大决策部署,根据《法治社会建设实施纲要(2020—2025年)》,制定本实施方案。"] * 2,
    # A notice's title wrapped in its marks is joined, and ends where it reads as a title: its number keeps its line.
    ["中共青山市委青山市人民政府关于转发《市委宣传部市司法局关于在全市公民中开展法治宣传教育的第八个五年规划(2021-2025年)》的通知",
     "青发〔2021〕19号",
     "各县委和人民政府,市委各部门,市直各单位,各人民团体:",
     "现将《市委宣传部市司法局关于在全市公民中开展法治宣传教育的第八个五年规划(2021-2025年)》转发给你们,请结合实际,认真贯彻落实。",
     "为深入开展法治宣传教育,提高全民法治素养,根据中央和省委的部署,结合我市实际,制定本规划。"],
    # A line as wide as the text that ends with a full-width colon (the recipients' ：, as a page has
    # it before any normalizing) ends its paragraph: the next line is not joined to it.
    ["青山县人民政府办公室关于印发青山县2024年法治政府建设工作要点的通知",
     "各乡镇人民政府\uff0c街道办事处\uff0c县政府各部门\uff0c各直属机构\uff0c各有关单位\uff1a",
     "现将《青山县2024年法治政府建设工作要点》印发给你们\uff0c请结合实际\uff0c认真抓好贯彻落实。",
     "为深入推进法治政府建设\uff0c根据《法治政府建设实施纲要(2021-2025年)》\uff0c结合我县实际\uff0c制定本要点。"] * 2,
    # A byline as wide as the text, ending open: the recipients' line after it keeps its own line.
    ["青山县司法局2021年度法治政府建设工作报告",
     "发布时间\uff1a2022-01-25 来源\uff1a青山县司法局 【打印】 【关闭】",
     "县委依法治县办、县政府\uff1a",
     "2021年\uff0c我局在县委、县政府的坚强领导下\uff0c以《法治政府建设实施纲要(2021-2025年)》为指引\uff0c扎实推进依法行政各项工作。",
     "一、履行法治建设第一责任人职责。局党组书记、局长主持召开党组会议6次专题研究法治工作\uff0c将法治建设纳入年度目标考核。",
     "二、推进合法性审查全覆盖。协助县政府审核行政规范性文件11件\uff0c对县政府重大行政决策事项开展合法性审查\uff0c提出意见建议。"],
], ids=["headline", "notice-title-and-number", "full-width-colon", "recipients-after-byline"])
def test_hard_wrapped_titles_end_where_they_read_as_titles(paragraphs):
    from kg_builder.readers.layout import unwrap

    width = 35  # the headline's width, and the title's second line nearly so: full lines ending open
    lines = [p[i : i + width] for p in paragraphs for i in range(0, len(p), width)]
    assert unwrap("\n".join(lines)).splitlines() == paragraphs


@pytest.mark.parametrize("page_number", ["— 2 —", "- 2 -", "2", "第2页", "第 2 页 共 3 页"])
def test_hard_wrapped_text_goes_on_past_a_page_number(page_number):
    # The text of a PDF copied out with its pages' numbers: a page number cutting a sentence, here inside a
    # title, is dropped and the sentence joined.
    from kg_builder.readers.layout import unwrap

    paragraphs = ["2019年,青山县坚持依法行政,按照《关于加快推进法治政府建设的实施意见》推进法治政府建设,各项工作取得明显成效。",
                  "县政府常务会议专题研究法治政府建设工作,制定年度工作要点,明确责任单位和完成时限,定期督促检查。"] * 3
    lines = [p[i : i + 20] for p in paragraphs for i in range(0, len(p), 20)]
    lines.insert(2, page_number)  # inside the title: 《关于加快推进法治政 / — 2 — / 府建设的实施意见》
    assert unwrap("\n".join(lines)).splitlines() == paragraphs


@pytest.mark.parametrize("paragraphs", [
    # A news headline carrying a plan, its issuers listed, its byline's date and time under it.
    ["中共青山省委、青山省人民政府转发《省委宣传部、省司法厅关于在全省公民中开展法治宣传教育的第七个五年规划(2016—2020年)》",
     "2016-09-20 08:30  来源: 青山日报",
     "近日,省委、省政府转发了《省委宣传部、省司法厅关于在全省公民中开展法治宣传教育的第七个五年规划(2016—2020年)》,要求各地"
     "各部门结合实际抓好落实。",
     "通知强调,各级党委和政府要把法治宣传教育纳入本地经济社会发展规划,确保“七五”普法各项任务按期完成,推动全省法治建设。"],
    # A breadcrumb whose last step reaches the wrap width: the title on the next line is no step of it.
    ["首页 > 部门信息公开 > 县市场监管局 > 法治政府建设",
     "青山县市场监督管理局关于2022年法治政府建设工作的报告",
     "2022年,我局以《法治政府建设实施纲要(2021-2025年)》为统领,认真落实上级部署,全面提升市场监管法治化水平,现报告如下:",
     "一、加强组织领导。局党组调整法治政府建设领导小组,局主要负责人履行法治建设第一责任人职责,局法制股负责统筹推进各项工作。"],
    # A page's byline as wide as the text, its date and its source: the text starts on the next line.
    ["青山市生态环境局法治政府建设工作总结",
     "2020年01月07日 10:50来源:青山省青山市生态环境局浏览:编辑:青山编辑部",
     "2019年,青山省青山市生态环境局按照市委市政府法治政府建设纲要精神和年度工作部署,强化依法行政,取得了积极成效。",
     "2019年以来,市生态环境局贯彻落实法治政府建设各项要求,分解落实法治政府建设任务,稳妥推进生态文明体制改革各项工作。"],
], ids=["headline-with-issuers-and-byline", "breadcrumb-at-the-width", "byline-at-the-width"])
def test_hard_wrapped_page_heads_keep_their_lines(paragraphs):
    from kg_builder.readers.layout import unwrap

    width = 32
    lines = [p[i : i + width] for p in paragraphs for i in range(0, len(p), width)]
    assert unwrap("\n".join(lines)).splitlines() == paragraphs


def test_a_browsers_print_loses_its_running_head_and_foot():
    # A page printed from a browser: the date and time, and the page's address with its number, on every
    # page; the sentence the page cut runs on.
    from kg_builder.readers.layout import without_page_furniture

    body = [["青山县人民政府关于2023年度法治政府建设情况的报告", "2023年,青山县推进依法行政,"],
            ["按照《法治政府建设实施纲要(2021-2025年)》推进工作。"], ["一、主要举措"], ["二、存在的问题"]]
    pages = ["\n".join([*lines, "11/23/26, 5:12 PM", f"file:///home/report.html {n}/4"])
             for n, lines in enumerate(body, 1)]
    assert "\n".join(without_page_furniture(pages)).splitlines() == [line for lines in body for line in lines]


def test_hard_wrapped_at_a_pages_width_in_columns():
    # A PDF's lines are cut at the page's width: a digit takes half a character's room, so a line with
    # figures holds more characters and is full all the same; a plan's heading with its years, as wide
    # as the page, keeps its line.
    from kg_builder.readers.layout import _columns, unwrap

    paragraphs = ["青山市交通运输局法治政府部门建设任务与责任分工方案(2021-2025年)",
                  "为贯彻落实省委“1310”具体部署、市委“138”具体安排和县委“1177”具体安排,依法履行职能,不断加强制度建设,"
                  "全面提升法治政府建设水平,积极推动法治化建设再上新台阶,结合工作实际,制定本方案。",
                  "一、主要任务",
                  "健全政府机构职能体系,推动政府作用更好发挥,优化政府机构职能,科学制定规划、政策、标准等,推动有效市场和有为"
                  "政府更好结合,完善交通运输部门权责清单制度,动态调整权责清单并及时对外公布。"] * 2
    width = _columns(paragraphs[0])
    lines = []
    for paragraph in paragraphs:
        line = ""
        for char in paragraph:
            if _columns(line + char) > width:
                lines.append(line)
                line = ""
            line += char
        lines.append(line)
    assert unwrap("\n".join(lines)).splitlines() == paragraphs


def test_a_table_of_tab_parted_rows_is_no_wrapped_text(tmp_path):
    # Rows alike in length that end without punctuation: a table, each row kept on its line.
    source = Path(__file__).parent / "data" / "extraction" / "table_plan.txt"
    path = tmp_path / "plan.txt"
    shutil.copy(source, path)
    doc = read_document(path)
    assert doc.text == source.read_text("utf-8").replace("\r\n", "\n") and doc.meta("layout") is None


def test_a_wrapped_plan_with_a_table_is_joined(tmp_path):
    # The same plan hard-wrapped at 35 characters: its rows cut by the wrap leave their rest on the line
    # after, short, which says nothing of the paragraphs' width; the opening sentence is joined again.
    source = Path(__file__).parent / "data" / "extraction" / "table_plan.txt"
    lines = [line[i : i + 35] for line in source.read_text("utf-8").splitlines() for i in range(0, max(len(line), 1), 35)]
    path = tmp_path / "plan.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert doc.meta("layout") == "hard-wrapped lines joined"
    opening = next(line for line in doc.text.splitlines() if "为深入贯彻落实" in line)
    assert opening.strip().endswith("制定本要点。")


def test_spaced_out_characters_are_joined(tmp_path):
    # A PDF text layer that sets a space between every two characters.
    lines = ["东 辽 县 2 0 1 9 年 法 治 政 府 建 设 情 况 报 告",
             "2019 年 , 我 县 按 照 《 法 治 政 府 建 设 实 施 纲 要 ( 2015 — 2020 年 ) 》 , 推 进 依 法 行 政 。",
             "县 司 法 局 牵 头 推 进 “ 放 管 服 ” 改 革 。"]
    path = tmp_path / "spaced.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert doc.meta("layout") == "spaced-out characters joined"
    assert doc.text.splitlines()[1] == "2019年,我县按照《法治政府建设实施纲要(2015—2020年)》,推进依法行政。"
    got = {f.predicate: f.object for f in extract(doc).facts}
    assert got["authorJurisdiction"].name == "东辽县"


@pytest.mark.parametrize(("lines", "first", "layout"), [
    # A heading at the top set with a space between its characters, the text below it plain: the heading
    # joined, and the department it names read as the report's author.
    (["山 西 省 财 政 厅", "2021年法治政府建设工作总结", "一年来,我厅推进依法理财。"], "山西省财政厅",
     "spaced-out heading joined"),
    # (two characters spaced are a name's layout, 张 三, no heading)
    (["张 三", "2021年法治政府建设工作总结"], "张 三", None),
])
def test_a_spaced_out_heading_is_joined(tmp_path, lines, first, layout):
    path = tmp_path / "heading.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert doc.text.splitlines()[0] == first
    assert doc.meta("layout") == layout
    if layout:
        got = [f.object.name for f in extract(doc).facts if f.predicate == "mentionsAgency"]
        assert "山西省财政厅" in got


def test_pinyin_glosses_a_converter_printed_are_removed(tmp_path):
    path = tmp_path / "glossed.txt"
    path.write_text("省委省政府轉(zhuǎn)發(fā)《河北省法制宣傳教育領(lǐng)導(dǎo)小組關(guān)于開(kāi)展法治宣傳教育的規(guī)劃》\n"
                    "河北新聞網(wǎng)訊 日前,省委、省政府轉(zhuǎn)發(fā)了該規(guī)劃。", encoding="utf-8")
    doc = read_document(path)
    assert doc.meta("layout") == "pinyin glosses removed"
    assert doc.text.startswith("省委省政府转发《河北省法制宣传教育领导小组关于开展法治宣传教育的规划》")


def test_pinyin_gloss_with_a_space_before_its_bracket_is_removed(tmp_path):
    path = tmp_path / "glossed.txt"
    path.write_text("深入實施《國民經濟和社會(huì )發(fā)展第十四個五年規劃》,推進法治政府建設。", encoding="utf-8")
    assert read_document(path).text == "深入实施《国民经济和社会发展第十四个五年规划》,推进法治政府建设。"


@pytest.mark.parametrize(("text", "expected"), [
    # A converter glosses the neutral-tone particles too, with no tone mark (的(de), 了(le), 們(men)): they go
    # after their own character, once the text has toned readings.
    ("廣東省人(rén)民政府辦公廳關于印發廣東省實施計劃的(de)通(tōng)知",
     "广东省人民政府办公厅关于印发广东省实施计划的通知"),
    ("各地級以上市人(rén)民政府:實施過程中遇到了(le)問題,請你們(men)反映(yìng)。",
     "各地级以上市人民政府:实施过程中遇到了问题,请你们反映。"),
    # (a bracketed (de) after another character stays; so does a text with no toned reading)
    ("某(mǒu)省人(rén)民政府:附件(de)清单", "某省人民政府:附件(de)清单"),
    ("某省人民政府关于某某的(de)通知", "某省人民政府关于某某的(de)通知"),
])
def test_neutral_tone_glosses_are_removed_with_the_others(tmp_path, text, expected):
    path = tmp_path / "glossed.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A converter printing its readings with no tone mark, as often as not twice or thrice after a character it
    # meets again (省(sheng)(sheng), 主(zhu)(zhu)(zhu)): every reading goes once eight of four syllables stand in
    # the opening (round 241's 教育部 page).
    ("教政法(fa)〔2021〕13號\n各(ge)省(sheng)(sheng)、自治區(qu)、直轄市教(jiao)育(yu)(yu)廳,部(bu)屬(shu)(shu)各(ge)高(gao)等學校:\n"
     "根據《中央宣(xuan)傳(chuan)部(bu)、司法(fa)部(bu)關于開展法(fa)治(zhi)宣傳教育的規(gui)劃》,我部(bu)研究制定了本規劃。",
     "教政法〔2021〕13号\n各省、自治区、直辖市教育厅,部属各高等学校:\n"
     "根据《中央宣传部、司法部关于开展法治宣传教育的规划》,我部研究制定了本规划。"),
    # (a few bracketed words or letters after characters, as any page may have, stay)
    ("下载客户端(app)后办理,另见附件(a)和(b),以及清单(yi)。", "下载客户端(app)后办理,另见附件(a)和(b),以及清单(yi)。"),
])
def test_toneless_pinyin_glosses_are_removed(tmp_path, text, expected):
    path = tmp_path / "glossed.txt"
    path.write_text(text, encoding="utf-8")
    assert read_document(path).text == expected


def test_a_hard_wrapped_glossed_text_is_joined_then_unglossed(tmp_path):
    # A glossed page saved hard-wrapped: the wraps cut readings in two (關(g / uān)); the lines are
    # measured as printed, joined, and then every reading goes.
    paragraphs = ["為貫(guàn)徹落實(shí)《法治政府建設(shè)實(shí)施綱要(2021—2025年)》和《民政部關(guān)于深化民政法治建設(shè)的意見》,結(jié)合本省實(shí)際,制定本方案。",
                  "省民政廳(tīng)負(fù)責(zé)組織實(shí)施,各地民政部門(mén)要加強(qiáng)組織領(lǐng)導(dǎo),確保各項(xiàng)任務(wù)落到實(shí)處。"] * 3
    lines = [p[i : i + 30] for p in paragraphs for i in range(0, len(p), 30)]
    assert lines[0].endswith("實(") and lines[1].startswith("shí)"), "a reading is cut by a wrap"
    path = tmp_path / "wrapped.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    doc = read_document(path)
    assert doc.meta("layout") == "pinyin glosses removed; hard-wrapped lines joined"
    assert doc.text.splitlines()[:2] == [
        "为贯彻落实《法治政府建设实施纲要(2021—2025年)》和《民政部关于深化民政法治建设的意见》,结合本省实际,制定本方案。",
        "省民政厅负责组织实施,各地民政部门要加强组织领导,确保各项任务落到实处。"]


def test_doc_reads_as_the_docx_it_was_saved_from():
    # yuncheng_2019.doc is yuncheng_2019.docx saved as Word 97 (LibreOffice): same text, tables by row.
    old, new = read_document(INPUTS / "yuncheng_2019.doc"), read_document(INPUTS / "yuncheng_2019.docx")
    assert old.text == new.text
    assert "序号\t工作任务\t责任单位\n1\t推进“放管服”改革\t市政府办公室、市司法局\n" in old.text
    assert (old.meta("title"), old.meta("date")) == ("运城市人民政府关于推进依法行政 建设法治政府的工作报告", "2019-06-25")


def _word_streams(pieces: list[tuple[str, bool]], modifiers: bytes = b"") -> tuple[bytes, bytes]:
    """A minimal Word 97 WordDocument and table stream holding ``pieces`` (text, 8-bit or not)."""
    import struct

    fib = bytearray(1024)
    struct.pack_into("<HH", fib, 0, 0xA5EC, 0xC1)
    struct.pack_into("<H", fib, 32, 14)  # csw, then 28 bytes of FibRgW97
    struct.pack_into("<H", fib, 62, 22)  # cslw, then FibRgLw97: ccpText is its fourth value
    struct.pack_into("<H", fib, 152, 93)  # cbRgFcLcb
    data, cps, pcds = bytearray(), [0], []
    for text, eight_bit in pieces:
        at = 1024 + len(data)
        data += text.encode("cp1252") if eight_bit else text.encode("utf-16-le")
        pcds.append(struct.pack("<HIH", 0, (at * 2) | 0x40000000 if eight_bit else at, 0))
        cps.append(cps[-1] + len(text))
    struct.pack_into("<i", fib, 64 + 12, cps[-1])
    plc = struct.pack(f"<{len(cps)}I", *cps) + b"".join(pcds)
    clx = modifiers + b"\x02" + struct.pack("<I", len(plc)) + plc
    struct.pack_into("<II", fib, 154 + 33 * 8, 0, len(clx))
    return bytes(fib) + bytes(data), clx


def test_kingsoft_wps_is_read_as_the_word_format_it_builds_on(tmp_path):
    # Kingsoft WPS Writer saves the Word 97 binary format with additions of its own.
    path = tmp_path / "report.wps"
    shutil.copy(INPUTS / "yuncheng_2019.doc", path)
    assert read_document(path).text == read_document(INPUTS / "yuncheng_2019.doc").text


def test_ofd_pages_read_as_lines_without_template_or_page_numbers():
    # hantai_2017.ofd (make_fixtures.py): title a character per object, lines wrapped at 28, a running
    # head in a template page, "— N —" page numbers; the seed's text comes back.
    doc = read_document(INPUTS / "hantai_2017.ofd")
    assert (doc.meta("title"), doc.meta("date")) == ("关于征求汉台区2017年法治政府建设工作要点意见的函", "2017-02-20")
    assert doc.text.startswith("关于征求汉台区2017年法治政府建设工作要点意见的函\n为深入推进依法行政,加快建设法治政府,根据")
    assert "汉中市汉台区人民政府文件" not in doc.text and "— 2 —" not in doc.text
    seed = next((Path(kg_builder.__file__).parent / "data" / "corpus" / "seeds").glob("002_*.txt")).read_text("utf-8")
    body = seed[seed.index("为深入推进依法行政") : seed.index("相关稿件")]
    assert "".join(doc.text.split()).endswith("".join(body.split()))


def test_ofd_of_another_writer_reads_as_the_pdf_it_was_made_from():
    # dongliao_2019_easyofd.ofd: dongliao_2019.pdf converted by easyofd (its own namespace, its own runs).
    assert read_document(INPUTS / "dongliao_2019_easyofd.ofd").text == read_document(INPUTS / "dongliao_2019.pdf").text


def test_xlsx_task_table_rows_as_lines_and_tasks():
    doc = read_document(INPUTS / "pujiang_2022_tasks.xlsx")
    assert (doc.meta("title"), doc.meta("date")) == ("浦江县2022年法治政府建设工作要点任务分工表", "2022-03-15")
    lines = doc.text.splitlines()
    assert lines[:3] == ["浦江县2022年法治政府建设工作要点任务分工表", "序号\t工作任务\t牵头单位\t责任单位\t完成时限",
                         "1\t深化“最多跑一次”改革,推进政务服务“一网通办”\t县政务服务中心\t县发改局、县市场监管局\t2022年12月底前"]
    assert len(lines) == 6  # the empty row left out
    facts = extract(doc).facts
    leads = {(f.subject.name, f.object.name) for f in facts if f.predicate == "lead"}
    assert ("推进“大综合一体化”行政执法改革", "浦江县司法局") in leads and len(leads) == 4
    assert {f.predicate: f.object for f in facts}["authorJurisdiction"].name == "浦江县"


def test_doc_text_pieces_fields_and_tables():
    from kg_builder.readers.doc import doc_text

    word, table = _word_streams([
        ("关于2019年度法治政府建设情况的报告\r", False),
        ("Annual report, see \x13 HYPERLINK \"http://x\" \x14the site\x15.\r", True),
        ("序号\x07任务\x07\x071\x07放管服\x07\x07第\x13 PAGE \x141\x15页\x0c", False),
    ], modifiers=b"\x01\x02\x00ab")
    assert doc_text(word, table) == ("关于2019年度法治政府建设情况的报告\nAnnual report, see the site.\n"
                                     "序号\t任务\n1\t放管服\n第1页")


def test_docx_paragraphs_and_tables_in_order():
    doc = read_document(INPUTS / "yuncheng_2019.docx")
    assert doc.meta("title") == "运城市人民政府关于推进依法行政 建设法治政府的工作报告"
    assert doc.meta("date") == "2019-06-25"
    lines = doc.text.splitlines()
    header = lines.index("序号\t工作任务\t责任单位")
    assert lines[header + 1] == "1\t推进“放管服”改革\t市政府办公室、市司法局"
    assert 10 < header < len(lines) - 10  # the table stands between paragraphs, where it was
    assert lines[0] == doc.meta("title")


def test_docx_merged_cells_are_written_once(tmp_path):
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 2)).text = "重点任务"
    for cell, value in zip(table.rows[1].cells, ("1", "任务", "司法局")):
        cell.text = value
    document.save(tmp_path / "merged.docx")
    assert read_document(tmp_path / "merged.docx").text.splitlines() == ["重点任务", "1\t任务\t司法局"]


# -- traditional characters ----------------------------------------------------------

def test_big5_traditional_copy_is_matched_simplified_and_quoted_as_written(sample_dir):
    doc = read_document(INPUTS / "macun_2023_big5.txt")
    simplified = (sample_dir / "003_280033b0075f93d2.txt").read_text("utf-8")
    assert doc.original_text is not None and len(doc.original_text) == len(doc.text)
    assert "馬村區" in doc.original_text and "马村区" in doc.text
    # One character for one: the simplified text differs from the original only where
    # OpenCC's single-character table and the phrase-aware s2tw disagree (著/着).
    differing = [(a, b) for a, b in zip(doc.text, simplified) if a != b]
    assert len(differing) <= 10 and all(a in "著" for a, _ in differing), differing
    extraction = extract(doc)
    assert {f.object.name for f in extraction.of("cites")} >= {"河南省行政规范性文件管理办法"}
    for fact in extraction.facts:
        span = fact.source
        assert 0 <= span.start <= span.end <= len(doc.text)
        assert to_simplified(doc.original_text[span.start:span.end]) == doc.text[span.start:span.end]


@pytest.mark.parametrize("name", ["000_5897df00731d88e1", "001_442be8164d49497e", "002_1786d43f08fa2674",
                                  "003_280033b0075f93d2", "004_ab298d9553f72b0a"])
def test_simplified_documents_are_left_alone(sample_dir, name):
    text = (sample_dir / f"{name}.txt").read_text("utf-8")
    assert not is_traditional(text)
    assert is_traditional(_traditional(text))
    assert read_document(sample_dir / f"{name}.txt").original_text is None


def test_traditional_title_metadata_is_simplified_for_matching(tmp_path):
    page = ("<html><head><meta charset='big5'><meta name='ArticleTitle' content='關於法治政府建設的報告'></head>"
            "<body><div id='zoom'><p>關於法治政府建設的報告</p><p>" + _traditional(SENTENCE) * 4 + "</p></div></body></html>")
    (tmp_path / "t.html").write_bytes(page.encode("big5"))
    doc = read_document(tmp_path / "t.html")
    assert doc.meta("title") == "关于法治政府建设的报告"
    assert doc.meta("original_title") == "關於法治政府建設的報告"
    assert doc.text.find(doc.meta("title")) >= 0


# -- manifests ---------------------------------------------------------------------------

@pytest.fixture()
def corpus(tmp_path) -> Path:
    root = tmp_path / "corpus"
    (root / "henan").mkdir(parents=True)
    (root / "henan" / "macun.txt").write_text(SENTENCE * 3, "utf-8")
    (root / "henan" / "page.html").write_bytes((INPUTS / "macun_2023.html").read_bytes())
    (tmp_path / "secret.txt").write_text("机密" * 10, "utf-8")
    (root / "outside.txt").symlink_to(tmp_path / "secret.txt")
    return root


def test_manifest_hints_land_in_the_document(corpus):
    (corpus / "manifest.csv").write_text(
        "path,url,jurisdiction,year,title\n"
        "henan/macun.txt,https://www.macun.gov.cn/1.html,马村区,2023,马村区报告\n"
        "henan/page.html,https://www.macun.gov.cn/2.html,,,\n", "utf-8")
    first, second = read_manifest(corpus / "manifest.csv")
    doc = read_entry(first)
    assert doc.url == "https://www.macun.gov.cn/1.html"
    assert (doc.meta("jurisdiction"), doc.meta("year"), doc.meta("title")) == ("马村区", "2023", "马村区报告")
    page = read_entry(second)
    assert page.url == "https://www.macun.gov.cn/2.html"
    assert page.meta("title") == "马村区关于2023年度法治政府建设工作情况的报告"  # the page's own title stays


def test_manifest_in_gbk_with_chinese_headers(corpus):
    (corpus / "清单.csv").write_bytes("路径,网址,地区,年份\nhenan/macun.txt,http://a.gov.cn/x,马村区,2023年\n"
                                     .encode("gbk"))
    (entry,) = read_manifest(corpus / "清单.csv")
    assert entry.error is None and entry.year == "2023" and entry.jurisdiction == "马村区"


@pytest.mark.parametrize("listed, problem", [
    ("../../etc/passwd", "outside the corpus root"),
    ("../secret.txt", "outside the corpus root"),
    ("/etc/passwd", "absolute path"),
    ("outside.txt", "through a symbolic link outside the corpus root"),
    ("henan/../../secret.txt", "outside the corpus root"),
    ("", "empty path"),
])
def test_manifest_rows_cannot_escape_the_corpus_root(corpus, listed, problem):
    (corpus / "m.csv").write_text(f"path,url\nhenan/macun.txt,\n{listed},http://a.gov.cn/x\n", "utf-8")
    good, bad = read_manifest(corpus / "m.csv")
    assert good.error is None and read_entry(good).text.startswith("2019年")
    assert problem in bad.error and bad.path is None and bad.line == 3
    with pytest.raises(InputError, match="manifest line 3"):
        read_entry(bad)


@pytest.mark.parametrize("row, problem", [
    ("henan/macun.txt,ftp://x/y", "not an http(s) address"),
    ("henan/macun.txt,,,19", "not a year"),
    ("henan/missing.txt,", "no such file"),
])
def test_manifest_bad_rows_are_reported_alone(corpus, row, problem):
    (corpus / "m.csv").write_text(f"path,url,jurisdiction,year\n{row}\n", "utf-8")
    (entry,) = read_manifest(corpus / "m.csv")
    with pytest.raises(InputError, match=re.escape(problem)):
        read_entry(entry)


def test_manifest_duplicate_rows(corpus):
    (corpus / "m.csv").write_text("path\nhenan/macun.txt\n./henan/macun.txt\n", "utf-8")
    first, second = read_manifest(corpus / "m.csv")
    assert first.error is None and second.error == "listed twice (first on line 2)"


@pytest.mark.parametrize("content, problem", [
    (b"file_name,url\na.txt,\n", "no 'path' column"),
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n" + bytes(100), "PNG image"),
])
def test_manifest_itself_unusable(tmp_path, content, problem):
    (tmp_path / "m.csv").write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_manifest(tmp_path / "m.csv")


# -- folders --------------------------------------------------------------------------------

def test_iter_sources_survives_symlink_loops_and_skips_page_assets(tmp_path):
    root = tmp_path / "c"
    (root / "a" / "page_files").mkdir(parents=True)
    (root / "a" / "x.txt").write_text(SENTENCE, "utf-8")
    (root / "a" / "page.html").write_text("<p>x</p>", "utf-8")
    (root / "a" / "page_files" / "app.js").write_text("var a;", "utf-8")
    (root / "a" / "page_files" / "logo.png").write_bytes(b"\x89PNG")
    (root / "a" / "old.et").write_bytes(b"PK\x03\x04")
    (root / "a" / "up").symlink_to(root)  # a cycle
    (root / "a" / "self").symlink_to(root / "a" / "self")  # a link to itself
    (root / "b").symlink_to(root / "a")  # the same folder twice
    found = [p.relative_to(root).as_posix() for p in iter_sources([root])]
    assert found == ["a/old.et", "a/page.html", "a/up", "a/x.txt"]
    with pytest.raises(InputError, match="symbolic link loop"):
        read_document(root / "a" / "up")
    with pytest.raises(InputError, match="unsupported file type '.et'"):
        read_document(root / "a" / "old.et")


def test_every_builtin_format_is_registered():
    assert {".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".wps", ".ofd", ".xlsx"} <= set(supported_suffixes())


def test_size_limit_is_configurable(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    path.write_text(SENTENCE * 1000, "utf-8")
    with pytest.raises(InputError, match="file too large: 0.1 MB, over the 0.05 MB limit"):
        read_document(path, max_bytes=50_000)
    monkeypatch.setenv("KGB_MAX_INPUT_MB", "0.05")
    with pytest.raises(InputError, match="file too large"):
        read_document(path)
    monkeypatch.setenv("KGB_MAX_INPUT_MB", "1")
    assert read_document(path).text.startswith("2019年")


@pytest.mark.skipif(os.geteuid() != 0, reason="checks what root sees")
def test_chmod_000_is_still_readable_as_root(tmp_path):
    # Honest note: as root, permission bits do not stop reading; the unreadable
    # cases are exercised with a FIFO, a dangling link and a folder in test_bad_input.
    path = tmp_path / "locked.txt"
    path.write_text(SENTENCE, "utf-8")
    path.chmod(0)
    assert read_document(path).text == SENTENCE


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_chmod_000_is_reported(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(SENTENCE, "utf-8")
    path.chmod(0)
    with pytest.raises(InputError, match="permission denied"):
        read_document(path)


def test_provenance_quotes_the_original_characters():
    from kg_builder.ontology import OA
    from kg_builder.rdf import to_quads

    doc = read_document(INPUTS / "macun_2023_big5.txt")
    quotes = {str(o) for _, p, o, _ in to_quads(extract(doc)) if p == OA.exact}
    assert "河南省行政規範性文件管理辦法" in quotes


@pytest.mark.parametrize("module", ["charclass", "traditional", "encoding", "layout"])
def test_reader_docstring_examples(module):
    import doctest
    import importlib

    failures, tried = doctest.testmod(importlib.import_module(f"kg_builder.readers.{module}"))
    assert tried and not failures


def test_traditional_characters_above_the_bmp_count():
    """A traditional-only character past U+FFFF counts like any other (a slower scan, run only then)."""
    from kg_builder.readers.traditional import _table, traditional_ratio

    above = [chr(code) for code in _table() if code > 0xFFFF]
    text = "法治政府建设" + "".join(above[:4])
    ratio, count = traditional_ratio(text)
    assert count == min(4, len(above)) and ratio == count / (6 + count)


@given(st.sets(st.integers(0, 0x10FFFF).filter(lambda c: not 0xD800 <= c <= 0xDFFF), max_size=60),
       st.text(max_size=80))
def test_character_class_counts_exactly_its_code_points(codes, text):
    from kg_builder.readers.charclass import char_class, count

    text += "".join(map(chr, sorted(codes)[:10]))
    assert count(char_class(codes), text) == sum(ord(ch) in codes for ch in text)
    assert count(char_class(codes, negate=True), text) == sum(ord(ch) not in codes for ch in text)


def test_html_with_control_characters_reads():
    # A vertical tab or a form feed in a page (no XML string may hold one): read as a space, not an lxml error.
    text, _ = html_text("<html><body><p>某县司法局\x0b推进\x0c依法行政工作。</p>\x0b\r\n</body></html>")
    assert "推进" in text and "\x0b" not in text and "\x0c" not in text


def test_a_menus_links_are_not_joined_as_wraps():
    # A site's menu of links, each cut to the same width and open: its items are lines of their own, not one
    # hard-wrapped sentence (the next item's 《 would be read inside the last one's cut title).
    from kg_builder.readers.layout import unwrap

    items = ["- ·关于组织开展2024年全市“民法典宣传月” 活动的", "- ·关于印发《2024年全市守法普法工作要点》 的通知",
             "- ·关于报送2024年度普法责任清单和领导干部学法清", "- ·关于推进落实《“1名村(居)法律顾问+ N名法律",
             "- ·关于开展2023年度全市十大普法主题 活动评选工", "- ·关于组织开展2023年全市民法典主题宣传 活动的通",
             "- ·关于印发《2023年全市守法普法工作要点》 的通知", "- ·关于报送2022年度普法责任清单的通知"]
    text = "\n".join(items + ["正文开始。"])
    assert (unwrap(text) or text).splitlines()[: len(items)] == items


def test_an_attachments_file_name_ends_its_line():
    # A short notice whose attachment line ends in its file name (附件:…计划.doc), above two signing bodies: the
    # file name closes its line, so the few lines of about the same width are no hard wraps, and the signature
    # keeps its lines (round 262).
    from kg_builder.readers.layout import unwrap

    lines = ["各成员单位,各有关部门:",
             "为加强跨部门综合监管,结合辖区实际,研究制定了《2023年度某区市场监管领域部门联合抽查工作计划》,经各成员单位同意,"
             "现予以印发,请认真组织实施。",
             "特此通知。",
             "附件:2023年度上海市闵行区市场监管领域部门联合抽查工作计划.doc",
             "上海市闵行区市场监管领域联合“双随机、一公开”监管联席会议办公室",
             "上海市闵行区市场监督管理局",
             "2023年3月28日"]
    assert (unwrap("\n".join(lines)) or "\n".join(lines)).splitlines() == lines
