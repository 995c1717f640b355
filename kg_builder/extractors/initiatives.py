"""Initiatives: named programmes, reforms, campaigns and mechanisms (“放管服”, “三项制度” ...).

Two sources. A lexicon of well-known initiatives (``data/initiatives.txt``) is
matched anywhere, even inside a longer quotation. A quoted phrase is an
initiative when its words or the words right after it say it names a
programme: “四张清单”制度, “办事减负”行动, “一二三”工作法, a numbered shape
(“六最”, “两集中、两到位”), a campaign month (“依法行政宣传月”). Quoted slogans
and mottos (“有矛盾,先调解”, a principle, a 理念, a phone line, an app) are not.
Variants (全角/半角, “放管服”改革 beside “放管服”) are merged.
"""

from __future__ import annotations

import bisect
import functools
import re
from importlib.resources import files
from typing import Iterator

from ..context import context_of
from ..model import Document, Fact, Mention, Provenance
from ..normalize import normalize_width
from . import register
from .agencies import _cached_title_spans
from .citations import QUOTED_TAIL_KINDS

__all__ = ["initiatives", "find_initiatives", "is_initiative"]

NAME = "initiatives"

# What sets apart the known names listed in one quote: an enumeration comma or spaces.
_LIST_SEPARATOR = re.compile("[\u3001 \u3000]+")

_QUOTED = re.compile(r"[“\"]([^“”\"\n]{1,30})[”\"]")
# A space between two characters inside a quoted name: where a wrapped line was joined (“放管 服”).
_WRAP_SPACE = re.compile(r"(?<=[\u4e00-\u9fa5]) +(?=[\u4e00-\u9fa5])")
# A quoted name a page's line break splits (聚焦“四件大\n事”): the break inside the quote, between two characters.
_WRAPPED_QUOTE = re.compile(r"(“[^“”\"\n]{0,28}[\u4e00-\u9fa5])\n(?=[\u4e00-\u9fa5][^“”\"\n]{0,28}”)")
# What stands for that break while the quotes are read: one character, so that no offset moves.
_WRAP_MARK = "\u200b"
# A name opened with a single mark and closed with a double one ('一窗兑现“): mismatched quotes.
_MISMATCHED_QUOTES = re.compile(r"['‘]([\u4e00-\u9fa5、]{2,16})[“”]")
# A name in single quotes (‘八五’普法, ‘法治进校园’), as a task quoted whole in double quotes writes the names inside it.
_SINGLE_QUOTED = re.compile(r"‘([^‘’“”\n]{1,30})’")
# Words right after the closing quote that make the phrase a programme's name.
# (a way of leading named a 负责制, “双组长”负责制, is a mechanism, as a 责任制 is; a 制 alone closing the clause,
# 落实“第一议题”制, is its 制度 written short)
_PROGRAMME_AFTER = re.compile(
    r"^(改革|制度|制(?=[,，。;；、]|$)|学习制度|机制|责任制|工作责任制|负责制|模式|工作法|工作模式|工作机制|工作|行动|活动|建设|监管方式|方式|要求|事项|职责|专项|试点|"
    r"服务(?!平台)|工程|计划|经验|创建|督办|培训|体系|平台建设|品牌|示范|战略|理念引领|系列活动|三年行动|攻坚|整治|集中整治|"
    # (an arrangement of bodies named by the quote, “局队合一”管理体制, “…”执法体制: a reform's settled form, as a 机制 is;
    # round 270)
    r"(?:管理|执法|监管)?体制|"
    # (a theme held to, 紧紧围绕“拼经济、拼发展”主题, is a slogan: a 主题 names a programme only when a word
    # of the campaign follows, “…”主题活动, 主题宣传)
    # (nor a venue built on a theme, 打造“红色法治”主题馆, 主题公园: a place, no campaign)
    r"主题(?=[\u4e00-\u9fa5])(?!的|馆|公园|广场|街区)|竞赛|评选|宣传周|宣传月|宣传日|营商环境|改革试点|行政审批|承诺|审批|联动|课堂|讲堂|"
    # (a reading class with a name, “…”专题读书班, as a named 课堂 or 讲堂 is)
    r"(?:专题)?读书班|"
    # the projects a programme runs (“法治为民办实事”省级项目15个)
    r"项目|[省市县区]级项目"
    # a place's project of the year named (确定了“…”法治建设重点项目)
    r"|(?:法治建设|法治)?重点项目"
    # the places a programme is run at (打造15个“法治护企”联系点)
    r"|联系点"
    # a studio a body sets up under the quoted name (成立“某某法律”法治工作室, “某某”调解工作室)
    r"|(?:法治|调解|普法|法律服务)工作室"
    # a series of party lectures the quote names (“我是委员我来讲”党课系列, “…”系列党课)
    r"|党课系列|系列党课)"
)
# A programme word a few characters on ("“质量、效率、法治、出彩”落实年活动").
# (…”的模式: the way of working the quote names, “一窗式受理、一次性告知、一站式审批”的模式.)
# (“老友议事会”等基层治理模式: one of the ways of working the words after 等 name)
# (工程建设 is a field of work, 共同实时监测工程建设项目: no 工程 run)
# (or a series of events after where it goes, 走进河南某县系列活动: the series it names, its place words between)
_PROGRAMME_NEAR = re.compile(r"^(?:[\u4e00-\u9fa5]{0,6}(活动|行动|专项|改革|工程(?!建设)|攻坚战|品牌)|[\u4e00-\u9fa5]{0,10}?系列活动|[\u4e00-\u9fa5]{0,4}(?:调解|普法|法律服务)项目|[\u4e00-\u9fa5]{7,8}专项(?:整治|行动)|(?!的)[\u4e00-\u9fa5]{0,4}(模式|机制)|(?![\u4e00-\u9fa5]{0,4}(?:热线|电话|建立|建成|形成|完善|健全|纳入))(?:(?![的等和及与或])[\u4e00-\u9fa5]){5,6}机制|的[\u4e00-\u9fa5]{0,2}模式|等[\u4e00-\u9fa5]{2,4}模式)")
# (a mechanism named by the quote, what it does written between, five or six characters: “法治赛道”定期通报晾晒机制;
# not through 的, 等, 和, 及, 与 or 或, which join it to other things, nor past a verb that builds the mechanism or a
# hotline it joins, “12345”热线建立合作机制: the quote is then a partner, not the name)
# (“…”人民调解项目, “…”普法项目: the project a programme runs, its kind of work between)
# A process's steps in their order, three to six, joined by dashes or arrows (起草—审查—备案—清理), and the whole-process
# mechanism after them (全流程管理机制, 的全链条监管体系).
_STEPS = re.compile(r"[\u4e00-\u9fa5]{2,4}(?:(?:—{1,2}|–|→|->)[\u4e00-\u9fa5]{2,4}){2,5}")
_WHOLE_PROCESS_AFTER = re.compile(r"^的?全(?:流程|链条|周期|过程)[\u4e00-\u9fa5]{0,4}(?:机制|模式|体系)")
# A reform's goal after a quote and its 的 (…”的改革核心目标, 的改革目标, 的体制改革主要目标).
_REFORM_GOAL_AFTER = re.compile(r"^的[\u4e00-\u9fa5]{0,4}?改革(?:的)?(?:核心|总体|主要|基本|首要|预期)?目标")
# The category of an award after a quote: 类深化改革先进集体, 类一等奖, 类优秀单位.
_HONOUR_CLASS_AFTER = re.compile(r"^类[\u4e00-\u9fa5]{0,8}?(?:先进|优秀|[一二三]等奖|奖)")
# A document made about what the quote names: 的实施意见, 的工作方案, 十条意见 (in a title).
_TITLE_SUBJECT_AFTER = re.compile(r"^(?:的(?:实施意见|实施方案|工作方案|若干措施)|[一二三四五六七八九十\d]{1,3}条(?:意见|措施))")
# Words after the quote that make it something else: a principle, a motto, a problem, a line.
_OTHER_AFTER = re.compile(
    r"^(的|原则|理念|准则|精神|总抓手|目标|要求的|等?问题|等?现象|作用|电话|热线|系统|平台|(?:综合|政务)?服务平台|综合平台|APP|app|小程序|公众号|网站|"
    r"专栏|栏目|节目|方案|规定|文件|口号|标语|称号|荣誉|之称|讲话|重要思想|定位"
    # a medium that reports on the work (被《法制报》、区“九龙发布”等媒体广泛报道)
    r"|等?(?:新)?媒体|等?(?:新闻)?媒介"
    # a part of a programme's name explained (以“四战两改”为重点(“四战”指蓝天保卫战…): the whole is the name
    r"|指(?![导标数南引挥示定令])"
    # a venue (依托“邻里小院”法治文化阵地, “法治长廊”宣传阵地)
    r"|[\u4e00-\u9fa5]{0,4}阵地)"
    # (a leader's 重要讲话, 重要指示 and 重要要求 are read before, with the tasks set: _SAID_AFTER)
)
# What names a region of cities after a quote of their short names (“襄十随神”城市群, “武鄂黄黄”都市圈).
_REGION_AFTER = re.compile(r"(?:城市|都市|经济)[群圈]")
# An event the quote names the theme of (“…法治化与高质量”建设研讨会, “尚城市法”论坛): a meeting, no programme,
# whatever programme word comes between (建设).
_EVENT_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,2}(?:研讨会|论坛|座谈会|峰会)")
# A school class's meeting the quote names the theme of (“学法用法向未来”主题中队会, “宪法伴我成长”主题班会).
_CLASS_MEETING = re.compile(r"(?:主题)?(?:[中大]?队会|班会)")


# A contest for works the quote names the theme of (“…”法治书画作品征集活动, “…”主题征文活动): the works' theme,
# no programme (round 52 left such a theme out), whatever campaign word comes after.
_CONTEST_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,6}?(?:作品征集|征文)")
# A state of things named right after the quote (…”现象). (A problem quoted before 问题专项整治 names the campaign, as
# the seeds' gold writes “破坏营商环境、…”问题专项整治.)
_PROBLEM_AFTER = re.compile(r"^等?现象")
# One meeting quoted whole, its count of events absent (“…专题报告会”, “…座谈会”).
# (or one training session: 组织开展“某执法平台线上培训会”)
_MEETING_QUOTED = re.compile(r"(?:(?![百千万场次期届\d])[\u4e00-\u9fa5]){2,20}(?:专题)?(?:报告会|座谈会|研讨会|推进会|培训会|培训班)")
# A paired count of the acts a mechanism joins (两述两考: 述职述法, 考学考法; 四述四评).
_PAIRED_COUNT = re.compile(r"^([一二三四五六七八九十两])[\u4e00-\u9fa5]{1,2}\1[\u4e00-\u9fa5]{1,2}$")
# A pattern of work to be formed (形成“一盘棋”格局, “线上线下、虚实一体”行政审批新格局) is a goal.
# (形成上下“一盘棋”、齐抓共管的工作格局: another word of the pattern listed first.)
# (构建…的“小联合+大联合”拼团执法检查新格局: the pattern's kind in up to eight characters before it; round 266, 龙华)
_PATTERN_AFTER = re.compile(r"^(?:[\u4e00-\u9fa5]{0,8}|、[\u4e00-\u9fa5]{2,6}的?[\u4e00-\u9fa5]{0,4})格局")
_SERVICE_REFORM_END = re.compile(r"[\u4e00-\u9fa5]{2}(?:通办|网办|联办)$")
# A goal or a political formula, whatever programme word follows: “推进法治中国建设”工作目标,
# “四个全面”战略布局, “五位一体”总体布局, and what is to be reached (做到“三个联动”).
# (“两降一升”工作要求: a requirement to meet, not a programme run.)
# (“四城建设”和“…三位一体”发展蓝图: the picture of a place to be built, a goal.)
# (“三区两地”“四个某县”发展定位: what a place means to become, a goal, as a bare 定位 already was.)
# (“两完善三提高”任务目标: the targets a plan sets, a goal as its 工作目标 is.)
# (围绕“某园某城、某某某湾”建设目标: what a place is to be built into, a goal as its 发展定位 is.)
# (市委“科技+制造”城市定位, “某某”区域定位: what a city or an area is to be, as its 发展定位.)
_GOAL_AFTER = ("工作目标", "任务目标", "建设目标", "发展目标", "奋斗目标", "工作要求", "总体布局", "战略布局", "重大总体布局", "重大战略布局", "发展蓝图", "蓝图",
               "发展定位", "功能定位", "战略定位", "城市定位", "区域定位", "产业定位",
               # (坚守“六个不发生”工作底线: a line not to be crossed, a goal held, no programme run)
               "工作底线", "安全底线", "底线")
_POSITIONING_AFTER = tuple(word for word in _GOAL_AFTER if word.endswith("定位"))
# The ways a service is delivered, three or more quoted as one list (“网上办、就近办、一次办”, as the lexicon's
# “马上办、网上办、就近办、一次办、自助办”): the service reform, a programme even as the 工作要求 carried out (round 195).
_SERVICE_FORMS = re.compile(r"(?:马上|网上|掌上|就近|一次|自助|不见面|一窗|一门|一网|指尖)办(?:、(?:马上|网上|掌上|就近|一次|自助|不见面|一窗|一门|一网|指尖)办){2,5}")
_GOAL_BEFORE = ("做到", "打赢", "打好")
# What the law is to serve in building (为建设“四城新区”提供坚强法治保障, 为加快打造“…”提供法治支撑): the place's goal.
_SERVED_GOAL_BEFORE = re.compile(r"为(?:全力|加快|奋力|全面|高质量|加快推进)?(?:建设|打造)$")
# The nation's aim of the rule of law, as the centre words it (推进法治中国建设, 全面推进依法治国, 建设法治国家).
# (a bare 法治中国, as in a campaign's name, “法治中国”宣传活动, stays a name)
# (and the aim the 20th congress set, 全面推进国家各方面工作法治化, quoted as a 要求 to carry out)
_NATIONAL_AIM = re.compile(r"(?:全面)?(?:推进|加快|加强|建设)(?:法治中国|法治国家|依法治国)(?:建设)?|(?:法治中国|法治国家)建设"
                           r"|(?:全面)?推进国家各方面工作法治化")
# A campaign named by what it is (…三年行动, …专项行动, …攻坚行动): its 收官战 is its last stage, no goal.
# The year a campaign is in (…”的关键之年, 的攻坚之年, 的决胜之年): the campaign named, as before 收官之年.
_CAMPAIGN_YEAR_AFTER = re.compile(r"^的(?:关键|攻坚|决战|决胜|冲刺|推进|深化)之年")
_CAMPAIGN_END = re.compile(r"(?:行动|活动|工程|改革)$")
# What a campaign's name is followed by when a body deploys or asks it (…”的部署要求, …”的工作安排).
# (or the plan made for it, 《…关于推进…“八大提升行动”的实施方案》: the campaign a title's plan carries out)
_DIRECTIVE_OF = re.compile(r"的(?:决策)?(?:部署|工作部署|安排|工作安排|要求|工作要求)|的(?:实施|工作)?方案|的实施意见")
# What a leader asked or set, however its figures are shaped: “4+1”重要要求, “四个新”重大任务.
# (打造“五城”使命任务: the mission set for a place, a goal as its 目标任务 is.)
# (开展“四必谈”工作任务: a task set, as its 重点任务 is.)
# (为实现“三高四新”美好蓝图: a vision of the place's future, a blueprint as its 使命任务 is.)
# (实施“八个一”主要任务: the tasks a reform sets, a task set as its 重点任务 is.)
_SAID_AFTER = ("重要要求", "重要指示", "重要讲话", "重大任务", "重点任务", "目标任务", "使命任务", "工作任务", "主要任务",
               "美好蓝图", "宏伟蓝图", "蓝图")
