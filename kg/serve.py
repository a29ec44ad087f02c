"""A SPARQL 1.1 Protocol endpoint over an exported graph, backed by Oxigraph.

``make_server(store, host, port, ...)`` returns a ``ThreadingHTTPServer`` that
answers ``GET /sparql?query=...`` and ``POST /sparql`` (form-encoded or
``application/sparql-query``). Updates (``update=`` / ``application/sparql-update``)
are refused with 403 unless ``allow_updates`` is set; every query has a time
limit and a row cap. Nothing here prints; the CLI starts and stops it.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .errors import QueryError
from .query import DEFAULT_MAX_ROWS, QueryTimeout, run_query, update

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
MAX_BODY = 1_000_000  # bytes of query text accepted


@dataclass(frozen=True)
class ServerConfig:
    allow_updates: bool = False
    timeout: float = 10.0
    max_rows: int = DEFAULT_MAX_ROWS


_RESULT_TYPES = {
    "application/sparql-results+json": ("json", "application/sparql-results+json"),
    "application/json": ("json", "application/sparql-results+json"),
    "application/sparql-results+xml": ("xml", "application/sparql-results+xml"),
    "application/xml": ("xml", "application/sparql-results+xml"),
    "text/csv": ("csv", "text/csv"),
    "text/tab-separated-values": ("tsv", "text/tab-separated-values"),
}


def _negotiate(accept: str, fmt_param: str | None) -> tuple[str, str]:
    if fmt_param:
        short = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv", "tsv": "text/tab-separated-values"}.get(fmt_param.lower(), fmt_param)
        if short in _RESULT_TYPES:
            return _RESULT_TYPES[short]
    for part in (accept or "").split(","):
        mime = part.split(";")[0].strip().lower()
        if mime in _RESULT_TYPES:
            return _RESULT_TYPES[mime]
    return _RESULT_TYPES["application/sparql-results+json"]


def make_handler(store, config: ServerConfig, lock: threading.Lock):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-sparql/0.1"

        def log_message(self, format, *args):  # noqa: A002 - keep the library silent
            return

        def do_GET(self):
            url = urlsplit(self.path)
            if url.path not in ("/sparql", "/query", "/"):
                return self._send(404, "text/plain", "not found; the endpoint is /sparql\n")
            params = parse_qs(url.query)
            if "update" in params:
                return self._send(405, "text/plain", "updates must be sent with POST\n")
            if "query" not in params:
                return self._send(200, "text/plain",
                                  "SPARQL 1.1 endpoint: GET /sparql?query=... or POST /sparql\n")
            self._query(params["query"][0], params.get("format", [None])[0])

        def do_POST(self):
            url = urlsplit(self.path)
            if url.path not in ("/sparql", "/query", "/update", "/"):
                return self._send(404, "text/plain", "not found; the endpoint is /sparql\n")
            length = int(self.headers.get("Content-Length") or 0)
            if length > MAX_BODY:
                return self._send(413, "text/plain", f"request body over {MAX_BODY} bytes\n")
            body = self.rfile.read(length).decode("utf-8", "replace")
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            params = parse_qs(url.query)
            if ctype == "application/sparql-query":
                return self._query(body, params.get("format", [None])[0])
            if ctype == "application/sparql-update":
                return self._update(body)
            form = parse_qs(body)
            if "update" in form:
                return self._update(form["update"][0])
            if "query" in form:
                return self._query(form["query"][0], form.get("format", params.get("format", [None]))[0])
            return self._send(400, "text/plain", "missing 'query' (or 'update') parameter\n")

        def _query(self, text: str, fmt_param: str | None):
            try:
                result = run_query(store, text, timeout=config.timeout, max_rows=config.max_rows)
            except QueryTimeout as exc:
                return self._send(503, "text/plain", f"{exc}\n")
            except QueryError as exc:
                return self._send(400, "text/plain", f"{exc}\n")
            headers = {"X-KG-Truncated": "true"} if result.truncated else {}
            if result.kind == "graph":
                return self._send(200, "application/n-triples", result.to_ntriples(), headers)
            fmt, mime = _negotiate(self.headers.get("Accept", ""), fmt_param)
            self._send(200, mime, result.render(fmt), headers)

        def _update(self, text: str):
            if not config.allow_updates:
                return self._send(403, "text/plain",
                                  "this endpoint is read-only; start it with --allow-updates to accept updates\n")
            try:
                with lock:
                    update(store, text)
            except QueryError as exc:
                return self._send(400, "text/plain", f"{exc}\n")
            self._send(204, "text/plain", "")

        def _send(self, status: int, mime: str, text: str, headers: dict | None = None):
            data = text.encode("utf-8")
            self.send_response(status)
            self.send_header("Content-Type", f"{mime}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Access-Control-Allow-Origin", "*")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if data:
                self.wfile.write(data)

    return Handler


def make_server(store, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                config: ServerConfig | None = None) -> ThreadingHTTPServer:
    """Bind (``port=0`` picks a free port: read ``server.server_address``); call ``serve_forever()``."""
    config = config or ServerConfig()
    server = ThreadingHTTPServer((host, port), make_handler(store, config, threading.Lock()))
    server.daemon_threads = True
    return server
