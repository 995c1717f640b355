"""Downward propagation: which regulations travel down the administrative levels.

The analysis follows MISSION.md on any graph :func:`~kg_builder.network.citation_network`
can read:

* every regulation R has an issuing level L(R) and, when known, an issuing
  jurisdiction; every document D an author jurisdiction J(D) at level L(D);
* D **adopts** R when D cites R, or cites (or is) a document that implements R,
  transitively through ``kgb:implements``; a regulation S that implements R is
  itself an adoption of R by S's issuing jurisdiction (吉林省 adopts the national
  条例 by issuing 《吉林省重大行政决策程序规定》);
* an adoption is **downward** when L(D) > L(R), and **in territory** when J(D)
  lies within R's issuing jurisdiction (a national R covers every place).

Implementation links no document states are inferred from shared title stems
(:func:`~kg_builder.network.infer_implements`); an adoption that needs one is
marked inferred everywhere, chains draw such a link as ``⇢``, and
``inferred=False`` ranks without them.

The **score** of R is the sum, over the distinct jurisdictions that adopt it from
below and are not outside its territory, of how many levels each lies below R's
origin: a county adopting a national plan adds 3, a prefecture adds 2. Adoptions
from outside R's territory (a 河南 county citing a 吉林 rule) are reported but
borrowed, not propagated, so they do not score. Ties break by depth, breadth,
earliest first adoption, title and IRI.

Initiatives (放管服, 三项制度 ...) are ranked the same way: a programme a national
act launched (``data/national_initiatives.tsv``) starts at the nation, any other
initiative at the highest level whose documents mention it, and lower-level
documents that mention it adopt it.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import IO, Any, Callable, Iterator, NamedTuple

import networkx as nx

from .model import LEVEL_RANK, LEVELS
from .network import (Evidence, NationalProgramme, ancestors, citation_network, evidence, mention_evidence,
                      national_initiatives, normalize_title, without_inferred)

__all__ = [
    "Adoption", "Origin", "Propagation", "adoptions", "initiative_adoptions", "rank", "rank_initiatives",
    "ranked_initiatives",
    "ranking_records", "iter_ranking_records", "ranking_csv", "write_ranking_csv", "explain", "chain_text",
    "propagation_graph", "chain_labels",
    "network_of", "LOWER_LEVELS", "RANK_COLUMNS", "inference_note", "link_basis",
]

#: The levels a regulation can travel down to.
LOWER_LEVELS: tuple[str, ...] = LEVELS[1:]

#: How a link of a chain is drawn: stated in a document, or inferred from titles.
ARROW, INFERRED_ARROW = "→", "⇢"


class Adoption(NamedTuple):
    """One adopter taking up one regulation or initiative: who, where, when, through what.

    ``adopter`` is the document that cites (or is, or mentions) it, or, with
    ``via="implements"``, the regulation that implements it. ``chain`` runs from
    the adopted regulation down to what the adopter cites or is;
    ``chain_inferred[i]`` says whether the link from ``chain[i]`` to
    ``chain[i+1]`` was inferred. ``inferred`` is True when no stated path
    connects the adopter to the adopted: the adoption itself rests on inference.
    (A named tuple: immutable like our frozen dataclasses, and cheap to make by
    the million.)
    """

    adopted: str
    adopter: str
    via: str  # "document", "implements" or "mentions"
    jurisdiction: str
    level: str
    year: int | None
    chain: tuple[str, ...]
    chain_inferred: tuple[bool, ...]
    inferred: bool
    in_territory: bool | None


@dataclass
class Propagation:
    """A regulation's (or initiative's) downward propagation, traceable to its adoptions."""

    subject: str
    kind: str
    title: str
    issuer: str | None
    origin_level: str | None
    jurisdiction: str | None = None
    level_source: str | None = None
    issued_year: int | None = None
    issued_year_source: str | None = None
    adopters: dict[str, set[str]] = field(default_factory=dict)
    first_year: dict[str, int] = field(default_factory=dict)
    territory: dict[str, bool | None] = field(default_factory=dict)
    stated: set[str] = field(default_factory=set)  # jurisdictions with at least one stated adoption
    longest: Adoption | None = None
    adoptions: list[Adoption] = field(default_factory=list)

    @property
    def regulation(self) -> str:
        return self.subject

    @property
    def depth(self) -> int:
        """How many levels below its origin it reached."""
        if self.origin_level is None or not self.adopters:
            return 0
        return max(LEVEL_RANK[level] for level in self.adopters) - LEVEL_RANK[self.origin_level]

    @property
    def breadth(self) -> int:
        """Distinct jurisdictions that adopted it from below."""
        return len(self.territory)

    @property
    def in_territory(self) -> int:
        return sum(1 for t in self.territory.values() if t is True)

    @property
    def out_of_territory(self) -> int:
        return sum(1 for t in self.territory.values() if t is False)

    @property
    def territory_unknown(self) -> int:
        return sum(1 for t in self.territory.values() if t is None)

    @property
    def inferred_only(self) -> int:
        """Adopting jurisdictions whose every adoption rests on an inferred link."""
        return len(set(self.territory) - self.stated)

    def level_of(self, jurisdiction: str) -> str:
        return next(level for level, js in self.adopters.items() if jurisdiction in js)

    @property
    def score(self) -> int:
        """Σ over adopting jurisdictions not outside its territory of their levels below the origin."""
        return sum(count * gap for _, count, gap in self.score_terms())

    def score_terms(self) -> list[tuple[str, int, int]]:
        """(level, scoring jurisdictions, levels below the origin) for each level: the score's sum."""
        if self.origin_level is None:
            return []
        origin = LEVEL_RANK[self.origin_level]
        terms = []
        for level in LOWER_LEVELS:
            count = sum(1 for j in self.adopters.get(level, ()) if self.territory[j] is not False)
            if count:
                terms.append((level, count, LEVEL_RANK[level] - origin))
        return terms

    def lag(self, level: str) -> int | None:
        """Years from issuance to the first adoption at ``level``, when both are known."""
        if self.issued_year is None or level not in self.first_year:
            return None
        return self.first_year[level] - self.issued_year

    @property
    def longest_chain(self) -> tuple[str, ...]:
        """The longest chain's nodes: adopted, implementing regulations, adopter, jurisdiction."""
        a = self.longest
        if a is None:
            return ()
        tail = (a.jurisdiction,) if a.via == "implements" else (a.adopter, a.jurisdiction)
        return a.chain + tail

    def sort_key(self) -> tuple:
        first = min(self.first_year.values()) if self.first_year else 9999
        return (-self.score, -self.depth, -self.breadth, first, self.title, self.subject)


