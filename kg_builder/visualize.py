"""The interactive HTML explorer: one self-contained page that works with no network.

``render_html`` turns a graph (an rdflib Graph, a pyoxigraph Store, a graph file or
a ``GraphStore`` directory) into a single HTML file: vis-network is inlined from
the installed pyvis package, the page's own script and style from
``kg_builder/explorer/``, and the graph travels as JSON inside a
``<script type="application/json">`` block with ``<``, ``>`` and ``&`` escaped, so
no title can close the block or open markup. The page writes every label,
tooltip and sentence through ``textContent``; nothing from the data reaches
``innerHTML`` or a vis-network ``title``.

The RDF is read in one pass over its triples (no per-node lookups), nodes and
edges are built as plain JSON (pyvis's own insertion is quadratic), and the first
view is laid out here: one band per administrative level, national at the top,
nodes ordered within a band by the barycentre of their neighbours (the Sugiyama
heuristic), so a big graph opens drawn, with physics off.

Example:
    >>> from rdflib import Graph
    >>> page = render_html(Graph(), title="<empty>")
    >>> "&lt;empty&gt;" in page and "cdn" not in page.lower()
    True
"""

from __future__ import annotations

import functools
import html
import importlib.util
import json
import math
import re
import sys
from array import array
from collections import defaultdict
from importlib.resources import files
from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple, Sequence

from .errors import InputError, KGBuilderError
from .model import LEVEL_RANK, LEVELS

__all__ = [
    "FocusNotFound", "Term", "explorer_data", "layered_positions", "read_triples", "render_html", "render_page", "vis_network_js", "write_html",
    "DEFAULT_TOP", "DEFAULT_LIMIT", "PHYSICS_LIMIT",
]

#: How many nodes the page draws at first (the most important ones); the rest are a click away.
DEFAULT_TOP = 500
#: The most nodes a page holds (drawn or a click away): past this, the least important
#: nodes, their edges and their evidence are left out, and the page says how many.
DEFAULT_LIMIT = 5000
#: The page offers physics (off at first: the layered layout reads better) only for views this small.
PHYSICS_LIMIT = 300

_KGB = "https://w3id.org/kg-builder/ontology#"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCTERMS = "http://purl.org/dc/terms/"
_OA = "http://www.w3.org/ns/oa#"
_FOAF = "http://xmlns.com/foaf/0.1/"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"

_TYPE = _RDF + "type"
_LEVEL_OF_TERM = {_KGB + level.capitalize(): level for level in LEVELS}

#: Node classes, most specific first: a node takes the first type it has.
_NODE_TYPES = (
    (_KGB + "Document", "document"),
    (_KGB + "Jurisdiction", "jurisdiction"),
    (_KGB + "Plan", "plan"),
    (_KGB + "Regulation", "regulation"),
    (_KGB + "Agency", "agency"),
    (_KGB + "Initiative", "initiative"),
    (_KGB + "Official", "official"),
    (_KGB + "Task", "task"),
)
_TYPE_ORDER = {name: i for i, (_, name) in enumerate(_NODE_TYPES)}
_KIND_OF_CLASS = {
    _KGB + "Law": "law", _KGB + "AdministrativeRegulation": "administrative_regulation",
    _KGB + "LocalRegulation": "local_regulation", _KGB + "Rule": "rule",
    _KGB + "PartyRegulation": "party_regulation", _KGB + "Plan": "plan",
    _KGB + "NormativeDocument": "normative", _KGB + "Report": "report",
}
_DOC_TYPE_OF_CLASS = {
    _KGB + "AnnualReport": "annual_report", _KGB + "WorkPlan": "work_plan",
    _KGB + "ImplementationPlan": "implementation_plan", _KGB + "Opinion": "opinion",
    _KGB + "Notice": "notice", _KGB + "Speech": "speech",
}
#: Literal properties the page shows, by short name.
_LITERALS = {
    _SKOS + "altLabel": "aliases", _KGB + "issuerName": "issuer", _KGB + "kind": "kind",
    _KGB + "yearIssued": "year", _KGB + "yearCovered": "year", _KGB + "divisionCode": "code",
    _DCTERMS + "title": "title", _KGB + "fileName": "file", _DCTERMS + "identifier": "identifier",
    _KGB + "docType": "docType", _FOAF + "name": "name", _RDFS + "label": "name",
    _KGB + "resolutionStatus": "status", _KGB + "role": "role", _KGB + "sourceURL": "url",
    "http://data.europa.eu/eli/ontology#date_document": "date",
    "http://data.europa.eu/eli/ontology#id_local": "number",
}
_LEVEL_LINKS = {_KGB + "level", _KGB + "issuerLevel"}
#: Assertions and their spans: read for evidence, never drawn.
_ASSERTION_PARTS = {_RDF + "subject": "s", _RDF + "predicate": "p", _RDF + "object": "o",
                    _KGB + "evidence": "span", _KGB + "extractor": "extractor"}
_SPAN_LITERALS = {_KGB + "sentence": "sentence", _OA + "exact": "exact"}
#: Evidence kept per edge in the page (the count of all of them is kept too).
_MAX_EVIDENCE = 5

