"""The property-graph view of our RDF: typed entities as nodes, object properties as relationships.

Nodes are the typed entities (Document, Regulation, Jurisdiction, Agency,
Initiative, Official, Task); a node's first label comes from its ontology class,
and a document type or regulation kind adds a second label (``:Regulation:Plan``,
``:Document:AnnualReport``). Literals become properties with plain names (``name``,
``level``, ``code``, ``kind``, ``issuer``, ``year`` ...), Chinese kept as written;
the IRI is the property ``iri``. Object properties between two entities become
relationships (``CITES``, ``IMPLEMENTS``, ``WITHIN`` ...), each carrying its
provenance summary: the documents that state it (``documents``), the first
sentence that says it (``sentence``) and, when the graph marks it, ``inferred``.
Provenance records (``kgb:Assertion``) and the level scheme are not nodes.

The view streams: it walks the store's indexes one entity at a time (Oxigraph
keeps quads sorted, so all the quads of one subject, and all the subjects of one
class, come together) and keeps no more than one entity's quads in memory, plus
a bounded cache of entity labels.

The mapping tables below are the contract (``docs/export.md`` renders them).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Iterator

import pyoxigraph as ox

if TYPE_CHECKING:
    from . import ExportResult

from ..ontology import DCTERMS, DOC_TYPE_CLASSES, ELI, FOAF, KGB, KIND_CLASSES, LEVEL_TERMS, OA, PROV, RDF, RDFS, SKOS, \
    VOCABULARY_GRAPH, span_document

__all__ = [
    "NODE_LABELS", "SECOND_LABELS", "NODE_PROPERTIES", "RELATIONSHIP_TYPES", "Node", "Relationship", "Schema",
    "PropertyGraph", "relationship_type", "merge_types", "flat_value", "to_networkx",
]

#: Entity classes, in order of precedence, and the node label each gives.
NODE_LABELS: dict[str, str] = {
    str(KGB.Document): "Document",
    str(KGB.Regulation): "Regulation",
    str(KGB.Jurisdiction): "Jurisdiction",
    str(KGB.Agency): "Agency",
    str(KGB.Initiative): "Initiative",
    str(KGB.Official): "Official",
    str(KGB.Task): "Task",
}

#: Subclasses that add a second label: document types and regulation kinds.
SECOND_LABELS: dict[str, str] = {
    str(iri): str(iri).rsplit("#", 1)[-1] for iri in (*DOC_TYPE_CLASSES.values(), *KIND_CLASSES.values())
}

#: Classes that are never nodes: provenance records and their spans, the level scheme.
_NOT_NODES = frozenset(str(c) for c in (
    KGB.Assertion, KGB.TextSpan, RDF.Statement, PROV.Entity, SKOS.Concept, SKOS.ConceptScheme,
))

#: Literal (or level term) predicates -> (property, type). ``string[]`` collects every value;
#: a single-valued property keeps the smallest value, and a second skos:prefLabel joins ``aliases``.
NODE_PROPERTIES: dict[str, tuple[str, str]] = {
    str(SKOS.prefLabel): ("name", "string"),
    str(DCTERMS.title): ("name", "string"),
    str(FOAF.name): ("name", "string"),
    str(RDFS.label): ("name", "string"),
    str(SKOS.altLabel): ("aliases", "string[]"),
    str(KGB.divisionCode): ("code", "string"),
    str(KGB.level): ("level", "string"),
    str(KGB.resolutionStatus): ("status", "string"),
    str(KGB.kind): ("kind", "string"),
    str(KGB.issuerName): ("issuer", "string"),
    str(KGB.issuerLevel): ("issuerLevel", "string"),
    str(KGB.yearIssued): ("year", "int"),
    str(KGB.yearCovered): ("year", "int"),
    str(KGB.docType): ("docType", "string"),
    str(ELI.date_document): ("date", "string"),
    str(ELI.id_local): ("number", "string"),
    str(DCTERMS.identifier): ("identifier", "string"),
    str(KGB.fileName): ("fileName", "string"),
    str(KGB.sourceURL): ("sourceUrl", "string"),
    str(KGB.characterCount): ("characterCount", "int"),
    str(KGB.contentHash): ("contentHash", "string"),
    str(KGB.role): ("role", "string"),
    str(KGB.taskNumber): ("number", "string"),
}

#: Object properties between entities -> relationship type. Others are named by
#: their local name in UPPER_SNAKE_CASE (``kgb:fooBar`` -> ``FOO_BAR``).
RELATIONSHIP_TYPES: dict[str, str] = {
    str(KGB.cites): "CITES",
    str(KGB.implements): "IMPLEMENTS",
    str(KGB.realizes): "REALIZES",
    str(KGB.within): "WITHIN",
    str(KGB.authorJurisdiction): "AUTHOR_JURISDICTION",
    str(KGB.authorAgency): "AUTHOR_AGENCY",
    str(KGB.recipient): "RECIPIENT",
    str(KGB.mentionsAgency): "MENTIONS_AGENCY",
    str(KGB.mentionsInitiative): "MENTIONS_INITIATIVE",
    str(KGB.mentionsJurisdiction): "MENTIONS_JURISDICTION",
    str(KGB.namesPerson): "NAMES_PERSON",
    str(KGB.hasTask): "HAS_TASK",
    str(KGB.leadAgency): "LEAD_AGENCY",
    str(KGB.responsibleAgency): "RESPONSIBLE_AGENCY",
    str(KGB.issuedBy): "ISSUED_BY",
    str(KGB.issuingJurisdiction): "ISSUING_JURISDICTION",
    str(KGB.agencyOf): "AGENCY_OF",
    str(KGB.candidate): "CANDIDATE",
}

#: Properties every relationship may carry, and their types.
RELATIONSHIP_PROPERTIES: dict[str, str] = {"documents": "string[]", "sentence": "string", "inferred": "boolean"}

_LEVEL_OF_TERM = {str(term): level for level, term in LEVEL_TERMS.items()}
_RDF_TYPE = ox.NamedNode(str(RDF.type))
_RDF_SUBJECT = ox.NamedNode(str(RDF.subject))
_RDF_PREDICATE = ox.NamedNode(str(RDF.predicate))
_RDF_OBJECT = ox.NamedNode(str(RDF.object))
_OA_START = str(OA.start)
_SENTENCE = str(KGB.sentence)
_INFERRED = str(KGB.inferred)
_EVIDENCE = str(KGB.evidence)
_INT_TYPES = frozenset(f"http://www.w3.org/2001/XMLSchema#{t}" for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "negativeInteger",
    "nonPositiveInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte", "gYear"))
_FLOAT_TYPES = frozenset(f"http://www.w3.org/2001/XMLSchema#{t}" for t in ("decimal", "double", "float"))
_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"
_SKIPPED_GRAPHS = frozenset({str(VOCABULARY_GRAPH)})



def _local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def relationship_type(predicate: str) -> str:
    """The relationship type of an object property.

    >>> relationship_type("https://w3id.org/kg-builder/ontology#cites")
    'CITES'
    >>> relationship_type("https://w3id.org/kg-builder/ontology#supersededBy")
    'SUPERSEDED_BY'
    """
    if predicate in RELATIONSHIP_TYPES:
        return RELATIONSHIP_TYPES[predicate]
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", _local_name(predicate))
    return re.sub(r"\W+", "_", name).strip("_").upper() or "RELATED_TO"


def merge_types(a: str, b: str) -> str:
    """The type that holds values of both types (``int`` and ``float`` make ``float``).

    >>> merge_types("int", "float"), merge_types("int", "string"), merge_types("string[]", "string")
    ('float', 'string', 'string[]')
    """
    if a == b:
        return a
    if a.endswith("[]") or b.endswith("[]"):
        return "string[]"
    if {a, b} == {"int", "float"}:
        return "float"
    return "string"


def _literal_value(literal: ox.Literal) -> tuple[Any, str]:
    datatype = literal.datatype.value if literal.datatype else ""
    try:
        if datatype in _INT_TYPES:
            return int(literal.value[:4] if datatype.endswith("gYear") else literal.value), "int"
        if datatype in _FLOAT_TYPES:
            return float(literal.value), "float"
    except ValueError:
        return literal.value, "string"
    if datatype == _BOOLEAN:
        return literal.value in ("true", "1"), "boolean"
    return literal.value, "string"


def _term_text(term) -> str:
    """The value of a term as a string: an IRI, a blank node id or a literal's text."""
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return term.value


