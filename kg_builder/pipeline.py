"""Documents in, extractions out: run the chosen extractors over each document."""

from __future__ import annotations

from typing import Iterable, Iterator, Sequence

from . import extractors
from .model import Document, Extraction

__all__ = ["extract", "extract_all", "resolve_extractors"]


def resolve_extractors(names: Sequence[str] | None = None) -> list[tuple[str, extractors.Extractor]]:
    """The registered extractors with these names (default: :data:`extractors.DEFAULT`)."""
    chosen = list(names) if names else list(extractors.DEFAULT)
    return [(name, extractors.get(name)) for name in chosen]


def extract(doc: Document, names: Sequence[str] | None = None) -> Extraction:
    """Run the extractors over one document and collect their facts, in order.

    Example:
        >>> from kg_builder.model import Document
        >>> ex = extract(Document("d", "2019年,学习了《政府投资条例》。"), ["citations"])
        >>> [f.object.name for f in ex.of("cites")]
        ['政府投资条例']
    """
    facts = []
    for _, extractor in resolve_extractors(names):
        facts.extend(extractor(doc))
    return Extraction(document=doc, facts=tuple(facts))


def extract_all(docs: Iterable[Document], names: Sequence[str] | None = None) -> Iterator[Extraction]:
    """Extract every document, lazily."""
    resolve_extractors(names)  # fail on an unknown name before reading anything
    for doc in docs:
        yield extract(doc, names)
