"""Citations: titles, abbreviations, variants, non-documents, issuers and kinds."""

import pytest

from kg_builder.extractors.citations import classify, find_titles, is_document_title, read_citations
from kg_builder.model import Document

HENAN = "中站区2019年法治政府建设工作报告\n2019年,中站区认真贯彻落实。"


def cited(text, prefix=HENAN):
    return {c.title: c for c in read_citations(Document(id="t", text=prefix + "\n" + text))}


@pytest.mark.parametrize(("text", "expected"), [
    ("按照《法治政府建设实施纲要(2015—2020年)》要求", {"法治政府建设实施纲要(2015-2020年)"}),
    # The character 一 ("one") typed for the dash between a plan's years: the plan's title, with its ASCII dash.
    ("围绕《法治某某建设规划(2021一2025年)》《某某市法治政府建设实施纲要(2021年一2025年)》明确的目标任务",
     {"法治某某建设规划(2021-2025年)", "某某市法治政府建设实施纲要(2021-2025年)"}),
    ("学习了《政府投资条例》、《中华人民共和国密码法》", {"政府投资条例", "中华人民共和国密码法"}),
    ("突出《公司法》、《破产法》的学习", {"中华人民共和国公司法", "中华人民共和国企业破产法"}),
    # 《交通安全法》, the road traffic law's common short name (海上交通安全法 ends the same way: a listed alias)
    ("向学生讲解《交通安全法》和《海上交通安全法》", {"中华人民共和国道路交通安全法", "中华人民共和国海上交通安全法"}),
    ("认真贯彻《纲要(20152020年)》(以下简称《纲要》)。落实《纲要》要求", {"纲要(2015-2020年)"}),
    # Titles published by way of a website are still documents (…通过门户网站公开), not the website.
    ("制定《2023年某某街道普法责任清单》《某某街道法治宣传教育第八个五年规划》并及时通过门户网站公开。",
     {"2023年某某街道普法责任清单", "某某街道法治宣传教育第八个五年规划"}),
    ("在《人民日报》刊登，组织观看《今日说法》", set()),
    # A practice's write-up put on a roll (《…机制》入选…典型案例) is a case's name; a document praised is still one.
    ("《探索建立行政执法协调联动机制》入选全省典型案例,《某某县行政执法协调办法》获评优秀规范性文件。",
     {"某某县行政执法协调办法"}),
    # A file's name on a document-sharing page: the title without its extension and the site's page count.
    ("更多相关《某某县法治建设规划(2021-2025年).docx(12页珍藏版)》请搜索,《某某县普法工作要点.PDF》",
     {"某某县法治建设规划(2021-2025年)", "某某县普法工作要点"}),
    # A year range whose digits a page lost ((—年)) keeps its dash, ASCII; a national plan with one edition
    # is then cited by its official title, one with several (法治政府建设实施纲要) as written.
    ("依据《中共中央关于印发〈法治社会建设实施纲要(—年)〉的通知》精神",
     {"中共中央关于印发〈法治社会建设实施纲要(-年)〉的通知", "法治社会建设实施纲要(2020-2025年)"}),
    ("落实《法治政府建设实施纲要(－年)》,制定《某某县禁毒工作规划(—年)》", {"法治政府建设实施纲要(-年)", "某某县禁毒工作规划(-年)"}),
    ("增设《脱贫攻坚》《“龙腾虎跃”进行时》等10余个专栏", set()),
    ("签订了《建筑垃圾清运处置特许经营协议》", set()),
    # A rule under amendment keeps its mark (修改) as it stands in the title.
    ("做好《某市物业管理若干规定(修改)》的立法工作", {"某市物业管理若干规定(修改)"}),
    ("印发《东辽县〈法治政府建设实施纲要〉的实施意见》",
     {"东辽县〈法治政府建设实施纲要〉的实施意见", "法治政府建设实施纲要"}),
    ("制定《运城市禁止燃放烟花爆竹规定(草案)》，现《运城市禁止燃放烟花爆竹规定》已公布",
     {"运城市禁止燃放烟花爆竹规定"}),
    ("附件:《汉中市汉台区2017年工作要点征求意见稿\n起草了《汉台区2017年工作要点》", {"汉台区2017年工作要点"}),
    ("上一篇无关", set()),
    # A study book is no policy document; a bare 《纲要》 is then the one 纲要 cited before.
    ("组织编写《习近平法治思想学习纲要》,完成《法治政府建设实施纲要(2021-2025年)》起草工作。《纲要》印发实施。",
     {"法治政府建设实施纲要(2021-2025年)"}),
    # The study book under a short name (…思想纲要, without 学习) is no policy document either.
    ("向机关赠送《习近平法治思想纲要》500册,并印发《法治社会建设实施纲要(2020-2025年)》。",
     {"法治社会建设实施纲要(2020-2025年)"}),
    # A 》 lost before the 、 of a list: the open title ends there, the next one is not nested in it.
    ("按照《法治政府建设实施纲要(2015-2020年)、《安徽省法治政府建设实施方案(2016-2020年)》要求,制定本规划。",
     {"法治政府建设实施纲要(2015-2020年)", "安徽省法治政府建设实施方案(2016-2020年)"}),
    ("依据《重大行政决策程序暂行条例、《安徽省行政规范性文件管理办法》开展审查。",
     {"重大行政决策程序暂行条例", "安徽省行政规范性文件管理办法"}),
    # A notice listing titles it issues keeps them nested.
    ("印发《关于印发〈甲方案〉、〈乙方案〉的通知》", {"关于印发〈甲方案〉、〈乙方案〉的通知", "甲方案", "乙方案"}),
    # Guillemets stand for title marks on some pages, the single ones for nested marks.
    ("抓好«落实‹重大行政决策程序暂行条例›工作清单»的落实", {"落实〈重大行政决策程序暂行条例〉工作清单", "重大行政决策程序暂行条例"}),
    ("学习«行政处罚法»和«信访工作条例»", {"中华人民共和国行政处罚法", "信访工作条例"}),
    # A 通则 is a rule of procedure.
    ("执行《公证程序通则》《司法鉴定程序通则》", {"公证程序通则", "司法鉴定程序通则"}),
    # A title running to the end of a page cut short is no title; one whose 》 was lost before a line after is.
    ("执行《公证程序通则》。印发《关于开展年度法治建设绩效及法", {"公证程序通则"}),
    ("制定了《某县乡镇领导干部法治建设绩效考核指标", set()),
    # (a title nested whole inside the cut one is still read)
    ("按照市依法治市办《关于〈某省法治督察反馈意见〉整", {"某省法治督察反馈意见"}),
    ("印发《某县贯彻<法治政府建设实施纲要(2021-2025年)>的\n", {"法治政府建设实施纲要(2021-2025年)"}),
    ("附件:《某县2021年普法工作要点\n县司法局组织实施。", {"某县2021年普法工作要点"}),
    # A national plan nested under a first year off by one is the national plan, by its official title.
    ("某市工作报告\n审议了《某市贯彻落实〈法治社会建设实施纲要(2021—2025年)〉实施办法》。",
     {"某市贯彻落实〈法治社会建设实施纲要(2021-2025年)〉实施办法", "法治社会建设实施纲要(2020-2025年)"}),
    ("某县工作报告\n制定《某县落实〈法治政府建设实施纲要(2020-2025年)〉的措施》。",
     {"某县落实〈法治政府建设实施纲要(2020-2025年)〉的措施", "法治政府建设实施纲要(2021-2025年)"}),
    # (years far off are another plan's, and a plan cited in its own marks keeps what it says)
    ("某县工作报告\n制定《某县落实〈法治政府建设实施纲要(2016-2020年)〉的措施》。",
     {"某县落实〈法治政府建设实施纲要(2016-2020年)〉的措施", "法治政府建设实施纲要(2016-2020年)"}),
    # Quotes typed the wrong way round inside a title are the same title's quotes.
    ("印发《某县”十四五“公共法律服务体系建设规划》,落实《某县“十四五”公共法律服务体系建设规划》。",
     {"某县“十四五”公共法律服务体系建设规划"}),
    ("学习《关于“放管服”改革的意见》。", {"关于“放管服”改革的意见"}),
    # A title's issue written as its headline (《中共中央国务院印发〈…〉》): the headline and the title nested.
    ("落实《中共中央国务院印发〈法治社会建设实施纲要(2020—2025年)〉》。",
     {"中共中央国务院印发〈法治社会建设实施纲要(2020-2025年)〉", "法治社会建设实施纲要(2020-2025年)"}),
    # A regulation's amendment in brackets after its title (…条例(修正案)): the regulation's title, as (修订) is.
    ("抓好《某省湿地保护条例(修正案)》的宣传。", {"某省湿地保护条例(修正案)"}),
    # A year's plan written out unmarked, then named by its kind alone in marks: that plan.
    ("会议审议了我县2023年普法依法治理工作要点。会议要求,对照《工作要点》抓好落实。", {"2023年普法依法治理工作要点"}),
    # (a kind alone with no such plan written before it stays no citation)
    ("会议要求,对照《工作要点》抓好落实。", set()),
    ("学习《某省人民政府印发〈某省优化营商环境行动方案〉》精神。",
     {"某省人民政府印发〈某省优化营商环境行动方案〉", "某省优化营商环境行动方案"}),
    # A notice's title whose own marks its inner titles took, in angle brackets (通知<关于下发《A》和《B》的通知>).
    ("根据市支队的通知<关于下发《2023年考核办法》和《考评指标》的通知>,严格执行。",
     {"关于下发〈2023年考核办法〉和〈考评指标〉的通知", "2023年考核办法", "考评指标"}),
    # Both brackets lost around a plan's years, in an inner title (〈…纲要2021—2025年〉) or ending one: the plan's title.
    ("根据《某省委关于印发〈某省法治政府建设实施纲要2021—2025年〉的通知》精神,制定本方案。",
     {"某省委关于印发〈某省法治政府建设实施纲要(2021-2025年)〉的通知", "某省法治政府建设实施纲要(2021-2025年)"}),
    ("按照《某市法治社会建设规划2021-2025年》要求", {"某市法治社会建设规划(2021-2025年)"}),
    # (a range inside the title, not ending it, keeps its words: no brackets added)
    ("学习《某市2021-2025年规划实施情况报告》", {"某市2021-2025年规划实施情况报告"}),
    # (a < that opens no 关于 title stays no mark)
    ("得分<60分的单位和《某某办法》", {"某某办法"}),
    # A workbook or a model text listed with documents the text calls 等文件 (制定《A方案》《B范本》,印制《C手册》《D方案》
    # 等文件): documents too; a handbook handed out alone (发放《…手册》) stays a booklet.
    ("制定《某区提升行政执法质量行动实施方案》《行政执法卷宗范本》,印制《乡镇(街道)综合行政执法规范化工作手册》"
     "《行政执法突出问题专项整治行动方案》等文件,推动工作。",
     {"某区提升行政执法质量行动实施方案", "行政执法卷宗范本", "乡镇(街道)综合行政执法规范化工作手册",
      "行政执法突出问题专项整治行动方案"}),
    ("向群众发放《法治宣传手册》2000册,编印《行政执法工作手册》。", set()),
    # (the same in a notice's title and text, a space before the quote dropped)
    ("关于印发《某乡2022年度普法责任制 “四清单一办法”》的通知\n根据《关于做好普法责任制“四清单一办法”修订工作的通知》,"
     "重新修订《某县某乡2022年度普法责任制“四清单一办法”》。",
     {"某乡2022年度普法责任制“四清单一办法”", "关于做好普法责任制“四清单一办法”修订工作的通知",
      "某县某乡2022年度普法责任制“四清单一办法”"}),
])
def test_titles(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # An index a committee sets to measure its cities and counties by: a province's, by its short name before 市县.
    ("落实省委依法治省委员会印发的《浙江市县法治指数》", "浙江市县法治指数", "provincial", "normative"),
    # A village's rules in marks are a document.
    ("修订完善《村规民约》", "村规民约", "county", "normative"),
    # A placeless title the nation is named just before, or carried out under the nation's requirement: the nation's.
    ("严格执行国家《公平竞争审查制度》", "公平竞争审查制度", "national", "normative"),
    ("根据国家有关要求全面推行《政务服务事项目录》", "政务服务事项目录", "national", "normative"),
    ("按照省统一要求全面推行《政务服务事项目录》", "政务服务事项目录", "county", "normative"),
    ("按照中共中央、国务院《法治政府建设实施纲要(2015-2020年)》", "法治政府建设实施纲要(2015-2020年)", "national", "plan"),
    ("严格执行司法部《司法鉴定程序通则》", "司法鉴定程序通则", "national", "rule"),
    ("按照省委、省政府《河南省法治政府建设实施工作方案(2016-2020年)》", "河南省法治政府建设实施工作方案(2016-2020年)",
     "provincial", "plan"),
    ("贯彻落实《吉林省优化营商环境条例》", "吉林省优化营商环境条例", "provincial", "local_regulation"),
    # A province's plan carrying out a nested 纲要 or 规划, its own kind word left off by the page (某省贯彻落实<…纲要>):
    # still a document, and a plan; one carrying out a nested 条例 is a normative document.
    ("某市工作报告\n认真贯彻《吉林省贯彻落实<法治社会建设实施纲要(2020-2025年)>》。",
     "吉林省贯彻落实〈法治社会建设实施纲要(2020-2025年)〉", "provincial", "plan"),
    ("某县工作报告\n执行《四川省贯彻〈优化营商环境条例〉》,推进改革。", "四川省贯彻〈优化营商环境条例〉", "provincial",
     "normative"),
    ("依据《吉林省行政应诉办法》规定", "吉林省行政应诉办法", "provincial", "rule"),
    ("公布《行政许可项目目录》", "行政许可项目目录", "county", "normative"),
    ("市政府研究制定《焦作市提升依法行政水平若干举措》", "焦作市提升依法行政水平若干举措", "prefecture", "normative"),
    ("执行《焦作市规范性文件制定和备案办法》", "焦作市规范性文件制定和备案办法", "prefecture", "rule"),
    ("制定了《中站区行政执法公示办法》", "中站区行政执法公示办法", "county", "normative"),
    ("学习了《中华人民共和国密码法》", "中华人民共和国密码法", "national", "law"),
    ("学习了《重大行政决策程序暂行条例》", "重大行政决策程序暂行条例", "national", "administrative_regulation"),
    ("学习《地方党政领导干部食品安全责任制规定》", "地方党政领导干部食品安全责任制规定", "national", "party_regulation"),
    # The centre's offices' 2024 rules on relieving the grassroots (中办、国办), a party regulation by the lexicon.
    ("深入学习《整治形式主义为基层减负若干规定》", "整治形式主义为基层减负若干规定", "national", "party_regulation"),
    # Two central offices' opinions that study lists name with no issuer written (中办 2022, 中办、国办 2024): national,
    # from the table of national documents.
    ("持续深入学习《关于防治“指尖上的形式主义”的若干意见》", "关于防治“指尖上的形式主义”的若干意见", "national", "normative"),
    ("学习《关于加强新时代廉洁文化建设的意见》等知识", "关于加强新时代廉洁文化建设的意见", "national", "normative"),
    # a national rule-of-law inspection rule in another wording, no issuer written (round 206)
    ("严格落实《法治政府建设责任落实与督察规定》,按时报告", "法治政府建设责任落实与督察规定", "national", "party_regulation"),
    ("制定了《2019年中站区全面推进依法行政工作计划的通知》", "2019年中站区全面推进依法行政工作计划的通知", "county", "plan"),
    ("审议通过《中共中站区委全面依法治区委员会工作规则》", "中共中站区委全面依法治区委员会工作规则", "county", "normative"),
    ("山西省人民政府《关于加快推进法治政府建设的实施意见》", "关于加快推进法治政府建设的实施意见", "provincial", "normative"),
    # A national administration named short just before the title.
    ("落实市场监管总局《法治市场监管建设实施纲要(2021-2025年)》", "法治市场监管建设实施纲要(2021-2025年)", "national", "plan"),
    # A national plan written without the 年 of its years is the national plan.
    ("学习《法治政府建设实施纲要(2021-2025)》精神", "法治政府建设实施纲要(2021-2025年)", "national", "plan"),
    # A provincial plan whose years both carry 年.
    ("根据《浙江省法治政府建设实施纲要(2021年—2025年)》要求", "浙江省法治政府建设实施纲要(2021-2025年)", "provincial", "plan"),
    # An autonomous prefecture by its short name is a prefecture.
    ("结合《黔东南州2024年法治政府建设工作要点》", "黔东南州2024年法治政府建设工作要点", "prefecture", "plan"),
    # A forwarding report is the forwarder's, not the forwarded body's.
    ("审议《关于转发最高人民法院“一号司法建议”的报告》", "关于转发最高人民法院“一号司法建议”的报告", "county", "report"),
    # A title transmitted by its outer title is the outer issuer's.
    ("根据《焦作市委、市政府关于印发〈法治政府建设实施方案〉的通知》", "法治政府建设实施方案", "prefecture", "plan"),
    # 中共中央 opening a title is the national body, not a 中共 before a division.
    ("根据《中共中央、国务院关于印发〈法治中国建设规划(2020-2025年)〉的通知》",
     "中共中央、国务院关于印发〈法治中国建设规划(2020-2025年)〉的通知", "national", "normative"),
    # A local party committee's 规定 is a normative document, not a government's rule.
    ("根据省委全面依法治省委员会《河南省法治建设考核规定》", "河南省法治建设考核规定", "provincial", "normative"),
    # The party's constitution, by its name or its short name.
    ("学习《中国共产党章程》和《党章》", "中国共产党章程", "national", "party_regulation"),
    # The national plan of the administrative-review reform (中央全面依法治国委员会, 2020), named bare.
    ("贯彻落实《行政复议体制改革方案》要求", "行政复议体制改革方案", "national", "plan"),
    # An emergency plan (应急预案), its edition and draft marks kept, is a plan of the place it names.
    ("区政府常务会议审议通过了《中站区突发地质灾害应急预案(2023年版)》", "中站区突发地质灾害应急预案(2023年版)", "county", "plan"),
    ("审议《中站区防汛应急预案(试行)(送审稿)》等议题", "中站区防汛应急预案(试行)(送审稿)", "county", "plan"),
    # A notice to study a plan named unmarked (关于认真学习贯彻…纲要(…)的通知) issues none: a normative notice;
    # a notice issuing one is still of the plan's kind.
    ("《贵州省人民政府办公厅关于认真学习贯彻法治社会建设实施纲要(2020-2025年)的通知》",
     "贵州省人民政府办公厅关于认真学习贯彻法治社会建设实施纲要(2020-2025年)的通知", "provincial", "normative"),
    ("《贵州省人民政府关于印发贵州省法治政府建设实施纲要(2021-2025年)的通知》",
     "贵州省人民政府关于印发贵州省法治政府建设实施纲要(2021-2025年)的通知", "provincial", "plan"),
    # A title on counties and townships as a class, numbered by a local rule-of-law commission (its figures
    # spaced): the local committee's own, not the centre's.
    ("2022年,曲阜市坚持依法行政,印发《关于深入推进县乡法治建设的实施意见》(曲法委发〔2022〕2 号)。",
     "关于深入推进县乡法治建设的实施意见", "county", "normative"),
    # A 办法 opening with the district's bare level, reviewed as a government's normative document: the district's own.
    ("2020年,兖州区完成对《区文化旅游专项资金管理办法(试行)》等3份政府规范性文件的合法性审核。",
     "区文化旅游专项资金管理办法(试行)", "county", "normative"),
    # A rule for the party committees and groups themselves (党委(党组)…规定, a province's 党委(党组)…办法) is the
    # party's own regulation, whoever issued it.
    ("2021年,某市组织学习《党委(党组)意识形态工作责任制实施办法》。",
     "党委(党组)意识形态工作责任制实施办法", "national", "party_regulation"),
    ("2021年,某市组织学习《甘肃省党委(党组)落实全面从严治党主体责任实施办法》。",
     "甘肃省党委(党组)落实全面从严治党主体责任实施办法", "provincial", "party_regulation"),
    # A year's arrangement divided among units (…重点工作安排分工) is a plan, as its 要点与责任分工 is.
    ("2024年,某市城管局制定《落实某市2024年法治政府建设重点工作安排分工》。",
     "落实某市2024年法治政府建设重点工作安排分工", "prefecture", "plan"),
    # A division of tasks among units (某区贯彻落实<某规定>责任分工, …任务分工) is a plan, as a 分工表 is.
    ("2021年,某区严格按照《某区贯彻落实<法治政府建设与责任落实督察工作规定>责任分工》推进工作。",
     "某区贯彻落实〈法治政府建设与责任落实督察工作规定〉责任分工", "county", "plan"),
    ("2023年,某县政府制定《某县优化营商环境重点举措任务分工》。", "某县优化营商环境重点举措任务分工", "county", "plan"),
    # The central offices' 2024 rules for rural cadres' integrity, cited bare in a district's report: theirs.
    ("2025年,某区组织学习贯彻《农村基层干部廉洁履行职责规定》培训班。", "农村基层干部廉洁履行职责规定", "national",
     "party_regulation"),
    # A plan of a whole county by its level's word in a 我县 text that never names its county: a county's.
    ("2024年,我县深入推进依法行政,印发《2024年度依法治县工作要点》。", "2024年度依法治县工作要点", "county", "plan"),
    ("2024年,我旗持续推进法治建设,制定《2024年全旗法治政府建设工作要点》。", "2024年全旗法治政府建设工作要点",
     "county", "plan"),
    # A year's assessment rules of a city's rule of law by its short name (2023年法治某市建设考核办法) and a list for
    # the city's own units (市直单位…考评指标), cited in a district's report: the city's, normative.
    ("2022年,宁波市海曙区司法局根据通知执行《2022年法治宁波建设考核办法》和《市直单位法治宁波建设考评指标》。",
     "2022年法治宁波建设考核办法", "prefecture", "normative"),
    ("2022年,宁波市海曙区司法局根据通知执行《2022年法治宁波建设考核办法》和《市直单位法治宁波建设考评指标》。",
     "市直单位法治宁波建设考评指标", "prefecture", "normative"),
    # A notice named as a body's, its title right after it in angle brackets (根据某支队的通知<关于下发…的通知>): that
    # body's.
    ("2022年,宁波市海曙区消防救援大队根据宁波市消防救援支队的通知<关于下发《2022年法治宁波建设考核办法》的通知>,严格执行。",
     "关于下发〈2022年法治宁波建设考核办法〉的通知", "prefecture", "normative"),
    # A year's account of a place's rule-of-law work titled without 报告: a report, the place's.
    ("现将《中站区2019年度法治政府建设情况》随文呈报。", "中站区2019年度法治政府建设情况", "county", "report"),
    ("区政府常务会议审议《中站区2018年法治建设工作情况》。", "中站区2018年法治建设工作情况", "county", "report"),
    # A national party regulation the lexicon knows, its issuers the centre's two offices.
    ("深入学习《地方党政领导干部生态环境保护责任制规定》等法律法规", "地方党政领导干部生态环境保护责任制规定", "national",
     "party_regulation"),
    # A headline broken into lines, its issuer and 印发 on the line above the title (某办公室印发 / 《关于…的决定》): the
    # issuer is the body before the verb, across the break.
    ("近日\n\n中央全面依法治国委员会办公室印发\n\n《关于第三批全国法治政府建设示范地区和项目命名的决定》\n\n我区入选",
     "关于第三批全国法治政府建设示范地区和项目命名的决定", "national", "normative"),
    # Two levels' governments written bare before a title (省、市政府《…》 in a district's report): the higher level's,
    # each level having a plan of that name; one level's (市政府《…》) stays its own, and the district's own stays its.
    ("围绕省、市政府《依法行政实施方案》确定的任务", "依法行政实施方案", "provincial", "plan"),
    ("围绕市、区人民政府《依法行政推进方案》确定的任务", "依法行政推进方案", "prefecture", "plan"),
    ("围绕市政府《依法行政工作方案》确定的任务", "依法行政工作方案", "prefecture", "plan"),
    ("围绕区政府《依法行政落实方案》确定的任务", "依法行政落实方案", "county", "plan"),
    # The centre's index of model cities and counties by the name pages give it with 创建 (示范创建指标体系).
    ("对照《市县法治政府建设示范创建指标体系》逐项推进", "市县法治政府建设示范创建指标体系", "national", "normative"),
    # A city written by its full name right before a placeless title in a list (、深圳市《…纲要》): that city's,
    # whatever national words the title has.
    ("梳理《某某工作方案》、深圳市《法治中国示范城市建设实施纲要(2017—2020年)》等文件",
     "法治中国示范城市建设实施纲要(2017-2020年)", "prefecture", "plan"),
    # 规章制度 near a title is a body's rules in general, no sign of a government's 规章 (a city's 办法 keeps its
    # usual kind); 规章 itself still names the kind of a county's 办法.
    ("2024年,市政府健全规章制度,出台《赣州市停车场管理办法》。", "赣州市停车场管理办法", "prefecture", "rule"),
    ("2024年,县政府修订《宁都县殡葬管理办法》,该规章自公布之日起施行。", "宁都县殡葬管理办法", "county", "rule"),
    # A title listed after 规章 (…法律、法规、规章和《X》) keeps the kind its own evidence gives: numbered as a
    # government's office file it is normative, and one naming its county's or district's government is no 规章;
    # an order's number, or a province's title with no number, still reads as a 规章.
    ("根据《湖南省行政程序规定》等有关法律、法规、规章和《株洲市人民政府重大行政决策程序规定》(株政办发〔2020〕8号),"
     "制定本办法。", "株洲市人民政府重大行政决策程序规定", "prefecture", "normative"),
    ("根据有关法律、法规、规章和《湖南省行政调解办法》,结合我区实际,区司法局起草了《株洲市芦淞区人民政府行政调解规定》。",
     "株洲市芦淞区人民政府行政调解规定", "county", "normative"),
    ("根据有关法律、法规、规章和《株洲市人民政府行政调解规定》(株洲市人民政府令第5号),制定本办法。",
     "株洲市人民政府行政调解规定", "prefecture", "rule"),
    ("根据有关法律、法规、规章和《湖南省行政调解办法》,制定本办法。", "湖南省行政调解办法", "provincial", "rule"),
    # The central offices' 2016 opinion on legal advisers and public-sector lawyers, cited with no issuer written: the
    # centre's, not the citing city's (round 265, 雅安, batch B).
    ("按照《中华人民共和国律师法》《关于推行法律顾问制度和公职律师公司律师制度的意见》等相关文件要求,市政府法制办开展试点。",
     "关于推行法律顾问制度和公职律师公司律师制度的意见", "national", "normative"),
])
def test_issuer_and_kind(text, title, issuer_level, kind):
    citation = cited(text)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A city's district whose name is also a word (市中区) after the city's name: the district's.
    ("审议《乐山市市中区2023年依法行政工作要点》。", "乐山市市中区2023年依法行政工作要点", "county"),
    ("落实《枣庄市市中区法治政府建设实施方案》。", "枣庄市市中区法治政府建设实施方案", "county"),
    # ... and the city's own title stays the city's.
    ("落实《乐山市法治政府建设实施方案》。", "乐山市法治政府建设实施方案", "prefecture"),
])
def test_district_named_by_a_word_after_its_city(text, title, issuer_level):
    assert cited(text)[title].issuer_level == issuer_level


