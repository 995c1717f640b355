"""``kgb build``: documents in, graph files out."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import KGBuilderError, UnknownPlugin
from ..ontology import DEFAULT_BASE
from .options import extractor_option

#: Exit status when the build finished but some inputs could not be built.
EXIT_PARTIAL = 3

_OUTPUT_NAMES = ("ttl", "nq", "html", "rank", "report")


def _default_jobs() -> int:
    from ..pipeline import default_jobs

    return default_jobs()


def _output_list(ctx: click.Context, param: click.Parameter, value: str | None) -> list[str] | None:
    if value is None:
        return None
    chosen = [part.strip() for part in value.split(",") if part.strip()]
    unknown = [name for name in chosen if name not in _OUTPUT_NAMES]
    if unknown or not chosen:
        raise click.BadParameter(f"unknown output {', '.join(unknown) or '(none)'}; "
                                 f"choose among {', '.join(_OUTPUT_NAMES)}")
    return chosen


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-o", "--output", "output_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("outputs"), show_default=True, help="Directory for the output files.")
@extractor_option
@click.option("--base-iri", default=DEFAULT_BASE, show_default=True, help="Base of the entity IRIs.")
@click.option("--store", "store", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Persistent Oxigraph store to add the documents to: unchanged documents are skipped, "
                   "changed ones replaced, and the outputs describe the whole store. "
                   "Without it, the build uses a temporary store.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction [default: all cores].")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where extraction runs: worker processes here, or a Dask cluster (--scheduler).")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler address for --engine dask, e.g. tcp://10.0.0.5:8786.")
@click.option("--outputs", "output_names", default=None, callback=_output_list, metavar="LIST",
              help="Outputs to write, comma-separated among ttl,nq,html,rank,report [default: all].")
@click.option("--no-html", is_flag=True, help="Skip graph.html (slow on very large graphs).")
@click.option("--no-rank", is_flag=True, help="Skip propagation.csv (slow on very large graphs).")
@click.option("--time-limit", type=click.FloatRange(min=0), default=300, show_default=True, metavar="SECONDS",
              help="A document whose extraction takes longer fails (named in the report) and the build goes on; "
                   "0: no limit. Applies to local builds, not on Dask workers.")
@click.option("--rehash", is_flag=True,
              help="With --store: read and hash every input, even one whose size, times and inode are those "
                   "the store recorded when it last read it (by default such an input is skipped unread).")
@click.option("--silent", is_flag=True, help="No progress bar and no summary.")
def build(paths: tuple[Path, ...], output_dir: Path, extractor_names: tuple[str, ...], base_iri: str,
          store: Path | None, jobs: int | None, engine: str, scheduler: str | None, output_names: list[str] | None,
          no_html: bool, no_rank: bool, time_limit: float, rehash: bool, silent: bool) -> None:
    """Build the knowledge graph of PATHS (default: the bundled sample corpus).

    PATHS are files or directories (read recursively). Writes graph.ttl (Turtle),
    graph.nq (N-Quads, one named graph per document, sorted), graph.html
    (interactive, works offline), propagation.csv (the ranking) and
    build-report.json (one entry per input: ok, skipped or failed, why, counts
    of facts).

    With --store, the build is incremental and resumable: documents already in
    the store (same content hash) are skipped, a changed document replaces its
    old graph, and a build that was killed picks up where it stopped. A file
    whose size, times and inode are those the store recorded when it last read
    it is skipped without being read again (--rehash reads every file). Graph
    files and views that an earlier build wrote to the same folder from the
    store as it still is are kept, not written again (delete one to have it
    rewritten).

    Exit status: 0 all inputs built (or skipped as unchanged); 3 built, but some
    inputs failed (each is named on stderr and in build-report.json); 1 error;
    2 usage error.

    \b
    Examples:
        kgb build                                  # the sample corpus into outputs/
        kgb build reports/ -o out/                 # a folder of your own documents
        kgb build reports/ --store kg.oxigraph -o out/ -j 8
        kgb build reports/ --store kg.oxigraph --outputs nq,report
        kgb build reports/ --store kg.oxigraph --rehash  # read every file again
        kgb build reports/ --time-limit 60          # a document extracting longer fails
        kgb build reports/ --engine dask --scheduler tcp://10.0.0.5:8786 --store kg.oxigraph
    """
    from ..build import OUTPUT_NAMES, build_corpus

    if engine == "dask" and not scheduler:
        raise click.UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler only applies with --engine dask")
    if rehash and store is None:
        raise click.UsageError("--rehash only applies with --store (without a store every file is read)")
    chosen = output_names or list(_OUTPUT_NAMES)
    if no_html:
        chosen = [name for name in chosen if name != "html"]
    if no_rank:
        chosen = [name for name in chosen if name != "rank"]

    def progress(outcomes, total):
        with click.progressbar(length=total, label="Building", file=sys.stderr, hidden=silent,
                               item_show_func=lambda o: o.shown if o else "") as bar:
            for outcome in outcomes:
                bar.update(1, outcome)
                yield outcome

    def report_error(report):
        click.echo(f"error: {report.error}", err=True)

    try:
        result = build_corpus(paths, output_dir, extractor_names or None, base_iri=base_iri,
                              progress=progress, on_error=report_error, store=store,
                              jobs=jobs or _default_jobs(), engine=engine, scheduler=scheduler,
                              outputs=[OUTPUT_NAMES[name] for name in chosen], time_limit=time_limit or None,
                              rehash=rehash)
    except UnknownPlugin as error:
        raise click.BadParameter(str(error), param_hint="--extractor") from None
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    if not silent:
        click.echo(result.summary(), err=True)
    if result.failed:
        sys.exit(EXIT_PARTIAL)


command = build