# Bands of the layered layout: one per level, then nodes of no known level.
_UNKNOWN_BAND = len(LEVELS)
_DX, _DY_ROW, _BAND_GAP = 170.0, 70.0, 140.0


class FocusNotFound(KGBuilderError):
    """``--focus`` named nothing in the graph, or too many things."""


class Term(NamedTuple):
    """A literal as the explorer reads it (IRIs and blank nodes are plain strings)."""

    value: str
    lang: str | None = None
    datatype: str | None = None


#: (subject, predicate, object): the object is a str for an IRI or blank node, a Term for a literal.
Triple = tuple[str, str, "str | Term"]


# -- reading -------------------------------------------------------------------------------

def _from_rdflib(graph) -> Iterator[Triple]:
    from rdflib import BNode, Literal

    def name(term) -> str:
        return f"_:{term}" if isinstance(term, BNode) else str(term)

    # A Dataset's triples() covers only its default graph: read its quads instead.
    source = graph.quads((None, None, None, None)) if hasattr(graph, "contexts") else graph.triples((None, None, None))
    for s, p, o, *_ in source:
        if isinstance(o, Literal):
            yield name(s), str(p), Term(str(o), o.language, str(o.datatype) if o.datatype else None)
        else:
            yield name(s), str(p), name(o)


def _from_oxigraph(quads) -> Iterator[Triple]:
    for q in quads:
        yield _node_name(q.subject), q.predicate.value, _object(q.object)


def _node_name(term) -> str:
    """An IRI's text, or a blank node's label as ``_:label`` (one copy of each: the page's
    sets and indexes hold each node's name many times, millions of times at 10^5 documents)."""
    import pyoxigraph as ox

    return sys.intern(f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value)


def _object(term) -> str | Term:
    import pyoxigraph as ox

    if isinstance(term, ox.Literal):
        return Term(term.value, term.language, term.datatype.value)
    return _node_name(term)


def open_graph(source: Any):
    """A pyoxigraph store holding ``source`` (a Graph/Dataset, a Store, a graph file, a store directory).

    A file is parsed once, here; the page's data and the propagation ranking both
    read the same store. Errors name the file (:class:`InputError`).
    """
    import pyoxigraph as ox

    from .store import GraphStore

    if isinstance(source, ox.Store):
        return source
    if isinstance(source, GraphStore):
        return source.store
    if not isinstance(source, (str, Path)):
        from .network import open_store

        return open_store(source)  # an rdflib Graph or Dataset, copied once
    path = Path(source)
    if path.is_dir():
        try:
            return GraphStore(path, read_only=True).store
        except OSError as error:
            raise InputError(str(path), f"not a kg_builder store ({error})") from None
    if not path.is_file():
        raise InputError(str(path), "no such graph file or store directory")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
    if fmt is None:
        raise InputError(str(path), "unknown graph format; use .nq, .trig, .ttl, .nt, .rdf or .jsonld")
    store = ox.Store()
    try:
        # lenient: no IRI validation, much faster on big files; the page only shows what is there.
        store.load(path=str(path), format=fmt, lenient=True)
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(str(path), f"cannot read {fmt.name} graph: {error}") from None
    return store


def read_triples(source: Any) -> Iterator[Triple]:
    """Every triple of a graph, whatever holds it, as (subject, predicate, :class:`Term`).

    ``source`` is an rdflib Graph or Dataset, a pyoxigraph Store, a graph file
    (.nq, .trig, .ttl, .nt, .rdf, .jsonld ...) or a ``GraphStore`` directory.
    Triples repeated across named graphs come once per graph.
    """
    import pyoxigraph as ox

    if isinstance(source, ox.Store):
        return _from_oxigraph(source.quads_for_pattern(None, None, None, None))
    if not isinstance(source, (str, Path)):
        return _from_rdflib(source)
    path = Path(source)
    if path.is_dir():
        from .store import GraphStore

        try:
            store = GraphStore(path, read_only=True).store
        except OSError as error:
            raise InputError(str(path), f"not a kg_builder store ({error})") from None
        return _from_oxigraph(store.quads_for_pattern(None, None, None, None))
    if not path.is_file():
        raise InputError(str(path), "no such graph file or store directory")
    fmt = ox.RdfFormat.from_extension(path.suffix.lstrip(".").lower()) if path.suffix else None
    if fmt is None:
        raise InputError(str(path), "unknown graph format; use .nq, .trig, .ttl, .nt, .rdf or .jsonld")
    try:
        # Parse eagerly so that a syntax error names the file here, not half-way through the page.
        return _from_oxigraph(list(ox.parse(path=str(path), format=fmt)))
    except (SyntaxError, ValueError, OSError) as error:
        raise InputError(str(path), f"cannot read {fmt.name} graph: {error}") from None


# -- the view ------------------------------------------------------------------------------

def _pick_label(labels: dict[str | None, str]) -> str | None:
    for lang in ("zh", "zh-cn", "zh-hans", None, "en"):
        if lang in labels:
            return labels[lang]
    return labels[min(labels, key=str)] if labels else None


def _tail(iri: str) -> str:
    from urllib.parse import unquote

    return unquote(re.split(r"[/#]", iri.rstrip("/#"))[-1]) or iri


