"""Implements links from phrasing and from title shapes."""

import pytest

from kg_builder.extractors.implements import find_implements
from kg_builder.model import Document


def links(text):
    return {(s, t) for s, t, _, _ in find_implements(Document(id="t", text=text))}


NAGANG = "法治政府建设实施纲要(2015-2020年)"
ZHENGJI = "某县人民政府办公室关于征集2024年度县政府重大行政决策事项的通知"


@pytest.mark.parametrize(("text", "expected"), [
    # Drafting a plan and seeing it through (研究起草并推动《B》及时出台) after the one it carries out makes B.
    ("某省司法厅2021年工作情况\n认真贯彻《" + NAGANG + "》,研究起草并推动《某省法治政府建设实施方案》及时出台。",
     {("某省法治政府建设实施方案", NAGANG)}),
    # Titles made listed one after another (根据《A》,制定《B》《C》): each carries out A.
    ("某某街道2023年工作报告\n根据《某某街道基层法治建设工作方案》,制定《某某街道普法责任清单》《某某街道普法规划》。",
     {("某某街道普法责任清单", "某某街道基层法治建设工作方案"), ("某某街道普法规划", "某某街道基层法治建设工作方案")}),
    ("东辽县2019年工作报告\n按照《" + NAGANG + "》和《东辽县〈" + NAGANG + "〉的实施意见》,推进工作。",
     {("东辽县〈" + NAGANG + "〉的实施意见", NAGANG)}),
    # A province's plan carrying out a nested 纲要, its own kind word left off (《某省贯彻落实<A>》): it carries out A.
    ("某市2019年工作报告\n认真贯彻落实《" + NAGANG + "》《浙江省贯彻落实<" + NAGANG + ">》。",
     {("浙江省贯彻落实〈" + NAGANG + "〉", NAGANG)}),
    ("运城市工作报告\n起草了《运城市实施<山西省城乡环境综合治理条例>实施办法》。",
     {("运城市实施〈山西省城乡环境综合治理条例〉实施办法", "山西省城乡环境综合治理条例")}),
    ("东辽县工作报告\n省政府公布了《吉林省重大行政决策程序规定》。待《辽源市重大行政决策程序规定实施办法》出台后实施。",
     {("辽源市重大行政决策程序规定实施办法", "吉林省重大行政决策程序规定")}),
    ("中站区工作报告\n2019年,全区深入贯彻落实中共中央、国务院《" + NAGANG + "》等文件精神,制定印发了《2019年中站区工作计划》。",
     {("2019年中站区工作计划", NAGANG)}),
    ("汉台区工作\n根据《汉中市2017年法治政府建设工作要点》文件精神,我办组织起草了 《汉台区2017年法治政府建设工作要点》。",
     {("汉台区2017年法治政府建设工作要点", "汉中市2017年法治政府建设工作要点")}),
    ("宁远县2020年法治政府建设工作要点\n为深入贯彻落实《" + NAGANG + "》,结合我县实际,制定本要点。",
     {("宁远县2020年法治政府建设工作要点", NAGANG)}),
    ("运城市人民政府工作报告\n认真贯彻落实中共中央、国务院《" + NAGANG + "》,全面推进依法行政。", set()),
    # A title's carrying out named after it (抓好《A》(…号,下称《X》)的贯彻实施, 推动《A》的贯彻落实): a target, as
    # 贯彻落实《A》 is; how far it got (《A》实施情况, 的落实情况) is none.
    ("《某省提升行政执法质量三年行动实施计划(2023—2025年)》解读\n一、制定背景\n为深入学习贯彻习近平法治思想,抓好《国务院办公厅"
     "关于印发〈提升行政执法质量三年行动计划(2023—2025年)〉的通知》(国办发〔2023〕27号,下称《行动计划》)的贯彻实施,"
     "结合本省工作实际,由省司法厅牵头组织制定了《某省提升行政执法质量三年行动实施计划(2023—2025年)》。",
     {("某省提升行政执法质量三年行动实施计划(2023-2025年)",
       "国务院办公厅关于印发〈提升行政执法质量三年行动计划(2023-2025年)〉的通知")}),
    ("某县工作报告\n为推动《" + NAGANG + "》的贯彻落实,县政府制定印发了《某县法治政府建设实施方案》。",
     {("某县法治政府建设实施方案", NAGANG)}),
    ("某县工作报告\n为检查《" + NAGANG + "》的落实情况,县政府制定印发了《某县督察工作方案》。", set()),
    # A page heading its document's title in marks with 全文 after it: the document, whose years were lost.
    ("论坛 » 问答\n《某某省禁毒工作规划(—年)》全文\n为加强禁毒工作,根据《禁毒工作纲要(2021-2025年)》,制定本规划。",
     {("某某省禁毒工作规划(-年)", "禁毒工作纲要(2021-2025年)")}),
    ("《某某省禁毒工作规划(2021-2025年)》(全文)\n根据《禁毒工作纲要(2021-2025年)》,制定本规划。",
     {("某某省禁毒工作规划(2021-2025年)", "禁毒工作纲要(2021-2025年)")}),
    ("马村区工作报告\n认真落实《河南省重大行政决策程序规定》,发布《马村区整治专项行动实施方案》。", set()),
    ("焦作市人民政府办公室关于转发《河南省人民政府关于优化营商环境的实施意见》的通知\n现将《河南省人民政府关于优化营商环境的实施意见》转发给你们。",
     {("焦作市人民政府办公室关于转发〈河南省人民政府关于优化营商环境的实施意见〉的通知",
       "河南省人民政府关于优化营商环境的实施意见")}),
    # A long list after 根据: every title of it, however far from the verb.
    ("2023年芜湖市法治政府建设工作要点\n根据《" + NAGANG + "》《安徽省法治政府建设实施方案(2021-2025年)》"
     "《安徽省法治政府建设示范指标体系(2023年版)》和《芜湖市关于督察反馈意见整改方案》,结合我市实际,制定本要点。",
     {("2023年芜湖市法治政府建设工作要点", t) for t in (NAGANG, "安徽省法治政府建设实施方案(2021-2025年)",
       "安徽省法治政府建设示范指标体系(2023年版)", "芜湖市关于督察反馈意见整改方案")}),
    # A notice issuing a plan whose heading stands in the text with its years on the next line.
    ("芜湖市司法局关于印发《芜湖市法治司法行政建设规划(2021—2025年)》的通知\n现印发给你们。\n"
     "芜湖市法治司法行政建设规划\n(2021—2025年)\n根据《安徽省法治政府建设实施方案(2021-2025年)》,制定本规划。",
     {("芜湖市法治司法行政建设规划(2021-2025年)", "安徽省法治政府建设实施方案(2021-2025年)")}),
    # A bare plan title with its years is the source of "制定本方案".
    ("芜湖市法治政府建设实施方案(2021-2025年)\n为深入贯彻落实《法治政府建设实施纲要(2021-2025年)》,结合我市实际,制定本方案。",
     {("芜湖市法治政府建设实施方案(2021-2025年)", "法治政府建设实施纲要(2021-2025年)")}),
    # "现就…提出如下实施意见": the opinion that follows, under its heading, implements what it names.
    ("芜湖市人民政府印发《关于本市加强诚信建设的实施意见》的通知\n现将意见印发给你们。\n关于本市加强诚信建设的实施意见\n"
     "为贯彻落实《国务院关于加强诚信建设的指导意见》要求,现就本市加强诚信建设提出如下实施意见:",
     {("关于本市加强诚信建设的实施意见", "国务院关于加强诚信建设的指导意见")}),
    # An explanation says what the plan it explains was made for: the plan is the source.
    ("《芜湖县2024年依法行政工作要点》解读\n为有序推进《芜湖市法治政府建设实施方案(2022—2025年)》实施,"
     "结合《芜湖市2024年依法行政工作要点》以及我县实际,制定本工作要点。",
     {("芜湖县2024年依法行政工作要点", "芜湖市法治政府建设实施方案(2022-2025年)"),
      ("芜湖县2024年依法行政工作要点", "芜湖市2024年依法行政工作要点")}),
    # ... but a report written according to a plan reports on it.
    ("关于《芜湖县2023年度法治政府建设情况的报告》的政策解读\n根据《2023年芜湖县依法行政工作要点》,"
     "综合各部门情况,形成本报告。", set()),
    # A notice that puts the plan it issues after what it follows: "根据《A》《B》要求,现将《C》印发给你们".
    ("省交通运输厅关于印发《2024年交通运输法治工作要点》的通知\n根据《" + NAGANG + "》《省政府2024年法治政府建设工作要点》"
     "有关要求,现将《2024年交通运输法治工作要点》印发给你们,请认真落实。",
     {("2024年交通运输法治工作要点", NAGANG), ("2024年交通运输法治工作要点", "省政府2024年法治政府建设工作要点")}),
    # ... written without 给 (现将《C》印发你们), as official notices often are: the same.
    ("某县依法治县领导小组办公室关于印发《某县法治建设自我评估办法(试行)》的通知\n各乡(镇)党委政府、县级各部门:\n"
     "根据某州依法治州领导小组办公室《关于某州县(市)法治建设自我评估办法(试行)的通知》文件精神,经研究同意,"
     "现将《某县法治建设自我评估办法(试行)》印发你们,请结合实际遵照执行。",
     {("某县法治建设自我评估办法(试行)", "关于某州县(市)法治建设自我评估办法(试行)的通知")}),
    ("某县司法局关于印发《某县普法工作要点》的通知\n根据《某市普法工作要点》要求,结合实际。\n"
     "现将《某县普法工作要点》印发你们,请认真落实。",
     {("某县普法工作要点", "某市普法工作要点")}),
    # (现将《C》转发你们 forwards another's: C is not made here; the forwarding notice carries C out, as before)
    ("某县司法局转发《某市普法工作要点》的通知\n根据《某省普法规划》要求,现将《某市普法工作要点》转发你们,请认真落实。",
     {("某县司法局转发〈某市普法工作要点〉的通知", "某市普法工作要点")}),
    # ... and one that publishes it (现将《C》予以公布): C made after A, as one 印发给你们 is.
    ("区政府办公室关于公布2025年区政府重大行政决策事项目录的通知\n为规范政府重大行政决策行为,根据《重大行政决策程序暂行条例》"
     "等有关规定和要求,并报区人民政府同意,现将《2025年区政府重大行政决策事项目录》予以公布。",
     {("2025年区政府重大行政决策事项目录", "重大行政决策程序暂行条例")}),
    ("县政府办公室关于公布2024年县政府重大行政决策事项目录的通知\n按照《某省重大行政决策程序规定》要求,"
     "现将《2024年县政府重大行政决策事项目录》予以发布。",
     {("2024年县政府重大行政决策事项目录", "某省重大行政决策程序规定")}),
    # ... and one whose grounds close the sentence before the one issuing it (根据《A》,…。现将《C》印发给你们): C
    # made after A; grounds with two titles, or none, link nothing.
    ("广元市昭化区人民政府办公室\n关于印发《2022年度重大行政决策事项目录》的通知\n各镇人民政府,区级有关部门:\n"
     "为进一步规范重大行政决策程序,根据《广元市昭化区重大行政决策程序规定》,区政府办公室筛选出4类决策事项,实行目录清单管理。\n"
     "现将《2022年度重大行政决策事项目录》印发给你们,请严格按照法定程序开展工作。",
     {("2022年度重大行政决策事项目录", "广元市昭化区重大行政决策程序规定")}),
    ("某县人民政府办公室\n关于印发《2022年度重大行政决策事项目录》的通知\n各镇人民政府:\n"
     "为规范决策程序,县政府办公室筛选出4类决策事项。现将《2022年度重大行政决策事项目录》印发给你们。", set()),
    # ... but a notice that forwards a document makes nothing after what it names.
    ("县政府办公室关于转发《市财政局资金管理办法》的通知\n按照《县委工作安排》要求,现将《市财政局资金管理办法》转发给你们。",
     {("县政府办公室关于转发〈市财政局资金管理办法〉的通知", "市财政局资金管理办法")}),
    # A verb that says the work is done (编制完成, 起草完成) makes the title after it.
    ("应城市2015年度依法行政工作报告\n根据《2015年法治应城建设工作要点》,编制完成《应城市法治政府建设规划(2016—2020)》,明确重点工作。",
     {("应城市法治政府建设规划(2016-2020)", "2015年法治应城建设工作要点")}),
    ("某县工作报告\n按照《某市2018年依法行政工作要点》,起草完成了《某县2018年依法行政工作要点》。",
     {("某县2018年依法行政工作要点", "某市2018年依法行政工作要点")}),
    # A nested title that names no policy document (a study book) is no target.
    ("中站区司法局2022年工作报告\n印发《学习贯彻〈习近平法治思想学习纲要〉工作方案》。", set()),
    # A national plan nested under a year off its own: the link goes to the plan by its official title.
    ("宜宾市工作报告\n审议了《宜宾市贯彻落实〈法治社会建设实施纲要(2021-2025年)〉实施办法》。",
     {("宜宾市贯彻落实〈法治社会建设实施纲要(2021-2025年)〉实施办法", "法治社会建设实施纲要(2020-2025年)")}),
    # A notice cited among the grounds, named around its title's marks (…办公室关于印发《B》的通知(…号)、《C》): its
    # 印发 is a word of its title, no making. The document itself carries out every title the list names.
    ("东辽县依法行政暨法治政府建设考评办法\n第一条 根据《" + NAGANG + "》和某省人民政府法制办公室关于印发《某省依法行政考评办法》的通知(某府法〔2014〕9号)、"
     "《某州依法行政考评办法》的有关要求,结合本县实际,制定本办法。",
     {("东辽县依法行政暨法治政府建设考评办法", t) for t in (NAGANG, "某省依法行政考评办法", "某州依法行政考评办法")}),
    # ... while a body's 印发 in the sentence still makes the title after it.
    ("某县工作报告\n根据《" + NAGANG + "》,县政府印发《某县依法行政考评办法》,推进工作。",
     {("某县依法行政考评办法", NAGANG)}),
    # A listed title's number in brackets before the next title keeps the list going (《B》(某政办发〔2023〕5号)《C》).
    ("某县依法行政考评办法\n根据《" + NAGANG + "》《某省依法行政考评办法》(某政办发〔2023〕5号)《某州依法行政考评办法》"
     "(某州政办发〔2024〕2号)要求,结合本县实际,制定本办法。",
     {("某县依法行政考评办法", t) for t in (NAGANG, "某省依法行政考评办法", "某州依法行政考评办法")}),
    # A notice or an announcement made under the titles of the sentence before its 现将有关事项…如下:
    # the document itself carries them out.
    ("某县司法局关于启用新版证件的公告\n根据某部办公厅《关于做好证件工作的通知》、《某省证件管理办法》等规定,"
     "本县启用新版证件。现将有关事项公告如下:",
     {("某县司法局关于启用新版证件的公告", "关于做好证件工作的通知"), ("某县司法局关于启用新版证件的公告", "某省证件管理办法")}),
    ("某市司法局关于清理执法证件的通知\n根据《某省证件管理办法》,结合本市实际,现就清理工作通知如下:",
     {("某市司法局关于清理执法证件的通知", "某省证件管理办法")}),
    # (a sentence that only applies a rule, with no notice after it, links nothing)
    ("某县司法局关于启用新版证件的公告\n根据《某省证件管理办法》,本县启用新版证件。证件由省政府监制。", set()),
    # (a notice whose sentence makes a title: the made title carries it out, as before)
    ("某县人民政府办公室关于公布事项目录的通知\n根据《某省决策程序规定》,县政府编制了《某县决策事项目录》。"
     "现将有关事项通知如下:", {("某县决策事项目录", "某省决策程序规定")}),
    # A title a body formed (形成了《B》) after the titles it followed (按照《A》相关要求) carries A out.
    ("某市政策解读\n市司法局按照《某省“十四五”公共法律服务体系建设规划》相关要求,经多次修改完善,"
     "形成了《某市公共法律服务体系建设实施方案(2022—2025年)》。",
     {("某市公共法律服务体系建设实施方案(2022-2025年)", "某省“十四五”公共法律服务体系建设规划")}),
    ("某县工作报告\n根据《某省行政执法证件管理办法》,县司法局修改完善后形成《某县执法证件管理细则》。",
     {("某县执法证件管理细则", "某省行政执法证件管理办法")}),
    # A notice to study and carry out a document its title names unmarked, the text citing it: it carries it out.
    ("某省人民政府办公厅关于认真学习贯彻法治社会建设实施纲要(2020-2025年)的通知\n各市人民政府:\n"
     "中共中央印发了《法治社会建设实施纲要(2020-2025年)》,现就学习贯彻工作通知如下。",
     {("某省人民政府办公厅关于认真学习贯彻法治社会建设实施纲要(2020-2025年)的通知", "法治社会建设实施纲要(2020-2025年)")}),
    # A title broken across lines (an archive's address line between): its second line is no heading of its own.
    ("中共某某市委关于贯彻落实党的十八届四中全会和\n\nOriginal URL: http://lib.example.cn/a?id=1\n\n\n"
     "省委全会精神全面推进依法治市的意见\n(2014年11月27日通过)\n为深入贯彻全会精神,根据《某某决定》和《某某意见》,"
     "结合实际,提出如下意见:",
     {("中共某某市委关于贯彻落实党的十八届四中全会和省委全会精神全面推进依法治市的意见", "某某决定"),
      ("中共某某市委关于贯彻落实党的十八届四中全会和省委全会精神全面推进依法治市的意见", "某某意见")}),
    # A whole title under its notice's signature and date line (read with them as the page's title) is the heading
    # of what the text makes, not a broken title's last line.
    ("长沙市人民政府办公厅关于印发长沙市人民政府法律顾问工作规则的通知 (长政办〔2019〕3 号)\n各区人民政府:\n"
     "《长沙市人民政府法律顾问工作规则》已经市人民政府同意,现印发给你们。\n长沙市人民政府办公厅 2019 年 1 月 9 日\n"
     "长沙市人民政府法律顾问工作规则\n第一条 根据《关于推行法律顾问制度的意见》,结合本市实际,制定本规则。",
     {("长沙市人民政府法律顾问工作规则", "关于推行法律顾问制度的意见")}),
    # A mirror's headline opening with the document's number: the title without it makes what the text says.
    ("湘政办字〔2016〕8号 湖南省人民政府办公厅关于落实《政府工作报告》重点工作部门分工的意见\n\n湖南省人民政府办公厅关于"
     "落实《政府工作报告》重点工作部门分工的意见\n省政府各部门:\n根据《政府工作报告》,现就重点工作提出部门分工意见如下:",
     {("湖南省人民政府办公厅关于落实〈政府工作报告〉重点工作部门分工的意见", "政府工作报告")}),
    # A second ground listed after the first with its issuers (对照《A》、中共中央办公厅国务院办公厅印发《B》): B is
    # issued elsewhere, another ground, and carries out nothing here; 根据《A》制定《B》 still makes B.
    ("某某街道2021年法治政府建设情况报告\n对照中共中央国务院《" + NAGANG + "》、中共中央办公厅国务院办公厅印发"
     "《法治政府建设与责任落实督察工作规定》以及市区工作部署,依法全面履行政府职能。", set()),
    ("某县2021年工作报告\n按照《" + NAGANG + "》和市政府办公室印发《某市法治政府建设工作要点》要求,推进工作。", set()),
    ("某镇2022年工作报告\n落实《" + NAGANG + "》、区委、区政府印发《某区法治政府建设实施方案》要求,推进工作。", set()),
    ("某某街道2021年工作报告\n根据《" + NAGANG + "》制定《某某街道法治政府建设工作方案》。",
     {("某某街道法治政府建设工作方案", NAGANG)}),
    # Two titles made, the first's short name declared between them (起草了《B》(以下简称《规定》)和《C》(以下简称
    # 《办法》)): each carries out the grounds, and the short names are neither made nor grounds.
    ("关于《某区人民政府重大行政决策目录管理办法》的政策解读\n根据《重大行政决策程序暂行条例》和《某市人民政府重大行政决策"
     "程序规定》,结合我区实际,区司法局起草了《某区人民政府重大行政决策程序规定》(以下简称《规定》)和《某区人民政府重大"
     "行政决策目录管理办法》(以下简称《办法》)。",
     {(b, a) for b in ("某区人民政府重大行政决策程序规定", "某区人民政府重大行政决策目录管理办法")
      for a in ("重大行政决策程序暂行条例", "某市人民政府重大行政决策程序规定")}),
    ("某区2022年工作报告\n根据《某市法治政府建设实施方案》,区司法局起草了《某区行政调解办法》(简称《办法》)、《某区行政"
     "复议工作规则》。",
     {("某区行政调解办法", "某市法治政府建设实施方案"), ("某区行政复议工作规则", "某市法治政府建设实施方案")}),
    # An explanation's background part opening with what the explained document carries out (一、发布背景 / 为贯彻执行
    # 《A》、《B》文件要求,…有必要征求…): the document carries out each; its part on its grounds headed 征求依据 too,
    # and the headline's title short of its 的通知 is the title the text cites in full.
    ("《" + ZHENGJI + "》的政策解读\n近期我办印发了《" + ZHENGJI + "》,作如下解读。\n一、发布背景\n为贯彻执行《吉林省重大"
     "行政决策程序规定》、《某市人民政府重大行政决策程序实施办法》文件要求,有必要向各乡镇征求年度重大行政决策事项目录。",
     {(ZHENGJI, "吉林省重大行政决策程序规定"), (ZHENGJI, "某市人民政府重大行政决策程序实施办法")}),
    ("《" + ZHENGJI[:-3] + "》的政策解读\n原文链接:《" + ZHENGJI + "》\n一、发布背景\n为贯彻执行《吉林省重大行政决策程序"
     "规定》文件要求,有必要征求事项。\n三、征求依据\n2021年4月25日,县政府办公室印发了《某县重大行政决策程序实施办法》。",
     {(ZHENGJI, "吉林省重大行政决策程序规定"), (ZHENGJI, "某县重大行政决策程序实施办法")}),
    # ... a background sentence telling what a higher body did, or a page explaining nothing: no link.
    ("《" + ZHENGJI + "》的政策解读\n一、发布背景\n2015年12月,中共中央、国务院印发了《" + NAGANG + "》。", set()),
    ("某县2024年工作报告\n一、发布背景\n为贯彻执行《吉林省重大行政决策程序规定》文件要求,有必要征求事项。", set()),
    # Titles said to require what the next sentence makes, in an explanation (《A》和《B》均对…有明确要求。为…,我区…
    # 印发了《X》): X, the explained document, carries out each; a next sentence making nothing gives no link.
    ("《2022年度某区人民政府重大行政决策事项目录》政策解读\n一、编制背景\n国务院《重大行政决策程序暂行条例》(国务院令第713号)"
     "和《重庆市重大行政决策程序规定》均对重大行政决策事项的编制和公布有明确要求。为规范重大行政决策行为,我区印发了"
     "《2022年度某区人民政府重大行政决策事项目录》(下称《目录》)。",
     {("2022年度某区人民政府重大行政决策事项目录", "重大行政决策程序暂行条例"),
      ("2022年度某区人民政府重大行政决策事项目录", "重庆市重大行政决策程序规定")}),
    ("《2022年度某区人民政府重大行政决策事项目录》政策解读\n一、编制背景\n《重庆市重大行政决策程序规定》对重大行政决策"
     "事项的编制有明确要求。我区将认真落实。", set()),
    # A title made to carry out an order named by its number alone, the number given after a title cited before
    # (《某市行政调解办法》(某市人民政府令第 5 号) … 为贯彻落实某市人民政府令第5号规定,…草拟了《B》): B carries it out;
    # another order's number links nothing.
    ("某区2021年工作情况\n市政府颁布《某市行政调解办法》(某市人民政府令第 5 号)。为贯彻落实某市人民政府令第5号规定,结合我区"
     "实际,草拟了《某区行政调解规定》。", {("某区行政调解规定", "某市行政调解办法")}),
    ("某区2021年工作情况\n市政府颁布《某市行政调解办法》(某市人民政府令第5号)。为贯彻落实某市人民政府令第6号规定,结合我区"
     "实际,草拟了《某区行政调解规定》。", set()),
    # The document following, named unmarked after 制定 (…,制定某区…职责清单如下。): the document itself, as 制定本清单.
    ("某市高新区党政主要负责人职责清单\n根据《党政主要负责人履行推进法治建设第一责任人职责规定》,制定高新区党政主要负责人"
     "职责清单如下。", {("某市高新区党政主要负责人职责清单", "党政主要负责人履行推进法治建设第一责任人职责规定")}),
    # An explanation's grounds part under a title with its page's label (政策文件:某县…规定): the title without it.
    ("政策文件:某县政府重大行政决策程序规定\n一、政策依据\n为规范政府重大行政决策行为,根据《国务院关于加强市县政府依法行政的决定》"
     "等有关规定,结合本县实际,制定本规定。",
     {("某县政府重大行政决策程序规定", "国务院关于加强市县政府依法行政的决定")}),
    # A notice issuing a plan it names unmarked in its title, the plan in marks in its body and its heading broken over
    # two lines (…关于印发全面推进某市…工作实施方案的通知 / 《X》已经市政府同意,现印发给你们 / 为贯彻落实《A》…特制定本实施方案;
    # round 268): 本实施方案 is X, not the notice.
    ("某市人民政府办公室关于印发全面推进某市基层政务公开标准化规范化工作实施方案的通知\n各县(市)、区人民政府:\n"
     "《全面推进某市基层政务公开标准化规范化工作实施方案》已经市政府同意,现印发给你们,请认真贯彻落实。\n某市人民政府办公室\n2020年6月2日\n"
     "全面推进某市基层政务公开标准化规范化\n工作实施方案\n为贯彻落实《国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见》"
     "(国办发〔2019〕54号)精神,结合我市实际,特制定本实施方案。\n",
     {("全面推进某市基层政务公开标准化规范化工作实施方案", "国务院办公厅关于全面推进基层政务公开标准化规范化工作的指导意见")}),
])
def test_implements(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize("text", [
    "《?x》",
    "《？贯彻落实《纲要》的实施方案》",
    "市、《？贯彻（一）贯彻,)县条例，x第一条司法局通知？以下简称：：\n区《",
    "》〉一、,人民政府。人民政府。。（）条例司法局条例!法治政府建设> 通知《!市、省以下简称贯彻第一条纲要x",
])
def test_a_sentence_break_where_a_title_starts_does_not_hang_extraction(text):
    """A break mark right after 《 ends the sentence at the title's start; the scan still moves on."""
    from kg_builder.pipeline import extract

    extraction = extract(Document(id="t", text=text))
    assert all(f.predicate != "implements" or f.subject.name != f.object.name for f in extraction.facts)


NAGANG21 = "法治政府建设实施纲要(2021-2025年)"
HUNAN16 = "湖南省法治政府建设实施纲要(2016-2020年)"


@pytest.mark.parametrize(("text", "expected"), [
    # The plan's heading with its years on the next line is the document's title.
    ("辽源市法治政府建设实施方案（2021—2025年）\n发文机关: 辽源市人民政府\n辽源市法治政府建设实施方案\n(2021—2025年)\n"
     "根据《法治政府建设实施纲要(2021—2025年)》,结合我市实际,制定本实施方案。",
     {("辽源市法治政府建设实施方案(2021-2025年)", NAGANG21)}),
    # A notice issuing a plan it names after 印发 implements nothing: the plan does.
    ("印发贯彻《湖南省法治政府建设实施纲要(2016-2020年)》实施方案的通知\n厅机关各处室:\n"
     "省住房城乡建设厅制定了《贯彻〈湖南省法治政府建设实施纲要(2016-2020年)〉实施方案》,现印发给你们。",
     {("贯彻〈" + HUNAN16 + "〉实施方案", HUNAN16)}),
    # A title whose nested titles nest again implements what it names at the first depth.
    ("关于贯彻《湖南省法治政府建设实施纲要(2016—2020年)》和《住建部贯彻〈" + NAGANG + "〉的实施方案》的实施方案\n"
     "省直各单位:\n请认真贯彻落实。",
     {("关于贯彻〈" + HUNAN16 + "〉和〈住建部贯彻〈" + NAGANG + "〉的实施方案〉的实施方案", HUNAN16),
      ("关于贯彻〈" + HUNAN16 + "〉和〈住建部贯彻〈" + NAGANG + "〉的实施方案〉的实施方案",
       "住建部贯彻〈" + NAGANG + "〉的实施方案"),
      ("住建部贯彻〈" + NAGANG + "〉的实施方案", NAGANG)}),
])
def test_headings_notices_and_deep_titles(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A congress's review of how a law is carried out reviews it: no link from its title shape.
    ("某县人大常委会会议\n会议审议了县政府办理落实《关于全县贯彻实施〈中华人民共和国土地管理法〉审议意见》情况的报告。", set()),
    ("某市人大常委会会议\n听取了《关于检查〈中华人民共和国森林法〉实施情况的报告》。", set()),
    ("某区工作\n区政府作了《关于贯彻落实〈某省物业管理条例〉情况的报告》。", set()),
    # controls: a plan or an opinion made to carry a title out still links to it
    ("某县工作\n制定了《关于贯彻实施〈中华人民共和国土地管理法〉的实施意见》。",
     {("关于贯彻实施〈中华人民共和国土地管理法〉的实施意见", "中华人民共和国土地管理法")}),
    ("某县工作\n印发《贯彻落实〈某省物业管理条例〉工作方案》。",
     {("贯彻落实〈某省物业管理条例〉工作方案", "某省物业管理条例")}),
])
def test_a_review_of_how_a_title_is_carried_out_implements_nothing(text, expected):
    assert links(text) == expected


