"""Write a kg_builder graph in any RDF syntax: Turtle, TriG, N-Quads, N-Triples, JSON-LD, RDF/XML.

A source is an rdflib ``Dataset`` or ``Graph``, a graph file (its syntax from its
suffix), a :class:`~kg_builder.store.GraphStore`, or the directory of one.
pyoxigraph writes every syntax but JSON-LD (it is several times faster than
rdflib); rdflib writes JSON-LD, compacted with our published context
(``ontology/context.jsonld``), so that ``cites`` reads as ``cites``.

Output is deterministic: quads are sorted, so the same graph gives the same
bytes, and N-Triples / N-Quads are canonical (one sorted line per statement).
Syntaxes without named graphs (Turtle, N-Triples, RDF/XML) hold the union of the
named graphs.

Example:
    >>> from rdflib import Graph, URIRef, Literal
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://example.org/a"), URIRef("https://example.org/p"), Literal("甲")))
    >>> serialize(g, "ntriples").decode()
    '<https://example.org/a> <https://example.org/p> "甲" .\\n'
"""

from __future__ import annotations

import json
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Iterable, Iterator, Union

from .errors import KGBuilderError
from .ontology import PREFIXES, ontology_file

if TYPE_CHECKING:
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    from .store import GraphStore

__all__ = [
    "Format", "FORMATS", "UnknownFormat", "format_named", "format_for_path", "read_quads", "read_dataset",
    "serialize", "write", "jsonld_context",
]

Source = Union["Dataset", "Graph", "GraphStore", Path, str]


class UnknownFormat(KGBuilderError):
    """A serialization format was asked for by a name or suffix we do not know."""


@dataclass(frozen=True)
class Format:
    """One RDF syntax: its name, file suffixes, media type, and whether it holds named graphs."""

    name: str
    suffixes: tuple[str, ...]
    media_type: str
    datasets: bool
    oxigraph: str  # the pyoxigraph RdfFormat member that reads (and, but for JSON-LD, writes) it

    @property
    def rdf_format(self) -> "ox.RdfFormat":
        import pyoxigraph as ox

        return getattr(ox.RdfFormat, self.oxigraph)


#: Every syntax ``kgb convert`` writes, by name.
FORMATS: dict[str, Format] = {f.name: f for f in (
    Format("turtle", (".ttl",), "text/turtle", False, "TURTLE"),
    Format("trig", (".trig",), "application/trig", True, "TRIG"),
    Format("nquads", (".nq",), "application/n-quads", True, "N_QUADS"),
    Format("ntriples", (".nt",), "application/n-triples", False, "N_TRIPLES"),
    Format("jsonld", (".jsonld", ".json"), "application/ld+json", True, "JSON_LD"),
    Format("rdfxml", (".rdf", ".owl", ".xml"), "application/rdf+xml", False, "RDF_XML"),
)}

_ALIASES = {"ttl": "turtle", "nq": "nquads", "n-quads": "nquads", "nt": "ntriples", "n-triples": "ntriples",
            "json-ld": "jsonld", "xml": "rdfxml", "rdf/xml": "rdfxml", "rdf": "rdfxml"}


def format_named(name: str) -> Format:
    """The format called ``name`` (``turtle``, ``ttl``, ``json-ld`` ...)."""
    key = _ALIASES.get(name.lower(), name.lower())
    if key not in FORMATS:
        raise UnknownFormat(f"unknown RDF format {name!r}; known: {', '.join(FORMATS)}")
    return FORMATS[key]


def format_for_path(path: Path | str) -> Format:
    """The format a file's suffix names (``graph.nq`` -> N-Quads)."""
    suffix = Path(path).suffix.lower()
    for fmt in FORMATS.values():
        if suffix in fmt.suffixes:
            return fmt
    known = ", ".join(s for f in FORMATS.values() for s in f.suffixes)
    raise UnknownFormat(f"{path}: cannot tell the RDF format from the suffix {suffix or '(none)'!r}; "
                        f"known suffixes: {known}")


# -- reading -------------------------------------------------------------------------


