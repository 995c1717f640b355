"""An extraction as a JSON record in the shape of the gold schema (``kgb extract``).

This is the machine-readable contract of extraction: the same shape as the hand
annotations in ``data/corpus/gold`` (see ``data/corpus/GOLD_SCHEMA.md``), with
the fields ``lead_agencies`` and ``persons`` and, per record, nothing else that
could break a consumer. Keep it stable.
"""

from __future__ import annotations

from typing import Any

from .model import Extraction, Fact, Mention

__all__ = ["to_record", "RECORD_FIELDS"]

RECORD_FIELDS = (
    "id", "url", "title", "doc_type", "jurisdiction", "year", "citations", "agencies",
    "initiatives", "implements", "lead_agencies", "persons",
)


def _unique(facts: list[Fact], key) -> list[Fact]:
    seen: set = set()
    kept = []
    for fact in facts:
        k = key(fact)
        if k in seen:
            continue
        seen.add(k)
        kept.append(fact)
    return kept


def _jurisdiction(mention: Mention | None) -> dict[str, Any] | None:
    if mention is None:
        return None
    return {
        # a page that names no place has a level without a name
        "name": None if mention.attr("status") == "unnamed" else mention.name,
        "level": mention.attr("level"),
        "province": mention.attr("province"),
        "prefecture": mention.attr("prefecture"),
    }


def to_record(extraction: Extraction) -> dict[str, Any]:
    """The gold-schema record of one document's extraction.

    Citations, agencies, initiatives and implements are listed once each, in the
    order of their first mention.
    """
    doc = extraction.document
    facts = extraction.facts
    cites = _unique([f for f in facts if f.predicate == "cites"], lambda f: f.object.name)
    agencies = _unique([f for f in facts if f.predicate == "mentionsAgency"], lambda f: f.object.name)
    initiatives = _unique([f for f in facts if f.predicate == "mentionsInitiative"], lambda f: f.object.name)
    implements = _unique(
        [f for f in facts if f.predicate == "implements"], lambda f: (f.subject.name, f.object.name)
    )
    persons = _unique([f for f in facts if f.predicate == "namesPerson"], lambda f: f.object.name)
    tasks = [f.object for f in facts if f.predicate == "hasTask"]
    roles: dict[tuple[str, str], list[Fact]] = {}
    for f in facts:
        if f.predicate in ("lead", "responsible"):
            roles.setdefault((f.subject.name, f.subject.attr("number", "")), []).append(f)
    lead_agencies = []
    for task in tasks:
        task_roles = roles.get((task.name, task.attr("number", "")), [])
        leads = [f.object.name for f in task_roles if f.predicate == "lead"]
        responsible = list(dict.fromkeys(f.object.name for f in task_roles if f.predicate == "responsible"))
        for lead in leads or [None]:
            lead_agencies.append({"task": task.name, "lead": lead, "responsible": responsible})
    return {
        "id": doc.id,
        "url": doc.url,
        "title": extraction.value("title"),
        "doc_type": extraction.value("docType"),
        "jurisdiction": _jurisdiction(extraction.value("authorJurisdiction")),
        "year": extraction.value("yearCovered"),
        "citations": [
            {
                "title": f.object.name,
                "issuer": f.object.attr("issuer"),
                "issuer_level": f.object.attr("issuer_level"),
                "kind": f.object.attr("kind"),
            }
            for f in cites
        ],
        "agencies": [f.object.name for f in agencies],
        "initiatives": [f.object.name for f in initiatives],
        "implements": [{"source": f.subject.name, "target": f.object.name} for f in implements],
        "lead_agencies": lead_agencies,
        "persons": [{"name": f.object.name, "role": f.object.attr("role")} for f in persons],
    }
