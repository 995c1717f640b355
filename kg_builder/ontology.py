"""The ontology's namespaces and terms, and deterministic, meaningful IRIs for entities.

Identifiers are derived from what an entity is, never from the order of reading:
jurisdictions by official division code, regulations by normalized title, agencies
by jurisdiction and name, documents by content hash. Any text yields a valid IRI:
characters an IRI may not hold are percent-encoded.

Example:
    >>> m = Minter()
    >>> str(m.jurisdiction("410803"))
    'https://w3id.org/kg-builder/id/jurisdiction/410803'
    >>> str(m.regulation("法治政府建设实施纲要(2015-2020年)"))
    'https://w3id.org/kg-builder/id/regulation/法治政府建设实施纲要(2015-2020年)'
    >>> str(m.regulation('a <b> "c"'))
    'https://w3id.org/kg-builder/id/regulation/a%20%3Cb%3E%20%22c%22'
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from importlib.resources import files
from pathlib import Path

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from .errors import KGBuilderError
from .model import LEVELS

__all__ = [
    "KGB", "ELI", "OA", "SCHEMA", "DCTERMS", "FOAF", "ORG", "OWL", "PROV", "RDF", "RDFS", "SKOS", "XSD",
    "DEFAULT_BASE", "PREFIXES", "LEVEL_TERMS", "KIND_CLASSES", "DOC_TYPE_CLASSES", "Minter",
    "iri_segment", "clean_text", "span_document", "ontology_dir", "ontology_file", "ontology_triples", "VOCABULARY_GRAPH",
    "minter_for",
    "DIVISIONS_GRAPH",
    "ENTITIES_GRAPH",
    "ONTOLOGY_IRI", "BaseIRIError",
]

KGB = Namespace("https://w3id.org/kg-builder/ontology#")
ELI = Namespace("http://data.europa.eu/eli/ontology#")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")

#: Where entity IRIs live unless the user chooses another base (``--base-iri``).
DEFAULT_BASE = "https://w3id.org/kg-builder/id/"

#: Prefixes declared in every serialization and predeclared for SPARQL queries.
PREFIXES: dict[str, str] = {
    "kgb": str(KGB),
    "eli": str(ELI),
    "oa": str(OA),
    "schema": str(SCHEMA),
    "skos": str(SKOS),
    "dcterms": str(DCTERMS),
    "prov": str(PROV),
    "org": str(ORG),
    "foaf": str(FOAF),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
}

#: The five administrative levels as SKOS concepts (kgb:National ... kgb:Township).
LEVEL_TERMS: dict[str, URIRef] = {level: KGB[level.capitalize()] for level in LEVELS}

#: Classes of cited documents by kind (all subclasses of kgb:Regulation).
KIND_CLASSES: dict[str, URIRef] = {
    "law": KGB.Law,
    "administrative_regulation": KGB.AdministrativeRegulation,
    "local_regulation": KGB.LocalRegulation,
    "rule": KGB.Rule,
    "party_regulation": KGB.PartyRegulation,
    "plan": KGB.Plan,
    "normative": KGB.NormativeDocument,
    "report": KGB.Report,
}

#: Classes of input documents by type (all subclasses of kgb:Document).
DOC_TYPE_CLASSES: dict[str, URIRef] = {
    "annual_report": KGB.AnnualReport,
    "work_plan": KGB.WorkPlan,
    "implementation_plan": KGB.ImplementationPlan,
    "opinion": KGB.Opinion,
    "notice": KGB.Notice,
    "speech": KGB.Speech,
    "other": KGB.OtherDocument,
}

#: The named graph that holds the ontology (classes, properties, their alignment
#: with ELI, ORG, SKOS ... and the level scheme), so SPARQL can follow
#: ``rdfs:subPropertyOf`` and order levels by ``kgb:rank``.
VOCABULARY_GRAPH = URIRef(DEFAULT_BASE + "graph/vocabulary")

#: The named graph of a store that describes each administrative division its
#: documents name, once (type, official ``skos:prefLabel``, ``kgb:divisionCode``,
#: ``kgb:level``, ``kgb:within`` its parent), with every division above it up to
#: the nation. A document graph names divisions by IRI and keeps only what is its
#: own: a former name it used (``skos:altLabel``), townships, unresolved names.
DIVISIONS_GRAPH = URIRef(DEFAULT_BASE + "graph/divisions")

#: The named graph of a store that describes, once, each agency, initiative and
#: regulation its documents name, with what the entity's IRI is minted from: its
#: type, ``skos:prefLabel`` and, for an agency, ``kgb:agencyOf`` its jurisdiction.
#: What a document says of a regulation in its own context (kind, aliases, issuer,
#: year ...) stays in the document's graph.
ENTITIES_GRAPH = URIRef(DEFAULT_BASE + "graph/entities")

#: The ontology itself (``owl:Ontology``), as declared in ``ontology/kgb.ttl``.
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-builder/ontology")

# Characters no RDF syntax can carry everywhere: lone surrogates (not encodable as
# UTF-8) and the C0 controls XML 1.0 forbids (RDF/XML could not be written).
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class BaseIRIError(KGBuilderError):
    """The base IRI given for entity IRIs is not an absolute IRI."""

    def __init__(self, base: str, problem: str):
        self.base = base
        super().__init__(f"base IRI {base!r}: {problem}")


def clean_text(text: str) -> str:
    r"""Text safe in any RDF literal: unwritable characters become U+FFFD, one for one.

    One for one, so that character spans into the text stay right.

    >>> clean_text("a\x00b\ud800c") == "a\ufffdb\ufffdc"
    True
    """
    return _UNWRITABLE.sub("\ufffd", text)


# ASCII characters kept as they are in an IRI path segment (RFC 3987 iunreserved
# plus sub-delims that do not confuse a path); everything else ASCII is escaped.
_SAFE_ASCII = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@")


def _is_ucschar(cp: int) -> bool:
    """Whether an IRI path may hold code point ``cp`` unescaped (RFC 3987 ``ucschar``)."""
    if cp < 0x10000:
        return 0xA0 <= cp <= 0xD7FF or 0xF900 <= cp <= 0xFDCF or 0xFDF0 <= cp <= 0xFFEF
    return (cp & 0xFFFF) <= 0xFFFD and cp < 0xF0000 and not 0xE0000 <= cp < 0xE1000


def iri_segment(text: str) -> str:
    """Make ``text`` safe as one IRI path segment, keeping Chinese characters readable.

    >>> iri_segment("中站区司法局")
    '中站区司法局'
    >>> iri_segment("a/b?c#d e")
    'a%2Fb%3Fc%23d%20e'
    """
    out = []
    for ch in unicodedata.normalize("NFC", clean_text(text)):
        if ch in _SAFE_ASCII:
            out.append(ch)
        elif _is_ucschar(ord(ch)) and unicodedata.category(ch)[0] not in "ZC":
            out.append(ch)
        else:
            out.append("".join(f"%{b:02X}" for b in ch.encode("utf-8")))
    # "." and ".." alone are path steps a resolver would collapse.
    joined = "".join(out)
    return {"": "_", ".": "%2E", "..": "%2E%2E"}.get(joined, joined)


class Minter:
    """Mints the IRI of every entity from what identifies it, under one base IRI."""

    def __init__(self, base: str = DEFAULT_BASE):
        base = base if base.endswith(("/", "#")) else base + "/"
        _check_base(base)
        self.base = base

    def _iri(self, *segments: str) -> URIRef:
        return URIRef(self.base + "/".join(iri_segment(s) for s in segments))

    def document(self, content_hash: str) -> URIRef:
        """A document, by the SHA-256 of its text (first 16 hex digits)."""
        return self._iri("document", content_hash[:16])

    def jurisdiction(self, code: str, name: str | None = None) -> URIRef:
        """A jurisdiction by official division code; a township by county code + name."""
        return self._iri("jurisdiction", code, name) if name else self._iri("jurisdiction", code)

    def unresolved_jurisdiction(self, name: str) -> URIRef:
        """A jurisdiction name that did not resolve to one division (ambiguous or unknown)."""
        return self._iri("jurisdiction", "unresolved", name)

    def unnamed_jurisdiction(self, content_hash: str) -> URIRef:
        """The place a document that names none is written for, known by its level only: one per document."""
        return self._iri("jurisdiction", "unnamed", content_hash[:16])

    def regulation(self, title: str) -> URIRef:
        """A cited document or plan, by its normalized canonical title."""
        return self._iri("regulation", title)

    def agency(self, jurisdiction_code: str | None, name: str) -> URIRef:
        """An agency by its jurisdiction's code and its explicit name."""
        return self._iri("agency", jurisdiction_code or "unknown", name)

    def initiative(self, name: str) -> URIRef:
        """An initiative (放管服, 三项制度 ...) by its canonical name."""
        return self._iri("initiative", name)

    def person(self, jurisdiction_code: str | None, name: str) -> URIRef:
        """A named official within a jurisdiction."""
        return self._iri("person", jurisdiction_code or "unknown", name)

    def task(self, content_hash: str, number: str, name: str) -> URIRef:
        """A numbered task of one plan document."""
        return self._iri("task", content_hash[:16], number or "0", name)

    def assertion(self, content_hash: str, *parts: str) -> URIRef:
        """A provenance record for one statement in one document, by what it states."""
        digest = hashlib.sha256("\x1f".join(clean_text(p) for p in parts).encode("utf-8")).hexdigest()[:16]
        return self._iri("document", content_hash[:16], "assertion", digest)

    def part(self, iri: URIRef, name: str) -> URIRef:
        """A node that belongs to ``iri`` (a document's span of characters).

        A fragment of ``iri`` (``...#char=3,9``), or a suffix when the base already
        put a fragment in every IRI (an IRI has at most one ``#``).
        """
        return URIRef(f"{iri}{'-' if '#' in iri else '#'}{iri_segment(name)}")

    def span(self, document: URIRef, start: int, end: int) -> URIRef:
        """A span of a document's characters [start, end): an RFC 5147 fragment of its IRI.

        >>> str(Minter().span(Minter().document("ab" * 32), 3, 9))
        'https://w3id.org/kg-builder/id/document/abababababababab#char=3,9'
        """
        return self.part(document, f"char={start},{end}")

    def term(self, kind: str, name: str) -> URIRef:
        """An entity of a kind without a dedicated minter, by kind and name."""
        return self._iri(kind.lower(), name)