REGIMENT = "106团2022年法治政府建设年度报告\n在师市党委、政府的坚强领导下,106团深入学习贯彻。"


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A 兵团 division-city (第六师五家渠市) opening a title, or written bare as 师市 before a placeless one when the text
    # names it in full: its own, of a prefecture's rank (a 师), not the nation's plan of that name nor its county-level
    # city's.
    ("主动对标对表师市《法治政府建设实施纲要(2021-2025年)》,根据《第六师五家渠市法治政府建设重要举措分工方案(2021-2025)》要求",
     "法治政府建设实施纲要(2021-2025年)", "prefecture"),
    ("主动对标对表师市《法治政府建设实施纲要(2021-2025年)》,根据《第六师五家渠市法治政府建设重要举措分工方案(2021-2025)》要求",
     "第六师五家渠市法治政府建设重要举措分工方案(2021-2025)", "prefecture"),
    # (the bare 师市 of a text that never names its division-city in full: the central plan, as before)
    ("主动对标对表师市《法治政府建设实施纲要(2021-2025年)》。", "法治政府建设实施纲要(2021-2025年)", "national"),
])
def test_corps_division_city_titles(text, title, issuer_level):
    assert cited(text, REGIMENT)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "kind"), [
    # A series of clauses on one kind of text: the kind the whole sentence names, each clause's title that kind.
    ("清理后,12部政府规章予以保留;将《焦作市集贸市场管理办法》确定为废止项目;其余3部规章分批修改。", "rule"),
    # ... but not when normative documents stand in the sentence too ...
    ("清理后,12部政府规章予以保留;将《焦作市集贸市场管理办法》等规范性文件予以废止。", "normative"),
    # ... and a city's own 办法 with no kind named stays normative.
    ("将《焦作市集贸市场管理办法》确定为废止项目。", "normative"),
    # A clause on a subset of the items counted (…等重要事项146件,其中…地方性法规草案2件) names no kind of the
    # titles listed; a kind word in the titles' own clause still does.
    ("审议《焦作市集贸市场管理办法》等重要事项146件,其中提请市人大常委会审议地方性法规草案2件。", "normative"),
    ("审议《焦作市集贸市场管理办法》等政府规章草案3件,其中2件已公布。", "rule"),
    ("审议《焦作市集贸市场管理办法》等地方性法规草案3件。", "local_regulation"),
])
def test_kind_named_by_a_series_of_clauses(text, kind):
    city = "焦作市司法局2023年工作情况\n焦作市司法局推进工作。"
    assert cited(text, city)["焦作市集贸市场管理办法"].kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # A city's own 办法 the clause after it puts through lawmaking is a government's 规章.
    ("《焦作市集贸市场管理办法》正在进行立法审修。", "rule"),
    ("《焦作市集贸市场管理办法》已列入市政府年度立法计划。", "rule"),
    ("推动《焦作市集贸市场管理办法》进入立法程序。", "rule"),
    # ... not when the lawmaking word stands in another clause, nor when none does.
    ("修订《焦作市集贸市场管理办法》,加强立法审查。", "normative"),
    ("印发《焦作市集贸市场管理办法》。", "normative"),
    # ... and when a lawmaking plan counts it among its items, the titles before the count with it
    # (《A》《B》2项年内制定或修订项目, 《A》1项调研项目); a count of tasks or documents is no lawmaking.
    ("《工作计划》包含《焦作市集贸市场管理办法》《焦作市养犬管理办法》2项年内制定或修订项目。", "rule"),
    ("《焦作市集贸市场管理办法》1项调研项目,《焦作市养犬管理办法》1项提请审议项目。", "rule"),
    ("《焦作市养犬管理办法》1项提请审议项目,《焦作市集贸市场管理办法》1项调研项目。", "rule"),
    ("印发《焦作市集贸市场管理办法》《焦作市养犬管理办法》2项制度。", "normative"),
    ("印发《焦作市集贸市场管理办法》等3项重点任务。", "normative"),
])
def test_own_rule_put_through_lawmaking(text, kind):
    city = "焦作市司法局2023年工作情况\n焦作市司法局推进工作。"
    assert cited(text, city)["焦作市集贸市场管理办法"].kind == kind


@pytest.mark.parametrize(("text", "kind"), [
    # A city's 办法 or 规定 with the congress's reading it is due for right after it (a lawmaking plan's item,
    # 《X》(市场监管局起草,7月初审), 《X》(3月常委会会议审议)) is a local regulation the congress passes.
    ("1.《焦作市集贸市场管理办法》(市商务局起草,7月初审)", "local_regulation"),
    ("1.《焦作市集贸市场管理办法》(3月常委会会议审议)", "local_regulation"),
    # ... not with a date of another kind after it, nor with its drafter alone.
    ("1.《焦作市集贸市场管理办法》(市商务局起草)", "normative"),
    ("印发《焦作市集贸市场管理办法》(7月1日起施行)", "normative"),
])
def test_own_rule_due_for_a_congress_reading(text, kind):
    city = "焦作市司法局2023年工作情况\n焦作市司法局推进工作。"
    assert cited(text, city)["焦作市集贸市场管理办法"].kind == kind


@pytest.mark.parametrize(("text", "title", "level"), [
    # A placeless 办法 naming the page's own city right after a river's name, with the city's stretch
    # (《汾河太原城区段风景区管理办法》 on a 太原 page), is the city's, no ministry's.
    ("拟立法后评估项目有《汾河太原城区段风景区管理办法》。", "汾河太原城区段风景区管理办法", "prefecture"),
    ("执行《长江太原段航道管理办法》。", "长江太原段航道管理办法", "prefecture"),
    # ... not another city's name, nor the city's name without a stretch after it.
    ("执行《汾河晋中段风景区管理办法》。", "汾河晋中段风景区管理办法", "national"),
    ("执行《汾河太原风景区管理办法》。", "汾河太原风景区管理办法", "national"),
])
def test_placeless_rule_naming_own_city_stretch(text, title, level):
    assert cited(text, "太原市司法局2023年工作情况\n太原市司法局推进工作。")[title].issuer_level == level


@pytest.mark.parametrize(("title", "kind"), [
    # A city's own 办法 in its lawmaking plan (某市人民政府2024年立法工作计划, …年度政府规章制定计划, the notice issuing
    # one) is an item put through lawmaking: a 规章.
    ("焦作市人民政府2024年立法工作计划", "rule"),
    ("焦作市人民政府办公室关于印发焦作市2024年度政府规章制定计划的通知", "rule"),
    # ... not in a plan of other work, nor in a report.
    ("焦作市2024年法治政府建设工作计划", "normative"),
    ("焦作市司法局2023年工作情况", "normative"),
])
def test_own_rule_in_a_lawmaking_plan(title, kind):
    text = "二、市政府规章项目\n1.《焦作市集贸市场管理办法》(市商务局起草)"
    assert cited(text, title + "\n焦作市司法局推进工作。")["焦作市集贸市场管理办法"].kind == kind


