"""Frozen data types shared by every stage.

Offsets are character offsets into ``Document.raw`` (the text as read, before
normalisation), so ``doc.raw[m.start:m.end] == m.surface`` always holds.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Iterable, Iterator, Mapping


class EntityType(str, Enum):
    REGION = "Region"
    PERSON = "Person"
    ORGANIZATION = "Organization"
    CAMPAIGN = "Campaign"
    PROJECT = "Project"
    SLOGAN = "Slogan"
    POLICY_DOCUMENT = "PolicyDocument"
    EVENT = "Event"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


class Predicate(str, Enum):
    PART_OF = "partOf"
    LOCATED_IN = "locatedIn"
    HOLDS_POST = "holdsPost"
    CONDUCTS = "conducts"
    PART_OF_CAMPAIGN = "partOfCampaign"
    ASSOCIATED_WITH = "associatedWith"
    ATTENDED = "attended"
    ISSUED_BY = "issuedBy"
    BASED_ON = "basedOn"
    INVESTS_IN = "investsIn"
    JURISDICTION = "jurisdiction"

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.value


Attrs = tuple[tuple[str, str], ...]

# Joins list values inside one attribute (a slogan's enumerated "items").
ITEM_SEPARATOR = "\u241e"


def attrs(mapping: Mapping[str, object] | None = None, **kw: object) -> Attrs:
    """Build a sorted, hashable attribute tuple from keyword values (None dropped)."""
    merged = dict(mapping or {})
    merged.update(kw)
    return tuple(sorted((k, str(v)) for k, v in merged.items() if v is not None and v != ""))


def attr(pairs: Attrs, key: str, default: str | None = None) -> str | None:
    for k, v in pairs:
        if k == key:
            return v
    return default


@dataclass(frozen=True)
class DocMeta:
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY-MM-DD) or datetime when the text gives a time
    source: str | None = None  # publisher / site when the text names it
    encoding: str | None = None


@dataclass(frozen=True)
class Document:
    """One source text.

    ``raw`` is what was read (decoded), ``text`` the normalised form and
    ``offsets[i]`` the index in ``raw`` of ``text[i]`` (``len(offsets) ==
    len(text) + 1``; the last entry is ``len(raw)``).
    """

    id: str
    path: str | None
    raw: str
    text: str
    offsets: tuple[int, ...]
    meta: DocMeta = field(default_factory=DocMeta)

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a ``[start, end)`` span of ``text`` to the matching span of ``raw``."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside text of length {len(self.text)}")
        if start == end:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    @property
    def name(self) -> str:
        return self.path or self.id


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the normalised text with its part-of-speech / NER tag."""

    start: int  # offsets into Document.text (not raw: tokens are internal)
    end: int
    word: str
    tag: str


@dataclass(frozen=True, slots=True)
class Mention:
    """A typed span of a document.

    ``start``/``end`` index ``Document.raw``; ``surface`` is that raw slice.
    ``name`` is the normalised (simplified, spaceless) form used by resolution;
    ``key`` an optional canonical name the extractor already knows (a region's
    full official name, a bare ``市委`` resolved to ``大同市委``).
    """

    doc_id: str
    start: int
    end: int
    surface: str
    type: EntityType
    name: str
    extractor: str
    confidence: float = 1.0
    key: str | None = None
    attributes: Attrs = ()

    @property
    def canonical(self) -> str:
        return self.key or self.name

    def attr(self, key: str, default: str | None = None) -> str | None:
        return attr(self.attributes, key, default)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a fact was read: document, raw character offsets and the sentence."""

    doc_id: str
    start: int
    end: int
    quote: str


@dataclass(frozen=True, slots=True)
class RelationMention:
    doc_id: str
    head: Mention
    predicate: Predicate
    tail: Mention
    evidence: Evidence
    extractor: str
    attributes: Attrs = ()

    def attr(self, key: str, default: str | None = None) -> str | None:
        return attr(self.attributes, key, default)


@dataclass(frozen=True)
class Entity:
    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    attributes: Attrs = ()
    mentions: tuple[Mention, ...] = ()

    def attr(self, key: str, default: str | None = None) -> str | None:
        return attr(self.attributes, key, default)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({m.doc_id for m in self.mentions}))


@dataclass(frozen=True)
class Relation:
    head_id: str
    predicate: Predicate
    tail_id: str
    evidence: tuple[Evidence, ...] = ()
    attributes: Attrs = ()
    extractor: str = ""

    def attr(self, key: str, default: str | None = None) -> str | None:
        return attr(self.attributes, key, default)

    @property
    def key(self) -> tuple[str, str, str, Attrs]:
        return (self.head_id, self.predicate.value, self.tail_id, self.attributes)

    @property
    def documents(self) -> tuple[str, ...]:
        return tuple(sorted({e.doc_id for e in self.evidence}))


@dataclass(frozen=True)
class DocumentInfo:
    """What the graph keeps of a source document (not its text)."""

    id: str
    path: str | None
    title: str | None
    date: str | None
    source: str | None = None
    chars: int = 0


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str


class EntityTuple(tuple):
    """The graph's entities: a tuple, and callable to filter (``kg.entities(type="Person")``)."""

    __slots__ = ()

    def __call__(self, type: EntityType | str | None = None, name: str | None = None) -> list[Entity]:
        etype = EntityType(type) if type is not None else None
        return [
            e for e in self
            if (etype is None or e.type is etype) and (name is None or e.name == name or name in e.aliases)
        ]


