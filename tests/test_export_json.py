"""Node-link JSON (the native graph.json) and Cytoscape.js JSON: networkx reads both back."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from kg.export.cytoscape import to_cytoscape, write_cytoscape
from kg.export.nodelink import to_node_link, write_node_link

try:
    from test_export_fixtures import PERSON, edge_multiset, sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import PERSON, edge_multiset, sample_graph


def _check(kg, g):
    assert g.is_directed() and g.is_multigraph()
    assert set(g.nodes) == {e.id for e in kg.entities}
    assert sorted((u, v, d["predicate"]) for u, v, d in g.edges(data=True)) == edge_multiset(kg)
    for e in kg.entities:
        d = g.nodes[e.id]
        assert (d["type"], d["name"], list(d["aliases"]), list(d["documents"])) == \
            (e.type.value, e.name, list(e.aliases), list(e.documents))


def test_node_link_round_trip(tmp_path):
    kg = sample_graph()
    path = write_node_link(kg, tmp_path / "graph.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="links")
    _check(kg, g)
    # parallel holdsPost edges stay apart under their keys
    assert sorted(g[PERSON.id]["organization/o1"]) == ["holdsPost|书记", "holdsPost|副书记"]
    mention = g.nodes[PERSON.id]["mentions"][0]
    assert (mention["doc_id"], mention["start"], mention["end"]) == ("d1", 20, 23)


def test_node_link_is_json_serialisable():
    text = json.dumps(to_node_link(sample_graph()), ensure_ascii=False)
    assert '"format": "cn-gov-kg"' in text


def test_cytoscape_round_trip(tmp_path):
    kg = sample_graph()
    path = write_cytoscape(kg, tmp_path / "graph.cyjs")
    data = json.loads(path.read_text(encoding="utf-8"))
    g = nx.cytoscape_graph(data)
    _check(kg, g)
    assert g.nodes[PERSON.id]["attr_label"] == "clash"


def test_cytoscape_elements_shape():
    data = to_cytoscape(sample_graph())
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    ids = {n["data"]["id"] for n in nodes}
    assert all({"id", "label", "type"} <= n["data"].keys() and n["classes"] == n["data"]["type"] for n in nodes)
    assert len({e["data"]["id"] for e in edges}) == len(edges)  # unique edge ids
    assert all(e["data"]["source"] in ids and e["data"]["target"] in ids for e in edges)
    ev = [e for e in edges if e["data"]["predicate"] == "conducts"][0]["data"]["evidence"]
    assert [x["quote"] for x in ev] == ["青禾工委开展三晴行动", "继续推进三晴行动"]


@pytest.mark.parametrize("fmt, filename", [("json", "graph.json"), ("cytoscape", "graph.cyjs"),
                                            ("graphml", "graph.graphml"), ("gexf", "graph.gexf"),
                                            ("neo4j", "neo4j"), ("csv", "csv")])
def test_registered_in_write_all(tmp_path, fmt, filename):
    from kg.export import DEFAULT_FORMATS, available_formats, write_all

    assert fmt in available_formats() and fmt not in DEFAULT_FORMATS
    written = write_all(sample_graph(), tmp_path, [fmt])
    assert tmp_path / filename in written
    assert (tmp_path / "graph.json").is_file()  # the native build is always written
