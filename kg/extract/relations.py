"""Relations from textual cues: titles before names, action verbs between an
actor and a campaign, attendance verbs, issuing verbs, 根据《…》, names
nested in names. Each relation keeps the sentence it was read from.

``partOf`` between regions comes from the gazetteer at graph level
(``kg.build.complete_regions``), not from here.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass

from ..lexicons.words import TITLES
from ..normalize import normalize_name
from ..pipeline import AnnotatedDoc, stage
from ..types import Document, EntityType, Mention, Predicate, RelationMention, attrs
from .base import (
    INVESTOR_GAP, ITEM_VERB, SERVED_POSTS, evidence, home_regions, level_of_char, primary_region, region_votes, sentence_at, sentences, strip_quotes, text_span,
)

R, P, O, C, PR, S, D, E = (EntityType.REGION, EntityType.PERSON, EntityType.ORGANIZATION, EntityType.CAMPAIGN,
                           EntityType.PROJECT, EntityType.SLOGAN, EntityType.POLICY_DOCUMENT, EntityType.EVENT)

_TITLES = tuple(sorted(TITLES, key=len, reverse=True))
_CONDUCT = re.compile(r"(组织开展|深入开展|广泛开展|开展|实施|启动|部署|推进|推动|参与到|参与|举办|打好|打赢|打响|深化|投身|融入|组织|掀起|发起|落实)")
_ATTEND = re.compile(r"(出席|参加|主持|讲话(?!精神)|致辞|到会|指导|作报告|发表|参会|列席|宣讲|调研|考察|视察|发言(?!人)|陪同|就座|讲授|授课|领学|见证|推介(?![会中]))")
# What is done at a meeting besides attending it: 通报情况, 宣读文件, 作表态发言.
# Said right after the name (同志 at most between), so 周调度、月通报 is no report.
# 介绍了…情况 and 对…作了具体安排 are said of those who speak at the meeting too.
_REPORTED = re.compile(r"(?:同志)?(?:分别|先后|依次|相继)?(?:通报了|通报|宣读了|宣读|传达了|介绍了|作了?[\u4e00-\u9fff]{0,6}?(?:发言|报告|辅导|动员)|"
                       r"(?:代表[^，,。；;]{2,30}?|围绕[^，,。；;]{2,30}?)?作了?(?:题为“[^”\n]{1,40}”的)?[\u4e00-\u9fff]{0,6}?(?:发言|报告)|"
                       r"对[^，,。；;]{1,20}?(?:作了|进行了?)(?:具体|全面|工作)?(?:安排部署|安排|部署|说明|点评)|(?:还要|还将|将要|将)?作了?(?:具体|全面|工作)(?:安排|部署)|"
                       r"在(?:致辞|发言|讲话|主持)[中时]|"
                       r"就[^。；;]{1,80}?(?:向(?:全会|会议|大会))?作了?(?:说明|报告|汇报)|"
                       r"在(?:会上|会议上|[^，,。；;]{2,30}?(?:会|会议|大会|仪式|读书班|座谈会)上)(?:的讲话中)?"
                       r"(?:强调|指出|要求|表示|提出|讲话|发言|致辞))")
# Between an investing company's verb and its project: 投资建设的, 投资20亿元的.
# Between two investors: 甲公司与|和|、乙公司 (合资建设…)
_PARTNER_GAP = re.compile(r"(?:将|拟|计划)?[与和]|、|以及|及")
_INVEST_GAP = re.compile(r"(?:建设|兴建|新建)?(?:[\d.]+(?:万|亿)?元)?的?")
# After a project: （总投资…）, one short clause, then 由 and the builder.
# (某基地。这个由某公司投资建设的项目…: the project just named, taken up again)
_BUILT_BY = re.compile(r"(?:（[^）]{0,30}）)?(?:[，,]?[^，,。；;]{0,20}){0,2}(?:[，,]?(?:该项目|项目)?|。该项目|。(?:这个|这一|这座|该))由")
# After a project: its investor or builder named as such (，投资方为 / 的建设单位是)
_INVESTOR_NAMED = re.compile(r"(?:（[^）]{0,30}）)?(?:总投资[\d.]+(?:万|亿)?元)?(?:[，,](?:该项目|项目)?|的)(?:投资方|投资主体|投资企业|建设单位|建设主体|业主单位|承建单位)(?:为|是)")
_BUILDS = re.compile(r"(?:等[\u4e00-\u9fff]{0,6}?)?(?:牵头|负责|联合|共同)?(?:投资建设|投资|建设|承建|投建|开发|运营)")
# 由某镇人民政府组织实施: a public body building the project itself
_BODY_BUILDS = re.compile(r"(?:牵头|负责)?(?:组织实施|负责实施|负责建设|投资建设)")
# The units named to lead an item of a plan, and where their list ends.
_LEAD_UNITS = re.compile(r"(?:牵头单位|牵头部门|主责单位|牵头责任单位)\s*[:：]|(?:牵头单位|牵头部门)为")
_LEAD_STOP = re.compile(r"[；;。\n]|配合单位|协办单位|[，,](?:责任单位|配合单位)")
_LEAD_REACH = 600
# right after a drive (or its plan's title: 《某某专项行动工作方案》，由…牵头): 由某局牵头 (“甲”专项行动由县发改局牵头);
# after several: 分别由A、B、C牵头 / 负责 / 负责推进
_LED_BY_AFTER = re.compile(r"[”\"」]?(?:子行动|(?:工作|实施)?方案》)?\s*(?:[，,]?(?:由|要由)([^。；;，,\n]{2,40}?)|[，,]([^。；;，,\n]{2,20}?))"
                           r"(?:共同)?(?:牵头|负责(?=[，,。；;]))")
# A drive's basis said between it and the body leading it (专项整治要按照某委《…》要求，由某局牵头)
_BASIS_BETWEEN = re.compile(r"(?:要|将|须)?(?:按照|根据|依据|依照)[^。；;，,]{0,24}?《[^》\n]{2,60}》(?:[（(][^）)\n]{2,24}[）)])?(?:的)?(?:要求|精神|部署)?")
_LED_IN_TURN = re.compile(r"分别由([^。；;\n]{4,80}?)(?:共同)?(?:牵头|负责)")
# (由)某局(、某局)牵头 / 按职责分工负责 opening the sentence after an item's heading
_LED_BY = re.compile(r"(?:^|[。；;])\s*由?([^。；;，,\n]{2,40}?)(?:共同)?(?:牵头|按职责分工负责|负责(?=[，,]))")
# 中共某县委关于…的决定: a title (also when cited bare, 《决定》) that opens with the body writing it
_BODY_OPENS_TITLE = re.compile(r"(?:中共|中国共产党)?[\u4e00-\u9fff]{2,20}?(?:委员会|委|政府|厅|局)关于")
_ISSUE = re.compile(r"(印发|制定|出台|发布|下发|颁布|审议通过|发出)")
_BASIS = re.compile(r"(根据|按照|依据|依照|贯彻落实|遵照|贯彻|落实|对照)")
_ISSUED_ANOTHER = re.compile(r"(?:联合)?(?:印发|发布|出台|制定|下发|颁布)的")
_INVEST = re.compile(r"(投资|投建|建设|承建|兴建|新建|签约|落户)")
# Rank of a campaign by its head: a drive of lower rank in a sentence with a higher one is its sub-drive.
_RANKS = (
    (3, ("三年行动", "两年行动", "五年行动", "大讨论", "大讨论活动", "主题教育", "主题教育活动", "学习教育", "攻坚战")),
    (2, ("实践活动", "主题活动", "专项斗争")),
    (1, ("专项行动", "专项整治", "攻坚行动", "活动", "大调研", "建设年", "建设年活动", "攻坚年", "整治行动",
         "提升行动")),
)


def _rank(name: str) -> float:
    for rank, heads in _RANKS:
        if name.endswith(heads):
            return rank
    return 0.5 if name.endswith(("行动", "攻坚")) else 0  # 某某提质行动, 要素保障攻坚: below any named head


# A body that can invest in or build a project
_COMPANY_END = re.compile(r"(集团|公司|企业|厂|株式会社|合作社)$")
# A bare 集团/公司 building a project: the company the report is about (集团承建的某某项目)
_COMPANY_BACKREF = re.compile(r"(?:本|该)?(?:集团|公司)(?:承建|投资建设|投资|建设|投建|开发|运营)的$")
# Public bodies, schools, associations: they fund, they do not invest as a company does
_PUBLIC_BODY_END = re.compile(r"(委|政府|局|厅|办|部|院|会|中心|站|所|校|处|室|组|队|党|团|联|社|大学|学院|银行)$")
# A numbered item opening a line: （一）, 一、, 1., 一是
_ITEM_START = re.compile(r"[ \t\u3000]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.是]|\d{1,2}[、.．])"
                         r"[ \t\u3000]*" + ITEM_VERB + "?$")
# Where a thing is, said right after it (…项目，落户某镇 / ，项目位于某镇 / 在某地举行) or before it
_PLACED_AFTER = re.compile(r"^(?:[，,]\s*(?:该项目|项目)?)?[^，。；]{0,4}?(?:落户于|落户|位于|选址于|选址|落地于|落地|在)")
# 某县某镇投资5亿元建设X, 某镇投资5亿元的X: the place investing, named right before the sum, is where X is built
_PLACE_INVESTS = re.compile(r"([\u4e00-\u9fff]{2,14}?)投资[\d.]+(?:万|亿)元(?:(?:投资建设|建设|新建|兴建|打造)的?|的)$")
# 某开发区(管委会)与某公司签订投资协议: a place signing with the company building there
_PLACE_SIGNED = re.compile(r"(?:管委会|管理委员会|人民政府|政府)?与[^，,。；;]{2,30}?(?:签订|签署|签约)")
_PLACED_BEFORE = re.compile(r"在([\u4e00-\u9fff]{2,14}?)(?:投资[\d.]+(?:万|亿)元)?(?:投资建设|开工建设|建设|兴建|新建|打造|共建|合建)的?$")
# 签订|X项目合作协议: a project signed for, and the agreement after its name
_SIGNED_FOR = re.compile(r"(?:签订|签署|签约)了?$")
_AGREEMENT_AFTER = re.compile(r"(?:合作|投资|框架|战略合作|入驻|落地)?(?:协议|合同|意向书)")
# The verbs making a document (印发《乙》)
_ISSUING = re.compile(r"(?:印发|制定|出台|发布|下发)(?!的)")
# 由某某任组长: the post a person named after 由 serves as, in the body named before
_SERVES_AS = re.compile(rf"(?:兼|担)?任({SERVED_POSTS})")
_GROUP_END = re.compile(r"(?:组|小组|专班|指挥部|委员会|工作队|服务队)$")
# A notice's title launching a drive (关于在全市开展…, 关于深入实施…)
_LAUNCH_IN_TITLE = re.compile(r"开展|实施|启动|组织")
# The head of a school or hospital (院长, 校长), a post of the body, not of its party committee
_OWNER_HEAD_POST = re.compile(r"(?:常务)?副?(?:院长|校长)$")
_COMPANY_POST = re.compile(r"(?:副)?(?:董事长|总经理|执行董事|董事|总裁|监事会主席|总工程师|总会计师)$")
# An enumerated item inside a paragraph: 一是开展某某攻坚, 二是实施某某行动
_ITEM_MARK_BEFORE = re.compile(r"(?:^|[。；;，,：:])\s*(?:[一二三四五六七八九十]是|第[一二三四五六七八九十]是?)"
                               + ITEM_VERB + "?$")
_REGION_BODY = re.compile(r"(省委|市委|县委|区委|州委|党委|政府|人民政府)$")
_ACTOR_REACH = 15
_QUOTED_RUN = re.compile(r"“[^”]*”[、和与及]?")
# 宜昌市委书记 -> 市委书记: a post is named without its region
_LEADING_REGION = re.compile(r"^(?:中共)?[\u4e00-\u9fff]{1,12}?(?=[省市县区州旗]委|[省市县区州旗](?:人民)?政府|[省市县区州旗]人大|[省市县区州旗]政协|[省市县区州旗]纪委)")
# 下设四个子行动 / 下设A和B两个子行动; a top-level section heading (二、) ends the list
_ITEM_NUMBER = re.compile(r"[一二三四五六七八九十]是|[(（][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]项?是?")
_SUB_ACTIONS = re.compile(r"(?:下设|分设|包括|设立|细化为|分解为|分为)[^。：:；;]{0,60}?(?:[个项]?子行动|[一二两三四五六七八九十\d][个项]"
                          r"(?:专项行动|专项整治|攻坚行动)(?=[：:。]|(?<=”[一二两三四五六七八九十\d][个项]专项行动)|"
                          r"(?<=”[一二两三四五六七八九十\d][个项]专项整治))"
                          # (下设“甲”“乙”两个专项，分别由…: quoted drives counted as 专项)
                          r"|(?<=”)[一二两三四五六七八九十\d][个项]专项(?=[，,。；;]|分别))")
_SUB_ITEM = re.compile(r"\s*[（(][一二三四五六七八九十\d]+[）)]")
_TOP_HEADING = re.compile(r"\n\s*[一二三四五六七八九十]+、")


# A purpose or a setting framing a drive before the clause's subject: 为深入推进X，… / 在X中，…
_PURPOSE_FRAME = re.compile(r"(?:^|(?<=[。；;！？\n，,]))\s*为了?(?:进一步|更好地|全面|深入|扎实|持续|切实)*"
                            r"(?:推进|推动|落实|开展|实施|抓好|做好|深化|打好|打赢)$")
_PURPOSE_CLOSE = re.compile(r"[”」]?[，,]")
_DURING_FRAME = re.compile(r"(?:^|(?<=[。；;！？\n，,]))\s*在(?:深入|全面|持续|扎实)?(?:开展|推进|实施)?$")
_DURING_CLOSE = re.compile(r"[”」]?(?:工作)?(?:中|过程中|期间)[，,]")
# 以甲、乙、丙为重点，实施…: what the drive centres on, not who runs it
# 某县把X作为…抓手 / 将X作为重要内容: the one taking the drive up runs it
_MADE_LEVER = re.compile(r"[把将]([^，,。；;]{2,40}?)(?:作为|当作)[^，,。；;]{0,16}?(?:抓手|载体|举措|内容|突破口|重点)")
_TAKEN_AS = re.compile(r"以([^，,。；;]{2,40}?)为(?:总)?(?:重点|抓手|核心|主线|引领|牵引|依托|载体|突破口|主攻方向)")
_SIGNED_WITH = re.compile(r"[与和同][^，,。；;]{2,24}")
_SIGNED_THEN_BUILDS = re.compile(r"[与和同][^，,。；;]{2,30}?签(?:约|订[^，,。；;]{0,8})[，,]\s*(?:将|拟|计划)?"
                                 r"(?:投资[\d.]+(?:万|亿)?元)?(?:在[^，,。；;]{1,15}?)?(?:投资建设|建设|新建|兴建)")
_SETS_UP_GAP = re.compile(r"(?:在[^，,。；;]{1,14}?中)?")
# The first and a later item of an enumeration (一是以…, 二是开展…) just before a drive's name
_FIRST_ITEM = re.compile(r"一是[\u4e00-\u9fff]{0,4}$")
_LATER_ITEM = re.compile(r"[二三四五六七八九十]是[\u4e00-\u9fff]{0,4}$")
# A meeting of a drive (动员大会, 推进会) named after it, and the verb of holding it
_MEETING_WORD = re.compile(r"动员|推进|部署|总结|交流|座谈|观摩|现场")
_HELD_BY = re.compile(r"(?:召开|举行|举办)$")
# 依托某新城, 借助某平台: what a drive relies on, not who runs it
_MEANS_BEFORE = ("依托", "借助", "利用", "立足", "围绕", "对标")
# What a drive is done to or in, not by (对某县开展专项巡察, 进驻甲、乙开展…)
_TARGET_BEFORE = ("对", "针对", "进驻", "入驻", "赴", "深入")
# 某市委部署, 某市委的要求: the body whose plan or demand is carried out
_WHOSE_PLAN = re.compile(r"的?(?:决策部署|部署(?!开展|实施|启动|推进|在)|要求|精神|号召|安排)")  # (部署开展: the verb)
# 在某市委、市政府的坚强领导下: who leads, not who acts
_UNDER_LEADERSHIP = re.compile(r"在([^，,。；;]{2,40}?)的?(?:坚强|正确|有力)?(?:领导|指导|关心|支持)下")
# 把A与B、C结合起来 / 将A同B统筹推进: drives run together (A: group 1, the others: group 2)
_JOINED_DRIVES = re.compile(r"[把将]([^，。；,;“”]{2,30}?)[与同和]([^。；;]{2,80}?)(?:结合起来|相结合|结合|统筹推进|统筹起来|一体推进)")
# (全区 and 我区: a district's, or a development zone's in a report about the zone: "district" below)
_LOCAL_WIDE = {"我市": "prefecture", "全市": "prefecture", "我区": "district", "全区": "district", "我县": "county",
               "全县": "county", "我省": "province", "全省": "province", "全州": "prefecture",
               "全镇": "town", "我镇": "town", "全乡": "town", "我乡": "town",
               # 镇里开展…, 县里部署…: the town's (county's) own bodies, as people say it
               "镇里": "town", "乡里": "town", "县里": "county", "市里": "prefecture"}


def _wide_before(head: str) -> tuple[str, int]:
    """The region-wide word (全县, 我市, 镇里…) said last in ``head``, and where (-1: none)."""
    wide = max(_LOCAL_WIDE, key=head.rfind)
    return wide, head.rfind(wide)


@dataclass(frozen=True)
class Placed:
    m: Mention
    s: int  # text offsets
    e: int


def _rel(doc: Document, head: Placed, pred: Predicate, tail: Placed, extractor: str, at: tuple[int, int],
         sents=None, **extra) -> RelationMention:
    return RelationMention(doc.id, head.m, pred, tail.m, evidence(doc, at[0], at[1], sents), extractor, attrs(extra))


def find_relations(ann: AnnotatedDoc, ctx) -> list[RelationMention]:
    doc = ann.doc
    text = doc.text
    sents = sentences(text)
    placed = sorted((Placed(m, *text_span(doc, m)) for m in ann.mentions), key=lambda p: (p.s, p.e))
    placed_of = {id(p.m): p for p in placed}
    by_type: dict[EntityType, list[Placed]] = {}
    for p in placed:
        by_type.setdefault(p.m.type, []).append(p)
    homes = home_regions(ann, ctx)
    region_by_key: dict[str, Placed] = {}
    region_at: dict[int, Placed] = {}  # where a region starts -> the first region named there
    for p in by_type.get(R, []):
        region_by_key.setdefault(p.m.attr("region_key") or "", p)
        region_at.setdefault(p.s, p)
    out: list[RelationMention] = []

    def last_of_run(place: Placed) -> Placed:
        """在某县某镇…, 德国某市: the last of the places run together from ``place``."""
        while (nxt := region_at.get(place.e)) is not None:
            place = nxt
        return place

    def rel(*args, **extra) -> RelationMention:
        return _rel(doc, *args, sents=sents, **extra)

    def in_sentence(p: Placed) -> tuple[int, int]:
        return sentence_at(sents, p.s)

    times_named = Counter(p.m.attr("region_key") for p in by_type.get(R, []))
    zones = Counter(p.m.attr("region_key") for p in by_type.get(R, []) if p.m.attr("level") == "zone")

    def home_placed(level: str | None) -> Placed | None:
        if level == "district":
            # a development zone named at least as often as the district: 全区 is the zone
            zone, county = (zones.most_common(1) or [(None, 0)])[0], homes.get("county")
            if zone[0] is not None and (county is None or zone[1] >= times_named[county.key]):
                return region_by_key.get(zone[0])
            level = "county"
        d = homes.get(level) if level else None
        return region_by_key.get(d.key) if d is not None else None

    actors = [p for p in placed if p.m.type in (R, O)]
    actor_starts = [p.s for p in actors]

    def orgs_and_regions_before(limit: int, floor: int) -> list[Placed]:
        lo, hi = bisect_left(actor_starts, floor), bisect_right(actor_starts, limit)
        return [p for p in actors[lo:hi] if p.e <= limit]

    org_by_canonical = {p.m.canonical: p for p in by_type.get(O, [])}
    body_ending_at: dict[int, Placed] = {}
    for p in placed:
        if p.m.type in (O, R):
            body_ending_at[p.e] = p  # the latest-starting wins, as the reversed scan did
    def run_start(p: Placed) -> int:
        """Where the run of places and bodies joined by 、/和 that ``p`` ends starts (甲、乙、丙)."""
        start = p.s
        while text[start - 1:start] in ("、", "和", "与", "及") and (prev := body_ending_at.get(start - 1)) is not None:
            start = prev.s
        return start

    def own_region(body: Placed) -> Placed | None:
        """The region a committee or government is of: keyed, or named at the start of its name (富县县委)."""
        key = body.m.attr("region_key")
        return (region_by_key.get(key) if key else None) or max(
            (r for r in by_type.get(R, []) if body.m.canonical.startswith(r.m.canonical)),
            key=lambda r: len(r.m.canonical), default=None)

    # holdsPost: 某巡察组由某某任组长, 成立某领导小组，由某某任组长: the body the holder serves as head of
    for person in by_type.get(P, []):
        serves = _SERVES_AS.match(text, person.e)
        if serves is None or text[person.s - 1:person.s] != "由":
            continue
        body = body_ending_at.get(person.s - 1)
        if body is None:
            s0 = in_sentence(person)[0]
            body = next((o for o in reversed(orgs_and_regions_before(person.s - 1, s0))
                         if o.m.type is O and _GROUP_END.search(o.m.canonical)), None)
        if body is not None and body.m.type is O:
            out.append(rel(person, Predicate.HOLDS_POST, body, "relations.serves_as", (body.s, serves.end()),
                           post=serves.group(1)))
    # holdsPost: a title right before a name (市委书记赵某, 省委督导组组长李某)
    prev_person_ending = {id(p.m): p.e for p in by_type.get(P, [])}
    school_counts = Counter(o.m.canonical for o in by_type.get(O, []) if o.m.canonical.endswith(_SCHOOLS))
    schools = sorted((o for o in by_type.get(O, []) if o.m.canonical in school_counts),
                     key=lambda o: (-school_counts[o.m.canonical], len(o.m.canonical), o.s))
    mention_at = {id(p.m): p for p in placed}
    # the bureau's party group a bureau's own report names most (for 局党组书记某某)
    groups = Counter(o.m.canonical for o in by_type.get(O, []) if o.m.canonical.endswith("局党组"))
    bureau_group = org_by_canonical.get(max(groups, key=lambda n: (groups[n], len(n)))) if groups else None
    for person in by_type.get(P, []):
        s0, _ = in_sentence(person)
        window = text[max(s0, person.s - 30):person.s]
        # the longest title a body is named right before (某工商联党组|书记 as well as 某县委|党组书记), else the longest
        titles = [t for t in _TITLES if window.endswith(t)]
        title = next((t for t in titles if body_ending_at.get(person.s - len(t)) is not None), None) \
            or next(iter(titles), None)
        if not title:
            continue
        title_start = person.s - len(title)
        body = body_ending_at.get(title_start)
        if body is None and text[title_start - 1:title_start] in ("、", "，", ","):
            # 某某组组长甲、副组长乙, 某公司董事长甲、总经理乙: the deputy of the same body;
            # 县人大常委会主任甲主持会议，副主任乙、丙，秘书长丁: the roll of the body its head was named with
            root = title.lstrip("常务副代")
            after_name = text[title_start - 1] == "、"
            lead = next((r for r in reversed(out) if r.predicate is Predicate.HOLDS_POST
                         and r.extractor in ("relations.title", "relations.title_deputy") and r.head.type is P
                         and (r.attr("post", "").endswith(root)
                              or _COMPANY_POST.search(title) and _COMPANY_POST.search(r.attr("post", ""))
                              or not after_name and title == "秘书长" and r.attr("post", "").endswith(("主任", "主席")))
                         and id(r.head) in prev_person_ending
                         and (prev_person_ending[id(r.head)] == title_start - 1 if after_name
                              else s0 <= prev_person_ending[id(r.head)] < title_start
                              and not re.search(r"[；;。]", text[prev_person_ending[id(r.head)]:title_start]))), None)
            holder = mention_at.get(id(lead.tail)) if lead is not None else None
            if holder is not None and not _LEVEL_TITLE.fullmatch(title):
                out.append(rel(person, Predicate.HOLDS_POST, holder, "relations.title_deputy", (holder.s, person.e),
                               post=title))
                continue
        division = _COMPANY_DIVISION.search(text, max(s0, title_start - 5), title_start) \
            if body is None and _COMPANY_POST.search(title) else None
        company = body_ending_at.get(division.start()) if division is not None else None
        if company is not None and company.m.type is O and _COMPANY_END.search(company.m.canonical):
            # 某集团亚太区总裁某某: a post of the company in one of its regions
            out.append(rel(person, Predicate.HOLDS_POST, company, "relations.title", (company.s, person.e),
                           post=text[division.start():person.s]))
            continue
        if body is None and text[title_start - 1:title_start] == "、":
            # 集团党委书记、董事长某某: the body before the first post of the chain holds both
            # (the longest title before the 、 that a body is named before: 某委党组|书记 as well as 某委|党组书记)
            prior = next((t for t in _TITLES if text.endswith(t, s0, title_start - 1)
                          and body_ending_at.get(title_start - 1 - len(t)) is not None), None) \
                or next((t for t in _TITLES if text.endswith(t, s0, title_start - 1)), None)
            first_body = body_ending_at.get(title_start - 1 - len(prior)) if prior else None
            level_title = bool(_LEVEL_TITLE.fullmatch(title))
            if first_body is not None and first_body.m.type is O and not level_title:
                for post in (prior, title):
                    holder = first_body
                    if (_COMPANY_POST.match(post) or _OWNER_HEAD_POST.match(post)) and first_body.m.canonical.endswith("党委"):
                        # 董事长 is a post of the company, 院长 of the college, not of its party committee
                        holder = org_by_canonical.get(first_body.m.canonical[:-2], first_body)
                    elif post is title and first_body.m.canonical.endswith("党组"):
                        # 某委党组书记、主任: 主任 is a post of the commission, not of its party group
                        holder = org_by_canonical.get(first_body.m.canonical[:-2])
                        if holder is None:
                            continue
                    out.append(rel(person, Predicate.HOLDS_POST, holder, "relations.title_chain",
                                   (first_body.s, person.e), post=post))
                continue
            if first_body is not None and first_body.m.type is O and level_title \
                    and _REGION_BODY.search(first_body.m.canonical):
                # 某县委副书记、县长某某: the county of the committee, not the report's own, has him as 县长
                own = own_region(first_body)
                out.append(rel(person, Predicate.HOLDS_POST, first_body, "relations.title_chain",
                               (first_body.s, person.e), post=_LEADING_REGION.sub("", text[first_body.s:title_start - 1])))
                level_char = title.lstrip("常务副代")[0]
                if own is not None and own.m.canonical.endswith(level_char):
                    out.append(rel(person, Predicate.HOLDS_POST, own, "relations.title_chain",
                                   (first_body.s, person.e), post=title))
                continue
        school_post = _SCHOOL_POST.search(text, max(s0, person.s - 10), person.s) if body is None else None
        if school_post is not None and schools:
            # 校党委书记某某, 校长某某 in a school's report: the school most named, or its committee
            school = schools[0]
            holder = org_by_canonical.get(school.m.canonical + "党委", school) if school_post.group(1) else school
            out.append(rel(person, Predicate.HOLDS_POST, holder, "relations.school_post", (school_post.start(), person.e),
                           post=text[school_post.start():person.s]))
            continue
        group_post = _GROUP_POST.search(text, max(s0, person.s - 14), person.s) if body is None else None
        if group_post is not None and bureau_group is not None:
            out.append(rel(person, Predicate.HOLDS_POST, bureau_group, "relations.head_post",
                           (group_post.start(), person.e), post="局党组" + group_post.group(1)))
        head_post = _HEAD_POST.search(text, max(s0, person.s - 8), person.s) if body is None else None
        if head_post is not None:
            # 院长某某 in a hospital's report, 总经理某某 in a company's: the body of that kind most named
            kinds = _HEAD_POST_KINDS[head_post.group(1).lstrip("副")]
            # (a body's party committee counts for the body: 某学院党委 names 某学院)
            owners = (o.m.canonical.removesuffix("党委") for o in by_type.get(O, []))
            named = Counter(n for n in owners if n.endswith(kinds) and n in org_by_canonical)
            if named:
                best = max(named, key=lambda n: (named[n], len(n)))
                out.append(rel(person, Predicate.HOLDS_POST, org_by_canonical.get(best), "relations.head_post",
                               (head_post.start(), person.e), post=head_post.group(1)))
                continue
        village_post = _VILLAGE_POST.search(text, max(s0 - 1, person.s - 14), person.s) if body is None else None
        if village_post is not None:
            # 某村党支部书记某某, or 在某村，…。村党支部书记某某介绍: the village named there or last in the paragraph
            p0 = text.rfind("\n", 0, person.s) + 1
            villages = [r for r in by_type.get(R, []) if r.m.canonical.endswith("村") and p0 <= r.s
                        and r.e <= village_post.start() + 1 and person.s - r.e <= 150]
            if villages:
                post = text[village_post.start():person.s]
                out.append(rel(person, Predicate.HOLDS_POST, villages[-1], "relations.village_post",
                               (villages[-1].s, person.e), post=post))
                # (某村党委书记、村委会主任某某: every body of the village the chain of posts names)
                chain = text[villages[-1].e:person.s] if person.s - villages[-1].e <= 16 else post
                for body_word in [b for b in ("党支部", "党总支", "党委", "村委会") if b in chain]:
                    branch = org_by_canonical.get(villages[-1].m.canonical + body_word)
                    if branch is not None:  # 某村党支部书记: the village's branch, the body the title names
                        out.append(rel(person, Predicate.HOLDS_POST, branch, "relations.village_post",
                                       (villages[-1].s, person.e), post=post))
            continue
        if body is None:
            # 市长 / 副县长: the level character is part of the title
            bare = title[3:] if title.startswith("常务副") else title[1:] if title.startswith(("副", "代")) else title
            lvl = level_of_char(bare[0]) if len(bare) >= 2 else None
            region = home_placed(lvl) if lvl and bare[1:] in ("长", "委书记", "委副书记") else None
            if region is None:
                continue
            out.append(rel(person, Predicate.HOLDS_POST, region, "relations.title", (title_start, person.e),
                            post=title))
            continue
        post = _LEADING_REGION.sub("", text[body.s:person.s])
        if len(post) > 30:
            continue
        out.append(rel(person, Predicate.HOLDS_POST, body, "relations.title", (body.s, person.e), post=post))
        # a chain of posts (市委常委、组织部部长某某): each body before a 、 with its title
        link = body.s
        for _ in range(2):
            if text[link - 1:link] not in ("、",):
                break
            prior_title = next((t for t in _TITLES if text.endswith(t, s0, link - 1)), None)
            prior_body = body_ending_at.get(link - 1 - len(prior_title)) if prior_title else None
            if prior_body is None and prior_title and _LEVEL_TITLE.fullmatch(prior_title) \
                    and text[link - 2 - len(prior_title):link - 1 - len(prior_title)] in _CHAIN_OPEN:
                # 副县长、县公安局局长某某: the level title opening the chain is the report's own county's
                region = home_placed(level_of_char(prior_title.lstrip("常务副代")[0]))
                if region is not None:
                    out.append(rel(person, Predicate.HOLDS_POST, region, "relations.title_chain",
                                   (link - 1 - len(prior_title), person.e), post=prior_title))
                break
            if prior_body is None or prior_body.m.type is not O:
                break
            out.append(rel(person, Predicate.HOLDS_POST, prior_body, "relations.title_chain", (prior_body.s, person.e),
                           post=_LEADING_REGION.sub("", text[prior_body.s:link - 1])))
            link = prior_body.s

    # 某某同志任某县委书记 (an appointment) and 某某（某县委副书记、县长）(posts in apposition)
    body_starting_at: dict[int, Placed] = {}
    for p in placed:
        if p.m.type in (O, R) and (p.s not in body_starting_at or p.e > body_starting_at[p.s].e):
            body_starting_at[p.s] = p

    def posts_between(a: int, b: int) -> list[tuple[Placed, str]]:
        """Bodies and their posts in text[a:b], 、-separated (某县委副书记、县长)."""
        found: list[tuple[Placed, str]] = []
        pos, prev = a, None
        for seg_end in [i for i in range(a, b) if text[i] == "、"] + [b]:
            seg = text[pos:seg_end]
            body = body_starting_at.get(pos)
            if body is not None and body.e < seg_end and len(seg) <= 30 \
                    and any(text[body.e:seg_end].endswith(t) for t in _TITLES):
                found.append((body, _LEADING_REGION.sub("", seg)))
                prev = body
            elif body is None and prev is not None and _LEVEL_TITLE.fullmatch(seg) \
                    and _REGION_BODY.search(prev.m.canonical) and (own := own_region(prev)) is not None \
                    and own.m.canonical.endswith(seg.lstrip("常务副代")[0]):
                found.append((own, seg))
            elif body is None and prev is None and pos == a and _LEVEL_TITLE.fullmatch(seg) \
                    and (home := home_placed(level_of_char(seg.lstrip("常务副代")[0]))) is not None:
                found.append((home, seg))  # 某某（副市长）: the report's own city's
            else:
                break
            pos = seg_end + 1
        return found

    person_at = {p.s: p for p in by_type.get(P, [])}

    def list_end(p: Placed) -> int:
        """Where the run of names listed with p (甲、乙和丙) ends."""
        end = p.e
        while text[end:end + 1] in ("、", "和") and (nxt := person_at.get(end + 1)) is not None:
            end = nxt.e
        return end

    person_ending = {p.e: p for p in by_type.get(P, [])}

    def list_start(p: Placed) -> int:
        """Where the run of names listed with p (甲、乙和丙) begins."""
        start = p.s
        while text[start - 1:start] in ("、", "和") and (before := person_ending.get(start - 1)) is not None:
            start = before.s
        return start

    for person in by_type.get(P, []):
        # 甲、乙递补为某委委员 / 递补甲、乙为某委委员: each name listed before the verb, or after it and before 为
        appointed = _APPOINTED.match(text, list_end(person)) or _BIO_NOW.match(text, person.e) or (
            _NAMED_AS.match(text, list_end(person))
            if _APPOINTING.search(text, max(0, (first := list_start(person)) - 6), first) else None)
        paren = re.match(r"[（(]([^（()）]{2,40})[）)]", text[person.e:person.e + 42])
        if appointed is not None:
            stop = re.match(r"[^，,。；;（()）\n]*", text[appointed.end():]).end() + appointed.end()
            stop = min(stop, re.search(r"职务|一职|$", text[appointed.end():stop]).start() + appointed.end())
            pairs = posts_between(appointed.end(), stop)
        elif paren is not None:
            pairs = posts_between(person.e + paren.start(1), person.e + paren.end(1))
        else:
            continue
        for body, post in pairs:
            out.append(rel(person, Predicate.HOLDS_POST, body, "relations.appointed" if appointed else "relations.apposition",
                           (person.s, body.e), post=post))

    # 县长某某 / 副市长某某 linked to the county / city: the title names its government, when the report names it
    governed = {(r.head.canonical, r.tail.canonical) for r in out if r.predicate is Predicate.HOLDS_POST}
    for r in list(out):
        if r.predicate is Predicate.HOLDS_POST and r.tail.type is R and _LEVEL_TITLE.fullmatch(r.attr("post") or "") \
                and (gov := org_by_canonical.get(r.tail.canonical + "政府")) is not None \
                and (r.head.canonical, gov.m.canonical) not in governed and (person := placed_of.get(id(r.head))):
            out.append(rel(person, Predicate.HOLDS_POST, gov, "relations.title_government",
                           (person.s, person.e), post=r.attr("post")))
            governed.add((r.head.canonical, gov.m.canonical))

    # 市委常委甲、乙、丙出席: names listed after one title share it
    posts_of: dict[int, list[RelationMention]] = {}
    for r in out:
        if r.predicate is Predicate.HOLDS_POST and r.extractor in ("relations.title", "relations.title_chain",
                                                                   "relations.title_deputy", "relations.head_post",
                                                                   "relations.school_post"):
            posts_of.setdefault(id(r.head), []).append(r)
    tail_placed = {id(p.m): p for p in placed}
    people = by_type.get(P, [])
    for prev, person in zip(people, people[1:]):
        if id(person.m) in posts_of or prev.e != person.s - 1 or text[prev.e] != "、":
            continue
        for r in posts_of.get(id(prev.m), []):
            if id(r.tail) in tail_placed:
                out.append(rel(person, Predicate.HOLDS_POST, tail_placed[id(r.tail)], "relations.shared_title",
                               (tail_placed[id(r.tail)].s, person.e), post=r.attr("post")))
                posts_of.setdefault(id(person.m), []).append(r)

    # partOf between two regions the document names (the gazetteer adds the rest at graph level);
    # the evidence is the sentence naming the child
    seen_child: set[str] = set()
    for child in by_type.get(R, []):
        key, parent_key = child.m.attr("region_key"), child.m.attr("parent_key")
        if not parent_key or key in seen_child or parent_key not in region_by_key:
            continue
        seen_child.add(key)
        out.append(rel(child, Predicate.PART_OF, region_by_key[parent_key], "relations.gazetteer_in_text",
                       (child.s, child.e)))
    # 某镇某村, 某县某镇: a village or town the table lacks, named right after the place it lies in
    ends_at = {r.e: r for r in by_type.get(R, [])}
    seen_pairs: set[tuple[str, str]] = set()
    for child in by_type.get(R, []):
        level = child.m.attr("level")
        outer = ends_at.get(child.s)
        if child.m.attr("parent_key") or level not in _BELOW or outer is None \
                or outer.m.attr("level") not in _BELOW[level]:
            continue
        pair = (child.m.canonical, outer.m.canonical)
        if pair not in seen_pairs:
            seen_pairs.add(pair)
            out.append(rel(child, Predicate.PART_OF, outer, "relations.named_within", (outer.s, child.e)))
    # a village the table lacks, named alone in a report about one town (the town named more than any other, and
    # at least twice): a village of that town
    towns = Counter(r.m.canonical for r in by_type.get(R, []) if r.m.attr("level") == "town")
    ranked_towns = towns.most_common(2)
    if ranked_towns and ranked_towns[0][1] >= 2 and (len(ranked_towns) == 1 or ranked_towns[0][1] > ranked_towns[1][1]):
        town = next(r for r in by_type.get(R, []) if r.m.canonical == ranked_towns[0][0])
        placed_villages = {pair[0] for pair in seen_pairs}
        for village in by_type.get(R, []):
            if village.m.attr("level") == "village" and not village.m.attr("parent_key") \
                    and village.m.canonical not in placed_villages:
                placed_villages.add(village.m.canonical)
                out.append(rel(village, Predicate.PART_OF, town, "relations.village_of_town", (village.s, village.e)))
    # 某某新区 the table lacks, in a report about one city: a zone of that city
    city = home_placed("prefecture")
    for zone in by_type.get(R, []):
        if zone.m.extractor == "regions.model_zone" and city is not None and zone.m.canonical not in seen_child:
            seen_child.add(zone.m.canonical)
            out.append(rel(zone, Predicate.PART_OF, city, "relations.zone_of_city", (zone.s, zone.e)))

    # a title after the name: 某某总书记 (the party centre), 某大学某某教授 (the body before the name)
    heads_of = {"总书记": "中共中央", "总理": "国务院", "委员长": "全国人大常委会"}
    by_canonical = {p.m.canonical: p for p in by_type.get(O, [])}
    for person in by_type.get(P, []):
        follow = re.match(r"(总书记|总理|委员长|教授|研究员|院士|董事长|总经理|校长|院长|主任|书记)", text[person.e:person.e + 4])
        if not follow:
            continue
        title = follow.group(1)
        body = body_ending_at.get(person.s)
        if body is not None and body.m.type is O and title not in heads_of:
            out.append(rel(person, Predicate.HOLDS_POST, body, "relations.title_after", (body.s, person.e + len(title)),
                           post=title))
        elif title in heads_of and heads_of[title] in by_canonical:
            out.append(rel(person, Predicate.HOLDS_POST, by_canonical[heads_of[title]], "relations.title_after",
                           (person.s, person.e + len(title)), post=title))

    # editors and reporters of a page work for its source (责编 on a 来源 page)
    sources = [o for o in by_type.get(O, []) if o.m.extractor == "orgs.source"]
    if sources:
        for person in by_type.get(P, []):
            lead = re.search(r"(责任编辑|责编|编辑|记者|通讯员)\s*[:：/]\s*(?:[\u4e00-\u9fff]{2,4}\s*[、,，]\s*){0,4}$",
                             text[max(0, person.s - 30):person.s])
            if lead:
                out.append(rel(person, Predicate.HOLDS_POST, sources[0], "relations.credit", (person.s, person.e),
                                post=lead.group(1)))

    # the document's own title, and the bodies opening a title (某某局关于…, 中共某市委　某市人民政府关于…): its issuers
    own = next((d for d in by_type.get(D, []) if d.m.attr("self_title")), None)
    org_at = {o.s: o for o in by_type.get(O, [])}

    def title_openers(d: Placed) -> list[Placed]:
        found, pos = [], d.s
        while (o := org_at.get(pos)) is not None and o.e <= d.e:
            found.append(o)
            gap = re.match(r"[\s\u3000、和]*", text[o.e:o.e + 3]).end()
            if text.startswith("关于", o.e + gap):
                return found
            pos = o.e + gap
        return []

    # conducts: actor ... (开展|实施|...) ... campaign, in one sentence
    votes = region_votes(ann, ctx)
    primary = primary_region(ann, ctx, votes)
    # a development zone is no division of the gazetteer: its key is a string of its own
    primary_key = getattr(primary, "key", primary) if primary is not None else None
    primary_p = region_by_key.get(primary_key) if primary_key else None

    def as_actor(p: Placed) -> Placed:
        """A party committee or government acts for its region."""
        if p.m.type is O and _REGION_BODY.search(p.m.canonical) and p.m.attr("region_key"):
            return region_by_key.get(p.m.attr("region_key"), p)
        return p

    # a report about one body (a university, a company group) named more often than its region:
    # that body, not the region, runs what the report says is run without naming who
    bodies = Counter(p.m.canonical for p in by_type.get(O, []) if not _REGION_BODY.search(p.m.canonical)
                     and not re.search(r"(?:委|政府|局|厅|办公室|部|室|处|组|会)$", p.m.canonical)
                     and p.m.extractor not in ("orgs.source", "orgs.national"))
    report_body = None
    if bodies and primary_key:
        top_body = bodies.most_common(1)[0][0]
        # (its own committee and departments, 某医院党委, 某医院医务科, are named for it too)
        n_body = sum(1 for p in by_type.get(O, []) if p.m.canonical.startswith(top_body))
        n_region = votes[primary_key]
        if n_body >= n_region:
            report_body = next(p for p in by_type.get(O, []) if p.m.canonical == top_body)
    # 全市某某推进会在某县召开 as the headline: what its speakers say is to be run, the city runs (not the venue)
    headline_end = text.find("\n")
    headline_end = len(text) if headline_end < 0 else headline_end
    headline_wide = home_placed(_LOCAL_WIDE[text[:2]]) if text[:2] in _LOCAL_WIDE \
        and _MEETING_HEAD.search(text, 0, headline_end) else None
    # the department issuing the document (某市某某局关于开展…的通知), not a committee, government or office
    openers = title_openers(own) if own is not None else []
    department_issuer = openers[0] if len(openers) == 1 and not _REGION_BODY.search(openers[0].m.canonical) \
        and not re.search(r"(?:办公室|办公厅)$", openers[0].m.canonical) else None
    # a speech to a department's sector (在全省某某系统…上的讲话, its byline 某省某某厅党组书记、厅长 某某): the
    # department runs what the speech has the sector run
    sector_department = None
    if department_issuer is None and _WIDE_SECTOR.search(text, 0, headline_end):
        speaker_body = next((o for o in by_type.get(O, []) if headline_end < o.s < headline_end + 80
                             and _DEPARTMENT_END.search(o.m.canonical.removesuffix("党组"))
                             and not _REGION_BODY.search(o.m.canonical) and _BYLINE_POST.match(text, o.e)), None)
        if speaker_body is not None:  # (某厅党组书记: the department its party group leads)
            department_issuer = sector_department = org_by_canonical.get(
                speaker_body.m.canonical.removesuffix("党组"), speaker_body)
    org_or_region_at = {p.s: p for p in by_type.get(R, []) + by_type.get(O, [])}  # a body over the region opening it

    def enclosing(p: Placed) -> Placed:
        """The body a region is named inside (宜昌|市委), or p itself."""
        if p.m.type is R:
            return next((o for o in by_type.get(O, []) if o.s <= p.s and p.e <= o.e and (o.s, o.e) != (p.s, p.e)), p)
        return p

    def outer_body(p: Placed, pool: list[Placed]) -> Placed:
        """The body among ``pool`` that the place p is named inside (某县|纪委监委), or p itself."""
        outer = enclosing(p) if p.m.type is R else p
        return outer if outer in pool else p

    def past_title(pos: int) -> int:
        """Past a document title right here (县委、县政府《某某方案》部署要求: the bodies' plan)."""
        if text.startswith("《", pos) and (close := text.find("》", pos)) > 0:
            return close + 1
        return pos

    def joint_end(p: Placed) -> int:
        """Where the run of bodies joined to p by 和/、/及/与 ends (自治区党委和市委|部署)."""
        end = p.e
        while text[end:end + 1] in ("和", "、", "及", "与") and (nxt := org_or_region_at.get(end + 1)) is not None:
            end = nxt.e
        return end

    # a place named inside a campaign, event or title (…中国特色社会主义…主题教育) is no actor;
    # a body opening a title (《中共中央关于在全党开展X的意见》) is
    named_spans = [p for p in placed if p.m.type in (C, E, D, S)]
    for camp in by_type.get(C, []):
        s0, s1 = in_sentence(camp)
        before = text[s0:camp.s]
        trig = None
        named_before = orgs_and_regions_before(camp.s, s0)
        for m in _CONDUCT.finditer(before):
            if m.group(0) == "部署" and (before.startswith(("要求", "精神", "安排"), m.end())
                                         or before.endswith(("决策", "工作"), 0, m.start())):
                continue  # 落实某县《…》部署要求: the plan of others, a noun, not the verb of conducting
            if not any(a.s < s0 + m.end() and s0 + m.start() < a.e for a in named_before):
                trig = m  # (not the 组织 of 县委组织部)
        actor = None
        gap = _QUOTED_RUN.sub("", text[s0 + trig.end():camp.s]) if trig is not None else ""
        # 为深入推进X，某局组织…  / 在X中，某局查处…: the body opening the clause after the frame runs X
        frame_end = _PURPOSE_FRAME.search(text, max(s0, camp.s - 16), camp.s) and _PURPOSE_CLOSE.match(text, camp.e) \
            or _DURING_FRAME.search(text, max(s0, camp.s - 10), camp.s) and _DURING_CLOSE.match(text, camp.e)
        subject = org_or_region_at.get(frame_end.end()) if frame_end else None  # (the close's match: the clause opens after it)
        reported = _REPORT_ON.search(text, max(s0, camp.s - 4), camp.s) if subject is None else None
        if reported is not None and _PROGRESS_REPORT.match(text, camp.e):
            # 听取市政府关于X推进情况的报告: the body reporting on a drive's progress runs it
            subject = body_ending_at.get(reported.start())
            subject = subject if subject is not None and subject.m.type is O else None
        if subject is not None:
            subject = outer_body(subject, by_type.get(O, []))
            actor = as_actor(subject)
            if actor is not subject:
                out.append(rel(subject, Predicate.CONDUCTS, camp, "relations.conduct_verb", (camp.s, subject.e)))
        elif trig is not None and len(gap) <= 12:
            # 某党委在某区某地举办X: the place after 在 is no actor, the body before it is
            verb_at = s0 + trig.start()
            zai = text.rfind("在", s0, verb_at)
            if zai >= 0 and not re.search(r"[，,。；;、“”《》]", text[zai:verb_at]) and verb_at - zai <= 14:
                verb_at = zai
            led_by = [m.span(1) for m in _UNDER_LEADERSHIP.finditer(text, s0, verb_at)] \
                + [m.span(1) for m in _TAKEN_AS.finditer(text, s0, verb_at)]
            cands = [p for p in orgs_and_regions_before(verb_at, s0)
                     if verb_at - p.e <= _ACTOR_REACH and not any(
                         n.s <= p.s and p.e <= n.e and (p.m.type is R or n.m.type is not D) for n in named_spans)
                     and not any(a <= p.s and p.e <= b for a, b in led_by)  # 在某市委的坚强领导下，全县…
                     and text[max(s0, p.s - 2):p.s] not in _MEANS_BEFORE  # 某市依托某新城…开展: the means, not who
                     and not text.endswith(_TARGET_BEFORE, s0, run_start(p))  # 对某县开展巡察: the target, not who
                     and not text.startswith("特色", p.e)  # 以…中国特色社会主义思想为指导: no place acting
                     and not _WHOSE_PLAN.match(text, past_title(joint_end(enclosing(p))))]  # 落实省委和市委部署，…: whose plan
            head = before[:trig.start()]
            wide, at = _wide_before(head)
            wide_at = s0 + at if at >= 0 else -1
            in_title = text.rfind("《", s0, camp.s) > text.rfind("》", s0, camp.s)
            if in_title and wide_at < 0:
                actor = None  # 《关于开展X的通知》: the issuer announces X; who runs it is said elsewhere
            elif cands and (cands[-1].e > wide_at or not in_title):
                cands[-1] = outer_body(cands[-1], cands)  # 某县|纪委监委部署开展…: the body, not the place
                actor = as_actor(cands[-1])
                if actor is not cands[-1]:  # the committee or government acts, and its region with it
                    out.append(rel(cands[-1], Predicate.CONDUCTS, camp, "relations.conduct_verb",
                                   (cands[-1].s, camp.e)))
                with_partner = [p for p in cands[:-1] if p.m.type is O and p.e <= cands[-1].s
                                and re.fullmatch(r"联合|会同|协同", text[p.e:cands[-1].s])]
                for partner in _joint(cands, text)[:-1] + with_partner:  # (某委联合某局开展…: both)
                    if partner.m.type is O:
                        # 某部、某部联合开展…, 市委、市政府决定开展…: each body named with the actor runs it too
                        out.append(rel(partner, Predicate.CONDUCTS, camp, "relations.conduct_verb",
                                       (partner.s, camp.e)))
            elif (self_ref := _self_reference(text, s0 + trig.start(), s0, by_type.get(O, []))) is not None:
                actor = self_ref  # 学校深入开展…: the school the report is about
            elif wide_at >= 0:
                # 在全省开展…: the region the word names; in a department's own notice, the department, in its region
                actor = department_issuer or home_placed(_LOCAL_WIDE[wide])
            elif not before.endswith("作为", 0, trig.start()):
                # (作为落实X的具体举措，…开展Y: X is served by Y, whoever runs Y; X's runner is said elsewhere)
                actor = report_body or headline_wide or sector_department or primary_p
        if actor is None:
            # 全市“…”大讨论 / 全省…大讨论: the region-wide word right before the name
            lead = text[max(s0, camp.s - 2):camp.s]
            if lead in _LOCAL_WIDE:
                actor = home_placed(_LOCAL_WIDE[lead])
        if actor is None and (taken := next((m for m in list(_TAKEN_AS.finditer(text, s0, s1))
                                             + list(_MADE_LEVER.finditer(text, s0, s1))
                                             if m.start(1) <= camp.s and camp.e <= m.end(1)), None)):
            # 全区以X为总抓手 / 某县以X为抓手: who takes the drive as its lever runs it
            wide, at = _wide_before(text[s0:taken.start()])
            near = [p for p in orgs_and_regions_before(taken.start(), s0) if taken.start() - p.e <= 4]
            if near:
                actor = as_actor(near[-1])
            elif at >= 0 and taken.start() - (s0 + at + len(wide)) <= 4:
                actor = home_placed(_LOCAL_WIDE[wide])
        if actor is not None:
            # an actor read from elsewhere (the document's region) leaves the campaign's sentence as evidence
            at = (actor.s, camp.e) if s0 <= actor.s < camp.e else (camp.s, camp.e)
            out.append(rel(actor, Predicate.CONDUCTS, camp, "relations.conduct_verb", at))

    # 某县委召开“某某”大讨论动员大会 / 某县某某三年行动推进会召开: who holds the drive's meeting runs the drive
    runs_now = {(r.head.canonical, r.tail.canonical) for r in out if r.predicate is Predicate.CONDUCTS}
    for camp in by_type.get(C, []):
        meeting = next((e for e in by_type.get(E, []) if e.s <= camp.s and camp.e <= e.e
                        and _MEETING_WORD.search(text, camp.e, e.e)), None)
        if meeting is None:
            continue
        s0 = in_sentence(meeting)[0]
        inside = [p for p in orgs_and_regions_before(camp.s, meeting.s) if p.s >= meeting.s]
        held = _HELD_BY.search(text, max(s0, meeting.s - 3), meeting.s)
        before = [p for p in orgs_and_regions_before(held.start(), s0) if held.start() - p.e <= 6] if held else []
        holder = inside[0] if inside else before[-1] if before else None
        if holder is None:
            continue
        holder = outer_body(holder, inside + before)
        for actor in dict.fromkeys([holder, as_actor(holder)]):
            if (actor.m.canonical, camp.m.canonical) not in runs_now:
                runs_now.add((actor.m.canonical, camp.m.canonical))
                out.append(rel(actor, Predicate.CONDUCTS, camp, "relations.drive_meeting", (holder.s, camp.e)))

    # 把大讨论与某某专项行动、某某专项整治结合起来: the regions running the one drive run those joined to it
    region_runs: dict[str, set[str]] = {}
    for r in out:
        if r.predicate is Predicate.CONDUCTS and r.head.type is R:
            region_runs.setdefault(r.tail.canonical, set()).add(r.head.canonical)
    region_placed = {p.m.canonical: p for p in reversed(placed) if p.m.type is R}
    for frame in _JOINED_DRIVES.finditer(text):
        first = [c for c in by_type.get(C, []) if frame.start(1) <= c.s and c.e <= frame.end(1)]
        joined = [c for c in by_type.get(C, []) if frame.start(2) <= c.s and c.e <= frame.end(2)]
        if len(first) != 1:
            continue
        f0 = sentence_at(sents, frame.start())[0]
        own_actor = next((p for p in reversed(placed) if p.m.type is R and f0 <= p.s and p.e <= frame.start()
                          and p.e > first[0].s - 40 and not any(c.s <= p.s < c.e for c in by_type.get(C, []))), None)
        if own_actor is not None:
            # 某镇作为示范镇，把A与B结合起来: the place named there runs B
            for camp in joined:
                out.append(rel(own_actor, Predicate.CONDUCTS, camp, "relations.joined_drive", (own_actor.s, camp.e)))
            continue
        for region in sorted(region_runs.get(first[0].m.canonical, ())):
            for camp in joined:
                if region not in region_runs.get(camp.m.canonical, ()) and camp.m.canonical != first[0].m.canonical:
                    out.append(rel(region_placed[region], Predicate.CONDUCTS, camp, "relations.joined_drive",
                                   (first[0].s, camp.e)))
                    region_runs.setdefault(camp.m.canonical, set()).add(region)

    # 牵头单位：某局、某局 under an item of a plan: the lead units run the item's drive
    for lead in _LEAD_UNITS.finditer(text):
        stop = _LEAD_STOP.search(text, lead.end())
        stop_at = stop.start() if stop else len(text)
        # the item is the paragraph just above the lead line (or the lead line itself)
        line_start = text.rfind("\n", 0, lead.start()) + 1
        earlier = [c for c in by_type.get(C, []) if line_start <= c.s and c.e <= lead.start()]
        if not earlier:  # the lead line under its item: the item is the paragraph above
            above_end = len(text[:line_start].rstrip())  # blank lines skipped
            item_start = max(text.rfind("\n", 0, above_end) + 1, lead.start() - _LEAD_REACH)
            earlier = [c for c in by_type.get(C, []) if item_start <= c.s and c.e <= lead.start()]
        elif _ITEM_START.match(text, line_start, earlier[0].s):
            earlier = earlier[:1]  # （四）实施某某行动。…牵头单位: the item's own drive
        if not earlier:
            continue
        for unit in orgs_and_regions_before(stop_at, lead.end()):
            if unit.m.type is O and not text.startswith(("配合", "协助", "协同"), unit.e):  # 某社配合: a partner
                out.append(rel(unit, Predicate.CONDUCTS, earlier[-1], "relations.lead_unit", (unit.s, unit.e)))

    # （一）某某行动。由县林业局牵头，…: the bodies leading an item's drive run it
    led = {(r.head.canonical, r.tail.canonical) for r in out if r.predicate is Predicate.CONDUCTS}

    def leads(unit: Placed, camp: Placed) -> None:
        """A body named as leading camp runs it (once)."""
        if unit.m.type is O and (unit.m.canonical, camp.m.canonical) not in led:
            led.add((unit.m.canonical, camp.m.canonical))
            out.append(rel(unit, Predicate.CONDUCTS, camp, "relations.lead_unit", (camp.s, unit.e)))

    for camp in by_type.get(C, []):
        line_start = text.rfind("\n", 0, camp.s) + 1
        if not _ITEM_START.match(text, line_start, camp.s):
            continue
        line_end = text.find("\n", camp.e)
        lead_by = _LED_BY.search(text, camp.e, line_end if line_end >= 0 else len(text))
        if lead_by is None:
            continue
        for unit in orgs_and_regions_before(lead_by.end(1), lead_by.start(1)):
            leads(unit, camp)

    # 甲行动、乙行动、丙行动，分别由A、B、C牵头: each drive in turn; “甲”专项行动由某局牵头: that body
    for camp in by_type.get(C, []):
        between = _BASIS_BETWEEN.match(text, camp.e)
        direct = _LED_BY_AFTER.match(text, between.end() if between else camp.e)
        if direct is not None and text[direct.end():direct.end() + 1] not in ("，", ",") and any(
                0 <= c.s - direct.end() <= 8 and not re.search("[。；;]", text[direct.end():c.s])
                for c in by_type.get(C, [])):
            direct = None  # X，由某委牵头开展Y专项整治: the body leads Y, named after it
        if direct is not None:
            g = 1 if direct.group(1) is not None else 2  # (…，县妇联牵头: the body right before 牵头, no 由)
            for unit in orgs_and_regions_before(direct.end(g), direct.start(g)):
                if g == 1 or unit.e == direct.end(g):
                    leads(unit, camp)
    for each in _LED_IN_TURN.finditer(text):
        s0 = sentence_at(sents, each.start())[0]
        listed = [c for c in by_type.get(C, []) if s0 <= c.s and c.e <= each.start()]
        units = [u for u in orgs_and_regions_before(each.end(1), each.start(1)) if u.m.type is O]
        if len(units) >= 2 and len(listed) >= len(units):
            for camp, unit in zip(listed[-len(units):], units):
                leads(unit, camp)

    # partOfCampaign: a sub-drive in the same sentence as, or in a document about, an umbrella campaign
    camps = by_type.get(C, [])
    counts = Counter(p.m.canonical for p in camps)
    # the drive a plan is about: the highest-ranked, most often named campaign
    umbrella = max(camps, key=lambda p: (_rank(p.m.canonical), counts[p.m.canonical], -p.s), default=None)
    # …but a plan headed by its own drive (关于印发某县X攻坚行动实施方案的通知) is about that drive, whatever the
    # rank of the higher plans it cites
    title_end = _notice_title_end(text, headline_end)
    headed = [p for p in camps if p.e <= title_end and _rank(p.m.canonical) > 0]
    plan_drive = bool(headed and _PLAN_TITLE.search(text, 0, title_end))
    if plan_drive:
        umbrella = max(headed, key=lambda p: (_rank(p.m.canonical), -p.s))
    # a document about one top-ranked campaign (named more often than any other of its rank) runs
    # the lesser drives it launches as parts of it
    top = Counter(p.m.canonical for p in camps if _rank(p.m.canonical) >= 3)
    doc_umbrella = None
    if top:
        (first, n1), *rest = top.most_common(2)
        if n1 >= 2 and (not rest or rest[0][1] < n1):
            doc_umbrella = next(p for p in camps if p.m.canonical == first)
    # …or a report headed by one drive, named more often than any other: the drives it launches are its parts
    # (某医院召开“清廉医院”建设专项行动推进座谈会 … 二是开展某某专项治理)
    headline_drive = None
    if doc_umbrella is None and camps:
        (best, n_best), *others = counts.most_common(2)
        lead = next((p for p in camps if p.m.canonical == best and p.e <= headline_end), None)
        if lead is not None and n_best >= 2 and (not others or others[0][1] < n_best):
            headline_drive = lead
    by_document: list[RelationMention] = []
    # 开展这次大讨论，是落实Y部署的具体行动: X serves Y, whatever their heads (X may be a back-reference)
    serves: dict[int, Placed] = {}
    for sub in camps:
        s1 = in_sentence(sub)[1]
        served = next((u for u in camps if sub.e <= u.s < s1 and u.m.canonical != sub.m.canonical
                       and _SERVES_BETWEEN.fullmatch(text, sub.e, u.s) and _SERVES_AFTER.match(text, u.e)), None)
        if served is not None:
            serves[id(sub)] = served
    # 作为X的重要内容，…开展Y / 在X中开展Y / Y是X的子行动 / 以Y为抓手，推进X: the text says Y is part of X
    for sub in camps:
        if id(sub) in serves or sub.m.attr("back_reference"):
            continue
        s0, s1 = in_sentence(sub)
        part_of = next((u for u in camps if s0 <= u.s and u.e <= sub.s and u.m.canonical != sub.m.canonical
                        and (_AS_PART_OF.match(text, u.e) or u.s > s0 and text[u.s - 1] == "在"
                             and _WITHIN_AFTER.match(text, u.e)
                             or _frames_clause(text, s0, u))
                        and _LAUNCH_BEFORE.search(text, max(u.e, sub.s - 8), sub.s)), None)
        if part_of is None:
            part_of = next((u for u in camps if sub.e <= u.s < s1 and u.m.canonical != sub.m.canonical
                            and (_IS_PART_OF.fullmatch(text, sub.e, u.s) and _IS_PART_AFTER.match(text, u.e)
                                 or _LEVER_OF.fullmatch(text, sub.e, u.s)
                                 and _TAKEN_BEFORE.search(text, max(s0, sub.s - 3), sub.s))), None)
        if part_of is not None:
            serves[id(sub)] = part_of
    for sub in camps:
        rank = _rank(sub.m.canonical)
        if id(sub) in serves:
            out.append(rel(sub, Predicate.PART_OF_CAMPAIGN, serves[id(sub)], "relations.serves",
                           (sub.s, serves[id(sub)].e)))
            continue
        if rank == 0 or sub.m.attr("back_reference") or (
                sub.m.name != sub.m.canonical and sub.m.canonical.endswith(sub.m.name) and len(sub.m.name) <= 6):
            continue  # bare back-references are the campaign itself
        s0, s1 = in_sentence(sub)
        near = [u for u in camps if s0 <= u.s < s1 and _rank(u.m.canonical) > rank
                and u.m.canonical != sub.m.canonical and not sub.m.canonical.startswith(u.m.canonical)]
        if any(u is sub for u in serves.values()):
            continue  # the larger drive of its sentence
        # 五是开展X攻坚，由某某牵头开展Y专项整治: a drive named later in an item's sentence is part of the item's
        opener = next((u for u in camps if s0 <= u.s and u.e <= sub.s and u.m.canonical != sub.m.canonical
                       and _rank(u.m.canonical) > 0 and _item_opening(text, u)), None)
        # (a plan's own drive has the drives opening its items as parts, whatever their heads' rank)
        above = umbrella is not None and (_rank(umbrella.m.canonical) > rank or plan_drive)
        if above and umbrella.m.canonical != sub.m.canonical \
                and _item_opening(text, sub) and near and opener is None:
            # 一是开展某某攻坚，…专项整治: the item belongs to the plan's drive, the later drive to the item
            out.append(rel(sub, Predicate.PART_OF_CAMPAIGN, umbrella, "relations.plan_item", (sub.s, sub.e)))
        elif opener is not None:
            out.append(rel(sub, Predicate.PART_OF_CAMPAIGN, opener, "relations.item_part", (opener.s, sub.e)))
        elif near and not _parallel_launches(text, s0, sub, nearest := min(near, key=lambda u: abs(u.s - sub.s))):
            out.append(rel(sub, Predicate.PART_OF_CAMPAIGN, nearest, "relations.sub_campaign", (sub.s, sub.e)))
        elif above and umbrella.m.canonical != sub.m.canonical and _item_opening(text, sub):
            # （一）某某提质行动 in a plan for a 三年行动: an item of the plan's drive
            out.append(rel(sub, Predicate.PART_OF_CAMPAIGN, umbrella, "relations.plan_item", (sub.s, sub.e)))
        elif doc_umbrella is not None and rank < _rank(doc_umbrella.m.canonical) \
                and sub.m.canonical != doc_umbrella.m.canonical and _launched(text, s0, sub) \
                and not _beside_peer(sub, camps, doc_umbrella, text):
            # 深入开展某某实践活动 in a report about one 主题教育: a drive the document's campaign runs
            by_document.append(rel(sub, Predicate.PART_OF_CAMPAIGN, doc_umbrella, "relations.document_drive",
                                   (sub.s, sub.e)))
        elif headline_drive is not None and rank <= _rank(headline_drive.m.canonical) \
                and sub.m.canonical != headline_drive.m.canonical and _LAUNCH.search(text, max(s0, sub.s - 4), sub.s) \
                and _launched(text, s0, sub) and not _ALONGSIDE.search(text, max(s0, sub.s - 8), sub.s) \
                and not any(text[c.e:c.e + 1] == "暨" or text[c.s - 1:c.s] == "暨"
                            for c in camps if c.m.canonical == sub.m.canonical) \
                and not _beside_peer(sub, camps, headline_drive, text):
            # (not a drive taken as the lever of another, 以X为抓手; one run alongside, 同步开展; one joined by 暨)
            by_document.append(rel(sub, Predicate.PART_OF_CAMPAIGN, headline_drive, "relations.headline_drive",
                                   (sub.s, sub.e)))
    # a drive given a parent by some sentence has that parent, not the document's
    parented = {r.head.canonical for r in out if r.predicate is Predicate.PART_OF_CAMPAIGN}
    out.extend(r for r in by_document if r.head.canonical not in parented)

    # 以X为总抓手，重点抓好三项工作：一是以A专项行动…；二是以B行动…；三是以C攻坚行动…: the later items' drives are
    # parts of the drive the first item's is
    has_parent = {id(r.head) for r in out if r.predicate is Predicate.PART_OF_CAMPAIGN}
    for r in [r for r in out if r.predicate is Predicate.PART_OF_CAMPAIGN and r.extractor == "relations.sub_campaign"]:
        first = placed_of.get(id(r.head))
        parent = placed_of.get(id(r.tail))
        if first is None or parent is None or not _FIRST_ITEM.search(text, max(0, first.s - 8), first.s):
            continue
        line_end = text.find("\n", first.e)
        line_end = len(text) if line_end < 0 else line_end
        for c in camps:
            if first.e < c.s < line_end and id(c.m) not in has_parent and _rank(c.m.canonical) < _rank(parent.m.canonical) \
                    and _LATER_ITEM.search(text, max(0, c.s - 8), c.s) and c.m.canonical != parent.m.canonical:
                out.append(rel(c, Predicate.PART_OF_CAMPAIGN, parent, "relations.sub_campaign", (parent.s, c.e)))
                has_parent.add(id(c.m))

    # X下设四个子行动：（一）A行动…（二）B行动… / X下设A和B两个子行动: the drives named are parts of X,
    # run by whoever runs X
    cues = [m.span() for m in _SUB_ACTIONS.finditer(text)]
    camp_at = {c.s: c for c in camps}
    for set_under in re.finditer("下设", text):
        # X下设甲行动、乙行动和丙行动 (no 子行动 word): the run of drives named right after 下设
        run, pos = [], set_under.end()
        while (c := camp_at.get(pos)) is not None:
            run.append(c)
            pos = c.e + 1 if text[c.e:c.e + 1] in ("、", "和", "及", "与") else -1
        if run and not any(a <= set_under.start() < b for a, b in cues):
            cues.append((set_under.start(), run[-1].e))
    top_drives = counts.most_common(2)
    main_drive = next((c for c in camps if c.m.canonical == top_drives[0][0]), None) \
        if top_drives and top_drives[0][1] >= 2 and (len(top_drives) == 1 or top_drives[0][1] > top_drives[1][1]) else None
    for cue_start, cue_end in cues:
        while text[cue_end:cue_end + 1] in ("、", "和", "与", "及") and (nxt := camp_at.get(cue_end + 1)) is not None:
            cue_end = nxt.e  # 下设“甲”子行动和“乙”子行动: the run of drives named
        c0 = sentence_at(sents, cue_start)[0]
        before = [c for c in camps if c0 <= c.s and c.e <= cue_start]
        # (专项整治要按照《关于开展某某整治的通知》要求…下设: the drive the sentence is about, not one in a title)
        parent = next((c for c in reversed(before) if not any(d.s <= c.s and c.e <= d.e for d in by_type.get(D, []))),
                      before[-1] if before else None)
        by_document = False
        if parent is None and not text[max(0, cue_start - 2):cue_start] in ("活动", "行动", "整治") and main_drive is not None \
                and main_drive.s < cue_start:
            # 我们把任务细化为“甲”“乙”两个专项行动: parts of the drive the document is about (who runs each is
            # not said here)
            parent, by_document = main_drive, True
        if parent is None and (word := text[max(0, cue_start - 2):cue_start]) in ("活动", "行动", "整治"):
            # 活动下设…: the drive of that kind named last before
            parent = next((c for c in reversed(camps) if c.e <= cue_start and (
                c.m.canonical.endswith(word) or re.match(r"[”\"]?" + word, text[c.e:c.e + 3])
                or text[c.s:c.e].endswith(word))), None)
        if parent is None:
            continue
        children = [c for c in camps if cue_start <= c.s and c.e <= cue_end]
        if not children and text.startswith("。", cue_end):
            # 下设三个专项行动。A专项行动由某局牵头…。B专项行动…: the drives opening the sentences after it
            para_end = text.find("\n", cue_end)
            para_end = len(text) if para_end < 0 else para_end
            # (一是A行动，由某局牵头: the item's number opens the sentence before the drive)
            opening = {}
            for c in reversed(camps):
                if cue_end < c.s < para_end:
                    s0 = sentence_at(sents, c.s)[0]
                    s0 += len(text[s0:c.s]) - len(text[s0:c.s].lstrip())
                    number = _ITEM_NUMBER.match(text, s0)
                    opening[number.end() if number else s0] = c
            children = [c for c in camps if cue_end < c.s < para_end and opening.get(c.s) is c]
        if not children and text.startswith(("：", ":"), cue_end) and not text[cue_end + 1:cue_end + 2].isspace():
            # 下设三个子行动：A子行动，牵头单位为…；B子行动…。: the drives listed in the sentence
            full_stop = text.find("。", cue_end)
            children = [c for c in camps if cue_end < c.s and (full_stop < 0 or c.e <= full_stop)]
        if not children:
            section = _TOP_HEADING.search(text, cue_end)
            stop = min(section.start() if section else len(text), cue_end + 1500)
            children, lines = [], set()
            for c in camps:  # the drive opening each item line
                line = text.rfind("\n", 0, c.s) + 1
                if cue_end <= c.s < stop and line not in lines and _SUB_ITEM.match(text, line) and c.s - line <= 24:
                    children.append(c)
                    lines.add(line)
        children = [c for c in children if c.m.canonical != parent.m.canonical]
        # 某局党组在集中整治中下设“甲”子行动: the body setting the sub-drive up runs it
        setter = next((o for o in reversed(by_type.get(O, [])) if c0 <= o.s and o.e <= cue_start
                       and _SETS_UP_GAP.fullmatch(text, o.e, cue_start)), None)
        if setter is not None:
            for child in children:
                leads(setter, child)
        named = {c.m.canonical for c in children}
        out[:] = [r for r in out if not (r.predicate is Predicate.PART_OF_CAMPAIGN and r.head.canonical in named)]
        runs = {(r.head.canonical, r.tail.canonical) for r in out if r.predicate is Predicate.CONDUCTS}
        runners: dict[str, Placed] = {}
        for r in out:
            if r.predicate is Predicate.CONDUCTS and r.tail.canonical == parent.m.canonical:
                runners.setdefault(r.head.canonical, placed_of.get(id(r.head)))
        for child in children:
            out.append(rel(child, Predicate.PART_OF_CAMPAIGN, parent, "relations.sub_action", (parent.s, child.e)))
            if by_document or any(r.extractor == "relations.lead_unit" and r.tail.canonical == child.m.canonical
                                  for r in out):
                continue  # a sub-drive with bodies of its own leading it is run by them
            for name, runner in runners.items():
                if runner is not None and (name, child.m.canonical) not in runs:
                    out.append(rel(runner, Predicate.CONDUCTS, child, "relations.sub_action", (parent.s, child.e)))
                    runs.add((name, child.m.canonical))

    # 我市深入实施“甲”实践活动。全市各部门、各战线积极开展“乙”“丙”等专项行动: what the units carry out under
    # the drive the sentence before launches are its parts
    parented = {r.head.canonical for r in out if r.predicate is Predicate.PART_OF_CAMPAIGN}
    for units in _UNITS_CARRY_OUT.finditer(text):
        s0, s1 = sentence_at(sents, units.end())
        if s0 != units.start(1) or s0 == 0:
            continue
        p0 = sentence_at(sents, s0 - 1)[0]
        if "\n" in text[p0:s0].strip():
            continue  # the sentence before lies in another paragraph
        launched = [c for c in camps if p0 <= c.s and c.e <= s0 and _LAUNCH_BEFORE.search(text, max(p0, c.s - 6), c.s)]
        listed = [c for c in camps if units.end() <= c.s < s1 and not c.m.attr("back_reference")]
        if not launched or not listed or not _LISTED_KIND.match(text, listed[-1].e):
            continue
        for child in listed:
            if child.m.canonical not in parented and child.m.canonical != launched[-1].m.canonical:
                out.append(rel(child, Predicate.PART_OF_CAMPAIGN, launched[-1], "relations.units_carry_out",
                               (launched[-1].s, child.e)))
                parented.add(child.m.canonical)

    # associatedWith: a slogan belongs to the campaign named in its sentence (the nearest one
    # before it, else after); a formulation of weight (numbered, a formula, four characters or
    # more) in a document about one campaign belongs to that campaign.
    main_campaign = None
    named = [p for p in camps if p.m.extractor == "campaigns.pattern"]
    if named:
        ranked = sorted(counts, key=lambda n: (counts[n], len(n)), reverse=True)
        best = ranked[0]
        # a document about one campaign names it more often than any other; a report of several drives
        # named as often (each official his own) has no campaign of its own for a loose formulation
        # (named once, and not in the headline, a drive is a side topic of the report: 某县人大常委会会议…)
        first = next(p for p in camps if p.m.canonical == best)
        if (len(ranked) == 1 or counts[best] > counts[ranked[1]]) and (counts[best] >= 2 or first.e <= headline_end):
            main_campaign = first
    titles = by_type.get(D, [])
    parent_of = {r.head.canonical: placed_of[id(r.tail)] for r in out
                 if r.predicate is Predicate.PART_OF_CAMPAIGN and id(r.tail) in placed_of}

    def topic_of(drive: Placed, named: list[Placed]) -> Placed:
        """下设甲、乙、丙三个子行动。…推行“某某”: a sub-drive named beside its siblings is not what the words
        after them are about; the drive they are part of is."""
        parent = parent_of.get(drive.m.canonical)
        if parent is not None and any(c.m.canonical != drive.m.canonical
                                      and parent_of.get(c.m.canonical) is parent for c in named):
            return parent
        return drive

    def in_title(c: Placed) -> bool:
        return any(d.s <= c.s and c.e <= d.e for d in titles)

    for slogan in by_type.get(S, []):
        if _NO_FORMULATION.search(strip_quotes(slogan.m.name)) \
                or _CHANNEL_AFTER.match(text, slogan.e) or _CHANNEL_END.search(strip_quotes(slogan.m.name)):
            continue  # 十四五, a plan period; 我们…, a speaker's words; a question; “某某发布”等平台, a channel
        s0, s1 = in_sentence(slogan)
        # (a drive named only inside a document's title, 印发《某某三年行动方案》后…, is not the one spoken of;
        # nor one launched alongside, 同步开展某专项整治)
        near = [c for c in camps if s0 <= c.s < s1 and not (c.s <= slogan.s and slogan.e <= c.e)
                and not in_title(c) and not _joined_or_deployed(text, c.s, c.e)
                and not (c.s > slogan.e and _ALONGSIDE.search(text, max(s0, c.s - 6), c.s))]
        target = None
        how = "relations.slogan_campaign"
        # “5+12+N”大讨论: the formulation a drive is named by belongs to that drive
        named_by = next((c for c in camps if c.s <= slogan.s and slogan.e <= c.e and not in_title(c)), None)
        if named_by is not None:
            target, how = named_by, "relations.slogan_names_campaign"
        elif near:
            before = [c for c in near if c.e <= slogan.s]
            # 开展“走访连心、帮富暖心”的“三心”行动: the drive the formulation qualifies, in its own clause
            qualified = next((c for c in near if c.s >= slogan.e and not _CLAUSE_BREAK.search(text, slogan.e, c.s)),
                             None)
            target = qualified or (topic_of(before[-1], before) if before
                                   else min(near, key=lambda c: c.s - slogan.e))
        else:
            p0 = text.rfind("\n", 0, slogan.s) + 1
            earlier = [c for c in camps if p0 <= c.s and c.e <= slogan.s
                       and not in_title(c) and not _joined_or_deployed(text, c.s, c.e)]
            weighty = slogan.m.extractor in ("slogans.numbered", "slogans.formula") or len(slogan.m.name) >= 4
            if earlier and weighty:
                target, how = topic_of(earlier[-1], earlier), "relations.slogan_paragraph_campaign"
            elif main_campaign is not None and weighty and not _SPEAKER_OPENS.match(text, p0):
                # (not in a paragraph of one speaker's own words, 某县委书记某某表示，…: his county's formulation)
                target, how = main_campaign, "relations.slogan_document_campaign"
        if how in _ASSOCIATED_BY_CONTEXT and _own_programme_or_figure(text, slogan.s, slogan.e):
            target = None  # 落实“某某”战略, 深化“某某”改革, 成为…的“某某”: another programme, or a figure of speech
        elif how != "relations.slogan_names_campaign" and _brand_problem_or_figure(text, slogan.s, slogan.e):
            target = None  # “某某”品牌, 整治“某某”等突出问题, 以“小某”带动“大某”: a brand, a problem, a figure
        if target is not None and target.m.name != slogan.m.name:
            out.append(rel(slogan, Predicate.ASSOCIATED_WITH, target, how,
                           (min(slogan.s, target.s), max(slogan.e, target.e))))

    # attended: person + attendance verb; the event of the sentence or the one just reported
    events = by_type.get(E, [])
    token_starts = [t.start for t in ann.tokens]
    # a meeting whose spirit is studied (贯彻落实…全会精神) was not attended by those who study it
    studied = re.compile(r"(贯彻|落实|学习|传达|领会|按照)[^。；]{0,30}$")
    # (positions inside a body's name: 学习 in 某市委理论学习中心组, or a body the tokenizer cut into verbs)
    body_chars = frozenset(k for o in by_type.get(O, []) for k in range(o.s, o.e))

    def is_studied(e: Placed) -> bool:
        s0 = in_sentence(e)[0]
        found = studied.search(text, s0, e.s)
        return found is not None and found.start() not in body_chars  # (某市委理论学习中心组举行…: a body's name)

    attendable = [e for e in events if not text.startswith("精神", e.e) and not is_studied(e)]
    speech_event = _speech_title_event(text, attendable)
    # a report headed by its event (某某签约仪式举行): those said to attend, speak or chair attended it
    headline_event = speech_event or next((e for e in attendable if _in_heading(text, e.s) and e.s < 200), None)
    if headline_event is not None and speech_event is None:
        # 某县举行X仪式 as the headline, 某县X仪式 in the report: the event under its fuller name
        headline_event = next((e for e in attendable if e.m.canonical != headline_event.m.canonical
                               and e.m.canonical.endswith(headline_event.m.canonical)), headline_event)
    # 在交流发言环节，各县区负责同志先后发言。 then paragraphs each opened by a speaker (某县委书记某某介绍，…)
    turns: dict[int, Placed] = {}
    people = by_type.get(P, [])
    for cue in _TAKE_TURNS.finditer(text):
        line_end = text.find("\n", cue.end())
        if line_end < 0 or text[cue.end():line_end].strip(" 。.\u3000"):
            continue  # the cue closes its paragraph
        held = next((e for e in reversed(attendable) if e.e <= cue.start()), headline_event)
        pos = line_end
        for _ in range(8):
            while pos < len(text) and text[pos] in "\n \u3000\t":
                pos += 1
            opener = next((p for p in people if pos <= p.s < pos + 30
                           and re.fullmatch(r"[\u4e00-\u9fff、]*", text[pos:p.s]) and _SPEAKS.match(text, p.e)), None)
            if opener is None or held is None:
                break
            turns[id(opener.m)] = held
            pos = text.find("\n", opener.e)
            if pos < 0:
                break
    # a transcript's header (主持人：…, 发布人：… and the lines under it) and its speakers (某某：…): there
    if headline_event is not None:
        for line in _HEADER_ROLE.finditer(text):
            for p in people:
                if line.start() <= p.s and p.e <= line.end():
                    turns.setdefault(id(p.m), headline_event)
        for p in people:
            if text.startswith(("：", ":"), p.e) and (p.s == 0 or text[p.s - 1] == "\n"):
                turns.setdefault(id(p.m), headline_event)
    name_starts = frozenset(p.s for p in by_type.get(P, []))
    for person in by_type.get(P, []):
        s0, s1 = in_sentence(person)
        if id(person.m) in turns:
            out.append(rel(person, Predicate.ATTENDED, turns[id(person.m)], "relations.take_turns",
                           (person.s, person.e)))
            continue
        if speech_event is not None and person.s < speech_event.e + 120 and _in_heading(text, person.s):
            # 在X上的讲话 / its speaker's byline: the speaker attended X
            out.append(rel(person, Predicate.ATTENDED, speech_event, "relations.speech_byline", (person.s, person.e)))
            continue
        if _STUDIED_PERSON.search(text, max(s0, person.s - 8), person.s):
            continue  # 贯彻落实某某视察…重要讲话精神: the words studied, not a visit to the meeting
        near_after = re.match(r"^(?:[^，。；,;]{0,8}?|(?:[、和及][^，。；,;、]{1,14})+等?[^，。；,;]{0,4}?)" + _ATTEND.pattern,
                              text[person.e:s1]) or _REPORTED.match(text, person.e, s1)
        listed = None if near_after else _listed_before_attend(ann.tokens, token_starts, person.e, s1, text,
                                                                  name_starts | body_chars)  # (市委|巡|察|办: one item)
        # 在分组讨论中，某县委书记某某表示…；某某表示…: those who speak in the meeting's discussion
        f0 = max(text.rfind(c, 0, person.s) for c in "。！？!?\n") + 1
        clause0 = max([f0 - 1] + [text.rfind(c, f0, person.s) for c in "，,；;"]) + 1
        spoke = bool(_DISCUSSION.match(text, f0) and _SPEAKS.match(text, person.e)
                     and re.fullmatch(r"[\u4e00-\u9fff、]{0,24}", text[clause0:person.s]))
        # 仪式上，某局局长某某与企业代表签订协议: the first to act in a sentence opened by the event is at it
        at_event = _AT_THE_EVENT.match(text, f0)
        spoke = spoke or bool(at_event and at_event.end() == clause0
                              and re.fullmatch(r"[\u4e00-\u9fff、]{0,24}", text[clause0:person.s]))
        # 县领导某某、某某，各镇主要负责人，企业代表参加活动: a sentence of those attending
        spoke = spoke or bool(_GROUPS_ATTEND.match(text, person.e, s1))
        # 与会企业家某某说: one of those at the meeting
        spoke = spoke or bool(re.search(r"与会(?:的)?[\u4e00-\u9fff]{0,8}$", text[max(s0, person.s - 10):person.s]))
        # 出席仪式的领导有某某、某某: a list opened by those present
        opened = _LIST_OPEN.search(text, s0, person.s)
        spoke = spoke or bool(opened and re.fullmatch(r"[\u4e00-\u9fff、，,·]{0,60}", text[opened.end():person.s]))
        # 某某为项目揭牌, 某某宣布项目开工: what is done at a ceremony, there
        spoke = spoke or bool(re.match(r"(?:同志)?(?:、[^，。；,;、]{1,14})*等?[^，。；,;]{0,8}?" + _CEREMONY,
                                       text[person.e:s1]))
        # 会议指出…。县委书记某某强调，…: a speaker of the meeting just reported, when one is
        speaks = not (near_after or listed or spoke) and bool(_SPEAKS_UP.match(text, person.e, s1))
        if not near_after and not _ATTEND.search(text[s0:person.s][-6:]) and not listed and not spoke and not speaks:
            continue
        same_before = [e for e in attendable if s0 <= e.s < person.s]
        prior = [e for e in attendable if e.s < s0 and s0 - e.e < 300 and (
            headline_event is not None and e.m.canonical == headline_event.m.canonical or _HELD.match(text, e.e)
            or _HOLDS.search(text, max(0, e.s - 6), e.s))]
        same_after = [e for e in attendable if person.e <= e.s < s1]
        clause = text[person.e:s1]
        # 某某一行到某县调研: a visit, neither the meeting reported before nor the report's own
        visiting = not same_before and not same_after and bool(_VISIT.match(clause))
        if visiting:
            prior = []
        if speaks:
            if not same_before and not prior:
                continue
            same_after = []
        target = (same_before[-1] if same_before else prior[-1] if prior else same_after[0] if same_after
                  else speech_event if speech_event is not None and _REPORTED.match(text, person.e, s1) and not visiting
                  else headline_event if (_present_at(text, person.e, s1) or listed == "present" or spoke)
                  and not visiting
                  else None)
        if target is not None:
            out.append(rel(person, Predicate.ATTENDED, target, "relations.attend_verb", (person.s, person.e)))

    # issuedBy / basedOn around policy documents
    docs = by_type.get(D, [])
    # 关于印发《X》的通知: the text is X's; what it is based on, X is based on
    sent_out = next((x for x in docs if own is not None and x is not own and own.s <= x.s and x.e <= own.e
                     and "印发" in text[own.s:x.s]), None)
    printed = text.find("印发", own.s, own.e) if own is not None else -1
    if sent_out is None and printed >= 0:
        # 关于印发某县某某实施方案的通知 as the title, 《某县某某实施方案》 below: the plan the notice sends out
        sent_out = next((x for x in docs if x is not own and x.m.name in normalize_name(text[printed:own.e])), None)
    for d in docs:
        if d is own:
            continue
        s0, s1 = in_sentence(d)
        before = text[s0:d.s]
        issue = None
        for m in _ISSUE.finditer(before):
            issue = m
        first_after_issue = issue is not None and not any(
            s0 + issue.end() <= o.s < d.s for o in docs if o is not d)
        if issue is not None and first_after_issue and not (issue.group(0) == "审议通过" and (
                title_openers(d) or _BODY_OPENS_TITLE.match(d.m.canonical))):
            # not a body named inside another title (《中共中央关于…》，对照某某印发的《…》); a meeting adopting
            # (审议通过) a title that names its body (《中共某市委关于…的决定》) adopts that body's document
            # (对照某委印发的《甲》，制定了《乙》: the body that printed another title before, not this one)
            cands = [p for p in orgs_and_regions_before(s0 + issue.start(), s0) if p.m.type is O
                     and not any(o.s <= p.s and p.e <= o.e for o in docs)
                     and not (_ISSUED_ANOTHER.match(text, p.e) and any(p.e < o.s < d.s for o in docs))]
            if cands:
                for issuer in _joint(cands, text):
                    out.append(rel(d, Predicate.ISSUED_BY, issuer, "relations.issue_verb", (issuer.s, d.e)))
        by = re.match(r"[》〉]?\s*[，,]?(?:已|已经)?由", text[d.e:d.e + 5])
        if by:
            # 《X》由市委、市政府印发 (会议同意《X》，由某办印发实施): the bodies after 由, when an issuing verb
            # follows them
            after = [o for o in by_type.get(O, []) if d.e + by.end() <= o.s < d.e + by.end() + 30 and o.e <= s1]
            if after and after[0].s == d.e + by.end():
                group = [after[0]]
                for o in after[1:]:
                    if _joint_gap(text[group[-1].e:o.s]) and o.s - group[-1].e <= 3:
                        group.append(o)
                if _ISSUE.search(text, group[-1].e, min(s1, group[-1].e + 14)):
                    for issuer in group:
                        out.append(rel(d, Predicate.ISSUED_BY, issuer, "relations.issued_by", (d.s, issuer.e)))
        if d.s > 1 and text[d.s - 1] == "《" and not any(r.predicate is Predicate.ISSUED_BY and r.head is d.m for r in out):
            # 省委、省政府《关于…的意见》: the bodies named right before the title issued it
            cands = [p for p in orgs_and_regions_before(d.s - 1, s0) if p.m.type is O]
            if cands and cands[-1].e == d.s - 1:
                for issuer in _joint(cands, text):
                    out.append(rel(d, Predicate.ISSUED_BY, issuer, "relations.issuer_before_title", (issuer.s, d.e)))
        if d.s > 0 and not any(r.predicate is Predicate.ISSUED_BY and r.head is d.m for r in out):
            # 《中共中央关于…的意见》, 《某市人民政府关于…》: the body that opens the title
            for opener in title_openers(d):
                out.append(rel(d, Predicate.ISSUED_BY, opener, "relations.title_issuer", (d.s, d.e)))
        basis = None
        for m in _BASIS.finditer(before):
            basis = m
        if basis is not None and any(s0 + basis.end() <= x.s and x.e <= d.s and _ISSUING.search(text, x.e, d.s)
                                     for x in docs):
            basis = None  # 按照《甲》要求，印发《乙》: the verb of basis is 甲's, not 乙's (乙 is made)
        if basis is not None:
            subject = sent_out or own
            if subject is None:
                # 依据《Y》精神，…制定了《X》: the document made later in the sentence rests on Y
                made = _MADE.search(text, d.e, s1)
                subject = next((x for x in docs if made is not None and made.end() <= x.s < s1
                                and text[made.end():x.s].strip("了《 ") == ""), None)
            if subject is None:
                # (落实《Y》和深入贯彻Z学习教育的重要举措: Z is a second thing acted on, not what acts on Y)
                near = [c for c in camps if c.s >= d.e and c.s < s1 and not _acted_on(text, c, d.e)]
                # “某某”专项行动依据《Y》组织实施: the drive the verb of basis follows, when none comes after
                said_of = [c for c in camps if s0 <= c.s and _BASIS_AFTER_DRIVE.fullmatch(text, c.e, s0 + basis.start())]
                # 以“某某”攻坚行动为抓手，按照《Y》部署: the drive taken up as the lever of the sentence
                levers = [m.span(1) for m in (*_TAKEN_AS.finditer(text, s0, d.s), *_MADE_LEVER.finditer(text, s0, d.s))
                          if m.group(0).endswith("抓手")]
                lever = [c for c in camps if any(a <= c.s and c.e <= b for a, b in levers)]
                # (专项整治要按照《Y》要求，…下设甲、乙两个子行动: the drive opening the sentence rests on Y)
                opening = [c for c in said_of if c.s == s0 or text[c.s - 1] in "，,；;：:\n"]
                subject = opening[-1] if opening else near[0] if near else said_of[-1] if said_of \
                    else lever[-1] if lever else None
            if subject is not None:
                out.append(rel(subject, Predicate.BASED_ON, d, "relations.basis", (s0 + basis.start(), d.e)))
            for c in [c for c in camps if d.e <= c.s < s1 and not any(x.s <= c.s and c.e <= x.e for x in docs)
                      and not _acted_on(text, c, d.e)
                      # (按照《甲》要求，印发《乙》，下设某行动: 乙 rests on 甲, and the drives after it on 乙)
                      and not any(d.e <= x.s and x.e <= c.s and "印发" in text[d.e:x.s] for x in docs)
                      and "下设" not in text[d.e:c.s]  # (the parts set up under a drive rest on it, not on Y)
                      # (印发《某某活动实施方案》，活动下设某行动: the plan names its drive; the one after is a part)
                      and not any(d.s <= y.s and y.e <= d.e for y in camps)][:1]:
                if subject is not c:
                    out.append(rel(c, Predicate.BASED_ON, d, "relations.basis", (s0 + basis.start(), c.e)))
    # a campaign named in a document's title acts on it (《关于在全党开展X的通知》, 《X计划》)
    seen_basis: set[tuple[str, str]] = set()
    for d in docs:
        if d is own:
            continue
        title = d.m.canonical
        for c in camps:
            key = (c.m.canonical, title)
            if len(c.m.canonical) >= 4 and c.m.canonical in title and not title.startswith(c.m.canonical + "的") \
                    and key not in seen_basis and not (d.s <= c.s and c.e <= d.e):
                seen_basis.add(key)
                out.append(rel(c, Predicate.BASED_ON, d, "relations.named_in_title", (d.s, d.e)))
    if own is not None and own.s > 0:
        # 中共某县委办公室　某县人民政府办公室\n关于印发《X》的通知: the bodies heading the notice
        # issue it and the plan it sends out
        before_title = [o for o in by_type.get(O, []) if o.e <= own.s]
        header = _joint(before_title, text) if before_title and _joint_gap(text[before_title[-1].e:own.s]) else []
        issued_inside = [x for x in docs if own.s <= x.s and x.e <= own.e and x is not own]
        for issuer in header:
            for x in [own] + issued_inside:
                out.append(rel(x, Predicate.ISSUED_BY, issuer, "relations.header_issuer", (issuer.s, own.e)))
    if own is not None and not any(r.predicate is Predicate.ISSUED_BY and r.head is own.m for r in out):
        if openers := title_openers(own):
            # 某某局关于开展…的通知 as the document's own title: the body opening it issued it
            for opener in openers:
                out.append(rel(own, Predicate.ISSUED_BY, opener, "relations.title_issuer", (own.s, own.e)))
        else:
            for s0, s1 in sents:
                seg = text[s0:s1]
                if not re.search(r"(决定|现制定|特制定|制定本|制定如下|印发)", seg):
                    continue
                k = (re.search(r"决定", seg) or re.search(r"现制定|特制定|制定本|制定如下", seg) or re.search(r"制定|印发", seg)).start()
                cands = [p for p in orgs_and_regions_before(s0 + k, s0) if p.m.type is O]
                if cands:
                    out.append(rel(own, Predicate.ISSUED_BY, cands[-1], "relations.self_issue", (cands[-1].s, s0 + k + 2)))
                    break

    # 关于印发《X》的通知 (or 〈X〉 inside a cited notice): whoever issued the notice issued X
    for x in docs:
        if any(r.predicate is Predicate.ISSUED_BY and r.head is x.m for r in out):
            continue
        wrapper = next((w for w in docs if w is not x and w.s <= x.s and x.e <= w.e and (w.s, w.e) != (x.s, x.e)
                        and "印发" in text[w.s:x.s]), None)
        if wrapper is None and x is sent_out:
            wrapper = own  # (the notice's title names the plan without 《》)
        if wrapper is None:
            continue
        for r in [r for r in out if r.predicate is Predicate.ISSUED_BY and r.head is wrapper.m]:
            out.append(rel(x, Predicate.ISSUED_BY, placed_of[id(r.tail)], "relations.sent_out", (wrapper.s, wrapper.e)))

    # the body issuing a campaign's plan (《X三年行动计划》由市委、市政府印发) runs the campaign; an office
    # issuing it does so for its committee or government (市委办公室 -> 市委)
    issuers: dict[int, list[Placed]] = {}
    for r in out:
        if r.predicate is Predicate.ISSUED_BY:
            issuers.setdefault(id(r.head), []).append(r.tail)
    seen_run: set[tuple[str, str]] = set()
    for r in list(out):
        if r.predicate is not Predicate.BASED_ON or r.head.type is not C or r.extractor != "relations.named_in_title":
            continue
        camp_p, doc_p = placed_of.get(id(r.head)), placed_of.get(id(r.tail))
        if camp_p is None or doc_p is None:
            continue
        for body_m in issuers.get(id(doc_p.m), []):
            body = placed_of.get(id(body_m))
            if body is None:
                continue
            if _OFFICE_END.search(body.m.canonical):  # (县委办 is 县委办公室)
                body = org_by_canonical.get(_OFFICE_END.sub("", body.m.canonical))
                if body is None:
                    continue
            for actor in {id(body): body, id(as_actor(body)): as_actor(body)}.values():
                key = (actor.m.canonical, camp_p.m.canonical)
                if key not in seen_run:
                    seen_run.add(key)
                    out.append(rel(actor, Predicate.CONDUCTS, camp_p, "relations.plan_issuer", (doc_p.s, doc_p.e)))
    # 某工委《关于在全市开展X的通知》: the drive a notice's title launches is run by whoever issued the notice
    # (and by the place its region-wide word names, read above)
    for d in docs:
        bodies = [b for b in (placed_of.get(id(m)) for m in issuers.get(id(d.m), [])) if b is not None and b.m.type is O]
        inside = {id(c.m): c for c in camps if d.s <= c.s and c.e <= d.e and _LAUNCH_IN_TITLE.search(text, d.s, c.s)}
        if not bodies or not inside:
            continue
        for c in inside.values():
            for body in bodies:
                body = org_by_canonical.get(_OFFICE_END.sub("", body.m.canonical), body) \
                    if _OFFICE_END.search(body.m.canonical) else body
                if (body.m.canonical, c.m.canonical) not in seen_run:
                    seen_run.add((body.m.canonical, c.m.canonical))
                    out.append(rel(body, Predicate.CONDUCTS, c, "relations.plan_issuer", (d.s, d.e)))

    # investsIn: an organisation named inside a project's name, or before 投资/建设 + project
    orgs = by_type.get(O, [])
    companies = Counter(o.m.canonical for o in orgs if _COMPANY_END.search(o.m.canonical))
    own_company = None
    if companies:
        top, n_top = companies.most_common(1)[0]
        if n_top >= 2 and (len(companies) == 1 or companies.most_common(2)[1][1] < n_top):
            own_company = next(o for o in orgs if o.m.canonical == top)
    def invests(investor: Placed, proj: Placed, s0: int) -> None:
        """investor invests in proj; so does a company named with it (甲公司与乙公司合资建设X)."""
        partner = next((o for o in reversed(orgs) if s0 <= o.s and o.e < investor.s
                        and _PARTNER_GAP.fullmatch(text, o.e, investor.s) and _COMPANY_END.search(o.m.canonical)), None)
        if partner is None or not _PUBLIC_BODY_END.search(investor.m.canonical):
            # (某公司与某开发区管委会签约X项目: the company invests, the public body signs for the place)
            out.append(rel(investor, Predicate.INVESTS_IN, proj, "relations.invest_verb", (investor.s, proj.e)))
        if partner is not None:
            out.append(rel(partner, Predicate.INVESTS_IN, proj, "relations.invest_verb", (partner.s, proj.e)))

    for proj in by_type.get(PR, []):
        # (a plant improved by the project, 某水厂|改造项目, is its object, not its investor)
        inner = [o for o in orgs if proj.s <= o.s and o.e <= proj.e and _COMPANY_END.search(o.m.canonical)
                 and not (o.m.canonical.endswith(("厂", "站", "所")) and o.e < proj.e)]
        if inner:
            out.append(rel(inner[0], Predicate.INVESTS_IN, proj, "relations.nested_name", (proj.s, proj.e)))
            continue
        s0, _ = in_sentence(proj)
        investor = next((o for o in reversed(orgs) if s0 <= o.s and o.e <= proj.s and proj.s - o.e <= 20
                         # 某公司投资建设X项目; 某公司(的)年产…项目: the company's own plant
                         and (_COMPANY_END.search(o.m.canonical)
                              and (INVESTOR_GAP.fullmatch(text, o.e, proj.s) or text[o.e:proj.s] in ("", "的"))
                              # a company known by its brand (某某时代将投资…建设): an explicit 投资, no public body
                              or not _PUBLIC_BODY_END.search(o.m.canonical) and "投资" in text[o.e:proj.s]
                              and INVESTOR_GAP.fullmatch(text, o.e, proj.s))),
                        None)
        if investor is not None:
            invests(investor, proj, s0)
            continue
        back = _COMPANY_BACKREF.search(text, max(s0, proj.s - 12), proj.s)
        if back is None and proj.s > s0:
            # 集团承建的甲项目和乙工程: the second of two projects the back-reference names
            prev = next((p for p in reversed(by_type.get(PR, [])) if s0 <= p.e <= proj.s
                         and re.fullmatch(r"[和、及与]", text[p.e:proj.s])), None)
            back = _COMPANY_BACKREF.search(text, max(s0, prev.s - 12), prev.s) if prev is not None else None
        if back is not None and any(o.s < back.end() and back.start() < o.e for o in orgs):
            back = None  # 某某集团承建的: the company is named, not referred back to
        if back is not None and own_company is not None:
            # 集团承建的某某项目 in a report about one company group: the group builds it
            out.append(rel(own_company, Predicate.INVESTS_IN, proj, "relations.company_backref",
                           (back.start(), proj.e)))
            continue
        before = text[s0:proj.s]
        inv = None
        for m in _INVEST.finditer(before):
            inv = m
        if inv is not None and _INVEST_GAP.fullmatch(text, s0 + inv.end(), proj.s):
            cands = [o for o in orgs if s0 <= o.s and o.e <= s0 + inv.start()]
            if cands and s0 + inv.start() - cands[-1].e <= 4:
                invests(cands[-1], proj, s0)
                continue
            signer = next((o for o in reversed(cands) if _COMPANY_END.search(o.m.canonical)
                           and _SIGNED_WITH.fullmatch(text, o.e, s0 + inv.start())), None)
            # 某公司与某区政府签约，投资9.5亿元在某镇建设X: the company that signed, then invests
            then_builds = next((o for o in cands if _COMPANY_END.search(o.m.canonical)
                                and _SIGNED_THEN_BUILDS.fullmatch(text, o.e, proj.s)), None)
            if then_builds is not None:
                invests(then_builds, proj, s0)
                continue
            if signer is not None and inv.group(0) == "签约":
                # 某公司与某开发区(管委会)签约X项目: the company with the body signing for the place
                invests(signer, proj, s0)
                continue
        # X项目（总投资…），由某公司(等企业)(牵头|负责)投资建设
        by = _BUILT_BY.match(text, proj.e)
        if by and (any(proj.e <= p.s < by.end() for p in by_type.get(PR, [])) or "其中" in text[proj.e:by.end()]):
            by = None  # …等重点项目建设，其中某项目…由某公司: said of the other project
        named = None if by else _INVESTOR_NAMED.match(text, proj.e)  # X项目，投资方为某公司 / …的建设单位是某公司
        if by or named:
            investor = next((o for o in orgs if o.s == (by or named).end()), None)
            if investor is not None and (_COMPANY_END.search(investor.m.canonical) and (named or _BUILDS.match(text, investor.e))
                                         or _BODY_BUILDS.match(text, investor.e)):
                out.append(rel(investor, Predicate.INVESTS_IN, proj, "relations.built_by", (proj.s, investor.e)))
    # 某公司与某县人民政府签订X项目合作协议: the company signing for the project invests in it
    for proj in by_type.get(PR, []):
        s0, _ = in_sentence(proj)
        signed = _SIGNED_FOR.search(text, max(s0, proj.s - 6), proj.s)
        if signed is None or not _AGREEMENT_AFTER.match(text, proj.e):
            continue
        clause0 = max([s0] + [text.rfind(c, s0, signed.start()) + 1 for c in "，,；;：:"])
        for party in orgs_and_regions_before(signed.start(), clause0):
            if party.m.type is O and _COMPANY_END.search(party.m.canonical):
                out.append(rel(party, Predicate.INVESTS_IN, proj, "relations.signed_for", (party.s, proj.e)))

    # a report about a town (named more often than any county or city): its projects lie in the town
    town_counts = Counter(r.m.canonical for r in by_type.get(R, []) if r.m.attr("level") == "town")
    home_town = None
    if town_counts and primary_p is not None:
        town, n_town = town_counts.most_common(1)[0]
        n_primary = sum(1 for r in by_type.get(R, []) if r.m.attr("region_key") == primary_p.m.attr("region_key"))
        if n_town > n_primary and (len(town_counts) == 1 or town_counts.most_common(2)[1][1] < n_town):
            home_town = next(r for r in by_type.get(R, []) if r.m.canonical == town)
    # locatedIn: the region inside a name, 在X举行, or the document's own region for local things
    candidates: dict[str, list] = {}
    located: dict[int, Placed] = {}  # id(Placed) of events -> region, for projects named inside them
    national = re.compile(r"习近平|总书记|党中央|中央|国务院|全国")
    local_org = re.compile(r"(中学|小学|学校|医院|学院|大学|合作社|中心|党校)$")
    for thing in by_type.get(E, []) + by_type.get(O, []) + by_type.get(PR, []):
        inner = [r for r in by_type.get(R, []) if thing.s <= r.s and r.e <= thing.e and (r.s, r.e) != (thing.s, thing.e)]
        region = None
        s0, s1 = in_sentence(thing)
        inner = [r for r in inner if not text.startswith("特色", r.e)]  # 中国特色社会主义: no place
        # 位于某镇的某公司 / 地处某区的某项目: the place said right before the name
        lead = _PLACED_LEAD.search(text, max(s0, thing.s - 24), thing.s) if thing.m.type in (O, PR) else None
        stated = next((r for r in by_type.get(R, []) if lead is not None and (r.s, r.e) == lead.span(1)), None)
        if thing.m.type is PR and not inner and stated is None \
                and not any(o.s == thing.s for o in by_type.get(O, [])):  # 洛阳某公司…项目: the company's name
            # 宁安市某某度假区, 凤凰古城某某项目: the region right before the name, or opening it
            opening = next((r for r in by_type.get(R, []) if r.e == thing.s and r.s >= s0), None) \
                or _opening_region(text, thing, by_type.get(R, []), ann.tokens, token_starts)
            inner = [opening] if opening is not None else inner
        if stated is None and thing.m.type is PR:
            # 某街道的X项目 / 在某街道，X项目…: the place right before the name, joined by 的 or set before it
            stated = next((r for r in by_type.get(R, []) if r.s >= s0 and r.e == thing.s - 1 and (
                text[r.e] == "的" or text[r.e] in "，," and text[r.s - 1:r.s] == "在")), None)
            if stated is not None:
                stated = last_of_run(stated)
        if stated is None and thing.m.type is PR and not inner:
            # 在某镇，某公司投资…建设的X项目开工 / 在某县分会场，…X项目: the place the clause is set in
            clause0 = max(s0, max(text.rfind(ch, s0, thing.s) for ch in "；;") + 1)
            setting = _CLAUSE_SETTING.match(text, clause0, thing.s)
            # (not where it was signed or promoted: 在某市，某县与某公司签约X项目)
            if setting is not None and "在" not in text[setting.end():thing.s] \
                    and not _DEALT.search(text, setting.end(), min(s1, thing.e + 6)):
                stated = next((r for r in reversed(by_type.get(R, [])) if setting.start(1) <= r.s
                               and r.e == setting.end(1)), None)
        if stated is None and thing.m.type is E:
            # 在某县召开的X会议上: the place of the holding verb before the name
            b = _HELD_BEFORE.search(text, max(s0, thing.s - 20), thing.s)
            stated = next((r for r in reversed(by_type.get(R, [])) if b is not None
                           and b.start(1) <= r.s and r.e == b.end(1)), None)
            if stated is None:
                # 某镇召开X推进会: the place holding the meeting, named right before the verb, is where it is
                held = next((r for r in by_type.get(R, []) if r.s >= s0 and r.e == thing.s - 2
                             and text[r.e:thing.s] in ("召开", "举行", "举办")), None)
                if held is not None and not (inner and not any(
                        r.m.attr("region_key") in _ancestor_keys(ctx, held) for r in inner)):
                    stated = last_of_run(held)
        if stated is None and thing.m.type in (PR, E):
            # X项目位于某镇 / X仪式在某区举行: a place stated for the thing wins over one inside its name
            said = _STATED_AFTER.match(text, thing.e, s1) if thing.m.type is PR else _HELD_AT.match(text, thing.e, s1)
            stated = max((r for r in by_type.get(R, []) if said is not None and r.s == said.end()
                          and (thing.m.type is PR or re.match(_VENUE_THEN_HELD, text[r.e:r.e + 24]) or
                               any(r2.s == r.e for r2 in by_type.get(R, [])))),
                         key=lambda r: r.e - r.s, default=None)  # (海南|某某开发区: the zone named with its province)
            if stated is not None:
                stated = last_of_run(stated)  # 在某县某镇举行: the last of the places run together
            if stated is not None and thing.m.type is E and inner and not any(
                    r.m.attr("region_key") in _ancestor_keys(ctx, stated) for r in inner):
                stated = None  # a meeting's venue refines the region it is named after, no more
        if stated is None and thing.m.type is PR and inner:
            # 在某镇建设某县某某中心: the place of the building verb refines the place the name opens with
            b = _PLACED_BEFORE.search(text, max(s0, thing.s - 24), thing.s)
            at = [r for r in by_type.get(R, []) if b is not None and b.start(1) <= r.s and r.e <= b.end(1)]
            if at and inner[-1].m.attr("region_key") in _ancestor_keys(ctx, at[-1]):
                stated = at[-1]
        if stated is None and thing.m.type is PR and not _PLACED_BEFORE.search(text, max(s0, thing.s - 24), thing.s):
            # 某开发区与某公司签订投资协议，后者将投资…建设X: the place that signed for the project has it
            stated = next((r for r in by_type.get(R, []) if s0 <= r.s and r.e < thing.s
                           and (r.s == s0 or text[r.s - 1] in "，,") and _PLACE_SIGNED.match(text, r.e)
                           and r.m.attr("level") in ("zone", "county", "town")), None)
        if stated is not None:
            region = stated
        elif inner:
            region = inner[-1] if thing.m.type is PR else inner[0]
            for deeper in inner[1:] if thing.m.type is O else []:
                if region.m.attr("region_key") in _ancestor_keys(ctx, deeper):
                    region = deeper  # 某区某镇中心小学: the town, the district's part
            if (thing.m.type is PR or thing.m.type is O and local_org.search(thing.m.canonical)
                    and not _REGION_STEM.search(region.m.name)) \
                    and primary_p is not None and region.m.attr("region_key") in _ancestor_keys(ctx, primary_p):
                region = primary_p  # 山西…园区 in a report about a city of Shanxi: that city
            elif thing.m.type is O and local_org.search(thing.m.canonical) and region.m.attr("level") == "province" \
                    and primary_p is not None and region.m.attr("region_key") in _ancestor_keys(ctx, primary_p):
                region = None  # 某某省果业中心, 中共某某省委党校: the province's body, its seat not given
        elif thing.m.type is O and thing.m.attr("region_key"):
            # a committee, government or department of a region lies there; a group or office it set up
            # for a task (某市委某某领导小组, 某省委督导组, 市委常委会) is said to be nowhere
            region = region_by_key.get(thing.m.attr("region_key")) \
                if not re.search(r"(?:组|组办公室|常委会)$", thing.m.canonical) else None
        else:
            after = text[thing.e:s1]
            m = _PLACED_AFTER.match(after)
            if m and thing.m.type is O and m.group(0).endswith("在"):
                m = None  # 某大学在某镇建设…: where it acts, not where it is
            if m:
                at = [r for r in by_type.get(R, []) if thing.e + m.end() <= r.s <= thing.e + m.end() + 2]
                region = at[0] if at else None
            if region is None and thing.m.type is PR:
                # 在某镇建设某项目: the place of the building verb before the name
                b = _PLACED_BEFORE.search(text, max(s0, thing.s - 24), thing.s) \
                    or _PLACE_INVESTS.search(text, max(s0, thing.s - 24), thing.s)
                if b:
                    at = [r for r in by_type.get(R, []) if b.start(1) <= r.s and r.e <= b.end(1)]
                    region = at[-1] if at else None
            if region is None and thing.m.type is PR:
                host = next((located[id(e)] for e in by_type.get(E, []) if id(e) in located
                             and e.s <= thing.s and thing.e <= e.e), None)
                region = host
            if region is None:
                lead = strip_quotes(thing.m.name)[:2]  # as written: 全省X会议 even when keyed 某省X会议
                if lead in _LOCAL_WIDE and thing.m.type in (PR, E):
                    region = home_placed(_LOCAL_WIDE[lead])
                elif thing.m.type is E and len(thing.m.canonical) > 2 and thing.m.canonical[1] == "委":
                    region = home_placed(level_of_char(thing.m.canonical[0]))
                elif thing.m.type is PR:
                    # the report's own city, county or zone; a province's report spans places it leaves unsaid
                    region = home_town or (primary_p if primary_p is not None
                                           and primary_p.m.attr("level") != "province" else None)
                elif thing.m.type is O and local_org.search(thing.m.canonical) and thing.m.extractor != "orgs.national":
                    # 市某某中心: the report's own city, whatever region it names most; 湖北…学院 in a
                    # Yichang report: the report's region. A school or centre that names no place is left unplaced.
                    if thing.m.canonical[0] in "省市县区":
                        region = home_placed(level_of_char(thing.m.canonical[0]))
                    elif _named_after(ctx, thing.m.canonical, primary_p):
                        region = primary_p
                elif (thing.m.type is E and thing.m.extractor == "events.head"
                      and not national.search(text[s0:s1]) and not national.search(thing.m.canonical)):
                    region = primary_p  # a meeting reported by a local page, with no place of its own
        if region is not None and region.m is not thing.m:
            if thing.m.type is O and thing.m.attr("region_key") and thing.m.attr("region_key") == region.m.attr("region_key"):
                # the region's own committee, government or department serves it: its jurisdiction, not a
                # place it was found in (annotators disagree on the latter, and the link is not lost)
                out.append(rel(thing, Predicate.JURISDICTION, region, "relations.jurisdiction", (thing.s, thing.e)))
                continue
            if thing.m.type is E:
                located[id(thing)] = region
            guess = (region is primary_p or region is home_town) and not inner
            if guess and thing.m.type is O:
                # a body's seat is not guessed from the report's region (县人民医院, 某某职业技术学院): on the
                # development sets such guesses were never right where the gold says where the body is
                continue
            candidates.setdefault(thing.m.canonical, []).append(
                (guess, rel(thing, Predicate.LOCATED_IN, region, "relations.location", (thing.s, thing.e))))
    # 某集团…，集团总部位于某国某市: the company's seat, said of it by name or by its kind
    for seat in _SEAT.finditer(text):
        s0, _ = sentence_at(sents, seat.start())
        kind = seat.group(1)
        company = next((o for o in reversed(by_type.get(O, [])) if s0 <= o.s and o.e <= seat.start()
                        and seat.start() - o.e <= 80 and o.m.canonical.endswith(kind or ("集团", "公司"))
                        and (kind or o.e == seat.start())), None)
        place = region_at.get(seat.end())
        if place is not None:
            place = last_of_run(place)  # 德国某市: the city
        if company is not None and place is not None:
            candidates.setdefault(company.m.canonical, []).append(
                (False, rel(company, Predicate.LOCATED_IN, place, "relations.seat", (company.s, place.e))))
    # X工程，总投资…，涉及某县甲镇、乙镇、丙镇: a project spanning the places listed lies in each of them
    for proj in by_type.get(PR, []):
        s1 = in_sentence(proj)[1]
        spans = _SPANS_PLACES.match(text, proj.e, s1)
        if spans is None:
            continue
        places, pos = [], spans.end()
        while (place := region_at.get(pos)) is not None:
            place = last_of_run(place)  # 某县|甲镇
            places.append(place)
            pos = place.e + 1 if text[place.e:place.e + 1] in ("、", "和", "及") else -1
        for place in places:
            candidates.setdefault(proj.m.canonical, []).append(
                (False, rel(proj, Predicate.LOCATED_IN, place, "relations.location", (proj.s, place.e))))
    # the document's own region is only a default: a place stated for any mention wins
    # and of the places read for one thing, one lying inside another is the more precise (某州某某中心 said to lie
    # 位于某某经济开发区: the zone, not the prefecture)
    for found in candidates.values():
        chosen = [r for guess, r in found if not guess] or [r for _, r in found]
        above = set().union(*(_mention_ancestor_keys(ctx, r.tail) for r in chosen))
        out.extend(r for r in chosen if r.tail.attr("region_key") not in above)
    return out


# A clause set in a place: 在某镇，… / 在某县分会场，… (the place, then a venue there, then a comma)
_DEALT = re.compile(r"签约|签订|签署|洽谈|推介|招商")
_CLAUSE_SETTING = re.compile(r"\s*在([\u4e00-\u9fff]{2,20}?)(?:主会场|分会场|会场|现场)?[，,]")
# What a project spans, said after its name and amount: ，总投资4.6亿元，涉及|覆盖|分布在
_SPANS_PLACES = re.compile(r"(?:[，,][^，,。；;]{0,20})?[，,](?:项目)?(?:涉及|覆盖|分布在|分布于|横跨|途经|贯穿)")


# A run of names and posts before an attendance verb (主任某某，主席某某，副书记某某等市领导出席):
# nothing but names, posts, bodies and separators in between.
_LIST_TAGS = {"PER", "ORG", "LOC", "n", "nr", "nt", "ns", "nz", "w", "c", "b", "f"}
_LIST_FILLER = {"等", "同志", "主要", "负责", "有关", "相关", "部分"}  # (某镇党委主要负责同志参加)
_LIST_REACH = 90


# A name studied, not present: 贯彻落实某某总书记视察…重要讲话精神
_STUDIED_PERSON = re.compile(r"(?:贯彻|落实|学习|领会|践行)[^，。；;]{0,4}$")
# A sentence opening with the meeting's discussion (在分组讨论中，), and a speaker's verb after a name
_DISCUSSION = re.compile(r"\s*在(?:(?:分组讨论|小组讨论|分组审议|讨论|交流发言|座谈交流|交流研讨|研讨交流)(?:中|时|环节)"
                         r"|[^，,。；;]{2,40}?(?:会|会议|大会|全会|仪式|座谈会|论坛|读书班)上)[，,]")
_AT_THE_EVENT = re.compile(r"\s*在?(?:签约仪式|仪式|会议|大会|推介会|发布会|座谈会|活动|会)(?:上|中|现场)[，,]")
_SPEAKS_UP = re.compile(r"(?:同志)?(?:(?:强调|指出|要求)[，,：:]"
                        r"|就[^，。；,;：:]{2,20}?(?:提出(?:了)?(?:具体|明确)?要求|作出(?:了)?(?:具体)?部署|作(?:了)?(?:具体)?安排))")
_SPEAKS = re.compile(r"(?:同志)?(?:在(?:交流)?发言中|发言(?:中|时)?)?(?:表示|说|介绍|指出|强调|谈到|认为|提出|汇报)")
# Speakers taking turns, said at the end of a paragraph before their own paragraphs
_TAKE_TURNS = re.compile(r"(?:先后|依次|轮流|逐一)(?:作了?)?(?:交流|表态|典型)?发言|作了?(?:交流|表态|典型)发言")
# The rest of a sentence listing those present by groups: 、某某，各镇主要负责人，企业代表参加活动
_GROUPS_ATTEND = re.compile(r"(?:、[\u4e00-\u9fff·]{2,8})*等?(?:[\u4e00-\u9fff]{0,8}(?:同志|领导))?"
                            r"(?:[，,、][^，,。；;]{2,30}?(?:负责人|负责同志|代表|干部|同志|委员|领导|成员|人员|群众))+"
                            r"等?(?:参加|出席|列席)了?(?:会议|活动|仪式|全会|大会|座谈会)?[。；;]?$")


# Those present, listed after the words that open the list: 出席仪式的领导有, 参加会议的还有
_LIST_OPEN = re.compile(r"(?:出席|参加|列席)[^，。；,;：:\n]{0,40}?的(?:领导|同志|嘉宾|人员|市领导|县领导|省领导)?"
                        r"(?:有|还有|包括)[：:]?")
# What is done at a ceremony by those there: 为项目揭牌, 剪彩, 颁奖, 宣布项目开工
_CEREMONY = (r"(?:共同)?(?:为[^，,。；;]{1,16}?)?(?:揭牌|剪彩|颁奖|授牌|授旗|培土|奠基)"
             r"|宣布[^，,。；;]{0,10}?(?:开工|开幕|启动|开班|成立)")


# Being there, as opposed to speaking of something elsewhere (讲话, 调研 may be about another visit).
_LEADERS_GROUP = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:领导|同志|负责人|负责同志|嘉宾)")
_ON_THE_PLATFORM = re.compile(r"在主席台(?:上|前排|后排)?就座")
_PRESENT = re.compile(r"(出席|参加|主持|致辞|列席|到会|参会|发言(?!人)|陪同|就座|见证)")