GANG21 = "法治政府建设实施纲要(2021-2025年)"


@pytest.mark.parametrize(("text", "expected"), [
    # 为深入实施《A》…制定本实施方案: the plan itself implements A.
    ("甘肃省法治政府建设实施方案(2021—2025年)\n为深入实施《法治政府建设实施纲要(2021—2025年)》,结合我省实际,制定本实施方案。",
     {("甘肃省法治政府建设实施方案(2021-2025年)", GANG21)}),
    # 紧紧围绕《A》…制定出台《B》: B implements A; A written with its issuers inside the marks is the central plan.
    ("苏州高新区2022年法治政府建设情况报告\n管委会紧紧围绕《中共中央、国务院法治政府建设实施纲要(2021-2025年)》的文件精神,"
     "制定出台《苏州高新区法治政府建设实施方案》。",
     {("苏州高新区法治政府建设实施方案", GANG21)}),
    # A division of tasks of A, a few words between the nested title and its kind.
    ("某县2022年法治政府建设情况报告\n严格按照《〈市法治政府建设实施纲要(2021—2025年)〉重要举措分工方案》要求推进。",
     {("〈市法治政府建设实施纲要(2021-2025年)〉重要举措分工方案", "市法治政府建设实施纲要(2021-2025年)")}),
    # ... and with more words between (重要改革举措分工方案, 重点任务推进举措分工方案): still a division of A's tasks.
    ("某市2024年法治政府建设情况报告\n印发《〈某市法治社会建设实施方案(2021—2025年)〉重点任务推进举措分工方案》。",
     {("〈某市法治社会建设实施方案(2021-2025年)〉重点任务推进举措分工方案", "某市法治社会建设实施方案(2021-2025年)")}),
    ("某市2025年法治政府建设情况报告\n落实《〈中共某市委关于深化改革的实施意见〉重要改革举措分工方案》。",
     {("〈中共某市委关于深化改革的实施意见〉重要改革举措分工方案", "中共某市委关于深化改革的实施意见")}),
    # (a title on A's work whose last words are no division of its tasks stays apart: 〈A〉学习宣传贯彻工作方案)
    ("某市2025年法治政府建设情况报告\n印发《〈某市法治社会建设实施方案〉学习宣传贯彻情况通报》。", set()),
    # The same division without the inner marks, the plan it divides cited on its own before it.
    ("某市2023年法治政府建设情况报告\n市委印发《某市法治社会建设实施方案(2021—2025年)》。市委依法治市办印发"
     "《某市法治社会建设实施方案(2021—2025年)重点任务分工方案》。",
     {("某市法治社会建设实施方案(2021-2025年)重点任务分工方案", "某市法治社会建设实施方案(2021-2025年)")}),
    # A plan's own 考核办法, its title run on from the plan's: no division of its tasks.
    ("某市2023年法治政府建设情况报告\n印发《某市法治社会建设实施方案》《某市法治社会建设实施方案考核办法》。", set()),
])
def test_implementing_phrases_and_issuer_in_title(text, expected):
    assert links(text) == expected


