"""Documents in, graphs out: run the extractors over each document, on one core or many.

``extract`` runs the chosen extractors over one document. ``build_document``
goes from an input file to the document's named graph serialized as N-Quads
(and the codes of the divisions it names and the descriptions of the agencies,
initiatives and regulations it names, which a store holds once, in its divisions
and entities graphs: see :mod:`kg_builder.division_graph` and
:mod:`kg_builder.entity_graph`), the unit of work of a
corpus build: it is what a worker process (or a Dask
worker) does, and it returns a small picklable :class:`DocumentOutcome` so the
parent only has to load the bytes into the store.

Three engines run ``build_document`` over a corpus and yield the outcomes in
input order, so that every engine writes the same store and the same outputs:

* ``run_serial``: in this process;
* ``run_local``: a ``multiprocessing`` pool (the *fork* start method where the
  platform has it, so jieba's dictionary and the division tables are loaded once
  in the parent and shared by the workers);
* ``run_dask``: a Dask cluster; batches of documents travel as bytes, because
  the workers may not share the file system.

Each engine keeps a bounded window of work in flight, so memory does not grow
with the size of the corpus.
"""

from __future__ import annotations

import collections
import contextlib
import os
import signal
import threading
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Iterable, Iterator, Sequence

from . import extractors
from .errors import InputError, KGBuilderError
from .model import Document, Extraction
from .scratch import scratch_directory

__all__ = [
    "extract", "extract_all", "resolve_extractors", "DocumentOutcome", "Job", "UNCHANGED", "build_document",
    "warm_up", "run_serial", "run_local", "run_dask", "build_batch", "nquads", "default_jobs",
]


def resolve_extractors(names: Sequence[str] | None = None) -> list[tuple[str, extractors.Extractor]]:
    """The registered extractors with these names (default: :data:`extractors.DEFAULT`)."""
    chosen = list(names) if names else list(extractors.DEFAULT)
    return [(name, extractors.get(name)) for name in chosen]


def extract(doc: Document, names: Sequence[str] | None = None) -> Extraction:
    """Run the extractors over one document and collect their facts, in order.

    Example:
        >>> from kg_builder.model import Document
        >>> ex = extract(Document("d", "2019年,学习了《政府投资条例》。"), ["citations"])
        >>> [f.object.name for f in ex.of("cites")]
        ['政府投资条例']
    """
    facts = []
    for _, extractor in resolve_extractors(names):
        facts.extend(extractor(doc))
    return Extraction(document=doc, facts=tuple(facts))


def extract_all(docs: Iterable[Document], names: Sequence[str] | None = None) -> Iterator[Extraction]:
    """Extract every document, lazily."""
    resolve_extractors(names)  # fail on an unknown name before reading anything
    for doc in docs:
        yield extract(doc, names)


# -- one document ------------------------------------------------------------------------------

#: How long one document's extraction may take in a build, in seconds. A 15 KB report takes a few
#: milliseconds and a 10 MB one a few seconds: past this, something loops, and one document
#: must not hold up a corpus build forever.
DEFAULT_TIME_LIMIT = 300.0


class ExtractionTimeout(KGBuilderError):
    """A document's extraction ran past the build's time limit."""


@contextlib.contextmanager
def time_limit(seconds: float | None, shown: str) -> Iterator[None]:
    """Raise :class:`ExtractionTimeout` in the block if it runs longer than ``seconds``.

    A POSIX interval timer (``SIGALRM``), so it interrupts Python code, not a
    single long call into C; a no-op without a limit, off the main thread, or
    where there is no ``setitimer``. The previous handler and timer are restored.
    """
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expired(signum, frame):
        raise ExtractionTimeout(f"{shown}: extraction took longer than {seconds:g} s, given up "
                                "(a bug in an extractor: please report this document)")

    previous = signal.signal(signal.SIGALRM, expired)
    earlier = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        if earlier[0]:
            signal.setitimer(signal.ITIMER_REAL, *earlier)


#: Why a document already stored whole is skipped.
UNCHANGED = "unchanged: already in the store"


@dataclass(frozen=True, slots=True)
class Job:
    """What a build asks of every document: which extractors, which IRIs, what to skip."""

    extractors: tuple[str, ...]
    base_iri: str
    #: Content hashes already stored whole: such documents are read and hashed, not extracted.
    known: Collection[str] = frozenset()
    #: Seconds a document's extraction may take before it fails (None: no limit). Enforced
    #: where a build runs documents on a process's main thread (serial builds and ``-j N``
    #: workers), not on Dask's worker threads.
    time_limit: float | None = DEFAULT_TIME_LIMIT


