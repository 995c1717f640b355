"""``kgb build``: documents in, graph files out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..build import build_corpus
from ..errors import UnknownPlugin
from ..ontology import DEFAULT_BASE
from .options import extractor_option

#: Exit status when the build finished but some inputs could not be built.
EXIT_PARTIAL = 3


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("outputs"), show_default=True, help="Directory for the output files.")
@extractor_option
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of the entity IRIs.")
@click.option("--silent", is_flag=True, help="No progress bar and no summary.")
def build(paths: tuple[Path, ...], output_dir: Path, extractor_names: tuple[str, ...], base_iri: str,
          silent: bool) -> None:
    """Build the knowledge graph of PATHS (default: the bundled sample corpus).

    PATHS are files or directories (read recursively). Writes graph.ttl (Turtle),
    graph.nq (N-Quads, one named graph per document), graph.html (interactive,
    works offline), propagation.csv (the ranking) and build-report.json (one
    entry per input: ok or failed, why, counts of facts).

    Exit status: 0 all inputs built; 3 built, but some inputs failed (each is
    named on stderr and in build-report.json); 1 error; 2 usage error.

    \b
    Examples:
        kgb build                              # the sample corpus into outputs/
        kgb build reports/ -o out/             # a folder of your own documents
    """
    def progress(sources):
        return click.progressbar(sources, label="Extracting", file=sys.stderr, hidden=silent,
                                 item_show_func=lambda p: p.name if p else "")

    def report_error(report):
        click.echo(f"error: {report.error}", err=True)

    class _Bar:
        def __init__(self, sources):
            self.bar = progress(sources)

        def __iter__(self):
            with self.bar as items:
                yield from items

    try:
        result = build_corpus(paths, output_dir, extractor_names or None, base_iri=base_iri,
                              progress=_Bar, on_error=report_error)
    except UnknownPlugin as error:
        raise click.BadParameter(str(error), param_hint="--extractor") from None
    if not silent:
        click.echo(result.summary(), err=True)
    if result.failed:
        sys.exit(EXIT_PARTIAL)


command = build
