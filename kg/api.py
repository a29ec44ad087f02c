"""The Python API behind ``import kg``: build, load, explain, and how a graph shows itself.

``kg.build(paths)`` extracts and returns a ``KnowledgeGraph``; ``kg.load(path)``
reads a saved build back without extracting. The graph's own methods
(``entities(type=…)``, ``relations(…)``, ``to_networkx()``, ``to_rdf()``,
``explain(…)``) are documented in docs/api.md.
"""
from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .types import Entity, EntityType, KnowledgeGraph, Mention, Relation


def build(paths: str | Path | Iterable[str | Path], **kwargs) -> KnowledgeGraph:
    """Read ``paths`` (files, folders, or one of them), extract and resolve; returns the graph.

    Keyword arguments go to ``kg.build.build`` (``ctx``, ``pipeline``, ``progress``);
    use that function directly when you also want the build report.
    """
    from .build import build as _build

    if isinstance(paths, (str, Path)):
        paths = [paths]
    graph, _report = _build([str(p) for p in paths], **kwargs)
    return graph


def load(path: str | Path) -> KnowledgeGraph:
    """Read a saved build (the folder ``kg build`` wrote, or its ``graph.json``)."""
    from .store import load as _load

    return _load(path)


# -- explain --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Explanation:
    """Why an entity is in the graph: its mentions and the relations it takes part in."""

    entity: Entity
    mentions: tuple[Mention, ...]
    relations: tuple[tuple[Relation, str, Entity | None], ...]  # (relation, "out"/"in", the other end)
    titles: tuple[tuple[str, str], ...]  # doc id -> title or path

    def _doc(self, doc_id: str) -> str:
        return dict(self.titles).get(doc_id) or doc_id

    def lines(self) -> list[str]:
        e = self.entity
        out = [f"{e.name} ({e.type.value}, {e.id})"]
        if e.aliases:
            out.append("  aliases: " + ", ".join(e.aliases))
        if e.attributes:
            out.append("  attributes: " + ", ".join(f"{k}={v}" for k, v in e.attributes))
        out.append(f"  mentions ({len(self.mentions)}):")
        for m in self.mentions:
            out.append(f"    {self._doc(m.doc_id)} [{m.start}:{m.end}] {m.surface!r} ({m.extractor})")
        out.append(f"  relations ({len(self.relations)}):")
        for r, direction, other in self.relations:
            other_name = other.name if other else (r.tail_id if direction == "out" else r.head_id)
            post = f" [{r.attr('post')}]" if r.attr("post") else ""
            arrow = f"-{r.predicate.value}{post}-> {other_name}" if direction == "out" else \
                f"<-{r.predicate.value}{post}- {other_name}"
            out.append(f"    {arrow}")
            for ev in r.evidence:
                out.append(f"      {self._doc(ev.doc_id)} [{ev.start}:{ev.end}] \u201c{ev.quote}\u201d")
        return out

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        esc = html.escape
        e = self.entity
        parts = [f"<div class='kg-explain'><b>{esc(e.name)}</b> ({esc(e.type.value)}, <code>{esc(e.id)}</code>)"]
        parts.append(f"<p>Mentions ({len(self.mentions)})</p><ul>")
        for m in self.mentions:
            parts.append(f"<li>{esc(self._doc(m.doc_id))} [{m.start}:{m.end}] <q>{esc(m.surface)}</q></li>")
        parts.append(f"</ul><p>Relations ({len(self.relations)})</p><ul>")
        for r, direction, other in self.relations:
            other_name = other.name if other else (r.tail_id if direction == "out" else r.head_id)
            arrow = "\u2192" if direction == "out" else "\u2190"
            quotes = "".join(f"<li>{esc(self._doc(ev.doc_id))} [{ev.start}:{ev.end}] <q>{esc(ev.quote)}</q></li>"
                             for ev in r.evidence)
            parts.append(f"<li>{arrow} <i>{esc(r.predicate.value)}</i> {esc(other_name)}<ul>{quotes}</ul></li>")
        parts.append("</ul></div>")
        return "".join(parts)


def find_entity(kg: KnowledgeGraph, entity: Entity | str) -> Entity:
    """An entity by ``Entity``, id, name or alias; ``KeyError`` naming candidates when ambiguous."""
    if isinstance(entity, Entity):
        return entity
    by_id = kg.by_id()
    if entity in by_id:
        return by_id[entity]
    named = [e for e in kg.entities if e.name == entity] or [e for e in kg.entities if entity in e.aliases]
    if len(named) == 1:
        return named[0]
    if not named:
        raise KeyError(f"no entity with id, name or alias {entity!r}")
    raise KeyError(f"{entity!r} names {len(named)} entities: "
                   + ", ".join(f"{e.id} ({e.type.value})" for e in named) + "; pass the id instead")


def explain(kg: KnowledgeGraph, entity: Entity | str) -> Explanation:
    e = find_entity(kg, entity)
    by_id = kg.by_id()
    rels: list[tuple[Relation, str, Entity | None]] = []
    for r in kg.relations:
        if r.head_id == e.id:
            rels.append((r, "out", by_id.get(r.tail_id)))
        elif r.tail_id == e.id:
            rels.append((r, "in", by_id.get(r.head_id)))
    titles = tuple((d.id, d.title or d.path or d.id) for d in kg.documents)
    return Explanation(e, tuple(e.mentions), tuple(rels), titles)


# -- repr -----------------------------------------------------------------------------------------


def _counts(kg: KnowledgeGraph) -> tuple[Counter, Counter]:
    return Counter(e.type.value for e in kg.entities), Counter(r.predicate.value for r in kg.relations)


def graph_repr(kg: KnowledgeGraph) -> str:
    types, preds = _counts(kg)
    tpart = ", ".join(f"{t}={n}" for t, n in sorted(types.items()))
    ppart = ", ".join(f"{p}={n}" for p, n in sorted(preds.items()))
    return (f"<KnowledgeGraph: {len(kg.entities)} entities ({tpart or 'none'}), "
            f"{len(kg.relations)} relations ({ppart or 'none'}), {len(kg.documents)} documents>")


def graph_repr_html(kg: KnowledgeGraph, top: int = 10) -> str:
    esc = html.escape
    types, preds = _counts(kg)
    degree: Counter = Counter()
    for r in kg.relations:
        degree[r.head_id] += 1
        degree[r.tail_id] += 1
    by_id = kg.by_id()
    rows = "".join(f"<tr><td>{esc(t.value)}</td><td>{types.get(t.value, 0)}</td></tr>" for t in EntityType
                   if types.get(t.value))
    prow = "".join(f"<tr><td>{esc(p)}</td><td>{n}</td></tr>" for p, n in sorted(preds.items()))
    toprows = "".join(
        f"<tr><td>{esc(by_id[i].name) if i in by_id else esc(i)}</td>"
        f"<td>{esc(by_id[i].type.value) if i in by_id else ''}</td><td>{n}</td></tr>"
        for i, n in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    )
    return (
        "<div class='kg-graph'>"
        f"<p><b>KnowledgeGraph</b>: {len(kg.entities)} entities, {len(kg.relations)} relations, "
        f"{len(kg.documents)} documents</p>"
        f"<table><tr><th>entity type</th><th>count</th></tr>{rows}</table>"
        f"<table><tr><th>relation</th><th>count</th></tr>{prow}</table>"
        f"<table><tr><th>most connected</th><th>type</th><th>degree</th></tr>{toprows}</table>"
        "</div>"
    )


__all__ = ["build", "load", "explain", "find_entity", "Explanation", "graph_repr", "graph_repr_html"]
