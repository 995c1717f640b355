"""Store-backed builds: the same graph as a fresh build, however the store got there."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import XSD

from kg_builder.build import OUTPUT_FILES, build_corpus, write_outputs
from kg_builder.ontology import Minter
from kg_builder.pipeline import extract
from kg_builder.rdf import to_dataset, to_quads, union_graph
from kg_builder.readers import read_document
from kg_builder.store import GraphStore

SEEDS = ["000_5897df00731d88e1", "001_442be8164d49497e", "002_1786d43f08fa2674", "003_280033b0075f93d2"]


def _corpus(sample_dir: Path, target: Path, names: dict[str, str]) -> Path:
    """A folder with documents named as given (file stem -> seed), optionally edited."""
    target.mkdir(parents=True, exist_ok=True)
    for stem, seed in names.items():
        text = (sample_dir / f"{seed}.txt").read_text("utf-8")
        if stem.endswith("-changed"):
            stem = stem.removesuffix("-changed")
            text = text.replace("法治政府", "法治政府", 1) + "\n按照《中华人民共和国行政许可法》要求,深化改革。\n"
        (target / f"{stem}.txt").write_text(text, "utf-8")
    return target


def _dataset(store: GraphStore) -> Dataset:
    dataset = Dataset()
    for s, p, o, g in store.quads():
        dataset.add((s, p, o, g))
    return dataset


def test_a_store_backed_build_equals_a_build_in_memory(sample_dir, sample_build, tmp_path):
    result = build_corpus([sample_dir], tmp_path / "out", store=tmp_path / "store")
    for name in OUTPUT_FILES:
        assert result.outputs[name].read_bytes() == sample_build.outputs[name].read_bytes(), name


def test_the_store_holds_exactly_the_quads_of_each_document(sample_dir, sample_build):
    # Laid out as a build stores it: the divisions described once, in the divisions graph.
    extractions = [extract(read_document(path)) for path in sorted(sample_dir.glob("*.txt"))]
    expected = Dataset()
    for s, p, o, g in to_dataset(extractions, Minter(), shared_divisions=True).quads((None, None, None, None)):
        # Oxigraph stores the integer subtypes (xsd:nonNegativeInteger ...) as xsd:integer.
        if isinstance(o, Literal) and o.datatype == XSD.nonNegativeInteger:
            o = Literal(int(o), datatype=XSD.integer)
        expected.add((s, p, o, g))
    assert isomorphic(union_graph(expected), union_graph(sample_build.dataset))
    count = lambda dataset: sum(1 for _ in dataset.quads((None, None, None, None)))  # noqa: E731
    assert count(sample_build.dataset) == count(expected) == sample_build.quads
    # Standalone document graphs hold the same triples: each describes the divisions it names.
    standalone = to_dataset(extractions, Minter())
    assert isomorphic(union_graph(standalone), union_graph(expected))


def test_an_incremental_build_equals_a_build_from_scratch(sample_dir, tmp_path):
    store_dir = tmp_path / "store"
    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": SEEDS[0], "b": SEEDS[1]})
    first = build_corpus([corpus], tmp_path / "out1", store=store_dir)
    assert [r.status for r in first.inputs] == ["ok", "ok"]
    a_graph = str(Minter().document(read_document(corpus / "a.txt").content_hash))
    del first
    # Add c, change b, keep a (in place: a version is new content at the same path):
    # a is skipped, b's old graph is replaced.
    v2 = _corpus(sample_dir, corpus, {"a": SEEDS[0], "b-changed": SEEDS[1], "c": SEEDS[2]})
    second = build_corpus([v2], tmp_path / "out2", store=store_dir)
    assert {r.path: r.status for r in second.inputs} == {"a.txt": "skipped", "b.txt": "ok", "c.txt": "ok"}
    assert second.documents == 3
    store = second.store
    assert store.remove_document(URIRef(a_graph))
    incremental = write_outputs(store, tmp_path / "out3", ["graph.nq", "graph.ttl", "propagation.csv"])
    scratch = build_corpus([v2 / "b.txt", v2 / "c.txt"], tmp_path / "scratch")
    assert isomorphic(union_graph(_dataset(store)), union_graph(scratch.dataset))
    for name in incremental:
        assert incremental[name].read_bytes() == scratch.outputs[name].read_bytes(), name


def _stored_paths(store: GraphStore) -> list[str]:
    return sorted(d.source_path for d in store.documents())


def test_documents_with_the_same_stem_in_two_folders_both_stay(sample_dir, tmp_path):
    """`kgb build a/ --store S` then `kgb build b/ --store S`: a/report.txt is not an old b/report.txt."""
    a = _corpus(sample_dir, tmp_path / "a", {"report": SEEDS[0]})
    b = _corpus(sample_dir, tmp_path / "b", {"report": SEEDS[1]})
    store_dir = tmp_path / "store"
    for number, folder in enumerate([a, b, a]):  # the third run: both unchanged, nothing removed
        result = build_corpus([folder], tmp_path / f"out{number}", store=store_dir)
        assert result.failed == []
        assert _stored_paths(result.store) == (["a/report.txt"] if number == 0 else ["a/report.txt", "b/report.txt"])
        assert result.documents == (1 if number == 0 else 2)
        del result
    # Built together they are two documents too, and a change to one replaces only that one.
    _corpus(sample_dir, b, {"report-changed": SEEDS[1]})
    both = build_corpus([a, b], tmp_path / "out-both", store=store_dir)
    assert [r.status for r in both.inputs] == ["skipped", "ok"]
    assert _stored_paths(both.store) == ["a/report.txt", "b/report.txt"]
    stored = {d.source_path: d.content_hash for d in both.store.documents()}
    assert stored["b/report.txt"] == read_document(b / "report.txt").content_hash
    assert stored["a/report.txt"] == read_document(a / "report.txt").content_hash


def test_put_document_replaces_only_the_same_source_path(sample_dir, tmp_path):
    a = _corpus(sample_dir, tmp_path / "a", {"report": SEEDS[0]})
    b = _corpus(sample_dir, tmp_path / "b", {"report": SEEDS[1]})
    store = GraphStore()
    for path in (a / "report.txt", b / "report.txt"):
        quads = to_quads(extract(read_document(path)))
        assert store.put_document(quads[0][3], quads) == "added"
    _corpus(sample_dir, a, {"report-changed": SEEDS[0]})
    quads = to_quads(extract(read_document(a / "report.txt")))
    assert store.put_document(quads[0][3], quads) == "replaced"
    assert store.graphs_for_source("a/report.txt") == [quads[0][3]]
    assert _stored_paths(store) == ["a/report.txt", "b/report.txt"]


def test_a_second_run_skips_every_unchanged_document(sample_dir, tmp_path):
    first = build_corpus([sample_dir], tmp_path / "out1", store=tmp_path / "store")
    del first
    again = build_corpus([sample_dir], tmp_path / "out2", store=tmp_path / "store")
    assert [r.status for r in again.inputs] == ["skipped"] * 5
    report = json.loads(again.outputs["build-report.json"].read_text("utf-8"))
    assert report["summary"] == {**report["summary"], "inputs": 5, "ok": 0, "skipped": 5, "failed": 0}
    assert report["inputs"][0]["reason"] == "unchanged: already in the store"
    for name in ("graph.nq", "graph.ttl", "propagation.csv"):
        assert again.outputs[name].read_bytes() == (tmp_path / "out1" / name).read_bytes(), name


def test_the_report_accounts_for_every_input(sample_dir, tmp_path):
    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": SEEDS[0], "b": SEEDS[1]})
    shutil.copy(corpus / "a.txt", corpus / "a-copy.txt")
    (corpus / "empty.txt").write_bytes(b"")
    result = build_corpus([corpus], tmp_path / "out")
    report = json.loads(result.outputs["build-report.json"].read_text("utf-8"))
    entries = {e["path"]: (e["status"], e["reason"]) for e in report["inputs"]}
    assert entries == {
        "a-copy.txt": ("ok", None),
        "a.txt": ("skipped", "same content as a-copy.txt"),
        "b.txt": ("ok", None),
        "empty.txt": ("failed", entries["empty.txt"][1]),
    }
    assert entries["empty.txt"][1].startswith("empty.txt: ")
    assert report["summary"] == {**report["summary"], "inputs": 4, "ok": 2, "skipped": 1, "failed": 1}
    assert report["summary"]["graph"]["documents"] == 2
    ok = next(e for e in report["inputs"] if e["path"] == "b.txt")
    assert ok["facts"]["cites"] > 0 and ok["quads"] > 0


@pytest.mark.parametrize(("flags", "written"), [
    (["--outputs", "nq,report"], ["build-report.json", "graph.nq"]),
    (["--no-html", "--no-rank"], ["build-report.json", "graph.nq", "graph.ttl"]),
    (["--outputs", "ttl", "--no-rank"], ["graph.ttl"]),
])
def test_outputs_can_be_chosen(runner, sample_dir, tmp_path, flags, written):
    from kg_builder.cli import cli

    result = runner.invoke(cli, ["build", str(sample_dir / f"{SEEDS[1]}.txt"), "-o", str(tmp_path), "--silent", *flags])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == written


def test_the_quad_count_of_a_store_stays_true_without_a_scan(sample_dir, tmp_path, runner):
    """A build reports how many quads its store holds; on disk, the figure is kept beside the
    store and followed write by write, so an update of a big store need not count them all."""
    from kg_builder.cli import cli
    from kg_builder.store import QUAD_COUNT_FILE

    store_dir = tmp_path / "store"
    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": SEEDS[0], "b": SEEDS[1]})

    def kept() -> int:
        return json.loads((store_dir / QUAD_COUNT_FILE).read_text("utf-8"))["quads"]

    def true_count() -> int:
        return len(GraphStore(store_dir, read_only=True).store)

    first = build_corpus([corpus], None, store=store_dir)  # a bulk load, counted after
    del first
    gc.collect()  # the result holds the store open
    assert kept() == true_count()
    # Add c, change b: transactions, followed graph by graph.
    _corpus(sample_dir, corpus, {"b-changed": SEEDS[1], "c": SEEDS[2]})
    second = build_corpus([corpus], tmp_path / "out", store=store_dir, outputs=["build-report.json"])
    assert [r.status for r in second.inputs] == ["skipped", "ok", "ok"]
    report = json.loads((tmp_path / "out" / "build-report.json").read_text("utf-8"))
    del second
    gc.collect()
    assert report["summary"]["graph"]["quads"] == kept() == true_count()
    # kgb remove follows its removals, and what the entities graph loses with them.
    result = runner.invoke(cli, ["remove", "c", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert kept() == true_count()
    # A write by something else that changes the documents: the kept figure is not trusted.
    store = GraphStore(store_dir)
    graph = store.documents()[0].graph
    store.store.remove_graph(__import__("pyoxigraph").NamedNode(graph))
    assert store.quad_count() == len(store.store) == kept()
    del store
    gc.collect()
    # A write through the store's own methods outside a build: the figure is counted again.
    store = GraphStore(store_dir)
    assert store.quad_count() == kept()
    before = kept()
    other = _corpus(sample_dir, tmp_path / "other", {"b": SEEDS[3]}) / "b.txt"  # b rewritten whole
    quads = to_quads(extract(read_document(other)), source_path="corpus/b.txt")
    assert store.put_document(quads[0][3], quads) == "replaced"  # as many documents as before
    assert store.quad_count() == len(store.store) == kept() != before
    del store
    gc.collect()
    # A write killed half-way leaves no figure: the next count is a scan.
    (store_dir / QUAD_COUNT_FILE).unlink()
    assert GraphStore(store_dir, read_only=True).quad_count() == true_count()
