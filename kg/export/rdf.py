"""KnowledgeGraph -> RDF: one statement generator, two term back-ends.

``statements`` walks the graph once and yields ``(subject, predicate, object,
document)`` where ``document`` is the id of the source document the
statement was read from (``None`` for knowledge not read from a text, such as
a gazetteer parent region). The same walk feeds

* ``to_rdf`` -> an ``rdflib.Graph`` (small graphs, tests, SHACL), and
* ``to_oxigraph_quads`` -> pyoxigraph quads, which the ``write_*`` functions
  serialise (Turtle, N-Triples, TriG, N-Quads, JSON-LD) at about a million
  triples per second.

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
import re
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import quote

from rdflib import Graph
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD, Namespace

from ..errors import ExportError
from ..types import EntityType, KnowledgeGraph
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


def fact_id(key: tuple) -> str:
    return hashlib.sha1("|".join(map(str, key)).encode("utf-8")).hexdigest()[:16]


def _h(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


class _Terms:
    """Term factory: ``n`` makes an IRI node, ``lit`` a literal (language or datatype)."""

    def __init__(self, named: Callable[[str], object], literal: Callable[[str, str | None, object], object]):
        self._named = named
        self._literal = literal
        self._cache: dict[str, object] = {}

    def n(self, value: str) -> object:
        node = self._cache.get(value)
        if node is None:
            node = self._cache[value] = self._named(str(value))
        return node

    def lit(self, value: object, lang: str | None = None, dtype: str | None = None) -> object:
        return self._literal(str(value), lang, self.n(dtype) if dtype else None)


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


def statements(kg: KnowledgeGraph, base_iri: str, t: _Terms) -> Iterator[tuple]:
    """Yield ``(s, p, o, doc_id | None)`` for the whole graph (terms made by ``t``)."""
    base = check_base_iri(base_iri)
    n, lit = t.n, t.lit
    a = n(RDF.type)
    label, pref, alt = n(RDFS.label), n(SKOS.prefLabel), n(SKOS.altLabel)
    derived = n(PROV.wasDerivedFrom)
    begin, end = n(NIF.beginIndex), n(NIF.endIndex)
    nonneg = str(XSD.nonNegativeInteger)
    source_doc = n(KGV.sourceDocument)
    doc_node: dict[str, object] = {}

    def dn(doc_id: str):
        node = doc_node.get(doc_id)
        if node is None:
            node = doc_node[doc_id] = n(doc_iri(base, doc_id))
        return node

    for d in kg.documents:
        s, g = dn(d.id), d.id
        yield s, a, n(KGV.SourceDocument), g
        yield s, n(KGV.documentId), lit(d.id), g
        if d.title:
            yield s, n(DCTERMS.title), lit(d.title, "zh-Hans"), g
        if d.date:
            dt = _date_literal(d.date, lit)
            if dt is not None:
                yield s, n(DCTERMS.date), dt, g
        if d.source:
            yield s, n(DCTERMS.publisher), lit(d.source, "zh-Hans"), g
        if d.path:
            yield s, n(KGV.path), lit(d.path), g
        if d.chars:
            yield s, n(DCTERMS.extent), lit(d.chars, dtype=nonneg), g

    for e in kg.entities:
        s = n(entity_iri(base, e.id))
        graphs = e.documents or (None,)
        core = [
            (a, n(KGV[e.type.value])),
            (label, lit(e.name, "zh-Hans")),
            (pref, lit(e.name, "zh-Hans")),
            (n(KGV.entityId), lit(e.id)),
        ]
        if e.type is EntityType.SLOGAN:
            core.append((a, n(SKOS.Concept)))
        core.extend((alt, lit(al, "zh-Hans")) for al in e.aliases if al != e.name)
        trad = e.attr("traditional")
        if trad and trad != e.name:
            core.append((alt, lit(trad, "zh-Hant")))
        attr_pairs, attr_triples = _attribute_statements(e, base, t)
        core.extend(attr_pairs)
        for g in graphs:
            for p, o in core:
                yield s, p, o, g
            for st in attr_triples:
                yield (*st, g)
            if g is not None:
                yield s, derived, dn(g), g
        for m in e.mentions:
            mi = n(iri(base, "mention", m.doc_id, f"{m.start}-{m.end}-{e.type.value}"))
            g = m.doc_id
            yield mi, a, n(KGV.Mention), g
            yield mi, n(KGV.mentionOf), s, g
            yield mi, source_doc, dn(m.doc_id), g
            yield mi, begin, lit(m.start, dtype=nonneg), g
            yield mi, end, lit(m.end, dtype=nonneg), g
            yield mi, n(NIF.anchorOf), lit(m.surface), g
            if m.extractor:
                yield mi, n(KGV.extractor), lit(m.extractor), g
            yield mi, n(KGV.confidence), lit(_decimal(m.confidence), dtype=str(XSD.decimal)), g

    for r in kg.relations:
        h, o = n(entity_iri(base, r.head_id)), n(entity_iri(base, r.tail_id))
        prop = n(KGV[r.predicate.value])
        rid = fact_id(r.key)
        f = n(iri(base, "fact", rid))
        graphs = r.documents or (None,)
        core = [
            (f, a, n(KGV.Fact)),
            (f, n(RDF.subject), h),
            (f, n(RDF.predicate), prop),
            (f, n(RDF.object), o),
        ]
        if r.extractor:
            core.append((f, n(KGV.extractor), lit(r.extractor)))
        post = r.attr("post")
        if post:
            pi = n(iri(base, "post", _h(r.tail_id + "|" + post)))
            core += [
                (pi, a, n(ORG.Post)),
                (pi, label, lit(post, "zh-Hans")),
                (pi, pref, lit(post, "zh-Hans")),
                (pi, n(ORG.postIn), o),
                (h, n(ORG.holds), pi),
            ]
        for g in graphs:
            yield h, prop, o, g
            for st in core:
                yield (*st, g)
            if g is not None:
                yield f, derived, dn(g), g
        for i, ev in enumerate(r.evidence):
            en = n(iri(base, "evidence", rid, str(i)))
            g = ev.doc_id
            yield f, n(KGV.evidence), en, g
            yield en, a, n(KGV.Evidence), g
            yield en, n(KGV.fact), f, g
            yield en, source_doc, dn(ev.doc_id), g
            yield en, begin, lit(ev.start, dtype=nonneg), g
            yield en, end, lit(ev.end, dtype=nonneg), g
            yield en, n(KGV.quote), lit(ev.quote, "zh-Hans"), g


def _decimal(x: float) -> str:
    text = repr(float(x))
    return text if "e" not in text else f"{x:.10f}"


def _date_literal(value: str, lit):
    if _DATE_RE.match(value):
        return lit(value, dtype=str(XSD.date))
    if _DATETIME_RE.match(value):
        return lit(value, dtype=str(XSD.dateTime))
    return None


def _attribute_statements(e, base: str, t: _Terms) -> tuple[list[tuple], list[tuple]]:
    """``(pairs about the entity, triples about its time instant / monetary amount nodes)``."""
    n, lit = t.n, t.lit
    pairs: list[tuple] = []
    extra: list[tuple] = []
    for k, v in e.attributes:
        spec = _ATTR_PROPS.get(k)
        if spec is not None and k == "items":
            # a slogan's enumerated items: one literal each, in the order the text gives
            pairs.extend((n(spec[0]), lit(f"{i}. {item}", lang="zh-Hans"))
                         for i, item in enumerate(v.split(ITEM_SEPARATOR), 1) if item)
        elif spec is not None:
            pairs.append((n(spec[0]), lit(v)))
    year = e.attr("year")
    if year and _YEAR_RE.match(year):
        pairs.append((n(KGV.year), lit(year, dtype=str(XSD.gYear))))
    date = e.attr("date")
    dt = _date_literal(date, lit) if date else None
    if dt is not None:
        inst = n(iri(base, "time", date))
        pairs += [(n(KGV.date), dt), (n(TIME.hasTime), inst)]
        extra += [
            (inst, n(RDF.type), n(TIME.Instant)),
            (inst, n(TIME.inXSDDate if "T" not in date else TIME.inXSDDateTimeStamp), dt),
        ]
    amount = e.attr("amount")
    if amount:
        ma = n(iri(base, "amount", *e.id.split("/")))
        pairs.append((n(KGV.investment), ma))
        extra += [
            (ma, n(RDF.type), n(SCHEMA.MonetaryAmount)),
            (ma, n(KGV.amountText), lit(amount, "zh-Hans")),
            (ma, n(SCHEMA.currency), lit("CNY")),
        ]
        value, unit = e.attr("amount_value"), e.attr("amount_unit")
        if value and _DECIMAL_RE.match(value):
            extra.append((ma, n(SCHEMA.value), lit(value, dtype=str(XSD.decimal))))
        if unit:
            extra.append((ma, n(SCHEMA.unitText), lit(unit, "zh-Hans")))
    return pairs, extra


# -- back-ends -------------------------------------------------------------------------------------


def to_rdf(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> Graph:
    """The whole graph (all documents merged) as an ``rdflib.Graph`` with the project's prefixes bound."""
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)
    add = g.add
    for s, p, o, _doc in statements(kg, base_iri, _rdflib_terms()):
        add((s, p, o))
    return g


