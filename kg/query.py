"""SPARQL over an exported graph, backed by pyoxigraph.

``load_store(path)`` reads any export (Turtle, N-Triples, TriG, N-Quads,
JSON-LD); ``run_query(store, text)`` evaluates a query with a timeout and a
row cap and returns a ``QueryResult`` that renders as a table, CSV or SPARQL
JSON/XML results. Malformed queries raise ``kg.errors.QueryError`` with the
parser's message. Nothing here prints.
"""
from __future__ import annotations

import csv
import io
import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from .errors import InputError, QueryError
from .export.rdf import PREFIXES, to_store
from .types import KnowledgeGraph

DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_ROWS = 100_000


class QueryTimeout(QueryError):
    """The query ran longer than its time limit."""


def _ox_format(path: Path):
    import pyoxigraph as ox

    return {
        ".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".trig": ox.RdfFormat.TRIG,
        ".nq": ox.RdfFormat.N_QUADS, ".rdf": ox.RdfFormat.RDF_XML,
    }.get(path.suffix.lower())


def load_store(path: str | Path):
    """Load an exported graph file into an in-memory ``pyoxigraph.Store``.

    The default graph holds the merged graph; TriG/N-Quads keep their per-document
    named graphs for ``GRAPH ?doc { ... }``.
    """
    import pyoxigraph as ox

    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such graph file; build one with `kg build SOURCES -o DIR`")
    store = ox.Store()
    if path.suffix.lower() in (".jsonld", ".json"):
        from .validate import load_graph  # rdflib resolves the relative context file

        g = load_graph(path)
        data = g.serialize(format="nt", encoding="utf-8")
        store.load(data, ox.RdfFormat.N_TRIPLES)
        return store
    fmt = _ox_format(path)
    if fmt is None:
        raise InputError(f"{path}: unknown RDF format {path.suffix!r}; use .ttl, .nt, .trig, .nq or .jsonld")
    try:
        store.bulk_load(path=str(path), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise InputError(f"{path}: cannot read it as {path.suffix[1:]}: {exc}") from exc
    if path.suffix.lower() in (".trig", ".nq"):
        merge_named_graphs(store)
    return store


def merge_named_graphs(store) -> None:
    """Copy every named-graph quad into the default graph (a set: no duplicate rows in queries)."""
    import pyoxigraph as ox

    default = ox.DefaultGraph()
    store.bulk_extend([ox.Quad(q.subject, q.predicate, q.object, default)
                       for q in store.quads_for_pattern(None, None, None, None) if q.graph_name != default])


def store_of(kg: KnowledgeGraph, base_iri: str | None = None):
    """An in-memory store of a KnowledgeGraph (for tests and the Python API)."""
    return to_store(kg, base_iri) if base_iri else to_store(kg)


def read_query(text: str | None = None, file: str | Path | None = None) -> str:
    if (text is None) == (file is None):
        raise QueryError("give either a query text or --file q.rq (not both, not neither)")
    if file is not None:
        try:
            return Path(file).read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"cannot read query file {file}: {exc.strerror or exc}") from exc
    return text


