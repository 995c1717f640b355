"""Hostile names: titles, agencies, file names and URLs with markup, quotes, line breaks and
control characters give valid IRIs and literals and a page that runs no injected script."""

from __future__ import annotations

import json
from pathlib import Path

import lxml.html
import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal

from kg_builder.build import build_corpus
from kg_builder.model import Document, Extraction, Fact, Mention, Provenance
from kg_builder.ontology import DCTERMS, SKOS, Minter, clean_text
from kg_builder.rdf import to_dataset, union_graph
from kg_builder.store import to_oxigraph
from kg_builder.visualize import render_html

HOSTILE = [
    '</script><script>alert("x")</script>',
    'a>b"c\'d&e',
    "第一行\n第二行\r\n第三行",
    "bell\x07 esc\x1b[31m nul\x00 del\x7f",
    "<img src=x onerror=alert(1)>条例",
    "\u202e反转\u200b零宽\ufeff",
    "法治}}{{title}}%s{0}\\u003c",
    "http://evil.example/#frag?q=<>",
]


def _extraction(name: str, number: int) -> Extraction:
    text = f"按照《{name}》要求,{name}司法局负责。"
    doc = Document(id=f"doc{number}<\"{name[:8]}", text=text, path=f"/tmp/x/{name[:10]}.txt",
                   url=f"https://example.gov.cn/{name}")
    me = doc.mention()
    start = text.index(name)
    regulation = Mention(name, "Regulation", Provenance(doc.id, start, start + len(name), "test"),
                         attrs=(("issuer", name), ("kind", "条例")))
    agency = Mention(name + "司法局", "Agency", Provenance(doc.id, 0, len(text), "test"))
    initiative = Mention(name, "Initiative", Provenance(doc.id, start, start + len(name), "test"))
    jurisdiction = Mention(name, "Jurisdiction", Provenance(doc.id, 0, 1, "test"), attrs=(("status", "ambiguous"),))
    facts = (
        Fact(me, "title", name, Provenance(doc.id, start, start + len(name), "test")),
        Fact(me, "cites", regulation, regulation.source),
        Fact(me, "mentionsAgency", agency, agency.source),
        Fact(me, "mentionsInitiative", initiative, initiative.source),
        Fact(me, "authorJurisdiction", jurisdiction, jurisdiction.source),
    )
    return Extraction(doc, facts)


@pytest.fixture(scope="module")
def hostile_graph() -> Graph:
    dataset = to_dataset([_extraction(name, i) for i, name in enumerate(HOSTILE)], Minter())
    return union_graph(dataset)


def test_iris_are_valid_and_nquads_parse_back(hostile_graph):
    quads = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())
             for s, p, o in hostile_graph]  # NamedNode() rejects an invalid IRI
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert len(set(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))) == len(hostile_graph)
    for iri in {str(t) for triple in hostile_graph for t in triple if not isinstance(t, Literal)}:
        assert not set(iri) & set(' <>"{}|\\^`\n\r\t\x00'), iri


@pytest.mark.parametrize("name", HOSTILE)
def test_titles_survive_turtle_exactly(hostile_graph, name):
    turtle = hostile_graph.serialize(format="turtle")
    back = Graph().parse(data=turtle, format="turtle")
    assert len(list(ox.parse(turtle.encode("utf-8"), format=ox.RdfFormat.TURTLE))) == len(hostile_graph)
    titles = {str(o) for o in back.objects(None, DCTERMS.title)}
    labels = {str(o) for o in back.objects(None, SKOS.prefLabel)}
    # Characters no RDF syntax can carry (NUL, the C0 controls XML forbids) become
    # U+FFFD one for one, so spans stay right; everything else survives exactly.
    assert clean_text(name) in titles and clean_text(name) in labels


def test_page_has_only_its_own_scripts_and_keeps_labels_as_data(hostile_graph):
    page = render_html(hostile_graph, title='<script>alert("t")</script> & "title"')
    tree = lxml.html.document_fromstring(page)
    scripts = tree.xpath("//script")
    assert len(scripts) == 3  # the JSON data, vis-network, the page's code
    assert tree.xpath("//img") == []
    assert tree.findtext(".//title") == '<script>alert("t")</script> & "title"'
    data = json.loads(tree.get_element_by_id("kgb-data").text_content())
    labels = {node["label"] for node in data["nodes"]}
    for name in HOSTILE:
        assert clean_text(name) in labels


def test_page_in_chromium_runs_no_injected_script(hostile_graph, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = Path("/usr/bin/chromium")
    if not chromium.exists():
        pytest.skip("Debian chromium not installed")
    page_file = tmp_path / "graph.html"
    page_file.write_text(render_html(hostile_graph, title="<script>alert(1)</script>"), "utf-8")
    dialogs: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(chromium), args=[
            "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run"])
        try:
            page = browser.new_page()
            page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(page_file.as_uri())
            page.wait_for_function("window.kgbReady === true")
            assert page.evaluate("document.querySelectorAll('script').length") == 3
            assert page.evaluate("document.querySelectorAll('img').length") == 0
            page.fill("#search", "onerror")
            hits = page.locator("#hits li").all_inner_texts()
            assert any("<img src=x onerror=alert(1)>条例" in hit for hit in hits)
            assert page.evaluate("document.querySelectorAll('img').length") == 0
            assert errors == []
        finally:
            browser.close()
    assert dialogs == []


def test_hostile_document_builds_end_to_end(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "关于<script>alert(1)</script>的报告\n" + "".join(f"按照《{name}》要求。\n" for name in HOSTILE)
    (corpus / 'a"<b>&c.txt').write_text(text, "utf-8")
    result = build_corpus([corpus], tmp_path / "out")
    assert not result.failed
    turtle = (tmp_path / "out" / "graph.ttl").read_text("utf-8")
    assert len(Graph().parse(data=turtle, format="turtle")) > 0
    list(ox.parse((tmp_path / "out" / "graph.nq").read_bytes(), format=ox.RdfFormat.N_QUADS))
    tree = lxml.html.document_fromstring((tmp_path / "out" / "graph.html").read_text("utf-8"))
    assert len(tree.xpath("//script")) == 3


def test_replacement_character_in_a_title_gives_valid_iris(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # Scraped pages lose characters as U+FFFD (two sample documents hold one).
    (corpus / "lost.txt").write_text("按照《法治政府建设实施纲要\ufffd》要求,推进依法行政。\n", "utf-8")
    result = build_corpus([corpus], tmp_path / "out")
    assert not result.failed

