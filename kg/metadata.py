"""Document metadata read from the text itself: title, date, source."""
from __future__ import annotations

import re

from .types import DocMeta

_LABELS = r"(?:发布时间|发布日期|发表时间|发文日期|成文日期|日期|时间)"
_LABELLED_DATE = re.compile(
    _LABELS + r"\s*[:：]?\s*"
    r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"
)
_CN_DATE = re.compile(
    r"(\d{4})年(\d{1,2})月(\d{1,2})日(?:\s*(\d{1,2})[:：](\d{2})(?:[:：](\d{2}))?)?"
)
_ISO_DATE = re.compile(
    r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)
_SOURCE = re.compile(r"来源\s*[:：]\s*([^\s|｜]{2,30})")
# Head of the document where a publication date sits.
_HEAD_CHARS = 600


def _iso(groups: tuple[str | None, ...]) -> str | None:
    year, month, day = int(groups[0]), int(groups[1]), int(groups[2])
    if not (1949 <= year <= 2100 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    date = f"{year:04d}-{month:02d}-{day:02d}"
    if len(groups) > 3 and groups[3] is not None:
        hour, minute = int(groups[3]), int(groups[4])
        if hour < 24 and minute < 60:
            sec = int(groups[5]) if len(groups) > 5 and groups[5] else 0
            return f"{date}T{hour:02d}:{minute:02d}:{sec:02d}"
    return date


_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "Ｏ": 0}
_CN_NUMERAL_DATE = re.compile(
    r"([〇零○Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日"
)


def _cn_number(s: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31."""
    if "十" not in s:
        return int("".join(str(_CN_DIGITS[c]) for c in s))
    tens, _, ones = s.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def _cn_numeral_groups(m: re.Match) -> tuple[str, str, str]:
    year = "".join(str(_CN_DIGITS[c]) for c in m.group(1))
    return year, str(_cn_number(m.group(2))), str(_cn_number(m.group(3)))


_PUBLISHED = re.compile(r"(?:发布|发表|发文|成文)")


def find_date(text: str) -> str | None:
    """The publication date.

    A date labelled as publication (``发布时间:``, ``成文日期``) anywhere wins;
    else the first date in the head (labelled ``日期/时间`` or not, digits or
    Chinese numerals ``二〇二三年七月五日``).
    """
    for m in _LABELLED_DATE.finditer(text):
        if _PUBLISHED.match(m.group(0)) and (iso := _iso(m.groups())) is not None:
            return iso
    head = text[:_HEAD_CHARS]
    found = []
    for pattern in (_LABELLED_DATE, _CN_DATE, _ISO_DATE):
        for m in pattern.finditer(head):
            if (iso := _iso(m.groups())) is not None:
                found.append((m.start(), iso))
    for m in _CN_NUMERAL_DATE.finditer(head):
        if (iso := _iso(_cn_numeral_groups(m))) is not None:
            found.append((m.start(), iso))
    if found:
        return min(found)[1]
    # official documents put the 成文日期 in Chinese numerals at the end
    tail = text[-_HEAD_CHARS:]
    for m in _CN_NUMERAL_DATE.finditer(tail):
        if (iso := _iso(_cn_numeral_groups(m))) is not None:
            return iso
    return None


_NOT_TITLE = re.compile(r">>|»|\||｜|^来源|^发布|^作者|^责(?:任)?编|^编辑|^\(?\d{4}年|^\d{4}-\d")


def find_title(text: str) -> str | None:
    """The first line that looks like a headline (not a site name or breadcrumb)."""
    for line in text.splitlines()[:15]:
        line = line.strip()
        if len(line) < 5 or len(line) > 80 or _NOT_TITLE.search(line):
            continue
        return line
    return None


def extract_meta(text: str, encoding: str | None = None) -> DocMeta:
    m = _SOURCE.search(text[:_HEAD_CHARS])
    return DocMeta(title=find_title(text), date=find_date(text), source=m.group(1) if m else None, encoding=encoding)
