"""`kgb serve` as analysts' tools meet it: a real server process, real clients over HTTP."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator
from xml.dom.minidom import Document as DomDocument

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from SPARQLWrapper import CSV, JSON, JSONLD, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from kg_builder.ontology import PREFIXES
from kg_builder.server import negotiate

REPO = Path(__file__).resolve().parent.parent
SKOS_ALT = URIRef(PREFIXES["skos"] + "altLabel")

DONGLIAO_CITES = """
    SELECT DISTINCT ?title WHERE {
      ?doc kgb:authorJurisdiction/skos:prefLabel "东辽县"@zh ; kgb:cites/skos:prefLabel ?title .
    } ORDER BY ?title"""
ALIASES = "CONSTRUCT { ?r skos:altLabel ?alias } WHERE { ?r skos:altLabel ?alias }"
EXPENSIVE = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


# -- running servers --------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(*args: str, wait: float = 60.0) -> Iterator[str]:
    """Start `kgb serve ARGS` as a subprocess on a free loopback port; yield its base URL; always stop it."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(
            [sys.executable, "-m", "kg_builder", "serve", *args, "--port", str(port), "--quiet"],
            stdin=subprocess.DEVNULL, stdout=log, stderr=log, env=env)
        base = f"http://127.0.0.1:{port}/"
        try:
            deadline = time.monotonic() + wait
            while True:
                if process.poll() is not None:
                    log.seek(0)
                    pytest.fail(f"kgb serve exited with {process.returncode}: {log.read().decode()}")
                try:
                    if requests.get(base, timeout=2).status_code == 200:
                        break
                except requests.ConnectionError:
                    pass
                if time.monotonic() > deadline:
                    pytest.fail(f"kgb serve did not answer within {wait:.0f} s")
                time.sleep(0.1)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(15)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(15)


@pytest.fixture(scope="module")
def graph_file(sample_build) -> Path:
    return sample_build.outputs["graph.nq"]


@pytest.fixture(scope="module")
def endpoint(graph_file) -> Iterator[str]:
    """The sample graph served with the default timeout and limit; yields the query URL."""
    with running_server(str(graph_file)) as base:
        yield base + "query"


@pytest.fixture(scope="module")
def tight_endpoint(graph_file) -> Iterator[str]:
    """The sample graph served with a 1 s timeout and a limit of 5."""
    with running_server(str(graph_file), "--timeout", "1", "--limit", "5") as base:
        yield base + "query"


def wrapper(url: str, query: str, fmt: str, method: str = "GET") -> SPARQLWrapper:
    client = SPARQLWrapper(url)
    client.setQuery(query)
    client.setReturnFormat(fmt)
    client.setMethod(method)
    return client


def ask_wrapper(client: SPARQLWrapper, raw: bool = False):
    """Run a SPARQLWrapper query; its converted answer (or raw bytes), the connection closed."""
    result = client.query()
    try:
        return result.response.read() if raw else result.convert()
    finally:
        result.response.close()


def close_http_error(error: BaseException) -> None:
    """SPARQLWrapper leaves the urllib HTTPError (and its socket) open: close it."""
    for candidate in (error, error.__context__):
        if hasattr(candidate, "close"):
            candidate.close()


# -- SELECT, ASK and CONSTRUCT in every format ------------------------------------------

def _rows_from(fmt: str, converted) -> list[str]:
    if fmt == JSON:
        return [b["title"]["value"] for b in converted["results"]["bindings"]]
    if fmt == XML:
        assert isinstance(converted, DomDocument)
        return [b.getElementsByTagName("literal")[0].firstChild.data for b in converted.getElementsByTagName("result")]
    text = converted.decode("utf-8")
    if fmt == CSV:
        return [row[0] for row in list(csv.reader(io.StringIO(text)))[1:]]
    assert fmt == TSV
    return [line.split("\t")[0] for line in text.splitlines()[1:]]


