"""What a store's shared graphs have in common: they describe what other graphs name, exactly.

A build describes an administrative division once per store, in the divisions
graph (:mod:`kg_builder.division_graph`), and an agency, initiative or regulation
once, in the entities graph (:mod:`kg_builder.entity_graph`): each description is
a function of the entity's IRI, so every document naming it would say the same.
A description stays while a graph other than its own shared graph and the
vocabulary graph names the entity (as subject or object); each module works out
what its graph should hold, and :func:`rewrite` makes it so in one transaction.
"""

from __future__ import annotations

from typing import Iterable

import pyoxigraph as ox

__all__ = ["named_elsewhere", "named_iris", "rewrite"]


def named_elsewhere(store: ox.Store, iri: ox.NamedNode, skipped: frozenset[str]) -> bool:
    """Whether a graph not in ``skipped`` (IRIs) names ``iri``, as object or subject."""
    for quads in (store.quads_for_pattern(None, None, iri, None), store.quads_for_pattern(iri, None, None, None)):
        for quad in quads:
            graph = quad.graph_name
            if isinstance(graph, ox.DefaultGraph) or graph.value not in skipped:
                return True
    return False


def named_iris(store: ox.Store, graphs: Iterable[ox.NamedNode]) -> set[str]:
    """The IRIs these graphs name, as subject or object: what removing them may leave unnamed."""
    terms: set = set()
    for graph in graphs:
        for quad in store.quads_for_pattern(None, None, None, graph):
            terms.add(quad.subject)
            terms.add(quad.object)
    return {term.value for term in terms if isinstance(term, ox.NamedNode)}


def rewrite(store: ox.Store, graph: ox.NamedNode, current: Iterable[ox.Quad], wanted: Iterable[ox.Quad]) -> tuple[int, int]:
    """Make the part ``current`` of ``graph`` read ``wanted``, in one transaction.

    Returns:
        (quads added, quads removed).
    """
    current, wanted = set(current), set(wanted)
    removed, added = current - wanted, wanted - current
    parts = []
    if removed:
        parts.append("DELETE DATA { GRAPH %s {\n%s\n} }" % (graph, "\n".join(f"{q.triple} ." for q in removed)))
    if added:
        parts.append("INSERT DATA { GRAPH %s {\n%s\n} }" % (graph, "\n".join(f"{q.triple} ." for q in added)))
    if parts:
        store.update(" ;\n".join(parts))
    return len(added), len(removed)
