"""Measure a corpus build end to end, and what it costs next to its floors.

Run by hand (not part of the test suite), on a corpus from generate_corpus.py:

    python benchmarks/generate_corpus.py /tmp/kgb-corpus-1e4 -n 10000
    python benchmarks/build_benchmark.py /tmp/kgb-corpus-1e4 -j 2

Prints, for the same bytes in the same run:

* the raw floor: a regex scan for 《titles》 (read, decode, scan);
* the naive pipeline on a subset: jieba.posseg over all the text, places and
  organisations and titles into an rdflib graph;
* our per-document stages on the subset (extract, RDF terms, N-Quads), the
  quads per document and the share of provenance quads;
* the whole build (``kgb build --store``, a subprocess): wall time, CPU time,
  documents/s and MB/s per core, the peak memory of the process tree (psutil),
  the store's size;
* the CPU time of each cookbook query (``kg_builder/cookbook/*.rq``, or a few
  representative queries when there are none) on the built store, each flagged
  when over 1 s (the budget of issue "Scale"; see docs/queryperf.md);
* the ranking (``propagation.csv``) and the HTML view (``graph.html``) written
  from the built store, each in a fresh process: CPU time and peak memory
  (``--no-views`` skips them: at 10^5 documents they take minutes and GBs);
* keeping the store up to date: the whole corpus built again with nothing
  changed (the inputs' stamps say so without reading them), ``--update N`` new
  documents added to it (``kgb build --store``), then one removed
  (``kgb remove``): wall and CPU.

Per-core figures divide by CPU seconds, so that they stay meaningful on a busy
machine; wall times are shown as well.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from importlib.resources import files
from pathlib import Path

_TITLE = re.compile(r"《[^《》]{2,120}》")

_QUERIES = {
    "citations per regulation (top 20)": """
        SELECT ?r (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d kgb:cites ?r } GROUP BY ?r ORDER BY DESC(?n) LIMIT 20""",
    "documents by author level": """
        SELECT ?level (COUNT(?d) AS ?n) WHERE { ?d kgb:authorJurisdiction ?j . ?j kgb:level ?level }
        GROUP BY ?level""",
    "who cites the 2015 plan, with the sentence": """
        SELECT ?d ?s WHERE { GRAPH ?d { ?a rdf:predicate kgb:cites ; rdf:object ?r ;
          kgb:evidence/kgb:sentence ?s } ?r skos:prefLabel "法治政府建设实施纲要(2015-2020年)"@zh } LIMIT 100""",
    "count of documents": "SELECT (COUNT(?d) AS ?n) WHERE { ?d a kgb:Document }",
}


def cpu() -> float:
    """CPU seconds of this process and its waited-for children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def regex_floor(paths: list[Path]) -> tuple[float, int]:
    """CPU seconds to read, decode and scan every file for titles; titles found."""
    start, found = cpu(), 0
    for path in paths:
        found += len(_TITLE.findall(path.read_bytes().decode("utf-8")))
    return cpu() - start, found


def naive(paths: list[Path]) -> float:
    """CPU seconds of jieba.posseg over all text, places/organisations/titles into rdflib."""
    import jieba
    import jieba.posseg as pseg
    from rdflib import Graph, Literal, Namespace, URIRef

    jieba.setLogLevel(60)
    jieba.initialize()
    ex = Namespace("https://example.org/")
    graph = Graph()
    start = cpu()
    for path in paths:
        text = path.read_text("utf-8")
        doc = URIRef(ex + path.stem)
        for word, flag in pseg.cut(text):
            if flag in ("ns", "nt"):
                graph.add((doc, ex.mentions, Literal(word, lang="zh")))
        for title in _TITLE.findall(text):
            graph.add((doc, ex.cites, Literal(title[1:-1], lang="zh")))
    return cpu() - start


