"""Organisations: party committees, governments and their departments
(resolved to their region), national organs, companies, schools, media.

- ``大同市委``, ``中共云冈区委``, ``湖北省委办公厅``: a region followed by a body.
- ``市委``, ``县政府党组``, ``市商务局``: a bare level character + body, resolved
  to the document's own region of that level (``市`` → its city).
- Named bodies found by the NER model or ending in an organisational suffix
  (有限公司, 集团, 大学, 中学, 网...).
"""
from __future__ import annotations

import re
from collections import Counter

from ..lexicons.words import DEPARTMENT_HEADS, DEPARTMENT_STEMS, DEPARTMENTS, ORG_SUFFIXES, REGION_BODIES, TITLES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import APPOINTING, extend_left, home_regions, level_of_char, mention, overlaps, region_runs, text_span

_STEM = "|".join(sorted(DEPARTMENT_STEMS, key=len, reverse=True))
# A department named from the usual words (自然资源和规划局), whether or not it is listed;
# it must not start with 和.
_STEMMED_DEPARTMENT = rf"(?!和)(?:{_STEM}){{1,6}}(?:{'|'.join(DEPARTMENT_HEADS)})"
_BODY_ALT = _STEMMED_DEPARTMENT + "|" + "|".join(sorted(set(DEPARTMENTS) | set(REGION_BODIES), key=len, reverse=True))
# An optional working group named after a campaign: 市委XX领导小组, 省委XX督导组.
_GROUP = r"(?:[\u4e00-\u9fff“”、]{0,22}?(?:领导小组办公室|领导组办公室|领导小组|督导组|指挥部|工作组|巡视组|巡察组|专班))?"
_AFTER_REGION = re.compile(rf"(?:{_BODY_ALT}){_GROUP}")
# 县N届人大常委会: the congress's term between the level and the body is no part of the body's name
_TERM = re.compile(r"第?[一二三四五六七八九十]{1,3}届(?=人大常委会|人民代表大会常务委员会|(?:政协|纪委)(?!第?[一二三四五六七八九十]+次))")
# An amount, not a name: 360万亩, 12.5亿元
_QUANTITY_NAME = re.compile(r"[\d.，,]+[万亿千百]?(?:亩|吨|元|人|户|个|平方米|公里|千瓦|辆)")
# 任命/免去 + a name, then 市/县/区 and a body: the model runs the person into the bare body
_APPOINTING_BEFORE = re.compile(rf"(?:{APPOINTING})$")
_NAME_THEN_LEVEL = re.compile(r"[\u4e00-\u9fff]{2,3}?([省市县区])")
_BARE = re.compile(rf"(中共)?([省市县区州旗镇乡])(?:{_TERM.pattern})?(?:{_BODY_ALT}){_GROUP}")
# A group suffix must not swallow a following title: 市委书记 is not 市委书记...领导小组.
_NOT_IN_GROUP = re.compile(r"书记|主任|主席|部长|局长|市长|县长|区长|省长|组长|[，。；、和与及了要将对向由]|会同|牵头|负责|配合|成立|设立|组建|召开")

NATIONAL = {
    "中共中央": "中共中央", "党中央": "中共中央", "中央委员会": "中共中央", "国务院": "国务院",
    "全国人大常委会": "全国人大常委会", "全国人大": "全国人大", "全国政协": "全国政协",
    "中央纪委": "中央纪委", "中央军委": "中央军委", "中共中央办公厅": "中共中央办公厅",
    "中央办公厅": "中共中央办公厅", "国务院办公厅": "国务院办公厅", "中央组织部": "中央组织部",
    "中组部": "中央组织部", "中央宣传部": "中央宣传部", "中宣部": "中央宣传部",
    "国家发展改革委": "国家发展改革委", "国家发改委": "国家发展改革委", "最高人民法院": "最高人民法院",
    "最高人民检察院": "最高人民检察院", "中央全面深化改革委员会": "中央全面深化改革委员会",
    "中共中央政治局": "中共中央政治局", "中央政治局": "中共中央政治局", "中央军事委员会": "中央军委",
    "中国共产党中央委员会": "中共中央", "国务院安委会": "国务院安委会", "国务院安全生产委员会": "国务院安委会", "全国人民代表大会": "全国人大", "全国人民代表大会常务委员会": "全国人大常委会",
    "中国人民政治协商会议全国委员会": "全国政协", "中国共产党": "中国共产党", "中共": "中国共产党",
    # the democratic parties
    "中国国民党革命委员会": "民革", "民革": "民革", "中国民主同盟": "民盟", "民盟": "民盟",
    "中国民主建国会": "民建", "民建": "民建", "中国民主促进会": "民进", "民进": "民进",
    "中国农工民主党": "农工党", "农工党": "农工党", "中国致公党": "致公党", "致公党": "致公党",
    "九三学社": "九三学社", "台湾民主自治同盟": "台盟", "台盟": "台盟",
    # State Council ministries and commissions
    "外交部": "外交部", "国防部": "国防部", "教育部": "教育部", "科学技术部": "科技部", "科技部": "科技部",
    "工业和信息化部": "工业和信息化部", "工信部": "工业和信息化部", "国家民委": "国家民委", "公安部": "公安部",
    "国家安全部": "国家安全部", "民政部": "民政部", "司法部": "司法部", "财政部": "财政部",
    "人力资源和社会保障部": "人力资源和社会保障部", "人社部": "人力资源和社会保障部", "自然资源部": "自然资源部",
    "生态环境部": "生态环境部", "住房和城乡建设部": "住房和城乡建设部", "住建部": "住房和城乡建设部",
    "交通运输部": "交通运输部", "水利部": "水利部", "农业农村部": "农业农村部", "商务部": "商务部",
    "文化和旅游部": "文化和旅游部", "国家卫生健康委员会": "国家卫生健康委", "国家卫健委": "国家卫生健康委",
    "退役军人事务部": "退役军人事务部", "应急管理部": "应急管理部", "中国人民银行": "中国人民银行",
    "审计署": "审计署", "国资委": "国务院国资委", "海关总署": "海关总署", "国家税务总局": "国家税务总局",
    "国家统计局": "国家统计局", "国家发展和改革委员会": "国家发展改革委", "国务院新闻办公室": "国务院新闻办",
    "国务院新闻办": "国务院新闻办", "国务院扶贫办": "国务院扶贫办", "中央政法委": "中央政法委",
    "中央统战部": "中央统战部", "中央外办": "中央外办", "中央政策研究室": "中央政策研究室",
    # international organisations
    "联合国": "联合国", "联合国安理会": "联合国安理会", "安理会": "联合国安理会", "世界贸易组织": "世界贸易组织",
    "世贸组织": "世界贸易组织", "亚太经合组织": "亚太经合组织", "东南亚国家联盟": "东盟", "东盟": "东盟",
    "欧洲联盟": "欧盟", "欧盟": "欧盟", "北大西洋公约组织": "北约", "北约": "北约", "上海合作组织": "上海合作组织",
    "上合组织": "上海合作组织", "国际奥委会": "国际奥委会", "世界卫生组织": "世界卫生组织", "世卫组织": "世界卫生组织",
    "国际货币基金组织": "国际货币基金组织", "世界银行": "世界银行", "非洲联盟": "非洲联盟", "非盟": "非洲联盟",
    "石油输出国组织": "欧佩克", "欧佩克": "欧佩克", "二十国集团": "二十国集团", "七国集团": "七国集团",
    "联合国教科文组织": "联合国教科文组织", "国际原子能机构": "国际原子能机构", "亚洲开发银行": "亚洲开发银行",
    "亚洲基础设施投资银行": "亚投行", "亚投行": "亚投行", "金砖国家": "金砖国家",
    "美洲国家组织": "美洲国家组织", "非洲统一组织": "非洲统一组织", "非统组织": "非洲统一组织",
    "独立国家联合体": "独联体", "独联体": "独联体", "阿拉伯国家联盟": "阿盟", "阿盟": "阿盟",
    "伊斯兰会议组织": "伊斯兰会议组织", "经济合作与发展组织": "经合组织", "经合组织": "经合组织",
    "国际劳工组织": "国际劳工组织", "联合国粮农组织": "联合国粮农组织", "世界知识产权组织": "世界知识产权组织",
    "联合国儿童基金会": "联合国儿童基金会", "联合国开发计划署": "联合国开发计划署", "联合国难民署": "联合国难民署",
    "国际刑警组织": "国际刑警组织", "国际法院": "国际法院", "国际足联": "国际足联", "国际红十字委员会": "国际红十字委员会",
    "欧洲议会": "欧洲议会", "欧盟委员会": "欧盟委员会", "欧洲委员会": "欧洲委员会", "欧洲中央银行": "欧洲中央银行",
    "海湾合作委员会": "海湾合作委员会", "南方共同市场": "南方共同市场", "安第斯共同体": "安第斯共同体",
    "不结盟运动": "不结盟运动", "世界气象组织": "世界气象组织", "国际民航组织": "国际民航组织",
    # the armed forces
    "中国人民解放军": "中国人民解放军", "解放军": "中国人民解放军", "中国人民武装警察部队": "中国人民武装警察部队",
    "武警部队": "中国人民武装警察部队",
    # former State Council ministries and commissions, for older documents
    "国家计委": "国家计委", "国家计划委员会": "国家计委", "国家经贸委": "国家经贸委", "国家体改委": "国家体改委",
    "国家教委": "国家教委", "国家科委": "国家科委", "国家体委": "国家体委", "人事部": "人事部", "劳动部": "劳动部",
    "劳动和社会保障部": "劳动和社会保障部", "邮电部": "邮电部", "铁道部": "铁道部", "信息产业部": "信息产业部",
    "电子工业部": "电子工业部", "机械工业部": "机械工业部", "化学工业部": "化学工业部", "冶金工业部": "冶金工业部",
    "煤炭工业部": "煤炭工业部", "电力工业部": "电力工业部", "地质矿产部": "地质矿产部", "国土资源部": "国土资源部",
    "广播电影电视部": "广播电影电视部", "广电部": "广播电影电视部", "林业部": "林业部", "农业部": "农业部",
    "卫生部": "卫生部", "文化部": "文化部", "建设部": "建设部", "交通部": "交通部", "监察部": "监察部",
    "对外贸易经济合作部": "对外贸易经济合作部", "外经贸部": "对外贸易经济合作部", "国内贸易部": "国内贸易部",
    "新闻出版署": "新闻出版署", "国家环保总局": "国家环保总局", "国家旅游局": "国家旅游局", "国家工商局": "国家工商局",
    "国家计生委": "国家计生委", "国家民航总局": "民航总局", "民航总局": "民航总局", "国家海洋局": "国家海洋局",
}
_NATIONAL = re.compile("|".join(sorted(map(re.escape, NATIONAL), key=len, reverse=True)))
# 某某某代表|县委: a name, 代表 (on behalf of), then the body
_ON_BEHALF = re.compile(r"([\u4e00-\u9fff]{2,3}?)代表")
_TITLE_ENDS = tuple(sorted({t for t in TITLES if len(t) >= 2}, key=len, reverse=True))
_ORG_SUFFIX = re.compile("(?:" + "|".join(sorted(ORG_SUFFIXES, key=len, reverse=True)) + ")$")
_PROPER_TAGS = {"LOC", "ORG", "nz", "ns", "nt", "PER", "nw"}
_NOUN_TAGS = _PROPER_TAGS | {"n", "vn", "m", "q", "an", "s", "f"}
# Utility networks end in 网 like news sites do: 管网, 电网, 路网, 水网 are no bodies.
_NOT_ORG_END = re.compile(r"(会议|全会|大会|座谈会|论坛|活动|行动|大讨论|项目|工程|[管电路水气光]网|网络"
                          r"|影响力|竞争力|知名度|美誉度|吸引力)$")
