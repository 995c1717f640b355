"""``python -m kg_builder`` runs the ``kgb`` command."""

from .cli import cli

if __name__ == "__main__":
    cli(prog_name="kgb")
