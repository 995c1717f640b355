"""How long ``kgb rank`` takes, and how much memory, on a synthetic graph of about a million edges.

The graph has the shape of a real national corpus: 30 provinces, 300
prefectures, 3,000 counties and 6,000 townships (``kgb:within``); national laws
and plans cited with Zipf-like popularity; provinces, prefectures and counties
issuing their own rules, a share of which implement a higher-level one (half
stated with ``kgb:implements``, half left for the title-stem inference to find);
documents by governments at every level citing national rules, their own
province's and prefecture's rules, and now and then another province's (out of
territory). Edges are the entity-to-entity triples (cites, implements,
authorJurisdiction, within, issuingJurisdiction); labels, levels and years come
on top. ``--assertions`` adds a provenance record per citation, as ``kgb build``
writes.

Run:
    PYTHONPATH=$PWD python benchmarks/rank_million.py            # about 1M edges (--scale 1.25)
    PYTHONPATH=$PWD python benchmarks/rank_million.py --scale 0.1 --assertions

It prints the size of the graph, then the wall time and the peak resident
memory of the process after each step.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

KGB = "https://w3id.org/kg-builder/ontology#"
BASE = "https://w3id.org/kg-builder/id/"
SKOS_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
INTEGER = "http://www.w3.org/2001/XMLSchema#integer"
LEVEL = {name: f"{KGB}{name.capitalize()}" for name in ("national", "provincial", "prefecture", "county", "township")}


def peak_mb() -> float:
    """Peak resident set size of this process so far, in MB (Linux reports KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Writer:
    """Writes N-Quads lines and counts the entity-to-entity edges among them."""

    def __init__(self, handle):
        self.handle, self.edges, self.quads = handle, 0, 0

    def iri(self, s: str, p: str, o: str, g: str, edge: bool = True) -> None:
        self.handle.write(f"<{s}> <{p}> <{o}> <{g}> .\n")
        self.quads += 1
        self.edges += edge

    def text(self, s: str, p: str, value: str, g: str, datatype: str | None = None) -> None:
        literal = f'"{value}"^^<{datatype}>' if datatype else f'"{value}"@zh'
        self.handle.write(f"<{s}> <{p}> {literal} <{g}> .\n")
        self.quads += 1


def generate(path: Path, scale: float = 1.0, assertions: bool = False, seed: int = 7) -> Writer:
    rnd = random.Random(seed)
    out = Writer(path.open("w", encoding="utf-8"))
    vocab = f"{BASE}graph/vocabulary"

    def jurisdiction(code: str, name: str, level: str, parent: str | None) -> str:
        iri = f"{BASE}jurisdiction/{code}"
        out.iri(iri, RDF_TYPE, f"{KGB}Jurisdiction", vocab, edge=False)
        out.text(iri, SKOS_LABEL, name, vocab)
        out.iri(iri, f"{KGB}level", LEVEL[level], vocab, edge=False)
        if parent:
            out.iri(iri, f"{KGB}within", parent, vocab)
        return iri

    nation = jurisdiction("100000", "中华人民共和国", "national", None)
    provinces, prefectures, counties, townships = [], [], [], []
    for p in range(30):
        prov = jurisdiction(f"{p + 11:02d}0000", f"甲{p:02d}省", "provincial", nation)
        provinces.append(prov)
        for f in range(10):
            pref = jurisdiction(f"{p + 11:02d}{f + 1:02d}00", f"乙{p:02d}{f:02d}市", "prefecture", prov)
            prefectures.append((pref, prov, f"乙{p:02d}{f:02d}市"))
            for c in range(10):
                code = f"{p + 11:02d}{f + 1:02d}{c + 1:02d}"
                county = jurisdiction(code, f"丙{p:02d}{f:02d}{c:02d}县", "county", pref)
                counties.append((county, pref, prov))
                for t in range(2):
                    town = jurisdiction(f"{code}/镇{t}", f"丁{p:02d}{f:02d}{c:02d}{t}镇", "township", county)
                    townships.append((town, county, pref, prov))

    def regulation(title: str, level: str, place: str | None, year: int, graph: str) -> str:
        iri = f"{BASE}regulation/{title}"
        out.iri(iri, RDF_TYPE, f"{KGB}Regulation", graph, edge=False)
        out.text(iri, SKOS_LABEL, title, graph)
        out.iri(iri, f"{KGB}issuerLevel", LEVEL[level], graph, edge=False)
        out.text(iri, f"{KGB}yearIssued", str(year), graph, INTEGER)
        if place:
            out.iri(iri, f"{KGB}issuingJurisdiction", place, graph)
        return iri

    subjects = ["行政执法监督", "重大行政决策程序", "法治政府建设", "政务公开标准化", "营商环境优化", "行政复议体制改革",
                "法律顾问工作", "规范性文件管理", "证明事项清理", "公共法律服务体系"]
    kinds = ["条例", "规定", "办法", "实施纲要", "意见"]
    registry = f"{BASE}graph/regulations"
    national = [regulation(f"国家{n:04d}号{kinds[n % 5]}" if n >= 10 else f"{subjects[n]}{kinds[n % 5]}",
                           "national", None, 2010 + n % 12, registry) for n in range(int(1000 * scale) or 10)]
    weights = [1 / (rank + 1) for rank in range(len(national))]  # Zipf: a few laws are cited everywhere

    def issue(place_name: str, place: str, level: str, count: int, parents: list[str], parent_titles: dict[str, str]):
        """``count`` rules of one government; the first few implement a higher one."""
        issued = []
        for n in range(count):
            if n < len(parents):
                upper = parents[n]
                stem = parent_titles[upper]
                title = f"{place_name}{stem}实施办法"
                iri = regulation(title, level, place, 2016 + n % 6, registry)
                if n % 2 == 0:  # half stated, half left to the title-stem inference
                    out.iri(iri, f"{KGB}implements", upper, registry)
            else:
                iri = regulation(f"{place_name}第{n:03d}号规定", level, place, 2016 + n % 6, registry)
            issued.append(iri)
        return issued

    stems = {national[n]: subjects[n] for n in range(min(10, len(national)))}
    prov_rules, pref_rules = {}, {}
    for p, prov in enumerate(provinces):
        prov_rules[prov] = issue(f"甲{p:02d}省", prov, "provincial", 40, national[:10], stems)
    for pref, prov, name in prefectures:
        prov_stems = {r: subjects[i] for i, r in enumerate(prov_rules[prov][:10])}
        pref_rules[pref] = issue(name, pref, "prefecture", 10, prov_rules[prov][:3], prov_stems)

    def document(key: str, author: str, year: int, cited: list[str]) -> None:
        doc = f"{BASE}document/{key}"
        out.iri(doc, RDF_TYPE, f"{KGB}Document", doc, edge=False)
        out.iri(doc, f"{KGB}authorJurisdiction", author, doc)
        out.text(doc, f"{KGB}yearCovered", str(year), doc, INTEGER)
        for n, reg in enumerate(dict.fromkeys(cited)):
            out.iri(doc, f"{KGB}cites", reg, doc)
            if assertions:
                a, span = f"{doc}/assertion/{n}", f"{doc}#char={20 * n},{20 * n + 10}"
                out.iri(a, "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", doc, doc, edge=False)
                out.iri(a, "http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate", f"{KGB}cites", doc, edge=False)
                out.iri(a, "http://www.w3.org/1999/02/22-rdf-syntax-ns#object", reg, doc, edge=False)
                out.iri(a, f"{KGB}evidence", span, doc, edge=False)
                out.text(span, f"{KGB}sentence", "认真贯彻落实有关规定。", doc)

    def citations(prov: str, pref: str | None, n: int) -> list[str]:
        cited = rnd.choices(national, weights, k=n // 2)
        cited += rnd.sample(prov_rules[prov], min(n // 4, len(prov_rules[prov])))
        if pref:
            cited += rnd.sample(pref_rules[pref], min(n // 5, len(pref_rules[pref])))
        if rnd.random() < 0.2:  # borrowing from another province: out of territory
            cited.append(rnd.choice(prov_rules[rnd.choice(provinces)]))
        return cited

    docs_per_county = max(1, round(8 * scale))
    number = 0
    for county, pref, prov in counties:
        for y in range(docs_per_county):
            document(f"c{number}", county, 2016 + y % 8, citations(prov, pref, 34))
            number += 1
    for pref, prov, _ in prefectures:
        for y in range(docs_per_county):
            document(f"f{number}", pref, 2016 + y % 8, citations(prov, None, 34))
            number += 1
    for town, county, pref, prov in townships[: int(2000 * scale)]:
        document(f"t{number}", town, 2018 + number % 5, citations(prov, pref, 20))
        number += 1
    out.handle.close()
    out.documents = number
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.25, help="documents and national laws ×scale (1.25 ≈ 1M edges)")
    parser.add_argument("--assertions", action="store_true", help="add a provenance record per citation")
    parser.add_argument("--keep", type=Path, help="also keep the generated graph at this path (.nq)")
    args = parser.parse_args(argv)

    from kg_builder.network import NETWORK_PREDICATES, citation_network, open_store
    from kg_builder.propagation import rank, ranking_records

    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "synthetic.nq"
        started = time.perf_counter()
        written = generate(path, args.scale, args.assertions)
        print(f"generated {written.edges:,} edges, {written.quads:,} quads, {written.documents:,} documents "
              f"({path.stat().st_size / 2**20:.0f} MB N-Quads) in {time.perf_counter() - started:.1f}s")
        base = peak_mb()
        print(f"peak RSS before analysis: {base:,.0f} MB")
        steps = []
        started = time.perf_counter()
        store = open_store(path, NETWORK_PREDICATES)
        steps.append((f"read the fact predicates into a store ({len(store):,} quads)", time.perf_counter() - started))
        started = time.perf_counter()
        g = citation_network(store)
        steps.append(("store → networkx (SPARQL per predicate + title-stem inference)", time.perf_counter() - started))
        print(f"  network: {g.number_of_nodes():,} nodes, {g.number_of_edges():,} edges, "
              f"{sum(1 for *_, d in g.edges(data=True) if d.get('inferred')):,} inferred implements links")
        started = time.perf_counter()
        rows = rank(g)
        steps.append(("rank (adoption closure, territory, chains, score)", time.perf_counter() - started))
        started = time.perf_counter()
        records = ranking_records(g, rows=rows)
        steps.append(("ranking records (the CSV's columns)", time.perf_counter() - started))
        for name, seconds in steps:
            print(f"  {seconds:7.1f}s  {name}")
        print(f"total {sum(s for _, s in steps):.1f}s; peak RSS {peak_mb():,.0f} MB")
        top = records[0]
        print(f"first: {top['title']} score {top['score']} depth {top['depth']} breadth {top['breadth']}; "
              f"{len(records):,} regulations ranked")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