# The subject of a study (开展“打造…营商环境”等13个重点课题调研, “…”课题研究): a topic, not a programme.
# (or of a school's course, 开齐开足“道德与法治”课程, or its book, “…”教材: a subject taught, no programme run)
_TOPIC_AFTER = re.compile(r"^等?(?:[\d一二三四五六七八九十两]+个)?(?:(?:重点|重大|专题|调研)?(?:调研)?课题|课程|教材)")
# What one carries out or puts in place: 开展“局长走流程”, 推行“容缺受理”, 引入“综合查一次”.
# (创设“小案审会”: a mechanism created is put in place too.)
_CAMPAIGN_BEFORE = ("开展", "推行", "实施", "深化", "引入", "创设", "深入推进")
# ... counted as it is carried out (开展6次“局长走流程”, 开展3场“法律进企业”): the same, its times between.
_CAMPAIGN_COUNTED = re.compile(r"(?:开展|实施|举办)[\d一二三四五六七八九十两]{1,3}(?:次|场|期|轮)$")
# A brand named right after the word (打造服务品牌“为民工作室”), as one named before it is (…”品牌).
_BRAND_BEFORE = "品牌"
# A committee's numbered programme it deploys: 省委“1310”具体部署, 县委“1177”具体安排, 市委“1312”思路举措,
# 省委“132”总体工作部署.
_DEPLOYED_AFTER = ("具体部署", "具体安排", "工作部署", "战略部署", "思路举措", "具体措施", "工作举措",
                   "总体工作部署", "总体部署", "总体安排")
# A deployment named by its figures alone, then its requirements or the word itself (“15336”部署要求).
_FIGURES_DEPLOYED_AFTER = ("部署要求", "部署")
# A committee's campaigns named by their count (区委“九大行动”, 市委“十大工程”).
_COMMITTEE_ACTIONS = re.compile(r"[一二两三四五六七八九十\d]{1,3}大[\u4e00-\u9fa5]{0,4}(?:行动|工程)")
# What a campaign strikes at is its target, not the campaign (开展打击农资“忽悠团”专项执法).
_TARGET_BEFORE = re.compile(r"(?:打击|打掉|严打|惩治)[\u4e00-\u9fa5]{0,3}$")
# The vices a campaign strikes at, named by their characters alone (“黄赌毒”专项治理, “盗抢骗”): its target.
_VICES = re.compile(r"[黄赌毒黑恶枪爆盗抢骗诈拐]{2,4}")
# A group of people by its count alone, listed among people (居委干部、人民调解员、“两人”等…参加): people, no programme.
_COUNTED_PERSONS = re.compile(r"[一二两三四五六七八九十]人")
# A study mechanism or manner after a way of studying quoted (“定时学”、“常态学”学习机制).
_STUDY_WAY_AFTER = re.compile(r"^(?:学习|学法)?(?:机制|模式|制度|方式)")
_COUNTED_STUDY = re.compile(r"[一二三四五六七八九十两百千\d]")
# A way of studying in one or two characters, then 学 (深学, 领学, 自学, 集中学), no count among them.
_STUDY_WAY = re.compile(r"(?:(?![一二三四五六七八九十两百千\d])[\u4e00-\u9fa5]){1,2}学")
# A name conferred is an honour, not a programme (被命名为“广东省节水型社会示范区”).
# A roll's batch named after a programme (“一号改革工程”第二批“最佳实践案例”): the programme the roll is of.
_ROLL_AFTER = re.compile(r"^第[一二三四五六七八九十\d]{1,3}批[“\"]")
# A system honoured for being built (评为某省“1+6+N”社会治安综合治理工作体系建设先进典型): the quote names the system,
# the honour is the 先进典型 after it.
# (Only the 12 characters after the quote are read: the honour's word may fall past them, 体系 ending the window.)
_SYSTEM_HONOURED_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,8}?(?:工作)?(?:体系|机制)(?:建设(?:先进|典型|示范)|建设?$|$)")
# A role an example plays (发挥“头雁”示范表率作用, “排头兵”示范引领作用): a figure of speech for it.
_ROLE_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,2}示范[\u4e00-\u9fa5]{0,4}作用")
# (a roll a project is entered on, 入选全省…重大应用“一本帐”: the roll's name, as a title won is; not a programme
# whose cases are entered, 入选…“一号发展工程”优秀案例)
_ENTERED_NEAR = re.compile(r"入选(?:(?!开展|实施|推行|推进|深化|并)[\u4e00-\u9fa5\d]){0,16}$")
# (or whose pilot areas it takes, 入选广东省“黄金内湾商业秘密保护创新工程”先行区: the programme piloted there, the
# honour the area's)
_CASES_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,4}?(?:案例|实践|经验)|^(?:先行区|先行示范区|试点区|试点县|试点单位|试点地区)")
_HONOUR_BEFORE = ("命名为", "评为", "授予", "荣获", "获评", "评选为", "推选为", "确认为", "入选")
# ... with the year and the field of the roll between (评选为2022年度县乡法治政府建设“最佳实践”项目).
_HONOUR_NEAR = re.compile(r"(?:命名为|评为|授予|荣获|获评|评选为|推选为|确认为|入选)(?:(?!开展|实施|推行|推进|深化|并)[\u4e00-\u9fa5\d]){1,16}$"
                          # a title won, counted (成功创建1个“全国民主法治示范村”, 成功创建为第七批“…”)
                          r"|成功创建(?:为|了)?(?:[\d一二三四五六七八九十两]+[个家批]|第[\d一二三四五六七八九十]+批)?$"
                          # (the places named between 命名 and 为: 命名全省303个村(社区)为“某省民主法治示范村(社区)”)
                          r"|命名[^“”\"\n,,。;;]{1,16}?为$"
                          # a title won at a level (获得省级“民主法治示范村”)
                          r"|获得(?:国家级|省级|市级|县级|区级|全国|全省|全市)$"
                          # (the places holding a title at a level and above, 以市级以上“民主法治示范村”为引领, or
                          # counted at their level, 2个全国“…”和16个州级“…”: the title's holders, an honour)
                          r"|(?:国家级|省级|市级|州级|县级|区级)以上$|\d+个(?:全国|国家级|省级|市级|州级|县级|区级)$"
                          # a title a place is approved for (获批全市唯一“某省和谐劳动关系示范区”, 获批“…基地”)
                          r"|获批(?:为|成为)?(?:全国|全省|全市|全区|全县)?(?:唯一|首个|首批)?(?:的)?$")
