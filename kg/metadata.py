"""Document metadata read from the text itself: title, date, source."""
from __future__ import annotations

import re

from .types import DocMeta

_LABELLED_DATE = re.compile(
    r"(?:发布时间|发布日期|发表时间|日期|时间|发文日期|成文日期)\s*[:：]?\s*"
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


def find_date(text: str) -> str | None:
    """The publication date: a labelled date anywhere, else the first date in the head."""
    for m in _LABELLED_DATE.finditer(text):
        if (iso := _iso(m.groups())) is not None:
            return iso
    head = text[:_HEAD_CHARS]
    found = []
    for pattern in (_CN_DATE, _ISO_DATE):
        for m in pattern.finditer(head):
            if (iso := _iso(m.groups())) is not None:
                found.append((m.start(), iso))
    return min(found)[1] if found else None


_NOT_TITLE = re.compile(r">>|»|\||｜|^来源|^发布|^作者|^责编|^编辑|^\(?\d{4}年|^\d{4}-\d")


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
