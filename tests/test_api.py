"""The Python API: the docs/api.md session runs; filters, explain, repr; nothing heavy at import."""
from __future__ import annotations

import doctest
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.types import Entity, EntityType, KnowledgeGraph, Relation

try:
    from test_export_fixtures import CAMPAIGN, ORG, PERSON, QUOTE_AWKWARD, sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import CAMPAIGN, ORG, PERSON, QUOTE_AWKWARD, sample_graph

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "api.md"


@pytest.mark.parametrize("doc, least", [(DOC, 10), (ROOT / "README.md", 4)], ids=["docs/api.md", "README.md"])
def test_docs_example_session_runs(doc, least, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "a.txt").write_text(
        "2024年3月5日，昆明市召开乡村振兴推进会，林未央出席会议。\n", encoding="utf-8")
    text = doc.read_text(encoding="utf-8")
    test = doctest.DocTestParser().get_doctest(text, {}, doc.name, str(doc), 0)
    assert len(test.examples) >= least
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    out: list[str] = []
    result = runner.run(test, out=out.append)
    assert result.failed == 0, "".join(out)


@pytest.mark.parametrize("kwargs, expected", [
    ({}, 13),
    ({"type": "Region"}, 4),
    ({"type": EntityType.CAMPAIGN}, 2),
    ({"name": "三晴行动"}, 1),
    ({"name": "三晴"}, 1),  # alias
    ({"type": "Person", "name": "三晴"}, 0),
])
def test_entities_filter(kwargs, expected):
    assert len(sample_graph().entities(**kwargs)) == expected


@pytest.mark.parametrize("kwargs, expected", [
    ({}, 10),
    ({"predicate": "holdsPost"}, 2),
    ({"head": PERSON.id}, 3),
    ({"head": PERSON}, 3),
    ({"tail": ORG}, 3),
    ({"entity": ORG.id}, 4),
    ({"entity": ORG, "predicate": "conducts"}, 1),
    ({"head": ORG, "tail": PERSON}, 0),
])
def test_relations_filter(kwargs, expected):
    assert len(sample_graph().relations(**kwargs)) == expected


def test_filters_reject_unknown_type():
    with pytest.raises(ValueError):
        sample_graph().entities(type="Planet")


def test_collections_stay_tuples():
    g = sample_graph()
    assert isinstance(g.entities, tuple) and isinstance(g.relations, tuple)
    assert g.entities == tuple(g.entities) and g.entities[0] is g.entities[:1][0]
    assert g == KnowledgeGraph(tuple(g.entities), tuple(g.relations), g.documents)
    assert hash(g) == hash(KnowledgeGraph(list(g.entities), list(g.relations), list(g.documents)))
    changed = g.with_(entities=g.entities[:2])
    assert len(changed.entities(type="Campaign")) == 2 and len(changed.entities) == 2


def test_explain_lists_mentions_and_relations_with_quotes():
    g = sample_graph()
    ex = g.explain(PERSON.id)
    assert ex.entity == PERSON and len(ex.mentions) == 2
    assert sorted(r.predicate.value for r, _, _ in ex.relations) == ["attended", "holdsPost", "holdsPost"]
    text = str(ex)
    assert "林未央 (Person, person/p1)" in text
    assert "岚川纪要 [20:23] '林未央'" in text  # document title, raw offsets, surface
    assert "-holdsPost [书记]-> 青禾工委" in text and QUOTE_AWKWARD in text
    assert "<-conducts- 青禾工委" in str(g.explain(CAMPAIGN))
    assert "“青禾工委开展三晴行动”" in str(g.explain(CAMPAIGN))


@pytest.mark.parametrize("key", ["person/p1", "林未央"])
def test_explain_accepts_id_or_name(key):
    assert sample_graph().explain(key).entity == PERSON


def test_explain_unknown_and_ambiguous():
    g = sample_graph()
    with pytest.raises(KeyError, match="no entity"):
        g.explain("无此人")
    twin = Entity("person/p2", EntityType.PERSON, "林未央")
    with pytest.raises(KeyError, match="names 2 entities"):
        g.with_(entities=g.entities + (twin,)).explain("林未央")


def test_repr_and_html_escape():
    g = sample_graph()
    assert repr(g) == ("<KnowledgeGraph: 13 entities (Campaign=2, Event=1, Organization=1, Person=1, "
                       "PolicyDocument=1, Project=1, Region=4, Slogan=2), 10 relations (associatedWith=1, "
                       "attended=1, conducts=1, holdsPost=2, issuedBy=1, locatedIn=2, partOf=2), 4 documents>")
    assert repr(KnowledgeGraph()) == "<KnowledgeGraph: 0 entities (none), 0 relations (none), 0 documents>"
    evil = Entity("person/x", EntityType.PERSON, "<script>alert(1)</script>")
    g2 = g.with_(entities=g.entities + (evil,),
                 relations=g.relations + (Relation(evil.id, kg.Predicate.HOLDS_POST, ORG.id),))
    html = g2._repr_html_()
    assert "<script>" not in html and "&lt;script&gt;" in html
    ex_html = g2.explain(evil.id)._repr_html_()
    assert "<script>" not in ex_html and "&lt;script&gt;" in ex_html


def test_to_networkx_and_rdf():
    g = sample_graph()
    nxg = g.to_networkx()
    assert nxg.number_of_nodes() == 13 and nxg.number_of_edges() == 10
    assert len(g.to_rdf()) > 0


def test_import_is_lazy_and_build_is_callable_module():
    code = (
        "import sys, kg\n"
        "heavy = [m for m in ('kg.build', 'kg.api', 'kg.types', 'networkx', 'rdflib', 'jieba') if m in sys.modules]\n"
        "print(heavy)\n"
        "import kg.build as b\n"
        "print(callable(kg.build), kg.build is b, hasattr(kg.build, 'build'), kg.load.__module__)\n"
        "from kg import build as m\n"
        "print(m is b, kg.KnowledgeGraph.__name__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]"
    assert out[1] == "True True True kg.api"
    assert out[2] == "True KnowledgeGraph"


def test_unknown_attribute():
    with pytest.raises(AttributeError):
        kg.does_not_exist  # noqa: B018


def test_graph_pickles_with_callable_collections():
    import pickle

    g = pickle.loads(pickle.dumps(sample_graph()))
    assert g == sample_graph() and len(g.entities(type="Region")) == 4
