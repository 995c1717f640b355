"""kgb export: every format written from the sample build and loaded back by a real reader or database.

Expected counts come from SPARQL over the graph file, not from the exporters: a
node per typed entity, a relationship per distinct (subject, predicate, object)
between two entities.
"""

from __future__ import annotations

import csv
import json
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from kg_builder import exporters
from kg_builder.cli import cli
from kg_builder.errors import UnknownPlugin
from kg_builder.exporters.cypher import cypher_literal, statements
from kg_builder.exporters.kuzu import load_neo4j_csv, run_cypher_script, schema_of_bundle
from kg_builder.exporters.property_graph import NODE_LABELS, PropertyGraph, relationship_type
from kg_builder.exporters.source import open_graph
from kg_builder.ontology import DIVISIONS_GRAPH, ENTITIES_GRAPH, KGB, PREFIXES, VOCABULARY_GRAPH

kuzu = pytest.importorskip("kuzu")

#: The propagation path every Cypher target must answer: a 东辽县 document, up two levels.
PATH_QUERY = (
    "MATCH (d:Document)-[:AUTHOR_JURISDICTION]->(c:Jurisdiction {name: '东辽县'})"
    "-[:WITHIN]->(p:Jurisdiction)-[:WITHIN]->(q:Jurisdiction) RETURN d.fileName, p.name, q.name, q.level"
)
PATH_ANSWER = [["001_442be8164d49497e.txt", "辽源市", "吉林省", "provincial"]]

ENTITY_CLASSES = " ".join(f"<{iri}>" for iri in NODE_LABELS)


# -- fixtures -------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def graph_file(sample_build) -> Path:
    return sample_build.outputs["graph.nq"]


@pytest.fixture(scope="module")
def reference(graph_file) -> ox.Store:
    """The sample graph in a plain in-memory store, for counting with SPARQL."""
    store = ox.Store()
    store.load(path=str(graph_file), format=ox.RdfFormat.N_QUADS)
    return store


def _count(store: ox.Store, query: str) -> int:
    return int(next(iter(store.query(query, prefixes=PREFIXES)))["n"].value)


@pytest.fixture(scope="module")
def expected(reference) -> dict[str, int]:
    """Nodes per label and relationships per type, counted with SPARQL."""
    counts = {}
    for iri, label in NODE_LABELS.items():
        n = _count(reference, f"SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {{ GRAPH ?g {{ ?s a <{iri}> }} }}")
        if n:
            counts[label] = n
    predicates = {row["p"].value for row in reference.query(
        "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o)) }")}
    for predicate in sorted(predicates):
        n = _count(reference, f"""SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{
            GRAPH ?g {{ ?s <{predicate}> ?o }} GRAPH ?h {{ ?s a ?c1 }} GRAPH ?i {{ ?o a ?c2 }}
            VALUES ?c1 {{ {ENTITY_CLASSES} }} VALUES ?c2 {{ {ENTITY_CLASSES} }} }} }}""")
        if n and predicate != str(KGB) + "type":
            counts[relationship_type(predicate)] = n
    return counts


@pytest.fixture(scope="module")
def view(graph_file):
    with open_graph(graph_file) as source:
        yield PropertyGraph(source.store)


def _export(runner, *args: str) -> None:
    result = runner.invoke(cli, ["export", *args, "--silent"])
    assert result.exit_code == 0, result.output


def _kuzu_rows(database: Path, query: str) -> list[list]:
    db = kuzu.Database(str(database))
    connection = kuzu.Connection(db)
    try:
        result = connection.execute(query)
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return rows
    finally:
        connection.close()
        db.close()


# -- the registry and the view -------------------------------------------------------------------------
def test_registry_lists_every_builtin_exporter():
    # A snapshot: renaming an exporter is a deliberate change.
    assert exporters.available() == ["csv", "cypher", "gexf", "graph-store", "graphml", "kuzu", "neo4j", "neo4j-csv"]
    with pytest.raises(UnknownPlugin, match="unknown exporter 'nope'.*neo4j-csv"):
        exporters.get("nope")