# -- adoptions -----------------------------------------------------------------------------------

_Path = tuple[tuple[str, ...], tuple[bool, ...], bool]  # nodes bottom-up, link inferred?, a stated path exists


def _better(a: _Path, b: _Path) -> bool:
    """Whether path a beats path b: longer, then fewer inferred links, then by name."""
    return (-len(a[0]), sum(a[1]), a[0]) < (-len(b[0]), sum(b[1]), b[0])


def _merge(into: dict[str, _Path], target: str, path: _Path) -> None:
    known = into.get(target)
    if known is None:
        into[target] = path
        return
    stated = known[2] or path[2]
    best = path if _better(path, known) else known
    into[target] = (best[0], best[1], stated)


def _closure(g: nx.DiGraph) -> Callable[[str], dict[str, _Path]]:
    """For a regulation S, every regulation S implements (transitively), with its best path."""
    successors: dict[str, list[tuple[str, bool]]] = defaultdict(list)
    for u, v, data in g.edges(data=True):
        if data["rel"] == "implements":
            successors[u].append((v, bool(data.get("inferred"))))
    for targets in successors.values():
        targets.sort()
    memo: dict[str, dict[str, _Path]] = {}

    def combine(node: str) -> dict[str, _Path]:
        result: dict[str, _Path] = {node: ((node,), (), True)}
        for target, inferred in successors.get(node, ()):
            if target not in memo:
                continue  # a cycle of implements links: the link back is ignored
            for reached, (nodes, flags, stated) in memo[target].items():
                if node in nodes:
                    continue
                _merge(result, reached, ((node,) + nodes, (inferred,) + flags, stated and not inferred))
        return result

    def closure(start: str) -> dict[str, _Path]:
        if start in memo:
            return memo[start]
        stack = [(start, iter(successors.get(start, ())))]
        on_stack = {start}
        while stack:
            node, pending = stack[-1]
            for target, _ in pending:
                if target not in memo and target not in on_stack:
                    stack.append((target, iter(successors.get(target, ()))))
                    on_stack.add(target)
                    break
            else:
                stack.pop()
                on_stack.discard(node)
                memo[node] = combine(node)
        return memo[start]

    return closure


