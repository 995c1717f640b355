"""A ready Kùzu database (embedded Cypher), and loaders for our Neo4j exports into Kùzu.

Kùzu wants its schema first: one node table per class label (primary key ``iri``)
and one relationship table per type, listing its (FROM, TO) label pairs. It has
one label per node, so the second label (``Plan``, ``AnnualReport``) lives on only
as the ``kind`` / ``docType`` property it comes from.

``kgb export --to kuzu`` writes the Neo4j CSV bundle to a temporary directory and
bulk-loads it with Kùzu's ``COPY ... FROM (LOAD WITH HEADERS ... FROM file)``, so
the same loader proves that the bundle loads. ``run_cypher_script`` executes a
Neo4j Cypher script on Kùzu statement by statement, with the two adaptations the
dialects force: ``CREATE CONSTRAINT`` becomes the node tables (primary keys are
unique), and ``SET n:Label`` statements are skipped; every ``MERGE`` runs as written.
"""

from __future__ import annotations

import contextlib
import csv
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from ..scratch import scratch_directory
from . import ExportError, ExportOptions, ExportResult, register
from .cypher import cypher_name, statements
from .neo4j_csv import ARRAY_DELIMITER, write_neo4j_csv
from .property_graph import PropertyGraph, Schema
from .source import GraphSource

__all__ = [
    "KUZU_TYPES", "generate_ddl", "schema_of_bundle", "load_neo4j_csv", "run_cypher_script", "count_kuzu",
    "write_kuzu",
]

#: Our property types as Kùzu column types.
KUZU_TYPES = {"string": "STRING", "int": "INT64", "float": "DOUBLE", "boolean": "BOOLEAN", "string[]": "STRING[]"}

_CSV_TYPES = {"int": "int", "long": "int", "short": "int", "byte": "int", "float": "float", "double": "float",
              "boolean": "boolean", "string": "string", "string[]": "string[]"}
_ID_COLUMN = re.compile(r"^(?P<name>[^:]*):(?P<role>ID|START_ID|END_ID)\((?P<space>[^)]+)\)$")
_CONSTRAINT = re.compile(r"^CREATE\s+CONSTRAINT\b", re.IGNORECASE)
_SET_LABEL = re.compile(r"\bAS\s+iri\s+MATCH\s+\(n:`[^`]+`\s*\{iri:\s*iri\}\)\s+SET\s+n:`[^`]+`$")


def generate_ddl(schema: Schema) -> Iterator[str]:
    """``CREATE NODE TABLE`` and ``CREATE REL TABLE`` statements for a schema.

    >>> s = Schema(node_properties={"Jurisdiction": {"name": "string"}},
    ...            relationship_properties={"WITHIN": {"documents": "string[]"}},
    ...            endpoints={"WITHIN": [("Jurisdiction", "Jurisdiction")]})
    >>> list(generate_ddl(s))  # doctest: +NORMALIZE_WHITESPACE
    ['CREATE NODE TABLE IF NOT EXISTS `Jurisdiction`(`iri` STRING PRIMARY KEY, `name` STRING)',
     'CREATE REL TABLE IF NOT EXISTS `WITHIN`(FROM `Jurisdiction` TO `Jurisdiction`, `documents` STRING[])']
    """
    for label, props in schema.node_properties.items():
        columns = ["`iri` STRING PRIMARY KEY", *(f"{cypher_name(k)} {KUZU_TYPES[t]}" for k, t in props.items()
                                                 if k != "iri")]
        yield f"CREATE NODE TABLE IF NOT EXISTS {cypher_name(label)}({', '.join(columns)})"
    for kind, pairs in schema.endpoints.items():
        parts = [f"FROM {cypher_name(a)} TO {cypher_name(b)}" for a, b in pairs]
        parts += [f"{cypher_name(k)} {KUZU_TYPES[t]}" for k, t in schema.relationship_properties.get(kind, {}).items()]
        yield f"CREATE REL TABLE IF NOT EXISTS {cypher_name(kind)}({', '.join(parts)})"


