"""Relation tables: (text, expected triple) written for these tests.

Every name is invented, or a real place from the division table; none comes
from the evaluation gold. A triple is (head canonical, predicate, tail
canonical); FOUND must be read from the text, ABSENT must not.
"""
from __future__ import annotations

import pytest

from kg.io import make_document
from kg.types import Predicate

LOC, CON, ATT, ISS, BAS, INV = (Predicate.LOCATED_IN, Predicate.CONDUCTS, Predicate.ATTENDED, Predicate.ISSUED_BY,
                                Predicate.BASED_ON, Predicate.INVESTS_IN)


def triples(text, ctx, pipeline):
    ann = pipeline.run(make_document(text), ctx, on_error="raise")
    return {(r.head.canonical, r.predicate, r.tail.canonical) for r in ann.relations}, ann


FOUND = [
    # a report about a development zone: what it names without a place of its own lies in the zone
    ("宜昌高新区召开项目推进会。会上，华宇光电科技有限公司光电产业园项目签约，宜昌高新区将做好服务。",
     ("华宇光电科技有限公司光电产业园项目", LOC, "宜昌高新技术产业开发区")),
]

ABSENT = [
]


@pytest.mark.parametrize("text,triple", FOUND)
def test_found(text, triple, ctx, pipeline):
    got, _ = triples(text, ctx, pipeline)
    assert triple in got, sorted((h, p.value, t) for h, p, t in got if p is not Predicate.PART_OF)


@pytest.mark.parametrize("text,triple", ABSENT)
def test_absent(text, triple, ctx, pipeline):
    got, _ = triples(text, ctx, pipeline)
    assert triple not in got


def test_relations_keep_their_sentence(ctx, pipeline):
    text = FOUND[0][0]
    _, ann = triples(text, ctx, pipeline)
    doc = make_document(text)
    for r in ann.relations:
        assert r.evidence.quote and r.evidence.quote in doc.text
