"""The explorer's data and page, without a browser: what the graph says, the page shows, safely."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from rdflib import Graph

from kg_builder.cli import cli
from kg_builder.errors import InputError, KGBuilderError
from kg_builder.ontology import PREFIXES
from kg_builder.rdf import union_graph
from kg_builder.store import GraphStore
from kg_builder.visualize import FocusNotFound, explorer_data, layered_positions, render_html, write_html

DATA = Path(__file__).resolve().parent / "data"
INJECTION = DATA / "viz-injection.ttl"


@pytest.fixture(scope="module")
def graph(sample_build) -> Graph:
    return union_graph(sample_build.dataset)


@pytest.fixture(scope="module")
def view(graph) -> dict:
    return explorer_data(graph)


def _node(view: dict, label: str, kind: str | None = None) -> tuple[int, dict]:
    found = [(i, n) for i, n in enumerate(view["nodes"]) if n["label"] == label and kind in (None, n["type"])]
    assert found, f"no node labelled {label!r}"
    return found[0]


def _page_data(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="kgb-data">(.*?)</script>', page, re.S)
    assert match
    return json.loads(match.group(1))


def test_every_entity_of_the_graph_is_a_node(graph, view):
    query = """SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE {
        ?s a ?t . VALUES ?t { kgb:Document kgb:Jurisdiction kgb:Regulation kgb:Agency kgb:Initiative
                              kgb:Official kgb:Task } }"""
    (expected,) = next(iter(graph.query(query, initNs=PREFIXES)))
    assert len(view["nodes"]) == int(expected)
    assert len({n["id"] for n in view["nodes"]}) == len(view["nodes"])


@pytest.mark.parametrize(("label", "kind", "level", "province"), [
    ("东辽县", "jurisdiction", "county", "吉林省"),
    ("中站区", "jurisdiction", "county", "河南省"),
    ("吉林省", "jurisdiction", "provincial", "吉林省"),
    ("重大行政决策程序暂行条例", "regulation", "national", None),
])
def test_nodes_carry_type_level_and_province(view, label, kind, level, province):
    _, node = _node(view, label, kind)
    assert (node["type"], node["level"], node.get("province")) == (kind, level, province)


def test_documents_take_the_level_and_year_of_their_author(view):
    documents = [n for n in view["nodes"] if n["type"] == "document"]
    assert len(documents) == 5
    assert all(d["level"] in ("county", "prefecture", "provincial") and d["year"] for d in documents)


def test_a_citation_edge_carries_its_sentence_and_document(view):
    reg, _ = _node(view, "重大行政决策程序暂行条例", "regulation")
    cites = [e for e in view["edges"] if e["to"] == reg and e["p"] == "cites"]
    assert cites
    evidence = [ev for e in cites for ev in e.get("ev", [])]
    assert any("国务院公布了《重大行政决策程序暂行条例》" in sentence for _, sentence, _ in evidence)
    doc, sentence, extractor = evidence[0]
    assert view["nodes"][doc]["type"] == "document" and extractor


def test_aliases_are_searchable_data(view):
    _, plan = _node(view, "法治政府建设实施纲要(2015-2020年)")
    assert "纲要" in plan["aliases"]
    assert plan["type"] == "plan"


def test_the_leading_regulation_comes_first_and_is_ranked(view):
    first = min(view["nodes"], key=lambda n: n["r"])
    assert first["label"] == "法治政府建设实施纲要(2015-2020年)"
    assert first["rank"]["n"] == 1 and first["rank"]["score"] > 0


def test_an_initiative_has_the_origin_level_and_row_its_ranking_gives(view):
    # kgb rank --by initiative: 放管服, the State Council's, is first, taken up by 运城市 and two counties
    _, node = _node(view, "放管服", "initiative")
    assert (node["level"], node["issuer"]) == ("national", "国务院")
    assert node["rank"] == {"n": 1, "score": 8, "depth": 3, "breadth": 3, "by": "initiative"}
    # one no level below took up: not ranked, but at the highest level naming it (two counties)
    _, local = _node(view, "以案释法", "initiative")
    assert (local["level"], local["issuer"], "rank" in local) == ("county", "东辽县、中站区", False)


def test_kgb_builds_page_places_initiatives_as_kgb_viz_does(sample_build, view):
    # graph.html written by the build itself, not only the page kgb viz writes from its graph
    page = _page_data(sample_build.outputs["graph.html"].read_text("utf-8"))
    built = {n["label"]: (n["level"], n.get("issuer"), n.get("rank")) for n in page["nodes"] if n["type"] == "initiative"}
    viz = {n["label"]: (n["level"], n.get("issuer"), n.get("rank")) for n in view["nodes"] if n["type"] == "initiative"}
    assert built == viz
    assert built["放管服"][:2] == ("national", "国务院")
    assert built["以案释法"][:2] == ("county", "东辽县、中站区")
    # a name the ranking folds into its programme is a node of its own, starting where 放管服 does
    assert built["简政放权、放管结合、优化服务"][:2] == ("national", "国务院")


def test_layout_puts_national_above_provincial_above_county(view):
    y = {}
    for n in view["nodes"]:
        y.setdefault(n["level"], []).append(n["y"])
    assert max(y["national"]) < min(y["provincial"]) < max(y["provincial"]) < min(y["county"])


def test_top_draws_the_most_important_nodes_first(graph):
    data = explorer_data(graph, top=10)
    drawn = sorted(n["r"] for n in data["nodes"] if "x" in n)
    assert drawn == list(range(10))


def test_level_option_limits_the_first_view(graph):
    data = explorer_data(graph, levels=["national"])
    drawn = [n for n in data["nodes"] if "x" in n]
    assert drawn and {n["level"] for n in drawn} == {"national"}
    with pytest.raises(KGBuilderError, match="unknown level 'city'"):
        explorer_data(graph, levels=["city"])


@pytest.mark.parametrize(("name", "label"), [
    ("重大行政决策程序暂行条例", "重大行政决策程序暂行条例"),
    ("《重大行政决策程序暂行条例》", "重大行政决策程序暂行条例"),
    ("纲要", "法治政府建设实施纲要(2015-2020年)"),          # an alias
    ("东辽县", "东辽县"),
])
def test_focus_finds_a_regulation_or_jurisdiction(graph, name, label):
    data = explorer_data(graph, focus=name)
    assert data["nodes"][data["config"]["focus"]]["label"] == label


@pytest.mark.parametrize(("name", "message"), [
    ("没有这个文件", "no regulation, plan or jurisdiction"),
    ("法治", "matches"),                                        # many titles contain it
])
def test_focus_says_what_is_wrong(graph, name, message):
    with pytest.raises(FocusNotFound, match=message):
        explorer_data(graph, focus=name)


def test_the_page_needs_no_network(sample_build):
    page = sample_build.outputs["graph.html"].read_text("utf-8")
    markup = page.replace(page[page.index('<script type="application/json"'):page.index("</script>") + 9], "")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", markup, re.I)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", markup, re.I)
    assert "vis-network" in page and 'id="kgb-data"' in page


def test_titles_cannot_close_the_data_block_or_open_markup():
    page = render_html(INJECTION, title="<script>window.__pwned=5</script>")
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    assert page.count("</script") == 3  # the data block, vis-network and the page's script: nothing else closes
    assert "<title>&lt;script&gt;window.__pwned=5&lt;/script&gt;</title>" in page
    labels = {n["label"] for n in _page_data(page)["nodes"]}
    assert {"<script>window.__pwned=1</script>", '<img src=x onerror="window.__pwned=2">'} <= labels


def test_the_page_script_never_writes_html():
    from importlib.resources import files

    script = files("kg_builder.explorer").joinpath("explorer.js").read_text("utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", script, flags=re.S)  # comments may name what the code avoids
    for sink in (r"\.innerHTML\b", r"\.outerHTML\b", r"insertAdjacentHTML", r"document\.write", r"\beval\(",
                 r"new Function", r"\btitle\s*:"):  # a vis-network `title` is rendered as HTML
        assert not re.search(sink, code), sink


def test_pages_are_deterministic(graph):
    assert render_html(graph, title="t") == render_html(graph, title="t")


@pytest.fixture(scope="module")
def graph_files(sample_build, tmp_path_factory) -> dict[str, Path]:
    """The sample graph as N-Quads, Turtle and a store directory."""
    root = tmp_path_factory.mktemp("viz-inputs")
    store = GraphStore(root / "store")
    by_graph: dict = {}
    for s, p, o, g in sample_build.dataset.quads((None, None, None, None)):
        if g is not None:
            by_graph.setdefault(getattr(g, "identifier", g), []).append((s, p, o, g))
    for name, quads in by_graph.items():
        store.replace_document(name, quads)
    store.flush()
    del store  # release the store's lock so that the explorer can open it read-only
    return {"nq": sample_build.outputs["graph.nq"], "ttl": sample_build.outputs["graph.ttl"], "store": root / "store"}


@pytest.mark.parametrize("kind", ["nq", "ttl", "store"])
def test_files_and_stores_give_the_same_view(graph_files, view, kind):
    other = explorer_data(graph_files[kind])
    assert [n["id"] for n in other["nodes"]] == [n["id"] for n in view["nodes"]]
    assert {(e["from"], e["p"], e["to"]) for e in other["edges"]} == {(e["from"], e["p"], e["to"]) for e in view["edges"]}
    assert [n["r"] for n in other["nodes"]] == [n["r"] for n in view["nodes"]]


@pytest.mark.parametrize(("name", "content", "problem"), [
    ("missing.nq", None, "no such graph file"),
    ("graph.xyz", "x", "unknown graph format"),
    ("broken.ttl", "<a> <b> .", "cannot read"),
])
def test_unreadable_inputs_name_the_file(tmp_path, name, content, problem):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, "utf-8")
    with pytest.raises(InputError, match=problem) as caught:
        explorer_data(path)
    assert name in str(caught.value)


def test_layered_positions_wrap_big_bands_into_rows():
    nodes = [{"id": str(i), "label": str(i), "type": "regulation", "level": "county"} for i in range(400)]
    positions = layered_positions(nodes, [], range(400))
    xs = {x for x, _ in positions.values()}
    ys = {y for _, y in positions.values()}
    assert len(ys) > 1 and max(xs) - min(xs) < 400 * 170 / 4  # several rows, not one endless line
    assert len(set(positions.values())) == 400                 # no two nodes on the same spot


def test_viz_command_writes_the_page(runner, tmp_path, sample_build):
    out = tmp_path / "explorer.html"
    result = runner.invoke(cli, ["viz", str(sample_build.outputs["graph.nq"]), "-o", str(out), "--top", "20",
                                 "--title", "吉林"])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    data = _page_data(out.read_text("utf-8"))
    assert data["title"] == "吉林" and data["config"]["top"] == 20
    assert "nodes" in result.stderr


@pytest.mark.parametrize(("args", "code", "message"), [
    (["missing.nq"], 1, "no such graph file"),
    (["{nq}", "--focus", "没有这个文件"], 1, "no regulation, plan or jurisdiction"),
    (["{nq}", "--level", "city"], 2, "Invalid value for '--level'"),
    (["{nq}", "--top", "0"], 2, "Invalid value for '--top'"),
])
def test_viz_command_errors(runner, tmp_path, sample_build, args, code, message):
    args = [a.replace("{nq}", str(sample_build.outputs["graph.nq"])) for a in args]
    result = runner.invoke(cli, ["viz", *args, "-o", str(tmp_path / "x.html")])
    assert result.exit_code == code, result.output
    assert message in result.output


def test_write_html_reports_counts(tmp_path):
    counts = write_html(INJECTION, tmp_path / "page.html")
    assert counts == {"nodes": 6, "edges": 6, "shown": 6}


def test_an_untitled_document_is_named_by_place_year_and_type(view):
    labels = [n["label"] for n in view["nodes"] if n["type"] == "document"]
    assert "中站区 2019 年度报告 (000_5897df00731d88e1.txt)" in labels
    assert not any(label.startswith(("000_", "《000_")) for label in labels)


def test_the_cascade_view_holds_exactly_what_trace_shows(sample_build):
    from kg_builder.network import citation_network
    from kg_builder.trace import cascade_members, trace

    source = sample_build.outputs["graph.nq"]
    data = explorer_data(source, focus="重大行政决策程序暂行条例")
    focus = data["nodes"][data["config"]["focus"]]
    shown = {data["nodes"][i]["id"] for i in focus["cascade"]}
    g = citation_network(source)
    assert shown == cascade_members(g, focus["id"])
    tree = trace(g, "重大行政决策程序暂行条例")
    in_tree = {t.node for _, t in tree.walk()} | {t.document for _, t in tree.walk() if t.document}
    assert shown == in_tree
    labels = {data["nodes"][i]["label"] for i in focus["cascade"]}
    assert {"辽源市重大行政决策程序规定实施办法", "马村区关于2023年度法治政府建设工作情况的报告"} <= labels


def test_the_explorer_reads_its_source_without_an_rdflib_copy(sample_build, tmp_path):
    # The page and the ranking read one pyoxigraph store; no rdflib Graph is built on the way.
    import subprocess
    import sys

    script = (
        "import rdflib, sys\n"
        "made = []\n"
        "init = rdflib.Graph.__init__\n"
        "def counting(self, *a, **k):\n"
        "    made.append(type(self).__name__); init(self, *a, **k)\n"
        "rdflib.Graph.__init__ = counting\n"
        "from kg_builder.visualize import write_html\n"
        f"write_html({str(sample_build.outputs['graph.nq'])!r}, {str(tmp_path / 'page.html')!r})\n"
        "print(len(made))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.stdout.strip() == "0", done.stderr