@dataclass(frozen=True)
class _BundleFile:
    path: Path
    header: list[str]
    key: tuple[str, ...]          # (label,) or (type, start label, end label)
    columns: dict[str, str]       # property -> type, in file order after the id/label/type columns


def _split_column(column: str) -> tuple[str, str]:
    name, _, kind = column.partition(":")
    return name, _CSV_TYPES.get(kind.lower() or "string", "string")


def _read_bundle(directory: Path) -> list[_BundleFile]:
    found = []
    for path in sorted((directory / "nodes").glob("*.csv")) + sorted((directory / "relationships").glob("*.csv")):
        with open(path, encoding="utf-8", newline="") as f:
            header = next(csv.reader(f), None)
        if not header:
            raise ExportError(str(path), "empty CSV file (no header)")
        ids = {m["role"]: m["space"] for m in (_ID_COLUMN.match(c) for c in header) if m}
        if "ID" in ids:
            rest = [c for c in header if not _ID_COLUMN.match(c) and c != ":LABEL"]
            found.append(_BundleFile(path, header, (ids["ID"],), dict(_split_column(c) for c in rest)))
        elif "START_ID" in ids and "END_ID" in ids:
            kind = path.stem.split("-", 1)[0]
            rest = [c for c in header if not _ID_COLUMN.match(c) and c != ":TYPE"]
            found.append(_BundleFile(path, header, (kind, ids["START_ID"], ids["END_ID"]),
                                     dict(_split_column(c) for c in rest)))
        else:
            raise ExportError(str(path), "no :ID(...) or :START_ID(...)/:END_ID(...) columns in the header")
    return found


def schema_of_bundle(directory: Path | str) -> Schema:
    """The schema a Neo4j CSV bundle declares in its headers (ID spaces are labels)."""
    schema = Schema()
    for f in _read_bundle(Path(directory)):
        if len(f.key) == 1:
            schema.node_properties.setdefault(f.key[0], {}).update(f.columns)
        else:
            kind, start, end = f.key
            schema.relationship_properties.setdefault(kind, {}).update(f.columns)
            pairs = schema.endpoints.setdefault(kind, [])
            if (start, end) not in pairs:
                pairs.append((start, end))
    return schema


def _load_expression(column: str, variable: str, kind: str) -> str:
    if kind == "string[]":
        return f"CASE WHEN {variable} IS NULL THEN NULL ELSE string_split({variable}, '{ARRAY_DELIMITER}') END"
    if kind != "string":
        return f"CAST({variable} AS {KUZU_TYPES[kind]})"
    return variable


def _copy_statement(f: _BundleFile, schema: Schema) -> str:
    # Read every column as text under a plain name, then cast: Kùzu would otherwise read
    # "year:int" as a typed header and expect its own list syntax for arrays.
    variables = [f"c{i}" for i in range(len(f.header))]
    loaded = ", ".join(f"{v} STRING" for v in variables)
    by_name = {}
    for v, column in zip(variables, f.header):
        by_name.setdefault(_split_column(column)[0] if not column.startswith(":") else column, v)
    # The dialect said, not sniffed: Kùzu guesses it from the first rows, and a file whose first few hundred rows
    # need no quotes is read as one without quotes, so a later title with a comma in it splits into columns.
    source = (f"LOAD WITH HEADERS ({loaded}) FROM '{f.path.as_posix()}' "
              "(header=true, parallel=false, auto_detect=false, delim=',', quote='\"', escape='\"')")
    if len(f.key) == 1:
        label = f.key[0]
        table = schema.node_properties[label]
        returned = [variables[0]] + [
            _load_expression(k, by_name[k], f.columns[k]) if k in f.columns else f"CAST(NULL AS {KUZU_TYPES[t]})"
            for k, t in table.items()]
        return f"COPY {cypher_name(label)} FROM ({source} RETURN {', '.join(returned)})"
    kind, start, end = f.key
    table = schema.relationship_properties[kind]
    returned = [variables[0], variables[1]] + [
        _load_expression(k, by_name[k], f.columns[k]) if k in f.columns else f"CAST(NULL AS {KUZU_TYPES[t]})"
        for k, t in table.items()]
    return (f"COPY {cypher_name(kind)} FROM ({source} RETURN {', '.join(returned)}) "
            f"(from='{start}', to='{end}')")


