"""The views on big graphs: rank reads only the facts of a file, the explorer page is bounded."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg_builder.network import NETWORK_PREDICATES, citation_network, evidence, open_store
from kg_builder.visualize import explorer_data


def _snapshot(g):
    nodes = {n: {k: v for k, v in d.items()} for n, d in g.nodes(data=True)}
    return nodes, sorted((u, v, tuple(sorted(d.items()))) for u, v, d in g.edges(data=True))


def test_network_from_the_facts_of_a_file_is_the_network_of_the_whole_graph(sample_build):
    path = sample_build.outputs["graph.nq"]
    whole = ox.Store()
    whole.load(path=str(path), format=ox.RdfFormat.N_QUADS)
    from_file = citation_network(path)
    assert len(from_file.graph["store"]) < len(whole) / 2  # the provenance was not loaded
    assert _snapshot(from_file) == _snapshot(citation_network(whole))


def test_sentences_are_still_found_when_the_network_was_read_from_a_file(sample_build):
    path = sample_build.outputs["graph.nq"]
    from_file, whole = citation_network(path), citation_network(open_store(path))
    d, r = next((d, r) for d, r, e in sorted(whole.edges(data=True)) if e["rel"] == "cites"
                and evidence(whole, d, "cites", r))
    assert evidence(from_file, d, "cites", r) == evidence(whole, d, "cites", r)


P, Q = "https://w3id.org/kg-builder/ontology#cites", "http://example.org/other"


@pytest.mark.parametrize("line, kept", [
    (f"<http://a/d> <{P}> <http://a/r> <http://a/g> .\n", True),
    (f"<http://a/d> <{Q}> <http://a/r> <http://a/g> .\n", False),
    (f"<http://a/d>\t<{P}>\t<http://a/r> .\n", True),  # tabs: legal, kept
    (f"<http://a/d>  <{P}> <http://a/r> .\n", True),  # two spaces: legal, kept
    (f"_:b0 <{P}> <http://a/r> .\n", True),
    (f"<http://a/a> <{Q}> <{P}> <http://a/g> .\n", False),  # the predicate's IRI as an object
])
def test_a_file_is_read_for_the_wanted_predicates_and_nothing_wanted_is_lost(tmp_path, line, kept):
    path = tmp_path / "g.nq"
    path.write_text(line, encoding="utf-8")
    store = open_store(path, NETWORK_PREDICATES)
    assert (len(store) == 1) is kept


def test_blank_nodes_keep_their_identity_in_a_filtered_read(tmp_path):
    path = tmp_path / "g.nt"
    label = "http://www.w3.org/2004/02/skos/core#prefLabel"
    path.write_text(f'_:j <{label}> "甲" .\n<http://a/d> <{P}> _:j .\n', encoding="utf-8")
    store = open_store(path, NETWORK_PREDICATES)
    subjects = {q.subject for q in store if q.predicate.value == label}
    objects = {q.object for q in store if q.predicate.value == P}
    assert subjects == objects and len(subjects) == 1


def test_the_page_holds_at_most_limit_nodes_and_says_what_it_left_out(sample_build):
    path = sample_build.outputs["graph.nq"]
    whole = explorer_data(path)
    small = explorer_data(path, limit=60, top=30)
    assert whole["config"]["omitted"] is None
    assert len(small["nodes"]) == 60
    omitted = small["config"]["omitted"]
    assert omitted["nodes"] == len(whole["nodes"]) - 60 and omitted["limit"] == 60
    assert omitted["edges"] == len(whole["edges"]) - len(small["edges"]) > 0
    # The most important nodes are the ones kept, with their edges' evidence unchanged.
    top = {n["id"] for n in whole["nodes"] if n["r"] < 60}
    assert {n["id"] for n in small["nodes"]} == top
    def named(data):
        """Each edge's sentences, with the document as an IRI (indices differ between pages)."""
        ids = [n["id"] for n in data["nodes"]]
        return {(ids[e["from"]], e["p"], ids[e["to"]]): [(ids[d] if d >= 0 else None, s, x) for d, s, x in e.get("ev", [])]
                for e in data["edges"]}

    whole_evidence, small_evidence = named(whole), named(small)
    assert any(small_evidence.values())
    for key, sentences in small_evidence.items():
        if len(sentences) < 5:  # up to five per edge, ordered by document: compare the ones not cut
            assert sorted(s for _, s, _ in sentences) == sorted(s for _, s, _ in whole_evidence[key])
    for n in small["nodes"]:
        assert all(0 <= m < 60 for m in n.get("cascade", ()))


def test_a_focus_is_kept_whatever_the_limit(sample_build):
    path = sample_build.outputs["graph.nq"]
    whole = explorer_data(path)
    last = max(whole["nodes"], key=lambda n: n["r"] if n["type"] == "jurisdiction" else -1)
    data = explorer_data(path, limit=20, focus=last["label"])
    assert data["nodes"][data["config"]["focus"]]["id"] == last["id"]
