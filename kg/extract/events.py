"""Events: plenums and congresses (市委十三届五次全会, 党的二十大, 二十届三中全会),
meetings, ceremonies, sports and culture events named by their head word.

A bare plenum (省委十一届七次全会) is keyed by its region-resolved name
(湖北省委十一届七次全会 in a Hubei report); the written form stays an alias.
"""
from __future__ import annotations

import re
from dataclasses import replace as dc_replace

from ..lexicons.words import CAMPAIGN_SUFFIXES, EVENT_SUFFIXES, FESTIVAL_SUFFIXES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import (
    THEME_WORDS, extend_left, home_regions, level_of_char, mention, overlaps, region_runs, sentence_at, sentences,
    strip_quotes, text_span,
)
from .organizations import body_region_name

_NUM = "[一二三四五六七八九十]"
_PLENUM = re.compile(
    rf"(?:中共|党的)?(?P<body>自治区党委|(?P<lvl>[省市县区州])委)?(?P<term>{_NUM}{{1,3}})届"
    rf"(?P<n>{_NUM}{{1,3}})(?:次全会|次全体会议|中全会)"
)
_PLENUM_FULL = re.compile(rf"(中国共产党)[\u4e00-\u9fff]{{2,16}}?第(?P<term>{_NUM}{{1,3}})届委员会第(?P<n>{_NUM}{{1,3}})次全体会议")
# 二十届二中、三中全会: one mention per plenum
_PLENUM_LIST = re.compile(rf"(?P<term>{_NUM}{{1,3}})届(?P<first>{_NUM})中(?P<rest>(?:[、和]{_NUM}中)+)全会")
_CONGRESS = re.compile(rf"(?:党的|中共|中国共产党第)?(?P<n>十{_NUM}?|二十{_NUM}?)(?:次全国代表大会|大)(?=精神|以来|报告|和|、|，|,|上|代表|召开|胜利|$|。)")
# study sessions are events too (专题读书班)
_HEADS = tuple(sorted(set(EVENT_SUFFIXES) | {"读书班", "研讨班"}, key=len, reverse=True))
_HEAD_RE = re.compile("|".join(map(re.escape, _HEADS)))
_GENERIC_PREFIX = re.compile(r"^(这次|本次|此次|本届|这届|此届|上届|有关|相关|各类|各种|重要|专题|视频|一系列|系列|各项|一次|多次|历次|上述|该|此)$")
# "会议" alone is too generic: require a distinctive prefix for the shortest heads.
_WEAK_HEADS = {"会议", "大会", "论坛", "讲堂"}


# A head word followed by one of these names a building or room (某某大会堂, 国际会议中心, 会议室).
_VENUE_AFTER = re.compile(r"议?(堂|中心|厅|室|馆|场馆|场所|旧址)")

_PROPER_TAGS = {"LOC", "ORG", "PER", "nz", "nw", "ns", "nt"}
# A meeting named by a campaign (X学习教育动员大会): a campaign head with its theme in the prefix.
_CAMPAIGN_IN = re.compile(r"[^\s,，、]{2}(?:" + "|".join(map(re.escape, sorted(CAMPAIGN_SUFFIXES, key=len, reverse=True))) + ")")
# What kind of meeting it is (全县动员大会, 全市干部大会): no name without a theme of its own.
_KIND_ONLY = re.compile(r"^(?:全[省市区县州镇乡国校院])?(?:领导干部|干部|党员|动员|部署|推进|工作|总结|表彰|调度|"
                        r"座谈|专题|全体|誓师|视频|电视电话|警示教育)*$")
_RANK_ABOVE = re.compile(r"(?<=[级模岁\d万亿千百十])以(?=[上下])")
_STUDY = "学习贯彻"


