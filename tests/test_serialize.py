"""Every serialization round-trips (isomorphic), is deterministic, and `kgb convert` writes it."""

from __future__ import annotations

import json
import warnings

import pytest
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg_builder.cli import cli
from kg_builder.errors import KGBuilderError
from kg_builder.rdf import union_graph
from kg_builder.serialize import FORMATS, UnknownFormat, format_for_path, format_named, serialize

#: rdflib's parser name for each of our formats: the round trip goes through the other library.
RDFLIB_PARSER = {"turtle": "turtle", "trig": "trig", "nquads": "nquads", "ntriples": "nt", "jsonld": "json-ld",
                 "rdfxml": "xml"}


def _quads(dataset: Dataset) -> set:
    return {(s, p, o, getattr(g, "identifier", g)) for s, p, o, g in dataset.quads((None, None, None, None))}


def _explain(expected: Graph, actual: Graph) -> str:
    _, only_expected, only_actual = graph_diff(to_isomorphic(expected), to_isomorphic(actual))
    return (f"missing {len(only_expected)}: {sorted(only_expected)[:3]}; "
            f"extra {len(only_actual)}: {sorted(only_actual)[:3]}")


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_round_trip_through_every_serialization(sample_build, name):
    fmt = FORMATS[name]
    data = serialize(sample_build.dataset, name)
    expected_union = union_graph(sample_build.dataset)
    if fmt.datasets:
        back = Dataset()
        with warnings.catch_warnings():  # rdflib's parsers call rdflib's own deprecated Dataset.default_context
            warnings.simplefilter("ignore", DeprecationWarning)
            back.parse(data=data.decode("utf-8"), format=RDFLIB_PARSER[name])
        assert _quads(back) == _quads(sample_build.dataset)
        actual_union = union_graph(back)
    else:
        actual_union = Graph().parse(data=data.decode("utf-8"), format=RDFLIB_PARSER[name])
    assert isomorphic(expected_union, actual_union), _explain(expected_union, actual_union)


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_serializations_are_deterministic(sample_build, name):
    assert serialize(sample_build.dataset, name) == serialize(sample_build.outputs["graph.nq"], name)


def test_ntriples_and_nquads_are_canonical_sorted_lines(sample_build):
    for name in ("ntriples", "nquads"):
        lines = serialize(sample_build.dataset, name).decode("utf-8").splitlines()
        assert lines == sorted(set(lines))
    assert serialize(sample_build.dataset, "nquads").decode("utf-8") == \
        sample_build.outputs["graph.nq"].read_text("utf-8")


def test_jsonld_uses_the_published_context(sample_build):
    document = json.loads(serialize(sample_build.dataset, "jsonld"))
    assert document["@context"]["cites"] == {"@id": "kgb:cites", "@type": "@id"}
    nodes = [node for graph in document["@graph"] for node in graph.get("@graph", [])]
    assert any("cites" in node for node in nodes)
    # Assertions and their spans read with the context's short names.
    assert any({"subject", "predicate", "object", "extractor", "evidence"} <= node.keys() for node in nodes)
    assert any({"start", "end", "exact", "sentence"} <= node.keys() and "#char=" in node["id"] for node in nodes)


@pytest.mark.parametrize(("name", "expected"), [("ttl", "turtle"), ("N-Quads", "nquads"), ("json-ld", "jsonld"),
                                                ("xml", "rdfxml"), ("nt", "ntriples"), ("trig", "trig")])
def test_format_names_and_aliases(name, expected):
    assert format_named(name).name == expected


@pytest.mark.parametrize(("path", "expected"), [("g.ttl", "turtle"), ("g.NQ", "nquads"), ("a/b.jsonld", "jsonld"),
                                                ("g.rdf", "rdfxml"), ("g.owl", "rdfxml"), ("g.trig", "trig")])
def test_format_from_the_suffix(path, expected):
    assert format_for_path(path).name == expected


def test_unknown_formats_are_clear_errors(tmp_path):
    with pytest.raises(UnknownFormat, match="unknown RDF format 'yaml'"):
        format_named("yaml")
    with pytest.raises(UnknownFormat, match="cannot tell the RDF format"):
        format_for_path("graph.csv")
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", "utf-8")
    with pytest.raises(KGBuilderError, match="bad.ttl: not valid turtle"):
        serialize(bad, "nquads")


@pytest.mark.parametrize("suffix", [".ttl", ".trig", ".nq", ".nt", ".jsonld", ".rdf"])
def test_kgb_convert_writes_the_format_the_suffix_names(runner, sample_build, tmp_path, suffix):
    target = tmp_path / f"graph{suffix}"
    result = runner.invoke(cli, ["convert", str(sample_build.outputs["graph.nq"]), "-o", str(target)])
    assert result.exit_code == 0, result.output
    fmt = format_for_path(target)
    assert target.read_bytes() == serialize(sample_build.dataset, fmt)
    # ... and the file converts back to the same graph.
    again = tmp_path / "again.nt"
    assert runner.invoke(cli, ["convert", str(target), "-o", str(again)]).exit_code == 0
    assert again.read_bytes() == serialize(sample_build.dataset, "ntriples")


def test_kgb_convert_to_stdout_needs_a_format(runner, sample_build):
    source = str(sample_build.outputs["graph.ttl"])
    result = runner.invoke(cli, ["convert", source, "-o", "-", "--to", "nt"])
    assert result.exit_code == 0
    assert result.stdout_bytes == serialize(sample_build.dataset, "ntriples")
    result = runner.invoke(cli, ["convert", source, "-o", "-"])
    assert result.exit_code == 2 and "--to" in result.output


def test_kgb_convert_rejects_an_unknown_suffix(runner, sample_build, tmp_path):
    result = runner.invoke(cli, ["convert", str(sample_build.outputs["graph.nq"]), "-o", str(tmp_path / "g.csv")])
    assert result.exit_code == 2 and "cannot tell the RDF format" in result.output
