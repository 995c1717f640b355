"""Downward propagation: a hand-built graph with known answers, and the sample corpus."""

from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef

from kg_builder.measures import gaps
from kg_builder.network import GraphSourceError, UnknownTitle, citation_network, find_node, title_year
from kg_builder.ontology import KGB, LEVEL_TERMS, RDF, SKOS, XSD, Minter
from kg_builder.propagation import (
    adoptions, explain, rank, rank_initiatives, ranking_csv, ranking_records,
)
from kg_builder.rdf import union_graph
from kg_builder.store import GraphStore

M = Minter()

# -- a small country with known answers -------------------------------------------------------
#
#   中华人民共和国 (national)
#   ├─ 甲省 (provincial)
#   │  ├─ 一市 (prefecture) ─┬─ 东县 (county) ─┬─ 和平镇 (township)
#   │  │                     │                └─ 新华镇 (township)
#   │  │                     └─ 西县 (county)
#   │  └─ 二市 (prefecture) ── 南县 (county)
#   └─ 乙省 (provincial) ── 三市 (prefecture) ── 北县 (county)
#
# 《示范条例》 (国务院, 2015) ← 《甲省示范条例实施办法》 (甲省, 2016, stated) ← 《一市示范条例实施细则》
# (no level in the graph: read from its title; stated). 东县 and 和平镇 cite the 一市 rules, 一市 cites
# the 甲省 rules, 西县 and 北县 cite the national one. 北县 (乙省) also cites 《甲省营商条例》: out of
# territory. 新华镇 and 南县 wrote documents that cite none of it. 《甲省法治宣传教育条例》 is linked to
# the national 《法治宣传教育条例》 only by title stem (inferred).

J = {
    "cn": (M.jurisdiction("100000"), "中华人民共和国", "national", None),
    "jia": (M.jurisdiction("110000"), "甲省", "provincial", "cn"),
    "yi": (M.jurisdiction("120000"), "乙省", "provincial", "cn"),
    "one": (M.jurisdiction("110100"), "一市", "prefecture", "jia"),
    "two": (M.jurisdiction("110200"), "二市", "prefecture", "jia"),
    "three": (M.jurisdiction("120100"), "三市", "prefecture", "yi"),
    "east": (M.jurisdiction("110101"), "东县", "county", "one"),
    "west": (M.jurisdiction("110102"), "西县", "county", "one"),
    "south": (M.jurisdiction("110201"), "南县", "county", "two"),
    "north": (M.jurisdiction("120101"), "北县", "county", "three"),
    "heping": (M.jurisdiction("110101", "和平镇"), "和平镇", "township", "east"),
    "xinhua": (M.jurisdiction("110101", "新华镇"), "新华镇", "township", "east"),
}
R = {
    "model": M.regulation("示范条例"),
    "jia_rules": M.regulation("甲省示范条例实施办法"),
    "one_rules": M.regulation("一市示范条例实施细则"),
    "business": M.regulation("甲省营商条例"),
    "education": M.regulation("法治宣传教育条例"),
    "jia_education": M.regulation("甲省法治宣传教育条例"),
}
# document key -> (author, year, cited regulations, initiatives)
D = {
    "d_east": ("east", 2016, ["one_rules", "business"], ["一市通办"]),
    "d_west": ("west", 2017, ["model", "jia_education"], []),
    "d_heping": ("heping", 2018, ["one_rules"], ["一市通办"]),
    "d_north": ("north", 2019, ["model", "business"], ["一市通办"]),
    "d_south": ("south", 2017, ["other"], []),
    "d_xinhua": ("xinhua", 2019, ["other"], []),
    "d_one": ("one", 2016, ["jia_rules"], ["一市通办"]),
}


def sentence_of(doc: str, reg: str) -> str:
    return f"{J[D[doc][0]][1]}认真贯彻落实《{reg}》。"


