"""Build a corpus: read every input, extract, store, and write the graph and its views.

``build_corpus`` is what ``kgb build`` runs. Documents are extracted by an
engine (this process, a pool of worker processes, or a Dask cluster) and loaded
into an Oxigraph store, one named graph per document, one transaction per batch
of whole documents; the output files are then written from the store.

* One bad document never stops a build: its error is recorded in the build
  report and every other document is built.
* A persistent store (``store=``) makes builds incremental: a document whose
  content hash is stored is skipped; a changed document (same source path
  relative to its corpus root, new content) replaces its old graph. Documents
  that only share a file stem (``a/report.txt``, ``b/report.txt``) both stay. A build killed at any point leaves every document
  wholly in the store or wholly out of it, and running it again resumes.
* Every output file is written to a temporary name and renamed into place, so a
  reader never sees a half-written file; the files are deterministic (sorted
  N-Quads, Turtle written from sorted triples, no timestamps or machine paths).
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import json
import os
import pickle
import shutil
import subprocess
import sys
import tempfile
import time
import weakref
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Callable, Collection, Iterable, Iterator, Sequence

from .errors import KGBuilderError
from .entity_graph import description_key, is_described
from .inputs import InputList, SeenInputs, source_path, stamped_outcomes
from .ontology import DEFAULT_BASE, DIVISIONS_GRAPH, ENTITIES_GRAPH, PREFIXES, Minter
from .pipeline import (DEFAULT_TIME_LIMIT, DocumentOutcome, Job, resolve_extractors, run_dask, run_local,
                       run_serial)
from .readers import sample_corpus
from .scratch import scratch_directory
from .rdf import bind_prefixes, vocabulary_quads
from .stamps import InputStamps, code_fingerprint
from .store import GraphStore, from_oxigraph

__all__ = [
    "BuildResult", "InputReport", "InputReports", "build_corpus", "source_path", "write_outputs", "write_report", "write_atomic", "write_atomic_text", "propagation_csv",
    "OUTPUT_FILES", "OUTPUT_NAMES", "BuildError",
]

OUTPUT_FILES = ("graph.ttl", "graph.nq", "graph.html", "propagation.csv", "build-report.json")

#: Short names of the outputs (``kgb build --outputs nq,report``) and their files.
OUTPUT_NAMES = {"ttl": "graph.ttl", "nq": "graph.nq", "html": "graph.html", "rank": "propagation.csv",
                "report": "build-report.json"}

#: Below this much input, a build without ``store=`` keeps its store in memory
#: (Oxigraph in memory loads 4-5x faster than on disk; 32 MB of text is about
#: 2,000 documents and 2-3 GB of store). Above it, a temporary store on disk
#: keeps memory flat.
MEMORY_STORE_LIMIT = 32 * 2**20

#: N-Quads bytes and documents loaded into the store per transaction (whole documents only).
_LOAD_BATCH = 4 * 2**20
_LOAD_DOCUMENTS = 32

#: N-Quads bytes per call of Oxigraph's bulk loader (new or empty stores on disk).
_BULK_BATCH = 64 * 2**20

#: Lines sorted in memory at once when writing graph.nq without GNU sort; more spill to sorted runs on disk.
_SORT_CHUNK = 256 * 2**20

#: GNU sort's buffer when writing graph.nq (it takes no more than its input needs). The
#: N-Quads of 2,000 documents (390 MB) fit: no runs written to disk and merged again.
_SORT_BUFFER = 512 * 2**20

#: Sorted lines read at once when writing the distinct triples.
_TRIPLES_BLOCK = 4 * 2**20


class BuildError(KGBuilderError):
    """A build cannot run at all (a store that cannot be opened, a bad engine ...)."""


@dataclass(frozen=True)
class InputReport:
    """What happened to one input file: ok, skipped (and why) or failed (and why)."""

    path: str
    id: str | None
    status: str  # "ok", "skipped" or "failed"
    reason: str | None = None
    facts: dict[str, int] = field(default_factory=dict)
    quads: int = 0

    @property
    def error(self) -> str | None:
        """Why the input failed (None unless it did)."""
        return self.reason if self.status == "failed" else None

    def as_json(self) -> dict:
        return {"path": self.path, "id": self.id, "status": self.status, "reason": self.reason,
                "facts": dict(sorted(self.facts.items())), "quads": self.quads}


class InputReports:
    """The reports of a build's inputs, in input order: the latest few thousand in memory, the rest on disk.

    A list of 10^5 reports takes 53 MB (10^6 inputs, half a gigabyte); this
    takes a few MB whatever the corpus, and is read back (in order, by
    iterating) from an anonymous temporary file that goes with it. Appending
    also keeps the count of each status.
    """

    #: Reports held in memory before they go to disk, a batch at a time.
    BATCH = 4096

    def __init__(self, reports: Iterable[InputReport] = ()):
        self._file: IO[bytes] | None = None
        self._batches: list[int] = []  # where each batch written to the file starts
        self._recent: list[InputReport] = []
        self._count = 0
        self._statuses: Counter[str] = Counter()
        for report in reports:
            self.append(report)

    def append(self, report: InputReport) -> None:
        self._recent.append(report)
        self._count += 1
        self._statuses[report.status] += 1
        if len(self._recent) >= self.BATCH:
            if self._file is None:
                self._file = tempfile.TemporaryFile(prefix="kgb-reports-")
                weakref.finalize(self, self._file.close)  # the file goes with the reports
            self._batches.append(self._file.seek(0, os.SEEK_END))
            pickle.dump(self._recent, self._file, protocol=pickle.HIGHEST_PROTOCOL)
            self._recent = []

    def count(self, status: str) -> int:
        """How many inputs have this status ("ok", "skipped" or "failed")."""
        return self._statuses[status]

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[InputReport]:
        for start in list(self._batches):
            assert self._file is not None
            self._file.seek(start)
            yield from pickle.load(self._file)
        yield from list(self._recent)

    def __repr__(self) -> str:
        return f"InputReports({self._count} inputs: {dict(self._statuses)})"


@dataclass
class BuildResult:
    """The outcome of a build: per-input reports, the store, the files written."""

    inputs: InputReports | list[InputReport]
    outputs: dict[str, Path]
    seconds: float
    documents: int = 0  # documents in the store after the build
    quads: int = 0  # quads in the store after the build
    store: GraphStore | None = None  # the store, unless it was a temporary one on disk
    #: Outputs not written again: they were written from the store as it still is (see OUTPUTS_RECORD).
    current: tuple[str, ...] = ()
    _dataset: object = field(default=None, repr=False)

    @property
    def failed(self) -> list[InputReport]:
        return [r for r in self.inputs if r.status == "failed"]

    @property
    def skipped(self) -> list[InputReport]:
        return [r for r in self.inputs if r.status == "skipped"]

    @property
    def built(self) -> list[InputReport]:
        return [r for r in self.inputs if r.status == "ok"]

    @property
    def dataset(self):
        """The graph as an rdflib Dataset (in memory: meant for small graphs and tests)."""
        if self._dataset is None:
            from rdflib import Dataset

            dataset = bind_prefixes(Dataset())
            if self.store is not None:
                for s, p, o, g in self.store.quads():
                    dataset.add((s, p, o, g))
            elif "graph.nq" in self.outputs:
                dataset.parse(self.outputs["graph.nq"], format="nquads")
            else:
                raise BuildError("the build kept neither its store nor graph.nq: no dataset to read")
            self._dataset = dataset
        return self._dataset

    def summary(self) -> str:
        """The one-line summary printed at the end of ``kgb build``."""
        kept = f" ({', '.join(self.current)} up to date: the store has not changed)" if self.current else ""
        if isinstance(self.inputs, InputReports):
            built, skipped, failed = (self.inputs.count(status) for status in ("ok", "skipped", "failed"))
        else:
            built, skipped, failed = len(self.built), len(self.skipped), len(self.failed)
        return (f"built {built}, skipped {skipped}, failed {failed} "
                f"of {len(self.inputs)} inputs; the graph holds {self.documents} documents, "
                f"{self.quads} quads; {self.seconds:.1f}s → {_common_dir(self.outputs)}{kept}")


def _common_dir(outputs: dict[str, Path]) -> str:
    if not outputs:
        return "(nothing written)"
    return str(next(iter(outputs.values())).parent)


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write a file by writing a temporary sibling and renaming it into place."""
    with _atomic(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)


