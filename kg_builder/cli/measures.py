"""``kgb measures``: PageRank, most cited per level, co-citation communities, adoption gaps."""

from __future__ import annotations

from pathlib import Path

import click

from ._analysis import format_option, graph_argument, no_inferred_option, read_network

_MEASURE_NAMES = ("pagerank", "most-cited", "communities", "gaps")


@click.command("measures")
@click.argument("measure", type=click.Choice(_MEASURE_NAMES))
@graph_argument
@format_option
@click.option("-n", "--top", "top", type=click.IntRange(min=1), default=None,
              help="Rows to show (most-cited: per level, default 10; others: all).")
@click.option("--by", type=click.Choice(["regulation", "initiative"]), default="regulation", show_default=True,
              help="gaps only: gaps in the spread of regulations or of initiatives.")
@no_inferred_option
def measures(measure: str, graph: Path, fmt: str, top: int | None, by: str, no_inferred: bool) -> None:
    """Compute a graph measure of the citation network of GRAPH.

    \b
    MEASURE is one of:
      pagerank     regulations by PageRank over documents → citations → implemented regulations
      most-cited   per level of the citing documents, regulations cited by the most jurisdictions
      communities  regulations cited together (co-citation), grouped by Louvain modularity
      gaps         jurisdictions inside a regulation's territory that did not adopt it while
                   a peer (same level, same parent) did; only jurisdictions we read a document
                   of covering a year the regulation was in force (the span in its title,
                   e.g. (2015-2020年), else its issuance year on)

    GRAPH is a graph file or store directory (default: outputs/graph.nq).

    \b
    Examples:
        kgb measures pagerank -n 20
        kgb measures most-cited outputs/graph.nq -f csv
        kgb measures communities -f json
        kgb measures gaps --by initiative
    """
    from ..errors import KGBuilderError
    from ..measures import measure as run
    from ..tabular import render

    g = read_network(graph, inferred=not no_inferred)
    try:
        if measure == "most-cited" and top is None:
            top = 10
        records = run(measure, g, inferred=not no_inferred, top=top, by=by)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    from ..measures import COLUMNS

    columns = None
    if fmt != "json":
        columns = [c for c in (records[0] if records else COLUMNS[measure]) if not c.endswith("iris")]
    click.echo(render(records, fmt, columns), nl=False)
    if records:
        click.echo(f"{measure}: {len(records)} rows", err=True)
    else:
        what = f" (--by {by})" if measure == "gaps" else ""
        click.echo(f"{measure}{what}: no rows in {graph}", err=True)


command = measures
