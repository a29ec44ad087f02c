"""A self-contained HTML page of the graph (no network needed).

This first version is a static, escaped listing of entities and relations;
the interactive explorer replaces it.
"""
from __future__ import annotations

import html
from pathlib import Path

from ..types import KnowledgeGraph


def to_html(kg: KnowledgeGraph, title: str = "Knowledge graph") -> str:
    names = {e.id: e.name for e in kg.entities}
    rows = []
    for e in kg.entities:
        rows.append(
            f"<tr><td>{html.escape(e.type.value)}</td><td>{html.escape(e.name)}</td>"
            f"<td>{html.escape('、'.join(e.aliases))}</td></tr>"
        )
    rels = []
    for r in kg.relations:
        quote = r.evidence[0].quote if r.evidence else ""
        rels.append(
            f"<tr><td>{html.escape(names.get(r.head_id, r.head_id))}</td><td>{html.escape(r.predicate.value)}</td>"
            f"<td>{html.escape(names.get(r.tail_id, r.tail_id))}</td><td>{html.escape(quote)}</td></tr>"
        )
    return (
        "<!DOCTYPE html><html lang='zh-Hans'><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title></head><body>"
        f"<h1>{html.escape(title)}</h1><h2>Entities</h2><table>{''.join(rows)}</table>"
        f"<h2>Relations</h2><table>{''.join(rels)}</table></body></html>"
    )


def write_html(kg: KnowledgeGraph, path: str | Path) -> Path:
    from .atomic import atomic_path

    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(to_html(kg), encoding="utf-8")
    return path
