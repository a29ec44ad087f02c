"""KnowledgeGraph -> GraphML (yEd, Gephi, Cytoscape desktop, igraph, networkx).

GraphML values must be scalars, so list and dict values are JSON-encoded
strings (``json.loads`` them back): node ``aliases``, ``documents`` and
``offsets`` (``[[doc, start, end], …]`` of every mention), edge ``documents``
and ``evidence`` (``[{"doc_id", "start", "end", "quote"}, …]``), and the graph's
``documents``. Entity and relation attributes (``code``, ``level``, ``post``…)
become their own keys; one that collides with a fixed key is prefixed ``attr_``.
Characters XML 1.0 forbids (control characters) are dropped.
"""
from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import networkx as nx

from ..types import KnowledgeGraph

_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

NODE_FIXED = ("label", "type", "name", "aliases", "documents", "mentions", "offsets")
EDGE_FIXED = ("id", "label", "predicate", "weight", "documents", "evidence", "extractor")


def flat(value: Any) -> Any:
    """A GraphML/GEXF-safe scalar: lists, tuples and dicts JSON-encoded, strings XML-clean."""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return value
    if isinstance(value, (list, tuple, dict)):
        value = json.dumps(value, ensure_ascii=False)
    return _XML_ILLEGAL.sub("", str(value))


def _extra(pairs, fixed: tuple[str, ...], reserved: tuple[str, ...] = ()) -> dict[str, str]:
    out = {}
    for k, v in pairs:
        key = f"attr_{k}" if k in fixed or k in reserved else k
        out[key] = flat(v)
    return out


def flat_graph(kg: KnowledgeGraph, reserved_node: tuple[str, ...] = (),
               reserved_edge: tuple[str, ...] = ()) -> nx.MultiDiGraph:
    """A ``MultiDiGraph`` whose every attribute value is a scalar (see the module docstring).

    Edge keys are ``e0``, ``e1``… in relation order (also the edge ``id``).
    """
    g = nx.MultiDiGraph()
    g.graph["documents"] = flat([
        {"id": d.id, "path": d.path, "title": d.title, "date": d.date, "source": d.source, "chars": d.chars}
        for d in kg.documents
    ])
    for e in kg.entities:
        data = _extra(e.attributes, NODE_FIXED, reserved_node)
        data.update(
            label=flat(e.name), type=e.type.value, name=flat(e.name), aliases=flat(list(e.aliases)),
            documents=flat(list(e.documents)), mentions=len(e.mentions),
            offsets=flat([[m.doc_id, m.start, m.end] for m in e.mentions]),
        )
        g.add_node(e.id, **data)
    for i, r in enumerate(kg.relations):
        data = _extra(r.attributes, EDGE_FIXED, reserved_edge)
        data.update(
            id=f"e{i}", label=r.predicate.value, predicate=r.predicate.value, weight=len(r.documents) or 1,
            documents=flat(list(r.documents)), extractor=flat(r.extractor),
            evidence=flat([{"doc_id": v.doc_id, "start": v.start, "end": v.end, "quote": v.quote}
                           for v in r.evidence]),
        )
        g.add_edge(r.head_id, r.tail_id, key=f"e{i}", **data)
    return g


def to_graphml(kg: KnowledgeGraph) -> str:
    """The GraphML document (UTF-8 XML text)."""
    g = flat_graph(kg)
    for _, _, d in g.edges(data=True):
        d.pop("id", None)  # GraphML writes the edge key as the edge id
    buf = io.BytesIO()
    nx.write_graphml(g, buf, encoding="utf-8", prettyprint=True)
    return buf.getvalue().decode("utf-8")


def write_graphml(kg: KnowledgeGraph, path: str | Path) -> Path:
    from .atomic import write_text_atomic

    return write_text_atomic(path, to_graphml(kg))