# Phrases that are never a programme's name, whatever follows: the political formulas
# every report repeats (“四个意识”, “两个维护”, “五大发展理念”, “第一责任人”; 河南's “两个确保”), a
# five-year-plan period (“十四五”), a quoted document title (“2023年…工作要点”) and an honour's
# roll of persons (“四川十大法治人物”) or of events (“十大法治事件”).
# The role a party plays in a pattern of work (司法局牵头, 部门协同, 社会参与, 政府主导).
_ROLE = r"(?:牵头|主导|领导|负责|协同|参与|统筹|配合|联动|主抓|兜底)"
_NOT_A_PROGRAMME = re.compile(
    # (but not reports counted bare, “双报告”制度: the two reports a system requires, a mechanism as “双随机” is; round 243)
    r"(意识|自信|维护|确立|确保|理念|思想|精神|责任人|要点|方案|规定|办法|意见|通知|纲要|条例|(?<![双两三四五])报告|建议|人物|事件)$"
    r"|^十[一二三四五六七八九]五$"
    # a role to play (发挥“三个作用”), the overall situations to keep in mind (胸怀“两个大局”),
    # and the motto of working on two fronts (“两手抓、两手硬”)
    r"|作用$|大局$|^两手抓"
    # a body's roles named as departments (履行…“经济部、后勤部、保障部”职责使命): a motto of its duties
    r"|^(?:[\u4e00-\u9fa5]{1,3}部、){1,4}[\u4e00-\u9fa5]{1,3}部$"
    # a goal written as a count of things done (“三到位”) or a metaphor of battle (“三场硬仗”)
    r"|^[一二三四五六七八九十两](?:到位|场)"
    # things a place is free of, counted (“三无”县(市、区), 全省信访工作‘四无’乡镇, “六无”工作目标): an honour's
    # grade or a goal, as round 222's “三无” is; no programme (round 259)
    r"|^[三四五六七八九十]无$"
    # manners counted, each a noun made a manner by its 化 (围绕信访工作“五个法治化”要求, 以“三个常态化”为抓手): what
    # work is to become, as round 91 keeps manners (一体化) apart from measures counted by their verb (“三个强化”,
    # “四个深化”, whose 强/深 stands alone before 化), and as round 225's gold leaves “三个常态化” out (round 259)
    r"|^[一二三四五六七八九十两]个[\u4e00-\u9fa5]{2,4}化$"
    # a unit's star grade (创建“五星司法所”16个, “四星级人民调解委员会”): a rated title, as “枫桥式”司法所 is
    # (round 174), no programme
    r"|^[一二三四五六七八九十\d]星级?[\u4e00-\u9fa5]{0,8}?(?:所|站|庭|室|中心|单位|支部|委员会|社区|村)$"
    # a rise in a ranking, year after year (实现“八年八进位”): a standing, no programme
    r"|^[一二三四五六七八九十\d]{1,2}年[一二三四五六七八九十\d]{1,2}进位$"
    # a formula of parts made one (“四位一体”), a metaphor of work to be done well (做实“六字文章”)
    r"|^[一二三四五六七八九十两多]位一体$|文章$"
    # the annual sessions of the people's congress and the CPPCC (市“两会”) are meetings, and
    # “两山” (绿水青山就是金山银山) is a formula, as 五大发展理念 is, whatever it is put to (“两山”生态观察员制度)
    r"|^两会$|^两山$"
    # the fixing of a body's functions, units and staff (“三定”调整, “三定”规定) is its set-up, no programme
    r"|^三定$"
    # the whole region as one game of chess (谋划县域“一盘棋”, 全市“一盘棋”): a pattern of work, with or without 格局
    r"|^一盘棋$"
    # the rule-of-law government as the rule of law's "main project" (聚焦“主体工程”): a metaphor,
    # with the key task it is paired with too (“重点任务和主体工程”)
    r"|^(?:重点任务[和、与及])?主体工程$"
    # the state bodies a congress supervises (“一府两院”, “一府一委两院”): bodies, not a programme,
    # and a commission's make-up counted by its bodies (依法治市“1委1办4组”: a committee, its office, four groups)
    r"|^一府(?:一委)?两院$|^(?:[\d一二三四五六七八九十两]{1,2}[委办组]){2,4}$"
    # (and a township's offices counted with its stations and centres, 完成“五办四中心”挂牌, “5办1站2中心”: the
    # make-up of its bodies after a reform, no programme)
    r"|^(?:[\d一二三四五六七八九十两]{1,2}(?:办|站|中心)){2,4}$"
    # (and the persons of a panel counted by their seats, “两代表一委员”: the congresses' deputies and a CPPCC member)
    r"|^(?:[一二三四五六七八九十两](?:代表|委员)){2,3}$"
    # (nor the elders counted, “五老”人员, “五老人员”: retired cadres, veterans, experts, teachers and models,
    # persons a township calls on, no programme)
    r"|^[一二三四五六七八九十两]老(?:人员|同志)?$"
    # (nor the old and the young, each counted by its figure, 健全“一老一小”服务保障体系: the people a service is for,
    # as “两代表一委员” are, no programme)
    r"|^一老一[小幼]$"
    # kinds of people or files counted (“三类人员”考法, “四类案卷”评查): categories, not programmes
    # (not the service reform's “一类事”, 一件事's companion: 电竞产业服务“一类事”)
    # (or the kinds alone, the thing counted after the quote: 做好“四类”服务; round 237)
    r"|^(?!一类事$)[一二三四五六七八九十两\d]{1,2}类[\u4e00-\u9fa5]{0,4}$"
    # the fields a report works in (“三农”工作, “三公”经费), a formula of strategies or tasks
    # (“五大战略”, “五大改革任务”, and leaps counted as goals, 区委“三大跨越”),
    # and a business-environment indicator (“获得用水”)
    # (and the fields a list is widened to, counted, “九大领域”纳新: a count of fields, round 246)
    r"|^三[农公]$|^[一二三四五六七八九十两]大[\u4e00-\u9fa5]{0,2}?(?:战略|任务|目标|跨越|领域)$|^获得[\u4e00-\u9fa5]{2}$"
    # a goal counted as kinds of development (江苏's “六个高质量发展”), as the 五大发展理念 are
    r"|^[一二三四五六七八九十两]个[\u4e00-\u9fa5]{0,4}发展$"
    # (and the revitalisations counted, “五个振兴”, “五大振兴”: 产业、人才、文化、生态、组织振兴, a formula of the
    # rural revitalisation strategy's parts, no programme)
    r"|^[一二三四五六七八九十两][个大]振兴$"
    # the focuses counted a task must hold to (抓住“三个重点”暨重点内容、重点人群…): a count, not a programme
    r"|^[一二三四五六七八九十两]个重点$"
    # (or the emphases a section holds to, 坚持“三个突出”: a count of what it stresses, as “三个重点” is)
    r"|^[一二三四五六七八九十两]个突出$"
    # (the strictest standard, supervision, penalty and accountability of drug and food safety, 落实“四个最严”要求:
    # a formula of requirements, as “四个意识” is)
    r"|^[一二三四五六七八九十两]个最严$"
    # the new stage, idea and pattern and high-quality development (立足“三新一高”): a formula, as the
    # 五大发展理念 are
    r"|^三新一高$"
    # plans counted (“三个规划”), a formula of the theory (“十一个坚持”), a place's way of
    # working named by the place (“亦庄经验”; the lexicon's 枫桥经验 is matched apart), a
    # leader (“一把手”), and a dated event (“2021年…满意度调查”)
    # (a list of what a campaign does, “抓示范、创品牌、出经验”活动, is no place's way)
    # (a task made the leader's own, 将法治建设作为“一把手工程”: a priority given, the leader's as “一把手” is)
    # (nor the pair of the leader taking charge and charge taken of the leaders, 坚持“一把手抓”“抓一把手”: a motto)
    r"|规划$|^[一二三四五六七八九十\d]+个坚持$|^[^、]+经验$|^一把手(?:工程|抓)?$|^抓一把手$|^(?:19|20)\d{2}年"
    # the leading cadres (“关键少数”), a village's two committees (社区“两委”), and a
    # statistic of years in a row (“十一连降”)
    r"|^关键少数$|^(?:村|社区)?两委$|^[一二三四五六七八九十\d]+连[降升增涨]$"
    # kinds of economy counted (“四新经济”: new technology, industries, forms and models): a category, no programme
    r"|^[一二三四五六七八九十两]新经济$"
    # a leader's own report on a duty (落实“述法”职责, 带头“述职”): an act each leader does, no programme's name
    r"|^述(?:法|职|廉|责)$"
    # a ranking's climb told as a leap (实现“三年三级跳”, “两连冠”): a result, no programme run
    r"|^(?:[一二三四五六七八九十两\d]+年)?[一二三四五六七八九十两\d]+(?:级跳|连跳|连冠)$"
    # (nor the coverage reached at levels counted, 实现市、区(市)、镇(街)“三级全覆盖”, “两个全覆盖”: a goal met)
    r"|^[一二三四五六七八九十两\d]+(?:级|个|项)全覆盖$"
    # an exhortation of clauses that each say what must be (“干部要干、思路要清、律己要严”): a motto
    r"|^[^、]{1,4}要[^、]{1,3}(?:、[^、]{1,4}要[^、]{1,3})+$"
    # clauses that each end in a verb on the law (“办事依法、遇事找法、解决问题用法、化解矛盾靠法”): a motto, as
    # 尊法学法守法用法 is
    r"|^[^、]{1,4}[依找用靠守学尊懂]法(?:、[^、]{1,4}[依找用靠守学尊懂]法){2,}$"
    # the heads counted (“三长”: 楼长, 单元长, 网格长): people, as “两代表” are, no programme
    r"|^[一二三四五六七八九十两]长$"
    # one verb after another on the same words (“学法治、用法治、守法治”): a motto, as 尊法学法守法用法 is
    r"|^[\u4e00-\u9fa5](?P<same>[\u4e00-\u9fa5]{2,3})(?:、[\u4e00-\u9fa5](?P=same))+$"
    # goals counted (聚焦“八个新突破”和“五个新提升”, “两个高水平”建设), and a year's theme (“营商环境提升年”活动)
    r"|^[一二三四五六七八九十两\d]+个(?:新[\u4e00-\u9fa5]{2}|高[\u4e00-\u9fa5]{2})$|^[^一二三四五六七八九十两\d][\u4e00-\u9fa5]{2,10}年$"
    # (years' themes counted, “四个深化年”活动: each year a theme, no programme of its own)
    r"|^[一二三四五六七八九十两]个[\u4e00-\u9fa5]{2,8}年$"
    # an adverb's 一, no count (材料“一律取消”, “一并办理”)
    r"|^一(?:律|并|些|切|般|直|起|同|再|旦|味|贯)"
    # cases selected for a roll (入选“十大案例”, “最佳实践案例”): examples of work, not a programme,
    # and a manner of working online and offline (“线上+线下”学法平台, “线上线下”), on the spot or on
    # paper (采取“实地+书面”方式督察, “书面+台面”述法), and the channels an application comes in by, two to
    # four of them (“现场+网络+邮寄”多渠道申请, “窗口+电话+网上”受理)
    # (and the grades a case is given in a file review, “示范优案”“典型差案”评选: ranks of cases)
    r"|案例$|[优差]案$|^(?:线上|线下|网上|网下|实地|书面|台面|现场)[+、]?(?:线上|线下|网上|网下|实地|书面|台面|现场)$"
    r"|^(?:线上|线下|网上|网络|实地|书面|现场|窗口|邮寄|信函|电话|掌上)(?:[+、](?:线上|线下|网上|网络|实地|书面|现场|窗口|邮寄|信函|电话|掌上)){1,3}$"
    # (and online with the times and places a service is given, “线上+常驻+定期+上门”服务: a manner, as the channels are)
    r"|^(?:线上|网上)(?:[+、](?:线下|常驻|定期|上门|预约|坐班|值班|驻点|巡回)){2,3}$"
    # (the same with the thing done written after each, “现场述法+书面述法”, “线上学法、线下学法”)
    r"|^(?:线上|线下|网上|网下|实地|书面|台面|现场)(?P<done>[\u4e00-\u9fa5]{1,3})[+、](?:线上|线下|网上|网下|实地|书面|台面|现场)(?P=done)$"
    # (a list's make-up, what all share and what each has: “共性+个性”清单)
    r"|^共性[+、]?个性$"
    # ways of studying joined, each a kind of 学 (采取“专题学+自学”“集中学+个人学”): a manner, no programme
    r"|^[\u4e00-\u9fa5]{0,3}学(?:[+、][\u4e00-\u9fa5]{0,3}学){1,3}$"
    # and ways of reporting on the rule of law joined, each a kind of 述法 (落实“书面述法+会议述法+以案述法”制度), as
    # “现场述法+书面述法” is: a manner, no programme
    r"|^[\u4e00-\u9fa5]{0,3}述法(?:[+、][\u4e00-\u9fa5]{0,3}述法){1,3}$"
    # a roll's grade quoted alone (培育上报…法治宁波建设“最佳实践”项目4个, “优秀案例”): the practices chosen, no programme,
    # as “最佳实践案例” is
    r"|^(?:最佳|优秀|典型)(?:实践|案例)$"
    # a bare count, a figure and its measure word alone (深化“1个”合规中心建设,组建“1支”专家队伍): the count of what
    # follows, no programme
    r"|^[\d一二三四五六七八九十两]{1,3}[个支家名项条张批所]$"
    # a body's means counted, people, money and things (聚焦“人、财、物和机制”, “人财物”): what it works with
    r"|^人、?财、?物"
    # a way a service is delivered (可“网上办”事项占比, “不见面办”; at one door or window, 实现“一门办”), not a
    # reform of its own (一网通办, 跨省通办 are longer), and a place's four leading bodies (“四大家”领导)
    # (and done simplified, quickly, on a pledge: 建立“简化办”“快捷办”“承诺办”机制, round 257)
    r"|^(?:网上|掌上|指尖|就近|马上|一次|一门|一窗|自助|不见面|延时|预约|集成|容缺|简化|快捷|承诺)办$|^四(?:大家|套班子)$"
    # a manner a service is given in (“个性化”服务场景, “人性化”管理) and the uniform enforcement all reject
    # (“一刀切”执法): words of manner, no programme's name
    r"|^(?:个性|人性|多样|精细)化$|^一刀切$"
    # a mnemonic counted in characters (贯彻好“九字诀”, “十六字方针”): a motto, as a 六字文章 is
    r"|^[一二三四五六七八九十百两\d]+字(?:诀|决|经|真经|方针|要诀)$"
    # a fast lane opened for some (开通“绿色通道”): no programme's name
    r"|^绿色通道$"
    # taxes and fees counted (减免“六税两费”): a class of levies a relief is given on, no programme
    r"|^[一二三四五六七八九十两]税[一二三四五六七八九十两]费$"
    # the title a place wins in the rule-of-law government contest (创建“全国法治政府建设示范区”),
    # and the one-stop manner of any service (“一站式”服务窗口, “一站式”法律服务), with what it joins too
    # (“一站式集成”审批)
    # (written without 建设, or with the lower levels that compete bracketed after it, “全省法治政府示范市(县、区)”;
    # the law-abiding and law-teaching contest's title the same, 开展“全国守法普法示范市(县、区)”创建活动)
    r"|(?:法治政府(?:建设)?|守法普法)示范(?:区|县|市|地区|城市)(?:[(（][县市区、]{1,5}[)）])?$|^一(?:站|窗|门)(?:式|$)"
    # (a batch of a contest's roll, “第三批全国…示范创建综合地区和项目”评选: the roll, whatever follows)
    r"|^第[\d一二三四五六七八九十]+批"
    # risks to prevent (防控…“六大风险”, “重大风险”) and forces to strike at (使“三股势力”无机可乘): what work
    # guards against, not a programme
    r"|风险$|势力$"
    # documents counted, one kind after another (“一规划两纲要”, 法治建设“一规划一方案一清单”): the plans a place
    # carries out, named by their number, no programme
    r"|^(?:[一二三四五六七八九十两](?:规划|纲要|方案|清单|意见|计划|办法)){2,4}$"
    # a statement quoted from a speech (强调“法治政府建设是全面依法治国的重点任务和主体工程”): X是Y says what
    # something is, no programme's name
    r"|^[\u4e00-\u9fa5]{3,}是[\u4e00-\u9fa5]{4,}$"
    # a region of cities joined by travel time or trade (引领“1小时城市圈”, 融入“首都经济圈”): a place, no programme
    # (unlike a service within reach, “15分钟政务服务圈”)
    r"|(?:城市|都市|经济)圈$"
    # a place's positioning counted by its zones (推动“两先区”高质量发展: two pioneer zones), a goal as “一区五城” is
    # (not a count of zones joined to other counts, “三力三区”)
    r"|^[一二三四五六七八九十两][^\d一二三四五六七八九十两]{1,2}区$"
    # a holiday quoted as a time (关于做好“五一”期间…工作的通知, “十一”长假, “国庆”前后): a day, as “3·15”消费者
    # 权益日 is (round 235), no programme
    r"|^(?:五一|十一|国庆|元旦|春节|中秋|端午|清明)$"
    # the keywords a review is told by, counted (定西市司法局“六个关键词”回顾…工作): its headings, no programme
    r"|^[一二三四五六七八九十两\d]{1,3}个关键[词字]$"
    # a schedule of routines by their period (形成“周调度、月通报、季总结”推进机制, “日报告、周调度”): a routine,
    # as “周调度”机制 is (round 27), however it is named after
    r"|^[日周旬月季年][\u4e00-\u9fa5]{2}(?:、[日周旬月季年][\u4e00-\u9fa5]{2}){1,4}$"
    # who does what, each part a party and its role, joined (建立“司法局牵头+部门协同+社会参与”联动模式): the roles of a
    # pattern of work, as 党委领导、政府负责、部门协同 is (rounds 126 and 190), no programme's name
    r"|^(?:[\u4e00-\u9fa5]{1,5}" + _ROLE + r"[+、]){1,5}[\u4e00-\u9fa5]{1,5}" + _ROLE + r"$"
    # what is done together, each a thing and its shared or mutual act (形成“信息共享、问题共商、难点共解”机制,
    # “资源共享、优势互补”): a motto of joint work, no programme's name
    r"|^[\u4e00-\u9fa5]{2}[共互][\u4e00-\u9fa5](?:、[\u4e00-\u9fa5]{2}[共互][\u4e00-\u9fa5]){1,4}$"
)
# Figures to lower, raise or hold (紧盯行政诉讼“两降一保”), and the "new"s counted of a province's formula
# (围绕“四新”主攻“四化”): targets, unless a campaign's word follows (开展“两降一升”专项行动).
# A place's picture counted by its areas and towns (推进“一区五城”建设, “三区一中心”建设): a goal.
# (a capital of some trade counted with them, “一都四区”: the place as the trade's 之都 and its four areas, the same)
_COUNTED_AREAS = re.compile(r"(?:[一二三四五六七八九十两](?:区|城|地|都|中心|基地)){2,3}")
# A network of service points counted by its kinds (“1站36室”: one station, 36 rooms; “五室一庭”): the network
# run, a programme even before 平台 (依托“1站36室”平台), as its parts are places of service, not goals.
_COUNTED_POINTS = re.compile(r"(?:[\d一二三四五六七八九十两]{1,3}(?:站|室|所|庭|点)){2,3}")
_TARGETS = re.compile(r"[一二三四五六七八九十两][降升减增提][一二三四五六七八九十两][降升减增提保稳]|[一二三四五六七八九十两]新")
# “法治中村”建设: building rule of law in a place is a goal, not a programme.
_GOAL_PHRASE = re.compile(r"^法治[\u4e00-\u9fa5]{2,4}$")
_NUMERALS = "一二三四五六七八九十百千两0123456789"
_LAW_TOUR = re.compile(r"(?:法治|普法|宪法|法律|民法典)[\u4e00-\u9fa5]{1,5}(?<![先同并执运履践推施试前随出通银进])行")
_GREAT_ACTS = re.compile(r"(?:大[\u4e00-\u9fa5]{2}){2,4}")
_LAW_GREAT_ACT = re.compile(r"[\u4e00-\u9fa5]{0,4}法治大(?:培训|宣讲|宣传)")
# (by the half-year or half-month too, “半年一评”, “半月一调度”)
_PERIODIC = re.compile(r"(?:每[日周旬月季年]|半[年月])一[\u4e00-\u9fa5]{1,2}")
# (万 counts only before a measure word: “万名党员进党校”, “万人助万企”; not “万无一失”, “万家灯火”)
_NUMBERED = re.compile(r"^(?:[一二三四五六七八九十百千两\d]+|万(?=[名人户场堂个件次企村]))[\u4e00-\u9fa5·\d(),]{1,14}$")
# Measures counted by the verb each opens with (“三个强化”: 强化党的领导, 强化…; “四个深化”, “五个优化”).
_COUNTED_MEASURES = re.compile(r"[一二三四五六七八九十两]个(?:强|深|优|细|固|实)化")
# A list of counted parts quoted before a name of figures, what makes it up (“一平台、两抓手”为主体的).
_PARTS_BEFORE = re.compile(r"“([^“”]{4,60})”为(?:主体|核心|框架|主要内容|支撑)的?$")
_PART_DIGITS = str.maketrans("一二三四五六七八九两", "1234567892")


_DOCUMENTS_AFTER = re.compile(r"的(?:行政)?(?:规范性)?文件")


def _spelled_by_parts(phrase: str, before: str) -> bool:
    """Whether the figures of ``phrase`` are the counts of the parts quoted right before it (“一平台、两抓手”…“12”)."""
    match = _PARTS_BEFORE.search(before)
    if match is None:
        return False
    parts = match.group(1).split("、")
    if len(parts) < 2 or any(part[:1] not in "一二三四五六七八九两" for part in parts):
        return False
    return "".join(part[0] for part in parts).translate(_PART_DIGITS) == phrase.strip()


# (“141”基层智治体系: a system named by its figures, as a mechanism is)
# (not a hotline named by its number, whose partnership is the mechanism: “12345”热线建立合作机制, “12345”政务服务
# 便民热线联动机制)
_NUMBERED_MECHANISM = re.compile(r"^(?![\u4e00-\u9fa5]{0,6}(?:热线|电话))[\u4e00-\u9fa5]{0,10}(?:机制|模式|工作法|体系)")
# ... and one whose mechanism word falls past the 12 characters read (“0635”三级合法性审查全覆盖工作新机制)
_LONG_NUMBERED_MECHANISM = re.compile(r"(?![\u4e00-\u9fa5]{0,18}?(?:热线|电话))[\u4e00-\u9fa5]{11,18}?(?:机制|模式|体系)")
_SCOPE = re.compile(r"^全(国|省|市|区|县|州|镇)(?=[一二三四五六七八九十两])")
# (a campaign carrying a thing into places, “法律进社区”, “习近平法治思想进校园”: a campaign by its shape, as 行动 is)
# (a reading club run under a name, “某某悦享读书会”: a programme, as a named 讲堂 is; a programme's households, “某某”示范户)
# (a lecture series named by its day or its speakers, “周一开讲”, “法官开讲”: its 开讲 names it, as 讲堂 does)
_SHAPE_END = re.compile(r"((?<![先促推引])进(?:社区|机关|企业|学校|校园|农村|乡村|家庭|军营|网络)|制度|机制|通办|网办|联办|随身办|一件事|一类事|宣传月|生产月|质量月|宣传周|宣传日|活动月|服务日|开放日|工作法|示范社区|示范村|示范村\(社区\)|示范村（社区）|示范区|示范点|经验|改革|工程|计划|行动|制|讲堂|讲坛|课堂|学堂|(?<=[\u4e00-\u9fa5]{2})开讲|读书会|小院|明白人|带头人|示范户)$")


@functools.cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern matching every lexicon form (longest first), and each form's canonical name."""
    canonical: dict[str, str] = {}
    path = files("kg_builder") / "data" / "initiatives.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms = [f.strip() for f in line.split("\t") if f.strip()]
        for form in forms:
            canonical[form] = forms[0]
    # One alternation, longest forms first: the engine skips in C to the few
    # places a form starts, and a name inside a longer one (放管服 in 放管服效)
    # is never reported on its own.
    pattern = re.compile("|".join(re.escape(form) for form in sorted(canonical, key=len, reverse=True)))
    return pattern, canonical


