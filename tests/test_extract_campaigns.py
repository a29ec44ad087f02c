"""Campaigns, events and slogans: name boundaries and generic references.

Sentences are written for these tests; every name in them is invented.
"""
from __future__ import annotations

import pytest

from kg.build import default_pipeline
from kg.context import Context
from kg.io import make_document
from kg.types import EntityType as T


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def names(text, etype, ctx, pipeline):
    ann = pipeline.run(make_document(text), ctx, on_error="raise")
    return {m.canonical for m in ann.mentions if m.type is etype}


CAMPAIGN_NAMES = [
    # 今年以来 is a time phrase before the name, no part of it
    ("会议通报了今年以来全县招商引资攻坚年活动进展情况。", {"招商引资攻坚年"}),
    # 项目 opening a theme is a word, not the measure word 项 (一项, 各项)
    ("全县深入开展项目建设攻坚年活动,新开工项目30个。", {"项目建设攻坚年"}),
    # a quoted word opens a longer unquoted theme
    ("三是推进“一网统办”改革攻坚行动,压缩审批时限。", {"一网统办改革攻坚行动"}),
    # a noun theme before a quoted verb: the whole is the name
    ("同步开展现代农机“扩量”专项行动、特色果蔬产业“补链”专项行动。",
     {"现代农机扩量专项行动", "特色果蔬产业补链专项行动"}),
    # a coordinated theme: both parts belong to the name
    ("全县扎实开展餐饮油烟、建筑扬尘专项整治,改善空气质量。", {"餐饮油烟、建筑扬尘专项整治"}),
    # a weak head (攻坚) followed by a full head is one name
    ("要把大讨论与骨干企业攻坚专项行动结合起来。", {"骨干企业攻坚专项行动"}),
    # 学习贯彻 opens the name of a 主题教育
    ("全校深入开展学习贯彻创新理论主题教育,推动学习走深走实。", {"学习贯彻创新理论主题教育"}),
    # sub-actions of a plan: numbered items with a bare 行动 head
    ("组织实施两个专项行动。\n(一)乡村道路提档行动。加快道路改造。\n(二)集镇风貌提升行动。开展立面整治。",
     {"乡村道路提档行动", "集镇风貌提升行动"}),
    # a quoted theme names a drive with a bare 行动 or 活动 after it
    ("全区深入实施“链长攻坚”行动,推动产业集聚。", {"链长攻坚行动"}),
    ("要以“服务提质年”活动为抓手,改进机关作风。", {"服务提质年活动"}),
    # the theme before a quoted drive opens its name; the verb launching it does not
    ("全面打响城乡环境整治“百日会战”攻坚战。", {"城乡环境整治百日会战攻坚战"}),
    ("全面打响背街小巷整治“百日攻坚战”。", {"背街小巷整治百日攻坚战"}),
    # a short quoted drive with its own head, named by the 活动 after it
    ("县委决定,从4月起在全县开展“作风建设年”活动。", {"作风建设年"}),
    # a four-character theme of verbs launched as a drive (打好…攻坚战)
    ("全力打好强基固本攻坚战。", {"强基固本攻坚战"}),
    # a drive named before what its work is doing (推进情况) is named all the same; the places running it are not
    ("会议听取各县区茶园提质增效三年行动推进情况汇报。", {"茶园提质增效三年行动"}),
    # a title nested in 〈〉 bounds the drive's name (named again in the text: a drive named only in a cited plan's
    # title is none, see CAMPAIGN_ONLY)
    ("落实湖北省农业农村厅《关于印发〈2024年全省农资打假专项行动方案〉的通知》要求，抓好2024年全省农资打假专项行动。",
     {"2024年全省农资打假专项行动"}),
    # a list item holding a quoted word is named whole; the work done between a quote and its head is named
    ("（二）城乡结合部劣质饮品“净源”行动。重点排查集贸市场。", {"城乡结合部劣质饮品净源行动"}),
    ("（四）重点领域“利剑”行动。依法查处违法行为。", {"重点领域利剑行动"}),
    ("镇里同步推进“整洁院落”创建专项行动。", {"整洁院落创建专项行动"}),
    # 下设 and drives named by a bare 行动; 开展/实施 + a theme + a bare 行动; a quote + 建设 + 行动
    ("柑橘产业振兴三年行动下设良种繁育行动、冷链物流补链行动和品牌推广行动。",
     {"良种繁育行动", "冷链物流补链行动", "品牌推广行动"}),
    ("全县深入实施美丽庭院建设行动。", {"美丽庭院建设行动"}),
    ("宜昌市启动“清洁小集镇”建设行动。", {"清洁小集镇建设行动"}),
    ("秭归县深入实施“柑橘+”产业强县行动。", {"柑橘+产业强县行动"}),
    # two drives joined by 暨: the second is named from after 暨
    ("今年全区将实施“招商攻坚年”暨政务服务“提速增效”专项行动。", {"政务服务提速增效专项行动"}),
    # 打响 is the verb launching the drive after it, 同步 an adverb before it
    ("把2024年确定为“招商攻坚年”，同步打响优化营商环境攻坚战。", {"优化营商环境攻坚战"}),
    # the arrangements of a quoted 活动 (落实“某某”活动部署) still name the drive
    ("全县上下认真落实“千企帮千村”活动部署。", {"千企帮千村活动"}),
]


