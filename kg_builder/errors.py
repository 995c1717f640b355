"""Errors kg_builder raises; the CLI turns each into a one-line message and exit 1."""

from __future__ import annotations

__all__ = ["KGBuilderError", "UnknownPlugin", "InputError", "GoldError"]


class KGBuilderError(Exception):
    """Base class of every error kg_builder raises on purpose."""


class UnknownPlugin(KGBuilderError):
    """A plugin (extractor, exporter) was asked for by a name nobody registered."""

    def __init__(self, kind: str, name: str, available: list[str]):
        self.kind, self.name, self.available = kind, name, available
        listing = ", ".join(available) or "none"
        super().__init__(f"unknown {kind} {name!r}; available: {listing}")


class InputError(KGBuilderError):
    """An input document cannot be read: names the file and the problem."""

    def __init__(self, path: str, problem: str):
        self.path, self.problem = path, problem
        super().__init__(f"{path}: {problem}")


class GoldError(KGBuilderError):
    """A gold annotation file is missing or malformed."""