def country() -> Graph:
    """The hand-built graph above, as plain RDF triples under our ontology."""
    g = Graph()
    for iri, name, level, parent in J.values():
        g.add((iri, RDF.type, KGB.Jurisdiction))
        g.add((iri, SKOS.prefLabel, Literal(name, lang="zh")))
        g.add((iri, KGB.level, LEVEL_TERMS[level]))
        if parent:
            g.add((iri, KGB.within, J[parent][0]))

    def regulation(key, title, level=None, place=None, issuer=None, year=None):
        iri = R.get(key) or M.regulation(title)
        g.add((iri, RDF.type, KGB.Regulation))
        g.add((iri, SKOS.prefLabel, Literal(title, lang="zh")))
        if level:
            g.add((iri, KGB.issuerLevel, LEVEL_TERMS[level]))
        if place:
            g.add((iri, KGB.issuingJurisdiction, J[place][0]))
        if issuer:
            g.add((iri, KGB.issuerName, Literal(issuer, lang="zh")))
        if year:
            g.add((iri, KGB.yearIssued, Literal(year, datatype=XSD.integer)))
        return iri

    regulation("model", "示范条例", "national", issuer="国务院", year=2015)
    regulation("jia_rules", "甲省示范条例实施办法", "provincial", "jia", "甲省人民政府", 2016)
    regulation("one_rules", "一市示范条例实施细则", year=2016)  # level and place from the title
    regulation("business", "甲省营商条例", "provincial", "jia", "甲省人民代表大会常务委员会")
    regulation("education", "法治宣传教育条例", "national", issuer="国务院", year=2020)
    regulation("jia_education", "甲省法治宣传教育条例", "provincial", "jia")
    regulation("other", "无关规定")  # no level: never ranked
    R["other"] = M.regulation("无关规定")
    g.add((R["model"], SKOS.altLabel, Literal("示范条", lang="zh")))

    def assertion(doc_graph, s, p, o, sentence, n):
        a = URIRef(f"{doc_graph}/assertion/{n}")
        span = URIRef(f"{doc_graph}#char=0,{len(sentence)}")
        g.add((a, RDF.subject, s))
        g.add((a, RDF.predicate, p))
        g.add((a, RDF.object, o))
        g.add((a, KGB.evidence, span))
        g.add((span, KGB.sentence, Literal(sentence)))

    for s, o, n in (("jia_rules", "model", 1), ("one_rules", "jia_rules", 2)):
        g.add((R[s], KGB.implements, R[o]))
        title = str(g.value(R[s], SKOS.prefLabel))
        upper = str(g.value(R[o], SKOS.prefLabel))
        assertion(M.document(f"implements{n}"), R[s], KGB.implements, R[o], f"为贯彻《{upper}》,制定《{title}》。", n)
    for key, (author, year, cited, initiatives) in D.items():
        doc = M.document(key)
        g.add((doc, RDF.type, KGB.Document))
        g.add((doc, KGB.authorJurisdiction, J[author][0]))
        g.add((doc, KGB.yearCovered, Literal(year, datatype=XSD.integer)))
        g.add((doc, KGB.fileName, Literal(f"{key}.txt")))
        for n, reg in enumerate(cited):
            g.add((doc, KGB.cites, R[reg]))
            title = str(g.value(R[reg], SKOS.prefLabel))
            assertion(doc, doc, KGB.cites, R[reg], sentence_of(key, title), n)
        for name in initiatives:
            initiative = M.initiative(name)
            g.add((initiative, RDF.type, KGB.Initiative))
            g.add((initiative, SKOS.prefLabel, Literal(name, lang="zh")))
            g.add((doc, KGB.mentionsInitiative, initiative))
            assertion(doc, doc, KGB.mentionsInitiative, initiative, f"深化“{name}”改革。", 90)
    return g


@pytest.fixture(scope="module")
def hand() -> Graph:
    return country()


@pytest.fixture(scope="module")
def rows(hand):
    return {row.title: row for row in rank(hand)}


def names(row, level):
    return sorted(_label(row, j) for j in row.adopters.get(level, ()))


def _label(row, j):
    return next(name for iri, name, _, _ in J.values() if str(iri) == j)


def test_hand_built_ranking_order(hand):
    assert [row.title for row in rank(hand)] == [
        "示范条例", "甲省示范条例实施办法", "法治宣传教育条例", "一市示范条例实施细则", "甲省营商条例",
        "甲省法治宣传教育条例",
    ]