def to_oxigraph_quads(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> Iterator:
    """pyoxigraph ``Quad`` objects, each in its source document's named graph (or the default graph)."""
    import pyoxigraph as ox

    base = check_base_iri(base_iri)
    default = ox.DefaultGraph()
    graph_of: dict[str | None, object] = {None: default}
    for s, p, o, doc in statements(kg, base, _oxigraph_terms()):
        gn = graph_of.get(doc)
        if gn is None:
            gn = graph_of[doc] = ox.NamedNode(doc_iri(base, doc))
        yield ox.Quad(s, p, o, gn)


def to_oxigraph_triples(kg: KnowledgeGraph, base_iri: str = BASE_IRI) -> list:
    """Distinct pyoxigraph ``Triple`` objects of the merged graph, in generation order."""
    import pyoxigraph as ox

    return list(dict.fromkeys(ox.Triple(s, p, o) for s, p, o, _ in statements(kg, base_iri, _oxigraph_terms())))


def to_store(kg: KnowledgeGraph, base_iri: str = BASE_IRI):
    """An in-memory ``pyoxigraph.Store``: one named graph per document, default graph = everything.

    The default graph holds the merged graph, so queries need no ``GRAPH`` clause;
    ``GRAPH ?doc { ... }`` asks which document a statement came from.
    """
    import pyoxigraph as ox

    store = ox.Store()
    quads = list(to_oxigraph_quads(kg, base_iri))
    default = ox.DefaultGraph()
    store.bulk_extend(quads)
    store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in quads
                      if q.graph_name != default)
    return store


