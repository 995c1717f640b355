"""The persistent graph store: Oxigraph on disk, one named graph per document.

A document's named graph is replaced in one transaction (``extend`` is atomic in
Oxigraph), and the document's ``kgb:contentHash`` triple lives inside that same
graph, so a document counts as stored only when all of it is: a build killed
half-way leaves every document either wholly in or wholly out, and the next run
skips exactly the documents whose hash is already there.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .ontology import PREFIXES, VOCABULARY_GRAPH

__all__ = ["GraphStore", "to_oxigraph", "from_oxigraph"]


def to_oxigraph(term: Node):
    """An rdflib term as a pyoxigraph term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def from_oxigraph(term) -> Node:
    """A pyoxigraph term as an rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value if term.datatype else None
        if datatype == "http://www.w3.org/2001/XMLSchema#string":
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype) if datatype else None)
    raise TypeError(f"not a pyoxigraph term: {term!r}")


class GraphStore:
    """A kg_builder graph in an Oxigraph store (on disk, or in memory with no path)."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        if self.path is None:
            self.store = ox.Store()
        elif read_only:
            self.store = ox.Store.read_only(str(self.path))
        else:
            self.path.mkdir(parents=True, exist_ok=True)
            self.store = ox.Store(str(self.path))

    def document_hashes(self) -> dict[str, str]:
        """Content hash -> document graph IRI, for every stored document."""
        query = "SELECT ?g ?h WHERE { GRAPH ?g { ?g kgb:contentHash ?h } }"
        return {row["h"].value: row["g"].value for row in self.store.query(query, prefixes=PREFIXES)}

    def has_document(self, content_hash: str) -> bool:
        """Whether a document with this content hash is stored, whole."""
        return content_hash in self.document_hashes()

    def replace_document(self, graph: URIRef, quads: Iterable[tuple[Node, Node, Node, Node]]) -> None:
        """Store a document's named graph, replacing what the graph held before."""
        g = ox.NamedNode(str(graph))
        converted = [ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), g) for s, p, o, _ in quads]
        # Each step is atomic. Should a crash fall between them, the document is
        # simply absent (its content hash went with its graph), so the next build
        # adds it again: it is never half there.
        if self.store.contains_named_graph(g):
            self.store.remove_graph(g)
        self.store.extend(converted)

    def remove_document(self, graph: URIRef) -> bool:
        """Remove a document's named graph; False when it was not stored."""
        g = ox.NamedNode(str(graph))
        if not self.store.contains_named_graph(g):
            return False
        self.store.remove_graph(g)
        return True

    def ensure_vocabulary(self, quads: Iterable[tuple[Node, Node, Node, Node]]) -> None:
        """Store the shared vocabulary graph once."""
        g = ox.NamedNode(str(VOCABULARY_GRAPH))
        if not self.store.contains_named_graph(g):
            self.store.extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), g) for s, p, o, _ in quads)

    def quads(self) -> Iterator[tuple[Node, Node, Node, Node]]:
        """Every quad of the store as rdflib terms."""
        for q in self.store.quads_for_pattern(None, None, None, None):
            yield (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object),
                   from_oxigraph(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else None)

    def query(self, sparql: str):
        """Run a SPARQL query over the union of the document graphs."""
        return self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        self.store.flush()