def read_quads(source: Source) -> Iterator["ox.Quad"]:
    """The quads of any source, as pyoxigraph quads (default-graph triples included)."""
    import pyoxigraph as ox
    from rdflib import Dataset, Graph

    from .store import GraphStore, to_oxigraph

    if isinstance(source, GraphStore):
        yield from source.store.quads_for_pattern(None, None, None, None)
        return
    if isinstance(source, Dataset):
        for s, p, o, g in source.quads((None, None, None, None)):
            graph = getattr(g, "identifier", g)
            name = ox.DefaultGraph() if graph is None or str(graph) == "urn:x-rdflib:default" else to_oxigraph(graph)
            yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), name)
        return
    if isinstance(source, Graph):
        for s, p, o in source:
            yield ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), ox.DefaultGraph())
        return
    path = Path(source)
    if path.is_dir():
        store = GraphStore(path, read_only=True)
        yield from store.store.quads_for_pattern(None, None, None, None)
        return
    if not path.is_file():
        raise KGBuilderError(f"{path}: no such graph file or store directory")
    fmt = format_for_path(path)
    try:
        yield from ox.parse(path=str(path), format=fmt.rdf_format)
    except SyntaxError as error:
        raise KGBuilderError(f"{path}: not valid {fmt.name}: {error}") from None


def read_dataset(source: Source) -> "Dataset":
    """Any source as an rdflib Dataset (named graphs kept; our prefixes bound)."""
    from rdflib import Dataset

    from .rdf import bind_prefixes
    from .store import from_oxigraph

    if isinstance(source, Dataset):
        return source
    dataset = bind_prefixes(Dataset())
    for q in read_quads(source):
        graph = None if q.graph_name == _default_graph() else from_oxigraph(q.graph_name)
        s, p, o = from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)
        if graph is None:
            dataset.add((s, p, o))
        else:
            dataset.add((s, p, o, graph))
    return dataset


def _default_graph():
    import pyoxigraph as ox

    return ox.DefaultGraph()


# -- writing -------------------------------------------------------------------------


def _canonical(items: Iterable, rdf_format: "ox.RdfFormat") -> bytes:
    """Canonical N-Triples / N-Quads: one line per statement, deduplicated and sorted.

    Sorting the written lines (bytes, in C) is several times faster than sorting
    terms by their text in Python, and gives the same order.
    """
    import pyoxigraph as ox

    lines = set(ox.serialize(items, format=rdf_format).splitlines())
    lines.discard(b"")
    return b"".join(line + b"\n" for line in sorted(lines))


def jsonld_context() -> dict:
    """Our published JSON-LD context (``ontology/context.jsonld``), as a dict."""
    return json.loads(ontology_file("context.jsonld").read_text("utf-8"))["@context"]


#: Standard terms our graphs use, by the short name the JSON-LD context gives them.
_STANDARD_TERMS = {
    "type": "@type", "id": "@id",
    "prefLabel": "skos:prefLabel", "altLabel": "skos:altLabel", "definition": "skos:definition",
    "notation": "skos:notation", "inScheme": "skos:inScheme", "broader": "skos:broader",
    "topConceptOf": "skos:topConceptOf", "hasTopConcept": "skos:hasTopConcept",
    "label": "rdfs:label", "subClassOf": "rdfs:subClassOf", "subPropertyOf": "rdfs:subPropertyOf",
    "domain": "rdfs:domain", "range": "rdfs:range",
    "title": "dcterms:title", "identifier": "dcterms:identifier", "name": "foaf:name",
    "documentNumber": "eli:id_local", "dateDocument": "eli:date_document",
    "subject": "rdf:subject", "predicate": "rdf:predicate", "object": "rdf:object",
    "start": "oa:start", "end": "oa:end", "exact": "oa:exact",
}
_IRI_VALUED = {"inScheme", "broader", "topConceptOf", "hasTopConcept", "subClassOf", "subPropertyOf", "domain",
               "range", "subject", "predicate"}
_TYPED = {"start": "xsd:integer", "end": "xsd:integer", "dateDocument": "xsd:date"}