class _Territory:
    """Whether jurisdictions lie within a regulation's issuing jurisdiction (cached)."""

    def __init__(self, g: nx.DiGraph):
        self.g = g
        self.cache: dict[str, frozenset[str]] = {}
        self.national = {n for n, d in g.nodes(data=True) if d.get("level") == "national"}
        self.place = {n: d.get("jurisdiction") for n, d in g.nodes(data=True) if d["kind"] == "regulation"}

    def within(self, jurisdiction: str) -> frozenset[str]:
        found = self.cache.get(jurisdiction)
        if found is None:
            found = self.cache[jurisdiction] = frozenset(ancestors(self.g, jurisdiction))
        return found

    def of(self, regulation: str, jurisdiction: str) -> bool | None:
        if regulation in self.national:
            return True
        place = self.place.get(regulation)
        if place is None:
            return None
        return place in self.within(jurisdiction)


def _network(source: Any, inferred: bool, mentions: bool = True) -> nx.DiGraph:
    g = source if isinstance(source, nx.Graph) else citation_network(source, inferred=inferred, mentions=mentions)
    return g if inferred else without_inferred(g)


def network_of(source: Any, inferred: bool = True, mentions: bool = True) -> nx.DiGraph:
    """The citation network of ``source`` (or ``source`` itself when it is one), optionally without inferred links.

    ``mentions=False`` leaves out the document → initiative edges
    (:func:`~kg_builder.network.citation_network`): enough to rank regulations.
    """
    return _network(source, inferred, mentions)


def adoptions(source: Any, inferred: bool = True) -> list[Adoption]:
    """Every downward adoption of a regulation, sorted for determinism."""
    g = _network(source, inferred)
    closure = _closure(g)
    territory = _Territory(g)
    nodes = g.nodes
    origin_rank = {n: LEVEL_RANK[d["level"]] for n, d in g.nodes(data=True)
                   if d["kind"] == "regulation" and d.get("level")}
    found: list[Adoption] = []
    # One chain tuple for all the adoptions along the same chain (most cite a regulation
    # directly: one (R,) for all its adopters, not one each, by the million at 10^5 documents).
    flipped: dict[tuple, tuple] = {}

    def downward(path: tuple) -> tuple:
        chain = flipped.get(path)
        if chain is None:
            chain = flipped[path] = tuple(reversed(path))
        return chain

    def emit(adopter: str, via: str, jurisdiction: str, level: str, year, reached: dict[str, _Path]) -> None:
        rank_here = LEVEL_RANK[level]
        for regulation, (path, flags, stated) in reached.items():
            origin = origin_rank.get(regulation)
            if origin is None or rank_here <= origin:
                continue
            found.append(Adoption(
                regulation, adopter, via, jurisdiction, level, year, downward(path),
                downward(flags), not stated, territory.of(regulation, jurisdiction)))

    for d, data in g.nodes(data=True):
        if data["kind"] != "document" or data.get("jurisdiction") is None:
            continue
        level = nodes[data["jurisdiction"]].get("level")
        if level is None:
            continue
        reached: dict[str, _Path] = {}
        for _, start, edge in g.out_edges(d, data=True):
            if edge["rel"] in ("cites", "realizes"):
                for target, path in closure(start).items():
                    _merge(reached, target, path)
        emit(d, "document", data["jurisdiction"], level, data.get("year"), reached)
    for s, data in g.nodes(data=True):
        place = data.get("jurisdiction") if data["kind"] == "regulation" else None
        if place is None:
            continue
        level = nodes[place].get("level") or data.get("level")
        if level is None or not any(e["rel"] == "implements" for _, _, e in g.out_edges(s, data=True)):
            continue
        reached = {t: p for t, p in closure(s).items() if t != s}
        emit(s, "implements", place, level, data.get("issued_year"), reached)
    found.sort(key=lambda a: (a.adopted, a.adopter))
    return found


