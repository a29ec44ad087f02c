"""RDF exports: every format parses in rdflib and pyoxigraph, IRIs are valid, provenance is reachable."""
from __future__ import annotations

import re

import pyoxigraph as ox
import pytest
import rdflib
from test_rdf_fixture import D1, D2, fixture_kg

from kg.errors import ExportError
from kg.export import write_all
from kg.export.rdf import WRITERS, check_base_iri, to_jsonld, to_oxigraph_quads, to_rdf
from kg.validate import validate_graph

OX = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
      "nq": ox.RdfFormat.N_QUADS}
RL = {"ttl": "turtle", "nt": "nt", "trig": "trig", "nq": "nquads", "jsonld": "json-ld"}


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("rdf")
    write_all(fixture_kg(), out, formats=tuple(WRITERS))
    return out


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_every_format_parses_in_rdflib_to_the_same_graph(exported, fmt):
    path = exported / WRITERS[fmt][0]
    if fmt in ("trig", "nq"):
        ds = rdflib.Dataset()
        ds.parse(str(path), format=RL[fmt])
        g = rdflib.Graph()
        for s, p, o, _ in ds.quads((None, None, None, None)):
            g.add((s, p, o))
    else:
        g = rdflib.Graph().parse(str(path), format=RL[fmt])
    assert g.isomorphic(to_rdf(fixture_kg()))


@pytest.mark.parametrize("fmt", sorted(OX))
def test_every_format_parses_in_pyoxigraph(exported, fmt):
    quads = list(ox.parse(path=str(exported / WRITERS[fmt][0]), format=OX[fmt]))
    assert len({(q.subject, q.predicate, q.object) for q in quads}) == len(to_rdf(fixture_kg()))


def test_jsonld_uses_context_file(exported):
    import json

    doc = json.loads((exported / "graph.jsonld").read_text(encoding="utf-8"))
    assert doc["@context"] == "context.jsonld"
    ctx = json.loads((exported / "context.jsonld").read_text(encoding="utf-8"))
    assert ctx["@context"]["kg"] == "https://w3id.org/cn-gov-kg/ontology#"
    assert len(to_jsonld(fixture_kg())["@graph"]) > 20


def test_trig_has_one_named_graph_per_document(exported):
    quads = list(ox.parse(path=str(exported / "graph.trig"), format=ox.RdfFormat.TRIG))
    names = {q.graph_name.value for q in quads if isinstance(q.graph_name, ox.NamedNode)}
    assert names == {f"https://w3id.org/cn-gov-kg/doc/{D1}", f"https://w3id.org/cn-gov-kg/doc/{D2}"}
    # the gazetteer edge (no evidence) is in the default graph only
    gaz = [q for q in quads if q.subject.value.endswith("region/980100") and q.predicate.value.endswith("#partOf")]
    assert [type(q.graph_name) for q in gaz] == [ox.DefaultGraph]


def test_iris_are_valid_and_deterministic():
    g1, g2 = to_rdf(fixture_kg()), to_rdf(fixture_kg())
    assert set(g1) == set(g2)
    bad = re.compile(r"[\s\"<>{}|\\^`]")
    for term in {t for triple in g1 for t in triple if isinstance(t, rdflib.URIRef)}:
        assert not bad.search(str(term)), term
    assert rdflib.URIRef("https://w3id.org/cn-gov-kg/id/region/990102") in set(g1.subjects())


def test_labels_and_traditional_script():
    g = to_rdf(fixture_kg())
    p1 = rdflib.URIRef("https://w3id.org/cn-gov-kg/id/person/p1")
    labels = {(str(o), o.language.lower()) for o in g.objects(p1, rdflib.namespace.SKOS.altLabel)}
    assert labels == {("張三", "zh-hant")}
    assert {(str(o), o.language.lower()) for o in g.objects(p1, rdflib.RDFS.label)} == {("张三", "zh-hans")}


def test_base_iri_option(tmp_path):
    q = list(to_oxigraph_quads(fixture_kg(), "http://example.org/kg/"))
    assert any(x.subject.value == "http://example.org/kg/id/region/990000" for x in q)
    assert not any(x.subject.value.startswith("https://w3id.org/cn-gov-kg/id/") for x in q)
    for bad in ("not an iri", "http://x.org/a b/", "http://x.org/kg"):
        with pytest.raises(ExportError):
            check_base_iri(bad)


def test_fixture_export_conforms_to_shapes():
    report = validate_graph(to_rdf(fixture_kg()))
    assert report.conforms, [str(v) for v in report.violations]


