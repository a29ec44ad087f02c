"""Helpers every extractor uses: text→raw spans, sentences, quotes, tokens."""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

from ..normalize import normalize_name
from ..types import Document, EntityType, Evidence, Mention, Token, attrs


_SENTENCE = re.compile(r"[^\n。！？!?；;]+[。！？!?；;]?[”’」』]?")


def sentences(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` spans of sentences in normalised text (lines split too)."""
    return [m.span() for m in _SENTENCE.finditer(text) if m.group(0).strip()]


def sentence_at(spans: list[tuple[int, int]], pos: int) -> tuple[int, int]:
    starts = [s for s, _ in spans]
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


def evidence(doc: Document, text_start: int, text_end: int) -> Evidence:
    """The sentence around ``[text_start, text_end)`` as evidence in raw offsets."""
    spans = sentences(doc.text)
    s0, _ = sentence_at(spans, text_start)
    _, s1 = sentence_at(spans, max(text_end - 1, text_start))
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
