"""GraphML: networkx reads it back with the same nodes, edges and key attributes."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.export.graphml import flat, to_graphml, write_graphml

try:
    from test_export_fixtures import PERSON, QUOTE_AWKWARD, edge_multiset, sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import PERSON, QUOTE_AWKWARD, edge_multiset, sample_graph


@pytest.fixture(scope="module")
def read_back(tmp_path_factory):
    kg = sample_graph()
    path = write_graphml(kg, tmp_path_factory.mktemp("gml") / "graph.graphml")
    return kg, nx.read_graphml(path, force_multigraph=True)


def test_same_nodes_and_edges(read_back):
    kg, g = read_back
    assert set(g.nodes) == {e.id for e in kg.entities}
    assert sorted((u, v, d["predicate"]) for u, v, d in g.edges(data=True)) == edge_multiset(kg)
    assert g.is_directed() and g.is_multigraph()


def test_node_attributes(read_back):
    kg, g = read_back
    for e in kg.entities:
        d = g.nodes[e.id]
        assert (d["type"], d["name"], d["label"]) == (e.type.value, e.name, e.name)
        assert json.loads(d["aliases"]) == list(e.aliases)
        assert json.loads(d["documents"]) == list(e.documents)
        assert d["mentions"] == len(e.mentions)
        assert json.loads(d["offsets"]) == [[m.doc_id, m.start, m.end] for m in e.mentions]
        for k, v in e.attributes:
            assert d[f"attr_{k}" if k == "label" else k] == v


def test_attribute_clashing_with_fixed_key_is_prefixed(read_back):
    _, g = read_back
    assert g.nodes[PERSON.id]["attr_label"] == "clash"
    assert g.nodes[PERSON.id]["label"] == PERSON.name


def test_edge_evidence_and_posts(read_back):
    kg, g = read_back
    edges = {(u, v, d["predicate"], d.get("post")): d for u, v, d in g.edges(data=True)}
    assert len(edges) == len(kg.relations)
    for r in kg.relations:
        d = edges[(r.head_id, r.tail_id, r.predicate.value, r.attr("post"))]
        ev = json.loads(d["evidence"])
        assert [(x["doc_id"], x["start"], x["end"]) for x in ev] == [(v.doc_id, v.start, v.end) for v in r.evidence]
        assert d["weight"] == len(r.documents)
        assert json.loads(d["documents"]) == list(r.documents)
    awkward = edges[(PERSON.id, "organization/o1", "holdsPost", "书记")]
    # JSON escapes the control character XML 1.0 cannot hold, so the quote survives whole
    assert json.loads(awkward["evidence"])[0]["quote"] == QUOTE_AWKWARD


def test_graph_documents(read_back):
    kg, g = read_back
    docs = json.loads(g.graph["documents"])
    assert [d["id"] for d in docs] == [d.id for d in kg.documents]
    assert docs[0]["date"] == "2023-04-05"


@pytest.mark.parametrize("value, expected", [
    (["a", "b"], '["a", "b"]'),
    ({"k": 1}, '{"k": 1}'),
    (("青禾",), '["青禾"]'),
    ("ok\x00\x1f", "ok"),
    (3, 3),
    (2.5, 2.5),
    (True, True),
])
def test_flat(value, expected):
    assert flat(value) == expected


def test_empty_graph():
    from kg.types import KnowledgeGraph

    g = nx.parse_graphml(to_graphml(KnowledgeGraph()))
    assert g.number_of_nodes() == 0
