"""A small hand-made KnowledgeGraph with invented names (甲省, 乙市, 丙县 ...) for the RDF/SPARQL tests."""
from __future__ import annotations

from kg.types import DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation, attrs

T = EntityType
P = Predicate

D1, D2 = "d0000000000001", "d0000000000002"
TEXT1 = "甲省乙市开展青松行动。張三出席在丙县召开的青松推进会。"


def _m(doc, start, name, etype, surface=None):
    surface = surface or name
    return Mention(doc, start, start + len(surface), surface, etype, name, "fixture")


def _e(eid, etype, name, *mentions, aliases=(), **kw):
    return Entity(eid, etype, name, tuple(aliases), attrs(kw), tuple(mentions))


def _r(h, p, t, *ev, **kw):
    return Relation(h, p, t, tuple(ev), attrs(kw), "fixture")


def _ev(doc, start, quote):
    return Evidence(doc, start, start + len(quote), quote)


def fixture_kg() -> KnowledgeGraph:
    E = [
        _e("region/990000", T.REGION, "甲省", _m(D1, 0, "甲省", T.REGION), code="990000", level="province"),
        _e("region/990100", T.REGION, "乙市", _m(D1, 2, "乙市", T.REGION), code="990100", level="prefecture"),
        _e("region/990102", T.REGION, "丙县", _m(D1, 16, "丙县", T.REGION), code="990102", level="county"),
        _e("region/990200", T.REGION, "戊市", _m(D2, 0, "戊市", T.REGION), code="990200", level="prefecture"),
        _e("region/980000", T.REGION, "己省", code="980000", level="province"),  # gazetteer parent: no mention
        _e("region/980100", T.REGION, "庚市", _m(D2, 10, "庚市", T.REGION), code="980100", level="prefecture"),
        _e("campaign/c1", T.CAMPAIGN, "青松行动", _m(D1, 6, "青松行动", T.CAMPAIGN)),
        _e("campaign/c0", T.CAMPAIGN, "绿野专项行动", _m(D2, 3, "绿野专项行动", T.CAMPAIGN)),
        _e("campaign/c2", T.CAMPAIGN, "青松护林小行动", _m(D2, 30, "青松护林小行动", T.CAMPAIGN)),
        _e("person/p1", T.PERSON, "张三", _m(D1, 11, "张三", T.PERSON, "張三"), traditional="張三"),
        _e("person/p2", T.PERSON, "李四", _m(D2, 40, "李四", T.PERSON)),
        _e("organization/o1", T.ORGANIZATION, "乙市委", _m(D2, 50, "乙市委", T.ORGANIZATION)),
        _e("organization/o2", T.ORGANIZATION, "丙县政府", _m(D2, 60, "丙县政府", T.ORGANIZATION),
           aliases=("丙县人民政府",)),
        _e("organization/o3", T.ORGANIZATION, "乙市发展局", _m(D2, 70, "乙市发展局", T.ORGANIZATION)),
        _e("event/e1", T.EVENT, "青松推进会", _m(D1, 21, "青松推进会", T.EVENT), date="2021-03-05"),
        _e("event/e2", T.EVENT, "绿野总结会", _m(D2, 80, "绿野总结会", T.EVENT), date="2021-12-20"),
        _e("slogan/s1", T.SLOGAN, "青松挺立", _m(D2, 90, "青松挺立", T.SLOGAN)),
        _e("slogan/s2", T.SLOGAN, "绿水长流", _m(D2, 95, "绿水长流", T.SLOGAN)),
        _e("policydocument/d1", T.POLICY_DOCUMENT, "青松行动实施方案", _m(D2, 100, "青松行动实施方案", T.POLICY_DOCUMENT),
           number="乙发〔2021〕3号", issuer="乙发", year="2021", serial="3"),
        _e("project/j1", T.PROJECT, "河道整治工程", _m(D2, 120, "河道整治工程", T.PROJECT),
           amount="3.5亿元", amount_value="35000", amount_unit="万元"),
        _e("project/j2", T.PROJECT, "物流园项目", _m(D2, 130, "物流园项目", T.PROJECT),
           amount="1.2亿元", amount_value="12000", amount_unit="万元"),
        _e("project/j3", T.PROJECT, "外省项目", _m(D2, 140, "外省项目", T.PROJECT),
           amount="9亿元", amount_value="90000", amount_unit="万元"),
    ]
    q1 = "甲省乙市开展青松行动。"
    R = [
        _r("region/990100", P.PART_OF, "region/990000", _ev(D1, 0, q1)),
        _r("region/990102", P.PART_OF, "region/990100", _ev(D1, 16, "丙县")),
        _r("region/990200", P.PART_OF, "region/990000", _ev(D2, 0, "戊市")),
        _r("region/980100", P.PART_OF, "region/980000"),  # from the gazetteer: no evidence
        _r("region/990100", P.CONDUCTS, "campaign/c1", _ev(D1, 0, q1), _ev(D2, 20, "乙市深入开展青松行动。")),
        _r("region/990102", P.CONDUCTS, "campaign/c1", _ev(D2, 25, "丙县推进青松行动。")),
        _r("region/990200", P.CONDUCTS, "campaign/c0", _ev(D2, 3, "戊市开展绿野专项行动。")),
        _r("organization/o2", P.CONDUCTS, "campaign/c1", _ev(D2, 60, "丙县政府落实青松行动。")),
        _r("campaign/c1", P.PART_OF_CAMPAIGN, "campaign/c0", _ev(D2, 10, "青松行动是绿野专项行动的一部分。")),
        _r("campaign/c2", P.PART_OF_CAMPAIGN, "campaign/c1", _ev(D2, 30, "青松护林小行动属于青松行动。")),
        _r("slogan/s1", P.ASSOCIATED_WITH, "campaign/c1", _ev(D2, 90, "青松挺立")),
        _r("slogan/s2", P.ASSOCIATED_WITH, "campaign/c1", _ev(D2, 95, "绿水长流")),
        _r("person/p1", P.ATTENDED, "event/e1", _ev(D1, 11, "張三出席在丙县召开的青松推进会。")),
        _r("person/p2", P.ATTENDED, "event/e1", _ev(D2, 40, "李四出席青松推进会。")),
        _r("person/p2", P.ATTENDED, "event/e2", _ev(D2, 80, "李四出席绿野总结会。")),
        _r("event/e1", P.LOCATED_IN, "region/990102", _ev(D1, 11, "張三出席在丙县召开的青松推进会。")),
        _r("person/p1", P.HOLDS_POST, "organization/o1", _ev(D2, 50, "乙市委书记张三"), post="书记"),
        _r("person/p2", P.HOLDS_POST, "organization/o2", _ev(D2, 60, "丙县政府县长李四"), post="县长"),
        _r("organization/o1", P.JURISDICTION, "region/990100", _ev(D2, 50, "乙市委书记张三")),
        _r("organization/o2", P.JURISDICTION, "region/990102", _ev(D2, 60, "丙县政府县长李四")),
        _r("policydocument/d1", P.ISSUED_BY, "organization/o1", _ev(D2, 100, "乙市委印发《青松行动实施方案》")),
        _r("campaign/c1", P.BASED_ON, "policydocument/d1", _ev(D2, 100, "依据《青松行动实施方案》开展青松行动")),
        _r("organization/o3", P.INVESTS_IN, "project/j1", _ev(D2, 70, "乙市发展局投资河道整治工程")),
        _r("project/j1", P.LOCATED_IN, "region/990102", _ev(D2, 120, "丙县河道整治工程")),
        _r("project/j2", P.LOCATED_IN, "region/990200", _ev(D2, 130, "戊市物流园项目")),
        _r("project/j3", P.LOCATED_IN, "region/980100", _ev(D2, 140, "庚市外省项目")),
    ]
    docs = (
        DocumentInfo(D1, "a/讲话 one.txt", "青松行动动员讲话", "2021-03-05", "甲省日报", len(TEXT1)),
        DocumentInfo(D2, "b/\"quoted\" file.txt", "绿野专项行动方案解读", "2021-12-20T09:30:00", None, 400),
    )
    return KnowledgeGraph(tuple(E), tuple(R), docs)


def test_fixture_offsets_match_its_text():
    kg = fixture_kg()
    for e in kg.entities:
        for m in e.mentions:
            if m.doc_id == D1:
                assert TEXT1[m.start:m.end] == m.surface