# A body speaking of itself by its kind (学校深入开展…, 集团组织开展…), adverbs at most before the verb
_SELF_WORD = re.compile(r"(?:^|[，,。；;：:\s、])(?:同时[，,]?)?(学校|我校|全校|集团|集团公司|公司|医院|我院|学院)"
                        r"(?:党委)?[\u4e00-\u9fff]{0,4}$")
_SCHOOLS, _GROUPS = ("大学", "学院", "学校", "中学", "小学"), ("集团", "集团有限公司")
_SELF_KIND = {"学校": _SCHOOLS, "我校": _SCHOOLS, "全校": _SCHOOLS, "学院": ("学院",), "集团": _GROUPS,
              "集团公司": _GROUPS, "公司": ("公司",), "医院": ("医院",), "我院": ("医院", "学院")}


def _self_reference(text: str, verb_at: int, s0: int, orgs: list[Placed]) -> Placed | None:
    """The body a report is about, when the sentence names it by its kind before the verb
    (学校深入开展X in a university's report): the most often named body of that kind."""
    lo = max(s0, verb_at - 12)
    m = _SELF_WORD.search(text[lo:verb_at])  # the sentence's start counts as a boundary
    if m is None or not re.fullmatch(r"(?:党委)?(?:深入|扎实|广泛|积极|持续|全面|组织|认真|同步)*",
                                     text[lo + m.end(1):verb_at]):
        return None
    kind = _SELF_KIND[m.group(1)]
    bodies = Counter(o.m.canonical for o in orgs if o.m.canonical.endswith(kind))
    if not bodies:
        return None
    best = max(bodies, key=lambda n: (bodies[n], -len(n)))
    return next(o for o in orgs if o.m.canonical == best)


