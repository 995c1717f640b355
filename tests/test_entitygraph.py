"""The entities graph: every agency, initiative and regulation described once per store, exactly those named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import URIRef

from kg_builder.build import build_corpus, write_outputs
from kg_builder.entity_graph import held_entities, entity_key
from kg_builder.model import Document
from kg_builder.ontology import ENTITIES_GRAPH, Minter
from kg_builder.pipeline import extract
from kg_builder.rdf import entity_inputs, to_nquads, to_quads
from kg_builder.readers import read_document
from kg_builder.store import GraphStore

#: 中站区 (河南 焦作), 东辽县 (吉林 辽源), 汉台区 (陕西 汉中).
ZHONGZHAN, DONGLIAO, HANTAI = "000_5897df00731d88e1", "001_442be8164d49497e", "002_1786d43f08fa2674"
OUTPUTS = ["graph.nq", "graph.ttl", "propagation.csv"]
ENTITIES = ox.NamedNode(str(ENTITIES_GRAPH))
MINT = Minter()
#: Named by 东辽县's report only: 吉林省人民政府, and the report's own title as a regulation.
JILIN_GOVERNMENT = str(MINT.agency("220000", "吉林省人民政府"))
DONGLIAO_REPORT = str(MINT.regulation("东辽县人民政府关于2019年度东辽县法治政府建设情况的报告"))
#: Named by 中站区's and 东辽县's reports.
STATE_COUNCIL = str(MINT.agency("100000", "国务院"))
OUTLINE = str(MINT.regulation("法治政府建设实施纲要(2015-2020年)"))


def _corpus(sample_dir: Path, target: Path, names: dict[str, str]) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for stem, seed in names.items():
        shutil.copyfile(sample_dir / f"{seed}.txt", target / f"{stem}.txt")
    return target


def _graphs_of(store: ox.Store, iri: str, predicate: str) -> list[str]:
    """The graphs holding a statement of ``predicate`` about ``iri``, one per statement."""
    return [q.graph_name.value for q in store.quads_for_pattern(ox.NamedNode(iri), ox.NamedNode(predicate), None)]


def _described(store: ox.Store) -> set[str]:
    return {q.subject.value for q in store.quads_for_pattern(None, None, None, ENTITIES)}


SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
KGB = "https://w3id.org/kg-builder/ontology#"


@pytest.mark.parametrize("iri, predicate", [
    (STATE_COUNCIL, SKOS_PREF), (STATE_COUNCIL, RDF_TYPE), (STATE_COUNCIL, KGB + "agencyOf"),
    (OUTLINE, SKOS_PREF), (str(MINT.initiative("放管服")), SKOS_PREF),
])
def test_a_build_describes_each_entity_once_in_the_entities_graph(sample_build, iri, predicate):
    assert _graphs_of(sample_build.store.store, iri, predicate) == [str(ENTITIES_GRAPH)]


def test_what_a_document_says_of_a_regulation_in_its_context_stays_in_its_graph(sample_build):
    store = sample_build.store.store
    # The outline's issuer (中共中央, 国务院) is read by each citing document: in their graphs.
    issuers = _graphs_of(store, OUTLINE, KGB + "issuerName")
    assert len(issuers) >= 2 and str(ENTITIES_GRAPH) not in issuers
    # The entities graph says nothing beyond type, preferred label and an agency's jurisdiction.
    predicates = {q.predicate.value for q in store.quads_for_pattern(None, None, None, ENTITIES)}
    assert predicates == {RDF_TYPE, SKOS_PREF, KGB + "agencyOf"}
    types = {q.object.value for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, ENTITIES)}
    assert types == {KGB + "Agency", KGB + "Regulation", KGB + "Initiative"}


def test_the_entities_graph_holds_exactly_what_the_documents_name(sample_dir, sample_build):
    named: dict[bytes, bytes] = {}
    for path in sorted(sample_dir.glob("*.txt")):
        to_nquads(extract(read_document(path)), shared_divisions=set(), shared_entities=named)
    assert {iri.decode()[1:-1] for iri in named} == _described(sample_build.store.store)
    assert held_entities(sample_build.store.store) == {entity_key(iri) for iri in named}


def test_a_union_query_meets_a_regulation_label_once(sample_build):
    rows = list(sample_build.store.query(f"SELECT ?label WHERE {{ <{OUTLINE}> skos:prefLabel ?label }}"))
    assert len(rows) == 1


def test_a_standalone_graph_describes_its_entities_and_a_shared_one_names_them():
    doc = Document("r", "2019年河南省焦作市中站区人民政府关于法治政府建设情况的报告。深化放管服改革,"
                        "按照《法治政府建设实施纲要(2015-2020年)》要求。")
    alone, _ = to_nquads(extract(doc))
    entities: dict[bytes, bytes] = {}
    shared, _ = to_nquads(extract(doc), shared_divisions=set(), shared_entities=entities)
    outline = f"<{OUTLINE}>".encode()
    said = lambda data: {tuple(line.split(b" ")[1:3]) for line in data.splitlines()  # noqa: E731
                         if line.startswith(outline + b" ")}
    own = {(f"<{RDF_TYPE}>".encode(), f"<{KGB}Regulation>".encode()), (f"<{SKOS_PREF}>".encode(), b'"%s"@zh' % (
        "法治政府建设实施纲要(2015-2020年)".encode()))}
    assert own <= said(alone) and not own & said(shared)
    assert outline in shared and said(entities[outline]) == own
    # The document's own statements about the regulation stay: it was read with a kind, say.
    assert said(alone) - own == said(shared) and any(p == f"<{KGB}kind>".encode() for p, _ in said(shared))


def test_a_name_minting_changes_is_described_where_it_is_named():
    from kg_builder.model import Extraction, Fact, Mention, Provenance

    doc = Document("r", "深化e\u0301改革。")
    source = Provenance("r", 2, 4, "test")
    named = Mention("e\u0301", "Initiative", source, "e\u0301")  # not NFC: its IRI spells é
    facts = (Fact(Mention("r", "Document", source, "r"), "mentionsInitiative", named, source),)
    entities: dict[bytes, bytes] = {}
    data, _ = to_nquads(Extraction(doc, facts), shared_divisions=set(), shared_entities=entities)
    assert entities == {} and '"e\u0301"@zh'.encode() in data


@pytest.mark.parametrize("iri, expected", [
    (STATE_COUNCIL, ("agency", "https://w3id.org/kg-builder/id/", ("100000", "国务院"))),
    (str(MINT.agency(None, "某局")), ("agency", "https://w3id.org/kg-builder/id/", (None, "某局"))),
    (OUTLINE, ("regulation", "https://w3id.org/kg-builder/id/", ("法治政府建设实施纲要(2015-2020年)",))),
    (str(Minter("http://example.org/kg#").initiative("a/b c")), ("initiative", "http://example.org/kg#", ("a/b c",))),
    (str(MINT.jurisdiction("410000")), None),  # a division: the divisions graph's
    ("https://w3id.org/kg-builder/id/regulation/%E6%B3%95", None),  # not as the minter writes it
])
def test_entity_inputs_reads_back_what_an_iri_was_minted_from(iri, expected):
    assert entity_inputs(iri) == expected


def test_removing_the_only_document_naming_an_agency_and_a_regulation_removes_them(runner, sample_dir, tmp_path):
    from kg_builder.cli import cli

    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": ZHONGZHAN, "b": DONGLIAO, "c": HANTAI})
    store_dir = tmp_path / "store"
    built = build_corpus([corpus], None, store=store_dir)
    assert {JILIN_GOVERNMENT, DONGLIAO_REPORT, STATE_COUNCIL, OUTLINE} <= _described(built.store.store)
    built.store.flush()
    del built
    result = runner.invoke(cli, ["remove", "b", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    store = GraphStore(store_dir)
    described = _described(store.store)
    assert not {JILIN_GOVERNMENT, DONGLIAO_REPORT} & described  # only b named them
    assert {STATE_COUNCIL, OUTLINE} <= described  # a names them too
    incremental = write_outputs(store, tmp_path / "incremental", OUTPUTS)
    del store
    (corpus / "b.txt").unlink()
    clean = build_corpus([corpus], tmp_path / "scratch", outputs=OUTPUTS).outputs
    for name in OUTPUTS:
        assert incremental[name].read_bytes() == clean[name].read_bytes(), name


def test_the_library_path_stores_a_standalone_graph_as_a_build_does(sample_dir, sample_build):
    store = GraphStore()
    graphs = {}
    for path in sorted(sample_dir.glob("*.txt")):
        quads = to_quads(extract(read_document(path)), source_path=f"seeds/{path.name}")
        graphs[path.stem] = quads[0][3]
        store.put_document(quads[0][3], quads)
    assert _described(store.store) == _described(sample_build.store.store)
    assert store.remove_document(URIRef(graphs[DONGLIAO]))
    described = _described(store.store)
    assert JILIN_GOVERNMENT not in described and {STATE_COUNCIL, OUTLINE} <= described


def test_a_resumed_build_repairs_an_entities_graph_a_killed_load_left_partial(sample_dir, tmp_path):
    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": ZHONGZHAN, "b": DONGLIAO})
    store_dir = tmp_path / "store"
    build_corpus([corpus], None, store=store_dir).store.flush()
    # What a bulk load killed half-way could leave: part of a description a stored
    # document needs (the outline without its label), one nobody names any more.
    store = GraphStore(store_dir)
    for quad in store.store.quads_for_pattern(ox.NamedNode(OUTLINE), ox.NamedNode(SKOS_PREF), None, ENTITIES):
        store.store.remove(quad)
    orphan = ox.NamedNode(str(MINT.initiative("无人提及")))
    store.store.add(ox.Quad(orphan, ox.NamedNode(SKOS_PREF), ox.Literal("无人提及", language="zh"), ENTITIES))
    store.begin_bulk_load()
    del store
    resumed = build_corpus([corpus], tmp_path / "resumed", store=store_dir, outputs=OUTPUTS)
    assert [r.status for r in resumed.inputs] == ["skipped", "skipped"]
    assert orphan.value not in _described(resumed.store.store)
    assert _graphs_of(resumed.store.store, OUTLINE, SKOS_PREF) == [str(ENTITIES_GRAPH)]
    del resumed
    clean = build_corpus([corpus], tmp_path / "clean", outputs=OUTPUTS).outputs
    for name in OUTPUTS:
        assert (tmp_path / "resumed" / name).read_bytes() == clean[name].read_bytes(), name


def test_docstring_examples():
    import doctest

    import kg_builder.entity_graph as module

    failures, tried = doctest.testmod(module)
    assert tried and not failures
