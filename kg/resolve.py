"""Mentions → entities: one node per real-world thing, across documents.

Mentions are grouped by a resolution key: a region's gazetteer key (its
GB/T 2260 code), otherwise the canonical name the extractor gave (``key``,
e.g. 大同市委 for a bare 市委 in a Datong report) or the normalised name.
Names are compared in Simplified Chinese without spaces, so Traditional and
Simplified forms, and 张 三 / 张三, meet. Every other name becomes an alias.
Ids are deterministic: the same input gives the same ids.
"""
from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from operator import attrgetter
from typing import Iterable

from .normalize import normalize_name
from .types import (
    DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation, RelationMention,
    attrs, sort_entities,
)

# Attributes copied from mentions onto the entity (first value wins, by document order).
_ENTITY_ATTRS = ("region_key", "code", "level", "parent_key", "parent", "number", "issuer", "year", "serial",
                 "amount", "amount_value", "amount_unit", "date", "items", "province_key")


# members as module constants: ``EntityType.REGION`` runs the enum's descriptor on every access,
# and these tests run for every mention of a corpus; for the same reason a member's value is read
# as ``_value_`` (what the ``value`` property returns) where it is read per mention
_REGION, _PERSON, _HOLDS_POST = EntityType.REGION, EntityType.PERSON, Predicate.HOLDS_POST
_BY_POSITION = attrgetter("doc_id", "start", "end")  # a mention's order within its entity


def resolution_key(m: Mention, norm=normalize_name) -> tuple[str, str]:
    """``norm``: ``normalize_name`` or a memoised form of it (``resolve`` passes one)."""
    if m.type is _REGION:
        region_key = m.attr("region_key")
        if region_key:
            return (m.type._value_, "region:" + region_key)
    return (m.type._value_, norm(m.canonical))


def _memoised(fn):
    """``fn`` remembering its results for the length of one ``resolve`` call: a corpus names
    the same few thousand things hundreds of thousands of times, and normalising each
    occurrence again was two thirds of the time of resolving a 2,000-document corpus."""
    memo: dict[str, str] = {}

    def call(text: str) -> str:
        out = memo.get(text)
        if out is None:
            out = memo[text] = fn(text)
        return out

    return call