@functools.lru_cache(maxsize=1024)
def _predicate_name(iri: str) -> str:
    return iri[len(_KGB):] if iri.startswith(_KGB) else _tail(iri)


def _year(values: set[str]) -> int | None:
    years = sorted(int(m.group()) for v in values if (m := re.match(r"\d{4}", v)))
    return years[0] if years else None


def explorer_data(
    source: Any, *, top: int = DEFAULT_TOP, focus: str | None = None, levels: Sequence[str] | None = None,
    physics_limit: int = PHYSICS_LIMIT, title: str = "kg_builder graph", limit: int = DEFAULT_LIMIT,
    network: Any = None, ranking: list | None = None,
) -> dict[str, Any]:
    """Everything the page needs, as JSON-ready data.

    Args:
        source: what :func:`read_triples` accepts.
        top: how many nodes to draw at first, the most important first: regulations
            in propagation order, each with the documents, jurisdictions and
            implementing plans that carry it, then the rest by degree.
        focus: a regulation title or jurisdiction name (or alias) to open on; the
            page then shows that regulation's cascade or that jurisdiction's citations.
        levels: the administrative levels (and ``unknown``) shown at first; all by default.
        physics_limit: the page lets the user turn physics on only for views of at most
            this many nodes.
        title: the page's title.
        limit: the most nodes the page holds; past it the least important nodes
            (by the order ``top`` uses) are left out with their edges, and
            ``config["omitted"]`` says how many nodes and edges (the page shows it).
        network: the citation network of ``source``
            (:func:`~kg_builder.propagation.network_of`), when the caller has it already;
        ranking: and its :func:`~kg_builder.propagation.rank`. ``kgb build`` computes
            both once for the page and ``propagation.csv``.

    Returns:
        ``{"title", "config", "nodes", "edges", "docs"}``; edges refer to nodes by index
        and carry their evidence (document index, sentence, extractor).
    """
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, dict[str | None, str]] = defaultdict(dict)
    values: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    level_links: dict[str, set[str]] = defaultdict(set)
    # The first (least) object of the links first_link reads, per predicate and subject.
    firsts: dict[str, dict[str, str]] = {_KGB + name: {} for name in _FIRST_LINKS}
    links = _Links()
    # One store for everything: the page's data and the ranking (pyoxigraph, no rdflib copy).
    store = open_graph(source)

    # Every fact, predicate by predicate, skipping the provenance (most of the quads):
    # the evidence of the edges the page keeps is looked up afterwards. A triple
    # stated in many documents' graphs comes once per graph; everything below is a set.
    # The types come first, so that the links between nodes are kept as node numbers.
    kind_of: dict[str, str] = {}
    index: dict[str, int] = {}
    ids: list[str] = []
    for s, p, o in _fact_triples(store):
        if p == _TYPE:
            types[s].add(o)
            continue
        if links.nodes is None:
            ids, index, kind_of = _node_index(types)
            links.start(index)
        if not isinstance(o, str):
            if p == _SKOS + "prefLabel":
                labels[s][o.lang] = o.value
            elif p in _LITERALS and s in index:
                values[s][_LITERALS[p]].add(o.value)
        elif p in _LEVEL_LINKS:
            if o in _LEVEL_OF_TERM:
                level_links[s].add(_LEVEL_OF_TERM[o])
        else:
            first = firsts.get(p)
            if first is not None and (s not in first or o < first[s]):
                first[s] = o
            links.add(s, p, o)
    if links.nodes is None:
        ids, index, kind_of = _node_index(types)
        links.start(index)

    def first_link(s: str, p: str) -> str | None:
        return firsts[_KGB + p].get(s)

    def own_level(s: str) -> str | None:
        found = sorted(level_links.get(s, ()), key=LEVEL_RANK.__getitem__)
        return found[0] if found else None  # documents may disagree: the highest level wins

    province_cache: dict[str, str | None] = {}

    def province(j: str | None) -> str | None:
        """The provincial jurisdiction a jurisdiction lies in (itself if provincial)."""
        if j is None:
            return None
        if j not in province_cache:
            province_cache[j] = None
            level = own_level(j)
            if level == "provincial":
                province_cache[j] = j
            elif level != "national":
                province_cache[j] = province(first_link(j, "within"))
        return province_cache[j]

    def place_of(s: str, kind: str) -> str | None:
        """The jurisdiction a node belongs to, for its level (when it has none) and province."""
        if kind == "jurisdiction":
            return s
        if kind == "document":
            return first_link(s, "authorJurisdiction")
        if kind in ("regulation", "plan"):
            return first_link(s, "issuingJurisdiction")
        if kind == "agency":
            return first_link(s, "agencyOf")
        return None

    nodes: list[dict[str, Any]] = []
    untitled: list[int] = []
    for s in ids:
        kind = kind_of[s]
        v = values.get(s, {})
        place = place_of(s, kind)
        level = own_level(s)
        if level is None and kind in ("document", "agency") and place:
            level = own_level(place)
        kinds = sorted({*v.get("kind", ()), *(_KIND_OF_CLASS[c] for c in types[s] if c in _KIND_OF_CLASS)})
        label = _pick_label(labels.get(s, {}))
        if kind == "document":
            realizes = first_link(s, "realizes")
            label = (min(v["title"]) if v.get("title") else None) or (
                _pick_label(labels.get(realizes, {})) if realizes else None) or label
        if label is None and kind == "document":
            untitled.append(len(nodes))  # named after the ranking, as `kgb trace` names it
        label = label or min(v.get("name", ()) or v.get("file", ()) or [_tail(s)])
        prov = province(place)
        node: dict[str, Any] = {"id": s, "label": label, "type": kind, "level": level}
        if kind in ("regulation", "plan"):
            node["kind"] = next((k for k in kinds if k != "plan"), "plan" if "plan" in kinds else None)
        if kind == "document":
            node["kind"] = min(v["docType"]) if v.get("docType") else next(
                (_DOC_TYPE_OF_CLASS[c] for c in sorted(types[s]) if c in _DOC_TYPE_OF_CLASS), None)
        optional = {
            "aliases": sorted(v.get("aliases", ())) or None,
            "issuer": min(v["issuer"]) if v.get("issuer") else None,
            "year": _year(v.get("year", set())),
            "province": _pick_label(labels.get(prov, {})) if prov else None,
            "code": min(v["code"]) if v.get("code") else None,
            "file": min(v["file"]) if v.get("file") else None,
            "status": min(v["status"]) if v.get("status") else None,
            "number": min(v["number"]) if v.get("number") else None,
            "date": min(v["date"]) if v.get("date") else None,
            "url": min(v["url"]) if v.get("url") else None,
        }
        node.update({k: val for k, val in optional.items() if val is not None})
        nodes.append(node)

    # The page's edges: the links between two nodes, in (subject, predicate, object) order,
    # then the inferred implements links. They stay numbers (_Links) until the page keeps
    # them: an edge dict each for every link took GBs at 10^5 documents.
    links.close()
    # Read into the nodes: freed before the ranking, whose working memory (a national
    # ranking's adoptions) would otherwise come on top of them.
    del types, values, kind_of
    for read in (labels, level_links, firsts, province_cache):
        read.clear()
    implements = links.pairs("implements")
    inferred: list[tuple[int, int]] = []
    ranking = _rank(store, index, network, ranking)
    for u, v in ranking["inferred"]:
        if (u, v) not in implements:
            implements.add((u, v))
            inferred.append((u, v))
    del implements
    for i, row in ranking["rows"].items():
        nodes[i]["rank"] = row
    for i, origin in ranking["origins"].items():
        # an initiative has no level of its own in the graph: the one its ranking starts it at
        if nodes[i]["level"] is None:
            nodes[i]["level"] = origin["level"]
        if origin["issuer"] and "issuer" not in nodes[i]:
            nodes[i]["issuer"] = origin["issuer"]
    for i, members in ranking["traced"].items():
        nodes[i]["cascade"] = members
    for i in untitled:
        # "中站区 2019 年度报告 (000_5897df00731d88e1.txt)": who, when, what, and the file, not a title.
        nodes[i]["label"] = ranking["document_labels"].get(i, nodes[i]["label"])

    degree = links.degrees()
    for u, v in inferred:
        degree[u] += 1
        degree[v] += 1
    order = _importance(nodes, degree, ranking["cascades"])
    del degree, ranking
    focus_index = _resolve_focus(nodes, focus) if focus else None
    if focus_index is not None:
        # The page opens on it: it and its cascade come first, so that no limit leaves them out.
        first = [focus_index, *nodes[focus_index].get("cascade", ())]
        order = list(dict.fromkeys(first + order))
    omitted = None
    if len(nodes) > max(1, limit):
        kept_focus = nodes[focus_index]["id"] if focus_index is not None else None
        nodes, edges, edge_triples, order, omitted = _bounded(nodes, links, inferred, ids, order, max(1, limit))
        if kept_focus is not None:
            focus_index = next(i for i, n in enumerate(nodes) if n["id"] == kept_focus)
    else:
        edges, edge_triples = _edges(links, inferred, ids, None)
    del links, index, ids
    for position, i in enumerate(order):
        nodes[i]["r"] = position
    _add_evidence(store, nodes, edges, edge_triples)

    wanted = set(levels) if levels else None
    if wanted is not None:
        unknown = wanted - {*LEVELS, "unknown"}
        if unknown:
            raise KGBuilderError(f"unknown level {sorted(unknown)[0]!r}; use {', '.join(LEVELS)} or unknown")
    initial = [i for i in order[:max(0, top)]
               if wanted is None or (nodes[i]["level"] or "unknown") in wanted]
    if focus_index is None:
        for i, (x, y) in layered_positions(nodes, edges, initial).items():
            nodes[i]["x"], nodes[i]["y"] = x, y
    return {
        "title": title,
        "config": {"top": top, "focus": focus_index, "levels": sorted(wanted) if wanted else None,
                   "physicsLimit": physics_limit, "levelNames": list(LEVELS), "omitted": omitted},
        "nodes": nodes,
        "edges": edges,
    }


