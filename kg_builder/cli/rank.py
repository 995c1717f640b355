"""``kgb rank``: which regulations (or initiatives) propagate downward, and how."""

from __future__ import annotations

from pathlib import Path

import click

from ._analysis import format_option, graph_argument, no_inferred_option, read_network

#: The columns a Markdown table shows (CSV and JSON carry every column).
_MD_COLUMNS = ("rank", "title", "issuer", "origin_level", "provincial", "prefecture", "county", "township",
               "depth", "breadth", "in_territory", "out_of_territory", "longest_chain", "score")


@click.command("rank")
@graph_argument
@click.option("--by", type=click.Choice(["regulation", "initiative"]), default="regulation", show_default=True,
              help="Rank cited regulations and plans, or initiatives (放管服, 三项制度 ...).")
@format_option
@click.option("-n", "--top", "top", type=click.IntRange(min=1), default=None,
              help="Show only the first N rows (default: all).")
@click.option("--explain", "explain_title", metavar="TITLE",
              help="Instead of the table, show every number of one row with the documents and sentences behind it.")
@no_inferred_option
def rank(graph: Path, by: str, fmt: str, top: int | None, explain_title: str | None, no_inferred: bool) -> None:
    """Rank regulations by how far they propagate down the administrative levels.

    GRAPH is a graph file in any RDF format (.nq, .trig, .ttl, ...) or a store
    directory; default: outputs/graph.nq of the last `kgb build`. Per row: the
    adopting jurisdictions at each lower level, depth, breadth, adoptions in and
    out of the issuer's territory, the longest implementing chain, the first
    year seen at each level and the lag from issuance, and the score (Σ over
    adopting jurisdictions in territory of their levels below the origin; see
    docs/propagation.md). In chains, → is a link the documents state and ⇢ one
    inferred from titles.

    \b
    Examples:
        kgb rank                                  # the last build, as a table
        kgb rank outputs/graph.nq -f csv -n 20 > top20.csv
        kgb rank --by initiative
        kgb rank --explain 重大行政决策程序暂行条例
        kgb rank --explain 放管服
        kgb rank --explain "法治政府建设实施纲要(2015-2020年)" -f csv
        kgb rank --no-inferred -f json
    """
    from ..errors import KGBuilderError
    from ..propagation import RANK_COLUMNS, explain, ranking_records
    from ..tabular import render

    g = read_network(graph, inferred=not no_inferred)
    try:
        if explain_title:
            # A regulation wins over an initiative of the same name unless --by initiative says otherwise.
            click.echo(explain(g, explain_title, by="initiative" if by == "initiative" else None,
                               inferred=not no_inferred), nl=False)
            return
        records = ranking_records(g, by=by, inferred=not no_inferred)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    shown = records[:top] if top else records
    columns = _MD_COLUMNS if fmt == "md" else RANK_COLUMNS
    if by == "initiative":
        columns = tuple(c for c in columns if c not in ("longest_chain", "chain_inferred"))
    click.echo(render(shown, fmt, columns), nl=False)
    noun = by if len(records) == 1 else f"{by}s"
    click.echo(f"{len(records)} {noun} adopted from below; showing {len(shown)}", err=True)
    if not records:
        click.echo(f"no rows: no {by} in {graph} is taken up by a lower level than the highest one naming it",
                   err=True)


command = rank
