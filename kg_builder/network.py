"""The citation network: any kg_builder RDF graph, read with SPARQL, as networkx.

The analysis works on whatever graph it is given (an rdflib ``Graph`` or
``Dataset``, a graph file in any RDF format including ``.nq`` and ``.trig``, a
:class:`~kg_builder.store.GraphStore` directory), written by this tool or
another, merged or not. The facts it needs are read with SPARQL from a
pyoxigraph store (files are loaded into one in memory), which is much faster on
big graphs than walking rdflib triples; the store stays attached to the network
(``g.graph["store"]``) so that every number can later be traced to the sentences
behind it (:func:`sentences`).

Nodes are IRIs (strings) with a ``kind``: ``document``, ``regulation``,
``jurisdiction`` or ``initiative``. Edges carry ``rel``: ``cites``,
``realizes`` (the document *is* that plan), ``implements`` (with ``inferred``
True or False), ``author``, ``within``, ``issued_in`` and ``mentions``
(document → initiative).

Where the graph does not state a regulation's level, it is read, in this order,
from the issuing jurisdiction's level, the national laws list, and the title's
or issuer's prefix when that names exactly one jurisdiction of the graph
(辽源市重大行政决策程序规定实施办法 → 辽源市, prefecture); ``level_source``
says which.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, NamedTuple

import networkx as nx

from .errors import KGBuilderError
from .model import LEVEL_RANK, LEVELS
from .ontology import KGB, LEVEL_TERMS, PREFIXES

if TYPE_CHECKING:
    import pyoxigraph as ox

__all__ = [
    "GraphSourceError", "UnknownTitle", "open_store", "NETWORK_PREDICATES", "EVIDENCE_PREDICATES", "citation_network", "sentences",
    "find_node", "normalize_title", "title_year", "title_span", "title_stem", "infer_implements",
    "Evidence", "evidence", "mention_evidence", "document_label", "document_reference", "DOC_TYPE_NAMES", "initiative_families", "national_initiatives", "NationalProgramme",
]

_LEVEL_OF_TERM = {str(term): level for level, term in LEVEL_TERMS.items()}

#: Issuers whose name alone says "national": the Party centre, the State Council,
#: the NPC, the central commissions and the supreme court and procuratorate.
_NATIONAL_ISSUER = re.compile(r"^(中共中央|中央|国务院|全国人民代表大会|全国人大|最高人民法院|最高人民检察院|国家)")


class GraphSourceError(KGBuilderError):
    """A graph to analyse cannot be read: names the source and the problem."""


class UnknownTitle(KGBuilderError):
    """No regulation or initiative of the graph has this title or alias."""

    def __init__(self, title: str, suggestions: list[str], shared: bool = False):
        self.title, self.suggestions = title, suggestions
        if shared:  # a short name (以下简称《纲要》) that documents gave several regulations
            super().__init__(f"{title!r} is a short name of several regulations or initiatives: "
                             f"{'; '.join(suggestions)}; give the full title")
            return
        hint = f"; did you mean: {'; '.join(suggestions)}" if suggestions else ""
        super().__init__(f"no regulation or initiative titled {title!r} in the graph{hint}")


# -- reading any graph into a pyoxigraph store --------------------------------------------------

def open_store(source: Any, predicates: Iterable[str] | None = None) -> "ox.Store":
    """A pyoxigraph store holding ``source``: a Graph/Dataset, a graph file, a store directory.

    Args:
        source: what :func:`citation_network` reads.
        predicates: when given, a graph *file* is loaded with only the triples
            whose predicate is one of these (a store or a Graph is used whole:
            nothing is loaded, it is queried in place).

    Raises:
        GraphSourceError: the file does not exist, its format is unknown or its
            content is not valid RDF.
    """
    import pyoxigraph as ox

    from .store import GraphStore, to_oxigraph

    if isinstance(source, ox.Store):
        return source
    if isinstance(source, GraphStore):
        return source.store
    if isinstance(source, (str, Path)):
        return _load_path(Path(source), None if predicates is None else frozenset(predicates))
    if hasattr(source, "quads") and hasattr(source, "contexts"):  # rdflib Dataset / ConjunctiveGraph
        triples: Iterable = ((s, p, o) for s, p, o, _ in source.quads((None, None, None, None)))
    elif hasattr(source, "triples"):  # rdflib Graph
        triples = source.triples((None, None, None))
    else:
        raise GraphSourceError(f"{source!r}: not a graph (give an rdflib Graph, a graph file or a store directory)")
    store = ox.Store()
    # Every triple goes to the default graph: the analysis reads the union of the document graphs.
    store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in triples)
    return store


def _load_path(path: Path, predicates: frozenset[str] | None = None) -> "ox.Store":
    import pyoxigraph as ox

    if path.is_dir():
        try:
            return ox.Store.read_only(str(path))
        except OSError as error:
            raise GraphSourceError(f"{path}: not a kg_builder store directory ({error})") from None
    if not path.is_file():
        raise GraphSourceError(f"{path}: no such graph file (run `kgb build` first, or name a graph file)")
    suffix = path.suffix.lstrip(".").lower()
    fmt = ox.RdfFormat.from_extension(suffix) or ox.RdfFormat.from_media_type(_MEDIA_TYPES.get(suffix, ""))
    if fmt is None:
        raise GraphSourceError(f"{path}: unknown RDF format {path.suffix!r} (use .nq, .trig, .ttl, .nt, .jsonld, .rdf)")
    store = ox.Store()
    try:
        if predicates is None:
            # lenient: skip IRI validation, much faster on big files; the analysis only reads what is there.
            store.load(path=str(path), format=fmt, lenient=True)
        elif fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES):
            _load_lines(store, path, fmt, predicates)
        else:
            wanted = {ox.NamedNode(p) for p in predicates}
            store.extend(q for q in ox.parse(path=str(path), format=fmt, lenient=True) if q.predicate in wanted)
    except SyntaxError as error:
        raise GraphSourceError(f"{path}: not valid {fmt.name}: {error}") from None
    return store


def _load_lines(store: "ox.Store", path: Path, fmt: "ox.RdfFormat", predicates: frozenset[str]) -> None:
    """Load the lines of an N-Quads or N-Triples file whose predicate is wanted.

    The kept lines stream into one load (one parse: blank nodes keep their
    identity), so memory holds the store, not the file.
    """
    import io

    class Lines(io.RawIOBase):
        def __init__(self):
            self.blobs, self.rest = _wanted_lines(path, predicates), b""

        def readable(self) -> bool:
            return True

        def readinto(self, buffer) -> int:
            while len(self.rest) < len(buffer):
                blob = next(self.blobs, b"")
                if not blob:
                    break
                self.rest += blob
            n = min(len(buffer), len(self.rest))
            buffer[:n], self.rest = self.rest[:n], self.rest[n:]
            return n

    store.load(io.BufferedReader(Lines(), 1 << 20), format=fmt, lenient=True)


def _wanted_lines(path: Path, predicates: frozenset[str], batch: int = 16384) -> Iterator[bytes]:
    """The lines of an N-Quads/N-Triples file with one of these predicates, in blobs of ``batch`` lines.

    The predicate is a line's second term. A line whose terms are not separated
    by single spaces (a tab, two spaces: legal, though neither Oxigraph nor
    kg_builder writes them) is kept whole, so nothing wanted is ever lost; a
    line kept too many is harmless. (One pass of ``split`` per line: finding each
    predicate with ``bytes.find`` instead scans the file once per predicate, which
    measured slower.)
    """
    wanted = {f"<{p}>".encode() for p in predicates}
    kept: list[bytes] = []
    with open(path, "rb") as handle:
        for line in handle:
            parts = line.split(b" ", 2)
            if len(parts) == 3 and parts[1] not in wanted and parts[1][:1] == b"<" and parts[1][-1:] == b">":
                continue
            kept.append(line)
            if len(kept) >= batch:
                yield b"".join(kept)
                kept = []
    if kept:
        yield b"".join(kept)


_MEDIA_TYPES = {"json": "application/ld+json", "xml": "application/rdf+xml", "owl": "application/rdf+xml"}


def _pairs(store: "ox.Store", predicate: str) -> Iterator[tuple[str, Any]]:
    """(subject, object) of every triple with this predicate, in the union of all graphs.

    Not DISTINCT: a triple stated in several document graphs comes once per graph,
    which every caller tolerates, and deduplicating a million rows costs more.
    """
    query = f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"
    for row in store.query(query, use_default_graph_as_union=True):
        # One copy of each IRI: the network keeps an edge's ends as dict keys, and at 10^5
        # documents fresh copies of the same IRIs for each of millions of edges cost GBs.
        yield sys.intern(row[0].value), row[1]


def _links(store: "ox.Store", predicate: str) -> Iterator[tuple[str, str]]:
    """(subject, object IRI) of every triple with this predicate, as :func:`_pairs`."""
    for s, o in _pairs(store, predicate):
        yield s, sys.intern(o.value)


def _columns(pairs: Iterable[tuple[str, str]]) -> tuple[list[str], list[str]]:
    """The first and the second items of the pairs, as two lists."""
    firsts: list[str] = []
    seconds: list[str] = []
    for a, b in pairs:
        firsts.append(a)
        seconds.append(b)
    return firsts, seconds


def _typed(store: "ox.Store", cls: str) -> set[str]:
    query = f"SELECT ?s WHERE {{ ?s a <{cls}> }}"
    return {row[0].value for row in store.query(query, use_default_graph_as_union=True)}


def _label_choice(values: list[Any]) -> str | None:
    """One label among several: Chinese first, then the shortest, then alphabetical."""
    if not values:
        return None
    best = min(values, key=lambda v: (getattr(v, "language", None) not in ("zh", "zh-cn", "zh-hans"),
                                      len(v.value), v.value))
    return best.value


def _int(term) -> int | None:
    try:
        return int(str(term.value)[:4]) if str(term.value)[:4].isdigit() else int(term.value)
    except (TypeError, ValueError):
        return None


# -- titles --------------------------------------------------------------------------------------

_DASHES = re.compile(r"[—–－‐―~～]+")


def normalize_title(title: str) -> str:
    """A title as users type it compared with the graph's: no 《》, half-width, one dash.

    >>> normalize_title("《法治政府建设实施纲要（2015—2020年）》")
    '法治政府建设实施纲要(2015-2020年)'
    """
    text = unicodedata.normalize("NFKC", title).strip()
    text = _DASHES.sub("-", text)
    text = text.replace("〈", "<").replace("〉", ">")
    text = re.sub(r"\s+", "", text)
    return text.strip("《》<>\"'“”")


_TITLE_YEAR = re.compile(r"((?:19|20)\d{2})\s*(?:年|[-—–－~至]\s*(?:19|20)\d{2})")


def title_year(title: str) -> int | None:
    """The year a title names: the first of a span ``(2015-2020年)`` or a ``2019年``.

    >>> title_year("法治政府建设实施纲要(2015-2020年)")
    2015
    >>> title_year("汉台区2017年法治政府建设工作要点")
    2017
    >>> title_year("重大行政决策程序暂行条例") is None
    True

    A year inside a nested title is that title's, not this one's:

    >>> title_year("东辽县〈法治政府建设实施纲要(2015-2020年)〉的实施意见") is None
    True
    """
    match = _TITLE_YEAR.search(re.sub(r"<[^<>]*>", "", normalize_title(title)))
    return int(match.group(1)) if match else None


_TITLE_SPAN = re.compile(r"((?:19|20)\d{2})\s*[-—–－~至]\s*((?:19|20)\d{2})\s*年")


def title_span(title: str) -> tuple[int, int] | None:
    """The years a title says it covers, ``(2015-2020年)``, or None.

    >>> title_span("法治政府建设实施纲要(2015-2020年)")
    (2015, 2020)
    >>> title_span("汉台区2017年法治政府建设工作要点") is None
    True
    """
    match = _TITLE_SPAN.search(re.sub(r"<[^<>]*>", "", normalize_title(title)))
    if not match:
        return None
    start, end = int(match.group(1)), int(match.group(2))
    return (start, end) if start <= end else None


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
    >>> title_stem("辽源市重大行政决策程序规定实施办法", ["辽源市"])
    '重大行政决策程序'
    >>> title_stem("法治政府建设实施纲要(2015-2020年)")
    '法治政府建设'
    """
    stem = _YEARS.sub("", normalize_title(title))
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


