"""A build whose store did not change keeps the graph files and views it wrote from it before."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from kg_builder import build as build_module
from kg_builder.build import OUTPUTS_RECORD, STORE_OUTPUTS, build_corpus
from kg_builder.pipeline import extract
from kg_builder.rdf import to_quads
from kg_builder.readers import read_document
from kg_builder.store import GraphStore

SEEDS = ["000_5897df00731d88e1", "001_442be8164d49497e", "003_280033b0075f93d2"]


@pytest.fixture
def corpus(sample_dir, tmp_path) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for seed in SEEDS[:2]:
        shutil.copy(sample_dir / f"{seed}.txt", folder)
    return folder


def _build(corpus: Path, tmp_path: Path, out: str = "out"):
    corpus.mkdir(exist_ok=True)
    result = build_corpus([corpus], tmp_path / out, store=tmp_path / "store")
    outcome = (result.current, result.summary(), set(result.outputs))
    del result
    return outcome


def _stamps(folder: Path) -> dict[str, tuple[int, bytes]]:
    return {name: ((folder / name).stat().st_mtime_ns, (folder / name).read_bytes()) for name in STORE_OUTPUTS}


def test_an_unchanged_store_keeps_its_outputs(corpus, tmp_path):
    current, _, _ = _build(corpus, tmp_path)
    assert current == ()
    before = _stamps(tmp_path / "out")
    current, summary, outputs = _build(corpus, tmp_path)
    assert set(current) == set(STORE_OUTPUTS)
    assert "up to date: the store has not changed" in summary
    assert outputs == set(STORE_OUTPUTS) | {"build-report.json"}
    assert _stamps(tmp_path / "out") == before  # not written again
    report = json.loads((tmp_path / "out" / "build-report.json").read_text("utf-8"))
    assert report["summary"]["skipped"] == 2  # the report is this build's, always written


def test_a_changed_store_writes_them_again(corpus, sample_dir, tmp_path):
    _build(corpus, tmp_path)
    before = _stamps(tmp_path / "out")
    shutil.copy(sample_dir / f"{SEEDS[2]}.txt", corpus)
    current, _, _ = _build(corpus, tmp_path)
    assert current == ()
    after = _stamps(tmp_path / "out")
    assert all(after[name][1] != before[name][1] for name in ("graph.nq", "graph.ttl", "graph.html"))
    build_corpus([corpus], tmp_path / "fresh")  # what a build from scratch writes
    for name in ("graph.nq", "graph.ttl", "propagation.csv"):
        assert after[name][1] == (tmp_path / "fresh" / name).read_bytes(), name


def test_an_output_touched_since_is_written_again(corpus, tmp_path):
    _build(corpus, tmp_path)
    page = tmp_path / "out" / "graph.html"
    page.write_text("edited by hand", "utf-8")
    (tmp_path / "out" / "graph.ttl").unlink()
    current, _, _ = _build(corpus, tmp_path)
    assert set(current) == {"graph.nq", "propagation.csv"}
    assert page.read_text("utf-8").startswith("<!DOCTYPE html>")
    assert (tmp_path / "out" / "graph.ttl").stat().st_size > 0


def test_a_write_outside_a_build_is_not_trusted(corpus, sample_dir, tmp_path):
    _build(corpus, tmp_path)
    store = GraphStore(tmp_path / "store")
    # kg_builder's library, outside a counted build: one document out, another in (the count stays)
    gone = store.find_documents(SEEDS[0])[0]
    assert store.remove_document(gone.graph)
    quads = to_quads(extract(read_document(sample_dir / f"{SEEDS[2]}.txt")))
    store.put_document(quads[0][3], quads)
    store.flush()
    del store
    current, _, _ = _build(corpus.parent / "nothing", tmp_path)
    assert current == ()
    graph = (tmp_path / "out" / "graph.nq").read_text("utf-8")
    assert SEEDS[2] in graph and gone.graph not in graph


def test_another_kg_builder_writes_them_again(corpus, tmp_path, monkeypatch):
    _build(corpus, tmp_path)
    monkeypatch.setattr(build_module, "code_fingerprint", lambda: "an upgraded kg_builder")
    current, _, _ = _build(corpus, tmp_path)
    assert current == ()


def test_outputs_chosen_apart_are_each_kept_while_current(corpus, tmp_path):
    result = build_corpus([corpus], tmp_path / "out", store=tmp_path / "store", outputs=["graph.nq"])
    del result
    result = build_corpus([corpus], tmp_path / "out", store=tmp_path / "store",
                          outputs=["graph.nq", "graph.ttl", "build-report.json"])
    assert result.current == ("graph.nq",)  # graph.ttl was never written: written now
    del result
    result = build_corpus([corpus], tmp_path / "out", store=tmp_path / "store")
    assert set(result.current) == {"graph.nq", "graph.ttl"}


def test_builds_without_a_store_leave_no_record(sample_build):
    assert not (Path(next(iter(sample_build.outputs.values()))).parent / OUTPUTS_RECORD).exists()
