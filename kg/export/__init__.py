"""Exporters: one module per format, each a pure ``to_*`` plus a thin ``write_*``."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Sequence

from ..errors import ExportError
from ..types import KnowledgeGraph

DEFAULT_FORMATS = ("ttl", "html")
NATIVE_FILE = "graph.json"  # every build writes it (format "json"); kg.load / kg export read it


def _writers() -> dict[str, tuple[str, Callable[[KnowledgeGraph, Path], Path | list[Path]]]]:
    from .html import write_explorer
    from .rdf import WRITERS as RDF_WRITERS, write_turtle

    return {
        **RDF_WRITERS,  # nt, trig (one named graph per document), nq, jsonld (+ context.jsonld)
        "ttl": ("graph.ttl", write_turtle),
        "html": ("graph.html", write_explorer),  # also writes campaigns.html beside it
        **_interchange_writers(),
    }


def _interchange_writers() -> dict[str, tuple[str, Callable[[KnowledgeGraph, Path], Path]]]:
    from .cytoscape import write_cytoscape
    from .gexf import write_gexf
    from .graphml import write_graphml
    from .neo4j import write_neo4j
    from .nodelink import write_node_link
    from .tables import write_tables

    return {
        "json": (NATIVE_FILE, write_node_link),  # the lossless saved build kg.load reads; always written
        "graphml": ("graph.graphml", write_graphml),
        "gexf": ("graph.gexf", write_gexf),
        "cytoscape": ("graph.cyjs", write_cytoscape),
        "neo4j": ("neo4j", write_neo4j),  # a folder: header + data CSVs and import.sh
        "csv": ("csv", write_tables),  # a folder: nodes.csv, edges.csv, evidence.csv, mentions.csv
    }


def available_formats() -> list[str]:
    return sorted(_writers())


#: formats whose writer takes ``chunks`` (a ``kg.export.chunks.ChunkStore``): written incrementally
INCREMENTAL_FORMATS = ("json", "ttl")


def write_all(kg: KnowledgeGraph, out_dir: Path, formats: Sequence[str] = DEFAULT_FORMATS,
              base_iri: str | None = None, chunks=None) -> list[Path]:
    """Write each format into ``out_dir``; raises ``ExportError`` naming the format and file.

    ``base_iri`` (RDF formats only) replaces the default namespace of entity/document IRIs.
    ``chunks``: a folder (or a ``ChunkStore``) where the ``INCREMENTAL_FORMATS`` keep an index
    of what they wrote, so that the next write into ``out_dir`` copies what did not change
    instead of rendering it again (the files are byte-identical to a full write; see
    ``kg.export.chunks``).
    """
    from .chunks import ChunkStore

    store = chunks if chunks is None or isinstance(chunks, ChunkStore) else ChunkStore(chunks)
    writers = _writers()
    unknown = [f for f in formats if f not in writers]
    if unknown:
        raise ExportError(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(sorted(writers))}")
    out_dir = Path(out_dir)
    written = []
    if "json" not in formats:
        formats = ("json", *formats)  # the native saved build, so `kg export`/`kg stats`/kg.load work on it
    with Ahead(kg, formats) as ahead:
        for fmt in formats:
            written.extend(write_format(kg, out_dir, fmt, base_iri, writers, chunks=store, ahead=ahead))
    return written


class Ahead:
    """Work of later formats started before the first format is written: for ``html``, the
    explorer's layout in another process (``kg.export.html.start_explorer_layout``; big graphs
    only), so that it runs on another core while graph.json and graph.ttl are written. Pass it
    to ``write_format`` as ``ahead``; ``close()`` (or leaving a ``with`` block) stops what was
    not used. The files are the same with or without it."""

    def __init__(self, kg: KnowledgeGraph, formats: Sequence[str]):
        self.html = None
        if "html" in formats:
            from .html import start_explorer_layout

            self.html = start_explorer_layout(kg)

    def take(self, fmt: str):
        """What was started for ``fmt`` (once), or None."""
        if fmt != "html":
            return None
        job, self.html = self.html, None
        return job

    def close(self) -> None:
        job, self.html = self.html, None
        if job is not None:
            job.close()

    def __enter__(self) -> "Ahead":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def write_format(kg: KnowledgeGraph, out_dir: Path, fmt: str, base_iri: str | None = None,
                 writers: dict | None = None, chunks=None, ahead: Ahead | None = None) -> list[Path]:
    """Write one format into ``out_dir`` (what ``write_all`` does for each); returns the files written.

    ``chunks``: a ``ChunkStore`` or its folder (see ``write_all``); ignored by formats not in
    ``INCREMENTAL_FORMATS``. ``ahead``: an ``Ahead(kg, formats)`` made before the first format
    was written.
    """
    from .chunks import ChunkStore
    from ..gc_pause import gc_paused
    from .rdf import RDF_FORMATS

    writers = writers or _writers()
    if fmt not in writers:
        raise ExportError(f"unknown format {fmt}; choose from {', '.join(sorted(writers))}")
    filename, writer = writers[fmt]
    target = Path(out_dir) / filename
    try:
        kw = {"base_iri": base_iri} if base_iri and fmt in RDF_FORMATS else {}
        if chunks is not None and fmt in INCREMENTAL_FORMATS:
            kw["chunks"] = chunks if isinstance(chunks, ChunkStore) else ChunkStore(chunks)
        job = ahead.take(fmt) if ahead is not None else None
        if job is not None:
            kw["ahead"] = job
        # the graph's objects all outlive the export: collections would only walk them again
        with gc_paused():
            result = writer(kg, target, **kw)
    except OSError as exc:
        raise ExportError(f"cannot write {target} ({fmt}): {exc.strerror or exc}; check the folder is writable") from exc
    return result if isinstance(result, list) else [result]
