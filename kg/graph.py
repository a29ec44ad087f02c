"""KnowledgeGraph <-> networkx: the one place that knows networkx.

Nodes are entity ids with attributes ``type``, ``name``, ``aliases`` (list),
the entity's attributes, ``documents`` and ``mentions`` (count). Edges of a
``MultiDiGraph`` are keyed by predicate; they carry ``predicate``,
``evidence`` (list of dicts) and the relation's attributes.
"""
from __future__ import annotations

from dataclasses import asdict

import networkx as nx

from .types import DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Predicate, Relation


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.graph["documents"] = [asdict(d) for d in kg.documents]
    for e in kg.entities:
        data = dict(e.attributes)
        data.update(
            type=e.type.value,
            name=e.name,
            aliases=list(e.aliases),
            documents=list(e.documents),
            mentions=len(e.mentions),
        )
        g.add_node(e.id, **data)
    for r in kg.relations:
        key = r.predicate.value if not r.attributes else f"{r.predicate.value}|{'|'.join(v for _, v in r.attributes)}"
        g.add_edge(
            r.head_id,
            r.tail_id,
            key=key,
            predicate=r.predicate.value,
            evidence=[asdict(e) for e in r.evidence],
            documents=list(r.documents),
            weight=len(r.documents) or 1,
            **dict(r.attributes),
        )
    return g


_NODE_RESERVED = {"type", "name", "aliases", "documents", "mentions"}
_EDGE_RESERVED = {"predicate", "evidence", "documents", "weight"}


def from_networkx(g: nx.MultiDiGraph) -> KnowledgeGraph:
    """Rebuild a KnowledgeGraph (without mention spans) from ``to_networkx`` output."""
    entities = []
    for node, data in g.nodes(data=True):
        extra = tuple(sorted((k, str(v)) for k, v in data.items() if k not in _NODE_RESERVED))
        entities.append(
            Entity(str(node), EntityType(data["type"]), data["name"], tuple(data.get("aliases", ())), extra)
        )
    relations = []
    for u, v, data in g.edges(data=True):
        ev = tuple(Evidence(**e) for e in data.get("evidence", ()))
        extra = tuple(sorted((k, str(val)) for k, val in data.items() if k not in _EDGE_RESERVED))
        relations.append(Relation(str(u), Predicate(data["predicate"]), str(v), ev, extra))
    docs = tuple(DocumentInfo(**d) for d in g.graph.get("documents", ()))
    entities.sort(key=lambda e: (e.type.value, e.id))
    relations.sort(key=lambda r: (r.predicate.value, r.head_id, r.tail_id, r.attributes))
    return KnowledgeGraph(tuple(entities), tuple(relations), docs)
