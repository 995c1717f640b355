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
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import networkx as nx

from .model import LEVEL_RANK, LEVELS
from .network import document_reference, evidence, find_node, mention_evidence
from .propagation import inference_note, network_of, rank_initiatives

__all__ = ["TraceNode", "trace", "cascade_members", "render_text", "trace_view", "trace_layout", "render_html",
           "render_png"]

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
    #: How the link was read: "sentence" (a sentence states it), "title" (read from a
    #: title's shape; the sentence is only where the title appears), "inferred"
    #: (kgb's own title-stem inference) or None (no record).
    basis: str | None = None
    extractor: str | None = None
    #: The document as text names it: 《its title》, or "中站区 2019 年度报告 (file)" when untitled.
    document_ref: str | None = None
    #: The name the document used for an initiative, when it is another of the programme's names.
    named: str | None = None

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
    origin = _origin(g, root)
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


def _steps(g: nx.DiGraph, node: str, origin: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """The steps down from ``node`` in a cascade whose root sits at level rank ``origin``.

    A step is a regulation implementing ``node`` (unless its known level is not
    below the origin) or a document citing (or being) ``node`` whose author lies
    below the origin. The trace tree and :func:`cascade_members` (the explorer's
    cascade view) both walk the network with this one rule.
    """
    for upstream, _, edge in g.in_edges(node, data=True):
        data = g.nodes[upstream]
        if edge["rel"] == "implements" and data["kind"] == "regulation":
            if data.get("level") and _level_rank(data["level"]) <= origin:
                continue  # not a step down from the root
            yield upstream, edge
        elif edge["rel"] in ("cites", "realizes") and data["kind"] == "document":
            j = data.get("jurisdiction")
            level = g.nodes[j].get("level") if j else None
            if level is None or _level_rank(level) <= origin:
                continue
            yield upstream, edge


def _origin(g: nx.DiGraph, root: str) -> int:
    level = g.nodes[root].get("level")
    return _level_rank(level) if level else -1


def cascade_members(g: nx.DiGraph, root: str) -> set[str]:
    """Every node :func:`trace` shows for ``root``: regulations, adopting jurisdictions, their documents.

    For an initiative: the documents that mention it from below its origin and their jurisdictions.
    """
    data = g.nodes[root]
    members = {root}
    if data["kind"] == "initiative":
        row = next((r for r in rank_initiatives(g) if r.subject == root), None)
        for a in row.adoptions if row else ():
            members |= {a.adopter, a.jurisdiction}
        return members
    origin = _origin(g, root)
    frontier = [root]
    while frontier:
        node = frontier.pop()
        for upstream, _ in _steps(g, node, origin):
            if g.nodes[upstream]["kind"] == "document":
                members.add(upstream)
                members.add(g.nodes[upstream]["jurisdiction"])
            elif upstream not in members:
                members.add(upstream)
                frontier.append(upstream)
    return members


def _children(g: nx.DiGraph, node: str, origin: int, path: tuple[str, ...], territory, budget) -> tuple[TraceNode, ...]:
    found: list[TraceNode] = []
    for upstream, edge in _steps(g, node, origin):
        if budget[0] <= 0:
            break
        if g.nodes[upstream]["kind"] == "regulation":
            if upstream in path:
                continue
            data = g.nodes[upstream]
            if edge.get("inferred"):
                said, basis, extractor = inference_note(g, upstream, node), "inferred", None
            else:
                stated = evidence(g, upstream, "implements", node)
                said, basis, extractor = ((stated[0].sentence, stated[0].basis, stated[0].extractor)
                                          if stated else (None, None, None))
            place = data.get("jurisdiction")
            budget[0] -= 1
            found.append(TraceNode(
                upstream, "regulation", data["label"], data.get("level"),
                g.nodes[place]["label"] if place else data.get("issuer"), data.get("issued_year"), "implements",
                bool(edge.get("inferred")), sentence=said, in_territory=territory(place),
                children=_children(g, upstream, origin, path + (upstream,), territory, budget),
                basis=basis, extractor=extractor))
        else:
            doc = g.nodes[upstream]
            j = doc["jurisdiction"]
            stated = evidence(g, upstream, "cites", node) if edge["rel"] == "cites" else []
            budget[0] -= 1
            found.append(TraceNode(
                j, "adopter", g.nodes[j]["label"], g.nodes[j]["level"], g.nodes[j]["label"], doc.get("year"),
                "cites" if edge["rel"] == "cites" else "is", document=upstream, document_label=doc["label"],
                sentence=stated[0].sentence if stated else None, in_territory=territory(j),
                basis=stated[0].basis if stated else ("title" if edge["rel"] == "realizes" else None),
                extractor=stated[0].extractor if stated else None, document_ref=document_reference(g, upstream)))
    found.sort(key=lambda t: (_level_rank(t.level), t.kind != "regulation", t.label, t.year or 0,
                              t.document or "", t.node))
    return tuple(found)


def _initiative_children(g: nx.DiGraph, root: str, row) -> tuple[TraceNode, ...]:
    if row is None:
        return ()
    found = []
    for a in row.adoptions:
        stated = mention_evidence(g, a.adopter, root)
        name, said = stated[0] if stated else (None, None)
        found.append(TraceNode(
            a.jurisdiction, "adopter", g.nodes[a.jurisdiction]["label"], a.level, g.nodes[a.jurisdiction]["label"],
            a.year, "mentions", document=a.adopter, document_label=g.nodes[a.adopter]["label"],
            sentence=said.sentence if said else None, in_territory=a.in_territory,
            basis=said.basis if said else None, extractor=said.extractor if said else None,
            document_ref=document_reference(g, a.adopter),
            named=name if name and name != g.nodes[root]["label"] else None))
    found.sort(key=lambda t: (_level_rank(t.level), t.label, t.year or 0, t.document or ""))
    return tuple(found)


# -- text --------------------------------------------------------------------------------------

def _title(t: TraceNode) -> str:
    if t.kind == "regulation":
        return f"《{t.label}》"
    if t.kind == "initiative":
        return f"“{t.label}”"
    return t.label


def _basis_tag(t: TraceNode) -> str:
    """How a step's link was read, in brackets: "[from the title, by implements]"."""
    if t.relation == "is":
        return "[the document's own title]"
    if t.basis == "inferred":
        return "[inferred by kgb from titles]"
    by = f", by {t.extractor}" if t.extractor else ""
    if t.basis == "title":
        return f"[from the title's shape, not a sentence{by}]"
    if t.basis == "sentence":
        return f"[from a sentence{by}]"
    return "[no sentence recorded]"


def _head(t: TraceNode) -> str:
    facts = [x for x in (t.place if t.kind != "adopter" else None, t.level,
                         (f"issued {t.year}" if t.relation == "root" else str(t.year)) if t.year else None) if x]
    text = f"{_title(t)} — {' · '.join(facts)}" if facts else _title(t)
    if t.relation == "root":
        return text
    arrow = "⇢" if t.inferred else "→"
    what = {"implements": "implements", "cites": "cites", "is": "is its own title", "mentions": "mentions"}[t.relation]
    if t.named:
        what += f" (as “{t.named}”)"
    where = "" if t.in_territory is not False else "  [out of territory]"
    if t.document:
        what += f", in {t.document_ref or t.document_label}"
    return f"{text}  {arrow} {what} {_basis_tag(t)}{where}"


def _sentence_line(t: TraceNode) -> str | None:
    """The sentence under a step: quoted, or said to be only where a title appears."""
    if not t.sentence:
        return None
    if t.basis == "inferred":
        return t.sentence
    if t.basis == "title":
        return f"title appears in: “{t.sentence}”"
    return f"“{t.sentence}”"


def render_text(tree: TraceNode, summary: bool = True) -> str:
    """The tree as indented text: one line per step, how it was read, the sentence below it."""
    lines = [_head(tree)]

    def draw(node: TraceNode, prefix: str) -> None:
        for i, child in enumerate(node.children):
            last = i == len(node.children) - 1
            lines.append(prefix + ("└── " if last else "├── ") + _head(child))
            inner = prefix + ("    " if last else "│   ")
            quote = _sentence_line(child)
            if quote:
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
        lines.append("→ stated in a document ([from a sentence] or [from the title's shape], by the extractor named)"
                     " · ⇢ inferred from titles")
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
                                          "basis": t.basis, "evidence": []})
            item = {"document": t.document_ref or t.document_label or "", "year": t.year,
                    "sentence": t.sentence or "", "basis": _basis_tag(t).strip("[]"),
                    "sentenceRole": "title appears in" if t.basis == "title" else ""}
            if item not in edge["evidence"]:
                edge["evidence"].append(item)
        for child in t.children:
            visit(child, t)

    visit(tree, None)
    view = {"title": _title(tree), "nodes": list(nodes.values()), "edges": list(edges.values())}
    return view


