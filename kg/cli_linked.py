"""Linked-data commands: ``kg query``, ``kg serve``, ``kg validate``, ``kg ontology-doc``.

Registered on the ``kg`` group in ``kg/cli.py``. These are the only places
in the linked-data code that print.
"""
from __future__ import annotations

import sys

import click

from .errors import KGError


def _fail(exc: KGError) -> None:
    click.echo(f"kg: error: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.command("query")
@click.argument("graph", type=click.Path(dir_okay=False))
@click.argument("sparql", required=False)
@click.option("--file", "-f", "query_file", type=click.Path(dir_okay=False), help="Read the query from a .rq file.")
@click.option("--format", "-F", "fmt", type=click.Choice(["table", "csv", "tsv", "json", "xml"]), default="table",
              show_default=True, help="Output format (json = SPARQL 1.1 results JSON).")
@click.option("--timeout", type=float, default=30.0, show_default=True, help="Give up after this many seconds.")
@click.option("--max-rows", type=int, default=100_000, show_default=True, help="Keep at most this many rows.")
def query(graph: str, sparql: str | None, query_file: str | None, fmt: str, timeout: float, max_rows: int) -> None:
    """Run a SPARQL query on GRAPH (an export: .ttl, .nt, .trig, .nq, .jsonld).

    Give the query inline (kg query exports/graph.ttl 'SELECT ...') or with
    --file queries/regions_running_campaign.rq. The prefixes kg:, skos:,
    prov:, rdfs:, org:, nif:, schema:, dcterms:, time: ... are predeclared.
    Exit 6 on a malformed query.
    """
    from .query import load_store, read_query, run_query

    try:
        text = read_query(sparql, query_file)
        store = load_store(graph)
        result = run_query(store, text, timeout=timeout, max_rows=max_rows)
        out = result.render(fmt)
    except KGError as exc:
        _fail(exc)
        return
    click.echo(out, nl=not out.endswith("\n"))
    if result.truncated:
        click.echo(f"kg: only the first {max_rows} rows are shown (--max-rows)", err=True)


@click.command("serve")
@click.argument("graph", type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", type=int, default=7878, show_default=True, help="Port (0 picks a free one).")
@click.option("--allow-updates", is_flag=True, help="Accept SPARQL Update (in memory only; the file is not changed).")
@click.option("--timeout", type=float, default=10.0, show_default=True, help="Per-query time limit in seconds.")
@click.option("--max-rows", type=int, default=10_000, show_default=True, help="Result-size cap per query.")
def serve(graph: str, host: str, port: int, allow_updates: bool, timeout: float, max_rows: int) -> None:
    """Serve GRAPH as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql (read-only by default)."""
    from .query import load_store
    from .serve import ServerConfig, make_server

    try:
        store = load_store(graph)
    except KGError as exc:
        _fail(exc)
        return
    try:
        server = make_server(store, host, port, ServerConfig(allow_updates, timeout, max_rows))
    except OSError as exc:
        click.echo(f"kg: error: cannot listen on {host}:{port}: {exc.strerror or exc}; pick another --port", err=True)
        sys.exit(2)
    h, p = server.server_address[:2]
    mode = "read-write (in memory)" if allow_updates else "read-only"
    click.echo(f"SPARQL endpoint http://{h}:{p}/sparql ({mode}, {len(store)} quads); Ctrl-C to stop", err=True)
    sys.stderr.flush()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@click.command("validate")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--shapes", type=click.Path(dir_okay=False), default=None, help="SHACL shapes (default ontology/shapes.ttl).")
@click.option("--max-shown", type=int, default=50, show_default=True, help="List at most this many violations.")
def validate(file: str, shapes: str | None, max_shown: int) -> None:
    """Check an RDF export against the SHACL shapes; exit 1 if it does not conform."""
    from .validate import SHAPES_PATH, validate_file

    try:
        report = validate_file(file, shapes or SHAPES_PATH)
    except KGError as exc:
        _fail(exc)
        return
    if report.conforms:
        click.echo(f"{file}: {report.summary()}")
        return
    click.echo(f"{file}: {report.summary()}", err=True)
    for v in report.violations[:max_shown]:
        click.echo(f"  {v}", err=True)
    if len(report.violations) > max_shown:
        click.echo(f"  ... and {len(report.violations) - max_shown} more", err=True)
    sys.exit(1)


@click.command("ontology-doc")
@click.option("-o", "--output", default="docs/ontology.md", show_default=True, type=click.Path(dir_okay=False),
              help="Markdown file to write.")
def ontology_doc(output: str) -> None:
    """Render ontology/kg.ttl as a readable Markdown page."""
    from .export.rdf_ontology_doc import write_ontology_doc

    try:
        path = write_ontology_doc(output)
    except KGError as exc:
        _fail(exc)
        return
    click.echo(f"wrote {path}")
