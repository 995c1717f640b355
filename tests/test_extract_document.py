"""The document's own facts: title, type, jurisdiction, year, date, number; and named officials."""

import pytest

from kg_builder.context import context_of
from kg_builder.extractors.document import doc_type_of, document_facts
from kg_builder.extractors.persons import persons
from kg_builder.extractors.agencies import agencies
from kg_builder.model import Document


def facts(text):
    """The document's facts by predicate; a jurisdiction only when the text names it (see ``unnamed``)."""
    return {f.predicate: f.object for f in document_facts(Document(id="t", text=text))
            if not (f.predicate == "authorJurisdiction" and f.object.attr("status") == "unnamed")}


def unnamed(text):
    """The level of the place a text that names none is written for, and the words that say so (or None)."""
    for fact in document_facts(Document(id="t", text=text)):
        if fact.predicate == "authorJurisdiction" and fact.object.attr("status") == "unnamed":
            return fact.object.attr("level"), fact.object.text
    return None


@pytest.mark.parametrize(("text", "name", "level", "year"), [
    ("首页 > 新闻\n运城市人民政府关于推进依法行政 建设法治政府的工作报告\n——2019625日在会议上\n2018年以来,市政府推进工作。",
     "运城市", "prefecture", 2018),
    ("东辽县人民政府关于2019年度东辽县法治政府建设情况的报告\n发布时间:2020-03-04", "东辽县", "county", 2019),
    # An untitled report led by its city and its own committee (在某市委、市政府和某某市委的领导下,我市…): the
    # county-level city named last is the author, the city above it a superior; led by its city alone, the city.
    ("2021年,在赣州市委、市政府和瑞金市委的领导下,我市继续全面推进法治政府建设,取得成效。", "瑞金市", "county", 2021),
    ("2021年,在赣州市委、市政府的领导下,我市继续全面推进法治政府建设。赣州市司法局开展工作。", "赣州市", "prefecture", 2021),
    ("2019年,中站区认真贯彻落实。中站区召开会议。全区推进。\n三、2020年工作计划\n2020年,中站区将继续。", "中站区", "county", 2019),
    ("株洲县司法局2017年法治政府建设工作报告\n2017年,县司法局开展工作。", "株洲县", "county", 2017),
    # A city bureau's branch in one of its counties opening an untitled report, its short name defined after it
    # (某市某局某县分局(以下简称“我局”)坚持…): the county's report; a branch by its district's short name
    # (某市某局某城分局) is the city's district so named.
    ("2024年,株洲市生态环境局攸县分局(以下简称“我局”)坚持依法行政,推进工作。", "攸县", "county", 2024),
    ("茂名市生态环境局茂南分局2024年法治政府建设年度报告\n2024年,我局推进工作。", "茂南区", "county", 2024),
    ("广州市公安局增城分局2024年法治政府建设年度报告\n2024年,我局推进工作。", "增城区", "county", 2024),
    # A county's office of the city's bureau, named by the city, the county's short name and the field
    # (某市某春生态环境局): the county's report, a county-level city's likewise; the city's own bureau stays the city's.
    ("福州市闽清生态环境局关于2024年度法治政府建设情况的报告\n2024年,我局推进工作。", "闽清县", "county", 2024),
    ("泉州市石狮生态环境局2023年法治政府建设年度报告\n2023年,我局推进工作。", "石狮市", "county", 2023),
    ("福州市生态环境局2024年法治政府建设年度报告\n2024年,我局推进工作。", "福州市", "prefecture", 2024),
    ("福州市自然资源和规划局2024年法治政府建设年度报告\n2024年,我局推进工作。", "福州市", "prefecture", 2024),
    # The verb 提高 before a bare 县 (提高县…水平) names no 高县 (四川): the county the page names is its own.
    ("2022年,县民政局切实提高县民政依法行政水平,助力东辽县法治政府建设。", "东辽县", "county", 2022),
    ("漳江镇2019年法治政府建设工作总结\n在桃源县委领导下,我镇推进工作。", "漳江镇", "township", 2019),
    ("越秀區2019年法治政府建設情況報告\n2019年,越秀區推進工作。", "越秀区", "county", 2019),
    ("静海区2023年法治政府建设年度报告\n2023年,静海区推进工作。", "静海区", "county", 2023),
    # A district only the statistics codes hold (大兴安岭地区's 新林区): its own report's place.
    ("新林区水务局关于2024年度法治政府建设工作报告\n新林区水务局在区政府的领导下推进工作。", "新林区", "county", 2024),
    ("司法部2019年法治政府建设年度报告\n2019年,司法部推进工作。", "中华人民共和国", "national", 2019),
    # (a ministry's own report: the nation, the one national jurisdiction, whether or not it writes 全国)
    ("司法部2019年法治政府建设年度报告\n2019年,司法部指导全国司法行政机关推进工作。", "中华人民共和国", "national", 2019),
    ("海关总署关于2022年度推进法治政府建设情况的报告\n2022年,海关总署推进工作。", "中华人民共和国", "national", 2022),
    ("海关总署关于2022年度推进法治政府建设情况的报告\n2022年,海关总署组织全国海关推进工作。", "中华人民共和国", "national", 2022),
    ("体育总局关于2022年法治政府建设工作情况的报告\n2022年,体育总局落实《中华人民共和国体育法》。", "中华人民共和国", "national", 2022),
    ("体育总局关于2022年法治政府建设工作情况的报告\n2022年,体育总局向全国人大常委会报告。", "中华人民共和国", "national", 2022),
    ("关于2021年度法治政府建设工作情况的报告\n中共鹤峰县委、鹤峰县人民政府:\n    2021年,我乡推进工作,县委领导。\n"
     "中共龙潭乡委员会  龙潭乡人民政府\n2022年1月10日\n", "龙潭乡", "township", 2021),
    # A title opening with a division whose name is also a word (市中区), told apart from the
    # others of that name by the division code its page's index number opens with.
    ("市中区司法局2022年度法治政府建设情况报告\n索 引 号:370402/2023-00012\n2022年,区司法局推进工作。",
     "市中区", "county", 2022),
    # ... and after its city's name in the title (某市市中区…报告): the district, not the city.
    ("内江市市中区2023年度法治政府建设情况报告\n2023年,全区推进工作。", "市中区", "county", 2023),
    ("枣庄市市中区人民政府关于2024年法治政府建设情况的报告\n2024年,区政府推进工作。", "市中区", "county", 2024),
    # 广州 names its street offices XX街: the 街 is the township when its 党工委 or 办事处 acts.
    ("石榴街2022年法治政府建设工作报告\n2022年,在区委领导下,石榴街党工委、办事处推进工作。全省落实。",
     "石榴街", "township", 2022),
    # A 街 with no street office of its name is no township.
    ("解放街2022年法治政府建设工作报告\n2022年,广东省推进工作。", "广东省", "provincial", 2022),
    # A mirror heading the page with another year's title: the title the body opens with is the document's.
    ("县 2022 年法治政府建设工作总结\n\n县2019年法治政府建设工作总结\n\n2019年,我县推进工作。严格落实《陇县实施办法》。",
     "陇县", "county", 2019),
    # ... but two titles of one year stay the first.
    ("陇县2019年法治政府建设工作总结\n陇县2019年法治政府建设工作总结\n2019年,我县推进工作。", "陇县", "county", 2019),
    # A ministry of the years before the 2018 reform opening its page without a title.
    ("2017年,原环境保护部深入落实《法治政府建设实施纲要(2015—2020年)》,扎实推进法治政府建设工作。",
     "中华人民共和国", "national", 2017),
    # A news item whose lead says the national 普法 office published its year's points (4月3日,全国普法办公布《…》).
    ("4月3日,全国普法办公布《2019年全国普法依法治理工作要点》。要点指出,要推进多层次多领域依法治理。",
     "中华人民共和国", "national", 2019),
    ("3月5日,全国普法工作领导小组办公室印发《2020年全国普法依法治理工作要点》。", "中华人民共和国", "national", 2020),
    # A page naming no division but the rule of law of one place by its short name, its own committee speaking.
    ("为推进法治浙江建设,省委全面依法治省委员会印发《2021年乡村治理工作要点》。", "浙江省", "provincial", 2021),
    ("2021年,市委印发《关于加强乡村治理的实施意见》,助推法治丽水建设。", "丽水市", "prefecture", 2021),
    # A notice issuing a township's plan, its issuer unnamed or only a site's place words, no body: the township's.
    ("关于印发《塘桥街道“法治塘桥”建设行动计划(2023-2025年)》的通知\n各居民区:现将计划印发给你们。",
     "塘桥街道", "township", 2023),
    ("上海浦东关于印发《花木街道2024年普法依法治理工作要点》的通知\n各居民区:现将要点印发给你们。",
     "花木街道", "township", 2024),
    # A page without its title whose first sentence writes a township with its province, city and county.
    ("“七五”普法工作中,浙江省丽水市青田县舒桥乡深化依法治理,2019年开展活动20场。\n浙江省推进工作。",
     "舒桥乡", "township", 2019),
    # An untitled opinion under its number in parentheses: of the number's year, not of a plan's years it cites.
    ("(黔法委发〔2023〕4号)\n为贯彻落实《某某规划(2021-2025年)》,加快推进法治贵州建设,结合我省实际,现就加强普法工作提出如下实施意见。\n"
     "一、总体要求\n到2025年,贵州法治建设迈上新台阶。", "贵州省", "provincial", 2023),
    # A notice to study a plan, numbered years before its mirror's page date and cut before its signature.
    ("宁政办〔2016〕12号《宁夏回族自治区人民政府办公厅关于认真学习贯彻法治政府建设实施纲要(2015-2020年)的通知》\n"
     "时间:2020-05-06 10:11:12\n宁夏回族自治区人民政府办公厅关于认真学习贯彻法治政府建设实施纲要(2015-2020年)的通知\n"
     "宁政办〔2016〕12号\n各市、县(区)人民政府:\n中共中央、国务院印发了《法治政府建设实施纲要(2015-2020年)》。",
     "宁夏回族自治区", "provincial", 2016),
    # An autonomous region's opinion naming no division in full, its bodies bare: the region its page names briefly.
    ("内蒙古政策网 | 内蒙古文件\n关于深入推进依法行政的实施意见\n内政发〔2015〕9号\n各盟行政公署,自治区各委、办、厅、局:\n"
     "全区各级人民政府在自治区党委的正确领导下,推进依法行政,全区法治政府建设取得成效。", "内蒙古自治区", "provincial", 2015),
    # ... or one of its departments written bare (评议会在自治区司法厅召开): a 厅 is a province's department, the page
    # the region's it names briefly (中国式现代化西藏实践, 新西藏), not a county's for its 全区.
    ("自治区2024年度普法责任制现场履职评议会召开\n发布时间:2024-10-25\n在全区上下奋力推进中国式现代化西藏实践之际,"
     "经过自治区普法办的精心筹备,评议会在自治区司法厅召开。要共同推进我区普法工作,为建设新西藏作出贡献。",
     "西藏自治区", "provincial", 2024),
    # A party body signing under 中共 before its city and district: the district, not the municipality.
    ("征求意见\n某某规划(2026-2030年)(草案)\n请提出意见。\n中共上海市长宁区委全面依法治区委员会办公室\n2025年12月1日\n"
     "为深入贯彻落实《法治上海建设规划(2026-2030年)》,制定本规划。", "长宁区", "county", 2026),
    # A county-level city opening its report by its short name, its year spaced from 年 as a PDF writes it, and its
    # full name written inside its committee's name: the author, though its city is named more often.
    ("2022 年,曲阜坚持以习近平法治思想为指导,代表济宁市迎接检查,济宁市专题培训班在曲阜举办。"
     "印发《中共曲阜市委全面依法治市委员会2022年工作要点》。", "曲阜市", "county", 2022),
    # A city's district the same (2024年,南沙坚持…), its full name written once in the text, its city named more
    # often (round 195).
    ("2024年,鼓楼坚持以习近平法治思想为指导,落实市委部署,连续4年被福州市政府督查激励。\n一、主要工作\n"
     "福州市推进法治建设。印发鼓楼区领导干部应知应会法律法规清单。", "鼓楼区", "county", 2024),
    # A bureau's report titled by its bare level whose text names other places only as its partners (向某省某市某区…局
    # 移送, 与某市联合执法, 协助…): none of them is its author; the page names no place of its own.
    ("区市场监管局关于2023年法治政府建设情况的报告\n2023年以来,区市场监管局优化营商环境,全区无照经营持续向好。"
     "向四川省成都市新都区、成华区市场监督管理局通报案例,与四川省广安市联合执法,协助四川省眉山市查办案件。",
     None, "county", 2023),
    # (a place named otherwise is still the author: 全区 and the district named as its own)
    ("区市场监管局关于2023年法治政府建设情况的报告\n2023年,区市场监管局服务新都区发展,全区无照经营持续向好。"
     "与成都市成华区市场监督管理局联合执法。", "新都区", "county", 2023),
    # An untitled report whose year is the one it sums up (总结我局2024年…工作), posted the year after.
    ("时间:2025-03-17\n根据有关工作安排,我局认真总结我局2024年法治政府建设工作开展情况,现报告如下:一、主要举措 局党委召开专题会议。"
     "全县教育系统开展学法活动。县委依法治县办公室督促。", None, "county", 2024),
    # A county bureau's page naming its county only as the place whose development its work serves, and its
    # municipality by its short name: that one county of it.
    ("2024年,本年度县教委深入贯彻习近平总书记考察重庆重要讲话精神,更好地服务保障巫溪教育高质量发展。我委贯彻县委"
     "关于全面依法治县工作安排,为我县推进教育改革发展提供保障。", "巫溪县", "county", 2024),
    # A district bureau's untitled page naming in full only its municipality (重庆市某某工作研讨会) and its district
    # once by its short name, where a reform's pilot landed (改革落地荣昌试点): that one district of the
    # municipality; a short name no district has stays none.
    ("2024年,区司法局在区委、区政府的正确领导下,深入贯彻习近平总书记视察重庆重要讲话精神。某某示范建设改革落地荣昌试点;"
     "在重庆市某某工作研讨会作交流发言。开展全区干部法治教育。", "荣昌区", "county", 2024),
    ("2024年,区司法局在区委、区政府的正确领导下,深入贯彻习近平总书记视察重庆重要讲话精神。某某示范建设改革落地山城试点;"
     "在重庆市某某工作研讨会作交流发言。开展全区干部法治教育。", None, "county", 2024),
    # A district bureau's untitled page naming its province only inside a cited title and as the place a leader's
    # speeches are on, speaking of itself as 区 (区委区政府, 全区): a district's page, not the province's.
    ("2023年,区民政局认真贯彻落实《湖南省法治政府建设实施纲要(2021-2025年)》要求和区委区政府的决策部署,深入学习"
     "习近平总书记对湖南重要讲话精神,为全区社会和谐稳定作出贡献。", None, "county", 2023),
    # A city bureau's untitled page naming its province only in the names of a school and a learning platform its
    # staff study on (通过某省…网络学院、某省…学习平台等渠道): a city's page, not the province's.
    ("2024年,市林业局全面提升法治工作水平。联合市委党校举办全市林业执法培训班。通过河北省林业干部网络学院、"
     "河北省干部在线学习平台等渠道组织干部学法。", None, "prefecture", 2024),
    # ... but a province named as the one doing the work is still the author
    ("2024年,河北省林业和草原局全面提升法治工作水平,通过河北省林业干部网络学院组织全省干部学法。", "河北省",
     "provincial", 2024),
    # ... but a page that names the province outside titles stays the province's
    ("2023年,湖南省民政厅认真贯彻落实《湖南省法治政府建设实施纲要(2021-2025年)》,全省推进。", "湖南省", "provincial", 2023),
    # An untitled report opening with its year run on into its bureau (2022年市交通运输局在…领导下): that year,
    # not a period's end named later (2016-2020年…先进集体).
    ("公示公告\n2022年市交通运输局在市委、市政府的正确领导下,助力法治德阳建设,被授予“2016-2020年全省普法"
     "先进集体”。\n一、主要工作情况", "德阳市", "prefecture", 2022),
    # An untitled page opening with a department named with its city and district, no year first (某市某区
    # 消防救援大队始终以…): the district's, though the page names its city's rule of law more often.
    ("宁波市海曙区消防救援大队始终以习近平新时代中国特色社会主义思想为指导。根据宁波市消防救援支队的通知,执行法治宁波"
     "建设考评办法和法治宁波建设指标。以下为2022年度主要举措和成效:", "海曙区", "county", 2022),
    ("2021年,温州市鹿城区司法局坚持以习近平法治思想为指导,助力法治温州建设,落实温州市委部署。", "鹿城区", "county", 2021),
    # A tax branch opening its untitled report with its headquarters first: the branch's place, not the nation.
    ("2022年,国家税务总局宁波市鄞州区税务局坚持依法治税,在国家税务总局宁波市税务局的领导下,助力法治宁波建设。",
     "鄞州区", "county", 2022),
    ("国家税务总局广东省税务局2022年法治政府建设情况报告\n2022年,我局坚持依法治税。", "广东省", "provincial", 2022),
    # An untitled zone's report that speaks as 高新区 throughout and names its full name only in a cited title:
    # the zone by the name it calls itself, its city's short name and its short kind.
    ("市委、市政府:\n2024年,高新区坚持依法行政。区党工委、区管委会部署。高新区获评先进。《佛山高新技术产业开发区调研报告》获奖。高新区推进。",
     "佛山高新区", "county", 2024),
    # 郑州's airport economy zone, its kind written in full (航空港经济综合实验区), under its working committee's name.
    ("中共郑州航空港经济综合实验区工作委员会\n关于航空港经济综合实验区2023年度\n法治政府建设情况的报告\n\n"
     "2023年,航空港区推进依法行政。", "郑州航空港经济综合实验区", "county", 2023),
    # A park the title names by its city's short name and its county's (no zone kind): the county's.
    ("韶关乳源产业园区管委会2025年法治政府建设年度报告\n园区推进工作。", "乳源瑶族自治县", "county", 2025),
    ("河源东源县2025年法治政府建设年度报告\n县推进工作。", "东源县", "county", 2025),
    # A page of 市政府 telling of two of its city's districts (其中,越秀区…;海珠区…) and naming 法治广州: the city's.
    ("2025年,市政府坚持依法行政,推动我市法治建设。其中,越秀区推进调解;海珠区建设阵地。全面建设法治广州。",
     "广州市", "prefecture", 2025),
    # (a page speaking as a district, 我区, or naming a county of another city, stays with the county it names)
    ("2025年,我区坚持依法行政。越秀区与海珠区共建阵地,助力法治广州建设,市委部署。", "越秀区", "county", 2025),
    # An untitled page of a city's bare bodies that names in full only a district its staff go to (深入…某区某社区开展):
    # the place visited is no author; the page names none, at the city's level.
    ("2024年,市政协机关认真贯彻市委全面依法治市委员会会议精神。市政协机关先后深入城中村、越秀区华乐社区开展普法宣传,"
     "市政协机关党组组织学法。", None, "prefecture", 2024),
    # A placeless city whose units right below are its towns and streets (全市各部门、各镇(街)) and never its counties:
    # a county-level city's page; a city naming its counties (各县(市、区)) stays a prefecture's.
    ("2025年,我市坚持依法行政。市委常委会专题学法。全市36个部门、各镇(街)入驻政务服务网。", None, "county", 2025),
    ("2025年,我市坚持依法行政。市委常委会专题学法。全市各县(市、区)、各镇(街)推进工作。", None, "prefecture", 2025),
    # (a page that writes its district as its own, not only as a site, keeps it)
    ("2024年,越秀区坚持依法行政。区政协机关深入越秀区某社区开展普法宣传。", "越秀区", "county", 2024),
    # An untitled township report naming its county only in the title it cites, speaking as 我镇: no place named,
    # at a township's level, of the year its opening sentence hands over (not the year its work builds on).
    ("在上级的领导下,我镇在2022年工作基础上推进法治建设。按照《东辽县法治建设年度报告规定》要求,现将我镇2023年法治建设情况"
     "报告如下。全镇推进工作。", None, "township", 2023),
    # An untitled street's report that calls itself 全街 (全街获评…, 全街办件…): a township's page, though it names none.
    ("一、上一年度推进法治政府建设的主要举措和成效\n全街建有1个便民服务中心,2025年度内累计办件100件。全街获评先进窗口1个。",
     None, "township", 2025),
    # An untitled street's report opening with the street as its subject, 坚定不移地… after its leadership.
    ("2025年,在区委、区政府的正确引领下,大码头街道坚定不移地学习贯彻习近平法治思想。现将本年度情况汇报如下:街道推进工作。",
     "大码头街道", "township", 2025),
    # (the county named outside a title as well keeps the county's page)
    ("在东辽县委的领导下,我镇推进法治建设。按照《东辽县法治建设年度报告规定》要求,现将我镇2023年法治建设情况报告如下。"
     "全镇推进工作。", "东辽县", "county", 2023),
    # An untitled county-level city's report naming its city once, among the levels above (中央、省和某市关于…的部署),
    # and itself once: the city above is no author.
    ("2021年,市政府在市委领导下,全面落实中央、省和潍坊市关于依法行政的部署,推动工作。青州市获评先进。",
     "青州市", "county", 2021),
    ("2022年,市政府认真落实党中央、省委省政府和济宁市的要求。曲阜市推进依法行政。", "曲阜市", "county", 2022),
    # (a city named once beside its county-level city, not among the levels above, is still read first)
    ("2021年,潍坊市推进依法行政。青州市获评先进。", "潍坊市", "prefecture", 2021),
    # A city's report naming its province only in a cited title and itself only by the rule of law of its short name,
    # speaking as the city (市委, 市政府): that city; without the rule of law named, the city's level with no name.
    ("市委:\n2023年,市政府坚持依法行政。市委常委会研究推进法治惠州建设,市政府常务会议学习《广东省行政执法条例》。",
     "惠州市", "prefecture", 2023),
    ("市委:\n2023年,市政府坚持依法行政。市委常委会研究法治建设,市政府常务会议学习《广东省行政执法条例》。",
     None, "prefecture", 2023),
    # An untitled city bureau's report naming its province and itself only in cited titles, ranking itself among the
    # province's places (在全省率先, 全省首个, 位居全省前列) and speaking as 全市: the city, not the province.
    ("2024年,市民政局贯彻《江西省养老服务实施方案》和《赣州市养老服务规划》《赣州市社会救助办法》。"
     "在全省率先建成救助平台,打造全省首个智慧养老样板,位居全省前列。全市救助水平提升。",
     "赣州市", "prefecture", 2024),
    # A county's news naming the province's honours it won (先后获评全市…、全省“七五”普法中期先进集体、安徽省文明单位,
    # 荣获全省…先进单位): the 全省 of a roll won is the roll's place, as a rank's is, so the county (round 244).
    ("日前,宿松县人民政府通报了2020年度考核结果。全县司法行政系统推进工作。县司法局连续4年荣获全省司法行政系统新闻舆论工作"
     "先进单位,先后获评全市学习型党组织、全省“七五”普法中期先进集体、安徽省文明单位。",
     "宿松县", "county", 2020),
    # (a province's own 全省, with no rank after it, still speaks as the province)
    ("2024年,省民政厅贯彻《江西省养老服务实施方案》和《赣州市养老服务规划》。全省救助水平提升,全省养老服务加强。",
     "江西省", "provincial", 2024),
    # A league's page written to and led by its bare 盟委 (盟委、行署: … 在盟委、行署的领导下,我局…), naming no place:
    # a prefecture's.
    ("盟委、行署:\n2024年,在盟委、行署的领导下,我局推进依法行政。局领导向盟委依法治盟办报告。", None, "prefecture", 2024),
    ("2023年,在盟委的领导下,我局推进依法行政,盟委督查两次。", None, "prefecture", 2023),
    # A department's page opening with its bare bureau's party committee as its subject (区水务局党委坚持…), no place
    # named: that level.
    ("2024年,区水务局党委坚持依法行政,将法治建设与业务工作同部署。局党委学法6次。", None, "county", 2024),
    ("2023年,县林业局党组深入学习习近平法治思想,推进执法规范化。", None, "county", 2023),
    # An untitled department's report naming its place only in its 现将…报告如下, after a long subject of what it
    # reports (…工作情况和主要负责人履行…职责情况): the department's place.
    ("根据《江西省法治政府建设年度报告办法》要求,现将宜春市水利局2024年度法治政府建设工作情况和主要负责人履行推进法治建设"
     "第一责任人职责情况报告如下:\n一、主要举措\n在省水利厅和市委、市政府的领导下,我局推进工作。", "宜春市", "prefecture", 2024),
    # An untitled street office's report opening with its year, 年以 both lost before 来 (2023来,某街道在区委…领导下):
    # the year, and the street as the author, not the district its 法治某区 names; 年 lost before 以来 the same.
    ("2023来,青枫街道在区委、区政府的坚强领导下,紧紧围绕法治白塔建设总体部署,推进法治建设。街道党工委学法8次。",
     "青枫街道", "township", 2023),
    ("2022以来,青枫街道在区委、区政府的坚强领导下,推进法治建设。街道党工委学法8次。", "青枫街道", "township", 2022),
    ("依据《江苏省行政执法条例》,现将丰县市场监督管理局2023年度法治政府建设工作情况和主要负责人履职情况报告如下:\n我局推进依法行政。",
     "丰县", "county", 2023),
    ("按照《浙江省法治政府建设年度报告制度》,现将长兴县司法局2022年法治政府建设工作开展情况和下一步工作打算报告如下:\n"
     "我局推进工作。", "长兴县", "county", 2022),
    # A 兵团 regiment farm opening its report's title (2021年五团…报告): its own, a township-level unit the township
    # table does not hold; the Youth League's committee (共青团…) is no regiment.
    ("2021年五团法治政府建设工作报告\n2021年,五团依法治团工作,在师市司法局和团镇党委的正确领导下开展。",
     "五团", "township", 2021),
    ("2022年十二团法治政府建设工作报告\n2022年,我团依法治团,团场党委高度重视。", "十二团", "township", 2022),
    # (its number in figures opening the title, 106团2022年…报告: a title still, the regiment its author, not the
    # division-city its text names in a cited title)
    ("106团2022年法治政府建设年度报告\n在师市党委、政府的坚强领导下,106团根据《第六师五家渠市法治政府建设重要举措分工方案"
     "(2021-2025)》要求报告如下。", "106团", "township", 2022),
    # A page naming in full only the city where its region's government met (自治区人民政府在某市召开的…推进会):
    # the venue is not its author, which the page never names (its 区委、区政府, 全区: a county's level).
    ("2022年,区委、区政府坚持依法行政,坚决贯彻落实自治区党委、市委决策部署,借鉴自治区人民政府在克拉玛依市召开的"
     "法治政府建设现场推进会的先进经验,现将全区法治建设情况汇报如下:", None, "county", 2022),
    ("2022年,区委、区政府坚持依法行政。克拉玛依市召开推进会,全区学习。", "克拉玛依区", "county", 2022),
    # An explanation whose headline is the title it explains (《重庆市某区人民政府关于印发…的通知》政策解读), its text
    # naming the municipality's rules more often than the district and speaking of 区政府: the district explains.
    ("《重庆市永川区人民政府关于印发行政调解规定的通知》政策解读\n2021年,区政府发布了规定。市政府颁布《重庆市行政调解办法》,"
     "与《重庆市调解条例》衔接。区政府常务会议审议。", "永川区", "county", 2021),
    # ... a province's title explained on a page speaking as 我县: the county's page still.
    ("《四川省行政调解办法》政策解读\n2021年,我县认真学习,渠县司法局组织培训,县政府召开会议。", "渠县", "county", 2021),
    # A press Q&A on a plan (…就《某省…实施方案(2016—2020年)》答记者问) is of the plan's first year, not of the year
    # its background names (2015年12月, the 纲要).
    ("省政府法制办负责人就《甘肃省法治政府建设实施方案(2016—2020年)》答记者问\n近日,省委、省政府印发了《方案》。\n答:2015年12月,"
     "中共中央、国务院印发了《法治政府建设实施纲要(2015—2020年)》。", "甘肃省", "provincial", 2016),
    # A column label above the title, then 全省 ranking the city (走在了全省前列, 居全省第一): the city of the title.
    ("法治政府建设年度报告和工作要点\n杭州市司法局2023年法治政府建设年度报告\n2023年,市司法局推进工作,"
     "多项工作走在了全省、全国前列,获2023年度浙江省改革突破奖银奖,数量连续两年居全省第一。", "杭州市", "prefecture", 2023),
    # An untitled city bureau's report naming its city only by its short name, right after the 为 of the legal
    # guarantee it gives (为大连振兴发展新突破提供了有力法治保障): that city.
    ("关于2024年法治政府建设情况的报告\n\n2024年,在市委、市政府正确领导下,市司法局深入学习贯彻习近平法治思想,"
     "切实推动全市法治政府建设,为大连振兴发展新突破提供了有力法治保障和优质法律服务。现将有关工作情况报告如下。",
     "大连市", "prefecture", 2024),
    # A zone's title broken across lines, the zone named first (鞍山高新区…推进法治 / 建设…职责清单): the zone, under
    # its city, is the author, not the province its cited titles name.
    ("鞍山高新区党政主要负责人履行推进法治\n建设第一责任人职责清单\n根据《辽宁省党政主要负责人履行推进法治建设第一责任人"
     "职责清单》及《鞍山市党政主要负责人履行推进法治建设第一责任人职责清单》,制定本清单。\n2023年5月19日", "鞍山高新区", "county", 2023),
    # A metadata table's date in the cell after its label (| 生成日期 | 2019-04-24 14:13:55 |): the page's date, not the
    # date of an older document it repeals (2013年9月18日发布的《…》同时废止).
    ("索引号 | 620722096/2020-00026 | 发文字号 | |\n生成日期 | 2019-04-24 14:13:55 | 是否有效 | 是 |\n"
     "政策文件:民乐县政府重大行政决策程序规定\n本规定自发布之日起施行,2013年9月18日发布的《民乐县政府重大行政决策程序规定》同时废止",
     "民乐县", "county", 2019),
    # A city's short name opening the report with its committee and government, its 市 dropped (朔州委、政府坚持…): the
    # city's own report; a county's short name (泽州委、政府) and a bare 市委、政府 name no city by this.
    ("2024年,在省委、省政府的正确领导下,朔州委、政府坚持以习近平新时代中国特色社会主义思想为指导,扎实推进依法行政工作。"
     "市委、市政府主要负责同志带头学法。", "朔州市", "prefecture", 2024),
    ("2024年,石家庄委、市政府坚持依法行政,市委常委会专题听取汇报。", "石家庄市", "prefecture", 2024),
    ("2024年,泽州委、政府坚持依法行政,全县推进。", None, "county", 2024),
    # A city's short name alone as the opening's subject (2024年,淮安坚持以…为指导): the city's own report, as with its
    # committee and government after it; a county-level city's short name (义乌) names no prefecture by this.
    ("2024年,淮安坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。\n一是深学笃行习近平法治思想。"
     "市政府发挥带头示范作用。", "淮安市", "prefecture", 2024),
    ("2024年,义乌坚持以习近平新时代中国特色社会主义思想为指导,深入推进依法行政。", None, None, 2024),
    # A city bureau's untitled page under its bare 市委、市政府 that names in full only its province (第二届山东省…大比武)
    # and its own city by its short name only as where its superiors held an on-site meeting to show its work
    # (总局、省局在泰安召开现场会7次): that city; a city of another province so named is not the page's.
    ("今年以来,在市委、市政府的坚强领导下,我局不断强化法治为本理念,市场监管法治化建设取得新成效。市委、市政府领导6次批示肯定"
     "市场监管工作,总局、省局在泰安召开现场会7次。在全省市场监管系统2024年依法行政综合能力提升培训班上做典型发言,在第二届"
     "山东省市场监管系统电子数据取证大比武中荣获团体第一名,全市执法水平持续提升。", "泰安市", "prefecture", 2024),
    ("今年以来,在市委、市政府的坚强领导下,我局不断强化法治为本理念,市场监管法治化建设取得新成效。总局、省局在徐州召开现场会"
     "7次。在全省市场监管系统2024年依法行政综合能力提升培训班上做典型发言,在第二届山东省市场监管系统电子数据取证大比武中荣获"
     "团体第一名,全市执法水平持续提升。", None, "prefecture", 2024),
    # A headline of a body giving a report at a meeting (…在区政府常务会议“学法进行时”作专题汇报) is news of the
    # meeting, of the year it was posted, not a report on the year before.
    ("嘉兴市南湖区司法局在区政府常务会议“学法进行时”作专题汇报\n\n来源: 市司法局 时间: 2021-12-20 14:55:10\n\n"
     "12月18日下午,南湖区召开区政府常务会议。区司法局局长作专题汇报,围绕《法治政府建设实施纲要(2021-2025)》介绍了目标任务。",
     "南湖区", "county", 2021),
    # A posting line with the day first and dots between (18.07.2016  19:09) dates the news as the ISO one does.
    ("河池市东兰县政府常务会议集体学法活动成为常态化\n\n18.07.2016  19:09\n\n近日,东兰县召开常务会议,学习新修订的法律。",
     "东兰县", "county", 2016),
    # A bureau of a county-level city that never names it but as the place whose digital build-out its work joins,
    # listed with the others (坚持法治政府建设与数字廉江、数字政府…相结合,助力我市): that city, as 法治义乌 names it.
    ("2025年,我局坚持法治政府建设与数字廉江、数字政府、数字经济规划和建设等工作相结合,助力我市高质量发展。",
     "廉江市", "county", 2025),
    ("2025年,我局坚持法治政府建设与数字政府、数字经济规划和建设等工作相结合,助力我市高质量发展。",
     None, "prefecture", 2025),
])
def test_jurisdiction_and_year(text, name, level, year):
    got = facts(text)
    if name is None:  # a page that names no place of its own: its level, without a name
        assert ("authorJurisdiction" not in got, (unnamed(text) or (None,))[0], got["yearCovered"]) == (True, level, year)
        return
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level"), got["yearCovered"]) == (name, level, year)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A place named only inside the regulations the page cites (《广西壮族自治区…条例》, three times) is their
    # congress's: the place the page names in its own words (东兰县召开常务会议) is the author.
    ("近日,东兰县召开常务会议,学习《广西壮族自治区人口和计划生育条例》。县法制办主任对《广西壮族自治区人口和计划生育条例》"
     "进行解读。全体与会人员认真听取《广西壮族自治区人口和计划生育条例(2016修正)》解读。", "东兰县", "county"),
    # ... but a place named only in its own plan's title keeps its rank (《中共汕尾市医疗保障局党组…工作方案》, 我局,
    # then 广东省国家工作人员学法考法 in its own words).
    ("根据《法治政府建设实施纲要(2021—2025年)》的工作部署,我局深入推进依法行政。现将有关情况报告如下:\n"
     "1.印发《中共汕尾市医疗保障局党组学习贯彻习近平法治思想工作方案》,深入学习。\n2.组织干部参加广东省国家工作人员学法考法。",
     "汕尾市", "prefecture"),
])
def test_a_place_named_only_in_cited_regulations_is_no_author(text, name, level):
    got = facts(text).get("authorJurisdiction")
    assert (got.name, got.attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "year"), [
    # News posted in one year of the work of the year before, naming that year again and again and its
    # own year never: the year it reports on.
    ("行政争议化解成效明显\n时间:2026-03-02 来源:某报\n本报讯 近日,记者从鞍山市司法局召开的2025年度行政复议工作新闻发布会上获悉,"
     "2025年,全市新收行政复议案件900件。2025年,全市行政机关负责人出庭应诉率达100%。", 2025),
    # ... but the posting year named once in the body keeps it (the news is of this year's meeting).
    ("行政争议化解成效明显\n时间:2026-03-02 来源:某报\n本报讯 2026年3月1日,鞍山市司法局召开新闻发布会,通报2025年度工作。"
     "2025年,全市新收行政复议案件900件。2025年,全市行政机关负责人出庭应诉率达100%。", 2026),
    # ... and the year before named only once is no report of it.
    ("行政争议化解成效明显\n时间:2026-03-02 来源:某报\n本报讯 鞍山市司法局召开新闻发布会。2025年,全市新收行政复议案件900件。", 2026),
    # A notice numbered and signed in one year whose page was posted in a later one: the year it was issued.
    ("关于印发《某某县法治宣传工作方案》的通知\n发表日期: 2021-05-10 来源:某某县司法局\n某法组发〔2020〕2号\n"
     "各乡镇:\n现将《某某县法治宣传工作方案》印发给你们。\n某某县法治宣传领导小组\n2020年9月1日\n某某县法治宣传工作方案\n为推进工作,制定本方案。", 2020),
    # ... but a page whose signature is of its posting year keeps that year.
    ("关于印发《某某县法治宣传工作方案》的通知\n发表日期: 2021-05-10 来源:某某县司法局\n某法组发〔2020〕2号\n"
     "各乡镇:\n现将《某某县法治宣传工作方案》印发给你们。\n某某县法治宣传领导小组\n2021年5月1日\n某某县法治宣传工作方案\n为推进工作,制定本方案。", 2021),
    # A page naming no year but a yearly observance by its ordinal: the observance's year (round 267).
    ("12月4日是第十二个国家宪法日,某某区税务局在区人民公园开展宪法宣传活动。", 2025),
    ("这是某某区主题宪法宣传活动中的一幕。今年12月1日—7日是全国第七个“宪法宣传周”。某某区税务局联合区司法局开展活动。", 2024),
    ("第32个全国税收宣传月启动\n某某市税务局在某中学举办第32个全国税收宣传月启动仪式。", 2023),
    # ... and a year the page names keeps it.
    ("2023年12月4日是国家宪法日,某某区税务局回顾第一个国家宪法日以来的工作。", 2023),
])
def test_news_of_the_year_before(text, year):
    assert facts(text)["yearCovered"] == year



