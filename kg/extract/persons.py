"""People: names the NER model tags, checked against family names, and names
in the places a news page puts them (bylines, photo credits, editors).
"""
from __future__ import annotations

import re

from ..lexicons.words import TITLES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import mention, overlaps

_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_FOREIGN = re.compile(r"^[\u4e00-\u9fff]{1,8}[·・][\u4e00-\u9fff·・]{1,12}$")
# (name) at the end of a paragraph: the reporter's byline.
_BYLINE = re.compile(r"[(（]\s*([\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4}){0,3})\s*[)）]\s*$", re.M)
# 刘勇 摄 / 记者 刘勇 / 责编:李某、王某 / 作者:某
_CREDIT = re.compile(
    r"(?:(?<![\u4e00-\u9fff])(?:(?:责任编辑|责编|编辑|作者|记者|通讯员|审核|校对|撰稿|摄影)\s*[:：/]?|(?:文/图|文|图)\s*[:：/])\s*)"
    r"([\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4}){0,4})"
)
_PHOTO = re.compile(r"([\u4e00-\u9fff]{2,4})\s*摄(?![\u4e00-\u9fff])")
_NAME_SPLIT = re.compile(r"\s*[、,，]\s*")
_TITLE_WORDS = frozenset(TITLES)
# Words the model sometimes tags as a person that are not names.
_NOT_NAME_END = re.compile(r"(书记|主任|主席|市长|县长|区长|省长|同志|精神|思想|理论|讲话|指出|强调|表示|说)$")


# Characters common in transliterated foreign names (克林顿, 普里马科夫, 奥尔特加).
_TRANSLIT = set("阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博布采查达戴丹德迪蒂丁杜多厄恩尔法菲费夫弗福盖冈戈格古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎考科克肯库拉莱赖兰朗劳勒雷里利莉丽林琳卢鲁伦罗洛马迈曼梅蒙米密明莫姆穆纳娜奈内尼涅努诺欧帕佩彭皮珀普齐奇恰乔切琼丘萨塞桑瑟森沙尚舍什施史斯松苏索塔泰坦汤特提图托瓦万威维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹佐")


def _is_transliteration(name: str) -> bool:
    return 3 <= len(name) <= 8 and sum(c in _TRANSLIT for c in name) >= len(name) - 1


def _is_name(name: str, lex) -> bool:
    if _FOREIGN.match(name) or _is_transliteration(name):
        return True
    if not _CJK_NAME.match(name) or not lex.has_surname(name):
        return False
    if name in _TITLE_WORDS or _NOT_NAME_END.search(name):
        return False
    return True


def find_persons(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    lex = ctx.lexicons
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    blocked = [(m.start, m.end) for m in ann.mentions if m.type in (EntityType.ORGANIZATION, EntityType.REGION)]

    def add(start, end, extractor, confidence):
        name = text[start:end]
        if not _is_name("".join(name.split()), lex):
            return
        if any(overlaps((start, end), t) for t in taken):
            return
        m = mention(doc, start, end, EntityType.PERSON, extractor, confidence=confidence)
        if any(overlaps((m.start, m.end), b) for b in blocked):
            return
        taken.append((start, end))
        out.append(m)

    for t in ann.tokens:
        if t.tag == "PER":
            add(t.start, t.end, "persons.ner", 0.85)
    for pattern, group, extractor in ((_BYLINE, 1, "persons.byline"), (_CREDIT, 1, "persons.credit"),
                                      (_PHOTO, 1, "persons.photo")):
        for m in pattern.finditer(text):
            gstart = m.start(group)
            for part in _NAME_SPLIT.split(m.group(group)):
                idx = text.find(part, gstart)
                if idx >= 0 and part:
                    add(idx, idx + len(part), extractor, 0.9)
                    gstart = idx + len(part)
    out.sort(key=lambda m: m.start)
    return out


# 江主席 / 李总理: a family name alone before a top title refers to a known person.
_SURNAME_TITLE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])(?=主席|总理|副总理|总书记|委员长|书记|省长|市长|部长|总统|首相)")


def find_surname_references(ann: AnnotatedDoc, ctx, taken: list[tuple[int, int]]) -> list[Mention]:
    doc = ann.doc
    full = [m for m in ann.mentions if m.type is EntityType.PERSON]
    out = []
    for m in _SURNAME_TITLE.finditer(doc.text):
        ch = m.group(1)
        if ch not in ctx.lexicons.surnames:
            continue
        if any(m.start(1) < e and s < m.end(1) for s, e in taken):
            continue
        same = [p for p in full if p.name.startswith(ch)]
        key = same[0].canonical if len({p.canonical for p in same}) == 1 else None
        out.append(mention(doc, m.start(1), m.end(1), EntityType.PERSON, "persons.surname_title",
                           key=key, confidence=0.6))
    return out


@stage("persons", requires={"tokens", "mentions:Organization"}, provides={"mentions:Person"})
def persons(ann: AnnotatedDoc, ctx) -> list[Mention]:
    found = find_persons(ann, ctx)
    from dataclasses import replace

    from .base import text_span

    taken = [text_span(ann.doc, m) for m in ann.mentions + tuple(found)]
    return found + find_surname_references(replace(ann, mentions=ann.mentions + tuple(found)), ctx, taken)