_CLAUSE_MARK = re.compile(r"[,:;!?。]")
# One part of a routine by its period (两周一督查, 一月一反馈, 每日一调度, 半月一通报), and two to four of them
# listed with commas or 、.
_SCHEDULE_PART = r"(?:每|[一二两三四五六七八九十半])?[日周旬月季年]一[\u4e00-\u9fa5]{1,2}"
_SCHEDULE_LIST = re.compile(_SCHEDULE_PART + r"(?:[,、]" + _SCHEDULE_PART + r"){1,3}")
_SPACED_CLAUSES = re.compile(r"[\u4e00-\u9fa5]{4}[ \u3000]+[\u4e00-\u9fa5]{4}")
_SPACES = re.compile(r"[ \u3000]+")
# (a brand, or a themed campaign named the same way: “彰显… 勇建…”主题实践活动)
_BRAND_AFTER = re.compile(r"[\u4e00-\u9fa5]{0,6}?(?:品牌|主题(?:实践)?活动)")
# (the way of working two spaced phrases name: “信息共享 综合研判”工作模式, …工作机制)
_WAY_OF_WORKING_AFTER = re.compile(r"(?:工作)?(?:模式|机制)")
# A way of checking (法治督察, 个人自查, 交叉检查), and what checks joined are run as when they name one (…机制, …模式).
_CHECK_PART = re.compile(r"[\u4e00-\u9fa5]{0,4}(?:督察|督查|检查|自查|互查|抽查|评查)")
_CHECKS_RUN_AS_AFTER = re.compile(r"(?:工作)?(?:机制|模式|制度)")
# (the same two phrases set apart by a comma: “下乘上势,上借下力”机制; round 263)
_COMMA_CLAUSES = re.compile(r"[\u4e00-\u9fa5]{4}[,，][\u4e00-\u9fa5]{4}")
_COMMA = re.compile(r"[,，]")
# A sum written with its result or a comparison (“1+1>2”, “1+1=3”): a figure of speech for an effect, no programme.
_FORMULA = re.compile(r"[\d+＋]+[>〉＞=＝<〈＜][\d+＋]+")
_HAN_OR_DIGIT = re.compile(r"[\u4e00-\u9fa5\d]")
_LATIN = re.compile(r"[A-Za-z]")
# A brand opening with one Latin letter, the rest Chinese (“e法通”, “i调解”): a name, as a Chinese one is.
# (or a way of working counted by a Latin word, a sound its parts share: “七XIN党建工作法”, “三Q工作法”)
_LETTER_BRAND = re.compile(r"[A-Za-z][\u4e00-\u9fa5]{2,6}|[一二三四五六七八九十]{1,2}[A-Za-z]{1,6}[\u4e00-\u9fa5]{0,6}工作法")
_LATIN_ABBREVIATION = re.compile(r"[^\S\n]*[(（][A-Z]{2,8}[)）]”")
# The verb a standard is held to by, right before its quote (or before the quoted parts it counts): 按照“五个零”标准.
# (the page's 24 characters before the quote may hold only the end of those parts, a 、-list closed right before it)
_STANDARD_HELD_TO = re.compile(r"(?:按照|对照|参照|依照)(?:“[^“”]{2,60}”)?$|、[^“”、]{2,12}”$")
_NUMBER_ONLY = re.compile(r"[\d·.\-]+")
# A month and a day quoted (“12·4”, “4.15”), and a day's name after it (国家宪法日, 全民国家安全教育日, 国际禁毒日).
_DATE_QUOTED = re.compile(r"\d{1,2}[·.•]\d{1,2}")
_DAY_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,8}?日(?![报期程])")
# The law taken to places, counted with its subject (法律六进, 普法八进).
_LAW_INTO = re.compile(r"(?:法律|普法|宪法|法治|民法典)[三四五六七八九十]进")
# The same day with its month and day in words (“六五环境日”, “四一五国家安全教育日”): not a campaign day
# (宣传日, 活动日, 服务日, 开放日 stay named by their shape).
_DAY_BY_NUMERALS = re.compile(r"[一二三四五六七八九十〇零]{2,4}[\u4e00-\u9fa5]{1,6}(?<![传动务放])日")
# Many things made one or checked together (“多评合一”, “多图联审”, “多规合一”): a reform's shape.
_MANY_AS_ONE = re.compile(r"多[\u4e00-\u9fa5]{1,2}(?:合一|联审)")
# One to one, point to point, face to face: a manner of serving (“一对一”, “点对点”, “面对面”, “手把手”).
_ONE_TO_ONE = re.compile(r"([一点面手键])对\1")
_RATES = re.compile(r"[一二三四五六七八九十两]{1,2}率")
# Two to four two-character qualities joined by 、 (便民、高效、规范; 公开、公平、公正): a motto when every one is a
# quality a service or a body is to have.
_QUALITIES_LISTED = re.compile(r"[\u4e00-\u9fa5]{2}(?:、[\u4e00-\u9fa5]{2}){1,3}")
_QUALITIES = frozenset(("便民", "高效", "规范", "公正", "公平", "公开", "廉洁", "透明", "优质", "便捷", "快捷", "文明",
                        "严格", "权威", "专业", "务实", "清廉", "为民", "利民", "简约", "廉洁", "诚信", "阳光"))
# What a practice shunned is written after (不搞“一言堂”, 杜绝“走过场”, 防止“一刀切”); an old way broken with
# likewise (打破“就案办案”的传统模式; round 232).
# The two ends of a change, each quoted (从“A”走向“B”, 从“A”向“B”转变): what comes after the first, and before the second.
_TOWARDS = ("走向", "迈向", "转向", "向")
_FROM_TO_AFTER = re.compile(r"(?:走向|迈向|转向|向)“")
_FROM_BEFORE = re.compile(r"从“[^“”\n]{1,16}”(?:走向|迈向|转向|向)$")
_SHUNNED_BEFORE = ("不搞", "杜绝", "防止", "避免", "反对", "严禁", "禁止", "不得", "摒弃", "破除", "打破")
# The same with another thing shunned listed before it (摒弃主观臆断与“一言堂”, 杜绝推诿扯皮和“走过场”).
_SHUNNED_LIST_BEFORE = re.compile(r"(?:" + "|".join(_SHUNNED_BEFORE) + r")[\u4e00-\u9fa5]{1,8}[与和及、]$")
# The same with other things shunned quoted before it (杜绝“形象工程”“政绩工程”, 防止“一刀切”、“层层加码”).
_SHUNNED_QUOTES_BEFORE = re.compile(r"(?:" + "|".join(_SHUNNED_BEFORE) + r")(?:“[^“”]{1,12}”[与和及、]?)+$")
# A kind of work named by its bare words (“法制宣传”, “普法宣传”): the work itself, not a programme's name.
_GENERIC_WORK = re.compile(r"(?:法[制治]|普法|法律)宣传(?:教育)?")
# A cited document right before, with 中 or 的 (《纲要》中, 《实施方案》的): what is quoted is its words.
_DOC_BEFORE = re.compile(r"》(?:中|的|里|提出的|明确的)?$")
# Manners joined by "+", each ending in 化 (“常态化+专题化”, “线上化+规范化”): how a thing is done.
#: A closed loop its quoted parts make up (“制度+细则+流程”的监管闭环, “…+…”闭环管理 aside).
_LOOP_AFTER = re.compile(r"的?[\u4e00-\u9fa5]{0,4}闭环(?!管理)")
# The people a team is made of, joined by + (组建起“部门+专家学者+社会公众”的合法性审查队伍): its makeup, no
# programme run.
_TEAM_AFTER = re.compile(r"的?[\u4e00-\u9fa5]{0,8}?(?:队伍|团队)")
# A kind of body or unit by its bare word (委机关, 基层单位, 执法单位): a part of a list of bodies joined by "+".
_UNIT_PART = re.compile(r"[\u4e00-\u9fa5]{0,6}(?:单位|机关|部门|机构|处室|科室)")
_MANNERS_JOINED = re.compile(r"[\u4e00-\u9fa5]{1,4}化(?:\+[\u4e00-\u9fa5]{1,4}化)+")
# A count of papers or things (“三书”: 司法建议书、检察建议书、复议意见书), and the rate measured of them right after.
_COUNTED_THINGS = re.compile(r"[一二三四五六七八九十两][\u4e00-\u9fa5]{1,2}")
_TWO_COUNTS = re.compile(r"[一二三四五六七八九十两][\u4e00-\u9fa5][一二三四五六七八九十两][\u4e00-\u9fa5]")
_RATE_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,5}率")
# Two phrases of a campaign joined by a middle dot (“举旗帜·送理论”), then the lectures it gives.
_DOTTED_CAMPAIGN = re.compile(r"[\u4e00-\u9fa5]{2,6}[·•][\u4e00-\u9fa5]{2,6}")
_LECTURE_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,6}宣讲")
# The 普法 responsibility system's parts, each named for whose duty it is (“谁主管谁普法”, “谁用工谁普法”).
_WHO_TEACHES_LAW = re.compile(r"谁[\u4e00-\u9fa5]{1,3}谁普法")
_MERGED_ENDINGS = ("改革", "工作", "制度", "机制", "活动", "行动")
# A count of what a place is to be (“四个梧州”, “五个昌吉”): a vision of the place.
_COUNTED_PLACE = re.compile(r"[一二三四五六七八九十两]个[\u4e00-\u9fa5]{2,6}")
# ... or of its qualities, run into its name (“五美某县”, “三美某乡”): the same vision, counted before the name.
_COUNTED_QUALITIES = re.compile(r"[一二三四五六七八九十两][\u4e00-\u9fa5]{1,2}")
# Outcomes counted by 个 (“两个更好”, “四个显著”): after 实现, what is to be reached.
_COUNTED_OUTCOME = re.compile(r"[一二三四五六七八九十两]个[\u4e00-\u9fa5\d%]{1,6}$")
# A name listed beside a known one in one quote: a short phrase of Chinese characters.
_LISTED_NAME = re.compile(r"[\u4e00-\u9fa5]{3,8}")


# A figure and one word naming kinds counted (“两公”律师, “两院”院士: the two academies' members), and the people
# such a count names.
_COUNTED_KIND = re.compile(r"[一二三四五六七八九十两][\u4e00-\u9fa5]")
_PEOPLE_AFTER = ("律师", "人员", "干部", "人士", "人才", "代表", "委员", "群体", "对象", "院士")
# Kinds of people, each counted by its own figure, written as the quote (两代表一委员, 两代表、一委员).
_PEOPLE_COUNTED = re.compile(r"(?:[一二三四五六七八九十两](?:" + "|".join(_PEOPLE_AFTER) + r")、?){2,4}")
# ... and kinds of enterprises or units (“四上”企业, “两新”组织, “三停”单位): a category, no programme.
_BODIES_AFTER = ("企业", "单位", "组织")
# Two bodies working together named by a character of each (“府院联动”, “府检联动”, “诉调联动”): a mechanism.
# (a manner of working together, “上下联动”, “部门联动”, stays out)
_PAIRED_BODIES = re.compile(r"(?![上下内外左右前后])[\u4e00-\u9fa5](?!下|外|右|后)[\u4e00-\u9fa5](?<!部门|多方|区域|条块|横向|纵向|协同|社会|联合|多元|全面|部际)联动")
# Counted by 双 and a numeral (“双十条”, “双百”行动): a counted name, as one opening with a numeral is.
_PAIR_COUNTED = re.compile(r"双[一二三四五六七八九十百千\d]+[\u4e00-\u9fa5]{0,3}")
# A package of measures counted by its articles, its field first (“稳外贸18条”, “助企纾困十条”): a counted name, as one
# opening with its figure is. (An article of a law, 第36条, is no package.)
_ARTICLES_COUNTED = re.compile(r"[\u4e00-\u9fa5]{2,8}(?<![第一二三四五六七八九十])(?:\d{1,3}|[一二三四五六七八九十]{1,3})条")
# Two subjects of one duty (“双责任主体”, “双主体责任”): a mechanism by its shape, as “双组长” is.
_PAIRED_DUTY = re.compile(r"双(?:责任主体|主体责任|责任人|责任制)")
# What an item of an authority's powers ends with (“政府投资项目初步设计审批”事项): a matter, with 事项 after it.
# (“属地管理”事项: the matters a place is answerable for, listed with their duties; the same, no programme run)
_POWER_ITEM_END = ("审批", "许可", "备案", "登记", "核准", "审核", "确认", "征收", "给付", "裁决", "处罚", "管理")


# A place's calling card (“千年古城”这张靓丽的名片, “…”城市名片): a label of the place.
_CARD_AFTER = re.compile(r"^[这那]?[张个]?[\u4e00-\u9fa5]{0,6}?名片")
# A venue (“院坝课堂+流动宣讲”双普法阵地, “法治长廊”宣传阵地): a place, whatever its shape.
# (or a service point so named, “某某”驿站: a place people are served at, as round 170's “万家法律驿站” is)
_VENUE_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,4}(?:阵地|驿站)")
# A product named by its place (开展“某地石榴”等地理标志保护专项活动, “某某大米”地理标志商标): the thing a campaign
# protects, no programme, whatever campaign word comes after.
_PRODUCT_AFTER = re.compile(r"^等?(?:[\u4e00-\u9fa5]{0,2}地理标志|农产品地理标志)")
# An app, however its name is shaped (推广“渝法督”应用, 推动“…”与“执法+监督”应用贯通): a tool, not a programme.
# (“综合查一次”应用场景: the uses of a programme, which stays one.)
_APP_AFTER = re.compile(r"^应用(?:[^\u4e00-\u9fa5]|$|贯通|上线|开发|对接|端)")
# Tools made, named in a list (研发“某码一屏”、某某应用等数字防疫工具, “某某”工具箱): things built, not a programme.
# A virtual helper or robot that serves (引入“某某”小助手虚拟窗口服务, “某某”智能机器人, “某某”数字人): a tool,
# not a programme, whatever service it gives after.
_HELPER_AFTER = re.compile(r"^(?:智能|AI|虚拟)?(?:小助手|助手|机器人|数字人)")
_TOOL_AFTER = re.compile(r"^(?:、[^,。;“”\n]{0,16}?)?等?[\u4e00-\u9fa5]{0,6}工具")
# A group or body named by its field (“法治建设”工作领导小组, “扫黑除恶”专项斗争领导小组): a body, not a programme.
# (not across a way of working the quote names: “7+N”模式配备网格工作小组 is the 模式, its groups after it)
# (市营商环境“1+9”监督服务办公室: an office named with its code, the code part of the body's name)
_GROUP_AFTER = re.compile(r"^(?:(?!模式|机制|制度)[\u4e00-\u9fa5]){0,6}?(?:领导小组|工作小组|专班|委员会|办公室)")


# Single characters listed with enumeration commas (亚、残; 大、中、小): abbreviations of several words.
_SINGLE_CHARACTERS_LISTED = re.compile(r"[\u4e00-\u9fa5](?:、[\u4e00-\u9fa5])+")

# Two heads of one body, its party and government leaders (由书记、县长任“双组长”, “双主任”): a way of leading, a mechanism
# by its shape, as “双组长”负责制 is before its 负责制.
_JOINT_HEADS = re.compile(r"双(?:组长|主任|召集人|总指挥|指挥长|负责人)")

# A set of plans a quoted figure counts (“1+3”法治某县建设规划体系: one index and three plans): documents, no programme,
# as “一规划两纲要” is.
_PLAN_SET_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,10}?规划体系")

# An app named by what one phone does (推行“一部手机办事通”, “一部手机游某省”): a medium, no programme.
_ONE_PHONE = "一部手机"


# A platform quoted whole, its 平台 inside the quote (“某省法律明白人平台”); not a counted part (八平台).
_PLATFORM_QUOTED = re.compile(r"[\u4e00-\u9fa5]{2,}(?<![一二三四五六七八九十两\d])平台")
# The roles a place is given after a quote (“…”双重定位, “…”功能定位, “…”定位).
_GIVEN_ROLE_AFTER = re.compile(r"^(?:双重|战略|功能|发展|目标)?定位")
# A body's make-up after a quote (“1+8”内设架构, “1+5”内设机构, “一办四组”组织架构).
_LAYOUT_AFTER = re.compile(r"^(?:内设|组织)(?:架构|机构)")
# The slot a subject is put into after a quote (“三会一课”学习内容, “三会一课”的重要内容).
_CONTENT_SLOT_AFTER = re.compile(r"^的?(?:重要|学习)内容")
# A studio quoted whole, its kind of studio inside the quote (建立以个人命名的调解室——“某某调解工作室”, 成立“某某法治
# 工作室”), set up by the clause's verb: the studio's name, as a quoted name before 工作室 is (成立“某某”法治工作室).
_STUDIO_QUOTED = re.compile(r"[\u4e00-\u9fa5]{2,}(?:法治|调解|普法|法律服务)工作室")
_STUDIO_SET_UP_BEFORE = re.compile(r"(?:成立|建立|设立|组建|挂牌|开设)[^,，。;；“”!！?？]{0,12}$")
# A kind of case after a quote (…讨薪援助案件, …纠纷案件): the case handled, no programme.
# (not a way cases are handled, named by what is done to them and the mode or mechanism it is: “两审三论”案件监督
# 模式, “…”案件审核机制 — a programme of handling cases, as the same name with no 案件 is)
# The form a class of policy measures takes, after its quoted name (“一事一议”等形式的具体政策措施; round 260).
_POLICY_FORM_AFTER = re.compile(r"等?形式的?(?:具体)?(?:政策措施|政策性?文件|政策|措施|文件)")
_CASE_AFTER = re.compile(r"^[\u4e00-\u9fa5]{0,8}?案件(?![\u4e00-\u9fa5]{0,4}(?:模式|机制|制度|体系))")


# A first lesson or a first button by its ordinal (第一课, 第一粒扣子): see is_initiative. (“第一议题”, the agenda item
# of a study system, has rules of its own.)
_ORDINAL_FIRST = re.compile(r"第一(?:课|堂课|粒扣子)")

# Days of the week listed in their order after 每周 (每周“二四”集中学习, 每周“一三五”): the days a routine keeps, no
# programme (round 220).
_WEEKDAYS_LISTED = re.compile(r"[一二三四五六日](?:、?[一二三四五六日]){1,4}")
_WEEKDAY_ORDER = "一二三四五六日"
_EVERY_WEEK = ("每周", "每星期", "每个星期", "每逢周")


def _weekdays(phrase: str, before: str) -> bool:
    """Whether a quote right after 每周 lists days of the week in their order (每周“二四”).

    >>> _weekdays("二四", "以每周"), _weekdays("四二", "以每周"), _weekdays("二四", "坚持")
    (True, False, False)
    """
    if not before.endswith(_EVERY_WEEK) or not _WEEKDAYS_LISTED.fullmatch(phrase):
        return False
    days = [_WEEKDAY_ORDER.index(c) for c in phrase if c != "、"]
    return all(a < b for a, b in zip(days, days[1:]))


