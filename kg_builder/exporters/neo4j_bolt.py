"""Push straight into a running Neo4j over Bolt, with the official ``neo4j`` driver.

Runs the same statements as the ``cypher`` export, each batch in its own write
transaction (``session.execute_write``) with the rows as the ``$rows`` parameter:
constraints first, then nodes, then relationships. Safe to run twice.
"""

from __future__ import annotations

from typing import Iterable

from . import ExportError, ExportOptions, ExportResult, register
from .cypher import Batch, generate_batches
from .property_graph import PropertyGraph
from .source import GraphSource

__all__ = ["push_batches"]


def push_batches(uri: str, batches: Iterable[Batch], user: str | None = None, password: str | None = None,
                 database: str | None = None) -> int:
    """Run each batch in a write transaction on the Neo4j at ``uri``; returns how many ran."""
    try:
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable
    except ImportError:
        raise ExportError(uri, "the neo4j driver is not installed (pip install 'kg-builder[neo4j]')") from None

    def run(tx, query: str, rows: list) -> None:
        tx.run(query, rows=rows).consume()

    auth = (user, password or "") if user is not None else None
    done = 0
    try:
        with GraphDatabase.driver(uri, auth=auth) as driver:
            driver.verify_connectivity()
            with driver.session(database=database) as session:
                for batch in batches:
                    session.execute_write(run, batch.query, list(batch.rows))
                    done += 1
    except AuthError as error:
        raise ExportError(uri, f"Neo4j refused the credentials: {error.message}") from None
    except ServiceUnavailable as error:
        raise ExportError(uri, f"cannot reach Neo4j: {error}") from None
    except Neo4jError as error:
        raise ExportError(uri, f"Neo4j error {error.code}: {error.message}") from None
    except ValueError as error:  # a malformed URI
        raise ExportError(uri, str(error)) from None
    return done


@register("neo4j", target="url", help="Push into a running Neo4j over Bolt (same statements as cypher).")
def export_neo4j(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """Push into a running Neo4j over Bolt, in batched write transactions (idempotent)."""
    view = PropertyGraph(graph.store)
    schema = view.schema()
    with options.progress(schema.node_count + schema.relationship_count, "Pushing to Neo4j") as step:
        push_batches(target, generate_batches(view, options.batch_size, schema, step), options.user,
                     options.password)
    return ExportResult("neo4j", target, {"nodes": schema.node_count, "relationships": schema.relationship_count})