@contextlib.contextmanager
def _connect(database: Path | str):
    """A connection to a Kùzu database, closed (and the file released) afterwards."""
    import kuzu

    db = kuzu.Database(str(database))
    connection = kuzu.Connection(db)
    try:
        yield connection
    finally:
        connection.close()
        db.close()


def _execute(connection, statement: str):
    try:
        return connection.execute(statement)
    except RuntimeError as error:
        raise ExportError("kuzu", f"{error} (statement: {statement[:200]})") from None


def load_neo4j_csv(bundle: Path | str, database: Path | str) -> dict[str, int]:
    """Load a Neo4j CSV bundle into a Kùzu database (created if new); returns counts by label and type."""
    bundle = Path(bundle)
    schema = schema_of_bundle(bundle)
    with _connect(database) as connection:
        for ddl in generate_ddl(schema):
            _execute(connection, ddl)
        files = _read_bundle(bundle)
        for f in sorted(files, key=lambda f: len(f.key)):  # nodes before relationships
            _execute(connection, _copy_statement(f, schema))
        return count_kuzu(connection, schema)


def run_cypher_script(lines: Iterable[str], database: Path | str, schema: Schema) -> dict[str, int]:
    """Run a Neo4j Cypher script (our ``cypher`` export) on Kùzu; returns counts by label and type.

    The tables come from ``schema``; constraints and ``SET n:Label`` statements are
    skipped (see the module docstring); every other statement runs unchanged.
    """
    with _connect(database) as connection:
        for ddl in generate_ddl(schema):
            _execute(connection, ddl)
        for statement in statements(lines):
            if _CONSTRAINT.match(statement) or _SET_LABEL.search(statement):
                continue
            _execute(connection, statement)
        return count_kuzu(connection, schema)


def count_kuzu(connection, schema: Schema) -> dict[str, int]:
    """Nodes per label and relationships per type, as counted by Kùzu."""
    counts = {}
    for label in schema.node_properties:
        result = _execute(connection, f"MATCH (n:{cypher_name(label)}) RETURN count(n)")
        counts[label] = int(result.get_next()[0])
    for kind in schema.endpoints:
        result = _execute(connection, f"MATCH ()-[r:{cypher_name(kind)}]->() RETURN count(r)")
        counts[kind] = int(result.get_next()[0])
    return counts


def write_kuzu(view: PropertyGraph, database: Path | str, progress=lambda steps: None) -> dict[str, int]:
    """Create a Kùzu database at ``database`` (a new file) holding the property graph."""
    database = Path(database)
    if database.exists():
        raise ExportError(str(database), "already exists; remove it or choose another -o (Kùzu loads into a new database)")
    database.parent.mkdir(parents=True, exist_ok=True)
    with scratch_directory("kuzu") as bundle:
        write_neo4j_csv(view, bundle, progress)
        return load_neo4j_csv(bundle, database)


@register("kuzu", target="file", default="outputs/graph.kuzu",
          help="A ready Kùzu database (embedded Cypher), bulk-loaded with COPY.")
def export_kuzu(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """A ready Kùzu database (embedded Cypher), bulk-loaded from the Neo4j CSV bundle."""
    view = PropertyGraph(graph.store)
    schema = view.schema()
    with options.progress(schema.node_count + schema.relationship_count, "Loading Kùzu") as step:
        write_kuzu(view, target, step)
    files = tuple(p for p in (Path(target), Path(target + ".wal")) if p.exists())
    return ExportResult("kuzu", target, {"nodes": schema.node_count, "relationships": schema.relationship_count},
                        files)
