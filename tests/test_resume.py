"""A build killed with SIGKILL leaves a consistent store; running it again resumes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from kg_builder.build import build_corpus
from kg_builder.store import GraphStore, StoreError
from test_parallel import synthetic_corpus

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def _stored(store_dir) -> int:
    """Documents stored whole, read while the build may still be writing."""
    try:
        return len(GraphStore(store_dir, read_only=True).document_hashes())
    except (OSError, RuntimeError, StoreError):  # not created yet, or caught half-way through creation
        return 0


def test_kill_9_then_rerun_equals_a_clean_build(sample_dir, tmp_path):
    corpus = synthetic_corpus(sample_dir, tmp_path / "corpus", 120, seed=11)
    store, out = tmp_path / "store", tmp_path / "out"
    command = [sys.executable, "-m", "kg_builder", "build", str(corpus), "--store", str(store), "-o", str(out),
               "-j", "1", "--silent"]
    build = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while build.poll() is None and _stored(store) < 10 and time.monotonic() < deadline:
            time.sleep(0.2)
        assert build.poll() is None, "the build finished before it could be killed: make the corpus bigger"
        os.kill(build.pid, signal.SIGKILL)
    finally:
        build.wait()
    assert build.returncode == -signal.SIGKILL
    assert not out.exists() or not any(out.iterdir()), "outputs appear only when a build completes"
    stored = _stored(store)
    assert 10 <= stored < 120

    again = subprocess.run(command, capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    report = json.loads((out / "build-report.json").read_text("utf-8"))
    assert report["summary"] == {**report["summary"], "inputs": 120, "skipped": stored, "ok": 120 - stored,
                                 "failed": 0}
    assert report["summary"]["graph"]["documents"] == 120

    clean = build_corpus([corpus], tmp_path / "clean", jobs=2, outputs=["graph.nq", "graph.ttl", "propagation.csv"])
    for name in clean.outputs:
        assert (out / name).read_bytes() == clean.outputs[name].read_bytes(), name