def stages(paths: list[Path]) -> dict[str, float]:
    """CPU seconds of each per-document stage on one core, and what the graph holds."""
    from kg_builder.ontology import Minter
    from kg_builder.pipeline import extract, warm_up
    from kg_builder.rdf import to_nquads
    from kg_builder.readers import read_document

    warm_up()
    minter = Minter()
    times = {"read": 0.0, "extract": 0.0, "rdf": 0.0, "nquads": 0.0}
    quads = provenance = facts = 0
    for path in paths:
        t0 = cpu()
        doc = read_document(path)
        t1 = cpu()
        extraction = extract(doc)
        t2 = cpu()
        data, count = to_nquads(extraction, minter, shared_divisions=set(), shared_entities={})  # as a build makes it
        t3 = cpu()
        t4 = cpu()
        times["read"] += t1 - t0
        times["extract"] += t2 - t1
        times["rdf"] += t3 - t2
        times["nquads"] += t4 - t3
        quads += count
        facts += len(extraction.facts)
        # Assertions and the text spans they point at (<document#char=s,e>).
        provenance += sum(1 for line in data.split(b"\n")
                          if b"/assertion/" in (subject := line.split(b" ", 1)[0]) or b"#char=" in subject)
    return {**times, "quads": quads, "provenance": provenance, "facts": facts}


def build(corpus: Path, store: Path, out: Path, jobs: int, outputs: str) -> dict[str, float]:
    """Run ``kgb build`` as a subprocess; wall, CPU and the peak RSS of its process tree."""
    import psutil

    command = [sys.executable, "-m", "kg_builder", "build", str(corpus), "--store", str(store), "-o", str(out),
               "-j", str(jobs), "--outputs", outputs, "--silent"]
    start_wall, start_cpu = time.perf_counter(), cpu()
    process = subprocess.Popen(command)
    peak, parent_peak, parent_cpu = [0], [0], [0.0]

    def sample() -> None:
        parent = psutil.Process(process.pid)
        while process.poll() is None:
            try:
                tree = [parent, *parent.children(recursive=True)]
                peak[0] = max(peak[0], sum(p.memory_info().rss for p in tree))
                parent_peak[0] = max(parent_peak[0], parent.memory_info().rss)
                times = parent.cpu_times()  # this process only: the store and the outputs, not the workers
                parent_cpu[0] = times.user + times.system
            except psutil.Error:
                pass
            time.sleep(0.25)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    status = process.wait()
    sampler.join()
    return {"status": status, "wall": time.perf_counter() - start_wall, "cpu": cpu() - start_cpu,
            "peak_rss": peak[0], "parent_peak_rss": parent_peak[0], "parent_cpu": parent_cpu[0]}


def quads_loaded(out: Path) -> int:
    """Quads of the documents the build loaded (from its report)."""
    import json

    if not (out / "build-report.json").is_file():
        return 0
    report = json.loads((out / "build-report.json").read_text("utf-8"))
    return sum(entry["quads"] or 0 for entry in report["inputs"] if entry["status"] == "ok")


#: What a cookbook query may take on the store (issue "Scale": under 1 s at 10^5 documents).
QUERY_BUDGET = 1.0


def queries(store_dir: Path, timeout: float = 120.0) -> list[tuple[str, float, int]]:
    """(query, CPU seconds, rows) for every cookbook query, or the representative ones.

    CPU seconds of this process (Oxigraph answers in the calling thread), so that the
    figure means something on a busy machine. A query that is still running after
    ``timeout`` seconds is given up (its rows are -2, its time the timeout): each runs
    in a child process that is stopped then.
    """
    from kg_builder.store import GraphStore

    store = GraphStore(store_dir, read_only=True)
    cookbook = Path(str(files("kg_builder"))) / "cookbook"
    chosen = {p.stem: p.read_text("utf-8") for p in sorted(cookbook.glob("*.rq"))} if cookbook.is_dir() else {}
    results = []
    del store  # each query opens the store read-only in its own process
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    for name, text in (chosen or _QUERIES).items():
        with context.Pool(1) as pool:
            pending = pool.apply_async(_timed_query, (str(store_dir), text))
            try:
                seconds, rows, error = pending.get(timeout)
            except multiprocessing.TimeoutError:
                seconds, rows, error = timeout, -2, None
        if error:
            name = f"{name} (failed: {error[:60]})"
        results.append((name, seconds, rows))
    return results