# -- the network ---------------------------------------------------------------------------------

_K, _SKOS = str(KGB), PREFIXES["skos"]

#: Every predicate :func:`citation_network` reads: the facts, none of the provenance.
#: A graph file is loaded with only these (assertions and their text spans are
#: about 60 % of a build's quads); the sentences are read when asked for (:func:`evidence`).
NETWORK_PREDICATES: frozenset[str] = frozenset({
    PREFIXES["rdf"] + "type", _SKOS + "prefLabel", _SKOS + "altLabel", PREFIXES["dcterms"] + "title",
    PREFIXES["eli"] + "date_document",
    *(_K + name for name in (
        "level", "within", "cites", "realizes", "implements", "issuerLevel", "issuerName", "issuingJurisdiction",
        "yearIssued", "authorJurisdiction", "yearCovered", "fileName", "docType", "mentionsInitiative")),
})

#: What :func:`evidence` reads: assertions (rdf:subject/predicate/object, extractor, span) and spans' text.
EVIDENCE_PREDICATES: frozenset[str] = frozenset({
    PREFIXES["rdf"] + "subject", PREFIXES["rdf"] + "predicate", PREFIXES["rdf"] + "object",
    _K + "evidence", _K + "extractor", _K + "sentence", PREFIXES["oa"] + "exact",
})

