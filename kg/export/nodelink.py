"""KnowledgeGraph -> node-link JSON (d3, networkx ``node_link_graph``, the native saved build).

The ``json`` format is the lossless native file ``graph.json`` described in
``kg.store``: ``networkx.node_link_graph(data, edges="links")`` reads it, and
``kg.load`` rebuilds the exact ``KnowledgeGraph`` from it. With a chunk store
(``kg.export.chunks``) it is written incrementally, byte for byte what
``kg.store.save`` writes.
"""
from __future__ import annotations

import json
import pickle
import sys
from pathlib import Path
from typing import Any

from ..errors import ExportError
from ..types import KnowledgeGraph


def to_node_link(kg: KnowledgeGraph) -> dict[str, Any]:
    """The node-link dictionary (JSON-serialisable); see ``kg.store`` for its fields."""
    from ..store import to_dict

    return to_dict(kg)


def write_node_link(kg: KnowledgeGraph, path: str | Path, chunks=None) -> Path:
    """``graph.json`` (``kg.store.save``); with ``chunks`` (a ``kg.export.chunks.ChunkStore``), what
    did not change since the previous write of the same file is copied from it, not rendered."""
    from .. import store

    if chunks is None:
        return store.save(kg, path)
    from . import chunks as chunks_mod

    path = Path(path)
    if path.is_dir() or path.suffix.lower() != ".json":
        path = path / store.FILENAME
    version = chunks_mod.code_version(chunks_mod, sys.modules[__name__], store)
    try:
        chunks_mod.write_chunked(path, chunks, "json", version, lambda w: _json_chunks(kg, w, chunks))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror or exc}; check the folder is writable") from exc
    return path


def _json_chunks(kg: KnowledgeGraph, w, store) -> None:
    """``iter_json(kg)`` into the chunk writer ``w`` (see ``kg.export.chunks``).

    Entities whose mentions are one block (a few documents) go in groups of a few per chunk
    (``cut_after``); a bigger one is a head chunk (its fields up to ``"mentions":[``) and a chunk
    per block of mentions; relations and their evidence likewise. A chunk's fingerprint covers
    exactly the values its text is made from and its place (the comma before it, the ``]}``
    after the last block), so unchanged neighbours are copied as one run of the previous file.
    """
    from ..store import _graph_dict, _link_dict, _mention, _node_dict, edge_key
    from .chunks import EVIDENCE_VALUES, MENTION_VALUES, combine, cut_after

    dumps = pickle.dumps
    enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    none = bytes(16)
    group_fps: list[bytes] = []
    group: list = []

    def flush(render) -> None:
        if group:
            fp = combine(*group_fps)
            k = w.find(fp)
            if k is not None:
                w.copy(k, fp)
            else:
                w.put(fp, "".join([("," if i else "") + enc(render(x)) for i, x in group]))
            group.clear()
            group_fps.clear()

    w.text('{"directed":true,"multigraph":true,"graph":' + enc(_graph_dict(kg)) + ',"nodes":[')
    for i, e in enumerate(kg.entities):
        ms = e.mentions
        parts = store.blocks(ms, MENTION_VALUES)  # their fingerprints cover the entity's documents
        fp = dumps(("node", i == 0, e.id, e.type, e.name, e.aliases, e.attributes), 5)
        if len(parts) <= 1:
            group_fps.append(fp + (parts[0][2] if parts else none))
            group.append((i, e))
            if cut_after(e.id):
                flush(_node_dict)
            continue
        flush(_node_dict)
        fp = combine(fp, *(p[2] for p in parts))
        k = w.find(fp)
        if k is not None:
            w.copy(k, fp)
        else:
            head = {"id": e.id, "type": e.type.value, "name": e.name, "aliases": list(e.aliases),
                    "attributes": dict(e.attributes), "documents": list(e.documents)}
            w.put(fp, ("," if i else "") + enc(head)[:-1] + ',"mentions":[')
        _blocks_into(w, parts, ms, lambda m: enc(_mention(m)), b"m")
    flush(_node_dict)
    w.text('],"links":[')
    for i, r in enumerate(kg.relations):
        evs = r.evidence
        parts = store.blocks(evs, EVIDENCE_VALUES)
        fp = dumps(("link", i == 0, r.head_id, r.predicate, r.tail_id, r.attributes, r.extractor), 5)
        if len(parts) <= 1:
            group_fps.append(fp + (parts[0][2] if parts else none))
            group.append((i, r))
            if cut_after(r.head_id + "\0" + r.tail_id):
                flush(_link_dict)
            continue
        flush(_link_dict)
        fp = combine(fp)
        k = w.find(fp)
        if k is not None:
            w.copy(k, fp)
        else:
            head = {"source": r.head_id, "target": r.tail_id, "key": edge_key(r), "predicate": r.predicate.value,
                    "attributes": dict(r.attributes), "extractor": r.extractor}
            w.put(fp, ("," if i else "") + enc(head)[:-1] + ',"evidence":[')
        _blocks_into(w, parts, evs, lambda v: enc({"doc_id": v.doc_id, "start": v.start, "end": v.end,
                                                   "quote": v.quote}), b"e")
    flush(_link_dict)
    w.text("]}")


def _blocks_into(w, parts, items, render, tag: bytes) -> None:
    """The JSON list items ``items`` as chunks, one per block; the last one closes the record (``]}``)."""
    from .chunks import combine

    last = len(parts) - 1
    for j, (lo, hi, vfp) in enumerate(parts):
        fp = combine(vfp, tag + (b"1" if lo else b"0") + (b"1" if j == last else b"0"))
        k = w.find(fp)
        if k is not None:
            w.copy(k, fp)
        else:
            w.put(fp, ("," if lo else "") + ",".join([render(x) for x in items[lo:hi]]) + ("]}" if j == last else ""))
