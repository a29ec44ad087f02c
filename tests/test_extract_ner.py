"""Flat name layer (what ``kg extract`` prints as "mentions"): invented
sentences with the person / place / organisation spans they must yield.

Written for these tests from general knowledge; never from an evaluation set.
"""
from __future__ import annotations

import pytest

from kg.extract.base import outermost
from kg.io import make_document

TYPES = {"Person": "PER", "Region": "LOC", "Organization": "ORG"}


def top_spans(text, ctx, pipeline):
    ann = pipeline.run(make_document(text), ctx, on_error="raise")
    top, _ = outermost(ann.mentions)
    return {(m.surface, TYPES[m.type.value]) for m in top if m.type.value in TYPES}


# (sentence, spans that must be in the top layer, spans that must not)
CASES = [
    # one-character abbreviations of countries and provinces
    ("中法两国外长在会谈中表示，中方愿与法方加强合作。",
     {("中", "LOC"), ("法", "LOC")}, set()),
    ("代表团昨天抵京，随后访华期间还将赴沪参观。", {("京", "LOC"), ("华", "LOC"), ("沪", "LOC")}, set()),
    ("他说，对华投资持续增长，港澳台同胞踊跃参与。", {("华", "LOC"), ("港", "LOC"), ("澳", "LOC"), ("台", "LOC")}, set()),
    ("首趟中欧班列今天从这里出发。", set(), {("中", "LOC"), ("欧", "LOC")}),
]


@pytest.mark.parametrize("text,expected,forbidden", CASES)
def test_top_layer(text, expected, forbidden, ctx, pipeline):
    got = top_spans(text, ctx, pipeline)
    assert expected <= got, f"missing {expected - got} in {got}"
    assert not (forbidden & got), f"unexpected {forbidden & got}"