@pytest.mark.parametrize(("title", "expected"), [
    ("示范条例", dict(origin="national", provincial=["甲省"], prefecture=["一市"], county=["东县", "北县", "西县"],
                      township=["和平镇"], depth=4, breadth=6, inside=6, outside=0, score=1 + 2 + 3 * 3 + 4,
                      first={"provincial": 2016, "prefecture": 2016, "county": 2016, "township": 2018},
                      lag={"provincial": 1, "prefecture": 1, "county": 1, "township": 3})),
    ("甲省示范条例实施办法", dict(origin="provincial", provincial=[], prefecture=["一市"], county=["东县"],
                                  township=["和平镇"], depth=3, breadth=3, inside=3, outside=0, score=1 + 2 + 3,
                                  first={"prefecture": 2016, "county": 2016, "township": 2018},
                                  lag={"prefecture": 0, "county": 0, "township": 2})),
    ("甲省营商条例", dict(origin="provincial", provincial=[], prefecture=[], county=["东县", "北县"], township=[],
                          depth=2, breadth=2, inside=1, outside=1, score=2, first={"county": 2016}, lag={})),
    ("一市示范条例实施细则", dict(origin="prefecture", provincial=[], prefecture=[], county=["东县"],
                                  township=["和平镇"], depth=2, breadth=2, inside=2, outside=0, score=1 + 2,
                                  first={"county": 2016, "township": 2018}, lag={"county": 0, "township": 2})),
])
def test_hand_built_numbers(rows, title, expected):
    row = rows[title]
    assert row.origin_level == expected["origin"]
    for level in ("provincial", "prefecture", "county", "township"):
        assert names(row, level) == sorted(expected[level]), level
    assert (row.depth, row.breadth, row.in_territory, row.out_of_territory, row.score) == (
        expected["depth"], expected["breadth"], expected["inside"], expected["outside"], expected["score"])
    assert row.first_year == expected["first"]
    for level, lag in expected["lag"].items():
        assert row.lag(level) == lag


def test_level_and_place_read_from_the_title_prefix(hand):
    g = citation_network(hand)
    data = g.nodes[str(R["one_rules"])]
    assert (data["level"], data["level_source"], data["jurisdiction"]) == ("prefecture", "title prefix", str(J["one"][0]))


def test_longest_chain_runs_through_the_implementing_rules(hand):
    records = {r["title"]: r for r in ranking_records(hand)}
    assert records["示范条例"]["longest_chain"] == "国务院 → 《甲省示范条例实施办法》 → 《一市示范条例实施细则》 → 和平镇"
    assert records["示范条例"]["chain_inferred"] is False


def test_inferred_links_are_marked_and_can_be_left_out(hand, rows):
    education = rows["法治宣传教育条例"]
    assert names(education, "provincial") == ["甲省"] and names(education, "county") == ["西县"]
    assert education.inferred_only == 2 and all(a.inferred for a in education.adoptions)
    record = next(r for r in ranking_records(hand) if r["title"] == "法治宣传教育条例")
    assert "⇢" in record["longest_chain"] and record["chain_inferred"] is True
    plain = {row.title: row for row in rank(hand, inferred=False)}
    assert "法治宣传教育条例" not in plain
    assert plain["示范条例"].score == rows["示范条例"].score  # stated links only: unchanged


def plans_of_two_periods() -> Graph:
    """甲省 and 东县 plans of 2016-2020, 2021-2025, one year and none, beside the national 纲要 of both periods."""
    g = Graph()
    for key in ("cn", "jia", "one", "east"):
        iri, name, level, parent = J[key]
        g.add((iri, RDF.type, KGB.Jurisdiction))
        g.add((iri, SKOS.prefLabel, Literal(name, lang="zh")))
        g.add((iri, KGB.level, LEVEL_TERMS[level]))
        if parent:
            g.add((iri, KGB.within, J[parent][0]))
    for title, level, place in (
        ("法治政府建设实施纲要(2015-2020年)", "national", None),
        ("法治政府建设实施纲要(2021-2025年)", "national", None),
        ("法治政府建设实施纲要", "national", None),
        ("甲省法治政府建设实施方案(2016-2020年)", "provincial", "jia"),
        ("甲省法治政府建设实施方案(2021-2025年)", "provincial", "jia"),
        ("甲省法治政府建设实施方案", "provincial", "jia"),
        ("东县2018年法治政府建设工作要点", "county", "east"),
        ("东县2023年法治政府建设工作要点", "county", "east"),
    ):
        iri = M.regulation(title)
        g.add((iri, RDF.type, KGB.Regulation))
        g.add((iri, SKOS.prefLabel, Literal(title, lang="zh")))
        g.add((iri, KGB.issuerLevel, LEVEL_TERMS[level]))
        if place:
            g.add((iri, KGB.issuingJurisdiction, J[place][0]))
    return g


