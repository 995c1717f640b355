"""Regenerate the committed reader fixtures from the sample corpus.

Run from the repository root: ``PYTHONPATH=$PWD python tests/data/inputs/make_fixtures.py``.
Each fixture wraps the text of one sample document in the form analysts meet
it in: a saved GB2312 page with the site's navigation and footer, a Word file
with a table, a PDF with a text layer (and one printed by Chromium, as real exports are), a GBK text, a UTF-16 text, and a
traditional-character Big5 copy (as mirror sites serve).

``yuncheng_2019.doc`` is not made here: it is ``yuncheng_2019.docx`` saved as Word 97
by LibreOffice 7.4 (``soffice --headless --convert-to doc:"MS Word 97" yuncheng_2019.docx``),
so that the old format is read from a file a real word processor wrote.
"""

from __future__ import annotations

import datetime
import html
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[2] / "kg_builder" / "data" / "corpus" / "seeds"


def seed(name: str) -> str:
    return next(SEEDS.glob(f"{name}_*.txt")).read_text("utf-8")


def body_lines(text: str, first: str) -> list[str]:
    """The document's lines from the one starting with ``first``, stripped, non-empty."""
    lines = [line.strip() for line in text.splitlines()]
    start = next(i for i, line in enumerate(lines) if line.startswith(first))
    return [line for line in lines[start:] if line]


def make_html() -> None:
    """Seed 003 as saved from a county site: GB2312 page, navigation, breadcrumb, footer."""
    lines = body_lines(seed("003"), "现将马村区")
    title = "马村区关于2023年度法治政府建设工作情况的报告"
    paragraphs = "\n".join(f'<p style="text-indent:2em">{html.escape(line)}</p>' for line in lines)
    nav = "".join(f'<li><a href="/{i}/">{name}</a></li>' for i, name in enumerate(
        ["首页", "走进马村", "政务公开", "政务服务", "互动交流", "专题专栏", "法治政府建设"]))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_马村区人民政府</title>
