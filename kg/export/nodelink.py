"""KnowledgeGraph -> node-link JSON (d3, networkx ``node_link_graph``, the native saved build).

The ``json`` format is the lossless native file ``graph.json`` described in
``kg.store``: ``networkx.node_link_graph(data, edges="links")`` reads it, and
``kg.load`` rebuilds the exact ``KnowledgeGraph`` from it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from ..types import KnowledgeGraph


def to_node_link(kg: KnowledgeGraph) -> dict[str, Any]:
    """The node-link dictionary (JSON-serialisable); see ``kg.store`` for its fields."""
    from ..store import to_dict

    return to_dict(kg)


def write_node_link(kg: KnowledgeGraph, path: str | Path) -> Path:
    from ..store import save

    return save(kg, path)
