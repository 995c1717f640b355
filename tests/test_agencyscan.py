"""The cheaper agency scan finds what the plain one does: titles' line ends, names inside titles, label lines."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg_builder.context import TitleLineEnds, title_line_end
from kg_builder.extractors.agencies import agencies, title_spans
from kg_builder.extractors.citations import MAX_TITLE, find_titles
from kg_builder.extractors.persons import persons
from kg_builder.model import Document

YUNCHENG = "运城市2019年法治政府建设工作报告\n"
DONGLIAO = "东辽县人民政府关于2019年度东辽县法治政府建设情况的报告\n"


def mentioned(text):
    return [f.object.name for f in agencies(Document(id="t", text=text)) if f.predicate == "mentionsAgency"]


@pytest.mark.parametrize("text", [
    "《优化营商环境\n条例》和《民法典\n《宪法》",
    "按照《政府投资条例》《重大行政决策程序暂行条例》要求\n印发《实施方案",
    "《运城市禁止燃放\n烟花爆竹规定》《运城市农村环境卫生管理办法》已公布\n《纲要》",
    "没有书名号的一行\n第二行",
    "《" + "长" * 200 + "\n》",
])
def test_line_ends_of_titles_on_one_line_are_read_once_and_agree(text):
    ends = TitleLineEnds(text)
    for at in (i for i, ch in enumerate(text) if ch == "《"):
        assert ends(at) == title_line_end(text, at)
    ends = TitleLineEnds(text)
    for at in (i for i, ch in enumerate(text) if ch == "《"):
        assert ends(at, MAX_TITLE) == title_line_end(text, at, MAX_TITLE)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="《》〈〉\n。;条例法a", max_size=80), st.sampled_from([150, 60, 5]))
def test_line_ends_agree_for_any_text(text, limit):
    ends = TitleLineEnds(text)
    for at in range(len(text)):  # any increasing positions, not only 《
        assert ends(at, limit) == title_line_end(text, at, limit)


@pytest.mark.parametrize(("text", "spans", "titles"), [
    ("按照《优化营商环境\n条例》和《民法典》", [(2, 13), (14, 19)], ["优化营商环境\n条例", "民法典"]),
    ("《纲要》和《条例草案\n以后", [(0, 4), (5, 10)], ["纲要", "条例草案"]),
])
def test_title_spans_with_broken_and_lost_closes(text, spans, titles):
    assert title_spans(text) == spans
    assert [t.raw for t in find_titles(text)] == titles


@pytest.mark.parametrize(("text", "expected"), [
    # A division opening a title names no body of its own: the title is the regulation's.
    (YUNCHENG + "市政府公布了《运城市禁止燃放烟花爆竹规定》。", ["运城市人民政府"]),
    (YUNCHENG + "《运城市禁止燃放烟花爆竹规定(草案)》由市司法局起草。", ["运城市司法局"]),
    (YUNCHENG + "按照《运城市司法局关于规范执法的意见》,市司法局开展检查。", ["运城市司法局"]),
    # Outside titles the same prefixes still name bodies.
    (YUNCHENG + "运城市人民政府法制办公室审查了文件。", ["运城市人民政府法制办公室"]),
    (DONGLIAO + "县政府印发《县政府规范性文件管理办法》。", ["东辽县人民政府"]),
])
def test_names_inside_titles_are_not_agencies(text, expected):
    assert mentioned(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (DONGLIAO + "县司法局牵头。\n来源:东辽县政府办公室\n", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局牵头。\n", ["东辽县人民政府", "东辽县司法局"]),
])
def test_label_lines_are_skipped_when_there_is_a_colon(text, expected):
    assert mentioned(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    (DONGLIAO + "签发人:王建国\n县司法局牵头。", ["王建国"]),
    (DONGLIAO + "签发人王建国\n", []),
])
def test_signer_labels_need_their_colon(text, expected):
    assert [f.object.name for f in persons(Document(id="t", text=text))] == expected
