"""SPARQL over a kg_builder graph: open it, run a query, print the answer, the cookbook.

A graph is either an Oxigraph store on disk (``GraphStore``) or built graph files
(``graph.nq``, ``graph.trig``, ``graph.ttl`` ...) loaded into an in-memory store.
Either way the query sees the union of the document graphs as its default graph
and our prefixes (``kgb:``, ``eli:``, ``oa:``, ``skos:`` ...) are predeclared.

Because every document is its own named graph, a triple stated by three
documents is three matches in the union: queries that count use ``DISTINCT``.

Example:
    >>> from kg_builder.store import GraphStore
    >>> result = run_query(GraphStore(), "ASK { ?d a kgb:Document }")  # an empty in-memory graph
    >>> result.form, result.boolean
    ('ask', False)
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from importlib.resources import files
from pathlib import Path
from typing import Iterable, Sequence

from .errors import KGBuilderError
from .ontology import PREFIXES

__all__ = [
    "QueryError", "FormatMismatch", "CookbookQuery", "QueryResult", "FORMATS", "DEFAULT_GRAPH", "open_graph", "load_graph_files",
    "run_query", "format_result", "render_table", "display_width", "term_text", "cookbook", "cookbook_query", "query_form",
    "is_update", "prefix_declarations",
]

#: The graph ``kgb query`` reads when given neither ``--graph`` nor ``--store``.
DEFAULT_GRAPH = Path("outputs/graph.nq")

#: Output formats of ``kgb query``: table, csv, tsv, json, xml for SELECT and ASK;
#: turtle and ntriples for CONSTRUCT and DESCRIBE.
FORMATS = ("table", "csv", "tsv", "json", "xml", "turtle", "ntriples")

_RESULT_FORMATS = {"csv": "CSV", "tsv": "TSV", "json": "JSON", "xml": "XML"}
_GRAPH_FORMATS = {"turtle": "TURTLE", "ntriples": "N_TRIPLES"}


class QueryError(KGBuilderError):
    """A query cannot run: bad syntax, an unknown cookbook name, a missing graph."""


class FormatMismatch(QueryError):
    """The output format does not fit the query form (a table for a graph, Turtle for a SELECT)."""


@dataclass(frozen=True)
class CookbookQuery:
    """One analyst question of the cookbook, as shipped in ``kg_builder/cookbook/NAME.rq``."""

    name: str
    title: str
    question: str
    text: str


@dataclass
class QueryResult:
    """What a query returned: solutions (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    form: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list] = field(default_factory=list)  # pyoxigraph terms or None, one list per solution
    boolean: bool | None = None
    results_json: bytes = b""  # SELECT/ASK as SPARQL results JSON, what other formats convert from
    triples: list = field(default_factory=list)  # pyoxigraph Triples
    seconds: float = 0.0


# -- opening a graph ------------------------------------------------------------

def load_graph_files(store, paths: Iterable[Path]) -> None:
    """Load RDF files into a pyoxigraph store, the format guessed from each suffix.

    Quad formats (N-Quads, TriG) keep their named graphs; triple formats (Turtle,
    N-Triples, RDF/XML, JSON-LD) go to the default graph, which the union default
    graph of our queries includes.
    """
    import pyoxigraph as ox

    for path in paths:
        path = Path(path)
        if not path.is_file():
            raise QueryError(f"{path}: no such graph file (run `kgb build` first, or pass --graph or --store)")
        suffix = path.suffix.lstrip(".").lower()
        rdf_format = ox.RdfFormat.from_extension(suffix) if suffix else None
        if rdf_format is None:
            raise QueryError(f"{path}: unknown RDF format {path.suffix!r} (use .nq, .trig, .ttl, .nt, .jsonld or .rdf)")
        try:
            store.bulk_load(path=str(path), format=rdf_format)
        except SyntaxError as error:
            raise QueryError(f"{path}: not valid {rdf_format.name}: {error}") from None


def open_graph(graph_paths: Sequence[Path] = (), store_dir: Path | None = None):
    """The graph to query: an on-disk store opened read-only, or files loaded in memory.

    With neither, loads ``outputs/graph.nq`` (what ``kgb build`` writes).
    Returns a ``GraphStore``.
    """
    from .store import GraphStore

    if store_dir is not None:
        if graph_paths:
            raise QueryError("give either graph files or --store, not both")
        store_dir = Path(store_dir)
        if not store_dir.is_dir():
            raise QueryError(f"{store_dir}: no such store directory")
        try:
            return GraphStore(store_dir, read_only=True)
        except OSError as error:
            raise QueryError(f"{store_dir}: cannot open the store read-only: {error}") from None
    graph = GraphStore()
    load_graph_files(graph.store, graph_paths or [DEFAULT_GRAPH])
    return graph