def test_a_notice_without_its_plans_heading_speaks_for_the_plan():
    # 关于印发〈X〉的通知 with no heading of X in the text (an excerpt, a flattened page): X implements.
    text = ("青山市人民政府关于印发《青山市法治政府建设实施方案(2021-2025年)》的通知\n各区县人民政府:\n"
            "为深入贯彻落实《法治政府建设实施纲要(2021-2025年)》,结合本市实际,制定本方案。")
    assert links(text) == {("青山市法治政府建设实施方案(2021-2025年)", "法治政府建设实施纲要(2021-2025年)")}


NOTICE = "某市司法局关于印发普法责任清单的通知\n市局各单位:\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A notice issuing what it made, unnamed, after the titles it follows: the notice implements them,
    # each title's issuer (however long its name) written before it.
    (NOTICE + "根据市委办公厅《关于实行普法责任制的实施意见》、市法制宣传教育联席会议办公室《关于贯彻落实实施意见的实施方案》"
     "及市司法局《司法行政系统落实普法责任制实施方案》要求,为明确普法责任,市局制定了普法责任清单,现正式印发给你们。",
     {("某市司法局关于印发普法责任清单的通知", "关于实行普法责任制的实施意见"),
      ("某市司法局关于印发普法责任清单的通知", "关于贯彻落实实施意见的实施方案"),
      ("某市司法局关于印发普法责任清单的通知", "司法行政系统落实普法责任制实施方案")}),
    # What it issues named in 《》 is the document made, not the notice.
    (NOTICE + "根据《关于实行普法责任制的实施意见》要求,现将《某市普法责任清单》印发给你们。",
     {("某市普法责任清单", "关于实行普法责任制的实施意见")}),
])
def test_notice_issuing_what_it_made(text, expected):
    assert links(text) == expected


