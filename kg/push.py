"""Send a graph to a SPARQL 1.1 Graph Store HTTP Protocol endpoint.

Works with any store that implements the protocol: Oxigraph (``/store``),
Apache Jena Fuseki (``/DATASET/data``), GraphDB
(``/repositories/REPO/rdf-graphs/service``), QLever (with its update
access token). ``PUT`` replaces the target graph, ``POST`` adds to it; the
target is ``?graph=IRI`` or ``?default``. Quad formats (N-Quads, TriG) are
sent to the endpoint itself (the whole dataset), which Oxigraph and Fuseki
accept. The body is streamed from the file, so large graphs need no memory.
"""
from __future__ import annotations

import base64
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from .errors import ExportError, InputError

MEDIA_TYPES = {
    ".ttl": "text/turtle",
    ".nt": "application/n-triples",
    ".nq": "application/n-quads",
    ".trig": "application/trig",
    ".rdf": "application/rdf+xml",
    ".jsonld": "application/ld+json",
}
QUAD_SUFFIXES = (".nq", ".trig")
# In a build folder, push the first of these that exists.
BUILD_FILES = ("graph.ttl", "graph.nt", "graph.nq", "graph.trig")


@dataclass(frozen=True)
class PushResult:
    url: str
    method: str
    status: int
    bytes: int


def find_graph_file(path: str | Path) -> Path:
    p = Path(path)
    if p.is_dir():
        for name in BUILD_FILES:
            if (p / name).is_file():
                return p / name
        raise InputError(f"{p}: no {', '.join(BUILD_FILES)} in this folder; run `kg build -o {p}` first")
    if not p.is_file():
        raise InputError(f"{p}: no such file; give a graph file (.ttl, .nt, .nq, .trig) or a build folder")
    if p.suffix.lower() not in MEDIA_TYPES:
        raise InputError(f"{p}: unknown RDF format {p.suffix!r}; give one of {', '.join(sorted(MEDIA_TYPES))}")
    return p


def target_url(endpoint: str, graph_iri: str | None, quads: bool) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InputError(f"endpoint {endpoint!r} is not an http(s) URL; give the Graph Store URL, "
                         "e.g. http://localhost:7878/store")
    if quads:
        if graph_iri:
            raise InputError("a quad file (N-Quads/TriG) carries its own graphs; do not give --graph with it")
        return endpoint
    query = urllib.parse.urlencode({"graph": graph_iri}) if graph_iri else "default"
    sep = "&" if parts.query else "?"
    return endpoint + sep + query


def push(path: str | Path, endpoint: str, graph_iri: str | None = None, replace: bool = True,
         user: str | None = None, password: str | None = None, token: str | None = None,
         timeout: float = 300.0) -> PushResult:
    """Upload ``path`` (a graph file or a build folder) to ``endpoint``."""
    f = find_graph_file(path)
    suffix = f.suffix.lower()
    url = target_url(endpoint, graph_iri, suffix in QUAD_SUFFIXES)
    method = "PUT" if replace else "POST"
    size = f.stat().st_size
    headers = {"Content-Type": MEDIA_TYPES[suffix] + ("; charset=utf-8" if suffix in (".ttl", ".trig") else ""),
               "Content-Length": str(size)}
    if user is not None:
        cred = base64.b64encode(f"{user}:{password or ''}".encode()).decode()
        headers["Authorization"] = "Basic " + cred
    elif token:
        headers["Authorization"] = "Bearer " + token
    with open(f, "rb") as body:
        req = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with urllib.request.urlopen(req, timeout=timeout) as resp:
                status = resp.status
        except urllib.error.HTTPError as exc:
            detail = exc.read(500).decode("utf-8", "replace").strip()
            raise ExportError(f"{method} {f} to {url} failed: HTTP {exc.code} {exc.reason}"
                              + (f": {detail}" if detail else "")
                              + "; check the endpoint is the Graph Store URL and accepts writes") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise ExportError(f"cannot reach {url} to push {f}: {reason}; is the store running?") from exc
    return PushResult(url, method, status, size)
