"""KnowledgeGraph -> Cytoscape.js JSON (``cy.json()`` / ``cytoscape({elements})``, Cytoscape desktop).

The document is ``{"format_version": "1.0", "generated_by", "target_cytoscapejs_version",
"data", "directed", "multigraph", "elements": {"nodes": [...], "edges": [...]}}``, each
element ``{"data": {...}, "classes": "<type or predicate>"}``. Node data: ``id``,
``name``, ``label``, ``type``, ``aliases``, ``documents``, ``mentions`` (count) and
the entity's attributes; edge data: ``id``, ``source``, ``target``, ``key``,
``predicate``, ``label``, ``weight``, ``documents``, ``evidence`` (list of
``{doc_id, start, end, quote}``) and the relation's attributes.
``networkx.cytoscape_graph`` reads it back (node data also carries ``value``).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..store import edge_key
from ..types import KnowledgeGraph

_NODE_FIXED = {"id", "value", "name", "label", "type", "aliases", "documents", "mentions"}
_EDGE_FIXED = {"id", "source", "target", "key", "predicate", "label", "weight", "documents", "evidence"}


def _extra(pairs, fixed) -> dict[str, str]:
    return {(f"attr_{k}" if k in fixed else k): v for k, v in pairs}


def to_cytoscape(kg: KnowledgeGraph) -> dict[str, Any]:
    nodes = []
    for e in kg.entities:
        data = _extra(e.attributes, _NODE_FIXED)
        data.update(id=e.id, value=e.id, name=e.name, label=e.name, type=e.type.value, aliases=list(e.aliases),
                    documents=list(e.documents), mentions=len(e.mentions))
        nodes.append({"data": data, "classes": e.type.value})
    edges = []
    for i, r in enumerate(kg.relations):
        data = _extra(r.attributes, _EDGE_FIXED)
        data.update(
            id=f"e{i}", source=r.head_id, target=r.tail_id, key=edge_key(r), predicate=r.predicate.value,
            label=r.predicate.value, weight=len(r.documents) or 1, documents=list(r.documents),
            evidence=[{"doc_id": v.doc_id, "start": v.start, "end": v.end, "quote": v.quote} for v in r.evidence],
        )
        edges.append({"data": data, "classes": r.predicate.value})
    return {
        "format_version": "1.0",
        "generated_by": "cn-gov-kg",
        "target_cytoscapejs_version": "~3",
        "data": {
            "name": "cn-gov-kg",
            "documents": [
                {"id": d.id, "path": d.path, "title": d.title, "date": d.date, "source": d.source, "chars": d.chars}
                for d in kg.documents
            ],
        },
        "directed": True,
        "multigraph": True,
        "elements": {"nodes": nodes, "edges": edges},
    }


def write_cytoscape(kg: KnowledgeGraph, path: str | Path) -> Path:
    from .atomic import write_text_atomic

    return write_text_atomic(path, json.dumps(to_cytoscape(kg), ensure_ascii=False, indent=1))
