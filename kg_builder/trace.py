"""One regulation's propagation tree: who took it up, level by level, and the sentence for each step.

The tree's root is the regulation (or initiative). A node's children are the
regulations that implement it (stated, or inferred from titles, marked ``⇢``)
and the jurisdictions whose documents cite it (or are it), each edge with the
document and the sentence that states it. Only steps down from the root's
level are shown. The tree renders as text (:func:`render_text`), as a
self-contained offline HTML page (:func:`render_html`) and as a level-by-level
picture (:func:`render_png`).
"""

from __future__ import annotations

import html
import json
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from .model import LEVEL_RANK, LEVELS
from .network import find_node, sentences
from .propagation import inference_note, network_of, rank, rank_initiatives

__all__ = ["TraceNode", "trace", "render_text", "trace_view", "render_html", "render_png"]

#: Level colours, the same as the whole-graph view's.
LEVEL_COLORS = {
    "national": "#c0392b", "provincial": "#e67e22", "prefecture": "#f1c40f",
    "county": "#27ae60", "township": "#2980b9", None: "#95a5a6",
}


@dataclass(frozen=True)
class TraceNode:
    """One step of a propagation tree and the evidence for the edge that reaches it."""

    node: str  # the regulation's IRI, or the adopting jurisdiction's IRI
    kind: str  # "regulation", "initiative" or "adopter"
    label: str
    level: str | None
    place: str | None  # the issuing or adopting jurisdiction's name
    year: int | None
    relation: str  # "root", "implements", "cites", "is", "mentions"
    inferred: bool = False
    document: str | None = None
    document_label: str | None = None
    sentence: str | None = None
    in_territory: bool | None = None
    children: tuple["TraceNode", ...] = ()

    def walk(self, depth: int = 0) -> Iterator[tuple[int, "TraceNode"]]:
        """Every node of the tree with its depth, parents before children."""
        yield depth, self
        for child in self.children:
            yield from child.walk(depth + 1)


def _level_rank(level: str | None) -> int:
    return LEVEL_RANK[level] if level in LEVEL_RANK else len(LEVELS)


def trace(source: Any, title: str, inferred: bool = True, max_nodes: int = 2000) -> TraceNode:
    """The propagation tree of the regulation or initiative with this title (or alias).

    Raises:
        UnknownTitle: no regulation or initiative has this title or alias.
    """
    g = network_of(source, inferred)
    root = find_node(g, title)
    data = g.nodes[root]
    if data["kind"] == "initiative":
        row = next((r for r in rank_initiatives(g) if r.subject == root), None)
        level = row.origin_level if row else None
        children = _initiative_children(g, root, row)
        return TraceNode(root, "initiative", data["label"], level, row.issuer if row else None,
                         row.issued_year if row else None, "root", children=children)
    origin = _level_rank(data.get("level")) if data.get("level") else -1
    budget = [max_nodes]
    territory = _TerritoryOf(g, root)
    children = _children(g, root, origin, (root,), territory, budget)
    place = g.nodes[data["jurisdiction"]]["label"] if data.get("jurisdiction") else None
    return TraceNode(root, "regulation", data["label"], data.get("level"), data.get("issuer") or place,
                     data.get("issued_year"), "root", children=children)


class _TerritoryOf:
    """Whether a jurisdiction lies within the root regulation's territory."""

    def __init__(self, g: nx.DiGraph, root: str):
        from .network import ancestors

        self.g, self.ancestors = g, ancestors
        data = g.nodes[root]
        self.national = data.get("level") == "national"
        self.place = data.get("jurisdiction")

    def __call__(self, jurisdiction: str | None) -> bool | None:
        if self.national:
            return True
        if self.place is None or jurisdiction is None:
            return None
        return self.place in self.ancestors(self.g, jurisdiction)


