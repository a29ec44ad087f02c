"""`kg validate` reports SHACL violations readably and exits non-zero."""
from __future__ import annotations

import rdflib
from click.testing import CliRunner
from test_rdf_fixture import fixture_kg

from kg.cli import main
from kg.export.rdf import to_rdf
from kg.validate import validate_graph

KG = rdflib.Namespace("https://w3id.org/cn-gov-kg/ontology#")


def _broken() -> rdflib.Graph:
    g = to_rdf(fixture_kg())
    p1 = rdflib.URIRef("https://w3id.org/cn-gov-kg/id/person/p1")
    g.remove((p1, rdflib.RDFS.label, None))
    # a relation without its kg:Fact, pointing at the wrong class
    g.add((p1, KG.attended, rdflib.URIRef("https://w3id.org/cn-gov-kg/id/region/990000")))
    return g


def test_violations_are_found():
    report = validate_graph(_broken())
    assert not report.conforms
    text = "\n".join(map(str, report.violations))
    assert "rdfs:label" in text and "zh-Hans" in text
    assert "no kg:Fact" in text
    assert "attended points to a kg:Event" in text


def test_cli_exit_codes(tmp_path):
    bad = tmp_path / "bad.ttl"
    _broken().serialize(str(bad), format="turtle")
    r = CliRunner().invoke(main, ["validate", str(bad)])
    assert r.exit_code == 1
    assert "does not conform" in r.output and "person/p1" in r.output
    good = tmp_path / "good.nt"
    to_rdf(fixture_kg()).serialize(str(good), format="nt")
    assert CliRunner().invoke(main, ["validate", str(good)]).exit_code == 0
    missing = CliRunner().invoke(main, ["validate", str(tmp_path / "none.ttl")])
    assert missing.exit_code == 2 and "no such file" in missing.output