def test_plugins_command_lists_exporters(runner):
    result = runner.invoke(cli, ["plugins"])
    assert result.exit_code == 0 and "exporters: csv, cypher, gexf, graph-store" in result.output


def test_view_counts_match_sparql(view, expected):
    schema = view.schema()
    assert {**schema.node_counts, **schema.counts_by_type()} == expected
    assert {"Document", "Regulation", "Jurisdiction", "CITES", "WITHIN", "AUTHOR_JURISDICTION"} <= set(expected)


def test_nodes_keep_chinese_names_and_typed_properties(view):
    nodes = {n.iri: n for n in view.nodes()}
    dongliao = next(n for n in nodes.values() if n.properties.get("name") == "东辽县")
    assert dongliao.labels == ("Jurisdiction",)
    assert dongliao.properties == {"name": "东辽县", "code": "220422", "level": "county"}
    documents = [n for n in nodes.values() if n.label == "Document"]
    assert len(documents) == 5 and all(isinstance(n.properties["year"], int) for n in documents)
    for node in nodes.values():
        if node.label == "Regulation" and "kind" in node.properties:
            assert len(node.labels) == 2  # :Regulation plus its kind (:Plan, :Law ...)
    assert not any(n.label in ("Assertion", "Concept") for n in nodes.values())


def test_relationships_carry_their_provenance(view):
    cites = [r for r in view.relationships() if r.type == "CITES"]
    assert cites and all(r.properties["documents"] == [r.start] for r in cites)  # each document cites itself
    assert all("《" in r.properties["sentence"] or "<" in r.properties["sentence"] for r in cites)
    within = [r for r in view.relationships() if r.type == "WITHIN"]
    assert all(r.properties["documents"] for r in within)


@pytest.mark.parametrize(("value", "literal"), [
    ("东辽县", "'东辽县'"),
    ("it's \\ 《纲要》", "'it\\'s \\\\ 《纲要》'"),
    ("two\nlines", "'two\nlines'"),
    (2019, "2019"),
    (True, "true"),
    (["甲", "乙"], "['甲', '乙']"),
    ({"iri": "x", "year": 1}, "{`iri`: 'x', `year`: 1}"),
])
def test_cypher_literals(value, literal):
    assert cypher_literal(value) == literal


def test_statement_splitter_keeps_semicolons_inside_strings():
    lines = ["// comment\n", "RETURN 'a;\n", "b';\n", "RETURN \"it\\\"s;\";\n"]
    assert list(statements(lines)) == ["RETURN 'a;\nb'", 'RETURN "it\\"s;"']


