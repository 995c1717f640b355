"""Initiatives: programmes named in quotes or from the lexicon, not slogans or mottos."""

import pytest

from kg_builder.extractors.initiatives import initiatives, is_initiative
from kg_builder.model import Document


def names(text):
    return list(dict.fromkeys(f.object.name for f in initiatives(Document(id="t", text=text))))


@pytest.mark.parametrize(("text", "expected"), [
    # An arrangement of bodies named by the quote before 管理体制 or 执法体制 (落实“局队合一”管理体制): a reform's settled
    # form, as a quote before 机制 is (round 270); a way of working described with 的 before it stays out.
    ("全国99%的县(市、区)落实“局队合一”管理体制,压实一线执法责任。", ["局队合一"]),
    ("全面落实“县属乡用共管”执法体制。", ["县属乡用共管"]),
    ("改变“各自为政”的管理体制。", []),
    ("深化“放管服”改革,全面推行“证照分离”、“多证合一”。", ["放管服", "证照分离", "多证合一"]),
    # A known name ending a quoted name taken whole, a few words of manner before it (“一次性接诉即办”): the quoted
    # name is the one mention; written alone, the known name is.
    ("申请人只需申请一次,递交一次材料,即可实现“一次性接诉即办”。", ["一次性接诉即办"]),
    ("完善接诉即办工作机制,推行“接诉即办”。", ["接诉即办"]),
    # One "great" act of the rule of law for whom it is done (“群众法治大培训”): a campaign by its shape, wherever quoted;
    # a home for a group to meet in (社区“青年之家”活动) is a venue, no programme.
    ("广泛开展“职工法治大培训”,干部带头在“群众法治大培训”授课。", ["职工法治大培训", "群众法治大培训"]),
    ("结合社区“青年之家”活动开展禁毒宣传。", []),
    # Two four-character phrases set apart by a space before the way of working they name (“信息共享 综合研判”工作
    # 模式): the phrases listed, as with 、; a slogan's two halves with no such word after stay out.
    ("实行“信息共享 综合研判”工作模式,将10项重大行政决策事项纳入目录管理。", ["信息共享 综合研判"]),
    ("建立“线索移送 联合查处”工作机制。", ["线索移送 联合查处"]),
    ("开展“法律政策进军营 共同筑牢强军梦”宣传。", []),
    # The scheme cases are counted under, after 适用 (适用“一基准四清单”案件181.3万件): the scheme applied; a case
    # described by how it was handled stays a case.
    ("统一行政裁量权基准,适用“一基准四清单”案件181.3万件,减免处罚2.3亿元。", ["一基准四清单"]),
    ("办理全省首例“跨地协作、全省通办”讨薪援助案件。", []),
    # A way cases are handled, named with 案件 and the mode or mechanism it is (“两审三论”案件监督模式): a programme, as
    # the same name with no 案件 is.
    ("强化执法监督,创新实施“两审三论”案件监督模式,实行行政处罚指导案例制度。", ["两审三论"]),
    ("建立“一案双查”案件查办机制。", ["一案双查"]),
    # A method named by its quoted label, then what it settles, then 工作法, past the twelve characters read after a
    # quote; a principle or a goal quoted before a 工作法 stays out.
    ("“老街坊说事”化解邻里物业纠纷工作法获评全市优秀案例。", ["老街坊说事"]),
    ("坚持“公开、公平”原则化解征地纠纷工作法。以“群众满意”为目标的矛盾化解工作法。", []),
    # Households taught under a programme (“学法用法示范户”), as its 明白人 and 带头人 are; kinds of people each counted
    # by a figure (“两代表一委员”, “两代表、一委员”) are those reached, no programme.
    ("每村培育“学法用法示范户”5户,邀请“两代表一委员”和“两代表、一委员”旁听。", ["学法用法示范户"]),
    # A group of people named by its count alone, listed among people (人民调解员、“两人”等…参加): people reached.
    ("组织居委干部、人民调解员、“两人”等共计100余人次参加,培育“法律明白人”。", ["法律明白人"]),
    # A township's offices counted with its stations and centres after a reform (完成“五办四中心”挂牌, “5办1站2中心”):
    # the make-up of its bodies, as “1委1办4组” is, no programme; a programme quoted beside them stays.
    ("依法稳妥推进机构改革,完成“五办四中心”挂牌、职能职责划分等事宜。", []),
    ("全市乡镇(街道)普遍构建起“5办1站2中心”架构,深化“放管服”改革。", ["放管服"]),
    ("邀请村干部、“三人”列席会议,推行“首问负责”制度。", ["首问负责"]),
    # Ways of reporting on the rule of law joined, each a kind of 述法 (“书面述法+会议述法+以案述法”制度), are a manner,
    # as “现场述法+书面述法” is; a mechanism of other parts joined (“学法+考试+旁听”长效机制) stays.
    ("落实“书面述法+会议述法+以案述法”制度;推进“学法+考试+旁听”长效机制。", ["学法+考试+旁听"]),
    # Known regional programmes the lexicon names, with no programme word after them: the Greater Bay Area's
    # common certification and 广东's 12345 reform.
    ("本地柚子成为首个获得“湾区认证”的产品,新增“民意速办”诉求事项20项。", ["湾区认证", "民意速办"]),
    # 浙江's programme of innovation, reform and opening, quoted before the roll of its typical practices.
    ("企业合规改革入选省委、省政府“创改开”典型经验做法。", ["创改开"]),
    # The national campaign under the Yangtze fishing ban, its two parts spaced in the quote (“长江禁捕 打非断链”
    # 跨区域协作) or written unquoted and joined: one name.
    ("推动建立水利跨界联合执法、“长江禁捕 打非断链”跨区域协作等合作机制。", ["长江禁捕打非断链"]),
    ("深入开展长江禁捕打非断链专项行动。", ["长江禁捕打非断链"]),
    # The national publication of licensing and penalty decisions (行政许可、行政处罚“双公示”), a known name quoted
    # before the information it publishes (“双公示”信息10138条) or unquoted before its 制度.
    ("实时公开行政许可、行政处罚“双公示”信息10138条。", ["双公示"]),
    ("落实双公示制度,推进信用信息归集共享。", ["双公示"]),
    # The vices a campaign strikes at (“黄赌毒”专项整治, “盗抢骗”) are its target; a way of studying quoted before a
    # study mechanism (“集中学”、“经常学”学习机制) is a manner. The campaign's own name (“扫黑除恶”) stays.
    ("开展“扫黑除恶”专项斗争和“黄赌毒”专项整治,严打“盗抢骗”。", ["扫黑除恶"]),
    ("建立班子“集中学”、干部“经常学”学习机制,推行“首问负责”制度。", ["首问负责"]),
    # (a counted one names the mechanism: “三级联学”机制)
    ("推动覆盖县、镇、村的“三级联学”机制。", ["三级联学"]),
    # The whole region as one game of chess (统筹全市“一盘棋”), with or without 格局, is a pattern of work; the tasks a
    # reform sets (落实“六个一”主要任务) are a task set; a platform named before 综合平台 is a platform.
    ("统筹全市“一盘棋”,落实“六个一”主要任务,上线“两朵云”综合平台,推行“首问负责”制度。", ["首问负责"]),
    # A known name with a bracketed gloss (“不见面审批(服务)”) is the known name.
    ("深入推进“不见面审批(服务)”改革和“一件事一次办”改革。", ["不见面审批", "一件事一次办"]),
    # A name quoted short after the text quoted it whole (推广“餐饮许可一证通行”, later 实现“一证通行”): the whole name.
    ("推广餐饮行业“餐饮许可一证通行”,全年有12家企业实现“一证通行”。", ["餐饮许可一证通行"]),
    # (a short name quoted with no longer quote before it stays as it is)
    ("全年有12家企业实现“一证通行”,推广“证照分离”改革。", ["一证通行", "证照分离"]),
    # (the short name quoted first, inside a cited title, stays there; after the whole name's quote it is the whole)
    ("印发《关于实施“邻里守望人”培育工程的方案》,启动“乡村邻里守望人”培育工程,建立“邻里守望人”工作群。",
     ["邻里守望人", "乡村邻里守望人"]),
    # A quoted item of a list of campaigns whose other items go unquoted, then 等活动 (法治进企业“送法上门”、法治进
    # 园区等活动): a campaign, as the list says; the list of problems (“门难进”、脸难看等问题) stays none.
    ("开展“法治大讲堂”、法治进企业“送法上门”、法治进园区等活动。", ["法治大讲堂", "送法上门"]),
    ("开展法治进企业“送法上门”、法治进园区等专项行动,整治“门难进”、脸难看等问题。", ["送法上门"]),
    # One meeting quoted whole (“民法典专题报告会”, “…座谈会”) is an event; a counted series of them is a campaign.
    ("开展“民法典专题报告会”,举办“百名律师百场报告会”。", ["百名律师百场报告会"]),
    ("召开“优化营商环境座谈会”,推行“首问负责”制度。", ["首问负责"]),
    # A state of things named right after its quote (“停车难、乱停车”现象开展专项整治) is what the campaign strikes
    # at, whatever campaign word follows.
    ("针对电动车“停车难、乱停车”现象开展专项整治,推行“首问负责”制度。", ["首问负责"]),
    # (a list quoted as one is its names, the last no short form of the whole quote)
    ("纵深推进“一网通办、一次办成”改革,推行“证照分离”。", ["一网通办", "一次办成", "证照分离"]),
    # The year a numbered campaign is in (…“八大工程”的关键之年): the campaign; a period named by its plan's count
    # (“四五”时期, “十二五”时期) is a span of years, no programme.
    ("今年是加快推进“八大工程”的关键之年。“三五”时期我县法治建设取得进展,“六五”普法圆满完成。", ["八大工程", "六五普法"]),
    # A campaign month of safety or quality in a list of campaigns (“安全生产月”, “质量月”), as a 宣传月 is; a studio
    # set up under its quoted name (“某某”法治工作室) is a programme's name.
    ("开展“消费维权宣传周”、“安全生产月”和“质量月”3次活动,成立“老张说法”法治工作室。",
     ["消费维权宣传周", "安全生产月", "质量月", "老张说法"]),
    # The studio quoted whole, its kind of studio inside the quote, set up by the clause's verb (建立…调解室——“某某调解
    # 工作室”, 成立“某某调解工作室”): its name, as above; one won as a title or only worked in is none.
    ("建立以个人命名的调解室——“黄俊斌调解工作室”。", ["黄俊斌调解工作室"]),
    ("成立“老杨调解工作室”,化解纠纷30件。", ["老杨调解工作室"]),
    ("获评“优秀调解工作室”。在“老杨调解工作室”开展调解。", []),
    # A campaign of the law on tour (“法治某省行”, “宪法进万家行”), whatever follows it; a motto ending 先行
    # or 同行 is none.
    ("认真做好2024年“法治云岭行”每月主题宣传,开展“宪法进万家行”。", ["法治云岭行", "宪法进万家行"]),
    ("坚持“法治先行”,与群众“法治同行”。", []),
    # A mnemonic counted in characters (“九字诀”, “十六字方针”) is a motto; parts of a way of working joined and said to
    # be combined (“课堂讲授+现场教学”相结合) are a manner; a quote in the page's breadcrumb is the site's column.
    ("抓实学好、用好“六字诀”,坚持“十六字方针”,开展“法治夜校”活动。", ["法治夜校"]),
    ("采取“课堂讲授+现场教学”相结合的方式,推行“1+X”工作机制。", ["1+X"]),
    ("当前位置: 首页 / 政务公开 / “五公开”推进工作 / 决策公开\n某县2023年报告\n深化“放管服”改革。", ["放管服"]),
    # A name of figures its counted parts spell, quoted right before it, whatever its sentence goes on to: the scheme
    # they make up; figures the parts do not spell, or no parts before them, name nothing by themselves.
    ("构建以“一中心、三平台、两机制”为主体的“132”工作格局。", ["一中心、三平台、两机制", "132"]),
    ("构建以“一中心、三平台、两机制”为主体的“123”治理格局。", ["一中心、三平台、两机制"]),
    ("实现“132”的目标。", []),
    # A name quoted with its Latin abbreviation after it (“…计划 (GOP)”): the name; Latin letters alone name none.
    ("推进“跨境服务商计划 (CSP)”在园区落地,开展“ABC”宣传。", ["跨境服务商计划"]),
    ("出台支持“跨境服务商计划（CSP）”发展的若干措施。", ["跨境服务商计划"]),
    # Two bodies working together named by a character of each (“府院联动”“府检联动”): a mechanism, quoted alone;
    # a manner of working together (“上下联动”, “部门联动”) is none.
    ("深化“府院联动”“府检联动”,推动诉源治理。坚持“上下联动”,实现“部门联动”。", ["府院联动", "府检联动"]),
    # Counted by 双 and a numeral (为企服务“双十条”): a counted name; 双 and a word (“双随机”) is not counted so.
    ("制定为企服务“双十条”,落实“双随机”检查。", ["双十条"]),
    # A package of measures counted by its articles, its field first (“稳外贸18条”, “助企纾困十条”): a counted name;
    # an article of a law (“第十五条”) is none.
    ("出台“稳外贸18条”“助企纾困十条”等,落实“条例第十五条”。", ["稳外贸18条", "助企纾困十条"]),
    # Two subjects of one duty (“双主体责任”): a mechanism by its shape, as “双组长” is.
    ("推行“双主体责任”整改做法,获得肯定。", ["双主体责任"]),
    # An honour's roll quoted before its 表彰 (“…先进集体和先进个人”): those honoured, no programme.
    ("组织开展“全市普法工作先进集体和先进个人”表彰,推进“放管服”改革。", ["放管服"]),
    # A brand opening with one Latin letter (“e法通”人民调解项目, “i普法”普法项目): a name, as a Chinese one is.
    ("推进“e法通”人民调解项目,打造“i普法”普法项目,下载“e政务”APP。", ["e法通", "i普法"]),
    # A list whose items carry words of their own around their quotes, up to 等制度: each is of that kind.
    ("严格执行“首问负责”、机关“限时办结”要求、“容缺受理”服务等制度。", ["首问负责", "限时办结", "容缺受理"]),
    ("坚持“两个确立”、做到“两个维护”,落实“周例会”、科室“月调度”等机制。", ["周例会", "月调度"]),
    # A counted name and the thing it is of, both quoted (“一网、三端”的“智慧执法”平台): both read by what follows.
    ("构建“一网、三端”的“互联网+监管”监管体系。", ["一网、三端", "互联网+监管"]),
    # A project of the year named in quotes before 重点项目 (法治建设重点项目): the project is a programme.
    ("确定“依法保障棚户区改造续建”法治建设重点项目,稳步推进。", ["依法保障棚户区改造续建"]),
    ("申报“法护民企”重点项目2个。", ["法护民企"]),
    # The comprehensive enforcement reform (浙江's national pilot) by its lexicon name, whatever follows its quote.
    ("“大综合一体化”行政执法形成新格局,推进大综合一体化执法。", ["大综合一体化"]),
    # The service reform's “一类事” (一件事's companion) is a programme; a kind of people counted is not.
    ("打造企业开办“一类事”服务场景,开展“三类人员”考法。", ["一类事"]),
    # ... or the kinds counted alone, the thing counted after the quote (做好“四类”服务): categories, no programme.
    ("常态化推进“法治体检”活动,高质量做好“四类”服务。", ["法治体检"]),
    ("全面推行“双随机、一公开”监管方式,推进“互联网+政务服务”工作。", ["双随机、一公开", "互联网+政务服务"]),
    ("坚持“有件必审、有件必备、有错必纠”的原则,遵循“法无授权不可为,法定职责必须为”。", []),
    ("实现“一套材料、一张表单、一窗受理、一网通办、一次办结”。", ["一网通办"]),
    # A lexicon programme written bare beside a quoted one.
    ("落实国务院关于减证便民、深化“放管服”改革的决策部署。", ["减证便民", "放管服"]),
    ("开发“马上办”APP,拨打“12333”劳动保障投诉举报电话。", []),
    ("打造“六最”营商环境,推进“两集中、两到位”,实行“四办”要求。", ["六最", "两集中、两到位", "四办"]),
    ("深入开展“八五”普法,落实‘谁执法谁普法’,建立\"以案释法\"案例库,开展「七五」普法总结。",
     ["八五普法", "谁执法谁普法", "以案释法", "七五普法"]),
    ("推行“县乡一体、条抓块统”基层治理模式,执行“有报必接、有案必查”的查处机制。", ["县乡一体、条抓块统"]),
    ("结合“依法行政宣传月”和“12·4”宪法学习宣传活动。", ["依法行政宣传月", "12·4"]),
    # A mechanism of paired counts its platform runs (“四述四评”平台) is a programme; another name before 平台 is not.
    ("干部通过“四述四评”平台述职,信息由“某某发布”平台推送。", ["四述四评"]),
    # A name the text quotes as a platform's is a medium wherever it recurs (round 230: 全面运用“渝快办”平台, then
    # “渝快办”成为网上办事“总入口”); a known name the text also puts before 平台 stays a programme.
    ("全面运用“某快办”平台,推进“一网通办”。持续推动“某快办”成为网上办事总入口,“某快办”事项网办率达89%。",
     ["一网通办"]),
    # (and a name read as a programme at its own quote before 平台, a mechanism its platform runs, stays one)
    ("干部通过“四述四评”平台述职,深化“四述四评”,事项纳入“某快办”平台。", ["四述四评"]),
    ("上线“某事通”APP,深化“某事通”改革,推行“一网通办”平台和“一网通办”。", ["一网通办"]),
    ("建成“一网通办”平台,深化“一网通办”改革。", ["一网通办"]),
    # Ways of working joined (“集中学习与个人自学”相结合机制) are a manner, whatever follows.
    ("建立“集中学习与个人自学”相结合机制,推行“线上+线下”相融合模式。", []),
    # The reform's matters listed in one quote, each a matter of its own, as one quoted alone is.
    ("推出“新生儿出生一件事、企业开办一件事”,上线“退休一件事”。", ["新生儿出生一件事", "企业开办一件事", "退休一件事"]),
    # A day by its date (“12·4”国家宪法日, “6·26”国际禁毒日) is a day, even where a campaign word stands before it.
    ("开展“12·4”国家宪法日和“法治宣传月”集中宣传活动,做好“6·26”国际禁毒日宣传。", ["法治宣传月"]),
    ("组织开展“12.4”国家宪法日主题活动。", []),
    ("利用“12.4”法制宣传日等活动集中宣传。", ["12.4"]),
    ("对“四风”问题突出的单位严格追责,“三定”方案已审核。", []),
    ("创新发展新时代“枫桥经验”,推行“一村(社区)一法律顾问”工作。", ["枫桥经验", "一村(社区)一法律顾问"]),
    ("由“先证后照”改为“先照后证”。", ["先照后证"]),
    # Documents counted one kind after another (“一规划一方案一清单”) are plans carried out, no programme.
    ("推进法治建设“一规划一方案一清单”落实,落实“一规划两方案”。", []),
    # Papers counted whose rate is measured (“两书”回复率) are a measure; counted papers as a 制度 stay one.
    ("把建议书作为抓手,“两书”按期回复率100%,推行“三书”制度。", ["三书"]),
    # Two counts, each with its word (“两创两化”), name a formula of parts though 化 ends it; a manner (“一体化”) does not.
    ("开展法治督察“两创两化”等特色试点项目,推进“一体化”协作。", ["两创两化"]),
    # A lecture campaign named in two parts joined by a middle dot (“学理论·讲政策”基层宣讲).
    ("纳入“学理论·讲政策”基层宣讲内容,落实“法治·文明”的要求。", ["学理论·讲政策"]),
    ("深化“放管服效”改革。", ["放管服效"]),
    # The targets a plan sets (“…”任务目标) are a goal; a programme named by its bearers (“…带头人”) is one, and the
    # villagers' say (村民说事) is a mechanism the lexicon knows.
    ("实现“三完善两提升”任务目标,推进“放管服”改革。", ["放管服"]),
    # A model-village programme written with its communities ((社区)) keeps its shape; a village named one is honoured.
    ("发挥“平安法治示范村(社区)”引领作用。", ["平安法治示范村(社区)"]),
    ("三个村被确认为“平安法治示范村(社区)”。", []),
    ("培育“乡村法治带头人”,推广“村民说事”制度,开展村民说事活动。", ["乡村法治带头人", "村民说事"]),
    # A place's development positioning, one quote or several before it, is a goal, not a programme.
    ("围绕“两区一地”“四个某县”发展定位,深化“放管服”改革。", ["放管服"]),
    ("立足“一城三区”功能定位,推行“首违不罚”。", ["首违不罚"]),
    # A city's or an area's positioning a committee sets (城市定位, 区域定位) is a goal, as its 发展定位.
    ("紧扣市委“数字经济+绿色制造”城市定位,深化“放管服”改革。", ["放管服"]),
    ("立足“一核两翼”区域定位,推行“首违不罚”。", ["首违不罚"]),
    # The 普法 plans' legal-literacy campaign, named without quotes.
    ("大力实施公民法治素养提升行动,推动“八五”普法规划落实。", ["公民法治素养提升行动", "八五普法"]),
    # The 普法 responsibility system's second rule, quoted right after the first.
    ("认真落实“谁执法谁普法”“谁服务谁普法”普法责任制。", ["谁执法谁普法", "谁服务谁普法"]),
    ("《运城市门户网站政务信息公开审核等三项制度》", []),
    ("深化“放管服”改革,“放管服改革”取得成效。", ["放管服"]),
    # A quote closed with the double prime some pages use (“…〞, 〝…〞): the same quote.
    ("深化开展“法律六进〞活动,以“便民务实〞为抓手,推行〝证照分离〞改革。", ["法律六进", "证照分离"]),
    # A straight quote closed with the double prime U+2033 ("…″): the same quote, as the mechanism and the campaign.
    ("明确\"红黄蓝″三色预警机制,开展\"护航行动″专项行动。", ["红黄蓝", "护航行动"]),
    ("推行“证照分离″改革,坐标东经120°30′15″。", ["证照分离"]),
    # Political formulas, plan periods, speeches and quoted plan titles name no programme.
    ("增强“四个意识”、坚定“四个自信”、做到“两个维护”,深刻领悟“两个确立”,推进“证照分离”改革。", ["证照分离"]),
    ("“十四五”期间谋划“十五五”目标,对照“十三五”规划。", []),
    ("以“三个代表”重要思想为指导,贯彻“五大发展理念”,学习“七一”重要讲话精神。", []),
    ("履行“第一责任人”职责,落实“一岗双责”制度。", ["一岗双责"]),
    ("以落实“2024年法治滨江建设工作要点”为牵引,开展“法治体检”活动。", ["法治体检"]),
    # A brand of a bureau's work, named a few words before 品牌.
    ("打造以“红心向党·法护民生”等党建品牌为核心的品牌矩阵。", ["红心向党·法护民生"]),
    # ... its two phrases set apart by a space, as a motto's are (a slogan of two clauses without 品牌 stays none).
    ("聚力打造“法润墨和 与光同行”机关党建品牌,开展“法律政策进军营 共同筑牢强军梦”宣传。", ["法润墨和 与光同行"]),
    # a themed campaign named by two spaced phrases, as a brand is; a motto proposed is none
    ("深入开展“守护初心 共建法治”主题实践活动,提出“守正创新 务实担当”的口号。", ["守护初心 共建法治"]),
    # A service done jointly or on the phone (“县乡联办”“乡村随身办”) is one, as one done at one go (通办) is;
    # a manner with what it joins (“一站式集成”审批) is none, as a bare manner (“一站式”) is.
    ("“县乡联办”“乡村随身办”让群众不出乡即可办成事,开启“一站式集成”审批新模式。", ["县乡联办", "乡村随身办"]),
    # Strategic formulas, goals to reach and battles to win are no programmes either.
    ("统筹推进“五位一体”总体布局,协调推进“四个全面”战略布局,按照“四个全面”重大战略布局。", []),
    ("打好“三场硬仗”、打赢“一场人民战争”,做到“三个联动”,实现考核“三到位”。", []),
    # A unit's star grade (创建“五星司法所”16个, “四星级人民调解委员会”) is a rated title, as “枫桥式”司法所 is; the
    # counted service beside it stays one (round 244).
    ("创建“五星司法所”16个,实现“五星司法所”全覆盖,落实行政审批“六全”代办服务。", ["六全"]),
    ("培育“四星级人民调解委员会”3个。", []),
    # focuses counted (“两个重点”, then what they are): a count, not a programme
    ("宣传工作要抓住“两个重点”暨重点对象、重点时段。", []),
    # the emphases a section holds to (坚持“三个突出”): a count, not a programme; the new-development formula
    # (立足“三新一高”) is a formula, as the 五大发展理念 are; a campaign counted (“四强”行动) stays one
    ("(一)坚持“两个突出”,扛起法治建设责任。", []),
    ("立足“三新一高”,助力“四强”行动实施。", ["四强"]),
    ("聚焦“推进法治中国建设”工作目标,转发“一号司法建议”。", []),
    # (the 20th congress's aim, quoted as a 要求 to carry out, is a goal as well)
    ("把“全面推进国家各方面工作法治化”要求落到实处,落实“推进国家各方面工作法治化”要求。", []),
    # A guideline held to (坚持“依法治林、科学治林”工作方针) is no programme, as a 思路 is not.
    ("坚持“依法治林、科学治林”工作方针,贯彻“预防为主”方针,推行“林长制”改革。", ["林长制"]),
    # A bottom line held (守住“三个不发生”工作底线, “两个确保”底线) is a goal, no programme.
    ("守住“三个不发生、两个不出现”工作底线,坚守“两个确保”底线,开展“百日攻坚”行动。", ["百日攻坚"]),
    # A lecture series or a class named as a brand; a national programme by its name.
    ("参加“新时代法治大讲堂”学习,开设“乡贤”课堂,围绕“高效办成一件事”目标。", ["新时代法治大讲堂", "乡贤", "高效办成一件事"]),
    # A "一件事" of the 高效办成一件事 reform is one, whatever follows it; a numbered name may say
    # where it runs (全省, 全国); names listed before one programme word share it.
    ("推出“企业开办一件事”套餐,办好“残疾人服务一件事”。", ["企业开办一件事", "残疾人服务一件事"]),
    ("推进政务服务“全市一张网”,落实“全国一张清单”管理要求。", ["全市一张网", "全国一张清单"]),
    ("率先推行“容缺受理”“信用承诺”改革。", ["容缺受理", "信用承诺"]),
    # What one carries out (开展, 推行) is a programme, but not a manner (“围坐式”普法).
    ("持续开展“局长进窗口”,全面推行“容缺受理”,开展“面对面”式宣讲,开展“围坐式”普法。", ["局长进窗口", "容缺受理"]),
    # Parts made one (“三位一体”) are a formula; a 文章 to write well is a metaphor.
    ("构建“三位一体”监督格局,做好“山海文章”,深化“三位一体”法治建设。", []),
    # A goal counted as kinds of development (“六个高质量发展”) is a formula, not a programme.
    ("精准服务“六个高质量发展”,推进“两个高质量发展”,落实“证照分离”。", ["证照分离"]),
    # The 普法 duty's formulas are one name however they are punctuated (“谁执法、谁普法”).
    ("推动形成“谁执法、谁普法”、“谁管理、谁普法”的责任体系。", ["谁执法谁普法", "谁管理谁普法"]),
    # (or with a comma between its halves, ASCII or full width)
    ("落实“谁执法,谁普法”,推行“谁服务，谁普法”普法责任制。", ["谁执法谁普法", "谁服务谁普法"]),
    # A routine by its period and its one item quoted (“每月一法”, “每周一学”): a mechanism by its shape.
    ("通过党组理论学习中心组 “每周一学”、干部职工集中学法,推行“每季一考”。", ["每周一学", "每季一考"]),
    # ... by the half-year or half-month (“半年一评”, “半月一调度”): the same routine by its shape.
    ("重点项目“半年一评”,发掘典型。", ["半年一评"]),
    ("重点工作“半月一调度”,推动落实。", ["半月一调度"]),
    # ... its parts by period set apart by commas (“两周一督查,一月一反馈”工作机制, “每日一调度,两周一报告”应急制度):
    # one routine, as “月调度、季通报” is; a quoted clause with a comma (“有矛盾,先调解”) stays none.
    ("建立日常“两周一督查,一月一反馈”工作机制和临期“每日一调度,两周一报告”应急制度,序时推进整改。",
     ["两周一督查,一月一反馈", "每日一调度,两周一报告"]),
    ("坚持“有矛盾,先调解”工作机制,落实“证照分离”。", ["证照分离"]),
    # A topic researched and tried out (“…”研究与实践) is a study's theme; a campaign carried into schools stays one.
    ("在两所学校实施“法治教育融入课堂教学”研究与实践,开展“法律进校园”活动。", ["法律进校园"]),
    # What a township is to be, its name after a quality word, built (“宜居塘桥”建设): a goal, not a programme.
    ("塘桥街道2024年法治建设工作计划\n为“宜居塘桥”建设、“平安塘桥”建设提供保障,深化“塘桥调解”品牌。", ["塘桥调解"]),
    # An inscription printed on a thing (印有“…”字样) is no programme; a quoted programme still is.
    ("封面印有“某省人民政府监制”字样,内页印有“行政执法”字样,深化“放管服”改革。", ["放管服"]),
    ("证件印有“双随机、一公开”字样。推行“双随机、一公开”监管。", ["双随机、一公开"]),
    # teaching the law through cases by its other common name, as 以案释法
    ("坚持“以案说法”,组织旁听庭审。", ["以案说法"]),
    # the same quoted words the text ran on into a lexicon name before are that name (“无证明”城市, “无证明”事项)
    ("打造“无证明”城市,形成“无证明”事项120个。", ["无证明城市"]),
    # a window set up for what its programme names
    ("设立“办不成事”反映窗口,开通“咨询投诉”窗口。", ["办不成事"]),
    # a medium's column, whatever programme word follows it (…专栏的地方改革创新案例), and a ranking
    ("成为全省首个入选“法润齐鲁看基层”专栏的地方改革创新案例。", []),
    ("全国综合竞争力“百强”排名第50位,实现“五年五进位”。", []),
    # a campaign carrying a thing into places (“…进社区”, “…进校园”) by its shape, whatever words follow it
    ("丰富“宪法精神进社区”形式载体,深化“法治文化进校园”内涵。", ["宪法精神进社区", "法治文化进校园"]),
    # (an honour's roll ending in 先进单位 is no campaign into places)
    ("区法院获“维护军人军属合法权益工作先进单位”等荣誉。", []),
    # a name listed last after a known one, joined by 和 (“证照分离”和“拿地即开工”): the same kind
    ("推进“证照分离”和“拿地即开工”项目落地。", ["证照分离", "拿地即开工"]),
    # many of a kind merged or reviewed as one (“多评合一”, “多图联审”, “多规合一”): an approval reform, counted by 多 as
    # “五证合一” is by its numeral, also where the next is built on it (在“…”的基础上); a motto (“知行合一”) is none
    # (round 187)
    ("推广安全评价等“多评合一”,在“多图联审”的基础上推广联合审图。", ["多评合一", "多图联审"]),
    ("全面推行“多规合一”,实行“多测合一”。坚持“知行合一”。", ["多规合一", "多测合一"]),
    ("在“35证合一”的基础上,推进“证照分离”。", ["35证合一", "证照分离"]),
    # the agenda item alone, unquoted (列为会议的第一议题, 通过第一议题形式), names no system
    ("把法治列为党组会议的第一议题。", []),
    ("通过第一议题形式集中学习。", []),
    # a practice shunned with another thing shunned listed before it (摒弃主观臆断与“一言堂”): what is avoided
    ("摒弃主观臆断与“一言堂” 模式,集体研究决定。", []),
    ("坚决杜绝推诿扯皮和“走过场”现象。", []),
    ("破除“一刀切”做法。", []),
    # an old way broken with (打破“就案办案”的传统模式; round 232): what is left behind, no programme
    ("打破“就案办案”的传统模式,联动执法部门做实矛盾预防。", []),
    ("打破“信息孤岛”,推行“一网通办”。", ["一网通办"]),
    # qualities a service is to have, listed (“便民、高效、规范”的…体系; round 232): a motto; a list of named ways of
    # serving stays one
    ("持续深化“便民、高效、规范”的行政复议服务体系建设。", []),
    ("坚持“公正、高效、便民”原则,推行“马上办、网上办、就近办”。", ["马上办、网上办、就近办"]),
    # what a reform is to reach, quoted before 的改革核心目标 (round 243): a goal, as before a bare 的目标; a quote
    # before 的改革 alone, or a programme's reform goals (“证照分离”改革目标), stays
    ("整合行政复议职责,实现了“一级政府只保留一个复议机关”“一个窗口对外”的改革核心目标。", []),
    ("推动“审批服务快办”的改革,深化“证照分离”改革目标。", ["审批服务快办", "证照分离"]),
    # reports counted bare as a system's name (“双报告”制度, round 243): the two reports it requires, a mechanism as
    # “双随机” is; a quoted report's title stays none
    ("严格执行败诉行政案件和行政机关负责人出庭应诉年度“双报告”制度。", ["双报告"]),
    ("印发“2023年度法治政府建设情况报告”,落实“双报告”制度。", ["双报告"]),
    # things shunned quoted one after another (杜绝“形象工程”“政绩工程”): each is avoided, none a programme; a run
    # of quotes with no word of shunning before it stays
    ("坚决杜绝“形象工程”“政绩工程”。", []),
    ("防止“一刀切”、“层层加码”。", []),
    ("深化“放管服”“证照分离”改革。", ["放管服", "证照分离"]),
    # the law-abiding and law-teaching contest's title, the lower levels bracketed after it: an honour, no programme
    ("司法部部署开展了“全国守法普法示范市(县、区)”创建活动。", []),
    ("启动首批“全国守法普法示范市(县、区)”推荐工作。", []),
    # a campaign counted in hundreds, thousands and ten thousands (“百名…、千场…、万名…”): 万 counts before a
    # measure word; not in a phrase it opens otherwise (“万无一失”)
    ("坚持把法治思想纳入“百名讲师进党校、千场讲座下基层、万名党员学法律”必学内容。",
     ["百名讲师进党校、千场讲座下基层、万名党员学法律"]),
    ("确保换届工作“万无一失”。", []),
    # a practice named to a roll with no batch said, after 分别 too (“…”分别获得省级…示范地区和示范项目命名)
    ("甲县、乙县“法治护航‘生态革命’”分别获得省级法治政府建设示范地区和示范项目命名。", ["法治护航‘生态革命’"]),
    ("甲县“林区纠纷调处新模式”获得全省法治政府建设示范项目命名。", ["林区纠纷调处新模式"]),
    # a practice given a project's name on a roll (“…”被某办命名为“…示范项目”), as one 获得…项目命名 is; not a
    # place named a 示范区, whose quoted name is the honour
    ("甲县“矛盾纠纷多元化解”被省委依法治省办命名为“全省法治政府建设示范项目”。", ["矛盾纠纷多元化解"]),
    # named to a roll of places and projects, unquoted (甲县和“…”分别被命名为某省第一批…示范地区和项目); the name's
    # inner quotes count for no length (24 characters besides them)
    ("甲县、乙县和“丙市以‘共享仓’规范化建设推进公共资产管理法治化”分别被命名为全省第一批法治政府建设示范地区和项目。",
     ["丙市以‘共享仓’规范化建设推进公共资产管理法治化"]),
    ("“丁县以‘红黄绿’预警推进执法监督”被命名为全省法治政府建设示范项目。", ["丁县以‘红黄绿’预警推进执法监督"]),
    ("甲县被命名为“全省法治政府建设示范县”。", []),
    ("甲县“乡村法治驿站”被命名为“全国法治政府建设示范项目”后持续推广。", ["乡村法治驿站"]),
    ("甲县被省委依法治省办命名为“全省法治政府建设示范县”。", []),
    # the ways a matter is handled at one door or one window (“一门办”, “一窗办”), as “一次办” is: no programme
    ("政务大厅实现“一窗办”“一门办”,群众少跑腿。", []),
    ("推行“一件事一次办”,实现“一门办”。", ["一件事一次办"]),
    # A series of events named in quotes, where it goes between the quote and 系列活动 (“…”走进河南某县系列活动): the
    # series is a programme, its place words no matter; with its name a bare kind of work, still none.
    ("2023年,某县成功举办“书·法”走进河南某县系列活动。", ["书·法"]),
    ("2023年,某县举办“宪法伴我行”走进全县各中小学校系列活动。", ["宪法伴我行"]),
    ("2023年,某县开展“法制宣传”走进河南某县系列活动。", []),
    # Names in single quotes inside a task quoted whole (提出“…,深入开展‘七五’普法和‘法律进社区’活动;…”等任务): read as
    # if in double quotes; single quotes around a slogan stay a slogan.
    ("全会提出“坚持依法治县,深入开展‘七五’普法和‘法律进社区’活动;自觉运用法治思维推动发展、化解矛盾”等任务。",
     ["七五普法", "法律进社区"]),
    ("坚持‘法治先行’,开展‘法律明白人’培养工程。", ["法律明白人"]),
    # Taxes and fees counted (减免“六税两费”) are a class of levies; a quoted name before a service platform
    # (开通“某某通”服务平台) is the platform's, as before 平台; a programme's 服务 work (“法律服务”进村) is untouched.
    ("为企业减免“六税两费”300万元,开通“甲乙通”综合服务平台。", []),
    ("开展“法援惠民生”服务活动,建成“一站式”服务平台。", ["法援惠民生"]),
    # a virtual helper or robot named in quotes (引入“某某”小助手) is a tool that serves, no programme
    ("推行“最多跑一趟”改革,引入“甲乙丙”小助手虚拟窗口服务,上线“丁戊”智能机器人。", ["最多跑一趟"]),
    # a platform quoted whole, its 平台 inside the quote (开展“某省法律明白人平台”培训): a medium, as before 平台
    ("开展“某省法律明白人平台”培训,推行“最多跑一趟”改革。", ["最多跑一趟"]),
    # a way of studying quoted alone (组织开展“深学”, 示范“领学”, 主动“自学”): a manner, even after 开展; a counted
    # one (“三级联学”机制) stays
    ("一是示范“领学”。二是组织开展“深学”。三是主动“自学”。推动“三级联学”机制。", ["三级联学"]),
    # A place by its nickname in its motto (美丽“某城”建设, 幸福“某州”) is a goal, no programme.
    ("为高新区“十四五”和美丽“甲城”建设开好局,推行“最多跑一趟”改革。", ["最多跑一趟"]),
    # The first-responsible leaders' four duties, a national mechanism, also after 做到 (坚持做到“四个亲自”).
    ("主要负责人坚持做到“四个亲自”,扎实推进法治建设。", ["四个亲自"]),
    # The three systems of law enforcement listed, then counted in digits (…法制审核3项制度): 三项制度, as with 三项;
    # another count of systems in digits is none.
    ("全面推行行政执法公示、执法全过程记录、重大执法决定法制审核3项制度,实现全覆盖。", ["三项制度"]),
    ("建立健全会前学法、集体学法等3项制度,实现全覆盖。", []),
])
def test_initiatives(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("phrase", "after", "expected"), [
    ("四张清单", "制度", True), ("办事减负", "行动", True), ("有矛盾,先调解", "成了", False),
    ("传帮带", "作用", False), ("零投诉", "。", False), ("诉前调解+速裁", "的工作模式", True),
    # a day by its date with its name inside the quote is a day, as with its name after it; a campaign day stays one
    ("12·4国家宪法日暨宪法宣传周", "等时间节点", False), ("6.26国际禁毒日", "期间", False),
    ("12.4法制宣传日", "活动", True),
    # one to one, point to point, face to face: a manner of serving, no programme
    ("一对一", "专员服务", False), ("点对点", "指导", False), ("面对面", "交流", False),
])
def test_is_initiative(phrase, after, expected):
    assert is_initiative(phrase, after) is expected