class RelationTuple(tuple):
    """The graph's relations: a tuple, and callable to filter (``kg.relations(predicate="partOf")``).

    ``head``/``tail``/``entity`` take an entity id or an ``Entity``; ``entity`` matches either end.
    """

    __slots__ = ()

    def __call__(self, predicate: Predicate | str | None = None, head: "Entity | str | None" = None,
                 tail: "Entity | str | None" = None, entity: "Entity | str | None" = None) -> list[Relation]:
        pred = Predicate(predicate) if predicate is not None else None
        h, t, x = (getattr(v, "id", v) for v in (head, tail, entity))
        return [
            r for r in self
            if (pred is None or r.predicate is pred) and (h is None or r.head_id == h)
            and (t is None or r.tail_id == t) and (x is None or x in (r.head_id, r.tail_id))
        ]


@dataclass(frozen=True)
class KnowledgeGraph:
    """Entities, relations and source documents. ``kg.entities`` / ``kg.relations`` are tuples
    that can also be called with filters; see docs/api.md for the Python API."""

    entities: tuple[Entity, ...] = ()
    relations: tuple[Relation, ...] = ()
    documents: tuple[DocumentInfo, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "entities", EntityTuple(self.entities))
        object.__setattr__(self, "relations", RelationTuple(self.relations))
        object.__setattr__(self, "documents", tuple(self.documents))

    def __repr__(self) -> str:
        from .api import graph_repr

        return graph_repr(self)

    def _repr_html_(self) -> str:
        from .api import graph_repr_html

        return graph_repr_html(self)

    def to_networkx(self):
        """A ``networkx.MultiDiGraph`` (see ``kg.graph.to_networkx``)."""
        from .graph import to_networkx

        return to_networkx(self)

    def to_rdf(self, base_iri: str | None = None):
        """An ``rdflib.Graph`` (see ``kg.export.rdf.to_rdf``)."""
        from .export.rdf import to_rdf

        return to_rdf(self) if base_iri is None else to_rdf(self, base_iri)

    def explain(self, entity: "Entity | str"):
        """Every mention of ``entity`` (an Entity, id or name) and every relation behind it, with quotes."""
        from .api import explain

        return explain(self, entity)

    def save(self, path: str | Path) -> Path:
        """Write the lossless native file (``graph.json``) that ``kg.load`` reads back."""
        from .store import save

        return save(self, path)

    def entity(self, entity_id: str) -> Entity:
        for e in self.entities:
            if e.id == entity_id:
                return e
        raise KeyError(entity_id)

    def by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}

    def of_type(self, etype: EntityType | str) -> Iterator[Entity]:
        etype = EntityType(etype)
        return (e for e in self.entities if e.type is etype)

    def with_(self, **changes) -> "KnowledgeGraph":
        return replace(self, **changes)


def sort_entities(entities: Iterable[Entity]) -> tuple[Entity, ...]:
    return tuple(sorted(entities, key=lambda e: (e.type.value, e.id)))