def citation_network(source: Any, inferred: bool = True, mentions: bool = True) -> nx.DiGraph:
    """The citation/implementation network of an RDF graph, as a networkx DiGraph.

    Args:
        source: an rdflib Graph or Dataset, a graph file path (.nq, .trig, .ttl,
            ...), a GraphStore or its directory, or a pyoxigraph Store.
        inferred: add the implements links inferred from title stems
            (:func:`infer_implements`), marked ``inferred=True``.
        mentions: add the document → initiative ``mentions`` edges, which only
            the initiatives' ranking reads (the initiatives are nodes either way): a
            million edges at 10^5 documents, which a caller ranking regulations alone
            can leave out.

    Returns:
        The network; ``g.graph["store"]`` is the store it was read from (for a
        graph file, a store holding only :data:`NETWORK_PREDICATES`; the
        provenance is loaded from ``g.graph["source"]`` when :func:`evidence`
        first needs it).
    """
    store = open_store(source, NETWORK_PREDICATES)
    facts_only = isinstance(source, (str, Path)) and Path(source).is_file()
    g = nx.DiGraph(store=store, source=source if facts_only else None)
    shared = _SharedAttributes()
    k = str(KGB)
    skos = PREFIXES["skos"]

    labels: dict[str, list] = defaultdict(list)
    for s, o in _pairs(store, skos + "prefLabel"):
        labels[s].append(o)
    aliases: dict[str, set[str]] = defaultdict(set)
    for s, o in _pairs(store, skos + "altLabel"):
        aliases[s].add(o.value)

    def add(node: str, kind: str) -> None:
        if node not in g:
            g.add_node(node, kind=kind, label=_label_choice(labels.get(node, [])) or _tail(node))

    # Jurisdictions and the divisions they lie within.
    for j in sorted(_typed(store, k + "Jurisdiction")):
        add(j, "jurisdiction")
        g.nodes[j]["level"] = None
    for j, term in sorted(_pairs(store, k + "level"), key=lambda p: (p[0], p[1].value)):
        if j in g and g.nodes[j]["kind"] == "jurisdiction":
            level = _LEVEL_OF_TERM.get(term.value)
            if level and (g.nodes[j]["level"] is None or LEVEL_RANK[level] < LEVEL_RANK[g.nodes[j]["level"]]):
                g.nodes[j]["level"] = level
    placed: set[str] = set()
    for j, parent in sorted(_links(store, k + "within")):
        add(j, "jurisdiction")
        add(parent, "jurisdiction")
        g.nodes[j].setdefault("level", None)
        g.nodes[parent].setdefault("level", None)
        # One parent each (the first, deterministically): divisions form a tree.
        if j not in placed:
            placed.add(j)
            _link(g, j, parent, shared(rel="within"))

    # Regulations: typed, cited, realized or implemented.
    regulations = _typed(store, k + "Regulation")
    # Two columns, not a tuple per citation: a national corpus has millions of them.
    citing, cited = _columns(_links(store, k + "cites"))
    realizes = list(_links(store, k + "realizes"))
    implements = sorted(_links(store, k + "implements"))
    regulations |= set(cited) | {r for _, r in realizes}
    regulations |= {s for s, _ in implements} | {o for _, o in implements}
    for r in sorted(regulations):
        add(r, "regulation")
        g.nodes[r].update(level=None, level_source=None, issuer=None, jurisdiction=None,
                          issued_year=None, issued_year_source=None,
                          aliases=tuple(sorted(aliases.get(r, ()))))
    levels: dict[str, list[str]] = defaultdict(list)
    for r, term in _pairs(store, k + "issuerLevel"):
        if _LEVEL_OF_TERM.get(term.value):
            levels[r].append(_LEVEL_OF_TERM[term.value])
    issuers: dict[str, set[str]] = defaultdict(set)
    for r, name in _pairs(store, k + "issuerName"):
        issuers[r].add(name.value)
    places: dict[str, list[str]] = defaultdict(list)
    for r, j in _links(store, k + "issuingJurisdiction"):
        places[r].append(j)
    years: dict[str, list[int]] = defaultdict(list)
    for r, y in _pairs(store, k + "yearIssued"):
        if _int(y) is not None:
            years[r].append(_int(y))

    # Documents: typed, or the subject of a document-only property. A regulation
    # that cites others has no author: its citations are not adoptions.
    documents = _typed(store, k + "Document")
    authors: dict[str, str] = {}
    for d, j in _links(store, k + "authorJurisdiction"):
        if d not in authors or j < authors[d]:  # one author each, deterministically
            authors[d] = j
    documents |= set(authors) | set(citing)
    documents = {d for d in documents if d not in regulations}
    for d in sorted(documents):
        add(d, "document")
        g.nodes[d].update(year=None, jurisdiction=None, title=None)
    titles: dict[str, list] = defaultdict(list)
    for d, t in _pairs(store, PREFIXES["dcterms"] + "title"):
        titles[d].append(t)
    covered: dict[str, list[int]] = defaultdict(list)
    for d, y in _pairs(store, k + "yearCovered"):
        if _int(y) is not None:
            covered[d].append(_int(y))
    dated: dict[str, list[int]] = defaultdict(list)
    for d, y in _pairs(store, PREFIXES["eli"] + "date_document"):
        if _int(y) is not None:
            dated[d].append(_int(y))
    files: dict[str, list] = defaultdict(list)
    for d, f in _pairs(store, k + "fileName"):
        files[d].append(f)

    for d, j in sorted(authors.items()):
        if d in documents:
            add(j, "jurisdiction")
            g.nodes[j].setdefault("level", None)
            g.nodes[d]["jurisdiction"] = j
            _link(g, d, j, shared(rel="author"))
    # Cites first: a document that also *is* the regulation keeps "realizes" on the one edge.
    realized = {(d, r) for d, r in realizes if d in documents}
    for d, r in zip(citing, cited):
        if d in documents:
            _link(g, d, r, shared(rel="realizes" if (d, r) in realized else "cites"))
    for d, r in realizes:
        if d in documents:
            _link(g, d, r, shared(rel="realizes"))
    del citing, cited, realizes, realized
    doc_types: dict[str, set[str]] = defaultdict(set)
    for d, t in _pairs(store, k + "docType"):
        doc_types[d].add(t.value)
    for cls, name in _DOC_TYPE_OF_CLASS.items():
        for d in _typed(store, k + cls):
            doc_types[d].add(name)
    for d in documents:
        data = g.nodes[d]
        own = sorted(g.nodes[r]["label"] for _, r, e in g.out_edges(d, data=True) if e["rel"] == "realizes")
        data["title"] = _label_choice(titles.get(d, [])) or (own[0] if own else None)
        data["year"] = min(covered[d]) if covered.get(d) else (min(dated[d]) if dated.get(d) else None)
        data["file"] = _label_choice(files.get(d, []))
        data["doc_type"] = min(doc_types[d], key=lambda t: (t == "other", t)) if doc_types.get(d) else None
        place = g.nodes[data["jurisdiction"]]["label"] if data["jurisdiction"] else None
        data["label"] = data["title"] or _label_choice(labels.get(d, [])) or document_label(
            place, data["year"], data["doc_type"], data["file"] or _tail(d))

    # Initiatives and the documents that mention them, one node per programme
    # (initiative_families): "named" on a mentions edge keeps the IRIs the document used.
    for i in sorted(_typed(store, k + "Initiative")):
        add(i, "initiative")
        g.nodes[i]["aliases"] = tuple(sorted(aliases.get(i, ())))
    if mentions:
        # Sorted, then each pair once: no set of the million pairs of 10^5 documents.
        mentioned = sorted(_links(store, k + "mentionsInitiative"))
        mentioned = [pair for n, pair in enumerate(mentioned) if n == 0 or pair != mentioned[n - 1]]
        named_first = [i for _, i in mentioned]
    else:
        # The initiatives in the order the sorted (document, initiative) pairs name them first.
        mentioned, first_document = [], {}
        for d, i in _links(store, k + "mentionsInitiative"):
            if i not in first_document or d < first_document[i]:
                first_document[i] = d
        named_first = sorted(first_document, key=lambda i: (first_document[i], i))
    for i in named_first:
        add(i, "initiative")
        g.nodes[i].setdefault("aliases", ())
    del named_first
    programme = _merge_initiatives(g)
    # A document's mentions at a time (the pairs are sorted by document). A set and then a
    # dict of every (document, programme) pair had taken 330 MB more at 10^5 documents
    # (the network's peak, 1,221 → 892 MiB).
    for d, pairs in itertools.groupby(mentioned, key=operator.itemgetter(0)):
        if d not in g or g.nodes[d]["kind"] != "document":
            continue
        named: dict[str, set[str]] = {}
        for _, i in pairs:
            named.setdefault(programme.get(i, i), set()).add(i)
        for target, iris in named.items():
            _link(g, d, target, shared(rel="mentions", named=tuple(sorted(iris))))
    del mentioned

    _resolve_regulations(g, levels, issuers, places, years, shared)
    for s, t in implements:
        if s != t and not g.has_edge(s, t):
            _link(g, s, t, shared(rel="implements", inferred=False))
    if inferred:
        infer_implements(g)
    return g


