"""How long ``kgb rank`` and ``kgb viz`` take, stage by stage, and their peak memory, on built graphs.

Give it the graph.nq of ``kgb build`` runs of growing size, e.g. of corpora made
by ``generate_corpus.py``:

    python benchmarks/generate_corpus.py /tmp/c2k -n 2000
    PYTHONPATH=$PWD python -m kg_builder build /tmp/c2k -o /tmp/c2k-out --outputs nq,report -j 2
    PYTHONPATH=$PWD python benchmarks/views_scale.py /tmp/c2k-out/graph.nq /tmp/c10k-out/graph.nq

Each view runs in a fresh process (so that its peak resident memory is its
own), for each graph: rank = read (the fact predicates of the file into a
store) + network (SPARQL per predicate → networkx, title-stem inference) +
rank + write (the records and the CSV text); viz = read (the whole file into a
store) + page data (facts, ranking, cascades, layout, evidence of the edges
kept) + write. Last, how each figure grows from one graph to the next.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
view, path = sys.argv[1], Path(sys.argv[2])
steps = {}
def step(name, started):
    steps[name] = round(time.perf_counter() - started, 2)
if view == "rank":
    from kg_builder.network import NETWORK_PREDICATES, citation_network, open_store
    from kg_builder.propagation import RANK_COLUMNS, rank, ranking_records
    from kg_builder.tabular import render
    t = time.perf_counter(); store = open_store(path, NETWORK_PREDICATES); step("read", t)
    t = time.perf_counter(); g = citation_network(store); step("network", t)
    t = time.perf_counter(); rows = rank(g); step("rank", t)
    t = time.perf_counter(); text = render(ranking_records(g, rows=rows), "csv", RANK_COLUMNS); step("write", t)
    size = {"quads read": len(store), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
            "rows": len(rows), "csv MB": round(len(text.encode()) / 2**20, 1)}
else:
    from kg_builder.visualize import explorer_data, open_graph, render_page
    t = time.perf_counter(); store = open_graph(path); step("read", t)
    t = time.perf_counter(); data = explorer_data(store); step("page data", t)
    t = time.perf_counter(); page = render_page(data); step("write", t)
    omitted = data["config"].get("omitted") or {}
    size = {"quads read": len(store), "nodes": len(data["nodes"]), "edges": len(data["edges"]),
            "left out": omitted.get("nodes", 0), "page MB": round(len(page.encode()) / 2**20, 1)}
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"steps": steps, "size": size, "peak MB": round(peak)}))
"""


def run(view: str, graph: Path) -> dict:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _CHILD, view, str(graph)], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])})
    if done.returncode:
        sys.exit(f"{view} {graph}: {done.stderr.strip().splitlines()[-1]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["total"] = round(time.perf_counter() - started, 1)
    return result


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graphs", nargs="+", type=Path, help="graph.nq files of kgb build, smallest first")
    parser.add_argument("--views", default="rank,viz", help="which views, comma-separated (rank,viz)")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    results: dict[str, list[dict]] = {}
    for view in args.views.split(","):
        for graph in args.graphs:
            r = run(view, graph)
            results.setdefault(view, []).append(r)
            steps = ", ".join(f"{name} {seconds:.1f}s" for name, seconds in r["steps"].items())
            size = ", ".join(f"{k} {v:,}" for k, v in r["size"].items())
            print(f"{view:4} {graph} ({graph.stat().st_size / 2**20:,.0f} MB): {r['total']:.1f}s wall "
                  f"(process start and imports included; {steps}); peak RSS {r['peak MB']:,} MB; {size}")
    if len(args.graphs) > 1:
        for view, rows in results.items():
            first, last = rows[0], rows[-1]
            grew = last["size"]["quads read"] / max(1, first["size"]["quads read"])
            print(f"growth {view}: quads read ×{grew:.1f}, time ×{last['total'] / max(first['total'], 0.1):.1f}, "
                  f"peak RSS ×{last['peak MB'] / max(first['peak MB'], 1):.1f}")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
