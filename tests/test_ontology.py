"""The OWL ontology defines every KGV term with zh-Hans/en labels and a definition; docs/ontology.md is current."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kg.export.rdf_ontology_doc import ontology_markdown
from kg.vocab import KGV
from kg.validate import ONTOLOGY_PATH, SHAPES_PATH

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ("Region", "Person", "Organization", "Campaign", "Project", "Slogan", "PolicyDocument", "Event")
RELATIONS = ("partOf", "locatedIn", "holdsPost", "conducts", "partOfCampaign", "associatedWith", "attended",
             "issuedBy", "basedOn", "investsIn", "jurisdiction")


@pytest.fixture(scope="module")
def onto():
    return Graph().parse(str(ONTOLOGY_PATH), format="turtle")


def test_every_vocab_term_is_defined(onto):
    ns = str(KGV._NS)
    declared = {str(s)[len(ns):] for s in onto.subjects(RDF.type, None) if str(s).startswith(ns)}
    assert declared == set(KGV.__annotations__)
    for name in declared:
        s = URIRef(ns + name)
        langs = {o.language.lower() for o in onto.objects(s, RDFS.label) if isinstance(o, Literal)}
        assert {"zh-hans", "en"} <= langs, name
        assert onto.value(s, SKOS.definition), name


def test_fixed_classes_and_relations(onto):
    for c in CLASSES:
        assert (KGV[c], RDF.type, OWL.Class) in onto
    for p in RELATIONS:
        assert (KGV[p], RDF.type, OWL.ObjectProperty) in onto
    assert (KGV.Slogan, RDFS.subClassOf, SKOS.Concept) in onto
    assert (KGV.Region, RDFS.subClassOf, URIRef("https://schema.org/AdministrativeArea")) in onto


def test_vocab_is_closed():
    with pytest.raises(AttributeError):
        KGV.noSuchTerm  # noqa: B018


def test_shapes_parse():
    assert len(Graph().parse(str(SHAPES_PATH), format="turtle")) > 50


def test_generated_page_is_current():
    page = (ROOT / "docs" / "ontology.md").read_text(encoding="utf-8")
    assert page == ontology_markdown(), "run `kg ontology-doc` and commit docs/ontology.md"
    assert "| `kg:holdsPost` | 任职于 |" in page