def _timed_query(store_dir: str, text: str) -> tuple[float, int, str | None]:
    """CPU seconds and rows of one query on a store opened read-only (in a worker process)."""
    from kg_builder.store import GraphStore

    store = GraphStore(Path(store_dir), read_only=True)
    start = time.process_time()
    try:
        rows = sum(1 for _ in store.query(text))
    except Exception as error:  # noqa: BLE001 - report and go on
        return time.process_time() - start, -1, f"{type(error).__name__}: {error}"
    return time.process_time() - start, rows, None


_VIEW = r"""
import json, resource, sys, time
from pathlib import Path
from kg_builder.build import write_outputs
from kg_builder.store import GraphStore
store = GraphStore(Path(sys.argv[1]), read_only=True)
start = time.process_time()
write_outputs(store, Path(sys.argv[2]), [sys.argv[3]])
print(json.dumps({"cpu": time.process_time() - start,
                  "rss": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024}))
"""


def views(store: Path, work: Path) -> dict[str, dict[str, float]]:
    """CPU seconds and peak RSS of writing ``propagation.csv`` and ``graph.html`` from the built
    store, as ``kgb build`` writes them; each in a fresh process, so that its memory is its own."""
    timings = {}
    for name in ("propagation.csv", "graph.html"):
        done = subprocess.run([sys.executable, "-c", _VIEW, str(store), str(work / "views"), name],
                              capture_output=True, text=True, check=True)
        timings[name] = json.loads(done.stdout.strip().splitlines()[-1])
    return timings


