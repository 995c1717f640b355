"""The ``kgb`` command: a root group whose subcommands load lazily, one module each.

Each subcommand lives in ``kg_builder/cli/<name>.py`` and is a thin click wrapper
over a library function. Heavy imports (pyvis, the SPARQL server, exporters) stay
inside those modules, so ``kgb --help`` is fast (click's LazyGroup recipe).
"""

from __future__ import annotations

import importlib

import click

from .. import __version__

__all__ = ["cli", "COMMANDS"]

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Subcommand name -> "module:attribute"; adding a command is adding a line here.
COMMANDS: dict[str, str] = {
    "build": "kg_builder.cli.build:build",
    "extract": "kg_builder.cli.extract:extract_command",
    "evaluate": "kg_builder.cli.evaluate:evaluate_command",
    "plugins": "kg_builder.cli.plugins:plugins",
}


class LazyGroup(click.Group):
    """A group that imports a subcommand's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        target = COMMANDS.get(name)
        if target is None:
            return None
        module, attribute = target.split(":")
        return getattr(importlib.import_module(module), attribute)


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="kgb")
def cli() -> None:
    """Build knowledge graphs from Chinese rule-of-law government documents.

    \b
    Start with the bundled sample corpus:
        kgb build                 # writes outputs/graph.ttl, graph.html, ...
        kgb extract kg_builder/data/corpus/seeds/001_442be8164d49497e.txt
    """
