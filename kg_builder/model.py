"""Core types: documents, mentions with provenance, facts, and a document's extraction.

Every fact the tool states carries the place it was read: the document, the character
span and the extractor that read it. The types are frozen (hashable, safe to share
between threads and processes) and light, in the manner of textacy's namedtuples.

Example:
    >>> doc = Document(id="d1", text="按照《政府投资条例》要求")
    >>> reg = Mention("政府投资条例", "Regulation", Provenance("d1", 3, 9, "citations"))
    >>> fact = Fact(doc.mention(), "cites", reg, reg.source)
    >>> fact.object.name
    '政府投资条例'
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Union

__all__ = [
    "LEVELS",
    "LEVEL_RANK",
    "Document",
    "Provenance",
    "Mention",
    "Fact",
    "Extraction",
    "FactValue",
]

#: Administrative levels, top to bottom; the index is the level's rank (national = 0).
LEVELS: tuple[str, ...] = ("national", "provincial", "prefecture", "county", "township")
LEVEL_RANK: dict[str, int] = {name: rank for rank, name in enumerate(LEVELS)}


@dataclass(frozen=True, slots=True)
class Document:
    """One input document: its text and where it came from.

    ``id`` is the file's stem (the id of ``kgb extract`` records); ``text`` is the
    text extractors match on, which every span refers to. When the reader
    normalized the characters for matching (traditional to simplified, one
    character for one), ``original_text`` keeps the text as written, of the same
    length, so that quotes in provenance show the original characters.
    ``metadata`` holds what the reader knew besides the text (page title, publish
    date, manifest hints) as key/value pairs, so that the document stays hashable.
    """

    id: str
    text: str
    path: str = ""
    url: str | None = None
    metadata: tuple[tuple[str, str], ...] = ()
    original_text: str | None = None

    def __post_init__(self) -> None:
        if self.original_text is not None and len(self.original_text) != len(self.text):
            raise ValueError("original_text must have the same length as text (spans refer to both)")

    @property
    def source_text(self) -> str:
        """The text as written: what provenance quotes."""
        return self.original_text if self.original_text is not None else self.text

    @property
    def content_hash(self) -> str:
        """SHA-256 of the UTF-8 text: the document's identity in the graph."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def meta(self, key: str, default: str | None = None) -> str | None:
        """The metadata value for ``key``, or ``default``."""
        for k, v in self.metadata:
            if k == key:
                return v
        return default

    def mention(self) -> Mention:
        """The document itself as the subject of facts, spanning the whole text."""
        return Mention(
            text=self.id,
            label="Document",
            source=Provenance(self.id, 0, len(self.text), "reader"),
            name=self.id,
        )


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a fact was read: document, character span [start, end), extractor."""

    doc_id: str
    start: int
    end: int
    extractor: str

    def quote(self, text: str) -> str:
        """The exact characters of the span in ``text``."""
        return text[self.start : self.end]


@dataclass(frozen=True, slots=True)
class Mention:
    """An entity as named in a document.

    ``text`` is the surface form as written (``区司法局``), ``name`` the canonical
    form the graph identifies it by (``中站区司法局``; defaults to ``text``),
    ``label`` its ontology class (Document, Jurisdiction, Regulation, Agency,
    Initiative, Person, Task) and ``attrs`` further sorted key/value pairs such as
    ``level``, ``code``, ``kind`` or ``issuer``.
    """

    text: str
    label: str
    source: Provenance
    name: str = ""
    attrs: tuple[tuple[str, Any], ...] = ()

    def __post_init__(self) -> None:
        if not self.name:
            object.__setattr__(self, "name", self.text)
        # A pairwise check, not a sort, on the hot path: attrs nearly always arrive in order.
        if len(self.attrs) > 1 and any(a[0] > b[0] for a, b in zip(self.attrs, self.attrs[1:])):
            object.__setattr__(self, "attrs", tuple(sorted(self.attrs, key=lambda kv: kv[0])))

    def attr(self, key: str, default: Any = None) -> Any:
        """The attribute ``key``, or ``default``."""
        for k, v in self.attrs:
            if k == key:
                return v
        return default

    @property
    def key(self) -> tuple[str, str]:
        """What makes two mentions the same entity: class and canonical name."""
        return (self.label, self.name)


#: A fact's object: another entity, or a literal value.
FactValue = Union[Mention, str, int]


@dataclass(frozen=True, slots=True)
class Fact:
    """A statement read from a document: subject, predicate, object, and where.

    ``predicate`` is the local name of an ontology property (``cites``,
    ``implements``, ``authorJurisdiction`` ...). ``source`` is the span that states
    the relation (for ``cites``, the title itself; for ``implements``, the
    phrase that says so).
    """

    subject: Mention
    predicate: str
    object: FactValue
    source: Provenance
    confidence: float = 1.0


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document: the document and its facts, in order."""

    document: Document
    facts: tuple[Fact, ...] = field(default_factory=tuple)

    def of(self, predicate: str) -> list[Fact]:
        """The facts with this predicate, in document order."""
        return [f for f in self.facts if f.predicate == predicate]

    def value(self, predicate: str, default: Any = None) -> Any:
        """The object of the first fact with this predicate about the document."""
        for f in self.facts:
            if f.predicate == predicate and f.subject.label == "Document":
                return f.object
        return default