def test_plan_carried_by_a_notice_says_this_plan():
    # A notice forwarding a plan: the plan's "制定本规划" is said of the plan, not of the notice.
    text = ("某市依法治市办转发《市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)》的通知\n"
            "各区:现转发给你们。\n市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)\n"
            "根据《省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)》,结合我市实际,制定本规划。")
    assert links(text) >= {("市司法局关于开展法治宣传教育的第八个五年规划(2021-2025年)",
                            "省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)")}
    assert not any(target.startswith("省司法厅") and source.startswith("某市") for source, target in links(text))


@pytest.mark.parametrize(("text", "expected"), [
    # A headline naming who issues the plan: 制定本实施方案 is said of the plan it carries.
    ("中共某省委印发《某省法治社会建设实施方案(2021—2025年)》\n近日,中共某省委印发了方案。\n"
     "根据《法治社会建设实施纲要(2020—2025年)》精神,结合我省实际,制定本实施方案。",
     {("某省法治社会建设实施方案(2021-2025年)", "法治社会建设实施纲要(2020-2025年)")}),
    # A page forwarding a plan implements it; the plan's own 制定本规划 is said of the plan.
    ("中共某省委、某省人民政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)》\n"
     "近日,省委、省政府转发了规划。\n根据《中华人民共和国宪法》,制定本规划。",
     {("中共某省委、某省人民政府转发〈省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)〉",
       "省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)"),
      ("省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)", "中华人民共和国宪法")}),
])
def test_headline_pages_carry_their_plan(text, expected):
    assert links(text) == expected


SHEFA = "某省法治社会建设实施方案(2021-2025年)"
ZHENGFU = "某省法治政府建设实施方案(2021-2025年)"


@pytest.mark.parametrize(("text", "expected"), [
    # A plan's first sentence says what it carries out: the plan implements every title of it.
    ("某省2022年度法治政府建设工作要点\n2022年,全省法治政府建设工作坚持以习近平法治思想为指导,"
     "全面贯彻落实《" + ZHENGFU + "》《" + SHEFA + "》,深入推进依法行政。\n一、健全政府职能体系",
     {("某省2022年度法治政府建设工作要点", ZHENGFU), ("某省2022年度法治政府建设工作要点", SHEFA)}),
    # The same under a notice issuing it: the plan's heading above the paragraph is the source.
    ("某省人民政府办公厅关于印发2022年度法治政府建设工作要点的通知\n各市县人民政府:\n"
     "《2022年度法治政府建设工作要点》已经省政府同意,现印发给你们。\n某省人民政府办公厅\n2022年4月1日\n"
     "2022年度法治政府建设工作要点\n2022年,全省认真贯彻落实《" + ZHENGFU + "》,推进依法行政。",
     {("2022年度法治政府建设工作要点", ZHENGFU)}),
    # A report's opening reports on what it carried out: no link.
    ("某市2022年法治政府建设情况报告\n2022年,全市全面贯彻落实《" + ZHENGFU + "》,推进依法行政。", set()),
    # Not the paragraph's first sentence: an account of what others did, no link.
    ("某市2023年法治政府建设工作要点\n一年来工作扎实推进。各部门按照《" + ZHENGFU + "》要求推进工作。", set()),
    # A paragraph after another sentence of the plan is no longer its opening.
    ("某市2023年法治政府建设工作要点\n2023年,全市坚持依法行政。\n全面贯彻落实《" + ZHENGFU + "》,推进工作。", set()),
    # A plan made so that another's tasks get done (确保《A》各项任务落到实处) carries it out.
    ("某县2023年法治政府建设工作计划\n为推进依法行政,确保《" + ZHENGFU + "》各项任务落到实处,结合实际,制定本计划。",
     {("某县2023年法治政府建设工作计划", ZHENGFU)}),
    ("某县2023年法治政府建设工作计划\n为推进依法行政,确保《" + ZHENGFU + "》各项任务稳步推进。结合我县实际,制定本年度计划。",
     {("某县2023年法治政府建设工作计划", ZHENGFU)}),
    # (a report saying it made sure a title was carried out reports, it implements nothing)
    ("某县2023年法治政府建设情况报告\n2023年,全县确保《" + ZHENGFU + "》各项任务落到实处。", set()),
])
def test_a_plans_opening_sentence_names_what_it_implements(text, expected):
    assert links(text) == expected


def test_working_rules_say_what_they_are_made_under():
    # A government's working rules (…工作规则) are a title of their own: made under the laws
    # they name after 根据, not the rules of other governments they take as a model (参照).
    text = ("某县人民政府工作规则\n第一章 总则\n一、根据《中华人民共和国宪法》《中华人民共和国地方各级人民代表大会和"
            "地方各级人民政府组织法》,参照《某省人民政府工作规则》的有关规定,结合本县实际,制定本规则。")
    assert links(text) == {
        ("某县人民政府工作规则", "中华人民共和国宪法"),
        ("某县人民政府工作规则", "中华人民共和国地方各级人民代表大会和地方各级人民政府组织法"),
    }


@pytest.mark.parametrize(("text", "expected"), [
    # A heading broken after its place and body's words is one title; a title whose 〉 was lost
    # (not cited as written) still opens the list of what the measure is made under.
    ("绵阳市财政局关于印发评估办法的通知\n各县区财政局:\n现将办法印发给你们。\n绵阳市财政局\n2016年5月12日\n绵阳市财政部门\n"
     "依法理财状况评估办法(试行)\n第一条 根据《省财政厅关于印发<四川省财政部门依法理财评估办法(试行)》和"
     "《绵阳市法治财政建设规划实施方案》(绵财法〔2015〕4号),制定本办法。",
     {("绵阳市财政部门依法理财状况评估办法(试行)", "绵阳市法治财政建设规划实施方案")}),
])
def test_broken_heading_and_a_title_with_a_lost_mark(text, expected):
    assert expected <= links(text)


@pytest.mark.parametrize(("text", "expected"), [
    # 对标对表 (measured against) the titles a plan was made to carry out, like 对照.
    ("璧山区人民政府关于2020年法治政府建设情况的报告\n"
     "璧山区对标对表《法治政府建设实施纲要(2015—2020年)》《重庆市法治政府建设实施方案(2016—2020年)》的要求,"
     "制定了《璧山区法治政府建设实施方案(2016-2020年)》。",
     {("璧山区法治政府建设实施方案(2016-2020年)", "法治政府建设实施纲要(2015-2020年)"),
      ("璧山区法治政府建设实施方案(2016-2020年)", "重庆市法治政府建设实施方案(2016-2020年)")}),
])
def test_measured_against(text, expected):
    assert links(text) == expected


def test_a_page_heading_its_title_in_marks():
    # The page's first line is the plan's title in 《》, before any sentence: the plan is the
    # document, and its opening says what it implements.
    text = ("《法治某省建设规划(2021—2025年)》\n来源:某省司法厅\n为统筹推进法治某省建设,根据《法治中国建设规划"
            "(2020—2025年)》,结合我省实际,制定本规划。\n")
    assert links(text) == {("法治某省建设规划(2021-2025年)", "法治中国建设规划(2020-2025年)")}


def test_a_page_titled_by_the_plan_with_its_forwarding_notice_inside():
    # The page's title is the plan; the notice forwarding it stands on a line of its own before
    # the body: the notice carries the plan out (as a forwarding notice titled so does).
    plan = "省委宣传部、省司法厅关于在全省公民中开展法治宣传教育的第七个五年规划(2016—2020年)"
    text = (plan + "\n2016-07-20\n中共某省委某省人民政府转发《" + plan + "》的通知\n各市委和人民政府:\n《" + plan
            + "》已经省委、省政府同意,现转发给你们,请认真贯彻执行。\n")
    notice = "中共某省委某省人民政府转发〈" + plan.replace("—", "-") + "〉的通知"
    assert links(text) == {(notice, plan.replace("—", "-"))}


def test_a_notice_issuing_its_own_plan_inside_the_page_links_nothing():
    plan = "湖北省法治政府建设实施方案(2016—2020年)"
    text = plan + "\n中共湖北省委 湖北省人民政府\n关于印发《" + plan + "》的通知\n现将《" + plan + "》印发给你们。\n"
    assert links(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # A news headline issuing a plan written without its marks: 制定本规划 is said of the plan it carries.
    ("中共某省委印发法治某省建设规划(2021—2025年)\n近日,中共某省委印发了《法治某省建设规划(2021—2025年)》。\n"
     "为贯彻落实《法治中国建设规划(2020—2025年)》,结合我省实际,制定本规划。\n",
     {("法治某省建设规划(2021-2025年)", "法治中国建设规划(2020-2025年)")}),
    # 深入实施《A》, then 制定本实施方案: the plan the notice issues carries A out.
    ("中共某省委关于印发《某省法治社会建设实施方案(2021—2025年)》的通知\n现将方案印发给你们。\n"
     "为贯彻落实习近平法治思想,深入实施《法治社会建设实施纲要(2020—2025年)》,结合我省实际,制定本实施方案。\n",
     {("某省法治社会建设实施方案(2021-2025年)", "法治社会建设实施纲要(2020-2025年)")}),
    # A report that 深入实施 a plan implements nothing.
    ("某县2022年法治政府建设情况报告\n2022年,某县深入实施《法治社会建设实施纲要(2020—2025年)》,推进法治建设。\n", set()),
])
def test_bare_headline_plans_and_deeply_implemented_plans(text, expected):
    assert links(text) == expected