def _fact_triples(store: Any) -> Iterator[Triple]:
    """Every distinct triple of the store but the provenance (assertions and their text spans).

    Labels come once per graph, in the store's order (the page keeps the last label
    of each language it reads); for the rest, which the page reads into sets, the
    store removes the copies first: a regulation's kind, issuer and level are
    repeated by every document citing it, and converting each copy to Python
    cost more than the store's DISTINCT.
    """
    predicates = [row[0] for row in store.query("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }")]
    predicates += [row[0] for row in store.query("SELECT DISTINCT ?p WHERE { ?s ?p ?o }")]
    # The types first (the page numbers its nodes before it reads their links), then by IRI.
    for p in sorted(set(predicates), key=lambda term: (term.value != _TYPE, term.value)):
        if p.value in _ASSERTION_PARTS or p.value in _SPAN_LITERALS or p.value.startswith(_OA):
            continue  # provenance: read per edge kept (_add_evidence); the offsets the page does not show
        if p.value == _SKOS + "prefLabel":
            yield from _from_oxigraph(store.quads_for_pattern(None, p, None, None))
            continue
        skip = f"FILTER(?o != <{_KGB}Assertion>)" if p.value == _TYPE else ""
        distinct = f"SELECT DISTINCT ?s ?o WHERE {{ {{ ?s {p} ?o }} UNION {{ GRAPH ?g {{ ?s {p} ?o }} }} {skip} }}"
        name = sys.intern(p.value)
        for row in store.query(distinct):
            yield _node_name(row[0]), name, _object(row[1])