@pytest.mark.parametrize(("heading", "kind"), [
    # ... and a 法规 the congress passes under a heading of the congress's items (一、提请市人大常委会审议的地方性法规项目,
    # (一)法规项目); a heading of the government's (规章项目) or of both (法规规章项目) keeps it a 规章.
    ("一、提请市人大常委会审议的地方性法规项目", "local_regulation"),
    ("(一)法规项目", "local_regulation"),
    ("二、市政府规章项目", "rule"),
    ("二、法规规章清理项目", "rule"),
    ("一、总体要求", "rule"),
])
def test_own_rule_under_a_lawmaking_plans_heading(heading, kind):
    text = heading + "\n1.《焦作市集贸市场管理办法》(市商务局起草)"
    assert cited(text, "焦作市人民政府2024年立法工作计划\n焦作市司法局推进工作。")["焦作市集贸市场管理办法"].kind == kind


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A title that opens by naming the nation is the nation's, in a township's text too.
    ("结合《国家市县法治政府建设示范指标体系》", "国家市县法治政府建设示范指标体系", "national"),
    ("落实《全国法治宣传教育第八个五年规划》", "全国法治宣传教育第八个五年规划", "national"),
    # The same with the year it is for before it (结合《2022年全国…工作要点》和本市实际; round 258): still the nation's;
    # a title opening with its year and the document's own place stays the place's.
    ("结合《2022年全国打击侵犯知识产权和制售假冒伪劣商品工作要点》和本镇实际",
     "2022年全国打击侵犯知识产权和制售假冒伪劣商品工作要点", "national"),
    ("对照《2023年度国家知识产权行政保护工作方案》", "2023年度国家知识产权行政保护工作方案", "national"),
    ("制定《2023年宁围街道打击侵权假冒工作要点》", "2023年宁围街道打击侵权假冒工作要点", "township"),
    # … or the plan period it is for in quotes (《“十四五”国家知识产权保护和运用规划》; round 258): the nation's.
    ("根据《“十四五”国家知识产权保护和运用规划》要求", "“十四五”国家知识产权保护和运用规划", "national"),
    # The state's employees are anyone's to regulate: the document's own.
    ("制定《国家工作人员学法用法制度》", "国家工作人员学法用法制度", "township"),
    # The state's full name opening a title that is no law: the nation's too.
    ("按照《中华人民共和国政府信息公开工作年度报告格式》编制", "中华人民共和国政府信息公开工作年度报告格式", "national"),
    ("执行《中华人民共和国政府采购品目分类目录》", "中华人民共和国政府采购品目分类目录", "national"),
    # A sector's plan of legal education for its whole system, no place named: its ministry's; with 全省
    # (or any place) it is that place's.
    ("贯彻《应急管理系统法治宣传教育第八个五年规划》(2021—2025年)",
     "应急管理系统法治宣传教育第八个五年规划(2021-2025年)", "national"),
    ("落实《全国交通运输系统普法规划》", "全国交通运输系统普法规划", "national"),
    ("落实《全镇综治系统法治宣传教育第八个五年规划》", "全镇综治系统法治宣传教育第八个五年规划", "township"),
    # A list the ministries of science or industry issue, named before it (with another ministry or alone).
    ("项目列入国家发改委、科技部《创新改革任务清单》", "创新改革任务清单", "national"),
    ("案例入选工业和信息化部《数字化转型典型案例名单》", "数字化转型典型案例名单", "national"),
])
def test_titles_naming_the_nation(text, title, issuer_level):
    township = "宁围街道2023年法治政府建设工作报告\n在萧山区委领导下,宁围街道推进工作。"
    assert cited(text, township)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # The document's own township after its county's name: the township issued it.
    ("制定了《中共萧山区宁围街道党工委议事规则》", "中共萧山区宁围街道党工委议事规则", "township"),
    ("修订《萧山区宁围街道综合行政执法案件集体讨论规定》", "萧山区宁围街道综合行政执法案件集体讨论规定", "township"),
    # Another body after the county is the county's.
    ("落实《萧山区交由街道办事处行使的行政处罚事项清单》", "萧山区交由街道办事处行使的行政处罚事项清单", "county"),
    # 全区 in a township's text is its county: the county's plan.
    ("对照《2021年全区法治政府建设工作要点》梳理", "2021年全区法治政府建设工作要点", "county"),
    ("落实《全区普法工作要点》", "全区普法工作要点", "county"),
    # Without 全区 the unprefixed title stays the township's own.
    ("修订《街道议事规则》", "街道议事规则", "township"),
    # The notice calling for the township's yearly report comes from above: its county's.
    ("根据《关于做好2023年度法治政府建设情况报告工作的通知》要求", "关于做好2023年度法治政府建设情况报告工作的通知", "county"),
    ("按照《关于认真做好法治建设年度报告报送工作的通知》", "关于认真做好法治建设年度报告报送工作的通知", "county"),
    # ... and so is a notice numbered by a committee's rule-of-law office (某委法办〔年〕号).
    ("落实《关于开展乡镇合法性审查工作的通知》(萧委法办〔2023〕5号)", "关于开展乡镇合法性审查工作的通知", "county"),
    ("落实《关于开展述法工作的通知》(某区委依法治区办发〔2022〕2号)", "关于开展述法工作的通知", "county"),
    # A notice the township numbers itself stays its own.
    ("印发《关于开展普法宣传月活动的通知》(宁街发〔2023〕3号)", "关于开展普法宣传月活动的通知", "township"),
    # A placeless title its district's notice carries out (区委、区政府印发《关于贯彻落实〈X〉任务分工清单的通知》): made
    # above the district, by no one the page names, never the township's own; the district's notice is the district's.
    ("结合区委、区政府印发《关于贯彻落实<关于进一步加强乡镇(街道)法治建设的工作方案>任务分工清单的通知》要求",
     "关于进一步加强乡镇(街道)法治建设的工作方案", None),
    ("结合区委、区政府印发《关于贯彻落实<关于进一步加强乡镇(街道)法治建设的工作方案>任务分工清单的通知》要求",
     "关于贯彻落实〈关于进一步加强乡镇(街道)法治建设的工作方案〉任务分工清单的通知", "county"),
    # (the township's own notice carrying out its district's 全区 plan leaves that plan the district's)
    ("印发《关于贯彻落实〈2023年全区法治政府建设工作要点〉的通知》", "2023年全区法治政府建设工作要点", "county"),
    # A notice on organising a named place's work (关于组织开展某县…学法考试的通知) is that place's, read past the
    # 关于 and the 组织开展/开展/做好/举办 before its name; the township's own name there leaves it the township's.
    ("根据《关于组织开展萧山区国家工作人员2023年度学法考试的通知》要求", "关于组织开展萧山区国家工作人员2023年度学法考试的通知", "county"),
    ("按照《关于做好杭州市2023年度法治建设考核工作的通知》", "关于做好杭州市2023年度法治建设考核工作的通知", "prefecture"),
    ("印发《关于开展宁围街道2023年普法宣传月活动的通知》", "关于开展宁围街道2023年普法宣传月活动的通知", "township"),
])
def test_township_issuer_after_its_county(text, title, issuer_level):
    township = "宁围街道2023年法治政府建设工作报告\n在萧山区委领导下,宁围街道推进工作。"
    assert cited(text, township)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # The township's own name opens the title, though it begins with a former prefecture's (龙溪地区):
    # the township's, and a township's 办法 is no 规章.
    ("修订《龙溪镇法治政府建设目标责任考核办法》", "龙溪镇法治政府建设目标责任考核办法", "township", "normative"),
    ("制定《龙溪镇行政执法全过程记录实施细则》", "龙溪镇行政执法全过程记录实施细则", "township", "normative"),
    # (规章制度 beside it, a body's rules in general, does not make it a government's 规章)
    ("镇里不断完善相关规章制度,审议了《龙溪镇临时建筑管理办法》。", "龙溪镇临时建筑管理办法", "township", "normative"),
])
def test_own_township_opening_the_title(text, title, issuer_level, kind):
    township = "龙溪镇2024年法治政府建设年度报告\n2024年,龙溪镇深入推进法治政府建设。"
    citation = cited(text, township)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # The street's own name after its city's, with no county between (round 203): the street's, not the city's.
    ("制发《东莞市东城街道2023年全面依法治街道工作要点》", "东莞市东城街道2023年全面依法治街道工作要点", "township"),
    # The city's own plan still is the city's.
    ("以《东莞市法治政府建设实施意见》为重点", "东莞市法治政府建设实施意见", "prefecture"),
    # A title opening with the nested title it divides (〈中山市…纲要〉重要举措分工方案; round 203): read from the
    # nested title's place, the city, not the street citing it.
    ("按照《〈东莞市法治政府建设实施纲要〉重要举措分工方案》要求", "〈东莞市法治政府建设实施纲要〉重要举措分工方案",
     "prefecture"),
])
def test_street_under_a_city_with_no_county(text, title, issuer_level):
    street = "东城街道2023年度法治政府建设情况报告\n2023年,东莞市东城街道全面贯彻落实党的二十大精神。"
    assert cited(text, street)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A page that never names its place: a title made by a body written by its bare level is of that level.
    ("会议听取了县人民政府《关于上半年经济运行情况的报告》,《关于道路建设情况的报告》。",
     "关于道路建设情况的报告", "county"),
    ("会议听取了县人民政府《关于上半年经济运行情况的报告》和县人大常委会农工委《关于饮水安全的考察报告》。",
     "关于饮水安全的考察报告", "county"),
    ("会议审查批准县人民政府《关于全县财政决算草案的报告》。", "关于全县财政决算草案的报告", "county"),
    ("会议听取了市人民检察院《关于开展公益诉讼情况的报告》。", "关于开展公益诉讼情况的报告", "prefecture"),
    # (a title opening with a body of a bare level is that level's, never a ministry's 暂行规定; one the page
    # says it made is of the level it speaks at)
    ("在市委的领导下,全市推进。制定了《市自然资源局重大行政决策暂行规定》。", "市自然资源局重大行政决策暂行规定", "prefecture"),
    ("在市委的领导下,全市推进。印发《县教育局普法责任清单》。", "县教育局普法责任清单", "county"),
    ("在市委的领导下,全市推进。制定了《关于加强合法性审查工作的通知》。", "关于加强合法性审查工作的通知", "prefecture"),
    ("在市委的领导下,全市推进。落实《市场监督管理行政处罚程序暂行规定》。", "市场监督管理行政处罚程序暂行规定", "national"),
    # (a district's bureau's system written bare opening the title, 区卫生健康系统…清单: a district's)
    ("在区委的领导下,全区推进。调整《区卫生健康系统“谁执法谁普法”普法责任清单》。", "区卫生健康系统“谁执法谁普法”普法责任清单", "county"),
    ("在市委的领导下,全市推进。落实《市场监管系统行政执法规范》。", "市场监管系统行政执法规范", None),
    # (a title no bare body stands before stays without a level)
    ("会议学习了《关于加强基层治理的调研报告》。", "关于加强基层治理的调研报告", None),
])
def test_bare_level_body_before_a_title_of_an_unplaced_page(text, title, issuer_level):
    unplaced = "第十七届人大常委会举行第二十次会议\n8月26日,第十七届人大常委会举行第二十次会议。"
    assert cited(text, unplaced)[title].issuer_level == issuer_level


def test_provincial_issuer_named_by_party_and_government():
    citation = cited("按照省委、省政府《河南省法治政府建设实施工作方案(2016-2020年)》要求")[
        "河南省法治政府建设实施工作方案(2016-2020年)"]
    assert citation.issuer == "中共河南省委、河南省人民政府" and citation.issuer_code == "410000"


def test_abbreviation_after_a_document_number():
    found = cited("为贯彻《法治政府建设实施纲要(20152020年)》(中发〔2015〕36号,以下简称《纲要》),完成《纲要》任务")
    assert list(found) == ["法治政府建设实施纲要(2015-2020年)"]
    assert "纲要" in found["法治政府建设实施纲要(2015-2020年)"].aliases


def test_abbreviation_is_an_alias_not_a_citation():
    found = cited("按照《法治政府建设实施纲要(2015—2020年)》(以下简称《实施纲要》),落实《实施纲要》")
    assert list(found) == ["法治政府建设实施纲要(2015-2020年)"]
    assert "实施纲要" in found["法治政府建设实施纲要(2015-2020年)"].aliases


@pytest.mark.parametrize("text", [
    # A short name declared in square brackets, the edition's year after it ([以下简称《Y》(2025年)]), as in round
    # ones: an alias, even where a later edition's title (…清单(2025年)) leaves the undeclared short form two to end.
    "针对《某市市场监管系统行政执法减免责清单》[以下简称《减免责清单》(2025年)]解读如下。《减免责清单》共60项。"
    "2025年,制定《某市市场监管系统行政执法减免责清单(2025年)》。",
    "针对《某市市场监管系统行政执法减免责清单》[以下简称《减免责清单》]解读如下。《减免责清单》共60项。"
    "2025年,制定《某市市场监管系统行政执法减免责清单(2025年)》。",
])
def test_a_short_name_declared_in_square_brackets_is_an_alias(text):
    found = cited(text)
    assert list(found) == ["某市市场监管系统行政执法减免责清单", "某市市场监管系统行政执法减免责清单(2025年)"]
    assert "减免责清单" in found["某市市场监管系统行政执法减免责清单"].aliases


def test_a_short_name_with_quotes_and_its_draft_mark_is_an_alias():
    full = "县委宣传部县司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)"
    found = cited("起草了《" + full + "》(以下简称《“八五”普法规划(送审稿)》)。县政府审议了《“八五”普法规划(送审稿)》。")
    assert list(found) == [full]
    assert "“八五”普法规划(送审稿)" in found[full].aliases


@pytest.mark.parametrize(("title", "expected"), [
    ("政府投资条例", True), ("人民日报", False), ("“龙腾虎跃”进行时", False), ("行政许可项目目录", True),
    # A place carrying out a nested document, its own kind word left off: a document; a nested slogan is none.
    ("某省贯彻落实〈法治政府建设实施纲要(2015-2020年)〉", True), ("某省贯彻落实〈习近平法治思想〉", False),
    ("贯彻落实〈法治政府建设实施纲要〉", False),
    ("3515重大工程项目", False), ("今日说法", False), ("中华人民共和国民法典", True), ("法治宣传手册", False),
    # A committee's proposal, measures by their count, an office's rules bound together.
    ("中共某县委关于制定国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议", True),
    ("行政执法监督工作督察20条", True), ("支持民营经济发展十条", True), ("某区司法局制度汇编", True),
    # A committee's roll of its members and their duties (…职责和组成人员名单) is a document.
    ("某县依法治县委员会成员单位职责和组成人员名单", True),
    # ... but not an article of a law, a compilation of laws, or a bare suggestion.
    ("宪法第五条", False), ("法律法规汇编", False), ("合理化建议", False),
    # A draft in its trial edition (试点版), as (试行).
    ("市场准入负面清单草案(试点版)", True),
    # The part of a standard meant, named in brackets after it (…考核标准(法治政府建设部分)), as its edition is;
    # a compilation's part stays no document.
    ("某省依法治市工作考核标准(法治社会建设部分)", True), ("某县行政执法指引(交通运输部分)", True),
    ("法律法规汇编(第一部分)", False),
    # A place's white paper on its rule-of-law work, its year after it, is a report it publishes.
    ("某区法治建设白皮书(2023)", True), ("某市行政审判白皮书", True),
    # A draft put to its meeting for review (审议稿), as a 送审稿 or 讨论稿.
    ("区政府2024年度重大行政决策事项目录(审议稿)", True),
    # A procedure a government sets for its work (审核流程), as its 程序 or 规程 and a 流程图.
    ("州人民政府重大事项合法性审核流程", True), ("某局行政许可事项办理流程", True),
    # A format a body prescribes for reports or papers (年度报告格式, 文书格式) is a document it issues.
    ("中华人民共和国政府信息公开工作年度报告格式", True), ("行政执法文书格式", True),
    # A notice or pledge a body prescribes for those it regulates (告知书, 承诺书) is a document it issues.
    ("依法纳税告知书", True), ("证明事项告知承诺书", True), ("某县市场主体信用承诺书", True),
    # ... and so is the notice it sends those it supervises (制发《行政执法监督通知书》15份).
    ("行政执法监督通知书", True), ("安全隐患整改通知书", True),
    # ... and the letter of authority it prescribes for applicants (《指定代表或者共同委托代理人授权委托书》, listed
    # beside 《信用修复申请表》《守信承诺书》, round 257, 莆田).
    ("指定代表或者共同委托代理人授权委托书", True), ("授权委托书", True),
    # Measures a government sets out by their number (若干举措, 十项举措), as its 措施.
    ("某市优化营商环境若干举措", True), ("关于推进依法行政的十项举措", True),
    # An edition's mark after its year, bracketed or not ((2022)版, 2023年版), as (2022年版) inside the brackets.
    ("某省行政许可案卷评查标准(2022)版", True), ("某省行政处罚裁量基准2023年版", True),
    # ... but a show's edition stays a show.
    ("法治中国2022版", False),
    # An edition revised within its year ((2024年调整版), (2023年修订版)) is an edition, as (2022年版).
    ("某区行政执法主体清单(2024年调整版)", True), ("某县权责事项目录(2023年修订版)", True),
    # The issue of a title as a headline is a notice; a phrase with 印发 and no issuer before it is not one.
    ("中共中央办公厅国务院办公厅印发〈关于加强基层治理的意见〉", True), ("我们如何印发〈好书〉", False),
    # An article's thesis, a copula in it (…是…的行动指南), and a lecture's theme (…的新要求) name no document.
    ("新发展理念是推动高质量发展的工作指南", False), ("人民至上是制度建设的根本要求", False),
    ("新修订行政处罚法对基层执法的新要求", False),
    # ... but 是 inside a word is no copula, and a 关于 document keeps its 是.
    ("坚持实事求是推进依法行政工作方案", True), ("关于进一步明确是否属于行政许可事项的通知", True),
    ("某市特别是农村地区法律服务工作要点", True), ("某省安全生产工作要求", True),
    # A body's set of documents issued as one under a quoted name ending its title (…普法责任制“四清单一办法”): its
    # kind word inside the quotes; a slogan alone in quotes, or a tail that is no document's kind, stays none.
    ("某乡2022年度普法责任制“四清单一办法”", True), ("某县2023年普法责任制“三张清单”", True),
    ("“谁执法谁普法”", False), ("某县开展普法宣传“法律进乡村”", False),
])
def test_is_document_title(title, expected):
    assert is_document_title(title) is expected


@pytest.mark.parametrize(("title", "issuer", "level", "own", "context", "expected"), [
    ("运城市政府规章制定程序实施办法", "运城市人民政府", "prefecture", True, "rule", "rule"),
    ("运城市农村环境卫生管理办法", "运城市人民政府", "prefecture", True, "local_regulation", "local_regulation"),
    ("运城市养犬管理办法(草案)", "运城市", "prefecture", True, None, "rule"),
    # A city's draft 规定 or 办法 in any draft mark (征求意见稿, 送审稿) is a 规章 on its way, as one marked (草案) is.
    ("某州人民政府规章制定程序规定(征求意见稿)", "某州人民政府", "prefecture", True, None, "rule"),
    ("某市养犬管理办法(送审稿)", "某市人民政府", "prefecture", True, None, "rule"),
    ("某市养犬管理办法(修订草案)", "某市人民政府", "prefecture", True, None, "rule"),
    ("某市养犬管理办法", "某市人民政府", "prefecture", True, None, "normative"),
    ("法治政府建设实施纲要(2015-2020年)", "中共中央、国务院", "national", False, None, "plan"),
    ("2019年度东辽县法治政府建设情况报告", "东辽县", "county", True, None, "report"),
    ("转发〈关于X的意见〉的通知", "X县", "county", True, None, "normative"),
    # A local department makes no 规章: its 办法 is a normative document.
    ("广东省司法厅关于调整实施省级行政职权事项的监督管理办法", "广东省司法厅", "provincial", True, None, "normative"),
    ("郑州市财政局政府采购管理办法", "郑州市财政局", "prefecture", False, None, "normative"),
    ("郑州市政府采购管理办法", "郑州市人民政府", "prefecture", False, None, "rule"),
    # A list (清单) of tasks is a normative document, as every 清单 is; key tasks to do are a plan.
    ("某市贯彻落实〈某省关于推进法治政府建设的若干意见〉任务清单", "某市", "prefecture", False, None, "normative"),
    ("某新区2025年高水平法治政府建设十项重点任务", "某新区", "county", False, None, "plan"),
    # A table dividing a campaign's work (…专项行动工作分工表, 任务分工表) is a plan, as a 分解表 is (round nine).
    ("某街“干部作风大转变”专项行动工作分工表", "某街", "township", False, None, "plan"),
    ("某县法治政府建设任务分工表", "某县", "county", False, None, "plan"),
    # Tasks broken down with what proves each (…指标任务分解及佐证材料明细表) are a plan, as a 分解表 is.
    ("某县创建某省法治政府建设示范县指标任务分解及佐证材料明细表", "某县", "county", False, None, "plan"),
    ("某县法治政府建设任务分解明细表", "某县", "county", False, None, "plan"),
    # A notice issuing a plan is a plan, its years or trial mark before 的通知 or not; one issuing a nested title
    # is a notice.
    ("某省人民政府办公厅关于印发某项三年行动实施方案(2023-2025年)的通知", "某省人民政府办公厅", "provincial", False,
     None, "plan"),
    ("某市人民政府关于印发某市行政执法工作要点(试行)的通知", "某市人民政府", "prefecture", False, None, "plan"),
    ("某省人民政府办公厅关于印发〈某省实施方案(2023-2025年)〉的通知", "某省人民政府办公厅", "provincial", False,
     None, "normative"),
    # A notice putting something into a plan (关于将…纳入…计划的通知) issues no plan: a notice.
    ("关于将某项思想纳入到某区各级党委理论学习中心组学习计划的通知", "某区", "county", False, None, "normative"),
    ("某县关于把法治教育纳入干部培训计划的通知", "某县", "county", False, None, "normative"),
    # A national rule for the heads of party and government alike, in a wording the table does not hold, is
    # the party centre's; a ministry's rule stays a rule.
    ("党政主要负责人履行推进法治政府建设第一责任人职责规定", None, "national", False, None, "party_regulation"),
    ("党政机关公文处理工作条例", None, "national", False, None, "party_regulation"),
    # A province's or city's 办法 for the heads of party and government alike is its committee's and
    # government's offices' document, no government's rule; a 白皮书 is a report.
    ("某省党政主要负责人履行推进法治建设第一责任人职责实施办法", "某省", "provincial", False, None, "normative"),
    ("某市党政机关法律顾问工作管理办法", "某市", "prefecture", False, None, "normative"),
    ("某区法治建设白皮书(2023)", "某区", "county", True, None, "report"),
    ("建设项目环境影响登记表备案管理办法", "环境保护部", "national", False, None, "rule"),
    # A trial edition (试点版) qualifies a title as (试行) does.
    ("市场准入负面清单草案(试点版)", "国家发展改革委", "national", False, None, "normative"),
])
def test_classify(title, issuer, level, own, context, expected):
    assert classify(title, issuer, level, own, context) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The nested mark closed after the notice's own words: the notice transmits the plan.
    ("落实《中共中站区委、中站区人民政府关于印发<中站区法治政府建设规划(2021-2025)的通知>》要求",
     {"中共中站区委、中站区人民政府关于印发〈中站区法治政府建设规划(2021-2025)〉的通知", "中站区法治政府建设规划(2021-2025)"}),
    # A mirror typed the nested title's 〈 as "(" after the transmitting verb, keeping its >: the notice and its plan
    # (《中共中央国务院印发(法治政府建设实施纲要(2021-2025年)>的通知》), not a title cut at the >.
    ("根据《中共中央国务院印发(某某建设实施纲要(2021-2025年)>的通知》(中发〔2021〕33号)要求",
     {"中共中央国务院印发〈某某建设实施纲要(2021-2025年)〉的通知", "某某建设实施纲要(2021-2025年)"}),
    ("根据《某省办公厅转发(某某工作规定>的通知》和其他有关规定", {"某省办公厅转发〈某某工作规定〉的通知", "某某工作规定"}),
    # (a bracket of the title's own, no transmitting verb before it, is left as it was)
    ("根据《某某县实施方案(试行)》要求", {"某某县实施方案(试行)"}),
])
def test_misplaced_nested_close(text, expected):
    assert set(cited(text)) == expected


