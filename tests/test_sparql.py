"""`kgb query` from the shell: every output format, the aligned Chinese table, errors an analyst makes."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg_builder.cli import cli
from kg_builder.ontology import PREFIXES
from kg_builder.sparql import (
    QueryError, cookbook_query, display_width, is_update, load_graph_files, open_graph, render_table, run_query,
)

DONGLIAO = """SELECT DISTINCT ?jurisdiction ?title WHERE {
  ?doc kgb:authorJurisdiction ?j ; kgb:cites ?r .
  ?j skos:prefLabel ?jurisdiction . FILTER(?jurisdiction = "东辽县"@zh)
  ?r skos:prefLabel ?title .
} ORDER BY ?title"""
ALIASES = "CONSTRUCT { ?r skos:altLabel ?alias } WHERE { ?r skos:altLabel ?alias }"
SKOS_ALT = URIRef(PREFIXES["skos"] + "altLabel")


@pytest.fixture(scope="module")
def graph_file(sample_build) -> Path:
    return sample_build.outputs["graph.nq"]


def kgb_query(runner, graph_file: Path, *args: str, input: str | None = None):
    return runner.invoke(cli, ["query", "--graph", str(graph_file), *args], input=input)


# -- formats -------------------------------------------------------------------------------

def test_table_aligns_chinese_text(runner, graph_file):
    result = kgb_query(runner, graph_file, DONGLIAO)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["jurisdiction", "|", "title"]
    body = [line for line in lines[2:] if " | " in line]
    assert any("重大行政决策程序暂行条例" in line for line in body)
    assert all(line.startswith("东辽县") for line in body)
    # The separator stands at the same terminal column on every line: 东辽县 is six columns wide.
    columns = {display_width(line[: line.index("|")]) for line in [lines[0], *body]}
    assert columns == {len("jurisdiction") + 1}
    assert lines[1].index("+") == len("jurisdiction") + 1
    assert lines[-1] == f"({len(body)} rows)"


def test_table_clips_long_cells_to_max_width(runner, graph_file):
    query = "SELECT ?s WHERE { ?span kgb:sentence ?s } LIMIT 3"
    clipped = kgb_query(runner, graph_file, query, "--max-width", "20")
    assert clipped.exit_code == 0
    cells = [line for line in clipped.stdout.splitlines()[2:] if line and not line.startswith("(")]
    assert all(display_width(c) <= 20 and c.endswith("…") for c in cells)
    full = kgb_query(runner, graph_file, query, "--max-width", "0")
    assert max(display_width(line) for line in full.stdout.splitlines()) > 20


@pytest.mark.parametrize(("text", "width"), [("abc", 3), ("东辽县", 6), ("法治政府建设实施纲要(2015-2020年)", 33),
                                             ("《纲要》", 8), ("ｆｕｌｌ", 8), ("e\u0301", 1), ("", 0)])
def test_display_width(text, width):
    assert display_width(text) == width


def test_render_table_pads_by_display_width():
    table = render_table(["名称", "n"], [["中站区", "1"], ["ab", "22"]])
    lines = table.splitlines()
    assert lines[:4] == ["名称   | n", "-------+---", "中站区 | 1", "ab     | 22"]


def test_csv(runner, graph_file):
    result = kgb_query(runner, graph_file, DONGLIAO, "--format", "csv")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["jurisdiction", "title"]
    assert ["东辽县", "重大行政决策程序暂行条例"] in rows


def test_tsv(runner, graph_file):
    result = kgb_query(runner, graph_file, DONGLIAO, "--format", "tsv")
    lines = result.stdout.splitlines()
    assert lines[0] == "?jurisdiction\t?title"
    assert '"东辽县"@zh\t"重大行政决策程序暂行条例"@zh' in lines


def test_json(runner, graph_file):
    result = kgb_query(runner, graph_file, DONGLIAO, "--format", "json")
    answer = json.loads(result.stdout)
    assert answer["head"]["vars"] == ["jurisdiction", "title"]
    titles = [b["title"]["value"] for b in answer["results"]["bindings"]]
    assert "重大行政决策程序暂行条例" in titles
    assert answer["results"]["bindings"][0]["title"]["xml:lang"] == "zh"


def test_xml(runner, graph_file):
    result = kgb_query(runner, graph_file, DONGLIAO, "--format", "xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(result.stdout)
    titles = [b.find("r:literal", ns).text for b in root.iterfind(".//r:binding[@name='title']", ns)]
    assert "重大行政决策程序暂行条例" in titles


@pytest.mark.parametrize(("fmt", "rdflib_format"), [("turtle", "turtle"), ("ntriples", "nt"), ("table", "turtle")])
def test_construct(runner, graph_file, fmt, rdflib_format):
    result = kgb_query(runner, graph_file, ALIASES, "--format", fmt)
    assert result.exit_code == 0, result.output
    graph = Graph().parse(data=result.stdout, format=rdflib_format)
    assert (URIRef("https://w3id.org/kg-builder/id/regulation/法治政府建设实施纲要(2015-2020年)"), SKOS_ALT,
            Literal("纲要", lang="zh")) in graph
    if fmt == "turtle":
        assert "skos:altLabel" in result.stdout  # our prefixes make it readable


@pytest.mark.parametrize(("query", "fmt", "expected"), [
    ('ASK { ?r skos:prefLabel "重大行政决策程序暂行条例"@zh }', "table", "true"),
    ('ASK { ?r skos:prefLabel "不存在的条例"@zh }', "csv", "false"),
])
def test_ask_prints_true_or_false(runner, graph_file, query, fmt, expected):
    result = kgb_query(runner, graph_file, query, "--format", fmt)
    assert result.stdout == expected + "\n"


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "json", "xml"])
def test_every_answer_ends_with_a_newline(runner, graph_file, fmt):
    result = kgb_query(runner, graph_file, DONGLIAO, "--format", fmt)
    assert result.exit_code == 0 and result.stdout.endswith("\n") and not result.stdout.endswith("\n\n\n")


def test_ask_in_json(runner, graph_file):
    result = kgb_query(runner, graph_file, "ASK { ?d a kgb:Document }", "--format", "json")
    assert json.loads(result.stdout) == {"head": {}, "boolean": True}


# -- where the query and the graph come from ------------------------------------------------

def test_query_from_a_file_given_as_argument_and_with_q(runner, graph_file, tmp_path):
    path = tmp_path / "q.rq"
    path.write_text(DONGLIAO, "utf-8")
    by_argument = kgb_query(runner, graph_file, str(path), "--format", "csv")
    by_option = kgb_query(runner, graph_file, "-q", str(path), "--format", "csv")
    from_stdin = kgb_query(runner, graph_file, "-q", "-", "--format", "csv", input=DONGLIAO)
    assert by_argument.stdout == by_option.stdout == from_stdin.stdout
    assert "重大行政决策程序暂行条例" in by_argument.stdout


def test_a_long_one_line_query_is_not_taken_for_a_file_name(runner, graph_file):
    long_query = "SELECT ?d WHERE { ?d a kgb:Document " + "FILTER(true) " * 400 + "}"
    result = kgb_query(runner, graph_file, long_query, "-f", "csv")
    assert result.exit_code == 0, result.output
    assert len(result.stdout.splitlines()) == 1 + 5


def test_default_graph_is_outputs_graph_nq(runner, graph_file, tmp_path, monkeypatch):
    # monkeypatch.chdir, not CliRunner.isolated_filesystem (deprecated in click 8.5).
    monkeypatch.chdir(tmp_path)
    Path("outputs").mkdir()
    Path("outputs/graph.nq").write_bytes(graph_file.read_bytes())
    result = runner.invoke(cli, ["query", DONGLIAO, "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "重大行政决策程序暂行条例" in result.stdout


def test_missing_default_graph_says_what_to_do(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["query", "ASK {}"])
    assert result.exit_code == 1
    assert "outputs/graph.nq: no such graph file" in result.output and "kgb build" in result.output


def test_query_a_store(runner, graph_file, tmp_path):
    from kg_builder.store import GraphStore

    store = GraphStore(tmp_path / "store")
    load_graph_files(store.store, [graph_file])
    store.flush()
    del store
    result = runner.invoke(cli, ["query", "--store", str(tmp_path / "store"), DONGLIAO, "-f", "csv"])
    assert result.exit_code == 0, result.output
    assert "重大行政决策程序暂行条例" in result.stdout


def test_query_turtle_file(runner, sample_build):
    result = runner.invoke(cli, ["query", "-g", str(sample_build.outputs["graph.ttl"]), DONGLIAO, "-f", "csv"])
    assert "重大行政决策程序暂行条例" in result.stdout


def test_union_default_graph_counts_need_distinct(graph_file):
    """Each document is its own graph: what three documents citing a regulation say of it is there three
    times (its label, described once per store in the entities graph, once)."""
    graph = open_graph([graph_file])
    outline = "<https://w3id.org/kg-builder/id/regulation/法治政府建设实施纲要(2015-2020年)>"
    plain = run_query(graph, f"SELECT ?issuer WHERE {{ {outline} kgb:issuerName ?issuer }}")
    distinct = run_query(graph, f"SELECT DISTINCT ?issuer WHERE {{ {outline} kgb:issuerName ?issuer }}")
    labels = run_query(graph, f"SELECT ?label WHERE {{ {outline} skos:prefLabel ?label }}")
    assert len(distinct.rows) == 1 and len(plain.rows) >= 3 and len(labels.rows) == 1


def test_cookbook_and_list(runner, graph_file):
    listing = runner.invoke(cli, ["query", "--list"])
    assert listing.exit_code == 0
    assert "most-cited-regulations" in listing.stdout and "question" not in listing.stdout.split("\n")[0]
    result = kgb_query(runner, graph_file, "--cookbook", "documents-overview", "--time")
    assert result.exit_code == 0, result.output
    assert "东辽县" in result.stdout and "(5 rows)" in result.stdout
    assert "5 rows in" in result.stderr


# -- mistakes ---------------------------------------------------------------------------

@pytest.mark.parametrize(("args", "exit_code", "message"), [
    (["SELEC ?x WHERE { ?x ?y ?z }"], 1, "query syntax error: error at 1:"),
    (["INSERT DATA { <urn:a> <urn:b> <urn:c> }"], 1, "SPARQL update"),
    (["--cookbook", "no-such-question"], 1, "no cookbook query 'no-such-question'; available: "),
    # A format that does not fit the question's form is a usage error.
    (["SELECT * { ?s ?p ?o }", "--format", "turtle"], 2, "is for CONSTRUCT and DESCRIBE"),
    ([ALIASES, "--format", "csv"], 2, "use --format turtle or ntriples"),
    ([], 2, "give exactly one of"),
    (["ASK {}", "--cookbook", "documents-overview"], 2, "give exactly one of"),
    (["ASK {}", "--format", "yaml"], 2, "Invalid value for '-f' / '--format'"),
])
def test_mistakes_get_one_clear_line(runner, graph_file, args, exit_code, message):
    result = kgb_query(runner, graph_file, *args)
    assert result.exit_code == exit_code
    assert message in result.output
    assert "Traceback" not in result.output


def test_graph_file_of_unknown_format(runner, tmp_path):
    bad = tmp_path / "graph.xyz"
    bad.write_text("nothing", "utf-8")
    result = runner.invoke(cli, ["query", "-g", str(bad), "ASK {}"])
    assert result.exit_code == 1 and "unknown RDF format '.xyz'" in result.output


def test_broken_graph_file(runner, tmp_path):
    bad = tmp_path / "graph.nq"
    bad.write_text("<a> <b> .\n", "utf-8")
    result = runner.invoke(cli, ["query", "-g", str(bad), "ASK {}"])
    assert result.exit_code == 1 and "not valid N-Quads: Parser error at line 1" in result.output


@pytest.mark.parametrize(("text", "update"), [
    ("INSERT DATA { <a:a> <a:b> <a:c> }", True),
    ("# comment\nPREFIX ex: <http://e/>\n  delete where { ?s ?p ?o }", True),
    ("BASE <http://e/> LOAD <http://e/x>", True),
    ("DROP ALL", True),
    ("SELECT ?insert WHERE { ?insert ?p ?o }", False),
    ("PREFIX insert: <http://e/> SELECT * { ?s insert:p ?o }", False),
    ("CONSTRUCT WHERE { ?s ?p ?o }", False),
])
def test_is_update(text, update):
    assert is_update(text) is update


def test_library_raises_query_error_for_unknown_cookbook():
    with pytest.raises(QueryError, match="available: .*documents-overview"):
        cookbook_query("nope")


def test_a_graph_given_where_the_query_goes_says_how_to_pass_it(runner, graph_file, tmp_path):
    # Every other command takes GRAPH as an argument (kgb rank store/); kgb query takes it as an option.
    store = tmp_path / "store"
    store.mkdir()
    result = runner.invoke(cli, ["query", "--cookbook", "documents-overview", str(store)])
    assert result.exit_code == 2 and f"query a store with --store {store}" in result.stderr
    result = runner.invoke(cli, ["query", "--cookbook", "documents-overview", str(graph_file)])
    assert result.exit_code == 2 and f"query it with -g {graph_file}" in result.stderr
    result = runner.invoke(cli, ["query", "ASK {}", "--cookbook", "documents-overview"])
    assert result.exit_code == 2 and "takes the graph as an option" not in result.stderr