@pytest.mark.parametrize(("text", "year"), [
    # A report on years written as a period (关于2021-2025年度…工作总结报告) is of the period's last year.
    ("县司法局关于2021-2025年度行政复议体制改革工作总结报告\n自2022年1月1日起,我县实行集中管辖。", 2025),
    # ... and a single year's report keeps its year.
    ("县司法局关于2023年度行政复议工作总结报告\n2023年,我县实行集中管辖。", 2023),
    # A report naming no year it reports on, its body opening on "recent years" (报告如下。近年来,…), covers several:
    # no year, not the one before its posting; a report that names its year keeps it.
    ("某市人民政府关于法治政府建设工作情况的报告\n日期:2020年09月10日\n市人大常委会:\n现将全市法治政府建设情况报告如下。\n"
     "近年来,全市各级行政机关深入推进依法行政,法治政府建设取得阶段性成果。", None),
    ("某市人民政府关于法治政府建设工作情况的报告\n日期:2020年09月10日\n市人大常委会:\n现将全市法治政府建设情况报告如下。\n"
     "2019年,全市各级行政机关深入推进依法行政。近年来,法治政府建设取得阶段性成果。", 2019),
    # An untitled report opening on the span it covers (2022年至2024年,某街道…; round 203): several years, no year;
    # one opening on a single year keeps it.
    ("2022年至2024年,金龙坪街道深入贯彻习近平法治思想,将法治建设贯穿街道治理全过程。现将三年工作情况报告如下:", None),
    ("2024年,金龙坪街道深入贯彻习近平法治思想,将法治建设贯穿街道治理全过程。现将工作情况报告如下:", 2024),
    # A title opening with its year run into 关于, its 年 lost on a 范文 site (2023关于某市…的报告; round 232): the
    # title and its year, as with 2023年关于.
    ("2022关于某县行政复议工作情况的报告\n根据县人大常委会 2022 年监督工作计划安排,现将我县行政复议工作情况报告如下:\n"
     "一、主要情况\n近年来,全县行政复议工作不断加强。2019 年5月,县行政复议局挂牌。", 2022),
    ("2022年关于某县行政复议工作情况的报告\n根据县人大常委会 2022 年监督工作计划安排,现将我县行政复议工作情况报告如下:\n"
     "一、主要情况\n近年来,全县行政复议工作不断加强。2019 年5月,县行政复议局挂牌。", 2022),
])
def test_report_on_a_period_of_years(text, year):
    assert facts(text).get("yearCovered") == year


@pytest.mark.parametrize(("text", "doc_type", "year"), [
    # A bare plan title with the years it covers: a plan, made in its first year when undated.
    ("安徽省法治政府建设实施方案（2021—2025年）\n为贯彻落实纲要,结合本省实际,制定本方案。", "implementation_plan", 2021),
    ("芜湖市法治政府建设规划(2016-2020年)\n为深入推进依法行政,制定本规划。", "implementation_plan", 2016),
    # A lost dash in the range.
    ("芜湖市法治政府建设规划(20162020年)\n为深入推进依法行政,制定本规划。", "implementation_plan", 2016),
    # A page posted years later: the plan's signature date, inside its range, is its year.
    ("芜湖市人民政府关于印发《芜湖市法治政府建设实施方案(2016-2020年)》的通知\n发布时间: 2024-05-06 10:00\n"
     "各县区人民政府:\n现印发给你们。\n芜湖市人民政府\n2017年3月2日\n芜湖市法治政府建设实施方案(2016-2020年)\n为推进工作,制定本方案。",
     "implementation_plan", 2017),
    # Posted a year after its signature, both inside the range: the signature's year.
    ("中共某省委某省人民政府关于印发〈某省法治政府建设实施纲要(2016-2020年)〉的通知\n时间:2017-05-22 05:51:57\n"
     "各市党委和人民政府:\n现印发给你们。\n中共某省委\n某省人民政府\n2016年5月31日\n某省法治政府建设实施纲要(2016-2020年)\n"
     "为推进工作,制定本纲要。", "implementation_plan", 2016),
    # Dated inside the range: the publishing date.
    ("芜湖市法治政府建设实施方案(2021-2025年)\n发布时间:2022-01-05\n为推进工作,制定本方案。", "implementation_plan", 2022),
    # ... unless the plan sets a goal for a year before the page's posting (到2023年…建成): posted later, the first year.
    ("某市法治政府建设实施方案(2022-2025年)\n发布时间:2024-06-01\n为推进工作,制定本方案。到2023年,基本建成示范市。"
     "到2025年,全面建成。", "implementation_plan", 2022),
    ("某市法治政府建设实施方案(2022-2025年)\n发布时间:2024-06-01\n为推进工作,制定本方案。到2025年,全面建成。",
     "implementation_plan", 2024),
    # A draft plan: the years it covers, then the draft's mark; its text looks back on the last five years.
    ("关于开展法治宣传教育的第八个五年规划（2021—2025年）（征求意见稿）\n2016年至2020年,第七个五年规划顺利完成。特制定本规划。",
     "implementation_plan", 2021),
    # A signature date in Chinese numerals inside the range, its ○ typed as ○, 〇 or 0: the year it was signed.
    ("某市人民政府关于印发某市依法行政规划(2006-2010年)的通知\n各县人民政府:\n现印发给你们。\n  二○○七年二月一日\n"
     "为推进依法行政,制定本规划。", "implementation_plan", 2007),
    ("某市人民政府依法行政规划(2006—2010年)\n  二00八年十二月二十日\n为推进依法行政,制定本规划。", "implementation_plan", 2008),
    ("某县依法行政规划(2006-2010年)\n二〇〇九年十月三十一日\n为推进依法行政,制定本规划。", "implementation_plan", 2009),
    # ... but outside the range, or inside a sentence, it is no signature: the first year.
    ("某县依法行政规划(2006-2010年)\n二○一二年五月一日\n为推进依法行政,制定本规划。", "implementation_plan", 2006),
    ("某县依法行政规划(2006-2010年)\n为推进依法行政,二○○八年五月一日起制定本规划。", "implementation_plan", 2006),
])
def test_plan_title_with_its_years(text, doc_type, year):
    got = facts(text)
    assert (got["docType"], got["yearCovered"]) == (doc_type, year)


@pytest.mark.parametrize(("text", "doc_type"), [
    # An untitled plan by its parts on their lines (一、指导思想, 二、工作目标): a year made the year of its work
    # makes it a year's plan; without one it is a plan of measures.
    ("局党委提出将2023年作为“制度建设规范年”,实施项目化管理。\n一、指导思想\n高举旗帜,推动司法行政事业发展。\n"
     "二、工作目标\n(一)全面清理制度规范。", "work_plan"),
    ("为推进法治建设,提出如下措施。\n一、总体要求\n坚持党的领导。\n二、主要任务\n(一)完善制度。", "implementation_plan"),
    # Parts of another kind (一、指导思想 then 二、组织机构) make no plan.
    ("全局推进工作。\n一、指导思想\n坚持党的领导。\n二、组织机构\n局长任组长。", "other"),
    # An untitled page that names itself where it is to be carried out: the plan or opinion it calls itself.
    ("各部门要于3月底前报送材料。\n市政府将把各部门贯彻落实本实施意见情况列入考核内容。", "implementation_plan"),
    ("各单位要认真执行本方案,按时报送进展。", "implementation_plan"),
    ("请各区结合实际落实本意见,及时报告情况。", "opinion"),
    # A 本 that names no document of its own is no plan.
    ("各部门落实本部门职责,按时报送材料。", "other"),
])
def test_untitled_plan_by_its_parts(text, doc_type):
    assert facts(text)["docType"] == doc_type


@pytest.mark.parametrize(("text", "title", "doc_type"), [
    # The issuing office on a line of its own, the title broken after it.
    ("芜政办〔2021〕5号\n芜湖县人民政府办公室\n关于印发芜湖县2021年度法治政府建设\n工作安排的通知\n各乡镇人民政府:",
     "芜湖县人民政府办公室关于印发芜湖县2021年度法治政府建设工作安排的通知", "work_plan"),
    # The title in a table of the page's metadata.
    ("索 引 号 | 0001/2021-01 | 主题分类 | 政府 |\n标 题 | 芜湖市人民政府关于印发《芜湖市法治政府建设实施方案》的通知 |\n各县区人民政府:",
     "芜湖市人民政府关于印发《芜湖市法治政府建设实施方案》的通知", "implementation_plan"),
    # An explanation of a report is not the report.
    ("【政策解读】关于《芜湖县2021年度法治政府建设情况的报告》的政策解读\n现解读如下:",
     "【政策解读】关于《芜湖县2021年度法治政府建设情况的报告》的政策解读", "other"),
    # A line that opens with a quoted title is its explanation's title when it ends so.
    ("《芜湖县2024年依法行政工作要点》解读\n现解读如下:", "《芜湖县2024年依法行政工作要点》解读", "other"),
    # The explanation's tag and a colon before the title it explains (round 268): the headline, an explanation.
    ("文字解读:《2024年某某县政务公开工作要点》\n一、政策背景\n县政府办公室出台了《2024年某某县政务公开工作要点》。",
     "文字解读:《2024年某某县政务公开工作要点》", "other"),
    ("政策解读:《某市2023年法治政府建设工作要点》\n\n一、起草背景\n2023年,市司法局起草了《某市2023年法治政府建设工作要点》。",
     "政策解读:《某市2023年法治政府建设工作要点》", "other"),
    # The issuing government on a line of its own, the title on the next.
    ("大河乡人民政府\n关于法治政府建设的情况报告\n2025年,大河乡推进工作。", "大河乡人民政府关于法治政府建设的情况报告",
     "annual_report"),
    # A headline with its document number after it, the number's brackets lost: the title ends before it.
    ("某市市场监督管理局关于印发《某市法治市场监管建设实施方案(2021-2025年)》的通知 (某市监法规20220127号)\n各区市场监管局:",
     "某市市场监督管理局关于印发《某市法治市场监管建设实施方案(2021-2025年)》的通知", "implementation_plan"),
    # A site's banner with its Chinese domain name above a street's report: the host district's name is
    # no line of the title.
    ("中文域名:天津市西青区人民政府.政务\n\n某某街道2025年法治政府建设情况报告\n\n2025年,某某街道推进工作。",
     "某某街道2025年法治政府建设情况报告", "annual_report"),
    # A site's name on a line of its own above a street's report (某市某区人民政府网站): no first half of the title.
    ("成都市武侯区人民政府网站\n\n武侯区石榴街道2025年法治政府建设年度报告\n\n2025年,石榴街道推进工作。",
     "武侯区石榴街道2025年法治政府建设年度报告", "annual_report"),
    # A headline with the site's name after it, as a title bar shows it: the title ends before the dash, and a
    # notice's plan below it is no title of its own.
    ("关于印发2024年全市普法工作要点的通知-某某网\n各县区:\n《2024年全市普法工作要点》已经审议通过,现印发给你们。\n"
     "某市普法工作领导小组\n2024年3月1日\n2024年全市普法工作要点\n2024年是关键之年。",
     "关于印发2024年全市普法工作要点的通知", "work_plan"),
    ("某县2024年度法治政府建设情况报告_某县人民政府\n2024年,某县推进工作。", "某县2024年度法治政府建设情况报告",
     "annual_report"),
    # A page's metadata row whose last field ends as a title does (文 号: 所属主题: 计划总结) is no title: the
    # headline below it is.
    ("某市民政局\n索引号: jz-2023-1 发布机构:\n文 号: 所属主题: 计划总结\n\n某市民政局2022年法治政府建设情况报告\n\n"
     "2022年,市民政局推进工作。", "某市民政局2022年法治政府建设情况报告", "annual_report"),
    # A government's working rules are a title too.
    ("某县人民政府工作规则\n第一章 总则\n一、县政府实行县长负责制。", "某县人民政府工作规则", "other"),
    # A site's link to a related page above the notice (相关文件: 《X》政策解读) is no headline: the plan's is.
    ("相关文件: 《某县“十四五”公共法律服务体系建设规划》政策解读\n各镇人民政府:\n《某县“十四五”公共法律服务体系建设规划》"
     "已经县政府同意,现印发给你们。\n某县人民政府办公室\n2022年6月20日\n某县“十四五”公共法律服务体系建设规划\n目录",
     "某县“十四五”公共法律服务体系建设规划", "implementation_plan"),
    # A mirror's headline opening with the document's number, its title unmarked: the number is no word of it.
    ("湘政办字〔2016〕8号 湖南省人民政府办公厅关于落实重点工作部门分工的意见\n\n省政府各部门:\n现提出如下意见:",
     "湖南省人民政府办公厅关于落实重点工作部门分工的意见", "opinion"),
    # A title broken across two lines with an archive's address line between them.
    ("中共某某市委关于贯彻落实党的十八届四中全会和\n\nOriginal URL: http://lib.example.cn/a?id=1\n\n\n"
     "省委全会精神全面推进依法治市的意见\n(2014年11月27日通过)\n为深入贯彻全会精神,提出如下意见:",
     "中共某某市委关于贯彻落实党的十八届四中全会和省委全会精神全面推进依法治市的意见", "opinion"),
    # A list page's headline with its posting date after it: the title ends before the date.
    ("公众参与详情\n法治某某建设规划(2026-2030年)(征求意见稿) 发布时间:2025-12-01\n为建设法治某某,制定本规划。",
     "法治某某建设规划(2026-2030年)(征求意见稿)", "implementation_plan"),
    # A bureau's name above a title that opens with a place (the site's column: 中站区司法局 / 中站区2022年度…报告) is
    # no first half of the title; a government's name above a title opening with its year is (乡人民政府 / 2022年度…).
    ("中站区司法局\n\n中站区2022年度法治政府建设情况报告\n\n发布机构: 区司法局\n2022年,我区推进工作。",
     "中站区2022年度法治政府建设情况报告", "annual_report"),
    ("中站区人民政府\n2022年度法治政府建设情况报告\n2022年,区政府推进工作。",
     "中站区人民政府2022年度法治政府建设情况报告", "annual_report"),
    # A metadata table flattened to lines, its labels spaced from their values with no colon (标 题 X): the title
    # field is the title, and the index row (索 引 号 … 主题分类 规划计划、年度报告) is none, though it ends as a
    # report's title does.
    ("索 引 号 XM00111-03-01-2026-002 主题分类 规划计划、年度报告\n发布机构 文 号 某司〔2026〕22号\n"
     "生成日期 2026-02-12\n标 题 某市司法局关于印发2026年全市司法行政工作要点的通知\n内容概述\n"
     "某市司法局关于印发2026年全市司法行政工作要点的通知\n各区司法局:",
     "某市司法局关于印发2026年全市司法行政工作要点的通知", "work_plan"),
    ("索 引 号 XM00111-2026-002 主题分类 规划计划、年度报告\n\n某市司法局关于印发2026年全市司法行政工作要点的通知\n"
     "各区司法局:", "某市司法局关于印发2026年全市司法行政工作要点的通知", "work_plan"),
    # A site's list of fields, each behind a bullet (• 主题分类:通知公告, • 标  题:…): the title field is the
    # title, and the other fields are none, though 通知公告 ends as a notice's title does (round 211).
    ("• 索 引 号:370481/2026-00313\n  • 主题分类:通知公告\n  • 发布机构:青山镇\n  • 成文时间:2026年01月29日\n"
     "  • 标  题:青山镇2025年度法治政府建设报告\n  • 效力状态:有效\n\n青山镇2025年度法治政府建设报告\n\n"
     "今年以来,青山镇推进依法治镇。现将2025年度法治建设情况报告如下:", "青山镇2025年度法治政府建设报告", "annual_report"),
    ("• 索 引 号:370481/2026-00313\n  • 主题分类:通知公告\n  • 发布机构:青山镇\n  • 成文时间:2026年01月29日\n\n"
     "青山镇2025年度法治政府建设报告\n\n今年以来,青山镇推进依法治镇。", "青山镇2025年度法治政府建设报告", "annual_report"),
    # ... and its rows of the publishing body and the kind of content (• 发布单位:某市人民政府 • 内容分类:“十二五”规划),
    # which a page may run together, are fields too (round 241: 荣成).
    ("首页\n    • 索引号:11371082004363781R-RC/2021-10903\n    • 发布单位:荣成市人民政府\n    • 内容分类:“十二五”规划\n"
     "    • 成文日期:2021-12-14\n\n荣成市人民政府关于印发《荣成市全面推进依法行政第五个五年规划(2011—2015年)》的通知\n\n"
     "各镇人民政府:\n现将《荣成市全面推进依法行政第五个五年规划(2011—2015年)》印发给你们,请认真贯彻施行。",
     "荣成市人民政府关于印发《荣成市全面推进依法行政第五个五年规划(2011—2015年)》的通知", "implementation_plan"),
    # A site's column label above the page's own title (法治政府建设年度报告和工作要点 / 杭州市司法局2023年…年度报告):
    # it names no year, place or 关于, and the next line, opening with its place and naming its year, is the heading.
    ("法治政府建设年度报告和工作要点\n杭州市司法局2023年法治政府建设年度报告\n  • 信息索引号:\n"
     "2023年,市司法局推进工作。", "杭州市司法局2023年法治政府建设年度报告", "annual_report"),
    ("法治政府建设工作要点\n\n宁波市2024年法治政府建设工作要点\n一、总体要求", "宁波市2024年法治政府建设工作要点", "work_plan"),
    # A title without a year or place above a line that names neither stays the title (…实施方案 / 一、总体要求).
    ("法治政府建设实施方案\n为推进依法行政,制定本方案。", "法治政府建设实施方案", "implementation_plan"),
    # A list's title on the page's first line (…职责清单): the title, as a 办法's or a 规定's is.
    ("某市党政主要负责人履行推进法治建设第一责任人职责清单\n为深入贯彻习近平法治思想,制定本清单。",
     "某市党政主要负责人履行推进法治建设第一责任人职责清单", "other"),
    # A zone's title broken across lines, the zone named first: one title, and the zone its author.
    ("某山高新区党政主要负责人履行推进法治\n建设第一责任人职责清单\n为深入贯彻习近平法治思想,制定本清单。",
     "某山高新区党政主要负责人履行推进法治建设第一责任人职责清单", "other"),
    # A title after its page's label (政策文件:某县…规定): the title without the label.
    ("政策文件:某县政府重大行政决策程序规定\n一、政策依据\n根据《某省重大行政决策程序暂行规定》,结合本县实际,制定本规定。",
     "某县政府重大行政决策程序规定", "other"),
    # A metadata line's 名称 set apart by spaces alone, as 新疆's county sites print it (名        称 X): the title
    # without the label (round 220).
    ("索 引 号 K45899617/2026-00012 发布机构 拜城县人民政府\n名  称 拜城县2025年法治政府建设工作报告\n"
     "拜城县2025年法治政府建设工作报告\n2025年,拜城县在地委、行署和县委的坚强领导下,推进法治政府建设。",
     "拜城县2025年法治政府建设工作报告", "annual_report"),
    ("名        称 2022年某县法治政府建设工作报告\n2022年,某县坚持依法行政。", "2022年某县法治政府建设工作报告",
     "annual_report"),
    # A task list carrying out a plan or opinion (…任务清单): a plan.
    ("关于印发某市进一步推进法治政府建设任务清单的通知\n各县(市、区)人民政府:", "关于印发某市进一步推进法治政府建设任务清单的通知",
     "implementation_plan"),
    # A body giving a report at a meeting (…在区政府常务会议“学法进行时”作专题汇报, …在县政府常务会议上作…报告): news.
    ("嘉兴市南湖区司法局在区政府常务会议“学法进行时”作专题汇报\n12月18日下午,南湖区召开区政府常务会议。",
     "嘉兴市南湖区司法局在区政府常务会议“学法进行时”作专题汇报", "other"),
    ("某县司法局在县政府常务会议上作法治政府建设情况报告\n3月5日,某县召开县政府常务会议。",
     "某县司法局在县政府常务会议上作法治政府建设情况报告", "other"),
    # A headline of a place giving a speech at a meeting (…民乐县在…启动会上作经验交流发言): news of the meeting, not
    # the speech; the speech's own text (在…会议上的发言) stays a speech (round 260).
    ("以公平竞争审查硬举措 筑牢统一大市场软环境——某县在2025年全省公平竞争交流大会暨公平竞争政策宣传周活动启动会上作经验交流发言\n"
     "来源: 某县市场监管局 日期: 2025-09-09 11:31\n近日,省市场监督管理局召开了2025年全省公平竞争交流大会。",
     "以公平竞争审查硬举措筑牢统一大市场软环境——某县在2025年全省公平竞争交流大会暨公平竞争政策宣传周活动启动会上作经验交流发言",
     "other"),
    ("某县司法局在全市司法行政工作会议上作典型发言\n3月5日,全市司法行政工作会议召开。",
     "某县司法局在全市司法行政工作会议上作典型发言", "other"),
    ("某县司法局局长在全市司法行政工作会议上的交流发言\n同志们:今年以来,我局推进依法行政。",
     "某县司法局局长在全市司法行政工作会议上的交流发言", "speech"),
    # A headline of a body's head reporting to a congress's standing committee (…局长某某向市人大常委会汇报“八五”普法
    # 工作): news of the meeting, not the report (round 244).
    ("枣庄市司法局局长孙某向市十七届人大常委会汇报“八五”普法工作\n来源:枣庄市司法局时间:2024-07-13\n"
     "7月12日,枣庄市十七届人大常委会第二十二次会议召开。",
     "枣庄市司法局局长孙某向市十七届人大常委会汇报“八五”普法工作", "other"),
    # A decision praising units (…关于对…先进单位予以通报表扬的决定) is no report, whatever year its text opens with
    # (round 244's probes).
    ("某县人民政府关于对2023年度法治政府建设先进单位予以通报表扬的决定\n各乡镇人民政府:\n2023年,各乡镇认真落实部署。",
     "某县人民政府关于对2023年度法治政府建设先进单位予以通报表扬的决定", "other"),
    # ... but a report titled as one (关于…的报告) stays a report.
    ("关于某县司法局在县政府常务会议上作专题汇报情况的报告\n2023年,县司法局推进依法行政。",
     "关于某县司法局在县政府常务会议上作专题汇报情况的报告", "annual_report"),
])
def test_title_and_type(text, title, doc_type):
    got = facts(text)
    assert (got["title"], got["docType"]) == (title, doc_type)


@pytest.mark.parametrize(("text", "doc_type"), [
    # An untitled report opening with its year spaced from 年 (2021 年,…): a report, as 2021年,… is.
    ("2021 年,区政府坚持依法行政,法治政府建设取得新成效。", "annual_report"),
    # A headline of a meeting held whose subject is a bare level (县召开…新闻发布会), on the county's own site: news,
    # not a report for its 2021年以来; a bare level before a verb of work (县开展…) stays as it was.
    ("县召开“八五”普法开展情况新闻发布会\n\n日前,县召开新闻发布会。\n2021年以来,我县深入实施“八五”普法规划,成效明显。",
     "other"),
    ("2021年,区政府坚持依法行政,法治政府建设取得新成效。", "annual_report"),
    # An untitled page opening with a heading of the work done (一、工作开展情况): a report.
    ("一、工作开展情况\n(一)统筹推进\n管委会将依法行政任务列入年度目标考核。", "annual_report"),
    ("一、主要工作完成情况\n区政府推进依法行政。", "annual_report"),
    # (the year's main work without a verb, 一、主要工作情况)
    ("公示公告\n市交通局推进依法行政。\n一、主要工作情况\n(一)加强组织领导", "annual_report"),
    # News whose dated lead follows its reporter's byline in brackets ((记者 某某)3月20日上午,…): news, not a report.
    ("(记者 李某)3月20日上午,某县创建示范县工作汇报会举行。2023年,某县推进依法行政。", "other"),
    ("(通讯员 王某 李某)5月8日,某县召开推进会。2023年,全县推进依法行政。", "other"),
    # A headline of a place's honour won (…示范市!某市喜获“金名片”, 某县荣获…称号) heads news, even when its body
    # opens with a year.
    ("全国法治政府建设示范市!某市喜获“金名片”\n\n2019年,中央依法治国办印发意见,启动示范创建。", "other"),
    # News led by a body publishing an assessment's results (日前,某县委 某县人民政府通报了…考核的结果), even with
    # a later paragraph opening 近年来,…: news, not a report (round 244).
    ("日前,中共某县委 某县人民政府通报了2020年度乡镇目标管理绩效考核的结果,县司法局获评优秀等次。\n"
     "近年来,全县司法行政系统深入学习贯彻习近平法治思想。", "other"),
    ("近日,某市普法办公布了2023年度“民主法治示范村”名单。\n近年来,我市推进法治乡村建设。", "other"),
    ("日前,全省2023年度法治建设考核结果公布,我县位列全市第一。近年来,我县深入推进法治建设。", "other"),
    # News led by the meeting, then where it was held (近期,2024年度…推进会在县政府三楼1号会议室召开; round 268).
    ("近期,2024年度基层政务公开工作推进会在县政府三楼1号会议室召开,各乡镇、街道办事处,县政府组成部门分管政务公开工作的"
     "负责同志参加会议。\n会上,与会人员作了发言。\n会议指出,要做好政务公开工作。", "other"),
    ("近日,某县2023年度法治政府建设述职评议会在县行政中心举行。\n2023年,全县推进依法行政。", "other"),
    # An appeal to the public (…倡议书, 致全市人民的一封信): no report, whatever its opening says of the years before.
    ("创建全国法治政府建设示范市倡议书\n市民朋友们:近年来,在市委、市政府的坚强领导下,我市推进依法行政。", "other"),
    ("致全县人民的一封信\n近年来,在县委、县政府的坚强领导下,我县推进依法行政。", "other"),
    # A notice scraped without its title that issues a plan (制定《某市…任务清单》,现印发给你们), the plan's first task
    # speaking of reports: the plan it issues; a page whose report words come first stays a report.
    ("各县(市、区)人民政府,市政府各部门:\n结合我市实际,制定《某市进一步推进法治政府建设任务清单》,现印发给你们,请认真贯彻执行。\n"
     "1 | 每年3月1日前,市政府向市委报告上一年度法治政府建设情况。 | 市司法局 |", "implementation_plan"),
    ("各县(市、区)人民政府:\n结合我市实际,制定《某市2024年法治政府建设工作要点》,现印发给你们。\n"
     "一、每年报告上一年度法治政府建设情况。", "work_plan"),
    ("2023年某市法治政府建设情况如下。制定《某市法治政府建设实施方案》,现印发给你们。", "annual_report"),
])
def test_untitled_report_by_its_opening_year(text, doc_type):
    assert facts(text)["docType"] == doc_type


def test_a_word_across_a_division_name_is_no_division():
    # 覆盖县、乡镇 is the word 覆盖 and 县, not 辽宁's former 盖县.
    got = facts("我县迎接普法工作验收\n2015年,我县建成了覆盖县、乡镇、村的三级法治文化阵地37个。")
    assert "authorJurisdiction" not in got or got["authorJurisdiction"].name != "盖县"


@pytest.mark.parametrize(("text", "name"), [
    # A page naming no division but its local news site, speaking as 我县: the site's county.
    ("我县迎接普法工作验收 |\n宁海新闻网讯(记者某某) 6月17日,市验收组到我县验收。县人大常委会副主任陪同。", "宁海县"),
    # ... no 我县, or a site whose name is no division's: nothing read from it.
    ("普法工作验收 |\n宁海新闻网讯 6月17日,验收组到此验收。", None),
    ("我县迎接普法工作验收 |\n法治新闻网讯 6月17日,验收组到我县验收。", None),
    # A city's news site opening a page on one of its districts, which the city counts first (全市首个): the
    # district's, not the city's short name in the dateline (a page's pinyin ruby after 网 or not).
    ("临沂新闻网讯 近日,兰山区委印发《法治兰山建设规划》。兰山区成为全市首个出台规划的区,全区推进。", "兰山区"),
    ("临沂新闻网(wǎng)讯 近日,兰山区委印发规划。兰山区成为全市首个出台规划的区。", "兰山区"),
    # ... the city naming itself after its dateline keeps the city.
    ("临沂新闻网讯 近日,法治临沂建设推进会召开。兰山区作为全市首个试点区,全市推进。", "临沂市"),
])
def test_a_local_news_site_names_its_place(text, name):
    got = facts(text)
    assert (got["authorJurisdiction"].name if "authorJurisdiction" in got else None) == name


@pytest.mark.parametrize(("text", "name"), [
    # A page naming no division but a district's own outlet by its municipality's and its short names (上海静安官方
    # 网易号, “上海静安”门户网站), speaking of 区政府: that district, of that municipality (上海普陀, not 舟山's).
    ("一图读懂丨区政府2023年度重大行政决策事项目录\n上海静安\n·上海静安官方网易号\n区政府重大行政决策事项目录的主动公开。", "静安区"),
    ("一图读懂丨区政府年度决策目录\n请关注“上海普陀”门户网站。区政府将陆续发布。", "普陀区"),
    ("重庆巫山发布\n县政府召开常务会议,审议年度重大行政决策事项。", "巫山县"),
    # ... no 区政府 or 县政府 to say which, or a short name no district of that municipality has: nothing.
    ("一图读懂\n上海静安官方网易号\n决策目录共包括22个事项。", None),
    ("上海浦江官方发布\n区政府推进工作。", None),
])
def test_a_municipal_districts_outlet_names_its_place(text, name):
    got = facts(text)
    assert (got["authorJurisdiction"].name if "authorJurisdiction" in got else None) == name


def test_street_office_of_a_county_government():
    got = facts("鲤城区人民政府开元街道办事处关于2022年度法治政府建设情况的报告\n2022年,我街道推进工作。")
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == ("开元街道", "township")


@pytest.mark.parametrize("text", [
    "2021年,全省推进法治浙江、法治江苏建设。",  # two places
    "2021年,推进法治浙江建设,县委部署工作。",  # no words of the province's own
])
def test_rule_of_law_of_a_place_names_it_only_alone(text):
    assert "authorJurisdiction" not in facts(text)


def test_ambiguous_jurisdiction_is_reported_with_candidates():
    got = facts("鼓楼区2019年法治政府建设工作报告\n2019年,鼓楼区推进工作。")["authorJurisdiction"]
    assert got.attr("status") == "ambiguous" and len(got.attr("candidates")) == 4 and got.attr("level") == "county"


def test_date_number_and_recipient():
    text = ("东辽县人民政府关于2019年度东辽县法治政府建设情况的报告\n发布时间:2020-03-04 14:24\n东府〔2020〕3号\n"
            "签发人:王伟国\n辽源市人民政府:\n  2019年,我县推进工作。\n东辽县人民政府\n2020年2月28日\n")
    got = facts(text)
    assert (got["publishDate"], got["documentNumber"], got["docType"]) == ("2020-03-04", "东府〔2020〕3号", "annual_report")
    ctx = context_of(Document(id="t", text=text))
    assert ctx.text[slice(*ctx.recipient_span)] == "辽源市人民政府"


def test_a_sites_summary_line_before_the_recipients():
    # A site's summary of the page (核心提示:…) stands between the headline and the notice's recipients.
    text = ("某市市场监督管理局关于印发《某市法治市场监管建设实施方案(2021-2025年)》的通知\n2022-03-30 632\n"
            "核心提示:本方案共分五个部分,提出了市场监管执法规范化、监管制度完善、普法责任落实等方面的二十项任务,"
            "明确了各单位的分工和完成时限。\n各区市场监管局,市局各处室、执法总队,市药品监管局,各事业单位:\n现将方案印发给你们。")
    ctx = context_of(Document(id="t", text=text))
    assert ctx.text[slice(*ctx.recipient_span)].endswith("市药品监管局,各事业单位")
    assert "某市药品监管局" not in [f.object.name for f in agencies(Document(id="t", text=text))]


@pytest.mark.parametrize(("text", "recipient"), [
    # A metadata table's summary cell (内容概述, then the opening sentence after a space) stands between the
    # title and the report's recipient: the recipient is still read, and does not act.
    ("标 题 某市人民政府关于某市2021年法治政府建设情况报告\n文 号 某政发〔2022〕3号\n"
     "内容概述 2021年,某市坚持以人民为中心,深入推进依法行政,紧紧围绕中央和省关于法治政府建设的决策部署\n"
     "时 效 有效\n\n某市人民政府关于某市2021年法治政府建设情况报告\n\n浙江省人民政府:\n\n"
     "2021年,某市坚持以人民为中心,深入推进依法行政,法治政府建设各项工作取得积极成效,为全市发展提供了有力法治保障。",
     "浙江省人民政府"),
    ("青山县人民政府关于2022年法治政府建设情况的报告\n内容概要:2022年,青山县全面落实法治政府建设各项任务,"
     "加快政府职能转变,提升行政执法效能,依法化解社会矛盾,法治政府建设取得积极成效。\n市人民政府:\n"
     "2022年,青山县全面落实法治政府建设各项任务,加快政府职能转变,提升行政执法效能,依法化解社会矛盾,取得积极成效。",
     "市人民政府"),
])
def test_a_metadata_summary_cell_before_the_recipient(text, recipient):
    ctx = context_of(Document(id="t", text=text))
    assert ctx.recipient_span is not None and ctx.text[slice(*ctx.recipient_span)] == recipient
    acting = [f.object.name for f in agencies(Document(id="t", text=text)) if f.predicate == "mentionsAgency"]
    assert "浙江省人民政府" not in acting and "市人民政府" not in acting


