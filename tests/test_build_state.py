"""What a build keeps of each input stays small: reports beyond a batch wait on disk, in order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg_builder.build import InputReport, InputReports, build_corpus


def test_reports_beyond_a_batch_come_back_in_order_with_their_counts(monkeypatch):
    monkeypatch.setattr(InputReports, "BATCH", 3)
    made = [InputReport(f"d{i}.txt", f"d{i}", "failed" if i % 4 == 0 else "ok", None, {"cites": i}, i)
            for i in range(10)]
    reports = InputReports()
    for report in made:
        reports.append(report)
    assert len(reports) == 10 and reports._file is not None  # three batches went to disk
    assert list(reports) == made and list(reports) == made  # read again, same order
    assert (reports.count("ok"), reports.count("failed"), reports.count("skipped")) == (7, 3, 0)


def test_a_build_whose_reports_went_to_disk_reports_the_same(sample_dir, sample_build, tmp_path, monkeypatch):
    monkeypatch.setattr(InputReports, "BATCH", 2)
    result = build_corpus([sample_dir], tmp_path / "out", outputs=["build-report.json"])
    assert isinstance(result.inputs, InputReports) and result.inputs._file is not None
    written = json.loads(result.outputs["build-report.json"].read_text("utf-8"))
    expected = json.loads(sample_build.outputs["build-report.json"].read_text("utf-8"))
    assert written["inputs"] == expected["inputs"]
    assert written["summary"] == expected["summary"]
    assert [r.path for r in result.inputs] == [r["path"] for r in expected["inputs"]]
    assert result.summary().startswith("built 5, skipped 0, failed 0 of 5 inputs")


def test_seen_inputs_name_the_first_input_with_a_content_and_map_paths_to_hashes():
    from kg_builder.inputs import SeenInputs

    seen = SeenInputs()
    try:
        assert seen.add("h1", "a.txt", "c/a.txt") is None
        assert seen.add("h2", "b.txt", "c/b.txt") is None
        assert seen.add("h1", "copy/a.txt", "c/copy/a.txt") == "a.txt"  # the same text again
        assert seen.add("h3", "b.txt", "c/b.txt") is None  # a path seen again keeps its last hash
        assert dict(seen) == {"c/a.txt": "h1", "c/b.txt": "h3", "c/copy/a.txt": "h1"}
        assert list(seen) == sorted(seen) and len(seen) == 3 and "c/b.txt" in seen and "c/x" not in seen
        assert seen.has_hash("h2") and not seen.has_hash("h4")
    finally:
        seen.close()


@pytest.mark.parametrize("batch", [10_000, 0], ids=["by path", "one pass"])
def test_stale_versions_read_the_same_from_the_seen_inputs_as_from_a_dict(sample_dir, tmp_path, batch, monkeypatch):
    from kg_builder.inputs import SeenInputs

    monkeypatch.setattr("kg_builder.store._BATCH", batch)
    result = build_corpus([sample_dir], None, store=tmp_path / "store")
    store = result.store
    stored = {d.source_path: d.content_hash for d in store.documents()}
    changed = {path: ("0" * 64 if number % 2 else digest) for number, (path, digest) in enumerate(sorted(stored.items()))}
    seen = SeenInputs()
    try:
        for path, digest in changed.items():
            seen.add(digest, path, path)
        assert store.stale_versions(seen) == store.stale_versions(changed)
        assert len(store.stale_versions(seen)) == len(stored) // 2
    finally:
        seen.close()


def test_the_input_list_reads_back_in_order_for_readers_at_their_own_pace(tmp_path):
    from kg_builder.inputs import InputList, bases, locate
    from kg_builder.readers import iter_sources

    corpus = tmp_path / "语料 2024"
    (corpus / "区县").mkdir(parents=True)
    names = ["a b.txt", "line\nbreak.txt", "区县/东辽县 报告.txt", "ü-é.html", "z.txt"]
    for number, name in enumerate(names):
        (corpus / name).write_text("法治政府" * (number + 1), "utf-8")
    inputs = InputList([corpus])
    expected = [(str(path), *locate(path, bases([corpus]))) for path in iter_sources([corpus])]
    assert len(inputs) == len(names) == len(expected)
    assert inputs.bytes == sum(len(("法治政府" * (n + 1)).encode()) for n in range(len(names)))
    first, second = iter(inputs), iter(inputs)
    assert [next(first), next(first)] == expected[:2]
    assert list(second) == expected  # another reader starts from the top
    assert list(first) == expected[2:]
    assert "语料 2024/line\nbreak.txt" in [source for _, _, source in inputs]
    assert [path for path, _, _ in inputs.to_read()] == [Path(path) for path, _, _ in expected]
