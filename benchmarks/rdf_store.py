"""Figures for docs/ontology.md: triples per document, store load time and size, serialization times.

Run from a checkout:  PYTHONPATH=$PWD python benchmarks/rdf_store.py [--synthetic N]
With --synthetic N it also times every syntax on a synthetic graph of about N triples
(documents shaped like the sample's, under fresh IRIs).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg_builder.build import build_corpus
from kg_builder.serialize import FORMATS, read_quads, serialize
from kg_builder.store import GraphStore
from kg_builder.validate import validate


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _time(label: str, fn, repeat: int = 3):
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    print(f"  {label:<28} {best * 1000:9.1f} ms")
    return result


def sample_figures() -> list[ox.Quad]:
    result = build_corpus([], None)
    quads = sorted(set(read_quads(result.dataset)), key=str)
    print(f"sample: {len(result.inputs)} documents, {len(quads)} quads")
    by_graph: dict[str, int] = {}
    for q in quads:
        by_graph[str(q.graph_name)] = by_graph.get(str(q.graph_name), 0) + 1
    for report in result.inputs:
        print(f"  {report.id:<24} {report.quads:6d} quads")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        store = GraphStore(Path(tmp) / "store")
        from kg_builder.rdf import to_quads, vocabulary_quads

        store.ensure_vocabulary(vocabulary_quads())
        for extraction in result.extractions:
            doc_quads = to_quads(extraction)
            store.put_document(doc_quads[0][3], doc_quads)
        store.flush()
        print(f"store load (5 documents, one UPDATE each): {(time.perf_counter() - started) * 1000:.0f} ms, "
              f"{len(store)} quads, {_size(Path(tmp) / 'store') / 1e6:.2f} MB on disk")
    print("serialize the sample (best of 3):")
    for name in FORMATS:
        data = _time(name, lambda: serialize(result.dataset, name))
        print(f"  {'':<28} {len(data) / 1e3:9.0f} kB")
    _time("validate (SHACL + checks)", lambda: validate(result.dataset), repeat=1)
    return quads


def synthetic(quads: list[ox.Quad], target: int) -> None:
    copies = max(1, target // len(quads))
    base = "https://w3id.org/kg-builder/id/"

    def renamed(term, i):
        if isinstance(term, ox.NamedNode) and term.value.startswith(base + "document/"):
            return ox.NamedNode(term.value.replace("/document/", f"/document/{i:06d}", 1))
        return term

    big = [ox.Quad(renamed(q.subject, i), q.predicate, renamed(q.object, i), renamed(q.graph_name, i))
           for i in range(copies) for q in quads]
    print(f"synthetic: {len(big)} quads ({copies} copies of the sample's documents)")
    with tempfile.TemporaryDirectory() as tmp:
        store = GraphStore(Path(tmp) / "store")
        started = time.perf_counter()
        store.store.bulk_extend(big)
        store.flush()
        print(f"  store bulk load {time.perf_counter() - started:.1f} s, {_size(Path(tmp) / 'store') / 1e6:.0f} MB")
        for name in FORMATS:
            if name == "jsonld" and len(big) > 300_000:
                print(f"  {name:<28} skipped (rdflib JSON-LD; minutes at this size)")
                continue
            started = time.perf_counter()
            data = serialize(store, name)
            print(f"  {name:<28} {time.perf_counter() - started:9.1f} s  {len(data) / 1e6:7.0f} MB")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--synthetic", type=int, default=0, help="also time a graph of about N quads")
    args = parser.parse_args()
    sample = sample_figures()
    if args.synthetic:
        synthetic(sample, args.synthetic)
