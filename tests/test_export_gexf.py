"""GEXF: networkx reads it back; dated facts carry spells so Gephi's timeline works."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from kg.export.gexf import day_span, spells, to_gexf, write_gexf

try:
    from test_export_fixtures import CAMPAIGN, EVENT, ORG, PERSON, SLOGAN2, edge_multiset, sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import CAMPAIGN, EVENT, ORG, PERSON, SLOGAN2, edge_multiset, sample_graph

NS = "{http://www.gexf.net/1.2draft}"


@pytest.fixture(scope="module")
def gexf_path(tmp_path_factory):
    return write_gexf(sample_graph(), tmp_path_factory.mktemp("gexf") / "graph.gexf")


def test_round_trip_nodes_edges_attributes(gexf_path):
    kg = sample_graph()
    g = nx.read_gexf(gexf_path)
    assert set(g.nodes) == {e.id for e in kg.entities}
    assert sorted((u, v, d["predicate"]) for u, v, d in g.edges(data=True)) == edge_multiset(kg)
    for e in kg.entities:
        d = g.nodes[e.id]
        assert (d["label"], d["type"], d["name"]) == (e.name, e.type.value, e.name)
        assert json.loads(d["documents"]) == list(e.documents)
    # entity attributes named like GEXF's own fields keep their value under attr_
    assert g.nodes[PERSON.id]["attr_start"] == "x"
    posts = sorted(d.get("post") for u, v, d in g.edges(data=True) if d["predicate"] == "holdsPost")
    assert posts == ["书记", "副书记"]


def test_graph_is_dynamic_with_date_timeformat(gexf_path):
    graph = ET.parse(gexf_path).getroot().find(f"{NS}graph")
    assert graph.get("mode") == "dynamic"
    assert graph.get("timeformat") == "date"
    assert graph.get("defaultedgetype") == "directed"


def test_spells_read_back(gexf_path):
    g = nx.read_gexf(gexf_path)
    # mentioned in d1 (2023-04-05) and d2 (2023-06: the month)
    assert g.nodes[CAMPAIGN.id]["spells"] == [("2023-04-05", "2023-04-05"), ("2023-06-01", "2023-06-30")]
    # an event: mentioned only in an undated document, but has its own date
    assert g.nodes[EVENT.id]["spells"] == [("2023-09-15", "2023-09-15")]
    posts = {d["post"]: d.get("spells") for _, _, d in g.edges(data=True) if d.get("post")}
    assert posts == {"书记": [("2023-04-05", "2023-04-05")], "副书记": [("2023-06-01", "2023-06-30")]}
    attended = [d for u, v, d in g.edges(data=True) if d["predicate"] == "attended"]
    assert attended[0]["spells"] == [("2023-09-15", "2023-09-15")]  # undated document: the event's date


def test_spells_per_element():
    nodes, edges = spells(sample_graph())
    assert nodes[SLOGAN2.id] == [("2023-06-01", "2023-06-30")]
    assert nodes[ORG.id] == [("2023-04-05", "2023-04-05")]
    kg = sample_graph()
    issued = edges[[r.predicate.value for r in kg.relations].index("issuedBy")]
    assert issued == [("2022-11-02", "2022-11-02")]  # a datetime is cut to its day


def test_relation_start_end_attributes_give_one_spell():
    from kg.types import Predicate, Relation

    kg = sample_graph()
    r = Relation(PERSON.id, Predicate.HOLDS_POST, ORG.id, (), (("end", "2021-03"), ("start", "2019")), "x")
    _, edges = spells(kg.with_(relations=(r,)))
    assert edges == [[("2019-01-01", "2021-03-31")]]


@pytest.mark.parametrize("value, expected", [
    ("2023-04-05", ("2023-04-05", "2023-04-05")),
    ("2023-4-5", ("2023-04-05", "2023-04-05")),
    ("2023-02", ("2023-02-01", "2023-02-28")),
    ("2024-02", ("2024-02-01", "2024-02-29")),
    ("2023", ("2023-01-01", "2023-12-31")),
    ("2022-11-02T09:30", ("2022-11-02", "2022-11-02")),
    ("2022-11-02 09:30:00", ("2022-11-02", "2022-11-02")),
    ("2023-13", None),
    ("2023-02-30", None),
    ("去年", None),
    ("", None),
    (None, None),
])
def test_day_span(value, expected):
    assert day_span(value) == expected


def test_undated_graph_is_static():
    from kg.types import KnowledgeGraph

    kg = sample_graph()
    undated = KnowledgeGraph(tuple(e for e in kg.entities if e.id != EVENT.id),
                             tuple(r for r in kg.relations if EVENT.id not in (r.head_id, r.tail_id)),
                             tuple(d.__class__(d.id, d.path, d.title, None) for d in kg.documents))
    root = ET.fromstring(to_gexf(undated).encode("utf-8"))
    assert root.find(f"{NS}graph").get("mode") == "static"
