"""GraphML for Gephi, Cytoscape and yEd, written by networkx with every attribute kept.

Lists (``aliases``, ``documents``) are written as ``;``-joined text, since GraphML
attributes are scalars; numbers and booleans keep their types.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

from . import ExportOptions, ExportResult, register
from .property_graph import PropertyGraph, export_to_file, to_networkx
from .source import GraphSource

__all__ = ["generate_graphml", "write_graphml"]


def generate_graphml(view: PropertyGraph, progress=lambda steps: None) -> Iterator[str]:
    """The lines of the GraphML document."""
    import networkx as nx

    yield from nx.generate_graphml(to_networkx(view, progress), named_key_ids=True)


def write_graphml(view: PropertyGraph, path: Path | str, progress=lambda steps: None) -> None:
    """Write the property graph as GraphML (UTF-8)."""
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in generate_graphml(view, progress):
            out.write(line + "\n")


@register("graphml", target="file", default="outputs/graph.graphml",
          help="GraphML for Gephi, Cytoscape, yEd (networkx writer).")
def export_graphml(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """GraphML for Gephi, Cytoscape and yEd (networkx writer, attributes kept)."""
    return export_to_file(graph, target, options, "graphml", "GraphML", write_graphml)
