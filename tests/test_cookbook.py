"""The cookbook answers real questions: on the sample (served, queried with SPARQLWrapper) and on a
small hand-made corpus that has every kind of fact the vocabulary defines (chains, tasks, initiatives)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterator

import pytest
from SPARQLWrapper import JSON, POST

from kg_builder.model import Document, Extraction, Fact, Mention, Provenance
from kg_builder.readers import read_document
from kg_builder.rdf import iter_quads
from kg_builder.sparql import cookbook, open_graph, run_query, term_text
from test_server import ask_wrapper, running_server, wrapper

GOLDEN = Path(__file__).resolve().parent / "data" / "cookbook"
NAMES = [entry.name for entry in cookbook()]
#: Separators of GROUP_CONCAT in the cookbook: the order inside a group is not defined by SPARQL.
_LIST_SEPARATORS = re.compile(r" \| |、")


def test_cookbook_has_at_least_twelve_documented_questions():
    assert len(NAMES) >= 12
    for entry in cookbook():
        assert entry.text.startswith("# title: ")
        assert entry.title, entry.name
        assert entry.question.endswith(("?", ")")), entry.name
        assert re.fullmatch(r"[a-z0-9-]+", entry.name)


def test_list_shows_every_question(runner):
    from kg_builder.cli import cli

    listing = runner.invoke(cli, ["query", "--list"]).stdout
    for entry in cookbook():
        assert entry.name in listing and entry.question in listing


# -- on the sample corpus, through the endpoint --------------------------------------------

@pytest.fixture(scope="module")
def endpoint(sample_build) -> Iterator[str]:
    with running_server(str(sample_build.outputs["graph.nq"])) as base:
        yield base + "query"


def _normalized(value: str) -> str:
    parts = _LIST_SEPARATORS.split(value)
    return " | ".join(sorted(parts)) if len(parts) > 1 else value


def _answer(endpoint: str, name: str) -> dict:
    text = next(e.text for e in cookbook() if e.name == name)
    answer = ask_wrapper(wrapper(endpoint, text, JSON, POST))
    variables = answer["head"]["vars"]
    rows = [{v: b[v]["value"] for v in variables if v in b} for b in answer["results"]["bindings"]]
    return {"vars": variables, "rows": rows}


@pytest.fixture(scope="module")
def answers(endpoint) -> dict[str, dict]:
    return {name: _answer(endpoint, name) for name in NAMES}


@pytest.mark.parametrize("name", NAMES)
def test_cookbook_answers_match_golden(answers, name, update_golden):
    answer = answers[name]
    golden = GOLDEN / f"{name}.expected.json"
    if update_golden:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        golden.write_text(json.dumps(answer, ensure_ascii=False, indent=1) + "\n", "utf-8")
    expected = json.loads(golden.read_text("utf-8"))
    assert answer["vars"] == expected["vars"]

    def canon(rows):
        return sorted(json.dumps({k: _normalized(v) for k, v in r.items()}, ensure_ascii=False, sort_keys=True)
                      for r in rows)

    assert canon(answer["rows"]) == canon(expected["rows"]), (
        f"{name}: the answer changed; if the change is right, run pytest --update-golden and review the diff")


def _rows(answers, name, **match) -> list[dict]:
    return [r for r in answers[name]["rows"] if all(r.get(k) == v for k, v in match.items())]


def test_dongliao_cites_the_national_decision_procedure_regulation(answers):
    national = _rows(answers, "citations-by-level", jurisdiction="东辽县", issuer_level="national")
    assert len(national) == 1
    assert "重大行政决策程序暂行条例" in national[0]["titles"].split(" | ")
    direct = _rows(answers, "direct-or-via-provincial", county="东辽县", regulation="重大行政决策程序暂行条例")
    assert direct and direct[0]["cites_directly"] == "yes"


def test_the_2015_plan_is_the_most_cited(answers):
    top = answers["most-cited-regulations"]["rows"][0]
    assert top["regulation"] == "法治政府建设实施纲要(2015-2020年)"
    assert top["issuer_level"] == "national" and int(top["documents"]) >= 3
    adoption = _rows(answers, "downward-adoption", regulation="法治政府建设实施纲要(2015-2020年)", adopter_level="county")
    assert int(adoption[0]["jurisdictions"]) >= 2
    aliases = _rows(answers, "regulation-aliases", regulation="法治政府建设实施纲要(2015-2020年)")
    assert "纲要" in aliases[0]["aliases"].split("、")


def test_the_sentence_behind_an_edge_points_into_the_document(answers, sample_dir):
    rows = _rows(answers, "sentence-behind-edge", document="001_442be8164d49497e")
    assert rows and all(r["predicate"].endswith("#cites") for r in rows)
    assert any("国务院公布了《重大行政决策程序暂行条例》" in r["sentence"] for r in rows)
    text = read_document(sample_dir / "001_442be8164d49497e.txt").text
    for row in rows:
        assert text[int(row["start"]):int(row["end"])] == row["quote"] == "重大行政决策程序暂行条例"


def test_documents_overview_places_each_author(answers):
    rows = answers["documents-overview"]["rows"]
    assert len(rows) == 5
    dongliao = _rows(answers, "documents-overview", document="001_442be8164d49497e")[0]
    assert (dongliao["jurisdiction"], dongliao["level"], dongliao["prefecture"], dongliao["province"], dongliao["year"]) \
        == ("东辽县", "county", "辽源市", "吉林省", "2019")


# -- on a hand-made corpus with every kind of fact ---------------------------------------------

def _doc(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, text=text, path=f"{doc_id}.txt")


def _at(d: Document, surface: str, label: str, name: str = "", **attrs) -> Mention:
    """A mention of ``surface`` in ``d`` (its first occurrence), named ``name`` or as written."""
    start = d.text.index(surface)
    return Mention(surface, label, Provenance(d.id, start, start + len(surface), "test"), name or surface,
                   tuple(sorted(attrs.items())))


def _write_nquads(tmp: Path, extractions: list[Extraction]) -> Path:
    """The extractions' graph as kg_builder.rdf writes a build's, in ``tmp/graph.nq``."""
    path = tmp / "graph.nq"
    path.write_text("".join(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n" for s, p, o, g in iter_quads(extractions)),
                    "utf-8")
    return path


def _rows_of(graph, name: str) -> list[dict]:
    """The rows of cookbook query ``name`` on ``graph``, each as {variable: text} of its bound values."""
    result = run_query(graph, next(e.text for e in cookbook() if e.name == name))
    return [{v: term_text(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]


def _build_corpus(tmp: Path) -> Path:
    """Three documents, written through kg_builder.rdf exactly as a build would write them."""

    doc, at = _doc, _at

    def fact(d: Document, subject: Mention, predicate: str, obj) -> Fact:
        source = obj.source if isinstance(obj, Mention) else subject.source
        return Fact(subject, predicate, obj, source)

    def regulation(d, title, level, code, kind="plan"):
        return at(d, title, "Regulation", issuer_level=level, issuer_code=code, kind=kind)

    def header(d, title, place, code, level, year, doc_type):
        me = d.mention()
        return [fact(d, me, "title", title), fact(d, me, "docType", doc_type), fact(d, me, "yearCovered", year),
                fact(d, me, "authorJurisdiction", at(d, place, "Jurisdiction", code=code, level=level,
                                                     status="resolved"))]

    outline, henan, jiaozuo = "法治政府建设实施纲要(2015-2020年)", "河南省法治政府建设实施工作方案(2016-2020年)", \
        "焦作市法治政府建设实施意见"
    a = doc("a_zhongzhan", f"中站区2020年工作计划。按照《{outline}》和《{henan}》要求，{henan}是为贯彻落实《{outline}》制定的。"
                           "深化“放管服”改革。一、推进行政执法三项制度。牵头单位：中站区司法局；责任单位：中站区市场监督管理局、中站区城市管理局。")
    b = doc("b_macun", f"马村区2021年法治政府建设情况的报告。落实《{jiaozuo}》，该意见为贯彻《{henan}》而定。"
                       "推进“放管服”和“证照分离”。与朝阳区交流。")
    c = doc("c_dongliao", f"东辽县2019年法治政府建设情况的报告。学习《{outline}》和《重大行政决策程序暂行条例》。")

    task = at(a, "推进行政执法三项制度", "Task", number="1")
    a_facts = header(a, "中站区2020年工作计划", "中站区", "410803", "county", 2020, "work_plan") + [
        fact(a, a.mention(), "cites", regulation(a, outline, "national", "100000")),
        fact(a, a.mention(), "cites", regulation(a, henan, "provincial", "410000")),
        Fact(regulation(a, henan, "provincial", "410000"), "implements",
             regulation(a, outline, "national", "100000"), at(a, "是为贯彻落实", "Phrase").source),
        fact(a, a.mention(), "mentionsInitiative", at(a, "放管服", "Initiative")),
        fact(a, a.mention(), "hasTask", task),
        fact(a, task, "lead", at(a, "中站区司法局", "Agency", jurisdiction_code="410803")),
        fact(a, task, "responsible", at(a, "中站区市场监督管理局", "Agency", jurisdiction_code="410803")),
        fact(a, task, "responsible", at(a, "中站区城市管理局", "Agency", jurisdiction_code="410803")),
    ]
    b_facts = header(b, "马村区2021年法治政府建设情况的报告", "马村区", "410804", "county", 2021, "annual_report") + [
        fact(b, b.mention(), "cites", regulation(b, jiaozuo, "prefecture", "410800")),
        Fact(regulation(b, jiaozuo, "prefecture", "410800"), "implements",
             regulation(b, henan, "provincial", "410000"), at(b, "该意见为贯彻", "Phrase").source),
        fact(b, b.mention(), "mentionsInitiative", at(b, "放管服", "Initiative")),
        fact(b, b.mention(), "mentionsInitiative", at(b, "证照分离", "Initiative")),
        fact(b, b.mention(), "mentionsJurisdiction", at(b, "朝阳区", "Jurisdiction", status="ambiguous",
                                                        candidates=("110105", "220104"), level="county")),
    ]
    c_facts = header(c, "东辽县2019年法治政府建设情况的报告", "东辽县", "220422", "county", 2019, "annual_report") + [
        fact(c, c.mention(), "cites", regulation(c, outline, "national", "100000")),
        fact(c, c.mention(), "cites", regulation(c, "重大行政决策程序暂行条例", "national", "100000",
                                                 kind="administrative_regulation")),
    ]
    extractions = [Extraction(a, tuple(a_facts)), Extraction(b, tuple(b_facts)), Extraction(c, tuple(c_facts))]
    path = tmp / "graph.nq"
    lines = [f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} ." for s, p, o, g in iter_quads(extractions)]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


@pytest.fixture(scope="module")
def handmade(tmp_path_factory):
    graph = open_graph([_build_corpus(tmp_path_factory.mktemp("handmade"))])

    def ask(name: str) -> list[dict]:
        text = next(e.text for e in cookbook() if e.name == name)
        result = run_query(graph, text)
        return [{v: term_text(t) for v, t in zip(result.variables, row) if t is not None} for row in result.rows]

    return ask


OUTLINE, HENAN, JIAOZUO = "法治政府建设实施纲要(2015-2020年)", "河南省法治政府建设实施工作方案(2016-2020年)", "焦作市法治政府建设实施意见"


def test_implementing_chains_follow_implements_plus(handmade):
    rows = handmade("implementing-chains")
    assert [(r["origin"], r["steps"], r["implementer"], r["implementer_level"], r["implements"], r["adopted_by"])
            for r in rows] == [
        (OUTLINE, "1", HENAN, "provincial", OUTLINE, "中站区"),
        (OUTLINE, "2", JIAOZUO, "prefecture", HENAN, "马村区"),
    ]


def test_direct_versus_through_a_provincial_plan(handmade):
    rows = {(r["county"], r["regulation"]): (r["cites_directly"], r.get("via_provincial_plans", ""))
            for r in handmade("direct-or-via-provincial")}
    assert rows == {
        ("中站区", OUTLINE): ("yes", HENAN),  # both: cites the outline and the Henan plan that implements it
        ("马村区", OUTLINE): ("no", HENAN),  # only through 焦作 → 河南 → 纲要
        ("东辽县", OUTLINE): ("yes", ""),
        ("东辽县", "重大行政决策程序暂行条例"): ("yes", ""),
    }


def test_lead_and_responsible_agencies(handmade):
    (row,) = handmade("task-agencies")
    assert (row["jurisdiction"], row["document"], row["number"], row["task"], row["lead"]) == (
        "中站区", "a_zhongzhan", "1", "推进行政执法三项制度", "中站区司法局")
    assert set(row["responsible"].split("、")) == {"中站区市场监督管理局", "中站区城市管理局"}


def test_initiatives_by_province(handmade):
    rows = [(r["province"], r["initiative"], r["documents"], set(r["jurisdictions"].split("、")))
            for r in handmade("initiatives-by-province")]
    assert rows == [("河南省", "放管服", "2", {"中站区", "马村区"}), ("河南省", "证照分离", "1", {"马村区"})]


def test_missing_higher_plan_counts_taking_up_through_a_chain(handmade):
    # 马村区 takes up the outline and the Henan plan through 焦作's plan; 中站区 lacks 焦作's plan.
    assert [(r["jurisdiction"], r["plan"], r["plan_level"], r["cited_by_peers"])
            for r in handmade("missing-higher-plan")] == [("中站区", JIAOZUO, "prefecture", "马村区")]


def test_downward_adoption_through_implementing_plans(handmade):
    rows = {(r["regulation"], r["adopter_level"]): (r["jurisdictions"], r["first_year"], set(r["adopters"].split("、")))
            for r in handmade("downward-adoption")}
    assert rows[(OUTLINE, "county")] == ("3", "2019", {"中站区", "马村区", "东辽县"})
    assert rows[(HENAN, "county")] == ("2", "2020", {"中站区", "马村区"})
    assert rows[(JIAOZUO, "county")] == ("1", "2021", {"马村区"})


def test_unresolved_place_names_with_candidates(handmade):
    (row,) = handmade("unresolved-jurisdictions")
    assert (row["name"], row["status"], row["documents"]) == ("朝阳区", "ambiguous", "b_macun")
    assert "(110105)" in row["candidates"] and "(220104)" in row["candidates"]


def test_facts_by_extractor_counts_each_property(handmade):
    rows = handmade("facts-by-extractor")
    assert {"document": "a_zhongzhan", "extractor": "test", "property": "implements", "facts": "1"} in rows
    assert {"document": "a_zhongzhan", "extractor": "test", "property": "responsibleAgency", "facts": "2"} in rows


def test_sentence_behind_an_edge_on_the_handmade_corpus(handmade):
    (row,) = handmade("sentence-behind-edge")
    assert (row["document"], row["jurisdiction"], row["predicate"], row["quote"]) == (
        "c_dongliao", "东辽县", "kgb:cites", "重大行政决策程序暂行条例")
    assert row["sentence"] == f"学习《{OUTLINE}》和《重大行政决策程序暂行条例》。"
    assert int(row["end"]) - int(row["start"]) == len("重大行政决策程序暂行条例")


def _two_issuer_levels_corpus(tmp: Path) -> Path:
    """A national outline that one page wrongly calls a province's (issuer level provincial), beside the
    province's own plan implementing it; each fact as kg_builder.rdf writes a build's."""
    province_plan = "广东省法治政府建设实施方案(2021-2025年)"
    outline = "法治政府建设实施纲要(2021-2025年)"

    doc, at = _doc, _at

    def header(d, title, place, code, level):
        me = d.mention()
        return [Fact(me, "title", title, me.source), Fact(me, "yearCovered", 2022, me.source),
                Fact(me, "authorJurisdiction", at(d, place, "Jurisdiction", code=code, level=level,
                                                   status="resolved"), me.source)]

    def cites(d, title, level, code):
        obj = at(d, title, "Regulation", issuer_level=level, issuer_code=code, kind="plan")
        return Fact(d.mention(), "cites", obj, obj.source)

    a = doc("a_nanshan", f"南山区2022年工作要点。贯彻《{outline}》和《{province_plan}》。")
    b = doc("b_xinhui", f"新会区2022年工作要点。贯彻《{outline}》。")  # the page that misreads the issuer
    c = doc("c_tianhe", f"天河区2022年工作要点。落实《{province_plan}》，该方案为贯彻《{outline}》而定。")
    a_facts = header(a, "南山区2022年工作要点", "南山区", "440305", "county") + [
        cites(a, outline, "national", "100000"), cites(a, province_plan, "provincial", "440000")]
    b_facts = header(b, "新会区2022年工作要点", "新会区", "440705", "county") + [
        cites(b, outline, "provincial", "440000")]
    c_facts = header(c, "天河区2022年工作要点", "天河区", "440106", "county") + [
        cites(c, province_plan, "provincial", "440000"),
        Fact(at(c, province_plan, "Regulation", issuer_level="provincial", issuer_code="440000", kind="plan"),
             "implements", at(c, outline, "Regulation", issuer_level="national", issuer_code="100000", kind="plan"),
             at(c, "该方案为贯彻", "Phrase").source)]
    extractions = [Extraction(a, tuple(a_facts)), Extraction(b, tuple(b_facts)), Extraction(c, tuple(c_facts))]
    return _write_nquads(tmp, extractions)


def test_a_regulation_is_at_the_highest_level_its_documents_give(tmp_path):
    # One page calling the national outline a province's must not make it a provincial plan too (kgb rank
    # takes the highest level as well): one issuer level per regulation, and no "via a provincial plan"
    # through the outline itself.
    graph = open_graph([_two_issuer_levels_corpus(tmp_path)])

    def ask(name: str) -> list[dict]:
        return _rows_of(graph, name)

    outline, province_plan = "法治政府建设实施纲要(2021-2025年)", "广东省法治政府建设实施方案(2021-2025年)"
    assert {r["regulation"]: r["issuer_level"] for r in ask("most-cited-regulations")} == {
        outline: "national", province_plan: "provincial"}
    assert {(r["regulation"], r["issuer_level"], r["adopter_level"]) for r in ask("downward-adoption")} == {
        (outline, "national", "county"), (province_plan, "provincial", "county")}
    assert {(r["county"], r["regulation"]): r.get("via_provincial_plans", "")
            for r in ask("direct-or-via-provincial")} == {
        ("南山区", outline): province_plan, ("新会区", outline): "", ("天河区", outline): province_plan}
    levels = {(r["jurisdiction"], r["issuer_level"]): r["regulations"] for r in ask("citations-by-level")}
    assert levels == {("南山区", "national"): "1", ("南山区", "provincial"): "1", ("新会区", "national"): "1",
                      ("天河区", "provincial"): "1"}
    assert [(r["implementer"], r["implementer_level"]) for r in ask("implementing-chains")] == [
        (province_plan, "provincial")]
    assert not [r for r in ask("missing-higher-plan") if r["plan"] == outline and r["plan_level"] != "national"]


def _plans_of_many_periods_corpus(tmp: Path) -> Path:
    """Two counties of 焦作市. 中站区's 2019 and 2023 reports cite the prefecture's plans of
    several periods; 马村区 wrote only in 2023 and cites none of them."""
    plans = ("焦作市法治建设规划(2015-2020年)",    # over before 马村区's 2023 report
             "焦作市法治建设规划(2021-2025年)",    # in force in 2023
             "焦作市2024年法治建设工作要点",        # begun after it (a title year: in force from 2024)
             "焦作市法治建设规划(2026—2030年)",    # not yet begun
             "焦作市法治建设实施意见")              # no years: any document counts

    doc, at = _doc, _at

    def header(d, title, place, code, year):
        me = d.mention()
        return [Fact(me, "title", title, me.source), Fact(me, "yearCovered", year, me.source),
                Fact(me, "authorJurisdiction", at(d, place, "Jurisdiction", code=code, level="county",
                                                   status="resolved"), me.source)]

    def cites(d, title):
        obj = at(d, title, "Regulation", issuer_level="prefecture", issuer_code="410800", kind="plan")
        return Fact(d.mention(), "cites", obj, obj.source)

    early = doc("a_zhongzhan_2019", "中站区2019年工作报告。贯彻《" + plans[0] + "》。")
    late = doc("b_zhongzhan_2023", "中站区2023年工作报告。" + "".join(f"贯彻《{p}》。" for p in plans))
    west = doc("c_macun_2023", "马村区2023年工作报告。依法行政。")
    extractions = [
        Extraction(early, tuple(header(early, "中站区2019年工作报告", "中站区", "410803", 2019) + [cites(early, plans[0])])),
        Extraction(late, tuple(header(late, "中站区2023年工作报告", "中站区", "410803", 2023)
                               + [cites(late, p) for p in plans])),
        Extraction(west, tuple(header(west, "马村区2023年工作报告", "马村区", "410804", 2023)))]
    return _write_nquads(tmp, extractions)


def test_a_plan_is_missed_only_in_the_years_it_was_in_force(tmp_path):
    # 马村区's only report is of 2023: it cannot miss a 2015-2020 plan, nor one begun in 2024 or 2026;
    # it does miss the 2021-2025 plan its peer cites, and the plan of no known years.
    rows = _rows_of(open_graph([_plans_of_many_periods_corpus(tmp_path)]), "missing-higher-plan")
    assert [(r["jurisdiction"], r["plan"], r["cited_by_peers"]) for r in rows] == [
        ("马村区", "焦作市法治建设实施意见", "中站区"), ("马村区", "焦作市法治建设规划(2021-2025年)", "中站区")]


def test_a_zone_of_no_official_code_that_resolved_is_not_unresolved(tmp_path):
    # 兰州新区 has no GB/T 2260 code; the page names it and it resolved: only the ambiguous name is listed.
    d = Document(id="d_lanzhou", text="兰州新区2022年法治政府建设情况的报告。与朝阳区交流。", path="d_lanzhou.txt")

    def at(surface: str, label: str, **attrs) -> Mention:
        return _at(d, surface, label, **attrs)

    me = d.mention()
    facts = (Fact(me, "title", "兰州新区2022年法治政府建设情况的报告", me.source),
             Fact(me, "authorJurisdiction", at("兰州新区", "Jurisdiction", level="county", status="resolved"),
                  me.source),
             Fact(me, "mentionsJurisdiction", at("朝阳区", "Jurisdiction", status="ambiguous",
                                                 candidates=("110105", "220104"), level="county"), me.source))
    path = _write_nquads(tmp_path, [Extraction(d, facts)])
    rows = _rows_of(open_graph([path]), "unresolved-jurisdictions")
    assert [(r["name"], r["status"]) for r in rows] == [("朝阳区", "ambiguous")]