class Origin(NamedTuple):
    """Where an initiative starts: its level, the jurisdictions there, when, who, and why so."""

    level: str
    places: list[str]
    year: int | None
    issuer: str | None = None
    level_source: str = "highest level mentioning it"
    year_source: str | None = "first mention at the origin level"
    act: str | None = None

    def issuer_label(self, g: nx.DiGraph) -> str | None:
        """Who it is shown as issued by: a national programme's launching body, else the places at its level."""
        return self.issuer or "、".join(g.nodes[p]["label"] for p in self.places) or None


def _national_programme(g: nx.DiGraph, initiative: str) -> NationalProgramme | None:
    data = g.nodes[initiative]
    listed = national_initiatives()
    for name in (data["label"], *data.get("aliases", ())):
        found = listed.get(normalize_title(name))
        if found is not None:
            return found
    return None


def initiative_adoptions(source: Any) -> tuple[list[Adoption], dict[str, Origin]]:
    """Every downward adoption of an initiative, and each initiative's origin.

    A programme a national act launched (``data/national_initiatives.tsv``) starts at the
    nation, in that act's year, whoever names it first in the graph; any other initiative
    starts at the highest level among the documents that mention it (level, the
    jurisdictions at that level, their first year).
    """
    g = _network(source, True)
    mentions: dict[str, list[tuple[str, str, str, int | None]]] = defaultdict(list)
    for d, i, edge in g.edges(data=True):
        if edge["rel"] != "mentions":
            continue
        j = g.nodes[d].get("jurisdiction")
        level = g.nodes[j].get("level") if j else None
        if level is not None:
            mentions[i].append((d, j, level, g.nodes[d].get("year")))
    territory = _Territory(g)
    nation = sorted(n for n, data in g.nodes(data=True) if data["kind"] == "jurisdiction" and data.get("level") == "national")
    origins: dict[str, Origin] = {}
    found: list[Adoption] = []
    for initiative, seen in sorted(mentions.items()):
        programme = _national_programme(g, initiative)
        if programme is not None:
            top = LEVEL_RANK["national"]
            origins[initiative] = Origin(
                "national", nation, programme.year, programme.issuer,
                "national programmes list: launched by a national act", "the national act" if programme.year else None,
                programme.act)
        else:
            top = min(LEVEL_RANK[level] for _, _, level, _ in seen)
            places = sorted({j for _, j, level, _ in seen if LEVEL_RANK[level] == top})
            years = [y for _, _, level, y in seen if LEVEL_RANK[level] == top and y is not None]
            origins[initiative] = Origin(LEVELS[top], places, min(years) if years else None)
        origin = origins[initiative]
        for d, j, level, year in seen:
            if LEVEL_RANK[level] <= top:
                continue
            inside = True if origin.level == "national" else any(p in territory.within(j) for p in origin.places)
            found.append(Adoption(initiative, d, "mentions", j, level, year, (initiative,), (), False, inside))
    found.sort(key=lambda a: (a.adopted, a.adopter))
    return found, origins


