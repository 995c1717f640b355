"""The persistent store: add, replace a changed document, remove one; it then equals a fresh build."""

from __future__ import annotations

import gc
import json
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Literal, URIRef

from kg_builder.build import build_corpus
from kg_builder.cli import cli
from kg_builder.ontology import VOCABULARY_GRAPH
from kg_builder.pipeline import extract
from kg_builder.rdf import to_quads, vocabulary_quads
from kg_builder.readers import read_document
from kg_builder.serialize import read_quads
from kg_builder.store import GraphStore, StoreError

CITATIONS = """
SELECT DISTINCT ?id ?title WHERE {
  GRAPH ?g { ?doc a kgb:Document ; dcterms:identifier ?id ; kgb:cites ?r }
  ?r skos:prefLabel ?title  # in the entities graph: described once per store
}"""


def _document(path: Path):
    """A document's graph IRI and quads, as `kgb build` makes them."""
    quads = to_quads(extract(read_document(path)))
    return quads[0][3], quads


def _fill(store: GraphStore, paths) -> dict[str, str]:
    store.ensure_vocabulary(vocabulary_quads())
    return {path.stem: store.put_document(*_document(path)) for path in paths}


def _store_quads(store: GraphStore) -> set:
    return set(read_quads(store))


def _build_quads(paths, tmp_path: Path) -> set:
    result = build_corpus(paths, None)
    assert not result.failed
    return set(read_quads(result.dataset))


@pytest.fixture()
def corpus(tmp_path, sample_dir) -> Path:
    target = tmp_path / "corpus"
    shutil.copytree(sample_dir, target)
    return target


def _close(store: GraphStore) -> None:
    """Release the store's lock so another opener (a CLI command) can have it."""
    store.flush()
    del store
    gc.collect()


def test_add_replace_remove_equals_a_fresh_build(tmp_path, corpus):
    paths = sorted(corpus.glob("*.txt"))
    a, b, c = paths[:3]
    store = GraphStore(tmp_path / "store")
    assert _fill(store, [a, b, c]) == {a.stem: "added", b.stem: "added", c.stem: "added"}
    assert _store_quads(store) == _build_quads([a, b, c], tmp_path)

    # b changes: new content hash, new graph; its older version must go.
    old_graph = _document(b)[0]
    b.write_text(b.read_text("utf-8") + "\n同时，认真学习了《中华人民共和国行政许可法》。\n", "utf-8")
    new_graph, quads = _document(b)
    assert new_graph != old_graph
    assert store.put_document(new_graph, quads) == "replaced"
    assert store.graphs_for_id(b.stem) == [new_graph]

    assert store.remove_document(_document(c)[0]) is True
    assert store.remove_document(_document(c)[0]) is False
    assert _store_quads(store) == _build_quads([a, b], tmp_path)
    assert {d.id for d in store.documents()} == {a.stem, b.stem}


def test_the_store_persists_and_lists_its_documents(tmp_path, sample_dir):
    paths = sorted(sample_dir.glob("*.txt"))
    store = GraphStore(tmp_path / "store")
    _fill(store, paths)
    count = len(store)
    _close(store)
    reopened = GraphStore(tmp_path / "store", read_only=True)
    assert len(reopened) == count
    listed = reopened.documents()
    assert [d.id for d in listed] == [p.stem for p in paths]
    assert all(len(d.content_hash) == 64 and d.file_name == f"{d.id}.txt" for d in listed)
    first = listed[0]
    assert reopened.has_document(first.content_hash)
    assert not reopened.has_document("0" * 64)
    assert reopened.document_hashes()[first.content_hash] == first.graph
    assert reopened.document_count() == len(paths)
    keys = (first.id, first.file_name, first.content_hash, first.content_hash[:10], first.graph, first.source_path)
    for key in filter(None, keys):
        assert reopened.find_documents(key) == [first], key
    assert reopened.find_documents("abc") == []  # too short to be a hash prefix


def test_a_bulk_built_store_is_compacted_and_keeps_every_quad(tmp_path, sample_dir):
    """A new store is bulk-loaded, then compacted once (queries read the compacted files faster);
    compacting keeps what the store holds, and a read-only or in-memory store is left as it is."""
    result = build_corpus([sample_dir], None, store=tmp_path / "store")
    store, built = result.store, result.quads
    del result
    quads = set(store.store)
    assert quads and len(store) == built
    store.optimize()  # again: nothing changes
    assert set(store.store) == quads
    _close(store)
    reopened = GraphStore(tmp_path / "store", read_only=True)
    reopened.optimize()
    assert set(reopened.store) == quads
    in_memory = GraphStore()
    in_memory.optimize()
    assert len(in_memory) == 0