# What is quoted without being a formulation of a campaign: a five-year plan's period (十四五),
# the words of a speaker (我们…), a question put to the discussion (处于什么位置、怎样…)
_NO_FORMULATION = re.compile(r"^十[一二三四五六七八九]?五$|我们|什么|怎样|怎么|如何|吗$|？|\?")


# A formulation tied to a campaign only by its paragraph or its document is no part of it when it names a
# programme of its own (落实“某某”战略, 推进“某某”建设, 擦亮“某某”品牌) or is a figure of speech (成为…的“某某”。)
_ASSOCIATED_BY_CONTEXT = ("relations.slogan_paragraph_campaign", "relations.slogan_document_campaign")
_OTHER_PROGRAMME_AFTER = re.compile(r"[”\"」]?(?:的目标|战略|品牌|建设|问题|宣传|精神|系列|[\u4e00-\u9fff]{1,4}品牌)")
_CLAUSE_END = re.compile(r"[”\"」]?[，。；！,;!]")
_SPEAKER_OPENS = re.compile(r"\s*[^，,。；;\n]{2,30}?(?:表示|说|介绍|谈到|坦言)[，,：:]")
# A plan's title: 实施方案, 工作方案, 行动方案, 行动计划, 实施意见 (the notice sending one out ends in 的通知)
_PLAN_TITLE = re.compile(r"(?:实施|工作|行动)?方案|行动计划|实施意见")
# 关于印发《某某实施方案》的通知: a notice printing a plan, its title on a line of its own
_NOTICE_TITLE = re.compile(r"关于(?:印发|转发|下发)《[^》\n]+(?:方案|行动计划|实施意见)》的通知$")
_UNITS_CARRY_OUT = re.compile(r"(?:^|(?<=[。！；\n]))\s*((?:全[市县区省州])?各(?:部门|战线|地|级|单位|县区|县市区|乡镇|系统))"
                              r"[^。；]{0,20}?(?:积极|深入|广泛|扎实|普遍)?(?:开展|实施|推出)")
