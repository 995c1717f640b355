"""``kgb query``: ask the graph a SPARQL question from the shell."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import KGBuilderError


def _names_a_file(text: str) -> bool:
    """Whether QUERY_OR_FILE is a path to a file rather than the query itself."""
    if "\n" in text or "{" in text:
        return False
    try:
        return Path(text).is_file()
    except OSError:  # a long query is not a valid file name (ENAMETOOLONG)
        return False


def _graph_hint(text: str | None) -> str | None:
    """How to pass QUERY_OR_FILE when it names a graph file or a store, as `kgb rank GRAPH` takes them."""
    if text is None or "\n" in text or "{" in text:
        return None
    try:
        path = Path(text)
        if path.is_dir():
            return f"{text!r} is a directory: query a store with --store {text}"
        if path.is_file():
            from ..serialize import UnknownFormat, format_for_path

            try:
                format_for_path(path)
            except UnknownFormat:
                return None  # a query file, not a graph
            return f"{text!r} is a graph file: query it with -g {text}"
    except OSError:
        return None
    return None


def _list_cookbook() -> None:
    from ..sparql import cookbook

    for entry in cookbook():
        click.echo(f"{entry.name}\n    {entry.title}\n    {entry.question}\n")


@click.command("query")
@click.argument("query_or_file", required=False)
@click.option("-q", "--query-file", type=click.File("r", encoding="utf-8"),
              help="Read the query from this file ('-' reads standard input).")
@click.option("--cookbook", "cookbook_name", metavar="NAME",
              help="Run the cookbook query NAME (see --list).")
@click.option("--list", "list_cookbook", is_flag=True, help="List the cookbook queries with their questions.")
@click.option("-g", "--graph", "graph_paths", multiple=True, type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Graph file to query (.nq, .trig, .ttl, .nt, .jsonld); repeatable. "
                   "Default: outputs/graph.nq.")
@click.option("--store", "store_dir", type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Oxigraph store directory to query (opened read-only) instead of graph files.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml", "turtle", "ntriples"]),
              default="table", show_default=True,
              help="Output: an aligned table, CSV, TSV or SPARQL results JSON/XML for SELECT and ASK; "
                   "Turtle or N-Triples for CONSTRUCT and DESCRIBE.")
@click.option("--max-width", type=click.IntRange(min=0), default=60, show_default=True,
              help="Clip table cells to this many columns (0: never clip).")
@click.option("--time", "show_time", is_flag=True, help="Print the number of rows and the query time on stderr.")
def query(query_or_file: str | None, query_file, cookbook_name: str | None, list_cookbook: bool,
          graph_paths: tuple[Path, ...], store_dir: Path | None, fmt: str, max_width: int, show_time: bool) -> None:
    """Run a SPARQL query on the graph and print the answer.

    QUERY_OR_FILE is the query text or a file holding it. The default graph is the
    union of every document's graph; the prefixes kgb:, eli:, oa:, skos:, dcterms:,
    prov:, org:, foaf:, rdf:, rdfs:, owl:, xsd: and schema: are predeclared.

    \b
    Examples:
        kgb query 'SELECT ?t WHERE { ?r a kgb:Law ; skos:prefLabel ?t }'
        kgb query -q my-question.rq --format csv > answer.csv
        kgb query --list
        kgb query --cookbook most-cited-regulations --store graph-store/
    """
    from ..sparql import FormatMismatch, cookbook_query, format_result, open_graph, run_query

    if list_cookbook:
        _list_cookbook()
        return
    given = [x for x in (query_or_file, query_file, cookbook_name) if x is not None]
    if len(given) != 1:
        hint = _graph_hint(query_or_file)  # `kgb query --cookbook NAME store/`, as rank and trace take a graph
        raise click.UsageError("give exactly one of QUERY_OR_FILE, -q FILE or --cookbook NAME (or --list)"
                               + (f"; {hint} (kgb query takes the graph as an option)" if hint else ""))
    try:
        if cookbook_name is not None:
            text = cookbook_query(cookbook_name).text
        elif query_file is not None:
            text = query_file.read()
        elif _names_a_file(query_or_file):
            text = Path(query_or_file).read_text("utf-8")
        else:
            text = query_or_file
        if graph_paths and store_dir:
            raise click.UsageError("give either --graph or --store, not both")
        graph = open_graph(graph_paths, store_dir)
        result = run_query(graph, text)
        output = format_result(result, fmt, max_width)
    except FormatMismatch as error:
        raise click.UsageError(str(error)) from None  # the option does not fit the question: exit 2
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    click.echo(output, nl=False)
    if show_time:
        count = len(result.rows) if result.form == "select" else len(result.triples) if result.form == "graph" else 1
        unit = "triples" if result.form == "graph" else "rows"
        click.echo(f"{count} {unit} in {result.seconds * 1000:.1f} ms", err=True)
    sys.stdout.flush()


command = query