def test_a_nested_notice_keeps_its_words():
    titles = cited("落实《中站区司法局转发<关于做好行政复议工作的通知>》要求")
    assert "关于做好行政复议工作的通知" in titles and "关于做好行政复议工作" not in titles


def test_nested_and_lost_marks():
    spans = find_titles("《转发<甲市意见>的通知》和《乙县方案\n下一行")
    assert [s.raw for s in spans] == ["转发<甲市意见>的通知", "甲市意见", "乙县方案"]


def test_footer_titles_are_not_citations():
    text = "中站区工作报告\n" + "正文。" * 50 + "按照《政府投资条例》。\n" + "正文。" * 50 + "\n浏览解读:关于《中站区工作报告》的解读\n"
    assert set(cited(text, prefix="")) == {"政府投资条例"}


@pytest.mark.parametrize(("text", "title", "kind"), [
    ("推进《德阳市优化营商环境\n条例》贯彻实施。", "德阳市优化营商环境条例", "local_regulation"),
    ("市政府制定《绵阳市行政规范性文件管理办法》(绵府令第3号)。", "绵阳市行政规范性文件管理办法", "rule"),
    # A programme's own ledger of its work (…法治政府建设工作台账) is a document, as a 任务分解台账 is.
    ("围绕《绵阳市2021—2025年法治政府建设工作台账》推进工作。", "绵阳市2021-2025年法治政府建设工作台账", "normative"),
])
def test_broken_titles_and_order_numbers(text, title, kind):
    got = {c.title: c for c in read_citations(Document(id="t", text="绵阳市2021年法治政府建设情况报告\n" + text))}
    assert title in got and got[title].kind == kind


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # An issuer before a list of titles issued each of them.
    ("落实国务院《全面推进依法行政实施纲要》、《关于加强市县政府依法行政的决定》和《关于加强法治政府建设的意见》精神。",
     "关于加强法治政府建设的意见", "national", "normative"),
    ("落实国务院《全面推进依法行政实施纲要》、《关于加强市县政府依法行政的决定》精神。",
     "关于加强市县政府依法行政的决定", "national", "normative"),
    # A ministry by its short or its full name.
    ("落实《住建部贯彻〈法治政府建设实施纲要(2015—2020年)〉的实施方案》。",
     "住建部贯彻〈法治政府建设实施纲要(2015-2020年)〉的实施方案", "national", "plan"),
    ("落实住房城乡建设部《贯彻〈法治政府建设实施纲要(2015—2020年)〉的实施方案》。",
     "贯彻〈法治政府建设实施纲要(2015-2020年)〉的实施方案", "national", "plan"),
    # The central plan under other years or none, and a central plan the table knows.
    ("对照中央和省《法治政府建设实施纲要》要求。", "法治政府建设实施纲要", "national", "plan"),
    ("紧扣《法治政府建设实施纲要(2022—2025年)》要求。", "法治政府建设实施纲要(2022-2025年)", "national", "plan"),
    # An unplaced 办法 a meeting passed in a list of titles (审议通过《A》《B》《关于…的实施办法》) is made here:
    # the document's own (the list's other titles name another place).
    ("会议审议并原则通过《绵阳市法治社会建设指标体系(试行)》《2021年绵阳市深化法治四川建设工作责任分解方案》"
     "《关于建立法治建设联络员工作机制的实施办法》。", "关于建立法治建设联络员工作机制的实施办法", "county", "normative"),
    ("审议《全面深化法治领域改革纲要(2023—2027年)》任务清单。", "全面深化法治领域改革纲要(2023-2027年)", "national", "plan"),
    # The central plan's exact title with a local government written right before it (按照省政府《…纲要(2021-2025年)》):
    # the province's plan of that name, as without the table's years.
    ("某市审计局按照省政府《法治政府建设实施纲要(2021-2025年)》部署。", "法治政府建设实施纲要(2021-2025年)",
     "provincial", "plan"),
    ("某市审计局按照《法治政府建设实施纲要(2021-2025年)》部署。", "法治政府建设实施纲要(2021-2025年)", "national", "plan"),
])
def test_issuer_of_listed_and_central_titles(text, title, issuer_level, kind):
    citation = cited(text)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A city or municipality by its short name opens the title: its own document, not the author's.
    ("落实《上海法治政府建设规划(2021-2025年)》要求", "上海法治政府建设规划(2021-2025年)", "provincial", "plan"),
    ("学习《厦门经济特区多元化纠纷解决机制促进条例》", "厦门经济特区多元化纠纷解决机制促进条例", "prefecture",
     "local_regulation"),
    # An outline (纲要) named for a city's rule of law by its short name is the city's, not the centre's.
    ("落实《法治厦门建设实施纲要(2021-2025年)》要求", "法治厦门建设实施纲要(2021-2025年)", "prefecture", "plan"),
    # The party's own regulations named 中国共产党…: the party centre's.
    ("学习《中国共产党处分违纪党员批准权限和程序规定》", "中国共产党处分违纪党员批准权限和程序规定", "national",
     "party_regulation"),
    # Short names of laws the documents use, and the party constitution by its short name.
    ("学习《保密法》", "中华人民共和国保守国家秘密法", "national", "law"),
    ("学习《招投标法》", "中华人民共和国招标投标法", "national", "law"),
    # (the emergency response law by the short name some pages give it, 应对 left out)
    ("组织学习《突发事件法》", "中华人民共和国突发事件应对法", "national", "law"),
    ("加强《宪法》、《党章》学习", "中国共产党章程", "national", "party_regulation"),
    # The party's regulations cited without their 中国共产党, as laws without their 中华人民共和国 (round 230).
    ("精读《宪法》《民法典》《行政复议法》《纪律处分条例》等最新教材", "中国共产党纪律处分条例", "national",
     "party_regulation"),
    ("明确学习重点(如《党章》《纪律处分条例》《文物保护法》等)", "中国共产党纪律处分条例", "national", "party_regulation"),
    ("组织学习《问责条例》和《廉洁自律准则》", "中国共产党问责条例", "national", "party_regulation"),
    ("组织学习《问责条例》和《廉洁自律准则》", "中国共产党廉洁自律准则", "national", "party_regulation"),
])
def test_short_names_of_cities_laws_and_the_party(text, title, issuer_level, kind):
    got = cited(text, "东城街道2024年法治政府建设工作报告\n2024年,街道推进工作。")[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A development zone's own report is the zone's; a 条例 on the zone is its city's legislature's.
    ("报送《苏州高新区2024年统计工作情况的报告》", "苏州高新区2024年统计工作情况的报告", "county", "report"),
    ("推进《苏州高新区条例》立法", "苏州高新区条例", "prefecture", "local_regulation"),
    # ... and so is its party working committee's plan, 中共 before the zone's name.
    ("印发《中共苏州高新区工委全面依法治区委员会办公室2024年工作计划》",
     "中共苏州高新区工委全面依法治区委员会办公室2024年工作计划", "county", "plan"),
])
def test_development_zone_titles(text, title, issuer_level, kind):
    got = cited(text, "苏州高新区2024年法治政府建设工作报告\n2024年,区管委会推进工作。")[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # The zone's own plan with its city's name before the zone's: the zone's, as without it.
    ("印发《深圳市某汕特别合作区学习宣传工作方案》", "深圳市某汕特别合作区学习宣传工作方案", "county", "plan"),
    ("制定《某汕特别合作区2023年普法工作要点》", "某汕特别合作区2023年普法工作要点", "county", "plan"),
    # A 条例 on the zone is still its city's legislature's; the city's own titles stay the city's.
    ("推进《深圳市某汕特别合作区条例》立法", "深圳市某汕特别合作区条例", "prefecture", "local_regulation"),
    ("落实《深圳市法治政府建设实施方案》", "深圳市法治政府建设实施方案", "prefecture", "plan"),
])
def test_zone_titles_with_its_city_first(text, title, issuer_level, kind):
    got = cited(text, "深圳市某汕特别合作区2022年法治政府建设年度报告\n2022年,区党工委、管委会推进工作。")[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title"), [
    # The centre's plans for the cooperation zones (中共中央、国务院, 2021), in the national table: national, on the
    # zone's own page too, and by the short name the text defines.
    ("紧紧围绕《全面深化前海深港现代服务业合作区改革开放方案》(以下简称《前海方案》)推进。",
     "全面深化前海深港现代服务业合作区改革开放方案"),
    ("落实《横琴粤澳深度合作区建设总体方案》。", "横琴粤澳深度合作区建设总体方案"),
    # (and the national development plan for 前海 (国家发展和改革委员会, 2023))
    ("紧紧围绕《前海深港现代服务业合作区总体发展规划》(以下简称《前海规划》)推进。",
     "前海深港现代服务业合作区总体发展规划"),
])
def test_central_plans_of_cooperation_zones(text, title):
    got = cited(text, "2023年,某海管理局始终坚持依法行政。某海合作区党工委、某海管理局党组认真开展学习。")[title]
    assert (got.issuer_level, got.kind) == ("national", "plan")
    assert cited(text)[title].issuer_level == "national"


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A township's new zone (the one 新区 its text names with a body) issuing a title: named in the title before the
    # title it forwards, in the title a notice issues (its city first or not), or written bare before it; the
    # forwarded title too. The township's own titles stay its own.
    ("落实新区《关于转发云湖新区司法局〈关于在全区开展普法的规划(2021-2025年)〉的通知》",
     "关于转发云湖新区司法局〈关于在全区开展普法的规划(2021-2025年)〉的通知", "county", "normative"),
    ("落实新区《关于转发云湖新区司法局〈关于在全区开展普法的规划(2021-2025年)〉的通知》",
     "关于在全区开展普法的规划(2021-2025年)", "county", "plan"),
    ("落实《关于印发〈中共大连云湖新区工作委员会2022年工作要点〉的通知》", "中共大连云湖新区工作委员会2022年工作要点",
     "county", "plan"),
    ("落实《关于印发〈中共大连云湖新区工作委员会2022年工作要点〉的通知》",
     "关于印发〈中共大连云湖新区工作委员会2022年工作要点〉的通知", "county", "normative"),
    ("贯彻落实新区《关于做好干部学法工作的通知》", "关于做好干部学法工作的通知", "county", "normative"),
    ("制定《街道干部学法制度》", "街道干部学法制度", "township", "normative"),
])
def test_titles_of_a_townships_new_zone(text, title, issuer_level, kind):
    got = cited(text, "拥政街道2022年法治政府建设情况报告\n2022年,在新区党工委的领导下,云湖新区司法局指导。")[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A division of tasks (任务分工, 要点与责任分工) and a year's summary are documents.
    ("制定《民政部关于推进法治建设的任务分工》。", "民政部关于推进法治建设的任务分工", "normative"),
    ("按照《2024年杨浦区法治政府建设工作要点与责任分工》要求。", "2024年杨浦区法治政府建设工作要点与责任分工", "plan"),
    ("现将《2022年陇西县法治政府建设工作总结》随文呈报。", "2022年陇西县法治政府建设工作总结", "report"),
])
def test_divisions_of_tasks_and_summaries(text, title, kind):
    assert cited(text)[title].kind == kind


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A plan's years written after its closing mark belong to its title.
    ("专题学习《法治中国建设规划》(2020年-2025年)等文件。", "法治中国建设规划(2020-2025年)", "national", "plan"),
    ("对照《法治政府建设实施纲要》(2021—2025年)逐项落实。", "法治政府建设实施纲要(2021-2025年)", "national", "plan"),
    ("制定《某市法治宣传教育规划》(2021-2025年)。", "某市法治宣传教育规划(2021-2025年)", None, "plan"),
    # A new law by its short name.
    ("学习《突发公共卫生事件应对法》。", "中华人民共和国突发公共卫生事件应对法", "national", "law"),
    # Laws of 2025, after the national table's crawl: the 2025 reports cite them by their short names.
    ("学习宣传以《法治宣传教育法》等法律为核心的制度。", "中华人民共和国法治宣传教育法", "national", "law"),
    ("贯彻实施《民营经济促进法》。", "中华人民共和国民营经济促进法", "national", "law"),
])
def test_years_after_the_marks_and_new_laws(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert got.kind == kind
    if issuer_level is not None:
        assert got.issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title"), [
    # Years in Chinese numerals take the ASCII dash, as years in digits do.
    ("根据《某县二○二四—二○二五年法治政府建设督察考核细则》要求。", "某县二○二四-二○二五年法治政府建设督察考核细则"),
    ("制定《某县二〇二一年—二〇二五年普法规划》。", "某县二〇二一-二〇二五年普法规划"),
    # A single year in numerals stays as written.
    ("印发《某县二○二一年普法工作要点》。", "某县二○二一年普法工作要点"),
])
def test_year_ranges_in_chinese_numerals(text, title):
    assert title in cited(text)


@pytest.mark.parametrize(("text", "title", "issuer", "issuer_level"), [
    # A ministry opening a title issued it, in a province's plan as anywhere.
    ("为贯彻落实《民政部关于深化新时代民政法治建设的意见》,制定本方案。", "民政部关于深化新时代民政法治建设的意见",
     "民政部", "national"),
    ("学习《公安部关于加强执法规范化建设的意见》。", "公安部关于加强执法规范化建设的意见", "公安部", "national"),
    ("落实《教育部关于加强依法治校工作的意见》。", "教育部关于加强依法治校工作的意见", "教育部", "national"),
])
def test_ministries_opening_a_title(text, title, issuer, issuer_level):
    got = cited(text, "湖南省法治民政建设三年行动方案\n结合湖南实际。")[title]
    assert (got.issuer, got.issuer_level) == (issuer, issuer_level)


def test_years_inside_the_marks_stay_as_they_are():
    assert "法治政府建设实施纲要(2021-2025年)" in cited("落实《法治政府建设实施纲要(2021-2025年)》(中发〔2021〕33号)。")


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A 办法 or 规定 that names no place and no issuer is a ministry's: local rules name their place.
    ("组织学习《律师执业管理办法》《公证机构执业管理办法》。", "律师执业管理办法", "national", "rule"),
    ("组织学习《律师执业管理办法》《公证机构执业管理办法》。", "公证机构执业管理办法", "national", "rule"),
    ("认真执行《社区矫正实施办法》。", "社区矫正实施办法", "national", "rule"),
    ("学习《司法鉴定程序通则》。", "司法鉴定程序通则", "national", "rule"),
    # ... unless the document says it made or reviewed it itself,
    ("区政府制定了《行政规范性文件管理办法》。", "行政规范性文件管理办法", "county", "normative"),
    ("制定并学习了《议事规则》、《关于规范重大事项集体决策的规定》。", "关于规范重大事项集体决策的规定", "county", "normative"),
    ("如在审查《政府投资项目审计监督办法》时,法制机构提出意见。", "政府投资项目审计监督办法", "county", "normative"),
    # (制发, 制定并印发 in one word: 制发《完善议事决策制度实施办法》 is the district's own)
    ("制发《完善领导班子集体决策制度实施办法》,规范决策。", "完善领导班子集体决策制度实施办法", "county", "normative"),
    # ... or its issuer stands before 关于.
    ("落实《某某街道关于进一步落实集体决策制度的实施办法》。", "某某街道关于进一步落实集体决策制度的实施办法", "county", "normative"),
])
def test_unplaced_rules_are_national(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A title opening with 中央 is the centre's own.
    ("学习《中央党内法规制定工作规划纲要(2023-2027年)》。", "中央党内法规制定工作规划纲要(2023-2027年)", "national", "plan"),
    ("落实《中央全面依法治国委员会关于进一步加强市县法治建设的意见》。",
     "中央全面依法治国委员会关于进一步加强市县法治建设的意见", "national", "normative"),
    # Levels listed at its head say whose findings a plan answers, not who issues it: the county's own.
    ("东辽县报告\n制定《中央、省委、市委法治督查问题整改方案》。", "中央、省委、市委法治督查问题整改方案", "county", "plan"),
])
def test_titles_of_the_centre(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


def test_misdated_national_plan_beside_its_right_title_is_one_citation():
    got = cited("以贯彻《法治政府建设实施纲要(2021—2025年)》为主线。落实《法治政府建设实施纲要(2021—2026年)》。")
    assert list(got) == ["法治政府建设实施纲要(2021-2025年)"]
    assert got["法治政府建设实施纲要(2021-2025年)"].issuer_level == "national"


@pytest.mark.parametrize(("title", "issuer", "level", "expected"), [
    # The legislature's decision on a legal question is a law; a government's decision is not.
    ("全国人民代表大会常务委员会关于司法鉴定管理问题的决定", "全国人民代表大会常务委员会", "national", "law"),
    ("全国人大常委会关于加强法律解释工作的决定", "全国人大常委会", "national", "law"),
    ("国务院关于取消一批行政许可事项的决定", "国务院", "national", "normative"),
])
def test_decisions_of_the_legislature(title, issuer, level, expected):
    assert classify(title, issuer, level) == expected


def test_one_title_written_with_and_without_its_list_mark_and_year_word():
    got = cited("根据《市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)》制定。"
                "《市委宣传部市司法局关于开展法治宣传教育的第八个五年规划(2021-2025)》已经同意。")
    assert list(got) == ["市委宣传部、市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)"]


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A county several counties are named (城中区 of 西宁 and of 柳州): a county's plan either way.
    ("落实《城中区2024年法治政府建设工作要点》的要求", "城中区2024年法治政府建设工作要点", "county"),
    # The township's own plan stays its own.
    ("备案了《某某街街道2024年法治政府建设工作要点》", "某某街街道2024年法治政府建设工作要点", "township"),
])
def test_issuer_a_county_known_by_its_name_only(text, title, issuer_level):
    township = "某某街街道办事处2024年度法治政府建设工作报告\n在区委、区政府的领导下,街道推进工作。"
    assert cited(text, township)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # The centre's rules a province drafts measures to carry out: the centre's.
    ("研究起草我省贯彻中央《干部违纪责任人处分处理建议办法》的实施办法。", "干部违纪责任人处分处理建议办法",
     "national", "party_regulation"),
    # A 办法 the document says it drafts, with no issuer before it, stays its own.
    ("研究起草了《中站区行政执法公示办法》。", "中站区行政执法公示办法", "county", "normative"),
])
def test_the_centre_named_before_a_title(text, title, issuer_level, kind):
    citation = cited(text)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A title opening with a department of the document's own government, written bare
    # (省民政厅, 市财政局): the document's own, whatever national rule it carries out.
    ("制订《省民政厅贯彻〈党政主要负责人履行推进法治建设第一责任人职责规定〉实施细则》。",
     "省民政厅贯彻〈党政主要负责人履行推进法治建设第一责任人职责规定〉实施细则", "provincial"),
    ("修订了《省财政厅重大行政决策程序规定》。", "省财政厅重大行政决策程序规定", "provincial"),
    # A market (市场) named first is no department: the title is read as before.
    ("学习《市场监督检查工作规范》。", "市场监督检查工作规范", "provincial"),
    ("学习《某某登记管理条例》。", "某某登记管理条例", "national"),
])
def test_own_department_opening_a_title(text, title, issuer_level):
    assert cited(text, "某省民政厅2017年度法治政府建设情况报告\n2017年,河南省民政厅推进工作。")[title].issuer_level == issuer_level


