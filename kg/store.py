"""The native saved build: ``graph.json``, lossless, read back by ``kg.load``.

The file is node-link JSON (``networkx.node_link_graph(data, edges="links")``
reads it) carrying everything a ``KnowledgeGraph`` holds except document text:

* ``graph``: ``format`` (``"cn-gov-kg"``), ``version`` and ``documents``
  (each ``DocumentInfo`` as an object);
* ``nodes``: one per entity: ``id``, ``type``, ``name``, ``aliases``,
  ``attributes`` (object), ``documents`` and ``mentions`` (every mention with
  its document, raw offsets, surface, extractor, confidence, key, attributes);
* ``links``: one per relation, in order: ``source``, ``target``, ``key``,
  ``predicate``, ``attributes``, ``extractor`` and ``evidence`` (document,
  offsets, quote).

``load(save(kg))`` equals ``kg``.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .errors import ExportError, InputError
from .types import (
    DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation,
)

FORMAT = "cn-gov-kg"
VERSION = 1
FILENAME = "graph.json"


def edge_key(r: Relation) -> str:
    """The multigraph key of a relation: its predicate, plus attribute values when it has any."""
    if not r.attributes:
        return r.predicate.value
    return r.predicate.value + "|" + "|".join(v for _, v in r.attributes)


def _mention(m: Mention) -> dict[str, Any]:
    return {
        "doc_id": m.doc_id, "start": m.start, "end": m.end, "surface": m.surface, "type": m.type.value,
        "name": m.name, "extractor": m.extractor, "confidence": m.confidence, "key": m.key,
        "attributes": dict(m.attributes),
    }


def _graph_dict(kg: KnowledgeGraph) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "version": VERSION,
        "documents": [
            {"id": d.id, "path": d.path, "title": d.title, "date": d.date, "source": d.source, "chars": d.chars}
            for d in kg.documents
        ],
    }


def _node_dict(e) -> dict[str, Any]:
    return {
        "id": e.id, "type": e.type.value, "name": e.name, "aliases": list(e.aliases),
        "attributes": dict(e.attributes), "documents": list(e.documents),
        "mentions": [_mention(m) for m in e.mentions],
    }


def _link_dict(r) -> dict[str, Any]:
    return {
        "source": r.head_id, "target": r.tail_id, "key": edge_key(r), "predicate": r.predicate.value,
        "attributes": dict(r.attributes), "extractor": r.extractor,
        "evidence": [{"doc_id": v.doc_id, "start": v.start, "end": v.end, "quote": v.quote} for v in r.evidence],
    }


def to_dict(kg: KnowledgeGraph) -> dict[str, Any]:
    """The native node-link dictionary (JSON-serialisable) of ``kg``."""
    return {
        "directed": True,
        "multigraph": True,
        "graph": _graph_dict(kg),
        "nodes": [_node_dict(e) for e in kg.entities],
        "links": [_link_dict(r) for r in kg.relations],
    }


def iter_json(kg: KnowledgeGraph):
    """``dumps(kg)`` in pieces, one node or link at a time: writing a big graph
    never holds its whole text (or its whole dictionary) in memory."""
    enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    yield '{"directed":true,"multigraph":true,"graph":' + enc(_graph_dict(kg)) + ',"nodes":['
    for i, e in enumerate(kg.entities):
        yield ("," if i else "") + enc(_node_dict(e))
    yield '],"links":['
    for i, r in enumerate(kg.relations):
        yield ("," if i else "") + enc(_link_dict(r))
    yield "]}"


def _pairs(d: dict[str, Any] | None) -> tuple[tuple[str, str], ...]:
    return tuple((str(k), str(v)) for k, v in (d or {}).items())


def from_dict(data: dict[str, Any], source: str = "<data>") -> KnowledgeGraph:
    """Rebuild a ``KnowledgeGraph`` from ``to_dict`` output; ``source`` names the file in errors."""
    graph = data.get("graph") if isinstance(data, dict) else None
    if not isinstance(graph, dict) or graph.get("format") != FORMAT:
        raise InputError(f"{source} is not a saved kg build (no graph.format {FORMAT!r}); "
                         "point at a folder written by `kg build` or at its graph.json")
    if graph.get("version") != VERSION:
        raise InputError(f"{source} is a version {graph.get('version')} build; this kg reads version {VERSION}. "
                         "Rebuild it with `kg build`")
    try:
        docs = tuple(DocumentInfo(**d) for d in graph.get("documents", ()))
        entities = tuple(
            Entity(
                n["id"], EntityType(n["type"]), n["name"], tuple(n.get("aliases", ())), _pairs(n.get("attributes")),
                tuple(
                    Mention(m["doc_id"], m["start"], m["end"], m["surface"], EntityType(m["type"]), m["name"],
                            m["extractor"], m.get("confidence", 1.0), m.get("key"), _pairs(m.get("attributes")))
                    for m in n.get("mentions", ())
                ),
            )
            for n in data["nodes"]
        )
        relations = tuple(
            Relation(
                l["source"], Predicate(l["predicate"]), l["target"],
                tuple(Evidence(v["doc_id"], v["start"], v["end"], v["quote"]) for v in l.get("evidence", ())),
                _pairs(l.get("attributes")), l.get("extractor", ""),
            )
            for l in data["links"]
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"{source} is damaged ({type(exc).__name__}: {exc}); rebuild it with `kg build`") from exc
    return KnowledgeGraph(entities, relations, docs)


def dumps(kg: KnowledgeGraph) -> str:
    return json.dumps(to_dict(kg), ensure_ascii=False, separators=(",", ":"))  # C encoder: 5x faster than indent


def save(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``kg`` to ``path`` (a ``.json`` file, or a folder that gets ``graph.json``) atomically."""
    from .export.atomic import atomic_path

    path = Path(path)
    if path.is_dir() or path.suffix.lower() != ".json":
        path = path / FILENAME
    try:
        with atomic_path(path) as tmp:
            with open(tmp, "w", encoding="utf-8") as fh:
                for piece in iter_json(kg):
                    fh.write(piece)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}; check the folder is writable") from exc
    return path


def resolve_path(path: str | Path) -> Path:
    """The native file for ``path``: the file itself, or ``graph.json`` inside a build folder."""
    path = Path(path)
    if path.is_dir():
        path = path / FILENAME
        if not path.is_file():
            raise InputError(f"{path.parent} has no {FILENAME}; build it with `kg build SOURCES -o {path.parent}`")
    elif not path.exists():
        raise InputError(f"{path} does not exist; give a build folder (written by `kg build`) or its {FILENAME}")
    return path


def load(path: str | Path) -> KnowledgeGraph:
    """Read a saved build: a folder written by ``kg build`` or its ``graph.json``."""
    path = resolve_path(path)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(f"{path} is not valid JSON ({exc}); rebuild it with `kg build`") from exc
    return from_dict(data, str(path))