def build_jsonld_context() -> dict:
    """The JSON-LD context, made from the ontology: what ``ontology/context.jsonld`` holds.

    Prefixes, then every kgb class and property by its local name: object
    properties as ``@id`` values, typed datatype properties with their type.
    """
    from rdflib import Graph
    from rdflib.namespace import OWL, RDF, RDFS, XSD

    from .ontology import KGB

    ontology = Graph().parse(ontology_file("kgb.ttl"), format="turtle")
    context: dict[str, object] = dict(PREFIXES)
    for short, term in _STANDARD_TERMS.items():
        if short in _IRI_VALUED:
            context[short] = {"@id": term, "@type": "@id"}
        elif short in _TYPED:
            context[short] = {"@id": term, "@type": _TYPED[short]}
        else:
            context[short] = term
    terms = sorted({s for s in ontology.subjects() if str(s).startswith(str(KGB))}, key=str)
    for term in terms:
        local = str(term)[len(str(KGB)):]
        curie = f"kgb:{local}"
        if (term, RDF.type, OWL.ObjectProperty) in ontology:
            context[local] = {"@id": curie, "@type": "@id"}
            continue
        datatype = ontology.value(term, RDFS.range)
        if (term, RDF.type, OWL.DatatypeProperty) in ontology and datatype is not None \
                and str(datatype).startswith(str(XSD)) and datatype != XSD.string:
            context[local] = {"@id": curie, "@type": "xsd:" + str(datatype)[len(str(XSD)):]}
        else:
            context[local] = curie
    return {"@context": context}


def _jsonld(quads: list["ox.Quad"]) -> bytes:
    """Compacted JSON-LD via rdflib: named graphs as ``@graph`` entries, our context inline."""
    from rdflib import Dataset

    from .store import from_oxigraph

    dataset = Dataset()
    for q in quads:
        s, p, o = from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)
        if q.graph_name == _default_graph():
            dataset.add((s, p, o))
        else:
            dataset.add((s, p, o, from_oxigraph(q.graph_name)))
    # The context is inlined, not linked, so the file reads offline as it is.
    with warnings.catch_warnings():
        # rdflib's JSON-LD writer calls rdflib's own deprecated Dataset.contexts.
        warnings.simplefilter("ignore", DeprecationWarning)
        text = dataset.serialize(format="json-ld", context=jsonld_context(), auto_compact=True, sort_keys=True,
                                 indent=1, ensure_ascii=False)
    return text.encode("utf-8")


def serialize(source: Source, format: str | Format, output: IO[bytes] | Path | str | None = None) -> bytes | None:
    """Write ``source`` in ``format``; return the bytes, or write them to ``output``.

    Args:
        source: an rdflib Dataset or Graph, a graph file, a GraphStore or its directory.
        format: a :data:`FORMATS` name or alias (``turtle``, ``nq``, ``json-ld`` ...) or a Format.
        output: a binary file object or a path; None returns the bytes.

    Returns:
        The serialization when ``output`` is None, else None.
    """
    import pyoxigraph as ox

    fmt = format if isinstance(format, Format) else format_named(format)
    nquads = _canonical(read_quads(source), ox.RdfFormat.N_QUADS)
    if fmt.name == "nquads":
        data = nquads
    elif fmt.datasets:
        quads = ox.parse(nquads, format=ox.RdfFormat.N_QUADS)  # sorted, so the output is stable
        data = _jsonld(list(quads)) if fmt.name == "jsonld" else ox.serialize(quads, format=fmt.rdf_format,
                                                                               prefixes=PREFIXES)
    else:
        ntriples = _canonical((q.triple for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)),
                              ox.RdfFormat.N_TRIPLES)
        if fmt.name == "ntriples":
            data = ntriples
        else:
            triples = (q.triple for q in ox.parse(ntriples, format=ox.RdfFormat.N_TRIPLES))
            data = ox.serialize(triples, format=fmt.rdf_format, prefixes=PREFIXES)
    if output is None:
        return data
    if isinstance(output, (str, Path)):
        from .build import write_atomic

        write_atomic(Path(output), data)
    else:
        output.write(data)
    return None


def write(source: Source, path: Path | str, format: str | None = None) -> Format:
    """Write ``source`` to ``path`` (atomically), in ``format`` or the one its suffix names."""
    fmt = format_named(format) if format else format_for_path(path)
    serialize(source, fmt, Path(path))
    return fmt