def test_a_division_whose_name_opens_with_a_level_word_is_no_department():
    # 市中区人社局 is a county's bureau, not a 市's "中区人社局".
    text = "2021年度市中区人社局工作要点"
    got = cited(f"落实《{text}》。", "市中区人社局2021年度法治政府建设情况报告\n索 引 号:370402/2022-00012\n2021年,区人社局推进工作。")
    assert got[text].issuer_level == "county"


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level"), [
    # An autonomous region's prefecture cites the region's own plan by 自治区.
    ("伊犁哈萨克自治州水利局2023年度法治政府建设情况报告",
     "认真落实《自治区贯彻落实〈法治政府建设实施纲要(2021-2025年)〉实施方案》。",
     "自治区贯彻落实〈法治政府建设实施纲要(2021-2025年)〉实施方案", "provincial"),
    ("兴安盟2022年法治政府建设情况报告", "执行《自治区人民政府重大行政决策程序规定》。",
     "自治区人民政府重大行政决策程序规定", "provincial"),
    # In a province, a title opening with 自治区 names no region of its own: the document's level stays.
    ("郑州市2022年法治政府建设情况报告", "制定《自治区内协作工作方案》。", "自治区内协作工作方案", "prefecture"),
])
def test_titles_of_the_autonomous_region(prefix, text, title, issuer_level):
    assert cited(text, prefix=prefix)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level"), [
    # A placeless title a province's own title carries out (某省贯彻落实〈关于…的意见〉的工作举措) is the centre's.
    ("河南省委全面依法治省委员会会议召开", "审议通过《河南省贯彻落实〈关于加强基层调解工作的意见〉的工作举措》。",
     "关于加强基层调解工作的意见", "national"),
    ("河南省委全面依法治省委员会会议召开", "审议通过《河南省贯彻落实〈关于加强基层调解工作的意见〉的工作举措》。",
     "河南省贯彻落实〈关于加强基层调解工作的意见〉的工作举措", "provincial"),
    # ... a city's may carry out its province's: its level stays unsaid by this rule.
    ("洛阳市2024年法治政府建设情况报告", "制定《洛阳市贯彻落实〈关于加强基层调解工作的意见〉的工作举措》。",
     "关于加强基层调解工作的意见", "prefecture"),
    # ... and a title transmitted (印发〈…〉) is the outer's issuer's, as before.
    ("河南省委全面依法治省委员会会议召开", "审议《河南省人民政府关于印发〈基层调解工作办法〉的通知》。",
     "基层调解工作办法", "provincial"),
])
def test_a_title_a_provinces_title_carries_out(prefix, text, title, issuer_level):
    assert cited(text, prefix=prefix)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # Each title listed after 中央《…》 is the centre's too.
    ("学习贯彻中央《关于加强行政执法协调监督工作体系建设的意见》《提升行政执法质量三年行动计划(2023-2025年)》。",
     "提升行政执法质量三年行动计划(2023-2025年)", "national"),
    ("落实中央《关于加强社会组织党的建设的意见》、《关于改进基层调解工作的意见》要求。",
     "关于改进基层调解工作的意见", "national"),
    # A title after a clause is the document's own again.
    ("学习中央《关于加强行政执法协调监督工作体系建设的意见》,制定《执法监督工作方案》。", "执法监督工作方案", "prefecture"),
    # ... but one naming a place's rule of law by its short name is that place's (中共中央《A》《法治河南建设规划》).
    ("贯彻中共中央《法治中国建设规划(2026-2030年)》《法治河南建设规划(2026-2030年)》。",
     "法治河南建设规划(2026-2030年)", "provincial"),
    ("贯彻中共中央《法治中国建设规划(2026-2030年)》《法治河南建设规划(2026-2030年)》。",
     "法治中国建设规划(2026-2030年)", "national"),
])
def test_titles_listed_after_the_centre(text, title, issuer_level):
    assert cited(text, prefix="郑州市2024年法治政府建设情况报告")[title].issuer_level == issuer_level


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level"), [
    # A notice that transmits a place's plan, with no issuer of its own, is of that place.
    ("双合镇2022年度法治政府建设工作报告", "紧紧围绕《关于印发〈鹤山市2022年依法行政工作要点〉的通知》等上级文件。",
     "关于印发〈鹤山市2022年依法行政工作要点〉的通知", "county"),
    ("郑州市2022年法治政府建设情况报告", "落实《关于转发〈河南省2022年法治政府建设工作安排〉的通知》。",
     "关于转发〈河南省2022年法治政府建设工作安排〉的通知", "provincial"),
    # ... but a notice the document's own place issues to forward a higher place's text down is its own.
    ("瑞安市2024年法治政府建设情况报告", "出台《关于转发〈温州市行政执法监督办法(试行)〉的通知》,规范执法。",
     "关于转发〈温州市行政执法监督办法(试行)〉的通知", "county"),
    ("瑞安市2024年法治政府建设情况报告",
     "印发《关于做好执法工作的通知》(瑞政办〔2024〕1号)、《关于转发〈温州市述法工作办法〉的通知》(瑞法办〔2024〕2号)。",
     "关于转发〈温州市述法工作办法〉的通知", "county"),
    ("瑞安市2024年法治政府建设情况报告", "认真落实《关于转发〈浙江省述法工作办法〉的通知》要求。",
     "关于转发〈浙江省述法工作办法〉的通知", "provincial"),
])
def test_a_transmitting_notice_is_of_the_place_it_transmits(prefix, text, title, issuer_level):
    assert cited(text, prefix=prefix)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "expected"), [
    # A kind of document standing for a title the text never writes out is no citation.
    ("认真落实区委《意见》、区人大《决定》和区政府《实施方案》。", set()),
    ("按照国家和本市《纲要》《规划》的部署推进各项工作。", set()),
    ("配合市人大常委会出台《决定》,推动制定《某市物业管理条例》。", {"某市物业管理条例"}),
    # A bare 《纲要》 after the 纲要 it abbreviates is still that 纲要.
    ("落实《法治政府建设实施纲要(2021-2025年)》,对照《纲要》逐项推进。", {"法治政府建设实施纲要(2021-2025年)"}),
    # A short title the law table knows stays.
    ("学习《宪法》《民法典》。", {"中华人民共和国宪法", "中华人民共和国民法典"}),
])
def test_a_bare_kind_of_document_is_no_citation(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A film or a show named before its title is no document, whatever its title ends with.
    ("录制专题片《古今说法》,拍摄微电影《守法》,落实《信访工作条例》。", {"信访工作条例"}),
    ("编排情景剧《小区里的法》,制定《某县法治宣传教育实施方案》。", {"某县法治宣传教育实施方案"}),
])
def test_films_and_shows_named_before_their_titles(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plan named without 《》, from its place's full name to its years, inside a sentence.
    ("某市2022年度报告\n2022年,扎实推进吉林市法治政府建设实施方案(2021--2025年),全面履行职能。",
     {"吉林市法治政府建设实施方案(2021-2025年)"}),
    ("某省规划\n过去五年,顺利实施完成辽宁省第七个五年法治宣传教育规划(2016-2020年)。",
     {"辽宁省第七个五年法治宣传教育规划(2016-2020年)"}),
    # Not a plan of no place (全市, 省市区), not a body's words (省委…), not one in its marks.
    ("某市规划\n较好完成了全市第七个五年法治宣传教育规划(2016—2020年)。", set()),
    ("某乡报告\n落实省市区法治政府建设实施方案(2021-2025),推进工作。", set()),
    ("某省要点\n落实吉林省委十三届六次全会重要工作任务实施规划(2015—2020年)。", set()),
    ("某市报告\n落实《吉林市法治政府建设实施方案(2021-2025年)》。", {"吉林市法治政府建设实施方案(2021-2025年)"}),
])
def test_plans_named_without_their_marks(text, expected):
    assert set(cited(text)) == expected


def test_a_pages_own_title_in_its_metadata_table_is_no_citation():
    text = ("吉林市法治政府建设实施方案（2021—2025年）\n标 题: | 吉林市法治政府建设实施方案 (2021—2025年) |\n"
            "为深入推进依法行政,制定本方案。")
    assert set(cited(text, prefix="")) == set()
    # ... nor is it when the page lost its title line and only the metadata names it.
    assert set(cited(text.split("\n", 1)[1], prefix="")) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # A plan's own title with two authors: the part after the first author's 、 is no plan cited.
    ("中共吉林市委宣传部、吉林市司法局关于在全市开展法治宣传教育的第八个五年规划(2021-2025年)\n"
     "为深入开展普法,结合我市实际,制定本规划。", set()),
    ("中共吉林市委宣传部、吉林市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)\n"
     "为深入开展普法,根据《吉林省法治宣传教育第八个五年规划(2021-2025年)》,制定本规划。",
     {"吉林省法治宣传教育第八个五年规划(2021-2025年)"}),
    # Control: a plan named without marks in the body, not the page's title, is still cited.
    ("中共吉林市委宣传部、吉林市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)\n"
     "五年来,顺利实施完成吉林市第七个五年法治宣传教育规划(2016-2020年)。",
     {"吉林市第七个五年法治宣传教育规划(2016-2020年)"}),
])
def test_a_pages_own_title_after_its_first_author_is_no_citation(text, expected):
    assert set(cited(text, prefix="")) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A catalogue's edition in brackets, like (2022年版), ends its title: (2017年本).
    ("印发了《河南省政府核准的投资项目目录(2017年本)》,取消核准3项。", {"河南省政府核准的投资项目目录(2017年本)"}),
    ("对照《产业结构调整指导目录(2019年本)》审查项目。", {"产业结构调整指导目录(2019年本)"}),
    ("印发《某县行政规范性文件制定主体清单(2025年调整版)》,动态调整。", {"某县行政规范性文件制定主体清单(2025年调整版)"}),
])
def test_a_catalogues_edition(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A province's own 纲要 under the centre's name and its own years, its issuers written before it,
    # is the province's, not the centre's misdated.
    ("以落实中共中央、国务院《法治政府建设实施纲要(2015-2020年)》和省委、省政府《法治政府建设实施纲要(2016-2020年)》为主线。",
     {"法治政府建设实施纲要(2015-2020年)": "national", "法治政府建设实施纲要(2016-2020年)": "provincial"}),
    # A misdated national plan with no local issuer before it is still the centre's.
    ("落实《法治政府建设实施纲要(2015-2020年)》,对照《法治政府建设实施纲要(2016-2020年)》查找差距。",
     {"法治政府建设实施纲要(2015-2020年)": "national"}),
])
def test_a_local_plan_under_the_centres_name(text, expected):
    found = cited(text, prefix="青岛市2017年法治政府建设情况报告\n")
    assert {title: c.issuer_level for title, c in found.items()} == expected


def test_a_universitys_report_is_of_no_governments_level():
    text = "2017年9月,中国政法大学法治政府研究院发布《中国法治政府评估报告(2017)》,我市位居第一。"
    found = cited(text, prefix="青岛市2017年法治政府建设情况报告\n")
    assert [(c.issuer_level, c.kind) for c in found.values()] == [(None, "report")]


@pytest.mark.parametrize("text", [
    # The country's assessment cited without its authors, the city ranked in it: the scholars', of no
    # government's level, not the city's own report.
    "杭州在《中国法治政府评估报告》中总分位列全国百个城市第二。",
    "我市在《中国法治政府评估报告(2021-2022)》中位列第九。",
])
def test_the_countrys_assessment_is_of_no_governments_level(text):
    found = cited(text, prefix="杭州市司法局2023年法治政府建设年度报告\n")
    assert [(c.issuer_level, c.kind) for c in found.values()] == [(None, "report")]


def test_a_citys_own_assessment_report_stays_its_own():
    found = cited("印发《杭州市法治政府建设评估报告》。", prefix="杭州市司法局2023年法治政府建设年度报告\n")
    assert [c.issuer_level for c in found.values()] == ["prefecture"]


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A title naming its own place's whole (全区), listed after a national body's title, is the place's.
    ("积极落实国务院《全面推进依法行政实施纲要》和《2024年全区法治政府建设工作要点》,推进依法行政。",
     "2024年全区法治政府建设工作要点", "county"),
    ("积极落实国务院《全面推进依法行政实施纲要》和《2024年全区法治政府建设工作要点》,推进依法行政。",
     "全面推进依法行政实施纲要", "national"),
])
def test_a_whole_place_title_listed_after_a_national_one(text, title, issuer_level):
    found = cited(text, prefix="重庆市永川区大安街道办事处2024年法治政府建设情况报告\n")
    assert found[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A plan named for a province's or city's rule of law by its short name is that place's.
    ("对照《法治上海建设规划(2021—2025年)》,编制本区规划。",
     "法治上海建设规划(2021-2025年)", "provincial"),
    ("衔接《法治青岛建设规划》。", "法治青岛建设规划", "prefecture"),
    # The district's own is the district's.
    ("起草《法治徐汇建设规划》。", "法治徐汇建设规划", "county"),
    # A title naming the rule of law it builds after the building (建设…法治上海…, 推进法治上海建设…): the place's.
    ("落实《建设更高水平法治上海2023年度工作要点》。", "建设更高水平法治上海2023年度工作要点", "provincial"),
    ("落实《推进法治上海建设工作方案》。", "推进法治上海建设工作方案", "provincial"),
    # A place named after it owns the document (…法治上海建设工作徐汇区责任分解方案).
    ("制定《深化法治上海建设工作徐汇区责任分解方案》。", "深化法治上海建设工作徐汇区责任分解方案", "county"),
    # The district's own rule of law built is the district's.
    ("印发《建设更高水平法治徐汇2023年度工作要点》。", "建设更高水平法治徐汇2023年度工作要点", "county"),
])
def test_a_plan_named_for_a_places_rule_of_law(text, title, issuer_level):
    found = cited(text, prefix="徐汇区全面依法治区第十四个五年规划\n")
    assert found[title].issuer_level == issuer_level


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level"), [
    # An outline (纲要) named without a place is the centre's or a ministry's, for the whole country,
    # whatever the level of the document citing it; a place's outline names its place.
    ("浙江省市场监督管理局2023年工作要点\n", "深入实施《市场监管法治建设实施纲要(2021-2025年)》",
     "市场监管法治建设实施纲要(2021-2025年)", "national"),
    ("上海法治市场监管建设实施方案(2021—2025年)\n", "根据《法治市场监管建设实施纲要(2021—2025年)》,制定本方案。",
     "法治市场监管建设实施纲要(2021-2025年)", "national"),
    ("浙江省市场监督管理局2023年工作要点\n", "深入实施《浙江省法治政府建设实施纲要(2021-2025年)》",
     "浙江省法治政府建设实施纲要(2021-2025年)", "provincial"),
    ("静海区2023年度法治政府建设情况报告\n", "对照《静海区法治政府建设实施纲要(2021—2025年)》推进工作",
     "静海区法治政府建设实施纲要(2021-2025年)", "county"),
    # Its place's level written bare is no outline of the nation's.
    ("某市2023年法治政府建设工作要点\n", "落实《市法治政府建设实施纲要(2021-2025年)》", "市法治政府建设实施纲要(2021-2025年)", None),
])
def test_an_outline_without_a_place_is_national(prefix, text, title, issuer_level):
    assert cited(text, prefix)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # The party's codes of conduct for its members are central party regulations, whoever cites them.
    ("学习《关于新形势下党内政治生活的若干准则》", "关于新形势下党内政治生活的若干准则", "national", "party_regulation"),
    ("学习《中国共产党廉洁自律准则》", "中国共产党廉洁自律准则", "national", "party_regulation"),
    # Another body's 准则 stays a normative document of its place.
    ("执行《河南省律师执业行为准则》", "河南省律师执业行为准则", "provincial", "normative"),
])
def test_party_codes_of_conduct(text, title, issuer_level, kind):
    citation = cited(text)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level", "kind"), [
    # A city submitting or drafting a 条例 named for its region (赣南) makes its own local regulation.
    ("赣州市司法局2023年工作总结\n2023年,赣州市司法局扎实履职。", "三是加强重点领域立法。提请制定颁布《赣南脐橙保护条例》。",
     "赣南脐橙保护条例", "prefecture", "local_regulation"),
    ("赣州市司法局2023年工作总结\n2023年,赣州市司法局扎实履职。", "起草《赣南苏区振兴促进条例》草案。",
     "赣南苏区振兴促进条例", "prefecture", "local_regulation"),
    # A draft 条例 a city's report says it finished (完成了《…条例(草案)》), its place unnamed: its own draft too.
    ("赣州市司法局2023年工作总结\n2023年,赣州市司法局扎实履职。", "在民生方面,完成了《物业管理条例(草案)》、《养犬管理条例(草案)》。",
     "养犬管理条例(草案)", "prefecture", "local_regulation"),
    # (comments on a draft sent back, 完成了《…条例(修订草案)》的意见反馈, stay on the nation's draft)
    ("赣州市司法局2023年工作总结\n2023年,赣州市司法局扎实履职。", "完成了《行政复议条例(修订草案)》的意见反馈。",
     "行政复议条例(修订草案)", "national", "administrative_regulation"),
    # (a finished study of a 条例 with no draft mark stays the nation's)
    ("赣州市司法局2023年工作总结\n2023年,赣州市司法局扎实履职。", "完成了《优化营商环境条例》学习培训。",
     "优化营商环境条例", "national", "administrative_regulation"),
    # Studied or applied, an unprefixed 条例 is still the nation's.
    ("赣州市司法局2023年工作总结\n2023年,赣州市司法局扎实履职。", "组织学习《优化营商环境条例》。",
     "优化营商环境条例", "national", "administrative_regulation"),
    # A county legislates no 条例: what it submits stays the nation's by default.
    ("宁围街道2023年法治政府建设工作报告\n在萧山区委领导下,宁围街道推进工作。", "提请修改《某某保护条例》。",
     "某某保护条例", "national", "administrative_regulation"),
])
def test_a_regulation_a_city_submits_is_its_own(prefix, text, title, issuer_level, kind):
    citation = cited(text, prefix)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