# A leader's instructions or speech whose words are quoted (“五个重要”指示精神, “三个着力”重要要求).
_INSTRUCTION_AFTER = re.compile(r"^(?:重要)?(?:指示|讲话|指示批示)(?:精神|要求)|^重要(?:指示|讲话|要求)")
# Quoted topics listed before the study session that takes them (“…”“…”等党工委中心组集体专题学习).
# (not the forum the study is held through, 通过…、“周一开讲”等开展专题学习: a verb between makes it the means)
_STUDY_TOPICS_AFTER = re.compile(r"^(?:[、和及]?[“\"][^“”\"\n]{1,30}[”\"])*[、和及]?等?"
                                 r"(?:(?!开展|组织|进行|举办|召开)[\u4e00-\u9fa5]){0,12}?专题学习")
# What a follow-up campaign (“回头看”) follows: an inspection, a tour, a rectification, a clean-up (证明事项清理“回头看”,
# round 250).
_FOLLOWED_UP = ("督察", "督查", "巡视", "巡察", "检查", "整改", "评估", "清理")


def is_initiative(phrase: str, after: str = "", before: str = "") -> bool:
    """Whether a quoted phrase names a programme, given the text right after (and before) it.

    >>> is_initiative("四张清单", "制度"), is_initiative("有矛盾,先调解", "成了"), is_initiative("六最", "营商环境")
    (True, False, True)
    >>> is_initiative("合法、适当、协调", "的原则"), is_initiative("12333", "劳动保障投诉举报电话")
    (False, False)
    """
    if _QUALITIES_LISTED.fullmatch(phrase.strip()) and set(phrase.strip().split("、")) <= _QUALITIES:
        # qualities a service is to have, listed (“便民、高效、规范”的服务体系, “公正、高效、便民”): a motto, no programme
        # (round 232)
        return False
    if _COUNTED_PERSONS.fullmatch(phrase.strip()) and (before.rstrip().endswith("、") or after.startswith(("、", "等"))):
        return False  # people counted in a list of people (人民调解员、“两人”等): a group of persons, no programme
    if before.endswith(("颁布实施", "颁布施行", "颁布")):
        # what a law promulgated is to win (立法过程“汇民意、聚民智”,颁布实施“得民心”): laws are promulgated,
        # programmes are not, so a quote right after the word is a slogan, no programme
        return False
    if _INSTRUCTION_AFTER.match(after):
        # the words of a leader's instructions (习近平总书记“五个重要”指示精神): what was said, no programme
        return False
    if _STUDY_TOPICS_AFTER.match(after):
        # the topics a study session takes, listed before it (开展“…法治保障”“…”等中心组集体专题学习): themes, no
        # programme
        return False
    if phrase.strip() == "回头看" and before.endswith(_FOLLOWED_UP):
        return True  # an inspection's follow-up (中央法治政府建设督察“回头看”), as 整改和“回头看”工作 is
    if _REGION_AFTER.match(after):
        # a region of cities named by their short names (推行“襄十随神”城市群政务服务“跨市通办”, 融入“武鄂黄黄”都市圈):
        # a place, as a quoted 城市圈 is (_NOT_A_PROGRAMME), whatever its service words after
        return False
    if after.startswith("时期"):
        # a period named by its plan's count (“四五”时期, “十二五”时期): a span of years, no programme
        return False
    if after.startswith("文件") and phrase.strip() not in _lexicon()[1]:
        # documents described by what they do (清理涉及“烦企扰民”文件等): a class of documents, no programme
        return False
    if "形式" in after[:4] and _POLICY_FORM_AFTER.match(after) and phrase.strip() not in _lexicon()[1]:
        # the form a policy measure takes (以及“一事一议”等形式的具体政策措施): a class of measures, as a class of
        # documents is, no programme (round 260)
        return False
    if ("+" in phrase or "＋" in phrase) and after.startswith(("的形式", "的方式", "形式", "方式")) and before.endswith(
            ("以", "用", "采取", "通过")) and phrase.strip() not in _lexicon()[1]:
        # the way a meeting or an activity is held, its parts joined by + (会议采用“述法+提问+点评+测评”的方式进行,
        # 以“互动游戏+漫画图解”的形式开展): a manner, as “现场述法+书面述法” is (round fifty), no programme (round 267)
        return False
    if "案" in after[:10] and _CASE_AFTER.match(after) and not before.endswith("适用"):
        # a case described by how it was handled (办理全省首例“跨地协作、全省通办”讨薪援助案件): a case, no programme;
        # the scheme cases are counted under (适用“一基准四清单”案件181.3万件) is the scheme, applied
        return False
    if phrase.strip() == "第一议题" and after.startswith(("方式", "形式")):
        # the agenda item listed with other means and then what they all are (通过党组会“第一议题”、党组理论中心组学习、
        # 党支部“三会一课”等方式): a means of study, no 制度 named (round 95: only “第一议题”制度 is one)
        return False
    if _weekdays(phrase.strip(), before):
        return False  # the days of the week a routine keeps (以每周“二四”集中学习为抓手): a schedule, no programme
    if _ORDINAL_FIRST.fullmatch(phrase.strip()) and not after.startswith(("制", "学习制度", "活动", "主题活动")):
        # a first lesson or button by its ordinal (执法规范“第一课”培训, 系好“第一粒扣子”): a lesson or a metaphor, no
        # programme; a campaign named with it (“开学第一课”活动) is no bare ordinal and stays one, and so does the
        # ordinal named as an activity itself (开展扣好…“第一粒扣子”活动)
        return False
    if _SINGLE_CHARACTERS_LISTED.fullmatch(phrase.strip()):
        # single characters listed (开展“亚、残”运安保, “大、中”型企业): pieces of words run on past the quote, no name
        return False
    if phrase.strip().endswith(("先进集体", "先进个人", "先进单位", "先进工作者", "式标兵")):
        # an honour's roll (开展“某省…工作先进集体和先进个人”表彰): those honoured, no programme
        # (“某某式标兵”评选: a model named after a person, an honour to those chosen, no programme run)
        return False
    if _MEETING_QUOTED.fullmatch(phrase.strip()):
        # one meeting quoted whole (开展“某某思想专题报告会”): an event, no programme (a campaign of many, counted,
        # 百名法学家百场报告会, stays)
        return False
    if _STUDIO_QUOTED.fullmatch(phrase.strip()) and _STUDIO_SET_UP_BEFORE.search(before):
        return not _index_or_honour(after, before)
    if _PLATFORM_QUOTED.fullmatch(phrase.strip()):
        # a platform quoted whole, its 平台 inside the quote (开展“某省法律明白人平台”培训): a medium, as a quoted name
        # before 平台 is; a counted part (“一中心、八平台”) stays read by its shape
        return False
    if after.startswith("字样"):
        return False  # words printed on a thing (印有“某省人民政府监制”字样): an inscription, no programme
    if _GIVEN_ROLE_AFTER.match(after):
        # the roles a place is given (立足某岛“国家旅游度假区”和“两岸融合发展示范区”双重定位): what it is to be, no
        # programme run
        return False
    if _LAYOUT_AFTER.match(after):
        # a body's make-up counted (“1+8”内设架构, “1+5”内设机构): its offices, no programme
        return False
    if "+" in phrase and after.startswith(("巡查", "巡逻")) and not phrase.strip().startswith("互联网"):
        # the way a patrol is made (每日开展“人工+无人机”巡查): a manner, as “书面+现场”述法方式 is
        return False
    if phrase.strip() == "三会一课" and _CONTENT_SLOT_AFTER.match(after) and "纳入" in before[-12:]:
        # a meeting system as the slot a subject is put into (纳入支部“三会一课”学习内容): not named as a 制度 (round
        # 100's 铁东: “三会一课”的重要内容), no programme run
        return False
    if after.startswith(("研究与实践", "研究和实践", "课题研究", "研究课题")):
        # a topic researched and tried out (实施“突出某某融入思政课程”研究与实践): a study's theme, no programme
        return False
    if after.startswith(("专题学法", "专题学习")):
        return False  # a study session's theme (开展“在法治轨道上推进…”专题学法): a topic, no programme
    if after.startswith(("专栏", "栏目", "节目")):
        # a medium's column (入选“…看某省”专栏的改革创新案例): a column, whatever programme word comes after it
        return False
    if _HONOUR_CLASS_AFTER.match(after):
        # the category of an award (获评…“政策人文环境”类深化改革先进集体, “优秀案例”类一等奖): a class of the
        # honour, no programme
        return False
    if after.startswith(("排名", "排行", "榜单")):
        return False  # a ranking (县域经济“百强”排名第69位): a place's standing, no programme
    if "名片" in after[:12] and _CARD_AFTER.match(after):
        return False  # a place's calling card (把“某某之都”这张名片擦亮, “…”城市名片): its label, no programme
    if _NATIONAL_AIM.fullmatch(phrase.strip()):
        # the nation's aim of the rule of law quoted (将“推进法治中国建设”纳入…重要内容, 对“全面推进依法治国”作出部署):
        # a goal, as with 工作目标 after it, no programme run
        return False
    if _GENERIC_WORK.fullmatch(phrase.strip()):
        # a kind of work named by its bare words (开展“法制宣传”系列宣传活动, “普法宣传”): the work, no named programme
        return False
    if (after.startswith("要求") and _DOC_BEFORE.search(before) and phrase.strip() not in _lexicon()[1]
            and not _WHO_TEACHES_LAW.fullmatch(phrase.strip())):
        # words a cited document asks for, quoted (落实《纲要》中“强化法治教育培训”要求): its requirement, no programme
        return False
    if _MANNERS_JOINED.fullmatch(phrase.strip()):
        # manners of a thing joined (构建“常态化+专题化”学习体系): how it is done, no programme run
        return False
    if (before.endswith(_SHUNNED_BEFORE) or _SHUNNED_LIST_BEFORE.search(before)
            or before.endswith(("”", "”、")) and _SHUNNED_QUOTES_BEFORE.search(before)):
        return False  # a practice shunned (不搞“一言堂”, 杜绝“走过场”): what is avoided, no programme run
    if (before.endswith("从") and _FROM_TO_AFTER.match(after)
            or before.endswith(_TOWARDS) and _FROM_BEFORE.search(before)):
        # the two ends of a change a heading or a sentence describes (从“一家主抓”走向“协同联动”, 从“单打独斗”向“集团作战”
        # 的转变): the way left and the way reached, no programme run (round 266, 城阳); a known name at either end
        # stays one, found by the lexicon (从“最多跑一次”走向…)
        return False
    if phrase.strip().endswith("之家") and not after.startswith(("创建", "建设")):
        # a home for a group to meet in (社区“青年之家”活动, “职工之家”): a venue, as a platform is, no programme run
        return False
    if _ONE_TO_ONE.fullmatch(phrase.strip()):
        return False  # a manner of serving (享受“一对一”专员服务, “点对点”指导, “面对面”): how it is done, no programme
    if _RATES.fullmatch(phrase.strip()):
        return False  # rates counted (依法行政“四率”): measures of results, not a programme
    if _COUNTED_KIND.fullmatch(phrase.strip()) and after.startswith(_PEOPLE_AFTER + _BODIES_AFTER):
        # kinds of people counted by a figure and a word (“两公”律师: 公职律师 and 公司律师, “两代表”人士):
        # a category of people, as “三类人员” is, not a programme
        return False
    if _PEOPLE_COUNTED.fullmatch(phrase.strip()):
        # kinds of people counted, each with its figure (“两代表一委员”, “两代表、一委员”): those reached or asked,
        # a category of people as “两代表”人士 is, no programme
        return False
    if _COUNTED_THINGS.fullmatch(phrase.strip()) and _RATE_AFTER.match(after):
        return False  # things counted whose rate is measured (“三书”按期办复率, “两书”回复率): a measure, no programme
    if _DOTTED_CAMPAIGN.fullmatch(phrase.strip()) and _LECTURE_AFTER.match(after):
        return True  # a lecture campaign named in two parts (“举旗帜·送理论”基层理论宣讲): a campaign run
    if _WHO_TEACHES_LAW.fullmatch(phrase.strip()):
        return True  # a part of the 普法 responsibility system, like the lexicon's 谁执法谁普法
    if phrase.strip().startswith(_ONE_PHONE):
        return False
    if _JOINT_HEADS.fullmatch(phrase.strip()):
        return not _index_or_honour(after, before)
    if before.endswith("实现") and _COUNTED_OUTCOME.match(phrase.strip()):
        # outcomes counted, to be reached (奋力实现“两个更好”, 实现“四个显著”目标): a goal, no programme run
        return False
    shape = _shape(phrase.strip())
    if shape is None and _SPACED_CLAUSES.search(phrase) and _BRAND_AFTER.match(after):
        # A brand of two phrases set apart by a space (“法润墨和 与光同行”机关党建品牌), as a motto's are; a
        # themed campaign so named (“守护初心 共建法治”主题实践活动) the same.
        shape = _shape(_SPACES.sub("", phrase.strip()))
    elif shape is None and _SPACED_CLAUSES.search(phrase) and _WAY_OF_WORKING_AFTER.match(after):
        # Two four-character phrases set apart by a space before the way of working they name (“信息共享 综合研判”
        # 工作模式): the phrases listed, as with 、 (“信息共享、综合研判”工作模式); a slogan's halves stay out.
        shape = _shape(_SPACES.sub("、", phrase.strip()))
    elif shape is None and _COMMA_CLAUSES.fullmatch(phrase.strip()) and _WAY_OF_WORKING_AFTER.match(after):
        # The same with a comma between them (建立“下乘上势,上借下力”机制): the two phrases the mechanism is named by,
        # as with a space; a slogan's two clauses with no 机制 or 模式 after them stay out (round 263).
        shape = _shape(_COMMA.sub("、", phrase.strip()))
    if shape is None:
        return phrase.strip() in _lexicon()[1]  # (枫桥经验: a place's way the lexicon names)
    plus, named_by_shape = shape
    if _VENUE_AFTER.match(after) or _GROUP_AFTER.match(after) or _APP_AFTER.match(after) or _PRODUCT_AFTER.match(after) or (
            "工具" in after[:28] and _TOOL_AFTER.match(after)):
        return False
    if plus and after.startswith("目标"):
        return False  # goals counted by their figures (“1+1+4+3+N”目标任务体系)
    if "规划体系" in after[:14] and _PLAN_SET_AFTER.match(after):
        return False
    if after.startswith(_SAID_AFTER) or after[:1] == "等" and after[1:].startswith(_SAID_AFTER):
        # a leader's requirements (“4+1”重要要求), tasks set (“四个走在前”重大任务), the last of a list of them
        # (“四个加快”、“六个扎实”、“三个扎扎实实”等重要指示批示)
        return False
    if after.startswith(("要求", "标准")) and before.endswith(("达到", "达")) and not before.endswith("传达"):
        return False  # a mark reached (连续12个月达“三百”要求, 达到“五个100%”标准): a level attained, no programme
    if after.startswith("标准") and phrase.strip()[:1] in "一二两三四五六七八九十" and _STANDARD_HELD_TO.search(before):
        # a standard work is held to, named by its count after its parts (按照“服务零距离、…群众零投诉”“五个零”标准):
        # a level kept, no programme run
        return False
    if after.startswith("要求") and before.endswith(("提出的", "提出", "明确的", "作出的", "总书记")):
        # words quoted from what a plenum set (全会提出的“完善…法治体系”要求), or a leader's requirement named by
        # its count (践行习近平总书记“四个机关”要求)
        return False
    if plus and after.startswith(_POSITIONING_AFTER):
        return False  # what a city is to be, its parts joined (“科技+制造”城市定位): a goal, no programme run
    if plus and after.startswith(("等方式", "方式")) and _led_by_manner(before):
        return False  # a manner a check is done in, its parts joined (采取“市级抽查+交叉互评”方式), no programme run
    if (plus and all(_CHECK_PART.fullmatch(part.strip()) for part in phrase.split("+"))
            and not _CHECKS_RUN_AS_AFTER.match(after)):
        # ways of checking joined, each a kind of 查 or 督察, with no 机制 or 模式 they are run as (探索通过“法治督察+
        # 个人自查”全面盘点…): how the work is checked, a manner, as “现场述法+书面述法” is (round fifty); run as a
        # mechanism (推行“县级自查+异地互查”机制) it stays one (round 263)
        return False
    if (plus and _MODES_AFTER.match(after) and "互联网" not in phrase
            and all(len(part.strip()) >= 4 for part in phrase.split("+"))
            and _QUOTES_LISTED_BEFORE.sub("", before).endswith(("以", "通过", "采取", "采用", "利用"))):
        # the same as examples of modes it works by (利用“基层点单+街道送课”“理论学习+成果转化”等模式,开展宣讲;
        # round 203): manners of working, as “书面+现场”述法方式 is, each part a phrase of four or more; a named 模式
        # that is built (构建“…+…”双轨模式), short parts (“党建+网格”) or 互联网+ stay; the modes may be called by
        # a word of two before 模式 (通过“集中学习+个人自学”“线上平台+线下研讨”的多元模式; round 215)
        return False
    if _NUMBER_ONLY.fullmatch(phrase) and "为" in before[-12:] and _spelled_by_parts(phrase, before):
        # a name of figures its counted parts spell, quoted right before it (以“一平台、两抓手、一带动、一考核”为主体的
        # “1211”…): the scheme they make up, as “1211”…推进机制 is
        return not _index_or_honour(after, before)
    if plus and _TEAM_AFTER.match(after):
        return False  # the people a team is made of (“部门+专家学者+社会公众”…的合法性审查队伍): its makeup
    if plus and _PATTERN_AFTER.match(after):
        # a pattern of work to be formed, its parts joined (构建…的“小联合+大联合”拼团执法检查新格局): a goal, as
        # “一盘棋”格局 is (round thirteen; round 266, 龙华)
        return False
    if plus and _LOOP_AFTER.match(after):
        return False  # the parts a loop is built of (构建“制度+细则+流程”的监管闭环): a structure, no programme run
    if plus and after.startswith(("相结合", "相融合", "一体推进", "一体化推进", "融合推进", "同步推进")):
        # parts of a way of working joined (依托“培训课堂+实践课堂”相结合的形式): a manner, as below; and pairs
        # pushed forward as one (实行“线上+线下”“前端+末端”“数据+分析”一体推进; round 259), manners as “线上+线下” is
        return False
    if (_COMMITTEE_ACTIONS.fullmatch(phrase.strip()) and before.endswith("委")
            and after.startswith(("工作要求", "要求", "工作安排", "安排"))):
        # a committee's counted campaigns it asks for (区委“九大行动”工作要求; round 203), as its numbered programme
        # deployed is (省委“1310”具体部署, recorded in round sixty-five with “九大行动” among them)
        return not _index_or_honour(after, before)
    if plus or after.startswith(_DEPLOYED_AFTER) or (_NUMBER_ONLY.fullmatch(phrase) and (
            _NUMBERED_MECHANISM.match(after) or after.startswith(_FIGURES_DEPLOYED_AFTER))):
        # (a mechanism named by its figures: “1211”法治政府建设推进机制)
        # (a deployment named by its figures, its requirements carried out: 落实自治区法治政府建设“15336”部署要求, as
        # 省委“1310”具体部署 is; round 220)
        return not _index_or_honour(after, before)
    if _COUNTED_POINTS.fullmatch(phrase.strip()):
        return not _index_or_honour(after, before)
    if after.startswith(("收官战", "收官之年")) and _CAMPAIGN_END.search(phrase):
        return not _index_or_honour(after, before)  # a campaign's last stage (打好“…三年行动”收官战)
    if before.endswith(("美丽", "幸福")) and len(phrase.strip()) <= 3:
        return False  # a place by its nickname in its motto (美丽“某城”建设, 幸福“某州”): a goal, no programme
    if after.startswith("提供") and _SERVED_GOAL_BEFORE.search(before):
        return False  # a goal the law is to serve (为建设“四城新区”提供法治保障): what the place is to be, no programme
    if _SERVICE_FORMS.fullmatch(phrase.strip()) and not _OTHER_AFTER.match(after):
        return True  # (落实“网上办、就近办、一次办”等工作要求: the service reform carried out, whatever is said of it)
    if after.startswith(_GOAL_AFTER) or before.endswith(_GOAL_BEFORE) or (
            _PATTERN_AFTER.match(after) and not _SERVICE_REFORM_END.search(phrase.strip())):
        # (a service reform named by its end, 线上“一网通办”、线下“一窗通办”政务服务格局, is what the pattern is
        # built of: the reform run, as 一网通办 is beside it)
        return False
    if _TARGET_BEFORE.search(before) or _TOPIC_AFTER.match(after):
        return False
    if _VICES.fullmatch(phrase.strip()):
        return False  # the vices a campaign strikes at (“黄赌毒”专项治理, “盗抢骗”): its target, no programme
    if _STUDY_WAY.fullmatch(phrase.strip()):
        # a way of studying in one or two characters, then 学 (组织开展“深学”, 发挥示范“领学”, “集中学”): a manner,
        # whatever comes after it or before it, no programme; a counted one (“四级联学”) stays read by its shape
        return False
    if phrase.strip().endswith("学") and _STUDY_WAY_AFTER.match(after) and not _COUNTED_STUDY.search(phrase):
        # a way of studying in a study mechanism (“带头学”、“常态学”学习机制): a manner, no programme; a counted one
        # (“四级联学”机制) names the mechanism
        return False
    if after.startswith("事项") and phrase.endswith(_POWER_ITEM_END):
        # one item of an authority's powers quoted (将“…初步设计审批”事项下放, “…登记”事项): a matter handled,
        # moved or listed, no programme run
        return False
    if after.startswith("立法"):
        return False  # a manner of making laws (开展“小切口”立法, “小快灵”立法), no programme run
    if after.startswith("发展战略") and _NUMBER_ONLY.fullmatch(phrase.strip()):
        return not _index_or_honour(after, before)  # a strategy named by its figures (“2468”发展战略), as “123”战略 is
    if after.startswith(("战略", "主题年")) and not after.startswith("战略工程") and not phrase[:1].isdigit():
        return False  # a place's strategy (“工小美”战略) or a year's theme (“强基固本”主题年) is no programme
    if after.startswith(("建设", "体系")) and _GOAL_PHRASE.match(phrase):
        # (构建数字“法治山东”体系: the system a place's rule of law is built as, the same goal; round 256)
        return False
    if after.startswith("新") and _vision_of_place(after):
        return False  # a vision of a place (“强富美高”新江苏, “强富美高”新镇江), not a programme run
    if after.startswith("现代化新") and _vision_of_place(after[3:], counties=True):
        return False  # the modern new place a county builds (推进“五兴六强”现代化新衡山建设): its vision, the same
    if _CLASS_MEETING.match(after):
        return False  # a school class's meeting on a theme (“学法用法向未来”主题中队会, 主题班会): its theme (round 261)
    if after.startswith(("主题主线", "主线")):
        return False  # a place's line of work (区委提出的“一使命、一先锋、三高地”主题主线), as a 思路 is, no programme run
    if after.startswith(("工作原则", "基本原则")):
        return False  # a principle held to (坚持“依法治县”工作原则), no programme run, as one before a bare 原则 is
    if after.startswith(("工作导向", "价值导向", "导向")):
        # a direction the work keeps to (鲜明“服务人民、服务发展”工作导向), as a 原则 or a 方针 is: no programme run
        return False
    if after.startswith(("工作思路", "思路", "发展思路", "总体发展思路", "总体思路", "总体工作思路", "工作方针", "方针")):
        # (坚守“精准治污、科学治污、依法治污”工作方针: a guideline held to, as a 思路 is)
        # (全区“一二三六”发展思路: a place's line of development, the same; 围绕某区“一三五”总体发展思路, its
        # 总体 before it, the same)
        return False  # a line of thinking (“123”工作思路: 一年…、二年…、三年…), not a programme run
    if after.startswith("建设") and _COUNTED_AREAS.fullmatch(phrase.strip()):
        return False
    if phrase.endswith("办") and before.endswith(("与", "会同", "由", "和")) and after.startswith(
            ("共同", "联合", "牵头", "负责", "配合", "开展")):
        return False  # an office by its short name, working with another (与“工改办”共同监测): a body
    if _TARGETS.fullmatch(phrase.strip()) and not (_PROGRAMME_AFTER.match(after) or _PROGRAMME_NEAR.match(after)):
        return False
    if after.startswith(("相结合", "相融合")):
        # ways of working joined (建立“常态化学习与专题化提升”相结合机制, “现场述法+书面述法”相结合): a manner,
        # no programme run, whatever the joined thing is called after it
        return False
    if after.startswith(("等方式", "方式")) and _led_by_manner(before):
        return False  # a manner things are done in (以“现场办公”“调查研究”等方式宣讲), no programme run
    if _DAY_BY_NUMERALS.fullmatch(phrase.strip()):
        return False  # a day named by its month and day in words (“六五环境日”, June 5th): a day, as “12·4” is
    dated = _DATE_QUOTED.match(phrase.strip())
    if dated is not None and dated.end() < len(phrase.strip()):
        # a day by its date with its name inside the quote (“12·4国家宪法日暨宪法宣传周”, “6.26国际禁毒日”): a day,
        # as with its name after the quote (a campaign day, “12.4法制宣传日”, stays one)
        named = _DAY_AFTER.match(phrase.strip()[dated.end() :])
        if named is not None and not named.group().endswith(("宣传日", "活动日", "服务日", "开放日")):
            return False
    day = _DAY_AFTER.match(after) if _DATE_QUOTED.fullmatch(phrase.strip()) else None
    if day is not None and not day.group().endswith(("宣传日", "活动日", "服务日", "开放日")):
        # a day by its date (开展“12·4”国家宪法日…活动, “4·15”全民国家安全教育日): a day, no programme
        # (a campaign day, “12.4”法制宣传日, stays one, as its shape says)
        return False
    if after.startswith("反映窗"):
        # a window set up for what its programme names (设立“办不成事”反映窗口): the programme run
        return True
    if _EVENT_AFTER.match(after) or _CONTEST_AFTER.match(after):
        return False
    if _HELPER_AFTER.match(after):
        return False
    if _ROLE_AFTER.match(after):
        return False  # a role played as an example (发挥“头雁”示范表率作用, “排头兵”示范带动作用): a figure, no programme
    if after.startswith("的") and _REFORM_GOAL_AFTER.match(after):
        # what a reform is to reach, quoted before its goal (实现了“一级政府只保留一个复议机关”“一个窗口对外”的改革核心
        # 目标): a goal, as before a bare 的目标, though the reform's word stands between (round 243)
        return False
    if _PROBLEM_AFTER.match(after):
        # a state of things named (“停车难、乱停车”现象开展专项整治): what a campaign strikes at, whatever campaign
        # word follows it, no programme
        return False
    if _STEPS.fullmatch(phrase.strip()) and _WHOLE_PROCESS_AFTER.match(after):
        # the steps of a process in their order (“起草—审查—备案—清理”全流程管理机制): the mechanism that runs them,
        # its process word between the quote and 机制
        return not _index_or_honour(after, before)
    if _PROGRAMME_AFTER.match(after) or _PROGRAMME_NEAR.match(after) or (
            (before.endswith((*_CAMPAIGN_BEFORE, _BRAND_BEFORE)) or _CAMPAIGN_COUNTED.search(before))
            and not phrase.endswith("式") and not after.startswith("式")):
        return not _index_or_honour(after, before)
    if named_by_shape and after.startswith("的工作布局"):
        return True  # a numbered structure of work (“一个统抓、五大职能”的工作布局), as it is without 的
    if _STRUCTURE_OF_WORK_AFTER.match(after) and _counted_parts(phrase):
        # counted parts listed, then the mechanism they make up (优化“一平台、两抓手、一带动、一考核”的工作推进机制):
        # a numbered structure of work, as “一个统抓、五大职能”的工作布局 is, however many its parts
        return not _index_or_honour(after, before)
    if _STUDY_FORUM.fullmatch(phrase.strip()) and _STUDY_FORUM_USE_AFTER.match(after):
        # a study forum's brand, its lectures run under it (举办“浙中论坛”报告会专题辅导): a programme, as a named
        # 讲坛 is (round 52's “红船论坛”); a forum the quote names the theme of (“法治与发展”论坛) stays an event
        return True
    if named_by_shape and _CAMPAIGN_END.search(phrase) and _DIRECTIVE_OF.match(after):
        # a campaign named with its word, then what is said of it (落实“一号改革工程”的部署要求, “…三年行动”的
        # 工作安排): the campaign's name, its 的 no sign of a principle
        return not _index_or_honour(after, before)
    if _TITLE_SUBJECT_AFTER.match(after) and "《" in before and "》" not in before[before.rfind("《") :]:
        # a name a titled document is made about (《…实现行政诉讼“双下降”的实施意见》, 《…“双下降”十条意见》): the
        # programme the title carries out, its 的 no sign of a principle (out of 《》, 制定“提质增效”的实施方案 stays out)
        return not _index_or_honour(after, before)
    if named_by_shape and after.startswith("平台") and _PAIRED_COUNT.match(phrase):
        # a mechanism of paired counts the platform runs (通过“两述两考”平台述法, “四述四评”平台): the mechanism,
        # as it is before 机制; another quoted name before 平台 (“九龙发布”平台) stays a medium
        return not _index_or_honour(after, before)
    if named_by_shape and _CAMPAIGN_YEAR_AFTER.match(after):
        # the year a numbered campaign is in (加快推进“十大战役”的关键之年): the campaign, its 的 no sign of a principle
        return not _index_or_honour(after, before)
    if named_by_shape and after.startswith("的基础上"):
        # a reform named by its shape that the next is built on (在“多图联审”的基础上推广…, 在“35证合一”的基础上):
        # the reform, its 的 no sign of a principle
        return not _index_or_honour(after, before)
    if named_by_shape and before.endswith(("未经", "未按", "未履行", "经过")) and _DOCUMENTS_AFTER.match(after):
        # the counted procedure documents are to pass (未经“三统一”的规范性文件不得作为行政管理的依据): the mechanism,
        # its 的 no sign of a principle
        return not _index_or_honour(after, before)
    if _OTHER_AFTER.match(after):
        return False
    # A short name a text gives its own words ((以下简称“两依”)) is no programme by its shape alone.
    return named_by_shape and not _index_or_honour(after, before) and not before.endswith("简称")