# -- running a query ------------------------------------------------------------

_PROLOGUE = re.compile(
    r"""\A(?:\s+|\#[^\n]*\n?|(?i:PREFIX)\s+[^\s:]*:\s*<[^>]*>|(?i:BASE)\s*<[^>]*>)*""",
)
_UPDATE_KEYWORDS = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")


def query_form(text: str) -> str | None:
    """The first keyword after the prologue (comments, PREFIX, BASE), upper-cased.

    >>> query_form("# note\\nPREFIX ex: <http://e/>\\nselect * { ?s ?p ?o }")
    'SELECT'
    """
    rest = text[_PROLOGUE.match(text).end():]
    match = re.match(r"[A-Za-z]+", rest)
    return match.group(0).upper() if match else None


def is_update(text: str) -> bool:
    """Whether the text is a SPARQL Update (INSERT, DELETE, LOAD, DROP ...), even a malformed one.

    >>> is_update("PREFIX ex: <http://e/> INSERT DATA { ex:a ex:b ex:c }")
    True
    >>> is_update("SELECT ?insert WHERE { ?insert ?p ?o }")
    False
    """
    return query_form(text) in _UPDATE_KEYWORDS


def prefix_declarations() -> str:
    """Our prefixes as SPARQL PREFIX declarations on one line."""
    return " ".join(f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items())


def run_query(graph, text: str) -> QueryResult:
    """Run a SPARQL query on a ``GraphStore``; our prefixes are predeclared.

    Raises ``QueryError`` for an update (the graph is read-only here) or a syntax error.
    """
    import pyoxigraph as ox

    if is_update(text):
        raise QueryError("this is a SPARQL update; kgb query only reads (rebuild the graph with `kgb build`)")
    started = time.perf_counter()
    try:
        answer = graph.query(text)
        if isinstance(answer, ox.QueryBoolean):
            result = QueryResult("ask", boolean=bool(answer),
                                 results_json=answer.serialize(format=ox.QueryResultsFormat.JSON))
        elif isinstance(answer, ox.QuerySolutions):
            # Serialized once by Oxigraph's own writer; every output format converts from it losslessly.
            data = answer.serialize(format=ox.QueryResultsFormat.JSON)
            solutions = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
            variables = [v.value for v in solutions.variables]
            rows = [[solution[v] for v in variables] for solution in solutions]
            result = QueryResult("select", variables=variables, rows=rows, results_json=data)
        else:
            result = QueryResult("graph", triples=list(answer))
    except SyntaxError as error:
        raise QueryError(f"query syntax error: {error}") from None
    except OSError as error:
        raise QueryError(f"query failed: {error}") from None
    result.seconds = time.perf_counter() - started
    return result


# -- printing the answer -----------------------------------------------------------

def display_width(text: str) -> int:
    """Terminal columns ``text`` takes: wide (CJK) characters take two, combining marks none.

    >>> display_width("东辽县"), display_width("abc"), display_width("（2015）")
    (6, 3, 8)
    """
    width = 0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return width


def _clip(text: str, limit: int) -> str:
    """Cut ``text`` to at most ``limit`` columns, marking the cut with an ellipsis."""
    if limit <= 0 or display_width(text) <= limit:
        return text
    out, width = [], 0
    for ch in text:
        w = display_width(ch)
        if width + w > limit - 1:
            break
        out.append(ch)
        width += w
    return "".join(out) + "…"


def _pad(text: str, width: int) -> str:
    return text + " " * (width - display_width(text))


def _shorten(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace) and re.fullmatch(r"[A-Za-z_][\w.-]*", iri[len(namespace):]):
            return f"{prefix}:{iri[len(namespace):]}"
    return f"<{iri}>"


def term_text(term) -> str:
    """How a term reads in a table: a literal's value, a prefixed name or <IRI>, _:blank."""
    import pyoxigraph as ox

    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        return _shorten(term.value)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return str(term)


