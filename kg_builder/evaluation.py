"""Score extraction against hand annotations (the gold schema): ``kgb evaluate``.

Gold files are ``<gold_dir>/<id>.json`` in the shape of ``data/corpus/GOLD_SCHEMA.md``;
a document's id is its file stem. Sets (citations, agencies, initiatives,
implements, task leads, persons) are scored by precision, recall and F1, micro
over documents; single values (jurisdiction name and level, year, document type)
and the attributes of matched citations (issuer level, kind) by accuracy.
Titles are compared through :func:`~kg_builder.normalize.normalize_title` on both
sides, so that a width or dash difference is never counted as an error.

Example:
    >>> gold = {"id": "d", "year": 2019, "citations": [{"title": "政府投资条例", "kind": "administrative_regulation"}]}
    >>> pred = {"id": "d", "year": 2019, "citations": [{"title": "政府投资条例", "kind": "rule"}]}
    >>> report = compare_records([(gold, pred)])
    >>> report.scores["citations"].f1, report.accuracies["kind"].value
    (1.0, 0.0)
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from .errors import GoldError
from .normalize import normalize_title

__all__ = [
    "Score",
    "Accuracy",
    "DocumentEvaluation",
    "EvaluationReport",
    "SET_FIELDS",
    "VALUE_FIELDS",
    "evaluate",
    "compare_records",
    "compare_record",
    "load_gold",
]

#: Set-valued fields scored by precision/recall/F1, in report order.
SET_FIELDS: tuple[str, ...] = ("citations", "agencies", "initiatives", "implements", "lead_agencies", "persons")
#: Single-valued checks scored by accuracy, in report order.
VALUE_FIELDS: tuple[str, ...] = (
    "jurisdiction_name", "jurisdiction_level", "year", "doc_type", "issuer_level", "kind",
)


@dataclass(frozen=True, slots=True)
class Score:
    """Counts of true positives, false positives and false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    @property
    def precision(self) -> float:
        predicted = self.tp + self.fp
        return self.tp / predicted if predicted else 1.0

    @property
    def recall(self) -> float:
        expected = self.tp + self.fn
        return self.tp / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How many checks were right out of how many were made."""

    correct: int = 0
    total: int = 0

    def __add__(self, other: "Accuracy") -> "Accuracy":
        return Accuracy(self.correct + other.correct, self.total + other.total)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0


@dataclass(frozen=True)
class DocumentEvaluation:
    """One document's scores, with what was missed and what was added."""

    id: str
    scores: dict[str, Score]
    accuracies: dict[str, Accuracy]
    missing: dict[str, list[Any]] = field(default_factory=dict)
    spurious: dict[str, list[Any]] = field(default_factory=dict)
    wrong: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "scores": {k: _score_dict(v) for k, v in self.scores.items()},
            "accuracies": {k: _accuracy_dict(v) for k, v in self.accuracies.items()},
            "missing": self.missing,
            "spurious": self.spurious,
            "wrong": self.wrong,
        }


@dataclass(frozen=True)
class EvaluationReport:
    """Micro-averaged scores over documents, and each document's details."""

    documents: tuple[DocumentEvaluation, ...]

    @property
    def scores(self) -> dict[str, Score]:
        total = {name: Score() for name in SET_FIELDS}
        for doc in self.documents:
            for name, score in doc.scores.items():
                total[name] = total[name] + score
        return total

    @property
    def accuracies(self) -> dict[str, Accuracy]:
        total = {name: Accuracy() for name in VALUE_FIELDS}
        for doc in self.documents:
            for name, accuracy in doc.accuracies.items():
                total[name] = total[name] + accuracy
        return total

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.documents),
            "scores": {k: _score_dict(v) for k, v in self.scores.items()},
            "accuracies": {k: _accuracy_dict(v) for k, v in self.accuracies.items()},
            "details": [doc.to_dict() for doc in self.documents],
        }


def _score_dict(score: Score) -> dict[str, float | int]:
    return {"precision": round(score.precision, 4), "recall": round(score.recall, 4),
            "f1": round(score.f1, 4), "tp": score.tp, "fp": score.fp, "fn": score.fn}


def _accuracy_dict(accuracy: Accuracy) -> dict[str, float | int]:
    return {"accuracy": round(accuracy.value, 4), "correct": accuracy.correct, "total": accuracy.total}


def _name(value: Any) -> str:
    """A name compared loosely: title normalization, without enclosing quotes."""
    return normalize_title(str(value or "")).strip("“”\"'‘’")


def _keys(record: dict[str, Any], name: str) -> dict[Any, Any]:
    """The comparable keys of one set-valued field, each mapped to its item."""
    items = record.get(name) or []
    keyed: dict[Any, Any] = {}
    for item in items:
        key: Any
        if name == "citations":
            key = normalize_title(item.get("title") or "") if isinstance(item, dict) else normalize_title(str(item))
        elif name == "implements":
            key = (normalize_title(item.get("source") or ""), normalize_title(item.get("target") or ""))
        elif name == "lead_agencies":
            if not item.get("lead"):
                continue
            key = (_name(item.get("task")), _name(item.get("lead")))
        elif name == "persons":
            key = _name(item.get("name") if isinstance(item, dict) else item)
        else:
            key = _name(item)
        if key and key not in keyed:
            keyed[key] = item
    return keyed