def write_atomic_text(path: Path, write: Callable[[IO[str]], None]) -> None:
    """Write a UTF-8 text file piece by piece, ``write(handle)``, atomically as :func:`write_atomic`.

    The text never has to be one string in memory. The file appears whole or not
    at all: when ``write`` raises, the temporary sibling is removed and a file
    already at ``path`` is left as it was. Lines end as written (no newline translation).
    """
    import io

    with _atomic(path) as raw:
        handle = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        try:
            write(handle)
        finally:
            handle.detach()  # flushes what is buffered; the raw handle is _atomic's to close


class _atomic:
    """A binary file handle on a temporary sibling of ``path``, renamed onto it on success."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def __enter__(self) -> IO[bytes]:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        self.handle = os.fdopen(fd, "wb")
        return self.handle

    def __exit__(self, kind, value, traceback) -> None:
        try:
            if kind is None:
                self.handle.flush()
                os.fsync(self.handle.fileno())
            self.handle.close()
            if kind is None:
                os.chmod(self.tmp, 0o644)
                os.replace(self.tmp, self.path)
        finally:
            if os.path.exists(self.tmp):
                os.unlink(self.tmp)


def propagation_csv(graph, rows=None) -> str:
    """The propagation ranking (``rows``, if known) as CSV text (one row per regulation adopted from below)."""
    from .propagation import ranking_csv

    return ranking_csv(graph, rows=rows)


# -- the store ---------------------------------------------------------------------------------

class _StoreWriter:
    """Loads built documents into the store, whole documents at a time.

    Each document's named graph holds its ``kgb:contentHash``, and a document
    counts as stored only when that quad is there.

    * Transactional (``bulk=False``): a batch of whole documents per
      transaction, so a build killed between two batches leaves the store
      consistent and the next build skips what is there.
    * Bulk (``bulk=True``, a new or empty store on disk): Oxigraph's bulk
      loader, several times less CPU per quad, in big batches (its cost per
      call is high), but not transactional. Each document's ``kgb:contentHash``
      line is held back and loaded with the *next* batch, after the call that
      loaded the rest of its graph returned: a hash in the store means the
      whole graph is there. A killed load leaves graphs without a hash, which
      the next build removes (:meth:`GraphStore.remove_incomplete`) and
      rebuilds.

    The divisions a document names are described once, in the divisions graph
    (:mod:`.division_graph`), and so are its agencies, initiatives and
    regulations, in the entities graph (:mod:`.entity_graph`): those not
    described yet are loaded with the first document that names them, in the
    same transaction or bulk call, so a stored document never lacks them.
    """

    def __init__(self, store: GraphStore, bulk: bool = False, spill: IO[bytes] | None = None,
                 minter: Minter | None = None):
        import pyoxigraph as ox

        from .division_graph import held_divisions

        self.store = store
        self.bulk = bulk
        self.minter = minter or Minter()
        oxstore = getattr(store, "store", None)
        # Codes of the divisions described in the store, and of those to load with the pending documents.
        self.divisions: set[str] = held_divisions(oxstore) if isinstance(oxstore, ox.Store) else set()
        self.new_divisions: set[str] = set()
        # Digests of the entities known to be described (entity_graph.entity_key: a few bytes
        # each, not their descriptions), and the descriptions to load with the pending documents.
        # A store that already describes entities is asked about each one the new documents
        # name (a lookup), instead of listing them all: 4.6 s at 10^5 documents.
        self.entities: set[int] = set()
        self.look_up = isinstance(oxstore, ox.Store) and oxstore.contains_named_graph(ox.NamedNode(str(ENTITIES_GRAPH)))
        self.new_entities: list[bytes] = []
        self.removed = False  # whether a stored graph was replaced (what it named may be needed no more)
        self.pending: list[DocumentOutcome] = []
        self.size = 0
        self.markers: list[bytes] = []  # content hash lines of documents loaded by the last bulk call
        # Every loaded document's N-Quads, as the store writes them back, so the outputs
        # need not read them out of the store again (see write_outputs).
        self.spill = spill
        self.spilled: set[str] = set()

    def add(self, outcome: DocumentOutcome) -> None:
        self.pending.append(outcome)
        self.size += len(outcome.data)
        for code in outcome.divisions:
            if code not in self.divisions:
                self.divisions.add(code)
                self.new_divisions.add(code)
        for description in outcome.entities:
            key = description_key(description)
            if key not in self.entities:
                self.entities.add(key)
                if not (self.look_up and is_described(self.store.store, description)):
                    self.new_entities.append(description)
        if self.bulk:
            if self.size >= _BULK_BATCH:
                self.flush()
        elif self.size >= _LOAD_BATCH or len(self.pending) >= _LOAD_DOCUMENTS:
            self.flush()

    def flush(self) -> None:
        """Load the pending documents (in bulk mode, their hashes wait for the next call or :meth:`close`)."""
        if not self.pending:
            return
        import pyoxigraph as ox

        from rdflib import URIRef

        from .division_graph import division_nquads

        if not self.bulk:  # what the store's quad count follows (a bulk load is counted after)
            self.store.touch([*(o.graph for o in self.pending), DIVISIONS_GRAPH, ENTITIES_GRAPH])
        for outcome in self.pending:
            # A graph by this name without its hash (written by an older tool): replace it.
            self.removed |= self.store.remove_document(URIRef(outcome.graph), sync=False)
        divisions = division_nquads(self.new_divisions, self.minter) + b"".join(self.new_entities)
        self.new_divisions, self.new_entities = set(), []
        oxstore = getattr(self.store, "store", None)
        if self.spill is not None and isinstance(oxstore, ox.Store):
            for outcome in self.pending:
                self.spill.write(outcome.data)
                self.spilled.add(outcome.graph)
        if not isinstance(oxstore, ox.Store):  # any other GraphStore: its public API, one document at a time
            for outcome in self.pending:
                # The graph as it stands alone, with its divisions and entities: the store puts
                # them in their graphs.
                data = outcome.data + division_nquads(outcome.divisions, self.minter) + b"".join(outcome.entities)
                quads = [tuple(from_oxigraph(t) for t in (q.subject, q.predicate, q.object, q.graph_name))
                         for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)]
                self.store.replace_document(URIRef(outcome.graph), quads)
        elif self.bulk:
            parts, markers = [], []
            for outcome in self.pending:
                body, marker = _split_marker(outcome)
                parts.append(body)
                markers.append(marker)
            # The divisions and entities come in the same call as the documents that name them, before
            # those documents' hashes (which wait for the next call).
            oxstore.bulk_load(b"".join([*self.markers, divisions, *parts]), format=ox.RdfFormat.N_QUADS,
                              lenient=True)
            self.markers = markers
        else:
            # One transaction for the batch; our own serializer wrote the data, so skip re-validation.
            oxstore.load(b"".join([divisions, *(o.data for o in self.pending)]), format=ox.RdfFormat.N_QUADS,
                         lenient=True)
        self.pending.clear()
        self.size = 0

    def close(self) -> None:
        """Load what is pending, then the last held-back hashes (one small transaction)."""
        self.flush()
        if self.markers:
            import pyoxigraph as ox

            self.store.store.load(b"".join(self.markers), format=ox.RdfFormat.N_QUADS, lenient=True)
            self.markers = []


_CONTENT_HASH = b" <https://w3id.org/kg-builder/ontology#contentHash> \""


def _split_marker(outcome: DocumentOutcome) -> tuple[bytes, bytes]:
    """A document's N-Quads without its ``kgb:contentHash`` line, and that line."""
    data = outcome.data
    head = b"<" + outcome.graph.encode("utf-8") + b">" + _CONTENT_HASH
    at = data.find(head)
    if at < 0 or (at > 0 and data[at - 1] != 0x0A):
        raise BuildError(f"{outcome.shown}: its graph has no kgb:contentHash")
    end = data.index(b"\n", at) + 1
    return data[:at] + data[end:], data[at:end]