SUB_ACTIONS = (
    "把思想统一到实际行动上来,各部门统一行动。\n(一)乡村道路提档行动。加快道路改造。\n"
    "(二)迅速行动。\n三、集镇风貌提升行动\n"
)


@pytest.mark.parametrize("text,expected", CAMPAIGN_NAMES)
def test_campaign_names(text, expected, ctx, pipeline):
    got = names(text, T.CAMPAIGN, ctx, pipeline)
    assert expected <= got, got


CAMPAIGN_ONLY = [
    # a counted drive named again with its kind (“甲”专项行动) is the drive counted
    ("青川县“文旅融合”三年行动下设“景点提档”“节会引客”两个专项行动，其中“节会引客”专项行动由县委宣传部负责。",
     {"文旅融合三年行动", "景点提档", "节会引客"}),
    # a verb and its object before a quoted drive, right after the verb launching it, open its name
    ("青川县启动优化营商环境“暖企行动”。", {"优化营商环境暖企行动"}),
    # the drives a counted set is divided into, each opening an enumerated item after it
    ("全县城乡融合“提速增效年”行动下设两个专项行动。一是道路畅通行动，由县交通运输局牵头。"
     "二是集镇提质行动，由县住房和城乡建设局牵头。",
     {"城乡融合提速增效年行动", "道路畅通行动", "集镇提质行动"}),
    # quoted drives counted as 专项 (“甲”“乙”两个专项) are drives
    ("青川县在全县开展“暖企行动”，下设“审批加速”“要素保供”两个专项，分别由县行政审批局、县经济发展局牵头。",
     {"暖企行动", "审批加速", "要素保供"}),
    # a visit to a place before the drive visited (到某镇调研实践活动开展情况): the bare head refers back
    ("临朐县召开会议。县里开展“清山净水”实践活动。市委常委韩立朋到五井镇调研实践活动开展情况。", {"清山净水实践活动"}),
    # the sector running a drive (全省公安系统) is no part of its name
    ("临朐县召开会议。全省公安系统“清网净源”行动取得成效。", {"清网净源行动"}),
    # a drive named only in a cited plan's title is the plan's subject, not a drive the text speaks of;
    # a notice launching it (《关于开展X的通知》) names a drive being run
    ("临朐县召开会议。根据《临朐县乡村产业振兴三年行动方案》，县里推进产业发展。", set()),
    # a body and its verb before a bare head (县政府督查室定期通报攻坚行动进展) open no name: it refers back
    ("隆化县开展林果提质攻坚行动（以下简称攻坚行动）。县政府督查室定期通报攻坚行动进展。", {"林果提质攻坚行动"}),
    ("临朐县召开会议。县政府印发《关于开展“护林清源”专项行动的通知》。", {"护林清源专项行动"}),
    # …and so does a plan's own title in the headline, whatever the number of years its drive runs
    ("临朐县人民政府办公室关于印发《乡村庭院美化提升五年行动方案》的通知\n各镇人民政府：现印发给你们。", {"乡村庭院美化提升五年行动"}),
    # 启动实施某某行动: neither verb is part of the name; a run of 大 heads is one head
    ("临朐县召开会议。县里启动实施乡村庭院美化提升五年行动。", {"乡村庭院美化提升五年行动"}),
    ("临朐县召开会议。县里部署开展安全生产大排查大整治行动。", {"安全生产大排查大整治行动"}),
    # the region running a drive and its adverb and verb (临朐县扎实推进…) open no name
    ("临朐县召开会议。临朐县扎实推进乡村庭院美化提升三年行动。", {"乡村庭院美化提升三年行动"}),
    ("临朐县召开会议。五井镇深入实施“清山净水”专项行动。", {"清山净水专项行动"}),
    # a quoted word right before a longer theme still opens the drive's name
    ("“绿韵平山”核桃产业提质增效三年行动启动。", {"绿韵平山核桃产业提质增效三年行动"}),
    # the verb of throwing oneself into a drive (投入百日会战) is no part of its name
    ("隆化县召开“工业倍增”百日会战动员大会，号召全县以只争朝夕的状态投入百日会战。", {"工业倍增百日会战"}),
    # a quoted numbered formulation with a weak head (“五大攻坚”) inside a document's title is no drive
    ("隆化县贯彻《中共承德市委关于推进乡村振兴“三大攻坚”的意见》精神，开展“净美乡村”百日攻坚行动。",
     {"净美乡村百日攻坚行动"}),
    # 百日会战 is a drive's head
    ("隆化县召开“工业倍增”百日会战动员大会。", {"工业倍增百日会战"}),
    # drives listed with 、 after 下设三个专项行动： are each a drive
    ("百日攻坚下设两个专项行动：厂房盘活专项行动、审批提速专项行动。",
     {"厂房盘活专项行动", "审批提速专项行动"}),
    # 下设甲、乙、丙三个子行动: each bare name is a sub-drive
    ("“绿韵平山”核桃产业提质增效三年行动下设种苗培优、精深加工、电商拓市三个子行动。",
     {"绿韵平山核桃产业提质增效三年行动", "种苗培优", "精深加工", "电商拓市"}),
    # a quoted theme, the work done on it (评比, 创建) and 活动
    ("西柏坡镇在全镇范围内开展“洁净小院”评比活动。", {"洁净小院评比活动"}),
    # how long (用100天时间集中攻坚) names no drive
    ("平山县开展“山乡焕彩”百日攻坚行动。镇里计划用100天时间集中攻坚。", {"山乡焕彩百日攻坚行动"}),
    # two kinds of problem joined by 和 before 问题 are one theme
    ("全县深入开展形式主义和官僚主义问题专项整治。", {"形式主义和官僚主义问题专项整治"}),
    # quoted drives counted by their kind (“甲”“乙”三个专项行动) are named by their quotes; a quoted theme
    # with 子行动 (and a word of its work) is a sub-drive; “某某”百日攻坚行动 is one head; a short name
    # declared without quotes (以下简称百日攻坚) refers back
    ("平山县开展“山乡焕彩”百日攻坚行动（以下简称百日攻坚）。我们把百日攻坚细化为“古村活化”“民宿提档”“老街新生”三个专项行动。",
     {"山乡焕彩百日攻坚行动", "古村活化", "民宿提档", "老街新生"}),
    ("全市开展“数字赋农”三年行动。三年行动下设“电商兴农”子行动和“好品出山”推广子行动。",
     {"数字赋农三年行动", "电商兴农子行动", "好品出山推广子行动"}),
    # a quoted sub-drive counted before (“甲”“乙”两个子行动), named again with 子行动, is the same drive
    ("全县开展“果香满园”攻坚行动，下设“优种工程”“冷链畅达”两个子行动。“优种工程”子行动由县农业农村局牵头。",
     {"果香满园攻坚行动", "优种工程", "冷链畅达"}),
    # 为民/为群众 belongs to the theme; 调研 is the work a quoted theme names before 行动
    ("三是开展“惠农助企”为民办实事实践活动，聚焦供水。", {"惠农助企为民办实事实践活动"}),
    ("全县深入开展我为群众办实事实践活动。", {"我为群众办实事实践活动"}),
    ("二是深入开展“攻坚克难”调研行动，班子成员领题调研。", {"攻坚克难调研行动"}),
    # the drives listed after 下设N个子行动： (items split by ；, else by ，), and no name across 下设 or a count
    ("全市开展碧水守护专项行动。专项行动下设三个子行动：排口溯源子行动，牵头单位为市生态环境局；农膜回收子行动，"
     "牵头单位为市农业农村局，市供销社配合；堤坝“清患”整治子行动，牵头单位为市水利局。",
     {"碧水守护专项行动", "排口溯源子行动", "农膜回收子行动", "堤坝清患整治子行动"}),
    ("全县开展“效能攻坚年”活动。活动下设三个专项整治：“冷硬横推”问题专项整治由县纪委监委牵头，"
     "政务大厅“贴心行动”由县行政审批局牵头。",
     {"效能攻坚年", "冷硬横推问题专项整治", "政务大厅贴心行动"}),
    ("全市实施蜂产业振兴三年行动。三年行动下设三个专项行动，分别由市农业农村局、市商务局、市文旅局牵头。",
     {"蜂产业振兴三年行动"}),
    # a person and 任 open no name (某某任攻坚行动指挥长)
    ("全乡开展集体经济壮大攻坚行动。乡党委书记焦立伟任攻坚行动指挥长。", {"集体经济壮大攻坚行动"}),
    # a verb before the head takes the campaign as its object
    ("全县开展“勇立潮头”大讨论活动。要以严明的纪律保障大讨论活动顺利开展。", {"勇立潮头大讨论活动"}),
    ("全县开展“勇立潮头”大讨论活动。领导干部要以上率下推动大讨论活动深入开展。", {"勇立潮头大讨论活动"}),
    # a phase, a body or the participants of the campaign are no name of their own
    ("全县开展“勇立潮头”大讨论。会上通报了前一阶段大讨论开展情况。", {"勇立潮头大讨论"}),
    ("全校开展“铸魂育人”主题教育。十名教师被评为学校主题教育先进个人。", {"铸魂育人主题教育"}),
    ("全校开展“铸魂育人”主题教育。学校举办科级以上干部主题教育专题读书班。", {"铸魂育人主题教育"}),
    # only list items name a sub-action: 实际行动, 统一行动 in running text do not
    (SUB_ACTIONS, {"乡村道路提档行动", "集镇风貌提升行动"}),
    # a joint or concerted action is no drive of its own
    ("公安机关开展联合行动，各地开展集中行动。", set()),
    # a method of a campaign: 开展…大走访等方式
    ("全县开展“勇立潮头”大讨论,通过开展“进园区、进村组”大走访等方式听取意见。", {"勇立潮头大讨论"}),
    # a body of the drive (领导小组, 办公室) names no new drive; a quoted drive ending in its head takes no 活动
    ("全县开展“勇立潮头”大讨论。成立大讨论领导小组。", {"勇立潮头大讨论"}),
    ("全县开展“招商攻坚年”活动。", {"招商攻坚年"}),
    # a place opening the name is no count to skip (四川省…, not 川省…); 甲省X三年行动 beside X三年行动 is one drive
    ("按照《四川省人民政府办公厅关于印发四川省城乡环境综合治理三年行动方案的通知》要求,现就开展城乡环境综合治理三年行动制定如下方案。",
     {"城乡环境综合治理三年行动"}),
    # 建设|年出栏…: 年 opens the plant's output, no 建设年 drive
    ("某集团将在县境内投资建设年出栏80万头生猪养殖项目。", set()),
    # the year opens the name (not its 年), and the drive named again without its year is the same drive
    ("关于开展2024年春季森林防火“百日攻坚”专项行动的通知\n各乡镇要把春季森林防火“百日攻坚”专项行动抓实抓细。",
     {"2024年春季森林防火百日攻坚专项行动"}),
    # the quoted drive named without its theme is the drive with it
    ("决定在全省开展城乡环境提升“净美家园”三年行动。各地要把“净美家园”三年行动抓实抓细。",
     {"城乡环境提升净美家园三年行动"}),
    # 甲·乙新时代文明实践活动 shortened to “乙”实践活动: one drive
    ("全镇开展“红旗引领·洁净庭院”新时代文明实践活动。村民积极参与“洁净庭院”实践活动。",
     {"红旗引领·洁净庭院新时代文明实践活动"}),
    # a short quoted drive launched by its name (开展“某某行动”); not a numbered formulation with a weak head
    ("全县开展“护林清源行动”，清理林区垃圾。", {"护林清源行动"}),
    ("全县打好“三大攻坚”，开展“护林清源”专项行动。", {"护林清源专项行动"}),
    # the kind of activity after a quoted theme (服务活动, 警示教育活动) ends the drive's name
    ("全市开展“惠企暖心”服务活动。", {"惠企暖心服务活动"}),
    ("县纪委开展“清廉守望”警示教育活动。", {"清廉守望警示教育活动"}),
    # a head's period after it (集中整治|月活动) is part of the head
    ("我县开展“林长护绿”集中整治月活动。", {"林长护绿集中整治月活动"}),
    # drives listed after 下设…： open with their item's number (一是), no part of their names
    ("全市下设两个专项行动：一是“种苗提纯”专项行动，由市林业局牵头；二是“产销对接”专项行动，由市商务局牵头。",
     {"种苗提纯专项行动", "产销对接专项行动"}),
    # 深入贯彻 opens a study drive's name; 研究 / 听取 before a drive are the meeting's verbs
    ("全县深入开展深入贯彻新发展理念学习教育。", {"深入贯彻新发展理念学习教育"}),
    ("会议听取了县交通局关于客运市场专项整治的汇报，研究城区停车秩序专项整治工作。",
     {"客运市场专项整治", "城区停车秩序专项整治"}),
]


