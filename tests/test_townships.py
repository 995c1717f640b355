"""Townships placed by the township table: their code, their county, and the store's divisions graph."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg_builder import divisions
from kg_builder.build import build_corpus
from kg_builder.division_graph import held_divisions, sync_divisions
from kg_builder.divisions import resolve, township
from kg_builder.model import Document
from kg_builder.ontology import Minter
from kg_builder.pipeline import extract
from kg_builder.rdf import to_nquads
from kg_builder.record import to_record
from kg_builder.store import GraphStore

KGB = "https://w3id.org/kg-builder/ontology#"
J = "https://w3id.org/kg-builder/id/jurisdiction/"


@pytest.mark.parametrize("name, county, provinces, prefectures, code, chain", [
    # one township of that name in the country: placed, with its county, though the text names none
    ("舒桥乡", None, (), (), "331121208", ("浙江省", "丽水市", "青田县", "舒桥乡")),
    # two 白泉镇: the county named holds one
    ("白泉镇", "东辽县", (), (), "220422100", ("吉林省", "辽源市", "东辽县", "白泉镇")),
    # three 东庄镇: none placed without a county, province or city to choose by
    ("东庄镇", None, (), (), "", ("东庄镇",)),
    ("东庄镇", None, ("福建省",), (), "350305101", ("福建省", "莆田市", "秀屿区", "东庄镇")),
    ("东庄镇", None, (), ("泰安市",), "370921112", ("山东省", "泰安市", "宁阳县", "东庄镇")),
    # a province named that holds none of them: not placed elsewhere
    ("舒桥乡", None, ("四川省",), (), "", ("舒桥乡",)),
    # a county that holds no township of that name (made or renamed since the table): its parents, no code
    ("渭津镇", "东丰县", (), (), "", ("吉林省", "辽源市", "东丰县", "渭津镇")),
    # a city's 街 is the table's 街道 (广州 writes 沙面街)
    ("沙面街", None, (), (), "440103001", ("广东省", "广州市", "荔湾区", "沙面街")),
])
def test_a_township_is_placed_by_the_table(name, county, provinces, prefectures, code, chain):
    found = township(name, resolve(county, 2022).division if county else None, street=name.endswith("街"),
                     provinces=provinces, prefectures=prefectures)
    assert (found.code, found.chain) == (code, chain)


def test_a_township_code_is_a_division_with_its_county_above():
    town = divisions.division_by_code("331121208")
    assert (town.name, town.level, town.parent_code) == ("舒桥乡", "township", "331121")
    assert divisions.division_by_code("331121999") is None


def _graph(text: str, shared: set[str] | None = None) -> tuple[dict, list[tuple[str, str, str]]]:
    extraction = extract(Document("t", text))
    nquads, _ = to_nquads(extraction, shared_divisions=shared)
    triples = [(q.subject.value, q.predicate.value, q.object.value)
               for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)]
    return to_record(extraction), triples


def _author(triples: list[tuple[str, str, str]]) -> str:
    return next(o for s, p, o in triples if p == KGB + "authorJurisdiction")


def test_a_report_of_a_township_its_county_holds_names_the_division_by_code():
    record, triples = _graph("白泉镇2022年法治政府建设工作总结\n\n2022年，在东辽县委、县政府的领导下，白泉镇党委、政府"
                             "认真贯彻落实《法治政府建设实施纲要(2021-2025年)》，推进依法行政。")
    assert record["jurisdiction"] == {"name": "白泉镇", "level": "township", "province": "吉林省", "prefecture": "辽源市"}
    author = _author(triples)
    assert author == J + "220422100"
    assert (author, KGB + "within", J + "220422") in triples
    assert (author, KGB + "divisionCode", "220422100") in triples


def test_a_township_named_nowhere_else_is_placed_without_its_county():
    record, triples = _graph("舒桥乡2023年法治建设工作情况报告\n\n2023年，舒桥乡坚持以习近平新时代中国特色社会主义思想为指导，"
                             "乡党委、乡政府认真落实《法治政府建设实施纲要(2021-2025年)》。")
    assert record["jurisdiction"] == {"name": "舒桥乡", "level": "township", "province": "浙江省", "prefecture": "丽水市"}
    author = _author(triples)
    assert author == J + "331121208" and (author, KGB + "within", J + "331121") in triples


def test_a_township_the_table_lacks_stays_under_the_county_its_text_names():
    _, triples = _graph("漳江镇2021年法治政府建设工作报告\n\n2021年，在桃源县委、县政府的领导下，漳江镇党委、政府"
                        "深入学习贯彻《法治政府建设实施纲要(2021-2025年)》。")
    author = _author(triples)
    assert author == J + "430725/漳江镇"
    assert (author, KGB + "within", J + "430725") in triples
    assert (author, KGB + "level", KGB + "Township") in triples


def test_a_township_of_several_counties_none_named_lists_them_as_candidates():
    record, triples = _graph("东庄镇2023年法治政府建设工作报告\n\n2023年，东庄镇党委、政府认真贯彻落实"
                             "《法治政府建设实施纲要(2021-2025年)》，推进依法行政，镇司法所开展普法。")
    assert record["jurisdiction"]["name"] == "东庄镇" and record["jurisdiction"]["province"] is None
    author = _author(triples)
    assert author == J + "unresolved/东庄镇"
    assert (author, KGB + "resolutionStatus", "ambiguous") in triples
    assert {o for s, p, o in triples if s == author and p == KGB + "candidate"} == {
        J + "350305101", J + "370921112", J + "410527101"}
    # each candidate described with its county above it
    assert (J + "370921112", KGB + "within", J + "370921") in triples


def test_the_store_describes_a_township_in_its_divisions_graph_and_drops_it_with_its_document(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "town.txt").write_text("白泉镇2022年法治政府建设工作总结\n\n2022年，在东辽县委、县政府的领导下，白泉镇党委、"
                                     "政府认真贯彻落实《法治政府建设实施纲要(2021-2025年)》。", encoding="utf-8")
    (corpus / "county.txt").write_text("2019年河南省焦作市中站区人民政府关于法治政府建设情况的报告。", encoding="utf-8")
    store_dir = tmp_path / "store"
    build_corpus([corpus], None, store=store_dir).store.flush()
    store = GraphStore(store_dir)
    assert {"220422100", "220422", "220400", "220000", "410803"} <= held_divisions(store.store)
    # a whole check of the divisions graph (what a resumed build runs) finds nothing to change
    assert sync_divisions(store.store, Minter(), everywhere=True) == (0, 0)
    removed, _ = store.remove_documents(["town"])
    assert len(removed) == 1
    held = held_divisions(store.store)
    assert not {"220422100", "220422", "220400", "220000"} & held and "410803" in held
