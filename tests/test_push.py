"""`kg push` against a real Oxigraph server (the `oxigraph` package's binary,
started by the test), and the persistent Oxigraph store."""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import ExportError, InputError
from kg.oxstore import open_store, write_store
from kg.push import push, target_url
from kg.types import DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation

TTL_A = """@prefix ex: <http://example.org/> .
ex:a ex:p ex:b .
ex:a ex:label "青山市"@zh .
"""
TTL_B = """@prefix ex: <http://example.org/> .
ex:c ex:p ex:d .
"""


def _oxigraph_binary() -> str | None:
    here = Path(sys.executable).parent / "oxigraph"
    return str(here) if here.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    binary = _oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                             "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                break
        except OSError:
            if proc.poll() is not None or time.time() > deadline:
                proc.kill()
                pytest.fail(f"oxigraph server did not start: {proc.stderr.read().decode(errors='replace')}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(timeout=10)


def _count(base: str, graph: str | None = None) -> int:
    where = f"GRAPH <{graph}> {{ ?s ?p ?o }}" if graph else "?s ?p ?o"
    q = urllib.parse.urlencode({"query": f"SELECT (COUNT(*) AS ?n) WHERE {{ {where} }}"})
    req = urllib.request.Request(f"{base}/query?{q}", headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return int(json.load(resp)["results"]["bindings"][0]["n"]["value"])


def test_target_url():
    assert target_url("http://h/store", None, False) == "http://h/store?default"
    assert target_url("http://h/store", "http://g/1", False) == "http://h/store?graph=http%3A%2F%2Fg%2F1"
    assert target_url("http://h/rdf?x=1", None, False) == "http://h/rdf?x=1&default"
    with pytest.raises(InputError, match="not an http"):
        target_url("ftp://h/store", None, False)
    with pytest.raises(InputError, match="carries its own graphs"):
        target_url("http://h/store", "http://g/1", True)


def test_put_replaces_and_post_appends(server, tmp_path):
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    a.write_text(TTL_A, encoding="utf-8")
    b.write_text(TTL_B, encoding="utf-8")
    g = "http://example.org/graph/1"
    res = push(a, f"{server}/store", graph_iri=g)
    assert res.method == "PUT" and res.status in (200, 201, 204)
    assert _count(server, g) == 2
    push(b, f"{server}/store", graph_iri=g, replace=False)
    assert _count(server, g) == 3
    push(b, f"{server}/store", graph_iri=g)  # PUT replaces
    assert _count(server, g) == 1
    push(a, f"{server}/store")  # the default graph
    assert _count(server) >= 2


def test_cli_push_build_folder_and_errors(server, tmp_path):
    out = tmp_path / "build"
    out.mkdir()
    (out / "graph.ttl").write_text(TTL_A, encoding="utf-8")
    g = "http://example.org/graph/cli"
    r = CliRunner().invoke(main, ["push", str(out), f"{server}/store", "--graph", g])
    assert r.exit_code == 0, r.output
    assert "PUT" in r.output and _count(server, g) == 2
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle <<<", encoding="utf-8")
    with pytest.raises(ExportError, match="HTTP 400"):
        push(bad, f"{server}/store", graph_iri=g)
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    r = CliRunner().invoke(main, ["push", str(out), f"http://127.0.0.1:{closed}/store"])
    assert r.exit_code == 5 and "cannot reach" in r.output


def _tiny_graph() -> KnowledgeGraph:
    doc = "0123456789abcdef"
    m1 = Mention(doc, 0, 3, "青山市", EntityType.REGION, "青山市", "test")
    m2 = Mention(doc, 4, 7, "绿水县", EntityType.REGION, "绿水县", "test")
    e1 = Entity("region/aaaaaaaaaaaa", EntityType.REGION, "青山市", (), (), (m1,))
    e2 = Entity("region/bbbbbbbbbbbb", EntityType.REGION, "绿水县", (), (), (m2,))
    rel = Relation(e2.id, Predicate.PART_OF, e1.id, (Evidence(doc, 0, 7, "青山市 绿水县"),), (), "test")
    return KnowledgeGraph((e1, e2), (rel,), (DocumentInfo(doc, "a.txt", None, None, None, 7),))


def test_persistent_store_round_trip(tmp_path):
    path = tmp_path / "store"
    store = write_store(_tiny_graph(), path)
    n = len(store)
    assert n > 0
    del store
    ro = open_store(path, read_only=True)
    assert len(ro) == n
    names = {str(s["n"].value) for s in ro.query("SELECT ?n WHERE { ?e <http://www.w3.org/2000/01/rdf-schema#label> ?n }")}
    assert {"青山市", "绿水县"} <= names
    with pytest.raises(InputError, match="no Oxigraph store"):
        open_store(tmp_path / "missing", read_only=True)


def test_cli_oxstore_loads_rdf_file(tmp_path):
    f = tmp_path / "g.ttl"
    f.write_text(TTL_A, encoding="utf-8")
    r = CliRunner().invoke(main, ["oxstore", str(f), str(tmp_path / "st")])
    assert r.exit_code == 0, r.output
    assert "2 quads" in r.output
