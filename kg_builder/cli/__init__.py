"""The ``kgb`` command: a root group whose subcommands load lazily, one module each.

Each subcommand lives in ``kg_builder/cli/<name>.py`` and is a thin click wrapper
over a library function. Heavy imports (pyvis, the SPARQL server, exporters) stay
inside those modules, so ``kgb --help`` is fast (click's LazyGroup recipe).
"""

from __future__ import annotations

import importlib
import pkgutil

import click

from .. import __version__

__all__ = ["cli", "COMMANDS"]

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}

#: Modules in this package that are not subcommands.
_NOT_COMMANDS = frozenset({"options"})


def _command_modules() -> dict[str, str]:
    """Subcommand name -> module: every ``kg_builder/cli/<name>.py`` defines ``command``.

    Adding a subcommand is adding a module; nothing here changes.
    """
    found = {}
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("_") or info.name in _NOT_COMMANDS:
            continue
        found[info.name.replace("_", "-")] = f"{__name__}.{info.name}"
    return found


COMMANDS: dict[str, str] = _command_modules()


class LazyGroup(click.Group):
    """A group that imports a subcommand's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        module = COMMANDS.get(name)
        if module is None:
            return None
        return importlib.import_module(module).command


@click.group(cls=LazyGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="kgb")
def cli() -> None:
    """Build knowledge graphs from Chinese rule-of-law government documents.

    \b
    Start with the bundled sample corpus:
        kgb build                 # writes outputs/graph.ttl, graph.html, ...
        kgb extract kg_builder/data/corpus/seeds/001_442be8164d49497e.txt
    """