#: Characters per line of a node's box; longer titles wrap (the page and the picture alike).
WRAP = 16


def node_lines(n: dict[str, Any]) -> list[str]:
    """The lines of text a node's box shows: its title (wrapped) and, for a regulation, its place."""
    lines = _wrap(n["label"], WRAP)[:4] or [""]
    if n["kind"] != "adopter" and n["place"]:
        lines.append(n["place"][:WRAP])
    return lines


def _wrap(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` characters, broken before an opening bracket when one is near.

    >>> _wrap("《法治政府建设实施纲要(2015-2020年)》", 16)
    ['《法治政府建设实施纲要', '(2015-2020年)》']
    """
    lines = []
    while len(text) > width:
        cut = width
        for k in range(width, width // 2, -1):
            if text[k] in "(（《〈<" or text[k - 1] in ")）》〉>、,，":
                cut = k
                break
        lines.append(text[:cut])
        text = text[cut:]
    return lines + [text] if text else lines


def _text_width(text: str) -> float:
    """Width of a line in character widths: CJK and full-width count 1, the rest about 0.55."""
    return sum(1.0 if ord(c) > 0x2E80 else 0.55 for c in text)


def trace_layout(view: dict[str, Any], char: float = 14.0, line: float = 18.0, pad: float = 10.0,
                 gap: float = 28.0, row_gap: float = 90.0) -> dict[str, Any]:
    """Positions for a trace view: one row per level, each box as wide as its text, no overlaps.

    An edge that skips a level passes its intermediate rows through a reserved
    slot of its own (a dummy node, as in Sugiyama layouts), so it runs between
    boxes, not through them; nodes are ordered within a row by the barycentre
    of their neighbours to cut crossings. Units are pixels of ``char``-wide glyphs.

    Returns:
        ``{"nodes": {id: (x, y, width, height)}, "routes": [[(x, y), ...] per edge], "rows": {row: (y, level)}}``;
        a level's second row (its jurisdictions, below its regulations) has level ``""``.
    """
    # A row per level, regulations above the jurisdictions of the same level (a county's own
    # work plan above the county that cites it), so that every edge runs downward.
    def key(n: dict[str, Any]) -> tuple[int, int]:
        return _level_rank(n["level"]), int(n["kind"] == "adopter")

    levels = sorted({key(n) for n in view["nodes"]})
    row_of = {n["id"]: levels.index(key(n)) for n in view["nodes"]}
    size: dict[str, tuple[float, float]] = {}
    for n in view["nodes"]:
        lines = node_lines(n)
        size[n["id"]] = (max(_text_width(x) for x in lines) * char + 2 * pad, len(lines) * line + 2 * pad)
    rows: dict[int, list[str]] = {r: [] for r in range(len(levels))}
    for n in view["nodes"]:
        rows[row_of[n["id"]]].append(n["id"])
    chains: list[list[str]] = []
    up: dict[str, list[str]] = {}
    down: dict[str, list[str]] = {}
    for k, e in enumerate(view["edges"]):
        chain = [e["from"]]
        for r in range(row_of[e["from"]] + 1, row_of[e["to"]]):
            dummy = f"~{k}~{r}"
            size[dummy], row_of[dummy] = (char, line), r
            rows[r].append(dummy)
            chain.append(dummy)
        chain.append(e["to"])
        chains.append(chain)
        for a, b in zip(chain, chain[1:]):
            down.setdefault(a, []).append(b)
            up.setdefault(b, []).append(a)
    # Order: tree order first, then barycentre sweeps down and up.
    index = {node: k for r in rows.values() for k, node in enumerate(r)}
    for sweep in range(4):
        order = range(1, len(rows)) if sweep % 2 == 0 else range(len(rows) - 2, -1, -1)
        for r in order:
            around = up if sweep % 2 == 0 else down

            def bary(node: str) -> float:
                xs = [index[m] for m in around.get(node, ())]
                return sum(xs) / len(xs) if xs else index[node]

            rows[r].sort(key=lambda node: (bary(node), index[node]))
            index.update({node: k for k, node in enumerate(rows[r])})
    # Coordinates: each node under the mean of its parents, then pushed apart by width.
    x: dict[str, float] = {}
    for r in range(len(rows)):
        wanted = {}
        for node in rows[r]:
            parents = [x[m] for m in up.get(node, ()) if m in x]
            wanted[node] = sum(parents) / len(parents) if parents else None
        right = None
        for node in rows[r]:
            half = size[node][0] / 2
            want = wanted[node] if wanted[node] is not None else (right + gap + half if right is not None else 0.0)
            x[node] = want if right is None else max(want, right + gap + half)
            right = x[node] + half
        placed = [x[node] - wanted[node] for node in rows[r] if wanted[node] is not None]
        if placed:  # shift the row back so it sits centred under its parents
            shift = sum(placed) / len(placed)
            for node in rows[r]:
                x[node] -= shift
    left = min(x[n] - size[n][0] / 2 for n in x)
    y, top = {}, 0.0
    row_y: dict[int, tuple[float, str | None]] = {}
    band: dict[int, tuple[float, float]] = {}
    for r in range(len(rows)):
        height = max((size[n][1] for n in rows[r]), default=line)
        band[r] = (top, top + height)
        rank, _ = levels[r]
        first = r == 0 or levels[r - 1][0] != rank
        row_y[r] = (top + height / 2, (LEVELS[rank] if rank < len(LEVELS) else "unknown") if first else "")
        for n in rows[r]:
            y[n] = top + height / 2
        top += height + row_gap
    boxes = {n["id"]: (x[n["id"]] - left, y[n["id"]], *size[n["id"]]) for n in view["nodes"]}
    # Each edge leaves its row straight down and enters the next straight from above, so
    # that the slanted parts run between rows, never through a box.
    routes = []
    for chain in chains:
        first, last = chain[0], chain[-1]
        if row_of[last] <= row_of[first]:
            routes.append([(x[first] - left, y[first]), (x[last] - left, y[last])])
            continue
        route = [(x[first] - left, y[first]), (x[first] - left, band[row_of[first]][1])]
        for node in chain[1:-1]:
            route += [(x[node] - left, band[row_of[node]][0]), (x[node] - left, band[row_of[node]][1])]
        route += [(x[last] - left, band[row_of[last]][0]), (x[last] - left, y[last])]
        routes.append([p for k, p in enumerate(route) if k == 0 or p != route[k - 1]])
    width = max(max(x[n] - left + size[n][0] / 2 for n in x), 0.0)
    return {"nodes": boxes, "routes": routes, "rows": row_y, "width": width, "height": top - row_gap}


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
.basis {{ color: #7a5c00; font-size: 12px; margin: 2px 0 0 8px; }}
</style>
</head>
<body>
<div id="side">
<h2 id="heading"></h2>
<div id="legend"></div>
<p>→ stated in a document (from a sentence, or read from a title's shape; each edge says which, and by which extractor) · ⇢ (dashed) inferred from titles · red edges: out of territory</p>
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
  // Positions come from kg_builder.trace.trace_layout: boxes as wide as their text, no overlaps,
  // edges that skip a level routed through slots of their own.
  var items = data.nodes.map(function (n) {{
    var p = data.layout.nodes[n.id];
    return {{id: n.id, label: n.lines.join("\\n"), x: p[0], y: p[1], shape: "box", color: n.color,
             shapeProperties: {{borderRadius: n.kind === "adopter" ? 14 : 2}}, font: {{size: 14}},
             margin: 10, borderWidth: n.root ? 3 : 1}};
  }});
  var segments = [];
  data.edges.forEach(function (e, i) {{
    var route = data.layout.routes[i], ids = [e.from];
    for (var k = 1; k < route.length - 1; k++) {{
      var id = "~" + i + "~" + k;
      ids.push(id);
      items.push({{id: id, x: route[k][0], y: route[k][1], shape: "dot", size: 0.5, label: undefined,
                  color: {{background: "rgba(0,0,0,0)", border: "rgba(0,0,0,0)"}}, chosen: false}});
    }}
    ids.push(e.to);
    var labelled = Math.max(0, ids.length - 3);  // the slanted segment into the target's row
    for (var s = 0; s + 1 < ids.length; s++) {{
      var last = s + 2 === ids.length;
      var tag = e.inferred ? "⇢ " + e.relation : e.relation + (e.basis === "title" ? " (title)" : "");
      segments.push({{id: i + ":" + s, edge: i, from: ids[s], to: ids[s + 1], arrows: last ? "to" : "",
                     dashes: e.inferred, label: s === labelled ? tag : undefined, smooth: false,
                     color: {{color: e.out_of_territory ? "#c0392b" : "#555"}}, font: {{size: 11, background: "#ffffff"}}}});
    }}
  }});
  var nodes = new vis.DataSet(items.map(function (it) {{
    var copy = {{}}; Object.keys(it).forEach(function (k) {{ if (k !== "lines") copy[k] = it[k]; }}); return copy;
  }}));
  var edges = new vis.DataSet(segments);
  var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}}, {{
    layout: {{hierarchical: false}}, physics: false, interaction: {{hover: true}}
  }});
  network.fit({{animation: false}});
  window.kgbTrace = network;
  var byId = {{}}; data.nodes.forEach(function (n) {{ byId[n.id] = n; }});
  function describe(e, box) {{
    var head = el("b", byId[e.from].label + (e.inferred ? " ⇢ " : " → ") + byId[e.to].label + " (" + e.relation + ")");
    box.appendChild(head);
    e.evidence.forEach(function (item) {{
      if (item.basis) {{ var b = el("div", "how it was read: " + item.basis); b.className = "basis"; box.appendChild(b); }}
      if (item.document) box.appendChild(el("div", "document: " + item.document + (item.year ? " (" + item.year + ")" : "")));
      if (item.sentence) {{
        var q = el("div", (item.sentenceRole ? item.sentenceRole + ": " : "") + item.sentence);
        q.className = "sentence"; box.appendChild(q);
      }}
    }});
  }}
  function showNode(id) {{
    var box = document.getElementById("details"); box.textContent = "";
    var n = byId[id]; box.appendChild(el("h3", n.label));
    box.appendChild(el("div", [n.kind, n.level, n.place, n.year].filter(Boolean).join(" · ")));
    data.edges.forEach(function (e) {{ if (e.to === id || e.from === id) {{ var d = el("div"); describe(e, d); box.appendChild(d); }} }});
  }}
  network.on("click", function (p) {{
    if (p.nodes.length && byId[p.nodes[0]]) {{ showNode(p.nodes[0]); }}
    else if (p.edges.length) {{
      var box = document.getElementById("details"); box.textContent = "";
      describe(data.edges[edges.get(p.edges[0]).edge], box);
    }}
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
    view = trace_view(tree)
    for n in view["nodes"]:
        n["lines"] = node_lines(n)
    layout = trace_layout(view)
    view["layout"] = {"nodes": {k: [round(v, 1) for v in box[:2]] for k, box in layout["nodes"].items()},
                      "routes": [[[round(x, 1), round(y, 1)] for x, y in route] for route in layout["routes"]]}
    return _PAGE.format(title=html.escape(f"kgb trace: {_title(tree)}"), data=_json_for_html(view),
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
    """Draw the tree level by level (national at the top) into a PNG file.

    The layout is :func:`trace_layout`'s, in points: boxes never overlap and an
    edge that skips a level runs through a gap of its own.
    """
    import warnings

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.patches import FancyArrowPatch, FancyBboxPatch
    
    view = trace_view(tree)
    font_size = 8.0
    # Units are points (1/72 inch), so that text and boxes keep their size whatever the picture's width.
    layout = trace_layout(view, char=font_size * 1.02, line=font_size * 1.55, pad=6.0, gap=16.0, row_gap=44.0)
    boxes = layout["nodes"]
    width_pt, height_pt = layout["width"], layout["height"]
    left_in, right_in, top_in, bottom_in = 1.0, 0.25, 0.5, 0.2
    fig_w = max(8.0, (width_pt + 16) / 72 + left_in + right_in)
    fig_h = (height_pt + 8) / 72 + top_in + bottom_in
    font = _cjk_font()
    path = Path(path)
    with warnings.catch_warnings(), plt.rc_context({"font.family": [font] if font else ["DejaVu Sans"]}):
        # Without a Chinese font matplotlib warns for every glyph; the picture still shows its shape.
        warnings.filterwarnings("ignore", message="Glyph .* missing from", category=UserWarning)
        fig = plt.figure(figsize=(fig_w, fig_h))
        content_w = fig_w - left_in - right_in
        ax = fig.add_axes((left_in / fig_w, bottom_in / fig_h, content_w / fig_w, ((height_pt + 8) / 72) / fig_h))
        extra = (content_w * 72 - width_pt - 16) / 2  # centre a narrow tree in a minimum-width picture
        ax.set_xlim(-extra - 8, width_pt + extra + 8)
        ax.set_ylim(height_pt + 4, -4)
        for e, route in zip(view["edges"], layout["routes"]):
            (x0, y0), (x1, y1) = route[0], route[-1]
            h0, h1 = boxes[e["from"]][3] / 2, boxes[e["to"]][3] / 2
            points = [(x0, y0 + h0)] + route[1:-1] + [(x1, y1 - h1)]
            points = [p for k, p in enumerate(points) if k == 0 or abs(p[1] - points[k - 1][1]) + abs(p[0] - points[k - 1][0]) > 0.5]
            if len(points) < 2:
                continue
            style = {"linestyle": "--" if e["inferred"] else "-",
                     "color": "#c0392b" if e["out_of_territory"] else "#555", "lw": 1}
            if len(points) > 2:
                ax.plot([p[0] for p in points[:-1]], [p[1] for p in points[:-1]], **style)
            ax.add_patch(FancyArrowPatch(points[-2], points[-1], arrowstyle="-|>", mutation_scale=10,
                                         path=None, **style))
        for n in view["nodes"]:
            x, y, w, h = boxes[n["id"]]
            ax.add_patch(FancyBboxPatch((x - w / 2, y - h / 2), w, h,
                                        boxstyle="round,pad=0,rounding_size=6" if n["kind"] == "adopter" else "square,pad=0",
                                        fc=n["color"], alpha=0.35, ec="#333", lw=2 if n["root"] else 0.6))
            ax.text(x, y, "\n".join(node_lines(n)), ha="center", va="center", fontsize=font_size, linespacing=1.25)
        rows = sorted((y, level) for y, level in layout["rows"].values() if level)
        ax.set_yticks([y for y, _ in rows])
        ax.set_yticklabels([level for _, level in rows])
        ax.set_xticks([])
        for side in ("top", "right", "bottom"):
            ax.spines[side].set_visible(False)
        fig.suptitle(f"{view['title']}   (— stated, -- inferred from titles)", fontsize=10,
                     y=1 - 0.15 / fig_h, va="top")
        fig.savefig(path, dpi=dpi)
        plt.close(fig)
    return path
