"""The RDF graph: SHACL conformance, provenance that quotes the original text, stable output."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg_builder.model import Document, Extraction, Fact, Mention, Provenance
from kg_builder.ontology import KGB, OA, PREFIXES, VOCABULARY_GRAPH, Minter, ontology_triples
from kg_builder.rdf import to_dataset, to_quads, union_graph, vocabulary_quads
from kg_builder.serialize import read_quads
from kg_builder.serialize import serialize
from kg_builder.store import GraphStore
from kg_builder.validate import validate

REPO = Path(__file__).resolve().parent.parent

#: The question docs/ontology.md teaches: which sentence says this edge?
WHICH_SENTENCE = """
SELECT ?file ?sentence ?start ?end ?exact ?extractor WHERE {
  ?reg skos:prefLabel "重大行政决策程序暂行条例"@zh .
  ?a a kgb:Assertion ;
     rdf:subject ?doc ; rdf:predicate kgb:cites ; rdf:object ?reg ;
     kgb:sentence ?sentence ; kgb:extractor ?extractor ;
     kgb:evidence ?span .
  ?span oa:hasSource ?doc ;
        oa:hasSelector ?pos , ?quote .
  ?pos a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
  ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  ?doc kgb:fileName ?file .
}"""


def _cites(doc: Document, start: int, end: int, name: str, extractor: str = "citations") -> Fact:
    source = Provenance(doc.id, start, end, extractor)
    return Fact(doc.mention(), "cites", Mention(doc.text[start:end], "Regulation", source, name), source)


def test_sample_graph_conforms_to_the_shapes(sample_build):
    report = validate(sample_build.dataset)
    assert report.conforms, report.text()


def test_the_written_graph_files_conform_too(sample_build):
    for name in ("graph.nq", "graph.ttl"):
        report = validate(sample_build.outputs[name])
        assert report.conforms, report.text()


@pytest.mark.parametrize(("breakage", "message"), [
    (lambda ds, a: ds.remove((a, KGB.extractor, None, None)), "Less than 1 values"),
    (lambda ds, a: ds.add((a, KGB.evidence, URIRef("https://example.org/elsewhere"),
                           next(ds.quads((a, None, None, None)))[3])), "an assertion has one span"),
    (lambda ds, a: [ds.remove((s, p, o, None)) for s, p, o, _ in list(ds.quads((None, KGB.cites, None, None)))],
     "the statement this assertion records is not in the graph"),
    (lambda ds, a: [ds.add((q, OA.exact, Literal("x"), g)) or ds.remove((q, OA.exact, v, g))
                    for q, _, v, g in list(ds.quads((None, OA.exact, None, None)))[:1]],
     "the quote's length is not the span's length"),
])
def test_broken_graphs_do_not_conform_and_the_report_says_why(breakage, message):
    doc = Document("d", "2019年,学习了《政府投资条例》。")
    dataset = to_dataset([Extraction(doc, (_cites(doc, 7, 15, "政府投资条例"),))])
    assertion = next(q[0] for q in dataset.quads((None, URIRef(PREFIXES["rdf"] + "type"), KGB.Assertion, None)))
    breakage(dataset, assertion)
    report = validate(dataset)
    assert not report.conforms
    text = report.text()
    assert message in text or any(message in v.message for v in report.violations), text


def test_provenance_quotes_the_characters_as_written():
    # Matching ran on simplified characters; the quote and sentence must be the original ones.
    original = "二〇一九年，學習了《政府投資條例》。其後考核。"
    simplified = "二〇一九年，学习了《政府投资条例》。其后考核。"
    doc = Document("trad", simplified, original_text=original)
    start, end = simplified.index("政府"), simplified.index("》")
    graph = union_graph(to_dataset([Extraction(doc, (_cites(doc, start, end, "政府投资条例"),))]))
    rows = list(graph.query("""
        SELECT ?exact ?sentence ?start ?end WHERE {
          ?a kgb:sentence ?sentence ; kgb:evidence ?span .
          ?span oa:hasSelector ?q , ?p .
          ?q oa:exact ?exact . ?p oa:start ?start ; oa:end ?end .
        }""", initNs=PREFIXES))
    assert [(str(e), str(s), int(a), int(b)) for e, s, a, b in rows] == [
        ("政府投資條例", "二〇一九年，學習了《政府投資條例》。", start, end)]
    # The entity is named by the matched (simplified) form.
    assert (None, None, Literal("政府投资条例", lang="zh")) in graph


def test_which_sentence_says_this_edge(sample_build):
    store = GraphStore()  # Oxigraph, as `kgb serve` and a store answer it
    store.store.extend(read_quads(sample_build.dataset))
    rows = [{k: row[k].value for k in ("file", "sentence", "start", "end", "exact", "extractor")}
            for row in store.query(WHICH_SENTENCE)]
    assert rows
    for row in rows:
        assert row["exact"] in row["sentence"]
        assert int(row["end"]) - int(row["start"]) == len(row["exact"])
        assert row["file"].endswith(".txt") and row["extractor"]
    assert any("国务院公布了《重大行政决策程序暂行条例》" in row["sentence"] for row in rows)


def test_the_graph_has_no_blank_nodes_and_no_machine_paths(sample_build, tmp_path):
    quads = list(sample_build.dataset.quads((None, None, None, None)))
    assert not [q for q in quads if any(isinstance(n, BNode) for n in q[:3])]
    text = serialize(sample_build.dataset, "nquads").decode("utf-8")
    assert str(REPO) not in text and "/tmp/" not in text and str(Path.home()) not in text


def test_the_vocabulary_graph_is_the_ontology(sample_build):
    vocabulary = {(s, p, o) for s, p, o, g in sample_build.dataset.quads((None, None, None, VOCABULARY_GRAPH))}
    assert vocabulary == set(ontology_triples())
    assert {q[3] for q in vocabulary_quads()} == {VOCABULARY_GRAPH}


def test_every_document_statement_has_an_assertion(sample_build):
    graph = union_graph(sample_build.dataset)
    missing = list(graph.query("""
        SELECT ?d ?r WHERE {
          ?d kgb:cites ?r .
          FILTER NOT EXISTS { ?a rdf:subject ?d ; rdf:predicate kgb:cites ; rdf:object ?r ; kgb:evidence ?s }
        }""", initNs=PREFIXES))
    assert missing == []


def test_subproperties_let_sparql_ask_in_eli_terms(sample_build):
    graph = union_graph(sample_build.dataset)
    kgb_count = len(list(graph.query("SELECT DISTINCT ?d ?r WHERE { ?d kgb:cites ?r }", initNs=PREFIXES)))
    eli_count = len(list(graph.query(
        "SELECT DISTINCT ?d ?r WHERE { ?p rdfs:subPropertyOf* eli:cites . ?d ?p ?r }", initNs=PREFIXES)))
    assert kgb_count == eli_count > 0


def _canonical_build(out: Path, seed: str) -> bytes:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    subprocess.run([sys.executable, "-m", "kg_builder", "build", "-o", str(out), "--silent"],
                   check=True, env=env, cwd=out.parent)
    done = subprocess.run([sys.executable, "-m", "kg_builder", "convert", str(out / "graph.nq"), "-o", "-",
                           "--to", "ntriples"], check=True, env=env, capture_output=True)
    return done.stdout


@pytest.mark.slow
def test_two_runs_give_identical_canonical_ntriples(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b" / "deeper").mkdir(parents=True)
    first = _canonical_build(tmp_path / "a" / "out", "1")
    second = _canonical_build(tmp_path / "b" / "deeper" / "out", "2")
    assert first == second
    lines = first.decode("utf-8").splitlines()
    assert lines == sorted(set(lines)) and len(lines) > 3000


def test_to_quads_is_deterministic_and_follows_the_base_iri():
    doc = Document("d", "2019年,学习了《政府投资条例》。", path="/home/someone/docs/d.txt")
    extraction = Extraction(doc, (_cites(doc, 7, 15, "政府投资条例"),))
    assert to_quads(extraction) == to_quads(extraction)
    quads = to_quads(extraction, Minter("https://example.org/kg#"))
    for quad in quads:
        for node in quad:
            if isinstance(node, URIRef) and str(node).startswith("https://example.org/kg"):
                assert str(node).count("#") == 1
    assert (Literal("d.txt") in {q[2] for q in quads}) and not any("/home/" in str(q[2]) for q in quads)


_TEXT = st.text(min_size=1, max_size=40)


@settings(max_examples=25, deadline=None)
@given(doc_id=_TEXT, text=st.text(min_size=1, max_size=60), name=_TEXT, extractor=_TEXT,
       bounds=st.tuples(st.integers(-5, 70), st.integers(-5, 70)))
def test_any_input_gives_a_graph_every_syntax_can_carry(doc_id, text, name, extractor, bounds):
    doc = Document(doc_id, text, path=f"dir/{doc_id}")
    source = Provenance(doc.id, bounds[0], bounds[1], extractor)
    fact = Fact(doc.mention(), "cites", Mention(name, "Regulation", source, name, (("aliases", (name,)),)), source)
    other = Fact(doc.mention(), "yearCovered", 2019, source)
    dataset = Dataset()
    for quad in to_quads(Extraction(doc, (fact, other))):
        dataset.add(quad)
    for fmt, rdf_format in [("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG),
                            ("rdfxml", ox.RdfFormat.RDF_XML)]:
        data = serialize(dataset, fmt)
        parsed = {q.triple for q in ox.parse(data, format=rdf_format)}
        assert len(parsed) == len({(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))})
    back = Graph().parse(data=serialize(dataset, "ntriples").decode("utf-8"), format="nt")
    assert set(back) == {(s, p, o) for s, p, o, _ in dataset.quads((None, None, None, None))}
