"""``kgb serve``: the graph as a read-only SPARQL endpoint over HTTP."""

from __future__ import annotations

import signal
import sys
from pathlib import Path

import click

from ..errors import KGBuilderError


def _stop(signum, frame):  # noqa: ARG001 - signal handler signature
    raise KeyboardInterrupt


@click.command("serve")
@click.argument("graph_paths", metavar="[GRAPH]...", nargs=-1,
                type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--store", "store_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Serve this Oxigraph store directory (opened read-only) instead of graph files.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Loopback by default because the endpoint has no authentication: "
                   "anyone who can reach it can read the whole graph, sentences included. "
                   "Use 0.0.0.0 only on a network you trust.")
@click.option("-p", "--port", type=click.IntRange(0, 65535), default=7878, show_default=True,
              help="Port to listen on (0: any free port).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True,
              help="Seconds a query may run before it is cancelled (HTTP 503).")
@click.option("--limit", type=click.IntRange(min=0), default=10_000, show_default=True,
              help="Most rows (SELECT) or triples (CONSTRUCT/DESCRIBE) in one answer; 0 for no limit. "
                   "A cut answer carries the header X-KGB-Truncated: true.")
@click.option("--quiet", is_flag=True, help="Do not log each request on stderr.")
def serve(graph_paths: tuple[Path, ...], store_dir: Path | None, host: str, port: int, timeout: float, limit: int,
          quiet: bool) -> None:
    """Serve the graph as a read-only SPARQL 1.1 endpoint, with a query page at /.

    GRAPH files (default: outputs/graph.nq) are loaded into a temporary store;
    --store serves an Oxigraph store as it is. Queries go to /query (GET or POST,
    form-encoded or application/sparql-query); answers in SPARQL JSON, XML, CSV
    or TSV, graphs in Turtle, N-Triples or JSON-LD, chosen by the Accept header.
    Updates are refused. Our prefixes (kgb:, oa:, skos: ...) are predeclared and
    the default graph is the union of the document graphs. CORS is on, so
    browser tools such as YASGUI can query it. Ctrl+C stops it.

    \b
    Examples:
        kgb serve                              # outputs/graph.nq at http://127.0.0.1:7878/
        kgb serve out/graph.nq --port 8000 --timeout 10
        kgb serve --store graph-store/ --limit 1000
        curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * { ?s a kgb:Law }' http://127.0.0.1:7878/query
    """
    from ..server import EndpointSettings, SparqlEndpoint, prepare_store
    from ..sparql import DEFAULT_GRAPH

    if graph_paths and store_dir:
        raise click.UsageError("give either GRAPH files or --store, not both")
    if not graph_paths and store_dir is None:
        graph_paths = (DEFAULT_GRAPH,)
    signal.signal(signal.SIGTERM, _stop)
    cleanup = None
    try:
        location, size, cleanup = prepare_store(graph_paths, store_dir)
        what = str(store_dir) if store_dir else ", ".join(str(p) for p in graph_paths)
        settings = EndpointSettings(timeout=timeout, limit=limit, description=f"{what}: {size} quads")
        endpoint = SparqlEndpoint(location, host, port, settings, quiet=quiet, cleanup=cleanup)
    except KGBuilderError as error:
        if cleanup:
            cleanup()
        raise click.ClickException(str(error)) from None
    with endpoint:
        click.echo(f"kgb serve: {what} ({size} quads) at {endpoint.url} — SPARQL endpoint {endpoint.url}query, "
                   f"timeout {timeout:g} s, limit {limit or 'none'}; Ctrl+C stops", err=True)
        sys.stderr.flush()
        try:
            endpoint.serve_forever()
        except KeyboardInterrupt:
            click.echo("kgb serve: stopped", err=True)


command = serve
