"""``kgb trace``: the propagation tree as text, as an offline page in Chromium, as a picture."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from kg_builder.cli import cli
from kg_builder.network import citation_network
from kg_builder.rdf import union_graph
from kg_builder.trace import render_text, trace

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_propagation import country  # noqa: E402  (the hand-built graph with known answers)

CHROMIUM = "/usr/bin/chromium"
REPO = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="module")
def sample(sample_build):
    return citation_network(union_graph(sample_build.dataset))


def _paths(node, prefix=()):
    """Every root-to-leaf path of labels."""
    here = prefix + (node.label,)
    if not node.children:
        yield here, node
    for child in node.children:
        yield from _paths(child, here)


def test_trace_follows_jilin_and_liaoyuan_down_to_dongliao(sample):
    tree = trace(sample, "重大行政决策程序暂行条例")
    assert tree.level == "national" and "国务院" in tree.place
    wanted = ("重大行政决策程序暂行条例", "吉林省重大行政决策程序规定", "辽源市重大行政决策程序规定实施办法", "东辽县")
    leaves = {path: leaf for path, leaf in _paths(tree)}
    assert wanted in leaves
    leaf = leaves[wanted]
    assert leaf.relation == "cites" and leaf.year == 2019
    assert "待《辽源市重大行政决策程序规定实施办法》出台后,我县将抓好贯彻实施。" == leaf.sentence
    assert leaf.document_label.startswith("东辽县人民政府关于2019年度")


def test_trace_text_shows_the_chain_level_by_level_with_sentences(runner, sample_build):
    result = runner.invoke(cli, ["trace", "重大行政决策程序暂行条例", str(sample_build.outputs["graph.nq"])])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    jilin = next(i for i, l in enumerate(lines) if "《吉林省重大行政决策程序规定》 — 吉林省 · provincial" in l)
    liaoyuan = next(i for i, l in enumerate(lines) if "《辽源市重大行政决策程序规定实施办法》 — 辽源市 · prefecture" in l)
    dongliao = next(i for i, l in enumerate(lines) if i > liaoyuan and l.lstrip("│ ├└─").startswith("东辽县"))
    indent = [len(lines[i]) - len(lines[i].lstrip("│ ├└─")) for i in (jilin, liaoyuan, dongliao)]
    assert jilin < liaoyuan < dongliao and indent == sorted(indent) and len(set(indent)) == 3
    assert "待《辽源市重大行政决策程序规定实施办法》出台后" in lines[dongliao + 1]
    assert lines[0].startswith("《重大行政决策程序暂行条例》 — 国务院 · national")
    assert any(l.startswith("levels reached: provincial") for l in lines)


def test_trace_marks_inferred_steps_and_out_of_territory_adopters():
    tree = trace(country(), "甲省营商条例")
    text = render_text(tree)
    assert "北县 — county · 2019  → cites" in text and "[out of territory]" in text
    education = render_text(trace(country(), "法治宣传教育条例"))
    assert "《甲省法治宣传教育条例》 — 甲省 · provincial  ⇢ implements" in education
    assert "⇢" not in render_text(trace(country(), "法治宣传教育条例", inferred=False)).split("\n")[1]


def test_trace_reaches_the_township():
    tree = trace(country(), "示范条例")
    paths = {path for path, _ in _paths(tree)}
    assert ("示范条例", "甲省示范条例实施办法", "一市示范条例实施细则", "和平镇") in paths


def test_trace_of_an_initiative():
    tree = trace(country(), "一市通办")
    assert (tree.kind, tree.level, tree.place) == ("initiative", "prefecture", "一市")
    assert [(c.label, c.level) for c in tree.children] == [("东县", "county"), ("北县", "county"), ("和平镇", "township")]
    assert tree.children[0].sentence == "深化“一市通办”改革。"


def test_unknown_title_is_a_one_line_error(runner, sample_build):
    result = runner.invoke(cli, ["trace", "法治政府建设", str(sample_build.outputs["graph.nq"])])
    assert result.exit_code == 1
    assert "did you mean" in result.output


def test_trace_png_is_a_picture(runner, sample_build, tmp_path):
    png = tmp_path / "trace.png"
    result = runner.invoke(cli, ["trace", "法治政府建设实施纲要(2015-2020年)", str(sample_build.outputs["graph.nq"]),
                                 "--png", str(png)])
    assert result.exit_code == 0, result.output
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    import matplotlib.image

    height, width, _ = matplotlib.image.imread(png).shape
    assert width > 800 and height > 600


def _trace_page(runner, sample_build, page_file: Path) -> Path:
    """The trace of 重大行政决策程序暂行条例 written as an HTML page by `kgb trace --html`."""
    result = runner.invoke(cli, ["trace", "重大行政决策程序暂行条例", str(sample_build.outputs["graph.nq"]),
                                 "--html", str(page_file)])
    assert result.exit_code == 0, result.output
    return page_file


def test_trace_html_works_offline_in_chromium(runner, sample_build, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    page_file = _trace_page(runner, sample_build, tmp_path / "trace.html")
    requests: list[str] = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page()
        errors: list[str] = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.on("request", lambda request: requests.append(request.url))
        page.goto(page_file.as_uri())
        page.wait_for_function("window.kgbTrace !== undefined")
        labels = page.evaluate("window.kgbTrace.body.data.nodes.get().map(n => n.label)")
        dashed = page.evaluate("window.kgbTrace.body.data.edges.get().filter(e => e.dashes).length")
        # Click the 东辽县 node: the side panel quotes the sentence behind its edges.
        page.evaluate("""() => {
            const n = window.kgbTrace.body.data.nodes.get().find(n => n.label === '东辽县');
            window.kgbTrace.selectNodes([n.id]);
            window.kgbTrace.emit('click', {nodes: [n.id], edges: []});
        }""")
        details = page.inner_text("#details")
        heading = page.inner_text("#heading")
        browser.close()
    assert not errors
    assert all(url.startswith("file:") for url in requests), requests
    assert heading == "《重大行政决策程序暂行条例》"
    assert {"《吉林省重大行政决策程序规定》\n吉林省", "东辽县"} <= set(labels)
    assert dashed >= 1  # inferred links are drawn dashed
    assert "待《辽源市重大行政决策程序规定实施办法》出台后" in details


def _overlap(a, b) -> bool:
    (ax, ay, aw, ah), (bx, by, bw, bh) = a, b
    return abs(ax - bx) * 2 < aw + bw and abs(ay - by) * 2 < ah + bh


def _crosses(p, q, box, inset=2.0) -> bool:
    """Whether the segment p-q passes through the box (sampled finely)."""
    x, y, w, h = box
    for k in range(101):
        px, py = p[0] + (q[0] - p[0]) * k / 100, p[1] + (q[1] - p[1]) * k / 100
        if abs(px - x) < w / 2 - inset and abs(py - y) < h / 2 - inset:
            return True
    return False


@pytest.mark.parametrize("title", ["重大行政决策程序暂行条例", "法治政府建设实施纲要(2015-2020年)"])
def test_trace_layout_has_no_overlapping_boxes_and_no_edge_through_a_box(sample, title):
    from kg_builder.trace import trace_layout, trace_view

    view = trace_view(trace(sample, title))
    layout = trace_layout(view)
    boxes = layout["nodes"]
    ids = sorted(boxes)
    assert not [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:] if _overlap(boxes[a], boxes[b])]
    for e, route in zip(view["edges"], layout["routes"]):
        for p, q in zip(route, route[1:]):
            through = [n for n in ids if n not in (e["from"], e["to"]) and _crosses(p, q, boxes[n])]
            assert not through, (e["from"], e["to"], through)


def test_trace_names_how_each_link_was_read_and_untitled_documents(runner, sample_build):
    result = runner.invoke(cli, ["trace", "重大行政决策程序暂行条例", str(sample_build.outputs["graph.nq"])])
    lines = result.stdout.splitlines()
    liaoyuan = next(i for i, l in enumerate(lines) if "《辽源市重大行政决策程序规定实施办法》 — 辽源市" in l)
    assert "→ implements [from the title's shape, not a sentence, by implements]" in lines[liaoyuan]
    assert lines[liaoyuan + 1].lstrip("│ ") == "title appears in: “待《辽源市重大行政决策程序规定实施办法》出台后,我县将抓好贯彻实施。”"
    assert any("→ cites, in 中站区 2019 年度报告 (000_5897df00731d88e1.txt) [from a sentence, by citations]" in l
               for l in lines)
    assert "《000_" not in result.stdout


def test_trace_html_boxes_do_not_overlap_and_say_how_links_were_read(runner, sample_build, tmp_path):
    playwright = pytest.importorskip("playwright.sync_api")
    page_file = _trace_page(runner, sample_build, tmp_path / "trace.html")
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.goto(page_file.as_uri())
        page.wait_for_function("window.kgbTrace !== undefined")
        page.wait_for_timeout(200)
        boxes = page.evaluate("""() => {
            const net = window.kgbTrace, g = document.getElementById("graph");
            return net.body.data.nodes.get().filter(n => n.label).map(n => {
                const b = net.getBoundingBox(n.id), tl = net.canvasToDOM({x: b.left, y: b.top}),
                      br = net.canvasToDOM({x: b.right, y: b.bottom});
                return {label: n.label, left: tl.x, top: tl.y, right: br.x, bottom: br.y,
                        width: g.clientWidth, height: g.clientHeight};
            });
        }""")
        page.evaluate("""() => {
            const n = window.kgbTrace.body.data.nodes.get().find(n => n.label.startsWith('《辽源市'));
            window.kgbTrace.emit('click', {nodes: [n.id], edges: []});
        }""")
        details = page.inner_text("#details")
        (REPO / "test-artifacts").mkdir(exist_ok=True)
        page.screenshot(path=str(REPO / "test-artifacts" / "trace.png"))
        browser.close()
    for i, a in enumerate(boxes):
        assert 0 <= a["left"] and a["right"] <= a["width"] and 0 <= a["top"] and a["bottom"] <= a["height"], a["label"]
        for b in boxes[i + 1:]:
            apart = a["right"] <= b["left"] or b["right"] <= a["left"] or a["bottom"] <= b["top"] or b["bottom"] <= a["top"]
            assert apart, (a["label"], b["label"])
    assert "how it was read: from the title's shape, not a sentence, by implements" in details
    assert "title appears in: 待《辽源市重大行政决策程序规定实施办法》出台后" in details


def test_trace_png_of_the_plan_is_drawn(runner, sample_build):
    png = REPO / "test-artifacts" / "trace-plan.png"
    png.parent.mkdir(exist_ok=True)
    result = runner.invoke(cli, ["trace", "法治政府建设实施纲要(2015-2020年)", str(sample_build.outputs["graph.nq"]),
                                 "--png", str(png)])
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
