"""The views at national scale: streamed, atomic writes and the compact structures behind them."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg_builder.build import write_atomic_text
from kg_builder.propagation import RANK_COLUMNS, ranking_csv, ranking_records, write_ranking_csv
from kg_builder.tabular import render
from kg_builder.visualize import _Links, _predicate_name

KGB = "https://w3id.org/kg-builder/ontology#"


def test_a_streamed_file_holds_exactly_what_was_written(tmp_path):
    path = tmp_path / "out" / "table.csv"

    def write(out):
        out.write("标题,a\n")
        out.write("x\r\ny\n")  # written as given: no newline translation

    write_atomic_text(path, write)
    assert path.read_bytes() == "标题,a\nx\r\ny\n".encode("utf-8")
    assert [p.name for p in path.parent.iterdir()] == ["table.csv"]


def test_a_streamed_write_that_fails_leaves_the_old_file_and_no_half_written_one(tmp_path):
    path = tmp_path / "propagation.csv"
    path.write_text("old\n", encoding="utf-8")

    def write(out):
        out.write("new," * 100_000)  # past the buffer: part of it reached the temporary file
        raise RuntimeError("the ranking failed half-way")

    with pytest.raises(RuntimeError, match="half-way"):
        write_atomic_text(path, write)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["propagation.csv"]


def test_a_failed_first_write_leaves_no_file_at_all(tmp_path):
    def write(out):
        out.write("partial")
        raise ValueError("stop")

    with pytest.raises(ValueError):
        write_atomic_text(tmp_path / "graph.html", write)
    assert list(tmp_path.iterdir()) == []


def test_the_streamed_ranking_is_the_ranking_table_kgb_rank_writes(sample_build):
    graph = sample_build.outputs["graph.nq"]
    out = io.StringIO()
    write_ranking_csv(out, graph)
    records = ranking_records(graph)
    assert out.getvalue() == render(records, "csv", RANK_COLUMNS) == ranking_csv(graph)
    assert len(list(csv.reader(io.StringIO(out.getvalue())))) == len(records) + 1 > 1


_NAMES = [f"{KGB}n{i}" for i in range(6)] + ["https://example.org/outside"]
_PREDICATES = sorted([KGB + "cites", KGB + "implements", KGB + "within", "http://purl.org/dc/terms/isPartOf"])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_NAMES), st.sampled_from(_PREDICATES), st.sampled_from(_NAMES)),
                max_size=40))
def test_links_come_back_distinct_between_nodes_in_subject_predicate_object_order(triples):
    nodes = sorted(_NAMES[:6])
    index = {iri: i for i, iri in enumerate(nodes)}
    links = _Links()
    links.start(index)
    for p in _PREDICATES:  # predicate by predicate in IRI order, as the page reads the store
        for s, q, o in triples:
            if q == p:
                links.add(s, p, o)
    links.close()
    expected = sorted({(s, p, o) for s, p, o in triples if s in index and o in index and s != o})
    got = [(nodes[s], links.predicates[k], nodes[o]) for s, k, o in links]
    assert got == expected and len(links) == len(expected)
    degree = links.degrees()
    for i, name in enumerate(nodes):
        assert degree[i] == sum((s == name) + (o == name) for s, _, o in expected)
    assert links.pairs("implements") == {(index[s], index[o]) for s, p, o in expected
                                         if _predicate_name(p) == "implements"}


def test_the_network_without_mentions_ranks_regulations_as_the_whole_network(sample_build):
    from kg_builder.propagation import network_of, rank

    graph = sample_build.outputs["graph.nq"]
    whole, lean = network_of(graph), network_of(graph, mentions=False)
    assert any(d["rel"] == "mentions" for _, _, d in whole.edges(data=True))
    assert not any(d["rel"] == "mentions" for _, _, d in lean.edges(data=True))
    assert list(lean.nodes) == list(whole.nodes)  # the initiatives stay, in the same order
    assert ranking_csv(lean) == ranking_csv(whole)
    assert [(r.subject, r.score, r.adoptions) for r in rank(lean)] == \
        [(r.subject, r.score, r.adoptions) for r in rank(whole)]


def test_edges_with_the_same_attributes_share_one_dict_and_an_update_does_not_leak(sample_build):
    from kg_builder.network import _link, _SharedAttributes
    from kg_builder.propagation import network_of

    g = network_of(sample_build.outputs["graph.nq"])
    cites = [d for _, _, d in g.edges(data=True) if d["rel"] == "cites"]
    assert len(cites) > 1 and len({id(d) for d in cites}) == 1
    shared = _SharedAttributes()
    _link(g, "urn:a", "urn:b", shared(rel="cites"))
    _link(g, "urn:a", "urn:c", shared(rel="cites"))
    _link(g, "urn:a", "urn:b", {"rel": "realizes"})  # as add_edge would: an update of that edge only
    assert g.edges["urn:a", "urn:b"] == {"rel": "realizes"} and g.edges["urn:a", "urn:c"] == {"rel": "cites"}
    assert list(g.successors("urn:a")) == ["urn:b", "urn:c"] and g.has_edge("urn:a", "urn:c")
    assert list(g.predecessors("urn:b")) == ["urn:a"]
