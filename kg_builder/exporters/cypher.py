"""A Cypher script for Neo4j (and other Cypher databases): constraints, then batched ``UNWIND ... MERGE``.

The script is safe to run twice: nodes are merged on ``iri`` (unique by
constraint), relationships on (start, type, end), and every property is set, not
added. Each statement is ``UNWIND [rows] AS row MERGE ...`` over at most
``batch_size`` rows of the same shape (the same label and the same properties
present), so that no row carries nulls and every Cypher engine can type the list.
Second labels (``:Regulation:Plan``) are set by their own small statements right
after the batch that made the nodes. ``kgb export --bolt`` runs the very same
statements, with the rows as the ``$rows`` parameter instead of a literal.

Run it with ``cypher-shell -f graph.cypher`` (or paste it into Neo4j Browser).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from . import ExportOptions, ExportResult, register
from .property_graph import PropertyGraph, Schema, export_to_file
from .source import GraphSource

__all__ = [
    "Batch", "cypher_name", "cypher_literal", "coerce", "generate_batches", "generate_cypher", "write_cypher",
]


@dataclass(frozen=True)
class Batch:
    """One statement over a batch of rows: ``query`` reads them as ``$rows``.

    ``kind`` is ``constraint``, ``node``, ``label`` or ``relationship``.
    """

    kind: str
    query: str
    rows: tuple[Any, ...] = ()

    def render(self) -> str:
        """The statement with its rows written out as a Cypher list literal."""
        if "$rows" not in self.query:
            return self.query
        return self.query.replace("$rows", cypher_literal(list(self.rows)), 1)


def cypher_name(name: str) -> str:
    """A label, type or property name, quoted with backticks.

    >>> cypher_name("Regulation"), cypher_name("a`b")
    ('`Regulation`', '`a``b`')
    """
    return "`" + name.replace("`", "``") + "`"


def cypher_literal(value: Any) -> str:
    """A Python value as a Cypher literal (strings keep Chinese and newlines as they are).

    Only the backslash and the single quote are escaped: those two escapes mean
    the same in Neo4j and in Kùzu, whose string literals may hold raw newlines.

    >>> cypher_literal({"name": "《纲要》's", "year": 2019, "aliases": ["a", "b"], "inferred": True})
    "{`name`: '《纲要》\\\\'s', `year`: 2019, `aliases`: ['a', 'b'], `inferred`: true}"
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            return "null"
        return repr(value)
    if isinstance(value, dict):
        return "{" + ", ".join(f"{cypher_name(k)}: {cypher_literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(cypher_literal(v) for v in value) + "]"
    text = str(value).replace("\x00", "\ufffd").replace("\\", "\\\\").replace("'", "\\'")
    return f"'{text}'"


def coerce(value: Any, kind: str) -> Any:
    """A property value as the type the schema settled on for that property.

    >>> coerce(3, "float"), coerce(2019, "string"), coerce("x", "string[]")
    (3.0, '2019', ['x'])
    """
    if kind == "string[]":
        return [str(v) for v in value] if isinstance(value, (list, tuple)) else [str(value)]
    if kind == "float" and not isinstance(value, bool):
        return float(value)
    if kind == "string":
        if isinstance(value, (list, tuple)):
            return "; ".join(str(v) for v in value)
        return value if isinstance(value, str) else str(value).lower() if isinstance(value, bool) else str(value)
    return value


def _constraint(label: str) -> Batch:
    name = "".join(ch if ch.isalnum() else "_" for ch in label.lower()) + "_iri"
    return Batch("constraint", f"CREATE CONSTRAINT {cypher_name(name)} IF NOT EXISTS "
                               f"FOR (n:{cypher_name(label)}) REQUIRE n.iri IS UNIQUE")


def _node_query(label: str, keys: tuple[str, ...]) -> str:
    query = f"UNWIND $rows AS row MERGE (n:{cypher_name(label)} {{iri: row.iri}})"
    if keys:
        query += " SET " + ", ".join(f"n.{cypher_name(k)} = row.{cypher_name(k)}" for k in keys)
    return query


def _label_query(label: str, second: str) -> str:
    return f"UNWIND $rows AS iri MATCH (n:{cypher_name(label)} {{iri: iri}}) SET n:{cypher_name(second)}"


def _relationship_query(kind: str, start: str, end: str, keys: tuple[str, ...]) -> str:
    query = (f"UNWIND $rows AS row MATCH (a:{cypher_name(start)} {{iri: row.source}}) "
             f"MATCH (b:{cypher_name(end)} {{iri: row.target}}) MERGE (a)-[r:{cypher_name(kind)}]->(b)")
    if keys:
        query += " SET " + ", ".join(f"r.{cypher_name(k)} = row.{cypher_name(k)}" for k in keys)
    return query