def test_sparql_over_the_store_finds_the_citations_kgb_extract_reports(tmp_path, sample_dir, runner):
    store = GraphStore(tmp_path / "store")
    _fill(store, sorted(sample_dir.glob("*.txt")))
    from_store = {(row["id"].value, row["title"].value) for row in store.query(CITATIONS)}
    result = runner.invoke(cli, ["extract", str(sample_dir)])
    assert result.exit_code == 0
    from_extract = {(record["id"], citation["title"])
                    for record in map(json.loads, result.stdout.splitlines()) for citation in record["citations"]}
    assert from_store == from_extract and len(from_store) > 50


def test_replace_is_all_or_nothing(tmp_path, sample_dir):
    store = GraphStore(tmp_path / "store")
    path = sorted(sample_dir.glob("*.txt"))[0]
    graph, quads = _document(path)
    store.put_document(graph, quads)
    before = _store_quads(store)
    broken = quads + [(URIRef("not an IRI"), quads[0][1], quads[0][2], graph)]
    with pytest.raises(ValueError):
        store.replace_document(graph, broken)
    assert _store_quads(store) == before


def test_replace_drops_the_graphs_it_replaces_in_the_same_update(tmp_path):
    store = GraphStore()
    g1, g2 = URIRef("https://example.org/g1"), URIRef("https://example.org/g2")
    p = URIRef("https://example.org/p")
    store.replace_document(g1, [(g1, p, Literal("old"), g1)])
    store.replace_document(g2, [(g2, p, Literal("new\n\"quoted\" \\ 中"), g2)], replaces=[g1])
    assert [q.graph_name.value for q in store.store] == [str(g2)]
    assert next(iter(store.store)).object.value == "new\n\"quoted\" \\ 中"


def test_vocabulary_is_written_once_and_replaced_when_it_changes():
    store = GraphStore()
    vocabulary = vocabulary_quads()
    assert store.ensure_vocabulary(vocabulary) is True
    assert store.ensure_vocabulary(vocabulary) is False
    assert store.ensure_vocabulary(vocabulary[:-1]) is True
    stored = store.store.quads_for_pattern(None, None, None, ox.NamedNode(str(VOCABULARY_GRAPH)))
    assert len(list(stored)) == len(vocabulary) - 1


def test_a_directory_that_is_not_a_store_is_refused(tmp_path):
    (tmp_path / "outputs").mkdir()
    (tmp_path / "outputs" / "graph.ttl").write_text("", "utf-8")
    with pytest.raises(StoreError, match="not a kg_builder store"):
        GraphStore(tmp_path / "outputs")
    assert sorted(p.name for p in (tmp_path / "outputs").iterdir()) == ["graph.ttl"]
    with pytest.raises(StoreError, match="not a kg_builder store"):
        GraphStore(tmp_path / "missing", read_only=True)


# -- kgb remove and kgb validate on a store -------------------------------------------------

@pytest.fixture()
def store_dir(tmp_path, sample_dir) -> Path:
    store = GraphStore(tmp_path / "store")
    _fill(store, sorted(sample_dir.glob("*.txt")))
    _close(store)
    return tmp_path / "store"


def test_kgb_remove_by_id_file_name_and_hash(runner, store_dir, sample_dir):
    stems = sorted(p.stem for p in sample_dir.glob("*.txt"))
    reader = GraphStore(store_dir, read_only=True)
    third_hash = next(d.content_hash for d in reader.documents() if d.id == stems[2])
    _close(reader)

    result = runner.invoke(cli, ["remove", stems[0], f"{stems[1]}.txt", third_hash[:12], "--store", str(store_dir)])
    gc.collect()  # the command's store, closed as a process exit would
    assert result.exit_code == 0, result.output
    assert [line.split("\t")[:2] for line in result.stdout.splitlines()] == [
        ["removed", stems[0]], ["removed", stems[1]], ["removed", stems[2]]]
    store = GraphStore(store_dir)
    assert [d.id for d in store.documents()] == stems[3:]
    assert store.store.contains_named_graph(ox.NamedNode(str(VOCABULARY_GRAPH)))