def render_table(variables: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 60) -> str:
    """An aligned text table; Chinese characters count two columns, long cells are clipped.

    >>> print(render_table(["地区", "n"], [["东辽县", "12"], ["运城市", "3"]]))
    地区   | n
    -------+---
    东辽县 | 12
    运城市 | 3
    <BLANKLINE>
    (2 rows)
    """
    clean = [[_clip(" ".join(cell.split()) if "\n" in cell else cell, max_width) for cell in row] for row in rows]
    widths = [display_width(v) for v in variables]
    for row in clean:
        widths = [max(w, display_width(c)) for w, c in zip(widths, row)]
    lines = [" | ".join(_pad(v, w) for v, w in zip(variables, widths)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    for row in clean:
        lines.append(" | ".join(_pad(c, w) for c, w in zip(row, widths)).rstrip())
    count = len(rows)
    lines += ["", f"({count} row{'s' if count != 1 else ''})"]
    return "\n".join(lines)


def format_result(result: QueryResult, fmt: str = "table", max_width: int = 60) -> str:
    """The answer as text in ``fmt`` (one of ``FORMATS``).

    SELECT and ASK answer in table, csv, tsv, json or xml (SPARQL results formats);
    CONSTRUCT and DESCRIBE in turtle or ntriples (table means turtle for them).
    """
    import pyoxigraph as ox

    if fmt not in FORMATS:
        raise QueryError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if result.form == "graph":
        if fmt == "table":
            fmt = "turtle"
        if fmt not in _GRAPH_FORMATS:
            raise FormatMismatch(f"a CONSTRUCT or DESCRIBE answer is a graph: use --format turtle or ntriples, not {fmt}")
        rdf_format = getattr(ox.RdfFormat, _GRAPH_FORMATS[fmt])
        prefixes = PREFIXES if fmt == "turtle" else None
        return ox.serialize(result.triples, format=rdf_format, prefixes=prefixes).decode("utf-8")
    if fmt in _GRAPH_FORMATS:
        raise FormatMismatch(f"--format {fmt} is for CONSTRUCT and DESCRIBE; a {result.form.upper()} answer is "
                         "table, csv, tsv, json or xml")
    if result.form == "ask" and fmt in ("table", "csv", "tsv"):
        return "true\n" if result.boolean else "false\n"
    if fmt == "table":
        rows = [[term_text(t) for t in row] for row in result.rows]
        return render_table(result.variables, rows, max_width) + "\n"
    results_format = getattr(ox.QueryResultsFormat, _RESULT_FORMATS[fmt])
    parsed = ox.parse_query_results(result.results_json, ox.QueryResultsFormat.JSON)
    text = parsed.serialize(format=results_format).decode("utf-8")
    # Like every other format, end with a newline: a shell prompt must not land on the last line.
    return text if text.endswith("\n") else text + "\n"


# -- the cookbook --------------------------------------------------------------------

def _cookbook_dir() -> Path:
    return Path(str(files("kg_builder"))) / "cookbook"


def _parse_cookbook(name: str, text: str) -> CookbookQuery:
    header: dict[str, list[str]] = {}
    key = None
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        match = re.match(r"#\s*(title|question):\s*(.*)", line)
        if match:
            key = match.group(1)
            header[key] = [match.group(2).strip()]
        elif key and line[1:].strip() and line.startswith("#  "):
            header[key].append(line[1:].strip())  # an indented continuation line
        else:
            key = None
    if "title" not in header or "question" not in header:
        raise QueryError(f"cookbook query {name}.rq must start with '# title:' and '# question:' comments")
    return CookbookQuery(name, " ".join(header["title"]), " ".join(header["question"]), text)


def cookbook() -> list[CookbookQuery]:
    """Every query of the cookbook, by name."""
    return [_parse_cookbook(p.stem, p.read_text("utf-8")) for p in sorted(_cookbook_dir().glob("*.rq"))]


def cookbook_query(name: str) -> CookbookQuery:
    """One cookbook query by name; ``QueryError`` lists the names when there is none."""
    path = _cookbook_dir() / f"{name}.rq"
    if not re.fullmatch(r"[a-z0-9-]+", name) or not path.is_file():
        names = ", ".join(q.name for q in cookbook())
        raise QueryError(f"no cookbook query {name!r}; available: {names}")
    return _parse_cookbook(name, path.read_text("utf-8"))
