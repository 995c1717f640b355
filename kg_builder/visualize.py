"""The interactive HTML graph: one self-contained file that works with no network.

vis-network (shipped inside the pyvis package) is inlined into the page, and the
graph travels as JSON inside a ``<script type="application/json">`` block with
``<``, ``>`` and ``&`` escaped, so no label can close the script or inject markup;
the page writes every label and tooltip through ``textContent``.
"""

from __future__ import annotations

import html
import importlib.util
import json
from pathlib import Path
from typing import Any

from rdflib import Graph
from rdflib.namespace import RDF, SKOS

from .ontology import KGB, LEVEL_TERMS, OA

__all__ = ["graph_view", "render_html", "vis_network_js"]

_LEVEL_OF_TERM = {term: level for level, term in LEVEL_TERMS.items()}
_LEVEL_COLORS = {
    "national": "#c0392b", "provincial": "#e67e22", "prefecture": "#f1c40f",
    "county": "#27ae60", "township": "#2980b9", None: "#95a5a6",
}
_TYPES = {
    KGB.Document: ("document", "box"),
    KGB.Regulation: ("regulation", "dot"),
    KGB.Jurisdiction: ("jurisdiction", "diamond"),
    KGB.Agency: ("agency", "triangle"),
    KGB.Initiative: ("initiative", "star"),
}
_EDGES = {
    KGB.cites: "cites",
    KGB.implements: "implements",
    KGB.authorJurisdiction: "author",
    KGB.within: "within",
    KGB.mentionsAgency: "agency",
    KGB.mentionsInitiative: "initiative",
    KGB.issuingJurisdiction: "issued in",
    KGB.realizes: "is",
}