@dataclass(frozen=True, slots=True)
class Node:
    """One entity: IRI, labels (the class label first) and properties (without ``iri``)."""

    iri: str
    labels: tuple[str, ...]
    properties: dict[str, Any] = field(default_factory=dict)

    @property
    def label(self) -> str:
        return self.labels[0]


@dataclass(frozen=True, slots=True)
class Relationship:
    """One relationship between two nodes, identified by (start, type, end)."""

    type: str
    start: str
    start_label: str
    end: str
    end_label: str
    properties: dict[str, Any] = field(default_factory=dict)


@dataclass
class Schema:
    """Labels, relationship types and their typed properties, found by one pass over the view.

    Property dictionaries keep the order of the mapping tables, then the order met.
    """

    node_properties: dict[str, dict[str, str]] = field(default_factory=dict)
    second_labels: dict[str, set[str]] = field(default_factory=dict)
    node_counts: dict[str, int] = field(default_factory=dict)
    relationship_properties: dict[str, dict[str, str]] = field(default_factory=dict)
    endpoints: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    relationship_counts: dict[tuple[str, str, str], int] = field(default_factory=dict)

    def add_node(self, node: Node) -> None:
        props = self.node_properties.setdefault(node.label, {})
        for key, value in node.properties.items():
            found = _type_of(value)
            props[key] = merge_types(props[key], found) if key in props else found
        self.second_labels.setdefault(node.label, set()).update(node.labels[1:])
        self.node_counts[node.label] = self.node_counts.get(node.label, 0) + 1

    def add_relationship(self, rel: Relationship, properties: dict[str, str] | None = None) -> None:
        props = self.relationship_properties.setdefault(rel.type, {})
        for key, kind in (properties or {k: _type_of(v) for k, v in rel.properties.items()}).items():
            props[key] = merge_types(props[key], kind) if key in props else kind
        pair = (rel.start_label, rel.end_label)
        pairs = self.endpoints.setdefault(rel.type, [])
        if pair not in pairs:
            pairs.append(pair)
        key = (rel.type, *pair)
        self.relationship_counts[key] = self.relationship_counts.get(key, 0) + 1

    @property
    def node_count(self) -> int:
        return sum(self.node_counts.values())

    @property
    def relationship_count(self) -> int:
        return sum(self.relationship_counts.values())

    def counts_by_type(self) -> dict[str, int]:
        """Relationship counts per type (over every pair of endpoint labels)."""
        counts: dict[str, int] = {}
        for (kind, _, _), n in self.relationship_counts.items():
            counts[kind] = counts.get(kind, 0) + n
        return counts


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "int"
    if isinstance(value, float):
        return "float"
    if isinstance(value, (list, tuple)):
        return "string[]"
    return "string"