@functools.lru_cache(maxsize=64)
def minter_for(base: str) -> Minter:
    """One :class:`Minter` per base IRI, made once: for minting again an IRI read back from a store."""
    return Minter(base)


_SPAN_FRAGMENT = re.compile(r"[#-]char=([0-9]+),([0-9]+)$")


def span_document(span: str) -> str | None:
    """The IRI of the document a span (:meth:`Minter.span`) belongs to, or None if ``span`` is none.

    What the named graph says, for readers of a union of the graphs (Turtle, say).

    >>> span_document("https://w3id.org/kg-builder/id/document/abababababababab#char=3,9")
    'https://w3id.org/kg-builder/id/document/abababababababab'
    """
    match = _SPAN_FRAGMENT.search(span)
    return span[:match.start()] if match else None


def _check_base(base: str) -> None:
    """Raise BaseIRIError unless ``base`` is an absolute IRI that can prefix ours."""
    if not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:", base):
        raise BaseIRIError(base, "not an absolute IRI (it needs a scheme such as https:)")
    if base.count("#") > 1 or _UNWRITABLE.search(base) or re.search(r"[\x00-\x20<>\"{}|\\^`]", base):
        raise BaseIRIError(base, "contains characters an IRI may not hold")
    import pyoxigraph as ox

    try:
        ox.NamedNode(base + "x")
    except ValueError as error:
        raise BaseIRIError(base, str(error)) from None


def ontology_file(name: str = "kgb.ttl") -> Path:
    """One of the shipped ontology files: ``kgb.ttl``, ``shapes.ttl``, ``context.jsonld``."""
    return ontology_dir() / name


@functools.cache
def ontology_triples() -> tuple[tuple[URIRef, URIRef, object], ...]:
    """The triples of ``ontology/kgb.ttl``, sorted (it holds no blank nodes)."""
    from rdflib import Graph

    graph = Graph().parse(ontology_file("kgb.ttl"), format="turtle")
    return tuple(sorted(graph, key=lambda t: tuple(n.n3() for n in t)))


def ontology_dir() -> Path:
    """The directory of the ontology files (``kgb.ttl``, ``shapes.ttl``, context).

    In a source checkout it is the top-level ``ontology/``; in an installed wheel
    the same files ship inside the package.
    """
    packaged = Path(str(files("kg_builder"))) / "ontology"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "ontology"