def _children(g: nx.DiGraph, node: str, origin: int, path: tuple[str, ...], territory, budget) -> tuple[TraceNode, ...]:
    found: list[TraceNode] = []
    for upstream, _, edge in g.in_edges(node, data=True):
        if budget[0] <= 0:
            break
        kind = g.nodes[upstream]["kind"]
        if edge["rel"] == "implements" and kind == "regulation" and upstream not in path:
            data = g.nodes[upstream]
            if data.get("level") and _level_rank(data["level"]) <= origin:
                continue  # not a step down from the root
            if edge.get("inferred"):
                said = inference_note(g, upstream, node)
            else:
                stated = sentences(g, upstream, "implements", node)
                said = stated[0] if stated else None
            place = data.get("jurisdiction")
            budget[0] -= 1
            found.append(TraceNode(
                upstream, "regulation", data["label"], data.get("level"),
                g.nodes[place]["label"] if place else data.get("issuer"), data.get("issued_year"), "implements",
                bool(edge.get("inferred")), sentence=said, in_territory=territory(place),
                children=_children(g, upstream, origin, path + (upstream,), territory, budget)))
        elif edge["rel"] in ("cites", "realizes") and kind == "document":
            doc = g.nodes[upstream]
            j = doc.get("jurisdiction")
            level = g.nodes[j].get("level") if j else None
            if level is None or _level_rank(level) <= origin:
                continue
            stated = sentences(g, upstream, "cites", node) if edge["rel"] == "cites" else []
            budget[0] -= 1
            found.append(TraceNode(
                j, "adopter", g.nodes[j]["label"], level, g.nodes[j]["label"], doc.get("year"),
                "cites" if edge["rel"] == "cites" else "is", document=upstream, document_label=doc["label"],
                sentence=stated[0] if stated else None, in_territory=territory(j)))
    found.sort(key=lambda t: (_level_rank(t.level), t.kind != "regulation", t.label, t.year or 0,
                              t.document or "", t.node))
    return tuple(found)


def _initiative_children(g: nx.DiGraph, root: str, row) -> tuple[TraceNode, ...]:
    if row is None:
        return ()
    found = []
    for a in row.adoptions:
        stated = sentences(g, a.adopter, "mentionsInitiative", root)
        found.append(TraceNode(
            a.jurisdiction, "adopter", g.nodes[a.jurisdiction]["label"], a.level, g.nodes[a.jurisdiction]["label"],
            a.year, "mentions", document=a.adopter, document_label=g.nodes[a.adopter]["label"],
            sentence=stated[0] if stated else None, in_territory=a.in_territory))
    found.sort(key=lambda t: (_level_rank(t.level), t.label, t.year or 0, t.document or ""))
    return tuple(found)


# -- text --------------------------------------------------------------------------------------

def _title(t: TraceNode) -> str:
    if t.kind == "regulation":
        return f"《{t.label}》"
    if t.kind == "initiative":
        return f"“{t.label}”"
    return t.label


def _head(t: TraceNode) -> str:
    facts = [x for x in (t.place if t.kind != "adopter" else None, t.level,
                         (f"issued {t.year}" if t.relation == "root" else str(t.year)) if t.year else None) if x]
    text = f"{_title(t)} — {' · '.join(facts)}" if facts else _title(t)
    if t.relation == "root":
        return text
    arrow = "⇢" if t.inferred else "→"
    what = {"implements": "implements", "cites": "cites", "is": "is its own title", "mentions": "mentions"}[t.relation]
    where = "" if t.in_territory is not False else "  [out of territory]"
    if t.document_label:
        what += f", in 《{t.document_label}》" if not t.document_label.startswith("《") else f", in {t.document_label}"
    return f"{text}  {arrow} {what}{where}"


def render_text(tree: TraceNode, summary: bool = True) -> str:
    """The tree as indented text: one line per step, the sentence below it."""
    lines = [_head(tree)]

    def draw(node: TraceNode, prefix: str) -> None:
        for i, child in enumerate(node.children):
            last = i == len(node.children) - 1
            lines.append(prefix + ("└── " if last else "├── ") + _head(child))
            inner = prefix + ("    " if last else "│   ")
            if child.sentence:
                quote = child.sentence if child.sentence.startswith("inferred") else f"“{child.sentence}”"
                lines.append(inner + "    " + quote)
            draw(child, inner)

    draw(tree, "")
    if summary:
        reached: dict[str, set[str]] = {}
        for _, t in tree.walk():
            if t.relation != "root" and t.level and t.place:
                reached.setdefault(t.level, set()).add(t.place)
        if reached:
            parts = [f"{level} {len(reached[level])} ({'、'.join(sorted(reached[level]))})"
                     for level in LEVELS if level in reached]
            lines.append("levels reached: " + " · ".join(parts))
        else:
            lines.append("levels reached: none below its origin in this graph")
        lines.append("→ stated in a document · ⇢ inferred from titles")
    return "\n".join(lines) + "\n"


# -- the graph view shared by HTML and PNG -------------------------------------------------------

