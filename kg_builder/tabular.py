"""Result tables as CSV, JSON or Markdown: the output formats of the analysis commands."""

from __future__ import annotations

import csv
import io
import json
from typing import IO, Any, Iterable, Sequence

__all__ = ["FORMATS", "render", "write_csv"]

#: The formats ``--format`` accepts.
FORMATS: tuple[str, ...] = ("csv", "json", "md")


def _cell(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.6g}"
    return "" if value is None else str(value)


def render(records: Sequence[dict[str, Any]], fmt: str = "csv", columns: Sequence[str] | None = None) -> str:
    """Records (dicts with the same keys) as text in ``fmt``.

    CSV and Markdown show ``columns`` (default: every key of the first record),
    lists joined by "; "; JSON keeps every key and the lists.

    >>> print(render([{"a": 1, "b": ["x", "y"]}], "md"), end="")
    | a | b |
    | --- | --- |
    | 1 | x; y |
    """
    if fmt == "json":
        return json.dumps(list(records), ensure_ascii=False, indent=2) + "\n"
    if columns is None:
        columns = list(records[0]) if records else []
    if fmt == "csv":
        out = io.StringIO()
        write_csv(out, records, columns)
        return out.getvalue()
    if fmt == "md":
        def row(cells: Sequence[str]) -> str:
            return "| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

        lines = [row(list(columns)), row(["---"] * len(columns))]
        lines += [row([_cell(record.get(c)) for c in columns]) for record in records]
        return "\n".join(lines) + "\n"
    raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")


def write_csv(out: IO[str], records: Iterable[dict[str, Any]], columns: Sequence[str]) -> None:
    """Write records as :func:`render`'s CSV, a row at a time (the records may be a generator)."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    for record in records:
        writer.writerow([_cell(record.get(c)) for c in columns])
