"""Arguments and options the analysis commands (rank, trace, measures) share."""

from __future__ import annotations

from pathlib import Path

import click

from ..tabular import FORMATS

__all__ = ["graph_argument", "format_option", "no_inferred_option", "read_network", "DEFAULT_GRAPH"]

#: What the analysis commands read when no graph is named: the last `kgb build`.
DEFAULT_GRAPH = Path("outputs/graph.nq")

graph_argument = click.argument("graph", required=False, default=str(DEFAULT_GRAPH),
                                type=click.Path(path_type=Path))

format_option = click.option("-f", "--format", "fmt", type=click.Choice(FORMATS), default="md", show_default=True,
                             help="Output format: a Markdown table, CSV, or JSON (with the lists behind each count).")

no_inferred_option = click.option(
    "--no-inferred", is_flag=True,
    help="Leave out the implements links inferred from titles (⇢); use only links the documents state.")


def read_network(graph: Path, inferred: bool = True):
    """The citation network of GRAPH, with a progress note on stderr; errors as ClickException."""
    from ..errors import KGBuilderError
    from ..network import citation_network

    click.echo(f"reading {graph} ...", err=True)
    try:
        return citation_network(graph, inferred=inferred)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