def update(corpus: Path, store: Path, work: Path, count: int,
           jobs: int) -> tuple[dict[str, float], dict[str, float], dict[str, float]]:
    """Build the whole corpus again into the built store (nothing changed), add ``count`` new
    documents to it (``kgb build --store``), then remove one (``kgb remove``): what keeping a
    national store up to date costs. Wall and CPU of each."""
    sys.path.insert(0, str(Path(__file__).parent))
    import generate_corpus

    unchanged = build(corpus, store, work / "rerun-out", jobs, "report")
    root = work / "update"
    # Under their own folder: their source paths are new, so they are added, not versions of stored ones.
    generate_corpus.generate(root / "added", count, seed=7919)
    added = build(root, store, work / "update-out", jobs, "report")
    victim = sorted((root / "added").rglob("*.txt"))[0].stem
    start_wall, start_cpu = time.perf_counter(), cpu()
    subprocess.run([sys.executable, "-m", "kg_builder", "remove", victim, "--store", str(store)],
                   check=True, capture_output=True)
    removed = {"wall": time.perf_counter() - start_wall, "cpu": cpu() - start_cpu}
    return unchanged, added, removed


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--work", type=Path, default=None, help="scratch directory (default: a temporary one)")
    parser.add_argument("--subset", type=int, default=300, help="documents for the per-stage and naive runs")
    parser.add_argument("--outputs", default="nq,ttl,report", help="outputs the build writes")
    parser.add_argument("--keep", action="store_true", help="keep the store and outputs")
    parser.add_argument("--query-timeout", type=float, default=120.0,
                        help="seconds after which a cookbook query is given up")
    parser.add_argument("--no-views", action="store_true",
                        help="skip timing propagation.csv and graph.html on the built store")
    parser.add_argument("--update", type=int, default=100, metavar="N",
                        help="then add N new documents to the store and remove one (0: skip)")
    args = parser.parse_args(argv)

    from kg_builder.readers import iter_sources

    paths = list(iter_sources([args.corpus]))
    size = sum(p.stat().st_size for p in paths)
    mb = size / 1e6
    step = max(1, len(paths) // args.subset)
    subset = paths[::step][: args.subset]
    sub_mb = sum(p.stat().st_size for p in subset) / 1e6
    work = args.work or Path(tempfile.mkdtemp(prefix="kgb-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print(f"corpus: {len(paths)} documents, {mb:.1f} MB; subset {len(subset)} documents, {sub_mb:.1f} MB; "
          f"jobs {args.jobs}; cores {os.cpu_count()}; load average {os.getloadavg()[0]:.1f}")

    floor, titles = regex_floor(paths)
    print(f"floor  regex scan (read+decode+《》): {mb / floor:8.1f} MB/s per core ({titles} titles)")
    naive_cpu = naive(subset)
    print(f"naive  jieba.posseg + rdflib:         {sub_mb / naive_cpu:8.2f} MB/s per core")
    st = stages(subset)
    ours = st["read"] + st["extract"] + st["rdf"] + st["nquads"]
    print(f"stages one core: read {sub_mb / st['read']:.1f}, extract {sub_mb / st['extract']:.2f}, "
          f"rdf+nquads {sub_mb / st['rdf']:.2f}, all {sub_mb / ours:.2f} MB/s; "
          f"share extract {st['extract'] / ours:.0%}, rdf+nquads {st['rdf'] / ours:.0%}")
    print(f"graph  {st['quads'] / len(subset):.0f} quads/document, {st['facts'] / len(subset):.1f} facts/document, "
          f"{st['quads'] / max(1, st['facts']):.1f} quads/fact; provenance {st['provenance'] / st['quads']:.0%} "
          f"of quads")

    store, out = work / "store", work / "out"
    run = build(args.corpus, store, out, args.jobs, args.outputs)
    store_size = du(store)
    print(f"build  status {run['status']}: wall {run['wall']:.0f}s, cpu {run['cpu']:.0f}s; "
          f"{len(paths) / run['wall']:.0f} documents/s, {mb / run['wall']:.2f} MB/s wall, "
          f"{mb / run['cpu']:.2f} MB/s per core (cpu); peak RSS of the tree {run['peak_rss'] / 2**20:.0f} MiB "
          f"(parent {run['parent_peak_rss'] / 2**20:.0f} MiB); "
          f"store {store_size / 2**20:.0f} MiB; outputs "
          + ", ".join(f"{p.name} {p.stat().st_size / 2**20:.0f} MiB" for p in sorted(out.iterdir())
                      if not p.name.startswith(".")))  # not the record of what the files describe
    print(f"parent (store + outputs, without the workers): cpu {run['parent_cpu']:.0f}s, "
          f"{run['parent_cpu'] / max(1, quads_loaded(out)) * 1e6:.1f} µs per quad loaded, "
          f"{run['parent_cpu'] / mb:.2f} CPU s per MB")
    print(f"ratio  whole build vs naive, per core: {(mb / run['cpu']) / (sub_mb / naive_cpu):.1f}x; "
          f"vs regex floor: 1/{(mb / floor) / (mb / run['cpu']):.0f}")
    slow = []
    for name, seconds, rows in queries(store, args.query_timeout):
        flag = "  OVER 1 s" if seconds > QUERY_BUDGET else ""
        shown = "timed out" if rows == -2 else f"{rows:6d} rows"
        print(f"query  {seconds * 1000:8.0f} ms cpu  {shown}  {name}{flag}")
        if seconds > QUERY_BUDGET:
            slow.append(name)
    print(f"query  {len(slow)} over {QUERY_BUDGET:g} s" + (f": {', '.join(slow)}" if slow else ""))
    if not args.no_views:
        timings = views(store, work)
        print("views  from the built store: " + "; ".join(
            f"{name} {t['cpu']:.1f} CPU s, peak {t['rss'] / 2**20:.0f} MiB" for name, t in timings.items()))
    if args.update:
        unchanged, added, removed = update(args.corpus, store, work, args.update, args.jobs)
        print(f"the whole corpus again, nothing changed: wall {unchanged['wall']:.1f}s, "
              f"cpu {unchanged['cpu']:.1f}s, peak RSS of the tree {unchanged['peak_rss'] / 2**20:.0f} MiB")
        print(f"update +{args.update} documents into the built store: wall {added['wall']:.1f}s, "
              f"cpu {added['cpu']:.1f}s, peak RSS of the tree {added['peak_rss'] / 2**20:.0f} MiB; "
              f"kgb remove of one: wall {removed['wall']:.1f}s, cpu {removed['cpu']:.1f}s")
    if not args.keep and args.work is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
