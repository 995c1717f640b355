"""A CSV bundle for ``neo4j-admin database import``: one file per label and per relationship type.

Layout of the bundle directory::

    nodes/Document.csv         iri:ID(Document),:LABEL,name,year:int,...
    nodes/Regulation.csv       iri:ID(Regulation),:LABEL,name,kind,aliases:string[],...
    relationships/CITES-Document-Regulation.csv
                               :START_ID(Document),:END_ID(Regulation),:TYPE,documents:string[],sentence
    import.sh                  the neo4j-admin command that loads all of it

Each class label is its own ID space (``:ID(Regulation)``), so a relationship file
names the labels of its ends; the ID is the node's IRI and is kept as the ``iri``
property. Arrays are joined with ``;`` (``--array-delimiter=';'``); a ``;`` inside
an array element is written as the full-width ``；``. Empty fields mean "no property".
"""

from __future__ import annotations

import csv
import shlex
from contextlib import ExitStack
from pathlib import Path
from typing import Any, Iterator

from . import ExportOptions, ExportResult, register
from .property_graph import PropertyGraph, Schema
from .source import GraphSource

__all__ = [
    "ARRAY_DELIMITER", "node_header", "relationship_header", "node_row", "relationship_row", "bundle_files",
    "generate_node_rows", "generate_relationship_rows", "import_command", "write_neo4j_csv",
]

ARRAY_DELIMITER = ";"


def _column(name: str, kind: str) -> str:
    return name if kind == "string" else f"{name}:{kind}"


def node_header(label: str, properties: dict[str, str]) -> list[str]:
    """The header of a node file.

    >>> node_header("Regulation", {"name": "string", "year": "int", "aliases": "string[]"})
    ['iri:ID(Regulation)', ':LABEL', 'name', 'year:int', 'aliases:string[]']
    """
    return [f"iri:ID({label})", ":LABEL", *(_column(k, t) for k, t in properties.items())]


def relationship_header(start: str, end: str, properties: dict[str, str]) -> list[str]:
    """The header of a relationship file.

    >>> relationship_header("Document", "Regulation", {"documents": "string[]", "sentence": "string"})
    [':START_ID(Document)', ':END_ID(Regulation)', ':TYPE', 'documents:string[]', 'sentence']
    """
    return [f":START_ID({start})", f":END_ID({end})", ":TYPE", *(_column(k, t) for k, t in properties.items())]


def _field(value: Any, kind: str) -> str:
    if value is None or (isinstance(value, (list, tuple)) and not value):
        return ""
    if kind.endswith("[]"):
        items = value if isinstance(value, (list, tuple)) else [value]
        return ARRAY_DELIMITER.join(str(v).replace(ARRAY_DELIMITER, "；") for v in items)
    if isinstance(value, bool):
        return "true" if value else "false"
    if kind == "float":
        return repr(float(value))
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    return str(value)


def node_row(iri: str, labels: tuple[str, ...], properties: dict[str, Any], columns: dict[str, str]) -> list[str]:
    """One node as a row under ``node_header(label, columns)``."""
    return [iri, ARRAY_DELIMITER.join(labels), *(_field(properties.get(k), t) for k, t in columns.items())]


def relationship_row(start: str, end: str, kind: str, properties: dict[str, Any],
                     columns: dict[str, str]) -> list[str]:
    """One relationship as a row under ``relationship_header(...)``."""
    return [start, end, kind, *(_field(properties.get(k), t) for k, t in columns.items())]


def bundle_files(schema: Schema) -> dict[tuple[str, ...], str]:
    """Relative file name of each node label ``(label,)`` and relationship group ``(type, start, end)``."""
    files: dict[tuple[str, ...], str] = {(label,): f"nodes/{label}.csv" for label in schema.node_properties}
    for kind, pairs in schema.endpoints.items():
        for start, end in pairs:
            files[(kind, start, end)] = f"relationships/{kind}-{start}-{end}.csv"
    return files


def generate_node_rows(view: PropertyGraph, schema: Schema) -> Iterator[tuple[str, list[str]]]:
    """(label, row) for every node."""
    for node in view.nodes():
        yield node.label, node_row(node.iri, node.labels, node.properties, schema.node_properties[node.label])


def generate_relationship_rows(view: PropertyGraph, schema: Schema) -> Iterator[tuple[tuple[str, str, str], list[str]]]:
    """((type, start label, end label), row) for every relationship."""
    for rel in view.relationships():
        columns = schema.relationship_properties[rel.type]
        yield (rel.type, rel.start_label, rel.end_label), relationship_row(
            rel.start, rel.end, rel.type, rel.properties, columns)


def import_command(files: dict[tuple[str, ...], str], database: str = "neo4j") -> str:
    """The ``neo4j-admin database import full`` command line for a bundle (run in the bundle directory)."""
    parts = ["neo4j-admin", "database", "import", "full", f"--array-delimiter={ARRAY_DELIMITER}",
             "--multiline-fields=true", "--overwrite-destination=true"]
    for key, name in files.items():
        parts.append(("--nodes=" if len(key) == 1 else "--relationships=") + name)
    parts.append(database)
    return " ".join(shlex.quote(p) for p in parts)


def write_neo4j_csv(view: PropertyGraph, directory: Path | str, progress=lambda steps: None) -> tuple[Schema, list[Path]]:
    """Write the bundle into ``directory``; returns the schema and the files written."""
    directory = Path(directory)
    schema = view.schema()
    files = bundle_files(schema)
    paths = {key: directory / name for key, name in files.items()}
    for path in paths.values():
        path.parent.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        writers = {}
        for key, path in paths.items():
            writer = csv.writer(stack.enter_context(open(path, "w", encoding="utf-8", newline="")))
            if len(key) == 1:
                writer.writerow(node_header(key[0], schema.node_properties[key[0]]))
            else:
                writer.writerow(relationship_header(key[1], key[2], schema.relationship_properties[key[0]]))
            writers[key] = writer
        for label, row in generate_node_rows(view, schema):
            writers[(label,)].writerow(row)
            progress(1)
        for key, row in generate_relationship_rows(view, schema):
            writers[key].writerow(row)
            progress(1)
    script = directory / "import.sh"
    script.write_text("#!/bin/sh\n# Load this bundle into an empty Neo4j database (stop the database first).\n"
                      f'cd "$(dirname "$0")"\n{import_command(files)}\n', encoding="utf-8")
    script.chmod(0o755)
    return schema, [*paths.values(), script]


@register("neo4j-csv", target="directory", default="outputs/neo4j-csv",
          help="CSV bundle for neo4j-admin database import (with import.sh).")
def export_neo4j_csv(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """A CSV bundle for ``neo4j-admin database import``, with the command in ``import.sh``."""
    view = PropertyGraph(graph.store)
    schema = view.schema()
    with options.progress(schema.node_count + schema.relationship_count, "Writing CSV bundle") as step:
        _, written = write_neo4j_csv(view, target, step)
    return ExportResult("neo4j-csv", target, {"nodes": schema.node_count,
                                              "relationships": schema.relationship_count}, tuple(written))