_FLAT_NOTICE = ("首页 > 政府信息公开 > 文件 青山市人民政府办公室关于印发2023年青山市法治政府建设工作要点的通知 "
                "各县(区)人民政府,市政府各部门: 《2023年青山市法治政府建设工作要点》已经市政府同意,现印发给你们,"
                "请认真贯彻落实。 青山市人民政府办公室 2023年3月29日 (此件公开发布) 2023年青山市法治政府建设工作要点 ")
_FLAT_TASKS = " (二)深化行政审批制度改革,持续优化营商环境。(牵头单位:市司法局;参加单位:市政府各部门)" * 3


# A page flattened to one line: the plan's heading is a block between spaces inside what reads as one sentence.
@pytest.mark.parametrize(("text", "expected"), [
    # its opening sentence names what it carries out
    (_FLAT_NOTICE + "2023年,全市法治政府建设全面贯彻落实《法治政府建设实施纲要(2021—2025年)》《青山省法治政府建设实施方案"
     "(2021—2025年)》,深入推进依法行政。 一、健全政府机构职能体系 (一)推进机构职能法定化。" + _FLAT_TASKS,
     [("2023年青山市法治政府建设工作要点", "法治政府建设实施纲要(2021-2025年)"),
      ("2023年青山市法治政府建设工作要点", "青山省法治政府建设实施方案(2021-2025年)")]),
    # or it says so of itself (制定本要点)
    (_FLAT_NOTICE + "为深入推进依法行政,根据《法治政府建设实施纲要(2021—2025年)》,结合我市实际,制定本要点。 "
     "一、健全政府机构职能体系 (一)推进机构职能法定化。" + _FLAT_TASKS,
     [("2023年青山市法治政府建设工作要点", "法治政府建设实施纲要(2021-2025年)")]),
    # a heading after a date that lost its 年月日, the notice's title split inside its marks, the opening an
    # overall requirement
    ("首页 关于印发《青山县深入推进法治政府建设 实施方案》的通知 各乡镇人民政府: 现将《青山县深入推进法治政府建设实施方案》"
     "印发给你们,请认真贯彻执行。 中共青山县委 青山县人民政府 2017322 青山县深入推进法治政府建设实施方案 "
     "2017年全县法治政府建设的总体要求是:全面落实《法治政府建设实施纲要(2015—2020年)》,推进依法行政。" + _FLAT_TASKS,
     [("青山县深入推进法治政府建设实施方案", "法治政府建设实施纲要(2015-2020年)")]),
])
def test_flattened_notice_plan_heading_implements(text, expected):
    assert sorted(links(text)) == sorted(expected)


def test_flattened_heading_cut_after_its_year_is_no_source():
    """"2023 年青山市…要点" split by a space after its year: 年青山市…要点 is not a plan of its own."""
    text = (_FLAT_NOTICE.replace("(此件公开发布) 2023年", "(此件公开发布) 2023 年")
            + "2023年,全市全面贯彻落实《法治政府建设实施纲要(2021—2025年)》,深入推进依法行政。" + _FLAT_TASKS)
    assert not any(source.startswith("年") for source, _ in links(text))


@pytest.mark.parametrize(("text", "expected"), [
    # A plan's opening saying what its year is (2025年是贯彻落实《A》的收官之年) does not say the plan carries A out.
    ("某省人民政府2025年法治政府建设重点工作安排\n2025年是贯彻落实《法治政府建设实施纲要(2021—2025年)》的收官之年。"
     "全省要抓好以下工作。\n", set()),
    ("某省2023年法治政府建设工作要点\n2023年为深入实施《法治政府建设实施纲要(2021—2025年)》的关键之年,全省要抓好以下工作。\n", set()),
    # The opening that says what the plan itself carries out still links.
    ("某省2023年法治政府建设工作要点\n2023年,全省要全面贯彻落实《法治政府建设实施纲要(2021—2025年)》,推进依法行政。\n",
     {("某省2023年法治政府建设工作要点", "法治政府建设实施纲要(2021-2025年)")}),
])
def test_what_a_year_is_is_no_plan_carried_out(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The sentence of the opening paragraph that states the plan's overall requirement says what it carries out.
    ("某省市场监督管理局2023年法治建设工作要点\n2023年是实施八五普法规划承上启下的一年。全省市场监管法治工作的"
     "总体要求是:坚持以习近平法治思想为指导,深入实施《" + ZHENGFU + "》《市场监管法治建设实施纲要(2021-2025年)》,推进工作。",
     {("某省市场监督管理局2023年法治建设工作要点", ZHENGFU),
      ("某省市场监督管理局2023年法治建设工作要点", "市场监管法治建设实施纲要(2021-2025年)")}),
    # Another sentence of the paragraph still links nothing; nor does a report's requirement.
    ("某市2023年法治政府建设工作要点\n一年来工作扎实推进。各部门按照《" + ZHENGFU + "》要求推进工作。", set()),
    ("某市2022年法治政府建设情况报告\n2022年全市推进工作。总体要求是:全面贯彻落实《" + ZHENGFU + "》。", set()),
])
def test_a_plans_overall_requirement_names_what_it_implements(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A notice issuing its plan, the plan's text after the notice's date line with no heading of its own:
    # the plan's overall requirement names what the plan carries out.
    ("《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n各区人民政府:\n《某市2016年政务公开工作要点》"
     "已经市政府同意,现印发给你们。\n某市人民政府办公厅\n2016年5月28日\n2016年是开局之年。今年政务公开工作的总体要求是:"
     "深入贯彻《国务院办公厅关于印发2016年政务公开工作要点的通知》精神,推进工作。",
     {("某市2016年政务公开工作要点", "国务院办公厅关于印发2016年政务公开工作要点的通知")}),
    # ... but not a sentence of the notice itself.
    ("《某市人民政府办公厅关于印发〈某市2016年政务公开工作要点〉的通知》\n各区人民政府:\n今年工作的总体要求是:"
     "深入贯彻《某省条例》精神。\n《某市2016年政务公开工作要点》已经市政府同意,现印发给你们。\n某市人民政府办公厅\n2016年5月28日\n",
     set()),
])
def test_a_notice_issuing_its_plan_and_the_plans_requirement(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A headline forwarding a plan by its short name implements the plan its opening forwards in marks.
    ("省委省政府转发“八五”普法规划\n本报讯 省委、省政府近日发出通知,转发《省委宣传部、省司法厅关于开展法治宣传教育的"
     "第八个五年规划(2021-2025年)》。通知要求推动辽宁全面振兴。",
     {("省委省政府转发“八五”普法规划", "省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)")}),
    # A report on a plan is no forwarding headline.
    ("某县2024年普法工作报告\n本县印发《某县普法工作要点》。", set()),
])
def test_a_headline_forwarding_a_plan_by_its_short_name_implements_it(text, expected):
    assert links(text) == expected


BAWU = "中央宣传部、司法部关于开展法治宣传教育的第八个五年规划(2021-2025年)"
FORWARD = "中共中央、国务院转发〈" + BAWU + "〉的通知"
CARRIED = "市委宣传部、市司法局关于在全市开展法治宣传教育的第八个五年规划(2021-2025年)"


@pytest.mark.parametrize(("text", "expected"), [
    # A plan's heading broken over three lines, blank lines between (its bodies, its subject cut
    # after 的, its kind): the plan, named as cited, implements what its opening names.
    ("中共某市委转发《" + CARRIED.replace("(2021-2025年)", "(2021—2025年)") + "》的通知\n\n"
     "各区县委:\n\n《" + CARRIED + "》已经市委同意,现转发给你们。\n\n"
     "市委宣传部 市司法局\n\n关于在全市开展法治宣传教育的\n\n第八个五年规划(2021—2025年)\n\n"
     "为做好第八个五年法治宣传教育工作,根据《" + FORWARD + "》,结合我市实际,制定本规划。",
     {(CARRIED, FORWARD)}),
    # Its subject and kind alone, the bodies not given: the heading is the two lines.
    ("关于在全市开展法治宣传教育的\n第八个五年规划(2021—2025年)\n"
     "为做好普法工作,根据《" + FORWARD + "》,制定本规划。",
     {("关于在全市开展法治宣传教育的第八个五年规划(2021-2025年)", FORWARD)}),
])
def test_a_heading_broken_over_three_lines(text, expected):
    assert expected <= links(text)
    assert not any(source == "第八个五年规划(2021-2025年)" for source, _ in links(text))


@pytest.mark.parametrize(("text", "expected"), [
    # The notice names what it carries out: the titles the sentence opens with are its grounds.
    ("某镇2025年法治政府建设情况报告\n根据《中华人民共和国行政处罚法》,结合《某省法治政府建设实施方案(2021-2025年)》和本镇实际,"
     "镇政府印发《关于贯彻落实〈某县法治政府建设工作要点〉的通知》。",
     {("关于贯彻落实〈某县法治政府建设工作要点〉的通知", "某县法治政府建设工作要点")}),
    # A plan whose title names nothing carries out what the sentence says it was made for.
    ("某县2025年法治政府建设情况报告\n为贯彻落实《法治社会建设实施纲要(2020-2025年)》,县委制定印发了《某县法治社会建设实施方案》。",
     {("某县法治社会建设实施方案", "法治社会建设实施纲要(2020-2025年)")}),
])
def test_a_title_naming_what_it_carries_out_keeps_the_sentences_grounds_apart(text, expected):
    assert links(text) == expected


NAGANG21 = "法治政府建设实施纲要(2021-2025年)"


@pytest.mark.parametrize(("text", "expected"), [
    # A page opening with the notice's body, its headline lost: the plan it issues is the document.
    ("各市人民政府,省直各部门:\n现将《某省法治政府建设实施方案(2021—2025年)》印发给你们,请认真贯彻落实。\n"
     "某省人民政府\n2021年12月1日\n为贯彻落实《" + NAGANG21 + "》,结合本省实际,制定本实施方案。",
     {("某省法治政府建设实施方案(2021-2025年)", NAGANG21)}),
    ("各县区人民政府:\n《某市2024年依法行政工作要点》已经市政府同意,现印发给你们。\n"
     "为全面落实《" + NAGANG21 + "》,制定本要点。",
     {("某市2024年依法行政工作要点", NAGANG21)}),
    # Measures a notice issues are its plan too (…已经县政府同意,现印发给你们 / 落实《A》要求,特制定如下具体措施).
    ("各乡镇人民政府:\n《优化法治环境的具体措施》已经县政府同意,现印发给你们。\n2024年3月1日\n优化法治环境的具体措施\n"
     "为认真落实《" + NAGANG21 + "》要求,特制定如下具体措施。",
     {("优化法治环境的具体措施", NAGANG21)}),
    # A report issued to its readers is no plan: it carries nothing out.
    ("各有关单位:\n现将《某市2024年法治政府建设情况报告》印发给你们。\n按照《" + NAGANG21 + "》,制定本方案。",
     set()),
])
def test_a_notice_body_without_its_headline_issues_the_plan_it_names(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A year's summary with the next year's plan opens on what the year's work followed: no link.
    ("某镇2024年法治建设总结和2025年工作计划\n今年以来,我镇认真落实《某省法治建设规划(2021—2025年)》部署要求,推进工作。",
     set()),
    ("某县2023年法治政府建设工作情况及2024年工作安排\n2023年,我县全面贯彻落实《" + NAGANG21 + "》,推进依法行政。",
     set()),
    # A plan alone still carries out what its opening names.
    ("某镇2025年法治建设工作计划\n2025年,我镇认真落实《某省法治建设规划(2021—2025年)》部署要求,推进工作。",
     {("某镇2025年法治建设工作计划", "某省法治建设规划(2021-2025年)")}),
])
def test_a_summary_with_next_years_plan_implements_nothing(text, expected):
    assert links(text) == expected