def _vision_of_place(after: str, counties: bool = False) -> bool:
    """Whether the words after a quote open with 新 and a province's or city's name (新江苏, 新盐城), or, with
    ``counties``, a county's short name as well (新衡山)."""
    from .. import divisions

    for size in (2, 3):
        short = after[1 : 1 + size]
        if divisions.city_named(short, None) is not None:
            return True
        if counties and any(d.level == "county" for kind in ("县", "区", "市", "旗")
                            for d in divisions._candidates(short + kind, None)):
            return True
    return False


def _index_or_honour(after: str, before: str) -> bool:
    """An index (“互联网+”指数) or an honour conferred (被命名为“…示范区”) is no programme.

    A programme whose roll of cases the honour is on (获评…“一号改革工程”第二批“最佳实践案例”) is not the honour:
    the honour is the batch's name after it.
    """
    if _ROLL_AFTER.match(after) or _SYSTEM_HONOURED_AFTER.match(after):
        return after.startswith("指数")
    entered = _ENTERED_NEAR.search(before) if "入选" in before[-20:] else None
    if entered is not None and _CASES_AFTER.match(after):
        # a programme whose cases a roll takes (入选省…“一号发展工程”优秀案例), or its pilot areas (入选省“…工程”先行区):
        # the programme, not the roll
        before = before[: entered.start()]
    if before.endswith(_WON_BEFORE) and _COUNTED_TITLE_AFTER.match(after):
        return True  # a title won, counted after its quote (该区共创建“某省民主法治示范村(社区)”20余个)
    return after.startswith("指数") or before.endswith(_HONOUR_BEFORE) or _HONOUR_NEAR.search(before) is not None


# A title won, then its count (创建“…示范村”20余个, 建成“…”3家): the places holding it, an honour.
# (or held or added, counted the same: 全县共有“全国民主法治示范村”3个, 新增“省级民主法治示范村”5个)
_WON_BEFORE = ("创建", "建成", "创成", "共有", "已有", "拥有", "新增")
_COUNTED_TITLE_AFTER = re.compile(r"^(?:\d+|[一二三四五六七八九十两百]+)余?[个家]")