@pytest.mark.parametrize("text,expected", CAMPAIGN_ONLY)
def test_campaign_back_references(text, expected, ctx, pipeline):
    assert names(text, T.CAMPAIGN, ctx, pipeline) == expected


EVENT_NAMES = [
    # a school's opening ceremony of a training class
    ("3月4日上午，中共邢台市委党校2024年秋季学期主体班开班典礼在市委党校举行。", "中共邢台市委党校2024年秋季学期主体班开班典礼"),
    # a meeting named by the drive alone, held by a place named before 召开: the place's meeting
    ("宜昌市开展“勇当先锋”大讨论。\n4月10日，宜昌市召开大讨论动员部署会。", "宜昌市大讨论动员部署会"),
    # a long name joined by 暨 keeps its quoted themes
    ("今天召开全县“勇立潮头、奋勇争先”大讨论暨“我为企业解难题”实践活动推进会,部署工作。",
     "勇立潮头、奋勇争先大讨论暨我为企业解难题实践活动推进会"),
    # meetings of other kinds: a feedback meeting of an inspection, a promotion meeting
    ("潍坊市委第三巡察组巡察临朐县委情况反馈会召开。", "潍坊市委第三巡察组巡察临朐县委情况反馈会"),
    ("2024年临朐县红木家具产业招商推介会在青岛举行。", "2024年临朐县红木家具产业招商推介会"),
    # two meetings' names joined by 暨 are one meeting, named by the second head
    ("全县林果产业发展工作会议暨“果香临朐”活动推进会召开。", "林果产业发展工作会议暨果香临朐活动推进会"),
    # a festival or contest is named by its own two characters; the verb before it (下设) is no part of it
    ("本届旅游季下设青溪擂台赛、木鱼音乐节等12项子活动。", "青溪擂台赛"),
    # a festival's ceremony is the event named, not the festival cut from it
    ("2025青川山珍文化旅游季开幕式在乔庄镇举行。", "2025青川山珍文化旅游季开幕式"),
    # a meeting named by its campaign
    ("他在清廉文化学习教育动员大会上作重要讲话。", "清廉文化学习教育动员大会"),
    # a second name after 暨 cut by a verb inside the first (动员部署会): the name opens with the first one's
    ("4月15日，青川县召开优化营商环境“暖企行动”动员部署会暨重点项目签约活动。",
     "优化营商环境暖企行动动员部署会暨重点项目签约活动"),
    ("9月2日,学院召开学习贯彻创新理论主题教育动员部署会。", "学习贯彻创新理论主题教育动员部署会"),
    ("学校举办科级以上干部主题教育专题读书班。", "科级以上干部主题教育专题读书班"),
    # 建设 inside a theme is no verb cutting the name
    ("4月18日,宜昌市召开清廉医院建设专项行动推进会。", "清廉医院建设专项行动推进会"),
]


