"""Projects: named construction, industrial and platform projects (产业园,
电站, 高铁, 基地...), with the investment stated near them as a number.

A head word alone (项目, 园区) is generic; a project needs a distinctive
part: a place, an organisation, a proper noun or a quantity (65万吨).
"""
from __future__ import annotations

import re

from ..lexicons.words import PROJECT_SUFFIXES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import INVESTOR_GAP, REGION_WIDE, THEME_WORDS, extend_left, mention, overlaps, sentence_at, sentences, strip_quotes, text_span

_HEADS = tuple(sorted(PROJECT_SUFFIXES, key=len, reverse=True))
# …城 names a project only with its phase (某某皮革城二期); alone it is a town or a city's name
_HEAD_RE = re.compile("|".join(map(re.escape, _HEADS)) + r"|城(?=[一二三四五六七八九十]期)")
_QUANTITY = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?(?:吨|千瓦|兆瓦|万千瓦|公里|平方米|亩|台|辆|套|米|件|只|片|块|颗|头|箱|瓶"
                       r"|[GMK]Wh|[GMK]W|吉瓦时?|兆瓦时)")
# A plant named by its yearly output (年产10GWh动力电池及储能系统项目): the name starts at 年产 and
# may join two products with 及/和/与, which elsewhere end a name.
_OUTPUT_NAME = re.compile(r"(?:年产|年出栏|年存栏|年加工|年处理|年吞吐)(?:能|量)?\d+(?:\.\d+)?(?:万|亿)?[^\d，。；：、,;:\s（）()“”]{1,24}$")
_PROPER_TAGS = {"LOC", "ORG", "nz", "PER", "nw", "ns", "nt"}
_GENERIC = re.compile(
    r"^(重大|重点|转型|工业|产业|建设|新建|续建|在建|签约|招商|民生|基础设施|大|好|新|该|这个|这些|一批|各类|相关|有关|"
    r"优质|省级|市级|国家级|示范|改革|开发|环境|科技|创新|文化|农业|服务|数字|社会|经济|政务|政策|特色|现代|综合|"
    r"智慧|美丽|一流|高标准|高水平|商业|商贸|物流|旅游|城市|乡村|[一二三四五六七八九十百千万\d]+[个项批家])+$"
)
AMOUNT = re.compile(r"(?:总投资|投资总额|计划投资|投资|总投入)(?:额)?(?:高达|约|达|为|超|近)?\s*(\d+(?:\.\d+)?)\s*(亿元|万元|亿美元|万美元|亿欧元|万欧元|亿)")
_BUILT = re.compile(
    r"(建设|打造|建成|新建|兴建|筹建|启动)((?:[^，。；、\s和与及的“”]){2,16}?(中心|基地|园区|产业园|廊带|走廊|新城|小镇|综合体))"
    r"(?=建设|和|与|及|、|，|。|；|,|$)"
)
# What a named body is said to build right after a name (某某产业园项目由某公司投资建设, 。该项目由…)
_BUILT_BY_AFTER = re.compile(r"(?:[（(][^）)]{0,30}[）)])?(?:[，,]?(?:该项目|项目)?|。该项目)由")
_BUILDER_VERB = re.compile(r"(?:等[\u4e00-\u9fff]{0,6}?)?(?:牵头|负责|联合|共同)?(?:投资建设|投资|建设|承建|投建|组织实施|负责实施)")
# The investment given right after a name (某某更新项目（总投资12.6亿元）): a real project, even
# when its name holds no proper noun.
_AMOUNT_AFTER = re.compile(r"[（(，,]?\s*(?:项目|该项目|工程)?(?:计划|预计|拟)?" + AMOUNT.pattern)
# The investment given right before a name (总投资50亿元的某某产业园项目, 拟投资6亿元在某区建设某某基地项目)
# makes it a project too.
_AMOUNT_BEFORE = re.compile(AMOUNT.pattern + r"(?:的|(?:在[\u4e00-\u9fff]{1,12}?)?(?:建设|新建|兴建|建成|打造))$")
# What a company invests in is a project, whatever its name holds: 某集团投资建设的X产业园.
# A body as the subject of the sentence: 某某局要优先保障…, 某县将…
_SUBJECT_MODAL = re.compile(r"[局委府办会司院县区市镇乡员们](?:要|将|应当|应|须|必须)")
_COUNTED = re.compile(r"[\d一二两三四五六七八九十百千]+[个项批家处]|首批")
# 及 / 和 joining two works that make one project (某某及某某改造项目), when no head closes the first
_NAME_JOINING = ("及", "和")
_PROJECT_NOUN_AFTER = set("库部组办")
_LISTED_AFTER = re.compile(r"等(?:[\d一二三四五六七八九十]+个)?(?:重点|重大|一批)?(?:项目|工程)")
_PERIOD_GROUP = re.compile(r"(?:\d{4}年|年度|[一二三四]季度|第[一二三四]季度|上半年|下半年)(?:[^\d]{0,4})?(?:重大|重点|签约|开工|新建|续建)?$")
_MEETING_JOINED = re.compile(r"(?:会|仪式|活动)暨")
_BUILD_OPENING = re.compile(r"建成|建设|打造|新建|兴建|筹建|落地")
_PLACED_BEFORE = re.compile(r"(?:位于|地处|坐落于|落户)([\u4e00-\u9fff]{2,12}?)的$")
_PUSH_VERB = re.compile(r"(?:加快推进|加快建设|全力推进|推进|推动|加快|开工建设|谋划|启动|落户|入驻|选址|建成|打造|新建|签约|引进|践行"
                        r"|共建|合建|联建"
                        # a visit's verb: 到某县调研|某某项目, 观摩了|某镇某某园
                        r"|调研|督导|督查|检查|观摩|考察|察看|查看|视察|参观|走访|走进|来到|深入)了?")
