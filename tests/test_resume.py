"""A build killed with SIGKILL leaves a store the next run can resume; the result equals a clean build."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kg_builder.build import build_corpus
from kg_builder.pipeline import Job, build_document, resolve_extractors
from kg_builder.ontology import DEFAULT_BASE
from kg_builder.store import BULK_LOAD_FLAG, GraphStore, StoreError
from test_parallel import synthetic_corpus

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

#: ``kgb build`` with the bulk loader's batches made small (about 6 documents of the
#: synthetic corpus each) and a pause after each load, so that the build can be killed between
#: two of them even when a busy machine slows the test that watches it more than the build.
_KGB_SMALL_BATCHES = ("import time, kg_builder.build as b; b._BULK_BATCH = 2**20; flush = b._StoreWriter.flush; "
                      "b._StoreWriter.flush = lambda self: (flush(self), time.sleep(0.15))[0]; "
                      "from kg_builder.cli import cli; cli(prog_name='kgb')")


def _stored(store_dir) -> int:
    """Documents stored whole, read while the build may still be writing."""
    try:
        return len(GraphStore(store_dir, read_only=True).document_hashes())
    except (OSError, RuntimeError, StoreError):  # not created yet, or caught half-way through creation
        return 0


@pytest.mark.parametrize("load", ["bulk", "transactions"])
def test_kill_9_then_rerun_equals_a_clean_build(sample_dir, tmp_path, load):
    corpus = synthetic_corpus(sample_dir, tmp_path / "corpus", 120, seed=11)
    store, out = tmp_path / "store", tmp_path / "out"
    roots, before = [corpus], 0
    if load == "transactions":  # a store that holds documents already is updated in transactions
        extra = tmp_path / "extra"
        extra.mkdir()
        shutil.copy(sorted(sample_dir.glob("*.txt"))[0], extra)
        build_corpus([extra], None, store=store).store.flush()
        roots, before = [extra, corpus], 1
    command = [sys.executable, "-c", _KGB_SMALL_BATCHES, "build", *map(str, roots), "--store", str(store),
               "-o", str(out), "-j", "1", "--silent"]
    scratch = tmp_path / "tmp"  # the builds' temporary directory
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    build = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    try:
        deadline = time.monotonic() + 300
        while build.poll() is None and _stored(store) < before + 10 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert build.poll() is None, "the build finished before it could be killed: make the corpus bigger"
        os.kill(build.pid, signal.SIGKILL)
    finally:
        build.wait()
    assert build.returncode == -signal.SIGKILL
    assert not out.exists() or not any(out.iterdir()), "outputs appear only when a build completes"
    assert (store / BULK_LOAD_FLAG).exists() == (load == "bulk")
    stored = _stored(store) - before
    assert 10 <= stored < 120
    assert len(list(scratch.glob("kgb-build-*"))) == 1, "the killed build's scratch is left"

    again = subprocess.run(command, capture_output=True, text=True, check=False, env=env)
    assert again.returncode == 0, again.stderr
    assert list(scratch.iterdir()) == [], "the next build removed the killed build's scratch, then its own"
    assert not (store / BULK_LOAD_FLAG).exists()
    report = json.loads((out / "build-report.json").read_text("utf-8"))
    assert report["summary"] == {**report["summary"], "inputs": 120 + before, "skipped": stored + before,
                                 "ok": 120 - stored, "failed": 0}
    assert report["summary"]["graph"]["documents"] == 120 + before

    clean = build_corpus(roots, tmp_path / "clean", jobs=2, outputs=["graph.nq", "graph.ttl", "propagation.csv"])
    for name in clean.outputs:
        assert (out / name).read_bytes() == clean.outputs[name].read_bytes(), name


def test_a_document_cut_short_by_a_killed_bulk_load_is_rebuilt(sample_dir, tmp_path):
    """What a kill in the middle of a bulk load leaves (a graph without its hash) is removed and rebuilt."""
    corpus = synthetic_corpus(sample_dir, tmp_path / "corpus", 3, seed=5)
    store_dir = tmp_path / "store"
    job = Job(tuple(name for name, _ in resolve_extractors()), DEFAULT_BASE)
    torn = build_document(corpus / "doc0001.txt", "doc0001.txt", job, "corpus/doc0001.txt")
    lines = torn.data.splitlines(keepends=True)
    store = GraphStore(store_dir)
    store.begin_bulk_load()
    # Half the graph, not its hash: a document the bulk loader had not finished; and
    # half the descriptions of the entities it names, which the same call was loading.
    described = b"".join(torn.entities).splitlines(keepends=True)
    assert described
    store.store.bulk_load(b"".join(line for line in lines[: len(lines) // 2] if b"#contentHash>" not in line)
                          + b"".join(described[: len(described) // 2]), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store

    resumed = build_corpus([corpus], tmp_path / "out", store=store_dir)
    assert [r.status for r in resumed.inputs] == ["ok", "ok", "ok"]
    assert not (store_dir / BULK_LOAD_FLAG).exists()
    assert resumed.store.incomplete_graphs() == []
    clean = build_corpus([corpus], tmp_path / "clean")
    entities = ox.NamedNode("https://w3id.org/kg-builder/id/graph/entities")
    assert set(resumed.store.store.quads_for_pattern(None, None, None, entities)) \
        == set(clean.store.store.quads_for_pattern(None, None, None, entities))
    for name in ("graph.nq", "graph.ttl", "propagation.csv"):
        assert resumed.outputs[name].read_bytes() == clean.outputs[name].read_bytes(), name
