"""The graph measures analysts expect beside the ranking: PageRank, most cited, communities, gaps.

Each function takes anything :func:`~kg_builder.network.citation_network` reads
(or the network itself) and returns records, one dict per row, ready for
:func:`~kg_builder.tabular.render`.

* **pagerank**: PageRank over the citation graph (documents → what they cite or
  are, regulations → what they implement), so a regulation ranks high when
  much-cited documents and plans lead to it.
* **most-cited**: per level of the citing documents, the regulations cited
  directly by the most distinct jurisdictions.
* **communities**: regulations that documents cite together (co-citation,
  weighted by the number of documents citing both), split into communities by
  Louvain modularity with a fixed seed.
* **gaps**: jurisdictions inside a regulation's territory that did not adopt it
  while a peer did (same level, same parent). Only jurisdictions whose own
  documents are in the graph, and cover a year the regulation was in force,
  count: a division we read nothing from is not evidence of a gap, nor is a
  2023 report silent about a 2015-2020 plan. A regulation is in force over the
  span its title names (《法治政府建设实施纲要(2015-2020年)》: 2015 to 2020); without
  a span, from its issuance year on; with neither, any year (and documents of
  unknown year count). With a span or an issuance year, a document counts only
  when its year (the year it covers, else its date) is known and falls inside.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

import networkx as nx

from .model import LEVEL_RANK, LEVELS
from .network import parent, title_span
from .propagation import network_of, rank, rank_initiatives

__all__ = ["MEASURES", "COLUMNS", "pagerank", "most_cited", "communities", "gaps", "measure", "validity", "in_force"]


def _regulation_info(g: nx.DiGraph, r: str) -> dict[str, Any]:
    data = g.nodes[r]
    return {"title": data["label"], "issuer": data.get("issuer") or "", "origin_level": data.get("level") or ""}


def pagerank(source: Any, inferred: bool = True, top: int | None = None) -> list[dict[str, Any]]:
    """Regulations by PageRank over the citation graph (damping 0.85)."""
    g = network_of(source, inferred)
    citations = nx.DiGraph()
    citations.add_edges_from(sorted((u, v) for u, v, e in g.edges(data=True)
                                    if e["rel"] in ("cites", "realizes", "implements")))
    if citations.number_of_nodes() == 0:
        return []
    try:
        scores = nx.pagerank(citations, alpha=0.85)
    except ImportError as error:  # networkx computes PageRank with scipy
        from .errors import KGBuilderError

        raise KGBuilderError(f"PageRank needs scipy: pip install scipy ({error})") from None
    cited_by = Counter(v for u, v, e in g.edges(data=True) if e["rel"] == "cites")
    regulations = [n for n in scores if g.nodes[n]["kind"] == "regulation"]
    regulations.sort(key=lambda n: (-scores[n], g.nodes[n]["label"], n))
    records = []
    for number, r in enumerate(regulations[:top] if top else regulations, 1):
        records.append({"rank": number, **_regulation_info(g, r), "pagerank": round(scores[r], 6),
                        "cited_by_documents": cited_by[r], "iri": r})
    return records


def most_cited(source: Any, inferred: bool = True, top: int | None = 10) -> list[dict[str, Any]]:
    """Per level of the citing documents, the regulations cited by the most distinct jurisdictions."""
    g = network_of(source, inferred)
    by_level: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    documents: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for d, r, e in g.edges(data=True):
        if e["rel"] != "cites":
            continue
        j = g.nodes[d].get("jurisdiction")
        level = g.nodes[j].get("level") if j else None
        if level is None:
            continue
        by_level[level][r].add(j)
        documents[level][r].add(d)
    records = []
    for level in LEVELS:
        if level not in by_level:
            continue
        cited = sorted(by_level[level], key=lambda r: (-len(by_level[level][r]), -len(documents[level][r]),
                                                        g.nodes[r]["label"], r))
        for number, r in enumerate(cited[:top] if top else cited, 1):
            records.append({"citing_level": level, "rank": number, **_regulation_info(g, r),
                            "jurisdictions": len(by_level[level][r]), "documents": len(documents[level][r]),
                            "iri": r})
    return records


def communities(source: Any, inferred: bool = True, top: int | None = None, seed: int = 0) -> list[dict[str, Any]]:
    """Co-citation communities of regulations (Louvain modularity, fixed seed)."""
    g = network_of(source, inferred)
    cited: dict[str, list[str]] = defaultdict(list)
    for d, r, e in g.edges(data=True):
        if e["rel"] == "cites":
            cited[d].append(r)
    weights: Counter[tuple[str, str]] = Counter()
    for d in sorted(cited):
        for a, b in combinations(sorted(set(cited[d])), 2):
            weights[(a, b)] += 1
    co = nx.Graph()
    co.add_weighted_edges_from((a, b, w) for (a, b), w in sorted(weights.items()))
    if co.number_of_edges() == 0:
        return []
    found = nx.community.louvain_communities(co, weight="weight", seed=seed)
    strength = dict(co.degree(weight="weight"))
    ordered = []
    for members in found:
        ranked = sorted(members, key=lambda n: (-strength[n], g.nodes[n]["label"], n))
        ordered.append(ranked)
    ordered.sort(key=lambda ms: (-len(ms), g.nodes[ms[0]]["label"]))
    community_of = {m: number for number, members in enumerate(ordered) for m in members}
    citing: Counter[int] = Counter()
    for rs in cited.values():
        citing.update({community_of[r] for r in rs if r in community_of})
    records = []
    for number, members in enumerate(ordered[:top] if top else ordered):
        records.append({"community": number + 1, "size": len(members), "documents": citing[number],
                        "members": [g.nodes[m]["label"] for m in members], "iris": members})
    return records


def gaps(source: Any, by: str = "regulation", inferred: bool = True, top: int | None = None) -> list[dict[str, Any]]:
    """Jurisdictions inside a regulation's territory that did not adopt it while a peer did.

    Peers share level and parent; only jurisdictions with documents in the graph count.
    """
    g = network_of(source, inferred)
    rows = rank_initiatives(g) if by == "initiative" else rank(g, inferred=inferred)
    authored: dict[str, list[int | None]] = defaultdict(list)
    for _, data in g.nodes(data=True):
        if data["kind"] == "document" and data.get("jurisdiction"):
            authored[data["jurisdiction"]].append(data.get("year"))
    children: dict[str, list[str]] = defaultdict(list)
    for j, p, e in g.edges(data=True):
        if e["rel"] == "within":
            children[p].append(j)
    records = []
    for number, row in enumerate(rows, 1):
        window = validity(row.title, row.issued_year)
        found = []
        for level, adopters in row.adopters.items():
            peers_by_parent: dict[str, list[str]] = defaultdict(list)
            for j in adopters:
                # Only adopters inside the territory say what the territory's jurisdictions were asked to do.
                p = parent(g, j)
                if row.territory.get(j) is True and p is not None:
                    peers_by_parent[p].append(j)
            for p, peers in peers_by_parent.items():
                for sibling in children[p]:
                    if sibling in adopters or g.nodes[sibling].get("level") != level:
                        continue
                    read = [y for y in authored.get(sibling, ()) if in_force(window, y)]
                    if not read:
                        continue
                    found.append({
                        "regulation_rank": number, "title": row.title, "origin_level": row.origin_level or "",
                        "jurisdiction": g.nodes[sibling]["label"], "level": level, "parent": g.nodes[p]["label"],
                        "adopting_peers": sorted(g.nodes[j]["label"] for j in peers),
                        "documents_read": len(read), "in_force": _window_text(window),
                        "iri": row.subject, "jurisdiction_iri": sibling,
                    })
        found.sort(key=lambda r: (LEVEL_RANK[r["level"]], r["parent"], r["jurisdiction"], r["jurisdiction_iri"]))
        records += found
    return records[:top] if top else records


def validity(title: str, issued_year: int | None) -> tuple[int | None, int | None] | None:
    """The years a regulation is in force, for gaps: its title's span, else from its issuance on.

    >>> validity("法治政府建设实施纲要(2015-2020年)", 2015)
    (2015, 2020)
    >>> validity("重大行政决策程序暂行条例", 2019)
    (2019, None)
    >>> validity("无关规定", None) is None
    True
    """
    span = title_span(title)
    if span is not None:
        return span
    return (issued_year, None) if issued_year is not None else None


def in_force(window: tuple[int | None, int | None] | None, year: int | None) -> bool:
    """Whether a document of ``year`` falls within ``window`` (no window: any document counts)."""
    if window is None:
        return True
    if year is None:
        return False
    start, end = window
    return (start is None or year >= start) and (end is None or year <= end)


def _window_text(window: tuple[int | None, int | None] | None) -> str:
    if window is None:
        return "any year"
    start, end = window
    return f"{start}-{end}" if end is not None else f"{start}-"


#: The columns of each measure's table, also printed (header only) when a measure finds nothing.
COLUMNS: dict[str, tuple[str, ...]] = {
    "pagerank": ("rank", "title", "issuer", "origin_level", "pagerank", "cited_by_documents", "iri"),
    "most-cited": ("citing_level", "rank", "title", "issuer", "origin_level", "jurisdictions", "documents", "iri"),
    "communities": ("community", "size", "documents", "members"),
    "gaps": ("regulation_rank", "title", "origin_level", "jurisdiction", "level", "parent", "adopting_peers",
             "documents_read", "in_force", "iri", "jurisdiction_iri"),
}


#: The measures ``kgb measures`` offers, by name.
MEASURES = {"pagerank": pagerank, "most-cited": most_cited, "communities": communities, "gaps": gaps}


def measure(name: str, source: Any, inferred: bool = True, top: int | None = None, by: str = "regulation"):
    """Run one measure by name (see :data:`MEASURES`)."""
    if name == "gaps":
        return gaps(source, by=by, inferred=inferred, top=top)
    return MEASURES[name](source, inferred=inferred, top=top)