def _check(value: Any, expected: Any) -> Accuracy:
    return Accuracy(int(value == expected), 1)


def compare_record(gold: dict[str, Any], predicted: dict[str, Any] | None) -> DocumentEvaluation:
    """Score one predicted record against its gold record."""
    predicted = predicted or {}
    scores: dict[str, Score] = {}
    missing: dict[str, list[Any]] = {}
    spurious: dict[str, list[Any]] = {}
    for name in SET_FIELDS:
        if name not in gold:
            continue  # an annotation without the field says nothing about it
        want, got = _keys(gold, name), _keys(predicted, name)
        tp = sum(1 for key in got if key in want)
        scores[name] = Score(tp, len(got) - tp, len(want) - tp)
        lost = [_show(key) for key in want if key not in got]
        extra = [_show(key) for key in got if key not in want]
        if lost:
            missing[name] = lost
        if extra:
            spurious[name] = extra
    accuracies: dict[str, Accuracy] = {}
    wrong: dict[str, list[dict[str, Any]]] = {}
    gold_j = gold.get("jurisdiction") or {}
    pred_j = predicted.get("jurisdiction") or {}
    if "jurisdiction" in gold:
        checks = {
            "jurisdiction_name": (pred_j.get("name"), gold_j.get("name")),
            "jurisdiction_level": (pred_j.get("level"), gold_j.get("level")),
        }
    else:
        checks = {}
    if "year" in gold:
        checks["year"] = (predicted.get("year"), gold.get("year"))
    if "doc_type" in gold:
        checks["doc_type"] = (predicted.get("doc_type"), gold.get("doc_type"))
    for name, (value, expected) in checks.items():
        accuracies[name] = _check(value, expected)
        if value != expected:
            wrong.setdefault(name, []).append({"expected": expected, "got": value})
    if "citations" in gold:
        want, got = _keys(gold, "citations"), _keys(predicted, "citations")
        for attribute in ("issuer_level", "kind"):
            total = Accuracy()
            for key, item in want.items():
                if key not in got:
                    continue
                value, expected = got[key].get(attribute), item.get(attribute)
                total = total + _check(value, expected)
                if value != expected:
                    wrong.setdefault(attribute, []).append({"title": key, "expected": expected, "got": value})
            accuracies[attribute] = total
    return DocumentEvaluation(str(gold.get("id", "")), scores, accuracies, missing, spurious, wrong)


def _show(key: Any) -> Any:
    return list(key) if isinstance(key, tuple) else key


def compare_records(pairs: Iterable[tuple[dict[str, Any], dict[str, Any] | None]]) -> EvaluationReport:
    """Score (gold, predicted) record pairs; pure, no I/O."""
    return EvaluationReport(tuple(compare_record(gold, predicted) for gold, predicted in pairs))


def load_gold(path: Path) -> dict[str, Any]:
    """Read one gold file, raising GoldError when it is missing or malformed."""
    if not path.is_file():
        raise GoldError(f"no gold annotation for document {path.stem!r}: {path} does not exist")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot read gold file: {error}") from None
    except json.JSONDecodeError as error:
        raise GoldError(f"{path}: malformed JSON at line {error.lineno}, column {error.colno}: {error.msg}") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: a gold file holds one JSON object, not {type(data).__name__}")
    for name in SET_FIELDS:
        if name in data and not isinstance(data[name], list):
            raise GoldError(f"{path}: field {name!r} must be a list")
    for item in data.get("citations") or []:
        if not isinstance(item, dict) or not isinstance(item.get("title"), str):
            raise GoldError(f"{path}: every citation needs a string 'title'")
    for item in data.get("implements") or []:
        if not isinstance(item, dict) or "source" not in item or "target" not in item:
            raise GoldError(f"{path}: every implements entry needs 'source' and 'target'")
    if data.get("jurisdiction") is not None and not isinstance(data["jurisdiction"], dict):
        raise GoldError(f"{path}: field 'jurisdiction' must be an object or null")
    data.setdefault("id", path.stem)
    return data


def evaluate(
    gold_dir: Path,
    paths: Sequence[Path],
    extractor_names: Sequence[str] | None = None,
    progress: Callable[[Path], None] | None = None,
) -> EvaluationReport:
    """Extract every document under ``paths`` and score it against ``gold_dir``.

    Args:
        gold_dir: directory of ``<id>.json`` gold files.
        paths: document files or directories (read recursively).
        extractor_names: extractors to run (default: all built-in ones).
        progress: called with each path before it is extracted.

    Raises:
        GoldError: the gold directory or a document's gold file is missing or malformed.
        InputError: a document cannot be read.
    """
    from .pipeline import extract
    from .readers import iter_sources, read_document
    from .record import to_record

    gold_dir = Path(gold_dir)
    if isinstance(paths, (str, Path)):
        paths = [Path(paths)]
    if not gold_dir.is_dir():
        raise GoldError(f"gold directory {gold_dir} does not exist")
    sources = list(iter_sources(paths))
    if not sources:
        raise GoldError("no documents to evaluate")
    golds = [load_gold(gold_dir / f"{path.stem}.json") for path in sources]
    pairs = []
    for path, gold in zip(sources, golds):
        if progress is not None:
            progress(path)
        record = to_record(extract(read_document(path), extractor_names))
        pairs.append((gold, record))
    return compare_records(pairs)