@pytest.mark.parametrize(("phrase", "after", "before", "expected"), [
    ("三个联动", "。", "坚持做到", False), ("两个维护", "", "坚决做到", False), ("三场硬仗", "", "着力打好", False),
    ("枫桥经验", "", "坚持发展", True), ("三个不得", "要求", "严格执行", True),
    # measures counted by the verb each opens with (“三个强化”: 强化…); a manner ending in 化 stays none
    ("三个强化", ",推动任务落实", "坚持统筹、", True), ("四个深化", "工作举措", "推行", True),
    ("一体化", "平台", "推进", False), ("一站式", "服务", "打造", False),
    # a manner of making laws is no programme, whatever is done to it (多开展“小切口”立法)
    ("小切口", "立法,确保管用好用", "多开展", False), ("小快灵", "立法", "推进", False),
    ("证照分离", "改革", "开展", True),
    # what a law promulgated is to win (颁布实施“得民心”) is a slogan, no programme; a campaign carried out stays one
    ("得民心", "。", "推动实现立法过程“汇民意、聚民智”,颁布实施", False), ("得民心", "工程", "实施", True),
    # an exhortation of clauses each saying what must be is a motto, however it is introduced
    ("班子要强、作风要硬、服务要优", "要求,推进", "紧扣", False), ("站位要高、措施要实", "的标准", "坚持", False),
    ("一村一辅警", "制度", "推行", True),
    # one verb after another on the same words is a motto (“学法治、用法治、守法治”), not a programme
    ("学法规、用法规、守法规", "的良好氛围", "形成", False), ("马上办、网上办、就近办", "", "推行", True),
    # the nation's aim of the rule of law, quoted, is a goal whatever follows; a campaign named 法治中国 stays one
    ("推进法治中国建设", "纳入改革的重要内容", "将", False), ("全面推进依法治国", "作出部署", "对", False),
    ("加快建设法治国家", "提供保障", "为", False), ("法治中国", "宣传活动", "开展", True),
])
def test_a_goal_to_reach_is_no_programme(phrase, after, before, expected):
    assert is_initiative(phrase, after, before) is expected