_LAUNCH_BEFORE = re.compile(r"(?:开展|实施|启动|推进|部署)了?$")
_LISTED_KIND = re.compile(r"[”\"」]?等(?:专项行动|专项活动|活动|行动|子行动)")
_MEETING_HEAD = re.compile(r"(?:会议|大会|推进会|现场会|座谈会|动员会|部署会|调度会)")
_ALONGSIDE = re.compile(r"(?:同步|同时|一并|并行)(?:开展|推进|实施|启动)?$")
_CLAUSE_BREAK = re.compile(r"[，。；：！？,;:!?\n]")
_FIGURE_BEFORE = re.compile(r"(?:的|称为|誉为|称作|叫作|号称)[“\"「]?$")


# 把专项行动同某三年行动结合起来, 落实全市“某某攻坚年”部署: a drive joined to the one spoken of, or a higher
# body's drive carried out, is not the paragraph's own
_JOINED_BETWEEN = re.compile(r"[”\"」]?(?:活动|行动)?[与同和][“\"「]?")
_JOINED_TO = re.compile(r"[”\"」]?(?:活动|行动)?(?:有机|紧密)?相?结合")
_DEPLOYED = re.compile(r"[”\"」]?(?:活动|行动)?的?(?:部署|要求|安排)")
_CARRYING_OUT = re.compile(r"落实[^。；;，,]{0,20}$")


