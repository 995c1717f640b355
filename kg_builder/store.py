"""The persistent graph store: Oxigraph on disk, one named graph per document.

A document's named graph is written in one SPARQL UPDATE, which Oxigraph applies
as one transaction: the old graph (and any older version of the same document)
is dropped and the new one inserted, or nothing happens. The document's
``kgb:contentHash`` and ``kgb:sourcePath`` live inside that same graph, so a
document counts as stored only when all of it is: a build killed half-way leaves
every document either wholly in or wholly out, and the next run skips exactly the
documents whose hash is already there.

Example:
    >>> from rdflib import URIRef, Literal
    >>> from kg_builder.ontology import DCTERMS, KGB
    >>> store = GraphStore()  # in memory; GraphStore("kg-store/") on disk
    >>> g = URIRef("https://w3id.org/kg-builder/id/document/0123456789abcdef")
    >>> store.put_document(g, [(g, DCTERMS.identifier, Literal("report"), g),
    ...                        (g, KGB.sourcePath, Literal("a/report.txt"), g),
    ...                        (g, KGB.contentHash, Literal("0123456789abcdef" * 4), g)])
    'added'
    >>> [(d.id, d.source_path) for d in store.documents()]
    [('report', 'a/report.txt')]
"""

from __future__ import annotations

import json
import os
import uuid
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

import pyoxigraph as ox
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from .errors import KGBuilderError
from .ontology import DCTERMS, DIVISIONS_GRAPH, ENTITIES_GRAPH, KGB, PREFIXES, VOCABULARY_GRAPH

__all__ = ["GraphStore", "StoredDocument", "StoreError", "to_oxigraph", "from_oxigraph", "BULK_LOAD_FLAG",
           "QUAD_COUNT_FILE"]

Quad = tuple[Node, Node, Node, Node]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

#: A file in the store's directory while a bulk load is unfinished (see :meth:`GraphStore.begin_bulk_load`).
BULK_LOAD_FLAG = "kgb-bulk-load-unfinished"
#: A file in the store's directory: how many quads the store held after kg_builder last wrote it
#: (see :meth:`GraphStore.counting`).
QUAD_COUNT_FILE = "kgb-quad-count.json"
#: Source paths per query of :meth:`GraphStore.stale_versions`.
_BATCH = 10_000
_SOURCE_PATH = "https://w3id.org/kg-builder/ontology#sourcePath"