@pytest.mark.parametrize(("title", "expected"), [
    ("关于征求汉台区2017年法治政府建设工作要点意见的函", "work_plan"),
    ("湖南省人民政府关于印发《湖南省法治政府建设实施方案》的通知", "implementation_plan"),
    ("关于转发《河南省人民政府关于优化营商环境的实施意见》的通知", "other"),
    # (measures carrying a policy out, 若干措施 or 具体措施, its own title or the notice issuing it: typed with the 实施意见;
    # a report on measures stays a report)
    ("2022年深化法治化营商环境建设若干措施", "implementation_plan"),
    ("关于印发进一步优化营商环境具体措施的通知", "implementation_plan"),
    ("某县关于落实优化营商环境若干措施情况的报告", "annual_report"),
    ("马村区关于2023年度法治政府建设工作情况的报告", "annual_report"),
    # (a year's figures or its account, titled without 报告: 某县2024年度行政执法数据表, …年度行政执法工作总体情况)
    ("青山县2024年度行政执法数据表", "annual_report"),
    ("青山县2023年度行政执法工作总体情况", "annual_report"),
    ("在全市依法行政工作会议上的讲话", "speech"),
    ("关于加快推进法治政府建设的意见", "opinion"),
    # The year's report with the next year's intentions.
    ("东辽县2019年依法行政工作情况及2020年工作打算", "annual_report"),
    # News of a document is no document of that type ...
    ("司法部发布2023年法治政府建设年度报告", "other"),
    ("某县人大常委会审议通过八五普法规划", "other"),
    ("某市出台法治政府建设实施方案", "other"),
    # ... while a notice that publishes one, or a plan's own title, keeps its type.
    ("某市人民政府关于发布2024年法治政府建设工作要点的通知", "work_plan"),
    ("发布会议制度实施方案", "implementation_plan"),
    # A plan of several years named an action plan is a plan; a year's work plan stays one.
    ("某省人民政府办公厅关于印发某省推进依法行政三年行动计划(2024—2026年)的通知", "implementation_plan"),
    ("某区2024年法治政府建设工作计划", "work_plan"),
    ("某区关于行动计划落实情况的报告", "annual_report"),
    # A plan made to carry out a year's work points is a plan, not the points.
    ("绥棱县2018年政务公开工作要点实施方案", "implementation_plan"),
    ("某区关于印发2024年法治政府建设工作要点的通知", "work_plan"),
    # A year's plan of one kind of work (学法计划, 培训计划) is a work plan; an action plan stays a plan of measures.
    ("2021年度县政府常务会议学法计划", "work_plan"),
    ("某市人民政府办公室关于印发2023年领导干部法治培训计划的通知", "work_plan"),
    # ... and so is a year's plan in its marks inside the notice issuing it (关于印发《…2024年立法计划》的通知).
    ("某省人民政府办公厅关于印发《某省人民政府2024年立法计划》的通知", "work_plan"),
    ("某省人民政府办公厅关于印发《某省提升行政执法质量三年行动计划》的通知", "implementation_plan"),
    ("某县落实某规划行动计划", "implementation_plan"),
    # An action's 实施计划, carrying a plan of measures out, and a 实施计划 with its years after it are plans of measures;
    # a year's 实施计划 of one kind of work stays a work plan.
    ("某省人民政府办公厅关于印发某省提升行政执法质量三年行动实施计划(2023—2025年)的通知", "implementation_plan"),
    ("某省提升行政执法质量三年行动实施计划", "implementation_plan"),
    ("某市法治政府建设实施计划(2021-2025年)", "implementation_plan"),
    ("某县2024年普法依法治理实施计划", "work_plan"),
    # A congress's review of a report (…对《…报告》的审查意见, 审议意见) is neither the report nor a policy opinion.
    ("某市人大法制委员会对《市政府关于某某工作情况报告的审议意见研究处理情况的报告》的审查意见", "other"),
    ("某县人大常委会关于县政府2023年度法治政府建设情况报告的审议意见", "other"),
    # A headline of a congress hearing or reviewing a report is news of the review, not the report; the report's
    # own title, or one asking for it to be reviewed, stays.
    ("人民之声丨省人大常委会会议听取审议2024年法治政府建设情况的报告", "other"),
    ("省人大常委会首次审议法治政府建设情况报告", "other"),
    ("某县人大常委会听取县政府2023年度法治政府建设情况报告", "other"),
    ("某县人民政府关于提请审议2023年度法治政府建设情况报告的报告", "annual_report"),
    ("某县2023年度法治政府建设情况报告", "annual_report"),
    # A headline of a body checking reports (…合法性审查报告书(…)评查, …年度报告抽查工作) is news of the check; a
    # report on the year's review work stays a report.
    ("孝感市司法局完成全市2023年度政府行政决策合法性审查报告书(政府法律事务论证意见)评查", "other"),
    ("某市司法局开展2024年度法治政府建设报告抽查工作", "other"),
    ("某市司法局2023年度合法性审查工作报告", "annual_report"),
    ("某市人民政府关于加强行政执法监督的意见", "opinion"),
    # A notice to study and carry out a document its title names without marks is a notice, as with the marks.
    ("某省人民政府办公厅关于认真学习贯彻法治社会建设实施纲要(2020-2025年)的通知", "other"),
    ("某市人民政府关于深入贯彻落实某省优化营商环境条例的通知", "other"),
    ("关于贯彻落实法治政府建设实施纲要的实施方案的通知", "implementation_plan"),
    ("某县司法局关于印发学习贯彻某某规定工作方案的通知", "implementation_plan"),
])
def test_doc_type(title, expected):
    assert doc_type_of(title, "") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("调整了以区委副书记、区长赵红兵为组长的领导小组", [("赵红兵", "区委副书记、区长")]),
    ("签发人:王伟国\n(联系人:王彪,联系电话:6089020)", [("王伟国", "签发人"), ("王彪", "联系人")]),
    ("联系人:董          联系电话:2219019", []),
    ("(责任编辑:赵昕)", []),
    ("由市长任组长", []),
    # Names listed after the first share its role; the list ends at an item that is no name.
    ("省长赵某某,省委常委钱某、孙某某、李某,省法院院长周某出席。",
     [("赵某某", "省长"), ("钱某", "省委常委"), ("孙某某", "省委常委"), ("李某", "省委常委"), ("周某", "院长")]),
    ("县委书记吴某、县长郑某某主持会议", [("吴某", "县委书记"), ("郑某某", "县长")]),
    ("副县长王某、高度重视此项工作", [("王某", "副县长")]),
    ("副区长冯某、区司法局局长陈某某参加", [("冯某", "副区长"), ("陈某某", "司法局局长")]),
])
def test_persons(text, expected):
    got = [(f.object.name, f.object.attr("role")) for f in persons(Document(id="t", text=text))]
    assert got == expected


def test_heading_opening_with_its_year_is_the_implementing_plan():
    text = ("江西省人民政府办公厅关于印发2022年江西省法治政府建设工作要点的通知\n各市人民政府:\n    现印发给你们。\n"
            "2022年江西省法治政府建设工作要点\n    为深入贯彻落实《法治政府建设实施纲要(2021-2025年)》,制定本要点。\n")
    assert context_of(Document(id="t", text=text)).headings[-1][2] == "2022年江西省法治政府建设工作要点"


def test_division_named_like_a_word_gets_its_code_and_its_bodies():
    text = "市中区司法局2022年度法治政府建设情况报告\n索引号:370402/2023-00012\n在区委、区政府领导下,区司法局推进工作。"
    doc = Document(id="t", text=text)
    assert context_of(doc).division.prefecture == "枣庄市"
    from kg_builder.extractors.agencies import agencies

    assert [f.object.name for f in agencies(doc) if f.predicate == "mentionsAgency"] == ["市中区司法局", "市中区委", "市中区人民政府"]


def test_report_with_next_years_intentions_has_its_title():
    from kg_builder.context import context_of

    ctx = context_of(Document(id="t", text="东辽县2019年依法行政工作情况及2020年工作打算\n2019年,东辽县认真落实。"))
    assert ctx.title == "东辽县2019年依法行政工作情况及2020年工作打算"


@pytest.mark.parametrize(("text", "name", "level", "chain"), [
    # A development zone of a named city is the document's jurisdiction, at county level:
    # its 管委会 governs it as a county's government does a county.
    ("苏州高新区2022年法治政府建设工作报告\n2022年,区管委会推进工作。", "苏州高新区", "county", ("江苏省", "苏州市", "苏州高新区")),
    ("2023年上海经济技术开发区法治政府建设情况报告\n2023年,经开区推进工作。", "上海经济技术开发区", "county",
     ("上海市", "上海经济技术开发区")),
    ("合肥市高新区2021年依法行政工作总结\n2021年,区党工委推进工作。", "合肥市高新区", "county", ("安徽省", "合肥市", "合肥市高新区")),
    ("郑州经开区财政局2024年法治政府建设年度报告\n2024年,区财政局推进工作。", "郑州经开区", "county", ("河南省", "郑州市", "郑州经开区")),
    # A municipality's zone named after it, one of its units reporting: the zone, under the municipality.
    ("重庆市某盛经开区机关事务中心关于2025年法治政府建设情况的报告\n2025年,中心推进工作。", "某盛经开区", "county",
     ("重庆市", "某盛经开区")),
    ("合肥市某山高新区管委会2024年法治政府建设工作报告\n2024年,管委会推进工作。", "某山高新区", "county",
     ("安徽省", "合肥市", "某山高新区")),
    # A zone named for a district whose name a city long gone also bore (永川地区, 莱芜市): it lies in the
    # city that district is in today, not in the old city.
    ("永川高新区2023年法治政府建设情况报告\n2023年,高新区管委会推进工作。", "永川高新区", "county", ("重庆市", "永川高新区")),
    ("莱芜高新区2024年法治政府建设情况报告\n2024年,高新区管委会推进工作。", "莱芜高新区", "county",
     ("山东省", "济南市", "莱芜高新区")),
    # A zone's unit opening an untitled report by the zone's kind alone (高新区综治局) on a page that names its
    # city after 法治: the city's zone.
    ("2023年,经开区财政局在区党工委、区管委会的正确领导下,坚持依法行政,助力法治南通建设。现将情况报告如下:",
     "南通经开区", "county", ("江苏省", "南通市", "南通经开区")),
    # An untitled zone's report speaking of its bare 党工委、管委会, naming itself with its city only inside its
    # own titles: that zone.
    ("一、工作开展情况\n党工委、管委会将全区法治建设任务列入年度工作要点,并纳入《2022年南通经开区重点工作清单》。",
     "南通经开区", "county", ("江苏省", "南通市", "南通经开区")),
    # ... or of its bare 党工委 alone, the zone's short kind word opening a clause as its subject (。经开区举办…):
    # that zone, the one its own title names.
    ("2022年以来,我区坚持依法行政。党工委中心组开展学法。10月份,经开区举办培训班。制定《南通经开区法治建设重点任务"
     "分工方案》,推进工作。", "南通经开区", "county", ("江苏省", "南通市", "南通经开区")),
    ("2022年,我区坚持依法行政,党工委专题学法。高新区组织开展普法活动,印发《苏州高新区普法工作要点》。",
     "苏州高新区", "county", ("江苏省", "苏州市", "苏州高新区")),
    # A district named with its zone is the district (a division of the state), as before.
    ("高新区(新市区)人民政府2024年法治政府建设工作报告\n2024年,区政府推进工作。", "新市区", "county", None),
    # A province's airport zone named with the province's short name first: the whole is its name, in
    # that province.
    ("江西某港航空港经济区2024年法治政府建设情况报告\n2024年,经济区管委会推进工作。", "江西某港航空港经济区", "county",
     ("江西省", "江西某港航空港经济区")),
    ("某港临空经济区2024年法治政府建设情况报告\n2024年,经济区管委会推进工作。", "某港临空经济区", "county",
     ("某港临空经济区",)),
    # A cooperation zone a city runs through its 党工委 and 管委会 (特别合作区, 深度合作区), named after the city.
    ("深圳市某汕特别合作区2022年法治政府建设年度报告\n2022年,区党工委、管委会推进工作。", "某汕特别合作区", "county",
     ("广东省", "深圳市", "某汕特别合作区")),
    ("珠海市某琴深度合作区2023年法治建设工作报告\n2023年,合作区执委会推进工作。", "某琴深度合作区", "county",
     ("广东省", "珠海市", "某琴深度合作区")),
    # A zone named with its city's short name written into its own name, in a metadata line's title (名  称: X):
    # the whole as written (its 市 written, 深圳市某鹏新区, the city's stays outside the name).
    ("名  称: 天津某港高新区2021年法治政府建设报告\n发布机构: 天津某港高新区\n\n2021年,某港高新区坚持依法行政。",
     "天津某港高新区", "county", ("天津市", "天津某港高新区")),
    ("深圳市某鹏新区管理委员会2024年法治政府建设年度报告\n2024年,新区推进工作。", "某鹏新区", "county",
     ("广东省", "深圳市", "某鹏新区")),
    # An untitled report whose subject is a zone's unit named by the zone's kind alone, on a page naming one city
    # only in a title of that city's: the city's zone.
    ("2022年,在区党工委、区管委会的正确领导下,高新区综治局以习近平法治思想为指导推进工作。及时传达《佛山市2022年全面"
     "依法治市工作要点》。", "佛山高新区", "county", ("广东省", "佛山市", "佛山高新区")),
    # A zone named without its city as its opening's subject, on a page naming one city: that city's zone.
    ("2019年,在市委、市政府的正确领导下,某鹏新区始终坚持依法行政。梳理《某纲要》、深圳市《某城市建设实施纲要"
     "(2017—2020年)》。", "某鹏新区", "county", ("广东省", "深圳市", "某鹏新区")),
    # An untitled new zone's report speaking as a bare 新区, naming itself in full in running text: that zone, in
    # the one province the page names.
    ("您当前的位置: 首页> 法治政府建设年度报告\n一、新区推进法治政府建设主要举措和成效\n对标中央和重庆市要求,结合新区实际,"
     "制定某江新区实施方案。总结新区工作亮点,某江新区获评示范项目。", "某江新区", "county", ("重庆市", "某江新区")),
    # A free-trade zone's 新片区 run by its 管委会, its title opening with it: a zone, placed in the one province or
    # city the page names (a titled zone with no city before it: that place too).
    ("某港新片区管委会2020年法治政府建设年度报告\n2020年,在市委、市政府领导下,某港新片区管委会推进工作,结合《上海市法治"
     "政府建设规划》要求。", "某港新片区", "county", ("上海市", "某港新片区")),
    ("某咸新区2023年度法治政府建设工作报告\n2023年,新区推进依法行政,落实《陕西省法治政府建设实施方案》。", "某咸新区",
     "county", ("陕西省", "某咸新区")),
    # An untitled new zone's report opening with it as subject, naming its place only by the short name written
    # before the zone's own (《重庆某江新区管理办法》): that province or city.
    ("您当前的位置: 首页> 法治政府建设年度报告 > 2024年度\n2024年,某江新区坚持依法行政,认真落实市委、市政府决策部署。"
     "推动修订《重庆某江新区管理办法》。", "某江新区", "county", ("重庆市", "某江新区")),
    # ... or by the free-trade zone it is part of, written with its place in brackets (中国(上海)自由贸易试验区某港新片区).
    ("某港新片区2022年度法治工作情况报告\n中国(上海)自由贸易试验区某港新片区管理委员会(以下简称管委会)在市委、市政府的"
     "坚强领导下推进工作,参与浦东新区法规立法。", "某港新片区", "county", ("上海市", "某港新片区")),
    # An untitled new zone's report opening with it as subject, on a page naming one municipality (《重庆市…方案》):
    # that municipality's zone.
    ("您当前的位置: 首页> 法治政府建设年度报告 > 2023年度\n2023年,某江新区坚持依法行政,贯彻落实《重庆市法治政府建设"
     "实施方案(2021—2025年)》。", "某江新区", "county", ("重庆市", "某江新区")),
    # A page whose publisher line names a city's zone after its province's short name (内蒙古某某高新技术产业开发区
    # 管理委员会), the text naming no place: that zone, when the city lies in that province.
    ("发布机构: 江西赣州高新技术产业开发区管理委员会\n关于2022年法治政府建设情况的报告\n现将高新区2022年法治政府建设"
     "工作开展情况报告如下。", "赣州高新技术产业开发区", "county", ("江西省", "赣州市", "赣州高新技术产业开发区")),
    # A zone's statutory bureau opening an untitled report by the zone's head (某海管理局), on a page naming the
    # zone's party body (某海合作区党工委): that zone.
    ("2023年,某海管理局始终坚持依法行政。某海合作区党工委、某海管理局党组认真开展学习。", "某海合作区", "county",
     ("某海合作区",)),
    # ... or, its party body written bare (召开党工委会议), on a page naming the zone by the bureau's head only in the
    # full name a cited title gives it (《全面深化某海深港现代服务业合作区改革开放方案》): that zone, by head and kind.
    ("2024年,某海管理局始终坚持依法行政,紧紧围绕《全面深化某海深港现代服务业合作区改革开放方案》推进工作。第一时间"
     "召开党工委会议、干部大会。", "某海合作区", "county", ("某海合作区",)),
    # A bonded zone speaking by its bare kind (2024年,保税区坚持…) and named in full only where its own title opens
    # (《某波保税区…方案》): that zone, in the city or municipality its name opens with.
    ("2024年,保税区坚持以习近平法治思想为指导。二是制定《宁波保税区优化营商环境三年行动方案(2024-2026年)》。",
     "宁波保税区", "county", ("浙江省", "宁波市", "宁波保税区")),
    ("2024年,保税区坚持以习近平法治思想为指导。二是制定《重庆两路保税区优化营商环境三年行动方案(2024-2026年)》。",
     "重庆两路保税区", "county", ("重庆市", "重庆两路保税区")),
    # A national tourist resort whose 党工委、管委会 open its report: the resort, a zone at county level.
    ("2025年,某洲岛国家旅游度假区党工委、管委会坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕市委、市政府部署。",
     "某洲岛国家旅游度假区", "county", None),
])
def test_development_zone_is_a_county_level_jurisdiction(text, name, level, chain):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, level)
    if chain is not None:
        assert ctx.division.chain == chain


@pytest.mark.parametrize("text", [
    # A zone whose city is not named is no jurisdiction: nothing tells it from every other.
    "2023年,经开区财政局在区党工委、区管委会的正确领导下,坚持依法行政。现将情况报告如下:",
    # Nor an untitled page of bare 党工委、管委会 naming two zones with their cities: nothing tells which is its own.
    "一、工作开展情况\n党工委、管委会将全区法治建设任务列入年度工作要点,学习南通经开区和苏州高新区的经验。",
    # (nor an untitled page of a bare 党工委 whose zone's kind word opens no clause: 学习南通经开区的经验 is another's)
    "2022年以来,我区坚持依法行政。党工委中心组开展学法,学习南通经开区的经验。",
    "经济技术开发区管理委员会关于2022年法治政府建设情况报告\n2022年,经开区推进工作。",
    # Nor a phrase that ends in a zone's kind.
    "关于推进经济开发区2022年法治政府建设的报告\n2022年,各开发区推进工作。",
    "全市开发区2022年法治政府建设情况报告\n2022年,各开发区推进工作。",
    # An opening sentence whose subject is a phrase ending in a zone's kind names no zone.
    "2022年,在市委、市政府的正确领导下,全市开发区坚持以习近平法治思想为指导,深入推进依法行政,现将有关情况报告如下:\n一、概况",
    # Nor a 管理局 opening a report whose text names no zone's party body with the bureau's head.
    "2023年,某海管理局始终坚持依法行政,局党组认真开展学习。",
    # (nor one whose cited title names the zone but whose text writes no party working committee of its own)
    "2024年,某海管理局始终坚持依法行政,紧紧围绕《全面深化某海深港现代服务业合作区改革开放方案》推进工作。",
    # Nor a bonded zone speaking by its bare kind that names no zone of that kind in its titles, or two.
    "2024年,保税区坚持以习近平法治思想为指导,认真落实工作要求。",
    "2024年,保税区坚持依法行政,学习《宁波保税区工作规则》和《重庆两路保税区工作规则》。",
])
def test_unnamed_zone_has_no_jurisdiction(text):
    assert context_of(Document(id="t", text=text)).jurisdiction is None


@pytest.mark.parametrize(("text", "name"), [
    # A zone named without its city (贵安 and 金普 are no city's names) is still the author's
    # area, at county level, under no city the text names.
    ("贵安新区2022年法治政府建设情况报告\n2022年,新区推进工作。", "贵安新区"),
    ("某普新区司法局2025年法治政府建设情况报告\n2025年,新区司法局在新区党工委领导下推进工作。", "某普新区"),
    # A report without a title whose opening sentence has the zone act (its subject) is the zone's.
    ("2022年,在市委、市政府的正确领导下,某鹏新区坚持以习近平法治思想为指导,深入推进依法行政,现将有关情况报告如下:\n"
     "一、工作概况\n新区党工委召开会议。", "某鹏新区"),
    ("2024年,在市委、市政府的坚强领导下,某海湾新区(以下简称“新区”)始终坚持以习近平新时代中国特色社会主义思想为指导,"
     "现将有关情况报告如下:\n新区党工委、管委会推进。", "某海湾新区"),
])
def test_zone_named_without_its_city(text, name):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level, ctx.division.chain) == (name, "county", (name,))


def test_prefecture_abbreviated_to_one_character():
    ctx = context_of(Document(id="t", text="巴州2023年法治政府建设工作报告\n2023年,巴州党委、政府推进工作。"))
    assert (ctx.division.name, ctx.division.level) == ("巴音郭楞蒙古自治州", "prefecture")


@pytest.mark.parametrize(("text", "title", "doc_type", "year"), [
    # A body's answers to the press on a plan (…就《…》答记者问) are its title, news of the plan's year.
    ("广告一\n某某负责同志就《法治政府建设实施纲要(2021-2025年)》答记者问\n2021-08-11 20:42:57\n"
     "近日,中共中央、国务院印发了《纲要》。2020年,有关部门形成了征求意见稿,2020年底送审。",
     "某某负责同志就《法治政府建设实施纲要(2021-2025年)》答记者问", "other", 2021),
    # A headline of a meeting a leader chairs is news, whatever plan it discusses.
    ("省政府召开常务会议\n\n王某主持 研究做好“十五五”规划编制、加强法治政府建设等工作\n本报讯 8月22日,省长王某主持召开会议。",
     "王某主持研究做好“十五五”规划编制、加强法治政府建设等工作", "other", None),
    # An explanation of a cited report (《…》文件解读) is an explanation, of the report's year.
    ("《中共某县委某县人民政府关于2024年法治政府建设情况的报告》文件解读\n发布时间:2025-11-07\n一、背景依据\n县政府编写了报告。",
     "《中共某县委某县人民政府关于2024年法治政府建设情况的报告》文件解读", "other", 2024),
    # ... with its column's tag before it, or a 关于, still of the report's year, not of its publishing.
    ("【文字解读】《中共某县委某县人民政府关于2024年法治政府建设情况的报告》文件解读\n发布时间:2025-11-07\n一、背景依据\n县政府编写了报告。",
     "【文字解读】《中共某县委某县人民政府关于2024年法治政府建设情况的报告》文件解读", "other", 2024),
    ("【政策解读】关于《某县人民政府关于2023年度法治政府建设情况的报告》的解读\n发布时间:2024-12-20\n一、背景依据\n县政府编写了报告。",
     "【政策解读】关于《某县人民政府关于2023年度法治政府建设情况的报告》的解读", "other", 2023),
    # A report on "recent years" has no year of its own, whatever dates its text gives.
    ("某市国家税务局近年来依法行政工作情况的报告\n本届政府以来,我局推进工作。2015年我局制定了意见。",
     "某市国家税务局近年来依法行政工作情况的报告", "annual_report", None),
    # A report on how a plan's whole period went is of the period's last year, whatever year it opens on.
    ("某县人民政府\n关于法治政府建设实施方案(2016-2020)落实完成情况的报告\n一、总体情况\n我县对照《某省法治政府建设实施方案(2016—2020年)》,"
     "2016年以来完成举措80项。",
     "某县人民政府关于法治政府建设实施方案(2016-2020)落实完成情况的报告", "annual_report", 2020),
    ("某市法治政府建设实施纲要(2021-2025年)实施情况总结\n2021年以来,我市推进工作。",
     "某市法治政府建设实施纲要(2021-2025年)实施情况总结", "annual_report", 2025),
    # A notice of the plan itself, or a year's report under a plan's name, keeps its own year.
    ("关于《法治政府建设实施纲要(2015-2020年)》2017年落实情况的报告\n2017年,我县推进工作。",
     "关于《法治政府建设实施纲要(2015-2020年)》2017年落实情况的报告", "annual_report", 2017),
    # An explanation without its headline, opening on the document it explains and its number (现就《X》(某政办发
    # [2019]25号,以下简称《实施意见》)解读如下): of the number's year; a number in the brackets the text usually has
    # too; with no number, no year read from it.
    ("摘要\n为认真贯彻落实《某省人民政府政策文件解读实施方案的通知》(某政办函[2019]38号),现就《省人民政府办公厅关于全面推行"
     "行政规范性文件合法性审核机制的实施意见》(某政办发[2019]25号,以下简称《实施意见》)解读如下:一、《实施意见》出台的背景",
     None, "other", 2019),
    ("为便于理解,现就《某市人民政府关于加强行政规范性文件管理的通知》(某政发〔2021〕7号)解读如下:一、背景", None, "other", 2021),
    ("为便于理解,现就《某市人民政府关于加强行政规范性文件管理的通知》解读如下:一、背景", None, "other", None),
    # Or the edition's year given with the short name it declares (针对《X》[以下简称《Y》(2025年)]解读如下): of that
    # year, not of the first year its background recalls.
    ("针对《某市市场监管系统行政执法减免责清单》[以下简称《减免责清单》(2025年)]解读如下。\n一、修订背景\n2020年,市委市政府"
     "部署建立容错机制。", None, "other", 2025),
])
def test_explanations_and_reports_on_recent_years(text, title, doc_type, year):
    got = facts(text)
    assert (got.get("title"), got.get("docType"), got.get("yearCovered")) == (title, doc_type, year)


@pytest.mark.parametrize(("text", "name", "province"), [
    # Two autonomous prefectures took the short name 海南州 in turn: the year tells which.
    ("海南州教育局2021年度法治政府建设情况报告\n2021年,在州委、州政府的领导下推进工作。", "海南藏族自治州", "青海省"),
])
def test_short_prefecture_name_two_prefectures_carried(text, name, province):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.division.name, ctx.division.province) == (name, province)


def test_township_county_in_the_province_named():
    text = "石桥镇2020年度法治政府建设工作情况报告\n我镇按照四川省委、省人民政府和县委的工作部署抓好落实。"
    ctx = context_of(Document(id="t", text=text))
    assert ctx.division.province != "安徽省" and ctx.division.county != "和县"


def test_zone_named_for_a_partnership():
    # A zone named for a partnership, its region first, is the zone at county level.
    ctx = context_of(Document(id="t", text="广西-东盟经济技术开发区2024年度法治政府建设情况报告\n2024年,经开区推进工作。"))
    assert (ctx.jurisdiction.name, ctx.division.level) == ("广西-东盟经济技术开发区", "county")
    assert ctx.division.chain == ("广西壮族自治区", "广西-东盟经济技术开发区")


# A news item without its headline on a national body's document: the national body is the author;
# a local body issuing is read elsewhere.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("\u672c\u62a5\u8baf(\u8bb0\u8005 \u67d0\u67d0)\u8fd1\u65e5,\u4e2d\u5171\u4e2d\u592e\u3001\u56fd\u52a1\u9662\u5370\u53d1\u4e86\u300a\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5b9e\u65bd\u7eb2\u8981(2021-2025\u5e74)\u300b,\u5e76\u53d1\u51fa\u901a\u77e5\u3002"
     "\u300a\u7eb2\u8981\u300b\u6307\u51fa,\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u662f\u91cd\u70b9\u4efb\u52a1\u3002", "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd", "national"),
    ("8\u670812\u65e5,\u53f8\u6cd5\u90e8\u53d1\u5e03\u300a\u5168\u56fd\u516c\u5171\u6cd5\u5f8b\u670d\u52a1\u4f53\u7cfb\u5efa\u8bbe\u89c4\u5212\u300b,\u8981\u6c42\u5404\u5730\u843d\u5b9e\u3002", "\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd", "national"),
    ("\u8fd1\u65e5,\u5e02\u59d4\u3001\u5e02\u653f\u5e9c\u5370\u53d1\u4e86\u300a\u6210\u90fd\u5e02\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5b9e\u65bd\u65b9\u6848\u300b,\u8981\u6c42\u5404\u5730\u8ba4\u771f\u843d\u5b9e\u3002", "\u6210\u90fd\u5e02", "prefecture"),
    # A headline above the lead naming a county's body: the news is of that county, the ministry only issued
    # the decision that praises it.
    ("好消息!长丰县司法局获全国表彰\n\n日前,司法部印发《关于表扬先进集体的决定》,长丰县司法局获评先进集体。",
     "长丰县", "county"),
    # ... but a headline naming no place's body keeps the national lead.
    ("好消息!全国表彰名单公布\n\n日前,司法部印发《关于表扬先进集体的决定》,长丰县司法局获评先进集体。",
     "中华人民共和国", "national"),
])
def test_news_lead_of_a_national_document(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, level)


# A news item without its headline: the place whose meeting its dated lead reports; a township written
# after its county is the township.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("\u4e3a\u8fdb\u4e00\u6b65\u63a8\u52a8\u6c71\u6c5f\u9547\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u300210\u670820\u65e5,\u51e4\u51f0\u53bf\u6c71\u6c5f\u9547\u53ec\u5f00\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5de5\u4f5c\u63a8\u8fdb\u4f1a,"
     "\u9547\u73ed\u5b50\u6210\u5458\u53c2\u4f1a\u3002\u4f1a\u8bae\u8981\u6c42,\u6c71\u6c5f\u9547\u5404\u90e8\u95e8\u8981\u52a0\u5f3a\u534f\u4f5c\u3002", "\u6c71\u6c5f\u9547", "township"),
    ("6\u670825\u65e5,\u5b81\u6d25\u53bf\u7ec4\u7ec7\u53ec\u5f00\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5e74\u5ea6\u62a5\u544a\u8bc4\u8bae\u4f1a,\u5bf92020\u5e74\u5ea6\u62a5\u544a\u8fdb\u884c\u8bc4\u8bae,\u67f4\u80e1\u5e97\u9547\u3001\u5b81\u57ce\u8857\u9053\u53c2\u52a0\u3002", "\u5b81\u6d25\u53bf", "county"),
    # A street office in a run of bodies a team visits (到区法院、某街道办事处、某社区等单位走访) is no signature, however
    # near the short page's end it stands: the district the page speaks as (我区) and names.
    ("9月6日上午,市评估组一行到我区开展中期评估。评估组先后到区人民法院、实验学校、赭麓街道办事处、某社区等单位实地走访,"
     "详细了解镜湖区普法中期工作开展情况。", "镜湖区", "county"),
])
def test_news_lead_of_a_meeting_held_by_a_place(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, level)


# A province's body written bare as the lead's subject, going to two or more of its cities: the province's page.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("8月下旬,省人大常委会秘书长某某率执法检查组先后到株洲市、益阳市开展执法检查。期间,检查组深入株洲市天元区、"
     "益阳市赫山区开展实地检查。", "湖南省", "provincial"),
    ("近日,省委依法治省办督察组赴长沙市、岳阳市开展督察。督察组听取了两市汇报。", "湖南省", "provincial"),
    # (or a team led in them, 率队在A市、B市开展…; round 248)
    ("8月28日至31日,省人大常委会副主任某某率队在景德镇市、宜春市开展安全生产法执法检查。检查组听取汇报。",
     "江西省", "provincial"),
    ("8月下旬,省人大常委会副主任某某带领执法检查组在株洲市、益阳市开展执法检查。", "湖南省", "provincial"),
    ("8月下旬,省人大常委会副主任某某率队在株洲市开展执法检查。检查组深入株洲市天元区。", "株洲市", "prefecture"),
    # (one city gone to: the city's page, as before)
    ("8月下旬,省人大常委会执法检查组到株洲市开展执法检查。检查组深入株洲市天元区开展实地检查。", "株洲市", "prefecture"),
])
def test_a_provinces_body_visiting_its_cities(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, level)


# A city's news without its title that names no division in full: the one city it names by its short name
# after 法治 (建设更高水平法治某城), when it speaks of itself as a city (全市).
@pytest.mark.parametrize(("text", "name"), [
    ("12月9日,市委全面依法治市委员会召开会议,部署全市工作,努力建设更高水平法治宜宾。", "宜宾市"),
    ("会议要求,全市各部门推进法治遵义建设,市委依法治市办抓好落实。", "遵义市"),
    # Failing a prefecture, the one county-level city so named (法治昆山, 平安昆山): a 市 speaking of itself.
    ("全市普法工作要围绕法治昆山、平安昆山建设,推进基层依法治理。", "昆山市"),
    ("会议要求,全市推进法治宜宾、法治昆山建设。", "宜宾市"),
    ("会议要求,全市推进法治昆山、法治常熟建设。", None),
    # A city's news that never says 全市 but names its bodies bare (市委常委…, 市审计局…): the city of 建设法治某城,
    # whatever words follow the name (为建设法治宜宾作出新的贡献).
    ("12月7日,评议会召开。市委常委某某出席会议。市审计局、教育局作履职报告。要压实责任,为建设法治宜宾作出新的更大贡献。",
     "宜宾市"),
    # (no bare body of a city: nothing)
    ("12月7日,评议会召开。要压实责任,为建设法治宜宾作出新的更大贡献。", None),
    # (or its motto of the same shape, the city after 幸福 or 美丽: 培育名城、建设幸福某城提供强大动力)
    ("3月9日,会议召开。市委常委某某出席会议。市委依法治市办作报告。要大抓落实,为建设幸福宜宾提供强大动力。", "宜宾市"),
    ("3月9日,会议召开。市委常委某某出席会议。市委依法治市办作报告。要大抓落实,为建设美丽宜宾提供强大动力。", "宜宾市"),
    ("3月9日,会议召开。市委常委某某出席会议。市委依法治市办作报告。要大抓落实,为建设幸福家园提供强大动力。", None),
    # A district's points naming no division, its province unnamed: the one district of its own field of
    # modernisation (推进中国式现代化某某实践), when it speaks as 全区.
    ("2025年是关键一年。全区法治宣传教育工作要聚焦省委部署,为推进中国式现代化镜湖实践营造良好法治环境。", "镜湖区"),
    # ... or of its own rule of law built (引领法治某某建设), when it speaks as 我县; not 法治政府建设.
    ("2023年,我县坚持以习近平法治思想引领法治蕉岭建设,全县法治政府建设取得新成效。", "蕉岭县"),
    ("2023年,我县坚持以习近平法治思想引领法治政府建设,全县法治社会建设取得新成效。", None),
    # ... or as the modern new place it builds (推进“某某”现代化新某某建设), when it speaks as 我县; not a word
    # or a short name of several counties.
    ("2024年,我县法治建设工作在县委的坚强领导下,为推进“五兴六强”现代化新衡山建设提供了有力法治保障。", "衡山县"),
    ("2024年,我县法治建设工作在县委的坚强领导下,为推进现代化新征程建设提供了有力法治保障。", None),
    ("2024年,我县法治建设工作在县委的坚强领导下,为推进现代化新城关建设提供了有力法治保障。", None),
    ("2024年,我县法治建设工作在县委的坚强领导下,为推进现代化新湘潭建设提供了有力法治保障。", None),
    # Failing 法治 so named, the one city whose central bank's branch it names (人行某某支行: a county-level city's;
    # 人行某某市中心支行: a prefecture's).
    ("会上,市公安局、市林业局、人行昆山支行3个单位相关负责人分别作履职报告。全市各部门要压实普法责任。", "昆山市"),
    ("会上,市公安局、人行宜宾市中心支行分别作履职报告。全市各部门要压实普法责任。", "宜宾市"),
    ("会上,市公安局、人行昆山支行、人行常熟支行分别作履职报告。全市各部门要压实普法责任。", None),
    # (two cities so named, or none, say nothing)
    ("会议要求,全市推进法治宜宾、法治遵义建设。", None),
    ("会议要求,全市推进法治政府建设,建设法治社会。", None),
    # ... or the one city written short before its own rule-of-law government, after what drives it (推动某城法治
    # 政府建设); 全市 there names none.
    ("6月11日上午,市人大常委会调研组召开座谈会,围绕我市法治政府建设征求意见。会后推动宜宾法治政府建设不断进步。", "宜宾市"),
    ("6月11日上午,市人大常委会调研组召开座谈会,围绕我市法治政府建设征求意见。会后推动全市法治政府建设不断进步。", None),
    # A newswire's lead on the centre forwarding a plan (据新华社电 近日,中共中央、国务院转发了《…》): national.
    ("法治宣传教育规划发布\n据新华社电 近日,中共中央、国务院转发了《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划"
     "(2021—2025年)》,并发出通知。", "中华人民共和国"),
])
def test_untitled_city_news_named_after_rule_of_law(text, name):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name if ctx.jurisdiction else None) == name



