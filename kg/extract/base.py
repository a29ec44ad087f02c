"""Helpers every extractor uses: text→raw spans, sentences, quotes, tokens."""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from typing import Iterator

from ..normalize import normalize_name
from ..types import Document, EntityType, Evidence, Mention, Token, attrs


_SENTENCE = re.compile(r"[^\n。！？!?；;]+[。！？!?；;]?[”’」』]?")


def sentences(text: str) -> "Sentences":
    """``[start, end)`` spans of sentences in normalised text (lines split too)."""
    return Sentences(m.span() for m in _SENTENCE.finditer(text) if m.group(0).strip())


class Sentences(list):
    """Sentence spans with their start offsets indexed, for O(log n) look-ups."""

    def __init__(self, spans):
        super().__init__(spans)
        self.starts = [s for s, _ in self]


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    starts = spans.starts if isinstance(spans, Sentences) else [s for s, _ in spans]
    i = bisect_right(starts, pos) - 1
    if 0 <= i < len(spans) and spans[i][0] <= pos < spans[i][1]:
        return spans[i]
    return (pos, pos + 1)


def mention(
    doc: Document,
    start: int,
    end: int,
    etype: EntityType,
    extractor: str,
    key: str | None = None,
    confidence: float = 1.0,
    name: str | None = None,
    **attributes: object,
) -> Mention:
    """A ``Mention`` from a span of ``doc.text``, mapped back to ``doc.raw``."""
    rs, re_ = doc.raw_span(start, end)
    return Mention(
        doc_id=doc.id,
        start=rs,
        end=re_,
        surface=doc.raw[rs:re_],
        type=etype,
        name=name or normalize_name(doc.text[start:end]),
        extractor=extractor,
        confidence=confidence,
        key=key,
        attributes=attrs(attributes),
    )


def text_span(doc: Document, m: Mention) -> tuple[int, int]:
    """The span of ``doc.text`` a mention covers (inverse of ``mention``)."""
    lo = bisect_right(doc.offsets, m.start - 1)
    hi = bisect_right(doc.offsets, m.end - 1)
    return lo, hi


def region_runs(doc: Document, regions, gazetteer) -> dict[int, tuple[int, object]]:
    """For each text position where a region mention starts: where the run of places named together from there
    ends, and the division of the last of them (赣州市南康区: 南康区). A place the gazetteer does not know ends a
    run; a run opened by one is absent."""
    by_start = {text_span(doc, r)[0]: r for r in regions}
    runs: dict[int, tuple[int, object]] = {}
    for start in by_start:
        pos, div = start, None
        while pos in by_start:
            r = by_start[pos]
            d = gazetteer.by_key.get(r.attr("region_key") or "")
            if d is None:
                break
            pos, div = text_span(doc, r)[1], d
        if div is not None:
            runs[start] = (pos, div)
    return runs


_MAX_QUOTE = 300


def evidence(doc: Document, text_start: int, text_end: int, spans: "Sentences | None" = None) -> Evidence:
    """The sentence around ``[text_start, text_end)`` as evidence in raw offsets."""
    spans = spans if spans is not None else sentences(doc.text)
    s0, _ = sentence_at(spans, text_start)
    e0, s1 = sentence_at(spans, max(text_end - 1, text_start))
    if e0 > s0 and (s1 - s0 > _MAX_QUOTE or "\n" in doc.text[s0:e0]):
        s0 = e0  # facts joined across a paragraph: quote the sentence that states the later part
    rs, re_ = doc.raw_span(s0, max(s1, s0 + 1))
    return Evidence(doc.id, rs, re_, doc.text[s0:s1].strip())


QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"', "‘": "’"}
_QUOTED = re.compile(r"“([^“”\n]{1,80})”|「([^「」\n]{1,80})」|『([^『』\n]{1,80})』|\"([^\"\n]{1,80})\"")


def quoted_spans(text: str) -> Iterator[tuple[int, int, int, int]]:
    """(outer_start, outer_end, inner_start, inner_end) of each quotation."""
    for m in _QUOTED.finditer(text):
        g = next(i for i in range(1, 5) if m.group(i) is not None)
        yield m.start(), m.end(), m.start(g), m.end(g)


_BOOK = re.compile(r"《([^《》\n]{2,120})》")


def book_spans(text: str) -> Iterator[tuple[int, int, int, int]]:
    for m in _BOOK.finditer(text):
        yield m.start(), m.end(), m.start(1), m.end(1)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


