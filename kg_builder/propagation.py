"""Downward propagation: which regulations travel down the administrative levels.

The analysis reads any RDF graph written under our ontology (by this tool or
another, merged or not) into a networkx graph and follows MISSION.md:

* every regulation R has an issuing level L(R) (``kgb:issuerLevel``) and
  jurisdiction; every document D an author jurisdiction J(D) at level L(D);
* D **adopts** R when D cites R, or cites (or is) a document that implements R,
  transitively through ``kgb:implements``;
* an adoption is **downward** when L(D) > L(R), and **in territory** when J(D)
  lies within R's issuing jurisdiction.

Implementation links the documents do not state are inferred from titles when a
lower-level title repeats a higher-level title's subject (吉林省重大行政决策程序规定
→ 重大行政决策程序暂行条例); those links are marked ``inferred`` everywhere.

The score of R is the sum, over the distinct jurisdictions that adopt it from
below, of how many levels each lies below R's origin: a county adopting a national
plan adds 3, a prefecture adds 2. Ties break by depth, then breadth, then title.
"""

from __future__ import annotations

import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import Iterable

import networkx as nx
from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from .model import LEVEL_RANK, LEVELS
from .ontology import KGB, LEVEL_TERMS

__all__ = [
    "Adoption", "Propagation", "propagation_graph", "adoptions", "rank", "title_stem",
    "infer_implements",
]

_LEVEL_OF_TERM = {term: level for level, term in LEVEL_TERMS.items()}

# What a title ends with when it names the kind of document rather than its subject.
_KIND_SUFFIX = re.compile(
    r"(暂行条例|实施条例|条例|实施细则|细则|实施办法|暂行办法|办法|暂行规定|若干规定|规定|"
    r"实施工作方案|工作方案|实施方案|方案|实施纲要|纲要|实施意见|指导意见|意见|工作要点|要点|"
    r"工作计划|计划|规划|决定|通知)$"
)
_YEARS = re.compile(r"\(?(?:19|20)\d{2}(?:-(?:19|20)\d{2})?年度?\)?")
_LEADING = re.compile(r"^(中共)?(关于)?(贯彻落实|贯彻|落实|实施|印发)?")


def title_stem(title: str, jurisdiction_names: Iterable[str] = ()) -> str:
    """A title's subject: without its jurisdiction prefix, years and kind words.

    >>> title_stem("吉林省重大行政决策程序规定", ["吉林省"])
    '重大行政决策程序'
    >>> title_stem("法治政府建设实施纲要(2015-2020年)")
    '法治政府建设'
    """
    stem = _YEARS.sub("", title)
    for name in sorted(jurisdiction_names, key=len, reverse=True):
        if name and stem.startswith(name):
            stem = stem[len(name):]
            break
    stem = _LEADING.sub("", stem)
    stem = _YEARS.sub("", stem)
    previous = None
    while previous != stem:
        previous = stem
        stem = _KIND_SUFFIX.sub("", stem)
        stem = stem.removesuffix("的")
    return stem


@dataclass(frozen=True)
class Adoption:
    """One document adopting one regulation: who, where, when, through what chain."""

    regulation: str
    document: str
    jurisdiction: str
    level: str
    year: int | None
    chain: tuple[str, ...]  # from what the document cites (or is) up to the regulation
    inferred: bool
    in_territory: bool | None


@dataclass
class Propagation:
    """A regulation's downward propagation, with every number traceable to adoptions."""

    regulation: str
    title: str
    issuer: str | None
    origin_level: str | None
    adopters: dict[str, set[str]] = field(default_factory=dict)
    first_year: dict[str, int] = field(default_factory=dict)
    issued_year: int | None = None
    in_territory: int = 0
    out_of_territory: int = 0
    longest_chain: tuple[str, ...] = ()
    adoptions: list[Adoption] = field(default_factory=list)

    @property
    def depth(self) -> int:
        """How many levels below its origin the regulation reached."""
        if self.origin_level is None or not self.adopters:
            return 0
        deepest = max(LEVEL_RANK[level] for level in self.adopters)
        return deepest - LEVEL_RANK[self.origin_level]

    @property
    def breadth(self) -> int:
        """Distinct jurisdictions that adopted it from below."""
        return len({j for js in self.adopters.values() for j in js})

    @property
    def score(self) -> int:
        """Σ over distinct adopting jurisdictions of their levels below the origin."""
        if self.origin_level is None:
            return 0
        origin = LEVEL_RANK[self.origin_level]
        return sum((LEVEL_RANK[level] - origin) * len(js) for level, js in self.adopters.items())

    def lag(self, level: str) -> int | None:
        """Years from issuance to the first adoption at ``level``, when both are known."""
        if self.issued_year is None or level not in self.first_year:
            return None
        return self.first_year[level] - self.issued_year