@pytest.mark.parametrize("text,expected", [
    # 建设 inside a theme; a drive named inside its meeting's name is named too
    ("宜昌市组织开展作风建设专项整治。", {"作风建设专项整治"}),
    ("4月18日,宜昌市召开清廉医院建设专项行动推进会。", {"清廉医院建设专项行动"}),
])
def test_campaign_names_with_a_theme_of_building(text, expected, ctx, pipeline):
    assert names(text, T.CAMPAIGN, ctx, pipeline) == expected


@pytest.mark.parametrize("text,expected", EVENT_NAMES)
def test_event_names(text, expected, ctx, pipeline):
    got = names(text, T.EVENT, ctx, pipeline)
    assert any(n.endswith(expected) for n in got), got


def test_a_session_named_by_its_number_is_the_session_named_in_full(ctx, pipeline):
    # the headline's 召开第九次会议 and the report's 县十八届人大常委会第九次会议: one session
    text = "平山县人大常委会\n县十八届人大常委会召开第二十三次会议\n4月2日，县十八届人大常委会第二十三次会议召开。"
    assert names(text, T.EVENT, ctx, pipeline) == {"平山县十八届人大常委会第二十三次会议"}


@pytest.mark.parametrize("text,expected", [
    # a region's party committee opens its plenum's name: the region it is about
    ("会议传达学习自治区党委十一届三次全会精神。宁夏回族自治区各地迅速行动。", {"宁夏回族自治区党委十一届三次全会"}),
    # a bare body opening a meeting's name is the document's own (区政府 in a report on one district)
    ("方案已经区政府第十二次常务会议审议通过。安宁区政府要求安宁区各部门抓好落实。", {"安宁区政府第十二次常务会议"}),
    # a bare level before a numbered congress or conference is the document's own
    ("陕西省召开会议。省十四届人大二次会议于1月25日在西安开幕。", {"陕西省十四届人大二次会议"}),
    # the host city in brackets is part of an expo's name
    ("4月12日,2024中国(银川)枸杞产业博览会在银川开幕。", {"2024中国(银川)枸杞产业博览会"}),
    # the session of a congress is the event
    ("城固县第十七届人民代表大会第二次会议开幕。", {"城固县第十七届人民代表大会第二次会议"}),
    # a signing and opening 活动 is a ceremony; the headline's shorter name is the report's fuller one
    ("夷陵区一季度重点项目集中签约暨开工活动举行\n3月8日,宜昌市夷陵区2024年一季度重点项目集中签约暨开工活动举行。",
     {"宜昌市夷陵区2024年一季度重点项目集中签约暨开工活动"}),
    # the plenum written in full (中国共产党某市第八届委员会第七次全体会议) is the 某市委八届七次全会 of the headline
    ("中共宜昌市委八届七次全会召开\n7月26日，中国共产党宜昌市第八届委员会第七次全体会议在宜昌召开。",
     {"宜昌市委八届七次全会"}),
    # a contest named bare and with its edition (第三届) is the one contest, under the fuller name
    ("本届旅游季下设青溪擂台赛、木鱼音乐节等子活动。6月9日，第三届青溪擂台赛在乔庄镇举行。",
     {"木鱼音乐节", "第三届青溪擂台赛"}),
    # the province's meeting and the city's meeting of one name are two
    ("宜昌市召开会议。全省乡村振兴工作交流会议后,全市乡村振兴工作交流会议召开。",
     {"湖北省乡村振兴工作交流会议", "宜昌市乡村振兴工作交流会议"}),
])
def test_event_keys(text, expected, ctx, pipeline):
    assert names(text, T.EVENT, ctx, pipeline) == expected


