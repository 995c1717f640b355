"""kgb evaluate: scores, gold errors, the command's table and JSON, and the targets."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg_builder.cli import cli
from kg_builder.errors import GoldError
from kg_builder.evaluation import Score, compare_records, evaluate, load_gold

PACKAGE = Path(__file__).resolve().parent.parent / "kg_builder" / "data" / "corpus"
SEEDS, GOLD = PACKAGE / "seeds", PACKAGE / "gold"
OWN = Path(__file__).resolve().parent / "data" / "extraction"


@pytest.mark.parametrize(("score", "p", "r", "f1"), [
    (Score(3, 1, 0), 0.75, 1.0, 6 / 7), (Score(0, 0, 0), 1.0, 1.0, 1.0), (Score(0, 2, 2), 0.0, 0.0, 0.0),
])
def test_score(score, p, r, f1):
    assert (score.precision, score.recall, score.f1) == pytest.approx((p, r, f1))


def test_compare_normalizes_titles_and_counts_micro():
    gold = {"id": "a", "year": 2019, "jurisdiction": {"name": "中站区", "level": "county"},
            "citations": [{"title": "法治政府建设实施纲要(2015-2020年)", "issuer_level": "national", "kind": "plan"},
                          {"title": "政府投资条例", "issuer_level": "national", "kind": "administrative_regulation"}],
            "agencies": ["中站区司法局"], "implements": [{"source": "甲（2019）", "target": "乙"}]}
    pred = {"id": "a", "year": 2018, "jurisdiction": {"name": "中站区", "level": "county"},
            "citations": [{"title": "法治政府建设实施纲要（2015—2020年）", "issuer_level": "national", "kind": "rule"},
                          {"title": "人民日报", "issuer_level": None, "kind": None}],
            "agencies": ["中站区司法局", "中站区委"], "implements": [{"source": "甲(2019)", "target": "乙"}]}
    report = compare_records([(gold, pred)])
    assert (report.scores["citations"].tp, report.scores["citations"].fp, report.scores["citations"].fn) == (1, 1, 1)
    assert report.scores["implements"].f1 == 1.0
    assert report.scores["agencies"].precision == 0.5
    assert report.accuracies["year"].value == 0.0 and report.accuracies["jurisdiction_level"].value == 1.0
    assert report.accuracies["kind"].value == 0.0 and report.accuracies["issuer_level"].value == 1.0
    assert report.documents[0].missing["citations"] == ["政府投资条例"]


@pytest.mark.parametrize(("content", "message"), [
    (None, "no gold annotation"), ("{not json", "malformed JSON"), ("[1, 2]", "one JSON object"),
    ('{"citations": {}}', "must be a list"), ('{"citations": [{"kind": "law"}]}', "title"),
])
def test_gold_errors(tmp_path, content, message):
    path = tmp_path / "doc.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(GoldError, match=message):
        load_gold(path)


def test_command_table_and_json():
    runner = CliRunner()
    result = runner.invoke(cli, ["evaluate", "--gold", str(GOLD), str(SEEDS)])
    assert result.exit_code == 0, result.output
    assert "citations" in result.output and "5 documents" in result.output
    result = runner.invoke(cli, ["evaluate", "--gold", str(GOLD), str(SEEDS), "--format", "json"])
    data = json.loads(result.output)
    assert data["documents"] == 5 and len(data["details"]) == 5


def test_command_missing_gold_exits_1(tmp_path):
    result = CliRunner().invoke(cli, ["evaluate", "--gold", str(tmp_path), str(SEEDS)])
    assert result.exit_code == 1 and "no gold annotation" in result.output


@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_command_help(flag):
    result = CliRunner().invoke(cli, ["evaluate", flag])
    assert result.exit_code == 0 and "Examples:" in result.output


@pytest.mark.parametrize("corpus", [(GOLD, SEEDS), (OWN, OWN)], ids=["sample", "own"])
def test_targets(corpus):
    gold, documents = corpus
    report = evaluate(gold, [documents])
    scores, accuracies = report.scores, report.accuracies
    assert scores["citations"].f1 >= 0.97
    assert accuracies["jurisdiction_name"].value == 1.0 and accuracies["jurisdiction_level"].value == 1.0
    assert accuracies["year"].value == 1.0
    assert accuracies["issuer_level"].value >= 0.90 and accuracies["kind"].value >= 0.85
    assert scores["agencies"].f1 >= 0.85 and scores["initiatives"].f1 >= 0.80 and scores["implements"].f1 >= 0.75
