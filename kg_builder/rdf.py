"""Extractions as RDF: one named graph per document, provenance on every statement.

Each fact becomes a statement in its document's named graph (the graph is named
by the document's IRI), plus an assertion (a ``kgb:Assertion``, implied by the
domain of ``kgb:evidence``) that records what it states (``rdf:subject``,
``rdf:predicate``, ``rdf:object``), the extractor that read it and, as its
``kgb:evidence``, the ``kgb:TextSpan`` it was read from. A span is the document's
IRI with an RFC 5147 fragment (``<D#char=3527,3540>``) carrying ``oa:start``,
``oa:end``, the exact characters (``oa:exact``) and the sentence around them
(``kgb:sentence``); every assertion read from the same characters shares it, and
its quads are written once per document. The document records the kg_builder
version that read it (``kgb:extractorVersion``); the named graph says which
document each assertion and span belongs to. Quotes and sentences are taken from
``Document.source_text``: the characters as written, even when extraction matched
on a normalized copy. About five quads per assertion, plus four per shared span
(the Web Annotation shape with its selector nodes took eighteen per assertion).

The output holds no blank nodes and every IRI is minted from what it names, so
the same input gives the same quads, on any machine. The union of the named
graphs is the graph; the ontology itself is the vocabulary graph.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date
from typing import Iterable, Iterator

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from . import __version__
from .divisions import NATIONAL, division_by_code, divisions_named
from .model import Extraction, Fact, Mention
from .ontology import (
    DCTERMS, DOC_TYPE_CLASSES, ELI, FOAF, KGB, KIND_CLASSES, LEVEL_TERMS, OA, PREFIXES, PROV, RDF,
    RDFS, SKOS, VOCABULARY_GRAPH, XSD, Minter, clean_text, iri_segment, ontology_triples,
)

__all__ = [
    "to_quads", "to_nquads", "to_dataset", "source_path_of", "vocabulary_quads", "sentence_span", "bind_prefixes", "union_graph", "iter_quads",
]

Quad = tuple[Node, Node, Node, Node]

_SENTENCE_END = re.compile(r"[。！？!?；;\n]")
_MAX_SENTENCE = 400

#: Fact predicates about the document whose object is an entity, and their property.
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


# -- terms as N-Triples text -------------------------------------------------------
# The graph of a document is built as N-Quads lines, not rdflib objects: terms are
# their N-Triples text, each made once per process (IRIs and literals repeat across
# statements and documents), which is several times cheaper than rdflib terms.

# As Oxigraph writes literals back (tab and DEL included), so that lines written here and
# lines dumped from a store are the same bytes.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\x7f": "\\u007F"})
_IRIS: dict[str, str] = {}
_LITERALS: dict[tuple[str, str], str] = {}
_CACHE_LIMIT = 200_000  # terms kept per process; past it the caches start over


def _n(iri: str) -> str:
    """An IRI as N-Triples text (``<...>``)."""
    term = _IRIS.get(iri)
    if term is None:
        if len(_IRIS) > _CACHE_LIMIT:
            _IRIS.clear()
        term = _IRIS[iri] = f"<{iri}>"
    return term


def _lit(value: str, suffix: str = "") -> str:
    """A literal as N-Triples text: ``value`` cleaned and escaped, then ``suffix`` (``@zh``, ``^^<...>``)."""
    key = (value, suffix)
    term = _LITERALS.get(key)
    if term is None:
        if len(_LITERALS) > _CACHE_LIMIT:
            _LITERALS.clear()
        term = _LITERALS[key] = f'"{clean_text(value).translate(_ESCAPES)}"{suffix}'
    return term


def _zh(text: str) -> str:
    return _lit(text, "@zh")


_INTEGER = f"^^<{XSD.integer}>"
_DECIMAL = f"^^<{XSD.decimal}>"


def _typed(value: object, datatype: URIRef | None = None) -> str:
    """A literal any serialization can write (see ``clean_text``)."""
    if datatype is None:
        return _lit(str(value))
    text = str(value)
    if datatype == XSD.integer:
        text = str(int(text.strip()))  # the canonical form, as a store gives it back
    return _lit(text, f"^^<{datatype}>")


_plain = _typed


def _decimal(value: float) -> str:
    """An xsd:decimal in its canonical form (as a store gives it back): ``0.85``, ``1.0``."""
    text = f"{round(value, 3):.3f}".rstrip("0")
    return _lit(text + "0" if text.endswith(".") else text, _DECIMAL)


class _Terms:
    """Our vocabulary's IRIs as N-Triples text: ``T.kgb.within`` is ``"<...#within>"``."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> str:
        term = _n(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> str:
        return _n(str(self._namespace[name]))


_KGB, _RDF, _RDFS, _SKOS, _OA, _PROV, _DCTERMS, _ELI, _FOAF = (
    _Terms(ns) for ns in (KGB, RDF, RDFS, SKOS, OA, PROV, DCTERMS, ELI, FOAF))
_LEVELS = {level: _n(str(term)) for level, term in LEVEL_TERMS.items()}
_DOC_TYPES = {kind: _n(str(term)) for kind, term in DOC_TYPE_CLASSES.items()}
_KINDS = {kind: _n(str(term)) for kind, term in KIND_CLASSES.items()}


class _Mint:
    """A :class:`Minter` whose IRIs come as N-Triples text, each minted once per process."""

    _cache: dict[tuple, str] = {}

    def __init__(self, minter: Minter):
        self.minter = minter
        self.base = minter.base

    def __getattr__(self, kind: str):
        mint = getattr(self.minter, kind)
        cache = self._cache
        base = self.base

        def minted(*args) -> str:
            key = (base, kind, args)
            term = cache.get(key)
            if term is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                term = cache[key] = f"<{mint(*args)}>"
            return term

        setattr(self, kind, minted)
        return minted

    @staticmethod
    def part(iri: str, name: str) -> str:
        """As :meth:`Minter.part`, for the plain ASCII names we give parts."""
        inner = iri[1:-1]
        return f"<{inner}{'-' if '#' in inner else '#'}{name}>"


def _valid(value: object, datatype: URIRef) -> bool:
    """Whether ``value`` is a valid lexical form of ``datatype`` (integer or date)."""
    text = str(value).strip()
    if datatype == XSD.integer:
        return re.fullmatch(r"[+-]?[0-9]+", text) is not None
    if datatype == XSD.date:
        try:
            return re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", text) is not None and bool(date.fromisoformat(text))
        except ValueError:
            return False
    return True


def _year(value: object) -> int | None:
    try:
        year = int(str(value))
    except ValueError:
        return None
    return year if 1000 <= year <= 9999 else None


_ENTITY_PREDICATES = {
    "cites": _KGB.cites,
    "mentionsAgency": _KGB.mentionsAgency,
    "mentionsInitiative": _KGB.mentionsInitiative,
    "mentionsJurisdiction": _KGB.mentionsJurisdiction,
    "authorJurisdiction": _KGB.authorJurisdiction,
    "authorAgency": _KGB.authorAgency,
    "recipient": _KGB.recipient,
    "namesPerson": _KGB.namesPerson,
    "hasTask": _KGB.hasTask,
    "implements": _KGB.implements,
    "lead": _KGB.leadAgency,
    "responsible": _KGB.responsibleAgency,
}
_LITERAL_PREDICATES = {
    "title": (_DCTERMS.title, None),
    "docType": (_KGB.docType, None),
    "yearCovered": (_KGB.yearCovered, XSD.integer),
    "publishDate": (_ELI.date_document, XSD.date),
    "documentNumber": (_ELI.id_local, None),
}


class _DocumentGraph:
    """Collects the quads of one document's named graph, each triple once."""

    def __init__(self, extraction: Extraction, minter: Minter, source_path: str | None = None,
                 shared_divisions: set[str] | None = None):
        self.extraction = extraction
        self.source_path = source_path
        self.doc = extraction.document
        self.minter = _Mint(minter)
        self.hash = self.doc.content_hash
        self.graph = self.minter.document(self.hash)
        self.tail = f" {self.graph} .\n"
        self.lines: dict[str, None] = {}  # N-Quads lines, in the order first added
        self.jurisdiction_code: str | None = None
        self.chained: set[str] = set()  # division codes whose chain is in the graph already
        # With a set, official divisions are described in the store's divisions graph,
        # not here: their codes are collected in it instead.
        self.shared = shared_divisions
        self.assertion_base = f"{self.minter.base}document/{self.hash[:16]}/assertion/"
        self.spans: dict[tuple[int, int], str] = {}  # (start, end) -> the span's IRI, written once

    def add(self, s: str, p: str, o: str) -> None:
        self.lines[f"{s} {p} {o}{self.tail}"] = None

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
                self.add(iri, _KGB.within, parent)
                self._division_chain(str(mention.attr("county_code")))
        else:
            iri = self.minter.unresolved_jurisdiction(mention.name)
            self.add(iri, _RDF.type, _KGB.Jurisdiction)
            self.add(iri, _SKOS.prefLabel, _zh(mention.name))
            self.add(iri, _KGB.resolutionStatus, _plain(status))
            if level in _LEVELS:
                self.add(iri, _KGB.level, _LEVELS[level])
            for candidate in mention.attr("candidates", ()) or ():
                cand_iri = self.minter.jurisdiction(str(candidate))
                self.add(iri, _KGB.candidate, cand_iri)
                self._division_chain(str(candidate))
        return iri

    def _division(self, iri: URIRef, code: str, name: str, level: str | None) -> None:
        official = division_by_code(code) if level != "township" else None
        if self.shared is not None and official is not None:
            # Described in the divisions graph; what is the document's own stays here.
            if official.name != name:
                self.add(iri, _SKOS.altLabel, _zh(name))
            if level in _LEVELS and level != official.level:
                self.add(iri, _KGB.level, _LEVELS[level])
            self._division_chain(code)
            return
        self.add(iri, _RDF.type, _KGB.Jurisdiction)
        if official is not None and official.name != name:
            # A former or informal name (襄樊市 for 襄阳市): one preferred label per
            # division across every document graph, the name used as an alternative.
            self.add(iri, _SKOS.prefLabel, _zh(official.name))
            self.add(iri, _SKOS.altLabel, _zh(name))
        else:
            self.add(iri, _SKOS.prefLabel, _zh(name))
        self.add(iri, _KGB.divisionCode, _plain(code))
        if level in _LEVELS:
            self.add(iri, _KGB.level, _LEVELS[level])
        if level != "township":
            self._division_chain(code)

    def _division_chain(self, code: str) -> None:
        """The division with this code and every division above it, up to the nation."""
        if code in self.chained:
            return
        self.chained.add(code)
        division = division_by_code(code)
        if self.shared is not None:
            if division is not None:
                self.shared.add(code)
            return
        while division is not None:
            iri = self.minter.jurisdiction(division.code)
            self.add(iri, _RDF.type, _KGB.Jurisdiction)
            self.add(iri, _SKOS.prefLabel, _zh(division.name))
            self.add(iri, _KGB.divisionCode, _plain(division.code))
            self.add(iri, _KGB.level, _LEVELS[division.level])
            parent_code = division.parent_code
            if parent_code is None:
                break
            parent = division_by_code(parent_code) or (NATIONAL if parent_code == NATIONAL.code else None)
            if parent is None:
                break
            self.add(iri, _KGB.within, self.minter.jurisdiction(parent.code))
            division = parent

    def regulation(self, mention: Mention) -> URIRef:
        iri = self.minter.regulation(mention.name)
        self.add(iri, _RDF.type, _KGB.Regulation)
        self.add(iri, _SKOS.prefLabel, _zh(mention.name))
        kind = mention.attr("kind")
        if kind in _KINDS:
            self.add(iri, _RDF.type, _KINDS[kind])
            self.add(iri, _KGB.kind, _plain(kind))
        for alias in mention.attr("aliases", ()) or ():
            self.add(iri, _SKOS.altLabel, _zh(str(alias)))
        year = _year(mention.attr("year"))
        if year is not None:
            self.add(iri, _KGB.yearIssued, _typed(year, XSD.integer))
        number = mention.attr("document_number")
        if number:
            self.add(iri, _ELI.id_local, _plain(number))
        issuer = mention.attr("issuer")
        level = mention.attr("issuer_level")
        code = mention.attr("issuer_code")
        if issuer:
            self.add(iri, _KGB.issuerName, _zh(str(issuer)))
            for part in re.split(r"[、,，]", issuer):
                part = part.strip()
                # An issuer named only by its place (河南省) is a jurisdiction, recorded
                # as kgb:issuingJurisdiction below, not an agency.
                if part and not divisions_named(part):
                    agency = self.agency_named(part, str(code) if code else None)
                    self.add(iri, _KGB.issuedBy, agency)
        if level in _LEVELS:
            self.add(iri, _KGB.issuerLevel, _LEVELS[level])
        if code:
            j = self.minter.jurisdiction(str(code))
            self.add(iri, _KGB.issuingJurisdiction, j)
            self._division_chain(str(code))
        return iri

    def agency_named(self, name: str, jurisdiction_code: str | None) -> URIRef:
        iri = self.minter.agency(jurisdiction_code, name)
        self.add(iri, _RDF.type, _KGB.Agency)
        self.add(iri, _SKOS.prefLabel, _zh(name))
        if jurisdiction_code:
            self.add(iri, _KGB.agencyOf, self.minter.jurisdiction(jurisdiction_code))
            self._division_chain(jurisdiction_code)
        return iri

    def agency(self, mention: Mention) -> URIRef:
        code = mention.attr("jurisdiction_code") or self.jurisdiction_code
        return self.agency_named(mention.name, str(code) if code else None)

    def initiative(self, mention: Mention) -> URIRef:
        iri = self.minter.initiative(mention.name)
        self.add(iri, _RDF.type, _KGB.Initiative)
        self.add(iri, _SKOS.prefLabel, _zh(mention.name))
        return iri

    def person(self, mention: Mention) -> URIRef:
        iri = self.minter.person(self.jurisdiction_code, mention.name)
        self.add(iri, _RDF.type, _KGB.Official)
        self.add(iri, _FOAF.name, _zh(mention.name))
        role = mention.attr("role")
        if role:
            self.add(iri, _KGB.role, _zh(str(role)))
        return iri

    def task(self, mention: Mention) -> URIRef:
        number = str(mention.attr("number", "") or "")
        iri = self.minter.task(self.hash, number, mention.name)
        self.add(iri, _RDF.type, _KGB.Task)
        self.add(iri, _RDFS.label, _zh(mention.name))
        if number:
            self.add(iri, _KGB.taskNumber, _plain(number))
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
        iri = self.minter.term(label, mention.name)
        self.add(iri, _SKOS.prefLabel, _zh(mention.name))
        return iri

    # -- statements ----------------------------------------------------------
    def document(self) -> None:
        doc = self.doc
        me = self.graph
        self.add(me, _RDF.type, _KGB.Document)
        self.add(me, _DCTERMS.identifier, _plain(doc.id))
        self.add(me, _KGB.contentHash, _lit(self.hash))
        self.add(me, _KGB.characterCount, _typed(len(doc.text), XSD.integer))
        self.add(me, _KGB.extractorVersion, _lit(__version__))
        if doc.path:
            # The name only: a directory would make the graph depend on the machine.
            self.add(me, _KGB.fileName, _plain(doc.path.replace("\\", "/").rsplit("/", 1)[-1]))
        source_path = source_path_of(doc, self.source_path)
        if source_path:
            # What identifies the document across versions (not its stem: a/report.txt
            # and b/report.txt are two documents).
            self.add(me, _KGB.sourcePath, _plain(source_path))
        if doc.url:
            self.add(me, _KGB.sourceURL, _plain(doc.url, XSD.anyURI))
        doc_type = self.extraction.value("docType")
        if doc_type in _DOC_TYPES:
            self.add(me, _RDF.type, _DOC_TYPES[doc_type])
        author = self.extraction.value("authorJurisdiction")
        if isinstance(author, Mention) and author.attr("status", "resolved") == "resolved":
            self.jurisdiction_code = str(author.attr("code")) if author.attr("code") else None
            if author.attr("level") == "township":
                self.jurisdiction_code = str(author.attr("county_code") or "") or None
        title = self.extraction.value("title")
        if isinstance(title, str) and title:
            from .normalize import normalize_title

            own = self.minter.regulation(normalize_title(title))
            self.add(me, _KGB.realizes, own)
            self.add(own, _RDF.type, _KGB.Regulation)
            self.add(own, _SKOS.prefLabel, _zh(normalize_title(title)))

    def fact(self, fact: Fact) -> None:
        subject = self.node(fact.subject)
        if fact.predicate in _ENTITY_PREDICATES and isinstance(fact.object, Mention):
            predicate = _ENTITY_PREDICATES[fact.predicate]
            obj: str = self.node(fact.object)
        elif fact.predicate in _LITERAL_PREDICATES:
            predicate, datatype = _LITERAL_PREDICATES[fact.predicate]
            value = fact.object.name if isinstance(fact.object, Mention) else fact.object
            if datatype is not None and not _valid(value, datatype):
                return  # an ill-typed literal is not RDF; the extractor's record keeps the raw value
            obj = _plain(value, datatype) if datatype else (
                _zh(str(value)) if fact.predicate == "title" else _plain(value)
            )
        else:
            # A predicate outside the vocabulary (a third-party extractor's): still a valid IRI.
            predicate = _KGB[iri_segment(fact.predicate)]
            obj = self.node(fact.object) if isinstance(fact.object, Mention) else _plain(fact.object)
        self.add(subject, predicate, obj)
        self.provenance(fact, subject, predicate, obj)

    def provenance(self, fact: Fact, s: str, p: str, o: str) -> None:
        """The assertion of one statement: what it states, who read it, and its span.

        The span (:meth:`span`) is shared by every assertion read from the same
        characters of the document; the document, the named graph, is not repeated.
        """
        src = fact.source
        text = self.doc.text
        start, end = max(0, min(src.start, len(text))), max(0, min(src.end, len(text)))
        start, end = min(start, end), max(start, end)
        # Not through the cache: each assertion is minted once.
        # As Minter.assertion, over the terms' N-Triples text (already clean: only the
        # extractor's name needs cleaning); all hex, so no segment needs escaping.
        key = "\x1f".join((s, p, o, str(start), str(end), clean_text(src.extractor)))
        iri = f"<{self.assertion_base}{hashlib.sha256(key.encode('utf-8')).hexdigest()[:16]}>"
        self.add(iri, _RDF.subject, s)
        self.add(iri, _RDF.predicate, p)
        self.add(iri, _RDF.object, o)
        self.add(iri, _KGB.extractor, _plain(src.extractor))
        if fact.confidence != 1.0:
            self.add(iri, _KGB.confidence, _decimal(fact.confidence))
        self.add(iri, _KGB.evidence, self.span(start, end))

    def span(self, start: int, end: int) -> str:
        """The ``kgb:TextSpan`` of characters [start, end), its quads written once per document."""
        span = self.spans.get((start, end))
        if span is not None:
            return span
        span = self.spans[(start, end)] = _Mint.part(self.graph, f"char={start},{end}")
        # xsd:integer, not the xsd:nonNegativeInteger of the Web Annotation context:
        # Oxigraph stores derived integer types as xsd:integer, and a graph must
        # come out of the store as it went in.
        self.add(span, _OA.start, f'"{start}"{_INTEGER}')  # ints: nothing to escape or cache
        self.add(span, _OA.end, f'"{end}"{_INTEGER}')
        text = self.doc.text
        # A statement read from the whole document (its type, say) has neither quote
        # nor sentence: its span is the whole text, which the graph need not repeat.
        if end > start and end - start < len(text):
            quoted = self.doc.source_text  # the characters as written; same length as text
            self.add(span, _OA.exact, _plain(quoted[start:end]))
            s0, e0 = sentence_span(text, start, end)
            sentence = quoted[s0:e0].strip()
            if sentence:
                self.add(span, _KGB.sentence, _plain(sentence))
        return span


def source_path_of(doc, given: str | None = None) -> str:
    """A document's ``kgb:sourcePath``: ``given`` (what ``build.source_path`` made:
    the path under the name of the corpus root), else its folder's name and file
    name, as a build of that folder gives; ``/``-separated, never a machine path.

    >>> from kg_builder.model import Document
    >>> source_path_of(Document(id="report", text="x", path="/data/a/sub/report.txt"), "a/sub/report.txt")
    'a/sub/report.txt'
    >>> source_path_of(Document(id="report", text="x", path="/data/a/report.txt"))
    'a/report.txt'
    """
    if given:
        return given.replace("\\", "/")
    parts = (doc.path or "").replace("\\", "/").rsplit("/", 2)[-2:]
    return "/".join(part for part in parts if part)


def to_nquads(extraction: Extraction, minter: Minter | None = None, source_path: str | None = None, *,
              shared_divisions: set[str] | None = None) -> tuple[bytes, int]:
    """One document's named graph as N-Quads bytes, and its number of quads.

    What a build runs for every document: the lines are written directly, with
    no rdflib objects (see :func:`to_quads` for the same graph as rdflib terms).

    By default the graph stands alone: every official division it names is
    described in it, with the chain of divisions above it. With a set as
    ``shared_divisions`` (what a build does), those descriptions are left to the
    store's divisions graph (:mod:`kg_builder.division_graph`) and the codes of
    the divisions named are added to the set; the graph keeps what is its own
    (a former name used, ``skos:altLabel``; townships; unresolved names).
    """
    lines = _document_lines(extraction, minter, source_path, shared_divisions)
    return "".join(lines).encode("utf-8"), len(lines)


def _document_lines(extraction: Extraction, minter: Minter | None, source_path: str | None,
                    shared_divisions: set[str] | None = None) -> list[str]:
    builder = _DocumentGraph(extraction, minter or Minter(), source_path, shared_divisions)
    builder.document()
    for fact in extraction.facts:
        builder.fact(fact)
    return list(builder.lines)


def to_quads(extraction: Extraction, minter: Minter | None = None, source_path: str | None = None) -> list[Quad]:
    """The quads of one document's named graph as rdflib terms, deterministic for the same input.

    ``source_path`` is the document's ``kgb:sourcePath`` (what tells versions of
    one document from other documents, see :func:`source_path_of`); by default
    its folder's name and file name.
    """
    import pyoxigraph as ox

    from .store import from_oxigraph

    data = "".join(_document_lines(extraction, minter, source_path))
    return [(from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object),
             from_oxigraph(q.graph_name)) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)]


