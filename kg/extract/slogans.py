"""Slogans (提法): formulations in quotation marks, numbered formulations
(三个自觉, 五项重点工作) and formula codes (7+3+N).

A quotation is a slogan when it is short and not already something else (a
campaign name, a meeting, a place, a person, a document title).
"""
from __future__ import annotations

import bisect
import re

from ..pipeline import AnnotatedDoc, stage
from ..types import ITEM_SEPARATOR, EntityType, Mention
from .base import mention, overlaps, quoted_spans, text_span

_MAX_LEN = 40
_NUMBERED = re.compile(r"(?<![\d第])([二两三四五六七八九十]{1,2}(?:个|项|大|条|种|型|化|破除|着力))([^\W\d_的了和与及]{2,6})")
_FORMULA = re.compile(r"(?<![\w+])(\d+|[A-Za-z])(?:\s*\+\s*(?:\d+|[A-Za-z]))+(?![\w+])")
# Numbered phrases that are quantities, not formulations.
_NOT_FORMULATION = re.compile(
    r"^(多|余|月|年|天|日|周|次|批|家|处|名|人|位|些|亿|万|千|百|方面|环节|部分|阶段|步骤|层面|时期|季度|小时|分钟|单位|部门|国家|城市|地区)")
# A count of things that are entities or units of their own (三个签约项目, 两大主导产业,
# 四个专项行动) is a quantity, not a formulation.
_COUNTED_HEAD = re.compile(r"(项目|企业|公司|产业|行业|园区|基地|专项行动|行动|活动|专项整治|整治|会议|文件|县区|乡镇|村|社区|学校|医院"
                           r"|专班|工作专班|小组|工作组|指导组|专项)$")
# What is built, bought or added comes counted (建成两条生产线, 新增三台设备): a quantity
_BUILT_BEFORE = re.compile(r"(?:建成|新建|建设|新增|改造|购置|购买|引进|投用|投产|安装)$")
# After the first word a formulation goes on only through nouns (四个|短板, 五项|重点|工作):
# a verb, adverb, preposition or particle ends it (三个签约项目|分别).
_NOMINAL_TAGS = {"n", "nz", "vn", "an", "nw", "ORG", "LOC"}
# Words of speech, not of a formulation: a quoted remark
_SPOKEN = re.compile(r"令人|非常|十分|感到|觉得|我们|你们|他们|大家")
# A quoted name of a team or working group
_TEAM_NAME = re.compile(r"(?:服务队|志愿队|突击队|工作队|小分队|宣讲团|宣讲队|讲师团|艺术团)$")
# 某市发布, 某县发布: a government's press account
_PRESS_ACCOUNT = re.compile(r"^[\u4e00-\u9fff]{2,6}发布$")
_SENTENCE_END = re.compile(r"[。！？!?]$")
# An honour conferred (被评为“全国文明村”, 荣获“某某”称号): a title won, no formulation
_HONOUR_BEFORE = re.compile(r"(?:评为|评选为|荣获|获评|获得|被授予|授予|命名为|荣膺|入选)$")
_HONOUR_AFTER = re.compile(r"(?:荣誉)?称号|荣誉|殊荣")
# An app, account or platform named in quotes (“爱山东”APP, “某某”小程序): a channel
_APP_AFTER = re.compile(r"(?:APP|App|app|客户端|小程序|微信公众号|公众号|网站|微博|抖音号|视频号|热线)")