def _label(graph: Graph, node) -> str:
    for label in graph.objects(node, SKOS.prefLabel):
        return str(label)
    return str(node)


def propagation_graph(graph: Graph) -> nx.MultiDiGraph:
    """The citation/implementation network of an RDF graph, as networkx.

    Nodes are IRIs (as strings) with ``kind`` (document, regulation, jurisdiction),
    ``label``, ``level`` and for documents ``year`` and ``jurisdiction``. Edges
    have ``rel``: cites, realizes, implements (``inferred`` True or False), within,
    author, issued_in.
    """
    g = nx.MultiDiGraph()

    def node(iri, kind: str) -> str:
        key = str(iri)
        if key not in g:
            g.add_node(key, kind=kind, label=_label(graph, iri))
        return key

    for j in set(graph.subjects(RDF.type, KGB.Jurisdiction)):
        n = node(j, "jurisdiction")
        level = graph.value(j, KGB.level)
        g.nodes[n]["level"] = _LEVEL_OF_TERM.get(level)
        for parent in graph.objects(j, KGB.within):
            g.add_edge(n, node(parent, "jurisdiction"), rel="within")
    for r in set(graph.subjects(RDF.type, KGB.Regulation)):
        n = node(r, "regulation")
        levels = sorted({_LEVEL_OF_TERM[t] for t in graph.objects(r, KGB.issuerLevel) if t in _LEVEL_OF_TERM},
                        key=LEVEL_RANK.__getitem__)
        # Documents may disagree; the highest level any of them gives wins, deterministically.
        g.nodes[n]["level"] = levels[0] if levels else None
        issuers = sorted(str(i) for i in graph.objects(r, KGB.issuerName))
        g.nodes[n]["issuer"] = issuers[0] if issuers else None
        years = sorted(int(y) for y in graph.objects(r, KGB.yearIssued))
        g.nodes[n]["issued_year"] = years[0] if years else None
        for j in sorted(graph.objects(r, KGB.issuingJurisdiction)):
            g.add_edge(n, node(j, "jurisdiction"), rel="issued_in")
        for target in graph.objects(r, KGB.implements):
            g.add_edge(n, node(target, "regulation"), rel="implements", inferred=False)
    for d in set(graph.subjects(RDF.type, KGB.Document)):
        n = node(d, "document")
        g.nodes[n]["label"] = str(graph.value(d, KGB.realizes) and _label(graph, graph.value(d, KGB.realizes))
                                  or graph.value(d, KGB.fileName) or d)
        years = sorted(int(y) for y in graph.objects(d, KGB.yearCovered))
        g.nodes[n]["year"] = years[0] if years else None
        author = graph.value(d, KGB.authorJurisdiction)
        if author is not None:
            g.add_edge(n, node(author, "jurisdiction"), rel="author")
            g.nodes[n]["jurisdiction"] = str(author)
        for r in graph.objects(d, KGB.cites):
            g.add_edge(n, node(r, "regulation"), rel="cites")
        for r in graph.objects(d, KGB.realizes):
            g.add_edge(n, node(r, "regulation"), rel="realizes")
    infer_implements(g)
    return g


def _ancestors(g: nx.MultiDiGraph, jurisdiction: str) -> list[str]:
    """The jurisdiction and every jurisdiction it lies within, nearest first."""
    chain, seen = [jurisdiction], {jurisdiction}
    frontier = jurisdiction
    while True:
        parents = sorted(v for _, v, d in g.out_edges(frontier, data=True) if d["rel"] == "within")
        if not parents or parents[0] in seen:
            return chain
        frontier = parents[0]
        seen.add(frontier)
        chain.append(frontier)


def _issuing_jurisdiction(g: nx.MultiDiGraph, regulation: str) -> str | None:
    places = sorted(v for _, v, d in g.out_edges(regulation, data=True) if d["rel"] == "issued_in")
    return places[0] if places else None


def infer_implements(g: nx.MultiDiGraph) -> int:
    """Add inferred implements edges from title stems; return how many were added.

    A regulation R_low implements R_high when their titles share a subject stem,
    R_high's level is higher, and R_low was issued within R_high's territory;
    among several candidates the nearest level wins.
    """
    names_by_jurisdiction = {
        n: [data["label"]] for n, data in g.nodes(data=True) if data.get("kind") == "jurisdiction"
    }
    stems: dict[str, list[str]] = defaultdict(list)
    for n, data in g.nodes(data=True):
        if data.get("kind") != "regulation" or data.get("level") is None:
            continue
        place = _issuing_jurisdiction(g, n)
        names = names_by_jurisdiction.get(place, []) if place else []
        stem = title_stem(data["label"], names)
        if len(stem) >= 4:
            data["stem"] = stem
            stems[stem].append(n)
    added = 0
    for stem, members in stems.items():
        if len(members) < 2:
            continue
        for low in sorted(members):
            low_level = LEVEL_RANK[g.nodes[low]["level"]]
            if any(d["rel"] == "implements" for _, _, d in g.out_edges(low, data=True)):
                continue  # the documents already say what it implements
            place = _issuing_jurisdiction(g, low)
            territory = set(_ancestors(g, place)) if place else set()
            candidates = []
            for high in members:
                high_level = LEVEL_RANK[g.nodes[high]["level"]]
                if high_level >= low_level:
                    continue
                high_place = _issuing_jurisdiction(g, high)
                if high_level > 0 and (high_place is None or high_place not in territory):
                    continue
                candidates.append((low_level - high_level, high))
            if candidates:
                best_gap = min(gap for gap, _ in candidates)
                for gap, high in sorted(candidates):
                    if gap == best_gap:
                        g.add_edge(low, high, rel="implements", inferred=True)
                        added += 1
    return added