def _node_index(types: dict[str, set[str]]) -> tuple[list[str], dict[str, int], dict[str, str]]:
    """The page's nodes (everything of a type it knows) in IRI order, their numbers and kinds."""
    kind_of: dict[str, str] = {}
    for s, classes in types.items():
        for cls, name in _NODE_TYPES:
            if cls in classes:
                kind_of[s] = name
                break
    ids = sorted(kind_of)
    return ids, {iri: i for i, iri in enumerate(ids)}, kind_of


#: The links :func:`explorer_data` follows from a node (its first, least target): where it is and what it is.
_FIRST_LINKS = ("within", "authorJurisdiction", "issuingJurisdiction", "agencyOf", "realizes")


class _Links:
    """The distinct links between two different nodes, as numbers, iterated in (subject, predicate, object) order.

    A national graph has millions of such links (888,000 at 10^4 documents); as
    (subject, predicate, object) tuples in a set, then a dict each on the page's
    edge list, they took most of the page's memory, though the page keeps the
    edges among at most 5,000 nodes. Here a link is one 64-bit integer (the
    predicate's number and the object's) in rows by subject (compressed sparse rows).
    Predicates are numbered in the order they come, which :func:`_fact_triples`
    makes their IRI order, so that numbers sort as the IRIs do.
    """

    def __init__(self):
        self.nodes: dict[str, int] | None = None
        self.predicates: list[str] = []
        self._numbers: dict[str, int] = {}

    def start(self, index: dict[str, int]) -> None:
        """Begin taking links, between the nodes ``index`` numbers."""
        self.nodes = index
        self.bits = max(1, len(index).bit_length())
        self._subjects, self._rest = array("i"), array("q")

    def add(self, s: str, p: str, o: str) -> None:
        """Take the link s p o (nothing when an end is not a node, or it is a loop)."""
        i, j = self.nodes.get(s), self.nodes.get(o)
        if i is None or j is None or i == j:
            return
        k = self._numbers.get(p)
        if k is None:
            k = self._numbers[p] = len(self.predicates)
            self.predicates.append(p)
        self._subjects.append(i)
        self._rest.append(k << self.bits | j)

    def close(self) -> None:
        """Sort the links by subject, then predicate and object, once each (a counting sort by subject)."""
        count = len(self.nodes)
        starts = array("q", bytes(8 * (count + 1)))
        for i in self._subjects:
            starts[i + 1] += 1
        for i in range(count):
            starts[i + 1] += starts[i]
        placed = array("q", bytes(8 * len(self._rest)))
        fill = array("q", starts)
        for i, code in zip(self._subjects, self._rest):
            placed[fill[i]] = code
            fill[i] += 1
        del self._subjects, self._rest, fill
        self.codes, self.starts = array("q"), array("q", [0])
        for i in range(count):
            a, b = starts[i], starts[i + 1]
            if b - a > 1:
                self.codes.extend(sorted(set(placed[a:b])))
            elif b > a:
                self.codes.append(placed[a])
            self.starts.append(len(self.codes))

    def __len__(self) -> int:
        return len(self.codes)

    def __iter__(self) -> Iterator[tuple[int, int, int]]:
        """(subject, predicate number, object) of each link, in order."""
        mask, bits, codes, starts = (1 << self.bits) - 1, self.bits, self.codes, self.starts
        for i in range(len(starts) - 1):
            for code in codes[starts[i]:starts[i + 1]]:
                yield i, code >> bits, code & mask

    def pairs(self, name: str) -> set[tuple[int, int]]:
        """(subject, object) of the links whose predicate's short name is ``name``."""
        wanted = {k for k, p in enumerate(self.predicates) if _predicate_name(p) == name}
        return {(s, o) for s, k, o in self if k in wanted} if wanted else set()

    def degrees(self) -> array:
        """How many links each node has, in or out."""
        degree = array("q", bytes(8 * (len(self.starts) - 1)))
        mask = (1 << self.bits) - 1
        for i in range(len(self.starts) - 1):
            degree[i] += self.starts[i + 1] - self.starts[i]
        for code in self.codes:
            degree[code & mask] += 1
        return degree