# -- Neo4j CSV bundle, loaded by Kùzu ------------------------------------------------------------------
def test_neo4j_csv_bundle_loads_into_kuzu(runner, tmp_path, graph_file, expected):
    bundle = tmp_path / "bundle"
    _export(runner, str(graph_file), "--to", "neo4j-csv", "-o", str(bundle))
    nodes = sorted(p.name for p in (bundle / "nodes").iterdir())
    assert nodes == sorted(f"{label}.csv" for label in expected if not label.isupper())
    with open(bundle / "nodes" / "Document.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert header[:2] == ["iri:ID(Document)", ":LABEL"] and "year:int" in header
    with open(bundle / "relationships" / "CITES-Document-Regulation.csv", encoding="utf-8", newline="") as f:
        header = next(csv.reader(f))
    assert header == [":START_ID(Document)", ":END_ID(Regulation)", ":TYPE", "documents:string[]", "sentence"]
    command = (bundle / "import.sh").read_text("utf-8")
    assert "neo4j-admin database import full" in command
    assert all(f"--nodes=nodes/{name}" in command for name in nodes)

    database = tmp_path / "from-csv.kuzu"
    assert load_neo4j_csv(bundle, database) == expected
    assert _kuzu_rows(database, PATH_QUERY) == PATH_ANSWER
    names = _kuzu_rows(database, "MATCH (r:Regulation) WHERE r.name = '重大行政决策程序暂行条例' RETURN r.kind")
    assert names == [["administrative_regulation"]]


# -- Cypher script, executed statement by statement on Kùzu --------------------------------------------
def test_cypher_script_runs_on_kuzu_and_twice_changes_nothing(runner, tmp_path, graph_file, view, expected):
    script = tmp_path / "graph.cypher"
    _export(runner, str(graph_file), "--to", "cypher", "-o", str(script), "--batch-size", "20")
    text = script.read_text("utf-8")
    parts = list(statements(text.splitlines(keepends=True)))
    first_merge = next(i for i, s in enumerate(parts) if "MERGE" in s)
    assert all(s.startswith("CREATE CONSTRAINT") for s in parts[:first_merge])
    assert all(s.startswith("UNWIND [") for s in parts[first_merge:])

    database = tmp_path / "from-cypher.kuzu"
    for _ in range(2):  # idempotent: MERGE on iri, SET properties
        with open(script, encoding="utf-8") as lines:
            assert run_cypher_script(lines, database, view.schema()) == expected
    assert _kuzu_rows(database, PATH_QUERY) == PATH_ANSWER
    cited = _kuzu_rows(database, "MATCH (d:Document)-[c:CITES]->(r:Regulation {name: '重大行政决策程序暂行条例'}) "
                                 "RETURN d.fileName, size(c.documents), c.sentence")
    assert "001_442be8164d49497e.txt" in {row[0] for row in cited}  # 东辽县 adopts the national regulation
    assert all(row[1] == 1 and "重大行政决策程序暂行条例" in row[2] for row in cited)


# -- a ready Kùzu database -------------------------------------------------------------------------------
def test_kuzu_database_answers_the_propagation_path(runner, tmp_path, graph_file, expected):
    database = tmp_path / "graph.kuzu"
    _export(runner, str(graph_file), "--to", "kuzu", "-o", str(database))
    assert _kuzu_rows(database, PATH_QUERY) == PATH_ANSWER
    for label, n in expected.items():
        query = f"MATCH ()-[r:{label}]->() RETURN count(r)" if label.isupper() else f"MATCH (n:{label}) RETURN count(n)"
        assert _kuzu_rows(database, query) == [[n]], label
    again = runner.invoke(cli, ["export", str(graph_file), "--to", "kuzu", "-o", str(database), "--silent"])
    assert again.exit_code == 1 and "already exists" in again.output


# -- a real Oxigraph server over the Graph Store Protocol ------------------------------------------------
def test_kuzu_reads_a_title_with_a_comma_after_hundreds_needing_no_quotes(tmp_path):
    # Kùzu sniffs a CSV file's dialect from its first rows: with no quoted row among them it read none, and a
    # later title holding a comma (…体制改革,推进…) split into columns and failed the whole export.
    titles = [f"第{n}号规定" for n in range(400)] + ["关于深化街镇管理体制改革,推进扁平化管理的措施(试行)"]
    bundle = tmp_path / "bundle"
    (bundle / "nodes").mkdir(parents=True)
    with open(bundle / "nodes" / "Regulation.csv", "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(["iri:ID(Regulation)", ":LABEL", "name"])
        writer.writerows([f"https://example.org/regulation/{n}", "Regulation", title] for n, title in enumerate(titles))
    database = tmp_path / "titles.kuzu"
    load_neo4j_csv(bundle, database)
    assert _kuzu_rows(database, "MATCH (r:Regulation) RETURN count(r)") == [[len(titles)]]
    assert _kuzu_rows(database, "MATCH (r:Regulation) WHERE r.name CONTAINS '改革,推进' RETURN r.name") == [[titles[-1]]]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture()
def oxigraph_server(tmp_path):
    port = _free_port()
    process = subprocess.Popen(["oxigraph", "serve", "--location", str(tmp_path / "server"),
                                "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(url + "/", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"oxigraph did not start: {process.stderr.read().decode()}") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)
        process.stderr.close()


def _server_counts(url: str) -> dict[str, int]:
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    request = urllib.request.Request(url + "/query?" + urllib.parse.urlencode({"query": query}),
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        rows = json.load(response)["results"]["bindings"]
    return {row["g"]["value"]: int(row["n"]["value"]) for row in rows}


def test_graph_store_push_matches_local_counts(runner, graph_file, reference, oxigraph_server):
    local = {row["g"].value: int(row["n"].value) for row in reference.query(
        "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")}
    assert len(local) == 8 and {str(VOCABULARY_GRAPH), str(DIVISIONS_GRAPH), str(ENTITIES_GRAPH)} <= set(local)
    for _ in range(2):  # PUT replaces each graph: pushing twice leaves the same data
        _export(runner, str(graph_file), "--to", "graph-store", "-o", oxigraph_server + "/store")
        served = _server_counts(oxigraph_server)
        assert served == local
        assert sum(served.values()) == len(reference)


def test_graph_store_push_of_turtle_goes_to_the_default_graph(runner, sample_build, oxigraph_server):
    turtle = sample_build.outputs["graph.ttl"]
    local = ox.Store()
    local.load(path=str(turtle), format=ox.RdfFormat.TURTLE)
    _export(runner, str(turtle), "--to", "graph-store", "-o", oxigraph_server + "/store")
    request = urllib.request.Request(oxigraph_server + "/store?default", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=30) as response:
        served = list(ox.parse(response.read(), format=ox.RdfFormat.N_TRIPLES))
    assert len(served) == len(local) and not _server_counts(oxigraph_server)


def test_graph_store_that_cannot_be_reached_is_a_clear_error(runner, graph_file):
    url = f"http://127.0.0.1:{_free_port()}/store"
    result = runner.invoke(cli, ["export", str(graph_file), "--to", "graph-store", "-o", url, "--silent"])
    assert result.exit_code == 1 and "cannot reach the graph store" in result.output


# -- Neo4j over Bolt: no server runs here, so only the failure path is exercised --------------------------
def test_bolt_push_without_a_server_is_a_clear_error(runner, graph_file):
    uri = f"bolt://127.0.0.1:{_free_port()}"
    result = runner.invoke(cli, ["export", str(graph_file), "--bolt", uri, "--user", "neo4j", "--silent"],
                           env={"KGB_EXPORT_PASSWORD": "secret"})
    assert result.exit_code == 1 and "cannot reach Neo4j" in result.output


# -- GraphML, GEXF, CSV: read back ------------------------------------------------------------------------
def _node_by_name(graph: nx.Graph, name: str) -> dict:
    return next(data for _, data in graph.nodes(data=True) if data.get("name") == name)


def test_graphml_round_trip(runner, tmp_path, graph_file, expected):
    path = tmp_path / "graph.graphml"
    _export(runner, str(graph_file), "--to", "graphml", "-o", str(path))
    graph = nx.read_graphml(path, force_multigraph=True)
    assert graph.number_of_nodes() == sum(n for k, n in expected.items() if not k.isupper())
    assert graph.number_of_edges() == sum(n for k, n in expected.items() if k.isupper())
    dongliao = _node_by_name(graph, "东辽县")
    assert dongliao["labels"] == "Jurisdiction" and dongliao["code"] == "220422" and dongliao["label"] == "东辽县"
    documents = [d for _, d in graph.nodes(data=True) if d["labels"].startswith("Document")]
    assert all(isinstance(d["year"], int) for d in documents)
    types = {d["relationship"] for _, _, d in graph.edges(data=True)}
    assert {"CITES", "WITHIN", "AUTHOR_JURISDICTION"} <= types


def test_gexf_round_trip(runner, tmp_path, graph_file, expected):
    path = tmp_path / "graph.gexf"
    _export(runner, str(graph_file), "--to", "gexf", "-o", str(path))
    graph = nx.read_gexf(path)
    assert graph.number_of_nodes() == sum(n for k, n in expected.items() if not k.isupper())
    assert graph.number_of_edges() == sum(n for k, n in expected.items() if k.isupper())
    dongliao = _node_by_name(graph, "东辽县")
    assert dongliao["label"] == "东辽县" and dongliao["level"] == "county"
    within = [d for _, _, d in graph.edges(data=True) if d["label"] == "WITHIN"]
    assert len(within) == expected["WITHIN"] and all(d["documents"] for d in within)


def test_csv_tables_round_trip(runner, tmp_path, graph_file, expected):
    out = tmp_path / "tables"
    _export(runner, str(graph_file), "--to", "csv", "-o", str(out))
    with open(out / "nodes.csv", encoding="utf-8", newline="") as f:
        nodes = list(csv.DictReader(f))
    with open(out / "edges.csv", encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    by_label: dict[str, int] = {}
    for row in nodes:
        by_label[row["label"]] = by_label.get(row["label"], 0) + 1
    for row in edges:
        by_label[row["type"]] = by_label.get(row["type"], 0) + 1
    assert by_label == expected
    iris = {row["iri"] for row in nodes}
    assert all(row["source"] in iris and row["target"] in iris for row in edges)
    dongliao = next(row for row in nodes if row["name"] == "东辽县")
    assert (dongliao["code"], dongliao["level"]) == ("220422", "county")


# -- inputs: Turtle (no named graphs) and a store directory -----------------------------------------------
def test_turtle_input_gives_the_same_property_graph(runner, tmp_path, sample_build, expected):
    out = tmp_path / "from-ttl"
    _export(runner, str(sample_build.outputs["graph.ttl"]), "--to", "csv", "-o", str(out))
    with open(out / "edges.csv", encoding="utf-8", newline="") as f:
        edges = list(csv.DictReader(f))
    assert sum(1 for e in edges if e["type"] == "CITES") == expected["CITES"]
    # Without named graphs the documents come from the provenance records.
    assert all(e["documents"] == e["source"] for e in edges if e["type"] == "CITES")


def test_store_directory_input(runner, tmp_path, graph_file, expected):
    from kg_builder.store import GraphStore

    store = GraphStore(tmp_path / "store")
    store.store.bulk_load(path=str(graph_file), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    out = tmp_path / "bundle"
    _export(runner, str(tmp_path / "store"), "--to", "neo4j-csv", "-o", str(out))
    schema = schema_of_bundle(out)
    assert set(schema.node_properties) == {k for k in expected if not k.isupper()}


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--to", "nope"], 2, "unknown exporter 'nope'"),
    (["--to", "graph-store"], 2, "needs -o URL"),
    ([], 2, "choose a format with --to"),
    (["--to", "cypher", "--bolt", "bolt://localhost:7687"], 2, "--bolt pushes to Neo4j"),
])
def test_usage_errors(runner, graph_file, args, code, message):
    result = runner.invoke(cli, ["export", str(graph_file), *args])
    assert result.exit_code == code and message in result.output


def test_unknown_graph_file_type_is_an_error(runner, tmp_path):
    bad = tmp_path / "graph.docx"
    bad.write_text("x", "utf-8")
    result = runner.invoke(cli, ["export", str(bad), "--to", "csv", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "unknown graph file type '.docx'" in result.output


def test_broken_graph_file_is_an_error(runner, tmp_path):
    bad = tmp_path / "graph.nq"
    bad.write_text("<a> <b> .\n", "utf-8")
    result = runner.invoke(cli, ["export", str(bad), "--to", "csv", "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "cannot read the graph" in result.output


# -- the docs show the mapping and a command per target ----------------------------------------------------
def test_docs_show_every_label_type_property_and_target():
    from kg_builder.exporters.property_graph import NODE_PROPERTIES, RELATIONSHIP_TYPES, SECOND_LABELS

    repo = Path(__file__).resolve().parent.parent
    doc = repo / "docs" / "export.md"
    text = (doc if doc.exists() else repo / "README.md").read_text("utf-8")
    for name in [*NODE_LABELS.values(), *SECOND_LABELS.values(), *RELATIONSHIP_TYPES.values()]:
        assert f"`{name}`" in text, name
    for name, _ in NODE_PROPERTIES.values():
        assert f"`{name}`" in text, name
    for name in exporters.available():
        assert f"--to {name}" in text or (name == "neo4j" and "kgb export --bolt" in text), name


@pytest.mark.parametrize("module", ["__init__", "cypher", "neo4j_csv", "kuzu", "graph_store", "property_graph"])
def test_docstring_examples(module):
    import doctest
    import importlib

    name = "kg_builder.exporters" + ("" if module == "__init__" else f".{module}")
    failures, tried = doctest.testmod(importlib.import_module(name), optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried and not failures
