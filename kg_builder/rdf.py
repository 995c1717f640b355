"""Extractions as RDF: one named graph per document, provenance on every statement.

Each fact becomes a statement in its document's named graph (the graph is named
by the document's IRI), plus a ``kgb:Assertion`` (an ``rdf:Statement`` and a
``prov:Entity``) that records the extractor, its version, the character span as
an ``oa:TextPositionSelector``, the quoted text as an ``oa:TextQuoteSelector``
and the sentence that says it. The union of the named graphs is the graph.
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from . import __version__
from .divisions import NATIONAL, division_by_code
from .model import LEVEL_RANK, LEVELS, Extraction, Fact, Mention
from .ontology import (
    DCTERMS, DOC_TYPE_CLASSES, ELI, FOAF, KGB, KIND_CLASSES, LEVEL_TERMS, OA, PREFIXES, PROV, RDF,
    RDFS, SKOS, VOCABULARY_GRAPH, XSD, Minter,
)

__all__ = ["to_quads", "to_dataset", "vocabulary_quads", "sentence_span", "bind_prefixes", "union_graph"]

Quad = tuple[Node, Node, Node, Node]

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_MAX_SENTENCE = 400

#: Fact predicates about the document whose object is an entity, and their property.
_ENTITY_PREDICATES = {
    "cites": KGB.cites,
    "mentionsAgency": KGB.mentionsAgency,
    "mentionsInitiative": KGB.mentionsInitiative,
    "mentionsJurisdiction": KGB.mentionsJurisdiction,
    "authorJurisdiction": KGB.authorJurisdiction,
    "authorAgency": KGB.authorAgency,
    "recipient": KGB.recipient,
    "namesPerson": KGB.namesPerson,
    "hasTask": KGB.hasTask,
    "implements": KGB.implements,
    "lead": KGB.leadAgency,
    "responsible": KGB.responsibleAgency,
}
_LITERAL_PREDICATES = {
    "title": (DCTERMS.title, None),
    "docType": (KGB.docType, None),
    "yearCovered": (KGB.yearCovered, XSD.integer),
    "publishDate": (ELI.date_document, XSD.date),
    "documentNumber": (ELI.id_local, None),
}


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): from the previous sentence end to the next.

    >>> t = "一是学习。二是按照《纲要》要求制定方案。三是考核。"
    >>> s, e = sentence_span(t, 10, 12)
    >>> t[s:e]
    '二是按照《纲要》要求制定方案。'
    """
    left = max(0, start - _MAX_SENTENCE)
    head = text[left:start]
    cut = None
    for match in _SENTENCE_END.finditer(head):
        cut = match.end()
    s = left + cut if cut is not None else left
    match = _SENTENCE_END.search(text, end, min(len(text), end + _MAX_SENTENCE))
    e = match.end() if match else min(len(text), end + _MAX_SENTENCE)
    while s < start and text[s].isspace():
        s += 1
    return s, max(e, end)


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


