"""``kgb rank`` and ``kgb measures`` from the command line, on the sample build and a hand-built graph."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg_builder.cli import cli
from kg_builder.propagation import RANK_COLUMNS

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_propagation import country  # noqa: E402  (the hand-built graph with known answers)


@pytest.fixture(scope="module")
def sample_graph(sample_build) -> Path:
    return sample_build.outputs["graph.nq"]


@pytest.fixture(scope="module")
def hand_graph(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("hand") / "country.ttl"
    country().serialize(path, format="turtle")
    return path


def test_rank_table_puts_the_2015_plan_first(runner, sample_graph):
    result = runner.invoke(cli, ["rank", str(sample_graph), "-n", "3"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].startswith("| rank | title |") and len(lines) == 2 + 3
    assert lines[2].startswith("| 1 | 法治政府建设实施纲要(2015-2020年) | 中共中央、国务院 | national |")


def test_rank_csv_has_every_documented_column(runner, sample_graph):
    result = runner.invoke(cli, ["rank", str(sample_graph), "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == RANK_COLUMNS
    assert rows[0]["title"] == "法治政府建设实施纲要(2015-2020年)" and rows[0]["issued_year"] == "2015"
    assert "重大行政决策程序暂行条例" in [row["title"] for row in rows[:3]]
    assert [int(row["rank"]) for row in rows] == list(range(1, len(rows) + 1))


def test_rank_json_lists_the_jurisdictions_behind_each_count(runner, hand_graph):
    result = runner.invoke(cli, ["rank", str(hand_graph), "-f", "json", "-n", "1"])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.stdout)
    assert row["title"] == "示范条例" and row["score"] == 16 and row["depth"] == 4
    assert row["adopters_county"] == ["东县", "北县", "西县"] and row["adopters_township"] == ["和平镇"]
    assert row["lag_township"] == 3


def test_rank_explain_quotes_the_sentences(runner, sample_graph):
    result = runner.invoke(cli, ["rank", str(sample_graph), "--explain", "《重大行政决策程序暂行条例》"])
    assert result.exit_code == 0, result.output
    assert "国务院公布了《重大行政决策程序暂行条例》" in result.stdout
    assert "待《辽源市重大行政决策程序规定实施办法》出台后" in result.stdout
    assert "score " in result.stdout and "东辽县 (county, 2019, in territory" in result.stdout


def test_rank_without_inferred_links(runner, hand_graph):
    plain = runner.invoke(cli, ["rank", str(hand_graph), "-f", "csv", "--no-inferred"])
    full = runner.invoke(cli, ["rank", str(hand_graph), "-f", "csv"])
    assert "法治宣传教育条例,国务院" in full.stdout and "法治宣传教育条例,国务院" not in plain.stdout
    assert "⇢" not in plain.stdout


def test_rank_by_initiative(runner, hand_graph):
    result = runner.invoke(cli, ["rank", str(hand_graph), "--by", "initiative", "-f", "csv"])
    assert result.exit_code == 0, result.output
    (row,) = list(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["title"], row["origin_level"], row["out_of_territory"], row["score"]) == ("一市通办", "prefecture", "1", "3")


@pytest.mark.parametrize(("args", "message"), [
    (["rank", "{tmp}/missing.nq"], "no such graph file"),
    (["rank", "{hand}", "--explain", "不存在的办法"], "no regulation or initiative titled '不存在的办法'"),
    (["measures", "gaps", "{tmp}/missing.nq"], "no such graph file"),
])
def test_user_errors_exit_1_with_one_line(runner, hand_graph, tmp_path, args, message):
    args = [a.format(tmp=tmp_path, hand=hand_graph) for a in args]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1
    assert message in result.output


@pytest.mark.parametrize(("measure", "column", "expected"), [
    ("pagerank", "title", "示范条例"),
    ("most-cited", "title", "甲省示范条例实施办法"),
    ("communities", "members", "甲省营商条例; 一市示范条例实施细则"),
    ("gaps", "jurisdiction", "新华镇"),
])
def test_measures_first_row(runner, hand_graph, measure, column, expected):
    result = runner.invoke(cli, ["measures", measure, str(hand_graph), "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows[0][column] == expected


def test_gaps_json_names_the_adopting_peers(runner, hand_graph):
    result = runner.invoke(cli, ["measures", "gaps", str(hand_graph), "-f", "json"])
    found = {(r["title"], r["jurisdiction"]): r for r in json.loads(result.stdout)}
    assert found[("甲省营商条例", "西县")]["adopting_peers"] == ["东县"]
    assert found[("甲省营商条例", "西县")]["parent"] == "一市"


def test_rank_runs_as_a_module(sample_graph):
    done = subprocess.run([sys.executable, "-m", "kg_builder", "rank", str(sample_graph), "-f", "csv", "-n", "1"],
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[1].startswith("1,法治政府建设实施纲要(2015-2020年),")
    assert "reading" in done.stderr  # progress on stderr, results on stdout


def test_rank_by_initiative_on_the_sample_shows_a_programme_spreading(runner, sample_graph):
    result = runner.invoke(cli, ["rank", str(sample_graph), "--by", "initiative", "-f", "csv"])
    assert result.exit_code == 0, result.output
    rows = {row["title"]: row for row in csv.DictReader(io.StringIO(result.stdout))}
    assert rows["放管服"]["origin_level"] == "national" and rows["放管服"]["county"] == "2"
    assert rows["放管服"]["prefecture"] == "1" and rows["放管服"]["issuer"] == "国务院"
    traced = runner.invoke(cli, ["trace", "放管服", str(sample_graph), "--no-inferred"])
    assert traced.exit_code == 0, traced.output
    assert "levels reached: prefecture 1 (运城市) · county 2 (东辽县、马村区)" in traced.stdout


_GAP_COLUMNS = ("regulation_rank", "title", "origin_level", "jurisdiction", "level", "parent", "adopting_peers",
                "documents_read", "in_force", "iri", "jurisdiction_iri")


@pytest.mark.parametrize(("fmt", "stdout"), [
    ("md", "| " + " | ".join(_GAP_COLUMNS) + " |\n|" + " --- |" * len(_GAP_COLUMNS) + "\n"),
    ("csv", ",".join(_GAP_COLUMNS) + "\n"),
    ("json", "[]\n"),
])
def test_an_empty_measure_prints_its_header_and_says_no_rows(runner, tmp_path, fmt, stdout):
    graph = tmp_path / "bare.ttl"
    graph.write_text('@prefix kgb: <https://w3id.org/kg-builder/ontology#> .\n'
                     '<https://example.org/j> a kgb:Jurisdiction ; kgb:level kgb:County .\n', "utf-8")
    result = runner.invoke(cli, ["measures", "gaps", str(graph), "--by", "initiative", "-f", fmt])
    assert result.exit_code == 0, result.output
    assert result.stdout == stdout
    assert "gaps (--by initiative): no rows" in result.stderr


def _help_examples():
    import click

    ctx = click.Context(cli)
    for name in cli.list_commands(ctx):
        for line in (cli.get_command(ctx, name).help or "").splitlines():
            if line.strip().startswith("kgb "):
                yield name, line.strip()
    for doc in ("propagation.md", "explorer.md"):
        for line in (Path(__file__).resolve().parent.parent / "docs" / doc).read_text("utf-8").splitlines():
            line = line.strip().removeprefix("$ ")
            if line.startswith("kgb "):
                yield doc, line


@pytest.mark.parametrize(("where", "example"), list(_help_examples()))
def test_every_example_is_valid_shell(where, example):
    # A title with parentheses must be quoted: bash reads an unquoted ( as a subshell.
    done = subprocess.run(["bash", "-n", "-c", example], capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"{where}: {example}: {done.stderr}"
