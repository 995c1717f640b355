"""The exporter registry: targets the graph can be written to or pushed into, by name.

An exporter is a function ``(graph, target, options) -> ExportResult``: ``graph`` is
an open :class:`~kg_builder.exporters.source.GraphSource` (quads in an on-disk
Oxigraph store), ``target`` a path or a URL, ``options`` the shared
:class:`ExportOptions`. Built-in exporters register themselves on import, exactly as
third-party ones do through the ``kg_builder.exporters`` entry-point group, and
each module is split the way networkx splits ``generate_edgelist`` (pure, yields
lines or rows) from ``write_edgelist`` (does the I/O).

Example:
    >>> from kg_builder import exporters
    >>> "neo4j-csv" in exporters.available()
    True
    >>> exporters.get("graphml").target
    'file'
"""

from __future__ import annotations

import contextlib
import functools
import importlib
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path
from typing import TYPE_CHECKING, Callable, ContextManager, Iterator

from ..errors import KGBuilderError, UnknownPlugin

if TYPE_CHECKING:
    from .source import GraphSource

__all__ = [
    "Exporter", "ExportOptions", "ExportResult", "ExportError", "Progress", "register", "get",
    "available", "no_progress",
]

#: Makes a progress bar: called with (total, label), yields a function taking steps done.
Progress = Callable[[int, str], ContextManager[Callable[[int], None]]]


@contextlib.contextmanager
def no_progress(total: int, label: str) -> Iterator[Callable[[int], None]]:
    """A progress bar that shows nothing (the default of library calls)."""
    yield lambda steps: None


class ExportError(KGBuilderError):
    """An export could not be written or pushed: names the target and the problem."""

    def __init__(self, target: str, problem: str):
        self.target, self.problem = target, problem
        super().__init__(f"{target}: {problem}")


@dataclass(frozen=True)
class ExportOptions:
    """Options every exporter receives; each uses the ones that apply to it."""

    batch_size: int = 500
    user: str | None = None
    password: str | None = None
    progress: Progress = no_progress


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: counts by kind and the files (or URL) written."""

    format: str
    target: str
    counts: dict[str, int] = field(default_factory=dict)
    files: tuple[Path, ...] = ()

    @property
    def size(self) -> int:
        """Bytes written to disk (0 for a push to a server)."""
        return sum(p.stat().st_size for p in self.files if p.is_file())

    def summary(self) -> str:
        counts = ", ".join(f"{n:,} {kind}" for kind, n in self.counts.items())
        size = f" ({len(self.files)} file{'s' if len(self.files) != 1 else ''}, {self.size / 1024:,.0f} KiB)" \
            if self.files else ""
        return f"{self.format}: {counts} → {self.target}{size}"


ExportFunction = Callable[["GraphSource", str, ExportOptions], ExportResult]


@dataclass(frozen=True)
class Exporter:
    """A registered export target.

    ``target`` says what ``-o`` names: a ``file``, a ``directory`` or a server ``url``;
    ``default`` is the ``-o`` used when none is given (None: ``-o`` is required).
    """

    name: str
    export: ExportFunction
    target: str = "file"
    default: str | None = None
    help: str = ""

    def __call__(self, graph: "GraphSource", target: str, options: ExportOptions | None = None) -> ExportResult:
        return self.export(graph, target, options or ExportOptions())


_registry: dict[str, Exporter] = {}

#: Modules whose exporters ship with kg_builder; each registers itself on import.
_BUILTINS = (
    "kg_builder.exporters.neo4j_csv",
    "kg_builder.exporters.cypher",
    "kg_builder.exporters.neo4j_bolt",
    "kg_builder.exporters.kuzu",
    "kg_builder.exporters.graph_store",
    "kg_builder.exporters.graphml",
    "kg_builder.exporters.gexf",
    "kg_builder.exporters.csv_tables",
)


def register(name: str, *, target: str = "file", default: str | None = None,
             help: str = "") -> Callable[[ExportFunction], ExportFunction]:
    """Make an export function available as ``kgb export --to NAME``."""

    def add(export: ExportFunction) -> ExportFunction:
        doc = (export.__doc__ or "").strip().splitlines()
        _registry[name] = Exporter(name, export, target, default, help or (doc[0] if doc else ""))
        return export

    return add


@functools.cache
def _load_plugins() -> None:
    for module in _BUILTINS:
        importlib.import_module(module)  # each module registers itself on import
    for entry_point in entry_points(group="kg_builder.exporters"):
        loaded = entry_point.load()
        if not isinstance(loaded, Exporter):
            doc = (getattr(loaded, "__doc__", None) or "").strip().splitlines()
            loaded = Exporter(entry_point.name, loaded, help=doc[0] if doc else "")
        _registry.setdefault(entry_point.name, loaded)


def get(name: str) -> Exporter:
    """Look up an exporter by name, raising UnknownPlugin listing the available ones."""
    _load_plugins()
    if name not in _registry:
        raise UnknownPlugin("exporter", name, available=sorted(_registry))
    return _registry[name]


def available() -> list[str]:
    """The names of every registered exporter, sorted."""
    _load_plugins()
    return sorted(_registry)