def _open_store(store: GraphStore | Path | str | None, total_bytes: int, scratch: Path) -> GraphStore:
    if isinstance(store, GraphStore):
        return store
    try:
        if store is not None:
            return GraphStore(Path(store))
        if total_bytes <= MEMORY_STORE_LIMIT:
            return GraphStore(None)
        return GraphStore(scratch / "store")
    except (OSError, RuntimeError) as error:  # RocksDB reports corruption as RuntimeError
        raise BuildError(f"{store}: cannot open the store: {error}") from None


# -- the build ---------------------------------------------------------------------------------

def build_corpus(
    paths: Iterable[Path] = (),
    output_dir: Path | None = Path("outputs"),
    extractor_names: Sequence[str] | None = None,
    base_iri: str = DEFAULT_BASE,
    progress: Callable[[Iterator[DocumentOutcome], int], Iterable[DocumentOutcome]] | None = None,
    on_error: Callable[[InputReport], None] | None = None,
    *,
    store: GraphStore | Path | str | None = None,
    jobs: int = 1,
    engine: str = "local",
    scheduler=None,
    outputs: Iterable[str] = OUTPUT_FILES,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
    rehash: bool = False,
) -> BuildResult:
    """Build the knowledge graph of the documents under ``paths``.

    Args:
        paths: files and directories (read recursively); none means the bundled
            sample corpus.
        output_dir: where to write the outputs; None writes nothing.
        extractor_names: extractors to run (default: all built-in ones).
        base_iri: the base of entity IRIs.
        progress: called with the iterator of per-input outcomes and their
            number; returns it wrapped (e.g. in a progress bar).
        on_error: called with the report of each input that failed.
        store: a persistent store (a directory or a :class:`GraphStore`):
            documents already stored are skipped, changed ones replaced, and the
            outputs describe everything in the store. None builds in a
            temporary store (in memory for small corpora, on disk otherwise).
        jobs: worker processes for extraction (``engine="local"``); 1 extracts
            in this process.
        engine: ``"local"`` or ``"dask"``.
        scheduler: with ``engine="dask"``, the scheduler address
            (``tcp://host:8786``) or a ``distributed.Client``.
        outputs: the files to write, among :data:`OUTPUT_FILES`.
        time_limit: seconds a document's extraction may take before that
            document fails (None: no limit; see :func:`.pipeline.time_limit`).
        rehash: with a persistent ``store``, read and hash every input even when
            its stamp (size, times, inode) is the one the store's last reading of
            it recorded (see :mod:`.stamps`); without, such an input whose
            content the store holds is skipped unread.

    Returns:
        A :class:`BuildResult`; inputs that failed are in ``result.failed``.

    Raises:
        BuildError: the store cannot be opened or the engine is unknown.
    """
    started = time.perf_counter()
    names = tuple(n for n, _ in resolve_extractors(extractor_names))
    wanted = [name for name in OUTPUT_FILES if name in set(outputs)]
    if engine not in ("local", "dask"):
        raise BuildError(f"unknown engine {engine!r}; available: local, dask")
    if engine == "dask" and scheduler is None:
        raise BuildError("the dask engine needs a scheduler address (tcp://host:8786)")
    roots = [Path(p) for p in paths] or [sample_corpus()]
    sources = InputList(roots)
    total_bytes = sources.bytes
    minter = Minter(base_iri)
    with scratch_directory("build") as scratch:
        graph_store = _open_store(store, total_bytes, Path(scratch))
        resuming = graph_store.bulk_load_unfinished
        if resuming:  # a bulk load was killed: drop the documents it left without their hash
            graph_store.remove_incomplete(_document_prefix(minter))
            # ... and make the divisions and entities graphs whole again: only what the documents
            # kept name, each description complete (the killed call may have written part of one).
            graph_store.sync_shared(minter, everywhere=True)
        # What is stored is read as little as an update needs: the content hashes (to skip
        # what is there), then only the stored versions of the sources this build sees.
        stored = frozenset(graph_store.content_hashes())  # one set, the job's too (15 MB at 10^5)
        # On disk, a new or empty store (or one whose bulk load was killed) is bulk-loaded;
        # a store with documents is updated in transactions. In memory, transactions are faster.
        bulk = graph_store.path is not None and (not stored or resuming)
        spill = Path(scratch) / "loaded.nq"
        graph_outputs = output_dir is not None and bool({"graph.nq", "graph.ttl", "graph.html",
                                                          "propagation.csv"} & set(wanted))
        # The store's quad count follows the writes (a full count is a scan: 15 s at 10^5 documents).
        with graph_store.counting(scan=bulk), open(spill if graph_outputs else os.devnull, "wb") as handle, \
                contextlib.ExitStack() as stack:
            graph_store.ensure_vocabulary(vocabulary_quads(minter))
            job = Job(names, base_iri, stored, time_limit)

            def run(chosen: Iterable[tuple], count: int) -> Iterator[DocumentOutcome]:
                if engine == "dask":
                    return run_dask(chosen, job, scheduler)
                if jobs > 1 and count > jobs:
                    return run_local(chosen, job, jobs)
                return run_serial(chosen, job)

            if graph_store.path is not None and store is not None and not graph_store.read_only:
                stamps = stack.enter_context(InputStamps(graph_store.path))
                outcomes = stamped_outcomes(sources, roots, stamps, job.known, run, _document_prefix(minter),
                                            rehash=rehash)
            else:
                outcomes = run(sources.to_read(), len(sources))
            if bulk:
                graph_store.begin_bulk_load()
            reports, spilled = _load(graph_store, outcomes if progress is None else progress(outcomes, len(sources)),
                                     stored, on_error, bulk=bulk, spill=handle if graph_outputs else None,
                                     minter=minter)
            if bulk:
                graph_store.end_bulk_load()
                if store is not None:  # kept for queries (a temporary store is read once, in order)
                    graph_store.optimize()
        written: dict[str, Path] = {}
        current: dict[str, list[int]] = {}
        documents = graph_store.document_count()
        quads = graph_store.quad_count()
        if output_dir is not None and wanted:
            # What a build wrote from the store as it still is need not be written again
            # (at 10^5 documents graph.nq, graph.ttl and the views take most of an hour).
            persistent = store is not None and graph_store.path is not None
            current = current_outputs(graph_store, Path(output_dir)) if persistent else {}
            summary = {"inputs": len(reports), "ok": reports.count("ok"), "skipped": reports.count("skipped"),
                       "failed": reports.count("failed"),
                       "extractors": list(names), "base_iri": base_iri,
                       "graph": {"documents": documents, "quads": quads}}
            report = {"inputs": reports, "summary": summary}  # entries written one at a time
            written = write_outputs(graph_store, Path(output_dir), [n for n in wanted if n not in current],
                                    report=report, title=f"kg_builder: {documents} documents",
                                    scratch=Path(scratch), loaded=(spill, spilled) if graph_outputs else None)
            _record_outputs(graph_store if persistent else None, Path(output_dir), current, written)
            written.update((name, Path(output_dir) / name) for name in wanted if name in current)
        kept = graph_store if (store is not None or graph_store.path is None) else None
        if kept is None:
            graph_store.flush()
            del graph_store  # close the temporary store before its directory goes
    return BuildResult(reports, written, time.perf_counter() - started, documents, quads, kept,
                       tuple(name for name in wanted if name in current))


