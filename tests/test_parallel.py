"""Parallel and distributed extraction give the very same outputs as one process."""

from __future__ import annotations

import random
import re
import shutil
from pathlib import Path

import pytest

from kg_builder.build import OUTPUT_FILES, build_corpus
from kg_builder.cli import cli

_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]")


def synthetic_corpus(sample_dir: Path, target: Path, count: int, seed: int = 7, size: int = 6000) -> Path:
    """``count`` documents recombining the sample's sentences under one sample's heading."""
    rng = random.Random(seed)
    texts = [p.read_text("utf-8") for p in sorted(sample_dir.glob("*.txt"))]
    sentences = [s for text in texts for s in _SENTENCE.findall(text) if 8 <= len(s) <= 300]
    target.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        head = "\n".join(rng.choice(texts).splitlines()[:12])
        body = []
        while sum(map(len, body)) < size // 3:
            body.append("".join(rng.choice(sentences) for _ in range(rng.randint(2, 5))))
        (target / f"doc{number:04d}.txt").write_text(head + "\n" + "\n".join(body) + "\n", "utf-8")
    return target


@pytest.fixture(scope="module")
def corpus(sample_dir, tmp_path_factory) -> Path:
    """The sample plus 15 synthetic documents and one bad file, in two folders."""
    root = tmp_path_factory.mktemp("parallel-corpus")
    shutil.copytree(sample_dir, root / "seeds")
    synthetic_corpus(sample_dir, root / "more", 15)
    (root / "more" / "broken.txt").write_bytes(b"\xff\xfe\x00\x00binary\x00")
    return root


@pytest.fixture(scope="module")
def serial(corpus, tmp_path_factory):
    return build_corpus([corpus], tmp_path_factory.mktemp("serial"), jobs=1)


def _same_outputs(left: dict[str, Path], right: dict[str, Path]) -> None:
    assert sorted(left) == sorted(right) == sorted(OUTPUT_FILES)
    for name in OUTPUT_FILES:
        assert left[name].read_bytes() == right[name].read_bytes(), name


def test_two_workers_write_the_same_bytes_as_one(corpus, serial, runner, tmp_path):
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(tmp_path), "-j", "2", "--silent"])
    assert result.exit_code == 3, result.output  # the broken file
    _same_outputs(serial.outputs, {name: tmp_path / name for name in OUTPUT_FILES})


def test_the_report_lists_every_input_in_input_order(serial):
    paths = [r.path for r in serial.inputs]
    assert paths == sorted(paths) and len(paths) == 21
    assert {r.path: r.status for r in serial.inputs if r.status != "ok"} == {"more/broken.txt": "failed"}
    assert serial.failed[0].reason.startswith("more/broken.txt: ")  # named as shown, never by a machine path


def test_a_dask_cluster_builds_the_same_graph(corpus, serial, tmp_path):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        result = build_corpus([corpus], tmp_path, engine="dask", scheduler=client)
    _same_outputs(serial.outputs, result.outputs)


def test_dask_needs_a_scheduler(runner, sample_dir, tmp_path):
    result = runner.invoke(cli, ["build", str(sample_dir), "-o", str(tmp_path), "--engine", "dask"])
    assert result.exit_code == 2
    assert "--scheduler" in result.output
