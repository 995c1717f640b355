"""The RDF graph: SHACL conformance, provenance that quotes the original text, stable output."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import BNode, Dataset, Graph, Literal, URIRef

from kg_builder.model import Document, Extraction, Fact, Mention, Provenance
from kg_builder.ontology import KGB, OA, PREFIXES, VOCABULARY_GRAPH, Minter, clean_text, ontology_triples
from kg_builder.pipeline import extract
from kg_builder.rdf import to_dataset, to_nquads, to_quads, union_graph, vocabulary_quads
from kg_builder.readers import read_document
from kg_builder.serialize import read_quads
from kg_builder.serialize import serialize
from kg_builder.store import GraphStore
from kg_builder.validate import validate

REPO = Path(__file__).resolve().parent.parent

#: The question docs/ontology.md teaches: which sentence says this edge?
WHICH_SENTENCE = """
SELECT ?file ?sentence ?start ?end ?exact ?extractor WHERE {
  ?reg skos:prefLabel "重大行政决策程序暂行条例"@zh .
  GRAPH ?doc {
    ?a rdf:subject ?doc ; rdf:predicate kgb:cites ; rdf:object ?reg ;
       kgb:extractor ?extractor ; kgb:evidence ?span .
    ?span oa:start ?start ; oa:end ?end ; oa:exact ?exact ; kgb:sentence ?sentence .
  }
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


def _move_span(ds: Dataset, assertion: URIRef, iri: str) -> None:
    """Give the assertion's span another IRI (its quads move with it)."""
    span = next(ds.quads((assertion, KGB.evidence, None, None)))[2]
    for _, p, o, g in list(ds.quads((span, None, None, None))):
        ds.remove((span, p, o, g))
        ds.add((URIRef(iri), p, o, g))
    for s, p, _, g in list(ds.quads((None, None, span, None))):
        ds.remove((s, p, span, g))
        ds.add((s, p, URIRef(iri), g))


@pytest.mark.parametrize(("breakage", "message"), [
    (lambda ds, a: ds.remove((a, KGB.extractor, None, None)), "Less than 1 values"),
    (lambda ds, a: ds.remove((a, KGB.evidence, None, None)), "an assertion has one span"),
    (lambda ds, a: _move_span(ds, a, str(a).split("/assertion/")[0] + "#char=7,15"),
     "the span's IRI does not name its offsets"),
    (lambda ds, a: _move_span(ds, a, "https://w3id.org/kg-builder/id/document/ffffffffffffffff#char=10,16"),
     "the span is not of the document the assertion was read from"),
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
    dataset = to_dataset([Extraction(doc, (_cites(doc, 10, 16, "政府投资条例"),))])
    assertion = next(q[0] for q in dataset.quads((None, URIRef(PREFIXES["rdf"] + "subject"), None, None)))
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
          ?a kgb:evidence ?span .
          ?span kgb:sentence ?sentence ; oa:exact ?exact ; oa:start ?start ; oa:end ?end .
        }""", initNs=PREFIXES))
    assert [(str(e), str(s), int(a), int(b)) for e, s, a, b in rows] == [
        ("政府投資條例", "二〇一九年，學習了《政府投資條例》。", start, end)]
    # The entity is named by the matched (simplified) form.
    assert (None, None, Literal("政府投资条例", lang="zh")) in graph


def test_assertions_read_from_the_same_characters_share_one_span_written_once():
    text = "二〇一九年，學習了《政府投資條例》。其後考核。"
    doc = Document("d", text.replace("學習", "学习").replace("投資條", "投资条").replace("其後", "其后"), original_text=text)
    start, end = doc.text.index("政府"), doc.text.index("》")
    source = Provenance(doc.id, start, end, "citations")
    regulation = Mention(doc.text[start:end], "Regulation", source)
    facts = (Fact(doc.mention(), "cites", regulation, source),
             Fact(doc.mention(), "implements", regulation, Provenance(doc.id, start, end, "implements")),
             Fact(doc.mention(), "yearCovered", 2019, Provenance(doc.id, 0, 5, "years")),
             Fact(doc.mention(), "docType", "annual_report", Provenance(doc.id, 0, len(text), "doctype")))
    lines = to_nquads(Extraction(doc, facts))[0].decode("utf-8").splitlines()
    store = ox.Store()
    store.load("\n".join(lines).encode("utf-8"), format=ox.RdfFormat.N_QUADS)
    rows = [{k: row[k].value if row[k] is not None else None for k in ("a", "p", "x", "span", "start", "end", "exact")}
            for row in store.query("""
        SELECT ?a ?p ?x ?span ?start ?end ?exact WHERE { GRAPH ?g {
          ?a rdf:predicate ?p ; kgb:extractor ?x ; kgb:evidence ?span .
          ?span oa:start ?start ; oa:end ?end . OPTIONAL { ?span oa:exact ?exact } } }""", prefixes=PREFIXES)]
    # Every fact has exactly one assertion, whose span quotes the characters as written.
    assert sorted((r["p"].rsplit("#", 1)[-1], r["x"]) for r in rows) == [
        ("cites", "citations"), ("docType", "doctype"), ("implements", "implements"), ("yearCovered", "years")]
    assert len({r["a"] for r in rows}) == 4
    for r in rows:
        s, e = int(r["start"]), int(r["end"])
        assert r["span"].endswith(f"#char={s},{e}")
        assert r["exact"] == (text[s:e] if e - s < len(text) else None)  # the whole text is not repeated
    # cites and implements were read from the same characters: one span, its quads written once.
    shared = {r["span"] for r in rows if r["p"].endswith(("#cites", "#implements"))}
    assert len(shared) == 1
    (span,) = shared
    assert [line.split(" ", 2)[1] for line in lines if line.startswith(f"<{span}>")] == [
        f"<{OA.start}>", f"<{OA.end}>", f"<{OA.exact}>", f"<{KGB.sentence}>"]
    # The version that read the document is said once, of the document.
    assert sum(f"<{KGB.extractorVersion}>" in line for line in lines) == 1


#: Fact predicates whose property has another local name.
_RDF_NAMES = {"lead": "leadAgency", "responsible": "responsibleAgency", "publishDate": "date_document",
              "documentNumber": "id_local"}


def test_every_fact_of_the_sample_has_one_assertion_quoting_its_span(sample_dir, sample_build):
    store = GraphStore()
    store.store.extend(read_quads(sample_build.dataset))
    for path in sorted(sample_dir.glob("*.txt")):
        doc = read_document(path)
        graph = Minter().document(doc.content_hash)
        found = {}
        for row in store.query(f"""
            SELECT ?a ?p ?x ?span ?start ?end ?exact WHERE {{ GRAPH <{graph}> {{
              ?a rdf:predicate ?p ; kgb:extractor ?x ; kgb:evidence ?span .
              ?span oa:start ?start ; oa:end ?end . OPTIONAL {{ ?span oa:exact ?exact }} }} }}"""):
            s, e = int(row["start"].value), int(row["end"].value)
            if 0 < e - s < len(doc.text):
                assert row["exact"].value == clean_text(doc.source_text[s:e])
            found.setdefault((re.split("[#/]", row["p"].value)[-1], row["x"].value, s, e), set()).add(row["a"].value)
        # An ill-typed date or year is no RDF literal: the extractor's record keeps it, the graph does not.
        facts = [f for f in extract(doc).facts if f.predicate not in ("publishDate", "yearCovered")
                 or re.fullmatch(r"[0-9]{4}(-[0-9]{2}-[0-9]{2})?", str(getattr(f.object, "name", f.object)))]
        assert facts and len({a for assertions in found.values() for a in assertions}) <= len(facts)
        for fact in facts:
            start, end = sorted((max(0, min(fact.source.start, len(doc.text))), max(0, min(fact.source.end, len(doc.text)))))
            assert found.get((_RDF_NAMES.get(fact.predicate, fact.predicate), fact.source.extractor, start, end)), \
                (path.name, fact)


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


def test_a_former_name_is_an_alternative_label_never_a_second_preferred_one():
    # 襄樊市 became 襄阳市 in 2010: a document using the old name must not give the
    # division two preferred labels across the union of document graphs.
    doc = Document("old-name", "襄樊市人民政府办公室关于印发2009年法治政府建设工作要点的通知\n襄樊市各县（市、区）人民政府：")
    graph = union_graph(to_dataset([extract(doc)]))
    rows = {(str(p).rsplit("#", 1)[-1], str(o)) for p, o in graph.query("""
        SELECT ?p ?label WHERE {
          ?j kgb:divisionCode "420600" ; ?p ?label . FILTER(?p IN (skos:prefLabel, skos:altLabel))
        }""", initNs=PREFIXES)}
    assert rows == {("prefLabel", "襄阳市"), ("altLabel", "襄樊市")}


def test_a_place_known_by_its_level_only_is_each_documents_own_and_conforms():
    # Two pages that name no place (a template's 某县, a speech's 我县): each is written for a county of its own,
    # never one node that would join them, and the graph still conforms to the shapes.
    docs = [Document("template", "某县2023年度法治政府建设情况报告\n2023年,某县推进依法行政,全县完成任务。"),
            Document("speech", "在全县法治政府建设推进会上的讲话\n一年来,我县法治建设取得成效,全县上下共同努力。")]
    dataset = to_dataset([extract(doc) for doc in docs])
    assert validate(dataset).conforms
    rows = {(str(doc), str(label), str(status), str(level).rsplit("#", 1)[-1])
            for doc, label, status, level in union_graph(dataset).query("""
        SELECT ?file ?label ?status ?level WHERE {
          ?doc <http://purl.org/dc/terms/identifier> ?file ; kgb:authorJurisdiction ?j .
          ?j skos:prefLabel ?label ; kgb:resolutionStatus ?status ; kgb:level ?level .
        }""", initNs=PREFIXES)}
    assert {row[0] for row in rows} == {"template", "speech"}
    assert {row[1:] for row in rows} == {("未具名的县级区划", "unnamed", "County")}
    assert len({iri for (iri,) in union_graph(dataset).query(
        "SELECT DISTINCT ?j WHERE { ?doc kgb:authorJurisdiction ?j }", initNs=PREFIXES)}) == 2
    # the build's fast writer says the same: one node per document
    nquads = b"".join(to_nquads(extract(doc))[0] for doc in docs)
    assert nquads.count("未具名的县级区划".encode()) == 2
    # and the cookbook's question about places that did not resolve lists them, by their documents
    from kg_builder.sparql import cookbook_query, run_query, term_text
    store = GraphStore()
    store.store.load(nquads, format=ox.RdfFormat.N_QUADS)
    result = run_query(store, cookbook_query("unresolved-jurisdictions").text)
    rows = [{v: term_text(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]
    assert [(r["name"], r["status"], sorted(r["documents"].split())) for r in rows] == [
        ("未具名的县级区划", "unnamed", ["speech", "template"])]


def test_a_county_known_by_its_level_lies_within_the_province_its_page_names():
    doc = Document("bureau", "县委、县政府:\n2024年以来,县教育局认真贯彻落实习近平总书记对浙江工作的重要指示精神,"
                             "全县教育系统推进依法治校。县委、县政府高度重视,我县各学校落实《浙江省学校安全条例》。")
    dataset = to_dataset([extract(doc)])
    assert validate(dataset).conforms
    rows = list(union_graph(dataset).query("""
        SELECT ?status ?province WHERE {
          ?doc kgb:authorJurisdiction ?j . ?j kgb:resolutionStatus ?status ; kgb:within/skos:prefLabel ?province .
        }""", initNs=PREFIXES))
    assert [(str(s), str(p)) for s, p in rows] == [("unnamed", "浙江省")]
