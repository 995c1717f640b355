"""GEXF for Gephi, written by networkx with every attribute kept.

The node ``label`` Gephi shows is the entity's name; the edge label is the
relationship type. Lists are written as ``;``-joined text.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from . import ExportOptions, ExportResult, register
from .property_graph import PropertyGraph, export_to_file, to_networkx
from .source import GraphSource

__all__ = ["generate_gexf", "write_gexf"]


def generate_gexf(view: PropertyGraph, progress=lambda steps: None) -> Iterator[str]:
    """The lines of the GEXF document."""
    import networkx as nx

    yield from nx.generate_gexf(to_networkx(view, progress))


def write_gexf(view: PropertyGraph, path: Path | str, progress=lambda steps: None) -> None:
    """Write the property graph as GEXF 1.2 (UTF-8)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in generate_gexf(view, progress):
            out.write(line + "\n")


@register("gexf", target="file", default="outputs/graph.gexf", help="GEXF for Gephi (networkx writer).")
def export_gexf(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """GEXF for Gephi (networkx writer, attributes kept)."""
    return export_to_file(graph, target, options, "gexf", "GEXF", write_gexf)
