"""KnowledgeGraph -> RDF: one set of statement blocks, two walks, two term back-ends.

``_Walk`` makes the statements about one document, entity or relation. Two
walks stream them without collecting the graph first:

* ``triples`` -> ``(s, p, o)`` of the merged graph, each entity and relation
  described once (``to_rdf``, Turtle, N-Triples, JSON-LD, the store's
  default graph);
* ``statements`` -> ``(s, p, o, document)``, one document's named graph after
  another, where ``document`` is the id of the source document the statement
  was read from (``None`` for knowledge not read from a text, such as a
  gazetteer parent region): TriG, N-Quads, the store's named graphs.

The terms come from rdflib (``to_rdf``: small graphs, tests, SHACL) or from
pyoxigraph, whose serialiser writes the ``write_*`` files as the statements
are made.

Model (see ``ontology/kg.ttl`` and ``docs/ontology.md``):

* entities are typed with the fixed classes of ``kg.vocab.KGV`` and labelled
  ``@zh-Hans`` (``rdfs:label``, ``skos:prefLabel``); aliases are
  ``skos:altLabel @zh-Hans`` and the original Traditional script
  ``skos:altLabel @zh-Hant``; regions are keyed by their administrative code
  (``<base>id/region/140700``);
* relations are direct triples with the fixed property names, and each is
  also a ``kg:Fact`` (an ``rdf:Statement``) carrying ``kg:evidence`` nodes
  (document, ``nif:beginIndex``/``nif:endIndex`` into the original text,
  ``kg:quote``); posts follow W3C ORG (``org:holds`` / ``org:postIn``);
* every entity and fact is ``prov:wasDerivedFrom`` its source documents and
  every mention is a ``kg:Mention`` with offsets;
* in TriG / N-Quads each statement sits in the named graph of the document it
  was read from (the document IRI); statements not read from a text are in
  the default graph.
"""
from __future__ import annotations

import hashlib
import json
import pickle
import re
from functools import lru_cache
from itertools import chain, groupby
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence
from urllib.parse import quote

from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

from ..errors import ExportError
from .chunks import block_bounds
from ..types import EntityType, KnowledgeGraph, Predicate
from ..vocab import BASE_IRI, KGV

ORG = Namespace("http://www.w3.org/ns/org#")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
SCHEMA = Namespace("https://schema.org/")
TIME = Namespace("http://www.w3.org/2006/time#")

