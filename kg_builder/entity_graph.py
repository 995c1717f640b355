"""The entities graph: each agency, initiative and regulation a store's documents name, described once.

What the IRI of an agency, initiative or regulation is minted from describes it
(:func:`kg_builder.rdf.entity_triples`): its type (``kgb:Agency``,
``kgb:Initiative``, ``kgb:Regulation``), its ``skos:prefLabel`` and, for an
agency, ``kgb:agencyOf`` its jurisdiction. A standalone document graph carries
these for every entity it names (about 100 of a report's 720 quads); in a store
they would be repeated in every document's graph, and a SPARQL join through an
entity's label over the union of the graphs would match once per copy. So a
build writes them once, into the named graph ``ENTITIES_GRAPH``, for exactly the
entities some stored document names. What a document says of a regulation in
its own context (its kind, aliases, issuer, year ...) stays in its graph.

:func:`sync_entities` makes the graph exact again after documents were removed:
a description stays while a graph other than the entities and vocabulary graphs
names its entity, so a store updated in place holds the same entities graph as
a store built from scratch.

Example:
    >>> iri = "https://w3id.org/kg-builder/id/initiative/放管服"
    >>> [q.predicate.value.rsplit("#", 1)[-1] for q in entity_quads(iri)]
    ['type', 'prefLabel']
    >>> entity_quads("https://w3id.org/kg-builder/id/jurisdiction/410000")
    []
"""

from __future__ import annotations

import hashlib
from typing import Iterable

import pyoxigraph as ox

from .ontology import ENTITIES_GRAPH, VOCABULARY_GRAPH, minter_for
from .rdf import entity_inputs, entity_nquads
from .shared_graph import named_elsewhere, named_iris, rewrite

__all__ = ["entity_key", "description_key", "entity_quads", "split_entities", "held_entities", "is_described",
           "named_entities", "sync_entities"]

_GRAPH = ox.NamedNode(str(ENTITIES_GRAPH))
_SKIPPED = frozenset({str(ENTITIES_GRAPH), str(VOCABULARY_GRAPH)})
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def entity_key(iri: bytes) -> int:
    """An 8-byte digest of an entity's IRI as N-Triples (``<...>``): what a build keeps per entity
    described, so that a million regulations cost it a few tens of megabytes, not their descriptions."""
    return int.from_bytes(hashlib.blake2b(iri, digest_size=8).digest(), "little")


def description_key(description: bytes) -> int:
    """:func:`entity_key` of the entity a description (N-Quads lines, its IRI first) describes."""
    return entity_key(description[: description.index(b" ")])


def entity_quads(iri: str) -> list[ox.Quad]:
    """The description of the entity with this IRI in the entities graph; none for any other IRI."""
    found = entity_inputs(iri)
    if found is None:
        return []
    kind, base, inputs = found
    return list(ox.parse(entity_nquads(kind, minter_for(base), *inputs), format=ox.RdfFormat.N_QUADS))


def split_entities(triples: set[ox.Triple]) -> tuple[set[ox.Triple], set[ox.Triple]]:
    """A standalone document graph's triples without the descriptions of the entities it names,
    and those descriptions, for the entities graph.

    Only triples of the graph move (what the entities graph would state of an
    entity that is a subject of the graph), so the union is unchanged.
    """
    subjects = {t.subject.value for t in triples if isinstance(t.subject, ox.NamedNode)}
    described = {q.triple for subject in subjects for q in entity_quads(subject)} & triples
    return triples - described, described


def held_entities(store: ox.Store) -> set[int]:
    """The :func:`entity_key` of every entity the entities graph describes."""
    return {entity_key(f"<{q.subject.value}>".encode("utf-8"))
            for q in store.quads_for_pattern(None, _TYPE, None, _GRAPH) if isinstance(q.subject, ox.NamedNode)}


def is_described(store: ox.Store, description: bytes) -> bool:
    """Whether the entities graph already describes the entity of this description (N-Quads lines, its IRI first).

    One lookup: what an update of a big store asks of each entity its new
    documents name, instead of listing every entity the store describes.
    """
    subject = ox.NamedNode(description[1: description.index(b">")].decode("utf-8"))
    return next(iter(store.quads_for_pattern(subject, _TYPE, None, _GRAPH)), None) is not None


def named_entities(store: ox.Store, graphs: Iterable[ox.NamedNode], terms: set[str] | None = None) -> set[str]:
    """The IRIs these graphs name (as subject or object) that the entities graph describes:
    what removing the graphs may leave undescribed by nothing, for :func:`sync_entities`.
    (``terms``: what :func:`.shared_graph.named_iris` found in them, if already known.)"""
    if terms is None:
        terms = named_iris(store, graphs)
    return {iri for iri in terms
            if next(iter(store.quads_for_pattern(ox.NamedNode(iri), None, None, _GRAPH)), None) is not None}


def sync_entities(store: ox.Store, candidates: Iterable[str] | None = None) -> tuple[int, int]:
    """Make the entities graph describe these entities exactly when another graph names them.

    ``candidates`` are entity IRIs (those removed graphs named, see
    :func:`named_entities`); None checks every entity the graph describes (what a
    resumed build runs: a killed bulk load may have written part of a description,
    or one whose documents it did not finish). One transaction.

    Returns:
        (quads added, quads removed).
    """
    if candidates is None:
        candidates = {q.subject.value for q in store.quads_for_pattern(None, None, None, _GRAPH)
                      if isinstance(q.subject, ox.NamedNode)}
    current: list[ox.Quad] = []
    wanted: list[ox.Quad] = []
    for iri in candidates:
        node = ox.NamedNode(iri)
        current.extend(store.quads_for_pattern(node, None, None, _GRAPH))
        if named_elsewhere(store, node, _SKIPPED):
            wanted.extend(entity_quads(iri))
    return rewrite(store, _GRAPH, current, wanted)