# -- the document's own regions ------------------------------------------------

_LEVEL_OF_CHAR = {"省": "province", "市": "prefecture", "州": "prefecture", "盟": "prefecture",
                  "县": "county", "区": "county", "旗": "county", "镇": "town", "乡": "town"}


def level_of_char(ch: str) -> str | None:
    return _LEVEL_OF_CHAR.get(ch)


def home_regions(ann, ctx) -> dict:
    """The document's own region at each level: the one it mentions most.

    A bare 市委 in a report that keeps naming 大同 is 大同市委. Counts come
    from region mentions; a county's prefecture and province count for them.
    """

    gaz = ctx.gazetteer
    votes: dict[str, Counter] = {}
    direct: Counter = Counter()  # mentions of the division itself
    first_seen: dict[str, int] = {}
    for m in ann.mentions:
        if m.type is not EntityType.REGION or not m.attr("region_key"):
            continue
        key = m.attr("region_key")
        div = gaz.by_key.get(key)
        if div is None:
            continue
        chain = [div] + gaz.ancestors(div)
        direct[div.key] += 1
        for i, d in enumerate(chain):
            votes.setdefault(d.level, Counter())[d.key] += 1.0 if i == 0 else 0.5
            first_seen.setdefault(d.key, m.start)
    out = {}
    for level, counter in votes.items():
        best = max(counter.items(), key=lambda kv: (kv[1], -first_seen.get(kv[0], 0)))
        out[level] = gaz.by_key[best[0]]
    # a county-level city is a 市 too: use it when no prefecture is named, or when the
    # report names it more often than its prefecture (市委 in a 平湖 report is 平湖市委)
    # (not one of several of the city's own county-level cities named as often as it: 甲市、乙市作典型发言 in
    # the city's report)
    counties = sorted((direct[k] for k in votes.get("county", {}) if k in direct), reverse=True)
    alone = len(counties) < 2 or counties[0] > counties[1]
    if "county" in out and out["county"].name.endswith("市") and (
            "prefecture" not in out or direct[out["county"].key] > direct[out["prefecture"].key]) \
            and (alone or "prefecture" not in out):
        out["prefecture"] = out["county"]
    # a county or district of a municipality (重庆市云阳县, 北京市朝阳区): its 市委/市政府 are the municipality's
    if "prefecture" not in out and "province" in out and out["province"].name in _MUNICIPALITIES:
        out["prefecture"] = out["province"]
    return out


_MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")


# -- left-extending a head word into a name -------------------------------------

# Verbs and function words that take a named thing as object: a name starts
# after the last of them (outside quotation marks).
NAME_STOPS = (
    "开展", "实施", "启动", "部署", "召开", "举办", "举行", "出席", "参加", "参与", "根据", "按照", "依据",
    "印发", "制定", "出台", "发布", "夺取", "打好", "打赢", "投身", "融入", "围绕", "通过", "结合", "落实",
    "贯彻", "决定", "要求", "强调", "指出", "提出", "作为", "纳入", "聚焦", "对照", "推出", "建设", "筹办",
    "主持", "贯穿", "依托", "打造", "展开", "发扬", "检验", "服务于", "锚定", "成立", "设立", "组建", "筹建", "列席",
    "打响", "肯定", "关注", "下设", "签订", "签署",
    "在", "的", "是", "把", "将", "对", "于", "了", "着", "从", "向", "由", "被", "让", "使", "并",
    "或", "等", "和", "与", "及", "这", "该", "此", "其", "各", "以", "为", "到", "就", "给", "即",
    "其中", "包括", "分别为", "分别是", "以来", "已经",
)
# Words stripped only at the start of a name (inside, they belong to it).
LEADING_STOPS = (
    "推进", "推动", "加快", "持续", "扎实", "积极", "认真", "大力", "广泛", "着力", "继续", "切实", "坚决",
    "深化", "成功", "主持", "首先", "其中", "同时", "今年", "去年", "目前", "当前", "上半年", "下半年",
    "一季度", "近年来", "主动", "不断", "进一步", "重点", "抓紧", "抓好", "加强", "加大", "全力", "奋力",
    "保障", "建立健全", "跑好", "做好", "搞好", "开好", "办好", "丰富", "巩固", "拓展", "统筹", "激励", "引领",
    "确保", "助力", "加速", "精心", "高质量", "高标准", "必须", "紧紧", "抓住", "好",
    "要", "紧盯", "优先", "力争", "争取", "抓实", "同步", "研究", "审议", "听取",
)
# Words that begin with the modal 要 ("must") but are nouns of their own (要素保障攻坚).
_YAO_WORDS = {"要素", "要点", "要件", "要地", "要道", "要案", "要闻", "要情"}
# Words whose first character is a one-character stop word (对, 和), inside a name (产销对接专项行动,
# 和美乡村建设): no stop there.
_WORDS_OPENING_WITH_A_STOP = ("对接", "对标", "对口", "对外", "和谐", "和美")
# 建设 names a theme of drives and meetings (作风建设专项整治, 清廉医院建设推进会), while it
# is the verb before a project's name (建设某某产业园).
THEME_WORDS = frozenset({"建设"})
REGION_WIDE = ("全市", "全省", "全区", "全县", "全国", "全州", "全镇", "全乡")
_STOP_SORTED = tuple(sorted(set(NAME_STOPS), key=len, reverse=True))
_LEADING_SORTED = tuple(sorted(set(LEADING_STOPS), key=len, reverse=True))