@functools.lru_cache(maxsize=8192)
def _shape(phrase: str) -> tuple[bool, bool] | None:
    """What a quoted phrase says by itself (cached: the same slogans recur across documents).

    None when it cannot be a name (too long, a clause, Latin letters ...); else
    whether it has a "+", and whether its shape names a programme (numbered
    parts, a programme word at its end).
    """
    if "," in phrase and _SCHEDULE_LIST.fullmatch(phrase):
        # A routine by its periods, its parts set apart by commas (“两周一督查,一月一反馈”工作机制, “每日一调度,
        # 两周一报告”): a mechanism run, as “一周一调度” and “月调度、季通报” are; no clause for its comma.
        return False, True
    # (a name's inner quotes are no characters of it: “某市以‘公物仓’规范化建设推进国有资产管理法治化” is 24 long)
    if len(phrase) < 2 or len(phrase) - phrase.count("‘") - phrase.count("’") > 24 or _CLAUSE_MARK.search(phrase) or _NOT_A_PROGRAMME.search(phrase):
        return None
    if _SPACED_CLAUSES.search(phrase):
        return None  # a slogan of two clauses set apart by a space (“法律政策进军营 共同筑牢强军梦”)
    if not _HAN_OR_DIGIT.search(phrase):
        return None
    if _FORMULA.fullmatch(phrase):
        return None  # (达到“1+1>2”效果: a sum and its result, a figure of speech; round 263)
    plus = "+" in phrase
    if plus and all(_UNIT_PART.fullmatch(part.strip()) for part in phrase.split("+")):
        return None  # bodies joined (“委机关+基层单位+执法单位”三级述法制度): the levels work is done at, no programme
    if not plus and _LATIN.search(phrase) and not _LETTER_BRAND.fullmatch(phrase):
        return None
    if _NUMBER_ONLY.fullmatch(phrase):
        return plus, False
    # A numbered name may say where it runs: “全省一张网”, “全国一张清单”.
    parts = _SCOPE.sub("", phrase).split("、")
    numbered = len(parts) <= 3 and all(_NUMBERED.match(part) or len(part) <= 2 and part[:1] in _NUMERALS
                   or _PAIR_COUNTED.fullmatch(part) for part in parts)
    # A brand and its motto joined by a middle dot (“法治讲堂·逢九必讲”): the brand's word names it.
    branded = "·" in phrase and any(_SHAPE_END.search(part) for part in phrase.split("·"))
    # A manner (打造“一站式”纠纷解决平台, “一体化”协作) is no name by its shape, numbered or not.
    # (Two counts, each with its word, “三创三化”, name a formula of parts, whatever the last word is.)
    # (Measures counted by their verb, “三个强化”, “四个深化”: what is strengthened, the 化 no manner.)
    numbered = numbered and (not phrase.endswith(("式", "化")) or _TWO_COUNTS.fullmatch(phrase) is not None
                             or _COUNTED_MEASURES.fullmatch(phrase) is not None)
    # A routine by its period and its one item (“每月一法”, “每月一题”, “每周一学”): a mechanism run, by its shape.
    periodic = _PERIODIC.fullmatch(phrase) is not None
    # A campaign of the law on tour (“法治某省行”, “宪法进万家行”, “普法乡村行”): a campaign, by its shape.
    tour = phrase[-1] == "行" and _LAW_TOUR.fullmatch(phrase) is not None
    # The law taken to places, counted with its subject (“法律六进”, “普法八进”, “宪法七进”): a campaign, by its shape,
    # as the bare count (“六进”) is.
    law_into = _LAW_INTO.fullmatch(phrase) is not None
    # A campaign of "great" acts in a row (“大学习大调研”, “大讨论大实践大学习”, “大走访、大排查”): by its shape.
    great = phrase[0] == "大" and _GREAT_ACTS.fullmatch(phrase.replace("、", "")) is not None
    # One "great" act of the rule of law, for whom it is done (“职工法治大培训”, “群众法治大培训”): a campaign, by its
    # shape, wherever it is quoted (带头在“…”授课).
    great = great or "法治大" in phrase and _LAW_GREAT_ACT.fullmatch(phrase) is not None
    paired = phrase.endswith("联动") and _PAIRED_BODIES.fullmatch(phrase) is not None
    articles = phrase[-1] == "条" and _ARTICLES_COUNTED.fullmatch(phrase) is not None
    # A practice named by its condition and what follows at once (“拿地即开工”, “免申即享”, “一证即办”, “非禁即入”):
    # a way of serving run, by its shape.
    at_once = "即" in phrase and _AT_ONCE.fullmatch(phrase) is not None
    # Approval and service paired with one manner (“秒批秒办”, “即批即办”): a service reform run, by its shape, as
    # “免申即享” is (round 220).
    at_once = at_once or "批" in phrase and _PAIRED_APPROVAL.fullmatch(phrase) is not None
    duty = phrase[:1] == "双" and _PAIRED_DUTY.fullmatch(phrase) is not None
    # Many of a kind merged or reviewed as one (“多评合一”, “多图联审”, “多规合一”, “多测合一”): a reform of approval,
    # counted by 多 as “五证合一” is by its numeral.
    merged = phrase[:1] == "多" and _MANY_AS_ONE.fullmatch(phrase) is not None
    # (a series' class bracketed after its name, “委员大讲堂(法治类)”: the name's word before the bracket names it)
    classed = phrase[-1] in ")）" and _SHAPE_END.search(_CLASS_BRACKETED.sub("", phrase)) is not None
    return plus, bool(numbered or _SHAPE_END.search(phrase) or classed or branded or periodic or tour or great or law_into
                      or paired or articles or duty or at_once or merged)


# Counted parts listed (一平台、两抓手、一带动、一考核), two to six, each a numeral and a word of one to three characters.
_COUNTED_PART = re.compile(r"[一二三四五六七八九十两\d][\u4e00-\u9fa5]{1,3}")
# The mechanism or structure such parts make up, after 的: 的工作推进机制, 的工作体系, 的运行机制, 的工作布局.
_STRUCTURE_OF_WORK_AFTER = re.compile(r"^的(?:工作)?(?:推进|运行|落实)?(?:机制|体系|布局)")
# A study forum's brand, a short name before 论坛 (浙中论坛, 红船论坛), and its lectures run under it.
_STUDY_FORUM = re.compile(r"[\u4e00-\u9fa5]{2,4}论坛")
_STUDY_FORUM_USE_AFTER = re.compile(r"^(?:报告会|讲座|专题辅导|专题学习|系列讲座)")


def _counted_parts(phrase: str) -> bool:
    """Whether a quoted phrase is a list of counted parts (“一平台、两抓手、一带动、一考核”)."""
    parts = phrase.strip().split("、")
    return 2 <= len(parts) <= 6 and all(_COUNTED_PART.fullmatch(part) for part in parts)


_CLASS_BRACKETED = re.compile(r"[(（][\u4e00-\u9fa5]{1,4}类[)）]$")
_AT_ONCE = re.compile(r"(?![立随当旋])[\u4e00-\u9fa5]{1,4}即[\u4e00-\u9fa5]{1,4}")
_PAIRED_APPROVAL = re.compile(r"((?!边)[\u4e00-\u9fa5])批\1办")


# A bracketed gloss at a name's end: 不见面审批(服务).
_GLOSS_END = re.compile(r"[(（][\u4e00-\u9fa5]{1,6}[)）]$")


def _canonical(phrase: str) -> str:
    phrase = normalize_width(phrase).strip()
    _, lexicon = _lexicon()
    return lexicon.get(phrase, phrase)


def _completed(phrase: str, after: str) -> str:
    """A quoted phrase whose name runs on past the quote (“八五”普法 is 八五普法)."""
    return _completed_by(phrase, after[:4])


@functools.lru_cache(maxsize=8192)
def _completed_by(phrase: str, after: str) -> str:
    _, lexicon = _lexicon()
    folded = normalize_width(phrase).strip()
    if folded[:1] == "谁" and ("、谁" in folded or ",谁" in folded):
        # “谁执法、谁普法”, “谁执法,谁普法”: the duty's formula, however it is punctuated
        folded = folded.replace("、", "").replace(",", "")
    for size in (1, 2, 3, 4):
        whole = folded + after[:size]
        if whole in lexicon:
            return lexicon[whole]
    return lexicon.get(folded, folded)


# (以下简称“七五”普法规划: the short name runs past the quote, and “七五” alone was not defined.)
# (以下称市局“三张清单”, 以下统称“…”: the short name declared with 称 after 以下, the namer's own words before the quote)
_DEFINED_FOR_TITLES = re.compile(r"》[(（](?:简称|以下统?简?称[\u4e00-\u9fa5]{0,4}?)[“\"]([^“”\"\n]{1,30})[”\"][)）]")
_DEFINED = re.compile(r"(?:简称|以下统?称[\u4e00-\u9fa5]{0,4}?)[“\"]([^“”\"\n]{1,30})[”\"](?![\u4e00-\u9fa5])")
# (“一中心、八平台”的“互联网+监管”体系: a name and the thing it is of, both quoted, then what that is)
_NEXT_QUOTE = re.compile(r"[、和及与的]?[“\"][^“”\"\n]{1,30}[”\"]")


# A quoted name right before this one, or a comma of a list between (“A”“B”, “A”、“B”).
# (the last of a list joined by 和, 及 or 与: “一业一证”“高效办成一件事”和“专事专议”, the same kind)
_QUOTE_JUST_BEFORE = re.compile(r"[“\"]([^“”\"\n]{1,30})[”\"][、,和及与]?$")
_QUOTE_JUST_AFTER = re.compile(r"[、,和及与]?[“\"]([^“”\"\n]{1,30})[”\"]")


def _beside_a_known_name(text: str, match: re.Match, lexicon: dict[str, str]) -> bool:
    """Whether a quoted phrase stands in a run of quotes right beside a name the lexicon knows
    (“只进一扇门”“最多跑一趟”): a name of the same kind, listed with it."""
    before = _QUOTE_JUST_BEFORE.search(text, max(0, match.start() - 34), match.start())
    if before is not None and before.group(1).strip() in lexicon:
        return True
    after = _QUOTE_JUST_AFTER.match(text, match.end())
    return after is not None and after.group(1).strip() in lexicon


# A named practice praised (“县域法治督察”被评为…“最佳实践”项目, “…”获评…): the practice is a programme,
# the roll it is put on the honour. (A case praised, “李某不服…处罚案”被评为典型案例, is a case.)
# (“…七步工作法…新模式”获得第三批全省…示范项目命名: a practice named to a batch's roll, the same.)
# (“…”入围第二批…示范创建单项项目: a practice shortlisted for a roll, as one 入选 is.)
# (“…建设模式”列入国家某部《…清单》: a practice put on a roll, as one 入选 is.)
_PRAISED_AFTER = re.compile(r"^(?:被[\u4e00-\u9fa5]{0,12}?(?:评为|评选为|推选为|确定为|列为)|获评|入选|入围"
                            # (“…”被中央依法治国办命名为“全国法治政府建设示范项目”: a practice given a project's
                            # name on a roll, as one 获得…示范项目命名 is; not a place 命名为“…示范区”)
                            r"|被[\u4e00-\u9fa5]{0,12}?命名为[“\"][^”\"\n]{0,24}?项目[”\"]"
                            # (县、县和“…”分别被命名为某省第一批法治政府建设示范地区和项目: a practice named to a
                            # roll of projects, unquoted, as one 获得…示范项目命名 is)
                            r"|(?:分别)?被[\u4e00-\u9fa5]{0,12}?命名为[\u4e00-\u9fa5]{0,30}?(?:和|示范)项目"
                            # (not one put into a plan or an agenda, 把“法治建设”列入工作计划: only a roll)
                            r"|列入[^。,，;；]{0,30}?(?:清单|名单|案例)"
                            r"|获得?第[一二三四五六七八九十\d]{1,3}批"
                            # (“…”分别获得省级法治政府建设示范地区和示范项目命名: a practice named to a roll,
                            # its batch unsaid)
                            r"|(?:分别)?获得?[\u4e00-\u9fa5]{0,16}?示范(?:地区|县|市)?和?(?:示范)?项目命名"
                            # (“…试点项目”获市法治建设创新项目一等奖: a practice winning a prize, the same)
                            r"|获[\u4e00-\u9fa5]{0,10}?(?:[一二三特]等|金奖|银奖|铜奖|优秀奖))")


# Quoted names listed before the one read, back to what leads them (采取“四不两直”和“监管人员+专家+媒体”方式: the
# second's lead is 采取, past the first's quote).
# The word for the modes a quote names, right after it (等模式, 模式, 的多元模式, 等多种模式).
_MODES_AFTER = re.compile(r"等?的?[\u4e00-\u9fa5]{0,2}?模式")
_QUOTES_LISTED_BEFORE = re.compile(r"(?:\u201c[^\u201c\u201d\n]{1,24}\u201d[\u3001和及与]?)+\Z")


def _led_by_manner(before: str) -> bool:
    """Whether 以, 通过, 采取 or 采用 leads the quote (or the quoted names listed right before it): a manner's words."""
    lead = _QUOTES_LISTED_BEFORE.sub("", before)
    return lead.endswith(("以", "通过", "采取", "采用"))


def _after_run(text: str, at: int) -> str:
    """The words after a quoted phrase, past the quoted names listed right after it:
    in “码上诚信”“信用代证”改革 both names are followed by 改革, and in “A”和“B”机制 both by 机制."""
    for _ in range(4):
        more = _NEXT_QUOTE.match(text, at)
        if more is None:
            break
        at = more.end()
    # “A”、B“C”D、“E”等制度: a list whose items carry words of their own around their quotes (基层党组织“三会一课”
    # 学习指引), within one clause, then what they all are.
    if text[at : at + 1] == "、":
        run = _LIST_RUN.match(text, at)
        if run is not None and "“" in run.group() or run is not None and '"' in run.group():
            at = run.end() - 1
        elif run is not None and _CAMPAIGN_LIST_END.match(text, run.end()):
            # (“A”、法治进园区等活动: an item of a list of campaigns, unquoted ones among them, then what they all are)
            at = run.end() - 1
    # “第一议题”“三会一课”等制度: the names listed, then what they all are.
    if text[at : at + 1] == "等":
        at += 1
    return text[at : at + 12]


# The three systems of law enforcement listed, the last of them (重大执法决定法制审核), then counted in digits.
_THREE_SYSTEMS_IN_DIGITS = re.compile(r"公示[^。;；\n]{0,30}?全过程记录[^。;；\n]{0,30}?法制审核(?:制度)?(3项制度)")
# The words a counted name opens with (三项制度, 两个责任).
_COUNT_WORDS = frozenset("一二两三四五六七八九十")


# The rest of a list within its clause, up to its 等 (no comma or stop between).
_LIST_RUN = re.compile(r"、[、\u4e00-\u9fa5“”\"]{1,40}?等")
# What a list of campaigns is, right after its 等 (等活动, 等系列活动, 等专项行动).
_CAMPAIGN_LIST_END = re.compile(r"(?:系列|专项|主题)?(?:活动|行动)")


# What a method named by its quoted label does, then 工作法 (“…”预防化解邻里纠纷工作法), within one clause.
# (not what it is a goal or a part of: 以“…”为目标的…工作法)
_METHOD_AFTER = re.compile(r"(?![为是])(?:(?!的)[\u4e00-\u9fa5]){2,15}?工作法")


# A breadcrumb line: where the page sits on its site, its steps set apart by > or /.
_BREADCRUMB = re.compile(r"[^\S\n]*(?:您当前的?位置|当前位置|您的位置|您所在的?位置|首页)[^\n]*?(?:[>»/][^\n]*){2}")


def _in_breadcrumb(text: str, at: int) -> bool:
    """Whether ``at`` is on a breadcrumb line (您当前的位置: 首页 > 专题专栏 > 放管服)."""
    line_start = text.rfind("\n", 0, at) + 1
    if not text.startswith(("您", "当前", "首页", " ", "\u3000"), line_start):
        return False
    return _BREADCRUMB.match(text, line_start) is not None


# A name quoted right before the platform, app or mini-program it names (“渝快办”平台, “随申办”APP).
_QUOTED_MEDIUM = re.compile(r"“([^“”]{2,12})”(?:平台|APP|小程序)")


