"""Generate a synthetic national corpus: sample sentences recombined under real jurisdictions.

Each document is a 法治政府建设 report (or 工作要点, 实施方案) of a real province,
prefecture or county from the division tables (``kg_builder.divisions``), for a
year from 2016 to 2023, whose body recombines sentences of the five sample
documents up to about ``--size`` bytes. The corpus is deterministic for a seed.
Documents are spread over one folder per province, as a crawl would store them.

    python benchmarks/generate_corpus.py /tmp/kgb-corpus-1e4 -n 10000
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

from kg_builder import divisions
from kg_builder.readers import iter_sources, read_document, sample_corpus

_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]")

_TITLES = (
    "{name}人民政府关于{year}年度法治政府建设情况的报告",
    "{name}{year}年法治政府建设工作要点",
    "{name}关于贯彻落实《法治政府建设实施纲要(2015-2020年)》的实施方案",
    "{name}司法局{year}年法治政府建设年度报告",
)


def sample_sentences() -> list[str]:
    """Every sentence of the sample documents (the material documents are made of)."""
    sentences = []
    for path in iter_sources([sample_corpus()]):
        text = read_document(path).text
        sentences += [s.strip() for s in _SENTENCE.findall(text) if 8 <= len(s.strip()) <= 400]
    return sentences


def jurisdictions() -> list[divisions.Division]:
    """Real provinces, prefectures and counties, newest version of each code, by code."""
    _, by_code = divisions._table()
    return sorted((d for d in by_code.values() if d.level != "national"), key=lambda d: d.code)


def full_name(division: divisions.Division) -> str:
    parts = [division.province, division.prefecture if division.level == "county" else None, division.name]
    names = []
    for part in parts:
        if part and part not in names:
            names.append(part)
    return "".join(names)


def generate(out: Path, count: int, size: int = 15_000, seed: int = 2024) -> int:
    """Write ``count`` documents of about ``size`` bytes under ``out``; returns bytes written."""
    rng = random.Random(seed)
    sentences = sample_sentences()
    places = jurisdictions()
    counties = [d for d in places if d.level == "county"]
    prefectures = [d for d in places if d.level == "prefecture"]
    provinces = [d for d in places if d.level == "provincial"]
    written = 0
    for number in range(count):
        roll = rng.random()
        pool = counties if roll < 0.75 else prefectures if roll < 0.95 else provinces
        place = rng.choice(pool)
        year = rng.randint(2016, 2023)
        title = rng.choice(_TITLES).format(name=full_name(place), year=year)
        lines = [title, ""]
        length = len(title.encode("utf-8"))
        while length < size:
            paragraph = "".join(rng.choice(sentences) for _ in range(rng.randint(2, 6)))
            lines.append(paragraph)
            length += len(paragraph.encode("utf-8")) + 1
        lines += ["", f"{full_name(place)}人民政府", f"{year + 1}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日"]
        folder = out / (place.province_code or "00")
        folder.mkdir(parents=True, exist_ok=True)
        data = "\n".join(lines).encode("utf-8")
        (folder / f"{number:07d}_{place.code}_{year}.txt").write_bytes(data)
        written += len(data)
    return written


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="directory to write (created)")
    parser.add_argument("-n", "--count", type=int, default=10_000, help="documents (default 10,000)")
    parser.add_argument("--size", type=int, default=15_000, help="bytes per document (default 15,000)")
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    written = generate(args.out, args.count, args.size, args.seed)
    print(f"{args.count} documents, {written / 1e6:.1f} MB in {time.perf_counter() - started:.1f}s → {args.out}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