def _document_prefix(minter: Minter) -> str:
    """The start of every document graph's IRI under this minter's base."""
    return str(minter.document("0" * 16))[:-16]


def _load(store: GraphStore, outcomes: Iterable[DocumentOutcome], stored: Collection[str],
          on_error: Callable[[InputReport], None] | None, bulk: bool = False, spill: IO[bytes] | None = None,
          minter: Minter | None = None) -> tuple[InputReports, set[str]]:
    """Load built documents into the store, in input order; one report per input, and the graphs spilled.

    With ``spill``, every loaded document's N-Quads are also written there.

    Then remove the stale graphs: stored versions of a document this build saw
    with other content (same source path, another hash). The source path (see
    :func:`source_path`), not the id (the file stem), identifies a document:
    ``a/report.txt`` and ``b/report.txt`` are two documents, built together or
    in turn. Divisions and entities that only removed graphs named leave the divisions and
    entities graphs.
    """
    from rdflib import URIRef

    writer = _StoreWriter(store, bulk, spill, minter)
    reports = InputReports()
    with contextlib.closing(SeenInputs()) as seen:
        removed = _take(outcomes, writer, reports, seen, on_error)
        # Stale versions were stored before this build: what it loaded has a hash it saw.
        if stored:
            for graph in store.stale_versions(seen):
                removed |= store.remove_document(URIRef(graph), sync=False)
    if removed:
        store.sync_shared()
    return reports, writer.spilled


