"""Campaigns: named drives ending in 大讨论, 专项行动, 三年行动, 主题教育...

Three shapes: ``“勇争一流推动转型发展大讨论”`` (the name in quotes),
``“争先创优、干在实处”大讨论`` (quoted theme + head) and unquoted
``乡村全面振兴五年行动``. A bare head (``大讨论``, ``三年行动``) refers
back to the document's campaign with that head.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..lexicons.words import CAMPAIGN_SUFFIXES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import extend_left, mention, overlaps, quoted_spans, strip_quotes

_SUFFIXES = tuple(sorted(CAMPAIGN_SUFFIXES, key=len, reverse=True))
_SUFFIX_RE = re.compile("|".join(map(re.escape, _SUFFIXES)))
# A head followed by these is part of another name (大讨论推进会议 is a meeting).
_NOT_AFTER = re.compile(r"^(交流|总结|动员|推进|部署|座谈|领导|督导|办公|工作会|会议|指挥部)")
_MIN_THEME = 2
# 大讨论精神 / 大讨论成果: the campaign referred to, not a new name
_BACKREF_AFTER = ("精神", "成果", "成效", "中来")
# How or where a campaign is held is no name of its own (网上大讨论 is the same discussion, online).
_MANNER = re.compile(r"^(网上|线上|线下|集中|专题|深入|广泛|全面|持续|各类|各项|各种|这次|本次|此次|这场|此项)$")
_NOMINAL_TAGS = {"n", "nz", "vn", "LOC", "ORG", "PER", "ns", "nt", "nw", "s", "an", "m"}
_WEAK_HEADS = {"攻坚", "大调研", "大走访", "大排查", "建设年", "活动年"}


def _head_of(name: str) -> str | None:
    return next((s for s in _SUFFIXES if name.endswith(s)), None)


def _canonical(name: str) -> str:
    return strip_quotes(name).strip()


def find_campaigns(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    found: list[tuple[int, int, str]] = []  # (start, end, canonical) in text coordinates
    taken: list[tuple[int, int]] = []

    def add(start, end, name):
        if any(overlaps((start, end), t) for t in taken):
            return
        taken.append((start, end))
        found.append((start, end, name))

    # 1. quoted names, and quoted themes followed by a head (“甲”“乙”等专项行动: each one)
    quotes = list(quoted_spans(text))
    quoted_names: set[str] = set()
    for i, (outer_s, outer_e, in_s, in_e) in enumerate(quotes):
        inner = text[in_s:in_e]
        # the head may follow a run of quotations joined by 、/和/与 and closed by 等
        j, end = i, outer_e
        while j + 1 < len(quotes) and re.fullmatch(r"[、和与及]?", text[end:quotes[j + 1][0]]):
            j += 1
            end = quotes[j][1]
        gap = re.match(r"等?", text[end:end + 1]).end()
        after = text[end + gap:end + gap + 8]
        head = next((s for s in _SUFFIXES if after.startswith(s)), None)
        if head and len(inner) >= _MIN_THEME and not _NOT_AFTER.match(text[end + gap + len(head):]):
            if j == i and gap == 0:
                add(outer_s, outer_e + len(head), _canonical(inner + head))
            else:
                add(in_s, in_e, _canonical(inner + head))
            quoted_names.add(_canonical(inner + head))
        elif (_head_of(inner) or inner.endswith("活动")) and len(inner) > 5:
            add(in_s, in_e, _canonical(inner))
            quoted_names.add(_canonical(inner))
    # 2. unquoted names ending in a head; bare heads are back-references
    bare: list[tuple[int, int, str]] = []
    token_starts = [t.start for t in ann.tokens]
    for m in _SUFFIX_RE.finditer(text):
        head = m.group(0)
        if any(overlaps(m.span(), t) for t in taken):
            continue
        if _NOT_AFTER.match(text[m.end():]):
            continue
        start = extend_left(text, m.start(), max_chars=20, allow_quotes=False)
        while start < m.start() and (text[start].isdigit() or text[start] in "一二两三四五六七八九十个项大场要即"):
            start += 1
        theme = text[start:m.start()]
        lo = bisect_left(token_starts, start)
        theme_tags = [t.tag for t in ann.tokens[lo:bisect_left(token_starts, m.start())] if t.end <= m.start()]
        nominal = any(tag in _NOMINAL_TAGS for tag in theme_tags) or not ann.tokens or len(theme) >= 5
        if head in _WEAK_HEADS and len(theme) < 4:
            nominal = False
        if sum(1 for tag in theme_tags if tag == "v") >= 3 or text.startswith(_BACKREF_AFTER, m.end()) \
                or _MANNER.match(theme):
            nominal = False  # a clause (全面总结…推动大讨论精神), not a name
        if len(theme) >= _MIN_THEME and nominal and not re.search(r"[“”\"]", theme):
            add(start, m.end(), _canonical(theme + head))
        else:
            bare.append((m.start(), m.end(), head))
    # one campaign, several spellings: 甲市X三年行动 / X三年行动, X大讨论活动 / X大讨论
    region_names = {m.name for m in ann.mentions if m.type is EntityType.REGION} | {
        m.key for m in ann.mentions if m.type is EntityType.REGION and m.key}
    names = {name for _, _, name in found}

    def merge(name: str) -> str:
        for r in sorted(region_names, key=len, reverse=True):
            if name.startswith(r) and name[len(r):] in names:
                return name[len(r):]
        if name.endswith("活动") and name[:-2] in names:
            return name[:-2]
        # 推进乡村振兴五年行动 beside 全面推进乡村振兴五年行动: a shortened spelling of the longer name
        longer = [n for n in names if n != name and n.endswith(name) and len(n) - len(name) <= 3]
        if len(longer) == 1 and len(name) - len(_head_of(name) or "") >= 4:
            return longer[0]
        # 解放思想大讨论 beside the quoted 解放思想推动高质量发展大讨论: the theme's opening words
        stem = name[:-2] if name.endswith("活动") else name
        head = _head_of(stem)
        if head and len(stem) - len(head) >= 2:
            theme = stem[: len(stem) - len(head)]
            fuller = [n for n in quoted_names if n != stem and n.endswith(head) and n.startswith(theme)]
            if len(fuller) == 1:
                return fuller[0]
        return name

    found = [(s, e, merge(n)) for s, e, n in found]
    # back-references: the most frequent named campaign with the same head
    counts = Counter(name for _, _, name in found)
    backrefs: set[tuple[int, int]] = set()
    for start, end, head in bare:
        if head.endswith("活动") and not any(n.endswith(head) for n in counts):
            head = head[:-2]
        cands = [n for n in counts if _head_of(n) == head or n.endswith(head)]
        if not cands:
            continue
        target = max(cands, key=lambda n: (n in quoted_names, counts[n], len(n)))
        found.append((start, end, target))
        backrefs.add((start, end))
    out = [
        mention(doc, s, e, EntityType.CAMPAIGN, "campaigns.pattern", key=name,
                back_reference="1" if (s, e) in backrefs else None)
        for s, e, name in sorted(found)
    ]
    return out


@stage("campaigns", requires={"tokens"}, provides={"mentions:Campaign"})
def campaigns(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_campaigns(ann, ctx)
