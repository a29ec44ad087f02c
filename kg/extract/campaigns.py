"""Campaigns: named drives ending in 大讨论, 专项行动, 三年行动, 主题教育...

Three shapes: ``“解放思想推动高质量发展大讨论”`` (the name in quotes),
``“改革创新、奋发有为”大讨论`` (quoted theme + head) and unquoted
``全面振兴新突破三年行动``. A bare head (``大讨论``, ``三年行动``) refers
back to the document's campaign with that head.
"""
from __future__ import annotations

import re
from collections import Counter

from ..lexicons.words import CAMPAIGN_SUFFIXES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import extend_left, mention, overlaps, quoted_spans, strip_quotes

_SUFFIXES = tuple(sorted(CAMPAIGN_SUFFIXES, key=len, reverse=True))
_SUFFIX_RE = re.compile("|".join(map(re.escape, _SUFFIXES)))
# A head followed by these is part of another name (大讨论交流总结会议 is a meeting).
_NOT_AFTER = re.compile(r"^(交流|总结|动员|推进|部署|座谈|领导|督导|办公|工作会|会议|指挥部)")
_MIN_THEME = 2
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

    # 1. quoted names, and quoted themes followed by a head
    for outer_s, outer_e, in_s, in_e in quoted_spans(text):
        inner = text[in_s:in_e]
        after = text[outer_e:outer_e + 8]
        head = next((s for s in _SUFFIXES if after.startswith(s)), None)
        if head and len(inner) >= _MIN_THEME and not _NOT_AFTER.match(text[outer_e + len(head):]):
            add(outer_s, outer_e + len(head), _canonical(inner + head))
        elif _head_of(inner) and len(inner) > len(_head_of(inner)) + 1:
            add(in_s, in_e, _canonical(inner))
    # 2. unquoted names ending in a head; bare heads are back-references
    bare: list[tuple[int, int, str]] = []
    for m in _SUFFIX_RE.finditer(text):
        head = m.group(0)
        if any(overlaps(m.span(), t) for t in taken):
            continue
        if _NOT_AFTER.match(text[m.end():]):
            continue
        start = extend_left(text, m.start(), max_chars=20, allow_quotes=False)
        while start < m.start() and (text[start].isdigit() or text[start] in "个项大场要"):
            start += 1
        theme = text[start:m.start()]
        theme_tags = [t.tag for t in ann.tokens if start <= t.start and t.end <= m.start()]
        nominal = any(tag in _NOMINAL_TAGS for tag in theme_tags) or not ann.tokens
        if head in _WEAK_HEADS and len(theme) < 4:
            nominal = False
        if len(theme) >= _MIN_THEME and nominal and not re.search(r"[“”\"]", theme):
            add(start, m.end(), _canonical(theme + head))
        else:
            bare.append((m.start(), m.end(), head))
    # back-references: the most frequent named campaign with the same head
    counts = Counter(name for _, _, name in found)
    for start, end, head in bare:
        cands = [n for n in counts if _head_of(n) == head or n.endswith(head)]
        if not cands:
            continue
        target = max(cands, key=lambda n: (counts[n], len(n)))
        found.append((start, end, target))
    out = [
        mention(doc, s, e, EntityType.CAMPAIGN, "campaigns.pattern", key=name)
        for s, e, name in sorted(found)
    ]
    return out


@stage("campaigns", requires={"tokens"}, provides={"mentions:Campaign"})
def campaigns(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_campaigns(ann, ctx)
