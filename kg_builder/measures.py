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
  documents are in the graph count: a division we read nothing from is not
  evidence of a gap.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Any

import networkx as nx

from .model import LEVEL_RANK, LEVELS
from .network import parent
from .propagation import network_of, rank, rank_initiatives

__all__ = ["MEASURES", "pagerank", "most_cited", "communities", "gaps", "measure"]


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
    authored = Counter(data["jurisdiction"] for _, data in g.nodes(data=True)
                       if data["kind"] == "document" and data.get("jurisdiction"))
    children: dict[str, list[str]] = defaultdict(list)
    for j, p, e in g.edges(data=True):
        if e["rel"] == "within":
            children[p].append(j)
    records = []
    for number, row in enumerate(rows, 1):
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
                    if sibling in adopters or g.nodes[sibling].get("level") != level or not authored[sibling]:
                        continue
                    found.append({
                        "regulation_rank": number, "title": row.title, "origin_level": row.origin_level or "",
                        "jurisdiction": g.nodes[sibling]["label"], "level": level, "parent": g.nodes[p]["label"],
                        "adopting_peers": sorted(g.nodes[j]["label"] for j in peers),
                        "documents_read": authored[sibling], "iri": row.subject, "jurisdiction_iri": sibling,
                    })
        found.sort(key=lambda r: (LEVEL_RANK[r["level"]], r["parent"], r["jurisdiction"], r["jurisdiction_iri"]))
        records += found
    return records[:top] if top else records


#: The measures ``kgb measures`` offers, by name.
MEASURES = {"pagerank": pagerank, "most-cited": most_cited, "communities": communities, "gaps": gaps}


def measure(name: str, source: Any, inferred: bool = True, top: int | None = None, by: str = "regulation"):
    """Run one measure by name (see :data:`MEASURES`)."""
    if name == "gaps":
        return gaps(source, by=by, inferred=inferred, top=top)
    return MEASURES[name](source, inferred=inferred, top=top)
