"""CLI for large builds: the engine behind `kg build --jobs/--engine/--cache`, `kg push`, `kg oxstore`."""
from __future__ import annotations

import sys
from pathlib import Path

import click

from .errors import KGError


def _fail(exc: KGError) -> None:
    click.echo(f"kg: error: {exc}", err=True)
    sys.exit(exc.exit_code)


def scaled_build(sources, out_dir, ctx, jobs, engine, scheduler, cache, bar, quiet):
    """`kg build` through kg.engine; prints one line about workers and the cache."""
    from .cache import CACHE_DIRNAME
    from .engine import build

    kg, report, stats = build(
        sources, jobs=jobs, engine=engine, scheduler=scheduler, ctx=ctx,
        cache_dir=Path(out_dir) / CACHE_DIRNAME if cache else None,
        progress=lambda n, _name: bar.update(n), stdin=sys.stdin.buffer,
    )
    if not quiet:
        line = f"engine {stats.engine}, {stats.workers} worker(s): extracted {stats.extracted} document(s)"
        if cache:
            line += f", {stats.cached} from the cache ({stats.unread} unread), {stats.pruned} stale entr(ies) removed"
        click.echo(line, err=True)
    return kg, report


@click.command("push")
@click.argument("graph", type=click.Path(exists=True))
@click.argument("endpoint")
@click.option("--graph", "graph_iri", default=None, metavar="IRI",
              help="Named graph to write; default: the store's default graph (?default).")
@click.option("--append", is_flag=True, help="POST (add to the graph) instead of PUT (replace it).")
@click.option("--user", default=None, help="User for HTTP basic authentication (password from KG_PUSH_PASSWORD).")
@click.option("--timeout", default=300.0, show_default=True, type=float, help="Seconds to wait for the store.")
def push(graph: str, endpoint: str, graph_iri: str | None, append: bool, user: str | None, timeout: float) -> None:
    """Upload GRAPH (a .ttl/.nt/.nq/.trig file or a build folder) to a SPARQL 1.1
    Graph Store HTTP Protocol ENDPOINT, e.g. http://localhost:7878/store (Oxigraph),
    http://localhost:3030/ds/data (Fuseki).

    A bearer token can be given in KG_PUSH_TOKEN.
    """
    import os

    from .push import push as do_push

    try:
        res = do_push(graph, endpoint, graph_iri=graph_iri, replace=not append, user=user,
                      password=os.environ.get("KG_PUSH_PASSWORD"), token=os.environ.get("KG_PUSH_TOKEN"),
                      timeout=timeout)
    except KGError as exc:
        _fail(exc)
        return
    click.echo(f"{res.method} {res.bytes:,} bytes to {res.url}: HTTP {res.status}")


@click.command("oxstore")
@click.argument("graph", type=click.Path(exists=True))
@click.argument("store_dir", type=click.Path(file_okay=False))
@click.option("--append", is_flag=True, help="Add to the store instead of replacing its contents.")
def oxstore(graph: str, store_dir: str, append: bool) -> None:
    """Load GRAPH (a saved build folder or graph.json, or an RDF file) into a persistent
    Oxigraph store at STORE_DIR (one named graph per document, the merged graph as default).
    """
    from .oxstore import _FORMATS, load_file, open_store, write_store

    try:
        p = Path(graph)
        if p.suffix.lower() in _FORMATS:
            store = open_store(store_dir)
            if not append:
                store.clear()
            load_file(store, p)
            store.flush()
        else:
            from .store import load

            store = write_store(load(p), store_dir, replace=not append)
        n = len(store)
    except KGError as exc:
        _fail(exc)
        return
    click.echo(f"{store_dir}: {n:,} quads")