def _edges(links: "_Links", inferred: list[tuple[int, int]], ids: list[str],
           new: dict[int, int] | None) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """The page's edges among the nodes ``new`` numbers (all, when None), renumbered, and their triples."""
    edges: list[dict[str, Any]] = []
    triples: list[tuple[str, str, str]] = []
    names = [_predicate_name(p) for p in links.predicates]
    for s, k, o in links:
        if new is None or (s in new and o in new):
            edges.append({"from": s if new is None else new[s], "to": o if new is None else new[o], "p": names[k]})
            triples.append((ids[s], links.predicates[k], ids[o]))
    for u, v in inferred:
        if new is None or (u in new and v in new):
            edges.append({"from": u if new is None else new[u], "to": v if new is None else new[v],
                          "p": "implements", "inferred": True})
            triples.append((ids[u], "", ids[v]))  # inferred: no assertion behind it
    return edges, triples


def _bounded(nodes: list[dict], links: "_Links", inferred: list[tuple[int, int]], ids: list[str],
             order: list[int], limit: int):
    """The ``limit`` most important nodes, the edges among them, renumbered; and what was left out."""
    keep = sorted(order[:limit])
    new = {old: i for i, old in enumerate(keep)}
    kept_edges, kept_triples = _edges(links, inferred, ids, new)
    for i in keep:
        if "cascade" in nodes[i]:
            nodes[i]["cascade"] = [new[m] for m in nodes[i]["cascade"] if m in new]
    omitted = {"nodes": len(nodes) - len(keep), "edges": len(links) + len(inferred) - len(kept_edges),
               "limit": limit}
    return [nodes[i] for i in keep], kept_edges, kept_triples, [new[i] for i in order[:limit]], omitted


def _add_evidence(store: Any, nodes: list[dict], edges: list[dict], edge_triples: list) -> None:
    """Give each edge the sentences behind it, read from the assertions about its subject only."""
    import pyoxigraph as ox

    from .ontology import span_document

    index = {n["id"]: i for i, n in enumerate(nodes)}
    wanted = set(edge_triples)
    subject_of = ox.NamedNode(_RDF + "subject")
    found: dict[tuple[str, str, str], set[tuple[int, str, str]]] = defaultdict(set)
    span_text: dict[str, dict[str, str]] = {}
    for subject in sorted({s for s, _, _ in edge_triples}):
        if subject.startswith("_:"):
            continue
        for a in {q.subject for q in store.quads_for_pattern(None, subject_of, ox.NamedNode(subject), None)}:
            parts: dict[str, str] = {"s": subject}
            span_term = None
            for q in store.quads_for_pattern(a, None, None, None):
                name = _ASSERTION_PARTS.get(q.predicate.value)
                if name and name != "s":
                    parts[name] = q.object.value
                    if name == "span":
                        span_term = q.object
            key = (subject, parts.get("p", ""), parts.get("o", ""))
            if key not in wanted or span_term is None or isinstance(span_term, ox.Literal):
                continue
            span = span_text.get(parts["span"])
            if span is None:
                span = span_text[parts["span"]] = {
                    _SPAN_LITERALS[q.predicate.value]: q.object.value
                    for q in store.quads_for_pattern(span_term, None, None, None)
                    if q.predicate.value in _SPAN_LITERALS}
            sentence = span.get("sentence") or span.get("exact")
            if sentence:
                # The span is of the document's characters (<document#char=...>): the named
                # graph, read here from the IRI, as a union of the graphs (Turtle) has none.
                doc = index.get(span_document(parts["span"]) or "", -1)
                found[key].add((doc, sentence, parts.get("extractor", "")))
    for edge, triple in zip(edges, edge_triples):
        evidence = sorted(found.get(triple, ()), key=lambda e: (e[0], e[1], e[2]))
        if evidence:
            edge["ev"] = [list(e) for e in evidence[:_MAX_EVIDENCE]]
            edge["n"] = len(evidence)