def vocabulary_quads(minter: Minter | None = None) -> list[Quad]:
    """The ontology (``ontology/kgb.ttl``: classes, properties, their alignment with
    ELI, ORG, SKOS ..., and the level scheme with ``kgb:rank``) in the vocabulary
    graph, so that queries can follow ``rdfs:subPropertyOf`` and order levels.

    ``minter`` is accepted for symmetry with :func:`to_quads`; the vocabulary does
    not depend on the base IRI.
    """
    return [(s, p, o, VOCABULARY_GRAPH) for s, p, o in ontology_triples()]


def bind_prefixes(graph: Graph) -> Graph:
    """Declare our prefixes on a graph or dataset (for readable serializations)."""
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph


def to_dataset(extractions: Iterable[Extraction], minter: Minter | None = None, *,
               shared_divisions: bool = False) -> Dataset:
    """An rdflib Dataset with one named graph per document and the vocabulary graph.

    By default each document graph stands alone (describes the divisions it
    names, as :func:`to_quads`). With ``shared_divisions=True`` the dataset is laid
    out as a build stores it: the divisions are described once, in the divisions
    graph (``DIVISIONS_GRAPH``), and the document graphs name them.
    """
    import pyoxigraph as ox

    from .division_graph import division_closure, division_nquads
    from .store import from_oxigraph

    minter = minter or Minter()
    dataset = bind_prefixes(Dataset())
    for quad in vocabulary_quads(minter):
        dataset.add(quad)
    codes: set[str] | None = set() if shared_divisions else None
    for extraction in extractions:
        data = "".join(_document_lines(extraction, minter, None, codes)).encode("utf-8")
        if codes is not None:
            data += division_nquads(division_closure(codes), minter)
            codes.clear()
        for q in ox.parse(data, format=ox.RdfFormat.N_QUADS):
            dataset.add((from_oxigraph(q.subject), from_oxigraph(q.predicate), from_oxigraph(q.object),
                         from_oxigraph(q.graph_name)))
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
