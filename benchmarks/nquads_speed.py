"""Time ``rdf.to_nquads`` alone, and check its output stays byte-identical.

Run by hand (not part of the test suite). Reading and extracting are done once
and kept (pickled) in a work directory, so that only the serialization is timed:

    python benchmarks/nquads_speed.py prepare /tmp/nq /tmp/s2k kg_builder/data/corpus/seeds \\
        tests/data/extraction tests/data/inputs
    python benchmarks/nquads_speed.py dump /tmp/nq before     # on the code to compare against
    python benchmarks/nquads_speed.py dump /tmp/nq after      # on the changed code
    python benchmarks/nquads_speed.py compare /tmp/nq before after
    python benchmarks/nquads_speed.py time /tmp/nq --rounds 5
    python benchmarks/nquads_speed.py profile /tmp/nq

``dump`` writes every document's N-Quads under the default base IRI, with and
without a given ``kgb:sourcePath``, and under two other bases (one ending in
``#``), so that ``compare`` covers every path through the serializer. ``time``
prints MB/s per core (MB of input files, as ``build_benchmark.py`` counts them)
and lines per second, by ``time.process_time``: the first round (cold term
caches) and the best of the others (warm caches, as in a long build).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from pathlib import Path

BASES = (None, "http://example.org/kb/", "http://example.org/kb#")


def prepare(work: Path, inputs: list[Path]) -> None:
    """Read and extract every readable file under ``inputs``; pickle the extractions."""
    from kg_builder.pipeline import extract, warm_up
    from kg_builder.readers import read_document

    warm_up()
    paths = []
    for root in inputs:
        paths += sorted(p for p in root.rglob("*") if p.is_file()) if root.is_dir() else [root]
    items = []
    for path in paths:
        try:
            doc = read_document(path)
        except Exception as error:  # noqa: BLE001 - a benchmark input that is not a document
            print(f"skipped {path}: {error}", file=sys.stderr)
            continue
        items.append((str(path), path.stat().st_size, extract(doc)))
    work.mkdir(parents=True, exist_ok=True)
    with open(work / "extractions.pkl", "wb") as out:
        pickle.dump(items, out, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"{len(items)} extractions, {sum(size for _, size, _ in items) / 1e6:.1f} MB of input")


def load(work: Path) -> list:
    with open(work / "extractions.pkl", "rb") as f:
        return pickle.load(f)


def dump(work: Path, name: str) -> None:
    """Write every document's N-Quads, under each base and with/without a source path.

    ``<name>.nq`` holds the bytes; ``<name>.index`` a line per graph: its offset,
    length and SHA-256 in ``<name>.nq`` and what it was made from.
    """
    from kg_builder.ontology import Minter
    from kg_builder.rdf import to_nquads

    items = load(work)
    digest = hashlib.sha256()
    offset = 0
    with open(work / f"{name}.nq", "wb") as out, open(work / f"{name}.index", "w", encoding="utf-8") as index:
        for base in BASES:
            minter = Minter(base) if base else Minter()
            for path, _, extraction in items:
                for source in (None, f"corpus/{Path(path).name}"):
                    data, count = to_nquads(extraction, minter, source)
                    out.write(data)
                    digest.update(data)
                    index.write(f"{offset} {len(data)} {hashlib.sha256(data).hexdigest()} {count} "
                                f"{base} {source} {path}\n")
                    offset += len(data)
    print(f"{name}: {len(items)} documents x {len(BASES)} bases x 2, {offset} bytes, sha256 {digest.hexdigest()}")


def compare(work: Path, before: str, after: str) -> int:
    """0 when the two dumps are the same bytes; else show the first differing line."""
    index_a = (work / f"{before}.index").read_text(encoding="utf-8").splitlines()
    index_b = (work / f"{after}.index").read_text(encoding="utf-8").splitlines()
    if len(index_a) != len(index_b):
        print(f"DIFFERENT: {len(index_a)} vs {len(index_b)} graphs")
        return 1
    for a, b in zip(index_a, index_b):
        if a.split(" ", 1)[1] != b.split(" ", 1)[1]:  # the offset may differ only after a difference
            lines = []
            for name, entry in ((before, a), (after, b)):
                offset, length = map(int, entry.split(" ", 2)[:2])
                with open(work / f"{name}.nq", "rb") as f:
                    f.seek(offset)
                    lines.append(f.read(length).decode("utf-8").splitlines())
            print(f"DIFFERENT graph: {' '.join(a.split(' ')[3:])}")
            for i, (x, y) in enumerate(zip(*lines)):
                if x != y:
                    print(f"  line {i}\n  before: {x}\n  after:  {y}")
                    break
            else:
                print(f"  {len(lines[0])} vs {len(lines[1])} lines")
            return 1
    size = sum(int(entry.split(" ", 2)[1]) for entry in index_a)
    quads = sum(int(entry.split(" ", 4)[3]) for entry in index_a)
    print(f"identical: {len(index_a)} document graphs, {quads} quads, {size} bytes")
    return 0


def _caches(module) -> list[dict]:
    """The module's dictionaries (its term caches among them), and the minter cache."""
    found = [value for value in vars(module).values() if isinstance(value, dict)]
    mint = getattr(module, "_Mint", None)
    return found + ([mint._cache] if mint is not None else [])


