"""`kg query`: inline or --file, table/CSV/JSON output, clear syntax errors (exit 6)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from test_rdf_fixture import fixture_kg

from kg.cli import main
from kg.errors import QueryError
from kg.export.rdf import write_trig, write_turtle
from kg.query import QueryTimeout, run_query, store_of


@pytest.fixture(scope="module")
def ttl(tmp_path_factory):
    return write_turtle(fixture_kg(), tmp_path_factory.mktemp("q") / "graph.ttl")


Q = "SELECT ?l WHERE { ?r a kg:Region ; kg:partOf ?p ; rdfs:label ?l } ORDER BY ?l"


def test_inline_table(ttl):
    r = CliRunner().invoke(main, ["query", str(ttl), Q])
    assert r.exit_code == 0, r.output
    assert r.output.splitlines()[0].strip() == "l"
    assert "(4 rows)" in r.output and "庚市" in r.output


def test_csv_and_json(ttl):
    r = CliRunner().invoke(main, ["query", str(ttl), Q, "--format", "csv"])
    assert r.output.splitlines()[:3] == ["l", "丙县", "乙市"]
    r = CliRunner().invoke(main, ["query", str(ttl), Q, "-F", "json"])
    data = json.loads(r.output)
    assert data["head"]["vars"] == ["l"] and len(data["results"]["bindings"]) == 4


def test_query_file_on_trig(tmp_path):
    trig = write_trig(fixture_kg(), tmp_path / "graph.trig")
    r = CliRunner().invoke(main, ["query", str(trig), "--file", "queries/15_documents_stating_a_fact.rq",
                                  "-F", "csv"])
    assert r.exit_code == 0, r.output
    assert "乙市,青松行动,d0000000000001" in r.output


def test_syntax_error_is_clear(ttl):
    r = CliRunner().invoke(main, ["query", str(ttl), "SELECT ?x WHERE { ?x"])
    assert r.exit_code == 6
    assert "SPARQL syntax error" in r.output and "1:" in r.output
    with pytest.raises(QueryError):
        run_query(store_of(fixture_kg()), "SELEKT * {}")
    r = CliRunner().invoke(main, ["query", str(ttl)])
    assert r.exit_code == 6 and "--file" in r.output


def test_timeout():
    big = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    with pytest.raises(QueryTimeout):
        run_query(store_of(fixture_kg()), big, timeout=0.2)
