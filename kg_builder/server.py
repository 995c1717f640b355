"""A read-only SPARQL 1.1 Protocol endpoint: Oxigraph's server behind a thin front.

Oxigraph's own server (``oxigraph serve-read-only``, from the ``oxigraph``
package, the same store format as ``pyoxigraph``) parses and evaluates every
query, with its union default graph and its per-query timeout. It listens on an
internal loopback port. In front of it, a small Python server adds what
Oxigraph's server lacks for our users:

* our prefixes predeclared (``kgb:``, ``oa:``, ``skos:`` ...);
* a result limit (rows for SELECT, triples for CONSTRUCT/DESCRIBE), marked in the
  ``X-KGB-Truncated`` header when it cuts;
* a clear refusal of every SPARQL update, however it is sent;
* content negotiation: SELECT/ASK as SPARQL JSON, XML, CSV or TSV, graphs as
  Turtle, N-Triples, JSON-LD or RDF/XML (also ``?format=csv`` etc. for links);
* CORS, so that browser tools (YASGUI) on other origins can query it;
* an offline HTML page at ``/`` with a query editor and the cookbook.

The front asks Oxigraph for TSV (solutions) or N-Triples (graphs), both one
result per line, so that it can stop reading at the limit; it converts the
answer to the client's format with pyoxigraph's own parsers and writers, so no
result format is written by hand here.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable, Sequence
from urllib.parse import parse_qs, urlencode, urlsplit

from .errors import KGBuilderError
from .ontology import PREFIXES
from .scratch import scratch_directory
from .sparql import cookbook, is_update, load_graph_files, prefix_declarations

__all__ = ["ServerError", "EndpointSettings", "SparqlEndpoint", "negotiate", "RESULT_TYPES", "GRAPH_TYPES",
           "QUERY_PATHS"]

#: Paths that answer queries (``/`` answers too when it is given a query).
QUERY_PATHS = ("/query", "/sparql", "/")

#: Media types we answer SELECT and ASK in, best first: media type -> pyoxigraph format name.
RESULT_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
#: Media types we answer CONSTRUCT and DESCRIBE in, best first.
GRAPH_TYPES = {
    "text/turtle": "TURTLE",
    "application/turtle": "TURTLE",
    "application/x-turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
#: The media type we send for each format, whichever alias was asked for.
_CANONICAL = {"JSON": "application/sparql-results+json", "XML": "application/sparql-results+xml",
              "CSV": "text/csv", "TSV": "text/tab-separated-values", "TURTLE": "text/turtle",
              "N_TRIPLES": "application/n-triples", "JSON_LD": "application/ld+json",
              "RDF_XML": "application/rdf+xml"}
#: ``format=`` shortcuts (for links and tools that cannot set Accept).
_FORMAT_PARAM = {"json": ("JSON", "JSON_LD"), "xml": ("XML", "RDF_XML"), "csv": ("CSV", None), "tsv": ("TSV", None),
                 "turtle": (None, "TURTLE"), "ttl": (None, "TURTLE"), "n3": (None, "TURTLE"),
                 "ntriples": (None, "N_TRIPLES"), "nt": (None, "N_TRIPLES"), "jsonld": (None, "JSON_LD"),
                 "json-ld": (None, "JSON_LD"), "rdf+xml": (None, "RDF_XML"), "rdfxml": (None, "RDF_XML")}

_MAX_BODY = 1 << 20  # a query larger than 1 MiB is not an analyst's query
_CANCELLED = "The SPARQL operation has been cancelled"
_READ_ONLY = ("this SPARQL endpoint is read-only: updates (INSERT, DELETE, LOAD, CLEAR, DROP ...) are refused; "
              "change the graph with `kgb build` and serve it again")


class ServerError(KGBuilderError):
    """The endpoint cannot start: no oxigraph server, a bad store, a port in use."""


@dataclass(frozen=True)
class EndpointSettings:
    """How the front treats each query."""

    timeout: float = 30.0  # seconds a query may run
    limit: int = 10_000  # rows (SELECT) or triples (CONSTRUCT) returned at most; 0 = no limit
    description: str = ""  # what is served, shown on the page


# -- content negotiation -------------------------------------------------------------

def _accept_ranges(accept: str) -> list[tuple[str, float, int]]:
    ranges = []
    for order, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for param in fields[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        ranges.append((media, q, order))
    return ranges


def negotiate(accept: str | None, offers: Sequence[str]) -> str | None:
    """The offered media type the Accept header prefers, or None when it accepts none.

    Exact types beat ``type/*``, which beats ``*/*``; among equal quality the
    client's order wins, then ours.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+json", ["text/csv", "application/sparql-results+json"])
    'application/sparql-results+json'
    >>> negotiate("text/*", ["application/json", "text/csv"])
    'text/csv'
    >>> negotiate("image/png", ["text/csv"]) is None
    True
    """
    ranges = _accept_ranges(accept or "*/*") or [("*/*", 1.0, 0)]
    best, best_key = None, None
    for rank, offer in enumerate(offers):
        kind = offer.split("/")[0]
        match = None
        for media, q, order in ranges:
            specificity = 2 if media == offer else 1 if media == f"{kind}/*" else 0 if media == "*/*" else -1
            if specificity < 0:
                continue
            if match is None or specificity > match[0]:
                match = (specificity, q, order)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -rank)
        if best_key is None or key > best_key:
            best, best_key = offer, key
    return best


# -- the backend: oxigraph serve-read-only ------------------------------------------------

def _free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as sock:
        sock.bind((host, 0))
        return sock.getsockname()[1]


def _oxigraph_binary() -> str:
    found = shutil.which("oxigraph") or shutil.which("oxigraph", path=os.path.dirname(sys.executable))
    if not found:
        raise ServerError("the Oxigraph server is not installed (the `oxigraph` command); `pip install oxigraph`")
    return found


def _die_with_parent() -> None:  # pragma: no cover - runs in the child
    """Have Linux stop the backend when the front dies, even by SIGKILL."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def prepare_store(graph_paths: Sequence[Path], store_dir: Path | None) -> tuple[Path, int, Callable[[], None]]:
    """The store directory to serve, its number of quads, and how to clean up after.

    Graph files are loaded into a fresh temporary store (removed by the cleanup);
    a store directory is served as it is, opened read-only.
    """
    import pyoxigraph as ox

    from .store import GraphStore, StoreError

    if store_dir is not None:
        if graph_paths:
            raise ServerError("give either graph files or --store, not both")
        store_dir = Path(store_dir)
        try:
            size = GraphStore(store_dir, read_only=True).quad_count()  # kept by the last build: no scan
        except StoreError as error:
            raise ServerError(str(error)) from None
        except OSError as error:
            raise ServerError(f"{store_dir}: not an Oxigraph store ({error})") from None
        return store_dir, size, lambda: None
    scratch = contextlib.ExitStack()
    try:
        tmp = scratch.enter_context(scratch_directory("serve")) / "store"
        store = ox.Store(str(tmp))
        load_graph_files(store, graph_paths)
        store.flush()
        size = len(store)
        del store  # release the write lock before Oxigraph's server opens the directory
    except BaseException:
        scratch.close()
        raise
    return tmp, size, scratch.close