_COUNT_AFTER = re.compile(r"[\d一二三四五六七八九十百千]+[个项批家处]")
_NOT_AFTER = re.compile(r"^(建设|管理|审批|落地|签约|谋划|推进|工作|资金|化|人|的)")


# Where an item of a list of sites ends: the next list mark, or a verb of visiting or building
_ITEM_END = re.compile(r"[、，。；：,;:（()）“”\s]|等|和|及|与|实地|现场|调研|考察|观摩|参观|检查|进行|开展|建设|项目|进度")
_VERB_TAGS = {"v", "vd", "p", "c", "d", "ad"}
# The heads of routes, built section by section (某某高速公路某县段)
_ROUTE_HEADS = frozenset({"高铁", "铁路", "高速公路", "高速"})
_PHASE_AFTER = re.compile(r"[一二三四五六七八九十]期(?![\u4e00-\u9fff])|[一二三四五六七八九十]期(?=全面|正式|顺利|建成|完工|开工|投产|竣工)")
# Between two heads of one name there is no break, list word or verb of construction.
_NAME_BREAK = re.compile(r"[，。；：:;,、！？!?（）()《》“”…\s]|等|和|与|及|到|至|建设|开工|签约|落地|投产")


def _continues(text: str, end: int, next_head: int, proper_starts: set[int]) -> bool:
    """True when the text after a head runs on into the next head as one name (no break,
    and no second proper name starting in between: 某物流园|某国班列 are two)."""
    return (next_head - end <= 12 and not _NAME_BREAK.search(text, end, next_head)
            and not _NAME_BREAK.match(text, next_head)
            and not any(end <= p < next_head for p in proper_starts))