# 某地文旅|发展: a place and a sector of its economy, no body (the model may read it as one)
_PLACE_SECTOR = re.compile(r"(文旅|旅游|农业|工业|经济|产业|商贸|物流|文化|教育|交通|生态)$")
# One-character heads of working units, for words of three or more characters
# (民政局, 计量室, 台板厂, 训练团) after a proper noun.
_UNIT_HEAD = re.compile(r"[局厅处所院厂社团队部室]$")
_NOT_UNIT = re.compile(r"(?:[东南西北中]部|格局|大局|布局|结局|四合院|车站|电站|网站|部分|全部|内部|外部|局部|干部|"
                       r"大院|庭院|剧院|影院|寺院|场所|住所|厕所|之处|好处|难处|用处)$")
_PAIR_DASHES = frozenset("—－-–")
_CHINA = frozenset({"中国", "中华人民共和国"})
_BRACKETED_PLACE_COMPANY = re.compile(
    r"([\u4e00-\u9fff]{2,12}?)[（(]([\u4e00-\u9fff]{2,8})[)）]"
    r"[\u4e00-\u9fff]{0,8}?(?:股份有限公司|有限责任公司|有限公司)")
_NAMING_LEVELS = frozenset({"country", "province", "prefecture", "state", "city"})
# 某某公司协办, 某某协会承办, 某某株式会社投资: the verb of a co-organiser or investor the model reads into the name
_GLUED_VERB = re.compile(r"(?:协办|承办|主办|联办|合办|冠名|投资|出资)$")
# a count of units (一家, 400多处, 几所): no part of a name
_COUNT = re.compile(r"^[\d０-９.一二两三四五六七八九十百千万几数多余]+[家个所处座名位批]$")
_TRAILING = set("在和与向将为是对把被了的及跟同")
_PERIODICAL = re.compile(r"《[^《》\n]{1,20}》(?:杂志社|杂志|周刊|月刊|半月刊|画报|编辑部|报社)")
# After a foreign place these are parts of the country, not its bodies.
_NOT_FOREIGN_BODY = re.compile(r"[东南西北中]部|全部|内部|大部|局部|当局|俱乐部")
_FOREIGN_BODY = re.compile(r"(?:部|省|署|局|厅|委员会)$")
_TEAM_OR_FIRM = re.compile(r"(?:队|俱乐部|公司|集团|大学|学院|中学|小学|医院|银行)$")


from ..lexicons.words import PROJECT_SUFFIXES  # noqa: E402

# 第三届委员会 after a place: the party committee of that term (中国共产党某区第三届委员会 is the 区委)
_TERM_COMMITTEE = re.compile(r"第[一二三四五六七八九十]{1,3}届委员会")
_PROJECT_HEAD = re.compile("|".join(sorted((s for s in PROJECT_SUFFIXES if len(s) >= 2), key=len, reverse=True)))
# what may run on from a name into a project's head: a few words, no break
_PROJECT_WITHIN = re.compile(r"[\u4e00-\u9fff]{1,10}?(?:" + _PROJECT_HEAD.pattern + ")")
MEDIA = (
    "人民网", "新华网", "新华社", "人民日报", "光明日报", "经济日报", "中国日报", "中央电视台", "央视网", "央视新闻",
    "中国新闻网", "中新网", "中国青年报", "求是网", "求是", "澎湃新闻", "环球时报", "中国网", "央广网", "国际在线",
    "人民日报社", "新华通讯社", "解放军报", "工人日报", "农民日报", "法制日报", "科技日报", "中央人民广播电台",
    "中国国际广播电台", "中国新闻社", "经济参考报", "参考消息",
)
_MEDIA = re.compile("|".join(sorted(MEDIA, key=len, reverse=True)))
# The source's name ends where the page's next field begins, glued or not (某某日报发布时间:…).
_SOURCE_LINE = re.compile(r"来源\s*[:：]\s*([^\s|｜<>]{2,30}?)(?=[\s|｜<>(（]|$|发布|时间|作者|编辑|责编|日期|浏览|点击|字号)")