def test_a_title_a_mirror_page_elided_names_no_document():
    # A mirror page elides words with "(略)": what is left of the title names no document one can know,
    # and a nested title beside it (贯彻〈法治中国建设规划〉) is still read.
    text = ("积极贯彻中共中央《法治中国建设规划(2020-2025年)》《 (略) 会建设实施纲要(2020-2025年)》,审议通过"
            "《营口市鲅鱼圈区贯彻落实〈 (略) 会建设实施纲要(2021-2025年)〉实施办法》。")
    assert sorted(cited(text, "营口市鲅鱼圈区2021年法治政府建设情况报告\n")) == ["法治中国建设规划(2020-2025年)"]


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A city's 办法 cited from its district, its document number a party committee's (济委〔2023〕76号):
    # the committee's normative document, no government's 规章.
    ("以及《济南市2023年度高质量发展综合绩效考核办法》(济委〔2023〕76号)等相关要求。",
     "济南市2023年度高质量发展综合绩效考核办法", "normative"),
    ("按照《济南市某某管理办法》(济委办发〔2022〕3号)执行。", "济南市某某管理办法", "normative"),
    # ... and so is one numbered as a government's or its office's file, not by an order: 规章 are promulgated
    # by orders (令第N号), a 规定 issued as 某府发〔…〕 is a normative document.
    ("按照《济南市某某管理办法》(济政发〔2022〕3号)执行。", "济南市某某管理办法", "normative"),
    ("依据《青海省某某工作规定》(青府发〔2016〕12号)制定。", "青海省某某工作规定", "normative"),
    ("依据《湖北省某某目录管理办法》(鄂政办发〔2021〕9号)制定。", "湖北省某某目录管理办法", "normative"),
    # (an order's number, or none, leaves it a rule)
    ("依据《青海省某某工作规定》(青海省人民政府令第101号)制定。", "青海省某某工作规定", "rule"),
    ("依据《青海省某某工作规定》制定。", "青海省某某工作规定", "rule"),
])
def test_a_rule_numbered_by_a_party_committee(text, title, kind):
    got = {c.title: c for c in read_citations(Document(id="t", text="天桥区2023年法治建设工作情况的汇报\n" + text))}
    assert got[title].kind == kind


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level"), [
    # The nation's 八五 plan is titled 关于开展法治宣传教育的第八个五年规划; 七五's was …在公民中开展….
    ("某县2022年法治政府建设工作要点\n", "深入实施《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划(2021—2025年)》",
     "中央宣传部、司法部关于开展法治宣传教育的第八个五年规划(2021-2025年)", "national"),
    ("某县2022年法治政府建设工作要点\n", "深入实施《关于开展法治宣传教育的第八个五年规划(2021—2025年)》",
     "关于开展法治宣传教育的第八个五年规划(2021-2025年)", "national"),
    ("某县2017年法治政府建设工作要点\n", "深入实施《关于在公民中开展法治宣传教育的第七个五年规划(2016—2020年)》",
     "关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)", "national"),
    # A county adopting its own 八五 plan under the older generic wording: the county's own.
    ("蒲城县召开全面依法治县委员会第五次工作会议\n",
     "会议审议通过了《关于在公民中开展法治宣传教育的第八个五年规划(2021—2025 年)》《法治蒲城建设实施方案(2021—2025年)》",
     "关于在公民中开展法治宣传教育的第八个五年规划(2021-2025年)", "county"),
])
def test_the_nations_law_teaching_plans_by_their_official_titles(prefix, text, title, issuer_level):
    assert cited(text, prefix)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A body's rules of procedure (…工作规程) are a document, its own normative one.
    ("印发《江门市交通运输局制定规范性文件工作规程》,建立规范性文件台账。", "江门市交通运输局制定规范性文件工作规程",
     "prefecture", "normative"),
])
def test_rules_of_procedure(text, title, issuer_level, kind):
    citation = cited(text, "2022年,江门市交通运输局推进法治建设。")[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A model text of rules a department issues for those under it to adopt (…议事规则示范文本(试行)) is a document,
    # its own normative one, its trial mark a qualifier.
    ("印发《四川省中小学校党组织会议议事规则示范文本(试行)》和《四川省中小学校校长办公会议(校务会议)议事规则示范文本(试行)》。",
     "四川省中小学校党组织会议议事规则示范文本(试行)", "provincial", "normative"),
    ("印发《四川省中小学校党组织会议议事规则示范文本(试行)》和《四川省中小学校校长办公会议(校务会议)议事规则示范文本(试行)》。",
     "四川省中小学校校长办公会议(校务会议)议事规则示范文本(试行)", "provincial", "normative"),
])
def test_model_texts_of_rules(text, title, issuer_level, kind):
    citation = cited(text, "四川省教育厅2022年法治政府建设工作情况\n2022年,教育厅坚持依法治教。")[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level"), [
    # A level written bare before a title (落实省《…清单》) names the document's province or city as its issuer.
    ("中共青岛市交通运输局党组\n2022年度法治政府建设报告\n", "落实省《营商环境创新试点改革事项跟踪对标清单》。",
     "营商环境创新试点改革事项跟踪对标清单", "provincial"),
    (HENAN, "执行市《重大行政决策事项目录管理办法》。", "重大行政决策事项目录管理办法", "prefecture"),
    # (the whole province's is no issuer: 全省《…》 reads as before)
    (HENAN, "落实全省《依法行政考核清单》。", "依法行政考核清单", "county"),
])
def test_a_bare_level_before_a_title(prefix, text, title, issuer_level):
    assert cited(text, prefix)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("title", "issuer", "level", "own", "expected"), [
    # A place's rules for its rule-of-law work itself (its annual reports, reviews, inspections) are its
    # party committee's commission's: normative documents, not a government's 规章.
    ("青海省法治建设年度报告工作办法(试行)", "青海省", "provincial", True, "normative"),
    ("济南市法治建设考核评价办法", "济南市", "prefecture", False, "normative"),
    # (the rules of its drive to be named a model, 法治政府建设示范创建办法, the same work's)
    ("山西省法治政府建设示范创建办法", "山西省", "provincial", False, "normative"),
    ("某市法治建设示范创建办法", "某市", "prefecture", True, "normative"),
    ("云南省法治政府建设年度情况报告工作规定", "云南省", "provincial", True, "normative"),
    # (the rule-of-law inspection's own rules, named without 建设: 法治督察工作实施办法)
    ("法治督察工作办法", "河南省", "provincial", True, "normative"),
    ("某市法治督察实施办法", "某市", "prefecture", True, "normative"),
    # (a government's rules for its administration stay 规章)
    ("湖南省行政程序规定", "湖南省人民政府", "provincial", False, "rule"),
    ("山东省行政规范性文件制定和监督管理办法", "山东省人民政府", "provincial", True, "rule"),
])
def test_rules_for_rule_of_law_work(title, issuer, level, own, expected):
    assert classify(title, issuer, level, own) == expected


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # An opinion supporting a place is made above it: the centre's for a province or a sub-provincial city,
    # the province's for another city, whoever cites it (the supported place itself included).
    ("落实《关于支持宁波建设共同富裕先行市的意见》", "关于支持宁波建设共同富裕先行市的意见", "national"),
    ("学习《关于支持贵州在新时代西部大开发上闯新路的意见》", "关于支持贵州在新时代西部大开发上闯新路的意见", "national"),
    ("落实《关于支持焦作加快转型发展的若干意见》", "关于支持焦作加快转型发展的若干意见", "provincial"),
    # (support with no place named stays the document's own)
    ("制定《关于支持民营企业发展的若干措施》", "关于支持民营企业发展的若干措施", "county"),
])
def test_an_opinion_supporting_a_place(text, title, issuer_level):
    assert cited(text)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A province's own measures named by the province they push, its short name right after the opening verb
    # (推动浙江…, 促进江苏…): the province's, not the citing county's.
    ("纳入《推动浙江服务业高质量发展三十条措施》", "推动浙江服务业高质量发展三十条措施", "provincial"),
    ("落实《促进江苏民营经济高质量发展若干措施》", "促进江苏民营经济高质量发展若干措施", "provincial"),
    ("落实《2024年推进山东数字政府建设行动方案》", "2024年推进山东数字政府建设行动方案", "provincial"),
    # (no province after the verb: as before, the document's own)
    ("制定《推动民营经济高质量发展若干措施》", "推动民营经济高质量发展若干措施", "county"),
    ("制定《加快高质量发展十条措施》", "加快高质量发展十条措施", "county"),
])
def test_a_province_named_by_the_verb_that_pushes_it(text, title, issuer_level):
    assert cited(text)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A title on cities and counties as a class, no place named, is no county's own: the centre's by default.
    ("学习《关于进一步加强市县法治建设的意见》", "关于进一步加强市县法治建设的意见", "national"),
    ("落实《关于推进县乡政府职能转变的通知》", "关于推进县乡政府职能转变的通知", "national"),
    # A place named, or a title on other matters: as before, the document's own.
    ("落实《关于加强焦作市市县两级法治建设的意见》", "关于加强焦作市市县两级法治建设的意见", "county"),
    ("落实《关于加强行政执法监督的意见》", "关于加强行政执法监督的意见", "county"),
])
def test_a_title_on_cities_and_counties_as_a_class(text, title, issuer_level):
    assert cited(text)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "expected"), [
    # A title ending with its years whose 》 was lost right before the next 《: two titles.
    ("结合《法治中国建设规划(2020-2025年)《法治政府建设实施纲要(2021—2025年)》抓落实",
     {"法治中国建设规划(2020-2025年)", "法治政府建设实施纲要(2021-2025年)"}),
    ("对照《东辽县法治建设规划(2021—2025年)《东辽县普法规划(2021-2025年)》推进",
     {"东辽县法治建设规划(2021-2025年)", "东辽县普法规划(2021-2025年)"}),
    # ... or lost after its years when the sentence went on in prose (…(2021-2025年)和省、市要求,…): the title ends with
    # its years, and the titles after it are titles of their own.
    ("贯彻落实《法治政府建设实施纲要(2021-2025年)和省、市要求,对照《吉林省法治政府建设实施方案(2021—2025年)》,制定"
     "《东辽县法治建设重点任务分工方案》",
     {"法治政府建设实施纲要(2021-2025年)", "吉林省法治政府建设实施方案(2021-2025年)", "东辽县法治建设重点任务分工方案"}),
    ("落实《法治政府建设实施纲要(2021-2025年),对照《吉林省法治政府建设实施方案(2021—2025年)》推进工作",
     {"法治政府建设实施纲要(2021-2025年)", "吉林省法治政府建设实施方案(2021-2025年)"}),
    # (nor a title whose years stand inside it, its words going on after them)
    ("落实《东辽县法治建设规划(2021-2025年)实施方案,对照《吉林省法治政府建设实施方案(2021—2025年)》推进",
     {"吉林省法治政府建设实施方案(2021-2025年)"}),
    # (a title holding its years and a list word, closed before any 《 opens, stays whole)
    ("落实《关于贯彻法治中国建设规划(2020-2025年)和省委部署的实施意见》,推进《东辽县普法规划(2021-2025年)》",
     {"关于贯彻法治中国建设规划(2020-2025年)和省委部署的实施意见", "东辽县普法规划(2021-2025年)"}),
    # A nested title after a verb stays nested.
    ("印发《关于贯彻〈法治政府建设实施纲要(2021—2025年)〉的实施方案》",
     {"关于贯彻〈法治政府建设实施纲要(2021-2025年)〉的实施方案", "法治政府建设实施纲要(2021-2025年)"}),
])
def test_a_title_that_lost_its_close_after_its_years(text, expected):
    assert set(cited(text)) == expected


def test_the_national_plan_for_law_enforcement_quality():
    got = cited("落实《提升行政执法质量三年行动计划(2023—2025年)》")
    plan = got["提升行政执法质量三年行动计划(2023-2025年)"]
    assert (plan.issuer, plan.issuer_level, plan.kind) == ("国务院办公厅", "national", "plan")


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level"), [
    # A plan for the rule of law of a whole level, its place unnamed, cited by a lower level's text: the
    # plan of the level it names (a 重庆 district's 全面依法治市 is the municipality's).
    ("铜梁区2025年法治政府建设情况报告", "编制《铜梁区贯彻落实〈全面依法治市提升行动方案〉的具体措施》。",
     "全面依法治市提升行动方案", "provincial"),
    ("信丰县2025年法治政府建设情况报告", "落实《全面依法治市实施方案》。", "全面依法治市实施方案", "prefecture"),
    ("信丰县2025年法治政府建设情况报告", "落实《全面依法治省规划(2021-2025年)》。", "全面依法治省规划(2021-2025年)",
     "provincial"),
    # (a league's 全面依法治盟 in a zone's or a banner's text: the league's, of a city's level)
    ("锡林郭勒经济技术开发区2022年法治政府建设情况报告", "根据《2022年度全面依法治盟考核工作实施方案》要求。",
     "2022年度全面依法治盟考核工作实施方案", "prefecture"),
    ("正镶白旗2022年法治政府建设情况报告", "根据《2022年度全面依法治盟考核工作实施方案》要求。",
     "2022年度全面依法治盟考核工作实施方案", "prefecture"),
    # the document's own level stays its own
    ("信丰县2025年法治政府建设情况报告", "制定《全面依法治县工作规则》。", "全面依法治县工作规则", "county"),
    ("正镶白旗2025年法治政府建设情况报告", "制定《全面依法治旗工作规则》。", "全面依法治旗工作规则", "county"),
    # A year's plan of the whole higher level (全市, 全省) cited by a district or county: that level's.
    ("北碚区交通运输委员会2025年法治政府建设报告", "对照《2025年全市法治政府建设工作要点》目标任务。",
     "2025年全市法治政府建设工作要点", "provincial"),
    ("信丰县2024年法治政府建设情况报告", "落实《2024年全市法治政府建设工作要点》。", "2024年全市法治政府建设工作要点",
     "prefecture"),
    ("信丰县2024年法治政府建设情况报告", "落实《2024年全省依法行政工作要点》。", "2024年全省依法行政工作要点",
     "provincial"),
    # (a notice on the whole higher level's work: 关于组织开展…全市…的通知)
    ("信丰县2024年法治政府建设情况报告", "落实《关于组织开展2024年度全市国家工作人员学法考试的通知》。",
     "关于组织开展2024年度全市国家工作人员学法考试的通知", "prefecture"),
    # a county-level city's 全市 is its own, and a district's 全区 too
    ("宜兴市2024年法治政府建设情况报告", "落实《2024年全市法治政府建设工作要点》。", "2024年全市法治政府建设工作要点",
     "county"),
    ("北碚区2024年法治政府建设情况报告", "落实《2024年全区法治政府建设工作要点》。", "2024年全区法治政府建设工作要点",
     "county"),
])
def test_a_whole_levels_rule_of_law_plan_is_that_levels(prefix, text, title, issuer_level):
    assert cited(text, prefix)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "expected"), [
    # A plan named without marks in a table's cell, the table flattened to one line (序号 | 事项 | 承办单位 | 1 |
    # X规划(2024-2026年) | …): an item of the list, as a line of its own is, not a citation.
    ("邢台市人民政府办公室关于印发2024年度重大行政决策事项目录的通知\n经市政府同意,现予印发。\n附件 序号 | 事项名称 | 决策时间 | 1 | 邢台市数字经济发展规划(2024-2026年) | "
     "第四季度 |", []),
    ("邢台市人民政府办公室关于印发2024年度重大行政决策事项目录的通知\n经市政府同意,现予印发。\n附件 序号 | 事项名称 | 承办单位 | 1 | 邢台市数字经济发展规划(2024-2026年) | "
     "市发改委 |", []),
    # (one named inside a sentence is still read)
    ("邢台市2024年法治政府建设工作要点\n扎实推进邢台市法治政府建设实施方案(2021-2025年)落地。",
     ["邢台市法治政府建设实施方案(2021-2025年)"]),
])
def test_an_unmarked_plan_in_a_tables_cell(text, expected):
    assert sorted(c.title for c in read_citations(Document(id="t", text=text))) == expected


@pytest.mark.parametrize(("prefix", "text", "title", "issuer_level", "kind"), [
    # A plan's tasks broken down in a ledger (任务分解台账) is a document cited, a plan; so is one whose
    # plan's title stands in ASCII angle marks with a nested title inside.
    ("青海省2017年依法行政工作报告", "印发了《青海省2017年重点工作任务分解台账》。", "青海省2017年重点工作任务分解台账",
     "provincial", "plan"),
    ("青海省2017年依法行政工作报告", "编制《<落实《某某规划(2016-2020年)》工作方案>任务分解台账》(青政法发〔2017〕3号)。",
     "〈落实〈某某规划(2016-2020年)〉工作方案〉任务分解台账", "provincial", "plan"),
    # The autonomous region written bare before a title in a city's or a county's text: the region's.
    ("石嘴山市2017年法治政府建设情况报告", "认真执行自治区《行政执法公示办法》及市《执法工作要点》。",
     "行政执法公示办法", "provincial", "rule"),
    ("乌兰浩特市2016年依法行政工作总结", "对照自治区《依法行政考核方案》开展自查。", "依法行政考核方案", "provincial", "plan"),
    # ... but a region named in full is not the bare word: 自治区 inside its name is no level written bare.
    ("内蒙古自治区2016年依法行政工作报告", "贯彻自治区《依法行政考核方案》。", "依法行政考核方案", "provincial", "plan"),
])
def test_ledgers_and_the_bare_autonomous_region(prefix, text, title, issuer_level, kind):
    got = cited(text, prefix)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


def test_a_ledger_the_text_sets_up_is_no_document_cited():
    # (a ledger of problems to mend, 建立《…整改台账》, is a record kept, not a plan: only a plan's tasks broken down are)
    text = "某区司法局2023年述法工作情况\n梳理《述法问题清单》,建立《述法问题整改台账》,逐项抓好整改。"
    assert "述法问题整改台账" not in {c.title for c in read_citations(Document(id="t", text=text))}


def test_a_notice_carrying_out_an_unmarked_plan_is_cited_alone():
    # 关于贯彻落实X(…)的通知, X unmarked in the page's own title: the notice is cited, as one that 印发 an
    # unmarked plan is, and X is no citation of its own; the notice is its county's, not X's province's.
    text = ("文件:关于贯彻落实青海省提升行政执法质量三年行动计划实施方案(2023—2025年)的通知\n"
            "Q:实施方案是在什么样的背景下出台的?\nA:为了落实上级部署,我们已印发《关于贯彻落实青海省提升行政执法质量"
            "三年行动计划实施方案(2023—2025年)的通知》。我们将全面运用湟中区综合信息系统,提升我区执法能力。")
    got = {c.title: c for c in read_citations(Document(id="t", text=text))}
    assert list(got) == ["关于贯彻落实青海省提升行政执法质量三年行动计划实施方案(2023-2025年)的通知"]
    assert got["关于贯彻落实青海省提升行政执法质量三年行动计划实施方案(2023-2025年)的通知"].issuer_level == "county"