def find_projects(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    named = [(m.start, m.end) for m in ann.mentions if m.type in (EntityType.REGION, EntityType.ORGANIZATION)]
    named_text = [text_span(doc, m) for m in ann.mentions if m.type in (EntityType.REGION, EntityType.ORGANIZATION)]
    region_text = [text_span(doc, m) for m in ann.mentions if m.type is EntityType.REGION]
    org_ends = {s: e for s, e in (text_span(doc, m) for m in ann.mentions if m.type is EntityType.ORGANIZATION)}
    blocked_text = [text_span(doc, m) for m in ann.mentions
                    if m.type in (EntityType.CAMPAIGN, EntityType.EVENT, EntityType.POLICY_DOCUMENT)]
    blocked = [(m.start, m.end) for m in ann.mentions
               if m.type in (EntityType.CAMPAIGN, EntityType.EVENT, EntityType.POLICY_DOCUMENT)]
    event_spans = {(m.start, m.end) for m in ann.mentions if m.type is EntityType.EVENT}
    proper_spans = [(t.start, t.end) for t in ann.tokens if t.tag in _PROPER_TAGS]
    # a "person" whose name is part of a company's (锦澜 beside 河南锦澜新材料有限公司) is the company's brand
    org_names = [m.name for m in ann.mentions if m.type is EntityType.ORGANIZATION]
    person_starts = {t.start for t in ann.tokens if t.tag == "PER" and not any(t.word in o for o in org_names)}
    sents = sentences(text)
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []
    heads = list(_HEAD_RE.finditer(text))
    plain: list[tuple[int, int]] = []
    proper_starts = {s for s, _ in proper_spans}
    place_or_body_tokens = {(t.start, t.end) for t in ann.tokens if t.tag in ("LOC", "ORG")}
    token_at = {t.start: t for t in ann.tokens}
    # where proper names of two characters or more start, by where they end (a name's own part, before its head)
    proper_before_head: dict[int, set[int]] = {}
    for s, e in proper_spans:
        if e - s >= 2:
            proper_before_head.setdefault(e, set()).add(s)
    for k, m in enumerate(heads):
        if any(rs < m.start() and m.end() <= re_ for rs, re_ in region_text) \
                or any(os_ <= m.start() and m.end() < oe for os_, oe in org_ends.items()):
            continue  # 香港, 连云港, 驻香港|部队, 某某工程|公司: the head is inside a place's or a body's name
        if m.group(0) == "项目" and text[m.end():m.end() + 1] in _PROJECT_NOUN_AFTER:
            continue  # 建立项目库, 项目部: the pool or the office of projects, no project
        if text.startswith(REGION_WIDE, m.start() - 2):
            continue  # 居全省园区前列, 全市项目: every park or project of the region, not one
        if m.group(0) == "港" and (tok := token_at.get(m.start())) is not None and tok.end > m.end():
            continue  # 对接某某港口群: the common noun 港口, not a port's name
        # 项目建设, 园区管理: the head is a common noun here unless a proper name precedes it
        generic_use = bool(_NOT_AFTER.match(text[m.end():]) and m.group(0) in ("项目", "工程", "园区", "基地", "中心"))
        if k + 1 < len(heads) and _continues(text, m.end(), heads[k + 1].start(), proper_starts):
            continue  # 某某基地|项目, 某某新城|综合开发项目: the name goes on to the next head
        # 某镇高标准农田建设项目: 建设 right before the head belongs to the name (elsewhere it is the verb before one)
        keep = THEME_WORDS if text.startswith("建设", m.start() - 2) else frozenset()
        start = extend_left(text, m.start(), max_chars=24, keep=keep)
        if text[start - 1:start] in _NAME_JOINING and m.start() - start >= 4 \
                and not any(s_ == start for s_, _ in place_or_body_tokens) \
                and not any(s_ == start for s_, _ in named_text):  # (某镇某园和某县某基地: two places, two works)
            before = extend_left(text, start - 1, max_chars=24, keep=keep)
            if start - 1 - before >= 4 and not _HEAD_RE.search(text, before, start - 1) \
                    and not any(s_ < start - 1 <= e_ for s_, e_ in named_text) \
                    and not any(before <= s < start for s in person_starts):
                start = before  # 建设智慧停车及地下管网改造项目: two works joined in one project's name
        subject = None
        for subject in _SUBJECT_MODAL.finditer(text, start, m.start()):
            pass
        if subject is not None:
            start = extend_left(text, m.start(), max_chars=24, floor=subject.end(), keep=keep)
        for push in _PUSH_VERB.finditer(text, start, m.start()):
            start = push.end()  # 某市加快推进|某某中心项目: what is pushed is the name
        if (built := _BUILD_OPENING.match(text, start, m.start())) and m.start() - built.end() >= 4:
            start = built.end()  # 建成|某县某某综合体: the verb opening the clause is no part of the name
        if text.count("“", start, m.start()) > text.count("”", start, m.start()):
            start = text.rfind("“", start, m.start()) + 1  # 落实市委“某某工程”: the name opens inside the quotation
        output = _OUTPUT_NAME.search(text, max(0, m.start() - 32), m.start())
        if output:
            start = output.start()
        if output and (place := next((e0 for e0, e1 in region_text if e1 == output.start()), None)) is not None:
            start = place  # 某镇|年产3万吨…项目: the place the plant is named with opens its name (a company does not)
        end = m.end()
        if m.group(0).endswith("园") and text.startswith("区", end):
            end += 1  # 某某科技园|区: the park's full head
        if (phase := _PHASE_AFTER.match(text, end)):
            end = phase.end()  # 某某综合治理工程|二期: the phase is the project
        elif m.group(0) in _ROUTE_HEADS and (section := next(
                (e1 for s1, e1 in region_text if s1 == end and text.startswith("段", e1)), None)) is not None:
            end = section + 1  # 某某高速公路|某县段: the section through a place is the project there
        prefix = strip_quotes(text[start:m.start()])
        # (a place opening the name: 某镇|某某园区)
        place_end = next((e_ for s_, e_ in region_text if s_ == start and e_ < m.start()), None)
        if place_end is not None and _GENERIC.match(text[place_end:m.start()]) and m.group(0) == "项目":
            continue  # 某县重点项目|集中开工仪式: the county's projects, not one
        if len(prefix) < 2 or _GENERIC.match(prefix) or _COUNTED.search(prefix) or _COUNT_AFTER.match(text, end):
            continue  # 某区22个重点项目, 新签约项目12个: a count of projects, not one
        if _PERIOD_GROUP.search(prefix) and m.group(0) == "项目":
            continue  # 某市2024年第三季度重大项目: the projects of a period, not one
        if _MEETING_JOINED.search(prefix):
            continue  # 某县某某会暨重点项目|签约仪式: the projects of a meeting's name, not one
        if any(start <= s < m.start() for s in person_starts):
            continue  # 市委书记某某宣布项目: a person and a verb, no name
        if any(overlaps((start, end), s) for s in spans):
            continue
        has_proper = any(start <= s and e <= end for s, e in proper_spans) or bool(_QUANTITY.search(text[start:end]))
        mm = mention(doc, start, end, EntityType.PROJECT, "projects.head")
        has_named = any(mm.start <= s and e <= mm.end for s, e in named)
        invested = any(e < start and start - e <= 20 and INVESTOR_GAP.fullmatch(text, e, start) for _, e in named_text)
        amount_before = _AMOUNT_BEFORE.search(text, max(0, start - 24), start)
        # 位于某镇的某某产业园: a facility given its place is a project, whatever its name holds
        placed = (lead := _PLACED_BEFORE.search(text, max(0, start - 16), start)) is not None \
            and any(lead.start(1) <= s_ and e_ <= lead.end(1) for s_, e_ in region_text)
        # 某某产业园项目由某公司投资建设: what a named body builds is a project, whatever its name holds
        by = _BUILT_BY_AFTER.match(text, end)
        built = by is not None and (org_end := org_ends.get(by.end())) is not None \
            and _BUILDER_VERB.match(text, org_end) is not None
        if not (has_proper or has_named or invested or placed or built
                or (_AMOUNT_AFTER.match(text, end) or amount_before) and not generic_use):
            if not generic_use:
                plain.append((start, end))  # a project if it is listed with named ones
            continue
        if generic_use and not (has_named or has_proper or output):
            continue  # 园区建设: a common noun, unless a name or what the plant makes opens it (年产…项目建设现场)
        if any(overlaps((mm.start, mm.end), b) and not (b[0] <= mm.start and mm.end <= b[1] and b in event_spans)
               for b in blocked):
            continue  # a project may be named inside an event (…项目奠基仪式), not across other names
        s0, s1 = sentence_at(sents, start)
        amount = AMOUNT.search(text, end, s1) or amount_before
        extra = {}
        if amount:
            value, unit = float(amount.group(1)), amount.group(2)
            scale = {"亿元": 1e8, "万元": 1e4, "亿": 1e8, "亿美元": 1e8, "万美元": 1e4, "亿欧元": 1e8, "万欧元": 1e4}[unit]
            extra = dict(amount=f"{amount.group(1)}{unit}", amount_value=f"{value * scale:.0f}",
                         amount_unit="USD" if "美元" in unit else "EUR" if "欧元" in unit else "CNY")
        spans.append((start, end))
        name = strip_quotes(text[start:end])
        # 某镇|某某湾工业园区: a place opening a name that goes on with a proper name of its own; the park is
        # known by that name alone too, and the place stays in the mention's span for locatedIn
        if place_end is not None and (place_end in proper_before_head.get(m.start(), ())
                                      or (place_end, m.end()) in place_or_body_tokens):
            name = strip_quotes(text[place_end:end])
        # a shortened second mention (其中综合管廊项目…) is the project named in full before
        earlier = next((p.key for p in out if p.key and p.key != name and p.key.endswith(name)), None)
        out.append(mention(doc, start, end, EntityType.PROJECT, "projects.head", key=earlier or name, **extra))
    # 某某项目、某某产业园等重点项目: a plain name listed last after a named project, before 等…项目, is one too
    for start, end in plain:
        listed = _LISTED_AFTER.match(text, end) and any(text[e:start] == "、" for _, e in spans)
        if listed and not any(overlaps((start, end), s) for s in spans) and not any(
                overlaps((start, end), b) for b in named_text + blocked_text):
            spans.append((start, end))
            name = strip_quotes(text[start:end])
            out.append(mention(doc, start, end, EntityType.PROJECT, "projects.listed", key=name, confidence=0.6))
    # 某某示范园、某镇数字果园实地观摩; 某某综合体、某镇竹产业共富园等项目: an item listed right after a project,
    # opening with a place and running to the next list mark or verb, is a project too, whatever its head
    region_end_at = {s_: e_ for s_, e_ in region_text}
    verb_spans = [(t.start, t.end) for t in ann.tokens if t.tag in _VERB_TAGS]
    for _, end in sorted(spans):
        pos = end
        while text.startswith("、", pos) and (place_end := region_end_at.get(pos + 1)) is not None:
            stop = _ITEM_END.search(text, place_end, place_end + 17)
            if stop is None or stop.start() - place_end < 2:
                break
            start, end = pos + 1, stop.start()
            if any(overlaps((start, end), s) for s in spans + blocked_text) or any(
                    place_end <= s_ < end for s_, _ in verb_spans + named_text):
                break  # another name, or a verb: 某镇加快…, 某镇某公司
            spans.append((start, end))
            out.append(mention(doc, start, end, EntityType.PROJECT, "projects.listed",
                               key=strip_quotes(text[start:end]), confidence=0.6))
            pos = end
    # a named facility as the object of a construction verb: 启动乡村振兴示范廊带建设
    named_spans = named + blocked
    for m in _BUILT.finditer(text):
        start, end = m.span(2)
        if _GENERIC.match(text[start:m.start(3)]) or any(overlaps((start, end), s) for s in spans):
            continue
        mm = mention(doc, start, end, EntityType.PROJECT, "projects.built", key=strip_quotes(text[start:end]),
                     confidence=0.6)
        if any(overlaps((mm.start, mm.end), b) and not (b[0] >= mm.start and b[1] <= mm.end) for b in named_spans):
            continue
        spans.append((start, end))
        out.append(mm)
    return out


@stage("projects", requires={"tokens", "mentions:Region", "mentions:Organization", "mentions:Campaign",
                             "mentions:Event"}, provides={"mentions:Project"})
def projects(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_projects(ann, ctx)