def _take(outcomes: Iterable[DocumentOutcome], writer: _StoreWriter, reports: InputReports, seen: SeenInputs,
          on_error: Callable[[InputReport], None] | None) -> bool:
    """Give each built document to the writer and report on every input, in input order.

    Returns whether a stored graph was replaced.
    """
    for outcome in outcomes:
        first = None
        if outcome.content_hash and outcome.status != "failed":
            first = seen.add(outcome.content_hash, outcome.shown, outcome.source or outcome.shown)
        if first is not None:
            report = InputReport(outcome.shown, outcome.id, "skipped", f"same content as {first}")
        elif outcome.status == "ok":
            writer.add(outcome)
            # Each outcome comes unpickled with its own copies of the predicate names:
            # one shared copy halves what 10^5 reports hold (105 -> 53 MB).
            facts = {sys.intern(name): count for name, count in outcome.facts}
            report = InputReport(outcome.shown, outcome.id, "ok", None, facts, outcome.quads)
        else:
            report = InputReport(outcome.shown, outcome.id, outcome.status, outcome.reason)
        if report.status == "failed" and on_error:
            on_error(report)
        reports.append(report)
    writer.close()
    return writer.removed


# -- outputs ------------------------------------------------------------------------------------

#: In the output folder: which store (and which state of it, see :meth:`GraphStore.state`) and
#: which kg_builder the graph files and views there were written from, with each file's size and
#: modification time then.
OUTPUTS_RECORD = ".kgb-outputs.json"

