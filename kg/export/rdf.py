"""KnowledgeGraph -> RDF (rdflib Graph), and Turtle written through Oxigraph.

Entities are typed with the fixed class names of ``kg.vocab.KGV``; relations
are direct triples with the fixed property names; posts also follow the W3C
ORG pattern (``org:holds`` / ``org:postIn``). Every entity and relation links
to its source documents and evidence (document, offsets, quote).
"""
from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import quote

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from ..types import KnowledgeGraph
from ..vocab import BASE_IRI, KGV

ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")

_ATTR_PROPS = {
    "code": KGV.adminCode,
    "level": KGV.adminLevel,
    "number": KGV.documentNumber,
    "year": KGV.year,
    "serial": KGV.serial,
    "issuer": KGV.issuerCode,
    "amount": KGV.investment,
}


def iri(base: str, *parts: str) -> URIRef:
    return URIRef(base + "/".join(quote(p, safe="") for p in parts))


def entity_iri(base: str, entity_id: str) -> URIRef:
    return iri(base, "id", *entity_id.split("/"))


def doc_iri(base: str, doc_id: str) -> URIRef:
    return iri(base, "doc", doc_id)


def to_rdf(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> Graph:
    g = Graph()
    g.bind("kg", KGV._NS)
    g.bind("org", ORG)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    g.bind("nif", NIF)
    g.bind("schema", SCHEMA)
    base = base_iri
    for d in kg.documents:
        s = doc_iri(base, d.id)
        g.add((s, RDF.type, KGV.SourceDocument))
        g.add((s, KGV.documentId, Literal(d.id)))
        if d.title:
            g.add((s, DCTERMS.title, Literal(d.title, lang="zh-Hans")))
        if d.date:
            dtype = XSD.dateTime if "T" in d.date else XSD.date
            g.add((s, DCTERMS.date, Literal(d.date, datatype=dtype)))
        if d.path:
            g.add((s, KGV.path, Literal(d.path)))
    for e in kg.entities:
        s = entity_iri(base, e.id)
        g.add((s, RDF.type, KGV[e.type.value]))
        g.add((s, RDFS.label, Literal(e.name, lang="zh-Hans")))
        g.add((s, SKOS.prefLabel, Literal(e.name, lang="zh-Hans")))
        for a in e.aliases:
            g.add((s, SKOS.altLabel, Literal(a, lang="zh-Hans")))
        trad = e.attr("traditional")
        if trad:
            g.add((s, SKOS.altLabel, Literal(trad, lang="zh-Hant")))
        for k, v in e.attributes:
            prop = _ATTR_PROPS.get(k)
            if prop is not None:
                lit = Literal(float(v), datatype=XSD.decimal) if k == "amount_value" else Literal(v)
                g.add((s, prop, lit))
        for doc_id in e.documents:
            g.add((s, PROV.wasDerivedFrom, doc_iri(base, doc_id)))
        for m in e.mentions:
            mi = iri(base, "mention", m.doc_id, f"{m.start}-{m.end}-{e.type.value}")
            g.add((mi, RDF.type, KGV.Mention))
            g.add((mi, KGV.mentionOf, s))
            g.add((mi, KGV.sourceDocument, doc_iri(base, m.doc_id)))
            g.add((mi, NIF.beginIndex, Literal(m.start, datatype=XSD.nonNegativeInteger)))
            g.add((mi, NIF.endIndex, Literal(m.end, datatype=XSD.nonNegativeInteger)))
            g.add((mi, NIF.anchorOf, Literal(m.surface)))
    for r in kg.relations:
        h, t = entity_iri(base, r.head_id), entity_iri(base, r.tail_id)
        g.add((h, KGV[r.predicate.value], t))
        rid = hashlib.sha1("|".join(map(str, r.key)).encode("utf-8")).hexdigest()[:16]
        post = r.attr("post")
        if post:
            p = iri(base, "post", rid)
            g.add((p, RDF.type, ORG.Post))
            g.add((p, RDFS.label, Literal(post, lang="zh-Hans")))
            g.add((h, ORG.holds, p))
            g.add((p, ORG.postIn, t))
        for i, ev in enumerate(r.evidence):
            en = iri(base, "evidence", rid, str(i))
            g.add((en, RDF.type, KGV.Evidence))
            g.add((en, KGV.subjectEntity, h))
            g.add((en, KGV.predicateName, Literal(r.predicate.value)))
            g.add((en, KGV.objectEntity, t))
            g.add((en, KGV.sourceDocument, doc_iri(base, ev.doc_id)))
            g.add((en, NIF.beginIndex, Literal(ev.start, datatype=XSD.nonNegativeInteger)))
            g.add((en, NIF.endIndex, Literal(ev.end, datatype=XSD.nonNegativeInteger)))
            g.add((en, KGV.quote, Literal(ev.quote, lang="zh-Hans")))
    return g


def write_turtle(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    from .atomic import atomic_path

    path = Path(path)
    g = to_rdf(kg, base_iri)
    with atomic_path(path) as tmp:
        g.serialize(destination=str(tmp), format="turtle")
    return path