def test_kgb_remove_reports_what_matches_nothing(runner, store_dir, sample_dir):
    stem = sorted(p.stem for p in sample_dir.glob("*.txt"))[0]
    result = runner.invoke(cli, ["remove", "no-such-doc", stem, "--store", str(store_dir), "--dry-run"])
    gc.collect()  # the command's store, closed as a process exit would
    assert result.exit_code == 1
    assert "no stored document matches 'no-such-doc'" in result.stderr
    assert result.stdout.startswith(f"would remove\t{stem}\t")
    store = GraphStore(store_dir, read_only=True)
    assert stem in {d.id for d in store.documents()}


def test_remove_documents_from_python_names_what_went_and_what_matched_nothing(store_dir, sample_dir):
    stems = sorted(p.stem for p in sample_dir.glob("*.txt"))
    store = GraphStore(store_dir)
    removed, missing = store.remove_documents([stems[1], "no-such-doc", f"{stems[3]}.txt"])
    assert [(key, doc.id) for key, doc in removed] == [(stems[1], stems[1]), (f"{stems[3]}.txt", stems[3])]
    assert missing == ["no-such-doc"]
    assert sorted(d.id for d in store.documents()) == [stems[0], stems[2], stems[4]]
    assert store.quad_count() == len(store.store)  # the kept count followed the removals


def test_kgb_remove_refuses_a_directory_that_is_not_a_store(runner, tmp_path):
    (tmp_path / "x.txt").write_text("x", "utf-8")
    result = runner.invoke(cli, ["remove", "a", "--store", str(tmp_path)])
    assert result.exit_code == 1 and "not a kg_builder store" in result.output


def test_kgb_validate_a_store_and_a_broken_file(runner, store_dir, tmp_path):
    result = runner.invoke(cli, ["validate", str(store_dir)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.stdout
    broken = tmp_path / "broken.nt"
    broken.write_text(
        "<https://example.org/r> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
        "<https://w3id.org/kg-builder/ontology#Regulation> .\n", "utf-8")
    result = runner.invoke(cli, ["validate", str(broken)])
    assert result.exit_code == 1
    assert "does not conform" in result.stdout
    assert "a regulation needs its title" in result.stdout and "https://example.org/r" in result.stdout


def test_a_built_store_finds_documents_by_source_path_and_counts_them(tmp_path, sample_dir):
    result = build_corpus([sample_dir], None, store=tmp_path / "store")
    store = result.store
    listed = store.documents()
    assert store.document_count() == result.documents == len(listed) == len(list(sample_dir.glob("*.txt")))
    for doc in listed:
        assert doc.source_path == f"{sample_dir.name}/{doc.file_name}"
        assert store.find_documents(doc.source_path) == [doc]


@pytest.mark.parametrize("lookup", ["by path", "one pass"])
@pytest.mark.parametrize("source", ['reports/2023/县"政府"报告.txt', "reports/it's {x} #1 <a>.txt", "reports/a b/\n.txt"])
def test_stale_versions_are_found_by_source_path_whatever_its_characters(sample_dir, source, lookup, monkeypatch):
    """A build removes the stored versions of a source it saw with other content: the store is asked
    by path (in a query), so quotes, brackets and line breaks in a path must not matter; a whole
    corpus seen again is compared in one pass over the stored paths, with the same answers."""
    if lookup == "one pass":
        monkeypatch.setattr("kg_builder.store._BATCH", 0)
    store = GraphStore()
    store.ensure_vocabulary(vocabulary_quads())
    first, second = sorted(sample_dir.glob("*.txt"))[:2]
    old = to_quads(extract(read_document(first)), source_path=source)
    store.put_document(old[0][3], old)
    kept = to_quads(extract(read_document(second)), source_path="reports/other.txt")
    store.put_document(kept[0][3], kept)
    old_hash, kept_hash = (next(str(o) for s, p, o, _ in q if str(p).endswith("#contentHash")) for q in (old, kept))
    # The source seen with new content: its stored version is stale; seen with the same, it is not.
    assert store.stale_versions({source: "0" * 64, "reports/other.txt": kept_hash}) == [str(old[0][3])]
    assert store.stale_versions({source: old_hash}) == []
    assert store.stale_versions({"reports/unknown.txt": "0" * 64}) == []
    # Its old content now at another path (the file copied there) is that file's: not stale.
    assert store.stale_versions({source: "0" * 64, "reports/copy.txt": old_hash}) == []