@pytest.mark.parametrize(("low", "highs"), [
    # A plan implements the namesakes above whose years its own overlap most, not those of another period.
    ("甲省法治政府建设实施方案(2016-2020年)", ["法治政府建设实施纲要(2015-2020年)"]),
    ("甲省法治政府建设实施方案(2021-2025年)", ["法治政府建设实施纲要(2021-2025年)"]),
    ("东县2018年法治政府建设工作要点", ["甲省法治政府建设实施方案(2016-2020年)"]),
    ("东县2023年法治政府建设工作要点", ["甲省法治政府建设实施方案(2021-2025年)"]),
    # (a title naming no year says nothing of its period: every namesake of the nearest level, as before)
    ("甲省法治政府建设实施方案", ["法治政府建设实施纲要", "法治政府建设实施纲要(2015-2020年)",
                                 "法治政府建设实施纲要(2021-2025年)"]),
])
def test_inferred_links_keep_to_the_plans_period(low, highs):
    g = citation_network(plans_of_two_periods())
    got = sorted(g.nodes[t]["label"] for _, t, d in g.out_edges(str(M.regulation(low)), data=True)
                 if d["rel"] == "implements")
    assert got == sorted(highs)


def test_a_plan_naming_no_year_takes_the_years_of_the_documents_citing_it():
    graph = plans_of_two_periods()
    doc, plan = M.document("d_jia_2023"), M.regulation("甲省法治政府建设实施方案")
    graph.add((doc, RDF.type, KGB.Document))
    graph.add((doc, KGB.authorJurisdiction, J["east"][0]))
    graph.add((doc, KGB.yearCovered, Literal(2023, datatype=XSD.integer)))
    graph.add((doc, KGB.cites, plan))
    g = citation_network(graph)
    got = sorted(g.nodes[t]["label"] for _, t, d in g.out_edges(str(plan), data=True) if d["rel"] == "implements")
    assert got == ["法治政府建设实施纲要(2021-2025年)"]


def test_a_namesake_misdated_by_a_year_does_not_take_the_plans_of_its_years():
    # A county writes the 2015-2020 纲要 as 法治政府建设实施纲要(2016-2020年); two documents cite the right title.
    # 甲省's 2016-2020 plan carries out the 纲要 the documents cite, though the misdated title fits its years better.
    graph = plans_of_two_periods()
    misdated = M.regulation("法治政府建设实施纲要(2016-2020年)")
    graph.add((misdated, RDF.type, KGB.Regulation))
    graph.add((misdated, SKOS.prefLabel, Literal("法治政府建设实施纲要(2016-2020年)", lang="zh")))
    graph.add((misdated, KGB.issuerLevel, LEVEL_TERMS["national"]))
    for name, cited in (("d1", "法治政府建设实施纲要(2015-2020年)"), ("d2", "法治政府建设实施纲要(2015-2020年)"),
                        ("d3", "法治政府建设实施纲要(2016-2020年)")):
        doc = M.document(name)
        graph.add((doc, RDF.type, KGB.Document))
        graph.add((doc, KGB.authorJurisdiction, J["east"][0]))
        graph.add((doc, KGB.cites, M.regulation(cited)))
    g = citation_network(graph)
    low = str(M.regulation("甲省法治政府建设实施方案(2016-2020年)"))
    assert sorted(g.nodes[t]["label"] for _, t, d in g.out_edges(low, data=True) if d["rel"] == "implements") == [
        "法治政府建设实施纲要(2015-2020年)"]


