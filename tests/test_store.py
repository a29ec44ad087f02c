"""The native saved build: lossless save/load, readable by networkx, clear errors."""
from __future__ import annotations

import json

import networkx as nx
import pytest

import kg
from kg.errors import InputError
from kg.store import FILENAME, load, resolve_path, save, to_dict

try:
    from test_export_fixtures import sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import sample_graph


@pytest.mark.parametrize("target", ["folder", "folder/graph.json", "custom.json"])
def test_save_load_is_lossless(tmp_path, target):
    graph = sample_graph()
    (tmp_path / "folder").mkdir()
    written = save(graph, tmp_path / target)
    assert written.is_file() and written.suffix == ".json"
    back = load(written)
    assert back == graph
    # every field survives, including mention offsets, attributes order and evidence
    assert [e.mentions for e in back.entities] == [e.mentions for e in graph.entities]
    assert [r.evidence for r in back.relations] == [r.evidence for r in graph.relations]
    assert back.documents == graph.documents
    assert kg.load(written.parent if target.startswith("folder") else written) == graph


def test_loaded_graph_has_callable_collections(tmp_path):
    back = load(save(sample_graph(), tmp_path))
    assert [e.name for e in back.entities(type="Region", name="青禾市")] == ["青禾市"]
    assert len(back.relations(predicate="holdsPost")) == 2


def test_networkx_reads_native_file(tmp_path):
    graph = sample_graph()
    data = json.loads(save(graph, tmp_path).read_text(encoding="utf-8"))
    g = nx.node_link_graph(data, edges="links")
    assert g.number_of_nodes() == len(graph.entities) and g.number_of_edges() == len(graph.relations)
    assert g.graph["format"] == "cn-gov-kg"


def test_build_writes_native_file(tmp_path):
    from kg.export import write_all

    write_all(sample_graph(), tmp_path, ["ttl"])
    assert load(tmp_path) == sample_graph()


def _write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("setup, message", [
    (lambda p: p / "missing", "does not exist"),
    (lambda p: p, f"has no {FILENAME}"),
    (lambda p: _write(p / "graph.json", "{not json"), "is not valid JSON"),
    (lambda p: _write(p / "graph.json", '{"nodes": []}'), "is not a saved kg build"),
    (lambda p: _write(p / "graph.json", json.dumps({"graph": {"format": "cn-gov-kg", "version": 99}})),
     "version 99"),
    (lambda p: _write(p / "graph.json", json.dumps({"graph": {"format": "cn-gov-kg", "version": 1},
                                                    "nodes": [{"id": "x", "type": "Planet"}], "links": []})),
     "is damaged"),
])
def test_load_errors_name_the_file_and_what_to_do(tmp_path, setup, message):
    target = setup(tmp_path)
    with pytest.raises(InputError) as info:
        load(target)
    text = str(info.value)
    assert message in text
    assert str(tmp_path) in text
    assert "kg build" in text


def test_resolve_path(tmp_path):
    f = save(sample_graph(), tmp_path)
    assert resolve_path(tmp_path) == f == resolve_path(f)


def test_to_dict_shapes():
    d = to_dict(sample_graph())
    assert d["directed"] and d["multigraph"]
    node = d["nodes"][0]
    assert {"id", "type", "name", "aliases", "attributes", "documents", "mentions"} <= node.keys()
    link = d["links"][0]
    assert {"source", "target", "key", "predicate", "attributes", "evidence", "extractor"} <= link.keys()


def test_streamed_json_equals_the_one_piece_dump():
    from kg.store import dumps, iter_json

    try:
        from test_export_fixtures import sample_graph
    except ImportError:  # tests as a package
        from .test_export_fixtures import sample_graph
    graph = sample_graph()
    assert "".join(iter_json(graph)) == dumps(graph)