@pytest.mark.parametrize("fmt", [JSON, XML, CSV, TSV])
@pytest.mark.parametrize("method", ["GET", POST])
def test_select_through_sparqlwrapper_in_every_results_format(endpoint, fmt, method):
    converted = ask_wrapper(wrapper(endpoint, DONGLIAO_CITES, fmt, method))
    titles = [t.strip('"').removesuffix('"@zh') for t in _rows_from(fmt, converted)]
    titles = [t[1:] if t.startswith('"') else t for t in titles]
    assert "重大行政决策程序暂行条例" in titles
    assert "法治政府建设实施纲要(2015-2020年)" in titles
    assert len(titles) == len(set(titles)) >= 5


@pytest.mark.parametrize(("accept", "content_type"), [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_negotiates_the_results_type(endpoint, accept, content_type):
    response = requests.post(endpoint, data={"query": DONGLIAO_CITES}, headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == content_type
    assert "重大行政决策程序暂行条例" in response.content.decode("utf-8")


def test_post_with_a_sparql_query_body(endpoint):
    response = requests.post(endpoint, data=DONGLIAO_CITES.encode("utf-8"), timeout=30, headers={
        "Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    titles = [b["title"]["value"] for b in response.json()["results"]["bindings"]]
    assert "重大行政决策程序暂行条例" in titles


def test_sparqlwrapper_post_directly(endpoint):
    client = wrapper(endpoint, DONGLIAO_CITES, JSON, POST)
    client.setRequestMethod(POSTDIRECTLY)
    titles = [b["title"]["value"] for b in ask_wrapper(client)["results"]["bindings"]]
    assert "重大行政决策程序暂行条例" in titles


@pytest.mark.parametrize(("fmt", "expected"), [(JSON, True), (XML, True)])
def test_ask(endpoint, fmt, expected):
    converted = ask_wrapper(wrapper(endpoint, "ASK { ?r skos:prefLabel \"重大行政决策程序暂行条例\"@zh }", fmt))
    if fmt == JSON:
        assert converted["boolean"] is expected
    else:
        assert converted.getElementsByTagName("boolean")[0].firstChild.data == "true"


def _expected_aliases(graph_file: Path) -> Graph:
    """The skos:altLabel triples of the graph file, read by rdflib (not by the server)."""
    import pyoxigraph as ox

    from kg_builder.store import from_oxigraph

    expected = Graph()
    for quad in ox.parse(path=str(graph_file), format=ox.RdfFormat.N_QUADS):
        if quad.predicate.value == str(SKOS_ALT):
            expected.add((from_oxigraph(quad.subject), SKOS_ALT, from_oxigraph(quad.object)))
    return expected


# rdflib's JSON-LD parser uses its own deprecated ConjunctiveGraph inside.
@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize(("accept", "rdflib_format"), [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"),
])
def test_construct_in_every_graph_format(endpoint, graph_file, accept, rdflib_format):
    response = requests.get(endpoint, params={"query": ALIASES}, headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == accept
    graph = Graph().parse(data=response.content, format=rdflib_format)
    expected = _expected_aliases(graph_file)
    assert len(expected) >= 3
    assert isomorphic(graph, expected)
    assert (None, SKOS_ALT, Literal("纲要", lang="zh")) in graph


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")
@pytest.mark.parametrize("fmt", [TURTLE, JSONLD])
def test_construct_through_sparqlwrapper(endpoint, graph_file, fmt):
    # The raw answer, parsed into a plain Graph (SPARQLWrapper's own JSON-LD conversion
    # builds an rdflib ConjunctiveGraph, which rdflib 7 deprecates).
    data = ask_wrapper(wrapper(endpoint, ALIASES, fmt), raw=True)
    graph = Graph().parse(data=data, format="json-ld" if fmt == JSONLD else "turtle")
    assert isomorphic(graph, _expected_aliases(graph_file))


def test_describe_answers_a_graph(endpoint):
    query = "DESCRIBE ?r WHERE { ?r skos:prefLabel \"重大行政决策程序暂行条例\"@zh }"
    response = requests.get(endpoint, params={"query": query}, headers={"Accept": "text/turtle"}, timeout=30)
    graph = Graph().parse(data=response.text, format="turtle")
    assert (None, URIRef(PREFIXES["kgb"] + "issuerLevel"), URIRef(PREFIXES["kgb"] + "National")) in graph


def test_unacceptable_type_is_406(endpoint):
    response = requests.get(endpoint, params={"query": DONGLIAO_CITES}, headers={"Accept": "image/png"}, timeout=30)
    assert response.status_code == 406
    assert "text/csv" in response.text


def test_a_select_cannot_be_answered_as_turtle(endpoint):
    response = requests.get(endpoint, params={"query": DONGLIAO_CITES}, headers={"Accept": "text/turtle"}, timeout=30)
    assert response.status_code == 406


@pytest.mark.parametrize(("accept", "offers", "expected"), [
    ("application/sparql-results+json", ["text/csv", "application/sparql-results+json"], "application/sparql-results+json"),
    ("text/csv;q=0.4, application/sparql-results+xml;q=0.9", ["text/csv", "application/sparql-results+xml"],
     "application/sparql-results+xml"),
    ("text/*;q=0.5, */*;q=0.1", ["application/json", "text/csv"], "text/csv"),
    ("*/*", ["application/json", "text/csv"], "application/json"),
    (None, ["text/turtle"], "text/turtle"),
    ("text/turtle;q=0", ["text/turtle"], None),
    ("image/png", ["text/turtle"], None),
])
def test_negotiate(accept, offers, expected):
    assert negotiate(accept, offers) == expected


# -- what the endpoint refuses, cuts and stops --------------------------------------------

INSERT = 'INSERT DATA { <urn:x> <http://www.w3.org/2004/02/skos/core#prefLabel> "injected" }'


def _graph_unchanged(url: str) -> bool:
    response = requests.get(url, params={"query": 'ASK { ?s ?p "injected" }'},
                            headers={"Accept": "application/sparql-results+json"}, timeout=30)
    return response.json()["boolean"] is False


@pytest.mark.parametrize("how", ["post-update-form", "post-sparql-update", "update-path", "query-parameter",
                                 "query-post-body", "sparqlwrapper"])
def test_updates_are_refused(endpoint, how):
    if how == "sparqlwrapper":
        client = wrapper(endpoint, INSERT, JSON, POST)
        with pytest.raises(Exception) as caught:
            client.query()
        close_http_error(caught.value)
        assert "403" in str(caught.value)
    else:
        if how == "post-update-form":
            response = requests.post(endpoint, data={"update": INSERT}, timeout=30)
        elif how == "post-sparql-update":
            response = requests.post(endpoint, data=INSERT, headers={"Content-Type": "application/sparql-update"},
                                     timeout=30)
        elif how == "update-path":
            response = requests.post(endpoint.removesuffix("query") + "update", data={"update": INSERT}, timeout=30)
        elif how == "query-parameter":
            response = requests.get(endpoint, params={"query": INSERT}, timeout=30)
        else:
            response = requests.post(endpoint, data=INSERT, headers={"Content-Type": "application/sparql-query"},
                                     timeout=30)
        assert response.status_code == 403
        assert "read-only" in response.text
    assert _graph_unchanged(endpoint)


def test_malformed_query_is_400_with_the_parsers_message(endpoint):
    response = requests.get(endpoint, params={"query": "SELECT ?x WHERE {\n  ?x ?y }"}, timeout=30)
    assert response.status_code == 400
    # The position is the one in the query as written (our predeclared prefixes are not counted).
    assert response.text.startswith("query syntax error: error at 2:")


def test_malformed_query_raises_query_bad_formed_in_sparqlwrapper(endpoint):
    with pytest.raises(QueryBadFormed) as caught:
        wrapper(endpoint, "SELECT ?x WHERE { ?x ?y }", JSON).query()
    close_http_error(caught.value)
    assert "error at 1:" in str(caught.value)


def test_missing_query_is_400(endpoint):
    assert requests.get(endpoint, timeout=30).status_code == 400


def test_slow_query_is_cut_at_the_timeout(tight_endpoint):
    started = time.monotonic()
    response = requests.get(tight_endpoint, params={"query": EXPENSIVE}, timeout=60)
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert "timeout" in response.text
    assert elapsed < 15  # bounded: the query would run for hours
    # The endpoint still answers after a cancelled query.
    ok = requests.get(tight_endpoint, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
    assert ok.status_code == 200


@pytest.mark.parametrize("accept", ["application/sparql-results+json", "text/csv", "application/sparql-results+xml"])
def test_result_limit_applies_to_rows(tight_endpoint, accept):
    response = requests.get(tight_endpoint, params={"query": "SELECT ?s WHERE { ?s kgb:evidence ?span }"},
                            headers={"Accept": accept}, timeout=30)
    assert response.status_code == 200
    assert response.headers["X-KGB-Truncated"] == "true"
    if accept == "text/csv":
        assert len(response.text.strip().splitlines()) == 1 + 5
    elif accept == "application/sparql-results+json":
        assert len(response.json()["results"]["bindings"]) == 5
    else:
        assert response.text.count("<result>") == 5


def test_result_limit_applies_to_triples(tight_endpoint):
    response = requests.get(tight_endpoint, params={"query": "CONSTRUCT WHERE { ?s ?p ?o }"},
                            headers={"Accept": "application/n-triples"}, timeout=30)
    assert response.headers["X-KGB-Truncated"] == "true"
    assert len(Graph().parse(data=response.text, format="nt")) == 5


def test_an_answer_within_the_limit_is_not_marked(tight_endpoint):
    response = requests.get(tight_endpoint, params={"query": "SELECT ?d WHERE { ?d a kgb:Document }"},
                            headers={"Accept": "application/sparql-results+json"}, timeout=30)
    assert len(response.json()["results"]["bindings"]) == 5
    assert "X-KGB-Truncated" not in response.headers


# -- browsers ---------------------------------------------------------------------------

def test_cors_on_answers_and_preflight(endpoint):
    response = requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }"},
                            headers={"Origin": "http://yasgui.example"}, timeout=30)
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    preflight = requests.options(endpoint, timeout=30, headers={
        "Origin": "http://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type, accept"})
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()
    refused = requests.get(endpoint, params={"query": INSERT}, headers={"Origin": "http://x"}, timeout=30)
    assert refused.headers["Access-Control-Allow-Origin"] == "*"


def test_the_page_is_offline_and_lists_the_cookbook(endpoint):
    from kg_builder.sparql import cookbook

    page = requests.get(endpoint.removesuffix("query"), timeout=30)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")
    assert "<textarea" in page.text
    for entry in cookbook():
        assert json.dumps(entry.name) in page.text
    # Nothing is fetched from elsewhere: no external scripts, styles or fonts.
    assert "src=\"http" not in page.text and "href=\"http" not in page.text and "@import" not in page.text


def test_the_page_runs_a_cookbook_query_in_chromium(endpoint):
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path("/usr/bin/chromium").exists():
        pytest.skip("no /usr/bin/chromium")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            external = []
            page.on("request", lambda r: external.append(r.url) if not r.url.startswith(
                endpoint.removesuffix("query")) else None)
            page.goto(endpoint.removesuffix("query"))
            page.select_option("#cookbook", "documents-overview")
            page.wait_for_selector("#results table tbody tr", timeout=15_000)
            cells = page.locator("#results td").all_inner_texts()
            assert "东辽县" in cells
            assert "5 rows" in page.inner_text("#status")
            page.fill("#editor", "SELECT WHERE {")
            page.click("#run")
            page.wait_for_function("document.getElementById('error').textContent.length > 0", timeout=15_000)
            assert "syntax error" in page.inner_text("#error")
            assert external == []
        finally:
            browser.close()


# -- serving a store ------------------------------------------------------------------------

def test_serve_a_store_while_a_writer_holds_it(tmp_path, graph_file):
    from kg_builder.sparql import load_graph_files
    from kg_builder.store import GraphStore

    writer = GraphStore(tmp_path / "store")
    load_graph_files(writer.store, [graph_file])
    writer.flush()
    with running_server("--store", str(tmp_path / "store")) as base:
        response = requests.get(base + "sparql", params={"query": "SELECT (COUNT(DISTINCT ?d) AS ?n) { ?d a kgb:Document }"},
                                headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert response.json()["results"]["bindings"][0]["n"]["value"] == "5"
    del writer


def test_serve_refuses_a_port_in_use(graph_file):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([sys.executable, "-m", "kg_builder", "serve", str(graph_file), "--port", str(port)],
                              capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 1
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr
