"""Regions: administrative divisions, development zones, macro-regions, countries.

Full names (大同市, 长阳土家族自治县) are taken wherever they occur; short
forms (大同, 长阳) only where the word segmentation agrees they are a word of
their own; towns only when the document names one of their ancestors. An
ambiguous name (朝阳区 in Beijing or Changchun) goes to the candidate whose
ancestors the document mentions.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..lexicons.gazetteer import Division, Gazetteer
from ..lexicons.words import ZONE_EXPANSIONS, ZONE_SUFFIXES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import mention, quoted_spans, text_span

LEVEL_RANK = {"province": 5, "macro": 4, "country": 4, "prefecture": 3, "zone": 2.5, "county": 2, "state": 1.7, "city": 1.5, "town": 1}
_FOREIGN_LEVELS = {"country", "state", "city", "macro"}
# A short form followed by one of these is a place *in* the region, not the region.
_FACILITY_AFTER = re.compile(r"^(公园|大街|大道|路|街|广场|寺|山|河|湖|桥|站|机场|港|塔|宾馆|饭店|酒店|大厦|人(?![民大])|籍|牌|菜|话|味)")
# The same, when the segmenter marks the short form itself as a place: 北京人 is about 北京,
# and 街头 "in the streets" is no street.
_FACILITY_NAMED = re.compile(r"^(公园|大街|大道|路|街(?![头巷坊])|广场|寺|山|河|湖|桥|站|机场|港|塔|宾馆|饭店|酒店|大厦)")
# A place the segmenter reads as one name with the city before it (某市|体育场, 某市|国际会议中心):
# the city is named, unless the rest is a street or district named after it (南京|西路).
_PLACE_WITHIN_LEVELS = {"province", "prefecture"}
_NAMED_AFTER_CITY = re.compile(r"[东西南北中]?(路|街|大街|大道|道|巷|里|区|市|省|县|镇|乡|村|站|港|湾|城)")
# After a full name cut inside a word (北京|市民): not when a body follows (大同市委).
_BODY_AFTER_SUFFIX = re.compile(r"(委|政府|人大|政协|纪委|监委|法院|中级|检察|公安|直|属|辖|级|长|领导|党|团|妇联|总工会|文联|科协)")
_PERSON_TAGS = {"PER", "nr"}
# The official long form after a country's usual name: 某某共和国, 某某王国.
_STATE_FORM = re.compile(r"联盟共和国|联邦共和国|人民共和国|民主共和国|社会主义共和国|伊斯兰共和国|阿拉伯共和国|共和国|联邦|王国|合众国|大公国|国(?![\u4e00-\u9fff])")
# A natural feature named after a place: 阿拉斯加|海湾, 几内亚|湾.
_NATURE_AFTER = re.compile(r"海湾|湾|海峡|海|半岛|岛|山脉|山|河|湖|高原|盆地|沙漠")
_NAME_TAGS = {"LOC", "ORG", "ns", "nt"}
# Tags that mark a short form as an ordinary word (振兴 "revitalise", 解放 "liberate").
# Tags of a plain word modifying the noun after it (快速通道): no place name follows such a word as a noun
_MODIFIER_TAGS = {"n", "a", "an"}
_WORD_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "m", "q", "r", "f", "xc", "w", "TIME"}
# Names in the table that are generic words (a county literally named 城区).
# Districts named by a common noun of towns (老城区, 新城区, 城东区): divisions only where their city is named
_COMMON_DISTRICTS = frozenset({"老城区", "新城区", "城东区", "城西区", "城南区", "城北区", "城中区", "市中区"})
_GENERIC = {"城区", "郊区", "矿区", "新区", "开发区", "高新区", "示范区", "产业园", "街道", "林区", "市辖区", "经开区"}
_TOWN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,}(镇|乡|街道|苏木)$")
# A major place the segmenter ran together with the word after it (上海郊区, 江苏南部, 法国政局,
# 北京人): a locality or position word of the dictionary, or one of these nouns for the place's
# people and state. Other nouns often make a name of their own (非洲猪瘟, 中国女篮, 南京军区).
_COMMON_WORD_LEVELS = {"country", "province", "prefecture", "macro", "state", "city"}
_PLACE_WORD_TAGS = {"f", "s"}
_PLACE_NOUNS = frozenset({
    "人", "人民", "华人", "华侨", "侨胞", "同胞", "客商", "市民", "居民", "群众", "百姓", "老百姓", "游客", "民众",
    "地区", "政局", "局势", "形势", "经济", "市场", "农村", "城乡", "城市", "市区", "城区", "全境", "各地", "一带",
    "当地", "首都", "故都", "古都", "首府", "边境", "沿海", "内地", "腹地", "大地",
})
_COMMON_WORD_TOKEN_TAGS = {"LOC", "ORG", "ns", "nt", "nz", "n"}
# A weather table's row: the place run together with its weather, then the temperatures
# (大连晴|16℃／22℃, 拉萨晴|转多云12℃).
_WEATHER = r"(?:晴|阴|多云|[小中大暴]?雨|阵雨|雷阵雨|雨夹雪|[小中大暴]?雪|雾|霾|沙尘暴?)"
_WEATHER_WORD = re.compile(rf"{_WEATHER}(?:转{_WEATHER})?")
_TEMPERATURE_AFTER = re.compile(rf"(?:转{_WEATHER})?[-－—]?\d+(?:℃|°C)")


@dataclass(frozen=True)
class RegionHit:
    start: int
    end: int
    name: str
    candidates: tuple[Division, ...]
    short: bool


class RegionMatcher:
    def __init__(self, gazetteer: Gazetteer):
        self.gaz = gazetteer
        self.full: dict[str, list[Division]] = {}
        for name, divs in gazetteer.by_name.items():
            if len(name) >= 2:
                self.full[name] = divs
        self.short: dict[str, list[Division]] = {
            s: [d for d in divs if d.name != s] for s, divs in gazetteer.by_short.items() if len(s) >= 2
        }
        self.max_len = max(len(n) for n in list(self.full) + list(self.short))
        # lengths of the names starting with each character, longest first: most
        # characters start no name, so the scan skips them with one look-up
        lengths: dict[str, set[int]] = {}
        for name in list(self.full) + [s for s, divs in self.short.items() if divs]:
            lengths.setdefault(name[0], set()).add(len(name))
        self.lengths = {ch: sorted(ls, reverse=True) for ch, ls in lengths.items()}

    def scan(self, text: str) -> list[RegionHit]:
        """Greedy longest-match scan for full names and short forms."""
        hits: list[RegionHit] = []
        i, n = 0, len(text)
        full, short = self.full, self.short
        lengths = self.lengths
        while i < n:
            found = None
            for length in lengths.get(text[i], ()):
                if i + length > n:
                    continue
                piece = text[i : i + length]
                if piece in full:
                    found = RegionHit(i, i + length, piece, tuple(full[piece]), False)
                    break
                if piece in short and short[piece]:
                    found = RegionHit(i, i + length, piece, tuple(short[piece]), True)
                    break
            if found:
                hits.append(found)
                i = found.end
            else:
                i += 1
        return hits


def _place_then_common_word(hit: RegionHit, text: str, tok, word_tags: dict) -> bool:
    """Whether token ``tok``, which starts with ``hit`` and goes on after it, is the place and one
    common word (上海|郊区, 法国|政局, 北京|人), not a longer name (中山|大学, 大同小异)."""
    if tok is None or tok.start != hit.start or tok.end <= hit.end or tok.tag not in _COMMON_WORD_TOKEN_TAGS:
        return False
    if not {d.level for d in hit.candidates} <= _COMMON_WORD_LEVELS:
        return False
    rest = text[hit.end:tok.end]
    if _WEATHER_WORD.fullmatch(rest) and _TEMPERATURE_AFTER.match(text, tok.end):
        return True
    if rest in _PLACE_NOUNS:
        return True  # 北京人, 非洲人: a demonym names the place
    if len(rest) < 2 or _FACILITY_NAMED.match(rest) or _NATURE_AFTER.match(rest) or _BODY_AFTER_SUFFIX.match(rest):
        return False
    return word_tags.get(rest) in _PLACE_WORD_TAGS


# One-character prepositions and conjunctions the segmenter glues onto a foreign name (同加利福尼亚州/p).
_GLUED_PREPOSITIONS = set("同与和跟向对在从赴到及")


def _after_glued_preposition(hit: RegionHit, text: str, token_at: dict) -> bool:
    """Whether ``hit`` (three characters or more) is all of a token but the preposition it opens with."""
    tok = token_at.get(hit.start - 1)
    return (tok is not None and tok.end == hit.end and len(hit.name) >= 3
            and text[hit.start - 1] in _GLUED_PREPOSITIONS)


def _short_inside_word(hit: RegionHit, text: str, ends: set[int], matcher: "RegionMatcher") -> RegionHit | None:
    """北京市民 is 北京 + 市民: a full name whose suffix starts the next word gives way to its short form."""
    for d in hit.candidates:
        short = d.short
        if short and hit.name.startswith(short) and hit.start + len(short) in ends:
            if _BODY_AFTER_SUFFIX.match(text, hit.start + len(short) + 1) or not matcher.short.get(short):
                return None
            return RegionHit(hit.start, hit.start + len(short), short, tuple(matcher.short[short]), True)
    return None


def _prefix_in_word(hit: RegionHit, text: str, ends: set[int], matcher: "RegionMatcher") -> RegionHit | None:
    """日本国内 is 日本 + 国内: the longest shorter name that ends where a word ends."""
    for length in range(len(hit.name) - 1, 1, -1):
        end = hit.start + length
        if end not in ends:
            continue
        if text[end:end + 1] in "省市县区州" and _BODY_AFTER_SUFFIX.match(text, end + 1):
            return None  # 大同|市委: the suffix belongs to a body
        piece = text[hit.start:end]
        if piece in _GENERIC:
            return None
        if piece in matcher.full:
            return RegionHit(hit.start, end, piece, tuple(matcher.full[piece]), False)
        if matcher.short.get(piece):
            return RegionHit(hit.start, end, piece, tuple(matcher.short[piece]), True)
    return None


def _choose(gaz: Gazetteer, hit: RegionHit, context_keys: set[str], province_votes: Counter) -> Division:
    if len(hit.candidates) == 1:
        return hit.candidates[0]

    def score(d: Division):
        ancestors = {a.key for a in gaz.ancestors(d)}
        return (
            d.key in context_keys,
            len(ancestors & context_keys),
            province_votes.get(d.province_key, 0),
            LEVEL_RANK.get(d.level, 0),
            -int(d.key.split("-")[0]) if d.key[:1].isdigit() else 0,
        )

    return max(hit.candidates, key=score)


# Institutions named after the place they serve (某县中学, 某市人民医院).
_INSTITUTION = re.compile(r"(第[一二三四五六七八九十\d]+)?(中学|小学|高中|实验中学|职业中学|大学|学院|师范学院|医院|人民医院|中医院)")


def _context(gaz: Gazetteer, hits) -> tuple[set[str], Counter]:
    """Keys of the regions named with certainty and of their ancestors; votes per province.

    A town vouches for no county: the one town of its name in the table (a table of 2021, where a town
    renamed or made a street since is missing) must not place a document in another province."""
    keys: set[str] = set()
    votes: Counter = Counter()
    for hit in hits:
        for d in hit.candidates[:1] if len(hit.candidates) == 1 and hit.candidates[0].level != "town" else ():
            keys.add(d.key)
            keys.update(a.key for a in gaz.ancestors(d))
            if d.province_key:
                votes[d.province_key] += 1
    return keys, votes


# A county whose name opens with a verb of joint action (会同县): after 牵头， or a comma it is the verb
_WITH_VERB_OPENING = re.compile(r"会同|协同|联合|配合")
_WITH_VERB_BEFORE = re.compile(r"(?:牵头|负责)[，,]?$|[，,、]$")
_TOWN_END = re.compile(r"(?:镇|乡|街道)$")


def _zone_at(text: str, pos: int) -> str | None:
    """The development-zone suffix starting at ``pos`` (高新区, 经济技术开发区…), longest first."""
    return next((z for z in ZONE_SUFFIXES if text.startswith(z, pos)), None)


# What follows a drive's quoted theme: its head (“某某”专项行动, “某某”活动, “某某”工程)
_DRIVE_AFTER_QUOTE = re.compile(r"(?:专项|集中|主题|实践|攻坚|创建|提升|建设)?(?:行动|活动|工程|整治|大讨论|攻坚战|教育|年)")


def find_regions(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    gaz: Gazetteer = ctx.gazetteer
    matcher: RegionMatcher = ctx.region_matcher
    starts = {t.start for t in ann.tokens}
    ends = {t.end for t in ann.tokens}
    token_at = {t.start: t for t in ann.tokens}
    token_before = {t.end: t for t in ann.tokens}
    have_tokens = bool(ann.tokens)

    strong: list[RegionHit] = []
    weak: list[RegionHit] = []  # accepted only if the document confirms the region
    near: list[RegionHit] = []  # accepted only if the document names the region or its parent
    for hit in matcher.scan(text):
        if hit.name in _GENERIC:
            continue
        if hit.name in _COMMON_DISTRICTS:
            near.append(hit)  # 某市的老城区: the old town of any city, unless the district's city is named
            continue
        if any(d.level == "country" for d in hit.candidates):
            long_form = _STATE_FORM.match(text, hit.end)
            if long_form and (not have_tokens or long_form.end() in ends):
                # 某某联盟共和国: the country's official name
                hit = RegionHit(hit.start, long_form.end(), text[hit.start:long_form.end()],
                                tuple(d for d in hit.candidates if d.level == "country"), False)
        zone = _zone_at(text, hit.end)
        if have_tokens and hit.start in starts and hit.end not in ends and not (
                zone or text.startswith("地区", hit.end) and hit.end + 2 in ends):
            hit = (None if hit.short else _short_inside_word(hit, text, ends, matcher)) \
                or _prefix_in_word(hit, text, ends, matcher) or hit
        levels = {d.level for d in hit.candidates}
        if have_tokens and hit.start in starts and hit.end not in ends and _place_then_common_word(
                hit, text, token_at.get(hit.start), ctx.word_tags):
            strong.append(hit)
            continue
        after = text[hit.end : hit.end + 4]
        zone = _zone_at(text, hit.end)  # (the hit may have been shortened above)
        tok = token_at.get(hit.start)
        tag = tok.tag if tok is not None and tok.end == hit.end else None
        if hit.short:
            if zone is None:
                region_word = text.startswith("地区", hit.end) and hit.end + 2 in ends  # 北京地区/LOC
                tok_here = token_at.get(hit.start)
                named_after = (tok_here is not None and tok_here.tag == "ORG" and tok_here.end > hit.end
                               and _INSTITUTION.fullmatch(text, hit.end, tok_here.end))
                if named_after:
                    weak.append(hit)  # 某县中学: a school named after its county, if the document confirms it
                    continue
                place_within = (tok_here is not None and tok_here.tag == "LOC" and tok_here.end - hit.end >= 3
                                and any(d.level in _PLACE_WITHIN_LEVELS for d in hit.candidates)
                                and not _NAMED_AFTER_CITY.match(text, hit.end))
                if have_tokens and not (hit.start in starts and (hit.end in ends or region_word or place_within)):
                    continue
                if region_word or place_within:
                    tag = "LOC"
                facility = _FACILITY_NAMED if tag in _NAME_TAGS else _FACILITY_AFTER
                if facility.match(after) or (tag in _WORD_TAGS and tag not in _PERSON_TAGS):
                    continue
                prev = token_before.get(hit.start)
                if tag == "n" and prev is not None and prev.tag in _MODIFIER_TAGS:
                    continue  # 快速|通道: a common noun under its modifier, not the county
            (strong if tag in _NAME_TAGS or zone else weak).append(hit)
        elif levels == {"town"}:
            if _TOWN_NAME.match(hit.name):
                (strong if tag in _NAME_TAGS else weak).append(hit)
            elif tag in ("LOC", "ns") and len(hit.name) == 2 and hit.name[-1] in "镇乡":
                weak.append(hit)  # 齐镇: a one-character town, if the model reads a place and the document names its county
        elif len(hit.name) == 2:
            aligned = not have_tokens or (hit.start in starts and hit.end in ends)
            if aligned and levels <= _FOREIGN_LEVELS and tag not in _WORD_TAGS:
                strong.append(hit)  # 美国, 日本, 东京: no ancestor to confirm them
            elif aligned:
                weak.append(hit)  # 兴县, 和县: two characters that end many phrases (产业兴县) need the document's confirmation
        elif _WITH_VERB_OPENING.match(hit.name) and _WITH_VERB_BEFORE.search(text, max(0, hit.start - 4), hit.start):
            near.append(hit)  # 牵头，会同县公安局: the verb 会同 and a bare body, unless the county's city is named
        elif levels <= _FOREIGN_LEVELS and have_tokens and (
                hit.start not in starts and not _after_glued_preposition(hit, text, token_at)
                or hit.end not in ends and _NATURE_AFTER.match(text, hit.end)):
            continue  # 西|弗吉尼亚州, 阿拉斯加|海湾: a foreign name inside a longer word
        else:
            strong.append(hit)

    # context: regions named with certainty, and their ancestors
    context_keys, province_votes = _context(gaz, strong)
    # A short form the model tags as a place but whose only readings lie in another
    # province than the one the document is plainly about (三峡 in a Hubei report is not
    # 三峡区 of Taiwan's 新北市) needs the document to confirm it like any weak form.
    # Only county-level readings: a city's short form (南京, 合肥) is what people call
    # the city, in a report from anywhere (lists of cities, weather tables).
    if province_votes:
        home_prov, votes = province_votes.most_common(1)[0]
        if votes >= 2:
            def province(d):
                return next((a.key for a in [d] + gaz.ancestors(d) if a.level == "province"), None)

            far = [h for h in strong if h.short and len(h.candidates) >= 1
                   and all(province(d) and province(d) != home_prov for d in h.candidates)
                   and all(d.level == "county" for d in h.candidates)]
            if far:
                strong = [h for h in strong if h not in far]
                weak = weak + far
                context_keys, _ = _context(gaz, strong)
    # A county's short form inside a drive's quoted theme (“清河护水”专项行动: clear rivers, not 清河县) is a
    # word of the theme unless the document confirms the county, as a weak form must be
    quotes = [(s, e) for _, oe, s, e in quoted_spans(text) if _DRIVE_AFTER_QUOTE.match(text, oe)]
    quoted = [h for h in strong if h.short and h.candidates and all(d.level == "county" for d in h.candidates)
              and any(s <= h.start and h.end <= e for s, e in quotes)] if quotes else []
    if quoted:
        strong = [h for h in strong if h not in quoted]
        weak = weak + quoted
        context_keys, _ = _context(gaz, strong)
    confirmed = [
        h for h in weak
        if any(d.key in context_keys or {a.key for a in gaz.ancestors(d)} & context_keys for d in h.candidates)
    ]
    confirmed += [h for h in near if any(d.key in context_keys or d.parent in context_keys for d in h.candidates)]
    accepted = sorted(strong + confirmed, key=lambda h: h.start)
    # 某镇|古城区: an area of the town (its old town), not a district run together with it
    town_ends = {h.end for h in accepted if {d.level for d in h.candidates} == {"town"} or _TOWN_END.search(h.name)}
    accepted = [h for h in accepted if not (h.start in town_ends and {d.level for d in h.candidates} == {"county"})]

    # 某某街道 … 某某商业街区: the street's stem said alone is the street (not a 某某区 of a city not named)
    town_by_stem = {}
    for h in accepted:
        suffix = next((x for x in ("街道", "镇", "乡") if h.name.endswith(x)), None)
        if suffix and len(h.name) - len(suffix) >= 2 and {d.level for d in h.candidates} == {"town"}:
            town_by_stem[h.name[:-len(suffix)]] = h
    out: list[Mention] = []
    for hit in accepted:
        town = town_by_stem.get(hit.name)
        if town is not None and town is not hit and not any(
                d.key in context_keys or d.parent in context_keys for d in hit.candidates):
            # (a county of the document's own city keeps its short form beside a town of that stem: 某某 is 某某县)
            hit = RegionHit(hit.start, hit.end, hit.name, town.candidates, True)
        div = _choose(gaz, hit, context_keys, province_votes)
        if div.level == "town" and not ({a.key for a in gaz.ancestors(div)} & context_keys):
            if hit in strong:  # a town the model marks as a place, parent unknown
                out.append(mention(doc, hit.start, hit.end, EntityType.REGION, "regions.town", key=hit.name,
                                   confidence=0.7, level="town"))
            continue
        div = gaz.canonical(div)
        end = hit.end
        zone = _zone_at(text, end)
        if zone and div.name.endswith((hit.name + zone, hit.name + ZONE_EXPANSIONS.get(zone, zone))) \
                and div.name != hit.name + zone:
            end += len(zone)  # 净月|高新区 for 长春净月高新技术产业开发区: the division by its short name, no zone in it
            zone = None
        if zone and div.level in ("province", "prefecture", "county"):
            full_zone = (div.short or div.name) + ZONE_EXPANSIONS.get(zone, zone)
            zone_key = f"{div.key}-{ZONE_EXPANSIONS.get(zone, zone)}"
            out.append(
                mention(doc, hit.start, end + len(zone), EntityType.REGION, "regions.zone", key=full_zone,
                        region_key=zone_key, level="zone", parent_key=div.key, parent=div.name)
            )
            continue
        if div.level == "macro" and hit.name.endswith("地区") and hit.name[:-2] in gaz.by_name:
            end -= 2  # 亚太地区: the region is 亚太, 地区 is the common noun
        elif div.level in _FOREIGN_LEVELS and text[end:end + 1] in ("市", "州") and end + 1 in ends \
                and not hit.name.endswith(("市", "州")):
            end += 1  # 洛杉矶|市 read as one word
        parent = gaz.parent(div)
        out.append(
            mention(doc, hit.start, end, EntityType.REGION, "regions.gazetteer", key=div.name,
                    confidence=0.8 if hit.short else 1.0,
                    region_key=div.key, code=div.code, level=div.level,
                    parent_key=parent.key if parent else None, parent=parent.name if parent else None)
        )
    return out


# One-character country abbreviations, used in pairs (中美关系, 中俄两国, 中日韩合作).
COUNTRY_ABBREVIATIONS = {
    "中": "中国", "美": "美国", "俄": "俄罗斯", "日": "日本", "英": "英国", "法": "法国", "德": "德国",
    "韩": "韩国", "朝": "朝鲜", "印": "印度", "越": "越南", "意": "意大利", "加": "加拿大", "澳": "澳大利亚",
    "巴": "巴基斯坦", "蒙": "蒙古", "泰": "泰国", "菲": "菲律宾", "新": "新加坡", "以": "以色列", "伊": "伊朗",
    "埃": "埃及", "墨": "墨西哥", "荷": "荷兰", "西": "西班牙", "葡": "葡萄牙", "希": "希腊", "土": "土耳其",
    "欧": "欧洲", "非": "非洲", "亚": "亚洲", "阿": "阿根廷", "缅": "缅甸",
}
_ABBR_CHARS = "".join(COUNTRY_ABBREVIATIONS)
_ABBR_RUN = re.compile(
    rf"([{_ABBR_CHARS}]{{2,4}})(?=关系|两国|三国|双方|友好|合作|贸易|首脑|峰会|战略|联合|边界|边境|建交|会谈|会晤|之间|间|友谊|交往|外长|元首|领导人|经贸|协作|对话|联合声明)"
)


# 中、美、加三国: abbreviations listed with 、 before a count of countries.
_ABBR_LIST = re.compile(rf"((?:[{_ABBR_CHARS}]、){{1,5}}[{_ABBR_CHARS}])(?=[两三四五六七八九十]国|等国|各国)")


# One-character province-level abbreviations (京津冀, 抵京, 港澳台 同胞).
PROVINCE_ABBREVIATIONS = {
    "京": "北京", "沪": "上海", "津": "天津", "渝": "重庆", "冀": "河北", "晋": "山西", "辽": "辽宁",
    "吉": "吉林", "黑": "黑龙江", "苏": "江苏", "浙": "浙江", "皖": "安徽", "闽": "福建", "赣": "江西",
    "鲁": "山东", "豫": "河南", "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西", "琼": "海南",
    "川": "四川", "黔": "贵州", "滇": "云南", "藏": "西藏", "陕": "陕西", "甘": "甘肃", "青": "青海",
    "港": "香港", "澳": "澳门", "台": "台湾",
}
# Sides of a negotiation: 中方, 美方 (not 西方 "the West", 东方, 对方...).
_SIDE_CHARS = set("中美俄日英法德韩朝印越澳加巴蒙泰菲荷")
# A visit, a posting or a stay: 访华, 驻美, 抵京, 来沪, 赴港.
_VISIT_VERBS = set("驻访来赴抵离返进旅")
_VISIT_TAGS = {"v", "vn", "LOC", "ns"}
_ABBR_TOKEN_TAGS = {"LOC", "ns"}
# Routes named after their ends are not the places: 中欧班列, 京九线, 京沪高铁.
# Nor are parks, companies and schools named after them: 中欧合作产业园.
_ROUTE_AFTER = re.compile(
    r"[一二三四五六七八九十]|线|[\u4e00-\u9fff]{0,6}?(?:班列|铁路|高铁|高速|航线|管道|通道|走廊|产业园|工业园|园区|"
    r"合作区|示范区|基地|公司|集团|学院|大学|银行|商会)"
)


def _abbreviation_names(run: str) -> list[str] | None:
    """The place each character of a run of abbreviations stands for, or None.

    A run of country abbreviations (中美, 中日韩) reads as countries; one with a
    province-only character (港澳台, 京津) reads as provinces; 华 is China alone."""
    if run == "华":
        return ["中国"]
    if len(set(run)) != len(run):
        return None
    if all(ch in COUNTRY_ABBREVIATIONS for ch in run) and (len(run) > 1 or run not in PROVINCE_ABBREVIATIONS):
        return [COUNTRY_ABBREVIATIONS[ch] for ch in run]
    if all(ch in PROVINCE_ABBREVIATIONS for ch in run):
        return [PROVINCE_ABBREVIATIONS[ch] for ch in run]
    return None


def find_country_abbreviations(ann: AnnotatedDoc, ctx) -> list[Mention]:
    """中美关系 → 中 (中国) and 美 (美国): each character is a mention of its
    country. Also one-character names the word segmentation marks as places
    (对华出口, 台港澳同胞), the side of a talk (中方, 美方) and visits (访华, 抵京)."""
    gaz: Gazetteer = ctx.gazetteer
    text = ann.doc.text
    runs: dict[int, str] = {}
    starts = {t.start for t in ann.tokens}
    for m in _ABBR_RUN.finditer(text):
        # the run starts a word: 发展|中加|关系, not 发展中|...
        if m.start(1) in starts or not starts or (m.start(1) == 0 or not "\u4e00" <= text[m.start(1) - 1] <= "\u9fff"):
            runs[m.start(1)] = m.group(1)
    for t in ann.tokens:
        w = t.word
        if len(w) >= 3 and w[-2] in _VISIT_VERBS and _abbreviation_names(w[-1]) and t.tag in _VISIT_TAGS | {"ORG"}:
            runs.setdefault(t.end - 1, w[-1])  # 中国驻美/ORG: the model's name for a mission
            continue
        if t.tag in _ABBR_TOKEN_TAGS and len(w) <= 4 and _abbreviation_names(w):
            runs.setdefault(t.start, w)
        elif len(w) == 2 and w[1] == "方" and w[0] in _SIDE_CHARS:
            runs.setdefault(t.start, w[0])
        elif len(w) == 2 and w[0] in _VISIT_VERBS and t.tag in _VISIT_TAGS and _abbreviation_names(w[1]):
            runs.setdefault(t.start + 1, w[1])
    listed: dict[int, str] = {}
    for m in _ABBR_LIST.finditer(text):
        chars = m.group(1).split("、")
        if all(ch in COUNTRY_ABBREVIATIONS for ch in chars) and len(set(chars)) == len(chars):
            for k in range(m.start(1), m.end(1), 2):
                listed[k] = COUNTRY_ABBREVIATIONS[text[k]]
    out = []
    for pos, name in sorted(listed.items()):
        divs = gaz.lookup(name)
        if divs:
            d = gaz.canonical(divs[0])
            out.append(mention(ann.doc, pos, pos + 1, EntityType.REGION, "regions.abbreviation", key=d.name,
                               name=d.name, confidence=0.7, region_key=d.key, level=d.level))
    for start, run in sorted(runs.items()):
        if any(start <= p < start + len(run) for p in listed):
            continue
        names = _abbreviation_names(run)
        if not names or _ROUTE_AFTER.match(text, start + len(run)):
            continue
        for i, name in enumerate(names):
            divs = gaz.lookup(name)
            if not divs:
                continue
            d = gaz.canonical(divs[0])
            out.append(mention(ann.doc, start + i, start + i + 1, EntityType.REGION,
                               "regions.abbreviation", key=d.name, name=d.name, confidence=0.7,
                               region_key=d.key, level=d.level))
    return out


# 美丽乡村 and 西塘古镇 are the countryside and an old town, 集中村 a kind of village: no divisions
_NOT_VILLAGE_STEM = frozenset({"集中", "中心", "重点", "示范", "试点", "贫困", "行政", "自然", "周边", "相关", "邻近",
                               "空心", "城中", "城郊", "偏远", "边远", "传统", "特色", "美丽", "宜居", "文明"})
_VILLAGE = re.compile(r"^[\u4e00-\u9fff]{1,8}?(自然村|行政村|村|镇|乡|街道|嘎查|苏木)$")
_FOREIGN_SUFFIX = re.compile(r"(州|市|邦|省|郡)$")
# Natural features and buildings are not regions, whatever the model says.
_NOT_REGION_END = re.compile(
    r"(山|峰|岭|河|江|湖|海|湾|岛|峡|洋|川|原|漠|谷|瀑布|泉|池|塘|沟|滩|岸|半岛|平原|高原|盆地|运河|海峡|"
    r"馆|宫|寺|庙|塔|楼|厦|园|场|桥|路|街|巷|门|站|港|机场|大学|中心|公司|酒店|宾馆|饭店|石窟|陵|墓|城墙)$"
)


# A village opening the name of its body at the start of a clause (。某某村党支部, ，某某村委会)
_VILLAGE_BEFORE_BODY = re.compile(r"(?:^|(?<=[，,。；;：:、\s（(]))([\u4e00-\u9fff]{2,3}村)(?=党支部|党总支|党委|村委会|村民委员会)",
                                  re.M)


# Loanwords spelt like place names.
_LOANWORDS = {"法西斯", "马拉松", "沙龙", "托拉斯", "卡拉", "巴士", "沙发", "咖啡", "迪斯科", "奥林匹克", "白兰地", "威士忌"}


def find_model_places(ann: AnnotatedDoc, ctx, taken: list[tuple[int, int]]) -> list[Mention]:
    """Places the model marks (LOC) that the division table lacks: villages and
    towns (乔家村, 白沙镇), and foreign states and cities with a transliterated
    name and their suffix (佛罗里达州) or a listed city with its suffix (巴黎市).
    A bare transliteration is as often a club or a firm as a place: not taken."""
    from .persons import _TRANSLIT

    gaz: Gazetteer = ctx.gazetteer
    doc = ann.doc
    out = []
    text = doc.text
    for m in _VILLAGE_BEFORE_BODY.finditer(text):
        # 。某某村党支部书记…: a village named by its body, whether or not the model reads it as a place
        w = m.group(1)
        if w[0] not in "本该此全各我这那其每某新" and not gaz.lookup(w) and w[:-1] not in _NOT_VILLAGE_STEM \
                and not any(m.start(1) < e and s < m.end(1) for s, e in taken):
            out.append(mention(doc, m.start(1), m.end(1), EntityType.REGION, "regions.village", key=w, confidence=0.6,
                               level="village"))
            taken = taken + [m.span(1)]
    zones: list[tuple[int, int, str, str]] = []  # start, end, name, stem
    for k, t in enumerate(ann.tokens):
        if t.tag != "LOC" or len(t.word) < 2:
            continue
        w, end = t.word, t.end
        nxt = ann.tokens[k + 1] if k + 1 < len(ann.tokens) else None
        if nxt is not None and nxt.start == t.end and nxt.word in ZONE_SUFFIXES:
            w, end = w + nxt.word, nxt.end  # 某某|开发区: the model's place and the zone's head
        # 海南|某某经济开发区: a province's short name may open the zone's own name
        overlapping = [(s, e) for s, e in taken if t.start < e and s < end]
        province_prefix = len(overlapping) == 1 and overlapping[0][0] == t.start and overlapping[0][1] < end \
            and any(d.level == "province" for d in gaz.lookup(text[t.start:overlapping[0][1]]))
        if overlapping and not province_prefix:
            continue
        if not re.fullmatch(r"[\u4e00-\u9fff]+", w) or w in _GENERIC or w in _LOANWORDS:
            continue
        zone = next((z for z in ZONE_SUFFIXES if w.endswith(z)), None)
        if zone and len(w) - len(zone) >= 2 and w[0] not in "本该此全各我这那其每某" and not gaz.lookup(w):
            # 某某新区, 某某开发区 the table lacks: a development zone (its parent is not known here)
            name = w[:-len(zone)] + ZONE_EXPANSIONS.get(zone, zone)
            stem = w[overlapping[0][1] - t.start if province_prefix else 0:-len(zone)]
            zones.append((t.start, end, name, stem))
            continue
        if province_prefix or end != t.end:
            continue
        if _VILLAGE.match(w) and len(w) >= 3 and not gaz.lookup(w) and w[0] not in "本该此全各我这那其每某" \
                and not w.endswith(("乡村", "古镇", "小镇", "度假村", "联村")) and w[:-1] not in _NOT_VILLAGE_STEM:
            out.append(mention(doc, t.start, t.end, EntityType.REGION, "regions.village", key=w, confidence=0.6,
                               level="village" if w.endswith("村") else "town"))
            continue
        if _NOT_REGION_END.search(w):
            continue
        core = _FOREIGN_SUFFIX.sub("", w)
        known = [d for d in gaz.lookup(core) if d.level in _FOREIGN_LEVELS] if core != w else []
        if known:
            d = gaz.canonical(known[0])
            out.append(mention(doc, t.start, t.end, EntityType.REGION, "regions.foreign", key=d.name, confidence=0.7,
                               region_key=d.key, level=d.level))
        elif core != w and len(core) >= 2 and sum(c in _TRANSLIT for c in core) >= max(len(core) - 1, 2) and not gaz.lookup(w):
            out.append(mention(doc, t.start, t.end, EntityType.REGION, "regions.foreign", key=w, confidence=0.6,
                               level="state" if w.endswith(("州", "邦", "省")) else "city"))
    # 海南某某经济开发区 … 某某开发区: a zone named again by its own name and a shorter head is the one zone
    for start, end, name, stem in zones:
        fuller = max((z for z in zones if z[3] == stem), key=lambda z: len(z[2]))
        out.append(mention(doc, start, end, EntityType.REGION, "regions.model_zone", key=fuller[2],
                           confidence=0.6, level="zone"))
    return sorted(out, key=lambda m: (m.start, m.end))


@stage("regions", requires={"tokens"}, provides={"mentions:Region"})
def regions(ann: AnnotatedDoc, ctx) -> list[Mention]:
    found = find_regions(ann, ctx)
    taken = [(m.start, m.end) for m in found]
    extra = [m for m in find_country_abbreviations(ann, ctx)
             if not any(m.start < e and s < m.end for s, e in taken)]
    taken += [(m.start, m.end) for m in extra]
    # the model's tokens are in normalised-text offsets, mentions in raw ones
    extra += find_model_places(ann, ctx, [text_span(ann.doc, m) for m in found + extra])
    return sorted(_streets_said_short(found + extra), key=lambda m: (m.start, m.end))


def _streets_said_short(mentions: list[Mention]) -> list[Mention]:
    """某某村街道 … 某某村片区: a village the model finds that is a street's (town's) name said without
    its 街道/镇/乡, in a document naming that street, is the street."""
    from dataclasses import replace as dc_replace

    towns = {m.name: m for m in mentions if m.attr("level") == "town" and m.attr("region_key")}
    out = []
    for m in mentions:
        town = next((towns[m.name + x] for x in ("街道", "镇", "乡") if m.name + x in towns), None) \
            if m.extractor == "regions.village" else None
        out.append(dc_replace(m, key=town.key or town.name, attributes=town.attributes) if town is not None else m)
    return out
