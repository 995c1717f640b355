"""``kgb evaluate``: score extraction against gold annotations."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ..errors import KGBuilderError, UnknownPlugin
from ..evaluation import SET_FIELDS, VALUE_FIELDS, EvaluationReport, evaluate
from .options import extractor_option

_LABELS = {
    "citations": "citations",
    "agencies": "agencies",
    "initiatives": "initiatives",
    "implements": "implements",
    "lead_agencies": "task leads",
    "persons": "persons",
    "jurisdiction_name": "jurisdiction name",
    "jurisdiction_level": "jurisdiction level",
    "year": "year",
    "doc_type": "document type",
    "issuer_level": "issuer level (matched citations)",
    "kind": "kind (matched citations)",
}


def format_table(report: EvaluationReport, details: bool = False) -> str:
    """The report as a plain-text table (and, with ``details``, each document's errors)."""
    lines = [f"{len(report.documents)} documents", ""]
    lines.append(f"{'field':<34}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}")
    for name in SET_FIELDS:
        s = report.scores[name]
        lines.append(f"{_LABELS[name]:<34}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>6}{s.fn:>6}")
    lines.append("")
    lines.append(f"{'field':<34}{'accuracy':>9}{'right':>8}{'of':>6}")
    for name in VALUE_FIELDS:
        a = report.accuracies[name]
        lines.append(f"{_LABELS[name]:<34}{a.value:>9.3f}{a.correct:>8}{a.total:>6}")
    if details:
        for doc in report.documents:
            lines.append("")
            lines.append(f"== {doc.id}")
            for label, table in (("missing", doc.missing), ("spurious", doc.spurious), ("wrong", doc.wrong)):
                for name, items in table.items():
                    for item in items:
                        lines.append(f"  {label:<9}{name:<14}{json.dumps(item, ensure_ascii=False)}")
    return "\n".join(lines)


@click.command("evaluate")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--gold", "gold_dir", required=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Directory of gold annotations, one <id>.json per document (id = file stem).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="table: readable summary; json: scores and per-document details.")
@click.option("--details", is_flag=True, help="With the table, list each document's misses and errors.")
@extractor_option
def evaluate_command(paths: tuple[Path, ...], gold_dir: Path, fmt: str, details: bool,
                     extractor_names: tuple[str, ...]) -> None:
    """Extract the documents in PATHS and score them against gold annotations.

    Citations, agencies, initiatives and implements links are scored by
    precision, recall and F1 (micro over documents); jurisdiction, year and,
    on matched citations, issuer level and kind by accuracy. Exits 1 when a
    document has no gold file or a gold file is malformed.

    \b
    Examples:
        kgb evaluate --gold kg_builder/data/corpus/gold kg_builder/data/corpus/seeds
        kgb evaluate --gold gold/ docs/*.txt --format json > scores.json
        kgb evaluate --gold gold/ docs/ --details
    """
    try:
        report = evaluate(gold_dir, paths, extractor_names or None)
    except UnknownPlugin as error:
        raise click.BadParameter(str(error), param_hint="--extractor") from None
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(format_table(report, details))


command = evaluate_command