# -- ranking -------------------------------------------------------------------------------------

def _collect(g: nx.DiGraph, found: list[Adoption], start: Callable[[str], Propagation]) -> list[Propagation]:
    labels: dict[str, str] = {}

    def label(n: str) -> str:
        found_label = labels.get(n)
        if found_label is None:
            found_label = labels[n] = g.nodes[n]["label"]
        return found_label

    def primary(a: Adoption) -> tuple:
        return (-len(a.chain), sum(a.chain_inferred), -LEVEL_RANK[a.level])

    def longest_key(a: Adoption) -> tuple:
        return (primary(a), tuple(label(n) for n in a.chain), label(a.jurisdiction), a.adopter)

    rows: dict[str, Propagation] = {}
    for a in found:
        row = rows.get(a.adopted)
        if row is None:
            row = rows[a.adopted] = start(a.adopted)
        row.adoptions.append(a)
        row.adopters.setdefault(a.level, set()).add(a.jurisdiction)
        row.territory[a.jurisdiction] = a.in_territory
        if not a.inferred:
            row.stated.add(a.jurisdiction)
        if a.year is not None and (a.level not in row.first_year or a.year < row.first_year[a.level]):
            row.first_year[a.level] = a.year
    for row in rows.values():
        # The longest chain: compare the cheap part of the key first, labels only among the best.
        best = min(primary(a) for a in row.adoptions)
        row.longest = min((a for a in row.adoptions if primary(a) == best), key=longest_key)
    return sorted(rows.values(), key=Propagation.sort_key)


def rank(source: Any, inferred: bool = True) -> list[Propagation]:
    """Regulations ordered by downward propagation (score, depth, breadth, first year, title).

    Args:
        source: anything :func:`~kg_builder.network.citation_network` reads, or the network.
        inferred: count adoptions that rest on implements links inferred from titles.
    """
    g = _network(source, inferred)

    def start(r: str) -> Propagation:
        data = g.nodes[r]
        return Propagation(r, "regulation", data["label"], data.get("issuer"), data.get("level"),
                           data.get("jurisdiction"), data.get("level_source"), data.get("issued_year"),
                           data.get("issued_year_source"))

    return _collect(g, adoptions(g), start)


def rank_initiatives(source: Any) -> list[Propagation]:
    """Initiatives ordered by downward propagation, on the same score as regulations."""
    return ranked_initiatives(source)[0]


def ranked_initiatives(source: Any) -> tuple[list[Propagation], dict[str, Origin]]:
    """:func:`rank_initiatives`'s rows and every mentioned initiative's origin (ranked or not), from one pass."""
    g = _network(source, True)
    found, origins = initiative_adoptions(g)

    def start(i: str) -> Propagation:
        origin = origins[i]
        return Propagation(i, "initiative", g.nodes[i]["label"], origin.issuer_label(g), origin.level,
                           origin.places[0] if len(origin.places) == 1 else None, origin.level_source, origin.year,
                           origin.year_source if origin.year else None)

    return _collect(g, found, start), origins


# -- presenting ----------------------------------------------------------------------------------

def _quoted(g: nx.DiGraph, node: str) -> str:
    data = g.nodes[node]
    label = data["label"]
    if data["kind"] == "initiative":
        return f"“{label}”"
    return f"《{label}》" if data["kind"] == "regulation" else label


