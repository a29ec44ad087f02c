"""Extractor tables: (sentence, expected) written for these tests.

Names here are invented or taken from general knowledge (places from the
division table), never from the evaluation gold.
"""
from __future__ import annotations

import pytest

from kg.build import default_pipeline
from kg.context import Context
from kg.extract.documents import parse_number
from kg.io import make_document
from kg.types import EntityType, Predicate

T = EntityType


@pytest.fixture(scope="module")
def ctx():
    return Context()


@pytest.fixture(scope="module")
def pipeline():
    return default_pipeline()


def run(text, ctx, pipeline):
    doc = make_document(text)
    ann = pipeline.run(doc, ctx, on_error="raise")
    return doc, ann


def names(ann, etype):
    return {m.canonical for m in ann.mentions if m.type is etype}


REGIONS = [
    # full names and short forms, with parents from the division table
    ("大同市云冈区召开会议,云冈区委书记讲话。", {("大同市", "山西省"), ("云冈区", "大同市")}),
    ("洛阳市偃师区和孟津区推进项目建设。", {("洛阳市", "河南省"), ("偃师区", "洛阳市"), ("孟津区", "洛阳市")}),
    # an ambiguous district goes where the document's other places are
    ("长春市加快发展,长春市朝阳区积极推进改革。", {("长春市", "吉林省"), ("朝阳区", "长春市")}),
    ("北京市朝阳区推进城市更新。", {("北京市", None), ("朝阳区", "北京市")}),
    # a town of one character and 镇, when its county is named
    ("丹凤县商镇发展丹参产业。", {("丹凤县", "商洛市"), ("商镇", "丹凤县")}),
    # development zones are regions under their city
    ("宜昌高新区招商引资成效明显,宜昌市委高度重视。", {("宜昌高新技术产业开发区", "宜昌市"), ("宜昌市", "湖北省")}),
    # macro-regions and common words that look like short names
    ("推动长三角一体化,振兴实体经济,解放思想。", {("长三角", None)}),
    # a city's short form stands for the city in a report from another province
    ("北京市召开座谈会,北京、南京、合肥三地代表发言,北京市委宣传部主持。",
     {("北京市", None), ("南京市", "江苏省"), ("合肥市", "安徽省")}),
    # a zone with a long suffix (经济技术开发区) after a short form; a zone the table lacks, from the model
    ("桐乡市召开会议,项目落户桐乡经济技术开发区。", {("桐乡市", "嘉兴市"), ("桐乡经济技术开发区", "桐乡市")}),
    ("长沙市召开会议,湘江新区要加快建设。", {("长沙市", "湖南省"), ("湘江新区", None)}),
    # villages the model finds, not the countryside (美丽乡村), an old town or a kind of village (集中村)
    ("优先治理人口集中村,建设美丽乡村、宜居乡村。西塘古镇游客众多,桐木村推进整治。", {("桐木村", None)}),
    # a county named like its city (X县 in X市): X|县委书记 is still the county
    ("会上,岳阳县委书记钱立群、华容县县长孙丽分别发言。", {("岳阳县", "岳阳市"), ("华容县", "岳阳市")}),
    # a two-character county (兴县) ending a phrase needs the document's confirmation; after 牵头， the verb 会同
    # opens a bare body, unless the county's city is named; a town's old town (某镇古城区) is no district
    ("坚持“生态立县、产业兴县”不动摇。秭归县召开会议。", {("秭归县", "宜昌市")}),
    ("秭归县坚持产业兴县战略。", {("秭归县", "宜昌市")}),
    ("吕梁市兴县召开会议。", {("吕梁市", "山西省"), ("兴县", "吕梁市")}),
    ("桃源县召开会议。由县自然资源局牵头，会同县公安局开展联合执法。", {("桃源县", "常德市")}),
    ("怀化市召开会议。由市林业局牵头，会同县公安局开展执法。", {("怀化市", "湖南省"), ("会同县", "怀化市")}),
    ("秭归县举行活动。茶叶文化节在茅坪镇古城区开幕。", {("秭归县", "宜昌市"), ("茅坪镇", "秭归县")}),
    # an autonomous prefecture called X州, and the table's several usual forms (巴州/巴音郭楞)
    ("黔东南州、甘孜州代表作交流发言。", {("黔东南苗族侗族自治州", "贵州省"), ("甘孜藏族自治州", "四川省")}),
    ("新疆召开会议，巴州代表发言。", {("新疆维吾尔自治区", None), ("巴音郭楞蒙古自治州", "新疆维吾尔自治区")}),
    # a county-level city under its province directly (the code table's 省直辖县级行政区划 is no division)
    ("琼海市嘉积镇举办活动。", {("琼海市", "海南省"), ("嘉积镇", "琼海市")}),
    # a town vouches for no county: the one town of its name elsewhere does not move the document there
    ("重庆市武隆区召开会议。同里镇代表作交流发言。", {("重庆市", None), ("武隆区", "重庆市"), ("同里镇", None)}),
    # a zone the division table holds as a county (长春净月高新技术产业开发区) said by its short name and kind
    ("长春市召开会议。净月高新区管委会负责同志参加。", {("长春市", "吉林省"), ("长春净月高新技术产业开发区", "长春市")}),
    # an autonomous county called a county (岫岩县, 长阳县) is that autonomous county
    ("鞍山市召开会议。岫岩县作交流发言。", {("鞍山市", "辽宁省"), ("岫岩满族自治县", "鞍山市")}),
    ("宜昌市召开会议。长阳县作交流发言。", {("宜昌市", "湖北省"), ("长阳土家族自治县", "宜昌市")}),
    # a district named by a common noun (老城区) is one only where its city is named
    ("西岗是大连的老城区，也是发源地。", {("西岗区", "大连市"), ("大连市", "辽宁省")}),
    ("洛阳市老城区召开会议。", {("洛阳市", "河南省"), ("老城区", "洛阳市")}),
    # a resort (度假村) and joined villages (联村) are no villages
    ("新昌县建设天姥山云顶度假村项目。定远县开展抱团联村三年行动。", {("新昌县", "绍兴市"), ("定远县", "滁州市")}),
    # a street's stem said alone (站前, 工人村) is the street named in the document, not a district elsewhere
    ("呈贡区洛龙街道作了发言。同步建设洛龙商业街区更新项目。昆明市召开会议。云南省部署。",
     {("呈贡区", "昆明市"), ("昆明市", "云南省"), ("云南省", None), ("洛龙街道", "呈贡区")}),
    ("东丽区丰年村街道作了发言。丰年村片区老旧小区改造项目开工。天津市召开会议。",
     {("东丽区", "天津市"), ("丰年村街道", "东丽区"), ("天津市", None)}),
    # a county's short form read as a noun under its modifier (快速通道) is the common word
    ("怀化市鹤城区召开会议，要求开辟审批“快速通道”。", {("怀化市", "湖南省"), ("鹤城区", "怀化市")}),
]


