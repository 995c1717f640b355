"""``kgb plugins``: the registered extractors, readers and exporters."""

from __future__ import annotations

import click

from .. import extractors, readers


@click.command("plugins")
def plugins() -> None:
    """List the registered plugins by family.

    \b
    Example:
        kgb plugins
    """
    click.echo("extractors: " + ", ".join(extractors.available()))
    click.echo("readers: " + ", ".join(readers.supported_suffixes()))
    try:
        from .. import exporters
    except ImportError:
        return
    click.echo("exporters: " + ", ".join(exporters.available()))


command = plugins