PREFIXES: dict[str, str] = {
    "kg": str(KGV._NS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "owl": str(OWL),
    "skos": str(SKOS),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "org": str(ORG),
    "nif": str(NIF),
    "schema": str(SCHEMA),
    "time": str(TIME),
}

RDF_FORMATS = ("ttl", "nt", "trig", "nq", "jsonld")

_BASE_RE = re.compile(r"^https?://[^\s<>\"{}|\\^`]+[/#]$")
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$")
_YEAR_RE = re.compile(r"^\d{4}$")
_DECIMAL_RE = re.compile(r"^-?\d+(\.\d+)?$")
_SAFE_SEGMENT = re.compile(r"[A-Za-z0-9_.~-]+").fullmatch  # needs no percent-encoding

from ..types import ITEM_SEPARATOR  # noqa: E402

# entity attribute -> (property, datatype or None for a plain string)
_ATTR_PROPS = {
    "code": (KGV.adminCode, None),
    "level": (KGV.adminLevel, None),
    "number": (KGV.documentNumber, None),
    "issuer": (KGV.issuerCode, None),
    "serial": (KGV.serial, None),
    "items": (KGV.item, None),
}


def check_base_iri(base_iri: str) -> str:
    """Return ``base_iri`` if it is an absolute http(s) IRI ending in ``/`` or ``#``; else raise ExportError."""
    if not isinstance(base_iri, str) or not _BASE_RE.match(base_iri):
        raise ExportError(
            f"base IRI {base_iri!r} is not usable: give an absolute http(s) IRI without spaces, quotes or "
            "angle brackets that ends in '/' or '#', e.g. https://example.org/kg/"
        )
    return base_iri


def iri(base: str, *parts: str) -> str:
    """``base`` + the percent-encoded ``parts`` joined by ``/``: always a valid IRI."""
    return base + "/".join(p if _SAFE_SEGMENT(p) else quote(str(p), safe="") for p in parts)


def entity_iri(base: str, entity_id: str) -> str:
    return iri(base, "id", *entity_id.split("/"))


def doc_iri(base: str, doc_id: str) -> str:
    return iri(base, "doc", doc_id)


def evidence_iri(base: str, fact: str, ev) -> str:
    """An evidence node is named by its fact, document and offsets (a fact's evidence is a set), so a
    new sentence for a fact renames none of the others, in the next build or another document's graph."""
    return iri(base, "evidence", fact, ev.doc_id, f"{ev.start}-{ev.end}")


def fact_id(key: tuple) -> str:
    return hashlib.sha1("|".join(map(str, key)).encode("utf-8")).hexdigest()[:16]


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class _Terms:
    """Term factory of one back-end.

    ``n`` makes an IRI node and remembers it: for terms used over and over
    (vocabulary, entities, documents). ``node`` makes one without remembering
    it: mentions, facts and evidence are named once each, and caching them
    would keep a node per statement group alive for the whole export.
    """

    def __init__(self, named: Callable[[str], object], literal: Callable[[str, str | None, object], object],
                 reused: Callable[[str], object] | None = None):
        self.node = named
        self._reused = reused or named  # the text back-end writes reused IRIs as prefixed names
        self._literal = literal
        self._cache: dict[str, object] = {}

    def n(self, value: str) -> object:
        node = self._cache.get(value)
        if node is None:
            node = self._cache[value] = self._reused(str(value))
        return node

    def lit(self, value: object, lang: str | None = None, dtype: object = None) -> object:
        """A literal; ``dtype`` is a node made by ``n`` (or None for a plain string)."""
        return self._literal(str(value), lang, dtype)


def _rdflib_terms() -> _Terms:
    from rdflib import Literal, URIRef

    def literal(value, lang, dtype):
        return Literal(value, lang=lang) if lang else Literal(value, datatype=dtype)

    return _Terms(URIRef, literal)


def _oxigraph_terms() -> _Terms:
    import pyoxigraph as ox

    def literal(value, lang, dtype):
        if lang:
            return ox.Literal(value, language=lang)
        return ox.Literal(value, datatype=dtype) if dtype is not None else ox.Literal(value)

    return _Terms(ox.NamedNode, literal)


ZH, ZH_HANT = "zh-Hans", "zh-Hant"


class _Vocab:
    """Every fixed IRI of the model as a node of one back-end, made once per export.

    (Looking names up on rdflib namespaces costs more than making the
    statement, so the walk never does it per statement.)
    """

    def __init__(self, t: _Terms):
        n = t.n
        self.type, self.label, self.pref, self.alt = n(RDF.type), n(RDFS.label), n(SKOS.prefLabel), n(SKOS.altLabel)
        self.concept, self.derived = n(SKOS.Concept), n(PROV.wasDerivedFrom)
        self.begin, self.end, self.anchor = n(NIF.beginIndex), n(NIF.endIndex), n(NIF.anchorOf)
        self.classes = {et: n(KGV[et.value]) for et in EntityType}
        self.predicates = {p: n(KGV[p.value]) for p in Predicate}
        self.attributes = {k: n(prop) for k, (prop, _) in _ATTR_PROPS.items()}
        for name in ("SourceDocument", "Mention", "Evidence", "Fact", "documentId", "entityId", "sourceDocument",
                     "mentionOf", "extractor", "confidence", "evidence", "fact", "quote", "path", "year", "date",
                     "investment", "amountText"):
            setattr(self, name, n(KGV[name]))
        self.title, self.issued, self.publisher, self.extent = (
            n(DCTERMS.title), n(DCTERMS.date), n(DCTERMS.publisher), n(DCTERMS.extent))
        self.subject, self.predicate, self.object = n(RDF.subject), n(RDF.predicate), n(RDF.object)
        self.Post, self.post_in, self.holds = n(ORG.Post), n(ORG.postIn), n(ORG.holds)
        self.Instant, self.has_time = n(TIME.Instant), n(TIME.hasTime)
        self.in_date, self.in_datetime = n(TIME.inXSDDate), n(TIME.inXSDDateTimeStamp)
        self.MonetaryAmount, self.currency = n(SCHEMA.MonetaryAmount), n(SCHEMA.currency)
        self.value, self.unit_text = n(SCHEMA.value), n(SCHEMA.unitText)
        self.nonneg, self.decimal, self.gyear = n(XSD.nonNegativeInteger), n(XSD.decimal), n(XSD.gYear)
        self.xsd_date, self.xsd_datetime = n(XSD.date), n(XSD.dateTime)


class _Walk:
    """The statements about one document, entity or relation, as ``(s, p, o)`` triples.

    Each block names the documents it is derived from and the mentions or
    evidence it carries, so the same blocks make the merged graph (all of an
    entity's documents at once) and each document's named graph (one at a
    time). A few nodes are shared between blocks — a time instant, a post, the
    direct edge of two relations that differ only in attributes — and are
    stated once per graph: ``new_graph`` forgets them (one small set of keys).
    """

    def __init__(self, kg: KnowledgeGraph, base_iri: str, t: _Terms):
        self.base = check_base_iri(base_iri)
        self.t = t
        self.v = _Vocab(t)
        self._said: set = set()
        self._docs: dict[str, object] = {}
        self._entities: dict[str, object] = {}
        # (mention, entity node, type) / (evidence node, evidence, fact node) -> one pre-written run
        # of the mention's / evidence's statements (Turtle only, set by ``_renderers``)
        self.render_mention: Callable | None = None
        self.render_evidence: Callable | None = None
        # only a relation with attributes can share its direct edge with another (relation keys are unique)
        self._attributed = {(r.head_id, r.predicate, r.tail_id) for r in kg.relations if r.attributes}

    def new_graph(self) -> None:
        self._said.clear()

    def _first_time(self, key) -> bool:
        if key in self._said:
            return False
        self._said.add(key)
        return True

    def doc_node(self, doc_id: str):
        # by id: making the IRI text again for every mention and evidence cost more than the lookup
        node = self._docs.get(doc_id)
        if node is None:
            node = self._docs[doc_id] = self.t.n(doc_iri(self.base, doc_id))
        return node

    def entity_node(self, entity_id: str):
        node = self._entities.get(entity_id)
        if node is None:
            node = self._entities[entity_id] = self.t.n(entity_iri(self.base, entity_id))
        return node

    def document(self, d) -> Iterator[tuple]:
        v, lit = self.v, self.t.lit
        s = self.doc_node(d.id)
        yield s, v.type, v.SourceDocument
        yield s, v.documentId, lit(d.id)
        if d.title:
            yield s, v.title, lit(d.title, ZH)
        dt = _date_literal(d.date, v, lit) if d.date else None
        if dt is not None:
            yield s, v.issued, dt
        if d.source:
            yield s, v.publisher, lit(d.source, ZH)
        if d.path:
            yield s, v.path, lit(d.path)
        if d.chars:
            yield s, v.extent, lit(d.chars, dtype=v.nonneg)

    def entity(self, e, docs: Iterable[str], mentions: Iterable, heads: Iterable = ()) -> Iterator[tuple]:
        """The entity's description, ``prov:wasDerivedFrom`` each of ``docs``, the direct edges of the
        relations it ``heads``, then ``mentions``: every triple about the entity comes in one run."""
        v, lit = self.v, self.t.lit
        s = self.entity_node(e.id)
        name = lit(e.name, ZH)
        yield s, v.type, v.classes[e.type]
        if e.type is EntityType.SLOGAN:
            yield s, v.type, v.concept
        yield s, v.label, name
        yield s, v.pref, name
        yield s, v.entityId, lit(e.id)
        for alias in e.aliases:
            if alias != e.name:
                yield s, v.alt, lit(alias, ZH)
        trad = e.attr("traditional")
        if trad and trad != e.name:
            yield s, v.alt, lit(trad, ZH_HANT)
        pairs, nodes = self._attribute_statements(e)
        for p, o in pairs:
            yield s, p, o
        for d in docs:
            yield s, v.derived, self.doc_node(d)
        for r in heads:
            yield from self.edges(r)
        yield from nodes
        yield from self._mention_runs(s, e.type, mentions)

    def entity_block(self, e, block: Sequence) -> Iterator[tuple]:
        """For an entity laid out in blocks (``block_bounds``): the documents of one block of its
        mentions, then those mentions (so that a new document changes one block, not a list of all)."""
        s, derived = self.entity_node(e.id), self.v.derived
        for d in _documents_of(block):
            yield s, derived, self.doc_node(d)
        yield from self._mention_runs(s, e.type, block)

    def _mention_runs(self, s, etype: EntityType, mentions: Iterable) -> Iterator:
        """The mentions' statements, as triples or (Turtle) one pre-rendered run each."""
        render = self.render_mention
        for m in mentions:
            if render is None:
                yield from self._mention(m, s, etype)
            else:
                yield render(m, s, etype)

    def _mention(self, m, s, etype: EntityType) -> Iterator[tuple]:
        v, lit = self.v, self.t.lit
        mi = self.t.node(iri(self.base, "mention", m.doc_id, f"{m.start}-{m.end}-{etype.value}"))
        yield mi, v.type, v.Mention
        yield mi, v.mentionOf, s
        yield mi, v.sourceDocument, self.doc_node(m.doc_id)
        yield mi, v.begin, lit(m.start, dtype=v.nonneg)
        yield mi, v.end, lit(m.end, dtype=v.nonneg)
        yield mi, v.anchor, lit(m.surface)
        if m.extractor:
            yield mi, v.extractor, lit(m.extractor)
        yield mi, v.confidence, lit(_decimal(m.confidence), dtype=v.decimal)

    def _attribute_statements(self, e) -> tuple[list[tuple], list[tuple]]:
        """``(pairs about the entity, triples about its time instant / monetary amount nodes)``."""
        v, t = self.v, self.t
        lit = t.lit
        pairs: list[tuple] = []
        nodes: list[tuple] = []
        for k, value in e.attributes:
            prop = v.attributes.get(k)
            if prop is not None and k == "items":
                # a slogan's enumerated items: one literal each, in the order the text gives
                pairs.extend((prop, lit(f"{i}. {item}", ZH))
                             for i, item in enumerate(value.split(ITEM_SEPARATOR), 1) if item)
            elif prop is not None:
                pairs.append((prop, lit(value)))
        year = e.attr("year")
        if year and _YEAR_RE.match(year):
            pairs.append((v.year, lit(year, dtype=v.gyear)))
        date = e.attr("date")
        dt = _date_literal(date, v, lit) if date else None
        if dt is not None:
            inst_iri = iri(self.base, "time", date)
            inst = t.node(inst_iri)
            pairs += [(v.date, dt), (v.has_time, inst)]
            if self._first_time(inst_iri):  # every event of that day shares the instant
                nodes += [(inst, v.type, v.Instant), (inst, v.in_date if "T" not in date else v.in_datetime, dt)]
        amount = e.attr("amount")
        if amount:
            ma = t.node(iri(self.base, "amount", *e.id.split("/")))
            pairs.append((v.investment, ma))
            nodes += [(ma, v.type, v.MonetaryAmount), (ma, v.amountText, lit(amount, ZH)), (ma, v.currency, lit("CNY"))]
            value, unit = e.attr("amount_value"), e.attr("amount_unit")
            if value and _DECIMAL_RE.match(value):
                nodes.append((ma, v.value, lit(value, dtype=v.decimal)))
            if unit:
                nodes.append((ma, v.unit_text, lit(unit, ZH)))
        return pairs, nodes

    def fact(self, r, docs: Iterable[str], evidence: Sequence) -> Iterator[tuple]:
        """The relation as a ``kg:Fact``, ``prov:wasDerivedFrom`` each of ``docs``, its ``evidence``
        nodes and its post; the direct edge is ``edges``."""
        rid = fact_id(r.key)
        f = self.t.node(iri(self.base, "fact", rid))
        yield from self.fact_head(r, f, rid, docs, evidence)
        yield from self.fact_evidence(f, rid, evidence)
        yield from self.fact_post(r)

    def fact_head(self, r, f, rid: str, docs: Iterable[str], evidence: Iterable) -> Iterator[tuple]:
        """``fact``'s statements about the fact node ``f``, up to its ``kg:evidence`` list."""
        v, t = self.v, self.t
        lit = t.lit
        o = self.entity_node(r.tail_id)
        yield f, v.type, v.Fact
        yield f, v.subject, self.entity_node(r.head_id)
        yield f, v.predicate, v.predicates[r.predicate]
        yield f, v.object, o
        if r.extractor:
            yield f, v.extractor, lit(r.extractor)
        base = self.base
        yield from self._fact_links(f, docs, [t.node(evidence_iri(base, rid, ev)) for ev in evidence])

    def _fact_links(self, f, docs: Iterable[str], nodes: Iterable) -> Iterator[tuple]:
        """The fact's ``prov:wasDerivedFrom`` documents, then its ``kg:evidence`` nodes."""
        derived, evidence = self.v.derived, self.v.evidence
        for d in docs:
            yield f, derived, self.doc_node(d)
        for en in nodes:
            yield f, evidence, en

    def fact_evidence(self, f, rid: str, evidence: Iterable) -> Iterator:
        """``fact``'s evidence nodes: the ``Evidence`` of the fact ``f`` given."""
        node, base = self.t.node, self.base
        yield from self._evidence_runs(f, [(node(evidence_iri(base, rid, ev)), ev) for ev in evidence])

    def _evidence_runs(self, f, nodes: list) -> Iterator:
        """``(node, Evidence)`` pairs of the fact ``f`` as triples or (Turtle) one pre-rendered run each."""
        render = self.render_evidence
        for en, ev in nodes:
            if render is None:
                yield from self._evidence(en, ev, f)
            else:
                yield render(en, ev, f)

    def fact_block(self, f, rid: str, block: Sequence) -> Iterator[tuple]:
        """For a fact laid out in blocks: the documents and evidence links of one block of its
        evidence, then those evidence nodes."""
        node, base = self.t.node, self.base
        nodes = [node(evidence_iri(base, rid, ev)) for ev in block]
        yield from self._fact_links(f, _documents_of(block), nodes)
        yield from self._evidence_runs(f, list(zip(nodes, block)))

    def fact_post(self, r) -> Iterator[tuple]:
        """``fact``'s last statements: the post the relation is about, stated by its first fact."""
        post = r.attr("post")
        if post:
            post_iri = self._post_iri(r, post)
            if self._first_time(post_iri):  # everyone holding that post in that body shares it
                v, t = self.v, self.t
                pi, name = t.node(post_iri), t.lit(post, ZH)
                yield pi, v.type, v.Post
                yield pi, v.label, name
                yield pi, v.pref, name
                yield pi, v.post_in, self.entity_node(r.tail_id)

    def _evidence(self, en, ev, f) -> Iterator[tuple]:
        v, lit = self.v, self.t.lit
        yield en, v.type, v.Evidence
        yield en, v.fact, f
        yield en, v.sourceDocument, self.doc_node(ev.doc_id)
        yield en, v.begin, lit(ev.start, dtype=v.nonneg)
        yield en, v.end, lit(ev.end, dtype=v.nonneg)
        yield en, v.quote, lit(ev.quote, ZH)

    def edges(self, r) -> Iterator[tuple]:
        """What the relation says about its head: the direct edge, and ``org:holds`` its post."""
        v = self.v
        h = self.entity_node(r.head_id)
        post = r.attr("post")
        if post:
            post_iri = self._post_iri(r, post)
            if self._first_time((r.head_id, post_iri)):
                yield h, v.holds, self.t.node(post_iri)
        edge = (r.head_id, r.predicate, r.tail_id)
        if edge not in self._attributed or self._first_time(edge):
            yield h, v.predicates[r.predicate], self.entity_node(r.tail_id)

    def _post_iri(self, r, post: str) -> str:
        return iri(self.base, "post", _h(r.tail_id + "|" + post))


def _decimal(x: float) -> str:
    text = repr(float(x))
    return text if "e" not in text else f"{x:.10f}"


def _date_literal(value: str, v: _Vocab, lit):
    if _DATE_RE.match(value):
        return lit(value, dtype=v.xsd_date)
    if _DATETIME_RE.match(value):
        return lit(value, dtype=v.xsd_datetime)
    return None


# -- the two walks ---------------------------------------------------------------------------------


def triples(kg: KnowledgeGraph, base_iri: str, t: _Terms, renderer: Callable | None = None) -> Iterator[tuple]:
    """``(s, p, o)`` of the merged graph (all documents), each entity and relation described once.

    Streams: besides the shared-node keys of ``_Walk`` it keeps only which
    relations each entity heads, so that all of an entity's triples come in
    one run (compact Turtle; JSON-LD node objects one at a time). A graph made
    by ``kg.resolve`` gives no triple twice; a hand-made one that repeats a
    mention may repeat its triples (the same RDF graph all the same).
    With ``renderer``, each mention and evidence comes as one ``_Rendered`` run instead.
    """
    walk = _Walk(kg, base_iri, t)
    if renderer is not None:  # ``renderer(walk)`` sets ``walk.render_*`` (see ``_turtle``)
        renderer(walk)
    relations = kg.relations
    heads: dict[str, list[int]] = {}
    for i, r in enumerate(relations):
        heads.setdefault(r.head_id, []).append(i)
    for d in kg.documents:
        yield from walk.document(d)
    cuts: dict = {}
    for e in kg.entities:
        hs = [relations[i] for i in heads.pop(e.id, ())]
        bounds = block_bounds(e.mentions, cuts)
        if len(bounds) <= 1:
            yield from walk.entity(e, e.documents, e.mentions, hs)
            continue
        yield from walk.entity(e, (), (), hs)  # a big entity: its documents come block by block
        for lo, hi in bounds:
            yield from walk.entity_block(e, e.mentions[lo:hi])
    headless = {i for ids in heads.values() for i in ids}  # relations whose head is not in the graph
    for i, r in enumerate(relations):
        bounds = block_bounds(r.evidence, cuts)
        if len(bounds) <= 1:
            yield from walk.fact(r, r.documents, r.evidence)
        else:
            rid = fact_id(r.key)
            f = t.node(iri(walk.base, "fact", rid))
            yield from walk.fact_head(r, f, rid, (), ())
            for lo, hi in bounds:
                yield from walk.fact_block(f, rid, r.evidence[lo:hi])
            yield from walk.fact_post(r)
        if i in headless:
            yield from walk.edges(r)


def statements(kg: KnowledgeGraph, base_iri: str, t: _Terms) -> Iterator[tuple]:
    """``(s, p, o, doc_id | None)``: each statement in the graph of the document it was read from.

    Grouped by graph: first the default graph (knowledge not read from a text:
    gazetteer regions, their partOf edges), then each document's graph in the
    order of the document IRIs. An entity named in several documents is
    described in each of their graphs, with the mentions of that document.
    """
    walk = _Walk(kg, base_iri, t)
    index = _DocumentIndex(kg)
    for e in index.undocumented_entities:
        for st in walk.entity(e, (), ()):
            yield (*st, None)
    for r in index.undocumented_relations:
        for st in chain(walk.fact(r, (), ()), walk.edges(r)):
            yield (*st, None)
    info = {d.id: d for d in kg.documents}
    for doc_id in sorted(index.documents | info.keys(), key=lambda d: doc_iri(walk.base, d)):
        walk.new_graph()
        if doc_id in info:
            for st in walk.document(info[doc_id]):
                yield (*st, doc_id)
        for i, picked in index.entities.get(doc_id, ()):
            e = kg.entities[i]
            for st in walk.entity(e, (doc_id,), [e.mentions[j] for j in picked]):
                yield (*st, doc_id)
        for i, picked in index.relations.get(doc_id, ()):
            r = kg.relations[i]
            for st in chain(walk.fact(r, (doc_id,), [r.evidence[j] for j in picked]), walk.edges(r)):
                yield (*st, doc_id)


class _DocumentIndex:
    """Per document: which entities and relations it names, with the positions of their mentions / evidence.

    Lets ``statements`` write one document's graph after another without
    collecting every quad first; it holds a few integers per mention.
    """

    def __init__(self, kg: KnowledgeGraph):
        self.entities: dict[str, list[tuple[int, list[int]]]] = {}
        self.relations: dict[str, list[tuple[int, list[int]]]] = {}
        self.undocumented_entities = [e for e in kg.entities if not e.mentions]
        self.undocumented_relations = [r for r in kg.relations if not r.evidence]
        for i, e in enumerate(kg.entities):
            self._add(self.entities, i, e.mentions)
        for i, r in enumerate(kg.relations):
            self._add(self.relations, i, r.evidence)
        self.documents = self.entities.keys() | self.relations.keys()

    @staticmethod
    def _add(index: dict, i: int, items) -> None:
        by_doc: dict[str, list[int]] = {}
        for j, item in enumerate(items):
            by_doc.setdefault(item.doc_id, []).append(j)
        for doc_id, picked in by_doc.items():
            index.setdefault(doc_id, []).append((i, picked))


# -- back-ends -------------------------------------------------------------------------------------


def to_rdf(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> Graph:
    """The whole graph (all documents merged) as an ``rdflib.Graph`` with the project's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    add = g.add
    for triple in triples(kg, base_iri, _rdflib_terms()):
        add(triple)
    return g


def to_oxigraph_quads(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> Iterator:
    """pyoxigraph ``Quad`` objects, each in its source document's named graph (or the default graph)."""
    import pyoxigraph as ox

    base = check_base_iri(base_iri)
    default = ox.DefaultGraph()
    graph, graph_doc = default, None
    for s, p, o, doc in statements(kg, base, _oxigraph_terms()):
        if doc != graph_doc:  # statements come grouped by graph
            graph, graph_doc = (default if doc is None else ox.NamedNode(doc_iri(base, doc))), doc
        yield ox.Quad(s, p, o, graph)


def to_oxigraph_triples(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> Iterator:
    """pyoxigraph ``Triple`` objects of the merged graph, streamed (see ``triples``)."""
    import pyoxigraph as ox

    Triple = ox.Triple
    return (Triple(s, p, o) for s, p, o in triples(kg, base_iri, _oxigraph_terms()))


def to_store(kg: KnowledgeGraph, base_iri: str = BASE_IRI):
    """An in-memory ``pyoxigraph.Store``: one named graph per document, default graph = everything.

    The default graph holds the merged graph, so queries need no ``GRAPH`` clause;
    ``GRAPH ?doc { ... }`` asks which document a statement came from.
    """
    import pyoxigraph as ox

    store = ox.Store()
    store.bulk_extend(to_oxigraph_quads(kg, base_iri))
    default = ox.DefaultGraph()
    store.bulk_extend(ox.Quad(s, p, o, default) for s, p, o in triples(kg, base_iri, _oxigraph_terms()))
    return store


# -- Turtle, N-Triples, TriG and N-Quads as text ---------------------------------------------------
#
# The statements are written as text directly: making a pyoxigraph term and
# Triple for every statement only to have them serialised again cost most of
# the export time. Every IRI is made by ``iri`` (percent-encoded parts under a
# checked base) or is a fixed vocabulary term, so IRIs never need escaping;
# literals are escaped by ``_quoted``.

_NEEDS_ESCAPE = re.compile(r'[\x00-\x1f"\\\x7f]')
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_LOCAL_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*").fullmatch  # a prefixed name any Turtle parser reads


def _escape_char(m: re.Match) -> str:
    ch = m.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def _quoted(text: str) -> str:
    if _NEEDS_ESCAPE.search(text):
        text = _NEEDS_ESCAPE.sub(_escape_char, text)
    return '"' + text + '"'


def _text_terms(prefixes: dict[str, str] | None) -> _Terms:
    """Terms as Turtle / N-Triples text; with ``prefixes``, reused IRIs are written as prefixed names."""

    def bracketed(value: str) -> str:
        return "<" + value + ">"

    def compacted(value: str) -> str:
        for prefix, ns in prefixes.items():
            if value.startswith(ns) and _LOCAL_NAME(value[len(ns):]):
                return f"{prefix}:{value[len(ns):]}"
        return "<" + value + ">"

    def literal(value: str, lang: str | None, dtype: str | None) -> str:
        if lang:
            return _quoted(value) + "@" + lang.lower()  # as Oxigraph writes them: tags are case-insensitive
        return _quoted(value) + "^^" + dtype if dtype is not None else _quoted(value)

    return _Terms(bracketed, literal, reused=compacted if prefixes else None)


def _prefix_lines(prefixes: dict[str, str]) -> Iterator[str]:
    for prefix, ns in prefixes.items():
        yield f"@prefix {prefix}: <{ns}> .\n"


class _Rendered(tuple):
    """``(subject, text, last predicate, triples)``: a run of one subject's statements already
    written as Turtle (``s a C ;\n\tp o`` ..., distinct predicates, no closing `` .``), and a
    function giving the same statements as triples (for a run that continues the previous subject)."""

    __slots__ = ()


def _renderers(t: _Terms) -> Callable:
    """``renderer`` for ``triples``: a mention's eight or so statements, an evidence's six, as one
    Turtle run each.

    Mentions and evidence are most of the statements of a graph; writing each
    run in one piece instead of triple by triple takes a third off the time of
    ``graph.ttl``. The text is exactly what ``_turtle_body`` makes of
    ``_Walk._mention``'s and ``_Walk._evidence``'s triples.
    """

    def make(walk: _Walk) -> None:
        v, lit, node, base = walk.v, t.lit, t.node, walk.base
        head = " a " + v.Mention + " ;\n\t" + v.mentionOf + " "
        src, begin, end, anchor = (" ;\n\t" + p + " " for p in (v.sourceDocument, v.begin, v.end, v.anchor))
        extractor, confidence = " ;\n\t" + v.extractor + " ", " ;\n\t" + v.confidence + " "
        nonneg = '"^^' + v.nonneg
        memo: dict = {}  # extractor names and confidences: a handful of literals met on every mention

        def offset(x) -> str:
            return '"' + str(x) + nonneg if type(x) is int else lit(x, dtype=v.nonneg)

        def render(m, s, etype: EntityType) -> _Rendered:
            if type(m.start) is int and type(m.end) is int:  # "12-15-Region" needs no percent-encoding
                prefix = memo.get(("d", m.doc_id))
                if prefix is None:
                    prefix = memo[("d", m.doc_id)] = iri(base, "mention", m.doc_id) + "/"
                mi = node(f"{prefix}{m.start}-{m.end}-{etype.value}")
            else:
                mi = node(iri(base, "mention", m.doc_id, f"{m.start}-{m.end}-{etype.value}"))
            parts = [mi, head, s, src, walk.doc_node(m.doc_id), begin, offset(m.start), end, offset(m.end),
                     anchor, lit(m.surface)]
            if m.extractor:
                ext = memo.get(("e", m.extractor))
                if ext is None:
                    ext = memo[("e", m.extractor)] = lit(m.extractor)
                parts += (extractor, ext)
            conf = memo.get(("c", m.confidence))
            if conf is None or type(m.confidence) is not float or not m.confidence:  # 0.0 == -0.0, 1 == 1.0
                conf = memo[("c", m.confidence)] = lit(_decimal(m.confidence), dtype=v.decimal)
            parts += (confidence, conf)
            return _Rendered((mi, "".join(parts), v.confidence, lambda: walk._mention(m, s, etype)))

        ev_head = " a " + v.Evidence + " ;\n\t" + v.fact + " "
        quote = " ;\n\t" + v.quote + " "

        def render_evidence(en, ev, f) -> _Rendered:
            text = "".join((en, ev_head, f, src, walk.doc_node(ev.doc_id), begin, offset(ev.start), end,
                            offset(ev.end), quote, lit(ev.quote, ZH)))
            return _Rendered((en, text, v.quote, lambda: walk._evidence(en, ev, f)))

        walk.render_mention, walk.render_evidence = render, render_evidence

    return make


class _TurtleText:
    """Turtle statements as text, a subject's consecutive triples joined with ``;`` and ``,``; keeps
    the subject and predicate it stopped at, so statements can be given a run at a time."""

    __slots__ = ("a_term", "indent", "subject", "predicate")

    def __init__(self, a_term: str, indent: str = ""):
        self.a_term, self.indent = a_term, indent
        self.subject = self.predicate = None

    def body(self, triples: Iterable[tuple]) -> Iterator[str]:
        a_term, indent = self.a_term, self.indent
        subject, predicate = self.subject, self.predicate
        for item in triples:
            if type(item) is _Rendered:
                if item[0] != subject:
                    yield (" .\n" if subject is not None else "") + indent + item[1]
                    subject, predicate = item[0], item[2]
                    continue
                yield from _turtle_body_continued(item[3](), a_term, indent, subject, predicate)
                predicate = item[2]
                continue
            s, p, o = item
            if p == a_term:
                p = "a"
            if s == subject:
                yield (" ,\n" + indent + "\t\t" + o) if p == predicate else (" ;\n" + indent + "\t" + p + " " + o)
            else:
                yield (" .\n" if subject is not None else "") + indent + s + " " + p + " " + o
                subject = s
            predicate = p
        self.subject, self.predicate = subject, predicate

    def end(self) -> str:
        return " .\n" if self.subject is not None else ""


def _turtle_body(triples: Iterable[tuple], a_term: str, indent: str = "") -> Iterator[str]:
    """Turtle statements, a subject's consecutive triples joined with ``;`` and ``,``."""
    text = _TurtleText(a_term, indent)
    yield from text.body(triples)
    yield text.end()


def _turtle_body_continued(triples: Iterable[tuple], a_term: str, indent: str, subject, predicate) -> Iterator[str]:
    """``_turtle_body``'s text for ``triples`` of the subject it is in the middle of (no closing `` .``)."""
    for s, p, o in triples:
        if p == a_term:
            p = "a"
        if s == subject:
            yield (" ,\n" + indent + "\t\t" + o) if p == predicate else (" ;\n" + indent + "\t" + p + " " + o)
        else:  # pragma: no cover - a mention's triples all have its subject
            yield " .\n" + indent + s + " " + p + " " + o
            subject = s
        predicate = p


def _turtle(kg: KnowledgeGraph, base_iri: str) -> Iterator[str]:
    t = _text_terms(PREFIXES)
    yield from _prefix_lines(PREFIXES)
    yield from _turtle_body(triples(kg, base_iri, t, _renderers(t)), t.n(str(RDF.type)))


class _Seen:
    """The subject a copied chunk ended on, known by its digest: equal to the subject text with that digest."""

    __slots__ = ("digest",)

    def __init__(self, digest: bytes):
        self.digest = digest

    def __eq__(self, other) -> bool:
        return isinstance(other, str) and _subject_digest(other) == self.digest

    def __ne__(self, other) -> bool:
        return not self.__eq__(other)

    __hash__ = None


def _subject_digest(subject) -> bytes:
    if type(subject) is _Seen:
        return subject.digest
    if subject is None:
        return b""
    return hashlib.blake2b(subject.encode("utf-8"), digest_size=8).digest()


def _turtle_chunks(kg: KnowledgeGraph, base: str, w, store) -> None:
    """``_turtle(kg, base)`` into the chunk writer ``w`` (see ``kg.export.chunks``).

    The chunks are the statements of each document, each entity's description (up to its
    mentions), each block of its mentions, each fact up to its evidence and each block of its
    evidence (posts and the edges of relations whose head is not in the graph are always
    rendered). What a chunk's text depends on besides its own values:

    * where the Turtle text stands when it starts (the subject and predicate the previous
      chunk stopped at, since a run of one subject continues across statements): part of the
      fingerprint, the subject by an 8-byte digest;
    * the nodes shared between blocks and stated once, by their first user (time instants,
      posts, direct edges of relations differing only in attributes): the keys a chunk asked
      ``_Walk._first_time`` about and the answers are kept with it, and it is reused only when
      each answer would be the same now (the keys it states are then marked stated).
    """
    from .chunks import EVIDENCE_VALUES, MENTION_VALUES, cut_after

    t = _text_terms(PREFIXES)
    w.text("".join(_prefix_lines(PREFIXES)))
    walk = _Walk(kg, base, t)
    _renderers(t)(walk)
    text = _TurtleText(t.n(str(RDF.type)))
    said = walk._said
    asked: list = []
    first_time = walk._first_time

    def recorded(key) -> bool:
        answer = first_time(key)
        asked.append((key, answer))
        return answer

    walk._first_time = recorded
    b2, dumps = hashlib.blake2b, pickle.dumps
    find, copy, extra, put = w.find, w.copy, w.extra, w.put

    preds: dict = {None: b"\0"}
    state = [b"\0\0"]  # where the text stands, as bytes: subject digest and predicate

    def chunk(inputs: bytes, items: Callable[[], Iterable]) -> None:
        fp = b2(state[0] + inputs, digest_size=16).digest()
        k = find(fp)
        if k is not None:
            exit_subject, exit_predicate, keys = extra(k)
            if not keys or _same_answers(keys, said):
                copy(k, fp)
                text.subject = _Seen(exit_subject) if exit_subject else None
                text.predicate = exit_predicate
                p = preds.get(exit_predicate)
                if p is None:
                    p = preds[exit_predicate] = b"\1" + exit_predicate.encode("utf-8") + b"\0"
                state[0] = (b"\1" + exit_subject if exit_subject else b"\0") + p
                return
        asked.clear()
        body = "".join(text.body(items()))
        exit_subject, exit_predicate = _subject_digest(text.subject), text.predicate
        put(fp, body, (exit_subject, exit_predicate, tuple(asked) if asked else ()))
        p = preds.get(exit_predicate)
        if p is None:
            p = preds[exit_predicate] = b"\1" + exit_predicate.encode("utf-8") + b"\0"
        state[0] = (b"\1" + exit_subject if text.subject is not None else b"\0") + p

    # Small items (a document, an entity or fact with one block of mentions / evidence) go in
    # groups of a few, ended by a content-defined cut (``cut_after``): one chunk each to look up.
    group_inputs: list[bytes] = []
    group_makers: list[Callable] = []

    def flush() -> None:
        if group_inputs:
            inputs, makers = b"G" + b"".join(group_inputs), group_makers[:]
            group_inputs.clear()
            group_makers.clear()
            chunk(inputs, lambda: chain.from_iterable(make() for make in makers))

    def member(inputs: bytes, make: Callable, key: str) -> None:
        group_inputs.append(inputs)
        group_makers.append(make)
        if cut_after(key):
            flush()

    none = bytes(16)  # stands for the fingerprint of no mentions / evidence
    relations = kg.relations
    heads: dict[str, list[int]] = {}
    for i, r in enumerate(relations):
        heads.setdefault(r.head_id, []).append(i)
    for d in kg.documents:
        member(dumps(("document", d), 5) + none, lambda d=d: walk.document(d), d.id)
    flush()
    attributed = walk._attributed
    # An entity's / a fact's documents are those of its mentions / evidence: the blocks'
    # fingerprints cover them. Nodes and documents are made only for what is rendered.
    for e in kg.entities:
        hs = [relations[i] for i in heads.pop(e.id, ())]
        ms, etype = e.mentions, e.type
        parts = store.blocks(ms, MENTION_VALUES)
        head = dumps(("entity", e.id, etype, e.name, e.aliases, e.attributes,
                      [(r.head_id, r.predicate, r.tail_id, r.attributes,
                        (r.head_id, r.predicate, r.tail_id) in attributed) for r in hs]), 5)
        if len(parts) <= 1:  # most entities
            member(head + (parts[0][2] if parts else none),
                   lambda e=e, ms=ms, hs=hs: walk.entity(e, e.documents, ms, hs), e.id)
            continue
        flush()
        # A big entity's documents are stated block by block, with the mentions read from them, so
        # that a new document re-renders one block and not the list of all of them in the head.
        chunk(b"H" + head, lambda: walk.entity(e, (), (), hs))
        owner = (e.id + "\0" + etype.value).encode("utf-8")
        for lo, hi, vfp in parts:
            chunk(b"M" + vfp + owner, lambda: walk.entity_block(e, ms[lo:hi]))
    flush()
    headless = {i for ids in heads.values() for i in ids}  # relations whose head is not in the graph

    def fact_node(rid: str):
        return t.node(iri(base, "fact", rid))

    def fact_tail(r, lone: bool) -> Iterator[tuple]:
        """After the evidence: the post (``fact_post``), the direct edge of a relation whose head is not
        in the graph (``edges``)."""
        yield from walk.fact_post(r)
        if lone:
            yield from walk.edges(r)

    def small_fact(r, rid: str, lone: bool) -> Iterator:
        f = fact_node(rid)
        return chain(walk.fact_head(r, f, rid, r.documents, r.evidence),
                     walk.fact_evidence(f, rid, r.evidence), fact_tail(r, lone))

    for i, r in enumerate(relations):
        evs = r.evidence
        key = r.key
        rid = fact_id(key)
        parts = store.blocks(evs, EVIDENCE_VALUES)
        lone = i in headless
        head = dumps(("fact", rid, key, r.predicate, r.extractor, len(evs), lone), 5)
        if len(parts) <= 1:
            member(head + (parts[0][2] if parts else none), lambda r=r, rid=rid, lone=lone: small_fact(r, rid, lone),
                   rid)
            continue
        flush()
        # as for entities: each block states its documents and evidence links with its evidence nodes
        # (named by content), so the block's text is its evidence's and the fact's alone
        fixed = dumps(("fact", rid, key, r.predicate, r.extractor, lone), 5)  # (not the count of evidence)
        chunk(b"H" + fixed, lambda: walk.fact_head(r, fact_node(rid), rid, (), ()))
        owner = rid.encode("ascii")
        last = len(parts) - 1
        for j, (lo, hi, vfp) in enumerate(parts):
            chunk(b"V" + vfp + owner + (fixed if j == last else b""),
                  lambda: chain(walk.fact_block(fact_node(rid), rid, evs[lo:hi]),
                                fact_tail(r, lone) if j == last else ()))
    flush()
    w.text(text.end())


def _documents_of(items: Sequence) -> list[str]:
    """The documents of a block of mentions / evidence (sorted by document), each once, in order."""
    return sorted({x.doc_id for x in items})


def _same_answers(keys: tuple, said: set) -> bool:
    """Whether ``_Walk._first_time`` would answer each of ``keys``' questions as recorded, asked in
    that order from ``said``; if so the keys are marked stated in ``said``."""
    new: set = set()
    for key, answer in keys:
        if (key not in said and key not in new) is not answer:
            return False
        if answer:
            new.add(key)
    said |= new
    return True


def _turtle_version(base: str) -> str:
    import sys

    from .. import types, vocab
    from . import chunks

    return chunks.code_version(chunks, sys.modules[__name__], types, vocab, "base=" + base)


def _ntriples(kg: KnowledgeGraph, base_iri: str) -> Iterator[str]:
    for s, p, o in triples(kg, base_iri, _text_terms(None)):
        yield s + " " + p + " " + o + " .\n"


def _graphs(kg: KnowledgeGraph, base_iri: str, t: _Terms) -> Iterator[tuple[str | None, Iterator[tuple]]]:
    """``(graph IRI text or None for the default graph, its triples)`` in the order ``statements`` gives."""
    base = check_base_iri(base_iri)
    for doc, group in groupby(statements(kg, base, t), key=lambda st: st[3]):
        yield (None if doc is None else "<" + doc_iri(base, doc) + ">"), (st[:3] for st in group)


def _trig(kg: KnowledgeGraph, base_iri: str) -> Iterator[str]:
    t = _text_terms(PREFIXES)
    a_term = t.n(str(RDF.type))
    yield from _prefix_lines(PREFIXES)
    for graph, group in _graphs(kg, base_iri, t):
        if graph is None:
            yield from _turtle_body(group, a_term)
        else:
            yield graph + " {\n"
            yield from _turtle_body(group, a_term, "\t")
            yield "}\n"


def _nquads(kg: KnowledgeGraph, base_iri: str) -> Iterator[str]:
    for graph, group in _graphs(kg, base_iri, _text_terms(None)):
        end = " .\n" if graph is None else " " + graph + " .\n"
        for s, p, o in group:
            yield s + " " + p + " " + o + end




WRITE_BATCH_CHARS = 1 << 20  # characters joined per write() call


def _write_pieces(pieces: Iterable[str], path: Path) -> Path:
    from .atomic import write_pieces_atomic

    return write_pieces_atomic(path, pieces, WRITE_BATCH_CHARS)


def write_turtle(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI, chunks=None) -> Path:
    """Turtle of the merged graph, written as the statements are made.

    ``chunks`` (a ``kg.export.chunks.ChunkStore``): copy what is unchanged since the previous
    write of the same file from it and index this write; the file is the same byte for byte.
    """
    if chunks is None:
        return _write_pieces(_turtle(kg, base_iri), Path(path))
    from .chunks import write_chunked

    base = check_base_iri(base_iri)
    return write_chunked(Path(path), chunks, "ttl", _turtle_version(base),
                         lambda w: _turtle_chunks(kg, base, w, chunks))[0]


def write_ntriples(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    return _write_pieces(_ntriples(kg, base_iri), Path(path))


def write_trig(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    """TriG: one named graph per source document (named by the document IRI)."""
    return _write_pieces(_trig(kg, base_iri), Path(path))


def write_nquads(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    return _write_pieces(_nquads(kg, base_iri), Path(path))


# -- JSON-LD ---------------------------------------------------------------------------------------

CONTEXT_FILENAME = "context.jsonld"


def jsonld_context() -> dict:
    """The JSON-LD context: the project's prefixes plus short names for common properties."""
    ctx: dict[str, object] = dict(PREFIXES)
    ctx.update({
        "label": {"@id": "rdfs:label", "@container": "@language"},
        "prefLabel": {"@id": "skos:prefLabel", "@container": "@language"},
        "altLabel": {"@id": "skos:altLabel", "@container": "@language"},
    })
    return {"@context": ctx}


_NAMESPACES = tuple(PREFIXES.values())
_CURIE_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_.\-]*").fullmatch


def _compact(value: str) -> str:
    # most IRIs (entities, facts, documents under the base IRI) are under no prefix: one C call says so
    return _compact_known(value) if value.startswith(_NAMESPACES) else value


@lru_cache(maxsize=4096)  # the vocabulary: a few dozen IRIs, met on every node
def _compact_known(value: str) -> str:
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and len(value) > len(ns):
            rest = value[len(ns):]
            if _CURIE_LOCAL(rest):
                return f"{prefix}:{rest}"
    return value


def _jsonld_terms() -> _Terms:
    return _Terms(lambda v: ("@id", v), lambda v, lang, dt: ("@v", v, lang, dt[1] if dt else None))


def jsonld_nodes(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> Iterator[dict]:
    """The node objects of the flattened ``@graph``, one subject at a time (``triples`` gives each
    subject's triples in one run, so no node is held longer than it takes to make it)."""
    rdf_type = str(RDF.type)
    lang_props = {str(RDFS.label): "label", str(SKOS.prefLabel): "prefLabel", str(SKOS.altLabel): "altLabel"}
    for sid, run in groupby(triples(kg, base_iri, _jsonld_terms()), key=lambda st: st[0][1]):
        props: dict[str, object] = {}
        for _, p, o in run:
            if p[1] == rdf_type:
                props.setdefault("@type", []).append(_compact(o[1]))
            elif p[1] in lang_props and o[0] == "@v" and o[2]:
                props.setdefault(lang_props[p[1]], {}).setdefault(o[2], []).append(o[1])
            else:
                props.setdefault(_compact(p[1]), []).append(_json_value(o))
        obj: dict[str, object] = {"@id": sid}
        for k, vals in props.items():
            if isinstance(vals, dict):
                obj[k] = {lang: v[0] if len(v) == 1 else v for lang, v in vals.items()}
            else:
                obj[k] = vals[0] if len(vals) == 1 else vals
        yield obj


def to_jsonld(kg: KnowledgeGraph, base_iri: str = BASE_IRI, context: str | dict | None = None) -> dict:
    """A JSON-LD document (flattened ``@graph``) of the merged graph.

    ``context`` is what goes into ``@context``: a URL/relative path of the
    context file, or ``None`` to embed ``jsonld_context()``.
    """
    ctx = jsonld_context()["@context"] if context is None else context
    return {"@context": ctx, "@graph": list(jsonld_nodes(kg, base_iri))}


_XSD_STRING = str(XSD.string)


def _json_value(o: tuple) -> object:
    if o[0] == "@id":
        return {"@id": _compact(o[1])}
    _, value, lang, dtype = o
    if lang:
        return {"@value": value, "@language": lang}
    if dtype and dtype != _XSD_STRING:
        return {"@value": value, "@type": _compact(dtype)}
    return value


def _jsonld_pieces(kg: KnowledgeGraph, base_iri: str, context: str) -> Iterator[str]:
    """``to_jsonld`` as text, one node object per line."""
    enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    yield '{"@context":' + enc(context) + ',"@graph":[\n'
    for i, node in enumerate(jsonld_nodes(kg, base_iri)):
        yield ("," if i else "") + enc(node) + "\n"
    yield "]}\n"


def write_jsonld(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    """``graph.jsonld`` plus its context file ``context.jsonld`` beside it (referenced relatively)."""
    from .atomic import write_text_atomic

    path = Path(path)
    write_text_atomic(path.parent / CONTEXT_FILENAME, json.dumps(jsonld_context(), ensure_ascii=False, indent=2) + "\n")
    return _write_pieces(_jsonld_pieces(kg, base_iri, CONTEXT_FILENAME), path)


WRITERS = {
    "ttl": ("graph.ttl", write_turtle),
    "nt": ("graph.nt", write_ntriples),
    "trig": ("graph.trig", write_trig),
    "nq": ("graph.nq", write_nquads),
    "jsonld": ("graph.jsonld", write_jsonld),
}