def test_seeds_build_validates_and_parses_everywhere(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    r = CliRunner().invoke(main, ["build", "seeds", "-o", str(tmp_path), "-q"])
    assert r.exit_code == 0, r.output
    ttl = tmp_path / "graph.ttl"
    g = rdflib.Graph().parse(str(ttl), format="turtle")
    store = ox.Store()
    store.load(path=str(ttl), format=ox.RdfFormat.TURTLE)
    assert len(g) == len(store) > 100
    v = CliRunner().invoke(main, ["validate", str(ttl)])
    assert v.exit_code == 0, v.output
    assert "conforms" in v.output


def test_merged_walk_states_each_triple_once_and_each_subject_in_one_run():
    from itertools import groupby

    from kg.export.rdf import _rdflib_terms, triples

    walked = list(triples(fixture_kg(), "https://w3id.org/cn-gov-kg/", _rdflib_terms()))
    assert len(walked) == len(set(walked)) == len(to_rdf(fixture_kg()))
    runs = [s for s, _ in groupby(walked, key=lambda st: st[0])]
    assert len(runs) == len(set(runs))  # what JSON-LD needs to write one node object at a time


def test_jsonld_has_one_node_object_per_subject():
    ids = [node["@id"] for node in to_jsonld(fixture_kg())["@graph"]]
    assert len(ids) == len(set(ids)) == len({s for s in to_rdf(fixture_kg()).subjects()})


def _traced_peak(write, kg, path) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        write(kg, path)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("fmt", ["ttl", "trig", "jsonld"])
def test_rdf_export_memory_does_not_grow_with_the_triples(tmp_path, fmt):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from bench_rdf_export import synthetic

    write = WRITERS[fmt][1]
    small, big = synthetic(1_000, n_docs=50), synthetic(4_000, n_docs=200)
    write(small, tmp_path / "warm")  # imports and one-off caches out of the way
    peak_small = _traced_peak(write, small, tmp_path / "small")
    peak_big = _traced_peak(write, big, tmp_path / "big")
    # four times the triples; collecting them (as before) took ~4x the memory, streaming far less
    assert peak_big < 2 * peak_small, (peak_small, peak_big)


def _turtle_text(kg, renderer) -> str:
    from kg.export.rdf import PREFIXES, RDF, _text_terms, _turtle_body, triples

    t = _text_terms(PREFIXES)
    return "".join(_turtle_body(triples(kg, "https://w3id.org/cn-gov-kg/", t, renderer), t.n(str(RDF.type))))


def test_turtle_runs_written_in_one_piece_equal_the_triple_by_triple_text():
    from dataclasses import replace

    from kg.export.rdf import _renderers

    kg = fixture_kg()
    assert _turtle_text(kg, _renderers) == _turtle_text(kg, None)
    # the odd cases: a mention repeated (its run continues the subject before it), no extractor,
    # confidences 1 (an int), 0.0 and -0.0 (equal, but written differently), a quote to escape
    e = kg.entities[0]
    m = e.mentions[0]
    odd = (m, m, replace(m, start=m.start + 1, extractor="", confidence=1), replace(m, start=m.start + 2, confidence=-0.0),
           replace(m, start=m.start + 3, confidence=0.0), replace(m, start=m.start + 4, surface='甲"\n省'))
    r = kg.relations[0]
    ev = r.evidence[0]
    hand = kg.with_(entities=(replace(e, mentions=odd), *kg.entities[1:]),
                    relations=(replace(r, evidence=(ev, ev, replace(ev, quote='他说："好"\t'))), *kg.relations[1:]))
    text = _turtle_text(hand, _renderers)
    assert text == _turtle_text(hand, None)
    assert '"-0.0"^^xsd:decimal' in text and '"0.0"^^xsd:decimal' in text and '"1.0"^^xsd:decimal' in text


def test_an_evidence_node_keeps_its_iri_when_its_fact_gains_evidence():
    """Evidence nodes are named by fact, document and offsets: a new sentence for a fact (from a
    document sorting first) renames none of the old ones, so links to them survive a rebuild."""
    from dataclasses import replace

    from kg.types import Evidence
    from kg.vocab import KGV

    kg = fixture_kg()
    i, r = next((i, r) for i, r in enumerate(kg.relations) if len(r.evidence) == 2)
    grown = replace(r, evidence=(Evidence("d0000000000000", 5, 9, "新的一句"),) + r.evidence)
    kg2 = kg.with_(relations=kg.relations[:i] + (grown,) + kg.relations[i + 1:])

    def evidence_nodes(g):
        return {str(o) for o in g.objects(None, rdflib.URIRef(str(KGV.evidence)))}

    before, after = evidence_nodes(to_rdf(kg)), evidence_nodes(to_rdf(kg2))
    assert before < after and len(after - before) == 1
    new = (after - before).pop()
    assert "d0000000000000" in new and new.endswith("/5-9")
