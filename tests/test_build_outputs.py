"""A build writes graph.nq and graph.ttl from what it loaded; they equal what the store gives back."""

from __future__ import annotations

import pytest

from kg_builder.build import build_corpus, write_outputs

_GRAPH_FILES = ["graph.nq", "graph.ttl", "propagation.csv"]


@pytest.mark.parametrize("odd", ["\t", "\x7f", "\\", '"'])
def test_outputs_written_from_the_loaded_documents_equal_those_read_from_the_store(sample_dir, tmp_path, odd):
    """Characters the store escapes its own way (tab, DEL) come out the same either way."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    seeds = sorted(sample_dir.glob("*.txt"))
    text = seeds[0].read_text("utf-8")
    (corpus / "odd.txt").write_text(text.replace("法治政府", f"法治{odd}政府", 3), "utf-8")
    (corpus / "plain.txt").write_text(seeds[1].read_text("utf-8"), "utf-8")
    store = tmp_path / "store"
    built = build_corpus([corpus], tmp_path / "built", store=store, outputs=_GRAPH_FILES)
    assert odd.encode() in (corpus / "odd.txt").read_bytes()
    from_store = write_outputs(built.store, tmp_path / "from-store", _GRAPH_FILES)
    for name in _GRAPH_FILES:
        assert built.outputs[name].read_bytes() == from_store[name].read_bytes(), name
    if odd == "\t":
        assert b"\\t" in built.outputs["graph.nq"].read_bytes()


def test_an_incremental_build_reads_the_documents_it_skipped_from_the_store(sample_dir, tmp_path):
    seeds = sorted(sample_dir.glob("*.txt"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(seeds[0].read_text("utf-8"), "utf-8")
    store = tmp_path / "store"
    build_corpus([corpus], None, store=store).store.flush()
    (corpus / "b.txt").write_text(seeds[1].read_text("utf-8"), "utf-8")
    second = build_corpus([corpus], tmp_path / "second", store=store, outputs=_GRAPH_FILES)
    assert [r.status for r in second.inputs] == ["skipped", "ok"]
    clean = build_corpus([corpus], tmp_path / "clean", outputs=_GRAPH_FILES)
    for name in _GRAPH_FILES:
        assert second.outputs[name].read_bytes() == clean.outputs[name].read_bytes(), name


@pytest.mark.parametrize("report", [
    {"inputs": [], "summary": {"inputs": 0, "graph": {"documents": 0, "quads": 0}}},
    {"inputs": [{"path": "a/报告.txt", "id": "报告", "status": "failed", "reason": "a/报告.txt: 不是 \"UTF-8\"\n",
                 "facts": {}, "quads": 0},
                {"path": "b.txt", "id": "b", "status": "ok", "reason": None, "facts": {"cites": 3, "mentionsAgency": 1},
                 "quads": 120}],
     "summary": {"inputs": 2, "extractors": ["document", "citations"], "graph": {"documents": 1, "quads": 130}}},
    {},
    # every kind of value the summary may hold, nested: the same text as json.dumps
    {"summary": {"ratio": 0.25, "big": 1e300, "ok": True, "none": None, "empty": {}, "list": [], "tuple": (1, "二"),
                 "nested": [[], [{}], {"a": [1.5, {"b": "\u2028\t\"x\""}]}], "by year": {1: "a", "2": "b"}}},
])
def test_the_report_written_entry_by_entry_is_the_json_of_the_whole(tmp_path, report):
    """build-report.json is streamed (flat memory at 10^5 inputs), byte for byte what json.dumps writes."""
    import json

    from kg_builder.build import InputReport, write_report

    write_report(tmp_path / "report.json", report)
    expected = json.dumps(report, ensure_ascii=False, indent=2) + "\n"
    assert (tmp_path / "report.json").read_text("utf-8") == expected
    if report.get("inputs"):  # the reports a build holds write the same as their JSON
        objects = {**report, "inputs": [InputReport(**entry) for entry in report["inputs"]]}
        write_report(tmp_path / "objects.json", objects)
        assert (tmp_path / "objects.json").read_text("utf-8") == expected