def chain_text(g: nx.DiGraph, a: Adoption, issuer: str | None = None) -> str:
    """An adoption's chain: issuer → 《implementing regulation》 ⇢ ... → adopting jurisdiction.

    ``→`` is a link the documents state, ``⇢`` one inferred from title stems.
    """
    head = issuer or g.nodes[a.adopted].get("issuer") or _quoted(g, a.adopted)
    parts = [head]
    for node, inferred in zip(a.chain[1:], a.chain_inferred):
        parts += [INFERRED_ARROW if inferred else ARROW, _quoted(g, node)]
    parts += [ARROW, g.nodes[a.jurisdiction]["label"]]
    return " ".join(parts)


def chain_labels(g: nx.DiGraph, chain: tuple[str, ...]) -> list[str]:
    """The labels of a chain's nodes, from the regulation down to the jurisdiction."""
    return [g.nodes[n]["label"] for n in chain]


def _names(g: nx.DiGraph, nodes) -> list[str]:
    return sorted(g.nodes[n]["label"] for n in nodes)


def ranking_records(source: Any, by: str = "regulation", inferred: bool = True,
                    rows: list[Propagation] | None = None) -> list[dict[str, Any]]:
    """The ranking as records (one dict per regulation or initiative), in rank order.

    Every column is defined in ``docs/propagation.md``; ``adopters_<level>`` lists
    the jurisdictions behind each count.
    """
    return list(iter_ranking_records(source, by, inferred, rows))


def iter_ranking_records(source: Any, by: str = "regulation", inferred: bool = True,
                         rows: list[Propagation] | None = None) -> Iterator[dict[str, Any]]:
    """The records of :func:`ranking_records`, one at a time (a national ranking's are hundreds of MB at once)."""
    g = _network(source, inferred)
    if rows is None:
        rows = rank_initiatives(g) if by == "initiative" else rank(g, inferred=inferred)
    for number, row in enumerate(rows, 1):
        record: dict[str, Any] = {
            "rank": number, "title": row.title, "issuer": row.issuer or "", "origin_level": row.origin_level or "",
            "issued_year": row.issued_year if row.issued_year is not None else "",
        }
        for level in LOWER_LEVELS:
            record[level] = len(row.adopters.get(level, ()))
        longest = row.longest
        record.update({
            "depth": row.depth, "breadth": row.breadth, "in_territory": row.in_territory,
            "out_of_territory": row.out_of_territory, "territory_unknown": row.territory_unknown,
            "inferred_only": row.inferred_only,
            "longest_chain": chain_text(g, longest, row.issuer) if longest else "",
            "chain_inferred": bool(longest and any(longest.chain_inferred)),
        })
        for level in LOWER_LEVELS:
            record[f"first_year_{level}"] = row.first_year.get(level, "")
        for level in LOWER_LEVELS:
            lag = row.lag(level)
            record[f"lag_{level}"] = lag if lag is not None else ""
        record["score"] = row.score
        record["iri"] = row.subject
        for level in LOWER_LEVELS:
            record[f"adopters_{level}"] = _names(g, row.adopters.get(level, ()))
        yield record


#: The columns of ``propagation.csv`` and of ``kgb rank --format csv``.
RANK_COLUMNS: tuple[str, ...] = (
    "rank", "title", "issuer", "origin_level", "issued_year", *LOWER_LEVELS, "depth", "breadth",
    "in_territory", "out_of_territory", "territory_unknown", "inferred_only", "longest_chain",
    "chain_inferred", *(f"first_year_{level}" for level in LOWER_LEVELS),
    *(f"lag_{level}" for level in LOWER_LEVELS), "score", "iri",
    *(f"adopters_{level}" for level in LOWER_LEVELS),
)


def ranking_csv(graph: Any, inferred: bool = True, rows: list[Propagation] | None = None) -> str:
    """The ``propagation.csv`` of ``kgb build``: the regulation ranking (``rows``, if known) as CSV text."""
    import io

    out = io.StringIO()
    write_ranking_csv(out, graph, inferred, rows)
    return out.getvalue()