# A page scraped without its title: the report's opening sentence names its author.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("2022年,在区委、区政府的坚强领导下,青枫街道坚持依法行政。全区推进。", "青枫街道", "township"),
    ("一年来,石门乡在县委、县政府的正确领导下,推进法治政府建设。", "石门乡", "township"),
    ("2024年,农业农村部深入贯彻法治思想,推进全国农业综合行政执法。", "中华人民共和国", "national"),
    ("2025年,北城街街道办事处坚持依法行政,推进工作。", "北城街街道", "township"),
    ("2022年,在区委领导下,黄石街党工委、办事处高举法治旗帜,推进工作。", "黄石街", "township"),
    # a township's committee and government together, after its county's leadership, the county written before it
    # (在县委、县政府的坚强领导下,某县某镇党委、政府坚持…): the township speaks, not its county (round 220)
    ("2024年,在县委、县政府的坚强领导下,托里县铁厂沟镇党委、政府坚持以习近平法治思想为指导,扎实推进法治政府建设。"
     "镇党委理论学习中心组专题学法6次。", "铁厂沟镇", "township"),
    ("2024年,在县委、县政府的坚强领导下,泾源县泾河源镇党委、政府坚持以习近平法治思想为指导,推进法治政府建设。",
     "泾河源镇", "township"),
    ("2024年,泾河源镇党委、镇政府坚持依法行政,推进法治政府建设。", "泾河源镇", "township"),
    # a 街 opening its own report bare, as 广州 names its 街道 (2024年,鹤龙街坚持…)
    ("2024年,鹤龙街坚持以习近平新时代中国特色社会主义思想为指导,推动法治建设。", "鹤龙街", "township"),
    ("2024年,广西-东盟经济技术开发区(以下简称“东盟经开区”)深入推进依法行政。南宁市推进。",
     "广西-东盟经济技术开发区", "county"),
    # a province's own body without its name: the province the text names
    ("2023年,省政府坚持依法行政,深入贯彻总书记关于湖北工作的重要讲话精神。全省推进。", "湖北省", "provincial"),
    ("2022年,省市场监管局坚持依法行政,为广东推进现代化建设提供保障。", "广东省", "provincial"),
    # a province by its short name alone opens its own report
    ("2024年,广东坚持以法治思想为指导,推动法治政府建设。省委研究部署。", "广东省", "provincial"),
    ("2023年,贵州深入学习贯彻法治思想,推进依法行政。", "贵州省", "provincial"),
    # a department of the author is no place: the places the text names decide
    ("2023年,市市场监管局坚持依法行政。武汉市推进。", "武汉市", "prefecture"),
    # a 示范县 (model county) is no 范县
    ("2023年,我县坚持依法行政,获评全省法治政府建设示范县。开阳县召开会议。", "开阳县", "county"),
    # the division's committee and government together as the subject, and a clause's 乡镇
    # (明确乡镇党委、政府) signing off no township
    ("2024年,开阳县委、县政府坚持依法行政。\n明确乡镇党委、政府和县直部门主要负责人职责。", "开阳县", "county"),
    ("2023年,东辽县委、县人民政府深入推进依法行政。贵州省推进工作。", "东辽县", "county"),
    # the opening speaks as 我区: the sentence handing the report over names the author
    ("2025年,在市政府的正确领导下,我区深入推进依法行政。现将青山新区2025年度法治政府建设情况报告如下:\n"
     "一、聚焦《河北省优化营商环境条例》", "青山新区", "county"),
    ("2024年,在县委领导下,我县深入推进依法行政,现将开阳县2024年法治建设工作情况报告如下。贵州省推进。",
     "开阳县", "county"),
    # what the year is stands before the subject (2025年是《纲要》收官之年,某镇在市委…领导下)
    ("2025年是《法治政府建设实施纲要(2021-2025年)》收官之年,石门乡在县委、县政府的正确领导下,推进依法行政。",
     "石门乡", "township"),
    ("2024年是全面依法治县的关键之年,青枫街道在区委、区政府的坚强领导下,推进依法行政。全区推进。",
     "青枫街道", "township"),
    # what else the year is, then the year's own words, before the subject (2025年是…之年,也是…之年。一年来,某区坚持…)
    ("2025年是全面深化改革的关键之年,也是法治政府建设纲要的收官之年。一年来,开阳县坚持依法行政。贵阳市推进。",
     "开阳县", "county"),
    ("2024年是推进依法行政的攻坚之年,也是示范创建的冲刺之年。一年来,青枫街道深入推进法治建设。全市推进。",
     "青枫街道", "township"),
    # the township's leading group speaks for it (2025年,某街道领导班子始终以…)
    ("2025年,青枫街道领导班子始终以法治思想为统领,推进依法行政。全区推进。", "青枫街道", "township"),
    ("2023年,石门乡党政领导班子坚持依法行政,推进法治建设。", "石门乡", "township"),
    # a year set apart from its 年 (a page made from a PDF: 2025 年,某乡在县委…领导下)
    ("2025 年,石门乡在县委、县政府的坚强有力领导下,推进依法行政。", "石门乡", "township"),
    ("2024 年度,青枫街道坚持依法行政,推进法治建设。全区推进。", "青枫街道", "township"),
    # its party committee and government as the subject, named once, speaking as 我镇/全镇 (观胜镇党委、政府深入学习…),
    # far from the page's end, where a signature would stand
    ("区委、区政府:\n2025年以来,在区委、区政府的坚强领导下,观胜镇党委、政府深入学习法治思想,现将我镇2025年法治政府"
     "建设情况报告如下:镇党委理论学习中心组集中学习,提高了全镇干部的能力。" + "推进依法行政,规范行政执法行为。" * 14,
     "观胜镇", "township"),
    ("2023年以来,在县委的领导下,石门乡党委和政府认真落实法治建设部署,推动全乡依法行政,我乡群众满意。"
     + "推进依法行政,规范行政执法行为。" * 14, "石门乡", "township"),
])
def test_untitled_report_author_from_its_opening(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize("text", [
    # clauses that end in 街道/镇 before a body's name are no townships
    "2023年,我街道推进工作。\n一是成立了以街道党工委书记为组长的领导小组。二是落实以街道办事处为主体的责任。",
    "2020年,我镇推进工作。\n3月5日主持召开镇党委会议,研究法治工作。",
    "2024年,我镇推进工作。\n明确乡镇党委、政府主要负责人职责。全镇落实乡镇政府责任。",
    # a clause that goes to the township's bare body (定期向镇党委汇报), however often
    "2023年,我镇推进工作。\n定期向镇党委、政府汇报工作。\n年底定期向镇党委汇报。",
])
def test_clause_ending_in_a_township_suffix_is_no_author(text):
    assert "authorJurisdiction" not in facts(text)


@pytest.mark.parametrize("text", [
    # a clause near the end names a body too (重大事项经乡党委会议): the signature line decides
    "2021年,龙潭乡推进依法行政。\n二、严格落实工作法,重大事项经乡党委会议集体研究决定。\n龙潭乡人民政府\n2022年1月10日",
    # both signers on one line, with or without a gap between them
    "2021年,龙潭乡推进依法行政。\n二、严格落实工作法,重大事项经乡党委会议集体研究决定。\n中共龙潭乡委员会龙潭乡人民政府\n2022年1月10日",
    "2021年,龙潭乡推进依法行政。\n二、严格落实工作法,重大事项经乡党委会议集体研究决定。\n中共龙潭乡委员会  龙潭乡人民政府\n2022年1月10日",
    # flattened: the signature runs on into its date
    "2021年,龙潭乡推进依法行政。 二、严格落实工作法,重大事项经乡党委会议集体研究决定。 龙潭乡人民政府 2022年1月10日",
])
def test_township_signature_outweighs_a_clause_naming_a_body(text):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == ("龙潭乡", "township")


@pytest.mark.parametrize(("text", "name"), [
    # An untitled report that speaks as 我镇 and names its township once, as the subject of what it does.
    ("2024年,在县委、县政府的坚强领导下,我镇坚持以习近平法治思想为指导,以《龙川县法治政府建设实施方案》为指引,"
     "推进法治政府建设。\n一、主要工作\n今年以来,上坪镇坚持依法行政,我镇扎实推进普法。", "上坪镇"),
    # Two townships so named: the text does not say which is its own.
    ("2024年,我镇推进法治建设,我镇扎实推进普法。\n今年,上坪镇坚持依法行政,下坪镇深入推进普法。", None),
    # A street office's leader's report naming its county only in a cited title: the one 街道 of the table it names
    # in that county (round 128).
    ("一、主要负责人履职情况\n2024年,作为洪家街道法治建设第一责任人,本人带头学法。我街道召开会议,"
     "研究《椒江区法治建设责任清单》,部署我街道依法治理工作。", "洪家街道"),
    # (我 is no township's character: 部署我街道扎实推进… names none)
    ("一、主要负责人履职情况\n2024年,本人带头学法。我街道召开会议,总结部署我街道扎实推进依法治理工作。", None),
])
def test_untitled_township_report_by_the_township_it_speaks_of(text, name):
    got = facts(text).get("authorJurisdiction")
    assert (got.name if got is not None and got.attr("level") == "township" else None) == name


@pytest.mark.parametrize(("text", "name"), [
    # A district's report to its city, speaking as 我区 and naming itself only by its short name.
    ("中共赣州市委、赣州市人民政府:\n2022年,我区坚持依法行政,为建设美丽新章贡提供法治保障。\n一、我区推进依法行政。", "章贡区"),
    # Two of the city's districts so named: the text does not say which; the city stays.
    ("中共赣州市委、赣州市人民政府:\n2022年,我区坚持依法行政,学习章贡、南康经验。\n一、我区推进依法行政。", "赣州市"),
])
def test_untitled_county_report_to_its_city_by_its_short_name(text, name):
    assert facts(text)["authorJurisdiction"].name == name


@pytest.mark.parametrize(("text", "name"), [
    # A county's report opening with the prefecture it is sent to, its bodies bare (县委、县政府…), itself named
    # once, in one of its titles: the county, not the place sent to, however often that line names it.
    ("中共某甲州委、某甲州人民政府:\n2023年,县委、县政府坚持依法行政,现将情况报告如下。\n"
     "一、县委、县政府高度重视法治建设。印发《荔波县党政主要负责人述法办法》。", "荔波县"),
    ("中共黔南州委、黔南州人民政府:\n2023年,县委、县政府坚持依法行政,现将情况报告如下。\n"
     "一、县委、县政府高度重视法治建设。印发《荔波县党政主要负责人述法办法》。", "荔波县"),
    # (a city written in full in the line, the county once in the body)
    ("中共赣州市委、赣州市人民政府:\n2022年,县委、县政府坚持依法行政,现将情况报告如下。\n"
     "一、出台《信丰县重大行政决策程序规定》。", "信丰县"),
    # The place sent to is the only place named: it stays (nothing else to read the author from).
    ("中共黔南州委、黔南州人民政府:\n2023年,州委、州政府坚持依法行政,现将情况报告如下。", "黔南布依族苗族自治州"),
])
def test_the_place_a_report_is_sent_to_is_not_its_author(text, name):
    assert facts(text)["authorJurisdiction"].name == name


def test_untitled_report_opening_below_a_long_site_menu():
    # The opening that names the author (2023年,长征镇在区委…领导下) far below a menu of short lines.
    menu = "".join(f"{item}\n" for item in ["首页", "政务公开", "政策文件", "新闻中心", "办事服务", "互动交流"] * 30)
    text = menu + "2023年,长征镇在区委、区政府的坚强领导下,推进法治政府建设。普陀区推进工作。"
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == ("长征镇", "township")


# A page scraped without its title: what its opening paragraphs say it is.
@pytest.mark.parametrize(("text", "expected"), [
    ("发布时间:2023-01-12 11:02\n\n  2022年,在县委领导下,青枫镇坚持依法行政。", "annual_report"),
    ("来源:区政府\n2018年是全面推进依法行政的关键之年。一年来,全区推进工作。", "annual_report"),
    ("一、主要举措和成效\n(一)强化组织领导\n全镇推进工作。", "annual_report"),
    # the same part's heading with 工作 in it, or the ways of work it reviews (主要做法和成效)
    ("一、主要举措和工作成效\n(一)以示范创建为契机\n青山区启动创建工作。", "annual_report"),
    ("一、主要做法和成效\n(一)加强组织领导\n全县推进工作。", "annual_report"),
    ("为深入推进依法行政,加快建设法治政府,结合本市实际,制定本方案。\n一、总体要求", "implementation_plan"),
    # A year's plan made by its opening, though it names a report on the last year as its grounds.
    ("根据《青山省人大常委会对〈省人民政府关于2023年法治政府建设情况的报告〉的审议意见》精神,结合实际,制定本计划。\n"
     "一、健全政府机构职能体系", "work_plan"),
    ("为做好2024年法治政府建设工作,结合本县实际,制定本工作要点。\n一、总体要求", "work_plan"),
    ("各县(区)人民政府:\n《青山市2023年度法治政府建设工作安排》已经市政府研究同意,现印发给你们,请认真贯彻执行。",
     "work_plan"),
    ("近日,省委、省政府印发《青山省法治政府建设实施方案(2021—2025年)》。《方案》主要内容如下:", "implementation_plan"),
    ("信息来源:区司法局\n一、背景依据\n法治政府建设是全面依法治国的重点任务。", "other"),
    # An explanation of a plan, its title lost: not the plan, whatever its background says the plan does.
    ("发布时间:2024-06-12\n《青山县2024年法治政府建设工作要点》已经县人民政府同意并印发,现就有关内容解读如下。\n"
     "一、制定背景\n为全面推进法治政府建设,结合我县实际,制定本工作要点。", "other"),
    ("《青山县2024年依法行政工作要点》已制定发布,为便于理解,现作如下解读。\n一、制定依据\n结合我县实际,制定本工作要点。",
     "other"),
    ("《青山县2024年依法行政工作要点》印发后,现进行解读。\n结合我县实际,制定本工作要点。", "other"),
    # A goal's year opening a page (到2025年,…) is no year a report covers; the year itself still opens one.
    ("到2025年,基本形成青山省乡村治理新格局。\n11月2日,省农业厅召开全省推进会。", "other"),
    ("2025年,青山县基本形成乡村治理新格局。\n县农业局推进工作。", "annual_report"),
    # An opening that says what it makes as follows (现就…提出如下实施意见; 制定如下实施方案): its title lost.
    ("为认真贯彻落实《某某意见》,结合我省实际,现就进一步加强普法工作,提出如下实施意见。\n一、总体要求", "implementation_plan"),
    ("为深入贯彻落实《某某意见》的通知,结合我省实际,制定如下实施方案。\n一、总体要求", "implementation_plan"),
    ("为加快建设法治政府,结合我市实际,现就全面推进政务公开提出如下意见:\n一、总体要求", "opinion"),
    # A year's statistics of law enforcement, its parts listed (第一部分 某县2024年度行政执法数据表): a year's report.
    ("目 录\n第一部分 青山县2024年度行政执法数据表\n一、行政处罚实施情况统计表\n第二部分 青山县2024年度行政执法"
     "总体情况\n表一\n警告 | 罚款 |", "annual_report"),
    ("青山市2023年度行政执法统计年报\n表一 行政处罚实施情况", "annual_report"),
    ("2023年,青山县推进工作,提出如下建议。\n二、存在问题", "annual_report"),
    # A bureau's account of its tasks in the year's points, handed over with 现就 as with 现将 (现就工作进展情况报告如下),
    # its opening naming the plan it answers to; an explanation handed over so (现就…解读如下) stays no report.
    ("对照《2025年青山市法治政府建设工作要点》,2025年我局主要承担4项任务,现就工作进展情况报告如下:\n"
     "一、重点任务完成情况\n(一)提升政务服务效能。", "annual_report"),
    ("根据《青山市2024年依法行政工作要点》,我局承担3项任务。现就有关工作情况汇报如下:\n一、提升效能", "annual_report"),
    ("《青山县2024年依法行政工作要点》已印发,现就有关内容解读如下。\n结合我县实际,制定本工作要点。", "other"),
])
def test_untitled_page_type_from_its_opening(text, expected):
    assert doc_type_of(None, text) == expected


def test_untitled_report_opening_with_a_maxim_before_its_year():
    # 法治是…的基石。2022年,…: the maxim first, then the year the report opens with.
    text = ("法治是安邦治国的基石,更是实现高质量发展的保证。2022年,在市委、县委的坚强领导下,全县法治政府建设工作"
            "以习近平法治思想为指引,扎实推进。\n一、主要工作")
    assert doc_type_of(None, text) == "annual_report"


@pytest.mark.parametrize("gap", ["\n", " "])
def test_report_titled_without_a_type_word_opens_as_one(gap):
    # …工作情况 names no type: the opening (2025年,…) does, on its line or, flattened, after the page's fields.
    text = gap.join(["青山省交通运输厅", "2025年法治政府部门建设工作情况", "信息来源:厅法规处 发布日期:2026-02-24 浏览次数:",
                     "2025年,在省委、省政府坚强领导下,我厅坚持依法行政,扎实推进交通运输法治政府部门建设。"])
    assert doc_type_of("青山省交通运输厅2025年法治政府部门建设工作情况", text) == "annual_report"


_BODY = "2020年,东辽县坚持依法行政,推进法治政府建设各项工作。" * 12


# A page flattened to one line, its blocks parted by spaces: the title is the block before the body.
@pytest.mark.parametrize(("text", "title", "year"), [
    ("首页 政务公开 工作报告 东辽县2020年法治政府建设情况报告 文章来源:司法局 更新时间:2021/03/29 " + _BODY,
     "东辽县2020年法治政府建设情况报告", 2020),
    ("首页 东辽县人民政府关于2019年度东辽县法治政府 建设情况的报告 发布时间:2020-03-04 " + _BODY,
     "东辽县人民政府关于2019年度东辽县法治政府建设情况的报告", 2019),
    # a body paragraph with spaces in it has no title
    ("2019年,东辽县认真贯彻落实 党的十九大精神 推进依法行政工作报告 " + _BODY, None, 2019),
])
def test_flattened_page_title(text, title, year):
    got = facts(text)
    assert (got.get("title"), got["yearCovered"], got["authorJurisdiction"].name) == (title, year, "东辽县")


# A title in a table's one cell, flattened with its bars (某街道2024年度…情况报告 |, | X |; round 195): the title
# without them, and the street it names its author.
@pytest.mark.parametrize("text", [
    "天津市滨海新区新桥街道2024年度法治政府建设情况报告 |\n2024年,街道坚持以习近平法治思想为指导,推进依法行政。",
    "| 天津市滨海新区新桥街道2024年度法治政府建设情况报告 |\n2024年,街道坚持以习近平法治思想为指导,推进依法行政。",
])
def test_title_in_a_flattened_table_cell(text):
    got = facts(text)
    assert got.get("title") == "天津市滨海新区新桥街道2024年度法治政府建设情况报告"
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == ("新桥街道", "township")


_PLAIN = "各地各部门坚持依法行政,推进法治政府建设各项工作,完善制度,规范执法,强化监督。" * 8


# A page flattened to one line is dated as its lines would date it: the signature, a byline, a number.
@pytest.mark.parametrize(("text", "year"), [
    # the signature's date, after the notice's last sentence, within the plan's years (not its first year)
    ("中共青山市委 青山市人民政府关于印发《青山市法治政府建设实施方案(2016-2020年)》的通知 市委发〔2017〕23号 "
     "各县区委、县区人民政府:《青山市法治政府建设实施方案(2016-2020年)》已经市委、市政府同意,现印发给你们,请认真贯彻执行。 "
     "中共青山市委   青山市人民政府 2017年4月24日 青山市法治政府建设实施方案(2016-2020年) " + _PLAIN, 2017),
    # a plan with no years of its own: its signature, not a year its text recalls
    ("青山市人民政府关于印发青山市创建法治政府建设示范市实施方案的通知 各县区人民政府:《青山市创建法治政府建设示范市实施方案》"
     "已经市政府同意,现印发给你们,请认真抓好贯彻落实。 青山市人民政府 2025年6月13日 (此件公开发布) "
     "青山市创建法治政府建设示范市实施方案 2021年以来,全市推进法治政府建设。" + _PLAIN, 2025),
    # a byline under the title
    ("关于加快推进法治政府建设的实施意见 青山县政府 2016-03-21 各乡镇人民政府、县直有关单位: 为提升依法行政工作水平,"
     "根据省政府《关于加快推进法治政府建设的实施意见》,结合我县实际,制定本实施意见。 " + _PLAIN, 2016),
    # a news page's date and time over its source
    ("市委印发《青山市法治社会建设实施方案(2021—2025年)》 2022-01-28 07:56  来源: 青山日报 近日,市委印发了"
     "《青山市法治社会建设实施方案(2021—2025年)》,并发出通知。 " + _PLAIN, 2022),
    # an opinion's number, not a year it recalls
    ("某部关于深入推进行业法治建设的指导意见 某法〔2020〕4号 各省、自治区、直辖市主管厅(局): 为贯彻落实《法治政府建设实施纲要"
     "(2015-2020年)》,2016年6月,某部印发了《法治行业建设实施方案》。现提出以下意见。 " + _PLAIN, 2020),
    # a byline's date under an explanation's title is no signature: the explained report's year
    ("【政策解读】关于《青山县人民政府关于青山县2023年度法治政府建设工作总结的报告》的政策解读 青山县人民政府 2024年01月08日 "
     "《青山县人民政府关于青山县2023年度法治政府建设工作总结的报告》政策解读 按照省市要求,我县总结2023年全县法治政府建设工作。"
     + _PLAIN, 2023),
], ids=["signature-in-the-plans-years", "signature-of-a-plan-without-years", "byline", "news-byline", "number",
        "no-signature-under-a-title"])
def test_flattened_page_dated_as_its_lines(text, year):
    assert len(text) >= 300 and "\n" not in text
    assert facts(text)["yearCovered"] == year


# A page flattened to one line is titled as its lines would title it.
@pytest.mark.parametrize(("text", "title"), [
    # a news tag before the headline is the site's
    ("【权威】省委、省政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021—2025年)》 "
     "近日,省委、省政府转发了规划,并发出通知。 " + _PLAIN,
     "省委、省政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021—2025年)》"),
    # a title broken before its last words
    ("青山街道2024年度法治政府建设 工作总结 今年,青山街道坚持依法行政。" + _PLAIN, "青山街道2024年度法治政府建设工作总结"),
    # a plan's years in the block after its name
    ("青山省法治民政建设三年行动方案 (2021-2023年) 为贯彻落实《法治政府建设实施纲要(2021—2025年)》,制定本方案。 " + _PLAIN,
     "青山省法治民政建设三年行动方案(2021-2023年)"),
    # the bodies issuing it, listed, in the block before 关于
    ("省委依法治省办、省委宣传部、省委普法办、省司法厅 关于在公民中开展法治宣传教育的第八个五年规划(2021—2025年) "
     "在省委、省政府正确领导下,全省普法工作取得成效。" + _PLAIN,
     "省委依法治省办、省委宣传部、省委普法办、省司法厅关于在公民中开展法治宣传教育的第八个五年规划(2021—2025年)"),
    # a metadata table's fields, label and value in one block: another field is no title, the title's is
    ("- 索 引 号:370481/2026-00158 - 主题分类:通知公告 - 发布机构:青山镇 - 成文时间:2026年01月01日 - "
     "标 题:青山镇2025年法治政府建设报告 - 效力状态:有效 青山镇2025年法治政府建设报告 2025年以来,青山镇坚持依法行政。"
     + _PLAIN, "青山镇2025年法治政府建设报告"),
    ("- 主题分类:通知公告 - 发布机构:青山镇 - 成文时间:2026年01月01日 - 效力状态:有效 青山镇2025年法治政府建设报告 "
     "2025年以来,青山镇坚持依法行政。" + _PLAIN, "青山镇2025年法治政府建设报告"),
], ids=["news-tag", "broken-before-its-last-words", "years-after", "bodies-before-guanyu", "title-field",
        "fields-before-the-title"])
def test_flattened_page_titled_as_its_lines(text, title):
    assert len(text) >= 300 and "\n" not in text
    assert facts(text).get("title") == title


# A page's title from its markup is found in the text however its brackets and spaces are written.
@pytest.mark.parametrize("text", [
    "首页 > 政务公开\n青山省法治政府建设实施方案(2021—2025年)\n为深入推进依法行政,制定本方案。",
    "首页 > 政务公开\n青山省法治政府建设实施方案 (2021—2025年)\n为深入推进依法行政,制定本方案。",
])
def test_page_title_found_in_the_text_for_its_years(text):
    doc = Document(id="t", text=text, metadata=(("title", "青山省法治政府建设实施方案（2021—2025年）"),))
    got = context_of(doc)
    assert got.title_span is not None and got.year == 2021


_MENU = "\n".join(["首页", "政务公开", "政府工作报告", "政策解读", "通知公告"] + [f"栏目{i}" for i in range(70)]) + "\n"


# A site's menu before the text: its labels (政府工作报告) are no title, however many lines it takes.
def test_menu_labels_are_no_title_and_a_long_menu_hides_none():
    got = facts(_MENU + "东辽县2021年法治政府建设工作要点\n为推进依法行政,制定本要点。")
    assert (got["title"], got["docType"], got["yearCovered"], got["authorJurisdiction"].name) == (
        "东辽县2021年法治政府建设工作要点", "work_plan", 2021, "东辽县")


@pytest.mark.parametrize(("text", "name", "level"), [
    # A city bureau's branch in a district (X市公安局Y区分局) serves that district.
    ("广州市公安局天河区分局关于2023年度法治政府建设情况的报告\n2023年,在区委、区政府领导下,分局推进工作。",
     "天河区", "county"),
    ("重庆市公安局江北区分局2022年法治政府建设情况报告\n2022年,分局推进工作。", "江北区", "county"),
    # The city's bureau itself stays the city's.
    ("广州市公安局2023年法治政府建设情况报告\n2023年,市公安局推进工作。", "广州市", "prefecture"),
])
def test_branch_of_a_city_bureau_is_its_district(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A province or city by its short name opening its own plan's title.
    ("上海法治社会建设规划(2021-2025年)\n为贯彻落实纲要,结合实际,制定本规划。", "上海市", "provincial"),
    ("珠海法治政府建设规划(2021-2025年)\n为推进依法行政,制定本规划。", "珠海市", "prefecture"),
    # A street named after a city is no city.
    ("北京路街道2023年法治政府建设情况报告\n2023年,北京路街道党工委推进工作。越秀区委领导。", "北京路街道", "township"),
])
def test_city_by_its_short_name_opening_the_title(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "year"), [
    # An opinion with no date of its own is of its number's year, not of the years it recalls.
    ("财政部关于深入推进财政法治建设的指导意见\n财法〔2020〕4号\n各省财政厅:\n2016年6月,财政部印发了方案。现提出以下意见。", 2020),
    # A report's year is still the year it covers.
    ("东辽县2019年法治政府建设情况报告\n东政发〔2020〕3号\n2019年,县政府推进工作。", 2019),
])
def test_year_of_an_opinion_by_its_number(text, year):
    assert facts(text)["yearCovered"] == year


@pytest.mark.parametrize(("text", "year"), [
    # A byline under the title (the issuing body and its date) dates a plan with no year of its own.
    ("关于加快推进法治政府建设的实施意见\n中阳县政府 2016-03-21\n各乡镇人民政府:\n根据省政府意见,制定本实施意见。", 2016),
])
def test_byline_dates_the_document(text, year):
    assert facts(text)["yearCovered"] == year


@pytest.mark.parametrize(("text", "title", "doc_type", "year"), [
    # A news page's headline names who issues the plan it carries: the plan's title, of its first year.
    ("中共某省委印发《某省法治社会建设实施方案(2021—2025年)》\n近日,中共某省委印发了方案。全文如下。\n"
     "根据《法治社会建设实施纲要(2020—2025年)》,制定本实施方案。",
     "中共某省委印发《某省法治社会建设实施方案(2021—2025年)》", "implementation_plan", 2021),
    # A page's date and time over its source date the plan, when the date falls in its years.
    ("市委印发《某市法治社会建设实施方案(2021—2025年)》\n\n2022-01-28 07:56  来源: 某市日报\n\n"
     "近日,市委印发了方案。",
     "市委印发《某市法治社会建设实施方案(2021—2025年)》", "implementation_plan", 2022),
    # A party committee and a government forwarding a plan: a forwarding page, of the plan's first year.
    ("中共某省委、某省人民政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第七个五年规划(2016—2020年)》\n"
     "近日,省委、省政府转发了规划,并发出通知。",
     "中共某省委、某省人民政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第七个五年规划(2016—2020年)》",
     "other", 2016),
])
def test_headline_of_a_page_carrying_a_plan(text, title, doc_type, year):
    got = facts(text)
    assert (got.get("title"), got.get("docType"), got.get("yearCovered")) == (title, doc_type, year)


def test_byline_under_a_title_behind_a_menu_dates_the_document():
    text = _MENU + "关于加快推进法治政府建设的实施意见\n中阳县政府 2016-03-21\n各乡镇人民政府:\n根据省政府意见,制定本实施意见。"
    assert facts(text)["yearCovered"] == 2016


def test_flattened_headline_page_is_titled_by_its_headline():
    body = "为深入推进依法行政,加快建设法治政府,结合本省实际,制定本方案。一、总体要求。全面推进依法行政。" * 6
    got = facts("首页 政务公开 省委、省政府印发《青山省法治政府建设实施方案(2021—2025年)》 发布时间:2021-08-10 " + body)
    assert (got["title"], got["docType"], got["yearCovered"]) == (
        "省委、省政府印发《青山省法治政府建设实施方案(2021—2025年)》", "implementation_plan", 2021)


@pytest.mark.parametrize(("text", "doc_type", "year"), [
    # A news page of a meeting held: no report, whatever year its speakers look back on.
    ("某县召开2018年依法治县工作推进会\n\n某某新闻网4月28日讯 4月27日下午,某县召开了推进会。\n"
     "会议强调,2018年是承上启下的关键一年,要深入推进依法治县工作。", "other", 2018),
    ("某市委全面依法治市委员会办公室第八次会议召开\n本报讯 4月12日下午,市委依法治市办召开会议。\n"
     "2022年,我市将持续推进法治政府建设。", "other", 2022),
    # The end of a period and a goal year are not the year of the page.
    ("某市“八五”普法启动实施\n记者了解到,我市普法工作正式启动。2021年为宣传发动阶段。"
     "2021年下半年至2025年上半年为组织实施阶段,2025年下半年为检查验收阶段。到2025年,法治观念深入人心。",
     "other", 2021),
    # A page on a plan for 2022—2025年 that says no year of its own is of the plan's first year.
    ("某县政府常务会议审议通过《某县法治政府建设实施方案(2022—2025年)》\n7月4日,县长主持召开县政府常务会议。"
     "会议审议通过了《某县法治政府建设实施方案(2022—2025年)》。会议强调,要紧盯目标抓落实。", "other", 2022),
    # A headline of an inspection made or begun (开展…督察, 赴…进行…督查, 启动…整改工作) is news, of the year its
    # own words name, not of the first year of the plans it checks.
    ("某区开展村居法治建设专项督察\n为掌握工作推进情况,区委依法治区办对2024年村居法治建设工作进行了专项督察。"
     "督察发现的问题已汇总通报,存在的不足要限期整改。", "other", 2024),
    ("市司法局赴各县(市)进行法治政府建设年度督查\n近日,为了解各县贯彻落实《法治政府建设实施纲要(2015-2020年)》"
     "和《某省法治政府建设实施方案(2016-2020年)》情况,市司法局带队赴各县督查,要求抓好2019年重点工作。", "other", 2019),
    ("某办启动2022年法治督察整改工作\n记者从某办获悉,督察整改工作近日启动。被督察的地方要狠抓整改落实。",
     "other", 2022),
    # A lead of a visit "lately" (近日,…一行来我县,就…进行实地督察) is news; a page naming no year that greets the
    # party's coming congress (迎接党的二十大胜利召开) is of the congress's year.
    ("近日,市委依法治市办一行来我县,就法治政府建设督察整改工作进行实地督察。\n县委依法治县办汇报了法治政府建设情况。"
     "下阶段将压实整改责任,以优异成绩迎接党的二十大胜利召开。", "other", 2022),
    ("近日,市委依法治市办一行来我县,就法治政府建设督察整改工作进行实地督察。\n县委依法治县办汇报了法治政府建设情况。",
     "other", None),
    # A sentence of purpose with the date inside it (为…,根据…部署,8月18日,区普法办组织…) is a dated lead too.
    ("为深入推进普法责任制落实,根据年度评议工作部署,9月6日,县普法办组织评议组到县统计局进行实地核查。"
     "评议组查阅了档案材料。", "other", None),
    # A year's points without their title: the year as the year of what is due, then what the work is to do.
    ("2024年是全面实施规划的关键之年。全县普法依法治理工作要以提升公民法治素养为目标,加强法治文化建设。\n"
     "一、深入学习宣传宪法\n1.开展宪法宣传活动。", "work_plan", 2024),
    ("2024年是全面实施规划的关键之年,全区法治宣传教育工作的总体要求是:坚持围绕中心、服务大局。\n一、突出重点\n",
     "work_plan", 2024),
    # (a report opening the same way reports what the year did: still a report)
    ("2023年是全面贯彻党的二十大精神的开局之年。一年来,我县法治政府建设取得新成效,现将情况报告如下。", "annual_report", 2023),
    # A site's column tag before the headline (评估现场丨…) makes the page the column's article.
    ("评估现场丨某市法治政府建设情况第三方评估项目\n发布时间:2021-12-28\n为全面掌握法治政府建设情况,我院受市司法局委托,"
     "派出评估团队开展现场评估工作。", "other", 2021),
    # A site's dateline with its county between (某某网某县讯), or a site's byline with its reporter in brackets.
    ("某某网青山讯 近年来,青山镇坚持普法与依法治理并重,2023年开展法治宣传30场。\n青山镇推进工作。", "other", 2023),
    ("某省法治网:(记者 某某)2023年以来,青山镇深化普法工作,开展宣传活动。\n青山镇推进工作。", "other", 2023),
    # A site's dateline with its other name in brackets before its 讯 (荆楚网(湖北日报网)讯(通讯员…)), after a page's
    # posting line: news, of its posting year, whatever "recent years" it opens on (round 256).
    ("关注我们\n荆楚网 >\n\n某县首批社会监督员上岗\n\n发布时间:2024年11月07日09:57 来源:\n\n"
     "荆楚网(湖北日报网)讯(通讯员某某)11月4日,某县人民政府行政执法监督局聘请22人为社会监督员。\n\n"
     "近年来,某县积极探索推进社会监督员对行政执法行为开展监督。", "other", 2024),
    # A lead of a body's head leading a team "lately" (近日,…副主任某某带队调研…) is news.
    ("近日,某市人大常委会副主任某某带队调研青山区2023年度法治政府建设情况。\n区政府作了汇报。", "other", 2023),
    # A lead dated by the day it was written (今天下午,…将开展专题询问), after the questions it opens with: news, of
    # the later of the years it names as often, not the year a span began (自2015年以来).
    ("关于某某路的建设,推进情况如何?今天下午,市人大常委会将开展专题询问。自2015年以来,常委会先后开展专题询问。"
     "按照常委会2020年工作要点安排开展工作。", "other", 2020),
    ("(记者 某某)昨日上午,某市人大常委会召开联组会议开展专题询问。2022年,常委会推进工作。", "other", 2022),
    # A dated lead with its year (2019年6月11日上午,…召开座谈会) is news, of its posting year, not the year of a
    # plan it recalls.
    ("当前位置: >> 监督工作\n发布时间:2019-06-11\n2019年6月11日上午,市人大常委会调研组召开座谈会,征求意见建议。"
     "2015年底,中共中央、国务院印发《法治政府建设实施纲要(2015-2020年)》。", "other", 2019),
    # ... and with no posting line, the meeting telling of last year's work twice (通报了2021年…, 对2021年…): of the
    # lead's date, the year the meeting is held (round 262).
    ("2022年7月8日上午,某区“双随机、一公开”监管工作联席会议召开了全体成员会议。会议听取了2021年营商环境专项督查情况的"
     "通报。联席会议召集人对2021年“双随机、一公开”工作开展情况进行了通报。", "other", 2022),
    ("2023年3月2日,某县召开依法行政工作会议,通报了2022年度依法行政考核情况,部署2022年度考核整改。", "other", 2023),
    # A meeting's news that deploys one year's work (会上还对2018年…工作进行了部署, 会议部署了2024年…工作): of that
    # year, not of last year's results it names more often (round 270); a deployment told of outside the meeting
    # (县政府此前部署…) leaves the count as it was.
    ("5月16日,全市文化市场管理执法工作会议在市博物馆报告厅召开。2017年,我市文化市场综合执法支队率先完成改革。"
     "在2017年的全省考评中位居第二。会上还对2018年文化执法工作进行了部署。", "other", 2018),
    ("3月5日,某县召开法治政府建设工作会议。2023年,全县推进依法行政。2023年成效明显。会议部署了2024年法治政府建设工作。",
     "other", 2024),
    ("3月5日,某县召开法治政府建设工作会议。2023年,全县推进依法行政。2023年成效明显。县政府此前部署2024年重点工作。",
     "other", 2023),
    # (guard: a report opening on a date and a comma is no news lead; its years are counted as before)
    ("某县2022年法治政府建设情况报告\n2023年1月5日,县政府常务会议审议本报告。2022年,我县推进法治政府建设。2022年成效明显。",
     "annual_report", 2022),
])
def test_news_pages_without_a_title_line(text, doc_type, year):
    got = facts(text)
    assert (got.get("docType"), got.get("yearCovered")) == (doc_type, year)


