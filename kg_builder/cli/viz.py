"""``kgb viz``: the interactive HTML explorer of a graph, one file that works offline."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from ..errors import KGBuilderError
from ..model import LEVELS

_LEVEL_CHOICES = [*LEVELS, "unknown"]


@click.command("viz")
@click.argument("graph", required=False, type=click.Path(path_type=Path), default=Path("outputs/graph.nq"))
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=Path("graph.html"),
              show_default=True, help="HTML file to write.")
@click.option("--focus", metavar="NAME",
              help="Open on one regulation's cascade (by title or alias) or one jurisdiction's citations (by name).")
@click.option("--top", type=click.IntRange(min=1), default=500, show_default=True,
              help="Draw the N most important nodes at first (propagation rank, then degree); the page can show more.")
@click.option("--limit", type=click.IntRange(min=1), default=5000, show_default=True,
              help="Hold at most N nodes in the page (the most important; the page says how many it leaves out).")
@click.option("--level", "levels", multiple=True, type=click.Choice(_LEVEL_CHOICES),
              help="Show only these administrative levels at first; repeatable (default: all).")
@click.option("--title", help="Page title (default: the graph's file name).")
def viz(graph: Path, output: Path, focus: str | None, top: int, limit: int, levels: tuple[str, ...], title: str | None) -> None:
    """Write an interactive, self-contained HTML explorer of GRAPH.

    GRAPH is a graph file (.nq, .trig, .ttl, .nt, .rdf, .jsonld) or a graph store
    directory (default: outputs/graph.nq). The page needs no network: open it from
    a USB stick on an offline machine. Search by name or alias, filter by type,
    level, year and province, click a node for its details and the sentences
    behind its edges, double-click for a regulation's cascade or a jurisdiction's
    citations.

    \b
    Examples:
        kgb viz                                    # outputs/graph.nq -> graph.html
        kgb viz outputs/graph.nq -o explorer.html --top 300
        kgb viz store/ --focus "重大行政决策程序暂行条例" -o cascade.html
        kgb viz outputs/graph.ttl --level county --level township
        kgb viz national-store/ --limit 20000      # a bigger page of a big graph
    """
    from ..visualize import write_html

    started = time.perf_counter()
    try:
        counts = write_html(graph, output, title=title or f"kg_builder: {graph.name}", top=top, focus=focus,
                            levels=levels or None, limit=limit)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    click.echo(str(output))
    left = (f"; {counts['omitted_nodes']} less important nodes and {counts['omitted_edges']} edges left out "
            f"(--limit {limit})" if counts.get("omitted_nodes") else "")
    click.echo(f"{counts['nodes']} nodes, {counts['edges']} edges ({min(top, counts['nodes'])} drawn at first{left}) "
               f"in {time.perf_counter() - started:.1f}s → {output}", err=True)
    sys.stdout.flush()


command = viz
