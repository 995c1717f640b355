"""graph.nq and graph.ttl: the same bytes whichever way the lines are sorted and cut into blocks."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

import kg_builder.build as build
from kg_builder.build import write_outputs
from kg_builder.store import GraphStore

GRAPH_FILES = ["graph.nq", "graph.ttl"]


@pytest.mark.parametrize("gnu_sort, sort_chunk, triples_block", [
    (True, build._SORT_CHUNK, build._TRIPLES_BLOCK),  # GNU sort (where there is one), big blocks
    (False, build._SORT_CHUNK, build._TRIPLES_BLOCK),  # no GNU sort: sorted in memory in Python
    (False, 4096, 1000),  # no GNU sort, runs merged from disk; many small blocks of triples
    (True, build._SORT_CHUNK, 1),  # one line per block: a triple's quads split across blocks
])
def test_graph_files_are_the_same_bytes_however_sorted(sample_build, tmp_path, monkeypatch, gnu_sort, sort_chunk,
                                                       triples_block):
    if not gnu_sort:
        monkeypatch.setattr(build, "_GNU_SORT", "")  # as if `sort` were not GNU sort or not there
    monkeypatch.setattr(build, "_SORT_CHUNK", sort_chunk)
    monkeypatch.setattr(build, "_TRIPLES_BLOCK", triples_block)
    written = write_outputs(sample_build.store, tmp_path, GRAPH_FILES)
    for name in GRAPH_FILES:
        assert written[name].read_bytes() == sample_build.outputs[name].read_bytes(), name


def test_turtle_only_is_the_same_bytes_and_leaves_no_sorted_file(sample_build, tmp_path):
    written = write_outputs(sample_build.store, tmp_path / "out", ["graph.ttl"], scratch=tmp_path)
    assert list(written) == ["graph.ttl"]
    assert written["graph.ttl"].read_bytes() == sample_build.outputs["graph.ttl"].read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["graph.ttl"]


EX = "http://example.org/"


def _quad(s: str, o: ox.NamedNode | ox.Literal, graph) -> ox.Quad:
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + "p"), o, graph)


def test_triples_outside_document_graphs_keep_every_term(tmp_path):
    # Statements a user loaded into the default graph or a graph named by a blank node
    # have no ` <graph>` to cut: the Turtle holds them whole, once each.
    store = GraphStore(None)
    doc, other = ox.NamedNode(EX + "doc"), ox.BlankNode("g1")
    quads = [
        _quad("a", ox.NamedNode(EX + "b"), doc),
        _quad("a", ox.NamedNode(EX + "b"), ox.DefaultGraph()),  # the same triple, also in the default graph
        _quad("c", ox.NamedNode(EX + "d"), ox.DefaultGraph()),
        _quad("e", ox.Literal("words <with> spaces ."), ox.DefaultGraph()),
        _quad("f", ox.Literal("2024-05-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")), ox.DefaultGraph()),
        _quad("g", ox.Literal("x", language="zh"), other),
        _quad("h", ox.NamedNode(EX + "i"), other),
    ]
    store.store.extend(quads)
    written = write_outputs(store, tmp_path, GRAPH_FILES)
    lines = written["graph.nq"].read_bytes().decode().splitlines(keepends=True)
    assert lines == sorted(lines) and len(lines) == len(quads)
    turtle = set(ox.parse(path=str(written["graph.ttl"]), format=ox.RdfFormat.TURTLE))
    assert turtle == {ox.Quad(q.subject, q.predicate, q.object) for q in quads}