@pytest.mark.parametrize("text", [
    # a page without its headline whose lead is a dated meeting held: news, whatever reports it weighs
    "6\u670825\u65e5,\u9752\u5c71\u53bf\u7ec4\u7ec7\u53ec\u5f00\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5e74\u5ea6\u62a5\u544a\u8bc4\u8bae\u4f1a,\u5bf9\u5404\u4e61\u9547\u62a5\u9001\u76842020\u5e74\u5ea6\u62a5\u544a\u8fdb\u884c\u8bc4\u8bae\u3002"
    "\u53c2\u8bc4\u4eba\u5458\u4ece\u52a0\u5f3a\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u7684\u6709\u5173\u60c5\u51b5\u7b49\u4e94\u4e2a\u65b9\u9762\u9010\u4e00\u8bc4\u8bae\u6253\u5206\u3002",
    # the dated lead after a sentence of purpose
    "\u4e3a\u8fdb\u4e00\u6b65\u63a8\u52a8\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u300210\u670820\u65e5,\u9752\u5c71\u9547\u53ec\u5f00\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5de5\u4f5c\u63a8\u8fdb\u4f1a,\u9547\u73ed\u5b50\u6210\u5458\u53c2\u4f1a\u3002"
    "\u4f1a\u8bae\u8981\u6c42,\u8981\u52a0\u5f3a\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u60c5\u51b5\u7684\u8003\u6838\u3002",
    # a news item credited to its writers after its last sentence, their role with a colon, a scraped table's cell
    # mark after it ((通讯员:某某 某某) |): news, not a report (round 256)
    "根据《某县2023年度行政执法监督检查工作实施方案》,县法政办组织开展全县2023年度行政执法监督现场检查活动。\n"
    "检查组由县司法局工作人员组成。对部分行政执法部门工作中存在的问题提出建议和意见。\n"
    "下一步,某县将继续发挥行政执法监督检查的作用。(通讯员:叶某某 苏某某) |",
])
def test_a_dated_meeting_lead_is_a_news_page(text):
    assert facts(text)["docType"] == "other"


@pytest.mark.parametrize("text", [
    # flattened to one line: a headline block of a meeting held, or the body's dated lead after the blocks,
    # though the body hears a year's report (法治政府建设工作情况)
    "首页 新闻中心 青山区召开全面依法治区委员会第二次会议 七七 2020-05-21 10:53:54 "
    "会议听取了2019年法治政府建设工作情况汇报,研究部署今年工作。青山区推进工作。",
    "首页 新闻中心 把法治青山打造成品牌 2020-05-21 10:53:54 "
    "5月20日,青山区委全面依法治区委员会召开会议,听取了2019年法治政府建设工作情况汇报。青山区推进工作。",
])
def test_a_flattened_news_page_is_news(text):
    assert "\n" not in text and doc_type_of(None, text) == "other"


def test_news_of_a_meeting_dated_by_its_posting_time():
    # a headline ending 会议 is a meeting held; the date and time under it date the page, not the
    # reports the meeting passed (the year's reports, the next year's points)
    text = ("\u628a\u6cd5\u6cbb\u9752\u5c71\u6253\u9020\u6210\u54c1\u724c \u9752\u5c71\u533a\u53ec\u5f00\u5168\u9762\u4f9d\u6cd5\u6cbb\u533a\u59d4\u5458\u4f1a\u7b2c\u4e8c\u6b21\u4f1a\u8bae\n\u4e03\u4e03\n2020-05-21 10:53:54\n"
            "5\u670820\u65e5,\u9752\u5c71\u533a\u59d4\u5168\u9762\u4f9d\u6cd5\u6cbb\u533a\u59d4\u5458\u4f1a\u53ec\u5f00\u4f1a\u8bae,\u7814\u7a76\u90e8\u7f72\u4eca\u5e74\u5de5\u4f5c\u3002\u4f1a\u8bae\u5ba1\u8bae\u901a\u8fc7\u4e86\u300a\u9752\u5c71\u533a2019\u5e74\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5de5\u4f5c\u62a5\u544a\u300b"
            "\u300a\u9752\u5c71\u533a2019\u5e74\u5ea6\u5168\u9762\u4f9d\u6cd5\u6cbb\u533a\u5de5\u4f5c\u62a5\u544a\u300b\u300a\u9752\u5c71\u533a2020\u5e74\u5168\u9762\u4f9d\u6cd5\u6cbb\u533a\u5de5\u4f5c\u8981\u70b9\u300b\u3002\n2019\u5e74,\u9752\u5c71\u533a\u53d6\u5f97\u65b0\u7a81\u7834\u3002")
    got = facts(text)
    assert (got["docType"], got["yearCovered"], got["publishDate"]) == ("other", 2020, "2020-05-21")
    # the same behind a site's menu of short lines
    menu = "".join(f"{item}\n" for item in ["\u9996\u9875", "\u653f\u52a1\u516c\u5f00", "\u65b0\u95fb\u4e2d\u5fc3"] * 40)
    got = facts(menu + text)
    assert (got["docType"], got["yearCovered"], got["publishDate"]) == ("other", 2020, "2020-05-21")


@pytest.mark.parametrize(("text", "year"), [
    # a dated lead of any event (a survey led that day), under a headline that names no meeting
    ("\u9752\u5c71\u53bf\u4eba\u5927\u5e38\u59d4\u4f1a\u8c03\u7814\u6307\u5bfc\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5de5\u4f5c\n12\u67088\u65e5\u4e0b\u5348,\u9752\u5c71\u53bf\u4eba\u5927\u5e38\u59d4\u4f1a\u526f\u4e3b\u4efb\u5e26\u9886\u8c03\u7814\u7ec4,"
     "\u5bf9\u6211\u53bf2023\u5e74\u5ea6\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u5de5\u4f5c\u8fdb\u884c\u8c03\u7814\u3002\u542c\u53d6\u4e86\u5173\u4e8e2023\u5e74\u5ea6\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u60c5\u51b5\u7684\u6c47\u62a5\u3002", 2023),
    # a newspaper's own dateline; the meeting's news names last year's work and this year's alike
    ("\u67d0\u5dde\u65e5\u62a5\u8baf (\u8bb0\u8005\u67d0\u67d0)3\u67081\u65e5,\u5168\u5e02\u53f8\u6cd5\u884c\u653f\u5de5\u4f5c\u4f1a\u8bae\u53ec\u5f00\u3002\u4f1a\u8bae\u603b\u7ed32021\u5e74\u5de5\u4f5c,\u90e8\u7f722022\u5e74\u5de5\u4f5c\u4efb\u52a1\u3002"
     "\u4f1a\u8bae\u6307\u51fa,2021\u5e74\u5de5\u4f5c\u6210\u7ee9\u4eae\u773c\u30022022\u5e74,\u8981\u7acb\u8db3\u5927\u5c40\u3002", 2022),
    # the points it passes and the summaries it hears name two years as often: this year's news
    ("\u67d0\u5e02\u53ec\u5f00\u5e02\u59d4\u5168\u9762\u4f9d\u6cd5\u6cbb\u5e02\u59d4\u5458\u4f1a\u7b2c\u5341\u6b21\u4f1a\u8bae\n\u67d0\u67d0\u6cd5\u6cbb\u62a5\u20146\u670828\u65e5\u8baf \u8fd1\u65e5,\u67d0\u5e02\u53ec\u5f00\u4f1a\u8bae,"
     "\u7814\u7a76\u5ba1\u8bae\u300a\u4e2d\u5171\u67d0\u5e02\u59d4\u5168\u9762\u4f9d\u6cd5\u6cbb\u5e02\u59d4\u5458\u4f1a2024\u5e74\u5de5\u4f5c\u8981\u70b9(\u9001\u5ba1\u7a3f)\u300b\u300a\u67d0\u5e02\u4eba\u6c11\u653f\u5e9c2024\u5e74\u5ea6\u89c4\u7ae0\u7acb\u6cd5\u5de5\u4f5c\u8ba1\u5212\u300b,"
     "\u542c\u53d62023\u5e74\u5168\u9762\u4f9d\u6cd5\u6cbb\u5e02\u5de5\u4f5c\u603b\u7ed3\u548c\u5404\u534f\u8c03\u5c0f\u7ec42023\u5e74\u5de5\u4f5c\u603b\u7ed3\u62a5\u544a\u3002", 2024),
])
def test_news_lead_and_dateline_of_an_untitled_page(text, year):
    got = facts(text)
    assert (got["docType"], got["yearCovered"]) == ("other", year)


def test_a_report_opening_with_its_year_stays_a_report():
    text = "2023\u5e74,\u9752\u5c71\u53bf\u575a\u6301\u4f9d\u6cd5\u884c\u653f\u30023\u670810\u65e5,\u53bf\u653f\u5e9c\u53ec\u5f00\u5e38\u52a1\u4f1a\u8bae\u3002\u73b0\u5c06\u6cd5\u6cbb\u653f\u5e9c\u5efa\u8bbe\u60c5\u51b5\u62a5\u544a\u5982\u4e0b\u3002"
    assert facts(text)["docType"] == "annual_report"


def test_news_headline_behind_a_menu_is_a_news_page():
    text = "首页\n政务公开\n工作动态\n青山县召开2018年依法治县工作推进会\n4月28日,青山县召开推进会,通报2017年法治政府建设情况。"
    assert facts(text)["docType"] == "other"


@pytest.mark.parametrize(("text", "title", "doc_type"), [
    # A headline followed by its document's number in brackets: the title ends before the number, and
    # the page is the notice, not the opinion it carries under its own heading.
    ("中共常德市委办公室常德市人民政府办公室印发《关于深化政务公开的实施意见》的通知(常办发〔2018〕5号)\n"
     "各区县市委、人民政府:\n《关于深化政务公开的实施意见》已经市委、市人民政府同意,现印发给你们。\n"
     "关于深化政务公开的实施意见\n结合我市实际,现提出如下实施意见。",
     "中共常德市委办公室常德市人民政府办公室印发《关于深化政务公开的实施意见》的通知", "implementation_plan"),
])
def test_a_headline_with_its_document_number(text, title, doc_type):
    got = facts(text)
    assert (got["title"], got["docType"]) == (title, doc_type)
    # the notice's issuers and the committee and government that approved it are read, not skipped
    assert {f.object.name for f in agencies(Document(id="t", text=text)) if f.predicate == "mentionsAgency"} == {
        "中共常德市委办公室", "常德市人民政府办公室", "常德市委", "常德市人民政府"}


def test_flattened_page_headed_by_its_title_in_marks():
    """A page flattened to one line, headed by its document's title in 《》: that is its title (dated in its years)."""
    text = ("《青山省法治建设规划(2021—2025年)》 来源:青山省司法厅 时间:2022-11-21 10:20 "
            "为深入学习贯彻习近平法治思想,根据《法治中国建设规划(2020—2025年)》,结合我省实际,制定本规划。 "
            "一、总体要求 省委高度重视法治建设,推进各项工作。" + "全省各地推进依法行政,加强法治政府建设。" * 10)
    got = facts(text)
    assert (got.get("title"), got["docType"], got["yearCovered"]) == (
        "青山省法治建设规划(2021—2025年)", "implementation_plan", 2022)


@pytest.mark.parametrize(("text", "title", "doc_type", "name", "level"), [
    # A news page's tag before its headline (【权威】) is the site's label: the headline after it is the title,
    # and a headline opening with the province's committee unnamed is the province its text names most.
    ("【权威】省委、省政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021—2025年)》\n"
     "近日,省委、省政府转发了规划。规划结合贵州实际,推动法治贵州建设。",
     "省委、省政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021—2025年)》",
     "other", "贵州省", "provincial"),
    # A line that is a title with its tag keeps it, as a 【政策解读】 does.
    ("【要闻】某县2023年度法治政府建设情况报告\n2023年,某县推进工作。",
     "【要闻】某县2023年度法治政府建设情况报告", "annual_report", None, None),
    # A page explaining a plan, tagged so (【政策解读】《X》): it is no plan, and X is not its title.
    ("【政策解读】《某县法治宣传教育第八个五年规划(2021-2025年)》\n一、决策背景和依据\n为做好普法工作,根据上级规划,县委宣传部、县司法局起草了规划。",
     None, "other", None, None),
    # Provincial offices listed as joint authors of a plan, the province unnamed in the title: the province
    # the text names (谱写青海新篇章).
    ("省委依法治省办、省委宣传部、省司法厅 关于在公民中开展法治宣传教育的第八个五年规划(2021—2025年)\n"
     "五年来,全省普法工作取得成效。为谱写青海发展新篇章,推动青海法治建设,结合实际制定本规划。",
     "省委依法治省办、省委宣传部、省司法厅关于在公民中开展法治宣传教育的第八个五年规划(2021—2025年)",
     "implementation_plan", "青海省", "provincial"),
    # A headline naming the province's government with its name is read as before.
    ("省人民政府办公厅关于印发2024年法治政府建设工作要点的通知\n各市州人民政府:\n结合湖北实际,制定本要点。",
     "省人民政府办公厅关于印发2024年法治政府建设工作要点的通知", "work_plan", "湖北省", "provincial"),
])
def test_a_news_tag_and_an_unnamed_province_in_the_headline(text, title, doc_type, name, level):
    got = facts(text)
    place = got.get("authorJurisdiction")
    assert (got.get("title"), got.get("docType"), place.name if place else None,
            place.attr("level") if place else None) == (title, doc_type, name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A notice issuing a plan that names no issuer of its own: the plan in its marks is the place's.
    ("关于印发《宜昌市夷陵区2019年法治政府建设实施方案》的通知\n各乡镇人民政府:\n现将方案印发给你们。宜昌市推进工作。宜昌市落实。",
     "夷陵区", "county"),
    # A notice naming its issuer is the issuer's, whatever plan it issues.
    ("宜昌市人民政府关于印发《夷陵区2019年法治政府建设实施方案》的通知\n现将方案印发给你们。", "宜昌市", "prefecture"),
])
def test_a_notice_issuing_a_plan_without_naming_its_issuer(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "doc_type", "name", "level"), [
    # A headline forwarding a plan by its short name, its committee and government run together and
    # the province unnamed (省委省政府转发“八五”普法规划): a forwarding page of the province its text names.
    ("省委省政府转发“八五”普法规划\n本报讯 省委、省政府近日发出通知,转发《省委宣传部、省司法厅关于开展法治宣传教育的"
     "第八个五年规划(2021-2025年)》。通知要求推动新一轮辽宁全面振兴。", "other", "辽宁省", "provincial"),
    # The same run-together lead before a plan in marks: the province its text names.
    ("省委省政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划(2021-2025年)》\n"
     "通知要求推动辽宁全面振兴。", "other", "辽宁省", "provincial"),
    # A notice forwarding a plan keeps the type a notice of it has.
    ("关于转发省司法厅2024年普法工作要点的通知\n各乡镇:\n现转发给你们。", "work_plan", None, None),
])
def test_a_headline_forwarding_a_plan_by_its_short_name(text, doc_type, name, level):
    got = facts(text)
    place = got.get("authorJurisdiction")
    assert (got.get("docType"), place.name if place else None, place.attr("level") if place else None) == (
        doc_type, name, level)


@pytest.mark.parametrize(("text", "doc_type"), [
    # A notice issuing the year's summary with the next year's points is the points' notice.
    ("关于印发《2024年某区司法局工作总结》和《2025年某区司法局工作要点》的通知\n各科室:\n现印发给你们。", "work_plan"),
    ("关于印发《某区2024年工作总结》及《某区2025年法治建设实施方案》的通知\n各科室:\n现印发给你们。",
     "implementation_plan"),
    # A summary issued with another report stays a report.
    ("关于印发《2024年某区司法局工作总结》和《2024年某区普法工作报告》的通知\n各科室:\n现印发给你们。",
     "annual_report"),
])
def test_a_notice_issuing_a_summary_and_the_next_years_points(text, doc_type):
    assert facts(text)["docType"] == doc_type


@pytest.mark.parametrize(("text", "title", "name"), [
    # A title wrapped before its last words: the year and the subject on one line, 工作总结 on the next.
    ("青松路街道2024年度法治政府建设\n工作总结\n\n今年,青松路街道推进依法行政,现将工作总结如下:",
     "青松路街道2024年度法治政府建设工作总结", "青松路街道"),
    ("东辽县2019年度依法行政\n工作报告\n\n2019年,东辽县推进依法行政。", "东辽县2019年度依法行政工作报告", "东辽县"),
    # A site's date line before a menu label is no title's first line (今天是:2019年…, then 工作报告).
    ("今天是:2019年10月31日 星期三 法治\n工作报告\n\n2020年静海区法治政府建设情况报告\n2020年,静海区推进工作。",
     "2020年静海区法治政府建设情况报告", "静海区"),
])
def test_title_wrapped_before_its_last_words(text, title, name):
    got = facts(text)
    place = got.get("authorJurisdiction")
    assert (got.get("title"), place.name if place else None) == (title, name)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A report without a title whose author comes before its leadership (…镇在…县委…领导下).
    ("2024年,漳江镇在桃源县委、县政府的坚强领导下,扎实推进依法行政。桃源县各部门配合。", "漳江镇", "township"),
    ("2023年,龙潭乡在县委的正确领导下,在县依法治县办的指导下,持续推进法治建设。", "龙潭乡", "township"),
    # The leadership first, as before.
    ("2023年,在区委、区政府的坚强领导下,中站区坚持依法行政。", "中站区", "county"),
    # The leadership written as 引领 (在…的坚强引领下), before or after the author.
    ("2024年,在区委、区政府的坚强引领下,都里镇法治建设工作坚持以法治思想为指导。", "都里镇", "township"),
    ("2024年,都里镇在区委、区政府的坚强引领下,扎实推进法治建设。", "都里镇", "township"),
])
def test_a_report_opening_with_its_author_before_its_leadership(text, name, level):
    place = facts(text).get("authorJurisdiction")
    assert (place.name, place.attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A plan for the rule of law of a place named by its short name after 法治.
    ("法治浙江建设规划(2021—2025年) 法治是治理的基本方式。为统筹推进法治浙江建设,结合本省实际,制定本规划。"
     " 一、总体要求 省委高度重视法治建设。", "浙江省", "provincial"),
    ("法治盐城建设规划(2021—2025年)\n为推进法治盐城建设,制定本规划。", "盐城市", "prefecture"),
    # 法治政府, 法治社会 name no place.
    ("法治政府建设规划(2021—2025年)\n为推进依法行政,制定本规划。", None, None),
])
def test_a_plan_for_the_rule_of_law_of_a_place(text, name, level):
    place = facts(text).get("authorJurisdiction")
    assert (place.name if place else None, place.attr("level") if place else None) == (name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A page whose title and text name no place: the publisher its metadata line names.
    ("索引号 0001/2024-00130\n发布机构 盐城经济技术开发区政法委 发文日期 2024-04-18\n"
     "关于印发《2024年全区普法工作要点》的通知\n各单位:\n现将要点印发给你们,请认真落实。", "盐城经济技术开发区", "county"),
    ("发布单位:威海市环翠区卫生健康局\n公开方式:主动公开\n\n关于印发《2025年卫生健康法治工作要点》的通知\n各科室:\n现印发给你们。",
     "环翠区", "county"),
    # A place the text names outweighs the publisher line.
    ("发布单位:威海市环翠区卫生健康局\n公开方式:主动公开\n\n关于开展普法宣传的通知\n各镇:\n荣成市各单位要推进普法,荣成市司法局牵头。",
     "荣成市", "county"),
])
def test_the_publisher_line_names_the_place_when_nothing_else_does(text, name, level):
    place = facts(text).get("authorJurisdiction")
    assert (place.name, place.attr("level")) == (name, level)


def test_metadata_fields_in_square_brackets_are_no_title():
    # A page's metadata table, each label in square brackets: its lines are no title, even when one
    # ends in 工作报告 (the field 体裁分类); the title comes after.
    text = ("[ 索引号 ] 11500000/2026-00001 [ 发文字号 ]\n[ 主题分类 ] 公安、司法 [ 体裁分类 ] 工作报告\n"
            "[ 发布机构 ] 某县龙潭乡人民政府 [ 有效性 ]\n\n龙潭乡人民政府2025年法治政府建设情况报告\n\n"
            "2025年,乡党委、政府推进法治建设。")
    got = facts(text)
    assert got["title"] == "龙潭乡人民政府2025年法治政府建设情况报告"


@pytest.mark.parametrize(("text", "title", "year"), [
    # A plan's years on the line under its name belong to its title, and date it.
    ("青山省法治民政建设三年行动方案\n(2021—2023年)\n为贯彻落实上级要求,制定本方案。",
     "青山省法治民政建设三年行动方案(2021—2023年)", 2021),
    # A title followed by a sentence in brackets keeps its own line only.
    ("某县2023年法治政府建设工作要点\n(2023年3月1日县政府常务会议通过)\n一、总体要求",
     "某县2023年法治政府建设工作要点", 2023),
])
def test_a_plan_s_years_on_the_next_line(text, title, year):
    got = facts(text)
    assert (got["title"], got["yearCovered"]) == (title, year)


@pytest.mark.parametrize(("text", "title", "name"), [
    # A mirror's headline: the document's number, then its title in marks, the title again below.
    ("财法〔2020〕4号《财政部关于深入推进财政法治建设的指导意见》\n财政部关于深入推进财政法治建设的指导意见\n"
     "财法〔2020〕4号\n各省财政厅:\n现提出以下意见。",
     "财政部关于深入推进财政法治建设的指导意见", "中华人民共和国"),
    ("东政办〔2021〕7号《东辽县人民政府办公室关于印发东辽县2021年法治政府建设工作要点的通知》\n"
     "各乡镇人民政府:\n现将要点印发给你们。",
     "东辽县人民政府办公室关于印发东辽县2021年法治政府建设工作要点的通知", "东辽县"),
])
def test_a_headline_of_a_number_and_a_title_in_marks(text, title, name):
    got = facts(text)
    place = got.get("authorJurisdiction")
    assert (got.get("title"), place.name if place else None) == (title, name)


BROKEN_NESTED = ("关于印发《某市贯彻落实<法治政府建设实施纲要", "(2021-2025年)>实施方案》的通知")


@pytest.mark.parametrize("separator", ["\n", " "])
def test_a_title_broken_inside_its_nested_title_is_joined(separator):
    # Cut after 纲要, a title word, inside the nested title (its 《 and < still open): the next line
    # (or block, on a page flattened to one line) closes it. The <> nesting is no breadcrumb's >.
    text = ("某市人民政府办公室" + separator + separator.join(BROKEN_NESTED) + separator + "各县(区)人民政府,市级各部门:"
            + separator + "现将方案印发给你们,请认真贯彻落实。" + separator + "某市人民政府办公室" + separator + "2021年12月6日")
    title = facts(text)["title"]
    assert title == "某市人民政府办公室" + "".join(BROKEN_NESTED)


def test_flattened_page_recipients_after_a_byline_and_its_footer():
    # A page flattened to one line: the recipients after the byline's fields, and the site's footer
    # after the signature, read as their lines would be.
    text = ("首页 > 部门信息公开 > 法治政府建设 某县市场监督管理局关于2022年法治政府建设工作的报告 "
            "文章来源:某县市场监督管理局 发布时间:2023-01-30 点击数: 【打印】 【关闭】 县委依法治县办: "
            "2022年,我局认真落实《法治政府建设实施纲要(2021-2025年)》,推进依法行政。 "
            "一、健全依法决策机制。严格落实重大行政决策程序,全年开展合法性审查21件,未发生违法决策。 "
            "二、规范行政执法。全面推行行政执法“三项制度”,开展案卷评查两次,执法质量稳步提升。 "
            "三、强化普法宣传。落实“谁执法谁普法”责任制,开展宣传活动12场次。 某县市场监督管理局 2023年1月18日 "
            "相关链接:国家市场监督管理总局 | 某省市场监督管理局")
    ctx = context_of(Document(id="t", text=text))
    assert ctx.text[slice(*ctx.recipient_span)] == "县委依法治县办"
    assert ctx.text[ctx.body_end :].startswith("相关链接")
    named = [f.object.name for f in agencies(Document(id="t", text=text))]
    assert "国家市场监督管理总局" not in named


BODY = ("2024年,我镇在上级党委、政府的正确领导下,深入贯彻习近平法治思想,全面推进法治政府建设,取得明显成效。"
        "一、加强组织领导。镇党委、镇政府把法治建设纳入年度工作计划,定期研究部署法治政府建设工作。"
        "二、推进依法决策。严格落实重大行政决策程序,重大事项均经合法性审查和集体讨论决定。")


@pytest.mark.parametrize(("head", "title"), [
    # A breadcrumb's last step and the values of a metadata table are the site's, not the page's title.
    ("当前位置: 首页 > 政府信息公开 > 法治政府建设年度报告 发布日期: 2025-02-08 信息来源: 青山镇 "
     "索引号 72810438X/2025-00629 组配分类 法治政府建设年度报告 发布机构 青山镇 生成日期 2025-02-08 "
     "公开方式 主动公开 主题分类 其他 体裁分类 其他 公开范围 面向全社会 青山镇2024年法治建设总结和2025年工作计划",
     "青山镇2024年法治建设总结和2025年工作计划"),
    # A metadata table in brackets, its fields repeated: some sixty blocks before the title.
    ("您当前所在位置:首页>政务公开>法治政府建设报告>乡镇街道 "
     + "[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ] [ 主题分类 ] 公安、安全、司法、法制 [ 体裁分类 ] 工作报告 "
       "[ 发布机构 ] 青山县青山镇人民政府 [ 有效性 ] [ 成文日期 ] 2026-01-22 [ 发布日期 ] 2026-02-10 " * 2
     + "青山县青山镇人民政府2024年法治政府建设情况报告",
     "青山县青山镇人民政府2024年法治政府建设情况报告"),
    # Two issuers before 关于, each a block of its own: both are the title's.
    ("中共桃源县委 桃源县人民政府 关于2024年度法治政府建设的报告 桃源县人民政府门户网站 发布时间:2025-02-27 10:28",
     "中共桃源县委桃源县人民政府关于2024年度法治政府建设的报告"),
])
def test_flattened_page_title_past_its_breadcrumb_and_metadata(head, title):
    assert facts(head + " " + BODY)["title"] == title


@pytest.mark.parametrize(("text", "name", "level"), [
    # A page without its title: the body that signs it names its place ...
    ("各县(市)区人民政府,市人民政府各部门:\n现将《河南省人民政府关于深化“放管服”改革优化营商环境的实施意见》转发给你们,"
     "请认真贯彻执行。\n焦作市人民政府办公室\n2019年3月12日", "焦作市", "prefecture"),
    # ... a city bureau's district branch signing for the district.
    ("2023年,在区委、区政府的坚强领导下,分局坚持依法行政,推进法治公安建设。\n二、下一步工作\n分局将继续推进法治建设。\n"
     "成都市公安局武侯区分局\n2024年1月20日", "武侯区", "county"),
    # ... or its metadata: the publisher, bracketed, a township's government under its county ...
    ("[ 索引号 ] 11500230008689762A/2026-00004 [ 发文字号 ]\n[ 发布机构 ] 丰都县栗子乡人民政府 [ 有效性 ]\n"
     "2025年,我乡在县委、县政府的坚强领导下,推进法治政府建设。丰都县司法局给予指导。", "栗子乡", "township"),
    # ... the source line naming a bureau's branch, or a township alone.
    ("来源:株洲市生态环境局攸县分局 作者: 发布时间:2025-03-27\n2024年,在攸县委、政府和株洲市生态环境局的正确领导下,"
     "我分局坚持依法行政。", "攸县", "county"),
    ("当前位置: 首页\n发布日期: 2025-02-08 信息来源: 大岚镇\n今年以来,我镇在上级党委、政府的正确领导下,推进法治建设。",
     "大岚镇", "township"),
])
def test_untitled_page_author_from_its_signature_or_publisher(text, name, level):
    got = facts(text)["authorJurisdiction"]
    assert (got.name, got.attr("level")) == (name, level)


def test_a_footers_link_to_another_page_is_no_title():
    # A report scraped without its headline: the footer's 上一篇 link names another page, not this one.
    text = ("网站首页 | 机构概况 | 政务公开\n发布时间:2018-01-20 09:30\n青山县人民政府:\n"
            "2017年,县司法局在县委、县政府的领导下,认真贯彻《法治政府建设实施纲要(2015-2020年)》,全面推进依法行政。\n"
            "一、加强组织领导\n局党组把法治建设纳入年度工作目标。\n青山县司法局\n2018年1月18日\n"
            "上一篇:关于印发《青山县2018年普法依法治理工作要点》的通知\n下一篇:青山县司法局2017年工作总结")
    got = facts(text)
    assert "title" not in got and got["docType"] == "annual_report"


@pytest.mark.parametrize("text", [
    # A meeting held (召开县委…会议) or information made public (公开县政府信息) names no 开县, a county of
    # 重庆 until 2016: a report naming no place of its own has no author read from the verb.
    "2023年,我县司法行政工作坚持依法行政。\n谋划召开县委全面依法治县委员会第五次会议。",
    "2023年,我县坚持依法行政,主动公开县政府规范性文件。",
])
def test_a_verb_ending_in_kai_names_no_county(text):
    assert "authorJurisdiction" not in facts(text)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A province's report without its title, naming no division in full and itself 全省: the province
    # it names by its short name (《甘肃日报》, 甘肃卫视), its 省政府 acting.
    ("2023年,全省法治政府建设工作坚持以习近平新时代中国特色社会主义思想为指导,全省法治政府建设各项工作取得新成效。\n"
     "一、强化思想引领。省政府党组理论学习中心组带头学,省长认真履行职责,在《甘肃日报》学习专栏刊发文章30余篇;"
     "在甘肃卫视《法治伴你行》栏目播出节目。", "甘肃省", "provincial"),
    # ... its government written in full (省长主持召开省人民政府常务会议), the province it names by its short name.
    ("2023年,全省各级政府坚持以习近平新时代中国特色社会主义思想为指导,深入学习贯彻习近平总书记考察云南重要讲话精神。\n"
     "一、加强党的领导。省长主持召开省人民政府常务会议,统筹谋划法治政府建设工作任务。", "云南省", "provincial"),
])
def test_an_untitled_provincial_report_named_by_its_short_name(text, name, level):
    got = facts(text)["authorJurisdiction"]
    assert (got.name, got.attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "name"), [
    # A municipality's own report without its title, naming no division in full, speaking as 全市 with its 市政府
    # acting: the municipality it names by its short name as the place a leader's speeches are on, or as its own.
    ("2024年,在市委坚强领导下,在市人大的监督支持下,全市各级行政机关坚持以习近平新时代中国特色社会主义思想为指导,"
     "深入学习贯彻习近平法治思想和习近平总书记视察重庆重要讲话重要指示精神,推动法治政府建设取得明显成效。\n"
     "一、严格落实职责。市政府主要负责同志认真履行推进法治建设第一责任人职责。", "重庆市"),
    ("2023年,全市各级行政机关认真贯彻习近平总书记对上海工作的重要指示精神。市政府常务会议专题学法。", "上海市"),
    ("2022年,全市坚持依法行政,建设更高水平的法治北京。市政府常务会议研究法治政府建设工作。", "北京市"),
    ("2024年,全市各级行政机关在市委坚强领导下,深入贯彻习近平总书记对天津工作“三个着力”重要要求,扎实推进法治政府建设。\n"
     "一、市政府常务会议专题学法。", "天津市"),
    ("2021年,在市委的坚强领导下,全市各级行政机关坚持依法行政,加快建设法治政府,为上海经济社会发展提供坚强法治保障。\n"
     "一、市政府主要领导自觉扛起法治建设第一责任人职责。", "上海市"),
])
def test_an_untitled_municipal_report_named_by_its_short_name(text, name):
    got = facts(text)["authorJurisdiction"]
    assert (got.name, got.attr("level")) == (name, "provincial")


@pytest.mark.parametrize("text", [
    # A city's page that goes to a municipality, or names one beside another province, is not the municipality's.
    "2023年,全市坚持依法行政,组织干部赴上海学习考察。市政府常务会议专题学法。",
    "2023年,全市坚持依法行政,为上海企业来我市投资发展提供法律服务。市政府常务会议专题学法。",
    "2023年,全市深入贯彻习近平总书记视察重庆重要讲话精神,深化与四川协作。市政府常务会议专题学法。",
])
def test_an_untitled_city_page_naming_a_municipality_in_passing_is_not_its(text):
    got = facts(text).get("authorJurisdiction")
    assert got is None or got.name not in ("上海市", "重庆市")