def test_attending_a_meeting_names_no_event(ctx, pipeline):
    # 某某负责同志列席会议: who attended the meeting, not a meeting's name
    assert names("三峡港管委会负责同志列席会议。", T.EVENT, ctx, pipeline) == set()


def test_this_years_festival_is_no_name(ctx, pipeline):
    # 本届旅游季: the festival the report is about, said by its kind
    assert names("本届旅游季持续至7月10日。", T.EVENT, ctx, pipeline) == set()


def test_generic_mobilisation_meeting_is_no_event(ctx, pipeline):
    assert names("各乡镇制定任务清单,召开全县动员大会。", T.EVENT, ctx, pipeline) == set()


SLOGAN_TABLE = [
    # counted things are no formulations; the formulations beside them stay
    ("着力解决“四个不足”,落实七项重点举措。全市工业投资连续三个季度保持两位数增长。", {"四个不足", "七项重点举措"}),
    ("另外三个签约项目分别由两家公司建设。", set()),
    # a quoted remark and a quoted team name are no formulations
    ("客商表示,“某县速度令人印象深刻”。村里成立“红色先锋服务队”,推行“四个一”工作法。", {"四个一"}),
    ("组织实施四个专项行动。", set()),
    ("活动下设三个专项整治，攻坚行动下设三个专班。", set()),
    ("园区将聚焦电子信息、新材料两大主导产业。", set()),
    # the formulation stops where its noun phrase does
    ("补齐三个短板带来的差距。", {"三个短板"}),
    ("做到六个破除,增强三个自觉。", {"六个破除", "三个自觉"}),
    # a drive's name quoted again where it is not read as the drive is still the drive, no formulation
    ("青川县在全县开展“暖企行动”。全县干部要把“暖企行动”抓紧抓实，做到“三个不”。", {"三个不"}),
]


@pytest.mark.parametrize("text,expected", SLOGAN_TABLE)
def test_slogans(text, expected, ctx, pipeline):
    assert names(text, T.SLOGAN, ctx, pipeline) == expected