<meta name="SiteName" content="焦作市马村区人民政府">
<meta name="ColumnName" content="法治政府建设">
<meta name="ArticleTitle" content="{title}">
<meta name="PubDate" content="2024-01-05 09:50">
<meta name="ContentSource" content="马村区司法局">
<script type="text/javascript">var _hmt = _hmt || []; document.write("<div>统计</div>");</script>
<style>.nav li {{ float: left; }}</style>
</head>
<body>
<div class="header"><div class="top-bar">欢迎访问焦作市马村区人民政府网站 今天是：2024年1月5日 | 无障碍 | 长者模式</div>
<div class="logo">焦作市马村区人民政府</div>
<div class="search"><form action="/search"><input name="q"><button>搜索</button></form></div></div>
<div class="nav"><ul>{nav}</ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; 法治政府建设</div>
<div class="main">
<div class="article">
<h1 class="article-title">{title}</h1>
<div class="article-info">时间：2024-01-05 09:50 来源：马村区司法局 <span class="share">分享到：微信 微博</span></div>
<div class="TRS_Editor" id="zoom">
{paragraphs}
</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="related"><h3>相关文章</h3><ul><li><a href="/a">马村区2022年度法治政府建设工作情况的报告</a></li>
<li><a href="/b">关于开展“八五”普法中期评估的通知</a></li></ul></div>
</div>
<div class="footer"><div class="links">友情链接：<a href="http://www.gov.cn">中国政府网</a> <a href="http://www.henan.gov.cn">河南省人民政府</a></div>
<p>主办：焦作市马村区人民政府办公室 承办：马村区大数据中心</p>
<p>版权所有：焦作市马村区人民政府 网站标识码：4108040001 豫ICP备05012345号 豫公网安备 41080402000001号</p>
<p>地址：焦作市马村区 联系电话：0391-3000000</p></div>
</body>
</html>
"""
    (HERE / "macun_2023.html").write_bytes(page.encode("gb2312"))


def make_docx() -> None:
    """Seed 004 as a Word file, with a table of tasks between its paragraphs."""
    import docx

    lines = body_lines(seed("004"), "运城市人民政府关于推进依法行政")
    document = docx.Document()
    document.core_properties.title = lines[0]
    document.core_properties.created = datetime.datetime(2019, 6, 25, 9, 0, 0)
    document.add_heading(lines[0], level=1)
    middle = len(lines) // 2
    for line in lines[1:middle]:
        document.add_paragraph(line)
    table = document.add_table(rows=3, cols=3)
    for row, cells in zip(table.rows, [("序号", "工作任务", "责任单位"),
                                       ("1", "推进“放管服”改革", "市政府办公室、市司法局"),
                                       ("2", "落实行政执法“三项制度”", "市司法局")]):
        for cell, value in zip(row.cells, cells):
            cell.text = value
    for line in lines[middle:]:
        document.add_paragraph(line)
    document.save(HERE / "yuncheng_2019.docx")


def pdf_with_text(pages: list[list[str]]) -> bytes:
    """A minimal PDF whose text layer uses the standard Adobe-GB1 font (no font embedded)."""
    font, descendant, descriptor = 3, 4, 5
    objects: dict[int, bytes] = {
        1: b"<< /Type /Catalog /Pages 2 0 R >>",
        font: b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
              b"/DescendantFonts [4 0 R] >>",
        descendant: b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo "
                    b"<< /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 5 0 R /DW 1000 >>",
        descriptor: b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] "
                    b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    }
    kids = []
    number = 6
    for lines in pages:
        ops = ["BT", "/F1 10.5 Tf", "15 TL", "56 780 Td"]
        ops += [f"<{line.encode('utf-16-be').hex().upper()}> Tj T*" for line in lines]
        ops.append("ET")
        stream = zlib.compress("\n".join(ops).encode("ascii"))
        objects[number] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)) + stream + b"\nendstream"
        objects[number + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                               b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % number)
        kids.append(number + 1)
        number += 2
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(f"{k} 0 R" for k in kids).encode(), len(kids))
    info = number
    objects[info] = ("<< /Title <FEFF%s> /CreationDate (D:20200304142400+08'00') /Producer (kg_builder fixtures) >>"
                     % "东辽县人民政府关于2019年度东辽县法治政府建设情况的报告".encode("utf-16-be").hex().upper()).encode()
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for key in sorted(objects):
        offsets[key] = len(out)
        out += b"%d 0 obj\n" % key + objects[key] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (max(objects) + 1)
    for key in range(1, max(objects) + 1):
        out += b"%010d 00000 n \n" % offsets[key]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (max(objects) + 1, info, xref)
    return bytes(out)


def make_pdf() -> None:
    """Seed 001 as a PDF: its lines wrapped at 36 characters, 48 lines a page."""
    lines = body_lines(seed("001"), "东辽县人民政府关于2019年度")
    wrapped = [line[i : i + 36] for line in lines for i in range(0, len(line), 36)]
    pages = [wrapped[i : i + 48] for i in range(0, len(wrapped), 48)]
    (HERE / "dongliao_2019.pdf").write_bytes(pdf_with_text(pages))


def make_chromium_pdf() -> None:
    """Seed 001 printed to PDF by Debian's Chromium with Noto CJK, as a word processor's export is: its
    text layer gives radicals for some characters (⽅案 for 方案), spaces where the font changes
    (2019 年, “ 放管服 ”) and lines broken at the page's width; its recorded title is a file name."""
    import subprocess
    import tempfile

    lines = body_lines(seed("001"), "东辽县人民政府关于2019年度")[:14]  # (its opening: each glyph costs bytes)
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in lines)
    page = ('<html><head><meta charset="utf-8"><title>dongliao_2019.docx</title>'
            f'<style>body {{ font-size: 15pt }}</style></head><body>{paragraphs}</body></html>')
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "page.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        f"--user-data-dir={scratch}/profile", "--no-pdf-header-footer",
                        f"--print-to-pdf={HERE / 'dongliao_2019_chromium.pdf'}", source.as_uri()],
                       check=True, capture_output=True, timeout=120)


OFD_NS = "http://www.ofdspec.org/2016"