def test_a_national_plan_of_the_development_commission():
    got = cited("根据《“十四五”推进国家政务信息化规划》,制定本行动方案。")
    assert (got["“十四五”推进国家政务信息化规划"].issuer_level, got["“十四五”推进国家政务信息化规划"].kind) == ("national", "plan")


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A template's title with its place masked is of that kind of division, never the nation's.
    ("出台《**市促进民营经济发展条例》,建立审查机制。", "**市促进民营经济发展条例", "prefecture", "local_regulation"),
    ("解读了《XX县推进综合执法改革实施方案》。", "XX县推进综合执法改革实施方案", "county", "plan"),
    ("印发《××省规范性文件管理办法》。", "××省规范性文件管理办法", "provincial", "rule"),
    # (its year may open the title, before the masked place)
    ("印发《2020年XX县法治政府建设工作要点》。", "2020年XX县法治政府建设工作要点", "county", "plan"),
    ("印发《2019年度**市依法行政工作计划》。", "2019年度**市依法行政工作计划", "prefecture", "plan"),
    # (an unmasked title without a place stays national)
    ("出台《促进民营经济发展条例》。", "促进民营经济发展条例", "national", "administrative_regulation"),
])
def test_masked_place_in_a_templates_title(text, title, issuer_level, kind):
    unplaced = "在全市依法行政工作会议上的讲话\n同志们:今天我们召开会议。"
    got = cited(text, unplaced)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "expected"), [
    # A national plan carried out by its full title and years, its marks lost: the plan of the law table.
    ("全县上下认真贯彻落实法治社会建设实施纲要(2020—2025年),推进工作。", {"法治社会建设实施纲要(2020-2025年)"}),
    ("各部门执行法治政府建设实施纲要(2015-2020年),成效明显。", {"法治政府建设实施纲要(2015-2020年)"}),
    # (in marks it is read once; a bare stem without its years, or a verb-less mention, is none)
    ("贯彻落实《法治社会建设实施纲要(2020-2025年)》。", {"法治社会建设实施纲要(2020-2025年)"}),
    ("全县上下认真贯彻法治社会建设实施纲要,推进工作。", set()),
    ("法治社会建设实施纲要(2020-2025年)提出了目标。", set()),
])
def test_national_plan_carried_out_without_its_marks(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # An international treaty after the body that made it, or named with it, is of no government's level.
    ("在联合国《生物多样性公约》缔约方大会上获奖。", "生物多样性公约", None, "normative"),
    ("落实《联合国气候变化框架公约》要求。", "联合国气候变化框架公约", None, "normative"),
    # (a place's own 公约 stays the place's)
    ("制定《文明市民公约》。", "文明市民公约", "county", "normative"),
    # The ministries' outline of legal education for the young is a national document.
    ("严格落实《青少年法治教育大纲》要求。", "青少年法治教育大纲", "national", "normative"),
])
def test_international_treaties_and_the_outline_of_legal_education(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A 办法 the place devised and put in force (创新实施《…办法(试行)》) is its own; one merely carried out
    # (贯彻实施, 严格执行) with no place in its title stays national.
    ("创新实施《行政调解特邀调解员管理办法(试行)》,化解纠纷。", "行政调解特邀调解员管理办法(试行)", "county", "normative"),
    ("严格执行《行政执法证件管理办法》。", "行政执法证件管理办法", "national", "rule"),
])
def test_a_rule_the_place_devised_and_put_in_force(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A title nested under only its issuer's name (《中共某省委…办公室〈关于…的通知〉》): that body issued it.
    ("2024年,我局根据《中共江西省委全面依法治省委员会办公室〈关于做好法治政府建设年度报告工作的通知〉》要求,报告如下。",
     "关于做好法治政府建设年度报告工作的通知", "provincial"),
    ("根据《赣州市人民政府办公室〈关于规范行政执法公示工作的通知〉》要求,推进工作。",
     "关于规范行政执法公示工作的通知", "prefecture"),
])
def test_a_nested_title_under_its_issuers_name(text, title, issuer_level):
    assert cited(text)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "expected"), [
    # Documents counted kind by kind in marks (《一法一条例一办法》, 《一规划两纲要》) are a set, no one title.
    ("将《一法一条例一办法》《中华人民共和国土地管理法》纳入学习内容。", {"中华人民共和国土地管理法"}),
    ("学习《一规划两纲要》。", set()),
    # (a title with a count inside its words stays one)
    ("落实《一网通办工作方案》。", {"一网通办工作方案"}),
])
def test_documents_counted_kind_by_kind(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A pilot zone named for the country with its province in brackets (中国(福建)自由贸易试验区条例): the
    # province's congress's regulation, not the nation's.
    ("宣传《中国(福建)自由贸易试验区条例》。", "中国(福建)自由贸易试验区条例", "provincial", "local_regulation"),
    ("推进《中国(海南)自由贸易试验区条例(修订)》立法。", "中国(海南)自由贸易试验区条例(修订)", "provincial",
     "local_regulation"),
    # (the party's own regulations still open 中国共产党)
    ("学习《中国共产党纪律处分条例》。", "中国共产党纪律处分条例", "national", "party_regulation"),
])
def test_a_pilot_zone_named_with_its_province_in_brackets(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A province's measures carrying out a national law (某省实施〈中华人民共和国土地管理法〉办法): its congress's
    # local regulation; those carrying out a 条例 stay its government's rule.
    ("推进《山西省实施〈中华人民共和国土地管理法〉办法》修订。", "山西省实施〈中华人民共和国土地管理法〉办法", "provincial",
     "local_regulation"),
    ("宣传《山西省实施〈工伤保险条例〉办法》。", "山西省实施〈工伤保险条例〉办法", "provincial", "rule"),
    # (its 若干规定 or 规定 carrying out a national law, the same as its 办法; round 248)
    ("宣传《湖南省实施〈中华人民共和国未成年人保护法〉若干规定》。", "湖南省实施〈中华人民共和国未成年人保护法〉若干规定",
     "provincial", "local_regulation"),
    ("宣传《江西省实施〈中华人民共和国工会法〉规定》。", "江西省实施〈中华人民共和国工会法〉规定", "provincial",
     "local_regulation"),
    # (a province's 若干规定 carrying out no law stays its government's rule)
    ("宣传《湖南省行政程序若干规定》。", "湖南省行政程序若干规定", "provincial", "rule"),
])
def test_a_provinces_measures_carrying_out_a_national_law(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # The State Council's administrations by the short names their own notices use (体育总局, 海关总署): national.
    ("印发《体育总局关于进一步加强项目管理工作的通知》。", "体育总局关于进一步加强项目管理工作的通知", "national", "normative"),
    ("印发《体育总局办公厅关于开展评估的函》。", "体育总局办公厅关于开展评估的函", "national", "normative"),
    ("落实《海关总署关于加强监管工作的通知》。", "海关总署关于加强监管工作的通知", "national", "normative"),
    ("落实《国家林业和草原局关于加强草原执法的意见》。", "国家林业和草原局关于加强草原执法的意见", "national", "normative"),
    # (a county's own bureau by the same word stays its own: 某县统计局)
    ("落实《临泉县统计局关于加强统计执法的通知》。", "临泉县统计局关于加强统计执法的通知", "county", "normative"),
])
def test_a_national_administration_by_its_own_name(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A zone that calls itself by its short kind (佛山高新区) names its own titles by its full one: its own, county.
    ("市委、市政府:\n2024年,高新区坚持依法行政。区党工委、区管委会部署。高新区推进。高新区获评先进。"
     "《佛山高新技术产业开发区公共法律服务调研报告》获奖。", "佛山高新技术产业开发区公共法律服务调研报告", "county"),
    # A 条例 on it stays its city's legislature's.
    ("市委、市政府:\n2024年,高新区坚持依法行政。区党工委、区管委会部署。高新区推进。高新区获评先进。"
     "参与《佛山高新技术产业开发区条例》起草。", "佛山高新技术产业开发区条例", "prefecture"),
])
def test_zone_by_its_short_kind_names_its_full_title(text, title, issuer_level):
    assert cited(text, prefix="")[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "expected"), [
    # A site's menu of links, each cut to the menu's width: a title cut there is no title, whatever its opening; the
    # next link's whole title is; a cut link that ends as a title does is read.
    ("- ·关于印发《关于乡村(社区)“法律明白人” 培\n- ·关于印发《2022年全市普法工作要点》的通知\n正文。",
     {"2022年全市普法工作要点"}),
    ("- ·关于印发《某某区2023年普法工作要点\n- ·关于开展宪法宣传周活动的通\n正文。", {"某某区2023年普法工作要点"}),
    # (the same menu flattened to one line: the cut title ends at the next link's mark)
    ("- ·关于印发《关于乡村(社区)“法律明白人” 培 - ·关于印发《2022年全市普法工作要点》的通知 发布时间:2024-01-04 正文。",
     {"2022年全市普法工作要点"}),
])
def test_menu_links_cut_to_width(text, expected):
    assert set(cited(text)) == expected


LIAONING = "辽宁省2023年法治政府建设情况报告\n2023年,辽宁省认真贯彻落实。"


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A whole city's plan, its city unnamed, on a province's page: a city's (prefecture), never the province's own.
    ("学习《2024年全市守法普法工作要点》。", "2024年全市守法普法工作要点", "prefecture"),
    ("落实《2024年全县普法工作要点》。", "2024年全县普法工作要点", "county"),
    ("落实《2024年全省普法工作要点》。", "2024年全省普法工作要点", "provincial"),
])
def test_a_lower_whole_on_a_provinces_page(text, title, issuer_level):
    assert cited(text, LIAONING)[title].issuer_level == issuer_level


NEIMENG_CITY = "某某市2024年法治政府建设情况报告\n2024年,包头市认真贯彻落实。"


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # 条例 a city says it put out and counts as local regulations (出台《A条例》《B条例》等3部地方性法规): its own
    # congress's, though no place opens their titles.
    ("推动出台《城市绿化管理条例》《古城墙保护条例》等3部地方性法规。", "古城墙保护条例", "prefecture", "local_regulation"),
    ("推动出台《城市绿化管理条例》《古城墙保护条例》等3部地方性法规。", "城市绿化管理条例", "prefecture", "local_regulation"),
    ("制定《城市绿化管理条例》、《古城墙保护条例》等地方性法规。", "城市绿化管理条例", "prefecture", "local_regulation"),
    # (one it only studies is still the nation's, and one it put out without the count is read as before)
    ("学习《城市绿化管理条例》等法律法规。", "城市绿化管理条例", "national", "administrative_regulation"),
    # 条例 a city puts into its congress's legislative plan (报送《A条例》等2项市人大五年立法需求计划): its own bills, the
    # same; one studied before a plan of a different kind stays the nation's.
    ("报送《物业服务管理条例》等2项市人大五年立法需求计划。", "物业服务管理条例", "prefecture", "local_regulation"),
    ("报送《物业服务管理条例》《古城墙保护条例》等市人大年度立法计划项目。", "古城墙保护条例", "prefecture",
     "local_regulation"),
    ("学习《物业服务管理条例》等,完善年度学法计划。", "物业服务管理条例", "national", "administrative_regulation"),
    # 条例 a city revises and counts as 条例 (修订《A条例》等3 部条例, a space in the count): its own the same (round
    # 220); studied, the same list stays the nation's.
    ("修订《城市市容管理条例》《古城墙保护条例》等2 部条例。", "城市市容管理条例", "prefecture", "local_regulation"),
    ("修订《城市市容管理条例》《古城墙保护条例》等2部条例。", "古城墙保护条例", "prefecture", "local_regulation"),
    ("学习《城市市容管理条例》《古城墙保护条例》等2部条例。", "古城墙保护条例", "national", "administrative_regulation"),
    # A congress's rules for its own lawmaking with no place (《人民代表大会及其常务委员会立法条例》): only provinces and
    # cities make a 条例 so named, so on a city's page it is the city's, whatever is said around it.
    ("修订《人民代表大会及其常务委员会立法条例》等3 部条例,完善《城镇", "人民代表大会及其常务委员会立法条例",
     "prefecture", "local_regulation"),
    ("完成《人民代表大会及其常务委员会立法条例》修订工作。", "人民代表大会及其常务委员会立法条例", "prefecture",
     "local_regulation"),
])
def test_a_citys_own_local_regulations_counted(text, title, issuer_level, kind):
    citation = cited(text, NEIMENG_CITY)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A city's page that never names itself, read within the province it names (辽宁省…重点任务; 全市, 市级 …):
    # a title it put out with no place is of its unnamed level, a city's, not the province's.
    ("2023年,我市认真落实辽宁省法治政府建设十项重点任务。全市建成便民服务站。推出全市通办事项。"
     "市级机构改革完成。全市开展执法检查。发布《行政规范性文件备案审查规范》地方标准。",
     "行政规范性文件备案审查规范", "prefecture"),
])
def test_an_unnamed_citys_own_title_within_its_province(text, title, issuer_level):
    assert cited(text, "")[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A plan of the central plan's name that the page's author drafts (我市…起草《关于开展法治宣传教育的第八个五年规划
    # (2021—2025年)》初稿): its own, not the centre's (round 241: 咸宁).
    ("我市启动规划起草工作,起草《关于开展法治宣传教育的第八个五年规划(2021—2025年)》初稿。",
     "关于开展法治宣传教育的第八个五年规划(2021-2025年)", "county", "plan"),
    # A document drafted on a ministry's behalf (代部起草, 代部海事局编制), alone or listed after another: the ministry's,
    # not the drafting branch's own place's.
    ("代部海事局编制《海事业务流程和履职标准》《海事现场执法事项清单》在全系统印发推行。", "海事现场执法事项清单",
     "national", "normative"),
    ("代部海事局编制《海事业务流程和履职标准》《海事现场执法事项清单》在全系统印发推行。", "海事业务流程和履职标准",
     "national", "normative"),
    ("代部起草《关于推进海事服务粤港澳大湾区发展的意见》。", "关于推进海事服务粤港澳大湾区发展的意见", "national", "normative"),
    # (a document the branch makes itself stays its own place's)
    ("编制《海事现场执法事项清单》在辖区推行。", "海事现场执法事项清单", "county", "normative"),
])
def test_drafted_on_a_ministrys_behalf(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "expected"), [
    # A trial edition written (试行版), as (试行) and (试点版) are: the document's mark, not its end.
    ("我局制订《海事政务“一次通办”办事指南(试行版)》。", {"海事政务“一次通办”办事指南(试行版)"}),
    ("印发《某县政务服务事项清单(试行)》。", {"某县政务服务事项清单(试行)"}),
])
def test_trial_edition_mark(text, expected):
    assert set(cited(text)) == expected


SHUQIAO = "舒桥乡2024年法治政府建设工作报告\n2024年,舒桥乡认真贯彻落实。"


@pytest.mark.parametrize(("text", "prefix", "title", "issuer_level", "kind"), [
    # A responsibility system laid down under its own name (《…责任制》) is a document, placed as an unplaced rule is.
    ("认真贯彻《维护社会稳定责任制》等法律法规。", HENAN, "维护社会稳定责任制", "national", "normative"),
    ("落实《安全生产责任制》。", HENAN, "安全生产责任制", "national", "normative"),
    # An outline whose 要 the page lost (《…实施纲(2021-2025)》) is the outline, the centre's plan.
    ("按照《法治政府实施纲(2021-2025)》等文件精神。", HENAN, "法治政府实施纲(2021-2025)", "national", "plan"),
    # 《法治X建设规划》 in a township's report, X its own county's short name: the county's plan, not the township's;
    # a prefecture's short name stays the prefecture's.
    ("认真贯彻《法治青田建设规划(2021—2025年)》等文件。", SHUQIAO, "法治青田建设规划(2021-2025年)", "county", "plan"),
    ("认真贯彻《法治丽水建设规划(2021—2025年)》等文件。", SHUQIAO, "法治丽水建设规划(2021-2025年)", "prefecture", "plan"),
])
def test_responsibility_systems_a_cut_outline_and_a_townships_county_by_its_rule_of_law(text, prefix, title,
                                                                                         issuer_level, kind):
    citation = cited(text, prefix)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


GUANZHUANG = "官庄镇人民政府2022年度政府信息公开工作年度报告\n"


@pytest.mark.parametrize(("text", "prefix", "title", "issuer_level", "kind"), [
    # A title numbered as a file of the State Council or its general office (国办公开办函〔2021〕30号, 国办发, 国发)
    # is the nation's, though it names no issuer and the page is a township's.
    ("本报告依据《关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》(国办公开办函〔2021〕30号)要求编制。",
     GUANZHUANG, "关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知", "national", "normative"),
    ("落实《关于全面推进政务公开工作的意见》(国办发〔2016〕8号)要求。", GUANZHUANG,
     "关于全面推进政务公开工作的意见", "national", "normative"),
    # (a county's own file number keeps the title the county's)
    ("落实《关于做好政府信息公开工作的通知》(阳政办发〔2022〕3号)要求。", GUANZHUANG,
     "关于做好政府信息公开工作的通知", "township", "normative"),
])
def test_a_title_numbered_as_a_state_council_file(text, prefix, title, issuer_level, kind):
    citation = cited(text, prefix)[title]
    assert (citation.issuer_level, citation.kind) == (issuer_level, kind)


def test_a_former_prefectures_title_on_its_citys_page():
    # 《台州地区…实施办法》 on a 2024 page of 台州市, the 地区 that became the city in 1994: the area of that city, its own
    # title, an office's 办法 and no government's 规章.
    text = ("【2024年普法署名文章】深入学习统计法\n国家统计局台州调查队党组书记 某某\n严格落实《台州地区国家调查队负责人"
            "防范统计造假责任制实施办法》。")
    citation = {c.title: c for c in read_citations(Document(id="t", text=text))}[
        "台州地区国家调查队负责人防范统计造假责任制实施办法"]
    assert (citation.issuer_level, citation.kind) == ("prefecture", "normative")


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A government's commission's own 办法 (天津市市场监督管理委员会公职律师激励办法): a department's normative
    # document, as a 厅's or 局's is; a congress's standing committee written in full stays a lawmaker.
    ("天津市市场监督管理委员会2023年法治政府建设情况报告\n制发《天津市市场监督管理委员会公职律师激励办法》等规定。",
     "天津市市场监督管理委员会公职律师激励办法", "normative"),
    # A 办法 a department's own report says it issued, its title opening with its place only (市教委…印发《重庆市
    # 教育从业人员执业信用管理办法(试行)》): the department's normative document; one it pushes its government to issue
    # (推动出台《天津市质量攻关管理办法》) stays the government's 规章, as in a government's own report.
    ("中共重庆市委教育工作委员会重庆市教育委员会2022年度法治政府建设情况报告\n建立以信用为基础的新型监管机制印发《重庆市"
     "教育从业人员执业信用管理办法(试行)》,建立执业信用评价机制。", "重庆市教育从业人员执业信用管理办法(试行)", "normative"),
    ("天津市市场监督管理委员会2023年法治政府建设情况报告\n推动出台《天津市质量攻关管理办法》,作为市政府2023年重大行政决策"
     "事项。", "天津市质量攻关管理办法", "rule"),
    ("天津市人民政府2023年法治政府建设情况报告\n印发《天津市质量攻关管理办法》。", "天津市质量攻关管理办法", "rule"),
])
def test_a_commissions_own_measures_and_those_a_department_issues(text, title, kind):
    assert cited(text, prefix="")[title].kind == kind