def _tail(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1]


class _SharedAttributes:
    """One attribute dict for all the edges with the same attributes (of one network).

    networkx gives every edge a dict of its own; a national network has millions of
    edges whose dict is ``{"rel": "cites"}``, and one dict each was about half of
    the network's memory. Shared dicts must never change: :func:`_link` replaces
    an edge's dict instead of updating it.
    """

    def __init__(self):
        self.known: dict[tuple, dict[str, Any]] = {}

    def __call__(self, **attributes: Any) -> dict[str, Any]:
        key = tuple(attributes.items())
        found = self.known.get(key)
        if found is None:
            found = self.known[key] = attributes
        return found


def _link(g: nx.DiGraph, u: str, v: str, attributes: dict[str, Any]) -> None:
    """Add the edge u → v with ``attributes`` as its attribute dict itself (not a copy).

    As ``g.add_edge(u, v, **attributes)``, the attributes of an edge that exists
    already are updated, but into a new dict (the old one may be shared), and the
    edge keeps its place among its node's edges. (networkx has no public way to
    give an edge a dict: the adjacency dicts are written as add_edge writes them.)
    """
    succ = g._succ
    if u not in succ or v not in succ:
        g.add_edge(u, v)  # new nodes: as add_edge makes them; then the edge's dict is replaced
    old = succ[u].get(v)
    if old is not None:
        if all(k in old and old[k] == value for k, value in attributes.items()):
            return
        attributes = {**old, **attributes}
    succ[u][v] = g._pred[v][u] = attributes


