"""A small invented graph exercising every export (imported by the interchange, store, stats and API tests).

Names, codes and documents are made up; code 99xxxx is no real division.
"""
from __future__ import annotations

from kg.types import (
    DocumentInfo, Entity, EntityType as T, Evidence, KnowledgeGraph, Mention, Predicate as P, Relation, attrs,
)

DOCS = (
    DocumentInfo("d1", "notes/a.txt", "岚川纪要", "2023-04-05", None, 400),
    DocumentInfo("d2", "notes/b.txt", "石溪通报", "2023-06", "岚川日报", 300),
    DocumentInfo("d3", "notes/c.txt", None, None, None, 200),
    DocumentInfo("d4", "notes/d.txt", "<b>标题</b>", "2022-11-02T09:30", None, 100),
)


def _m(doc: str, start: int, surface: str, etype: T, **kw) -> Mention:
    return Mention(doc, start, start + len(surface), surface, etype, surface, "fixture", 0.9, None,
                   attrs(kw) if kw else ())


def _e(eid: str, etype: T, name: str, mentions: list[tuple[str, int]], aliases=(), **kw) -> Entity:
    return Entity(eid, etype, name, tuple(aliases), attrs(kw),
                  tuple(_m(d, s, name, etype) for d, s in mentions))


PROVINCE = _e("region/990000", T.REGION, "岚川省", [("d2", 5)], aliases=("岚川",), code="990000", level="province")
CITY = _e("region/990100", T.REGION, "青禾市", [("d1", 0), ("d2", 12)], code="990100", level="prefecture",
          parent_key="990000")
COUNTY = _e("region/990102", T.REGION, "石溪县", [("d4", 3)], code="990102", level="county")  # no partOf edge
ZONE = _e("region/abc", T.REGION, "云屏开发区", [("d3", 8)], level="zone")  # no code: province via partOf
PERSON = _e("person/p1", T.PERSON, "林未央", [("d1", 20), ("d2", 30)], label="clash", start="x")
ORG = _e("organization/o1", T.ORGANIZATION, "青禾工委", [("d1", 40)])
CAMPAIGN = _e("campaign/c1", T.CAMPAIGN, "三晴行动", [("d1", 60), ("d2", 70)], aliases=("三晴",))
CAMPAIGN2 = _e("campaign/c2", T.CAMPAIGN, "石溪护河行动", [("d4", 10)])
EVENT = _e("event/e1", T.EVENT, "秋实推进会", [("d3", 30)], date="2023-09-15")
POLICY = _e("policydocument/pd1", T.POLICY_DOCUMENT, "青禾发〔2023〕7号", [("d4", 50)], number="7", year="2023")
SLOGAN = _e("slogan/s1", T.SLOGAN, "=SUM(A1)", [("d1", 90)])
SLOGAN2 = _e("slogan/s2", T.SLOGAN, "-一线工作法", [("d2", 90)])
PROJECT = _e("project/pr1", T.PROJECT, "青禾水厂", [("d2", 120)], amount="3亿元")

QUOTE_AWKWARD = 'He said "go"; then\nleft\x07 — 林未央任青禾工委主任'


def _r(h: Entity, p: P, t: Entity, ev: list[tuple[str, int, int, str]], **kw) -> Relation:
    return Relation(h.id, p, t.id, tuple(Evidence(*x) for x in ev), attrs(kw) if kw else (), "fixture")


RELATIONS = (
    _r(CITY, P.PART_OF, PROVINCE, [("d2", 12, 15, "青禾市")]),
    _r(ZONE, P.PART_OF, CITY, [("d3", 8, 13, "云屏开发区")]),
    _r(PERSON, P.HOLDS_POST, ORG, [("d1", 20, 50, QUOTE_AWKWARD)], post="书记"),
    _r(PERSON, P.HOLDS_POST, ORG, [("d2", 30, 45, "林未央兼任副书记")], post="副书记"),  # parallel edge
    _r(ORG, P.CONDUCTS, CAMPAIGN, [("d1", 40, 66, "青禾工委开展三晴行动"), ("d2", 60, 80, "继续推进三晴行动")]),
    _r(PERSON, P.ATTENDED, EVENT, [("d3", 20, 40, "林未央出席秋实推进会")]),
    _r(POLICY, P.ISSUED_BY, ORG, [("d4", 50, 60, "青禾发〔2023〕7号")]),
    _r(SLOGAN, P.ASSOCIATED_WITH, CAMPAIGN, [("d1", 88, 99, "=SUM(A1)")]),
    _r(PROJECT, P.LOCATED_IN, COUNTY, [("d2", 120, 130, "青禾水厂位于石溪县")]),
    _r(CAMPAIGN2, P.LOCATED_IN, COUNTY, [("d4", 10, 20, "石溪护河行动")]),
)

ENTITIES = tuple(sorted((PROVINCE, CITY, COUNTY, ZONE, PERSON, ORG, CAMPAIGN, CAMPAIGN2, EVENT, POLICY, SLOGAN,
                         SLOGAN2, PROJECT), key=lambda e: (e.type.value, e.id)))


def sample_graph() -> KnowledgeGraph:
    return KnowledgeGraph(ENTITIES, RELATIONS, DOCS)


def edge_multiset(kg: KnowledgeGraph) -> list[tuple[str, str, str]]:
    return sorted((r.head_id, r.tail_id, r.predicate.value) for r in kg.relations)