def trace_view(tree: TraceNode) -> dict[str, Any]:
    """Nodes (one per regulation or jurisdiction) and edges (each with its evidence) of a tree."""
    nodes: dict[str, dict[str, Any]] = {}
    edges: dict[tuple[str, str, str], dict[str, Any]] = {}

    def visit(t: TraceNode, parent: TraceNode | None) -> None:
        if t.node not in nodes:
            nodes[t.node] = {"id": t.node, "label": _title(t), "kind": t.kind, "level": t.level,
                             "place": t.place or "", "year": t.year, "root": parent is None,
                             "color": LEVEL_COLORS.get(t.level, LEVEL_COLORS[None])}
        if parent is not None:
            key = (parent.node, t.node, t.relation)
            edge = edges.setdefault(key, {"from": parent.node, "to": t.node, "relation": t.relation,
                                          "inferred": t.inferred, "out_of_territory": t.in_territory is False,
                                          "evidence": []})
            item = {"document": t.document_label or "", "year": t.year, "sentence": t.sentence or ""}
            if item not in edge["evidence"]:
                edge["evidence"].append(item)
        for child in t.children:
            visit(child, t)

    visit(tree, None)
    return {"title": _title(tree), "nodes": list(nodes.values()), "edges": list(edges.values())}


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; display: flex; height: 100vh; }}
#side {{ width: 360px; padding: 10px; overflow: auto; border-right: 1px solid #ddd; font-size: 13px; }}
#graph {{ flex: 1; }}
h2 {{ font-size: 16px; margin: 4px 0 8px; }}
.swatch {{ display: inline-block; width: 10px; height: 10px; margin: 0 3px 0 8px; }}
.sentence {{ color: #444; margin: 2px 0 8px 8px; }}
</style>
</head>
<body>
<div id="side">
<h2 id="heading"></h2>
<div id="legend"></div>
<p>→ stated in a document · ⇢ (dashed) inferred from titles · red edges: out of territory</p>
<div id="details"><p>Click a node or an edge to see the documents and sentences behind it.</p></div>
</div>
<div id="graph"></div>
<script type="application/json" id="trace-data">{data}</script>
<script>{vis}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("trace-data").textContent);
  var rank = {{national: 0, provincial: 1, prefecture: 2, county: 3, township: 4}};
  function el(tag, text) {{ var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }}
  document.getElementById("heading").textContent = data.title;
  var legend = document.getElementById("legend");
  Object.keys(rank).forEach(function (level) {{
    var sw = el("span"); sw.className = "swatch"; sw.style.background = {colors}[level];
    legend.appendChild(sw); legend.appendChild(document.createTextNode(level));
  }});
  var nodes = new vis.DataSet(data.nodes.map(function (n) {{
    return {{id: n.id, label: n.label + (n.place && n.kind !== "adopter" ? "\\n" + n.place : ""),
             shape: n.kind === "adopter" ? "ellipse" : "box", color: n.color,
             level: n.level in rank ? rank[n.level] : 5, borderWidth: n.root ? 3 : 1}};
  }}));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {{
    return {{id: i, from: e.from, to: e.to, arrows: "to", dashes: e.inferred, label: e.inferred ? "⇢ " + e.relation : e.relation,
             color: {{color: e.out_of_territory ? "#c0392b" : "#555"}}, font: {{size: 10}}}};
  }}));
  var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}}, {{
    layout: {{hierarchical: {{direction: "UD", sortMethod: "directed", levelSeparation: 130, nodeSpacing: 170}}}},
    physics: false, interaction: {{hover: true}}
  }});
  window.kgbTrace = network;
  var byId = {{}}; data.nodes.forEach(function (n) {{ byId[n.id] = n; }});
  function describe(e, box) {{
    var head = el("b", byId[e.from].label + (e.inferred ? " ⇢ " : " → ") + byId[e.to].label + " (" + e.relation + ")");
    box.appendChild(head);
    e.evidence.forEach(function (item) {{
      if (item.document) box.appendChild(el("div", "document: " + item.document + (item.year ? " (" + item.year + ")" : "")));
      if (item.sentence) {{ var q = el("div", item.sentence); q.className = "sentence"; box.appendChild(q); }}
    }});
  }}
  function showNode(id) {{
    var box = document.getElementById("details"); box.textContent = "";
    var n = byId[id]; box.appendChild(el("h3", n.label));
    box.appendChild(el("div", [n.kind, n.level, n.place, n.year].filter(Boolean).join(" · ")));
    data.edges.forEach(function (e) {{ if (e.to === id || e.from === id) {{ var d = el("div"); describe(e, d); box.appendChild(d); }} }});
  }}
  network.on("click", function (p) {{
    if (p.nodes.length) {{ showNode(p.nodes[0]); }}
    else if (p.edges.length) {{ var box = document.getElementById("details"); box.textContent = ""; describe(data.edges[p.edges[0]], box); }}
  }});
}})();
</script>
</body>
</html>
"""


def _json_for_html(value: Any) -> str:
    """JSON that cannot end a <script> element or open markup inside one."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")


