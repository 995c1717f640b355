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
from bisect import bisect_left
from datetime import date
from functools import cached_property
from typing import Callable, Iterable, Iterator

from rdflib import Dataset, Graph, URIRef
from rdflib.term import Node

from . import __version__
from .divisions import NATIONAL, Division, division_by_code, divisions_named
from .errors import KGBuilderError
from .model import Extraction, Fact, Mention
from .ontology import (
    DCTERMS, DOC_TYPE_CLASSES, ELI, FOAF, KGB, KIND_CLASSES, LEVEL_TERMS, OA, PREFIXES, PROV, RDF,
    RDFS, SKOS, DIVISIONS_GRAPH, ENTITIES_GRAPH, VOCABULARY_GRAPH, XSD, Minter, clean_text, iri_segment, minter_for,
    ontology_triples,
)

__all__ = [
    "to_quads", "to_nquads", "to_dataset", "source_path_of", "vocabulary_quads", "sentence_span", "bind_prefixes", "union_graph", "iter_quads",
    "division_triples", "division_nquads", "entity_triples", "entity_nquads", "entity_inputs", "ENTITY_KINDS",
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


class _Sentences:
    """:func:`sentence_span` over one text, from a single scan for sentence ends.

    A document has a span per fact; searching the text around each one again
    cost more than all the rest of its span's quads.
    """

    def __init__(self, text: str):
        self.text = text
        self.ends = [match.start() for match in _SENTENCE_END.finditer(text)]  # one character each

    def span(self, start: int, end: int) -> tuple[int, int]:
        """As ``sentence_span(text, start, end)``."""
        text, ends = self.text, self.ends
        left = max(0, start - _MAX_SENTENCE)
        i = bisect_left(ends, start) - 1  # the last end before start
        s = ends[i] + 1 if i >= 0 and ends[i] >= left else left
        stop = min(len(text), end + _MAX_SENTENCE)
        i = bisect_left(ends, end)  # the first end at or after end
        e = ends[i] + 1 if i < len(ends) and ends[i] < stop else stop
        while s < start and text[s].isspace():
            s += 1
        return s, max(e, end)


# -- terms as N-Triples text -------------------------------------------------------
# The graph of a document is built as N-Quads lines, not rdflib objects: terms are
# their N-Triples text, each made once per process (IRIs and literals repeat across
# statements and documents), which is several times cheaper than rdflib terms.
# The text is UTF-8 bytes from the start: encoding a whole document's lines at the
# end (mostly ASCII, but with Chinese in most of them) cost a fifth of the time.

# As Oxigraph writes literals back (tab and DEL included), so that lines written here and
# lines dumped from a store are the same bytes.
_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\x7f": "\\u007F"})
# What clean_text replaces, and what _ESCAPES escapes: most text has neither, and
# one search for them costs less than translating every character.
_SPECIAL = re.compile('[\x00-\x1f\x7f\\\\"\ud800-\udfff\ufffe\uffff]')
_IRIS: dict[str, bytes] = {}
_LITERALS: dict[tuple[str, str], bytes] = {}
# Terms kept per process; past it the caches start over. 20,000 keeps the hot terms
# (predicates, levels, the common regulations) as fast as 200,000 did, and a worker
# stays at about 100 MB however many documents it builds (200,000: +5 MB per 1,000
# documents until full, 280 MB at 50,000).
_CACHE_LIMIT = 20_000


def _n(iri: str) -> bytes:
    """An IRI as N-Triples text (``<...>``)."""
    term = _IRIS.get(iri)
    if term is None:
        if len(_IRIS) > _CACHE_LIMIT:
            _IRIS.clear()
        term = _IRIS[iri] = f"<{iri}>".encode("utf-8")
    return term


def _escaped(value: str) -> str:
    """``value`` as the inside of an N-Triples literal: cleaned (see ``clean_text``), then escaped."""
    if _SPECIAL.search(value) is None:
        return value
    return clean_text(value).translate(_ESCAPES)


def _lit(value: str, suffix: str = "") -> bytes:
    """A literal as N-Triples text: ``value`` cleaned and escaped, then ``suffix`` (``@zh``, ``^^<...>``)."""
    key = (value, suffix)
    term = _LITERALS.get(key)
    if term is None:
        if len(_LITERALS) > _CACHE_LIMIT:
            _LITERALS.clear()
        term = _LITERALS[key] = f'"{_escaped(value)}"{suffix}'.encode("utf-8")
    return term


def _zh(text: str) -> bytes:
    return _lit(text, "@zh")


_INTEGER = f"^^<{XSD.integer}>"
_DECIMAL = f"^^<{XSD.decimal}>"
_INTEGER_SUFFIX = f'"{_INTEGER}'.encode("utf-8")  # what follows the digits of an integer literal


def _typed(value: object, datatype: URIRef | None = None) -> bytes:
    """A literal any serialization can write (see ``clean_text``)."""
    if datatype is None:
        return _lit(str(value))
    text = str(value)
    if datatype == XSD.integer:
        text = str(int(text.strip()))  # the canonical form, as a store gives it back
    return _lit(text, f"^^<{datatype}>")


_plain = _typed


def _decimal(value: float) -> bytes:
    """An xsd:decimal in its canonical form (as a store gives it back): ``0.85``, ``1.0``."""
    text = f"{round(value, 3):.3f}".rstrip("0")
    return _lit(text + "0" if text.endswith(".") else text, _DECIMAL)


class _Terms:
    """Our vocabulary's IRIs as N-Triples text: ``_KGB.within`` is ``b"<...#within>"``."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> bytes:
        term = _n(str(getattr(self._namespace, name)))
        setattr(self, name, term)
        return term

    def __getitem__(self, name: str) -> bytes:
        return _n(str(self._namespace[name]))


_KGB, _RDF, _RDFS, _SKOS, _OA, _PROV, _DCTERMS, _ELI, _FOAF = (
    _Terms(ns) for ns in (KGB, RDF, RDFS, SKOS, OA, PROV, DCTERMS, ELI, FOAF))
_LEVELS = {level: _n(str(term)) for level, term in LEVEL_TERMS.items()}
#: How a place known by its level only is labelled (a document that names none).
_UNNAMED_LABELS = {"national": "未具名的国家级区划", "provincial": "未具名的省级区划", "prefecture": "未具名的地级区划",
                   "county": "未具名的县级区划", "township": "未具名的乡级区划"}
_DOC_TYPES = {kind: _n(str(term)) for kind, term in DOC_TYPE_CLASSES.items()}
_KINDS = {kind: _n(str(term)) for kind, term in KIND_CLASSES.items()}


class _Mint:
    """A :class:`Minter` whose IRIs come as N-Triples text, each minted once per process."""

    _cache: dict[tuple, bytes] = {}

    def __init__(self, minter: Minter):
        self.minter = minter
        self.base = minter.base

    def __getattr__(self, kind: str):
        mint = getattr(self.minter, kind)
        cache = self._cache
        base = self.base

        def minted(*args) -> bytes:
            key = (base, kind, args)
            term = cache.get(key)
            if term is None:
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                term = cache[key] = f"<{mint(*args)}>".encode("utf-8")
            return term

        setattr(self, kind, minted)
        return minted

    @staticmethod
    def part(iri: bytes, name: str) -> bytes:
        """As :meth:`Minter.part`, for the plain ASCII names we give parts."""
        inner = iri[1:-1]
        return b"".join((b"<", inner, b"-" if b"#" in inner else b"#", name.encode("ascii"), b">"))


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


# The terms of the per-statement quads, looked up once.
_RDF_SUBJECT, _RDF_PREDICATE, _RDF_OBJECT = _RDF.subject, _RDF.predicate, _RDF.object
_KGB_EXTRACTOR, _KGB_CONFIDENCE, _KGB_EVIDENCE, _KGB_SENTENCE = (
    _KGB.extractor, _KGB.confidence, _KGB.evidence, _KGB.sentence)
_OA_START, _OA_END, _OA_EXACT = _OA.start, _OA.end, _OA.exact
_EXTRACTORS: dict[str, tuple[bytes, bytes]] = {}  # name -> (cleaned, as a literal)
# How regulations, agencies and initiatives are described (see _DocumentGraph.regulation
# and _DocumentGraph.entity), per base IRI.
_REGULATIONS: dict[tuple, tuple] = {}
_ENTITIES: dict[tuple, tuple] = {}
_sha256 = hashlib.sha256
_SP, _US = b" ", b"\x1f"

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


def _parent(division: Division) -> Division | None:
    """The division directly above ``division`` (the nation above a province), or None."""
    code = division.parent_code
    if code is None:
        return None
    return division_by_code(code) or (NATIONAL if code == NATIONAL.code else None)


def division_triples(division: Division, jurisdiction: Callable[[str], bytes]) -> list[tuple[bytes, bytes, bytes]]:
    """What any graph says of one division, as N-Triples terms: type, official name, code, level,
    and ``kgb:within`` the division above it (``jurisdiction`` mints a division's IRI from its code).

    A standalone document graph says it of each division it names and those above them;
    a store says it once, in its divisions graph (:mod:`kg_builder.division_graph`).
    """
    iri = jurisdiction(division.code)
    triples = [(iri, _RDF.type, _KGB.Jurisdiction), (iri, _SKOS.prefLabel, _zh(division.name)),
               (iri, _KGB.divisionCode, _plain(division.code)), (iri, _KGB.level, _LEVELS[division.level])]
    parent = _parent(division)
    if parent is not None:
        triples.append((iri, _KGB.within, jurisdiction(parent.code)))
    return triples


def division_nquads(codes: Iterable[str], minter: Minter | None = None) -> bytes:
    """The descriptions of exactly these divisions (unknown codes have none) as N-Quads of the
    divisions graph (``DIVISIONS_GRAPH``), in code order."""
    jurisdiction = _Mint(minter or Minter()).jurisdiction
    tail = b" %b .\n" % _n(str(DIVISIONS_GRAPH))
    lines = []
    for code in sorted(set(codes)):
        division = division_by_code(code)
        if division is not None:
            lines += [b"".join((s, _SP, p, _SP, o, tail)) for s, p, o in division_triples(division, jurisdiction)]
    return b"".join(lines)


#: The entities a store describes once, in its entities graph: the first segment of their IRI.
ENTITY_KINDS = ("agency", "regulation", "initiative")
_ENTITY_CLASSES = {"agency": "Agency", "regulation": "Regulation", "initiative": "Initiative"}


def entity_triples(kind: str, minter: Minter, *inputs: str | None) -> list[tuple[bytes, bytes, bytes]]:
    """What any graph says of an agency, regulation or initiative from its IRI's inputs alone,
    as N-Triples terms: its type, ``skos:prefLabel`` and, for an agency, ``kgb:agencyOf``.

    ``inputs`` are what :class:`Minter` mints the IRI from: (jurisdiction code or
    None, name) for an agency, the canonical title of a regulation, the name of an
    initiative. A standalone document graph says it of each entity it names; a
    store, once, in its entities graph (:mod:`kg_builder.entity_graph`).

    >>> [p.decode().rsplit("#", 1)[-1] for _, p, _ in entity_triples("agency", Minter(), "410803", "司法局")]
    ['type>', 'prefLabel>', 'agencyOf>']
    """
    mint = _Mint(minter)
    iri = getattr(mint, kind)(*inputs)
    triples = [(iri, _RDF.type, _KGB[_ENTITY_CLASSES[kind]]), (iri, _SKOS.prefLabel, _zh(inputs[-1]))]
    if kind == "agency" and inputs[0]:
        triples.append((iri, _KGB.agencyOf, mint.jurisdiction(inputs[0])))
    return triples


def entity_inputs(iri: str) -> tuple[str, str, tuple[str | None, ...]] | None:
    """(kind, base, inputs) of an agency, regulation or initiative IRI, as :func:`entity_triples` takes
    them; None for any other IRI, and for one whose minting changed its name (its
    description is then not a function of the IRI alone: a name that is not NFC, say).

    >>> entity_inputs("https://w3id.org/kg-builder/id/agency/410803/司法局")
    ('agency', 'https://w3id.org/kg-builder/id/', ('410803', '司法局'))
    >>> entity_inputs("https://w3id.org/kg-builder/id/agency/410803/%E5%8F%B8法局") is None  # not as minted
    True
    >>> entity_inputs("https://w3id.org/kg-builder/id/regulation/a%2Fb")
    ('regulation', 'https://w3id.org/kg-builder/id/', ('a/b',))
    """
    from urllib.parse import unquote

    head, _, name = iri.rpartition("/")
    code = None
    kind = next((k for k in ("regulation", "initiative") if head.endswith(k)), None)
    if kind is None:
        head, _, code = head.rpartition("/")
        if not head.endswith("agency"):
            return None
        kind = "agency"
    base = head[: -len(kind)]
    if not base.endswith(("/", "#")):
        return None
    try:
        inputs = (None if code == "unknown" else unquote(code, errors="strict"), unquote(name, errors="strict")) \
            if kind == "agency" else (unquote(name, errors="strict"),)
        minted = getattr(minter_for(base), kind)(*inputs)
    except (UnicodeError, KGBuilderError):
        return None
    if str(minted) != iri or (kind == "agency" and inputs[0] == "") or not inputs[-1]:
        return None
    return kind, base, inputs


def entity_nquads(kind: str, minter: Minter, *inputs: str | None) -> bytes:
    """:func:`entity_triples` as N-Quads of the entities graph (``ENTITIES_GRAPH``)."""
    return _entity_nquads(entity_triples(kind, minter, *inputs))


def _entity_nquads(triples: Iterable[tuple[bytes, bytes, bytes]]) -> bytes:
    tail = b" %b .\n" % _n(str(ENTITIES_GRAPH))
    return b"".join(b"".join((s, _SP, p, _SP, o, tail)) for s, p, o in triples)


class _DocumentGraph:
    """Collects the quads of one document's named graph, each triple once."""

    def __init__(self, extraction: Extraction, minter: Minter, source_path: str | None = None,
                 shared_divisions: set[str] | None = None, shared_entities: dict[bytes, bytes] | None = None):
        self.extraction = extraction
        self.source_path = source_path
        self.doc = extraction.document
        self.minter = _Mint(minter)
        self.hash = self.doc.content_hash
        self.graph = self.minter.document(self.hash)
        self.tail = b" %b .\n" % self.graph
        self.lines: dict[str, None] = {}  # N-Quads lines, in the order first added
        self.jurisdiction_code: str | None = None
        self.chained: set[str] = set()  # division codes whose chain is in the graph already
        # With a set, official divisions are described in the store's divisions graph,
        # not here: their codes are collected in it instead.
        self.shared = shared_divisions
        # With a dict, agencies, initiatives and regulations are described in the store's
        # entities graph: their descriptions (N-Quads of that graph) are collected in it, by IRI.
        self.entities = shared_entities
        self.assertion_base = f"{self.minter.base}document/{self.hash[:16]}/assertion/"
        self.spans: dict[tuple[int, int], str] = {}  # (start, end) -> the span's IRI, written once

    def add(self, s: bytes, p: bytes, o: bytes) -> None:
        self.lines[b"".join((s, _SP, p, _SP, o, self.tail))] = None

    # -- entities ----------------------------------------------------------
    def jurisdiction(self, mention: Mention) -> URIRef:
        code = mention.attr("code")
        status = mention.attr("status", "resolved")
        level = mention.attr("level")
        county_code = mention.attr("county_code")
        if level == "township" and not code and county_code and status == "resolved":
            # a township the township table does not hold: by its county's code and its name
            iri = self.minter.jurisdiction(str(county_code), mention.name)
            self.add(iri, _RDF.type, _KGB.Jurisdiction)
            self.add(iri, _SKOS.prefLabel, _zh(mention.name))
            self.add(iri, _KGB.level, _LEVELS[level])
            self.add(iri, _KGB.within, self.minter.jurisdiction(str(county_code)))
            self._division_chain(str(county_code))
        elif code and status == "resolved":
            iri = self.minter.jurisdiction(str(code))
            self._division(iri, str(code), mention.name, level)
        elif status == "unnamed":
            # known by its level only: this document's own, labelled by its level (未具名的县级区划)
            iri = self.minter.unnamed_jurisdiction(self.hash)
            self.add(iri, _RDF.type, _KGB.Jurisdiction)
            self.add(iri, _SKOS.prefLabel, _zh(_UNNAMED_LABELS.get(level, "未具名的区划")))
            self.add(iri, _KGB.resolutionStatus, _plain(status))
            if level in _LEVELS:
                self.add(iri, _KGB.level, _LEVELS[level])
            within = mention.attr("within_code")
            if within:  # the province the page names, whose county or city it is
                self.add(iri, _KGB.within, self.minter.jurisdiction(str(within)))
                self._division_chain(str(within))
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
        official = division_by_code(code)
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
            for triple in division_triples(division, self.minter.jurisdiction):
                self.add(*triple)
            division = _parent(division)

    def regulation(self, mention: Mention) -> URIRef:
        key = (self.minter.base, mention.name, mention.attrs)
        try:
            recipe = _REGULATIONS.get(key)
        except TypeError:  # an attribute value that cannot be a key
            key, recipe = None, None
        if recipe is None:
            recipe = self._regulation(mention)
            if key is not None:
                if len(_REGULATIONS) > _CACHE_LIMIT // 10:
                    _REGULATIONS.clear()
                _REGULATIONS[key] = recipe
        entity, described, issuers, issued, code = recipe
        iri = self._entity(entity)
        lines, tail = self.lines, self.tail
        for triple in described:
            lines[triple + tail] = None
        for name, issued_by in issuers:
            self.agency_named(name, code)
            lines[issued_by + tail] = None
        for triple in issued:
            lines[triple + tail] = None
        if code:
            self._division_chain(code)
        return iri

    def _regulation(self, mention: Mention) -> tuple:
        """How a regulation is described, kept per process (regulations recur across documents).

        Its description as an entity (:meth:`_entity`: what its IRI says); the triples
        the citing document adds, before its issuing agencies; each issuing agency's
        name with the triple that names it the issuer (:meth:`agency_named` describes
        the agency, first); the triples after them; the issuer's division code
        (:meth:`_division_chain`).
        """
        entity = self._described("regulation", mention.name)
        iri = entity[0]
        described = []
        kind = mention.attr("kind")
        if kind in _KINDS:
            described.append(b" ".join((iri, _RDF.type, _KINDS[kind])))
            described.append(b" ".join((iri, _KGB.kind, _plain(kind))))
        for alias in mention.attr("aliases", ()) or ():
            described.append(b" ".join((iri, _SKOS.altLabel, _zh(str(alias)))))
        year = _year(mention.attr("year"))
        if year is not None:
            described.append(b" ".join((iri, _KGB.yearIssued, _typed(year, XSD.integer))))
        number = mention.attr("document_number")
        if number:
            described.append(b" ".join((iri, _ELI.id_local, _plain(number))))
        issuer = mention.attr("issuer")
        level = mention.attr("issuer_level")
        code = mention.attr("issuer_code")
        code = str(code) if code else None
        issuers = []
        if issuer:
            described.append(b" ".join((iri, _KGB.issuerName, _zh(str(issuer)))))
            for part in re.split(r"[、,，]", issuer):
                part = part.strip()
                # An issuer named only by its place (河南省) is a jurisdiction, recorded
                # as kgb:issuingJurisdiction below, not an agency.
                if part and not divisions_named(part):
                    issuers.append((part, b" ".join((iri, _KGB.issuedBy, self.minter.agency(code, part)))))
        issued = []
        if level in _LEVELS:
            issued.append(b" ".join((iri, _KGB.issuerLevel, _LEVELS[level])))
        if code:
            issued.append(b" ".join((iri, _KGB.issuingJurisdiction, self.minter.jurisdiction(code))))
        return entity, tuple(described), tuple(issuers), tuple(issued), code

    def _described(self, kind: str, *inputs: str | None) -> tuple[bytes, tuple[bytes, ...], bytes | None]:
        """An agency, regulation or initiative as :meth:`_entity` writes it, kept per process:
        its IRI, its triples (``s p o`` bytes, :func:`entity_triples`) and, when they are a
        function of the IRI alone (:func:`entity_inputs`), the same as N-Quads of the entities graph."""
        key = (self.minter.base, kind, inputs)
        described = _ENTITIES.get(key)
        if described is None:
            if len(_ENTITIES) > _CACHE_LIMIT // 10:
                _ENTITIES.clear()
            triples = entity_triples(kind, self.minter.minter, *inputs)
            iri = triples[0][0]
            alone = entity_inputs(iri[1:-1].decode("utf-8")) == (kind, self.minter.base, inputs)
            described = _ENTITIES[key] = (iri, tuple(b" ".join(t) for t in triples),
                                          _entity_nquads(triples) if alone else None)
        return described

    def _entity(self, described: tuple[bytes, tuple[bytes, ...], bytes | None]) -> bytes:
        """Name an entity of :meth:`_described`: described in the entities graph when shared, else here."""
        iri, triples, shared = described
        if shared is not None and self.entities is not None:
            self.entities[iri] = shared
        else:
            lines, tail = self.lines, self.tail
            for triple in triples:
                lines[triple + tail] = None
        return iri

    def agency_named(self, name: str, jurisdiction_code: str | None) -> URIRef:
        iri = self._entity(self._described("agency", jurisdiction_code or None, name))
        if jurisdiction_code:
            self._division_chain(jurisdiction_code)
        return iri

    def agency(self, mention: Mention) -> URIRef:
        code = mention.attr("jurisdiction_code") or self.jurisdiction_code
        return self.agency_named(mention.name, str(code) if code else None)

    def initiative(self, mention: Mention) -> URIRef:
        return self._entity(self._described("initiative", mention.name))

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
        """The IRI of any mention, with its describing triples added.

        A mention with the same class, name and attributes as one described before
        in this document adds nothing new (its lines are in the graph already), so
        its IRI is remembered instead of describing it again.
        """
        label = mention.label
        if label == "Document":
            return self.graph
        key = (label, mention.name, mention.attrs)
        try:
            iri = self._nodes.get(key)
        except TypeError:  # an attribute value that cannot be a key (a list, say)
            return self._describe(mention)
        if iri is None:
            iri = self._nodes[key] = self._describe(mention)
        return iri

    @cached_property
    def _nodes(self) -> dict[tuple, str]:
        return {}

    def _describe(self, mention: Mention) -> str:
        label = mention.label
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

            own = self._entity(self._described("regulation", normalize_title(title)))
            self.add(me, _KGB.realizes, own)

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

    def provenance(self, fact: Fact, s: bytes, p: bytes, o: bytes) -> None:
        """The assertion of one statement: what it states, who read it, and its span.

        The span (:meth:`span`) is shared by every assertion read from the same
        characters of the document; the document, the named graph, is not repeated.
        """
        src = fact.source
        size = len(self.doc.text)
        start, end = max(0, min(src.start, size)), max(0, min(src.end, size))
        if start > end:
            start, end = end, start
        extractor = _EXTRACTORS.get(src.extractor)
        if extractor is None:
            extractor = _EXTRACTORS[src.extractor] = (clean_text(src.extractor).encode("utf-8"),
                                                      _lit(src.extractor))
        # Not through the cache: each assertion is minted once.
        # As Minter.assertion, over the terms' N-Triples text (already clean: only the
        # extractor's name needs cleaning); all hex, so no segment needs escaping.
        key = _US.join((s, p, o, b"%d" % start, b"%d" % end, extractor[0]))
        iri = b"%b%b>" % (self._assertion_prefix, _sha256(key).hexdigest()[:16].encode("ascii"))
        tail = self.tail
        confidence = b"" if fact.confidence == 1.0 else _decimal(fact.confidence)
        written = self._assertions.get(iri)
        if written is not None:
            # The same statement read again from the same characters by the same
            # extractor: its lines are in the graph, unless it comes with another confidence.
            if confidence and confidence not in written:
                written.add(confidence)
                self.lines[b"".join((iri, _SP, _KGB_CONFIDENCE, _SP, confidence, tail))] = None
            return
        self._assertions[iri] = {confidence}
        span = self.spans.get((start, end))
        span_lines, count = b"", 0
        if span is None:
            span, span_lines, count = self._new_span(start, end)
        # The lines of a new assertion (and of a new span) are new, so they go in as one
        # entry: one string to build and hash instead of up to ten.
        self.lines[b"".join((
            iri, _SP, _RDF_SUBJECT, _SP, s, tail, iri, _SP, _RDF_PREDICATE, _SP, p, tail,
            iri, _SP, _RDF_OBJECT, _SP, o, tail, iri, _SP, _KGB_EXTRACTOR, _SP, extractor[1], tail,
            b"".join((iri, _SP, _KGB_CONFIDENCE, _SP, confidence, tail)) if confidence else b"",
            span_lines, iri, _SP, _KGB_EVIDENCE, _SP, span, tail))] = None
        self.folded += 4 + count + (1 if confidence else 0)

    folded = 0  # lines in the entries of ``lines`` beyond the first line of each

    @cached_property
    def _assertions(self) -> dict[bytes, set[bytes]]:
        """The assertions written, each with the confidences written for it (b"" for none)."""
        return {}

    @cached_property
    def _assertion_prefix(self) -> bytes:
        return f"<{self.assertion_base}".encode("utf-8")

    @cached_property
    def _span_prefix(self) -> bytes:
        """The span IRI up to its numbers: ``<D#char=``, as :meth:`_Mint.part` makes it."""
        return _Mint.part(self.graph, "char=")[:-1]

    @cached_property
    def _sentences(self) -> _Sentences:
        return _Sentences(self.doc.text)

    def span(self, start: int, end: int) -> bytes:
        """The ``kgb:TextSpan`` of characters [start, end), its quads written once per document."""
        span = self.spans.get((start, end))
        if span is None:
            span, lines, count = self._new_span(start, end)
            self.lines[lines] = None
            self.folded += count - 1
        return span

    def _new_span(self, start: int, end: int) -> tuple[bytes, bytes, int]:
        """A span not written yet: its IRI, the text of its lines and their number."""
        span = self.spans[(start, end)] = b"%b%d,%d>" % (self._span_prefix, start, end)
        tail = self.tail
        # xsd:integer, not the xsd:nonNegativeInteger of the Web Annotation context:
        # Oxigraph stores derived integer types as xsd:integer, and a graph must
        # come out of the store as it went in. Ints: nothing to escape or cache.
        lines = b"%b %b \"%d%b%b%b %b \"%d%b%b" % (
            span, _OA_START, start, _INTEGER_SUFFIX, tail, span, _OA_END, end, _INTEGER_SUFFIX, tail)
        # A statement read from the whole document (its type, say) has neither quote
        # nor sentence: its span is the whole text, which the graph need not repeat.
        if end > start and end - start < len(self.doc.text):
            quoted = self.doc.source_text  # the characters as written; same length as text
            bounds = self._sentences.span(start, end)
            sentence = self._sentence_terms.get(bounds)
            if sentence is None:
                # Once per sentence, and not kept past this document: most are its own.
                text = quoted[bounds[0]:bounds[1]].strip()
                sentence = self._sentence_terms[bounds] = (
                    f'"{_escaped(text)}"'.encode("utf-8") if text else b"")
            exact = _lit(quoted[start:end])
            if sentence:
                return span, b"".join((lines, span, _SP, _OA_EXACT, _SP, exact, tail,
                                       span, _SP, _KGB_SENTENCE, _SP, sentence, tail)), 4
            return span, b"".join((lines, span, _SP, _OA_EXACT, _SP, exact, tail)), 3
        return span, lines, 2

    @cached_property
    def _sentence_terms(self) -> dict[tuple[int, int], bytes]:
        return {}


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
              shared_divisions: set[str] | None = None,
              shared_entities: dict[bytes, bytes] | None = None) -> tuple[bytes, int]:
    """One document's named graph as N-Quads bytes, and its number of quads.

    What a build runs for every document: the lines are written directly, with
    no rdflib objects (see :func:`to_quads` for the same graph as rdflib terms).

    By default the graph stands alone: every official division it names is
    described in it, with the chain of divisions above it. With a set as
    ``shared_divisions`` (what a build does), those descriptions are left to the
    store's divisions graph (:mod:`kg_builder.division_graph`) and the codes of
    the divisions named are added to the set; the graph keeps what is its own
    (a former name used, ``skos:altLabel``; townships; unresolved names).

    Likewise with a dict as ``shared_entities``: the agencies, initiatives and
    regulations the graph names are described in the store's entities graph
    (:mod:`kg_builder.entity_graph`: type, ``skos:prefLabel``, an agency's
    ``kgb:agencyOf``), and the dict gets each one's IRI (N-Triples bytes) -> its
    description (N-Quads bytes of ``ENTITIES_GRAPH``). What the document says of a
    regulation in its own context (kind, aliases, issuer ...) stays in its graph.
    """
    builder = _document_graph(extraction, minter, source_path, shared_divisions, shared_entities)
    return b"".join(builder.lines), len(builder.lines) + builder.folded


def _document_graph(extraction: Extraction, minter: Minter | None, source_path: str | None,
                    shared_divisions: set[str] | None = None,
                    shared_entities: dict[bytes, bytes] | None = None) -> _DocumentGraph:
    """A document's graph, built: its N-Quads text is ``lines``, entries of one or more whole lines."""
    builder = _DocumentGraph(extraction, minter or Minter(), source_path, shared_divisions, shared_entities)
    builder.document()
    for fact in extraction.facts:
        builder.fact(fact)
    return builder


def to_quads(extraction: Extraction, minter: Minter | None = None, source_path: str | None = None) -> list[Quad]:
    """The quads of one document's named graph as rdflib terms, deterministic for the same input.

    ``source_path`` is the document's ``kgb:sourcePath`` (what tells versions of
    one document from other documents, see :func:`source_path_of`); by default
    its folder's name and file name.
    """
    import pyoxigraph as ox

    from .store import from_oxigraph

    data = b"".join(_document_graph(extraction, minter, source_path).lines)
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

    By default each document graph stands alone (describes the divisions and
    entities it names, as :func:`to_quads`). With ``shared_divisions=True`` the
    dataset is laid out as a build stores it: the divisions are described once, in
    the divisions graph (``DIVISIONS_GRAPH``), the agencies, initiatives and
    regulations in the entities graph (``ENTITIES_GRAPH``), and the document graphs
    name them.
    """
    import pyoxigraph as ox

    from .division_graph import division_closure
    from .store import from_oxigraph

    minter = minter or Minter()
    dataset = bind_prefixes(Dataset())
    for quad in vocabulary_quads(minter):
        dataset.add(quad)
    codes: set[str] | None = set() if shared_divisions else None
    entities: dict[bytes, bytes] | None = {} if shared_divisions else None
    for extraction in extractions:
        data = b"".join(_document_graph(extraction, minter, None, codes, entities).lines)
        if codes is not None:
            data += division_nquads(division_closure(codes), minter) + b"".join(entities.values())
            codes.clear()
            entities.clear()
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