def test_a_heading_with_its_issuer_before_a_title_cited_without_it():
    # The notice issues 《关于X的实施意见》; the opinion's heading writes its issuer before 关于:
    # the link goes from the title as cited.
    text = ("某州司法局关于印发《关于深化专项普法行动的实施意见》\n各县市司法局:\n现将《关于深化专项普法行动的实施意见》"
            "印发给你们,请认真贯彻落实。\n2024年3月1日\n某州司法局关于深化专项普法行动的实施意见\n"
            "按照《某州2024年专项普法行动工作方案》要求,结合工作实际,提出以下意见。\n一、加强组织保障")
    assert links(text) == {("关于深化专项普法行动的实施意见", "某州2024年专项普法行动工作方案")}


@pytest.mark.parametrize(("text", "expected"), [
    # A news page without its headline, carrying the plan it reports issued (印发《X》。《方案》主要内容如下):
    # X is the document, and what it says it carries out (为深入实施《A》…制定本实施方案) X implements.
    ("近日,中共某省委、某省人民政府印发《某省法治政府建设实施方案(2021—2025年)》。《方案》主要内容如下:\n"
     "为深入实施《法治政府建设实施纲要(2021—2025年)》,结合我省实际,制定本实施方案。",
     {("某省法治政府建设实施方案(2021-2025年)", "法治政府建设实施纲要(2021-2025年)")}),
    # A report on the plan, its contents not carried, names no document of its own.
    ("近日,某省印发《某省法治政府建设实施方案(2021—2025年)》,要求各地认真贯彻。\n"
     "各地为深入实施《法治政府建设实施纲要(2021—2025年)》,制定本实施方案。", set()),
])
def test_a_news_page_carrying_the_plan_it_reports(text, expected):
    assert links(text) == expected


def test_no_link_from_or_to_a_title_a_mirror_page_elided():
    text = ("营口市鲅鱼圈区2021年法治政府建设情况报告\n审议通过《营口市鲅鱼圈区贯彻〈法治中国建设规划(2021-2025年)〉实施方案》"
            "《营口市鲅鱼圈区贯彻落实〈 (略) 会建设实施纲要(2021-2025年)〉实施办法》。")
    assert all("(略)" not in source and "(略)" not in target for source, target in links(text))


@pytest.mark.parametrize("gap", ["\n\n", " "])
def test_an_explanations_headline_said_again_implements_nothing(gap):
    # An explanation of a report, its headline said again above the body (《X》政策解读), plain or flattened:
    # the report is written 根据《要点》 (…形成本报告), and neither the explanation nor the report implements it.
    text = gap.join([
        "【政策解读】关于《青山县人民政府关于青山县2023年度法治政府建设工作总结的报告》的政策解读",
        "青山县人民政府 2024年01月08日",
        "《青山县人民政府关于青山县2023年度法治政府建设工作总结的报告》政策解读",
        "一、起草背景",
        "中共中央办公厅、国务院办公厅印发《法治政府建设与责任落实督察工作规定》,要求每年县级以上地方各级政府应当向同级党委、"
        "人大常委会报告上一年度法治政府建设情况。根据上述要求,县司法局起草了《青山县2023年度法治政府建设工作总结的报告》。",
        "二、起草过程",
        "县司法局作为起草单位,根据《2023年青山县法治政府建设工作要点》,撰写县政府年度法治政府建设工作总结的报告,"
        "最终形成本报告。",
    ])
    assert links(text) == set()


@pytest.mark.parametrize(("text", "expected"), [
    # A department's 落实方案 of a nested plan (…关于〈A〉的落实方案) carries A out, as a 实施方案 does.
    ("朝阳市2022年法治政府建设情况报告\n按照《辽宁省交通运输厅关于〈辽宁省法治政府建设实施方案(2021-2025年)重要举措分工方案〉"
     "的落实方案》要求推进。",
     {("辽宁省交通运输厅关于〈辽宁省法治政府建设实施方案(2021-2025年)重要举措分工方案〉的落实方案",
       "辽宁省法治政府建设实施方案(2021-2025年)重要举措分工方案")}),
])
def test_a_nested_plans_carrying_out_scheme(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An explanation without its headline, opening with the plan it explains (《X》已制定发布,…现作如下解读):
    # what it says the plan was made for is the plan's link.
    ("《青山县2024年依法行政工作要点》已制定发布,为便于理解,现作如下解读。\n一、制定依据\n为有序推进"
     "《法治政府建设实施纲要(2021—2025年)》实施,结合《青山市2024年依法行政工作要点》,制定本工作要点。",
     {("青山县2024年依法行政工作要点", "法治政府建设实施纲要(2021-2025年)"),
      ("青山县2024年依法行政工作要点", "青山市2024年依法行政工作要点")}),
    # A report explained so still implements nothing.
    ("《青山县2023年度法治政府建设情况报告》已经发布,现作如下解读。\n根据《法治政府建设实施纲要(2021—2025年)》,"
     "县司法局起草了报告。", set()),
])
def test_an_explanation_opening_with_the_plan_it_explains(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An explanation's part headed by the grounds of the notice it explains (二、制定依据 / 《A》、《B》及《C》):
    # the notice was made under each.
    ("《青山县人民政府办公室关于征集2024年度重大行政决策事项的通知》的政策解读\n一、制定背景\n为规范决策。\n"
     "二、制定依据\n《某某程序暂行条例》(国务院令第1号)、《某省行政程序规定》及《某省决策事项目录管理办法》。\n三、主要内容\n",
     {("青山县人民政府办公室关于征集2024年度重大行政决策事项的通知", "某某程序暂行条例"),
      ("青山县人民政府办公室关于征集2024年度重大行政决策事项的通知", "某省行政程序规定"),
      ("青山县人民政府办公室关于征集2024年度重大行政决策事项的通知", "某省决策事项目录管理办法")}),
    ("《青山县2024年依法行政工作要点》解读\n政策依据:《某省2024年依法行政工作要点》。\n",
     {("青山县2024年依法行政工作要点", "某省2024年依法行政工作要点")}),
    # (a page flattened to one line: the part is a numbered block, its first sentence the grounds)
    ("《青山县2024年依法行政工作要点》解读 一、制定背景 为规范决策。 二、制定依据 《某省2024年依法行政工作要点》。"
     " 三、主要内容 对照《某省某某办法》执行。",
     {("青山县2024年依法行政工作要点", "某省2024年依法行政工作要点")}),
    # An explanation headed by its tag and a colon before the title (文字解读:《X》), listing X's grounds one title a
    # line (《X》编制依据文件主要包括:《A》;/《B》;/《C》。; round 268): X was made under each; the list ends at a line
    # that opens with no title.
    ("文字解读:《2024年某某县政务公开工作要点》\n一、政策背景\n县政府办公室出台了《2024年某某县政务公开工作要点》。\n二、决策依据\n"
     "《2024年某某县政务公开工作要点》编制依据文件主要包括:《某某信息公开条例》;\n《某省人民政府办公厅关于印发2024年某省政务公开工作要点的通知》;\n"
     "《某市人民政府办公厅关于印发2024年某市政务公开工作要点的通知》。\n三、出台目的\n参照《某省某某办法》执行。\n",
     {("2024年某某县政务公开工作要点", "某某信息公开条例"),
      ("2024年某某县政务公开工作要点", "某省人民政府办公厅关于印发2024年某省政务公开工作要点的通知"),
      ("2024年某某县政务公开工作要点", "某市人民政府办公厅关于印发2024年某市政务公开工作要点的通知")}),
    # (a document's own 制定依据 part, not an explanation's, is left to its sentences)
    ("青山县2024年依法行政工作要点\n一、制定依据\n《某省2024年依法行政工作要点》。\n", set()),
])
def test_an_explanations_part_on_the_grounds(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A page headed by a line naming in marks the rules it carries, no title read (…常务会议事项《X规定》): when
    # the text makes 本规定, X carries out what it is made under.
    ("2022年3月1日县政府常务会议事项《平乡县行政决策听证规定》\n第一条 根据《河北省重大行政决策程序暂行办法》,"
     "结合本县实际,制定本规定。\n",
     {("平乡县行政决策听证规定", "河北省重大行政决策程序暂行办法")}),
    # (a page flattened to one line: the headline before its date label)
    ("2022年3月1日县政府常务会议事项《平乡县行政决策听证规定》 日期:2022-03-05 信息来源:司法局 第一条 根据"
     "《河北省重大行政决策程序暂行办法》,结合本县实际,制定本规定。",
     {("平乡县行政决策听证规定", "河北省重大行政决策程序暂行办法")}),
    # (the text making another kind of document than the headline names: no link)
    ("2022年3月1日县政府常务会议事项《平乡县行政决策听证规定》\n根据《河北省重大行政决策程序暂行办法》,"
     "结合本县实际,制定本方案。\n", set()),
])
def test_rules_named_by_the_headline(text, expected):
    assert links(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # A plan said to detail another's requirements carries it out (《B》对《A》的要求进行了细化).
    ("青海省2016年依法行政工作报告\n印发了《青海省甲实施方案(2016—2020年)》(以下简称《方案》),《方案》对《乙实施纲要(2015—2020年)》"
     "的原则性要求进行了细化。", {("青海省甲实施方案(2016-2020年)", "乙实施纲要(2015-2020年)")}),
    ("吉林省2017年法治政府建设情况报告\n《吉林省丙规划》对《丁纲要》提出的任务作了具体化。", {("吉林省丙规划", "丁纲要")}),
    # ... but not a title the clause only names beside another, nor a 细化 of another clause.
    ("吉林省2017年法治政府建设情况报告\n《吉林省丙规划》对《丁纲要》进行了学习,细化任务措施。", set()),
    ("吉林省2017年法治政府建设情况报告\n组织对《吉林省丙规划》《丁纲要》落实情况开展督查,细化整改措施。", set()),
])
def test_a_plan_detailing_another(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plan's heading broken before its years, the last word of its kind with them: its links carry its full name.
    ("东辽县提升行政执法质量三年行动计划\n(2023—2025年)实施方案\n为贯彻落实《提升行政执法质量三年行动计划(2023—2025年)》,"
     "结合《辽源市提升行政执法质量三年行动实施方案(2023—2025年)》以及我县实际,制定本实施方案。",
     {("东辽县提升行政执法质量三年行动计划(2023-2025年)实施方案", "提升行政执法质量三年行动计划(2023-2025年)"),
      ("东辽县提升行政执法质量三年行动计划(2023-2025年)实施方案", "辽源市提升行政执法质量三年行动实施方案(2023-2025年)")}),
    # An opinion's heading broken after its issuer (某市人民政府 / 关于…的实施意见): the source is the whole title.
    ("辽源市人民政府关于深化“放管服”改革的实施意见\n辽源市人民政府\n关于深化“放管服”改革的实施意见\n各县区人民政府:\n"
     "根据省委、省政府总体部署和市委、市政府《关于争创营商环境示范区的实施意见》要求,结合我市实际,制定本意见。",
     {("辽源市人民政府关于深化“放管服”改革的实施意见", "关于争创营商环境示范区的实施意见")}),
])
def test_headings_broken_before_their_years_or_after_their_issuer(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A plan made, then said to be the means of carrying out another: it carries it out ...
    ("制定《某县2024年法治政府建设工作要点》,作为落实《某县法治政府建设实施方案(2021-2025年)》的具体举措。",
     {("某县2024年法治政府建设工作要点", "某县法治政府建设实施方案(2021-2025年)")}),
    ("印发《某市法治政府建设工作要点》,作为全面贯彻落实《某省法治政府建设实施方案》各项要求的具体措施。",
     {("某市法治政府建设工作要点", "某省法治政府建设实施方案")}),
    # ... with its 《 lost too (落实某县法治政府建设实施方案》要求具体举措).
    ("制定《和静县2024年法治政府建设工作要点》,作为全年的目标任务,及推动落实和静县法治政府建设实施方案(2021-2025年)》要求具体举措。",
     {("和静县2024年法治政府建设工作要点", "和静县法治政府建设实施方案(2021-2025年)")}),
    # A plan made as something else (a basis of assessment, 重要内容) carries out nothing by these words.
    ("制定《某县2024年法治政府建设工作要点》,作为年度考核依据,落实《某县法治政府建设实施方案》。", set()),
    ("制定《某县工作要点》,作为落实《某县实施方案》的重要内容。", set()),
])
def test_a_plan_made_as_the_means_of_another(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A report's ground issued elsewhere (根据中共中央办公厅 国务院办公厅印发《B》之规定): B is not made here,
    # so nothing the sentence follows is carried out by it.
    ("2022年,我局按照《某县法治政府建设实施方案(2022-2025年)》的要求,推进工作,根据中共中央办公厅 国务院办公厅印发"
     "《法治政府建设与责任落实督察工作规定》第二十五条之规定,现将情况报告如下:", set()),
    # (a title made after its ground in the same clause is still made: 根据《A》制定《B》)
    ("根据《某县法治政府建设实施方案》制定《某县2024年法治政府建设工作要点》。",
     {("某县2024年法治政府建设工作要点", "某县法治政府建设实施方案")}),
])
def test_a_ground_issued_elsewhere_is_not_made(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A report telling how its plan was drafted (启动《X》起草工作,…结合工作实际,提出42项任务): the plan carries out
    # what the sentence names; the report carries out nothing itself.
    ("某局2016年法治政府建设情况报告\n为抓好《法治政府建设实施纲要(2015-2020年)》的贯彻落实,我局启动《贯彻〈法治政府建设实施纲要"
     "(2015-2020年)〉实施方案》起草工作,结合工作实际,提出42项主要任务。",
     {("贯彻〈法治政府建设实施纲要(2015-2020年)〉实施方案", NAGANG)}),
])
def test_a_report_implements_nothing_itself(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Actions listed clause by clause, each on a title of its own, the last a title made (认真贯彻《A》,执行《B》,
    # 落实《C》,修订《D》): what was done, D carrying none of the others out.
    ("某市司法局2023年工作报告\n2023年,我局认真贯彻《中华人民共和国行政处罚法》,执行《某省行政执法条例》,"
     "落实《某市行政执法公示办法》,修订《某市司法局行政执法工作制度》。", set()),
    # ... but a purpose or a ground said ties them (为贯彻《A》,落实《B》,制定《C》), and so does one clause.
    ("某市2023年工作报告\n为深入贯彻《" + NAGANG + "》,全面落实《某省法治政府建设实施方案》,制定《某市法治政府建设实施方案》。",
     {("某市法治政府建设实施方案", NAGANG), ("某市法治政府建设实施方案", "某省法治政府建设实施方案")}),
    ("某市2023年工作报告\n认真贯彻《" + NAGANG + "》,落实《某省法治政府建设实施方案》,结合我市实际,制定《某市法治政府建设实施方案》。",
     {("某市法治政府建设实施方案", NAGANG), ("某市法治政府建设实施方案", "某省法治政府建设实施方案")}),
    ("某市2023年工作报告\n深入贯彻《" + NAGANG + "》,制定《某市法治政府建设实施方案》。",
     {("某市法治政府建设实施方案", NAGANG)}),
])
def test_a_title_made_at_the_end_of_a_list_of_actions(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A report written up as a rule asks (根据…印发的《A》中关于“年度报告”的要求,我局总结形成了《X报告》): a report
    # carries out nothing itself, as one saying 根据《A》…制定本报告 does not; a plan so made still carries A out.
    ("上海市生态环境局关于2022年度法治政府建设情况的报告\n根据中共中央办公厅、国务院办公厅印发的《法治政府建设与责任落实"
     "督察工作规定》中关于“年度报告”的要求,我局总结形成了《上海市生态环境局关于2022年度法治政府建设情况的报告》。", set()),
    ("某市生态环境局2022年工作总结\n根据《法治政府建设与责任落实督察工作规定》的要求,我局制定了《某市生态环境局2022年度"
     "法治建设工作总结》。", set()),
    ("某市生态环境局2022年工作情况\n根据《法治政府建设与责任落实督察工作规定》的要求,我局制定了《某市生态环境局法治督察"
     "工作实施方案》。", {("某市生态环境局法治督察工作实施方案", "法治政府建设与责任落实督察工作规定")}),
])
def test_a_report_made_as_a_rule_asks_carries_out_nothing(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An opinion headed by its number and title in marks, its heading then broken mid-phrase over two lines (…关于推进 /
    # 包容审慎监管的指导意见): the whole title makes it, not the heading's second line (round 246).
    ("闽府办〔2023〕5号《福建省人民政府办公厅关于推进包容审慎监管的指导意见》\n福建省人民政府办公厅关于推进\n"
     "包容审慎监管的指导意见\n闽府办〔2023〕5号\n各设区市人民政府:\n为打造法治化营商环境,根据《法治政府建设实施纲要(2021—2025年)》"
     "部署要求,经省人民政府同意,现提出以下指导意见。\n一、总体要求",
     {("福建省人民政府办公厅关于推进包容审慎监管的指导意见", "法治政府建设实施纲要(2021-2025年)")}),
])
def test_an_opinion_whose_heading_is_broken_mid_phrase(text, expected):
    assert links(text) == expected


