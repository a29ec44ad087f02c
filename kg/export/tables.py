"""KnowledgeGraph -> plain CSV tables for pandas / spreadsheets (format ``csv``).

Four UTF-8 files in one folder, ``;`` separating several values in one cell:

* ``nodes.csv``: ``id, type, name, aliases, documents, mentions`` (count),
  ``offsets`` (``doc:start-end`` of every mention), ``surfaces``, then one
  column per entity attribute (``code``, ``level``, …; ``attr_`` prefixed on a clash);
* ``edges.csv``: one row per relation: ``source, source_name, predicate, target,
  target_name, weight, documents, offsets, quote`` (first evidence sentence),
  ``evidence`` (count), ``extractor``, then one column per relation attribute (``post``);
* ``evidence.csv``: one row per evidence: ``edge`` (row index in edges.csv),
  ``source, predicate, target, document, start, end, quote``;
* ``mentions.csv``: one row per mention: ``entity, type, document, start, end,
  surface, extractor, confidence``.

Offsets are character offsets into the source text as read. A text cell
starting with ``= + - @`` (or tab / carriage return) gets a leading ``'`` so a
spreadsheet shows it instead of evaluating it as a formula.
"""
from __future__ import annotations

import csv as _csv
import io
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..types import KnowledgeGraph

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Prefix ``'`` to a text cell a spreadsheet would read as a formula; numbers pass unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def csv_text(header: Sequence[str], rows: Iterable[Sequence[Any]], write_header: bool = True) -> str:
    buf = io.StringIO()
    w = _csv.writer(buf, lineterminator="\n")
    if write_header:
        w.writerow([neutralise(h) for h in header])
    for row in rows:
        w.writerow(["" if v is None else neutralise(v) for v in row])
    return buf.getvalue()


def write_files(folder: Path, files: dict[str, str]) -> Path:
    """Write ``{filename: text}`` into ``folder``, each file atomically."""
    from .atomic import atomic_path

    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        with atomic_path(folder / name) as tmp:
            tmp.write_text(text, encoding="utf-8")
    return folder


def _columns(pairs_list: Iterable[tuple[tuple[str, str], ...]], fixed: Sequence[str]) -> list[tuple[str, str]]:
    """(attribute key, column name) for every attribute key seen, in first-seen order."""
    seen: dict[str, str] = {}
    for pairs in pairs_list:
        for k, _ in pairs:
            if k not in seen:
                seen[k] = f"attr_{k}" if k in fixed else k
    return list(seen.items())


NODE_COLUMNS = ("id", "type", "name", "aliases", "documents", "mentions", "offsets", "surfaces")
EDGE_COLUMNS = ("source", "source_name", "predicate", "target", "target_name", "weight", "documents", "offsets",
                "quote", "evidence", "extractor")
EVIDENCE_COLUMNS = ("edge", "source", "predicate", "target", "document", "start", "end", "quote")
MENTION_COLUMNS = ("entity", "type", "document", "start", "end", "surface", "extractor", "confidence")


def to_tables(kg: KnowledgeGraph) -> dict[str, str]:
    """``{"nodes.csv": text, "edges.csv": …, "evidence.csv": …, "mentions.csv": …}``."""
    names = {e.id: e.name for e in kg.entities}
    ncols = _columns((e.attributes for e in kg.entities), NODE_COLUMNS)
    nodes = []
    for e in kg.entities:
        a = dict(e.attributes)
        nodes.append([
            e.id, e.type.value, e.name, ";".join(e.aliases), ";".join(e.documents), len(e.mentions),
            ";".join(f"{m.doc_id}:{m.start}-{m.end}" for m in e.mentions),
            ";".join(dict.fromkeys(m.surface for m in e.mentions)),
        ] + [a.get(k) for k, _ in ncols])
    ecols = _columns((r.attributes for r in kg.relations), EDGE_COLUMNS)
    edges, evidence = [], []
    for i, r in enumerate(kg.relations):
        a = dict(r.attributes)
        edges.append([
            r.head_id, names.get(r.head_id), r.predicate.value, r.tail_id, names.get(r.tail_id),
            len(r.documents) or 1, ";".join(r.documents),
            ";".join(f"{v.doc_id}:{v.start}-{v.end}" for v in r.evidence),
            r.evidence[0].quote if r.evidence else None, len(r.evidence), r.extractor,
        ] + [a.get(k) for k, _ in ecols])
        for v in r.evidence:
            evidence.append([i, r.head_id, r.predicate.value, r.tail_id, v.doc_id, v.start, v.end, v.quote])
    mentions = [
        [e.id, e.type.value, m.doc_id, m.start, m.end, m.surface, m.extractor, m.confidence]
        for e in kg.entities for m in e.mentions
    ]
    return {
        "nodes.csv": csv_text(list(NODE_COLUMNS) + [c for _, c in ncols], nodes),
        "edges.csv": csv_text(list(EDGE_COLUMNS) + [c for _, c in ecols], edges),
        "evidence.csv": csv_text(EVIDENCE_COLUMNS, evidence),
        "mentions.csv": csv_text(MENTION_COLUMNS, mentions),
    }


def write_tables(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write the tables into the folder ``path``; returns the folder."""
    return write_files(Path(path), to_tables(kg))