def _joined_or_deployed(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2):start].rstrip("“\"「")
    return bool(before.endswith(("同", "与", "和")) and _JOINED_TO.match(text, end)
                or _DEPLOYED.match(text, end) and _CARRYING_OUT.search(text, max(0, start - 21), start))


# A brand (让“某某”品牌叫响), a problem named (整治“某某”等突出问题), a pair of figures (以“小某”带动“大某”)
_BRAND_OR_PROBLEM_AFTER = re.compile(r"[”\"」]?(?:区域公用品牌|公用品牌|品牌|等(?:突出|重点)?问题)")
_FIGURE_PAIR = re.compile(r"以[“\"]([^”\"\n]{1,8})[”\"](?:带动|推动|促进|撬动|激活|托起)[“\"]([^”\"\n]{1,8})[”\"]")


def _brand_problem_or_figure(text: str, start: int, end: int) -> bool:
    """The quoted words at start..end name a brand or a problem, or are one of a pair of figures."""
    if _BRAND_OR_PROBLEM_AFTER.match(text, end):
        return True
    return any(pair.start(1) == start or pair.start(2) == start
               for pair in _FIGURE_PAIR.finditer(text, max(0, start - 16), min(len(text), end + 16)))


def _own_programme_or_figure(text: str, start: int, end: int) -> bool:
    """The quoted formulation at start..end names a programme of its own or is a figure of speech."""
    return bool(_OTHER_PROGRAMME_AFTER.match(text, end)
                or _FIGURE_BEFORE.search(text, max(0, start - 2), start) and _CLAUSE_END.match(text, end))