def test_a_quoted_lexicon_name_is_one_mention():
    from kg_builder.extractors.initiatives import find_initiatives

    found = find_initiatives(Document(id="t", text="深化“放管服”改革,全面推行“证照分离”、“多证合一”改革。"))
    assert [name for _, _, name in found] == ["放管服", "证照分离", "多证合一"]


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's numbered programme, deployed: the number is its name.
    ("落实省委“1310”具体部署和县委“2468”具体安排,推进市委“135”工作部署。", ["1310", "2468", "135"]),
    # A committee's counted campaigns it asks for (区委“九大行动”工作要求; round 203): a programme, as round 65 recorded;
    # the same count with no committee before it, or a formula of strategies, stays out.
    ("紧密围绕省委“1310”具体部署、市委“1+6+3”工作安排以及区委“九大行动”工作要求,扎实做好法治政府建设工作。",
     ["1310", "1+6+3", "九大行动"]),
    ("落实“九大行动”工作要求。", []),
    ("落实省委“五大战略”工作要求。", []),
    # ... its overall deployment too (省委“132”总体工作部署).
    ("全面落实省委“132”总体工作部署和市委“246”总体部署。", ["132", "246"]),
    # The fields a report works in, a formula of strategies, an indicator, an index, an honour.
    ("做好“三农”工作,压减“三公”经费,实施“七大战略”。", []),
    ("提升“获得电力”服务,“互联网+”指数居前,被命名为“全省法治建设示范区”。", []),
    # Chosen or confirmed for a roll: the names conferred are honours (被推选为“…”, 被确认为…“…”创建单位).
    ("某社区被推选为“全国民主法治示范社区”,两个村被确认为2023年某省“民主法治示范村(社区)”创建单位。", []),
    # A title won, counted after 成功创建: an honour; a creation campaign (开展“…”创建活动) stays a programme.
    ("聚焦依法治理,成功创建1个“全国民主法治示范村”。", []),
    # A title won at a level after 获得 (获得省级“…”): an honour.
    ("两个村获得省级“民主法治示范村(社区)”称号。", []),
    # A title a place is approved for (获批全市唯一“…示范区”): an honour; a reform approved as a pilot stays one.
    ("某区获批全市唯一“某省和谐劳动关系示范区”,推行“首违不罚”。", ["首违不罚"]),
    ("某县获批“国家先进计算创新中心某基地”。", []),
    # A system honoured for being built (评为某省“1+6+N”…工作体系建设先进典型): the quote names the system.
    ("某街综治中心被省委平安办评为某省“1+3+N”社会治理工作体系建设先进典型。", ["1+3+N"]),
    ("某街被评为某省“枫桥式派出所”。", []),
    # A roll a project is entered on (入选全省…重大应用“…”): the roll's name, no programme; the practice entered stays one.
    ("某区“智慧调解”项目入选全省多跨场景重大应用“一张榜”。", ["智慧调解"]),
    # A programme whose cases a roll takes (入选…“…工程”优秀案例) stays a programme.
    ("某局入选省数字政府“一号改革工程”优秀案例。", ["一号改革工程"]),
    ("某局入选省数字经济“数智赋能工程”最佳实践。", ["数智赋能工程"]),
    # Documents described by what they do (清理“烦企扰民”文件), a case described by how it was handled: no programme.
    ("开展涉及“扰企乱民”文件专项清理。", []),
    ("办理全市首例“异地协作、全市通办”欠薪援助案件。", []),
    ("深化“放管服”文件清理,推行“全市通办”改革。", ["放管服", "全市通办"]),
    # The form a class of policy measures takes (以及“一事一议”等形式的具体政策措施): no programme (round 260, 河池);
    # a programme named before other words stays one.
    ("政策措施包括规范性文件、其他政策性文件以及“一事一议”等形式的具体政策措施。", []),
    ("审查“一事一议”形式的具体政策措施,推行“证照分离”改革。", ["证照分离"]),
    # The way a meeting or an activity is held, its parts joined by + (采用“述法+提问+点评+测评”的方式): a manner, no
    # programme (round 267); a quoted name with + that is no way of holding it stays one.
    ("会议采用“述法+提问+点评+测评”的方式进行,听取4个县级税务局代表现场述法。", []),
    ("税务部门还以“互动游戏+漫画图解”的形式开展税收知识问答,推行“证照分离”改革。", ["证照分离"]),
    ("推行“互联网+政务服务”,以“互联网+监管”方式开展检查。", ["互联网+政务服务", "互联网+监管"]),
    ("推行“一事一议”财政奖补,推行“证照分离”改革。", ["一事一议", "证照分离"]),
    # A place's calling card (把“…”这张名片擦亮) and a study session's theme (“…”专题学法): no programmes.
    ("奋力把“江南古镇”这张金色名片擦得更亮,打造“古镇客厅”服务品牌。", ["古镇客厅"]),
    ("在县政府常务会议开展“依法保障优化营商环境”专题学法,推行“首违不罚”。", ["首违不罚"]),
    ("全县开展“民主法治示范村”创建活动。", ["民主法治示范村"]),
    # What one puts in place (实施) is a programme.
    ("全面实施“阳光政务”,开展“法律进村”。", ["阳光政务", "法律进村"]),
])
def test_deployed_numbers_fields_and_honours(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Plans counted, a formula of the theory, a leader, a dated survey: no programme.
    ("按照法治建设“三个规划”要求推进。", []),
    ("学习习近平法治思想“十一个坚持”。", []),
    ("组织各部门“一把手”公开述法。", []),
    # The task made the leader's own (将法治建设作为“一把手工程”): a priority, no programme; a named 工程 stays one.
    ("将法治建设作为“一把手工程”,主动研究谋划法治政府建设工作。", []),
    ("把法治建设作为“一把手工程”来抓,实施“精准普法”工程。", ["精准普法"]),
    # (nor the pair 坚持“一把手抓”“抓一把手”: the leader taking charge and charge taken of the leaders, a motto)
    ("法治政府建设坚持“一把手抓”“抓一把手”,推行“首违不罚”。", ["首违不罚"]),
    ("坚持“抓一把手”“一把手抓”。", []),
    ("在“2021年法治甘肃建设群众满意度调查”工作中排名第二。", []),
    # A place's way of working named by the place is no programme; the lexicon's are.
    ("总结推广“亦庄经验”,坚持发展新时代“枫桥经验”。", ["枫桥经验"]),
    # Building rule of law in a place is a goal.
    ("为“法治中村”建设提供保障。", []),
    # (a province's rule of law as the system built, 构建数字“法治山东”体系: the same goal; round 256)
    ("按照要求,构建数字“法治山东”体系。", []),
    # Services done in one place or online (“全网通办、全程网办”), national and city mechanisms.
    ("基本实现“全网通办、全程网办”,“好差评”系统评价9000次,完善接诉即办机制。",
     ["全网通办、全程网办", "好差评", "接诉即办"]),
    ("公布“一趟不用跑”和“最多跑一趟”办事清单。", ["一趟不用跑", "最多跑一趟"]),
    # A service named by the way it is handled, with nothing after it marking a programme (推动“…智能办”), stays out,
    # as the stored golds leave “…快办”, “…好办” and “…代办” out; one named as a service or window stays in.
    ("推动“审批智能办”,可办事项升级为40个。", []),
    ("推出“企业全程帮办”服务,设立“一证即办”窗口。", ["企业全程帮办", "一证即办"]),
    # A reading club run under its own name is a programme, as a named 讲堂 is.
    ("组织机关干部学习法律知识“书香润法悦读书会”,全年举办12期。", ["书香润法悦读书会"]),
    # A known name inside a quoted mode joined by + is part of that mode's name: the mode is the one mention.
    ("推出“一网通办+帮代办”服务模式。", ["一网通办+帮代办"]),
    ("推出“一网通办+帮代办”服务模式,深化“一网通办”。", ["一网通办+帮代办", "一网通办"]),
    # An office by its short name working with another stays a body.
    ("与“工改办”共同监测审批时限。", []),
])
def test_counts_formulas_places_and_service_mechanisms(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A brand and its motto joined by a middle dot, whatever follows it.
    ("参加自治区“法治讲堂·逢九必讲”法治培训。", ["法治讲堂·逢九必讲"]),
    ("组织“法治讲堂·逢九必讲”及“江苏大讲堂”学习。", ["法治讲堂·逢九必讲", "江苏大讲堂"]),
    # A named 学堂 is a programme as a named 讲堂 is, listed among the means a study is carried by.
    # (a routine by its period, “每周一课”, beside it: round thirty-nine's gold has it, missed until round 107)
    ("运用“东湖学堂”“每周一课”等多种载体开展学习。", ["东湖学堂", "每周一课"]),
])
def test_brand_with_its_motto(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Names listed in quotes, then 等 and what they all are: each is one.
    ("各支部坚持“第一议题”“三会一课”等制度不走样。", ["第一议题", "三会一课"]),
    ("推行“容缺受理”“告知承诺”等改革。", ["容缺受理", "告知承诺"]),
    # (listed with 、 between, the last name too: “第一议题”、“某海第一课”等学习制度)
    ("深化落实“第一议题”、“某海第一课”等学习制度,打造大课堂。", ["第一议题", "某海第一课"]),
    # The theory's formula written with figures is no programme either.
    ("组织干部研读“11个坚持”。", []),
    # The five ways of doing a service, a national formula, however it is introduced.
    ("窗口落实“马上办、网上办、就近办、一次办、自助办”,群众办事更省心。",
     ["马上办、网上办、就近办、一次办、自助办"]),
    # three of them quoted as one list, carried out as the 工作要求 (round 195): the reform, as the five are
    ("认真落实“网上办、就近办、一次办”等工作要求,打造便民窗口。", ["网上办、就近办、一次办"]),
    ("全面落实“马上办、网上办、就近办”,群众办事更省心。", ["马上办、网上办、就近办"]),
    # (two ways alone stay no programme, as one alone is: “网上办”事项)
    ("落实“网上办、就近办”工作要求。", []),
])
def test_listed_names_figures_and_service_formula(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The leading cadres, a village's two committees and a run of falling figures are no programmes.
    ("充分发挥“关键少数”示范带动作用。", []),
    ("街道党工委及社区“两委”成员以身作则。", []),
    ("案件类警情实现“十一连降”。", []),
    # ... nor is a ranking's climb told as a leap (实现“三年三级跳”, “两连冠”)
    ("全省考评排名实现“四年四级跳”。", []),
    ("行政复议工作获得“两连冠”。", []),
    # ... nor is the coverage reached at levels counted (实现…“三级全覆盖”, “两个全覆盖”), a goal met
    ("实现依法治市工作市、区(市)、镇(街)“三级全覆盖”。", []),
    ("推动实现“两个全覆盖”,推行“容缺受理”改革。", ["容缺受理"]),
    # ... while a programme beside them still is.
    ("抓住“关键少数”,推行“容缺受理”改革。", ["容缺受理"]),
])
def test_cadres_committees_and_statistics(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A committee's numbered programme, whatever it calls its deployment.
    ("围绕省委“1310”具体部署、市委“1312”思路举措和区委“1311”具体措施推动工作。", ["1310", "1312", "1311"]),
])
def test_numbered_programmes_deployed(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A place's strategy and a year's theme are no programmes; a strategic project with a number is one.
    ("紧紧围绕“工小美”战略,推进政务公开。", []),
    ("紧扣市委“深化改革、强基固本”主题年工作要求推进工作。", []),
    ("坚持“3820”战略工程思想精髓。", ["3820"]),
    ("落实县委“2468”发展战略,推进依法行政。", ["2468"]),
    ("围绕“工小美”发展战略,推进政务公开。", []),
    # A province's formula of what it ensures (紧紧围绕服务“两个确保”) is a formula, as “两个维护” is.
    ("紧紧围绕服务“两个确保”,深化“放管服”改革。", ["放管服"]),
    # A list's make-up (“共性+个性”清单, what all share and what each has) is no programme.
    ("出台“共性+个性”清单,推进“证照分离”改革。", ["证照分离"]),
])
def test_strategies_and_theme_years(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Goals counted are no programmes; the campaign beside them is.
    ("围绕深化“三个年”活动,聚焦“九个新突破”和“六个新提升”,制定年度计划。", ["三个年"]),
    # A year's theme is no programme, whatever follows it.
    ("以“作风效能提升年”活动为契机,优化营商环境。", []),
    # A mechanism named by its figures, its name between the quote and 机制.
    ("持续完善以“一个平台、两项考核、三张清单、四个环节”为主体的“2121”依法行政推进机制。", ["2121"]),
    # Figures alone, with no mechanism after them, stay out.
    ("全年办理“12345”热线工单354件。", []),
    # ... nor a hotline named by its number before the mechanism it joins (“12345”热线建立合作机制).
    ("行政执法监督与“12345”热线建立合作机制。", []),
    ("建立“12345”政务服务便民热线联动机制。", []),
    ("建立“1211”执法协作机制。", ["1211"]),
    # A mechanism a quote names with what it does written between, five or six characters (“法治赛道”定期通报晾晒机制,
    # “红黄绿”三色预警督办机制), as four are (“周例会”…等机制); not through 的, 等 or 和, which join it to other things.
    ("创新“法治赛道”定期通报晾晒机制,对法治指标量化比绩。", ["法治赛道"]),
    ("建立“红黄绿”三色预警督办机制。", ["红黄绿"]),
    ("聚焦“法治赛道”的定期通报晾晒机制。", []),
    ("聚焦“法治赛道”等重点指标完善机制。", []),
    ("坚持“关键少数”学法用法示范机制。", []),
    ("与“法治赛道”牵头单位建立会商机制。", []),
    # A programme whose pilot area a place is chosen as (入选广东省“…工程”先行区, “…改革”试点县): the programme, the
    # honour the area's; a title won itself in the quote (入选“…示范区”) stays an honour.
    ("入选广东省“黄金内湾商业秘密保护创新工程”先行区,成效明显。", ["黄金内湾商业秘密保护创新工程"]),
    ("入选省“营商环境改革”试点县。", ["营商环境改革"]),
    ("入选“全国法治政府建设示范区”,获评优秀。", []),
])
def test_counted_goals_year_themes_and_numbered_mechanisms(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("phrase", "after", "before", "expected"), [
    # A reform one deepens is a programme, whatever follows its name.
    ("一网一门", ",", "持续深化", True),
    # A formula one deepens is still no programme.
    ("四个意识", ",", "不断深化", False),
])
def test_what_one_deepens(phrase, after, before, expected):
    assert is_initiative(phrase, after, before) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # What is brought in is a programme (同步引入“综合查一次”), and so is a lecture forum (讲坛).
    ("同步引入“综合查一次”、柔性执法等创新举措。", ["综合查一次"]),
    ("充分运用厅创设的“强农讲坛”开展学习。", ["强农讲坛"]),
    # A manner (“一站式”) and an adverb's 一 (“一律取消”) are no programmes.
    ("打造“一站式”纠纷解决平台。", []),
    ("对没有法律依据的材料“一律取消”,使申报材料进一步瘦身。", []),
    # A manner made a word by its 化 (“一体化”协作) is none either, as a manner by 式 is.
    ("从“一体化”协作、“网格化”管理、“数字化”赋能三个方面实现突破。", []),
    # Clauses each ending in a verb on the law (“学习用法、工作守法、生活靠法”要求) are a motto; the quoted parts a
    # closed loop is built of (“清单+台账+销号”的管理闭环) a structure; the same parts as a 模式 still a programme.
    ("引导干部践行“学习用法、工作守法、生活靠法”要求。", []),
    ("构建“清单+台账+销号”的管理闭环。", []),
    ("推行“清单+台账+销号”工作模式。", ["清单+台账+销号"]),
    # A reading class with a name (“…”专题读书班) is a programme, as a named 课堂 is; the heads counted (“三长”) are people.
    ("依托“周末夜读”专题读书班开展集中学法。", ["周末夜读"]),
    ("发挥“三长”、志愿者队伍宣传作用。", []),
])
def test_brought_in_forums_and_manners(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A way a service is delivered, quoted before 事项, is no reform of its own ...
    ("可“网上办”、“一次办”事项占比达100%,可“就近办”事项占比达90%。", []),
    ("推动审批事项“掌上办、不见面办”。", []),
    # ... while the named reforms that end in 办 are.
    ("推进“跨省通办”,实现“一网通办”“一照通办”,打造“九好办”服务品牌。", ["跨省通办", "一网通办", "一照通办", "九好办"]),
    # A practice named by its condition and what follows at once (X即Y), quoted: a way of serving run, by its shape.
    ("深化工程建设项目审批改革,12个项目实现“拿地即开工”。", ["拿地即开工"]),
    ("5类惠企政策“免申即享”,补贴资金按时拨付。", ["免申即享"]),
    ("推行“证照即发”服务。", ["证照即发"]),
    # (unquoted it is no name by its shape; a quoted “立即整改” is an order, no practice)
    ("推动惠企政策免申即享。", []),
    ("发现问题“立即整改”。", []),
    # One item of an authority's powers quoted before 事项 (将“…审批”事项下放, “…登记”事项) is a matter handled, no
    # programme; a programme quoted before 事项 stays one.
    ("将“建设项目选址意见书核发审批”事项下放园区,承接“农民专业合作社设立登记”事项。", []),
    # Matters put under a place's management, listed with their duties (“属地管理”事项…清单): no programme.
    ("印发镇街“属地管理”事项主体责任清单,明确职责边界。", []),
    ("梳理“户外广告设置许可”事项,推进“证照分离”改革。", ["证照分离"]),
    ("推出“一件事一次办”事项38个,落实“首违不罚”事项清单。", ["一件事一次办", "首违不罚"]),
    # A place's four leading bodies (“四大家”领导) are people, not a programme.
    ("区“四大家”领导参加会议。", []),
    # Bundled and tolerant-of-gaps service (“集成办”“容缺办”) are ways of delivering it too.
    ("全面推行“集成办”“容缺办”,企业少跑腿。", []),
    # Words of manner (“个性化”服务, “人性化”管理) and the uniform enforcement rejected (“一刀切”) name no programme ...
    ("打造“个性化”服务场景,推行“人性化”管理,杜绝“一刀切”执法。", []),
    # ... while a grid of management (“网格化”管理) stays one.
    ("推行“网格化”管理。", ["网格化"]),
    # A fast lane opened (“绿色通道”) is no programme's name.
    ("为重点项目开通“绿色通道”服务,实行专人代办。", []),
])
def test_service_modes_and_leading_bodies_are_no_programmes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A pattern of work to be formed is a goal, with or without a programme word before 格局.
    ("研究解决重大问题,形成“一盘棋”格局。", []),
    ("打造“线上线下、虚实一体”行政审批新格局。", []),
    ("构建“多元共治”社会治理格局,推行“一窗受理”改革。", ["一窗受理"]),
    # A service reform named by its end (…通办, …网办) before 格局 is what the pattern is built of: the reform.
    ("形成线上“一网通办”、线下“一窗通办”服务格局。", ["一网通办", "一窗通办"]),
    ("构建“全市通办”政务服务格局,形成“一盘棋”格局。", ["全市通办"]),
    # A named practice winning a prize (“…试点项目”获…创新项目一等奖) is a programme, as one 获评 is.
    ("局报告获评全市优秀,“某区企业合规指导服务试点项目”获市法治建设创新项目一等奖。", ["某区企业合规指导服务试点项目"]),
    # Tools built, named in a list before 等…工具 (研发“…”、某某应用等数字工具): things made, no programme.
    ("研发“三码合一”、智能预警应用等数字监管工具,推行“一窗受理”改革。", ["一窗受理"]),
    ("推出“法治体检”工具,深化“放管服”改革。", ["放管服"]),
    # Ways of studying joined, each a kind of 学, and a body's means (人、财、物) are no programmes.
    ("采取“集中学+个人学”“线上学+线下学”引导干部学法,推行“一窗受理”改革。", ["一窗受理"]),
    ("围绕“人、财、物”管理,聚焦“人财物和制度”,深化“放管服”改革。", ["放管服"]),
    # A leader's requirements are instructions, not a programme.
    ("贯彻“三个着力”重要要求和“四个坚持”重要指示。", []),
    # (the last of a list of them, before 等: “两个加快”、“三个扎扎实实”等重要指示批示)
    ("深入落实对本省“两个加快”、“五个坚持”、“三个扎扎实实”等重要指示批示。", []),
    ("落实“一个加快”“两个扎实”等重要要求,推行“一窗受理”改革。", ["一窗受理"]),
    ("落实“三项制度”要求,推进“证照分离”改革。", ["三项制度", "证照分离"]),
])
def test_patterns_of_work_and_requirements_are_no_programmes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A role to play, the situations to keep in mind, a motto of two fronts and a place's
    # positioning are formulas, not programmes.
    ("发挥“三个作用”,胸怀“两个大局”,坚持“两手抓、两手硬”,落实“两点”定位。", []),
    # A body's roles named as departments (“经济部、后勤部、保障部”职责使命) are a motto of its duties.
    ("更好履行了全市党政机关“经济部、后勤部、保障部”职责使命。推行“一窗受理”改革。", ["一窗受理"]),
    # Goals counted by their figures; a work layout of named parts still is one.
    ("围绕“1+1+4+3+N”目标任务体系,立足“一个统筹、四大职能”工作布局。", ["一个统筹、四大职能"]),
    # A short name the text gives its own words, wherever it recurs, is no programme by its shape.
    ("评估依法行政依法理财(以下简称“两依”)状况。“两依”状况评估每年一次,设置“两依”评估指标。", []),
    # Rates counted are measures of results (依法行政“四率”), not a programme.
    ("二是优化依法行政“四率”,切实增强质效。推行“一窗受理”改革。", ["一窗受理"]),
    # The annual sessions (市“两会”) are meetings, not a programme.
    ("市“两会”、市委全会等会议都对法治政府建设作出部署。推行“一窗受理”改革。", ["一窗受理"]),
    # “两山” is a formula (绿水青山就是金山银山), whatever it is put to; a longer name holding it is not.
    ("践行“两山”理论,建立“两山”生态观察员制度,开展“两整治”行动。", ["两整治"]),
    ("以“践行“两山”生态理念 守护绿水青山”为主题拍摄宣传片,推行“两山银行”改革。", ["两山银行"]),
    # Reporting on the spot and on paper, the thing done written after each: a manner, not a programme.
    ("推行“现场述法+书面述法”相结合,推行“线上学法、线下学法”。推行“三项制度”改革。", ["三项制度"]),
    # The channels an application comes in by, two to four of them: a manner, not a programme.
    ("构建“窗口+电话+网上”多渠道受理模式,推行“一窗受理”改革。", ["一窗受理"]),
    ("形成“现场、邮寄”申请模式。", []),
    ("开通“信函+网络+现场+掌上”四种申请方式。", []),
    # (a channel joined to a programme's own word is still the programme: “互联网+监管”)
    ("推进“网上+政务服务”改革。", ["网上+政务服务"]),
    # A manner a check is done in, its parts joined by a plus (采取“…+…”方式): no programme run, as without
    # the plus; the same parts run as a 模式 or 机制 stay one.
    ("采取“县级自查+异地互查”方式开展评查。", []),
    ("通过“专家评审+集体讨论”等方式审核,推行“1+N”帮扶模式。", ["1+N"]),
    ("推行“县级自查+异地互查”机制。", ["县级自查+异地互查"]),
    # The national reform of quick and full tracks, quoted or not, with its reform word or without.
    ("坚持“繁简分流”,缩短审理期限。", ["繁简分流"]),
    ("深化案件繁简分流改革,推行简易程序。", ["繁简分流"]),
])
def test_roles_formulas_counted_goals_and_defined_short_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quoted way of working before 的模式 is a programme's name.
    ("湖南省2018年法治政府建设报告\n设立行政审批局,按照“一证通行、一码查询、一次核验”的模式推行审批。",
     ["一证通行、一码查询、一次核验"]),
    # ... and so is one before 的 and a short word then 模式 (“三级四同”的清单模式).
    ("山东省某市2020年法治政府建设报告\n梳理构建省、市、区(市)“三级四同”的清单模式。", ["三级四同"]),
    # An honour's roll of persons is no programme.
    ("四川省2024年普法工作要点\n依托“全省十大法治人物”、普法志愿者开展宣讲。", []),
    # ... and so is a roll of events chosen each year.
    ("甘肃省2021年法治宣传要点\n开展本省“年度十大法治事件”和“民主法治示范村”评选活动。", ["民主法治示范村"]),
])
def test_ways_of_working_and_rolls_of_honour(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A leader's requirements and the tasks set are no programmes, even with a + or a count;
    # a programme with its + still is one.
    ("落实“4+1”重要要求,聚焦“四个走在前”“四个新”重大任务。", []),
    # the mission set for a place (打造“五城”使命任务) is a goal, as its 目标任务 are
    ("为聚力打造“五城”使命任务、奋力谱写新篇章提供法治保障。", []),
    ("聚焦“三区两地”使命任务,推行“首违不罚”制度。", ["首违不罚"]),
    # a blueprint for a place (为实现“三高四新”美好蓝图) is a vision of it, as its 使命任务 are
    ("为实现“两高三新”美好蓝图提供法治保障。", []),
    ("绘就“一城两区”宏伟蓝图,推行“容缺受理”机制。", ["容缺受理"]),
    ("开展“两高三新”专项行动。", ["两高三新"]),
    ("推进“互联网+监管”改革,落实“三个着力”重点任务。", ["互联网+监管"]),
    # A pattern with another word of it listed first is still a pattern to be formed.
    ("形成上下“一盘棋”、齐抓共管的工作格局,推行“一窗受理”改革。", ["一窗受理"]),
    # A page's space between the quote and the word that names a programme.
    ("为推动 “全员办案” 工作模式的开展提供保障。", ["全员办案"]),
    # A short name that runs past its quote defines no short name of the quote alone.
    ("转发《第七个五年规划》(以下简称“七五”普法规划),确保“七五”普法规划各项任务落实。", ["七五普法"]),
    ("评估依法理财状况(以下简称“两依”),“两依”评估每年一次。", []),
])
def test_requirements_listed_patterns_spaced_and_partly_defined_names(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A programme named with its brand, then by the name after the dash alone: one programme.
    ("长寿路街道2024年法治政府建设报告\n持续开展“苏河之冠——法治惠企”系列活动。“法治惠企”系列活动聚焦中小企业。",
     ["苏河之冠——法治惠企"]),
    # Tasks counted with their field (“五大改革任务”) and goals counted (“两个高水平”) name no programme.
    ("淄博市2017年法治政府建设报告\n部署开展放权减证、流程再造“五大改革任务”,扎实开展“511集中放权”行动。",
     ["511集中放权"]),
    ("2020年浙江省法治政府建设工作要点\n为全省“两个高水平”建设提供坚强有力的法治保障,深化“最多跑一次”改革。",
     ["最多跑一次"]),
])
def test_branded_programmes_and_tasks_or_goals_counted(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A numbered structure of work before 的工作布局 is named, as it is without 的.
    ("市司法局立足司法行政“一个统抓、五大职能”的工作布局,推进工作。", ["一个统抓、五大职能"]),
    # The projects a programme runs name it; an honour's category does not.
    ("统筹推进“法治为民办实事”省级项目15个。", ["法治为民办实事"]),
    ("该项目被评为“法治为民办实事”省级优秀项目。", []),
    # A principle after 的 is still none.
    ("坚持“示范引领、典型带动”的原则。", []),
    # A principle before 工作原则 or 基本原则 is none either, though 工作 alone would make a programme of it.
    ("旗帜鲜明地坚持“依法治县”工作原则,全面提升依法履职能力。", []),
    ("始终遵循“统筹兼顾、分类施策”基本原则推进改革。", []),
    # A direction the work keeps to (鲜明“…”工作导向) is none, as a principle is (round 223); a quoted pair of service
    # slogans put to a mode stays one.
    ("鲜明“服务人民、服务发展”工作导向,着力解决交通运输法治领域突出问题。", []),
    ("坚持“服务人民、服务发展”导向。", []),
    ("推行“一口受理、一站办结”服务模式。", ["一口受理、一站办结"]),
    ("扎实推进“依法治县”工作,成效明显。", ["依法治县"]),
])
def test_structures_of_work_and_projects(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quoted name in a run beside a name the lexicon knows is a name of its kind.
    ("办事“只进一道门”“最多跑一次”,企业满意。", ["只进一道门", "最多跑一次"]),
    ("推行“最多跑一次”“就近能办”,企业满意。", ["最多跑一次", "就近能办"]),
    ("实现“最多跑一次”、“只跑一个窗口”。", ["最多跑一次", "只跑一个窗口"]),
    # (a formula beside it stays out: “四个意识”“两个维护”)
    ("树牢“四个意识”“两个维护”,深化“放管服”改革。", ["放管服"]),
    # A named practice praised is a programme; the roll it is put on, and a case praised, are not.
    ("“乡村法治体检”被评为全市法治建设“优秀创新”项目。", ["乡村法治体检"]),
    ("“某公司不服某局行政处罚案”被评为全省典型案例。", []),
])
def test_names_listed_beside_known_ones_and_practices_praised(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two known names in one quote are the two names, not a third made of both.
    ("贯彻了“谁执法谁普法、谁服务谁普法”制度。", ["谁执法谁普法", "谁服务谁普法"]),
    # A list of unknown names in one quote is still one name when its shape makes it one.
    ("立足司法行政“一个统抓、五大职能”的工作布局。", ["一个统抓、五大职能"]),
    # Counted parts listed, however many, then the mechanism they make up after 的 (优化“一平台、两抓手、一带动、一考核”的
    # 工作推进机制): a numbered structure of work; a principle of counted hands (的原则) stays out.
    ("优化“一平台、两抓手、一带动、一考核”的工作推进机制,开展督导2次。", ["一平台、两抓手、一带动、一考核"]),
    ("形成“一中心、两平台、三机制”的运行机制。", ["一中心、两平台、三机制"]),
    ("坚持“一手抓发展、一手抓法治”的原则。", []),
    # A study forum's brand with its lectures run under it (举办“浙中论坛”报告会专题辅导): a programme, as a named 讲坛 is;
    # a forum the quote names the theme of (“法治与发展”论坛) and a forum held once (举办“数字法治论坛”) stay events.
    ("市委理论学习中心组举办“浙中论坛”报告会专题辅导。", ["浙中论坛"]),
    ("举办“法治与发展”论坛,举办“数字法治论坛”。", []),
])
def test_known_names_listed_in_one_quote(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # What a campaign strikes at is its target, not a programme.
    ("组织打击“黑作坊”专项执法,全年捣毁“黑作坊”3处。", []),
    ("开展“扫黑除恶”专项斗争,推行“综合查一次”。", ["扫黑除恶", "综合查一次"]),
    # A campaign's name with the field it covers before 专项整治.
    ("部署“餐桌放心”农产品质量安全专项整治。", ["餐桌放心"]),
    ("开展了“蓝天保卫”城区大气污染防治专项行动。", ["蓝天保卫"]),
])
def test_campaign_targets_and_campaigns_named_with_their_field(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A requirement to meet (“两降一升”工作要求) is a goal, not a programme; the campaign run for it is one.
    ("对照“两降一升”工作要求,全镇加强行政执法规范化建设。", []),
    ("开展“两降一升”专项行动。", ["两降一升"]),
    # A site's column the page is filed under, on its breadcrumb line, is no mention; the text's own is.
    ("您当前的位置: 首页 >专题专栏 >依法行政 > 放管服\n某县人民政府关于2020年度法治政府建设情况的报告\n深化改革。", []),
    ("当前位置:首页/政务公开/放管服\n某县报告\n深化“放管服”改革。", ["放管服"]),
    # A system named by its figures is a programme, as a mechanism so named is.
    ("“262”社会治理体系全面建成。", ["262"]),
    # What a place is to be built into (“…”建设目标, 发展目标) is a goal too.
    ("围绕“山水某城、活力新区”建设目标,着力打造法治亮点。", []),
    ("锚定“三城一区”发展目标推进依法行政。", []),
])
def test_a_work_requirement_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A vision of a place (“强富美高”新江苏) is no programme; a programme run in a new way is one.
    ("深化“强富美高”新江苏建设,深化“放管服”改革。", ["放管服"]),
    ("为谱写“强富美高”新盐城现代化建设新篇章提供保障。", []),
    # (or the modern new county it builds, 推进“五兴六强”现代化新衡山建设: its vision, the same; a programme run
    # for a modern city stays one)
    ("为推进“五兴六强”现代化新衡山建设提供了有力法治保障。", []),
    ("为推进“五兴六强”现代化新江苏建设提供了有力法治保障。", []),
    ("深化“放管服”改革,推进现代化新衡山建设。", ["放管服"]),
    ("推行“一窗受理”新模式。", ["一窗受理"]),
])
def test_a_vision_of_a_place_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The trained villagers and residents of the 法律明白人 programme, quoted, name the programme,
    # whatever follows the quote; unquoted, they are people counted.
    ("在群众中选拔培养30名“法律明白人”,营造学法氛围。", ["法律明白人"]),
    ("推进“法律明白人”队伍建设。", ["法律明白人"]),
    ("全镇共培养了3名法律明白人,协助调解纠纷。", []),
    # The title a place wins in the 示范创建 contest is an honour, not a programme.
    ("成功创建“全国法治政府建设示范区”。", []),
    ("积极创建“第二批全省法治政府建设示范县”。", []),
    # (written without 建设, or with the lower levels bracketed after it: the same honour)
    ("全力推进“全省法治政府示范市(县、区)”创建。", []),
    ("争创“全国法治政府示范县”。", []),
    ("创建“全国民主法治示范社区”。", ["全国民主法治示范社区"]),
    # The one-stop manner of a service is no programme, whatever service follows.
    ("设立社会救助“一站式”服务窗口,提供“一站式”法律服务。", []),
    ("推行“点单式”服务。", ["点单式"]),
])
def test_programme_roles_and_contest_titles(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Cases chosen for a roll are examples of work, not a programme.
    ("两起案件入选全省行政执法“十大案例”,一起入选“最佳实践案例”。", []),
    ("两起案件入选“十大案例”,全面推行“综合查一次”。", ["综合查一次"]),
    # Working online and offline is a manner, however the two are joined.
    ("建成“线上+线下”普法平台,推动“线上线下”融合。", []),
    # So is checking on the spot or on paper.
    ("采取“实地+书面”方式开展督察,推行“书面+台面”述法。", []),
    # Modes it works by, listed as examples after 利用 or 通过 (利用“基层点单+街道送课”“理论学习+成果转化”等模式; round
    # 203): manners of working; a 模式 built, short parts and 互联网+ stay.
    ("利用“基层点单+街道送课”“理论学习+成果转化”等模式,开展系列专题宣讲活动277场次。", []),
    ("通过“基层点单+街道送课”模式开展宣讲。", []),
    ("构建“理论研讨+实践教学”双轨模式,围绕新法开展学习。", ["理论研讨+实践教学"]),
    ("通过“互联网+政务服务”等模式优化服务。", ["互联网+政务服务"]),
    # ... and the modes called by a word of two before 模式 (的多元模式, 等多种模式; round 215): manners still; a
    # 模式 built after 的 and 互联网+ after one stay.
    ("通过“集中学习+个人自学”“线上平台+线下研讨”的多元模式,推动党员干部学习。", []),
    ("采用“线上平台+线下研讨”等多种模式开展培训。", []),
    ("构建“理论研讨+实践教学”的双轨模式,围绕新法开展学习。", ["理论研讨+实践教学"]),
    ("通过“互联网+政务服务”的新模式优化服务。", ["互联网+政务服务"]),
    # A brand named right after the word 品牌, as one named before it.
    ("着力打造调解品牌“老街坊调解室”,群众认可度高。", ["老街坊调解室"]),
    ("打造“老街坊调解室”品牌。", ["老街坊调解室"]),
    # A reform the lexicon knows, quoted before a word that names no programme.
    ("“无证明城市”应用持续深化,减少证明材料60项。", ["无证明城市"]),
])
def test_case_rolls_online_offline_brands_and_no_certificate_city(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The rule of law in the document's own place names its goal, whatever activity carries it ...
    ("2022年“法治大竹”一月一主题活动工作方案\n大竹县司法局\n2022年4月12日\n为推动法治大竹建设,决定组织开展2022年“法治大竹”一月一主题活动,推进“八五”普法。",
     ["八五普法"]),
    ("大竹县2022年法治政府建设工作报告\n开展“法治大竹”主题活动。", []),
    # ... while a programme named 法治 plus a word of its own (“法治体检”) is a programme, in any place.
    ("大竹县2022年法治政府建设工作报告\n开展“法治体检”活动。", ["法治体检"]),
])
def test_the_own_place_s_rule_of_law_is_a_goal(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Quoted names joined by 和 share the words after them: a blueprint and goals are no programmes ...
    ("围绕“三区建设”和“一城两带”发展蓝图,凝聚合力。", []),
    # A place's picture counted by its areas, a capital of some trade among them (“一都三区”建设): a goal ...
    ("紧紧围绕“一都三区”建设和高质量发展,凝聚合力。", []),
    # ... and what the law is to serve in building, whatever its shape (为建设“三城新区”提供法治保障).
    ("为建设“三城新区”提供坚强法治保障。", []),
    ("为加快打造“五区一中心”提供有力法治支撑。", []),
    # (a programme the law serves, with its own word, stays one)
    ("为“放管服”改革提供法治保障。", ["放管服"]),
    # A lecture series with its class bracketed after its name is the series, named as quoted.
    ("机关先后组织3次专题讲座、1次“干部大讲堂(经济类)”,约30人次参加。", ["干部大讲堂(经济类)"]),
    # (a bracket that is no class leaves the quote as it was: no programme word before it)
    ("机关先后组织1次“干部座谈(试行)”,约30人次参加。", []),
    ("确保了“五个坚决防止”和“四个零发生”目标的实现。", []),
    # ... and a mechanism named after both makes both programmes.
    ("建立“一案一评”和“双月通报”机制。", ["一案一评", "双月通报"]),
])
def test_quoted_names_joined_by_and(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A 普法 plan's number written with a middle dot, quoted or not, and the ninth plan unquoted.
    ("全面完成“八·五”普法规划各项任务,总结“七•五”普法经验,启动九五普法规划。", ["八五普法", "七五普法", "九五普法"]),
    ("开展八・五普法中期评估。", ["八五普法"]),
    # A five-year plan's period before 普法 is no 普法 plan of its own (十四五: not the fourth).
    ("编制十四五普法规划,落实十三五普法总结。", []),
    # A slogan of two clauses set apart by a space is no programme, whatever activity carries it.
    ("开展“法律政策进军营 共同筑牢强军梦”宣传活动。", []),
    # A responsibility system named by its figures is a programme.
    ("严格落实“双组长”责任制。", ["双组长"]),
])
def test_dotted_pufa_plans_spaced_slogans_and_responsibility_systems(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A venue (阵地) named in quotes is a place, not a programme; what is held there may be one.
    ("依托“邻里小院”法治文化阵地,在村里开展“法治流动课堂”18次。", ["法治流动课堂"]),
    ("建好“法治长廊”宣传阵地。", []),
])
def test_a_venue_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A group named by its field in quotes (“法治建设”工作领导小组) is a body, not a programme.
    ("成立以镇党委书记为核心的“法治建设”工作领导小组,深化“放管服”改革。", ["放管服"]),
    ("调整“扫黑除恶”专项斗争领导小组。", []),
    # (the field's own campaign stays one)
    ("开展“法治建设”活动。", ["法治建设"]),
])
def test_a_group_named_by_its_field_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A mechanism a body creates (创设“小案审会”) is put in place, as one it 推行s or 引入s.
    ("街道建立科室疑难会商机制,创设“小案审会”,破解案件办理难题。", ["小案审会"]),
    # (a manner created, “一站式”, stays a manner)
    ("创设“一站式”服务窗口。", []),
])
def test_a_mechanism_created_is_a_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Words quoted from what a plenum or a leader set, followed by 要求, are a requirement, not a programme.
    ("贯彻落实全会提出的“完善中国特色社会主义法治体系”要求,深入推进“放管服”改革。", ["放管服"]),
    ("会议践行习近平总书记“四个机关”要求,深化“放管服”改革。", ["放管服"]),
    ("落实总书记“三个更加注重”要求,推行“一网通办”。", ["一网通办"]),
])
def test_a_quoted_requirement_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The problems a campaign targets (针对“三堆五乱”等问题) and the state bodies a congress supervises (“一府两院”,
    # “一府一委两院”) are no programmes.
    ("针对农村“三堆五乱”等问题,深入开展“清洁家园”行动。", ["清洁家园"]),
    ("常委会听取审议“一府一委两院”专项工作报告12个,推进“放管服”改革。", ["放管服"]),
    ("监督“一府两院”工作,开展“法治体检”活动。", ["法治体检"]),
    # (a programme named by its count, then what it solves, stays one: 推行“三个清单”解决…问题)
    ("推行“三张清单”制度,解决群众办事难问题。", ["三张清单"]),
])
def test_problems_targeted_and_supervised_bodies_are_no_programmes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The subject of a study is a topic, not a programme, though the study is carried out (开展).
    ("深入开展“打造市场化法治化国际化营商环境”等13个重点课题调研,形成调研成果30多项。", []),
    ("开展“优化法治化营商环境”课题研究,深化“放管服”改革。", ["放管服"]),
    # (a school's course, or the book it is taught from, is a subject taught: 开齐开足“…”课程)
    ("全县中小学开齐开足“道德与法制”课程,开展“法治进校园”活动。", ["法治进校园"]),
    ("各校开设“道德与法制”等课程。", []),
    # A campaign named by what it does, its last clause ending in 经验, is a campaign (a place's 经验 is not).
    ("推动新时代法治建设“抓示范、创品牌、出经验”活动走深走实。", ["抓示范、创品牌、出经验"]),
    ("推广“亦庄经验”做法。", []),
])
def test_study_topics_and_campaigns_ending_in_experience(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A venue is a place whatever its shape, a "+" formula too.
    ("打造“院坝课堂+流动宣讲”双普法阵地,开展“法治流动课堂”活动。", ["法治流动课堂"]),
    # A theme held to is a slogan; a theme's campaign is a programme.
    ("紧紧围绕“拼经济、拼发展”主题,开展“美好生活·民法典相伴”主题宣传。", ["美好生活·民法典相伴"]),
    ("围绕“拼经济、拼发展”主题的要求推进工作。", []),
])
def test_venues_of_any_shape_and_themes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The parts of a programme's name explained in brackets (“四战”指…) are the whole's, no names of their own.
    ("以“四战两改一清单一铁军”(“四战”指蓝天保卫战、碧水保卫战,“两改”指环保督察整改、环保机构改革,"
     "“一清单”指编制“三线一单”)为重点。", ["四战两改一清单一铁军", "三线一单"]),
    # (an index, 指数, is read as before)
    ("发布“互联网+”指数。", []),
    # A study system named by its agenda item is a 制度, as “第一议题”制度 is.
    ("建立“第一议题”学习制度,落实“第一议题”制度。", ["第一议题"]),
    # ... written short, its 制 closing the clause (落实“第一议题”制,); a 制 running on into a word is no system.
    ("进一步落实“第一议题”制,推动学习。", ["第一议题"]),
    ("推行“首问负责”制。", ["首问负责"]),
    ("写上“欢迎光临”制成标牌。", []),
    # A campaign counted as it is carried out (开展6次“局长走流程”, 开展3场“…”) is carried out all the same.
    ("全年开展6次“处长走流程”,举办3场“法律进园区”。", ["处长走流程", "法律进园区"]),
    ("开展2轮“法治体检”,落实“第一议题”学习12次。", ["法治体检"]),
    # Single characters listed in a quote, run on into words past it (“亚、残”运安保, “大、中”型), name nothing.
    ("扎实开展“亚、残”运消防安保和“百日行动”,服务“大、中”型企业。", ["百日行动"]),
    # A task set (“四必谈”工作任务) is no programme, as its 重点任务 is not.
    ("积极开展问题查摆和“四必谈”工作任务。", []),
    # Risks to prevent are what work guards against.
    ("着力防控森林火灾、地震地质灾害“六大风险”,实施“六大行动”。", ["六大行动"]),
    ("使“三股势力”无机可乘,深入开展“访惠聚”驻村工作。", ["访惠聚"]),
    # One door (“一门”进驻率) is a manner of service, as “一门式” is; “一窗受理” is a reform.
    ("“一门”进驻率84.06%,推行“一窗受理”改革。", ["一窗受理"]),
])
def test_parts_explained_study_systems_tasks_and_risks(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The 普法 responsibility system's parts are named for whose duty it is, each a programme.
    ("落实“谁主管谁普法”、“谁执法谁普法”、“谁用工谁普法”的普法责任制。",
     ["谁主管谁普法", "谁执法谁普法", "谁用工谁普法"]),
    ("推行“谁管理谁普法”“谁服务谁普法”。", ["谁管理谁普法", "谁服务谁普法"]),
    # The system's three parts in one quote, set apart by spaces, or named unquoted: each is a programme.
    ("推动落实“谁执法谁普法 谁管理谁普法 谁服务谁普法”责任制。",
     ["谁执法谁普法", "谁管理谁普法", "谁服务谁普法"]),
    ("落实谁执法谁普法、谁管理谁普法、谁服务谁普法责任制。", ["谁执法谁普法", "谁管理谁普法", "谁服务谁普法"]),
    # Not any phrase with 谁 in it: a motto of duty is no programme.
    ("坚持“谁主管、谁负责”的原则。", []),
])
def test_parts_of_the_law_teaching_responsibility_system(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Statements quoted from a speech (强调“X是Y”): what something is, no programme, whatever word ends it.
    ("报告强调“全面依法治国是国家治理的一场深刻革命”“法治政府建设是全面依法治国的重点任务和主体工程”。", []),
    # (a programme ending so still is one)
    ("实施“法律明白人”培养工程,开展“法润民心”工程。", ["法律明白人", "法润民心"]),
])
def test_a_quoted_statement_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An honour conferred with its year and field before it (评选为2022年度县乡法治政府建设“最佳实践”项目).
    ("我局禁渔执法联合体被省政府办公厅评选为2022年度县乡法治政府建设“最佳实践”项目。", []),
    # (a campaign run after an honour won is still one)
    ("荣获省级先进并开展“法润民心”行动。", ["法润民心"]),
])
def test_an_honour_with_its_roll_before_it(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The national students' constitution campaign, its two parts joined, set apart by 、 or a space.
    ("组织全县中小学参加“学宪法讲宪法”活动。", ["学宪法讲宪法"]),
    ("开展“学宪法、讲宪法”系列活动。", ["学宪法讲宪法"]),
    ("举办第八届全国学生“学宪法 讲宪法”比赛。", ["学宪法讲宪法"]),
    # A study theme's slogan that only begins alike stays out.
    ("开展“都来学宪法 提升公民法治素养”主题学习活动。", []),
])
def test_the_students_constitution_campaign(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A known name listed with another of its kind in one quote: both are names.
    ("开展部门主要领导“轮值讲法、以案释法”活动。", ["以案释法", "轮值讲法"]),
    ("推行“以案释法、庭审观摩”工作机制。", ["以案释法", "庭审观摩"]),
    # Not where the known one is one step among many.
    ("推行“一套材料、一张表单、一次申请、一窗受理、一网通办、一次办结”。", ["一网通办"]),
    # A way of working named by its figures before 模式, its groups after it (“7+N”模式配备网格工作小组).
    ("依托二级网格中“7+N”模式配备网格工作小组。", ["7+N"]),
    ("组建“法治建设”工作小组。", []),
])
def test_listed_names_and_a_mode_before_its_groups(text, expected):
    assert sorted(names(text)) == sorted(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # Kinds of people or files counted are categories, not programmes.
    ("组织“三类人员”考法,完成“四类案卷”评查,推行“双随机、一公开”。", ["双随机、一公开"]),
    # Kinds of people counted by a figure and a word (“两公”律师: 公职律师 and 公司律师) are a category too.
    ("推动“两公”律师发挥作用,组织“三官”人员进校园,推行“两书”制度。", ["两书"]),
    # ... and kinds of enterprises, units or organisations (“四上”企业, “两新”组织, “三停”单位).
    ("推出“四上”企业培育激励,加强“两新”组织党建,检查“三停”单位,推行“两书”制度。", ["两书"]),
    # ... and the members of the two academies (“两院”院士: 科学院 and 工程院 academicians).
    ("2023年我省“两院”院士增选取得突破,新晋“两院”院士3人,深化“证照分离”改革。", ["证照分离"]),
])
def test_categories_counted_are_no_programme(text, expected):
    assert names(text) == expected


