"""Extraction speed: MB/s per extractor and overall, on the sample corpus repeated.

Each copy of a sample document is a new ``Document`` with its own id, so the
per-document caches (context, agency scan, citations) are rebuilt for every
copy, as they are for distinct documents in a real corpus. Sizes are UTF-8
bytes. The shared document context is timed on its own first; each extractor
is then timed in the default order, so a cache an earlier extractor filled
(the agency scan, the citations) is charged to the first one that needs it.
Times are CPU seconds of this process (``time.process_time``), so that other
work on the machine does not count against the figures: MB/s per core.

Usage:
    PYTHONPATH=$PWD python benchmarks/extraction_speed.py [--megabytes 5] [--profile]
    PYTHONPATH=$PWD python benchmarks/extraction_speed.py --corpus /tmp/kgb-corpus-2000

With ``--corpus`` the documents of a folder (say, made by ``generate_corpus.py``)
are timed as a worker meets them: one after the other, the caches keyed by a
title or a phrase kept from one document to the next.

The last line is the fixed cost of a document: the pipeline over 1 KB documents
(the openings of the sample documents, each with its own id).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg_builder import extractors  # noqa: E402
from kg_builder.extractors.agencies import canonical_body  # noqa: E402
from kg_builder.normalize import normalize_title  # noqa: E402
from kg_builder.context import context_of, title_divisions  # noqa: E402
from kg_builder.extractors.citations import (  # noqa: E402
    _body_in_title, _core, _lookup_law, _title_head, classify, is_document_title,
)
from kg_builder.extractors.initiatives import _completed_by, _shape  # noqa: E402
from kg_builder.model import Document  # noqa: E402
from kg_builder.pipeline import extract  # noqa: E402
from kg_builder.readers import iter_sources, read_document  # noqa: E402

SEEDS = ROOT / "kg_builder" / "data" / "corpus" / "seeds"


def short_corpus(count: int, tag: str, size: int = 1000) -> list[Document]:
    """``count`` documents of about ``size`` UTF-8 bytes: the openings of the sample documents."""
    base = [read_document(path) for path in iter_sources([SEEDS])]
    heads = [d.text.encode("utf-8")[:size].decode("utf-8", "ignore") for d in base]
    return [Document(id=f"{tag}{i}-{d.id}", text=heads[i % len(base)], path=d.path)
            for i in range(count) for d in base[i % len(base) : i % len(base) + 1]]


def corpus(megabytes: float, tag: str) -> list[Document]:
    """The sample documents repeated to about ``megabytes`` MB, each copy with its own id."""
    base = [read_document(path) for path in iter_sources([SEEDS])]
    size = sum(len(d.text.encode("utf-8")) for d in base)
    copies = max(1, round(megabytes * 1e6 / size))
    return [Document(id=f"{tag}{i}-{d.id}", text=d.text, path=d.path, url=d.url, metadata=d.metadata,
                     original_text=d.original_text)
            for i in range(copies) for d in base]


#: Caches keyed by a piece of text (a title, a body's name): cleared before every
#: document, so that the copies of the sample corpus do not find their own titles
#: already normalized. A real corpus, whose documents cite the same national
#: titles again and again, runs somewhat faster than these figures.
TEXT_CACHES = (normalize_title, canonical_body, title_divisions, _core, _title_head, _body_in_title, classify,
               _lookup_law, is_document_title, _shape, _completed_by)


def forget_texts() -> None:
    for cache in TEXT_CACHES:
        cache.cache_clear()


def megabytes_of(docs: list[Document]) -> float:
    return sum(len(d.text.encode("utf-8")) for d in docs) / 1e6


def per_extractor(docs: list[Document]) -> dict[str, float]:
    """Seconds spent in the shared context and in each default extractor."""
    times = {"context": 0.0}
    chosen = [(name, extractors.get(name)) for name in extractors.DEFAULT]
    for name, _ in chosen:
        times[name] = 0.0
    for doc in docs:
        forget_texts()
        t0 = time.process_time()
        context_of(doc)
        times["context"] += time.process_time() - t0
        for name, extractor in chosen:
            t0 = time.process_time()
            for _ in extractor(doc):
                pass
            times[name] += time.process_time() - t0
    return times


def overall(docs: list[Document]) -> float:
    """Seconds for the whole pipeline (every default extractor), document by document."""
    seconds = 0.0
    for doc in docs:
        forget_texts()
        t0 = time.process_time()
        extract(doc)
        seconds += time.process_time() - t0
    return seconds


def time_corpus(folder: Path, repeat: int) -> None:
    """MB/s per core and ms per document of the whole pipeline over a folder's documents."""
    docs = [read_document(path) for path in iter_sources([folder])]
    size = megabytes_of(docs)
    extract(docs[0])  # load tables, build automata and compile patterns outside the timings
    best = float("inf")
    for run in range(repeat):
        copies = [Document(id=f"run{run}-{d.id}", text=d.text, path=d.path, url=d.url, metadata=d.metadata,
                           original_text=d.original_text) for d in docs]
        t0 = time.process_time()
        for doc in copies:
            extract(doc)
        best = min(best, time.process_time() - t0)
    print(f"{len(docs)} documents, {size:.2f} MB, CPU time of one core, fastest of {repeat} runs")
    print(f"{best:.2f} s: {size / best:.2f} MB/s, {best / len(docs) * 1e3:.2f} ms per document")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0, help="corpus size to time (default 5)")
    parser.add_argument("--repeat", type=int, default=3, help="runs per figure; the fastest counts (default 3)")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the whole pipeline instead")
    parser.add_argument("--corpus", type=Path, help="time the documents of this folder instead (whole pipeline)")
    args = parser.parse_args()
    if args.corpus is not None:
        time_corpus(args.corpus, args.repeat)
        return
    warm = corpus(0.1, "warm")
    overall(warm)  # load tables, build automata and compile patterns outside the timings
    if args.profile:
        import cProfile
        import pstats
        docs = corpus(args.megabytes, "profile")
        profiler = cProfile.Profile()
        profiler.runcall(overall, docs)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)
        return
    size = megabytes_of(corpus(args.megabytes, "size"))
    times: dict[str, float] = {}
    for run in range(args.repeat):
        for name, seconds in per_extractor(corpus(args.megabytes, f"split{run}-")).items():
            times[name] = min(seconds, times.get(name, seconds))
    print(f"{size:.2f} MB (sample corpus repeated), CPU time of one core, fastest of {args.repeat} runs")
    print(f"{'stage':<14}{'seconds':>9}{'MB/s':>9}")
    for name, seconds in times.items():
        print(f"{name:<14}{seconds:>9.2f}{size / seconds if seconds else float('inf'):>9.1f}")
    seconds = min(overall(corpus(args.megabytes, f"whole{run}-")) for run in range(args.repeat))
    print(f"{'overall':<14}{seconds:>9.2f}{size / seconds:>9.1f}")
    # The fixed cost of a document: a corpus has many short ones (notices, news items).
    count = 2000
    seconds = min(overall(short_corpus(count, f"short{run}-")) for run in range(args.repeat))
    print(f"1 KB documents: {seconds / count * 1e3:.2f} ms each ({count / seconds:.0f} documents/s)")


if __name__ == "__main__":
    main()