@dataclass(frozen=True, slots=True)
class DocumentOutcome:
    """What became of one input: built (with its named graph as N-Quads), skipped or failed."""

    shown: str  # the input's path as shown in reports (relative to the root it was found under)
    id: str | None
    status: str  # "ok", "skipped" or "failed"
    reason: str | None = None  # why it was skipped or failed
    content_hash: str | None = None
    graph: str | None = None  # the IRI of the document's named graph
    facts: tuple[tuple[str, int], ...] = ()
    quads: int = 0
    data: bytes = b""  # the named graph, N-Quads
    source: str | None = None  # its kgb:sourcePath: what identifies versions of one document
    #: Codes of the divisions the graph names and of every division above them: their
    #: descriptions go to the store's divisions graph, not into ``data``.
    divisions: tuple[str, ...] = ()
    #: The descriptions (N-Quads of the entities graph) of the agencies, initiatives and
    #: regulations the graph names: they go to the store's entities graph, not into ``data``.
    entities: tuple[bytes, ...] = ()


def nquads(quads) -> bytes:
    """Quads of rdflib terms as N-Quads bytes (pyoxigraph writes the syntax)."""
    import pyoxigraph as ox

    from .store import to_oxigraph

    from rdflib import URIRef

    cache: dict = {}

    def term(node):
        # IRIs repeat many times in a document: convert each once. (Literals are not
        # cached: rdflib counts some literals of different datatypes as equal.)
        if type(node) is not URIRef:
            return to_oxigraph(node)
        converted = cache.get(node)
        if converted is None:
            converted = cache[node] = ox.NamedNode(node)
        return converted

    return ox.serialize((ox.Quad(term(s), term(p), term(o), term(g)) for s, p, o, g in quads),
                        format=ox.RdfFormat.N_QUADS)


def build_document(path: Path, shown: str, job: Job, source: str | None = None) -> DocumentOutcome:
    """Read, extract and serialize one input; never raises for a bad input.

    ``source`` is the document's ``kgb:sourcePath`` (its path under the name of
    the corpus root it was found in, see ``build.source_path``); by default
    ``shown``.

    A document whose content hash is in ``job.known`` is skipped: it is already
    stored whole. Any error while reading or extracting fails this input only,
    with a one-line reason naming it as ``shown``.
    """
    from .division_graph import division_closure
    from .ontology import Minter
    from .rdf import to_nquads
    from .readers import read_document

    try:
        document = read_document(path)
    except InputError as error:
        return DocumentOutcome(shown, path.stem, "failed", f"{shown}: {error.problem}")
    except (KGBuilderError, ValueError, UnicodeError, OSError) as error:
        return DocumentOutcome(shown, path.stem, "failed", _reason(error, path, shown))
    content_hash = document.content_hash
    minter = Minter(job.base_iri)
    graph = str(minter.document(content_hash))
    if content_hash in job.known:
        return DocumentOutcome(shown, document.id, "skipped", UNCHANGED,
                               content_hash, graph, source=source)
    try:
        with time_limit(job.time_limit, shown):
            extraction = extract(document, job.extractors)
            named: set[str] = set()
            entities: dict[bytes, bytes] = {}
            data, quads = to_nquads(extraction, minter, source, shared_divisions=named, shared_entities=entities)
        divisions = tuple(sorted(division_closure(named)))
    except Exception as error:  # noqa: BLE001 - one document must not stop a corpus build
        return DocumentOutcome(shown, document.id, "failed", _reason(error, path, shown), content_hash, graph,
                               source=source)
    facts = tuple(sorted(Counter(f.predicate for f in extraction.facts).items()))
    return DocumentOutcome(shown, document.id, "ok", None, content_hash, graph, facts, quads, data, source,
                           divisions, tuple(entities.values()))


def _reason(error: BaseException, path: Path, shown: str) -> str:
    """A one-line reason naming the input as shown, never by a machine path."""
    message = str(error).replace(str(path), shown)
    if isinstance(error, KGBuilderError):
        return message if message.startswith(shown) else f"{shown}: {message}"
    return f"{shown}: {type(error).__name__}: {message}"


def warm_up(names: Sequence[str] | None = None) -> None:
    """Load the division tables, jieba and the extractors once, before forking workers."""
    from . import divisions

    divisions._table()
    divisions._townships()  # 40 ms: once, not in every worker that meets a township
    extract(Document("warm-up", "2020年河南省焦作市中站区人民政府关于贯彻落实《法治政府建设实施纲要》的报告。"),
            names)


# -- engines ------------------------------------------------------------------------------------