def test_an_untitled_report_speaking_of_its_province_without_its_government_is_not_read_as_it():
    # Without the 省政府 acting, a text that says 全省 and names a province's newspaper stays unknown.
    text = "2023年,全省法治宣传工作取得新成效,在《甘肃日报》刊发文章。"
    assert "authorJurisdiction" not in facts(text) or facts(text)["authorJurisdiction"].name != "甘肃省"


@pytest.mark.parametrize(("text", "name", "level", "doc_type"), [
    # A disclosure page whose index number is its publisher's unified social credit code (11 + the
    # division's code): a district's page, named only there, its city named in the text.
    ("政府信息公开\n区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n11370105MB279780XD/2023-6537798\n"
     "区政府办公室\n2023-12-20\n\n区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n\n"
     "十九届区政府第37次常务会议议题的解读如下:区司法局梳理总结工作。以及《济南市法治建设考核评价办法》等相关要求。",
     "天桥区", "county", "other"),
])
def test_a_district_by_its_credit_code_and_an_explained_report(text, name, level, doc_type):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level"), got["docType"]) == (name, level, doc_type)


def test_a_credit_code_of_a_place_the_text_contradicts_is_not_read():
    # The code's district (天桥区, in 济南) is not read when the text names another city's division.
    text = ("区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n11370105MB279780XD/2023-6537798\n"
            "2023年,青岛市市南区人民政府推进工作。市南区司法局负责。")
    assert facts(text)["authorJurisdiction"].name != "天桥区"


@pytest.mark.parametrize(("text", "name", "level"), [
    # A dated news item on a township's meeting, its source line naming the township under its county,
    # with no 发 on the page: the township's, not the county that is only its parent.
    ("7月5日,凤阳县枣巷镇召开2019年下半年依法行政工作部署会,镇全体机关干部参加会议。\n"
     "会议强调,要高度重视依法行政工作。\n(来源:凤阳县枣巷镇 赵新年)", "枣巷镇", "township"),
])
def test_news_item_credited_to_its_township(text, name, level):
    got = facts(text)["authorJurisdiction"]
    assert (got.name, got.attr("level")) == (name, level)


# A title a file's metadata gives (a page's <title>, a PDF's recorded title), found again in the text.
@pytest.mark.parametrize(("given", "text", "title"), [
    # its issuer on the line above: the heading is both lines
    ("关于法治政府建设的情况报告", "大河乡人民政府\n关于法治政府建设的情况报告\n2025年,大河乡推进工作。",
     "大河乡人民政府关于法治政府建设的情况报告"),
    # cited in the cover above (将《X》报送): the heading further on, standing alone
    ("2023年长宁区法治政府建设情况报告",
     "中共长宁区委:\n区司法局提请将《2023年长宁区法治政府建设情况报告》报送市委、市政府。\n上海市长宁区司法局\n2024年1月4日\n"
     "2023年长宁区法治政府建设情况报告\n2023年,长宁区推进工作。", "2023年长宁区法治政府建设情况报告"),
    # a department on the line above a title opening with its year
    ("2025年法治政府部门建设工作情况", "湖南省交通运输厅\n2025年法治政府部门建设工作情况\n2025年,我厅坚持依法行政。",
     "湖南省交通运输厅2025年法治政府部门建设工作情况"),
    # a title opening with its own place is whole: the site's name above it is no issuer
    ("青山区2023年法治政府建设情况报告", "青山省青山区人民政府\n青山区2023年法治政府建设情况报告\n2023年,青山区推进工作。",
     "青山区2023年法治政府建设情况报告"),
    # the plan's years on the line after its heading
    ("青山市法治政府建设实施方案", "青山市法治政府建设实施方案\n(2016—2020年)\n为推进法治政府建设,制定本方案。",
     "青山市法治政府建设实施方案(2016—2020年)"),  # (as the text reads without a given title)
])
def test_given_title_read_as_the_text_heads_it(given, text, title):
    got = {f.predicate: f.object for f in document_facts(Document(id="t", text=text, metadata=(("title", given),)))}
    assert got["title"] == title


# A city speaking of itself (我市, 全市) that names only one of its districts in full (a pilot) and itself by its
# short name: the district's city is the author, not the district.
@pytest.mark.parametrize(("text", "name", "level"), [
    ("2024年,我市坚持以习近平法治思想为指导,扎实推进依法行政。将法治建设列入全市重要议事日程,纵深推进法治长治建设,"
     "潞州区被确定为全省法治一体建设试点。全市各级领导干部深刻领会。", "长治市", "prefecture"),
    # a district's own report (我区) keeps the district
    ("2024年,我区坚持以习近平法治思想为指导,扎实推进依法行政。潞州区被确定为全省法治一体建设试点。全区推进。",
     "潞州区", "county"),
    # never naming itself, but speaking as 我市 and naming its bodies bare (市人大常委会执法检查组到某县): the
    # county's city, whose body goes there
    ("7月26日,市人大常委会副主任某某带领执法检查组到迁西县,就法律在我市的贯彻实施情况开展检查。"
     "检查组听取了迁西县政府的汇报。", "唐山市", "prefecture"),
    # (a county's own page, 我县, keeps the county)
    ("7月26日,市人大常委会执法检查组到迁西县检查。我县汇报了法律贯彻实施情况,迁西县政府表示整改。",
     "迁西县", "county"),
])
def test_a_city_naming_only_one_of_its_districts(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, level)


@pytest.mark.parametrize(("text", "name"), [
    # An untitled department report under bare 区委、区政府, naming its district only after its city in titles:
    # the lowest level of its leadership (区) says which of the two is the author.
    ("2023年,在区委、区政府的坚强领导下,区水利局推进依法行政,落实《中共赣州市章贡区委2023年工作要点》"
     "《赣州市章贡区2023年法治政府建设工作要点》《赣州市法治政府建设实施方案》和《赣州市行政执法规定》。", "章贡区"),
    # A county's bureau led by its city's and its county's committees: the county.
    ("2023年,在市委、市政府和县委的正确领导下,县水利局推进依法行政,落实《赣州市于都县2023年工作要点》"
     "《赣州市法治政府建设实施方案》和《赣州市行政执法规定》。", "于都县"),
    # A city's bureau under its 市委、市政府 stays the city's.
    ("2023年,在市委、市政府的坚强领导下,市水利局推进依法行政,落实《赣州市章贡区2023年工作要点》"
     "《赣州市法治政府建设实施方案》和《赣州市行政执法规定》。", "赣州市"),
    # A bureau working round its bare 区委、区政府中心工作 has them as its leadership: the district, named
    # only after its city in titles, is the author.
    ("2023年,我局紧紧围绕区委、区政府中心工作,推进依法行政,落实《中共赣州市章贡区委2023年工作要点》"
     "《赣州市法治政府建设实施方案》和《赣州市行政执法规定》。", "章贡区"),
    ("2023年,我局围绕区委区政府的中心任务,推进依法行政,落实《中共赣州市章贡区委2023年工作要点》"
     "《赣州市法治政府建设实施方案》和《赣州市行政执法规定》。", "章贡区"),
    # (the city's 中心工作 keeps the city)
    ("2023年,我局紧紧围绕市委、市政府中心工作,推进依法行政,落实《中共赣州市章贡区委2023年工作要点》"
     "《赣州市法治政府建设实施方案》和《赣州市行政执法规定》。", "赣州市"),
])
def test_untitled_department_report_by_its_leaderships_level(text, name):
    assert facts(text)["authorJurisdiction"].name == name


def test_untitled_city_department_under_its_provinces_leadership():
    # A city's bureau under 省委、省政府, naming its city more often than its province: the province's
    # leadership says nothing of the author's own level, so the names counted decide.
    text = ("2023年,在省委、省政府的坚强领导下,市水利局推进依法行政,落实《江西省法治政府建设实施方案》"
            "《赣州市法治政府建设实施方案》和《赣州市行政执法规定》。")
    assert facts(text)["authorJurisdiction"].name == "赣州市"


def test_untitled_report_dated_by_its_first_parts_heading():
    # An untitled report behind its page's fields, published the next January, whose first year named is its
    # first part's heading (一、2025年推进法治政府建设的主要举措和成效): that year.
    text = ("发布单位:威海市环翠区卫生健康局\n成文日期:2026-01-06\n公开方式:主动公开\n"
            "时间:2026/01/06 14:10:49 来源:威海市环翠区卫生健康局\n"
            "环翠区卫生健康局紧紧围绕上级有关要求,全面压实依法治区工作责任。现将有关情况报告如下。\n"
            "一、2025年推进法治政府建设的主要举措和成效\n(一)提升依法行政效能。")
    assert facts(text)["yearCovered"] == 2025


@pytest.mark.parametrize(("text", "name", "level"), [
    # An untitled township report speaking as 我镇 that names no body of its own and is no subject, but
    # names the one township of its county the text names too (根据某旗…要求 … 强化某镇法治建设).
    ("2023年,我镇根据伊金霍洛旗法治政府建设的有关要求,依法履行职能。\n一、工作总结\n镇党委统筹部署,"
     "全镇推进网格服务,强化伊金霍洛镇法治建设。", "伊金霍洛镇", "township"),
    ("2024年,我乡按照噶尔县的部署推进依法行政。\n乡党委研究部署,全乡推进左左乡法治建设。", "左左乡", "township"),
])
def test_untitled_township_report_names_its_township_in_its_county(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


def test_a_township_outside_the_county_named_is_not_the_author():
    # 城关镇 is a township of many counties, none of them named here: not the author.
    text = "2023年,我镇按照伊金霍洛旗的要求推进依法行政。\n全镇学习城关镇经验,推进法治建设。"
    got = facts(text)
    assert "authorJurisdiction" not in got or got["authorJurisdiction"].name != "城关镇"


@pytest.mark.parametrize(("text", "name", "level"), [
    # A title led by a bare district's or county's body (区政府办…报告, 县司法局关于…) with no place of its own:
    # the district or county its text names, not the city the higher levels' campaigns (全省, 全市) speak of.
    ("区政府办2025年度法治政府建设工作报告\n2025年,区政府办全面落实《西安市碑林区2025年法治政府建设工作要点》,"
     "围绕全省“三个年”活动和全市改革要求,推进工作。", "碑林区", "county"),
    ("县司法局关于2024年度法治政府建设情况的报告\n2024年,县司法局落实《赣州市信丰县法治政府建设实施方案》,"
     "围绕全市中心工作,服务全市大局。", "信丰县", "county"),
    # a city's bureau leading its title keeps its city
    ("市司法局2023年度法治政府建设工作报告\n2023年,市司法局围绕全市大局,落实《赣州市法治政府建设实施方案》。",
     "赣州市", "prefecture"),
    # a page without its title whose opening has that body as its subject
    ("2025年,区政府办深入贯彻习近平法治思想,全面落实《西安市碑林区2025年法治政府建设工作要点》,"
     "围绕全省“三个年”活动和全市改革要求,推进工作。", "碑林区", "county"),
])
def test_title_led_by_a_bare_levels_body(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "name", "doc_type"), [
    # An autonomous county written by its short name and the whole suffix, its peoples left out
    # (三江自治县 for 三江侗族自治县), as by its short name and 县.
    ("2022年,三江自治县推进法治政府建设。一、工作开展情况\n三江自治县司法局开展培训。", "三江侗族自治县", "annual_report"),
    ("2022年,三江县推进法治政府建设。一、工作开展情况\n三江县司法局开展培训。", "三江侗族自治县", "annual_report"),
    # A report without its title opening with its year run on into its leadership, no comma between.
    ("2022年在县委、县政府的坚强领导下,三江自治县推进工作。\n一、工作开展情况\n三江自治县司法局开展培训。",
     "三江侗族自治县", "annual_report"),
])
def test_autonomous_county_by_its_short_name_and_an_opening_without_comma(text, name, doc_type):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.division.name, ctx.division.level) == (name, "county")
    assert facts(text)["docType"] == doc_type


@pytest.mark.parametrize(("text", "name", "prefecture"), [
    # A county's news naming no division in full, speaking as 我县/全县, its province by its short name and itself
    # by its short name twice: the one county of that province so named. No year: the county as it is now
    # (its city renamed from 地区 to 市 over the years).
    ("甘肃我县召开法治政府建设推进会\n近日,我县在法治临泽广场召开推进会,全县各单位参加。临泽作为全省试点之一,"
     "要求各单位抓好落实。", "临泽县", "张掖市"),
    ("山西我县开展法治宣传活动\n全县各部门在法治芮城广场开展宣传。芮城作为全省候选地区之一,宣传有力。", "芮城县", "运城市"),
])
def test_untitled_county_news_by_its_short_name_in_its_province(text, name, prefecture):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.division.name, ctx.division.level, ctx.division.prefecture) == (name, "county", prefecture)


def test_untitled_city_news_by_a_municipality_s_own_rule_of_law():
    # A city's news naming no division in full, speaking as 我市, whose rule of law is a municipality's by its short
    # name (精准“把脉”天津法治政府建设): that municipality, a province-level city.
    text = ("近日,我市聘请第三方机构对全市各区法治政府建设情况进行“体检”。评估人员力求精准“把脉”天津法治政府建设。"
            "我市将以问题为导向,全力推进整改。")
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.division.name, ctx.division.level) == ("天津市", "provincial")
    # (two municipalities so written, or none, leave the page unplaced)
    for other in ("近日,我市学习北京法治建设和法治上海经验。我市将推进整改。", "近日,我市开展法治政府建设评估。我市将推进整改。"):
        assert context_of(Document(id="t", text=other)).division is None


def test_untitled_county_news_naming_its_short_name_once_or_no_province_has_no_author():
    for text in ("甘肃我县召开法治政府建设推进会\n近日,我县在法治临泽广场召开推进会,全县各单位参加。",
                 "我县召开法治政府建设推进会\n我县在法治临泽广场召开推进会。临泽作为试点之一,全县推进。"):
        assert context_of(Document(id="t", text=text)).division is None


@pytest.mark.parametrize(("text", "level"), [
    # A page without its title naming no division and no 我X, whose subject is a national body organising or
    # launching the work: the nation's.
    ("为推进依法行政,经中央依法治国委批准,自2019年起,中央依法治国办组织开展示范创建活动,每两年一批。\n"
     "2021年8月,中央依法治国办启动了第二批示范创建活动,决定予以命名。", "national"),
    ("2023年5月,司法部启动了行政执法监督典型案例征集工作,各地积极报送。", "national"),
    # (a news lead's 于日前 or 近日 between the body and its launch: 中央依法治国办于日前启动第三批…)
    ("新华社北京6月5日电 记者5日从有关方面获悉,中央依法治国办于日前启动第三批示范创建活动,明年评出名单。", "national"),
    ("记者获悉,中央依法治国办近日启动第三批示范创建活动。", "national"),
    # (a title naming no place but the whole nation's matter, 关于第三批全国…命名的决定: the same)
    ("关于第三批全国法治政府建设示范地区和项目命名的决定\n为推进依法行政,自2019年起,中央依法治国办组织开展"
     "全国法治政府建设示范创建活动,每两年一批。", "national"),
])
def test_untitled_page_whose_subject_is_a_national_body(text, level):
    assert context_of(Document(id="t", text=text)).division.level == level


def test_titled_county_plan_for_a_national_contest_stays_the_countys():
    # (a title naming its place and the nationwide contest, 某县创建全国…示范县实施方案: the county's, whatever
    # national body its text says launched the drive)
    text = "临泽县创建全国法治政府建设示范县实施方案\n为推进创建,2023年5月,中央依法治国办启动了第三批示范创建活动。"
    assert context_of(Document(id="t", text=text)).division.name == "临泽县"


@pytest.mark.parametrize(("text", "name"), [
    # A province's own paper's dateline over an untitled page naming two or more places of that province and
    # not the province in full: the province's news of its places named.
    ("示范地区和项目命名 新疆两地上榜\n石榴云/新疆日报讯(记者 某某报道)日前,博乐市、阿克苏市被命名为全国法治政府"
     "建设示范市(县、区)。", "新疆维吾尔自治区"),
    # (one place only, or a place of another province too: the place, as before)
    ("示范市命名\n新疆日报讯 日前,博乐市被命名为全国法治政府建设示范市。博乐市将再接再厉。", "博乐市"),
    ("示范地区命名\n新疆日报讯 日前,博乐市、桐城市被命名为全国法治政府建设示范市。", "博乐市"),
])
def test_untitled_page_under_a_provincial_papers_dateline(text, name):
    assert context_of(Document(id="t", text=text)).division.name == name


@pytest.mark.parametrize(("text", "level"), [
    # A national body signing an untitled page over its date, every place the page names listed after it: the
    # nation's (a ministry's 公示 with its list of places attached); a place named before the signature keeps it.
    ("为推进普法,司法部部署开展了示范创建活动。现将名单公示。\n司法部\n2025年11月26日\n北京市西城区\n上海市静安区\n",
     "national"),
    ("为推进普法,北京市西城区开展了示范创建活动。现将名单公示。\n司法部\n2025年11月26日\n北京市西城区\n上海市静安区\n",
     "not national"),
])
def test_untitled_page_signed_by_a_national_body(text, level):
    division = context_of(Document(id="t", text=text)).division
    if level == "not national":
        assert division is None or division.level != "national"
    else:
        assert division.level == level


def test_untitled_county_page_naming_a_national_bodys_drive_stays_without_the_nation():
    # (a county speaking as 我县 of a drive a national body launched is no national document)
    text = "2021年8月,中央依法治国办启动了第二批示范创建活动,我县积极申报,全县各单位参与。"
    ctx = context_of(Document(id="t", text=text))
    assert ctx.division is None or ctx.division.level != "national"


@pytest.mark.parametrize(("text", "name"), [
    # A county-level 管理区, governed by its 管委会 as a zone is, authoring its own report (X管理区关于…的报告).
    ("屈原管理区关于履行推进法治建设第一责任人职责情况的报告\n2023年,我认真履行职责,管委会推进工作。", "屈原管理区"),
    ("屈原管理区2022年法治政府建设工作报告\n2022年,管理区管委会推进依法行政。", "屈原管理区"),
    # and a zone of another kind the same way
    ("某港高新区关于2024年度法治政府建设情况的报告\n2024年,区管委会推进工作。", "某港高新区"),
])
def test_a_management_district_or_zone_reporting_about_itself(text, name):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, "county")


@pytest.mark.parametrize("text", [
    # A phrase ending in 管理区 is no zone.
    "关于加强城市管理区2022年治理工作的报告\n2022年,各地推进工作。",
    "关于加强管理区2023年规范化建设的报告\n2023年,各地推进工作。",
])
def test_a_phrase_ending_in_a_management_district_is_no_zone(text):
    assert context_of(Document(id="t", text=text)).jurisdiction is None


@pytest.mark.parametrize(("text", "name", "year"), [
    # A leader's untitled report on his duty (述法), speaking as his township (全镇) and naming it only as the
    # owner of its rule of law: in his own plan's title, or as what he pushes forward. Its county is unnamed.
    ("一、履职情况\n本人带头学法,全镇组织学法8次。制定《东庄镇法治建设两年规划》,将依法办事纳入全镇考核。\n"
     "二、存在问题\n队伍薄弱。", "东庄镇", None),
    ("2023以来,在县委、县政府的领导下,本人履行第一责任人职责,推进红星乡法治政府建设。全乡开展普法12场。",
     "红星乡", 2023),
    ("2022年,本人牢记职责,全镇学法不断深入,有力推动白石镇依法治理水平提升,加强白石镇法治建设。", "白石镇", 2022),
])
def test_a_leaders_untitled_report_names_his_township_by_its_rule_of_law(text, name, year):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, "township")
    assert got.get("yearCovered") == year


@pytest.mark.parametrize("text", [
    # two townships' rule of law pushed forward: neither is the author
    "2022年,本人带领全镇干部学法,推动甲山镇法治建设,推动乙水镇法治建设。",
    # a county's report pushing a township's rule of law: the county speaks (全县), not the township
    "2022年,全县推进依法行政,推动东庄镇法治建设,全县开展普法。",
    # a verb taking the township's bare body is no township (利用镇党委会议, 通过乡党委会)
    "2023年,本人利用镇党委会议开展学法,全镇推进普法。",
    "2023年,本人通过乡党委会研究法治工作,全乡推进普法。",
    "2023年,本人负责全镇依法治镇工作,全镇推进普法。",
])
def test_no_township_author_from_such_clauses(text):
    got = facts(text)
    assert "authorJurisdiction" not in got


@pytest.mark.parametrize("text", [
    # a leader's report on his duty, untitled, with its parts 一、履职情况 and 二、存在问题 as headings
    "一、履职情况\n(一)带头学法\n主持召开专题会议4次。\n二、存在问题\n学法不够深入。",
    "一、履职情况\n本人带头学法。\n二、存在问题\n学法不够深入。\n三、下一步\n继续学法。",
])
def test_a_duty_report_by_its_parts_is_a_report(text):
    assert facts(text)["docType"] == "annual_report"


@pytest.mark.parametrize(("text", "expected"), [
    # The problems a check found (就评查中发现的政府层面存在的问题) are what it found, no report's part on its
    # problems: an untitled page of news of the check stays other; a report's own 存在的问题 still makes a report.
    ("为推动合法性审查工作,某市司法局组织开展了评查工作。\n就评查中发现的政府层面存在的问题,以市委依法治市办名义制发"
     "工作提示函。", "other"),
    ("为推动合法性审查工作,某市司法局组织开展了评查工作。\n针对发现存在的问题,及时督促整改。", "other"),
    ("为推动合法性审查工作,某市司法局组织开展了评查工作。\n工作中还存在的问题:一是审查力量不足。", "annual_report"),
])
def test_problems_a_check_found_are_no_report_part(text, expected):
    assert doc_type_of(None, text) == expected


@pytest.mark.parametrize(("text", "year"), [
    # A mirror of a newspaper's page: its page line (某某日报/2021 年/6 月/3 日/第 003 版) makes it the paper's article, of
    # that day, whatever years its leader's account recalls (近年来,…2019 年获…称号).
    ("正文复制\n乐陵日报/2021 年/6 月/3 日/第 003 版要闻\n坚持依法行政 建设法治乐陵\n乐陵市委书记 某某\n"
     "近年来,乐陵市坚持依法行政,2019 年获“全省法治政府建设示范市”称号。工作中,重点抓好三个方面。", 2021),
    ("《德州日报》(2020年9月8日 第2版)\n打造法治标杆\n近年来,禹城市坚持依法行政,2018年获评示范市。", 2020),
    # An e-paper's record of the article left at the page's end (2022-08-12 1 1 聊城日报 content_16787.html …): the
    # paper's day, so a story of 今年 is of that year.
    ("上一篇\n东昌府区乡镇(街道)合法性审查实现全覆盖\n本报讯 (记者 某某) 8月8日,谈起工作,某所所长很是欣慰。\n"
     "今年,东昌府区把合法性审查作为法治政府建设的重要抓手。\n\n"
     "2022-08-12 1 1 聊城日报 content_16787.html 1 东昌府区乡镇(街道)合法性审查实现全覆盖 /enpproperty-->", 2022),
    ("东昌府区合法性审查实现全覆盖\n本报讯 今年,东昌府区把合法性审查作为重要抓手。\n"
     "2021-03-02 3 聊城晚报 content_1201.html", 2021),
])
def test_a_newspaper_page_is_an_article_of_its_day(text, year):
    got = facts(text)
    assert (got["docType"], got["yearCovered"]) == ("other", year)


@pytest.mark.parametrize("text", [
    # the same parts as blocks of a page flattened to one line
    "一、履职情况 (一)带头学法 主持召开专题会议4次。 二、存在问题 (一)学法不够深入 下步改进。",
    "一、履职情况\n本人带头学法。\n二、存在问题和不足\n学法不够深入。",
])
def test_a_duty_reports_parts_flattened_or_with_their_shortcomings(text):
    assert facts(text)["docType"] == "annual_report"


@pytest.mark.parametrize("text", [
    # the words inside a sentence are no part of a report
    "为做好工作,现提出如下意见。一、履职情况的考核要严格,各单位要落实。",
    "为做好工作,现提出如下意见。各单位要对照检查存在问题,及时整改。",
])
def test_a_duty_part_word_inside_a_sentence(text):
    assert facts(text)["docType"] != "annual_report"


@pytest.mark.parametrize(("text", "name", "level"), [
    # A leader's report on his own duty (述法) whose title names no place, or that has lost its title: his byline,
    # his posts and his name on a line of their own, names its place.
    ("关于履行推进法治建设第一责任人职责情况的报告\n屈原管理区党委副书记、管委会主任 某某\n2024年2月\n"
     "2023年,我坚持以习近平法治思想为指导,切实履行第一责任人职责,较好地完成了年度工作任务。", "屈原管理区", "county"),
    ("平江县人民政府县长 某某\n2023年,我坚持以习近平法治思想为指导,切实履行第一责任人职责,较好地完成了年度工作任务。",
     "平江县", "county"),
    ("中共禹城市委书记 某某\n2023年,我坚持以习近平法治思想为指导,切实履行第一责任人职责,较好地完成了年度工作任务。",
     "禹城市", "county"),
])
def test_a_leaders_byline_names_the_place_of_his_report(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize("text", [
    # a byline with no place, or a department's head, names none
    "市委常委、政法委书记 某某\n2023年,我坚持以习近平法治思想为指导,切实履行第一责任人职责,较好地完成了年度工作任务。",
    "区司法局局长 某某\n2023年,我坚持以习近平法治思想为指导,切实履行第一责任人职责,较好地完成了年度工作任务。",
])
def test_a_byline_without_a_place(text):
    assert "authorJurisdiction" not in facts(text)


@pytest.mark.parametrize(("text", "expected"), [
    # A page that makes its plan with 特制定本计划 (or 现制定本要点) is of that plan's kind, not a 方案's.
    ("根据区委依法治区办的文件要求,为推进督察工作落实,特制定本计划。\n一、组织学习\n镇领导小组将组织检查。", "work_plan"),
    ("为做好今年普法工作,现制定本要点。\n一、工作任务\n各单位要抓好落实。", "work_plan"),
    ("为推进法治政府建设,结合实际,特制定本方案。\n一、总体要求\n各单位要抓好落实。", "implementation_plan"),
    # A notice flattened to one line issuing a year's 学法计划: a work plan.
    ("各镇人民政府,市直各单位: 经市政府同意,现将《2022年度市政府常务会议学法计划》印发给你们,并就有关事项通知如下: "
     "一、各主讲单位要高度重视。 二、讲解时间控制在30分钟内。", "work_plan"),
])
def test_a_page_making_its_own_plan(text, expected):
    assert doc_type_of(None, text) == expected


@pytest.mark.parametrize(("text", "title", "doc_type"), [
    # A plan's heading broken before its years, the last word of its kind on the line with them: one title.
    ("各镇人民政府:\n《青山区提升行政执法质量三年行动计划(2023—2025年)实施方案》已经区人民政府同意,现印发给你们。\n"
     "青山区人民政府办公室\n2024年3月1日\n青山区提升行政执法质量三年行动计划\n(2023—2025年)实施方案\n为推进工作,制定本方案。",
     "青山区提升行政执法质量三年行动计划(2023—2025年)实施方案", "implementation_plan"),
    # A site's column before a bar (某某丨): no word of the title.
    ("政务服务丨青山市人民政府关于深化“放管服”改革的实施意见\n青山市人民政府\n关于深化“放管服”改革的实施意见\n各县区人民政府:",
     "青山市人民政府关于深化“放管服”改革的实施意见", "implementation_plan"),
    # A table of how far the year's tasks got: a report on them.
    ("2023年《政府工作报告》重点工作目标任务进展情况表\n序号 |\n目标与任务 |\n牵头责任单位 |",
     "2023年《政府工作报告》重点工作目标任务进展情况表", "annual_report"),
])
def test_broken_plan_headings_column_tags_and_progress_tables(text, title, doc_type):
    got = facts(text)
    assert (got["title"], got["docType"]) == (title, doc_type)


@pytest.mark.parametrize(("text", "expected"), [
    # A year's points without their title or opening: its tasks carry the units that lead them.
    ("全文\n以新思想为指导,持续优化营商环境。\n一、推动审批全链条优化\n1.实施清单管理。编制并公布清单。"
     "(市政府办公室牵头,市级各有关部门按职责分工负责)\n2.深化改革。", "work_plan"),
    ("全文\n一、加强组织领导\n1.完善机制。(县司法局牵头,县委编办配合)", "work_plan"),
    # A bracket naming who led a thing done is no task's units.
    ("全文\n一、主要工作\n成立工作专班(由县司法局牵头)推进工作。", "other"),
])
def test_untitled_task_list_is_a_plan(text, expected):
    assert doc_type_of(None, text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # A county's page naming no division, listing its townships short before their stations: the one county
    # that has them all (安吉县's 孝丰镇, 报福镇, 杭垓镇), a verb's last character glued to the first.
    ("2023年重点工作进展情况表\n按年初任务,孝丰、报福、杭垓司法所完成验收。全县一审行政诉讼案件审结16件。", "安吉县"),
    ("2023年重点工作进展情况表\n年内完成孝丰、报福派出所改造。全县推进工作。", "安吉县"),
])
def test_untitled_county_page_by_the_townships_it_lists(text, name):
    assert facts(text)["authorJurisdiction"].name == name


@pytest.mark.parametrize(("text", "name"), [
    # A county's page naming no division, its townships named in full one after the other among the units whose
    # heads report (组织某某街道、某某镇、应急局…主要负责人述法): the one county that has both (盐都区's 盐渎街道,
    # 郭猛镇), a verb glued to the first; and a county whose towns are so named (安吉县's 孝丰镇, 报福镇).
    ("2024年,在市委、市政府正确领导下,我区坚持依法行政。组织盐渎街道、郭猛镇、应急局、数据局主要负责人开展专题述法。全区推进工作。",
     "盐都区"),
    ("2024年,我县推进法治建设。孝丰镇、报福镇完成司法所改造。全县一审行政诉讼案件审结16件。", "安吉县"),
    # ... but towns of many counties (城关镇、新城镇) place none; and a page speaking as a 县 naming a 区's
    # townships is no page of theirs.
    ("2024年,我县推进法治建设。城关镇、新城镇完成改造。全县推进工作。", None),
    ("2024年,我县推进法治建设。组织盐渎街道、郭猛镇主要负责人述法。全县推进工作。", None),
])
def test_untitled_county_page_by_the_townships_it_names_in_full(text, name):
    got = facts(text).get("authorJurisdiction")
    assert (got.name if got is not None else None) == name


def test_townships_of_no_one_county_place_nothing():
    # 城关 and 新城 are townships of many counties: no county is read.
    text = "2023年重点工作进展情况表\n按年初任务,城关、新城司法所完成验收。全县一审行政诉讼案件审结16件。"
    assert "authorJurisdiction" not in facts(text)


@pytest.mark.parametrize(("text", "name", "doc_type"), [
    # An explanation by questions and answers, its page labelling the notice it explains (文件:): not the notice;
    # the notice carries out a province's plan, unmarked, and is its county's.
    ("文件:关于贯彻落实青海省提升行政执法质量三年行动计划实施方案(2023—2025年)的通知\n"
     "Q:实施方案是在什么样的背景下出台的?\nA:为了落实上级部署,我们已印发通知。我们将全面运用湟中区综合信息系统,"
     "提升我区执法能力。", "湟中区", "other"),
    ("问:方案的主要内容是什么?\n答:方案提出六项任务。", None, "other"),
])
def test_explanations_by_questions_and_notices_carrying_out_a_plan(text, name, doc_type):
    got = facts(text)
    assert got["docType"] == doc_type
    if name:
        assert got["authorJurisdiction"].name == name


@pytest.mark.parametrize(("text", "title", "doc_type", "year"), [
    # A speech's outline (…讲话提纲) is a speech; so is one whose file name a site shows (…讲话.pdf).
    ("在全县依法行政工作会议上的讲话提纲\n同志们:\n今天召开会议,部署任务。", "在全县依法行政工作会议上的讲话提纲", "speech", None),
    ("在全区普法工作推进会上的讲话.docx\n\n文档介绍\n\n今天,我们召开会议。", "在全区普法工作推进会上的讲话", "speech", None),
    # A speech's title wrapped before its last words: one title.
    ("县司法局局长在全县司法行政系统 2024\n年度工作会议上的讲话\n同志们:\n今天召开会议。",
     "县司法局局长在全县司法行政系统2024年度工作会议上的讲话", "speech", 2024),
    # A speech's year is not a plan's range it recalls, nor a year its history names.
    ("在全市法治政府建设推进会上的讲话\n同志们:\n2015年,国务院印发《法治政府建设实施纲要(2015-2020年)》。"
     "我们出台了《法治某某建设规划(2021—2025年)》。", "在全市法治政府建设推进会上的讲话", "speech", None),
    # Last year's results reported at the meeting make the speech the next year's.
    ("在全市依法行政工作会议上的讲话\n今天,我们召开会议。刚才,市司法局通报了2021年度全市依法行政考核情况。"
     "去年,各地各部门积极探索。", "在全市依法行政工作会议上的讲话", "speech", 2022),
])
def test_speech_title_type_and_year(text, title, doc_type, year):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.title, doc_type_of(ctx.title, text), ctx.year) == (title, doc_type, year)


@pytest.mark.parametrize(("text", "expected"), [
    # A speech whose heading runs on into its salutation, no title read: a speech.
    ("市长在全市依法行政工作会议上的讲话同志们:今天,我们召开会议,部署任务。一是推进立法。二是规范执法。", "speech"),
    ("在全县普法工作会议上的讲话 同志们:今天召开会议。", "speech"),
    # A site's file name after it (…讲话.pdf), or a block of a flattened page after the site's words.
    ("在全市依法行政工作会议上的讲话.pdf 想预览更多内容,点击预览全文 今天,我们召开会议。", "speech"),
    ("下面是小编整理的讲话,供大家参考。 在全县普法工作会议上的讲话 刚才,司法局通报了情况。", "speech"),
    # (a news page saying a leader spoke at a meeting is news)
    ("5月3日,某县召开依法治县工作会议,县委书记在会上讲话。会议强调,要推进工作。", "other"),
])
def test_untitled_speech_by_its_heading(text, expected):
    assert doc_type_of(None, text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # A city's page naming in full only a county-level city of its as a speaker at its meeting: not the author.
    ("在全市依法行政工作会议上的讲话\n今天,我们召开会议。刚才,昆山市政府、市商务局的负责同志作了交流发言。"
     "我市在全省考评中获得优秀等次。", None),
    # ... its city, when the text names it by its short name.
    ("5月12日,市人民政府召开全市依法行政工作会议。市长强调,为建设美丽曲靖提供保障。全市政府系统要推进工作。"
     "宣威市人民政府、市司法局作交流发言。", "曲靖市"),
    # A county whose city was once a 地区 (ambiguous without a year): its present city.
    ("5月12日,市人民政府召开全市法治政府建设会议。市长强调,要为临沧发展提供保障。全市政府系统要推进工作。"
     "全市要落实。双江拉祜族佤族布朗族傣族自治县人民政府作交流发言。", "临沧市"),
    # (a county-level city that is the page's subject, not a speaker, stays the author)
    ("张家港市召开依法行政工作会议。全市各部门要推进工作。", "张家港市"),
])
def test_a_speaker_at_the_meeting_is_no_author(text, name):
    got = facts(text).get("authorJurisdiction")
    assert (got.name if got is not None else None) == name


