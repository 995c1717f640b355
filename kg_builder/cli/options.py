"""Options several subcommands share, as reusable decorators."""

from __future__ import annotations

import click

__all__ = ["extractor_option"]

extractor_option = click.option(
    "-e", "--extractor", "extractor_names", multiple=True,
    help="Extractor to run; repeatable (default: all built-in ones). See `kgb plugins`.",
)