@pytest.mark.parametrize("text,expected", REGIONS)
def test_regions(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    got = {(m.canonical, m.attr("parent")) for m in ann.mentions if m.type is T.REGION}
    assert got == expected


def test_region_carries_code_and_ancestors(ctx, pipeline):
    _, ann = run("绍兴市柯桥区推进纺织产业升级。", ctx, pipeline)
    keqiao = next(m for m in ann.mentions if m.canonical == "柯桥区")
    assert keqiao.attr("code") == "330603"
    assert keqiao.attr("parent") == "绍兴市"


ORGS = [
    # a body's study group (理论学习中心组) is the group, not a centre
    ("临朐县召开会议。县委理论学习中心组举行集体学习。", {"临朐县委理论学习中心组"}),
    ("临朐县召开会议。县农业农村局党组理论学习中心组开展专题学习。", {"临朐县农业农村局党组理论学习中心组"}),
    # the party committee's offices named 委…办 (巡察办, 改革办), a county's investment group and archive
    ("临朐县召开会议。县委巡察办、县城投集团、县档案馆参加。", {"临朐县委巡察办", "临朐县城投集团", "临朐县档案馆"}),
    # in a town's report, a bare 镇 + body is the town's
    ("平山县温塘镇召开会议。镇党委、镇政府高度重视。", {"温塘镇党委", "温塘镇政府"}),
    ("大同市委、大同市人民政府联合部署。", {"大同市委", "大同市政府"}),
    # bare bodies resolve to the document's own region
    ("宜昌市召开大会。市委书记出席,市科技局作汇报,市人大常委会审议。", {"宜昌市委", "宜昌市科技局", "宜昌市人大常委会"}),
    ("中共洛阳市委办公室印发通知。", {"洛阳市委办公室"}),
    ("党中央、国务院高度重视。", {"中共中央", "国务院"}),
    # 联合|市某局: the verb is no part of the bare body, which is the report's city's
    ("宜昌市市场监督管理局部署整治。联合市农业农村局开展检查。", {"宜昌市农业农村局"}),
    # departments named from the usual words, listed anywhere or not
    ("南阳市召开推进会。市自然资源和规划局副局长张立平介绍情况。", {"南阳市自然资源和规划局"}),
    ("襄阳市召开会议。市水利和湖泊局牵头落实。", {"襄阳市水利和湖泊局"}),
    # the place in brackets belongs to the company's name (某某（内蒙古）有限公司)
    ("项目由华晟物流（内蒙古）有限公司投资建设。", {"华晟物流(内蒙古)有限公司"}),
    ("伊川县召开会议。县文化和广电旅游体育局、县住房和城乡建设局负责落实。",
     {"伊川县文化和广电旅游体育局", "伊川县住房和城乡建设局"}),
    # two offices side by side stay two
    ("会议由临汾市委办公室、临汾市人民政府办公室联合主办。", {"临汾市委办公室", "临汾市政府办公室"}),
    ("通知由临汾市委办公室临汾市人民政府办公室印发。", {"临汾市委办公室", "临汾市政府办公室"}),
    # an autonomous prefecture's bodies go by its short name; a token opening with punctuation
    ("湘西土家族苗族自治州召开会议。会议由州委主持。州农业农村局、州政府负责落实。",
     {"湘西州委", "湘西州农业农村局", "湘西州政府"}),
    # a page's source ends where the next field begins
    ("来源：秭归日报发布时间：2024-03-29 07:50", {"秭归日报"}),
    # a body the model reads as one word with its region's committee stays resolved
    ("中共宜昌市委八届七次全体会议召开,市委常委会主持会议。", {"宜昌市委", "宜昌市委常委会"}),
    # a committee's department in a chain of posts
    ("南阳市召开大会。市委常委、组织部部长张立平宣读了决定。", {"南阳市委", "南阳市委组织部"}),
]

ORGS_ONLY = [
    # a place's working group named after its task
    ("浙江省对口支援新疆工作前方指挥部召开会议。", {"浙江省对口支援新疆工作前方指挥部"}),
    # a zone's bodies, named in full (管理委员会 goes by 管委会) or bare (纪工委 too), are one body each;
    # 纪工委 is no name
    ("来源：绵阳高新技术产业开发区管理委员会。绵阳高新区召开会议。高新区党工委书记韩立明出席，管委会副主任邓思明，"
     "党工委委员、纪工委书记彭立卫等出席。",
     {"绵阳高新技术产业开发区管委会", "绵阳高新技术产业开发区党工委", "绵阳高新技术产业开发区纪工委"}),
    # the bodies of a chain of posts (市委常委、市纪委书记…领导小组组长) and those named after it are the city's
    ("广元市召开会议。市委常委、市纪委书记、市监委主任、市委巡察工作领导小组组长蒲庆林出席，市委巡察办主任滕伟光，"
     "市纪委副书记、市监委副主任褚晓琳等出席。",
     {"广元市委", "广元市纪委", "广元市监委", "广元市委巡察工作领导小组", "广元市委巡察办"}),
    # the work safety committee said short (安委会) is the committee; the State Council's is a national organ;
    # a discipline commission written in full goes by 纪委
    ("广元市安全生产委员会印发通知。市安委会各成员单位要落实国务院安委会部署。", {"广元市安全生产委员会", "国务院安委会"}),
    ("中共广元市纪律检查委员会召开全会。", {"广元市纪委"}),
    # a government's website named after it (某省人民政府网) is the site; its 网站 is the government's
    ("来源：山东省人民政府网", {"山东省人民政府网"}),
    ("临朐县召开会议。具体内容可登录临朐县人民政府网站查阅。", {"临朐县政府"}),
    # a party committee written in full after its place goes by its short name: 委 for a county or above,
    # 党委 for a town (中共某县某镇委员会), its offices after it
    ("中共临朐县委员会办公室印发通知。", {"临朐县委办公室"}),
    ("中共临朐县五井镇委员会印发通知。", {"五井镇党委"}),
    # 办 closes a department named from its work (镇经济发展办, 县人居环境整治办), as 办公室 does
    ("隆化县召开会议。县人居环境整治办牵头落实。", {"隆化县人居环境整治办"}),
    ("平山县温塘镇召开会议。镇经济发展办负责落实。", {"温塘镇经济发展办"}),
    # a department named from an industry word (茶业) joined with 和; an amount is no body
    ("隆化县召开会议。牵头单位：县农业和茶业局。全县茶园面积稳定在120万亩以上。", {"隆化县农业和茶业局"}),
    # 免去某某|市水利局局长职务: the person removed, not a body of that name
    ("隆化县人大常委会召开会议，免去裴东市水利局局长职务。", {"隆化县人大常委会"}),
    # a room where a meeting is held is no body
    ("平山县召开大会。会议在县委党校报告厅举行。", {"平山县委党校"}),
    # a county of a municipality: its 市委 and 市政府 are the municipality's; 人民法院 goes by 法院
    ("巫山县召开会议。县政府认真落实市委、市政府部署。", {"巫山县政府", "重庆市委", "重庆市政府"}),
    ("巫山县召开会议。县人民法院、县法院干警参加。", {"巫山县法院"}),
    # a place and what is built there, and a town joined to a bare body by 和, are no body
    ("隆化县推动张三营镇、韩麻营镇建设标准化初制所。", set()),
    ("隆化县召开大会。张三营镇、韩麻营镇和县行政审批局作了表态发言。", set()),
    # the congress's term between the level and the body is no part of its name; the bodies addressed
    # (各县区人民政府) are no one body; a session of the congress is no body
    ("巫山县十七届人大常委会举行第九次会议。县十七届人大常委会第九次会议在县城举行。",
     {"巫山县人大常委会"}),
    ("巫山县人民政府办公室关于印发方案的通知。各县区人民政府，县政府各部门：", {"巫山县政府办公室", "巫山县政府"}),
    ("巫山县完成了县十七届人大二次会议确定的目标任务。", set()),
    # a bureau's branch in a county is the body named
    ("宜昌市召开会议。宜昌市生态环境局夷陵区分局、宜昌市生态环境局秭归分局负责落实。",
     {"宜昌市生态环境局夷陵区分局", "宜昌市生态环境局秭归分局"}),
    # 中共/中国共产党 before a place opens that place's committee, it is not the party; the committee of a term
    # is the committee (中国共产党某县第十五届委员会 is the 县委)
    ("中共宜昌市秭归县委书记　张明远", {"秭归县委"}),
    ("1月9日，中国共产党宜昌市秭归县第十五届委员会第六次全体会议召开。", {"秭归县委"}),
    # a name the model reads as a body that runs on into a project's head is the project's
    ("宜昌光电有限公司投资3亿元建设光通信器件封装测试项目。", {"宜昌光电有限公司"}),
    # a working group's tail stops at what the body does (督查室|要会同…); a person's name glued to a body after it
    ("秭归县召开会议。县政府督查室要会同领导小组办公室开展考核。", {"秭归县政府督查室"}),
    ("副总经理周春华出席会议。集团党委决定：免去周春华宜昌三峡建材有限公司董事长职务。", {"宜昌三峡建材有限公司"}),
    # a place and a sector of its economy (某地文旅|发展), and a standing (品牌影响力), are no body
    ("近年来，平山文旅发展迅速，游客量持续增长。", set()),
    ("不断扩大隆化茶业的品牌影响力。", set()),
    # a facility named before 项目 names the project, it is no body of its own
    ("张三营镇冷链物流中心项目已开工建设。", set()),
    ("由县农投公司建设的隆化县张三营镇仓储物流中心项目年底完工。", {"县农投公司"}),
    # a college's party committee written in full goes by 某学院党委; said bare (学院党委, 院党委) it is the same;
    # the college's offices named bare are its own
    ("中共宜昌理工学院委员会关于开展调研的报告。宜昌理工学院召开大会。学院党委在全院开展调研。"
     "院党委书记蒋慧燕讲话。“课程共建行动”由教务处牵头，“就业提质行动”由招生就业处牵头。",
     {"宜昌理工学院党委", "宜昌理工学院", "宜昌理工学院教务处", "宜昌理工学院招生就业处"}),
]


@pytest.mark.parametrize("text,expected", ORGS_ONLY)
def test_organizations_only(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.ORGANIZATION) == expected


def test_a_declared_short_name_is_the_body(ctx, pipeline):
    text = "云南华岭交通建设投资集团有限公司(以下简称“华岭交投集团”)召开会议。华岭交投集团各单位参加。"
    _, ann = run(text, ctx, pipeline)
    orgs = [m for m in ann.mentions if m.type is T.ORGANIZATION]
    assert {m.canonical for m in orgs} == {"云南华岭交通建设投资集团有限公司"}
    assert len(orgs) == 3


def test_the_issuer_code_of_a_document_number_is_no_body(ctx, pipeline):
    _, ann = run("湖北省农业农村厅\n\n湘农发〔2023〕8号\n\n关于印发某某方案的通知", ctx, pipeline)
    assert names(ann, T.ORGANIZATION) == {"湖北省农业农村厅"}


@pytest.mark.parametrize("text,expected", [
    # every town's government is no one body; a paper's dateline (某某日报讯) names the paper
    ("各镇人民政府、街道办事处,区级有关部门:", set()),
    ("青川日报讯(记者 周敏)全县开展植树活动。", {"青川日报"}),
])
def test_no_one_body(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.ORGANIZATION) == expected


@pytest.mark.parametrize("text,expected", [
    # a bare level before a station's name (省农业技术推广总站) is the province's own
    ("吉林省农业农村厅召开会议。省农业技术推广总站、省农业机械化技术推广总站参加。",
     {"吉林省农业农村厅", "吉林省农业技术推广总站", "吉林省农业机械化技术推广总站"}),
    # a zone's bodies named bare (高新区党工委, 管委会) in a report about one zone are the zone's
    ("襄阳高新区召开项目推进会。高新区党工委书记冯立群,管委会主任龚长河出席。",
     {"襄阳高新技术产业开发区党工委", "襄阳高新技术产业开发区管委会"}),
    # …and the departments listed after one named with the zone (高新区某某分局、某某局)
    ("襄阳高新区召开会议。高新区自然资源分局、经济发展局配合。",
     {"襄阳高新技术产业开发区自然资源分局", "襄阳高新技术产业开发区经济发展局"}),
    # a university's colleges and offices named bare, in a report about that one university
    ("陇西理工大学召开主题教育推进会。陇西理工大学党委书记讲话。材料科学与工程学院参加,财务处、科学技术处联合制定办法。",
     {"陇西理工大学", "陇西理工大学材料科学与工程学院", "陇西理工大学财务处", "陇西理工大学科学技术处"}),
    # a hospital's departments and party branches named bare, in a report about that one hospital
    ("临朐县人民医院召开清廉建设推进会。临朐县人民医院党委书记讲话。医务科牵头，药剂科、设备科配合，外科党支部作表态发言。",
     {"临朐县人民医院", "临朐县人民医院医务科", "临朐县人民医院药剂科", "临朐县人民医院设备科", "临朐县人民医院外科党支部"}),
    # a place right before a body the model finds is the body's own (某市|新时代文明实践中心)
    ("光泽县新时代文明实践中心组织志愿者。", {"光泽县新时代文明实践中心"}),
])
def test_bodies_of_a_place(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.ORGANIZATION) == expected


def test_a_period_of_the_political_vocabulary_is_no_body(ctx, pipeline):
    _, ann = run("进入新时代,宜昌已处在新的发展阶段,踏上新征程。", ctx, pipeline)
    assert names(ann, T.ORGANIZATION) == set()


def test_what_a_body_decides_is_no_part_of_its_name(ctx, pipeline):
    _, ann = run("学校党委按照党中央部署和省委要求,认真落实市委部署。", ctx, pipeline)
    assert not any(n.endswith("部署") for n in names(ann, T.ORGANIZATION))


@pytest.mark.parametrize("text,expected", ORGS)
def test_organizations(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert expected <= names(ann, T.ORGANIZATION)


PERSONS = [
    ("宜昌市委书记张明远出席并讲话。", {"张明远"}),
    ("会议由副市长欧阳青主持,刘志强、陈晓东等出席。", {"欧阳青", "刘志强", "陈晓东"}),
    ("图为活动现场。 孙 海 摄", {"孙海"}),
    ("(责编:周丽华、马骏)", {"周丽华", "马骏"}),
    ("“张丽华、李振国、王晓东”三位同志受到表彰。", {"张丽华", "李振国", "王晓东"}),
    # a name right after a post, though the model reads it as a word
    ("县政协副主席单明等参加活动。", {"单明"}),
    # right after a post or in a photo credit, a name the model finds whatever its family name (刀, 普, 玉)
    ("县委书记刀建平出席并讲话。", {"刀建平"}),
    ("副县长玉罕出席。", {"玉罕"}),
    ("通讯员 普建国 摄", {"普建国"}),
    # the verb the model reads into a name (某某作|表态发言) is cut off
    ("医务部主任刘洋、护理部主任周静作表态发言。", {"刘洋", "周静"}),
    # the model runs the post into the family name (州长某|某), or reads the name and 及 as verbs
    ("甘南州委副书记、州长龙成，州委常委、副州长杨林分别陪同。", {"龙成", "杨林"}),
    ("忻州市召开会议。县委书记李军、县长任会波及各乡镇负责同志参加会议。", {"李军", "任会波"}),
    # the person removed from a post (免去某某|市水利局局长职务), though the model runs the name into the body
    ("隆化县人大常委会召开会议，免去裴东市水利局局长职务。", {"裴东"}),
]


def test_a_name_cut_before_a_word_is_completed_from_the_document(ctx, pipeline):
    # 副省长某某|达到…: the model reads 达到 as the verb, but the document names 某某达 everywhere else
    _, ann = run("副省长刘永达到忻州市调研。刘永达一行来到五台县。刘永达强调，要抓好落实。", ctx, pipeline)
    assert names(ann, T.PERSON) == {"刘永达"}


@pytest.mark.parametrize("text,expected", [
    # names the raw text spaces apart are two people, even where spaces between characters are dropped
    ("记者 何丽 潘勇 报道", {"何丽", "潘勇"}),
    ("全县开展植树活动。\n(记者 吕静 梁 刚)", {"吕静", "梁刚"}),
    # one name spaced out character by character stays one
    ("图为活动现场。 孙 海 摄", {"孙海"}),
])
def test_spaced_names(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.PERSON) == expected


@pytest.mark.parametrize("text,expected", [
    # a credit line's names end where the raw text spaced them or the next credit word starts,
    # though normalisation joins the spaces (记者某某某实习生某某某)
    ("本报讯（记者 祝晓云 实习生 邵思远）3月2日，全市召开会议。", {"祝晓云", "邵思远"}),
    ("日报全媒体记者 郁思成　通讯员 冷华林　包春燕", {"郁思成", "冷华林", "包春燕"}),
    ("全县开展植树活动。\n（宁韵之 摄）", {"宁韵之"}),
    # a credit word opening a sentence is no credit line
    ("记者从市委获悉，今年全市经济增长。", set()),
])
def test_credit_line_names(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.PERSON) == expected


@pytest.mark.parametrize("text,expected", [
    # the model may leave a name's last character out before a verb of presence
    ("贯彻落实省委书记黄求发到宜昌调研时的讲话。", {"黄求发"}),
    # but a real verb after a two-character name stays a verb
    ("市委书记张强来到宜昌调研。", {"张强"}),
])
def test_name_cut_before_a_verb(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.PERSON) == expected


@pytest.mark.parametrize("text,expected", [
    # the name fills the gap between a post and what its holder does, whatever the model cuts
    ("成立工作专班，由副县长齐明瑞任组长，总队长蒋庆川任副组长。", {"齐明瑞", "蒋庆川"}),
    ("仪式上，市长蒋清和致辞。", {"蒋清和"}),  # 和 before a verb is the name's, not a conjunction
    ("区委书记秦蕴和、县长马立军出席。", {"秦蕴和", "马立军"}),
    ("公司总经理常维一作为企业代表发言。", {"常维一"}),
    ("开发区管委会主任祁雅琴与企业代表签约。", {"祁雅琴"}),
    # a Mongolian name right after a post has no family name to check
    ("察右前旗召开会议。旗委副书记、旗长敖登格日勒出席仪式。", {"敖登格日勒"}),
    # a word of the sentence after a two-character name stays outside it
    ("市长王明也出席会议。", {"王明"}),
    ("市长王明和副市长李强出席。", {"王明", "李强"}),
    # the model cuts the post and runs its end into the name (副主|任某某), or reads the name as a body
    ("市文化旅游委副主任何立新参加调研。", {"何立新"}),
    ("县委书记郑国林代表县委常委会作工作报告。", {"郑国林"}),
    ("县委书记宋国林代表县委常委会作工作报告。", {"宋国林"}),
    ("县委书记孟庆和代表县委常委会作工作报告。", {"孟庆和"}),
    # each name listed after 递补 and before 为, though the model reads the last one into 为 (某某|华为)
    ("全会递补邵明远、曹丽华为县委委员。", {"邵明远", "曹丽华"}),
])
def test_name_between_a_post_and_an_act(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.PERSON) == expected


def test_a_list_ending_in_deng_ends_the_name(ctx, pipeline):
    _, ann = run("学院副教授王丽清、电气工程学院辅导员陈立新等教师受到表彰。", ctx, pipeline)
    assert names(ann, T.PERSON) == {"王丽清", "陈立新"}


def test_quoted_formula_items_are_no_names(ctx, pipeline):
    # a quoted list of parallel short items is a formula, not names
    _, ann = run("建立“周调度、月通报、季考核”工作机制。", ctx, pipeline)
    assert names(ann, T.PERSON) == set()


@pytest.mark.parametrize("text", [
    "成立领导小组，由市长任组长、分管副市长任副组长。",  # 任 serves as, no family name here
    "深入学习贯彻习近平新时代中国特色社会主义思想。",  # the name of a body of thought, no one named
])
def test_no_person_named(text, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.PERSON) == set()


@pytest.mark.parametrize("text", [
    "推动“姜旅融合、姜农融合”。",  # the model reads 姜旅 and 姜农 as names
    "推动“林茶融合、林旅融合”。",
])
def test_no_person_opens_an_item_of_a_formulation(text, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.PERSON) == set()


@pytest.mark.parametrize("text,expected", PERSONS)
def test_persons(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert expected <= names(ann, T.PERSON)


def test_a_name_with_a_dot_after_a_post_runs_past_the_dot(ctx, pipeline):
    # 艾力·|买买提/v: the part after the dot, whatever the model took it for
    _, ann = run("伽师县委书记艾力·热合曼出席会议并讲话。", ctx, pipeline)
    assert names(ann, T.PERSON) == {"艾力·热合曼"}


def test_the_kind_of_people_counted_is_no_name(ctx, pipeline):
    # 36位李农 (a made-up kind spelt like a name): the kind counted, wherever the word stands
    _, ann = run("来自全县的36位李农同台比拼，副县长郑晓舟为获奖李农颁奖。", ctx, pipeline)
    assert names(ann, T.PERSON) == {"郑晓舟"}


CAMPAIGNS = [
    # a word opening with a one-character stop (对接, 和美) stays inside the name
    ("全市开展“清江鲜果”产销对接专项行动。", {"清江鲜果产销对接专项行动"}),
    ("全县开展和美乡村建设三年行动。", {"和美乡村建设三年行动"}),
    # 同 after a drive's head joins the next drive (把甲专项行动同乙三年行动结合起来): two drives
    ("要把护林防火专项行动同平安乡村建设三年行动结合起来。", {"护林防火专项行动", "平安乡村建设三年行动"}),
    ("全县开展“勇争一流、干在实处”大讨论,大讨论取得实效。", {"勇争一流、干在实处大讨论"}),
    ("在全市开展“营商环境提升年”专项行动。", {"营商环境提升年专项行动"}),
    ("扎实推进乡村振兴五年行动,确保城乡融合攻坚战取得胜利。", {"城乡融合攻坚战"}),
    ("我县积极开展“清风护航”“千企帮扶”等专项行动。", {"清风护航专项行动", "千企帮扶专项行动"}),
    # a quoted theme's head 专项整治 and the 行动 after it are one head
    ("县市场监管局开展食品安全“净源护苗”专项整治行动。", {"食品安全净源护苗专项整治行动"}),
    # the period a drive runs for closes its name (某某集中整治|百日行动)
    ("县城管局开展市容环境集中整治百日行动。", {"市容环境集中整治百日行动"}),
    ("县里开展“清山净水”集中整治百日行动。", {"清山净水集中整治百日行动"}),
]


@pytest.mark.parametrize("text,expected", CAMPAIGNS)
def test_campaigns(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert expected <= names(ann, T.CAMPAIGN)


def test_bare_campaign_refers_back(ctx, pipeline):
    _, ann = run("全县开展“勇争一流、干在实处”大讨论。通过大讨论,干部作风明显转变。", ctx, pipeline)
    camps = [m for m in ann.mentions if m.type is T.CAMPAIGN]
    assert len(camps) == 2
    assert {m.canonical for m in camps} == {"勇争一流、干在实处大讨论"}


SLOGANS = [
    # a quoted name of a group of speakers or performers (“某某宣讲团”) is no formulation
    ("临朐县召开会议。各支部通过“党史故事宣讲团”“流动课堂”等形式开展学习。", set(), {"党史故事宣讲团"}),
    # an honour conferred and an app named in quotes are no formulations; the drive's own words stay one
    ("该村被评为“全省美丽庭院示范村”，荣获“乡村振兴先锋”称号，群众通过“临朐通”APP办理业务，推行“一次办妥”。",
     {"一次办妥"}, {"全省美丽庭院示范村", "乡村振兴先锋", "临朐通"}),
    ("聚焦“三个短板”,落实“一网通查”改革。", {"三个短板", "一网通查"}, set()),
    ("构建“7+3+N”工作体系,增强五个自觉。", {"7+3+N", "五个自觉"}, set()),
    # a government's press account is a channel, no formulation; a formulation's own platform stays one
    ("要通过“江城发布”、江城日报等平台开设专栏。", set(), {"江城发布"}),
    ("放大区内“双创”平台带动效应。", {"双创"}, set()),
    # what is built comes counted (建成两条生产线): a quantity, no formulation
    ("该项目年内建成两条分割生产线，补齐四个短板。", {"四个短板"}, {"两条分割生产线"}),
]


@pytest.mark.parametrize("text,expected,forbidden", SLOGANS)
def test_slogans(text, expected, forbidden, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    got = names(ann, T.SLOGAN)
    assert expected <= got and not (forbidden & got)


NUMBERS = [
    ("辽委办发〔2018〕127号", {"issuer": "辽委办发", "year": "2018", "serial": "127"}),
    ("国办发[2020]9号", {"issuer": "国办发", "year": "2020", "serial": "9"}),
    ("浙政发（2019）015号", {"issuer": "浙政发", "year": "2019", "serial": "15"}),
    ("第127号", None),
    # a heading over the number's line is no issuer's code
    ("专题会议纪要\n〔2025〕14号", None),
]


@pytest.mark.parametrize("number,expected", NUMBERS)
def test_document_numbers(number, expected):
    assert parse_number(number) == expected


def test_policy_document_with_number(ctx, pipeline):
    _, ann = run("根据市政府办公室印发的《关于加快数字经济发展的实施意见》(甲政办发〔2021〕33号),制定本方案。", ctx, pipeline)
    docs = [m for m in ann.mentions if m.type is T.POLICY_DOCUMENT]
    assert [d.canonical for d in docs] == ["关于加快数字经济发展的实施意见"]
    assert docs[0].attr("number") == "甲政办发〔2021〕33号"
    assert docs[0].attr("year") == "2021"


@pytest.mark.parametrize("text,number,issuer", [
    # a bare 文号 cited by a verb: the verb is no part of the issuer's code
    ("根据甲政办字〔2024〕15号文件精神，县里制定方案。", "甲政办字〔2024〕15号", "甲政办字"),
    ("按照乙政办发[2023]7号要求执行。", "乙政办发[2023]7号", "乙政办发"),
    # nor a function word before it (市委以|某发〔2024〕9号印发)
    ("市委以丙发〔2024〕9号文件印发了决定。", "丙发〔2024〕9号", "丙发"),
])
def test_cited_document_numbers(text, number, issuer, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    docs = [m for m in ann.mentions if m.type is T.POLICY_DOCUMENT]
    assert [(d.surface, d.attr("issuer")) for d in docs] == [(number, issuer)]


@pytest.mark.parametrize("text,title,number", [
    # the 文号 line under a notice's title is the notice's number, no document of its own
    ("某县人民政府办公室\n关于印发《某县城乡环境整治方案》的通知\n\n某府办发〔2022〕41号\n\n各乡镇:现印发给你们。",
     "关于印发《某县城乡环境整治方案》的通知", "某府办发〔2022〕41号"),
    # a body opening the title on the first line: 某某厅关于…的通知 is the document's own title
    ("陕西省水利厅关于开展河湖清障专项行动的通知\n\n陕水函〔2023〕62号\n\n各市水利局:现将有关事项通知如下。",
     "陕西省水利厅关于开展河湖清障专项行动的通知", "陕水函〔2023〕62号"),
])
def test_own_title_and_its_number(text, title, number, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    docs = [m for m in ann.mentions if m.type is T.POLICY_DOCUMENT]
    own = [d for d in docs if d.attr("self_title")]
    assert [(d.canonical, d.attr("number")) for d in own] == [(title, number)]
    assert not any(d.canonical == number for d in docs)


def test_a_declared_short_title_is_the_same_document(ctx, pipeline):
    _, ann = run("省政府印发《关于推进县域经济高质量发展的实施意见》(以下简称《实施意见》)。《实施意见》提出十项举措。",
                 ctx, pipeline)
    assert names(ann, T.POLICY_DOCUMENT) == {"关于推进县域经济高质量发展的实施意见"}


@pytest.mark.parametrize("text,expected", [
    # a draft (（讨论稿）, （征求意见稿）) is the document it drafts; a period in brackets is part of the title
    ("全会审议通过了《中共隆化县委关于加快林果产业升级的决定》，县委书记就《中共隆化县委关于加快林果产业升级的决定（讨论稿）》作说明。",
     {"中共隆化县委关于加快林果产业升级的决定"}),
    ("县里印发《隆化县林果产业发展三年行动计划（2024—2026年）》。", {"隆化县林果产业发展三年行动计划(2024—2026年)"}),
])
def test_a_draft_is_the_document_it_drafts(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.POLICY_DOCUMENT) == expected


@pytest.mark.parametrize("text", [
    # a draft's note after the head (（讨论稿）), and the bare 《决定》 / 《决定（讨论稿）》 that refers back to it
    "县委书记就《中共秭归县委关于加快柑橘产业升级的决定（讨论稿）》作说明。全会审议通过了《决定》。",
    "县委书记就《中共秭归县委关于加快柑橘产业升级的决定（讨论稿）》作说明。县长就《决定（讨论稿）》起草情况作说明。",
    # a document of another kind cited in between (根据《某某意见》…起草了《决定》): the latest 决定 named before
    "县委书记就《中共秭归县委关于加快柑橘产业升级的决定（讨论稿）》作说明。根据《湖北省关于柑橘产业的意见》，县委起草了《决定》。",
])
def test_a_bare_head_refers_to_the_title_named_before(text, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.POLICY_DOCUMENT) - {"湖北省关于柑橘产业的意见"} == {"中共秭归县委关于加快柑橘产业升级的决定"}


def test_the_number_after_the_notice_sending_a_plan_out(ctx, pipeline):
    _, ann = run("市政府办公室关于印发《宝鸡市城乡环境整治三年行动方案》的通知(宝政办发〔2023〕21号)", ctx, pipeline)
    docs = [m for m in ann.mentions if m.type is T.POLICY_DOCUMENT]
    assert [(d.canonical, d.attr("number")) for d in docs] == [("宝鸡市城乡环境整治三年行动方案", "宝政办发〔2023〕21号")]


def test_nobody_is_named_inside_a_document_number(ctx, pipeline):
    _, ann = run("依据《某市城市更新实施意见》(柳办发〔2022〕8号)和(宁委办发〔2021〕3号)执行。", ctx, pipeline)
    assert names(ann, T.PERSON) == set() and names(ann, T.ORGANIZATION) == set()


EVENTS = [
    ("贯彻落实市委十三届五次全会精神。", {"市委十三届五次全会"}),
    ("学习党的二十大和二十届二中、三中全会精神。", {"党的二十大", "二十届二中全会", "二十届三中全会"}),
    ("第三届中国国际进口博览会在上海举行。", {"第三届中国国际进口博览会"}),
    # 和 joining two themes of one meeting's name
    ("临朐县召开会议。在全县安全生产和森林防火集中整治推进会上的讲话", {"安全生产和森林防火集中整治推进会"}),
    # the sector holding a class (全省某某系统) is part of its name
    ("在全省林业系统学习贯彻习近平新时代中国特色社会主义思想主题教育读书班上的讲话",
     {"全省林业系统学习贯彻习近平新时代中国特色社会主义思想主题教育读书班"}),
    # a meeting convened somewhere on a theme of its own, named from the verb to its head
    ("随后，赵立新在临朐县主持召开防汛和重点项目建设工作座谈会，听取汇报。", {"防汛和重点项目建设工作座谈会"}),
]


NO_MEETING_NAMED = [
    # a meeting of some kind, convened on no theme of its own, is no named event
    "随后，市长赵立新在临朐县召开工作推进会，听取汇报。",
    "县长赵立新在县政府召开全县领导干部大会。",
    "随后，赵立新在临朐县主持召开防汛工作座谈会，听取汇报。",
    # a meeting word inside the name of a building or room is no meeting
    "代表团今天在北京人民大会堂会见了来访客人。",
    "第五届青山论坛在市国际会议中心开幕。",
    "双方在省政府第一会议室举行会谈。",
]


@pytest.mark.parametrize("text", NO_MEETING_NAMED)
def test_no_meeting_is_named(text, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert not any(n.endswith(("会", "会议")) for n in names(ann, T.EVENT)), names(ann, T.EVENT)


@pytest.mark.parametrize("text,expected", EVENTS)
def test_events(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    got = names(ann, T.EVENT)
    assert expected <= got or expected <= {n[-len(e):] for n in got for e in expected}


def test_project_with_investment(ctx, pipeline):
    _, ann = run("宜昌市某化工集团年产30万吨新材料项目开工,总投资45.5亿元。", ctx, pipeline)
    projects = [m for m in ann.mentions if m.type is T.PROJECT]
    assert projects and projects[0].canonical.endswith("30万吨新材料项目")
    assert projects[0].attr("amount_value") == "4550000000"


def test_project_with_investment_before_its_name(ctx, pipeline):
    _, ann = run("总投资6.5亿元的精细化工中试基地项目开工。", ctx, pipeline)
    projects = [m for m in ann.mentions if m.type is T.PROJECT]
    assert [(p.canonical, p.attr("amount_value")) for p in projects] == [("精细化工中试基地项目", "650000000")]


RELATIONS = [
    ("宜昌市委书记张明远出席并讲话。", (T.PERSON, "张明远", Predicate.HOLDS_POST, "宜昌市委")),
    ("宜昌市召开大会。市委副书记欧阳青主持会议。", (T.PERSON, "欧阳青", Predicate.HOLDS_POST, "宜昌市委")),
    ("全县开展“勇争一流、干在实处”大讨论。", (T.CAMPAIGN, None, None, None)),
]


def _triples(ann):
    return {(r.head.canonical, r.predicate, r.tail.canonical) for r in ann.relations}


def test_holds_post(ctx, pipeline):
    _, ann = run("宜昌市委书记张明远出席并讲话。", ctx, pipeline)
    posts = [(r.head.canonical, r.tail.canonical, r.attr("post")) for r in ann.relations if r.predicate is Predicate.HOLDS_POST]
    assert ("张明远", "宜昌市委", "市委书记") in posts


def test_conducts_and_attended(ctx, pipeline):
    text = ("绍兴市柯桥区全面开展“争先创优”大讨论。"
            "5月8日,柯桥区“争先创优”大讨论推进会召开。区委书记王志成出席并讲话。")
    _, ann = run(text, ctx, pipeline)
    triples = _triples(ann)
    assert ("柯桥区", Predicate.CONDUCTS, "争先创优大讨论") in triples
    assert any(p is Predicate.ATTENDED and h == "王志成" for h, p, _ in triples)


def test_issued_and_based_on(ctx, pipeline):
    text = ("关于在全县开展“作风提升年”活动的实施方案\n"
            "根据省委办公厅印发的《关于深化作风建设的意见》,县委决定在全县开展“作风提升年”活动,现制定实施方案如下。")
    _, ann = run(text, ctx, pipeline)
    triples = _triples(ann)
    assert any(p is Predicate.BASED_ON and t == "关于深化作风建设的意见" for _, p, t in triples)
    assert any(p is Predicate.ISSUED_BY and h == "关于深化作风建设的意见" for h, p, _ in triples)


def test_every_relation_has_evidence_inside_the_text(ctx, pipeline):
    text = "宜昌市委书记张明远出席“争先创优”大讨论推进会并讲话。"
    doc, ann = run(text, ctx, pipeline)
    for r in ann.relations:
        assert 0 <= r.evidence.start < r.evidence.end <= len(doc.raw)
        assert r.evidence.quote


def test_two_people_of_one_name_stay_two_when_their_posts_differ(tmp_path):
    from kg.build import build

    (tmp_path / "a.txt").write_text("大同市委书记王志远出席会议并讲话。", encoding="utf-8")
    (tmp_path / "b.txt").write_text("宜昌市委书记王志远出席会议并讲话。", encoding="utf-8")
    (tmp_path / "c.txt").write_text("宜昌市召开大会,王志远出席。市委书记王志远强调。", encoding="utf-8")
    graph, _ = build([str(tmp_path)])
    people = [e for e in graph.entities if e.type is T.PERSON and e.name == "王志远"]
    assert len(people) == 2
    docs = sorted(len(p.documents) for p in people)
    assert docs == [1, 2]


def test_the_country_itself_is_a_mention_but_no_node(tmp_path, ctx, pipeline):
    from kg.build import build

    text = "临朐县坚持中国特色社会主义道路,推进中美经贸交流,与中国农业大学共建基地。"
    _, ann = run(text, ctx, pipeline)
    assert "中国" in names(ann, T.REGION)  # kg extract's place names keep it
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    graph, _ = build([str(tmp_path)])
    regions = {e.name for e in graph.entities if e.type is T.REGION}
    assert "中国" not in regions and {"临朐县", "美国"} <= regions
    ids = {e.id for e in graph.entities}
    assert all(r.head_id in ids and r.tail_id in ids for r in graph.relations)


ITEMS = [
    ("聚焦“三个短板”，即思想观念短板、营商环境短板、基础设施短板。", "三个短板",
     ["思想观念短板", "营商环境短板", "基础设施短板"]),
    ("做到四个坚持：一是坚持问题导向，二是坚持目标导向，三要坚持结果导向，四是坚持系统观念。", "四个坚持",
     ["坚持问题导向", "坚持目标导向", "坚持结果导向", "坚持系统观念"]),
    # clauses parted by commas, each opening with the word counted
    ("全县要做到“三个坚守”：坚守安全底线，坚守生态红线，坚守廉洁防线。", "三个坚守",
     ["坚守安全底线", "坚守生态红线", "坚守廉洁防线"]),
    ("全县要做到“三个坚守”：安全底线要守住，坚守生态红线，坚守廉洁防线。", "三个坚守", None),
    # a count that does not match the list: no items rather than wrong ones
    ("落实“五项任务”，即招商、项目、环境。", "五项任务", None),
]


@pytest.mark.parametrize("text,slogan,items", ITEMS)
def test_slogan_items(text, slogan, items, ctx, pipeline):
    from kg.types import ITEM_SEPARATOR

    _, ann = run(text, ctx, pipeline)
    found = next(m for m in ann.mentions if m.type is T.SLOGAN and m.name == slogan)
    got = found.attr("items")
    assert (got.split(ITEM_SEPARATOR) if got else None) == items


def test_event_date_from_sentence_and_document_year(ctx, pipeline):
    text = "发布时间:2021-04-12\n4月10日,全市“争先创优”大讨论推进会召开。"
    _, ann = run(text, ctx, pipeline)
    ev = next(m for m in ann.mentions if m.type is T.EVENT)
    assert ev.attr("date") == "2021-04-10"


def test_deputy_titles_without_body_resolve_to_the_region(ctx, pipeline):
    _, ann = run("宜昌市召开会议,副市长刘志强主持。", ctx, pipeline)
    posts = [(r.head.canonical, r.tail.canonical, r.attr("post")) for r in ann.relations
             if r.predicate is Predicate.HOLDS_POST]
    assert ("刘志强", "宜昌市", "副市长") in posts


def test_evidence_of_a_fact_across_paragraphs_is_one_sentence(ctx, pipeline):
    doc, ann = run("宜昌市开展“争先创优”专项行动\n会议要求,要围绕“三个一流”目标推进工作。", ctx, pipeline)
    rel = next(r for r in ann.relations if r.predicate is Predicate.ASSOCIATED_WITH)
    assert "\n" not in doc.raw[rel.evidence.start:rel.evidence.end]
    assert rel.evidence.quote.startswith("会议要求")


def test_short_form_from_another_province_needs_confirmation(ctx, pipeline):
    # 三峡 is also a district of New Taipei; in a report about Yichang it is the gorges.
    text = "宜昌市夷陵区、点军区推进三峡旅游发展。"
    _, ann = run(text, ctx, pipeline)
    assert "三峡区" not in names(ann, T.REGION)


BUILT = [
    ("启动城乡融合示范廊带建设,打造特色小镇。", {"城乡融合示范廊带"}, {"特色小镇"}),
    ("加快建设滨江文化创意中心和数字产业园。", {"滨江文化创意中心"}, set()),
]


@pytest.mark.parametrize("text,projects,not_projects", BUILT)
def test_facilities_being_built_are_projects(text, projects, not_projects, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    got = names(ann, T.PROJECT)
    assert projects <= got and not (not_projects & got)
    assert not (projects & names(ann, T.ORGANIZATION))


PROJECT_NAMES = [
    # 签订 is a verb before the name signed for
    ("宁波华联食品有限公司与伽师县人民政府签订年产5万吨新梅精深加工项目合作协议。", {"年产5万吨新梅精深加工项目"},
     {"伽师县人民政府签订年产5万吨新梅精深加工项目"}),
    # what is kept an eye on (重点关注X) is the name, not the verb; a name never opens outside a quotation it ends in
    ("临朐县召开会议。重点关注五井镇高标准农田建设项目等民生项目。", {"五井镇高标准农田建设项目"},
     {"关注五井镇高标准农田建设项目"}),
    ("临朐县召开会议。这是落实县委“千村万户工程”部署要求的具体举措。", set(), {"县委千村万户工程"}),
    # a place and a verb of building together (在某镇共建) open no name; the investment said before the place
    # and the verb (拟投资6亿元在某区建设X), or after the name (，计划总投资…), makes a plain name a project
    ("临朐县召开会议。双方将在五井镇共建蔬菜种苗繁育示范基地项目，计划总投资2.8亿元。", {"蔬菜种苗繁育示范基地项目"},
     {"五井镇共建蔬菜种苗繁育示范基地项目"}),
    ("临朐县召开会议。某公司与县政府签约，拟投资6亿元在园区建设高端农机装备研发生产基地项目。",
     {"高端农机装备研发生产基地项目"}, set()),
    # a visit's verb (到某县调研, 督导检查, 观摩了) is no part of the name visited
    ("临朐县召开会议。市领导到五井镇督导检查石门坊生态旅游综合开发项目建设进展。", {"石门坊生态旅游综合开发项目"},
     {"五井镇督导检查石门坊生态旅游综合开发项目"}),
    ("临朐县召开会议。副市长一行到临朐县调研重点项目建设情况。", set(), {"临朐县调研重点项目"}),
    ("临朐县召开会议。县领导观摩了沂河智能制造产业园项目。", {"沂河智能制造产业园项目"}, {"了沂河智能制造产业园项目"}),
    # the section of a route through a place is the project there
    ("临朐县召开会议。潍日高速公路临朐段建成通车。", {"潍日高速公路临朐段"}, {"潍日高速公路"}),
    # 及 / 和 joining two works in one project's name, when the first has no head and opens with no place
    ("临朐县召开会议。冶源镇雨污分流及地下管网改造项目由临朐县城投公司投资3亿元建设。",
     {"冶源镇雨污分流及地下管网改造项目"}, {"地下管网改造项目"}),
    ("临朐县召开会议。企业共同投资6亿元，建设年加工10万头生猪及冷链配送项目。",
     {"年加工10万头生猪及冷链配送项目"}, {"冷链配送项目"}),
    ("临朐县召开会议。建设五井镇茶叶加工园和冶源镇红色研学基地。", {"冶源镇红色研学基地"},
     {"五井镇茶叶加工园和冶源镇红色研学基地"}),
    # a visitor walking in (他走进…) is no part of the name; a pool of projects (项目库) and a first batch are none
    ("临朐县召开会议。他走进沂山康养小镇项目现场察看。", {"沂山康养小镇项目"}, {"他走进沂山康养小镇项目"}),
    ("临朐县召开会议。由县投资促进中心建立项目库，首批项目已签约。", set(),
     {"县投资促进中心建立项目", "首批项目"}),
    # what a named body builds (由某公司投资建设, 该项目由…) is a project, though no place or company opens its name
    ("紫檀木雕文创产业园项目由河北燕赵木艺有限公司投资建设，总投资6亿元。", {"紫檀木雕文创产业园项目"}, set()),
    ("今年重点建设核桃良种创新中心项目。该项目由平山县绿岭农业科技有限公司投资建设。", {"核桃良种创新中心项目"}, set()),
    # a name runs on to its last head (某某基地|项目), verbs before it are not part of it
    ("要加快推进宜昌市中心城区地下管廊项目建设。", {"宜昌市中心城区地下管廊项目"}, {"要加快推进宜昌市中心城区地下管廊项目"}),
    ("签约项目包括青山光芯科技有限公司光电器件研发生产基地项目。",
     {"青山光芯科技有限公司光电器件研发生产基地项目"}, {"青山光芯科技有限公司光电器件研发生产基地"}),
    # the verb opening the clause (建成) is no part of the name
    ("秭归县推进柑橘产业升级，建成秭归县柑橘产业创新服务综合体。", {"秭归县柑橘产业创新服务综合体"},
     {"建成秭归县柑橘产业创新服务综合体"}),
    # two names side by side stay two
    ("推进青山物流园中欧班列常态化开行。", {"青山物流园"}, {"青山物流园中欧中亚班列"}),
    # a body as the subject: what it must do is no project name
    ("县水利局要优先保障重点项目用地。", set(), {"县水利局要优先保障重点项目", "重点项目"}),
    # a stated investment makes a project of a name without proper nouns
    ("重点实施城北片区有机更新项目（总投资8.2亿元）。", {"城北片区有机更新项目"}, set()),
    ("全力推进高端精密轴承智能制造产业园,项目总投资12亿元。", {"高端精密轴承智能制造产业园"}, set()),
    # a phase after the head is part of the name
    ("清水河生态修复工程二期全面完工。", {"清水河生态修复工程二期"}, {"清水河生态修复工程"}),
    # or stated right before the name (总投资N亿元的…项目)
    ("总投资12亿元的新型墙材生产基地项目正式开工。", {"新型墙材生产基地项目"}, {"总投资12亿元的新型墙材生产基地项目"}),
    ("双方签约,计划投资8.5亿元的冷链仓储中心项目选址城东。", {"冷链仓储中心项目"}, set()),
    # what a company invests in is a project, whatever its name holds
    ("要推进华宇电子集团有限公司投资建设的智能终端制造产业园。", {"智能终端制造产业园"}, set()),
    # what is pushed is the name, not the body pushing it; 要素 is a word, not the modal 要
    ("宜昌市加快推进要素交易中心项目,总投资3亿元。", {"要素交易中心项目"}, {"宜昌市加快推进要素交易中心项目", "素交易中心项目"}),
    # the projects of a period, and a person with a verb, are no project names
    ("9月10日,宜昌市2024年第三季度重大项目集中开工仪式举行。市委书记李华宣布项目开工。", set(),
     {"宜昌市2024年第三季度重大项目", "市委书记李华宣布项目"}),
    # a head that ends a place's name (香港, 连云港) is no project's
    ("驻香港部队举行军营开放日活动。", set(), {"驻香港"}),
    # a count after the head is no name
    ("平湖市今年新签约项目12个,总投资30亿元。", set(), {"平湖市今年新签约项目"}),
    # 年产 opens a project's name, no 建设年 drive
    ("宜昌新材有限公司投资35亿元建设年产30万吨高性能新材料项目。", {"年产30万吨高性能新材料项目"}, set()),
    # a plant named by its output joins two products with 及, and may count pieces or GWh
    ("青岚储能科技有限公司投资20亿元建设年产10GWh动力电池及储能系统项目。", {"年产10GWh动力电池及储能系统项目"},
     {"储能系统项目"}),
    ("公司力争年产500万件汽车线束扩产项目年内建成投产。", {"年产500万件汽车线束扩产项目"}, {"公司力争年产500万件汽车线束扩产项目"}),
    ("与会人员察看了青岚电器有限公司年产80万台智能家电项目建设现场。", {"年产80万台智能家电项目"}, set()),
    # a county's key projects (某县重点项目集中开工仪式) are no one project
    ("平山县重点项目集中开工仪式在温塘镇举行。", set(), {"平山县重点项目"}),
    # the verb before a name is no part of it (某镇建成|某某基地, 某管委会签约|某某项目), nor a subject's modal
    ("平山县西柏坡镇建成红色研学直播基地。", {"红色研学直播基地"}, {"西柏坡镇建成红色研学直播基地"}),
    ("广大政协委员要深入践行“万企兴万村”工程。", set(), {"广大政协委员要深入践行万企兴万村工程"}),
    # a meeting's name holding 重点项目 names no project; 加工中心 is a head; a 小镇 is a project, no place
    ("隆化县举行2024年投资洽谈会暨重点项目集中签约仪式。", set(), {"2024年隆化县投资洽谈会暨重点项目",
                                                     "2024年投资洽谈会暨重点项目"}),
    ("隆化县建设张三营镇红茶数字化加工中心。", {"张三营镇红茶数字化加工中心"}, set()),
    ("隆化县张三营镇温泉康养小镇项目开工。", {"隆化县张三营镇温泉康养小镇项目"}, {"温泉康养小镇"}),
    # an item listed right after a project that opens with a place is a project, whatever its head;
    # a place alone in the list is none
    ("丹凤县召开推进会，与会人员先后来到商镇丹参种植示范园、棣花镇林麝养殖场实地观摩。",
     {"商镇丹参种植示范园", "棣花镇林麝养殖场"}, {"棣花镇林麝养殖场实地观摩"}),
    ("丹凤县加快竹林关镇中药材加工综合体、棣花镇食用菌产业联合体等项目进度。",
     {"竹林关镇中药材加工综合体", "棣花镇食用菌产业联合体"}, set()),
    ("丹凤县加快推进竹林关镇丹参产业园、棣花镇、商镇基础设施改造。", {"竹林关镇丹参产业园"},
     {"棣花镇", "商镇基础设施改造"}),
    # a plain name listed after a named project, before 等重点项目, is a project too
    ("要加快推进秭归县城区污水管网项目、千禾智能制造产业园等重点项目建设。",
     {"秭归县城区污水管网项目", "千禾智能制造产业园"}, set()),    # the town a plant is named with opens its name; a company before 年产 does not
    ("三要抓投产。茅坪镇年产5万吨脐橙深加工项目要倒排工期。", {"茅坪镇年产5万吨脐橙深加工项目"}, {"年产5万吨脐橙深加工项目"}),
    # heads of parks, hubs and plants: 度假区, 示范园, 物流中心, 科技园区, a 城 with its phase
    ("加快建设九宫山康养旅游度假区和九畹溪农产品冷链物流中心。",
     {"九宫山康养旅游度假区", "九畹溪农产品冷链物流中心"}, set()),
    ("依托秭归国家农业科技园区，建设茅坪镇万亩柑橘示范园。", {"秭归国家农业科技园区", "茅坪镇万亩柑橘示范园"},
     {"秭归国家农业科技园"}),
    ("兴山县建设昭君国际茶叶城二期，推动茶产业转型。", {"昭君国际茶叶城二期"}, set()),
    # a brand the model reads as a person (千禾 beside 千禾科技有限公司) does not stop a project's name
    ("李宁体育产业园二期项目由湖北李宁体育用品有限公司投资12亿元。", {"李宁体育产业园二期项目"}, set()),
    # a town opening a park's own proper name: the park is known by that name alone; a generic rest is no name
    ("与会人员来到茅坪镇金沙湾工业园区察看。", {"金沙湾工业园区"}, set()),
    ("依托峡江镇工业基础建设峡江小微企业园。", {"峡江小微企业园"}, {"小微企业园"}),
    # 建设 right before the head is part of the name; 落户 before a park is the verb; a facility given its
    # place (位于某镇的…) is a project
    ("秭归县召开大会。茅坪镇高标准农田建设项目、郭家坝镇脐橙深加工项目等同步开工。", {"茅坪镇高标准农田建设项目"}, set()),
    ("双方签约，新能源电池项目落户九畹溪新材料产业园。", {"九畹溪新材料产业园"}, {"落户九畹溪新材料产业园"}),
    ("秭归县支持位于茅坪镇的土鸡生态养殖产业园建设。", {"土鸡生态养殖产业园"}, set()),
    # a named project signed (某某产业园项目签约某镇) is a project, not the signing of projects
    ("宜昌恒瑞智能家居有限公司投资8亿元的恒瑞智能家居产业园项目签约茅坪镇。", {"恒瑞智能家居产业园项目"}, set()),
    # a region's parks or projects as a whole (居全省园区前列) are none; nor is the common noun 港口
    ("临朐县召开会议。临朐经济开发区营业收入居全省园区第三位。", set(), {"临朐经济开发区营业收入居全省园区"}),
    ("临朐县召开会议。要主动对接沿海港口群。", set(), {"接沿海港"}),
    # a railway siding (铁路专用线) is named to its own head, not cut at 铁路
    ("临朐县召开会议。临朐石门坊铁路专用线由潍坊陆港物流有限公司投资建设。", {"临朐石门坊铁路专用线"}, {"临朐石门坊铁路"}),
]


def test_projects_found_the_same_when_normalisation_moves_offsets(ctx, pipeline):
    # full-width spaces and a scrape's padding change offsets between raw and normalised text
    plain = "宜昌科创集团有限公司计划投资28亿元,建设精密零部件制造基地项目。"
    padded = "首 页  >  新 闻\n\n　　　　" + plain.replace(",", "，　")
    for text in (plain, padded):
        _, ann = run(text, ctx, pipeline)
        assert "精密零部件制造基地项目" in names(ann, T.PROJECT), text


def test_a_utility_network_is_no_body(ctx, pipeline):
    _, ann = run("要加快推进秭归县城区污水管网项目建设。", ctx, pipeline)
    assert names(ann, T.ORGANIZATION) == set()


@pytest.mark.parametrize("text", [
    "安平县推进丝网产业升级，建成安平县丝网产业创新服务综合体。",  # 丝网 is the product, not a site
    "与会人员观摩了南宫市羊剪绒数字化工厂等6个现场。",  # a plant, not a body
])
def test_a_project_named_by_a_product_or_plant_is_no_body(text, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.ORGANIZATION) == set()
    assert names(ann, T.PROJECT)


@pytest.mark.parametrize("text,projects,not_projects", PROJECT_NAMES)
def test_project_names(text, projects, not_projects, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    got = names(ann, T.PROJECT)
    assert projects <= got, got
    assert not (not_projects & got), got


def test_the_city_centre_is_no_body(ctx, pipeline):
    _, ann = run("宜昌市中心城区交通拥堵问题得到缓解。", ctx, pipeline)
    assert not names(ann, T.ORGANIZATION)


def test_a_source_line_keeps_the_paper_apart_from_the_date(ctx, pipeline):
    _, ann = run("来源：宜昌日报　　发布时间：2021-03-19　　浏览次数：120\n宜昌市召开会议。", ctx, pipeline)
    assert "宜昌日报" in names(ann, T.ORGANIZATION)
    assert not any("发布时间" in n for n in names(ann, T.ORGANIZATION))


def test_a_shortened_second_mention_is_the_same_project(ctx, pipeline):
    _, ann = run("要加快推进宜昌市中心城区地下管廊项目建设，其中地下管廊项目总投资9亿元。", ctx, pipeline)
    assert {m.canonical for m in ann.mentions if m.type is T.PROJECT} == {"宜昌市中心城区地下管廊项目"}


GROUPS = [
    ("宜昌市召开会议。市乡村振兴领导小组办公室负责落实。", {"宜昌市乡村振兴领导小组办公室"}),
    ("市政府成立了营商环境优化提升行动指挥部。", {"营商环境优化提升行动指挥部"}),
]


@pytest.mark.parametrize("text,expected", GROUPS)
def test_working_groups(text, expected, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert expected <= names(ann, T.ORGANIZATION)


def test_routine_working_group_is_not_named(ctx, pipeline):
    _, ann = run("区里成立督查工作专班。", ctx, pipeline)
    assert "督查工作专班" not in names(ann, T.ORGANIZATION)


def test_school_named_after_its_county(ctx, pipeline):
    _, ann = run("大同市灵丘县、广灵中学作交流发言。", ctx, pipeline)
    assert "广灵县" in names(ann, T.REGION)


def test_shortened_campaign_theme_joins_the_quoted_name(ctx, pipeline):
    text = "全县开展“勇争一流推动转型发展大讨论”。要把勇争一流大讨论活动与中心工作结合起来,搞好大讨论。"
    _, ann = run(text, ctx, pipeline)
    assert names(ann, T.CAMPAIGN) == {"勇争一流推动转型发展大讨论"}


def test_back_references_are_not_aliases(tmp_path):
    from kg.build import build

    (tmp_path / "a.txt").write_text("全县开展“勇争一流、干在实处”大讨论。通过大讨论,作风转变。", encoding="utf-8")
    graph, _ = build([str(tmp_path)])
    camp = next(e for e in graph.entities if e.type is T.CAMPAIGN)
    assert "大讨论" not in camp.aliases and len(camp.mentions) == 2


GENERIC = [
    ("全县开展“勇争一流”大讨论,并组织开展网上大讨论。", T.CAMPAIGN, "网上大讨论"),
    ("推进商业步行街建设。", T.PROJECT, "商业步行街"),
    # the company's own run of the drive is the drive, not one of its own
    ("集团开展“勇争一流、干在实处”大讨论。在集团大讨论推进会上,他作了讲话。", T.CAMPAIGN, "集团大讨论"),
    ("公司党委主题教育读书班今天开班。", T.CAMPAIGN, "公司党委主题教育"),
]


@pytest.mark.parametrize("text,etype,absent", GENERIC)
def test_generic_words_are_not_names(text, etype, absent, ctx, pipeline):
    _, ann = run(text, ctx, pipeline)
    assert absent not in names(ann, etype)
