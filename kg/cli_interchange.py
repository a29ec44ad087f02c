"""``kg export`` and ``kg stats``: commands over a saved build (no extraction), and ``--format``."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .errors import KGError

FORMAT_HELP = ("Format to write; repeat or give a comma list (e.g. graphml,gexf,csv). "
               "Formats: ttl, nt, trig, nq, jsonld, html, json, graphml, gexf, cytoscape, neo4j, csv. "
               "graph.json (the saved build) is always written.")


def parse_formats(values: tuple[str, ...] | list[str] | None) -> tuple[str, ...]:
    """``("graphml,gexf", "csv")`` -> ``("graphml", "gexf", "csv")`` (order kept, duplicates dropped)."""
    out: list[str] = []
    for v in values or ():
        for f in v.split(","):
            f = f.strip().lower()
            if f and f not in out:
                out.append(f)
    return tuple(out)


def _formats_callback(ctx: click.Context, param: click.Parameter, value) -> tuple[str, ...]:
    from .export import DEFAULT_FORMATS, available_formats

    formats = parse_formats(value)
    if not formats:
        return DEFAULT_FORMATS
    known = available_formats()
    unknown = [f for f in formats if f not in known]
    if unknown:
        raise click.BadParameter(f"unknown format(s) {', '.join(unknown)}; choose from {', '.join(known)}")
    return formats


def format_option(help: str = FORMAT_HELP):
    """The ``--format/-f`` option (repeatable, comma lists); yields a tuple, DEFAULT_FORMATS when absent."""
    return click.option("--format", "-f", "formats", multiple=True, metavar="FORMAT[,FORMAT…]",
                        callback=_formats_callback, help=help)


def _fail(exc: KGError) -> None:
    click.echo(f"kg: error: {exc}", err=True)
    sys.exit(exc.exit_code)


@click.command("export")
@click.argument("build_path", metavar="BUILD", type=click.Path())
@format_option()
@click.option("-o", "--output", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Folder to write into (default: the BUILD folder).")
@click.option("--base-iri", default=None, metavar="IRI", help="Namespace for entity and document IRIs (RDF formats).")
def export_cmd(build_path: str, formats: tuple[str, ...], out_dir: str | None, base_iri: str | None) -> None:
    """Convert a saved build to other formats without extracting again.

    BUILD is a folder written by `kg build` or its graph.json.
    """
    from .export import write_all
    from .store import load, resolve_path

    try:
        graph = load(build_path)
        target = Path(out_dir) if out_dir else resolve_path(build_path).parent
        written = write_all(graph, target, formats, base_iri=base_iri)
    except KGError as exc:
        _fail(exc)
        return
    for p in written:
        click.echo(f"wrote {p}")


@click.command("stats")
@click.argument("build_path", metavar="BUILD", type=click.Path())
@click.option("--top", default=10, show_default=True, type=click.IntRange(1), help="Entities in the degree ranking.")
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1), help="Rows per ranked list.")
@click.option("--json", "as_json", is_flag=True, help="Print the statistics as one JSON object.")
def stats_cmd(build_path: str, top: int, limit: int, as_json: bool) -> None:
    """Counts of a saved build: entities per type, relations per predicate, the most
    connected entities, documents per campaign and per province."""
    from .stats import compute, format_stats
    from .store import load

    try:
        s = compute(load(build_path), top=top)
    except KGError as exc:
        _fail(exc)
        return
    if as_json:
        click.echo(json.dumps(s.to_dict(), ensure_ascii=False, indent=1))
    else:
        click.echo(format_stats(s, limit=limit), nl=False)