def ofd_with_text(title: str, pages: list[list[str]], head: str, created: str) -> bytes:
    """An OFD package (GB/T 33190) of A4 pages: a centred title written a character per text
    object (as some writers do), lines of runs, a running head in a template page, page numbers."""
    import io
    import zipfile
    from xml.sax.saxutils import escape

    def text_object(ident: int, x: float, y: float, text: str, size: float = 5.6) -> str:
        width = size * len(text)
        return (f'<ofd:TextObject ID="{ident}" Boundary="{x:.2f} {y:.2f} {width:.2f} {size * 1.4:.2f}" Font="3" '
                f'Size="{size}"><ofd:TextCode X="0" Y="{size:.2f}">{escape(text)}</ofd:TextCode></ofd:TextObject>')

    def page_xml(lines: list[str], number: int, first: bool) -> str:
        objects, ident, y = [], 100, 30.0
        if first:  # the title, one character per object, centred
            x = (210 - 8.0 * len(title)) / 2
            for i, char in enumerate(title):
                objects.append(text_object(ident, x + 8.0 * i, y, char, 8.0))
                ident += 1
            y += 16
        for line in lines:
            objects.append(text_object(ident, 25.0, y, line))
            ident, y = ident + 1, y + 9.5
        objects.append(text_object(ident, 95.0, 280.0, f"— {number} —"))
        return (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Template TemplateID="2"/>'
                f'<ofd:Content><ofd:Layer ID="{number * 1000}">{"".join(objects)}</ofd:Layer></ofd:Content></ofd:Page>')

    template = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="{OFD_NS}"><ofd:Content><ofd:Layer ID="9">'
                f'{text_object(10, 25.0, 12.0, head, 4.2)}</ofd:Layer></ofd:Content></ofd:Page>')
    entries = "".join(f'<ofd:Page ID="{i + 10}" BaseLoc="Pages/Page_{i}/Content.xml"/>' for i in range(len(pages)))
    document = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="{OFD_NS}"><ofd:CommonData>'
                '<ofd:MaxUnitID>9999</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox>'
                '</ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>'
                '<ofd:TemplatePage ID="2" BaseLoc="Tpls/Tpl_0/Content.xml"/></ofd:CommonData>'
                f'<ofd:Pages>{entries}</ofd:Pages></ofd:Document>')
    root = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="{OFD_NS}" Version="1.0" DocType="OFD">'
            f'<ofd:DocBody><ofd:DocInfo><ofd:DocID>3f1c</ofd:DocID><ofd:Title>{escape(title)}</ofd:Title>'
            f'<ofd:CreationDate>{created}</ofd:CreationDate></ofd:DocInfo>'
            '<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
    public = (f'<?xml version="1.0" encoding="UTF-8"?><ofd:Res xmlns:ofd="{OFD_NS}" BaseLoc="Res"><ofd:Fonts>'
              '<ofd:Font ID="3" FontName="宋体" FamilyName="宋体"/></ofd:Fonts></ofd:Res>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("OFD.xml", root)
        archive.writestr("Doc_0/Document.xml", document)
        archive.writestr("Doc_0/PublicRes.xml", public)
        archive.writestr("Doc_0/Tpls/Tpl_0/Content.xml", template)
        for i, lines in enumerate(pages):
            archive.writestr(f"Doc_0/Pages/Page_{i}/Content.xml", page_xml(lines, i + 1, i == 0))
    return buffer.getvalue()


def make_ofd() -> None:
    """Seed 002 as an OFD: its title centred, its lines wrapped at 28 characters, 24 lines a page."""
    title = "关于征求汉台区2017年法治政府建设工作要点意见的函"
    lines = body_lines(seed("002"), "为深入推进依法行政")
    lines = lines[: next(i for i, line in enumerate(lines) if line.startswith("相关稿件"))]
    wrapped = [line[i : i + 28] for line in lines for i in range(0, len(line), 28)]
    pages = [wrapped[i : i + 24] for i in range(0, len(wrapped), 24)]
    (HERE / "hantai_2017.ofd").write_bytes(ofd_with_text(title, pages, "汉中市汉台区人民政府文件", "2017-02-20"))


def make_xlsx() -> None:
    """A county's task table (our own rows, as tests/data/extraction/table_plan) as an Excel workbook:
    a merged title row, a header, a row per task, an empty row."""
    import openpyxl

    title = "浦江县2022年法治政府建设工作要点任务分工表"
    rows = [
        ("序号", "工作任务", "牵头单位", "责任单位", "完成时限"),
        (1, "深化“最多跑一次”改革,推进政务服务“一网通办”", "县政务服务中心", "县发改局、县市场监管局", "2022年12月底前"),
        (2, "推进“大综合一体化”行政执法改革", "县司法局", "县综合行政执法局、县市场监管局", "2022年10月底前"),
        (),
        (3, "落实《重大行政决策程序暂行条例》,编制年度重大行政决策事项目录", "县政府办公室", "县司法局", "2022年6月底前"),
        (4, "推行“县乡一体、条抓块统”基层治理模式", "县委政法委", "各乡镇(街道)", "持续推进"),
    ]
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "任务分工"
    sheet.append([title])
    sheet.merge_cells("A1:E1")
    for row in rows:
        sheet.append(list(row))
    book.properties.title = title
    book.properties.created = datetime.datetime(2022, 3, 15, 9, 0)
    book.save(HERE / "pujiang_2022_tasks.xlsx")


def make_texts() -> None:
    import opencc

    (HERE / "zhongzhan_2019_gbk.txt").write_bytes(seed("000").encode("gbk"))
    (HERE / "hantai_2017_utf16.txt").write_bytes(seed("002").encode("utf-16"))  # LE with BOM
    traditional = opencc.OpenCC("s2tw").convert(seed("003"))  # Taiwan forms: all in Big5
    (HERE / "macun_2023_big5.txt").write_bytes(traditional.encode("cp950", errors="strict"))


if __name__ == "__main__":
    make_html()
    make_docx()
    make_pdf()
    make_chromium_pdf()
    make_ofd()
    make_xlsx()
    make_texts()
    for path in sorted(HERE.iterdir()):
        print(f"{path.stat().st_size:>8}  {path.name}")
