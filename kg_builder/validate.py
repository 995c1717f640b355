"""Check a graph against the SHACL shapes of ``ontology/shapes.ttl`` (pyshacl).

The shapes say what a consumer of our graphs may rely on: labels, classes of
linked entities, datatypes, and provenance on every extracted statement. The
union of the named graphs is validated together with the vocabulary graph, so
``sh:class kgb:Regulation`` accepts a ``kgb:Law`` through the ontology. Four
provenance checks that join across nodes (:data:`PROVENANCE_CHECKS`) run as one
SPARQL query each in Oxigraph, rather than once per node in pyshacl.

Example:
    >>> from rdflib import Graph, URIRef
    >>> from kg_builder.ontology import KGB, RDF
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://example.org/r"), RDF.type, KGB.Regulation))
    >>> report = validate(g)
    >>> report.conforms, report.violations[0].path
    (False, 'skos:prefLabel')
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .ontology import PREFIXES, ontology_file, ontology_triples

if TYPE_CHECKING:
    from rdflib import Graph
    from rdflib.term import Node

    from .serialize import Source

__all__ = ["Violation", "ValidationReport", "validate", "union_of", "PROVENANCE_CHECKS"]

#: Checks beyond SHACL Core: message -> query selecting ?focus and ?value for each failure.
PROVENANCE_CHECKS: dict[str, str] = {
    "the statement this assertion records is not in the graph": """
        SELECT ?focus ?value WHERE {
          ?focus rdf:subject ?s ; rdf:predicate ?value ; rdf:object ?o .
          FILTER NOT EXISTS { ?s ?value ?o }
        }""",
    "the quote's length is not the span's length (oa:exact must be the characters from oa:start to oa:end)": """
        SELECT ?focus ?value WHERE {
          ?focus oa:start ?start ; oa:end ?end ; oa:exact ?value .
          FILTER (STRLEN(?value) != ?end - ?start)
        }""",
    "the span is not of the document the assertion was read from": """
        SELECT ?focus ?value WHERE {
          ?focus kgb:evidence ?value .
          BIND (STRBEFORE(STR(?focus), "/assertion/") AS ?doc)
          FILTER (?doc != "" && !STRSTARTS(STR(?value), CONCAT(?doc, "#char="))
                  && !STRSTARTS(STR(?value), CONCAT(?doc, "-char=")))
        }""",
    "the span's IRI does not name its offsets (#char=oa:start,oa:end)": """
        SELECT ?focus ?value WHERE {
          ?focus oa:start ?start ; oa:end ?end .
          BIND (CONCAT("char=", STR(?start), ",", STR(?end)) AS ?value)
          FILTER (!STRENDS(STR(?focus), ?value))
        }""",
}


@dataclass(frozen=True)
class Violation:
    """One SHACL result: the node, the property, the offending value and why."""

    focus: str
    path: str | None
    value: str | None
    message: str
    severity: str = "Violation"


@dataclass(frozen=True)
class ValidationReport:
    """Whether a graph conforms to the shapes, and every result if not."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int
    source: str = "graph"

    def summary(self) -> str:
        """One line: conforms or not, how many results, how many triples were checked."""
        if self.conforms:
            return f"{self.source}: conforms to the kg_builder shapes ({self.triples} triples checked)"
        return (f"{self.source}: does not conform: {len(self.violations)} result(s) "
                f"({self.triples} triples checked)")

    def text(self, limit: int | None = 50) -> str:
        """A readable report: the summary, then the results grouped by message."""
        lines = [self.summary()]
        groups: dict[str, list[Violation]] = {}
        for v in self.violations:
            groups.setdefault(v.message, []).append(v)
        shown = 0
        for message, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            lines.append(f"\n{items[0].severity}: {message}  ({len(items)}×)")
            for v in items:
                if limit is not None and shown >= limit:
                    break
                detail = f"  {v.focus}"
                if v.path:
                    detail += f"\n      path  {v.path}"
                if v.value:
                    detail += f"\n      value {v.value}"
                lines.append(detail)
                shown += 1
        if limit is not None and shown < len(self.violations):
            lines.append(f"\n... and {len(self.violations) - shown} more (raise --limit to see them)")
        return "\n".join(lines) + "\n"


def union_of(source: "Source") -> "Graph":
    """The union of every graph of ``source`` plus the ontology, as one rdflib Graph."""
    from rdflib import Graph

    from .rdf import bind_prefixes
    from .serialize import read_quads
    from .store import from_oxigraph

    graph = bind_prefixes(Graph())
    for q in read_quads(source):
        graph.add((from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object)))
    for triple in ontology_triples():  # sh:class follows rdfs:subClassOf through it
        graph.add(triple)
    return graph


def _short(graph: "Graph", node: "Node | None") -> str | None:
    if node is None:
        return None
    from rdflib import URIRef

    if isinstance(node, URIRef):
        for prefix, namespace in PREFIXES.items():
            if str(node).startswith(namespace) and str(node) != namespace:
                return f"{prefix}:{str(node)[len(namespace):]}"
    return node.n3(graph.namespace_manager) if hasattr(node, "n3") else str(node)


def validate(source: "Source", shapes: Path | str | None = None) -> ValidationReport:
    """Validate ``source`` (a Dataset, Graph, graph file, GraphStore or store directory).

    Args:
        source: the graph to check.
        shapes: a SHACL file; by default the shipped ``ontology/shapes.ttl``.

    Returns:
        A :class:`ValidationReport`; ``report.conforms`` is the verdict.
    """
    import pyshacl
    from rdflib import Graph
    from rdflib.namespace import SH

    data = union_of(source)
    shapes_graph = Graph().parse(str(shapes or ontology_file("shapes.ttl")), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none",
                                            allow_infos=False, allow_warnings=False)
    violations = []
    for result in results.subjects(SH.resultSeverity, None):
        severity = results.value(result, SH.resultSeverity)
        message = results.value(result, SH.resultMessage)
        violations.append(Violation(
            focus=_short(data, results.value(result, SH.focusNode)) or "?",
            path=_short(data, results.value(result, SH.resultPath)),
            value=_short(data, results.value(result, SH.value)),
            message=str(message) if message is not None else "constraint not met",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
        ))
    violations += _provenance_violations(data)
    name = source if isinstance(source, (str, Path)) else type(source).__name__
    return ValidationReport(bool(conforms) and not violations, tuple(sorted(set(violations), key=_order)), len(data), str(name))


def _order(v: Violation) -> tuple[str, str, str, str]:
    return (v.message, v.focus, v.path or "", v.value or "")


def _provenance_violations(data: "Graph") -> list[Violation]:
    """Run :data:`PROVENANCE_CHECKS` over ``data`` in an in-memory Oxigraph store."""
    import pyoxigraph as ox

    from .store import from_oxigraph, to_oxigraph

    store = ox.Store()
    store.bulk_extend(ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in data)
    found = []
    for message, query in PROVENANCE_CHECKS.items():
        for row in store.query(query, prefixes=PREFIXES):
            found.append(Violation(focus=_short(data, from_oxigraph(row["focus"])) or "?", path=None,
                                   value=_short(data, from_oxigraph(row["value"])), message=message))
    return found