class _DocumentGraph:
    """Collects the quads of one document's named graph, each triple once."""

    def __init__(self, extraction: Extraction, minter: Minter):
        self.extraction = extraction
        self.doc = extraction.document
        self.minter = minter
        self.hash = self.doc.content_hash
        self.graph = minter.document(self.hash)
        self.quads: dict[Quad, None] = {}
        self.jurisdiction_code: str | None = None

    def add(self, s: Node, p: Node, o: Node) -> None:
        self.quads[(s, p, o, self.graph)] = None

    # -- entities ----------------------------------------------------------
    def jurisdiction(self, mention: Mention) -> URIRef:
        code = mention.attr("code")
        status = mention.attr("status", "resolved")
        level = mention.attr("level")
        if code and status == "resolved":
            if level == "township":
                iri = self.minter.jurisdiction(str(code), mention.name)
            else:
                iri = self.minter.jurisdiction(str(code))
            self._division(iri, str(code), mention.name, level)
            if level == "township" and mention.attr("county_code"):
                parent = self.minter.jurisdiction(str(mention.attr("county_code")))
                self.add(iri, KGB.within, parent)
                self._division_chain(str(mention.attr("county_code")))
        else:
            iri = self.minter.unresolved_jurisdiction(mention.name)
            self.add(iri, RDF.type, KGB.Jurisdiction)
            self.add(iri, SKOS.prefLabel, _zh(mention.name))
            self.add(iri, KGB.resolutionStatus, Literal(status))
            if level in LEVEL_TERMS:
                self.add(iri, KGB.level, LEVEL_TERMS[level])
            for candidate in mention.attr("candidates", ()) or ():
                cand_iri = self.minter.jurisdiction(str(candidate))
                self.add(iri, KGB.candidate, cand_iri)
                self._division_chain(str(candidate))
        return iri

    def _division(self, iri: URIRef, code: str, name: str, level: str | None) -> None:
        self.add(iri, RDF.type, KGB.Jurisdiction)
        self.add(iri, SKOS.prefLabel, _zh(name))
        self.add(iri, KGB.divisionCode, Literal(code))
        if level in LEVEL_TERMS:
            self.add(iri, KGB.level, LEVEL_TERMS[level])
        if level != "township":
            self._division_chain(code)

    def _division_chain(self, code: str) -> None:
        """The division with this code and every division above it, up to the nation."""
        division = division_by_code(code)
        while division is not None:
            iri = self.minter.jurisdiction(division.code)
            self.add(iri, RDF.type, KGB.Jurisdiction)
            self.add(iri, SKOS.prefLabel, _zh(division.name))
            self.add(iri, KGB.divisionCode, Literal(division.code))
            self.add(iri, KGB.level, LEVEL_TERMS[division.level])
            parent_code = division.parent_code
            if parent_code is None:
                break
            parent = division_by_code(parent_code) or (NATIONAL if parent_code == NATIONAL.code else None)
            if parent is None:
                break
            self.add(iri, KGB.within, self.minter.jurisdiction(parent.code))
            division = parent

    def regulation(self, mention: Mention) -> URIRef:
        iri = self.minter.regulation(mention.name)
        self.add(iri, RDF.type, KGB.Regulation)
        self.add(iri, SKOS.prefLabel, _zh(mention.name))
        kind = mention.attr("kind")
        if kind in KIND_CLASSES:
            self.add(iri, RDF.type, KIND_CLASSES[kind])
            self.add(iri, KGB.kind, Literal(kind))
        for alias in mention.attr("aliases", ()) or ():
            self.add(iri, SKOS.altLabel, _zh(alias))
        issuer = mention.attr("issuer")
        level = mention.attr("issuer_level")
        code = mention.attr("issuer_code")
        if issuer:
            self.add(iri, KGB.issuerName, _zh(issuer))
            for part in re.split(r"[、,，]", issuer):
                part = part.strip()
                if part:
                    agency = self.agency_named(part, str(code) if code else None)
                    self.add(iri, KGB.issuedBy, agency)
        if level in LEVEL_TERMS:
            self.add(iri, KGB.issuerLevel, LEVEL_TERMS[level])
        if code:
            j = self.minter.jurisdiction(str(code))
            self.add(iri, KGB.issuingJurisdiction, j)
            self._division_chain(str(code))
        return iri

    def agency_named(self, name: str, jurisdiction_code: str | None) -> URIRef:
        iri = self.minter.agency(jurisdiction_code, name)
        self.add(iri, RDF.type, KGB.Agency)
        self.add(iri, SKOS.prefLabel, _zh(name))
        if jurisdiction_code:
            self.add(iri, KGB.agencyOf, self.minter.jurisdiction(jurisdiction_code))
            self._division_chain(jurisdiction_code)
        return iri

    def agency(self, mention: Mention) -> URIRef:
        code = mention.attr("jurisdiction_code") or self.jurisdiction_code
        return self.agency_named(mention.name, str(code) if code else None)

    def initiative(self, mention: Mention) -> URIRef:
        iri = self.minter.initiative(mention.name)
        self.add(iri, RDF.type, KGB.Initiative)
        self.add(iri, SKOS.prefLabel, _zh(mention.name))
        return iri

    def person(self, mention: Mention) -> URIRef:
        iri = self.minter.person(self.jurisdiction_code, mention.name)
        self.add(iri, RDF.type, KGB.Official)
        self.add(iri, FOAF.name, _zh(mention.name))
        role = mention.attr("role")
        if role:
            self.add(iri, KGB.role, _zh(str(role)))
        return iri

    def task(self, mention: Mention) -> URIRef:
        number = str(mention.attr("number", "") or "")
        iri = self.minter.task(self.hash, number, mention.name)
        self.add(iri, RDF.type, KGB.Task)
        self.add(iri, RDFS.label, _zh(mention.name))
        if number:
            self.add(iri, KGB.taskNumber, Literal(number))
        return iri

    def node(self, mention: Mention) -> URIRef:
        """The IRI of any mention, with its describing triples added."""
        label = mention.label
        if label == "Document":
            return self.graph
        if label == "Jurisdiction":
            return self.jurisdiction(mention)
        if label == "Regulation":
            return self.regulation(mention)
        if label == "Agency":
            return self.agency(mention)
        if label == "Initiative":
            return self.initiative(mention)
        if label == "Person":
            return self.person(mention)
        if label == "Task":
            return self.task(mention)
        iri = self.minter._iri(label.lower(), mention.name)
        self.add(iri, SKOS.prefLabel, _zh(mention.name))
        return iri

    # -- statements ----------------------------------------------------------
    def document(self) -> None:
        doc = self.doc
        me = self.graph
        self.add(me, RDF.type, KGB.Document)
        self.add(me, DCTERMS.identifier, Literal(doc.id))
        self.add(me, KGB.contentHash, Literal(self.hash))
        self.add(me, KGB.characterCount, Literal(len(doc.text), datatype=XSD.integer))
        if doc.path:
            self.add(me, KGB.fileName, Literal(doc.path.replace("\\", "/").rsplit("/", 1)[-1]))
        if doc.url:
            self.add(me, KGB.sourceURL, Literal(doc.url, datatype=XSD.anyURI))
        doc_type = self.extraction.value("docType")
        if doc_type in DOC_TYPE_CLASSES:
            self.add(me, RDF.type, DOC_TYPE_CLASSES[doc_type])
        author = self.extraction.value("authorJurisdiction")
        if isinstance(author, Mention) and author.attr("status", "resolved") == "resolved":
            self.jurisdiction_code = str(author.attr("code")) if author.attr("code") else None
            if author.attr("level") == "township":
                self.jurisdiction_code = str(author.attr("county_code") or "") or None
        title = self.extraction.value("title")
        if isinstance(title, str) and title:
            from .normalize import normalize_title

            own = self.minter.regulation(normalize_title(title))
            self.add(me, KGB.realizes, own)
            self.add(own, RDF.type, KGB.Regulation)
            self.add(own, SKOS.prefLabel, _zh(normalize_title(title)))

    def fact(self, fact: Fact) -> None:
        subject = self.node(fact.subject)
        if fact.predicate in _ENTITY_PREDICATES and isinstance(fact.object, Mention):
            predicate = _ENTITY_PREDICATES[fact.predicate]
            obj: Node = self.node(fact.object)
        elif fact.predicate in _LITERAL_PREDICATES:
            predicate, datatype = _LITERAL_PREDICATES[fact.predicate]
            value = fact.object.name if isinstance(fact.object, Mention) else fact.object
            obj = Literal(value, datatype=datatype) if datatype else (
                _zh(str(value)) if fact.predicate == "title" else Literal(str(value))
            )
        else:
            predicate = KGB[fact.predicate]
            obj = self.node(fact.object) if isinstance(fact.object, Mention) else Literal(fact.object)
        self.add(subject, predicate, obj)
        self.provenance(fact, subject, predicate, obj)

    def provenance(self, fact: Fact, s: Node, p: Node, o: Node) -> None:
        src = fact.source
        text = self.doc.text
        start, end = max(0, min(src.start, len(text))), max(0, min(src.end, len(text)))
        iri = self.minter.assertion(self.hash, str(s), str(p), str(o), str(start), str(end), src.extractor)
        self.add(iri, RDF.type, KGB.Assertion)
        self.add(iri, RDF.subject, s)
        self.add(iri, RDF.predicate, p)
        self.add(iri, RDF.object, o)
        self.add(iri, PROV.wasDerivedFrom, self.graph)
        self.add(iri, KGB.extractor, Literal(src.extractor))
        self.add(iri, KGB.extractorVersion, Literal(__version__))
        if fact.confidence != 1.0:
            self.add(iri, KGB.confidence, Literal(round(fact.confidence, 3), datatype=XSD.decimal))
        position = URIRef(f"{iri}#position")
        self.add(iri, OA.hasSelector, position)
        self.add(position, RDF.type, OA.TextPositionSelector)
        self.add(position, OA.start, Literal(start, datatype=XSD.nonNegativeInteger))
        self.add(position, OA.end, Literal(end, datatype=XSD.nonNegativeInteger))
        if end > start:
            quote = URIRef(f"{iri}#quote")
            self.add(iri, OA.hasSelector, quote)
            self.add(quote, RDF.type, OA.TextQuoteSelector)
            self.add(quote, OA.exact, Literal(text[start:end]))
            if end - start < len(text):
                s0, e0 = sentence_span(text, start, end)
                self.add(iri, KGB.sentence, Literal(text[s0:e0].strip()))


