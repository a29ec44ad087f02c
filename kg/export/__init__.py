"""Exporters: one module per format, each a pure ``to_*`` plus a thin ``write_*``."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from ..errors import ExportError
from ..types import KnowledgeGraph

DEFAULT_FORMATS = ("ttl", "html")


def _writers() -> dict[str, tuple[str, Callable[[KnowledgeGraph, Path], Path]]]:
    from .html import write_html
    from .rdf import WRITERS as RDF_WRITERS, write_turtle

    return {
        **RDF_WRITERS,  # nt, trig (one named graph per document), nq, jsonld (+ context.jsonld)
        "ttl": ("graph.ttl", write_turtle),
        "html": ("graph.html", write_html),
    }


def available_formats() -> list[str]:
    return sorted(_writers())


def write_all(kg: KnowledgeGraph, out_dir: Path, formats: Sequence[str] = DEFAULT_FORMATS,
              base_iri: str | None = None) -> list[Path]:
    """Write each format into ``out_dir``; raises ``ExportError`` naming the format and file.

    ``base_iri`` (RDF formats only) replaces the default namespace of entity/document IRIs.
    """
    from .rdf import RDF_FORMATS

    writers = _writers()
    unknown = [f for f in formats if f not in writers]
    if unknown:
        raise ExportError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(sorted(writers))}")
    out_dir = Path(out_dir)
    written = []
    for fmt in formats:
        filename, writer = writers[fmt]
        target = out_dir / filename
        try:
            kw = {"base_iri": base_iri} if base_iri and fmt in RDF_FORMATS else {}
            written.append(writer(kg, target, **kw))
        except OSError as exc:
            raise ExportError(f"cannot write {target} ({fmt}): {exc.strerror or exc}; check the folder is writable") from exc
    return written
