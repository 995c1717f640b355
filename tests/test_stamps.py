"""Re-runs on a store skip unread the files whose stamp the store recorded, and read every other."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from kg_builder import readers, stamps
from kg_builder.build import build_corpus
from kg_builder.cli import cli
from kg_builder.readers import read_document
from kg_builder.stamps import STAMPS_FILE, InputStamps, reading_fingerprint

SEEDS = ["000_5897df00731d88e1", "001_442be8164d49497e", "002_1786d43f08fa2674"]


@pytest.fixture
def reads(monkeypatch) -> list[str]:
    """The names of the files the build reads (a serial build reads in this process)."""
    seen: list[str] = []
    real = readers.read_document

    def spy(path, *args, **kwargs):
        seen.append(Path(path).name)
        return real(path, *args, **kwargs)

    monkeypatch.setattr(readers, "read_document", spy)
    return seen


@pytest.fixture
def settled(monkeypatch):
    """Files count as settled 50 ms after their last change (2 s by default): then wait that long."""
    monkeypatch.setattr(stamps, "RACY_SECONDS", 0.05)
    return lambda: time.sleep(0.1)


def _corpus(sample_dir: Path, target: Path) -> Path:
    target.mkdir(parents=True)
    for seed in SEEDS:
        shutil.copy(sample_dir / f"{seed}.txt", target / f"{seed}.txt")
    return target


def _built_once(sample_dir: Path, tmp_path: Path, settled) -> tuple[Path, dict[str, str]]:
    """A corpus built into a store once, its files settled before: their stamps are recorded."""
    corpus = _corpus(sample_dir, tmp_path / "corpus")
    settled()
    return corpus, _build(corpus, tmp_path, "out1")[1]


def _build(corpus: Path, tmp_path: Path, name: str, **options):
    result = build_corpus([corpus], tmp_path / name, store=tmp_path / "store", outputs=["build-report.json"],
                          **options)
    statuses = {report.path: report.status for report in result.inputs}
    documents = {d.source_path: d.content_hash for d in result.store.documents()}
    del result
    return statuses, documents


def test_a_rerun_skips_unchanged_files_without_reading_them(sample_dir, tmp_path, reads, settled):
    corpus = _corpus(sample_dir, tmp_path / "corpus")
    settled()
    first, stored = _build(corpus, tmp_path, "out1")
    assert sorted(reads) == sorted(f"{seed}.txt" for seed in SEEDS)
    reads.clear()
    again, still = _build(corpus, tmp_path, "out2")
    assert reads == []
    assert set(again.values()) == {"skipped"} and still == stored


def test_a_changed_file_is_read_even_with_its_old_size_and_time(sample_dir, tmp_path, reads, settled):
    corpus, _ = _built_once(sample_dir, tmp_path, settled)
    target = corpus / f"{SEEDS[1]}.txt"
    before = target.stat()
    text = target.read_text("utf-8")
    changed = text.replace("法治", "依法", 1)  # same length in UTF-8
    assert changed != text and len(changed.encode()) == len(text.encode())
    target.write_text(changed, "utf-8")
    os.utime(target, ns=(before.st_atime_ns, before.st_mtime_ns))  # as `cp -p` or an archive would
    settled()
    reads.clear()
    statuses, stored = _build(corpus, tmp_path, "out2")
    assert reads == [target.name]  # the status change time gave it away
    assert statuses[target.name] == "ok"
    assert stored[f"corpus/{target.name}"] == read_document(target).content_hash
    assert len(stored) == len(SEEDS)  # the old version is gone


def test_files_changed_just_before_the_build_are_read_again(sample_dir, tmp_path, reads):
    """Within two seconds of a change a coarse clock could hide the next one: not recorded."""
    corpus = _corpus(sample_dir, tmp_path / "corpus")
    _build(corpus, tmp_path, "out1")
    reads.clear()
    statuses, _ = _build(corpus, tmp_path, "out2")
    assert sorted(reads) == sorted(f"{seed}.txt" for seed in SEEDS)
    assert set(statuses.values()) == {"skipped"}


def test_rehash_reads_every_file(sample_dir, tmp_path, reads, settled, runner):
    corpus, _ = _built_once(sample_dir, tmp_path, settled)
    reads.clear()
    result = runner.invoke(cli, ["build", str(corpus), "--store", str(tmp_path / "store"), "-j", "1",
                                 "-o", str(tmp_path / "out2"), "--outputs", "report", "--rehash", "--silent"])
    assert result.exit_code == 0, result.output
    assert sorted(reads) == sorted(f"{seed}.txt" for seed in SEEDS)


def test_a_removed_document_is_built_again_from_its_unchanged_file(sample_dir, tmp_path, reads, settled, runner):
    corpus, stored = _built_once(sample_dir, tmp_path, settled)
    removed = runner.invoke(cli, ["remove", SEEDS[0], "--store", str(tmp_path / "store")])
    assert removed.exit_code == 0 and removed.output.startswith("removed"), removed.output
    reads.clear()
    statuses, again = _build(corpus, tmp_path, "out2")
    assert reads == [f"{SEEDS[0]}.txt"]
    assert statuses[f"{SEEDS[0]}.txt"] == "ok" and again == stored


def test_stamps_of_deleted_files_are_forgotten(sample_dir, tmp_path, settled):
    corpus, _ = _built_once(sample_dir, tmp_path, settled)
    with InputStamps(tmp_path / "store") as kept:
        assert len(kept) == len(SEEDS)
    (corpus / f"{SEEDS[2]}.txt").unlink()
    _build(corpus, tmp_path, "out2")
    with InputStamps(tmp_path / "store") as kept:
        assert len(kept) == len(SEEDS) - 1


def test_another_reading_forgets_every_stamp(sample_dir, tmp_path, settled):
    corpus, _ = _built_once(sample_dir, tmp_path, settled)
    with InputStamps(tmp_path / "store") as kept:
        assert len(kept) == len(SEEDS)
    # A new kg_builder, another reader or another pypdf may read the same bytes otherwise.
    with InputStamps(tmp_path / "store", fingerprint="another reading") as kept:
        assert len(kept) == 0
    with InputStamps(tmp_path / "store") as kept:
        assert len(kept) == 0 and reading_fingerprint() == reading_fingerprint()


def test_a_damaged_stamps_file_is_started_afresh(sample_dir, tmp_path, reads, settled):
    corpus, _ = _built_once(sample_dir, tmp_path, settled)
    (tmp_path / "store" / STAMPS_FILE).write_bytes(b"not a database at all" * 100)
    reads.clear()
    statuses, stored = _build(corpus, tmp_path, "out2")
    assert len(reads) == len(SEEDS) and set(statuses.values()) == {"skipped"} and len(stored) == len(SEEDS)
    reads.clear()
    _build(corpus, tmp_path, "out3")
    assert reads == []  # the new file holds the stamps again


def test_rehash_without_a_store_is_a_usage_error(runner, sample_dir, tmp_path):
    result = runner.invoke(cli, ["build", str(sample_dir), "-o", str(tmp_path / "out"), "--rehash"])
    assert result.exit_code == 2
    assert "--rehash only applies with --store" in result.output