def _name_start(text: str, head_start: int) -> int:
    """extend_left over long names (…大讨论暨“…”实践活动推进会) that never starts inside
    a quotation, with 以上 after a rank kept (处级以上干部…) and 学习贯彻 opening a
    主题教育 (学习贯彻…主题教育动员部署会)."""
    offset = max(0, head_start - 48)
    masked = _RANK_ABOVE.sub("乙", text[offset:head_start])
    start = offset + extend_left(masked, head_start - offset, max_chars=40, keep_region_wide=True,
                                  keep=THEME_WORDS)
    prefix = text[start:head_start]
    if prefix.count("”") > prefix.count("“"):  # cut inside a quotation: start after it
        start += prefix.index("”") + 1
    host = _HOST_IN_NAME.search(text, max(0, start - 16), start + 1)
    if host is not None and host.end() == start:
        # 2024中国（某市）某某博览会: the host city in brackets is part of the name
        start = offset + extend_left(masked, host.start() - offset, max_chars=12, keep_region_wide=True,
                                      keep=THEME_WORDS) if host.start() > offset else host.start()
    if text.startswith(_STUDY, start - len(_STUDY)) and "教育" in text[start:head_start]:
        start -= len(_STUDY)
    if (sector := _WIDE_SECTOR.search(text, max(0, start - 14), start)) is not None:
        start = sector.start()  # 全省某某系统|学习贯彻…读书班: the sector holding the class is in its name
    joined = text.rfind("暨", max(0, start - 8), head_start)
    first = next((h for h in _HEADS if text.endswith(h, 0, joined)), None) if joined > 0 else None
    if first is not None:
        # 某某动员部署会暨某某签约活动: one meeting of two names, its name opens with the first one's
        start = min(start, _name_start(text, joined - len(first)))
    return start


# The sector holding a meeting, right before its name (全省某某系统|学习贯彻…读书班)
_WIDE_SECTOR = re.compile(r"全[省市县区州国][\u4e00-\u9fff]{2,8}?系统$")
_THEMES_JOINED = ("和", "及")
_HOST_IN_NAME = re.compile(r"(?:\d{4})?中国[（(][\u4e00-\u9fff]{2,6}[)）]")
_ORDINAL = re.compile(r"首届|第[一二三四五六七八九十百\d]+(届|次|期)|\d{4}年?|[一二三四五六七八九十]+届")


def _distinctive(text: str, start: int, end: int, proper_spans) -> bool:
    """A named event carries something of its own: a quoted theme, a place or body,
    a proper noun, an ordinal (首届, 第三届), a year, a campaign it is held for, or a
    region-wide 全市/全省."""
    prefix = text[start:end]
    if _KIND_ONLY.match(strip_quotes(prefix)):
        return False  # 全县动员大会: a kind of meeting
    if any(q in prefix for q in "“”\"「」") or _ORDINAL.search(prefix) or prefix[:2] in _WIDE_LEVEL \
            or _CAMPAIGN_IN.search(prefix):
        return True  # a quoted theme, 首届/第三届, 全市X会议 (the city's own meeting), X主题教育动员会
    return any(start <= s and e <= end for s, e in proper_spans)


# The session of a congress (人民代表大会第三次会议)
_SESSION_AFTER = re.compile(rf"第{_NUM}{{1,3}}次(?:全体)?会议")
# A bare body opening a meeting's name (区政府第二十六次常务会议, 市委常委会): the document's own
_BARE_BODY = re.compile(rf"(?P<lvl>[省市县区州])(?:{_NUM}{{1,3}}届)?(?:委|(?:人民)?政府|人大|政协)")
_DAY = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日")


def event_date(doc, sents, start: int, end: int) -> str | None:
    """The day a meeting is reported on: a 月日 in its sentence, the year from the
    sentence or the document's date (nothing when the year is unknown)."""
    s0, s1 = sentence_at(sents, start)
    m = _DAY.search(doc.text, s0, s1)
    if not m:
        return None
    year = m.group(1) or (doc.meta.date or "")[:4]
    if not year.isdigit():
        return None
    month, day = int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year}-{month:02d}-{day:02d}"


def _after_region(ann, doc, pos: int) -> bool:
    """True when a region mention ends right at text position ``pos`` (湖北|省委…)."""
    from .base import text_span

    return any(text_span(doc, m)[1] == pos for m in ann.mentions if m.type is EntityType.REGION)


