"""Build a corpus: read every input, extract, and write the graph and its views.

``build_corpus`` is what ``kgb build`` runs. One bad document never stops a build:
its error is recorded in the build report and every other document is built.
Every output file is written to a temporary name and renamed into place, so a
reader never sees a half-written file.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

from rdflib import Dataset

from .errors import KGBuilderError
from .model import LEVELS, Extraction
from .ontology import DEFAULT_BASE, Minter
from .pipeline import extract, resolve_extractors
from .readers import iter_sources, read_document, sample_corpus
from .rdf import bind_prefixes, to_quads, union_graph, vocabulary_quads

__all__ = ["BuildResult", "InputReport", "build_corpus", "write_atomic", "propagation_csv", "OUTPUT_FILES"]

OUTPUT_FILES = ("graph.ttl", "graph.nq", "graph.html", "propagation.csv", "build-report.json")


@dataclass(frozen=True)
class InputReport:
    """What happened to one input file."""

    path: str
    id: str | None
    status: str  # "ok" or "failed"
    error: str | None = None
    facts: dict[str, int] = field(default_factory=dict)
    quads: int = 0

    def as_json(self) -> dict:
        return {"path": self.path, "id": self.id, "status": self.status, "error": self.error,
                "facts": dict(sorted(self.facts.items())), "quads": self.quads}


@dataclass
class BuildResult:
    """The outcome of a build: per-input reports, the dataset, the files written."""

    inputs: list[InputReport]
    dataset: Dataset
    extractions: list[Extraction]
    outputs: dict[str, Path]
    seconds: float

    @property
    def failed(self) -> list[InputReport]:
        return [r for r in self.inputs if r.status != "ok"]

    def summary(self) -> str:
        """The one-line summary printed at the end of ``kgb build``."""
        ok = len(self.inputs) - len(self.failed)
        triples = len(union_graph(self.dataset)) if self.outputs else 0
        return (f"built {ok}/{len(self.inputs)} documents ({len(self.failed)} failed), "
                f"{triples} triples in {self.seconds:.1f}s → {_common_dir(self.outputs)}")


def _common_dir(outputs: dict[str, Path]) -> str:
    if not outputs:
        return "(nothing written)"
    return str(next(iter(outputs.values())).parent)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file by writing a temporary sibling and renaming it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    binary = isinstance(data, bytes)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb" if binary else "w", **({} if binary else {"encoding": "utf-8", "newline": "\n"})) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def _display_path(path: Path, roots: Sequence[Path]) -> str:
    """The input's path relative to the root it was found under (no machine paths)."""
    for root in roots:
        base = root if root.is_dir() else root.parent
        try:
            # absolute(), not resolve(): a symlink loop must not raise here, and a
            # link is shown under its own name, not its target's.
            return path.absolute().relative_to(base.absolute()).as_posix()
        except ValueError:
            continue
    return path.name


def propagation_csv(graph) -> str:
    """The propagation ranking as CSV text (one row per regulation adopted from below)."""
    from .propagation import ranking_csv

    return ranking_csv(graph)


def _nquads(dataset: Dataset) -> str:
    """Canonical N-Quads: one line per quad, sorted, so equal graphs give equal files."""
    import pyoxigraph as ox

    from .store import to_oxigraph

    quads = (
        ox.Quad(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o), to_oxigraph(g.identifier if hasattr(g, "identifier") else g))
        for s, p, o, g in dataset.quads((None, None, None, None))
        if g is not None
    )
    lines = ox.serialize(quads, format=ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    return "\n".join(sorted(set(line for line in lines if line.strip()))) + "\n"


def build_corpus(
    paths: Iterable[Path] = (),
    output_dir: Path | None = Path("outputs"),
    extractor_names: Sequence[str] | None = None,
    base_iri: str = DEFAULT_BASE,
    progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None,
    on_error: Callable[[InputReport], None] | None = None,
) -> BuildResult:
    """Build the knowledge graph of the documents under ``paths``.

    Args:
        paths: files and directories (read recursively); none means the bundled
            sample corpus.
        output_dir: where to write :data:`OUTPUT_FILES`; None writes nothing.
        extractor_names: extractors to run (default: all built-in ones).
        base_iri: the base of entity IRIs.
        progress: wraps the list of input files (e.g. a progress bar).
        on_error: called with the report of each input that failed.

    Returns:
        A :class:`BuildResult`; inputs that failed are in ``result.failed``.
    """
    started = time.perf_counter()
    names = [n for n, _ in resolve_extractors(extractor_names)]
    roots = [Path(p) for p in paths] or [sample_corpus()]
    sources = list(iter_sources(roots))
    minter = Minter(base_iri)
    dataset = bind_prefixes(Dataset())
    for quad in vocabulary_quads(minter):
        dataset.add(quad)
    reports: list[InputReport] = []
    extractions: list[Extraction] = []
    for path in (progress(sources) if progress else sources):
        shown = _display_path(path, roots)
        try:
            document = read_document(path)
            extraction = extract(document, names)
            quads = to_quads(extraction, minter)
        except KGBuilderError as error:
            report = InputReport(shown, path.stem, "failed", str(error))
        except (RecursionError, MemoryError, ValueError, UnicodeError) as error:
            report = InputReport(shown, path.stem, "failed", f"{path}: {type(error).__name__}: {error}")
        else:
            for quad in quads:
                dataset.add(quad)
            extractions.append(extraction)
            report = InputReport(shown, document.id, "ok", None,
                                 dict(Counter(f.predicate for f in extraction.facts)), len(quads))
        if report.status != "ok" and on_error:
            on_error(report)
        reports.append(report)
    outputs: dict[str, Path] = {}
    if output_dir is not None:
        output_dir = Path(output_dir)
        union = union_graph(dataset)
        from .visualize import render_html

        contents = {
            "graph.ttl": union.serialize(format="turtle"),
            "graph.nq": _nquads(dataset),
            "graph.html": render_html(union, title=f"kg_builder: {len(extractions)} documents"),
            "propagation.csv": propagation_csv(union),
            "build-report.json": json.dumps(
                {"inputs": [r.as_json() for r in reports],
                 "summary": {"inputs": len(reports), "ok": sum(r.status == "ok" for r in reports),
                             "failed": sum(r.status != "ok" for r in reports),
                             "extractors": names, "base_iri": base_iri}},
                ensure_ascii=False, indent=2) + "\n",
        }
        for name in OUTPUT_FILES:
            target = output_dir / name
            write_atomic(target, contents[name])
            outputs[name] = target
    return BuildResult(reports, dataset, extractions, outputs, time.perf_counter() - started)
