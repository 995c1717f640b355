"""The graph an export reads: a graph file or a store directory, as an on-disk Oxigraph store.

A graph file (.nq, .trig, .ttl, .nt, .rdf ...) is bulk-loaded into a temporary
on-disk store, so that exports stream quads from the store's indexes rather than
holding the graph in memory; a store directory (``GraphStore``) is opened read-only
and used as it is.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from ..ontology import PREFIXES, VOCABULARY_GRAPH
from ..scratch import scratch_directory
from . import ExportError

__all__ = ["GraphSource", "open_graph", "GRAPH_SUFFIXES"]

#: Graph file suffixes and their formats.
GRAPH_SUFFIXES: dict[str, ox.RdfFormat] = {
    ".nq": ox.RdfFormat.N_QUADS,
    ".trig": ox.RdfFormat.TRIG,
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".n3": ox.RdfFormat.N3,
    ".rdf": ox.RdfFormat.RDF_XML,
    ".owl": ox.RdfFormat.RDF_XML,
    ".xml": ox.RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class GraphSource:
    """An Oxigraph store holding the graph to export, and where it came from."""

    store: ox.Store
    origin: str

    def graphs(self) -> list[ox.NamedNode | ox.BlankNode]:
        """The named graphs: one per document, and the vocabulary graph (sorted, vocabulary last)."""
        names = sorted(self.store.named_graphs(), key=lambda g: (g.value == str(VOCABULARY_GRAPH), g.value))
        return names

    def has_default_graph(self) -> bool:
        """Whether triples sit outside any named graph (as when a .ttl file was read)."""
        return next(iter(self.store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None

    def triples(self, graph) -> Iterator[ox.Triple]:
        """The triples of one graph (a named graph, or ``ox.DefaultGraph()``), streamed."""
        for quad in self.store.quads_for_pattern(None, None, None, graph):
            yield quad.triple

    def count(self, graph=None) -> int:
        """How many triples one graph holds, or how many quads the store holds."""
        if graph is None:
            return len(self.store)
        if isinstance(graph, ox.DefaultGraph):
            query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
            return int(next(iter(self.store.query(query)))["n"].value)
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
        rows = self.store.query(query, substitutions={ox.Variable("g"): graph})
        return int(next(iter(rows))["n"].value)

    def query(self, sparql: str, **kwargs):
        """Run SPARQL over the store, with our prefixes declared."""
        return self.store.query(sparql, prefixes=PREFIXES, **kwargs)


def _is_store_directory(path: Path) -> bool:
    # An Oxigraph (RocksDB) store directory always has a CURRENT file.
    return path.is_dir() and (path / "CURRENT").is_file()


@contextlib.contextmanager
def open_graph(path: Path | str) -> Iterator[GraphSource]:
    """Open a graph file or a store directory for export; temporary files go when done.

    Example:
        >>> from kg_builder.readers import sample_corpus  # doctest: +SKIP
        >>> with open_graph("outputs/graph.nq") as graph:  # doctest: +SKIP
        ...     len(graph.graphs())
        6
    """
    path = Path(path)
    if not path.exists():
        raise ExportError(str(path), "no such file or directory")
    if path.is_dir():
        if not _is_store_directory(path):
            raise ExportError(str(path), "not a graph store directory (no Oxigraph store in it)")
        try:
            store = ox.Store.read_only(str(path))
        except OSError as error:
            raise ExportError(str(path), f"cannot open the store: {error}") from None
        yield GraphSource(store, str(path))
        return
    rdf_format = GRAPH_SUFFIXES.get(path.suffix.lower())
    if rdf_format is None:
        listing = ", ".join(sorted(GRAPH_SUFFIXES))
        raise ExportError(str(path), f"unknown graph file type {path.suffix!r}; expected one of {listing}")
    with scratch_directory("export") as workdir:
        store = ox.Store(str(workdir / "store"))
        try:
            store.bulk_load(path=str(path), format=rdf_format)
        except (SyntaxError, ValueError, OSError) as error:
            raise ExportError(str(path), f"cannot read the graph: {error}") from None
        yield GraphSource(store, str(path))
        del store
