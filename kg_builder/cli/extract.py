"""``kgb extract``: what was read from each document, as gold-schema JSON."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from ..errors import KGBuilderError, UnknownPlugin
from ..pipeline import extract, resolve_extractors
from ..readers import iter_sources, read_document, sample_corpus
from ..record import to_record
from .options import extractor_option


@click.command("extract")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "json"]), default="jsonl", show_default=True,
              help="jsonl: one record per line; json: one array, indented.")
@extractor_option
def extract_command(paths: tuple[Path, ...], fmt: str, extractor_names: tuple[str, ...]) -> None:
    """Print what was extracted from each document in PATHS, in the gold-schema shape.

    PATHS are files or directories (read recursively); none means the bundled
    sample corpus. Each record's ``id`` is the file's stem. A file that cannot be
    read is reported on stderr and the command exits 1 after printing the others.

    \b
    Examples:
        kgb extract                              # the sample corpus, one JSON line each
        kgb extract reports/ --format json > extracted.json
    """
    try:
        names = resolve_extractors(extractor_names or None)
    except UnknownPlugin as error:
        raise click.BadParameter(str(error), param_hint="--extractor") from None
    records = []
    failed = 0
    for path in iter_sources(paths or [sample_corpus()]):
        try:
            record = to_record(extract(read_document(path), [n for n, _ in names]))
        except KGBuilderError as error:
            click.echo(f"error: {error}", err=True)
            failed += 1
            continue
        if fmt == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
        else:
            records.append(record)
    if fmt == "json":
        click.echo(json.dumps(records, ensure_ascii=False, indent=2))
    if failed:
        sys.exit(1)


command = extract_command