class PropertyGraph:
    """The property-graph view of the RDF in an Oxigraph store; iterate ``nodes()``, ``relationships()``.

    Example:
        >>> import pyoxigraph as ox
        >>> store = ox.Store()
        >>> store.load(input='''
        ... @prefix kgb: <https://w3id.org/kg-builder/ontology#> .
        ... @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        ... <urn:j:1> a kgb:Jurisdiction ; skos:prefLabel "东辽县"@zh ; kgb:within <urn:j:2> .
        ... <urn:j:2> a kgb:Jurisdiction ; skos:prefLabel "辽源市"@zh .
        ... ''', format=ox.RdfFormat.TURTLE)
        >>> view = PropertyGraph(store)
        >>> sorted((n.label, n.properties["name"]) for n in view.nodes())
        [('Jurisdiction', '东辽县'), ('Jurisdiction', '辽源市')]
        >>> [(r.type, r.end) for r in view.relationships()]
        [('WITHIN', 'urn:j:2')]
    """

    def __init__(self, store: ox.Store, label_cache: int = 65536):
        self.store = store
        self._class_labels = self._find_class_labels()
        self.label_of = functools.lru_cache(maxsize=label_cache)(self._label_of)
        self._schema: Schema | None = None

    # -- classes and labels ----------------------------------------------------
    def _find_class_labels(self) -> dict[str, str]:
        """Every class that makes nodes -> its label, in order of precedence."""
        found = set()
        # Classes of the data, not of the vocabulary graph (the ontology and the
        # level scheme are schema: levels are node properties, not nodes).
        rows = self.store.query(
            "SELECT DISTINCT ?c WHERE { { ?s a ?c } UNION { GRAPH ?g { ?s a ?c } FILTER(?g != <%s>) } }"
            % VOCABULARY_GRAPH)
        for row in rows:
            if isinstance(row["c"], ox.NamedNode):
                found.add(row["c"].value)
        labels = {iri: label for iri, label in NODE_LABELS.items() if iri in found}
        # Other classes of our ontology (a plugin's new entity type) become labels by local name.
        for iri in sorted(found):
            if iri.startswith(str(KGB)) and iri not in labels and iri not in SECOND_LABELS and iri not in _NOT_NODES:
                labels[iri] = _local_name(iri)
        return labels

    def _labels_of(self, types: set[str]) -> tuple[str, ...] | None:
        primary = next((label for iri, label in self._class_labels.items() if iri in types), None)
        if primary is None:
            return None
        second = sorted(SECOND_LABELS[t] for t in types if t in SECOND_LABELS)
        return (primary, *second)

    def _label_of(self, term) -> str | None:
        """The class label of a subject, or None when it is not an entity."""
        types = {q.object.value for q in self.store.quads_for_pattern(term, _RDF_TYPE, None, None)
                 if isinstance(q.object, ox.NamedNode)}
        labels = self._labels_of(types)
        return labels[0] if labels else None

    # -- nodes -------------------------------------------------------------------
    def _subjects(self) -> Iterator[tuple[Any, str]]:
        """Each entity once, with its class label, grouped by class in order of precedence."""
        for class_iri, label in self._class_labels.items():
            previous = None
            for quad in self.store.quads_for_pattern(None, _RDF_TYPE, ox.NamedNode(class_iri), None):
                subject = quad.subject
                if subject == previous:  # the same entity in another document's graph
                    continue
                previous = subject
                # An entity of two classes is listed under the first in precedence only.
                if self.label_of(subject) == label:
                    yield subject, label

    def _describe(self, subject) -> tuple[set[str], list[tuple[str, Any, set[str]]]]:
        """The types of a subject and its distinct (predicate, object, graphs) statements."""
        types: set[str] = set()
        statements: list[tuple[str, Any, set[str]]] = []
        last = None
        for quad in self.store.quads_for_pattern(subject, None, None, None):
            predicate = quad.predicate.value
            if predicate == _RDF_TYPE.value:
                if isinstance(quad.object, ox.NamedNode):
                    types.add(quad.object.value)
                continue
            graph = "" if isinstance(quad.graph_name, ox.DefaultGraph) else quad.graph_name.value
            key = (predicate, quad.object)
            if key != last:
                statements.append((predicate, quad.object, set()))
                last = key
            if graph and graph not in _SKIPPED_GRAPHS:
                statements[-1][2].add(graph)
        return types, statements

    def _node(self, subject, label: str, types: set[str], statements) -> Node:
        values: dict[str, list[tuple[Any, str]]] = {}
        for predicate, obj, _ in statements:
            if isinstance(obj, ox.Literal):
                value, kind = _literal_value(obj)
            elif predicate in NODE_PROPERTIES and obj.value in _LEVEL_OF_TERM:
                value, kind = _LEVEL_OF_TERM[obj.value], "string"
            elif self.label_of(obj) is None and predicate not in RELATIONSHIP_TYPES:
                value, kind = _term_text(obj), "string"  # a link to something that is not an entity
            else:
                continue  # a relationship
            name, declared = NODE_PROPERTIES.get(predicate, (_local_name(predicate), kind))
            values.setdefault(name, []).append((value, declared))
        properties: dict[str, Any] = {}
        for name, found in values.items():
            declared = found[0][1]
            distinct = sorted({v for v, _ in found}, key=lambda v: (str(type(v)), v))
            if declared == "string[]" or (name not in _SINGLE and len(distinct) > 1):
                properties[name] = [str(v) for v in distinct]
            else:
                properties[name] = distinct[0]
        names = sorted({str(v) for v, _ in values.get("name", [])})
        if len(names) > 1:
            # Other names of the same entity (two prefLabels) are kept as aliases.
            properties["aliases"] = sorted(set(properties.get("aliases", [])) | set(names[1:]))
        ordered = {name: properties[name] for name in _PROPERTY_ORDER if name in properties}
        ordered.update((k, v) for k, v in properties.items() if k not in ordered)
        labels = self._labels_of(types) or (label,)
        return Node(_term_text(subject), labels, ordered)

    def nodes(self) -> Iterator[Node]:
        """Every entity as a node, grouped by class label."""
        for subject, label in self._subjects():
            types, statements = self._describe(subject)
            yield self._node(subject, label, types, statements)

    # -- relationships -----------------------------------------------------------
    def _assertions(self, subject) -> dict[tuple[str, Any], list[tuple[str, int, str | None, bool | None]]]:
        """What the provenance records say about statements of ``subject``, by (predicate, object).

        Each record gives (document, start offset, sentence, inferred). Read through the
        indexes: every record whose ``rdf:subject`` is this subject, then its own quads
        and its span's (the span is shared: read once per graph).
        """
        found: dict[tuple[str, Any], list[tuple[str, int, str | None, bool | None]]] = {}
        seen = set()
        spans: dict[tuple[Any, Any], tuple[int, str | None]] = {}
        for quad in self.store.quads_for_pattern(None, _RDF_SUBJECT, subject, None):
            record, graph = quad.subject, quad.graph_name
            if (record, graph) in seen:
                continue
            seen.add((record, graph))
            predicate = obj = doc = sentence = inferred = None
            start = 0
            for q in self.store.quads_for_pattern(record, None, None, graph):
                p = q.predicate.value
                if p == _RDF_PREDICATE.value:
                    predicate = q.object.value
                elif p == _RDF_OBJECT.value:
                    obj = q.object
                elif p == _INFERRED:
                    inferred = q.object.value in ("true", "1")
                elif p == _EVIDENCE:
                    if (q.object, graph) not in spans:
                        spans[(q.object, graph)] = self._span(q.object, graph)
                    start, sentence = spans[(q.object, graph)]
                    if isinstance(graph, ox.DefaultGraph) and isinstance(q.object, ox.NamedNode):
                        doc = span_document(q.object.value)  # a union of the graphs: the span names it
            if predicate is None or obj is None:
                continue
            if doc is None and not isinstance(graph, ox.DefaultGraph):
                doc = graph.value
            found.setdefault((predicate, obj), []).append((doc or "", start, sentence, inferred))
        return found

    def _span(self, span, graph) -> tuple[int, str | None]:
        """A span's start offset and sentence."""
        start, sentence = 0, None
        for q in self.store.quads_for_pattern(span, None, None, graph):
            p = q.predicate.value
            if p == _OA_START:
                start = int(q.object.value) if q.object.value.isdigit() else 0
            elif p == _SENTENCE:
                sentence = q.object.value
        return start, sentence

    @staticmethod
    def _provenance(records, graphs: set[str]) -> dict[str, Any]:
        documents = set(graphs) | {doc for doc, _, _, _ in records if doc}
        sentences = sorted((doc, start, sentence) for doc, start, sentence, _ in records if sentence)
        inferred = {flag for _, _, _, flag in records if flag is not None}
        properties: dict[str, Any] = {}
        if documents:
            properties["documents"] = sorted(documents)
        if sentences:
            properties["sentence"] = sentences[0][2]  # the first, in document then text order
        if inferred:
            # Inferred only when no document states it outright.
            properties["inferred"] = all(inferred)
        return properties

    def relationships(self, provenance: bool = True) -> Iterator[Relationship]:
        """Every statement between two entities as a relationship, once, with its provenance."""
        for subject, label in self._subjects():
            _, statements = self._describe(subject)
            yield from self._relationships_of(subject, label, statements, provenance)

    def _relationships_of(self, subject, label: str, statements, provenance: bool) -> Iterator[Relationship]:
        records = self._assertions(subject) if provenance else {}
        for predicate, obj, graphs in statements:
            if isinstance(obj, ox.Literal):
                continue
            end_label = self.label_of(obj)
            if end_label is None:
                continue
            properties = self._provenance(records.get((predicate, obj), ()), graphs) if provenance else {}
            yield Relationship(relationship_type(predicate), _term_text(subject), label, _term_text(obj),
                               end_label, properties)

    # -- schema ------------------------------------------------------------------
    def schema(self) -> Schema:
        """Labels, types and typed properties (one pass over the store; cached)."""
        if self._schema is None:
            schema = Schema()
            inferred_types = self._inferred_types()
            for subject, label in self._subjects():
                types, statements = self._describe(subject)
                schema.add_node(self._node(subject, label, types, statements))
                for rel in self._relationships_of(subject, label, statements, provenance=False):
                    props = {"documents": "string[]", "sentence": "string"}
                    if rel.type in inferred_types:
                        props["inferred"] = "boolean"
                    schema.add_relationship(rel, props)
            self._schema = schema
        return self._schema

    def _inferred_types(self) -> set[str]:
        query = """SELECT DISTINCT ?p WHERE { { ?a rdf:predicate ?p ; kgb:inferred ?i }
                   UNION { GRAPH ?g { ?a rdf:predicate ?p ; kgb:inferred ?i } } }"""
        return {relationship_type(row["p"].value) for row in self.store.query(query, prefixes=_QUERY_PREFIXES)}


