"""kg_builder: knowledge graphs from Chinese government rule-of-law documents.

Read documents, extract jurisdictions, plans, cited regulations, agencies and
initiatives with their provenance, write them as RDF, and rank which regulations
propagate downward through the administrative levels.
"""

from __future__ import annotations

__version__ = "0.1.0"

from .model import Document, Extraction, Fact, Mention, Provenance  # noqa: E402

__all__ = ["__version__", "Document", "Extraction", "Fact", "Mention", "Provenance"]
