"""KnowledgeGraph -> CSV for ``neo4j-admin database import full`` (format ``neo4j``).

A folder with header files separate from data files, as the import tool
documents (``--nodes=<header>,<data>``; the header file's single line names
the fields): ``id:ID(<space>)`` for node ids, ``:LABEL``, ``:START_ID(<space>)``,
``:END_ID(<space>)``, ``:TYPE``, typed properties ``name:int`` and arrays
``name:string[]`` whose elements are separated by ``;`` (the default
``--array-delimiter``; a ``;`` inside an element becomes the full-width ``；``).

* ``entities``: labels ``Entity;<type>``, id space ``Entity``: ``id, name, type,
  aliases[], documents[], mentions:int`` and the entity attributes;
* ``documents``: label ``Document``, id space ``Document``: ``id, title, date, path,
  source, chars:int``;
* ``relations``: entity -> entity, ``:TYPE`` the predicate in upper snake case
  (``partOf`` -> ``PART_OF``), with ``predicate``, ``weight:int``, the evidence as
  parallel arrays ``documents[]``, ``starts:int[]``, ``ends:int[]``, ``quotes[]``, and
  the relation attributes (``post``);
* ``mentions``: entity -> document, ``:TYPE`` ``MENTIONED_IN``, with ``starts:int[]``,
  ``ends:int[]``, ``surfaces[]`` and ``count:int``.

``import.sh`` holds the command. Line breaks in values become spaces (the tool
reads one record per line unless ``--multiline-fields=true``), and text cells
starting with ``= + - @`` get a leading ``'`` like every CSV this project writes.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..types import KnowledgeGraph
from .tables import csv_text, write_files

ARRAY_DELIMITER = ";"
_PROP_NAME = re.compile(r"[^0-9A-Za-z_\u4e00-\u9fff]")

ENTITY_FIXED = ("id:ID(Entity)", "name", "type", "aliases:string[]", "documents:string[]", "mentions:int")
DOCUMENT_HEADER = ("id:ID(Document)", "title", "date", "path", "source", "chars:int", ":LABEL")
RELATION_FIXED = (":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "predicate", "weight:int", "documents:string[]",
                  "starts:int[]", "ends:int[]", "quotes:string[]", "extractor")
MENTION_HEADER = (":START_ID(Entity)", ":END_ID(Document)", ":TYPE", "starts:int[]", "ends:int[]",
                  "surfaces:string[]", "count:int")

FILES = (
    ("nodes", "entities"), ("nodes", "documents"), ("relationships", "relations"), ("relationships", "mentions"),
)


def rel_type(predicate: str) -> str:
    """``partOf`` -> ``PART_OF`` (Neo4j's relationship type convention)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", predicate).upper()


def _text(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.splitlines()) if ("\n" in value or "\r" in value) else value
    return value


def _array(values: Iterable[Any]) -> str:
    return ARRAY_DELIMITER.join(_text(str(v)).replace(ARRAY_DELIMITER, "\uff1b") for v in values)


def _prop(key: str, taken: set[str]) -> str:
    name = _PROP_NAME.sub("_", key) or "attr"
    if name in taken or name.startswith("_"):
        name = "attr_" + name.lstrip("_")
    taken.add(name)
    return name


def _attr_columns(pairs_list: Iterable[tuple[tuple[str, str], ...]], fixed: Sequence[str]) -> list[tuple[str, str]]:
    taken = {h.split(":")[0] for h in fixed if not h.startswith(":")}
    cols: dict[str, str] = {}
    for pairs in pairs_list:
        for k, _ in pairs:
            if k not in cols:
                cols[k] = _prop(k, taken)
    return list(cols.items())


def import_command(database: str = "neo4j") -> str:
    nodes = " ".join(f"--nodes={name}_header.csv,{name}.csv" for kind, name in FILES if kind == "nodes")
    rels = " ".join(f"--relationships={name}_header.csv,{name}.csv" for kind, name in FILES if kind == "relationships")
    return (f"neo4j-admin database import full --array-delimiter=\"{ARRAY_DELIMITER}\" "
            f"{nodes} {rels} {database}")


def to_neo4j(kg: KnowledgeGraph) -> dict[str, str]:
    """``{filename: text}``: a ``<name>_header.csv`` and a ``<name>.csv`` per file set, and ``import.sh``."""
    ecols = _attr_columns((e.attributes for e in kg.entities), ENTITY_FIXED)
    entity_header = list(ENTITY_FIXED) + [c for _, c in ecols] + [":LABEL"]
    entities = []
    for e in kg.entities:
        a = dict(e.attributes)
        entities.append([e.id, _text(e.name), e.type.value, _array(e.aliases), _array(e.documents), len(e.mentions)]
                        + [_text(a.get(k)) for k, _ in ecols] + [f"Entity;{e.type.value}"])
    documents = [[d.id, _text(d.title), d.date, _text(d.path), _text(d.source), d.chars, "Document"]
                 for d in kg.documents]
    rcols = _attr_columns((r.attributes for r in kg.relations), RELATION_FIXED)
    relation_header = list(RELATION_FIXED) + [c for _, c in rcols]
    relations = []
    for r in kg.relations:
        a = dict(r.attributes)
        ev = r.evidence
        relations.append(
            [r.head_id, r.tail_id, rel_type(r.predicate.value), r.predicate.value, len(r.documents) or 1,
             _array(v.doc_id for v in ev), _array(v.start for v in ev), _array(v.end for v in ev),
             _array(v.quote for v in ev), r.extractor]
            + [_text(a.get(k)) for k, _ in rcols])
    known_docs = {d.id for d in kg.documents}
    mentions = []
    for e in kg.entities:
        per_doc: dict[str, list] = defaultdict(list)
        for m in e.mentions:
            if m.doc_id in known_docs:
                per_doc[m.doc_id].append(m)
        for doc_id, ms in per_doc.items():
            mentions.append([e.id, doc_id, "MENTIONED_IN", _array(m.start for m in ms), _array(m.end for m in ms),
                             _array(m.surface for m in ms), len(ms)])
    data = {"entities": (entity_header, entities), "documents": (DOCUMENT_HEADER, documents),
            "relations": (relation_header, relations), "mentions": (MENTION_HEADER, mentions)}
    files: dict[str, str] = {}
    for _, name in FILES:
        header, rows = data[name]
        files[f"{name}_header.csv"] = csv_text(header, [])
        files[f"{name}.csv"] = csv_text(header, rows, write_header=False)
    files["import.sh"] = (
        "#!/bin/sh\n# Run from this folder with Neo4j stopped; the database must be empty (or add --overwrite-destination).\n"
        + import_command() + ' "$@"\n'
    )
    return files


def write_neo4j(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write the import files into the folder ``path``; returns the folder."""
    return write_files(Path(path), to_neo4j(kg))