# A quoted name of a channel (通过“某某发布”等平台, “某某公众号”) is no formulation (a group's name, “某某宣讲团”,
# is no slogan at all: see slogans._TEAM_NAME)
_CHANNEL_AFTER = re.compile(r"[”\"」]?(?:[“\"「][^”\"」]{1,12}[”\"」])*等?(?:平台|网站|公众号|客户端|栏目|专栏|载体|阵地)")
_CHANNEL_END = re.compile(r"(?:公众号|客户端)$")


# A project's place said right after it (…项目位于某镇, …工程总投资9亿元，位于某街道, …项目签约某镇,
# …园由某公司负责建设，选址某县)
_STATED_AFTER = re.compile(r"(?:（[^）]{0,30}）|\([^)]{0,30}\))?[，,]?\s*(?:(?:该项目|项目)?总投资[\d.]+\s*(?:万|亿)元[，,]\s*)?"
                           r"(?:由[^，,。；;]{2,20}?(?:负责)?(?:建设|承建|投资建设|实施|运营)[，,]\s*)?"
                           r"[（(]?(?:项目)?(?:落户于|落户|位于|选址于|选址在|选址|坐落于|签约落户|签约|在(?=[\u4e00-\u9fff]{2,12}?(?:签约|落地|开工)))")