#: Properties that always hold one value (extra values are dropped, or kept as aliases for names).
_SINGLE = frozenset(name for name, kind in NODE_PROPERTIES.values() if not kind.endswith("[]"))
#: The order properties are written in.
_PROPERTY_ORDER = tuple(dict.fromkeys(name for name, _ in NODE_PROPERTIES.values()))
_QUERY_PREFIXES = {"rdf": str(RDF), "prov": str(PROV), "kgb": str(KGB), "oa": str(OA)}


def flat_value(value: Any) -> Any:
    """A property value as GraphML, GEXF and CSV can hold it: lists become ``;``-joined text.

    >>> flat_value(["a", "b"]), flat_value(2019), flat_value(True)
    ('a;b', 2019, True)
    """
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    return value


def to_networkx(view: PropertyGraph, progress=lambda steps: None):
    """The property graph as a networkx MultiDiGraph keyed by IRI, with flat attributes.

    Nodes carry ``label`` (the name, which Gephi and Cytoscape show), ``labels``
    (``Regulation:Plan``), ``iri`` and their properties; edges carry ``label`` and
    ``relationship`` (the type), keyed by type, and their provenance properties.
    """
    import networkx as nx

    graph = nx.MultiDiGraph()
    for node in view.nodes():
        attrs = {k: flat_value(v) for k, v in node.properties.items() if v is not None}
        attrs.update(label=str(node.properties.get("name") or node.iri), labels=":".join(node.labels), iri=node.iri)
        graph.add_node(node.iri, **attrs)
        progress(1)
    for rel in view.relationships():
        attrs = {k: flat_value(v) for k, v in rel.properties.items() if v is not None}
        graph.add_edge(rel.start, rel.end, key=rel.type, label=rel.type, relationship=rel.type, **attrs)
        progress(1)
    return graph


def export_to_file(graph, target: str, options, fmt: str, label: str, write) -> ExportResult:
    """Write the property-graph view to one file with ``write(view, path, step)``.

    What every single-file exporter (cypher, graphml, gexf) does around its writer:
    make the folder, show progress over nodes and relationships, report the counts.
    """
    from pathlib import Path

    from . import ExportResult

    view = PropertyGraph(graph.store)
    schema = view.schema()
    path = Path(target)
    path.parent.mkdir(parents=True, exist_ok=True)
    with options.progress(schema.node_count + schema.relationship_count, f"Writing {label}") as step:
        write(view, path, step)
    counts = {"nodes": schema.node_count, "relationships": schema.relationship_count}
    return ExportResult(fmt, str(path), counts, (path,))
