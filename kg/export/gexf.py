"""KnowledgeGraph -> GEXF 1.2 for Gephi, with time spells so the timeline works.

Attributes are those of the GraphML export (lists and dicts JSON-encoded).
Dated facts carry ``<spells>`` (``timeformat="date"``, days ``YYYY-MM-DD``):

* an entity is present on the date of every document that mentions it, and
  on its own ``date`` attribute (events, policy documents);
* a relation (a post held, an event attended, …) on the date of every
  document it was read in and on the date of a dated event at either end,
  or over ``[start, end]`` when the relation has ``start``/``end`` attributes.

Document dates come from ``DocumentInfo.date``; a year (``2021``) spans the
year, a month (``2021-05``) the month, a datetime is cut to its day.
Undated entities and relations have no spells (Gephi shows them always).
"""
from __future__ import annotations

import calendar
import io
import re
from pathlib import Path

import networkx as nx

from ..types import EntityType, KnowledgeGraph
from .graphml import flat_graph

_GEXF_NODE_RESERVED = ("id", "pid", "start", "end", "spells", "viz", "parents")
_GEXF_EDGE_RESERVED = ("type", "key", "start", "end", "spells", "viz")
_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:[T ].*)?$")


def day_span(value: str | None) -> tuple[str, str] | None:
    """``(first day, last day)`` of a date, month or year string; None when it is not one."""
    if not value:
        return None
    m = _DATE.match(value.strip())
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    if mo is None:
        return f"{y:04d}-01-01", f"{y:04d}-12-31"
    mo = int(mo)
    if not 1 <= mo <= 12:
        return None
    if d is None:
        last = calendar.monthrange(y, mo)[1]
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}"
    d = int(d)
    if not 1 <= d <= calendar.monthrange(y, mo)[1]:
        return None
    day = f"{y:04d}-{mo:02d}-{d:02d}"
    return day, day


def _merge(spans: set[tuple[str, str]]) -> list[tuple[str, str]]:
    """Sorted spells with overlapping ones merged (GEXF spells of one element must not overlap)."""
    out: list[list[str]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


def spells(kg: KnowledgeGraph) -> tuple[dict[str, list[tuple[str, str]]], list[list[tuple[str, str]]]]:
    """Spells per entity id, and per relation (in relation order)."""
    doc_span = {d.id: day_span(d.date) for d in kg.documents}
    nodes: dict[str, list[tuple[str, str]]] = {}
    for e in kg.entities:
        found = {doc_span[d] for d in e.documents if doc_span.get(d)}
        own = day_span(e.attr("date"))
        if own:
            found.add(own)
        if found:
            nodes[e.id] = _merge(found)
    event_span = {e.id: sp for e in kg.entities if e.type is EntityType.EVENT and (sp := day_span(e.attr("date")))}
    edges = []
    for r in kg.relations:
        start, end = day_span(r.attr("start")), day_span(r.attr("end"))
        if start or end:
            edges.append([(start[0] if start else None, end[1] if end else None)])
            continue
        found = {doc_span[d] for d in r.documents if doc_span.get(d)}
        found.update(event_span[x] for x in (r.head_id, r.tail_id) if x in event_span)
        edges.append(_merge(found))
    return nodes, edges


def gexf_graph(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """The flat graph with ``spells`` set, ready for ``networkx.write_gexf``."""
    g = flat_graph(kg, reserved_node=_GEXF_NODE_RESERVED, reserved_edge=_GEXF_EDGE_RESERVED)
    node_spells, edge_spells = spells(kg)
    for node, sp in node_spells.items():
        g.nodes[node]["spells"] = sp
    for i, (r, sp) in enumerate(zip(kg.relations, edge_spells)):
        if sp:
            g.edges[r.head_id, r.tail_id, f"e{i}"]["spells"] = sp  # flat_graph keys edges e0, e1… in order
    return g


def to_gexf(kg: KnowledgeGraph) -> str:
    """The GEXF 1.2 document (UTF-8 XML text)."""
    buf = io.BytesIO()
    nx.write_gexf(gexf_graph(kg), buf, encoding="utf-8", prettyprint=True, version="1.2draft")
    return buf.getvalue().decode("utf-8")


def write_gexf(kg: KnowledgeGraph, path: str | Path) -> Path:
    from .atomic import write_text_atomic

    return write_text_atomic(path, to_gexf(kg))
