"""``kgb export``: the graph into Neo4j, Kùzu, triple stores, Gephi and Cytoscape, or CSV."""

from __future__ import annotations

import contextlib
import sys
import time
from pathlib import Path

import click

from ..errors import KGBuilderError, UnknownPlugin


@click.command("export")
@click.argument("graph", required=False, default=Path("outputs/graph.nq"),
                type=click.Path(exists=True, path_type=Path))
@click.option("--to", "format_name", metavar="FORMAT",
              help="Export format: neo4j-csv, cypher, neo4j, kuzu, graph-store, graphml, gexf, csv "
                   "(see `kgb plugins`).")
@click.option("-o", "--output", metavar="PATH|URL",
              help="File, directory or URL to write to (default: outputs/<name> for file formats).")
@click.option("--bolt", metavar="URI", help="Push to the Neo4j at URI (same as --to neo4j -o URI).")
@click.option("--user", help="User name for --bolt or a graph store that asks for one.")
@click.option("--password", envvar="KGB_EXPORT_PASSWORD", show_envvar=True,
              help="Password for --user (better from the environment variable).")
@click.option("--batch-size", type=click.IntRange(min=1), default=500, show_default=True,
              help="Rows per Cypher statement (cypher, neo4j).")
@click.option("--silent", is_flag=True, help="No progress bar and no summary.")
def export(graph: Path, format_name: str | None, output: str | None, bolt: str | None, user: str | None,
           password: str | None, batch_size: int, silent: bool) -> None:
    """Export GRAPH (a graph file or a store directory; default outputs/graph.nq) to FORMAT.

    The property-graph formats (neo4j-csv, cypher, neo4j, kuzu, graphml, gexf,
    csv) have a node per entity and a relationship per link, each link with
    the documents and the sentence behind it; graph-store pushes the RDF
    itself, one named graph per document. Memory stays bounded: quads are
    read from an on-disk store, and files are written as they are read.

    \b
    Examples:
        kgb export --to neo4j-csv                       # outputs/neo4j-csv/ + import.sh
        kgb export --to cypher -o graph.cypher          # cypher-shell -f graph.cypher
        kgb export --bolt neo4j://localhost:7687 --user neo4j
        kgb export --to kuzu -o graph.kuzu              # a ready Kùzu database
        kgb export --to graph-store -o http://localhost:7878/store
        kgb export --to graphml                         # outputs/graph.graphml for Gephi
        kgb export outputs/store --to csv -o tables/    # nodes.csv, edges.csv
    """
    from .. import exporters
    from ..exporters.source import open_graph

    if bolt:
        if format_name not in (None, "neo4j"):
            raise click.BadParameter("--bolt pushes to Neo4j; leave out --to or use --to neo4j",
                                     param_hint="--bolt")
        format_name, output = "neo4j", bolt
    if not format_name:
        raise click.UsageError("choose a format with --to FORMAT: " + ", ".join(exporters.available()))
    try:
        exporter = exporters.get(format_name)
    except UnknownPlugin as error:
        raise click.BadParameter(str(error), param_hint="--to") from None
    target = output or exporter.default
    if target is None:
        what = "URL" if exporter.target == "url" else "PATH"
        raise click.BadParameter(f"--to {format_name} needs -o {what}", param_hint="-o")

    @contextlib.contextmanager
    def progress(total: int, label: str):
        with click.progressbar(length=total, label=label, file=sys.stderr, hidden=silent) as bar:
            yield bar.update

    options = exporters.ExportOptions(batch_size=batch_size, user=user, password=password, progress=progress)
    started = time.perf_counter()
    try:
        with open_graph(graph) as source:
            result = exporter(source, str(target), options)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    if not silent:
        click.echo(f"{result.summary()} in {time.perf_counter() - started:.1f}s", err=True)


command = export