def test_a_count_of_what_the_place_is_to_be_is_a_vision():
    # 建设“四个梧州” in 梧州's own report: a vision of the city, not a programme run there.
    text = "梧州市2023年度法治政府建设工作报告\n为建设“四个梧州”提供法治支撑,推行“一窗通办”改革。"
    assert names(text) == ["一窗通办"]


@pytest.mark.parametrize(("text", "expected"), [
    # The place's qualities counted before its own name (建设“五美梧州”, “三美梧州”): a vision of it, the same.
    ("梧州市2023年度法治政府建设工作报告\n奋力建设“五美梧州”,推行“一窗通办”改革。", ["一窗通办"]),
    ("梧州市2023年度法治政府建设工作报告\n打造“三美梧州”,开展“五美乡村”评选活动。", ["五美乡村"]),
    # Outcomes counted by 个 after 实现 (奋力实现“两个更好”, 实现“四个显著”): goals; a programme counted by 个
    # elsewhere (推行“三个一”工作法) stays one.
    ("为奋力实现“两个更好”提供法治保障,推行“一窗通办”改革。", ["一窗通办"]),
    ("实现“四个显著”目标成效,推行“三个一”工作法。", ["三个一"]),
])
def test_a_place_s_qualities_and_outcomes_counted_are_goals(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A line of thinking named by its figures is no programme; the rule of law's "main project" is a metaphor.
    ("明确“一年打基础、二年强提升”的“12”工作思路,推行“一窗通办”改革。", ["一窗通办"]),
    # A place's line of development (全县“一三五”发展思路) is a line of thinking, as a 工作思路 is; kinds of
    # economy counted (“四新经济”) are a category: neither a programme.
    ("围绕全县“一三五”发展思路,对“四新经济”包容审慎,深化“证照分离”改革。", ["证照分离"]),
    # The same with 总体 before it (围绕某区“一三五”总体发展思路, “123”总体思路): a place's line of development.
    ("紧紧围绕某区“一三五”总体发展思路,深化“证照分离”改革。", ["证照分离"]),
    ("坚持“123”总体思路,推行“一窗通办”改革。", ["一窗通办"]),
    # A leader's own report on a duty quoted (落实“述法”职责, 带头“述职”) is an act each leader does, no programme.
    ("局长带头落实“述法”职责,班子成员“述职”考评,推行“一窗通办”改革。", ["一窗通办"]),
    # A product named by its place (“某山苹果”等地理标志) is what a campaign protects, not the campaign.
    ("开展“北岭苹果”等地理标志保护专项行动,开展“法律进乡村”活动。", ["法律进乡村"]),
    # A practice named to a batch's roll (“…”获得第二批…示范项目命名) is a programme, as one 获评 is.
    ("“信访‘五步法’新模式”获得第二批全市法治政府建设示范项目命名。", ["信访‘五步法’新模式"]),
    # One shortlisted for a roll (“…”入围第三批…单项项目) is the same; a case shortlisted is a case.
    ("某区“法治护航小微企业成长”入围第三批全国法治政府建设示范创建单项项目。", ["法治护航小微企业成长"]),
    # One put on a roll (“…”列入某部《…清单》) is the same.
    ("“以数据赋能为核心的政务协同模式”列入某部《年度改革任务清单》。", ["以数据赋能为核心的政务协同模式"]),
    # (one put into a plan or a session's agenda is no praise: 把“法治建设”列入工作计划)
    ("管委会把“法治建设”列入工作计划,将“法治某区建设”列入区委全会部署的改革重要内容。", []),
    ("某区“李某不服行政处罚案”入围全省十大案例。", []),
    ("聚焦“主体工程”,推行“一窗通办”改革。", ["一窗通办"]),
    # One of the ways of working named after 等 (“老友议事会”等基层治理模式) is a programme.
    ("推广“老友议事会”等基层治理模式。", ["老友议事会"]),
])
def test_lines_of_thinking_metaphors_and_modes_after_deng(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An app, however its name is shaped (推广“…”应用, “…”与“…”应用贯通): a tool, not a programme.
    ("推动“阳光执法”与“执法+服务”应用贯通,推广“法务通”应用,线上办理。", []),
    # the uses of a programme (“…”应用场景) keep it one; so does the unquoted name the lexicon knows
    ("谋划12个“综合查一次”应用场景,组织综合查一次200户次。", ["综合查一次"]),
    # the places a programme is run at (打造…个“…”联系点)
    ("在园区打造10个“法律进企业”联系点。", ["法律进企业"]),
    # a series of party lectures the quote names (“…”党课系列, “…”系列党课); a lecture's topic alone is none
    ("开展“我为群众讲法律”党课系列活动。", ["我为群众讲法律"]),
    ("推出“法治微讲堂进支部”系列党课。", ["法治微讲堂进支部"]),
    ("讲授“学思践悟”党课一次。", []),
    # a network of service points counted by its kinds (“1站36室”: a station, its rooms), even before 平台
    ("依托“1站12室”平台送法进家。", ["1站12室"]),
    ("建成“一站十室”服务网络。", ["一站十室"]),
    ("推进“两区三城”建设。", []),
    # a system quoted by its full name (严格执行“…制度”, 建立“…工作机制”) is a mechanism
    ("严格执行“重大事项报告备案制度”,建立“三级书记抓法治工作机制”。", ["重大事项报告备案制度", "三级书记抓法治工作机制"]),
])
def test_apps_venues_of_programmes_and_quoted_systems(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A medium that reports on the work (区“某某发布”等媒体, “某某在线”新媒体) is no programme.
    ("被市《法制报》、区“五华发布”等媒体广泛报道,推行“法治夜校”活动。", ["法治夜校"]),
    ("通过“六合在线”新媒体推送案例。", []),
])
def test_a_medium_reporting_the_work_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A code inside an office's name (县政务“1+6”协调服务办公室) is part of the body, no programme; the
    # same code before its mechanism still is one.
    ("县政务“1+6”协调服务办公室入驻大厅。", []),
    ("推行“1+6”协调服务机制。", ["1+6"]),
    # 工程建设 (the field of construction projects) is no 工程 run a few words on; a 工程 is.
    ("与“审改组”共同监测工程建设项目审批。", []),
    ("推进“法润乡村”五年惠民工程。", ["法润乡村"]),
])
def test_codes_in_offices_and_construction_projects(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Figures to lower and hold (“两降一保”) and "new"s counted (“三新”) are targets, unless a campaign's
    # word follows; a manner things are done in (以“…”等方式) is no programme, a 监管方式 run still is.
    ("紧盯行政复议“两降一保”,围绕“三新”目标推进。", []),
    ("开展“两降一保”专项行动。", ["两降一保"]),
    ("以“走村入户”“集中宣讲”等方式开展普法。", []),
    ("推行“双随机、一公开”监管方式。", ["双随机、一公开"]),
    # A place's picture counted by its areas and towns before 建设 (“两区三城”建设) is a goal; a
    # programme counted so before another word is not touched.
    ("全面推进“两区三城”建设,打造“三地一中心”建设格局。", []),
    ("开展“两区三城”创建活动。", ["两区三城"]),
    # An office by its short name, working with another (与“扫黑办”联合检查), is a body; a programme so
    # placed (与“一网通办”共同推进) is still one.
    ("县司法局与“扫黑办”联合开展检查,与“一网通办”共同推进。", ["一网通办"]),
])
def test_targets_and_manners(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A campaign's last stage (打好“…行动”收官战) names the campaign; a goal fought for (打赢“…”) and a
    # period's last year (“十四五”收官之年) name none.
    ("全力打好“法治护企三年行动”收官战,严格落实“三项制度”。", ["法治护企三年行动", "三项制度"]),
    ("打好“十四五”收官战,打赢“三大攻坚战”。", []),
    ("2025年是“十四五”收官之年。", []),
])
def test_a_campaigns_last_stage(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A campaign named with its word, then what is said of it (…”的部署要求, …”的工作安排): still its name ...
    ("落实上级关于营商环境“二号服务工程”的部署要求。", ["二号服务工程"]),
    ("按照“法治惠民行动”的工作安排推进。", ["法治惠民行动"]),
    # ... and so is one a plan is made for (《…关于推进…“五大攻坚行动”的实施方案》, …”的工作方案).
    ("印发《某县关于推进依法行政“五大攻坚行动”的实施方案》。", ["五大攻坚行动"]),
    ("制定“法治护航工程”的工作方案。", ["法治护航工程"]),
    # ... while words with no campaign's word before 的 stay out.
    ("落实“提质增效”的部署要求。", []),
    ("制定“提质增效”的实施方案。", []),
])
def test_a_campaign_followed_by_its_deployment(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A name quoted with mismatched marks ('X“) is read as if in “”.
    ("全市惠企政策'一网兑付“顺利通过评审。", {"一网兑付"}),
    ("全市惠企政策‘一网兑付”顺利通过评审。", {"一网兑付"}),
    # (a name in single marks nested in a double-quoted phrase is left as before)
    ("开展“学习‘枫桥经验’”活动。", names("开展“学习‘枫桥经验’”活动。")),
])
def test_mismatched_quote_marks(text, expected):
    assert set(names(text)) == set(expected)