#: How a document's type reads in an untitled document's label (kgb:docType values).
DOC_TYPE_NAMES = {
    "annual_report": "年度报告", "work_plan": "工作要点", "implementation_plan": "实施方案", "opinion": "意见",
    "notice": "通知", "speech": "讲话", "other": "文件",
}
_DOC_TYPE_OF_CLASS = {
    "AnnualReport": "annual_report", "WorkPlan": "work_plan", "ImplementationPlan": "implementation_plan",
    "Opinion": "opinion", "Notice": "notice", "Speech": "speech",
}


def document_label(place: str | None, year: int | None, doc_type: str | None, file: str | None) -> str:
    """What an untitled document is called: who, when, what, and its file, never dressed as a title.

    >>> document_label("中站区", 2019, "annual_report", "000_5897df00731d88e1.txt")
    '中站区 2019 年度报告 (000_5897df00731d88e1.txt)'
    >>> document_label(None, None, None, "a.txt")
    '文件 (a.txt)'
    """
    kind = DOC_TYPE_NAMES.get(doc_type or "other", doc_type or "文件")
    head = " ".join(str(x) for x in (place, year, kind) if x)
    return f"{head} ({file})" if file else head


def document_reference(g: nx.DiGraph, document: str) -> str:
    """A document as text cites it: 《its title》, or its descriptive label when it has none."""
    data = g.nodes[document]
    return f"《{data['title']}》" if data.get("title") else data["label"]


