"""Every command answers -h/--help; build, extract and plugins work from the shell."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from kg_builder.cli import COMMANDS, cli


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help(runner, command, flag):
    result = runner.invoke(cli, [command, flag])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    # Every command documents an example.
    assert "kgb " + command in result.output


def test_root_help_lists_commands(runner):
    result = runner.invoke(cli, ["--help"])
    assert result.exit_code == 0
    for command in COMMANDS:
        assert command in result.output


def test_version(runner):
    result = runner.invoke(cli, ["--version"])
    assert result.exit_code == 0 and "kgb" in result.output


def test_python_dash_m_runs_the_cli():
    done = subprocess.run([sys.executable, "-m", "kg_builder", "--help"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "build" in done.stdout


def test_extract_prints_one_gold_shaped_record_per_document(runner, sample_dir):
    result = runner.invoke(cli, ["extract", str(sample_dir)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == sorted(p.stem for p in sample_dir.glob("*.txt"))
    for record in records:
        assert {"id", "title", "doc_type", "jurisdiction", "year", "citations", "agencies", "initiatives",
                "implements"} <= set(record)
    donliao = next(r for r in records if r["id"].startswith("001_"))
    assert donliao["jurisdiction"]["name"] == "东辽县"
    assert "重大行政决策程序暂行条例" in {c["title"] for c in donliao["citations"]}


def test_extract_json_format_is_one_array(runner, sample_dir):
    result = runner.invoke(cli, ["extract", "--format", "json", str(sample_dir / "003_280033b0075f93d2.txt")])
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert len(records) == 1 and records[0]["jurisdiction"]["name"] == "马村区"


def test_unknown_extractor_is_a_usage_error(runner, sample_dir):
    result = runner.invoke(cli, ["extract", "-e", "nope", str(sample_dir)])
    assert result.exit_code == 2
    assert "unknown extractor 'nope'" in result.output


def test_missing_path_is_a_usage_error(runner, tmp_path):
    result = runner.invoke(cli, ["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2


def test_build_writes_the_five_outputs_and_reports_each_input(runner, tmp_path, sample_dir):
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(sample_dir), "-o", str(out), "--silent"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["graph.ttl", "graph.nq", "graph.html", "propagation.csv", "build-report.json"])
    report = json.loads((out / "build-report.json").read_text("utf-8"))
    assert report["summary"] == {**report["summary"], "inputs": 5, "ok": 5, "failed": 0}
    assert all(entry["facts"]["cites"] > 0 for entry in report["inputs"])


def test_build_reports_a_bad_file_and_builds_the_rest(runner, tmp_path, sample_dir):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text((sample_dir / "001_442be8164d49497e.txt").read_text("utf-8"), "utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    result = runner.invoke(cli, ["build", str(corpus), "-o", str(out)])
    assert result.exit_code == 3
    assert "empty.txt: empty file" in result.stderr
    report = json.loads((out / "build-report.json").read_text("utf-8"))
    status = {entry["path"]: entry["status"] for entry in report["inputs"]}
    assert status == {"empty.txt": "failed", "good.txt": "ok"}


def test_plugins_lists_extractors(runner):
    result = runner.invoke(cli, ["plugins"])
    assert result.exit_code == 0
    assert "citations" in result.output


def _corrupt_store(path):
    path.mkdir()
    (path / "CURRENT").write_text("not a store\n")
    return path


@pytest.mark.parametrize(("make_args", "status", "message"), [
    (lambda d, s, t: [str(s / "001_442be8164d49497e.txt")], 0, None),
    (lambda d, s, t: [str(s / "001_442be8164d49497e.txt"), "--store", str(_corrupt_store(t / "bad"))], 1,
     "cannot open the store"),
    (lambda d, s, t: [str(s), "--outputs", "nq,pdf"], 2, "unknown output pdf"),
    (lambda d, s, t: [str(s), "-j", "0"], 2, "--jobs"),
    (lambda d, s, t: [str(s), "--scheduler", "tcp://127.0.0.1:1"], 2, "--engine dask"),
])
def test_build_exit_status(runner, sample_dir, tmp_path, make_args, status, message):
    result = runner.invoke(cli, ["build", "-o", str(tmp_path / "out"), "--silent",
                                 *make_args(None, sample_dir, tmp_path)])
    assert result.exit_code == status, result.output
    if message:
        assert message in result.output


def test_build_with_a_store_skips_what_it_has_and_says_so(runner, sample_dir, tmp_path):
    args = ["build", str(sample_dir), "--store", str(tmp_path / "store"), "-o", str(tmp_path / "out"), "-j", "1"]
    assert runner.invoke(cli, args).exit_code == 0
    again = runner.invoke(cli, args)
    assert again.exit_code == 0, again.output
    assert "built 0, skipped 5, failed 0 of 5 inputs" in again.stderr
    report = json.loads((tmp_path / "out" / "build-report.json").read_text("utf-8"))
    assert {entry["status"] for entry in report["inputs"]} == {"skipped"}


def test_build_a_then_b_into_one_store_keeps_both_reports(runner, sample_dir, tmp_path):
    # a/report.txt and b/report.txt share a stem but are two documents: neither replaces the other.
    for folder, seed in (("a", "000_5897df00731d88e1"), ("b", "001_442be8164d49497e")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_bytes((sample_dir / f"{seed}.txt").read_bytes())
    for folder in ("a", "b"):
        result = runner.invoke(cli, ["build", str(tmp_path / folder), "--store", str(tmp_path / "store"),
                                     "-o", str(tmp_path / "out"), "-j", "1", "--outputs", "report"])
        assert result.exit_code == 0, result.output
    report = json.loads((tmp_path / "out" / "build-report.json").read_text("utf-8"))
    assert report["summary"]["graph"]["documents"] == 2