def _stops_re(keep: frozenset[str]) -> re.Pattern:
    """The stop words but ``keep``, longest first (the first that matches is the longest)."""
    return re.compile("|".join(re.escape(w) for w in _STOP_SORTED if w not in keep))


_STOPS_KEEPING = {frozenset(): _stops_re(frozenset()), THEME_WORDS: _stops_re(THEME_WORDS)}
_HARD_BREAK = set("，。；：:;,!！?？()（）[]【】《》〈〉\n\t 、|—-～~")
_QUOTES = "“”\"「」『』‘’"


def extend_left(text: str, head_start: int, max_chars: int = 24, allow_quotes: bool = True,
                floor: int = 0, keep_region_wide: bool = False, keep: frozenset[str] = frozenset()) -> int:
    """Start of the name ending at ``head_start``: walk left to punctuation
    (a 、 inside quotation marks does not count), cut after the last stop word
    outside quotes, then strip leading adverbs."""
    i = head_start
    in_quote = False
    while i > max(floor, head_start - max_chars):
        ch = text[i - 1]
        if allow_quotes and ch in "”」』\"":
            in_quote = True
        elif allow_quotes and ch in "“「『":
            in_quote = False
        elif ch in _HARD_BREAK and not (in_quote and ch == "、"):
            break
        elif ch in _QUOTES and not allow_quotes:
            break
        i -= 1
    start = i
    pos = i
    stops = _STOPS_KEEPING.get(keep) or _stops_re(keep)
    opened = closed = 0  # quotation marks in text[i:pos]
    while pos < head_start:
        if opened <= closed and (hit := stops.match(text, pos, head_start)) \
                and not text.startswith(_WORDS_OPENING_WITH_A_STOP, pos):
            start = pos = hit.end()  # (no stop word holds a quotation mark)
            continue
        ch = text[pos]
        opened += ch == "“"
        closed += ch == "”"
        pos += 1
    return strip_leading(text, start, head_start, keep_region_wide)


def strip_leading(text: str, start: int, head_start: int, keep_region_wide: bool = False) -> int:
    """Past the adverbs (and region-wide words, unless kept) opening ``text[start:head_start]``."""
    leading = _LEADING_SORTED if keep_region_wide else _LEADING_SORTED + REGION_WIDE
    changed = True
    while changed:
        changed = False
        for w in leading:
            if text.startswith(w, start) and start + len(w) < head_start \
                    and not (w == "要" and text[start:start + 2] in _YAO_WORDS):
                start += len(w)
                changed = True
    return start


def strip_quotes(s: str) -> str:
    return "".join(ch for ch in s if ch not in _QUOTES)