@pytest.mark.parametrize(("text", "expected"), [
    # A title's 》 lost before its status in brackets, the sentence going on to the next title (开展《上海港船舶污染防治
    # 办法(废止)相关工作《B》): the title ends at its kind word; a trial mark (试行) stays a part of a closed title.
    ("开展《上海港船舶污染防治办法(废止)相关工作《上海市市域铁路运营管理办法》调研。",
     {"上海港船舶污染防治办法", "上海市市域铁路运营管理办法"}),
    ("印发《上海市某某管理办法(试行)》《上海市某某服务规范》。", {"上海市某某管理办法(试行)", "上海市某某服务规范"}),
])
def test_a_title_whose_close_was_lost_before_its_status(text, expected):
    assert set(cited(text, prefix="")) == expected


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A province's 规定 called a normative document right after it (完成《本市…规定》等8件规范性文件合法性审核):
    # normative, no 规章; one the sentence does not call so stays the province's 规章.
    ("上海市交通委员会关于2023年法治政府建设工作情况的报告\n年内合计完成《上海市残疾人专用机动车实施限时减免停车费用规定》"
     "等8件规范性文件合法性审核。", "上海市残疾人专用机动车实施限时减免停车费用规定", "normative"),
    ("上海市交通委员会关于2023年法治政府建设工作情况的报告\n市道路运输局印发《上海市出租汽车小客车车辆规定》等行政规范性"
     "文件。", "上海市出租汽车小客车车辆规定", "normative"),
    ("上海市人民政府关于2023年法治政府建设工作情况的报告\n市政府公布《上海市残疾人专用机动车实施限时减免停车费用规定》。",
     "上海市残疾人专用机动车实施限时减免停车费用规定", "rule"),
])
def test_a_title_called_a_normative_document_right_after_it(text, title, kind):
    assert cited(text, prefix="")[title].kind == kind


@pytest.mark.parametrize(("text", "title"), [
    # A short 条例 the party has no regulation of keeps its own title (round 230: only the party's own
    # regulations, held in full in the law table, take 中国共产党).
    ("学习《信访工作条例》", "信访工作条例"),
    ("学习《宁夏回族自治区安全生产条例》", "宁夏回族自治区安全生产条例"),
    ("组织学习《中国共产党纪律处分条例》", "中国共产党纪律处分条例"),
])
def test_party_prefix_only_for_the_partys_regulations(text, title):
    assert title in cited(text, "东城街道2024年法治政府建设工作报告\n2024年,街道推进工作。")


UNNAMED_CITY_BUREAU = ("市司法局召开行政合法性审查工作调研座谈会\n2月5日下午,市司法局召开座谈会。各县(市、区)司法局分管负责人参加。"
                       "梳理全市试点任务13项,其中市本级试点3项。以进一步推动我市各级政府依法决策。")


@pytest.mark.parametrize(("text", "title", "issuer_level"), [
    # A page that never names its city (市司法局…全市…我市): a title on the whole of the level it speaks at (全市
    # anywhere in the title) is that level's, though of no one city; a title on another level's whole is left alone.
    ("会议还就《关于进一步提升全市乡镇(街道)合法性审查工作质效的通知(征求意见稿)》进行了讨论。",
     "关于进一步提升全市乡镇(街道)合法性审查工作质效的通知(征求意见稿)", "prefecture"),
    ("会议还就《关于加强全县合法性审查工作的通知》进行了讨论。", "关于加强全县合法性审查工作的通知", None),
    ("会议还就《关于加强合法性审查工作的通知》进行了讨论。", "关于加强合法性审查工作的通知", None),
])
def test_a_title_on_the_whole_of_an_unnamed_pages_level(text, title, issuer_level):
    assert cited(text, UNNAMED_CITY_BUREAU)[title].issuer_level == issuer_level


@pytest.mark.parametrize(("text", "title"), [
    # A document numbered in its series in brackets (…工作指引(三), …免罚清单(一)): the number is the title's own
    # (round 246).
    ("现将《闵行区市场监管领域轻微违法行为包容审慎监管执法工作指引(三)》印发给你们。",
     "闵行区市场监管领域轻微违法行为包容审慎监管执法工作指引(三)"),
    ("依据《某省市场监管领域轻微违法行为免罚清单(二)》,制定本指引。", "某省市场监管领域轻微违法行为免罚清单(二)"),
])
def test_a_title_numbered_in_its_series(text, title):
    assert title in cited(text)


@pytest.mark.parametrize(("text", "title", "issuer", "level"), [
    # The market regulator by the short name its own titles open with (市场监管总局关于印发…的通知): national (round 246).
    ("依据《市场监管总局关于印发市场监管行政违法行为首违不罚、轻微免罚清单(一)的通知》,制定本指引。",
     "市场监管总局关于印发市场监管行政违法行为首违不罚、轻微免罚清单(一)的通知", "市场监管总局", "national"),
    # A national body's document forwarded by another (《国务院办公厅转发司法部〈X〉的通知》): X is the body's named
    # after 转发; a local body's so forwarded stays with the page's place.
    ("依据《国务院办公厅转发司法部<规范涉企行政执法专项行动工作方案>的通知》,制定本指引。",
     "规范涉企行政执法专项行动工作方案", "司法部", "national"),
    ("依据《国务院办公厅转发生态环境部<关于X的实施方案>的通知》,制定本指引。", "关于X的实施方案", "生态环境部", "national"),
    ("依据《区政府办公室转发区司法局<关于X的方案>的通知》,制定本指引。", "关于X的方案", "闵行区", "county"),
])
def test_a_national_bodys_short_name_and_its_forwarded_document(text, title, issuer, level):
    c = cited(text, prefix="闵行区2025年法治政府建设情况报告\n2025年,闵行区推进工作。")[title]
    assert (c.issuer, c.issuer_level) == (issuer, level)


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A place's standard of discretion in a 规定 or 办法 (…行政处罚裁量基准规定, …裁量基准适用规定): its departments'
    # normative document, no government's 规章; a government's 规范行政裁量权办法, naming no 基准, stays a rule
    # (round 246).
    ("对《湖北省生态环境行政处罚裁量基准规定》进行了修订。", "湖北省生态环境行政处罚裁量基准规定", "normative"),
    ("依据《上海市市场监督管理行政处罚裁量基准适用规定》,制定本指引。", "上海市市场监督管理行政处罚裁量基准适用规定", "normative"),
    ("依据《湖南省规范行政裁量权办法》,制定本指引。", "湖南省规范行政裁量权办法", "rule"),
])
def test_a_places_standard_of_discretion_is_normative(text, title, kind):
    assert cited(text, prefix="")[title].kind == kind


def test_a_standard_of_discretion_revised_for_the_laws_and_rules_changed():
    # (the sentence names 规章 among the kinds whose changes it was revised for: still the department's, normative)
    text = ("我厅根据《中华人民共和国行政处罚法》等法律法规规章制修订情况,对《湖南省生态环境行政处罚裁量基准规定》进行了修订。")
    assert cited(text, prefix="")["湖南省生态环境行政处罚裁量基准规定"].kind == "normative"


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A government order named before the title it promulgates (市政府第333号令颁布了《X办法》): a 规章, as with the
    # order's number after it; a 办法 with no order stays as read.
    ("2021年,市政府第333号令颁布了《杭州市社会矛盾纠纷多元化解办法》,推进机制建设。", "杭州市社会矛盾纠纷多元化解办法", "rule"),
    ("以省政府令第222号公布《浙江省某某管理办法》。", "浙江省某某管理办法", "rule"),
    ("市政府办公厅印发了《杭州市社会矛盾纠纷多元化解办法》。", "杭州市社会矛盾纠纷多元化解办法", "normative"),
])
def test_an_order_named_before_the_title(text, title, kind):
    got = {c.title: c for c in read_citations(Document(id="t", text="杭州市2024年法治政府建设情况报告\n" + text))}
    assert title in got and got[title].kind == kind


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A draft as a congress reads it the second or third time, the reading joined to its mark by a middle dot
    # (…条例(草案·三次审议稿), …办法(修订草案·二次审议稿)): a draft title, as (草案) and (审议稿) are (round 248).
    ("会议审议《湖南省数字经济促进条例(草案·三次审议稿)》。", "湖南省数字经济促进条例(草案·三次审议稿)", "provincial",
     "local_regulation"),
    ("会议审议《湖南省实施〈中华人民共和国工会法〉办法(修订草案·二次审议稿)》。",
     "湖南省实施〈中华人民共和国工会法〉办法(修订草案·二次审议稿)", "provincial", "local_regulation"),
    ("会议审议《江苏省物业管理条例(二次审议稿)》。", "江苏省物业管理条例(二次审议稿)", "provincial", "local_regulation"),
    # (the plain marks as before)
    ("会议审议《江苏省物业管理条例(草案)》。", "江苏省物业管理条例(草案)", "provincial", "local_regulation"),
])
def test_a_draft_read_a_second_or_third_time(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "title", "issuer_level", "kind"), [
    # A run of titles between a congress and its inspection (听取…关于省人大常委会《A法》《B条例》《C若干规定》执法检查
    # 报告…): what a congress inspects are laws and its local regulations, so a province's 若干规定 among them is its
    # congress's, not its government's rule (round 248).
    ("湖南省人大常委会会议听取省人民政府关于省人大常委会《中华人民共和国安全生产法》《湖南省安全生产条例》"
     "《湖南省居民自建房安全管理若干规定》执法检查报告及审议意见研究处理情况的报告。",
     "湖南省居民自建房安全管理若干规定", "provincial", "local_regulation"),
    ("湖南省人大常委会会议听取省人民政府关于省人大常委会《中华人民共和国安全生产法》《湖南省安全生产条例》"
     "《湖南省居民自建房安全管理若干规定》执法检查报告及审议意见研究处理情况的报告。",
     "中华人民共和国安全生产法", "national", "law"),
    # (a government's own inspection of its rule keeps the rule)
    ("湖南省市场监管局开展《湖南省食品小作坊管理若干规定》执法检查。", "湖南省食品小作坊管理若干规定", "provincial",
     "rule"),
])
def test_titles_a_congress_inspects(text, title, issuer_level, kind):
    got = cited(text)[title]
    assert (got.issuer_level, got.kind) == (issuer_level, kind)


@pytest.mark.parametrize(("text", "kind"), [
    # A kind word standing right before a later title (…,因我市于2022年出台地方性法规《B条例》) is that title's, not
    # the kind of the title before it (round 249); the later title keeps it.
    ("《焦作市集贸市场管理办法》,因我市于2022年出台地方性法规《焦作市集贸市场条例》,已覆盖相关内容,予以废止。", "normative"),
    ("《焦作市集贸市场管理办法》等地方性法规予以修改。", "local_regulation"),
])
def test_a_kind_word_before_a_later_title(text, kind):
    city = "焦作市司法局2023年工作情况\n焦作市司法局推进工作。"
    got = cited(text, city)
    assert got["焦作市集贸市场管理办法"].kind == kind
    if "条例》" in text:
        assert got["焦作市集贸市场条例"].kind == "local_regulation"


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A 办法 a government's office issues (《某省人民政府办公厅关于印发〈某省…清理办法〉的通知》): an office makes no
    # 规章, so the nested 办法 is a normative document (round 249, batch B); one its government issues keeps 规章.
    ("根据《福建省人民政府办公厅关于印发〈福建省行政机关政策文件动态清理办法〉的通知》相关规定开展清理。",
     "福建省行政机关政策文件动态清理办法", "normative"),
    ("根据《福建省人民政府关于印发〈福建省行政机关政策文件动态清理办法〉的通知》相关规定开展清理。",
     "福建省行政机关政策文件动态清理办法", "rule"),
])
def test_a_rule_issued_by_a_governments_office(text, title, kind):
    city = "焦作市司法局2023年工作情况\n焦作市司法局推进工作。"
    assert cited(text, city)[title].kind == kind


@pytest.mark.parametrize(("text", "title", "level"), [
    # A rectification plan whose title opens on the superior that inspected the body named right before it, and
    # names that body again inside (制定并印发区司法局党组《市委第一提级巡察组巡察芦淞区司法局党组反馈意见整改方案》):
    # the inspected body's own plan, not the superior's (round 263, 芦淞区司法局).
    ("局党组高度重视。制定并印发区司法局党组《市委第一提级巡察组巡察芦淞区司法局党组反馈意见整改方案》,逐一制定整改措施。",
     "市委第一提级巡察组巡察芦淞区司法局党组反馈意见整改方案", "county"),
    ("局党组高度重视。制定并印发区司法局《市委第一巡察组巡察芦淞区司法局反馈意见整改方案》,逐一制定整改措施。",
     "市委第一巡察组巡察芦淞区司法局反馈意见整改方案", "county"),
    # (a superior's plan the body only carries out, its title naming no body before it, stays the superior's)
    ("局党组高度重视。认真落实《市委第一巡察组巡察芦淞区司法局反馈意见整改方案》,逐一制定整改措施。",
     "市委第一巡察组巡察芦淞区司法局反馈意见整改方案", "prefecture"),
])
def test_a_rectification_plan_issued_by_the_body_inspected(text, title, level):
    lusong = "芦淞区司法局巡察整改进展情况\n芦淞区司法局推进整改。"
    assert cited(text, lusong)[title].issuer_level == level


@pytest.mark.parametrize(("text", "expected"), [
    # A title right after the verb issuing it, its 《 lost before its 关于 (我市出台关于…的实施意见》): the title, as
    # a 《 whose 》 was lost already is (round 261, 攀枝花).
    ("近日,我市出台关于深入推进全市法治文化阵地建设的实施意见》。\n《实施意见》提出,坚持因地制宜。",
     {"关于深入推进全市法治文化阵地建设的实施意见"}),
    ("市政府印发了关于加强行政执法监督工作的通知》,要求各地落实。", {"关于加强行政执法监督工作的通知"}),
    # Guards: a 》 closing a title opened as usual is read as before; a stray 》 with no verb and 关于 before it is none.
    ("市政府印发《关于加强行政执法监督工作的通知》,要求各地落实。", {"关于加强行政执法监督工作的通知"}),
    ("会议讨论了有关事项》,要求各地落实。", set()),
    ("他们关于法治文化建设的意见》很好。", set()),
])
def test_a_title_whose_opening_mark_was_lost_after_its_verb(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "title", "kind"), [
    # The centre's notice forwarding a plan, cited without its 的通知 (《中共中央、国务院转发<…规划(2016-2020年)>》):
    # a title of its own, as the notice issuing one (中共中央国务院印发〈…〉) already was (round 261, 湘阴, batch B).
    ("公开依据:《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)>》",
     "中共中央、国务院转发〈中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)〉", "normative"),
    ("公开依据:《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)>》",
     "中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)", "plan"),
    # Guard: the issuing headline is read as before.
    ("学习《中共中央国务院印发〈法治政府建设实施纲要(2021-2025年)〉》。",
     "中共中央国务院印发〈法治政府建设实施纲要(2021-2025年)〉", "normative"),
])
def test_a_notice_forwarding_a_plan_cited_without_its_notice_word(text, title, kind):
    got = cited(text)
    assert title in got and got[title].kind == kind


@pytest.mark.parametrize(("text", "expected"), [
    # A title ending in a quoted count of policies or measures (《强化公职律师的“七项政策”》): a document, as one ending
    # in a quoted count of lists or rules (…“四清单一办法”) is (round 265, 东阿).
    ("全面依法治县委员会办公室联合县委组织部制定并出台《强化公职律师的“七项政策”》,包括奖励资金。",
     {"强化公职律师的“七项政策”"}),
    ("县政府出台《支持民营经济发展的“十条措施”》。", {"支持民营经济发展的“十条措施”"}),
    # (a quoted name that ends in no kind word stays out)
    ("县委组织部编发《强化公职律师的“七项倡议”》。", set()),
])
def test_a_title_ending_in_quoted_policies(text, expected):
    assert set(cited(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # One title written with and without its 的 (《关于…工作的若干措施》 in a notice's headline, 《关于…工作若干措施》 in its
    # body): one citation, the fuller form, as a title with and without its list mark is (round 265, 城固).
    ("某县委依法治县办印发《关于进一步加快推进公职律师工作的若干措施》的通知\n现将《关于进一步加快推进公职律师工作若干措施》"
     "印发你们,请结合实际抓好贯彻落实。", {"关于进一步加快推进公职律师工作的若干措施"}),
    # (two titles that differ in more than a 的 stay two)
    ("某县印发《关于推进公职律师工作的若干措施》的通知\n现将《关于推进法律顾问工作若干措施》印发你们。",
     {"关于推进公职律师工作的若干措施", "关于推进法律顾问工作若干措施"}),
])
def test_one_title_with_and_without_its_de(text, expected):
    assert set(cited(text, prefix="")) == expected


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A place's rules for its schools' rule of law and model schools (《某市依法治校示范校评选与管理办法》): an education
    # bureau's normative document, as a place's rules for its rule-of-law work are, not a government's 规章
    # (round 264, 武进; round thirty-nine's …考核评价办法).
    ("为进一步贯彻《常州市依法治校示范校评选与管理办法》的文件精神,推动依法治校工作。", "常州市依法治校示范校评选与管理办法",
     "normative"),
    # (guard: another city's 办法 on other work stays its government's rule)
    ("为进一步贯彻《常州市城市管理办法》的文件精神,推动工作。", "常州市城市管理办法", "rule"),
])
def test_rules_for_the_schools_rule_of_law(text, title, kind):
    assert cited(text, "武进区教育局2012年工作总结\n2012年,我区认真贯彻落实。")[title].kind == kind


@pytest.mark.parametrize(("text", "title", "kind"), [
    # A run of 办法 a department issues together (省医疗保障局关于印发《A办法(试行)》《B办法(试行)》《C办法(试行)》
    # 的通知): each is the department's normative document, not only the first after 印发 (round 271).
    ("省医疗保障局关于印发《湖北省某某公示办法(试行)》《湖北省某某全过程记录办法(试行)》《湖北省某某法制审核办法(试行)》的通知\n"
     "湖北省医疗保障局\n各市医疗保障局:\n现将《湖北省某某公示办法(试行)》《湖北省某某全过程记录办法(试行)》"
     "《湖北省某某法制审核办法(试行)》印发你们。", "湖北省某某全过程记录办法(试行)", "normative"),
    ("省医疗保障局关于印发《湖北省某某公示办法(试行)》《湖北省某某全过程记录办法(试行)》《湖北省某某法制审核办法(试行)》的通知\n"
     "湖北省医疗保障局\n各市医疗保障局:\n现将《湖北省某某公示办法(试行)》《湖北省某某全过程记录办法(试行)》"
     "《湖北省某某法制审核办法(试行)》印发你们。", "湖北省某某法制审核办法(试行)", "normative"),
    # guard: the first of the run was read so already
    ("省医疗保障局关于印发《湖北省某某公示办法(试行)》《湖北省某某全过程记录办法(试行)》的通知\n湖北省医疗保障局\n"
     "各市医疗保障局:\n现将《湖北省某某公示办法(试行)》印发你们。", "湖北省某某公示办法(试行)", "normative"),
])
def test_a_run_of_measures_a_department_issues(text, title, kind):
    assert cited(text, prefix="")[title].kind == kind
