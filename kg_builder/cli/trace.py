"""``kgb trace``: one regulation's propagation tree, with the sentence behind every step."""

from __future__ import annotations

from pathlib import Path

import click

from ._analysis import graph_argument, no_inferred_option, read_network


@click.command("trace")
@click.argument("title")
@graph_argument
@click.option("--html", "html_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write an interactive page (self-contained, works offline) to this file.")
@click.option("--png", "png_file", type=click.Path(dir_okay=False, path_type=Path),
              help="Also draw the tree level by level into this PNG file.")
@no_inferred_option
def trace(title: str, graph: Path, html_file: Path | None, png_file: Path | None, no_inferred: bool) -> None:
    """Show how the regulation or initiative TITLE travelled down, level by level.

    TITLE is a title or an alias (skos:altLabel), with or without 《》; GRAPH
    is a graph file or store directory (default: outputs/graph.nq). Each step
    names the document and quotes the sentence that states it; → is stated in a
    document, ⇢ inferred from titles.

    \b
    Examples:
        kgb trace 重大行政决策程序暂行条例
        kgb trace "法治政府建设实施纲要(2015-2020年)" outputs/graph.nq --html plan.html --png plan.png
        kgb trace 放管服 --no-inferred
    """
    from ..errors import KGBuilderError
    from ..trace import render_html, render_png, render_text
    from ..trace import trace as build_tree

    g = read_network(graph, inferred=not no_inferred)
    try:
        tree = build_tree(g, title)
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    click.echo(render_text(tree), nl=False)
    if html_file:
        from ..build import write_atomic

        write_atomic(html_file, render_html(tree))
        click.echo(f"wrote {html_file}", err=True)
    if png_file:
        png_file.parent.mkdir(parents=True, exist_ok=True)
        render_png(tree, png_file)
        click.echo(f"wrote {png_file}", err=True)


command = trace
