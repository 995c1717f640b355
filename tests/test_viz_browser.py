"""The explorer page in real headless Chromium, with every non-file request blocked.

Debian's /usr/bin/chromium is driven by Playwright; no browser is downloaded. A
screenshot of the sample graph is saved to test-artifacts/graph.png.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kg_builder.visualize import render_html, write_html

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
REPO = Path(__file__).resolve().parent.parent
INJECTION = Path(__file__).resolve().parent / "data" / "viz-injection.ttl"

pytestmark = pytest.mark.skipif(not os.access(CHROMIUM, os.X_OK), reason=f"{CHROMIUM} is not installed")


@dataclass
class Visit:
    """A page opened offline, with what it tried to fetch and what it complained about."""

    page: object
    blocked: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    requested: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def evaluate(self, script: str, arg=None):
        return self.page.evaluate(script, arg)


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def visit(browser):
    contexts = []

    def open_page(path: Path, width: int = 1600, height: int = 1000) -> Visit:
        context = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        page = context.new_page()
        seen = Visit(page)

        def route(r):
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                seen.blocked.append(r.request.url)
                r.abort()

        page.route("**/*", route)
        page.on("request", lambda request: seen.requested.append(request.url))
        page.on("requestfailed", lambda request: seen.failed.append(request.url))
        page.on("console", lambda message: message.type == "error" and seen.errors.append(message.text))
        page.on("pageerror", lambda error: seen.errors.append(str(error)))
        page.goto(path.resolve().as_uri())
        page.wait_for_function("window.kgbReady === true", timeout=30_000)
        return seen

    yield open_page
    for context in contexts:
        context.close()


def _node_index(v: Visit, label: str) -> int:
    return v.evaluate("(label) => kgbExplorer.data.nodes.findIndex(n => n.label === label)", label)


def _click_node(v: Visit, index: int) -> None:
    """Zoom the view onto a node and click it with the mouse, as a user would."""
    v.evaluate("""(i) => {
        const net = kgbExplorer.network;
        net.moveTo({position: net.getPositions([i])[i], scale: 1.5});
    }""", index)
    v.page.wait_for_timeout(500)  # two quick clicks would be a double click (the focus view)
    point = v.evaluate("""(i) => {
        const net = kgbExplorer.network, p = net.canvasToDOM(net.getPositions([i])[i]);
        const box = document.getElementById("graph").getBoundingClientRect();
        return {x: box.left + p.x, y: box.top + p.y};
    }""", index)
    v.page.mouse.click(point["x"], point["y"])


def _expected_nodes(build) -> int:
    from kg_builder.ontology import PREFIXES
    from kg_builder.rdf import union_graph

    query = """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s a ?t . VALUES ?t { kgb:Document kgb:Jurisdiction kgb:Regulation kgb:Agency kgb:Initiative kgb:Official kgb:Task } }"""
    (count,) = next(iter(union_graph(build.dataset).query(query, initNs=PREFIXES)))
    return int(count)


def test_the_built_page_draws_every_node_offline(visit, sample_build):
    v = visit(sample_build.outputs["graph.html"])
    assert v.blocked == [] and v.failed == [] and v.errors == []
    assert all(url.startswith(("file://", "data:")) for url in v.requested)
    expected = _expected_nodes(sample_build)
    assert v.evaluate("kgbExplorer.visibleCount()") == expected
    counts = v.page.locator("#counts").inner_text()
    assert f"{expected} / {expected}" in counts
    legend = v.page.locator("#legend").inner_text()
    for words in ("行政区划 jurisdiction", "国家 national", "乡级 township", "引用 cites"):
        assert words in legend
    artifacts = REPO / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    v.page.screenshot(path=str(artifacts / "graph.png"))


def test_search_finds_dongliao_by_name_and_the_plan_by_alias(visit, sample_build):
    v = visit(sample_build.outputs["graph.html"])
    v.page.fill("#search", "东辽县")
    hit = v.page.locator("#hits li", has_text="东辽县").first
    assert hit.is_visible()
    v.page.locator("#hits li").filter(has=v.page.get_by_text("东辽县", exact=True)).first.click()
    assert v.page.locator("#details h2").inner_text() == "东辽县"
    assert "县级 county" in v.page.locator("#details").inner_text()
    v.page.fill("#search", "纲要")
    assert v.page.locator("#hits li", has_text="法治政府建设实施纲要(2015-2020年)").count() >= 1
    assert v.errors == []


def test_clicking_a_regulation_shows_the_sentence_behind_its_citation(visit, sample_build):
    v = visit(sample_build.outputs["graph.html"])
    _click_node(v, _node_index(v, "重大行政决策程序暂行条例"))
    details = v.page.locator("#details")
    assert details.locator("h2").inner_text() == "重大行政决策程序暂行条例"
    assert "国务院公布了《重大行政决策程序暂行条例》" in details.inner_text()
    assert "https://w3id.org/kg-builder/id/regulation/" in details.inner_text()   # its IRI
    # The neighbourhood stays bright; the rest fades.
    faded = v.evaluate("""() => kgbExplorer.nodes().get().filter(n => n.color && n.color.background === "#eeeeee").length""")
    assert 0 < faded < v.evaluate("kgbExplorer.visibleCount()")
    (REPO / "test-artifacts").mkdir(exist_ok=True)
    v.page.screenshot(path=str(REPO / "test-artifacts" / "graph-details.png"))
    assert v.errors == []


def test_filters_by_type_level_and_province(visit, sample_build):
    v = visit(sample_build.outputs["graph.html"])
    total = v.evaluate("kgbExplorer.visibleCount()")
    v.page.locator("#f-type input[value=document]").uncheck()
    assert v.evaluate("kgbExplorer.visibleCount()") == total - 5
    v.page.locator("#f-type input[value=document]").check()
    for level in ("provincial", "prefecture", "county", "township", "unknown"):
        v.page.locator(f"#f-level input[value={level}]").uncheck()
    levels = v.evaluate("() => [...new Set(kgbExplorer.nodes().getIds().map(i => kgbExplorer.data.nodes[i].level))]")
    assert levels == ["national"]
    v.page.click("#reset")
    assert v.evaluate("kgbExplorer.visibleCount()") == total
    v.page.select_option("#f-province", "吉林省")
    shown = v.evaluate("() => kgbExplorer.nodes().getIds().map(i => kgbExplorer.data.nodes[i])")
    assert {n.get("province") for n in shown} <= {"吉林省", None}
    assert any(n["label"] == "东辽县" for n in shown) and not any(n["label"] == "中站区" for n in shown)
    v.page.fill("#f-year-from", "2020")
    v.page.locator("#f-year-from").dispatch_event("change")
    shown = v.evaluate("() => kgbExplorer.nodes().getIds().map(i => kgbExplorer.data.nodes[i])")
    assert all(n.get("year") is None or n["year"] >= 2020 for n in shown)
    assert v.errors == []


def test_focus_shows_one_regulations_cascade(visit, sample_build, tmp_path):
    path = tmp_path / "cascade.html"
    write_html(sample_build.outputs["graph.nq"], path, focus="重大行政决策程序暂行条例")
    v = visit(path)
    shown = set(v.evaluate("() => kgbExplorer.nodes().getIds().map(i => kgbExplorer.data.nodes[i].label)"))
    assert {"重大行政决策程序暂行条例", "东辽县", "中站区"} <= shown   # both cite it
    assert "汉台区" not in shown                                        # its report does not
    assert "重大行政决策程序暂行条例" in v.page.locator("#focusbar").inner_text()
    v.page.click("#focus-clear")
    assert v.evaluate("kgbExplorer.visibleCount()") == _expected_nodes(sample_build)
    # In the page: a jurisdiction's citations, from its details.
    v.page.fill("#search", "东辽县")
    v.page.keyboard.press("Enter")
    v.page.get_by_role("button", name="引用情况 citations view").click()
    shown = set(v.evaluate("() => kgbExplorer.nodes().getIds().map(i => kgbExplorer.data.nodes[i].label)"))
    assert {"东辽县", "重大行政决策程序暂行条例"} <= shown and "中站区" not in shown
    assert v.errors == []


def test_titles_with_markup_show_as_text_and_run_nothing(visit, tmp_path):
    path = tmp_path / "injection.html"
    path.write_text(render_html(INJECTION, title="<script>window.__pwned=5</script>"), "utf-8")
    v = visit(path)
    assert v.evaluate("kgbExplorer.visibleCount()") == 6
    assert v.evaluate("document.title") == "<script>window.__pwned=5</script>"
    v.page.fill("#search", "<img")
    v.page.locator("#hits li").first.click()
    assert v.page.locator("#details h2").inner_text() == '<img src=x onerror="window.__pwned=2">'
    _click_node(v, _node_index(v, "<script>window.__pwned=1</script>"))
    details = v.page.locator("#details").inner_text()
    assert "<script>window.__pwned=1</script>" in details                 # the title, as text
    assert "</script><script>window.__pwned=3</script>" in details         # the alias
    assert '<b onmouseover="window.__pwned=4">吉林省人民政府</b>' in details  # the issuer
    assert "认真贯彻《<script>window.__pwned=1</script>》" in details          # the sentence
    v.page.mouse.move(5, 5)
    _click_node(v, _node_index(v, '<img src=x onerror="window.__pwned=2">'))
    box = v.evaluate("""(i) => {
        const net = kgbExplorer.network, p = net.canvasToDOM(net.getPositions([i])[i]);
        const g = document.getElementById("graph").getBoundingClientRect();
        return {x: g.left + p.x, y: g.top + p.y};
    }""", _node_index(v, "<script>window.__pwned=1</script>"))
    v.page.mouse.move(box["x"], box["y"])
    v.page.wait_for_selector("#tooltip:not([hidden])")
    assert "<script>window.__pwned=1</script>" in v.page.locator("#tooltip").inner_text()
    assert v.evaluate("typeof window.__pwned") == "undefined"
    assert v.page.locator("#details img, #hits img, #tooltip img, #details script, #details b").count() == 0
    assert not any(url.endswith("/x") for url in v.requested)
    assert v.blocked == [] and v.errors == []


def _synthetic_turtle(documents: int) -> str:
    """Counties each writing a report that cites a few of forty national regulations."""
    lines = ["@prefix kgb: <https://w3id.org/kg-builder/ontology#> .",
             "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .",
             "@prefix x: <https://example.org/> ."]
    for r in range(40):
        lines.append(f'x:r{r} a kgb:Regulation ; skos:prefLabel "条例{r}"@zh ; kgb:issuerLevel kgb:National .')
    for d in range(documents):
        cited = " , ".join(f"x:r{(d * 7 + k) % 40}" for k in range(3))
        lines.append(f'x:j{d} a kgb:Jurisdiction ; skos:prefLabel "县{d}"@zh ; kgb:level kgb:County .')
        lines.append(f'x:d{d} a kgb:Document ; skos:prefLabel "报告{d}"@zh ; kgb:authorJurisdiction x:j{d} ; '
                     f"kgb:cites {cited} .")
    return "\n".join(lines) + "\n"


def test_a_big_graph_opens_with_its_top_nodes_and_shows_more_on_request(visit, tmp_path):
    source = tmp_path / "big.ttl"
    source.write_text(_synthetic_turtle(300), "utf-8")   # 640 nodes
    path = tmp_path / "big.html"
    write_html(source, path, top=100)
    v = visit(path)
    assert v.evaluate("kgbExplorer.data.nodes.length") == 640
    assert v.evaluate("kgbExplorer.visibleCount()") == 100
    assert v.evaluate("kgbExplorer.network.physics.physicsEnabled") is False
    v.page.fill("#f-top", "640")
    v.page.locator("#f-top").dispatch_event("change")
    v.page.wait_for_function("window.kgbReady === true")
    assert v.evaluate("kgbExplorer.visibleCount()") == 640
    # A search hit outside the view joins it.
    v.page.fill("#f-top", "10")
    v.page.locator("#f-top").dispatch_event("change")
    v.page.fill("#search", "报告299")
    v.page.keyboard.press("Enter")
    assert v.page.locator("#details h2").inner_text() == "报告299"
    assert v.evaluate("kgbExplorer.nodes().get().some(n => kgbExplorer.data.nodes[n.id].label === '报告299')")
    assert v.errors == [] and v.blocked == []


def _drawn(v: Visit) -> list[dict]:
    """Every drawn node: label, on-screen position and label size, and the canvas size."""
    return v.evaluate("""() => {
        const net = kgbExplorer.network, g = document.getElementById("graph");
        const ids = kgbExplorer.nodes().getIds(), pos = net.getPositions(ids), scale = net.getScale();
        return ids.map(i => {
            const item = kgbExplorer.nodes().get(i), p = net.canvasToDOM(pos[i]);
            const font = (item.font && item.font.size) || 14;
            return {i: i, label: kgbExplorer.data.nodes[i].label, x: p.x, y: p.y, px: font * scale,
                    faded: !!(item.color && item.color.background === "#eeeeee"),
                    width: g.clientWidth, height: g.clientHeight};
        });
    }""")


def test_the_first_view_fits_every_node_with_readable_labels(visit, sample_build):
    v = visit(sample_build.outputs["graph.html"])
    drawn = _drawn(v)
    width, height = drawn[0]["width"], drawn[0]["height"]
    # Every node inside the canvas, none under the level names on the left.
    lanes = v.evaluate("Math.max(...[...document.querySelectorAll('.band')].map(b => b.getBoundingClientRect().right))"
                       " - document.getElementById('graph').getBoundingClientRect().left")
    assert all(lanes < n["x"] < width and 0 < n["y"] < height for n in drawn), \
        [n["label"] for n in drawn if not (lanes < n["x"] < width and 0 < n["y"] < height)][:5]
    # Labels are drawn at a readable size, or not at all (vis skips those under the threshold).
    readable = [n for n in drawn if n["px"] >= 12]
    assert len(readable) >= 40
    threshold = v.evaluate("kgbExplorer.network.body.nodes[Object.keys(kgbExplorer.network.body.nodes)[0]]"
                           ".options.scaling.label.drawThreshold")
    assert all(n["px"] >= 12 or n["px"] < threshold - 1 for n in drawn)
    labels = {n["label"] for n in readable}
    assert {"东辽县", "中站区"} <= labels, sorted(labels)
    # Labels are placed where they do not collide, so which regulations get one depends
    # on the layout; some regulations and plans always do.
    assert any(label.rstrip("…").endswith(("条例", "年)", "方案", "要点", "规定", "办法", "意见"))
               for label in labels), sorted(labels)
    artifacts = REPO / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    v.page.screenshot(path=str(artifacts / "graph-first-view.png"))


def test_the_focus_view_is_trace_cascade_all_bright_and_in_view(visit, sample_build, tmp_path):
    from kg_builder.network import citation_network
    from kg_builder.trace import trace

    path = tmp_path / "cascade.html"
    write_html(sample_build.outputs["graph.nq"], path, focus="重大行政决策程序暂行条例")
    v = visit(path)
    drawn = _drawn(v)
    tree = trace(citation_network(sample_build.outputs["graph.nq"]), "重大行政决策程序暂行条例")
    g = citation_network(sample_build.outputs["graph.nq"])
    expected = {g.nodes[t.node]["label"] for _, t in tree.walk()} | {
        g.nodes[t.document]["label"] for _, t in tree.walk() if t.document}
    assert {n["label"] for n in drawn} == expected
    assert not any(n["faded"] for n in drawn)
    lanes = v.evaluate("Math.max(...[...document.querySelectorAll('.band')].map(b => b.getBoundingClientRect().right))"
                       " - document.getElementById('graph').getBoundingClientRect().left")
    assert all(lanes < n["x"] < n["width"] and 0 < n["y"] < n["height"] for n in drawn)
    assert all(n["px"] >= 11 for n in drawn)
    (REPO / "test-artifacts").mkdir(exist_ok=True)
    v.page.screenshot(path=str(REPO / "test-artifacts" / "graph-focus.png"))
    assert v.errors == []
