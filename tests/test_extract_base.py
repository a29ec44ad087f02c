"""``extend_left``: where a name ending at a head word starts (tables of invented phrases), and the
same start as a plain word-by-word scan for any text (hypothesis)."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.base import (
    _HARD_BREAK, _LEADING_SORTED, _STOP_SORTED, REGION_WIDE, THEME_WORDS, extend_left, strip_leading,
)


@pytest.mark.parametrize("text,head,expected", [
    # walks left to punctuation and cuts after the last stop word
    ("会议强调，要深入开展护林清源专项行动", "专项行动", "护林清源"),
    # a stop word inside quotation marks does not cut the name
    ("全县开展“开展护林、清源”专项行动", "专项行动", "“开展护林、清源”"),
    # a kept word (建设) is no stop for a theme of building
    ("县里开展作风建设专项整治", "专项整治", "作风建设"),
])
def test_extend_left(text, head, expected):
    at = text.index(head)
    keep = THEME_WORDS if "建设" in expected else frozenset()
    assert text[extend_left(text, at, keep=keep):at] == expected


def _reference_extend_left(text: str, head_start: int, keep: frozenset) -> int:
    """extend_left as it was written before it matched the stop words with one pattern: every
    stop word tried at every position, the quotation marks counted again at each (the adverbs
    opening the name are then stripped by the same ``strip_leading``)."""
    i = head_start
    in_quote = False
    while i > max(0, head_start - 24):
        ch = text[i - 1]
        if ch in "”」』\"":
            in_quote = True
        elif ch in "“「『":
            in_quote = False
        elif ch in _HARD_BREAK and not (in_quote and ch == "、"):
            break
        i -= 1
    start = pos = i
    while pos < head_start:
        segment = text[i:pos]
        if segment.count("“") > segment.count("”"):
            pos += 1
            continue
        hit = next((w for w in _STOP_SORTED if text.startswith(w, pos) and pos + len(w) <= head_start
                    and w not in keep), None)
        if hit:
            start = pos = pos + len(hit)
        else:
            pos += 1
    return strip_leading(text, start, head_start)


_PIECES = st.sampled_from(list(_STOP_SORTED) + list(_LEADING_SORTED) + list(REGION_WIDE)
                          + list("护林清源县镇“”「」、，。作风") + ["建设", "要素"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, min_size=0, max_size=16), st.booleans())
def test_extend_left_equals_a_word_by_word_scan(pieces, keep_theme):
    text = "".join(pieces) + "专项行动"
    head = len(text) - 4
    keep = THEME_WORDS if keep_theme else frozenset()
    assert extend_left(text, head, keep=keep) == _reference_extend_left(text, head, keep)