@pytest.mark.parametrize("text", [
    # A 示范县 wrapped after its 示, or flattened with a space there, names no 范县.
    "在创建全国法治政府建设示\n范县动员会上的讲话\n同志们:今天召开会议,部署创建工作。",
    "创建法治政府建设示 范县是重大任务。全县各部门要落实。",
])
def test_a_model_county_wrapped_is_no_county(text):
    assert "authorJurisdiction" not in facts(text)


@pytest.mark.parametrize(("text", "year"), [
    # A local page carrying out the centre's plan names no year by the plan's range.
    ("5月12日,市人民政府召开全市依法行政工作会议。市长指出,全市政府系统认真贯彻执行法治政府建设实施纲要(2021-2025年),"
     "成效明显。", None),
    ("5月12日,市人民政府召开全市依法行政工作会议。会议要求,对照《法治社会建设实施纲要(2020—2025年)》抓好落实。", None),
    # (news of the plan issued is of its first year; a year the page names stays its own)
    ("近日,中共中央、国务院印发了《法治政府建设实施纲要(2021-2025年)》。全国各地认真学习。", 2021),
    ("2023年5月12日,市人民政府召开会议,认真贯彻执行法治政府建设实施纲要(2021-2025年)。", 2023),
    # The plan whose goals a report works to (紧紧围绕法治政府建设实施纲要(2015-2020年)确定的目标任务) is carried out
    # the same: the year the report names (2020年基本建成法治政府), not the plan's first (round 204).
    ("某市机关事务管理局紧紧围绕法治政府建设实施纲要(2015-2020年)确定的目标任务,确保落实2020年基本建成法治政府目标"
     "有关要求。现将有关工作情况报告如下。", 2020),
    ("某市机关事务管理局紧紧围绕法治政府建设实施纲要(2015-2020年)确定的目标任务推进工作。", None),
    # The plan nested in the notice that issued it, the notice carried out (贯彻落实《国务院办公厅关于印发〈A(2023—2025年)〉
    # 的通知》), dates no page either; the notice only studied, or the plan's news, still does.
    ("某县提升行政执法质量三年行动实施方案\n为贯彻落实《国务院办公厅关于印发〈提升行政执法质量三年行动计划(2023—2025年)〉"
     "的通知》(国办发〔2023〕27号)精神,结合我县实际,制定本方案。", None),
    ("某县提升行政执法质量三年行动实施方案\n为贯彻落实《国务院办公厅关于印发<提升行政执法质量三年行动计划(2023—2025年)>"
     "的通知》精神,结合我县实际,制定本方案。", None),
    ("5月12日,市司法局召开会议,学习了《国务院办公厅关于印发〈提升行政执法质量三年行动计划(2023—2025年)〉的通知》。", 2023),
    ("近日,国务院办公厅印发了《提升行政执法质量三年行动计划(2023—2025年)》。各地认真学习。", 2023),
])
def test_a_national_plan_carried_out_dates_no_page(text, year):
    assert context_of(Document(id="t", text=text)).year == year


@pytest.mark.parametrize(("title", "expected"), [
    # A year's account of a body's work titled without 报告 (…2024年度法治政府部门建设工作情况) is its annual report,
    # whatever lines a page puts before its opening.
    ("青山省交通运输厅2024年度法治政府部门建设工作情况", "annual_report"),
    ("某市教育局2023年法治政府建设情况", "annual_report"),
    # (a plan's or a table's title keeps its type; a 情况 of no year names none)
    ("某区2024年法治政府建设工作要点", "work_plan"),
    ("某县行政复议工作情况", "other"),
])
def test_a_years_account_titled_without_report(title, expected):
    text = "索引号:001/2025-00065 | 发布机构:青山省交通运输厅 |\n组配分类: | 公开方式:主动公开 |\n" + title + "\n访问次数:本厅笃学践行。"
    assert doc_type_of(title, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A template with its place masked: the mask's level.
    ("某县2023年度法治政府建设情况报告\n2023年,某县坚持依法行政,全县推进法治政府建设。", ("county", "某县")),
    ("XX市人民政府关于2019年法治政府建设情况的报告\n2019年,XX市推进依法行政。全市完成任务。", ("prefecture", "XX市")),
    # A speech or a page cut from its site that speaks of itself only: 我县, 全县, 本镇.
    ("在全县法治政府建设推进会上的讲话\n同志们:今天召开会议。一年来,我县法治建设取得成效,全县上下共同努力。",
     ("county", "全县")),
    ("2022年,在县委、县政府的正确领导下,我镇扎实推进法治建设,全镇干部学法。镇党委研究部署。", ("township", "我镇")),
    # A county writes of its province and its city too: the lowest level it speaks of as its own.
    ("2021年,我县深入贯彻省委、市委部署,全县推进依法行政,县政府常务会议学法。全省考评中我县获优秀。",
     ("county", "我县")),
    ("2020年,全省法治政府建设扎实推进。省政府部署工作,我省各地落实。", ("provincial", "全省")),
    # Its own bodies written bare count too (在县委、县政府领导下), not a community's committee (社区委).
    ("2023年,在区委、区政府领导下,区司法局推进工作。社区委员会参与。", ("county", "区委")),
    ("2023年,社区委员会、园区委员会参与工作。", None),
    # 市场, 区域 and 省份 are no places.
    ("2023年,我们加强市场监管,优化区域布局,推进工作。", None),
    # A department written bare heading its own report (区发展改革委关于2024年…, 县水利局2023年法治…): its level.
    ("区发展改革委关于2024年法治政府建设情况的报告\n一、主要举措\n全系统学习宪法。", ("county", "区发展改革委")),
    ("县水利局2023年法治政府建设工作总结\n一、主要举措\n全系统学习宪法。", ("county", "县水利局")),
    # Not a bureau of a level named in running text without its report's year after it.
    ("一、主要举措\n全系统学习宪法,配合区发展改革委开展检查。", None),
    # The speaker of a leader's 述法 report by his office (我作为区林业局主要负责人): his body's level (round 128).
    ("2025年以来,我作为区水务局主要负责人,认真履行推进法治建设第一责任人职责。局党组专题学法。", ("county", "区")),
    ("本人作为市卫生健康委党组书记,带头学法。全系统推进依法行政。", ("prefecture", "市")),
    # (作为 before a bare body with no post of its head: no speaker)
    ("一、主要举措\n作为区水务局的重点工作,全系统学习宪法。", None),
])
def test_a_page_naming_no_place_gets_the_level_it_speaks_at(text, expected):
    assert unnamed(text) == expected


def test_a_named_place_is_not_also_given_an_unnamed_level():
    text = "东辽县人民政府关于2019年度东辽县法治政府建设情况的报告\n2019年,全县推进依法行政。"
    got = [f.object for f in document_facts(Document(id="t", text=text)) if f.predicate == "authorJurisdiction"]
    assert [(m.name, m.attr("status")) for m in got] == [("东辽县", "resolved")]


def _author(text):
    (mention,) = [f.object for f in document_facts(Document(id="t", text=text)) if f.predicate == "authorJurisdiction"]
    return mention.name if mention.attr("status") != "unnamed" else None, mention.attr("level"), mention.attr("province")


@pytest.mark.parametrize(("text", "expected"), [
    # A county bureau's report cut from its header names only its province: a county of that province.
    ("县委、县政府:\n2024年以来,县教育局认真贯彻落实习近平总书记对浙江工作的重要指示精神,全县教育系统推进依法治校。"
     "县委、县政府高度重视,我县各学校落实《浙江省学校安全条例》。", (None, "county", "浙江省")),
    ("各镇(街道),全区各行政执法单位:\n根据《福建省行政执法条例》,现就做好全区行政执法人员管理工作通知如下。"
     "区司法局负责审核,全区各单位按时报送。", (None, "county", "福建省")),
    # The province's own page stays the province's, its 全区 or 全市 its own when it is a region or a municipality.
    ("浙江省人民政府关于2023年法治政府建设情况的报告\n2023年,全省深入推进依法行政。省政府常务会议学法,"
     "全省各市县落实。县政府主要负责人述法。", ("浙江省", "provincial", None)),
    ("广西壮族自治区2022年法治政府建设情况报告\n2022年,全区深入推进法治政府建设,自治区人民政府高度重视,全区各级落实,"
     "区直各部门推进。", ("广西壮族自治区", "provincial", None)),
    ("重庆市2020年法治政府建设情况报告\n2020年,全市深入推进依法行政,市政府常务会议学法,全市各区县落实。",
     ("重庆市", "provincial", None)),
])
def test_a_page_naming_only_its_province_may_be_a_county_of_it(text, expected):
    assert _author(text) == expected


@pytest.mark.parametrize(("text", "name"), [
    # a report speaking as 我镇 that names its township only in passing, twice, after different words
    ("2022年,我镇坚持依法行政,我镇推进普法。我镇将学习热潮引向深入,让法治精神在青禾镇扎根。"
     "把宪法列入青禾镇干部夜校课程。", "青禾镇"),
    ("2021年,我乡推进依法行政,我乡开展普法。在白沙乡落地见效,推动白沙乡群众学法。", "白沙乡"),
])
def test_a_township_report_naming_its_township_twice_in_passing(text, name):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, "township")


@pytest.mark.parametrize("text", [
    # two townships named twice each: neither is the author
    "2022年,我镇推进工作,我镇学法。到青禾镇学习,向青禾镇取经;到白沙镇学习,向白沙镇取经。",
    # a clause before the township's bare body, however often
    "2023年,我镇推进工作。\n每月定期向镇党委汇报。年底定期向镇党委汇报。",
    # the rule of law of towns and villages (依法治镇, 法治乡村) is no township's name
    "2023年,我镇推进工作。坚持依法治镇,推动依法治镇落地。",
    "2023年,我乡推进工作。建设法治乡村,推进法治乡村建设,打造法治乡。",
])
def test_no_township_author_from_two_passing_names(text):
    assert "authorJurisdiction" not in facts(text) or facts(text)["authorJurisdiction"].attr("level") != "township"


@pytest.mark.parametrize(("text", "year"), [
    # An untitled report on this year (今年以来,…) naming last year's findings and this year's 工作要点 once
    # each: of the later year, as a meeting's news is.
    ("今年以来,省财政厅党组坚持依法理财。对2020年考核发现的问题专题研究;印发《2021年财政法治工作要点》,推进工作。",
     2021),
    # (without 今年以来 the earlier of two years named as often stays, as before)
    ("省财政厅坚持依法理财。对2020年考核发现的问题专题研究;印发《2021年财政法治工作要点》,推进工作。", 2020),
])
def test_an_untitled_report_on_this_year(text, year):
    assert facts(text)["yearCovered"] == year


@pytest.mark.parametrize(("text", "doc_type"), [
    # An untitled page opening on its year's work and that work's 总体思路 or 总体要求: the year's points.
    ("2025年全省林业政策法规和行政审批工作总体思路是:坚持依法行政。\n一、加快立法进度", "work_plan"),
    ("2025年全省林业法治工作的总体要求是:坚持依法行政。\n一、加快立法进度", "work_plan"),
    # (a report opening on its year's work done stays a report)
    ("2024年,全省林业法治工作坚持依法行政,取得新成效。\n一、主要工作情况", "annual_report"),
])
def test_untitled_plan_by_its_opening_requirement(text, doc_type):
    assert facts(text)["docType"] == doc_type


def test_a_pdfs_page_number_before_the_heading_is_no_word_of_the_title():
    got = facts("下面是整理的计划,供参考。\n- 1 - 某县 2023 年法治政府建设工作计划\n为推进依法行政,制定本计划。")
    assert (got["title"], got["docType"]) == ("某县2023年法治政府建设工作计划", "work_plan")


@pytest.mark.parametrize(("text", "name"), [
    # A page naming no division but the rule of law of its own district by its stem, speaking as the district
    # (区委…, 我区): the one district of that name.
    ("7月2日,区委召开常委会会议,审议我区2022年法治政府建设工作要点。会议要求,建设更高水平法治阎良。", "阎良区"),
    # (a stem that names several districts, 朝阳, or a page speaking at no county's level, names none)
    ("7月2日,区委召开常委会会议,审议我区工作要点。会议要求,建设更高水平法治朝阳。", None),
    ("7月2日,召开会议,审议工作要点。会议要求,建设更高水平法治阎良。", None),
])
def test_a_districts_rule_of_law_by_its_stem(text, name):
    got = facts(text)
    assert (got["authorJurisdiction"].name if "authorJurisdiction" in got else None) == name


@pytest.mark.parametrize(("text", "level"), [
    # A ministry's own plan titled by its field alone, carrying out that ministry's document: the nation's.
    ("2024年水利法制工作要点\n一、深化法治建设\n统筹推进《水利部关于加强水利法治建设的意见》确定的各项任务。", "national"),
    # (a province's plan on the same field speaks as 全省; a title without the ministry's field names no one)
    ("2024年水利法制工作要点\n一、深化法治建设\n全省统筹推进《水利部关于加强水利法治建设的意见》确定的任务。", "provincial"),
    ("2024年法制工作要点\n一、深化法治建设\n统筹推进《水利部关于加强水利法治建设的意见》确定的各项任务。", None),
])
def test_a_ministrys_plan_by_its_field(text, level):
    got = facts(text)
    named = got["authorJurisdiction"].attr("level") if "authorJurisdiction" in got else None
    assert (named or (unnamed(text) or (None,))[0]) == level


@pytest.mark.parametrize(("text", "name"), [
    # News of what the centre issued and a ministry's own report, neither writing 全国: the nation.
    ("规划发布\n据新华社电 近日,中共中央、国务院转发了《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划"
     "(2021—2025年)》,并发出通知,要求各地区各部门结合实际认真贯彻落实。", "中华人民共和国"),
    ("2023年,退役军人事务部深入学习法治思想,推进依法行政。", "中华人民共和国"),
])
def test_the_centres_news_and_a_ministrys_report(text, name):
    got = facts(text)
    assert (got["authorJurisdiction"].name if "authorJurisdiction" in got else None) == name
    assert (unnamed(text) or (None,))[0] == (None if name else "national")


@pytest.mark.parametrize(("text", "name", "level"), [
    # A page speaking as 我市 that tunes in to its city's meeting at its own branch venue (组织收听收看某市…动员会, 在我市
    # 分会场): not the city's page; a county-level city's that never names itself.
    ("我市组织收听收看南阳市法治政府建设推进视频会\n9月3日,我市组织收听收看南阳市法治政府建设推进视频会。市领导在我市分会场参加。"
     "会议要求,各级各部门要高标准推进。", None, "county"),
    # (without a branch venue, the city it names is still read)
    ("南阳市召开法治政府建设推进会\n9月3日,南阳市召开法治政府建设推进会。会议要求,我市各级各部门要高标准推进。", "南阳市", "prefecture"),
])
def test_a_branch_venue_of_a_citys_meeting(text, name, level):
    got = facts(text)
    if name is None:
        assert "authorJurisdiction" not in got and (unnamed(text) or (None,))[0] == level
    else:
        assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


def test_a_title_in_marks_below_the_line_issuing_it_is_cited_not_the_heading():
    # 某办公室印发 / 《关于…的决定》: the title in marks is the object of the line above, not the page's own heading;
    # alone above the body, a title in marks still heads the page.
    got = facts("中央全面依法治国委员会办公室印发\n\n《关于第三批全国法治政府建设示范地区和项目命名的决定》\n\n某区成功入选")
    assert got.get("title") != "关于第三批全国法治政府建设示范地区和项目命名的决定"
    got = facts("《法治福建建设规划(2021-2025年)》\n为深入推进法治福建建设,制定本规划。")
    assert got.get("title") == "法治福建建设规划(2021-2025年)"


@pytest.mark.parametrize(("text", "name"), [
    # A city's own outlet opening a page with its dateline (云上某市报道:, 某市日报讯) on its province's decision that
    # names the city: the city's news, not the province's page.
    ("云上荆州报道:近日,湖北省委全面依法治省委员会办公室印发《关于命名的决定》,决定对20个地区予以命名。其中,荆州市某项目获批。",
     "荆州市"),
    ("荆州日报讯 近日,湖北省委全面依法治省委员会办公室印发《关于命名的决定》。其中,荆州市某项目获批。", "荆州市"),
    # (a city of another province, or a page not naming the city, keeps the province)
    ("云上荆州报道:近日,湖北省委全面依法治省委员会办公室印发《关于命名的决定》,决定对20个地区予以命名。", "湖北省"),
    ("宜宾日报讯 近日,湖北省委全面依法治省委员会办公室印发《关于命名的决定》。其中,宜宾市某项目获批。", "湖北省"),
])
def test_a_citys_outlet_on_its_provinces_decision(text, name):
    assert facts(text)["authorJurisdiction"].name == name


@pytest.mark.parametrize(("text", "doc_type", "year"), [
    # A media outlet's credits above the body: its reporter's and correspondent's byline (记者 某某 通讯员 某某, in
    # traditional script on a mirror too), or its editor in charge on its dateline, with the time written close to
    # 来源: news, of its dateline's year.
    ("法治日报全媒体记者 王某某 通讯员 李某某\n近年来,贵州省某州平塘县以法治督察为抓手,推动法治建设任务落实。",
     "other", None),
    ("法治日報全媒體記者 王某某 通訊員 李某某\n近年來,貴州省某州平塘縣以法治督察為抓手,推動法治建設任務落實。",
     "other", None),
    ("贵州修文:聚焦重点 以巡察助推法治政府建设\n2023-06-26 16:02:03来源:某某在线编辑:张某责编:李某\n"
     "近年来,贵州省贵阳市修文县坚持将法治政府建设纳入县委巡察重要内容。", "other", 2023),
])
def test_news_by_its_media_credits(text, doc_type, year):
    got = facts(text)
    assert (got["docType"], got.get("yearCovered")) == (doc_type, year)


@pytest.mark.parametrize(("text", "name", "level", "year"), [
    # A news page's posting line, its date and time and then the body that posted it (2024-09-20 17:56 某市生态环境局):
    # the date's year. Its lead's subject, a city bureau's branch written under a bare 市 (9月19日,市生态环境局海珠分局
    # 组织召开…), is the district so named of the one city the page names, as the branch written in full is.
    ("2024-09-20 17:56 广州市生态环境局\n9月19日,市生态环境局海珠分局组织召开工作部署会议。执法科全体执法人员参加会议。\n"
     "会议强调,要高度重视。", "海珠区", "county", 2024),
    ("2024-09-20 17:56 广州市生态环境局\n9月19日,广州市生态环境局海珠分局组织召开工作部署会议。\n会议强调,要高度重视。",
     "海珠区", "county", 2024),
    # (the city's bureau itself under a bare 市 is the city's; a posting line with no body after its time stays a date)
    ("2024-09-20 17:56 广州市生态环境局\n9月19日,市生态环境局组织召开工作部署会议。\n会议强调,要高度重视。",
     "广州市", "prefecture", 2024),
    ("广州市生态环境局召开部署会议\n2024-09-20 17:56\n9月19日,市生态环境局组织召开工作部署会议。", "广州市", "prefecture", 2024),
])
def test_news_posted_with_its_body_and_a_branchs_lead(text, name, level, year):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level"), got.get("yearCovered")) == (
        name, level, year)


@pytest.mark.parametrize(("text", "name", "year"), [
    # An inspector's news: the several places it visits (分别对A市、B市、C市开展…督察) are its objects, not its own place;
    # a plan's period closing (《纲要(2021—2025年)》…收官之际) gives the plan's last year.
    ("本报讯 在《法治政府建设实施纲要(2021—2025年)》及我省实施方案收官之际,8月5日至8日,省委依法治省办成立3个督察组,"
     "分别对沈阳市、抚顺市、丹东市开展法治政府建设实地督察。省委依法治省办将推广经验,提升法治辽宁建设水平。",
     "辽宁省", 2025),
    # (one place inspected, named alone, stays: the page may be its own)
    ("本报讯 8月5日,省委依法治省办督察组对抚顺市开展法治政府建设实地督察。2024年,抚顺市推进法治建设。", "抚顺市", 2024),
])
def test_inspected_places_and_a_closing_period(text, name, year):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["yearCovered"]) == (name, year)


@pytest.mark.parametrize(("text", "name"), [
    # A place named only in a site's menu of links (- ·关于印发《某市…) is the site's, not the page's.
    ("- ·关于印发《2024年全市普法工作要点》的通知\n- ·关于印发《武汉市国家机关普法责任制\n发布时间:2024-01-04\n"
     "今年,辽宁法治建设取得成效。2022年7月,中央依法治国办深入辽宁省开展督察,辽宁省高标准抓整改。", "辽宁省"),
])
def test_a_place_in_a_menu_link_is_not_the_pages(text, name):
    assert facts(text)["authorJurisdiction"].name == name


@pytest.mark.parametrize(("text", "name", "level"), [
    # A regional administration of the civil aviation administration (民航西南地区管理局): a national body's report, the
    # nation's, as the administration's own (民航局) is.
    ("民航西南地区管理局2021年度法治政府建设工作情况\n为贯彻落实有关要求,2021年度西南局切实开展各项工作。", "中华人民共和国", "national"),
    ("2021年民航局法治政府建设工作情况\n2021年,民航局全面推进依法行政。", "中华人民共和国", "national"),
    # A maritime branch whose title names it by its province's or city's short name (广东海事局, 舟山海事局): that
    # place's, as a title opening with the short name before 法治 or a year is.
    ("2020年广东海事局法治政府部门建设报告\n2020年,广东海事局推进依法行政。", "广东省", "provincial"),
    ("舟山海事局2023年法治政府部门建设报告\n2023年,我局推进依法行政。", "舟山市", "prefecture"),
])
def test_vertical_services_reports(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "year"), [
    # An untitled page whose text opens on 近年来 reports on several years, as a title of 近年来 does: no year of its
    # own, whatever year it says its figures run to (截至2023年); one opening on its year keeps it.
    ("近年来,某镇在市政府的正确领导下,全面推进依法治镇。截至2023年,受理业务100件。今年以来,处理案件15件。", None),
    ("2023年,某镇在市政府的正确领导下,全面推进依法治镇。截至2023年,受理业务100件。", 2023),
])
def test_an_untitled_page_on_recent_years(text, year):
    assert context_of(Document(id="t", text=text)).year == year


@pytest.mark.parametrize(("text", "name", "level"), [
    # An untitled page opening on its township as the subject of what it does (某某街道坚持以…, 某某乡在县委…领导下):
    # that township, though the page names its province more often; a county so opening stays a county.
    ("景山街道坚持以习近平新时代中国特色社会主义思想为指导,深入贯彻党的二十大精神。北京市委部署,北京市推进。",
     "景山街道", "township"),
    ("舒桥乡在县委、县政府的坚强领导下,扎实推进法治建设。浙江省委部署。浙江省推进。", "舒桥乡", "township"),
    ("青田县坚持以习近平新时代中国特色社会主义思想为指导,扎实推进法治建设。", "青田县", "county"),
])
def test_an_untitled_page_opening_on_its_township(text, name, level):
    division = context_of(Document(id="t", text=text)).division
    assert (division.name, division.level) == (name, level)


@pytest.mark.parametrize(("text", "year"), [
    # National plans cited in a run after one verb (落实《A》《B》《C》等部署要求): each is carried out, not only the first,
    # so an opinion naming no year of its own is of none of their first years.
    ("国家某局关于深入推进法治政府建设的实施意见\n各省、自治区、直辖市某局:\n为深入学习贯彻习近平法治思想,落实《法治中国建设规划"
     "(2020-2025年)》《法治政府建设实施纲要(2021-2025年)》《法治社会建设实施纲要(2020-2025年)》等部署要求,现提出如下意见。"
     "到2025年底,行政行为全面纳入法治轨道。", None),
    # (a run joined by 、 the same)
    ("国家某局关于深入推进法治政府建设的实施意见\n为落实《法治中国建设规划(2020-2025年)》、《法治社会建设实施纲要(2020-2025年)》"
     "等部署要求,现提出如下意见。", None),
    # (a plan's years cited with no verb before the run still name its first year)
    ("5月12日,市人民政府召开会议。会议学习了《法治社会建设实施纲要(2020-2025年)》《法治中国建设规划(2020-2025年)》。", 2020),
])
def test_a_run_of_national_plans_carried_out_dates_no_page(text, year):
    assert context_of(Document(id="t", text=text)).year == year


@pytest.mark.parametrize(("text", "name", "level"), [
    # A page of the statistics bureau's survey team that names no division in full (国家统计局襄阳调查队坚持…): the
    # place the team is named by.
    ("在法治轨道上推进统计调查高质量发展\n\n徐纯银\n\n国家统计局襄阳调查队坚持以习近平新时代中国特色社会主义思想为指导,"
     "持续推进依法统计依法治统。", "襄阳市", "prefecture"),
    ("国家统计局广东调查总队坚持将习近平法治思想融入统计调查工作全过程。", "广东省", "provincial"),
])
def test_a_survey_teams_page_is_its_places(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name if ctx.jurisdiction else None, ctx.division.level if ctx.division else None) == (name, level)


def test_a_parks_committee_named_in_the_title_speaks_below_the_province_it_names_in_passing():
    # 某某工业园区南区管理委员会2023年度…报告: a park's committee, reporting to the district it lies in, which the page
    # never names; the province it names only in passing (参加四川省…平台) is not its author: county level, within it.
    text = ("某某工业园区南区管理委员会2023年度法治政府建设工作报告\n2023年,园区全面落实区委、区政府部署。组织园区干部参加"
            "四川省国家工作人员学法考法平台学法考法工作。")
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.unnamed_level, ctx.unnamed_within.name) == ("county", "四川省")
    # (a province's own title stays the province's)
    ctx = context_of(Document(id="t", text="四川省2023年法治政府建设情况报告\n2023年,全省推进工作。"))
    assert (ctx.jurisdiction.name, ctx.unnamed_level) == ("四川省", None)


@pytest.mark.parametrize(("text", "level"), [
    # 2024年,某源山管委会坚持…: the managing committee of an area the page never places, its province named only in a
    # platform's name (福建省干部网络学院学习平台); below the province: a city's when the work it follows is the
    # province's and the city's (全面依法治省、市工作的要求), else a county's, as a park's committee is.
    ("2024年,某源山管委会坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实全面依法治省、市工作的要求,通过"
     "福建省干部网络学院学习平台等形式,认真学习相关法律法规。", "prefecture"),
    ("2024年,某源山管委会坚持以习近平新时代中国特色社会主义思想为指导,通过福建省干部网络学院学习平台等形式,认真学习"
     "相关法律法规。", "county"),
    # (a committee whose page names its province as its own, 推进福建省法治政府建设, stays the province's)
    ("2024年,某源山管委会坚持以习近平新时代中国特色社会主义思想为指导,深入推进福建省法治政府建设。", None),
])
def test_an_areas_committee_opening_speaks_below_the_province_it_names_only_in_a_platform(text, level):
    ctx = context_of(Document(id="t", text=text))
    assert ctx.unnamed_level == level
    assert ctx.unnamed_within is None if level is None else ctx.unnamed_within.name == "福建省"


@pytest.mark.parametrize(("text", "title", "doc_type"), [
    # A headline with the day it was issued in brackets after it, as some sites print it (…情况报告 ( 2024年01月15日 )):
    # the title ends before the date (round 213).
    ("上海市国防动员办公室2023年度法治政府建设情况报告 ( 2024年01月15日 )\n沪国动〔2024〕1号\n市委、市政府:\n"
     "2023年,市国动办坚持依法行政。", "上海市国防动员办公室2023年度法治政府建设情况报告", "annual_report"),
    ("某市司法局2024年度法治政府建设情况报告(2025年3月1日)\n2024年,市司法局坚持依法行政。",
     "某市司法局2024年度法治政府建设情况报告", "annual_report"),
])
def test_a_title_with_its_issue_date_in_brackets(text, title, doc_type):
    got = facts(text)
    assert (got["title"], got["docType"]) == (title, doc_type)


@pytest.mark.parametrize(("text", "name", "level"), [
    # The statistics bureau's survey team opening its page (2025年以来,国家统计局某市调查队…): the place the team is
    # named by, a city's short name or a county's full name, not the national bureau it belongs to.
    ("2025年以来,国家统计局柳州调查队(简称“柳州调查队”)深入学习贯彻习近平法治思想,持续推进依法统计依法治统。",
     "柳州市", "prefecture"),
    ("2024年以来,国家统计局伊川县调查队坚持依法统计,推进统计现代化改革。", "伊川县", "county"),
    # (the bureau itself opening the page stays national)
    ("2024年以来,国家统计局坚持依法统计,推进统计现代化改革。", "中华人民共和国", "national"),
    # A 地区 made a city long before the page's year, written for the city's area (台州地区国家调查队…): the city.
    ("【2024年普法署名文章】深入学习统计法\n国家统计局台州调查队党组书记 某某\n严格落实《台州地区国家调查队负责人"
     "防范统计造假责任制实施办法》。", "台州市", "prefecture"),
    # (a 地区 that is one still stays itself)
    ("阿里地区2024年法治政府建设情况报告\n2024年,阿里地区坚持依法行政。", "阿里地区", "prefecture"),
    # A page naming no division that gives a national body its short name to speak of it by (水利部某某水利委员会
    # (以下简称某委)): that body's, the nation's; a body that is no national one gives no place.
    ("沿着法治轨道推进长江保护\n作为流域管理机构,水利部长江水利委员会(以下简称长江委)坚持依法治江。长江委全面履行法定职责。",
     "中华人民共和国", "national"),
    ("作为行业组织,某某协会(以下简称协会)坚持依法办会。协会全面履行章程职责。", None, None),
])
def test_central_bodies_local_offices_and_river_commissions_placed(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name if ctx.jurisdiction else None, ctx.division.level if ctx.division else None) == (name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # The one county-level city whose whole name is two characters (德宏州's 芒市): its report's author, by its
    # title or by its name in the text, as a two-character county's (义县) already is.
    ("芒市2024年法治政府建设情况报告\n2024年,芒市人民政府推进依法行政。", "芒市", "county"),
    ("关于2024年度法治政府建设情况的报告\n2024年,芒市坚持依法行政。市委、市政府高度重视。", "芒市", "county"),
    # (光芒 or 锋芒 before 市民 or 市场 names no 芒市)
    ("桂林市2024年法治政府建设情况报告\n绽放法治光芒市民广泛参与,展现锋芒市场活跃。", "桂林市", "prefecture"),
])
def test_a_county_level_city_named_in_two_characters(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name if ctx.jurisdiction else None, ctx.division.level if ctx.division else None) == (name, level)


@pytest.mark.parametrize(("text", "year", "kind"), [
    # A year of the last century opening a paragraph (1950年,长江委在武汉成立) is the body's history: no year of the page,
    # and no report's opening.
    ("沿着法治轨道推进长江保护\n作为流域管理机构,水利部长江水利委员会(以下简称长江委)坚持依法治江。\n1950年,长江委在武汉成立,"
     "防洪是其主要职责。", None, "other"),
    # (a year of this century so opening stays the report's)
    ("2023年,某某局坚持依法行政,扎实推进法治建设。", 2023, "annual_report"),
    # A report titled with the span of years it covers in its own words (…2016-2020年依法行政工作报告): its last year;
    # a plan's years in brackets stay a plan's.
    ("宜昌市烟草专卖局2016-2020年依法行政工作报告\n2016年-2020年期间,市局坚持依法行政。", 2020, "annual_report"),
    ("宜昌市法治政府建设实施方案(2021-2025年)\n为深入推进依法行政,制定本方案。", 2021, "implementation_plan"),
])
def test_history_years_and_a_reports_span_of_years(text, year, kind):
    doc = Document(id="t", text=text)
    ctx = context_of(doc)
    assert (ctx.year, doc_type_of(ctx.title, text)) == (year, kind)


@pytest.mark.parametrize(("text", "name"), [
    # A page naming no place whose source line is a national body (来源:中华人民共和国海事局): that body's, the nation's;
    # a source that is no national body gives none.
    ("2023年海事工作总结\n\n来源:中华人民共和国海事局 文号:无\n\n一、2023年工作总结\n(一)坚持政治引领。我们严格落实"
     "“第一议题”制度。", "中华人民共和国"),
    ("2023年工作总结\n\n来源:某某协会 \n\n一、2023年工作总结\n我们坚持依法办会。", None),
])
def test_a_national_bodys_source_line(text, name):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name if ctx.jurisdiction else None) == name


@pytest.mark.parametrize(("text", "name"), [
    # A title or opening naming a vertical service's branch by its place after its headquarters (国家金融监督管理总局
    # 某市监管分局…报告, …某县监管支局, 国家统计局某县调查队): that place's page; the railway's regional office over
    # several provinces stays the nation's, as the civil aviation's are.
    ("国家金融监督管理总局温州监管分局2023年法治建设工作报告\n2023年,分局坚持依法监管。", "温州市"),
    ("国家金融监督管理总局泰顺监管支局2024年法治建设情况报告\n2024年,支局坚持依法监管。", "泰顺县"),
    ("国家统计局伊川县调查队2023年法治建设工作报告\n2023年,调查队坚持依法统计。", "伊川县"),
    ("2023年,国家金融监督管理总局温州监管分局坚持依法监管,推进法治建设。", "温州市"),
    ("国家铁路局广州铁路监督管理局2023年法治政府建设情况报告\n2023年,监管局坚持依法监管。", "中华人民共和国"),
])
def test_a_vertical_services_branch_is_its_places(text, name):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name if ctx.jurisdiction else None) == name


@pytest.mark.parametrize(("text", "name"), [
    # An autonomous banner or county by the short name its own pages write (鄂温克旗, 莫旗, 喀左县): its report's author,
    # under its official name, as 新晃县 and 莫力达瓦旗 already were.
    ("鄂温克旗2024年法治政府建设工作报告\n2024年,鄂温克旗人民政府推进依法行政。", "鄂温克族自治旗"),
    ("关于2024年度法治政府建设情况的报告\n2024年,莫旗坚持依法行政。旗委、旗政府高度重视。", "莫力达瓦达斡尔族自治旗"),
    ("喀左县2023年法治政府建设情况报告\n2023年,喀左县人民政府推进依法行政。", "喀喇沁左翼蒙古族自治县"),
    ("阜蒙县2024年法治政府建设工作报告\n2024年,阜蒙县司法局牵头推进。", "阜新蒙古族自治县"),
    # (切莫旗帜…: the words, no banner)
    ("呼伦贝尔市2024年法治政府建设情况报告\n切莫旗帜不鲜明。", "呼伦贝尔市"),
])
def test_an_autonomous_county_by_its_own_short_name(text, name):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.division.name if ctx.division else None) == name


@pytest.mark.parametrize(("text", "title", "name", "level", "year"), [
    # A report and next year's line of work in one title (…2024年法治政府建设年度报告和2025年工作思路): the page's
    # heading, so its place and the year reported on are read from it, not a town honoured in its text or the
    # year after 和.
    ("发布机构: | 区司法局 |\n镇海区司法局2024年法治政府建设年度报告和2025年工作思路\n今年以来,镇海区司法局推进工作。"
     "九龙湖镇人民政府获评全国“八五”普法中期表现突出单位。九龙湖镇开展活动。",
     "镇海区司法局2024年法治政府建设年度报告和2025年工作思路", "镇海区", "county", 2024),
    ("某县2023年工作总结和2024年工作思路\n2023年,长兴县推进工作。",
     "某县2023年工作总结和2024年工作思路", None, None, 2023),
])
def test_a_report_with_next_years_line_of_work_has_its_title(text, title, name, level, year):
    ctx = context_of(Document(id="t", text=text))
    assert ctx.title == title
    if name is not None:
        assert ctx.jurisdiction.name == name and ctx.jurisdiction.division.level == level
    assert ctx.year == year