def write_ranking_csv(out: IO[str], graph: Any, inferred: bool = True, rows: list[Propagation] | None = None) -> None:
    """Write :func:`ranking_csv`'s text to ``out`` row by row (never the whole table in memory).

    The cells are those of ``kgb rank --format csv`` (:func:`~kg_builder.tabular.render`).
    """
    from .tabular import write_csv

    write_csv(out, iter_ranking_records(graph, inferred=inferred, rows=rows), RANK_COLUMNS)


def _territory_word(value: bool | None) -> str:
    return {True: "in territory", False: "OUT of territory", None: "territory unknown"}[value]


def _evidence(g: nx.DiGraph, a: Adoption) -> list[str]:
    """Lines saying how each link of an adoption was read: the sentence, or the title, and the extractor."""
    lines = []
    if a.via == "mentions":
        found = mention_evidence(g, a.adopter, a.adopted)[:2]
        for name, e in found:
            named = f" (as “{name}”)" if name != g.nodes[a.adopted]["label"] else ""
            lines.append(f"mentions {_quoted(g, a.adopted)}{named} [{e.describe()}]: “{e.sentence}”")
        if not found:
            lines.append(f"mentions {_quoted(g, a.adopted)} (no sentence recorded)")
        return lines
    if a.via == "document":
        held = a.chain[-1]
        rel = g.edges[a.adopter, held]["rel"] if g.has_edge(a.adopter, held) else "cites"
        if rel == "realizes":
            lines.append(f"is {_quoted(g, held)} (the document's own title)")
        else:
            said = evidence(g, a.adopter, "cites", held)
            lines.append(f"cites {_quoted(g, held)} {link_basis(said[0])}" if said else f"cites {_quoted(g, held)}")
    for upper, lower, inferred in zip(a.chain, a.chain[1:], a.chain_inferred):
        if inferred:
            lines.append(f"{_quoted(g, lower)} ⇢ implements {_quoted(g, upper)}: {inference_note(g, lower, upper)}")
        else:
            said = evidence(g, lower, "implements", upper)
            tail = f" {link_basis(said[0])}" if said else " (stated; no sentence recorded)"
            lines.append(f"{_quoted(g, lower)} → implements {_quoted(g, upper)}{tail}")
    if a.via == "document" and len(a.chain) > 1 and g.has_edge(a.adopter, a.adopted):
        said = evidence(g, a.adopter, "cites", a.adopted)
        if said:
            lines.append(f"also cites {_quoted(g, a.adopted)} directly {link_basis(said[0])}")
    return lines


def link_basis(e: Evidence) -> str:
    """How a stated link was read, with its sentence.

    A link read from a title's shape quotes the sentence only as where the title
    appears: that sentence does not state the link.
    """
    if e.basis == "title":
        return f"[{e.describe()}]; the title appears in: “{e.sentence}”"
    return f"[{e.describe()}]: “{e.sentence}”"


def inference_note(g: nx.DiGraph, lower: str, upper: str) -> str:
    """Why an inferred implements link was drawn (by kgb's analysis, not by an extractor)."""
    edge = g.edges[lower, upper] if g.has_edge(lower, upper) else {}
    if edge.get("basis") == "nested title":
        return f"inferred (its title names 〈{edge.get('stem', '')}〉; no document states it)"
    return f"inferred (shared title stem “{edge.get('stem', '')}”; no document states it)"