_PLACE_BODY = re.compile(
    r"(?:国家队|男队|女队|代表队|代表团|青年队|奥运代表团|俱乐部|队(?![伍员长列])|参议院|众议院|国会|议会|上院|下院|"
    r"大使馆|领事馆|总领事馆|驻华大使馆|政府代表团|外交部|国防部|国务院)"
)


# A name ending in a facility word right after a construction verb is being built, not run.
_FACILITY_END = re.compile(r"(中心|基地|园区|副中心)$")
_BUILD_BEFORE = re.compile(r"(建设|打造|建成|新建|兴建|筹建|启动|规划)$")


_GROUP_HEAD = r"(?:领导小组办公室|领导组办公室|领导小组|督导组|指挥部|工作组|巡视组|工作专班|专班)"
_LEVEL_GROUP = re.compile(rf"([省市县区])([\u4e00-\u9fff“”、]{{2,20}}?{_GROUP_HEAD})")
_FOUNDED_GROUP = re.compile(rf"(成立了?|组建了?|设立了?|成立)([\u4e00-\u9fff“”、]{{2,20}}?{_GROUP_HEAD})")


# 联合|市某局, 会同|县某局: the verb the model read into a bare body's token
_WITH_VERB = re.compile(r"(?:联合|会同|协同)(?=[省市县区州旗])")


_JOINS_BODIES = re.compile(r"(?:联合|会同|协同|配合|和|与|及|、)[省市县区镇乡]")
_ROOM_END = re.compile(r"(?:报告厅|会议室|礼堂|多功能厅|演播厅|大厅|会见厅)$")
_PLACE_AND_LEVEL = re.compile(r"(?:镇|乡|街道)[和与及][县市区](?=[\u4e00-\u9fff]{2})")
_PLACE_THEN_BUILD = re.compile(r"[镇乡县区市村](?:建设|新建|建成|打造|兴建)")
_BODY_KIND_END = re.compile(r"(?:公司|集团|局|委员会|委|办公室|银行|中心|协会|学会|研究院)$")
_ADDRESSED_LEVELS = re.compile(r"各[省市县区（）()、]{1,6}$")


def canonical_body(region_name: str, body: str) -> str:
    # (the people's government, court and procuratorate go by their short names: 某县政府, 某县法院)
    body = _TERM.sub("", body, count=1).replace("人民政府", "政府").replace("人民法院", "法院") \
        .replace("人民检察院", "检察院").replace("纪律检查委员会", "纪委").replace("监察委员会", "监委") \
        .replace("管理委员会", "管委会")
    # (the work safety committee goes by its full name, 安委会 said short: 某市安委会 is 某市安全生产委员会)
    body = re.sub(r"^安委会", "安全生产委员会", body)
    return region_name + body


def _party_committee(written: str, level: str | None) -> str:
    """The short name of a party committee written in full after its place (中共某县|委员会办公室):
    委 for a county or above, 党委 for a town, 党工委 for a street's or a zone's working committee."""
    if written.startswith("工作委员会") and level in ("town", "zone"):
        return "党工委" + written[len("工作委员会"):]
    if written.startswith("委员会"):
        return ("党委" if level == "town" else "委") + written[len("委员会"):]
    return written


def _extended(key: str | None, text: str, end: int, longer: int) -> str | None:
    """A resolved name carried over a longer body (宜昌市委 + 常委会: 市委|常委会 read as one
    word), so that the longer body stays resolved to its region."""
    return key + canonical_body("", text[end:longer]) if key else None


def body_region_name(div) -> str:
    """The region's name as its bodies are called: 湘西州委 for 湘西土家族苗族自治州
    (an autonomous prefecture's bodies go by its short name and 州)."""
    if div.name.endswith("自治州") and div.short:
        return div.short + "州"
    return div.name


def _clean_group(text: str, start: int, end: int, base_end: int) -> int:
    """Cut a matched working-group tail back if it swallowed a title or clause."""
    tail = text[base_end:end]
    if tail and _NOT_IN_GROUP.search(tail):
        return base_end
    return end


# A body inside a named one: 某党|中央, 某大学|党委, 全国人大|某|委员会, 某学会|理事会.
_SUB_BODY = re.compile(
    r"(?:委员会|办公厅|办公室|中央|常委会|理事会|同学会|分会|联合会|协会|研究会|统战部|组织部|宣传部|外办|新闻办|"
    r"[部局司厅署处室所院团组办]|(?<![常编])委|中心|小组|党组|党委|党总支|党支部|团委|工会|支队|中队|大队)$"
)
_LINK_TAGS = {"n", "nz", "ns", "nt", "LOC", "ORG", "vn", "j", "an"}
_ONE_CHAR_BODY = set("办部局委厅署处")
# A second organ starting right after the first: 某部|中央某委.
_NEW_ORGAN = re.compile(r"中央|国家|全国|国务院|中共")
# A branch the model tags as a place because it starts with one: 某地|分局.
_BRANCH = re.compile(r"(?:分局|分公司|分行|分院|分社|支行)$")  # 国务院外|办: the model cut a body word
# The model's ORG tokens that name peoples, laws, trophies or events, not bodies.
_NOT_ORG_TOKEN = re.compile(r"(?:[^民]族|人|条例|宪章|公约|协定|纪录|杯|规模|午宴|宴会|(?<![民财邮])政局|主义|[驻访赴].)$"
                            r"|^新(?:时代|征程|阶段|常态|格局|发展理念)$")  # periods and ideas of the political vocabulary
# A numbered legislature or committee is a body of its own: 第九届全国人民代表大会.
_ORDINAL = re.compile(r"第[一二三四五六七八九十百零〇\d]{1,4}届$")
_COMMITTEE_DEPARTMENT = re.compile(
    r"([省市县区州])委(?:常委|副书记)[、,，](组织部|宣传部|统战部|政法委)(?=部长|副部长|书记|副书记|常务副部长)")
_PROJECT_NAME_END = re.compile(r"(?:产业园|工业园|企业园|物流园|项目|工程|产业基地|数字化工厂|智能工厂|度假区|示范园|物流港|交通枢纽"
                               r"|标准化厂房|物流中心|仓储中心|联运中心)$")
_NUMBER_AFTER = re.compile(r"\s*[〔\[［【(（](?:19|20)\d{2}[〕\]］】)）]")
_NAME_CHAR = re.compile(r"[\u4e00-\u9fffA-Za-z0-9“]")
_OFFICE_AFTER = re.compile(r"办公室|办公厅|党组")
_NOT_SUB = re.compile(r"(?:会议|全会|大会|活动|成员|人员|干部|同志|领导|工作|全体|代表|部署|要求|决策|指示|精神)")


# An ordinal in a body's name: a school or hospital named by its number, which the model cuts after the
# number (县第一|中学, 市第二|人民医院), and a unit of a body (某局|第一/税务/分局)
_ORDINAL_WORD = re.compile(r"第[一二三四五六七八九十]{1,3}")
_ORDINAL_END = re.compile(_ORDINAL_WORD.pattern + "$")
_NUMBERED_BODY = re.compile(r"(?:实验)?(?:中学|小学|高级中学|初级中学|职业中学|中心小学|幼儿园|人民医院|医院|中医院)")
# The one-character kind of a body's unit, ending several words after the body (推广站, 管理处, 会计科)
_ONE_CHAR_UNIT = frozenset("站处科股所室队")