@pytest.mark.parametrize(("text", "name", "level"), [
    # A news lead on a naming decision whose sentence names the one place honoured in it, and which speaks of that
    # place again: that place's news (its lowest division above the townships), not the issuer's, national or a
    # province's.
    ("近日,司法部、民政部印发《关于命名第九批“全国民主法治示范村(社区)”的决定》,长丰县岗集镇大兴村入选。"
     "近年来,长丰县推进法治乡村建设。", "长丰县", "county"),
    ("近日,安徽省司法厅、民政厅印发《关于命名“安徽省民主法治示范村(社区)”的决定》,命名全省200个村为"
     "“安徽省民主法治示范村(社区)”,肥西县三河镇某村被命名为“安徽省民主法治示范村”。肥西县司法局扎实开展创建。",
     "肥西县", "county"),
    # ... but a place not named again, or several listed, keep the lead's issuer.
    ("近日,司法部、民政部印发《关于命名第九批“全国民主法治示范村(社区)”的决定》,长丰县岗集镇大兴村入选。"
     "全国共命名800个村。", "中华人民共和国", "national"),
    ("近日,司法部、民政部印发《关于命名第九批“全国民主法治示范村(社区)”的决定》,长丰县、肥西县入选。"
     "长丰县推进法治乡村建设。", "中华人民共和国", "national"),
    # A lead dated "lately" whose place holds the meeting (近日,某镇召开…推进会; a converted page's commas doubled):
    # that place, as with a day's date.
    ("为深入开展法治创建活动,近日,,岗集镇召开民主法治示范村创建工作推进会。会议要求各村加强法治宣传。",
     "岗集镇", "township"),
    ("日前,长丰县司法局召开法治乡村建设推进会。会议要求各镇加强法治宣传。", "长丰县", "county"),
    # A city's counties listed after its name, then their honour (,连云港市东海县、赣榆区和海州区获批建设…试点县), on a
    # page where a bare body of the city speaks after the sentence (下一步,市知识产权局将…): the city's news (round 258);
    # without the city's body speaking, the lead's issuer stays.
    ("近日,国家知识产权局印发《关于确定国家知识产权强县建设试点示范县的通知》,连云港市东海县、赣榆区和海州区获批建设"
     "国家知识产权强县建设试点县。此次全省共获批23个示范县。下一步,市知识产权局将指导获批县区制定试点工作方案。",
     "连云港市", "prefecture"),
    ("近日,国家知识产权局印发《关于确定国家知识产权强县建设试点示范县的通知》,连云港市东海县、赣榆区和海州区获批建设"
     "国家知识产权强县建设试点县。此次全国共确定100个试点县。", "中华人民共和国", "national"),
])
def test_news_lead_of_a_naming_decision_is_the_honoured_places(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, level)


@pytest.mark.parametrize(("text", "doc_type"), [
    # A lead of a decision issued lately (近日,某部印发《…决定》,…) is news of those it names, whatever its later
    # paragraphs say of the years before (近年来,…); a page opening on those years stays a report (and a plan issued,
    # 近日,省委、省政府印发《…实施方案》。《方案》主要内容如下, the plan: test_untitled_page_type_from_its_opening).
    ("近日,司法部、民政部印发《关于命名的决定》,长丰县某村入选。\n近年来,长丰县推进法治乡村建设。", "other"),
    ("近年来,长丰县推进法治乡村建设。近日,司法部、民政部印发《关于命名的决定》,长丰县某村入选。", "annual_report"),
    # (bodies issuing a paper that publishes a roll, its title unwritten: the same news)
    ("日前,市司法局、市民政局联合发文,公布2023年度某市“民主法治示范村(社区)”名单,我县3个村上榜。近年来,我县推进法治乡村建设。",
     "other"),
])
def test_a_lead_of_a_document_issued_lately_is_news(text, doc_type):
    assert doc_type_of(None, text) == doc_type


def _place(text):
    got = facts(text).get("authorJurisdiction")
    return (got.name, got.attr("level")) if got is not None else None


@pytest.mark.parametrize(("text", "expected"), [
    # A county written with its province and city, then its words and the generic 乡镇 (towns and townships):
    # the county is the subject, no township named 坚持以推进乡; a township named there the table holds stays one.
    ("山东法制传媒网:山东省聊城市阳谷县坚持以推进乡镇(街道)合法性审查为支点,压实各级责任。\n各乡镇(街道)均成立合法性"
     "审查工作领导小组。阳谷县乡镇合法性审查实现全覆盖。", ("阳谷县", "county")),
    ("“八五”普法工作中,山东省聊城市阳谷县阿城镇严格落实普法责任。阿城镇推进普法。", ("阿城镇", "township")),
    # An untitled department's page opening 今年以来 (近年来) with its full name and a verb of its new work (创新,
    # 高度重视): the place written before the department, as 2023年,某市某区司法局坚持… is.
    ("今年以来,阜阳市颍泉区司法局创新工作机制,积极发挥参谋助手作用,持续推进合法性审查。", ("颍泉区", "county")),
    ("近年来,合肥市蜀山区司法局高度重视行政规范性文件备案审查工作。", ("蜀山区", "county")),
    ("2023年,合肥市蜀山区司法局坚持依法行政。", ("蜀山区", "county")),
])
def test_an_addressed_county_and_a_department_opening_its_year(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A news item's credit after its last sentence, its writers' names ((某某某 某某)) or the unit that sent it with
    # its section ((某县司法局法治调研和备案审查科)), and a legal news site's name before its story (某某法制传媒网:):
    # news, however its paragraphs open (今年以来,…; 2024年以来,…); a report that ends with its signature stays one.
    ("今年以来,某区司法局创新工作机制,推进合法性审查。\n一月一考核。印发通知,督促各司法所应审尽审。(许令军 郑瑞)", "other"),
    ("某县坚持推进合法性审查。\n2024年以来,18个乡镇共开展审查113件。\n统一规范档案。(山东省聊城市阳谷县司法局法治调研和备案审查科)",
     "other"),
    ("山东法制传媒网:山东省聊城市阳谷县坚持推进合法性审查。\n2024年以来,18个乡镇共开展审查113件。", "other"),
    ("今年以来,某区司法局创新工作机制,推进合法性审查。\n某区司法局\n2024年12月20日", "annual_report"),
])
def test_a_news_items_closing_credit_and_site_name(text, expected):
    assert doc_type_of(None, text) == expected


# A district bureau's notice issuing its guide, the guide's heading after the signature (现将《X工作指引(三)》印发给你们 /
# 上海市某区市场监督管理局 … / X工作指引(三)): the guide's title, numbered in its series, places the page at the district
# and dates it by the signature; a guide is typed other (round 246).
GUIDE_NOTICE = ("各科室,执法大队,各市场监管所:\n现将《{t}》印发给你们,请遵照执行。\n上海市{d}市场监督管理局 上海市{d}司法局\n"
                "2025年6月23日\n{t}\n近年来,以牟利为目的的职业索赔行为日益突出。\n为保障合法权益,依据《中华人民共和国行政处罚法》"
                "等规定,制定本工作指引。")


@pytest.mark.parametrize(("district", "title"), [
    ("闵行区", "闵行区市场监管领域轻微违法行为包容审慎监管执法工作指引(三)"),
    ("嘉定区", "嘉定区市场监管领域轻微违法行为包容审慎监管执法工作指引"),
])
def test_a_districts_guide_under_its_issuing_notice(district, title):
    text = GUIDE_NOTICE.format(t=title, d=district)
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.title, ctx.jurisdiction.name, ctx.year) == (title, district, 2025)
    assert doc_type_of(ctx.title, text) == "other"


@pytest.mark.parametrize(("title", "expected"), [
    ("某区市场监管领域包容审慎监管执法工作指引(二)", "other"),
    ("某区行政执法工作指引", "other"),
    # (a plan or report whose words end otherwise keeps its type)
    ("某区2024年法治政府建设工作要点", "work_plan"),
])
def test_a_guide_is_typed_other(title, expected):
    assert doc_type_of(title, "近年来,某区坚持依法行政。") == expected


@pytest.mark.parametrize(("text", "name", "level"), [
    # A city's news without its title that never says 全市 or 我市, naming its own bodies bare (,市政府办公布…) and its
    # province in the titles it follows (《湖北省司法厅关于…的通知》): the city it names, not the province (round 250).
    ("根据《省人民政府办公厅关于印发<湖北省全面推行证明事项告知承诺制工作实施方案>的通知》和《湖北省司法厅关于调整更新"
     "实行告知承诺制证明事项清单的通知》精神,经市政府同意,日前,市政府办公布《十堰市市直部门实行告知承诺制证明事项清单"
     "(2025年)》,对134项证明事项实行告知承诺制。", "十堰市", "prefecture"),
    # (its bodies not bare, nothing tells the city's page: the province named most stays)
    ("根据《湖北省全面推行证明事项告知承诺制工作实施方案》和《湖北省司法厅关于调整更新证明事项清单的通知》精神,"
     "十堰市对134项证明事项实行告知承诺制。", "湖北省", "provincial"),
])
def test_a_citys_news_naming_its_bodies_bare(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "year"), [
    # A news page without its headline read as a title whose body opens on a quoted remark closed with its 。 and then
    # the day it was made (“…群众。”昨日,市司法局…介绍说): news, of its posting year, not a report of the first year
    # its text recalls (我省早在2019年,…; round 250).
    ("我市启动证明事项告知承诺制工作,首批公布59项证明事项——书面承诺就能办\n\n2021-04-17 11:05:41 来源: 南通网\n\n"
     "“推行证明事项告知承诺制,将很大程度上方便办事群众。”昨日,市司法局负责人介绍说,方案已印发。\n\n"
     "我省早在2019年,就开始在连云港、常熟等地开展证明事项告知承诺制试点。", 2021),
    # (a report opening on its year stays of that year)
    ("我市证明事项告知承诺制工作情况,首批公布59项证明事项——书面承诺就能办\n\n2021-04-17 11:05:41 来源: 南通网\n\n"
     "2019年,全市开展证明事项告知承诺制试点。“方便办事群众。”市司法局介绍说。", 2019),
])
def test_news_opening_on_a_quoted_remark(text, year):
    assert facts(text)["yearCovered"] == year


@pytest.mark.parametrize(("text", "year"), [
    # An explanation of a draft delivered at a meeting, its date line opening the page: of the meeting's year, the
    # draft's, not of a year its background recalls (2021年,市政府…颁布了《…办法》).
    ("(2024年6月25日在杭州市第十四届人民代表大会常务委员会第十八次会议上)\n杭州市司法局局长 某某\n主任、副主任、秘书长、"
     "各位委员:\n我受杭州市人民政府的委托,对市人民政府提请审议的《杭州市矛盾纠纷预防和多元化解条例(草案)》"
     "(以下简称《条例(草案)》)作如下说明。\n一、关于立法的必要性\n2021年,市政府颁布了《杭州市社会矛盾纠纷多元化解办法》。"
     "2021年,建立了工作体系。", 2024),
    ("(2023年8月29日在杭州市第十四届人民代表大会常务委员会第十二次会议上)\n关于《杭州市某某条例(修订草案)》的说明\n"
     "2021年,市政府颁布了办法。2021年,建立了工作体系。", 2023),
])
def test_an_explanation_of_a_draft_delivered_at_a_meeting(text, year):
    assert facts(text)["yearCovered"] == year


def test_a_section_heading_after_the_opening_paragraph_is_no_title():
    # A section's heading after the page's opening paragraph (回眸2024,…。2024年,某县司法行政系统在县委、县政府的
    # 坚强领导下,…。 / 持续推进人民调解工作): the body began above it; the paragraph's bodies are the page's.
    text = ("回眸2024,迎接2025。时光见证前行步伐,岁月镌刻奋斗足迹。2024年,白河县司法行政系统在县委、县政府的坚强领导和"
            "上级司法行政部门的精心指导下,守正创新、锐意进取,扎实推动各项工作取得新成效。\n持续推进人民调解工作\n"
            "2024年,白河县司法行政系统全力推进调解组织建设。年初,白河县司法局组织案件评审小组人员进行了评审工作。\n")
    names = sorted(f.object.name for f in agencies(Document(id="t", text=text)) if f.predicate == "mentionsAgency")
    assert names == ["白河县人民政府", "白河县司法局", "白河县委"]
    assert context_of(Document(id="t", text=text)).title is None


# A county's page naming in full only its city, as the congress whose deputies it elected (在我县产生的部分扬州市第九届
# 人大代表): the city is no author; the page names no place of its own and is read at its own level (round 248).
@pytest.mark.parametrize(("text", "name", "level"), [
    ("3月28日下午,县十七届人大常委会召开第二十七次会议。会议听取并审议了县政府关于2024年度全县环境状况的报告;"
     "听取并审议了在我县产生的部分扬州市第九届人大代表履职情况的报告。全县人大系统要认真学习。", None, "county"),
    # (the city named otherwise, its bodies acting, is still read as before)
    ("3月28日下午,县人大常委会召开会议。扬州市人大常委会调研组到我县调研。全县人大系统要认真学习。", "扬州市", "prefecture"),
])
def test_a_countys_page_naming_its_city_only_by_its_deputies(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    got = (ctx.jurisdiction.name if ctx.jurisdiction else None,
           ctx.division.level if ctx.division else ctx.unnamed_level)
    assert got == (name, level)


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled page on a government's document its own bare bureau drafted (区司法局组织起草《某市某区人民政府关于
    # …的决定》(以下简称《决定》)): that district's, not the city named first in a title of its grounds (round 249).
    ("一、制定背景\n根据《河南省行政规范性文件管理办法》和《三门峡市法治政府建设领导小组办公室关于开展行政规范性文件全面清理"
     "工作的通知》要求,区司法局组织起草《三门峡市陕州区人民政府关于公布区政府规范性文件清理结果的决定》(以下简称《决定》)。\n"
     "三、主要内容\n继续有效的规范性文件28件。", ("陕州区", "county")),
])
def test_a_governments_document_drafted_by_its_bureau(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize(("text", "year"), [
    # An untitled explanation opening on the day the document it explains was issued (2024年12月10日,某市政府印发
    # 《X》…现就有关内容解读如下): of that day's year, not of an old document's number it lists (round 249).
    ("2024年12月10日,河源市政府印发《关于废止一批行政规范性文件的决定》(以下简称《决定》),8件行政规范性文件停止执行。"
     "现就有关内容解读如下:\n一、起草背景\n1.《河源市畜禽养殖管理办法》(文号:河府〔2008〕148号,发布日期:2008年12月17日)", 2024),
])
def test_an_explanation_opening_on_the_day_it_was_issued(text, year):
    assert facts(text)["yearCovered"] == year


@pytest.mark.parametrize(("text", "expected"), [
    # A news item's writers named on a line of their own under its last sentence, with no brackets (…水平。\n某某 某某):
    # news, as with brackets, however its paragraph opens (今年以来,…; round 253).
    ("今年以来,某区司法局持续推进“法律明白人”培训全覆盖。\n该局定期开展培训,提升能力和水平。\n孟某 刘某", "other"),
    ("今年以来,某区司法局持续推进培训全覆盖。\n该局定期开展培训,提升能力和水平。\n孟某某 刘某 王某", "other"),
    # (a report signed by its body and dated stays a report)
    ("今年以来,某区司法局创新工作机制,推进合法性审查。\n某区司法局\n2024年12月20日", "annual_report"),
    # A site's editor credited in brackets after the last sentence, the writer's name in brackets before it
    # ((某某) (本站编辑丨某某) 转载需注明来源:…): news, as a writers' credit is (round 260, 新津).
    ("|\n今年以来,某区市场监管局多举措强化公平竞争审查工作。目前全局已清理存量政策措施20个。(罗某) (本站编辑丨徐某) "
     "转载需注明来源:某某观察(www.example.com) |", "other"),
    ("今年以来,某区市场监管局多举措强化公平竞争审查工作。目前全局已清理存量政策措施20个。(责任编辑:徐某)", "other"),
    # (a report whose last sentence names an editing task, no credit, stays a report)
    ("今年以来,某区司法局创新工作机制,推进合法性审查。下一步将做好年鉴编辑工作。", "annual_report"),
])
def test_a_news_items_writers_on_a_line_of_their_own(text, expected):
    assert doc_type_of(None, text) == expected


@pytest.mark.parametrize(("text", "year"), [
    # A year a programme is carried out from (自2021年起实施, 自2021年3月起): when it began, not the year the page is of;
    # a page naming no other year has none (round 66's 胡集 rule; round 253).
    ("8月27日,某市司法局举办全市“法律明白人”示范培训班。实施乡村“法律明白人”培养工程是四个专项任务之一,自2021年起实施,"
     "截至目前,我市“法律明白人”数量已增至1348人。", None),
    ("8月27日,某市司法局举办示范培训班。该工程自2021年3月起实施,截至目前,我市“法律明白人”已增至1348人。", None),
    # (a year the page names otherwise still dates it; a year after 自 with no 起 still counts)
    ("8月27日,某市司法局举办示范培训班。该工程自2021年起实施,2024年全市培养“法律明白人”300人。", 2024),
    ("8月27日,某市司法局举办示范培训班。自2022年以来,我市“法律明白人”已增至1348人。", 2022),
])
def test_a_year_a_programme_is_carried_out_from(text, year):
    assert context_of(Document(id="t", text=text)).year == year


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled page that speaks as 我市 and names only three or more counties of one city (市环保局分别到通川区、
    # 万源市环保局…,赴开江县、渠县…): that city's page, not the first county's (round 254).
    ("为规范我市环保系统行政执法行为,市环保局分别到通川区、万源市环保局组织工作人员参加了考试。市环保局将分别赴开江县、"
     "渠县、大竹县环境保护局组织开展考试。", ("达州市", "prefecture")),
    # (a county's own page, 我县 or 县委, naming its neighbours keeps its own reading; two counties are not enough)
    ("为规范我市环保系统行政执法行为,市环保局分别到通川区、万源市环保局组织工作人员参加考试。", ("万源市", "county")),
])
def test_a_citys_page_naming_only_its_counties(text, expected):
    assert _place(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled page naming no division but one city's exam area by the city's short name (…考试乐山考区圆满结束)
    # and speaking of its own 市委: that city (round 254).
    ("9月17日下午,2023年国家统一法律职业资格考试(客观题考试)乐山考区圆满结束。在市委市政府的坚强领导下,市司法局党委"
     "高度重视。", ("乐山市", "prefecture")),
    # (two cities' areas give nothing; a city's area with no 市 words of its own gives nothing)
    ("2023年国家统一法律职业资格考试乐山考区、长治考区圆满结束。在市委市政府的坚强领导下,市司法局党委高度重视。", None),
])
def test_a_citys_exam_area(text, expected):
    got = _place(text)
    assert (got if got is None or got[0] is not None else None) == expected


@pytest.mark.parametrize(("text", "level"), [
    # A page naming no division whose national body leads a team (由中央依法治国办牵头,…参与的督察组) or sends teams out
    # after what a reporter learned from it (记者22日从中央依法治国办获悉:中央依法治国办派出6个督察组): the nation's
    # (round 263, two news items on the centre's inspections).
    ("由中央依法治国办牵头,中央纪委国家监委机关、中组部等20多个部门参与的督察组,12日启程前往全国8个省区市,开展为期一周的"
     "法治政府建设督察。(记者白阳、翟翔)", "national"),
    ("记者22日从中央依法治国办获悉:中央依法治国办派出6个督察组,对6个省区法治领域改革重点任务落实情况开展实地法治督察。",
     "national"),
    # (its headline naming the national body as its subject, no place: the same)
    ("中央依法治国办对6个省区开展实地法治督察\n记者22日从中央依法治国办获悉:中央依法治国办派出6个督察组,开展实地法治督察。",
     "national"),
    # (a local body leading its own team, or a page speaking as 我县 of a team the centre sent: no nation's page)
    ("由县委依法治县办牵头,组成18个督察组,对全县开展法治政府建设督察。", "not national"),
    ("由中央依法治国办牵头的督察组来我县开展督察,全县各单位积极配合。", "not national"),
])
def test_untitled_page_whose_national_body_leads_or_sends_a_team(text, level):
    division = context_of(Document(id="t", text=text)).division
    if level == "not national":
        assert division is None or division.level != "national"
    else:
        assert division is not None and division.level == level


@pytest.mark.parametrize(("text", "year"), [
    # A news page's posting time with slashes and its outlet after it on the same line (2024/09/23 09:11 来源:人民网
    # 阅读:1.2万): the page's date, as a dashed posting line is (round 263).
    ("中央依法治国办对6个省区开展实地法治督察\n2024/09/23 09:11 来源:人民网 阅读:1.2万\n记者22日从中央依法治国办获悉:中央依法"
     "治国办派出6个督察组,开展实地法治督察。", 2024),
    ("中央依法治国办对6个省区开展实地法治督察\n2024-09-23 09:11 来源:人民网\n记者22日从中央依法治国办获悉:中央依法"
     "治国办派出6个督察组,开展实地法治督察。", 2024),
    # (a date with no time, or a time with nothing after it but a word that is no source label, dates nothing new)
    ("中央依法治国办对6个省区开展实地法治督察\n2024/09/23 阅读:1.2万\n记者22日从中央依法治国办获悉:中央依法"
     "治国办派出6个督察组,开展实地法治督察。", None),
])
def test_posting_line_with_slashes_and_its_source(text, year):
    assert facts(text).get("yearCovered") == year


@pytest.mark.parametrize(("text", "kind"), [
    # An essay's title on a line of its own under an editor's note (…工作规范化建设初探), or as the page's title (浅析…):
    # an article on the work, no report, whatever year its text opens with (round 263, 雅安, batch B).
    ("编者按:调查研究是推进工作的基础。\n雅安市法治督察工作规范化建设初探\n雅安市司法局 王娟\n法治督察是重要手段。2019年以来,"
     "从中央到地方分别开展了法治督察。\n一、法治督察工作的现实状况\n(一)法治督察的制度安排", "other"),
    ("浅析基层法治督察工作的完善路径\n2023年,全市开展法治督察。现将情况报告如下:\n一、主要做法", "other"),
    # (a report whose text only uses such a word inside a sentence stays a report)
    ("2023年,全市开展法治督察,对督察工作进行了初探。现将情况报告如下:\n一、主要做法", "annual_report"),
])
def test_an_essay_is_no_report(text, kind):
    assert doc_type_of(None, text) == kind


@pytest.mark.parametrize(("text", "doc_type", "year"), [
    # A headline of a place's praise won from a level above (某县:2023年度信访工作获全省通报表扬), then its posting
    # line and a lead on "recent years": news, not a report of those years (round 259); of the year it names again
    # and again and its posting year never (round sixty-three).
    ("青山县:2023年度信访工作获全省通报表扬\n\n发布日期:2024-04-01 09:08 浏览次数:\n\n"
     "近日,从全省信访局长会议上传来喜讯,青山县荣获“2023年度全省信访工作先进县”称号。\n\n"
     "近年来,青山县积极探索创新,不断完善信访问题源头治理机制。\n\n编辑:( 某某)", "other", 2023),
    ("青山县司法局获市政府通报表彰\n\n发布日期:2024-04-01 09:08\n\n近年来,青山县司法局积极探索创新,推进法治建设。",
     "other", 2024),
    # (a decision giving the praise stays what it was; a report's title naming praise won stays a report)
    ("关于对青山县2023年度信访工作予以通报表扬的决定\n近年来,青山县积极探索创新。", "other", 2023),
    ("青山县信访局2023年度工作总结\n2023年,青山县信访局获全省通报表扬,推进信访工作法治化。", "annual_report", 2023),
])
def test_a_headline_of_praise_won(text, doc_type, year):
    got = facts(text)
    assert (got.get("docType"), got.get("yearCovered")) == (doc_type, year)


A02_HEAD = "关于加强政务诚信诉讼执行协调工作的通知\n"
A02_BODY = ("为贯彻落实国务院、江西省政府关于加强政务诚信建设的工作要求,助力全市法治政府建设和营商环境优化升级,现就进一步完善"
            "全市政务诚信诉讼执行协调机制,加强政务失信治理工作通知如下。\n一、总体要求\n"
            "进一步贯彻落实《江西省人民政府关于印发江西省加强政务诚信建设实施方案的通知》要求。\n1.各县(市、区)法院拟对政府机构"
            "(包括在本县域注册及在我市其他县域注册的行政机关)强制执行前,及时函告"
            "同级发改部门。市发展改革委依托市公共信用信息服务平台,以预警形式及时将失信信息通报至所属县(市、区)政府。")


@pytest.mark.parametrize(("text", "name", "level"), [
    # A city's notice naming its province only in cited titles and itself only in the zones it addresses beside its
    # counties (各县(市、区)人民政府、赣州经开区管委会、赣州蓉江新区管委会): the city those zones are named after (round
    # 257, 赣州); zones of two cities, or of a city of another province, give no name.
    (A02_HEAD + "各县(市、区)人民政府、赣州经开区管委会、赣州蓉江新区管委会,各县(市、区)人民法院:\n" + A02_BODY,
     "赣州市", "prefecture"),
    (A02_HEAD + "各县(市、区)人民政府、赣州经开区管委会、九江经开区管委会,各县(市、区)人民法院:\n" + A02_BODY,
     None, "prefecture"),
    (A02_HEAD + "各县(市、区)人民政府、韶关高新区管委会,各县(市、区)人民法院:\n" + A02_BODY, None, "prefecture"),
])
def test_a_city_named_by_the_zones_it_addresses(text, name, level):
    got = facts(text).get("authorJurisdiction")
    if name is None:
        assert got is None or got.name != "赣州市"
        assert unnamed(text) is None or unnamed(text)[0] == level
    else:
        assert (got.name, got.attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A street office opening its residents' committee's name near the page's end (阜城街道办事处城北居民委员会3件, a
    # list of defaulters): the committee's name, no township signing; the city the page names is its place (round
    # 257, 盐城). A street office signing on a line of its own stays the author.
    ("为加强盐城市政务诚信建设,该市信用办、市法院牵头组织有关镇(街道)和失信单位。\n涉及盐城市第二批政府机构失信案件共9件"
     "(建湖县1件、阜宁县3件、射阳县2件)。\n8件有履行能力而拒不履行(阜城街道办事处城北居民委员会3件,千秋镇运粮村村民委员会"
     "1件)。\n截至10月底,以上机构已全部履行法定义务。", "盐城市", "prefecture"),
])
def test_a_street_office_opening_a_committees_name(text, name, level):
    got = facts(text).get("authorJurisdiction")
    assert (got.name, got.attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "kind"), [
    # An explanation whose headline was lost, opening on the first of its parts (一、制定本规定目的和意义, 一、起草背景):
    # why a document was made, not the document nor a report on the years its background recalls (round 266, 深圳).
    ("一、制定本规定目的和意义\n近年来,党和国家高度重视规范涉企行政检查工作。2024年12月,国务院办公厅发布《关于严格规范涉企行政检查"
     "的意见》。因此,有必要制定具体制度。\n二、概念\n行政执法监督码是指…", "other"),
    ("一、起草背景\n2023年,全市开展法治督察。现将情况报告如下:\n二、主要内容", "other"),
    # (a report whose first part is a body's own work stays a report)
    ("2023年,全市开展法治督察。现将情况报告如下:\n一、制定制度情况\n(一)出台文件", "annual_report"),
])
def test_an_explanation_by_its_first_part(text, kind):
    assert doc_type_of(None, text) == kind


@pytest.mark.parametrize(("text", "name", "level"), [
    # A province named only as the body that issued a cited document (广东省政府办公厅印发《…》), beside a city the
    # page names in its own words (在深圳市范围内依法设立的各类企业): the document's issuer, not the author (round 266,
    # 深圳's explanation of its 扫码入企 rules).
    ("一、制定本规定目的和意义\n近年来,国家高度重视规范涉企行政检查工作。广东省政府办公厅印发《提升行政执法质量三年行动实施计划"
     "(2023-2025年)》明确推行扫码入企制度。\n二、涉及的企业范围\n企业范围包括在深圳市范围内依法设立的各类企业。", "深圳市",
     "prefecture"),
    # (a province named in its own words too keeps its rank: 广东省 twice, once issuing, once as the place of the work)
    ("一、制定本规定目的和意义\n近年来,广东省高度重视规范涉企行政检查工作。广东省政府办公厅印发《提升行政执法质量三年行动实施计划"
     "(2023-2025年)》明确推行扫码入企制度。\n二、涉及的企业范围\n企业范围包括在深圳市范围内依法设立的各类企业。", "广东省",
     "provincial"),
])
def test_a_place_named_only_as_a_cited_documents_issuer_is_no_author(text, name, level):
    got = facts(text).get("authorJurisdiction")
    assert (got.name, got.attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "doc_type"), [
    # A site's own dateline written as a paper's (本网讯 通讯员某某): news, type other, as under 本报讯, whatever
    # its later paragraph opens with (近年来,…) (round 261, 安陆, batch B).
    ("喜报!某市新增一省级法治文化主题公园\n\n本网讯 通讯员某某 某某   近日,省委依法治省办、省司法厅下发《关于命名第四批"
     "“省级法治文化建设示范点”的通知》,某市某镇法治文化公园榜上有名。\n\n近年来,某市坚持把法治文化建设作为普法的新载体,"
     "推动了法治建设进程。\n\n来源:某市司法局\n", "other"),
    # Guard: a report opening 近年来 with no dateline stays a report.
    ("某市2023年法治政府建设情况报告\n近年来,某市坚持把法治文化建设作为普法的新载体。2023年,市司法局推动法治建设。\n",
     "annual_report"),
])
def test_a_sites_own_dateline(text, doc_type):
    assert facts(text)["docType"] == doc_type


@pytest.mark.parametrize(("text", "year"), [
    # A disclosure table's basis row (| 公开依据 | 《…规划(2016-2020年)》 |) is a field of the site's catalogue: its
    # plan's years are no year the page is of (round 261, 湘阴, batch B).
    ("湘阴县司法局对东湖法治文化广场进行全面升级\n今年初,县司法局对东湖法治文化广场进行全面升级。\n"
     "| 公开依据 | 《中共中央、国务院转发<中央宣传部、司法部关于在公民中开展法治宣传教育的第七个五年规划(2016-2020年)>》 | ||\n"
     "| 公开主体 | 湘阴县司法局 | ||\n", None),
    # Guard: the same plan cited in the text's own sentence still gives the page its first year, as before.
    ("湘阴县司法局对东湖法治文化广场进行全面升级\n今年初,县司法局对照《湖南省法治宣传教育第七个五年规划(2016-2020年)》升级广场。\n"
     "| 公开主体 | 湘阴县司法局 | ||\n", 2016),
])
def test_a_disclosure_tables_basis_names_no_year(text, year):
    assert facts(text).get("yearCovered") == year


@pytest.mark.parametrize(("text", "name", "level"), [
    # A bureau working together with another (县司法局会同县市场监管局开展…): the verb 会同 and the county's bare bureau,
    # not 湖南's 会同县, as the agencies already read it (round 266, a probe of the theme's joint inspections). The
    # page's own county named only in its list's title is then its place; a page naming none stays unplaced.
    ("2025年,县司法局会同县市场监管局、县应急管理局等部门开展规范涉企行政执法专项行动。县司法局牵头制定《东阿县涉企行政检查事项清单》。",
     "东阿县", "county"),
    ("2025年,我县深入开展规范涉企行政执法专项行动。县司法局会同县市场监管局开展联合检查,全县涉企行政检查频次同比下降45%。",
     None, "county"),
    # (the county itself, named at a line's start or after a list mark, stays read)
    ("会同县司法局2024年法治政府建设情况报告\n2024年,县司法局会同县市场监管局开展联合检查。", "会同县", "county"),
    ("2024年,怀化市司法局、会同县司法局开展联合检查。我县推进工作。", "会同县", "county"),
])
def test_a_bureau_working_together_with_another_is_no_county(text, name, level):
    if name is None:
        assert "authorJurisdiction" not in facts(text) and unnamed(text)[0] == level
    else:
        got = facts(text)["authorJurisdiction"]
        assert (got.name, got.attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A news item whose dated lead has a city hold its meeting and, in the same sentence, a body of one of the city's
    # counties attend it as one of its cases (…召开全市…推进会,某县司法局作为全市4个典型单位之一参加会议): the county's
    # news, whose case the rest tells, not the city's (round 265, 东阿).
    ("山东法制传媒网:(朱珊珊)11月10日,聊城市召开全市公职律师工作推进会,东阿县司法局作为全市4个典型单位之一参加会议,"
     "县司法局一级主任科员张志刚在会上作典型交流发言。\n张志刚介绍,近年来,东阿县司法局认真贯彻落实中央、省、市关于公职律师"
     "工作的相关部署和要求。", "东阿县", "county"),
    ("11月10日,聊城市召开全市公职律师工作推进会,东阿县司法局在会上作典型交流发言。东阿县司法局全力推动公职律师队伍建设。",
     "东阿县", "county"),
    # (the city's own bureau attending, a county of another city, or a county named after the sentence keep the host)
    ("11月10日,聊城市召开全市公职律师工作推进会,市司法局作为牵头单位参加会议。全市公职律师队伍不断壮大。", "聊城市", "prefecture"),
    ("11月10日,聊城市召开全市公职律师工作推进会,平阴县司法局作为兄弟单位参加会议。全市公职律师队伍不断壮大。",
     "聊城市", "prefecture"),
    ("11月10日,聊城市召开全市公职律师工作推进会,各县区参加会议。东阿县司法局作交流发言。", "聊城市", "prefecture"),
])
def test_a_county_attending_its_citys_meeting(text, name, level):
    ctx = context_of(Document(id="t", text=text))
    assert (ctx.jurisdiction.name, ctx.division.level) == (name, level)


@pytest.mark.parametrize(("text", "name", "level"), [
    # A document's masthead above a title that names no issuer (常州市武进区教育局文件 / 武教督〔2012〕6号 / 关于开展2012年度
    # 常州市…评比工作的通知): the masthead's place is the author's, not the city the title's subject names (round 264, 武进).
    ("常州市武进区教育局文件\n武教督〔2012〕6号\n关于开展2012年度常州市依法治校先进单位和示范校评比工作的通知\n各中小学:\n"
     "为推动我区依法治校工作,现将有关事项通知如下。", "武进区", "county"),
    # (guard: without a masthead the title's place stays the author's)
    ("关于开展2012年度常州市依法治校先进单位和示范校评比工作的通知\n各中小学:\n现将有关事项通知如下。", "常州市", "prefecture"),
])
def test_a_mastheads_place_above_a_title_naming_no_issuer(text, name, level):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level")) == (name, level)


@pytest.mark.parametrize(("text", "name", "level", "kind"), [
    # A reposted news item with no headline above it, its source's headline below it (原标题:河南:全省教育系统…启动):
    # the province it opens on, before its colon, is the page's when the text speaks at a province's level (省教育厅,
    # 全省), and the item is news, not a report (round 264, 河南, batch B).
    ("为认真落实教育系统“八五”普法规划,省教育厅、省司法厅将在4月17日联合启动全省教育系统第二届法治教育宣传周活动。\n"
     "2022年,省教育厅、省司法厅联合发文明确。\n原标题:河南:全省教育系统第二届法治教育宣传周活动将于4月17日启动\n"
     "来源:河南司法行政在线", "河南省", "provincial", "other"),
    ("近日,县司法局开展普法活动。\n原标题:卢氏县司法局开展开学法治第一课活动\n来源:某某网", "卢氏县", "county", "other"),
])
def test_a_reposted_items_original_headline(text, name, level, kind):
    got = facts(text)
    assert (got["authorJurisdiction"].name, got["authorJurisdiction"].attr("level"), got["docType"]) == (name, level, kind)