# The model-village drive unquoted, 创建 or 建设 after it; no level, roll or quote mark before it.
_MODEL_VILLAGE_DRIVE = re.compile(r"(?<![“\"级国省批])(民主法治示范村(?:[(（]社区[)）])?)(?=创建|建设)(?!建设指导标准)")
# The honour roll right after a quote (“…”表现突出单位, “…”工作先进集体): the quote is the honour's name.
_HONOUR_ROLL_AFTER = re.compile(r"(?:工作)?(?:表现突出|先进)(?:单位|集体|个人)")


def _in_honour_title(text: str, start: int, stop: int) -> bool:
    """Whether a known name at start:stop stands inside a quote that an honour roll follows."""
    opened = text.rfind("“", max(0, start - 16), start + 1)
    if opened == -1 or "”" in text[opened:start]:
        return False
    close = text.find("”", stop, stop + 16)
    return close != -1 and "“" not in text[stop:close] and _HONOUR_ROLL_AFTER.match(text, close + 1) is not None


# The kind word a quote closing a title may end in, naming the documents the title is (…“七项政策”》, …“四清单一办法”》).
_TITLE_KIND_TAIL = re.compile(QUOTED_TAIL_KINDS + "$")


def find_initiatives(doc: Document) -> list[tuple[int, int, str]]:
    """(start, end, name) of every initiative mention, in text order."""
    ctx = context_of(doc)
    text = ctx.text
    end = ctx.body_end
    found: list[tuple[int, int, str]] = []
    run_on: dict[str, str] = {}  # quoted words run on past their quote into a lexicon name (“无证明”城市)
    pattern, lexicon = _lexicon()
    titles = _cached_title_spans(ctx)
    title_starts = [a for a, _ in titles]
    quoted = None
    honours = None
    for hit in pattern.finditer(text, 0, end):
        start, stop = hit.span()
        i = bisect.bisect_right(title_starts, start) - 1
        if i >= 0 and start < titles[i][1]:
            if quoted is None:
                quoted = [m.span(1) for m in _QUOTED.finditer(text, 0, end)]
            if not any(a <= start and stop <= b for a, b in quoted):
                continue  # a word of a title (《...等三项制度》), not a mention
        if text[start - 1 : start] == "等" and hit.group()[:1] in _COUNT_WORDS:
            continue  # (实行A、B、C等三项制度: the items listed, counted, not the programme of that name)
        if _in_breadcrumb(text, start):
            continue  # a site's column the page is filed under (首页 >专题专栏 >法治政府建设 > 放管服), not a mention
        if text.startswith(("平台”", "平台\""), stop) and text[start - 1 : start] not in ("“", "\""):
            continue  # a platform's whole quoted name, the known name inside it (推行“海事一网通办平台”): a medium
        if honours is None:
            honours = "表现突出" in text or "先进" in text
        if honours and _in_honour_title(text, start, stop):
            continue  # an honour's name the known name opens (表彰为“法援惠民生 扶贫奔小康”表现突出单位): no mention
        found.append((start, stop, lexicon[hit.group()]))
    if "民主法治示范村" in text:
        # The model-village drive written unquoted, with its 创建 or 建设 after it (开展民主法治示范村(社区)创建,
        # 推进民主法治示范村(社区)建设): the programme, as its quoted name is; not the title won on a level's roll
        # (全国民主法治示范村, 省级民主法治示范村创建单位: an honour), nor one inside a quote (read there).
        for hit in _MODEL_VILLAGE_DRIVE.finditer(text, 0, end):
            found.append((hit.start(1), hit.end(1), normalize_width(hit.group(1))))
    if "3项制度" in text:
        # (行政执法公示、执法全过程记录、重大执法决定法制审核3项制度: the three systems listed, then their count in
        # digits, the programme 三项制度 as with 三项 written out)
        for hit in _THREE_SYSTEMS_IN_DIGITS.finditer(text, 0, end):
            found.append((hit.start(1), hit.end(1), "三项制度"))
        found.sort()
    from_lexicon = {(a, b) for a, b, _ in found}
    # Short names the text gives its own words ((以下简称“两依”)), wherever they recur.
    defined = set(_DEFINED.findall(text, 0, end)) if "简称" in text or "以下称" in text or "以下统称" in text else ()
    # Short names given to the titles just cited (《A》《B》《C》(以下称市局“三张清单”)): the documents, wherever they
    # recur (按照市局“三张清单”要求), not a programme.
    titles_named = set(_DEFINED_FOR_TITLES.findall(text, 0, end)) if defined else ()
    # The rule of law in the document's own place (“法治大竹”一月一主题活动) is its goal, not a programme.
    place = ctx.division
    own_goals = {"法治" + n for n in (place.name, place.short) if n} if place is not None else ()
    own_counted = tuple(n for n in (place.name, place.short) if n) if place is not None else ()
    # (a name a page quotes with mismatched marks, 惠企政策'一窗兑现“顺利通过: read as if in “”)
    quoting = _MISMATCHED_QUOTES.sub(lambda m: "“" + m.group(1) + "”", text) if "'" in text or "‘" in text else text
    if ")”" in quoting or "）”" in quoting:
        # (a name quoted with its Latin abbreviation, “全球营运商计划 (GOP)”: the name, the quote closed before it)
        quoting = _LATIN_ABBREVIATION.sub(lambda m: "”" + " " * (len(m.group()) - 1), quoting)
    if "\n" in quoting:
        # (a name split by a line break, “四件大\n事”: read whole, the break marked)
        quoting = _WRAPPED_QUOTE.sub(lambda m: m.group(1) + _WRAP_MARK, quoting)
    quotes = list(_QUOTED.finditer(quoting, 0, end))
    if "’" in quoting:
        # (names in single quotes, read as in double ones unless a double quote holds them whole, short enough to be read)
        outer = [m.span() for m in quotes]
        quotes += [m for m in _SINGLE_QUOTED.finditer(quoting, 0, end)
                   if not any(a <= m.start() and m.end() <= b for a, b in outer)]
        quotes.sort(key=lambda m: m.start())
    for match in quotes:
        if match.span(1) in from_lexicon:
            continue  # the lexicon has it already, at the same place
        if _in_breadcrumb(text, match.start(1)):
            continue  # a site's column quoted in the breadcrumb (首页 / 政务公开 / “五公开”推进工作), as for the lexicon
        phrase = match.group(1).replace(_WRAP_MARK, "")
        if phrase in own_goals or own_counted and _COUNTED_PLACE.fullmatch(phrase) and phrase.endswith(own_counted):
            continue  # (建设“四个梧州”: a count of what the place is to be, a vision of it, not a programme)
        if own_counted and phrase.endswith(own_counted) and any(
                phrase.endswith(n) and _COUNTED_QUALITIES.fullmatch(phrase[: -len(n)]) for n in own_counted):
            continue  # (建设“五美某县”: the place's qualities counted before its name, a vision of it, the same)
        if (place is not None and place.level == "township" and 4 <= len(phrase) <= 7
                and place.name.startswith(phrase[2:]) and text.startswith("建设", match.end())):
            continue  # (“宜居某某”建设, “法治某某”建设 in a 某某路街道 plan: what the township is to be, its goal)
        if ("、" in phrase or " " in phrase) and all(
            part in lexicon for part in _LIST_SEPARATOR.split(phrase.strip()) if part
        ):
            continue  # “谁执法谁普法、谁服务谁普法” (or set apart by spaces): known names in one quote, each found already
        if " " in phrase and _WRAP_SPACE.search(phrase) and _WRAP_SPACE.sub("", phrase) in lexicon:
            # A known name a page's wrapped line split with a space (“谁执法谁普 法”, “放管 服”): the name joined.
            # (A slogan's two halves set apart by a space, “法润墨和 与光同行”, stay as they are.)
            found.append((match.start(1), match.end(1), lexicon[_WRAP_SPACE.sub("", phrase)]))
            continue
        if "、" in phrase:
            parts = [part for part in phrase.strip().split("、") if part]
            known = sum(part in lexicon for part in parts)
            if len(parts) > 1 and all(part.endswith(("一件事", "一类事")) and len(part) > 4 for part in parts):
                # The reform's matters listed in one quote (“某县花卉种植一件事、某县开办民宿一件事”上线): each is
                # one, as a matter quoted alone (“执法监管一件事”) is.
                at = match.start(1)
                for part in parts:
                    at = text.find(part, at, match.end(1))
                    found.append((at, at + len(part), part))
                    at += len(part)
                continue
            if len(parts) > 1 and known * 2 >= len(parts) and all(_LISTED_NAME.fullmatch(part) for part in parts):
                # A known name listed with others of its kind in one quote (“轮值讲法、以案释法”): each is a
                # name; the known ones are found already, the others are added. (Not where the known are
                # few among many steps: “一套材料、一张表单、…、一网通办、一次办结” names only 一网通办.)
                at = match.start(1)
                for part in parts:
                    at = text.find(part, at, match.end(1))
                    if part not in lexicon:
                        found.append((at, at + len(part), part))
                    at += len(part)
                continue
        if (text.startswith("》", match.end()) and _TITLE_KIND_TAIL.search(phrase) and phrase not in lexicon
                and "《" in text[max(0, match.start() - 80) : match.start()]
                and "》" not in text[text.rfind("《", max(0, match.start() - 80), match.start()) : match.start()]):
            # (《强化公职律师的“七项政策”》, 《某乡普法责任制“四清单一办法”》: a quote closing a title whose last word is a
            # document's kind names the documents the title is, no programme; round 265, as round 189's gold has it)
            continue
        after = text[match.end() : match.end() + 12]
        if "工具" in text[match.end() : match.end() + 28] and _TOOL_AFTER.match(text[match.end() : match.end() + 28]):
            continue  # (研发“…”、某某应用等数字防疫工具: tools built, the list's last word past the 12 read)
        if after[:1] in " \u3000":
            after = after.lstrip(" \u3000")  # “全员办案” 工作模式: a page's space after the quote
        if ("工作法" in text[match.end() : match.end() + 18] and _METHOD_AFTER.match(text, match.end())
                and not _OTHER_AFTER.match(after)):
            after = "工作法"  # (“…”化解邻里纠纷工作法: a method named by its label, then what it settles, past the 12 read)
        if (after[:1] != "“" and _NUMBER_ONLY.fullmatch(phrase.strip()) and not _NUMBERED_MECHANISM.match(after)
                and _LONG_NUMBERED_MECHANISM.match(text, match.end())):
            after = "机制"  # (“0635”三级合法性审查全覆盖工作新机制: a mechanism named by its figures, past the 12 read)
        if after[:1] in "“\"、" or after[:1] in "和及与的" and after[1:2] in "“\"":
            after = _after_run(text, match.end())
        elif after[:1] == "等" and text[max(0, match.start() - 2) : match.start()] == "”、" and after[1:2] != "“":
            # (“第一议题”、“某海第一课”等学习制度: the list's last name, then what they all are, as the first's)
            after = _after_run(text, match.end())
        before = "简称" if phrase in defined else text[max(0, match.start() - 24) : match.start()]
        completed = _completed(phrase, after)
        if phrase in titles_named and completed not in lexicon:
            continue
        # (a lexicon name run on past the quote, “七•五”普法, is one however its figures are written)
        if completed != normalize_width(phrase).strip() and completed in lexicon:
            run_on[normalize_width(phrase).strip()] = completed
        if completed != normalize_width(phrase).strip() and completed in lexicon or is_initiative(phrase, after, before):
            found.append((match.start(1), match.end(1), completed))
        elif (_shape(phrase.strip()) is not None and not _OTHER_AFTER.match(after)
              and (_beside_a_known_name(text, match, lexicon)
                   or (_PRAISED_AFTER.match(after) or _PRAISED_AFTER.match(text[match.end() : match.end() + 32]))
                   and not phrase.strip().endswith(("案", "案件", "案例")))
              and is_initiative(phrase, "工作", before)):
            # (“只进一扇门”“最多跑一趟”: listed beside a known name; “县域法治督察”被评为…: a practice praised.)
            found.append((match.start(1), match.end(1), completed))
    if any("+" in name for _, _, name in found):
        # A known name inside a quoted “A+B” taken whole (推出“一网通办+专区联办”): one part of the named mode,
        # which is the mention, not a second one.
        plussed = [(a, b) for a, b, name in found if "+" in name and (a, b) not in from_lexicon]
        found = [(a, b, name) for a, b, name in found
                 if not ((a, b) in from_lexicon and any(pa <= a and b <= pb and (pa, pb) != (a, b) for pa, pb in plussed))]
    if len(found) > len(from_lexicon):
        # A known name ending a quoted name taken whole, a few words of manner before it (推行“一次性接诉即办”):
        # the quoted name is the mention, the known one inside it no second one (as inside a quoted “A+B”).
        taken = [(a, b, name) for a, b, name in found if (a, b) not in from_lexicon]
        found = [(a, b, name) for a, b, name in found
                 if not ((a, b) in from_lexicon and any(
                     pa < a and b == pb and a - pa <= 4 and whole.endswith(name) for pa, pb, whole in taken))]
    found.sort()
    if ("”平台" in text or "”APP" in text or "”小程序" in text) and len(found) > len(from_lexicon):
        # A name the text itself quotes as a platform's (全面运用“渝快办”平台, then “渝快办”成为…“总入口”): a
        # medium wherever it recurs, as at the quote before 平台; a known name stays (推进“一网通办”平台).
        # (not a name read as a programme at that quote itself: “四述四评”平台, a mechanism its platform runs)
        spans = {(a, b) for a, b, _ in found}
        media = {normalize_width(m.group(1)).strip() for m in _QUOTED_MEDIUM.finditer(text, 0, end)
                 if m.span(1) not in spans}
        if media:
            found = [(a, b, name) for a, b, name in found
                     if (a, b) in from_lexicon or name in lexicon or name not in media]
    # A name quoted short after the text quoted it whole (推行“施工许可一证办理”, then 实现施工许可“一证办理”): the whole name.
    if found:
        whole = {}
        for m in _QUOTED.finditer(text, 0, found[-1][0]):
            phrase = normalize_width(m.group(1)).strip()
            # (a list quoted as one, “一网通办、一次办成”, is its names: none is a longer form of the last)
            if 4 <= len(phrase) <= 12 and not _CLAUSE_MARK.search(phrase) and "、" not in phrase:
                whole.setdefault(phrase, m.end(1))
        shortened = []
        for start, stop, name in found:
            if len(name) >= 4 and name not in lexicon:
                # (the whole name's quote closed before the short one opens: not the short name's own quote;
                # the short name quoted before the whole one, as in a cited title, stays as it is there)
                cand = [p for p, end in whole.items() if end < start and len(p) > len(name) and p.endswith(name)
                        and is_initiative(p, "工作")]
                if len(cand) == 1:
                    name = cand[0]
            shortened.append((start, stop, name))
        found = shortened
    # One name per initiative: "放管服改革" is "放管服" when both are seen.
    names = {name for _, _, name in found}
    # A programme named with its brand (“苏河之冠——法治惠企”), then by the name after the dash alone.
    branded = {name.split("——", 1)[1]: name for name in names if "——" in name}
    merged = []
    for start, stop, name in found:
        if name in branded:
            name = branded[name]
        # the same quoted words the text runs on into a lexicon name elsewhere (打造“无证明”城市, 形成“无证明”事项):
        # that name, not a second one
        name = run_on.get(name, name)
        # a known name with a gloss in brackets (推动“不见面审批(服务)”改革) beside the bare name: the bare name
        gloss = _GLOSS_END.search(name) if name.endswith((")", "）")) else None
        if gloss is not None and name[: gloss.start()] in names:
            name = name[: gloss.start()]
        for ending in (_MERGED_ENDINGS if name.endswith(_MERGED_ENDINGS) else ()):
            if name.endswith(ending) and name[: -len(ending)] in names and len(name) > len(ending) + 1:
                name = name[: -len(ending)]
                break
        merged.append((start, stop, name))
    return merged


@register(NAME)
def initiatives(doc: Document) -> Iterator[Fact]:
    """mentionsInitiative facts, one per mention, named canonically."""
    found = find_initiatives(doc)
    me = doc.mention() if found else None
    for start, end, name in found:
        mention = Mention(
            text=doc.text[start:end],
            label="Initiative",
            source=Provenance(doc.id, start, end, NAME),
            name=name,
        )
        yield Fact(me, "mentionsInitiative", mention, mention.source)