def _rank(store: Any, index: dict[str, int], network: Any = None, rows: list | None = None) -> dict[str, Any]:
    """The propagation ranking, per node index: rank, score, depth, breadth; and each regulation's cascade.

    A regulation's cascade is exactly what ``kgb trace`` shows for it
    (:func:`~kg_builder.trace.cascade_members`): the page's cascade view draws those nodes.
    """
    from .propagation import network_of, rank, ranked_initiatives
    from .trace import cascade_members

    g = network_of(store) if network is None else network
    ranked: dict[int, dict[str, Any]] = {}
    cascades: list[list[int]] = []
    for number, row in enumerate(rank(g) if rows is None else rows, 1):
        if row.regulation not in index:
            continue
        ranked[index[row.regulation]] = {"n": number, "score": row.score, "depth": row.depth,
                                       "breadth": row.breadth}
        members = {row.regulation: None}
        for adoption in row.adoptions:
            members.update(dict.fromkeys((*adoption.chain, adoption.adopter, adoption.jurisdiction)))
        # Each member once, where it first comes (all the importance order reads): a national
        # regulation's adoptions name its chain and their jurisdictions thousands of times.
        cascades.append([index[m] for m in members if m in index])
    # Initiatives as `kgb rank --by initiative` ranks them: their row, and for every initiative
    # mentioned (ranked or not) its origin level and issuer (a national programme's launching
    # body, else the jurisdictions at the origin level). Empty for a network built without the
    # mentions edges (citation_network(mentions=False)).
    initiative_rows, initiative_origins = ranked_initiatives(g)
    origins = {index[i]: {"level": origin.level, "issuer": origin.issuer_label(g)}
               for i, origin in initiative_origins.items() if i in index}
    # A variant name folded into its programme (network._merge_initiatives) is still a node of
    # the page: it starts where its programme does.
    for variant, kept in g.graph.get("initiative_programme", {}).items():
        if variant in index and kept in index and index[kept] in origins:
            origins.setdefault(index[variant], origins[index[kept]])
    for number, row in enumerate(initiative_rows, 1):
        if row.subject in index:
            ranked[index[row.subject]] = {"n": number, "score": row.score, "depth": row.depth,
                                          "breadth": row.breadth, "by": "initiative"}
    inferred = sorted({(index[u], index[v]) for u, v, d in g.edges(data=True)
                       if d.get("rel") == "implements" and d.get("inferred") and u in index and v in index})
    traced: dict[int, list[int]] = {}
    for n, data in g.nodes(data=True):
        if data["kind"] == "regulation" and n in index:
            members = sorted(index[m] for m in cascade_members(g, n) if m in index)
            if len(members) > 1:
                traced[index[n]] = members
    labels = {index[n]: data["label"] for n, data in g.nodes(data=True) if data["kind"] == "document" and n in index}
    return {"rows": ranked, "cascades": cascades, "inferred": inferred, "traced": traced, "document_labels": labels,
            "origins": origins}


def _importance(nodes: list[dict], degree: Sequence[int], cascades: list[list[int]]) -> list[int]:
    """Node indices, most important first: ranked cascades, then by degree (edges at each node)."""
    order: list[int] = []
    seen: set[int] = set()
    for members in cascades:
        for i in members:
            if i not in seen:
                seen.add(i)
                order.append(i)
    rest = sorted((i for i in range(len(nodes)) if i not in seen),
                  key=lambda i: (-degree[i], _TYPE_ORDER[nodes[i]["type"]], nodes[i]["label"], nodes[i]["id"]))
    return order + rest


def _resolve_focus(nodes: list[dict], name: str) -> int:
    """The node ``--focus`` names: an exact label or alias first, then a unique substring."""
    wanted = name.strip().strip("《》")
    preference = {"regulation": 0, "plan": 0, "jurisdiction": 1}
    exact = [i for i, n in enumerate(nodes) if wanted == n["label"] or wanted in n.get("aliases", ())]
    if not exact:
        exact = [i for i, n in enumerate(nodes)
                 if wanted in n["label"] or any(wanted in a for a in n.get("aliases", ()))]
    if not exact:
        raise FocusNotFound(f"--focus {name!r}: no regulation, plan or jurisdiction has that name or alias")
    best = min(preference.get(nodes[i]["type"], 2) for i in exact)
    chosen = [i for i in exact if preference.get(nodes[i]["type"], 2) == best]
    if len(chosen) > 1 and len({nodes[i]["label"] for i in chosen}) > 1:
        names = ", ".join(sorted({nodes[i]["label"] for i in chosen})[:5])
        raise FocusNotFound(f"--focus {name!r} matches {len(chosen)} nodes ({names} ...): give the full name")
    return min(chosen, key=lambda i: (len(nodes[i]["label"]), nodes[i]["id"]))


def _band(node: dict) -> int:
    return LEVEL_RANK.get(node["level"], _UNKNOWN_BAND) if node["level"] else _UNKNOWN_BAND


def _columns(count: int, bands: int, aspect: float = 1.5) -> int:
    """How many columns make the picture about ``aspect`` times as wide as it is tall.

    Solves columns·DX = aspect·(count/columns·DY_ROW + bands·BAND_GAP) for columns.
    """
    gaps = aspect * bands * _BAND_GAP
    return max(4, math.ceil((gaps + math.sqrt(gaps * gaps + 4 * _DX * aspect * count * _DY_ROW)) / (2 * _DX)))


