"""Agencies named explicitly, generic plurals left out; the tasks of a plan and their units."""

import pytest

from kg_builder.context import context_of
from kg_builder.extractors.agencies import agencies, canonical_body
from kg_builder.extractors.tasks import tasks
from kg_builder.model import Document

ZHONGZHAN = "中站区2019年法治政府建设工作报告\n"
HANTAI = "汉台区2017年法治政府建设工作要点\n"
DONGLIAO = "东辽县人民政府关于2019年度东辽县法治政府建设情况的报告\n"


def names(text):
    return [f.object.name for f in agencies(Document(id="t", text=text)) if f.predicate == "mentionsAgency"]


@pytest.mark.parametrize(("text", "expected"), [
    (ZHONGZHAN + "区司法局组织培训,区税务局参加。", ["中站区司法局", "中站区税务局"]),
    # A bare committee listed before another's department whose name every level's committee has (省委、市委编办,
    # 省委、市委政法委): that department of both committees, not the bare committee; a leadership line (省委、市委的
    # 领导) and two levels' departments written whole stay as they are.
    ("西安市市场监督管理局2023年法治政府建设工作报告\n积极协调省委、市委编办调研我市基层市场监管综合执法工作。",
     ["西安市市场监督管理局", "陕西省委编办", "西安市委编办"]),
    ("西安市市场监督管理局2023年法治政府建设工作报告\n在省委、市委政法委的指导下开展工作。",
     ["西安市市场监督管理局", "陕西省委政法委", "西安市委政法委"]),
    ("西安市市场监督管理局2023年法治政府建设工作报告\n在省委、市委的坚强领导下,开展工作。",
     ["西安市市场监督管理局", "陕西省委", "西安市委"]),
    ("西安市市场监督管理局2023年法治政府建设工作报告\n协调省委编办、市委编办调研。",
     ["西安市市场监督管理局", "陕西省委编办", "西安市委编办"]),
    # A committee a department's own report sets up with no subject and gives its duty (组建法制委员会,专门负责…): the
    # department's, as a group it sets up is; one others are led to set up, or a government's, stays unread.
    ("2022年,沈阳市生态环境局深入贯彻习近平生态文明思想。\n加强法治工作队伍建设,组建法制委员会,专门负责生态环境系统"
     "法制工作。", ["沈阳市生态环境局", "沈阳市生态环境局法制委员会"]),
    ("2022年,沈阳市生态环境局坚持依法行政。\n成立行政执法案件审核委员会,负责审核重大执法决定。",
     ["沈阳市生态环境局", "沈阳市生态环境局行政执法案件审核委员会"]),
    ("2022年,沈阳市生态环境局坚持依法行政。\n指导各区成立各级调解委员会,负责调解纠纷。", ["沈阳市生态环境局"]),
    ("2022年,沈阳市坚持依法行政。\n组建法制委员会,专门负责法制工作。", []),
    # An office a department's report sets up under its own 局 and gives a duty (并设立局法治建设工作办公室,具体负责…):
    # the bureau's office; an office set up bare (设立办公室,负责日常工作) is left to the group rules.
    ("济南市生态环境局2024年度法治政府建设报告\n2024年,市生态环境局坚持依法行政。\n成立由局长任组长的法治建设工作"
     "领导小组,并设立局法治建设工作办公室,具体负责全局法治工作开展。",
     ["济南市生态环境局", "济南市生态环境局法治建设工作领导小组", "济南市生态环境局法治建设工作办公室"]),
    ("济南市生态环境局2024年度法治政府建设报告\n2024年,市生态环境局坚持依法行政。\n设立办公室,负责日常工作。",
     ["济南市生态环境局"]),
    # A station, then 以 before a quoted thing it works by (检测所以“…数据”获得证书): 以 the preposition, not 所以 (so);
    # 所以 as "so" after a body's name stays no end of a name.
    (ZHONGZHAN + "区计量检测所以“电能表检定数据”获得登记证书。", ["中站区计量检测所"]),
    (ZHONGZHAN + "区质量技术监督检测所以“一窗受理”为抓手,优化检定服务。", ["中站区质量技术监督检测所"]),
    # A group the government sets up under a long name of its field, 和 joining two of its fields (成立…和…领域
    # 突出问题专项整治工作领导小组): the government's own; one others are led to set up (指导各乡镇成立…) is theirs.
    (DONGLIAO + "成立道路交通安全和运输执法领域突出问题专项整治工作领导小组,召开座谈会4场次。",
     ["东辽县人民政府", "东辽县道路交通安全和运输执法领域突出问题专项整治工作领导小组"]),
    (DONGLIAO + "指导各乡镇成立道路交通安全和运输执法领域突出问题专项整治工作领导小组。", ["东辽县人民政府"]),
    # A committee written bare, then a count of its quoted programmes (融入市委三个“…工程”): the committee whose
    # programmes are taken up; its plenum by its term (市委十二届三次全会) stays no body.
    (ZHONGZHAN + "区司法局主动融入市委四个“一号工程”,推进工作。", ["中站区司法局", "焦作市委"]),
    (ZHONGZHAN + "区司法局主动融入市委三个“先行工程”,推进工作。", ["中站区司法局", "焦作市委"]),
    (ZHONGZHAN + "区司法局学习市委十二届三次全会精神,推进工作。", ["中站区司法局"]),
    # The committee's 委 with its place lost after a verb that follows a body (配合委依法治区办): the text's own
    # committee's office, as a bare 依法治区办 is; written whole (配合区委依法治区办) the same.
    (ZHONGZHAN + "区司法局配合委依法治区办开展专项督察。", ["中站区司法局", "中站区委依法治区办"]),
    (ZHONGZHAN + "区司法局会同委全面依法治区委员会开展督察。", ["中站区司法局", "中站区委全面依法治区委员会"]),
    (ZHONGZHAN + "区司法局配合区委依法治区办开展专项督察。", ["中站区司法局", "中站区委依法治区办"]),
    # The committee's office written out bare (召开依法治区办公室会议): named as written, 区委依法治区办公室, not cut to
    # its short 依法治区办; written short it stays short.
    (ZHONGZHAN + "区司法局召开2024年区委全面依法治区委员会会议、依法治区办公室会议等工作会议。",
     ["中站区司法局", "中站区委全面依法治区委员会", "中站区委依法治区办公室"]),
    (ZHONGZHAN + "区司法局召开依法治区办公室会议。", ["中站区司法局", "中站区委依法治区办公室"]),
    (ZHONGZHAN + "区司法局召开依法治区办会议。", ["中站区司法局", "中站区委依法治区办"]),
    # The office named in full and by its short name written out (区委依法治区办公室): one office, named as the text
    # names it most (the full name on a tie), as with its short 依法治区办; the bare one read so too.
    (ZHONGZHAN + "区委全面依法治区委员会办公室印发工作要点。区委依法治区办公室督促落实。",
     ["中站区委全面依法治区委员会办公室"]),
    (ZHONGZHAN + "区委全面依法治区委员会办公室印发工作要点。区司法局召开依法治区办公室会议。",
     ["中站区委全面依法治区委员会办公室", "中站区司法局"]),
    # A column opened in a body's outlet (开通区融媒体中心以案释法专栏) is hosted there: the host does not act; a body that
    # opens a column itself still does.
    (ZHONGZHAN + "区司法局组织宣传,开通区融媒体中心以案释法专栏。", ["中站区司法局"]),
    (ZHONGZHAN + "区融媒体中心开设以案释法专栏。", ["中站区融媒体中心"]),
    # A committee's rule-of-law commission by its 法治建设 name, written bare after the verb holding or setting it up:
    # the committee of the text's own place, as a bare 全面依法治区委员会 is.
    (ZHONGZHAN + "召开法治建设委员会2024年第一次会议,审议年度要点。", ["中站区委法治建设委员会"]),
    (ZHONGZHAN + "年初成立法治建设委员会办公室,统筹协调。", ["中站区委法治建设委员会办公室"]),
    # A page's 编辑 label names the office that put it up (发布时间:… 编辑:市政府办 浏览量: 12), not a body acting; a body
    # that edits in the text (区司法局编辑印发…) still acts.
    ("中站区2019年法治政府建设工作报告\n\n发布时间:2020/03/02 10:11:12 编辑:区政府办 浏览量: 321\n\n区司法局组织培训。",
     ["中站区司法局"]),
    (ZHONGZHAN + "区司法局编辑印发《法律法规汇编》。", ["中站区司法局"]),
    # ... nor does the office a news page credits with its material on a line under the text (资料:区府办); a body
    # that gathers 相关资料 in the text still acts.
    (ZHONGZHAN + "区司法局组织培训。\n资料:区府办\n编辑:张某", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局收集相关资料:区政府办公室提供台账。", ["中站区司法局", "中站区政府办公室"]),
    # The text speaking as 我区 says it issued a title naming its own government (我区…印发了《2022年度中站区人民政府
    # 重大行政决策事项目录》): the government acts, named only inside the title; another place's government in the
    # title, or a bureau issuing it, is not read so.
    (ZHONGZHAN + "我区继续推行决策目录管理制度,印发了《2022年度中站区人民政府重大行政决策事项目录》。", ["中站区人民政府"]),
    (ZHONGZHAN + "我区认真学习,印发了《焦作市人民政府重大行政决策程序规定》汇编。", []),
    (ZHONGZHAN + "区司法局印发了《中站区人民政府行政调解办法》。", ["中站区司法局"]),
    # A group named long for the work it drives, as the 2010s' groups were (区推进依法行政建设法治政府工作领导小组): the
    # district's group meets; a bureau that pushes on (区司法局推进全区…工作) stays only itself.
    (ZHONGZHAN + "定期召开区推进依法行政建设法治政府工作领导小组会议,研究重点任务。",
     ["中站区推进依法行政建设法治政府工作领导小组"]),
    (ZHONGZHAN + "区司法局积极推进全区法治政府建设工作领导小组成员单位履职。", ["中站区司法局"]),
    # A group's name longer than the 20-character window (区深入推进依法行政加快建设法治政府工作领导小组, 22): the
    # district's group all the same, adjusted or meeting.
    (ZHONGZHAN + "调整区深入推进依法行政加快建设法治政府工作领导小组,明确第一责任人。",
     ["中站区深入推进依法行政加快建设法治政府工作领导小组"]),
    (DONGLIAO + "召开县全面深化依法行政加快推进法治政府建设工作领导小组会议,研究工作。",
     ["东辽县人民政府", "东辽县全面深化依法行政加快推进法治政府建设工作领导小组"]),
    # Meetings listed with 以及 before the spirit written once: no committee of the list acts.
    (ZHONGZHAN + "全面落实中央全面依法治国委员会第三次会议、中央全面依法治国工作会议以及省委全面依法治省委员会第二次会议精神,区司法局开展培训。",
     ["中站区司法局"]),
    (ZHONGZHAN + "学习中央全面依法治国委员会第二次会议以及市委全面依法治市委员会第一次会议精神,区司法局组织培训。",
     ["中站区司法局"]),
    # Two meetings held as one, joined by 暨, before the spirit: no committee of the two acts.
    (ZHONGZHAN + "深入落实区委全面依法治区工作会议暨区委全面依法治区委员会第三次会议精神,区司法局组织培训。",
     ["中站区司法局"]),
    (ZHONGZHAN + "传达省委全面依法治省工作会议暨省委全面依法治省委员会第二次会议精神,区司法局开展培训。",
     ["中站区司法局"]),
    # The same group written with 全区/全县 for the whole place it works over, at its meeting in the place's own report:
    # the place's group. 全县各乡镇…领导小组 stays a plural's, and another level's 全市 is not this district's.
    (ZHONGZHAN + "组织召开全区推进依法行政工作领导小组全体会议,部署全年工作。", ["中站区推进依法行政工作领导小组"]),
    (DONGLIAO + "年内召开全县法治政府建设工作领导小组会议2次,研究重点任务。",
     ["东辽县人民政府", "东辽县法治政府建设工作领导小组"]),
    (DONGLIAO + "督促全县各乡镇法治建设领导小组履职。", ["东辽县人民政府"]),
    (ZHONGZHAN + "召开全市法治政府建设工作领导小组会议,部署工作。", []),
    # A standing committee a vote is asked of (提请区人大常委会表决) is a recipient, as one asked to deliberate is;
    # a committee whose meeting a 述法 meeting is joined to (召开某委员会2025年会议暨…负责人述法会议) holds it.
    (ZHONGZHAN + "区司法局把考试合格作为提请区人大常委会表决任命的前提。", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局组织召开区委全面依法治区委员会2024年会议暨2023年度党政主要负责人专题述法会议,30家单位述法。",
     ["中站区司法局", "中站区委全面依法治区委员会"]),
    # The fire and rescue service's brigade and detachment are bodies; a field's bureaus of two levels at once
    # (省市气象局) name none, but the province's market regulator (省市场监管局) is one.
    (ZHONGZHAN + "区消防救援大队开展检查,市消防救援支队指导。", ["中站区消防救援大队", "焦作市消防救援支队"]),
    (ZHONGZHAN + "根据区委和省市气象局的要求,区气象局开展工作。", ["中站区委", "中站区气象局"]),
    (ZHONGZHAN + "省市场监管局组织培训。", ["河南省市场监管局"]),
    # A county-level city's bare 市消防救援支队 is its prefecture's (a detachment serves a prefecture).
    ("义乌市消防救援大队2023年度法治政府建设情况报告\n在市委和市消防救援支队的正确领导下,我大队开展检查。",
     ["义乌市消防救援大队", "义乌市委", "金华市消防救援支队"]),
    # The vertically managed services' national headquarters act as national bodies.
    ("某省气象局报告\n2023年,在中国气象局的正确领导下,海关总署、国家统计局部署。", ["中国气象局", "海关总署", "国家统计局"]),
    # The court whose hearing is watched (赴…旁听, 到…观摩) is a place visited, no body acting.
    (ZHONGZHAN + "组织干部赴市中级法院旁听庭审,区法院开展培训。", ["中站区法院"]),
    (ZHONGZHAN + "区司法局组织干部到区法院观摩庭审。", ["中站区司法局"]),
    # A superior department's party group named in full in the report's leadership leads, not its department.
    ("巫溪县气象局2021年度法治政府建设工作情况报告\n2021年,在重庆市气象局党组和巫溪县委县政府的正确领导下,我局认真贯彻。",
     ["巫溪县气象局", "重庆市气象局党组", "巫溪县委", "巫溪县人民政府"]),
    # An autonomous region's body a document is sent up to (均已报自治区司法厅备案) is its recipient.
    ("宁夏回族自治区林业和草原局报告\n制定规范性文件3件,均已报自治区司法厅备案。", ["宁夏回族自治区林业和草原局"]),
    # An untitled report speaking as 我局 that names its bureau only as the maker of a working document it issued,
    # under its office's name (制发《某局办公室贯彻落实…分工方案》): that bureau.
    ("一、主要工作情况\n(一)健全制度。一是制发《云南省林业和草原局办公室贯彻落实云南法治政府建设实施方案任务分工方案》等制度文件,"
     "二是我局共作出重大行政执法决定12件。", ["云南省林业和草原局"]),
    # A tax branch is named with its headquarters first (国家税务总局某市某区税务局): one body, the branch, as the
    # page writes it; its superior branch the same; the headquarters alone is itself.
    ("国家税务总局宁波市鄞州区税务局2022年法治税务建设情况报告\n2022年,在国家税务总局宁波市税务局和鄞州区委的正确领导下,"
     "局党委召开会议,国家税务总局部署。", ["国家税务总局宁波市鄞州区税务局", "国家税务总局宁波市税务局", "鄞州区委",
                                "国家税务总局宁波市鄞州区税务局党委", "国家税务总局"]),
    # ... a branch and one of a zone the division table holds no body of, listed with 、 (round 267); the city's
    # branch written again short (市税务局, 某市税务局) is the same body.
    ("12月4日,国家税务总局开封市税务局、国家税务总局开封市城乡一体化示范区税务局参加全市宪法宣传活动,设置展台。"
     "开封市税务局组织干部学法。", ["国家税务总局开封市税务局", "国家税务总局开封市城乡一体化示范区税务局"]),
    ("国家税务总局四川省税务局相关负责人出席仪式。10家分局通过省税务局和省司法厅验收。",
     ["国家税务总局四川省税务局", "四川省司法厅"]),
    # ... the branch's own party committee written after it is the branch's, never the headquarters'.
    ("国家税务总局四川省税务局党委召开会议,研究法治税务建设。", ["国家税务总局四川省税务局党委"]),
    # A centre of the place's own named long with its level word is the place's centre; a level's units,
    # or a centre named short, stay unread.
    (ZHONGZHAN + "区级数字化城市运行和治理中心实体化运行。", ["中站区数字化城市运行和治理中心"]),
    (ZHONGZHAN + "区级部门和区级调处中心参加。", []),
    (ZHONGZHAN + "区级各类政务服务分中心全部进驻。", []),
    # A county's merged bureau: 民政 and 退役军人事务 joined by 和.
    (DONGLIAO + "2019年,东辽县民政和退役军人事务局推进工作。", ["东辽县人民政府", "东辽县民政和退役军人事务局"]),
    (ZHONGZHAN + "区委机构编制委员会对权力进行了调整。", ["中站区委机构编制委员会"]),
    # A street's party working committee and offices under its county's government, the county after its city:
    # the street's own bodies (中共…街道工作委员会 is its 党工委).
    ("陆家嘴街道2024年普法工作要点\n中共上海市浦东新区陆家嘴街道工作委员会\n上海市浦东新区人民政府陆家嘴街道办事处\n"
     "浦东新区人民政府陆家嘴街道社区平安办公室印发", ["陆家嘴街道党工委", "陆家嘴街道办事处", "陆家嘴街道社区平安办公室"]),
    (ZHONGZHAN + "成立了中共中站区委全面依法治区委员会,并召开会议。", ["中共中站区委全面依法治区委员会"]),
    (ZHONGZHAN + "邀请省司法厅、市司法局指导。", ["河南省司法厅", "焦作市司法局"]),
    (HANTAI + "(区编办牵头,各镇人民政府、各街道办事处、区政府各有关部门按职责分工分别负责)",
     ["汉台区编办", "汉台区人民政府"]),
    (HANTAI + "汉中市汉台区人民政府法制办公室\n区政府法制办负责。", ["汉台区政府法制办"]),
    (HANTAI + "工商汉台分局牵头。", ["工商汉台分局"]),
    (DONGLIAO + "县软办会同县纪委定期查访。", ["东辽县人民政府", "东辽县软办", "东辽县纪委"]),
    (DONGLIAO + "县法制办会同县市场监督管理局开展试点。", ["东辽县人民政府", "东辽县法制办", "东辽县市场监督管理局"]),
    (DONGLIAO + "县市场监督管理局牵头,县市场监管局、县市场监管局配合。", ["东辽县人民政府", "东辽县市场监管局"]),
    # A people's mediation committee, however its level is written, is a mass organisation, no state or party body.
    ("龙潭乡2021年法治政府建设工作总结\n健全乡调解委员会、村调委会两级调解网络。\n中共龙潭乡委员会\n",
     ["中共龙潭乡委员会"]),
    ("北山街道2022年度法治政府建设情况报告\n街道人民调解委员会调处纠纷12件,街道党工委专题研究。\n",
     ["北山街道党工委"]),
    (DONGLIAO + "县人民调解委员会和县司法局联合开展培训。", ["东辽县人民政府", "东辽县司法局"]),
    ("龙潭乡2021年法治政府建设工作总结\n乡司法所、龙潭派出所调解纠纷。\n中共龙潭乡委员会\n",
     ["龙潭乡司法所", "龙潭派出所", "中共龙潭乡委员会"]),
    ("北山街道2022年度法治政府建设情况报告\n区市场监管局北山市场监管所开展检查。北山街道办事处\n",
     ["北山市场监管所", "北山街道办事处"]),
    (DONGLIAO + "在县委坚强领导下,县政府全面贯彻落实。", ["东辽县人民政府", "东辽县委"]),
    # the rule-of-law office right before 法治… (依法治县办法治政府建设考核): the office, not 办法
    (ZHONGZHAN + "中站区通过市委依法治市办法治政府建设示范创建实地核查。", ["焦作市委依法治市办"]),
    (DONGLIAO + "县委依法治县办法治督察组开展督察。", ["东辽县人民政府", "东辽县委依法治县办"]),
    # a government's party group's study rules name no government acting (its party group meeting still does)
    (ZHONGZHAN + "建立区政府党组定期集中学法制度。", []),
    # the site's owner alone on its line, its address opening the next: who posted the page, no body acting
    ("焦作市中站区人民政府\nwww.jzzz.gov.cn\n2022年,在市委的坚强领导下,我区推进依法行政。", ["焦作市委"]),
    # a command post (疫情联防联控指挥部) is no annotated kind of body; an office under it is one
    (ZHONGZHAN + "设立区疫情联防联控指挥部,下设工作组。", []),
    (ZHONGZHAN + "区政府党组召开会议研究法治工作。", ["中站区人民政府"]),
    # 创建 as a noun inside a name: a demonstration drive's leading group and its short office.
    (DONGLIAO + "为迎接评估,及时成立法治政府示范创建工作领导小组及办公室。",
     ["东辽县人民政府", "东辽县法治政府示范创建工作领导小组"]),
    (DONGLIAO + "县创建办对照指标逐项整改。", ["东辽县人民政府", "东辽县创建办"]),
    (DONGLIAO + "县政府创建办事大厅。", ["东辽县人民政府"]),
    # A group named for the demonstration drive it leads (创建全省…示范县): 创建 opens its name.
    (DONGLIAO + "年初成立东辽县创建全国法治政府建设示范县领导小组,统筹推进。",
     ["东辽县人民政府", "东辽县创建全国法治政府建设示范县领导小组"]),
    (DONGLIAO + "县政府创建全省法治政府示范县,成效明显。", ["东辽县人民政府"]),
    # A coordinating group the government sets up without naming whose (新设涉外法治协调小组): its own, as a 领导小组 so
    # set up is; one a committee sets up, or the others are led to set up, is not the government's.
    ("关于东辽县2024年度法治政府建设情况的报告\n新设涉外法治协调小组,出台两个方案。", ["东辽县涉外法治协调小组"]),
    ("关于东辽县2024年度法治政府建设情况的报告\n县委全面依法治县委员会成立守法普法协调小组。", ["东辽县委全面依法治县委员会"]),
    ("关于东辽县2024年度法治政府建设情况的报告\n指导各乡镇成立协调小组。", []),
    (DONGLIAO + "按照国务院要求,省政府办公厅公布了清单。", ["东辽县人民政府", "国务院", "吉林省政府办公厅"]),
    (DONGLIAO + "在县政务大厅设置窗口,县医院参加。", ["东辽县人民政府"]),
    (DONGLIAO + "按照中共中央、国务院《法治政府建设实施纲要》要求。", ["东辽县人民政府"]),
    # Bodies before a run of titles with the issuing verb after the run (中共中央办公厅、国务院办公厅《A》《B》相继印发以来):
    # they issued the titles and act, as before 印发《A》 (round 270); bare issuers before a title followed otherwise stay out.
    (DONGLIAO + "中共中央办公厅、国务院办公厅《关于进一步深化文化市场综合执法改革的意见》《关于深化文化市场综合行政执法改革的指导意见》"
     "相继印发以来,县政府坚决贯彻。", ["东辽县人民政府", "中共中央办公厅", "国务院办公厅"]),
    (DONGLIAO + "中共中央、国务院《法治政府建设实施纲要(2021-2025年)》印发以来,县政府认真贯彻。",
     ["东辽县人民政府", "中共中央", "国务院"]),
    (DONGLIAO + "学习中共中央、国务院《法治政府建设实施纲要(2021-2025年)》,县政府印发了实施方案。", ["东辽县人民政府"]),
    # A plan named without 《》 right after the national body that made it, to its 纲要 and the local scheme carrying it
    # out (制定实施中共中央全面深化法治领域改革纲要分工方案): the plan's attribution, no body acting; the body that 印发s
    # it still acts.
    (DONGLIAO + "制定实施中共中央全面深化法治领域改革纲要分工方案、县法治政府建设工作要点。", ["东辽县人民政府"]),
    (DONGLIAO + "中共中央印发全面深化法治领域改革纲要,县政府组织学习。", ["东辽县人民政府", "中共中央"]),
    # The rule-of-law commission without its 县委: one name however it is written.
    (DONGLIAO + "召开全面依法治县委员会会议,修订依法治县委员会工作规则。", ["东辽县人民政府", "东辽县委全面依法治县委员会"]),
    (DONGLIAO + "县委全面依法治县委员会听取汇报。", ["东辽县人民政府", "东辽县委全面依法治县委员会"]),
    # Two levels at once name no body: 省市委, 省部级, 省局局务会议.
    (DONGLIAO + "贯彻省市委部署,获得省部级表彰,经省局局务会议研究。", ["东辽县人民政府"]),
    # Two bodies side by side, the party committee and the government.
    ("辽源市法治政府建设实施方案\n中共辽源市委辽源市人民政府印发本方案。", ["中共辽源市委", "辽源市人民政府"]),
    (DONGLIAO + "认真落实省委、省政府和市场监管总局部署。", ["东辽县人民政府", "吉林省委", "吉林省人民政府", "市场监管总局"]),
    # The national bodies of a directive followed (every report's boilerplate) and the recipients
    # of a report do not act in the text; a local committee followed is the document's leadership.
    (ZHONGZHAN + "贯彻党中央、国务院关于法治政府建设的决策部署和省委、省政府的部署要求,区司法局组织培训。",
     ["河南省委", "河南省人民政府", "中站区司法局"]),
    (ZHONGZHAN + "按照市委、市政府关于法治建设工作要求,落实国务院决策部署。", ["焦作市委", "焦作市人民政府"]),
    # (a ministry listed first, its 重要决策部署 written without 的, followed: no ministry acting; the local
    # committees and governments after it still lead, round 223)
    ("吴江区交通运输局2024年法治政府部门建设工作要点\n认真落实交通运输部和省委省政府、市委市政府、区委区政府重要决策部署。",
     ["吴江区交通运输局", "江苏省委", "江苏省人民政府", "苏州市委", "苏州市人民政府", "吴江区委", "吴江区人民政府"]),
    ("吴江区交通运输局2024年法治政府部门建设工作要点\n认真落实交通运输部重要决策部署。", ["吴江区交通运输局"]),
    # A page naming no division in full, only its province (and its city) as the place a leader's speeches are on
    # (对江苏苏州工作重要讲话): read within them, its bare 省委/市委 are theirs; its own 区委 stays unread; a city's own
    # page (全市) keeps its 市委 unread; another province named besides, none (round 223).
    ("2024年全区工作的总体要求是:深入贯彻习近平总书记对江苏苏州工作重要讲话重要指示精神,认真落实省委省政府、市委市政府、"
     "区委区政府重要决策部署。", ["江苏省委", "江苏省人民政府", "苏州市委", "苏州市人民政府"]),
    ("2024年全区工作的总体要求是:深入贯彻习近平总书记对江苏工作重要讲话精神,认真落实省委省政府、市委市政府决策部署。",
     ["江苏省委", "江苏省人民政府"]),
    ("2024年全市工作的总体要求是:深入贯彻习近平总书记对江苏苏州工作重要讲话重要指示精神,认真落实省委省政府、市委市政府"
     "决策部署。", ["江苏省委", "江苏省人民政府"]),
    ("2024年全区工作的总体要求是:深入贯彻习近平总书记对江苏苏州工作重要讲话精神,学习浙江经验,认真落实省委省政府决策部署。",
     []),
    (ZHONGZHAN + "区政府每年向区委、区人大常委会报告法治政府建设情况,主动向市司法局书面报告。", ["中站区人民政府"]),
    # Several levels' bodies at once name none of them (市区法院: the city's and the district's courts).
    (ZHONGZHAN + "邀请市区法院、检察院参加,区司法局组织实施。", ["中站区司法局"]),
    # Several levels' bodies at once name none of them; a bare 局 is "the bureau".
    (ZHONGZHAN + "在省、市司法局指导下,落实省、市、区党委政府工作安排。区局开展执法检查。", []),
    # One name for a party committee and its government or office: the second is elided.
    ("龙潭乡2021年法治政府建设工作总结\n乡党委、政府高度重视法治建设。", ["龙潭乡党委", "龙潭乡人民政府"]),
    ("北山街道2022年度法治政府建设情况报告\n街道党工委、办事处高度重视。", ["北山街道党工委", "北山街道办事处"]),
    # A zone named without its city: its bodies by its name or by its kind written bare.
    ("某普新区司法局2025年法治政府建设情况报告\n新区司法局在新区党工委、管委会的领导下,与国家级新区交流。",
     ["某普新区司法局", "某普新区党工委", "某普新区管委会"]),
    # A meeting joined to another by 暨 names no body (工作会议暨执法协调小组会议).
    (DONGLIAO + "召开县法治政府建设工作会议暨执法协调小组会议。", ["东辽县人民政府"]),
    # The commission's coordinating groups are bodies of their own.
    (DONGLIAO + "召开县委全面依法治县委员会守法普法协调小组会议。", ["东辽县人民政府", "东辽县委全面依法治县委员会守法普法协调小组"]),
    # A leading group set up without saying whose: the government's own, in its own report only.
    ("龙潭乡2021年法治政府建设工作总结\n成立由党委书记任组长的法治政府建设工作领导小组。", ["龙潭乡法治政府建设工作领导小组"]),
    # A group whose part the government makes it play (注重发挥法治建设领导小组作用): the government's group acting.
    ("龙潭乡2021年法治政府建设工作总结\n注重发挥法治建设领导小组作用,统筹推进。", ["龙潭乡法治建设领导小组"]),
    ("龙潭乡2021年法治政府建设工作总结\n充分发挥好依法行政工作领导小组的作用。", ["龙潭乡依法行政工作领导小组"]),
    ("龙潭乡2021年法治政府建设工作总结\n发挥各级领导小组作用。", []),
    # A township's party committee writing the report speaks for the township: a group it sets up is the township's.
    ("中共张店区中埠镇委员会关于2023年度法治政府建设情况报告\n加强组织领导,成立法治政府建设工作领导小组,书记任组长。",
     ["中埠镇党委", "中埠镇法治政府建设工作领导小组"]),
    # its field in quotes (…为成员的“法治建设”工作领导小组): the group, without the quotes
    ("龙潭乡2021年法治政府建设工作总结\n成立以镇党委书记为核心、班子成员为成员的\u201c法治建设\u201d工作领导小组。",
     ["龙潭乡法治建设工作领导小组"]),
    ("东辽县司法局2019年法治政府建设工作总结\n成立了法治政府建设工作领导小组。", ["东辽县司法局"]),
    # The report speaking as its bureau at its opening (2021年,某局坚持…): a group it sets up or adjusts with no subject,
    # the clause after a reason included, is the bureau's; a group another body sets up is not.
    ("东辽县司法局2021年法治政府建设工作总结\n2021年,东辽县司法局坚持依法行政。因人员变动,及时调整了司法行政法治建设领导小组。",
     ["东辽县司法局", "东辽县司法局司法行政法治建设领导小组"]),
    ("东辽县司法局2021年法治政府建设工作总结\n东辽县司法局深入推进法治建设。成立了局依法行政工作领导小组。",
     ["东辽县司法局", "东辽县司法局依法行政工作领导小组"]),
    ("东辽县司法局2021年法治政府建设工作总结\n2021年,东辽县司法局坚持依法行政。省厅成立了法治督察领导小组。",
     ["东辽县司法局"]),
    # …领导小组,领导小组下设办公室: the office the group just named sets up; a group named by no one sets none up.
    ("东辽县司法局2021年法治政府建设工作总结\n2021年,东辽县司法局坚持依法行政。因人员变动,及时调整了司法行政法治建设领导小组,"
     "领导小组下设办公室,负责日常工作。",
     ["东辽县司法局", "东辽县司法局司法行政法治建设领导小组", "东辽县司法局司法行政法治建设领导小组办公室"]),
    ("东辽县司法局2021年法治政府建设工作总结\n2021年,东辽县司法局坚持依法行政。领导小组下设办公室,负责日常工作。",
     ["东辽县司法局"]),
    # A township's group, set up with its members listed, its office set up at the head of the next sentence
    # (领导小组下设办公室,落实专人负责…): the group's office; one set up with no duty given stays unread.
    ("青山镇2024年法治政府建设情况报告\n青山镇成立法治建设工作领导小组,镇长任组长,各站所负责人为成员,加强组织领导。"
     "领导小组下设办公室,安排专人负责日常工作。",
     ["青山镇法治建设工作领导小组", "青山镇法治建设工作领导小组办公室"]),
    # 民办 before what is privately run (民办教育, 民办幼儿园) is no office of the place before it; 移民办 is one.
    ("宁都县教育局2023年法治政府建设工作报告\n宁都县教育局组织赣州市民办教育管理人员培训,检查全县民办幼儿园。",
     ["宁都县教育局"]),
    ("宁都县2023年法治政府建设工作报告\n宁都县移民办开展政策宣讲。", ["宁都县移民办"]),
    ("青山镇2024年法治政府建设情况报告\n青山镇成立法治建设工作领导小组,镇长任组长,各站所负责人为成员,加强组织领导。"
     "领导小组下设办公室。",
     ["青山镇法治建设工作领导小组"]),
    # A group a bureau sets up, its office written bare as 办公室 at the head of a later clause of the same sentence
    # (…领导小组,副局长任副组长,办公室设在局法规股,负责日常工作): the group's office; an office only placed, or one
    # after the sentence ended, stays unread.
    ("东辽县司法局2021年法治政府建设工作总结\n2021年,东辽县司法局坚持依法行政。局成立了由局长任组长的法治建设工作领导小组,"
     "副局长任副组长,办公室设在局法规股,负责日常工作。",
     ["东辽县司法局", "东辽县司法局法治建设工作领导小组", "东辽县司法局法治建设工作领导小组办公室"]),
    ("东辽县司法局2021年法治政府建设工作总结\n2021年,东辽县司法局坚持依法行政。局成立了由局长任组长的法治建设工作领导小组,"
     "办公室设在局法规股。全年召开会议4次,办公室设在三楼,负责接待。",
     ["东辽县司法局", "东辽县司法局法治建设工作领导小组"]),
    # A group a government sets up, its office written bare at the head of the next sentence (领导小组办公室设在…):
    # the office of the group just named; one whose group no clause before names stays unread.
    ("东辽县2019年法治政府建设工作报告\n成立了依法行政工作领导小组,由县长任组长,各单位负责人任成员。"
     "领导小组办公室设在县司法局,负责日常工作。",
     ["东辽县依法行政工作领导小组", "东辽县依法行政工作领导小组办公室", "东辽县司法局"]),
    # (the bureau the office sits in is a body, as the sample's gold reads 领导小组办公室设在市政府办公室)
    ("东辽县2019年法治政府建设工作报告\n全县法治工作稳步推进。领导小组办公室设在县司法局,负责日常工作。", ["东辽县司法局"]),
    # (the bureau written bare, 设在司法局: the county's own bureau, as 设在县司法局; 设在各乡镇 names none)
    ("东辽县2019年法治政府建设工作报告\n成立了依法行政工作领导小组,由县长任组长。领导小组办公室设在司法局,负责日常工作。",
     ["东辽县依法行政工作领导小组", "东辽县依法行政工作领导小组办公室", "东辽县司法局"]),
    ("东辽县2019年法治政府建设工作报告\n各乡镇成立相应机构,办公室设在各乡镇司法所。", []),
    # (an office only placed, 成立…领导小组,领导小组办公室设在县司法局。, does nothing: the group and its host act)
    ("东辽县2019年法治政府建设工作报告\n成立了依法行政工作领导小组,领导小组办公室设在县司法局。",
     ["东辽县依法行政工作领导小组", "东辽县司法局"]),
    # (a group named in full before, its office bare at the next clause's head: the same group's office)
    ("东辽县2019年法治政府建设工作报告\n县政府成立了由县长任组长的东辽县法治政府建设领导小组,领导小组办公室设在县政府办公室,"
     "承担具体工作。", ["东辽县人民政府", "东辽县法治政府建设领导小组", "东辽县法治政府建设领导小组办公室", "东辽县政府办公室"]),
    (ZHONGZHAN + "在国家卫生健康委专题会上介绍经验。", ["国家卫生健康委"]),
    # A 中心 one goes to or sits in is a place; one that acts is a body.
    (ZHONGZHAN + "到区政务服务中心调研,办公室设于区指挥中心,区综治中心牵头排查。", ["中站区综治中心"]),
    # (nor one a platform is built around, after 以: 以镇综合治理指挥中心为核心,开设…; round 211)
    ("龙潭镇2025年度法治政府建设报告\n整合服务平台。以镇综合治理指挥中心为核心,开设综合研判室。", []),
    (ZHONGZHAN + "以区综治中心为依托,整合调解力量;区综治中心牵头排查。", ["中站区综治中心"]),
    # 专项 in a body's name is no count of items (三项, 五项).
    ("龙潭乡2021年法治政府建设工作总结\n龙潭乡扫黑除恶专项斗争领导小组办公室牵头排查,完成五项任务。",
     ["龙潭乡扫黑除恶专项斗争领导小组办公室"]),
    # 司法部门, 公安部门: departments of any level, not the ministries.
    (ZHONGZHAN + "在司法部门和公安部门指导下,区司法局开展工作。", ["中站区司法局"]),
    # A national body before an office is a person's title.
    (ZHONGZHAN + "中共中央政治局常委、全国人大常委会委员长栗某到区司法局调研。", ["中站区司法局"]),
    # A service done jointly (“区乡联办”) is no office; the bureau an office sits in is a body (the sample's gold).
    (ZHONGZHAN + "发挥区委全面依法治区委员会办公室设在区司法局的协调作用,推行“区乡联办”。",
     ["中站区委全面依法治区委员会办公室", "中站区司法局"]),
    # A committee's lecture group (省委…宣讲团成员) is a speaker's title: the committee does not act.
    (ZHONGZHAN + "邀请省委习近平法治思想宣讲团成员某某作专题讲座,市委讲师团成员某某在区司法局宣讲。", ["中站区司法局"]),
    # A street office's report that never names its district: its 区委、区政府 name no body
    # that can be told apart from every other district's, and are left out ...
    ("虹口街道2021年度法治政府建设工作报告\n在区委、区政府坚强领导下,街道党工委推进工作,区司法局指导。", ["虹口街道党工委"]),
    # ... but a district named anywhere in the text, even in a title, is theirs.
    ("北山街道2024年度法治政府建设工作报告\n对照《中站区法治政府建设实施方案(2021-2025年)》,街道在区委区政府指导下开展工作。",
     ["中站区委", "中站区人民政府"]),
    # A government and a court written one after the other are two bodies.
    ("中站区人民政府中站区人民法院关于建立府院联动机制的意见\n中站区人民政府 中站区人民法院联合印发。",
     ["中站区人民政府", "中站区人民法院"]),
    # In an autonomous region's own document, 区 is the region (but 自治区政府各部门 are its departments).
    ("宁夏回族自治区人民政府办公厅关于印发工作方案的通知\n《工作方案》已经自治区人民政府同意,请自治区政府各部门落实,区司法厅负责。",
     ["宁夏回族自治区人民政府办公厅", "宁夏回族自治区人民政府", "宁夏回族自治区司法厅"]),
    # In a department's report, a leading group the sentence calls its own (我局) is the department's.
    ("株洲县司法局2022年法治政府建设工作报告\n我局法治建设领导小组组长由局长担任。我局成立了以局长为组长的普法工作领导小组。",
     ["株洲县司法局", "株洲县司法局法治建设领导小组", "株洲县司法局普法工作领导小组"]),
    ("株洲县司法局2022年法治政府建设工作报告\n县委成立了法治建设领导小组。", ["株洲县司法局", "株洲县委"]),
    # A body asked to deliberate (提请…审议) is a recipient; a government's website and its
    # rules (市政府门户网站, 市政府规章) are no body acting.
    (DONGLIAO + "提请县人大常委会审议条例草案,在县政府门户网站公布,审议通过3件县政府规章,县司法局负责。",
     ["东辽县人民政府", "东辽县司法局"]),
    # A department's party group (中共…厅党组) is no department of the party.
    ("吉林省司法厅2023年工作要点\n中共吉林省司法厅党组研究部署,吉林省司法厅组织实施。", ["吉林省司法厅"]),
    ("中共吉林省司法厅党组关于印发《2023年普法工作要点》的通知\n现将《2023年普法工作要点》印发给你们。", []),
    # A government's administrative normative documents (县政府行政规范性文件) are no body acting.
    ("株洲县司法局2022年法治政府建设工作报告\n全年审查县政府行政规范性文件7件。", ["株洲县司法局"]),
    # ... nor are its office's (清理省政府及省政府办公厅行政规范性文件): the office's documents, no office acting.
    ("浙江省司法厅2019年法治政府建设情况报告\n全面清理省政府办公厅行政规范性文件1689件。", ["浙江省司法厅"]),
    ("宜宾市司法局2023年法治政府建设情况报告\n审查市政府办公室规范性文件5件,市司法局负责。", ["宜宾市司法局"]),
    # The governments of several levels (县乡两级政府, 市县两级政府) are a plural, no body.
    (DONGLIAO + "县乡两级政府主动向党委报告,县司法局负责。", ["东辽县人民政府", "东辽县司法局"]),
    ("运城市2023年法治政府建设情况报告\n市县两级政府履行职责,市司法局负责。", ["运城市司法局"]),
    # The head's meeting (县长办公室会议, 县长办公会) is no body of the place.
    (DONGLIAO + "县政府常务会议、县长办公室会议学法8次,县司法局负责。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县长办公会研究法治工作,县司法局负责。", ["东辽县人民政府", "东辽县司法局"]),
    # A body's name ends before the verb that follows it (区大数据中心配备齐全办证大厅设备: no 中心配备齐全办).
    (DONGLIAO + "待县大数据中心配备齐全办证大厅办公设备后运营。", ["东辽县人民政府", "东辽县大数据中心"]),
    # The bodies a document is filed with (向…备案) are its recipients, as those it is reported to are.
    (DONGLIAO + "县司法局向市政府、县人大常委会备案规范性文件5件。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局及时向县人大常委会和市政府备案规范性文件。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县市场监管局对备案材料进行审查。", ["东辽县人民政府", "东辽县市场监管局"]),
    # A page's metadata laid out as a table (发文单位 / 区人民政府): the page's poster, no body acting.
    (ZHONGZHAN + "发文单位\n区人民政府\n发文字号\n\n区司法局开展培训。", ["中站区司法局"]),
    (ZHONGZHAN + "发文机关: 区司法局\n\n区市场监管局开展培训。", ["中站区市场监管局"]),
    # The government's head named with his post is a person, as a committee's secretary is.
    (ZHONGZHAN + "区委书记张某、区人民政府区长李某切实履行第一责任人职责。", []),
    (ZHONGZHAN + "区人民政府区长李某主持召开区人民政府常务会议。", ["中站区人民政府"]),
    # A committee's meeting with the levels' meetings after it unnamed: the meetings' words, no body acting.
    (DONGLIAO + "认真贯彻落实中央全面依法治国委员会会议及省、市有关会议精神,县政府扎实部署。", ["东辽县人民政府"]),
    (DONGLIAO + "学习省委全面依法治省委员会会议和市、县相关会议精神。", ["东辽县人民政府"]),
    # Committees listed before the subject of the meetings whose spirit is passed on (传达中央、市委、县委关于
    # 全面依法治国、治市、治县相关会议精神): the meetings' words, no body acting; a committee whose 部署 is
    # followed still acts.
    (DONGLIAO + "积极传达中央、市委、县委关于全面依法治国、治市、治县相关会议精神28次,县政府扎实部署。", ["东辽县人民政府"]),
    (DONGLIAO + "传达市委关于法治建设的有关会议精神,落实县委关于法治建设的部署。", ["东辽县人民政府", "东辽县委"]),
    # An honour conferred: neither the bodies honoured nor those honouring them act; a body that acts
    # in the clause before (县司法局建立…中心,被…授予) still does.
    (DONGLIAO + "县法律援助中心被司法部表彰为先进集体,县审计局、县司法局等7个单位被市委、市政府评为示范单位。",
     ["东辽县人民政府"]),
    (DONGLIAO + "县司法局建立调解中心,被司法部授予荣誉称号。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县市场监管局被评为先进单位。县市场监管局开展培训。", ["东辽县人民政府", "东辽县市场监管局"]),
    (DONGLIAO + "县审计局被评为全省先进单位,县司法局开展培训。", ["东辽县人民政府", "东辽县司法局"]),
    # Chosen or confirmed for a roll (被推选为, 被确认为), or a rating won in a body's review (在…抽检中获评):
    # an honour, no body acting in the clause.
    (DONGLIAO + "县人社局被推选为全省劳动保障监察先进单位,县司法局开展培训。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县档案馆被确认为省级示范单位,3件卷宗在司法部法律援助中心卷宗评查中获评优秀。", ["东辽县人民政府"]),
    (DONGLIAO + "县司法局开展培训,2件案件在省司法厅组织的案卷评查中获评优秀。", ["东辽县人民政府", "东辽县司法局"]),
    # An honour won, named in quotes (获“…”等荣誉, 荣获“…”称号, 荣获“…”奖): the body before it and the issuer
    # inside the quote do no work; a body acting in another clause still does.
    (DONGLIAO + "县人民医院获“市卫健委优秀单位”等省级以上荣誉8项,县审计局组织审计。", ["东辽县人民政府", "东辽县审计局"]),
    (DONGLIAO + "县公安局某派出所荣获“全国优秀派出所”称号。", ["东辽县人民政府"]),
    (DONGLIAO + "县档案局荣获“全省档案工作先进单位”奖,县财政局保障经费。", ["东辽县人民政府", "东辽县财政局"]),
    # ... and a title won with 获得, named by its honoured kind inside the quote with no 称号 after it.
    (DONGLIAO + "县交警大队某中队、县人民法院获得“全省文明单位”,县司法局开展培训。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县税务局获得“全国税务系统先进集体”。", ["东辽县人民政府"]),
    # ... and titles won by their making, written with 获创 (A、B分别获创“…示范单位”和“…示范单位”).
    (DONGLIAO + "县税务局、县医保局分别获创“省级诚信示范单位”和“市级文明单位”,县财政局保障经费。",
     ["东辽县人民政府", "东辽县财政局"]),
    # (获得 a thing that is no honour leaves the body acting)
    (DONGLIAO + "县司法局获得“放管服”改革专项资金支持。", ["东辽县人民政府", "东辽县司法局"]),
    # A title won unquoted, named by its honoured kind at the clause's end (连续4年荣获全省…工作先进单位), and a rank
    # won in an assessment (取得第二类考核单位第一名的好成绩): the body before it rated, not acting; a body acting
    # in the clause before the rank's still does (round 244).
    (DONGLIAO + "县司法局连续4年荣获全省司法行政系统新闻舆论工作先进单位,县财政局保障经费。",
     ["东辽县人民政府", "东辽县财政局"]),
    (DONGLIAO + "县司法局取得第二类考核单位第一名的好成绩,获评优秀等次。", ["东辽县人民政府"]),
    (DONGLIAO + "县司法局组织开展普法竞赛,取得好成绩。", ["东辽县人民政府", "东辽县司法局"]),
    # The units praised in a decision (对县司法局、县公安局等10个先进单位予以通报表扬) and the units ranked in an
    # assessment's results (得分前三名的是A、B; A、B考核排名靠后) are its objects; the body that then talks with the
    # low-ranked (由县委依法治县办进行约谈) acts (round 244's probes).
    (DONGLIAO + "县政府决定对县司法局、县公安局等10个先进单位予以通报表扬。县财政局保障经费。",
     ["东辽县人民政府", "东辽县财政局"]),
    (DONGLIAO + "考核得分前三名的是县司法局、县公安局、县财政局。县教育局、县民政局考核排名靠后,由县委依法治县办进行约谈。",
     ["东辽县人民政府", "东辽县委依法治县办"]),
    # A practice reported on by a body (被省商务厅“…”系列专题报道) is no work of the body's.
    (DONGLIAO + "县税务局推行新办法,被省商务厅“营商环境年”系列专题报道。", ["东辽县人民政府", "东辽县税务局"]),
    # A city's own department named with the city's short name (德州人力资源和社会保障局, in 德州市's page) is the
    # city's; the short name inside a word (法治德州) or on a page of another place names none.
    ("德州市2022年法治政府建设工作报告\n2022年,德州人力资源和社会保障局坚持依法行政,推进法治德州建设。",
     ["德州市人力资源和社会保障局"]),
    ("德州市2022年法治政府建设工作报告\n德州卫生健康委员会开展培训,德州学院协助。", ["德州市卫生健康委员会"]),
    ("某县2022年法治政府建设工作报告\n德州人力资源和社会保障局坚持依法行政。", []),
    # In a department's report, a committee its head chairs, written bare (“一把手”任主任的…委员会, 由局长任主任的局…
    # 委员会), is the department's; on a government's page the 一把手 is no department's head.
    ("德州市司法局2022年法治政府建设情况报告\n实体运作“一把手”任主任的执法监督委员会,牵头推进法治建设。",
     ["德州市司法局", "德州市司法局执法监督委员会"]),
    ("德州市司法局2022年法治政府建设情况报告\n成立由局长任主任的局法律顾问委员会。", ["德州市司法局", "德州市司法局法律顾问委员会"]),
    ("德州市2022年法治政府建设情况报告\n实体运作“一把手”任主任的执法监督委员会,牵头推进法治建设。", []),
    # Honours won one each (A、B分获…): the bodies before 分获 do no work; 部分获批 is no honour.
    (DONGLIAO + "县公安局某派出所、县人民法院调解中心分获全省优秀基层组织,县司法局开展培训。",
     ["东辽县人民政府", "东辽县司法局"]),
    # A practice printed in a body's column or bulletin (被…专栏刊登, 被…刊发) is no work of that body's either.
    (DONGLIAO + "县医保局推行新做法,相关经验被国务院办公厅和国家发改委专栏刊登。", ["东辽县人民政府", "东辽县医保局"]),
    (DONGLIAO + "县司法局推行调解新做法,经验被司法部简报刊发,县财政局保障经费。", ["东辽县人民政府", "东辽县司法局", "东辽县财政局"]),
    # ... and the bulletin as the subject presenting the practice (某办简报专刊推介我县做法, 某部工作简报刊发我县经验).
    (DONGLIAO + "县司法局首次组织述法评议,中央依法治国办简报专刊推介我县做法。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局推行调解新做法,司法部工作简报刊发我县经验,县财政局保障经费。",
     ["东辽县人民政府", "东辽县司法局", "东辽县财政局"]),
    # ... and work taken into a body's bulletin (等工作3次被交通运输部专题简报录用, 被…简报采用), the same; a body
    # adopting what is put to it (有关建议被市政府采纳) is no bulletin.
    ("湖州市交通运输局2024年度法治政府建设工作总结\n环太湖水上应急演练、“法治沙龙”等工作3次被交通运输部专题简报录用,"
     "交通依法行政水平持续提升。", ["湖州市交通运输局"]),
    (DONGLIAO + "县司法局推行调解新做法,经验被省司法厅工作简报采用,县财政局保障经费。",
     ["东辽县人民政府", "东辽县司法局", "东辽县财政局"]),
    ("湖州市交通运输局2024年度法治政府建设工作总结\n交通运输部专题调研湖州港航法治工作。", ["湖州市交通运输局", "交通运输部"]),
    # (a body that itself prints a bulletin on its own work still acts: 县司法局编发简报12期)
    (DONGLIAO + "县司法局编发法治简报12期,宣传工作成效。", ["东辽县人民政府", "东辽县司法局"]),
    # The congress and its committee supervising (接受县人大及其常委会监督): the committee, as 在…监督下 is.
    (DONGLIAO + "依法接受县人大及其常委会监督,县司法局推进工作。", ["东辽县人民政府", "东辽县人大常委会", "东辽县司法局"]),
    # A list's requirements about its titles followed (市委、市政府关于《X》的总体要求): every body leads, the
    # first as the last, none a bare issuer.
    (DONGLIAO + "按照市委、市政府关于《辽源市法治政府建设方案》《辽源市年度要点》的总体要求,我县推进工作。",
     ["东辽县人民政府", "辽源市委", "辽源市人民政府"]),
    # One body in two forms as often: the form that signs the document above its date wins the tie, as its
    # title's does (on a line of its own, or a block of a page flattened to one line); more often, the other.
    (ZHONGZHAN + "区政府办公室负责统筹,区司法局配合。\n中站区人民政府办公室\n2020年1月15日", ["中站区人民政府办公室", "中站区司法局"]),
    (ZHONGZHAN + "区政府办公室负责统筹,区司法局配合。 中站区人民政府办公室 2020年1月15日", ["中站区人民政府办公室", "中站区司法局"]),
    (ZHONGZHAN + "区政府办公室负责统筹,区司法局配合。区政府办公室牵头。\n中站区人民政府办公室\n2020年1月15日",
     ["中站区政府办公室", "中站区司法局"]),
    (ZHONGZHAN + "区政府办公室负责统筹,中站区人民政府办公室牵头。", ["中站区政府办公室"]),
    # A rating's roll under its heading with its count (一、优秀县直单位(3个), on the next line or after a colon):
    # the bodies rated in an assessment's results are its objects, no body acting; a line of sentences under
    # such a heading is no roll.
    (DONGLIAO + "一、优秀县直单位(3个)\n县教育局、县财政局、县司法局。\n县司法局抓好整改。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "二、良好单位(2个):县教育局、县财政局\n县审计局开展审计。", ["东辽县人民政府", "东辽县审计局"]),
    (DONGLIAO + "一、先进做法(2个)\n县教育局开展培训。县财政局加强保障。",
     ["东辽县人民政府", "东辽县教育局", "东辽县财政局"]),
    # ... and on a page flattened to one line, the roll the block after its heading.
    ("东辽县人民政府关于2019年度考核结果的通报 一、优秀县直单位(2个) 县教育局、县财政局 二、良好单位(1个) 县公安局。 "
     "县司法局抓好整改。", ["东辽县人民政府", "东辽县司法局"]),
    # ... or after a rating's label, to the line's end (良好等次:县公安局、县民政局).
    (DONGLIAO + "优秀等次:县教育局、县财政局。\n良好等次:县公安局、县民政局\n县司法局通报结果。", ["东辽县人民政府", "东辽县司法局"]),
    # ... or a unit's label (优秀单位:…, 先进集体:…), or a roll's lead-in closing its line, the roll on the next
    # (确定以下单位为…先进单位: / 县司法局、县公安局); a sentence on the next line stays read (round 244).
    (DONGLIAO + "优秀单位:县教育局、县财政局。\n良好单位:县公安局\n县司法局通报结果。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "经考核,确定以下单位为2023年度法治政府建设先进单位:\n县教育局、县财政局、县公安局\n县司法局通报结果。",
     ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "经考核,确定以下单位为先进单位:\n县司法局牵头开展培训。县公安局组织学习。",
     ["东辽县人民政府", "东辽县司法局", "东辽县公安局"]),
    # ... or a roll written in a sentence (县教育局、县财政局等5个单位考核结果为优秀等次): the bodies before the
    # rating; a body acting in the clause before still acts.
    (DONGLIAO + "县司法局组织考核,县教育局、县财政局等5个单位考核结果为优秀等次,县公安局等10个单位为良好等次。",
     ["东辽县人民政府", "东辽县司法局"]),
    # The units whose heads attend a meeting (…等16家单位相关负责人参加会议): the persons attend; a unit that acts
    # elsewhere still acts, and a body that attends itself (县司法局列席会议) acts.
    (DONGLIAO + "县委依法治县办汇报工作。县政府办、县公安局、县财政局等8家单位相关负责人参加会议。",
     ["东辽县人民政府", "东辽县委依法治县办"]),
    (DONGLIAO + "县长主持召开常务会议,县政府办、县司法局等相关部门负责人参加会议。县司法局要牵头开展宣传。",
     ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局列席会议并汇报。", ["东辽县人民政府", "东辽县司法局"]),
    # ... and a meeting's rules on who sits in (县发展改革局、县司法局主要负责同志固定列席会议, 邀请县人大常委会、县人武部
    # 1名领导固定列席会议): the heads, or a leader of each, sit in; the bodies name whose they are.
    (DONGLIAO + "县发展改革局、县财政局主要负责同志固定列席会议,邀请县人大常委会、县人武部1名领导固定列席会议。县司法局负责审核。",
     ["东辽县人民政府", "东辽县司法局"]),
    # The bodies an inspection visits are its objects (督察了A、B的…工作, 对A、B开展督察); the inspecting body acts.
    (DONGLIAO + "县委依法治县办还实地督察了县教育局、县财政局的整改工作。", ["东辽县人民政府", "东辽县委依法治县办"]),
    (DONGLIAO + "县司法局对县教育局、县财政局开展了专项督察。", ["东辽县人民政府", "东辽县司法局"]),
    # ... and the bodies it goes to or whose work it learns (先后赴A、B开展现场评估, 掌握A、B的…情况): places and objects.
    (DONGLIAO + "评估组先后赴县教育局、县财政局开展现场评估工作,掌握县教育局的工作推进情况。县司法局委托评估。",
     ["东辽县人民政府", "东辽县司法局"]),
    # ... to A、B等单位实地走访 or to A、B进行实地核查 (the bodies a review team visits): objects too.
    (DONGLIAO + "检查组先后到县人民法院、县财政局、城关街道办事处等单位实地走访,县委依法治县办陪同。",
     ["东辽县人民政府", "东辽县委依法治县办"]),
    (DONGLIAO + "县普法办组织评议组到县统计局、县应急管理局进行实地核查。", ["东辽县人民政府", "东辽县普法办"]),
    # ... and the places a visiting group came to before what it did there (先后来到A、B,视察了…): places.
    (DONGLIAO + "视察组先后来到县住建局、县交通运输局,视察了全县法治政府建设情况。县司法局汇报。",
     ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "调研组到县水利局、某某社区,实地察看了工作开展情况。", ["东辽县人民政府"]),
    (DONGLIAO + "视察组先后到县住建局、县交通运输局开展视察。县司法局汇报。", ["东辽县人民政府", "东辽县司法局"]),
    # ... and the places a meeting's attendees go to after it, to be shown the work there (前往A、B、C,实地观摩…;
    # round 268): places; a body that goes there to study still acts.
    (DONGLIAO + "会后,与会人员前往县政务服务中心、某某镇、某某街道便民服务中心,实地观摩政务公开专区建设等工作。县政府办公室汇报。",
     ["东辽县人民政府", "东辽县政府办公室"]),
    (DONGLIAO + "县司法局前往县人民法院,实地观摩庭审。", ["东辽县人民政府", "东辽县司法局"]),
    # (guidance received is not a visit: 得到县司法局指导; a body that goes to another to study acts)
    (DONGLIAO + "全年得到县司法局指导,县财政局到县司法局调研。", ["东辽县人民政府", "东辽县司法局", "东辽县财政局"]),
    # A department's deputy head by his post (市委宣传部副部长某某带领): a person, not the department nor its committee.
    (DONGLIAO + "市委宣传部副部长王某带领评估组一行到我县开展评估,县司法局汇报。", ["东辽县人民政府", "东辽县司法局"]),
    # A government's head or deputy by his post (区政府副区长、区公安局局长某某主持): a person, not the government.
    (ZHONGZHAN + "区政府副区长、区公安局局长王某主持会议,区司法局汇报工作。", ["中站区司法局"]),
    (ZHONGZHAN + "区政府副区长王某出席会议并讲话,区司法局汇报。", ["中站区司法局"]),
    # ... but the government meeting, its head presiding after, still acts.
    (ZHONGZHAN + "区政府召开常务会议,区长王某主持。", ["中站区人民政府"]),
    (DONGLIAO + "县委组织部常务副部长李某主持,县委宣传部部署。", ["东辽县人民政府", "东辽县委宣传部"]),
    # A news page's contributor line at its end (某县司法局 某某, (某县司法局普治科 某某)) names who wrote it: no body acting.
    (DONGLIAO + "县财政局主持评议会。\n县司法局 王某某", ["东辽县人民政府", "东辽县财政局"]),
    (DONGLIAO + "县财政局主持评议会。\n(县司法局普治科 王某)\n", ["东辽县人民政府", "东辽县财政局"]),
    # (a signature above its date still acts)
    (DONGLIAO + "县财政局主持。\n东辽县司法局\n2020年1月2日", ["东辽县人民政府", "东辽县财政局", "东辽县司法局"]),
    # A group's head by his post and name (…协调小组组长某某出席会议): a person; a group whose head is set (组长由…担任) is not.
    (DONGLIAO + "县委常委、县委依法治县委员会守法普法协调小组组长王某出席会议,县司法局汇报。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "成立县法治宣传教育领导小组,领导小组组长由县长担任。",
     ["东辽县人民政府", "东辽县法治宣传教育领导小组"]),
    # A 人力资源社会保障局 written without its 和 is one bureau (保障 is otherwise where a name ends).
    (DONGLIAO + "县人力资源社会保障局、县水务局分别作履职报告。",
     ["东辽县人民政府", "东辽县人力资源社会保障局", "东辽县水务局"]),
    # The body a meeting is held at (评议会在县司法局举行) is a place; elsewhere it still acts.
    (DONGLIAO + "评议会在县司法局举行,县财政局作报告。", ["东辽县人民政府", "东辽县财政局"]),
    (DONGLIAO + "评议会在县司法局举行,县司法局主持。", ["东辽县人民政府", "东辽县司法局"]),
    # ... and convened at it, the meeting the clause's subject (评议会在县司法局召开。), the same; a body that convenes a
    # meeting there (县司法局在…召开会议) or is where a meeting is convened with an object after 召开 still acts.
    (DONGLIAO + "评议会在县司法局召开。会上,县财政局作报告。", ["东辽县人民政府", "东辽县财政局"]),
    (DONGLIAO + "推进会在县司法局召开,县司法局主持会议。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县委依法治县办在县司法局召开推进会。", ["东辽县人民政府", "东辽县委依法治县办", "东辽县司法局"]),
    # A publicity office named in full and by its 法宣办 (上海市法治宣传教育联席会议办公室, 市法宣办): one office, named as
    # the text names it most; a 法宣办 whose full name the text never writes stays as written.
    (DONGLIAO + "县法治宣传教育领导小组办公室印发要点。(责任单位:县法宣办)县法治宣传教育领导小组办公室",
     ["东辽县人民政府", "东辽县法治宣传教育领导小组办公室"]),
    (DONGLIAO + "县法宣办印发要点。(责任单位:县法宣办)", ["东辽县人民政府", "东辽县法宣办"]),
    # The body a service window is set up in (在县数政局设立“跨省通办”窗口, 在县市场监管局开设…专窗) is a place, as a
    # meeting's venue is; a bureau that sets a window up itself still acts.
    (DONGLIAO + "开通重点项目绿色通道。在县数政局设立“跨省通办”窗口,优化联动机制。", ["东辽县人民政府"]),
    (DONGLIAO + "在县市场监管局开设企业开办专窗,县财政局保障资金。", ["东辽县人民政府", "东辽县财政局"]),
    (DONGLIAO + "县数政局设立“跨省通办”窗口。", ["东辽县人民政府", "东辽县数政局"]),
    # A project named after a body (县公安局涉案财物管理中心信息化建设项目) is a thing, the body not acting.
    (DONGLIAO + "研究了县公安局涉案财物管理中心信息化建设项目有关事宜,县财政局保障资金。", ["东辽县人民政府", "东辽县财政局"]),
    # 市场监督管理局 written bare opens with 市场: no city's 场…局 (it stays unread, as a bare 司法局); with its
    # prefix it is the place's bureau.
    (DONGLIAO + "市场监督管理局开展执法检查,县司法局配合。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "司法局、市场监管局联合执法。县市场监管局牵头。", ["东辽县人民政府", "东辽县市场监管局"]),
    # The meeting a report is delivered at, in the bracketed line under its title, hears it: a recipient,
    # its term written or not; a meeting in the text's own sentences still names its body acting.
    ("东辽县人民政府关于2023年度法治政府建设情况的报告\n(2024年3月1日在东辽县第十九届人民代表大会常务委员会"
     "第十次会议上)\n2023年,县司法局推进法治建设。", ["东辽县人民政府", "东辽县司法局"]),
    ("东辽县人民政府关于2023年度法治政府建设情况的报告\n(2024年3月1日在东辽县人大常委会第十次会议上)\n"
     "2023年,县司法局推进法治建设。", ["东辽县人民政府", "东辽县司法局"]),
    ("东辽县人民政府关于2023年度法治政府建设情况的报告\n——2024年3月1日在东辽县第十九届人民代表大会常务委员会"
     "第十次会议上\n2023年,县司法局推进法治建设。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县人大常委会第十次会议上,县司法局作了报告。", ["东辽县人民政府", "东辽县人大常委会", "东辽县司法局"]),
    # A party school's teaching unit (党校…教研部, 教研室) is a school's part, no body of the schema's kinds; the
    # committee whose school it is does not act by it.
    (DONGLIAO + "邀请中共吉林省委党校法学教研部某教授作辅导,县司法局组织学习。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "邀请县委党校法学教研室主任授课。", ["东辽县人民政府"]),
    # A ministry's online school (某总局网络管理学院, 某部干部网络学院) is where cadres study, not the ministry acting.
    (DONGLIAO + "组织干部通过国家市场监督管理总局网络管理学院学习,县司法局组织考试。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "依托应急管理部干部网络学院开展培训。", ["东辽县人民政府"]),
    (DONGLIAO + "县委组织部依托干部学院开展培训。", ["东辽县人民政府", "东辽县委组织部"]),
    # A bureau's party committee by its formal name (中共某县某局委员会) is the bureau's 党委.
    (DONGLIAO + "中共东辽县公安局委员会召开会议研究部署。", ["东辽县人民政府", "东辽县公安局党委"]),
    # The bodies whose duties a reform moves (组建某局, 划入…局…等职责) act in no clause; the body set up is named.
    (DONGLIAO + "组建县住房和城市更新局,划入县住房保障和房屋管理局、县城区改造局职责,划入县建设局市政设施管理等职责。"
     "县住房和城市更新局推进依法行政。", ["东辽县人民政府", "东辽县住房和城市更新局"]),
    (DONGLIAO + "将县规划局的有关职责划转县自然资源局。", ["东辽县人民政府", "东辽县规划局", "东辽县自然资源局"]),
    # No body's name runs through 职责 (a 2019 reform's 原县政府法制办公室职责划入县司法局): the office and the bureau
    # its duties go to are two bodies, as in the row above, not one name running from the office to the bureau.
    (DONGLIAO + "机构改革后,原县政府法制办公室职责划入县司法局。",
     ["东辽县人民政府", "东辽县政府法制办公室", "东辽县司法局"]),
    (DONGLIAO + "将原县法制办职责整合划入县司法局。", ["东辽县人民政府", "东辽县法制办", "东辽县司法局"]),
    (DONGLIAO + "县编办履行职责,县司法局承接原县法制办职责。", ["东辽县人民政府", "东辽县编办", "东辽县司法局", "东辽县法制办"]),
    # A group named for what it meets (2020's 县应对新冠肺炎疫情工作领导小组) keeps the 对 of its 应对; the verb 应对
    # after a body still ends its name.
    (DONGLIAO + "县应对新冠肺炎疫情工作领导小组办公室统筹协调。", ["东辽县人民政府", "东辽县应对新冠肺炎疫情工作领导小组办公室"]),
    (DONGLIAO + "县应对新型冠状病毒感染肺炎疫情工作领导小组召开会议。",
     ["东辽县人民政府", "东辽县应对新型冠状病毒感染肺炎疫情工作领导小组"]),
    (DONGLIAO + "县卫健局应对疫情,县司法局提供法律服务。", ["东辽县人民政府", "东辽县卫健局", "东辽县司法局"]),
    # A leading group's 指挥部 name in brackets before its office (县疫情防控工作领导小组(指挥部)办公室) is the group's
    # office; the group with its bracketed name and no office after stays the group.
    (DONGLIAO + "县疫情防控工作领导小组(指挥部)办公室印发通知。", ["东辽县人民政府", "东辽县疫情防控工作领导小组办公室"]),
    (DONGLIAO + "县新冠肺炎疫情防控工作领导小组（指挥部）办公室组织督查。",
     ["东辽县人民政府", "东辽县新冠肺炎疫情防控工作领导小组办公室"]),
    (DONGLIAO + "县疫情防控工作领导小组(指挥部)召开会议。", ["东辽县人民政府", "东辽县疫情防控工作领导小组"]),
    # A merged bureau whose second field is the city (住房和城市更新局, 住房保障和房屋管理局) is read whole.
    (DONGLIAO + "县住房保障和房屋管理局开展执法检查。", ["东辽县人民政府", "东辽县住房保障和房屋管理局"]),
    # A congress's standing committee with its term between (吉林省第十三届人民代表大会常务委员会第五次会议) acts.
    (DONGLIAO + "《东辽县某条例》经吉林省第十三届人民代表大会常务委员会第五次会议批准。",
     ["东辽县人民政府", "吉林省人民代表大会常务委员会"]),
    (DONGLIAO + "东辽县第十八届人大常委会第九次会议听取了报告。", ["东辽县人民政府", "东辽县人大常委会"]),
    # The room a meeting is held in (在县司法局一楼会议室) is a place.
    (DONGLIAO + "在县司法局一楼会议室,县委依法治县办汇报了工作。", ["东辽县人民政府", "东辽县委依法治县办"]),
    # (a floor and a room's number both: 在县政府三楼1号会议室召开; round 268)
    (DONGLIAO + "推进会在县财政局三楼1号会议室召开,县委依法治县办汇报了工作。", ["东辽县人民政府", "东辽县委依法治县办"]),
    # A person named by his posts, a member's among them (市委依法治市办成员、市司法局党组成员某某一行): no body acting;
    # a body before a person who is no member of it still acts.
    (DONGLIAO + "近日,辽源市委依法治市办成员、市司法局党组成员张某某一行来我县督察。县司法局汇报工作。",
     ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局邀请市委党校成员张某某一行授课。", ["东辽县人民政府", "东辽县司法局"]),
    # Two bodies' inspection named as a thing (落实A、B法治政府建设督察反馈意见整改工作): neither acts.
    (DONGLIAO + "县司法局落实中央依法治国办、省委依法治省办法治政府建设督察反馈意见整改工作。", ["东辽县人民政府", "东辽县司法局"]),
    # ... and one named with the year its inspection covered.
    (DONGLIAO + "县司法局落实市委依法治市办2024年度法治建设督察反馈问题整改。", ["东辽县人民政府", "东辽县司法局"]),
    # ... and with the levels and the work it covered, its findings counted before they are rectified.
    (DONGLIAO + "中央依法治国办市县法治建设督察反馈的12个主要问题全部完成整改,县司法局牵头推进。",
     ["东辽县人民政府", "东辽县司法局"]),
    # (a body that inspects in its own clause still acts)
    (DONGLIAO + "市委依法治市办对我县开展法治建设督察,县司法局整改反馈问题。",
     ["东辽县人民政府", "辽源市委依法治市办", "东辽县司法局"]),
    # The party's General Office without its 中共 is the one office.
    (DONGLIAO + "根据中央办公厅、国务院办公厅印发《某规定》要求,县政府抓好落实。",
     ["东辽县人民政府", "中共中央办公厅", "国务院办公厅"]),
    # A practice praised and passed on by bodies (被…等部门推介推广), as one honoured.
    (DONGLIAO + "县法治建设经验被最高人民检察院、公安部、省人民政府、省司法厅等中央和省级相关部门推介推广。",
     ["东辽县人民政府"]),
    # ... or passed on alone (被司法部作为…典型案例向全国推广), the same; a body passing on its own practice still acts.
    (DONGLIAO + "县“法治三巡”被司法部作为法治宣传典型案例向全国推广。", ["东辽县人民政府"]),
    (DONGLIAO + "县司法局推广“法治三巡”经验。", ["东辽县人民政府", "东辽县司法局"]),
    # The metadata table of a page flattened to one line (发文单位 区人民政府 发文字号).
    (ZHONGZHAN + "2020-12-22 11:50 发文单位 区人民政府 发文字号 发文日期 2020-12-03 区司法局开展培训。", ["中站区司法局"]),
    # 发布部门: names the page's poster as 发布机构 does, on its line or above its value.
    (ZHONGZHAN + "发布部门:区政府办公室\n发布时间:2021年1月5日\n区司法局开展培训。", ["中站区司法局"]),
    (ZHONGZHAN + "发布部门\n区政府办公室\n区司法局开展培训。", ["中站区司法局"]),
    # A row of metadata whose value ends its line (索 引 号 … 发布机构 区政府办): the page's poster.
    (ZHONGZHAN + "索 引 号 zz/2021-07 发布机构 区政府办\n名  称 工作总结\n区司法局开展培训。", ["中站区司法局"]),
    (ZHONGZHAN + "公开目录 通知公告 发布单位 区政府办公室\n区司法局开展培训。", ["中站区司法局"]),
    (ZHONGZHAN + "索 引 号 zz/2021-07 发布机构 区政府办 公开目录 通知公告 区司法局开展培训。", ["中站区司法局"]),
    # A cadre's rank (正局级, 副厅级) is no bureau.
    (DONGLIAO + "举办县正局级领导干部专题研讨班,县司法局授课。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "组织省副厅级干部学法,县司法局配合。", ["东辽县人民政府", "东辽县司法局"]),
    # An honour written with 获 (…获司法部表彰, 获得市政府通报表扬): the honouring body and the thing
    # honoured name no work done; a body acting before the comma still acts.
    (DONGLIAO + "县“复议便民”专项行动获司法部表彰。", ["东辽县人民政府"]),
    (DONGLIAO + "县审计局工作获得省人民政府通报表扬。", ["东辽县人民政府"]),
    (DONGLIAO + "县司法局开展评查,获市司法局肯定。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局获取数据,县财政局配合。", ["东辽县人民政府", "东辽县司法局", "东辽县财政局"]),
    # A committee's rule-of-law words end with its 省 before 和 (省委全面依法治省和市委依法治市工作要求):
    # no levels listed, the city's committee named too; levels listed still name none.
    (DONGLIAO + "落实省委全面依法治省和市委依法治市工作要求。", ["东辽县人民政府", "吉林省委", "辽源市委"]),
    (DONGLIAO + "落实省、市和县委工作要求,县司法局组织。", ["东辽县人民政府", "东辽县司法局"]),
    # An office named with its code in quotes (县政务“1+6”协调服务办公室) is its place's body.
    (DONGLIAO + "县政务“1+6”协调服务办公室入驻大厅,县司法局配合。",
     ["东辽县人民政府", "东辽县政务“1+6”协调服务办公室", "东辽县司法局"]),
    (DONGLIAO + "推行“1+6”协调服务,县司法局配合。", ["东辽县人民政府", "东辽县司法局"]),
    # An office by its short name in quotes, working with another (与“扫黑办”联合检查): the place's own;
    # a way a service is done (与“一网通办”共同推进, “帮代办”) is none.
    (DONGLIAO + "县司法局与“扫黑办”联合开展检查。", ["东辽县人民政府", "东辽县司法局", "东辽县扫黑办"]),
    (DONGLIAO + "县司法局与“一网通办”共同推进,与“帮代办”共同推进。", ["东辽县人民政府", "东辽县司法局"]),
    # A province's zone named with its short name first: its bodies written bare with its kind, and the
    # province's own (省委省政府), the zone lying there.
    ("江西某港航空港经济区2024年法治政府建设情况报告\n落实省委省政府部署和经济区党工委要求,经济区管委会推进工作。",
     ["江西省委", "江西省人民政府", "江西某港航空港经济区党工委", "江西某港航空港经济区管委会"]),
    # A deputy head (副局长) is a post, as the head (局长) is; so is the head of a council or an office (主任,
    # 副主任) named with his name or another post; the council's 主任会议 is the council meeting.
    (DONGLIAO + "县司法局副局长王某主持座谈,县法制办参加。", ["东辽县人民政府", "东辽县法制办"]),
    (DONGLIAO + "县委书记、县人大常委会主任王某出席,县委主持。", ["东辽县人民政府", "东辽县委"]),
    (DONGLIAO + "县委依法治县办主任、县司法局局长王某讲话。", ["东辽县人民政府"]),
    (DONGLIAO + "县人大常委会常务副主任李某带队视察。", ["东辽县人民政府"]),
    (DONGLIAO + "县人大常委会主任会议听取专项报告。", ["东辽县人民政府", "东辽县人大常委会"]),
    (DONGLIAO + "县人大常委会组织执法检查。", ["东辽县人民政府", "东辽县人大常委会"]),
    # ... and so is an office's (办公室主任) or a court's head (法院院长, 检察院检察长).
    (DONGLIAO + "县委依法治县委员会办公室副主任王某、县人民法院院长李某、县人民检察院检察长赵某参加会议。",
     ["东辽县人民政府"]),
    (DONGLIAO + "县人民法院召开府院联席会议,县人民检察院参加。", ["东辽县人民政府", "东辽县人民法院", "东辽县人民检察院"]),
    # The party's propaganda department is a national body; a news lead forwarding its plan names its authors.
    ("据新华社电 近日,中共中央、国务院转发了《中央宣传部、司法部关于开展法治宣传教育的第八个五年规划(2021—2025年)》,"
     "并发出通知。", ["中共中央", "国务院", "中央宣传部", "司法部"]),
    # ... and so does a lead dated by its month alone, as an explanation's background has it (2021年9月,市委、市政府
    # 转发了《…》), and a forwarded plan's author that only a 来源 line also names (round 241: 铜梁, 滕州).
    ("2021年9月30日,某区司法局拟订了征求意见稿。\n2021年9月,市委、市政府转发了《中共重庆市委宣传部、重庆市司法局关于开展"
     "法治宣传教育的第八个五年规划(2021—2025年)》。根据上级文件精神,起草了征求意见稿。",
     ["重庆市委", "重庆市人民政府", "中共重庆市委宣传部", "重庆市司法局"]),
    ("日前,滕州市委、市政府转发《市委宣传部、市司法局关于在全市开展法治宣传教育的第八个五年规划(2021—2025年)》,"
     "要求认真组织实施。\n来源:滕州市司法局", ["滕州市委", "滕州市人民政府", "滕州市委宣传部", "滕州市司法局"]),
    # A news headline saying a place put out a plan by its short name (江苏出台“八五”普法规划), its opening forwarding
    # the plan in marks: the plan's authors made it, as under a headline that forwards it (round 241: 江苏).
    ("江苏出台“八五”普法规划\n本报讯 省委、省政府日前印发通知,转发《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划"
     "(2021—2025年)》,对“八五”普法作出全面部署。\n规划提出,建设江苏省、市、县宪法教育场馆。",
     ["江苏省委", "江苏省人民政府", "江苏省委宣传部", "江苏省司法厅"]),
    # A committee a matter is to be put to, the verb bare before it (决定报区委常委会议审议), is a recipient, as one
    # after 报请 is; its own meeting reviewing stays acting (round 241: 台儿庄).
    ("台儿庄区政府常务会议讨论通过法治政府建设相关文件\n台儿庄区政府第39次常务会议召开。会议原则上同意以上文件,"
     "决定报区委常委会议审议。", ["台儿庄区人民政府"]),
    ("台儿庄区2023年法治政府建设情况报告\n区委常委会议审议通过《某某方案》,区司法局牵头。", ["台儿庄区委", "台儿庄区司法局"]),
    # A county's merged bureau of civil affairs and human resources, its 和 inside its name.
    (DONGLIAO + "县民政和人社局、县财政局负责人作述职。", ["东辽县人民政府", "东辽县民政和人社局", "东辽县财政局"]),
    # An office setting up a team (依法治县办成立专班) is no 办成 (a thing got done).
    (DONGLIAO + "县委依法治县办成立工作专班。", ["东辽县人民政府", "东辽县委依法治县办"]),
    ("宜宾市2021年法治建设情况\n市委全面依法治市委员会及其办公室统筹推进,市委依法治市办成立专班。",
     ["宜宾市委全面依法治市委员会", "宜宾市委依法治市办"]),
    # Two offices of an autonomous region, each with its own 自治区 (自治区党委办公厅、自治区政府办公厅印发):
    # the second is no department listed bare after the first, and keeps its name once.
    ("广西壮族自治区2017年法治政府建设情况报告\n自治区党委办公厅、自治区政府办公厅联合印发《关于加强某项工作的意见》。",
     ["广西壮族自治区党委办公厅", "广西壮族自治区政府办公厅"]),
    ("西藏自治区2018年依法行政工作报告\n自治区司法厅、自治区政府法制办开展督查。", ["西藏自治区司法厅", "西藏自治区政府法制办"]),
    # The centre issuing a plan under the party centre's full name (中共中央、国务院印发《…》) names both bodies, as
    # recorded since round two (党中央、国务院, the set phrase, does not); the State Council alone issuing one too.
    ("青海省2016年法治政府建设情况报告\n中共中央、国务院印发《某某实施纲要》后,省委、省政府研究部署。",
     ["中共中央", "国务院", "青海省委", "青海省人民政府"]),
    ("青海省2016年法治政府建设情况报告\n国务院印发《某某条例》,省政府组织学习。", ["国务院", "青海省人民政府"]),
    # A forest district's committee keeps the name it bears (林区党委), as 自治区党委 does.
    ("神农架林区2023年法治建设工作总结\n林区党委书记主持召开中共神农架林区第十一届委员会全面依法治区委员会第二次会议。",
     ["神农架林区党委全面依法治区委员会"]),
    # A ministry's General Office is one body (司法部办公厅), and before a title its issuer, no body acting.
    (DONGLIAO + "根据民政部办公厅《关于做好证件工作的通知》要求,推进工作。", ["东辽县人民政府"]),
    (DONGLIAO + "水利部办公厅印发了通知,县水利局贯彻落实。", ["东辽县人民政府", "水利部办公厅", "东辽县水利局"]),
    (DONGLIAO + "按照市场监管总局办公厅的要求开展检查。", ["东辽县人民政府", "市场监管总局办公厅"]),
    (DONGLIAO + "按照司法部的要求开展检查。", ["东辽县人民政府", "司法部"]),
    # The State Council's ministries as a class (国务院部委, 国务院各部门) are a generic plural.
    (DONGLIAO + "持有国务院部委颁发证件的人员,由县司法局登记。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "国务院各部门和县政府各部门共同负责。", ["东辽县人民政府"]),
    (DONGLIAO + "国务院部署开展清理工作。", ["东辽县人民政府", "国务院"]),
    # Words printed on a thing (印有“…监制”字样) name no body acting; a quoted body doing things still acts.
    (DONGLIAO + "证件背面印有“吉林省人民政府监制”字样,由县司法局发放。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "吉林省人民政府监制证件,县司法局发放。", ["东辽县人民政府", "吉林省人民政府", "东辽县司法局"]),
    # A national body's rules followed, unnamed (国务院有关规定, 司法部的相关规定), are its documents', no body acting.
    (DONGLIAO + "按照《政府投资条例》和国务院有关规定,县发展改革局负责审核。", ["东辽县人民政府", "东辽县发展改革局"]),
    (DONGLIAO + "依照司法部的相关规定办理。", ["东辽县人民政府"]),
    # A district government approving a plan, then the city bureau it is filed with after that (经区政府审核同意后
    # 报市…局备案): the government, not one name running on from 区政府 to 局; the bureau filed with is a recipient.
    (ZHONGZHAN + "执法计划经区政府审核同意后报市林业局备案。", ["中站区人民政府"]),
    (ZHONGZHAN + "执法计划经区政府同意后报市林业局备案。", ["中站区人民政府"]),
    (ZHONGZHAN + "执法计划经区政府审核后报区林业局备案。", ["中站区人民政府"]),
    # A metadata table whose cells stand apart with blank lines (发布机构 / (blank) / 县司法局): the page's poster.
    (DONGLIAO + "发布机构\n\n县司法局\n\n发文日期\n\n县财政局开展培训。", ["东辽县人民政府", "东辽县财政局"]),
    (DONGLIAO + "发文单位\n\n\n县政府办公室\n\n成文日期\n县司法局开展培训。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局开展培训。\n\n县财政局配合。", ["东辽县人民政府", "东辽县司法局", "东辽县财政局"]),
    # A visiting team's praise earned, written with 得到 or 受到 (得到司法部调研组充分肯定, 受到省司法厅督察组表扬):
    # the team's body and the thing praised name no work done; a body acting in a clause of its own still acts.
    (DONGLIAO + "深化述法机制,得到司法部调研组充分肯定。", ["东辽县人民政府"]),
    (DONGLIAO + "县审计局工作受到省司法厅督察组通报表扬。", ["东辽县人民政府"]),
    (DONGLIAO + "县司法局开展评查,得到市司法局调研组的高度认可。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县司法局得到县财政局支持,开展培训。", ["东辽县人民政府", "东辽县司法局", "东辽县财政局"]),
    # The government's standing meeting written bare (县委常委会、政府常务会共学习16次, 召开政府常务会议研究…): the
    # document's own government; its rules (政府常务会议学法制度) and a 法治政府 before other words are none.
    ("东辽县2024年法治政府建设情况报告\n县委常委会、政府常务会共学习16次。", ["东辽县委", "东辽县人民政府"]),
    ("东辽县2024年法治政府建设情况报告\n召开政府常务会议研究法治建设3次。", ["东辽县人民政府"]),
    # (an office putting matters before it, 推动政府常务会学习了《…》: the same government)
    ("保山市政府办公室2022年度法治政府建设情况报告\n一是推研究。推动政府常务会学习了《信访条例》等法规。",
     ["保山市政府办公室", "保山市人民政府"]),
    ("东辽县2024年法治政府建设情况报告\n全年,组织政府常务会议学法4次。", ["东辽县人民政府"]),
    ("东辽县2024年法治政府建设情况报告\n落实县委常委会和政府常务会议学法制度。", ["东辽县委"]),
    ("东辽县2024年法治政府建设情况报告\n推进法治政府常务工作,县司法局负责。", ["东辽县司法局"]),
    # (a body's own praise, 受到省人民政府的充分肯定, stays as the sample's gold reads it: the body acting)
    (DONGLIAO + "县审计局工作受到省人民政府的充分肯定。", ["东辽县人民政府", "东辽县审计局", "吉林省人民政府"]),
    # A committee's rule-of-law commission by its short name (市委法治委, 县委法治委会议) is its one commission.
    (DONGLIAO + "县委法治委会议研究部署法治建设。", ["东辽县人民政府", "东辽县委全面依法治县委员会"]),
    ("辽源市2024年法治政府建设情况报告\n市委常委会会议、市委法治委会议定期研究法治政府建设。",
     ["辽源市委", "辽源市委全面依法治市委员会"]),
    # A body's staffer invited by his division, post and name (…处处长某某某同志授课, …科科长某某授课): a person,
    # not the body acting; the body invited to guide still acts.
    (DONGLIAO + "邀请省司法厅行政复议与应诉处处长王某某同志作专题辅导。", ["东辽县人民政府"]),
    (DONGLIAO + "邀请市市场监管局法规科副科长李某授课,邀请市司法局指导。", ["东辽县人民政府", "辽源市司法局"]),
    # A group named for the work it pushes (推进…工作领导小组): 推进 opens its name, as in 推进依法治县领导小组.
    (DONGLIAO + "召开县推进法治政府建设工作领导小组会议,研究部署。", ["东辽县人民政府", "东辽县推进法治政府建设工作领导小组"]),
    (DONGLIAO + "县政府推进法治政府建设,成效明显。", ["东辽县人民政府"]),
    # The findings of a body's inspection that work is measured against (对标…对我县…督察反馈意见): no body acting.
    (DONGLIAO + "对标市委依法治市办对我县法治建设专项督察反馈意见,逐条整改。", ["东辽县人民政府"]),
    (DONGLIAO + "对照省委依法治省办督察反馈问题抓好落实。", ["东辽县人民政府"]),
    (DONGLIAO + "市委依法治市办对我县开展专项督察。", ["东辽县人民政府", "辽源市委依法治市办"]),
    # A committee's study group's rules, listed with others (执行县委理论学习中心组学法、…制度): no committee acting;
    # its study group at its study still is the committee acting.
    (DONGLIAO + "严格执行县委理论学习中心组学法、领导干部任前考试制度。", ["东辽县人民政府"]),
    (DONGLIAO + "县委理论学习中心组集体学法4次。", ["东辽县人民政府", "东辽县委"]),
    # What its study group studies (纳入县委理论学习中心组学习重点内容): a thing put into it, no committee acting.
    (DONGLIAO + "把宪法纳入县委理论学习中心组学习重点内容,县政府推进。", ["东辽县人民政府"]),
    (DONGLIAO + "将民法典列为县委理论学习中心组学习的重要内容。", ["东辽县人民政府"]),
    (DONGLIAO + "县委理论学习中心组学习宪法内容3次。", ["东辽县人民政府", "东辽县委"]),
    # (a bureau's party committee whose study group a subject is put into acts, as the stored golds read it)
    (DONGLIAO + "将宪法纳入县司法局党委理论学习中心组学习内容。", ["东辽县人民政府", "东辽县司法局党委"]),
    # What a body's inspection found, rectified later in its clause (抓好市委巡察发现…问题的整改): no body acting;
    # a body's inspection that finds, in a clause of its own, still is the body acting.
    (DONGLIAO + "抓好市委巡察发现全县行政执法存在的4个问题整改落实工作。", ["东辽县人民政府"]),
    (DONGLIAO + "市委巡察发现问题后,县政府立即组织整改。", ["东辽县人民政府", "辽源市委"]),
    # A committee's rounds of inspection carried out (共开展3轮县委巡察) is the committee inspecting; its 巡察 as a
    # thing a duty is put into (纳入县委巡察范围) still is no body acting.
    ("东辽县2023年法治政府建设工作报告\n将法治建设纳入县委巡察范围,全年共开展3轮县委巡察。", ["东辽县委"]),
    ("东辽县2023年法治政府建设工作报告\n将法治建设纳入县委巡察范围。", []),
    # (or its key points a duty is listed in, 列入县委巡察工作重点: the same thing; its key points it sets still act)
    ("东辽县2023年法治政府建设工作报告\n把第一责任人职责履行情况列入县委巡察工作重点,进一步压实责任。", []),
    ("东辽县2023年法治政府建设工作报告\n将法治建设列入县委巡察重点。", []),
    ("东辽县2023年法治政府建设工作报告\n县委巡察重点关注法治建设。", ["东辽县委"]),
    # A committee's or a government's assessment a duty is put into (纳入县委依法治县考核、县政府综合目标考核): a
    # thing, no body acting; its assessment team (县政府考核组) or a body assessing others (县政府对乡镇的考核) acts.
    ("东辽县2023年法治政府建设工作报告\n将法治建设纳入县委依法治县考核、县政府综合目标考核内容。", []),
    ("东辽县2023年法治政府建设工作报告\n将法治建设列入县政府年度考核。县司法局牵头落实。", ["东辽县司法局"]),
    ("东辽县2023年法治政府建设工作报告\n将法治建设纳入县政府对乡镇的考核。", ["东辽县人民政府"]),
    ("东辽县2023年法治政府建设工作报告\n县政府考核组对各乡镇开展考核。", ["东辽县人民政府"]),
    # The offices' inspection named as a thing a duty is put into (纳入市委巡察、市委办公室和市政府办公室督查内容,
    # 纳入县政府督查事项): no body acting, as a 考核 put into is not; the office that 牵头督查 still acts.
    ("东辽县2023年法治政府建设工作报告\n将其纳入县委巡察、县委办公室和县政府办公室督查内容。", []),
    ("东辽县2023年法治政府建设工作报告\n将整改任务纳入县政府督查事项。", []),
    ("东辽县2023年法治政府建设工作报告\n将法治建设纳入县委督查范围。县政府办公室牵头督查落实。", ["东辽县政府办公室"]),
    # A committee's list of key projects work is put into (列入县委深改委2024年重点改革突破性项目, 纳入县政府重点民生
    # 实事项目): a thing, no body acting, as its 考核 and 督查 are; the committee that 审议 the projects still acts.
    ("东辽县2023年法治政府建设工作报告\n将涉外法治工作列入县委深改委2024年重点改革突破性项目。", []),
    ("东辽县2023年法治政府建设工作报告\n将法律援助纳入县政府重点民生实事项目。", []),
    ("东辽县2023年法治政府建设工作报告\n县委深改委审议通过2024年重点改革项目。", ["东辽县委深改委"]),
    # A centre built, listed with the other things built (建成…和县矛盾纠纷调处中心): the work's result, no body acting.
    (DONGLIAO + "年内建成县法治文化公园和县矛盾纠纷调处中心。", ["东辽县人民政府"]),
    (DONGLIAO + "县矛盾纠纷调处中心建成后,受理纠纷120件。", ["东辽县人民政府", "东辽县矛盾纠纷调处中心"]),
    # A bureau of economy and informatisation (经济和信息化委, 经济和信息化局): one name, its 和 no break.
    ("贵州省人民政府办公厅关于重点工作分工的意见\n发挥投资作用。(省发展改革委、省经济和信息化委、省财政厅等负责)",
     ["贵州省人民政府办公厅", "贵州省发展改革委", "贵州省经济和信息化委", "贵州省财政厅"]),
    (DONGLIAO + "县经济和信息化局牵头推进工作。", ["东辽县人民政府", "东辽县经济和信息化局"]),
    # A body given a second sign (为A加挂B牌子): neither the body nor its sign acts; a body set up (组建) still does.
    (ZHONGZHAN + "深化机构改革,为区农业农村局加挂区乡村振兴局牌子,组建区数据资源管理中心。",
     ["中站区数据资源管理中心"]),
    (ZHONGZHAN + "区市场监管局加强执法。为区市场监管局加挂区知识产权局牌子。", ["中站区市场监管局"]),
    # A body set up under a sign hung at another (在A挂牌成立B): the host does not act, the body set up does.
    (ZHONGZHAN + "在区工信局挂牌成立区金融工作局,区发展改革局牵头。", ["中站区金融工作局", "中站区发展改革局"]),
    (ZHONGZHAN + "区工信局推进改革,在区工信局挂牌成立区金融工作局。", ["中站区工信局", "中站区金融工作局"]),
    # A group of several levels at once (区镇两级…领导小组): a plural, no body; the body adjusting it still acts.
    (ZHONGZHAN + "调整区镇两级党委法治建设议事协调机构领导小组名单。", []),
    (ZHONGZHAN + "由区司法局牵头,调整区乡两级法治建设领导小组。", ["中站区司法局"]),
    ("乐清市2024年法治政府建设工作报告\n调整市乡两级党委依法治理领导小组名单,市司法局开展培训。", ["乐清市司法局"]),
    # A merged bureau of the private economy and small firms: one name, its 和 no break.
    (ZHONGZHAN + "组建区民营经济和中小企业局。", ["中站区民营经济和中小企业局"]),
    # Any merged body named by two fields joined by 和 is one name (政务服务和大数据管理局, 林业和草原局, 网信办's long
    # name); a 和 after a body (司法局和, 县委和, 政府和) or before a place still joins two.
    (ZHONGZHAN + "区政务服务和大数据管理局推进一网通办,区林业和草原局开展执法检查。",
     ["中站区政务服务和大数据管理局", "中站区林业和草原局"]),
    (ZHONGZHAN + "区网络安全和信息化委员会办公室牵头清理,区行政审批和政务服务局配合。",
     ["中站区网络安全和信息化委员会办公室", "中站区行政审批和政务服务局"]),
    (ZHONGZHAN + "区司法局和区法院联合开展培训。", ["中站区司法局", "中站区法院"]),
    (ZHONGZHAN + "区政府和区人大常委会召开座谈会。", ["中站区人民政府", "中站区人大常委会"]),
    # A centre named for the courts' and mediators' hand-over (诉调对接中心): its 对 no break; 对接 elsewhere still is.
    (ZHONGZHAN + "区诉调对接中心化解纠纷120件,区政府对接中心城区改造。", ["中站区诉调对接中心", "中站区人民政府"]),
    # The Youth League's committee (团县委, 团市委) is no party committee of the place.
    (ZHONGZHAN + "团区委、区司法局开展普法宣传。", ["中站区司法局"]),
    # (a 局 that opens a word is no bureau: 统筹发展和安全局面)
    (ZHONGZHAN + "区司法局统筹发展和安全局面。", ["中站区司法局"]),
    # Bodies put forward for a roll (推荐A和B为…候选单位): candidates, not acting; the body putting them forward acts.
    (ZHONGZHAN + "区司法局牵头,推荐区税务局和区教育局为全省示范创建候选单位。", ["中站区司法局"]),
    # The committees' meetings listed, the next one written with its term before it (…第二次会议、九届市委…会议精神):
    # their words, no body acting; nor the committee, written by a long form of its short name, before its title's 《.
    (ZHONGZHAN + "传达学习十一届省委全面依法治省委员会第二次会议、九届市委全面依法治市委员会第三次会议精神,"
     "区司法局组织实施。", ["中站区司法局"]),
    (ZHONGZHAN + "传达学习中央依法治国委员会《关于加强法治建设的意见》,区司法局组织实施。", ["中站区司法局"]),
    # A practice chosen for a roll (…项目入选全省典型经验, 案例入选某部与某部典型案例): the clause before 入选 and the
    # roll's issuers after it name no body acting; a body acting in its own clause still does.
    (ZHONGZHAN + "区公共法律服务中心项目入选全省优秀案例。", []),
    (ZHONGZHAN + "区司法局组织评查,相关做法入选司法部与民政部联合发布的典型案例。", ["中站区司法局"]),
    (ZHONGZHAN + "区信访局调处纠纷20件,经验入选省信访局推广名单。", ["中站区信访局"]),
    # A city's or district's operations centre keeps 运行 and its 和 (城市运行和治理中心); a system's 运行 after
    # a body still ends the name.
    (ZHONGZHAN + "区城市运行和治理中心、各镇街指挥中心实体化运行,承接市级应用。", ["中站区城市运行和治理中心"]),
    (ZHONGZHAN + "区城市运行管理中心统一调度。", ["中站区城市运行管理中心"]),
    (ZHONGZHAN + "区大数据中心保障平台运行,区司法局参与。", ["中站区大数据中心", "中站区司法局"]),
    # A bureau of government services and data keeps its 和 (政务服务和数据管理局).
    (ZHONGZHAN + "区政务服务和数据管理局推进数据共享。", ["中站区政务服务和数据管理局"]),
    # A meeting numbered within its year, enlarged, whose spirit is passed on: the meeting's words, no body acting.
    (ZHONGZHAN + "区委全面依法治区委员会召开会议,传达市委依法治市办2023年第二次全体(扩大)会议精神。",
     ["中站区委全面依法治区委员会"]),
    (ZHONGZHAN + "区司法局召开会议,传达市司法局2022年度第一次会议精神。", ["中站区司法局"]),
    # A higher office's staff come to guide a meeting, units' clerks attending it: the persons attend, no body acting.
    (ZHONGZHAN + "区委全面依法治区委员会召开会议,市委依法治市办有关同志到会指导。", ["中站区委全面依法治区委员会"]),
    (ZHONGZHAN + "区司法局召开座谈会,区法院、区信访局等9个区级部门具体经办人参加。", ["中站区司法局"]),
    # ... and units' leaders in charge attending (区政府分管领导和各成员部门分管领导20余人参加): the same (round 262); a
    # leader in charge who presides is no attendance, and his unit is read as before.
    (ZHONGZHAN + "区司法局召开联席会议全体成员会议,区政府分管领导和各成员部门分管领导20余人参加。", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局召开座谈会,区法院分管领导出席。", ["中站区司法局"]),
    (ZHONGZHAN + "区法院分管领导主持召开座谈会。", ["中站区法院"]),
    # A leading group and its office written once for both (…领导小组及其办公室): the group and its office act.
    (ZHONGZHAN + "区依法行政工作领导小组及其办公室加强统筹,开展年度考核。",
     ["中站区依法行政工作领导小组", "中站区依法行政工作领导小组办公室"]),
    (ZHONGZHAN + "区法治政府建设领导小组及办公室召开会议,区司法局参加。",
     ["中站区法治政府建设领导小组", "中站区法治政府建设领导小组办公室", "中站区司法局"]),
    # A news item's credit in parentheses after its last sentence: who sent the item, no body acting.
    (ZHONGZHAN + "日前,区政府印发年度工作安排,明确八个方面重点工作。(中站区司法局)", ["中站区人民政府"]),
    (ZHONGZHAN + "区司法局开展培训。(区政府办公室)\n", ["中站区司法局"]),
    # (a parenthesis inside the text is no credit: the body there acts)
    (ZHONGZHAN + "会议由区司法局(区普法办)主持。区政府部署工作。", ["中站区司法局", "中站区普法办", "中站区人民政府"]),
    # A body whose check is awaited (做好迎接…评估准备工作): the one to come, no body acting in the text.
    (ZHONGZHAN + "区司法局安排部署,做好迎接省司法厅第三方评估、实地核查等准备工作。", ["中站区司法局"]),
    (ZHONGZHAN + "区政府全力迎接市委依法治市办督察。", ["中站区人民政府"]),
    # The bodies one goes to (前往A开展…活动, 前往A、B学习): places visited, no body acting there.
    (ZHONGZHAN + "区领导带队前往市中级人民法院开展旁听庭审活动,区司法局组织。", ["中站区司法局"]),
    (ZHONGZHAN + "区政府有关负责同志前往市司法局、市信访局学习交流。", ["中站区人民政府"]),
    # (the one who goes still acts)
    (ZHONGZHAN + "区司法局前往各乡镇开展普法宣传。", ["中站区司法局"]),
    # The units whose set-up or powers are adjusted, listed before their count (调整优化A等N家单位): objects.
    (ZHONGZHAN + "区委编办牵头,调整优化区卫健委、区城管局等9家单位职能配置。", ["中站区委编办"]),
    (ZHONGZHAN + "区司法局牵头,调整区教育局等6个部门行政职权事项。", ["中站区司法局"]),
    # The work of carrying out what a national body decided (结合/做好 …的贯彻落实工作): the decision followed.
    (ZHONGZHAN + "结合国务院第二批取消行政许可事项和国家发展改革委等部门清理收费项目的贯彻落实工作,区政府清理规范事项。",
     ["中站区人民政府"]),
    (ZHONGZHAN + "认真做好国务院取消中央指定地方实施行政许可事项的贯彻落实工作。", []),
    # (a national body acting in its own clause still acts)
    (ZHONGZHAN + "司法部召开会议,部署行政复议法的贯彻落实工作。", ["司法部"]),
    # A body that leads or organises the study of a plenum's spirit acts: the words between are its deed, not its meeting.
    (DONGLIAO + "县委宣传部和依法治县办牵头在全县掀起学习全会精神高潮。",
     ["东辽县人民政府", "东辽县委宣传部", "东辽县委依法治县办"]),
    (DONGLIAO + "县司法局组织传达学习市委全会精神。", ["东辽县人民政府", "东辽县司法局"]),
    # The body a reporter learns the news from is its source, not a body acting; one that acts later still does.
    (ZHONGZHAN + "5月8日,记者从区司法局获悉,全区将开展法治督察。", []),
    (ZHONGZHAN + "记者从区司法局了解到,区司法局将开展法治督察。", ["中站区司法局"]),
    # A news item's closing credit, the unit alone in brackets after the last sentence, names who wrote it.
    (ZHONGZHAN + "日前,全区出台工作要点,明确八个方面任务。(区政府法制办)", []),
    (ZHONGZHAN + "日前,全区出台工作要点,明确八个方面任务。\n(区政府法制办)\n", []),
    (ZHONGZHAN + "区政府法制办牵头起草要点。日前,全区出台工作要点。(区政府法制办)", ["中站区政府法制办"]),
    # The body whose inspection a text prepares to receive is its object, no body acting (one named otherwise still acts).
    (ZHONGZHAN + "区司法局做好迎接省司法厅第三方评估、实地核查等准备工作。", ["中站区司法局"]),
    (ZHONGZHAN + "迎接市政府督查组检查。市政府督查组反馈了问题。", ["焦作市人民政府"]),
    # (a unit in brackets after a task with no sentence end is the task's unit, acting)
    (ZHONGZHAN + "加强行政执法监督(区司法局)", ["中站区司法局"]),
    # A commission's office written with 中共 once and bare twice: one office, named as the text names it most.
    ("某市2023年工作\n市委全面依法治市委员会办公室会议召开\n6月1日,中共平度市委全面依法治市委员会办公室召开会议。"
     "市委全面依法治市委员会办公室成员参加。", ["平度市委全面依法治市委员会办公室"]),
    ("平度市2023年工作\n中共平度市委全面依法治市委员会召开会议。市委全面依法治市委员会部署工作。",
     ["中共平度市委全面依法治市委员会"]),
    # The bodies a 对…开展 inspection goes to, the work inspected named before 专项 or 实地, are its objects.
    (ZHONGZHAN + "区司法局对乡镇以及区卫健委等4个区级部门组织开展行政执法专项检查。", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局对区住建局开展依法行政实地督查。", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局对区住建局开展培训,区住建局参加。", ["中站区司法局", "中站区住建局"]),
    # A speech at two meetings joined by 和: both meetings' words, neither body acting.
    (ZHONGZHAN + "区委传达学习习近平总书记在中央依法治国委第二次会议和中央全面依法治国工作会议上的重要讲话精神。",
     ["中站区委"]),
    (ZHONGZHAN + "区委传达中央全面依法治国委员会第一次会议和省委全面依法治省工作会议精神。", ["中站区委"]),
    # What an inspection found, the place inspected named between 督察 and 反馈, rectified: the findings, no body acting.
    (ZHONGZHAN + "区政府研究市委依法治市办督察中站反馈问题整改等重要问题。", ["中站区人民政府"]),
    (ZHONGZHAN + "区政府研究市委依法治市办督察我区反馈问题的整改工作。", ["中站区人民政府"]),
    (ZHONGZHAN + "市委依法治市办督察我区,反馈问题5个,区政府抓好整改。", ["焦作市委依法治市办", "中站区人民政府"]),
    # Two pilots a county was chosen for, the second after a comma with its issuer inside its name: an honour.
    ("某县2022年工作\n2022年,嘉祥县入选全国法治乡村建设试点县,省民政厅社区治理创新试点县(区);县司法局牵头推进普法工作。",
     ["嘉祥县司法局"]),
    # The centre's 部署 followed in a list that names a province and a city: no body acting.
    ("2019年,宜都市严格按照国务院、省、宜昌市法治政府建设的决策部署,市司法局牵头推进各项工作。", ["宜都市司法局"]),
    # The leads a national platform passes on, named by its quoted name: no body acting.
    ("长垣市2022年法治政府建设情况\n全年督办国务院及省政府“互联网+督查”问题线索12件,市政务服务中心负责答复。",
     ["长垣市政务服务中心"]),
    # A platform built, named in quotes: the units in its name are what is built, not bodies acting.
    (ZHONGZHAN + "搭建公共法律服务平台“区法律援助中心、区调解指导中心”,区司法局负责运行。", ["中站区司法局"]),
    # A station's quoted name that opens with the body it belongs to (“某区法律援助中心 残疾人法律援助工作站”,
    # glued or spaced, 联络点 the same): the body is a word of the station's name, not a body acting.
    (ZHONGZHAN + "区司法局、区残联共同揭牌的“中站区法律援助中心 残疾人法律援助工作站”正式成立。", ["中站区司法局"]),
    (ZHONGZHAN + "在区总工会设立“中站区法律援助中心职工维权工作站”,区司法局负责指导。", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局在各村设立“中站区公共法律服务中心村级联络点”。", ["中站区司法局"]),
    # (a body quoted alone, or acting before a station it sets up, still acts)
    (ZHONGZHAN + "区司法局与“中站区法律援助中心”共建服务站。", ["中站区司法局", "中站区法律援助中心"]),
    (ZHONGZHAN + "区法律援助中心在区残联设立“残疾人法律援助工作站”。", ["中站区法律援助中心"]),
    # A township's bare body, a verb, then another of its bodies named bare: two bodies, not one run on.
    ("柳林镇2021年法治政府建设情况报告\n镇纪委监督镇政府依法行政。", ["柳林镇纪委", "柳林镇人民政府"]),
    ("柳林镇2021年法治政府建设情况报告\n镇人大视察镇司法所工作。", ["柳林镇司法所"]),
    ("石桥乡2023年度法治政府建设情况报告\n乡党委督促乡财政所整改。", ["石桥乡党委", "石桥乡财政所"]),
    ("柳林镇2021年法治政府建设情况报告\n镇城乡建设办公室牵头。", ["柳林镇城乡建设办公室"]),
    # Divisions of one level listed before another's body share it: each its own body.
    ("县司法局关于2024年法治政府建设情况的报告\n与江苏省徐州市铜山区、睢宁县公安局联合执法,与鼓楼区、云龙区市场监督管理局签订协议。",
     ["铜山区公安局", "睢宁县公安局", "鼓楼区市场监督管理局", "云龙区市场监督管理局"]),
    # (a city listed before a county's body is of another level: its own body is not named)
    ("县司法局关于2024年法治政府建设情况的报告\n配合徐州市、睢宁县公安局开展检查。", ["睢宁县公安局"]),
    # A committee and its government's office sharing the word (县委、县政府办公室): the two offices, not the
    # committee; the committee alone before its government stays itself.
    (DONGLIAO + "以县委、县政府办公室名义联合印发实施意见。", ["东辽县人民政府", "东辽县委办公室", "东辽县政府办公室"]),
    ("安徽省教育厅2022年法治政府建设情况报告\n由省委、省政府办公厅联合转发。", ["安徽省教育厅", "安徽省委办公厅", "安徽省政府办公厅"]),
    (DONGLIAO + "在县委、县政府的领导下,县政府办公室牵头。", ["东辽县人民政府", "东辽县委", "东辽县政府办公室"]),
    # A draft sent up to a body that issues it (并报…出台, 并报…印发): that body acts; sent up to be kept on file,
    # it is the draft's recipient.
    ("湖南省司法厅2021年度法治政府建设情况报告\n起草实施意见,并报省委全面依法治省委员会办公室出台。",
     ["湖南省司法厅", "湖南省委全面依法治省委员会办公室"]),
    ("湖南省司法厅2021年度法治政府建设情况报告\n拟定工作规则,并报省政府印发实施。", ["湖南省司法厅", "湖南省人民政府"]),
    ("湖南省司法厅2021年度法治政府建设情况报告\n制定规范性文件,并报省政府备案。", ["湖南省司法厅"]),
    # A place's name before 开办 and what is opened (东辽县开办农家乐一件事): the verb, no 办 of the place.
    (ZHONGZHAN + "上线“中站区开办农家乐一件事”,中站区开办企业平均用时1天。", []),
    (ZHONGZHAN + "中站区开办培训班3期,中站区司法局参加。", ["中站区司法局"]),
    # A government run into the next body, its 、 lost (区政府市司法局): two bodies, the government ends at 政府.
    (ZHONGZHAN + "区司法局在区委、区政府市司法局的指导下开展工作。",
     ["中站区司法局", "中站区委", "中站区人民政府", "焦作市司法局"]),
    (ZHONGZHAN + "区委、区政府市生态环境局联合检查。", ["中站区委", "中站区人民政府", "焦作市生态环境局"]),
    (ZHONGZHAN + "区人民政府市生态环境局联合检查。", ["中站区人民政府", "焦作市生态环境局"]),
    # (controls: the government's office and its head stay as they were)
    (ZHONGZHAN + "区政府办公室印发通知,区人民政府法制办公室审核。", ["中站区政府办公室", "中站区人民政府法制办公室"]),
    (ZHONGZHAN + "区政府区长主持会议。", []),
    # The page's own place by its level after 本 (本区, 本县), as after 该: its body. 本市 in a district's page
    # (its city) and 本区域 (an extent) name none.
    (ZHONGZHAN + "组建本区反垄断委员会,本区司法局参加。", ["中站区反垄断委员会", "中站区司法局"]),
    (DONGLIAO + "本县财政局牵头。", ["东辽县人民政府", "东辽县财政局"]),
    (ZHONGZHAN + "本市司法局指导,本区域内各部门参加。", []),
    (DONGLIAO + "本县乡镇人民政府和县级部门参加考核。", ["东辽县人民政府"]),
    # A centre listed after a department or centre written with its prefix (区信息中心、公共资源交易中心): its
    # division's too, as a bare bureau after one is; a word opening with 中心 (中心城区) is no centre.
    (ZHONGZHAN + "督促区数据中心、公共资源交易中心负责人依法办事。", ["中站区数据中心", "中站区公共资源交易中心"]),
    (ZHONGZHAN + "区财政局、政务服务中心联合检查。", ["中站区财政局", "中站区政务服务中心"]),
    (ZHONGZHAN + "区财政局、中心城区各街道联合检查。", ["中站区财政局"]),
    (ZHONGZHAN + "区财政局、社区服务中心联合检查。", ["中站区财政局"]),
    # The party committee of the place's own organs (县直机关工委) is one body; 县直 before a plural names none.
    (DONGLIAO + "县直机关工委组织培训,县直各单位参加。", ["东辽县人民政府", "东辽县直机关工委"]),
    (DONGLIAO + "组织县司法局、县直机关工委等单位述职。", ["东辽县人民政府", "东辽县司法局", "东辽县直机关工委"]),
    # A banner's or a league's bodies listed each with its level word (旗教育局、旗财政局; 盟教育局、盟财政局): each is
    # the banner's (league's) own, the second no more a department named after the first's prefix than 县财政局 is.
    ("杭锦旗2022年法治政府建设工作计划\n一、推进改革。责任单位:旗教育局、旗财政局。",
     ["杭锦旗教育局", "杭锦旗财政局"]),
    ("兴安盟2021年依法行政工作要点\n一、规范执法。责任单位:盟司法局、盟生态环境局。",
     ["兴安盟司法局", "兴安盟生态环境局"]),
    # A district only the statistics codes hold (大兴安岭地区's 新林区): its bodies, written with its name.
    ("新林区水务局关于2024年度法治政府建设工作报告\n新林区水务局在区政府的领导下,成立了由局长任组长的法治工作领导小组。",
     ["新林区水务局", "新林区人民政府", "新林区水务局法治工作领导小组"]),
    # A group the government has others set up (督促有关部门和乡镇…成立…领导小组): a plural's groups, not its own;
    # a group it sets up itself after such a clause, or with no others named, is its own.
    (DONGLIAO + "一是督促有关县直部门和乡镇人民政府成立由主要负责人任组长、分管负责人任副组长、相关股室为成员的"
                "依法行政工作领导小组,推动落实。", ["东辽县人民政府"]),
    (DONGLIAO + "指导各乡镇成立人民调解委员会,县政府成立法治政府建设领导小组。",
     ["东辽县人民政府", "东辽县法治政府建设领导小组"]),
    (DONGLIAO + "一是成立由县长任组长、分管副县长任副组长、相关部门为成员的依法行政工作领导小组,推动落实。",
     ["东辽县人民政府", "东辽县依法行政工作领导小组"]),
    # A township's county written by its short name in the page's publisher line (长阳县 for 长阳土家族自治县): its
    # bare bodies as the page writes the county; with no such line, by the county's official name.
    ("-\n发布机构长阳县龙舟坪镇人民政府\n-\n发布日期2025-01-27\n-\n龙舟坪镇2024年法治政府建设工作情况报告\n"
     "2024年,龙舟坪镇在县委、县政府的坚强领导下,推进法治政府建设。", ["长阳县委", "长阳县人民政府"]),
    ("龙舟坪镇2024年法治政府建设工作情况报告\n2024年,龙舟坪镇在县委、县政府的坚强领导下,推进法治政府建设。",
     ["长阳土家族自治县委", "长阳土家族自治县人民政府"]),
    # The units whose leaders attend, named before 的相关领导, do not act, as units whose heads attend do not; the
    # committee acting in its own sentence still does. Leaders who attend and speak, or a body's 领导 as its
    # leadership (在…的领导和…的支持下), are not read so.
    ("宁远县召开法治政府建设推进会。省财政厅、市财政局的相关领导和县长王某,县委常委李某等参加。县委常委会研究部署创建工作。",
     ["宁远县委"]),
    ("宁远县召开推进会。省财政厅、市财政局的相关领导出席并讲话,会议由县长主持。", ["湖南省财政厅", "永州市财政局"]),
    ("宁远县召开推进会。在省财政厅的领导和县政府的支持下,全县干部积极参加。", ["湖南省财政厅", "宁远县人民政府"]),
    # Honours: a rated title won by its making (创成“…”), a prize won named without quotes (荣获第三届…奖), a practice
    # put into bodies' documents (被写入省委、省政府文件): neither side acts.
    ("宁远县2023年工作。县法律援助中心创成“省级规范化法律援助中心”,县司法局组织培训。", ["宁远县司法局"]),
    ("宁远县2023年工作。县检察院荣获第三届全省检察改革奖,县司法局组织培训。", ["宁远县司法局"]),
    ("宁远县2023年工作。县司法局的经验做法被写入省委、省政府文件,县财政局组织培训。", ["宁远县财政局"]),
    # A congress's standing committee with its term between a bare prefix and it (市十八届人大常委会第十一次会议):
    # the place's standing committee, as after a named place (某省第十四届人民代表大会常务委员会).
    ("宁远县2023年工作。《某某办法》经县第十九届人大常委会第五次会议审议通过。", ["宁远县人大常委会"]),
    ("宁远县2023年工作。《某某办法》经县十九届人大常委会第五次会议审议通过。", ["宁远县人大常委会"]),
    ("宁远县2023年工作。县十五届三次全会召开。", []),
    # A bureau written in full in its title and short once in its text (市应急管理局…报告, 市应急局坚持…): one bureau,
    # named as its title names it.
    # The ministries of science and of industry are national bodies, by full and short names.
    ("工信部、科学技术部联合开展专项检查。", ["工信部", "科学技术部"]),
    ("烟台市应急管理局关于2022年度法治政府建设情况的报告\n2022年,市应急局坚持依法行政。", ["烟台市应急管理局"]),
    # (an office's full name in its title and its short name, written more often, in its text: one office, named as
    # the text names it most; round 230)
    ("西安市雁塔区政务服务管理办公室关于2025年法治政府建设情况的报告\n来源:雁塔区政务服务办\n现将区政务服务办2025年法治政府建设情况报告如下:区政务服务办推进工作。",
     ["雁塔区政务服务办"]),
    # A bureau's bare party group opening its sentence, taking up its duty (。局党组扛牢…责任): the report's bureau's
    # group; its secretary doing so (局党组书记扛起…) is a post, no group acting.
    ("东辽县农业农村局2023年法治政府建设情况报告\n一、强化领导。局党组扛牢推进法治建设的政治责任,定期研究法治工作。",
     ["东辽县农业农村局", "东辽县农业农村局党组"]),
    ("东辽县农业农村局2023年法治政府建设情况报告\n一、强化领导。局党组书记扛起第一责任人职责。", ["东辽县农业农村局"]),
    # A group named for a special task (专项整治工作领导小组): 专项 is a word of its name, no count (12项任务).
    ("东辽县农业农村局2023年法治政府建设情况报告\n我局成立了专项整治工作领导小组,由局长任组长。",
     ["东辽县农业农村局", "东辽县农业农村局专项整治工作领导小组"]),
    ("东辽县农业农村局2023年法治政府建设情况报告\n我局完成了12项重点任务。", ["东辽县农业农村局"]),
    # The body an event is held at, gone to (赴区消防救援大队开展“…”主题活动), is a place; holding its own
    # event it acts. A building worked on (对区光荣院进行修缮改造) is no body acting.
    (ZHONGZHAN + "区司法局赴区消防救援大队开展“宪法进军营”主题活动。", ["中站区司法局"]),
    (ZHONGZHAN + "区消防救援大队开展“宪法进军营”主题活动。", ["中站区消防救援大队"]),
    (ZHONGZHAN + "区民政局投入资金对区光荣院进行修缮改造。", ["中站区民政局"]),
    # A centre named by no field of its own (区服务中心) is too generic to be one body; 区政务服务中心 is one.
    (ZHONGZHAN + "区服务中心负责接待,区政务服务中心受理。", ["中站区政务服务中心"]),
    # No body's name holds 年度 (纳入某县中小学校年度绩效考核和教育局年度工作计划: a year's targets, then the bureau's
    # plan); and a group's office set up in the next sentence (…领导小组。领导小组下设办公室,具体负责…) is the group's.
    ("东辽县教育局2024年度法治建设工作报告\n将法治建设纳入东辽县中小学校年度绩效考核和教育局年度工作计划。", ["东辽县教育局"]),
    ("东辽县教育局2024年度法治建设工作报告\n我局成立了由局长任组长的法治建设工作领导小组。领导小组下设办公室,具体负责日常工作。",
     ["东辽县教育局", "东辽县教育局法治建设工作领导小组", "东辽县教育局法治建设工作领导小组办公室"]),
    # An untitled report speaking as 我局 that names its bureau only as the body an honour went to (某局被某部表彰为…):
    # that bureau is its author, so its bare 局党委 and the group it adjusts are the bureau's; the honour is still no
    # work. Two bureaus so named leave the author unknown.
    ("2021年,在淮安市委、市政府的坚强领导下,我局深入学习贯彻法治思想。淮安市水利局被水利部表彰为“全国水利法治先进集体”。"
     "现将有关情况报告如下:\n局党委高度重视,统筹调度,调整充实法治水利建设领导小组。",
     ["淮安市委", "淮安市人民政府", "淮安市水利局党委", "淮安市水利局法治水利建设领导小组", "淮安市水利局"]),
    ("2021年,在淮安市委、市政府的坚强领导下,我局深入学习贯彻法治思想。淮安市水利局被水利部表彰为“先进集体”,"
     "淮安市交通运输局被交通运输部评为“先进单位”。\n局党委高度重视。", ["淮安市委", "淮安市人民政府"]),
    # A group the bureau's 一把手 leads, its name joining two tasks with 和 (普法和依法治校工作领导小组): the bureau's, as
    # one joined with 及 is; 和 after a body's word (局党组和…) joins no tasks.
    ("淮安市教育局关于2022年法治政府建设工作情况的报告\n市教育局领导非常重视,成立了由局一把手任组长的普法和依法治校工作领导小组。",
     ["淮安市教育局", "淮安市教育局普法和依法治校工作领导小组"]),
    ("淮安市教育局关于2022年法治政府建设工作情况的报告\n我局成立了由局长任组长的局党组和法治建设领导小组。", ["淮安市教育局"]),
    # A bureau then 政府 (推进市教育局政府法治建设工作): the bureau and the work it does; no bureau has a 政府.
    ("淮安市教育局关于2022年法治政府建设工作情况的报告\n全面推进市教育局政府法治建设工作,提升水平。", ["淮安市教育局"]),
    # A leading group then 政府 (市依法行政工作领导小组政府法制工作的组织): the group and the government's legal work it
    # leads; no group has a 政府 (round 187).
    ("江门市人民政府关于2016年度法治政府建设工作情况的报告\n2016年市依法行政工作领导小组政府法制工作的统筹作用不断加强。",
     ["江门市人民政府", "江门市依法行政工作领导小组"]),
    ("湖州市人民政府关于2017年度法治政府建设情况的报告\n市法治政府建设领导小组政府法制工作协调有力。",
     ["湖州市人民政府", "湖州市法治政府建设领导小组"]),
    # A standing committee named by its term alone, no place before it (经八届人大常委会十次会议表决通过): the page's own
    # city's, as the province's written 省十三届人大常委会 is the province's.
    ("淮安市教育局关于2022年法治政府建设工作情况的报告\n《淮安市教育督导条例》经八届人大常委会十次会议表决通过,"
     "经省十三届人大常委会第三次会议批准。", ["淮安市教育局", "淮安市人大常委会", "江苏省人大常委会"]),
    # A bureau's party group's study group written bare, with no 局 (通过专题学习会、党组中心组集中学习等, 抓好党组理论学习
    # 中心组学习): stays out, as the stored golds leave a department's bare 党委/党组 (round sixteen's convention; rounds
    # 107, 112, 119, 140 and 161 write none).
    ("2021年,在市委、市政府正确领导下,淮安市交通运输局坚持依法行政。通过专题学习会、党组中心组集中学习等多种形式学习法治思想。",
     ["淮安市委", "淮安市人民政府", "淮安市交通运输局"]),
    ("2023年,淮安市司法局坚持依法行政。抓好党组理论学习中心组学习,开展专题研讨。", ["淮安市司法局"]),
    # A township's group named for two tasks joined by 暨 (调整依法治镇暨普法工作领导小组): one group, as with 及; a
    # group listed right after it by the same verb (、法治宣传教育工作领导小组) the township's too; 各村's stays a plural's.
    ("有庆镇2023年法治政府建设情况报告\n及时调整依法治镇暨普法依法治理工作领导小组,由党委书记任组长。",
     ["有庆镇依法治镇暨普法依法治理工作领导小组"]),
    ("有庆镇2023年法治政府建设情况报告\n调整安全生产工作领导小组、法治宣传教育工作领导小组,加强领导。",
     ["有庆镇安全生产工作领导小组", "有庆镇法治宣传教育工作领导小组"]),
    ("有庆镇2023年法治政府建设情况报告\n成立安全生产工作领导小组、各村工作领导小组。", ["有庆镇安全生产工作领导小组"]),
    # A committee by its term with all its plenums (市委六届历次全会部署), or its term shared with the next committee's
    # (市委六届和区委六届历次全会部署, 市委六届、区委十三届历次全会工作部署): the 部署 followed, both committees act; the
    # same plenums' 精神 makes neither act.
    ("渝中区2024年法治政府建设情况报告\n认真落实市委六届和区委六届历次全会部署,推进工作。", ["重庆市委", "渝中区委"]),
    ("渝中区2024年法治政府建设情况报告\n围绕市委六届、区委十三届历次全会工作部署,推进工作。", ["重庆市委", "渝中区委"]),
    ("渝中区2024年法治政府建设情况报告\n认真落实市委六届历次全会部署,推进工作。", ["重庆市委"]),
    ("渝中区2024年法治政府建设情况报告\n学习市委六届和区委六届历次全会精神,推进工作。", []),
    ("渝中区2024年法治政府建设情况报告\n学习市委六届历次全会精神,推进工作。", []),
    # A township's service hall (镇便民服务中心以…为落脚点, 打造…窗口): where the public is served, no body acting; the
    # township's other bodies stay.
    ("有庆镇2023年法治政府建设情况报告\n镇便民服务中心以“群众满意”为落脚点,镇党委专题研究。", ["有庆镇党委"]),
    # A commission's bare office listed after it with 、 before what both share (委员会、办公室会议): both act, as
    # 委员会及其办公室 do. A government's office listed after it, or the office's head (办公室主任), is no such office.
    (ZHONGZHAN + "定期组织召开区委全面依法治区委员会、办公室会议,研究部署年度工作。",
     ["中站区委全面依法治区委员会", "中站区委全面依法治区委员会办公室"]),
    (ZHONGZHAN + "区委全面依法治区委员会、办公室成员单位参加会议。",
     ["中站区委全面依法治区委员会", "中站区委全面依法治区委员会办公室"]),
    (ZHONGZHAN + "区委全面依法治区委员会、区政府办公室联合印发工作要点。", ["中站区委全面依法治区委员会", "中站区政府办公室"]),
    (ZHONGZHAN + "区委全面依法治区委员会、办公室主任出席会议。", ["中站区委全面依法治区委员会"]),
    # A bureau whose section (股, 科) is renamed (司法局行政复议与应诉股更名为行政复议股): its offices reorganised,
    # no work of its done, as a body renamed acts under neither name. A bureau that leads the renaming still acts.
    (ZHONGZHAN + "推进行政复议体制改革,区司法局行政复议与应诉股更名为行政复议股,增设行政应诉股。", []),
    (ZHONGZHAN + "区市场监管局综合执法科更名为执法稽查科,区司法局组织培训。", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局牵头推进改革,将行政复议股更名为行政复议综合股。", ["中站区司法局"]),
    (ZHONGZHAN + "区市场监管局将综合科更名为执法稽查科。", ["中站区市场监管局"]),
    # A joint headline whose party committee stands on a line of its own above the government's title (a site's copy
    # may repeat that line): the committee made the report too, beside the 县委 the text names.
    ("中共东辽县委\n东辽县人民政府\n关于东辽县2023年度法治政府建设工作情况的报告\n2023年,县委县政府坚持依法行政,推进法治政府建设。",
     ["中共东辽县委", "东辽县人民政府", "东辽县委"]),
    ("中共东辽县委\n中共东辽县委\n东辽县人民政府\n关于东辽县2023年度法治政府建设工作情况的报告\n2023年,县委县政府坚持依法行政。",
     ["中共东辽县委", "东辽县人民政府", "东辽县委"]),
    # A 兵团 regiment farm's own committee written bare (团镇党委, 团场党委, 团党委): the regiment's 党委; its
    # secretary's post (团党委书记为组长) names none.
    ("2021年五团法治政府建设工作报告\n2021年,五团依法治团工作,在团镇党委的正确领导下开展,落实团镇党委书记第一责任人职责。",
     ["五团党委"]),
    ("2022年十二团法治政府建设工作报告\n团场党委高度重视,成立了以团党委书记为组长的领导小组。", ["十二团党委"]),
    ("2022年十二团法治政府建设工作报告\n团党委书记为组长,开展培训。", []),
    # The 兵团's party committee by its short name, or listed before its division's sharing the word (兵团、师市党委).
    ("2021年五团法治政府建设工作报告\n2021年,五团认真贯彻落实兵团、师市党委决策部署。", ["新疆生产建设兵团党委"]),
    ("2022年十二团法治政府建设工作报告\n2022年,十二团落实兵团党委部署,兵团党委书记作出批示。", ["新疆生产建设兵团党委"]),
    # A 兵团 division-city's bodies by the bare 师市 (师市党委、政府): those of the one division-city the text names in
    # full, 第六师五家渠市; none where the text names none.
    ("106团2022年法治政府建设年度报告\n在师市党委、政府的坚强领导下,106团根据《第六师五家渠市法治政府建设重要举措分工方案"
     "(2021-2025)》要求报告如下。", ["第六师五家渠市党委", "第六师五家渠市人民政府"]),
    ("2021年五团法治政府建设工作报告\n2021年,五团在师市司法局和团镇党委的正确领导下开展工作。", ["五团党委"]),
    # A township's justice station listed right after its own team written with its prefix (乡执法队、司法所会同…):
    # its own, as after its prefixed station.
    ("满族屯满族乡2024年度法治政府建设报告\n健全衔接机制,乡执法队、司法所会同边境派出所开展联合执法行动。",
     ["满族屯满族乡司法所"]),
    # The Youth League's committee of a place (共青团某市委, 共青团某市某区委员会) is no party committee of the place.
    ("共青团林芝市巴宜区委员会2024年法治政府建设工作总结\n2024年以来,在区委、区政府的坚强领导下,团区委推进法治建设。",
     ["巴宜区委", "巴宜区人民政府"]),
    ("您的位置:鄂州共青团 > 公示公告\n共青团鄂州市委 2021年法治建设工作\n情况报告\n2021年,团市委联合市委政法委举办故事会。",
     ["鄂州市委政法委"]),
    # A region's committee meeting as its standing committee (自治区党委常委会会议): the committee, as 县委常委会 is; a
    # member's post (自治区党委常委、副主席) stays a person. Its rule-of-law commission listed after it with the
    # region left out (、党委全面依法治区委员会会议): the region's commission; a province's bare 党委 is no body.
    ("内蒙古自治区人民政府关于2024年法治政府建设情况的报告\n一是加强组织领导。自治区党委常委会会议、党委全面依法治区"
     "委员会会议研究部署法治政府建设重点任务。",
     ["内蒙古自治区人民政府", "内蒙古自治区党委", "内蒙古自治区党委全面依法治区委员会"]),
    ("内蒙古自治区人民政府关于2024年法治政府建设情况的报告\n自治区党委常委会会议研究部署法治政府建设重点任务。",
     ["内蒙古自治区人民政府", "内蒙古自治区党委"]),
    ("内蒙古自治区人民政府关于2024年法治政府建设情况的报告\n党委全面依法治区委员会会议研究部署重点任务。",
     ["内蒙古自治区人民政府", "内蒙古自治区党委全面依法治区委员会"]),
    ("山西省人民政府关于2024年法治政府建设情况的报告\n省委常委会会议、党委理论学习中心组研究部署重点任务。",
     ["山西省人民政府", "山西省委"]),
    # A page naming no place of its own but where its region's government met (自治区人民政府在某市召开的…会): its bare
    # 自治区 bodies are that region's; its 区委 and the 市委 of a city it never names are no one's.
    ("2022年,区委、区政府坚持依法行政,坚决贯彻落实自治区党委、市委关于法治建设的重大决策部署,借鉴自治区人民政府在"
     "克拉玛依市召开的法治政府建设现场推进会的先进经验,现将全区法治建设情况汇报如下:",
     ["新疆维吾尔自治区党委", "新疆维吾尔自治区人民政府"]),
    # A township's offices written bare in a table's cells under a column of the units responsible (责任处室): its own;
    # without such a column, or with a person's name in the cell, none.
    ("某某乡2022年度普法责任清单\n序号 | 内容 | 责任人 | 责任处室 |\n1 | 宣传党规党纪 | 李某某 | 党建办公室 |\n"
     "2 | 宣传民法典 | 王某 | 综治办 |", ["某某乡党建办公室", "某某乡综治办"]),
    ("某某乡2022年度普法责任清单\n序号 | 内容 | 责任人 |\n1 | 宣传党规党纪 | 党建办公室 |", []),
])
def test_agencies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("body", "expected"), [
    ("机构编制委员会办公室", "编办"), ("人民政府法制办公室", "政府法制办"), ("市场监督管理局", "市场监管局"),
    ("人力资源和社会保障局", "人社局"), ("发展和改革局", "发改局"), ("政府", "人民政府"), ("司法局", "司法局"),
    ("卫生健康委员会", "卫健委"), ("卫生健康委", "卫健委"),
    # (a 重庆 district's 交通运输委员会 and its 交通运输委: one body)
    ("交通运输委员会", "交通运输委"), ("交通运输委", "交通运输委"),
    # (a 重庆 district's 教育委员会 and its 教委: one body; its 教育工作委员会 is the 教育工委)
    ("教育委员会", "教委"), ("教委", "教委"), ("教育工作委员会", "教育工委"),
    # (a city's 应急管理局 and its 应急局: one bureau)
    ("应急管理局", "应急局"), ("应急局", "应急局"),
    # (a district's 政务服务管理办公室 and its 政务服务办: one office; round 230)
    ("政务服务管理办公室", "政务服务办"), ("区政务服务管理办公室", "区政务服务办"),
    # (a county's 人民政府行政执法监督局 and its 行政执法监督局, the same with 协调: one bureau; round 256)
    ("县人民政府行政执法监督局", "县行政执法监督局"), ("区人民政府行政执法协调监督局", "区行政执法协调监督局"),
    ("区政府行政执法协调监督局", "区行政执法协调监督局"), ("县行政执法监督局", "县行政执法监督局"),
])
def test_canonical_body(body, expected):
    assert canonical_body(body) == expected


def test_department_report_names_its_author():
    facts = list(agencies(Document(id="t", text="株洲县司法局2017年法治政府建设工作报告\n2017年,县司法局开展培训。")))
    author = [f.object.name for f in facts if f.predicate == "authorAgency"]
    assert author == ["株洲县司法局"]


@pytest.mark.parametrize(("text", "expected"), [
    (HANTAI + "1.积极推进政府职能转变。取消审批事项。(区编办牵头,各镇人民政府、区发改局、区政府法制办按职责分工分别负责。)\n",
     [("积极推进政府职能转变", "汉台区编办", ["汉台区发改局", "汉台区政府法制办"])]),
    (HANTAI + "19.加强法制机构和队伍建设。配齐人员。(区编办、区人社局牵头,区政府各有关部门按职责分工分别负责)\n",
     [("加强法制机构和队伍建设", "汉台区编办", []), ("加强法制机构和队伍建设", "汉台区人社局", [])]),
    (HANTAI + "18.继续开展集体学法活动。(区政府法制办负责)\n", []),
    (HANTAI + "3.加强规范性文件管理。落实审核。\n牵头单位:区政府办\n责任单位:区司法局\n",
     [("加强规范性文件管理", "汉台区政府办", ["汉台区司法局"])]),
    # A task table, a row per task, cells parted by tabs (as the Word and Excel readers write tables).
    (HANTAI + "序号\t工作任务\t牵头单位\t责任单位\t完成时限\n1\t推进政务公开。全面公开权力清单\t区政府办\t区司法局、区财政局\t年底前\n"
     "2\t规范行政执法\t区司法局\t\t持续推进\n二、保障措施\n",
     [("推进政务公开", "汉台区政府办", ["汉台区司法局", "汉台区财政局"]), ("规范行政执法", "汉台区司法局", [])]),
    # a table without a lead column sets out no tasks
    (HANTAI + "序号\t工作任务\t责任单位\n1\t推进政务公开\t区政府办\n", []),
])
def test_tasks(text, expected):
    facts = list(tasks(Document(id="t", text=text)))
    got = []
    for task in [f.object for f in facts if f.predicate == "hasTask"]:
        mine = [f for f in facts if f.subject == task]
        responsible = [f.object.name for f in mine if f.predicate == "responsible"]
        got += [(task.name, f.object.name, responsible) for f in mine if f.predicate == "lead"]
    assert got == expected


COUNTY_WATER = "东辽县水利局2023年法治政府建设工作报告\n"
STREET = "四季青街道办事处2023年法治政府建设工作报告\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A group its head of bureau leads (以局长为组长的局…), or the bureau's own (我局成立了…及…).
    (COUNTY_WATER + "成立了以局长为组长的局依法行政工作领导小组。", ["东辽县水利局", "东辽县水利局依法行政工作领导小组"]),
    (COUNTY_WATER + "我局成立了依法行政及行政执法工作领导小组。",
     ["东辽县水利局", "东辽县水利局依法行政及行政执法工作领导小组"]),
    # 充实 is what is done to a group, not a word of its name.
    (DONGLIAO + "及时调整充实法治政府建设领导小组。", ["东辽县人民政府", "东辽县法治政府建设领导小组"]),
    # 优化 likewise (调整优化…领导小组).
    (DONGLIAO + "调整优化依法行政工作领导小组,由县长任组长。", ["东辽县人民政府", "东辽县依法行政工作领导小组"]),
    # (with 了 after what is done to it, 调整完善了…领导小组, 调整充实了…: the same group, a township's or a county's)
    ("棣棠乡2023年度法治政府建设情况报告\n乡党委、政府积极推进法治建设工作。调整完善了法治建设领导小组,进一步明确了职责。",
     ["棣棠乡党委", "棣棠乡人民政府", "棣棠乡法治建设领导小组"]),
    (DONGLIAO + "调整充实了依法行政工作领导小组,由县长任组长。", ["东辽县人民政府", "东辽县依法行政工作领导小组"]),
    # A street office's report: the group it sets up is the township's; 工委、办事处 are both bodies.
    (STREET + "成立由主要负责人任组长的法治建设领导小组。街道工委、办事处高度重视。",
     ["四季青街道办事处", "四季青街道法治建设领导小组", "四季青街道工委"]),
    # A meeting whose spirit is studied, the politburo's study session, a ministry's platform,
    # and a directive of the centre and the levels below are no body acting.
    (ZHONGZHAN + "学习中央全面依法治国委员会第一次、第二次会议精神和历次会议上讲话精神,区司法局组织实施。",
     ["中站区司法局"]),
    (ZHONGZHAN + "学习中共中央政治局第十次集体学习时的讲话,区司法局负责。", ["中站区司法局"]),
    (ZHONGZHAN + "35条河涌纳入住建部监管平台,区住建局负责。", ["中站区住建局"]),
    (ZHONGZHAN + "落实党中央、国务院及省、市关于法治政府建设的决策部署,区司法局负责。", ["中站区司法局"]),
    # One department however its name is written.
    ("广东省住房和城乡建设厅2016年法治工作要点\n省住房城乡建设厅制定方案,广东省住房和城乡建设厅组织实施。",
     ["广东省住房和城乡建设厅"]),
    # Official names joined by 和 are whole (区城市管理和综合执法局, 市规划和自然资源局); 和 between two bodies ends one.
    (ZHONGZHAN + "区民政局、区城市管理和综合执法局负责同志述职。", ["中站区民政局", "中站区城市管理和综合执法局"]),
    (ZHONGZHAN + "市规划和自然资源局、区粮食和物资储备局负责。", ["焦作市规划和自然资源局", "中站区粮食和物资储备局"]),
    (ZHONGZHAN + "区司法局和区法院负责。", ["中站区司法局", "中站区法院"]),
    # A leading group whose meeting the place holds, in the joint report of the place's party committee and its
    # government (中共某市某区委 某市某区人民政府关于…的报告) or the committee's alone: the place's own group, as in its
    # government's report; the committee is no department whose own words a group would need.
    ("中共温州市龙湾区委 温州市龙湾区人民政府\n关于2023年度龙湾区法治政府建设工作情况的报告\n"
     "二是强化统筹聚合力。先后召开法治政府建设领导小组会议、全区首次府院检联席会议。",
     ["龙湾区委", "龙湾区人民政府", "龙湾区法治政府建设领导小组"]),
    ("中共沁县县委关于2023年度法治政府建设情况的报告\n2023年,召开法治政府建设领导小组会议,部署工作。",
     ["中共沁县县委", "沁县法治政府建设领导小组"]),
    ("长子县人民政府关于2023年度法治政府建设情况的报告\n2023年,先后召开法治政府建设领导小组会议、全县首次府院联席会议。",
     ["长子县人民政府", "长子县法治政府建设领导小组"]),
    # A body written as one of a roll's honoured units (区普法办为全国“八五”普法中期通报表扬单位): no work of its; a body
    # giving the honour (区政府为先进单位颁奖) still acts.
    (ZHONGZHAN + "区普法办为全国“八五”普法中期通报表扬单位,区司法局组织培训。", ["中站区司法局"]),
    (ZHONGZHAN + "区司法局为全市法治宣传教育先进集体。区政府常务会议研究12次。", ["中站区人民政府"]),
    (ZHONGZHAN + "区政府为先进单位颁奖,区司法局组织培训。", ["中站区人民政府", "中站区司法局"]),
    # A committee's secretary is a post: the party committee that holds the committee does not act.
    (ZHONGZHAN + "市委常委、市委政法委书记某某出席会议,区委政法委副书记某某主持。区司法局汇报。", ["中站区司法局"]),
    # ... but a bureau whose party committee's secretary reports is still the bureau
    (ZHONGZHAN + "会上,区司法局党委书记某某作工作报告。", ["中站区司法局"]),
])
def test_groups_meetings_and_platforms(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A national body whose rules on a matter are carried out (落实国务院、省关于…程序的规定, 执行国务院关于…制度的
    # 有关规定), the clause cut before its noun or not: its rules followed, no body acting.
    (DONGLIAO + "严格落实国务院、省关于重大行政决策程序的规定,县司法局审核。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "严格落实国务院、省关于重大行政决策程序", ["东辽县人民政府"]),
    (DONGLIAO + "严格执行国务院关于行政执法公示制度的有关规定,县司法局指导。", ["东辽县人民政府", "东辽县司法局"]),
])
def test_national_rules_carried_out(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A development zone's own bodies carry its name; its 管委会 is one word, not 管委.
    ("苏州高新区2022年法治政府建设工作报告\n区党工委、区管委会高度重视,区统计局牵头。",
     ["苏州高新区党工委", "苏州高新区管委会", "苏州高新区统计局"]),
    ("2023年上海经济技术开发区法治政府建设情况报告\n经开区管委会制定方案,市司法局指导。",
     ["上海经济技术开发区管委会", "上海市司法局"]),
    # Its party committee and 管委会 written as one name (党委管委会, 党工委管委会) are both bodies.
    ("苏州高新区2023年法治政府建设情况报告\n高新区党委管委会专题审议法治政府建设情况报告。",
     ["苏州高新区党委", "苏州高新区管委会"]),
    ("苏州高新区2023年法治政府建设情况报告\n高新区党工委管委会主要负责同志高度重视。",
     ["苏州高新区党工委", "苏州高新区管委会"]),
    # A district's zone (永川高新区 of 重庆's 永川区): its bodies by its full name are its own, and the bare
    # 区委、区政府 it works under are the district's, which a zone does not have.
    ("永川高新区2023年法治政府建设情况报告\n在区委、区政府的坚强领导下,永川高新区党工委、永川高新区管委会推进工作。",
     ["永川区委", "永川区人民政府", "永川高新区党工委", "永川高新区管委会"]),
    ("莱芜高新区2024年法治政府建设情况报告\n莱芜高新区管委会落实区委部署,区司法局指导。",
     ["莱芜高新区管委会", "莱芜区委", "莱芜高新区司法局"]),
    # An untitled report of a zone's unit named by the zone's kind alone, its city named after 法治: the city's zone's.
    ("2023年,经开区财政局在区党工委、区管委会的正确领导下,坚持依法行政,助力法治南通建设。",
     ["南通经开区财政局", "南通经开区党工委", "南通经开区管委会"]),
    # An untitled zone's report: its bare 党工委、管委会 at a clause's start are the zone's; a 管委会's office stays whole.
    ("一、工作开展情况\n党工委、管委会将全区法治建设任务列入年度工作要点,并纳入《2022年南通经开区重点工作清单》。",
     ["南通经开区党工委", "南通经开区管委会"]),
    # A zone named with its city's short name: its bodies written with its full name are its own, in its text and
    # in its title (before, only a zone named for a district had them read).
    ("贵阳新区2021年法治政府建设工作报告\n贵阳新区党工委部署,贵阳新区管委会推进。", ["贵阳新区党工委", "贵阳新区管委会"]),
    ("合肥高新区管委会2023年法治政府建设情况报告\n2023年,合肥高新区坚持依法行政。", ["合肥高新区管委会"]),
    # Its 管理委员会 written in full and short (管委会) is one body, in the form the text writes more often.
    ("贵阳新区管理委员会关于报送《贵阳新区2022年度法治政府建设情况》的报告\n省政府:\n贵阳新区管理委员会\n"
     "2022年,党工委、管委会以上率下。", ["贵阳新区管理委员会", "贵阳新区党工委"]),
    ("贵阳新区管理委员会2021年法治政府建设情况报告\n党工委、管委会高度重视,管委会常务会议研究,管委会主任带头。",
     ["贵阳新区管委会", "贵阳新区党工委"]),
    # A zone's bare rule-of-law commission is its working committee's (a zone has no 区委), and so is a commission
    # of it holding its meeting, written bare after 召开.
    ("贵阳新区2021年法治政府建设工作报告\n召开全面依法治区委员会会议2次,适时召开党工委全面深化改革委员会会议研究。",
     ["贵阳新区党工委全面依法治区委员会", "贵阳新区党工委全面深化改革委员会"]),
    # (the working committee itself holding its meeting, 召开党工委会议: the zone's)
    ("贵阳新区2021年法治政府建设工作报告\n第一时间召开党工委会议、干部大会,学习会议精神。", ["贵阳新区党工委"]),
    # A park's 管委会 opening the title by its city's and its county's short names: the author, named as written.
    ("韶关乳源产业园区管委会2025年法治政府建设年度报告\n园区推进工作,县司法局指导。", ["乳源瑶族自治县司法局", "韶关乳源产业园区管委会"]),
    # A city's own zones given tasks in its list of units (,昌南新区、高新区管委会): a new zone named in full as
    # named, one named by its kind alone the city's, the 管委会 after both shared; zones in general (各开发区) none.
    ("九江市2024年法治政府建设工作要点\n责任单位:市司法局,八里湖新区、高新区管委会。",
     ["九江市司法局", "八里湖新区管委会", "九江高新区管委会"]),
    ("九江市2024年法治政府建设工作要点\n| 市司法局 | 市政府各部门,各县(市、区)政府,经开区管委会 |",
     ["九江市司法局", "九江经开区管委会"]),
    ("九江市2024年法治政府建设工作要点\n责任单位:市司法局,各开发区管委会。", ["九江市司法局"]),
    # A zone's bodies named by its kind in a district's report (示范区党工委、管委会, 开发区管委会): not the district's
    # (规范区政府… stays the district's government).
    (ZHONGZHAN + "在示范区党工委、管委会的坚强领导下,区司法局推进工作。", ["中站区司法局"]),
    (ZHONGZHAN + "开发区管委会支持,进一步规范区政府合同管理。", ["中站区人民政府"]),
    # A zone named in full in a page's leadership line (a township it runs): its bodies, whatever the page's place.
    ("2023年,在东湖新区党工委、管委会的坚强领导下,我街道推进依法行政。", ["东湖新区党工委", "东湖新区管委会"]),
    ("2023年,在临港开发区管委会的正确领导下,我镇推进依法行政。", ["临港开发区管委会"]),
    # (zones in general, 各开发区, are no zone named)
    ("2023年,在各开发区管委会的领导下,我镇推进依法行政。", []),
    # A township's new zone written bare where it leads or guides (在新区党工委、管委会的领导下, 在新区党工委法治办的
    # 指导下): the one 新区 the text names in full with a body; none named, or two, name no zone.
    ("拥政街道2023年法治政府建设情况报告\n2023年,在新区党工委、管委会的坚强领导下,在新区党工委法治办的指导下,"
     "街道落实云湖新区宣传部的部署。", ["云湖新区党工委", "云湖新区管委会", "云湖新区党工委法治办"]),
    ("拥政街道2023年法治政府建设情况报告\n2023年,在新区党工委、管委会的坚强领导下,街道推进依法行政。", []),
    # A zone whose party body is a 党委 (天津's), written bare with its 管委会 at a clause's start: the zone's own.
    ("名  称: 天津某港高新区2021年法治政府建设报告\n\n2021年,某港高新区坚持依法行政。党委、管委会主要负责同志率先垂范。",
     ["天津某港高新区党委", "天津某港高新区管委会"]),
    # A bonded zone speaking by its bare kind (2024年,保税区坚持…), named in full in its own title: its 党委 and the
    # 管委会 written after it are its own; the 区委区政府 it follows are the district's it lies in, which the page never
    # names (a zone has no 区委), and are left out; the municipality's 市委市政府 act.
    ("2024年,保税区坚持依法行政,认真落实市委市政府、区委区政府工作要求。一是保税区党委、管委会班子成员通过党委常委会"
     "开展学习。二是制定《重庆两路保税区优化营商环境三年行动方案(2024-2026年)》。",
     ["重庆市委", "重庆市人民政府", "重庆两路保税区党委", "重庆两路保税区管委会"]),
    # A tourist resort's 党工委、管委会 opening its report as its subject: the resort's own.
    ("2025年,某洲岛国家旅游度假区党工委、管委会坚持以习近平新时代中国特色社会主义思想为指导,推进依法行政。",
     ["某洲岛国家旅游度假区党工委", "某洲岛国家旅游度假区管委会"]),
    # A managing committee of an area no division or zone kind names, opening an untitled report as its subject: the
    # committee speaking, named as written; a township's or a zone's committee is read by its own rules.
    ("2024年,某源山管委会坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实全面依法治省、市工作的要求,通过"
     "福建省干部网络学院学习平台等形式学习。", ["某源山管委会"]),
    # The zone's own body written with its city's full name before the zone's: named by the zone, as its bare ones.
    ("深圳市某鹏新区管理委员会2024年法治政府建设年度报告\n2024年,召开新区党工委理论学习中心组学习会。",
     ["某鹏新区管理委员会", "某鹏新区党工委"]),
    # No body's name runs across a meeting's 精神 or 纳入 (市委…工作会议精神纳入新区党工委…).
    ("某江新区2021年法治政府建设情况报告\n坚持将市委全面依法治市工作会议精神纳入新区党工委理论学习中心组学习。",
     ["某江新区党工委"]),
    # The tiers of a structure, quoted and counted (“…”三级治理架构), are its levels, no body acting.
    ("东华门街道2024年法治政府建设情况报告\n优化“街道党工委、社区党委、网格党支部”三级治理架构,街道党工委部署工作。",
     ["东华门街道党工委"]),
    # A zone's statutory bureau named by the zone's head (某海管理局 in 某海合作区's own report), and its party
    # group: the zone's, named as written; a member of its committee leading names no body.
    ("2023年,某海管理局始终坚持依法行政。某海合作区党工委、某海管理局党组认真开展学习。某海管理局党工委委员牵头调研课题。",
     ["某海管理局", "某海合作区党工委", "某海管理局党组"]),
    # A 新片区 of a free-trade zone, titled and placed by the one city the page names: its 市委、市政府 are that
    # city's, and its bodies the zone's.
    ("某港新片区管委会2020年法治政府建设年度报告\n2020年,在市委、市政府领导下,某港新片区管委会推进工作,结合《上海市法治"
     "政府建设规划》要求。", ["某港新片区管委会", "上海市委", "上海市人民政府"]),
    # An untitled new zone placed by the short name written before its own (《重庆某江新区管理办法》): the 市委、市政府
    # whose 决策部署 it carries out are that city's.
    ("您当前的位置: 首页> 法治政府建设年度报告 > 2024年度\n2024年,某江新区坚持依法行政,认真落实市委、市政府决策部署。"
     "推动修订《重庆某江新区管理办法》。", ["重庆市委", "重庆市人民政府"]),
    # A zone's 管理委员会 named in full once, with 以下简称管委会 and the short name written more often after it: one
    # body, named by the short name.
    ("某港新片区2022年度法治工作情况报告\n中国(上海)自由贸易试验区某港新片区管理委员会(以下简称管委会)在市委、市政府的"
     "坚强领导下推进工作。由管委会主要领导担任组长,管委会主要领导签署责任书。", ["某港新片区管委会", "上海市委",
                                                               "上海市人民政府"]),
    # A zone's committee written bare before its study group, which studies: the zone's; not one whose study group
    # a subject is put into (纳入党工委中心组, left to the lead).
    ("某港新片区管委会2022年法治工作报告\n开展“国家安全”等党工委中心组集体专题学习。", ["某港新片区管委会", "某港新片区党工委"]),
    ("某港新片区管委会2022年法治工作报告\n将习近平法治思想纳入党工委中心组学习内容。", ["某港新片区管委会"]),
])
def test_development_zone_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies a report is sent to (报送, 抄送) receive it; they do not act.
    (ZHONGZHAN + "区司法局起草报告,经审核后报送市委市政府、区委、区人大常委会,抄送市委依法治市办。",
     ["中站区司法局"]),
    (ZHONGZHAN + "完成论证报告,并报送市司法局审查。区政府研究部署。", ["中站区人民政府"]),
    # A copy sent with 抄报, as with 抄送, whatever body follows (情况抄报区委依法治区办); a body doing the 抄报 still acts.
    (ZHONGZHAN + "全区40个单位主要负责人履职情况抄报区委依法治区办。区司法局组织培训。", ["中站区司法局"]),
    (ZHONGZHAN + "各单位述法报告抄报区委组织部和区委依法治区办。区政府常务会议审议报告,并抄报市政府。",
     ["中站区人民政府"]),
    (ZHONGZHAN + "区委依法治区办抄报材料3份。", ["中站区委依法治区办"]),
    # A party committee and its government written as one name are both bodies.
    ("龙潭乡2024年法治政府建设工作报告\n乡党委政府始终将法治建设列入议事日程。", ["龙潭乡党委", "龙潭乡人民政府"]),
    # A county's (旗's, district's) committee run into its government: the committee and the 人民政府; a joint
    # office of both (县委政府办) stays one body.
    ("镶黄旗2021年法治政府建设情况报告\n紧扣旗委政府中心工作,推进依法行政。", ["镶黄旗委", "镶黄旗人民政府"]),
    ("通榆县2022年法治政府建设工作报告\n在县委政府的坚强领导下,全县推进依法行政。", ["通榆县委", "通榆县人民政府"]),
    ("通榆县2022年法治政府建设工作报告\n县委政府办负责督办。", ["通榆县委政府办"]),
    # A committee and its government before 工作中心 (围绕县委、县政府工作中心): the two bodies, no centre; a
    # centre named for its field (县社会工作中心) stays one.
    ("通榆县2022年法治政府建设工作报告\n紧紧围绕县委、县政府工作中心,县社会工作中心开展服务。",
     ["通榆县委", "通榆县人民政府", "通榆县社会工作中心"]),
    # A group named for strengthening its work (某省加强法治政府建设领导小组办公室), its 加强 part of the name,
    # quoted or not; a bare quoted level's phrase (“市县同办”) stays no body.
    ("通榆县2022年法治政府建设工作报告\n县加强法治政府建设领导小组办公室组织考核。",
     ["通榆县加强法治政府建设领导小组办公室"]),
    ("通榆县2022年法治政府建设工作报告\n发挥“县加强法治政府建设领导小组办公室”作用,基本实现“市县同办”。",
     ["通榆县加强法治政府建设领导小组办公室"]),
    ("通榆县2022年法治政府建设工作报告\n县司法局加强法治宣传,县财政局保障经费。", ["通榆县司法局", "通榆县财政局"]),
    ("通榆县2022年法治政府建设工作报告\n县司法局加强法治政府建设领导小组建设,县财政局保障经费。",
     ["通榆县司法局", "通榆县财政局"]),
    # A body a draft is put to after 向 (向县人大常委会提请审议): a recipient, as one asked to deliberate is.
    ("通榆县2022年法治政府建设工作报告\n县司法局报经县政府审议并向县人大常委会提请审议草案3件。",
     ["通榆县司法局", "通榆县人民政府"]),
    # The body funds are sought from after 向 (积极向县政府争取资金): asked, as one reported to is; a body
    # that grants them (县财政局拨付) still acts.
    ("通榆县2022年法治政府建设工作报告\n县司法局积极向县政府争取资金,县财政局拨付经费。", ["通榆县司法局", "通榆县财政局"]),
    ("通榆县2022年法治政府建设工作报告\n县司法局向县政府、县财政局争取专项经费。", ["通榆县司法局"]),
    # The body a report is sent up to after 向 (按时向县政府上报年度报告): a recipient, 上报 as 报送 (round 206).
    ("通榆县2022年法治政府建设工作报告\n县司法局按时向县政府上报法治政府建设年度报告并公开。", ["通榆县司法局"]),
    ("通榆县2022年法治政府建设工作报告\n县司法局向县政府、县委依法治县办上报年度报告。", ["通榆县司法局"]),
    ("中共龙潭乡党委龙潭乡人民政府关于2024年法治政府建设工作的报告\n乡党委书记履行第一责任人职责。",
     ["中共龙潭乡党委", "龙潭乡人民政府"]),  # (written as the title writes it, 中共 kept)
    # A 依法治区办 cut short in a person's title (治区办主任) names no 区办.
    (ZHONGZHAN + "区委副书记、政法委书记、治区办主任某某主持召开会议。区司法局推进。", ["中站区司法局"]),
    # A street's office written bare as the subject (街道办事处与…签订) is the street's own; its plural is none.
    ("北山街道2022年度法治政府建设情况报告\n街道办事处与一家律师事务所签订常年法律顾问合同。", ["北山街道办事处"]),
    ("北山街道2022年度法治政府建设情况报告\n街道办事处聘请法律顾问,各街道办事处参照执行。", ["北山街道办事处"]),
    # A township's office of political-legal affairs and social management, its 和 inside the name.
    ("龙潭乡2024年法治政府建设工作报告\n由龙潭乡政法和综合治理办公室牵头排查纠纷。", ["龙潭乡政法和综合治理办公室"]),
    ("龙潭乡2024年法治政府建设工作报告\n龙潭乡政法和社会综合治理办公室负责调解。", ["龙潭乡政法和社会综合治理办公室"]),
    # A street's 党工委 written bare is its own, not its secretary (党工委书记: a person).
    ("北山街道2022年度法治政府建设情况报告\n将法治学习纳入党工委理论学习中心组计划,党工委书记带头讲课。", ["北山街道党工委"]),
    # A town's commission for governance by law, set up bare (成立以…为主任的全面依法治理委员会): its own.
    ("石门镇2020年度法治政府建设情况报告\n成立以镇长为主任的全面依法治理委员会,统筹推进。", ["石门镇全面依法治理委员会"]),
    # A party committee by its term and plenum (市委十二届八次全会工作部署) is the committee, its plenum's
    # spirit studied is none.
    ("汕头市龙湖区新海街道2024年度法治政府建设情况报告\n紧扣市委十二届八次全会工作部署推进。",
     ["汕头市委"]),
    ("汕头市龙湖区新海街道2024年度法治政府建设情况报告\n深入学习市委十二届八次全会精神。", []),
    # A speech at a national committee, its meeting unnumbered, is no body acting (…在中央全面依法治国委员会上的重要讲话).
    (ZHONGZHAN + "传达学习习近平总书记在中央全面依法治国委员会上的重要讲话精神,区司法局抓好落实。", ["中站区司法局"]),
    # What a body set out, its spirit followed (省委依法治省办关于…规定相关精神): its words, no body acting.
    (ZHONGZHAN + "落实省委依法治省办关于重要决定备案规定相关精神,区司法局制定制度。", ["中站区司法局"]),
    (ZHONGZHAN + "落实省委依法治省办关于重要决定备案的部署,区司法局制定制度。", ["河南省委依法治省办", "中站区司法局"]),
    # The body a document is filed with, the excerpt cut inside 备案 (向省委依法治省办备): its recipient.
    (ZHONGZHAN + "区司法局制定备案制度,向省委依法治省办备\n", ["中站区司法局"]),
    # The heads of a committee the report is said to (向区委主要领导述法): the committee as its recipient.
    (ZHONGZHAN + "各部门主要负责同志向区委主要领导述法,区司法局组织。", ["中站区司法局"]),
    # The commission whose 述法 event the leaders attend (参加省委全面依法治省委员会述法活动): the body they give their
    # 述法 to, a recipient as 向…述法 is; a body whose meeting they attend otherwise still acts.
    (ZHONGZHAN + "区司法局主要负责同志参加市委全面依法治市委员会述法活动。", []),
    (ZHONGZHAN + "区司法局主要负责同志参加市委全面依法治市委员会会议。", ["焦作市委全面依法治市委员会"]),
    # The set formula of a pattern of work, its 党委 written as the place's committee (形成县委领导、政府负责、
    # 部门协同、社会参与的工作格局): who does what in the pattern, no body acting; the committee leading does act.
    (DONGLIAO + "形成县委领导、政府负责、部门协同、社会参与的法治建设格局。", ["东辽县人民政府"]),
    (DONGLIAO + "构建县委领导、部门落实、司法局统筹、社会参与的工作机制。", ["东辽县人民政府"]),
    (DONGLIAO + "县委领导全县法治建设,县司法局统筹推进。", ["东辽县人民政府", "东辽县委", "东辽县司法局"]),
    # The body a file is handed in to, right after 提交/报送 and closing its clause: its recipient, no act of it; a
    # body the verb runs on past (提交区政府常务会议审议) is read as before.
    ("榆阳区2023年度法治政府建设工作总结\n目前创建申报资料已提交依法治省办。区政府推进。", ["榆阳区人民政府"]),
    ("榆阳区2023年度法治政府建设工作总结\n年度报告按时报送市司法局,区政府推进。", ["榆阳区人民政府"]),
    ("榆阳区2023年度法治政府建设工作总结\n区司法局提交区政府常务会议审议。", ["榆阳区司法局", "榆阳区人民政府"]),
    # A committee's standing committee reported to after 向 (向区委常委会、区人大常委会报告): the committee as its
    # recipient, as 向区委报告 is; its standing committee meeting to hear a report (区委常委会专题听取) still acts.
    ("宁波市奉化区人民政府关于2024年度法治政府建设情况的报告\n向区委常委会、区人大常委会报告年度法治政府建设工作情况。",
     ["奉化区人民政府"]),
    ("宁波市奉化区人民政府关于2024年度法治政府建设情况的报告\n区政府向区委常委会会议汇报工作。", ["奉化区人民政府"]),
    ("宁波市奉化区人民政府关于2024年度法治政府建设情况的报告\n区政府向区委常委会汇报后,区委常委会研究部署。",
     ["奉化区人民政府", "奉化区委"]),
    # The body clues or cases are handed over to after 向 (向市委巡察办移交问题线索, 向区纪委监委移送线索): its
    # recipient, as one a file is handed in to is; a body that hands them over (区司法局移交) still acts.
    ("榆阳区2023年度法治政府建设工作总结\n深化法治督察与纪检监察协作,向区委巡察办移交问题线索34条。区政府推进。",
     ["榆阳区人民政府"]),
    ("榆阳区2023年度法治政府建设工作总结\n区司法局向区纪委监委移送问题线索5条。", ["榆阳区司法局"]),
    ("榆阳区2023年度法治政府建设工作总结\n区司法局移交问题线索5条,区政府推进。", ["榆阳区司法局", "榆阳区人民政府"]),
    # ... and right after 移交/移送, closing its clause (将问题线索移交区纪委监委。), as after 提交; a body the verb
    # runs on past (移交区纪委监委处理) is read as before.
    ("榆阳区2023年度法治政府建设工作总结\n区司法局将督察发现的问题线索移交区纪委监委,区政府推进。",
     ["榆阳区司法局", "榆阳区人民政府"]),
    ("榆阳区2023年度法治政府建设工作总结\n区司法局将问题线索移交区纪委监委处理。", ["榆阳区司法局", "榆阳区纪委监委"]),
    # The bodies a letter or a court's advice is sent to after 向 (向败诉率较高的市自然资源局、市住建局发出提示函, 向…发送
    # 司法建议3份): its recipients, as the bodies a report is sent to are; one that replies still acts, and a body
    # that sends a letter itself too (round 243).
    ("芜湖市2024年度行政应诉工作情况报告\n市司法局向败诉率较高的市自然资源局、市住建局发出提示函。", ["芜湖市司法局"]),
    ("芜湖市2024年度行政应诉工作情况报告\n市司法局向市住建局发出《关于加强行政应诉工作的函》。", ["芜湖市司法局"]),
    ("芜湖市2024年度行政应诉工作情况报告\n市中院向市自然资源局发送司法建议3份,市自然资源局均已回复。",
     ["芜湖市中院", "芜湖市自然资源局"]),
    ("芜湖市2024年度行政应诉工作情况报告\n市司法局向社会发出倡议,市住建局发出提示函。", ["芜湖市司法局", "芜湖市住建局"]),
])
def test_recipients_and_joined_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two levels' governments at once (州县两级人民政府) name none of them.
    ("伊犁州2023年法治政府建设情况报告\n作为州县两级人民政府理论学习中心组学习的重要内容,州政府推进。",
     ["伊犁州人民政府"]),
    # The centre's directive followed, its list running on to a committee, is no act of theirs.
    ("山西省2024年法治政府建设情况报告\n认真落实党中央、国务院重大决策部署,省政府推进。", ["山西省人民政府"]),
    ("新疆维吾尔自治区2023年法治政府建设情况报告\n落实党中央、国务院和中央全面依法治国委员会决策部署,自治区人民政府推进。",
     ["新疆维吾尔自治区人民政府"]),
    # The body a story is credited to ((某市司法局供稿), or on a line of its own): the page's source, no body acting.
    ("山西省2021年法治政府建设情况报告\n省政府推进工作。\n(太原市司法局供稿)", ["山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n省政府推进工作。\n太原市司法局 供稿\n", ["山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n省政府推进工作,太原市司法局提供稿件。", ["山西省人民政府", "太原市司法局"]),
    # ... or credited after a 供稿 label ((供稿:某县司法局办公室)): the same (round 244).
    ("山西省2021年法治政府建设情况报告\n省政府推进工作。\n(供稿:太原市司法局办公室)", ["山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n省政府推进工作。\n供稿单位:太原市司法局", ["山西省人民政府"]),
    # The ministry's 部署要求 on a matter written after 对 (司法部和省司法厅对…的部署要求) is followed, as after 关于: no
    # act of the ministry; the province's bureau still leads (round 256).
    ("济宁市行政执法监督平台建设实施方案\n根据司法部和省司法厅对行政执法和执法监督信息化建设的部署要求,济宁市司法局制定本方案。",
     ["山东省司法厅", "济宁市司法局"]),
    # One bureau named with its government and without (建始县人民政府行政执法监督局 once, 建始县行政执法监督局 once):
    # one body, by the shorter form on a tie (round 256).
    ("建始县人民政府行政执法监督局聘请22人为社会监督员。建始县行政执法监督局相关负责人表示。", ["建始县行政执法监督局"]),
    # The centre's 部署 written bare after it, a noun carried out here (国务院部署在本省落地), is no act of it; 部署 as
    # its verb (国务院部署开展…) still is.
    ("山西省2021年法治政府建设情况报告\n推动党中央决策和国务院部署在本省落地见效,省政府推进。", ["山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n国务院部署开展专项行动,省政府推进。", ["国务院", "山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n国务院部署在全国开展专项行动,省政府推进。", ["国务院", "山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n国务院部署落实减税降费政策,省政府推进。", ["国务院", "山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n确保党中央决策和国务院部署落实到位,省政府推进。", ["山西省人民政府"]),
    # The centre's 决策 written bare and paired with the province's 部署 (党中央、国务院决策和省委、省政府部署): the
    # centre's directive followed, no act of it; the province's committee and government lead. 国务院决策 as a verb's
    # object elsewhere (国务院决策实施…) still reads the body.
    ("秦皇岛市2021年法治政府建设情况报告\n按照党中央、国务院决策和省委、省政府部署,市政府推进。",
     ["河北省委", "河北省人民政府", "秦皇岛市人民政府"]),
    ("秦皇岛市2021年法治政府建设情况报告\n落实国务院决策及省政府部署,市政府推进。", ["河北省人民政府", "秦皇岛市人民政府"]),
    ("秦皇岛市2021年法治政府建设情况报告\n国务院决策实施专项行动,市政府推进。", ["国务院", "秦皇岛市人民政府"]),
    # The centre's 部署 written bare and closing its clause (根据…部署,), a noun followed: no act of it.
    ("山西省2021年法治政府建设情况报告\n根据中央依法治国办部署,省政府开展专项督察。", ["山西省人民政府"]),
    ("山西省2021年法治政府建设情况报告\n按照国务院统一部署,省政府开展大督查。", ["山西省人民政府"]),
    # A ministry named first of the bodies whose 推进…的总体要求 is followed: the ministry's requirement followed, no
    # act of it; the province's department and the city's committee and government still act.
    ("绵竹市司法局2023年工作计划\n按照司法部、省司法厅、德阳市委市政府推进司法行政高质量发展的总体要求,市司法局谋划工作。",
     ["绵竹市司法局", "四川省司法厅", "德阳市委", "德阳市人民政府"]),
    ("绵竹市司法局2023年工作计划\n按照司法部关于律师工作的总体部署,市司法局谋划工作。", ["绵竹市司法局"]),
    # A government's standing meeting written bare in a list 各级 opens (各级党委理论学习中心组学习、政府常务会议学法):
    # every level's governments, not the document's own; written alone it is still the document's own.
    ("绵竹市2024年普法工作要点\n把宪法作为各级党委(党组)理论学习中心组学习、政府常务会议集中学法的重要内容。",
     []),
    ("绵竹市2024年普法工作要点\n召开政府常务会议集中学法4次。", ["绵竹市人民政府"]),
    # A document number's issuer code names no body acting.
    ("保定市2016年度法治政府建设情况的报告\n制定了《领导干部学法制度》(〔2014〕保市府办172号),市政府推进。",
     ["保定市人民政府"]),
    # (its year in the small-form brackets some pages use, the code a 专函: 某市卫办专函﹝2021﹞8号)
    ("保定市卫生健康局2021年法治政府建设年度报告\n印发《关于调整领导小组的通知》(保市卫办专函﹝2021﹞8号),市卫生健康局推进。",
     ["保定市卫生健康局"]),
    ("保定市卫生健康局2021年法治政府建设年度报告\n印发《工作要点》(保市卫办专函〔2021〕8号),市卫生健康局推进。",
     ["保定市卫生健康局"]),
])
def test_levels_directives_and_document_numbers(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An autonomous prefecture written by one character and 州 (巴州) is the prefecture; its
    # bodies are one body however written, named as the document names its prefecture.
    ("巴州2023年法治政府建设工作报告\n巴州党委、政府高度重视,州党委常委会研究,主持召开依法治州委员会会议。",
     ["巴州党委", "巴州人民政府", "巴州委全面依法治州委员会"]),
    ("伊犁州2023年法治政府建设情况报告\n伊犁州党委高度重视,州党委听取汇报。", ["伊犁州党委"]),
])
def test_prefecture_written_by_its_short_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A group whose name holds its place's short name is written as it stands.
    ("应城市2015年度依法行政工作报告\n我市召开法治应城建设领导小组第一次全会,审议工作规则。", ["法治应城建设领导小组"]),
    # ... and one that does not takes its place's name.
    ("应城市2015年度依法行政工作报告\n我市调整了法治政府建设领导小组。", ["应城市法治政府建设领导小组"]),
    # A group whose field opens with 法治保障 (its task's words, not 提供…保障) is set up all the same.
    ("应城市2023年度法治政府建设工作报告\n我市成立法治保障科创走廊建设领导小组,统筹协调。",
     ["应城市法治保障科创走廊建设领导小组"]),
])
def test_a_group_named_after_its_place(text, expected):
    assert names(text) == expected


def test_group_a_township_sets_up():
    # 建立…领导小组 in a township's own report: the township's group, as 成立 is.
    text = "龙潭乡2024年法治政府建设工作报告\n建立法治政府建设工作领导小组,全面负责依法治乡工作。"
    assert names(text) == ["龙潭乡法治政府建设工作领导小组"]


def test_bare_prefix_glued_after_a_named_district():
    # In a zone's report, 区政府 glued after 滨海新区区委 is that district's, not the zone's.
    text = ("2022年苏州高新区法治政府建设情况报告\n按照市委市政府和滨海新区区委区政府的工作要求,"
            "区管委会推进工作。")
    assert names(text) == ["苏州市委", "苏州市人民政府", "滨海新区区委", "滨海新区人民政府", "苏州高新区管委会"]


def test_conjunction_before_a_bare_county_committee():
    # 和 between a provincial government and 县委 is a conjunction, not 安徽's 和县:
    # the township lies in the province its text names.
    text = ("石桥镇2020年度法治政府建设工作情况报告\n我镇按照四川省委、省人民政府和县委的工作部署,"
            "镇人民政府抓好落实。")
    assert names(text) == ["四川省委", "四川省人民政府", "石桥镇人民政府"]


def test_bodies_gone_to_to_report_do_not_act():
    # The bodies one goes to to report (赴…请示汇报) are its recipients; the bureau acts.
    text = "深圳市司法局2021年法治政府建设工作情况\n局长带队赴省人大、司法厅请示汇报立法事项,市司法局牵头推进。"
    assert names(text) == ["深圳市司法局"]


def test_autonomous_region_committee_in_a_zone_report():
    # 自治区党委 in a zone's report is the region's committee, not the zone's 区党委.
    text = "广西-东盟经济技术开发区2024年度法治政府建设情况报告\n经开区按照自治区党委、政府的工作部署推进法治建设。"
    assert names(text) == ["广西壮族自治区党委", "广西壮族自治区人民政府"]


@pytest.mark.parametrize(("text", "expected"), [
    # Committees listed before 会议精神 share it: their meetings' words are studied, no body acts.
    (ZHONGZHAN + "认真学习贯彻中央全面依法治国委员会、省委全面依法治省委员会、市委全面依法治市委员会会议精神,"
     "区司法局组织实施。", ["中站区司法局"]),
    (ZHONGZHAN + "传达区委全面依法治区委员会会议精神。区委全面依法治区委员会召开会议部署工作。",
     ["中站区委全面依法治区委员会"]),
    # The same for the committees' documents' spirit conveyed (传达市委、区委法治工作文件精神): their words.
    (ZHONGZHAN + "传达市委、区委法治工作文件精神,区司法局组织学习。", ["中站区司法局"]),
    (ZHONGZHAN + "认真贯彻省委文件精神,区政府推进落实。", ["中站区人民政府"]),
    # A plenum listed first of meetings and texts whose spirit is followed (…全会以及…精神), and a government's
    # work report's spirit: the words followed, no body acting.
    (ZHONGZHAN + "结合区委五届三次全会以及区政府工作报告精神,区司法局谋划工作。", ["中站区司法局"]),
    (ZHONGZHAN + "结合区委五届三次全会、全区政法工作会议精神,区司法局谋划工作。", ["中站区司法局"]),
    # ... but a plenum's 部署 in the list still makes its committee the leadership.
    (ZHONGZHAN + "落实市委五届三次全会、区委二届四次全会决策部署以及全区政法工作会议精神,区司法局推进。",
     ["焦作市委", "中站区委", "中站区司法局"]),
    # A government's work report followed without its spirit is still read as before.
    (ZHONGZHAN + "区政府工作报告提出目标,区政府推进落实。", ["中站区人民政府"]),
    # A committee acting on a document is still acting.
    (ZHONGZHAN + "区委印发文件,明确法治建设任务。", ["中站区委"]),
    # A committee's own spirit, and those listed before it, are words followed: no body acts.
    ("应城市2015年度依法行政工作报告\n将思想和行动统一到中央和省委、孝感市委精神上来,市政府推进工作。",
     ["应城市人民政府"]),
    # ... but a committee that leads still does.
    ("应城市2015年度依法行政工作报告\n在孝感市委市政府的正确领导下,贯彻省委精神,市政府推进工作。",
     ["孝感市委", "孝感市人民政府", "应城市人民政府"]),
    # A term's plenums listed before the spirit written once (县委十五届三次、四次全会精神): the plenums' words.
    (DONGLIAO + "学习贯彻县委十五届三次、四次全会精神。", ["东辽县人民政府"]),
    (DONGLIAO + "学习贯彻县委十五届三次和四次全会精神,落实县委十五届五次全会部署。", ["东辽县人民政府", "东辽县委"]),
])
def test_committees_whose_meetings_are_studied(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # With neither 安徽 nor 马鞍山 named, 和县 after a word is a conjunction and 县: no body of 和县.
    ("石桥乡2023年度法治政府建设情况报告\n石桥乡在县委、县政府正确领导和县依法治县委员会支持下,乡党委推进工作。",
     ["石桥乡党委"]),
    ("石桥乡2023年度法治政府建设情况报告\n在县政府领导和县委支持下,乡党委推进工作。", ["石桥乡党委"]),
    # … after a closing mark too: a title listed, then 和 and the county's bodies.
    ("石桥乡2023年度法治政府建设情况报告\n乡党委学习了《某某报告》和县人大常委会的审议意见。", ["石桥乡党委"]),
    ("石桥乡2023年度法治政府建设情况报告\n乡党委组织“法律进村”和县司法局的培训。", ["石桥乡党委"]),
    # 和县 itself, its province named, is the county.
    ("安徽省和县2023年法治政府建设情况报告\n2023年,和县司法局推进工作。", ["和县司法局"]),
])
def test_conjunction_before_a_county_word_without_the_province(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A congress's committee by its long and short names (人大法制委员会, 人大法制委) is one body, named as the text
    # names it most; its standing committee's working committee written bare after it (和常委会法制工委) is the
    # congress's.
    ("辽源市人大法制委员会对某报告的审查意见\n市人大法制委和常委会法制工委进行了跟踪督促。市人大法制委认为,整改到位。",
     ["辽源市人大法制委", "辽源市人大常委会法制工委"]),
    ("辽源市人大常委会会议\n市人大财政经济委员会审查预算。市人大财经委提出意见,市人大财经委、常委会预算工委跟踪。",
     ["辽源市人大常委会", "辽源市人大财经委", "辽源市人大常委会预算工委"]),
    # ... and after the committee's full name too (市人大法制委员会、常委会法工委: the congress's 常委会法工委).
    ("揭阳市2025年立法工作计划\n具体工作由市人大法制委员会、常委会法工委负责。",
     ["揭阳市人大法制委员会", "揭阳市人大常委会法工委"]),
    ("揭阳市2025年立法工作计划\n具体工作由市人大法制委员会和常委会法工委负责。",
     ["揭阳市人大法制委员会", "揭阳市人大常委会法工委"]),
    # A congress's decision in a lawmaking plan's list, named by its issuer's formal name without marks (湖北省人民代表
    # 大会常务委员会关于…的决定), is no naming of the body: the text's own form is counted.
    ("湖北省人大常委会2024年度立法工作计划\n(2024年1月18日湖北省第十四届人民代表大会常务委员会第二十三次主任会议原则通过)\n"
     "为安排省人大常委会2024年度立法工作。\n1.湖北省人民代表大会常务委员会关于流域综合治理有关事项的决定(5月审议)\n"
     "2.湖北省人民代表大会常务委员会关于加强湿地保护的决定(9月审议)", ["湖北省人大常委会"]),
    ("湖北省人民代表大会常务委员会关于加强湿地保护的决定\n湖北省人民代表大会常务委员会决定如下。",
     ["湖北省人民代表大会常务委员会"]),
    # (a standing committee written bare on its own stays the congress's standing committee)
    ("辽源市人大常委会会议\n市人大常委会听取报告,常委会组成人员审议。", ["辽源市人大常委会"]),
])
def test_a_congress_committee_by_its_two_names_and_its_standing_committees_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's own government named after its county is the township's.
    ("城口县石桥乡人民政府2025年法治政府建设情况报告\n2025年,石桥乡在县委领导下推进工作。乡党委负责。",
     ["石桥乡人民政府", "城口县委", "石桥乡党委"]),
    # A document number opening with its issuer's code (石桥委文〔2026〕3号) names no body.
    ("石桥乡2025年法治政府建设情况报告\n发文字号 石桥委文〔2026〕3号\n2025年,乡党委推进工作。", ["石桥乡党委"]),
    # 中共中央国务院《纲要》 written glued: both stand as the title's issuers.
    (ZHONGZHAN + "认真落实中共中央国务院《法治政府建设实施纲要(2015—2020年)》,区司法局组织实施。", ["中站区司法局"]),
    # 党中央、国务院 is the set phrase of the centre, whatever it is said to do ...
    (ZHONGZHAN + "与党中央、国务院深入推进全面依法治国的新要求相比,区司法局还有差距。", ["中站区司法局"]),
    (ZHONGZHAN + "党中央、国务院高度重视法治政府建设,区司法局组织学习。", ["中站区司法局"]),
    # ... while 国务院 whose 要求 is followed on its own acts.
    (ZHONGZHAN + "按照国务院要求,区司法局清理文件。", ["国务院", "中站区司法局"]),
])
def test_township_bodies_numbers_and_the_centre(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 省厅 is "the provincial department", no body of its own name, as 县局 and 市局 are.
    ("宜春市公安局2023年法治政府建设情况报告\n落实省厅工作部署,市公安局开展清理。", ["宜春市公安局"]),
    # A service done online is no office (宜春—长沙市全程网办).
    ("宜春市公安局2023年法治政府建设情况报告\n针对宜春—长沙市全程网办确定事项8项,市公安局推进。", ["宜春市公安局"]),
])
def test_bare_department_word_and_services(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's named meeting or plenary session whose spirit is studied: no body acts.
    (ZHONGZHAN + "全面落实中央全面依法治国工作会议和省委全面依法治省工作会议精神,区司法局组织实施。", ["中站区司法局"]),
    (ZHONGZHAN + "全面贯彻落实省委、市委全会精神,区司法局组织实施。", ["中站区司法局"]),
    # A committee that acts, beside a meeting studied, still does.
    (ZHONGZHAN + "区委召开常委会会议,学习会议精神。", ["中站区委"]),
])
def test_named_meetings_studied(text, expected):
    assert names(text) == expected


def test_working_committee_commission_of_a_zone_written_after_its_kinds():
    # Written 党工委全面依法治区委员会 after the zone's bare kinds (经开区、示范区党工委…): the 党 is part of its name.
    text = ("盐城经济技术开发区2023年法治建设工作计划\n一是成立经开区、示范区党工委全面依法治区委员会及协调小组,"
            "明确机构、职责。")
    assert names(text) == ["盐城经济技术开发区党工委全面依法治区委员会"]


@pytest.mark.parametrize(("text", "expected"), [
    # A government's group named for the work it drives in full (全面推进依法行政工作领导小组), whose part it
    # plays, set up or meeting: the government's own, its 全面 a word of the name.
    ("东辽县2022年法治政府建设情况报告\n2022年,东辽县推进工作。充分发挥全面推进依法行政工作领导小组牵头抓总作用。",
     ["东辽县全面推进依法行政工作领导小组"]),
    ("东辽县2022年法治政府建设情况报告\n2022年,东辽县推进工作。召开全面推进依法行政工作领导小组会议。",
     ["东辽县全面推进依法行政工作领导小组"]),
    # (others' groups stay theirs; a plural's 全县各级…领导小组 stays out)
    ("东辽县2022年法治政府建设情况报告\n2022年,东辽县推进工作。指导各乡镇成立全面推进依法行政工作领导小组。", []),
    ("东辽县2022年法治政府建设情况报告\n2022年,东辽县推进工作。召开全县各级依法行政工作领导小组会议。", []),
])
def test_government_group_driving_its_work_in_full(text, expected):
    assert names(text) == expected


def test_group_of_a_page_speaking_below_its_province_is_not_the_provinces():
    # A county bureau's report cut from its header, naming only its province in a cited title and speaking as 县: a
    # group it sets up is its unnamed county's, left out, never the province's.
    text = ("2023年,我局在县委、县政府的正确领导下,全县推进工作,县委、县政府高度重视。学习《安徽省行政执法条例》。"
            "成立法治政府建设工作领导小组。全县各部门推进。县委部署。")
    assert not any(name.startswith("安徽省") for name in names(text))


def test_working_committee_commission_of_a_zone():
    # A zone's party working committee (工委) has the rule-of-law commission, not a bare 区委员会.
    text = ("盐城经济技术开发区2023年法治建设工作计划\n工委全面依法治区委员会办公室要履行职能。"
            "及时组织召开工委全面依法治区委员会会议,部署工作。")
    assert names(text) == ["盐城经济技术开发区工委全面依法治区委员会办公室", "盐城经济技术开发区工委全面依法治区委员会"]


@pytest.mark.parametrize(("text", "expected"), [
    # A body named in a case's name in quotes is a party to the case, not acting.
    ("巫山县司法局2024年法治政府建设情况报告\n“宋某不服县规划自然资源局违法占地回复案”被纳入典型案例;"
     "“某公司不服县人力社保局工伤认定行政复议调解案件”入选,县司法局办理。", ["巫山县司法局"]),
])
def test_bodies_in_case_names(text, expected):
    assert names(text) == expected


def test_issuers_listed_before_a_title_with_long_names():
    # 根据X、Y《…》: both offices stand as the title's issuers, however long the second's name.
    text = (ZHONGZHAN + "根据中共焦作市委办公室、焦作市人民政府办公室《关于落实普法责任制的实施意见》要求,"
            "区司法局制定清单。")
    assert names(text) == ["中站区司法局"]


@pytest.mark.parametrize(("text", "expected"), [
    # A township's party committee holding its meetings, written bare, is the township's.
    ("青枫街道2025年法治政府建设年度报告\n全年召开党工委专题会议4次,研究法治工作。", ["青枫街道党工委"]),
    ("石门镇2024年法治政府建设工作报告\n镇党委坚持依法行政,召开党委会议研究法治建设。", ["石门镇党委"]),
    # the spirit of a meeting studied is no body acting; a named committee stays as written
    ("石门镇2024年法治政府建设工作报告\n学习贯彻党委会议精神。", []),
])
def test_a_townships_committee_at_its_meeting(text, expected):
    assert sorted(set(names(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's county named in its title, though several counties bear that name: 区委 is that 区's.
    ("河东区某某街道2024年度法治政府建设情况报告\n2024年,某某街道在区委、区政府的坚强领导下推进工作。",
     ["河东区委", "河东区人民政府"]),
    # ... and named in its text only, the same.
    ("某某街街道办事处2024年度法治政府建设工作报告\n在区委、区政府的领导下,街道落实《城中区2024年法治政府建设工作要点》。",
     ["某某街街道办事处", "城中区委", "城中区人民政府"]),
    # The level written twice after the full name, and a city's party committee written 党委.
    ("某某街道2024年度法治政府建设工作报告\n城中区区委依法治区办督促街道落实要点。",
     ["城中区委依法治区办"]),
    ("周口市2021年度法治政府建设情况报告\n周口市党委、政府主要负责人积极履职。", ["周口市委"]),
    # A new district's committee bears its name so.
    ("滨海新区2022年法治政府建设情况报告\n滨海新区区委、区政府高度重视。", ["滨海新区区委", "滨海新区人民政府"]),
])
def test_county_by_its_name_and_bodies_written_twice(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The authors of the plan a page forwards, named in its title only: they made it.
    ("中共河北省委、河北省人民政府转发《省委宣传部、省司法厅关于开展法治宣传教育的第七个五年规划(2016—2020年)》\n"
     "近日,省委、省政府转发了规划。",
     ["中共河北省委", "河北省人民政府", "河北省委宣传部", "河北省司法厅", "河北省委"]),
    # A title cited in the text is no page's own: its authors are not read.
    ("东辽县2022年法治政府建设情况报告\n2022年,县政府落实《省委宣传部、省司法厅关于开展法治宣传教育的第八个五年规划》。",
     ["东辽县人民政府"]),
])
def test_authors_of_the_plan_a_page_carries(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A congress and its standing committee written as one: the committee, of the document's own province.
    ("河北省人民政府关于2020年度法治政府建设情况的报告\n2020年,在省人大及其常委会的监督指导下,省政府推进工作。",
     ["河北省人民政府", "河北省人大常委会"]),
    # A congress of no level named (十五届人大及其常委会) is no body of the document's.
    ("河北省人民政府关于2020年度法治政府建设情况的报告\n被十五届人大及其常委会评为先进单位。", ["河北省人民政府"]),
    # A congress written bare in the supervision a report works under: its standing committee (政协 is no body).
    (DONGLIAO + "2019年,县交通运输局在县人大、县政协的监督支持下推进依法行政。",
     ["东辽县人民政府", "东辽县交通运输局", "东辽县人大常委会"]),
    (ZHONGZHAN + "区统计局在区委的领导和区人大的依法监督下开展工作。", ["中站区统计局", "中站区委", "中站区人大常委会"]),
    # A congress a text is filed with or reported to, no supervision, stays a recipient.
    (ZHONGZHAN + "区统计局向区人大报备规范性文件,接受监督。", ["中站区统计局"]),
    # A banner's congress the same, 旗 being the county's word (在旗人大及其常委会的监督下, 在旗人大、旗政协…).
    ("乌审旗2023年法治政府建设情况报告\n在旗委的领导下,在旗人大及其常委会的监督支持下,旗司法局推进工作。",
     ["乌审旗委", "乌审旗人大常委会", "乌审旗司法局"]),
    ("乌审旗2023年法治政府建设情况报告\n旗司法局在旗委的领导和旗人大、旗政协的监督支持下推进工作。",
     ["乌审旗司法局", "乌审旗委", "乌审旗人大常委会"]),
    ("乌审旗2023年法治政府建设情况报告\n旗司法局参加了旗人大组织的执法检查。", ["乌审旗司法局", "乌审旗人大常委会"]),
    # An autonomous county the page writes short (张家川县 in its own plan's title): its bare congress supervising is
    # named so, as its bare 县委 is; a township's county written short in the publisher line, the same; with no short
    # name written, the official one.
    ("2024年,我县在市委、市政府和县委的坚强领导下,在县人大的监督支持下,全面落实《张家川县法治政府建设实施方案"
     "(2021-2025年)》。", ["天水市委", "天水市人民政府", "张家川县委", "张家川县人大常委会"]),
    ("-\n发布机构长阳县龙舟坪镇人民政府\n-\n发布日期2025-01-27\n-\n龙舟坪镇2024年法治政府建设工作情况报告\n"
     "2024年,龙舟坪镇在县委、县政府的坚强领导下,在县人大的监督支持下,推进法治政府建设。",
     ["长阳县委", "长阳县人民政府", "长阳县人大常委会"]),
    ("龙舟坪镇2024年法治政府建设工作情况报告\n2024年,龙舟坪镇在县委、县政府的坚强领导下,在县人大的监督支持下,推进"
     "法治政府建设。", ["长阳土家族自治县委", "长阳土家族自治县人民政府", "长阳土家族自治县人大常委会"]),
    # (a league has no congress of its own: a bare 盟人大 is left as it was)
    ("乌审旗2023年法治政府建设情况报告\n旗司法局在盟人大、盟政协的监督支持下推进工作。", ["乌审旗司法局"]),
])
def test_congress_and_its_committee_written_as_one(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A government's “互联网+” platform is its thing, as its website is: the government does not act there.
    (ZHONGZHAN + "区统计局将执法信息在区政府“互联网+监管”平台公示。", ["中站区统计局"]),
    (ZHONGZHAN + "区统计局将执法信息在区政府“互", ["中站区统计局"]),
    (ZHONGZHAN + "区政府“放管服”改革领导小组推进工作。", ["中站区人民政府"]),
    # A government's seat (镇政府驻地距…, 乡政府驻地在…) is where it sits, a place: the government does not act there;
    # the same government doing something still does.
    ("西仓镇2025年法治政府建设工作报告\n全镇辖8个村,镇政府驻地距县城30公里。", []),
    ("西仓镇2025年法治政府建设工作报告\n全镇辖8个村,镇政府驻地距县城30公里。镇政府组织开展普法活动。", ["西仓镇人民政府"]),
    (DONGLIAO + "县人民政府驻地位于白泉镇,县司法局负责普法。", ["东辽县人民政府", "东辽县司法局"]),
    # (a street office's seat the same; the office acting elsewhere still does)
    ("青枫街道2024年法治政府建设工作报告\n辖12个社区,街道办事处驻地位于中山路。", []),
    ("青枫街道2024年法治政府建设工作报告\n街道办事处驻地位于中山路。街道办事处组织普法活动。", ["青枫街道办事处"]),
])
def test_a_governments_platform_is_no_body_acting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The two general offices written as one (省委省政府两办) name no one body.
    ("河北省统计局2020年度法治政府建设情况报告\n2020年,省统计局提请省委省政府两办印发通知。", ["河北省统计局"]),
    # A report to a committee is no body (向市委汇报政府立法).
    ("长春市人民政府关于2023年度法治政府建设情况的报告\n市政府向市委汇报政府立法等重大事项。", ["长春市人民政府"]),
])
def test_two_offices_and_a_report_are_no_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's plan names who leads each task by its offices, written bare: the township's own.
    ("人和镇2022年法治建设工作要点\n(一)坚持党的领导。(牵头部门:党政综合办)\n"
     "(二)深入学习。(牵头单位:党政综合办、党建工作办、综治办、人和司法所)",
     ["人和镇党政综合办", "人和镇党建工作办", "人和镇综治办", "人和司法所"]),
    # Outside such a list a bare office is left alone.
    ("人和镇2022年法治建设工作要点\n(一)坚持党的领导。综治办要加强协调。", []),
])
def test_township_offices_leading_tasks(text, expected):
    assert sorted(set(names(text))) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau a place is told to set up is no body acting, nor is 组建 part of its name.
    (ZHONGZHAN + "指导某某市组建行政审批局,区司法局牵头。", ["中站区司法局"]),
    (ZHONGZHAN + "区里组建区行政审批局,统一办理审批。", ["中站区行政审批局"]),
])
def test_a_bureau_being_set_up(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 自治区党委 in a city's report (a city has no 区 of its own): the region's committee and government.
    ("柳州市2017年度法治政府建设情况报告\n在自治区党委、自治区人民政府的正确领导下,市政府推进法治建设。",
     ["广西壮族自治区党委", "广西壮族自治区人民政府", "柳州市人民政府"]),
    # Departments listed after one with its prefix are its city's; a second prefix, a party
    # committee's 委 and a plural stop the list, and a verb is no body (我市推行政府权责清单).
    ("柳州市2017年度法治政府建设情况报告\n市发展改革委、自然资源局、住建委推行并联审批,我市推行政府权责清单制度。",
     ["柳州市发展改革委", "柳州市自然资源局", "柳州市住建委"]),
    ("柳州市2017年度法治政府建设情况报告\n市司法局、区司法局、各县区参加,市委、政法委听取汇报。",
     ["柳州市司法局", "柳州市委"]),
    # A county named by one character keeps its level before 委 (郏县县委; 郏县委 is no name),
    # written so or bare; a county of a longer name does not (长沙县委).
    ("郏县2023年法治政府建设情况报告\n郏县县委、县政府高度重视,县委全面依法治县委员会召开会议。",
     ["郏县县委", "郏县人民政府", "郏县县委全面依法治县委员会"]),
    ("长沙县2023年法治政府建设情况报告\n县委、县政府高度重视,县委全面依法治县委员会召开会议。",
     ["长沙县委", "长沙县人民政府", "长沙县委全面依法治县委员会"]),
])
def test_region_committee_in_a_city_listed_departments_and_one_character_counties(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee meeting as its standing committee acts; a member's post (市委常委) names no body.
    (ZHONGZHAN + "区委常委会专题研究法治建设工作。", ["中站区委"]),
    (ZHONGZHAN + "将其列入区委常委会会议学习内容。", ["中站区委"]),
    (ZHONGZHAN + "区委常委、副区长出席会议。", []),
    (ZHONGZHAN + "区人大常委会开展执法检查。", ["中站区人大常委会"]),
])
def test_a_committee_meeting_as_its_standing_committee(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A page's publisher line, like its source line, names who posted the page, not a body acting.
    (ZHONGZHAN + "发布者:中站区人民政府办公室\n区司法局组织实施。", ["中站区司法局"]),
    (ZHONGZHAN + "来源:中站区人民政府办公室\n区司法局组织实施。", ["中站区司法局"]),
    # A page flattened to one line: the label's value ends where its word does, not with the page.
    ("中站区2019年法治政府建设工作报告 发布日期:2020-03-01 来源:中站区人民政府办公室 2019年,区司法局在区委领导下组织实施。",
     ["中站区司法局", "中站区委"]),
    # ... and a list after a label goes on over the spaces after its marks: recipients, not bodies acting.
    (ZHONGZHAN + "区司法局组织实施。\n抄送: 市委办公室, 市人大常委会办公室, 市政协办公室。", ["中站区司法局"]),
    # ... and over the lines after it, each a list of bodies and its full stop, blank lines between (抄送:市某局。 /
    # 县委办、县政府办,县某领导小组办公室。 / 各镇人民政府。): recipients all (round 262). A line that says something
    # ends the list.
    ("宁陕县交通运输局关于印发制度的通知\n各股室:\n现将制度印发给你们。\n宁陕县交通运输局\n2021年3月2日\n"
     "抄送:市交通运输局。\n\n县委办、县政府办,县依法行政工作领导小组办公室。\n\n各镇人民政府。", ["宁陕县交通运输局"]),
    ("宁陕县交通运输局关于印发制度的通知\n各股室:\n现将制度印发给你们。\n宁陕县交通运输局\n2021年3月2日\n"
     "抄送:市交通运输局。\n县政府办。\n县司法局负责解释。", ["宁陕县交通运输局", "宁陕县司法局"]),
    (ZHONGZHAN + "区人民政府办公室印发通知,区司法局组织实施。", ["中站区人民政府办公室", "中站区司法局"]),
    # A label left empty, a blank line after it: the body on its own line below is the report's signature,
    # its author acting, not the label's value. (Without the blank line it is still the value.)
    ("关于2023年度某项工作的报告\n发布时间:2024-05-06 信息来源:市人大 作者:\n\n焦作市自然资源和规划局\n\n2023年,全市推进依法行政。",
     ["焦作市自然资源和规划局"]),
    ("关于2023年度某项工作的报告\n作者:\n焦作市自然资源和规划局\n2023年,全市推进依法行政。", []),
    ("关于2023年度某项工作的报告\n来源: \n\n焦作市审计局\n\n2023年,全市推进依法行政。", ["焦作市审计局"]),
])
def test_a_page_publisher_line_names_no_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 该县 on a page about one county is that county: its bureau acts.
    ("2024年,长丰县推进依法行政。该县司法局办理行政复议案件63件。", ["长丰县司法局"]),
    # ... 该市 on a city's page, the same.
    ("2024年,合肥市推进依法行政。该市司法局办理行政复议案件63件。", ["合肥市司法局"]),
    # ... but 该县 on a city's page is some county named before, not read.
    ("2024年,合肥市推进依法行政。长丰县开展评查,该县司法局办理行政复议案件63件。", []),
    # One of a body's staff by name and rank (某某某科长) is a person; the body does not act.
    ("2024年,合肥市推进依法行政。邀请市市场监督管理局王某某科长授课。", []),
    ("2024年,合肥市推进依法行政。邀请市司法局李某副处长授课,市司法局组织学习。", ["合肥市司法局"]),
    # ... but a meeting of section heads is the body's.
    ("2024年,合肥市推进依法行政。市司法局召开科长会议。", ["合肥市司法局"]),
    # A body's head or member named by a run of posts, then his name (党组成员、副局长某某专题讲解): a person, as a
    # body before its head's post is (市司法局局长某某); the body does not act.
    ("2024年,合肥市推进依法行政。市政府常务会议邀请市司法局党组成员、副局长李某专题讲解新修订的行政复议法。",
     ["合肥市人民政府"]),
    ("2024年,合肥市推进依法行政。区政府常务会议邀请市司法局党组书记、局长王某某作专题讲座。", []),
    ("2024年,合肥市推进依法行政。邀请市司法局党委委员、副局长李某某授课。", []),
    # ... a civil servant's rank among the posts, or alone (市司法局党委委员、一级调研员某某出席会议并讲话, 市司法局
    # 一级调研员某某), the same; a body that organises researchers still acts (round 244).
    ("2024年,合肥市召开动员会。市司法局党委委员、一级调研员王某某出席会议并讲话。", []),
    ("2024年,合肥市召开动员会。市司法局二级巡视员王某出席会议。", []),
    ("2024年,合肥市推进依法行政。市司法局组织调研员开展调研。", ["合肥市司法局"]),
    # ... written in traditional script, and a photo's caption (the posts, a space, the name alone on its line).
    ("2024年,合肥市推進依法行政。邀請市司法局黨組成員、副局長莊某某專題講解。\n市司法局黨組成員、副局長 莊某某\n", []),
    # ... but the body acting elsewhere in the text still acts, and its 党组 meeting is the body's.
    ("2024年,合肥市推进依法行政。邀请市司法局党组成员、副局长李某授课,市司法局组织学习。", ["合肥市司法局"]),
    ("2024年,合肥市推进依法行政。市司法局党组书记、局长王某要求各部门落实。", ["合肥市司法局"]),
    # A body named as the owner of a mailbox (报送线索至区融媒体中心邮箱) is an address, no body acting.
    ("2024年,合肥市推进依法行政。请报送新闻线索至市融媒体中心邮箱,我们将择优刊登。", []),
    ("2024年,合肥市推进依法行政。意见请发送至市司法局电子邮箱。市融媒体中心开设普法专栏。", ["合肥市融媒体中心"]),
    # Units whose heads attend with others, then their count (市法制办、市监察局主要负责人和市政府办副主任、秘书人员30多人
    # 列席会议), do not act, as units whose heads alone attend.
    ("2024年,合肥市推进依法行政。市政府召开常务会议,市法制办、市监察局主要负责人和市政府办副主任、秘书人员30多人列席会议。",
     ["合肥市人民政府"]),
    ("2024年,合肥市推进依法行政。市司法局组织培训,市法制办主要负责人和工作人员参加。", ["合肥市司法局"]),
])
def test_the_county_just_named_and_a_bodys_staff(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The centre's 安排部署 followed is boilerplate, as its 决策部署 is; a local committee's is leadership.
    (ZHONGZHAN + "认真贯彻落实中央、国务院和省委、省政府的安排部署。", ["河南省委", "河南省人民政府"]),
    (ZHONGZHAN + "落实国务院安排部署,区司法局组织实施。", ["中站区司法局"]),
])
def test_the_centres_arrangements_followed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A party committee's formal name under its parent's (中共天津市和平区委员会) is the district's 区委.
    ("和平区实施方案\n中共天津市和平区委员会\n天津市和平区人民政府\n", ["和平区委", "和平区人民政府"]),
    ("和平区实施方案\n已经区委、区政府同意。\n中共天津市和平区委员会\n", ["和平区委", "和平区人民政府"]),
])
def test_a_party_committee_by_its_formal_name(text, expected):
    assert list(dict.fromkeys(names(text))) == expected
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies a text is filed with (报备) or a place is put forward to (推荐) do not act.
    (ZHONGZHAN + "区司法局审查规范性文件1件,并向市政府和区人大报备。", ["中站区司法局"]),
    (ZHONGZHAN + "被作为示范区候选地区之一向中央依法治国办守法普法协调小组、省法治政府建设领导小组办公室推荐。"
     "区司法局牵头创建。", ["中站区司法局"]),
    # ... nor the body a place applies to for a project or a title (向省司法厅申报…示范项目); the applicant acts.
    (ZHONGZHAN + "区司法局向省司法厅申报法治政府建设示范项目1个。", ["中站区司法局"]),
    # ... nor the body whose stage of review an application passes (申请通过省知识产权局初审); the body reviewing in
    # a clause of its own still acts.
    (ZHONGZHAN + "地理标志保护申请通过省知识产权局初审。", []),
    (ZHONGZHAN + "区司法局组织专家评审,项目通过省司法厅评审。", ["中站区司法局"]),
    (ZHONGZHAN + "省知识产权局对申请开展初审。", ["河南省知识产权局"]),
    (ZHONGZHAN + "成功向市依法治市办申报示范单位,区司法局牵头创建。", ["中站区司法局"]),
])
def test_bodies_filed_with_or_put_forward_to_do_not_act(text, expected):
    assert names(text) == expected


def test_a_body_listed_after_cities_is_no_level_list():
    # 宝鸡市、省文化和旅游厅: a city named in full, then the province's department; not 省、市 at once.
    # (the department acting; its head giving a 述法 report would be a person speaking, round 128)
    text = "陕西省人民政府关于2025年法治政府建设情况的报告\n延安市、宝鸡市、省文化和旅游厅牵头开展试点。"
    assert names(text) == ["陕西省人民政府", "陕西省文化和旅游厅"]


@pytest.mark.parametrize(("text", "expected"), [
    # An opening sentence ending 如下: is the report speaking, not the bodies it is sent to: the
    # committees whose numbered programmes it follows lead it.
    ("广州市天河区人民政府沙河街道办事处关于2024年度法治政府建设情况的报告\n"
     "2024年沙河街道围绕省委“1310”具体部署和市委“1312”思路举措开展工作,现将有关情况报告如下:\n"
     "街道召开党工委会议研究法治工作。",
     ["沙河街道办事处", "广东省委", "广州市委", "沙河街道党工委"]),
    # A street office's formal name under its county's government: the county government is only its parent.
    ("广州市天河区人民政府沙河街道办事处2024年工作报告\n沙河街道办事处组织学法。", ["沙河街道办事处"]),
    ("天河区2024年法治政府建设报告\n区人民政府和街道办事处共同推进。", ["天河区人民政府"]),
])
def test_report_openings_and_street_offices_under_their_county(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A province's notice forwarding its own group's plan: the group made the plan.
    ("转发《河北省法治宣传教育领导小组关于在全省开展法治宣传教育的第八个五年规划(2021—2025年)》的通知\n"
     "现将规划转发给你们,请认真组织实施。\n中共河北省委\n河北省人民政府\n2021年7月24日\n",
     ["河北省法治宣传教育领导小组", "中共河北省委", "河北省人民政府"]),
    # A city's notice forwarding a province's opinion leaves the province's body out.
    ("焦作市人民政府办公室关于转发《河南省人民政府关于优化营商环境的实施意见》的通知\n现将意见转发给你们。\n",
     ["焦作市人民政府办公室"]),
])
def test_a_notice_forwarding_its_own_bodys_plan(text, expected):
    assert list(dict.fromkeys(names(text))) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A town's committee by its formal name joined to its government: two bodies, the town's 党委.
    ("中共黄湾镇委员会黄湾镇人民政府关于报送2024年度法治政府建设的报告\n镇村两级法律服务体系不断巩固。",
     ["黄湾镇党委", "黄湾镇人民政府"]),
    # The same set apart by a space, or on lines of their own above 关于: the town's 党委 (a street's 党工委), and the
    # county's formal committee on its own line is read as written, as in one line; standing as a signature above its
    # government's line, the formal name stays as written; in a sentence, too.
    ("中共黄湾镇委员会 黄湾镇人民政府关于报送2024年度法治政府建设的报告\n镇村两级法律服务体系不断巩固。",
     ["黄湾镇党委", "黄湾镇人民政府"]),
    ("中共黄湾镇委员会\n黄湾镇人民政府\n关于2024年度法治政府建设情况的报告\n镇村两级法律服务体系不断巩固。",
     ["黄湾镇党委", "黄湾镇人民政府"]),
    ("中共渠南街道工作委员会\n渠南街道办事处\n关于2024年度法治政府建设情况的报告\n街道推进法治政府建设。",
     ["渠南街道党工委", "渠南街道办事处"]),
    ("中共华容县委员会\n华容县人民政府\n关于2023年度法治政府建设工作的报告\n2023年,我县推进法治政府建设。",
     ["中共华容县委员会", "华容县人民政府"]),
    ("黄湾镇2024年法治政府建设情况报告\n我镇推进法治政府建设。\n中共黄湾镇委员会\n黄湾镇人民政府\n2025年1月5日",
     ["中共黄湾镇委员会", "黄湾镇人民政府"]),
])
def test_a_committee_by_its_formal_name_joined_to_its_government(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's party committee by its formal name under its county's (中共某县某镇委员会) is its 党委.
    ("中共渠县三汇镇委员会 渠县三汇镇人民政府关于2024年度法治政府建设情况的报告\n三汇镇组织学法。",
     ["三汇镇党委", "三汇镇人民政府"]),
    # The discipline commission and the supervisory commission, one office, written twice.
    ("黔南州人民政府2021年法治政府建设情况报告\n州纪委州监委通报典型案例。",
     ["黔南州人民政府", "黔南州纪委监委"]),
    # 省域, 市域 name an extent, not a province's or a city's body.
    ("绵阳市司法局2025年工作要点\n市司法局服务建成省域经济副中心,推进市域社会治理中心建设。", ["绵阳市司法局"]),
    # A leading group holding its meeting, listed after another body's meeting, is the district's own.
    ("乌尔禾区2022年法治政府建设报告\n召开区委全面依法治区委员会会议、法治政府建设领导小组会议。",
     ["乌尔禾区委全面依法治区委员会", "乌尔禾区法治政府建设领导小组"]),
])
def test_township_committees_joint_commissions_extents_and_meeting_groups(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The office of its leading group a township sets up is the township's, as the group is.
    ("六合镇2024年法治政府建设年度报告\n成立法治政府建设工作领导小组。成立法治政府建设领导小组办公室,由副书记负责。",
     ["六合镇法治政府建设工作领导小组", "六合镇法治政府建设领导小组办公室"]),
    # An office named after a group the sentence does not set up is left as it was.
    ("六合镇2024年法治政府建设年度报告\n向领导小组办公室报告。", []),
])
def test_the_office_of_a_leading_group_set_up(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's committee by its formal name under its district's (中共宣州区新田镇委员会) is its 党委.
    ("中共宣州区新田镇委员会 宣州区新田镇人民政府关于2021年度法治政府建设情况的报告\n新田镇组织学法。",
     ["新田镇党委", "新田镇人民政府"]),
    # A line of bodies alone, its colon lost, before the first paragraph: the report's recipients.
    ("中共宣州区新田镇委员会 宣州区新田镇人民政府关于2021年度法治政府建设情况的报告\n宣州区委、区政府\n"
     "2021年,新田镇党委、政府坚持以习近平新时代中国特色社会主义思想为指导,认真贯彻落实上级部署,"
     "牢牢把握法治政府建设主题,深入推进依法行政,较好地完成了年度目标任务。",
     ["新田镇党委", "新田镇人民政府"]),
    # A body renamed is no body acting, under its old name or its new one.
    ("山东省2016年法治政府建设情况报告\n改革旅游管理体制,将省旅游局更名为省旅游发展委员会;省政府确定部门职责。",
     ["山东省人民政府"]),
    # 国家发改委 is the national commission by its short name.
    ("淄博市2017年法治政府建设情况报告\n国家发改委等六部委对淄博经验予以肯定。", ["国家发改委"]),
])
def test_formal_township_committees_recipient_lines_renamed_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's meetings listed before the spirit studied: the meetings', none of the committees acting.
    ("广东省司法厅2023年工作要点\n贯彻中央政法工作会议、省委十三届二次全会、省委经济工作会议、全省政法大会、"
     "省委政法工作会议精神,推进工作。", ["广东省司法厅"]),
    # A committee whose meeting's 部署 the document follows is still its leadership.
    ("广东省司法厅2023年工作要点\n按照省委全面依法治省工作会议部署,推进工作。", ["广东省司法厅", "广东省委"]),
    # The rule-of-law commission written without 全面 has its one name.
    ("武昌区2023年法治政府建设年度报告\n组织召开区委依法治区委员会、全区工作会。", ["武昌区委全面依法治区委员会"]),
    ("白河县2019年法治政府建设情况报告\n县委依法治县委员会召开会议。", ["白河县委全面依法治县委员会"]),
    # A government's standing meeting is its meeting, not a body running on to the next 政府.
    ("湖南省人民政府关于2024年度法治政府建设情况的报告\n省长16次主持省政府常务会议研究政府立法。", ["湖南省人民政府"]),
    # A township's zone, named bare, is its city's zone (高新区 of 大冶市), the committee and the 管委会 both.
    ("东风路街道2023年法治政府建设年度报告\n在市委、市政府及高新区党工委、管委会的坚强领导下,落实《大冶市法治政府建设实施方案》。",
     ["大冶市委", "大冶市人民政府", "大冶高新区党工委", "大冶高新区管委会"]),
    ("东风路街道2023年法治政府建设年度报告\n在高新区工委(管委会)的领导下,落实《大冶市法治政府建设实施方案》。",
     ["大冶高新区工委", "大冶高新区管委会"]),
    # A township's committee's study group at its study is the committee acting; its study rules are not.
    ("良垌镇2024年法治政府建设年度报告\n镇委党校开展学习2次,党委理论学习中心组开展学习1次。", ["良垌镇党委"]),
    ("良垌镇2024年法治政府建设年度报告\n积极落实党委理论学习中心组学法制度。", []),
    # ... with how often before its study (党委理论学习中心组多次深入学习): the committee acting still.
    ("石门镇2023年法治政府建设情况报告\n镇长带头,党委理论学习中心组多次深入学习宪法。", ["石门镇党委"]),
    ("石门镇2023年法治政府建设情况报告\n党委理论学习中心组定期集中学习有关法律。", ["石门镇党委"]),
    ("石门镇2023年法治政府建设情况报告\n党委理论学习中心组多次提到此事。", []),
    # A township's rule-of-law building committee written bare, adjusted or meeting: the township's.
    ("北湖街道2023年法治政府建设工作报告\n及时调整基层法治建设委员会成员。", ["北湖街道基层法治建设委员会"]),
    ("北湖街道2023年法治政府建设工作报告\n召开年度基层法治建设委员会会议。", ["北湖街道基层法治建设委员会"]),
    ("北湖街道2023年法治政府建设工作报告\n召开法治建设委员会办公室会议。", []),
    ("北湖街道2023年法治政府建设工作报告\n全区法治建设委员会召开会议。", []),
    # ... written on with its group's word (…为成员的法治建设委员会领导小组): the one body, named as written.
    ("北湖街道2023年法治政府建设工作报告\n落实以街道党工委书记为主任、各部门负责人为成员的法治建设委员会领导小组,履行职责。",
     ["北湖街道法治建设委员会领导小组"]),
    # A street named with 街 alone (万兴街, as 天津 and 广州 name theirs): its bare 党工委 is its own, as a 街道's is.
    ("2023年,万兴街在区委、区政府的正确领导下推进法治建设。将法治建设纳入党工委重要议事范围。",
     ["南开区委", "南开区人民政府", "万兴街党工委"]),
    ("2023年,鹤龙街坚持学法。由党工委统筹推进,党工委书记带头述法。", ["鹤龙街党工委"]),
    # The leadership a street holds to, its 党工委 written bare after 坚持 (坚持党工委的全面领导; round 215): its own, as
    # 坚持街道党工委的领导 was; a pattern of work's formula (坚持党工委领导、办事处主导) and its study group's system are not.
    ("梅溪湖街道2023年法治政府建设年度报告\n二是坚持党工委的全面领导。成立领导小组。", ["梅溪湖街道党工委"]),
    ("天水郡街道2023年法治政府建设情况报告\n一是坚持党工委全面领导,党政主要负责人履行职责。", ["天水郡街道党工委"]),
    ("新桥街道2023年法治政府建设情况报告\n构建坚持党工委领导、办事处主导的格局。坚持党工委理论学习中心组学习制度。", []),
    ("新桥街道2023年法治政府建设情况报告\n坚持党工委统一领导,办事处具体负责,各科室协同。", []),
    # Zones in general are none of them.
    ("东风路街道2023年法治政府建设年度报告\n各高新区管委会参加,落实《大冶市法治政府建设实施方案》。", []),
])
def test_meetings_listed_commission_names_standing_meetings_and_zones(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A street's party committee by its formal name (中共…街道工作委员会) is its 党工委, and the title is the street's.
    ("中共石门县新桥街道工作委员会 石门县人民政府新桥街道办事处关于2023年法治政府建设情况的报告\n"
     "新桥街道党工委统筹推进法治建设。",
     ["新桥街道党工委", "新桥街道办事处"]),
    # The same under a city with no county between (中共东莞市东城街道工作委员会; round 203): the street's 党工委, not a
    # body of its own.
    ("中共东莞市东城街道工作委员会 东莞市东城街道办事处关于2023年度法治政府建设情况的报告\n街道党工委部署工作。",
     ["东城街道党工委", "东城街道办事处"]),
    ("中共中山市东区街道工作委员会 中山市人民政府东区街道办事处关于2024年度法治政府建设情况的报告\n"
     "东区街道党工委统筹推进。",
     ["东区街道党工委", "东区街道办事处"]),
    # 街道党工委与办事处: both bodies, as with 、 and 和.
    ("新桥街道2023年法治政府建设情况报告\n街道党工委与办事处高度重视法治建设。", ["新桥街道党工委", "新桥街道办事处"]),
    # 街道工委 is the 党工委 written short: one body, named as the text names it most.
    ("新桥街道2023年法治政府建设情况报告\n新桥街道党工委统筹推进。街道党工委部署工作。街道工委研究制定方案。",
     ["新桥街道党工委"]),
    ("新桥街道2023年法治政府建设情况报告\n街道工委、办事处坚持党建引领。", ["新桥街道工委", "新桥街道办事处"]),
    # The page's street written by its short name 街 before its 工委 and office (新桥街工委、办事处; round 195): the
    # street's bodies, one name however written.
    ("新桥街道2024年度法治政府建设情况报告\n2024年,新桥街工委、办事处坚持党建引领。新桥街道工委组织学习。",
     ["新桥街道工委", "新桥街道办事处"]),
    ("新桥街道2024年度法治政府建设情况报告\n2024年,新桥街党工委、办事处坚持党建引领。",
     ["新桥街道党工委", "新桥街道办事处"]),
    # (a community named after the street keeps its own name: 新桥街社区居委会 is no body of the street office's)
    ("新桥街道2024年度法治政府建设情况报告\n2024年,新桥街工委推进工作。新桥街社区居委会开展普法。",
     ["新桥街道工委", "新桥街社区居委"]),
    # 街道办 is the street office, however it is written.
    ("新桥街道2023年法治政府建设情况报告\n街道办牵头开展普法。街道办事处组织学法。", ["新桥街道办事处"]),
    # A justice station written bare in a township's report is the township's; its head and many stations are not.
    ("新桥街道2023年法治政府建设情况报告\n司法所固定列席党政联席会议。", ["新桥街道司法所"]),
    ("新桥街道2023年法治政府建设情况报告\n司法所所长列席会议,各司法所参加培训。", []),
    ("新桥街道2023年法治政府建设情况报告\n邀请司法所对重大事项进行合法性审查。", ["新桥街道司法所"]),
    ("新桥街道2023年法治政府建设情况报告\n平安办、司法所等相关部门负责人为成员。", []),
    # Stations listed after the township's own written with its prefix are its own too (乡司法所、派出所).
    ("石门乡2024年法治政府建设情况报告\n明确各村、乡司法所、派出所的工作职责。", ["石门乡司法所", "石门乡派出所"]),
    ("石门乡2024年法治政府建设情况报告\n整合乡派出所、司法所、执法队等力量。", ["石门乡派出所", "石门乡司法所"]),
    ("石门乡2024年法治政府建设情况报告\n乡司法所、综治中心联合调解。", ["石门乡司法所"]),
    # A county named by one character: its committee's commission written without 全面 has its one name.
    ("滑县万古镇人民政府关于2025年法治政府建设情况的报告\n在县委依法治县委员会的指导下推进工作。",
     ["万古镇人民政府", "滑县县委全面依法治县委员会"]),
    # A clause's verb before 镇政府 makes no township (四是要求镇政府: no 要求镇).
    ("县2019年法治政府建设工作总结\n我县推进法治建设。我县落实《陇县2019年法治政府建设工作要点》。"
     "四是要求镇政府和各相关部门做好报告工作。", []),
])
def test_street_committees_stations_and_clause_townships(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A page's site line (the site's owner and its address) names who posted the page, as its 来源 line does.
    ("省委省政府转发《某规划》\n\n湖南省工业和信息化厅 gxt.hunan.gov.cn 时间:2021年11月18日\n省委、省政府转发了《某规划》。",
     ["湖南省委", "湖南省人民政府"]),
    ("湖南省工业和信息化厅2021年法治政府建设情况报告\n湖南省工业和信息化厅组织学法。", ["湖南省工业和信息化厅"]),
    # A page's byline (the body that posted it, then the date) names no body acting either.
    ("龙潭乡2025年度法治政府建设报告\n\n东辽县人民政府 发布时间: 2026-03-03 09:36\n\n2025年,乡党委召开会议研究法治建设。",
     ["龙潭乡党委"]),
    ("龙潭乡2025年度法治政府建设报告\n2025年,乡党委召开会议。东辽县人民政府 组织检查。", ["龙潭乡党委", "东辽县人民政府"]),
])
def test_a_page_site_line_names_no_body(text, expected):
    assert names(text) == expected


def test_provincial_offices_authoring_a_plan_are_the_named_province_s():
    # The title lists the offices bare; the text names its province: each office is that province's.
    text = ("省委依法治省办、省委宣传部、省司法厅 关于在公民中开展法治宣传教育的第八个五年规划(2021—2025年)\n"
            "在省委、省政府领导下,全省普法工作取得成效。为谱写青海发展新篇章,结合实际制定本规划。")
    assert names(text) == ["青海省委依法治省办", "青海省委宣传部", "青海省司法厅", "青海省委", "青海省人民政府"]


@pytest.mark.parametrize(("text", "expected"), [
    # A government's targets and performance management are things it has, not the government acting.
    (ZHONGZHAN + "将考评结果作为区政府年度目标绩效管理的重要内容。", []),
    (ZHONGZHAN + "纳入区政府绩效考核。区政府召开常务会议。", ["中站区人民政府"]),
])
def test_a_governments_targets_are_no_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The centre's 各项决策部署 followed is boilerplate however the local committees follow it in the list.
    ("徐汇区全面依法治区第十四个五年规划\n区里坚决执行党中央、国务院和市委、市政府各项决策部署。", ["上海市委", "上海市人民政府"]),
    ("徐汇区全面依法治区第十四个五年规划\n对照国务院一系列决策部署查找差距。", []),
    # A county named by one character keeps its level before its bare commission's 委.
    ("赵县人民政府2022年度法治政府建设情况报告\n年内两次召开全面依法治县委员会会议。", ["赵县人民政府", "赵县县委全面依法治县委员会"]),
    # A commission set up with its office: both bodies.
    ("徐汇区全面依法治区第十四个五年规划\n区里组建了区委全面依法治区委员会及其办公室。",
     ["徐汇区委全面依法治区委员会", "徐汇区委全面依法治区委员会办公室"]),
    # The commission's and its office's meetings, the office written with 及 alone: both bodies.
    ("云浮市司法局2021年法治政府建设年度报告\n市委全面依法治市委员会及办公室会议顺利召开。",
     ["云浮市司法局", "云浮市委全面依法治市委员会", "云浮市委全面依法治市委员会办公室"]),
    # A body built up (加强…建设) is the object of the work, not a body acting; one that acts elsewhere still does.
    ("巴楚县2022年度法治建设工作情况报告\n加强依法治县办建设,配备专兼职工作人员4名。", []),
    ("巴楚县2022年度法治建设工作情况报告\n加强县司法局建设。县司法局牵头开展执法检查。", ["巴楚县司法局"]),
    # Units whose staff are listed as a group's members (…平安办、…党政办、司法所等相关工作人员为成员) do not act;
    # the body that sets the group up with its head and members does.
    ("桑柘镇2021年度法治政府建设报告\n由镇长任组长,镇平安办、镇党政办、司法所等相关工作人员为成员。", []),
    ("高台县2021年法治政府建设情况报告\n县政府成立了以县长为组长、各部门负责人为成员的领导小组。", ["高台县人民政府"]),
    # The body a case is sent up to does not act; a committee's documents are no committee acting.
    ("青岛市农业农村局2025年法治政府建设情况报告\n局里配合清理市委规范性文件12件,有关经验上报国务院第三督查组。",
     ["青岛市农业农村局"]),
    ("青岛市农业农村局2025年法治政府建设情况报告\n市委出台了规范性文件管理办法。", ["青岛市农业农村局", "青岛市委"]),
])
def test_the_centres_many_directives_one_character_commissions_offices_and_cases_sent_up(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies a report is sent up to (向…呈报), however long the second one's name, do not act.
    ("桂林市司法局2024年法治政府建设年度报告\n局里向自治区党委依法治区办、市委全面依法治市委员会呈报请示报告。",
     ["桂林市司法局"]),
    # A committee's meeting where a speech was made: the speech's words, not the committee acting.
    ("宜昌市水利局2020年度法治政府建设工作报告\n局里学习在中央全面依法治国委员会第三次会议上重要讲话精神。",
     ["宜昌市水利局"]),
    # A person's office, name and 赴 before a bureau's name make no body.
    ("咸宁市水利局2020年度法治政府建设工作报告\n局里邀请市政府副市长李某某赴陆水枢纽管理局协调立法事宜。",
     ["咸宁市水利局", "咸宁市人民政府"]),
    # A county's level written twice before its bureau (元谋县县卫生健康局) is a page's slip.
    ("元谋县卫生健康局2022年法治政府建设工作情况报告\n2022年,元谋县县卫生健康局推进工作。", ["元谋县卫生健康局"]),
    ("元谋县2022年法治政府建设情况报告\n元谋县县级各部门推进工作。县政府常务会议审议。", ["元谋县人民政府"]),
])
def test_recipients_speeches_visits_and_a_county_written_twice(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A meeting's speech studied (在…委员会第一次会议上的重要讲话精神) is the meeting's words, no body acting.
    ("黑龙江省2018年度法治政府建设情况报告\n全省各级认真学习总书记在中央全面依法治国委员会第一次会议上的重要讲话精神。",
     []),
    ("石台县2020年法治政府建设情况报告\n县政府党组会议学习总书记在中央全面依法治国委员会第一次、第二次会议上的讲话精神。",
     ["石台县人民政府"]),
    ("黑龙江省2018年度法治政府建设情况报告\n省委全面依法治省委员会召开第一次会议。", ["黑龙江省委全面依法治省委员会"]),
    # A national body's meetings' 部署 followed (国务院和中央全面依法治国委员会第一次、第二次会议关于…的决策部署):
    # the centre's directive, no body acting, as without the meetings named.
    ("黑龙江省2018年度法治政府建设情况报告\n省政府认真落实党中央、国务院和中央全面依法治国委员会第三次、第四次会议关于"
     "法治建设的各项决策部署。", ["黑龙江省人民政府"]),
    ("黑龙江省2018年度法治政府建设情况报告\n全省贯彻中央全面依法治国委员会第二次会议决策部署,省司法厅推进工作。",
     ["黑龙江省司法厅"]),
    # A commission's or an office's rules named without marks are documents, not the body acting.
    ("山西省司法厅2024年法治政府建设情况报告\n年内修改了省委全面依法治省委员会工作规则、省委全面依法治省委员会办公室工作细则。",
     ["山西省司法厅"]),
    ("山西省司法厅2024年法治政府建设情况报告\n省委全面依法治省委员会审议通过工作要点。",
     ["山西省司法厅", "山西省委全面依法治省委员会"]),
    # ... and its rules named 工作制度 (研究修订依法治市委员会工作制度), the same; its work made a routine
    # (委员会工作制度化运行) is no rule named.
    ("中山市司法局2025年法治政府建设年度报告\n研究修订依法治市委员会工作制度,开好全面依法治市工作推进会。", ["中山市司法局"]),
    ("中山市司法局2025年法治政府建设年度报告\n健全市委全面依法治市委员会工作制度。", ["中山市司法局"]),
    ("中山市司法局2025年法治政府建设年度报告\n推动市委全面依法治市委员会工作制度化运行。",
     ["中山市司法局", "中山市委全面依法治市委员会"]),
    # A bureau's party committee written short (省局党委) names no body, as 省局 does not.
    ("浙江省市场监督管理局2023年工作要点\n本要点已经省局党委会议审议通过。", ["浙江省市场监督管理局"]),
])
def test_meeting_speeches_body_rules_and_a_bureaus_committee(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A province's department named bare where a plan's task says who does it: the province's own.
    ("贵州省人民政府2024年法治政府建设重点工作安排\n(一)开展实施情况评估。(司法厅负责)\n"
     "(二)推进改革。〔财政厅等省直各部门按职责分工负责〕", ["贵州省人民政府", "贵州省司法厅", "贵州省财政厅"]),
    # Its general office written bare is the government's, not a department: left to the name read as written.
    ("贵州省人民政府2024年法治政府建设重点工作安排\n(一)开展评估。(办公厅负责)", ["贵州省人民政府"]),
    # One named with its prefix is read as written, once.
    ("贵州省人民政府2024年法治政府建设重点工作安排\n(一)推进改革。(省司法厅牵头)", ["贵州省人民政府", "贵州省司法厅"]),
    # A county's text names no province's department bare.
    ("某县2024年法治政府建设工作要点\n(一)开展评估。(司法厅负责)", []),
])
def test_a_provinces_departments_named_bare_in_its_tasks(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The rule-of-law group of the years before the commissions (全面推进依法治市领导小组) is one body.
    ("南京市人民政府关于2018年度法治政府建设工作的报告\n市委全面推进依法治市领导小组部署了年度法治政府建设任务。",
     ["南京市人民政府", "南京市委全面推进依法治市领导小组"]),
    ("南京市人民政府关于2018年度法治政府建设工作的报告\n市政府推进依法治市工作,市司法局负责。",
     ["南京市人民政府", "南京市司法局"]),
])
def test_the_older_rule_of_law_group(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 依法治县 before a group's name: the county is what is governed by law, no bare prefix of a body.
    ("元谋县卫生健康局2022年法治政府建设工作情况报告\n局里成立了全面依法治县工作领导小组。", ["元谋县卫生健康局"]),
    # The commission so named is read as before.
    ("元谋县2022年法治政府建设情况报告\n召开县委全面依法治县委员会会议。", ["元谋县委全面依法治县委员会"]),
])
def test_a_county_governed_by_law_is_no_prefix(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's rule-of-law commission named bare after its committee, and the committee's study
    # group at its collective study: the township's bodies acting. The study group's mechanism is not.
    ("陆渡街道办事处2023年度法治政府建设年度报告\n召开党工委全面依法治街委员会专题会议,印发工作要点。",
     ["陆渡街道办事处", "陆渡街道党工委全面依法治街委员会"]),
    ("陆渡街道办事处2023年度法治政府建设年度报告\n年内组织党工委中心组集体学习民法典。", ["陆渡街道办事处", "陆渡街道党工委"]),
    ("陆渡街道办事处2023年度法治政府建设年度报告\n完善党工委理论学习中心组学法常态化制度。", ["陆渡街道办事处"]),
    ("有庆镇2020年度法治政府建设工作情况报告\n召开党委全面依法治镇委员会第二次会议。", ["有庆镇党委全面依法治镇委员会"]),
])
def test_a_townships_commission_and_study_group_named_bare(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A body listed before a newspaper in marks is no title's issuer: it acts (reports, introduces).
    ("山西省司法厅2024年法治政府建设情况报告\n司法部、《法治日报》先后推介了本厅的调解工作做法。",
     ["山西省司法厅", "司法部"]),
    # Before a policy document's title it is the title's issuer.
    ("山西省司法厅2024年法治政府建设情况报告\n学习司法部、《法治政府建设实施纲要》。", ["山西省司法厅"]),
])
def test_a_body_before_a_newspaper_acts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A street's 工委 run into its office (街道工委办事处): both bodies.
    ("柳荫街道2024年度法治政府建设情况报告\n2024年,柳荫街道工委办事处推进法治建设。",
     ["柳荫街道工委", "柳荫街道办事处"]),
    # A media centre's dateline opening its news (某县融媒体中心5月21日讯(记者 …)) is the outlet reporting, no body
    # acting; a centre that does something still acts.
    ("会议现场\n平江县融媒体中心6月3日讯(记者 张三)6月3日,县委全面依法治县委员会召开会议。",
     ["平江县委全面依法治县委员会"]),
    ("会议现场\n平江县新闻中心讯 6月3日,县委全面依法治县委员会召开会议。", ["平江县委全面依法治县委员会"]),
    ("平江县2024年法治政府建设情况报告\n平江县融媒体中心开设普法专栏,县司法局开展送法下乡。",
     ["平江县融媒体中心", "平江县司法局"]),
    # A central task (法治建设中心任务) is no centre.
    ("柳荫街道2024年度法治政府建设情况报告\n柳荫街道工委研究部署街道法治建设中心任务。", ["柳荫街道工委"]),
    # A headline forwarding a plan by its short name: the plan's authors, named where its opening forwards it.
    ("省委省政府转发“八五”普法规划\n本报讯 省委、省政府近日发出通知,转发《省委宣传部、省司法厅关于开展法治宣传教育的"
     "第八个五年规划(2021-2025年)》。通知要求推动新一轮辽宁全面振兴。",
     ["辽宁省委", "辽宁省人民政府", "辽宁省委宣传部", "辽宁省司法厅"]),
])
def test_a_street_committee_run_into_its_office_a_central_task_and_a_short_named_plans_authors(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A department's title naming it bare after its year, the text speaking as it (我局), its place
    # known from the page: that place's department is the author.
    ("2023年度退役军人事务局法治政府建设工作报告\n信息来源:洪江市退役军人事务局\n2023年,我局推进依法行政。",
     ["洪江市退役军人事务局"]),
    ("2022年度医疗保障局关于法治政府建设情况的报告\n信息来源:株洲县医疗保障局\n2022年,我局推进依法行政。",
     ["株洲县医疗保障局"]),
    # Without 我局 the title's bare word names no author.
    ("2023年度司法局法治政府建设工作报告\n信息来源:洪江市司法局\n2023年,全市推进依法行政。", []),
])
def test_bare_department_in_a_title_after_its_year(text, expected):
    facts = agencies(Document(id="t", text=text))
    assert [f.object.name for f in facts if f.predicate == "authorAgency"] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A page flattened to one line: the bodies after its heading and a space, before their colon,
    # are the report's recipients, not bodies acting ...
    ("上海市长宁区司法局关于2024年度法治政府建设情况的报告\n"
     "上海市长宁区司法局关于2024年度法治政府建设情况的报告 区委,区政府,司法部: 2024年,区司法局在区委、区政府的领导下,"
     "深入推进依法行政,各项工作取得新成效,现将有关情况报告如下。",
     ["长宁区司法局", "长宁区委", "长宁区人民政府"]),
    # ... and so are those opening a page flattened without its heading.
    ("中共上海市长宁区委员会、长宁区人民政府: 2024年,新泾镇坚持依法行政,镇司法所牵头开展普法宣传,各项工作取得新成效,"
     "现将有关情况报告如下。 一、主要工作 镇综合行政执法队规范执法。", ["新泾镇司法所"]),
    # ... while a long first line without such a colon names no recipients.
    ("中站区2019年法治政府建设工作报告\n"
     "中站区2019年法治政府建设工作报告 2019年,区司法局会同区税务局开展执法检查,全区依法行政水平不断提升,群众满意度持续提高。",
     ["中站区司法局", "中站区税务局"]),
])
def test_recipients_after_a_flattened_heading(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's party committee written bare as the subject of what a committee does ...
    ("漳江镇2025年法治政府建设工作报告\n2025年,漳江镇推进依法行政。党委每年听取村级法治建设情况汇报,党委带头学法。",
     ["漳江镇党委"]),
    # ... not its rules or its study's contents.
    ("漳江镇2025年法治政府建设工作报告\n2025年,漳江镇推进依法行政。落实党委理论学习中心组学法制度。", []),
])
def test_a_township_committee_written_bare_as_a_subject(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A justice station written bare after a verb, leading (构建司法所牵头…): the township's; many stations are not.
    ("新桥镇2024年法治政府建设年度报告\n构建司法所牵头、多方参与的审查机制。", ["新桥镇司法所"]),
    ("新桥镇2024年法治政府建设年度报告\n推动各司法所牵头开展调解。", []),
    # ... or the object of a verb of working with it (协调司法所及法律顾问): the township's too.
    ("新桥镇2024年法治政府建设年度报告\n协调司法所及法律顾问提供合同审查服务。", ["新桥镇司法所"]),
    # ... or joined to the firm it works with (由律师事务所和司法所出具意见书): the township's too.
    ("新桥镇2024年法治政府建设年度报告\n审查意见均由律师事务所和司法所出具。", ["新桥镇司法所"]),
    ("新桥镇2024年法治政府建设年度报告\n由律师事务所和司法所长共同审查。", []),
    ("新桥镇2024年法治政府建设年度报告\n联合司法所开展调解,协调各司法所参加培训。", ["新桥镇司法所"]),
    # Offices written bare, working with the body that leads: the township's (a team, 队, is no body).
    ("新桥镇2024年法治政府建设年度报告\n由司法所牵头,党政办、综治办、综合执法队协同开展审查。",
     ["新桥镇司法所", "新桥镇党政办", "新桥镇综治办"]),
    # ... and those a duty is given to, listed bare before 等部门: the township's own units.
    ("新桥镇2024年法治政府建设年度报告\n由党政办、综治办、司法所等部门抽调专人负责统筹协调。",
     ["新桥镇党政办", "新桥镇综治办", "新桥镇司法所"]),
    # Its rule-of-law commission written bare, without its committee: the township's, by its one name.
    ("新桥镇2024年法治政府建设年度报告\n成立由镇党委书记任组长的依法治镇委员会。", ["新桥镇党委全面依法治镇委员会"]),
    ("新桥镇2024年法治政府建设年度报告\n成立了依法治镇委员会,定期召开专题会议。", ["新桥镇党委全面依法治镇委员会"]),
    ("新桥街道2024年法治政府建设年度报告\n召开全面依法治街委员会会议。", ["新桥街道党工委全面依法治街委员会"]),
    ("新桥镇2024年法治政府建设年度报告\n各依法治镇委员会参加培训。", []),
    # A body it sets up under its quoted name, no division word (组建“…工作专班办公室”): the township's own; a
    # quoted platform built is no body, nor a list of units in one quote.
    ("新桥镇2025年法治政府建设年度报告\n抽调骨干组建“权责清单梳理工作专班办公室”,梳理事项。",
     ["新桥镇权责清单梳理工作专班办公室"]),
    ("新桥镇2025年法治政府建设年度报告\n成立了“矛盾纠纷多元化解委员会”。", ["新桥镇矛盾纠纷多元化解委员会"]),
    ("新桥镇2025年法治政府建设年度报告\n搭建“法治服务工作站”平台,组建“法律明白人”队伍。", []),
    # its 工作委员会, adjusted or built up (调整全面依法治街工作委员会成员, 核心的全面依法治街工作委员会组织架构)
    ("东城街道2022年法治政府建设情况报告\n及时调整全面依法治街工作委员会成员。", ["东城街道党工委全面依法治街工作委员会"]),
    # ... and with 街道 written whole in its name, at its meeting (召开全面依法治街道委员会会议; round 203)
    ("东城街道2022年法治政府建设情况报告\n召开全面依法治街道委员会会议,街道领导班子集中学习。",
     ["东城街道党工委全面依法治街道委员会"]),
    ("东城街道2022年法治政府建设情况报告\n完善以街道党工委书记为核心的全面依法治街工作委员会组织架构。",
     ["东城街道党工委全面依法治街工作委员会"]),
])
def test_a_townships_station_offices_and_commission_written_bare(text, expected):
    assert names(text) == expected


def test_a_report_titled_with_its_year_in_brackets():
    # 法治政府建设年度报告(2024年度): a title, its year in brackets; the township's bodies are its own.
    text = "新桥镇法治政府建设年度报告(2024年度)\n来源:党政\n2024年,在镇委、镇政府的领导下推进工作。"
    assert names(text) == ["新桥镇委", "新桥镇人民政府"]


def test_the_notice_before_the_plans_title_is_the_documents():
    # A page opening with the notice that issues the plan, the plan's title after it: the notice's
    # bodies (省政府 whose consent it states, the office that signs) are the document's.
    text = ("各市人民政府:\n《湖南省法治政府建设行动计划(2025—2027年)》已经省政府同意,现印发给你们。\n"
            "湖南省人民政府办公厅\n2025年11月4日\n湖南省法治政府建设行动计划(2025—2027年)\n"
            "为加快建设法治政府,制定本行动计划。省司法厅牵头。")
    assert names(text) == ["湖南省人民政府", "湖南省人民政府办公厅", "湖南省司法厅"]


def test_the_notice_issuing_its_own_plan_herewith_is_the_documents():
    # ... and so is a ministry's notice issuing the plan it made, no one addressed (我部研究制定了《X》,现予印发。
    # 教育部 / 2021年11月3日 / X), and the page, placed nowhere else, is the nation's (round 241).
    text = ("各省、自治区、直辖市教育厅,新疆生产建设兵团教育局:\n为深入推进普法,根据《中央宣传部、司法部关于开展法治宣传教育的"
            "第八个五年规划(2021—2025年)》等工作要求,我部研究制定了《全国教育系统开展法治宣传教育的第八个五年规划(2021—2025年)》,"
            "现予印发。请结合实际,认真贯彻落实。\n教育部\n2021年11月3日\n"
            "全国教育系统开展法治宣传教育的第八个五年规划(2021—2025年)\n为深入推进普法,结合教育系统实际,制定本规划。")
    assert names(text) == ["教育部"]
    ctx = context_of(Document(id="t", text=text))
    assert ctx.division is not None and ctx.division.level == "national"


@pytest.mark.parametrize(("text", "expected"), [
    # A committee with its government written bare after it (县委、政府): the committee's division's government.
    ("长沙县司法局2024年法治政府建设情况报告\n在县委、政府的正确领导下,县司法局推进工作。",
     ["长沙县司法局", "长沙县委", "长沙县人民政府"]),
    # ... a one-character county's too (攸县委 is no name: 攸县县委).
    ("攸县司法局2024年法治政府建设情况报告\n在攸县委、政府的正确领导下,县司法局推进工作。",
     ["攸县司法局", "攸县县委", "攸县人民政府"]),
    # A body's organic law and rules named bare are documents, not the body acting.
    ("湖南省人民政府2024年度法治政府建设情况报告\n省政府认真学习国务院组织法和国务院工作规则。", ["湖南省人民政府"]),
])
def test_elided_governments_and_organic_laws(text, expected):
    assert names(text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # A township whose county the text never names: its 省委 is the province the text names.
    ("2025年,石门镇深入贯彻总书记对广东系列重要讲话精神,紧紧围绕省委“1310”具体部署推进工作。",
     ["广东省委"]),
    # No province named: no 省委 read.
    ("2025年,石门镇紧紧围绕省委部署推进工作。", []),
])
def test_a_townships_province_by_the_province_its_text_names(text, expected):
    assert [n for n in names(text) if n.endswith("省委")] == expected


def test_the_cover_sending_the_report_on_is_the_documents():
    # A page opening with the bureau's cover that sends the report on in its committee's and government's
    # name (区司法局提请以中共X区委、区政府名义将《X》报送市委、市政府), the report's title after it: the cover's
    # bodies are the document's, and the bodies before 名义将《 send the report, they did not issue a title.
    text = ("中共长宁区委:\n根据规定,区委应当向市委报告上一年度法治政府建设情况。\n"
            "根据要求,区司法局提请以中共长宁区委、区政府名义将《2023年长宁区法治政府建设情况报告》报送市委、市政府。\n"
            "上海市长宁区司法局\n2024年1月4日\n2023年长宁区法治政府建设情况报告\n"
            "2023年,长宁区坚持以习近平法治思想为指导,推进法治政府建设。")
    assert names(text) == ["长宁区司法局", "中共长宁区委", "长宁区人民政府"]
    # The cover is read from its sentence: grounds before it on the same line (区委应当向市委报告) name who
    # must report, not a body acting.
    assert names(text.replace("情况。\n根据要求", "情况。根据要求")) == ["长宁区司法局", "中共长宁区委", "长宁区人民政府"]
    # Without the cover's sentence naming the report, the text above the title stays out.
    assert names(text.replace("将《2023年长宁区法治政府建设情况报告》报送", "报送报告至")) == []


JIAXIAN = "佳县2024年度法治建设工作的报告\n"
WANGDU = "望都县人民政府\n2024年法治政府建设年度报告\n"


@pytest.mark.parametrize(("text", "expected"), [
    # Committees listed before one meeting's words, each with its own commission's words and the
    # meeting written once (省委全面依法治省、市委全面依法治市工作会议精神): no body acts.
    (JIAXIAN + "将中央全面依法治国、省委全面依法治省、市委全面依法治市工作会议精神作为必学内容,县司法局组织学习。",
     ["佳县司法局"]),
    # A body listed before, in a clause of its own, still acts.
    (JIAXIAN + "县司法局牵头、市委全面依法治市工作会议精神传达到位。", ["佳县司法局"]),
    # The committees of several levels joined by 和 (在省、市和县委坚强领导下) name no body.
    (WANGDU + "2024年以来,在省、市和县委坚强领导下,望都县人民政府推进工作。", ["望都县人民政府"]),
    # ... as do a region's and its autonomous prefecture's (自治区、自治州党委, 自治区、州党委): the prefecture's level word
    # is 自治州, the list before its 自治; the prefecture's committee named alone still acts.
    ("库尔勒市2022年法治政府建设工作报告\n在自治区、自治州党委、政府的坚强领导下,市司法局开展培训。", ["库尔勒市司法局"]),
    ("库尔勒市2022年法治政府建设工作报告\n按照自治区和州党委要求,市司法局开展培训。", ["库尔勒市司法局"]),
    ("库尔勒市2022年法治政府建设工作报告\n在自治州党委、政府的坚强领导下,市司法局开展培训。",
     ["巴音郭楞蒙古自治州党委", "巴音郭楞蒙古自治州人民政府", "库尔勒市司法局"]),
    # The bodies whose decisions a counsel advises on (对县政府重大决策提供法律意见) receive the advice, no body acting;
    # the adviser before 对 acts.
    (ZHONGZHAN + "区司法局对区政府50余项重大决策和行政协议提供合法性审查意见。", ["中站区司法局"]),
    (ZHONGZHAN + "法律顾问对区政府和区委办的重大决策提供了书面意见,区司法局负责。", ["中站区司法局"]),
    # The recipients of a report, however the report is said (分别向市政府、县委、县人大进行了报告).
    (WANGDU + "以正式文件,分别向市政府、县委、县人大进行了报告。县司法局负责。", ["望都县人民政府", "望都县司法局"]),
    # The bodies whose party groups report to the committee that hears them (听取…党组…报告) do not act;
    # a body not read as one (政协) may stand in the list; the hearer acts.
    (JIAXIAN + "县委常委会听取县人大常委会、县政协、县人民法院党组法治建设情况报告。县司法局负责。",
     ["佳县县委", "佳县司法局"]),
    (JIAXIAN + "县委听取县政府党组工作汇报,县政府推进工作。", ["佳县县委", "佳县人民政府"]),
    # ... but a body heard on nothing its party group reports acts.
    (JIAXIAN + "县委听取意见,县人民法院党组研究部署工作。", ["佳县县委", "佳县人民法院"]),
    # A committee's standing committee written with a slip (区委常委委员会): the committee meeting.
    ("营口市鲅鱼圈区2021年法治政府建设情况报告\n六届区委常委委员会第18次扩大会议审议通过实施方案。",
     ["鲅鱼圈区委"]),
])
def test_meetings_written_once_levels_joined_and_reports_made(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's report: its party committee or party group written bare (局党委会, 局党组会议) is its own.
    ("信阳市司法局关于2024年法治政府建设情况的报告\n2024年共召开局党组会议29次,局党组理论学习中心组专题学习会12次。",
     ["信阳市司法局", "信阳市司法局党组"]),
    ("南阳市司法局2024年法治政府建设情况报告\n并及时在局党委会上学习传达,2024年召开的22次局党委会均践行制度。",
     ["南阳市司法局", "南阳市司法局党委"]),
    # ... but not a branch's (分局党委), nor in a government's report, where 局 is no author.
    ("南阳市司法局2024年法治政府建设情况报告\n公安分局党委研究部署。", ["南阳市司法局"]),
    (JIAXIAN + "召开局党组会议。", []),
    # (after 通过, as after 经: 通过局党委会议、理论学习中心组学习会等形式)
    ("南阳市司法局2024年法治政府建设情况报告\n通过局党组会议、集中学习等形式,学习宪法。", ["南阳市司法局", "南阳市司法局党组"]),
    # (after 以, its meeting as the form work is done in, as after 通过: 以局党委会形式专题研究…; not 以局党组名义)
    ("2024年,舟山市交通运输局坚持依法行政。\n以局党委会形式专题研究局重大行政决策源头治理等7项交通法治重点工作。",
     ["舟山市交通运输局", "舟山市交通运输局党委"]),
    ("2024年,舟山市交通运输局坚持依法行政。\n以局党组会议形式研究部署法治工作。", ["舟山市交通运输局", "舟山市交通运输局党组"]),
    ("2024年,舟山市交通运输局坚持依法行政。\n以局党组名义印发通知。", ["舟山市交通运输局"]),
    # (its party group written with no 局 at all names no body, as the convention of round forty has it)
    ("长丰县民政局2023年法治政府建设情况报告\n通过党组会专题学习民法典。", ["长丰县民政局"]),
    # (a site's name on a line above the title: the bureau opening after its leadership is the owner)
    ("深圳市宝安区人民政府\n\n宝安区统计局2025年法治政府建设年度报告\n2025年,在区委、区政府的坚强领导下,宝安区统计局坚持"
     "依法统计。通过局党组会专题学习统计法。", ["宝安区人民政府", "宝安区统计局", "宝安区委", "宝安区统计局党组"]),
    # (an untitled 我局 report naming its bureau by an autonomous county's short name)
    ("2024年法治政府建设情况报告\n芷江县民政局\n2024年,在县委、县政府的正确领导下,我局坚持局党组理论学习中心组会前学法。",
     ["芷江县民政局", "芷江县委", "芷江县人民政府", "芷江县民政局党组"]),
])
def test_a_bureaus_own_party_committee_written_bare(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's bare party group that is no meeting's: a post (局党组书记), or acting otherwise
    # (局党组调整领导小组, as the test documents annotate it): not read.
    ("长丰县司法局2019年法治政府建设情况报告\n局党组书记、局长张某主持召开党组会议。", ["长丰县司法局"]),
    ("长丰县司法局2019年法治政府建设情况报告\n局党组调整法治政府建设领导小组。", ["长丰县司法局"]),
])
def test_a_bureaus_party_group_at_no_meeting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A provincial department's bare 厅党组 opening its sentence, acting (。厅党组坚持…): its own; a group its head
    # leads (由厅党组书记、厅长任组长…的…领导小组) is the department's.
    ("江西省水利厅2019年度法治政府建设工作报告\n一是健全机制。厅党组坚持把依法行政摆在突出位置,成立了由厅长任组长的"
     "依法行政工作领导小组。", ["江西省水利厅", "江西省水利厅党组", "江西省水利厅依法行政工作领导小组"]),
    # (its secretary is a post, no group acting)
    ("江西省水利厅2019年度法治政府建设工作报告\n一是健全机制。厅党组书记带头学法。", ["江西省水利厅"]),
    # A bureau's bare 局党组 opening its sentence and fitting its work to its bureau (。局党组结合实际,制定了…), with
    # its organs' committee beside it or not: its own.
    ("大理市林业和草原局2022年度法治政府建设报告\n一、加强学习。局党组及机关党委结合实际,制定了学习计划。",
     ["大理市林业和草原局", "大理市林业和草原局党组", "大理市林业和草原局机关党委"]),
    # (its organs' committee beside the group planning or at its study, 局党组和机关党委研究部署…: its own too;
    # the committee alone after a post, 局党组书记和机关党委书记, is none)
    ("临沧市医疗保障局2023年度法治政府建设情况报告\n局党组和机关党委研究部署依法行政工作,推动学法用法。",
     ["临沧市医疗保障局", "临沧市医疗保障局党组", "临沧市医疗保障局机关党委"]),
    ("临沧市医疗保障局2023年度法治政府建设情况报告\n局党组及机关党委理论学习中心组开展集中学法4次。",
     ["临沧市医疗保障局", "临沧市医疗保障局党组", "临沧市医疗保障局机关党委"]),
    ("临沧市医疗保障局2023年度法治政府建设情况报告\n局党组书记和机关党委书记带头学法。", ["临沧市医疗保障局"]),
    ("大理市林业和草原局2022年度法治政府建设报告\n一、加强学习。局党组结合工作实际,研究出台学法制度。",
     ["大理市林业和草原局", "大理市林业和草原局党组"]),
    # A government's general office's own party group at its meetings and its study group (召开办公室党组会议、
    # 办公室党组理论学习中心组集中学习) in the office's report: its own, as a bureau's 局党组 is.
    ("根据《法治政府建设与责任落实督察工作规定》,现将市政府办公室2022年度法治政府建设情况报告如下:\n"
     "保山市政府办公室召开办公室党组会议学习14次、办公室党组理论学习中心组集中学习12次。",
     ["保山市政府办公室", "保山市政府办公室党组"]),
    # (not in a bureau's report: another body's office)
    ("临沧市医疗保障局2023年度法治政府建设情况报告\n局机关召开办公室党组会议。", ["临沧市医疗保障局"]),
    # A province's department written bare as a partner (会同人力资源社会保障厅等部门) or as its own report's opening
    # subject (2021年,司法厅坚持…): the province's own.
    ("2021年,司法厅坚持依法行政,推进江西省法治建设。经省委同意,会同人力资源社会保障厅等部门开展表彰。",
     ["江西省司法厅", "江西省委", "江西省人力资源社会保障厅"]),
    # (its prefix written, 2022年,省应急管理厅坚持…: the prefixed name, read as it always was)
    ("江西省应急管理厅关于2022年法治政府建设情况的报告\n2022年,省应急管理厅坚持依法行政。", ["江西省应急管理厅"]),
    # (a city's report: no province's 厅 read from its bare name)
    ("东辽县2019年法治政府建设工作报告\n会同财政局等部门开展检查。", []),
])
def test_a_departments_bare_party_group_and_partners(text, expected):
    assert names(text) == expected



XUHUI_HEALTH = "2024年度上海市徐汇区卫生健康委员会法治政府建设情况报告\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A government written 府 after its committee, the level repeated (区委区府, 市委、市府): the 人民政府.
    (XUHUI_HEALTH + "在区委区府的领导下,区卫生健康委推进依法行政。", ["徐汇区卫生健康委员会", "徐汇区委", "徐汇区人民政府"]),
    ("长丰县司法局2019年法治政府建设情况报告\n在市委、市府和县委的领导下推进工作。",
     ["长丰县司法局", "合肥市委", "合肥市人民政府", "长丰县委"]),
    # ... not an office or a document's code after it (县委县府发〔2019〕1号: no government acting there).
    ("长丰县司法局2019年法治政府建设情况报告\n转发县委县府发〔2019〕1号文件。", ["长丰县司法局", "长丰县委"]),
    # National bodies whose field's 建设要求 is followed (根据中共中央、国务院、区委区府法治政府建设要求) do not act;
    # the local ones of the same list lead.
    (XUHUI_HEALTH + "区卫生健康委根据中共中央、国务院、区委区府法治政府建设要求,履行职责。",
     ["徐汇区卫生健康委员会", "徐汇区委", "徐汇区人民政府"]),
    (XUHUI_HEALTH + "区卫生健康委按照国务院法治政府建设要求,推进工作。", ["徐汇区卫生健康委员会"]),
])
def test_a_government_written_short_and_national_requirements_followed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An office for guiding a field keeps its 指导 (区综合指导办, 综合行政执法指导办公室); a body's 指导 elsewhere is
    # its verb (县司法局指导办公室工作: the bureau guides, no office of that name).
    (DONGLIAO + "县司法局联合县综合指导办发布实施办法。", ["东辽县人民政府", "东辽县司法局", "东辽县综合指导办"]),
    (DONGLIAO + "县综合行政执法指导办公室开展督查。", ["东辽县人民政府", "东辽县综合行政执法指导办公室"]),
    (DONGLIAO + "县司法局指导办公室规范收文。", ["东辽县人民政府", "东辽县司法局"]),
])
def test_an_office_for_guiding_a_field(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled report that speaks as 我局 and names one bureau of its place: its bare 局党委 at its study group
    # is that bureau's; with two bureaus of the place named, whose it is stays unread.
    ("2024年,我局推进依法行政。县应急局所有许可事项进驻大厅。局长在局党委理论学习中心组(扩大)会议上带头学法。"
     "《2024年度长丰县应急管理局学法计划》印发。", ["长丰县应急局", "长丰县应急局党委"]),
    ("2024年,我局推进依法行政。县应急局与县公安局联合执法。在局党委理论学习中心组会议上学法。"
     "《2024年度长丰县应急管理局学法计划》印发。", ["长丰县应急局", "长丰县公安局"]),
])
def test_a_bureau_speaking_as_we_and_its_party_committee(text, expected):
    assert names(text) == expected


# A site's menu above the text, longer than a page's head (首页, 政务公开 ... one item a line).
SITE_MENU = "".join(f"{item}\n" for item in ["首页", "政务公开", "政策文件", "新闻中心", "办事服务", "互动交流"] * 20)


def test_a_dated_publisher_block_on_a_flattened_page_is_no_body_acting():
    # As the page's lines have it (区政府办公室 / 2023-12-20), flattened to one line.
    text = ("返回首页 政府信息公开 区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报 11370105MB279780XD/2023-6537798 "
            "区政府办公室 2023-12-20 区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报 字号: 打印整页 "
            "十九届区政府第37次常务会议议题的解读如下: 一、议题背景 区司法局认真梳理总结2023年度法治建设工作,现汇报相关工作情况。")
    assert names(text) == ["天桥区人民政府", "天桥区司法局"]


@pytest.mark.parametrize("menu", ["", SITE_MENU])
def test_page_head_and_opening_read_past_a_site_menu(menu):
    # A bureau's untitled report opening with its bureau: its bare 局党委 at its meeting is the bureau's.
    text = menu + "2024年,南阳市司法局坚持依法行政。\n并及时在局党委会上学习传达。"
    assert names(text) == ["南阳市司法局", "南阳市司法局党委"]
    # A page's metadata under its headline, the publisher above the date: no body acting.
    text = (menu + "区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n区政府办公室\n2023-12-20\n\n"
            "2023年,济南市天桥区推进法治建设。区司法局梳理总结工作。")
    assert names(text) == ["天桥区司法局"]


CHANGHAI = "长海县2020年度法治政府建设情况报告\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's plenary meeting (县委全委会议, 县委全委会): the committee meeting.
    (CHANGHAI + "2020年3月12日召开县委全委会议,对全县法治建设工作进行安排部署。", ["长海县委"]),
    (CHANGHAI + "县委全委(扩大)会审议通过实施方案。", ["长海县委"]),
    # The body a place is put forward to (被推荐至省政府参评) is no body acting.
    (CHANGHAI + "经过初审,我县作为示范创建单位被推荐至省政府参评。县司法局负责。", ["长海县司法局"]),
    # A publisher's line under the headline, its date beside it (清水县人民政府 2024年01月08日): the page's
    # byline, no body acting; a signature above its date at the end still is.
    ("【政策解读】关于《清水县人民政府关于清水县2023年度法治政府建设工作总结的报告》的政策解读\n\n"
     "清水县人民政府 2024年01月08日\n\n县司法局起草了报告。", ["清水县司法局"]),
    ("清水县2023年度法治政府建设工作总结\n县司法局起草了报告。\n清水县人民政府\n2024年1月8日\n",
     ["清水县司法局", "清水县人民政府"]),
])
def test_plenary_meetings_places_put_forward_and_dated_bylines(text, expected):
    assert names(text) == expected


def test_a_publisher_line_above_its_metadata_date():
    # A page's metadata: the publishing office on its line, the date in figures below (区政府办公室 / 2023-12-20).
    text = ("区政府常务会议议题解读:关于2023年度法治建设工作情况的汇报\n11370105MB279780XD/2023-6537798\n区政府办公室\n"
            "2023-12-20\n\n十九届区政府第37次常务会议议题的解读如下:区司法局认真梳理总结工作。")
    assert names(text) == ["天桥区人民政府", "天桥区司法局"]


def authors(text):
    return [f.object.name for f in agencies(Document(id="t", text=text)) if f.predicate == "authorAgency"]


@pytest.mark.parametrize(("text", "expected"), [
    # A page without its title line that opens with its department as its first sentence's subject.
    ("2025年,泾源县公安局在县委、县政府的坚强领导下,推进法治公安建设。", ["泾源县公安局"]),
    ("\n2020年,长治市人力资源和社会保障局深入学习贯彻习近平法治思想。", ["长治市人力资源和社会保障局"]),
    # A bureau of medical insurance by its full name (医疗保障局): 保障 there is part of its name, no verb.
    ("\n2024年,东辽县医疗保障局深入学习贯彻习近平法治思想。", ["东辽县医疗保障局"]),
    # A government or a party committee opening its own report is no department.
    ("2025年,泾源县人民政府推进法治政府建设。", []),
    ("2025年,泾源县委推进法治建设。", []),
    # The department must open the sentence: one named later is not the author.
    ("2025年,全县在县公安局的配合下推进法治建设。泾源县如期完成任务。", []),
    # A site's menu above the opening is no sentence before it; a sentence is.
    (SITE_MENU + "2025年,泾源县公安局在县委、县政府的坚强领导下,推进法治公安建设。", ["泾源县公安局"]),
    ("全县推进法治建设。\n2025年,泾源县公安局在县委领导下推进法治公安建设。", []),
])
def test_a_department_opening_a_page_without_its_title(text, expected):
    assert authors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled report whose subject follows the clauses of its leadership and guidance.
    ("中共武定县委、县人民政府:\n2022年,在县委、县政府的坚强领导下,在县司法局的有力指导下,武定县人民政府办公室"
     "坚持依法行政。", ["武定县人民政府办公室"]),
    ("2023年,在县委、县政府的坚强领导下,泾源县公安局推进法治公安建设。", ["泾源县公安局"]),
    # (the county itself after them is no department)
    ("2023年,在地委、行署的坚强领导下,叶城县坚持依法行政。", []),
])
def test_a_department_opening_after_its_leadership(text, expected):
    assert authors(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 县政府办公室 and 县政府办 are one office, named as the text names it most.
    ("2022年,在县委的坚强领导下,武定县人民政府办公室坚持依法行政。县政府办高度重视。县政府办下设法律顾问室。"
     "县政府办公室根据工作要点推进。",
     ["武定县委", "武定县政府办"]),
    ("泾源县2023年法治政府建设情况报告\n县政府办公室组织培训。县人民政府办公室审核文件。", ["泾源县政府办公室"]),
    # 县人民法院 and 县法院 are one court, 县人民检察院 and 县检察院 one procuratorate, named as the text names them most.
    ("泾源县2023年法治政府建设情况报告\n县法院院长汇报工作。县人民法院召开座谈会,县法院党组书记发言。"
     "县人民检察院、县检察院派员参加,县人民检察院提出建议。", ["泾源县法院", "泾源县人民检察院"]),
    # A government office's leading group led by its head (以办公室主任为组长的…领导小组) is the office's.
    ("2022年,在县委的坚强领导下,武定县人民政府办公室坚持依法行政。一是加强组织领导。成立了以办公室主任为组长的"
     "法治政府建设工作领导小组,定期召开会议。",
     ["武定县委", "武定县人民政府办公室", "武定县人民政府办公室法治政府建设工作领导小组"]),
])
def test_a_government_office_and_its_group(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A 盟's and a banner's rule-of-law commission written without its committee (依法治盟委员会).
    ("兴安盟2024年法治政府建设情况报告\n召开法治政府建设推进会议、依法治盟委员会会议研究部署工作。",
     ["兴安盟委全面依法治盟委员会"]),
    ("正蓝旗2023年法治政府建设情况报告\n召开依法治旗委员会会议研究部署工作。", ["正蓝旗委全面依法治旗委员会"]),
    # The meeting of a committee's members (盟委委员会议) is the committee's.
    ("兴安盟2024年法治政府建设情况报告\n主持召开盟委委员会议研究部署工作。", ["兴安盟委"]),
    ("兴安盟2024年法治政府建设情况报告\n严格落实盟委委员会议、行署常务会议定期学法制度。", ["兴安盟委", "兴安盟行署"]),
])
def test_a_leagues_commission_and_committee_meeting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A 地区's 地委 and 行署 written bare, in its county's report and its own.
    ("叶城县2023年度法治政府建设工作报告\n2023年,在地委、行署的坚强领导下,叶城县推进法治政府建设。",
     ["喀什地委", "喀什地区行署"]),
    ("喀什地区2023年法治政府建设情况报告\n在中共地委的领导下推进法治建设。行署常务会议研究法治工作。",
     ["喀什地委", "喀什地区行署"]),
    # A 盟's 行署 in its banner's report; its committee is the 盟委.
    ("正蓝旗2023年法治政府建设情况报告\n在盟委、行署的坚强领导下推进法治建设。", ["锡林郭勒盟委", "锡林郭勒盟行署"]),
    # 地 ending a word is no 地委 (当地委托, 属地委员会), and a city has no 地委 or 行署.
    ("叶城县2023年度法治政府建设工作报告\n由当地委托第三方评估,属地委员会负责。", []),
    ("泾源县2023年法治政府建设情况报告\n在地委、行署的坚强领导下推进法治建设。", []),
])
def test_a_regions_committee_and_office_written_bare(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The department's leading group its head of bureau leads (成立由局长任组长…的…领导小组).
    ("2025年,泾源县公安局推进法治建设。一是加强组织领导,成立由局长任组长,其他局领导任副组长,"
     "各部门负责人为成员的法治政府建设工作领导小组。",
     ["泾源县公安局", "泾源县公安局法治政府建设工作领导小组"]),
    # ... and one its head leads, named by his office (以局主要领导为组长, 由局主要负责同志任组长).
    ("株洲市统计局2023年度法治政府建设情况报告\n市统计局重视法治,成立以局主要领导为组长,分管领导为副组长,"
     "各科室负责人为成员的依法统计工作领导小组。",
     ["株洲市统计局", "株洲市统计局依法统计工作领导小组"]),
    ("东辽县水利局2024年法治政府建设工作报告\n一是成立由局主要负责同志任组长的水利法治建设领导小组。",
     ["东辽县水利局", "东辽县水利局水利法治建设领导小组"]),
    ("东辽县医疗保障局2024年法治政府建设工作报告\n一是成立由局主要负责同志任组长的医保法治建设领导小组。"
     "县医疗保障局、县卫生健康局联合执法。为群众提供医疗保障服务。",
     ["东辽县医疗保障局", "东辽县医疗保障局医保法治建设领导小组", "东辽县卫生健康局"]),
    # A group set up by a sentence with no subject in the department's report (我局 said elsewhere).
    ("怀化市生态环境局2020年法治政府建设工作总结\n我局重视法治建设。认真执行制度。成立了法治政府建设工作领导小组,"
     "明确专人负责。",
     ["怀化市生态环境局", "怀化市生态环境局法治政府建设工作领导小组"]),
    # A numbered heading naming the task sets nothing up itself.
    ("怀化市生态环境局2020年法治政府建设工作总结\n1.成立法治建设领导小组。我局重视法治建设。", ["怀化市生态环境局"]),
    # The bureau's own 党委 acting or holding its meetings (round two's 市公安局党委).
    ("2025年,开平市公安局推进法治建设。年内局党委落实学习制度22次。", ["开平市公安局", "开平市公安局党委"]),
    ("2023年,习水县公安局推进法治建设。我局定期组织召开党委理论学习中心组学习。", ["习水县公安局", "习水县公安局党委"]),
    # The bureau's 党委 whose leading role is brought into play (充分发挥局党委…的领导作用): its own.
    ("2022年,开平市统计局推进法治建设。充分发挥局党委在依法行政中的把方向作用。", ["开平市统计局", "开平市统计局党委"]),
    # (a superior's 党委, 市局党委, is no bureau's own in the county's report)
    ("2022年,开平市统计局推进法治建设。充分发挥市局党委的指导作用。", ["开平市统计局"]),
    # Its secretary is a post, and another bureau's 党委 is named with its bureau.
    ("2025年,开平市公安局推进法治建设。局党委书记、局长履行第一责任人职责。", ["开平市公安局"]),
    ("2023年,习水县公安局在县委和市公安局党委的领导下推进法治建设。",
     ["习水县公安局", "习水县委", "遵义市公安局党委"]),
    # The bare 局党组 the bureau gets to study (组织局党组开展专题学习): its own, at its study.
    ("2024年,东辽县林业局推进法治建设。组织局党组开展专题学习6次。", ["东辽县林业局", "东辽县林业局党组"]),
    # (its secretary leading a study is a post: no group)
    ("2024年,东辽县林业局推进法治建设。局党组书记开展专题学习6次。", ["东辽县林业局"]),
    # (the group organising its own study, 局党组组织专题学习…, the same)
    ("2024年,东辽县林业局推进法治建设。局党组组织专题学习林业法律法规。", ["东辽县林业局", "东辽县林业局党组"]),
    # A department's group for 全面依法行政 its head leads: its own, its 全面 no 全县's.
    ("东辽县林业局2024年法治政府建设工作报告\n一是成立由局主要负责同志任组长的全面依法行政工作领导小组。",
     ["东辽县林业局", "东辽县林业局全面依法行政工作领导小组"]),
    # A group the bureau 建立s, as one it 成立s, in a report speaking as its bare bureau (市统计局坚持…).
    ("株洲市统计局2024年法治政府建设报告\n2024年,在市委的领导下,市统计局坚持依法统计。"
     "建立由局长任组长的依法统计工作领导小组。",
     ["株洲市统计局", "株洲市委", "株洲市统计局依法统计工作领导小组"]),
    # The group named in full with the party's prefix and its short name, the bureau beside it (中共…局党组
    # (以下简称局党组)、…局(以下简称局)以…): the two the opening's subjects; 研究部署 alone keeps it out (above).
    ("天津市统计局关于2024年法治政府建设情况的报告\n2024年,在市委的领导下,中共天津市统计局党组(以下简称局党组)、"
     "天津市统计局(以下简称局)以习近平法治思想为指导。",
     ["天津市统计局", "天津市委", "天津市统计局党组"]),
])
def test_a_departments_own_group_and_party_committee(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare 报 after what asks for it sends something up: the body after it is a recipient.
    ("2019年,云南省卫生健康委推进法治建设。对10项行政职权进行了梳理,并按要求报省委编办。", ["云南省卫生健康委"]),
    ("2019年,云南省卫生健康委推进法治建设。制定方案并报省政府。", ["云南省卫生健康委"]),
    # A report sent on through a body after 经 (经省委依法治省办报中央依法治国办): the body after 报 receives it,
    # whether the body it passes through is read or not.
    ("2019年,云南省卫生健康委推进法治建设。示范地区将情况经省委依法治省办报中央依法治国办。",
     ["云南省卫生健康委", "云南省委依法治省办"]),
    ("推进法治建设。示范地区将情况经省委依法治省办报中央依法治国办;全省示范单位报省委依法治省办。", []),
    # The office sent up to read from its 依法治 with its bare level before it (上报县依法治县办): a recipient too.
    ("九寨沟县法治建设自我评估办法\n第六条 自我评估由各部门组织,形成本年度自评结果上报县依法治县办。", []),
    ("九寨沟县法治建设自我评估办法\n第六条 县依法治县办组织自我评估。", ["九寨沟县委依法治县办"]),
    # (a body after 汇报 or a 报's own word is read as before)
    ("2019年,云南省卫生健康委推进法治建设。省委编办审核通过。", ["云南省卫生健康委", "云南省委编办"]),
])
def test_a_body_a_bare_report_goes_to(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The ministries and the State Council's offices of the years before the 2018 reform.
    ("2017年,原环境保护部推进法治政府建设。积极与国务院审改办沟通,配合国土资源部。",
     ["环境保护部", "国务院审改办", "国土资源部"]),
    # (the departments of any level their words name are no ministry)
    ("2017年,原环境保护部推进法治政府建设。各级环境保护部门加强执法。", ["环境保护部"]),
])
def test_ministries_before_the_2018_reform(text, expected):
    assert names(text) == expected


XIANXIANG = "贤庠镇人民政府关于2022年度法治政府建设情况的报告\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A township's committee at its study under the group's other name (中心学习组) acts.
    (XIANXIANG + "组织党委中心学习组深入学习贯彻习近平法治思想。", ["贤庠镇人民政府", "贤庠镇党委"]),
    # Its study rules and its secretary's post are no committee acting.
    (XIANXIANG + "明确党委书记为组长。全面落实党委理论学习中心组学法制度。", ["贤庠镇人民政府"]),
    # A place doing its duties (长征镇依法全面履行政府职能) is no body named 履行政府.
    ("长征镇2020年度法治政府建设情况报告\n长征镇依法全面履行政府职能,切实抓好法治政府建设各项工作。", []),
])
def test_study_group_by_its_other_name_and_a_duty_done(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A provincial department's report: its bare 厅党委 / 厅党组 at its meeting or study group is its own.
    ("2023年,省司法厅推进山东省法治政府建设。\n厅党委会、厅长办公会研究审议法治建设相关议题100余件。",
     ["山东省司法厅", "山东省司法厅党委"]),
    ("青海省交通运输厅关于2022年法治政府建设情况的报告\n组织召开厅党组(扩大)会议,专题传达学习。",
     ["青海省交通运输厅", "青海省交通运输厅党组"]),
    # ... at its study group after a verb (坚持厅党委理论学习中心组学习), under a column label before the title.
    ("【法治建设报告】湖北省司法厅2023年法治政府建设年度报告\n坚持厅党委理论学习中心组学习习近平法治思想。",
     ["湖北省司法厅", "湖北省司法厅党委"]),
    # A bureau's party group at its study group, with how often it meets between (局党组每季度开展中心组学法).
    ("江门市交通运输局2022年度法治政府建设工作报告\n局党组每季度开展中心组学法。",
     ["江门市交通运输局", "江门市交通运输局党组"]),
    # A report its bureau's party group makes (中共某局党组…报告): its party group named bare is that one.
    ("中共青岛市交通运输局党组\n2022年度法治政府建设报告\n2022年,局党组理论学习中心组专题学习习近平法治思想。",
     ["青岛市交通运输局党组"]),
    # A bureau's 局党组 in a department's (厅) report is another's; a 厅党组书记 is a post.
    ("青海省交通运输厅关于2022年法治政府建设情况的报告\n厅党组书记带头学法。", ["青海省交通运输厅"]),
])
def test_a_departments_own_party_committee_written_bare(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A leadership written without its 下 (在省委、省政府坚强领导我厅坚持…): the government, not a body named
    # 政府坚强领导我厅.
    ("四川省交通运输厅2025年法治政府部门建设工作情况\n2025年,在省委、省政府坚强领导我厅坚持依法行政。",
     ["四川省交通运输厅", "四川省委", "四川省人民政府"]),
    ("某某\n2023年,在市委、市政府正确领导我局推进青岛市法治政府建设。", ["青岛市委", "青岛市人民政府"]),
])
def test_a_leadership_without_its_last_word(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A department listed bare after its division's court and procuratorate is the division's.
    ("四川省交通运输厅2025年法治政府部门建设工作情况\n会同省高级人民法院、省人民检察院、司法厅建立机制。",
     ["四川省交通运输厅", "四川省高级人民法院", "四川省人民检察院", "四川省司法厅"]),
    # (a court listed bare is no department: 县人民法院、检察院 names one body)
    ("长丰县2025年法治政府建设情况报告\n县司法局与县人民法院、人民检察院建立机制。", ["长丰县司法局", "长丰县人民法院"]),
])
def test_a_department_listed_after_a_court(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The centre services move into (106项政务服务事项入驻市民中心) is a place, no body acting.
    ("中共青岛市交通运输局党组\n2022年度法治政府建设报告\n106项政务服务事项入驻市民中心。", []),
    ("长丰县2025年法治政府建设情况报告\n县政务服务中心推行一窗受理。", ["长丰县政务服务中心"]),
])
def test_a_centre_moved_into_is_a_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A page without its title whose opening reports on its department by name (现将某局2024年…报告如下):
    # that department is the author, and the group it sets up, subjectless, is its own.
    ("根据《中共江门市委全面依法治市委员会办公室关于做好2024年法治政府建设情况年度报告工作的通知》要求,"
     "现将江门市农业农村局2024年法治政府建设情况报告如下:\n2024年,在市委、市政府的正确领导下,我局推进。\n"
     "成立了局主要领导为组长的依法行政工作领导小组。",
     ["江门市农业农村局", "江门市委", "江门市人民政府", "江门市农业农村局依法行政工作领导小组"]),
    # Its party group's study group written after 我局 (纳入我局2024年度党组理论学习中心组学习) is its own.
    ("现将江门市农业农村局2024年法治政府建设情况报告如下:\n将习近平法治思想纳入我局2024年度党组理论学习中心组学习重点内容。",
     ["江门市农业农村局", "江门市农业农村局党组"]),
])
def test_an_untitled_report_naming_its_department(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A two-character county after 中共 (中共浚县县委) is the county's committee, signing with its government.
    ("中共浚县县委 浚县人民政府关于2024年法治政府建设情况的报告\n2024年,我县坚持以习近平法治思想为指导。",
     ["中共浚县县委", "浚县人民政府"]),
    ("淇县2024年法治政府建设情况报告\n2024年,中共淇县县委召开常委会专题研究法治工作。", ["中共淇县县委"]),
])
def test_a_two_character_county_after_its_party_prefix(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's bare 局党组 after a verb, at its study group, its meeting, its 学法 or on its agenda, is its own.
    ("长丰县水利局2023年法治政府建设情况报告\n利用局党组理论学习中心组学习会学习宪法。", ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2023年法治政府建设情况报告\n组织局党组会学习民法典。", ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2023年法治政府建设情况报告\n落实局党组、局领导班子学法制度。", ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2023年法治政府建设情况报告\n把法治建设纳入局党组重要议事日程。", ["长丰县水利局", "长丰县水利局党组"]),
    # A post, or the party group acting outside its meetings, stays out (as before).
    ("长丰县水利局2023年法治政府建设情况报告\n组织局党组书记讲党课。", ["长丰县水利局"]),
    ("长丰县水利局2023年法治政府建设情况报告\n落实局党组调整意见。", ["长丰县水利局"]),
])
def test_a_bureaus_party_group_after_a_verb(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A government's units as a plural (县政府各单位, 市政府各部门) are left out, and the government with them ...
    ("东辽县2024年法治政府建设工作要点\n县司法局起草了征求意见稿,发送各乡镇、县政府各单位征求意见。", ["东辽县司法局"]),
    ("辽源市2024年法治政府建设情况报告\n市司法局牵头,市政府各部门按职责分工落实。", ["辽源市司法局"]),
    # (its departments concerned too: 向省政府相关部门征集, 市政府有关部门负责人参加)
    ("辽源市2024年法治政府建设情况报告\n市司法局向市政府相关部门征集问题线索。", ["辽源市司法局"]),
    ("辽源市2024年法治政府建设情况报告\n市司法局召开座谈会,市政府有关部门主要负责人参加。", ["辽源市司法局"]),
    # (its departments with no 各 before them, 县政府部门权责清单, 新区政府部门: still a plural, no government acting)
    ("东辽县2024年法治政府建设情况报告\n县司法局动态调整县政府部门权责清单。", ["东辽县司法局"]),
    ("某港新区2024年法治政府建设情况报告\n新区司法局动态调整新区政府部门权责清单。", ["某港新区司法局"]),
    # ... and 政府治理 is governance, no body (提升我县政府治理效能).
    ("东辽县2024年法治政府建设工作要点\n县司法局推动提高决策质量,切实提升我县政府治理效能。", ["东辽县司法局"]),
    # A government acting before its departments are named keeps its place.
    ("东辽县2024年法治政府建设情况报告\n县政府召开常务会议,要求县政府各部门落实。", ["东辽县人民政府"]),
])
def test_a_governments_units_and_governance_are_no_body_acting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A ministry's named requirement followed (按照某某部“…”要求) is no ministry acting.
    (ZHONGZHAN + "按照应急管理部“互联网+执法”要求,区应急管理局规范执法。", ["中站区应急管理局"]),
    (ZHONGZHAN + "落实司法部“八五”普法的工作部署,区司法局组织实施。", ["中站区司法局"]),
    # The ministry doing something named stays a body acting.
    (ZHONGZHAN + "应急管理部“互联网+执法”系统上线,区应急管理局参加。", ["应急管理部", "中站区应急管理局"]),
])
def test_a_ministrys_named_requirement_followed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled report speaking as 我局 that names its bureau only in its report on an earlier year: that bureau.
    ("2024年,在市委、市政府的正确领导下,我局推进依法行政。\n一是公开《赣州市水利局关于2023年法治政府建设情况的报告》。",
     ["赣州市委", "赣州市人民政府", "赣州市水利局"]),
    # Two bureaus' earlier reports so cited: the text does not say which is its own.
    ("2024年,在市委、市政府的正确领导下,我局推进依法行政。\n学习《赣州市水利局2023年法治政府建设情况报告》"
     "《赣州市林业局2023年法治政府建设情况报告》。", ["赣州市委", "赣州市人民政府"]),
    # ... or only in its plan for a year of that work (制定了《…局2024年法治政府建设工作要点》): that bureau too.
    ("根据工作安排,现将我局2024年法治政府建设工作情况报告如下:\n制定了《赣州市水利局2024年法治政府建设工作要点》。",
     ["赣州市水利局"]),
    ("根据工作安排,现将我局2024年法治政府建设工作情况报告如下:\n学习《赣州市水利局2024年法治政府建设工作要点》"
     "《赣州市林业局2024年法治政府建设工作要点》。", []),
    # ... or only in its plan, with no year, for taking part in a drive of that work, its district written under
    # its city (《某市某区…局参与全国法治政府建设示范创建活动实施方案》): that bureau, named by its district.
    ("2024年,在区委、区政府的领导下,我局推进依法行政。\n党组会议审议通过了《三明市三元区水利局参与全国法治政府建设"
     "示范创建活动实施方案》。", ["三元区委", "三元区人民政府", "三元区水利局"]),
    ("2024年,在三元区委、区政府的领导下,我局推进依法行政。\n学习《三明市三元区水利局参与全省法治建设示范活动实施方案》"
     "《三明市三元区林业局参与全省法治建设示范活动实施方案》。", ["三元区委", "三元区人民政府"]),
    # ... or in its plan with the year written first (印发《2024年某市某局法治建设工作要点》): that bureau too,
    # and not when two bureaus' plans are so cited.
    ("一年来,在市委、市政府的坚强领导下,我局推进依法行政。\n年初印发《2024年赣州市水利局法治建设工作要点》。",
     ["赣州市委", "赣州市人民政府", "赣州市水利局"]),
    ("一年来,在市委、市政府的坚强领导下,我局推进依法行政。\n学习《2024年赣州市水利局法治建设工作要点》"
     "《2024年赣州市林业局法治建设工作要点》。", ["赣州市委", "赣州市人民政府"]),
])
def test_an_untitled_report_naming_its_bureau_in_its_earlier_report(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 教育和体育局 and its short 教体局, 教育工作委员会 and 教育工委: one body each, named as the text names it most.
    ("中山市教育和体育局2023年法治政府建设年度报告\n中山市教育和体育局推进依法治校,纳入市教体局党组学习内容。",
     ["中山市教育和体育局"]),
    ("中山市教育和体育局2023年法治政府建设年度报告\n市教育工委召开会议,中山市教育工委部署工作,"
     "中山市教育工作委员会学习。", ["中山市教育和体育局", "中山市教育工委"]),
    # A district's 教育委员会 in its title and 区教委 in its text: one body, named as the text names it most.
    ("重庆市北碚区教育委员会2024年法治政府建设年度报告\n2024年,区教委推进依法治校,区教委主要负责同志履职。",
     ["北碚区教委"]),
])
def test_short_forms_of_education_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's plenum or enlarged meeting and what it said (地委扩大会议关于…的工作情况, 全会精神): the
    # meeting's words.
    ("东辽县2025年法治政府建设情况报告\n县司法局贯彻市委扩大会议精神,推进依法行政。", ["东辽县司法局"]),
    ("东辽县2025年法治政府建设情况报告\n县司法局学习省委十届六次全会关于法治建设的讲话。", ["东辽县司法局"]),
    # ... but the plenum's 部署 followed, however it is written, is the committee's: it leads, as its 部署
    # followed without the meeting named does (the convention since round sixteen; rounds 57 and 68).
    ("东辽县2025年法治政府建设情况报告\n县司法局把学习贯彻与省委十届六次全会关于全面依法治省的部署结合起来。",
     ["东辽县司法局", "吉林省委"]),
    ("东辽县2025年法治政府建设情况报告\n县政府加快落实省委十届六次全会部署。", ["东辽县人民政府", "吉林省委"]),
    ("东辽县2025年法治政府建设情况报告\n县政府落实市委全会作出的决策部署。", ["东辽县人民政府", "辽源市委"]),
    # A committee holding its meeting still acts.
    ("东辽县2025年法治政府建设情况报告\n县委召开扩大会议,研究法治建设。", ["东辽县委"]),
])
def test_a_committees_plenum_said_is_no_body_acting(text, expected):
    assert names(text) == expected


def test_a_body_after_a_title_that_lost_its_close_after_its_years():
    # 《A(2020-2025年)《B》…: A's 》 was lost after its years; the line after B is text, its bodies named.
    text = ("东辽县2025年法治政府建设情况报告\n把学习与《法治中国建设规划(2020-2025年)《法治政府建设实施纲要(2021-2025年)》"
            "《法治社会建设实施纲要(2020-2025年)》结合起来。全年县司法局召开会议学习33次。\n")
    assert names(text) == ["东辽县司法局"]


def test_a_body_after_a_title_that_lost_its_close_after_its_years_in_prose():
    # 《A(2021-2025年)和省、市要求,…《B》…: A's 》 was lost after its years and the sentence went on; the bodies
    # after it are the text's.
    text = ("东辽县2025年法治政府建设情况报告\n贯彻《法治政府建设实施纲要(2021-2025年)和省、市要求,对照《吉林省法治政府建设"
            "实施方案(2021-2025年)》,形成了县司法局牵头、各部门配合的工作格局。\n")
    assert names(text) == ["东辽县司法局"]


@pytest.mark.parametrize(("text", "expected"), [
    # A plan named by its owner and followed (市委实施方案, 区委全面依法治区委员会2025年工作要点要求): the
    # document, its owner not acting there.
    ("东辽县2025年法治政府建设情况报告\n县司法局紧紧围绕《法治政府建设实施纲要(2021-2025年)》、市委实施方案和东辽具体举措,"
     "推进工作。", ["东辽县司法局"]),
    ("东辽县2025年法治政府建设情况报告\n县司法局紧扣县委全面依法治县委员会2025年工作要点要求,推进依法行政。",
     ["东辽县司法局"]),
    # a body that makes or issues the plan acts; so does the author of the document's own title
    ("东辽县2025年法治政府建设情况报告\n县委制定实施方案,县司法局推进工作。", ["东辽县委", "东辽县司法局"]),
    ("东辽县司法局2025年工作要点\n按照县委部署,推进工作。", ["东辽县司法局", "东辽县委"]),
    # both bodies of a plan named by its owners (市委、市政府实施方案), and a plan named by the work it arranges
    # (市政府法治政府建设工作安排): the documents followed, their owners not acting there
    ("东辽县2025年法治政府建设情况报告\n为落实《纲要》和市委、市政府实施方案,县司法局推进工作。", ["东辽县司法局"]),
    ("东辽县2025年法治政府建设情况报告\n根据市政府法治政府建设工作安排,县司法局制定计划。", ["东辽县司法局"]),
    ("东辽县2025年法治政府建设情况报告\n根据市委和市政府2025年度法治社会建设工作安排,县司法局推进工作。",
     ["东辽县司法局"]),
    # the bodies that make the plan act, whichever its name
    ("东辽县2025年法治政府建设情况报告\n县委、县政府制定实施方案,县司法局推进工作。",
     ["东辽县委", "东辽县人民政府", "东辽县司法局"]),
])
def test_a_plan_named_by_its_owner_is_no_body_acting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Praise earned with 获 as with 被 (获…高度认可、…肯定并推广): the praising bodies do not act.
    ("东辽县2025年法治政府建设情况报告\n相关做法获县委主要领导高度认可、县司法局领导肯定并推广,县法院参与。",
     ["东辽县法院"]),
    # a body acting before the comma still acts; one whose support is 获得 acts
    ("东辽县2025年法治政府建设情况报告\n县司法局建立调解机制,获市司法局充分肯定。", ["东辽县司法局"]),
    ("东辽县2025年法治政府建设情况报告\n县司法局获得县委政法委支持,开展工作。", ["东辽县司法局", "东辽县委政法委"]),
    # A practice presented or passed on (获国务院新闻发布会推介, 获省司法厅推广), as 被…推介推广 is: no body acting.
    ("东辽县2025年法治政府建设情况报告\n县司法局推行联合检查,相关做法获国务院新闻发布会推介。", ["东辽县司法局"]),
    ("东辽县2025年法治政府建设情况报告\n县市场监管局创新监管方式,经验获省市场监管局推广。", ["东辽县市场监管局"]),
    # (the body that passes a practice on itself still acts)
    ("东辽县2025年法治政府建设情况报告\n县司法局推广调解经验。", ["东辽县司法局"]),
    # A practice's publicity earned (获得某部、某报等平台广泛宣传我县…经验), as 被…宣传报道 is: the bodies spreading
    # the word do no work; one whose support is earned for publicity work still acts, and so does a 宣传部.
    ("东辽县2025年法治政府建设情况报告\n县司法局创新调解机制,获得司法部、人民日报等平台广泛宣传我县调解工作经验。",
     ["东辽县司法局"]),
    ("东辽县2025年法治政府建设情况报告\n县信访局化解积案,做法获省信访局专题报道推广经验。", ["东辽县信访局"]),
    ("东辽县2025年法治政府建设情况报告\n获得县委宣传部大力支持开展法治宣传,县司法局组织培训。",
     ["东辽县委宣传部", "东辽县司法局"]),
])
def test_praise_earned_with_huo_is_no_body_acting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A body's inspection whose findings are rectified: what the body found, not the body acting.
    (DONGLIAO + "县政府全面完成中央依法治国办实地督察反馈问题整改工作。", ["东辽县人民政府"]),
    (DONGLIAO + "县司法局抓好省委巡视反馈意见整改。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县政府推进市委依法治市办督察整改,逐项销号。", ["东辽县人民政府"]),
    # A committee's 巡察 listed among the means a duty is checked by: a thing.
    (DONGLIAO + "将履职情况纳入年度绩效考核和县委巡察,县司法局督促落实。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县委巡察、县审计局审计同步开展。", ["东辽县人民政府", "东辽县审计局"]),
    # The inspecting body acting still acts.
    (DONGLIAO + "省司法厅开展法治督察,县政府配合。", ["东辽县人民政府", "吉林省司法厅"]),
    (DONGLIAO + "县委研究巡察工作,县司法局配合。", ["东辽县人民政府", "东辽县委", "东辽县司法局"]),
    # ... named with the levels and the work it covers (中央依法治国办市县法治建设工作实地督察反馈问题整改).
    (DONGLIAO + "县司法局做好中央依法治国办市县法治建设工作实地督察反馈问题整改。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县政府抓好省委依法治省办法治政府建设工作督察整改。", ["东辽县人民政府"]),
    # ... numbered, its findings rectified as one piece (省委第五巡视组专项巡视反馈意见一体化整改): the same findings.
    (DONGLIAO + "县司法局扎实推进落实省委第五巡视组专项巡视反馈意见一体化整改。", ["东辽县人民政府", "东辽县司法局"]),
    (DONGLIAO + "县政府抓好市委巡察反馈问题全面整改。", ["东辽县人民政府"]),
    (DONGLIAO + "中央依法治国办开展市县法治建设调研,县司法局配合。", ["东辽县人民政府", "中央依法治国办", "东辽县司法局"]),
])
def test_an_inspection_named_as_a_thing(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The party's political-legal commission and the Supreme People's Court by their short names, coming to study
    # the place's work: national bodies acting.
    (DONGLIAO + "全年保障中央政法委、司法部、最高院等上级机关来县开展法治政府建设相关调研4次。",
     ["东辽县人民政府", "中央政法委", "司法部", "最高人民法院"]),
    (DONGLIAO + "中共中央政法委员会调研组来县调研,县司法局配合。", ["东辽县人民政府", "中共中央政法委员会", "东辽县司法局"]),
    # (its secretary is a post; its column in quotes is no body acting)
    (DONGLIAO + "中央政法委副书记来县调研。中央政法委“长安评论”刊发县司法局文章。", ["东辽县人民政府", "东辽县司法局"]),
])
def test_national_political_legal_commission_and_supreme_court_by_short_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A ministry's 工作安排 followed is no ministry acting, as its 部署 is.
    ("江西省水利厅2022年法治政府建设情况报告\n全面落实党中央关于法治建设的决策部署和水利部的工作安排,厅机关推进依法行政。",
     ["江西省水利厅"]),
    # A national body listed with the province's leadership before its field's 建设 and 部署: the province's
    # leadership acts, the national body does not.
    ("江西省水利厅2022年法治政府建设情况报告\n认真落实省委、省政府和水利部法治政府建设工作部署,厅机关推进依法行政。",
     ["江西省水利厅", "江西省委", "江西省人民政府"]),
    # The ministry doing the work still acts.
    ("江西省水利厅2022年法治政府建设情况报告\n水利部组织开展执法检查,厅机关积极配合。", ["江西省水利厅", "水利部"]),
])
def test_a_ministrys_arrangements_followed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A reward of the State Council's inspection earned with 获 is an honour: the State Council does not act.
    ("江西省水利厅2022年法治政府建设情况报告\n河湖长制工作获得国务院督查激励,厅机关推进依法行政。", ["江西省水利厅"]),
    ("江西省水利厅2022年法治政府建设情况报告\n国务院开展大督查,厅机关积极配合。", ["江西省水利厅", "国务院"]),
    # ... and with 受到 (受到省政府督查激励, 受到省政府通报表扬), the same.
    ("江西省水利厅2022年法治政府建设情况报告\n水旱灾害防御工作受到省政府督查激励,厅机关推进依法行政。", ["江西省水利厅"]),
    ("江西省水利厅2022年法治政府建设情况报告\n厅机关推进依法行政,受到省政府通报表扬。", ["江西省水利厅"]),
    # ... and with 被 (连续4年被市政府督查激励; round 195), the same.
    ("江西省水利厅2022年法治政府建设情况报告\n厅机关连续4年因工作突出被省政府督查激励。", ["江西省水利厅"]),
    # ... and put among what its inspection rewards (两项工作列入省政府督查激励事项; round 219), the same; a body putting
    # work there (市政府将其列入督查激励事项) still acts, and a plain inspection's list (列入省政府重点督查事项) is no reward.
    ("泰安市市场监督管理局2024年法治政府建设工作报告\n质量强省建设、事中事后监管两项工作列入省政府督查激励事项。",
     ["泰安市市场监督管理局"]),
    ("泰安市市场监督管理局2024年法治政府建设工作报告\n市政府将其列入督查激励事项。", ["泰安市市场监督管理局", "泰安市人民政府"]),
    ("泰安市市场监督管理局2024年法治政府建设工作报告\n该项工作列入省政府重点督查事项。",
     ["泰安市市场监督管理局", "山东省人民政府"]),
])
def test_an_inspections_reward_earned(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A department's party group at its meeting after 开展 (开展厅党组会、厅务会会前学法), as after 召开.
    ("江西省水利厅2022年法治政府建设情况报告\n2022年,江西省水利厅坚持开展厅党组会、厅务会会前学法。",
     ["江西省水利厅", "江西省水利厅党组"]),
    # Its leading group named with its meeting's year between (…厅2022年度法治建设工作领导小组会议): its group.
    ("江西省水利厅2022年法治政府建设情况报告\n召开江西省水利厅2022年度依法行政工作领导小组会议,部署重点任务。",
     ["江西省水利厅", "江西省水利厅依法行政工作领导小组"]),
    # a year before a plan (厅2022年度工作要点) names no group
    ("江西省水利厅2022年法治政府建设情况报告\n制定江西省水利厅2022年度工作要点,推进依法行政。", ["江西省水利厅"]),
])
def test_a_departments_party_group_and_its_group_with_a_year(text, expected):
    assert names(text) == expected


def test_a_body_written_twice_as_often_named_as_its_title_names_it():
    """某省市场监督管理局 in the title and 省市场监管局 once in the text: a tie, named as the title names it."""
    text = ("江西省市场监督管理局关于2022年度法治政府建设情况的报告\n2022年,省市场监管局坚持依法行政。")
    assert names(text) == ["江西省市场监督管理局"]


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled report opening under its leadership, then its department: the department's bare 厅党委 is its own.
    ("在省委、省政府的坚强领导下,江西省水利厅坚持依法行政。\n将习近平法治思想纳入厅党委理论学习中心组学习计划。",
     ["江西省委", "江西省人民政府", "江西省水利厅", "江西省水利厅党委"]),
    ("2024年,在省委的正确领导下,江西省水利厅坚持依法行政。\n厅党组会专题研究法治工作。",
     ["江西省委", "江西省水利厅", "江西省水利厅党组"]),
    # a government opening so names no department's party group
    ("在省委的坚强领导下,江西省人民政府坚持依法行政。\n厅党委理论学习中心组开展学习。",
     ["江西省委", "江西省人民政府"]),
])
def test_an_untitled_report_opening_under_its_leadership(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A heading run into its text on a flattened page (…推进我区法治建设自治区党委、政府…): the bare 区 of 我区 takes
    # no body across the region's own 自治区; the region's committee and government start there.
    ("宁夏回族自治区2023年法治政府建设情况报告一、全力推进我区法治建设自治区党委、政府高度重视法治工作。",
     ["宁夏回族自治区党委", "宁夏回族自治区人民政府"]),
])
def test_a_bare_district_takes_no_body_across_the_region(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A commission named in full by its title and short in its text is one body, named as its title has it
    # when the two forms tie.
    ("北碚区交通运输委员会关于2022年法治政府建设情况的报告\n2022年,北碚区交通运输委推进依法行政。",
     ["北碚区交通运输委员会"]),
    # (the short form written more often names it)
    ("北碚区交通运输委员会关于2022年法治政府建设情况的报告\n2022年,北碚区交通运输委推进依法行政。"
     "北碚区交通运输委落实责任。", ["北碚区交通运输委"]),
])
def test_a_commission_in_full_and_short_is_one_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The central rule-of-law committee under its short name approves; its office decides.
    ("关于第二批全国法治政府建设示范地区命名的决定\n经报中央依法治国委批准,中央依法治国办决定予以命名。",
     ["中央依法治国委", "中央依法治国办"]),
    # (its members consulted are not the committee acting; its meeting's spirit studied is no action)
    ("关于第二批全国法治政府建设示范地区命名的决定\n草案送中央依法治国委委员征求意见,司法部修改完善。", ["司法部"]),
    (DONGLIAO + "学习中央依法治国委第一次会议精神,县政府部署落实。", ["东辽县人民政府"]),
])
def test_the_central_committee_by_its_short_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's committee's study group at its study under its shortest name (党委理论中心组) acts, as 理论学习中心组 does.
    ("良垌镇2024年法治政府建设年度报告\n本人全年参加党委理论中心组专题学习5次。", ["良垌镇党委"]),
    ("良垌镇2024年法治政府建设年度报告\n党委理论中心组集中学习4次。", ["良垌镇党委"]),
    # its rules still are not it acting
    ("良垌镇2024年法治政府建设年度报告\n落实党委理论中心组学法制度。", []),
    # A 管理区 reporting about itself: its 区党委 at its study group is its own (纳入区党委理论学习中心组学习内容).
    ("屈原管理区关于履行推进法治建设第一责任人职责情况的报告\n将宪法纳入区党委理论学习中心组重要学习内容。", ["屈原管理区党委"]),
    # A leader's report naming no township: a verb taking the bare committee (利用镇党委会议) makes no township's body.
    ("乡镇镇长述法报告\n本人利用镇党委会议开展学法,全镇推进普法。", []),
])
def test_a_township_committees_study_group_and_a_leaders_report(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A city-management enforcement bureau with and without its 综合: one bureau, named as its title has it on a tie.
    ("东辽县城市管理综合行政执法局2023年法治政府建设情况报告\n本制度适用于东辽县城市管理行政执法局。",
     ["东辽县城市管理综合行政执法局"]),
    # (the form written more often names it)
    ("东辽县城市管理综合行政执法局2023年法治政府建设情况报告\n东辽县城市管理行政执法局推进执法。"
     "东辽县城市管理行政执法局开展培训。", ["东辽县城市管理行政执法局"]),
])
def test_a_city_management_bureau_with_and_without_zonghe(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The rule-of-law commission's office written in full without 全面: the office of the one commission.
    (DONGLIAO + "由县委依法治县委员会办公室牵头,组织各部门开展宣传。", ["东辽县人民政府", "东辽县委全面依法治县委员会办公室"]),
    (DONGLIAO + "依法治县委员会办公室组织督察。", ["东辽县人民政府", "东辽县委全面依法治县委员会办公室"]),
    # (its short office keeps its short name)
    (DONGLIAO + "县委依法治县办组织督察。", ["东辽县人民政府", "东辽县委依法治县办"]),
    # The office named in full and short in one text is one office, named as the text names it most.
    (DONGLIAO + "县委全面依法治县委员会办公室组织督察,县委依法治县办通报。\n县委全面依法治县委员会办公室\n2020年1月5日",
     ["东辽县人民政府", "东辽县委全面依法治县委员会办公室"]),
    (DONGLIAO + "县委依法治县办组织督察,县委全面依法治县委员会办公室通报,县委依法治县办跟踪。",
     ["东辽县人民政府", "东辽县委依法治县办"]),
    # The nation's office too (中央依法治国办 is 中央全面依法治国委员会办公室 named short).
    (DONGLIAO + "在中央全面依法治国委员会办公室的指导下,县政府配合中央依法治国办调研,中央依法治国办督察。",
     ["东辽县人民政府", "中央依法治国办"]),
    (DONGLIAO + "在中央全面依法治国委员会办公室的指导下,县政府落实中央依法治国办部署。",
     ["东辽县人民政府", "中央全面依法治国委员会办公室"]),
])
def test_a_commissions_office_written_in_full(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A court or procuratorate written bare as the partner of a joint action is the author's county's.
    (DONGLIAO + "县司法局与检察院、纪检监察部门联合开展案卷评查。", ["东辽县人民政府", "东辽县司法局", "东辽县检察院"]),
    (DONGLIAO + "县司法局会同人民法院建立行政争议化解联动机制。", ["东辽县人民政府", "东辽县司法局", "东辽县人民法院"]),
    # (not without a joint action, nor in a township's report)
    (DONGLIAO + "支持法院依法受理行政案件,与检察院共享信息。", ["东辽县人民政府"]),
    ("龙潭乡2021年法治政府建设工作总结\n乡司法所与法院联合开展调解。", ["龙潭乡司法所"]),
])
def test_a_bare_court_as_partner_of_a_joint_action(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A government's meeting named by a quoted programme, whose spirit is followed: the meeting's words.
    ("献县推行三项制度实施方案\n为贯彻落实党的十八大和省政府推行行政执法“三项制度”会议精神,县政府制定本方案。",
     ["献县人民政府"]),
    # (the government acting on the programme is still a body acting)
    ("献县推行三项制度实施方案\n省政府推行行政执法“三项制度”,县政府抓好落实。", ["河北省人民政府", "献县人民政府"]),
])
def test_a_meeting_named_by_a_quoted_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare level's body listed right after a named division's (在德州市委、市政府…领导下) is that division's,
    # not the document's own city's: a county-level city's report led by its prefecture.
    ("乐陵市2022年法治政府建设工作报告\n2022年,在德州市委、市政府的坚强领导下,乐陵市推进工作。市政府常务会议学法。",
     ["德州市委", "德州市人民政府", "乐陵市人民政府"]),
    ("乐陵市2022年法治政府建设工作报告\n2022年,在德州市委和市政府的领导下,乐陵市推进工作。", ["德州市委", "德州市人民政府"]),
    # (a bare body of another level after it stays the document's own)
    ("东辽县人民政府关于2019年度东辽县法治政府建设情况的报告\n在辽源市委、县委的领导下,县政府推进工作。",
     ["东辽县人民政府", "辽源市委", "东辽县委"]),
])
def test_a_bare_body_listed_after_a_named_divisions(text, expected):
    assert names(text) == expected


CATALOGUE = "邢台市人民政府办公室关于印发2023年邢台市重大行政决策事项目录的通知\n"
OWN_CATALOGUE = "关于公布邢台市人民政府2023年度重大行政决策事项目录的通知\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A title's order number names its issuer to number it ((国务院令第588号), (省政府令第12号)): no body acting.
    (CATALOGUE + "依据《某某管理条例》(国务院令第588号)、《河北省某某规定》(省政府令第12号),市政府编制目录。",
     ["邢台市人民政府办公室", "邢台市人民政府"]),
    (CATALOGUE + "依据《河北省某某规定》(河北省人民政府令第12号),市司法局组织编制。",
     ["邢台市人民政府办公室", "邢台市司法局"]),
    # (its words in the other order, the parenthesis going on: (省政府12号令,以下简称《规定》))
    (CATALOGUE + "依据《河北省某某规定》(省政府12号令,以下简称《规定》),市司法局组织编制。",
     ["邢台市人民政府办公室", "邢台市司法局"]),
    # A metadata table's label keeps its value in the next cell (发布机构: | X |), and a page's 政策咨询机关
    # answers questions on it: neither acts in the text.
    ("索引号: | 0001/2023-01 | 发布机构: | 邢台市人民政府办公室 |\n" + OWN_CATALOGUE + "市政府编制目录。",
     ["邢台市人民政府"]),
    ("政策咨询机关: 邢台市司法局:张三 政策咨询电话: 0000\n" + OWN_CATALOGUE + "市政府编制目录。",
     ["邢台市人民政府"]),
    # A bulleted metadata list, label and value set apart by a space (• 发布机构 X): the page's poster, no body acting.
    (OWN_CATALOGUE + "  • 索引号 0001/2023-01\n  • 发布机构 邢台市政府办\n  • 公开方式 主动公开\n市政府编制目录。",
     ["邢台市人民政府"]),
    (OWN_CATALOGUE + "  • 发布机构 邢台市司法局\n市政府编制目录。", ["邢台市人民政府"]),
    # A list's table whose column is headed 承办单位, its cells on lines of their own between pipes: the units
    # the list names as responsible act (the heading is no site footer's).
    (CATALOGUE + "市政府办公室编制目录。\n序号\n|\n事项\n|\n承办单位\n|\n1\n|\n某某规划\n|\n市水利局\n|\n",
     ["邢台市人民政府办公室", "邢台市水利局"]),
    (CATALOGUE + "市政府办公室编制目录。\n序号 | 事项 | 承办单位 |\n1 | 某某规划 | 市水利局 |\n",
     ["邢台市人民政府办公室", "邢台市水利局"]),
])
def test_order_numbers_metadata_cells_and_listed_units(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A group's name on the line under the bodies it belongs to, signing a notice: one group, not the bodies.
    ("关于印发《巴彦县法治宣传工作方案》的通知\n各乡镇:\n现将方案印发给你们。\n中共巴彦县委巴彦县人民政府\n法治宣传工作领导小组\n"
     "2020年9月1日\n", ["中共巴彦县委巴彦县人民政府法治宣传工作领导小组"]),
    # ... while bodies signing with no group under them sign themselves.
    ("关于印发《巴彦县法治宣传工作方案》的通知\n各乡镇:\n现将方案印发给你们。\n中共巴彦县委 巴彦县人民政府\n"
     "2020年9月1日\n", ["中共巴彦县委", "巴彦县人民政府"]),
])
def test_a_group_signing_under_its_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A group named for the work it drives, 推进 opening its name, as 推进依法治县领导小组 does.
    ("青山区2023年法治政府建设工作要点\n青山区推进法治政府建设工作领导小组\n关于印发工作要点的通知\n各镇(街道):",
     ["青山区推进法治政府建设工作领导小组"]),
    (ZHONGZHAN + "区推进依法行政工作领导小组办公室督促落实。", ["中站区推进依法行政工作领导小组办公室"]),
    # 推进 as the verb still ends a name.
    (ZHONGZHAN + "区政府推进法治政府建设工作,成效明显。", ["中站区人民政府"]),
    # The first bodies' own 部署 ends their clause: the title after 和 is the second bodies' (their issuer), the first act.
    (DONGLIAO + "根据省委、省政府总体部署和县委、县政府《关于争创示范县的实施意见》要求,制定本意见。",
     ["东辽县人民政府", "吉林省委", "吉林省人民政府"]),
    (DONGLIAO + "根据省委、省政府《关于争创示范县的实施意见》要求,制定本意见。", ["东辽县人民政府"]),
    # A quoted phrase that reads like a bare body is a reform's word (基本实现“市县同权”“市县同办”).
    ("辽源市人民政府关于深化改革的实施意见\n基本实现“市县同权”“市县同办”,真正实现“一地办结”。", ["辽源市人民政府"]),
    # A national body's 部署 pointed back to (落实国务院、省政府及市政府的这些重要部署) is followed, no act of it;
    # the province's and the city's act.
    (DONGLIAO + "为落实国务院、省政府及市政府的这些重要部署,县政府印发了通知。",
     ["东辽县人民政府", "吉林省人民政府", "辽源市人民政府"]),
    # A bare court right after 会同, which says the joint work itself: the county's.
    (DONGLIAO + "县司法局会同法院等相关部门逐案分析研判。", ["东辽县人民政府", "东辽县司法局", "东辽县法院"]),
    # After 与, a word of joint action is still wanted.
    (DONGLIAO + "县司法局与法院的干部交流。", ["东辽县人民政府", "东辽县司法局"]),
])
def test_groups_driving_work_directives_quoted_words_and_partner_courts(text, expected):
    assert names(text) == expected


def test_notice_above_a_plan_heading_broken_before_its_years():
    # The notice's bodies and signature stand before the plan's heading, whose years and kind's last word
    # went to the next line: they are the plan's page too.
    text = ("各乡镇人民政府:\n《东辽县提升行政执法质量三年行动计划(2023—2025年)实施方案》已经县人民政府同意,"
            "现印发给你们。实施中遇到的问题,请径向县司法局反映。\n辽源市东辽县人民政府办公室\n2024年3月8日\n"
            "东辽县提升行政执法质量三年行动计划\n(2023—2025年)实施方案\n为推进工作,制定本方案。")
    assert names(text) == ["东辽县人民政府", "东辽县司法局", "东辽县人民政府办公室"]


@pytest.mark.parametrize(("text", "expected"), [
    # A county's townships' stations listed by the townships' stems: each its own, the verb's last character
    # glued to the first stem left out.
    ("安吉县2023年法治政府建设工作报告\n按年初任务,孝丰、报福、杭垓司法所完成验收。", ["孝丰司法所", "报福司法所", "杭垓司法所"]),
    ("安吉县2023年法治政府建设工作报告\n年内完成孝丰、报福派出所改造。", ["孝丰派出所", "报福派出所"]),
    # A stem that is no township of the county: the list is no list of its townships.
    ("安吉县2023年法治政府建设工作报告\n按年初任务,孝丰、西湖司法所完成验收。", []),
])
def test_a_countys_township_stations_listed_by_their_stems(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare commission's office as a clause's subject: the text's one rule-of-law commission's office.
    ("5月8日,平阴县委全面依法治县委员会召开第二次会议。会议要求,委员会要发挥统筹作用,委员会办公室要做好督促检查。",
     {"平阴县委全面依法治县委员会", "平阴县委全面依法治县委员会办公室"}),
    # The office the text's one commission sets up (委员会下设办公室,负责…; 委员会(领导小组)下设办公室): the commission's office.
    ("平阴县委全面依法治县委员会于3月调整。委员会下设办公室,负责日常工作。",
     {"平阴县委全面依法治县委员会", "平阴县委全面依法治县委员会办公室"}),
    ("2023年,平阴县重新组建县委全面依法治县委员会,由县委书记任主任。委员会(领导小组)下设办公室,负责统筹协调日常工作。",
     {"平阴县委全面依法治县委员会", "平阴县委全面依法治县委员会办公室"}),
    # (an office set up that nobody says does anything: not read)
    ("平阴县委全面依法治县委员会于3月调整。委员会下设办公室和三个协调小组。",
     {"平阴县委全面依法治县委员会"}),
    # (two commissions named: whose office is unsaid)
    ("平阴县委全面依法治县委员会召开会议,传达济南市委全面依法治市委员会会议部署。会议要求,委员会办公室要做好督促检查。",
     {"平阴县委全面依法治县委员会", "济南市委全面依法治市委员会"}),
    # The body another is said to belong to (作为县委的议事协调机构) is described, not acting.
    ("平阴县委全面依法治县委员会召开会议。会议指出,委员会作为县委的议事协调机构,要发挥作用。",
     {"平阴县委全面依法治县委员会"}),
    ("平阴县司法局是县政府的工作部门,负责推进依法行政。", {"平阴县司法局"}),
    # (the government whose reconsideration office a bureau is, 作为/是…的行政复议机构: described; round 232)
    ("济南市人民政府关于行政复议有关事项的通告\n历下区司法局作为历下区人民政府的行政复议机构,负责依法办理本级人民政府行政复议事项。",
     {"济南市人民政府", "历下区司法局"}),
    ("平阴县人民政府关于行政复议有关事项的通告\n平阴县人民政府办公室是平阴县人民政府的行政复议机构。平阴县司法局负责应诉。",
     {"平阴县人民政府", "平阴县人民政府办公室", "平阴县司法局"}),
    # A court followed straight by a count of cases (涉及区法院164件,三中院80件): where cases sit, no work of its;
    # the same court acting stays (round 232).
    ("平阴县2024年行政复议应诉工作情况\n以县政府为被告的行政诉讼案件共373件,主要涉及县法院164件,中院80件。",
     {"平阴县人民政府"}),
    ("平阴县2024年行政复议应诉工作情况\n以县政府为被告的行政诉讼案件共373件。县法院召开府院联席会议。",
     {"平阴县人民政府", "平阴县法院"}),
    # A body followed straight by the staff or posts it is given (增加市法律援助中心编外聘用人员4名): its establishment
    # counted, no work of its; the centre acting stays (round 243).
    ("芜湖市2022年度行政复议与应诉工作总结\n市司法局设立行政应诉科,增加市法律援助中心编外聘用人员4名。", {"芜湖市司法局"}),
    ("芜湖市2022年度行政复议与应诉工作总结\n市司法局设立行政应诉科,增加市法律援助中心行政编2名。", {"芜湖市司法局"}),
    ("芜湖市2022年度行政复议与应诉工作总结\n市法律援助中心深入社区开展法律援助。", {"芜湖市法律援助中心"}),
    # The bodies a supervising measure is applied to, listed after 对 and counted as units (对…五个单位实行专会专函,
    # 对A、B等2个部门发出督办函): its objects, no body acting; the bureau applying it acts, and bodies trained after 对
    # stay, as before (round 243).
    ("东莞市司法局2023年行政应诉工作总结\n对执法任务重且行政案件数量多的市生态环境局、市人社局、市住房公积金管理中心"
     "三个单位实行专会专函,压紧压实责任。", {"东莞市司法局"}),
    ("东莞市司法局2023年行政应诉工作总结\n市司法局对市生态环境局、市人社局等2个部门发出督办函。", {"东莞市司法局"}),
    ("东莞市司法局2023年行政应诉工作总结\n市司法局对市生态环境局、市人社局等2个单位开展培训。",
     {"东莞市司法局", "东莞市生态环境局", "东莞市人社局"}),
    ("东莞市司法局2023年行政应诉工作总结\n市司法局对照清单督促市生态环境局、市人社局等2个单位开展约谈。",
     {"东莞市司法局", "东莞市生态环境局", "东莞市人社局"}),
    # (a body acting as one, 县委作为…第一责任主体, still acts)
    ("平阴县县委作为法治建设第一责任主体,召开常委会研究法治工作。", {"平阴县委"}),
])
def test_bare_commission_office_and_bodies_described(text, expected):
    assert set(names(text)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's bare 局党组 at its study group with the year it is of (列入局党组年度理论学习中心组) is its own,
    # as without the year.
    ("长丰县水利局2024年法治政府建设情况报告\n将法治思想列入局党组年度理论学习中心组学习内容。",
     ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2024年法治政府建设情况报告\n宪法列入局党组2024年度理论学习中心组学习计划。",
     ["长丰县水利局", "长丰县水利局党组"]),
    # (a post stays out, with or without the year)
    ("长丰县水利局2024年法治政府建设情况报告\n局党组年度述职由书记主持。", ["长丰县水利局"]),
])
def test_a_bureaus_party_group_study_group_of_a_year(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The party's organisation department that runs a class with a ministry acts, as the ministry does.
    ("长丰县水利局2024年法治政府建设情况报告\n局领导参加中央组织部和水利部联合主办的专题培训班。",
     ["长丰县水利局", "中央组织部", "水利部"]),
    ("长丰县水利局2024年法治政府建设情况报告\n参加中共中央组织部举办的网络培训。", ["长丰县水利局", "中共中央组织部"]),
])
def test_the_central_organisation_department(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # In a district branch's own report, its bare 分局党委 at its meeting is its own.
    ("武汉市公安局江岸区分局关于2023年度法治政府建设情况的报告\n分局党委会议8次专题研究法治公安建设。",
     ["武汉市公安局江岸区分局", "武汉市公安局江岸区分局党委"]),
    # (in a city bureau's report a bare 分局党委 names no branch, and a post stays out)
    ("武汉市公安局2023年法治政府建设情况报告\n分局党委会议专题研究执法规范化。", ["武汉市公安局"]),
    ("武汉市公安局江岸区分局关于2023年度法治政府建设情况的报告\n分局党委书记主持。", ["武汉市公安局江岸区分局"]),
])
def test_a_district_branchs_own_party_committee(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled report speaking as 我局 that names its bureau only as the issuer of its party group's rules
    # and notices it cites (《中共某市某区某局党组…》): that bureau, its district written without the city.
    ("2024年,我局紧紧围绕区委、区政府中心工作,依法履行职责。制定《中共肇庆市端州区农业农村局党组议事规则》,"
     "印发《中共肇庆市端州区农业农村局党组关于印发学习计划的通知》。现将我局情况报告如下。",
     ["端州区委", "端州区人民政府", "端州区农业农村局"]),
    # (two bureaus' party groups so named say nothing of which is the author)
    ("2024年,我局紧紧围绕区委、区政府中心工作,依法履行职责。转发《中共肇庆市端州区农业农村局党组议事规则》"
     "《中共肇庆市端州区水务局党组议事规则》。现将我局情况报告如下。",
     ["端州区委", "端州区人民政府"]),
])
def test_a_bureau_named_only_by_its_party_groups_titles(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's group after a verb with the bare 局 (充分发挥局依法行政工作领导小组作用): the author bureau's.
    ("长丰县水利局2024年法治政府建设情况报告\n我局依法行政。充分发挥局依法行政工作领导小组作用。",
     ["长丰县水利局", "长丰县水利局依法行政工作领导小组"]),
    ("长丰县水利局2024年法治政府建设情况报告\n我局依法行政。依托局法治建设领导小组统筹推进。",
     ["长丰县水利局", "长丰县水利局法治建设领导小组"]),
    # (由局长任组长: a post, the group left as the sentence names it)
    ("长丰县水利局2024年法治政府建设情况报告\n由局长任组长的领导小组统筹推进。", ["长丰县水利局"]),
    # A bureau's group kept working after 坚持 with the bare 局 (坚持局依法行政领导小组工作机制): the author bureau's;
    # its bare 局党组 after 坚持 is still no group (round 269).
    ("广州市审计局关于2024年度法治政府建设情况的报告\n坚持局依法行政领导小组工作机制,主持会议听取法治建设工作汇报。",
     ["广州市审计局", "广州市审计局依法行政领导小组"]),
    ("广州市审计局关于2024年度法治政府建设情况的报告\n坚持局党组领导,推进工作。", ["广州市审计局"]),
])
def test_a_bureaus_group_after_a_verb_and_its_bare_bureau(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's bare party group that calls its own meetings in its clause (局党组定期组织学习召开党组会议)
    # is its own, as at its meetings.
    ("长丰县水利局2024年法治政府建设情况报告\n局党组定期组织集体学习召开党组会议研究法治工作。",
     ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2024年法治政府建设情况报告\n局党组每季度召开党组会听取汇报。", ["长丰县水利局", "长丰县水利局党组"]),
    # (its secretary presiding is a post; a meeting in another clause says nothing of the group)
    # (calling its meetings, counted: 局党组召开5次会议专题研究…)
    ("长丰县水利局2024年法治政府建设情况报告\n今年以来,局党组召开5次会议专题研究法治工作。",
     ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2024年法治政府建设情况报告\n局党组召开了12次党组会议研究部署。", ["长丰县水利局", "长丰县水利局党组"]),
    # (calling its meeting at once, 局党组第一时间召开专题会议传达学习…: the same)
    ("长丰县水利局2024年法治政府建设情况报告\n局党组第一时间召开专题会议传达学习会议精神。",
     ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2024年法治政府建设情况报告\n局党组及时召开党组会议研究部署。", ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2024年法治政府建设情况报告\n局党组书记主持召开党组会议。", ["长丰县水利局"]),
    ("长丰县水利局2024年法治政府建设情况报告\n局党组高度重视,召开党组会议研究。", ["长丰县水利局"]),
])
def test_a_bureaus_party_group_calling_its_meetings(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare county congress that organises a training (参加了县人大组织的…培训班) is its standing committee.
    ("长丰县水利局2024年法治政府建设情况报告\n我局派员参加了县人大组织的备案审查培训班。",
     ["长丰县水利局", "长丰县人大常委会"]),
    ("长丰县水利局2024年法治政府建设情况报告\n参加县人大举办的专题讲座。", ["长丰县水利局", "长丰县人大常委会"]),
    # (a deputy or the congress's session is no body acting)
    ("长丰县水利局2024年法治政府建设情况报告\n办理县人大代表建议12件。", ["长丰县水利局"]),
])
def test_a_bare_congress_organising(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A training course named for the 法制政府 it builds (“某县法制政府建设业务培训班”) names no government.
    ("长丰县水利局2024年法治政府建设情况报告\n参加了县司法局开展的“长丰县法制政府建设业务培训班”。",
     ["长丰县水利局", "长丰县司法局"]),
    # The centre's and the government's 统一工作部署 followed with the province's and city's commissions
    # (遵照党中央、国务院、省、市法治委的统一工作部署): no national body acting.
    ("长丰县水利局2024年法治政府建设情况报告\n遵照党中央、国务院、省、市法治委的统一工作部署,推进工作。",
     ["长丰县水利局"]),
])
def test_a_rule_of_law_government_course_and_a_unified_deployment(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's bare party group listed first among its meetings, the 会议 written once for both
    # (通过局党组、局班子会议…加强学习): its own, as at its meetings.
    ("长丰县水利局2024年法治政府建设情况报告\n通过局党组、局班子会议、干部职工大会加强学习。",
     ["长丰县水利局", "长丰县水利局党组"]),
    ("长丰县水利局2024年法治政府建设情况报告\n通过局党组、局务会专题研究。", ["长丰县水利局", "长丰县水利局党组"]),
    # (its members listed with it are no meeting)
    ("长丰县水利局2024年法治政府建设情况报告\n局党组、班子成员带头学法。", ["长丰县水利局"]),
])
def test_a_bureaus_party_group_before_its_other_meetings(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A provincial department's party group named with its department, acting (省财政厅党组坚持…, 高度重视):
    # its own, in its own report.
    ("山西省财政厅2021年法治政府建设情况报告\n2021年,省财政厅党组坚持依法理财。", ["山西省财政厅", "山西省财政厅党组"]),
    ("山西省财政厅2021年法治政府建设情况报告\n省财政厅党组高度重视法治建设。省财政厅党组会议审议规范性文件。",
     ["山西省财政厅", "山西省财政厅党组"]),
    # (a post, 党组书记, and what its study holds, 党组学习内容, are no group acting)
    ("山西省财政厅2021年法治政府建设情况报告\n省财政厅党组书记带头学法。", ["山西省财政厅"]),
    ("山西省财政厅2021年法治政府建设情况报告\n省财政厅推进依法理财,纳入省财政厅党组学习内容。", ["山西省财政厅"]),
    # An untitled report opening with this year and its department's group (今年以来,省某厅党组坚持…).
    ("今年以来,省财政厅党组坚持以法治思想为指导,山西省财政工作取得成效。", ["山西省财政厅", "山西省财政厅党组"]),
    # A department's bare group at its study meeting by its subject (组织厅党组法律学习会).
    ("山西省财政厅2021年法治政府建设情况报告\n全年组织厅党组法律学习会3次。", ["山西省财政厅", "山西省财政厅党组"]),
    # ... or planning and deploying work (与厅党委谋划部署…有机结合, 由厅党组统筹部署); its secretary deploying is a post.
    ("湖北省交通运输厅2024年度法治政府建设情况报告\n把学习贯彻重要讲话精神与厅党委谋划部署法治工作有机结合。",
     ["湖北省交通运输厅", "湖北省交通运输厅党委"]),
    ("湖北省交通运输厅2024年度法治政府建设情况报告\n由厅党组统筹部署专项行动。", ["湖北省交通运输厅", "湖北省交通运输厅党组"]),
    ("湖北省交通运输厅2024年度法治政府建设情况报告\n厅党组书记部署专项行动。", ["湖北省交通运输厅"]),
])
def test_a_departments_party_group_named_with_its_department(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A commission's own party committee or group, bare in its report (召开委党委会议, 委党组任命): its own.
    ("山西省卫生健康委2022年法治政府建设情况报告\n通过召开委党委会议等形式学习法律法规。",
     ["山西省卫生健康委", "山西省卫生健康委党委"]),
    ("山西省卫生健康委2022年法治政府建设情况报告\n对2021年以来委党组任命的干部开展任前考法。",
     ["山西省卫生健康委", "山西省卫生健康委党组"]),
    # (a party committee's report is no commission's: 县委党校 names no group of it)
    ("中共长丰县委2022年法治建设情况报告\n组织县委党校培训。", ["中共长丰县委"]),
])
def test_a_commissions_bare_party_committee(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The centre's inspection of a province named with the work inspected, its findings rectified
    # (研究中央依法治国办对某省开展法治政府建设实地督察反馈意见…的整改工作): the findings, no body acting.
    ("山西省财政厅2021年法治政府建设情况报告\n研究中央依法治国办对山西省开展法治政府建设实地督察反馈意见涉及我厅问题的整改工作。",
     ["山西省财政厅"]),
    # (the county inspected, its quoted plans and their mid-term review between: 全面完成市委依法治市办对某县法治建设
    # “一规划两方案”中期评估督察反馈意见整改工作: the same findings; a body that inspects still acts)
    ("房县人民政府关于2024年法治政府建设情况的报告\n全面完成市委依法治市办对房县法治建设“一规划两方案”中期评估督察"
     "反馈意见整改工作。", ["房县人民政府"]),
    ("房县人民政府关于2024年法治政府建设情况的报告\n市委依法治市办对房县法治建设“一规划两方案”开展中期评估。",
     ["房县人民政府", "十堰市委依法治市办"]),
])
def test_an_inspection_of_a_named_province_rectified(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A department's report that adjusts its group with no subject (动态调整法治建设领导小组,委主要负责同志担任
    # 组长), speaking of itself as 我委 elsewhere: the department's own group, as one it sets up.
    ("山西省卫生健康委2023年法治政府建设工作总结\n一年来,我委推进法治建设。一是强化组织领导。动态调整法治建设领导小组,"
     "委主要负责同志担任组长。", ["山西省卫生健康委", "山西省卫生健康委法治建设领导小组"]),
])
def test_a_departments_group_adjusted_with_no_subject(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Departments written bare, listed as partners after 联合 or 会同 and closed by 等相关单位/部门: the
    # document's own district's.
    ("铜梁区城市管理局2023年法治政府建设情况报告\n我局联合公安局、市场监管局等相关部门开展整治。",
     ["铜梁区城市管理局", "铜梁区公安局", "铜梁区市场监管局"]),
    ("铜梁区城市管理局2023年法治政府建设情况报告\n会同住建委、交通局等有关部门开展检查。",
     ["铜梁区城市管理局", "铜梁区住建委", "铜梁区交通局"]),
    # ... not party bodies or residents' committees, nor every bureau (各局)
    ("铜梁区城市管理局2023年法治政府建设情况报告\n我局联合镇党委、村委等相关单位开展整治。", ["铜梁区城市管理局"]),
    ("铜梁区城市管理局2023年法治政府建设情况报告\n联合各局、各镇等相关单位开展检查。", ["铜梁区城市管理局"]),
])
def test_bare_departments_listed_as_partners(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A street's 党工委 written bare after a verb that takes it (开展, 组织, 通过): the street's own.
    ("石榴街道办事处2024年度法治政府建设情况的报告\n全年开展党工委中心组学习6期。",
     ["石榴街道办事处", "石榴街道党工委"]),
    ("石榴街道办事处2024年度法治政府建设情况的报告\n通过党工委会议研究部署法治工作。",
     ["石榴街道办事处", "石榴街道党工委"]),
    # (not its secretary, and not the committee's commission, named whole by its own rule)
    ("石榴街道办事处2024年度法治政府建设情况的报告\n组织党工委书记讲法治课。", ["石榴街道办事处"]),
    # Its rule-of-law commission written bare after 发挥: the street's, written with its committee.
    ("石榴街道办事处2024年度法治政府建设情况的报告\n充分发挥依法治街委员会统筹作用。",
     ["石榴街道办事处", "石榴街道党工委全面依法治街委员会"]),
    # Its own office written bare as its clause's subject, given a duty: the street's.
    ("石榴街道办事处2024年度法治政府建设情况的报告\n明确责任分工,党政办负责协调落实具体工作。",
     ["石榴街道办事处", "石榴街道党政办"]),
    # (an office that is not the clause's subject, or that is given no duty, is not read)
    ("石榴街道办事处2024年度法治政府建设情况的报告\n明确责任分工,党政办人员参加培训。", ["石榴街道办事处"]),
    # A body the street sets up, named with its kind of division: the street's, named as written.
    ("石榴街道办事处2024年度法治政府建设情况的报告\n成立街道全面依法治理工作委员会,统筹推进法治建设。",
     ["石榴街道办事处", "石榴街道全面依法治理工作委员会"]),
    ("柳林镇2024年度法治政府建设情况的报告\n成立了镇法治建设工作领导小组。", ["柳林镇法治建设工作领导小组"]),
])
def test_a_streets_bodies_written_bare(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's rule-of-law commission by its short name (依法治街委): the commission, written whole.
    ("石榴街道办事处2024年度法治政府建设情况的报告\n充分发挥依法治街委议事协调作用,印发工作要点。",
     ["石榴街道办事处", "石榴街道党工委全面依法治街委员会"]),
    ("柳林镇2024年度法治政府建设情况的报告\n召开依法治镇委会议2次。", ["柳林镇党委全面依法治镇委员会"]),
])
def test_a_townships_commission_by_its_short_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's rule named by its quoted name (街道党工委“第一议题”制度): the rule, not the committee acting.
    ("石榴街道办事处2024年度法治政府建设情况的报告\n严格落实街道党工委“第一议题”制度。", ["石榴街道办事处"]),
    # (nor when the rule is shared with its study group's, 和…中心组学习制度; the committee at the two studies, no
    # 制度 after them, still acts; round 211)
    ("内湖镇2025年法治政府建设年度报告\n2025年内湖镇人民政府坚持依法行政,坚持镇党委“第一议题”和党委理论学习中心组学习制度。",
     ["内湖镇人民政府"]),
    ("内湖镇2025年法治政府建设年度报告\n2025年内湖镇人民政府坚持依法行政,通过镇党委“第一议题”和党委理论学习中心组学习,"
     "组织学法12次。", ["内湖镇人民政府", "内湖镇党委"]),
    # (the committee acting on its own stays)
    ("石榴街道办事处2024年度法治政府建设情况的报告\n街道党工委召开专题会议研究法治工作。",
     ["石榴街道办事处", "石榴街道党工委"]),
])
def test_a_committees_quoted_rule_is_not_it_acting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A leading group whose name gives a second form in brackets (法治镇(街)领导小组): one group, the township's.
    ("石榴街道办事处2024年度法治政府建设情况的报告\n党工委、街道办事处成立了法治镇(街)领导小组,定期召开会议。",
     ["石榴街道办事处", "石榴街道党工委", "石榴街道法治镇(街)领导小组"]),
])
def test_a_leading_group_with_a_bracketed_form(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies a task is done with, listed after 配合/会同 before the work: a bare congress among them is its
    # standing committee, a province's department written bare (司法厅) in the province's own text is its own.
    ("福建省2025年林业法治工作要点\n配合省人大、司法厅推进森林条例的立法审议。", ["福建省人大常委会", "福建省司法厅"]),
    ("福建省2025年林业法治工作要点\n会同省政府、省人大做好某办法的废止工作。", ["福建省人民政府", "福建省人大常委会"]),
    ("武功县司法局2024年工作计划\n配合县人大开展执法检查。", ["武功县司法局", "武功县人大常委会"]),
    # (a hall is no department, and a bare 人大 outside such a list stays no body)
    ("福建省2025年林业法治工作要点\n配合政务服务大厅做好审批工作。", []),
    ("福建省2025年林业法治工作要点\n向省人大汇报立法进展。", []),
    # A ministry's 工作安排 or 工作要求 followed, without 的, is no ministry acting, as its 部署 is not.
    ("福建省2025年林业法治工作要点\n紧紧围绕省委省政府决策部署和生态环境部工作安排推进工作。", ["福建省委", "福建省人民政府"]),
    ("福建省2025年林业法治工作要点\n认真落实自然资源部工作要求,推进依法行政。", []),
    # (the legislative tasks the centre set for the year, carried out: no body acting)
    ("福建省2025年林业法治工作要点\n全面落实全国人大、国务院年度各项立法任务。", []),
    ("福建省2025年林业法治工作要点\n配合完成国务院2025年度立法工作计划。", []),
])
def test_partners_of_a_task_and_a_ministrys_arrangements(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The State Council's administrations by their full names and the short names no local body shares.
    ("2022年,海关总署推进依法行政。", ["海关总署"]),
    ("2022年,体育总局推进依法行政。", ["体育总局"]),
    ("2016年,国家知识产权局推进依法行政。", ["国家知识产权局"]),
    ("2020年,中国气象局推进依法行政,国家林业和草原局配合。", ["中国气象局", "国家林业和草原局"]),
    # (a bare 统计局 is any level's bureau, no national body by itself)
    ("2022年,临泉县统计局推进依法行政。", ["临泉县统计局"]),
])
def test_a_national_administration(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A ministry's or an administration's party body in its own report: at its meetings, bare (总署党委会议), or
    # named in full and acting (海关总署党委举办…); written bare and acting outside a meeting it stays out, as a
    # bureau's 局党组 does.
    ("海关总署关于2022年度推进法治政府建设情况的报告\n2022年,海关总署推进工作。组织总署党委会议研究部署。",
     ["海关总署", "海关总署党委"]),
    ("海关总署关于2022年度推进法治政府建设情况的报告\n2022年,海关总署推进工作。海关总署党委举办专题会议。",
     ["海关总署", "海关总署党委"]),
    ("2018年,在党中央、国务院坚强领导下,交通运输部认真推进工作。召开部党组会议研究。", ["交通运输部", "交通运输部党组"]),
    ("2018年,在党中央、国务院坚强领导下,交通运输部认真推进工作。部党组把学习宪法纳入重要内容。", ["交通运输部"]),
    # A bureau's bare party group calling its meetings many times in its clause: its own, as when counted.
    ("长丰县水利局2024年法治政府建设情况报告\n局党组多次召开会议研究部署法治工作。", ["长丰县水利局", "长丰县水利局党组"]),
])
def test_a_ministrys_party_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A ministry's report opening with it: a leading group meeting after its own meetings is the ministry's.
    ("2018年,在党中央、国务院坚强领导下,交通运输部认真推进工作。立法计划经部务会议、法治政府部门建设领导小组会议审议。",
     ["交通运输部", "交通运输部法治政府部门建设领导小组"]),
])
def test_a_ministrys_own_group(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The central committee's meeting where a speech was given, and its year's tasks carried out: no body acting.
    ("2019年,文化和旅游部学习习近平总书记在中央全面依法治国委员会第二次会议上的重要讲话精神。", ["文化和旅游部"]),
    ("2020年,文化和旅游部完成中央全面依法治国委员会年度工作任务。", ["文化和旅游部"]),
    ("2020年,文化和旅游部落实中央全面依法治国委员会第三次会议精神。", ["文化和旅游部"]),
    # (the committee acting stays: 中央全面依法治国委员会印发…)
    ("2020年,中央全面依法治国委员会印发方案,文化和旅游部落实。", ["中央全面依法治国委员会", "文化和旅游部"]),
])
def test_the_central_committees_meeting_and_tasks(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A ministry's leading group written right after it: the ministry's group, one body.
    ("2019年,水利部推进工作。成立了水利部依法行政工作领导小组。", ["水利部依法行政工作领导小组", "水利部"]),
    ("2021年,国家能源局推进工作。国家能源局普法工作领导小组办公室负责日常工作。",
     ["国家能源局普法工作领导小组办公室", "国家能源局"]),
    # A department's party group named in full and playing its part (…党组在推进…中发挥带头作用): acting.
    ("民政部关于2020年度法治政府建设情况的报告\n民政部党组在推进法治建设中发挥领导作用。", ["民政部", "民政部党组"]),
    ("长丰县教育局2023年法治政府建设情况报告\n长丰县教育局党组在依法治校中发挥引领作用。", ["长丰县教育局", "长丰县教育局党组"]),
])
def test_a_ministrys_group_and_its_party_group_playing_its_part(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Units whose heads give a 述法 report at a meeting: the speakers are persons, their units name whose they are
    # (round 128); a unit acting elsewhere still does.
    ("岳麓区召开述法会\n会上,区委编办、区财政局、区司法局等党政主要负责人就2023年度履行职责情况进行现场述法。", []),
    ("岳麓区召开述法会\n会议听取了区人社局、区林业局、某某镇等5个单位就第一责任人职责情况现场述法。", []),
    ("浏阳市召开述法会\n组织市农业农村局、市水利局等3家单位主要负责人现场述法。", []),
    # (what they speak on set apart by commas: the same speakers)
    ("浏阳市召开述法会\n会上,市农业农村局、市水利局等2家单位主要负责同志,围绕年度履职情况和下步计划,进行了现场述法。", []),
    # (the heads by their role, 法治建设第一责任人: the same speakers; a unit named elsewhere acting still does)
    ("富阳区卫生健康局2025年法治建设报告\n完成年度区疾控中心(区卫生监督所)和各区属医院法治建设第一责任人述法。",
     ["富阳区卫生健康局"]),
    ("岳麓区召开述法会\n组织区财政局、区水利局第一责任人现场述法。", []),
    ("岳麓区召开述法会\n组织区财政局第一责任人述法。区水利局开展执法检查。", ["岳麓区水利局"]),
    ("岳麓区司法局2024年报告\n区财政局主要负责人履行推进法治建设第一责任人职责。", ["岳麓区司法局", "岳麓区财政局"]),
    # (a meeting named by the role's 述法, 述法评议: the committee holding it still acts)
    ("鄞州区2024年法治政府建设报告\n充分发挥区委全面依法治区委员会全体(扩大)会议、法治建设第一责任人述法评议等会议作用。",
     ["鄞州区委全面依法治区委员会"]),
    # A commission's member named with his other post (…委员会委员、市政府副市长某某出席): a person, the commission
    # not acting; its meeting held, it does.
    ("浏阳市召开述法会\n市委全面依法治市委员会委员、副市长张某某出席会议。", []),
    ("浏阳市召开会议\n市委全面依法治市委员会召开会议,委员会委员、副市长张某某出席。", ["浏阳市委全面依法治市委员会"]),
    ("岳麓区召开述法会\n区司法局组织培训。会上,区司法局、区财政局主要负责人进行书面述法。", ["岳麓区司法局"]),
    # (not a 述法: the units acting)
    ("岳麓区召开述法会\n区财政局、区司法局等单位开展述法工作培训。", ["岳麓区财政局", "岳麓区司法局"]),
    # A body's whole membership attending a meeting: persons, no body acting.
    ("岳麓区召开会议\n区委依法治区办全体成员,各乡镇分管领导等100余人参加会议。", []),
    ("岳麓区召开会议\n区委依法治区办全体成员参加会议。区委依法治区办牵头抓总。", ["岳麓区委依法治区办"]),
    # (its members' work, not attending: the body's)
    ("岳麓区召开会议\n区委依法治区办全体成员分工负责督察。", ["岳麓区委依法治区办"]),
    # A branch's head by his post (市公安局某某分局局长某某主持): a person, neither the branch nor its bureau acting.
    ("资阳区召开会议\n副区长、市公安局资阳分局局长刘某某主持。", []),
    ("资阳区召开会议\n市公安局资阳分局副局长刘某某出席。", []),
    ("资阳区召开会议\n区公安分局开展执法。", ["资阳区公安分局"]),
    # A city bureau's branch written under the city's bare 市 (市生态环境局海珠分局组织召开…): the city's branch, one
    # body, not the city's bureau and a branch named 局海珠 beside it.
    ("2024-09-20 17:56 广州市生态环境局\n9月19日,市生态环境局海珠分局组织召开会议。", ["广州市生态环境局海珠分局"]),
    ("海珠区2023年法治政府建设情况报告\n市生态环境局海珠分局组织召开会议。", ["广州市生态环境局海珠分局"]),
    ("某城区召开会议\n市公安局某城分局开展执法。", ["公安局某城分局"]),
    # A news page's posting line, the body that posted it after the date and time (2024-09-20 17:56 某市生态环境局):
    # the page's poster, no body acting; a body opening a sentence after the time acts.
    ("2024-09-20 17:56 广州市生态环境局\n9月19日,广州市司法局组织召开会议。", ["广州市司法局"]),
    ("2024-09-20 17:56 广州市生态环境局组织召开会议,部署工作。", ["广州市生态环境局"]),
    # A county of another province named whole in a list or after 与/会同: its own body, acting.
    ("青浦区司法局召开会议\n与吴江区、嘉善县司法局联合发布清单。", ["青浦区司法局", "吴江区司法局", "嘉善县司法局"]),
    ("青浦区司法局召开会议\n会同嘉善县司法局联合发布清单。", ["青浦区司法局", "嘉善县司法局"]),
    # (at a clause's start a verb: 会同县… in a report of another province is 会同 + the county's own body)
    ("长丰县司法局2023年工作报告\n县司法局牵头。会同县市场监管局开展检查。", ["长丰县司法局", "长丰县市场监管局"]),
])
def test_speakers_members_branch_heads_and_other_provinces_counties(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A report sent up after its procedure or by a deadline (按程序报区委、区政府; 于11月底前报区委依法治区办): the
    # bodies it goes to are its recipients; a body acting elsewhere still does, and so does one after 报批.
    (ZHONGZHAN + "形成总报告,按程序报区委、区政府和市委依法治市办。", []),
    (ZHONGZHAN + "各单位整改情况于11月底前报区委依法治区办。区委依法治区办汇总通报。", ["中站区委依法治区办"]),
    (ZHONGZHAN + "方案按程序报批后,区司法局印发实施。", ["中站区司法局"]),
    # A department's head by his post (省司法厅厅长某某): a person, as 局长 and 副厅长 already were.
    ("河南省召开会议\n省司法厅厅长王某某参加会议。", []),
    ("河南省召开会议\n省司法厅厅长王某某参加会议。省司法厅组织培训。", ["河南省司法厅"]),
    # A committee's commission's secretary by a longer post (省委政法委常务副书记某某) and a commission's head
    # (省委依法治省委主任某某, 区发改委主任某某): persons; the commission acting elsewhere still does.
    ("河南省召开会议\n省委政法委常务副书记王某某参加会议。", []),
    ("河南省召开会议\n省委书记、省委依法治省委主任王某某作出部署。", []),
    (ZHONGZHAN + "区发改委主任张某某主持会议。区发改委牵头制定清单。", ["中站区发改委"]),
    # An item of a site's menu of links (- ·区委宣传部 区文明办关于开展…): a link's words, no body acting.
    (ZHONGZHAN + "- ·区委宣传部 区文明办关于开展\n- ·关于印发《2023年普法要点》的通知\n区司法局组织培训。", ["中站区司法局"]),
    # (the same menu on a page flattened to one line: each item runs to the next mark)
    (ZHONGZHAN + "- ·区委宣传部 区文明办关于开展 - ·关于印发《2023年普法要点》的通知 发布时间:2024-01-04 区司法局组织培训。",
     ["中站区司法局"]),
])
def test_recipients_by_procedure_heads_by_post_and_menu_links(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A commission's deputy secretary by the work he is in charge of (区委政法委分管日常工作的副书记某某): a person, neither
    # the commission nor its committee acting; the commission acting elsewhere still does.
    (ZHONGZHAN + "在区委政法委分管日常工作的副书记王某某的带领下开展督察。", []),
    (ZHONGZHAN + "区委政法委分管领导参加。区委政法委牵头开展督察。", ["中站区委政法委"]),
])
def test_a_deputy_secretary_by_his_charge(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A party committee's term between its place and its rule-of-law commission (某市第八届党委全面依法治市委员会第二次
    # 会议): the commission, as a congress's term before its standing committee already was.
    ("包头市2023年法治政府建设情况\n召开包头市第八届党委全面依法治市委员会第二次会议。", ["包头市委全面依法治市委员会"]),
    ("包头市2023年法治政府建设情况\n召开包头市第九届党委依法治市委员会会议。", ["包头市委全面依法治市委员会"]),
    ("包头市2023年法治政府建设情况\n包头市第十五届人大常委会审议通过条例。", ["包头市人大常委会"]),
])
def test_a_committees_term_before_its_commission(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A street the township table does not hold, named after its county-level city, naming that city's rule of law
    # by the stem (法治如皋): the street of that city, whose bare 市委、市政府 and 高新区 bodies are the city's.
    ("如皋街道2024年法治政府建设情况报告\n2024年,在市委、市政府的领导下,如皋街道坚持推进,为法治如皋建设贡献力量。",
     ["如皋市委", "如皋市人民政府"]),
    ("如皋街道2024年法治政府建设情况报告\n2024年,在市委、市政府及高新区党工委管委会的统一领导下,如皋街道推进法治如皋建设。",
     ["如皋市委", "如皋市人民政府", "如皋高新区党工委", "如皋高新区管委会"]),
    # (no rule of law of the stem named: the city is never named, its bodies are left out)
    ("如皋街道2024年法治政府建设情况报告\n2024年,在市委、市政府的领导下,如皋街道坚持推进法治建设。", []),
    # (the street's own rule of law, 法治如皋街道, is no city's)
    ("如皋街道2024年法治政府建设情况报告\n2024年,在市委、市政府的领导下,推进法治如皋街道建设。", []),
])
def test_a_street_named_after_its_county_level_city(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled department's report speaking as 我厅 that names its department only as the maker of its own working
    # rules (修订《某省某厅…规定》): that department; two departments so named give none.
    ("2024年,在省委、省政府的坚强领导下,我厅认真履职。\n一是完善制度。修订《湖北省水利厅重大行政决策程序规定》等制度,组织学法。",
     ["湖北省委", "湖北省人民政府", "湖北省水利厅"]),
    ("2024年,在省委、省政府的坚强领导下,我厅认真履职。\n一是完善制度。修订《湖北省水利厅重大行政决策程序规定》,"
     "制定《湖北省自然资源厅执法办法》。", ["湖北省委", "湖北省人民政府"]),
    # A department speaking as 我厅 that names one 厅 of its province: its bare 厅党委 at its numbered meeting
    # (厅党委(扩大)第12次会议) or calling its yearly meetings (厅党委每年均召开专题工作会议) is that department's; its
    # secretary is a post.
    ("2021年,在省委、省政府和应急管理部的坚强领导下,我厅依法行政。\n厅长主持召开厅党委(扩大)第12次会议,专题学习。"
     "浙江省应急管理厅召开会议。", ["浙江省委", "浙江省人民政府", "应急管理部", "浙江省应急管理厅党委", "浙江省应急管理厅"]),
    ("2021年,在省委、省政府和应急管理部的坚强领导下,我厅依法行政。\n多年来,厅党委每年均召开专题工作会议。"
     "浙江省应急管理厅召开会议。", ["浙江省委", "浙江省人民政府", "应急管理部", "浙江省应急管理厅党委", "浙江省应急管理厅"]),
    ("2021年,我厅依法行政。\n厅党委书记到会讲话。浙江省应急管理厅召开会议。", ["浙江省应急管理厅"]),
    # A county's 教育体育局 written without 和 and its short 教体局 are one bureau, named as the text names it most; its
    # bare 局党组 opening a sentence (。局党组始终将…) acts, and the group that sentence sets up (成立由主要领导担任组长…的
    # 法治建设工作领导小组) is the bureau's; its secretary (局党组书记) is a post.
    ("昌宁县教育体育局2025年度法治政府建设工作情况报告\n2025年,在县委、县政府的坚强领导下,县教体局坚持依法行政。\n"
     "一是压实责任。局党组始终将法治建设摆在突出位置,切实履行主体责任,成立由主要领导担任组长、班子成员任副组长的"
     "法治建设工作领导小组,形成责任链条。",
     ["昌宁县教育体育局", "昌宁县委", "昌宁县人民政府", "昌宁县教育体育局党组", "昌宁县教育体育局法治建设工作领导小组"]),
    ("昌宁县教育体育局2025年度法治政府建设工作情况报告\n2025年,县教体局坚持依法行政。\n局党组书记带头学法。",
     ["昌宁县教育体育局"]),
    # An untitled report of an autonomous region's department opening with it by its bare 自治区 (2025年,自治区教育厅以…)
    # is that department's; its name without its place opening a sentence with its group at its study (\n教育厅党组深学
    # 细悟…) is its own group acting, as its bare 厅党组 is; its secretary is a post.
    ("| 发布机构 | 自治区教育厅 |\n2025年,自治区教育厅以习近平法治思想为指导,深入贯彻对内蒙古重要讲话精神,现报告如下。\n"
     "一、坚持党的领导\n教育厅党组深学细悟习近平法治思想,推动学习融入日常。",
     ["内蒙古自治区教育厅", "内蒙古自治区教育厅党组"]),
    ("| 发布机构 | 自治区教育厅 |\n2025年,自治区教育厅以习近平法治思想为指导,深入贯彻对内蒙古重要讲话精神,现报告如下。\n"
     "一、坚持党的领导\n教育厅党组书记带头学法。", ["内蒙古自治区教育厅"]),
    # (a group its bare party group only adjusts, 。局党组调整…领导小组, is read as before: not the bureau's by this rule)
    ("昌宁县教育体育局2025年度法治政府建设工作情况报告\n2025年,县教体局坚持依法行政。\n局党组调整法治政府建设领导小组,"
     "局主要负责人履行职责。", ["昌宁县教育体育局"]),
    # The centre's 有关决策部署 written without 的 is its directive followed, as its 决策部署 is; a local committee's
    # 有关工作要求 followed still leads.
    ("湖北省水利厅2022年法治政府建设情况报告\n认真贯彻落实党中央、国务院有关决策部署和省委、省政府有关工作要求。",
     ["湖北省水利厅", "湖北省委", "湖北省人民政府"]),
    # The centre's decision to do something for a place (党中央、国务院支持浦东打造…引领区的决策部署: a verb's clause before its
    # 的决策部署) is its directive followed, as its 关于…的决策部署 is; the State Council acting still acts.
    ("为全面落实党中央、国务院支持浦东打造社会主义现代化建设引领区的决策部署,科学谋划编制浦东新区规划。", []),
    ("全面落实党中央、国务院赋予海南全面深化改革开放的重大决策部署,浦东新区推进工作。", []),
    ("国务院批复同意浦东新区设立综合改革试点。", ["国务院"]),
    # A government's major decisions and their list (审核省政府重大行政决策, 公布省政府重大行政决策事项目录) and its year's
    # legislative plan (出台省政府2022年立法工作计划) are things it owns, no body acting; its meeting still acts.
    ("湖北省司法厅2022年法治政府建设情况报告\n推动公布省政府重大行政决策事项目录,推动出台省政府2022年立法工作计划。",
     ["湖北省司法厅"]),
    ("湖北省司法厅2022年法治政府建设情况报告\n省政府常务会议审议通过3件规章。", ["湖北省司法厅", "湖北省人民政府"]),
])
def test_departments_speaking_as_their_own_and_things_a_government_owns(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A deputy's standing (以全国人大代表身份参加…) is a person's, not the national congress acting; the provincial
    # standing committee organising the study acts; the congress's standing committee acting still does.
    ("湖南省财政厅2023年度法治政府建设报告\n厅主要负责人以全国人大代表身份积极参加省人大常委会组织的集中研读活动。",
     ["湖南省财政厅", "湖南省人大常委会"]),
    ("湖南省财政厅2023年度法治政府建设报告\n配合全国人大常委会开展执法检查。", ["湖南省财政厅", "全国人大常委会"]),
    # A leader of a ministry's division (财政部条法司领导, 某部法规司副司长) is a person, not the ministry acting; the
    # ministry itself guiding still acts.
    ("湖南省财政厅2023年度法治政府建设报告\n邀请财政部条法司领导作专题讲座。", ["湖南省财政厅"]),
    ("湖南省财政厅2023年度法治政府建设报告\n邀请教育部政策法规司副司长授课。", ["湖南省财政厅"]),
    ("湖南省财政厅2023年度法治政府建设报告\n在财政部指导下完善制度。", ["湖南省财政厅", "财政部"]),
    # A government a matter is sent up to for approval (报请省人民政府批准后公布实施) approves, and acts; one a draft is
    # put to for 审议 or a report is sent to stays a recipient.
    ("贵州省教育厅2022年度法治政府建设报告\n修订权力和责任清单,按程序报请省人民政府批准后,正式公布实施。",
     ["贵州省教育厅", "贵州省人民政府"]),
    ("贵州省教育厅2022年度法治政府建设报告\n起草条例草案,提请省人民政府审议。", ["贵州省教育厅"]),
    ("贵州省教育厅2022年度法治政府建设报告\n按要求向省人民政府报告年度工作。", ["贵州省教育厅"]),
    # ... and so does one a draft is sent up to for its review then approval (报请省人大常委会审查批准); one a draft
    # is put to for a reading (提请省人大常委会初次审议, 提请市人大常委会进行初次审议) stays a recipient.
    ("揭阳市2025年立法工作计划\n审议通过后报请省人大常委会审查批准。", ["广东省人大常委会"]),
    ("浙江省2023年立法工作计划\n需要年内提请省人大常委会初次审议的法规项目。", []),
    ("揭阳市2025年立法工作计划\n已于2024年11月提请市人大常委会进行初次审议。", []),
    # A commission's bare 委党组 opening its sentence and acting (。委党组高度重视…), or at its study group held
    # (举办委党组中心组学习): its own, as a department's 厅党组 is; its secretary is a post.
    ("湖南省发展改革委2022年法治政府建设情况报告\n二是履行职责。委党组高度重视法治机关建设。",
     ["湖南省发展改革委", "湖南省发展改革委党组"]),
    ("湖南省发展改革委2022年法治政府建设情况报告\n举办委党组中心组学习暨依法行政培训班。",
     ["湖南省发展改革委", "湖南省发展改革委党组"]),
    ("湖南省发展改革委2022年法治政府建设情况报告\n二是履行职责。委党组书记带头学法。", ["湖南省发展改革委"]),
])
def test_deputies_ministry_staff_approvals_and_a_commissions_group(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A maritime safety administration's branch named by its province's or city's short name (浙江海事局, 舟山海事局):
    # the transport ministry's branch of that place; the ministry's own administration by its bare 部 (部海事局), but
    # not one a branch works on behalf of (代部海事局编制…).
    ("浙江海事局2024年法治政府部门建设报告\n2024年,在交通运输部的正确领导下,浙江海事局推进依法行政。",
     ["浙江海事局", "交通运输部"]),
    ("2020年,在交通运输部、部海事局的正确领导下,广东海事局推进依法行政。", ["交通运输部", "交通运输部海事局", "广东海事局"]),
    ("2024年,浙江海事局代部海事局编制《海事现场执法事项清单》。", ["浙江海事局"]),
    ("2024年,舟山海事局开展执法检查。", ["舟山海事局"]),
    # The civil aviation administration by its short name, and its regional administrations (national bodies); a
    # city's own 民航局 stays the city's bureau.
    ("2021年,在民航局统一指导下,民航西南地区管理局完成权责清单编制。", ["民航局", "民航西南地区管理局"]),
    ("2021年,湛江市民航局组织培训。", ["湛江市民航局"]),
    # A body given a short name in brackets, its party committee and its leading group then named by that short name
    # (西南局党委, 西南局法治建设领导小组): the body's own, named in full; the committee's secretary is a post.
    ("扎实推进民航西南地区管理局(以下简称“西南局”)法治建设。西南局党委提出明确要求。西南局法治建设领导小组全面推进各项工作。",
     ["民航西南地区管理局", "民航西南地区管理局党委", "民航西南地区管理局法治建设领导小组"]),
    ("扎实推进民航西南地区管理局(以下简称“西南局”)法治建设。西南局党委书记主持会议。", ["民航西南地区管理局"]),
    # The State Council's list a thing is checked against (对照国务院最新清理清单) is no body acting.
    ("2021年,民航局完成事项清理,并同步对照国务院最新清理清单调整。", ["民航局"]),
    ("2021年,国务院部署清理工作,民航局完成事项清理。", ["国务院", "民航局"]),
])
def test_vertical_services_named_by_their_place_or_system(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An autonomous region's committee written 区党委 (西藏, 宁夏) in the report of one of its cities or 地区: the
    # region's, with the government joined to it (区党委、政府, 区党委、区政府) and its commission
    # (区党委全面依法治藏委员会, 区党委全面依法治区委员会); not the 地区 named before it.
    ("关于那曲市2023年度法治政府建设情况的报告\n2023年,在区党委、区政府和市委的坚强领导下,那曲市推进法治政府建设。",
     ["西藏自治区党委", "西藏自治区人民政府", "那曲市委"]),
    ("阿里地区行政公署关于2022年度法治政府建设情况的报告\n2022年,在区党委、政府的坚强领导下,阿里地区推进法治建设。"
     "严格落实区党委全面依法治藏委员会部署要求。",
     ["西藏自治区党委", "西藏自治区人民政府", "西藏自治区党委全面依法治藏委员会"]),
    ("银川市2022年度法治政府建设情况报告\n认真贯彻区党委全面依法治区委员会部署,推进法治政府建设。",
     ["宁夏回族自治区党委全面依法治区委员会"]),
    # (a county's report too; 自治区党委 as before)
    ("吉隆县2023年法治政府建设情况报告\n在区党委、市委的坚强领导下推进法治建设。", ["西藏自治区党委", "日喀则市委"]),
    # A department of the region's rank written so (区司法厅): the region's too; a hall (区政务服务大厅) is no body.
    ("关于日喀则市2022年度法治政府建设情况的报告\n在区司法厅的具体指导下推进工作。", ["西藏自治区司法厅"]),
    ("固原市2021年法治政府建设工作报告\n配合区司法厅开展督察。在区政务服务大厅设置窗口。", ["宁夏回族自治区司法厅"]),
    # An office named for the region's rule of law (区依法治藏办) and the committee's 政法委 written so: the region's.
    ("拉萨市2023年法治政府建设情况报告\n在区党委政法委的指导下推进法治建设。配合区依法治藏办开展督察。",
     ["西藏自治区党委政法委", "西藏自治区依法治藏办"]),
    # (a 区政府 alone stays unread, every district's 区党委 is no body, and a province's city has no region)
    ("关于那曲市2023年度法治政府建设情况的报告\n2023年,区政府召开会议。各区党委负责落实。", []),
    ("汉中市2023年法治政府建设情况报告\n在区党委的领导下推进工作。", []),
])
def test_a_regions_committee_written_as_its_districts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's stations written bare in the list of partners it joins (联合司法所、派出所、学校等单位开展…): its
    # own, as 联合司法所 alone is; the schools, hospitals and firms listed with them are none; a county's page reads
    # no township's station.
    ("舒桥乡2024年法治政府建设工作报告\n联合司法所、派出所、学校等单位开展普法宣传。", ["舒桥乡司法所", "舒桥乡派出所"]),
    ("舒桥乡2024年法治政府建设工作报告\n联合派出所、司法所、律师事务所等单位开展“法治进校园”活动。",
     ["舒桥乡派出所", "舒桥乡司法所"]),
    ("舒桥乡2024年法治政府建设工作报告\n联合学校、医院等单位开展义诊。", []),
    ("青田县2024年法治政府建设工作报告\n联合派出所、司法所等单位开展宣传。", []),
    # (the list closed by what they do together, with no 等: 联合派出所开展排查, 联合司法所、派出所、市场监管所组成工作组)
    ("舒桥乡2024年法治政府建设工作报告\n联合派出所开展矛盾纠纷排查。", ["舒桥乡派出所"]),
    ("舒桥乡2024年法治政府建设工作报告\n联合司法所、派出所、市场监管所组成工作组,深入各村宣传。", ["舒桥乡司法所", "舒桥乡派出所"]),
    ("青田县2024年法治政府建设工作报告\n联合派出所开展宣传。", []),
    # A township committee's study group at its study counted (开展党委理论中心组学习8次): the committee acting, as
    # 党委理论中心组专题学习 is; the group's rules (…中心组学习制度) stay none.
    ("舒桥乡2024年法治政府建设工作报告\n开展党委理论中心组学习8次、干部培训3次。", ["舒桥乡党委"]),
    ("舒桥乡2024年法治政府建设工作报告\n开展党委中心组学法5次。", ["舒桥乡党委"]),
    ("舒桥乡2024年法治政府建设工作报告\n严格落实党委理论中心组学习制度。", []),
])
def test_a_townships_joined_stations_and_its_committees_study_counted(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A 地区's rule-of-law commission and its office after its bare 地委 (地委全面依法治地委员会, 地委依法治地办).
    ("阿克苏地区2023年法治政府建设情况报告\n2023年,地委全面依法治地委员会召开会议3次,行署常务会议研究法治工作。",
     ["阿克苏地委全面依法治地委员会", "阿克苏地区行署"]),
    ("和田地区2022年法治政府建设情况报告\n由地委依法治地办组织督察。召开地委依法治地委员会会议。",
     ["和田地委依法治地办", "和田地委全面依法治地委员会"]),
    ("喀什地区2023年法治政府建设情况报告\n在地委的领导下,地委全面依法治地委员会办公室开展督察。",
     ["喀什地委", "喀什地委全面依法治地委员会办公室"]),
])
def test_a_regions_commission_after_its_bare_committee(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A 地区's bare 地委 or a 地区's or 盟's bare 行署 right after the verb that carries out its line of work or 部署
    # (落实地委“12114”工作思路, 贯彻地委决策部署, 按照行署要求): its body, as a county's bare 县委 after 落实 already is.
    ("和田地区2023年法治政府建设情况报告\n2023年以来,地区司法处落实地委“1341”工作思路,狠抓工作落实。", ["和田地委"]),
    ("阿克苏地区2023年法治政府建设情况报告\n贯彻地委决策部署,按照行署要求推进法治建设。", ["阿克苏地委", "阿克苏地区行署"]),
    ("兴安盟2024年法治政府建设情况报告\n根据盟行署安排开展督察。", ["兴安盟行署"]),
    # (an adverb's 地 is no 地委: 扎实地委派; 落实地委托 and 根据地委员 stay none; a place outside any 地区 reads none)
    ("阿克苏地区2023年法治政府建设情况报告\n扎实地委派专人督导。落实地委托事项。", []),
    ("青田县2024年法治政府建设工作报告\n落实地委部署。", []),
])
def test_a_regions_bare_body_whose_work_is_carried_out(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 德宏州's 芒市, a county-level city whose whole name is two characters: its bodies written with it and written
    # bare in its own report.
    ("芒市司法局2024年法治政府建设工作报告\n在市委、市政府的坚强领导下,我局推进依法行政。", ["芒市司法局", "芒市委", "芒市人民政府"]),
    ("芒市2024年法治政府建设情况报告\n2024年,芒市人民政府推进依法行政,市司法局牵头开展督察。", ["芒市人民政府", "芒市司法局"]),
])
def test_a_two_character_county_level_citys_bodies(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A coastal bureau of two fields joined by 与 (海洋与渔业局), as by 和: one bureau; its 我局 report.
    ("湛江市海洋与渔业局2025年法治政府建设情况年度报告\n2025年,我局推进依法行政。", ["湛江市海洋与渔业局"]),
    ("2025年,湛江市海洋与渔业局推进依法行政。", ["湛江市海洋与渔业局"]),
    ("2025年,湛江市海洋和渔业局推进依法行政。", ["湛江市海洋和渔业局"]),
    # (two bodies joined by 与 stay two)
    ("2025年,湛江市司法局与湛江市海洋与渔业局联合开展执法检查。", ["湛江市司法局", "湛江市海洋与渔业局"]),
])
def test_merged_bureau_joined_by_yu(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's study group a subject is put into, its committee written bare (纳入党委理论学习中心组的核心内容):
    # the committee acting, as 纳入乡党委理论学习中心组… already was; a street's report (its committee is a 党工委) and
    # a county's read no township committee.
    ("舒桥乡2024年法治政府建设工作报告\n将习近平法治思想纳入党委理论学习中心组的核心内容。", ["舒桥乡党委"]),
    ("舒桥乡2024年法治政府建设工作报告\n把宪法纳入党委中心组学习计划。", ["舒桥乡党委"]),
    ("东华门街道2024年法治政府建设工作报告\n将上级党内法规纳入党委中心组学习的重要内容。", []),
    ("青田县2024年法治政府建设工作报告\n将习近平法治思想纳入党委理论学习中心组学习内容。", []),
])
def test_a_township_committees_study_group_a_subject_is_put_into(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A 地区's departments written with the bare word 地区 (在地区司法局的指导下, in its county's report and its own).
    ("叶城县2022年度法治政府建设工作报告\n2022年,在地委、行署的坚强领导下,在地区司法局的指导下,叶城县坚持依法行政。",
     ["喀什地委", "喀什地区行署", "喀什地区司法局"]),
    ("阿克苏地区2022年法治政府建设情况报告\n由地区财政局、地区发改委牵头落实。", ["阿克苏地区财政局", "阿克苏地区发改委"]),
    # (all the 地区, the places called 地区, and its committee or congress's office written so are no department)
    ("叶城县2022年度法治政府建设工作报告\n全地区各县推进工作,贫困地区发展局面良好。地区党委、地区人大工委听取汇报。", []),
    # Its 行署's office (行署办公室印发…), the 行署 joined to its committee (地委行署高度重视, 盟委行署), and a 盟's
    # written with the bare 盟 (盟行政公署常务会议).
    ("阿克苏地区2022年法治政府建设情况报告\n地委行署高度重视。行署办公室印发工作要点。",
     ["阿克苏地委", "阿克苏地区行署", "阿克苏地区行署办公室"]),
    ("锡林郭勒盟2022年法治政府建设情况报告\n盟委行署高度重视法治政府建设。", ["锡林郭勒盟委", "锡林郭勒盟行署"]),
    ("锡林郭勒盟2022年法治政府建设情况报告\n召开盟行政公署常务会议研究法治工作。", ["锡林郭勒盟行署"]),
])
def test_a_regions_departments_and_its_offices_office(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A work safety committee by its short name (省安委会, 市安委会) is the committee, its 会 kept, not a body 安委.
    ("临汾市应急管理局2023年法治政府建设报告\n按照国务院、省安委会部署,开展专项整治。",
     ["临汾市应急管理局", "国务院", "山西省安委会"]),
    # A bureau's group adjusted with its bare 局 after the verb (人事调整优化局…领导小组) is the bureau's own, as one after
    # 发挥局 is.
    ("通辽市应急管理局2024年法治政府建设报告\n结合人事调整优化局法治建设工作领导小组,加强组织领导。",
     ["通辽市应急管理局", "通辽市应急管理局法治建设工作领导小组"]),
])
def test_a_safety_committee_short_and_a_bureaus_bare_group(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A body, then a verb it does to or for the government (县政府办组织政府常务会议, 县司法局协调政府…): the body
    # alone, no name running on through the verb to 政府.
    ("青田县2023年法治政府建设情况报告\n2023年,县政府办组织政府常务会议学法4次。", ["青田县政府办"]),
    ("青田县2023年法治政府建设情况报告\n2023年,县司法局协调政府有关部门开展工作。", ["青田县司法局"]),
    ("青田县2023年法治政府建设情况报告\n2023年,县委组织部组织政府工作人员培训。", ["青田县委组织部"]),
])
def test_a_verb_before_the_government_ends_the_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # 政府信息 (government information) after a body's name is what a report or a column is about: no 政府 of the
    # body before it (…街道办事处政府信息公开年度报告, 区政府网站政府信息公开专栏).
    ("2023年宽城区团山街道办事处\n政府信息公开工作年度报告\n现公布宽城区团山街道办事处政府信息公开2023年度报告。",
     ["团山街道办事处"]),
    ("苏州市姑苏区民政局2022年政府信息公开工作年度报告\n报告电子版可在苏州市姑苏区政府网站政府信息公开专栏下载。",
     ["姑苏区民政局"]),
    # (a body named on after it, its office for the work, ends farther and stays)
    ("泸县2023年政府信息公开工作年度报告\n泸县人民政府信息公开办公室组织开展业务培训。", ["泸县人民政府信息公开办公室"]),
])
def test_government_information_after_a_bodys_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The State Council's administrations by their short names (国家药监局, 国家林草局, 国家医保局): national bodies,
    # as their full names are.
    ("北京市药品监督管理局2023年法治政府建设年度情况报告\n在国家药监局和市市场监管局的大力指导下,推进工作。",
     ["北京市药品监督管理局", "国家药监局", "北京市市场监管局"]),
    ("某省林业局2023年法治政府建设情况报告\n配合国家林草局、国家医保局开展督察。", ["国家林草局", "国家医保局"]),
    # The statistics bureau's survey team named by its place right after the bureau (国家统计局广东调查总队,
    # 国家统计局襄阳调查队): one body, not the bureau; the bureau its offices are described as sent by is none acting.
    ("国家统计局广东调查总队坚持将习近平法治思想融入统计调查工作。广东各级国家调查队作为国家统计局派驻机构,要深化建设。",
     ["国家统计局广东调查总队"]),
    ("国家统计局襄阳调查队坚持依法统计。", ["国家统计局襄阳调查队"]),
    # (the bureau acting still is one)
    ("2023年,国家统计局部署开展统计执法检查。", ["国家统计局"]),
    # A bureau's long and short names (北京市药品监督管理局, 市药监局) are one bureau.
    ("北京市药品监督管理局2023年法治政府建设年度情况报告\n市药监局把学习作为重要政治任务。制定市药监局《2023年推进法治政府建设"
     "工作要点》。北京市药品监督管理局组织培训。", ["北京市药品监督管理局"]),
    # (a bare 党组 whose study group a subject is put into, no 局 before it, stays unread: round forty)
    ("北京市药品监督管理局2023年法治政府建设年度情况报告\n市药监局把学习贯彻习近平法治思想作为重要政治任务,纳入党组理论学习"
     "中心组学习计划。", ["北京市药品监督管理局"]),
])
def test_central_bodies_short_names_and_survey_teams(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A township's own office written bare, named as the unit a duty is given to (确定…是…主要部门, 明确…为…工作机构).
    ("团山街道2024年政府信息公开工作年度报告\n确定综合办公室是全街政府信息公开工作的主要部门,负责推进相关工作。",
     ["团山街道综合办公室"]),
    ("桥头镇2023年政府信息公开工作年度报告\n我镇明确党政办公室为政府信息公开工作机构。", ["桥头镇党政办公室"]),
    # (its head named to a post is no office named as the unit)
    ("桥头镇2023年政府信息公开工作年度报告\n确定综合办公室主任为信息公开联络员。", []),
    # ... or as the office its leading group's office is placed in (领导小组下设办公室于平安法治办公室, 办公室设在党政办).
    ("桥头镇2025年法治政府建设年度报告\n成立法治建设工作领导小组。领导小组下设办公室于平安法治办公室,依托其开展工作。",
     ["桥头镇法治建设工作领导小组", "桥头镇平安法治办公室"]),
    ("桥头镇2025年法治政府建设年度报告\n领导小组办公室设在党政办,负责日常工作。", ["桥头镇党政办"]),
])
def test_a_townships_bare_office_named_as_the_unit_given_a_duty(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled report speaking as 我局 that names its bureau only as the issuer of its working plan for studying
    # and carrying out a line of work (印发《某市某局关于认真学习宣传贯彻…的工作方案》): that bureau, its author, as
    # with 贯彻落实 right after 关于. A plan it only forwards (转发) names no author.
    ("我局高度重视。一是印发《汕尾市医疗保障局关于认真学习宣传贯彻党的二十大精神的工作方案》,深入学习。",
     ["汕尾市医疗保障局"]),
    ("我局高度重视。一是印发《汕尾市医疗保障局关于学习贯彻党的二十大精神的工作方案》,深入学习。",
     ["汕尾市医疗保障局"]),
    ("我局高度重视。一是转发《汕尾市医疗保障局关于认真学习宣传贯彻党的二十大精神的工作方案》,深入学习。", []),
    # A district several cities have (龙华区 of 深圳 and of 海口), the text not telling which: its own bare 区委、区政府
    # are still that 区's, as a township's are. A bare 县委 is no 区's; a district of one city was read so before.
    ("2022年,在区委、区政府的正确领导下,龙华区司法局坚持法治。现将有关情况报告如下:",
     ["龙华区委", "龙华区人民政府", "龙华区司法局"]),
    ("2022年,在区委区政府的正确领导下,龙华区政务服务数据管理局坚持法治。现将有关情况报告如下:",
     ["龙华区委", "龙华区人民政府", "龙华区政务服务数据管理局"]),
    ("2022年,在县委、县政府的正确领导下,龙华区司法局坚持法治。现将有关情况报告如下:", ["龙华区司法局"]),
    ("2022年,在区委、区政府的正确领导下,花都区司法局坚持法治。现将有关情况报告如下:",
     ["花都区委", "花都区人民政府", "花都区司法局"]),
    # A bureau's bare 局党组 whose theory study plan a subject is put in (列入局党组2022年理论学习计划): its own, as at its
    # study group; its 书记 making a plan stays no act of the group.
    ("2022年,龙华区政务服务数据管理局坚持法治。一年来,区政务服务数据管理局将习近平法治思想列入局党组2022年理论学习计划。",
     ["龙华区政务服务数据管理局", "龙华区政务服务数据管理局党组"]),
    ("2022年,龙华区政务服务数据管理局坚持法治。一年来,区政务服务数据管理局将习近平法治思想列入局党组年度理论学习计划。",
     ["龙华区政务服务数据管理局", "龙华区政务服务数据管理局党组"]),
    ("2022年,龙华区政务服务数据管理局坚持法治。局党组书记制定理论学习计划。", ["龙华区政务服务数据管理局"]),
])
def test_a_bureau_by_the_plan_it_issues_and_a_district_several_cities_share(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A report's contact for questions and its address (请与…联系(地址:…), 请联系…) name the office that answers and
    # a building, as a page's 政策咨询机关 does: no body acting. One that acts elsewhere is found there.
    ("沙河街道2024年政府信息公开工作年度报告\n如对本报告有任何疑问,请与沙河街道党政综合办公室联系(地址:肥西县人民路1号"
     "县行政中心三楼,电话:1234)。", []),
    ("肥西县教育局2022年政府信息公开工作年度报告\n本报告由县教育局编制。如有疑问,请与肥西县教育局办公室联系"
     "(地址:肥西县花园路8号县行政中心五楼)。", ["肥西县教育局"]),
    ("平陆县2023年政府信息公开工作年度报告\n本报告由平陆县人民政府办公室编制,如有疑问请联系平陆县人民政府办公室。",
     ["平陆县人民政府办公室"]),
    ("宁德市财政局2023年政府信息公开工作年度报告\n结合我局工作实际编制本报告。如有疑问,可与宁德市财政局办公室联系(联系电话:"
     "0593-1234567)。", ["宁德市财政局"]),
    # The one the units a notice asks are to contact (请相关处室与省某局某处联系): no body acting either; the units
    # asked are read as before (round 262).
    ("2022年某省交通运输厅行政检查计划\n本计划由湖南省交通运输厅制定。请相关行政处室与省市场监管局信用处联系,做好联合抽查。",
     ["湖南省交通运输厅"]),
    ("2022年某省交通运输厅行政检查计划\n本计划由湖南省交通运输厅制定。请省公安厅与省市场监管局联系,做好联合抽查。",
     ["湖南省交通运输厅", "湖南省公安厅"]),
    ("2022年某省交通运输厅行政检查计划\n本计划由湖南省交通运输厅制定。省市场监管局牵头做好联合抽查。",
     ["湖南省交通运输厅", "湖南省市场监管局"]),
    # A government's column on a site (维护区政府“两化”栏目) is a thing it owns, as its website is; a column it opens
    # is its act.
    ("肥西县教育局2022年政府信息公开工作年度报告\n建设并维护县教育局政务公开网和县政府“两化”栏目。", ["肥西县教育局"]),
    ("肥西县2022年法治政府建设工作报告\n县政府开设“法治肥西”专栏。", ["肥西县人民政府"]),
])
def test_a_reports_contact_its_address_and_a_governments_column(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A city's bureau's own party group by its level (组织市局党组理论学习中心组专题(扩大)学习, 召开市局党组会议), in its
    # own report: the bureau's; in a county's bureau's report, 市局党组 is its superior's, and a post stays a post.
    ("北京市药品监督管理局2021年法治政府建设情况报告\n组织市局党组理论学习中心组专题(扩大)学习。",
     ["北京市药品监督管理局", "北京市药品监督管理局党组"]),
    ("青岛市生态环境局2022年法治政府建设情况报告\n召开市局党组会议研究法治工作。", ["青岛市生态环境局", "青岛市生态环境局党组"]),
    ("即墨区市场监督管理局2022年法治政府建设情况报告\n参加市局党组理论学习中心组学习。", ["即墨区市场监督管理局"]),
    ("青岛市生态环境局2022年法治政府建设情况报告\n市局党组书记讲授法治课。", ["青岛市生态环境局"]),
    # A city's bureau written short by its city and 局 (在某市委和清远市局的决策部署下) is the one bureau of that city the
    # text names in full, wherever (a cited title's 清远市市场监督管理局…工作要点), as a department's 市局 is its
    # city's bureau of the same kind (round 119); with none named in full, as before.
    ("2024年,在连州市委和清远市局的决策部署下,我局推进法治建设。结合《清远市市场监督管理局2024年法治政府建设工作要点》,"
     "制定方案。", ["连州市委", "清远市市场监督管理局"]),
    ("2024年,在连州市委和清远市局的决策部署下,我局推进法治建设。", ["连州市委", "清远市局"]),
    # The party's and the State Council's General Offices written short as a pair issuing documents (中办、国办先后
    # 印发《…》): both offices; 中办 inside a word (集中办理) is none.
    ("党的十八大以来,中办、国办先后印发《关于深化统计管理体制改革提高统计数据真实性的意见》等文件。",
     ["中共中央办公厅", "国务院办公厅"]),
    ("推行集中办理,国办函件按时办结。", []),
])
def test_a_city_bureaus_group_by_its_level_and_the_centres_offices_written_short(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A page's metadata as a table of cells with no colons (| 发布机构 | 某某办事处 | |): the poster, not a body acting;
    # the same body acting in the text is found there.
    ("南街街道2025年政府信息公开工作年度报告\n| 关键词 | 发布机构 | 南街办事处 | |\n| 公开形式 | 责任部门 | ||\n"
     "2025年,南街街道认真贯彻落实条例要求。", []),
    ("南街街道2025年政府信息公开工作年度报告\n| 关键词 | 发布机构 | 南街办事处 | |\n"
     "2025年,南街办事处组织开展政务公开培训。", ["南街办事处"]),
])
def test_a_metadata_table_with_no_colons(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A city's civic centre written bare (投身市民中心…志愿服务, 协调市民中心入驻单位) is the building its offices sit in,
    # a place wherever it stands, not only after 到/在/驻 (round 204).
    ("杭州市机关事务管理局2020年法治政府建设情况报告\n组织局党员干部投身市民中心疫情防控志愿服务活动,"
     "协调市民中心入驻单位履行相应疫情防控责任。", ["杭州市机关事务管理局"]),
    ("杭州市机关事务管理局2020年法治政府建设情况报告\n强化对市民中心及其周边道路的管理。", ["杭州市机关事务管理局"]),
])
def test_a_civic_centre_is_a_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A commission's own leading group its head leads, named by his office (健全由委主要领导任组长…的…领导小组):
    # the commission's, as a bureau's is (由局主要负责同志任组长).
    ("淮北市卫生健康委员会关于2024年度法治政府建设情况的报告\n我委重视法治。健全由委主要领导任组长、委班子成员任副组长、"
     "各科室负责人为成员的法治建设工作领导小组,领导小组办公室设在委公共卫生监督与法规科。",
     ["淮北市卫生健康委员会", "淮北市卫生健康委员会法治建设工作领导小组"]),
    ("淮北市卫生健康委员会关于2024年度法治政府建设情况的报告\n我委重视法治。成立由委主要负责同志任组长的依法行政工作领导小组。",
     ["淮北市卫生健康委员会", "淮北市卫生健康委员会依法行政工作领导小组"]),
    ("株洲市卫生健康委员会2023年法治政府建设情况报告\n委机关重视法治。完善由委主要负责人任组长的普法工作领导小组。",
     ["株洲市卫生健康委员会", "株洲市卫生健康委员会普法工作领导小组"]),
    # (a place's or a party committee's head, 由县委主要领导任组长, leads no commission's own group)
    ("淮北市卫生健康委员会关于2024年度法治政府建设情况的报告\n我委参与工作。健全由市委主要领导任组长的法治建设工作领导小组。",
     ["淮北市卫生健康委员会", "淮北市委"]),
    ("淮北市卫生健康委员会关于2024年度法治政府建设情况的报告\n我委参与工作。健全由党委主要负责同志任组长的法治建设工作领导小组。",
     ["淮北市卫生健康委员会"]),
])
def test_a_commissions_group_its_head_leads(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bureau's bare party group holding its reading class (。局党组举办专题读书班) or named after the year's 年度
    # (制定年度局党组理论学习中心组学习计划) is its own, as its group at its study group is (round 204).
    ("江苏省数据局2025年法治政府建设情况报告\n2025年,省数据局推进工作。一体推进学查改。局党组举办专题读书班,先后开展5次研讨交流。",
     ["江苏省数据局", "江苏省数据局党组"]),
    ("江苏省数据局2025年法治政府建设情况报告\n2025年,省数据局推进工作。制定年度局党组理论学习中心组学习计划。",
     ["江苏省数据局", "江苏省数据局党组"]),
    # (a post stays none: 局党组书记)
    ("江苏省数据局2025年法治政府建设情况报告\n2025年,省数据局推进工作。局党组书记带头学法。", ["江苏省数据局"]),
])
def test_a_bureaus_group_at_its_reading_class_and_its_years_plan(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled 我局 report naming its bureau only as the maker of its own working rules, the name opening the title
    # (印发《某市交通运输局制定规范性文件工作规程》): that bureau, and its bare 局党组 at its study its own.
    ("根据法治政府建设年度报告制度的要求,现将我局2022年度法治政府建设工作报告如下:\n局党组每季度开展中心组学法。"
     "印发《江门市交通运输局制定规范性文件工作规程》,建立规范性文件台账。",
     ["江门市交通运输局党组", "江门市交通运输局"]),
    # (two bureaus so named: none is taken; a title that does not open with the bureau names none)
    ("现将我局2022年度法治政府建设工作报告如下:\n印发《江门市交通运输局制定规范性文件工作规程》,"
     "印发《江门市财政局行政执法公示办法》。", []),
    ("现将我局2022年度法治政府建设工作报告如下:\n印发《关于江门市交通运输局规范性文件的工作规程》。", []),
    # A department's name alone on a line above the title standing again below it (2023年…年度报告 / 科室 日期 /
    # 某市人力资源和社会保障局 / 2023年…年度报告): the author, so a group its head leads is its own.
    ("2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n广元市人力资源和社会保障局\n\n"
     "2023年法治政府建设工作年度报告\n\n2023年,我局坚持法治。成立局主要领导任组长的法治建设工作领导小组。",
     ["广元市人力资源和社会保障局", "广元市人力资源和社会保障局法治建设工作领导小组"]),
    # (the line below another title: no author from it)
    ("2023年法治政府建设工作年度报告\n政策法规科 2023-12-29\n\n广元市人力资源和社会保障局\n\n"
     "2023年普法工作总结\n\n2023年,我局坚持法治。", ["广元市人力资源和社会保障局"]),
    # A government's unnamed legal organ where files are lodged (在市政府法制机构备案): no body acting.
    ("2023年,广元市人力资源和社会保障局坚持法治。制定规范性文件4件,在市政府法制机构备案。",
     ["广元市人力资源和社会保障局"]),
    ("2023年,广元市人力资源和社会保障局坚持法治。报请市政府审定规范性文件4件。",
     ["广元市人力资源和社会保障局", "广元市人民政府"]),
])
def test_a_bureau_by_its_own_rules_its_name_above_the_title_and_a_governments_legal_organ(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A title that names the bureau's party group as the report's author in one line (中共某市某区信访局党组关于2024年
    # …的年度报告): the group makes its report, named only there (round 204); a post below (局党组书记) adds nothing.
    ("中共西安市临潼区信访局党组关于2024年法治政府建设的年度报告\n\n今年以来,区信访局坚持依法行政。局党组书记高度重视。",
     ["临潼区信访局党组", "临潼区信访局"]),
    # (the title without the party's prefix names the bureau's group as before: unread)
    ("西安市临潼区信访局党组关于2024年法治政府建设的年度报告\n\n今年以来,区信访局坚持依法行政。", ["临潼区信访局"]),
])
def test_a_party_group_authoring_its_reports_title(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A title won, its giver written between 获 and the quoted title (荣获市政府办公厅“全市政务服务工作突出单位”称号):
    # an honour, the giver doing no work in the text (round 204).
    ("重庆市卫生健康委员会关于2022年法治政府建设情况的报告\n2022年,市卫生健康委推进工作。"
     "荣获市政府办公厅“全市政务服务工作突出单位”称号。", ["重庆市卫生健康委员会"]),
    # (a body's own work beside it stays: 会同市政府办公厅开展…)
    ("重庆市卫生健康委员会关于2022年法治政府建设情况的报告\n2022年,市卫生健康委会同市政府办公厅开展督查。",
     ["重庆市卫生健康委员会", "重庆市政府办公厅"]),
])
def test_a_titles_giver_between_won_and_the_title(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A commission's bare party committee opening its sentence (。委党委高度重视…) is its own, as its bare 委党组 is
    # (round 204).
    ("重庆市卫生健康委员会关于2022年法治政府建设情况的报告\n2022年,市卫生健康委推进工作。一是加强组织领导。委党委高度重视,"
     "将学习纳入年度目标考核。", ["重庆市卫生健康委员会", "重庆市卫生健康委员会党委"]),
    # (the committee named on the bureau's form the text uses most, 委 over the title's 委员会)
    ("重庆市卫生健康委员会关于2022年法治政府建设情况的报告\n2022年,市卫生健康委推进工作。市卫生健康委开展督查。"
     "委党委高度重视,将学习纳入年度目标考核。", ["重庆市卫生健康委", "重庆市卫生健康委党委"]),
    # A bureau's party group written with no body, its study group the means (通过党组理论学习中心组、…等形式组织学习):
    # its own in its report (round 204); a post (党组书记) stays none.
    ("中方县信访局关于2024年法治政府建设工作的报告\n2024年,中方县信访局推进工作。通过党组理论学习中心组、支部主题党日活动"
     "等形式组织学习。", ["中方县信访局", "中方县信访局党组"]),
    ("中方县信访局关于2024年法治政府建设工作的报告\n2024年,中方县信访局推进工作。党组书记带头学法。", ["中方县信访局"]),
    # A bureau's bare 局党组 with how often it studies law, a plan's target for it (局党组全年学法不少于10件次): its own,
    # as at its 学法 (round 223); its secretary's study stays a post's.
    ("泸州市交通运输局2024年法治政府部门建设工作要点\n落实省市年度法治建设工作部署,局党组全年学法不少于10件次。",
     ["泸州市交通运输局", "泸州市交通运输局党组"]),
    ("泸州市交通运输局2024年法治政府部门建设工作要点\n局党组每月学法一次。", ["泸州市交通运输局", "泸州市交通运输局党组"]),
    ("泸州市交通运输局2024年法治政府部门建设工作要点\n局党组书记全年学法不少于10件次。", ["泸州市交通运输局"]),
    # (a bare 党委 at its study group stays unread, as round 188's gold leaves 通过党委中心组会议学法 out)
    ("明溪县应急管理局2023年法治政府建设工作报告\n2023年,县应急管理局推进工作。通过党委中心组会议学法、集中学习等形式进行学习。",
     ["明溪县应急管理局"]),
])
def test_a_commissions_bare_committee_and_a_bare_group_at_its_study(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's own group for the creation drive, its 委 before the name (我委…成立以…为组长的委法治政府创建领导
    # 小组): the committee's, as a bureau's 局…领导小组 is; 创建 ending the group's field stays in its name.
    ("2021年沙县区景区管理委员会法治政府建设工作情况报告\n2021年,我委成立以单位主要负责人为组长的委法治政府创建领导小组,"
     "对工作进行统筹。", ["沙县区景区管理委员会", "沙县区景区管理委员会法治政府创建领导小组"]),
    ("2021年沙县区交通运输局法治政府建设工作情况报告\n2021年,我局成立以单位主要负责人为组长的局法治政府创建领导小组,"
     "对工作进行统筹。", ["沙县区交通运输局", "沙县区交通运输局法治政府创建领导小组"]),
    # A 述法 report named inside a title (《关于做好…报告和党政主要负责人述法工作的通知》) has no heads speaking: the office
    # that issues it before the title still acts.
    ("荷塘区文旅体局2024年度法治政府建设情况报告\n根据中共株洲市荷塘区委全面依法治区委员会办公室文件下发的《关于做好"
     "2024年度法治政府建设情况报告和党政主要负责人述法工作的通知》的文件要求,我局报告如下:",
     ["荷塘区文旅体局", "荷塘区委全面依法治区委员会办公室"]),
])
def test_a_creation_drives_group_and_a_title_naming_a_speakers_report(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The water ministry's river basin commissions, national bodies no province has, named whole with the ministry
    # before them (水利部黄河水利委员会, not the ministry alone) or without it.
    ("沿着法治轨道推进黄河保护\n作为流域管理机构,水利部黄河水利委员会(以下简称黄委)坚持依法治河。黄委全面履行法定职责。",
     ["水利部黄河水利委员会"]),
    ("黄河水利委员会组织开展水行政执法检查。", ["黄河水利委员会"]),
    # The party centre's commission for bodies and staff, which approves a body's 三定.
    ("中央机构编制委员会批复的“三定”规定明确了监督职能。", ["中央机构编制委员会"]),
    # A ministry's grant of powers a body works under (结合“三定”规定和水利部授权,…) is no ministry acting, as its 部署 is
    # not; the ministry doing a thing still acts.
    ("作为流域管理机构,水利部长江水利委员会坚持依法治江。结合“三定”规定和水利部授权,全面梳理监督管理职责。",
     ["水利部长江水利委员会"]),
    ("水利部组织开展执法检查。", ["水利部"]),
    # The city's congress written bare after its own 在, the leadership and the supervision run together (在…市委及市政府的
    # 领导下、在市人大的监督和指导下): its standing committee.
    ("宜昌市烟草专卖局2020年依法行政工作报告\n在国家局、省局、市委及市政府的领导下、在市人大的监督和指导下,市局坚持依法行政。",
     ["宜昌市烟草专卖局", "宜昌市委", "宜昌市人民政府", "宜昌市人大常委会"]),
    # A unit named to serve as the group's office and given its duty (市局法规处作为领导小组办公室,负责日常工作): the
    # office of the group just named; a unit only made a member of it names no office.
    ("宜昌市烟草专卖局2020年依法行政工作报告\n我局成立了以局长任组长的法治工作领导小组,负责组织全市系统法治工作,"
     "市局法规处作为领导小组办公室,负责日常工作。",
     ["宜昌市烟草专卖局", "宜昌市烟草专卖局法治工作领导小组", "宜昌市烟草专卖局法治工作领导小组办公室"]),
    ("宜昌市烟草专卖局2020年依法行政工作报告\n我局成立了以局长任组长的法治工作领导小组,负责组织全市系统法治工作,"
     "市局法规处作为领导小组成员单位。", ["宜昌市烟草专卖局", "宜昌市烟草专卖局法治工作领导小组"]),
])
def test_river_commissions_the_centres_staffing_commission_and_a_tobacco_bureaus_leadership(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An office's bare party group opening its sentence in the office's own report (\n办党组持续深入贯彻…): its own,
    # as a commission's 委党委 is; 国动办 is the short form of 国防动员办公室, one office (round 213).
    ("上海市国防动员办公室2023年度法治政府建设情况报告 ( 2024年01月15日 )\n沪国动〔2024〕1号\n市委、市政府:\n"
     "2023年,市国动办坚持依法行政。\n办党组持续全面深入贯彻党的二十大精神。",
     ["上海市国防动员办公室", "上海市国防动员办公室党组"]),
    # (its head's post, 办党组书记, names no group)
    ("上海市国防动员办公室2023年度法治政府建设情况报告\n2023年,市国动办坚持依法行政。\n办党组书记带头学法。",
     ["上海市国防动员办公室"]),
    # (人防办 the short form of 人民防空办公室: one office, written as the text writes it most)
    ("舟山市人民防空办公室2022年法治政府建设工作报告\n2022年,舟山市人民防空办公室坚持依法行政。市人防办开展普法。",
     ["舟山市人民防空办公室"]),
    # A commission's bare party committee opening its sentence and deliberating (。委党委审议并印发了《…》): its own
    # (round 213).
    ("2025年,市政府国资委在市委、市政府的坚强领导下推进工作。现将我委2025年度法治政府建设工作情况报告如下:\n"
     "武汉市政府国资委推进监管。委党委审议并印发了《市政府国资委关于成立法治建设工作领导小组的通知》。",
     ["武汉市政府国资委", "武汉市委", "武汉市人民政府", "武汉市政府国资委党委"]),
    # (its secretary deliberating is a post's work: no committee)
    ("2025年,市政府国资委在市委、市政府的坚强领导下推进工作。现将我委2025年度法治政府建设工作情况报告如下:\n"
     "武汉市政府国资委推进监管。委党委书记审议并印发了《市政府国资委关于成立法治建设工作领导小组的通知》。",
     ["武汉市政府国资委", "武汉市委", "武汉市人民政府"]),
    # An untitled report opening with a centre as its subject (2025年,某市融媒体中心以…): the centre's report, so a group
    # it sets up, led by its head, is the centre's (round 213).
    ("2025年,乳山市融媒体中心以习近平法治思想为指引推进工作。\n一是成立以中心主要负责人为组长、各科室负责人为成员的"
     "法治建设领导小组。", ["乳山市融媒体中心", "乳山市融媒体中心法治建设领导小组"]),
    # (a city's report naming the centre later: the group stays the city's)
    ("2025年,乳山市坚持依法行政。乳山市融媒体中心开设普法专栏。\n一是成立以市长为组长的法治建设领导小组。",
     ["乳山市融媒体中心", "乳山市法治建设领导小组"]),
])
def test_an_offices_bare_group_a_commissions_deliberating_and_a_centres_own_report(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The national body's offices and units, or the tasks it sets, described (作为国家统计局派出调查机构, 撤销国家统计局
    # 直属的…调查队, 组建国家统计局垂直管理的调查队, 完成国家统计局布置的…任务): no body acting, as its 部署 followed is
    # not; the body doing a thing still acts.
    ("作为国家统计局派出调查机构,某调查队依法独立行使统计调查职权,完成国家统计局布置的调查任务。", []),
    ("撤销国家统计局直属的农村社会经济调查队,组建国家统计局垂直管理的调查队。", []),
    ("国家统计局组织开展统计执法检查。", ["国家统计局"]),
    # A ministry's party group last in the centre's list whose directive is followed (党中央、国务院和部党组决策部署):
    # boilerplate, no body acting; the council doing a thing still acts.
    ("及时贯彻落实党中央、国务院和部党组决策部署,政治机关意识持续增强。", []),
    ("国务院和部党组联合召开会议。", ["国务院"]),
])
def test_a_national_bodys_units_and_tasks_described_and_its_party_groups_directive(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's bare group opening an indented paragraph (\n  局党组坚持把…): its own, as at a line's start with no
    # indent (round 213).
    ("源城区机关事务管理局2025年法治政府建设年度报告\n来源:源城区机关事务管理局\n\n  2025年,区机关事务管理局坚持依法行政。\n\n"
     "  一、强化政治引领\n\n  局党组坚持把党的政治建设摆在首位。", ["源城区机关事务管理局", "源城区机关事务管理局党组"]),
    # (indented by a full-width space, and by four)
    ("源城区机关事务管理局2025年法治政府建设年度报告\n2025年,区机关事务管理局坚持依法行政。\n\u3000局党组始终把法治摆在突出位置。",
     ["源城区机关事务管理局", "源城区机关事务管理局党组"]),
    ("源城区机关事务管理局2025年法治政府建设年度报告\n2025年,区机关事务管理局坚持依法行政。\n    局党组坚持把法治摆在突出位置。",
     ["源城区机关事务管理局", "源城区机关事务管理局党组"]),
    # (its 高度重视 alone stays unread, indented or not, as round 182 left it)
    ("源城区机关事务管理局2025年法治政府建设年度报告\n2025年,区机关事务管理局坚持依法行政。\n  局党组高度重视,召开会议研究。",
     ["源城区机关事务管理局"]),
])
def test_a_bureaus_bare_group_opening_an_indented_paragraph(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A city's state-assets commission by its full name and by 市国资委 (or 市政府国资委): one commission, and its
    # bare 委党委 its own, as a 卫生健康委员会's is (round 213).
    ("株洲市人民政府国有资产监督管理委员会2024年法治政府建设工作报告\n2024年,市国资委坚持依法行政。委党委审议通过年度工作要点。",
     ["株洲市人民政府国有资产监督管理委员会", "株洲市人民政府国有资产监督管理委员会党委"]),
    # (written as the text writes it most)
    ("2024年,株洲市政府国资委坚持依法行政。株洲市政府国资委推进改革。株洲市国资委开展监管。", ["株洲市政府国资委"]),
    # An untitled report opening with an office as its subject (2024年,某县人民防空办公室坚持…): the office's report, so
    # a group it sets up, led by its head, is the office's (round 213).
    ("2024年,东源县人民防空办公室坚持依法行政。成立以主任为组长的法治建设领导小组。",
     ["东源县人民防空办公室", "东源县人民防空办公室法治建设领导小组"]),
    # (a county's report naming the office later: the group led by the county head stays the county's)
    ("2024年,东源县坚持依法行政。东源县人民防空办公室开展宣传。成立以县长为组长的法治建设领导小组。",
     ["东源县人民防空办公室", "东源县法治建设领导小组"]),
])
def test_a_state_assets_commission_by_its_names_and_an_offices_own_report(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau of government services and data by its full name, without its 和, and as 政数局: one bureau, written as
    # the text writes it most (round 213).
    ("2024年,东源县政务服务和数据管理局坚持依法行政。县政务服务和数据管理局推进改革。县政数局开展检查。",
     ["东源县政务服务和数据管理局"]),
    ("2024年,花都区政务服务数据管理局坚持依法行政。区政数局开展检查。区政数局推进改革。", ["花都区政数局"]),
])
def test_a_government_services_and_data_bureau_by_its_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A vertical service's branch named by its place right after its headquarters: a county's survey team in full
    # (国家统计局某县调查队), the financial regulator's city branch and county sub-branch by their places' short names
    # (…温州监管分局, …泰顺监管支局): one body each, the service's office there, not the headquarters; the
    # headquarters acting alone stays itself.
    ("2023年,国家统计局伊川县调查队坚持依法统计。", ["国家统计局伊川县调查队"]),
    ("2023年,国家金融监督管理总局温州监管分局坚持依法监管,推进法治建设。", ["国家金融监督管理总局温州监管分局"]),
    ("国家金融监督管理总局泰顺监管支局2024年法治建设情况报告\n2024年,支局坚持依法监管。",
     ["国家金融监督管理总局泰顺监管支局"]),
    ("国家金融监督管理总局组织开展执法检查。", ["国家金融监督管理总局"]),
    # The railway administration's regional offices, each over several provinces: national bodies, named whole.
    ("国家铁路局广州铁路监督管理局2023年法治政府建设情况报告\n2023年,监管局坚持依法监管。", ["国家铁路局广州铁路监督管理局"]),
])
def test_vertical_services_branches_named_by_their_places(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A department's party group signing before the department, the two glued in the title (中共某省某厅党组某省某厅
    # 关于…): two bodies, the group's name ending at its 党组 where the province's name opens the department's; the
    # 中共 form is the department's 党组 (round 39), named by its bare 厅党组 in the text.
    ("中共西藏自治区民政厅党组西藏自治区民政厅关于2025年度法治政府建设情况报告\n2025年,民政厅党组坚持依法行政。"
     "厅党组第7次会议研究部署法治工作。", ["西藏自治区民政厅", "西藏自治区民政厅党组"]),
    ("中共湖南省财政厅党组湖南省财政厅关于2024年度法治政府建设情况的报告\n2024年,厅党组研究部署法治工作。",
     ["湖南省财政厅", "湖南省财政厅党组"]),
    # (a department's party committee glued before it the same; its 中共 form kept, as a committee's is)
    ("中共云南省应急管理厅党委云南省应急管理厅关于2024年度法治政府建设情况的报告\n2024年,厅党委研究部署法治工作。",
     ["中共云南省应急管理厅党委", "云南省应急管理厅"]),
    ("中共某某镇党委某某镇人民政府关于2024年度法治政府建设情况的报告\n2024年,镇党委研究部署法治工作。",
     ["某某镇党委", "某某镇人民政府"]),
    # (the group signing alone, or named in the text with no place after it, stays one name with its department)
    ("中共湖南省财政厅党组关于2024年度法治政府建设情况的报告\n2024年,厅党组研究部署法治工作。", ["湖南省财政厅党组"]),
    ("2024年,湖南省财政厅党组研究部署法治工作。", ["湖南省财政厅", "湖南省财政厅党组"]),
    # A body's expert invited to speak (邀请省司法厅行政复议专家开展讲座): a person, as its named staff is; the body
    # invited to guide still acts, and its panel of experts (专家组) is a body's group, not a person.
    ("2025年,省文化和旅游厅坚持依法行政。邀请省司法厅行政复议专家和厅法律顾问开展法律知识讲座。"
     "推动修订《辽宁省文化市场管理条例》。", ["辽宁省文化和旅游厅"]),
    ("2025年,辽宁省文化和旅游厅坚持依法行政。邀请了辽宁省司法厅专家授课。", ["辽宁省文化和旅游厅"]),
    ("2025年,辽宁省文化和旅游厅坚持依法行政。邀请辽宁省司法厅指导合法性审查工作。", ["辽宁省文化和旅游厅", "辽宁省司法厅"]),
    # A bare congress whose inspection is accepted or assisted (接受配合省人大法律监督检查, 配合市人大执法检查): its
    # standing committee acting, which inspects; the congress's plan a matter is put into is no body acting.
    ("2025年,省文化和旅游厅坚持依法行政。《辽宁省文化市场管理条例》修正出台。自觉接受配合省人大法律监督检查。",
     ["辽宁省文化和旅游厅", "辽宁省人大常委会"]),
    ("2025年,省文化和旅游厅坚持依法行政。《辽宁省文化市场管理条例》修正出台,纳入省人大2026年立法重点调研项目。",
     ["辽宁省文化和旅游厅"]),
    # The congress's supervision accepted with no level written at all (主动接受人大法律监督、政协民主监督): the page's
    # own congress, its standing committee acting; a township's congress has none, and its deputies are persons.
    ("海宁市2024年度法治政府建设情况\n2024年,海宁市坚持依法行政。主动接受人大法律监督、政协民主监督。",
     ["海宁市人大常委会"]),
    ("2024年,长沙县坚持依法行政。自觉接受人大监督,办理建议20件。", ["长沙县人大常委会"]),
    ("2024年,洞阳镇坚持依法行政。自觉接受人大监督,办理建议20件。", []),
    ("2024年,长沙县坚持依法行政。主动接受人大代表和政协委员监督。", []),
    # A speech at a committee's meeting, unnumbered (某书记在自治区全面依法治藏委员会会议上的讲话精神): the speech's
    # words studied, the committee not acting; its meeting called (召开…委员会会议) still is.
    ("中共西藏自治区民政厅党组西藏自治区民政厅关于2025年度法治政府建设情况报告\n厅党组会议传达学习了王君正书记在"
     "自治区全面依法治藏委员会会议上的讲话精神。", ["西藏自治区民政厅", "西藏自治区民政厅党组"]),
    # A body's party committee written with the body's other form (市文化旅游委党委 beside the title's 重庆市文化和
    # 旅游发展委员会, each form written once: the title's names the body): the body's name, then its 党委.
    ("重庆市文化和旅游发展委员会关于2024年法治政府建设情况的报告\n2024年,市文化旅游委坚持依法行政。"
     "12月25日,市文化旅游委党委理论学习中心组专题学习习近平法治思想。",
     ["重庆市文化和旅游发展委员会", "重庆市文化和旅游发展委员会党委"]),
])
def test_glued_signers_invited_experts_inspecting_congresses_and_a_commission_s_forms(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A department's cover in its own voice above its report (市委、市政府: / 2022年,在上海市委、市政府坚强领导下,…我局
    # 坚持… / 根据…印发的《A》…的要求,我局总结形成了《X》… / 现将《X》报上。): the whole letter below its salutation is
    # the document's, its leadership and the issuers of its grounds too.
    ("沪环法〔2023〕23号\n市委、市政府:\n2022年,在上海市委、市政府坚强领导下,在生态环境部指导下,我局坚持依法行政。\n"
     "根据中共中央办公厅、国务院办公厅印发的《法治政府建设与责任落实督察工作规定》中关于“年度报告”的要求,我局总结形成了"
     "《上海市生态环境局关于2022年度法治政府建设情况的报告》。\n现将《上海市生态环境局关于2022年度法治政府建设情况的报告》"
     "报上。\n上海市生态环境局\n2023年1月28日\n上海市生态环境局关于2022年度\n法治政府建设情况的报告\n"
     "2022年,上海市生态环境局坚持依法行政。",
     ["上海市委", "上海市人民政府", "生态环境部", "中共中央办公厅", "国务院办公厅", "上海市生态环境局"]),
    # A cover not in the author's voice (区司法局提请…) stays read from its sentence, as before.
    ("中共长宁区委:\n根据规定,区委应当向市委报告上一年度法治政府建设情况。\n"
     "根据要求,区司法局提请以中共长宁区委、区政府名义将《2023年长宁区法治政府建设情况报告》报上。\n"
     "上海市长宁区司法局\n2024年1月4日\n2023年长宁区法治政府建设情况报告\n"
     "2023年,长宁区坚持以习近平法治思想为指导,推进法治政府建设。",
     ["长宁区司法局", "中共长宁区委", "长宁区人民政府"]),
    # A party committee's working committee glued before the government's commission in a joint title
    # (中共重庆市委教育工作委员会重庆市教育委员会2022年度…报告): two authors, the first ending at its 委员会 where
    # the city's name opens the next; the commission named as the text writes it most (市教委).
    ("中共重庆市委教育工作委员会重庆市教育委员会2022年度法治政府建设情况报告\n一、主要举措和成效\n"
     "将习近平法治思想列入市教委人文社科研究年度项目指南,市教委人文社科研究项目立项68项。",
     ["中共重庆市委教育工作委员会", "重庆市教委"]),
    ("中共重庆市委教育工作委员会重庆市教育委员会关于2022年度法治政府建设情况的报告\n市教育委员会组织学习。",
     ["中共重庆市委教育工作委员会", "重庆市教育委员会"]),
    # A commission's group its head takes the lead of (委主要负责同志…亲自担任委法治建设领导小组组长), and one set up
    # with its head as 组长 and the commission's own word before it (…为组长的委法治建设领导小组): the commission's,
    # named without that word; a post taken (担任局长) or a member's seat (担任委员) names no group.
    ("天津市交通运输委员会关于2023年度法治政府建设情况的报告\n2023年,委主要负责同志带头学习,亲自担任委法治建设"
     "领导小组组长,全面加强组织领导。", ["天津市交通运输委员会", "天津市交通运输委员会法治建设领导小组"]),
    ("天津市交通运输委员会关于2023年度法治政府建设情况的报告\n2023年,成立以委主要负责同志为组长的委法治建设领导小组。",
     ["天津市交通运输委员会", "天津市交通运输委员会法治建设领导小组"]),
    ("鄞州区司法局关于2023年度法治政府建设情况的报告\n局长担任局法治建设领导小组组长。",
     ["鄞州区司法局", "鄞州区司法局法治建设领导小组"]),
    ("鄞州区司法局关于2023年度法治政府建设情况的报告\n张某担任局长,推进法治建设领导小组工作。", ["鄞州区司法局"]),
    ("天津市交通运输委员会关于2023年度法治政府建设情况的报告\n委主要负责同志担任委员,参加法治建设领导小组会议。",
     ["天津市交通运输委员会"]),
])
def test_a_cover_in_its_authors_voice_a_glued_working_committee_and_a_group_its_head_takes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An untitled township report opening with its county, its town, and the town's committee and government together
    # (在县委、县政府的坚强领导下,某县某镇党委、政府坚持…): the town is the author, so its bare 镇党委 later is the same
    # committee, not a second one written with the county (round 220).
    ("2024年,在县委、县政府的坚强领导下,托里县铁厂沟镇党委、政府坚持以习近平法治思想为指导,扎实推进法治政府建设。"
     "镇党委理论学习中心组专题学法6次。县司法局对我镇开展法治督察。",
     ["托里县委", "托里县人民政府", "铁厂沟镇党委", "铁厂沟镇人民政府", "托里县司法局"]),
])
def test_a_township_opening_with_its_county_and_its_committee_and_government(text, expected):
    assert names(text) == expected


BAICHENG_BUREAU = "白城市司法局2023年度法治政府建设工作报告\n"


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies advisers are provided for (为市委、市政府配备专职法律顾问): the advisers' clients, no body acting.
    (BAICHENG_BUREAU + "为市委、市政府配备专职法律顾问11名、法律专家库成员36名,提供法律意见263件。", ["白城市司法局"]),
    (BAICHENG_BUREAU + "市司法局为市政府聘请法律顾问3名。", ["白城市司法局"]),
    # The body before 为 that provides them still acts, and a body acting in a sentence of its own still does.
    (BAICHENG_BUREAU + "市政府为各乡镇配备法律顾问。", ["白城市司法局", "白城市人民政府"]),
    (BAICHENG_BUREAU + "为市委、市政府配备专职法律顾问11名。市委、市政府研究部署法治工作。",
     ["白城市司法局", "白城市委", "白城市人民政府"]),
    # A government whose contracts are reviewed (审查市政府对外框架合作协议): the owner of what is examined.
    (BAICHENG_BUREAU + "审查市政府对外框架合作协议30件,合同12份。", ["白城市司法局"]),
    (BAICHENG_BUREAU + "市司法局审核市政府签订的合同45份。", ["白城市司法局"]),
    # The government reviewing contracts itself still acts.
    (BAICHENG_BUREAU + "市政府审查重大合同12份。", ["白城市司法局", "白城市人民政府"]),
])
def test_bodies_advisers_are_provided_for(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Departments listed bare after one written with its division's full name (某省司法厅、民政厅印发…): the
    # division's, as after a bare prefix (市司法局、民政局); a second division's body, a committee's list and a body of
    # no annotated kind stay as they are.
    ("近日,安徽省司法厅、民政厅印发《关于命名的决定》。", ["安徽省司法厅", "安徽省民政厅"]),
    ("浙江省司法厅、公安厅、民政厅联合开展专项行动。", ["浙江省司法厅", "浙江省公安厅", "浙江省民政厅"]),
    ("浙江省司法厅、杭州市司法局联合开展专项行动。", ["浙江省司法厅", "杭州市司法局"]),
    ("近日,浙江省委、省政府印发通知。", ["浙江省委", "浙江省人民政府"]),
    ("浙江省司法厅、律师协会联合开展专项行动。", ["浙江省司法厅"]),
])
def test_departments_listed_after_one_with_its_full_place(text, expected):
    assert names(text) == expected


SHANGGAO_BUREAU = "上高县司法局2024年工作总结\n2024年,上高县司法局坚持依法行政。\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's party group written with its bureau, then the work it carries out (区司法局党组深入贯彻…, 局党组扎实
    # 推进…, 积极…): the group acting, as one that 坚持s does; its secretary is a post, and a duty of the group's
    # (落实…党组全面从严治党主体责任) names no group acting.
    ("东西湖区司法局2025年工作总结\n2025年以来,在区委、区政府的坚强领导下,区司法局党组深入贯彻习近平法治思想,"
     "统筹推进依法治区工作。", ["东西湖区司法局", "东西湖区委", "东西湖区人民政府", "东西湖区司法局党组"]),
    (SHANGGAO_BUREAU + "司法局党组扎实推进法治建设。", ["上高县司法局", "上高县司法局党组"]),
    (SHANGGAO_BUREAU + "上高县司法局党组积极推进法治建设。", ["上高县司法局", "上高县司法局党组"]),
    (SHANGGAO_BUREAU + "严格落实上高县司法局党组全面从严治党主体责任。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "上高县司法局党组书记深入基层调研。", ["上高县司法局"]),
])
def test_a_bureaus_party_group_carrying_out_its_work(text, expected):
    assert names(text) == expected


HAIMEN_NOTICE = "南通市海门区人民政府办公室关于公布2025年区政府重大行政决策事项目录的通知\n"
DONGCHANGFU_NEWS = "东昌府区乡镇(街道)合法性审查实现全覆盖\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A station's head by his post (区司法局某某司法所所长某某, 司法所副所长某某): a person, not the station, as a
    # bureau's 局长 is; the station acting in its own clause still acts.
    (DONGCHANGFU_NEWS + "谈起工作,东昌府区司法局道口铺司法所所长张玉昆很是欣慰。", []),
    (DONGCHANGFU_NEWS + "东昌府区司法局郑家司法所副所长赵志军有同样的感受。", []),
    (DONGCHANGFU_NEWS + "东昌府区司法局郑家司法所开展合法性审查。", ["东昌府区司法局郑家司法所"]),
    # A matter sent up to a body for its consent or approval (并报区人民政府同意, 并报市政府批准): the body approves it,
    # and acts, as one 报请…批准 does; one a matter is only sent up to (并报…备案, 并报区人民政府。) stays a recipient.
    (HAIMEN_NOTICE + "经各部门申报,并报区人民政府同意,现将目录予以公布。", ["海门区人民政府办公室", "海门区人民政府"]),
    (HAIMEN_NOTICE + "形成方案,并报区政府批准后实施。", ["海门区人民政府办公室", "海门区人民政府"]),
    (HAIMEN_NOTICE + "形成方案,并报区人民政府备案。", ["海门区人民政府办公室"]),
    (HAIMEN_NOTICE + "形成报告,并报区人民政府。", ["海门区人民政府办公室"]),
])
def test_a_station_head_and_a_body_asked_for_consent(text, expected):
    assert names(text) == expected


YANGGU_NEWS = "山东法制传媒网:山东省聊城市阳谷县坚持以推进乡镇(街道)合法性审查为支点,压实各级责任。\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A group a plural sets up, the plural the verb's subject (各乡镇(街道)均成立…领导小组): each of theirs, not the
    # county's, as one others are led to set up is; the county's government setting one up still has its own.
    (YANGGU_NEWS + "各乡镇(街道)均成立合法性审查工作领导小组和办公室。", []),
    ("阳谷县2024年法治政府建设情况报告\n各乡镇成立调解委员会,县政府成立合法性审查工作领导小组。",
     ["阳谷县人民政府", "阳谷县合法性审查工作领导小组"]),
    # A news item's closing credit naming a bureau and its section by a long name ((…县司法局法治调研和备案审查科)): who
    # sent the item, no body acting.
    (YANGGU_NEWS + "统一规范档案。(山东省聊城市阳谷县司法局法治调研和备案审查科)", []),
    (YANGGU_NEWS + "县司法局统一规范档案。(山东省聊城市阳谷县司法局法治调研和备案审查科)", ["阳谷县司法局"]),
])
def test_a_plurals_group_and_a_long_section_credit(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A news story above the document it reports issued, the document's heading and items below it (日前,市市场监管局、
    # 市知识产权局联合印发《X》… / X / 一、下列…): the heading is the carried document's, and the story's bodies act
    # (round 246).
    ("天津市两部门印发《清单》60种轻微违法行为不予处罚\n日期:2023-05-10\n日前,市市场监管局与市知识产权局联合印发"
     "《天津市市场监管领域轻微违法行为不予处罚清单》(简称《清单》)。《清单》所称“及时改正”包括主动改正。\n\n"
     "天津市市场监管领域轻微违法行为不予处罚清单\n一、下列违法行为,及时改正的,不予行政处罚:",
     ["天津市市场监管局", "天津市知识产权局"]),
    # (a story naming another document than the heading below it leaves the heading's text as it was)
    ("天津市两部门印发《清单》\n日前,市市场监管局印发《天津市市场监管领域包容审慎监管指引》。\n\n"
     "天津市市场监管领域轻微违法行为不予处罚清单\n一、下列违法行为,及时改正的,不予行政处罚:", []),
])
def test_a_news_story_above_the_document_it_reports_issued(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A court delegating cases (县法院委派调解案件, 县人民法院委派的诉前调解案件): the court, its name ending before the
    # 委派 it does, as before 委托; a government entrusting a bureau (县政府委托县司法局…) is the government, its name
    # not run on into the bureau's.
    (SHANGGAO_BUREAU + "接受县法院委派调解案件120件。", ["上高县司法局", "上高县法院"]),
    (SHANGGAO_BUREAU + "承接县人民法院委派的诉前调解案件。", ["上高县司法局", "上高县人民法院"]),
    (SHANGGAO_BUREAU + "县政府委托县司法局开展评估。", ["上高县司法局", "上高县人民政府"]),
    # A committee sending its team (县纪委派驻…, 市委派出…) keeps its 委; 委托 after a court stays as it was.
    (SHANGGAO_BUREAU + "县纪委派驻纪检监察组开展监督。", ["上高县司法局", "上高县纪委"]),
    (SHANGGAO_BUREAU + "市委派出督导组。", ["上高县司法局", "宜春市委"]),
    (SHANGGAO_BUREAU + "办理县法院委托调解案件80件。", ["上高县司法局", "上高县法院"]),
])
def test_a_body_delegating_or_entrusting(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee with its government glued to it standing right before a title (是对市委市政府《关于…的实施意见》明确
    # 提出…的落实): the title's attribution, no body acting, as 市委、市政府《…》 already was (round 246).
    ("盐城市2023年法治政府建设情况报告\n市政府召开新闻发布会。这是对市委市政府《关于加快打造一流营商环境的实施意见》的落实。",
     ["盐城市人民政府"]),
    ("盐城市2023年法治政府建设情况报告\n市政府召开新闻发布会。这是对市委、市政府《关于加快打造一流营商环境的实施意见》的落实。",
     ["盐城市人民政府"]),
    # (a committee that issues it still acts)
    ("盐城市2023年法治政府建设情况报告\n市委市政府印发《关于加快打造一流营商环境的实施意见》。",
     ["盐城市委", "盐城市人民政府"]),
])
def test_a_committee_and_its_government_glued_before_a_title(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies whose case files are reviewed or whose rule-of-law work is inspected, the work named right before the
    # inspection (对县城管局、县市场监管局开展行政执法案卷评查, 对县交通运输局等5个单位开展法治督察): the
    # inspection's objects, no body acting, as 对…开展专项督察 already were.
    (SHANGGAO_BUREAU + "对县城管局、县市场监管局开展行政执法案卷评查,评查案卷120卷。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "对县交通运输局等5个单位开展法治督察。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "对县自然资源局进行案卷评查。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "对县城管局开展执法监督检查。", ["上高县司法局"]),
    # The bodies audited (对县教育局、县卫生健康局开展经济责任审计, 对县财政局进行了专项审计): the audit's objects, as a
    # check's are; a body named in its own clause after the audit still acts (round 269).
    (SHANGGAO_BUREAU + "对县教育局、县卫生健康局开展经济责任审计,发现问题12个。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "对县财政局进行了专项审计。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "县审计局对县住建局开展审计,县财政局积极配合。", ["上高县司法局", "上高县审计局", "上高县财政局"]),
    # A body trained, not inspected, still acts as before; a body that inspects in its own clause acts.
    (SHANGGAO_BUREAU + "对县住建局开展执法培训。", ["上高县司法局", "上高县住建局"]),
    # The bodies an evaluation is of, named as its objects (评估对象是市政府办公厅、市政务服务办和市政府25个组成部门):
    # the evaluated, no body acting; the body organising the evaluation acts.
    (SHANGGAO_BUREAU + "县委依法治县办开展第三方评估,评估对象是县政府办公室、县政务服务中心和县政府20个组成部门。",
     ["上高县司法局", "上高县委依法治县办"]),
    (SHANGGAO_BUREAU + "考核对象为县发改委、县财政局,考核结果纳入绩效。", ["上高县司法局"]),
    # Several levels' rule-of-law groups at once (州依法治州、县依法治县领导小组) name no body, as 省、市司法局 names none;
    # a level's group alone still acts.
    ("九寨沟县法治建设自我评估办法\n第五条 州、县评估由州依法治州、县依法治县领导小组通过组织工作检查的方式进行。", []),
    ("九寨沟县法治建设自我评估办法\n第五条 县评估由县依法治县领导小组通过组织工作检查的方式进行。", ["九寨沟县依法治县领导小组"]),
    (SHANGGAO_BUREAU + "县委依法治县办对5个乡镇开展法治督察。", ["上高县司法局", "上高县委依法治县办"]),
    # The bodies lawyers or mediators are stationed at (向县人民法院、县人民检察院派驻值班律师): the places they serve
    # at, no body acting; the body stationing them acts.
    (SHANGGAO_BUREAU + "向县人民法院、县人民检察院派驻值班律师12名。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "向县法院派驻人民调解员5名,化解纠纷。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "县法律援助中心向县看守所派驻值班律师。", ["上高县司法局", "上高县法律援助中心"]),
    (SHANGGAO_BUREAU + "县人民法院向县司法局派驻法官。", ["上高县司法局", "上高县人民法院"]),
    # The bodies advice is given for (为县政府出具合法性审查意见, 为县委、县政府重大决策提供法律意见): the advice's
    # recipients, as 对…提供…意见's are; a body given a service, not advice, is read as before.
    (SHANGGAO_BUREAU + "为县政府出具合法性审查意见68件。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "为县委、县政府重大决策提供法律意见30余条。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "县政府为企业提供意见。", ["上高县司法局", "上高县人民政府"]),
])
def test_bodies_inspected_stationed_at_or_advised(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A court's judges or a procuratorate's prosecutors invited to explain the law (邀请县法院法官开展以案释法,
    # 邀请县人民检察院资深检察官授课): persons, as a body's experts invited to speak are; the court invited to guide, a
    # court's judges acting on their own and a campaign named for judges (法官进社区) leave the court as before.
    (SHANGGAO_BUREAU + "邀请县法院法官开展以案释法。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "邀请县人民检察院资深检察官授课。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "邀请市中级人民法院法官授课。", ["上高县司法局"]),
    (SHANGGAO_BUREAU + "邀请县法院指导调解工作。", ["上高县司法局", "上高县法院"]),
    (SHANGGAO_BUREAU + "县法院法官参与调解。", ["上高县司法局", "上高县法院"]),
    (SHANGGAO_BUREAU + "邀请县法院开展法官进社区活动。", ["上高县司法局", "上高县法院"]),
])
def test_judges_and_prosecutors_invited(text, expected):
    assert names(text) == expected


FUZHOU_CENTRE = "2024年度福州市法律援助中心工作信息公示\n"
JINCHENG_BUREAU = "晋城市司法局2023年公共法律服务工作总结\n"
GUANGXI_CENTRE = "广西壮族自治区法律援助中心2023年度工作情况公示\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A legal-aid centre written long and short (市法律援助中心, 市法援中心): one centre, named as the text names it
    # most.
    (FUZHOU_CENTRE + "福州市法律援助中心共受理案件2945件。福州市法援中心共抽取评估案件383件。福州市法律援助中心公示。",
     ["福州市法律援助中心"]),
    (FUZHOU_CENTRE + "市法援中心受理案件。市法援中心指派律师。福州市法律援助中心公示。", ["福州市法援中心"]),
    # The places a visit goes deep into, listed to 等地 and what is done there, commas parting the list: places
    # visited, no bodies acting.
    (JINCHENG_BUREAU + "会后,一行还深入我市市域社会治理中心,城区公共法律服务中心、光明法律服务所,高平市公共法律服务中心、"
     "南李村公共法律服务工作室等地进行了实地调研。", ["晋城市司法局"]),
    (JINCHENG_BUREAU + "市司法局来到高平市公共法律服务中心、泽州县司法局等地调研指导。", ["晋城市司法局"]),
    # (bodies listed to 等地 with no visit to them, or doing the work themselves, still act)
    (JINCHENG_BUREAU + "高平市司法局、泽州县司法局等地开展普法宣传。", ["晋城市司法局", "高平市司法局", "泽州县司法局"]),
    (JINCHENG_BUREAU + "深入基层调研。高平市司法局牵头,泽州县司法局等地配合。", ["晋城市司法局", "高平市司法局", "泽州县司法局"]),
    # A free trade zone's centre (自贸区公共法律服务中心) is no bare district's, nor the region's.
    (GUANGXI_CENTRE + "共安排454人次律师到自贸区公共法律服务中心值班。广西壮族自治区司法厅", ["广西壮族自治区法律援助中心",
                                                                        "广西壮族自治区司法厅"]),
])
def test_a_legal_aid_centre_written_short_places_visited_to_dengdi_and_a_free_trade_zones_centre(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A district's units written bare in a table's cells under a column of the units putting its items forward
    # (申报单位 | … | 发改委 |, one cell a line) or carrying them out (承办单位): the district's own; a cell with its
    # place's word is read as written, and a table with no such column reads no bare cell.
    (HAIMEN_NOTICE + "现将目录予以公布。\n2025年区政府重大行政决策事项目录\n序号 |\n决策项目 |\n申报单位 |\n拟决策时间 |\n"
     "1 |\n南通市海门区“十五五”规划《纲要》 |\n发改委 |\n2025.12—2026.01 |",
     ["海门区人民政府办公室", "海门区发改委"]),
    (HAIMEN_NOTICE + "现将目录予以公布。\n| 序号 | 决策事项 | 承办单位 |\n| 1 | 住宅加装电梯实施方案 | 住建局 |",
     ["海门区人民政府办公室", "海门区住建局"]),
    (HAIMEN_NOTICE + "现将目录予以公布。\n| 序号 | 决策事项 | 承办单位 |\n| 1 | 住宅加装电梯实施方案 | 区住建局 |",
     ["海门区人民政府办公室", "海门区住建局"]),
    (HAIMEN_NOTICE + "现将目录予以公布。\n| 序号 | 决策事项 | 备注 |\n| 1 | 住宅加装电梯实施方案 | 住建局 |",
     ["海门区人民政府办公室"]),
])
def test_a_countys_bare_units_in_a_column_of_units(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An explanation speaking as 我局 that names its bureau only as the owner of its list as adjusted (我局…调整制定
    # 《…清单》 … 调整后的《某县综合行政执法局…清单》共计55项): that bureau, as a report naming it only as the maker of its
    # own working rules has it (round 246).
    ("解读《关于调整<某县综合行政执法局清单>的通知》\n一、制定背景\n我局根据综合执法工作实际,调整制定《轻微违法行为不予行政"
     "处罚清单》。\n二、主要内容\n调整后的《海盐县综合行政执法局轻微违法行为不予行政处罚清单》共计55项。",
     ["海盐县综合行政执法局"]),
    # (a list the text names as made by no bureau of its own leaves 我局 unread)
    ("解读《关于调整清单的通知》\n一、制定背景\n我局根据工作实际,调整制定《轻微违法行为不予行政处罚清单》。\n二、主要内容\n"
     "调整后的《轻微违法行为不予行政处罚清单》共计55项。", []),
])
def test_an_explanation_speaking_as_its_bureau_that_owns_the_adjusted_list(text, expected):
    assert names(text) == expected


# Round 250: lists of powers and certificates (证明事项告知承诺制, 证明事项清理, 责任清单).
SHIYAN_NEWS = "十堰市推行证明事项告知承诺制。"
MENGZHOU_NOTE = "关于《孟州市人民政府关于公布取消和保留证明事项清单的通知》政策解读\n"
LINXIAN_NOTICE = "临县人民政府办公室关于印发《临县县乡事项责任清单》的通知\n"


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies a list covers, counted after them (此次实行告知承诺制涉及市教育局、市公安局…等15家单位): where its
    # matters sit, no work of theirs; the same bodies acting keep their place.
    (SHIYAN_NEWS + "此次实行告知承诺制涉及市教育局、市公安局、市司法局等15家单位,涵盖134项证明事项。", []),
    (SHIYAN_NEWS + "此项工作涉及市民政局和市人社局等2个部门。", []),
    (SHIYAN_NEWS + "市教育局、市公安局等15家单位涉及的证明事项已全部公布。", ["十堰市教育局", "十堰市公安局"]),
    (SHIYAN_NEWS + "此次清理涉及市教育局的证明事项。市公安局负责核查。", ["十堰市教育局", "十堰市公安局"]),
    # The body a matter is sent to for its review (报送市司法局进行…合法性审查论证, 报送市司法局审核) reviews it, and
    # acts; one a report is sent to stays its recipient.
    (MENGZHOU_NOTE + "应按照法定程序报送市司法局进行必要性、合理性、合法性审查论证,经市政府批准后公布。",
     ["孟州市司法局", "孟州市人民政府"]),
    (MENGZHOU_NOTE + "各单位应将清单报送市司法局审核。", ["孟州市司法局"]),
    (MENGZHOU_NOTE + "各单位应将年度报告报送市司法局。", []),
    # The body an application is made to (向县委编办提出书面申请): its recipient, as one reported to is.
    (LINXIAN_NOTICE + "清单的调整,由县级职能部门或乡镇向县委编办提出书面申请,说明调整的具体事项。", ["临县人民政府办公室"]),
    (LINXIAN_NOTICE + "县委编办负责清单的调整。", ["临县人民政府办公室", "临县县委编办"]),
    # A government's office and the list it publishes (市政府办公布《…清单》): the office, not 办公.
    ("十堰市推行证明事项告知承诺制。经市政府同意,日前,市政府办公布了证明事项清单。", ["十堰市人民政府", "十堰市政府办"]),
    ("十堰市推行证明事项告知承诺制。市政府办公楼已启用。", []),
])
def test_bodies_a_list_covers_a_body_sent_a_matter_for_review_and_one_applied_to(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A pattern of work still to be formed around the body that is to lead it (推动形成以区委政法委牵头,…的工作格局): a
    # goal (round thirteen), its lead who does what in the pattern, as 县委领导、政府负责… is (round 126); no body
    # acting there. A pattern formed (形成了县司法局牵头、…的工作格局) and a lead that acts outside it still act.
    ("近年来,连云区司法局坚持发展新时代“枫桥经验”。推动形成以区委政法委牵头,政法各单位为主体,其他行政机关、"
     "社会组织等各方参与、多元共治的工作格局。", ["连云区司法局"]),
    ("近年来,连云区司法局着力形成以区委政法委牵头、各部门配合的工作机制。", ["连云区司法局"]),
    ("近年来,连云区司法局坚持发展新时代“枫桥经验”。形成了区司法局牵头、各部门配合的工作格局。", ["连云区司法局"]),
    ("近年来,连云区司法局推动形成以区委政法委牵头的工作格局。区委政法委牵头召开联席会议。",
     ["连云区司法局", "连云区委政法委"]),
    # The bodies a service sets up its posts in (在区法院、区检察院、区信访办等部门设立联络站): places where the posts
    # stand, no body acting there; the same bodies acting elsewhere still act.
    ("近年来,沙坪坝区司法局充分发挥行政复议主渠道作用。在区法院、区检察院、区信访办等部门设立联络站,安排专人值守。",
     ["沙坪坝区司法局"]),
    ("近年来,沙坪坝区司法局充分发挥行政复议主渠道作用。在区法院、区信访办等部门设立联络站。与区法院联合发布意见。",
     ["沙坪坝区司法局", "沙坪坝区法院"]),
    ("近年来,沙坪坝区司法局充分发挥行政复议主渠道作用。区法院、区信访办等部门设立联络站。", ["沙坪坝区司法局", "沙坪坝区法院",
                                                                     "沙坪坝区信访办"]),
])
def test_a_pattern_still_to_be_formed_and_bodies_hosting_posts(text, expected):
    assert sorted(names(text)) == sorted(expected)


JIANGXI_NEWS = "江西省人大常委会安全生产法执法检查\n8月28日,江西省人大常委会在景德镇市开展检查。"


@pytest.mark.parametrize(("text", "expected"), [
    # A congress's committee's chair by his post (省人大社会委主任委员某某参加检查): a person, as its 主任 is; its
    # members (省人大社会委组成人员以及专家参加检查): persons too; a news item's credit with its photographer after
    # it ((省人大社会委某某供稿;某某摄影)): who sent the item, as (…供稿) alone is. None of them the committee acting.
    (JIANGXI_NEWS + "省人大社会委主任委员郭某某、省应急管理厅厅长徐某某参加检查。", ["江西省人大常委会"]),
    (JIANGXI_NEWS + "部分全国人大代表、省人大社会委组成人员以及安全生产领域专家参加检查。", ["江西省人大常委会"]),
    (JIANGXI_NEWS + "检查组随机检查了企业。(省人大社会委吴某某供稿;刘某摄影)", ["江西省人大常委会"]),
    # (the committee acting keeps it; and a committee named before its chair's council stays as before)
    (JIANGXI_NEWS + "省人大社会委召开全体会议,审议检查报告。", ["江西省人大常委会", "江西省人大社会委"]),
])
def test_a_committees_chair_members_and_credit(text, expected):
    assert names(text) == expected


HANYIN_NEWS = "汉阴县人大常委会今年以来积极履行监督职责。"


@pytest.mark.parametrize(("text", "expected"), [
    # Holders of a body's posts by their count (对县政府1名副县长、法院1名副院长…的履职评议): persons evaluated, not
    # the bodies acting.
    (HANYIN_NEWS + "先后组织了对县政府1名副县长、法院1名副院长、检察院1名副检察长的履职评议。", ["汉阴县人大常委会"]),
    # The topics a study is held on after 就 (就…、县法院执法质量开展专题调研): what is studied, no body acting.
    (HANYIN_NEWS + "就全县中小学教育教学外负担情况、县法院执法质量开展专题调研。", ["汉阴县人大常委会"]),
    # (a body before 就 still acts; a body counting its staff otherwise still acts; 就业 is no 就)
    (HANYIN_NEWS + "县政府就营商环境开展专题调研。", ["汉阴县人大常委会", "汉阴县人民政府"]),
    (HANYIN_NEWS + "县政府组织2名工作人员开展调研。", ["汉阴县人大常委会", "汉阴县人民政府"]),
    (HANYIN_NEWS + "县人社局就业服务中心开展调研。", ["汉阴县人大常委会", "汉阴县人社局就业服务中心"]),
])
def test_posts_by_their_count_and_the_topics_of_a_study(text, expected):
    assert names(text) == expected


HUNAN_MEETING = "省十四届人大常委会举行第三十一次主任会议\n20日,湖南省人大常委会举行主任会议。"


@pytest.mark.parametrize(("text", "expected"), [
    # A forum or a course named after the body that held it, its spirit relayed (听取了关于全国人大…工作座谈会暨…培训班
    # 主要精神及贯彻落实意见的汇报): the meeting's words, not the body acting, as a committee's 会议精神 is.
    (HUNAN_MEETING + "会议听取了关于全国人大环境与资源保护工作座谈会暨环资业务培训班主要精神及贯彻落实意见的汇报。",
     ["湖南省人大常委会"]),
    (HUNAN_MEETING + "会议传达学习了全国人大备案审查工作座谈会精神。", ["湖南省人大常委会"]),
    # (a body holding its forum still acts)
    (HUNAN_MEETING + "省司法厅召开备案审查工作座谈会,传达会议精神。", ["湖南省人大常委会", "湖南省司法厅"]),
])
def test_a_forum_named_after_its_body_its_spirit_relayed(text, expected):
    assert names(text) == expected


KAIPING_NEWS = "开平市人大常委会检查《中华人民共和国安全生产法》实施情况\n4月27日,开平市人大常委会开展执法检查。"


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies a visiting team praises for what they achieved (检查组充分肯定了市政府及有关部门单位在…方面所取得的
    # 成效): credited, no work of theirs done in the text, as praise earned from a team is.
    (KAIPING_NEWS + "检查组充分肯定了市政府及有关部门单位在宣传安全生产法律法规等方面所取得的成效。", ["开平市人大常委会"]),
    (KAIPING_NEWS + "调研组肯定了市司法局取得的成绩。", ["开平市人大常委会"]),
    # (a body acting after the praise still acts)
    (KAIPING_NEWS + "检查组充分肯定了工作成效,要求市政府进一步压实责任。", ["开平市人大常委会", "开平市人民政府"]),
])
def test_the_bodies_a_visiting_team_praises(text, expected):
    assert names(text) == expected


ZAOZHUANG_NEWS = "4月14日,省人大执法检查组就我市贯彻落实《山东省安全生产条例》情况开展执法检查。枣庄市人大常委会召开座谈会。"


@pytest.mark.parametrize(("text", "expected"), [
    # The places a team goes to, listed to 等现场 and looked at there (先后到A、B、C等现场实地查看): places visited, as
    # those listed to 等地 are.
    (ZAOZHUANG_NEWS + "检查组先后到峄城区森林消防中队、薛城区应急救援服务中心、枣庄正航学校等现场实地查看。",
     ["枣庄市人大常委会"]),
    # A body's reporter or correspondent credited ((枣庄市新闻传媒中心记者 张某)): the story's writer, a person.
    (ZAOZHUANG_NEWS + "筑牢安全防线。(枣庄市新闻传媒中心记者 张某某)", ["枣庄市人大常委会"]),
    (ZAOZHUANG_NEWS + "筑牢安全防线。(市司法局通讯员 李某)", ["枣庄市人大常委会"]),
    # (a bureau acting still acts; a media centre acting beside its reporter still acts)
    (ZAOZHUANG_NEWS + "市应急管理局组织演练。", ["枣庄市人大常委会", "枣庄市应急管理局"]),
    (ZAOZHUANG_NEWS + "市融媒体中心记者发布。市融媒体中心开设专栏。", ["枣庄市人大常委会", "枣庄市融媒体中心"]),
])
def test_places_looked_at_and_a_bodys_reporter(text, expected):
    assert names(text) == expected


CHANGXING_EXPLAINED = "长兴县2023年行政规范性文件清理情况\n"


@pytest.mark.parametrize(("text", "expected"), [
    # An explanation's 解读单位 at its foot names the bureau that explains it, as a page's 政策咨询机关 does: no body
    # acting in the text (round 249).
    (CHANGXING_EXPLAINED + "经清理,继续有效的规范性文件270件。\n解读单位:县司法局,咨询电话:0572-6050332\n", []),
    (CHANGXING_EXPLAINED + "县司法局牵头开展清理。\n解读单位:县司法局,咨询电话:0572-6050332\n", ["长兴县司法局"]),
    # The documents of a government and of the office it includes (废止的县政府(含县府办公室)规范性文件): neither
    # acts, as 县政府及县政府办公室规范性文件 already was; issuing in their name (以县政府(含县政府办)名义制发) still
    # makes them act (round 123's 以…名义印发).
    (CHANGXING_EXPLAINED + "废止的县政府(含县府办公室)规范性文件有8件。", []),
    (CHANGXING_EXPLAINED + "废止的县政府(含县政府办公室)行政规范性文件有8件。", []),
    (CHANGXING_EXPLAINED + "对以县政府(含县政府办)名义制发的行政规范性文件进行清理。", ["长兴县人民政府", "长兴县政府办"]),
])
def test_an_explanations_unit_and_a_governments_included_office(text, expected):
    assert names(text) == expected


QINHUAI_NEWS = "某区召开普法中期评估验收工作动员部署会\n2023-07-12 来源:法润江苏\n近日,南京市秦淮区召开全区普法中期评估验收工作部署动员会议。\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A news page's contributor line (秦淮区司法局 某某) with its editor's line under it (编辑:某某) names who wrote the
    # item, as the contributor line ending the page does: no body acting (round 253).
    (QINHUAI_NEWS + "区法宣办要认真履行职能。\n\n秦淮区司法局 张某某\n\n编辑:胡某\n", ["秦淮区法宣办"]),
    (QINHUAI_NEWS + "区法宣办要认真履行职能。\n秦淮区司法局 张某某\n责任编辑:胡某某", ["秦淮区法宣办"]),
    # (a body acting above an editor's line still acts)
    (QINHUAI_NEWS + "区法宣办要认真履行职能,区司法局负责督促。\n\n编辑:胡某\n", ["秦淮区法宣办", "秦淮区司法局"]),
    # The bodies a visit goes to, named right after its verb (实地调研A,对…给予肯定; 实地走访了A、B): places visited,
    # no body acting there (round 253).
    (QINHUAI_NEWS + "评估组实地调研秦淮区税务局,对依法行政工作给予肯定。", []),
    (QINHUAI_NEWS + "评估组实地走访了区税务局、区人民法院,区司法局作了汇报。", ["秦淮区司法局"]),
    # (a body that makes the visit still acts)
    (QINHUAI_NEWS + "区司法局到各街道实地调研,指导普法工作。", ["秦淮区司法局"]),
])
def test_a_contributor_line_above_an_editors_line_and_bodies_visited_on_site(text, expected):
    assert names(text) == expected


LINAN_NEWS = "为增强乡村“法律明白人”的法治意识,某县澧南镇组织召开了澧南镇“法律明白人”培训会,全镇共70名法律明白人参加。\n"


@pytest.mark.parametrize(("text", "expected"), [
    # The page's own township's body written after its county (澧县澧南镇司法所 in 澧南镇's page): written with its
    # township, as round 66 wrote 胡集镇司法所 (round 253).
    ("为增强乡村“法律明白人”的法治意识,澧县澧南镇司法所组织召开了澧南镇“法律明白人”培训会,全镇共70名法律明白人参加。",
     ["澧南镇司法所"]),
    ("为增强法治意识,澧县澧南镇人民政府组织召开了澧南镇“法律明白人”培训会,澧南镇司法所承办。",
     ["澧南镇人民政府", "澧南镇司法所"]),
])
def test_a_townships_body_written_after_its_county(text, expected):
    assert names(text) == expected


DAZHOU_NEWS = "达州市2016年行政执法工作要点\n"


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies an exam or a training is held at by the body that goes there (分别到A、B环保局组织…人员…,参加了…考试;
    # 赴A、B环境保护局组织开展考试): places, not bodies acting, as the bodies an inspection visits are (round 254).
    (DAZHOU_NEWS + "市环保局分别到通川区、万源市环保局组织机关、大队以及监测站符合规定的工作人员共100余名干部职工,"
     "参加了全省环保系统行政执法人员资格考试。", ["达州市环保局"]),
    (DAZHOU_NEWS + "市环保局将分别赴开江县、渠县、大竹县环境保护局组织开展考试。", ["达州市环保局"]),
    # (a body organising its own staff's exam still acts)
    (DAZHOU_NEWS + "市司法局组织执法人员参加考试。市环保局到会指导。", ["达州市司法局", "达州市环保局"]),
    # A platform or a system named in quotes after its owner (登录“某市政府…考试云平台”): the thing's name, no body
    # acting, as a body's website is (round 254); the owner acting elsewhere still acts.
    ("常州市2021年行政执法工作要点\n考生需登录“常州市政府行政执法公共法律知识考试云平台”浮标进入。", []),
    ("常州市2021年行政执法工作要点\n考生需登录“常州市政府行政执法公共法律知识考试云平台”进入。市政府组织考试。",
     ["常州市人民政府"]),
    ("常州市2021年行政执法工作要点\n市司法局依托“常州市司法局行政执法监督系统”开展监督。", ["常州市司法局"]),
])
def test_places_an_exam_is_held_at_and_quoted_platforms(text, expected):
    assert names(text) == expected


LESHAN_PLAN = "乐山市2023年工作要点\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A discipline commission's name ends before the team it stations (市纪委监委派驻政法委纪检监察组): the commission
    # acts through its team, as 县纪委派驻… did (round 238); the body the team is stationed at is where it works, no
    # body acting (round 254).
    (LESHAN_PLAN + "市纪委监委派驻政法委纪检监察组全程参与监督。", ["乐山市纪委监委"]),
    (LESHAN_PLAN + "市纪委监委派驻市司法局纪检监察组全程参与监督。", ["乐山市纪委监委"]),
    (LESHAN_PLAN + "市纪委派驻纪检监察组参与监督。市司法局组织培训。", ["乐山市纪委", "乐山市司法局"]),
    # The units whose heads a meeting calls in (召集A、B…等单位分管领导安排部署…): its attendants, no body acting, as
    # the units whose heads attend are (round 254); the body that calls them still acts.
    (LESHAN_PLAN + "主持召开考试协调保障工作会议,召集市公安局、市卫生健康委、市消防救援支队等单位分管领导安排部署法考工作任务。",
     []),
    (LESHAN_PLAN + "市司法局主持召开会议。召集市公安局、市卫生健康委等单位分管领导安排部署任务。", ["乐山市司法局"]),
])
def test_a_stationed_discipline_team_and_units_called_in(text, expected):
    assert names(text) == expected


LUAN_NOTICE = "关于做好2025年全市生态环境系统行政执法人员资格认证考试工作的通知\n"


@pytest.mark.parametrize(("text", "expected"), [
    # A notice whose title names no body, sent to its own bureau's branches and offices (各县区生态环境分局,市局机关各
    # 科室、局属各单位:): the city bureau whose branches they are wrote it (round 254).
    (LUAN_NOTICE + "各县区生态环境分局,市局机关各科室、局属各单位:\n根据《六安市司法局关于做好2025年行政执法主体和人员资格管理"
     "有关工作的通知》要求,现就有关事项通知如下:", ["六安市生态环境局"]),
    # (recipients that are other bodies' bureaus, 各县区司法局, name no author)
    (LUAN_NOTICE + "各县区司法局,市直各单位:\n根据《六安市司法局关于做好2025年行政执法主体和人员资格管理有关工作的通知》要求,"
     "现就有关事项通知如下:", []),
])
def test_a_notice_sent_to_its_own_branches(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # Joint issuers set apart by a space before a title (中共中央办公厅 国务院办公厅《…》) are its attribution, as with
    # 、 between them: neither acts (round 255, 濠江, batch B).
    ("某区推进改革\n为贯彻落实中共中央办公厅 国务院办公厅《关于推进基层整合审批服务执法力量的实施意见》精神,区政府决定调整。",
     set(), {"中共中央办公厅", "国务院办公厅"}),
    ("某区推进改革\n为贯彻落实中共中央办公厅、国务院办公厅《关于推进基层整合审批服务执法力量的实施意见》精神,区政府决定调整。",
     set(), {"中共中央办公厅", "国务院办公厅"}),
    # A body that acts, then a space, then a title it is not named as issuing: still read where a verb follows its title.
    (ZHONGZHAN + "区司法局牵头起草了《中站区行政执法事项目录清单》,区政府审议通过。", {"中站区司法局"}, set()),
])
def test_joint_issuers_set_apart_by_a_space(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A body owning a title with 的 (省政府的《实施意见》, 市政府的《实施方案》) is the title's attribution, as a body
    # right before a title is: it does not act (round 260, 平凉).
    ("平凉市人民政府关于建立审查制度的通知\n各县(区)要认真组织学习国务院《意见》和省政府的《实施意见》,健全审查制度。",
     {"平凉市人民政府"}, {"甘肃省人民政府"}),
    (ZHONGZHAN + "按照市政府的《实施方案》,区司法局组织培训。", {"中站区司法局"}, {"焦作市人民政府"}),
    # (a body that acts elsewhere in the text is still read)
    (ZHONGZHAN + "区政府的《工作要点》印发后,区政府组织培训。", {"中站区人民政府"}, set()),
])
def test_a_body_owning_a_title_with_de(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present"), [
    # The draft's title standing after the notice that puts it out for comment (现就《X(征求意见稿)》…征求意见 …
    # signature above its date / X / (征求意见稿)): the notice's signature is the document's too (round 255, 濠江).
    ("为加快推进改革,现就《汕头市濠江区人民政府关于将一批区级行政职权调整由街道实施的公告(征求意见稿)》面向社会公开征求意见。\n"
     "特此公告。\n汕头市濠江区人民政府办公室\n2020年11月18日\n汕头市濠江区人民政府关于将一批区级行政职权调整由街道实施的公告\n"
     "(征求意见稿)\n区政府决定将470项区级行政职权调整由各街道办事处实施。\n",
     {"濠江区人民政府办公室", "濠江区人民政府"}),
])
def test_a_drafts_notice_above_its_title(text, present):
    assert present <= set(names(text))


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau's bare group after a clause of purpose and its comma (为切实抓好整改工作,局党组坚持以…): its own, as
    # opening its sentence (round 263, 芦淞区司法局).
    ("芦淞区司法局巡察整改进展情况\n2024年9月6日,巡察组向区司法局进行了反馈。为切实抓好整改工作,局党组坚持以习近平新时代中国特色"
     "社会主义思想为指导,扎实推进整改落实。", ["芦淞区司法局", "芦淞区司法局党组"]),
    ("芦淞区司法局巡察整改进展情况\n2024年9月6日,巡察组向区司法局进行了反馈。为切实抓好整改工作,局党组始终把整改摆在突出位置。",
     ["芦淞区司法局", "芦淞区司法局党组"]),
    # (its post after the comma, 局党组书记, stays a person's; its 高度重视 alone stays unread, as round 182 left it)
    ("芦淞区司法局巡察整改进展情况\n2024年9月6日,巡察组向区司法局进行了反馈。为抓好整改,局党组书记坚持带头推进整改落实。",
     ["芦淞区司法局"]),
    ("芦淞区司法局巡察整改进展情况\n2024年9月6日,巡察组向区司法局进行了反馈。巡察指出的问题,局党组高度重视、照单全收。",
     ["芦淞区司法局"]),
])
def test_a_bureaus_bare_group_after_a_comma(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An essay's byline under its title, the writer's body and name (…初探 / 雅安市司法局 王娟): where the writer works, no
    # body acting (round 263, 雅安, batch B); a body acting in the essay's text is read as before.
    ("编者按:调查研究是推进工作的基础。\n雅安市法治督察工作规范化建设初探\n雅安市司法局 王娟\n法治督察是重要手段。", []),
    ("编者按:调查研究是推进工作的基础。\n雅安市法治督察工作规范化建设初探\n雅安市司法局 王娟\n2021年,雅安市司法局牵头开展专项督察。",
     ["雅安市司法局"]),
])
def test_an_essays_byline(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bodies whose functions a new centre takes in (整合县诉讼服务中心、检察服务中心、公共法律服务中心等有关功能,
    # 建成县综治中心): where the functions came from, no body acting there (round 259); the centre built and bearing
    # duties acts. Forces put in (整合…等部门力量) and the same bodies acting elsewhere still act.
    ("紫阳县坚持和发展新时代“枫桥经验”。整合县诉讼服务中心、检察服务中心、公共法律服务中心等有关功能,建成县综治中心。"
     "县综治中心承担矛盾调解、信访办理等职责。", ["紫阳县综治中心"]),
    ("紫阳县坚持和发展新时代“枫桥经验”。整合县信访局的职能,建成县综治中心。", []),
    ("紫阳县坚持和发展新时代“枫桥经验”。整合县公安局、县法院等部门力量,开展矛盾纠纷排查。", ["紫阳县公安局", "紫阳县法院"]),
    ("紫阳县坚持和发展新时代“枫桥经验”。整合县信访局的职能。县信访局牵头开展排查。", ["紫阳县信访局"]),
    # The bodies petitions went to, counted (到国家信访局信访量33件次, 赴市信访局越级访5批次): places where the visits
    # were made, as a body visited is (round 253); no body acting there (round 259). The bureau's own work still acts.
    ("宁陕县信访局2024年上半年工作总结\n2024年上半年,宁陕县信访局推进信访工作法治化。从信访层级看,到国家信访局信访量33件次,"
     "同比下降28.26%;到省信访局信访量13件人次;到市信访局信访量10件人次;到县信访局信访量82件人次。", ["宁陕县信访局"]),
    ("宁陕县信访局2024年工作总结\n2024年,宁陕县信访局全年受理来访120批次,其中赴市信访局越级访15批次,到省信访局走访3批次。",
     ["宁陕县信访局"]),
    ("宁陕县信访局2024年工作总结\n2024年,宁陕县信访局推进工作。市信访局来访量同比下降,县住建局走访群众200户。",
     ["宁陕县信访局", "安康市信访局", "宁陕县住建局"]),
])
def test_functions_merged_into_a_centre_and_bodies_petitions_went_to(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A verb of working with another body written with its level (县住建局组织县公安局开展排查, 整合县信访局的职能) ends
    # the first name: before, the first name's run reached the other's 局 and the two were read as one body
    # (宁陕县住建局组织县公安局; round 259's probes). A name that holds 组织 stays whole (县委组织部县级机关工委).
    ("宁陕县2024年法治政府建设工作报告\n2024年,县住建局组织县公安局开展排查。", ["宁陕县住建局", "宁陕县公安局"]),
    ("宁陕县2024年法治政府建设工作报告\n2024年,县司法局协调市公安局开展排查。", ["宁陕县司法局", "安康市公安局"]),
    ("宁陕县2024年法治政府建设工作报告\n2024年,县司法局统筹县法院、县检察院开展调解。",
     ["宁陕县司法局", "宁陕县法院", "宁陕县检察院"]),
    ("宁陕县2024年法治政府建设工作报告\n2024年,县委组织部、县委组织部县级机关工委开展活动。",
     ["宁陕县委组织部", "宁陕县委组织部县级机关工委"]),
])
def test_a_verb_of_working_with_a_body_written_with_its_level(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A notice issuing several lists at once (制定了《A》《B》《C》(以下称…),现印发给你们), the page's heading the first
    # list's after 附件1: the notice and its grounds are the document's too, whichever of the titles heads the page
    # (round 257, 韶关); the last title alone matched before.
    ("各县(市、区)市场监管局:\n为贯彻落实省委、省政府关于推动社会信用体系高质量发展的部署要求,市局制定了《韶关市市场监督管理局"
     "守信激励措施清单》《韶关市市场监督管理局失信惩戒措施清单》《韶关市市场监督管理局信用修复措施清单》(以下称市局“三张清单”),"
     "现印发给你们,请积极做好组织实施。\n韶关市市场监督管理局\n2025年5月26日\n附件1\n韶关市市场监督管理局守信激励措施清单\n"
     "序号 | 守信激励事项 | 激励内容 |\n",
     {"广东省委", "广东省人民政府", "韶关市市场监督管理局"}, set()),
    ("各县(市、区)市场监管局:\n为贯彻落实省委、省政府关于推动社会信用体系高质量发展的部署要求,市局制定了《韶关市市场监督管理局"
     "守信激励措施清单》和《韶关市市场监督管理局失信惩戒措施清单》,现印发给你们,请积极做好组织实施。\n韶关市市场监督管理局\n"
     "2025年5月26日\n附件1\n韶关市市场监督管理局守信激励措施清单\n序号 | 守信激励事项 | 激励内容 |\n",
     {"广东省委", "广东省人民政府", "韶关市市场监督管理局"}, set()),
    # A body opening a title written without its marks, its document number after it (a table's cell of grounds,
    # 韶关市政府质量奖评审管理办法(韶府规[2021]3号)): the title's issuer, no act; a body that makes the 办法 with a verb,
    # or acts elsewhere, still acts.
    ("韶关市市场监督管理局守信激励措施清单\n2 | 市政府质量奖 | 对获奖组织给予奖金激励。 | 韶关市政府质量奖评审管理办法"
     "(韶府规[2021]3号) | 市级 |\n", {"韶关市市场监督管理局"}, {"韶关市人民政府"}),
    ("韶关市司法局工作要点\n依据韶关市人民政府关于加强行政执法监督的意见(韶府〔2021〕3号)开展工作。\n",
     {"韶关市司法局"}, {"韶关市人民政府"}),
    ("韶关市司法局工作要点\n韶关市人民政府制定了管理办法(韶府〔2021〕3号)。\n", {"韶关市司法局", "韶关市人民政府"}, set()),
    ("韶关市司法局工作要点\n依据韶关市人民政府关于加强行政执法监督的意见(韶府〔2021〕3号)开展工作。韶关市人民政府组织检查。\n",
     {"韶关市司法局", "韶关市人民政府"}, set()),
])
def test_a_notice_issuing_several_titles_and_unmarked_numbered_titles(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # The government's general office glued to the committee's before a title (中共中央办公厅国务院办公厅《…》): one pair
    # of issuers, the title's attribution, as with a space or a 、 between them (round 265, 宣城).
    ("宣城市公职律师管理实施办法\n第一条 根据中共中央办公厅国务院办公厅《关于推行法律顾问制度和公职律师公司律师制度的意见》,"
     "市司法局制定本办法。", {"宣城市司法局"}, {"中共中央办公厅", "国务院办公厅"}),
    ("某市公职律师管理实施办法\n根据中共宣城市委办公室宣城市人民政府办公室《关于推行法律顾问制度的实施方案》,制定本办法。",
     set(), {"中共宣城市委办公室", "宣城市委办公室"}),
])
def test_joint_issuers_glued_before_a_title(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A villagers' or residents' committee (建湖县近湖镇陈堡村村民委员会, listed among a city's defaulting bodies) is a
    # body of self-government, neither a government's nor the party's (round 257, 盐城); the township government
    # before it, named as acting elsewhere, still acts.
    ("为加强盐城市政务诚信建设,该市信用办、市法院牵头组织。其中1件伪造证据、妨碍抗拒执行(建湖县近湖镇陈堡村村民委员会),"
     "合德镇三角镇居民委员会1件。", {"盐城市信用办", "盐城市法院"},
     {"建湖县近湖镇陈堡村村民委员会", "合德镇三角镇居民委员会"}),
])
def test_self_governing_committees_are_no_bodies(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A national body's opinion named without marks (贯彻落实中央依法治国办关于…的意见) and the requirements its team
    # left on a visit (中央依法治国办督导组来汉调研工作要求) are followed, as its 部署 is: no body acting (round 265, 城固).
    ("中共城固县委全面依法治县委员会办公室印发《关于进一步加快推进公职律师工作的若干措施》的通知\n为深入贯彻落实中央依法治国办"
     "关于加快推进公职律师工作的意见和中央依法治国办督导组来汉调研工作要求,健全公职律师制度,制定以下措施。",
     {"中共城固县委全面依法治县委员会办公室"}, {"中央依法治国办"}),
    ("某县2023年法治政府建设情况报告\n2023年,县政府认真落实国务院关于加强法治政府建设的意见,推进依法行政。",
     set(), {"国务院"}),
    # (a national body that acts on its own stays read)
    ("某县2023年法治政府建设情况报告\n2023年,中央依法治国办督导组来我县调研,县政府认真落实整改。", {"中央依法治国办"}, set()),
])
def test_a_national_opinion_unmarked_and_its_teams_requirements(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "expected"), [
    # A party committee's department written both with 中共 and without (the headline's 市委宣传部, its signature's
    # 中共襄阳市委宣传部): one body, named as the text names it most, the 中共 form on a tie (round 261, 襄阳).
    ("市委宣传部 市司法局关于印发《2023年全市“宪法宣传周”工作方案》的通知\n市直各单位,各县(市、区)党委宣传部、司法局:\n"
     "现将《2023年全市“宪法宣传周”工作方案》印发给你们,请结合工作实际,认真组织实施。\n中共襄阳市委宣传部\n襄阳市司法局\n"
     "2023年11月28日\n一、总体要求\n深入学习宣传宪法。\n牵头单位:市农业农村局\n",
     ["中共襄阳市委宣传部", "襄阳市司法局", "襄阳市农业农村局"]),
    # ... named without 中共 more often: the bare form.
    ("铜陵市2023年法治政府建设情况报告\n中共铜陵市委宣传部牵头开展宪法宣传。市委宣传部组织法治文艺演出,"
     "市委宣传部会同市司法局评选法治人物。", ["铜陵市委宣传部", "铜陵市司法局"]),
    # The committee itself written both ways stays two entries, as the test golds have it (中共芜湖市委 and 芜湖市委).
    ("铜陵市2023年法治政府建设情况报告\n中共铜陵市委召开常委会会议研究法治建设。市委常委会审议通过工作要点,市委印发实施意见。",
     ["中共铜陵市委", "铜陵市委"]),
])
def test_a_party_department_written_with_and_without_its_party(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A news item's source alone on its last line under its last sentence, no date under it (某网11月6日讯:… /
    # 某县法治建设服务中心): who sent the item, no body acting, as a contributor line with a name is (round 261, 阳谷,
    # batch B).
    ("法治视点网11月6日讯:阳谷县司法局在县委、县政府的大力支持下,扎实推进法治文化阵地提档升级。\n"
     "真正让法治文化走进群众身边。\n阳谷县法治建设服务中心\n",
     {"阳谷县司法局", "阳谷县委", "阳谷县人民政府"}, {"阳谷县法治建设服务中心"}),
    # Guards: a notice's signature with its date under it acts; a page with no dateline keeps a body on its last line.
    ("阳谷县司法局关于开展法治文化阵地建设的通知\n各乡镇司法所:\n现就有关事项通知如下。\n阳谷县法治建设服务中心\n2024年11月6日\n",
     {"阳谷县司法局", "阳谷县法治建设服务中心"}, set()),
    ("阳谷县2024年法治文化阵地建设情况\n阳谷县司法局扎实推进法治文化阵地提档升级。\n阳谷县法治建设服务中心\n",
     {"阳谷县司法局", "阳谷县法治建设服务中心"}, set()),
])
def test_a_news_items_source_alone_on_its_last_line(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A body sending a matter up to the next body for approval (市政府法制办报市司法局批准, 经…批准, 报请…批准): two
    # bodies, the name ending before the verb, not one glued name (round 265, 雅安, batch B).
    ("雅安市政府法制办开展公职律师试点工作\n市政府法制办报市司法局批准成为公职律师试点单位。",
     {"雅安市政府法制办", "雅安市司法局"}, {"雅安市政府法制办报市司法局"}),
    ("雅安市政府法制办开展公职律师试点工作\n市政府法制办报请市司法局批准成为公职律师试点单位。",
     {"雅安市政府法制办", "雅安市司法局"}, {"雅安市政府法制办报请市司法局"}),
    ("雅安市政府法制办开展公职律师试点工作\n市政府法制办经市司法局批准成为公职律师试点单位。",
     {"雅安市政府法制办", "雅安市司法局"}, {"雅安市政府法制办经市司法局"}),
])
def test_a_body_sending_a_matter_up_to_the_next(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present"), [
    # The groups against infringement and fakes, named for both their fields joined by 和 (打击侵犯知识产权和制售假冒
    # 伪劣商品工作领导小组, every level has one; round 258): the whole group acting; before, the name stopped at 和.
    ("上海印发2022年上海市工作要点\n上海市打击侵犯知识产权和制售假冒伪劣商品工作领导小组于2022年7月7日印发《2022年上海市"
     "打击侵犯知识产权和制售假冒伪劣商品工作要点》,全文如下:", "上海市打击侵犯知识产权和制售假冒伪劣商品工作领导小组"),
    ("南京市人民政府关于批转方案的通知\n市政府成立了全市打击侵犯知识产权和制售假冒伪劣商品专项行动领导小组,负责统一领导。",
     "南京市打击侵犯知识产权和制售假冒伪劣商品专项行动领导小组"),
    # (the short name of the same group was read before and still is)
    ("上海印发2022年上海市工作要点\n上海市打击侵权假冒工作领导小组印发《2022年上海市工作要点》。", "上海市打击侵权假冒工作领导小组"),
])
def test_a_group_named_for_two_fields_joined_by_and(text, present):
    assert present in names(text)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A city's standing committee named by its term without 第 (台州市四届人大常委会举行第七次会议; round 258): the
    # committee acting, as with 第 or after a bare 市.
    ("台州市知识产权保护工作情况\n12月14日,浙江台州市四届人大常委会举行第七次会议。", ["台州市人大常委会"], []),
    # An office's staff by their rank (市人大常委会办公室调研员、各工委副主任列席会议): persons, not the office acting.
    ("台州市人大常委会审议知识产权保护工作情况\n列席会议的还有市人大常委会办公室调研员、各工委副主任。", [],
     ["台州市人大常委会办公室"]),
    # The units whose heads attend, the attending said first (列席会议的还有市政府办公室、市发改委…主要负责人): no body
    # acting; a body in a sentence of its own still acts.
    ("台州市人大常委会审议知识产权保护工作情况\n列席会议的还有市政府办公室、市发改委、市科技局主要负责人。市科技局汇报了工作。",
     ["台州市科技局"], ["台州市政府办公室", "台州市发改委"]),
    ("台州市人大常委会审议知识产权保护工作情况\n参加会议的有市司法局、市法院主要负责同志。", [], ["台州市司法局"]),
])
def test_a_congress_by_its_term_and_units_attending_said_first(text, present, absent):
    got = names(text)
    assert all(p in got for p in present) and not any(a in got for a in absent)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A leading group named past the window, then its office (…工作领导小组办公室印发通知; round 258): the office acts,
    # not the group; the group written alone stays the group.
    ("上海印发2022年上海市工作要点\n上海市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室印发通知。",
     "上海市打击侵犯知识产权和制售假冒伪劣商品工作领导小组办公室", "上海市打击侵犯知识产权和制售假冒伪劣商品工作领导小组"),
    ("州人民政府2010年工作报告\n红河州深入推进依法行政加快建设法治政府工作领导小组办公室组织培训。",
     "红河州深入推进依法行政加快建设法治政府工作领导小组办公室", "红河州深入推进依法行政加快建设法治政府工作领导小组"),
    ("州人民政府2010年工作报告\n红河州深入推进依法行政加快建设法治政府工作领导小组组织培训。",
     "红河州深入推进依法行政加快建设法治政府工作领导小组", "红河州深入推进依法行政加快建设法治政府工作领导小组办公室"),
])
def test_a_long_groups_office(text, present, absent):
    got = names(text)
    assert present in got and absent not in got


@pytest.mark.parametrize(("text", "expected"), [
    # The State Council's 工作部署 on a field of work followed, with the page's own place written 我市 last in the list
    # (贯彻落实国务院和我市规范涉企行政检查工作部署): the directive followed, no national body acting (round 266, 重庆
    # 市场监管局); the field written without 建设 or 关于, the same.
    ("重庆市市场监督管理局关于印发规范涉企行政检查实施方案的通知\n为深入贯彻落实国务院和我市规范涉企行政检查工作部署,"
     "结合市场监管工作实际,制定本实施方案。", ["重庆市市场监督管理局"]),
    ("长丰县司法局2024年法治政府建设情况报告\n贯彻落实国务院规范涉企行政检查工作部署,县司法局推进工作。", ["长丰县司法局"]),
    ("长丰县司法局2024年法治政府建设情况报告\n贯彻落实国务院和我县规范涉企行政检查工作安排,县司法局推进工作。",
     ["长丰县司法局"]),
    # (a meeting the council holds to deploy the work stays the council acting)
    ("长丰县司法局2024年法治政府建设情况报告\n国务院召开电视电话会议进行工作部署,县司法局参加。", ["长丰县司法局", "国务院"]),
])
def test_a_national_field_deployment_with_our_own_place(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "present", "absent"), [
    # A body's verb 组织 before 法律/法治 (区司法局组织法律顾问开展…, 组织法治宣传) is no organic law (国务院组织法): the
    # body acts (round 265, a probe of the theme's shape).
    ("汉滨区2024年法律顾问工作情况\n2024年,区司法局组织法律顾问开展合法性审查32件。", {"汉滨区司法局"}, set()),
    ("汉滨区2024年法治工作情况\n2024年,区司法局组织法治宣传活动。", {"汉滨区司法局"}, set()),
    ("汉滨区2024年法治工作情况\n2024年,区政府组织法律培训,组织学习国务院组织法和国务院工作规则。", {"汉滨区人民政府"}, {"国务院"}),
    # The body contracts are reviewed for (为区政府审查合同协议45份): the advisers' client, as a government whose
    # contracts are reviewed is, no body acting; its own meeting still is.
    ("汉滨区2024年法律顾问工作情况\n2024年,区司法局组织法律顾问为区政府审查合同协议45份。", {"汉滨区司法局"},
     {"汉滨区人民政府"}),
    ("汉滨区2024年法律顾问工作情况\n2024年,区司法局为区政府审核合同12份,区政府常务会议研究合同管理。",
     {"汉滨区司法局", "汉滨区人民政府"}, set()),
])
def test_a_body_organising_legal_advisers_and_its_clients(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "present", "absent"), [
    # The units certificates are handed to (向区人社局、区财政局等12家单位发放公职律师证书): recipients, as the bodies a
    # letter is sent to are, no body acting; the bureau handing them out acts (round 265, a probe of the theme's shape).
    ("汉滨区2024年公职律师工作情况\n2024年,区司法局向区人社局、区财政局等12家单位发放公职律师证书。", {"汉滨区司法局"},
     {"汉滨区人社局", "汉滨区财政局"}),
    ("汉滨区2024年公职律师工作情况\n2024年,区司法局向区人社局、区财政局颁发公职律师证书。", {"汉滨区司法局"},
     {"汉滨区人社局", "汉滨区财政局"}),
    # (a recipient acting in a clause of its own stays read)
    ("汉滨区2024年公职律师工作情况\n2024年,区司法局向区人社局发放公职律师证书,区人社局组织公职律师培训。",
     {"汉滨区司法局", "汉滨区人社局"}, set()),
])
def test_the_units_certificates_are_handed_to(text, present, absent):
    got = set(names(text))
    assert present <= got and not (absent & got)


@pytest.mark.parametrize(("text", "expected"), [
    # A court and a procuratorate written bare in a list opened by a department with its bare prefix (由县公安局、
    # 检察院、法院、司法局推荐): the county's, as the departments listed after it are; before, the list stopped at the
    # first of them and lost the bureau after it too (round 264, 镇坪).
    ("镇坪县切实推进青少年法治教育工作\n今秋以来,镇坪县推进青少年法治教育。由县公安局、检察院、法院、司法局推荐上报了22位"
     "工作人员担任法制副校长。", ["镇坪县公安局", "镇坪县检察院", "镇坪县法院", "镇坪县司法局"]),
    ("镇坪县切实推进青少年法治教育工作\n今秋以来,镇坪县推进青少年法治教育。由县司法局、人民法院推荐人员。",
     ["镇坪县司法局", "镇坪县人民法院"]),
    # (guard: a list of departments only reads as before)
    ("镇坪县切实推进青少年法治教育工作\n今秋以来,镇坪县推进青少年法治教育。由县公安局、司法局推荐上报人员。",
     ["镇坪县公安局", "镇坪县司法局"]),
])
def test_a_court_listed_bare_after_a_prefixed_department(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bureau written bare as the one organising what the author's staff take part in (参加司法局组织的…培训): the
    # document's own county's or city's (round 264, 高平市教育局).
    ("高平市教育局2024年法治政府建设工作年度报告\n积极组织执法人员学法,参加司法局组织的“行政执法人员公共法律知识培训”。",
     ["高平市教育局", "高平市司法局"]),
    ("高平市教育局2024年法治政府建设工作年度报告\n组织执法人员参加由司法局举办的培训。", ["高平市教育局", "高平市司法局"]),
    # (guards: a level's word or 上级 before it, or no 组织的 after it, reads as before)
    ("高平市教育局2024年法治政府建设工作年度报告\n组织执法人员参加上级局组织的培训。", ["高平市教育局"]),
    ("高平市教育局2024年法治政府建设工作年度报告\n组织执法人员参加司法局培训。", ["高平市教育局"]),
])
def test_a_bare_bureau_organising_what_the_author_joins(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The bureau a letter is sent down to (以…办公室名义先后向县教体局下送《…提示函》3次): its recipient, no body acting,
    # as one a letter is 发出 to is (round 243; round 264, 卢氏).
    ("卢氏县司法局开展活动\n以县普法教育领导小组办公室名义先后向县教体局下送《普法宣传教育工作提示函》3次。",
     ["卢氏县司法局", "卢氏县普法教育领导小组办公室"]),
    ("卢氏县司法局开展活动\n县司法局向县教体局下发《普法工作提示函》。", ["卢氏县司法局"]),
    # (guard: a body that sends down a letter itself still acts)
    ("卢氏县司法局开展活动\n县教体局下发《普法工作提示函》。", ["卢氏县司法局", "卢氏县教体局"]),
])
def test_a_bureau_a_letter_is_sent_down_to(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A site's breadcrumb above the page (当前位置:某县人民政府 > 公共法律服务 > 文章详情): the site's name and sections,
    # no body acting (round 264, 卢氏).
    ("当前位置:卢氏县人民政府 > 公共法律服务 > 文章详情\n\n卢氏县司法局:积极开展活动\n\n卢氏县司法局组织干警深入学校。",
     ["卢氏县司法局"]),
    ("您当前的位置:安康市司法局 > 司法行政工作 > 基层传真 > 正文内容\n\n镇坪县推进青少年法治教育工作\n\n"
     "今秋以来,镇坪县公安局推进青少年法治教育工作。", ["镇坪县公安局"]),
    # (guard: a line on a position held, with no step of a breadcrumb, reads as before)
    ("卢氏县司法局开展活动\n当前位置:卢氏县人民政府组织开展活动。", ["卢氏县司法局", "卢氏县人民政府"]),
])
def test_a_sites_breadcrumb_names_no_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a press conference's venue, its room after a floor and a side (市政务中心15楼东会议室): a place, no body
    # acting (round 271)
    ("南通市医疗保障局召开新闻发布会。\n地点:市政务中心15楼东会议室\n发布人:市医疗保障局二级调研员 某某",
     ["南通市医疗保障局"]),
    # a centre's deputy head by his post, his name after it or after a space on a roster line: a person, as a
    # bureau's 局长 is, not the centre acting (round 271)
    ("南通市医疗保障局召开新闻发布会。二是请市医疗保险基金管理中心副主任某某发布典型案例。", ["南通市医疗保障局"]),
    ("南通市医疗保障局召开新闻发布会。\n市医疗保险基金管理中心副主任 某某\n主持人:市医疗保障局副局长 某某",
     ["南通市医疗保障局"]),
    # guard: a centre that acts itself is still read
    ("南通市医疗保障局召开新闻发布会。市医疗保险基金管理中心开展专项稽核。",
     ["南通市医疗保障局", "南通市医疗保险基金管理中心"]),
    # an untitled 我局 report names its bureau only as the issuer of the plan for its own study campaign
    # (印发《某市某局关于深入开展学习贯彻…主题教育实施方案》; round 271)
    ("我局高度重视,扎实推进各项工作。\n印发《汕尾市医疗保障局关于深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育实施方案》,深入学习。",
     ["汕尾市医疗保障局"]),
])
def test_venues_posts_and_study_plans(text, expected):
    assert names(text) == expected