def test_a_level_whose_namesakes_cover_other_years_is_passed_over():
    graph = plans_of_two_periods()
    for title in ("甲省法治政府建设实施方案(2016-2020年)", "甲省法治政府建设实施方案"):
        graph.remove((M.regulation(title), None, None))
    g = citation_network(graph)
    # 东县's 2018 points: no provincial plan of its years (the 2021-2025 one is not), so the national 纲要 of 2015-2020.
    got = sorted(g.nodes[t]["label"] for _, t, d in g.out_edges(str(M.regulation("东县2018年法治政府建设工作要点")),
                                                                data=True) if d["rel"] == "implements")
    assert got == ["法治政府建设实施纲要(2015-2020年)"]


def test_a_national_regulations_issuer_leaves_out_a_place_one_document_gave_it():
    graph = country()
    graph.add((R["model"], KGB.issuerName, Literal("甲省人民政府", lang="zh")))
    graph.add((R["model"], KGB.issuerLevel, LEVEL_TERMS["provincial"]))
    row = {row.title: row for row in rank(graph)}["示范条例"]
    assert (row.issuer, row.origin_level) == ("国务院", "national")


def test_ties_break_deterministically(hand):
    first = ranking_csv(hand)
    assert first == ranking_csv(country())
    order = [row.title for row in rank(hand)]
    # 甲省营商条例 and 甲省法治宣传教育条例 both score 2: the broader one goes first.
    assert order.index("甲省营商条例") < order.index("甲省法治宣传教育条例")


def test_gaps_are_silent_peers_inside_the_territory(hand):
    found = {(g["title"], g["jurisdiction"]) for g in gaps(hand)}
    assert ("示范条例", "新华镇") in found  # 和平镇 adopted, its peer under 东县 did not
    assert ("甲省营商条例", "西县") in found  # 东县 adopted, its peer under 一市 did not
    assert ("示范条例", "南县") not in found  # no peer under 二市 adopted
    assert ("示范条例", "二市") not in found  # no document of 二市 was read: no evidence either way
    assert ("甲省营商条例", "南县") not in found


def test_initiatives_rank_from_the_highest_level_that_mentions_them(hand):
    (row,) = rank_initiatives(hand)
    assert (row.title, row.origin_level, row.issuer, row.issued_year) == ("一市通办", "prefecture", "一市", 2016)
    assert names(row, "county") == ["东县", "北县"] and names(row, "township") == ["和平镇"]
    assert (row.in_territory, row.out_of_territory, row.score, row.depth) == (2, 1, 1 + 2, 2)


def test_explain_traces_every_adoption_to_its_sentence(hand):
    text = explain(hand, "示范条例")
    assert "score 16 = provincial 1×1 + prefecture 1×2 + county 3×3 + township 1×4" in text
    assert sentence_of("d_heping", "一市示范条例实施细则") in text
    assert "为贯彻《甲省示范条例实施办法》,制定《一市示范条例实施细则》。" in text
    assert "北县 (county, 2019, in territory)" in text
    assert "北县 (county, 2019, OUT of territory)" in explain(hand, "甲省营商条例")


def test_titles_are_found_by_alias_and_normalized_form(hand):
    g = citation_network(hand)
    assert find_node(g, "示范条") == str(R["model"])
    assert find_node(g, "《甲省营商条例》") == str(R["business"])
    with pytest.raises(UnknownTitle, match="no regulation or initiative titled"):
        find_node(g, "不存在的办法")


@pytest.mark.parametrize(("title", "year"), [
    ("法治政府建设实施纲要(2015-2020年)", 2015),
    ("法治政府建设实施纲要（2015—2020年）", 2015),
    ("2019年法治政府建设工作要点", 2019),
    ("汉台区2017年法治政府建设工作要点", 2017),
    ("重大行政决策程序暂行条例", None),
    ("东辽县〈法治政府建设实施纲要(2015-2020年)〉的实施意见", None),
    ("关于印发《2020年法治政府建设工作要点》的通知", 2020),
])
def test_issuance_year_from_the_title(title, year):
    assert title_year(title) == year


