"""The ``kg`` command: thin commands over library functions. The only place that prints.

Exit codes (every command):
  0  success (a build that skipped unreadable files still succeeds, unless --strict)
  1  unexpected internal error (a bug: please report it)
  2  bad command-line usage, or a file a command needs could not be read (build skips unreadable sources)
  3  the pipeline is mis-assembled
  4  with --strict: files were skipped or a stage failed on a document
  5  an export could not be written
  6  a query was malformed or failed
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from .errors import KGError
from .cli_interchange import export_cmd, format_option, stats_cmd

EXIT_CODES = __doc__.split("Exit codes (every command):", 1)[1]


@click.group(
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog="\b\nExit codes:" + EXIT_CODES,  # \b: keep the table as written
)
@click.version_option(package_name="cn-gov-kg", prog_name="kg")
def main() -> None:
    """Build knowledge graphs of Chinese governance documents.

    Reads speeches, implementation plans and news (.txt, .md, .html), extracts
    regions, people and posts, organisations, campaigns, projects, slogans,
    policy documents and events with the sentence each came from, and writes
    RDF/Turtle, an offline HTML explorer and interchange formats.
    """


def _fail(exc: KGError) -> None:
    click.echo(f"kg: error: {exc}", err=True)
    sys.exit(exc.exit_code)


@main.command()
@click.argument("sources", nargs=-1, required=True)
@click.option("-o", "--output", "out_dir", default="exports", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write graph.ttl, graph.html and other formats into.")
@click.option("--strict", is_flag=True, help="Exit 4 if any file was skipped or any stage failed.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary table.")
@click.option("--no-lac", is_flag=True, help="Use jieba instead of the LAC model (faster, less accurate).")
@click.option("--base-iri", default=None, metavar="IRI",
              help="Namespace for entity and document IRIs in RDF exports (default https://w3id.org/cn-gov-kg/).")
@format_option()
@click.option("--jobs", "-j", default=1, show_default=True, type=click.IntRange(min=1),
              help="Worker processes for extraction (results are identical for any number).")
@click.option("--engine", type=click.Choice(["serial", "processes", "dask"]), default=None,
              help="Where extraction runs; default: processes if --jobs > 1, dask if --scheduler is given.")
@click.option("--scheduler", default=None, metavar="ADDRESS",
              help="Dask scheduler (tcp://host:8786) for --engine dask; default: a local cluster of --jobs workers.")
@click.option("--cache/--no-cache", default=False, show_default=True,
              help="Keep per-document results in OUTPUT/.kgcache and extract only new or changed documents; "
                   "graph.json and graph.ttl are then also rewritten only where the graph changed.")
def build(sources: tuple[str, ...], out_dir: str, strict: bool, quiet: bool, no_lac: bool,
          base_iri: str | None, formats: tuple[str, ...], jobs: int = 1, engine: str | None = None,
          scheduler: str | None = None, cache: bool = False) -> None:
    """Build the graph from SOURCES (files, folders read recursively, or - for stdin).

    Writes OUTPUT/graph.ttl (RDF Turtle) and OUTPUT/graph.html (offline explorer).
    Unreadable files are skipped with a reason and listed in the summary.
    """
    from . import build as build_mod
    from .context import Context
    from .export import write_all
    from .io import discover

    try:
        if base_iri is not None:
            from .export.rdf import check_base_iri

            try:
                check_base_iri(base_iri)
            except KGError as exc:
                raise click.BadParameter(str(exc), param_hint="--base-iri") from exc
        found, _ = discover(sources)
        total = sum(_size(s.path) for s in found)
        ctx = Context(use_lac=not no_lac)
        show = not quiet and sys.stderr.isatty() or (not quiet and total > 2_000_000)
        with click.progressbar(length=max(total, 1), label="extracting", file=sys.stderr,
                               show_pos=False, show_eta=True) if show else _NullBar() as bar:
            if jobs > 1 or engine or scheduler or cache:
                from .cli_scale import scaled_build

                kg, report = scaled_build(sources, out_dir, ctx, jobs, engine, scheduler, cache, bar, quiet)
            else:
                kg, report = build_mod.build(sources, ctx=ctx, progress=lambda n, _name: bar.update(n),
                                             stdin=sys.stdin.buffer)
        t0 = time.perf_counter()
        chunks = None
        if cache:  # the exports too: what did not change since the last build is copied, not rendered
            from .cache import CACHE_DIRNAME, EXPORTS_DIRNAME

            chunks = Path(out_dir) / CACHE_DIRNAME / EXPORTS_DIRNAME
        written = write_all(kg, Path(out_dir), formats, base_iri=base_iri, chunks=chunks)
        export_seconds = time.perf_counter() - t0
    except KGError as exc:
        _fail(exc)
        return
    if not quiet:
        _summary(kg, report, written, export_seconds)
    if strict and (report.skipped or report.errors):
        sys.exit(4)


def _size(path: str) -> int:
    try:
        return Path(path).stat().st_size if path != "-" else 0
    except OSError:
        return 0


class _NullBar:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def update(self, n):
        pass


def _summary(kg, report, written, export_seconds) -> None:
    from collections import Counter

    from .types import EntityType

    echo = click.echo
    echo(f"documents read      {report.documents:>8}   ({report.characters:,} characters)")
    echo(f"documents skipped   {len(report.skipped):>8}")
    for s in report.skipped:
        echo(f"  - {s.path}: {s.reason}")
    if report.errors:
        echo(f"stage failures      {len(report.errors):>8}")
        for e in report.errors:
            echo(f"  - {e}")
    counts = Counter(e.type for e in kg.entities)
    echo("entities")
    for t in EntityType:
        echo(f"  {t.value:<18}{counts.get(t, 0):>8}")
    echo(f"  {'total':<18}{len(kg.entities):>8}")
    rc = Counter(r.predicate.value for r in kg.relations)
    echo("relations")
    for p, n in sorted(rc.items()):
        echo(f"  {p:<18}{n:>8}")
    echo(f"  {'total':<18}{len(kg.relations):>8}")
    echo(f"seconds             {report.seconds + export_seconds:>8.2f}   (extract {report.seconds:.2f}, export {export_seconds:.2f})")
    for p in written:
        echo(f"wrote {p}")


@main.command("extract")
@click.argument("files", nargs=-1, required=True)
@click.option("--lines", is_flag=True, help="Treat each line of each FILE as a separate document (offsets per line).")
@click.option("--no-lac", is_flag=True, help="Use jieba instead of the LAC model.")
def extract_cmd(files: tuple[str, ...], lines: bool, no_lac: bool) -> None:
    """Print mentions and relations as JSON lines, one object per document.

    Each line: {"doc", "mentions": [{"start", "end", "type", "text", "entity"}],
    "nested": [...same, for mentions inside a longer one (a region inside an organisation)],
    "relations": [{"head", "predicate", "tail", "start", "end"}]}. Offsets are
    character offsets into the original text (into the line with --lines). A text
    longer than 50,000 characters is read in parts named FILE#char=START,END;
    offsets are then into the part.
    """
    from .build import default_pipeline
    from .context import Context
    from .io import decode_bytes, make_document, read_documents
    from .extract.base import outermost
    from .resolve import entity_id, resolution_key
    from .types import Skipped

    ctx = Context(use_lac=not no_lac)
    pipeline = default_pipeline()
    out = sys.stdout

    def emit(doc, name):
        ann = pipeline.run(doc, ctx)
        top, inner = outermost(ann.mentions)

        def as_json(m):
            return {"start": m.start, "end": m.end, "type": m.type.value, "text": m.surface,
                    "entity": entity_id(m.type, resolution_key(m)[1], m.canonical)}

        row = {
            "doc": name,
            "mentions": [as_json(m) for m in top],
            "nested": [as_json(m) for m in inner],
            "relations": [
                {"head": r.head.canonical, "predicate": r.predicate.value, "tail": r.tail.canonical,
                 "start": r.evidence.start, "end": r.evidence.end}
                for r in ann.relations
            ],
        }
        if ann.errors:
            row["errors"] = list(ann.errors)
        out.write(json.dumps(row, ensure_ascii=False) + "\n")

    try:
        if lines:
            for f in files:
                raw = sys.stdin.buffer.read() if f == "-" else Path(f).read_bytes()
                data = decode_bytes(raw, "<stdin>" if f == "-" else f).text if raw.strip() else ""
                for i, line in enumerate(data.split("\n")[:-1] if data.endswith("\n") else data.split("\n")):
                    if not line.strip():
                        out.write(json.dumps({"doc": f"{f}:{i + 1}", "mentions": [], "relations": []}) + "\n")
                        continue
                    emit(make_document(line, path=f"{f}:{i + 1}"), f"{f}:{i + 1}")
        else:
            for item in read_documents(files, stdin=sys.stdin.buffer):
                if isinstance(item, Skipped):
                    click.echo(f"kg: skipped {item.path}: {item.reason}", err=True)
                    continue
                emit(item, item.path or "<stdin>")
    except OSError as exc:
        click.echo(f"kg: error: cannot read {exc.filename}: {exc.strerror}; check the path and permissions", err=True)
        sys.exit(2)
    except KGError as exc:
        _fail(exc)


# -- commands that live in their own modules (one line each; keep this block last) --
# (area modules define click commands; registering them here keeps `kg --help` complete)
main.add_command(export_cmd)
main.add_command(stats_cmd)
from .cli_linked import ontology_doc, query, serve, validate  # noqa: E402
for _cmd in (query, serve, validate, ontology_doc): main.add_command(_cmd)  # noqa: E701
from .cli_scale import oxstore, push  # noqa: E402
for _cmd in (push, oxstore): main.add_command(_cmd)  # noqa: E701


if __name__ == "__main__":  # pragma: no cover
    main()
