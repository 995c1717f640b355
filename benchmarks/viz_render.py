"""Benchmark the explorer: HTML build time and time to first render in headless Chromium.

Generates synthetic graphs shaped like ours (provinces > prefectures > counties,
one report per county citing national, provincial and prefecture regulations,
provincial plans implementing national ones, an assertion whose span carries a sentence
behind every citation), writes them as N-Quads, renders each page (``kgb viz``'s
path: read the file, rank, lay out, write) and opens it in Debian's Chromium with
every non-file request blocked, timing until the page sets ``window.kgbReady``
(after vis-network's first drawing).

Run:
    PYTHONPATH=$PWD python benchmarks/viz_render.py            # 500 and 5,000 nodes
    PYTHONPATH=$PWD python benchmarks/viz_render.py 500 20000
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
KGB = "https://w3id.org/kg-builder/ontology#"
ID = "https://w3id.org/kg-builder/id/"
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"


def synthetic_nquads(nodes: int, seed: int = 1) -> str:
    """An N-Quads graph of about ``nodes`` explorer nodes (one named graph per document)."""
    rng = random.Random(seed)
    lines: list[str] = []

    def iri(kind: str, key: str) -> str:
        return f"<{ID}{kind}/{key}>"

    def add(s: str, p: str, o: str, g: str) -> None:
        lines.append(f"{s} <{p}> {o} {g} .")

    def lit(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"@zh'

    # About 0.8 of the nodes are counties and their reports, the rest cities, provinces, regulations.
    counties = max(4, nodes * 2 // 5)
    provinces = max(2, counties // 60)
    prefectures = max(provinces, counties // 8)
    national_regs = max(10, nodes // 15)
    local_regs = max(10, nodes // 15)
    regs = [(iri("regulation", f"国家条例{i}"), f"国家条例{i}", "National", None) for i in range(national_regs)]
    for i in range(local_regs):
        p = i % provinces
        regs.append((iri("regulation", f"省{p}实施办法{i}"), f"省{p}实施办法{i}", "Provincial", p))
    local_by_province = {p: [r for r in regs[national_regs:] if r[3] == p] for p in range(provinces)}
    vocab = f"<{ID}graph/vocabulary>"
    for d in range(counties):
        g = iri("document", f"d{d}")
        p, f = d % provinces, d % prefectures
        county = iri("jurisdiction", f"c{d}")
        pref = iri("jurisdiction", f"f{f}")
        prov = iri("jurisdiction", f"p{p}")
        for j, label, level, parent in ((prov, f"省{p}", "Provincial", None), (pref, f"市{f}", "Prefecture", prov),
                                        (county, f"县{d}", "County", pref)):
            add(j, RDF + "type", f"<{KGB}Jurisdiction>", g)
            add(j, SKOS + "prefLabel", lit(label), g)
            add(j, KGB + "level", f"<{KGB}{level}>", g)
            if parent:
                add(j, KGB + "within", parent, g)
        add(g, RDF + "type", f"<{KGB}Document>", g)
        add(g, KGB + "fileName", lit(f"县{d}2020年法治政府建设报告.txt"), g)
        add(g, KGB + "yearCovered", f'"{2016 + d % 8}"^^<http://www.w3.org/2001/XMLSchema#integer>', g)
        add(g, KGB + "authorJurisdiction", county, g)
        cited = rng.sample(regs[:national_regs], 3) + rng.sample(local_by_province[p], 2)
        for k, (r, title, level, rp) in enumerate(cited):
            add(r, RDF + "type", f"<{KGB}Regulation>", g)
            add(r, SKOS + "prefLabel", lit(title), g)
            add(r, KGB + "issuerLevel", f"<{KGB}{level}>", g)
            if rp is not None:
                add(r, KGB + "issuingJurisdiction", iri("jurisdiction", f"p{rp}"), g)
                add(r, KGB + "implements", regs[int(title.rsplit("法", 1)[-1]) % national_regs][0], g)
            add(g, KGB + "cites", r, g)
            a = iri("assertion", f"d{d}-{k}")
            span = f"{g[:-1]}#char={100 * k},{100 * k + len(title)}>"
            add(a, RDF + "subject", g, g)
            add(a, RDF + "predicate", f"<{KGB}cites>", g)
            add(a, RDF + "object", r, g)
            add(a, KGB + "extractor", '"citations"', g)
            add(a, KGB + "evidence", span, g)
            add(span, KGB + "sentence", lit(f"县{d}认真贯彻落实《{title}》，推进依法行政。"), g)
    add(f"<{KGB}County>", SKOS + "prefLabel", lit("县级"), vocab)
    return "\n".join(lines) + "\n"


def time_first_render(page_path: Path) -> tuple[float, int, int, list[str]]:
    """Seconds from navigation to window.kgbReady, nodes drawn, nodes in the data, problems."""
    from playwright.sync_api import sync_playwright

    problems: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        page = browser.new_page(viewport={"width": 1600, "height": 1000})

        def route(r):
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                problems.append(f"blocked {r.request.url}")
                r.abort()

        page.route("**/*", route)
        page.on("console", lambda m: m.type == "error" and problems.append(m.text))
        page.on("pageerror", lambda e: problems.append(str(e)))
        started = time.perf_counter()
        page.goto(page_path.as_uri())
        page.wait_for_function("window.kgbReady === true", timeout=300_000)
        seconds = time.perf_counter() - started
        drawn = page.evaluate("kgbExplorer.visibleCount()")
        total = page.evaluate("kgbExplorer.data.nodes.length")
        browser.close()
    return seconds, drawn, total, problems


def main(sizes: list[int]) -> None:
    from kg_builder.visualize import write_html

    with tempfile.TemporaryDirectory(prefix="kgb-viz-bench-") as tmp:
        root = Path(tmp)
        print(f"{'nodes':>7} {'edges':>7} {'top':>6} {'build s':>8} {'MB':>6} {'first render s':>15} {'drawn':>6}")
        for size in sizes:
            source = root / f"graph-{size}.nq"
            source.write_text(synthetic_nquads(size), "utf-8")
            for top in (500, 10**9):
                page = root / f"graph-{size}-{top}.html"
                started = time.perf_counter()
                counts = write_html(source, page, top=top)
                build = time.perf_counter() - started
                seconds, drawn, total, problems = time_first_render(page)
                shown_top = "all" if top >= total else str(top)
                print(f"{total:>7} {counts['edges']:>7} {shown_top:>6} {build:>8.2f} "
                      f"{page.stat().st_size / 1e6:>6.1f} {seconds:>15.2f} {drawn:>6}"
                      + (f"  PROBLEMS: {problems}" if problems else ""))
                if top >= total:
                    break


if __name__ == "__main__":
    main([int(a) for a in sys.argv[1:]] or [500, 5000])