HUAIYUAN_DECISION = "某县人民政府关于公布行政规范性文件清理结果的通知"
GUOBAN_NOTICE = "国务院办公厅关于加强行政规范性文件制定和监督管理工作的通知"


@pytest.mark.parametrize(("text", "expected"), [
    # An explanation's headline naming the explained title after its label, on a line of its own under a metadata
    # table (文字解读《X》), its background part listing the titles it followed in a later sentence of the part
    # (一、制定背景 / 一是上级有要求。根据《A》、《B》等文件要求,…): X carries out each (round 249).
    ("索引号: | 330522/2023-05094 |\n文字解读《" + HUAIYUAN_DECISION + "》\n一、制定背景\n一是上级有要求。根据《"
     + GUOBAN_NOTICE + "》(国办发〔2018〕37号)和《某省行政规范性文件管理办法》等文件要求,对清理工作进行了调整。\n二、主要内容\n"
     "经清理,继续有效的文件270件。",
     {(HUAIYUAN_DECISION, GUOBAN_NOTICE), (HUAIYUAN_DECISION, "某省行政规范性文件管理办法")}),
    # An untitled explanation opening with the day the document was issued and saying it explains it (2024年12月10日,
    # 某市政府印发《X》(以下简称《决定》),…。现就有关内容解读如下), its 起草背景 part carrying out what it names
    # (我市认真贯彻落实《A》《B》等要求,…开展清理): X carries out each.
    ("2024年12月10日,某市政府印发《关于废止一批行政规范性文件的决定》(以下简称《决定》),8件文件停止执行。现就有关内容解读如下:\n"
     "一、起草背景\n开展清理是法治政府建设的要求。我市认真贯彻落实《" + GUOBAN_NOTICE + "》《某省行政规范性文件管理规定》等要求,"
     "扎实开展清理工作。\n二、主要内容\n废止的文件有8件。",
     {("关于废止一批行政规范性文件的决定", GUOBAN_NOTICE), ("关于废止一批行政规范性文件的决定", "某省行政规范性文件管理规定")}),
    # A sentence of the main contents part (二、主要内容) links nothing; a page that explains nothing links nothing.
    ("2024年12月10日,某市政府印发《关于废止一批行政规范性文件的决定》。现就有关内容解读如下:\n二、主要内容\n"
     "我市认真贯彻落实《" + GUOBAN_NOTICE + "》,废止文件8件。", set()),
    ("一、起草背景\n我市认真贯彻落实《" + GUOBAN_NOTICE + "》,扎实开展清理工作。", set()),
])
def test_an_explanation_of_a_clean_up_and_its_background(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quotation of the law's article ending with its own full stop inside the quotes (第三十三条“…不予行政处罚。”等有关
    # 规定,…现将《X》印发给你们): the notice's sentence goes on past it, so X carries out the law (round 246).
    ("各区民政局:\n为贯彻落实《中华人民共和国行政处罚法》第三十三条“违法行为轻微并及时纠正,没有造成危害后果的,不予行政处罚。”"
     "等有关规定,现将《某市民政部门轻微违法行为不予处罚事项清单》印发给你们,请认真贯彻执行。\n特此通知。",
     {("某市民政部门轻微违法行为不予处罚事项清单", "中华人民共和国行政处罚法")}),
    # (a full stop outside the quotes still ends the sentence)
    ("各区民政局:\n《中华人民共和国行政处罚法》规定“不予行政处罚”。现将《某市民政部门轻微违法行为不予处罚事项清单》印发给你们。",
     set()),
])
def test_a_quotation_closed_after_its_full_stop(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A list or catalogue a body publishes after its grounds (根据《A》精神,…市政府办公布《B清单(2025年)》) is made
    # there and carries A out, as one it 印发s does; a report or a notice published makes nothing (round 250).
    ("十堰市推行告知承诺制。根据《湖北省司法厅关于调整更新证明事项清单的通知》精神,经市政府同意,日前,市政府办公布"
     "《十堰市市直部门实行告知承诺制证明事项清单(2025年)》。",
     {("十堰市市直部门实行告知承诺制证明事项清单(2025年)", "湖北省司法厅关于调整更新证明事项清单的通知")}),
    ("某县推行告知承诺制。根据《某市证明事项清理工作方案》要求,县司法局公布了《某县保留证明事项目录》。",
     {("某县保留证明事项目录", "某市证明事项清理工作方案")}),
    ("某县推行告知承诺制。根据《中华人民共和国政府信息公开条例》,县政府公布《某县2024年政府信息公开工作年度报告》。", set()),
])
def test_a_list_published_under_its_grounds(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An explanation's part on the background and grounds together opening with the titles it lists, no verb before
    # them (一、制定背景及依据 / 《A》(…号)、《B》(…号)相关规定…,市司法局牵头开展清理): the explained document carries
    # out each (round 249, batch B).
    ("某市人民政府于2025年3月9日印发了《某市人民政府关于废止一批行政规范性文件的决定》(某政规〔2025〕1号),现将有关政策解读如下:\n"
     "一、制定背景及依据\n《" + GUOBAN_NOTICE + "》(国办发〔2018〕37号)、《某省行政规范性文件备案审查办法》(某省人民政府令第219号)"
     "相关规定和上级文件修改情况,市司法局牵头开展清理。\n二、主要内容\n废止25件。",
     {("某市人民政府关于废止一批行政规范性文件的决定", GUOBAN_NOTICE),
      ("某市人民政府关于废止一批行政规范性文件的决定", "某省行政规范性文件备案审查办法")}),
    # ... not a run the part's sentence goes on from with no grounds' word (《A》已于2018年印发。), nor a run under
    # the main contents' heading.
    ("某市人民政府于2025年3月9日印发了《某市人民政府关于废止一批行政规范性文件的决定》,现将有关政策解读如下:\n"
     "一、制定背景\n《" + GUOBAN_NOTICE + "》已于2018年印发。\n二、主要内容\n废止25件。", set()),
    ("某市人民政府于2025年3月9日印发了《某市人民政府关于废止一批行政规范性文件的决定》,现将有关政策解读如下:\n"
     "二、主要内容\n《" + GUOBAN_NOTICE + "》相关规定已落实。", set()),
])
def test_an_explanations_grounds_listed_bare(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A titled notice deciding under the grounds its sentence opens with (根据《A》《B》等…规定,经研究,决定对《C》中…
    # 进行调整) carries out A and B; the list it adjusts (C, after 决定对) is no ground (round 255, 象山).
    ("关于调整某县赋权事项的通知\n各乡镇人民政府:\n根据《中华人民共和国行政处罚法》《某省综合行政执法条例》等法律法规和"
     "有关文件规定,经研究,决定对《某县乡镇行政执法事项目录清单(2022年)》中部分事项进行调整。",
     {("关于调整某县赋权事项的通知", "中华人民共和国行政处罚法"), ("关于调整某县赋权事项的通知", "某省综合行政执法条例")}),
    ("关于调整某县赋权事项的通知\n根据《某省综合行政执法条例》精神,经县政府研究,决定收回部分事项。",
     {("关于调整某县赋权事项的通知", "某省综合行政执法条例")}),
    # ... not a report, and not an untitled news page, deciding so.
    ("某县2023年法治政府建设情况报告\n根据《某省综合行政执法条例》等规定,经县政府研究,决定成立领导小组。", set()),
    ("某县召开会议\n根据《某省综合行政执法条例》等规定,经研究,决定成立领导小组。", set()),
])
def test_a_notice_deciding_under_its_grounds(text, expected):
    assert links(text) == expected