def timing(work: Path, rounds: int, limit: int | None = None, module_name: str = "kg_builder.rdf") -> None:
    """CPU seconds of to_nquads over every extraction, each seen for the first time, per round.

    As in a long build, the term caches are warm with what other documents share
    (the vocabulary, divisions, common regulations): a quarter of the documents is
    serialized first, and the caches are put back as they were then before each
    round over the other three quarters, so that every round sees those documents
    for the first time. The best round is the figure (the machine is shared).
    """
    import gc
    import importlib

    from kg_builder.ontology import Minter

    module = importlib.import_module(module_name)
    items = load(work)[:limit]
    warm, timed = items[len(items) * 3 // 4:], items[:len(items) * 3 // 4]
    for _, _, extraction in warm:
        module.to_nquads(extraction, Minter())
    snapshot = [(cache, dict(cache)) for cache in _caches(module)]
    mb = sum(size for _, size, _ in timed) / 1e6
    extractions = [extraction for _, _, extraction in timed]
    gc.collect()
    gc.freeze()  # the pickled extractions are not garbage: a build holds one document at a time
    times = []
    lines = 0
    for _ in range(rounds):
        for cache, content in snapshot:
            cache.clear()
            cache.update(content)
        lines = 0
        start = time.process_time()
        for extraction in extractions:
            lines += module.to_nquads(extraction, Minter())[1]  # a Minter per document, as a build does
        times.append(time.process_time() - start)
    best = min(times)
    print(f"{module_name}: {len(timed)} documents, {mb:.1f} MB, {lines} lines; rounds (CPU s): "
          + ", ".join(f"{t:.2f}" for t in times))
    print(f"best: {mb / best:.2f} MB/s per core, {lines / best:,.0f} lines/s, {best / lines * 1e6:.2f} us per line")


def profile(work: Path, limit: int) -> None:
    import cProfile
    import pstats

    from kg_builder.ontology import Minter
    from kg_builder.rdf import to_nquads

    extractions = [extraction for _, _, extraction in load(work)][:limit]
    for extraction in extractions:  # warm the caches first, as in a long build
        to_nquads(extraction, Minter())
    profiler = cProfile.Profile()
    profiler.enable()
    for extraction in extractions:
        to_nquads(extraction, Minter())
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(25)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("prepare")
    p.add_argument("work", type=Path)
    p.add_argument("inputs", type=Path, nargs="+")
    p = sub.add_parser("dump")
    p.add_argument("work", type=Path)
    p.add_argument("name")
    p = sub.add_parser("compare")
    p.add_argument("work", type=Path)
    p.add_argument("before")
    p.add_argument("after")
    p = sub.add_parser("time")
    p.add_argument("work", type=Path)
    p.add_argument("--rounds", type=int, default=5)
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--module", default="kg_builder.rdf", help="the module to time (a copy of the old one, say)")
    p = sub.add_parser("profile")
    p.add_argument("work", type=Path)
    p.add_argument("--limit", type=int, default=600)
    args = parser.parse_args()
    if args.command == "prepare":
        prepare(args.work, args.inputs)
    elif args.command == "dump":
        dump(args.work, args.name)
    elif args.command == "compare":
        return compare(args.work, args.before, args.after)
    elif args.command == "time":
        timing(args.work, args.rounds, args.limit, args.module)
    else:
        profile(args.work, args.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
