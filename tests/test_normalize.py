"""Title normalization, text folding and dates written with lost characters."""

import pytest

from kg_builder.context import parse_date
from kg_builder.normalize import fold_text, normalize_title, to_simplified


@pytest.mark.parametrize(("raw", "expected"), [
    ("法治政府建设实施纲要（2015—2020年）", "法治政府建设实施纲要(2015-2020年)"),
    ("法治政府建设实施纲要(20152020年)", "法治政府建设实施纲要(2015-2020年)"),
    # 一 ("one") typed for the dash between years; 一 before a quarter (2023年一季度) is left alone.
    ("法治保山建设规划(2021一2025年)", "法治保山建设规划(2021-2025年)"),
    ("某某市法治政府建设实施纲要(2021年一2025年)", "某某市法治政府建设实施纲要(2021-2025年)"),
    ("某某县2023年一季度工作要点", "某某县2023年一季度工作要点"),
    ("法治政府建设实施纲要(2015～2020年)", "法治政府建设实施纲要(2015-2020年)"),
    ("浙江省法治政府建设实施纲要(2021年—2025年)", "浙江省法治政府建设实施纲要(2021-2025年)"),
    ("浙江省法治政府建设实施纲要(2021年-2025年)", "浙江省法治政府建设实施纲要(2021-2025年)"),
    ("法治政府建设实施纲要(2015-2020年", "法治政府建设实施纲要(2015-2020年)"),
    ("法治政府建设实施纲要2015-2020年)", "法治政府建设实施纲要(2015-2020年)"),
    ("运城市实施<山西省城乡环境综合治理条例>实施办法", "运城市实施〈山西省城乡环境综合治理条例〉实施办法"),
    ("东辽县《法治政府建设实施纲要》的实施意见", "东辽县〈法治政府建设实施纲要〉的实施意见"),
    ("汉台区全面推进依法行政工作领导小组办公室转发<汉中市意见", "汉台区全面推进依法行政工作领导小组办公室转发〈汉中市意见〉"),
    (" 政府投资\n条例。", "政府投资条例"),
    ("中华人民共和国\u3000密码法", "中华人民共和国密码法"),
    ("運城市禁止燃放煙花爆竹規定", "运城市禁止燃放烟花爆竹规定"),
    # 陜 (U+965C), the variant of 陝 that mirrors of 陕西 pages write (陜西省…條例): 陕, as 陝 is
    ("陜西省秦嶺生態環境保護條例", "陕西省秦岭生态环境保护条例"),
    ("ＸＸ市２０１９年工作要点", "XX市2019年工作要点"),
    ("关于整治“营商环境问题”实施方案", "关于整治“营商环境问题”实施方案"),
])
def test_normalize_title(raw, expected):
    assert normalize_title(raw) == expected


@pytest.mark.parametrize("text", ["（一）關於《規定》：", "東遼縣人民政府", "ＡＢＣ　１２３", "普通的简体文本"])
def test_fold_text_keeps_length(text):
    assert len(fold_text(text)) == len(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("《學法計畫》", "《学法计划》"), ("《2016年學法計畫》", "《2016年学法计划》"), ("規畫", "规划"), ("畫展", "画展"),
])
def test_fold_text_reads_traditional_words(text, expected):
    assert fold_text(text) == expected


@pytest.mark.parametrize(("raw", "expected"), [("學法計畫", "学法计划"), ("2016年市政府常務會議學法計畫", "2016年市政府常务会议学法计划")])
def test_normalize_title_reads_traditional_words(raw, expected):
    assert normalize_title(raw) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a PDF text layer's radicals (U+2F45 ⽅, U+2EDA ⻚, U+2EC4 ⻄), angle brackets (U+2329/232A) and a
    # compatibility ideograph (U+F9B1, the U+9234 鈴 of simplified 铃) as the characters they stand for
    ("实施⽅案", "实施方案"), ("⾸⻚", "首页"), ("江⻄省⼈⺠政府", "江西省人民政府"),
    ("贯彻\u2329纲要\u232a", "贯彻〈纲要〉"), ("\uf9b1", "铃"),
    # a radical that stands for a traditional character stands for its simplified one (⾨ → 門 → 门)
    ("⾨户", "门户"),
])
def test_fold_text_reads_radicals_as_characters(text, expected):
    assert fold_text(text) == expected and len(fold_text(text)) == len(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("關於印發《實施方案》的通知", "关于印发《实施方案》的通知"),
    ("显著的成效", "显著的成效"),  # 著 is simplified too: left alone
    # 計畫 and 規畫 are the traditional spellings of 计划 and 规划, not of 计画 and 规画
    ("2016年市政府常務會議學法計畫", "2016年市政府常务会议学法计划"), ("國土規畫", "国土规划"),
    ("書畫展覽", "书画展览"),
])
def test_to_simplified(text, expected):
    assert to_simplified(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2019年6月25日", (2019, 6, 25)),
    ("2019625日在运城市", (2019, 6, 25)),
    ("2017531", (2017, 5, 31)),
    ("20191231日", (2019, 12, 31)),
    ("2020-03-04 14:24", (2020, 3, 4)),
    ("无日期", None),
])
def test_parse_date(text, expected):
    assert parse_date(text) == expected