def _serialize(items: Iterable, path: Path, fmt_name: str) -> Path:
    import pyoxigraph as ox

    from .atomic import atomic_path

    fmt = {
        "ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
        "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS,
    }[fmt_name]
    path = Path(path)
    prefixes = PREFIXES if fmt_name in ("ttl", "trig") else None
    with atomic_path(path) as tmp:
        ox.serialize(items, str(tmp), fmt, prefixes=prefixes)
    return path


def write_turtle(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    """Turtle of the merged graph, written by Oxigraph."""
    return _serialize(to_oxigraph_triples(kg, base_iri), Path(path), "ttl")


def write_ntriples(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    return _serialize(to_oxigraph_triples(kg, base_iri), Path(path), "nt")


def _sorted_quads(kg: KnowledgeGraph, base_iri: str) -> list:
    import pyoxigraph as ox

    quads = list(dict.fromkeys(to_oxigraph_quads(kg, base_iri)))
    # group by graph (default graph first), keeping generation order inside a graph
    quads.sort(key=lambda q: "" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value)
    return quads


def write_trig(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    """TriG: one named graph per source document (named by the document IRI)."""
    return _serialize(_sorted_quads(kg, base_iri), Path(path), "trig")


def write_nquads(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    return _serialize(_sorted_quads(kg, base_iri), Path(path), "nq")


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


def _compact(value: str) -> str:
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and len(value) > len(ns):
            rest = value[len(ns):]
            if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.\-]*", rest):
                return f"{prefix}:{rest}"
    return value


def to_jsonld(kg: KnowledgeGraph, base_iri: str = BASE_IRI, context: str | dict | None = None) -> dict:
    """A JSON-LD document (flattened ``@graph``) of the merged graph.

    ``context`` is what goes into ``@context``: a URL/relative path of the
    context file, or ``None`` to embed ``jsonld_context()``.
    """
    terms = _Terms(lambda v: ("@id", v), lambda v, lang, dt: ("@v", v, lang, dt[1] if dt else None))
    nodes: dict[str, dict[str, list]] = {}
    seen: set = set()
    rdf_type = str(RDF.type)
    lang_props = {str(RDFS.label): "label", str(SKOS.prefLabel): "prefLabel", str(SKOS.altLabel): "altLabel"}
    for s, p, o, _doc in statements(kg, base_iri, terms):
        key = (s, p, o)
        if key in seen:
            continue
        seen.add(key)
        node = nodes.setdefault(s[1], {})
        if p[1] == rdf_type:
            node.setdefault("@type", []).append(_compact(o[1]))
        elif p[1] in lang_props and o[0] == "@v" and o[2]:
            node.setdefault(lang_props[p[1]], {}).setdefault(o[2], []).append(o[1])
        else:
            node.setdefault(_compact(p[1]), []).append(_json_value(o))
    graph = []
    for sid, props in nodes.items():
        obj: dict[str, object] = {"@id": sid}
        for k, vals in props.items():
            if isinstance(vals, dict):
                obj[k] = {lang: v[0] if len(v) == 1 else v for lang, v in vals.items()}
            else:
                obj[k] = vals[0] if len(vals) == 1 else vals
        graph.append(obj)
    ctx = jsonld_context()["@context"] if context is None else context
    return {"@context": ctx, "@graph": graph}


def _json_value(o: tuple) -> object:
    if o[0] == "@id":
        return {"@id": _compact(o[1])}
    _, value, lang, dtype = o
    if lang:
        return {"@value": value, "@language": lang}
    if dtype and dtype != str(XSD.string):
        return {"@value": value, "@type": _compact(dtype)}
    return value


def write_jsonld(kg: KnowledgeGraph, path: str | Path, base_iri: str = BASE_IRI) -> Path:
    """``graph.jsonld`` plus its context file ``context.jsonld`` beside it (referenced relatively)."""
    from .atomic import atomic_path

    path = Path(path)
    ctx_path = path.parent / CONTEXT_FILENAME
    with atomic_path(ctx_path) as tmp:
        tmp.write_text(json.dumps(jsonld_context(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    doc = to_jsonld(kg, base_iri, context=CONTEXT_FILENAME)
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(doc, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return path


WRITERS = {
    "ttl": ("graph.ttl", write_turtle),
    "nt": ("graph.nt", write_ntriples),
    "trig": ("graph.trig", write_trig),
    "nq": ("graph.nq", write_nquads),
    "jsonld": ("graph.jsonld", write_jsonld),
}