# An appointment right after a name: 某某(同志)任/担任/当选为 + body and post
_APPOINTED = re.compile(r"(?:同志)?(?:等)?(?:任|担任|出任|当选为|任命为|兼任|递补为|增补为|补选为)")
# 任命某某为…, 提名某某为…: the appointing verb before the name, 为 after it
_APPOINTING = re.compile(r"(?:任命|提名|推荐|选举|决定|递补|增补|补选)$")
_NAMED_AS = re.compile(r"(?:同志)?为")
# A short biography after a name: 某某，男，汉族，1970年生，现任某县委书记
_BIO_NOW = re.compile(r"[，,]\s*[男女][，,][^。；;\n]{0,60}?[，,]\s*现任")
# A title naming its level (副县长, 常务副市长), and what may stand before the first post of a chain
_LEVEL_TITLE = re.compile(r"(?:常务|代)?副?[省市县区州旗镇乡]长")
_CHAIN_OPEN = ("", "，", ",", "；", ";", "。", "：", ":", "\n", " ", "\u3000")
# The head of a hospital, an institute or a company named by the post alone (院长某某, 总经理某某)
_HEAD_POST = re.compile(r"(?:^|(?<=[，,。；;、\s]))(副?院长|董事长|副?总经理|总裁|副?行长|副?局长)$")
# 局党组书记、局长某某 / 局党组成员、副局长某某 in a bureau's own report: a post in the bureau's party group
_GROUP_POST = re.compile(r"(?:^|(?<=[，,。；;\s]))局党组(副?书记|成员)(?:、[^，,。；;、]{1,6})?$")
_COMPANY_KINDS = ("有限公司", "集团", "公司")
_HEAD_POST_KINDS = {"院长": ("医院", "学院", "研究院", "设计院"), "董事长": _COMPANY_KINDS, "总经理": _COMPANY_KINDS,
                    "总裁": _COMPANY_KINDS, "行长": ("银行", "分行", "支行"), "局长": ("局",)}