def to_quads(extraction: Extraction, minter: Minter | None = None) -> list[Quad]:
    """The quads of one document's named graph, deterministic for the same input."""
    builder = _DocumentGraph(extraction, minter or Minter())
    builder.document()
    for fact in extraction.facts:
        builder.fact(fact)
    return list(builder.quads)


def vocabulary_quads(minter: Minter | None = None) -> list[Quad]:
    """The level scheme (labels and ranks), so that queries can order levels."""
    g = VOCABULARY_GRAPH
    quads: list[Quad] = [(KGB.AdministrativeLevels, RDF.type, SKOS.ConceptScheme, g)]
    labels = {"national": "国家", "provincial": "省级", "prefecture": "地级", "county": "县级", "township": "乡级"}
    for level in LEVELS:
        term = LEVEL_TERMS[level]
        quads += [
            (term, RDF.type, SKOS.Concept, g),
            (term, SKOS.inScheme, KGB.AdministrativeLevels, g),
            (term, SKOS.prefLabel, Literal(level, lang="en"), g),
            (term, SKOS.prefLabel, Literal(labels[level], lang="zh"), g),
            (term, KGB.rank, Literal(LEVEL_RANK[level], datatype=XSD.integer), g),
        ]
    return quads


def bind_prefixes(graph: Graph) -> Graph:
    """Declare our prefixes on a graph or dataset (for readable serializations)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def to_dataset(extractions: Iterable[Extraction], minter: Minter | None = None) -> Dataset:
    """An rdflib Dataset with one named graph per document and the vocabulary graph."""
    minter = minter or Minter()
    dataset = bind_prefixes(Dataset())
    for quad in vocabulary_quads(minter):
        dataset.add(quad)
    for extraction in extractions:
        for quad in to_quads(extraction, minter):
            dataset.add(quad)
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of every named graph, in one graph (what Turtle can hold)."""
    graph = bind_prefixes(Graph())
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def iter_quads(extractions: Iterable[Extraction], minter: Minter | None = None) -> Iterator[Quad]:
    """Stream the quads of many documents (vocabulary first) without a Dataset."""
    minter = minter or Minter()
    yield from vocabulary_quads(minter)
    for extraction in extractions:
        yield from to_quads(extraction, minter)