def test_every_graph_source_gives_the_same_ranking(hand, tmp_path):
    expected = ranking_csv(hand)
    dataset = Dataset()
    named = dataset.graph(URIRef("https://example.org/graph/1"))
    for triple in hand:
        named.add(triple)
    named_store = GraphStore()
    named_store.replace_document(URIRef("https://example.org/graph/1"), [(s, p, o, None) for s, p, o in hand])
    for suffix, fmt in (("nq", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        named_store.store.dump(str(tmp_path / f"g.{suffix}"), fmt)
    hand.serialize(tmp_path / "g.ttl", format="turtle")
    store = GraphStore(tmp_path / "store")
    # Merged graphs: the same statements in two document graphs count once.
    for name in ("https://example.org/graph/1", "https://example.org/graph/2"):
        store.replace_document(URIRef(name), [(s, p, o, None) for s, p, o in hand])
    store.flush()
    del store
    for source in (dataset, tmp_path / "g.nq", tmp_path / "g.trig", str(tmp_path / "g.ttl"), tmp_path / "store"):
        assert ranking_csv(source) == expected, source


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.nq", None, "no such graph file"),
    ("graph.xyz", "x", "unknown RDF format"),
    ("broken.ttl", "<a> <b> .", "not valid"),
])
def test_unreadable_graphs_name_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, "utf-8")
    with pytest.raises(GraphSourceError, match=message) as error:
        rank(path)
    assert name in str(error.value)


# -- the sample corpus ----------------------------------------------------------------------------

CHAIN = re.compile(r"国务院 [→⇢] 《吉林省重大行政决策程序规定》 [→⇢] 《辽源市重大行政决策程序规定实施办法》 → 东辽县$")


@pytest.fixture(scope="module")
def sample(sample_build):
    return citation_network(union_graph(sample_build.dataset))


def test_the_2015_plan_ranks_first_on_the_sample(sample):
    rows = rank(sample)
    assert rows[0].title == "法治政府建设实施纲要(2015-2020年)"
    assert rows[0].origin_level == "national" and rows[0].depth == 3
    assert rows[0].issued_year == 2015


def test_decision_procedure_travels_through_jilin_and_liaoyuan(sample):
    from kg_builder.propagation import chain_text

    rows = rank(sample)
    top3 = [row.title for row in rows[:3]]
    assert "重大行政决策程序暂行条例" in top3
    row = next(r for r in rows if r.title == "重大行政决策程序暂行条例")
    dongliao = [a for a in row.adoptions if sample.nodes[a.jurisdiction]["label"] == "东辽县"]
    assert any(CHAIN.search(chain_text(sample, a, "国务院")) for a in dongliao)
    assert "东辽县" in {sample.nodes[j]["label"] for j in row.adopters["county"]}


def test_sample_adoptions_are_all_downward(sample):
    from kg_builder.model import LEVEL_RANK

    for a in adoptions(sample):
        assert LEVEL_RANK[a.level] > LEVEL_RANK[sample.nodes[a.adopted]["level"]]


# -- initiatives counted per programme, dated gaps, how links were read ---------------------------

def test_initiatives_spread_from_the_nation_to_counties_on_the_sample(sample):
    # 运城市 (prefecture) writes 放管服 as 简政放权、放管结合、优化服务 and 放管服效; 东辽县 and 马村区 as 放管服.
    # It is the State Council's programme: all three adopt it from the nation.
    rows = {row.title: row for row in rank_initiatives(sample)}
    assert rows, "no initiative is taken up from below on the sample"
    row = rows["放管服"]
    assert (row.origin_level, row.issuer) == ("national", "国务院")
    assert [sample.nodes[j]["label"] for j in row.adopters["prefecture"]] == ["运城市"]
    assert sorted(sample.nodes[j]["label"] for j in row.adopters["county"]) == ["东辽县", "马村区"]
    assert row.out_of_territory == 0 and row.score == 2 + 3 + 3
    assert {"简政放权、放管结合、优化服务", "放管服效"} <= set(sample.nodes[row.subject]["aliases"])
    text = explain(sample, "放管服")
    assert "运城市 (prefecture, " in text and "as “简政放权、放管结合、优化服务”" not in text.split("score")[0]
    assert "[stated in a sentence (extractor initiatives)]" in text


