"""Two CSV tables for pandas, R and spreadsheets: ``nodes.csv`` and ``edges.csv``.

``nodes.csv`` has ``iri``, ``label`` (the class label), ``labels`` (all of them,
``;``-joined), then one column per property of any label; ``edges.csv`` has
``source``, ``target``, ``type``, then the relationship properties. Lists are
``;``-joined; empty cells are absent values. UTF-8 with no BOM.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from . import ExportOptions, ExportResult, register
from .property_graph import PropertyGraph, Schema, flat_value
from .source import GraphSource

__all__ = ["node_columns", "edge_columns", "generate_node_table", "generate_edge_table", "write_csv_tables"]


def node_columns(schema: Schema) -> list[str]:
    """The columns of ``nodes.csv``: identity first, then every property once, in schema order."""
    columns = ["iri", "label", "labels"]
    for props in schema.node_properties.values():
        columns += [k for k in props if k not in columns]
    return columns


def edge_columns(schema: Schema) -> list[str]:
    """The columns of ``edges.csv``."""
    columns = ["source", "target", "type"]
    for props in schema.relationship_properties.values():
        columns += [k for k in props if k not in columns]
    return columns


def _cell(value) -> str:
    value = flat_value(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def generate_node_table(view: PropertyGraph, schema: Schema, progress=lambda steps: None) -> Iterator[list[str]]:
    """The rows of ``nodes.csv``, header first."""
    columns = node_columns(schema)
    yield columns
    for node in view.nodes():
        values = {"iri": node.iri, "label": node.label, "labels": ";".join(node.labels), **node.properties}
        yield [_cell(values.get(c)) for c in columns]
        progress(1)


def generate_edge_table(view: PropertyGraph, schema: Schema, progress=lambda steps: None) -> Iterator[list[str]]:
    """The rows of ``edges.csv``, header first."""
    columns = edge_columns(schema)
    yield columns
    for rel in view.relationships():
        values = {"source": rel.start, "target": rel.end, "type": rel.type, **rel.properties}
        yield [_cell(values.get(c)) for c in columns]
        progress(1)


def write_csv_tables(view: PropertyGraph, directory: Path | str, progress=lambda steps: None) -> list[Path]:
    """Write ``nodes.csv`` and ``edges.csv`` into ``directory``."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    schema = view.schema()
    written = []
    for name, rows in (("nodes.csv", generate_node_table(view, schema, progress)),
                       ("edges.csv", generate_edge_table(view, schema, progress))):
        path = directory / name
        with open(path, "w", encoding="utf-8", newline="") as out:
            csv.writer(out).writerows(rows)
        written.append(path)
    return written


@register("csv", target="directory", default="outputs/csv", help="nodes.csv and edges.csv for pandas and R.")
def export_csv(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """``nodes.csv`` and ``edges.csv`` for pandas, R and spreadsheets."""
    view = PropertyGraph(graph.store)
    schema = view.schema()
    with options.progress(schema.node_count + schema.relationship_count, "Writing CSV") as step:
        written = write_csv_tables(view, target, step)
    return ExportResult("csv", target, {"nodes": schema.node_count, "relationships": schema.relationship_count},
                        tuple(written))