def render_html(tree: TraceNode) -> str:
    """A self-contained page (vis-network inlined, no network access) drawing the tree level by level."""
    from .visualize import vis_network_js

    colors = {level: color for level, color in LEVEL_COLORS.items() if level}
    return _PAGE.format(title=html.escape(f"kgb trace: {_title(tree)}"), data=_json_for_html(trace_view(tree)),
                        vis=vis_network_js().replace("</script", "<\\/script"), colors=json.dumps(colors))


# -- picture -----------------------------------------------------------------------------------

def _cjk_font() -> str | None:
    """The name of an installed font with Chinese glyphs, or None."""
    from matplotlib import font_manager

    preferred = ("Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Serif CJK SC", "Source Han Sans SC",
                 "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "SimHei", "Microsoft YaHei", "PingFang SC")
    available = {font.name for font in font_manager.fontManager.ttflist}
    for name in preferred:
        if name in available:
            return name
    for path in sorted(font_manager.findSystemFonts()):
        if "CJK" in path or "cjk" in path:
            try:
                font_manager.fontManager.addfont(path)
                return font_manager.FontProperties(fname=path).get_name()
            except (OSError, RuntimeError):
                continue
    return None


def render_png(tree: TraceNode, path: Path | str, dpi: int = 150) -> Path:
    """Draw the tree level by level (national at the top) into a PNG file."""
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch

    view = trace_view(tree)
    rows: dict[int, list[dict[str, Any]]] = {}
    for n in view["nodes"]:
        rows.setdefault(_level_rank(n["level"]), []).append(n)
    width = max(len(r) for r in rows.values())
    parents: dict[str, list[str]] = {}
    for e in view["edges"]:
        parents.setdefault(e["to"], []).append(e["from"])
    position: dict[str, tuple[float, float]] = {}
    for level in sorted(rows):
        members = rows[level]
        # Each node goes under the mean place of its parents (barycentre), so edges cross less.
        def under(n: dict[str, Any]) -> float:
            xs = [position[p][0] for p in parents.get(n["id"], ()) if p in position]
            return sum(xs) / len(xs) if xs else float(width)

        members.sort(key=lambda n: (under(n), n["label"]))
        for i, n in enumerate(members):
            position[n["id"]] = ((i + 1) * (width + 1) / (len(members) + 1), -level)
    font = _cjk_font()
    path = Path(path)
    with warnings.catch_warnings(), plt.rc_context({"font.family": [font] if font else ["DejaVu Sans"]}):
        # Without a Chinese font matplotlib warns for every glyph; the picture still shows its shape.
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        fig, ax = plt.subplots(figsize=(max(8, 2.6 * width), 1.8 * len(rows) + 1.5))
        for e in view["edges"]:
            (x0, y0), (x1, y1) = position[e["from"]], position[e["to"]]
            ax.add_patch(FancyArrowPatch((x0, y0 - 0.12), (x1, y1 + 0.12), arrowstyle="-|>", mutation_scale=12,
                                         linestyle="--" if e["inferred"] else "-",
                                         color="#c0392b" if e["out_of_territory"] else "#555", lw=1))
        for n in view["nodes"]:
            x, y = position[n["id"]]
            text = "\n".join(textwrap.wrap(n["label"], 12)[:4])
            if n["kind"] != "adopter" and n["place"]:
                text += "\n" + n["place"][:16]
            ax.text(x, y, text, ha="center", va="center", fontsize=8,
                    bbox={"boxstyle": "round,pad=0.3" if n["kind"] == "adopter" else "square,pad=0.3",
                          "fc": n["color"], "alpha": 0.35, "ec": "#333", "lw": 2 if n["root"] else 0.6})
        ax.set_yticks([-level for level in sorted(rows)])
        ax.set_yticklabels([LEVELS[level] if level < len(LEVELS) else "unknown" for level in sorted(rows)])
        ax.set_xticks([])
        ax.set_xlim(0, width + 1)
        ax.set_ylim(-max(rows) - 0.6, -min(rows) + 0.6)
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        ax.set_title(f"{view['title']}   (— stated, -- inferred from titles)", fontsize=10)
        fig.tight_layout()
        fig.savefig(path, dpi=dpi)
        plt.close(fig)
    return path