def _extend_body(tokens, tok_index, end: int, max_tokens: int = 4, max_chars: int = 16,
                 region_starts: frozenset[int] = frozenset()) -> int:
    """End of the longest body name continuing the one that ends at ``end``:
    up to four adjacent noun tokens, the last ending in a body word. A token
    that starts with a region begins a second body (某县委办公室|某县人民政府办公室)."""
    i = tok_index.get(end)
    if i is None:
        return end
    if i and _ORDINAL_END.search(tokens[i - 1].word) and tokens[i].start == end and _NUMBERED_BODY.fullmatch(tokens[i].word):
        return tokens[i].end  # 某县第一|中学: the model cut a numbered school or hospital after its number
    best = end
    pos = end
    for k in range(i, min(i + max_tokens, len(tokens))):
        t = tokens[k]
        if k == i and t.start == pos and t.word in _ONE_CHAR_BODY:
            return t.end  # 国务院外|办/v: the model cut a body word, whatever it tagged
        if k > i and t.start == pos and t.tag == "n" and t.word in _ONE_CHAR_UNIT and t.end - end >= 3:
            best = t.end  # 某局|农机/推广/站, 某局|安全/监督管理/处: a unit of the body, its kind one character
            break
        if t.start != pos or t.tag not in _LINK_TAGS and not _ORDINAL_WORD.fullmatch(t.word) \
                or _NOT_SUB.search(t.word) or t.end - end > max_chars:
            break
        if _NATIONAL.match(t.word) or t.start in region_starts or _WITH_VERB.match(t.word):
            break  # 中共中央办公厅|国务院办公厅, 某局|联合县某局: a second organ, not part of the first
        pos = t.end
        if (t.tag not in ("LOC", "ns") or _BRANCH.search(t.word)) and (
                _SUB_BODY.search(t.word) and len(t.word) >= 2 or k == i and t.word in _ONE_CHAR_BODY):
            best = t.end
    j = tok_index.get(best)
    if j and tokens[j].word == "组" and tokens[j - 1].word.endswith("中心"):
        best = tokens[j].end  # 某县委理论学习中心|组: the committee's study group, not a centre
    return best


_DOWNTOWN = re.compile(r"[省市县区镇乡城]中心$")
# Words opening with 网 after a government's name that are not its website's name (某县人民政府|网站, |网格)
_NET_WORDS = ("网站", "网页", "网格", "网络", "网上", "网民", "网友")
# Plants and buildings named like bodies
_BUILDING_END = re.compile(r"(?:污水处理厂|垃圾处理厂|垃圾焚烧发电厂|游客中心|游客服务中心|行政中心|会展中心)$")


_LEVEL_CHARS = set("省市县区州镇乡村旗")
# A university's parts: colleges named by their discipline, offices, and 校纪委 / 校团委
_UNIVERSITY_PART = re.compile(
    r"[\u4e00-\u9fff]{0,8}?(?:工程|科学|技术|管理|经济|信息|材料|机械|电气|化学|物理|数学|文学|法学|外国语|马克思主义|艺术|"
    r"医学|教育|农学|生命|环境|计算机|建筑|土木|能源|动力|新闻|传播|历史|哲学|体育|音乐|美术)学院"
    r"|(?:科学技术|科技|科研|财务|教务|人事|学生工作|学生|研究生|招生就业|招生|就业|国际交流|资产管理|后勤|保卫)处"
    r"|校(?:纪委|党委|团委|工会)")
# A development zone's bodies said without its name: 高新区党工委, 经开区管委会, 管委会
_BARE_ZONE_BODY = re.compile(rf"(高新区|经开区|开发区|新区)?(党工委|管委会|纪工委)|(高新区|经开区|开发区|新区)({_STEMMED_DEPARTMENT})")
_LISTED_DEPARTMENT = re.compile(rf"[、和及]({_STEMMED_DEPARTMENT})")
# Bodies a place names as its own (某市|新时代文明实践中心, 某县|人民医院)
_LOCAL_BODY_END = re.compile(r"(?:中心|医院|中医院|学校|中学|小学|党校|图书馆|博物馆|文化馆|纪念馆|站|所)$")
_KIND_OF_BODY = frozenset({"街道办事处", "办事处", "村委会", "居委会", "村民委员会", "居民委员会", "村党支部", "党支部"})


