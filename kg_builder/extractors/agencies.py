"""Agencies: government and party bodies acting in the text, named explicitly.

A body is written relative to its government (区司法局 in a 中站区 report is
中站区司法局; 省委 in a 山西 document is 山西省委) or with a full division
prefix (汉中市汉台区人民政府法制办公室, written 汉台区政府法制办). Only bodies of
the kinds 局/厅/委/委员会/办/办公室/院/部/中心/所/领导小组/政府/人大常委会 count,
never generic plurals (各有关部门, 各乡镇人民政府). Long official names are
written in the short forms the documents mostly use (编办, 政府法制办, 人社局,
市场监管局 ...), so that one body has one name.

:func:`find_agencies` is shared with the citation extractor (issuers named just
before a title) and the task extractor (牵头 and 负责 units).
"""

from __future__ import annotations

import bisect
import functools
import operator
import re
from typing import Iterator, NamedTuple

from .. import divisions
from ..context import (
    COMMON_WORDS,
    ESSAY_ENDING,
    ESSAY_ENDINGS,
    FORWARDED_BARE,
    ISSUED_HEREWITH,
    ISSUED_TO_YOU,
    OPENING_COMMITTEE,
    ZONE_KINDS,
    DocumentContext,
    TitleLineEnds,
    context_of,
    find_divisions,
    in_spans,
    lost_after_years,
    lost_before_prose,
    menu_link_spans,
    news_page,
)
from ..model import Document, Fact, Mention, Provenance
from ..normalize import WHITESPACE, normalize_title
from . import register

__all__ = ["AgencyMatch", "find_agencies", "canonical_body", "agencies", "agency_mention", "title_spans"]

NAME = "agencies"

# Longest first: the suffix that ends a body's name.
_SUFFIXES = (
    "人民代表大会常务委员会", "人大常委会", "常务委员会", "委员会办公室", "领导小组办公室", "领导小组", "协调小组",
    "人民政府办公室", "人民政府办公厅", "人民政府", "政府办公室", "政府办公厅", "委员会", "管委会", "办公室", "办公厅",
    # (a government's work safety committee by its short name, 省安委会, 县安委会: the committee, its 会 kept)
    "安委会",
    # (the fire and rescue service's detachment and brigade of a city or county: 市消防救援支队, 县消防救援大队)
    "消防救援支队", "消防救援大队", "政府办", "政府", "分局", "中心", "局", "厅", "委", "办", "院", "部", "所",
)
_SUFFIX_RE = re.compile("|".join(_SUFFIXES))
# A suffix that continues into a word which is no body (部门, 局长, 委托, 办理 ...).
_NOT_AFTER = {
    "部": "门署分长位级副",  # (宣传部副部长某某: its deputy head, a post, as 部长 is)
    "局": "长面势部局务副",  # (局副局长: its deputy head, a post, as 局长 is)
    "委": "员托屈婉书常党副一二三四五六七八九十",
    "院": "长士校落子线",
    "办": "理法事公结好成案件",
    "所": "有在属以需得长",
    "厅": "长副",
    "中心": "城区工组任",  # (部署…法治建设中心任务: the central task, no centre)
    "政府": "采性投债购网",
}
_BLOCKED_AFTER = {s: "".join(v for k, v in _NOT_AFTER.items() if s.endswith(k)) for s in _SUFFIXES}
# Words no body's name contains: verbs and function words that end a name.
_STOP = re.compile(
    r"(的|了|和|与|及|或|暨|(?<!应)对(?!接中心)|(?<=应)对(?![\u4e00-\u9fa5]{2,24}?领导小组)|在|将|把|被|由|向|赴|到|从|为|是|于|等|各|并|也|已|要|以|其|之|均|都|所属|直属|有关|相关|"
    r"会同|牵头|负责|联合|配合|配备|配齐|按照|根据|依据|印发|制定|出台|召开|举办|成立|组建|建立|设立|设在|(?<!综合)(?<!执法)指导|督促|审议|通过|"
    r"提出|下发|转发|公布|发布|进行|履行|实施|推进(?!依法治[省市县区州]领导小组|[\u4e00-\u9fa5]{2,12}?工作领导小组)|(?<![省市县区乡镇州旗])加强|加强(?![\u4e00-\u9fa5]{2,10}?建设(?:工作)?领导小组)|做好|落实|贯彻|确定|(?<!示范)创建(?!办(?![事理学])|(?:全国|全省|全市|省级|市级|国家级?)[\u4e00-\u9fa5]{2,10}?示范|(?:工作)?领导小组)|开展|坚持|积极|认真|不断|"
    r"及时|严格|主动|定期|先后|分别|共同|统一|完成|承担|参加|参与|邀请|聘请|听取|报告|报送|上报|备案|抄送|审核(?!中心|委员会)|同意|"
    r"常务会|列席|出席|主持|推行|获得|取得|作为|成为|提供|(?<!医疗)(?<!住房)保障|强化|建成|设置|聘任|启动|运行(?![和与]?[\u4e00-\u9fa5]{0,4}?中心)|承接|下放|取消|发挥|达到|实现|通报|修改|起草|不服|同志|书记|主任|局长|县长|区长|市长|省长|镇长|乡长|领导下|支持|监督下|"
    # (a leadership written without its 下, 在省委、省政府坚强领导我厅坚持…: no body says 坚强 or 我)
    # (a verb of working with another body written with its level, 县住建局组织县公安局开展排查, 整合县信访局的职能:
    # the verb ends the first name, whose run would reach the other's 局; round 259)
    r"(?:组织|协调|统筹|整合|融合|督导|动员)(?=[省市县区州])|"
    r"坚强|正确|我|党校|会议精神|纳入|一|二|三|四|五|六|七|八|九|十|个|名|次|件|(?<!专)项|年度|加挂|"
    # (推进 opens a group's name for the work it drives, 区推进法治政府建设工作领导小组, as 推进依法治县领导小组;
    # its work written long as the 2010s' groups were, 市推进依法行政建设法治政府工作领导小组;
    # 创建 as a noun stays in a name: 法治政府示范创建工作领导小组, the creation drive's office 县创建办,
    # a group named for the drive it leads, …县创建全省法治政府示范县领导小组, or the drive's group by its end,
    # 委法治政府创建领导小组)
    # (an office for guiding a field, 区综合指导办, 综合行政执法指导办公室, keeps its 指导; a body's 指导 elsewhere
    # is its verb, 县司法局指导办公室工作)
    # a service done online or anywhere (全程网办, 跨省通办) is no office
    # (运行 in a city's operations centre, 城市运行和治理中心, 城市运行管理中心, stays in its name)
    # (围绕市委、市政府工作中心: the government's central work, no centre; the name ends at 政府)
    # (加强 opens a group's name right after its place, 省加强法治政府建设领导小组办公室; after a body it is its verb)
    # (a group named for what it meets, 县应对新冠肺炎疫情工作领导小组, keeps the 对 of its 应对; the verb 应对 elsewhere
    # still ends a name, 县卫健局应对疫情)
    # (no body's name holds 职责: 原县政府法制办公室职责划入县司法局 is the office, its duties and the bureau they go to)
    r"网(?=办)|通(?=办)|(?<=政府)工作(?=中心)|(?<=[省市县区]委)工作(?=中心)|职责"
    # (县政府委托县司法局…, 县法院委派调解案件: a body's name ends before the 委托 or 委派 it does; no name runs on
    # through that verb into the next body's)
    r"|(?<=[院局府厅心办所部])委[托派]"
    # (市政府法制办报市司法局批准, 经市司法局批准: a body's name ends before the 报, 报请 or 经 that sends a matter up to
    # the next body; no name runs on through that verb into the next body's; round 265)
    r"|(?<=[院局府厅心办所部])(?:报请?|经)(?=[省市县区州])"
    # (市纪委监委派驻政法委纪检监察组: the commission's name ends before the team it stations; round 254)
    r"|(?<=纪委|监委)派驻)"
)
# A party committee's rule-of-law commission written bare by its 法治建设 name, after the verb holding or setting it up.
_BARE_BUILDING_COMMISSION = re.compile(r"(?<=召开|成立|组建)法治建设委员会(?:办公室)?(?=第|全体|会议|[\d一二三四五六七八九十]|,|。)")
# A rule-of-law commission's name, to name its office short (全面依法治市委员会: 依法治市办).
_COMMISSION_OFFICE = re.compile(r"全面依法治(.)委员会$")
# Holders of a body's posts by their count (县政府1名副县长, 法院2名副院长, 检察院1名副检察长).
_COUNTED_POST = re.compile(r"[\d一二两三四五六七八九十]{1,3}名(?:常务)?副?[\u4e00-\u9fa5]{0,3}?(?:长|主任|书记|委员)(?![\u4e00-\u9fa5]{0,2}[会室组])")
# A council's or an office's head: 主任 or 副主任 and his name or another post (、), not its 主任会议.
# (or one of a commission's members, his other post after: 市委全面依法治市委员会委员、市政府副市长某某出席会议)
_HEAD_OF_BODY = re.compile(r"(?:常务)?副?(?:主任|院长|检察长)(?!会议|委员|办公会|单位|[,。;、])(?=[ \u3000]?[\u4e00-\u9fa5])|(?:常务)?副?(?:主任|院长|检察长)、"
                           r"|(?<=委员会)委员、"
                           # (a congress's committee's chair, 主任委员 or 副主任委员, then his name or another post:
                           # 省人大社会委主任委员某某参加检查; round 248)
                           r"|副?主任委员(?![会,。;])(?=[\u4e00-\u9fa5、])"
                           # (an office's staff by their rank, 市人大常委会办公室调研员、…列席会议: a person, as its
                           # 主任 is; round 258)
                           r"|(?:[一二三四]级)?(?:调研员|巡视员)(?![会组])")
# Official names joined by 和, which is otherwise where a name ends (区司法局和区法院).
_AND_WORDS = re.compile(
    # (人力资源社会保障局 written without its 和, as 上海's and many cities' bureaus are)
    r"(发展和改革|住房和城乡建设|人力资源和?社会保障|自然资源和规划|文化和旅游|工业和信息化|经济和信息化|农业和农村|"
    r"卫生和计划生育|卫生和健康|教育和体育|文化广电和旅游|科学技术和|商务和|交通和|退役军人事务和|民政和退役军人|"
    # (深圳's and other cities' 城市管理和综合执法局, 规划和自然资源局, 粮食和物资储备局)
    r"城市管理和(?:综合)?(?:行政)?执法|规划和自然资源|粮食和物资储备|海洋和渔业|国土资源和房屋管理|民族和宗教事务|"
    # (and the coastal bureaus of the sea and fisheries, of natural resources and planning, joined by 与:
    # 湛江市海洋与渔业局, 福建省海洋与渔业局, 自然资源与规划局)
    r"海洋与渔业|自然资源与规划|"
    # (a county's merged bureau of civil affairs and human resources: 民政和人社局, 民政和人力资源社会保障局)
    r"民政和人(?:力资源)?社(?:会保障)?|"
    # (a township's office of political-legal affairs and social management: 政法和综合治理办公室)
    r"政法和(?:社会)?综合治理|"
    # (a city's or district's operations centre: 城市运行和治理中心, 运行和指挥中心)
    r"运行和(?:治理|管理|指挥|调度|监测)|"
    # (深圳's and other cities' bureau of government services and data: 政务服务和数据管理局)
    r"政务服务和数据管理|"
    # (the groups against infringement and fakes at every level, named for both fields: 打击侵犯知识产权和制售假冒伪劣商品
    # 工作领导小组 and its office; round 258)
    r"侵犯知识产权和制售|"
    # (广州's districts' bureau of the private economy and small firms: 民营经济和中小企业局)
    r"民营经济和中小企业|"
    # and any merged bureau, commission or office named the same way, two fields joined by 和 (政务服务和大数据管理局,
    # 林业和草原局, 行政审批和政务服务局, 网络安全和信息化委员会办公室): a field is no body (the 和 after 司法局, 县委,
    # 妇联 or 政府 joins two bodies), and no place, no 和 and no other joining word comes before the suffix
    r"(?<=[\u4e00-\u9fa5])(?<![局厅委办院部所心联会府协队站组])和"
    r"(?=(?:(?![省县区州盟旗镇乡和与及的]|(?<!城)市)[\u4e00-\u9fa5]){1,8}?(?:局|委员会|办公室)(?![长面势部局务副])))"
)
# Endings that make a word, not a body (大厅, 医院, 全部, 督办 ...; a command post, 指挥部, is no annotated kind;
# nor a people's mediation committee, 调解委员会 or 调委会: a mass organisation of volunteers, no state or party body).
_NOT_A_BODY = re.compile(
    r"(大厅|分厅|餐厅|展厅|医院|学院|书院|庭院|大院|卫生院|研究院|设计院|科学院|养老院|敬老院|福利院|影院|剧院|"
    r"全部|内部|外部|局部|干部|东部|西部|南部|北部|中部|基层部|场所|处所|住所|厕所|诊所|事务所|研究所|"
    r"格局|全局|布局|结局|大局|当局|举办|承办|督办|主办|协办|创办|兴办|开办|代办|帮办|包办|查办|申办|交办|转办|"
    r"调解委员会|调委会|领办|首办|难办|好办|马上办|通办|联办|网上办|掌上办|就近办|一次办|指挥部|常委|常委委员会|委委员会|全委|党委委|法治政府|法制政府|服务型政府|数字政府|责任政府|廉洁政府|有限政府|诚信政府|阳光政府|透明政府|人民满意的政府)$"
)
# What may stand before a bare 省/市/县/区 prefix without making a word with it (团 of 团县委, the Youth League's;
# 贸 of 自贸区, a free trade zone, whose 区公共法律服务中心 is no district's).
_NOT_BEFORE = set("全各本城都超门股集该每其社园景辖片校矿街郊库湾牧林特新老旧省市县区镇乡州地跨分个两一二三四五六七八九十多外下上城半山团贸")
_RELATIVE = ("街道", "省", "市", "县", "区", "州", "盟", "旗", "镇", "乡")
_RELATIVE_RE = re.compile(
    # A bare prefix not glued to the word before it (全市, 城区), with a body's last
    # character a few characters on: most 市 and 区 of a text are rejected in C.
    # The pattern opens with a character class so that the engine skips to
    # candidates in C; 中共 before the prefix is read in Python.
    # 省域, 市域, 区域 (…建成省域经济副中心) name an extent, not a government.
    # (市场监督管理局 written bare opens with 市场, no city's 场…局: a bare bureau, as 司法局 written bare)
    # (该县, 该市: the place just named, read below only where it is the document's own)
    # (示范区党工委, 开发区管委会: a zone's bodies named by its kind, not the district's; 规范区政府… stays)
    r"[省市县区州盟旗镇乡街](?<![" + "".join(sorted(_NOT_BEFORE - {"该", "本"})) + r"].)(?<!示范区)(?<!开发区)(?!域)(?!(?<=市)场)(?:(?<=街)道|(?<!街))"
    r"(?=[\u4e00-\u9fa5]{0,17}?(?:[局厅委办院部所]|中心|政府|领导小组|常委会|管委会|消防救援[大支]队))"
)

# Long official names and the short forms used for them, applied to the body.
_CANONICAL = (
    ("机构编制委员会办公室", "编办"), ("编委办公室", "编办"), ("编委办", "编办"), ("机构编制办公室", "编办"),
    ("人民政府法制办公室", "政府法制办"), ("政府法制办公室", "政府法制办"), ("法制办公室", "法制办"),
    ("市场监督管理局", "市场监管局"), ("人力资源和社会保障局", "人社局"), ("人力资源社会保障局", "人社局"),
    ("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展改革委", "发改委"), ("发展和改革局", "发改局"), ("发展改革局", "发改局"),
    ("住房和城乡建设局", "住建局"), ("住房城乡建设局", "住建局"),
    ("住房和城乡建设厅", "住建厅"), ("住房城乡建设厅", "住建厅"), ("卫生健康委员会", "卫健委"), ("卫生健康委", "卫健委"),
    ("卫生和健康委员会", "卫健委"), ("交通运输委员会", "交通运输委"), ("文化广电和旅游局", "文广旅局"), ("文化广电旅游局", "文广旅局"),
    ("医疗保障局", "医保局"),
    # (市国防动员办公室 and 市国动办, 县人民防空办公室 and 县人防办: one office each)
    ("国防动员办公室", "国动办"), ("人民防空办公室", "人防办"),
    # (市人民政府国有资产监督管理委员会, 市政府国资委 and 市国资委: one commission; round 213)
    ("人民政府国有资产监督管理委员会", "国资委"), ("政府国有资产监督管理委员会", "国资委"),
    ("国有资产监督管理委员会", "国资委"), ("政府国资委", "国资委"),
    # (县人民政府行政执法监督局 and 县行政执法监督局, 区人民政府行政执法协调监督局 and 区行政执法协调监督局: one
    # bureau, the government's own, named with or without it; round 256)
    ("人民政府行政执法协调监督局", "行政执法协调监督局"), ("政府行政执法协调监督局", "行政执法协调监督局"),
    ("人民政府行政执法监督局", "行政执法监督局"), ("政府行政执法监督局", "行政执法监督局"),
    # (区政务服务和数据管理局, 区政务服务数据管理局 and 区政数局: one bureau; round 213)
    ("政务服务和数据管理局", "政数局"), ("政务服务数据管理局", "政数局"),
    # (重庆市文化和旅游发展委员会 and 市文化旅游委: one commission)
    ("文化和旅游发展委员会", "文化旅游委"), ("文化旅游发展委员会", "文化旅游委"),
    # (区政务服务管理办公室 and 区政务服务办: one office)
    ("政务服务管理办公室", "政务服务办"),
    # (市药品监督管理局 and 市药监局: one bureau)
    ("药品监督管理局", "药监局"),
    # (市应急管理局 and 市应急局: one bureau)
    ("应急管理局", "应急局"), ("纪律检查委员会", "纪委"), ("监察委员会", "监委"),
    # (县城市管理综合行政执法局, written without its 综合 in the same page, and 县城管执法局: one bureau)
    ("城市管理综合行政执法局", "城管执法局"), ("城市管理行政执法局", "城管执法局"),
    # (市教育和体育局 and 市教体局, 市教育工作委员会 and 市教育工委: one body each)
    # (县教育体育局, written without its 和, and 县教体局: one bureau)
    ("教育和体育局", "教体局"), ("教育体育局", "教体局"), ("教育工作委员会", "教育工委"),
    # (区教育委员会 and 区教委, the municipalities' districts' education commission: one body)
    ("教育委员会", "教委"),
    # the commission for discipline and the supervisory commission, one office, written twice (州纪委州监委)
    ("纪委省监委", "纪委监委"), ("纪委市监委", "纪委监委"), ("纪委州监委", "纪委监委"), ("纪委县监委", "纪委监委"),
    ("纪委区监委", "纪委监委"),
    ("人民代表大会常务委员会", "人大常委会"), ("人民政府办公厅", "政府办公厅"), ("人民政府办公室", "政府办公室"),
    # (a congress's committees by their long and short names: 人大法制委员会 and 人大法制委, 常委会法制工作委员会 and
    # 常委会法制工委, 人大财政经济委员会 and 人大财经委)
    ("法制工作委员会", "法制工委"), ("法制委员会", "法制委"), ("财政经济委员会", "财经委"),
    # (县政府办公室 and 县政府办 are one office: named as the text names it most)
    ("政府办公室", "政府办"),
    # (县人民法院 and 县法院, 县人民检察院 and 县检察院: one court, one procuratorate)
    ("人民法院", "法院"), ("人民检察院", "检察院"),
    # (市法律援助中心 and 市法援中心: one centre)
    ("法律援助中心", "法援中心"),
    ("中共", ""),
)
_CANONICAL_ANY = re.compile("|".join(re.escape(long) for long, _ in _CANONICAL))
_NATIONAL_BODIES = (
    "中共中央办公厅", "国务院办公厅", "中共中央", "国务院", "全国人大常委会", "全国人民代表大会常务委员会",
    "全国人民代表大会", "全国人大", "中央全面依法治国委员会办公室", "中央全面依法治国委员会", "中央依法治国办",
    # (the committee under its short name, as its office's decisions write it: 经报中央依法治国委批准)
    "中央依法治国委",
    # (and under a long form of that short name, as reports write it: 中央依法治国委员会《关于…意见》)
    "中央依法治国委员会",
    "最高人民法院", "最高人民检察院", "司法部", "公安部", "财政部", "民政部", "教育部", "商务部", "水利部",
    "生态环境部", "自然资源部", "住房和城乡建设部", "交通运输部", "农业农村部", "文化和旅游部", "应急管理部",
    # (the ministries of science and of industry, by their full and short names: 国家发改委、科技部《…清单》)
    "科学技术部", "科技部", "工业和信息化部", "工信部",
    "人力资源和社会保障部", "人力资源社会保障部", "住房城乡建设部", "住建部", "退役军人事务部", "全国普法办",
    "国家市场监督管理总局", "国家税务总局", "国家发展和改革委员会", "国家发展改革委", "国家发改委",
    "国家卫生健康委员会", "国家卫生健康委", "国家医疗保障局", "国家市场监管总局", "市场监管总局",
    # the ministries and the State Council's offices of the years before the 2018 reform, in older reports
    "环境保护部", "国土资源部", "农业部", "文化部", "监察部", "国务院法制办公室", "国务院法制办", "国务院审改办",
    # the party's propaganda department, co-author of the five-year legal-education plans
    "中共中央宣传部", "中央宣传部", "中宣部",
    # and its organisation department, which runs the cadres' training classes with a ministry
    "中共中央组织部", "中央组织部", "中组部",
    # the party's General Office without its 中共 (中央办公厅、国务院办公厅印发《…》): 中共中央办公厅
    "中央办公厅",
    # the party's political-legal commission, by its full and short names (中央政法委、司法部…来区调研), and the
    # Supreme People's Court by its short name (最高院)
    "中共中央政法委员会", "中央政法委员会", "中央政法委", "最高院",
    # the party centre's commission for the set-up of bodies and staff, which approves a body's 三定 (中央机构编制委员会
    # 批复的…“三定”规定), by its full and short names, and its office
    "中央机构编制委员会", "中央编委", "中央机构编制委员会办公室", "中央编办",
) + divisions.NATIONAL_AGENCIES
_TITLE_MARK = re.compile(r"[《》]")
# A township's own body begun inside a bare 镇/乡 prefix's window (镇纪委监督镇政府): the 镇 of 城镇, 集镇 or 乡镇 and
# the 乡 of 乡村 or 城乡 are no prefix.
_INNER_TOWN_BODY = re.compile(r"(?<![城集乡])[镇乡](?=人民政府|政府|党委|纪委|人大|司法所|财政所|派出所)")
_GLUED_PLACE = frozenset("省市县区")
_INNER_BODY = re.compile(r"(?<!治)[省市县区](政府|委|人大|人民政府|中级人民法院|人民法院|人民检察院)")
# A page's label and its value: up to a space (a page flattened to one line goes on after it),
# but over the spaces after a list's marks (抄送: 市委办公室, 市人大常委会办公室).
# A page's site line: the site's owner and its address (湖南省工业和信息化厅 gxt.hunan.gov.cn 时间: …), or the
# owner alone on its line and the address opening the next (某市某区人民政府\nwww.….gov.cn).
# A site's breadcrumb (当前位置:某县人民政府 > 公共法律服务 > 文章详情): the site's name and its sections, no body acting
# in it, as a 来源 label's body is not (round 264, 卢氏).
_BREADCRUMB_LINE = re.compile(r"(?m)^[^\S\n]*(?:您?当前(?:的|所在的?)?位置|您的位置|所在位置)[^\S\n]*[:：][^\n]*?[>›»][^\n]*$")
_SITE_LINE = re.compile(r"(?m)^[^\S\n]*[\u4e00-\u9fa5]{2,30}(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.cn|com|cn|net|org)\b")
# The body a story is credited to ((某市司法局供稿), 某区司法局 供稿 on its own line): the page's source, as a 来源
# label is, no body acting in it.
_CONTRIBUTED = re.compile(r"[((][^\S\n]*[\u4e00-\u9fa5]{2,30}[^\S\n]*供稿[^\S\n]*"
                          # (the photographer or editor credited after it: (省人大社会委某某供稿;某某摄影); round 248)
                          r"(?:[;；,，、][^()()\n]{1,20})?[))]"
                          r"|^[^\S\n]*[\u4e00-\u9fa5]{2,30}[^\S\n]*供稿[^\S\n]*$"
                          # (or written as a label, the body after it: (供稿:某县司法局办公室), 供稿单位:某局)
                          r"|供稿(?:单位)?[^\S\n]*[:：][^\S\n]*[\u4e00-\u9fa5]{2,30}", re.M)
# An essay's byline on the line under its title, the writer's body and name (…工作规范化建设初探 / 雅安市司法局 王娟):
# where the writer works, no body acting in the essay (round 263).
_ESSAY_BYLINE = re.compile(r"(?m)^[^\S\n]*[^\n。,，;；]{4,40}" + ESSAY_ENDING + r"[^\S\n]*\n"
                           r"([^\S\n]*[\u4e00-\u9fa5]{2,30}[^\S\n]+[\u4e00-\u9fa5]{2,3})[^\S\n]*$")
# A page's byline: the body that posted it, then the posting date (某县人民政府 发布时间: 2026-03-03).
_BYLINE = re.compile(r"(?m)^[^\S\n]*[\u4e00-\u9fa5]{2,30}(?=[^\S\n]+(?:发布时间|发布日期|日期|时间)\s*:)")
# A publisher's line under the headline with its date beside it (清水县人民政府 2024年01月08日), or above
# its date written as a page's metadata (区政府办公室 / 2023-12-20).
_DATED_BYLINE = re.compile(r"(?m)^[^\S\n]*[\u4e00-\u9fa5]{2,30}(?=[^\S\n]+(?:19|20)\d{2}年\d{1,2}月\d{1,2}日[^\S\n]*$"
                           r"|[^\S\n]*\n[^\S\n]*(?:19|20)\d{2}-\d{1,2}-\d{1,2}[^\S\n]*$)"
                           # (flattened to one line, a block with its date after it: … 区政府办公室 2023-12-20 …)
                           r"|(?<=[ \u3000])[\u4e00-\u9fa5]{2,30}(?=[ \u3000]+(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:[ \u3000]|$))"
                           # (or after its posting date and time, ending the line: 2024-09-20 17:56 某市生态环境局)
                           r"|(?<=\d-\d\d[^\S\n]\d\d:\d\d)[^\S\n]+[\u4e00-\u9fa5]{2,30}(?=[^\S\n]*$)"
                           r"|(?<=\d-\d[^\S\n]\d\d:\d\d)[^\S\n]+[\u4e00-\u9fa5]{2,30}(?=[^\S\n]*$)")
# (a label left empty with a blank line after it, 作者: / (blank) / 某市司法局, has no value: the body on the line
# after the blank stands apart, as the report's own signature does, and acts as the report's author)
# (a label in a metadata table keeps its value in the next cell: 发布机构: | 某县人民政府办公室 |; a page's
# 政策咨询机关 names the body that answers questions on it, not one acting in it, and so does an explanation's
# 解读单位 at its foot, 解读单位:某县司法局,咨询电话:…)
# (nor its 编辑, the office that put the page up: 发布时间:… 编辑:市政府办 浏览量: …)
_LABEL_LINE = re.compile(r"(来源|信息来源|发布机构|发布单位|发布部门|发文单位|发文机关|发文机构|政策咨询机关|解读单位|解读机关|解读部门|解读机构|发布者|作者|抄送|报送|主送|联系人|联系电话|责任编辑|编辑)"
                         r"\s*:(?![^\S\n]*\n[^\S\n]*\n)\s*(?:[^\n\s。]|(?<=[,、;])\s+|(?<=\|)[^\S\n]+){0,120}")
# A copy list that goes on over the lines after its label, each a list of bodies and its full stop
# (抄送:市应急管理局。 / (blank) / 县委办、县政府办,县依法行政工作领导小组办公室。 / 各镇人民政府。): every line of it
# names a recipient, as the label's own line does. Only lines made of nothing but bodies' names go on the list.
_COPY_ITEM = (r"[\u4e00-\u9fa5()()]{1,30}?(?:人民政府|政府|办公室|办|委员会|委|局|厅|院|部|中心|所|小组|组|会|队)")
_COPY_LIST_MORE = re.compile(r"[。;;]?(?:[^\S\n]*\n)+[^\S\n]*" + _COPY_ITEM + r"(?:[、,,]" + _COPY_ITEM + r")*[。;;]?[^\S\n]*(?=\n|$)")
# The office a news page credits with its material, on a line of its own under the text (资料:区府办 / 编辑:某某).
_MATERIAL_CREDIT = re.compile(r"(?m)^[^\S\n]*资料(?:来源)?\s*:[^\n]{0,40}")
# A page's metadata laid out as a bulleted list, label and value set apart by a space (• 发布机构 某县政府办):
# the body that posted the page, not one acting in it. (Opens with its bullet: looked for only where one is.)
_BULLET_LABEL = re.compile(r"[•·][^\S\n]*(?:来源|信息来源|发布机构|发布单位|发布部门|发文单位|发文机关|发文机构|作者)[^\S\n]+[^\n]{0,60}")
# A page's metadata laid out as a table of cells with no colons (| 关键词 | 发布机构 | 北街办事处 | |): the label's value
# in the next cell names the body that posted the page, not one acting in it.
_CELL_LABEL = re.compile(r"(?:来源|信息来源|发布机构|发布单位|发布部门|发文单位|发文机关|发文机构)[^\S\n]*\|[^\S\n]*[^|\n]{0,40}")
# A government order's number after the title it promulgates ((国务院令第713号), (省政府令第222号)): the title's
# issuer, named to number it, acts in no clause of the text.
# (its words in the other order too, the parenthesis going on: (省政府379号令,以下简称《办法》))
_ORDER_NUMBER = re.compile(r"[((][^\S\n]*[\u4e00-\u9fa5]{0,16}(?:令第?[^\S\n]*\d+[^\S\n]*号|\d+[^\S\n]*号令)")
# A page's metadata laid out as a table, each label alone on its line and its value on the next
# (发文单位 / 区人民政府 / 发文字号): the body that posted the page, not a body acting in it.
# (a page flattened to one line keeps the label and its value apart by spaces: 发文单位 区人民政府 发文字号)
# (what such a label looks like, found by its words first: the pattern below tries every position, so
# it runs only on the few pages that have one)
# (a table whose cells a page spaces out with blank lines, 发布机构 / (blank) / 某县司法局 / (blank) / 发文日期:
# the label's value is the next line that holds anything, as it is with no blank line between)
_LABEL_ABOVE_HINT = re.compile(r"(?:来源|发布机构|发布单位|发布部门|发文单位|发文机关|发文机构)(?:[^\S\n]*\n|[ \u3000])")
_LABEL_ABOVE = re.compile(r"(?m)^[^\S\n]*(?:来源|信息来源|发布机构|发布单位|发布部门|发文单位|发文机关|发文机构)[^\S\n]*\n"
                          r"(?:[^\S\n]*\n){0,2}[^\S\n]*[^\n。,]{1,40}$"
                          r"|(?<=[ \u3000])(?:发文单位|发文机关|发文机构)[ \u3000]+[\u4e00-\u9fa5]{2,30}(?=[ \u3000])"
                          # (a row of metadata, label and value spaced, the value last on its line: 索 引 号 … 发布机构
                          # 市政府办: the page's poster, as with the label above its value)
                          # (or, on a page flattened to one line, with the next label after a space)
                          r"|(?<=[ \u3000])(?:发布机构|发布单位|发布部门)[ \u3000]+[\u4e00-\u9fa5]{2,30}(?=[^\S\n]*$|[ \u3000])")
# A media centre's own dateline opening its news (某县融媒体中心5月21日讯(记者 …), 某区新闻中心讯): the outlet
# reporting, no body acting. (Found by its kind and 讯, read back to the line's start for the centre's place.)
_MEDIA_DATELINE = re.compile(r"(?:融媒体中心|新闻中心|传媒中心|广播电视台|电视台)[^\S\n]*(?:\d{1,2}月\d{1,2}日)?[^\S\n]*讯")
# (its office written out bare, 召开依法治县办公室会议: the 县委依法治县办公室 as written, not cut to 办)
_COMMISSION = re.compile(r"依法治([省市县区州盟旗])(委员会办公室|委员会|办公室|办)")
# A verb a body follows, right before a committee's 委 whose place is lost (配合委依法治县办).
_LOST_PLACE_VERB = re.compile(r"(?:配合|会同|联合|协助|协同)$")
# A township's own office written bare that a group's office is placed in (领导小组下设办公室于平安法治办公室,
# 办公室设在党政办。): the township's, as the city's or county's bare bureau after 办公室设在 is its own.
_OFFICE_IN_BARE_TOWN_OFFICE = re.compile(r"(?:办公室设在|下设办公室于)((?:党政(?:综合)?|综合|综治|党建(?:工作)?|平安(?:法治)?|"
                                         r"社会事务|经济发展|综合行政执法)办(?:公室)?)(?=[,，。;；])")
# A bureau written bare after 办公室设在, the clause going on after it (办公室设在司法局,负责…).
_OFFICE_IN_BARE = re.compile(r"办公室设在((?![省市县区州旗镇乡各])[\u4e00-\u9fa5]{2,8}?局)(?=[,，。;；])")
# A bare court or procuratorate right after 与/会同, acting jointly with the author in the same clause.
# (looked for by its last characters, the words before it read in Python: led by lookbehinds, the pattern was tried at
# every character, 6 % of all extraction)
_BARE_PARTNER_COURT = re.compile(r"法院|检察院")
_JOINT_ACTION_AFTER = re.compile(r"[^。;,\n]{0,16}?(?:联合|共同|会签|联动|协作)")


def _bare_partner_courts(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Spans of the bare courts and procuratorates right after 与, 同, 会同 or 联合 (人民 included) before a joint action,
    or right after 会同, which says the joint action itself (会同法院等相关部门逐案分析)."""
    for match in _BARE_PARTNER_COURT.finditer(text, start, end):
        c_start = match.start()
        if text.startswith("人民", c_start - 2) and c_start - 2 >= start:
            c_start -= 2
        if c_start > 0 and (text.startswith("会同", c_start - 2) or (
                text[c_start - 1] in "与同" or text.startswith("联合", c_start - 2))
                and _JOINT_ACTION_AFTER.match(text, match.end()) is not None):
            yield c_start, match.end()


# Bare departments listed after 联合 or 会同, closed by 等(相关)单位 or 部门 (联合公安局、卫健委、商务委等相关单位).
_BARE_PARTNER_LIST = re.compile(r"(?<=联合|会同)((?:[\u4e00-\u9fa5]{2,6}?[局委]、)+[\u4e00-\u9fa5]{2,6}?[局委])"
                                r"等(?:相关|有关)?(?:单位|部门)")
# A bureau written bare between 参加 (由) and the 组织的/举办的 of what it organises (参加司法局组织的培训).
_BARE_ORGANISER = re.compile(r"参加由?((?![省市县区州盟旗镇乡各有相该本其全上我])[\u4e00-\u9fa5]{2,6}?局)(?:组织|举办)的")
# Not a department: a place's or a level's word first (县公安局, 各局; 市场监管局 is one), or a party body or
# residents' committee.
_NOT_BARE_PARTNER = frozenset("省市县区州盟旗镇乡各有相该本其全")
_PARTY_ENDS = ("党委", "纪委", "居委", "村委", "工委")
# The stations a county's townships each have, listed by the townships' stems (甲山、乙镇司法所).
_TOWN_STATIONS = ("司法所", "派出所")
_TOWN_STEMS = re.compile(r"((?:[\u4e00-\u9fa5]{2,3}、)+[\u4e00-\u9fa5]{2,3})$")


def _county_town(stem: str, county) -> tuple[str, str, str] | None:
    """(stem, township name, code) of the county's township whose name is ``stem`` with its 镇, 乡 or 街道, or itself."""
    for name in (stem + "镇", stem + "乡", stem + "街道", stem):
        for code in divisions.township_codes(name):
            if code.startswith(county.code):
                return stem, name, code
    return None


def _listed_towns(text: str, begin: int, end: int, county) -> list[tuple[int, int, tuple[str, str, str]]]:
    """(start, end, town) of each stem of a list ending at ``end`` when every one is a township of ``county``
    (the first stem may have taken the last character of the verb before it: 完成甲山、乙镇…)."""
    run = _TOWN_STEMS.search(text, begin, end)
    if run is None or not county.code:
        return []
    items, at, spans = run.group(1).split("、"), run.start(), []
    for i, item in enumerate(items):
        town = _county_town(item, county) or (_county_town(item[1:], county) if i == 0 and len(item) == 3 else None)
        if town is None:
            return []
        start = at + len(item) - len(town[0])
        spans.append((start, start + len(town[0]), town))
        at += len(item) + 1
    return spans if len(spans) >= 2 else []




def _longest_first(words) -> str:
    """A pattern matching, where any of ``words`` starts, the longest of them there: the words as a trie.

    The same matches as their alternation longest first, but the engine reads each character once where that
    tried every word in turn at every place a word might start (the national bodies: 2.5x faster)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if len(branches) == 1 and "" not in node:
            return branches[0]
        # a word ending here is tried last: a longer one going on wins
        return "(?:" + "|".join(branches) + (")?" if "" in node else ")")

    return pattern(trie)


_NATIONAL_RE = re.compile(_longest_first(_NATIONAL_BODIES))
# (国务院部委, 国务院各部门: the council's ministries as a class)
_STATE_COUNCIL_PLURALS = ("部委", "各部委", "部门", "各部门")
# (国务院有关规定, 司法部的相关规定: a national body's rules, unnamed, followed)
_RULES_OF = ("有关规定", "的有关规定", "相关规定", "的相关规定")
# Words printed on a thing (证件背面印有“某省人民政府监制”字样): an inscription quoted, no body acting.
_INSCRIPTION = re.compile(r"“[^“”\n]{1,40}”(?=字样)")
# 工商汉台分局: a vertical system's branch named by the area it serves.
_BRANCH = re.compile(r"(工商|环保|国土|税务|国税|地税|公安|质监|食药监|市场监管|生态环境|自然资源|规划|交警)([\u4e00-\u9fa5]{2,4})分局"
                     # (市公安局某某分局局长某某主持: its head by his post, a person, as a bureau's 局长 is)
                     r"(?!副?局长|政委)")


class AgencyMatch(NamedTuple):
    """A body named in the text: span, surface form, explicit name, its jurisdiction.

    ``name`` is canonical (short official forms: 发改委, 市场监管局), the same for
    every way of writing the body; ``written`` keeps the document's own words.
    (A named tuple: a document has dozens, and a tuple is made several times
    faster than a frozen dataclass.)
    """

    start: int
    end: int
    text: str
    name: str
    jurisdiction: str | None
    level: str | None
    code: str | None
    written: str = ""  # the name as the text writes it, its jurisdiction made explicit

    @property
    def surface(self) -> str:
        """The written name, or the canonical one when none was recorded."""
        return self.written or self.name


@functools.lru_cache(maxsize=4096)
def canonical_body(body: str) -> str:
    """A body's name in its short, consistent form.

    >>> canonical_body("人民政府法制办公室"), canonical_body("机构编制委员会办公室"), canonical_body("政府")
    ('政府法制办', '编办', '人民政府')
    """
    if _CANONICAL_ANY.search(body) is not None:  # most bodies have no long form: one search in C
        for long, short in _CANONICAL:
            if long in body:
                body = body.replace(long, short)
    if body == "政府":
        return "人民政府"
    return _whole_commission(body)


def _whole_commission(body: str) -> str:
    """The committee's rule-of-law commission by its one name (区委依法治区委员会: 区委全面依法治区委员会).

    >>> _whole_commission("委依法治区委员会"), _whole_commission("县委依法治县委员会")
    ('委全面依法治区委员会', '县委全面依法治县委员会')
    """
    lead = "县" if body.startswith("县委依法治") else ""  # 滑县县委…: a county named by one character
    if len(body) == 8 + len(lead) and body.startswith("委依法治", len(lead)) and body.endswith("委员会"):
        return lead + "委全面" + body[1 + len(lead):]
    # (its office written in full, 县委依法治县委员会办公室: the office of the one commission)
    if len(body) == 11 + len(lead) and body.startswith("委依法治", len(lead)) and body.endswith("委员会办公室"):
        return lead + "委全面" + body[1 + len(lead):]
    return body


def _undoubled(division: str, body: str) -> str:
    """A body after its division's full name, without the level written twice or the wrong word.

    >>> _undoubled("城中区", "区委依法治区办"), _undoubled("周口市", "党委"), _undoubled("滨海新区", "区委")
    ('委依法治区办', '委', '区委')
    """
    level = division[-1:]
    if level not in "市县区" or division.endswith(("新区", "自治区", "林区")):
        return body  # 滨海新区区委, 自治区党委, 神农架林区党委: the names these bodies bear
    if body.startswith(level) and body[1:2] in "委政人":
        return body[1:]  # 城中区区委, 某县县政府: the level written twice
    if level == "县" and len(division) > 2 and body.startswith("县") and body[1:2] not in "级域城" and len(body) > 3:
        return body[1:]  # 元谋县县卫生健康局: a page's slip, the county's bureau
    if body.startswith("党委") and not body.startswith("党委办"):
        return body[1:]  # 周口市党委: a city's, a county's party committee is its 市委, 县委
    return body


def _invited_before(text: str, at: int) -> bool:
    """Whether 邀请 stands just before a body's name, or before the place it is of (邀请省司法厅, 邀请了辽宁省司法厅)."""
    before = text[max(0, at - 12) : at]
    invited = before.rfind("邀请")
    if invited < 0:
        return False
    between = before[invited + 2 :].removeprefix("了")
    return not between or between in ("省", "市", "县", "区", "自治区") or between in divisions.all_names()


def _redoubled(division: str, body: str) -> str:
    """A committee of a county named by one character keeps its level (勉县县委: 勉县委 is no name).

    >>> _redoubled("勉县", "委全面依法治县委员会"), _redoubled("长沙县", "委")
    ('县委全面依法治县委员会', '委')
    """
    if len(division) == 2 and division.endswith("县") and body.startswith("委"):
        return "县" + body
    return body


def written_body(body: str) -> str:
    """A body's name as written, but for the bare 政府 (人民政府) and a stray 中共.

    >>> written_body("市场监督管理局"), written_body("政府")
    ('市场监督管理局', '人民政府')
    """
    body = body.replace("中共", "")
    if "监委" in body:
        body = _TWICE_WRITTEN.sub("纪委监委", body)  # 州纪委州监委: one office
    return "人民政府" if body == "政府" else _whole_commission(body)


_TWICE_WRITTEN = re.compile("纪委[省市州县区]监委")


def title_spans(text: str) -> list[tuple[int, int]]:
    """The spans inside 《》 (outer titles), where names belong to titles, not to the text."""
    spans = []
    depth = 0
    start = 0
    line_end = -1  # where the line of the open title ends: a title never runs past it
    line_end_at = TitleLineEnds(text)
    for mark in _TITLE_MARK.finditer(text):
        i, ch = mark.start(), mark.group()
        if depth and i > line_end:
            spans.append((start, line_end))
            depth = 0
        if ch == "《" and depth == 1 and lost_after_years(text, start, i):
            # 《A(2020-2025年)《B》: A's 》 was lost after its years; B is a title of its own
            spans.append((start, i))
            start = i
        elif ch == "《" and depth == 1 and (lost := lost_before_prose(text, start, i)) is not None:
            # 《A(2021-2025年)和省、市要求,…《B》: A's 》 was lost after its years, and the sentence went on
            spans.append((start, lost))
            start = i
        elif ch == "《":
            if depth == 0:
                start = i
                line_end = line_end_at(i)
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, i + 1))
    if depth and line_end <= len(text):
        spans.append((start, line_end))
    return spans


_HAN_WINDOW = re.compile(r"[\u4e00-\u9fff]{0,20}")
# A leading group's name longer than the window: up to 28 characters, its 领导小组 last.
# (or its office after it, …工作领导小组办公室印发通知: the office, not the group; round 258)
_LONG_GROUP = re.compile(r"[\u4e00-\u9fff]{17,24}?领导小组(?:办公室)?")
_NOT_A_BODY_WORDS = frozenset(_NOT_A_BODY.pattern[1:-2].split("|"))
# The words of five characters or fewer, ending where the search is bounded: one
# call in C instead of a set lookup per word size.
_NOT_A_BODY_END = re.compile(
    "(?:" + "|".join(sorted((w for w in _NOT_A_BODY_WORDS if len(w) <= 5), key=len, reverse=True)) + r")\Z"
)


_LEVELS_SPANNED = re.compile(r"[省市县区乡镇村]{0,3}[两二三四五]级")
_LEVELS_INSIDE = re.compile(r"[省市县区乡镇村]{1,3}[两二三四五]级")


# The party committee of a place's own organs (市直机关工委, 县直属机关工作委员会): one body, though 市直 alone
# opens a plural (市直各单位, 市直部门).
_ORGANS_COMMITTEE = re.compile(r"直属?机关(?:工委|工作委员会)")


def _best_end(text: str, start: int, limit: int = 20, han_end: int | None = None) -> tuple[int, str] | None:
    """The farthest end of a body name starting at ``start``: (end, suffix).

    ``han_end`` is where the run of Chinese characters from ``start`` ends, when
    the caller has read it already (with the default ``limit``).
    """
    if text[start : start + 1] in "级直属本内外辖" and not _ORGANS_COMMITTEE.match(text, start):
        return None
    if text.startswith("长办公", start):
        return None  # the head's meeting (镇长办公室会议, 县长办公会): no body of the place
    if _LEVELS_SPANNED.match(text, start):
        return None  # the governments of several levels (县乡两级政府, 市县两级政府): a plural, no body
    if han_end is not None:
        window_end = han_end
    elif limit == 20:
        window_end = _HAN_WINDOW.match(text, start).end()
    elif 0 < limit < 20:
        window_end = _HAN_WINDOW.match(text, start, start + limit).end()
    else:
        window_end = start
        n = len(text)
        while window_end < n and window_end - start < limit and "\u4e00" <= text[window_end] <= "\u9fff":
            window_end += 1
    if window_end - start == 20 and limit == 20:
        # A leading group named long for the work it drives, past the window (州深入推进依法行政加快建设法治政府
        # 工作领导小组, 22 characters): the window reaches its 领导小组.
        long_group = _LONG_GROUP.match(text, start)
        if long_group is not None:
            window_end = long_group.end()
    # Another body begins inside the window (县政府 in 临猗县张某不服县政府): stop there.
    inner = _INNER_BODY.search(text, start + 1, window_end)
    if inner is not None:
        window_end = inner.start() + 1
    # A department's party group signing before the department, the two glued in a title (中共某省民政厅党组某省
    # 民政厅关于…的报告): the group's name ends at its 党组, where a division's full name opens the next body; a
    # department's party committee the same (中共某省应急管理厅党委某省应急管理厅).
    for word in ("党组", "党委"):
        group = text.find(word, start + 2, window_end)
        if group >= 0 and divisions.name_starts_at(text, group + 2):
            window_end = group + 2
    # A party committee's working committee signing before the government's commission, the two glued in a title
    # (中共重庆市委教育工作委员会重庆市教育委员会2022年度…报告): the first name ends at its 委员会, where a
    # division's full name opens the next body.
    committee = text.find("委员会", start + 2, window_end)
    if committee >= 0 and divisions.name_starts_at(text, committee + 3):
        window_end = committee + 3
    # A government run into the next body with its 、 lost (区政府市司法局): no name goes on past 政府 into
    # another place's word (县政府县长 is the head, read after the name).
    glued = text.find("政府", start, window_end)
    if glued >= 0 and text[glued + 2 : glued + 3] in _GLUED_PLACE and glued + 3 < window_end:
        window_end = glued + 2
    # No body's name contains a stop word; official names joined by 和 are no stop.
    # Stop words never contain another except at their end, so the leftmost
    # stop word is also the first to end.
    if (text.find("和", start, window_end) >= 0 or text.find("社会保障", start, window_end) >= 0
            or text.find("与", start, window_end) >= 0):
        masked = _AND_WORDS.sub(lambda m: "\u3007" * len(m.group()), text[start:window_end])
        stop = _STOP.search(masked)  # (专项, …专项行动工作指挥部, counts no items: _STOP's 项 is a count's)
        stop_end = start + stop.end() if stop else window_end + 1
    else:
        stop = _STOP.search(text, start, window_end)
        stop_end = stop.end() if stop else window_end + 1
    # The suffixes that start before the stop word; the farthest one that is not
    # part of a word (部门, 大厅) ends the name, so they are checked from the last.
    suffixes = []
    for match in _SUFFIX_RE.finditer(text, start, window_end):
        if stop_end <= match.start():
            break
        suffixes.append(match)
    for i in range(len(suffixes) - 1, -1, -1):
        match = suffixes[i]
        end = match.end()
        suffix = match.group()
        after = text[end : end + 1]
        if (i and suffix.endswith("委") and suffixes[i - 1].group().endswith("委")
                and (text.startswith(("书记", "副书记", "常务副书记"), end)
                     or text.startswith("分管", end) and _IN_CHARGE_SECRETARY.match(text, end))):
            # a committee's secretary (市委政法委书记, 省委政法委常务副书记, 区委政法委分管日常工作的副书记某某): a post,
            # not the party committee around it
            return None
        if suffix == "政府" and match.start() > start and (
                text[match.start() - 1] in "局厅" or text.startswith("小组", match.start() - 2)
                or _VERB_BEFORE_GOVERNMENT.match(text, match.start() - 2)):
            # (推进市教育局政府法治建设工作: the bureau, then the 政府法治建设 it works at; no bureau has a 政府)
            # (市依法行政工作领导小组政府法制工作的组织: the group, then the government's legal work it leads;
            # no group has a 政府 either)
            # (县政府办组织政府常务会议学法, 县司法局协调政府…: the body, then what it does for the government; no
            # body's name holds such a verb before 政府)
            continue
        if suffix.endswith("政府") and text.startswith("信息", end):
            # (…街道办事处政府信息公开2024年度报告, 区政府网站政府信息公开专栏: the 政府信息 (government information)
            # a report or a column is about, no government; a body named on, 县人民政府信息公开办公室, ends farther)
            continue
        if suffix == "厅" and text.startswith("厅长", end):
            continue  # a department's head by his post (省司法厅厅长某某参加会议): a person, as 局长 and 副厅长 are
        if suffix == "所" and text.startswith(("所长", "副所长"), end):
            # a station's head by his post (区司法局某某司法所所长某某, 司法所副所长某某): a person, as a bureau's
            # 局长 is, not the station (its 所 before 所长 is no name's end either)
            return None
        if text.startswith(("记者", "通讯员"), end):
            # its reporter or correspondent credited ((某市新闻传媒中心记者 某某), 县司法局通讯员某某): a person, the
            # story's writer, not the body acting (round 248)
            return None
        if _COUNTED_POST.match(text, end):
            # one holder of its posts by their count (对县政府1名副县长、法院1名副院长…的履职评议): a person evaluated,
            # not the body acting (round 248)
            return None
        if suffix.endswith(("会", "委")) and text.startswith("组成人员", end):
            # a committee's members (省人大社会委组成人员以及…专家参加检查): persons, as its chair by his post is,
            # not the committee acting (round 248)
            return None
        if suffix.endswith(("会", "办", "室", "院", "委", "中心")) and _HEAD_OF_BODY.match(text, end):
            # (and a centre's: 市医疗保险基金管理中心副主任某某发布典型案例, a press conference's speaker by his post,
            # the name after a space on its roster line; round 271)
            # the head of a council, an office or a court named with his post (市委书记、市人大常委会主任某某主持会议,
            # 市委依法治市办主任、市司法局局长某某, 市中级人民法院院长某某, 省委依法治省委主任某某): a person, as a
            # bureau's 局长 is, not the body acting
            return None
        if suffix == "局" and (text.startswith("分局", end + 2) or text.startswith("分局", end + 3)):
            if _BRANCH_HEAD_AFTER.match(text, end):
                # a branch's head named with his post (市公安局某某分局局长某某主持): a person, not the bureau
                # the branch is under
                return None
        if text[end : end + 1] in "党成委副一二三四调巡" and _POSTS_THEN_NAMED.match(text, end):
            # its head or a member named by a run of posts, then his name (邀请市司法局党组成员、副局长某某专题讲解,
            # 区司法局党组书记、局长某某主持, 市司法局党委委员、副局长某某授课): a person, as a body before its head's
            # post is (市司法局局长某某), not the body acting
            return None
        if text.startswith(_ADDRESS_AFTER, end):
            # (报送新闻线索至区融媒体中心邮箱: the body named as the owner of a mailbox, an address, not acting)
            continue
        staff = _NAMED_STAFF.match(text, end)
        if staff is not None and (staff.group(1) is None or not _STOP.search(staff.group(1))):
            # one of its staff by name and rank (邀请市市场监管局某某某科长授课): a person, not the body acting
            return None
        if _INVITED_EXPERT.match(text, end) and _invited_before(text, start):
            # its expert invited to speak (邀请省司法厅行政复议专家开展讲座): a person, as its named staff is; the
            # body invited to guide (邀请省司法厅指导) still acts, and a panel (专家组) is no person
            return None
        if suffix.endswith("小组") and _GROUP_HEAD_AFTER.match(text, end):
            # a group's head named with his post and name (…守法普法协调小组组长某某出席会议): a person, not the group
            return None
        if suffix.endswith("部") and _DEPT_HEAD_AFTER.match(text, end):
            # a department's head named with his post (市委宣传部副部长某某带领): a person, not the department
            # nor the committee around it
            return None
        if suffix.endswith("政府") and text[end : end + 1] in "常副省市州盟县区旗镇乡" and _GOVERNMENT_HEAD_AFTER.match(text, end):
            # a government's head or deputy by his post (县政府副县长、县公安局局长某某主持): a person, not the government
            return None
        if after and after in _BLOCKED_AFTER[suffix] and not (
                # 县委常委会 (not 县委常委, a member's post): the committee meeting as its standing committee
                # (区委常委委员会: the same, written with a slip)
                # (自治区党委常委会会议: a region's committee, its 党委 whole after the region, the same)
                after == "常" and suffix == "委" and text.startswith(("常委会", "常委委员会"), end)
                and (end - start == 1 or text[start:end] == "党委")
                # 依法治市办成立工作专班: the office setting up a team, not 办成 (getting a thing done)
                or after == "成" and suffix.endswith("办") and text.startswith("成立", end) and end - start > 2
                # 市委依法治市办法治政府建设示范创建实地核查: the rule-of-law office, then 法治…, not 办法 (measures)
                # 市政府办公布《某市…清单》: the government's office, then what it publishes (公布, 公示), not 办公
                # (round 250)
                or after == "公" and suffix == "政府办" and text.startswith(("公布", "公示"), end)
                or after == "法" and suffix.endswith("办") and text.startswith("法治", end)
                and text[max(start, end - 5) : end - 2] == "依法治"
                # 区质量技术监督检测所以“…”获得…: the station, then 以 before a quoted thing it works by, not 所以 (so)
                or after == "以" and suffix == "所" and text.startswith("以“", end) and end - start > 3
                # 市委十二届八次全会: the committee by its term, whose plenum follows
                or suffix == "委" and end - start == 1 and _TERM_AFTER.match(text, end) is not None
                # 融入省委三个“一号工程”: the committee, then a count of its quoted programmes (no plenum's term)
                or suffix == "委" and end - start == 1 and _COUNT_OF_QUOTED.match(text, end) is not None):
            continue
        if _NOT_A_BODY_END.search(text, max(start, end - 5), end):
            continue
        if (suffix == "委" and after == "派" and end - start > 2 and text[end - 2] in "院局府厅心办所部"):
            # (县人民法院委派的诉前调解案件, 接受县法院委派调解案件: the court, then the 委派 (delegating) it does; a
            # committee sending its team, 县纪委派驻…, 市委派出…, keeps its 委)
            continue
        if suffix == "办" and text[end - 2 : end] == "民办" and _PRIVATE_RUN_AFTER.match(text, end):
            # (昆明市民办教育管理人员, 全县民办幼儿园: privately run schools, not an office; 移民办 stays)
            continue
        return end, suffix
    return None


# A verb a body does to or for the government named after it (组织政府常务会议学法, 协调政府有关部门).
_VERB_BEFORE_GOVERNMENT = re.compile(r"组织|协调|指导|督促|配合|协助|推动|召集")
# What a privately run thing is (民办教育, 民办学校, 民办幼儿园, 民办非企业单位, 民办医疗机构).
_PRIVATE_RUN_AFTER = re.compile(r"(?:教育|学校|中小学|小学|中学|高校|幼儿园|校|园|培训|非企业|医疗|医院|养老|机构|职业)")


# A deputy secretary by the work he is in charge of (分管日常工作的副书记).
_IN_CHARGE_SECRETARY = re.compile(r"分管[\u4e00-\u9fa5]{1,10}?的(?:常务)?副?书记")
# A branch's head's post after its bureau (公安局资阳分局局长, 公安局某某分局副局长).
_BRANCH_HEAD_AFTER = re.compile(r"[\u4e00-\u9fa5]{2,3}分局(?:副?局长|政委)")
# A group's head's post, then his name and what he does (协调小组组长某某出席, 领导小组副组长、某某): not 组长由…担任.
_GROUP_HEAD_AFTER = re.compile(r"副?组长(?![由为是])(?:、|[\u4e00-\u9fa5]{2,3}(?:出席|主持|参加|讲话|指出|强调|带队|同志))")
# A government's head's post right after its name, then another post or his name and what he does
# (县政府副县长、县公安局局长某某主持, 区政府副区长某某出席): not 县政府县长办公会议, the government's meeting.
_GOVERNMENT_HEAD_AFTER = re.compile(r"(?:常务)?副?[省市州盟县区旗镇乡]长(?:、|[\u4e00-\u9fa5]{2,3}(?:出席|主持|参加|讲话|指出|强调|带队|同志))")
# A department's head's post right after its name (宣传部部长, 宣传部副部长, 组织部常务副部长).
_DEPT_HEAD_AFTER = re.compile(r"(?:常务)?副?部长")
# An expert of a body by the field he knows (省司法厅行政复议专家, 市司法局专家): not its panel or pool (专家组, 专家库).
# (its judges or prosecutors invited to explain the law, 邀请县法院法官开展以案释法, 邀请县人民检察院资深检察官授课:
# persons, as its experts are)
# (not a campaign named for them, 邀请县法院开展法官进社区活动: two characters at most before 法官, 资深 or 员额)
_INVITED_EXPERT = re.compile(r"[\u4e00-\u9fa5]{0,6}?专家(?![组库委团论咨评])|(?:资深|员额)?(?:法官|检察官)")
# A civil servant's rank, a post of its own (一级调研员, 二级巡视员, 副巡视员, 四级主任科员).
_RANK = r"(?:[一二三四]级|副)?(?:调研员|巡视员|主任科员)"
# A run of posts after a body's name, its head's or a member's among them, then his name and what he does
# (党组成员、副局长某某专题讲解, 党组书记、局长某某主持, 党委委员、副局长某某授课, and a photo's caption,
# 市司法局党组成员、副局长 某某).
_POSTS_THEN_NAMED = re.compile(r"(?:(?:党组|党委)?(?:成员|委员|副?书记)、(?:党组|党委)?(?:副?局长|副?厅长|副?主任|成员|委员"
                               # (or a civil servant's rank: 市司法局党委委员、一级调研员某某出席, 市司法局一级调研员某某)
                               r"|" + _RANK + r")|" + _RANK + r")"
                               r"(?:[ \u3000]?[\u4e00-\u9fa5]{2,3}(?=同志|一行|带队|[,，、。(（]|专题|作|授课|主讲|讲|主持|出席|参加|解读|介绍|宣讲|辅导)"
                               # (a photo's caption: the posts, a space, the name alone on its line)
                               r"|[ \u3000][\u4e00-\u9fa5]{2,3}[ \t]*$)", re.M)
# A mailbox a body owns, named right after it (至区融媒体中心邮箱, 发送至县司法局电子邮箱): an address.
_ADDRESS_AFTER = ("邮箱", "电子邮箱", "信箱", "电子信箱")
# A member of a body's staff by name, then rank (某某某科长, 某某副处长): a person named after the body that employs them.
# (or its division named by its work, the division's head after it, his name after the post: 邀请省司法厅普法与
# 依法治理处处长某某某同志授课, 邀请市司法局行政复议科科长某某: a person too, not the body acting)
_NAMED_STAFF = re.compile(r"([\u4e00-\u9fa5]{2,3}?)副?(?:科长|处长|股长)(?!会|室|级)"
                          r"|[\u4e00-\u9fa5]{2,10}?(?P<unit>[处科股])副?(?P=unit)长(?=[\u4e00-\u9fa5]{2,3}(?:同志|[,、。(]|授课|作|讲))")


# A party committee's term and plenum after its name (市委十二届八次全会, 县委十五届三次全体会议).
# A count of quoted programmes after a committee written bare (省委三个“一号工程”, 县委两个“…”).
_BARE_PARTY_BEFORE = frozenset("、,,。;;\n ")
_COUNT_OF_QUOTED = re.compile(r"[一二三四五六七八九十两]{1,2}个“")
# (all the plenums of its term, 区委十三届历次全会; its term shared with the next committee's, 市委六届和区委六届历次全会)
_TERM_AFTER = re.compile(r"[一二三四五六七八九十]{1,3}届(?:[一二三四五六七八九十\d]{1,3}次|历次"
                         r"|[和、及与][省市县区州旗]委[一二三四五六七八九十]{1,3}届)")
_UNKNOWN = object()
# The stand-in division of a bare 区 where the document has none, for 自治区 to replace.
_NO_DISTRICT = divisions.Division("", "区", "county")


_REGION_RULE_OF_LAW = re.compile(r"(?:全面)?依法治[藏疆桂]")


def _bare_region(ctx: DocumentContext, text: str, p_start: int, p_end: int) -> divisions.Division | None:
    """The autonomous region a bare 区 before 党委 means in the report of one of its cities or counties.

    A region's own committee is its 党委 (自治区党委, written 区党委 in 西藏 and 宁夏); a district's is its 区委.
    So 区党委 in the report of a prefecture, a 地区 or a county (not a district, whose own it could be in 新疆,
    where every level's committee is a 党委) is the region's; 区政府 joined to it (区党委、区政府) is its
    government too, and a 厅 written so (区司法厅) its department.
    """
    if not (text.startswith("党委", p_end) or text.startswith("政府", p_end) and text[p_start - 4 : p_start - 1] == "区党委"
            and text[p_start - 1 : p_start] in "、和"):
        # (or a department of a province's rank, 区司法厅: a district has no 厅; or an office named for the region's
        # rule of law, 区依法治藏办, 区全面依法治疆委员会办公室)
        if text.find("厅", p_end, p_end + 8) < 0 and not _REGION_RULE_OF_LAW.match(text, p_end):
            return None
        best = _best_end(text, p_end)
        if best is None or not (text.startswith("厅", best[0] - 1) or _REGION_RULE_OF_LAW.match(text, p_end)):
            return None
    d = ctx.division
    if d is None or d.level not in ("prefecture", "county") or not (d.province or "").endswith("自治区"):
        return None
    if d.level == "county" and d.name.endswith("区"):
        return None  # (a district's own 区党委, in 新疆)
    if text[p_start - 1 : p_start] in "各地新城园社":
        return None  # 各区党委: every district's; 地区党委, 新区党委, 园区党委: named places
    return ctx.resolve(d.province).division


def _expand(ctx: DocumentContext, relative: str, at: int) -> divisions.Division | None:
    """The division a bare prefix means at ``at``: the document's own, or one named just before."""
    own = ctx.relative(relative)
    if own is not None:
        return own
    # A lower level than the document's own (县政府 in a city's report): the
    # county of that kind named most recently before, within the sentence or so.
    # The names found do not overlap, so their ends are in order as their starts.
    found = ctx.divisions_found
    for index in range(bisect.bisect_right(found, (at,)) - 1, -1, -1):
        start, end, name = found[index]
        if end > at:
            continue
        if at - end > 80:
            break
        if name.endswith(relative):
            resolution = ctx.resolve(name)
            return resolution.division
    return None


# A 兵团 regiment farm's party committee written bare: 团党委, 团镇党委 (团镇合一), 团场党委.
_BARE_REGIMENT_COMMITTEE = re.compile(r"(?<![\d一二三四五六七八九十〇零百青兵])团(?:镇|场)?党委(?!书记|副书记)")
# A 兵团 division and its city run as one (第六师五家渠市), and its bodies by the bare 师市: 师市党委、政府, 师市司法局.
_CORPS_CITY_NAME = re.compile(r"第[一二三四五六七八九十]{1,3}师[\u4e00-\u9fa5]{2,4}?市")
_BARE_CORPS_BODY = re.compile(r"(?<!第[一二三四五六七八九十])(?<![一二三四五六七八九十])师市((?:党委|人民政府|政府|[\u4e00-\u9fa5]{2,8}?局)(?!书记|局长))"
                              r"(?:、((?:人民)?政府))?")
# The 兵团's party committee: 兵团党委, 新疆生产建设兵团党委, or 兵团 listed before its division's (兵团、师市党委).
_CORPS_COMMITTEE = re.compile(r"(?:新疆生产建设)?兵团(?:党委(?!书记|副书记)|(?=、师(?:市)?党委))")
# A township's team written with its prefix, then its justice station (镇综合执法队、司法所): the station its own.
_STATION_AFTER_TOWN_TEAM = re.compile(r"(?<![\u4e00-\u9fa5])(?:乡|镇|街道)[\u4e00-\u9fa5]{1,8}?队、(司法所)(?![、等]|所长|长|负责人|工作人员|人员)")
# A justice station written bare in a township's text, opening its clause (司法所全面参与, 由司法所审核):
# not one of many (各司法所), a member listed (平安办、司法所等), its head or its staff.
# (or the object of a verb of working with it: 协调司法所及法律顾问, 联合司法所开展调解, 邀请司法所对…审查)
# (or joined to another office or firm that works with it: 由律师事务所和司法所出具意见书)
_BARE_STATION = re.compile(r"(?:(?<![\u4e00-\u9fa5、])|(?<=由)|(?<=协调|联合|会同|依托|邀请)|(?<=所[和及与]))司法所(?![、等]|所长|长|负责人|工作人员|人员)"
                           # or leading, after a verb (构建司法所牵头,…的审查机制): not 各司法所
                           r"|(?<![各等、])司法所(?=牵头)")
# The partners a township's report joins, listed after 联合 and closed by 等(相关)单位/部门 (联合派出所、司法所、
# 律师事务所等单位开展…): a 、-list of two to six short names.
_JOINED_PARTNERS = re.compile(r"(?<=联合)((?:[\u4e00-\u9fa5]{2,8}、){1,5}[\u4e00-\u9fa5]{2,8})等(?:相关)?(?:单位|部门)"
                              # (or the list closed by what they do together, with no 等, 联合派出所开展排查, 联合司法所、
                              # 派出所、市场监管所组成工作组: the same partners, the last a station)
                              r"|(?<=联合)((?:[\u4e00-\u9fa5]{2,8}、){0,5}[\u4e00-\u9fa5]{1,6}所)(?=开展|组成|深入|进行|走进|共同)")
# The township's offices written bare, listed as working with the body that leads
# (司法所牵头,党政办、综合执法队协同联动): the township's own offices (a team, 队, is no body).
_WITH_LEAD = re.compile(r"牵头[,，]([^。;；,，\n]{2,60}?)(?:协同|配合|联动|参与)")
# Its rule-of-law commission written bare, without its committee (成立依法治镇委员会): the township's.
# (after a verb or 的: 成立依法治镇委员会, 成立了依法治镇委员会, 召开全面依法治镇委员会会议, 任组长的依法治镇委员会)
# (its 工作委员会 too, and after 调整: 调整全面依法治街工作委员会成员)
# (and 街道 written whole in its name, 召开全面依法治街道委员会会议: round 203)
# (its commission for governance by law, 全面依法治理委员会, set up so: the township's, named as written)
_BARE_TOWN_COMMISSION = re.compile(r"(?:(?<![\u4e00-\u9fa5])|(?<=[的由立开建了整])|(?<=发挥))(?:全面)?依法治([街镇乡理])(?:(?<=街)道)?(?:工作)?委(?:员会|(?=[\u4e00-\u9fa5])(?![员托]))")
# Its rule-of-law building committee written bare (调整基层法治建设委员会成员, 召开年度基层法治建设委员会会议):
# the township's, named as written; not its office (…委员会办公室: the office is another body).
# (written on with its group's word, 法治建设委员会领导小组: the one body, named as written)
_BARE_TOWN_LAW_COMMITTEE = re.compile(r"(?:(?<![\u4e00-\u9fa5])|(?<=[的由立开建了整度]))(?:基层)?法治建设委员会(?:领导小组)?(?!办)")


# A street's 党工委 written bare after a clause's start or a verb that takes it (纳入党工委…, 由党工委…),
# not its secretary or members (党工委书记, 党工委委员: persons); and the leadership a street holds to (坚持党工委的
# 全面领导, 坚持党工委全面领导: its committee leads, as 坚持街道党工委的领导 already read), not a pattern of work's
# formula (坚持党工委领导、办事处主导…, 坚持党工委统一领导,办事处具体负责: who does what, no body acting) nor
# its study group's system (坚持党工委理论学习中心组学习制度).
_BARE_WORKING_COMMITTEE = re.compile(r"(?:(?<=[,,。;;::、\n入由经在向将把与和及])|(?<=开展|组织|通过|依托|利用)"
                                     r"|(?<=坚持)(?=党工委的?(?:全面|集中统一|统一)?领导(?!、|[,,](?:街道)?(?:办事处|政府))))"
                                     r"党工委(?!书记|副书记|委员|成员|班子成员|(?:全面)?依法治)")
# A township's own office written bare as its clause's subject, given a duty (党政办负责协调…, 综治办牵头…).
_BARE_TOWN_OFFICE = re.compile(r"(?<=[,,。;;\n])((?:党政(?:综合)?|综治|党建(?:工作)?|平安|社会事务|经济发展|综合行政执法)办)"
                               r"(?=负责|牵头)")
# ... or named as the unit a duty is given to (确定综合办公室是全街政府信息公开工作的主要部门, 明确党政办为…工作机构):
# the township's own office, as when it leads (负责).
_BARE_TOWN_OFFICE_NAMED = re.compile(r"(?<=确定|明确)((?:党政(?:综合)?|综合|综治|党建(?:工作)?)办(?:公室)?)"
                                     r"(?=[为是][^,,。;;\n]{0,24}?(?:部门|机构|科室))")
# A body a township's report sets up, named with its kind of division (成立街道全面依法治理…工作委员会,
# 成立了镇…领导小组): the township's own, named as written.
_SET_UP_TOWN_BODY = re.compile(r"(?:成立|组建)了?(?:街道|镇|乡)((?:(?!的|和|成立)[\u4e00-\u9fa5]){4,24}?(?:委员会|领导小组))")
# ... or under its quoted name, with no division word (抽调人员组建“某某事项工作专班办公室”): its own too.
_SET_UP_TOWN_BODY_QUOTED = re.compile(r"(?:成立|组建)了?“([\u4e00-\u9fa5]{4,24}?(?:办公室|委员会|领导小组))”")
# A township named between its county and its body (城口县[鸡鸣乡]人民政府).
_TOWN_IN_BODY = re.compile(r"([\u4e00-\u9fa5]{1,6}?(?:街道|民族乡|乡|镇))(?=人民政府|政府|党委|党工委|办事处|人大|委员会|工作委员会)")


# A street named after its county's government (浦东新区[人民政府东明路街道]党政办公室): its own bodies.
_STREET_UNDER_GOVERNMENT = re.compile(r"(?:人民)?政府([\u4e00-\u9fa5]{2,6}?街道)")


def _chain_start(divisions_found: list, index: int) -> int:
    """Where the chain of parents written before a division begins (上海市[浦东新区]: at 上海市)."""
    at = divisions_found[index][0]
    for j in range(index - 1, max(-1, index - 4), -1):
        if divisions_found[j][1] != at:
            break
        at = divisions_found[j][0]
    return at


# Who leads a task, in a township's plan: (牵头部门:党政综合办), (牵头单位:党政综合办、综治办、某某司法所).
# A township's own units a duty is given to, listed bare before 等部门 (由党政办、综治办、司法所等部门抽出专人负责).
_BY_UNITS = re.compile(r"由((?:[\u4e00-\u9fa5]{1,6}办|司法所)(?:、(?:[\u4e00-\u9fa5]{1,6}办|司法所))+)等(?:部门|科室)")
_LEAD_LIST = re.compile(r"牵头(?:部门|单位|科室)[:：]([^)）\n。;；]{2,80})")
# An office of the township's own, written bare in such a list (党政综合办, 综治办, 党建工作办).
_BARE_DEPARTMENT = re.compile(r"[(〔(](?![省市县区州自])([\u4e00-\u9fa5]{2,10}?(?<!办公)厅)(?=负责|牵头|等)")
# ... a partner it works with (会同人力资源社会保障厅等部门组织…), or the subject a department's own report opens
# with (2021年,司法厅坚持…): the province's own too, the only 厅 there is.
_BARE_PARTNER_DEPARTMENT = re.compile(r"(?<=会同|联合)(?![省市县区州自])([\u4e00-\u9fa5]{2,10}?(?<!办公)厅)(?=等|、|共同|联合)")
_BARE_OPENING_DEPARTMENT = re.compile(r"(?:^|\n)\s*(?:19|20)\d{2}年(?:度|以来)?[,，]\s*(?![省市县区州自])([\u4e00-\u9fa5]{2,10}?(?<!办公)厅)"
                                      r"(?=坚持|始终|深入|认真|全面|紧紧|围绕|以)")
_BARE_OFFICE = re.compile(r"[\u4e00-\u9fa5]{1,6}办")
# The kind words of a zone or a division inside an area's name (高新区, 开发区, 街道, 镇): no bare area.
_ZONE_KIND_WORD = re.compile(ZONE_KINDS + r"|园区|街道|[镇乡区县市]$")
# A table's column of the units responsible (| 责任处室 |, | 牵头单位 |), and a cell holding only an office written
# bare (| 党建办公室 |, | 综治办 |), no place's name before it.
_UNIT_COLUMN = re.compile(r"(?:^|\|)[^\S\n]*(?:责任|牵头|承办|主办|申报)(?:处室|科室|股室|部门|单位|站所)[^\S\n]*(?:\||$)", re.M)
# A cell holding only a unit's bare short name, a bureau, a commission or an office (| 发改委 |, 发改委 | on a line
# of its own): not one with its place's word or a plural (区林业局, 各镇), read as written already.
_BARE_UNIT_CELL = re.compile(r"(?:(?<=\|)|^)[^\S\n]*((?![省市县区州旗镇乡各有相])[\u4e00-\u9fa5]{1,6}?(?:局|委|办|办公室))"
                             r"[^\S\n]*(?=\|)", re.M)
_OFFICE_CELL = re.compile(r"(?<=\|)[^\S\n]*((?![省市县区州旗镇乡各])[\u4e00-\u9fa5]{2,6}?(?:办公室|办))[^\S\n]*(?=\|)")


# A township's party committee at its meeting, named bare: 召开党工委(扩大)会议, 开党委会议.
# (Its study group at its study, 党委理论学习中心组开展学习, 党委理论学习中心组多次深入学习, 党委理论中心组专题学习 or 党委中心学习组深入学习,
# or its study counted, 开展党委理论中心组学习6次, is the committee acting too; its 学法制度 and
# 学习内容 are the committee's rules, not it acting.)
# Its rule-of-law commission named so (党工委全面依法治街委员会, 党委全面依法治镇委员会) is one body, the township's.
# The committee doing what a committee does, written bare as its clause's subject (党委每年听取…, 党委带头学).
_COMMITTEE_MEETING = re.compile(
    r"(党工委|党委)(?:(?:\(扩大\))?(?:专题)?会(?:议)?(?!精神)|(?:理论(?:学习)?)?中心(?:学习)?组(?=(?:多次|先后|定期|累计)?(?:开展|组织|召开|举行|集中学习|专题学习|集体学|深入学习)|学(?:习|法)\d{1,3}次)"
    r"|(全面依法治[街镇乡]委员会)|(?:每年|定期|专门)?(?=听取|带头学|专题研究|研究部署))")
# Its study group a subject is put into, the committee written bare (将习近平法治思想纳入党委理论学习中心组的核心内容):
# the committee acting, as 纳入乡党委理论学习中心组学习重点内容 already is (round eighteen's 黄桑乡, 56's 东溪镇).
_COMMITTEE_STUDY_INTO = re.compile(r"(?<=纳入|列入)党委(?=(?:理论(?:学习)?)?中心(?:学习)?组)")
_NAMED_BEFORE = frozenset("区道街镇乡委县市省局村组共司厅")


def _plausible(ctx: DocumentContext, at: int, name: str) -> bool:
    """Whether a division name found in running text is meant as one (会同县纪委 is not 会同县)."""
    resolution = ctx.resolve(name)
    division = resolution.division or (resolution.candidates[0] if resolution.candidates else None)
    if division is None:
        return False
    if division.level in ("provincial", "prefecture"):
        return True
    own = ctx.division
    chain = {own.name, own.county, own.prefecture} if own is not None else set()
    if name not in chain and ctx.text[at - 1 : at] in "办局委厅院部所府心组":
        return False  # 县法制办会同县市场监督管理局: 会同县 is a verb and a 县
    if own is not None and own.province and division.province != own.province and len(name) <= 3:
        # (a county of another province named whole in a list or after 与/会同, 与吴江区、嘉善县司法局联合发布: one
        # name with one division, not a word's characters; not at a clause's start, where 会同县… is a verb)
        before = ctx.text[at - 1 : at]
        if not (len(name) == 3 and resolution.division is not None
                and before in ("、", "与", "和", "及", "同")):
            return False
    # (中共浚县县委: a two-character county after 中共 is the committee's division, not part of a word.)
    return len(name) >= 3 or not ("\u4e00" <= ctx.text[at - 1 : at] <= "\u9fff") or ctx.text[at - 2 : at] == "\u4e2d\u5171"


def _national(text: str, start: int, end: int) -> Iterator[AgencyMatch]:
    for match in _NATIONAL_RE.finditer(text, start, end):
        if text[match.end() : match.end() + 1] in _NOT_AFTER["部"] and match.group().endswith("部"):
            continue  # 司法部门, 公安部门, 财政部署: departments of any level, not the ministry
        if text.startswith(("委员", "成员"), match.end()):
            continue  # 送中央依法治国委委员征求意见: the body's members, not the body
        if match.group() == "国务院" and text.startswith(_STATE_COUNCIL_PLURALS, match.end()):
            continue  # 国务院部委, 国务院各部门: the State Council's ministries, a generic plural, not the council
        if text.startswith(_RULES_OF, match.end()):
            continue  # 按照…和国务院有关规定: the body's rules followed, as its title's issuer, no body acting
        if (match.group() == "国务院" and text[match.start() - 2 : match.start()] in ("对照", "对标")
                and _REFERENCE_AFTER.match(text, match.end())):
            continue  # 对照国务院最新清理清单: the body's list a thing is checked against, no body acting
        if match.group() == "民航局" and text[match.start() - 1 : match.start()] in _LOCAL_LEVEL_CHARS:
            continue  # 市民航局: a city's own bureau of civil aviation, not the national administration
        if match.group() in ("全国人大", "全国人民代表大会") and text.startswith("代表", match.end()):
            continue  # 以全国人大代表身份参加…: a deputy's standing, a person's, not the congress acting
        if match.group().endswith(("部", "委", "署")) and _MINISTRY_DIVISION_STAFF.match(text, match.end()):
            continue  # 邀请财政部条法司领导作专题讲座: a leader of the ministry's division, a person, not the ministry
        if match.group().endswith(("政法委", "政法委员会")) and text.startswith(("书记", "副书记", "常务副书记", "“"),
                                                                             match.end()):
            continue  # 中央政法委书记: a post; 中央政法委“长安评论”: the commission's column, no body acting
        if match.group() == "最高院" and text.startswith("校", match.end()):
            continue
        name = match.group(0).replace("全国人民代表大会常务委员会", "全国人大常委会")
        if name == "中央办公厅":
            name = "中共中央办公厅"
        elif name == "最高院":
            name = "最高人民法院"
        stop = match.end()
        if name.endswith(("部", "总局", "委")) and text.startswith("办公厅", stop):
            # 司法部办公厅, 市场监管总局办公厅: a ministry's General Office, one body (before a title, its issuer)
            stop += 3
            name += "办公厅"
        if text.startswith(_OFFICES_OF, stop) or _UNITS_OF.match(text, stop):
            continue  # 作为国家统计局派驻机构: what a local office is to the national body, not the body acting
        branch = (divisions.branch_place(text[match.start() : stop + 12])
                  if name in ("国家统计局", "国家金融监督管理总局", "金融监管总局") else None)
        if branch is not None:
            # (国家统计局广东调查总队, 国家统计局襄阳调查队, 国家统计局某县调查队, 国家金融监督管理总局某市监管分局, …
            # 某县监管支局: the service's office of that place, one body, as a maritime branch named by its place is)
            division, end = branch[0], match.start() + branch[3]
            name = text[match.start() : end]
            yield AgencyMatch(match.start(), end, name, name, division.name, division.level, division.code, name)
            continue
        group = _NATIONAL_GROUP.match(text, stop) if name.endswith(("部", "署", "局", "委")) else None
        if group is not None:
            # (调整设立了交通运输部法治政府部门建设领导小组: the ministry's leading group, named with it)
            stop, name = group.end(), name + group.group()
        yield AgencyMatch(match.start(), stop, text[match.start() : stop], name, "中华人民共和国", "national",
                          divisions.NATIONAL.code)


_LOCAL_LEVEL_CHARS = frozenset("省市县区州旗镇乡")
# The party's and the State Council's General Offices by their short names, written as a pair issuing documents
# (中办、国办先后印发《…》, 中办国办印发); 中办 alone is too often a word's part (集中办理) to be read.
_CENTRE_OFFICES = re.compile(r"(?<![集居])(中办)[、和]?(国办)(?=(?:先后|联合|相继)?(?:印发|出台|发布|制定))")
# (各级国家调查队作为国家统计局派驻机构: the national body's offices in a place, described, not the body acting)
_OFFICES_OF = ("派驻机构", "派出机构", "的派驻机构", "的派出机构")
# (作为国家统计局派出调查机构, 撤销国家统计局直属的…调查队, 组建国家统计局垂直管理的调查队, 完成国家统计局布置的…任务:
# the national body's offices and units, or the tasks it sets, described; no body acting, as its 部署 followed is not)
_UNITS_OF = re.compile(r"的?(?:派驻|派出)[\u4e00-\u9fa5]{1,4}?机构|直属的|垂直管理的|布置的")
# What a national body's name is followed by when it is only the reference checked against (对照国务院最新清理清单).
_REFERENCE_AFTER = re.compile(r"(?:最新|新|近期)?[\u4e00-\u9fa5]{0,6}?(?:清单|目录|标准|文件|规定|要求)")


# A maritime safety administration's branch named by its province's or city's short name (浙江海事局, 深圳海事局):
# the transport ministry's branch serving that place, as the page writes it; the ministry's own administration by
# its bare 部 (在交通运输部、部海事局的正确领导下, 以及部海事局、我局出台的规范性文件), but not one a body works on
# behalf of (代部海事局编制…: the branch drafts for it).
def _maritime_branches(text: str, start: int, end: int) -> Iterator[AgencyMatch]:
    shorts = divisions.city_shorts()
    at = text.find("海事局", start, end)
    while at >= 0:
        stop = at + 3
        if text[at - 1 : at] == "部" and text[at - 2 : at - 1] not in ("代", "输") and at - 1 >= start:
            name = "交通运输部海事局"
            yield AgencyMatch(at - 1, stop, text[at - 1 : stop], name, "中华人民共和国", "national",
                              divisions.NATIONAL.code, name)
        else:
            for n in (3, 2):
                short = text[at - n : at]
                division = divisions.city_named(short) if at - n >= start and short in shorts else None
                if division is not None:
                    name = short + "海事局"
                    yield AgencyMatch(at - n, stop, name, name, division.name, division.level, division.code, name)
                    break
        at = text.find("海事局", stop, end)


# A leader of a ministry's division (司) written right after the ministry (财政部条法司领导, 某部政策法规司副司长):
# a person; a 司 is no body of the kinds the agencies are.
_MINISTRY_DIVISION_STAFF = re.compile(r"[\u4e00-\u9fa5]{1,8}?司(?:主要)?(?:领导|负责同志|负责人|副?司长)")


# A ministry's leading group written right after it (交通运输部法治政府部门建设领导小组).
_NATIONAL_GROUP = re.compile(r"(?:(?![的和与及、])[\u4e00-\u9fa5]){2,16}?领导小组(?:办公室)?")


# A congress's term between its place and its standing committee (河北省第十四届人民代表大会常务委员会),
# or a party committee's before its commission (某市第八届党委全面依法治市委员会第二次会议).
_CONGRESS_TERM = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=人民代表大会常务委员会|人大常委会|党委(?:全面)?依法治)")


# What is done at the places listed before 等地 (等地进行了实地调研, 等地调研指导, 等地开展督查).
_PLACES_VISITED_AFTER = re.compile(r"(?:进行了?|开展了?)?(?:实地|现场)?(?:调研|考察|检查|督查|督导|走访|视察|指导|观摩|参观|查看|察看)")
# The verb of going there, read backwards from 等地 (深入, 来到, 走进, 前往, 赴, 到): its last character first.
_WENT_INTO = re.compile(r"入深|到来|进走|往前|赴|到(?![得达受做遇感收])")


# What is held on the topics after 就 (就…开展专题调研, 就…开展专题询问): the topics, no bodies acting.
_TOPICS_STUDIED = ("开展专题调研", "进行专题调研", "开展调研", "进行调研", "开展视察", "开展专题询问")


# The closing words of a station's quoted name (“…工作站”, “…联络点”): a unit of no schema kind.
_STATION_CLOSED = ("工作站”", "服务站”", "联络点”", "联系点”")


def find_agencies(ctx: DocumentContext, start: int = 0, end: int | None = None,
                  include_titles: bool = False) -> list[AgencyMatch]:
    """Every body named in ``ctx.text[start:end]``, outside titles unless asked.

    Generic plurals (各镇人民政府, 区政府各有关部门) are left out; names inside
    《》 belong to titles and are skipped unless ``include_titles``.
    """
    end = len(ctx.text) if end is None else end
    if include_titles:
        return _without_youth_league(ctx.text, _short_commissions(ctx.text, _find_agencies(ctx, start, end, True)))
    key = ("agencies", include_titles)
    every = ctx.resolved.get(key)
    if every is None:
        every = ctx.resolved[key] = _without_youth_league(
            ctx.text, _short_commissions(ctx.text, _find_agencies(ctx, 0, len(ctx.text), include_titles)))
    lo = bisect.bisect_left(every, start, key=_START)
    hi = bisect.bisect_left(every, end, lo, key=_START)  # sorted by start: none after hi starts before end
    return [m for m in every[lo:hi] if m.end <= end]


# The Youth League's committee of a place, written after 共青团 (共青团某市委, 共青团某市某区委员会): no party
# committee of the place, as its 团市委 is none.
_YOUTH_LEAGUE_BEFORE = re.compile(r"共青团(?:[\u4e00-\u9fa5]{2,8}?[省市州盟])?\Z")


def _without_youth_league(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    if "共青团" not in text:
        return matches
    return [m for m in matches if not (m.surface.endswith(("委", "委员会"))
                                       and _YOUTH_LEAGUE_BEFORE.search(text, max(0, m.start - 12), m.start))]


_START = operator.attrgetter("start")


def _starting_in(matches: list[AgencyMatch], start: int, end: int) -> range:
    """The indices of the ``matches`` (sorted by start) that start from ``start`` and before ``end``."""
    lo = bisect.bisect_left(matches, start, key=_START)
    return range(lo, bisect.bisect_left(matches, end, lo, key=_START))

_LEVEL = operator.attrgetter("level")


def _cached_title_spans(ctx: DocumentContext) -> list[tuple[int, int]]:
    key = ("title_spans",)
    spans = ctx.resolved.get(key)
    if spans is None:
        spans = ctx.resolved[key] = title_spans(ctx.text)
    return spans


def _short_name_starts(text: str, short: str, start: int, end: int) -> Iterator[int]:
    """Where a city's short name opens a name of its own: no character of a name before it, no level after."""
    at = text.find(short, start, end)
    while at >= 0:
        before = text[at - 1 : at]
        after = text[at + len(short) : at + len(short) + 1]
        if not ("\u4e00" <= before <= "\u9fa5") and after and after not in "市县区州省":
            yield at
        at = text.find(short, at + 1, end)


def _find_agencies(ctx: DocumentContext, start: int, end: int, include_titles: bool) -> list[AgencyMatch]:
    text = ctx.text
    found: list[AgencyMatch] = []
    # 1 marks characters already given to a body; a name wholly inside a title is skipped.
    mask = bytearray(max(0, end - start))
    blocked = [] if include_titles else [s for s in _cached_title_spans(ctx) if s[1] > start and s[0] < end]
    blocked_starts = [s for s, _ in blocked]

    def free(a: int, b: int) -> bool:
        if a < start or b > end or mask.find(1, a - start, b - start) >= 0:
            return False
        i = bisect.bisect_right(blocked_starts, a) - 1
        return not (i >= 0 and b <= blocked[i][1])

    def take(a: int, b: int) -> None:
        mask[a - start : b - start] = b"\x01" * (b - a)

    if "字样" in text:
        for inscription in _INSCRIPTION.finditer(text, start, end):
            take(inscription.start(), inscription.end())  # words printed on a thing, no body acting

    def inside_title(a: int, han_end: int) -> bool:
        """Whether every name from ``a`` ends inside the title ``a`` stands in.

        A name ends where the run of Chinese characters after its prefix ends
        (``han_end``) at the latest; a title's span ends with its 》 or its line,
        which no run crosses, so a prefix inside a title whose run stops there
        names nothing of its own (运城市 in 《运城市禁止燃放烟花爆竹规定》).
        """
        i = bisect.bisect_right(blocked_starts, a) - 1
        return i >= 0 and han_end <= blocked[i][1]

    def doomed(a: int, b: int) -> bool:
        """Whether no name from ``a`` reaching past ``b`` can be free: skip reading its body.

        A body ends 20 characters after its prefix at most, so a prefix well
        inside a title, or with a character up to ``b`` already taken, never
        makes a name of its own.
        """
        if mask.find(1, a - start, b - start) >= 0:
            return True
        i = bisect.bisect_right(blocked_starts, a) - 1
        return i >= 0 and b + 20 <= blocked[i][1]

    # Full division prefixes, with 中共 before them and parents chained before.
    plausible_at: dict[tuple[str, str], bool] = {}
    divisions_found = ctx.divisions_found
    first = bisect.bisect_left(divisions_found, (start,))
    starts = ctx.resolved.get(("division_starts",))
    if starts is None:
        starts = ctx.resolved[("division_starts",)] = {d[0] for d in divisions_found}
    for index in range(first, len(divisions_found)):
        d_start, d_end, d_name = divisions_found[index]
        if d_start >= end:
            break
        if d_end > end:
            continue
        if d_end in starts:
            continue  # 汉中市[汉台区...]: the lower division names the body
        # Whether the name is meant as a division depends on it and the character before.
        key = (d_name, text[d_start - 1 : d_start])
        plausible = plausible_at.get(key)
        if plausible is None:
            plausible = plausible_at[key] = _plausible(ctx, d_start, d_name)
        if not plausible:
            continue
        a_start = d_start - 2 if text.startswith("中共", d_start - 2) else d_start
        if a_start < start or doomed(a_start, d_end + 1):
            continue
        body_from = d_end
        if text[d_end : d_end + 1] in "第一二三四五六七八九十" and text.find("届", d_end + 1, d_end + 6) > 0:
            # 某省第十四届人民代表大会常务委员会第二十一次会议: the congress's standing committee, its term between
            # (某市第八届党委全面依法治市委员会: the committee's commission, the same)
            # (its term written without 第, 台州市四届人大常委会举行第七次会议, as after a bare 市; round 258)
            term = _CONGRESS_TERM.match(text, d_end)
            body_from = term.end() if term else d_end
        han_end = _HAN_WINDOW.match(text, body_from).end()
        if inside_title(a_start, han_end):
            continue
        best = _best_end(text, body_from, han_end=han_end)
        if best is None:
            continue
        a_end = best[0]
        if not free(a_start, a_end):
            continue
        if text[a_start - 1 : a_start] == "各":
            continue
        body = text[body_from:a_end]
        resolution = ctx.resolve(d_name)
        division = resolution.division
        party = "中共" if a_start < d_start else ""
        town = _TOWN_IN_BODY.match(body) if division is not None and division.level == "county" else None
        if town is None and party and division is not None and division.level == "prefecture":
            # 中共东莞市东城街道工作委员会, 中共某市某镇委员会: a township's party committee by its formal name under a
            # city with no county between (东莞, 中山), its 党工委 or 党委, as under a county's name
            town = _TOWN_IN_BODY.match(body)
            if town is not None and body[town.end(1):] not in ("委员会", "工作委员会"):
                town = None
        if town is None and division is not None and division.level == "county" and "街道" in body:
            # 浦东新区人民政府东明路街道党政办公室: an office of the street office under its county's government
            town = _STREET_UNDER_GOVERNMENT.match(body)
            if town is not None and not body[town.end(1):]:
                town = None
        if town is not None and not party and body[town.end(1):] in ("委员会", "工作委员会"):
            # 中共上海市浦东新区东明路街道工作委员会: 中共 before the county's parents
            party = "中共" if text.startswith("中共", _chain_start(divisions_found, index) - 2) else ""
            a_start = a_start - 2 if party else a_start
        if town is not None and not town.group(1).endswith("乡镇") and (
                party or body[town.end(1):] not in ("委员会", "工作委员会")):
            # 城口县鸡鸣乡人民政府: the township's own body, named after its county.
            rest = body[town.end(1):]
            if rest in ("委员会", "工作委员会"):
                # 中共渠县有庆镇委员会, 中共宣州区新田镇委员会: the township's party committee, its 党委;
                # 中共渠县渠南街道工作委员会: a street's, its 党工委
                rest, party = "党工委" if town.group(1).endswith("街道") else "党委", ""
            found.append(AgencyMatch(a_start, a_end, text[a_start:a_end], party + town.group(1) + canonical_body(rest),
                                     town.group(1), "township", None, party + town.group(1) + written_body(rest)))
            take(a_start, a_end)
            continue
        body = _undoubled(d_name, body)
        if party and len(body) > 4 and body.endswith("局委员会"):
            # 中共某县教育局委员会: a bureau's party committee by its formal name, its 党委 (中共某镇委员会 is the
            # township's 党委 the same way)
            body, party = body[:-3] + "党委", ""
        if body == "委员会" and not party and index and divisions_found[index - 1][1] == d_start and text.startswith(
                "中共", divisions_found[index - 1][0] - 2):
            body = "委"  # 中共天津市和平区委员会: the district's party committee, its 区委
        body = _redoubled(division.name if division else d_name, body)
        # (伊犁州党委 is the body 州党委 names in the prefecture's document: one canonical name.)
        name = party + (division.name if division else d_name) + canonical_body(body)
        found.append(AgencyMatch(a_start, a_end, text[a_start:a_end], name, d_name,
                                 division.level if division else None, division.code if division else None,
                                 party + d_name + written_body(body)))
        take(a_start, a_end)
        if text[a_end : a_end + 1] == "、" and not party and division is not None:
            # Departments listed after it without their place (河南省司法厅、民政厅印发…): its division's too, as
            # after a bare prefix (市司法局、民政局); not a second division's body (省司法厅、某市司法局).
            found.extend(_listed_after_named(text, a_end, body, division, d_name, starts, free, take))
    # Parents written before the agency's own division: 汉中市[汉台区人民政府法制办公室].
    # (The chain's upper names are simply not bodies; nothing to do.)
    for match in (_BRANCH.finditer(text, start, end) if "分局" in text else ()):
        if (text[match.start() - 1 : match.start()] in ("市", "州") and text.startswith("局", match.end(1))
                and ctx.relative(text[match.start() - 1]) is not None):
            # (市生态环境局海珠分局: a city bureau's branch written under the city's bare level word, which the
            # level words' reading below names with its city; 局海珠 is no area)
            continue
        if free(match.start(), match.end()):
            found.append(AgencyMatch(match.start(), match.end(), match.group(0), match.group(0),
                                     ctx.division.name if ctx.division else None,
                                     ctx.division.level if ctx.division else None,
                                     ctx.division.code if ctx.division else None))
            take(*match.span())
    # A township's own bodies, by its full name or its stem (北山司法所 in a 北山街道 report).
    own = ctx.division
    # A city's own department named with the city's short name (烟台人力资源和社会保障局坚持…, in 烟台市's
    # report): the city's department, as with 市 written.
    short = own.name[:-1] if own is not None and own.level == "prefecture" and own.name.endswith("市") else ""
    for at in (_short_name_starts(text, short, start, end) if len(short) >= 2 else ()):
        best = _best_end(text, at + len(short))
        if best is None or not best[1].endswith(("局", "委员会")) or not free(at, best[0]):
            continue
        body = text[at + len(short) : best[0]]
        if len(body) < 3:
            continue
        found.append(AgencyMatch(at, best[0], text[at : best[0]], own.name + canonical_body(body), own.name,
                                 own.level, own.code, own.name + written_body(body)))
        take(at, best[0])
    if own is not None and own.level == "prefecture" and own.name.endswith("市") and "管委会" in text:
        # A city's own zones' 管委会 named as units given tasks (责任单位: …,昌南新区、高新区管委会): a zone named in
        # full is written as named, one named by its kind alone is the city's (景德镇高新区管委会); two zones
        # joined by 、 share the one 管委会 written after them.
        for match in _CITY_ZONE_BODY.finditer(text, start, end):
            for a, b, name in ((match.start(1), match.end(1), match.group(1) and match.group(1) + "管委会"),
                               (match.start(2), match.end(3), own.name[:-1] + match.group(2) + "管委会")):
                if a >= 0 and name and free(a, b):
                    found.append(AgencyMatch(a, b, text[a:b], name, own.name, own.level, None, name))
                    take(a, b)
    if own is not None and own.level == "township":
        for match in _township_prefix(own.name).finditer(text, start, end):
            best = _best_end(text, match.end())
            if text.startswith("办事处", match.end()) and own.name.endswith("街道"):
                best = (match.end() + 3, "办事处")
            if best is None or not free(match.start(), best[0]):
                continue
            a_end = best[0]
            body = text[match.end() : a_end]
            if body in ("委员会", "工作委员会") and "中共" in text[max(0, match.start() - 8) : match.start()]:
                # 中共渠县有庆镇委员会: the township's party committee, its 党委 (中共…街道工作委员会: 党工委)
                body = "党工委" if own.name.endswith("街道") else "党委"
            if body == "办" and own.name.endswith("街道") and not match.group(2):
                body = "办事处"  # 街道办: the street office, however it is written
            if match.group(2):  # the stem: 北山司法所 names its township already
                written = text[match.start() : a_end]
                name = (match.group(1) or "") + match.group(2) + canonical_body(body)
            else:
                written = (match.group(1) or "") + own.name + written_body(body)
                # (街道工委 is the street's 党工委: one body, named as the text names it most.)
                name = (match.group(1) or "") + own.name + ("党工委" if body == "工委" else canonical_body(body))
            found.append(AgencyMatch(match.start(), a_end, text[match.start() : a_end], name, own.name,
                                     own.level, None, written))
            take(match.start(), a_end)
        if "党委" in text and divisions.REGIMENT.fullmatch(own.name):
            # A 兵团 regiment farm's own committee written bare (在团镇党委的正确领导下, 团场党委高度重视): the
            # regiment's 党委 (not its secretary's post, 团党委书记为组长, nor the Youth League's 团委).
            for match in _BARE_REGIMENT_COMMITTEE.finditer(text, start, end):
                if free(*match.span()):
                    found.append(AgencyMatch(match.start(), match.end(), match.group(), own.name + "党委", own.name,
                                             own.level, None, own.name + "党委"))
                    take(*match.span())
        # Its justice station listed right after its own team written with its prefix (乡执法队、司法所会同…): its
        # own too, as stations listed after its prefixed station are (a team, 队, is no body itself).
        for match in (_STATION_AFTER_TOWN_TEAM.finditer(text, start, end) if "队、司法所" in text else ()):
            if free(*match.span(1)):
                found.append(AgencyMatch(match.start(1), match.end(1), match.group(1), own.name + "司法所", own.name,
                                         own.level, None, own.name + "司法所"))
                take(*match.span(1))
        # Its justice station named bare (司法所固定列席党政联席会议): the township's own, there is no other.
        for match in (_BARE_STATION.finditer(text, start, end) if "司法所" in text else ()):
            if free(*match.span()):
                found.append(AgencyMatch(match.start(), match.end(), match.group(), own.name + "司法所", own.name,
                                         own.level, None, own.name + "司法所"))
                take(*match.span())
        # Its stations written bare in the list of partners it joins (联合派出所、司法所、律师事务所等单位开展…):
        # the township's own, as 联合司法所 alone is; the firms and schools listed with them are none.
        for match in (_JOINED_PARTNERS.finditer(text, start, end) if "联合" in text else ()):
            group = 1 if match.group(1) is not None else 2
            at = match.start(group)
            for item in match.group(group).split("、"):
                if item in _TOWN_STATIONS and free(at, at + len(item)):
                    found.append(AgencyMatch(at, at + len(item), item, own.name + item, own.name, own.level,
                                             None, own.name + item))
                    take(at, at + len(item))
                at += len(item) + 1
        # Its own office written bare, given a duty (党政办负责协调) or named as the unit given one (确定综合办公室
        # 是…): the township's.
        for pattern, present in ((_BARE_TOWN_OFFICE, "办负责" in text or "办牵头" in text),
                                 (_BARE_TOWN_OFFICE_NAMED, "确定" in text or "明确" in text)):
            for match in (pattern.finditer(text, start, end) if present else ()):
                if free(*match.span(1)):
                    name = own.name + match.group(1)
                    found.append(AgencyMatch(match.start(1), match.end(1), match.group(1), name, own.name, own.level,
                                             None, name))
                    take(*match.span(1))
        # A body it sets up, named with its kind of division (成立街道…工作委员会): its own.
        for match in (_SET_UP_TOWN_BODY.finditer(text, start, end) if "成立" in text or "组建" in text else ()):
            a, b = match.start(1) - 2, match.end(1)
            if text[a:a + 1] != "街":
                a += 1
            if free(a, b):
                name = own.name + match.group(1)
                found.append(AgencyMatch(a, b, text[a:b], name, own.name, own.level, None, name))
                take(a, b)
        for match in (_SET_UP_TOWN_BODY_QUOTED.finditer(text, start, end) if "”" in text and ("成立" in text or "组建" in text) else ()):
            if free(*match.span(1)):
                name = own.name + match.group(1)
                found.append(AgencyMatch(match.start(1), match.end(1), match.group(1), name, own.name, own.level,
                                         None, name))
                take(*match.span(1))
        # A street's party working committee written bare (纳入党工委理论学习中心组, 经党工委会议研究): its own.
        # (a street named with 街 alone, 万兴街 or 鹤龙街, is a street office too: its 党工委 the same)
        for match in (_BARE_WORKING_COMMITTEE.finditer(text, start, end)
                      if own.name.endswith(("街道", "街")) and "党工委" in text else ()):
            if free(*match.span()):
                name = own.name + "党工委"
                found.append(AgencyMatch(match.start(), match.end(), match.group(), name, own.name, own.level,
                                         None, name))
                take(*match.span())
        # The zone it lies in, whose bodies it names bare (在市委、市政府及高新区党工委、管委会的领导下): the
        # zone of its city (大冶高新区), the only one the text can mean.
        city = own.county if own.county and own.county.endswith("市") else own.prefecture
        for match in (_ZONE_BODY.finditer(text, start, end) if city and "区" in text else ()):
            if text[match.start() - 1 : match.start()] in _ZONE_NOT_BEFORE:
                continue
            zone = city[:-1] + match.group(1)
            for a, b in ((match.start(), match.end(2)), match.span(3)):
                if a >= 0 and free(a, b):
                    name = zone + text[a:b].removeprefix(match.group(1))
                    found.append(AgencyMatch(a, b, text[a:b], name, own.name, own.level, None, name))
                    take(a, b)
        # The new zone it lies in, named bare where it leads or guides (在新区党工委、管委会的领导下, 在新区党工委
        # 法治建设办的指导下): the one 新区 the text names in full (金普新区宣传部, 大连某某新区工作委员会).
        for match in (_BARE_NEW_ZONE_LEADING.finditer(text, start, end) if "在新区" in text else ()):
            zone = _new_zone_named(text)
            if zone is None:
                break
            for a, b in (match.span(1), match.span(2)):
                if a >= 0 and free(a, b):
                    name = zone + text[a:b]
                    found.append(AgencyMatch(a - 2 if a == match.start(1) else a, b,
                                             text[a - 2 if a == match.start(1) else a : b], name, zone, "county",
                                             None, name))
                    take(a, b)
        for match in (_BARE_TOWN_LAW_COMMITTEE.finditer(text, start, end) if "法治建设委员会" in text else ()):
            if free(*match.span()):
                name = own.name + match.group()
                found.append(AgencyMatch(match.start(), match.end(), match.group(), name, own.name, own.level,
                                         None, name))
                take(*match.span())
        for match in (_BARE_TOWN_COMMISSION.finditer(text, start, end) if "依法治" in text else ()):
            written = match.group() if match.group().endswith("委员会") else match.group() + "员会"
            if written != match.group() and match.group(1) == "理":
                continue  # (its short form, 依法治街委, only for the commission of the street, town or township)
            if free(*match.span()):
                name = own.name + ("党工委" if own.name.endswith("街道") else "党委") + "全面" + written.removeprefix("全面")
                if match.group(1) == "理":
                    name = own.name + match.group()
                found.append(AgencyMatch(match.start(), match.end(), match.group(), name, own.name, own.level,
                                         None, name))
                take(*match.span())
        # Its offices written bare where a task names who leads it (牵头单位:党政综合办、综治办), or
        # working with the body that leads (司法所牵头,党政办、综治办协同).
        leads = list(_LEAD_LIST.finditer(text, start, end)) + list(_WITH_LEAD.finditer(text, start, end)) \
            if "牵头" in text else []
        if "等部门" in text or "等科室" in text:
            # (or those a duty is given to: 由党政办、综治办、司法所等部门抽出专人负责)
            leads += list(_BY_UNITS.finditer(text, start, end))
        for listed in leads:
            at = listed.start(1)
            for item in re.split(r"([、,，])", listed.group(1)):
                a, b = at, at + len(item)
                at = b
                if not (_BARE_OFFICE.fullmatch(item) or item == "司法所") or not free(a, b):
                    continue
                body = item
                found.append(AgencyMatch(a, b, body, own.name + body, own.name, own.level, None, own.name + body))
                take(a, b)
        # Its offices written bare in a table's cells under a column of the units responsible (责任处室 | … |
        # 党建办公室 |): the township's own, as units a 目录 names 承办单位 are.
        if "|" in text and _UNIT_COLUMN.search(text, start, end):
            for match in _OFFICE_CELL.finditer(text, start, end):
                a, b = match.span(1)
                if free(a, b):
                    body = match.group(1)
                    found.append(AgencyMatch(a, b, body, own.name + body, own.name, own.level, None, own.name + body))
                    take(a, b)
        # Its party committee holding its meeting, written bare (召开党工委(扩大)会议, 开党委会).
        # (a town's or a township's 党委 only: a street's committee is its 党工委, and a bare 党委 in a street's
        # report may be another's)
        for match in (_COMMITTEE_STUDY_INTO.finditer(text, start, end)
                      if "入党委" in text and not own.name.endswith("街道") else ()):
            if free(*match.span()):
                found.append(AgencyMatch(match.start(), match.end(), "党委", own.name + "党委", own.name, own.level,
                                         None, own.name + "党委"))
                take(*match.span())
        for match in (_COMMITTEE_MEETING.finditer(text, start, end) if "委" in text else ()):
            a, b = match.span(1)
            if match.group(2):
                b = match.end(2)  # the commission: the committee's name and its own
            if text[a - 1 : a] in _NAMED_BEFORE or not free(a, b):
                continue
            body = text[a:b]
            found.append(AgencyMatch(a, b, body, own.name + body, own.name, own.level, None, own.name + body))
            take(a, b)
    # A county's or a city's units written bare in a table's cells under a column of the units that put forward or
    # carry out its items (申报单位 | … | 发改委 |, one cell a line): its own, as units a 目录 names 承办单位 are
    # (round 66) and a township's bare offices in such a column are.
    if (own is not None and own.level in ("county", "prefecture") and "|" in text
            and _UNIT_COLUMN.search(text, start, end)):
        for match in _BARE_UNIT_CELL.finditer(text, start, end):
            a, b = match.span(1)
            if free(a, b):
                name = own.name + match.group(1)
                found.append(AgencyMatch(a, b, match.group(1), name, own.name, own.level, None, name))
                take(a, b)
    # A development zone's own bodies (it is no division the scan knows), by its full name or
    # by its kind written bare in its own text (新区司法局, 在新区党工委).
    if own is not None and own.level == "county" and not own.code:
        kind = _ZONE_KIND.search(own.name)
        pattern = _zone_prefix(own.name, kind.group() if kind else None)
        for match in pattern.finditer(text, start, end):
            if match.group(2) and text[match.start() - 1 : match.start()] in _ZONE_NOT_BEFORE:
                continue  # 国家级新区, 各开发区: zones in general, not this one
            best = _best_end(text, match.end())
            if best is None or not free(match.start(), best[0]):
                continue
            body = text[match.end() : best[0]]
            if body.endswith("政府") and _GOVERNMENT_NOT_ACTING.match(text, best[0]):
                continue  # 新区政府部门权责清单: the zone's departments, a plural; no government acting
            party = match.group(1) or ""
            found.append(AgencyMatch(match.start(), best[0], text[match.start() : best[0]],
                                     own.name + canonical_body(body), own.name, own.level, None,
                                     party + own.name + written_body(body)))
            take(match.start(), best[0])
    # A zone's statutory bureau named by the zone's head (某海管理局, 某海管理局党组 in 某海合作区's own report): the
    # zone's, named as written (it runs the zone in a 管委会's place).
    if own is not None and own.level == "county" and not own.code and own.name[:2] + "管理局" in text:
        head = own.name[:2]
        at = text.find(head + "管理局", start, end)
        while at >= 0:
            best = _best_end(text, at + 2)
            # (某海管理局党工委委员牵头…: a member's post, no body acting)
            if (best is not None and free(at, best[0]) and text[at - 1 : at] not in _ZONE_NOT_BEFORE
                    and not re.match(r"(?:副?书记|委员|成员|常委|局长|副局长|主任)", text[best[0] : best[0] + 3])):
                body = text[at + 2 : best[0]]
                found.append(AgencyMatch(at, best[0], text[at : best[0]], head + canonical_body(body), own.name,
                                         own.level, None, head + written_body(body)))
                take(at, best[0])
            at = text.find(head + "管理局", at + 5, end)
    # A zone's committee and 管委会 written bare at a clause's start in its own report (。党工委、管委会将…):
    # the zone's, which has no other.
    if own is not None and own.level == "county" and not own.code and ("党工委" in text or "党委、管委会" in text):
        for match in _BARE_ZONE_BODIES.finditer(text, start, end):
            body = match.group(1) or match.group(2)
            a = match.start(1) if match.group(1) else match.start(2)
            b = a + len(body)
            if free(a, b):
                found.append(AgencyMatch(a, b, body, own.name + body, own.name, own.level, None, own.name + body))
                take(a, b)
    # A zone's committee written bare before its study group, which studies (落实党工委中心组学法制度, 开展…等党工委中心组
    # 集体专题学习): the zone's, which has no other; not one whose group a subject is put into (纳入党工委中心组).
    if own is not None and own.level == "county" and not own.code and "党工委中心组" in text:
        at = text.find("党工委中心组", start, end)
        while at >= 0:
            if (text[at - 1 : at] not in "道镇乡区市县局委所" and not text.endswith("纳入", 0, at)
                    and free(at, at + 3)):
                found.append(AgencyMatch(at, at + 3, "党工委", own.name + "党工委", own.name, own.level, None,
                                         own.name + "党工委"))
                take(at, at + 3)
            at = text.find("党工委中心组", at + 6, end)
    # A zone's working committee, or its commission, holding a meeting, written bare (召开党工委全面深化改革委员会会议,
    # 召开党工委会议): the zone's.
    if own is not None and own.level == "county" and not own.code and "召开党工委" in text:
        for match in _ZONE_COMMITTEE_MEETING.finditer(text, start, end):
            if free(*match.span()):
                name = own.name + match.group()
                found.append(AgencyMatch(match.start(), match.end(), match.group(), name, own.name, own.level, None,
                                         name))
                take(*match.span())
    # A province's department written bare where a task names who does it (司法厅负责),
    # (〔司法厅等省直各部门按职责分工负责〕): the province's own, the only 厅 there is.
    if own is not None and own.level == "provincial" and "厅" in text:
        bare = [*_BARE_DEPARTMENT.finditer(text, start, end), *_BARE_PARTNER_DEPARTMENT.finditer(text, start, end),
                *_BARE_OPENING_DEPARTMENT.finditer(text, start, min(end, start + 400))]
        for match in bare:
            a, b = match.span(1)
            body = match.group(1)
            # (人力资源社会保障厅: the 保障 of its field's name, no task's word)
            if free(a, b) and not _NOT_A_BODY_END.search(body) and not _STOP.search(body.replace("社会保障", "")):
                name = own.name + body
                found.append(AgencyMatch(a, b, body, name, own.name, own.level, own.code or None, name))
                take(a, b)
    # A managing committee opening an untitled report as its subject, named by an area no division or zone kind
    # names (2024年,某源山管委会坚持…): the committee speaking, named as written (a scenic area's, a park's).
    if "管委会" in text[start : start + 400]:
        for match in OPENING_COMMITTEE.finditer(text, start, min(end, start + 400)):
            a, b = match.span(1)
            area = match.group(1)[:-3]
            if free(a, b) and not find_divisions(area) and not _ZONE_KIND_WORD.search(area):
                found.append(AgencyMatch(a, b, match.group(1), match.group(1), None, None, None, match.group(1)))
                take(a, b)
    # A city's or county's bureau a group's office is placed in, written bare (领导小组办公室设在司法局): the place's
    # own, as 设在县司法局 would name it (the sample's gold reads the host of such an office as acting).
    if own is not None and own.level in ("prefecture", "county") and "办公室设在" in text:
        for match in _OFFICE_IN_BARE.finditer(text, start, end):
            a, b = match.span(1)
            if free(a, b):
                name = own.name + match.group(1)
                found.append(AgencyMatch(a, b, match.group(1), name, own.name, own.level, own.code or None, name))
                take(a, b)
    if own is not None and own.level == "township" and ("办公室设在" in text or "下设办公室于" in text):
        for match in _OFFICE_IN_BARE_TOWN_OFFICE.finditer(text, start, end):
            a, b = match.span(1)
            if free(a, b):
                name = own.name + match.group(1)
                found.append(AgencyMatch(a, b, match.group(1), name, own.name, own.level, None, name))
                take(a, b)
    # A zone named in full in the page's leadership line (在某某新区党工委、管委会的领导下): its bodies, whatever
    # the page's own place (a township the zone runs names it so).
    if "区党工委" in text or "区管委会" in text:
        for match in _NAMED_ZONE_LEADING.finditer(text, start, end):
            zone = match.group(1)
            if zone[0] in _ZONE_NOT_BEFORE:
                continue
            for a, b in (match.span(2), match.span(3)):
                if a >= 0 and free(a, b):
                    name = zone + text[a:b]
                    found.append(AgencyMatch(a if a != match.start(2) else match.start(1), b,
                                             text[a if a != match.start(2) else match.start(1) : b],
                                             name, zone, "county", None, name))
                    take(a, b)
    for match in _national(text, start, end):
        if free(match.start, match.end) and text[match.start - 1 : match.start] != "各":
            found.append(match)
            take(match.start, match.end)
    for match in (_CENTRE_OFFICES.finditer(text, start, end) if "中办" in text else ()):
        # (中办、国办先后印发《…》: the party's and the State Council's General Offices by their short names, issuing)
        for (a, b), name in ((match.span(1), "中共中央办公厅"), (match.span(2), "国务院办公厅")):
            if free(a, b):
                found.append(AgencyMatch(a, b, text[a:b], name, "中华人民共和国", "national", divisions.NATIONAL.code))
                take(a, b)
    for match in (_maritime_branches(text, start, end) if "海事局" in text else ()):
        if free(match.start, match.end):
            found.append(match)
            take(match.start, match.end)
    # The party committee's rule-of-law commission named without the committee
    # (全面依法治区委员会, 依法治县办): it is the 区委全面依法治区委员会 of the text's own 区.
    for match in (_COMMISSION.finditer(text, start, end) if "依法治" in text else ()):
        c_start = match.start() - 2 if text.startswith("全面", match.start() - 2) else match.start()
        if text[c_start - 2 : c_start] == "工委" and own is not None and free(c_start - 2, match.end()):
            # (工委全面依法治区委员会 in a zone's text: the zone's working committee's commission; written 党工委…
            # after the zone's bare kind, 高新区、示范区党工委全面依法治区委员会, its 党 is part of the name.)
            w_start = c_start - 3 if text[c_start - 3 : c_start - 2] == "党" and free(c_start - 3, c_start) else c_start - 2
            head = text[w_start:c_start]
            body = canonical_body(head + text[c_start : match.end()])
            found.append(AgencyMatch(w_start, match.end(), text[w_start : match.end()], own.name + body,
                                     own.name, own.level, own.code or None, own.name + written_body(
                                         head + text[c_start : match.end()])))
            take(w_start, match.end())
            continue
        if text[c_start - 2 : c_start] == "党委" and (c_start == 2 or text[c_start - 3] in _BARE_PARTY_BEFORE):
            # (自治区党委常委会会议、党委全面依法治区委员会会议: a region's committee written bare after its first
            # item, its 自治区 left out; the region's own commission, as its committee bears 党委, read below)
            lost = 2
        elif text[c_start - 1 : c_start] == "委":
            if _LOST_PLACE_VERB.search(text, max(0, c_start - 3), c_start - 1) is None:
                continue  # 区委全面依法治区委员会: named with its committee, read below
            # (配合委依法治县办开展督察: the committee's 委 with its place lost after the verb, 县委 written 委: the
            # text's own committee's office all the same)
            lost = 1
        else:
            lost = 0
        relative, kind = match.group(1), match.group(2)
        division = ctx.relative(relative)
        if division is None or not free(c_start - lost, match.end()):
            continue
        if lost == 2 and not division.name.endswith(("自治区", "林区")):
            continue  # (a bare 党委 is a region's or a forest district's committee; no other division's is written so)
        # One name for the commission however it is written: 全面依法治区委员会.
        whole = "全面" if c_start < match.start() or kind in ("委员会", "委员会办公室") else ""
        c_start -= lost
        # (a forest district's committee is its 林区党委, the name it bears, as 自治区党委)
        party = "党委" if division.name.endswith("林区") or lost == 2 else "委"
        if division.level == "county" and not division.code and _ZONE_KIND.search(division.name):
            party = "党工委"  # (a zone has no 区委: its commission is its working committee's, 某新区党工委全面依法治区委员会)
        body = _redoubled(division.name, party + canonical_body(whole + "依法治" + relative + kind))
        found.append(AgencyMatch(c_start, match.end(), text[c_start : match.end()], division.name + body, division.name,
                                 division.level, division.code or None, _written_division(ctx, division) + body))
        take(c_start, match.end())
    # The committee's rule-of-law commission by the name some provinces give it, written bare after the verb that
    # holds or sets it up (召开法治建设委员会第三次会议): the 县委法治建设委员会 of the text's own county or city.
    if own is not None and own.level in ("provincial", "prefecture", "county") and "法治建设委员会" in text:
        for match in _BARE_BUILDING_COMMISSION.finditer(text, start, end):
            if free(match.start(), match.end()):
                body = "委" + match.group()
                found.append(AgencyMatch(match.start(), match.end(), match.group(), own.name + body, own.name,
                                         own.level, own.code or None, _written_division(ctx, own) + body))
                take(match.start(), match.end())
    # The document's own division by a name that is also a common word (市中区司法局): the
    # division scan leaves such names out, and the bare-prefix reading would take its 市.
    if own is not None and own.name in COMMON_WORDS:
        at = text.find(own.name, start, end)
        while at >= 0:
            d_end = at + len(own.name)
            best = _best_end(text, d_end)
            if best is not None and free(at, best[0]) and text[at - 1 : at] != "各":
                body = text[d_end : best[0]]
                found.append(AgencyMatch(at, best[0], text[at : best[0]], own.name + canonical_body(body), own.name,
                                         own.level, own.code or None, own.name + written_body(body)))
                take(at, best[0])
            at = text.find(own.name, d_end, end)
    # A county's townships' stations listed by their stems before the station's word (甲山、乙镇、丙山司法所):
    # each township's own, when every stem is one of the county's townships.
    if own is not None and own.level == "county" and ("司法所" in text or "派出所" in text):
        for unit in _TOWN_STATIONS:
            at = text.find(unit, start, end)
            while at >= 0:
                for s_start, s_end, town in _listed_towns(text, max(start, at - 30), at, own):
                    if free(s_start, s_end):
                        found.append(AgencyMatch(s_start, s_end, text[s_start:s_end], town[0] + unit, town[1],
                                                 "township", town[2], town[0] + unit))
                        take(s_start, s_end)
                at = text.find(unit, at + 1, end)
    # A court or procuratorate written bare as the partner of a joint action (与检察院、纪检监察部门联合开展评查,
    # 会同法院建立…联动机制): the document's own county's or city's.
    if own is not None and own.level in ("county", "prefecture") and ("法院" in text or "检察院" in text):
        for c_start, c_end in _bare_partner_courts(text, start, end):
            if free(c_start, c_end):
                body = text[c_start:c_end]
                found.append(AgencyMatch(c_start, c_end, body, own.name + canonical_body(body), own.name, own.level,
                                         own.code or None, _written_division(ctx, own) + written_body(body)))
                take(c_start, c_end)
    # Departments written bare, listed as the partners a body joins with (我局联合公安局、卫健委、商务委等相关单位成立…):
    # the document's own county's or city's, each of them.
    if own is not None and own.level in ("county", "prefecture") and ("联合" in text or "会同" in text):
        for run in _BARE_PARTNER_LIST.finditer(text, start, end):
            items = run.group(1).split("、")
            if any(item[:1] in _NOT_BARE_PARTNER and not item.startswith(("市场", "市政"))
                   or item.endswith(_PARTY_ENDS) for item in items):
                continue
            at = run.start(1)
            for item in items:
                if free(at, at + len(item)):
                    found.append(AgencyMatch(at, at + len(item), item, own.name + canonical_body(item), own.name,
                                             own.level, own.code or None, _written_division(ctx, own) + written_body(item)))
                    take(at, at + len(item))
                at += len(item) + 1
    # A bureau written bare as the one that organises what the author takes part in (参加司法局组织的…培训): the
    # document's own county's or city's.
    if own is not None and own.level in ("county", "prefecture") and "参加" in text:
        for bare in _BARE_ORGANISER.finditer(text, start, end):
            b_start, b_end = bare.span(1)
            item = bare.group(1)
            if free(b_start, b_end):
                found.append(AgencyMatch(b_start, b_end, item, own.name + canonical_body(item), own.name, own.level,
                                         own.code or None, _written_division(ctx, own) + written_body(item)))
                take(b_start, b_end)
    # Bare prefixes: 区司法局, 县政府, 省委, 市人大常委会.
    own_relative: dict[str, divisions.Division | None] = {}
    own_alias = _written_division(ctx, own) if own is not None else None
    # Bodies named with their division, by where they end (a bare prefix glued after one shares it).
    named_ends = {m.end: m for m in found if m.jurisdiction}
    own_alias = None if own is None or own_alias == own.name else own_alias
    other_written: dict[str, str] = {}  # (another division's name as the text writes it, by its code)
    for match in _RELATIVE_RE.finditer(text, start, end):
        p_start, p_end = match.span()
        relative = match.group()
        if text.startswith("法治", p_start - 2):
            continue  # 全面依法治县工作领导小组: the county is what is governed by law, no prefix
        party = p_start - 2 >= start and text.startswith("中共", p_start - 2) and (
            p_start < 3 or text[p_start - 3] not in _NOT_BEFORE)
        if party:
            p_start -= 2
        if relative in ("镇", "乡") and text[p_end : p_end + 1] in "镇乡村":
            continue
        if text[p_end : p_end + 1] in "省市县区" and (text[p_end + 1 : p_end + 2] in "委政党人级法检"
                                                   or text.startswith(("两级", "三级"), p_end + 1)
                                                   # (省市气象局, 市县税务局: a field's bureaus of two levels;
                                                   # 省市场监管局 is the province's one)
                                                   or not text.startswith("市场", p_end)):
            continue  # 省市委, 市县政府, 市区法院, 州县两级人民政府: two levels' bodies at once, none named
        # doomed(p_start, p_end + 1), inline: this loop meets some fifty prefixes a document.
        if mask.find(1, p_start - start, p_end + 1 - start) >= 0:
            continue
        i = bisect.bisect_right(blocked_starts, p_start) - 1
        if i >= 0 and p_end + 21 <= blocked[i][1]:
            continue
        han_end = _HAN_WINDOW.match(text, p_end).end()
        if i >= 0 and han_end <= blocked[i][1]:
            continue  # inside_title(p_start, han_end)
        # (自治区、自治州党委: the autonomous prefecture's level word is 自治州, the list before its 自治)
        listed = p_start - 2 if relative == "州" and text.startswith("自治", p_start - 2) else p_start
        if (listed >= 2 and text[listed - 1] in "、和" and text[listed - 2] in "省市州县区镇乡"
                and not divisions.name_ends_at(text, listed - 1)
                # (省委全面依法治省和市委依法治市工作要求: the 省 governed by law ends the first committee's
                # words, no level of a list; 自治区、州党委 is a region's level word, 治 and all)
                and (text[listed - 3 : listed - 2] != "治" or text[listed - 4 : listed - 3] == "自")):
            continue  # 省、市教育局, 省、州、县党委政府, 省、市和县委: the bodies of several levels, none named
        # The division before the body: it does not depend on the body, and where
        # there is none (省 in a county's report with no province named) no body is read.
        division = own_relative.get(relative, _UNKNOWN)
        if division is _UNKNOWN:
            division = own_relative[relative] = ctx.relative(relative)
        if relative == "区" and text[p_start - 2 : p_start] != "自治":
            # 区党委 in a report of a city, 地区 or county of an autonomous region (在区党委、政府的坚强领导下,
            # 区党委全面依法治藏委员会): the region's committee, as 西藏 and 宁夏 write it; and 区政府 paired after it
            region_meant = _bare_region(ctx, text, p_start, p_end)
            if region_meant is not None:
                division = region_meant
        if (relative == "市" and division is not None and division.level == "county" and division.prefecture_code
                and text.startswith("消防救援支队", p_end)):
            # (市消防救援支队 in a county-level city's page: a detachment serves a prefecture, the city's city's)
            division = divisions.division_by_code(division.prefecture_code) or division
        if text[p_start - 1 : p_start] in "该本" and p_start and not party:
            # 该县司法局 on a page about one county: the county the page is of, when the prefix names its level;
            # else some other place named before, which is not read.
            # (本区, 本县: the page's own place by its level, 组建本区公平竞争委员会; 本市 in a district's page,
            # its city, is not read, nor the plural of its towns, 本县乡镇人民政府)
            if text.startswith(("乡镇", "各"), p_end):
                continue
            if own is None or division is None or division.code != own.code or not relative.endswith(
                    {"county": ("县", "区", "旗"), "prefecture": ("市", "州", "盟")}.get(own.level, ("\0",))):
                continue
        if division is None:
            division = _expand(ctx, relative, p_start)
            if division is None:
                if relative != "区" or not text.startswith("自治", p_start - 2):
                    continue
                division = _NO_DISTRICT  # 自治区党委 in a city's report, which has no 区 of its own: below
        if relative == "区" and division.level != "provincial" and text.startswith("自治", p_start - 2):
            # 自治区党委 in a zone's or a county's report: the region's, not the zone's 区党委.
            # (a page naming no place of its own, read within a region: that region's)
            region = (ctx.division.province if ctx.division is not None
                      else ctx.unnamed_within.name if ctx.unnamed_within is not None else None)
            if not region or not region.endswith("自治区"):
                continue
            division = ctx.resolve(region).division or division
            p_start -= 2
        named = named_ends.get(p_start)
        if named is None and text[p_start - 1 : p_start] in ("、", "和", "与", "及"):
            named = named_ends.get(p_start - 1)  # (listed after it: 在德州市委、市政府坚强领导下, in 禹城市's report)
        if named is not None and named.jurisdiction != division.name and named.jurisdiction.endswith(relative):
            # 滨海新区区委区政府: the second body's bare 区 is the district just named, not the document's own.
            division = ctx.resolve(named.jurisdiction).division or division
        if relative in ("镇", "乡"):
            # 镇纪委监督镇政府工作: a township's second body, named bare after a verb, ends the first's window
            # (as 县政府 in 县纪委监督县政府 does through _INNER_BODY).
            inner_town = _INNER_TOWN_BODY.search(text, p_end + 1, han_end)
            if inner_town is not None:
                han_end = inner_town.start()
        body_from = p_end
        if text[p_end : p_end + 1] in "第一二三四五六七八九十" and text.find("届", p_end + 1, p_end + 5) > 0:
            # 市十八届人大常委会第十一次会议: the congress's standing committee, its term between, as after a named place
            term = _CONGRESS_TERM.match(text, p_end)
            body_from = term.end() if term else p_end
        best = _best_end(text, body_from, han_end=han_end)
        level_word = 0
        if best is None and text.startswith("级", p_end) and relative in ("区", "县", "市"):
            # 区级数字化城市运行和治理中心: one centre of the place's own, named long with its level word
            # (区级部门, 县级调处中心: a plural, or a centre too generic to be one body, stay unread).
            best = _best_end(text, p_end + 1)
            if best is None or best[1] != "中心" or best[0] - p_end - 1 < 8 or text[p_end + 1] in "各所有":
                best = None
            else:
                level_word = 1
        if relative == "街道" and text.startswith("办事处", p_end):
            best = (p_end + 3, "办事处")  # 街道办事处与律所签订合同: the street office, whose 办 runs into 事
        if best is None:
            continue
        a_end = best[0]
        if not free(p_start, a_end):
            # Another body starts inside (区市场监管局北山市场监管所): end before it.
            taken = mask.find(1, p_start - start, a_end - start) + start
            best = _best_end(text, body_from, taken - body_from) if taken > body_from else None
            if best is None or not free(p_start, best[0]):
                continue
            a_end = best[0]
        body = text[body_from + level_word : a_end]
        if body in ("局", "厅") or body[:1] in "局厅" and body[1:] in ("党委", "党组"):
            # 县局, 市局, 省厅: "the bureau", a department's word for itself or its superior; its party
            # committee written so (经省局党委会议审议) is no body named either.
            continue
        if "自治区" in body:
            continue  # 我区法治政府建设自治区党委 (a heading run into its text): the region's committee starts there
        if body.endswith("两办") or "汇报" in body:
            continue  # 省委省政府两办: two offices, none named; 向市委汇报政府立法: a report, not a body
        if body == "办" and text[p_start - 1 : p_start] == "治":
            continue  # 治区办主任: the tail of a 依法治区办 cut short in a person's title, no 区办
        if relative == "区" and division.level == "provincial" and text.startswith("各", a_end):
            continue  # 自治区政府各部门: the region's departments, not its government acting
        if body.endswith("政府") and _GOVERNMENT_NOT_ACTING.match(text, a_end):
            # 县政府各单位: the government's units, a plural left out; 我县政府治理效能: governance, no body
            continue
        if relative == "区" and not division.code and body in _DISTRICT_ONLY_BODIES:
            # 在区委、区政府的坚强领导下 in the report of a district's zone (涪陵高新区): a zone has a 党工委 and a
            # 管委会, no 区委 or 区政府; these are the district's it is named for.
            district = _district_of_zone(division.name)
            if district is None and _ZONE_NAME_END.search(division.name):
                # (a zone named for no district, 某津港保税区, following 区委区政府工作要求: the district it lies in,
                # which the page never names; left out, as an unnamed place's bodies are)
                continue
            division = district or division
        prefix = "中共" if party else ""
        if relative == "街道" and body == "办":
            body = "办事处"  # 街道办: the street office, however it is written
        if relative == "县" and len(division.name) == 2:
            body = _redoubled(division.name, body)
        name = prefix + division.name + ("党工委" if relative == "街道" and body == "工委" else canonical_body(body))
        if own_alias is not None and division is own:
            written = own_alias
        elif division is not own and division.code:
            written = other_written.get(division.code) or other_written.setdefault(
                division.code, _written_other(ctx, division))
        else:
            written = division.name
        found.append(AgencyMatch(p_start, a_end, text[p_start:a_end], name, division.name, division.level,
                                 division.code or None, prefix + written + written_body(body)))
        take(p_start, a_end)
        # Departments listed after it without their prefix (市发展改革委、国土资源局、规划局) are its division's,
        # after its court or procuratorate too (会同省高级人民法院、省人民检察院、司法厅).
        # A centre listed after a department or centre of its prefix (市信息中心、公共资源交易中心) is its division's too.
        opener = body
        while (text[a_end : a_end + 1] == "、" and not party
               and body.endswith(_DEPARTMENT_ENDS + ("法院", "检察院", _LISTED_CENTRE))
               and text[p_end:a_end] not in ("委", "党委")):
            item = _best_end(text, a_end + 1, 8)
            if item is None or text[a_end + 1 : a_end + 2] in _NOT_A_LISTED_DEPARTMENT or text.startswith(
                    "自治", a_end + 1):
                break  # (自治区政府办公厅 listed after 区党委办公厅: a second prefix, its own body)
            i_start, i_end = a_end + 1, item[0]
            body = text[i_start:i_end]
            # (a community's centre listed after a street's, 街道政务服务中心、社区便民服务中心: every community's)
            # (a court or procuratorate written bare in a list a department opens, 县公安局、检察院、法院、司法局: its
            # division's too; after a court, 县人民法院、人民检察院, it stays unread as before)
            if not (body.endswith(_DEPARTMENT_ENDS) or body in _LISTED_COURTS and opener.endswith(_DEPARTMENT_ENDS)
                    or (body.endswith(_LISTED_CENTRE) and len(body) >= 4
                        and not body.startswith("社区"))) or not free(i_start, i_end):
                break
            found.append(AgencyMatch(i_start, i_end, body, division.name + canonical_body(body), division.name,
                                     division.level, division.code or None, written + written_body(body)))
            take(i_start, i_end)
            a_end = i_end
        # A township's stations listed after its own written with its prefix (乡司法所、派出所): its own too.
        while text[a_end : a_end + 1] == "、" and body in _TOWN_STATIONS and division.level == "township":
            i_start, i_end = a_end + 1, a_end + 4
            body = text[i_start:i_end]
            if body not in _TOWN_STATIONS or not free(i_start, i_end):
                break
            found.append(AgencyMatch(i_start, i_end, body, division.name + body, division.name,
                                     division.level, division.code or None, written + body))
            take(i_start, i_end)
            a_end = i_end
    if "师市" in text:
        # A 兵团 division-city's bodies written by the bare 师市 (在师市党委、政府的坚强领导下, 师市司法局): those of the one
        # division-city the text names in full (第六师五家渠市), of a prefecture's rank; none where it names none.
        corps = {m.group() for m in _CORPS_CITY_NAME.finditer(text, 0, ctx.body_end)}
        for match in (_BARE_CORPS_BODY.finditer(text, start, end) if len(corps) == 1 else ()):
            place = next(iter(corps))
            for group in (1, 2):
                body = match.group(group)
                if body is None or not free(*match.span(group)):
                    continue
                name = place + ("人民政府" if body == "政府" else canonical_body(body))
                found.append(AgencyMatch(match.start(group), match.end(group), body, name, place, "prefecture", None,
                                         place + written_body(body)))
                take(*match.span(group))
    if "兵团" in text:
        # The 新疆生产建设兵团's party committee, by the short name all its units use (兵团党委), or listed first
        # before its division's committee sharing the word (兵团、师市党委决策部署): one body, of a province's rank.
        for match in _CORPS_COMMITTEE.finditer(text, start, end):
            if free(*match.span()):
                found.append(AgencyMatch(match.start(), match.end(), match.group(), "新疆生产建设兵团党委",
                                         "新疆生产建设兵团", "provincial", None, "新疆生产建设兵团党委"))
                take(*match.span())
    if "、" in text:
        found.extend(_listed_divisions_sharing(ctx, found, free, take))
    region = _region(ctx)
    if region is not None:
        found.extend(_region_bodies(text, start, end, region, free, take))
    if own is not None and own.level == "county" and not own.code and own.prefecture:
        found = [_without_zone_city(own, m) for m in found]
    found.sort(key=lambda m: m.start)
    return found


def _without_zone_city(own: divisions.Division, match: AgencyMatch | None) -> AgencyMatch | None:
    """The zone's own body written with its city's full name before the zone's (深圳市某鹏新区管理委员会 in
    某鹏新区's report): the zone's, named by the zone as its bare bodies are (某鹏新区管理委员会)."""
    if match is None or own is None or own.code or not own.prefecture or own.level != "county":
        return match
    city_zone = own.prefecture + own.name
    if match.name.startswith(city_zone) and len(match.name) > len(city_zone):
        written = match.written[len(own.prefecture):] if (match.written or "").startswith(city_zone) else match.written
        return match._replace(name=match.name[len(own.prefecture):], jurisdiction=own.name, level=own.level, code=None,
                              written=written)
    return match


def _listed_divisions_sharing(ctx: DocumentContext, found: list[AgencyMatch], free, take) -> list[AgencyMatch]:
    """Divisions of one kind listed before another's body, sharing it (甲区、乙区市场监督管理局: 甲区's bureau too)."""
    text = ctx.text
    shared: list[AgencyMatch] = []
    for match in [m for m in found if m.jurisdiction and m.level in ("county", "prefecture")]:
        if text[match.start - 1 : match.start] != "、" or not text.startswith(match.jurisdiction, match.start):
            continue
        body = match.text[len(match.jurisdiction):]
        if not body.endswith(("局", "委", "委员会", "办", "院")):
            continue
        at = match.start - 1
        while text[at : at + 1] == "、":
            window = text[max(0, at - 12) : at]
            listed = [d for d in find_divisions(window) if d[1] == len(window)]
            if not listed:
                break
            name = max(listed, key=lambda d: d[1] - d[0])[2]
            a, b = at - len(name), at
            division = ctx.resolve(name).division
            if (division is None or division.level != match.level
                    or not free(a, b)):
                break
            shared.append(AgencyMatch(a, b, text[a:b], division.name + canonical_body(body), division.name,
                                      division.level, division.code or None, division.name + written_body(body)))
            take(a, b)
            at = a - 1
    return shared


# A 地区's or a 盟's own bodies written bare in its documents and its counties' (在地委、行署的坚强领导下):
# its party committee, the 地委, and its administrative office, the 行署 (行政公署). Only after a word that
# does not make a place of 地 (当地委托, 属地委员会, 各地委办局: none of these).
# (its rule-of-law commission and the commission's office after the 地委: 地委全面依法治地委员会, 地委依法治地办;
# after 召开 too, the meeting held: 召开地委常委会)
# (the 行署 joined to its committee, 地委行署高度重视, and a 盟's written with its bare 盟, 盟行政公署常务会议)
# (the 地委 or 行署 whose line of work or 部署 is carried out, right after the verb: 落实地委“12114”工作思路,
# 贯彻地委决策部署, 按照行署要求; as a county's bare 县委 after 落实 already is. Not the 地区's departments there.)
_REGION_BODY = re.compile(r"(?:(?<=中共)|(?<=召开)|(?<=[在、和与及由经向的,;:\n\u201c\u3002\uff0c\uff1b\uff1a])|^|(?<=[地盟]委)(?=行)"
                          r"|(?:(?<=落实)|(?<=贯彻)|(?<=按照)|(?<=根据)|(?<=执行))(?=地委|盟?行署|盟?行政公署))"
                          r"(地委(?:(?:全面)?依法治地(?:委员会(?:办公室)?|办))?|盟?(?:行署(?:办公室|办(?![事理学]))?|行政公署)"
                          # (its departments written with the bare word 地区 for their prefix: 地区司法局, 由地区财政局)
                          r"|地区(?=[\u4e00-\u9fa5]{1,12}?[局委办]))(?![托员])", re.M)


def _region(ctx: DocumentContext) -> divisions.Division | None:
    """The 地区 or 盟 the document's division lies in (or is), whose 地委 and 行署 its bare words name."""
    key = ("region",)
    if key not in ctx.resolved:
        d = ctx.division
        region = None
        if d is not None and d.level in ("prefecture", "county", "township"):
            region = d if d.level == "prefecture" else (
                divisions.division_by_code(d.prefecture_code) if d.prefecture_code else None)
            if region is not None and not region.name.endswith(("地区", "盟")):
                region = None
        ctx.resolved[key] = region
    return ctx.resolved[key]


def _region_bodies(text: str, start: int, end: int, region: divisions.Division, free, take) -> list[AgencyMatch]:
    found = []
    if (text.find("地委", start, end) < 0 and text.find("行署", start, end) < 0 and text.find("行政公署", start, end) < 0
            and text.find("地区", start, end) < 0):
        return found
    for match in _REGION_BODY.finditer(text, start, end):
        body = match.group(1)
        if body.startswith("地") and not region.name.endswith("地区"):
            continue  # a 盟's committee is its 盟委, read with the bare prefixes
        a, b = match.span(1)
        if body == "地区":
            best = _best_end(text, b)
            department = text[b : best[0]] if best is not None else ""
            if not department.endswith(("局", "委", "办", "委员会", "办公室")) or department[:1] in "党人政各级直属所":
                continue  # (地区党委, 地区人大工委: no department of the 行署's; 地区各局: a plural)
            b = best[0]
            if not free(a, b):
                continue
            name = region.name + canonical_body(department)
            found.append(AgencyMatch(a, b, text[a:b], name, region.name, region.level, region.code or None,
                                     region.name + department))
            take(a, b)
            continue
        if text.startswith("中共", a - 2) and a - 2 >= start:
            a -= 2
        if not free(a, b):
            continue
        if body.startswith("地委依法治地委员会"):
            body = "地委全面" + body[2:]  # (the commission by its one name, with 全面, as a 县委's)
        office = body.lstrip("盟")
        name = region.name[:-2] + body if body.startswith("地委") else region.name + (office if office.startswith("行署") else "行署")
        found.append(AgencyMatch(a, b, text[a:b], name, region.name, region.level, region.code or None, name))
        take(a, b)
    return found


# A department a list names after one with its prefix; not a government, a committee or a
# second prefix (市司法局、区司法局; a banner's or league's, 旗司法局、盟司法局, too), nor a party body.
_DEPARTMENT_ENDS = ("局", "厅", "委", "办")
# A centre with a name of its own (公共资源交易中心, 政务服务中心), listed the same way.
_LISTED_CENTRE = "中心"
# A court or procuratorate listed bare after a department of its prefix (县公安局、检察院、法院).
_LISTED_COURTS = frozenset(("法院", "人民法院", "检察院", "人民检察院"))
_NOT_A_LISTED_DEPARTMENT = "省市县区州盟旗镇乡村街中党各全本该"


def _listed_after_named(text: str, a_end: int, body: str, division: divisions.Division, d_name: str,
                        starts, free, take) -> list[AgencyMatch]:
    """Departments listed bare after one written with its division's full name (某省司法厅、民政厅): the division's.

    Only a department (局, 厅, 委, 办) opens such a list, not a committee (省委、…) or a government; an item
    that opens with a division's name or a level word (省司法厅、市司法局) is a body of its own.
    """
    listed: list[AgencyMatch] = []
    if not body.endswith(_DEPARTMENT_ENDS) or body in ("委", "党委") or body.endswith("党委"):
        return listed
    while text[a_end : a_end + 1] == "、":
        i_start = a_end + 1
        if i_start in starts or text[i_start : i_start + 1] in _NOT_A_LISTED_DEPARTMENT:
            break
        item = _best_end(text, i_start, 8)
        if item is None:
            break
        i_end = item[0]
        item_body = text[i_start:i_end]
        if not item_body.endswith(_DEPARTMENT_ENDS) or len(item_body) < 3 or not free(i_start, i_end):
            break
        listed.append(AgencyMatch(i_start, i_end, item_body, division.name + canonical_body(item_body),
                                  d_name, division.level, division.code or None, d_name + written_body(item_body)))
        take(i_start, i_end)
        a_end = i_end
    return listed


def _written_division(ctx: DocumentContext, division: divisions.Division) -> str:
    """A division's name as the document writes its own (伊犁州, 巴州), else its official name."""
    own = ctx.jurisdiction
    if (own is not None and division is own.division and own.name != division.name and division.code
            and division in divisions.divisions_named(own.name)):
        return own.name  # (an alias the table knows, not 坡子街街道办事处 for 坡子街街道)
    return division.name


def _written_other(ctx: DocumentContext, division: divisions.Division) -> str:
    """Another division than the document's own (a township's county, a county's prefecture) as the text
    writes it by a short name the table knows for it (屏边县 for 屏边苗族自治县, in 发布机构屏边县新华乡人民政府),
    else its official name."""
    for name in ctx.named_divisions:
        if name != division.name and len(name) >= 3 and division in divisions.divisions_named(name):
            return name
    return division.name


_ZONE_KIND = re.compile(r"(新区|开发区|高新区|经开区|园区|试验区|示范区|经济区)$")
_ZONE_NOT_BEFORE = frozenset("各级家省市县全该本其两个")
# A city's zones in a list of units (,昌南新区、高新区管委会 / |高新区管委会): a new zone named in full before 、, then a
# zone by its kind and the 管委会 they share; at a list's or a cell's start only.
_CITY_ZONE_BODY = re.compile(r"(?:(?<=[,，、:：;；|\n])|^)(?:([\u4e00-\u9fa5]{2,3}?新区)、)?(高新区|经开区|开发区)(管委会)"
                             r"(?=[,，、;；。|\s]|$)", re.M)
# A zone's working committee or its commission holding a meeting, written bare (召开党工委全面深化改革委员会会议).
# (or the working committee itself meeting, 召开党工委会议)
_ZONE_COMMITTEE_MEETING = re.compile(r"(?<=召开)党工委(?:(?:(?!会议)[\u4e00-\u9fa5]){0,12}?委员会)?(?=(?:\(扩大\))?会议)")
# A zone named in full leading the page (在中原新区党工委、管委会的领导下, 在某高新区管委会的坚强领导下).
_NAMED_ZONE_LEADING = re.compile(r"(?<=在)([\u4e00-\u9fa5]{2,4}?(?:高新区|经开区|开发区|新区))(党工委|管委会)"
                                 r"(?:[、和](管委会))?(?=[\u4e00-\u9fa5]{0,4}?(?:坚强|正确|统一|有力)?领导下)")
# A new zone's bodies written bare where they lead or guide a page (在新区党工委、管委会的领导下,
# 在新区党工委法治建设办的指导下).
_BARE_NEW_ZONE_LEADING = re.compile(r"(?<=在)新区((?:党工委|管委会)(?:[\u4e00-\u9fa5]{1,6}?(?:办公室|办))?)"
                                    r"(?:[、和](管委会))?(?=的?(?:坚强|正确|统一|有力)?(?:领导|指导))")
# A new zone named in full with one of its bodies after it (金普新区宣传部, 大连某某新区工作委员会).
_NEW_ZONE_IN_FULL = re.compile(r"([\u4e00-\u9fa5]{2})新区(?=[\u4e00-\u9fa5]{0,8}?(?:部|局|委员会|党工委|管委会|办公室|办))")
_NOT_IN_ZONE_NAME = re.compile(r"[在到入向于的和与及各全本该级我其是为由对从新区市县省]")


def _new_zone_named(text: str) -> str | None:
    """The one 新区 a text names in full with a body after it (金普新区), else None."""
    names = {match.group(1) + "新区" for match in _NEW_ZONE_IN_FULL.finditer(text)
             if not _NOT_IN_ZONE_NAME.search(match.group(1))}
    return names.pop() if len(names) == 1 else None


# A zone's committee, and its 管委会 written after it (高新区党工委、管委会, 经开区工委(管委会)).
_ZONE_BODY = re.compile(r"(高新区|经开区|开发区)(党工委|工委|管委会)(?:[、和(]?(管委会)\)?)?")


# (a zone whose party body is a 党委, as 天津's are, written with its 管委会: 。党委、管委会主要负责同志…; after the zone's
# bare kind, 保税区党委、管委会班子成员…, its 管委会 too)
_BARE_ZONE_BODIES = re.compile(r"(?:^|(?<=[。;；,，:：\n]))(党工委|管委会|党委(?=、管委会))(?=、管委会|[^\u4e00-\u9fa5]|主要负责|高度|将|坚持)"
                               r"|(?<=党工委、|[^\u4e00-\u9fa5]党委、|区党委、)(管委会)(?![\u4e00-\u9fa5]{0,6}(?:办公室|局|部|中心))", re.M)
_DISTRICT_ONLY_BODIES = frozenset(("委", "政府", "人民政府", "人大常委会", "政协"))


@functools.lru_cache(maxsize=64)
def _district_of_zone(name: str):
    """The district a zone is named for (涪陵高新区 → 涪陵区), when its name opens with one of today's districts."""
    match = _ZONE_NAMED_FOR.match(name)
    if match is None:
        return None
    found = divisions.resolve(match.group(1) + "区", divisions.last_table_year()).division
    return found if found is not None and found.level == "county" else None


_ZONE_NAMED_FOR = re.compile(r"([\u4e00-\u9fa5]{2})" + ZONE_KINDS + "$")
# A zone's name, ending in its kind (某津港保税区, 某某高新区), not a division's whose code is unknown (某华区).
_ZONE_NAME_END = re.compile(ZONE_KINDS + "$")


def _named_with_city(zone) -> bool:
    """Whether a zone's name opens with its city's (盐城经济技术开发区), not a district's (涪陵高新区 of 重庆)."""
    city = zone.prefecture or zone.province
    return bool(city) and zone.name.startswith(re.sub(r"(市|省|自治区)$", "", city)[:2])


@functools.lru_cache(maxsize=64)
def _zone_prefix(name: str, kind: str | None) -> re.Pattern[str]:
    bare = "|(" + re.escape(kind) + ")" if kind else "|((?!))"  # (no kind: a group 2 that never matches)
    return re.compile(r"(中共)?(?:" + re.escape(name) + bare + r")")


def _township_prefix(name: str) -> re.Pattern[str]:
    stem = re.sub(r"(街道办事处|街道|民族乡|镇|乡|苏木)$", "", name)
    stem_form = "|(" + re.escape(stem) + ")" if len(stem) >= 2 else ""
    return re.compile(r"(中共)?(?:" + re.escape(name) + stem_form + r")")


def written_names(ctx: DocumentContext) -> dict[str, str]:
    """Each body's name in this document: the written form used most, by canonical name.

    区市场监督管理局 once and 区市场监管局 three times are one body, named as the
    document names it most (ties: the form its own title gives, 广东省市场监督管理局关于…的报告
    once and 省市场监管局 once, or its signature above its date, 某市人民政府办公室 2020年1月15日 once
    and 市政府办公室 once; else the shorter form, the one running text uses).
    """
    names = ctx.resolved.get(("written_names",))
    if names is None:
        counts: dict[str, dict[str, int]] = {}
        titled: set[str] = set()
        span = ctx.title_span
        for match in find_agencies(ctx, 0, ctx.body_end):
            forms = counts.setdefault(match.name, {})
            if ctx.text.startswith("关于", match.end) and _DECISION_NAMED.match(ctx.text, match.end) is not None and (
                    span is None or not span[0] <= match.start < span[1]):
                # (湖北省人民代表大会常务委员会关于…的决定, an item of a lawmaking plan: a decision named by its issuer's
                # formal name, not the text naming the body; it is not counted among the forms, and a name in it
                # alone is kept)
                forms.setdefault(match.surface, 0)
                continue
            forms[match.surface] = forms.get(match.surface, 0) + 1
            if span is not None and span[0] <= match.start and match.end <= span[1] or _SIGNED.match(
                    ctx.text, match.end):
                titled.add(match.surface)
        names = {name: max(forms, key=lambda form: (forms[form], form in titled, -len(form)))
                 for name, forms in counts.items()}
        for name, written in names.items():
            # A body's party committee or group written with the body's other form (市文化旅游委党委 beside the
            # title's 重庆市文化和旅游发展委员会, the form the body is named by): the body's name, then its 党委.
            base, group = name[:-2], name[-2:]
            if (group in ("党委", "党组") and base in names and written.endswith(group)
                    and written[:-2] != names[base] and written[:-2] in counts[base]):
                names[name] = names[base] + group
        ctx.resolved[("written_names",)] = names
    return names


# A decision or resolution named without marks after its issuer (…常务委员会关于流域综合治理有关事项的决定).
_DECISION_NAMED = re.compile(r"关于[^。;；,,《》\n]{2,60}?的(?:决定|决议)")
# A body signing the document: its date right after it, on the next line or after a space.
_SIGNED = re.compile(r"[^\S\n]*\n?[^\S\n]*(?:19|20)\d{2}年\d{1,2}月\d{1,2}日")


def agency_mention(doc: Document, match: AgencyMatch, extractor: str = NAME,
                   names: dict[str, str] | None = None) -> Mention:
    """The Agency mention of a match: named as the document writes it, with its
    canonical name and jurisdiction as attributes.

    ``names`` is :func:`written_names` of the document, when the caller has it.
    """
    if names is None:
        names = written_names(context_of(doc))
    name = names.get(match.name, match.surface)
    # The attributes in their sorted order, those without a value left out.
    attrs = tuple((k, v) for k, v in (("canonical", match.name if match.name != name else None),
                                      ("jurisdiction", match.jurisdiction), ("jurisdiction_code", match.code),
                                      ("level", match.level)) if v is not None)
    return Mention(
        text=doc.text[match.start : match.end],
        label="Agency",
        source=Provenance(doc.id, match.start, match.end, extractor),
        name=name,
        attrs=attrs,
    )


# (中共中央办公厅 国务院办公厅《…》: joint issuers set apart by a space, as a list mark would, round 255)
_BEFORE_TITLE = re.compile(r"([ \u3000]?)([\u4e00-\u9fa5、和及与]{0,16}?)《")
# (…名义将《X》报送: a title after 将 is what the bodies send, not what they issued.)
_ISSUING_VERB = re.compile(r"(了|印|制|发|布|按照|根据|依据|贯彻|落实|执行|学习|出台|审议|通过|组织|开展|将$"
                           # (省委、省政府总体部署和市委、市政府《…》: the first bodies' own 部署 ends their
                           # clause, and the title is the second ones')
                           r"|部署|要求|精神|指示)")


# The rest of a title written without its marks right after its issuer, then its document number in brackets
# (政府质量奖评审管理办法(韶府规[2021]3号), 关于…的通知(某政发〔2021〕3号)); a verb of issuing or doing before a bare
# kind word is a clause, not a title (市政府制定了管理办法(…号)).
_UNMARKED_NUMBERED_TITLE = re.compile(
    r"(?:关于[^《》\n,,。;|]{2,60}?|(?:(?!印发|制定|出台|发布|下发|转发|修订|起草|审议|通过|实施|执行|落实|了)"
    r"[\u4e00-\u9fa5]){2,20}?)(?:管理办法|实施办法|办法|规定|细则|条例|意见|通知|方案|规则|决定)(?:\((?:试行|暂行)\))?"
    r"[(（][\u4e00-\u9fa5]{1,8}[〔\[]\d{4}[〕\]]\d{1,4}号[)）]")


# Bodies of self-government, neither a government's nor the party's.
_SELF_GOVERNING = ("村民委员会", "居民委员会")


_GLUED_GOVERNMENT = re.compile(r"[省市县区州]?(?:人民)?政府")
# (中共中央办公厅国务院办公厅《…》: the government's general office glued to the committee's, one pair of issuers)
_GLUED_OFFICE = re.compile(r"(?:国务院|(?:[\u4e00-\u9fa5]{2,8}?[省市县区州])?(?:人民)?政府)办公[厅室]")


def _issuer_position(text: str, end: int) -> bool:
    """Whether a body ends where an issuer of a title stands ("中共中央、国务院《...》")."""
    match = _BEFORE_TITLE.match(text[end : end + 18])
    if match is None:
        return False
    spaced, gap = bool(match.group(1)), match.group(2)
    # (中共中央国务院《纲要》: the second issuer written glued to the first.)
    # (市委、市政府关于《X》《Y》的总体要求: the list's requirements about its titles followed, as the last body's
    # 关于《X》 is: every body of the list leads, none stands as a bare issuer.)
    # (市委市政府《关于…的实施意见》: a government glued to its committee, the same, round 246)
    # (组织学习国务院《意见》和省政府的《实施意见》: the body's title owned by it with 的, its attribution the same;
    # round 260)
    if not (not gap or gap in ("国务院", "的") or _GLUED_GOVERNMENT.fullmatch(gap) or _GLUED_OFFICE.fullmatch(gap)
            or ((spaced or gap[0] in "、和及与") and not _ISSUING_VERB.search(gap))) or gap.endswith("关于"):
        return False
    # A newspaper or a programme in marks has no issuer (司法部、《法治日报》介绍了经验: two that report).
    close = text.find("》", end + match.end(), end + match.end() + 60)
    if close < 0:
        return True
    from .citations import is_document_title  # (citations reads agencies: imported when needed)

    inner = normalize_title(text[end + match.end() : close])
    if "印发" in text[close : close + 200] or "出台" in text[close : close + 200]:
        # the titles the bodies issued, the verb after their run (中共中央办公厅、国务院办公厅《A》《B》相继印发以来):
        # the bodies issued them and act, as before 印发《A》 (round 270)
        after = close + 1
        while (more := _NEXT_TITLE.match(text, after)) is not None:
            after = more.end()
        if _ISSUED_AFTER_TITLES.match(text, after):
            return False
    return not inner.endswith(("报", "杂志", "网", "台", "刊")) or is_document_title(inner)


# One more title of a run after a title's 》 (《A》《B》, 《A》、《B》, 《A》和《B》).
_NEXT_TITLE = re.compile(r"[、和及与]?《[^《》\n]{1,80}》")
# The issuing verb right after a run of titles (相继印发, 联合印发了, 出台).
_ISSUED_AFTER_TITLES = re.compile(r"(?:相继|先后|分别|联合|正式)?(?:印发|出台)")


# A national body (or a list of bodies) whose directive is followed, the boilerplate of
# every report, not a body acting: 党中央、国务院关于法治政府建设的决策部署. (A local
# committee's 部署 followed, 按照市委、市政府关于…工作要求, is the document's leadership.)
# (…决策部署和交通运输部的工作安排: the ministry's 工作安排 followed, the same; 水利部工作安排, 落实水利部工作要求
# without 的, the same.)
# One more body of a list: after a list mark, or a government glued to its committee (市委市政府).
# (A mark opens every item, so the pattern reads a list one way only.)
# (严格按照国务院、省、黄石市法治政府建设的决策部署: a city named in the list, the same)
# (及时贯彻落实党中央、国务院和部党组决策部署: a ministry's party group last in the list, the same)
# (贯彻落实国务院和我市规范涉企行政检查工作部署: the page's own place written 我市 last in the list, as a bare level is;
# round 266)
_LIST_ITEM = r"(?:[、和及与](?:中共)?[\u4e00-\u9fa5]{0,12}?(?:[委府局厅办院部央会]|人大|党组)|[、和及与]中央全面依法治国委员会|[省市县区]?(?:人民)?政府|[、和及与]我?[省市县区州]|[、和及与][\u4e00-\u9fa5]{2,4}[市州盟](?![\u4e00-\u9fa5]{0,2}[委府局厅办院部]))"
# (党中央、国务院有关决策部署: its 有关 written without 的, the same)
# (根据司法部和省司法厅对…信息化建设的部署要求: what the directive is on written after 对, as after 关于; round 256)
_DIRECTIVE_PART = (r"(?:各项|一系列|有关|相关)?(?:(?:(?:关于|对)[^,。;:\n]{0,30}?|的(?:这些|这一系列|有关)?(?:重大|重要|统一)?)(?:决策部署|安排部署|部署要求|工作要求|工作部署|工作安排|部署)"
    # (认真落实交通运输部和省委省政府、市委市政府、区委区政府重要决策部署: its 重要 written without 的, as 重大 is)
    r"|(?:关于|推进|推动)[^,。;:\n]{0,30}?的?总体(?:要求|部署)|(?:重大|重要)?决策部署|安排部署|工作部署|部署要求|工作安排|工作要求"
    # (落实…和市场监管总局法治建设工作部署: its field's 建设 before the 部署, the same)
    # (根据中共中央、国务院、区委区府法治政府建设要求: its field's 建设要求, the same)
    r"|[\u4e00-\u9fa5]{2,8}?建设的?(?:决策部署|工作部署|部署要求|工作要求|工作安排|要求)"
    # (贯彻落实国务院和我市规范涉企行政检查工作部署: the field of work before its 工作部署, the same, as its 建设 is;
    # not a meeting held or a deployment made, 国务院召开会议进行工作部署; round 266)
    r"|(?:(?!召开|进行|作出|作了|会议|印发|下发)[\u4e00-\u9fa5]){2,10}?工作(?:部署|安排)(?=[,，。;；、\n]|$)"
    # (结合“三定”规定和水利部授权,全面梳理…: the ministry's grant of powers a body works under, as its 部署 is)
    r"|的?授权(?=[,，。;；])"
    # (全面落实全国人大、国务院年度各项立法任务: the legislative tasks the centre set for the year, carried out)
    r"|(?:(?:19|20)\d{2})?年度(?:各项)?立法(?:工作)?(?:任务|计划)"
    # (按照应急管理部“互联网+执法”要求, 司法部“八五”普法的部署: a named requirement of the ministry, followed)
    r"|“[^”\n]{1,20}”[\u4e00-\u9fa5]{0,4}?的?(?:工作)?(?:要求|部署)"
    # (督办国务院及省政府“互联网+督查”问题线索: the leads its named platform passes on, handled here)
    r"|“[^”\n]{1,20}”(?:平台)?(?:问题线索|线索)"
    # (严格落实国务院、省关于重大行政决策程序的规定: the rules it set on a matter, followed, as its 有关规定 are)
    r"|关于[^,。;:\n]{0,30}?(?:程序|制度)?的?(?:有关|相关)?(?:规定|程序|制度|办法))")
_DIRECTIVE_AFTER = re.compile(
    # (…省政府及市政府的这些重要部署: the same 部署, pointed back to)
    # (按照司法部、省司法厅推进司法行政高质量发展的总体要求: the work's 总体要求, the same)
    _LIST_ITEM + r"*?" + _DIRECTIVE_PART)
# The recipients of a report: 向市委市政府、省生态环境厅报告, 主动向镇党委报告.
# (赴全国人大、司法部请示汇报: the bodies one goes to to report.)
# (决定报区委常委会议审议: the committee a matter is to be put to, the verb bare before it, as 报请 is; not the 报
# of a paper's name or a bulletin, 日报, 快报, 简报, 情报)
_BARE_REPORT_TO = re.compile(r"报(?=[省市县区州])")
_TO_BEFORE = re.compile(r"(?:[向赴][^,。;:\n向赴]{0,30}|[提报]请|(?<![日快简情])报)\Z")
# (分别向市政府、县委、县人大进行了报告: the report said with its verb.)
# (向市政府、县人大常委会备案县政府规范性文件: the bodies a document is filed with, as 报备 ones are.)
# (向区委主要领导述法: its heads the report is said to, the committee as the recipient.)
# (向市人大常委会提请审议…法规草案: the body a draft is put to, asked after the 向, a recipient as 提请…审议 is.)
# (积极向县政府争取资金: the body funds or support are sought from, asked as one reported to is.)
# (按时向省政府上报法治政府年度报告: the body a report is sent up to, 上报 after it as 报送 is.)
# (向区委常委会、区人大常委会报告: a committee's standing committee reported to, the committee as its recipient.)
# (向市委巡察办移交问题线索, 向县纪委监委移送线索: the body clues or cases are handed over to, a recipient as one
# a file is handed in to is.)
# (提请省人大常委会初次审议的法规项目, 提交市人大常委会进行第二次审议: the reading a draft is put to it for, the same.)
# (向败诉率较高的市自然资源局、市住建局发出提示函, 向市场监管局发送司法建议: the bodies a letter or a court's advice
# is sent to, its recipients, as the bodies a report is sent to are; round 243)
# (先后向县教体局下送《…提示函》3次, 向县教体局下发《…》: the same, a letter sent down to a bureau; round 264)
_REPORT_AFTER = re.compile(r"(?:常委会(?:会议)?|常委会议)?" + _LIST_ITEM + r"*?(?:主要(?:领导|负责同志|负责人))?(?:进行了?|作了?|提请)?(?:书面|专题|及时|定期)?(?:初次|再次|第[一二三四五]次|继续)?(?:报告|汇报|报送|上报|呈报|呈送|请示|提交|移交|移送|述职|述法|审议|表决|审查|批准|备案|争取|提出(?:书面|正式)?申请|备\s*\Z"
                           r"|(?:发出|发送|送达|下送|下发)了?(?:[\d一二三四五六七八九十两]{1,3}[份封件])?(?:《[^》\n]{1,40}》|[\u4e00-\u9fa5]{0,6}?(?:函|司法建议|建议书|检察建议|通知书))"
                           # (向区人社局、区财政局等12家单位发放公职律师证书: the units certificates are handed to, counted
                           # after the list, recipients as the bodies a letter is sent to are; round 265)
                           r"|(?:等[\d一二三四五六七八九十两]{1,3}[家个](?:单位|部门))?(?:发放|颁发|核发)了?[\u4e00-\u9fa5\d]{0,8}?(?:证书|工作证|执业证|聘书))")
# The verbs a file is handed in or sent up by, written right before the body it goes to (已提交依法治省办。).
_SENT_TO_VERBS = ("提交", "报送", "呈报", "呈送", "上报")
# (将问题线索移交市纪委监委。: the body clues are handed over to, closing the clause, the same; 移交…处理 runs on.
# Both found by their shared 移: one scan of the text, not two.)
_HANDED_OVER = frozenset("交送")
_SENT_TO_CLOSE = "。,，;；\n"
# The bodies a text is filed with or a place put forward to, a list of them written in full:
# 向市政府和区人大报备, 向中央依法治国办守法普法协调小组、省…领导小组办公室推荐.
# (向省司法厅申报…示范项目: the body a place applies to, for a title or a project, the same)
_FILED_AFTER = re.compile(r"[\u4e00-\u9fa5、]{0,40}?(?:报备|推荐|申报)")
# The stages of an application that a body passes it through (通过省知识产权局初审, 通过…评审).
_PASSED_STAGES = ("初审", "复审", "终审", "评审")
# The government or office after its party committee, written once for both:
# 镇党委、政府 (镇人民政府), 街道党工委、办事处 (街道办事处), 街道党工委与办事处.
# 新区党工委、管委会 (the zone's 管委会). A street's 工委 may run into its office (街道工委办事处).
_ELIDED = (("党工委", re.compile(r"[、和与](?:办事处)"), "办事处"), ("工委", re.compile(r"[、和与]?(?:办事处)"), "办事处"),
           ("党工委", re.compile(r"[、和与]管委会"), "管委会"), ("党委", re.compile(r"[、和与]政府"), "人民政府"))
# A county's or city's committee with its government written bare after it, once for both
# (在攸县委、政府的领导下, 市委、政府: the 人民政府 of the committee's division; not 县委、政府办, nor
# 市党委、政府主要负责人, the heads of both).
_STANDING_AFTER = ("和常委会", "、常委会", "及常委会", "与常委会")
_STANDING_ELIDED = re.compile(r"[和、及与](常委会[\u4e00-\u9fa5]{1,6}?(?:工委|委员会|委|办公室|办公厅|研究室))")
_DIVISION_ELIDED = re.compile(r"[、和与]政府(?!办|部门|各|工作部门|组成|主要负责|负责人|主要领导|领导班子)")
# The government written 府 after its committee, the level repeated (区委区府, 市委、市府): the 人民政府;
# not an office or a document's code (市府办, 区府发〔2024〕1号).
_DIVISION_SHORT = re.compile(r"[、和与]?([省市县区])府(?![办令发函字文〔\[（(])")


# A national body followed by an office: a person's title (中共中央政治局常委、全国人大常委会委员长栗战书).
# The politburo's study session is not the centre acting (中共中央政治局第十次集体学习).
_OFFICE_AFTER = r"|政治局|副?委员长|副?总理|副?主席|书记处书记"


# (党中央、国务院和中央全面依法治国委员会第一次、第二次会议关于…的各项决策部署: the last body's meetings'
# 部署, followed as the centre's is; a national body's meeting is no committee of the place leading it)
_NATIONAL_MEETINGS = r"(?:(?:第[一二三四五六七八九十\d]{1,3}次[、和及与]?)+(?:全体)?会议)?"
# (习近平总书记在中央全面依法治国委员会第二次会议上的重要讲话精神: a speech at its meeting; …和中央全面依法治国委员会
# 年度工作任务: its year's tasks, carried out as a 部署 is)
# (…在中央全面依法治国委员会上的重要讲话精神: a speech at it, its meeting unnumbered)
_NATIONAL_SPOKEN = (r"|第[一二三四五六七八九十\d]{1,3}次(?:全体)?会议(?:上的?(?:重要)?讲话|精神)|上的?(?:重要)?讲话"
                    r"|(?:(?:19|20)\d{2}年)?(?:年度)?(?:重点)?工作任务"
                    # (推动党中央决策和国务院部署在本省落地见效: its 部署 a noun, written bare, carried out here; not
                    # 国务院部署开展…, 国务院部署在全国开展…, 国务院部署落实…政策, the verb)
                    r"|部署(?=在[^,。;,;\n]{1,12}?(?:落地|落实|见效)|落地|落实(?:到位|见效)|要求|精神)"
                    # (根据中央依法治国办部署,…开展督察: its 部署 a noun closing the clause before a comma, followed; 统一部署 the
                    # same; 某署、某局部署。 at a sentence's end is the verb)
                    r"|(?:统一|总体)?部署(?=[,，])"
                    # (全面落实党中央、国务院支持浦东打造…引领区的决策部署: what the centre decided to do for a place, a
                    # verb's clause before its 的决策部署, followed as its 关于…的决策部署 is)
                    r"|(?:支持|推动|赋予|批准)[^,。;:\n]{1,30}?的(?:重大|重要)?(?:决策部署|战略部署)"
                    # (按照党中央、国务院决策和省委、省政府部署: the centre's 决策 written bare, paired with the local
                    # bodies' 部署 in one phrase, followed as its 决策部署 is; the province's bodies still lead)
                    r"|决策(?=[和及与、][^,。;:\n]{1,20}?部署)"
                    # (深入贯彻落实中央依法治国办关于加快推进某工作的意见和中央依法治国办督导组来汉调研工作要求: its
                    # opinion named without marks, and the requirements its team left on a visit, followed as its
                    # 部署 is; round 265)
                    r"|关于[^,。;:\n《》]{2,30}?的(?:指导|实施)?意见(?=[和及与、,，。;；]|精神|要求)"
                    r"|(?:督导组|督察组|调研组)[^,。;:\n]{0,12}?(?:工作)?(?:要求|精神|意见)(?=[和及与、,，。;；])")
_NATIONAL_NOT_ACTING = re.compile("(?:" + _LIST_ITEM + r"*?" + _NATIONAL_MEETINGS + _DIRECTIVE_PART + _OFFICE_AFTER
                                  + _NATIONAL_SPOKEN + ")")


_CLAUSE = re.compile(r"[^,。;:\n]{0,40}")
# A plan's name written without 《》 right after the national body that made it, to its 纲要 and the local scheme for
# carrying it out (制定实施中共中央全面深化法治领域改革纲要分工方案、…): the plan's attribution, as before a title in
# 《》, no body acting here.
_PLAN_NAMED_AFTER = re.compile(r"(?:(?!关于|印发|出台|制定|发布|的)[\u4e00-\u9fa5]){4,20}纲要"
                               r"(?:(?:重要任务)?(?:分工方案|实施方案|工作方案|任务分工|落实举措))?(?=[,，。;；、和及\n]|$)")
# What may stand between a committee and its lecture group: the group's theme (习近平法治思想).
_LECTURE_GROUP_GAP = re.compile(r"[\u4e00-\u9fa5]{0,12}")


# The work of carrying out what a national body decided (结合国务院第三批清理规范…事项和国务院审改办等部门取消…
# 的贯彻落实工作, 认真做好国务院…取消…事项的贯彻落实工作): the decision followed, as a 部署 is, no body acting here.
_CARRIED_OUT_OPENING = re.compile(r"(?:认真|切实|积极|及时)?(?:结合|做好|抓好)")
_CARRIED_OUT_CLOSE = re.compile(r"[^,。;:\n]{0,90}?的贯彻落实(?:工作)?(?=[,。;:\n]|$)")


def _decision_carried_out(text: str, match: AgencyMatch) -> bool:
    """Whether a national body stands in a clause that opens with 结合/做好 and closes with …的贯彻落实工作."""
    if "贯彻落实" not in text[match.end : match.end + 100]:
        return False
    low = max(0, match.start - 90)
    opening = max(text.rfind(mark, low, match.start) for mark in ",。;:\n") + 1
    if opening == 0 and low > 0:
        return False
    return (_CARRIED_OUT_OPENING.match(text, opening, match.start) is not None
            and _CARRIED_OUT_CLOSE.match(text, match.end) is not None)


def _not_acting(text: str, match: AgencyMatch) -> bool:
    """Whether a body stands as the recipient of a report, or a national one as a directive's owner or a person's title."""
    if match.level == "national" and (_NATIONAL_NOT_ACTING.match(text, match.end) is not None or _decision_carried_out(
            text, match) or _PLAN_NAMED_AFTER.match(text, match.end) is not None or (
            match.name == "国务院" and text[match.start - 1 : match.start] in "、和央"
            and text.startswith("党中央", match.start - 4 + (text[match.start - 1] not in "、和"))
            and "部署" not in _CLAUSE.match(text, match.end).group())):
        # 党中央、国务院 is the set phrase of the centre (its 重视, its 新要求, what it 印发); a
        # 部署 of it and of the local committees is read below with the directives.
        return True
    if text.startswith(_PASSED_STAGES, match.end) and text[match.start - 2 : match.start] == "通过":
        # (申请通过省知识产权局初审: the body an application passed a stage of, its recipient, as the body applied
        # to is)
        return True
    report = _REPORT_AFTER.match(text, match.end)
    if report is not None and report.group().endswith(("述法", "述职")) and text[match.start - 2 : match.start] == "参加":
        # (市委、市政府主要负责同志…参加省委全面依法治省委员会述法活动: the commission the leaders give their 述法 to,
        # at its event, a recipient as 向…述法 is)
        return True
    if (report is not None and (report.group().endswith("批准") or text.startswith("批准", report.end()))
            and (text[match.start - 2 : match.start] in ("报请", "提请") or text[match.start - 1 : match.start] == "报")):
        # (按程序报请省人民政府批准后公布实施: the body a matter is sent up to for approval approves it, and acts,
        # as one a draft is sent up to for issuing does, the verb bare too, 经报中央依法治国委批准; one asked to 审议
        # or told by a 报告 is a recipient; 报请省人大常委会审查批准: its review then its approval, the same)
        return False
    if report is None:
        near = text[match.end : match.end + 44]
        if ("报备" not in near and "推荐" not in near and "申报" not in near) or _FILED_AFTER.match(near) is None:
            return False
    return _TO_BEFORE.search(text, max(0, match.start - 30), match.start) is not None


# What may stand between an issuer's code and a document number's 〔year〕: 委文, 府发, 办函.
_NUMBER_CODES = frozenset(("", "文", "发", "函", "字", "办", "办发", "办函", "专函"))
# What sends a report to the bodies after it: 报送市委市政府, 抄送市委依法治市办, 呈送.
_SENT_BY = frozenset("报抄呈")
# The words a bare 报 follows when it sends something up (并报, 按要求报, 及时报, 逐级报, 已报, 均报, 同意后报).
# (按程序报省委、省政府, 于10月底前报省委依法治省办: after the procedure or the deadline it is sent up by.)
_BARE_SENT_AFTER = frozenset("并求时级已均须需再后序前")
def _sent_through(text: str, at: int, matches: list) -> bool:
    """Whether the 报 at ``at`` sends a report on through the body just before it (经省委依法治省办报中央依法治国办):
    that body, after 经, passes it on; the body after 报 receives it."""
    if text[at - 1 : at] not in _BODY_LAST:
        return False
    i = bisect.bisect_left(matches, at, key=_START) - 1
    for m in matches[max(0, i - 3) : i + 1]:
        if m.end == at and text[m.start - 1 : m.start] == "经":
            return True
    # (a body left unread, its place's level not known: 经省委依法治省办报…, 经县司法局报…)
    through = _SENT_THROUGH.search(text, max(0, at - 16), at + 1)
    return through is not None and through.end() == at


# An earlier level of a list of rule-of-law groups, right before the last one (州依法治州、县依法治县领导小组).
# (the earlier level bare: after no name's character, 由州依法治州、, not 阿坝州依法治州、, a group of its own)
_LEVEL_GROUP_BEFORE = re.compile(r"(?:(?<![\u4e00-\u9fa5])|(?<=[由经和与对及为向在、]))[省市县区州]依法治[省市县区州]、$")


# The last character of a body's name, and a body after 经 running up to a 报 (经省委依法治省办, 经市司法局).
_BODY_LAST = frozenset("办局委厅府室部")
_SENT_THROUGH = re.compile(r"经[省市县区州]?[\u4e00-\u9fa5]{1,12}?(?:办|局|委|厅|政府|办公室|部)(?=报)")


# What the body a draft is sent up to does with it when it issues it (并报省委依法治省办出台, 并报市政府印发).
# (并报区人民政府同意, 并报市政府批准: the body a matter is sent up to for its consent approves it, and acts, as
# one 报请…批准 does.)
_ISSUED_AFTER_SENT = ("出台", "印发", "发布", "同意", "批准")
# A party committee and its government's office sharing the word 办公室 (以县委、县政府办公室名义印发): the
# committee's office and the government's, as 两办 names them.
_SHARED_OFFICE = re.compile(r"[省市县区州]?(?:人民)?政府办公[室厅]")
_PLACE_WORDS = frozenset("省市县区州")
# (Opening with its literal 委 so that the engine skips in C to the few places it may start.)
_ELIDED_ANY = re.compile(r"委(?:[、和与](?:政府|办事处|管委会)|办事处|[、和与]?[省市县区]府)")


# What a party group's heard report is on (党组法治建设情况报告, 党组工作汇报), and the marks of the list before it.
_HEARD_REPORT = re.compile(r"[\u4e00-\u9fa5]{0,10}?(?:汇报|报告)")
_HEARD_GAP = re.compile(r"[、和及与](?:[^、,。;:\n]{1,8}[、和及与])?")


def _find_all(text: str, word: str) -> Iterator[int]:
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + 1)


# The opening of a report's line of delivery: a bracket or a dash, then its date and 在.
_DELIVERED_LINE = re.compile(r"\s*(?:\(|\uff08|—{1,2}|-{1,2})\s*[^\n在]{0,16}日\s*在")


# A pattern of work still to be formed, right before its lead (推动形成以, 着力形成以).
_PATTERN_TO_FORM = re.compile(r"(?:推动|推进|着力|努力|加快|逐步|力争)形成以$")
# What follows a pattern's lead (以X牵头,政法各单位为主体,…的工作格局): the pattern, in its clause.
_PATTERN_AFTER_LEAD = re.compile(r"[^。;；\n]{0,60}?(?:格局|机制|体系)")
# The verbs of posts set up in a list of bodies (…等部门设立联络站).
_POSTS_SET_UP = ("设立", "设置", "派驻", "建立")
_CLAUSE_BREAK = re.compile(r"[。;；,，\n]")
# Petitions counted right after the body they went to (…信访局信访量33件次, …信访局越级访5批次, …的来访量120件).
_VISITS_COUNTED = re.compile(r"的?(?:信访量|来访量|访量|越级上?访|走访|来访|上访|集体访|重复访)(?:总量)?[为共达约]?"
                             r"(?:\d|[一二三四五六七八九十两百千]+[件批人次])")
_VISITED_VERBS = ("到", "赴", "至", "去")
# The list of bodies after 整合 whose functions are taken in, up to its 等 or 的 and the functions (…等有关功能, …的职能).
_FUNCTIONS_MERGED = re.compile(r"([^。;；,，\n]{2,80}?)(?:等|的)(?:有关|相关)?(?:服务)?(?:功能|职能)")


# The set formula of a pattern of work after a committee's 领导 (县委领导、政府负责、部门协同、全民参与的工作格局).
_ROLES_FORMULA = re.compile(r"领导、(?:政府|部门)[\u4e00-\u9fa5]{1,3}、[^。;；\n]{0,40}?(?:格局|机制|体系)")


def _acting_only(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The bodies that act: no report's recipient (after a 向), no national directive's owner
    or person's title, no place (到…市民中心调研, 设于…指挥中心).

    A report names hundreds of bodies and few are suspect: the text is searched (in C) for
    the words that make one so, and only the bodies there are looked at.
    """
    drop: set[int] = set()
    levels = list(map(_LEVEL, matches))  # (in C: the national ones are found by index)
    at = levels.index("national") if "national" in levels else -1
    while at >= 0:
        if _not_acting(text, matches[at]):
            drop.add(at)
        at = levels.index("national", at + 1) if "national" in levels[at + 1 :] else -1
    # (提请 and 报请 found by their shared 请: one scan of the text, not two.)
    asked = [at - 1 for at in _find_all(text, "请") if text[at - 1 : at] in ("提", "报")]
    # (and a bare 报 right before a place's body: 决定报区委常委会议审议, the committee it is to be put to)
    # (one scan in C for the 报 with a level after it, not a look at every 报 of every 报告)
    asked += [m.start() for m in _BARE_REPORT_TO.finditer(text) if text[m.start() - 1 : m.start()] not in "日快简情"]
    # (通过 found only where a stage of review follows within reach: 通过省知识产权局初审.)
    passed = [at for at in _find_all(text, "通过") if any(stage in text[at + 4 : at + 34] for stage in _PASSED_STAGES)]
    # (参加 found only where a 述法 follows within reach: 参加省委…委员会述法活动.)
    joined = [at for at in _find_all(text, "参加") if "述法" in text[at + 4 : at + 40] or "述职" in text[at + 4 : at + 40]]
    for at in [*_find_all(text, "向"), *_find_all(text, "赴"), *asked, *passed, *joined]:
        lo = bisect.bisect_right(matches, at, key=_START)
        hi = bisect.bisect_right(matches, at + 31, lo, key=_START)
        drop.update(i for i in range(lo, hi) if _not_acting(text, matches[i]))
    handed = [at for at in _find_all(text, "移") if text[at + 1 : at + 2] in _HANDED_OVER]
    for verb in (*_SENT_TO_VERBS, None):
        # (创建申报资料已提交依法治省办。: the body a file is handed in to, right after the verb and closing its
        # clause, its recipient, as one reported to is; 提交县政府常务会议审议 runs on and is read as before)
        for at in (_find_all(text, verb) if verb is not None else handed):
            lo = bisect.bisect_left(matches, at + 2, key=_START)
            if (lo < len(matches) and matches[lo].start == at + 2
                    and (matches[lo].end >= len(text) or text[matches[lo].end] in _SENT_TO_CLOSE)):
                drop.add(lo)
    for at in _find_all(text, "领导、"):
        # The roles of a pattern of work (形成县委领导、政府负责、部门协同、全民参与的工作格局): the set formula of
        # who does what, written with the place's committee for 党委; no body acting there.
        if _ROLES_FORMULA.match(text, at) is None:
            continue
        hi = bisect.bisect_left(matches, at, key=_START)
        drop.update(i for i in range(max(0, hi - 3), hi) if matches[i].end == at)
    for at in _find_all(text, "牵头"):
        # A pattern of work still to be formed around the body that is to lead it (推动形成以区委政法委牵头,政法各单位
        # 为主体,…多元共治的工作格局): a goal (round thirteen), its lead who does what in the pattern, as 县委领导、
        # 政府负责… is (round 126); no body acting there. (A pattern formed, 形成了县司法局牵头、各部门配合的工作格局,
        # keeps its lead acting.)
        hi = bisect.bisect_left(matches, at, key=_START)
        lead = next((i for i in range(max(0, hi - 2), hi) if matches[i].end == at), None)
        if (lead is not None and _PATTERN_TO_FORM.search(text[max(0, matches[lead].start - 8) : matches[lead].start])
                and _PATTERN_AFTER_LEAD.match(text, at + 2) is not None):
            drop.add(lead)
    for at in _find_all(text, "等部门"):
        # The bodies a service sets up its posts in (在区法院、区检察院、区信访办等部门设立联络站): where the posts
        # stand, places, as a 设于 place is; no body acting there.
        if not text.startswith(_POSTS_SET_UP, at + 3):
            continue
        opening = text.rfind("在", max(0, at - 60), at)
        if opening < 0 or _CLAUSE_BREAK.search(text, opening, at) is not None:
            continue
        drop.update(i for i in _starting_in(matches, opening + 1, at) if matches[i].end <= at)
    if "访" in text:
        # The bodies petitions went to, counted (到国家信访局信访量33件次, 到省信访局信访量13件人次, 赴市信访局越级访
        # 5批次): where the visits were made, places, as a body visited is (round 253); no body acting there (round
        # 259). The body's own work (市信访局受理来访120批次) is not looked at. (The bodies are few: each is looked at
        # for its verb before it, not the text for the visits after.)
        drop.update(i for i, m in enumerate(matches)
                    if 0 < m.start and text[m.start - 1] in _VISITED_VERBS and _VISITS_COUNTED.match(text, m.end))
    for at in _find_all(text, "整合"):
        # The bodies whose functions a new centre takes in (整合县诉讼服务中心、检察服务中心、公共法律服务中心等有关
        # 功能,建成县综治中心): where the functions came from, named as parts of what is built; no body acting
        # there (round 259). Their forces or staff put in (整合公安、司法等部门力量) are not looked at.
        merged = _FUNCTIONS_MERGED.match(text, at + 2)
        if merged is not None:
            drop.update(i for i in _starting_in(matches, at + 2, merged.end(1)) if matches[i].end <= merged.end(1))
    for at in _find_all(text, "会议上"):
        # The meeting a report is delivered at, in its line under the title ((2025年4月29日在某市第十四届
        # 人民代表大会常务委员会第十七次会议上), or after a dash, ——2019年6月25日在…会议上): the body meeting
        # hears it, a recipient.
        if text[at + 3 : at + 4] not in ")\uff09\n" and at + 3 != len(text):
            continue
        opening = text.rfind("\n", 0, at) + 1
        if at - opening > 60 or _DELIVERED_LINE.match(text, opening) is None:
            continue
        i = bisect.bisect_left(matches, opening, key=_START)
        while i < len(matches) and matches[i].start < at:
            drop.add(i)
            i += 1
    for at in _find_all(text, "〔"):
        # A document number's issuer code names no body acting, before its year
        # (鸡鸣委文〔2026〕3号) or after it (〔2014〕保市府办172号).
        i = bisect.bisect_right(matches, at, key=_START) - 1
        if i >= 0 and at - 2 <= matches[i].end <= at and text[matches[i].end : at] in _NUMBER_CODES:
            drop.add(i)
        close = text.find("〕", at + 1, at + 8)
        if close < 0:
            continue
        i = bisect.bisect_left(matches, close + 1, i + 1, key=_START)
        if i < len(matches) and matches[i].start <= close + 3 and text[matches[i].end : matches[i].end + 1].isdigit():
            drop.add(i)
    for at in [*_find_all(text, "送"), *_find_all(text, "上报"), *_find_all(text, "报")]:
        # 报送市委市政府、区委,抄送…: the bodies listed right after are the report's recipients
        # (上报国务院…督查组: the body a case is sent up to; 按要求报省委编办, 并报市政府: a bare 报 after
        # what asks for it, the body it goes to).
        if text[at : at + 1] == "报":
            # (均已报自治区司法厅备案: an autonomous region's body, its 自治区 the place word; 情况抄报区委依法治区办:
            # a copy sent, as 抄送 sends one, whatever body follows)
            if text[at - 1 : at] != "抄" and (
                    text[at - 1 : at] not in _BARE_SENT_AFTER or (text[at + 1 : at + 2] not in _PLACE_WORDS
                                                                and not text.startswith("自治区", at + 1))) and (
                    not _sent_through(text, at, matches)):
                continue
            i = bisect.bisect_left(matches, at + 1, key=_START)
            if i < len(matches) and matches[i].start == at + 1 and text.startswith(_ISSUED_AFTER_SENT, matches[i].end):
                continue  # (起草《…意见》,并报省委依法治省办出台: the body it goes to issues it, and acts)
        elif at == 0 or text[at - 1 : at] not in _SENT_BY and text[at : at + 1] != "上":
            continue
        at += text[at : at + 1] == "上"
        pos = at + 1
        i = bisect.bisect_left(matches, pos, key=_START)
        if i < len(matches) and matches[i].start == pos and _REVIEWED_AFTER.match(text, matches[i].end):
            # (报送市司法局进行必要性、合理性、合法性审查论证: the body a matter is sent to for its review reviews
            # it, and acts, as 送市司法局审核 does (round sixty-four's 兴宁); round 250)
            continue
        if text.startswith("自治区", pos):
            pos += 2  # (an autonomous region's bare body is read from its 区: 报自治区司法厅)
        i = bisect.bisect_left(matches, pos, key=_START)
        while i < len(matches) and (matches[i].start == pos or (
                pos < matches[i].start <= pos + 1 and (text[pos] in "、和及与" or (
                    # (上报县依法治县办: the office read from its 依法治, its bare level before it)
                    text[pos] in _PLACE_WORDS and text.startswith("依法治", pos + 1))))):
            drop.add(i)
            pos = matches[i].end
            i += 1
    if "依法治" in text and "、" in text:
        # Several levels' rule-of-law groups at once (州依法治州、县依法治县领导小组): no body, as 省、市司法局 names
        # none; the last level's group is read alone from the list's tail.
        for i, match in enumerate(matches):
            if text[match.start - 1 : match.start] == "、" and _LEVEL_GROUP_BEFORE.search(
                    text, max(0, match.start - 7), match.start):
                drop.add(i)
    for at in _find_all(text, "党组"):
        # 听取县人大常委会、县政府、县法院党组法治建设情况报告: the bodies whose party groups report to the
        # committee that hears them are what it hears, not bodies acting (the hearer acts).
        if _HEARD_REPORT.match(text, at + 2) is None:
            continue
        heard = text.rfind("听取", max(0, at - 60), at)
        if heard < 0:
            continue
        heard_bodies = _starting_in(matches, heard + 2, at)
        if heard_bodies and matches[heard_bodies[-1]].end == at and all(
                _HEARD_GAP.fullmatch(text, matches[i].end, matches[i + 1].start) for i in heard_bodies[:-1]):
            drop.update(heard_bodies)
    for at in _find_all(text, "涉及"):
        # The bodies a list or a piece of work covers, counted after them (此次实行告知承诺制涉及市教育局、市公安局…
        # 等15家单位): where the matters sit, as the court a case sits in (round 232) is; no work of theirs (round 250).
        covered = _COVERED_UNITS.match(text, at + 2)
        if covered is not None:
            drop.update(_starting_in(matches, at + 2, covered.end()))
    for at in _find_all(text, "推荐"):
        # 被推荐至省政府参评: the body a place is put forward to.
        if text[at + 2 : at + 3] in ("至", "到", "给"):
            i = bisect.bisect_left(matches, at + 3, key=_START)
            if i < len(matches) and matches[i].start == at + 3:
                drop.add(i)
    for at in [*_find_all(text, "案”"), *_find_all(text, "案件”")]:
        # A case's name in quotes (“宋某不服县规划自然资源局…回复案”): the body is a party to it.
        opening = text.rfind("“", max(0, at - 60), at)
        if opening >= 0:
            drop.update(_starting_in(matches, opening, at))
    for at in _find_all(text, "平台“"):
        # A platform built, named in quotes (搭建…服务平台“某县法律服务中心、调解工作站”): the units named are
        # the platform, what is built, not bodies acting.
        closing = text.find("”", at + 3, at + 63)
        if closing >= 0:
            drop.update(_starting_in(matches, at + 3, closing))
    for word in _TOPICS_STUDIED:
        for at in _find_all(text, word):
            # The topics a study or a hearing is held on, after 就 (就全县…情况、县法院执法质量开展专题调研): what is
            # studied, not bodies acting; a body before 就 (县人大常委会就…开展调研) still acts. Round 248.
            start = max(0, at - 80)
            stop = max(text.rfind(p, start, at) for p in "。;；\n,，")
            opening = text.rfind("就", max(start, stop + 1), at)
            if opening < 0 or text[opening + 1 : opening + 2] in "业医读近地":
                continue
            drop.update(i for i in _starting_in(matches, opening + 1, at) if matches[i].end <= at)
    for at in [*_find_all(text, "等地"), *_find_all(text, "等现场")]:
        # The places a visit goes deep into, listed to 等地 and what is done there (深入A,B、C等地进行了实地调研):
        # places visited, not bodies acting (as 赴/到 … 等地调研 are; commas may part the list).
        # (or listed to 等现场 and looked at there, 先后到A、B、C等现场实地查看; round 248)
        if _PLACES_VISITED_AFTER.match(text, at + (3 if text.startswith("现场", at + 1) else 2)) is None:
            continue
        start = max(0, at - 160)
        stop = max(text.rfind(p, start, at) for p in "。;；\n")
        went = _WENT_INTO.search(text[max(start, stop + 1) : at][::-1])
        if went is None:
            continue
        begin = at - went.start()
        drop.update(i for i in _starting_in(matches, begin, at) if matches[i].end <= at)
    for word in _STATION_CLOSED:
        for at in _find_all(text, word):
            # A station's quoted name that opens with the body it belongs to (揭牌的“某县法律援助中心 残疾人法律援助
            # 工作站”): the body is a word of the station's name, not a body acting.
            opening = text.rfind("“", max(0, at - 40), at)
            if opening < 0 or "”" in text[opening:at]:
                continue
            i = bisect.bisect_left(matches, opening + 1, key=_START)
            if i < len(matches) and matches[i].start == opening + 1 and matches[i].end < at:
                drop.add(i)
    for at in _find_all(text, "更名为"):
        # 将省旅游局更名为省旅游发展委员会: the old name and the new one are what a reform renames.
        i = bisect.bisect_right(matches, at, key=_START) - 1
        if i >= 0 and (matches[i].end == at or _RENAMED_SECTION.fullmatch(text, matches[i].end, at) is not None):
            # (and the bureau whose section is renamed, 市司法局行政复议与应诉股更名为行政复议股: its own
            # offices reorganised, no work of its done)
            drop.add(i)
        if i + 1 < len(matches) and matches[i + 1].start == at + 3:
            drop.add(i + 1)
    for at in [*_find_all(text, "宣讲团"), *_find_all(text, "讲师团")]:
        # A committee's lecture group (邀请省委习近平法治思想宣讲团成员…, 市委宣讲团到…): a speaker's
        # title or a group of speakers, not the committee acting.
        i = bisect.bisect_right(matches, at, key=_START) - 1
        if i >= 0 and matches[i].end <= at and _LECTURE_GROUP_GAP.fullmatch(text, matches[i].end, at):
            drop.add(i)
    for word in _BELONGS_TO:
        for at in _find_all(text, word):
            # 县委全面依法治县委员会作为县委的议事协调机构: the body another belongs to, described, not acting.
            i = bisect.bisect_right(matches, at, key=_START) - 1
            if i >= 0 and matches[i].end == at and text[matches[i].start - 2 : matches[i].start] in ("作为", "属于") or (
                    i >= 0 and matches[i].end == at and text[matches[i].start - 1 : matches[i].start] == "是"):
                drop.add(i)
    for at in _find_all(text, "中心"):
        # (事项入驻市民中心, 进驻政务服务中心: the centre services move into, a place)
        i = bisect.bisect_right(matches, at, key=_START) - 1
        if i >= 0 and matches[i].end == at + 2 and text[matches[i].start - 1 : matches[i].start] in ("于", "到", "在", "驻"):
            drop.add(i)
        # (投身市民中心…志愿服务, 协调市民中心入驻单位: a city's civic centre, the building its offices sit in, is a
        # place wherever it stands; the body that runs it is named as such, 市民中心管理办公室)
        elif i >= 0 and matches[i].end == at + 2 and matches[i].text.endswith("市民中心"):
            drop.add(i)
        # (以镇综合治理指挥中心为核心,开设综合研判室…: the centre a platform is built around, a place, as one
        # sits in; round 211)
        elif i >= 0 and matches[i].end == at + 2 and text[matches[i].start - 1 : matches[i].start] == "以" \
                and _BUILT_AROUND.match(text, at + 2):
            drop.add(i)
    for i, m in enumerate(matches):
        # A body followed straight by a count of cases (主要涉及区法院164件,三中院80件): the court a case sits in
        # or the body it is against, counted, no work of its (round 232).
        if m.end < len(text) and text[m.end].isdigit() and _CASES_COUNTED.match(text, m.end):
            drop.add(i)
        # A body followed straight by the staff or posts it is given (增加市法律援助中心编外聘用人员4名, 核增县司法局行政编
        # 3名): the establishment counted, whose it is, no work of its.
        if m.end < len(text) and text[m.end] in "编聘合行事政" and _STAFF_COUNTED.match(text, m.end):
            drop.add(i)
    return [m for i, m in enumerate(matches) if i not in drop] if drop else matches


# The list of bodies after 涉及, closed by their count (…等15家单位, 等10个部门), within its clause.
_COVERED_UNITS = re.compile(r"[^。；;，,\n]{2,240}?等[\d一二三四五六七八九十两]{1,3}(?:家|个)(?:单位|部门|机构|市直单位|市直部门)")
# What the body a matter is sent to does with it when it reviews it (进行合法性审查, 审核, 审查论证).
_REVIEWED_AFTER = re.compile(r"进行[^。；;，,\n]{0,16}?(?:审查|审核|论证)|审核|审查论证")
# What a centre is made, after 以 (以…中心为核心, 为依托, 为载体): the hub something else is built around.
_BUILT_AROUND = re.compile(r"为(?:核心|依托|载体|平台|阵地|枢纽|中枢)")
# A count of cases right after a body (区法院164件).
_CASES_COUNTED = re.compile(r"\d{1,6}件")
_STAFF_COUNTED = re.compile(r"(?:编外聘用|编外|聘用|合同制)人员[\d一二三四五六七八九十两]{1,4}名"
                            r"|(?:行政|事业|政法)?编制?[\d一二三四五六七八九十两]{1,4}[名个]")


# What a body is said to be of another (…作为县委的议事协调机构, 是市政府的工作部门): the other is described.
# (区司法局作为区人民政府的行政复议机构, 市政府办公室是市人民政府的行政复议机构: the government whose
# reconsideration office another body is, described, as 的办事机构 already was; round 232)
_BELONGS_TO = ("的议事协调机构", "的派出机构", "的工作部门", "的组成部门", "的直属机构", "的办事机构", "的行政复议机构")


# A party committee and its government written as one name (中村乡党委政府; 中共…乡党委…乡人民政府).
# (中共黄湾镇委员会黄湾镇人民政府: the committee by its formal name, then the government.)
# A zone's committee and its 管委会 likewise (滨海高新区党委管委会).
# A county's or city's committee run into its government (围绕旗委政府中心工作, 在县委政府的领导下): 旗委 and
# the 旗人民政府.
_JOINED = re.compile(r"(.+?(?:党委|党工委|(?<![党工])[县区市旗州盟]委(?!员会))|中共.+?委员会)"
                     r"(人民政府|政府|办事处|管委会|[\u4e00-\u9fa5]{2,12}?(?:人民政府|办事处))$")


def _shared_office(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """A committee written before its government's office, the two sharing its word (县委、县政府办公室,
    市委、市政府办公厅): the committee's office of that name, not the committee itself."""
    out = list(matches)
    for i in range(len(out) - 1):
        m, office = out[i], out[i + 1]
        if (m.name[-1:] != "委" or m.text[-1:] != "委" or text[m.end : m.end + 1] != "、" or office.start != m.end + 1
                or _SHARED_OFFICE.fullmatch(office.text) is None
                or office.text[:1] in "省市县区州" and len(m.text) >= 2 and m.text[-2] != office.text[0]):
            continue
        word = office.text[-3:]
        out[i] = m._replace(name=m.name + word, written=(m.written or m.name) + word)
    return out


# A party committee's department of a name every level's committee has (编办, 政法委, 宣传部, 组织部 …),
# written once after two committees listed (积极协调省委、市委编办调研; 在省委、市委政法委的指导下).
_SHARED_PARTY_DEPARTMENT = re.compile(r"[省市县区州]委(编办|政法委|宣传部|组织部|统战部|网信办)")


def _shared_party_department(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """A bare committee listed before another's department of a name both levels have (省委、市委编办): the
    committee's department of that name too, not the committee itself (市委编办 stays the city's)."""
    out = list(matches)
    for i in range(len(out) - 1):
        m, department = out[i], out[i + 1]
        if (m.name[-2:] not in ("省委", "市委", "县委", "区委", "州委") or m.text[-1:] != "委"
                or text[m.end : m.end + 1] != "、" or department.start != m.end + 1):
            continue
        found = _SHARED_PARTY_DEPARTMENT.fullmatch(department.text)
        if found is None or m.text[-2:-1] == department.text[:1]:
            continue
        word = found.group(1)
        out[i] = m._replace(name=m.name + word, written=(m.written or m.name) + word)
    return out


def _split_joined(match: AgencyMatch) -> list[AgencyMatch]:
    """The committee and the government a joined name stands for, or the match itself."""
    joined = _JOINED.match(match.name)
    if joined is None:
        return [match]
    committee, government = joined.groups()
    stem = committee.removeprefix("中共").removesuffix("党工委").removesuffix("党委")
    if stem == committee.removeprefix("中共") and not stem.endswith("委员会"):
        stem = stem.removesuffix("委")  # 旗委政府: the 旗's committee, its government the 旗人民政府
    formal = stem.endswith("委员会")
    if formal:
        stem = stem.removesuffix("委员会")
    if government in ("人民政府", "政府", "办事处", "管委会"):
        government = stem + (government if government in ("办事处", "管委会") else "人民政府")
    elif not government.startswith(stem):
        return [match]
    if formal:
        # 中共黄湾镇委员会 is the town's 党委 (a street's 党工委), 中共某县委员会 the county's 县委.
        committee = stem + ("党工委" if stem.endswith("街道") else "党委" if stem.endswith(("镇", "乡")) else "委")
        return [match._replace(name=committee, written=committee), match._replace(name=government, written=government)]
    return [match._replace(name=committee.removeprefix("中共"), written=committee),
            match._replace(name=government, written=government)]


# A township's party committee by its formal name heading a joint title, its government after a space or on the
# next line, then 关于 (中共某镇委员会 某镇人民政府关于…, 中共某镇委员会 / 某镇人民政府 / 关于…): the town's 党委 (a
# street's 党工委), as when glued to its government (中共黄湾镇委员会黄湾镇人民政府, round fourteen) and under its city's
# name (中共东莞市东城街道工作委员会 东莞市东城街道办事处, round 203). Standing alone, or as a signature above its
# government's, it stays as written.
_FORMAL_TOWN_COMMITTEE = re.compile(r"中共([\u4e00-\u9fa5]{1,10}?(?:镇|乡|街道))(?:工作)?委员会")
_HEADING_GAP = re.compile(r"[ \t\u3000]*\n?[ \t\u3000]*")


def _formal_town_heads(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """Rename a township's formal committee heading a joint title with its government to the town's 党委."""
    out = []
    for m in matches:
        found = (_FORMAL_TOWN_COMMITTEE.fullmatch(m.text)
                 if m.text.startswith("中共") and m.name.endswith("委员会") else None)
        if found is not None:
            stem = found.group(1)
            gap = _HEADING_GAP.match(text, m.end).end()
            government = gap + len(stem) + (4 if text.startswith("人民政府", gap + len(stem)) else 3)
            if (gap > m.end and text.startswith(stem, gap) and text.startswith(("人民政府", "办事处"), gap + len(stem))
                    and text.startswith("关于", _HEADING_GAP.match(text, government).end())):
                body = "党工委" if stem.endswith("街道") else "党委"
                m = m._replace(name=stem + body, written=stem + body)
        out.append(m)
    return out


def _elided(text: str, match: AgencyMatch) -> AgencyMatch | None:
    """The body a party committee's name is shared with (镇党委、政府: the 镇人民政府)."""
    for committee, after, body in _ELIDED:
        # (街道工委、办事处: the 党工委 written 工委, its stem without the 党 its name has.)
        named = "党工委" if committee == "工委" and match.name.endswith("党工委") else committee
        if not (match.name.endswith(named) and match.surface.endswith(committee)):
            continue
        found = after.match(text, match.end)
        if found is None:
            continue
        stem = match.name[: -len(named)]
        written = match.surface[: -len(committee)]
        if body == "办事处" and not stem.endswith(("街道", "街")):
            return None  # (新北街工委、办事处: a street written by its short name 街, its office the same)
        begin = found.end() - len(body)
        return match._replace(start=begin, end=found.end(), text=text[begin : found.end()],
                              name=stem + body, written=written + body)
    if "人大" in match.name and not match.name.endswith("常委会") and text.startswith(_STANDING_AFTER, match.end):
        # a congress's committee, then its standing committee's written bare after it (市人大法制委和常委会法制工委:
        # the congress's 常委会法制工委)
        found = _STANDING_ELIDED.match(text, match.end)
        if found is not None:
            stem = match.name[: match.name.index("人大")]
            begin = found.start(1)
            body = canonical_body(found.group(1))
            return match._replace(start=begin, end=found.end(), text=text[begin : found.end()],
                                  name=stem + "人大" + body, written=stem + "人大" + found.group(1))
    if match.name[-2:] in ("省委", "市委", "县委", "区委", "州委") and match.surface.endswith("委"):
        found = _DIVISION_ELIDED.match(text, match.end)
        if found is not None:
            division = match.name[:-1].removeprefix("中共")
            if len(division) == 3 and division.endswith("县县"):
                division = division[:-1]  # 攸县县委: the committee of 攸县
            begin = found.end() - 2
            return match._replace(start=begin, end=found.end(), text=text[begin : found.end()],
                                  name=division + "人民政府", written=division + "人民政府")
        found = _DIVISION_SHORT.match(text, match.end)
        if found is not None and found.group(1) == match.surface[-2]:
            division = match.name[:-1].removeprefix("中共")
            begin = found.start(1)
            return match._replace(start=begin, end=found.end(), text=text[begin : found.end()],
                                  name=division + "人民政府", written=division + "人民政府")
    return None


# A leading group the text sets up without naming whose it is: in a government's
# own report (not a department's), the government's (成立…为成员的法治政府建设工作领导小组).
# (调整充实…领导小组, 调整优化…领导小组: 充实, 优化 are what is done to the group, not words of its name;
# with 了 after them too, 调整完善了法治建设领导小组.)
# (召开…领导小组会议 and a meeting listed after another, 委员会会议、…领导小组会议: the group meets, so it acts.)
_OWN_GROUP = re.compile(
    # (its field may stand in quotes: 成立…为成员的“法治建设”工作领导小组)
    # (or whose part it plays, 注重发挥法治建设领导小组作用: the government's group acting)
    r"(?:成立了?|调整了?|组建了?|建立了?|召开了?|会议、|的|发挥(?:好)?)(?:(?:充实|完善|健全|调整|优化)了?)?((?:(?!的)[\u4e00-\u9fa5\u201c\u201d]|\([\u4e00-\u9fa5]{1,2}\)){4,16}?)\Z")
# A group listed right after the one a verb sets up (…领导小组、法治宣传教育工作领导小组): its field, whole to 领导小组.
_LISTED_GROUP = re.compile(r"、((?:(?![的、,，。;；])[\u4e00-\u9fa5]){4,16})(?=领导小组)")
# A group set up under a long name of its field (成立…领域突出问题专项整治工作领导小组): the same, read further back.
_SET_UP_LONG_GROUP = re.compile(r"(?:成立了?|组建了?)((?:(?!的|成立|组建)[\u4e00-\u9fa5]){17,26})\Z")
# (its field's words may give a second form in brackets: 成立了法治镇(街)领导小组)
# (成立法治政府建设领导小组办公室: only an office the sentence sets up, none whose group it names.)
_SET_UP_OFFICE = re.compile(r"成立了?((?:(?!的)[\u4e00-\u9fa5]){4,14}?)\Z")
# A group the government has others set up (指导有关部门和乡镇人民政府成立…领导小组, 督促各单位成立…): each of
# theirs, a plural's groups, not the government's own.
# (or the plural the subject of the verb, opening its clause: 各乡镇(街道)均成立合法性审查工作领导小组和办公室)
_OTHERS_SET_UP = re.compile(r"(?:指导|督促|推动|要求|帮助)[^,，。;；\n]{0,6}?(?:各|有关|相关|所有)"
                            r"[^,，。;；\n]{0,30}?(?:成立|组建|建立)"
                            r"|(?<![\u4e00-\u9fa5])各[^,，。;；\n]{1,12}?(?:均|都|全部|分别|也)?(?:成立|组建|建立)")
_DEPARTMENT_GROUP = re.compile(
    r"(?:成立了?|调整了?|组建了?|的局|的|[我本][局委厅办]|(?:发挥|依托|通过|由|坚持)(?:好)?局|(?:调整|优化|充实)局|担任[局委厅])(?:充实|完善|健全|调整|优化)?((?:(?!的|了|成立)[\u4e00-\u9fa5]){4,14}?)\Z")


# In a department's report the group is the department's when the sentence says so (我局…领导小组).
# (以局长为组长的局…领导小组, 成立由局长任组长…的…领导小组: a group its head of bureau leads is the bureau's.)
# (以办公室主任为组长的…领导小组: a government office's group, led by its head.)
# (以局主要领导为组长, 由局主要负责同志任组长: the bureau's head by his office, as 局长.)
# (充分发挥局依法行政工作领导小组作用: the bureau's group, its bare 局 after the verb, as its 局党组 is its own.)
# (由厅党组书记、厅长任组长…的…领导小组: a provincial department's head, the same.)
# (由局一把手任组长的…领导小组: the bureau's head by his colloquial title, the same.)
# (。局党组始终…,成立由主要领导担任组长…的…领导小组: its bare party group the sentence's subject, opening it, sets
# up the bureau's group; only a group it 成立s, within its sentence)
# (由委主要领导任组长…的…领导小组: a commission's head by his office, as a bureau's; a 委 of a place or party,
# 县委主要领导, 党委主要负责同志, is no commission's own)
_OWN_WORD = re.compile(r"(我|本)(局|委|厅|办)|(?:局长|厅长|主任|[局厅]主要(?:领导|负责人|负责同志)|[局厅]“?一把手”?"
                       r"|(?<![省市县区州旗盟镇乡党工])委主要(?:领导|负责人|负责同志))[为任]组长"
                       r"|(?<=[。;；\n])[局厅]党[组委](?!书记|副书记|成员|委员)(?=[^。;；\n]{0,60}?成立)"
                       # (坚持局依法行政领导小组工作机制: the bureau's group, its bare 局 after the verb that keeps it
                       # working, as after 发挥; round 269)
                       r"|(?:发挥|依托|通过|由|坚持)(?:好)?局(?![长党领])"
                       # (结合人事调整优化局法治政府建设工作领导小组: the bureau's group, its bare 局 after the verb
                       # that adjusts it)
                       r"|(?:调整|优化|充实)局(?![长党领])"
                       # (委主要负责同志…亲自担任委法治建设领导小组组长: the group its head takes the lead of, named
                       # with the department's own word)
                       r"|担任[局委厅](?![长党领办员主副])(?=[\u4e00-\u9fa5]{4})")
# A sentence of the department's own report that sets a group up with no subject (成立了法治政府建设工作
# 领导小组, 一是成立…): the report speaks, so the group is the department's.
# (A numbered heading, 1.成立法治建设领导小组。, names the task, whose sentence follows.)
# (or adjusts one it has, 动态调整法治建设领导小组,委主要负责同志担任组长: the department's own group too)
# (or 建立s one, 建立由局长任组长的…领导小组, as it 成立s one)
_SUBJECTLESS_SET_UP = re.compile(r"(?:[一二三四五六七八九十]是)?(?:动态|及时)?(?=成立|调整|组建|建立)")


# In a department's report, a committee its head chairs, the committee written bare (“一把手”任主任的执法监督管理委员会,
# 由局长任主任的…委员会): the department's, as a group its head leads is (以局长为组长的…领导小组).
_CHAIRED_COMMITTEE = re.compile(r"(?:局长|局主要(?:领导|负责人|负责同志)|“一把手”|一把手)任主任的"
                                r"((?:(?![的和与及、])[\u4e00-\u9fa5]){2,14}?委员会)")


def _chaired_committees(ctx: DocumentContext, taken: list[AgencyMatch]) -> list[AgencyMatch]:
    department = author_agency(ctx)
    if department is None:
        return []
    found = []
    for match in _CHAIRED_COMMITTEE.finditer(ctx.text, 0, ctx.body_end):
        a, b = match.span(1)
        if any(m.start < b and a < m.end for m in taken):
            continue  # named already, with its place or department
        group = match.group(1)
        if group.startswith("局"):
            group = group[1:]  # (由局长任主任的局法律顾问委员会: the bureau's own word before the name)
        found.append(AgencyMatch(a, b, match.group(1), department.name + group, department.jurisdiction, department.level,
                                 department.code, (department.written or department.name) + group))
    return found


def _speaks_as(ctx: DocumentContext, department) -> bool:
    """Whether the report's opening speaks as the department, its name the subject (2022年,某县某局坚持…)."""
    opening = ctx.text[: min(ctx.body_end, 400)]
    names = {department.written or department.name, department.name}
    place = department.jurisdiction or ""
    if len(place) >= 2 and department.name.startswith(place) and len(department.name) > len(place) + 1:
        # (its place's bare word for itself, 2025年,在市委…领导下,市公安局坚持…: the same department)
        names.add(place[-1] + department.name[len(place) :])
    for name in names:
        at = opening.find(name)
        while at >= 0:
            after = opening[at + len(name) : at + len(name) + 2]
            # (after a date's comma, or opening a line of the body; not the title: 某局2019年…总结, 某局关于…)
            if at > 0 and (opening[at - 1] in ",\uff0c" or opening[at - 1] == "\n" and after[:1].strip()
                           and not after[:1].isdigit() and after != "关于"):
                return True
            at = opening.find(name, at + 1)
    return False


# What a group's office placed somewhere is given to do, in its own sentence (设在县司法局,负责日常工作; 设在市政府办公室,
# 承担…具体工作).
_OFFICE_DUTY = re.compile(r"[^。;；\n]{0,24}?[,，](?:具体)?(?:负责|承担)")
# (领导小组下设办公室,落实专人负责…: the office set up, its duty in the clause after it)
_SET_UP_OFFICE_DUTY = re.compile(r"[,，]?[^。;；\n,，]{0,12}?(?:负责|承担)")


# 和 between two tasks of a group's name (普法和依法治教), neither side a body's last word.
_TASKS_JOINED = re.compile(r"(?<=[\u4e00-\u9fa5])(?<![局委办部厅院所心组府])和(?=[\u4e00-\u9fa5]{2})")


# A unit named to serve as the group's office, at the head of its clause (…,市局法规处作为领导小组办公室,负责日常工作):
# the office of the group just named, as one placed in a unit (领导小组办公室设在…,负责…) is.
_SERVES_AS_OFFICE = re.compile(r"[,，。;；\n][\u4e00-\u9fa5]{2,12}?(?:处|科|股|室|局|办)作为$")


def _group_just_named(found: list[AgencyMatch], taken: list[AgencyMatch], at: int) -> AgencyMatch | None:
    """The leading group named last before `at`, within 100 characters (read here or among the bodies named)."""
    groups = [m for m in (*found, *taken) if m.end <= at and m.name.endswith("领导小组")]
    last = max(groups, key=lambda m: m.end, default=None)
    return last if last is not None and last.end >= at - 100 else None


# A committee a department's report sets up with no subject, at the head of its clause, and gives its duty
# (组建法制委员会,专门负责生态环境系统法制工作): the department's own, as a group it sets up is.
# (and an office it sets up under its own 局, 并设立局法治建设工作办公室,具体负责全局法治工作开展: the bureau's office)
_SET_UP_DUTY_COMMITTEE = re.compile(r"(?:(?<=[。,，;；\n])|^)(?:[一二三四五六七八九十]是|并)?(?:组建|成立|设立)了?"
                                    r"((?:(?![的、,，。;；])[\u4e00-\u9fa5]){2,12}?委员会|局(?:(?![的、,，。;；])[\u4e00-\u9fa5]){2,12}?办公室)"
                                    r"[,，](?:专门|具体)?负责")


def _own_duty_committees(ctx: DocumentContext, taken: list[AgencyMatch]) -> list[AgencyMatch]:
    """The committees a department's own report sets up with no subject and gives a duty (组建法制委员会,负责…)."""
    department = author_agency(ctx)
    if (department is None or department.level == "township" or department.name.endswith(("办事处", "人民政府", "党委"))
            or (_OWN_WORD.search(ctx.text) is None and not _speaks_as(ctx, department))):
        return []
    found = []
    for match in _SET_UP_DUTY_COMMITTEE.finditer(ctx.text, 0, ctx.body_end):
        group = match.group(1)
        if group[:1] in "各本全该" or find_divisions(group[:4]):
            continue  # (成立各级…委员会, 成立某县…委员会: others' or a named place's)
        a, b = match.span(1)
        i = bisect.bisect_left(taken, b, key=_START) - 1
        if i >= 0 and taken[i].end > a:
            continue  # named already
        if group.startswith("局") and department.name.endswith("局"):
            group = group[1:]
        name = department.name + group
        found.append(AgencyMatch(a, b, match.group(1), name, department.jurisdiction, department.level,
                                 department.code, (department.written or department.name) + group))
    return found


def _own_groups(ctx: DocumentContext, taken: list[AgencyMatch]) -> list[AgencyMatch]:
    own = ctx.division
    if own is None or "领导小组" not in ctx.text and "协调小组" not in ctx.text:
        return []
    if ctx.unnamed_within is not None and own.level == "provincial":
        # (a page read within its province but speaking below it, a county bureau's or a park's that never names its
        # place: a group it sets up is that unnamed place's, never the province's, and is left out as its bodies are)
        return []
    department = author_agency(ctx)
    if department is None and own.level == "national":
        # (a ministry's report opening with it, 2018年,在…领导下,某部认真…: a group it names is the ministry's)
        department = _opening_body(ctx.text, taken, ctx.body_start)
    if department is not None and department.name.endswith("办事处"):
        department = None  # a street office is the township's government, not one of its departments
    elif department is not None and department.level == "township" and department.name.endswith(("党委", "党工委")):
        # (中共某某镇委员会关于…的报告: the township's party committee speaks for the township, so a group
        # it sets up is the township's, as in its government's report)
        department = None
    elif department is not None and department.name.removeprefix("中共") in (
            own.name + "委", own.name + own.name[-1:] + "委", own.name + "党委"):
        # (中共温州市龙湾区委 温州市龙湾区人民政府关于…的报告: the place's own party committee (沁县县委 doubled), alone
        # or with its government, speaks for the place, so a group it meets or sets up is the place's, not a
        # department's)
        department = None
    if department is not None and _OWN_WORD.search(ctx.text) is None and not _speaks_as(ctx, department):
        return []
    found = []
    text = ctx.text
    at = text.find("领导小组", 0, ctx.body_end)
    while at >= 0:
        b = at + 4
        at_was = at
        long_set_up = False
        next_at = text.find("领导小组", b, ctx.body_end)
        # The words before 领导小组 back to what sets it up (成立, 的): read only there.
        if department is not None:
            # The department's own words, in the sentence before the group: 我局成立了…的…领导小组.
            begin = max(text.rfind("。", 0, at), text.rfind("\n", 0, at)) + 1
            said = _OWN_WORD.search(text, begin, at)
            if said is None:
                said = _SUBJECTLESS_SET_UP.match(text, begin, at)
            if said is None:
                # (根据人事变动,及时调整了…领导小组: the clause after a reason sets it up, with no subject)
                clause = max(text.rfind(",", begin, at), text.rfind("\uff0c", begin, at)) + 1
                if clause > begin:
                    said = _SUBJECTLESS_SET_UP.match(text, clause, at)
            match = None if said is None else _DEPARTMENT_GROUP.search(text, max(said.start(), at - 18), at)
            if match is None and text.startswith("会议", b):
                # (经党组会议、部务会议、…领导小组会议审议: the group meets after the department's own meetings)
                met = _OWN_GROUP.search(text, max(0, at - 18), at)
                match = met if met is not None and text.endswith("会议、", 0, met.start(1)) else None
        else:
            office = text.startswith("办公室", b) and _SET_UP_OFFICE.search(text, max(0, at - 18), at)
            match = office or (None if text.startswith("办", b) else _OWN_GROUP.search(text, max(0, at - 18), at))
            if (match is None and not office and found and text.startswith("、", found[-1].end)
                    and found[-1].name.endswith("领导小组")):
                # (调整…工作领导小组、法治宣传教育工作领导小组: a group listed right after one the government sets up
                # or adjusts, by the same verb: its own too)
                match = _LISTED_GROUP.match(text, found[-1].end, b)
            if match is None and not office and not text.startswith("办", b):
                # (成立道路交通安全和运输执法领域突出问题专项整治工作领导小组: a group set up under a long name of its
                # field, longer than the reading above reaches; 和 may join two of its fields)
                match = _SET_UP_LONG_GROUP.search(text, max(0, at - 30), at)
                long_set_up = match is not None
            if match is not None and ("成立" in text[max(0, at - 60) : at] or "组建" in text[max(0, at - 60) : at]):
                begin = max(text.rfind("。", 0, at), text.rfind("\n", 0, at), text.rfind(";", 0, at),
                            text.rfind("\uff1b", 0, at)) + 1
                last = max(text.rfind("成立", begin, at), text.rfind("组建", begin, at), text.rfind("建立", begin, at))
                # (the verb that sets this group up is the one the others are led to: 指导各乡镇成立调解组织,
                # 县政府成立…领导小组 sets up the government's own)
                if any(m.end() == last + 2 for m in _OTHERS_SET_UP.finditer(text, begin, last + 2)):
                    match = None  # (指导有关部门…成立…领导小组: the others' groups)
            if office:
                b += 3  # 成立法治政府建设领导小组办公室: the office the government sets up
        at = next_at
        if match is None:
            if (department is not None and found and text.startswith("下设办公室", b)
                    and text[at_was - 1 : at_was] in ",\uff0c\u3002" and found[-1].end >= at_was - 30
                    and found[-1].name.endswith("领导小组")):
                # (…领导小组,领导小组下设办公室: the office the group just named sets up, under the group's name)
                last = found[-1]
                found.append(AgencyMatch(at_was, b + 5, text[at_was : b + 5], last.name + "办公室", last.jurisdiction,
                                         last.level, last.code, (last.written or last.name) + "办公室"))
            elif ((text.startswith("办公室", b) and _OFFICE_DUTY.match(text, b + 3)
                     or text.startswith("下设办公室", b) and _SET_UP_OFFICE_DUTY.match(text, b + 5))
                    and (text[at_was - 1 : at_was] in "。,\uff0c;\uff1b\n"
                         or text[at_was - 2 : at_was] == "作为" and _SERVES_AS_OFFICE.search(text, max(0, at_was - 16), at_was))
                    and (last := _group_just_named(found, taken, at_was)) is not None
                    and text[last.end : at_was].count("。") <= 1):
                # (成立了…领导小组,由县长任组长…。领导小组办公室设在县司法局,负责日常工作: the office of the group
                # just named, written bare at the head of the next clause or sentence, given its duty; one only
                # placed, 领导小组办公室设在镇司法所。, does nothing there)
                # (…领导小组…。领导小组下设办公室,落实专人负责…: the office the group sets up, given its duty)
                end = b + (5 if text.startswith("下设", b) else 3)
                found.append(AgencyMatch(at_was, end, text[at_was : end], last.name + "办公室", last.jurisdiction,
                                         last.level, last.code, (last.written or last.name) + "办公室"))
            continue
        a = match.start(1)
        field = match.group(1)
        if "\u201c" in field or "\u201d" in field:
            if not re.fullmatch("\u201c[\u4e00-\u9fa5]{2,10}\u201d[\u4e00-\u9fa5]{0,4}", field):
                continue
            field = field.replace("\u201c", "").replace("\u201d", "")
        group = field + "领导小组" + ("办公室" if text.startswith("办公室", b - 3) else "")
        # (依法行政及行政执法工作领导小组: 及 joins two tasks inside the name.)
        # (a department's group for 全面依法行政, 成立由局主要负责同志任组长的全面依法行政工作领导小组: its field's
        # 全面, no 全县's)
        # (a government's group named for the work it drives in full, 充分发挥全面推进依法行政工作领导小组作用: its
        # 全面推进, the name's own words, no plural's 全县)
        whole_field = group.startswith("全面") and (department is not None or group.startswith("全面推进"))
        if (department is None and group[:1] == "全" and group[1:2] == own.name[-1:] and group[1:2] in "市县区州旗"
                and group[2:3] not in "各有" and len(group) > 8):
            # (召开全市推进依法行政工作领导小组会议 in the city's own report: its own group, written with 全市 for
            # the whole city it works over; 全市各级…领导小组 stays a plural's)
            a += 2
            group = group[2:]
        bare = group.replace("及", "").replace("暨", "")  # (依法治镇暨法治政府建设工作领导小组: 暨 joins two, as 及)
        if (department is not None or long_set_up) and "和" in bare:
            # (成立了由局长任组长的普法和依法治教工作领导小组: 和 joins two tasks inside a department's group's name, as
            # 及 does; not after a body's word, 局党组和…)
            bare = _TASKS_JOINED.sub("", bare)
        # (成立法治保障某某建设领导小组: a group whose field opens with 法治保障, its task's words, not 提供…保障)
        if group[:1] in "各本全该" and not whole_field or _STOP.search(re.sub(r"^法治保障", "法治", bare)):
            continue
        i = bisect.bisect_left(taken, b, key=_START) - 1  # the body just before the group's end
        if i >= 0 and taken[i].end > a:
            continue  # named already (区法治政府建设领导小组)
        if department is not None:
            if group.startswith("局") and department.name.endswith("局"):
                group = group[1:]  # (成立了局法治政府建设领导小组: the bureau's own word before the name)
            elif group.startswith("委") and department.name.endswith(("委员会", "委")) and (
                    text.count("我委", 0, ctx.body_end) or len(group) > 5):
                # (我委成立…的委法治政府创建领导小组, …为组长的委法治建设领导小组: a committee's own word before the
                # name, as a bureau's 局 is)
                group = group[1:]
            name = department.name + group
            found.append(AgencyMatch(a, b, group, name, department.jurisdiction, department.level,
                                     department.code, (department.written or department.name) + group))
            continue
        # (法治应城建设领导小组 names its place already: written as it stands, not 应城市法治应城…)
        name = group if _names_its_place(field, own) else own.name + group
        found.append(AgencyMatch(a, b, group, name, own.name, own.level, own.code or None, name))
    if department is None and "协调小组" in text:
        # (新设涉外法治协调小组, 成立…协调小组 in a government's own report: a coordinating group it sets up without
        # naming whose, its own, as a 领导小组 so set up is)
        for set_up in _SET_UP_COORDINATING.finditer(text, 0, ctx.body_end):
            a, b = set_up.start(1), set_up.end()
            field = set_up.group(1)
            i = bisect.bisect_left(taken, b, key=_START) - 1
            if (field[:1] in "各本全该" or _STOP.search(field) or i >= 0 and taken[i].end > a
                    or text[max(0, set_up.start() - 3) : set_up.start()].endswith(("委员会", "委"))):
                # (市委全面依法治市委员会成立守法普法协调小组: a committee's group, set up by it, not the government's)
                continue
            group = field + "协调小组"
            name = group if _names_its_place(field, own) else own.name + group
            found.append(AgencyMatch(a, b, group, name, own.name, own.level, own.code or None, name))
    if found and "办公室设在" in text:
        # (成立了…领导小组,由局长任组长…,办公室设在局某股,负责日常工作: the office of the group just set up, written
        # bare at the head of a later clause of the same sentence and given its duty, as 领导小组办公室 is)
        at = text.find("办公室设在", 0, ctx.body_end)
        while at >= 0:
            last = _group_just_named(found, [], at) if text[at - 1 : at] in ",\uff0c" else None
            if (last is not None and last.end >= at - 60 and "\u3002" not in text[last.end : at]
                    and _OFFICE_DUTY.match(text, at + 3)
                    and not any(m.name == last.name + "办公室" for m in found)):
                found.append(AgencyMatch(at, at + 3, text[at : at + 3], last.name + "办公室", last.jurisdiction,
                                         last.level, last.code, (last.written or last.name) + "办公室"))
            at = text.find("办公室设在", at + 5, ctx.body_end)
    return found


# A coordinating group a government sets up, its field bare before 协调小组 (新设涉外法治协调小组): see _own_groups.
_SET_UP_COORDINATING = re.compile(r"(?:成立了?|新设|组建了?)((?:(?![的、和与及,，。;；])[\u4e00-\u9fa5]){2,12}?)协调小组")


# A body's leading group named with the year of its meeting between (某厅2023年度法治建设工作领导小组会议):
# the body's group, the year left out of its name; only before its meeting (会议, 全体会议, 第…次会议).
_YEAR_GROUP = re.compile(r"(?:19|20)\d{2}年度?((?:(?![的和与及、])[\u4e00-\u9fa5]){2,14}?领导小组)"
                         r"(?=(?:全体|第[一二三四五六七八九十\d]{1,3}次)?(?:会议|扩大会议|成员))")


def _year_named_group(text: str, body: AgencyMatch) -> AgencyMatch | None:
    if body.name[-1:] not in "局厅委" or not text[body.end : body.end + 1].isdigit():
        return None
    group = _YEAR_GROUP.match(text, body.end)
    if group is None or _STOP.search(group.group(1)):
        return None
    name = group.group(1)
    return AgencyMatch(body.start, group.end(1), text[body.start : group.end(1)], body.name + name,
                       body.jurisdiction, body.level, body.code, (body.written or body.name) + name)


def _names_its_place(field: str, own) -> bool:
    """Whether a group's field names the document's place by its short name (法治应城建设)."""
    short = getattr(own, "short", None)
    if not short and len(own.name) >= 3 and own.name[-1] in "市县区旗":
        short = own.name[:-1]
    return bool(short) and len(short) >= 2 and short in field


# A bureau's own party committee in its report, holding its meetings or acting (局党委落实“第一议题”,
# 我局定期组织召开党委理论学习中心组学习, 充分发挥局党委…的领导作用): the bureau's 党委, as round two's 市公安局党委 is.
# (局党委书记 is a post, 省局党委 the superior's, 分局党委 a branch's, and a 党委 of another bureau is named
# with it; see _BUREAU_PARTY for its meetings.)
_OWN_COMMITTEE = re.compile(
    r"(?:(?<![\u4e00-\u9fa5])|(?<=[开在由经的次和与及、为内挥]))局党委(?!书记|副书记|委员|成员)"
    # (纳入我局2024年度党组理论学习中心组学习: its party group's study group written after 我局, as its 党委's)
    r"|[我本]局[^\u3002,;\n]{0,10}?(?:召开(?:了)?)?(党委|党组)(?=会|\(扩大\)|(?:理论学习)?中心组)"
    # (组织市局党组理论学习中心组专题(扩大)学习: a city's bureau's own group by its level, 市局, in its own report; in a
    # county's bureau's report, 市局党组 is its superior's)
    r"|(?:(?<![\u4e00-\u9fa5])|(?<=[开在由经的次和与及、为织用实展过]))市局(党委|党组)(?=会|\(扩大\)|(?:理论学习)?中心组)")


def _own_committee(ctx: DocumentContext, taken: list[AgencyMatch]) -> list[AgencyMatch]:
    department = author_agency(ctx)
    if department is None or not department.name.endswith("局"):
        return []
    text = ctx.text
    for match in _OWN_COMMITTEE.finditer(text, 0, ctx.body_end):
        a, b = match.end() - 2, match.end()
        i = bisect.bisect_left(taken, b, key=_START) - 1
        if i >= 0 and taken[i].end > a:
            continue  # named with its bureau (市公安局党委)
        if match.group(2) and (department.level not in ("prefecture", "provincial") or "市" not in department.name):
            continue  # (市局党组 in a county's bureau's report: the city's bureau's, its superior's)
        group = match.group(1) or match.group(2) or "党委"
        name = department.name + group
        return [AgencyMatch(a, b, group, name, department.jurisdiction, department.level, department.code,
                            (department.written or department.name) + group)]
    return []


# A cover sending the document on: 将《X》报送市委、市政府, 现将《X》呈报如下.
# A news story's sentence reporting a document issued, the document's heading and text below it
# (市市场监管局、市药监局与市知识产权局联合印发《X》(简称《清单》),…): X.
_STORY_ISSUED = re.compile(r"印发\u300a([^\u300a\u300b\n]{4,90})\u300b")
_SENT_ON = re.compile(r"将\u300a([^\u300a\u300b\n]{4,90})\u300b[^\u3002\u300a\u300b\n]{0,20}?(?:报送|呈报|上报|报请|报上)")
# The cover's own voice, the report's author speaking as itself (我局坚持…, 我委总结形成了《X》).
_COVER_OWN_VOICE = re.compile(r"我[局委厅办]")
# The cover's salutation, its addressees alone on a line before a colon (市委、市政府:).
_COVER_SALUTATION = re.compile(r"\n[^\n\u3002:\uff1a]{2,30}[:\uff1a][ \t\u3000]*\n")


def _counted(matches: list[AgencyMatch]) -> tuple[dict[str, int], dict[str, AgencyMatch]]:
    """How often each name stands among ``matches``, and the first match of each."""
    count: dict[str, int] = {}
    first: dict[str, AgencyMatch] = {}
    for m in matches:
        count[m.name] = count.get(m.name, 0) + 1
        first.setdefault(m.name, m)
    return count, first


def _renamed(matches: list[AgencyMatch], rename: dict[str, AgencyMatch]) -> list[AgencyMatch]:
    """``matches`` with each name in ``rename`` named (and written) as the match it maps to."""
    if not rename:
        return matches
    return [m._replace(name=rename[m.name].name, written=rename[m.name].written) if m.name in rename else m
            for m in matches]


# A commission's office by its short name (区委依法治区办), or by that name written out (区委依法治区办公室).
_SHORT_COMMISSION_OFFICE = re.compile(r"(.+委)依法治([省市县区州旗])办(?:公室)?")


def _one_commission_office(matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """A commission's office named both in full and short (中共某区委全面依法治区委员会办公室 and 区委依法治区办,
    or 区委依法治区办公室) is one office, named as the text names it most (the full name on a tie)."""
    count, first = _counted(matches)
    rename: dict[str, AgencyMatch] = {}
    for name in count:
        if name == "中央依法治国办":  # the nation's (its committee is 中央全面依法治国委员会, no 委 before 依法治)
            full = "中央全面依法治国委员会办公室"
        elif (short := _SHORT_COMMISSION_OFFICE.fullmatch(name)) is not None:
            full = f"{short.group(1)}全面依法治{short.group(2)}委员会办公室"
        else:
            continue
        if full not in count:
            full = "中共" + full  # (kept as written: 中共中站区委全面依法治区委员会办公室)
        if full in count:
            keep, drop = (full, name) if count[full] >= count[name] else (name, full)
            rename[drop] = first[keep]
    # A body written both with 中共 and without (中共滕州市委…办公室 once, 市委…办公室 in the headline and after):
    # one body, named as the text names it most (the 中共 form on a tie). (Only the rule-of-law commission and its
    # office: a committee written both ways, 中共芜湖市委 and 芜湖市委, stays two entries as the test golds have it.)
    for name in count:
        bare = name.removeprefix("中共")
        if bare != name and "依法治" in bare and bare in count and name not in rename and bare not in rename:
            keep, drop = (name, bare) if count[name] >= count[bare] else (bare, name)
            rename[drop] = first[keep]
    return _renamed(matches, rename)


# A party committee's department written both with 中共 and without (中共襄阳市委宣传部 signing, 市委宣传部 in the
# headline): one body, named as the text names it most (the 中共 form on a tie), as the commission's office written
# both ways is. The committee itself written both ways (中共芜湖市委 and 芜湖市委) stays two entries, as the test
# golds have it; only a department's name (委 then 宣传部, 组织部, 政法委 …) is folded. (round 261: 襄阳)
_PARTY_DEPARTMENT = re.compile(r".+委(?:宣传部|组织部|统战部|统一战线工作部|社会工作部|政法委员会|政法委|网信办|编办"
                               r"|机构编制委员会办公室|办公室)")


def _one_party_department(matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """A committee's department named both with 中共 and without is one body (the form named most, 中共 on a tie)."""
    count, first = _counted(matches)
    rename: dict[str, AgencyMatch] = {}
    for name in count:
        bare = name.removeprefix("中共")
        if bare != name and bare in count and _PARTY_DEPARTMENT.fullmatch(bare) is not None:
            keep, drop = (name, bare) if count[name] >= count[bare] else (bare, name)
            rename[drop] = first[keep]
    return _renamed(matches, rename)


# The full names a 法宣办 is short for (上海市法治宣传教育联席会议办公室, 某县法治宣传教育领导小组办公室).
_PUBLICITY_OFFICE_NAMES = ("法治宣传教育联席会议办公室", "法治宣传教育领导小组办公室", "法治宣传教育工作领导小组办公室")


def _one_publicity_office(matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """A publicity office named both in full and short (上海市法治宣传教育联席会议办公室 and 市法宣办) is one office,
    named as the text names it most (the full name on a tie), as a commission's office is."""
    count, first = _counted(matches)
    rename: dict[str, AgencyMatch] = {}
    for name in count:
        if not name.endswith("法宣办"):
            continue
        fulls = [name[:-3] + full for full in _PUBLICITY_OFFICE_NAMES if name[:-3] + full in count]
        if len(fulls) == 1:
            keep, drop = (fulls[0], name) if count[fulls[0]] >= count[name] else (name, fulls[0])
            rename[drop] = first[keep]
    return _renamed(matches, rename)


# A bureau's section (股, 科) named right after the bureau (司法局行政复议与应诉股).
_RENAMED_SECTION = re.compile(r"(?![将把对])[\u4e00-\u9fa5]{2,12}?[股科]")  # (区某局将综合科更名为…: the bureau renames)


# A commission's (or group's) bare office listed after it, before what both share (委员会、办公室会议, 委员会、办公室成员).
_LISTED_OFFICE = re.compile(r"、办公室(?=会议|成员|组成人员|全体会议|[,。;、和及])")


# A joint headline whose party committee stands on a line of its own above the title (中共汨罗市委 / 汨罗市人民政府 /
# 关于…的报告; a site's copy may repeat the line): that committee made the document with the government.
# (the committee by its formal name the same: 中共某县委员会 / 某县人民政府 / 关于…, 中共某镇委员会 / 某镇人民政府)
_PARTY_AUTHOR_LINE = re.compile(r"[ \t\u3000]*中共[\u4e00-\u9fa5]{2,12}?委(?:员会)?[ \t\u3000]*\n")
_BODY_HEADLINE = re.compile(r"(?:[\u4e00-\u9fa5]{2,15}?(?:人民政府|政府|办事处))?关于")


# A notice putting a draft out for comment (现就《X(征求意见稿)》面向社会公开征求意见), and a draft's mark.
_CONSULTED = re.compile(r"就《([^《》\n]{4,90})》[^。;\n《》]{0,30}?征求意见")
_DRAFT_MARK = re.compile(r"[(（](?:征求意见稿|送审稿|草案|讨论稿)[)）]$")


# The titles listed just before the last one a notice issues (制定了《A》《B》《C》(以下称…),现印发给你们), joined by
# nothing or by 、/和/及/与.
_TITLE_BEFORE = re.compile(r"《([^《》\n]{4,90})》[、和及与]?$")


def _issued_together(text: str, issued: re.Match) -> set[str]:
    """The normalised titles a notice issues in one sentence: the one its match names and those listed right before it
    (a notice issuing three lists at once, the page's heading the first list's, after 附件1)."""
    titles = {normalize_title(issued.group(1))}
    end = issued.start()
    for _ in range(8):
        before = _TITLE_BEFORE.search(text, max(0, end - 100), end)
        if before is None:
            break
        titles.add(normalize_title(before.group(1)))
        end = before.start()
    return titles


def _author_lines_above(ctx: DocumentContext, begin: int) -> int:
    """Where the headline begins when up to three lines just above its title are each a party committee's name
    alone and the title is a body's (某市人民政府关于…, 关于…): the first of those lines, else begin."""
    if ctx.text[begin - 1 : begin] != "\n" or not ctx.title or _BODY_HEADLINE.match(ctx.title) is None:
        return begin
    start = begin
    for _ in range(3):
        above = ctx.text.rfind("\n", 0, start - 1) + 1
        if _PARTY_AUTHOR_LINE.fullmatch(ctx.text, above, start) is None:
            break
        start = above
    return start


@register(NAME)
def agencies(doc: Document) -> Iterator[Fact]:
    """Bodies acting in the text, with their jurisdiction made explicit."""
    ctx = context_of(doc)
    me = doc.mention()
    begin = ctx.title_span[0] if ctx.title_span else 0
    if begin and ("给你们" in ctx.text[:begin] or "现予" in ctx.text[:begin]):
        # The plan's title standing after the notice that issues it (《X》已经省政府同意,现印发给你们。
        # 某省人民政府办公厅 … X; 我部研究制定了《X》,现予印发。 教育部 … X): the notice and its signature are the
        # document's too.
        issued = ISSUED_TO_YOU.search(ctx.text, 0, begin) or ISSUED_HEREWITH.search(ctx.text, 0, begin)
        if issued is not None and normalize_title(ctx.title) in _issued_together(ctx.text, issued):
            begin = ctx.text.rfind("\n", 0, issued.start()) + 1
    elif begin and "报" in ctx.text[:begin]:
        # The report's title standing after the cover that sends it on (区司法局提请以区委、区政府名义
        # 将《X》报送市委、市政府。… 某区司法局 … X): the cover and its signature are the document's too.
        sent = _SENT_ON.search(ctx.text, 0, begin)
        if sent is not None and normalize_title(sent.group(1)) == normalize_title(ctx.title):
            # (from its sentence: the cover's grounds before it name who must report, no body acting,
            # and a page flattened to one line has no line to start from)
            begin = max(ctx.text.rfind("\n", 0, sent.start()), ctx.text.rfind("\u3002", 0, sent.start())) + 1
            # A cover in the author's own voice (市委、市政府:\n2022年,在市委、市政府坚强领导下,我局坚持…。根据…
            # 印发的《A》的要求,我局总结形成了《X》…。现将《X》报上。): the whole letter below its salutation is the
            # author's, its leadership and grounds too.
            salutation = None
            for salutation in _COVER_SALUTATION.finditer(ctx.text, 0, sent.start()):
                pass
            if salutation is not None and _COVER_OWN_VOICE.search(ctx.text, salutation.end(), sent.start()):
                begin = salutation.end()
    if begin and "征求意见" in ctx.text[:begin]:
        # The draft's title standing after the notice that puts it out for comment (现就《X(征求意见稿)》面向社会公开
        # 征求意见,… 某区人民政府办公室 2020年11月18日 / X / (征求意见稿)): the notice and its signature are the
        # document's too (round 255).
        consulted = _CONSULTED.search(ctx.text, 0, begin)
        if consulted is not None and normalize_title(_DRAFT_MARK.sub("", consulted.group(1))) == normalize_title(ctx.title):
            begin = ctx.text.rfind("\n", 0, consulted.start()) + 1
    if begin and "印发《" in ctx.text[:begin]:
        # A news story above the document it reports issued (日前,市市场监管局、市药监局与市知识产权局联合印发
        # 《X》… / X / 一、下列…): the heading below is the carried document's, and the story's bodies act.
        own = normalize_title(ctx.title)
        for told in _STORY_ISSUED.finditer(ctx.text, 0, begin):
            if normalize_title(told.group(1)) == own:
                begin = ctx.text.rfind("\n", 0, told.start()) + 1
                break
    if begin and "中共" in ctx.text[max(0, begin - 60) : begin]:
        begin = _author_lines_above(ctx, begin)
    # A label line has its colon: most documents have none, and a scan of the text costs more than the look.
    skip = []
    if ":" in ctx.text:
        for m in _LABEL_LINE.finditer(ctx.text):
            skip.append(m.span())
            if m.group(1) == "抄送":
                end = m.end()
                while more := _COPY_LIST_MORE.match(ctx.text, end):
                    skip.append(more.span())
                    end = more.end()
        skip += [m.span() for m in _BYLINE.finditer(ctx.text, 0, ctx.body_end)]
    if "令" in ctx.text:
        skip += [m.span() for m in _ORDER_NUMBER.finditer(ctx.text)]
    if "资料:" in ctx.text or "资料来源:" in ctx.text:
        skip += [m.span() for m in _MATERIAL_CREDIT.finditer(ctx.text)]
    if "供稿" in ctx.text:
        skip += [m.span() for m in _CONTRIBUTED.finditer(ctx.text)]
    if any(word in ctx.text for word in ESSAY_ENDINGS):
        skip += [m.span(1) for m in _ESSAY_BYLINE.finditer(ctx.text, 0, ctx.body_end)]
    if "讯" in ctx.text:
        for m in _MEDIA_DATELINE.finditer(ctx.text, 0, ctx.body_end):
            skip.append((max(ctx.text.rfind("\n", 0, m.start()) + 1, m.start() - 20), m.end()))
    if "•" in ctx.text:
        skip += [m.span() for m in _BULLET_LABEL.finditer(ctx.text, 0, ctx.body_end)]
    if "|" in ctx.text:
        skip += [m.span() for m in _CELL_LABEL.finditer(ctx.text, 0, ctx.body_end)]
    if _LABEL_ABOVE_HINT.search(ctx.text) is not None:
        skip += [m.span() for m in _LABEL_ABOVE.finditer(ctx.text)]
    # (the page's head ends 200 characters past its title, a site's menu above it or not)
    head_end = min(ctx.body_end, (ctx.title_span[1] if ctx.title_span else 0) + 200)
    head = ctx.text[max(0, head_end - 600) : head_end]
    if "日" in head or "-" in head:
        skip += [m.span() for m in _DATED_BYLINE.finditer(ctx.text, 0, head_end)]
    if ".gov.cn" in ctx.text or ".com" in ctx.text:
        skip += [m.span() for m in _SITE_LINE.finditer(ctx.text)]
    if "位置" in ctx.text:
        skip += [m.span() for m in _BREADCRUMB_LINE.finditer(ctx.text, 0, ctx.body_end)]
    if ctx.recipient_span is not None:
        skip.append(ctx.recipient_span)
    matches = find_agencies(ctx, begin, ctx.body_end)
    carried = (_CARRIED_AUTHORS.search(ctx.text, *ctx.title_span)
               if ctx.title_span and ctx.title.endswith(("》", "》的通知")) and "《" in ctx.title else None)
    if carried is None and ctx.title_span and (FORWARDED_BARE.search(ctx.title) or (
            "《" not in ctx.title and _ISSUED_BARE_HEADLINE.search(ctx.title))):
        # (省委省政府转发“七五”普法规划: the authors of the plan its opening forwards in marks; a news headline saying
        # a place put the plan out, 江苏出台“八五”普法规划, over 省委、省政府日前印发通知,转发《省委宣传部、省司法厅
        # 关于…》, the same.)
        end = ctx.title_span[1]
        carried = _CARRIED_AUTHORS.search(ctx.text, end, min(ctx.body_end, end + 600))
    if carried is None and ctx.title_span is None:
        lead = _NEWS_LEAD_CARRIES.search(ctx.text, 0, min(ctx.body_end, 600))
        carried = _CARRIED_AUTHORS.match(ctx.text, lead.end()) if lead is not None else None
    if carried is not None:
        # The authors of the plan a page's headline says is issued or forwarded, named in the
        # headline only (…转发《省委宣传部、省司法厅关于…规划》): they made it. (A notice
        # forwarding a higher body's opinion, 关于转发《…》的通知, leaves its author out: a
        # notice's carried authors count only when they are the document's own division's,
        # 转发《河北省法治宣传教育领导小组关于…规划》的通知.)
        # (a body only a 来源 or a byline names, left out below, does not stand for the author named here:
        # 日前,某市委、市政府转发《市委宣传部、市司法局关于…》 … 来源:某市司法局)
        taken = {m.name for m in matches if not any(s <= m.start < e for s, e in skip)}
        own = ctx.division.name if ctx.division is not None else None
        authors = [m for m in find_agencies(ctx, *carried.span(1), include_titles=True) if m.name not in taken]
        if ctx.title and ctx.title.endswith("的通知") and not all(m.jurisdiction == own for m in authors):
            authors = []
        matches = sorted(matches + authors, key=_START)
    if skip:
        matches = [m for m in matches if not any(s <= m.start < e for s, e in skip)]
    text = ctx.text
    if "中共" in text and "委" in text:
        # (after a headline's carried authors join: 市委宣传部 there, 中共某市委宣传部 signing)
        matches = _one_party_department(matches)
    if ("局党" in text or "厅党" in text or "委党" in text or "部党" in text or "署党" in text or "办公室党组" in text
            or "通过党" in text or "办党组" in text):
        matches = sorted(matches + _bureau_party_bodies(ctx, matches, begin), key=_START)
    if "党组" in text and "领导下" in text:
        matches = _party_group_leading(text, matches)
    if "国家税务总局" in text or "国家金融监督管理总局" in text:
        matches = _vertical_branches(text, matches)
    if "以下简称" in text:
        matches = sorted(matches + _aliased_bodies(text, matches), key=_START)
    if "指挥部)办公室" in text or "指挥部）办公室" in text:
        matches = _group_office_past_alias(text, matches)
    if "”" in text and ("办公室" in text or "办”" in text):
        matches = sorted(matches + _coded_offices(ctx, matches, begin), key=_START)
    if "、" in text and "政府办公" in text:
        matches = _shared_office(text, matches)
    if "委、" in text:
        matches = _shared_party_department(text, matches)
    matches = _acting_only(text, matches)
    if ("被" in text or "获" in text or "得到" in text or "受到" in text or "入选" in text or "创成“" in text
            or "取得" in text and ("成绩" in text or "名次" in text or "取得第" in text)
            or "予以" in text or "名的是" in text or "排名" in text
            or "简报" in text or "督查激励" in text or "组充分肯定" in text or "组肯定" in text
            or _HONOURED_UNIT.search(text)):
        matches = _without_honours(text, matches)
    if "个)" in text or "等次" in text or "档次" in text or "单位:" in text or "集体:" in text or "单位：" in text:
        matches = _without_rolls(text, matches)
    if "加挂" in text or "挂牌成立" in text:
        matches = _without_signs(text, matches)
    if "推荐" in text:
        matches = _without_put_forward(text, matches)
    if "专栏" in text:
        matches = _without_column_hosts(text, matches)
    if ("负责" in text or "同志到会" in text or "经办人" in text or "名领导" in text
            or "名相关领导" in text or "名有关领导" in text or "名主要领导" in text or "分管领导" in text) and (
            _ATTENDING_CORE.search(text) or ("的还有" in text or "的有" in text) and _ATTENDING_FIRST.search(text)):
        matches = _without_attendees(text, matches)
    if "关领导" in text and _LEADERS_ATTENDING.search(text):
        matches = _without_leaders_attending(text, matches)
    if "述法" in text:
        matches = _without_speakers(text, matches)
    if "全体成员" in text:
        matches = _without_members_attending(text, matches)
    if "了" in text or "对" in text or "赴" in text or "到" in text or "掌握" in text or "前往" in text:
        matches = _without_inspected(text, matches)
    if "前往" in text:
        matches = _without_visited(text, matches)
    if "单位" in text or "部门" in text:
        matches = _without_pressed(text, matches)
    if ("意见" in text and ("提供" in text or "出具" in text)) or "法律顾问" in text or "公职律师" in text or (
        "审" in text and ("协议" in text or "合同" in text)
    ) or ("派" in text and ("律师" in text or "调解员" in text or "纪检监察组" in text)) or "召集" in text:
        matches = _without_advised(text, matches)
    if "调整" in text:
        matches = _without_adjusted(text, matches)
    if "迎接" in text:
        # a body whose check is awaited (做好迎接中央依法治国办第三方评估、实地核查等准备工作): the one to come,
        # no body acting in the text (the place preparing for it acts)
        matches = [m for m in matches if not (text[m.start - 2 : m.start] == "迎接" and _AWAITED_CHECK.match(text, m.end))]
    if "室" in text or "厅" in text:
        # the room a meeting is held in (在县司法局一楼会议室): a place, no body acting
        matches = [m for m in matches if _VENUE_AFTER.match(text, m.end) is None]
    if "获悉" in text or "了解到" in text or "获知" in text:
        # the body a reporter learns the news from (记者从省委依法治省办获悉: …): the news's source, as a 来源
        # line is, no body acting in it
        matches = [m for m in matches if not (text[m.start - 1 : m.start] == "从" and m.start > 0
                                              and text.startswith(("获悉", "了解到", "获知"), m.end))]
    if "实地" in text:
        # the bodies a visit goes to, named right after its verb (实地调研县税务局,对…给予肯定; 实地走访了A、B):
        # places and objects of the visit, no body acting there
        spans = [(m.end(), m.end() + len(_CLAUSE_REST.match(text, m.end()).group())) for m in _VISITED_ON_SITE.finditer(text)]
        matches = _outside(matches, spans)
    # (an editor's line after it, 编辑:某某 ending the page, is set aside first: the contributor's line ends the text above it)
    tail = _EDITOR_LAST_LINE.search(text, max(0, len(text) - 40)) if "编辑" in text[-40:] else None
    stop = tail.start() if tail is not None else len(text)
    last_lines = _last_lines(text[:stop])
    if (alone := _BODY_ALONE_LAST.search(text, last_lines, stop)) is not None and news_page(text):
        # a news item's source alone on its last line, no date under it (法治视点网11月6日讯:… / …的力量。/
        # 某县法治建设服务中心): who sent the item, as a contributor line is, no body acting in it; a notice's or
        # report's signature has its date under it (round 261: 阳谷)
        matches = [m for m in matches if not alone.start() <= m.start < alone.end()]
    if _CONTRIBUTOR_LINE.search(text, last_lines, stop):
        # a news page's contributor line at its end (某市司法局 某某, (某市司法局普治科 某某)): who wrote the item,
        # no body acting in it
        lines = [m.span() for m in _CONTRIBUTOR_LINE.finditer(text, last_lines, stop)]
        matches = [m for m in matches if not any(a <= m.start < b for a, b in lines)]
    if text[max(0, ctx.body_end - 8) : ctx.body_end].rstrip().endswith((")", "）")):
        # a news item's credit in parentheses after its last sentence (…展开。(某区政府法制办)): who wrote
        # or sent the item, as a contributor line is, no body acting in it
        credit = _TRAILING_CREDIT.search(text, max(0, ctx.body_end - 60), ctx.body_end)
        if credit is not None:
            matches = [m for m in matches if not credit.start() <= m.start < credit.end()]
    if "举行" in text:
        # the body a meeting is held at (评议会在市司法局举行): a place, no body acting
        matches = [m for m in matches if not (text[m.start - 1 : m.start] == "在" and text.startswith("举行", m.end))]
    if "会在" in text:
        # the body a meeting, the clause's subject, is convened at (评议会在自治区司法厅召开。): a place, as with 举行
        # (a region's bare 自治区 body is matched from its 区: 会在自治区…)
        matches = [m for m in matches if _MEETING_CONVENED_AT.match(text, m.end) is None
                   or not text[max(0, m.start - 4) : m.start].endswith(("会在", "会在自治"))]
    if "窗" in text or "专区" in text:
        # the body a service window is set up in (在区数政局设立“跨省通办”窗口, 在县政务服务中心开设…专窗): a place,
        # as a meeting's venue is; whoever set the window up acts
        matches = [m for m in matches if not (text[m.start - 1 : m.start] == "在" and _WINDOW_SET_UP.match(text, m.end))]
    if "成员" in text:
        matches = _without_posts(text, matches)
    if "·" in text:
        # an item of a site's menu of links (- ·市委全面依法治市委员会办公室 市委宣传部 市司…): a link's words, cut to
        # the menu's width, no body acting in the text
        menu = menu_link_spans(text)
        matches = [m for m in matches if not in_spans(m.start, menu)]
    if "党" in text:
        matches = [m for m in matches if not _party_group(text, m)]
    # A government's website and its rules (市政府门户网站, 市政府规章, 市政府行政规范性文件) are no body acting.
    # (清理市委规范性文件: a committee's documents, the committee not acting; 正局级, a cadre's rank.)
    matches = [m for m in matches if not (m.name[-1] == "府" and (
        text.startswith(_GOVERNMENT_THINGS, m.end) or _OFFICE_UNDER.match(text, m.end))
        or m.name[-1] == "委" and text.startswith("规范性文件", m.end)
        # (街道办事处驻地位于…: a street office's seat, a place, as a government's is)
        or m.name.endswith("办事处") and text.startswith("驻地", m.end)
        # (清理省政府及省政府办公厅行政规范性文件: a government's office's documents, as its government's)
        or m.text.endswith(("办公厅", "办公室", "办")) and text.startswith(("规范性文件", "行政规范性文件"), m.end)
        # (废止的市政府(含市府办公室)规范性文件: the documents of a government and of the office it includes, neither
        # acting; one issuing in their name, 以县政府(含县政府办)名义制发, still issues)
        or m.name[-1] == "府" and _INCLUDED_OFFICE_DOCUMENTS.match(text, m.end)
        or text[m.start - 1 : m.start] == "含" and m.text.endswith(("办公厅", "办公室", "办"))
        and _DOCUMENTS_AFTER_BRACKET.match(text, m.end)
        # (市正局级主要领导干部, 副厅级干部: a rank, no bureau)
        or m.name[-1] in "局厅" and text.startswith("级", m.end)
        or m.name[-1] in "会室" and _COMMITTEE_RULES.match(text, m.end)
        # (学习国务院组织法和国务院工作规则: a body's organic law and rules named bare, not the body)
        # (区司法局组织法律顾问开展…, 组织法治宣传: the body's verb 组织 before 法律/法治, not its organic law; round 265)
        or text.startswith(_ORGANIC_LAW, m.end) and not text.startswith(_ORGANISING_LAW_WORK, m.end)
        or m.name[-1] in "院府" and text.startswith(_BODY_RULES, m.end))]
    if ("方案" in text or "要点" in text or "规划" in text or "建设工作安排" in text or "建设年度工作安排" in text
            or "工作计划" in text):
        # 紧紧围绕《纲要》、市委实施方案和…具体举措, 紧扣区委全面依法治区委员会2025年工作要点要求: a body's
        # document followed, named by its owner, is no body acting (as the 文件 of a 国务院办公厅 followed)
        # (not the document's own title, 广东省司法厅2023年工作要点, whose author it names)
        # (省委、省政府实施方案: the plan of both bodies listed, the first followed by the second and its plan)
        own_title = ctx.title_span or (0, 0)
        owned = [False] * len(matches)
        for i in range(len(matches) - 1, -1, -1):
            m = matches[i]
            owned[i] = _OWNED_DOCUMENT.match(text, m.end) is not None or (
                i + 1 < len(matches) and owned[i + 1] and matches[i + 1].start == m.end + 1
                and text[m.end : m.end + 1] in "、和及与")
        matches = [m for i, m in enumerate(matches) if own_title[0] <= m.start < own_title[1] or not owned[i]]
    if "“" in text:
        # a quoted phrase that reads like a bare body (基本实现“市县同权”“市县同办”): a reform's word, no body;
        # a group's or office's full name quoted (发挥“省…领导小组办公室”作用) is still that body
        matches = [m for m in matches if not (text[m.start - 1 : m.start] == "“" and text[m.end : m.end + 1] == "”"
                                              and text[m.start : m.start + 1] in "省市县区乡镇"
                                              and not (m.end - m.start >= 8 and text[m.start : m.end].endswith(
                                                  ("领导小组", "领导小组办公室", "委员会办公室"))))]
    if "级" in text and "“" in text:
        # the tiers of a structure quoted (优化“街道党工委、社区党委、网格党支部”三级治理架构): its levels, no body acting
        matches = _outside(matches, [m.span(1) for m in _QUOTED_TIERS.finditer(text)])
    if "两办" in text:  # 省委省政府两办: the committee's and the government's offices, neither body itself
        matches = [m for m in matches if not re.match(r"[省市县区]?(?:人民)?政府两办|两办", text[m.end : m.end + 8])]
    if "联系" in text or "地址" in text:
        # a report's contact for questions (如对本报告有疑问,请与某街道党政综合办公室联系(地址:…区行政中心六楼)):
        # the office that answers and its address, as a page's 政策咨询机关 is, no body acting; one that acts
        # elsewhere (由某县人民政府办公室编制) is found there
        matches = _outside(matches, [m.span() for m in _CONTACT.finditer(text)]
                           + [m.span(1) for m in _CONTACT_ASKED.finditer(text)])
    if "栏目" in text or "专栏" in text:
        # a government's column on a site (维护区政府“两化”栏目, 区政府政务公开专栏): a thing it owns, as its website is
        matches = [m for m in matches if not (m.name[-1] == "府" and _COLUMN_OWNED.match(text, m.end))]
    if "网站" in text or "监管平台" in text or "建设项目" in text or "工作报告精神" in text or "学院" in text:
        matches = _without_things(text, matches)
    if "平台”" in text or "系统”" in text:
        # a platform or system named in quotes after its owner (登录“某市政府行政执法公共法律知识考试云平台”,
        # “某省行政执法人员资格认证管理系统”): the thing's name, as a body's website is, no body acting (round 254)
        matches = _outside(matches, [m.span() for m in _QUOTED_PLATFORM.finditer(text)])
    if "职责" in text and ("划入" in text or "划转" in text):
        # 组建某局, 划入区住房保障和房屋管理局、区建设局…等职责: the bodies whose duties a reform moved, no body acting
        matches = _outside(matches, [m.span(1) for m in _TRANSFERRED_DUTIES.finditer(text)])
    if "巡" in text or "督察" in text:
        matches = [m for m in matches if (_INSPECTION_THING.match(text, m.end) is None or _INSPECTION_RUN.search(
            text, max(0, m.start - 12), m.start)) and not (
            text[max(0, m.start - 2) : m.start] in _MEASURED_BY and _INSPECTION_FINDINGS.match(text, m.end))
            and _INSPECTION_FOUND_RECTIFIED.match(text, m.end) is None]
    if "考核" in text and "入" in text:
        # 纳入县委依法治县考核、县政府综合目标考核: a committee's or government's assessment named as a thing a duty
        # is put into, as its 巡察 is (纳入全市年度综合考核和市委巡察), not the body acting
        matches = [m for m in matches if not (_ASSESSMENT_THING.match(text, m.end) and _PUT_INTO.search(
            text, max(0, m.start - 40), m.start))]
    if ("督查" in text or "督察" in text) and "入" in text:
        # 纳入市委巡察、市委办公室和市政府办公室督查内容: the offices' inspection named as a thing a duty is put
        # into, as a committee's 考核 and 巡察 are, not the bodies acting (a body that 开展督查 still acts)
        matches = [m for m in matches if not (_INSPECTION_CONTENT.match(text, m.end) and _PUT_INTO.search(
            text, max(0, m.start - 40), m.start))]
    if "项目" in text and "入" in text:
        # 列入市委深改委2024年重点改革突破性项目: a committee's list of key projects named as a thing work is put
        # into, as its 考核 and 督查 are, not the committee acting
        matches = [m for m in matches if not (_PROJECT_LIST_THING.match(text, m.end) and _PUT_INTO.search(
            text, max(0, m.start - 40), m.start))]
    if "中心组" in text and "制度" in text:
        # 严格执行区委理论学习中心组学法、政府常务会议学法…制度: a committee's study group's rules, listed with
        # others, not the committee acting (its study group at its study still is)
        matches = [m for m in matches if not (m.name[-1:] == "委" and _STUDY_RULES.match(text, m.end))]
    if "中心组" in text and "内容" in text:
        # 纳入区委理论学习中心组学习重点内容: what a committee's study group studies, a thing put into it, not the
        # committee acting (its study group at its study still is). A division's committee only: a bureau's 党委 or
        # 党组 whose study group a subject is put into (纳入局党委理论学习中心组学习内容) acts, as the stored golds read it.
        matches = [m for m in matches if not (m.name[-2:] in _DIVISION_COMMITTEES and _STUDY_CONTENTS.match(text, m.end))]
    if "”制度" in text or "”和" in text and "中心组学" in text:
        # 落实街道党工委“第一议题”制度: a committee's rule, named by its quoted name, not the committee acting
        # (nor when the rule is shared with its study group's: 坚持镇党委“第一议题”和党委理论学习中心组学习制度)
        matches = [m for m in matches if not (m.name[-1:] == "委" and _QUOTED_RULE.match(text, m.end))]
    if "党组" in text and "制度" in text:
        # 建立…县政府党组定期集中学法制度: a government's party group's study rules, not the government acting
        matches = [m for m in matches if not (m.name.endswith("政府") and _PARTY_GROUP_STUDY_RULES.match(text, m.end))]
    if "为成员" in text:  # 镇平安办、镇党政办、司法所等相关工作人员为成员: units whose staff are members
        matches = [m for m in matches if not _MEMBERS_AFTER.match(text, m.end)]
    if "建成" in text:
        # 建成广州法务大厦、市调解协会和市多元解纷中心: a centre built, listed with the other things built in the
        # clause, is the work's result, not a body acting (a centre that 建成 follows, 中心建成, still is one)
        matches = [m for m in matches if not (m.name.endswith("中心") and _BUILT_BEFORE.search(
            text, max(0, m.start - 32), m.start))]
    if "中心" in text:
        # 县服务中心, 县中心: a centre named by no field of its own, too generic to be one body (as 县级调处中心 is)
        matches = [m for m in matches if _BARE_CENTRE.fullmatch(m.text) is None]
    if "便民服务中心" in text:
        # 街道便民服务中心以“群众满意”为出发点: a service hall, where the public is served, no body acting (the early
        # rounds' record: 便民服务中心 read as a body is spurious; no stored gold lists one)
        matches = [m for m in matches if not m.name.endswith("便民服务中心")]
    if "加强" in text and "建设" in text:  # 加强依法治县办建设: the body built up, not a body acting
        matches = [m for m in matches if not (text.startswith("建设", m.end) and text[m.start - 2 : m.start] == "加强")]
    if ("次会议" in text or "会议精神" in text or "全会精神" in text or "委精神" in text or "文件精神" in text
            or "讲话精神" in text):
        matches = _without_meeting_spirit(text, matches)
    if "关于" in text and "精神" in text:
        # 落实省委依法治省办关于…备案规定相关精神: the words of what the body set out, followed; no body acting
        matches = [m for m in matches if _SPIRIT_OF_ITS_RULE.match(text, m.end) is None]
    if "精神" in text and ("座谈会" in text or "培训班" in text):
        # 关于全国人大备案审查工作座谈会暨…培训班精神的汇报: a forum or a training course named after the body that
        # held it, its spirit relayed: the meeting's words, not the body acting, as a committee's 会议精神 is (round 248)
        matches = [m for m in matches if not ((named := _FORUM_SPIRIT.match(text, m.end)) is not None
                                              and not _HOLDS_IT.search(named.group()))]
    if "全会" in text or "扩大会议" in text:
        # 自治区党委十届六次全会关于…, 地委扩大会议关于…的工作情况: what the committee's meeting set out,
        # not the committee acting
        matches = [m for m in matches if not (m.name[-1:] == "委" and _PLENUM_SAID.match(text, m.end)
                                              and not _PLENUM_DEPLOYED.match(text, m.end))]
    added = _own_groups(ctx, matches)
    if "会,专门负责" in text or "会,负责" in text or "会,具体负责" in text or ("局" in text and "办公室," in text):
        added += _own_duty_committees(ctx, matches)
    if "任主任的" in text:
        added += _chaired_committees(ctx, matches)
    if "党委" in text or "党组" in text:
        added += _own_committee(ctx, matches)
    if "人大及其常委会" in text:
        added += _congress_and_committee(ctx, begin)
    if "人大" in text and "监督" in text:
        added += _congress_supervising(ctx, begin)
    if ("人大组织" in text or "人大举办" in text or "人大主办" in text
            or "人大" in text and ("检查" in text or "专题询问" in text) or "接受人大" in text):
        added += _congress_organising(ctx, begin)
    if "配合" in text or "会同" in text or "协助" in text:
        added += _bare_partners(ctx, begin)
    if "政府常务会" in text:
        added += _bare_government_meetings(ctx, begin, matches)
    if "届人大常委会" in text:
        added += _termed_own_congress(ctx, begin, matches)
    if "及其办公室" in text or "及办公室" in text or "、办公室" in text:
        names_found = {m.name for m in matches}
        # 成立区委全面依法治区委员会及其办公室, 市委全面依法治市委员会及办公室会议: the commission and its office both
        # (and its bare office listed after it with 、, 召开市委全面依法治市委员会、办公室会议: the same)
        added += [m._replace(end=m.end + n, text=text[m.start : m.end + n], name=m.name + "办公室",
                             written=(m.written or m.name) + "办公室")
                  # (省法治政府建设领导小组及其办公室积极履行协调职能: a leading group and its office, the same)
                  for m in matches if m.name.endswith(("委员会", "领导小组"))
                  for n in (5 if text.startswith("及其办公室", m.end) else 4 if text.startswith("及办公室", m.end)
                            else 4 if _LISTED_OFFICE.match(text, m.end) is not None else 0,)
                  # (the office the text names by its short name too, 市委依法治市办: one body, named as written)
                  if n and (_COMMISSION_OFFICE.sub(r"依法治\1办", m.name) if m.name.endswith("委员会")
                            else m.name + "办公室") not in names_found]
    if "委员会办公室" in text or "下设办公室" in text:
        added += _bare_commission_office(text, matches, begin)
    if "年度" in text and "领导小组" in text:
        # 召开云南省某厅2023年度法治建设工作领导小组会议: the department's group, its meeting's year between
        added += [g for g in map(functools.partial(_year_named_group, text), matches) if g is not None]
    # (市人大法制委员会、常委会法工委: a congress's committee by its full name, its standing committee's after it)
    if any(text[m.start() - 1 : m.start()] in ("党", "工", "省", "市", "县", "区", "州") for m in _ELIDED_ANY.finditer(text)) or (
            "委和常委会" in text or "委、常委会" in text or "会和常委会" in text or "会、常委会" in text):
        elided = [e for e in (_elided(text, m) for m in matches if m.name[-1:] == "委") if e is not None]
        standing = [(e.start, e.end) for e in elided if e.text.startswith("常委会")]
        if standing:  # (常委会法制工委 after a congress's committee: the congress's, not a body listed under a bare level)
            matches = [m for m in matches if not any(a <= m.start and m.end <= b for a, b in standing)]
        added += elided
    if "印发" in text and ctx.division is not None and ("我区" in text or "我县" in text or "我市" in text):
        added += _own_government_issuing(ctx, matches)
    if added:
        matches = sorted(matches + added, key=_START)
    if "级" in text:
        # a group or committee of several levels at once (调整市乡两级党委法治建设议事协调机构领导小组名单): a plural,
        # as 县乡两级政府 is, no body named
        matches = [m for m in matches if _LEVELS_INSIDE.match(text, m.start, m.end) is None]
    if "领导小组\n" in text:
        matches = _signed_groups(text, matches)
    if "委政府" in text or "委管委会" in text or (ctx.title is not None and ("党委" in ctx.title or "委员会" in ctx.title)
                           and "政府" in ctx.title):
        matches = [part for m in matches for part in _split_joined(m)]
    if "委员会" in text and "中共" in text:
        matches = _formal_town_heads(text, matches)
    if "依法治" in text:
        matches = _one_commission_office(matches)
    if "市局" in text or "县局" in text or "区局" in text:
        matches = [_bureau_by_its_place(text, m) for m in matches]
    if "法宣办" in text and "法治宣传教育" in text:
        matches = _one_publicity_office(matches)
    # Only a body before a 《 can stand as a title's issuer: look there only.
    acting = {m.name for m in matches if "《" not in text[m.end : m.end + 18] or not _issuer_position(text, m.end)}
    if "号)" in text or "号）" in text:
        # A body opening a title written without its marks, its number after it (韶关市政府质量奖评审管理办法
        # (韶府规[2021]3号), a table's cell of grounds): the title's issuer, no act, as before a 《.
        acting = {m.name for m in matches if m.name in acting and _UNMARKED_NUMBERED_TITLE.match(text, m.end) is None}
    names = written_names(ctx)
    seen: set[str] = set()
    author = _without_zone_city(ctx.division, author_agency(ctx))
    if "管理委员会" in text and "管委会" in text:
        renamed, author = _one_management_committee(text, matches, author)
        acting |= {new.name for old, new in zip(matches, renamed) if old.name in acting}
        matches = renamed
    own_street = ctx.division.name if ctx.division is not None and ctx.division.name.endswith("街道") else None
    own_town = ctx.division.name if ctx.division is not None and ctx.division.level == "township" \
        and ctx.division.name.endswith(("镇", "乡")) else None
    for match in matches:
        if match.name not in acting:
            continue
        if match.name.endswith(_SELF_GOVERNING):
            # a villagers' or residents' committee (建湖县近湖镇陈堡村村民委员会, listed among defaulters): a body of
            # self-government, neither a government's nor the party's (round 257, 盐城)
            continue
        if own_street is not None and match.name.startswith(own_street[:-1]) \
                and match.name[len(own_street) - 1 :].startswith(("工委", "党工委", "办事处")):
            # The page's own street written by its short name before a body (新北街工委 in 新北街道's report): the
            # street's body, one name however written.
            written = match.written or match.name
            if written.startswith(own_street[:-1]) and not written.startswith(own_street):
                written = own_street + written[len(own_street) - 1 :]
            name = own_street + match.name[len(own_street) - 1 :]
            if name.endswith("街道工委"):
                name = name[:-2] + "党工委"  # (the 党工委 written 工委, as 街道工委 is)
            match = match._replace(name=name, written=written)
        if own_town is not None and own_town in match.name[2:] and _OWN_TOWN_PREFIX.fullmatch(
                match.name[: match.name.index(own_town, 2)]):
            # The page's own township written after its county (澧县澧南镇司法所 in 澧南镇's page): the township's
            # body, written with its township as its other bodies are (round 66's 胡集镇司法所).
            cut = match.name.index(own_town, 2)
            written = match.written or match.name
            match = match._replace(name=match.name[cut:],
                                   written=written[written.index(own_town):] if own_town in written else match.name[cut:])
        if match.name in seen:
            continue
        seen.add(match.name)
        mention = agency_mention(doc, match, NAME, names)
        yield Fact(me, "mentionsAgency", mention, mention.source)
    if author is not None and author.name != _split_joined(author)[0].name:
        author = None  # 中共…乡党委…乡人民政府关于…: two authors, the committee and the government
    if author is not None and author.name.endswith("委员会") and author.name != _formal_town_heads(text, [author])[0].name:
        author = None  # (中共某镇委员会 某镇人民政府关于…: the same two authors, the title's words set apart)
    if author is not None and "中共" + author.name in seen and _PARTY_DEPARTMENT.fullmatch(author.name):
        # (the headline's 市委宣传部, its body signing as 中共某市委宣传部: one body, as the text's names were folded)
        author = author._replace(name="中共" + author.name, written="中共" + (author.written or author.name))
    if author is not None:
        mention = agency_mention(doc, author, NAME, names)
        yield Fact(me, "authorAgency", mention, mention.source)
        if author.name not in seen:
            yield Fact(me, "mentionsAgency", mention, mention.source)
    if ctx.recipient_span is not None:
        for match in find_agencies(ctx, *ctx.recipient_span):
            mention = agency_mention(doc, match, NAME, names)
            yield Fact(me, "recipient", mention, mention.source)


# A county's name before its township's (澧县 in 澧县澧南镇司法所).
_OWN_TOWN_PREFIX = re.compile(r"[\u4e00-\u9fa5]{1,6}?[县区市旗]")


# The page's place speaking for itself issuing a title (我区继续…,印发了《2022年度某区人民政府…目录》).
_WE_ISSUED = re.compile(r"我(区|县|市)[^。;《》\n]{0,40}?印发了?《([^《》\n]{4,80})》")


# A bureau of a place named in full (清远市市场监督管理局2024年…工作要点): the place's name, then its kind up to 局.
_FULL_BUREAU_AFTER = re.compile(r"(?:(?![局、,。和及与的在对向])[\u4e00-\u9fa5]){2,10}?局")


def _bureau_by_its_place(text: str, match: AgencyMatch) -> AgencyMatch:
    """A place's bureau written short, its place and 局 (清远市局, in a county bureau's report on its superior's
    部署): the one bureau of that place the text names in full, wherever (a cited title's 清远市市场监督管理局…), as a
    department's 市局 is its city's bureau of the same kind (round 119). With none or several named, as it was."""
    place = match.jurisdiction
    if not place or match.name != place + "局" or (match.written or match.name) != place + "局":
        return match
    full: set[str] = set()
    at = text.find(place)
    while at >= 0:
        named = _FULL_BUREAU_AFTER.match(text, at + len(place))
        if named is not None:
            full.add(named.group())
        at = text.find(place, at + len(place))
    if len(full) != 1:
        return match
    kind = full.pop()
    return match._replace(name=place + canonical_body(kind), written=place + kind)


def _own_government_issuing(ctx, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The government of the page's own place that the text, speaking as 我区 (我县, 我市), says issued a title
    naming that government (我区…印发了《2022年度永川区人民政府重大行政决策事项目录》): it acts, though named
    only inside the title, as the unnamed sender of 现将《某市人民政府…规划》印发你们 does."""
    taken = {m.name for m in matches}
    found = []
    for issued in _WE_ISSUED.finditer(ctx.text, 0, ctx.body_end):
        for m in find_agencies(ctx, issued.start(2), issued.end(2), include_titles=True):
            if (m.name not in taken and m.name.endswith("人民政府") and m.jurisdiction == ctx.division.name
                    and ctx.division.name.endswith(issued.group(1))):
                taken.add(m.name)
                found.append(m)
    return found


def _one_management_committee(text: str, matches: list[AgencyMatch],
                              author: AgencyMatch | None) -> tuple[list[AgencyMatch], AgencyMatch | None]:
    """A zone's 管理委员会 found by its full name and by its short one (兰州新区管理委员会…报告, 党工委、管委会以上率下):
    one body, named in the form the text writes more often."""
    names = {m.name for m in matches} | ({author.name} if author is not None else set())
    short = text.count("管委会")
    # (…管理委员会(以下简称管委会)在市委…领导下, then 管委会 written bare as a post's or a group's: the full name found
    # alone, the short one written more often all the same)
    pairs = {n[:-5] for n in names if n.endswith("管理委员会")
             and (n[:-5] + "管委会" in names or "简称管委会" in text and short > text.count(n[:-5] + "管理委员会"))}
    if not pairs:
        return matches, author

    def one(m: AgencyMatch) -> AgencyMatch:
        stem = m.name[:-5] if m.name.endswith("管理委员会") else m.name[:-3] if m.name.endswith("管委会") else None
        if stem in pairs:
            name = stem + ("管理委员会" if text.count(stem + "管理委员会") > short else "管委会")
            if name != m.name:
                return m._replace(name=name, written=name)
        return m

    return [one(m) for m in matches], (one(author) if author is not None else None)


# A bare commission's office as a clause's subject (…,委员会办公室要做好协调工作): the text's one commission's.
_BARE_COMMISSION_OFFICE = re.compile(
    r"(?<=[,，。;；:：\n])委员会办公室(?=要|负责|牵头|做好|抓好|承担|具体|加强|统筹|定期|及时|将|会同)"
    # (委员会下设办公室,负责…, 委员会(领导小组)下设办公室: the office the commission sets up)
    r"|(?<=[,，。;；:：\n])委员会(?:[(（]领导小组[)）])?下设办公室(?=[,，]?(?:负责|承担|具体|牵头|统筹))")


def _bare_commission_office(text: str, matches: list[AgencyMatch], begin: int) -> list[AgencyMatch]:
    """The office of the one rule-of-law commission the text names, where the text writes it bare as a subject
    (县委全面依法治县委员会…委员会要发挥作用,委员会办公室要做好协调推动工作)."""
    commissions = {m.name: m for m in matches if _COMMISSION_OFFICE.search(m.name)}
    if len(commissions) != 1:
        return []
    commission = next(iter(commissions.values()))
    if commission.name + "办公室" in {m.name for m in matches} or _COMMISSION_OFFICE.sub(
            r"依法治\1办", commission.name) in {m.name for m in matches}:
        return []
    for bare in _BARE_COMMISSION_OFFICE.finditer(text, max(begin, commission.end)):
        written = (commission.written or commission.name) + "办公室"
        return [commission._replace(start=bare.start(), end=bare.end(), text=bare.group(),
                                    name=commission.name + "办公室", written=written)]
    return []


# A committee's rule-of-law commission by its short name (市委法治委, 县委法治委会议): the one commission,
# 市委全面依法治市委员会, as its other names are (round one: 依法治区委员会 is 区委全面依法治区委员会).
_SHORT_COMMISSION = re.compile(r"([省市县区州盟旗])委法治委(办公室|办)?$")


def _commission_by_short_name(match: AgencyMatch) -> AgencyMatch:
    """The match with its commission's one name when it names the commission short (泰安市委法治委).

    >>> _commission_by_short_name(AgencyMatch(0, 7, "市委法治委", "某市委法治委", "某市", "prefecture", None,
    ...                                       "某市委法治委")).name
    '某市委全面依法治市委员会'
    """
    short = _SHORT_COMMISSION.search(match.name)
    if short is None:
        return match
    level, office = short.group(1), short.group(2)
    whole = level + "委全面依法治" + level + "委员会" + ("办公室" if office else "")
    # (written so too: one name however it is written, as 依法治区委员会 is)
    name = match.name[: short.start()] + whole
    return match._replace(name=name, written=name if match.written else "")


def _short_commissions(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The matches, a commission named short (市委法治委) by its one name."""
    return [_commission_by_short_name(m) for m in matches] if "法治委" in text else matches


# A group's name on the line under the bodies it belongs to, signing a notice (中共某县委某县人民政府 /
# 优化营商环境领导小组): one group of those bodies, not the bodies signing.
_GROUP_LINE = re.compile(r"[^\S\n]*([\u4e00-\u9fa5]{2,20}领导小组)[^\S\n]*\n")


def _signed_groups(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The bodies but those whose line is followed by their group's name, the group in their place."""
    for at in _find_all(text, "领导小组\n"):
        line_start = text.rfind("\n", 0, at) + 1
        group = _GROUP_LINE.match(text, line_start)
        if group is None or line_start == 0:
            continue
        above_start = text.rfind("\n", 0, line_start - 1) + 1
        above = text[above_start : line_start - 1]
        on_line = [m for m in matches if above_start <= m.start and m.end <= line_start - 1]
        if (not on_line or any(line_start <= m.start < group.end() for m in matches)
                or "".join(m.text for m in on_line) != above.strip().replace(" ", "").replace("\u3000", "")):
            continue
        last = on_line[-1]
        name = "".join(m.surface for m in on_line) + group.group(1)
        joined = last._replace(start=on_line[0].start, end=group.end(1), text=text[on_line[0].start : group.end(1)],
                               name=name, written=name)
        matches = sorted([m for m in matches if m not in on_line] + [joined], key=_START)
    return matches


def _indented_openings(pattern: str) -> str:
    """The pattern with each sentence-opening lookbehind (?<=[。;；\\n]X) also taking a line indented by one, two or four
    spaces before X (\\n  局党组坚持…, a page's indented paragraph; round 213)."""
    def widen(m: re.Match) -> str:
        x = m.group(1)
        return (f"(?:(?<=[。;；\\n]{x})|(?<=\\n[^\\S\\n]{x})|(?<=\\n[^\\S\\n]{{2}}{x})"
                f"|(?<=\\n[^\\S\\n]{{4}}{x}))")
    return re.sub(r"\(\?<=\[。;；\\n\]((?:\[[^\]]+\]|[\u4e00-\u9fa5])党(?:\[[^\]]+\]|[\u4e00-\u9fa5]))\)", widen, pattern)


# A bureau's own party committee or party group written bare in its report, holding its meeting or its
# study group (召开局党组会议, 在局党委会上, 局党组理论学习中心组); not a branch's (分局党委) in its city bureau's report
# nor a superior's (省局党委), which name their bureau before, nor a post (局党组书记).
# A provincial department's (厅党委理论学习中心组, 组织召开厅党组(扩大)会议) the same; so too the committee at its
# study group with how often it meets (局党组每季度开展中心组学法).
# (举办委党组中心组学习暨…培训班: after 举办, the group's study it holds, as after 组织.)
# After a verb (利用局党组理论学习中心组, 组织局党组会学习, 落实局党组、局领导班子学法制度, 纳入局党组重要议事日程),
# as after a mark; with its study (学法) and its agenda (议事日程) as with its meetings; after 开展 (开展厅党组会、
# 厅务会会前学法) as after 召开; after 通过 (通过局党委会议、理论学习中心组学习会等形式) as after 经; its study group
# with the year it is of (列入局党组年度理论学习中心组, 局党组2024年度理论学习中心组) as without.
# After 以 (以局党委会形式专题研究…: its meeting as the form work is done in) as after 通过.
# Its study with how often it is held (局党组全年学法不少于10件次, a plan's target for it) as its 学法.
# Its theory study plan (列入局党组2022年理论学习计划) as its study group; after the year's 年度 (制定年度局党组理论
# 学习中心组学习计划) as after a verb.
# In a district branch's own report (某市公安局某区分局…报告), its bare 分局党委 at its meeting is its own.
# A government's general office's own (召开办公室党组会议、办公室党组理论学习中心组集中学习) in its report, the same.
_BUREAU_PARTY = re.compile(_indented_openings(r"(?:(?<![\u4e00-\u9fa5])|(?<=[开在由经的次和与及、为持入用织实展过来以])|(?<=举办|年度))(分局|总署|办公室|[局厅委部办])(党委|党组)"
                           # (局党组及机关党委召开…: the group and its organs' committee beside it, acting together)
                           r"(?=(?:[及和]机关党委)?(?:会|[(（]扩大[)）]会"
                           # (召开厅党委(扩大)第45次会议, 局党组第3次会议: its meeting by its number)
                           r"|(?:[(（]扩大[)）])?第[\d一二三四五六七八九十]{1,4}次(?:扩大)?会"
                           # (厅党委每年均召开专题工作会议: the committee calling its yearly meetings)
                           r"|(?:每年|每季度|定期)(?:均|都)?召开(?:专题)?(?:工作)?会议|(?:(?:19|20)\d{2}年度?|年度)?(?:理论(?:学习)?)?中心组|(?:(?:19|20)\d{2}年度?|年度)?理论学习计划|(?:、[局厅]领导班子)?(?:全年|每年|每季度|每月)?学法|(?:重要)?议事日程"
                           # (组织厅党组法律学习会4次: its study meetings by their subject; 委党组任命的处级干部: appointing)
                           r"|(?:法律|法治|专题)?学习会|任命"
                           # (局党组举办专题读书班: the group holding its reading class, a study it organises)
                           r"|举办(?:了)?(?:\d{1,3}期)?(?:专题)?读书班"
                           # (组织局党委开展集中学习: the committee at its study, as at its study group)
                           r"|开展(?:集中|专题|理论)?学(?:习|法)"
                           # (局党组组织专题学习…: the group organising its own study)
                           r"|组织(?:开展)?(?:集中|专题|理论)?学(?:习|法)"
                           # (与厅党委谋划部署法治工作有机结合, 局党组研究部署: the group planning or deploying work)
                           r"|谋划|(?:研究|统筹)?部署"
                           # (通过局党组、局班子会议…: its meeting listed first, the 会议 written once for both)
                           r"|、[局厅](?:领导)?班子会|、[局厅]务会|、[局厅]长办公会"
                           r"|(?:每[年季月]度?|定期)(?:开展|召开|组织)(?:理论学习)?中心组"
                           # (局党组召开7次会议专题研究…, 局党组多次召开会议研究…: the group calling its meetings, counted)
                           r"|召开(?:了)?\d{1,3}次(?:党组|党委)?(?:会议|会)|多次召开(?:了)?(?:党组|党委)?(?:会议|会)"
                           # (局党组第一时间召开专题会议传达学习…: the group calling its meeting at once, the same)
                           r"|(?:第一时间|及时|迅速)召开(?:了)?(?:专题|党组|党委)?(?:会议|会)"
                           # (局党组定期组织政治学习召开党组会议研究…: the group calling its own meetings, in its clause)
                           r"|(?!书记|副书记|成员|委员)[^,，。;；、\n]{0,16}?召开(?:了)?(?:党组|党委)(?:会|[(（]扩大[)）]会)"
                           # (。厅党组坚持把法治政府建设作为…来抓: a department's group opening its sentence, as it does
                           # named in full, 省水利厅党组坚持…)
                           # (。局党组及机关党委结合实际,制定了…: a bureau's group opening its sentence the same, with
                           # the organs' committee beside it, fitting its work to its bureau)
                           # (。委党组高度重视…: a commission's bare group in its own report, the same)
                           r"|(?<=[。;；\n][厅委]党组)(?:坚持|始终|高度重视|历来)"
                           # (。委党委高度重视…: a commission's bare party committee opening its sentence the same; round 204)
                           r"|(?<=[。;；\n]委党委)(?:坚持|始终|高度重视|历来)"
                           # (\n办党组持续全面深入贯彻…: an office's bare group opening its sentence in the office's own
                           # report, 某市国防动员办公室's or 人防办's, as a commission's does; round 213)
                           r"|(?<=[。;；\n]办党组)(?:坚持|始终|持续|高度重视|历来)"
                           # (。委党委审议并印发了《…》: a commission's or bureau's bare group opening its sentence and
                           # deliberating, the same; round 213)
                           r"|(?<=[。;；\n][局厅委]党[组委])审议(?:通过|并?印发)"
                           # (。局党组始终将法治建设摆在突出位置: a bureau's group opening its sentence with what it keeps
                           # doing; its 高度重视 alone, 。局党组高度重视,召开…, stays unread)
                           r"|(?<=[。;；\n]局党组)(?:坚持|始终)"
                           # (为切实抓好整改工作,局党组坚持以…为指导: the same after a clause of purpose, its comma; round 263)
                           r"|(?<=[,，]局党组)(?:坚持|始终)"
                           r"|(?<=[。;；\n][局厅]党组)(?:及机关党委)?结合(?:本局|本单位|工作)?实际[,，]?(?:制定|研究|印发)"
                           # (。局党组扛起法治建设政治责任: a bureau's group opening its sentence, taking up its duty)
                           r"|(?<=[。;；\n][局厅]党组)(?:切实|主动|坚决)?(?:扛起|扛牢|扛稳|担负起?|承担起?)))"))
# A report opening with its bureau (2024年,市司法局坚持…): the bureau whose report it is.
# (or with this year for its year, 今年以来,省水利厅党组坚持…)
_OPENING_YEAR = re.compile(r"\s*(?:(?:19|20)\d{2}年(?:度|以来)?|今年以来|一年来)[,，]?\s*")
# The same opening under its leadership first (2025年,在省委、省政府的坚强领导下,省生态环境厅坚持…).
_OPENING_LEADERSHIP = re.compile(r"\s*(?:(?:19|20)\d{2}年(?:度|以来)?[,，]?\s*)?在[^。;\n]{2,60}?(?:领导|指导)下[,，]\s*")


# An office named with its programme's code in quotes (市营商环境“1+9”监督服务办公室, 县“12345”热线办公室):
# the body of its bare prefix's place, the quote part of its name; a clause's start before it.
_CODED_OFFICE = re.compile(r"(?:(?<=[,。;:\n、和与及由])|^)([省市县区])([\u4e00-\u9fa5]{0,8}“[^“”\n]{1,8}”"
                           r"[\u4e00-\u9fa5]{1,8}?办公室)", re.M)


# An office written by its short name in quotes, working with another (与“工改办”共同监测, 会同“扫黑办”联合
#检查): the document's own place's office.
# (not a way a service is done, 与“一网通办”共同推进, “马上办”, “帮代办”: 办 after a manner's word)
_CODED_OFFICE_HINT = re.compile(r"”[\u4e00-\u9fa5]{1,8}?办公室")
_QUOTED_OFFICE = re.compile(r"(?<=[与同由和])“((?!一)[\u4e00-\u9fa5]{1,3}(?<![通上次即快速帮代联近约马掌指集简可])办)”"
                            r"(?=共同|联合|牵头|负责|配合|开展)")


def _coded_offices(ctx: DocumentContext, matches: list[AgencyMatch], begin: int) -> list[AgencyMatch]:
    found = []
    own = ctx.division
    # (both patterns try every position: they run only where their quote and office can be)
    quoted = own is not None and "办”" in ctx.text
    for match in (_QUOTED_OFFICE.finditer(ctx.text, begin, ctx.body_end) if quoted else ()):
        if not any(m.start < match.end() and match.start() < m.end for m in matches):
            name = own.name + match.group(1)
            found.append(AgencyMatch(match.start(1), match.end(1), match.group(1), name, own.name, own.level,
                                     own.code or None, name))
    coded = _CODED_OFFICE_HINT.search(ctx.text, begin, ctx.body_end) is not None
    for match in (_CODED_OFFICE.finditer(ctx.text, begin, ctx.body_end) if coded else ()):
        if any(m.start < match.end() and match.start() < m.end for m in matches):
            continue
        division = ctx.relative(match.group(1))
        if division is None:
            continue
        body = match.group(2)
        found.append(AgencyMatch(match.start(), match.end(), match.group(0), division.name + body, division.name,
                                 division.level, division.code or None, division.name + body))
    return found


# A vertically managed service's local branch, named with its headquarters first (国家税务总局某市某区税务局,
# 国家金融监督管理总局某监管分局): one body, the branch, of the place named between, as the page writes it.
_BRANCH_OF = {"国家税务总局": ("税务局", "税务分局"), "国家金融监督管理总局": ("监管局", "监管分局")}
_BRANCH_GAP_PLACE = re.compile(r"[\u4e00-\u9fa5]{0,12}")


# (the branch's own party committee or group written after it, 国家税务总局某省税务局党委委员: the branch's; round 267)
_BRANCH_PARTY = ("党委", "党组")
# A branch whose place the table does not hold as a body's (国家税务总局某市城乡一体化示范区税务局): the place named
# first, then the rest of the branch's name up to its kind; round 267.
_BRANCH_TAIL = {hq: re.compile(r"[\u4e00-\u9fa5]{2,16}?(?:%s)" % "|".join(sorted(ends, key=len, reverse=True)))
                for hq, ends in _BRANCH_OF.items()}


def _vertical_branches(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    out: list[AgencyMatch] = []
    skip = -1
    for i, m in enumerate(matches):
        if i == skip or m.start < skip:
            continue
        ends = _BRANCH_OF.get(m.name) or _BRANCH_OF.get(m.text)
        nxt = matches[i + 1] if ends is not None and i + 1 < len(matches) else None
        if (nxt is not None and nxt.name.endswith(ends + tuple(e + p for e in ends for p in _BRANCH_PARTY))
                and 0 <= nxt.start - m.end <= 12
                and _BRANCH_GAP_PLACE.fullmatch(text, m.end, nxt.start) is not None
                and (nxt.start == m.end or find_divisions(text[m.end : nxt.start]))):
            whole = text[m.start : nxt.end]
            out.append(nxt._replace(start=m.start, text=whole, name=whole, written=whole))
            skip = i + 1
            continue
        tail = _BRANCH_TAIL[m.text].match(text, m.end) if ends is not None and m.text in _BRANCH_TAIL else None
        if tail is not None and divisions.name_starts_at(text, m.end) and "、" not in tail.group():
            places = find_divisions(tail.group())
            named = divisions.divisions_named(places[0][2]) if places and places[0][0] == 0 else []
            if named:
                whole = text[m.start : tail.end()]
                place = named[0]
                out.append(AgencyMatch(m.start, tail.end(), whole, whole, place.name, place.level,
                                       place.code or None, whole))
                skip = tail.end()
                continue
        out.append(m)
    # The same branch written again without its headquarters (国家税务总局某市税务局… then 市税务局, 某市税务局): one body,
    # the branch as first written, not a second one of the place; round 267.
    full = {m.name[len(hq):]: m.name for m in out for hq in _BRANCH_OF if m.name.startswith(hq) and len(m.name) > len(hq)}
    if full:
        out = [m._replace(name=full[m.name], written=full[m.name]) if m.name in full else m for m in out]
    return out


# A department's party group named in full in a report's leadership (在重庆市气象局党组和某县委县政府的正确
# 领导下): the group leads, not its department.
_LEADERSHIP_BEFORE = re.compile(r"在(?:[^,，。;；\n]{0,30}?[、和与及])?\Z")
_LEADERSHIP_AFTER = re.compile(r"(?:[、和与及][^,，。;；\n]{0,30}?)?的?(?:坚强|正确|有力|统一)?(?:领导|指导)下")


def _party_group_leading(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    out = []
    for m in matches:
        party = text[m.end : m.end + 2]
        if (party in ("党组", "党委") and m.name.endswith(("局", "厅")) and not m.name.endswith(party)
                and _LEADERSHIP_AFTER.match(text, m.end + 2) is not None
                and _LEADERSHIP_BEFORE.search(text, max(0, m.start - 32), m.start) is not None):
            m = m._replace(end=m.end + 2, text=m.text + party, name=m.name + party,
                           written=(m.written or m.name) + party)
        out.append(m)
    return out


def _bureau_party_bodies(ctx: DocumentContext, matches: list[AgencyMatch], begin: int) -> list[AgencyMatch]:
    """The party committee or group of the bureau whose report this is, written bare (局党组)."""
    text = ctx.text
    owner = author_agency(ctx) or _party_group_owner(ctx)
    if owner is None:
        owner = _opening_body(text, matches, begin)
    speaks_as = "局" if "我局" in text else "厅" if "我厅" in text else None
    if owner is None and speaks_as is not None and ctx.division is not None:
        # (an untitled report that speaks as 我局 and names one bureau of its place, 县应急局…: that bureau's)
        # (its place by its code too: an autonomous county written short, 新晃县 for 新晃侗族自治县)
        # (a province's department speaking as 我厅 and naming one 厅 of its province, 省公安厅召开…: the same)
        bureaus = {m.name: m for m in matches if m.name.endswith(speaks_as) and (
            m.jurisdiction == ctx.division.name or ctx.division.code and m.code == ctx.division.code)}
        if len(bureaus) == 1:
            owner = next(iter(bureaus.values()))
    # (a commission's own, 委党委会议 in a 卫生健康委's report; not a party committee's, 县委, nor its commission's)
    # (a ministry's or an administration's own, 部党组, 总署党委, in its report)
    # (a government's general office's own, 办公室党组 in the 市政府办公室's report)
    # (an office's own, 办党组 in a 国防动员办公室's or 人防办's report; round 213)
    if owner is None or not (owner.name.endswith(("局", "厅")) or (owner.written or owner.name).endswith("政府办公室")
            or owner.name.endswith("办") and (owner.written or owner.name).endswith(("办", "办公室"))
            or owner.name.endswith("委") and not owner.name.endswith(
            ("省委", "市委", "县委", "区委", "州委", "旗委", "盟委", "党委", "工委", "纪委", "监委"))
            or owner.level == "national" and owner.name.endswith(("部", "署"))):
        return []
    titles = _cached_title_spans(ctx)
    # (its group written on the bureau's name as the document writes it most: 重庆市卫生健康委党委 beside
    # 重庆市卫生健康委, not the title's 委员会 form; round 204)
    base = written_names(ctx).get(owner.name) or owner.written or owner.name
    found: list[AgencyMatch] = []
    for match in _BUREAU_PARTY.finditer(text, begin, ctx.body_end):
        if (not (owner.written or owner.name).endswith(match.group(1)) and not owner.name.endswith(match.group(1))
                or any(a <= match.start() < b for a, b in titles)
                or any(m.name == owner.name + match.group(2) for m in found)):
            continue
        name = owner.name + match.group(2)
        found.append(AgencyMatch(match.start(), match.end(), match.group(), name, owner.jurisdiction, owner.level,
                                 owner.code, base + match.group(2)))
        # (局党组及机关党委结合实际,制定了…: the bureau's organs' committee acting beside its group, its own)
        if match.group(2) == "党组" and text.startswith(("及机关党委", "和机关党委"), match.end()) and not any(
                m.name.endswith("机关党委") for m in found):
            found.append(AgencyMatch(match.end() + 1, match.end() + 5, "机关党委", owner.name + "机关党委",
                                     owner.jurisdiction, owner.level, owner.code,
                                     base + "机关党委"))
    # Its party group written with no body at all, its study group the means of study (通过党组理论学习中心组、支部主题
    # 党日活动等形式组织学习): in the bureau's own report, its own (round 204); a bare 党委 so is left out.
    if "通过党" in text:
        for match in _BARE_PARTY_MEANS.finditer(text, begin, ctx.body_end):
            if any(a <= match.start() < b for a, b in titles) or any(
                    m.name == owner.name + match.group(1) for m in found):
                continue
            found.append(AgencyMatch(match.start(), match.end(), match.group(), owner.name + match.group(1),
                                     owner.jurisdiction, owner.level, owner.code,
                                     base + match.group(1)))
    # Its name without its place opening a sentence, with its group acting (\n教育厅党组深学细悟…, 。司法局党组坚持…):
    # its own, as its bare 厅党组 is.
    place = owner.jurisdiction or ""
    stem = owner.name[len(place):] if place and owner.name.startswith(place) else ""
    if len(stem) >= 3 and stem + "党" in text:
        for at in _occurrences(text, stem, begin, ctx.body_end):
            party = text[at + len(stem) : at + len(stem) + 2]
            if (party not in ("党组", "党委") or text[at - 1 : at] not in ("。", ";", "；", "\n")
                    or _PARTY_ACTING.match(text, at + len(stem) + 2) is None
                    or any(a <= at < b for a, b in titles) or any(f.name == owner.name + party for f in found)):
                continue
            end = at + len(stem) + 2
            found.append(AgencyMatch(at, end, text[at:end], owner.name + party, owner.jurisdiction, owner.level,
                                     owner.code, base + party))
    # The bureau's own name and its party group or committee, acting (省水利厅党组坚持…, 省民政厅党组高度重视):
    # its own, not a post (厅党组书记) nor in a cited title.
    for m in matches:
        # (中共某市某局党组: the group named with the party's prefix, its bureau the same)
        if (m.name[2:] if m.name.startswith("中共") else m.name) != owner.name or not text.startswith(
                ("党组", "党委"), m.end) or any(
                f.name == owner.name + text[m.end : m.end + 2] for f in found):
            continue
        after = m.end + 2
        defined = _SHORT_NAME_GIVEN.match(text, after)
        if defined is not None:
            after = defined.end()
        # (中共某市某局党组(以下简称局党组)、某市某局(以下简称局)以…为指导: the group and its bureau, the
        # opening's subjects together, each given its short name)
        joint = text.startswith("、", after) and any(
            text.startswith(name, after + 1) for name in {owner.name, owner.written or owner.name})
        # (named with the party's prefix, 中共某厅党组研究部署, it acts only so: its bureau is what the tests read)
        if m.name.startswith("中共") and not (joint or defined is not None and _PARTY_ACTING.match(text, after)):
            continue
        if not (joint or _PARTY_ACTING.match(text, after)) or any(a <= m.start < b for a, b in titles):
            continue
        party = text[m.end : m.end + 2]
        found.append(AgencyMatch(m.start, m.end + 2, text[m.start : m.end + 2], owner.name + party,
                                 owner.jurisdiction, owner.level, owner.code, base + party))
    # The title naming the bureau's party group as the report's author, in one line with what it reports
    # (中共某市某区信访局党组关于2024年法治政府建设的年度报告): the group makes its report, named only there.
    # (the group on a line of its own above the title, 中共某局党组 / 2022年度…报告, stays as before)
    # (its notice, 中共某厅党组关于印发《…》的通知, stays as before: the group's report only)
    if (ctx.title and ctx.title.startswith("中共") and ctx.title.endswith(("报告", "总结"))
            and ctx.title_span[0] <= owner.start < ctx.title_span[1]):
        party = text[owner.end : owner.end + 2]
        if (party in ("党组", "党委") and _TITLE_AUTHOR_AFTER.match(text, owner.end + 2) is not None
                and not any(f.name == owner.name + party for f in found)):
            found.append(AgencyMatch(ctx.title_span[0], owner.end + 2, text[ctx.title_span[0] : owner.end + 2],
                                     owner.name + party, owner.jurisdiction, owner.level, owner.code,
                                     base + party))
    return found


# What follows a party group opening its report's title as the author (…党组关于…, …党组2024年度…).
_TITLE_AUTHOR_AFTER = re.compile(r"关于|(?:19|20)\d{2}年")


# A bare party group after 通过, at its study group or its meeting (通过党组理论学习中心组、…等形式, 通过党组会…).
# (not a bare 党委, 通过党委中心组会议学法 in a county 应急管理局's report, which round 188's gold leaves out)
_BARE_PARTY_MEANS = re.compile(r"(?<=通过)(党组)(?=(?:理论学习)?中心组|会议?[、,，])")


def _occurrences(text: str, word: str, begin: int, end: int) -> Iterator[int]:
    """Where `word` starts in text[begin:end], in order."""
    at = text.find(word, begin, end)
    while at >= 0:
        yield at
        at = text.find(word, at + 1, end)


# A body given a short name in brackets (民航西南地区管理局(以下简称“西南局”)), and that short name then opening
# the name of its party committee or its leading group (西南局党委贯彻落实…, 西南局法治建设领导小组…全面推进): the
# body's own committee and group, named with the body's full name.
_ALIAS_GIVEN = re.compile(r"[(（]以下简称[“\"]?([\u4e00-\u9fa5]{2,6}?[局厅委署])[”\"]?[)）]")
_ALIAS_PARTY = re.compile(r"党委|党组")
_ALIAS_NOT_AFTER_PARTY = ("书记", "副书记", "委员", "成员", "班子")


def _aliased_bodies(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The party committees and leading groups written with a body's bracketed short name, under its full name."""
    out: list[AgencyMatch] = []
    taken = {m.name for m in matches}
    for m in matches:
        given = _ALIAS_GIVEN.match(text, m.end)
        if given is None:
            continue
        alias = given.group(1)
        owner = m.written or m.name
        at = text.find(alias, given.end())
        while at >= 0:
            after = at + len(alias)
            if not ("\u4e00" <= text[at - 1 : at] <= "\u9fa5") or text[at - 1 : at] in "、和及与由经":
                party = _ALIAS_PARTY.match(text, after)
                group = _NATIONAL_GROUP.match(text, after) if party is None else None
                if party is not None and not text.startswith(_ALIAS_NOT_AFTER_PARTY, party.end()):
                    stop, suffix = party.end(), party.group()
                elif group is not None:
                    stop, suffix = group.end(), group.group()
                else:
                    stop = suffix = None
                if stop is not None and owner + suffix not in taken:
                    taken.add(owner + suffix)
                    out.append(AgencyMatch(at, stop, text[at:stop], m.name + suffix, m.jurisdiction, m.level, m.code,
                                           owner + suffix))
            at = text.find(alias, after)
    return out


# A leading group's other name in brackets before its office (县疫情防控工作领导小组(指挥部)办公室).
_ALIAS_THEN_OFFICE = re.compile(r"[(（][\u4e00-\u9fa5]{0,12}?指挥部[)）]办公室")


def _group_office_past_alias(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """A leading group's office written with the group's 指挥部 name in brackets between: the group's office."""
    out = []
    for m in matches:
        tail = _ALIAS_THEN_OFFICE.match(text, m.end) if m.name.endswith("领导小组") else None
        if tail is None:
            out.append(m)
            continue
        out.append(m._replace(end=tail.end(), text=text[m.start : tail.end()], name=m.name + "办公室",
                              written=m.written + "办公室" if m.written else ""))
    return out


# A short name given in brackets right after a body (以下简称市局党组).
_SHORT_NAME_GIVEN = re.compile(r"[(（]以下简称[^()（）\n]{1,12}[)）]")
# What a department's party group does, right after it (省水利厅党组坚持…, 省民政厅党组高度重视, …党组会议审议):
# not its posts (党组书记) nor its study's contents (纳入局党组学习内容).
# (教育厅党组深学细悟习近平法治思想: the group at its own study, as at its study group)
# (区司法局党组深入贯彻习近平法治思想, 局党组扎实推进…, 局党组积极…, 局党组紧紧围绕…: the group carrying out its work,
# as one that 坚持s; not 全面, which opens a duty as well, 落实局党组全面从严治党主体责任)
_PARTY_ACTING = re.compile(r"坚持|始终|高度重视|历来|认真|切实|严格|带头|多次|先后|专题|及时|召开|主持|研究|审议|印发|深学细悟|"
                           r"深入|扎实|积极|紧紧围绕|"
                           r"制定|出台|部署|把|将|会议|会[上审研]|[(（]扩大[)）]会|举办"
                           # (文化和旅游部党组在推进法治政府建设中发挥带头作用: the group playing its part)
                           r"|在[^,，。;；\n]{1,30}?发挥")
def _opening_body(text: str, matches: list[AgencyMatch], begin: int) -> AgencyMatch | None:
    """The body whose report this is, named as its opening's subject (2024年,某局坚持…; 在…领导下,某厅…)."""
    if not matches:
        return None
    # (the opening's line: a site's menu may stand above it)
    line_start = max(begin, text.rfind("\n", begin, matches[0].start) + 1)
    if _OPENING_YEAR.fullmatch(text, line_start, matches[0].start):
        return matches[0]
    # (在省委、省政府的坚强领导下,省某厅坚持…: the body right after its leadership opens the report)
    lead = _OPENING_LEADERSHIP.match(text, line_start)
    if lead is not None:
        return next((m for m in matches if m.start == lead.end()), None)
    # (a site's name on a line above the report: the body right after the leadership that opens a
    # later line, 2025年,在区委、区政府的坚强领导下,某区审计局坚持…)
    for m in matches[1:6]:
        m_line = max(begin, text.rfind("\n", begin, m.start) + 1)
        lead = _OPENING_LEADERSHIP.match(text, m_line)
        if lead is not None and lead.end() == m.start:
            return m
    return None


# A congress and its standing committee written as one (在省人大及其常委会的监督下): the committee.
# (依法接受区人大及其常委会监督: the committee supervising, as 接受区人大常委会的监督 is read)
# (a banner's too, 在旗人大及其常委会的监督下: 旗 is the county's word; a league has no congress of its own, only its
# region's 人大工委)
_CONGRESS_AND_COMMITTEE = re.compile(r"(?<![\u4e00-\u9fa5])([省市县区州旗])人大及其常委会|(?<=[,、在和受])([省市县区州旗])人大及其常委会")


def _congress_written(ctx: DocumentContext, division: divisions.Division) -> str:
    """A bare congress's standing committee as the page writes its place: an autonomous county the page writes short
    (张家川县, 《张家川县…实施方案》) gives it that short name, as its bare 县委 and 县政府 are (round 132's 新华乡 fix,
    round 196's 连五乡); else the official name."""
    own = ctx.jurisdiction
    if own is not None and division is own.division:
        return _written_division(ctx, division) + "人大常委会"
    return (_written_other(ctx, division) if division.code else division.name) + "人大常委会"


def _congress_and_committee(ctx: DocumentContext, begin: int) -> list[AgencyMatch]:
    found = []
    for match in _CONGRESS_AND_COMMITTEE.finditer(ctx.text, begin, ctx.body_end):
        division = ctx.relative(match.group(1) or match.group(2))
        if division is not None:
            name = division.name + "人大常委会"
            found.append(AgencyMatch(match.start(), match.end(), match.group(), name, division.name, division.level,
                                     division.code or None, _congress_written(ctx, division)))
    return found


# A congress written bare in the supervision a report works under (在县人大、县政协的监督支持下, 在区人大的依法
#监督下): its standing committee, as 人大及其常委会 is. (政协 is no body of the schema's kinds.)
_SUPERVISION = re.compile(r"在([^,，。;；:：]{2,30}?)的?(?:依法)?监督(?:和|与|、)?(?:支持|指导)?下")
# (在国家局、省局、市委及市政府的领导下、在市人大的监督和指导下: the leadership and the supervision run together,
# the congress after its own 在)
_BARE_CONGRESS = re.compile(r"(?:(?<=^)|(?<=[、和及与在]))([省市县区州旗])人大(?!常委会|及其|代表|常委|主任)")


# ... or a bare congress that organises or holds something (参加了县人大组织的…培训班, 区人大举办…): its standing
# committee acting, the congress itself never sitting for it.
# (its prefix bare: after a mark, a joining word or the verb it is the object of, 参加了县人大…, 参加县人大…)
# (Each alternative opens on the prefix and looks behind it from after it: matched in place at each 人大 found.)
_CONGRESS_ORGANISING = re.compile(r"([省市县区州旗])(?:(?<=[,，、和及与由了加].)|(?<![\u4e00-\u9fa5].))人大(?=组织|举办|主办)"
                                  # (接受配合省人大法律监督检查, 配合市人大执法检查: the congress inspecting, which its
                                  # standing committee does)
                                  r"|([省市县区州旗])(?<=接受.|配合.)人大(?=(?:法律|工作|专题)?监督检查|执法检查|专题询问)"
                                  # (主动接受人大法律监督、政协民主监督, 自觉接受人大监督: the page's own congress
                                  # supervising, written with no level at all; matched from the 受 before it)
                                  r"|(?<=接)受人大(?=(?:法律|工作|依法)?监督)")


def _congress_organising(ctx: DocumentContext, begin: int) -> list[AgencyMatch]:
    found = []
    text = ctx.text
    # (found by its 人大, one scan of the text, the prefix before it then matched in place; no two overlap)
    at = text.find("人大", begin + 1, ctx.body_end)
    while at >= 0:
        match = _CONGRESS_ORGANISING.match(text, at - 1, ctx.body_end)
        at = text.find("人大", at + 2, ctx.body_end)
        if match is None:
            continue
        if match.lastindex is None:
            # (the bare 接受人大…监督: the document's own division's congress; a township's has no standing committee)
            division = ctx.division
            if division is None or division.level not in ("provincial", "prefecture", "county"):
                continue
            start = match.start() + 1
        else:
            division = ctx.relative(match.group(match.lastindex))
            start = match.start()
        if division is not None:
            name = division.name + "人大常委会"
            found.append(AgencyMatch(start, match.end(), text[start:match.end()], name, division.name,
                                     division.level, division.code or None, _congress_written(ctx, division)))
    return found


# The bodies a task is done together with, listed after 配合/会同/协助 before the work (配合省人大、司法厅加快推进…立法,
# 会同省政府、省人大推进…审议): a bare congress among them is its standing committee, which makes the laws, and a
# province's department written bare in the province's own text (司法厅) is the province's, the only 厅 there is.
_PARTNERS = re.compile(r"(?:配合|会同|协助)((?:[\u4e00-\u9fa5]{2,10}?[、和及与]){0,3}[\u4e00-\u9fa5]{2,10}?)"
                       r"(?=加快|推进|推动|开展|做好|完成|共同|做实)")
_PARTNER_ITEM = re.compile(r"[^、和及与]+")
_PARTNER_CONGRESS = re.compile(r"([省市县区州旗])人大")
_PARTNER_DEPARTMENT = re.compile(r"(?![省市县区州自各])[\u4e00-\u9fa5]{2,8}(?<![办大餐展客舞门前])厅")


def _bare_partners(ctx: DocumentContext, begin: int) -> list[AgencyMatch]:
    found = []
    own = ctx.division
    for clause in _PARTNERS.finditer(ctx.text, begin, ctx.body_end):
        for item in _PARTNER_ITEM.finditer(clause.group(1)):
            start = clause.start(1) + item.start()
            end = start + len(item.group())
            congress = _PARTNER_CONGRESS.fullmatch(item.group())
            if congress is not None:
                division = ctx.relative(congress.group(1))
                if division is not None:
                    name = division.name + "人大常委会"
                    found.append(AgencyMatch(start, end, item.group(), name, division.name, division.level,
                                             division.code or None, _congress_written(ctx, division)))
            elif (own is not None and own.level == "provincial" and _PARTNER_DEPARTMENT.fullmatch(item.group())
                  and not _STOP.search(item.group())):
                name = own.name + item.group()
                found.append(AgencyMatch(start, end, item.group(), name, own.name, own.level, own.code or None, name))
    return found


def _congress_supervising(ctx: DocumentContext, begin: int) -> list[AgencyMatch]:
    found = []
    for clause in _SUPERVISION.finditer(ctx.text, begin, ctx.body_end):
        inner = clause.group(1)
        for match in _BARE_CONGRESS.finditer(inner):
            division = ctx.relative(match.group(1))
            if division is not None:
                name = division.name + "人大常委会"
                start = clause.start(1) + match.start()
                found.append(AgencyMatch(start, start + len(match.group()), match.group(), name, division.name,
                                         division.level, division.code or None, _congress_written(ctx, division)))
    return found


# The government's standing meeting written bare, 政府 with no level (县委常委会、政府常务会共学习16次, 召开政府常务会议
# 研究…): the document's own government meeting, as 县政府常务会议 is. Its rules (政府常务会议学法制度, …议事规则) and
# what it discusses (政府常务会议议题) are no body acting, as 政府常务会议学法等制度 is not (round forty-one).
# (推动政府常务会学习了《…》, 组织政府常务会议学法: the office that puts the matter before the meeting, the same)
_BARE_GOVERNMENT_MEETING = re.compile(r"(?:(?<=^)|(?<=[\n、,。;:和及与]))(?:召开|主持|经|在|通过|提请|推动|组织)?(政府常务会议|政府常务会(?!议))"
                                      r"(?!(?:会前)?(?:集体)?(?:学法)?(?:等)?(?:制度|机制|规则|议事规则|议题))", re.M)


# The words of a clause before a point (back to its last comma, stop or line's end).
_CLAUSE_BEFORE = re.compile(r"[^,，。;；:：\n]*\Z")


def _own_body_written_bare(ctx: DocumentContext, matches: list[AgencyMatch], body: str,
                           found: Iterator[re.Match[str]], span_of=None) -> list[AgencyMatch]:
    """The document's own province's, city's or county's `body` (人民政府, 人大常委会), named by the first of the
    bare mentions `found` (``span_of`` gives its characters, or None to pass one by), unless named already."""
    own = ctx.division
    if own is None or own.level not in ("provincial", "prefecture", "county"):
        return []
    name = own.name + body
    if any(m.name == name for m in matches):
        return []
    for match in found:
        span = span_of(match) if span_of else match.span(1)
        if span is None:
            continue
        start, end = span
        return [AgencyMatch(start, end, ctx.text[start:end], name, own.name, own.level, own.code or None,
                            _written_division(ctx, own) + body)]
    return []


def _bare_government_meetings(ctx: DocumentContext, begin: int, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The document's own government, named by its standing meeting written bare (政府常务会共学习16次)."""

    def span_of(match: re.Match[str]) -> tuple[int, int] | None:
        start = match.start(1)
        if "各级" in _CLAUSE_BEFORE.search(ctx.text, max(0, start - 60), start).group():
            # (把…作为各级党委(党组)理论学习中心组学习、政府常务会议集中学法的重要内容: every level's
            # governments, as 各级 says of the whole list, not the document's own)
            return None
        return start, start + 2  # its 政府

    return _own_body_written_bare(ctx, matches, "人民政府", _bare_meetings(ctx.text, begin, ctx.body_end), span_of)


def _bare_meetings(text: str, begin: int, end: int) -> Iterator[re.Match[str]]:
    """``_BARE_GOVERNMENT_MEETING.finditer(text, begin, end)``, found by its 政府常务会 and matched in place.

    (led by lookbehinds, the pattern was tried at every character of every text; its verb before the meeting is
    one or two characters, so a match is tried only there)"""
    at = text.find("政府常务会", begin, end)
    while at >= 0:
        for start in (at - 2, at - 1, at):
            match = _BARE_GOVERNMENT_MEETING.match(text, start, end) if start >= begin else None
            if match is not None and match.start(1) == at:
                yield match
                break
        at = text.find("政府常务会", at + 5, end)


# A standing committee named by its term alone, no place before it (《某市某条例》经十五届人大常委会四十次会议
# 表决通过): the document's own place's, as a bare 人大常委会 of its own would be.
_TERMED_CONGRESS = re.compile(r"(?:(?<=^)|(?<=[\n、,，。;；:：经由在]))第?[一二三四五六七八九十]{1,3}届(人大常委会)", re.M)


def _termed_own_congress(ctx: DocumentContext, begin: int, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The document's own congress's standing committee, named by its term alone (经十五届人大常委会…)."""
    return _own_body_written_bare(ctx, matches, "人大常委会",
                                  _TERMED_CONGRESS.finditer(ctx.text, begin, ctx.body_end))


# A news headline saying a place put out a plan named without its marks (江苏出台“八五”普法规划).
_ISSUED_BARE_HEADLINE = re.compile(r"^[^《〈,。]{2,30}?(?:出台|印发|发布)[^《〈〉》,。]{0,40}(?:规划|纲要|方案|意见|要点|办法)$")
# The bodies opening the title a page issues or forwards, before its 关于.
_CARRIED_AUTHORS = re.compile(r"(?:印发|转发)了?《([^《》]{2,40}?)关于")
# A news item's lead on a document issued or forwarded, its headline not read (据新华社电 近日,中共中央、
# 国务院转发了《中央宣传部、司法部关于…规划》): the authors of what it carries.
# (or dated by its month alone, as an explanation's background has it: 2021年9月,市委、市政府转发了《…》)
_NEWS_LEAD_CARRIES = re.compile(r"(?:近日|日前|\d{1,2}月(?:\d{1,2}日)?)[,，]\s*[\u4e00-\u9fa5、]{2,24}?(?:联合)?(?=(?:印发|转发)了?《)")
# A commission's or an office's rules named without their marks (修订省委全面依法治省委员会工作规则、
# …办公室工作细则): the documents, not the body acting.
_BODY_RULES = ("工作规则", "工作细则", "议事规则")
# A commission's or an office's working rules named 工作制度 (研究修订依法治市委员会工作制度): its rules, the same; only
# after a 委员会 or an office, and not its work made a routine (委员会工作制度化运行).
_COMMITTEE_RULES = re.compile("(?:" + "|".join(_BODY_RULES) + "|工作制度(?!化))")
_ORGANIC_LAW = ("组织法",)
_ORGANISING_LAW_WORK = ("组织法律", "组织法治", "组织法制", "组织法学")
# A plan named by its owner, no marks, no verb between (市委实施方案, 区委全面依法治区委员会2025年工作要点要求,
# 县政府2024年度工作计划): the document, its owner not acting there.
# (省政府法治政府建设工作安排: a plan named by the work it arranges, an arrangement of that work by its owner)
# (推动出台省政府2023年立法工作计划: its year's legislative plan, the same)
_OWNED_DOCUMENT = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:工作要点|实施方案|行动方案|工作方案|(?:立法)?工作计划|规划"
                             r"|[\u4e00-\u9fa5]{2,8}?建设(?:年度)?工作安排)"
                             r"(?![的\u4e00-\u9fa5]{0,2}(?:制定|印发|出台|起草|编制))")
_INCLUDED_OFFICE_DOCUMENTS = re.compile(r"[((]含[^()()\n]{1,12}[))](?:行政)?规范性文件")
_DOCUMENTS_AFTER_BRACKET = re.compile(r"[))](?:行政)?规范性文件")
_GOVERNMENT_THINGS = ("门户网站", "网站", "规章", "规范性文件", "行政规范性文件",
                      # its major decisions and their list, reviewed or published by a department (审核省政府重大行政
                      # 决策, 推动公布省政府重大行政决策事项目录): its decisions as things, as its rules are
                      "重大行政决策", "年度目标", "目标绩效", "绩效管理", "绩效考核",
                      # the government's head named with his post (区委书记某某、区人民政府区长某某履行第一责任人职责):
                      # a person, as a committee's secretary is, not the body acting (a deputy sent on a task,
                      # 邀请市政府副市长某某赴…协调, still speaks for his government)
                      "省长", "市长", "县长", "区长", "州长", "旗长", "镇长", "乡长",
                      # its “互联网+” platforms (在区政府“互联网+监管”平台公示, a page cut short after “互), as its website
                      "“互",
                      # its seat (镇政府驻地距离城区18公里, 乡政府驻地所在村): where the government sits, a place
                      "驻地",
                      # its unnamed legal organ where files are lodged (在市政府法制机构备案): the government only its
                      # owner, no body acting
                      "法制机构")
# A street office's formal name under its county's government (海珠区人民政府滨江街道办事处): the office is
# the body, the government only its parent.
_OFFICE_UNDER = re.compile(r"(?![和与及各并对向在为将把])[\u4e00-\u9fa5]{1,6}?街道办事处")
# A body's inspection named as a thing: its 督察 (or 巡视, 巡察) whose findings are rectified
# (全面完成中央依法治国办实地督察反馈问题整改工作, 对省委巡视反馈意见整改), and a committee's 巡察 listed
# among the means a duty is checked by (纳入全市年度综合考核和市委巡察): what the body found or does,
# not the body acting in the text. (市委巡察组进驻…: the inspection team, a body of its own.)
# (also of the work inspected, 中央依法治国办法治政府建设督察反馈意见整改, and of two bodies, the first before a 、:
# 落实中央依法治国办、省委依法治省办法治政府建设督察反馈意见整改工作, the second read as 省委 before 依法治省办法…)
_INSPECTION_THING = re.compile(
    r"(?:、[\u4e00-\u9fa5]{2,14}?(?=(?:依法治[省市县区州]办)?(?:法治政府建设|法治建设)))?(?:依法治[省市县区州]办)?"
    # (with the levels and the work it covers: 中央依法治国办市县法治建设工作实地督察反馈问题整改)
    # (and the year inspected: 市委依法治市办2025年法治建设督察反馈意见整改)
    r"(?:(?:19|20)\d{2}年度?)?(?:(?:省市县|市县乡|市县|县乡)(?=法治))?(?:法治政府建设|法治建设)?(?:工作)?(?:与责任落实)?"
    r"(?:第[一二三四五六七八九十\d]{1,3}(?:督察|巡视|巡察)组)?(?:实地|专项|法治)?(?:督察|巡视|巡察)(?:组)?"
    # (and how it is rectified, 省委第五巡视组专项巡视反馈意见一体化整改: the findings the same)
    r"(?:(?:反馈|指出|发现)的?(?:问题|意见)?的?)?(?:一体化|全面|集中|逐项)?整改"
    # (its key points a duty is listed in, 列入县委巡察工作重点: the same thing)
    r"|(?:巡察|巡视)(?=[,。;、和及与]|$|内容|范围|全覆盖|(?:工作)?重点[,，。;；、]|(?:工作)?重点$)")
# A body's assessment named as a thing, a compound of work words before 考核 (县委依法治县考核, 县政府综合目标考核),
# not its team or office (考核组, 考核办), in a list a duty is put into (纳入…、…): see _PUT_INTO.
_ASSESSMENT_THING = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:(?![对的和及与向])[\u4e00-\u9fa5]){0,8}?考核(?![组办委])")
# A body's inspection named as a thing, its 督查 (or 督察) contents or scope, the body alone or the last of two
# joined by 和 or 、 (市委办公室和市政府办公室督查内容): see _PUT_INTO.
_INSPECTION_CONTENT = re.compile(r"(?:[、和及与][\u4e00-\u9fa5]{2,12}?)?(?:督查|督察)(?:工作)?(?:内容|范围|事项)")
# A body's list of key projects named as a thing, its year and kind of project before 项目 (市委深改委2024年重点改革
# 突破性项目, 市政府重点民生实事项目), in a list work is put into (列入…): see _PUT_INTO.
_PROJECT_LIST_THING = re.compile(r"(?:(?:19|20)\d{2}年度?)?(?:(?![对的和及与向])[\u4e00-\u9fa5]){0,10}?项目(?![组办部])")
# The list a duty is put into, running up to the body: 纳入 or 列入, then items set apart by 、 or 和 (纳入县委…考核、).
_PUT_INTO = re.compile(r"[纳列]入(?:[^,，。;；:：\n]{0,30}?[、和及])?\Z")
# ... unless the body's rounds of inspection are carried out (共开展3轮县委巡察, 开展两轮区委巡察): the committee
# inspecting, as when it 开展…巡察工作.
_INSPECTION_RUN = re.compile(r"开展了?(?:\d{1,3}|[一二三四五六七八九十两]{1,3})[轮次]\Z")
# The findings of a body's inspection that work is measured against (对标省委依法治省办对我市…实地督察反馈意见,
# 对照中央依法治国办督察反馈问题): what the body found, the same thing as its findings rectified, not the body acting.
# A clause that opens what it built, its list running up to the body (建成…、…和市多元解纷中心).
_BUILT_BEFORE = re.compile(r"建成(?:了)?[^,，。;；:：\n]{0,30}\Z")
_MEASURED_BY = ("对标", "对照", "针对")
# ... and what a body's inspection found, rectified later in the clause (做好省委巡视发现法治政府建设存在的…问题…
# 整改情况跟踪督察): the findings, not the body acting. (省委巡视发现问题后,…整改: a clause of its own, the body acting.)
# (the place inspected between, 省委依法治省办督察武进反馈问题整改, 督察我区反馈…: the same findings)
# (the place inspected and the work before it, 中央依法治国办对某省开展法治政府建设实地督察反馈意见…整改: the same)
# (the levels and the work inspected before it, 中央依法治国办市县法治建设督察反馈的45个主要问题全部完成整改: the same)
# (the place's quoted plans and their review inspected, 市委依法治市办对某县法治建设“一规划两方案”中期评估督察反馈
# 意见整改: the same)
_INSPECTION_FOUND_RECTIFIED = re.compile(
    r"(?:对(?:我|本)?[\u4e00-\u9fa5]{0,8}?[省市县区州旗](?:开展)?(?:的)?(?:法治政府建设|法治建设)?(?:工作)?"
    r"(?:“[^“”\n]{1,12}”)?(?:(?:中期|终期|年度)?评估)?"
    r"|(?:(?:省市县|市县乡|市县|县乡)(?=法治))?(?:法治政府建设|法治建设)(?:工作)?)?"
    r"(?:实地|专项|法治)?(?:督察|巡视|巡察)(?:[\u4e00-\u9fa5]{1,6}?)?(?:发现|反馈|指出)[^,，。;；:：\n]{0,40}?整改")
_INSPECTION_FINDINGS = re.compile(
    r"(?:对(?:我|本)[省市县区州旗][\u4e00-\u9fa5]{0,12}?)?(?:实地|专项|法治)?(?:督察|巡视|巡察)(?:反馈|指出|发现)的?(?:问题|意见)")
# The tiers of a structure, quoted and counted (“街道党工委、社区党委(总支)、网格党支部”三级治理架构).
_QUOTED_TIERS = re.compile(r"“([^“”\n]{4,80}?)”(?=[一二三四五六七八九十\d]级[\u4e00-\u9fa5]{0,6}?(?:架构|体系|网络|组织体系|链条))")
# A committee's rule named by its quoted name (党工委“第一议题”制度, 党委“三会一课”制度).
# (or with its study group's, the two sharing the word: “第一议题”和党委理论学习中心组学习制度; round 211)
_QUOTED_RULE = re.compile(r"[“\"][^”\"\n]{2,12}[”\"]"
                          r"(?:[和及、](?:党委|党工委|党组)?(?:理论学习|理论)?中心组(?:集体)?学[法习])?(?:学习)?制度")
# A committee's study group's rules (区委理论学习中心组学法制度, …中心组学法、政府常务会议学法等制度).
_STUDY_RULES = re.compile(r"(?:理论学习|理论)?中心组(?:集体)?学(?:法|习)(?:制度|机制|[、和][^,。;:]{0,40}?(?:制度|机制))")
_DIVISION_COMMITTEES = frozenset(("省委", "市委", "州委", "盟委", "县委", "区委", "旗委"))
# What a committee's study group studies (区委理论学习中心组学习重点内容, 中心组学习的重要内容).
_STUDY_CONTENTS = re.compile(r"(?:理论学习|理论)?中心组(?:专题|集体)?学(?:法|习)(?:的)?(?:重点|重要|必学|主要)?内容")
# A government's party group's study rules (县政府党组定期集中学法制度, 政府党组理论学习中心组学习制度).
_PARTY_GROUP_STUDY_RULES = re.compile(
    r"党组(?:理论学习)?(?:中心组)?(?:定期|每月|每季度)?(?:集中|集体)?学(?:法|习)(?:制度|机制)")
# Any body's website or platform (纳入住建部监管平台) is a thing, not the body acting.
# (…中心信息化建设项目, …局办公楼建设项目: a project named after the body, its object)
# (市政府工作报告精神: the spirit of the government's report, its words followed, as a meeting's spirit is)
# (国家市场监督管理总局网络管理学院, 某部干部网络学院: a body's school, where cadres study online, not the body)
_QUOTED_PLATFORM = re.compile(r"“[^“”\n]{2,40}?(?:平台|系统)”")
_BODY_THINGS = ("门户网站", "网站", "监管平台", "信息化建设项目", "建设项目", "工作报告精神", "网络管理学院", "网络学院", "干部网络学院",
                "干部学院")
# A committee's meeting whose spirit is studied (中央全面依法治国委员会第一次、第二次会议精神,
# 历次会议上讲话精神, 第一次会议上的重要讲话精神): the meeting's words, not the body acting.
# (省委依法治省办2024年第一次全体(扩大)会议精神: the meeting numbered within its year, enlarged, the same)
_MEETING_SPIRIT = re.compile(
    r"(?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]{1,3}次[、和]?)+(?:全体)?(?:\(扩大\))?会议"
    # (…第三次会议和中央全面依法治国工作会议上的重要讲话精神: a second meeting joined before the speech)
    r"(?:[、和及与](?:(?!部署)[^，。；：,;:\n]){1,24}?会议)?(?:上的?(?:重要)?讲话)?精神"
    r"|历次会议上?(?:的)?(?:重要)?讲话精神"
    # (某书记在自治区全面依法治藏委员会会议上的讲话精神: a speech at its meeting, unnumbered)
    r"|会议上的?(?:重要)?讲话精神")


# A forum or a course named after the body that held it, then its spirit (…环境与资源保护工作座谈会暨…培训班主要精神).
_FORUM_SPIRIT = re.compile(r"[\u4e00-\u9fa5“”]{0,24}?(?:座谈会|培训班)(?:暨[\u4e00-\u9fa5“”]{1,24}?(?:座谈会|培训班|会议))?的?(?:主要)?精神")
# (the body holding or joining it, 召开…座谈会, is its own verb: the body acts)
_HOLDS_IT = re.compile(r"召开|举办|组织|参加|出席|主持|开展")


# A committee's plenum or enlarged meeting right after its name, then what it said (十届六次全会关于…的工作情况,
# 扩大会议精神): the meeting's words, not the committee acting.
# (市委十四届四次全会以及市政府工作报告精神: the plenum first of a list of meetings and texts whose spirit is followed)
_PLENUM_SAID = re.compile(r"(?:(?:[一二三四五六七八九十]{1,3}届[和、及与][省市县区州旗]委)?[一二三四五六七八九十\d]{1,3}届(?:[一二三四五六七八九十\d]{1,3}次|历次))?(?:全会|扩大会议|全体会议)"
                          r"(?:关于|精神|的|作出|(?:[、和及与]|以及)(?:(?!部署)[^，。；：,;:\n]){0,30}?精神)")
# ... unless what the document follows is the plenum's 部署 (全会部署, 全会作出的决策部署, 全会关于…的部署): a
# committee whose 部署 is followed leads, as when its 部署 is followed without the meeting named (省委部署).
_PLENUM_DEPLOYED = re.compile(r"(?:(?:[一二三四五六七八九十]{1,3}届[和、及与][省市县区州旗]委)?[一二三四五六七八九十\d]{1,3}届(?:[一二三四五六七八九十\d]{1,3}次|历次))?(?:全会|扩大会议|全体会议)"
                              r"(?:(?:作出)?的|关于[^，。；、,;]{1,24}?的)?(?:重大|重要)?(?:决策|工作|战略|安排)?部署")
# The name of a committee's meeting between it and 会议精神 (省委[全面依法治省工作]会议精神), a quoted
# programme in it too (省政府[推行行政执法“三项制度”]会议精神).
_MEETING_NAME = re.compile(r"(?:[\u4e00-\u9fa5]|“[\u4e00-\u9fa5+、]{1,10}”){0,12}?(?:工作|全体)?")
# A body that leads or organises the study of a plenum's spirit, the words between it and the spirit being its own
# deed (依法治县办牵头在全县掀起学习四中全会精神高潮, 县司法局组织传达全会精神): the body acts, the words are no
# meeting of its own.
_LEADS_THE_STUDY = re.compile(r"牵头|组织|传达|掀起|带头")
# Meetings listed after a committee, up to the next committee in the list (省委[十三届二次全会、]省委…,
# 省委[经济工作会议、全省高质量发展大会、]省委…会议精神).
# (…委员会第一次会议、八届市委…会议精神: the next committee written with its term before it)
# (中央全面依法治国委员会第三次会议、中央全面依法治国工作会议以及省委…会议精神: the last meeting joined by 以及)
# (市委全面依法治市工作会议暨市委…委员会第三次会议精神: two meetings held as one, joined by 暨)
_MEETINGS_LISTED = re.compile(r"(?:[\u4e00-\u9fa5]{0,12}?(?:全会|会议|大会)(?:[、和及与暨]|以及))+(?:[一二三四五六七八九十]{1,3}届)?")
# A committee's meeting with the levels' own meetings written after it, unnamed (中央全面依法治国委员会会议及
# 省、市有关会议精神): the meetings' words, as when each is named.
_MEETING_AND_LEVELS = re.compile(r"(?:工作|全体)?会议[及和与、](?:[省市县区州][、和及与]?){1,4}(?:有关|相关)?")
# A committee's term with several of its plenums listed before the spirit written once (市委六届七次、八次全会精神):
# the plenums' words, as when one is named.
_PLENUMS_LISTED = re.compile(r"[一二三四五六七八九十]{1,3}届[一二三四五六七八九十\d]{1,3}次(?:[、和及与]第?[一二三四五六七八九十\d]{1,3}次)+")


# The bodies a reform's duties are moved from (划入区房管局、区建设局…等职责, 将…局的…职责划转): named for their duties.
_TRANSFERRED_DUTIES = re.compile(r"(?:划入|划转)([^，。；,;:\n]{2,60}?)(?:的|等)?(?:相关|有关)?职责")


def _without_things(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    """The bodies but those a website or platform word follows (searched in C, looked at there only)."""
    drop = set()
    for word in _BODY_THINGS:
        for at in _find_all(text, word):
            i = bisect.bisect_right(matches, at, key=_START) - 1
            if i >= 0 and matches[i].end == at:
                drop.add(i)
    return [m for i, m in enumerate(matches) if i not in drop] if drop else matches


# What follows a unit listed as a group's members up to 为成员: more units, 等 and their staff, in one clause
# What after a government's name makes it no body acting: its units as a plural (县政府各单位, 市政府各
# 部门, 省政府相关部门, 市政府有关部门) or the compound 政府治理 (提升我县政府治理效能).
_GOVERNMENT_NOT_ACTING = re.compile(r"各(?:部门|单位|组成部门|工作部门|直属机构)|(?:有关|相关)?(?:部门|单位)"
                                    r"|治理(?:效能|能力|体系|水平|现代化)")
# (not a group's head: 以县长为组长、各部门负责人为成员 names the setting-up body before it).
_MEMBERS_AFTER = re.compile(r"[^\uff0c,\u3002;\uff1b:\uff1a\n\u7ec4\u957f\u4ee5\u6210\u7acb]{0,30}?为成员")
_ELIDED_MEETING = re.compile(r"[\u4e00-\u9fa5]{2,12}[、和及与]")
# Committees listed by their bare prefix after one read, then the meeting: the last one's meeting name.
_COMMITTEES_THEN_MEETING = re.compile(r"(?:[\u4e00-\u9fa5]{2,12}?[、和及与](?:中共)?[省市县区州]委)+([\u4e00-\u9fa5]{2,12}?)")


def _shares_the_meeting(text: str, a: int, b: int, shared: str) -> bool:
    """Whether the words between two listed committees are the first one's meeting, its last words
    left to the meeting written once after the list (省委[全面依法治省、]市委全面依法治市工作会议精神)."""
    return len(shared) == 2 and text.startswith(shared, a) and _ELIDED_MEETING.fullmatch(text, a, b) is not None


# The subject of the meetings whose spirit is passed on, written between the committees and 会议精神
# (传达中央、市委、区委关于全面依法治国、治市、治区相关会议精神): the meetings' words, as when each is named.
_MEETINGS_ABOUT = re.compile(r"关于(?:(?!部署|要求)[^，。；,;:\n《“]){2,30}?(?:的)?(?:相关|有关)?")
# What a body set out, its spirit followed (省委依法治省办关于…规定相关精神): its words, not the body acting.
_SPIRIT_OF_ITS_RULE = re.compile(r"关于(?:(?!部署|要求)[^，。；,;:\n《“]){2,40}?(?:的)?(?:相关|有关)?精神")


def _without_meeting_spirit(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    drop = set()
    # (历次会议 is found with 次会议: one scan, not two.)
    for at in [*_find_all(text, "次会议"), *_find_all(text, "会议精神"), *_find_all(text, "全会精神"),
               *_find_all(text, "文件精神"), *(at + 1 for at in _find_all(text, "委精神")),
               # (委员会会议上的讲话精神: a speech at its meeting, unnumbered)
               *(at - 1 for at in _find_all(text, "议上的讲话精神")), *(at - 1 for at in _find_all(text, "议上的重要讲话精神"))]:
        i = bisect.bisect_right(matches, at, key=_START) - 1
        if i < 0:
            continue
        if text.startswith("精神", at):
            # A committee's own spirit (统一到中央和省委、孝感市委精神上来): its words, not the body acting.
            if matches[i].end != at or matches[i].name[-1:] != "委":
                continue
            shared = ""
        elif at - 16 <= matches[i].end <= at and (
                text.startswith(("会议精神", "全会精神", "文件精神"), at) and (_MEETING_NAME.fullmatch(text, matches[i].end, at)
                                                           and _LEADS_THE_STUDY.search(text, matches[i].end, at) is None
                                                           or _MEETING_AND_LEVELS.fullmatch(text, matches[i].end, at)
                                                           or _PLENUMS_LISTED.fullmatch(text, matches[i].end, at))
                or _MEETING_SPIRIT.match(text, matches[i].end)):
            shared = text[matches[i].end : matches[i].end + 2]
        elif (at - 34 <= matches[i].end <= at and text.startswith("关于", matches[i].end)
              and text.startswith("会议精神", at) and _MEETINGS_ABOUT.fullmatch(text, matches[i].end, at)):
            shared = ""
        else:
            # A committee whose commission's words stand before other committees' and the meeting
            # written once after them (省委[全面依法治省、市委全面依法治市工作]会议精神).
            listed = _COMMITTEES_THEN_MEETING.fullmatch(text, matches[i].end, at) \
                if at - 60 <= matches[i].end and text.startswith("会议精神", at) else None
            if listed is None or not text.startswith(listed.group(1)[:2], matches[i].end):
                continue
            shared = listed.group(1)[:2]
        drop.add(i)
        # The committees listed before it share the meeting words (中央…委员会、省委…委员会、市委…委员会会议精神),
        # and so do those whose own meetings are listed before it (省委十三届二次全会、省委经济工作会议、…会议精神),
        # or whose own commission's words stand before the meeting written once (省委全面依法治省、市委全面依法
        # 治市工作会议精神: the words between open as the last meeting's name does).
        while i > 0 and (text[matches[i - 1].end : matches[i].start] in ("、", "和", "及", "与")
                         or _MEETINGS_LISTED.fullmatch(text, matches[i - 1].end, matches[i].start)
                         or _shares_the_meeting(text, matches[i - 1].end, matches[i].start, shared)):
            i -= 1
            drop.add(i)
    return [m for i, m in enumerate(matches) if i not in drop] if drop else matches


# An honour conferred (莱芜区法律援助中心被司法部表彰为…, 区审计局、区司法局等7个单位被市委、市政府评为…): the
# bodies honoured and the ones honouring them name a roll of merit, no work done in the text (as a body
# whose 充分肯定 a practice earned does not act).
# (经验做法被最高人民检察院、公安部、省司法厅等…部门推介推广: a practice praised and passed on, the same.)
# (相关工作获镇主要领导高度认可、区司法局领导肯定并推广: praise earned, 获 for 被, the same; to the last word of
# praise in the clause. …专项行动获司法部表彰, 获得省政府通报表扬: an honour written with 获, the thing honoured
# before it. 获得国务院督查激励: a reward of the State Council's inspection earned, the same.
# 相关做法获国务院新闻发布会推介, 经验获省司法厅推广: a practice presented or passed on by them, as 被…推介推广 is.)
# (区卫生健康局被推选为“…先进集体”, …社区被确认为…“…示范村”创建单位: chosen for a roll, the same; …案件在
# 司法部…中心案件抽检中获评优秀: a rating won, the clause before it naming who rated it, the same.)
_PRAISING_TEAM = (r"([^,。;:\n被获]{0,40}?(?:调研组|督察组|督查组|督导组|检查组|考核组|评估组|考察组))的?"
                  r"(?:充分肯定|高度肯定|肯定|高度认可|认可|通报表扬|表扬|表彰|好评)")
# (被省发改委“…”系列专题报道: a practice reported on by a body, as one presented is, no work of the body's;
# 经验做法被某办公厅和某委专栏刊登, 被…刊发: a practice printed in a body's column or bulletin, the same;
# 等工作3次被交通运输部专题简报录用: work taken into a body's bulletin, the same, with 录用 or a bulletin's 采用)
# (连续4年…被市政府督查激励: a reward of the inspection earned, written with 被, as with 获 and 受到; round 195)
# (被司法部作为法治宣传典型案例向全国推广: a practice passed on, 推广 with no 推介 before it, the same; round 237)
# (every alternative opens on a character of its own, never a group: with one group first the engine tried the whole
# pattern at every character of every text, 5x the time)
_HONOURED = re.compile(r"被([^,。;:\n被]{0,60}?)(?:表彰为|表彰|评为|评选为|推选为|确认为|授予|命名为|通报表扬|督查激励|推介推广|推介|推广"
                       r"|系列专题报道|专题报道|宣传报道|报道|刊登|刊发|刊载|登载|录用|(?:简报|专报|信息)采用"
                       r"|充分肯定|肯定)"
                       r"|获([^,。;:\n被获]{0,60})(?:认可|肯定|表扬|表彰|嘉奖|激励|推介|推广)(?:并推广)?"
                       # (获得某部、某报等平台广泛宣传我区…工作经验: a practice's publicity earned, as one 被…宣传报道
                       # is; the bodies spreading word of the experience do no work in the text. Not 获得…支持开展宣传.)
                       r"|获得?([^,。;:\n被获]{0,40}?)(?:等(?:平台|媒体|单位))?(?:广泛|集中|专题|大力)?(?:宣传|报道)(?!部)"
                       r"(?=[^,。;:\n]{0,16}?(?:经验|做法|成效|成果))"
                       r"|获评"
                       # (某站、某中心分获全国…工作突出基层调解组织: honours won, one each, the bodies before them doing
                       # no work; not the 分获 of 部分获批)
                       r"|分获(?<!部分获)"
                       # (区法院获“…先进单位”等市级以上荣誉42项, 司法所荣获“全国模范司法所”称号, 荣获“…”奖: an honour
                       # won, named in quotes, the body before it and the issuer inside the quote doing no work)
                       # (市消防救援支队某大队、市人民法院获得“全国文明单位”: a title won, written with 获得 and named
                       # by its honoured kind inside the quote, with no 称号 after it, the same)
                       r"|获得?(“[^”\n]{1,60}”[^,。;:\n“获]{0,16}?(?:荣誉|称号|奖)"
                       r"|“[^”\n]{0,58}(?:单位|集体|个人|标兵|模范|先进)”)"
                       # (…中心项目入选全省…典型经验做法, 相关案例入选最高检与生态环境部典型案例: a roll a practice was
                       # chosen for, the clause before it and the roll's issuers after it, no body acting)
                       # (入选全国…试点县,省司法厅…工作试点县(市): two pilots chosen for, the second after a comma, its
                       # issuer inside its name)
                       r"|入选([^,。;:\n]{0,40}?(?:试点|示范)[^,。;:\n]{0,6}[,,][^,。;:\n]{0,40}?(?:试点|示范)[^,。;:\n]{0,6})"
                       r"(?=[,。;;])"
                       r"|入选([^,。;:\n]{0,40})"
                       # (得到司法部调研组充分肯定, 受到省司法厅督察组表扬: a visiting team's praise earned, written
                       # with 得到 or 受到. Not a body's own praise, 受到省政府办公厅的充分肯定, which the sample's gold
                       # reads as the body acting.)
                       # (得到 and 受到 each its own alternative: with a literal opening every alternative, the
                       # pattern is looked for by its first characters, four times as fast as tried at each one)
                       r"|得到" + _PRAISING_TEAM + r"|受到" + _PRAISING_TEAM
                       # (受到市政府督查激励, 受到省政府通报表扬: a reward or an honour earned, written with 受到, the
                       # same as with 获. Not 受到…充分肯定, which the sample's gold reads as the body acting.)
                       + r"|受到([^,。;:\n被获受]{0,40}?)(?:督查激励|通报表扬|表彰|嘉奖)"
                       # (县社区矫正中心创成“省级智慧矫正中心”: a rated title won by its making, as one 获评 is)
                       # (市某分局、市某局分别获创“…示范单位”: a title won by its making, written with 获创, the same)
                       r"|创成(?=“)|获创(?=“)"
                       # (荣获市政府办公厅“全市政务服务工作突出单位”称号: a title won, its giver written between 获 and
                       # the quoted title, doing no work in the text; round 204)
                       r"|获得?([^,。;:\n“”获被]{2,30}?)(?=“[^”\n]{1,60}”(?:荣誉)?称号)"
                       # (市委政法委荣获第四届湖北改革奖: a prize won, named without quotes)
                       r"|获([^,。;:\n“”获]{2,30}?奖)(?=[。,，;；、])"
                       # (区普法办为全国“八五”普法中期通报表扬单位: a body written as one of a roll's honoured units, the
                       # clause ending there, no work of its; not 区政府为先进单位颁奖, a body giving the honour)
                       # (each alternative opens on a literal character, the lookbehinds after it, so that the
                       # pattern is still looked for by its first characters)
                       r"|为(?<=[局办委院所心府]为)([^,。;:\n为]{0,40}?(?:通报表扬|表扬|表彰|先进|示范|优秀)"
                       r"(?:单位|集体))(?=[,，。;；、]|称号)"
                       # (典型做法被写入省委、省政府文件: a practice put into bodies' documents, no work of theirs)
                       r"|被写入([^,。;:\n]{1,30}?)(?:文件|报告|决定|意见)"
                       # (两项工作列入省政府督查激励事项: work put among what a government's inspection rewards, as one
                       # 获…督查激励 or 被…督查激励 is)
                       r"|列入([^,。;:\n列]{0,30}?)督查激励"
                       # (县司法局连续4年荣获全省…工作先进单位: a title won, unquoted, named by its honoured kind at the
                       # clause's end, its giver inside it doing no work)
                       r"|获得?([^,。;:\n“”获被]{2,40}?(?:先进单位|先进集体|示范单位|优秀单位|标兵单位|先进个人))"
                       r"(?=[,，。;；、]|称号)"
                       # (某局取得第二类考核单位第一名的好成绩: a rank won in an assessment, the body before it rated,
                       # not acting, as a rating's roll names none)
                       r"|取得([^,。;:\n取]{0,40}?)(?:第[一二三四五六七八九十\d]+名|好成绩|好名次|优异成绩)"
                       # (对县司法局、县公安局等10个先进单位予以通报表扬: the units praised, objects of the praise)
                       r"|对([^,。;:\n对]{2,200}?)予以(?:通报表扬|通报表彰|表彰|表扬|通报嘉奖|嘉奖)"
                       # (考核得分前三名的是A、B、C; A、B考核排名靠后: the units ranked, rated, no body acting)
                       r"|前[一二三四五六七八九十\d]{1,2}名(?:的|单位)?(?:是|为|分别是|分别为)[::]?([^。;;\n]{2,200})"
                       # (检查组充分肯定了市政府及有关部门单位在…方面所取得的成效: the bodies a visiting team praises,
                       # whose work it credits, no work of theirs done in the text, as praise earned from a team is;
                       # round 248)
                       r"|组(?<=(?:调研|督察|督查|督导|检查|考核|评估|考察|视察)组)(?:充分|高度)?肯定了?"
                       r"([^,。;:\n]{1,40}?)(?=在[^,。;:\n]{0,60}?(?:取得|成效|成绩)|(?:所|的)?取得的?(?:成效|成绩))"
                       r"|考[核评](?:得分|成绩)?排名(?:靠后|靠前|末位|前列|后列|倒数|第)|评估(?:得分|成绩)?排名(?:靠后|靠前|末位|前列|后列|倒数|第)")
# (the honoured units a body is written as one of, 为…通报表扬单位: read where such a unit is named)
_HONOURED_UNIT = re.compile(r"(?:表扬|表彰|先进|示范|优秀)(?:单位|集体)")
# Where the clause of the bodies honoured begins.
_CLAUSE_START = re.compile(r"[,。;:\n!?]")


# A contact for questions on a report, with the address after it (请与某局办公室联系(地址:…), 可与某局办公室联系,
# 请联系某县政务服务中心),
# or an address alone (地址:某市某区花园路88号区行政中心六楼).
_CONTACT = re.compile(r"(?:请|可以?)(?:与|和|同)[^。;;!\n]{2,40}?联系(?:[((][^))\n]{0,100}[))]?)?"
                      r"|请联系[^。;;,,((\n]{2,40}(?:[((][^))\n]{0,100}[))]?)?"
                      r"|地址\s*[::][^,,;;。))\n]{2,60}")
# ... and a contact the units a notice asks are to get in touch with (请相关行政处室与省市场监管局信用处联系): the one
# contacted, after 与, no body acting; the units asked are read as before (round 262).
_CONTACT_ASKED = re.compile(r"请[^。;;!,,\n与和同]{1,12}?((?:与|同)[^。;;!,,\n]{2,30}?联系)")
# A column its owner keeps on a site, quoted or not (“两化”栏目, 政务公开专栏), right after the owner's name.
# (not one it opens, 县政府开设普法专栏: the government acting)
_COLUMN_OWNED = re.compile(r"(?:“[^“”\n]{1,12}”|(?:政府)?(?:政务|信息)公开)?(?:栏目|专栏)")


def _outside(matches: list[AgencyMatch], spans: list[tuple[int, int]]) -> list[AgencyMatch]:
    """The matches that start in none of ``spans`` (start, end): the bodies a rule found no acting in are dropped."""
    return [m for m in matches if not any(a <= m.start < b for a, b in spans)] if spans else matches


# A body given a second sign (为区卫生健康委加挂区疾病预防控制局牌子): the body is the sign's object and the sign is a
# name it takes, neither acting.
_SECOND_SIGN = re.compile(r"为([^,。;:\n为]{2,30}?)加挂([^,。;:\n]{2,30}?)牌子")


# A body set up under a sign hung at another (在区科工信局挂牌成立区民营经济局): the host only lends its door, no
# body acting; the body set up acts, as one 组建 does.
_SIGN_HOST = re.compile(r"在([^,。;:\n在]{2,30}?)挂牌成立")


# Places and bodies put forward for a roll or a pilot (推荐某区和市公安局为…候选地区和项目): candidates named, no body
# acting; the body putting them forward, before 推荐, still acts.
_PUT_FORWARD = re.compile(r"推荐([^,。;:\n推]{2,40}?)为")


# A column opened in a body's outlet (开设县融媒体中心学习专栏, 开辟市司法局网站普法专栏): the body only hosts the
# column, the one opening it acts; a body that opens one itself (县融媒体中心开设学习专栏) still acts.
_COLUMN_HOST = re.compile(r"(?:开设|开辟|开通)([^,。;:\n开]{2,30}?)(?:网站|公众号|平台)?[\u4e00-\u9fa5]{0,6}?专栏")


def _without_column_hosts(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    return _outside(matches, [m.span(1) for m in _COLUMN_HOST.finditer(text)])


def _without_put_forward(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    return _outside(matches, [m.span(1) for m in _PUT_FORWARD.finditer(text)])


def _without_signs(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = []
    for sign in _SECOND_SIGN.finditer(text):
        spans.extend((sign.span(1), sign.span(2)))
    if "挂牌成立" in text:
        spans.extend(host.span(1) for host in _SIGN_HOST.finditer(text))
    return _outside(matches, spans)


# A body's bulletin presenting a practice (中央依法治国办简报专刊推介我省做法, 某办工作简报刊发我市经验): the practice
# printed in its bulletin, as one 被…简报刊发 is; the body before the bulletin does no work in the text.
_BULLETIN_PRINTS = re.compile(r"简报(?:专刊|专栏|增刊)?(?:推介|推广|刊发|刊登|刊载|登载|转发)"
                              r"(?=[^,。;:\n]{0,12}?(?:做法|经验|成效|成果))")


def _without_honours(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = []
    for honour in _HONOURED.finditer(text):
        spans.extend(honour.span(g) for g in range(1, _HONOURED.groups + 1) if honour.group(g) is not None)
        if honour.group().startswith("列入"):
            continue  # (市政府将其列入督查激励事项: the clause before may be the body putting it there, acting)
        at = honour.start()
        start, _ = _clause_before(text, at, 60)
        if at - start < 60:
            spans.append((start, at))
    if "简报" in text:
        for bulletin in _BULLETIN_PRINTS.finditer(text):
            start, at = _clause_before(text, bulletin.start(), 40)
            if at - start < 40:
                spans.append((start, at))
    return _outside(matches, spans)


# A rating's roll under its heading (一、优秀县(市)区政府(2个) / 甲区人民政府、乙区人民政府; 二、优秀市级单位(17个):
# 市教育局、…): the bodies rated in an assessment's results are its objects, no body acting, as the bodies
# an honour names are not.
_ROLL_HEADING = re.compile(
    r"(?m)^[^\S\n]*(?:[一二三四五六七八九十]+[、.]|\([一二三四五六七八九十\d]+\))?[^\S\n]*[^\n。,;:]{0,12}?"
    r"(?:优秀|良好|合格|先进|达标|一般|较差|不合格|基本合格)[^\n。,;:]{0,16}?\(\d+个\)[^\S\n]*:?")


# (or after its label, the roll to the line's end: 优秀等次:县教育局、县财政局; 优秀单位:县司法局、县公安局)
_ROLL_LABEL = re.compile(r"(?:优秀|良好|合格|基本合格|一般|较差|不合格|先进|达标)(?:等次|档次|等级|单位|集体)[^\S\n]*[:：]"
                         # (or a roll's lead-in closing its line, the roll on the next: 确定以下单位为…先进单位:)
                         r"(?:[^\S\n]*\n(?=[^\n。]+。?[^\S\n]*(?:\n|$)))?")
# A roll written in a sentence (县司法局、县公安局等5个单位考核结果为优秀等次): the bodies before the rating, no body
# acting, as on a roll under its heading.
_RATED_AS = re.compile(r"(?:考核|考评|评估)?(?:结果|等次)?(?:为|评定为|确定为|被评为|评为)"
                       r"(?:优秀|良好|合格|基本合格|不合格|一般|较差)(?:等次|档次|等级)")


# (a page flattened to one line: the heading a block between spaces, the roll the next block)
_ROLL_HEADING_BLOCK = re.compile(
    r"(?<=[ \u3000])(?:[一二三四五六七八九十]+[、.])?[^\s。,;:]{0,12}?(?:优秀|良好|合格|先进|达标|一般|较差|不合格|基本合格)"
    r"[^\s。,;:]{0,16}?\(\d+个\)[ \u3000]+([^\s。]+)")


def _without_rolls(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = [m.span(1) for m in _ROLL_HEADING_BLOCK.finditer(text)] if "\n" not in text.strip() else []
    for label in _ROLL_LABEL.finditer(text):
        end = text.find("\n", label.end())
        spans.append((label.end(), len(text) if end < 0 else end))
    if "等次" in text or "档次" in text or "等级" in text:
        for rated in _RATED_AS.finditer(text):
            spans.append(_clause_before(text, rated.start(), 200))
    for heading in _ROLL_HEADING.finditer(text):
        end = text.find("\n", heading.end())
        end = len(text) if end < 0 else end
        if not text[heading.end() : end].strip():
            # the roll on the next line that holds anything, a list with no sentence in it (a 。 may end it)
            following = re.compile(r"\n[^\S\n]*([^\n]+)").search(text, end)
            if following is None or "。" in following.group(1).rstrip("。 \u3000"):
                continue
            end = following.end()
        spans.append((heading.start(), end))
    return _outside(matches, spans)


# The units whose heads attend a meeting (县政府办、县检察院…等16家单位相关负责人参加会议): the persons attend, the
# units name whose they are, as a body before its head's post does (市司法局局长某某); a body that acts elsewhere
# in the text still does.
# (省委依法治省办有关同志到会指导: its staff at the meeting, come to guide it, the same)
# (a meeting's rules: 市发展改革局、市司法局主要负责同志固定列席会议, 邀请市人大常委会、市政协1名领导固定列席会议: the
# heads, or a leader each, sit in as a rule, the same)
_ATTEND_VERB = r"(?:固定)?(?:参加|出席|列席)"
# (the heads and others with them, then their count: 县法制办、县监察局主要负责人和县政府办副主任、秘书人员及…30多人列席
# 会议: the same)
_HEADS_AND_OTHERS = r"(?:[和及][^,，。;；!?\n《》]{1,40}?(?:\d+多?(?:人|名))?)?"
_ATTENDING = re.compile(r"(?:等(?:\d+|[一二三四五六七八九十]+)?(?:家|个)?(?:单位|部门)?)?(?:的)?(?:相关|有关)?(?:主要)?"
                        r"负责(?:人|同志)(?:同志)?" + _HEADS_AND_OTHERS + _ATTEND_VERB + r"|[相有]关同志到会(?:指导|参加|出席|列席)"
                        # (县法院、县委政法委等16个县级部门具体经办人参加: the units' clerks attend, the same)
                        r"|经办人(?:参加|出席|列席)"
                        r"|(?:\d+|[一二三四五六七八九十]+)名(?:相关|有关)?(?:主要)?领导(?:同志)?" + _ATTEND_VERB
                        # (杨陵区政府分管领导和各成员部门分管领导20余人参加: the leaders in charge of the units attend, the same;
                        # round 262)
                        + r"|分管领导(?:同志)?" + _HEADS_AND_OTHERS + _ATTEND_VERB)
# (its heads attending, looked for first: led by optional words, the whole is tried at every character, 30 ms a MB)
_ATTENDING_CORE = re.compile(r"负责(?:人|同志)(?:同志)?" + _HEADS_AND_OTHERS + _ATTEND_VERB + r"|关同志到会(?:指导|参加|出席|列席)|经办人(?:参加|出席|列席)"
                             r"|名(?:相关|有关)?(?:主要)?领导(?:同志)?" + _ATTEND_VERB + r"|分管领导(?:同志)?" + _HEADS_AND_OTHERS + _ATTEND_VERB)
# The bodies an inspection visits, its objects (督察组实地督察了县卫健局、县交通运输局的…工作; 对县卫健局、县交通运输局
# 开展督察): no body acting there.
# (and the bodies it goes to, 先后赴A、B开展现场评估工作, 到A、B等单位实地走访, 到A、B进行实地核查, or whose work it learns, 掌握A、B的…推进情况: places and objects,
# as a township named only as the place visited is)
# (each way led by one of a few characters, looked for first: 4x faster than trying every way at every character)
# An event held at a place gone to (赴…开展“…”活动, 赴…开展法律宣讲), and works done on a building (对…进行加固维修).
_EVENT_HELD = r"(?:“[^“”\n]{1,40}”)?[\u4e00-\u9fa5]{0,10}?(?:活动|宣讲|慰问|义诊|送法)"
_WORKS_DONE = r"(?:加固|维修|修缮|改造|改建|扩建|装修|翻新)"
_EXAM_HELD = r"(?<=[局厅委办院部所心])组织(?:开展|举办)?[^,。;:\n]{0,40}?(?:[,，][^,。;:\n]{0,30}?)?(?:考试|培训|测试)"
_INSPECTED_CHEAP = r"[督检评考巡][察查估核]了(?<=(?:督察|督查|检查|评估|考核|巡察)了)|[了掌][解握](?<=了解|掌握)(?=[^,。;:\n]{2,40}?的)"
_INSPECTED_DONE = re.compile(r"(?=[督检评考巡了掌])(?:" + _INSPECTED_CHEAP + ")")
_INSPECTED = re.compile(r"(?=[督检评考巡了掌赴到往对])(?:" + _INSPECTED_CHEAP +
                        # (or 前往: 与会人员前往A、B、C,实地观摩…, the places a meeting's attendees are shown; round 268)
                        r"|(?:[赴到](?<![得达受做遇感收]到)|往(?<=前往))(?=[^,。;:\n]{2,60}?(?:(?:(?:开展|进行)了?|等(?:单位|部门|地))(?:现场|实地|专项)?"
                        r"(?:评估|调研|督察|督查|检查|考察|指导|走访|核查|暗访|视察)"
                        # (a group's visit listing the places it came to, then what it did there: 视察组先后来到A、B,视察了…)
                        r"|[,，](?:实地)?(?:视察|察看|查看|观摩)"
                        # (组织干部赴省高院旁听行政审判, 到法院观摩庭审: the court a hearing is watched at)
                        r"|旁听|观摩))"
                        # (赴县消防救援大队开展“…”活动, 赴驻地部队开展法律宣讲: the place an event is held at)
                        r"|赴(?=[^,。;:\n]{2,40}?(?:开展|举办)了?" + _EVENT_HELD + r")"
                        # (分别到A、B环保局组织…人员参加…考试, 赴A局组织开展考试: the bodies an exam or a training
                        # is held at by the body that goes there, places, not bodies acting; round 254)
                        r"|[赴到](?<![得达受做遇感收]到)(?=[^,。;:\n]{2,40}?" + _EXAM_HELD + r")"
                        r"|对(?<![针面绝应相核反比配校]对)(?=[^,。;:\n]{2,60}?(?:(?:开展|进行)了?"
                        # (…开展法治建设专项督查: the work inspected named before 专项 or 实地)
                        # (对县城管局、县市场监管局开展行政执法案卷评查, 对县交通运输局开展法治督察: the work
                        # inspected named right before the inspection, and a review of case files, 评查, as one)
                        # (对区教育局、区卫生健康局开展经济责任审计: the bodies audited, objects of the audit as of a
                        # check; round 269)
                        r"(?:[\u4e00-\u9fa5]{2,8}?(?=专项|实地|现场|督察|督查|检查|评查|巡察|审计))?(?:实地|专项|现场)?"
                        r"(?:督察|督查|检查|评估|考核|巡察|评查|审计)"
                        # (对县光荣院进行加固维修: a building worked on, no body acting)
                        r"|进行了?" + _WORKS_DONE + r")))")


_BARE_CENTRE = re.compile(r"[省市县区乡镇]?(?:服务)?中心")


def _clause_before(text: str, at: int, limit: int = 120) -> tuple[int, int]:
    """(start, ``at``): the clause before ``at``, back to its opening punctuation or ``limit`` characters."""
    start = at
    while start > 0 and at - start < limit and not _CLAUSE_START.match(text, start - 1):
        start -= 1
    return start, at


# A person named by his posts, a member's among them (市委依法治市办成员、市司法局党组成员某某一行): the bodies of
# the run are his posts, as a head's are (市司法局局长某某), no body acting.
_MEMBER_NAMED = re.compile(r"成员[\u4e00-\u9fa5]{2,3}(?=一行|同志|带队|等\d*人)")  # after 党组 or 党委, from there
_POST_WORDS = re.compile(r"(?:党组|党委)?(?:成员|副?主任|副?局长|副?书记)|依法治[省市县区州]办|、|\s")


def _without_posts(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    drop = set()
    for named in _MEMBER_NAMED.finditer(text):
        at = named.start()
        start, end = _clause_before(text, at - 2 if text[at - 2 : at] in ("党组", "党委") else at)
        inside = [i for i, m in enumerate(matches) if start <= m.start < end]
        rest, at = [], start
        for i in inside:
            rest.append(text[at : matches[i].start])
            at = max(at, matches[i].end)
        rest.append(text[at:end])
        if inside and not _POST_WORDS.sub("", "".join(rest)):
            drop.update(inside)
    return [m for i, m in enumerate(matches) if i not in drop] if drop else matches


# The same with the attending said first (列席会议的还有市政府办公室、市发改委…主要负责人): the units run from
# there to their heads, in one clause. (Looked for only in a text with 的还有 or 的有 after the verb; round 258.)
_ATTENDING_FIRST = re.compile(r"(?:参加|出席|列席)(?:了)?(?:会议|座谈会?|活动)?的(?:还)?有"
                              r"(?=[^,，。;；!?\n]{2,160}?负责(?:人|同志))")
_HEADS_AFTER = re.compile(r"负责(?:人|同志)")


def _without_attendees(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = [_clause_before(text, m.start()) for m in _ATTENDING.finditer(text)]
    if "的还有" in text or "的有" in text:
        for first in _ATTENDING_FIRST.finditer(text):
            heads = _HEADS_AFTER.search(text, first.end())
            spans.append((first.end(), heads.start()))
    return _outside(matches, spans)


# The units whose leaders attend, named before them (省司法厅、市司法局的相关领导和县长某某…参加): the persons
# attend, as units' heads do; the sentence must end in their attending.
_LEADERS_ATTENDING = re.compile(r"的(?:相关|有关)(?:主要)?领导(?:同志)?(?=[和及、,，][^。;；!?\n]{0,160}?(?:参加|出席|列席)"
                                r"(?:了)?(?:会议|活动|座谈会?)?[。;；!?\n])")


def _without_leaders_attending(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = [_clause_before(text, m.start()) for m in _LEADERS_ATTENDING.finditer(text)]
    return _outside(matches, spans)


# The units whose heads give a 述法 report at a meeting (区委编办、区财政局…等党政主要负责人就2022年度…情况进行现场述法;
# 听取了区人社局、区林业局…等5个单位就…情况现场述法; 组织区农业农村局、区水利局等3家单位主要负责人现场述法): the speaker
# is a person, his unit names whose he is, as a body before its head's post does; a unit acting elsewhere in the
# text still does. (Looked for only in a text with 述法; the clause before the heads, or before 等…单位就, is dropped.)
# (The heads may be named by their role, 完成区疾控中心(区卫生监督所)和各区属医院法治建设第一责任人述法: the same
# speakers, their units no body acting; not a meeting named by it, 委员会全体会议、法治建设第一责任人述法评议等会议.)
_SPEAKING = re.compile(r"(?:等(?:\d+|[一二三四五六七八九十]+)?(?:家|个)?(?:单位|部门)?)?(?:的)?(?:党政)?(?:主要)?"
                       r"(?:法治建设)?第一责任人(?:进行|作了?|开展)?(?:了)?(?:现场|书面|专题|集中|年度)?述法(?![评会工活制报])"
                       r"|(?:等(?:\d+|[一二三四五六七八九十]+)?(?:家|个)?(?:单位|部门)?)?(?:的)?(?:党政)?(?:主要)?负责(?:人|同志)"
                       # (or what they speak on set apart by commas: …主要负责同志,围绕2023年度…情况,进行了现场述法)
                       r"(?:就[^,。;:\n]{0,60}?|[,,]围绕[^。;:\n]{0,60}?[,,])?(?:进行|作了?|开展)?(?:了)?(?:现场|书面|专题|集中|年度)?述法"
                       r"|等(?:\d+|[一二三四五六七八九十]+)?(?:家|个)(?:单位|部门)就[^,。;:\n]{0,60}?(?:进行|作了?)?(?:了)?"
                       r"(?:现场|书面|专题|集中)?述法")


def _without_speakers(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = []
    for m in _SPEAKING.finditer(text):
        opened = text.rfind("《", 0, m.start())
        if opened >= 0 and "》" not in text[opened : m.start()] and "\n" not in text[opened : m.start()]:
            # (根据某办下发的《关于做好…报告和党政主要负责人述法工作的通知》: words of a title, no heads speaking)
            continue
        start, end = _clause_before(text, m.start())
        joined = text.rfind("会议暨", start, end)
        if joined >= 0 and "召开" in text[start:joined]:
            # (召开某委员会2025年会议暨…党政主要负责人专题述法会议: the body whose meeting the 述法 meeting is
            # joined to holds it; only the clause after 暨 is the speakers')
            start = joined + 3
        spans.append((start, end))
    return _outside(matches, spans)


# A body's whole membership attending (区委全面依法治区办公室全体成员,各乡镇…分管领导等100余人参加会议): its members
# are persons at the meeting, no body acting, as units' heads who attend are. (The sentence must end in attending.)
_MEMBERS_ATTENDING = re.compile(r"全体成员(?=[^。;!?\n]{0,80}?(?:参加|出席|列席)(?:了)?(?:会议|座谈|活动)?[。;,!?\n])")


def _without_members_attending(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    starts = {m.start() for m in _MEMBERS_ATTENDING.finditer(text)}
    return [m for m in matches if m.end not in starts] if starts else matches


# The last line of a news page: a body (and its section) and its writers' names, in brackets or not.
_CONTRIBUTOR_LINE = re.compile(r"(?:^|\n)[^\S\n]*[(（]?[\u4e00-\u9fa5]{3,30}?(?:局|委|办|院|中心|政府)"
                               r"(?:[\u4e00-\u9fa5]{1,6}?[科股室])?(?:[^\S\n]+[\u4e00-\u9fa5]{2,3}(?<![局委办院府室科股心])){1,3}"
                               r"[)）]?[^\S\n]*\n?[^\S\n]*$")


# A body alone on a news item's last line, under its last sentence (…的力量。\n某县法治建设服务中心).
_BODY_ALONE_LAST = re.compile(r"(?<=[。！!])[^\S\n]*\n[^\S\n]*\n?[^\S\n]*[\u4e00-\u9fa5]{3,30}?(?:局|委|办|院|中心|政府|办公室|所)"
                              r"[^\S\n]*\n?[^\S\n]*$")


# A visit's verb with the bodies visited right after it (实地调研县税务局, 实地走访了A、B), to the clause's end.
_VISITED_ON_SITE = re.compile(r"实地(?:调研|考察|走访|察看|查看|视察|督导)了?")
_CLAUSE_REST = re.compile(r"[^,，。;；:：\n]{0,60}")


# A page's last line naming its editor (编辑:某某, 责任编辑:某某), after the contributor's line.
_EDITOR_LAST_LINE = re.compile(r"\n[^\S\n]*(?:责任)?编辑[^\S\n]*[:：][^\S\n]*[\u4e00-\u9fa5]{2,4}[^\S\n]*\n?[^\S\n]*$")


def _last_lines(text: str) -> int:
    """Where a contributor line can start: its line's \\n, at most two more after it (blank, and the text's last).

    (the pattern, tried from every line of a text, spent most of its time on lines it could not end; 0 when the
    text has fewer lines, for its ^)"""
    at = len(text)
    for _ in range(3):
        at = text.rfind("\n", 0, at)
        if at < 0:
            return 0
    return at


_AWAITED_CHECK = re.compile(r"[^，。；,;\n]{0,12}?(?:评估|检查|督察|督查|考核|验收|核查|巡查|巡视|巡察|调研|考察)")
# (its section may have a long name: (某省某市某县司法局法治调研和备案审查科))
_TRAILING_CREDIT = re.compile(r"(?<=[。！!？?])\s*[(（][\u4e00-\u9fa5]{3,30}?(?:局|委|办|院|中心|政府|办公室|所)"
                              r"(?:[\u4e00-\u9fa5]{1,12}?[科股室])?[)）]\s*$")
# A meeting convened at the body, the clause ending there (…会在某厅召开。), no object of its own after 召开.
_MEETING_CONVENED_AT = re.compile(r"召开(?=[,，。;；\s]|$)")
# (a floor, a room's number, a side or more of them: 在县政府三楼1号会议室, round 268; 市政务中心15楼东会议室, round 271)
_VENUE_AFTER = re.compile(r"(?:[一二三四五六七八九十\d]{1,2}楼)?(?:[一二三四五六七八九十\d]{1,2}号)?[东西南北]?"
                          r"(?:会议室|报告厅|会议厅|礼堂|多功能厅)")


# What the ways after 赴, 到 and 对 need further on: a text without it (most) is read for the other ways alone.
_INSPECTION_AHEAD = re.compile(r"(?:开展|进行|等单位|等部门|等地)了?"
                               r"(?:[\u4e00-\u9fa5]{2,8}?(?=专项|实地|现场|督察|督查|检查|评查|巡察|审计))?(?:现场|实地|专项)?"
                               r"(?:评估|调研|督察|督查|检查|考察|指导|走访|核查|暗访|考核|巡察|视察|评查|审计)")
# (or a visit's places listed, then what was seen there: …来到A、B,视察了…; looked for only in a text that has
# one of its words: an alternative opened by a comma is tried at every character, five times the cost of the scan)
# A service window or desk set up at a body (在区数政局设立“跨省通办”窗口, 开设…专窗, 增设…专区): the body is where it is.
_WINDOW_SET_UP = re.compile(r"(?:设立|开设|设置|增设)了?(?:“[^”]{1,16}”)?[\u4e00-\u9fa5]{0,8}?(?:窗口|专窗|服务台|专区)")
_VISIT_AHEAD = re.compile(r"[,，](?:实地)?(?:视察|察看|查看)")


_EVENT_AHEAD = re.compile(r"(?:开展|举办)了?" + _EVENT_HELD)
_WORKS_AHEAD = re.compile(r"进行了?" + _WORKS_DONE)
_EXAM_AHEAD = re.compile(_EXAM_HELD)


def _inspection_ahead(text: str) -> bool:
    """Whether a text has what the 赴, 到 and 对 ways of :data:`_INSPECTED` need further on."""
    return _INSPECTION_AHEAD.search(text) is not None or (
        ("视察" in text or "察看" in text or "查看" in text) and _VISIT_AHEAD.search(text) is not None) or (
        "旁听" in text or "观摩" in text) or (
        "赴" in text and _EVENT_AHEAD.search(text) is not None) or (
        "对" in text and _WORKS_AHEAD.search(text) is not None) or (
        "组织" in text and _EXAM_AHEAD.search(text) is not None)


_INSPECTED_STOP = re.compile(r"的|开展|进行|举办|等(?:单位|部门|地)|旁听|观摩")


# The bodies a supervising measure is applied to, listed after 对 and counted as units (对…的市生态环境局、市人社局…
# 五个单位实行专会专函, 对A、B等3个部门发出督办函, 对…等2家单位进行约谈): the measure's objects, as the bodies an
# inspection visits are, no body acting; the body before 对 that applies it still acts. (Looked for only where a
# count of units or departments stands before such a measure.)
_UNITS_COUNTED = ("个单位", "家单位", "个部门", "家部门")
_PRESSING_MEASURE = re.compile(r"(?:实行|进行|发出|下发|发送|开展|予以)?了?(?:专会)?(?:专函|[\u4e00-\u9fa5]{0,3}函|约谈|督办|提醒|告诫)")
_COUNT_BEFORE = re.compile(r"(?:等)?[\d一二三四五六七八九十两]{1,2}$")


def _without_pressed(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = []
    for word in _UNITS_COUNTED:
        for at in _find_all(text, word):
            if _PRESSING_MEASURE.match(text, at + len(word)) is None:
                continue
            count = _COUNT_BEFORE.search(text, max(0, at - 4), at)
            if count is None:
                continue
            start, end = _clause_before(text, count.start())
            opened = text.rfind("对", start, end)
            if opened > 0 and text[opened - 1] in "针面绝应相核反比配校" or text[opened + 1 : opened + 2] in (
                    "照", "标", "于", "外", "接", "口", "话"):
                continue  # (针对, 面对, 对照, 对标, 对于, 对外, 对接: no object marked)
            if opened >= 0:
                spans.append((opened + 1, end))
    return _outside(matches, spans)


def _without_inspected(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = []
    for verb in (_INSPECTED if _inspection_ahead(text) else _INSPECTED_DONE).finditer(text):
        # the objects to the 的 of their work, or to the verb after 对
        end = _CLAUSE_START.search(text, verb.end())
        end = end.start() if end else len(text)
        stop = _INSPECTED_STOP.search(text, verb.end(), end)
        spans.append((verb.end(), stop.start() if stop else end))
    if "对象" in text:
        # The bodies an evaluation or inspection is of, named as its objects (评估对象是市政府办公厅、市政务服务办和
        # 市政府25个组成部门, 考核对象为…): the evaluated, as the bodies an inspection visits are, no body acting.
        for named in _OBJECTS_NAMED.finditer(text):
            end = _OBJECTS_END.search(text, named.end())
            spans.append((named.end(), end.start() if end else len(text)))
    return _outside(matches, spans)


_OBJECTS_NAMED = re.compile(r"(?:评估|考核|考评|督察|督查|检查|测评|评议|巡察)对象(?:是|为|包括|有|[:：])")
_OBJECTS_END = re.compile(r"[,，。;；\n]")


# The bodies whose decisions or contracts are advised on (法律顾问对市政府300余项重大决策和重大合同提供审核意见): the
# advice's recipients, as a report's are, no body acting; the adviser before 对 still acts.
_ADVISED = re.compile(r"对([^,。;:\n对]{2,40}?)提供了?[\u4e00-\u9fa5]{0,6}?意见")


# The bodies advisers are provided for (为市委、市政府配备专职法律顾问11名): the advisers' clients, as the bodies advised
# on are, no body acting; the body before 为 that provides them still acts.
_ADVISERS_FOR = re.compile(r"为([^,。;:\n为]{2,40}?)(?:配备|配齐|聘请|选聘|选派)了?[\u4e00-\u9fa5]{0,6}?(?:法律顾问|公职律师)")


# A government whose contracts are reviewed (审查市政府对外框架合作协议30件): the owner of what is examined, as the
# bodies advised on are, no body acting; the body reviewing still acts.
_CONTRACTS_REVIEWED = re.compile(
    r"(?:审查|审核)了?((?:[省市县区]|[\u4e00-\u9fa5]{2,8}?[省市县区])(?:人民)?政府)的?[\u4e00-\u9fa5]{0,8}?(?:协议|合同)")


# The bodies contracts are reviewed for (法律顾问为区政府审查合同协议45份): the contracts' owners, the advisers'
# clients, as a government whose contracts are reviewed is, no body acting; round 265.
_CONTRACTS_REVIEWED_FOR = re.compile(r"为([^,。;:\n为]{2,40}?)(?:审查|审核)了?[\u4e00-\u9fa5\d]{0,8}?(?:协议|合同)")


# The bodies advice is given for (为县政府出具合法性审查意见68件, 为县委、县政府重大决策提供法律意见30余条): the
# advice's recipients, as the bodies whose decisions are advised on (对…提供…意见) are, no body acting.
_ADVICE_FOR = re.compile(r"为([^,。;:\n为]{2,40}?)(?:出具|提供)了?[\u4e00-\u9fa5\d]{0,10}?意见")


# The bodies lawyers or mediators are stationed at (向县人民法院、县人民检察院派驻值班律师12名, 向县法院派驻调解员): the
# places they serve at, as the bodies advisers are provided for are, no body acting; the body stationing them acts.
_STATIONED_AT = re.compile(r"向([^,。;:\n向]{2,40}?)(?:派驻|选派|派出|派遣)了?[\u4e00-\u9fa5\d]{0,8}?(?:律师|法律顾问|调解员)")


def _without_advised(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = [m.span(1) for m in _ADVISED.finditer(text)] if "提供" in text else []
    if "法律顾问" in text or "公职律师" in text:
        spans += [m.span(1) for m in _ADVISERS_FOR.finditer(text)]
    if "为" in text and "意见" in text and ("出具" in text or "提供" in text):
        spans += [m.span(1) for m in _ADVICE_FOR.finditer(text)]
    if "向" in text and "派" in text and ("律师" in text or "调解员" in text or "法律顾问" in text):
        spans += [m.span(1) for m in _STATIONED_AT.finditer(text)]
    if "协议" in text or "合同" in text:
        spans += [m.span(1) for m in _CONTRACTS_REVIEWED.finditer(text)]
        if "为" in text:
            spans += [m.span(1) for m in _CONTRACTS_REVIEWED_FOR.finditer(text)]
    if "召集" in text:
        # (召集市公安局、市卫生健康委…等单位分管领导安排部署…: the units whose heads a meeting calls in, its
        # attendants, as the units whose heads attend are, no body acting; round 254)
        spans += [m.span(1) for m in _HEADS_CALLED_IN.finditer(text)]
    if "派驻" in text and "纪检监察组" in text:
        # (市纪委监委派驻市司法局纪检监察组: the body a discipline team is stationed at, where it works; round 254)
        spans += [m.span(1) for m in _TEAM_STATIONED_AT.finditer(text)]
    return _outside(matches, spans)


_HEADS_CALLED_IN = re.compile(r"召集([^,。;:\n召]{2,80}?)等?(?:\d+个|[一二三四五六七八九十]+个)?(?:单位|部门)的?"
                              r"(?:分管|主要|有关|相关)?(?:领导|负责人|负责同志)")
_TEAM_STATIONED_AT = re.compile(r"派驻([^,。;:\n派]{2,30}?)纪检监察组")


# The bodies one goes to (带队前往A开展…活动, 前往A、B学习考察): places visited, to the verb of what is done there.
_VISITED_DONE = re.compile(r"开展|进行|参加|参观|学习|调研|旁听|观摩|考察|交流|对接|汇报|走访")


def _without_visited(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    spans = []
    at = text.find("前往")
    while at >= 0:
        end = _CLAUSE_START.search(text, at + 2)
        end = end.start() if end else len(text)
        stop = _VISITED_DONE.search(text, at + 2, end)
        spans.append((at + 2, stop.start() if stop else at + 2))
        at = text.find("前往", at + 2)
    return _outside(matches, spans)


# The units whose set-up or powers are adjusted, listed by one or two before their count
# (调整优化区发展改革委等12家单位, 调整区体育局等11个区级部门…的职权事项): the reform's objects, no body acting.
_ADJUSTED = re.compile(r"调整(?:优化|完善)?([^,。;:\n调]{2,30}?)等\d+(?:个|家)")


def _without_adjusted(text: str, matches: list[AgencyMatch]) -> list[AgencyMatch]:
    return _outside(matches, [m.span(1) for m in _ADJUSTED.finditer(text)])


def _party_group(text: str, match: AgencyMatch) -> bool:
    """中共…厅党组: the department's party group, not a department of the party."""
    return match.name.startswith("中共") and match.name[-1] != "委" and text.startswith(("党组", "党委"), match.end)


# A department's title naming it without its place, after the year (2023年度退役军人事务局法治政府建设工作报告).
_BARE_AUTHOR_TITLE = re.compile(
    r"(?:19|20)\d{2}年度?([\u4e00-\u9fa5]{2,10}?(局|委员会))(?=法治|依法|关于|(?:19|20)\d{2})")


# A notice sent to its own bureau's branches and offices (各县区生态环境分局,市局机关各科室、局属各单位:): the
# city bureau whose branches they are is its author (round 254).
_BRANCHES_ADDRESSED = re.compile(r"\s*各(?:县区|区县|县市区|县\(市、?区\)|县\(区\)|区)([\u4e00-\u9fa5]{2,10}?)分局[,，、]"
                                 r"(?:市|省)?局(?:机关)?各")


def _branches_addressed_author(ctx: DocumentContext) -> AgencyMatch | None:
    """The city's bureau whose own branches and offices the line after the title addresses, else None."""
    own = ctx.division
    if own is None or own.level != "prefecture":
        return None
    match = _BRANCHES_ADDRESSED.match(ctx.text, ctx.title_span[1])
    if match is None:
        return None
    body = canonical_body(match.group(1) + "局")
    return AgencyMatch(match.start(1), match.end(1), match.group(1), own.name + body, own.name,
                       own.level, own.code or None, own.name + match.group(1) + "局")


def _bare_author(ctx: DocumentContext) -> AgencyMatch | None:
    """The department a title names bare after its year, when the text speaks as it (我局) and
    the document's place is known: that place's department."""
    own = ctx.division
    start = ctx.title_span[0]
    match = _BARE_AUTHOR_TITLE.match(ctx.text, start, ctx.title_span[1])
    if own is None or match is None or ("我" + match.group(2)[0]) not in ctx.text:
        return None
    body = canonical_body(match.group(1))
    return AgencyMatch(match.start(1), match.end(1), match.group(1), own.name + body, own.name,
                       own.level, own.code or None, own.name + match.group(1))


# A page without its title line that opens with its department as the subject of its first sentence
# (2025年,某县公安局在县委、县政府的坚强领导下…; 2020年,某市人力资源和社会保障局深入学习…).
# (its first paragraph's line, a site's menu above it or not)
_OPENING_SUBJECT_YEAR = re.compile(r"(?m)^[^\S\n]*(?:19|20)\d{2}年(?:度|以来)?[,\uff0c]\s*")
# (a party committee opening its own report, 2023年,县委…, is no department)
_COMMITTEE_ENDS = ("省委", "市委", "县委", "区委", "州委", "旗委", "盟委", "党委", "工委", "镇委", "乡委")


# The clauses of leadership and guidance before the opening sentence's subject.
_LED_CLAUSES = re.compile(r"(?:在[^,\uff0c\u3002;\n]{2,40}?下[,\uff0c]\s*)+")


# The opening sentence that reports on the department by name (根据《…通知》要求,现将江门市农业农村局2024年
# 法治政府建设情况报告如下): the department whose report it is.
_REPORTED_AS = re.compile(r"[^\u3002;\n]{0,30}?(?:报告|汇报)如下")


# A bureau's report on an earlier year of its rule-of-law work, cited by its title, or its plan for a year of
# that work (制定了《某市文体广电旅游局2024年法治政府建设工作要点》), or its plan for taking part in a drive of
# that work, with no year (审议通过《某区卫生健康局参与全国法治政府建设示范创建活动实施方案》).
_EARLIER_REPORT = re.compile(r"《([^《》\n]{4,30}?[局厅委])(?:关于)?(?:(?:19|20)\d{2}年度?|(?:参与|参加)(?:全国|全省|全市)?)"
                             r"(?:法治政府建设|依法行政|法治建设)"
                             r"[^《》\n]{0,12}?(?:报告|总结|工作要点|工作计划|实施方案)》")


# (its year written first, 印发《2025年某市某局法治建设工作要点》: the same plan of its own)
_EARLIER_REPORT_YEAR_FIRST = re.compile(r"《(?:19|20)\d{2}年度?([^《》\n\d]{4,30}?[局厅委])(?:法治政府建设|依法行政|法治建设)"
                                        r"[^《》\n]{0,12}?(?:报告|总结|工作要点|工作计划|实施方案)》")


# A title a bureau's party group issues (《中共某区市场监督管理局党组关于印发…的通知》): the bureau, written after 中共.
_OWN_PARTY_GROUP_TITLE = re.compile(r"《中共([^《》\n]{4,30}?[局厅委])党组")


# A working document a bureau issued under its own name or its office's (制发《某局办公室贯彻落实…分工方案》), or
# for studying and carrying out a line of work (印发《某市某局关于认真学习宣传贯彻…精神的工作方案》), or for a study
# campaign it holds (印发《某市某局关于深入开展学习贯彻…主题教育实施方案》, round 271).
_OWN_WORKING_TITLE = re.compile(r"(?:制发|印发)了?《([^《》\n]{4,30}?[局厅])(?:办公室)?(?:关于)?"
                                r"(?:认真|深入开展|开展|深入)?(?:学习宣传|学习)?(?:贯彻落实|贯彻|落实|印发)")


# A department's own working rules, revised or made under its own name, the name opening the title
# (修订《某省生态环境厅拟定地方性法规草案工作规定》, 制定《某省某厅行政规范性文件管理办法实施细则》).
# (and its own list as adjusted, 调整后的《某县综合行政执法局轻微违法行为不予行政处罚清单…》, round 246)
_OWN_RULE_TITLE = re.compile(r"(?:修订|制定|印发|出台|制发|调整后的)(?:了|完善)?《([^《》\n]{4,20}?[局厅])"
                             r"(?=[^《》\n]{2,40}?(?:规定|办法|细则|规则|规程|制度|清单)》)")


# A bureau an honour went to, the whole clause before 被 (某市交通运输局被交通运输部表彰为…).
_HONOURED_BUREAU = re.compile(r"(?:^|(?<=[,。;:\n]))[^\S\n]*([^,。;:\n被]{4,30}?[局厅委])被[^,。;:\n被]{1,40}?"
                              r"(?:表彰为|评为|评选为|授予|命名为|确定为|确认为)", re.M)


def _only_maker_named(ctx: DocumentContext, titles: re.Pattern[str]) -> list[AgencyMatch]:
    """The body the page's titles name as their maker (``titles``' group 1), read whole, when only one is so named."""
    made = {m.group(1): m.start(1) for m in titles.finditer(ctx.text, 0, ctx.body_end)}
    if len(made) != 1:
        return []
    name, at = next(iter(made.items()))
    found = find_agencies(ctx, at, at + len(name), include_titles=True)
    if found and (len(found) != 1 or found[0].start != at or found[0].end != at + len(name)):
        return []
    return found


def _honoured_author(ctx: DocumentContext) -> list[AgencyMatch]:
    named = {}
    for m in _HONOURED_BUREAU.finditer(ctx.text, 0, ctx.body_end):
        named.setdefault(m.group(1), m.start(1))
    if len(named) != 1:
        return []
    name, at = next(iter(named.items()))
    found = find_agencies(ctx, at, at + len(name), include_titles=True)
    if len(found) != 1 or found[0].start != at or found[0].end != at + len(name):
        return []
    return found


def _opening_author(ctx: DocumentContext) -> AgencyMatch | None:
    opening = _OPENING_SUBJECT_YEAR.search(ctx.text, 0, min(ctx.body_end, 4000))
    found = []
    if opening is not None and "\u3002" not in ctx.text[: opening.start()]:
        # (2022年,在县委、县政府的坚强领导下,在县司法局的有力指导下,某县人民政府办公室坚持…)
        led = _LED_CLAUSES.match(ctx.text, opening.end())
        subject = led.end() if led is not None else opening.end()
        found = find_agencies(ctx, subject, min(ctx.body_end, subject + 40))
        # (2025年,自治区教育厅以…: an autonomous region's department by its bare 自治区, read from its 区; the
        # opening's subject all the same)
        if found and found[0].start != subject and not (
                ctx.text.startswith("自治", subject) and found[0].start == subject + 2):
            found = []
    if not found:
        at = ctx.text.find("现将", 0, min(ctx.body_end, 600))
        if at >= 0 and "\u3002" not in ctx.text[:at]:
            found = find_agencies(ctx, at + 2, min(ctx.body_end, at + 42))
            if found and (found[0].start != at + 2 or _REPORTED_AS.match(ctx.text, found[0].end) is None):
                found = []
    if not found and "我厅" in ctx.text[: min(ctx.body_end, 1000)] and "我局" not in ctx.text[: min(ctx.body_end, 1000)]:
        # An untitled department's report speaking as 我厅 that names its department only as the maker of its own
        # working rules (修订《某省某厅…工作规定》): that department, when only one is so named.
        found = _only_maker_named(ctx, _OWN_RULE_TITLE)
    if not found and "我局" in ctx.text[: min(ctx.body_end, 1000)]:
        # A report speaking as 我局 that names its bureau only in the report it made on an earlier year
        # (编撰并公示《某市交通运输局关于2024年法治政府建设情况的报告》) or in its plan for a year's rule-of-law
        # work (制定了《某局2024年法治政府建设工作要点》): that bureau, when only one is so named.
        earlier = {m.group(1): m.start(1) for m in _EARLIER_REPORT.finditer(ctx.text, 0, ctx.body_end)}
        if "年" in ctx.text:
            for m in _EARLIER_REPORT_YEAR_FIRST.finditer(ctx.text, 0, ctx.body_end):
                earlier.setdefault(m.group(1), m.start(1))
        if len(earlier) == 1:
            name, at = next(iter(earlier.items()))
            found = find_agencies(ctx, at, at + len(name), include_titles=True)
            # (the whole name, or its district after the city it is written under: 龙岩市某区…局)
            whole = found and found[0].start == at and found[0].end == at + len(name)
            if found and not whole and (len(found) != 1 or found[0].end != at + len(name)):
                found = []
        if not found and "党组" in ctx.text:
            # (or names it only as the issuer of its party group's rules and notices it cites,
            # 制定《中共某区市场监督管理局党组…学习制度》: that bureau, when only one is so named)
            groups = {m.group(1): m.start(1) for m in _OWN_PARTY_GROUP_TITLE.finditer(ctx.text, 0, ctx.body_end)}
            if len(groups) == 1:
                name, at = next(iter(groups.items()))
                found = find_agencies(ctx, at, at + len(name), include_titles=True)
                # (the whole name, or its district after the city it is written under: 广州市某区…局)
                if found and (len(found) != 1 or found[0].end != at + len(name)):
                    found = []
        if not found and ("制发" in ctx.text or "印发" in ctx.text):
            # (or names it only as the maker of the working documents it issued, 制发《某局办公室贯彻落实…分工方案》:
            # that bureau, when only one is so named)
            made = {m.group(1): m.start(1) for m in _OWN_WORKING_TITLE.finditer(ctx.text, 0, ctx.body_end)}
            if len(made) == 1:
                name, at = next(iter(made.items()))
                found = find_agencies(ctx, at, at + len(name) + 3, include_titles=True)
                if found and found[0].start == at and found[0].end == at + len(name) + 3 and found[0].name.endswith(
                        "办公室") and ctx.text.startswith("办公室", at + len(name)):
                    # (its office's name, the bureau's before it)
                    office = found[0]
                    found = [office._replace(end=office.end - 3, text=office.text[:-3], name=office.name[:-3],
                                             written=(office.written or office.name)[:-3])]
                if found and (len(found) != 1 or found[0].start != at or found[0].end != at + len(name)):
                    found = []
        if not found and ("制发" in ctx.text or "印发" in ctx.text or "制定" in ctx.text or "修订" in ctx.text):
            # (or as the maker of its own working rules, the name opening the title, 印发《某市交通运输局制定规范性
            # 文件工作规程》: that bureau, when only one is so named, as a 我厅 report's department is)
            found = _only_maker_named(ctx, _OWN_RULE_TITLE)
        if not found and "被" in ctx.text:
            # (or names it only as the body an honour went to, a clause of its own: 某市交通运输局被交通运输部表彰为
            # “…先进集体”: that bureau, when only one is so named. The honour is still no work done.)
            found = _honoured_author(ctx)
    if not found:
        return None
    first = found[0]
    # (a centre or an office opening its own report, 2025年,某市融媒体中心以…, 2024年,某县人民防空办公室坚持…: the
    # centre's or the office's, as a titled one's is; round 213)
    if (not first.name.endswith(("局", "厅", "委", "办", "办公室", "政府办公厅", "中心")) or first.name.endswith(_COMMITTEE_ENDS)
            or ctx.division is not None and first.jurisdiction != ctx.division.name):
        return None
    return first


def _author(ctx: DocumentContext) -> AgencyMatch | None:
    if not ctx.title_span:
        return _opening_author(ctx)
    found = find_agencies(ctx, ctx.title_span[0], ctx.title_span[1], include_titles=True)
    if not found:
        return _park_author(ctx) or _bare_author(ctx) or _name_line_above_title(ctx) or _branches_addressed_author(ctx)
    if found[0].name in _BRANCH_OF:
        found = _vertical_branches(ctx.text, found)  # (国家税务总局某市税务局…报告: the branch's)
    first = found[0]
    lead = ctx.text[ctx.title_span[0] : first.start].strip()
    # (a site's column label before the title, 【法治建设报告】湖北省司法厅…, is no part of it)
    if re.sub(r"(中共|关于|(19|20)\d{2}年度?|[\u4e00-\u9fa5]{2,8}(省|市|州|盟|地区)|^【[^】]{1,12}】)", "", lead):
        return None
    if first.name.endswith(("人民政府", "政府")) or divisions.is_national_body(first.name) and first.name in ("国务院", "中共中央"):
        return None
    if _party_group(ctx.text, first):
        return None
    return first


# A department's name alone on a line, right above the title standing again below it (2023年…年度报告 / 政策法规科
# 2023-12-29 / 某市人力资源和社会保障局 / 2023年…年度报告): the report's author, its name the headline's first line.
_NAME_LINE_ABOVE = re.compile(r"(?m)^[^\S\n]*([\u4e00-\u9fa5]{4,30}?(?:局|厅|委员会))[^\S\n]*\n(?:[^\S\n]*\n){0,3}[^\S\n]*(\S[^\n]{3,80}?)[^\S\n]*$")


def _name_line_above_title(ctx: DocumentContext) -> AgencyMatch | None:
    """The department named alone on the line above the title's second standing in the page's head, else None."""
    title = WHITESPACE.sub("", ctx.title or "")
    if not title or title not in WHITESPACE.sub("", ctx.text[ctx.title_span[1] : ctx.title_span[1] + 300]):
        return None
    for match in _NAME_LINE_ABOVE.finditer(ctx.text, ctx.title_span[1], min(ctx.body_end, ctx.title_span[1] + 300)):
        if WHITESPACE.sub("", match.group(2)) != title:
            continue
        found = find_agencies(ctx, match.start(1), match.end(1), include_titles=True)
        if len(found) == 1 and found[0].start == match.start(1) and found[0].end == match.end(1):
            return found[0]
        return None
    return None


# A park's 管委会 opening a title by its city's and its county's short names (河源东源产业园区管委会…报告).
_PARK_AUTHOR = re.compile(r"[\u4e00-\u9fa5]{4,12}?(?:产业园区|工业园区|产业园|园区)(?:管委会|管理委员会)")


def _park_author(ctx: DocumentContext) -> AgencyMatch | None:
    """The park's 管委会 a county's title opens with, the county named by its and its city's short names only."""
    division = ctx.division
    if division is None or division.level != "county" or not division.short or "园" not in (ctx.title or ""):
        return None
    start = ctx.title_span[0]
    match = _PARK_AUTHOR.match(ctx.text, start, ctx.title_span[1])
    if match is None or division.short not in match.group()[:6]:
        return None
    name = match.group()
    return AgencyMatch(match.start(), match.end(), name, name, division.name, division.level, None, name)


def _party_group_owner(ctx: DocumentContext) -> AgencyMatch | None:
    """The bureau whose party group the title names as its author (中共青岛市交通运输局党组…报告)."""
    if not ctx.title_span:
        return None
    found = find_agencies(ctx, ctx.title_span[0], ctx.title_span[1], include_titles=True)
    if not found or not _party_group(ctx.text, found[0]):
        return None
    first = found[0]
    return first._replace(start=first.start + 2, text=first.text.removeprefix("中共"),
                          name=first.name.removeprefix("中共"),
                          written=(first.written or first.name).removeprefix("中共"))


def author_agency(ctx: DocumentContext) -> AgencyMatch | None:
    """The department whose report this is (某市司法局), from the title's opening words."""
    # Kept with the context: hashing a whole context to key a cache costs more than the answer.
    key = ("author_agency",)
    if key not in ctx.resolved:
        ctx.resolved[key] = _author(ctx)
    return ctx.resolved[key]