def find_slogans(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    other = [(m.start, m.end) for m in ann.mentions
             if m.type in (EntityType.CAMPAIGN, EntityType.EVENT, EntityType.POLICY_DOCUMENT, EntityType.PROJECT)]
    exact = {(m.start, m.end) for m in ann.mentions}
    person_or_place = {m.name for m in ann.mentions if m.type in (EntityType.PERSON, EntityType.REGION)}
    # a drive's name quoted where it is not read as the drive (启动某某“甲行动”, 召开“甲行动”动员会) is still the drive
    drive_names = {text[slice(*text_span(doc, m))].strip("“”\"") for m in ann.mentions if m.type is EntityType.CAMPAIGN}
    out: list[Mention] = []
    spans: list[tuple[int, int]] = []

    def add(start, end, extractor, confidence=0.8, inside_names=False):
        count = _count(text[start:end].strip("“”\""))
        items = enumerated_items(text, end + (1 if text[end:end + 1] in "”\"" else 0), count) if count else None
        mm = mention(doc, start, end, EntityType.SLOGAN, extractor, confidence=confidence,
                     items=ITEM_SEPARATOR.join(items) if items else None)
        blocked = not inside_names and any(overlaps((mm.start, mm.end), o) for o in other)
        if (mm.start, mm.end) in exact or blocked or any(overlaps((start, end), s) for s in spans):
            return
        if mm.name in person_or_place or text[start:end].strip("“”\"") in drive_names:
            return
        spans.append((start, end))
        out.append(mm)

    for outer_s, outer_e, in_s, in_e in quoted_spans(text):
        inner = text[in_s:in_e].strip()
        if not (2 <= len(inner) <= _MAX_LEN) or _SENTENCE_END.search(inner):
            continue
        if not re.search(r"[\u4e00-\u9fff\d]", inner):
            continue
        if _SPOKEN.search(inner) or _TEAM_NAME.search(inner):
            continue  # “某某速度令人印象深刻”, someone's words; “某某志愿服务队”, a team's name
        if _PRESS_ACCOUNT.match(inner):
            continue  # 通过“某市发布”: a government's press account, no formulation
        if _HONOUR_BEFORE.search(text, max(0, outer_s - 4), outer_s) or _HONOUR_AFTER.match(text, outer_e) \
                or _APP_AFTER.match(text, outer_e):
            continue  # 被评为“某某”, “某某”称号: an honour; “某某”APP: a channel
        add(in_s, in_e, "slogans.quoted")
    for m in _FORMULA.finditer(text):
        add(m.start(), m.end(), "slogans.formula", 0.9, inside_names=True)
    token_ends = {t.end for t in ann.tokens}
    token_starts = {t.start for t in ann.tokens}
    sorted_ends = [t.end for t in ann.tokens]  # tokens come in text order
    for m in _NUMBERED.finditer(text):
        if _NOT_FORMULATION.match(m.group(2)) or (ann.tokens and m.start() not in token_starts) \
                or _BUILT_BEFORE.search(text, max(0, m.start() - 2), m.start()):
            continue  # (建成两条分割生产线: a count of what is built)
        end = m.end()
        # shrink to a word boundary the segmenter agrees with
        while end > m.start(2) + 1 and ann.tokens and end not in token_ends:
            end -= 1
        end = _nominal_end(ann.tokens, sorted_ends, m.start(2), end)
        if end - m.start(2) < 2 or _NOT_FORMULATION.match(text[m.start(2):end]) \
                or _COUNTED_HEAD.search(text[m.start(2):end]):
            continue
        add(m.start(), end, "slogans.numbered", 0.7)
    return out


def _nominal_end(tokens, token_ends: list[int], start: int, end: int) -> int:
    """Where the words from ``start`` stop being a noun phrase (at most ``end``)."""
    i = bisect.bisect_right(token_ends, start)
    first = True
    while i < len(tokens) and tokens[i].start < end:
        if not first and tokens[i].tag not in _NOMINAL_TAGS:
            return tokens[i].start
        first = False
        i += 1
    return end


_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_ORDINALS = "一二三四五六七八九十"
# 一是…二是… / 一要…二要… / 一个…两个… / 第一…第二… markers opening each item
_MARKER = re.compile(r"(?:第?([一二三四五六七八九十])(?:是|要|抓|个方面|方面|个|项|条|曰)[,，:：]?)")
_SPLIT = re.compile(r"[、；;]")


def _count(name: str) -> int | None:
    head = name[:2]
    if head in ("十一", "十二"):
        return 10 + _ORDINALS.index(head[1]) + 1
    return _NUMERALS.get(name[:1])


# The word a formulation counts (三个|坚持, 四项|任务), at the end of its name
_COUNTED_WORD = re.compile(r"[个项条大]([\u4e00-\u9fff]{1,4})[”\"]?$")


def enumerated_items(text: str, end: int, count: int, limit: int = 400) -> list[str] | None:
    """The items a numbered formulation lists right after it, when there are exactly ``count``.

    Reads ``即A、B、C`` / ``：A、B、C`` lists and ``一要…二要…`` / ``一是…二是…`` runs.
    """
    window = text[end:end + limit]
    m = re.match(r"^[”\"]?\s*(?:[,，]?\s*(?:即|就是|包括|分别是)|[:：])\s*", window)
    if m:
        stop = re.search(r"[。\n]", window[m.end():])
        seg = window[m.end():m.end() + (stop.start() if stop else len(window))]
        items = [i.strip("“”\" ，,") for i in _SPLIT.split(seg)]
        items = [i for i in items if i]
        if len(items) == count:
            return items
        # “三个坚持”：坚持A，坚持B，坚持C: clauses parted by commas, each opening with the word counted
        word = _COUNTED_WORD.search(text[max(0, end - 8):end])
        clauses = [c.strip("“”\" ") for c in re.split(r"[，,；;]", seg)]
        if word and len(clauses) == count and all(c.startswith(word.group(1)) and len(c) > len(word.group(1))
                                                  for c in clauses):
            return clauses
    markers = list(_MARKER.finditer(window))
    seq = []
    for mk in markers:
        if _ORDINALS.index(mk.group(1)) == len(seq):
            seq.append(mk)
        if len(seq) == count:
            break
    if len(seq) == count and seq[0].start() < 80:
        items = []
        for i, mk in enumerate(seq):
            stop = seq[i + 1].start() if i + 1 < len(seq) else len(window)
            clause = re.split(r"[，。；;,\n]", window[mk.end():stop], maxsplit=1)[0]
            items.append(clause.strip("“”\" "))
        if all(items):
            return items
    return None


@stage("slogans", requires={"mentions:Campaign", "mentions:Event", "mentions:PolicyDocument",
                            "mentions:Region", "mentions:Person", "mentions:Organization", "mentions:Project"},
       provides={"mentions:Slogan"})
def slogans(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_slogans(ann, ctx)
