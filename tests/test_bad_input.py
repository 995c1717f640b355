"""A corpus with one file of each bad kind: every good file is built, every bad one reported.

The small bad files are committed in ``tests/data/bad_corpus/``; the large, binary
and special ones (a 50 MB file, images and archives renamed .txt, a FIFO, broken
and looping symbolic links) are made at test time in a temporary folder. Tests
run as root here, where ``chmod 000`` does not stop reading: unreadable entries
are simulated with a FIFO (opening it would block forever), a dangling link, a
link loop and a folder named like a file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from kg_builder.build import build_corpus
from kg_builder.errors import InputError
from kg_builder.pipeline import extract
from kg_builder.readers import read_document

TESTS = Path(__file__).resolve().parent
BAD = TESTS / "data" / "bad_corpus"
INPUTS = TESTS / "data" / "inputs"
SENTENCE = "按照《法治政府建设实施纲要(2015-2020年)》要求,区司法局推进“放管服”改革。\n"


def _pdf_without_text() -> bytes:
    """A one-page PDF that only draws a rectangle: what a scan without OCR looks like to pypdf."""
    stream = b"0 0 1 rg 100 100 300 500 re f"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _zip_bytes() -> bytes:
    from io import BytesIO

    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "hello")
    return buffer.getvalue()


def _ofd_without_text() -> bytes:
    """An OFD whose one page holds only an image: a scan."""
    from io import BytesIO

    ns = "http://www.ofdspec.org/2016"
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("OFD.xml", f'<ofd:OFD xmlns:ofd="{ns}"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml'
                                    '</ofd:DocRoot></ofd:DocBody></ofd:OFD>')
        archive.writestr("Doc_0/Document.xml", f'<ofd:Document xmlns:ofd="{ns}"><ofd:Pages>'
                                               '<ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>')
        archive.writestr("Doc_0/Pages/Page_0/Content.xml", f'<ofd:Page xmlns:ofd="{ns}"><ofd:Content><ofd:Layer ID="2">'
                                                            '<ofd:ImageObject ID="3" ResourceID="4" Boundary="0 0 210 297"/>'
                                                            '</ofd:Layer></ofd:Content></ofd:Page>')
    return buffer.getvalue()


#: (file name, the reason expected in its error). Committed files first, then made ones.
BAD_FILES = [
    ("empty.txt", "empty file (0 bytes)"),
    ("whitespace.txt", "no text (only whitespace)"),
    ("garbage.html", "no main text in the page"),
    ("fake_pdf.pdf", "not a PDF (no %PDF header; the file is text, wrong suffix?)"),
    ("fake_docx.docx", "not a .docx (not a zip archive; the file is text)"),
    ("truncated_utf8.txt", "truncated UTF-8: the file ends inside a multi-byte character"),
    ("truncated_gbk.txt", "truncated GB18030: the file ends inside a multi-byte character"),
    ("invalid_utf8.txt", "invalid UTF-8 at byte 99 (invalid continuation byte)"),
    ("image.txt", "binary file: a PNG image, not text"),
    ("archive.txt", "binary file: a zip archive (or .docx/.xlsx), not text"),
    ("program.txt", "binary file: an ELF executable, not text"),
    ("random.txt", "binary"),
    ("huge.txt", "file too large: 52.4 MB, over the 20 MB limit"),
    ("scanned.pdf", "no text layer (scanned PDF?)"),
    ("old_word.docx", "an old Word .doc (OLE) named .docx"),
    ("zip_not_word.docx", "not a .docx (a zip without word/document.xml)"),
    ("pipe.txt", "not a regular file (a FIFO (named pipe))"),
    ("dangling.txt", "broken symbolic link"),
    ("fake_doc.doc", "not a Word .doc (not an OLE compound file; the file is text)"),
    ("zip_named.doc", "a .docx (zip) named .doc; rename it to .docx"),
    ("cut_short.doc", "damaged .doc"),
    ("works.wps", "a Microsoft Works .wps (no Word stream; only Kingsoft WPS Writer files are read)"),
    ("fake.ofd", "not an OFD (not a zip archive; the file is text)"),
    ("zip_not_ofd.ofd", "not an OFD (a zip without OFD.xml)"),
    ("scan_only.ofd", "no text in the OFD (a scan?): 1 page(s) without text"),
    ("zip_not_sheet.xlsx", "not an .xlsx (a zip without xl/workbook.xml)"),
    ("old_excel.xlsx", "an old Excel .xls (OLE) named .xlsx"),
    ("sheet.et", "unsupported file type '.et'"),
    ("notes.xyz", "unsupported file type '.xyz'"),
]

#: Bad only when named directly: in a folder, a folder named x.txt is just a folder (its files are read).
NAMED_ONLY = [("folder.txt", "is a directory")]

GOOD_FILES = ["macun_2023.html", "yuncheng_2019.docx", "dongliao_2019.pdf", "dongliao_2019_chromium.pdf",
              "hantai_2017.ofd", "pujiang_2022_tasks.xlsx",
              "zhongzhan_2019_gbk.txt",
              "hantai_2017_utf16.txt", "macun_2023_big5.txt", "malformed.html", "open_marks.txt",
              "long_title.txt", "one_line.txt"]


def make_bad_corpus(root: Path, sample_dir: Path) -> Path:
    """The committed bad files, the reader fixtures, and the made ones, in ``root``."""
    shutil.copytree(BAD, root)
    for fixture in INPUTS.iterdir():
        # (the .doc is the .docx saved again, the easyofd OFD the PDF converted: the same texts,
        # which a build skips as duplicates)
        if fixture.suffix != ".py" and fixture.name not in ("yuncheng_2019.doc", "dongliao_2019_easyofd.ofd"):
            shutil.copy(fixture, root / fixture.name)
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(2000))
    (root / "archive.txt").write_bytes(_zip_bytes())
    (root / "program.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(500))
    (root / "random.txt").write_bytes(bytes(range(256)) * 8)
    with (root / "huge.txt").open("wb") as handle:  # sparse: refused by size before any byte is read
        handle.truncate(50 * 1024 * 1024)
    (root / "scanned.pdf").write_bytes(_pdf_without_text())
    (root / "old_word.docx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    (root / "zip_not_word.docx").write_bytes(_zip_bytes())
    os.mkfifo(root / "pipe.txt")
    (root / "dangling.txt").symlink_to(root / "gone.txt")
    (root / "folder.txt").mkdir()
    (root / "folder.txt" / "inside.txt").write_text(SENTENCE, "utf-8")  # a good file inside
    (root / "fake_doc.doc").write_text(SENTENCE, "utf-8")
    (root / "zip_named.doc").write_bytes(_zip_bytes())
    (root / "cut_short.doc").write_bytes((INPUTS / "yuncheng_2019.doc").read_bytes()[:4096])
    # an OLE file whose Word stream is renamed: what a Microsoft Works document looks like to the reader
    word = "WordDocument".encode("utf-16-le")
    (root / "works.wps").write_bytes((INPUTS / "yuncheng_2019.doc").read_bytes().replace(word, "MatOSTextDoc".encode("utf-16-le")))
    (root / "fake.ofd").write_text(SENTENCE, "utf-8")
    (root / "zip_not_ofd.ofd").write_bytes(_zip_bytes())
    (root / "scan_only.ofd").write_bytes(_ofd_without_text())
    (root / "zip_not_sheet.xlsx").write_bytes(_zip_bytes())
    (root / "old_excel.xlsx").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(1000))
    (root / "sheet.et").write_bytes(_zip_bytes())
    # Pathological but readable: built, not reported.
    (root / "open_marks.txt").write_text(SENTENCE + "《" * 100_000, "utf-8")
    (root / "long_title.txt").write_text("关于" + "法治政府建设" * 1666 + "的报告\n" + SENTENCE * 20, "utf-8")
    (root / "one_line.txt").write_text(SENTENCE.strip() + "法治政府建设工作稳步推进," * 20_000, "utf-8")  # 720 KB
    return root


@pytest.fixture(scope="module")
def bad_corpus(tmp_path_factory, sample_dir) -> Path:
    return make_bad_corpus(tmp_path_factory.mktemp("bad") / "corpus", sample_dir)


def _inputs(corpus: Path) -> list[Path]:
    # A folder skips unknown suffixes (page assets); a file named on the command line is reported.
    return [corpus, corpus / "notes.xyz"]


@pytest.fixture(scope="module")
def bad_build(bad_corpus, tmp_path_factory):
    return build_corpus(_inputs(bad_corpus), tmp_path_factory.mktemp("bad-out"))


@pytest.mark.parametrize("name, reason", BAD_FILES + NAMED_ONLY, ids=[n for n, _ in BAD_FILES + NAMED_ONLY])
def test_each_bad_file_is_one_clear_error(bad_corpus, name, reason):
    started = time.perf_counter()
    with pytest.raises(InputError) as caught:
        read_document(bad_corpus / name)
    message = str(caught.value)
    assert message.startswith(str(bad_corpus / name) + ": ")
    assert reason in message
    assert "\n" not in message
    assert time.perf_counter() - started < 30  # never hangs (a FIFO would block a naive open)


@pytest.mark.parametrize("name, reason", BAD_FILES, ids=[n for n, _ in BAD_FILES])
def test_build_reports_each_bad_file(bad_build, name, reason):
    # By id (the file's stem): build.py shows a dangling link by its target's name.
    reports = {r.id: r for r in bad_build.inputs}
    report = reports[Path(name).stem]
    assert report.status == "failed" and reason in report.error


@pytest.mark.parametrize("name", GOOD_FILES + ["folder.txt/inside.txt"])
def test_build_builds_every_good_file(bad_build, name):
    report = {r.path: r for r in bad_build.inputs}[name]
    assert report.status == "ok", report.error
    assert report.quads > 0


def test_build_reads_an_old_word_doc(tmp_path):
    result = build_corpus([INPUTS / "yuncheng_2019.doc"], tmp_path / "out", outputs=["build-report.json"])
    (report,) = result.inputs
    assert (report.status, report.error) == ("ok", None) and report.quads > 0


def test_build_report_records_every_input(bad_build):
    data = json.loads(bad_build.outputs["build-report.json"].read_text("utf-8"))
    assert data["summary"]["failed"] == len(BAD_FILES)
    assert data["summary"]["ok"] == len(GOOD_FILES) + 1
    assert all(entry["reason"] for entry in data["inputs"] if entry["status"] == "failed")


def test_cli_exit_status_3_names_each_bad_file(bad_corpus, tmp_path):
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "kg_builder", "build", *map(str, _inputs(bad_corpus)), "-o", str(out), "--silent"],
        capture_output=True, text=True, cwd=TESTS.parent, env={**os.environ, "PYTHONPATH": str(TESTS.parent)},
        timeout=600,
    )
    assert result.returncode == 3, result.stderr[-2000:]
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    for name, reason in BAD_FILES:
        assert any(name in line and reason in line for line in errors), name
    assert (out / "graph.ttl").exists()


def _loop_corpus(root: Path) -> Path:
    root.mkdir()
    (root / "good.txt").write_text(SENTENCE, "utf-8")
    (root / "loop.txt").symlink_to(root / "loop2.txt")
    (root / "loop2.txt").symlink_to(root / "loop.txt")
    return root


def test_symlink_loop_is_one_clear_error(tmp_path):
    root = _loop_corpus(tmp_path / "c")
    with pytest.raises(InputError, match="symbolic link loop"):
        read_document(root / "loop.txt")


def test_build_survives_a_symlink_loop(tmp_path):
    root = _loop_corpus(tmp_path / "c")
    result = build_corpus([root], None)
    assert {r.path: r.status for r in result.inputs} == {"good.txt": "ok", "loop.txt": "failed",
                                                         "loop2.txt": "failed"}


# -- pathological text: read and extracted, in bounded time ----------------------------------

PATHOLOGICAL = [
    ("100,000 《 with no 》", lambda: SENTENCE + "《" * 100_000),
    ("a 10,000-character title", lambda: "关于" + "法治政府建设" * 1666 + "的报告\n" + SENTENCE),
    ("a 10,000-character cited title", lambda: "按照《" + "法治政府建设" * 1666 + "》要求。\n" + SENTENCE),
    ("a single 5 MB line", lambda: SENTENCE.strip() + "法治政府建设工作稳步推进," * 140_000 + SENTENCE.strip()),
    ("stray control characters", lambda: SENTENCE * 5 + "\x00\x01\x1b[31m\x7f\u200b\ufeff" + SENTENCE * 5),
]


@pytest.mark.parametrize("label, make", PATHOLOGICAL, ids=[p[0] for p in PATHOLOGICAL])
def test_pathological_text_is_read_and_extracted(tmp_path, label, make):
    path = tmp_path / "doc.txt"
    path.write_text(make(), "utf-8")
    doc = read_document(path)
    extraction = extract(doc)
    for fact in extraction.facts:
        assert 0 <= fact.source.start <= fact.source.end <= len(doc.text)
    assert extraction.of("cites") or "《" not in doc.text[:200]