#: The outputs that describe the store (the report describes one build's inputs).
STORE_OUTPUTS = ("graph.ttl", "graph.nq", "graph.html", "propagation.csv")


def current_outputs(store: GraphStore, output_dir: Path) -> dict[str, list[int]]:
    """The outputs in ``output_dir`` written from ``store`` as it is now, untouched since; name -> [size, mtime].

    They are current when the folder's record names this store, its present
    state, and this kg_builder (its code, so an upgrade writes them again), and
    each file still has the size and modification time it had when written.
    A store without a known state (in memory, or written outside kg_builder's
    counted writes) has none.
    """
    state = store.state()
    if state is None:
        return {}
    try:
        record = json.loads((output_dir / OUTPUTS_RECORD).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if (not isinstance(record, dict) or record.get("state") != state or record.get("store") != str(store.path.resolve())
            or record.get("code") != code_fingerprint() or not isinstance(record.get("files"), dict)):
        return {}
    current = {}
    for name in STORE_OUTPUTS:
        try:
            info = (output_dir / name).stat()
        except OSError:
            continue
        if record["files"].get(name) == [info.st_size, info.st_mtime_ns]:
            current[name] = [info.st_size, info.st_mtime_ns]
    return current


def _record_outputs(store: GraphStore | None, output_dir: Path, current: dict[str, list[int]],
                    written: dict[str, Path]) -> None:
    """Note which store state the graph files and views in ``output_dir`` describe (see :func:`current_outputs`).

    Without a (persistent) store, the record goes: the files describe a store that is gone.
    """
    files = dict(current)
    for name, path in written.items():
        if name in STORE_OUTPUTS:
            info = path.stat()
            files[name] = [info.st_size, info.st_mtime_ns]
    state = store.state() if store is not None else None
    if state is None or not files:
        (output_dir / OUTPUTS_RECORD).unlink(missing_ok=True)
        return
    write_atomic(output_dir / OUTPUTS_RECORD, json.dumps(
        {"store": str(store.path.resolve()), "state": state, "code": code_fingerprint(), "files": files}, indent=1))


def write_outputs(store: GraphStore, output_dir: Path, names: Iterable[str] = OUTPUT_FILES, *,
                  report: dict | None = None, title: str = "kg_builder", scratch: Path | None = None,
                  loaded: tuple[Path, set[str]] | None = None) -> dict[str, Path]:
    """Write the chosen output files describing everything in ``store``.

    graph.nq is every quad, one per line, sorted (by GNU sort, or in Python
    where there is none); graph.ttl is the union of the document graphs written
    by Oxigraph from sorted, distinct triples, cut from graph.nq's lines;
    graph.html and propagation.csv read the fact predicates from the store in
    place (not provenance), and the page holds at most 5,000 nodes.

    ``loaded`` is a file of N-Quads (as the store writes them) and the named
    graphs it holds whole: those graphs are read from the file, the rest from
    the store. Reading quads back out of an on-disk store costs about as much
    CPU as loading them, so a build passes what it loaded.

    Returns:
        Output file name -> path written.
    """
    names = [name for name in OUTPUT_FILES if name in set(names)]
    output_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    with tempfile.TemporaryDirectory(prefix="kgb-outputs-", dir=scratch) as tmp:
        tmp = Path(tmp)
        if {"graph.nq", "graph.ttl"} & set(names):
            # One sort feeds both files: graph.nq is its output, and the Turtle is
            # written from the distinct triples of graph.nq's lines, already in order.
            ordered = output_dir / "graph.nq" if "graph.nq" in names else tmp / "sorted.nq"
            with _atomic(ordered) if "graph.nq" in names else open(ordered, "wb") as nq:
                named = _write_sorted_quads(store, nq, tmp, loaded)
            if "graph.nq" in names:
                written["graph.nq"] = ordered
            if "graph.ttl" in names:
                import pyoxigraph as ox

                triples = itertools.chain.from_iterable(ox.parse(block, format=ox.RdfFormat.N_TRIPLES, lenient=True)
                                                        for block in _distinct_triples(ordered, named))
                with _atomic(output_dir / "graph.ttl") as ttl:
                    ox.serialize(triples, ttl, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES)
                written["graph.ttl"] = output_dir / "graph.ttl"
        # The views read the store in place, predicate by predicate: no copy of the
        # graph is parsed into memory again. Both rest on the citation network and its
        # ranking, computed once for the two.
        views = {"graph.html", "propagation.csv"} & set(names)
        if views:
            from .propagation import network_of, rank

            # One network for both, with the initiatives' mentions edges: the page places each
            # initiative at its origin level, as `kgb viz` and `kgb rank --by initiative` do.
            network = network_of(store)
            ranking = rank(network)
            if "graph.html" in views:
                from .visualize import render_html

                page = render_html(store, title=title, network=network, ranking=ranking)
                write_atomic(output_dir / "graph.html", page)
                written["graph.html"] = output_dir / "graph.html"
            if "propagation.csv" in views:
                from .propagation import write_ranking_csv

                # Row by row: at 10^5 documents the records and the text at once took hundreds of MB.
                write_atomic_text(output_dir / "propagation.csv",
                                  lambda out: write_ranking_csv(out, network, rows=ranking))
                written["propagation.csv"] = output_dir / "propagation.csv"
            # A networkx graph is a reference cycle (its cached views point back at it),
            # so the network that read the store, and with it the store's lock, is freed
            # only by the collector: collect now, so the store can be opened again.
            del network, ranking
            import gc

            gc.collect()
        if "build-report.json" in names and report is not None:
            write_report(output_dir / "build-report.json", report)
            written["build-report.json"] = output_dir / "build-report.json"
    return {name: written[name] for name in OUTPUT_FILES if name in written}


def write_report(path: Path, report: dict) -> None:
    """Write ``report`` as ``json.dumps(report, ensure_ascii=False, indent=2)`` would, one input at a time.

    Its ``"inputs"`` may hold :class:`InputReport` objects or their JSON dicts. At
    10^5 inputs, the whole report as Python objects and one string took 337 MiB at
    the end of a build; written entry by entry it takes a few kilobytes more
    than the list of reports itself. The file is replaced atomically.
    """
    def dumped(value, indent: str) -> bytes:
        return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + indent).encode()

    items = list(report.items())
    with _atomic(path) as out:
        out.write(b"{")
        for number, (key, value) in enumerate(items):
            out.write(b"\n  " + dumped(key, "") + b": ")
            if key == "inputs":  # a list or InputReports: one entry at a time
                out.write(b"[")
                index = -1
                for index, entry in enumerate(value):
                    entry = entry.as_json() if isinstance(entry, InputReport) else entry
                    out.write((b",\n    " if index else b"\n    ") + dumped(entry, "    "))
                out.write(b"\n  ]" if index >= 0 else b"]")
            else:
                out.write(dumped(value, "  "))
            if number < len(items) - 1:
                out.write(b",")
        out.write(b"\n}\n" if items else b"}\n")