def _clean(properties: dict[str, Any], types: dict[str, str]) -> dict[str, Any]:
    # Empty lists are left out: no engine can type an empty list literal by itself.
    return {k: coerce(v, types.get(k, "string")) for k, v in properties.items()
            if v is not None and not (isinstance(v, (list, tuple)) and not v)}


def generate_batches(view: PropertyGraph, batch_size: int = 500, schema: Schema | None = None,
                     progress=lambda steps: None) -> Iterator[Batch]:
    """Every statement of the export, in order: constraints, nodes (+ labels), relationships.

    Holds at most one partial batch per (label, set of properties) in memory.
    """
    schema = schema or view.schema()
    for label in schema.node_properties:
        yield _constraint(label)

    pending: dict[tuple[str, tuple[str, ...]], list[tuple[dict, tuple[str, ...]]]] = {}

    def flush_nodes(key) -> Iterator[Batch]:
        label, keys = key
        entries = pending.pop(key)
        yield Batch("node", _node_query(label, keys), tuple(row for row, _ in entries))
        seconds: dict[str, list[str]] = {}
        for row, labels in entries:
            for second in labels:
                seconds.setdefault(second, []).append(row["iri"])
        for second in sorted(seconds):
            yield Batch("label", _label_query(label, second), tuple(seconds[second]))

    for node in view.nodes():
        props = _clean(node.properties, schema.node_properties.get(node.label, {}))
        key = (node.label, tuple(props))
        pending.setdefault(key, []).append(({"iri": node.iri, **props}, node.labels[1:]))
        if len(pending[key]) >= batch_size:
            yield from flush_nodes(key)
        progress(1)
    for key in list(pending):
        yield from flush_nodes(key)

    rel_pending: dict[tuple[str, str, str, tuple[str, ...]], list[dict]] = {}
    for rel in view.relationships():
        props = _clean(rel.properties, schema.relationship_properties.get(rel.type, {}))
        key = (rel.type, rel.start_label, rel.end_label, tuple(props))
        rel_pending.setdefault(key, []).append({"source": rel.start, "target": rel.end, **props})
        if len(rel_pending[key]) >= batch_size:
            yield Batch("relationship", _relationship_query(*key), tuple(rel_pending.pop(key)))
        progress(1)
    for key, rows in rel_pending.items():
        yield Batch("relationship", _relationship_query(*key), tuple(rows))


def generate_cypher(view: PropertyGraph, batch_size: int = 500, schema: Schema | None = None,
                    progress=lambda steps: None) -> Iterator[str]:
    """The lines of the Cypher script: a header, then one statement per batch, each ending in ``;``."""
    schema = schema or view.schema()
    yield "// kg_builder graph as Cypher: constraints, then batched UNWIND ... MERGE (safe to run twice)."
    yield (f"// {schema.node_count} nodes, {schema.relationship_count} relationships. "
           "Run: cypher-shell -f graph.cypher")
    yield ""
    for batch in generate_batches(view, batch_size, schema, progress):
        yield batch.render() + ";"
        yield ""


def write_cypher(view: PropertyGraph, path: Path | str, batch_size: int = 500,
                 progress=lambda steps: None) -> Schema:
    """Write the Cypher script to ``path``; returns the schema it was written with."""
    schema = view.schema()
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        for line in generate_cypher(view, batch_size, schema, progress):
            out.write(line + "\n")
    return schema


@register("cypher", target="file", default="outputs/graph.cypher",
          help="Cypher script for Neo4j: constraints, then batched UNWIND ... MERGE (idempotent).")
def export_cypher(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """A Cypher script: constraints, then batched ``UNWIND ... MERGE``, safe to run twice."""
    return export_to_file(graph, target, options, "cypher", "Cypher",
                          lambda view, path, step: write_cypher(view, path, options.batch_size, step))


def statements(lines: Iterable[str]) -> Iterator[str]:
    r"""Split a Cypher script into statements at ``;`` outside strings; drops ``//`` comment lines.

    ``lines`` keep their line ends, as when iterating over an open file.

    >>> list(statements(["// c\n", "RETURN 'a;b';\n", "RETURN 2;\n"]))
    ["RETURN 'a;b'", 'RETURN 2']
    """
    current: list[str] = []
    quote = None
    escaped = False
    for line in lines:
        if quote is None and line.lstrip().startswith("//"):
            continue
        for ch in line:
            if quote is not None:
                current.append(ch)
                if escaped:
                    escaped = False
                elif ch == "\\" and quote != "`":
                    escaped = True
                elif ch == quote:
                    quote = None
            elif ch in "'\"`":
                quote = ch
                current.append(ch)
            elif ch == ";":
                text = "".join(current).strip()
                if text:
                    yield text
                current = []
            else:
                current.append(ch)
    text = "".join(current).strip()
    if text:
        yield text
