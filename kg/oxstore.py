"""A persistent Oxigraph store on disk, for graphs too big to re-load per query.

``write_store(kg, path)`` fills (or replaces the contents of) a RocksDB-backed
``pyoxigraph.Store`` at ``path`` with the same quads as the in-memory store
of ``kg.export.rdf.to_store``: one named graph per source document, and the
merged graph as the default graph. ``open_store(path)`` opens it again
(read-only when asked, so several readers can share it). ``load_file`` bulk
loads an RDF file (Turtle, N-Triples, N-Quads, TriG) into a store without
going through Python objects.
"""
from __future__ import annotations

from pathlib import Path

from .errors import ExportError, InputError
from .types import KnowledgeGraph

_FORMATS = {".ttl": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS", ".trig": "TRIG", ".rdf": "RDF_XML",
            ".owl": "RDF_XML"}


def rdf_format(path: str | Path):
    import pyoxigraph as ox

    suffix = Path(path).suffix.lower()
    name = _FORMATS.get(suffix)
    if name is None:
        raise InputError(f"{path}: unknown RDF format {suffix!r}; use one of {', '.join(sorted(_FORMATS))}")
    return getattr(ox.RdfFormat, name)


def open_store(path: str | Path, read_only: bool = False):
    import pyoxigraph as ox

    p = Path(path)
    try:
        if read_only:
            if not p.is_dir():
                raise InputError(f"{p}: no Oxigraph store here; create it with `kg oxstore GRAPH {p}`")
            return ox.Store.read_only(str(p))
        p.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(p))
    except OSError as exc:
        raise ExportError(f"cannot open the Oxigraph store at {p}: {exc}; "
                          "is another process holding it open for writing?") from exc


def write_store(kg: KnowledgeGraph, path: str | Path, base_iri: str | None = None, replace: bool = True):
    """Write ``kg`` into the persistent store at ``path``; returns the open store."""
    import pyoxigraph as ox

    from .export.rdf import to_oxigraph_quads
    from .vocab import BASE_IRI

    store = open_store(path)
    if replace:
        store.clear()
    default = ox.DefaultGraph()
    batch: list = []
    for q in to_oxigraph_quads(kg, base_iri or BASE_IRI):
        batch.append(q)
        if q.graph_name != default:
            batch.append(ox.Quad(q.subject, q.predicate, q.object, default))
        if len(batch) >= 200_000:
            store.bulk_extend(batch)
            batch = []
    if batch:
        store.bulk_extend(batch)
    store.flush()
    return store


def load_file(store, path: str | Path, graph_iri: str | None = None) -> None:
    """Bulk-load an RDF file into ``store`` (into ``graph_iri`` for triple formats, if given)."""
    import pyoxigraph as ox

    fmt = rdf_format(path)
    to_graph = ox.NamedNode(graph_iri) if graph_iri else None
    try:
        store.bulk_load(path=str(path), format=fmt, to_graph=to_graph)
    except (OSError, SyntaxError, ValueError) as exc:
        raise InputError(f"{path}: cannot load into the Oxigraph store: {exc}") from exc