def find_events(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    homes = None
    out: list[Mention] = []
    taken: list[tuple[int, int]] = [
        (m.start, m.end) for m in ann.mentions if m.type in (EntityType.POLICY_DOCUMENT,)
    ]
    spans: list[tuple[int, int]] = []

    sents = sentences(text)

    def add(start, end, key, extractor, **extra):
        if any(overlaps((start, end), t) for t in spans):
            return
        if extractor == "events.head" and "date" not in extra:
            extra["date"] = event_date(doc, sents, start, end)
        m = mention(doc, start, end, EntityType.EVENT, extractor, key=key, **extra)
        if any(overlaps((m.start, m.end), t) for t in taken):
            return
        spans.append((start, end))
        out.append(m)

    for m in _PLENUM.finditer(text):
        written = m.group(0)
        key = written.replace("中共", "").replace("党的", "")
        body, lvl = m.group("body"), m.group("lvl")
        if body:
            homes = homes if homes is not None else home_regions(ann, ctx)
            home = homes.get(level_of_char(lvl or "省"))
            if body == "自治区党委":  # 自治区党委十二届五次全会: the region's committee, named from its region
                if home is not None and home.name.endswith("自治区"):
                    key = home.name + key[3:]
            elif home is not None and not _after_region(ann, doc, m.start()):
                key = home.name + key[1:] if home.name.endswith(lvl) else home.name + key
        elif not body:
            key = "党的" + key if not key.startswith("党的") else key
            key = key.replace("党的", "")
        add(m.start(), m.end(), key, "events.plenum")
    # 中国共产党某市第八届委员会第七次全体会议: the plenum written in full is 某市委八届七次全会
    runs = region_runs(doc, [x for x in ann.mentions if x.type is EntityType.REGION], ctx.gazetteer)
    for m in _PLENUM_FULL.finditer(text):
        run_end, div = runs.get(m.end(1), (None, None))
        if run_end != m.start("term") - 1:
            continue
        add(m.start(), m.end(), f"{body_region_name(div)}委{m.group('term')}届{m.group('n')}次全会", "events.plenum")
    for m in _PLENUM_LIST.finditer(text):
        term = m.group("term")
        add(m.start(), m.start("first") + 2, f"{term}届{m.group('first')}中全会", "events.plenum")
        pos = m.start("rest")
        for part in re.finditer(rf"[、和]({_NUM})中", m.group("rest")):
            s = m.start("rest") + part.start(1)
            end = s + 2 if part.end() < len(m.group("rest")) else m.end()
            add(s, end, f"{term}届{part.group(1)}中全会", "events.plenum")
    for m in _CONGRESS.finditer(text):
        key = f"党的{m.group('n')}大"
        add(m.start(), m.end(), key, "events.congress")
    campaign_starts = {text_span(doc, x)[0] for x in ann.mentions if x.type is EntityType.CAMPAIGN}
    person_ends = {t.end for t in ann.tokens if t.tag == "PER"}
    named_before = {text_span(doc, x)[1]: x for x in ann.mentions if x.type in (EntityType.REGION, EntityType.ORGANIZATION)}
    owners = [x.name for x in ann.mentions if x.type is EntityType.ORGANIZATION]
    proper_spans = [(t.start, t.end) for t in ann.tokens if t.tag in _PROPER_TAGS]
    proper_spans += [text_span(doc, x) for x in ann.mentions if x.type in (EntityType.REGION, EntityType.ORGANIZATION)]
    for m in _HEAD_RE.finditer(text):
        head = m.group(0)
        if any(overlaps(m.span(), s) for s in spans) or _VENUE_AFTER.match(text, m.end()):
            continue
        start = _name_start(text, m.start())
        if text[start - 1:start] in _THEMES_JOINED and start - 1 not in named_before and m.start() - start >= 2:
            # 群众身边不正之风和腐败问题集中整治推进会, 防汛和重点项目建设工作座谈会: 和 joins two themes of one meeting
            before = _name_start(text, start - 1)
            if start - 1 - before >= 2 and not _HEAD_RE.search(text, before, start - 1) \
                    and not any(before < e <= start - 1 for e in person_ends):
                start = before
        prefix = text[start:m.start()]
        if len(strip_quotes(prefix)) < 2 or _GENERIC_PREFIX.match(prefix):
            continue
        if head in _WEAK_HEADS and len(strip_quotes(prefix)) < 4:
            continue
        holder = None
        if not _distinctive(text, start, m.start(), proper_spans) and not (
                head in FESTIVAL_SUFFIXES and len(strip_quotes(prefix)) >= 2 and not _KIND_ONLY.match(strip_quotes(prefix))):
            # (某某音乐节, 某某擂台赛: a festival or contest is named by its own two characters)
            # 集团召开大讨论动员部署会, 某县召开大讨论推进会: a meeting of the drive, named by its holder
            holder = _holder(text, start, named_before, owners) if start in campaign_starts else None
            if holder is None:
                convened = _convened_on_theme(text, m.start())
                if convened is None:
                    continue  # 报告会, 推进会 of some kind: a type of meeting, not a named event
                start = convened
        end = m.end() + 1 if text.startswith("议", m.end()) and head.endswith("会") else m.end()
        if head in ("代表大会", "大会") and (session := _SESSION_AFTER.match(text, end)):
            end = session.end()  # 某县第十八届人民代表大会|第三次会议: the session is the event
        if _JOINED_NEXT.match(text, end):
            continue  # 某某工作会议|暨某某推进会: one meeting of two names, named by the second's head
        if head in FESTIVAL_SUFFIXES and _HEAD_RE.match(text, end):
            continue  # 某某旅游季|开幕式: the ceremony of the festival, named by the head after it
        name = strip_quotes(text[start:end])
        if holder is None and head in _GROUP_SESSIONS:
            # 某市委理论学习中心组举行第三次集体学习: the session is the group's, named by the group holding it
            holder = _holder(text, start, named_before, owners)
        add(start, end, holder + name if holder else name, "events.head")
    return _merge_spellings(out, ann, ctx)


# 某某在某县主持召开防汛和重点项目建设工作座谈会: a meeting convened somewhere on a theme of its own; its name
# runs from the verb to the head
_CONVENED = re.compile(r"在[\u4e00-\u9fff]{2,12}?(?:主持)?(?:召开|举行)了?([^，。；：,;:！？!?（）()《》“”\s]{4,24})$")
_THEME_KIND = re.compile(r"(?:工作)?(?:专题)?$")


def _convened_on_theme(text: str, head_start: int) -> int | None:
    """Where the name of a meeting convened on a theme starts (after 在某地召开), if it is one."""
    m = _CONVENED.search(text, max(0, head_start - 40), head_start)
    if m is None:
        return None
    theme = _THEME_KIND.sub("", m.group(1))
    return m.start(1) if len(theme) >= 4 and not _KIND_ONLY.match(theme) else None


# A study group's sessions, named by the group that holds them
_GROUP_SESSIONS = ("集体学习", "专题学习会", "读书会")
# 暨 and a second meeting's name, up to its head, within what a name's start reaches back over
_JOINED_NEXT = re.compile("暨[^，。；：,;:！？!?（）()《》\\s]{2,30}?(?:" + "|".join(map(re.escape, _HEADS)) + ")")
_HOLDING = re.compile(r"(?:召开|举行|举办)$")
_SELF_KIND = {"集团": ("集团",), "公司": ("公司",), "学校": ("大学", "学院", "学校"), "学院": ("学院",),
              "医院": ("医院",)}


def _holder(text: str, start: int, named_before, owners) -> str | None:
    """The body or place holding a meeting named by its drive alone (集团|召开|大讨论动员部署会): a region
    or body named right before the verb, or the report's own body called by its kind (集团, 学校)."""
    verb = _HOLDING.search(text, max(0, start - 2), start)
    if verb is None:
        return None
    at = verb.start()
    if at in named_before:
        named = named_before[at]
        return named.key or named.name
    for kind, ends in _SELF_KIND.items():
        if text.startswith(kind, at - len(kind)) and not re.match(r"[\u4e00-\u9fff]", text[at - len(kind) - 1:at - len(kind)]):
            # the report's body of that kind, by the name it goes by most often
            names = [n for n in owners if n.endswith(ends)]
            return max(set(names), key=lambda n: (names.count(n), -len(n))) if names else None
    return None


_WIDE_LEVEL = {"全市": "prefecture", "全省": "province", "全区": "county", "全县": "county", "全州": "prefecture"}


def _merge_spellings(events: list[Mention], ann, ctx) -> list[Mention]:
    """全市X会议 is the city's X会议: key it by the region's name; a bare X会议 in the same
    document is that one meeting when only one region-wide spelling of it exists."""
    homes = None
    resolved: dict[str, list[str]] = {}
    out = []
    for m in events:
        lead = m.canonical[:2]
        if m.extractor == "events.head" and lead in _WIDE_LEVEL:
            homes = homes if homes is not None else home_regions(ann, ctx)
            home = homes.get(_WIDE_LEVEL[lead])
            if home is not None:
                key = home.name + m.canonical[2:]
                resolved.setdefault(m.canonical[2:], []).append(key)
                m = dc_replace(m, key=key)
        out.append(m)
    final = []
    for m in out:
        keys = set(resolved.get(m.canonical, ()))
        if m.extractor == "events.head" and len(keys) == 1:
            m = dc_replace(m, key=keys.pop())
        elif m.extractor == "events.head" and (bare := _BARE_BODY.match(m.canonical)) \
                and not _after_region(ann, ann.doc, text_span(ann.doc, m)[0]):
            homes = homes if homes is not None else home_regions(ann, ctx)
            home = homes.get(level_of_char(bare.group("lvl")))
            if home is not None and home.name.endswith(bare.group("lvl")):
                m = dc_replace(m, key=home.name + m.canonical[1:])
        final.append(m)
    return _merge_qualified(final, ann)


_YEAR_OPENING = re.compile(r"(?:19|20)\d\d年(?:度)?")
_EDITION_OPENING = re.compile(r"首届|第[一二三四五六七八九十百\d]+届")
_SESSION_NUMBER = re.compile(r"第[一二三四五六七八九十百零〇\d]+次(?=常务会议|全体会议|主任会议)")
# A session named by its number alone (第二十一次会议, 第3次全体会议)
_ORDINAL_SESSION = re.compile(r"第[一二三四五六七八九十百零〇\d]+次(?:全体|常务|主任)?会议")


def _merge_qualified(events: list[Mention], ann) -> list[Mention]:
    """某区一季度X活动 in a headline and 某市某区2024年一季度X活动 in the report: one event, under
    the fuller name (places and a year opening the name are its qualifiers; the fuller name must
    carry every place the shorter one names: 全省X会议 and 全市X会议 stay two)."""
    region_of: dict[str, str] = {}
    for x in ann.mentions:
        if x.type is EntityType.REGION:
            for n in (x.surface, x.name, x.key):
                if n:
                    region_of.setdefault(n, x.key or x.name)
    places = sorted(region_of, key=len, reverse=True)

    def split(key: str) -> tuple[str, frozenset[str]]:
        named: set[str] = set()
        changed = True
        while changed:
            changed = False
            for place in places:
                if key.startswith(place) and len(key) > len(place) + 2:
                    key, changed = key[len(place):], True
                    named.add(region_of[place])
                    break
            if (year := _YEAR_OPENING.match(key) or _EDITION_OPENING.match(key)) and len(key) > year.end() + 2:
                key, changed = key[year.end():], True  # (2024年某某节, 第三届某某赛: the year or edition qualifies)
        # (县政府第6次常务会议 and the minutes' 县人民政府常务会议: the session's number qualifies it too)
        key = _SESSION_NUMBER.sub("", key.replace("人民政府", "政府"))
        return key, frozenset(named)

    heads = {m.key or m.canonical for m in events if m.extractor == "events.head"}
    parts = {k: split(k) for k in heads}
    fuller: dict[str, str] = {}
    for k in heads:
        core, named = parts[k]
        wider = [f for f in heads if f != k and len(f) > len(k) and parts[f][0] == core and named <= parts[f][1]]
        if wider:
            fuller[k] = max(wider, key=lambda f: (len(f), f))
        elif _ORDINAL_SESSION.fullmatch(k):
            # 某某常委会召开第二十一次会议 (the headline) and 某某常委会第二十一次会议: the one session named in full
            named_in_full = [f for f in heads if f != k and f.endswith(k)]
            if len(named_in_full) == 1:
                fuller[k] = named_in_full[0]
    return [dc_replace(m, key=fuller[m.key or m.canonical]) if m.extractor == "events.head"
            and (m.key or m.canonical) in fuller else m for m in events]


@stage("events", requires={"tokens", "mentions:Region", "mentions:PolicyDocument", "mentions:Campaign"},
       provides={"mentions:Event"})
def events(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_events(ann, ctx)
