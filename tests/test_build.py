"""End to end on the sample corpus: the facts an analyst would check first."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from rdflib import Graph

from kg_builder.build import OUTPUT_FILES, build_corpus
from kg_builder.ontology import PREFIXES
from kg_builder.rdf import union_graph

REPO = Path(__file__).resolve().parent.parent


def _ask(graph: Graph, query: str) -> list[tuple]:
    return [tuple(str(v) for v in row) for row in graph.query(query, initNs=PREFIXES)]


@pytest.fixture(scope="module")
def graph(sample_build) -> Graph:
    return union_graph(sample_build.dataset)


def test_dongliao_report_cites_the_decision_procedure_regulation(graph):
    rows = _ask(graph, """
        SELECT ?title WHERE {
          ?doc kgb:authorJurisdiction ?j . ?j skos:prefLabel "东辽县"@zh .
          ?doc kgb:cites ?r . ?r skos:prefLabel ?title .
        }""")
    assert ("重大行政决策程序暂行条例",) in rows


def test_zhongzhan_is_a_county_in_jiaozuo_in_henan(graph):
    rows = _ask(graph, """
        SELECT ?level ?pref ?prov WHERE {
          ?j skos:prefLabel "中站区"@zh ; kgb:level ?level ; kgb:within ?p .
          ?p skos:prefLabel ?pref ; kgb:within ?q . ?q skos:prefLabel ?prov .
        }""")
    assert rows == [(PREFIXES["kgb"] + "County", "焦作市", "河南省")]


def test_the_2015_plan_ranks_first(sample_build):
    rows = list(csv.DictReader(io.StringIO(sample_build.outputs["propagation.csv"].read_text("utf-8"))))
    assert rows[0]["title"] == "法治政府建设实施纲要(2015-2020年)"
    assert rows[0]["origin_level"] == "national"
    assert int(rows[0]["county"]) >= 2


def test_every_fact_has_a_sentence_behind_it(graph):
    rows = _ask(graph, """
        SELECT ?sentence WHERE {
          ?a rdf:predicate kgb:cites ; rdf:object ?r ; kgb:evidence/kgb:sentence ?sentence .
          ?r skos:prefLabel "重大行政决策程序暂行条例"@zh .
        }""")
    assert any("国务院公布了《重大行政决策程序暂行条例》" in s for (s,) in rows)


def test_builds_are_deterministic(tmp_path, sample_build):
    build_corpus([], tmp_path)
    for name in OUTPUT_FILES:
        assert (tmp_path / name).read_bytes() == sample_build.outputs[name].read_bytes(), name


def test_committed_outputs_are_fresh(sample_build, update_golden):
    """outputs/ in the repository is what `kgb build` writes today."""
    committed = REPO / "outputs"
    if not committed.is_dir():
        pytest.skip("not running from a source checkout")
    for name in OUTPUT_FILES:
        fresh = sample_build.outputs[name].read_bytes()
        if update_golden:
            (committed / name).write_bytes(fresh)
        assert (committed / name).read_bytes() == fresh, (
            f"outputs/{name} is stale: run `kgb build` (or pytest --update-golden) and commit it")


def test_a_big_build_on_a_temporary_disk_store_gives_the_same_outputs(tmp_path, sample_build, monkeypatch):
    # Past MEMORY_STORE_LIMIT a build without store= bulk-loads a temporary store on disk.
    import kg_builder.build as build

    monkeypatch.setattr(build, "MEMORY_STORE_LIMIT", 0)
    result = build_corpus([], tmp_path / "out", outputs=["graph.nq", "graph.ttl", "propagation.csv"])
    assert result.store is None and not result.failed
    for name in result.outputs:
        assert result.outputs[name].read_bytes() == sample_build.outputs[name].read_bytes(), name