@dataclass
class QueryResult:
    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple] = field(default_factory=list)  # pyoxigraph terms or None
    boolean: bool | None = None
    triples: list = field(default_factory=list)
    truncated: bool = False

    # -- plain values ---------------------------------------------------------------------------
    def values(self) -> list[tuple]:
        """Rows as tuples of plain strings (IRIs, literal lexical forms) or None."""
        return [tuple(_plain(t) for t in row) for row in self.rows]

    def column(self, name: str) -> list:
        i = self.variables.index(name)
        return [_plain(row[i]) for row in self.rows]

    # -- renderings -----------------------------------------------------------------------------
    def to_table(self, max_width: int = 60) -> str:
        if self.kind == "ask":
            return "true" if self.boolean else "false"
        if self.kind == "graph":
            return "\n".join(str(t) + " ." for t in self.triples)
        header = self.variables
        body = [[_compact(_plain(v)) if v is not None else "" for v in row] for row in self.rows]
        body = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in body]
        widths = [max([_width(h)] + [_width(r[i]) for r in body]) for i, h in enumerate(header)]
        lines = [" | ".join(_pad(h, w) for h, w in zip(header, widths)),
                 "-+-".join("-" * w for w in widths)]
        lines += [" | ".join(_pad(c, w) for c, w in zip(r, widths)) for r in body]
        lines.append(f"({len(body)} row{'s' if len(body) != 1 else ''}{', truncated' if self.truncated else ''})")
        return "\n".join(lines)

    def to_csv(self) -> str:
        if self.kind == "ask":
            return "true\n" if self.boolean else "false\n"
        if self.kind == "graph":
            return self.to_ntriples()
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(self.variables)
        for row in self.rows:
            w.writerow(["" if v is None else _plain(v) for v in row])
        return buf.getvalue()

    def to_tsv(self) -> str:
        lines = ["\t".join("?" + v for v in self.variables)]
        lines += ["\t".join("" if v is None else str(v) for v in row) for row in self.rows]
        return "\n".join(lines) + "\n"

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON (N-Triples for CONSTRUCT/DESCRIBE)."""
        if self.kind == "ask":
            return json.dumps({"head": {}, "boolean": bool(self.boolean)})
        if self.kind == "graph":
            return self.to_ntriples()
        bindings = [
            {var: _json_term(v) for var, v in zip(self.variables, row) if v is not None} for row in self.rows
        ]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False)

    def to_xml(self) -> str:
        out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "<head>"]
        out += [f"<variable name={quoteattr(v)}/>" for v in self.variables]
        out.append("</head>")
        if self.kind == "ask":
            out.append(f"<boolean>{'true' if self.boolean else 'false'}</boolean>")
        else:
            out.append("<results>")
            for row in self.rows:
                out.append("<result>")
                for var, v in zip(self.variables, row):
                    if v is not None:
                        out.append(f"<binding name={quoteattr(var)}>{_xml_term(v)}</binding>")
                out.append("</result>")
            out.append("</results>")
        out.append("</sparql>")
        return "\n".join(out) + "\n"

    def to_ntriples(self) -> str:
        return "".join(f"{t} .\n" for t in self.triples)

    def render(self, fmt: str) -> str:
        try:
            return {"table": self.to_table, "csv": self.to_csv, "json": self.to_json, "tsv": self.to_tsv,
                    "xml": self.to_xml}[fmt]()
        except KeyError:
            raise QueryError(f"unknown output format {fmt!r}; choose table, csv, tsv, json or xml") from None


def run_query(store, query: str, timeout: float | None = DEFAULT_TIMEOUT,
              max_rows: int | None = DEFAULT_MAX_ROWS) -> QueryResult:
    """Evaluate a SPARQL query (``PREFIXES`` predeclared) against the store's default graph.

    Raises ``QueryError`` for syntax/evaluation errors and ``QueryTimeout``
    when ``timeout`` seconds pass (rows are then not returned). At most
    ``max_rows`` rows/triples are kept; ``truncated`` says if more existed.
    """
    cancel = threading.Event()
    box: dict = {}

    def work():
        try:
            box["result"] = _evaluate(store, query, max_rows, cancel)
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    if timeout is None:
        work()
    else:
        worker = threading.Thread(target=work, name="kg-query", daemon=True)
        worker.start()
        worker.join(timeout)
        if worker.is_alive():
            cancel.set()
            raise QueryTimeout(f"query ran longer than {timeout:g} s and was abandoned; "
                               "add a LIMIT, narrow the patterns, or raise the timeout")
    if "error" in box:
        exc = box["error"]
        if isinstance(exc, QueryError):
            raise exc
        if isinstance(exc, SyntaxError):
            raise QueryError(f"SPARQL syntax error: {_short_error(exc)}. Fix the query (the prefixes "
                             f"{', '.join(p + ':' for p in PREFIXES)} are predeclared)") from exc
        if isinstance(exc, (OSError, ValueError, TypeError, RuntimeError)):
            raise QueryError(f"query failed: {exc}") from exc
        raise exc
    return box["result"]


def _evaluate(store, query: str, max_rows: int | None, cancel: threading.Event) -> QueryResult:
    import pyoxigraph as ox

    res = store.query(query, prefixes=PREFIXES)
    if isinstance(res, ox.QueryBoolean) or isinstance(res, bool):
        return QueryResult("ask", boolean=bool(res))
    if isinstance(res, ox.QuerySolutions):
        variables = [v.value for v in res.variables]
        rows, truncated = [], False
        for sol in res:
            if cancel.is_set():
                raise QueryTimeout("query abandoned after its time limit")
            if max_rows is not None and len(rows) >= max_rows:
                truncated = True
                break
            rows.append(tuple(sol[i] for i in range(len(variables))))
        return QueryResult("select", variables, rows, truncated=truncated)
    triples, truncated = [], False
    for t in res:
        if cancel.is_set():
            raise QueryTimeout("query abandoned after its time limit")
        if max_rows is not None and len(triples) >= max_rows:
            truncated = True
            break
        triples.append(t)
    return QueryResult("graph", triples=triples, truncated=truncated)


def update(store, text: str) -> None:
    """Run a SPARQL Update (the server only allows this with --allow-updates)."""
    try:
        store.update(text, prefixes=PREFIXES)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL update syntax error: {exc}") from exc
    except (OSError, ValueError) as exc:
        raise QueryError(f"update failed: {exc}") from exc


def _short_error(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text if len(text) <= 160 else text[:157] + "..."


# -- term helpers ----------------------------------------------------------------------------------

def _plain(t) -> str | None:
    if t is None:
        return None
    return t.value if hasattr(t, "value") else str(t)


def _compact(value: str) -> str:
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns) and len(value) > len(ns) and all(c not in value[len(ns):] for c in "/#%"):
            return f"{prefix}:{value[len(ns):]}"
    return value


def _json_term(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        d = {"type": "literal", "value": t.value}
        if t.language:
            d["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            d["datatype"] = t.datatype.value
        return d
    return {"type": "triple", "value": str(t)}


def _xml_term(t) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if t.language:
        return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
    if t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
    return f"<literal>{escape(t.value)}</literal>"


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _pad(s: str, w: int) -> str:
    return s + " " * (w - _width(s))