DRAFT_NOTICE = "某区人民政府关于将一批区级行政职权调整由街道实施的公告"


@pytest.mark.parametrize(("text", "expected"), [
    # A draft's mark on the line under the heading of the document the grounds belong to (…的公告 / (征求意见稿)) is part
    # of its title: the source is the draft the page cites, not its heading alone (round 255, 濠江, batch B).
    ("某区人民政府办公室关于公开征求意见的公告\n现就《" + DRAFT_NOTICE + "(征求意见稿)》公开征求意见。\n" + DRAFT_NOTICE +
     "\n(征求意见稿)\n根据《某省人民政府关于乡镇街道综合行政执法的公告》精神,结合我区实际,区政府决定将470项区级行政职权"
     "调整由街道实施。现将有关事项公告如下:\n一、名单。",
     {(DRAFT_NOTICE + "(征求意见稿)", "某省人民政府关于乡镇街道综合行政执法的公告")}),
    # ... and with no mark under it, the heading as it stands.
    ("某区人民政府办公室关于公开征求意见的公告\n现就《" + DRAFT_NOTICE + "》公开征求意见。\n" + DRAFT_NOTICE +
     "\n根据《某省人民政府关于乡镇街道综合行政执法的公告》精神,结合我区实际,区政府决定将470项区级行政职权"
     "调整由街道实施。现将有关事项公告如下:\n一、名单。",
     {(DRAFT_NOTICE, "某省人民政府关于乡镇街道综合行政执法的公告")}),
])
def test_a_drafts_mark_under_its_heading(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A notice issuing a bureau's 制度, the 制度's own heading on a line of its own below the notice (a line ending in
    # 制度 is no title the heading scan takes): what the 制度 says it is made under (…,制定本制度) is the 制度's, not
    # the notice's (round 262; a 办法's heading already was, rounds sixty-two and sixty-four).
    ("宁陕县交通运输局关于印发行政执法公示制度(试行)的通知\n局机关各股室:\n现将《行政执法公示制度(试行)》印发给你们。\n"
     "宁陕县交通运输局\n2021年3月2日\n宁陕县交通运输局行政执法公示制度(试行)\n第一章 总则\n"
     "第一条 为规范行政执法,根据《某省交通运输厅行政执法公示办法》的规定,结合工作实际,制定本制度。",
     {("宁陕县交通运输局行政执法公示制度(试行)", "某省交通运输厅行政执法公示办法")}),
    ("某县市场监督管理局关于印发两项制度的通知\n各股室:\n现将制度印发给你们。\n某县市场监督管理局\n2021年3月2日\n"
     "某县市场监督管理局重大执法决定法制审核制度\n第一条 根据《某省重大执法决定法制审核办法》,制定本制度。",
     {("某县市场监督管理局重大执法决定法制审核制度", "某省重大执法决定法制审核办法")}),
    # (guard: a 办法 made so keeps its own heading, found by the heading scan as before)
    ("某县市场监督管理局关于印发办法的通知\n各股室:\n现将办法印发给你们。\n某县市场监督管理局\n2021年3月2日\n"
     "某县市场监督管理局行政执法全过程记录办法\n第一条 根据《某省行政执法全过程记录办法》,制定本办法。",
     {("某县市场监督管理局行政执法全过程记录办法", "某省行政执法全过程记录办法")}),
])
def test_a_systems_heading_under_its_notice(text, expected):
    assert links(text) == expected


NOTICE_257 = "关于加强政务诚信诉讼执行协调工作的通知"
GUIDE_257 = "国务院关于加强政务诚信建设的指导意见"
PLAN_257 = "某省人民政府关于印发某省加强政务诚信建设实施方案的通知"


@pytest.mark.parametrize(("text", "expected"), [
    # A notice's own first part (现就…通知如下。/ 一、总体要求 / 进一步贯彻落实《A》《B》要求,…): its overall requirement
    # says what the notice carries out, as a plan's does (round 257, 赣州).
    (NOTICE_257 + "\n各县(市、区)人民政府:\n为加强政务失信治理,现就有关工作通知如下。\n一、总体要求\n进一步贯彻落实《" + GUIDE_257 +
     "》(国发[2016]76号)《" + PLAN_257 + "》要求,建立健全协调处理机制。\n二、主要任务\n",
     {(NOTICE_257, GUIDE_257), (NOTICE_257, PLAN_257)}),
    # ... not a notice issuing a plan (its cover carries out nothing itself), nor one without 通知如下, nor a part
    # other than the first.
    ("某市人民政府办公室关于印发〈某市政务诚信建设方案〉的通知\n各县(市、区)人民政府:\n现就有关工作通知如下。\n一、总体要求\n"
     "进一步贯彻落实《" + GUIDE_257 + "》要求,建立健全协调处理机制。\n", set()),
    (NOTICE_257 + "\n各县(市、区)人民政府:\n为加强政务失信治理,请做好有关工作。\n一、总体要求\n进一步贯彻落实《" + GUIDE_257 +
     "》要求,建立健全协调处理机制。\n", set()),
    (NOTICE_257 + "\n各县(市、区)人民政府:\n现就有关工作通知如下。\n一、主要任务\n进一步贯彻落实《" + GUIDE_257 +
     "》要求,建立健全协调处理机制。\n", set()),
])
def test_a_notices_overall_requirement(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A ground listed after 以及 with joint issuers set apart by a space (以及中共某市委办公室 某市人民政府办公室《C》):
    # one more ground of the 办法 made under them, as one with a 、 between its issuers is (round 265, 宣城).
    ("某市公职律师管理实施办法\n第一条 为了加强我市公职律师队伍建设,根据《中华人民共和国律师法》、司法部《公职律师管理办法》,"
     "以及中共宣城市委办公室 宣城市人民政府办公室《关于推行法律顾问制度和公职律师公司律师制度的实施方案》(宣发〔2017〕36号)等"
     "要求,结合我市实际,制定本实施办法。",
     {("某市公职律师管理实施办法", "中华人民共和国律师法"), ("某市公职律师管理实施办法", "公职律师管理办法"),
      ("某市公职律师管理实施办法", "关于推行法律顾问制度和公职律师公司律师制度的实施方案")}),
    ("某市公职律师管理实施办法\n第一条 根据《中华人民共和国律师法》、中共宣城市委办公室、宣城市人民政府办公室《关于推行法律顾问"
     "制度和公职律师公司律师制度的实施方案》等要求,制定本实施办法。",
     {("某市公职律师管理实施办法", "中华人民共和国律师法"),
      ("某市公职律师管理实施办法", "关于推行法律顾问制度和公职律师公司律师制度的实施方案")}),
])
def test_a_ground_after_joint_issuers_set_apart_by_a_space(text, expected):
    assert links(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A notice under its grounds, the matter it announces named at length between 现将 and 通知如下 (为进一步贯彻《A》和
    # 《B》的文件精神,…,现将我区2012年度…评比工作有关事项通知如下): the notice carries out A and B, as one naming its
    # matter briefly did (round 264, 武进).
    ("关于开展2012年度某市依法治校先进单位评比工作的通知\n各中小学:\n为进一步贯彻《教育部办公厅关于开展依法治校示范校创建活动的通知》"
     "和《某市依法治校示范校评选与管理办法》的文件精神,推动我区依法治校工作再上新台阶,现将我区2012年度某市依法治校先进单位和"
     "示范校评比工作有关事项通知如下:\n一、创建工作。",
     {("关于开展2012年度某市依法治校先进单位评比工作的通知", "教育部办公厅关于开展依法治校示范校创建活动的通知"),
      ("关于开展2012年度某市依法治校先进单位评比工作的通知", "某市依法治校示范校评选与管理办法")}),
    # (guard: a report's sentence telling what a notice was made under links nothing of the report's own)
    ("某区教育局2012年工作总结\n为进一步贯彻《教育部办公厅关于开展依法治校示范校创建活动的通知》精神,我局开展了评比。", set()),
])
def test_a_notice_naming_its_matter_at_length(text, expected):
    assert links(text) == expected
