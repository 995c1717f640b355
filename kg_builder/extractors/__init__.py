"""The extractor registry: functions from a document to facts, plugged in by name.

An extractor is any ``Callable[[Document], Iterable[Fact]]``. Built-in extractors
register themselves on import, exactly as third-party ones do through the
``kg_builder.extractors`` entry-point group, so a new extractor never touches the
pipeline.

The fact vocabulary
-------------------
Every consumer (the JSON record of ``kgb extract``, the RDF graph, the analysis)
reads facts through this vocabulary. Subjects are the document's own mention
(``Document.mention()``) unless said otherwise.

===================== ======================================= ===========================================
predicate             object                                  notes
===================== ======================================= ===========================================
title                 str                                     the document's own title
docType               str                                     annual_report, work_plan, implementation_plan,
                                                              opinion, speech, other (a notice takes the
                                                              type of the plan it issues, else other)
yearCovered           int                                     the year reported on / planned for
publishDate           str ``YYYY-MM-DD``                      labelled date, signature date, or the date
                                                              a report was delivered
documentNumber        str                                     东府〔2020〕3号 (lost 〔〕 restored)
recipient             Mention(Agency)                         the addressee line (辽源市人民政府)
authorJurisdiction    Mention(Jurisdiction)                   attrs: level, code, province, prefecture,
                                                              county, status, candidates (townships have
                                                              no code; ambiguous names list candidates;
                                                              status unnamed: a page naming no place of
                                                              its own, by its level, within_code the
                                                              province it names, if any)
authorAgency          Mention(Agency)                         a department's own report (株洲县司法局)
cites                 Mention(Regulation)                     name = normalized title; attrs: issuer,
                                                              issuer_level, issuer_code, kind, aliases;
                                                              one fact per occurrence, same name/attrs
mentionsAgency        Mention(Agency)                         name = explicit name as the document writes it
                                                              (区司法局 -> 中站区司法局; variants merged to
                                                              the form used most); attrs: jurisdiction,
                                                              jurisdiction_code, level, canonical (the
                                                              short official form, 中站区市场监管局, when
                                                              it differs from name)
mentionsInitiative    Mention(Initiative)                     one fact per mention; name canonical
mentionsJurisdiction  Mention(Jurisdiction)                   other jurisdictions named in the text
                                                              (reserved; not emitted yet)
namesPerson           Mention(Person)                         attrs: role
hasTask               Mention(Task)                           name = task title; attrs: number; only
                                                              tasks with a 牵头 unit
implements            Mention(Regulation)                     subject is a Regulation mention (the source)
lead                  Mention(Agency)                         subject is a Task
responsible           Mention(Agency)                         subject is a Task
===================== ======================================= ===========================================

Built-in extractors: ``document`` (title, type, jurisdiction, year, date, number),
``citations``, ``agencies`` (mentionsAgency, authorAgency, recipient), ``tasks``
(hasTask, lead, responsible), ``implements``, ``initiatives``, ``persons``.
"""

from __future__ import annotations

import functools
import importlib
from importlib.metadata import entry_points
from typing import Callable, Iterable

from ..errors import UnknownPlugin
from ..model import Document, Fact

__all__ = ["Extractor", "register", "get", "available", "DEFAULT"]

Extractor = Callable[[Document], Iterable[Fact]]

_registry: dict[str, Extractor] = {}

#: Modules whose extractors ship with kg_builder; each registers itself on import.
_BUILTINS = (
    "kg_builder.extractors.document",
    "kg_builder.extractors.citations",
    "kg_builder.extractors.agencies",
    "kg_builder.extractors.tasks",
    "kg_builder.extractors.implements",
    "kg_builder.extractors.initiatives",
    "kg_builder.extractors.persons",
)

#: The extractors ``kgb build`` and ``kgb extract`` run when none is named.
DEFAULT: tuple[str, ...] = ("document", "citations", "agencies", "tasks", "implements", "initiatives", "persons")


def register(name: str) -> Callable[[Extractor], Extractor]:
    """Make an extractor available as ``kgb build -e NAME``."""

    def add(extractor: Extractor) -> Extractor:
        _registry[name] = extractor
        return extractor

    return add


@functools.cache
def _load_plugins() -> None:
    for module in _BUILTINS:
        importlib.import_module(module)  # each module registers itself on import
    for entry_point in entry_points(group="kg_builder.extractors"):
        _registry.setdefault(entry_point.name, entry_point.load())


def get(name: str) -> Extractor:
    """Look up an extractor by name, raising UnknownPlugin listing the available ones."""
    _load_plugins()
    if name not in _registry:
        raise UnknownPlugin("extractor", name, available=sorted(_registry))
    return _registry[name]


def available() -> list[str]:
    """The names of every registered extractor, sorted."""
    _load_plugins()
    return sorted(_registry)
