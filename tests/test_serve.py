"""`kg serve`: a SPARQL 1.1 Protocol endpoint queried over HTTP by SPARQLWrapper, started and stopped here."""
from __future__ import annotations

import re
import subprocess
import sys
import time
import urllib.error
import urllib.request

import pytest
from SPARQLWrapper import JSON, POST, SPARQLWrapper
from test_rdf_fixture import fixture_kg

from kg.export.rdf import write_turtle


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    ttl = write_turtle(fixture_kg(), tmp_path_factory.mktemp("serve") / "graph.ttl")
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg.cli", "serve", str(ttl), "--port", "0", "--timeout", "5", "--max-rows", "3"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        line = proc.stderr.readline()
        m = re.search(r"http://127\.0\.0\.1:(\d+)/sparql", line)
        assert m, line + proc.stderr.read() if proc.poll() is not None else line
        url = f"http://127.0.0.1:{m.group(1)}/sparql"
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert proc.returncode is not None


def test_select_over_http_with_sparqlwrapper(endpoint):
    sw = SPARQLWrapper(endpoint)
    sw.setQuery("""PREFIX kg: <https://w3id.org/cn-gov-kg/ontology#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?region WHERE { ?r kg:conducts ?c ; a kg:Region ; rdfs:label ?region } ORDER BY ?region""")
    sw.setReturnFormat(JSON)
    res = sw.query().convert()
    assert [b["region"]["value"] for b in res["results"]["bindings"]] == ["丙县", "乙市", "戊市"]
    assert res["results"]["bindings"][0]["region"]["xml:lang"].lower() == "zh-hans"


def test_ask_and_row_cap(endpoint):
    sw = SPARQLWrapper(endpoint)
    sw.setReturnFormat(JSON)
    sw.setQuery("ASK { ?s <https://w3id.org/cn-gov-kg/ontology#partOf> ?o }")
    assert sw.query().convert()["boolean"] is True
    sw.setQuery("SELECT ?s WHERE { ?s ?p ?o }")  # capped at --max-rows 3
    resp = sw.query()
    assert len(resp.convert()["results"]["bindings"]) == 3
    assert resp.info().get("x-kg-truncated") == "true"


def test_updates_refused_and_syntax_errors_reported(endpoint):
    sw = SPARQLWrapper(endpoint)
    sw.setMethod(POST)
    sw.setQuery("INSERT DATA { <http://a> <http://b> <http://c> }")
    with pytest.raises(Exception) as info:
        sw.query()
    assert "403" in str(info.value) or "read-only" in str(info.value)
    bad = urllib.request.Request(endpoint + "?query=" + urllib.parse.quote("SELECT ?x WHERE {"))
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(bad, timeout=10)
    assert err.value.code == 400 and b"syntax error" in err.value.read()


def test_updates_allowed_with_flag():
    import threading

    from kg.query import run_query, store_of
    from kg.serve import ServerConfig, make_server

    store = store_of(fixture_kg())
    server = make_server(store, "127.0.0.1", 0, ServerConfig(allow_updates=True))
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        sw = SPARQLWrapper(f"http://127.0.0.1:{server.server_address[1]}/sparql")
        sw.setMethod(POST)
        sw.setQuery("INSERT DATA { <http://example.org/a> <http://example.org/b> 'c' }")
        sw.query()
        assert run_query(store, "ASK { <http://example.org/a> ?p ?o }").boolean is True
    finally:
        server.shutdown()
        server.server_close()
        t.join(5)
    assert not t.is_alive()
    time.sleep(0)
