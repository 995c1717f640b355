"""``kgb remove``: take documents out of a store."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import KGBuilderError


@click.command("remove")
@click.argument("docs", nargs=-1, required=True)
@click.option("--store", "store_dir", required=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="The store directory (made by kgb build --store).")
@click.option("-n", "--dry-run", is_flag=True, help="Only list what would be removed.")
def remove_command(docs: tuple[str, ...], store_dir: Path, dry_run: bool) -> None:
    """Remove documents DOCS (with every statement read from them) from a store.

    Each DOC is a document id (the file's stem), a file name, a content hash
    (or its first 8+ hex digits) or a document graph IRI; every stored version
    that matches is removed. Prints one line per removed document on stdout. A
    DOC that matches nothing is reported on stderr, and the command exits 1
    after removing the others.

    \b
    Examples:
        kgb remove 001_442be8164d49497e --store kg-store/
        kgb remove 001_442be8164d49497e.txt 3f9a1c2b --store kg-store/ --dry-run
    """
    from ..store import GraphStore

    try:
        store = GraphStore(store_dir, read_only=dry_run)  # a dry run writes nothing, and never races a writer
    except KGBuilderError as error:
        raise click.ClickException(str(error)) from None
    removed, missing = store.remove_documents(docs, dry_run=dry_run)
    verb = "would remove" if dry_run else "removed"
    for _, doc in removed:
        click.echo(f"{verb}\t{doc.id}\t{doc.content_hash[:16]}\t{doc.graph}")
    for key in missing:
        click.echo(f"error: no stored document matches {key!r}", err=True)
    store.flush()
    if missing:
        sys.exit(1)


command = remove_command