def test_variant_names_of_one_programme_are_one_initiative():
    g = country()
    one = M.document("d_one")
    for name in ("简政放权、放管结合、优化服务", "放管服效"):
        variant = M.initiative(name)
        g.add((variant, RDF.type, KGB.Initiative))
        g.add((variant, SKOS.prefLabel, Literal(name, lang="zh")))
    g.add((one, KGB.mentionsInitiative, M.initiative("简政放权、放管结合、优化服务")))
    g.add((M.document("d_north"), KGB.mentionsInitiative, M.initiative("放管服效")))
    row = {row.title: row for row in rank_initiatives(g)}["放管服"]
    assert (row.origin_level, row.issuer, names(row, "prefecture"), names(row, "county")) == (
        "national", "国务院", ["一市"], ["北县"])
    network = citation_network(g)
    assert network.nodes[find_node(network, "简政放权、放管结合、优化服务")]["label"] == "放管服"


def test_a_national_programme_starts_at_the_nation_whoever_names_it_first():
    # 放管服 is the State Council's (data/national_initiatives.tsv). Named first here by 一市 (2016), then by
    # 东县, 和平镇 and 乙省's 北县: all four adopt it from the nation, 北县 inside its territory too.
    g = country()
    for key in ("d_one", "d_east", "d_heping", "d_north"):
        g.add((M.document(key), KGB.mentionsInitiative, M.initiative("放管服")))
    g.add((M.initiative("放管服"), RDF.type, KGB.Initiative))
    g.add((M.initiative("放管服"), SKOS.prefLabel, Literal("放管服", lang="zh")))
    rows = {row.title: row for row in rank_initiatives(g)}
    row = rows["放管服"]
    assert (row.origin_level, row.issuer, row.issued_year, row.jurisdiction) == ("national", "国务院", 2015, str(J["cn"][0]))
    assert (names(row, "prefecture"), names(row, "county"), names(row, "township")) == (["一市"], ["东县", "北县"], ["和平镇"])
    assert (row.in_territory, row.out_of_territory, row.score, row.lag("prefecture")) == (4, 0, 2 + 3 + 3 + 4, 1)
    # a programme no national act launched still starts where it is named highest
    assert (rows["一市通办"].origin_level, rows["一市通办"].issuer) == ("prefecture", "一市")
    text = explain(g, "放管服", by="initiative")
    assert "origin level: national (from national programmes list: launched by a national act)" in text
    assert "origin: a national programme, launched by 国务院 in 2015" in text
    assert "北县 (county, 2019, in territory)" in text


@pytest.mark.parametrize(("title", "issued", "year", "counts"), [
    ("法治政府建设实施纲要(2015-2020年)", 2015, 2023, False),   # 马村区's 2023 report: after the plan
    ("法治政府建设实施纲要(2015-2020年)", 2015, 2019, True),
    ("法治政府建设实施纲要（2015—2020年）", None, 2014, False),
    ("重大行政决策程序暂行条例", 2019, 2018, False),           # before it was issued
    ("重大行政决策程序暂行条例", 2019, 2023, True),
    ("重大行政决策程序暂行条例", 2019, None, False),           # a year we cannot read is no evidence
    ("无关规定", None, None, True),                           # no span, no issuance: any document
])
def test_a_gap_needs_a_document_from_when_the_regulation_was_in_force(title, issued, year, counts):
    from kg_builder.measures import in_force, validity

    assert in_force(validity(title, issued), year) is counts


def test_a_2023_report_is_no_gap_for_the_2015_2020_plan(sample):
    found = {(g["title"], g["jurisdiction"]): g for g in gaps(sample)}
    assert ("法治政府建设实施纲要(2015-2020年)", "马村区") not in found
    assert all(g["in_force"] for g in found.values())


