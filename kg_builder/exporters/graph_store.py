"""Push to an RDF triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

Each named graph (one per document, and the vocabulary graph) is sent as
``PUT {URL}?graph=<graph IRI>`` with an N-Triples body, which replaces that graph
on the server: pushing twice leaves the same data. Triples outside any named
graph (as when a .ttl file was read) go to ``PUT {URL}?default``. One graph is in
memory at a time.

The URL is the store's Graph Store Protocol endpoint: Oxigraph
``http://host:7878/store``, Fuseki ``http://host:3030/DATASET/data``, GraphDB
``http://host:7200/repositories/REPO/rdf-graphs/service``, Virtuoso
``http://host:8890/sparql-graph-crud-auth``.
"""

from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from typing import Iterator

import pyoxigraph as ox

from . import ExportError, ExportOptions, ExportResult, register
from .source import GraphSource

__all__ = ["graph_url", "generate_graph_requests", "put_graph", "push_graphs"]

_N_TRIPLES = "application/n-triples"


def graph_url(endpoint: str, graph) -> str:
    """The Graph Store Protocol URL of one graph (``?graph=`` escaped, or ``?default``).

    >>> graph_url("http://localhost:7878/store", ox.NamedNode("https://w3id.org/kg-builder/id/document/ab"))
    'http://localhost:7878/store?graph=https%3A%2F%2Fw3id.org%2Fkg-builder%2Fid%2Fdocument%2Fab'
    >>> graph_url("http://localhost:7878/store", ox.DefaultGraph())
    'http://localhost:7878/store?default'
    """
    separator = "&" if "?" in endpoint else "?"
    if isinstance(graph, ox.DefaultGraph):
        return f"{endpoint}{separator}default"
    return f"{endpoint}{separator}graph={urllib.parse.quote(graph.value, safe='')}"


def generate_graph_requests(graph: GraphSource, endpoint: str) -> Iterator[tuple[str, bytes, int]]:
    """(URL, N-Triples body, triple count) for each graph to PUT, the default graph first."""
    names = ([ox.DefaultGraph()] if graph.has_default_graph() else []) + graph.graphs()
    for name in names:
        triples = list(graph.triples(name))
        yield graph_url(endpoint, name), ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), len(triples)


def put_graph(url: str, body: bytes, user: str | None = None, password: str | None = None,
              timeout: float = 60.0) -> int:
    """PUT one graph; returns the HTTP status, raising ExportError when the server refuses."""
    request = urllib.request.Request(url, data=body, method="PUT",
                                     headers={"Content-Type": _N_TRIPLES + "; charset=utf-8"})
    if user is not None:
        token = base64.b64encode(f"{user}:{password or ''}".encode("utf-8")).decode("ascii")
        request.add_header("Authorization", f"Basic {token}")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (the user's own URL)
            return response.status
    except urllib.error.HTTPError as error:
        detail = error.read(300).decode("utf-8", "replace").strip()
        raise ExportError(url, f"the server answered {error.code} {error.reason}: {detail}") from None
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise ExportError(url, f"cannot reach the graph store: {reason}") from None


def push_graphs(graph: GraphSource, endpoint: str, user: str | None = None, password: str | None = None,
                progress=lambda steps: None) -> tuple[int, int]:
    """PUT every graph to a Graph Store Protocol endpoint; returns (graphs, triples) sent."""
    if not endpoint.startswith(("http://", "https://")):
        raise ExportError(endpoint, "not an http(s) URL of a Graph Store Protocol endpoint")
    graphs = triples = 0
    for url, body, count in generate_graph_requests(graph, endpoint):
        put_graph(url, body, user, password)
        graphs += 1
        triples += count
        progress(1)
    return graphs, triples


@register("graph-store", target="url", help="PUT each named graph to a SPARQL 1.1 Graph Store endpoint "
          "(Oxigraph, Fuseki, GraphDB, Virtuoso).")
def export_graph_store(graph: GraphSource, target: str, options: ExportOptions) -> ExportResult:
    """PUT each named graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint."""
    total = len(graph.graphs()) + (1 if graph.has_default_graph() else 0)
    with options.progress(total, "Pushing graphs") as step:
        graphs, triples = push_graphs(graph, target, options.user, options.password, step)
    return ExportResult("graph-store", target, {"graphs": graphs, "triples": triples})