def _slug(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def entity_id(etype: EntityType, key: str, name: str) -> str:
    """A stable, IRI-safe id: regions by code, other entities by a hash of their key."""
    prefix = etype.value.lower()
    if key.startswith("region:"):
        rk = key[len("region:"):]
        if rk.isdigit():
            return f"region/{rk}"
        return f"region/{_slug(rk)}"
    return f"{prefix}/{_slug(key)}"


def _variant(m: Mention, norm=normalize_name) -> str | None:
    """The surface as written when its script differs from the normalised name."""
    surface = "".join(m.surface.split())
    if surface != m.name and norm(surface) == m.name and "(" not in surface:
        return surface
    return None


class _Group:
    """The mentions of one entity while resolving; ``id`` once the entity is made. A relation's
    ends refer to their groups (one object per entity, not a key tuple per mention)."""

    __slots__ = ("key", "mentions", "id")

    def __init__(self, key: tuple[str, str]):
        self.key = key
        self.mentions: list[Mention] | None = []
        self.id: str | None = None


def resolve(
    mentions: Iterable[Mention],
    relation_mentions: Iterable[RelationMention],
    documents: Iterable[DocumentInfo] = (),
) -> KnowledgeGraph:
    """The graph of ``mentions`` and ``relation_mentions`` (neither is changed).

    A caller that holds no other reference to the relation mentions (passing an iterator
    over them) lets each one be freed as soon as it has been counted: they are the largest
    thing a big build holds that the graph does not keep.
    """
    mentions = mentions if isinstance(mentions, list) else list(mentions)
    relation_mentions = list(relation_mentions)  # this call's own list: emptied as it is read, below
    norm = _memoised(normalize_name)
    key_of = _person_splitter(mentions, relation_mentions, norm)
    groups: dict[tuple[str, str], _Group] = {}
    heads, tails = _group_mentions(mentions, relation_mentions, key_of, groups)
    entities: list[Entity] = []
    for key, group in groups.items():
        ms = group.mentions
        group.mentions = None  # the entity's tuple holds them now
        ms.sort(key=_BY_POSITION)
        etype = ms[0].type
        canon = _canonical_name(ms, norm)
        eid = group.id = entity_id(etype, key[1], canon)
        # a bare back-reference (大讨论 for the document's campaign) is a mention, not a name
        names = {m.name for m in ms if not m.attr("back_reference")} | {norm(m.key) for m in ms if m.key}
        aliases = tuple(sorted(n for n in names if n and n != canon))
        collected: dict[str, str] = {}
        for m in ms:
            for k, v in m.attributes:
                if k in _ENTITY_ATTRS and k not in collected:
                    collected[k] = v
        variants = sorted({v for m in ms if (v := _variant(m, norm))})
        if variants:
            collected["traditional"] = variants[0]
        entities.append(Entity(eid, etype, canon, aliases, attrs(collected), tuple(ms)))
        del ms
    del groups

    by_key: dict[tuple[str, str, str, tuple], list] = {}  # -> [predicate, evidence, extractor of the first]
    for j, rm in enumerate(relation_mentions):
        relation_mentions[j] = None  # counted below: free it (when the caller kept no reference)
        hg, tg = heads[j], tails[j]
        if hg is None or tg is None or hg.id == tg.id:
            continue
        rel_attrs = tuple(kv for kv in rm.attributes if kv[0] in ("post",))
        k = (hg.id, rm.predicate._value_, tg.id, rel_attrs)
        slot = by_key.get(k)
        if slot is None:
            slot = by_key[k] = [rm.predicate, [], rm.extractor]
        slot[1].append(rm.evidence)
    del relation_mentions, heads, tails
    relations = []
    for (h, _, t, attrs_), slot in by_key.items():
        relations.append(Relation(h, slot[0], t, tuple(sorted(set(slot[1]), key=_ev_key)), attrs_, slot[2]))
        slot[1] = None
    del by_key
    relations.sort(key=lambda r: (r.predicate.value, r.head_id, r.tail_id, r.attributes))
    docs = tuple(sorted(documents, key=lambda d: d.id))
    return KnowledgeGraph(sort_entities(entities), tuple(relations), docs)


def _group_mentions(mentions: list[Mention], relation_mentions: list[RelationMention], key_of,
                    groups: dict[tuple[str, str], _Group]) -> tuple[list, list]:
    """Put each mention in its entity's group (``groups``, by resolution key, in order of first
    mention) and return the groups of each relation mention's head and tail (None: no entity).

    A relation's head and tail are, as a rule, the very objects among one document's mentions
    (one pickle, one pipeline run), and the relation mentions come in the same order of
    documents: each document's relations take their ends' groups from the mentions of that
    document just read (by identity, so a key is not made again; the document's mentions keep
    the objects alive, so no id is reused meanwhile). Ends found no other way are keyed after
    all the mentions are grouped, which gives the same groups.
    """
    n = len(relation_mentions)
    heads: list = [None] * n
    tails: list = [None] * n
    j = 0
    local: dict[int, _Group] = {}  # id of a mention of the current document -> its group
    doc = None

    def take_document() -> None:
        nonlocal j
        while j < n and relation_mentions[j].doc_id == doc:
            rm = relation_mentions[j]
            heads[j] = local.get(id(rm.head))
            tails[j] = local.get(id(rm.tail))
            j += 1

    for m in mentions:
        if m.doc_id != doc:
            take_document()
            local.clear()
            doc = m.doc_id
        key = key_of(m)
        group = groups.get(key)
        if group is None:
            group = groups[key] = _Group(key)
        group.mentions.append(m)
        local[id(m)] = group
    take_document()
    local.clear()
    for j, rm in enumerate(relation_mentions):
        if heads[j] is None:
            heads[j] = groups.get(key_of(rm.head))
        if tails[j] is None:
            tails[j] = groups.get(key_of(rm.tail))
    return heads, tails


def _province_of(m: Mention) -> str | None:
    """The province (GB/T 2260 code) a region or a region's body belongs to."""
    key = m.attr("region_key") or ""
    return key[:2] + "0000" if key[:6].isdigit() else None


def _person_splitter(mentions: list[Mention], relation_mentions: list[RelationMention], norm=normalize_name):
    """Resolution keys that keep two people of one name apart when their posts say so.

    A person whose posts lie in different provinces in different documents is two
    people (two officials named 王伟); documents that say nothing of a post go to
    the one seen in most documents.
    """
    place: dict[tuple[str, str], str] = {}
    for rm in relation_mentions:
        if rm.predicate is _HOLDS_POST and rm.head.type is _PERSON:
            prov = _province_of(rm.tail)
            if prov:
                place.setdefault((rm.head.doc_id, rm.head.name), prov)
    provinces: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (doc_id, name), prov in place.items():
        provinces[name][prov] += 1
    split = {name: max(c, key=lambda p: (c[p], p)) for name, c in provinces.items() if len(c) > 1}

    def key_of(m: Mention) -> tuple[str, str]:
        key = resolution_key(m, norm)
        if m.type is _PERSON and m.name in split:
            return (key[0], f"{key[1]}@{place.get((m.doc_id, m.name), split[m.name])}")
        return key

    return key_of


def _ev_key(e: Evidence):
    return (e.doc_id, e.start, e.end)


def _canonical_name(ms: list[Mention], norm=normalize_name) -> str:
    """The extractor's canonical key if any mention has one, else the longest name seen most."""
    # counted once (list.count per distinct name is quadratic for a region named thousands of times)
    keys = Counter(norm(m.key) for m in ms if m.key)
    if keys:
        return max(keys, key=lambda k: (keys[k], len(k), k))
    names = Counter(m.name for m in ms)
    return max(names, key=lambda n: (len(n), names[n], n))