class _Backend:
    """``oxigraph serve-read-only`` on a free loopback port, stopped with the front."""

    def __init__(self, location: Path, timeout: float):
        self.port = _free_port()
        args = [_oxigraph_binary(), "serve-read-only", "--location", str(location),
                "--bind", f"127.0.0.1:{self.port}", "--union-default-graph",
                "--timeout-s", str(max(1, int(-(-timeout // 1))))]
        self.log = tempfile.TemporaryFile()
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=self.log, stderr=self.log,
                                        preexec_fn=_die_with_parent if sys.platform == "linux" else None)
        self._wait_ready(30.0)

    def _wait_ready(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.seek(0)
                raise ServerError(f"the Oxigraph server stopped: {self.log.read().decode('utf-8', 'replace').strip()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.05)
        self.stop()
        raise ServerError(f"the Oxigraph server did not start listening within {seconds:.0f} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(5)
        self.log.close()


# -- the front ---------------------------------------------------------------------------

class _Reply(Exception):
    """An HTTP answer other than results, raised from deep inside a request."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status, self.message = status, message


_PREFIX_LINE = prefix_declarations() + "\n"
_POSITION = re.compile(r"error at (\d+):(\d+)")


def _unshift_positions(message: str) -> str:
    """Oxigraph's error positions, counted in the query as the client wrote it (our prefixes take line 1)."""
    return _POSITION.sub(lambda m: f"error at {max(1, int(m.group(1)) - 1)}:{m.group(2)}", message)


class _Handler(BaseHTTPRequestHandler):
    server_version = "kg_builder-sparql"
    protocol_version = "HTTP/1.1"
    endpoint: "SparqlEndpoint"  # set on the subclass made per endpoint

    # -- plumbing -------------------------------------------------------
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        if not self.endpoint.quiet:
            sys.stderr.write(f"{self.address_string()} - {format % args}\n")

    def _cors(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Expose-Headers", "X-KGB-Truncated, X-KGB-Limit, Content-Type")

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self._cors()
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (message.rstrip("\n") + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    # -- methods ------------------------------------------------------------
    def do_OPTIONS(self) -> None:  # noqa: N802 - http.server's naming
        self.send_response(204)
        self._cors()
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        requested = self.headers.get("Access-Control-Request-Headers")
        self.send_header("Access-Control-Allow-Headers", requested or "Content-Type, Accept")
        self.send_header("Access-Control-Max-Age", "86400")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        self._dispatch(url.path, params, from_body=False)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > _MAX_BODY:
            self.close_connection = True
            return self._text(413, f"request body must be between 0 and {_MAX_BODY} bytes")
        body = self.rfile.read(length) if length else b""
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            return self._text(403, _READ_ONLY)
        if content_type == "application/sparql-query":
            params.setdefault("query", []).append(body.decode("utf-8", "replace"))
        elif content_type in ("application/x-www-form-urlencoded", ""):
            for name, values in parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        else:
            return self._text(415, f"unsupported Content-Type {content_type!r}: send application/sparql-query "
                                   "or application/x-www-form-urlencoded")
        self._dispatch(url.path, params, from_body=True)

    def _dispatch(self, path: str, params: dict[str, list[str]], from_body: bool) -> None:
        if path == "/update" or "update" in params:
            return self._text(403, _READ_ONLY)
        if path in ("/", "/index.html") and "query" not in params:
            return self._send(200, self.endpoint.page(), "text/html; charset=utf-8")
        if path not in QUERY_PATHS:
            return self._text(404, f"no such resource {path!r}: send queries to /query")
        try:
            self._answer(params)
        except _Reply as reply:
            self._text(reply.status, reply.message)

    # -- a query -----------------------------------------------------------------
    def _answer(self, params: dict[str, list[str]]) -> None:
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            raise _Reply(400, "give exactly one non-empty `query` parameter (SPARQL 1.1 Protocol)")
        text = queries[0]
        if is_update(text):
            raise _Reply(403, _READ_ONLY)
        results_format, graph_format = self._formats(params)
        self.endpoint.forward(self, text, params, results_format, graph_format)

    def _formats(self, params: dict[str, list[str]]) -> tuple[str | None, str | None]:
        # ``format`` (as SPARQLWrapper and links send it) wins over Accept when we know it;
        # a value we do not know is ignored, as other endpoints do, and Accept decides.
        for value in params.get("format", []):
            wanted = value.strip().lower()
            if wanted in _FORMAT_PARAM:
                return _FORMAT_PARAM[wanted]
            if wanted in RESULT_TYPES or wanted in GRAPH_TYPES:
                return RESULT_TYPES.get(wanted), GRAPH_TYPES.get(wanted)
        accept = self.headers.get("Accept")
        results = negotiate(accept, list(RESULT_TYPES))
        graph = negotiate(accept, list(GRAPH_TYPES))
        if results is None and graph is None:
            raise _Reply(406, "cannot answer in any type the Accept header allows; results: "
                              + ", ".join(dict.fromkeys(_CANONICAL[f] for f in RESULT_TYPES.values()))
                              + "; graphs: " + ", ".join(dict.fromkeys(_CANONICAL[f] for f in GRAPH_TYPES.values())))
        return (RESULT_TYPES[results] if results else None), (GRAPH_TYPES[graph] if graph else None)


class SparqlEndpoint:
    """The front server and its Oxigraph backend, serving one store read-only.

    Use as a context manager, or call ``close()``: it stops the backend and
    removes a temporary store.
    """

    def __init__(self, location: Path, host: str = "127.0.0.1", port: int = 7878,
                 settings: EndpointSettings = EndpointSettings(), quiet: bool = False,
                 cleanup: Callable[[], None] = lambda: None):
        self.settings = settings
        self.quiet = quiet
        self._cleanup = cleanup
        self._page: bytes | None = None
        self._serving = False
        self.backend = _Backend(location, settings.timeout)
        handler = type("Handler", (_Handler,), {"endpoint": self})
        try:
            self.httpd = ThreadingHTTPServer((host, port), handler)
        except OSError as error:
            self.backend.stop()
            raise ServerError(f"cannot listen on {host}:{port}: {error.strerror or error}") from None
        self.httpd.daemon_threads = True

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        shown = f"[{host}]" if ":" in str(host) else host
        return f"http://{shown}:{port}/"

    def serve_forever(self) -> None:
        self._serving = True
        try:
            self.httpd.serve_forever(poll_interval=0.2)
        finally:
            self._serving = False

    def start_in_thread(self) -> threading.Thread:
        thread = threading.Thread(target=self.serve_forever, name="kgb-sparql", daemon=True)
        thread.start()
        return thread

    def close(self) -> None:
        if self._serving:  # shutdown() waits for serve_forever, so only when it runs (in another thread)
            self.httpd.shutdown()
        self.httpd.server_close()
        self.backend.stop()
        self._cleanup()

    def __enter__(self) -> "SparqlEndpoint":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- the page ---------------------------------------------------------------
    def page(self) -> bytes:
        if self._page is None:
            entries = [{"name": q.name, "title": q.title, "question": q.question, "text": q.text} for q in cookbook()]
            data = json.dumps({"cookbook": entries, "prefixes": PREFIXES, "timeout": self.settings.timeout,
                               "limit": self.settings.limit, "description": self.settings.description},
                              ensure_ascii=False).replace("</", "<\\/")
            self._page = _PAGE.replace("__DATA__", data).encode("utf-8")
        return self._page

    # -- one query ---------------------------------------------------------------
    def forward(self, handler: _Handler, text: str, params: dict[str, list[str]],
                results_format: str | None, graph_format: str | None) -> None:
        """Run the query on the backend within the timeout and limit; answer in the negotiated format."""
        import pyoxigraph as ox

        settings = self.settings
        deadline = time.monotonic() + settings.timeout
        fields = [("query", _PREFIX_LINE + text)]
        fields += [(name, value) for name in ("default-graph-uri", "named-graph-uri") for value in params.get(name, [])]
        connection = http.client.HTTPConnection("127.0.0.1", self.backend.port, timeout=settings.timeout)
        try:
            connection.request("POST", "/query", urlencode(fields), {
                "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
                # One solution or one triple per line: the limit is a count of lines.
                "Accept": "text/tab-separated-values, application/n-triples;q=0.9",
            })
            response = connection.getresponse()
            if response.status != 200:
                message = response.read().decode("utf-8", "replace").strip()
                if response.status == 400:
                    raise _Reply(400, f"query syntax error: {_unshift_positions(message)}")
                raise _Reply(response.status if response.status >= 400 else 502, message)
            kind = (response.getheader("Content-Type") or "").split(";")[0].strip()
            data, truncated = self._read_lines(connection, response, deadline, header_lines=int(kind != "application/n-triples"))
        except (socket.timeout, TimeoutError):
            raise _Reply(503, f"query cancelled: it ran longer than the {settings.timeout:g} s timeout "
                              "(kgb serve --timeout)") from None
        except (ConnectionError, http.client.HTTPException) as error:
            raise _Reply(502, f"the Oxigraph backend failed: {error}") from None
        finally:
            connection.close()
        headers = {"X-KGB-Limit": str(settings.limit)}
        if truncated:
            headers["X-KGB-Truncated"] = "true"
        try:
            if kind == "application/n-triples":
                if graph_format is None:
                    raise _Reply(406, "a CONSTRUCT or DESCRIBE answer is a graph: accept text/turtle, "
                                      "application/n-triples, application/ld+json or application/rdf+xml")
                triples = [q.triple for q in ox.parse(data, format=ox.RdfFormat.N_TRIPLES)]
                body = ox.serialize(triples, format=getattr(ox.RdfFormat, graph_format),
                                    prefixes=PREFIXES if graph_format == "TURTLE" else None)
                media = _CANONICAL[graph_format]
            else:
                if results_format is None:
                    raise _Reply(406, "a SELECT or ASK answer is a results table: accept "
                                      "application/sparql-results+json, application/sparql-results+xml, "
                                      "text/csv or text/tab-separated-values")
                parsed = ox.parse_query_results(data, ox.QueryResultsFormat.TSV)
                body = parsed.serialize(format=getattr(ox.QueryResultsFormat, results_format))
                media = _CANONICAL[results_format]
        except SyntaxError:
            # Oxigraph streams its answer; an error during evaluation ends the stream with its message.
            message = data.decode("utf-8", "replace").strip().splitlines()[-1:] or ["no answer"]
            if _CANCELLED in message[0]:
                raise _Reply(503, f"query cancelled: it ran longer than the {settings.timeout:g} s timeout "
                                  "(kgb serve --timeout)") from None
            raise _Reply(500, f"query failed: {message[0]}") from None
        if media.startswith("text/") or media.endswith(("json", "xml")):
            media += "; charset=utf-8"
        handler._send(200, body, media, headers)

    def _read_lines(self, connection, response, deadline: float, header_lines: int) -> tuple[bytes, bool]:
        """Read the header line(s) and at most ``limit`` result lines before the deadline."""
        limit = self.settings.limit
        lines: list[bytes] = []
        count = 0
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            if connection.sock is not None:
                connection.sock.settimeout(remaining)
            line = response.readline()
            if not line:
                return b"".join(lines), False
            if limit and count >= header_lines + limit:
                return b"".join(lines), True  # a line beyond the limit: the answer was cut
            lines.append(line)
            count += 1


_PAGE = """<!DOCTYPE html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>kg_builder SPARQL</title>
<style>
  body { font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", sans-serif; margin: 1.5rem; color: #222; }
  h1 { font-size: 1.3rem; margin: 0 0 .3rem 0; }
  .muted { color: #666; font-size: .9rem; }
  #editor { width: 100%; height: 16rem; font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9rem;
            box-sizing: border-box; padding: .5rem; border: 1px solid #bbb; border-radius: 4px; }
  .bar { display: flex; gap: .6rem; align-items: center; margin: .6rem 0; flex-wrap: wrap; }
  button { padding: .35rem 1rem; font-size: .95rem; cursor: pointer; }
  select { max-width: 40rem; font-size: .95rem; }
  #question { margin: .4rem 0; font-style: italic; }
  table { border-collapse: collapse; font-size: .88rem; margin-top: .5rem; }
  th, td { border: 1px solid #ccc; padding: .25rem .45rem; text-align: left; vertical-align: top; max-width: 40rem; }
  th { background: #f0f3f7; position: sticky; top: 0; }
  #error { color: #a00; white-space: pre-wrap; }
  pre#graph { background: #f7f7f7; padding: .6rem; overflow: auto; max-height: 40rem; }
  details { margin: .4rem 0; }
  code { font-size: .85rem; }
</style>
</head>
<body>
<h1>kg_builder SPARQL endpoint</h1>
<div class="muted" id="about"></div>
<details><summary class="muted">Use it from your own tools</summary>
  <p class="muted">SPARQL 1.1 Protocol at <code id="endpoint"></code> (GET or POST; results as JSON, XML, CSV, TSV;
  graphs as Turtle, N-Triples, JSON-LD). Read-only. Predeclared prefixes:</p>
  <pre class="muted" id="prefixes"></pre>
</details>
<div class="bar">
  <label for="cookbook">Cookbook:</label>
  <select id="cookbook"><option value="">— choose a question —</option></select>
</div>
<div id="question" class="muted"></div>
<textarea id="editor" spellcheck="false">SELECT ?document ?title WHERE {
  ?doc a kgb:Document ; dcterms:identifier ?document .
  OPTIONAL { ?doc dcterms:title ?title }
}
ORDER BY ?document</textarea>
<div class="bar">
  <button id="run" type="button">Run (Ctrl+Enter)</button>
  <span id="status" class="muted"></span>
  <a id="csv" href="#" hidden>download CSV</a>
</div>
<div id="error"></div>
<div id="results"></div>
<pre id="graph" hidden></pre>
<script type="application/json" id="data">__DATA__</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const endpoint = new URL("query", window.location.href).href;
const $ = (id) => document.getElementById(id);
$("endpoint").textContent = endpoint;
$("about").textContent = (DATA.description ? DATA.description + " · " : "") +
  "timeout " + DATA.timeout + " s · at most " + (DATA.limit || "unlimited") + " rows per answer";
$("prefixes").textContent = Object.entries(DATA.prefixes).map(([p, iri]) => "PREFIX " + p + ": <" + iri + ">").join("\\n");
for (const entry of DATA.cookbook) {
  const option = document.createElement("option");
  option.value = entry.name;
  option.textContent = entry.title + " (" + entry.name + ")";
  $("cookbook").appendChild(option);
}
$("cookbook").addEventListener("change", () => {
  const entry = DATA.cookbook.find((e) => e.name === $("cookbook").value);
  $("question").textContent = entry ? entry.question : "";
  if (entry) { $("editor").value = entry.text; run(); }
});
function shorten(iri) {
  for (const [p, ns] of Object.entries(DATA.prefixes)) {
    if (iri.startsWith(ns) && /^[A-Za-z_][\\w.-]*$/.test(iri.slice(ns.length))) return p + ":" + iri.slice(ns.length);
  }
  return "<" + iri + ">";
}
function cell(term) {
  if (!term) return "";
  if (term.type === "uri") return shorten(term.value);
  if (term.type === "bnode") return "_:" + term.value;
  return term.value;
}
function table(head, rows) {
  const t = document.createElement("table");
  const tr = t.createTHead().insertRow();
  for (const h of head) { const th = document.createElement("th"); th.textContent = h; tr.appendChild(th); }
  const body = t.createTBody();
  for (const row of rows) {
    const r = body.insertRow();
    for (const value of row) r.insertCell().textContent = value;
  }
  return t;
}
async function run() {
  const query = $("editor").value;
  $("error").textContent = ""; $("results").textContent = ""; $("graph").hidden = true; $("csv").hidden = true;
  $("status").textContent = "running…";
  const started = performance.now();
  try {
    const response = await fetch(endpoint, {
      method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded",
                "Accept": "application/sparql-results+json, text/turtle;q=0.9"},
      body: new URLSearchParams({query}),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    const type = response.headers.get("Content-Type") || "";
    if (!response.ok) {
      $("status").textContent = "HTTP " + response.status;
      $("error").textContent = await response.text();
      return;
    }
    const truncated = response.headers.get("X-KGB-Truncated") === "true" ? " (cut at the limit)" : "";
    if (type.startsWith("text/turtle")) {
      $("graph").textContent = await response.text();
      $("graph").hidden = false;
      $("status").textContent = "graph in " + seconds + " s" + truncated;
      return;
    }
    const json = await response.json();
    if ("boolean" in json) {
      $("results").appendChild(table(["ASK"], [[String(json.boolean)]]));
      $("status").textContent = "answered in " + seconds + " s";
      return;
    }
    const vars = json.head.vars;
    const rows = json.results.bindings.map((b) => vars.map((v) => cell(b[v])));
    $("results").appendChild(table(vars, rows));
    $("status").textContent = rows.length + " rows in " + seconds + " s" + truncated;
    $("csv").href = endpoint + "?" + new URLSearchParams({query, format: "csv"});
    $("csv").hidden = false;
  } catch (error) {
    $("status").textContent = "";
    $("error").textContent = String(error);
  }
}
$("run").addEventListener("click", run);
$("editor").addEventListener("keydown", (e) => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); } });
</script>
</body>
</html>
"""
