"""Read throughput per format and the time pathological inputs take. Prints figures.

Run: ``PYTHONPATH=$PWD python benchmarks/bench_inputs.py``. Each format is read
from a file made of the sample corpus repeated to about 5 MB of text (PDF and
DOCX smaller: their libraries are slower); MB/s counts the file's bytes.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "data" / "inputs"))

from kg_builder.pipeline import extract  # noqa: E402
from kg_builder.readers import read_document, sample_corpus  # noqa: E402
from kg_builder.readers.traditional import to_simplified  # noqa: E402


def timed(label: str, path: Path, repeat: int = 3) -> None:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        doc = read_document(path)
        best = min(best, time.perf_counter() - started)
    size = path.stat().st_size / 1e6
    print(f"{label:<28} {size:7.2f} MB  {best:7.3f} s  {size / best:7.1f} MB/s  ({len(doc.text):,} chars)")


def main() -> None:
    import docx
    import opencc

    import make_fixtures

    text = "\n".join(p.read_text("utf-8") for p in sorted(sample_corpus().glob("*.txt")))
    text = text.replace("\xa0", " ")  # GBK has no no-break space
    big = text * max(1, 5_000_000 // len(text.encode("utf-8")))
    out = Path(tempfile.mkdtemp(prefix="kgb-bench-"))
    try:
        print(f"{'format':<28} {'file':>10}  {'time':>9}  {'rate':>12}")
        for label, encoding in [("txt UTF-8", "utf-8"), ("txt GBK", "gbk"), ("txt UTF-16", "utf-16")]:
            (out / f"{encoding}.txt").write_bytes(big.encode(encoding))
            timed(label, out / f"{encoding}.txt")
        traditional = opencc.OpenCC("s2tw").convert(big)
        (out / "big5.txt").write_bytes(traditional.encode("cp950", errors="replace"))
        timed("txt Big5 traditional", out / "big5.txt")
        body = "".join(f"<p>{line}</p>\n" for line in big.splitlines() if line.strip())
        (out / "page.html").write_text(f"<html><head><meta charset='utf-8'><title>t</title></head><body>"
                                       f"<div class='nav'>首页 政务公开</div><div id='zoom'>{body}</div>"
                                       f"<div class='footer'>版权所有</div></body></html>", "utf-8")
        timed("html (trafilatura)", out / "page.html", repeat=1)
        small = text * 2
        lines = [line[i:i + 36] for line in small.splitlines() if line.strip() for i in range(0, len(line), 36)]
        (out / "doc.pdf").write_bytes(make_fixtures.pdf_with_text([lines[i:i + 48] for i in range(0, len(lines), 48)]))
        timed("pdf (pypdf)", out / "doc.pdf", repeat=1)
        document = docx.Document()
        for line in small.splitlines():
            document.add_paragraph(line)
        document.save(out / "doc.docx")
        timed("docx (python-docx)", out / "doc.docx")
        # (no writer of the old format here: the committed fixture, a 运城 report saved by LibreOffice)
        timed("doc (olefile, piece table)", REPO / "tests" / "data" / "inputs" / "yuncheng_2019.doc", repeat=20)
        timed("ofd (zip + lxml)", REPO / "tests" / "data" / "inputs" / "hantai_2017.ofd", repeat=20)
        timed("xlsx (openpyxl)", REPO / "tests" / "data" / "inputs" / "pujiang_2022_tasks.xlsx", repeat=20)
        started = time.perf_counter()
        to_simplified(traditional)
        print(f"{'t2s one-for-one':<28} {len(traditional):,} chars in {time.perf_counter() - started:.3f} s")

        print("\npathological inputs (read + extract)")
        sentence = "按照《法治政府建设实施纲要(2015-2020年)》要求,区司法局推进“放管服”改革。"
        cases = {
            "100,000 《 with no 》": sentence + "《" * 100_000,
            "10,000-character title": "关于" + "法治政府建设" * 1666 + "的报告\n" + sentence,
            "single 5 MB line": sentence + "法治政府建设工作稳步推进," * 140_000 + sentence,
            "single 5 MB line, dense facts": sentence * (5_000_000 // len(sentence.encode("utf-8"))),
        }
        for label, content in cases.items():
            path = out / "p.txt"
            path.write_text(content, "utf-8")
            started = time.perf_counter()
            doc = read_document(path)
            read = time.perf_counter() - started
            extraction = extract(doc)
            total = time.perf_counter() - started
            print(f"{label:<32} read {read:6.2f} s  read+extract {total:6.2f} s  ({len(extraction.facts):,} facts)")
        path = out / "huge.txt"
        with path.open("wb") as handle:
            handle.truncate(50 * 1024 * 1024)
        started = time.perf_counter()
        try:
            read_document(path)
        except Exception as error:  # noqa: BLE001 - printing what happened is the point
            print(f"{'50 MB file':<32} refused in {time.perf_counter() - started:.4f} s: {error.problem}")
    finally:
        shutil.rmtree(out)


if __name__ == "__main__":
    main()
