"""The divisions graph: every administrative division described once per store, exactly those named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg_builder.build import build_corpus
from kg_builder.division_graph import division_closure, held_divisions
from kg_builder.model import Document
from kg_builder.ontology import DIVISIONS_GRAPH, Minter
from kg_builder.pipeline import extract
from kg_builder.rdf import to_dataset, to_nquads
from kg_builder.readers import read_document
from kg_builder.store import BULK_LOAD_FLAG, GraphStore

#: 中站区 (河南 焦作), 东辽县 (吉林 辽源), 汉台区 (陕西 汉中): only 东辽县's report names 吉林 divisions.
ZHONGZHAN, DONGLIAO, HANTAI = "000_5897df00731d88e1", "001_442be8164d49497e", "002_1786d43f08fa2674"
OUTPUTS = ["graph.nq", "graph.ttl", "propagation.csv"]
DIVISIONS = ox.NamedNode(str(DIVISIONS_GRAPH))


def _corpus(sample_dir: Path, target: Path, names: dict[str, str]) -> Path:
    """A folder of documents: file stem -> the seed whose text it holds."""
    target.mkdir(parents=True, exist_ok=True)
    for stem, seed in names.items():
        shutil.copyfile(sample_dir / f"{seed}.txt", target / f"{stem}.txt")
    return target


def _same_outputs(written: dict[str, Path], clean: dict[str, Path]) -> None:
    for name in OUTPUTS:
        assert written[name].read_bytes() == clean[name].read_bytes(), name


def _graphs_of(store: ox.Store, predicate: str, iri: str) -> list[str]:
    """The graphs holding a statement of ``predicate`` about ``iri``."""
    query = f"SELECT ?g WHERE {{ GRAPH ?g {{ <{iri}> {predicate} ?o }} }}"
    return [row["g"].value for row in store.query(query, prefixes={"skos": "http://www.w3.org/2004/02/skos/core#",
                                                                  "kgb": "https://w3id.org/kg-builder/ontology#"})]


def test_a_build_describes_each_division_once_in_the_divisions_graph(sample_build):
    store = sample_build.store.store
    henan = str(Minter().jurisdiction("410000"))
    # 河南 is named by two reports (中站区, 马村区) and above a third: described once, in one graph.
    for predicate in ("skos:prefLabel", "kgb:level", "kgb:divisionCode", "kgb:within"):
        assert _graphs_of(store, predicate, henan) == [str(DIVISIONS_GRAPH)], predicate
    # No document graph describes an official division (townships and unresolved names are their own).
    rows = store.query("""SELECT ?code WHERE { GRAPH ?g { ?j <https://w3id.org/kg-builder/ontology#divisionCode> ?code }
                          FILTER(?g != <%s>) }""" % DIVISIONS_GRAPH)
    from kg_builder.divisions import division_by_code

    assert all(division_by_code(row["code"].value) is None or division_by_code(row["code"].value).level == "township"
               for row in rows)


def test_the_divisions_graph_holds_exactly_what_the_documents_name_and_what_lies_above(sample_dir, sample_build):
    named: set[str] = set()
    for path in sorted(sample_dir.glob("*.txt")):
        to_nquads(extract(read_document(path)), shared_divisions=named)
    assert held_divisions(sample_build.store.store) == division_closure(named)
    # Every kgb:within in the divisions graph points at a division it describes: the chains are whole.
    within = [q.object.value for q in sample_build.store.store.quads_for_pattern(
        None, ox.NamedNode("https://w3id.org/kg-builder/ontology#within"), None, DIVISIONS)]
    described = {q.subject.value for q in sample_build.store.store.quads_for_pattern(None, None, None, DIVISIONS)}
    assert within and set(within) <= described


def test_a_union_query_meets_a_division_once(sample_build):
    """The point of the shared graph: a join through a division does not multiply by the documents naming it."""
    rows = list(sample_build.store.query(
        "SELECT ?level WHERE { <https://w3id.org/kg-builder/id/jurisdiction/410000> kgb:level ?level }"))
    assert len(rows) == 1


@pytest.mark.parametrize("shared, pref_graph", [(False, "document"), (True, "divisions")])
def test_a_former_name_stays_in_the_document_as_an_alternative_label(shared, pref_graph):
    doc = Document("old-name", "襄樊市人民政府办公室关于印发2009年法治政府建设工作要点的通知\n襄樊市各县（市、区）人民政府：")
    dataset = to_dataset([extract(doc)], shared_divisions=shared)
    xiangyang = "https://w3id.org/kg-builder/id/jurisdiction/420600"
    found = {(str(p).rsplit("#", 1)[-1], str(o), "divisions" if g == DIVISIONS_GRAPH else "document")
             for s, p, o, g in dataset.quads((None, None, None, None))
             if str(s) == xiangyang and str(p).endswith(("#prefLabel", "#altLabel"))}
    assert found == {("prefLabel", "襄阳市", pref_graph), ("altLabel", "襄樊市", "document")}


def test_a_standalone_graph_describes_its_divisions_and_a_shared_one_names_them():
    doc = Document("r", "2019年河南省焦作市中站区人民政府关于法治政府建设情况的报告。")
    alone, _ = to_nquads(extract(doc))
    codes: set[str] = set()
    shared, _ = to_nquads(extract(doc), shared_divisions=codes)
    zhongzhan = "<https://w3id.org/kg-builder/id/jurisdiction/410803>"
    about = lambda data: {line.split(" ")[1] for line in data.decode().splitlines()  # noqa: E731
                          if line.startswith(zhongzhan + " ")}
    assert about(alone) == {f"<https://w3id.org/kg-builder/ontology#{p}>" for p in ("divisionCode", "level", "within")} \
        | {"<http://www.w3.org/1999/02/22-rdf-syntax-ns#type>", "<http://www.w3.org/2004/02/skos/core#prefLabel>"}
    assert about(shared) == set() and zhongzhan in shared.decode()  # named, not described
    assert "410803" in codes and "410800" not in codes  # what the document names; the build adds the chain


def test_removing_the_only_document_naming_a_county_removes_its_divisions(runner, sample_dir, tmp_path):
    from kg_builder.cli import cli

    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": ZHONGZHAN, "b": DONGLIAO, "c": HANTAI})
    store_dir = tmp_path / "store"
    build_corpus([corpus], None, store=store_dir).store.flush()
    result = runner.invoke(cli, ["remove", "b", "--store", str(store_dir)])
    assert result.exit_code == 0, result.output
    store = GraphStore(store_dir)
    held = held_divisions(store.store)
    assert not {"220422", "220400", "220000"} & held  # 东辽县, 辽源市, 吉林省: only b named them
    assert {"410803", "410800", "410000", "100000"} <= held
    from kg_builder.build import write_outputs

    incremental = write_outputs(store, tmp_path / "incremental", OUTPUTS)
    del store
    (corpus / "b.txt").unlink()
    _same_outputs(incremental, build_corpus([corpus], tmp_path / "scratch", outputs=OUTPUTS).outputs)


def test_a_changed_document_that_names_other_divisions_leaves_none_behind(sample_dir, tmp_path):
    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": ZHONGZHAN, "b": DONGLIAO})
    store_dir = tmp_path / "store"
    build_corpus([corpus], None, store=store_dir).store.flush()
    _corpus(sample_dir, corpus, {"b": HANTAI})  # b.txt now holds another county's report
    again = build_corpus([corpus], tmp_path / "incremental", store=store_dir, outputs=OUTPUTS)
    assert [r.status for r in again.inputs] == ["skipped", "ok"]
    assert "220422" not in held_divisions(again.store.store) and "610702" in held_divisions(again.store.store)
    del again.store
    clean = build_corpus([corpus], tmp_path / "scratch", outputs=OUTPUTS)
    _same_outputs({name: tmp_path / "incremental" / name for name in OUTPUTS}, clean.outputs)


def test_a_resumed_build_repairs_a_divisions_graph_a_killed_load_left_partial(sample_dir, tmp_path):
    corpus = _corpus(sample_dir, tmp_path / "corpus", {"a": ZHONGZHAN, "b": DONGLIAO})
    store_dir = tmp_path / "store"
    build_corpus([corpus], None, store=store_dir).store.flush()
    # What a bulk load killed half-way could leave: part of a division a stored document
    # names (辽源市 without its label), one it needs missing (吉林省), one nobody names (广东省).
    store = GraphStore(store_dir)
    liaoyuan, jilin = (ox.NamedNode(str(Minter().jurisdiction(code))) for code in ("220400", "220000"))
    for quad in [*store.store.quads_for_pattern(liaoyuan, ox.NamedNode("http://www.w3.org/2004/02/skos/core#prefLabel"),
                                                None, DIVISIONS),
                 *store.store.quads_for_pattern(jilin, None, None, DIVISIONS)]:
        store.store.remove(quad)
    guangdong = ox.NamedNode(str(Minter().jurisdiction("440000")))
    store.store.add(ox.Quad(guangdong, ox.NamedNode("https://w3id.org/kg-builder/ontology#divisionCode"),
                            ox.Literal("440000"), DIVISIONS))
    store.begin_bulk_load()
    del store
    assert (store_dir / BULK_LOAD_FLAG).exists()
    resumed = build_corpus([corpus], tmp_path / "resumed", store=store_dir, outputs=OUTPUTS)
    assert [r.status for r in resumed.inputs] == ["skipped", "skipped"]
    assert "440000" not in held_divisions(resumed.store.store)
    del resumed
    _same_outputs({name: tmp_path / "resumed" / name for name in OUTPUTS},
                  build_corpus([corpus], tmp_path / "clean", outputs=OUTPUTS).outputs)


def test_docstring_examples():
    import doctest

    import kg_builder.division_graph as module

    failures, tried = doctest.testmod(module)
    assert tried and not failures


def test_removing_any_one_document_leaves_the_shared_graphs_of_a_build_of_the_rest(sample_dir, tmp_path):
    """After a removal only the divisions and entities the removed graph named are checked (a big
    store is not walked whole): the shared graphs must still equal a fresh build's, whichever goes."""
    from kg_builder.ontology import ENTITIES_GRAPH

    seeds = sorted(path.stem for path in sample_dir.glob("*.txt"))
    shared = [DIVISIONS, ox.NamedNode(str(ENTITIES_GRAPH))]

    def shared_of(store: ox.Store) -> set:
        return {q for graph in shared for q in store.quads_for_pattern(None, None, None, graph)}

    full = build_corpus([_corpus(sample_dir, tmp_path / "all", {s: s for s in seeds})], None)
    for gone in seeds:
        store = GraphStore()  # a copy of the full build's store, in memory
        store.store.extend(full.store.store.quads_for_pattern(None, None, None, None))
        graph = next(d.graph for d in store.documents() if d.id == gone)
        assert store.remove_document(graph)
        rest = build_corpus([_corpus(sample_dir, tmp_path / f"without-{gone}", {s: s for s in seeds if s != gone})],
                            None)
        assert shared_of(store.store) == shared_of(rest.store.store), gone
