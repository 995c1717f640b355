"""``kgb convert``: write a graph in another RDF syntax."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..errors import KGBuilderError


@click.command("convert")
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path, allow_dash=True),
              help="File to write; '-' writes to stdout (then --to is required).")
@click.option("--to", "to_format", metavar="FORMAT",
              help="turtle, trig, nquads, ntriples, jsonld or rdfxml (default: from the output's suffix).")
def convert_command(input_path: Path, output: Path, to_format: str | None) -> None:
    """Convert INPUT (a graph file or a store directory) to another RDF syntax.

    The syntax of INPUT comes from its suffix (.ttl .trig .nq .nt .jsonld .rdf);
    a directory is read as a kg_builder store. Turtle, N-Triples and RDF/XML hold
    no named graphs: they get the union of the document graphs. JSON-LD is
    compacted with the published context (ontology/context.jsonld). Output is
    sorted, so equal graphs give equal files.

    \b
    Examples:
        kgb convert outputs/graph.nq -o graph.jsonld
        kgb convert kg-store/ -o graph.trig
        kgb convert outputs/graph.nq -o - --to ntriples | sort | head
    """
    from ..serialize import format_for_path, format_named, serialize

    try:
        if str(output) == "-":
            if not to_format:
                raise click.UsageError("writing to stdout needs --to FORMAT")
            fmt = format_named(to_format)
        else:
            fmt = format_named(to_format) if to_format else format_for_path(output)
    except KGBuilderError as error:
        raise click.BadParameter(str(error), param_hint="--to" if to_format else "--output") from None
    started = time.perf_counter()
    try:
        if str(output) == "-":
            sys.stdout.buffer.write(serialize(input_path, fmt) or b"")
            sys.stdout.buffer.flush()
        else:
            serialize(input_path, fmt, output)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    if str(output) != "-":
        click.echo(f"{input_path} → {output} ({fmt.name}) in {time.perf_counter() - started:.2f}s", err=True)


command = convert_command