def find_organizations(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    homes = home_regions(ann, ctx)
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []

    tok_index = {t.start: i for i, t in enumerate(ann.tokens)}
    person_tokens = [(t.start, t.end) for t in ann.tokens if t.tag == "PER"]
    # each region mention's span, worked out once: (start, end, mention)
    placed = [(*text_span(doc, r), r) for r in ann.of_type(EntityType.REGION)]
    region_starts = frozenset(rs for rs, _, _ in placed)
    region_end_at = region_runs(doc, ann.of_type(EntityType.REGION), ctx.gazetteer)
    org_token_end = {}  # char position -> end of the model's ORG token covering it
    for t in ann.tokens:
        if t.tag == "ORG":
            for p in range(t.start, t.end):
                org_token_end[p] = (t.start, t.end)

    # where a place named right before a body ends -> where it starts:
    # any place (a body of two countries: 某国—中国友好协会),
    region_start_before = {re_: rs for rs, re_, _ in placed}
    # a country, province or city the model read as a word of its own (某国|某某汽车公司),
    place_before = {re_: rs for rs, re_, r in placed
                    if r.attr("level") in _NAMING_LEVELS and rs in tok_index and re_ in tok_index}
    # a foreign country (某国|财政部: that country's ministry),
    foreign_country_before = {re_: rs for rs, re_, r in placed
                              if r.attr("level") == "country" and r.canonical not in _CHINA}
    # a Chinese division (武夷山市|某某实践中心)
    division_before = {re_: rs for rs, re_, r in placed
                       if r.attr("level") in ("province", "prefecture", "county", "town", "zone")}

    def _branch_after(end: int) -> int | None:
        """End of a branch named after a bureau (…局|涪城区分局, …局|兰陵分局), or None: a region named there,
        or a place's name or short form the model read into the word."""
        if end in region_end_at and text.startswith("分局", region_end_at[end][0]):
            return region_end_at[end][0] + 2
        for length in (4, 3, 2):
            if text.startswith("分局", end + length) and ctx.gazetteer.lookup(text[end:end + length]):
                return end + length + 2
        return None

    def add(start, end, key, extractor, region=None, confidence=1.0):
        while start < end and not _NAME_CHAR.match(text[start]) and not (text[start] == "《" and "》" in text[start:end]):
            start += 1  # 。某某局/ORG: the model's token may open with punctuation (《刊名》杂志 keeps its own marks)
        if end - start < 2 or text[start] == "各" and text[start + 1:start + 2] in _LEVEL_CHARS:
            return  # 各镇人民政府: every town's government, no one body
        if _WHOLE_OF.fullmatch(text, start, end):
            return  # 全集团, 全公司: the whole of the report's body, said by its kind
        if text[start] == "驻" and ctx.gazetteer.lookup(text[start + 1:end]):
            stationed = _STATIONED_BODY.match(text, end)
            if stationed is None:
                return  # 驻香港/ORG: stationed in a place, no body named
            end = stationed.end()  # 驻某地|部队, 驻某国|大使馆
        if key is None and text[start - 1:start] in _PAIR_DASHES and start - 1 in region_start_before:
            start = region_start_before[start - 1]  # 某国—|中国友好协会: the two places name the body together
        elif extractor == "orgs.ner" and start in place_before and text[start] not in _LEVEL_CHARS:
            start = place_before[start]  # 某国|某某汽车公司, 某市|某某酒家: the model's name opened by its place
        if key is None and _WITH_VERB.match(text, start):
            return  # 联合|市农业农村局: the verb and a bare body, which the body rules name
        if text.startswith("报讯", end - 2) and end - start >= 5:
            end -= 1  # 某某日报讯(记者…): the paper's dateline, the paper is the body
            key = key[:-1] if key and key.endswith("讯") else key
        covering = org_token_end.get(end - 1)
        if (covering and covering[0] >= start and covering[1] > end and not _NOT_ORG_END.search(text[start:covering[1]])
                and not _JOINS_BODIES.search(text, end, covering[1])  # 某县纪委监委|联合县某局: two bodies
                and not _NATIONAL.search(text, end, covering[1]) and _SUB_BODY.search(text, end, covering[1])
                and not _GLUED_VERB.fullmatch(text, end, covering[1])  # 某某公司|协办: no 办(公室)
                and not (_NEW_ORGAN.match(text, end) and text[end:covering[1]] != "中央")
                and not any(end <= r < covering[1] for r in region_starts)):  # 某县委办公室|某县人民政府办公室
            end, key = covering[1], _extended(key, text, end, covering[1])  # 民盟|中央 read as one name
        elif covering and covering[1] > end and (office := _OFFICE_AFTER.match(text, end, covering[1])):
            end, key = office.end(), _extended(key, text, end, office.end())  # …某县人民政府|办公室 in one token
        longer = _extend_body(ann.tokens, tok_index, end, region_starts=region_starts)
        if longer != end:
            end, key = longer, _extended(key, text, end, longer)
        if text[end - 1:end] == "局" and (branch := _branch_after(end)) is not None:
            key = key + text[end:branch] if key else None
            end = branch  # 某市生态环境局|某区分局: the bureau's branch in a county is the body named
        if extractor == "orgs.ner" and start in division_before and _LOCAL_BODY_END.search(text, start, end):
            start = division_before[start]  # 某市|新时代文明实践中心: the city's own centre
        if any(overlaps((start, end), t) for t in taken):
            return
        if extractor in ("orgs.ner", "orgs.suffix") and _PLACE_THEN_BUILD.search(text, start, end) \
                and not _BODY_KIND_END.search(text, start, end):
            return  # 推动某乡|建设某某加工所: a place and what is built there, no body
        if (room := _ROOM_END.search(text, start, end)) is not None:
            # 某党校|报告厅, 某县委|礼堂: a room where a meeting is held; the body it belongs to, if named
            if key and key.endswith(room.group(0)):
                key = key[:-len(room.group(0))]
            end = room.start()
            if end - start < 3 or not _BODY_KIND_END.search(text, start, end) \
                    and not text.endswith(("党校", "政府"), start, end):  # (委 is a body kind already)
                return
        if extractor in ("orgs.ner", "orgs.suffix") and any(start <= ps and pe < end for ps, pe in person_tokens):
            return  # 组长某某|向局党组: a person speaking to a body, not one name
        if extractor == "orgs.ner" and _QUANTITY_NAME.match(text, start, end):
            return  # 360万亩: an amount the model read as a name
        if extractor == "orgs.ner" and _APPOINTING_BEFORE.search(text, max(0, start - 2), start) \
                and (level := _NAME_THEN_LEVEL.match(text, start, end)) and level.end() < end \
                and start not in region_starts:
            return  # 免去某某|市水利局局长职务: the person appointed or removed, then the bare body
        if extractor in ("orgs.ner", "orgs.suffix") and _PLACE_AND_LEVEL.search(text, start, end):
            return  # 某镇和县某局: a place and a bare body, two speakers, not one name
        if text[start:start + 1] in "省市县区" and _ADDRESSED_LEVELS.search(text, max(0, start - 8), start):
            return  # 各县区|人民政府: the governments addressed, no one body
        if _FACILITY_END.search(text, start, end) and _BUILD_BEFORE.search(text[max(0, start - 4):start]):
            return  # 建设…中心: a facility being built is a project, not a body
        if text.endswith("副中心", start, end) or _DOWNTOWN.search(text, start, end):
            return  # 城市副中心, 市中心: a planning term or part of a city, not a body
        if _BUILDING_END.search(text, start, end):
            return  # 某镇污水处理厂, 某景区游客服务中心, 某区行政中心: a plant or a building, not a body
        if text.startswith("乡镇", start):
            return  # 乡镇政府, 乡镇党委: every town's body, no one body
        taken.append((start, end))
        out.append(
            mention(doc, start, end, EntityType.ORGANIZATION, extractor, key=key, confidence=confidence,
                    region_key=region.attr("region_key") if isinstance(region, Mention) else (region.key if region else None))
        )

    # 0. 某某物流（内蒙古）有限公司, 某某（中国）投资有限公司: the place in brackets belongs to the company's name
    for m in _BRACKETED_PLACE_COMPANY.finditer(text):
        if m.group(2) in _CHINA or ctx.gazetteer.lookup(m.group(2)):
            add(extend_left(text, m.start(2) - 1, max_chars=12), m.end(), None, "orgs.suffix")
    body_re = re.compile(rf"(?:{_BODY_ALT})")
    # 1. region + body
    for r in ann.of_type(EntityType.REGION):
        rs, re_ = text_span(doc, r)
        body_at = term.end() if (term := _TERM.match(text, re_)) else re_
        m = _AFTER_REGION.match(text, body_at)
        if not m and (group := _REGION_TASK_GROUP.match(text, body_at)) \
                and not _NOT_IN_GROUP.search(group.group(1).replace("对口", "")):  # (对口支援: a word, no 对)
            # 某市对口支援某地工作前方指挥部, 某县乡村振兴工作领导小组: a working group the place set up for a task
            add(rs, group.end(), None, "orgs.region_group", r, confidence=0.8)
            continue
        if not m:
            continue
        body_m = body_re.match(text, body_at)
        end = _clean_group(text, rs, m.end(), body_m.end())
        start = rs - 2 if text[max(0, rs - 2):rs] == "中共" else rs
        div = ctx.gazetteer.by_key.get(r.attr("region_key") or "")
        region_name = body_region_name(div) if div is not None else r.key or r.name
        written = text[re_:end]
        if r.attr("level") in ("province", "prefecture", "county", "town", "zone") and not region_name[-1:] in "省市县区州盟旗镇乡":
            continue
        opening = rs
        while opening in region_start_before:
            opening = region_start_before[opening]  # 中共某县|某镇委员会: the places run together before the body
        if text.endswith(("中共", "中国共产党"), 0, opening):
            written = _party_committee(written, r.attr("level"))  # 中共某县委员会办公室 is 某县委办公室
        if written.endswith("政府") and text.startswith("网", end) and not text.startswith(_NET_WORDS, end):
            add(start, end + 1, region_name + written + "网", "orgs.region_body", r)  # 某省人民政府网: its website
            continue
        add(start, end, canonical_body(region_name, written), "orgs.region_body", r)
    # 2. bare level + body, resolved to the document's region of that level
    token_starts = {t.start for t in ann.tokens}
    # (every start, not finditer's: a chain of posts read as one long match, 市委常委、市纪委书记…领导小组, would hide
    # the bodies named after it)
    bare_matches = (m for p in range(len(text)) if text[p] in "中省市县区州旗镇乡" and (m := _BARE.match(text, p))
                    and not (m.group(1) is None and text.startswith("中共", p - 2)))
    for m in bare_matches:
        lvl_pos = m.start(2)
        if ann.tokens and lvl_pos not in token_starts and not (
                lvl_pos - 1 in token_starts and not _NAME_CHAR.match(text[lvl_pos - 1])) \
                and not _WITH_VERB.match(text, lvl_pos - 2):
            continue  # (a token may open with the punctuation before the level: 。|州农业农村局)
        level = level_of_char(m.group(2))
        home = homes.get(level) if level else None
        if home is None or m.group(2) in "县区" and home.name.endswith(("县", "区")) and not home.name.endswith(m.group(2)):
            continue  # (区委 in a county's report, 县委 in a district's: some other district's, not the county's)
        body_m = body_re.match(text, term.end() if (term := _TERM.match(text, m.end(2))) else m.end(2))
        end = _clean_group(text, m.start(), m.end(), body_m.end())
        written = text[m.end(2):end]
        if written == "委" and not m.group(1) and text[m.start() - 1:m.start()] == "团":
            # 团县委, 团市委: the Communist Youth League's committee of the region, not the party's
            add(m.start() - 1, end, "共青团" + body_region_name(home) + "委", "orgs.bare_body", home, confidence=0.9)
            continue
        add(m.start(), end, canonical_body(body_region_name(home), written), "orgs.bare_body", home, confidence=0.9)
    # 2c. a zone's own bodies named bare (高新区党工委, 管委会) in a report about one zone
    zones = {r.key or r.name for r in ann.of_type(EntityType.REGION) if r.attr("level") == "zone"}
    if len(zones) == 1:
        zone_name = next(iter(zones))
        for m in _BARE_ZONE_BODY.finditer(text):
            if ann.tokens and m.start() not in token_starts:
                continue  # (a zone named in full before its body was taken above: 某某高新区|管委会)
            prefix, body = m.group(1) or m.group(3), m.group(2) or m.group(4)
            add(m.start(), m.end(), zone_name + body, "orgs.zone_body", confidence=0.8)
            pos = m.end()
            while prefix and (item := _LISTED_DEPARTMENT.match(text, pos)):
                # 高新区某某分局、某某局和某某中心: the list goes on in the zone
                add(item.start(1), item.end(1), zone_name + item.group(1), "orgs.zone_body", confidence=0.7)
                pos = item.end()
    # 2b. working groups named after a task: 市XX领导小组办公室, 成立了XX指挥部
    for m in _LEVEL_GROUP.finditer(text):
        if ann.tokens and m.start() not in token_starts or _NOT_IN_GROUP.search(m.group(2)[:-2]):
            continue
        home = homes.get(level_of_char(m.group(1)) or "")
        if home is not None:
            add(m.start(), m.end(), home.name + m.group(2), "orgs.bare_group", home, confidence=0.8)
    for m in _FOUNDED_GROUP.finditer(text):
        task = re.sub(_GROUP_HEAD + "$", "", m.group(2))
        # the task must name something (全面振兴新突破行动), not a routine (督查工作)
        if len(task) >= 6 and not _NOT_IN_GROUP.search(task):
            add(m.start(2), m.end(2), None, "orgs.founded_group", confidence=0.8)
    # 2a. a committee's own department in a chain of posts: 市委常委、组织部部长 (the city's 市委组织部)
    for m in _COMMITTEE_DEPARTMENT.finditer(text):
        level = level_of_char(m.group(1))
        home = homes.get(level) if level else None
        if home is not None:
            add(m.start(2), m.end(2), canonical_body(body_region_name(home), "委" + m.group(2)),
                "orgs.committee_department", home, confidence=0.8)
    # 3a. teams and bodies named after a place: 中国队, 印尼男队, 美国国会
    for r in ann.of_type(EntityType.REGION):
        rs, re_ = text_span(doc, r)
        m = _PLACE_BODY.match(text, re_)
        if m and (re_ - rs) >= 1:
            add(rs, m.end(), None, "orgs.place_body", r, confidence=0.8)
        elif r.attr("level") in ("country", "state", "city") and re_ - rs >= 2:
            # a foreign government's department: 某国|司法部, 某国|大藏省
            i = tok_index.get(re_)
            t = ann.tokens[i] if i is not None else None
            if (t is not None and len(t.word) >= 3 and t.tag in ("n", "nt", "ORG", "nz", "LOC") and _FOREIGN_BODY.search(t.word)
                    and not _NOT_FOREIGN_BODY.search(t.word) and not ctx.gazetteer.lookup(t.word)):
                add(rs, t.end, None, "orgs.place_body", r, confidence=0.7)
    # 3b. periodicals: [某国]《刊名》杂志
    region_before = None
    for m in _PERIODICAL.finditer(text):
        if region_before is None:
            region_before = {}
            for r in ann.of_type(EntityType.REGION):
                rs, re_ = text_span(doc, r)
                region_before.setdefault(re_, rs)
        add(region_before.get(m.start(), m.start()), m.end(), None, "orgs.periodical", confidence=0.8)
    # 3. national organs
    for m in _NATIONAL.finditer(text):
        if text.startswith("门", m.end()) and m.group(0).endswith("部"):
            continue  # 卫生部门: departments, not the ministry
        if m.group(0) in ("中共", "中国共产党") and m.end() in region_end_at:
            # 中共某市委, 中国共产党某区第三届委员会: the party's committee of that place, not the party
            if (term := _TERM_COMMITTEE.match(text, region_end_at[m.end()][0])) is not None:
                add(m.start(), term.end(), canonical_body(body_region_name(region_end_at[m.end()][1]), "委"),
                    "orgs.region_body")
            continue
        covering = org_token_end.get(m.start())
        if (covering and covering[0] < m.start() and covering[1] == m.end()
                and ctx.gazetteer.lookup(text[covering[0]:m.start()])):
            add(covering[0], covering[1], None, "orgs.ner", confidence=0.8)  # 某国外交部/ORG: the model's whole name
            continue
        if m.start() in foreign_country_before:
            # 美国|财政部长, 某国|教育部: that country's ministry, not China's
            add(foreign_country_before[m.start()], m.end(), None, "orgs.foreign_ministry", confidence=0.8)
            continue
        o = _ORDINAL.search(text, max(0, m.start() - 6), m.start())
        if o and o.end() == m.start():
            add(o.start(), m.end(), None, "orgs.national")
        else:
            add(m.start(), m.end(), NATIONAL[m.group(0)], "orgs.national")
    # 4. the page's source and well-known media
    for m in _SOURCE_LINE.finditer(text):
        add(m.start(1), m.end(1), None, "orgs.source")
    for m in _MEDIA.finditer(text):
        if ann.tokens and m.start() not in tok_index:
            continue  # 实事|求是: inside a word, no paper named
        add(m.start(), m.end(), None, "orgs.media")
    # 5. named organisations: NER tokens and noun phrases ending in an org suffix
    toks = ann.tokens
    person_words = {t.word for t in toks if t.tag == "PER" and 2 <= len(t.word) <= 3}
    region_spans = {(rs, re_) for rs, re_, _ in placed}
    for i, t in enumerate(toks):
        if t.tag == "ORG" and (t.start, t.end) in region_spans:
            continue  # 克东县/ORG: the model's body is the division itself
        if t.tag == "ORG" and (person := next((w for w in person_words if t.word.startswith(w) and len(t.word) > len(w) + 3
                                               and (t.start + len(w) in region_starts
                                                    or ctx.gazetteer.lookup(t.word[len(w):len(w) + 2]))), None)):
            # 免去某某|某市某某有限公司董事长职务: a name the document gives a person, glued to the body after it
            add(t.start + len(person), t.end, None, "orgs.ner", confidence=0.8)
            continue
        if t.tag == "ORG" and t.word in ("中共", "中国共产党") and t.end in region_end_at:
            continue  # 中国共产党|某区第三届委员会: the opening of a local committee's name (see 3.)
        if t.tag == "ORG" and _NUMBER_AFTER.match(text, t.end):
            continue  # 某农发|〔2022〕31号: the issuer code of a document number, not a body's name
        if t.tag == "ORG" and _PROJECT_NAME_END.search(t.word):
            continue  # 某某智能制造产业园/ORG: a park or project, not a body
        if t.tag == "ORG" and len(t.word) >= 5 and (co := _GLUED_VERB.search(t.word)) and (
                _ORG_SUFFIX.search(t.word, 0, co.start()) or _SUB_BODY.search(t.word, 0, co.start())):
            add(t.start, t.start + co.start(), None, "orgs.ner", confidence=0.8)  # 某某公司|协办: the verb glued on
            # (before the project test: 某某株式会社投资|建设的某项目 names the investor, then the project)
            continue
        if t.tag == "ORG" and (_PROJECT_HEAD.match(text, t.end) or not _ORG_SUFFIX.search(t.word)
                               and _PROJECT_WITHIN.match(text, t.end)):
            continue  # 山西通用航空|产业基地, 新能源汽车|轻量化底盘项目: the model's ORG opens a project's name
        if t.tag == "ORG" and _NOT_ORG_TOKEN.search(t.word):
            continue
        if t.tag == "ORG" and t.word in _KIND_OF_BODY:
            continue  # 街道办事处, 村委会 with no place named: a kind of body, every one of them
        if t.tag == "ORG" and len(t.word) >= 4 and t.word[-1] in _TRAILING and (
                _ORG_SUFFIX.search(t.word[:-1]) or _SUB_BODY.search(t.word[:-1]) or _UNIT_HEAD.search(t.word[:-1])):
            add(t.start, t.end - 1, None, "orgs.ner", confidence=0.8)  # 某某派出所|在: a particle glued on
            continue
        after_post = t.tag == "ORG" and i > 0 and toks[i - 1].word.endswith(_TITLE_ENDS) and toks[i - 1].end == t.start
        if after_post and len(t.word) == 3 and ctx.lexicons.has_surname(t.word) and not _ORG_SUFFIX.search(t.word) \
                and not _UNIT_HEAD.search(t.word):
            continue  # 县委书记|某某某/ORG: the model's body is the name of the post's holder (a person, found there)
        if after_post and (on_behalf := _ON_BEHALF.match(t.word)) and ctx.lexicons.has_surname(on_behalf.group(1)):
            if len(t.word) - on_behalf.end() >= 2:  # 县委书记|某某某代表县委/ORG: the holder speaks for the body
                add(t.start + on_behalf.end(), _kind_after_place(toks, i), None, "orgs.ner", confidence=0.8)
            continue
        if t.tag == "ORG" and (sector := _PLACE_SECTOR.search(t.word)) and sector.start() >= 2 \
                and ctx.gazetteer.lookup(t.word[:sector.start()]) and _kind_after_place(toks, i) == t.end:
            continue  # 某地文旅|发展取得的成绩: the place's tourism, not a body
        if t.tag == "ORG" and len(t.word) >= 3 and not _NOT_ORG_END.search(t.word):
            add(t.start, _kind_after_place(toks, i), None, "orgs.ner", confidence=0.8)
            continue
        if t.tag == "LOC" and len(t.word) >= 3 and _TEAM_OR_FIRM.search(t.word):
            add(t.start, t.end, None, "orgs.ner", confidence=0.7)  # 某某队/LOC: the model's place is a team
            continue
        if (_ORG_SUFFIX.search(t.word) or len(t.word) >= 3 and _UNIT_HEAD.search(t.word)
                and not _NOT_UNIT.search(t.word)) and t.tag in _NOUN_TAGS | {"ORG"}:
            if _COUNT.match(t.word):
                continue  # 400多处, 一家: a count, not a unit's head
            j = i
            proper = t.tag in _PROPER_TAGS and len(t.word) > 2
            while j > 0 and i - j < 4 and toks[j - 1].tag in _NOUN_TAGS and toks[j - 1].end == toks[j].start \
                    and not _COUNT.match(toks[j - 1].word):  # 某省|一家|银行: a count parts a place from the unit
                j -= 1
                proper = proper or toks[j].tag in _PROPER_TAGS
            # drop leading generic words (各级, 全市...)
            while j < i and toks[j].tag in {"m", "q", "f", "r"}:
                j += 1
            if t.word.endswith("网") and _PROJECT_WITHIN.match(text, t.end) or _PROJECT_NAME_END.search(t.word):
                continue  # 某县丝网|产业创新服务综合体: a product the project is named by, not a site; 某某数字化工厂
            if text.startswith(("项目", "工程"), t.end) and not text.startswith(("项目部", "项目组", "项目办"), t.end):
                continue  # 某镇某某物流中心|项目: the facility names the project, no body
            if proper and toks[i].end - toks[j].start >= 4 and not _NOT_ORG_END.search(text[toks[j].start:t.end]):
                add(toks[j].start, t.end, None, "orgs.suffix", confidence=0.7)
    token_starts = {t.start for t in ann.tokens}
    for m in _VILLAGE_CHAIN.finditer(text):
        # 某村党委书记、村委会主任某某: the village's committee, said bare in the chain of its posts
        add(m.start(2), m.end(2), m.group(1) + "村委会", "orgs.village_body", confidence=0.8)
    for m in _BARE_GROUP.finditer(text):
        # 某市对口支援某地工作前方指挥部 … 前方指挥部总指挥某某: the one group of that kind named in full before
        groups = {o.canonical for o in out if o.canonical.endswith(m.group(1)) and len(o.canonical) > len(m.group(1))
                  and text_span(doc, o)[1] <= m.start()}
        if len(groups) == 1:
            add(m.start(1), m.end(1), groups.pop(), "orgs.bare_group", confidence=0.7)
    out = _committees_in_full(out)
    out = _university_parts(doc, text, out, add, token_starts)
    out = _hospital_parts(text, out, add, token_starts)
    return _own_bodies(doc, _committees_in_full(_declared_short_names(doc, out, add)))


# 某村党委书记、村委会主任: the village's committee named bare after its party body's post
_VILLAGE_CHAIN = re.compile(r"([\u4e00-\u9fff]{1,5}村)(?:党委|党支部|党总支)副?书记、(村委会|村民委员会)(?=副?主任)")
# A working group said by its kind alone, opening a clause (，前方指挥部总指挥某某)
_BARE_GROUP = re.compile(r"(?:(?<=^)|(?<=[，,。；;、：:\s（(]))(前方指挥部|指挥部|领导小组|工作专班)(?=(?:常务)?(?:总指挥|副总指挥|指挥长|副指挥长|组长|副组长)[\u4e00-\u9fff])", re.M)
# A place's working group named after its task (某市|对口支援某地工作前方指挥部)
_REGION_TASK_GROUP = re.compile(r"([\u4e00-\u9fff]{2,20}?(?:工作)?)(?:前方指挥部|指挥部|领导小组办公室|领导小组|工作专班|专班)")
# 中共某大学委员会: the party committee of a school, hospital or company written in full goes by 某大学党委
_BODY_COMMITTEE_IN_FULL = re.compile(r"^(?:中国共产党|中共)(.{2,30}?(?:大学|学院|学校|中学|医院|公司|集团))委员会$")


def _committees_in_full(out: list[Mention]) -> list[Mention]:
    from dataclasses import replace as dc_replace

    return [dc_replace(m, key=full.group(1) + "党委") if (full := _BODY_COMMITTEE_IN_FULL.match(m.canonical)) else m
            for m in out]


def _kind_after_place(toks, i: int) -> int:
    """某村/ORG 股份/经济/合作社: a place the model took for a body, then the kind of body it has; the
    body's name runs to that kind (else it ends with the model's token)."""
    t = toks[i]
    if t.word[-1] not in _LEVEL_CHARS:
        return t.end
    for k in range(i + 1, min(i + 4, len(toks))):
        if toks[k].start != toks[k - 1].end or toks[k].tag not in ("n", "vn", "nz"):
            break
        if _ORG_SUFFIX.fullmatch(toks[k].word):
            return toks[k].end
    return t.end


def _university_parts(doc, text: str, out: list[Mention], add, token_starts: set[int]) -> list[Mention]:
    """A university's or college's own colleges and offices named bare (材料科学与工程学院, 财务处, 校纪委) in a
    report about that one school (named at least twice, and twice as often as any other) are its."""
    from dataclasses import replace as dc_replace

    # (its party committee named in full counts for it: 中共某大学委员会 is 某大学党委)
    universities = Counter(m.canonical.removesuffix("党委") for m in out
                           if m.canonical.removesuffix("党委").endswith(("大学", "学院"))
                           and not _UNIVERSITY_PART.fullmatch(m.canonical))  # (not its own colleges)
    ranked = universities.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
        return out
    uni = ranked[0][0]
    for m in _UNIVERSITY_PART.finditer(text):
        if (not token_starts or m.start() in token_starts) and not (m.start() and text[m.start() - 1] in "学院大"):
            add(m.start(), m.end(), None, "orgs.university_part", confidence=0.7)
    rekeyed = []
    for m in out:
        if m.key is None and _UNIVERSITY_PART.fullmatch(m.name) and not m.name.startswith(uni):
            m = dc_replace(m, key=uni + m.name.lstrip("校"))
        rekeyed.append(m)
    return rekeyed


# A hospital's departments, offices and party branches named bare (医务科, 门诊部, 外科党支部, 纪检监察室)
_HOSPITAL_PART = re.compile(
    r"(?:医务|药剂|药学|设备|财务|后勤保障|后勤|护理|信息|检验|放射|影像|急诊|儿|妇产|内|外|骨|眼|口腔|中医|康复|麻醉|"
    r"病理|总务|保卫|人事|宣传|质控|医保|院感|预防保健)(?:科|部)(?:党支部)?"
    r"|(?:门诊|住院|医技|行政后勤|机关)(?:部)?党支部|门诊部|住院部|纪检监察室|采购中心|党政办公室|院办公室")


def _hospital_parts(text: str, out: list[Mention], add, token_starts: set[int]) -> list[Mention]:
    """A hospital's own departments named bare in a report about that one hospital are its (某医院医务科)."""
    from dataclasses import replace as dc_replace

    hospitals = Counter(m.canonical for m in out if m.canonical.endswith("医院")).most_common(2)
    if not hospitals or hospitals[0][1] < 2 or len(hospitals) == 2 and hospitals[1][1] * 2 > hospitals[0][1]:
        return out  # (a hospital named at least twice, and twice as often as any other)
    hospital = hospitals[0][0]
    for m in _HOSPITAL_PART.finditer(text):
        if m.start() in token_starts or text[max(0, m.start() - 2):m.start()] == "医院":
            add(m.start(), m.end(), None, "orgs.hospital_part", confidence=0.7)
    rekeyed = []
    for m in out:
        if m.key is None and _HOSPITAL_PART.fullmatch(m.name.removeprefix("医院")):
            m = dc_replace(m, key=hospital + m.name.removeprefix("医院"))
        rekeyed.append(m)
    return rekeyed


# 某某集团有限公司（以下简称“某某集团”）: the short name the text declares for a body
_SHORT_NAME = re.compile(r"\s*[（(](?:以下)?简称(?:为)?[“\"「]?([\u4e00-\u9fffA-Za-z]{2,12}?)[”\"」]?[）)]")


def _declared_short_names(doc, out: list[Mention], add) -> list[Mention]:
    """Every use of a declared short name is the body it was declared for."""
    text = doc.text
    declared: dict[str, str] = {}
    for m in out:
        s, e = text_span(doc, m)
        d = _SHORT_NAME.match(text, e)
        if d and d.group(1) != m.name:
            declared[d.group(1)] = m.canonical
    if not declared:
        return out
    from dataclasses import replace

    def declared_key(m: Mention) -> str | None:
        if m.name in declared:
            return declared[m.name]
        # 鑫江集团党委 after （以下简称“鑫江集团”）: the committee of the body declared
        short = next((d for d in declared if m.name.startswith(d) and _SUB_BODY.fullmatch(m.name, len(d))), None)
        return declared[short] + m.name[len(short):] if short else None

    out = [replace(m, key=k) if (k := declared_key(m)) else m for m in out]
    for short, full in declared.items():
        for hit in re.finditer(re.escape(short), text):
            before = len(out)
            add(hit.start(), hit.end(), full, "orgs.short_name", confidence=0.8)
            if len(out) > before and out[-1].name != short:  # add extended it into another name
                out.pop()
    return out


# The body's own committees named from the bare word (集团党委, 公司纪委, 学校党委宣传部)
_OWN_BODY = re.compile(r"(?<![\u4e00-\u9fff])(集团|公司|学校|医院|学院|院)(党委(?:宣传部|组织部|办公室)?|纪委|工会|团委)")
_OWN_SUFFIX = {"集团": ("集团有限公司", "集团"), "公司": ("有限公司", "公司"), "学校": ("大学", "学院", "学校"),
               "医院": ("医院",), "学院": ("学院",), "院": ("学院", "医院")}


_WHOLE_OF = re.compile(r"全(?:集团|公司|系统|行业|校|院|厂)")
# what is stationed in a place (驻某地|部队): the body
_STATIONED_BODY = re.compile(r"部队|办事处|代表处|联络处|机构|总领事馆|领事馆|大使馆|使馆")
# a bare 党委/纪委 opening a chain of posts (，党委副书记、总经理某某)
_OWN_BARE = re.compile(r"(?:(?<=^)|(?<=[，,、。；;：:\s]))(党委|纪委)(?=副?书记|委员|常委)", re.M)
_OWN_GROUP = re.compile(r"(?:(?<=^)|(?<=[，,、。；;：:\s向由对在和与]))局党组(?![\u4e00-\u9fff]{0,2}(?:书记|成员|副书记))", re.M)
_OWNERS = ("集团有限公司", "集团", "有限公司", "公司", "大学", "学院", "医院")


def _own_bodies(doc, out: list[Mention]) -> list[Mention]:
    from collections import Counter

    text = doc.text
    taken = [text_span(doc, m) for m in out]
    extra = []
    for m in _OWN_BODY.finditer(text):
        # (a body's party committee counts for the body: 中共某学院委员会 names 某学院)
        owners = Counter(o.canonical.removesuffix("党委") for o in out
                         if o.canonical.removesuffix("党委").endswith(_OWN_SUFFIX[m.group(1)]))
        if not owners or any(overlaps(m.span(), t) for t in taken):
            continue
        owner = owners.most_common(1)[0][0]
        extra.append(mention(doc, m.start(), m.end(), EntityType.ORGANIZATION, "orgs.own_body",
                             key=owner + m.group(2), confidence=0.7))
        taken.append(m.span())
    # 局党组 in a bureau's report about itself (中共某县某局党组关于…): the bureau's party group named in full
    groups = Counter(o.canonical for o in out if o.canonical.endswith("局党组"))
    if groups:
        group = groups.most_common(1)[0][0]
        for m in _OWN_GROUP.finditer(text):
            if not any(overlaps(m.span(), t) for t in taken):
                extra.append(mention(doc, m.start(), m.end(), EntityType.ORGANIZATION, "orgs.own_body",
                                     key=group, confidence=0.6))
                taken.append(m.span())
    # 党委副书记、总经理某某 in a company's or a school's report: the committee of the body the report is about
    owners = Counter(o.canonical for o in out if o.canonical.endswith(_OWNERS))
    if owners:
        owner = owners.most_common(1)[0][0]
        for m in _OWN_BARE.finditer(text):
            if not any(overlaps(m.span(), t) for t in taken):
                extra.append(mention(doc, m.start(), m.end(), EntityType.ORGANIZATION, "orgs.own_body",
                                     key=owner + m.group(1), confidence=0.6))
    return out + extra

@stage("organizations", requires={"tokens", "mentions:Region"}, provides={"mentions:Organization"})
def organizations(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_organizations(ann, ctx)
