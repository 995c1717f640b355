"""``kgb validate``: check a graph file or store against the SHACL shapes."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import KGBuilderError


@click.command("validate")
@click.argument("graph", required=False, type=click.Path(exists=True, path_type=Path),
                default=Path("outputs/graph.nq"))
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="SHACL shapes to check against (default: the shipped ontology/shapes.ttl).")
@click.option("--limit", type=click.IntRange(min=0), default=50, show_default=True,
              help="Show at most this many results (0: only the summary).")
def validate_command(graph: Path, shapes: Path | None, limit: int) -> None:
    """Check GRAPH against the kg_builder SHACL shapes and print a readable report.

    GRAPH is a graph file (.nq, .trig, .ttl, .nt, .jsonld, .rdf) or a store
    directory (kgb build --store); default outputs/graph.nq. Besides the shapes,
    every extracted statement's provenance is checked: the statement is in the
    graph, the quote has the span's length, the span is of the right document
    and its IRI (#char=start,end) names its offsets.

    Exit status: 0 conforms; 1 does not conform (or cannot be read).

    \b
    Examples:
        kgb validate                         # outputs/graph.nq
        kgb validate kg-store/ --limit 10
    """
    from ..validate import validate

    try:
        report = validate(graph, shapes)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    click.echo(report.text(limit=limit), nl=False)
    if not report.conforms:
        sys.exit(1)


command = validate_command