def explain(source: Any, title: str, by: str | None = None, inferred: bool = True) -> str:
    """Every number of one row of the ranking, with the documents and sentences behind it."""
    from .network import document_reference, find_node

    g = _network(source, inferred)
    kinds = {"regulation": ("regulation",), "initiative": ("initiative",)}.get(by or "", ("regulation", "initiative"))
    node = find_node(g, title, kinds)
    rows = rank_initiatives(g) if g.nodes[node]["kind"] == "initiative" else rank(g, inferred=inferred)
    position = next((i for i, r in enumerate(rows, 1) if r.subject == node), None)
    data = g.nodes[node]
    out = [f"{_quoted(g, node)}  ({data['kind']}, {node})"]
    if position is None:
        level = data.get("level") or "unknown"
        out.append(f"  origin level {level}; no downward adoption in this graph, so it is not ranked.")
        return "\n".join(out) + "\n"
    row = rows[position - 1]
    out.append(f"  rank {position} of {len(rows)}")
    out.append(f"  issuer: {row.issuer or 'unknown'}; origin level: {row.origin_level} (from {row.level_source})")
    if row.issued_year is not None:
        out.append(f"  issued: {row.issued_year} (from {row.issued_year_source})")
    if row.kind == "initiative":
        programme = _national_programme(g, node)
        if programme is not None:
            when = f" in {programme.year}" if programme.year else ""
            out.append(f"  origin: a national programme, launched by {programme.issuer}{when} "
                       f"({programme.act}; kg_builder/data/national_initiatives.tsv), so every lower level "
                       f"that names it adopts it, whoever names it first")
        for d, _, edge in sorted(g.in_edges(node, data=True)):
            j = g.nodes[d].get("jurisdiction")
            if edge["rel"] != "mentions" or j is None or g.nodes[j].get("level") != row.origin_level:
                continue
            for name, e in mention_evidence(g, d, node)[:1]:
                named = f" as “{name}”" if name != data["label"] else ""
                out.append(f"  origin: {g.nodes[j]['label']} names it{named} in {document_reference(g, d)} "
                           f"[{e.describe()}]: “{e.sentence}”")
    terms = " + ".join(f"{level} {count}×{gap}" for level, count, gap in row.score_terms()) or "0"
    out.append(f"  score {row.score} = {terms}   (adopting jurisdictions × levels below the origin; "
               f"out-of-territory adopters do not score)")
    out.append(f"  depth {row.depth}, breadth {row.breadth}: in territory {row.in_territory}, "
               f"out of territory {row.out_of_territory}, territory unknown {row.territory_unknown}, "
               f"resting only on inferred links {row.inferred_only}")
    for level in LOWER_LEVELS:
        if level in row.adopters:
            lag = row.lag(level)
            when = f", first seen {row.first_year[level]}" if level in row.first_year else ""
            when += f" (lag {lag} years)" if lag is not None else ""
            out.append(f"  {level}: {len(row.adopters[level])} — {'、'.join(_names(g, row.adopters[level]))}{when}")
    if row.longest is not None:
        out.append(f"  longest chain: {chain_text(g, row.longest, row.issuer)}")
    out.append(f"  adoptions ({ARROW} stated in a document: in a sentence, or read from a title's shape; "
               f"{INFERRED_ARROW} inferred from title stems; [brackets]: how each link was read):")
    ordered = sorted(row.adoptions, key=lambda a: (LEVEL_RANK[a.level], g.nodes[a.jurisdiction]["label"],
                                                   a.year or 0, g.nodes[a.adopter]["label"]))
    for number, a in enumerate(ordered, 1):
        what = "document" if a.via in ("document", "mentions") else "implementing regulation"
        year = a.year if a.year is not None else "year unknown"
        flag = "; INFERRED" if a.inferred else ""
        out.append(f"  {number}. {g.nodes[a.jurisdiction]['label']} ({a.level}, {year}, "
                   f"{_territory_word(a.in_territory)}{flag})")
        adopter = document_reference(g, a.adopter) if what == "document" else _quoted(g, a.adopter)
        out.append(f"     {what}: {adopter}  <{a.adopter}>")
        out.append(f"     chain: {chain_text(g, a, row.issuer)}")
        for line in _evidence(g, a):
            out.append(f"     {line}")
    return "\n".join(out) + "\n"


# -- compatibility with the first version's API (build.py) --------------------------------------

def propagation_graph(graph: Any) -> nx.DiGraph:
    """The citation network of an RDF graph (kept for callers of the first version)."""
    return citation_network(graph)