@pytest.mark.parametrize(("text", "expected"), [
    # A day named by its month and day in words (“六五环境日”, June 5th) is a day, as “12·4” is; a campaign's
    # week beside it stays a programme.
    ("利用“六五环境日”“宪法宣传周”等重要时间节点开展普法。", ["宪法宣传周"]),
    ("围绕“四一五国家安全教育日”开展宣传。", []),
    # (a campaign day by its shape stays one: …宣传日, …服务日)
    ("开展“一二九宣传日”活动。", ["一二九宣传日"]),
    # Years' themes counted (“四个深化年”活动) are themes, as one year's theme (“营商环境提升年”活动) is.
    ("以“四个深化年”活动为抓手,统筹推进各项工作。", []),
    ("开展“三个提升年”活动,落实“双随机、一公开”。", ["双随机、一公开"]),
    # The grades a file review gives cases (“示范优案”“典型差案”评选) are ranks of cases, not programmes.
    ("在全市案卷评查暨“示范优案”“典型差案”评选活动中获评“示范优案”。", []),
    ("开展“典型差案”评选和“以案释法”活动。", ["以案释法"]),
])
def test_days_in_words_years_themes_counted_and_grades_of_cases(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A venue built on a theme (…”主题馆, 主题公园) is a place, not a campaign ...
    ("建成“清风廉韵”主题馆,打造“宪法长廊”主题公园。", []),
    # ... while a campaign on a theme is still one.
    ("开展“清风廉韵”主题活动。", ["清风廉韵"]),
    # A batch of a contest's roll, whatever word follows it, is the roll a place competes for.
    ("推荐项目参加“第四批全国法治政府建设示范地区和项目”评选活动。", []),
    ("申报“第二批省级民主法治示范村”创建。", []),
    ("参加“法治护航”评选活动。", ["法治护航"]),
])
def test_theme_venues_and_batches_of_a_roll(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A role played as an example (发挥“头雁”示范表率作用) is a figure of speech, no programme; a programme's
    # 示范 stays one (“枫桥式”示范创建 is read by its own words).
    ("局主要负责同志亲自协调督办,发挥“头雁”示范表率作用。", []),
    ("机关党员发挥“排头兵”示范引领作用,推进“互联网+监管”。", ["互联网+监管"]),
    ("开展“法治进企业”示范活动。", ["法治进企业"]),
    # A programme whose roll of cases an honour is on (获评…“一号改革工程”第二批“最佳实践案例”) is named; the
    # honour after it is not.
    ("直播电商监管服务模式获评全省营商环境优化提升“一号改革工程”第二批“最佳实践案例”。", ["一号改革工程"]),
    ("该做法获评全省“最佳实践案例”。", []),
])
def test_roles_as_examples_and_a_programmes_roll(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A commission's make-up counted by its bodies (a committee, its office, its groups) names bodies.
    ("健全依法治县“1委1办3组”工作体系。", []),
    ("完善“一委一办四组”运行机制。", []),
    # The rule-of-law government as the key task and main project, quoted: a metaphor.
    ("将法治政府建设“重点任务和主体工程”与经济社会发展同部署。", []),
    # (a programme with a figure before a 组 of its own stays one)
    ("推行“1+3+N”工作机制。", ["1+3+N"]),
])
def test_bodies_counted_and_the_main_project(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Items listed, then counted by a lexicon name's words (实行A、B、C等三项制度): the items, not the programme of
    # that name; the programme named as such stays one.
    ("公文办理实行“三审核”、限时办结、统一编号等三项制度。", ["三审核"]),
    ("全面落实行政执法三项制度,推行说理式执法。", ["三项制度"]),
    # A mark reached (达“三百”要求, 达到“五个100%”标准): a level attained, no programme; a requirement passed on
    # (传达…要求) is not one reached.
    ("政务信息的及时率连续六个月达“三百”要求。", []),
    ("窗口服务达到“五个100%”标准。", []),
    # A name a titled document is made about (《…实现“双下降”的实施意见》, 《…“双下降”十条意见》) is the programme
    # the title carries out; out of 《》 words a plan is made for stay out (制定“提质增效”的实施方案).
    ("印发《某县推动行政复议实现“双提升”的实施意见》,推进工作。", ["双提升"]),
    ("出台《某区行政诉讼“双下降”十条意见》。", ["双下降"]),
    ("制定“提质增效”的实施方案。", []),
    # A place's line of work (区委提出的“…”主题主线, “两个先行”主线) is no programme, as its 思路 is not.
    ("紧扣区委提出的“一核心、两先行、三高地”主题主线,推进依法行政。", []),
    ("围绕“两个先行”主线开展工作。", []),
])
def test_items_counted_marks_reached_titles_subjects_and_lines_of_work(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The category of an award (获评…“政策人文环境”类深化改革先进集体, “优秀案例”类一等奖) is a class of the
    # honour, no programme; a programme's own kind of work (“放管服”类改革) stays one.
    ("区局获评市优化营商环境“服务质效”类深化改革先进集体。", []),
    ("作品获“法治故事”类一等奖。", []),
    ("推进“放管服”类改革。", ["放管服"]),
])
def test_an_awards_category_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("phrase", "after", "before", "expected"), [
    # A kind of work by its bare words: the work, no programme.
    ("法制宣传", "系列宣传活动", "积极开展", False),
    ("普法宣传", "活动", "开展", False),
    # Words a cited document asks for, quoted before 要求: its requirement, not a programme (a lexicon name stays one).
    ("加强执法监督", "要求", "严格落实《实施方案》中", False),
    ("放管服", "要求", "落实《意见》", True),
    # Manners joined by "+", each ending in 化: how a thing is done.
    ("常态化+专题化", "学习体系", "构建", False),
    ("互联网+监管", "模式", "推行", True),
    # A practice shunned: what is avoided, no programme.
    ("一言堂", ",严格按照程序", "不搞", False),
    ("一刀切", "", "防止", False),
])
def test_generic_work_document_requirements_and_joined_manners(phrase, after, before, expected):
    assert is_initiative(phrase, after, before) is expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quoted system carried forward (深入推进“第一议题”学习): the programme run, as after 开展 or 深化.
    ("深入推进“第一议题”学习,传达学习重要讲话精神。", ["第一议题"]),
    ("深入推进“法治体检”进园区活动。", ["法治体检"]),
    # (a bare 推进 before a quoted phrase decides nothing by itself)
    ("推进“依法行政”。", []),
])
def test_a_quoted_system_carried_forward(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quoted name a wrapped line split with a space (“放管 服”, “谁执法谁普 法”): the name joined.
    ("深化“放管 服”改革,落实“谁执法谁普 法”责任制。", ["放管服", "谁执法谁普法"]),
    # (two known names set apart by a space in one quote stay two)
    ("落实“谁执法谁普法 谁服务谁普法”责任制。", ["谁执法谁普法", "谁服务谁普法"]),
])
def test_a_quoted_name_split_by_a_wraps_space(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A campaign of "great" acts in a row, quoted: a campaign by its shape, whatever follows it.
    ("把宪法学习纳入全行业“大学习大调研”重要内容。", ["大学习大调研"]),
    ("深入开展“大走访、大排查”,化解矛盾。", ["大走访、大排查"]),
    # (one great act is no row of them)
    ("营造“大环境”。", []),
])
def test_a_row_of_great_acts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The law taken to places, counted with its subject: a campaign by its shape, as the bare “六进” is,
    # whatever follows the quote.
    ("以“法律六进”为载体,开展主题普法。", ["法律六进"]),
    ("依托“普法八进”深化法治宣传。", ["普法八进"]),
    ("推动“宪法七进”落地见效。", ["宪法七进"]),
    # (a word of progress, no count of places, stays none: “奋进”, “促进”)
    ("以“携手共进”为载体开展宣讲。", []),
])
def test_the_law_taken_to_places(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A way of leading named a 负责制 is a mechanism, as a 责任制 is.
    ("推行“双组长”负责制,由书记、镇长共同抓总。", ["双组长"]),
    ("落实“首问”负责制。", ["首问"]),
    # (a leader's post before it names a person, no mechanism: “一把手”负责制)
    ("实行“一把手”负责制。", []),
])
def test_a_way_of_leading_named_a_responsibility_system(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two heads of one body, its party and government leaders, quoted: a way of leading, a mechanism by its shape,
    # whatever follows the quote.
    ("成立由区委书记、区长任“双组长”的创建工作领导小组。", ["双组长"]),
    ("专班实行“双主任”,统筹推进。", ["双主任"]),
    # (one head quoted is a post, no mechanism)
    ("由分管副县长任“组长”,统筹推进。", []),
])
def test_two_heads_of_one_body(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A set of plans a quoted figure counts (one index and three plans): documents, no programme, as “一规划两纲要” is.
    ("围绕“1+4”法治某县建设规划体系,落实责任。", []),
    ("形成“1+N”规划体系。", []),
    # (a figure before a mechanism stays one)
    ("建立“1+4”工作机制。", ["1+4"]),
])
def test_a_set_of_plans_counted(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An app named by what one phone does: a medium, no programme.
    ("全面推行“一部手机办事通”,网上可办率100%。", []),
    ("依托“一部手机游某省”平台发布信息。", []),
    # (a numbered name of another kind stays one)
    ("推行“一窗通办”。", ["一窗通办"]),
])
def test_an_app_named_by_one_phone(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The persons of a panel counted by their seats (the congresses' deputies and a CPPCC member): people, no programme.
    ("由“两代表一委员”、群众代表组成评议团现场评分。", []),
    ("邀请“一代表一委员”旁听庭审。", []),
    # (nor the elders counted, “五老”: retired cadres, veterans, experts, teachers and models called on to help)
    ("吸纳“五老人员”、网格员参与矛盾调处。", []),
    ("发动“五老”同志担任义务调解员。", []),
    ("组织“三老”志愿者开展普法。", []),
    # (a mechanism counted in the same way still is one: “三个一”机制)
    ("建立健全“三个一”机制,推进述法工作。", ["三个一"]),
])
def test_a_panels_seats_counted(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A region of cities joined by travel time or trade (“1小时城市圈”, “首都经济圈”): a place, no programme; a service
    # within reach (“15分钟政务服务圈”) still is one.
    ("主动引领“1小时城市圈”,纳入“四城通办”事项。", ["四城通办"]),
    ("融入“首都经济圈”和“都市圈”建设,打造“15分钟政务服务圈”。", ["15分钟政务服务圈"]),
    # The cities' short names quoted before 城市群 or 都市圈 outside the quote (“襄十随神”城市群) name the region too,
    # whatever service words follow; the service named after it stays one.
    ("推行“襄十随神”城市群政务服务“跨市通办”。", ["跨市通办"]),
    ("融入“武鄂黄黄”都市圈建设,推进“一网通办”改革。", ["一网通办"]),
])
def test_a_region_of_cities_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A place's positioning counted by its zones (推动“两先区”高质量发展): a goal, as “一区五城” is; a count of zones
    # joined to other counts (“三力三区”) is read as before.
    ("为加快推动“两先区”高质量发展提供法治保障。", []),
    ("围绕“三力三区”建设,开展“法律进企业”活动。", ["三力三区", "法律进企业"]),
    # An event the quote names the theme of (…“…”建设研讨会, “…”论坛): a meeting, whatever programme word comes between.
    ("参加全国首届“营商环境法治化与便利化”建设研讨会,举办“法治与发展”论坛。", []),
    # A contest for works the quote names the theme of (“…”法治书画作品征集活动, “…”主题征文活动): the works' theme, no
    # programme (round 52); a campaign quoted before its 活动 with no contest between stays one.
    ("开展“提升公民法治素养深化法治某某建设”法治书画作品征集活动,征集作品949幅。", []),
    ("开展“深入践行习近平法治思想 建设更高水平法治某某”主题征文活动。", []),
    ("开展“我的法治故事”征文活动,开展“法律进社区”活动。", ["法律进社区"]),
    ("开展“法治体检”活动。", ["法治体检"]),
])
def test_a_positioning_by_zones_and_an_events_theme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A process's steps in their order, joined by dashes, before its whole-process mechanism (建立规范性文件“起草—审查—
    # 备案—清理”全流程管理机制): the mechanism; the same steps before no such word stay out, as a bare list does.
    ("建立规范性文件“起草—审查—备案—清理”全流程管理机制,备案率达100%。", ["起草—审查—备案—清理"]),
    ("构建“受理—办理—反馈”的全链条监管体系。", ["受理—办理—反馈"]),
    ("文件经过“起草—审查—备案—清理”四个环节。", []),
])
def test_a_process_by_its_steps_before_its_mechanism(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A standard work is held to, named by its count (按照“四个一”标准, or right after the quoted parts it counts,
    # “接待热情、…”“三个满意”标准): a level kept, no programme run; the same count run as an activity stays one.
    ("按照“接待热情、办事高效、服务周到”“三个满意”标准,加强窗口建设。", []),
    ("按照“四个一”标准建设站点。", []),
    ("开展“三个满意”活动。", ["三个满意"]),
])
def test_a_standard_held_to_by_its_count(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A platform's whole quoted name with a known name inside it (推行“海事一网通办平台”): a medium, no mention of the
    # programme; the programme quoted alone, or its platform named after the quote, stays one.
    ("大力推行“海事一网通办平台”,实现水上水下活动许可无纸化申办。", []),
    ("深化“一网通办”改革,推行政务服务平台。", ["一网通办"]),
])
def test_a_known_name_inside_a_platforms_quoted_name(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A lecture series named by its day or its speakers (“周一开讲”), listed among the meetings that study: a programme,
    # as a named 讲堂 is; a bare “开讲” is no name.
    ("通过县委常委会会议、理论学习中心组学习会议、“周一开讲”等开展专题学习10次。", ["周一开讲"]),
    ("举办“法官开讲”系列讲座。", ["法官开讲"]),
    ("宣讲团正式“开讲”。", []),
])
def test_a_lecture_series_named_by_its_day(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A first lesson by its ordinal before 培训 (执法规范“第一课”培训), a first button (“第一粒扣子”): no programme; a
    # campaign named with it (“开学第一课”活动) stays one.
    ("分支局组织新进人员执法规范“第一课”培训,引导系好执法生涯“第一粒扣子”。", []),
    ("开展“开学第一课”活动。", ["开学第一课"]),
    ("制定《开展扣好年轻干部廉洁从政“第一粒扣子”活动工作安排》,扣好廉洁从政的“第一粒扣子”。", ["第一粒扣子"]),
])
def test_a_first_lesson_by_its_ordinal(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The words of a leader's instructions quoted (“五个重要”指示精神): no programme.
    ("深入贯彻落实习近平总书记“五个重要”指示精神,推进工作。", []),
    ("贯彻总书记对某市工作“三个着力”重要要求。", []),
    # Quoted topics listed before the study session that takes them (…“…”等党工委中心组集体专题学习): themes; a forum
    # the study is held through (“周一开讲”等开展专题学习) stays a programme.
    ("开展“打造引领区法治保障”“习近平法治思想、宪法法律法规”“国家安全”等党工委中心组集体专题学习。", []),
    ("通过理论学习中心组学习会议、“周一开讲”等开展专题学习10次。", ["周一开讲"]),
    # An inspection's follow-up quoted after it (中央法治政府建设督察“回头看”): the campaign, as 整改和“回头看”工作 is.
    ("高标准完成中期评估和中央法治政府建设督察“回头看”。探索构建整体智治。", ["回头看"]),
    ("他说要学会“回头看”。", []),
])
def test_instructions_study_topics_and_a_follow_up(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A way of working counted by a Latin word (“三Q党建工作法”) is a method, as a Chinese one is; Latin letters alone
    # before 工作法 stay none; a quoted name before 驿站 is a service point (“石榴籽”驿站), as one before 阵地 is a venue.
    ("打造“三Q党建工作法”,建成宣讲阵地。", ["三Q党建工作法"]),
    ("推行“ABC工作法”。", []),
    ("开展“石榴籽”驿站技能培训。", []),
])
def test_a_method_counted_by_a_latin_word_and_a_service_point(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A manner named by quoted names listed one after another before 方式, led by 采取/通过/以/采用: every one of them is
    # a manner a check is done in, the last as the first (采取“A”和“B+C”方式); a listed quote after another verb
    # stays what it is.
    ("执法检查采取“双随机”和“执法人员+技术专家”方式开展。", []),
    ("通过“明查暗访”、“部门+乡镇”等方式开展督导。", []),
    ("推行“双随机、一公开”和“执法人员+技术专家”联合检查模式。", ["双随机、一公开", "执法人员+技术专家"]),
])
def test_quoted_names_listed_before_a_manner(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The old and the young, each counted by its figure (健全“一老一小”服务保障体系), are the people a service is for, as
    # “两代表一委员” and “五老” are: no programme, in a cited title or in running text. A programme beside them stays.
    ("按照区人大常委会《关于开展健全“一老一小”服务保障体系规范性文件集中清理工作的通知》,我委有一件文件需废止。", []),
    ("全面落实“一老一小”服务保障,推进“一网通办”改革。", ["一网通办"]),
    ("健全“一老一幼”关爱服务机制。", []),
])
def test_the_people_a_service_is_for_counted(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The drug and food safety's strictest standard, supervision, penalty and accountability (落实“四个最严”要求): a
    # formula of requirements, as “四个意识” is; a programme beside it stays one.
    ("深入落实“四个最严”要求,统筹发展和安全。", []),
    ("落实“四个最严”要求,推进“证照分离”改革。", ["证照分离"]),
])
def test_the_four_strictest_requirements_are_a_formula(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The agenda item listed with other means of study and then what they all are (通过党组会“第一议题”、…、党支部
    # “三会一课”等方式): a means, no 制度 named (round 95); listed before 等制度 it stays one.
    ("通过党组会“第一议题”、党组理论中心组学习、主题党日、党支部“三会一课”等方式,不断深化学习。", ["三会一课"]),
    ("严格落实“第一议题”“三会一课”等制度。", ["第一议题", "三会一课"]),
])
def test_the_first_agenda_item_listed_as_a_means(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The roles a place is given (立足某岛“国家旅游度假区”和“两岸融合发展示范区”双重定位): what it is to be, no programme.
    ("立足某岛“国家旅游度假区”和“两岸融合发展示范区”双重定位,以党建为引领。", []),
    # A body's make-up counted (“1+8”内设架构): its offices, no programme; a counted campaign stays one.
    ("新某洲于8月15日正式挂牌,“1+8”内设架构实体运行。开展“三进”活动。", ["三进"]),
    # One training session quoted whole (组织…开展“某执法平台线上培训会”): an event, as one 报告会 is.
    ("组织景区执法大队人员开展“某执法平台线上培训会”,组织开展“法治进景区”活动。", ["法治进景区"]),
    # The way a patrol is made (每日开展“人工+无人机”巡查): a manner; 互联网+ stays a programme.
    ("组建3个巡查小组,每日开展“人工+无人机”巡查。", []),
    ("推行“互联网+监管”巡查,深化“放管服”改革。", ["互联网+监管", "放管服"]),
    # A meeting system as the slot a subject is put into (将…纳入支部“三会一课”学习内容): not named a 制度 (round 100);
    # named a 制度, or run, it stays.
    ("将学习习近平法治思想纳入支部“三会一课”学习内容,实现全覆盖。", []),
    ("严格落实“三会一课”制度。", ["三会一课"]),
])
def test_roles_layouts_sessions_patrols_and_content_slots(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare count, a figure and its measure word alone (深化“1个”互联网产业合规中心建设,组建“1支”合规专家队伍): the
    # count of what follows, no programme; a counted layout with its figures joined (“1+1+N”体系) stays one.
    ("形成“1+1+N”体系,即深化“1个”互联网产业合规中心建设,组建“1支”合规专家队伍。", ["1+1+N"]),
    ("建成“3个”法治实践站,推进“两个”全覆盖。", []),
    # Online with the times and places a service is given (构建“线上+常驻+定期+上门”全时空服务机制): a manner of
    # serving, as “线上+线下” and the channels are; a programme beside it stays one.
    ("构建“线上+常驻+定期+上门”全时空服务机制。", []),
    ("推行“网上+预约+上门”服务,推进“15分钟公共法律服务圈”建设。", ["15分钟公共法律服务圈"]),
    ("推行“互联网+政务服务”。", ["互联网+政务服务"]),
])
def test_a_bare_count_and_online_with_times_and_places(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The days of the week a routine keeps, listed in their order after 每周 (以每周“二四”集中学习为抓手): a schedule, no
    # programme. A routine by its period and item (“每周一学”), the same figures named as a way of working, and
    # figures out of their order stay read by their shape.
    ("以每周“二四”集中学习为抓手,常态化开展学法活动。", []),
    ("坚持每周“一三五”学法,推动学法常态化。", []),
    ("建立“每周一学”制度,常态化开展学法。", ["每周一学"]),
    ("全面推行“一三五”工作法,提升服务效能。", ["一三五"]),
    ("每周“四二”集中学习。", ["四二"]),
])
def test_the_days_of_a_weekly_routine_are_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A roll's grade quoted alone (培育上报法治宁波建设“最佳实践”项目4个): the practices chosen, no programme, as
    # “最佳实践案例” is; a practice so chosen by its name stays one.
    ("培育上报2024年度法治宁波建设“最佳实践”项目4个。", []),
    ("报送“优秀案例”3个,“典型案例”2个。", []),
    ("“法律援助权利告知制度”等4个项目纳入“最佳实践”培育库。", ["法律援助权利告知制度"]),
])
def test_a_rolls_grade_quoted_alone(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A model named after a person quoted before its selection (“某某式标兵”评选): an honour to those chosen, as an
    # honour's roll is, no programme run.
    ("开展首届“最美执法人”推选、“某某式标兵”评选等活动,推进“放管服”改革。", ["放管服"]),
    ("组织“某某式标兵”评选,严格落实“第一议题”制度。", ["第一议题"]),
])
def test_a_model_named_after_a_person_is_an_honour(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Approval and service paired with one manner (“秒批秒办”): a service reform, by its shape, beside a lexicon name;
    # a manner of working while doing (“边批边办”) and a goal to reach (做到“随批随办”) stay out.
    ("641项事项实现“秒批秒办”,93项事项实现“跨省通办”。", ["秒批秒办", "跨省通办"]),
    ("坚持“边批边办”,压缩审批时限。", []),
    ("做到“随批随办”。", []),
])
def test_approval_and_service_paired_by_one_manner(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quoted name a page's line break splits (聚焦“四件大\n事”聚力“四个创建”): read whole; a break outside any quote
    # or closing it splits nothing.
    ("西藏自治区民政厅关于2025年度法治政府建设情况报告\n按照区党委部署,聚焦“四件大\n事”聚力“四个创建”,提升法治化水平。",
     ["四件大事", "四个创建"]),
    ("深化“放管服”改革。\n推行“一窗通办”改革。", ["放管服", "一窗通办"]),
])
def test_a_quoted_name_split_by_a_line_break(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Bodies or units joined by "+" (创新实施“委机关+基层单位+执法单位”三级述法制度): the levels the work is done at,
    # no programme; a programme joined so (“互联网+政务服务”, “党建+法治”) stays one.
    ("创新实施“委机关+基层单位+执法单位”三级述法制度,各单位主要负责人开展专项述法评议。", []),
    ("深化“互联网+政务服务”,推行“党建+法治”模式。", ["互联网+政务服务", "党建+法治"]),
])
def test_units_joined_by_plus_are_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A deployment named by its figures alone, its requirements carried out (落实自治区法治政府建设“15336”部署要求):
    # a numbered programme, as 省委“1310”具体部署 is (round 220). A hotline's number and a phrase before 部署要求
    # stay out.
    ("全面落实自治区法治政府建设“15336”部署要求,紧扣法治强市建设目标。", ["15336"]),
    ("认真落实“1310”部署,推动高质量发展。", ["1310"]),
    ("畅通“12345”热线,及时回应诉求。", []),
    ("落实“提质增效”部署要求。", []),
])
def test_a_deployment_named_by_its_figures(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Leaps counted as a committee's goals (区委“三大跨越”“1246”计划重点工作部署): a formula of goals, as “五大战略”
    # is; the committee's numbered plan beside it stays a programme (round four's “1310”), as counted actions do.
    ("紧紧围绕区委“三大跨越”“1246”计划重点工作部署。", ["1246"]),
    ("实现“两大跨越”,开展“三大专项行动”。", ["三大专项行动"]),
])
def test_leaps_counted_as_goals(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The fixing of a body's functions, units and staff (“三定”调整, “三定”规定) is its set-up, no programme,
    # whatever follows it (rounds eighty and ninety-nine leave it out).
    ("高质量完成机构组建、编制划转、“三定”调整、统一办公及其他配套工作。", []),
    ("严格执行“三定”规定,推行“一窗受理”改革。", ["一窗受理"]),
    # A plan's counted actions (“七大行动”) stay a programme, as “六大行动” does.
    ("明确依法决策能力提升等“七大行动”,落实“三定”方案。", ["七大行动"]),
])
def test_a_bodys_set_up_is_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The rural revitalisation's parts counted (“五个振兴”: 产业、人才、文化、生态、组织振兴; “五大振兴”): a formula of the
    # strategy, as “六个高质量发展” is, no programme; a programme beside it stays.
    ("探索法治建设与产业振兴、人才振兴等“五个振兴”互融互促,推行“枫桥经验”。", ["枫桥经验"]),
    ("统筹推进“五大振兴”,深化“放管服”改革。", ["放管服"]),
    # A village's legal adviser written 一村一名法律顾问: the known programme, as 一村一法律顾问 is.
    ("实现“一村一名法律顾问”全覆盖。", ["一村(社区)一法律顾问"]),
    # The open running of a village's party, village and financial affairs, its count quoted (“三务”公开): one system.
    ("查看法治文化阵地建设、“三务”公开情况。", ["三务公开"]),
    # A title conferred on places named between 命名 and 为, and a title won counted after its quote: honours; the
    # drive quoted with 创建 after it stays a programme.
    ("某省司法厅印发决定,命名全省303个村(社区)为“某省民主法治示范村(社区)”。", []),
    ("截至目前,该区共创建“某省民主法治示范村(社区)”20余个。", []),
    ("扎实开展“民主法治示范村(社区)”创建活动。", ["民主法治示范村(社区)"]),
    # The model-village drive unquoted, 创建 or 建设 after it: the programme; the title won on a level's roll is none.
    ("扎实开展民主法治示范村(社区)创建,大力实施普法。", ["民主法治示范村(社区)"]),
    ("进一步加快全县民主法治示范村建设。", ["民主法治示范村"]),
    ("该村获评全国民主法治示范村。", []),
    ("组织申报省级民主法治示范村创建单位。", []),
    # The places holding a title at a level and above, or counted at their level: the title's holders, an honour; the
    # drive at a level with no count stays a programme.
    ("坚持以市级以上“民主法治示范村”为工作引领,推行“枫桥经验”。", ["枫桥经验"]),
    ("对全县2个全国“民主法治示范村”和16个州级“民主法治示范村(社区)”进行督导。", []),
    ("积极开展省级“民主法治示范村”创建。", ["民主法治示范村"]),
    # (probes) A title held or added, counted right after its quote (共有“…”3个, 新增“…”5个): an honour too; and a
    # village's legal adviser written 一村(居)一法律顾问, quoted or not: the known programme.
    ("全县共有“全国民主法治示范村”3个、省级12个。", []),
    ("今年新增“省级民主法治示范村”5个。", []),
    ("推行“一村(居)一法律顾问”制度。", ["一村(社区)一法律顾问"]),
    ("推行一村(居)一法律顾问制度。", ["一村(社区)一法律顾问"]),
])
def test_rural_rule_of_law_drives_formulas_and_titles_won(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The Ministry of Justice's legal-aid campaign (“法援惠民生”) is a programme wherever it is quoted, and it
    # opens its yearly themes (“法援惠民生 关爱残疾人”活动: the campaign, its theme's spaced half no second name,
    # as a slogan's halves set apart by a space are none).
    ("该工作站的成立是县司法局践行“法援惠民生”的重要举措。", ["法援惠民生"]),
    ("县司法局将以“法援惠民生 关爱残疾人”活动为载体,加强残疾人法律援助服务。", ["法援惠民生"]),
    # (an honour's name it opens, before the roll of those honoured, is no mention: round 222's 咸宁)
    ("崇阳县法律援助中心被司法部表彰为“法援惠民生 扶贫奔小康”表现突出单位。", []),
    ("县法律援助中心被评为“法援惠民生”工作先进集体,推行“首违不罚”。", ["首违不罚"]),
    # The village adviser programme written without its second 一 (“一村(社区)法律顾问”合同) is the same programme.
    ("全面提升“一村(社区)一法律顾问”服务工作。“一村(社区)法律顾问”合同的签约履行打通了最后一公里。",
     ["一村(社区)一法律顾问"]),
    ("推行“一村(社区)法律顾问”制度。", ["一村(社区)一法律顾问"]),
])
def test_the_legal_aid_campaign_and_the_village_advisers_written_short(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A mechanism named by its figures whose 机制 falls past the twelve characters read after the quote
    # (“0635”三级合法性审查全覆盖工作新机制): a programme, as “0635”工作机制 is; a hotline's number stays none.
    ("创新打造了区级为龙头的“0635”三级合法性审查全覆盖工作新机制,将工作延伸。", ["0635"]),
    ("创新打造了“0635”工作机制。", ["0635"]),
    ("完善“12345”政务服务便民热线与公安110联动机制。", []),
    # The people a team is made of, joined by + (组建起“部门+专家学者+社会公众”的合法性审查队伍): its makeup, no
    # programme, with or without a quoted word between; a mode built of parts stays one.
    ("组建起“部门+专家学者+社会公众+司法局(司法所)”“四位一体”的合法性审查队伍。", []),
    ("组建起“部门+专家学者+社会公众”的合法性审查队伍。", []),
    ("组建“律师+调解员”团队,开展服务。", []),
    ("推行“党建+网格”治理模式。", ["党建+网格"]),
])
def test_a_long_numbered_mechanism_and_a_teams_makeup(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The fields a list is widened to, counted (触角延伸,“九大领域”纳新): a count of fields, no programme (round 246);
    # a programme named beside it stays one.
    ("某市2023年法治政府建设情况报告\n触角延伸,“九大领域”纳新。\n推行“首违不罚”。", ["首违不罚"]),
    ("某市2023年法治政府建设情况报告\n清单覆盖“五大领域”。", []),
])
def test_fields_counted_are_no_programme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A holiday quoted as a time inside a notice's title (《关于做好“五一”期间…的通知》, “十一”期间): a day, as
    # “3·15”消费者权益日 is (round 235), no programme; a quoted campaign beside it stays one.
    ("先后印发了《关于做好“五一”期间矛盾纠纷排查化解工作的通知》等文件,坚持“枫桥经验”。", ["枫桥经验"]),
    ("做好“十一”期间和“春节”前后矛盾纠纷排查,推行“首违不罚”。", ["首违不罚"]),
    # The keywords a review is told by, counted (某市司法局“六个关键词”回顾2023年工作): its headings, no programme.
    ("定西市司法局“六个关键词”回顾2023年人民调解工作", []),
    ("以“三个关键字”总结全年工作,推行“首违不罚”。", ["首违不罚"]),
    # A schedule of routines by their period (形成“周调度、月通报、季总结”推进机制): a routine, as “周调度” is
    # (round 27), whatever is named after it.
    ("形成“周调度、月通报、季总结”推进机制,确保专项行动落地见效。", []),
    ("建立“日报告、周调度”工作机制。", []),
    # Roles joined, each a party and what it does (建立“司法局牵头+部门协同+社会参与”联动模式): who does what, as the
    # 工作格局 formula is (round 126); a mode built of parts that are no roles stays one.
    ("建立“司法局牵头+部门协同+社会参与”联动模式:对内整合职能。", []),
    ("构建“党委领导、政府主导、部门协同”工作机制。", []),
    ("建立“专家预约+按需指派”机制。", ["专家预约+按需指派"]),
    ("推行“党建+网格”治理模式。", ["党建+网格"]),
])
def test_holidays_keywords_counted_routines_and_roles_joined(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clean-up's follow-up quoted after it (开展的一次证明事项清理“回头看”): the campaign, as an inspection's is
    # (round 250).
    ("此次清理是在以往工作的基础上,开展的一次证明事项清理“回头看”。", ["回头看"]),
    ("做好清理工作,要学会“回头看”。", []),
])
def test_a_clean_ups_follow_up(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # People's mediation paid by the case (人民调解“以案定补”), the subsidy mechanism the national rules on mediators
    # name: a programme, quoted or not.
    ("扎实开展人民调解案件评审工作,确保“以案定补”落到实处。", ["以案定补"]),
    ("对申报的2023年人民调解以案定补案件进行了评审。", ["以案定补"]),
    # What is done together, each a thing and its shared or mutual act (形成“信息共享、问题共商、难点共解”机制): a motto
    # of joint work, no programme; a quoted mechanism beside it stays one.
    ("建立“矛盾纠纷多元化解联席会议”制度,形成“信息共享、问题共商、难点共解”机制。", ["矛盾纠纷多元化解联席会议"]),
    ("坚持“资源共享、优势互补”,推行“首违不罚”。", ["首违不罚"]),
])
def test_mediation_paid_by_the_case_and_a_motto_of_joint_work(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A counted procedure documents are to pass, after 未经 and before 的…文件 (未经“三统一”的规范性文件不得作为行政
    # 管理的依据): the mechanism, its 的 no sign of a principle (round 249); a plain quoted word there stays out.
    ("未经“三统一”的规范性文件不得作为行政管理的依据。", ["三统一"]),
    ("未经“三统一”的行政规范性文件一律无效。", ["三统一"]),
    ("未经“同意”的文件不得印发。", []),
    ("未经“三统一”的,不得发布。", []),
])
def test_a_counted_procedure_documents_pass(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Two four-character phrases set apart by a comma before the mechanism they name (建立“下乘上势,上借下力”机制):
    # the mechanism, as with a space or a 、 (round 263, 南通); a slogan's clauses with no 机制 after them stay out.
    ("通过建立“下乘上势,上借下力”机制,实现要素互动。", ["下乘上势,上借下力"]),
    ("通过建立“下乘上势,上借下力”工作机制,实现要素互动。", ["下乘上势,上借下力"]),
    ("坚持“下乘上势,上借下力”,实现要素互动。", []),
    # A sum with its result (达到“1+1>2”效果): a figure of speech, no programme; a figures-plus name stays as before.
    ("充分发挥法治督察整体优势,达到“1+1>2”效果。", []),
    ("充分发挥法治督察整体优势,达到“1+1=3”的效果。", []),
    # Ways of checking joined (探索通过“法治督察+个人自查”全面盘点): how the work is checked, a manner, as
    # “现场述法+书面述法” is (round fifty).
    ("探索通过“法治督察+个人自查”全面盘点特色亮点和短板不足。", []),
    ("采取“专项督察+交叉检查”方式推进。", []),
])
def test_a_mechanism_by_two_phrases_a_sum_and_ways_of_checking(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A short name given to the titles just cited, with 以下称 and the namer's own words (《A》《B》《C》(以下称市局
    # “三张清单”)): the documents, wherever the name recurs (按照市局“三张清单”要求), no programme (round 257, 韶关);
    # the same with 以下简称, and a short name declared for a programme, not for titles, stays as before.
    ("市局制定了《某市守信激励措施清单》《某市失信惩戒措施清单》《某市信用修复措施清单》(以下称市局“三张清单”),现印发给你们。"
     "各单位要按照市局“三张清单”要求,积极落实相关措施。", []),
    ("市局制定了《某市守信激励措施清单》《某市失信惩戒措施清单》(以下简称“两张清单”),现印发给你们。"
     "各单位要按照“两张清单”要求,积极落实相关措施。", []),
    ("市局制定了《某市守信激励措施清单》(以下统称“三张清单”),现印发给你们。", []),
    ("推行权责清单制度(以下简称“三张清单”),各单位要按照“三张清单”要求,积极落实。", ["三张清单"]),
    ("深化“放管服”改革(以下简称“放管服”),各单位要按照“放管服”要求落实。", ["放管服"]),
])
def test_a_short_name_given_to_titles(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The two ends of a change, each quoted (从“一家主抓”走向“协同联动”, 从“单打独斗”向“集团作战”的转变): the way left and
    # the way reached, no programme (round 266, 城阳); a known name at either end stays one.
    ("一、从“一家主抓”走向“协同联动”,高位部署压实部门主体责任", []),
    ("实现执法检查从“单打独斗”向“集团作战”的转变。", []),
    ("推动政务服务从“最多跑一次”走向“一次不用跑”。", ["最多跑一次"]),
    ("建立“一家主抓”工作机制。", ["一家主抓"]),
    # The inspector's scan of an enterprise's code on entering it (扫码入企), a named check of the 涉企行政检查 reform:
    # a programme wherever it is named, quoted or not (round 266, 深圳's explanation and 龙华's news).
    ("有必要制定“扫码入企”的具体制度,明确工作机制。", ["扫码入企"]),
    ("两个月来扫码入企1000余次,为企业提供服务。", ["扫码入企"]),
])
def test_the_ends_of_a_change_and_the_scan_on_entering_an_enterprise(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Pairs pushed forward as one (实行“线上+线下”“前端+末端”“数据+分析”一体推进): manners of working, as “线上+线下”
    # is (round twenty-seven) and parts 相结合 are; no programme run (round 259). A mode built (“党建+网格”模式) stays.
    ("实行“线上+线下”“前端+末端”“数据+分析”一体推进,统一指挥调度各镇综治中心。", []),
    ("坚持“前端+末端”一体化推进,推行“中心吹哨、部门报到”机制。", ["中心吹哨、部门报到"]),
    ("推行“数据+分析”同步推进。", []),
    ("构建“党建+网格”基层治理模式。", ["党建+网格"]),
])
def test_pairs_pushed_forward_as_one(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Things a place is free of, counted (全省信访工作‘四无’乡镇, “三无”县, “六无”工作目标): an honour's grade or a goal,
    # as round 222's “三无” is; no programme (round 259). A quoted campaign beside them stays one.
    ("围绕“全国信访工作示范县创建、《信访工作条例》贯彻落实推进年、全省信访工作‘四无’镇创建”等重点任务,推进工作。", []),
    ("被评为全省“三无”县(市、区),实现“六无”工作目标。", []),
    ("创建全省信访工作‘四无’乡镇,开展“大走访、大排查”活动。", ["大走访、大排查"]),
])
def test_things_a_place_is_free_of_counted(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Manners counted, each a noun made a manner by its 化 (围绕信访工作“五个法治化”要求, 以“三个常态化”为抓手): what
    # the work is to become, no programme (round 259; round 91 keeps manners apart from measures counted by their
    # verb, and round 225's gold leaves “三个常态化” out). Measures counted by their verb (“三个强化”, “四个深化”) stay.
    ("围绕信访工作“五个法治化”要求,全面优化信访事项办理全链条。", []),
    ("以“三个常态化”为抓手,推进法治建设。", []),
    ("深入推进“三个强化”,即强化党的领导、强化制度建设、强化队伍建设。", ["三个强化"]),
    ("全面实施“四个深化”,推进法治建设。", ["四个深化"]),
])
def test_manners_counted(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Ways a service is done, simplified, quickly or on a pledge (建立“简化办”“快捷办”“承诺办”机制), as “网上办” and
    # “容缺办” are: manners of service, no programme, even before 机制 (round 257, 莆田); a named mode made of parts
    # joined by + stays one (“承诺+容缺”办理模式).
    ("一是建立“简化办”机制,提供减负服务。二是建立“快捷办”机制,提供高效服务。三是建立“承诺办”机制,提供容缺服务。", []),
    ("探索实施“承诺+容缺”办理模式,推行“两表通用”极简模式。", ["承诺+容缺", "两表通用"]),
])
def test_manners_of_service_simplified_quick_or_pledged(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A school class's meeting on a quoted theme (“学法用法向未来”主题中队会, 主题班会): the meeting's theme, no
    # programme, as a contest's theme is (round 261, 海州区); a themed campaign (主题活动) and a party day's theme
    # (主题党日, round 181's gold) are read as before.
    ("区司法局、区教育局联合中华路小学组织举办“学法用法向未来”主题中队会。", []),
    ("各校开展“宪法伴我成长”主题班会。", []),
    ("开展“法治进校园”主题活动。", ["法治进校园"]),
    ("开展“法治护航海洋经济”主题党日活动。", ["法治护航海洋经济"]),
])
def test_a_class_meetings_theme(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A pattern of work to be formed, its kind in seven or eight characters before 格局 (构建…的“小联合+大联合”拼团执法
    # 检查新格局): a goal, as “一盘棋”格局 is (round 266, 龙华, batch B); the same quote as a mode run stays one.
    ("构建区街协同、跨部门联动的“小联合+大联合”拼团执法检查新格局,避免多头检查。", []),
    ("推行“小联合+大联合”联合检查模式,避免多头检查。", ["小联合+大联合"]),
])
def test_a_pattern_of_work_by_a_longer_kind(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A quote closing a title whose last word is a document's kind (《强化公职律师的“七项政策”》) names the documents the
    # title is, no programme, as round 189's gold has 《…普法责任制“四清单一办法”》 (round 265, 东阿).
    ("全面依法治县委员会办公室联合县委组织部制定并出台《强化公职律师的“七项政策”》,包括奖励资金。", set()),
    ("县政府出台《支持民营经济发展的“十条措施”》。", set()),
    # (a known name closing a title stays read, and a counted name out of marks stays as main reads it)
    ("县司法局印发《关于全面推行行政执法“三项制度”》。", {"三项制度"}),
    ("县委组织部落实“七项政策”,推动人才流动。", {"七项政策"}),
])
def test_a_quote_closing_a_title_names_its_documents(text, expected):
    assert set(names(text)) == expected