def _write_sorted_quads(store: GraphStore, nq: IO[bytes], tmp: Path,
                        loaded: tuple[Path, set[str]] | None = None) -> bool:
    """Every quad of the store into ``nq`` as distinct N-Quads lines in byte order.

    The loaded documents are sorted straight from their file (not copied
    first), together with a small file of what only the store holds.

    Returns:
        Whether every quad is in a graph named by an IRI (the default graph is
        empty), so that every line ends with ``<graph> .``.
    """
    import pyoxigraph as ox

    oxstore = getattr(store, "store", None)
    sources = []
    named = True
    if isinstance(oxstore, ox.Store):
        graphs = {g.value if isinstance(g, ox.NamedNode) else g for g in oxstore.named_graphs()}
        named = (all(isinstance(g, str) for g in graphs)
                 and next(iter(oxstore.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None)
        if loaded is not None and loaded[1] <= graphs:
            # The loaded documents from the file, every other graph (the vocabulary,
            # documents stored by earlier builds) and the default graph from the store.
            sources.append(loaded[0])
            with open(tmp / "stored.nq", "wb") as handle:
                for graph in [ox.DefaultGraph(), *sorted((g for g in graphs if g not in loaded[1]), key=str)]:
                    name = ox.NamedNode(graph) if isinstance(graph, str) else graph
                    ox.serialize(oxstore.quads_for_pattern(None, None, None, name), handle,
                                 format=ox.RdfFormat.N_QUADS)
        else:
            oxstore.dump(str(tmp / "stored.nq"), format=ox.RdfFormat.N_QUADS)
    else:
        from .store import to_oxigraph

        def quads() -> Iterator[ox.Quad]:
            nonlocal named
            for q in store.quads():
                if q[3] is not None:
                    quad = ox.Quad(*(to_oxigraph(t) for t in q[:3]), to_oxigraph(q[3]))
                    named = named and isinstance(quad.graph_name, ox.NamedNode)
                    yield quad

        with open(tmp / "stored.nq", "wb") as handle:
            ox.serialize(quads(), handle, format=ox.RdfFormat.N_QUADS)
    sources.append(tmp / "stored.nq")
    _sort_unique(sources, nq, tmp)
    (tmp / "stored.nq").unlink()
    return named


def _distinct_triples(path: Path, named: bool = False) -> Iterator[bytes]:
    """The distinct triples of a file of sorted N-Quads lines, in order, as blocks of N-Triples.

    In sorted N-Quads the quads of one triple are adjacent (a term is never a
    prefix of another term followed by a space), and dropping the graph keeps
    the order, so the union's distinct triples come out of one pass, a block
    of lines at a time: split, joined and compared by bytes methods, one cut
    per line. ``named``: every line ends with ``<graph> .`` (no quad is in the
    default graph or a graph named by a blank node).
    """
    previous = b""
    rest = b""
    with open(path, "rb") as handle:
        while chunk := handle.read(_TRIPLES_BLOCK):
            block = rest + chunk
            cut = block.rfind(b"\n") + 1
            rest = block[cut:]
            if cut:
                triples = _block_triples(block[:cut], previous, named)
                if triples:
                    previous = triples[-1]
                    yield b" .\n".join(triples) + b" .\n"
    if rest:  # a last line without its newline
        triples = _block_triples(rest + b"\n", previous, named)
        if triples:
            yield b" .\n".join(triples) + b" .\n"


def _block_triples(block: bytes, previous: bytes, named: bool) -> list[bytes]:
    """The distinct triples (``s p o``, without `` .``) of whole N-Quads lines, in order, without ``previous``.

    ``previous`` is the triple before the block; ``named``: every line ends with ``<graph> .``.
    """
    lines = block.split(b"\n")
    lines.pop()
    if named:  # cut ` <graph> .` (an IRI has no space)
        triples = [line.rsplit(b" ", 2)[0] for line in lines]
    else:
        triples = [_line_triple(line) for line in lines]
    distinct = [triple for triple, _ in itertools.groupby(triples)]
    if distinct and distinct[0] == previous:
        del distinct[0]
    return distinct


def _line_triple(line: bytes) -> bytes:
    """The triple (``s p o``) of one N-Quads line without its newline, in any graph, the default one too."""
    import pyoxigraph as ox

    quad = next(iter(ox.parse(line + b"\n", format=ox.RdfFormat.N_QUADS, lenient=True)))
    if isinstance(quad.graph_name, ox.DefaultGraph):
        return line[: -len(b" .")]
    return line[: -len(f" {quad.graph_name} .".encode())]


def _sort_unique(sources: Sequence[Path], target: IO[bytes], tmp: Path) -> None:
    """The distinct lines of the files ``sources`` in byte order, into ``target``.

    GNU sort where there is one (a C external merge sort, memory bounded, on
    all cores), writing straight into ``target``; else in Python, by merging
    sorted runs on disk past _SORT_CHUNK.
    """
    sort = _gnu_sort()
    if sort is not None:
        target.flush()
        subprocess.run([sort, "-u", "-S", str(_SORT_BUFFER // 2**20) + "M", "-T", str(tmp), *map(str, sources)],
                       stdout=target, env={**os.environ, "LC_ALL": "C"}, check=True)
        return
    target.writelines(_sorted_unique_lines(sources, tmp))


def _gnu_sort() -> str | None:
    """The path of GNU sort (its -S, -T and byte order under LC_ALL=C), or None."""
    global _GNU_SORT
    if _GNU_SORT is None:
        _GNU_SORT = ""
        found = shutil.which("sort")
        if found:
            try:
                version = subprocess.run([found, "--version"], capture_output=True, text=True, timeout=10).stdout
            except (OSError, subprocess.SubprocessError):
                version = ""
            if "GNU coreutils" in version:
                _GNU_SORT = found
    return _GNU_SORT or None


_GNU_SORT: str | None = None


def _sorted_unique_lines(paths: Sequence[Path], tmp: Path) -> Iterator[bytes]:
    """The distinct lines of files in byte order, by an external merge sort past _SORT_CHUNK."""
    if sum(path.stat().st_size for path in paths) <= _SORT_CHUNK:
        lines = []
        for path in paths:
            with open(path, "rb") as handle:
                lines += handle.readlines()
        lines.sort()
        yield from (line for line, _ in itertools.groupby(lines))
        return
    runs: list[Path] = []
    for path in paths:
        with open(path, "rb") as handle:
            while lines := handle.readlines(_SORT_CHUNK):
                lines.sort()
                run = tmp / f"run-{len(runs)}"
                with open(run, "wb") as out:
                    out.writelines(line for line, _ in itertools.groupby(lines))
                runs.append(run)
    handles = [open(run, "rb") for run in runs]
    try:
        yield from (line for line, _ in itertools.groupby(heapq.merge(*handles)))
    finally:
        for handle in handles:
            handle.close()
        for run in runs:
            run.unlink()
