"""The project's RDF vocabulary as a closed ``DefinedNamespace``: a typo fails."""
from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import DefinedNamespace, Namespace

BASE_IRI = "https://w3id.org/cn-gov-kg/"
ONTOLOGY_IRI = BASE_IRI + "ontology"


class KGV(DefinedNamespace):
    """Classes and properties of the Chinese governance knowledge graph."""

    _NS = Namespace(BASE_IRI + "ontology#")
    _fail = True

    # classes
    Region: URIRef
    Person: URIRef
    Organization: URIRef
    Campaign: URIRef
    Project: URIRef
    Slogan: URIRef
    PolicyDocument: URIRef
    Event: URIRef
    SourceDocument: URIRef
    Mention: URIRef
    Evidence: URIRef
    Fact: URIRef
    # relations (fixed local names)
    partOf: URIRef
    locatedIn: URIRef
    holdsPost: URIRef
    conducts: URIRef
    partOfCampaign: URIRef
    associatedWith: URIRef
    attended: URIRef
    issuedBy: URIRef
    basedOn: URIRef
    investsIn: URIRef
    jurisdiction: URIRef
    # attributes and provenance
    adminCode: URIRef
    adminLevel: URIRef
    documentNumber: URIRef
    issuerCode: URIRef
    year: URIRef
    serial: URIRef
    investment: URIRef
    item: URIRef
    mentionOf: URIRef
    evidence: URIRef
    quote: URIRef
    sourceDocument: URIRef
    extractor: URIRef
    confidence: URIRef
    path: URIRef
    documentId: URIRef
    entityId: URIRef
    fact: URIRef
    amountText: URIRef
    date: URIRef