# A school's post said by its kind: 校党委书记, 校党委副书记, 校长, 副校长
_SCHOOL_POST = re.compile(r"(?:^|(?<=[，,。；;、\s]))校(党委)?(?:副?书记|副?校长|长)$|(?:^|(?<=[，,。；;、\s]))副?校长$")
# A village's post: 村党支部书记, 村委会主任, 村支书 (the 村 may close the village's own name)
_VILLAGE_POST = re.compile(r"村(?:党支部|党总支|党委|支部|委会|民委员会)?(?:副?书记|副?主任|支书)$")
# A company's division named between it and a post: 某集团亚太区总裁
_COMPANY_DIVISION = re.compile(r"(?:亚太|大中华|中国|全球|海外|国际|欧洲|北美|东南亚|华东|华南|华北|华中|西南|西北|东北)区$")
# A meeting said to be held right after its name (X会议召开, X仪式在某地举行)
_HELD = re.compile(r"(?:[于在][^，,。；;]{1,20}?)?(?:召开|举行|开幕|隆重举行|隆重召开|顺利召开)")
# …or right before it (召开X会议, 举行了X仪式)
_HOLDS = re.compile(r"(?:召开|举行|举办|主持召开)了?$")
# …and where, before its name: 在某县召开的X会议
_HELD_BEFORE = re.compile(r"在([\u4e00-\u9fff]{2,14}?)(?:召开|举行|举办)的$")
# A company's seat: (集团|公司)?总部位于某地
_SEAT = re.compile(r"(集团|公司)?总部(?:位于|设在|设于|坐落于)")
# A meeting's venue: X会议在某县(某镇)召开 / 举行
_HELD_AT = re.compile(r"[于在]")
_HELD_VERB = r"(?:召开|举行|开幕|隆重举行|隆重召开|顺利召开)"
# a venue inside the place before the holding verb (在某开发区某某片区主会场举行)
_VENUE_THEN_HELD = r"(?:[\u4e00-\u9fff]{0,10}?(?:片区|园区|主会场|会场|广场|中心|大厦|会议室|礼堂|宾馆|酒店))?" + _HELD_VERB
_PLACED_LEAD = re.compile(r"(?:位于|地处|坐落于|坐落在|来自|总部位于|总部设在|总部在)([\u4e00-\u9fff]{2,14}?)的?$")
_REGION_STEM = re.compile(r"(?:街道|自治县|自治州|新区|[省市县区镇乡旗])$")


def _opening_region(text: str, thing: Placed, regions: list[Placed], tokens, token_starts) -> Placed | None:
    """A region of the document whose short name opens a project's name (凤凰古城…项目 in a
    report naming 凤凰县) as a word of its own, not a verb (新建…)."""
    i = bisect_left(token_starts, thing.s)
    if i >= len(tokens) or tokens[i].start != thing.s or tokens[i].tag in ("v", "vn", "d", "a", "ad", "p"):
        return None
    best = None
    for r in regions:
        for short in {_REGION_STEM.sub("", r.m.canonical), r.m.name}:
            if len(short) >= 2 and text.startswith(short, thing.s) and thing.s + len(short) < thing.e \
                    and (best is None or len(short) > best[0]):
                best = (len(short), r)
    return best[1] if best else None


def _item_opening(text: str, c: Placed) -> bool:
    """The drive opens an enumerated item: （一）实施X, 一是开展X."""
    return bool(_ITEM_START.match(text, text.rfind("\n", 0, c.s) + 1, c.s)
                or _ITEM_MARK_BEFORE.search(text, max(0, c.s - 10), c.s))


# 开展X，是(贯彻)落实Y(活动)(决策)部署的具体行动 / 重要举措: X is done to carry Y out
# 作为X的重要内容，… : what follows in the sentence is part of X
_AS_PART_OF = re.compile(r"[”\"]?(?:活动|行动)?的(?:重要|具体)?(?:内容|组成部分|举措|抓手|载体|环节)[，,]")
# 在X中，… / 在X期间 : a setting; and what is launched then is part of X
_WITHIN_AFTER = re.compile(r"[”\"]?(?:活动|行动)?(?:中|期间|过程中)[，,]?")
# Y是X的子行动 / Y作为X的重要内容
_IS_PART_OF = re.compile(r"[”\"]?(?:是|作为)")
_IS_PART_AFTER = re.compile(r"[”\"]?(?:活动|行动)?的(?:子行动|重要内容|(?:重要)?组成部分|重要举措|具体举措|重要抓手|重要载体)")
# 围绕X，… / 以X为统领，… / X期间，… / 在X框架下，…: the frame of the clause, what is launched in it is part of X
# (the word before the drive, and what must follow it)
_FRAMES = {"围绕": re.compile(r"[”\"]?[，,]"), "以": re.compile(r"[”\"]?为(?:统领|引领|牵引|主线)[，,]"),
           "在": re.compile(r"[”\"]?(?:框架下|统领下)[，,]"), "": re.compile(r"[”\"]?(?:活动|行动)?期间[，,]")}
_CLAUSE_OPENS = "，,。；;\n"

# 以Y为抓手，深入推进X
_TAKEN_BEFORE = re.compile(r"以[“\"]?$")
_LEVER_OF = re.compile(r"[”\"]?为(?:总|重要)?(?:抓手|载体|突破口)[，,]?(?:深入|全面|扎实|持续)?(?:推进|推动|开展|实施|深化)[“\"]?")
# 某市政府关于X推进情况的报告: the body before 关于, and what follows the drive's name
_REPORT_ON = re.compile(r"关于[“\"]?$")
_PROGRESS_REPORT = re.compile(r"[”\"]?(?:活动|行动)?(?:工作)?(?:推进|实施|开展|落实|进展|工作|开展工作)?(?:工作)?情况的(?:报告|汇报)")
_SERVES_BETWEEN = re.compile(r"[”\"]?[，,]?是[^，,。；;]{0,4}?落实[^，,。；;“]{0,8}?[“\"]?")
_SERVES_AFTER = re.compile(r"[”\"]?(?:活动|行动)?[^，,。；;]{0,4}?(?:部署|要求)的(?:具体|重要|实际)(?:行动|举措)")


def _frames_clause(text: str, s0: int, drive) -> bool:
    """The drive opens its clause as the frame of what follows (围绕X，… / 以X为统领，… / X期间，…)."""
    for word, after in _FRAMES.items():
        at = drive.s - len(word)
        if at >= s0 and text.startswith(word, at) and (at == s0 or text[at - 1] in _CLAUSE_OPENS) \
                and after.match(text, drive.e):
            return True
    return False


# The verb that launches a drive right before its name (深入开展“某某”实践活动), or 以…为抓手 around it
_LAUNCH = re.compile(r"(?:开展|实施|启动|推进|推行|组织|打好|打赢|打响)[“\"]?$")


# An office of a body (某局办公室, 某县委办公厅, 县委办, 县政府办)
_OFFICE_END = re.compile(r"(?:办公室|办公厅|(?<=[委府])办)$")
# A speech to a department's sector (在全省某某系统…), and its byline: a department, its head's post
_WIDE_SECTOR = re.compile(r"全[省市县区州]?[\u4e00-\u9fff]{2,8}?系统")
_DEPARTMENT_END = re.compile(r"(?:厅|局|委员会)$")
_BYLINE_POST = re.compile(r"(?:党组|党委)?(?:书记|副书记)?[、，,]?(?:副?厅长|副?局长|副?主任)")
# Between a drive and the verb of basis said of it: its quotation mark, 要 / 将, 是
def _acted_on(text: str, c, after: int) -> bool:
    """The drive at c is a second thing acted on after a document (落实《Y》和贯彻Z, 落实《Y》和深入贯彻Z学习教育),
    not one resting on it."""
    return bool(_BASIS.search(text, max(after, c.s - 6), c.s)
                or text[c.s - 1:c.s] in ("和", "及", "与", "、") and _BASIS.search(text, c.s, min(c.e, c.s + 4)))


_BASIS_AFTER_DRIVE = re.compile(r"[”\"]?(?:活动|行动)?(?:要|将|须|必须|是|严格|主要)?")
# Making a document: 制定了《X》, 印发《X》
_MADE = re.compile(r"(?:研究)?(?:制定|印发|出台|起草|编制)了?")
# The levels a village or town found by the model may lie in, when named right after one
_BELOW = {"village": {"town"}, "town": {"county"}}
# A visit after a name (某某一行到某县调研, 某某在某镇考察)
_VISIT = re.compile(r"[^，。；,;]{0,10}?(?:到|赴|在|来)[^，。；,;]{1,14}?(?:调研|考察|视察|检查|督导)")


def _launched(text: str, s0: int, sub: Placed) -> bool:
    """The drive is launched where it is named: 开展X, 实施X, 以X为抓手 (not 通过开展X, a means
    credited with a result, as reports list a region's regular work)."""
    verb = _LAUNCH.search(text, max(s0, sub.s - 4), sub.s)
    if verb is not None and re.search(r"通过[\u4e00-\u9fff]{0,2}$", text[max(s0, verb.start() - 4):verb.start()]):
        return False
    return bool(verb or re.search(r"以“?$", text[max(s0, sub.s - 2):sub.s]) and text.startswith("为抓手", sub.e))


def _parallel_launches(text: str, s0: int, a: Placed, b: Placed) -> bool:
    """Two drives each launched in its own clause (深入实施X行动，全力打好Y攻坚战), or joined by 暨: peers."""
    first, second = (a, b) if a.s < b.s else (b, a)
    if text[first.e:second.s] == "暨":
        return True  # “甲”大讨论暨“乙”实践活动: two drives run together
    if _JOINED_BETWEEN.fullmatch(text, first.e, second.s) and _JOINED_TO.match(text, second.e):
        return True  # 把大讨论与“乙”活动结合起来: two drives joined, neither a part of the other
    return bool(re.search(r"[，,；;]", text[first.e:second.s])) and _launched(text, s0, first) \
        and _launched(text, s0, second)


def _notice_title_end(text: str, headline_end: int) -> int:
    """Where the title of a notice ends when the issuing body (or its 文号) heads the page on lines of its own
    (某县人民政府办公室 / 关于印发《…方案》的通知): that line; else the first line's end."""
    if _PLAN_TITLE.search(text, 0, headline_end):
        return headline_end
    pos = 0
    for _ in range(4):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].strip()
        if _NOTICE_TITLE.match(line):
            return end
        if len(line) > 30:
            break  # the text has begun
        pos = end + 1
    return headline_end


def _beside_peer(sub: Placed, camps: list[Placed], umbrella: Placed, text: str) -> bool:
    """Whether the drive's paragraph names another top-ranked campaign than the document's
    (打好污染防治攻坚战；深入开展某某专项斗争): a list of peers, none a part of the other."""
    p0, p1 = text.rfind("\n", 0, sub.s) + 1, text.find("\n", sub.e)
    p1 = len(text) if p1 < 0 else p1
    return any(p0 <= c.s < p1 and _rank(c.m.canonical) >= 3 and c.m.canonical != umbrella.m.canonical
               for c in camps)


def _present_at(text: str, start: int, stop: int) -> bool:
    """The clause after a name says the person was present (出席, 主持, 代表…致辞, 在发言中…)."""
    clause = re.match(r"[^。；;]*", text[start:stop]).group(0)
    return bool(_REPORTED.match(clause) or _PRESENT.search(clause[:40]))


def _listed_before_attend(tokens, token_starts: list[int], start: int, stop: int, text: str,
                          name_starts: frozenset[int] = frozenset()) -> str | None:
    """Whether the names and posts after ``start`` run up to an attendance verb: "present" when the
    verb says the people were there (出席, 参加, 作交流发言), "verb" for another one, else None.
    A token where a person's name starts is one of the list whatever its tag (单明/a)."""
    i = bisect_left(token_starts, start)
    limit = min(stop, start + _LIST_REACH)
    seen_separator = False
    while i < len(tokens) and tokens[i].start < limit:
        t = tokens[i]
        # a bare 通报 / 宣读 after a list is a formula (周调度、月通报), 通报了 / 作…发言 a report
        reported = _REPORTED.match(text, t.start)
        reported = reported if reported is not None and reported.group(0) not in ("通报", "宣读") else None
        if seen_separator and (_ATTEND.match(t.word) or reported):
            return "present" if _PRESENT.match(t.word) or reported else "verb"
        if seen_separator and _ON_THE_PLATFORM.match(text, t.start):
            return "present"  # 某某，某某在主席台就座
        if t.word == "等" and (group := _LEADERS_GROUP.match(text, t.end)) is not None:
            # 某某，某某等县四套班子领导到会祝贺: the group the names belong to, then the verb
            verb = _ATTEND.match(text, group.end()) or _ON_THE_PLATFORM.match(text, group.end())
            if verb is not None:
                return "present" if _PRESENT.match(verb.group(0)) or verb.re is _ON_THE_PLATFORM else "verb"
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        if t.tag == "vn" and nxt is not None and nxt.tag == "n" and (
                _COMPANY_POST.search(t.word + nxt.word) or (t.word + nxt.word).endswith(_TITLES)):
            i += 2  # 执行|董事: a post the tokenizer cut after a verbal noun
            continue
        if t.word in "。；;：:" or (t.tag not in _LIST_TAGS and t.word not in _LIST_FILLER and t.start not in name_starts
                                   and not (t.tag == "m" and re.fullmatch(r"[\d一二三四五六七八九十]+[名位]?", t.word))):
            return None
        seen_separator = seen_separator or t.word in "，,、等"
        i += 1
    return None


_SPEECH_TITLE = re.compile(r"^\s*在(.{4,80}?)上的(?:讲话|致辞|报告|发言|主旨演讲|动员讲话)\s*$", re.M)


# 主持人：某某 / 发布人：某局局长 某某 and the indented lines listing more of them; a role with nothing after it
# (发布人：) heads the short lines under it, each a post and a name (某局局长　某某), up to a blank line
# (a meeting's minutes: 出席：甲、乙 / 列席：… / 参会人员：…)
_HEADER_ROLE = re.compile(r"^[ \t\u3000]*(?:主持人|发布人|发布嘉宾|出席嘉宾|出席领导|出席人员|嘉宾|主讲人|主持|出席|列席|"
                          r"参加人员|参会人员|出席会议|列席会议|参加会议)[：:]"
                          r"(?:[ \t\u3000]*(?:\n[^\n：:【\[。，,；;]{2,40}(?=\n|$))+|[^\n]*(?:\n[ \t\u3000]+[^\n：:]+)*)", re.M)


def _speech_title_event(text: str, events: list[Placed]) -> Placed | None:
    """The event a speech is titled after (在X上的讲话), when the document opens with that title."""
    m = _SPEECH_TITLE.match(text)
    if m is None:
        return None
    inside = [e for e in events if m.start(1) <= e.s and e.e <= m.end(1)]
    return inside[-1] if inside else None


def _in_heading(text: str, at: int) -> bool:
    """Whether ``at`` lies in the short lines that open a document (title, byline, date)."""
    head = text[:at]
    return head.count("\n") <= 6 and all(len(line) <= 60 for line in head.split("\n"))


def _named_after(ctx, name: str, primary: Placed | None) -> bool | None:
    """Whether a body's name opens with the document's own region or one above it (True: 湖北…学院
    in a Yichang report), with another division (False: 哈尔滨工业大学 in a Qiqihar report, no local
    body wherever it is) or a part of the country (False: 东北…大学); None when it names no place."""
    gaz = ctx.gazetteer
    if primary is None:
        return None
    own = {primary.m.attr("region_key")} | _ancestor_keys(ctx, primary)  # 山西…公司 in a Jinzhong report is local
    if any(d.level == "macro" for k in (2, 3) for d in gaz.lookup(name[:k])):
        return False
    for k in (4, 3, 2):
        found = [d for d in gaz.lookup(name[:k]) if d.level in ("province", "prefecture", "county")]
        if found:
            return any(d.key in own for d in found)
    return None
    own = {primary.m.attr("region_key")} | _ancestor_keys(ctx, primary)  # 山西…公司 in a Jinzhong report is local
    if any(d.level == "macro" for k in (2, 3) for d in gaz.lookup(name[:k])):
        return True  # 东北…大学, 西南…学院: named after a part of the country, not a local body
    for k in (4, 3, 2):
        found = [d for d in gaz.lookup(name[:k]) if d.level in ("province", "prefecture", "county")]
        if found:
            return all(d.key not in own for d in found)
    return False


def _joint_gap(gap: str) -> bool:
    """Only separators between two bodies that act together (某委办公室、某政府办公室)."""
    return bool(re.fullmatch(r"[\s\u3000、,，和与及]*", gap))


def _joint(cands: list[Placed], text: str) -> list[Placed]:
    """The last body before a verb with those listed just before it (A、B印发 → A and B)."""
    group = [cands[-1]]
    for p in reversed(cands[:-1]):
        if p.e <= group[-1].s and _joint_gap(text[p.e:group[-1].s]) and group[-1].s - p.e <= 3:
            group.append(p)
        else:
            break
    return group[::-1]


def _ancestor_keys(ctx, region: Placed) -> set[str]:
    """Keys of the divisions above a region mention (a zone's start with the division it lies in)."""
    return _mention_ancestor_keys(ctx, region.m)


def _mention_ancestor_keys(ctx, region: Mention) -> set[str]:
    gaz = ctx.gazetteer
    div = gaz.by_key.get(region.attr("region_key") or "")
    if div is not None:
        return {a.key for a in gaz.ancestors(div)}
    parent = gaz.by_key.get(region.attr("parent_key") or "")
    return {parent.key} | {a.key for a in gaz.ancestors(parent)} if parent is not None else set()


@stage("relations", requires={"mentions:Region", "mentions:Person", "mentions:Organization", "mentions:Campaign",
                              "mentions:Project", "mentions:Slogan", "mentions:PolicyDocument", "mentions:Event"},
       provides={"relations"})
def relations(ann: AnnotatedDoc, ctx) -> list[RelationMention]:
    return find_relations(ann, ctx)