Source = tuple  # (file, as shown) or (file, as shown, source path)


def run_serial(sources: Iterable[Source], job: Job) -> Iterator[DocumentOutcome]:
    """Build each document in this process, in order."""
    for path, shown, *source in sources:
        yield build_document(path, shown, job, *source)


_job: Job | None = None  # the job of a worker process (inherited by fork, or set by the initializer)


def _set_job(job: Job) -> None:
    global _job
    _job = job


def _build_chunk(chunk: list[Source]) -> list[DocumentOutcome]:
    assert _job is not None
    return [build_document(path, shown, _job, *source) for path, shown, *source in chunk]


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run_local(sources: Iterable[Source], job: Job, jobs: int, chunk_size: int = 4) -> Iterator[DocumentOutcome]:
    """Build documents on ``jobs`` worker processes; outcomes come in input order.

    At most ``4 * jobs`` chunks are in flight, so a slow consumer (the store)
    holds the workers back instead of letting results pile up in memory.
    """
    import multiprocessing

    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    if method == "fork":
        warm_up(job.extractors)  # workers inherit the loaded tables instead of loading their own
        _set_job(job)
        pool = context.Pool(jobs)
    else:
        pool = context.Pool(jobs, initializer=_set_job, initargs=(job,))
    try:
        pending: collections.deque = collections.deque()
        for chunk in _chunks(sources, chunk_size):
            pending.append(pool.apply_async(_build_chunk, (chunk,)))
            while len(pending) >= 4 * jobs:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
    finally:
        pool.terminate()
        pool.join()


def build_batch(batch: list[tuple], job: Job) -> list[DocumentOutcome]:
    """Build documents sent as bytes (a Dask task): (shown, file name, content[, source path]) each.

    ``content`` is a string instead of bytes when the sender could not read the
    file: the document fails with that reason.

    The bytes are written under their own file name in a scratch directory, so
    that the reader for the suffix runs and the graph records the same file name
    as a local build.
    """
    outcomes = []
    with scratch_directory("batch") as scratch:
        for number, (shown, name, content, *source) in enumerate(batch):
            if isinstance(content, str):
                outcomes.append(DocumentOutcome(shown, Path(name).stem, "failed", f"{shown}: {content}"))
                continue
            folder = Path(scratch) / str(number)
            folder.mkdir()
            path = folder / name
            path.write_bytes(content)
            outcomes.append(build_document(path, shown, job, *source))
    return outcomes


def run_dask(sources: Iterable[Source], job: Job, scheduler, batch_size: int = 16,
             window: int | None = None) -> Iterator[DocumentOutcome]:
    """Build documents on a Dask cluster; outcomes come in input order.

    Args:
        sources: (file, as shown) pairs; the files are read here and sent as bytes.
        job: what to do with each document.
        scheduler: the scheduler's address (``tcp://host:8786``) or a
            ``distributed.Client``.
        batch_size: documents per task.
        window: tasks in flight at most (default: twice the cluster's threads).
    """
    from distributed import Client, as_completed

    own = not isinstance(scheduler, Client)
    client = Client(scheduler) if own else scheduler
    try:
        if window is None:
            window = max(2, 2 * sum(client.nthreads().values()))
        known = client.scatter(job.known, broadcast=True) if job.known else frozenset()
        light = Job(job.extractors, job.base_iri, time_limit=job.time_limit)
        batches = enumerate(_chunks(sources, batch_size))
        running = as_completed()
        order: dict = {}
        done: dict[int, list[DocumentOutcome]] = {}
        next_out = 0

        def submit() -> bool:
            for number, chunk in batches:
                payload = [(shown, path.name, _read_bytes(path), *source) for path, shown, *source in chunk]
                future = client.submit(_build_batch_known, payload, light, known, pure=False)
                order[future.key] = number
                running.add(future)
                return True
            return False

        for _ in range(window):
            if not submit():
                break
        for future in running:
            done[order.pop(future.key)] = future.result()
            future.release()
            submit()
            while next_out in done:
                yield from done.pop(next_out)
                next_out += 1
    finally:
        if own:
            client.close()


def _read_bytes(path: Path) -> bytes | str:
    """The file's bytes, or why they cannot be read (the worker reports it)."""
    try:
        return path.read_bytes()
    except OSError as error:
        return f"cannot read file: {error.strerror or error}"


def _build_batch_known(batch, job: Job, known) -> list[DocumentOutcome]:
    return build_batch(batch, Job(job.extractors, job.base_iri, known, job.time_limit))


def default_jobs() -> int:
    """All the cores this process may use."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)