def test_a_link_read_from_a_title_says_so_and_names_its_extractor(sample):
    text = explain(sample, "重大行政决策程序暂行条例")
    line = next(l for l in text.splitlines() if "《辽源市重大行政决策程序规定实施办法》 → implements" in l)
    assert "[read from the title's shape, not from a sentence (extractor implements)]" in line
    assert "the title appears in: “待《辽源市重大行政决策程序规定实施办法》出台后" in line
    assert "[stated in a sentence (extractor citations)]: “2019年5月,国务院公布了《重大行政决策程序暂行条例》。”" in text


def test_untitled_documents_are_named_by_place_year_and_type_not_as_a_title(sample):
    text = explain(sample, "重大行政决策程序暂行条例")
    assert "document: 中站区 2019 年度报告 (000_5897df00731d88e1.txt)" in text
    assert "《000_" not in text and "document: 000_" not in text


@pytest.mark.parametrize(("title", "implements"), [
    # a title carrying out (or transmitting) the one it names implements it ...
    ("甲省实施〈示范条例〉办法", True),
    ("甲省人民政府关于印发〈示范条例〉的通知", True),
    # ... one that only explains, submits or comments on it does not
    ("甲省司法厅:〈示范条例〉解读", False),
    ("甲省司法厅负责同志就〈示范条例〉答记者问", False),
    ("关于报送〈甲省2022年度报告〉和〈示范条例〉的报告", False),
    ("甲省人大常委会对〈示范条例〉的审议意见", False),
    ("关于征求〈示范条例〉意见的函", False),
    ("甲省人民政府关于〈示范条例〉研究处理情况的报告", False),
])
def test_a_title_naming_another_implements_it_only_when_it_carries_it_out(title, implements):
    graph = country()
    iri = M.regulation(title)
    graph.add((iri, RDF.type, KGB.Regulation))
    graph.add((iri, SKOS.prefLabel, Literal(title, lang="zh")))
    graph.add((iri, KGB.issuerLevel, LEVEL_TERMS["provincial"]))
    g = citation_network(graph)
    edge = g.get_edge_data(str(iri), str(R["model"]))
    assert (edge is not None and edge["rel"] == "implements") is implements


def test_a_short_name_several_regulations_were_given_names_none_of_them(hand):
    # 《纲要》 is what many documents call the plan they cite (以下简称《纲要》): a different one in each.
    graph = Graph()
    graph += hand
    graph.add((R["model"], SKOS.altLabel, Literal("条例", lang="zh")))
    graph.add((R["business"], SKOS.altLabel, Literal("条例", lang="zh")))
    graph.add((R["business"], SKOS.altLabel, Literal("营商条例", lang="zh")))
    g = citation_network(graph)
    with pytest.raises(UnknownTitle, match=r"'条例' is a short name of several .*示范条例.*give the full title"):
        find_node(g, "条例")
    assert find_node(g, "营商条例") == str(R["business"])  # an alias of one is that one
    assert find_node(g, "示范条例") == str(R["model"])  # a title wins over another's alias


def test_a_plan_does_not_carry_out_a_namesake_above_begun_years_after_it():
    # 东县's 2021-2025 实施方案 overlaps 甲省's 2025 要点 by a year, but was written four years before it:
    # it carries out the national 2021-2025 纲要 (no plan of 甲省 of its years is in the graph).
    graph = plans_of_two_periods()
    for title in ("甲省法治政府建设实施方案(2021-2025年)", "甲省法治政府建设实施方案"):
        graph.remove((M.regulation(title), None, None))
    for title, level, place in (("甲省2025年法治政府建设工作要点", "provincial", "jia"),
                                ("东县法治政府建设实施方案(2021-2025年)", "county", "east")):
        iri = M.regulation(title)
        graph.add((iri, RDF.type, KGB.Regulation))
        graph.add((iri, SKOS.prefLabel, Literal(title, lang="zh")))
        graph.add((iri, KGB.issuerLevel, LEVEL_TERMS[level]))
        graph.add((iri, KGB.issuingJurisdiction, J[place][0]))
    g = citation_network(graph)
    low = str(M.regulation("东县法治政府建设实施方案(2021-2025年)"))
    assert sorted(g.nodes[t]["label"] for _, t, d in g.out_edges(low, data=True) if d["rel"] == "implements") == [
        "法治政府建设实施纲要(2021-2025年)"]