class StoreError(KGBuilderError):
    """A store directory cannot be opened or used: names the directory and the problem."""


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
    """A pyoxigraph term as an rdflib term (``xsd:string`` literals as plain literals)."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        datatype = term.datatype.value if term.datatype else None
        if datatype == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(datatype) if datatype else None)
    raise TypeError(f"not a pyoxigraph term: {term!r}")


@dataclass(frozen=True, order=True)
class StoredDocument:
    """One document in the store: its id (file stem), content hash, graph, file name and source path.

    The source path (relative to the corpus root) tells versions of one document
    apart from other documents; the id does not (``a/report.txt`` and
    ``b/report.txt`` share it).
    """

    id: str
    content_hash: str
    graph: str
    file_name: str | None = None
    source_path: str | None = None


class GraphStore:
    """A kg_builder graph in an Oxigraph store (on disk, or in memory with no path)."""

    def __init__(self, path: Path | str | None = None, read_only: bool = False):
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self._bulk = False  # in memory, the mark of begin_bulk_load
        # Entities that removed graphs named, described in the entities graph: what the
        # next sync_shared checks (the rest of that graph cannot have lost its last namer).
        self._unnamed: set[str] = set()
        # Divisions those graphs named (IRIs): what the next sync_shared checks of the divisions graph.
        self._unnamed_divisions: set[str] = set()
        # While counting (see counting()): the size of each graph before its first change
        # (None when the block ends with a scan instead).
        self._counting = False
        self._sizes: dict[str, int] | None = None
        if self.path is None:
            self.store = ox.Store()
            return
        # RocksDB keeps a CURRENT file; a directory with other files and no CURRENT
        # is not a store, and opening it would scatter database files among them.
        is_store = (self.path / "CURRENT").is_file()
        if read_only and not is_store:
            raise StoreError(f"{self.path}: not a kg_builder store (no Oxigraph database there)")
        if not is_store and self.path.is_dir() and any(self.path.iterdir()):
            raise StoreError(f"{self.path}: not a kg_builder store, and not empty; choose a new directory")
        if self.path.exists() and not self.path.is_dir():
            raise StoreError(f"{self.path}: is a file, not a store directory")
        try:
            if read_only:
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as error:
            raise StoreError(f"{self.path}: cannot open the store ({error}); is another process writing it?") from None

    # -- what is stored ------------------------------------------------------------

    def documents(self, graphs: Iterable[str] | None = None) -> list[StoredDocument]:
        """Every stored document (or those of ``graphs``, IRIs), sorted by id then hash."""
        chosen = None if graphs is None else [ox.NamedNode(g) for g in graphs]

        def values(predicate: str) -> dict[str, list[str]]:
            """Graph IRI -> what the document says of itself with ``predicate``, in its own graph."""
            if chosen is None:
                rows = self.store.query("SELECT ?g ?v WHERE { GRAPH ?g { ?g <%s> ?v } }" % predicate)
                pairs = ((row["g"].value, row["v"].value) for row in rows)
            else:
                node = ox.NamedNode(predicate)
                pairs = ((g.value, q.object.value) for g in chosen for q in self.store.quads_for_pattern(g, node, None, g))
            found: dict[str, list[str]] = defaultdict(list)
            for graph, value in pairs:
                found[graph].append(value)
            return found

        # A plain read each, joined here: one query with three OPTIONALs took over 10 s
        # at 10^5 documents, these about 2 s each.
        hashes, ids, files, paths = (values(str(p)) for p in (KGB.contentHash, DCTERMS.identifier, KGB.fileName,
                                                              KGB.sourcePath))
        return sorted({
            StoredDocument(id=doc_id, content_hash=content_hash, graph=graph, file_name=file_name, source_path=path)
            for graph, graph_hashes in hashes.items() for content_hash in graph_hashes
            for doc_id in ids.get(graph) or [""] for file_name in files.get(graph) or [None]
            for path in paths.get(graph) or [None]})

    def document_count(self) -> int:
        """How many documents the store holds whole (counted by the store: 0.05 s at 10^5)."""
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?g kgb:contentHash ?h } }"
        return int(next(iter(self.store.query(query, prefixes=PREFIXES)))["n"].value)

    def content_hashes(self) -> set[str]:
        """The content hash of every document stored whole.

        Only the hashes are read (one value a document): what a build needs to
        skip what is there, several times cheaper than :meth:`documents`.
        """
        query = "SELECT ?h WHERE { GRAPH ?g { ?g kgb:contentHash ?h } }"
        return {row[0].value for row in self.store.query(query, prefixes=PREFIXES)}

    def stale_versions(self, seen: Mapping[str, str]) -> list[str]:
        """The graphs of stored documents at the source paths of ``seen`` (path -> the content hash
        a build saw there) whose hash is none of the hashes seen: what that build must remove.

        A mapping with a ``has_hash(hash)`` method (a build's :class:`~.inputs.SeenInputs`, kept
        on disk) is asked that instead of listing its values.

        Few paths (up to ``_BATCH``, an update) are looked up by the store, which compares paths and
        hashes itself and decodes only what differs: 100 paths on a 10^5-document store in 0.01 s.
        More (a whole corpus again) are compared with every stored document's path and hash, read
        in one pass: 10^5 paths on a 10^5-document store in 3.1-3.3 CPU s, against 4.5-4.8 s looked
        up in batches of ``_BATCH``.
        """
        differing: set[str] = set()
        if len(seen) > _BATCH:
            paths = self._per_graph("SELECT ?g ?v WHERE { GRAPH ?g { ?g kgb:sourcePath ?v } }")
            hashes = self._per_graph("SELECT ?g ?v WHERE { GRAPH ?g { ?g kgb:contentHash ?v } }")
            for graph, graph_paths in paths.items():
                for path in graph_paths:
                    current = seen.get(path)
                    if current is not None:
                        differing.update(h for h in hashes.get(graph, ()) if h != current)
        else:
            pairs = list(seen.items())
            if pairs:
                query = ("SELECT DISTINCT ?h WHERE { VALUES ?p { %s } GRAPH ?g { ?g kgb:sourcePath ?p ; kgb:contentHash ?h }"
                         " MINUS { VALUES ?h { %s } } }" % (" ".join(str(ox.Literal(p)) for p, _ in pairs),
                                                            " ".join(str(ox.Literal(h)) for _, h in pairs)))
                differing = {row[0].value for row in self.store.query(query, prefixes=PREFIXES)}
        # A hash another path had (a file moved or copied) is current, not stale.
        seen_hash = getattr(seen, "has_hash", None) or set(seen.values()).__contains__
        stale = sorted(h for h in differing if not seen_hash(h))
        if not stale:
            return []
        query = ("SELECT ?g ?p WHERE { VALUES ?h { %s } GRAPH ?g { ?g kgb:contentHash ?h ; kgb:sourcePath ?p } }"
                 % " ".join(str(ox.Literal(h)) for h in stale))
        return sorted({row[0].value for row in self.store.query(query, prefixes=PREFIXES) if row[1].value in seen})

    def _per_graph(self, query: str) -> dict[str, list[str]]:
        """The values ``?v`` of a query, by its graph ``?g`` (IRI)."""
        values: dict[str, list[str]] = {}
        for graph, value in self.store.query(query, prefixes=PREFIXES):
            values.setdefault(graph.value, []).append(value.value)
        return values

    def document_hashes(self) -> dict[str, str]:
        """Content hash -> document graph IRI, for every stored document."""
        return {d.content_hash: d.graph for d in self.documents()}

    def has_document(self, content_hash: str) -> bool:
        """Whether a document with this content hash is stored, whole."""
        query = "ASK { GRAPH ?g { ?g kgb:contentHash ?h } }"
        return bool(self.store.query(query, prefixes=PREFIXES,
                                     substitutions={ox.Variable("h"): ox.Literal(content_hash)}))

    def graphs_for_id(self, doc_id: str) -> list[URIRef]:
        """The graphs of every stored version of the document with this id (``dcterms:identifier``)."""
        return sorted({URIRef(d.graph) for d in self.documents() if d.id == doc_id})

    def graphs_for_source(self, source_path: str) -> list[URIRef]:
        """The graphs of every stored version of the document at this source path (``kgb:sourcePath``)."""
        return sorted({URIRef(d.graph) for d in self.documents() if d.source_path == source_path})

    def find_documents(self, key: str) -> list[StoredDocument]:
        """Documents that ``key`` names: by id, file name, source path, graph IRI, or content hash (8+ hex digits).

        >>> GraphStore().find_documents("report")
        []
        """
        key = key.strip()
        hashed = len(key) >= 8 and all(c in "0123456789abcdef" for c in key.lower())
        # The graphs that may match first (a lookup by value, not a list of every document).
        graphs: set[str] = set()
        try:
            if self.store.contains_named_graph(ox.NamedNode(key)):
                graphs.add(key)
        except ValueError:
            pass  # not an IRI
        for predicate in (DCTERMS.identifier, KGB.fileName, KGB.sourcePath):
            graphs |= {q.graph_name.value for q in self.store.quads_for_pattern(
                None, ox.NamedNode(str(predicate)), ox.Literal(key), None) if q.subject == q.graph_name}
        if hashed:
            graphs |= {q.graph_name.value for q in self.store.quads_for_pattern(
                None, ox.NamedNode(str(KGB.contentHash)), None, None)
                if q.subject == q.graph_name and q.object.value.startswith(key.lower())}
        found = []
        for doc in self.documents(graphs):
            by_hash = hashed and doc.content_hash.startswith(key.lower())
            if key in (doc.id, doc.file_name, doc.source_path, doc.graph) or by_hash:
                found.append(doc)
        return found

    # -- counting ------------------------------------------------------------------

    def graph_size(self, graph) -> int:
        """How many quads the named graph ``graph`` (an IRI) holds (counted by the store)."""
        query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH <%s> { ?s ?p ?o } }" % graph
        return int(next(iter(self.store.query(query)))["n"].value)

    def quad_count(self) -> int:
        """How many quads the store holds.

        Counting them all is a full scan (15 s at 6 x 10^7 quads, on every
        update of a national store), so a store on disk keeps the figure of
        kg_builder's last write beside it (:meth:`counting`). It is trusted while
        the store holds as many documents as when it was kept; otherwise the store
        is counted again (and the figure kept, unless the store is read-only).
        """
        if self.path is None:
            return len(self.store)
        kept = self._kept_count()
        if kept is None:
            kept = len(self.store)
            if not self.read_only:
                self._keep_count(kept)
        return kept

    def state(self) -> str | None:
        """An id of what the store holds, new after every write that changed a graph; None when unknown.

        Kept with the quad count (:meth:`counting`): a counted block that changed
        nothing keeps the id, one that changed a graph gets a new one, and a
        write outside a counted block (or a figure not trusted) leaves none. So
        two equal ids mean the store was not changed through kg_builder in
        between: what ``kgb build`` wrote from it is still true.
        """
        if self.path is None:
            return None
        kept = self._kept()
        state = kept.get("state") if kept else None
        return state if isinstance(state, str) else None

    def _kept(self) -> dict | None:
        """The kept figures, when they are still to be trusted."""
        try:
            data = json.loads((self.path / QUAD_COUNT_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.get("documents") != self.document_count():
            return None  # written to by something else since
        return data

    def _kept_count(self) -> int | None:
        kept = self._kept()
        quads = kept.get("quads") if kept else None
        return quads if isinstance(quads, int) and quads >= 0 else None

    def _keep_count(self, quads: int, state: str | None = None) -> None:
        record = json.dumps({"quads": quads, "documents": self.document_count(), "state": state or uuid.uuid4().hex})
        temporary = self.path / (QUAD_COUNT_FILE + ".tmp")
        temporary.write_text(record, encoding="utf-8")
        os.replace(temporary, self.path / QUAD_COUNT_FILE)

    @contextmanager
    def counting(self, scan: bool = False):
        """Keep :meth:`quad_count` true across the writes made in this block, without a full scan.

        The figure before the block, plus what each graph written in the block
        gained or lost (each counted by the store before its first change and
        after the block). With ``scan``, the store is counted whole after the
        block instead (a bulk load, where a scan is cheap beside the load). The
        kept figure is removed first: a write killed half-way leaves none, and the
        next count is a scan. In memory, nothing is kept.
        """
        if self.path is None or self.read_only or self._counting:
            yield
            return
        before = 0 if scan else self.quad_count()
        previous = None if scan else self.state()
        (self.path / QUAD_COUNT_FILE).unlink(missing_ok=True)
        self._counting, self._sizes = True, None if scan else {}
        try:
            yield
            sizes = self._sizes
        finally:
            self._counting, self._sizes = False, None
        if sizes is None:
            after = len(self.store)
        else:
            after = before + sum(self.graph_size(graph) - size for graph, size in sizes.items())
        self._keep_count(after, previous if sizes == {} else None)  # a graph written: a new state

    def touch(self, graphs: Iterable) -> None:
        """Note that the named graphs ``graphs`` (IRIs, as strings or terms) are about to change.

        Inside :meth:`counting`, every write must note the graphs it changes first;
        a write straight to :attr:`store` (a bulk loader) notes them itself. Outside
        it, the kept count is dropped (the next :meth:`quad_count` counts again).
        """
        if not self._counting:
            if self.path is not None and not self.read_only:
                (self.path / QUAD_COUNT_FILE).unlink(missing_ok=True)
            return
        if self._sizes is None:
            return
        for graph in graphs:
            iri = graph.value if isinstance(graph, ox.NamedNode) else str(graph)
            if iri not in self._sizes:  # a new document's graph is not there yet: nothing to count
                there = self.store.contains_named_graph(ox.NamedNode(iri))
                self._sizes[iri] = self.graph_size(iri) if there else 0

    # -- writing -------------------------------------------------------------------

    def replace_document(self, graph: URIRef, quads: Iterable[Quad], replaces: Iterable[URIRef] = ()) -> None:
        """Store a document's named graph, replacing what it held, in one transaction.

        Args:
            graph: the document's graph IRI; every quad is put in this graph.
            quads: the document's quads (their graph term is ignored).
            replaces: graphs of older versions of the same document to drop in the
                same transaction (see :meth:`graphs_for_id`).
        """
        from .division_graph import split_divisions
        from .entity_graph import split_entities

        g = ox.NamedNode(str(graph))
        drops = [g] + [ox.NamedNode(str(old)) for old in replaces if str(old) != str(graph)]
        replaced = [d for d in drops if self.store.contains_named_graph(d)]
        self._note_named(replaced)
        # A standalone graph describes the divisions and entities it names: as in a build,
        # the descriptions go to the divisions and entities graphs, once per store.
        triples, divisions = split_divisions({ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o))
                                              for s, p, o, _ in quads})
        triples, entities = split_entities(triples)
        self._update(drops, g, sorted(triples, key=str), {DIVISIONS_GRAPH: sorted(divisions, key=str),
                                                          ENTITIES_GRAPH: sorted(entities, key=str)})
        if replaced:  # the old version may have been the only one naming a division or an entity
            self.sync_shared()

    def put_document(self, graph: URIRef, quads: Iterable[Quad]) -> str:
        """Store a document, replacing its graph and any older version at the same source path.

        Returns ``"added"`` for a new document, ``"replaced"`` when this graph or
        an older version of the document (same ``kgb:sourcePath``) was stored.
        Documents that only share an id (``a/report.txt`` and ``b/report.txt``)
        are different documents: both stay.
        """
        quads = list(quads)
        source = next((str(o) for s, p, o, _ in quads
                       if str(s) == str(graph) and str(p) == _SOURCE_PATH), None)
        older = self.graphs_for_source(source) if source is not None else []
        existed = bool(older) or self.store.contains_named_graph(ox.NamedNode(str(graph)))
        self.replace_document(graph, quads, replaces=older)  # syncs the shared graphs when it replaced
        return "replaced" if existed else "added"

    def remove_document(self, graph: URIRef, *, sync: bool = True) -> bool:
        """Remove a document's named graph; False when it was not stored.

        The divisions and entities only this document named leave the divisions
        and entities graphs too (:meth:`sync_shared`); with ``sync=False``, not
        yet: to remove many documents, remove them so, then sync once.
        """
        g = ox.NamedNode(str(graph))
        if not self.store.contains_named_graph(g):
            return False
        self.touch([g])
        self._note_named([g])
        self.store.update(f"DROP SILENT GRAPH {g}")
        if sync:
            self.sync_shared()
        return True

    def remove_documents(self, keys: Iterable[str], *, dry_run: bool = False
                         ) -> tuple[list[tuple[str, StoredDocument]], list[str]]:
        """Remove every stored document each key names (see :meth:`find_documents`), as ``kgb remove`` does.

        Returns the (key, document) pairs removed, in the keys' order, and the
        keys that named nothing. The divisions and entities only the removed
        documents named go too, and the kept quad count follows. With
        ``dry_run``, nothing is removed: the pairs are what would be.
        """
        removed: list[tuple[str, StoredDocument]] = []
        missing: list[str] = []
        with self.counting():
            for key in keys:
                matches = self.find_documents(key)
                if not matches:
                    missing.append(key)
                for doc in matches:
                    if not dry_run:
                        self.remove_document(doc.graph, sync=False)
                    removed.append((key, doc))
            if removed and not dry_run:
                self.sync_shared()
        return removed, missing

    def _note_named(self, graphs: list) -> None:
        """Remember the entities and divisions these graphs (about to go) name, for :meth:`sync_shared`."""
        if graphs:
            from .division_graph import named_divisions
            from .entity_graph import named_entities
            from .shared_graph import named_iris

            terms = named_iris(self.store, graphs)
            self._unnamed |= named_entities(self.store, graphs, terms)
            self._unnamed_divisions |= named_divisions(terms)

    def ensure_vocabulary(self, quads: Iterable[Quad]) -> bool:
        """Store the vocabulary graph (the ontology); replace it when it changed.

        Returns True when it was written, False when the store already had it.
        """
        g = ox.NamedNode(str(VOCABULARY_GRAPH))
        wanted = {ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o, _ in quads}
        stored = {q.triple for q in self.store.quads_for_pattern(None, None, None, g)}
        if stored == wanted:
            return False
        self._update([g], g, sorted(wanted, key=str))
        return True

    # -- bulk loading ------------------------------------------------------------------

    def begin_bulk_load(self) -> None:
        """Mark the store as being bulk-loaded until :meth:`end_bulk_load`.

        Oxigraph's bulk loader is not transactional: a process killed while it
        runs may leave part of a document's graph in the store. A document is
        whole when its ``kgb:contentHash`` is stored, and the bulk loading build
        writes that quad only after the rest of the graph is in; while this
        mark is on the store, :meth:`remove_incomplete` clears what a killed
        load left behind. The mark is a file in the store's directory, written
        to disk before the first bulk write.
        """
        self._bulk = True
        if self.path is None:
            return
        flag = self.path / BULK_LOAD_FLAG
        with open(flag, "wb") as handle:
            handle.write(b"kg_builder: a bulk load of this store has not finished; the next build resumes it\n")
            handle.flush()
            os.fsync(handle.fileno())
        directory = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    def end_bulk_load(self) -> None:
        """Clear the mark of :meth:`begin_bulk_load`, once every document is whole and on disk."""
        self.flush()
        self._bulk = False
        if self.path is not None:
            (self.path / BULK_LOAD_FLAG).unlink(missing_ok=True)

    def optimize(self) -> None:
        """Compact the store on disk: what a bulk load leaves is read faster by every query after it.

        Each call of Oxigraph's bulk loader adds its own sorted files for every
        index, side by side, and a store opened read-only (as queries open it)
        never merges them. Compacted once after the load, most cookbook queries on
        10^4 documents ran 10-45 % faster; it costs about 7 % of the build's CPU
        (10.6 CPU s at 10^4 documents, 161 s at 10^5). Nothing in memory to do.
        """
        if self.path is not None and not self.read_only:
            self.store.optimize()

    @property
    def bulk_load_unfinished(self) -> bool:
        """Whether a bulk load of this store began and did not finish (a killed build)."""
        if self.path is None:
            return self._bulk
        return (self.path / BULK_LOAD_FLAG).is_file()

    def incomplete_graphs(self, prefix: str = "") -> list[str]:
        """Named graphs whose IRI starts with ``prefix`` that hold no ``kgb:contentHash`` of their own.

        A document's graph without its hash is a part of a document: what a
        bulk load killed half-way left behind.
        """
        whole = {d.graph for d in self.documents()} | {str(g) for g in (VOCABULARY_GRAPH, DIVISIONS_GRAPH,
                                                                       ENTITIES_GRAPH)}
        return sorted(g.value for g in self.store.named_graphs()
                      if isinstance(g, ox.NamedNode) and g.value.startswith(prefix) and g.value not in whole)

    def remove_incomplete(self, prefix: str = "") -> list[str]:
        """Remove the graphs of :meth:`incomplete_graphs`; returns their IRIs."""
        removed = self.incomplete_graphs(prefix)
        self.touch(removed)
        for graph in removed:
            self.store.remove_graph(ox.NamedNode(graph))
        return removed

    def sync_shared(self, minter=None, everywhere: bool = False) -> tuple[int, int]:
        """Make the entities and divisions graphs describe exactly what the other graphs name:
        run it after removing documents (see :mod:`kg_builder.entity_graph`,
        :mod:`kg_builder.division_graph`).

        The entities checked are those removed graphs named; with ``everywhere``
        (a resumed build), every entity the entities graph describes, and every
        known division under ``minter``'s base.

        Returns:
            (quads added, quads removed), over both graphs.
        """
        from .division_graph import named_divisions, sync_divisions
        from .entity_graph import sync_entities

        self.touch([ENTITIES_GRAPH, DIVISIONS_GRAPH])
        # The divisions to check: those the removed graphs named, and those named by the
        # descriptions of the entities they named (an agency's kgb:agencyOf), which may go now.
        entities = ox.NamedNode(str(ENTITIES_GRAPH))
        named = self._unnamed_divisions | named_divisions(
            q.object.value for iri in self._unnamed
            for q in self.store.quads_for_pattern(ox.NamedNode(iri), None, None, entities)
            if isinstance(q.object, ox.NamedNode))
        # Entities first: an agency's kgb:agencyOf names a division.
        added, removed = sync_entities(self.store, None if everywhere else self._unnamed)
        self._unnamed, self._unnamed_divisions = set(), set()
        more, fewer = sync_divisions(self.store, minter, everywhere, named)
        return added + more, removed + fewer

    def _update(self, drops: list, graph, triples: list, shared: dict | None = None) -> None:
        """Drop ``drops`` and insert ``triples`` into ``graph`` (and ``shared``: graph -> triples
        into those graphs): one SPARQL UPDATE, one transaction."""
        self.touch([*drops, graph, *(shared or {})])
        parts = [f"DROP SILENT GRAPH {d}" for d in drops]
        for name, insert in ((graph, triples), *((ox.NamedNode(str(g)), t) for g, t in (shared or {}).items())):
            if insert:
                body = "\n".join(f"{t} ." for t in insert)
                parts.append(f"INSERT DATA {{ GRAPH {name} {{\n{body}\n}} }}")
        self.store.update(" ;\n".join(parts))

    # -- reading -------------------------------------------------------------------

    def quads(self) -> Iterator[Quad]:
        """Every quad of the store as rdflib terms (graph None for the default graph)."""
        for q in self.store.quads_for_pattern(None, None, None, None):
            yield (from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object),
                   from_oxigraph(q.graph_name) if not isinstance(q.graph_name, ox.DefaultGraph) else None)

    def query(self, sparql: str):
        """Run a SPARQL query over the union of the graphs (our prefixes predeclared)."""
        return self.store.query(sparql, prefixes=PREFIXES, use_default_graph_as_union=True)

    def __len__(self) -> int:
        return len(self.store)

    def flush(self) -> None:
        """Write buffered changes to disk (nothing to do when read-only or in memory)."""
        if self.path is not None and not self.read_only:
            self.store.flush()