def region_votes(ann, ctx) -> Counter:
    """How strongly the document is about each region it names (county level or above): its mentions, and
    every 全县, 我县, 本县 (全市, 我区...) for the regions of that kind (a county secretary thanking 周口市委
    is still speaking about his county), and every body of its own said bare (市委, 县纪委)."""
    counts: Counter = Counter()
    for m in ann.mentions:
        if m.type is EntityType.REGION and m.attr("level") in ("province", "prefecture", "county", "zone"):
            counts[m.attr("region_key")] += 1
    zones = sorted({m.attr("region_key") for m in ann.mentions
                    if m.type is EntityType.REGION and m.attr("level") == "zone"} - {None})
    for m in ann.mentions:  # 市委, 市纪委 said bare (a zone's 党工委, 管委会): the report is that region's own
        if m.type is not EntityType.ORGANIZATION or not _LEADING_BODY.search(m.surface):
            continue
        if m.extractor == "orgs.bare_body" and m.attr("region_key") in counts:
            counts[m.attr("region_key")] += 1
        elif m.extractor == "orgs.zone_body" and len(zones) == 1:
            counts[zones[0]] += 1
    selves = Counter(m.group(1) for m in _SELF_REFERENCE.finditer(ann.doc.text))
    gaz = ctx.gazetteer
    for k in list(counts):
        div = gaz.by_key.get(k)
        if div is not None and div.level != "zone":
            counts[k] += selves[div.name[-1]]
    return counts


# The leading bodies of a region (its party committee, government, congress, discipline commission) or zone
_LEADING_BODY = re.compile(r"(?:^[省市县区州旗]委|政府|人大|人大常委会|政协|纪委|监委|纪委监委|党工委|管委会)$")


def primary_region(ann, ctx, votes: Counter | None = None):
    """The region the document is about: the one with the most votes (``region_votes``), the first named on a tie."""
    votes = region_votes(ann, ctx) if votes is None else votes
    if not votes:
        return None
    first: dict[str, int] = {}
    for m in ann.mentions:
        if m.type is EntityType.REGION and m.attr("region_key") in votes:
            first.setdefault(m.attr("region_key"), m.start)
    best = max(votes, key=lambda k: (votes[k], -first[k]))
    return ctx.gazetteer.by_key.get(best) or best


_SELF_REFERENCE = re.compile(r"(?:全|我|本)([省市县区州旗盟])(?![长委级属直])")


def outermost(mentions) -> tuple[list, list]:
    """Split mentions into a top layer and those nested in a longer name.

    Among names (Person, Organization, Region) longer spans win: 山西省大同市
    商务局 keeps 山西省 and 大同市 as nested. Descriptive spans (campaigns,
    events, projects, slogans, documents) often contain names and never hide
    them; they are always in the top layer. Flat NER tools read the top layer.
    """
    names = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.REGION)
    ordered = sorted((m for m in mentions if m.type in names), key=lambda m: (-(m.end - m.start), m.start, m.type.value))
    top = [m for m in mentions if m.type not in names]
    kept, inner = [], []
    for m in ordered:
        if any(m.start < t.end and t.start < m.end for t in kept):
            inner.append(m)
        else:
            kept.append(m)
    key = lambda m: (m.start, m.end, m.type.value)  # noqa: E731
    return sorted(top + kept, key=key), sorted(inner, key=key)


# The posts a person is said to serve as (某某任组长, 由某某兼任总指挥)
SERVED_POSTS = r"(?:常务)?副?(?:组长|指挥长|总指挥|召集人|主任|团长|队长|总召集人)"


# The verb that may open an enumerated item of a plan (一是开展…, （一）实施…).
ITEM_VERB = r"(?:组织实施|组织开展|开展|实施|推进|深化|打好|打赢)"

# What stands between an investing company and its project: 投资35亿元建设, 计划投资28亿元，建设,
# 投资建设的, 承建的 (the company is the investor or builder of what follows).
# The verbs appointing or removing someone named right after them (任命某某为…, 免去某某…职务)
APPOINTING = "任命|免去|提名"

INVESTOR_GAP = re.compile(
    r"(?:计划|拟|将|共同|联合|总)?(?:在[\u4e00-\u9fff]{2,14}?)?(?:投资|出资)\s*(?:[\d.]+\s*(?:万|亿)(?:元|美元|欧元)?)?[，,]?\s*"
    r"(?:在[\u4e00-\u9fff]{2,12}?)?(?:投资建设|投资兴建|开工建设|建设|投建|兴建|新建|承建|打造)?的?"
    r"|(?:计划|拟|将)?(?:在[\u4e00-\u9fff]{2,12}?)?(?:合资建设|合作建设|投资建设|投资兴建|投资新建|开工建设|承建|建设|投建|兴建|新建)"
    r"(?:[\d.]+\s*(?:万|亿)元)?的?"
    # 某合作社负责实施的X项目, 某公司组织实施的X: the builder
    r"|(?:牵头|负责)?(?:组织实施|负责实施|负责建设|负责运营)的"
)