def _implemented(g: nx.MultiDiGraph, start: str) -> dict[str, tuple[tuple[str, ...], bool]]:
    """Every regulation reachable from ``start`` by implements edges: its longest chain."""
    best: dict[str, tuple[tuple[str, ...], bool]] = {start: ((start,), False)}
    queue = deque([(start, (start,), False)])
    while queue:
        current, path, inferred = queue.popleft()
        for _, target, data in g.out_edges(current, data=True):
            if data["rel"] != "implements" or target in path:
                continue
            new_path = path + (target,)
            new_inferred = inferred or data.get("inferred", False)
            known = best.get(target)
            if known is None or len(new_path) > len(known[0]):
                best[target] = (new_path, new_inferred)
                queue.append((target, new_path, new_inferred))
    return best


def adoptions(g: nx.MultiDiGraph) -> list[Adoption]:
    """Every downward adoption in the graph, sorted for determinism."""
    found: list[Adoption] = []
    for d, data in g.nodes(data=True):
        if data.get("kind") != "document" or "jurisdiction" not in data:
            continue
        jurisdiction = data["jurisdiction"]
        level = g.nodes[jurisdiction].get("level")
        if level is None:
            continue
        territory = set(_ancestors(g, jurisdiction))
        starts = sorted({v for _, v, e in g.out_edges(d, data=True) if e["rel"] in ("cites", "realizes")})
        reached: dict[str, tuple[tuple[str, ...], bool]] = {}
        for start in starts:
            for target, (chain, inferred) in _implemented(g, start).items():
                known = reached.get(target)
                if known is None or len(chain) > len(known[0]):
                    reached[target] = (chain, inferred)
        for regulation, (chain, inferred) in reached.items():
            origin = g.nodes[regulation].get("level")
            if origin is None or LEVEL_RANK[level] <= LEVEL_RANK[origin]:
                continue
            place = _issuing_jurisdiction(g, regulation)
            in_territory = (place in territory) if place else (True if origin == "national" else None)
            found.append(Adoption(regulation, d, jurisdiction, level, data.get("year"), chain, inferred, in_territory))
    found.sort(key=lambda a: (a.regulation, a.document))
    return found


def rank(graph: Graph | nx.MultiDiGraph) -> list[Propagation]:
    """Regulations ordered by downward propagation (score, depth, breadth, title)."""
    g = graph if isinstance(graph, nx.MultiDiGraph) else propagation_graph(graph)
    rows: dict[str, Propagation] = {}
    for a in adoptions(g):
        node = g.nodes[a.regulation]
        row = rows.get(a.regulation)
        if row is None:
            row = rows[a.regulation] = Propagation(
                regulation=a.regulation, title=node["label"], issuer=node.get("issuer"),
                origin_level=node.get("level"), issued_year=node.get("issued_year"),
            )
        row.adoptions.append(a)
        new = a.jurisdiction not in row.adopters.get(a.level, set())
        row.adopters.setdefault(a.level, set()).add(a.jurisdiction)
        if a.year is not None and (a.level not in row.first_year or a.year < row.first_year[a.level]):
            row.first_year[a.level] = a.year
        if new:
            if a.in_territory is False:
                row.out_of_territory += 1
            elif a.in_territory:
                row.in_territory += 1
        chain = tuple(reversed(a.chain)) + (a.document, a.jurisdiction)
        if len(chain) > len(row.longest_chain) or (
            len(chain) == len(row.longest_chain) and chain < row.longest_chain
        ):
            row.longest_chain = chain
    ordered = sorted(rows.values(), key=lambda r: (-r.score, -r.depth, -r.breadth, r.title))
    return ordered


def chain_labels(g: nx.MultiDiGraph, chain: tuple[str, ...]) -> list[str]:
    """The labels of a chain's nodes, from the regulation down to the jurisdiction."""
    return [g.nodes[n]["label"] for n in chain]


LEVEL_COLUMNS = LEVELS[1:]