@functools.cache
def initiative_families() -> dict[str, str]:
    """Every name of a programme (``data/initiative_families.txt``) → the name the analysis shows."""
    from importlib.resources import files

    canonical: dict[str, str] = {}
    text = (files("kg_builder") / "data" / "initiative_families.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            names = [name.strip() for name in line.split("\t") if name.strip()]
            for name in names:
                canonical[normalize_title(name)] = names[0]
    return canonical


class NationalProgramme(NamedTuple):
    """A programme the centre launched (``data/national_initiatives.tsv``)."""

    name: str
    issuer: str
    year: int | None
    act: str


@functools.cache
def national_initiatives() -> dict[str, NationalProgramme]:
    """The programmes a national act launched, by every name of theirs (normalized) → the programme.

    Their origin is the nation, whichever level of a graph names them first; other names of a
    programme (:func:`initiative_families`) find it too.
    """
    from importlib.resources import files

    families = initiative_families()
    found: dict[str, NationalProgramme] = {}
    text = (files("kg_builder") / "data" / "national_initiatives.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, issuer, year, act = (part.strip() for part in (line.split("\t") + ["", "", ""])[:4])
        programme = NationalProgramme(name, issuer, int(year) if year.isdigit() else None, act)
        found[normalize_title(name)] = programme
        for other, shown in families.items():
            if shown == name:
                found.setdefault(other, programme)
    return found


def _merge_initiatives(g: nx.DiGraph) -> dict[str, str]:
    """Fold initiatives that are one programme into one node; return variant IRI → kept IRI.

    Names are grouped by :func:`initiative_families` and by shared labels and
    aliases. The kept node is the one labelled with the programme's name (else the
    first IRI, relabelled); it takes the others' names as aliases.
    """
    families = initiative_families()
    groups: dict[str, list[str]] = defaultdict(list)
    for n, data in g.nodes(data=True):
        if data["kind"] != "initiative":
            continue
        key = families.get(normalize_title(data["label"]))
        if key is None:
            key = next((families[normalize_title(a)] for a in data.get("aliases", ())
                        if normalize_title(a) in families), normalize_title(data["label"]))
        groups[key].append(n)
    programmes = set(families.values())
    merged: dict[str, str] = {}
    for key, members in groups.items():
        members.sort()
        name = key if key in programmes else g.nodes[members[0]]["label"]
        if len(members) < 2 and g.nodes[members[0]]["label"] == name:
            continue
        members.sort(key=lambda n: (g.nodes[n]["label"] != name, n))
        kept = members[0]
        names = {g.nodes[m]["label"] for m in members} | {a for m in members for a in g.nodes[m].get("aliases", ())}
        g.nodes[kept]["label"] = name
        g.nodes[kept]["aliases"] = tuple(sorted(names - {name}))
        for other in members[1:]:
            merged[other] = kept
            g.graph.setdefault("initiative_names", {})[other] = g.nodes[other]["label"]
            g.graph.setdefault("initiative_programme", {})[other] = kept
            g.remove_node(other)
    return merged


class _JurisdictionNames:
    """Jurisdictions by name, for titles and issuers that start with one (unique names only)."""

    def __init__(self, g: nx.DiGraph):
        by_name: dict[str, set[str]] = defaultdict(set)
        for n, data in g.nodes(data=True):
            if data["kind"] == "jurisdiction" and data.get("level"):
                by_name[data["label"]].add(n)
        # A name that two divisions share (朝阳区, 鼓楼区) says nothing: leave it out.
        self.unique = {name: next(iter(nodes)) for name, nodes in by_name.items() if len(nodes) == 1}
        self.lengths = sorted({len(name) for name in self.unique}, reverse=True)

    def prefix(self, text: str) -> str | None:
        """The jurisdiction whose name ``text`` starts with (the longest name), or None."""
        for length in self.lengths:
            node = self.unique.get(text[:length])
            if node is not None:
                return node
        return None


def _resolve_regulations(g: nx.DiGraph, levels, issuers, places, years, shared=dict) -> None:
    """Give each regulation its level, issuing jurisdiction, issuer and issuance year."""
    from .laws import lookup

    names = _JurisdictionNames(g)
    for r, data in g.nodes(data=True):
        if data["kind"] != "regulation":
            continue
        title = data["label"]
        issuer_names = sorted(issuers.get(r, ()))
        data["issuer"] = "、".join(issuer_names) if issuer_names else None
        place = min(places[r]) if places.get(r) else None
        law = lookup(title)
        if levels.get(r):
            # Documents may disagree; the highest level any of them gives wins, deterministically.
            data["level"], data["level_source"] = min(levels[r], key=LEVEL_RANK.__getitem__), "issuerLevel"
        elif place is not None and g.nodes.get(place, {}).get("level"):
            data["level"], data["level_source"] = g.nodes[place]["level"], "issuing jurisdiction"
        elif law is not None:
            data["level"], data["level_source"] = "national", "national laws list"
            data["issuer"] = data["issuer"] or law.issuer
        if place is None and data["level"] != "national":
            for text, source in ((title, "title prefix"), *((name, "issuer name") for name in issuer_names)):
                found = names.prefix(text)
                if found is not None and (data["level"] is None or g.nodes[found]["level"] == data["level"]):
                    place = found
                    if data["level"] is None:
                        data["level"], data["level_source"] = g.nodes[found]["level"], source
                    break
        if data["level"] is None and any(_NATIONAL_ISSUER.match(n) for n in issuer_names):
            data["level"], data["level_source"] = "national", "issuer name"
        if data["level"] == "national" and len(issuer_names) > 1:
            # A national plan one document gives to a province (省政府《法治政府建设实施纲要(2021-2025年)》):
            # the issuer named is the nation's, not every place's a document wrote before the title.
            national = [n for n in issuer_names if names.prefix(n) is None]
            if national:
                data["issuer"] = "、".join(national)
        if place is not None:
            _link(g, r, place, shared(rel="issued_in"))
            data["jurisdiction"] = place
            data["issuer"] = data["issuer"] or g.nodes[place]["label"]
        if years.get(r):
            data["issued_year"], data["issued_year_source"] = min(years[r]), "yearIssued"
        elif law is not None and law.year is not None:
            data["issued_year"], data["issued_year_source"] = law.year, "national laws list"
        elif title_year(title) is not None:
            data["issued_year"], data["issued_year_source"] = title_year(title), "title"


def ancestors(g: nx.DiGraph, jurisdiction: str | None) -> list[str]:
    """The jurisdiction and every jurisdiction it lies within, nearest first."""
    if jurisdiction is None:
        return []
    chain, seen, frontier = [jurisdiction], {jurisdiction}, jurisdiction
    while True:
        parents = [v for _, v, d in g.out_edges(frontier, data=True) if d["rel"] == "within"]
        if not parents or parents[0] in seen:
            return chain
        frontier = parents[0]
        seen.add(frontier)
        chain.append(frontier)


def parent(g: nx.DiGraph, jurisdiction: str) -> str | None:
    """The division a jurisdiction lies directly within, or None."""
    for _, v, d in g.out_edges(jurisdiction, data=True):
        if d["rel"] == "within":
            return v
    return None


def infer_implements(g: nx.DiGraph) -> int:
    """Add implements edges inferred from titles; return how many were added.

    A title that holds another title (《运城市实施〈山西省城乡环境综合治理条例〉实施办法》)
    implements the regulation it names (``basis="nested title"``). Otherwise a
    regulation R_low implements R_high when their titles share a subject stem
    (:func:`title_stem`, at least four characters), R_high's level is higher,
    and R_low was issued within R_high's territory (a national R_high covers
    every place); among several candidates the nearest level wins. Where the
    titles say which years they cover (``(2016-2020年)``, ``2024年``), a plan
    implements the namesake whose years match its own best (:func:`_in_period`):
    a province's 2016-2020 实施方案 carries out the 2015-2020 纲要, not the 2021-2025
    one, and a level whose namesakes all cover other years is passed over. A regulation
    the graph already says implements something keeps only its stated links.
    Each added edge has ``inferred=True``, its ``basis`` and the shared ``stem``.
    """
    added = _infer_from_nested_titles(g)
    stems: dict[str, list[str]] = defaultdict(list)
    rank_of: dict[str, int] = {}
    place_of: dict[str, str | None] = {}
    for n, data in g.nodes(data=True):
        if data["kind"] != "regulation" or data.get("level") is None:
            continue
        place = data.get("jurisdiction")
        names = [g.nodes[place]["label"]] if place else []
        stem = title_stem(data["label"], names)
        if len(stem) >= 4:
            stems[stem].append(n)
            rank_of[n], place_of[n] = LEVEL_RANK[data["level"]], place
    territories: dict[str | None, list[str]] = {}
    for stem, members in sorted(stems.items()):
        if len(members) < 2:
            continue
        members.sort()
        # Candidates by level and issuing place, so that each regulation looks up
        # its few ancestors instead of scanning every namesake (a county's 法治政府建设
        # 实施方案 has thousands of them in a national corpus).
        by_place: dict[tuple[int, str | None], list[str]] = defaultdict(list)
        for m in members:
            by_place[(rank_of[m], None if rank_of[m] == 0 else place_of[m])].append(m)
        for low in members:
            low_rank = rank_of[low]
            if low_rank == 0 or any(d["rel"] == "implements" for _, _, d in g.out_edges(low, data=True)):
                continue  # the documents (or its own title) already say what it implements
            territory = territories.get(place_of[low])
            if territory is None:
                territory = territories[place_of[low]] = list(dict.fromkeys(ancestors(g, place_of[low])))
            # The nearest level above with a candidate in territory (a national one covers every place).
            for high_rank in range(low_rank - 1, -1, -1):
                if high_rank == 0:
                    chosen = by_place.get((0, None), [])
                else:
                    chosen = sorted(h for place in territory for h in by_place.get((high_rank, place), ()))
                chosen = _in_period(low, chosen, g)
                if chosen:
                    for high in chosen:
                        if not g.has_edge(low, high):
                            g.add_edge(low, high, rel="implements", inferred=True, basis="title stem", stem=stem)
                            added += 1
                    break
    return added


@functools.lru_cache(maxsize=65536)
def _title_period(title: str) -> tuple[int, int] | None:
    """The years a title covers: its span (2016-2020年), or the one year it names (2024年…要点)."""
    span = title_span(title)
    if span is not None:
        return span
    year = title_year(title)
    return (year, year) if year is not None else None


def _citing(regulation: str, g: nx.DiGraph) -> list[str]:
    """The documents citing ``regulation`` (or being it)."""
    return [d for d, _, e in g.in_edges(regulation, data=True) if e["rel"] in ("cites", "realizes")]


def _cited_period(regulation: str, g: nx.DiGraph) -> tuple[int, int] | None:
    """The years of the documents citing ``regulation`` (first, last), or None: a title naming no year of its own
    (《某省法治政府建设实施纲要》) is the plan in force when it was cited."""
    years = [y for y in (g.nodes[d].get("year") for d in _citing(regulation, g)) if y is not None]
    return (min(years), max(years)) if years else None


#: Years after the first it covers that a plan may still be written in: a 2021-2025 plan of 2022 can carry out a
#: plan above begun in 2022, not one begun in 2025.
_MADE_WITHIN = 1


def _in_period(low: str, candidates: list[str], g: nx.DiGraph) -> list[str]:
    """The candidates whose titles' years match ``low``'s best (its title's years, else those of the documents
    citing it); all of them when neither says.

    Best is the most years in common, then the fewest years apart (a 2021-2025 plan: the 2021-2025 纲要 before a
    namesake misdated 2020-2025), then the most documents citing it (the 纲要 before a misnamed namesake of the same
    years). Namesakes whose titles name no year are kept only when none overlaps; those covering other years never are,
    nor are those begun more than a year after ``low`` begins (written after it, they are not what it carries out).
    """
    period = _title_period(g.nodes[low]["label"]) or _cited_period(low, g)
    if period is None or not candidates:
        return candidates
    fit: dict[str, tuple[int, int, int]] = {}
    undated = []
    for high in candidates:
        other = _title_period(g.nodes[high]["label"])
        if other is None:
            undated.append(high)
            continue
        if other[0] > period[0] + _MADE_WITHIN:
            # (a plan begun years before its namesake above cannot carry it out: a county's 2021-2025
            # 实施方案 was written before the city's 2025年 要点, though the years overlap)
            continue
        common = min(period[1], other[1]) - max(period[0], other[0]) + 1
        if common > 0:
            apart = max(period[1], other[1]) - min(period[0], other[0]) + 1 - common
            fit[high] = (common, -apart, len(_citing(high, g)))
    if not fit:
        return undated
    _drop_misdated_twins(fit, g)
    best = max(fit.values())
    return [high for high in candidates if fit.get(high) == best]


def _drop_misdated_twins(fit: dict[str, tuple[int, int, int]], g: nx.DiGraph) -> None:
    """Of namesakes whose titles differ only in their years, each end at most a year apart, keep those most
    documents cite: a title misdated by a year (法治政府建设实施纲要(2016-2020年), written by a county or two) is the
    plan the others cite (the 2015-2020 纲要), and would otherwise win every 2016-2020 plan for fitting its years
    better. Periods further apart (the 2015-2020 and 2021-2025 纲要) are different plans."""
    by_title: dict[str, list[str]] = defaultdict(list)
    for high in fit:
        by_title[_YEARS.sub("", normalize_title(g.nodes[high]["label"]))].append(high)
    dropped = []
    for twins in by_title.values():
        periods = {high: _title_period(g.nodes[high]["label"]) for high in twins}
        for high in twins:
            (start, end), cited = periods[high], fit[high][2]
            if any(fit[other][2] > cited and abs(periods[other][0] - start) <= 1 and abs(periods[other][1] - end) <= 1
                   for other in twins if other != high):
                dropped.append(high)
    for high in dropped:
        del fit[high]


_NESTED = re.compile(r"[〈<]([^〈〉<>]{4,})[〉>]")
# A title about the one it names, not carrying it out: submitting it (关于报送〈…报告〉的报告), asking for comments
# on it (征求〈…(征求意见稿)〉意见的函), commenting on it (人大常委会对〈…报告〉的审议意见), answering on it
# (关于〈…审议意见〉研究处理情况的报告), explaining it (〈…〉解读, 就〈…〉答记者问).
_ABOUT_BEFORE = re.compile(r"(报送|征求|就|对)$")
_ABOUT_AFTER = re.compile(r"(的)?(解读|政策解读|答记者问|研究处理|审议意见|审查意见|意见的函|征求意见)")
_LISTED_BEFORE = re.compile(r"(<[^<>]*>(和|及|、|与))+$")  # 报送〈A〉和〈B〉: B is submitted too


def nested_implemented(title: str) -> list[str]:
    """The titles nested in ``title`` that it carries out (implements, or transmits: 关于印发〈A〉的通知), not
    those it only submits, comments on or explains.

    >>> nested_implemented("运城市实施〈山西省城乡环境综合治理条例〉实施办法")
    ['山西省城乡环境综合治理条例']
    >>> nested_implemented("市司法局:〈南充市人民政府2024年法治政府建设重点工作安排〉解读")
    []
    """
    text = normalize_title(title)
    found = []
    for match in _NESTED.finditer(text):
        before = _LISTED_BEFORE.sub("", text[:match.start()])
        if _ABOUT_BEFORE.search(before) or _ABOUT_AFTER.match(text, match.end()):
            continue
        found.append(match.group(1))
    return found


def _infer_from_nested_titles(g: nx.DiGraph) -> int:
    by_title: dict[str, list[str]] = defaultdict(list)
    for n, data in g.nodes(data=True):
        if data["kind"] == "regulation":
            by_title[normalize_title(data["label"])].append(n)
    added = 0
    for n, data in sorted(g.nodes(data=True)):
        if data["kind"] != "regulation" or any(e["rel"] == "implements" for _, _, e in g.out_edges(n, data=True)):
            continue
        for name in nested_implemented(data["label"]):
            for target in sorted(by_title.get(normalize_title(name), ())):
                if target != n and not g.has_edge(n, target):
                    g.add_edge(n, target, rel="implements", inferred=True, basis="nested title", stem=name)
                    added += 1
    return added


def without_inferred(g: nx.DiGraph) -> nx.DiGraph:
    """A view of the network without the inferred implements links."""
    return nx.subgraph_view(g, filter_edge=lambda u, v: not g.edges[u, v].get("inferred", False))


# -- provenance ----------------------------------------------------------------------------------

class Evidence(NamedTuple):
    """How one link was read: the sentence it was found in, the extractor, and on what basis.

    ``basis`` is ``"sentence"`` when the sentence states the link, or ``"title"``
    when the extractor read it from a title's shape (《X实施办法》 beside 《X》,
    《关于贯彻落实〈A〉的实施意见》): the recorded quote is then the title itself,
    and the sentence is only where that title appears.
    """

    sentence: str
    extractor: str | None
    basis: str
    quote: str | None = None

    def describe(self) -> str:
        """The basis in words: "read from the title's shape (extractor implements)"."""
        by = f"extractor {self.extractor}" if self.extractor else "extractor unknown"
        if self.basis == "title":
            return f"read from the title's shape, not from a sentence ({by})"
        return f"stated in a sentence ({by})"


def evidence(g: nx.DiGraph, subject: str, predicate: str, obj: str) -> list[Evidence]:
    """How ``subject predicate obj`` was read, from its assertions' spans, sentence-based first.

    ``predicate`` is a kgb local name (``cites``, ``implements``, ``mentionsInitiative``).
    An assertion whose span's quote (``oa:exact``) is the subject's own title
    and not a sentence was read from the title's shape (``basis="title"``).
    """
    store = _evidence_store(g)
    if store is None:
        return []
    # The IRIs come from the store itself, so they hold no character that could end <...>.
    query = f"""SELECT DISTINCT ?sentence ?extractor ?exact WHERE {{
        ?a rdf:subject <{subject}> ; rdf:predicate <{KGB[predicate]}> ; rdf:object <{obj}> ;
           kgb:evidence ?span .
        ?span kgb:sentence ?sentence .
        OPTIONAL {{ ?a kgb:extractor ?extractor }}
        OPTIONAL {{ ?span oa:exact ?exact }} }}"""
    rows = store.query(query, prefixes=PREFIXES, use_default_graph_as_union=True)
    titles = {normalize_title(name) for name in (g.nodes[subject].get("label") or "",
                                                  *g.nodes[subject].get("aliases", ())) if name} \
        if subject in g else set()
    if subject in g and g.nodes[subject].get("title"):
        titles.add(normalize_title(g.nodes[subject]["title"]))
    found: dict[tuple[str, str | None], Evidence] = {}
    for row in rows:
        sentence, extractor, exact = (row[0].value, row[1].value if row[1] is not None else None,
                                      row[2].value if row[2] is not None else None)
        basis = "title" if exact is not None and normalize_title(exact) in titles and exact != sentence else "sentence"
        known = found.get((sentence, extractor))
        if known is None or (known.basis == "title" and basis == "sentence"):
            found[(sentence, extractor)] = Evidence(sentence, extractor, basis, exact)
    return sorted(found.values(), key=lambda e: (e.basis != "sentence", len(e.sentence), e.sentence))


def _evidence_store(g: nx.DiGraph) -> "ox.Store | None":
    """The store holding the provenance of ``g``: its own, or (read from a file) the provenance loaded once."""
    source = g.graph.get("source")
    if source is None:
        return g.graph.get("store")
    if "evidence_store" not in g.graph:
        g.graph["evidence_store"] = open_store(source, EVIDENCE_PREDICATES)
    return g.graph["evidence_store"]


def mention_evidence(g: nx.DiGraph, document: str, initiative: str) -> list[tuple[str, Evidence]]:
    """How a document mentions an initiative: (the name it used, evidence), over every name it used."""
    edge = g.edges[document, initiative] if g.has_edge(document, initiative) else {}
    names = g.graph.get("initiative_names", {})
    found = []
    for named in edge.get("named", (initiative,)):
        name = g.nodes[named]["label"] if named in g else names.get(named, _tail(named))
        found += [(name, e) for e in evidence(g, document, "mentionsInitiative", named)]
    return found


def sentences(g: nx.DiGraph, subject: str, predicate: str, obj: str) -> list[str]:
    """The sentences behind ``subject predicate obj`` (see :func:`evidence` for how each was read)."""
    return sorted({e.sentence for e in evidence(g, subject, predicate, obj)}, key=lambda s: (len(s), s))


def find_node(g: nx.DiGraph, title: str, kinds: tuple[str, ...] = ("regulation", "initiative")) -> str:
    """The regulation (or initiative) with this title or alias (``skos:altLabel``).

    Exact titles win, then titles equal after :func:`normalize_title`, then the one
    title that contains the text, then the one that starts with it. An alias (a
    short name such as 《纲要》 a document gave) names a node only when it is the
    alias of no other: one shared by several is ambiguous.

    Raises:
        UnknownTitle: nothing matches, several titles contain the text, or the text
            is an alias of several.
    """
    wanted = normalize_title(title)
    exact, normalized, partial = [], [], []
    exact_alias, normalized_alias = [], []
    for n, data in g.nodes(data=True):
        if data["kind"] not in kinds:
            continue
        aliases = data.get("aliases", ())
        names = (data["label"], *aliases)
        if title == data["label"]:
            exact.append(n)
        elif normalize_title(data["label"]) == wanted:
            normalized.append(n)
        elif title in aliases:
            exact_alias.append(n)
        elif wanted in {normalize_title(name) for name in aliases}:
            normalized_alias.append(n)
        elif wanted and any(wanted in normalize_title(name) for name in names):
            partial.append(n)

    def best(found: list[str]) -> str:
        # A regulation wins over a document-only node; then the one most cited.
        return min(found, key=lambda n: (kinds.index(g.nodes[n]["kind"]), -g.in_degree(n), n))

    for found in (exact, normalized):
        if found:
            return best(found)
    for found in (exact_alias, normalized_alias):
        labels = {g.nodes[n]["label"] for n in found}
        if len(labels) == 1:
            return best(found)
        if labels:
            ordered = sorted(found, key=lambda n: (-g.in_degree(n), g.nodes[n]["label"]))
            raise UnknownTitle(title, list(dict.fromkeys(g.nodes[n]["label"] for n in ordered))[:8], shared=True)
    if len(partial) == 1:
        return partial[0]
    starting = [n for n in partial if normalize_title(g.nodes[n]["label"]).startswith(wanted)]
    if len(starting) == 1:
        return starting[0]
    import difflib

    labels = sorted({g.nodes[n]["label"] for n in partial}) or difflib.get_close_matches(
        wanted, sorted({d["label"] for _, d in g.nodes(data=True) if d["kind"] in kinds}), n=5, cutoff=0.4)
    raise UnknownTitle(title, labels[:5])


def levels_below(level: str) -> tuple[str, ...]:
    """The levels below ``level``, top to bottom."""
    return LEVELS[LEVEL_RANK[level] + 1:]