def vis_network_js() -> str:
    """The vis-network library's source, from the installed pyvis package."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pyvis is not installed: pip install pyvis")
    return (Path(spec.origin).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text("utf-8")


def _label(graph: Graph, node) -> str:
    for value in graph.objects(node, SKOS.prefLabel):
        return str(value)
    for value in graph.objects(node, KGB.fileName):
        return str(value)
    return str(node).rsplit("/", 1)[-1]


def graph_view(graph: Graph) -> dict[str, Any]:
    """Nodes and edges for the page, each edge with the sentences that state it."""
    nodes: dict[str, dict[str, Any]] = {}
    for cls, (kind, shape) in _TYPES.items():
        for subject in sorted(set(graph.subjects(RDF.type, cls))):
            key = str(subject)
            if key in nodes:
                continue
            level = _LEVEL_OF_TERM.get(graph.value(subject, KGB.level) or graph.value(subject, KGB.issuerLevel))
            nodes[key] = {
                "id": key, "label": _label(graph, subject), "kind": kind, "shape": shape, "level": level,
                "color": _LEVEL_COLORS[level] if kind in ("regulation", "jurisdiction") else None,
                "aliases": sorted(str(a) for a in graph.objects(subject, SKOS.altLabel)),
                "issuer": str(graph.value(subject, KGB.issuerName) or "") or None,
            }
    evidence: dict[tuple[str, str, str], list[str]] = {}
    for assertion in graph.subjects(RDF.type, KGB.Assertion):
        key = (str(graph.value(assertion, RDF.subject)), str(graph.value(assertion, RDF.predicate)),
               str(graph.value(assertion, RDF.object)))
        sentence = graph.value(assertion, KGB.sentence)
        if sentence is None:
            for selector in graph.objects(assertion, OA.hasSelector):
                sentence = graph.value(selector, OA.exact) or sentence
        if sentence is not None:
            evidence.setdefault(key, []).append(str(sentence))
    edges = []
    for predicate, name in _EDGES.items():
        for s, o in sorted(graph.subject_objects(predicate)):
            if str(s) in nodes and str(o) in nodes:
                sentences = sorted(set(evidence.get((str(s), str(predicate), str(o)), [])))
                edges.append({"from": str(s), "to": str(o), "label": name, "sentences": sentences[:5]})
    return {"nodes": list(nodes.values()), "edges": edges}


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
body {{ margin: 0; font-family: "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; display: flex; height: 100vh; }}
#side {{ width: 320px; padding: 10px; overflow: auto; border-right: 1px solid #ddd; font-size: 13px; }}
#graph {{ flex: 1; }}
#search {{ width: 100%; box-sizing: border-box; padding: 4px; }}
.legend span {{ display: inline-block; margin: 2px 6px 2px 0; }}
.swatch {{ display: inline-block; width: 10px; height: 10px; margin-right: 3px; }}
#details h3 {{ margin: 8px 0 4px; font-size: 15px; }}
#details li {{ margin-bottom: 4px; }}
</style>
</head>
<body>
<div id="side">
<input id="search" type="search" placeholder="搜索 / search by name or alias">
<div id="hits"></div>
<div class="legend" id="legend"></div>
<div id="details"><p>Click a node to see its details and the sentences behind its edges.</p></div>
</div>
<div id="graph"></div>
<script type="application/json" id="graph-data">{data}</script>
<script>{vis}</script>
<script>
(function () {{
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var levelY = {{national: 0, provincial: 1, prefecture: 2, county: 3, township: 4}};
  var nodes = new vis.DataSet(data.nodes.map(function (n) {{
    var item = {{id: n.id, label: n.label, shape: n.shape, title: undefined}};
    if (n.color) item.color = n.color;
    if (n.level in levelY) item.level = levelY[n.level];
    return item;
  }}));
  var edges = new vis.DataSet(data.edges.map(function (e, i) {{
    return {{id: i, from: e.from, to: e.to, label: e.label, arrows: "to", font: {{size: 9}}}};
  }}));
  var byId = {{}}; data.nodes.forEach(function (n) {{ byId[n.id] = n; }});
  var network = new vis.Network(document.getElementById("graph"), {{nodes: nodes, edges: edges}}, {{
    physics: {{enabled: data.nodes.length <= {physics_limit}, stabilization: {{iterations: 150}}}},
    interaction: {{hover: true}},
    nodes: {{font: {{size: 12}}}}
  }});
  window.kgbNetwork = network;
  function el(tag, text) {{ var e = document.createElement(tag); if (text !== undefined) e.textContent = text; return e; }}
  var legend = document.getElementById("legend");
  Object.entries({colors}).forEach(function (kv) {{
    var s = el("span"); var sw = el("span"); sw.className = "swatch"; sw.style.background = kv[1];
    s.appendChild(sw); s.appendChild(document.createTextNode(kv[0])); legend.appendChild(s);
  }});
  function show(id) {{
    var n = byId[id]; var box = document.getElementById("details"); box.textContent = "";
    if (!n) return;
    box.appendChild(el("h3", n.label));
    box.appendChild(el("div", n.kind + (n.level ? " · " + n.level : "")));
    box.appendChild(el("div", n.id));
    if (n.issuer) box.appendChild(el("div", "issuer: " + n.issuer));
    if (n.aliases.length) box.appendChild(el("div", "aliases: " + n.aliases.join(", ")));
    var list = el("ul");
    data.edges.forEach(function (e) {{
      if (e.from !== id && e.to !== id) return;
      var other = byId[e.from === id ? e.to : e.from];
      var li = el("li"); li.appendChild(el("b", e.label + " → " + other.label));
      e.sentences.forEach(function (s) {{ var q = el("div", "“" + s + "”"); q.className = "sentence"; li.appendChild(q); }});
      list.appendChild(li);
    }});
    box.appendChild(list);
  }}
  network.on("click", function (params) {{ if (params.nodes.length) show(params.nodes[0]); }});
  document.getElementById("search").addEventListener("input", function (ev) {{
    var q = ev.target.value.trim(); var hits = document.getElementById("hits"); hits.textContent = "";
    if (!q) return;
    data.nodes.filter(function (n) {{
      return n.label.indexOf(q) >= 0 || n.aliases.some(function (a) {{ return a.indexOf(q) >= 0; }});
    }}).slice(0, 20).forEach(function (n) {{
      var a = el("div", n.label); a.className = "hit"; a.style.cursor = "pointer";
      a.addEventListener("click", function () {{ network.selectNodes([n.id]); network.focus(n.id, {{scale: 1.2}}); show(n.id); }});
      hits.appendChild(a);
    }});
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


def render_html(graph: Graph, title: str = "kg_builder graph", physics_limit: int = 800) -> str:
    """The complete, self-contained HTML page for an RDF graph."""
    view = graph_view(graph)
    colors = {level or "unknown": color for level, color in _LEVEL_COLORS.items()}
    return _PAGE.format(
        title=html.escape(title),
        data=_json_for_html(view),
        vis=vis_network_js().replace("</script", "<\\/script"),
        physics_limit=int(physics_limit),
        colors=json.dumps(colors),
    )