def layered_positions(nodes: list[dict], edges: list[dict], subset: Iterable[int],
                      sweeps: int = 4) -> dict[int, tuple[float, float]]:
    """Positions for ``subset``: a band per level (national on top), barycentre order within.

    Each band is filled column by column, several rows deep when it holds many
    nodes, so the picture stays about as wide as it is tall. The page's script
    runs the same algorithm for the views it builds (focus, filters).
    """
    members = list(dict.fromkeys(subset))
    chosen = set(members)
    neighbours: dict[int, set[int]] = defaultdict(set)
    for e in edges:
        a, b = e["from"], e["to"]
        if a in chosen and b in chosen and a != b:
            neighbours[a].add(b)
            neighbours[b].add(a)
    bands: dict[int, list[int]] = defaultdict(list)
    for i in members:
        bands[_band(nodes[i])].append(i)
    for band in bands.values():
        band.sort(key=lambda i: (nodes[i].get("province") or "", _TYPE_ORDER[nodes[i]["type"]], nodes[i]["label"],
                                 nodes[i]["id"]))
    pos: dict[int, float] = {}

    def place(band: list[int]) -> None:
        for k, i in enumerate(band):
            pos[i] = (k + 0.5) / len(band) - 0.5

    for band in bands.values():
        place(band)
    keys = sorted(bands)
    for sweep in range(sweeps):
        for b in (keys if sweep % 2 == 0 else reversed(keys)):
            band = bands[b]
            bary = {}
            for i in band:
                # Neighbours in the same band count too: a report then sits by its county.
                around = [pos[j] for j in neighbours.get(i, ())]
                bary[i] = sum(around) / len(around) if around else pos[i]
            band.sort(key=lambda i: (bary[i], pos[i]))
            place(band)
    for key in keys:
        bands[key] = _beside_authors(bands[key], edges, nodes)
    columns = _columns(len(members), len(bands))
    result: dict[int, tuple[float, float]] = {}
    y = 0.0
    for b in keys:
        band = bands[b]
        rows = math.ceil(len(band) / columns)
        width = math.ceil(len(band) / rows)
        for k, i in enumerate(band):
            col, row = divmod(k, rows)
            # Alternate rows shift by half a column so that labels of neighbours do not collide.
            x = (col - (width - 1) / 2 + (0.5 if row % 2 else 0.0)) * _DX
            result[i] = (round(x, 1), round(y + row * _DY_ROW, 1))
        y += (rows - 1) * _DY_ROW + _BAND_GAP
    return result


def _beside_authors(band: list[int], edges: list[dict], nodes: list[dict]) -> list[int]:
    """The band with each document right after its author jurisdiction, when both are in it."""
    in_band = set(band)
    follows: dict[int, int] = {}
    followers: dict[int, list[int]] = defaultdict(list)
    position = {i: k for k, i in enumerate(band)}
    for e in sorted(edges, key=lambda e: (position.get(e["from"], -1), e["to"])):
        if e["p"] == "authorJurisdiction" and e["from"] in in_band and e["to"] in in_band and e["from"] not in follows:
            follows[e["from"]] = e["to"]
            followers[e["to"]].append(e["from"])
    ordered: list[int] = []
    for i in band:
        if i not in follows:
            ordered.append(i)
            ordered += followers.get(i, ())
    return ordered


# -- the page ------------------------------------------------------------------------------

def vis_network_js() -> str:
    """The vis-network library's source, from the installed pyvis package."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError("pyvis is not installed: pip install pyvis")
    return (Path(spec.origin).parent / "lib" / "vis-9.1.2" / "vis-network.min.js").read_text("utf-8")


def _asset(name: str) -> str:
    return files("kg_builder.explorer").joinpath(name).read_text("utf-8")


def _json_for_html(value: Any) -> str:
    """JSON that cannot end a <script> element or open markup inside one."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _script(code: str) -> str:
    """Source code safe to inline in a <script> element."""
    return code.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def render_page(data: dict[str, Any]) -> str:
    """The self-contained page for what :func:`explorer_data` returned."""
    parts = {
        "TITLE": html.escape(data["title"]),
        "CSS": _asset("explorer.css").replace("</style", "<\\/style"),
        "DATA": _json_for_html(data),
        "VIS": _script(vis_network_js()),
        "JS": _script(_asset("explorer.js")),
    }
    # One pass over the template, so that nothing inserted is ever read as a placeholder.
    return re.sub(r"\{\{(TITLE|CSS|DATA|VIS|JS)\}\}", lambda m: parts[m.group(1)], _asset("page.html"))


def render_html(graph: Any, title: str = "kg_builder graph", *, top: int = DEFAULT_TOP, focus: str | None = None,
                levels: Sequence[str] | None = None, physics_limit: int = PHYSICS_LIMIT,
                limit: int = DEFAULT_LIMIT, network: Any = None, ranking: list | None = None) -> str:
    """The complete, self-contained explorer page for a graph.

    ``graph`` is an rdflib Graph (what ``kgb build`` passes), a pyoxigraph Store,
    a graph file or a store directory; the other arguments are those of
    :func:`explorer_data`.
    """
    return render_page(explorer_data(graph, top=top, focus=focus, levels=levels, physics_limit=physics_limit,
                                     title=title, limit=limit, network=network, ranking=ranking))


def write_html(source: Any, output: Path, **options: Any) -> dict[str, int]:
    """Render ``source`` into the page ``output``; return how many nodes and edges it holds (and left out).

    ``options`` are those of :func:`explorer_data`.
    """
    data = explorer_data(source, **options)
    page = render_page(data)
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    tmp = output.with_name(f".{output.name}.tmp")
    tmp.write_text(page, encoding="utf-8", newline="\n")
    tmp.replace(output)
    shown = sum(1 for n in data["nodes"] if "x" in n)
    counts = {"nodes": len(data["nodes"]), "edges": len(data["edges"]), "shown": shown}
    omitted = data["config"].get("omitted")
    if omitted:  # past --limit: how many nodes and edges the page left out
        counts.update(omitted_nodes=omitted["nodes"], omitted_edges=omitted["edges"])
    return counts
