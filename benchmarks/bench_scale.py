"""Scale benchmark: a full cached build of N generated documents (peak memory,
throughput), then a rebuild after adding --grow (default 1 %) more documents
(incremental time as a share of the full build).

    .venv/bin/python benchmarks/bench_scale.py -n 10000 --jobs 2 --workdir /tmp/kgscale

Writes the corpus under WORKDIR/corpus (reused when present: document i depends
only on (seed, i)), exports under WORKDIR/out (its .kgcache is the cache; pass
--fresh to start cold). As `kg build --cache` does, graph.json and graph.ttl are
written incrementally (.kgcache/exports; --full-exports writes them whole).
Prints one line per step and a JSON summary line.
Peak memory is ru_maxrss of this process (the main process holds the graph)
and, with --jobs > 1, of the largest worker process (a child inherits the figure of the process it
was forked from, so the layout child of graph.html or a later step's workers may show the main one's).
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024  # KiB on Linux


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--documents", type=int, default=1000)
    ap.add_argument("--grow", type=float, default=0.01, help="share of documents added for the rebuild")
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--engine", default=None, choices=["serial", "processes", "dask"])
    ap.add_argument("--no-lac", action="store_true", help="jieba instead of LAC (faster, lower quality)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--workdir", default="/tmp/kg-bench-scale")
    ap.add_argument("--formats", default="ttl,html", help="export formats, comma-separated (json is always written)")
    ap.add_argument("--no-export", action="store_true", help="build only (memory and time of the graph without exports)")
    ap.add_argument("--fresh", action="store_true", help="delete the previous output and cache first")
    ap.add_argument("--full-exports", action="store_true",
                    help="write every export whole (as `kg build` without --cache) instead of incrementally")
    a = ap.parse_args(argv)

    from kg.cache import CACHE_DIRNAME, EXPORTS_DIRNAME
    from kg.engine import build
    from kg.export import Ahead, _writers, write_format
    from kg.export.chunks import ChunkStore
    from kg.lexicons.gazetteer import Gazetteer
    from kg.synth import CorpusGenerator, corpus_path, write_corpus

    work = Path(a.workdir)
    corpus, out = work / "corpus", work / "out"
    if a.fresh and out.exists():
        shutil.rmtree(out)
    grown = a.documents + max(1, round(a.documents * a.grow))
    gen = CorpusGenerator.from_seed_files(sorted((ROOT / "seeds").glob("*.txt")), Gazetteer.default(), seed=a.seed)
    t0 = time.perf_counter()
    missing = [i for i in range(a.documents) if not corpus_path(corpus, i).exists()]
    for i in missing:
        write_corpus(gen, corpus, i + 1, i)
    # the grown tail must not be there for the full build
    for i in range(a.documents, grown):
        corpus_path(corpus, i).unlink(missing_ok=True)
    print(f"corpus: {a.documents} documents in {corpus} ({len(missing)} generated in {time.perf_counter() - t0:.1f}s)",
          flush=True)
    formats = [f for f in a.formats.split(",") if f]
    from kg.build import default_pipeline
    from kg.cache import pipeline_version

    # computed once: the code this process runs cannot change between the two builds
    version = pipeline_version(default_pipeline(), not a.no_lac)

    def cpu_children() -> float:
        ru = resource.getrusage(resource.RUSAGE_CHILDREN)
        return ru.ru_utime + ru.ru_stime

    def run(label: str):
        c_main, c_children = time.process_time(), cpu_children()
        t = time.perf_counter()
        kg, report, stats = build([str(corpus)], jobs=a.jobs, engine=a.engine, use_lac=not a.no_lac,
                                  cache_dir=out / CACHE_DIRNAME, cache_version=version)
        t_build = time.perf_counter() - t
        cpu_build = time.process_time() - c_main
        t = time.perf_counter()
        by_format = {}
        # as `kg build --cache` does: graph.json and graph.ttl keep a chunk store in .kgcache/exports
        store = None if a.full_exports else ChunkStore(out / CACHE_DIRNAME / EXPORTS_DIRNAME)
        if not a.no_export:
            # what write_all does (json first, then each format; graph.html's layout started in another
            # process first), one format at a time to see which costs
            writers = _writers()
            order = ["json", *(f for f in formats if f != "json")]
            with Ahead(kg, order) as ahead:
                for fmt in order:
                    t_fmt = time.perf_counter()
                    write_format(kg, out, fmt, writers=writers, chunks=store, ahead=ahead)
                    by_format[fmt] = round(time.perf_counter() - t_fmt, 2)
        t_export = time.perf_counter() - t
        total = t_build + t_export
        row = {
            "step": label, "documents": report.documents, "characters": report.characters,
            "extracted": stats.extracted, "cached": stats.cached, "workers": stats.workers,
            "entities": len(kg.entities), "relations": len(kg.relations),
            "extract_s": round(stats.extract_seconds, 2), "assemble_s": round(stats.assemble_seconds, 2),
            "export_s": round(t_export, 2), "export_s_by_format": by_format, "total_s": round(total, 2),
            # CPU seconds (less sensitive than wall seconds to other work on a shared machine): this
            # process while building and while exporting, and its finished child processes (workers,
            # the explorer's layout) over the whole step
            "cpu_build_s": round(cpu_build, 2), "cpu_export_s": round(time.process_time() - c_main - cpu_build, 2),
            "cpu_children_s": round(cpu_children() - c_children, 2),
            "load_avg_1min": round(os.getloadavg()[0], 2),
            "export_chunks": {name: {"copied_mb": round(st["copied_bytes"] / 1e6, 1),
                                     "rendered_mb": round(st["rendered_bytes"] / 1e6, 1)}
                              for name, st in (store.stats.items() if store is not None else ())},
            "chars_per_s_per_worker": round(report.characters / max(stats.extract_seconds, 1e-9) / stats.workers)
            if stats.extracted == report.documents else None,
            "peak_rss_main_mb": round(rss_mb()), "peak_rss_worker_mb": round(rss_mb(resource.RUSAGE_CHILDREN)),
            "stage_errors": len(report.errors),
        }
        print(json.dumps(row, ensure_ascii=False), flush=True)
        del kg
        return row

    full = run("full")
    for i in range(a.documents, grown):
        write_corpus(gen, corpus, i + 1, i)
    incr = run(f"grown +{grown - a.documents}")
    ratio = incr["total_s"] / full["total_s"] if full["total_s"] else float("nan")
    print(f"SUMMARY documents={a.documents} full_build_s={full['total_s']} "
          f"peak_rss_main_mb={full['peak_rss_main_mb']} peak_rss_worker_mb={full['peak_rss_worker_mb']} "
          f"rebuild_after_+{grown - a.documents}_docs_s={incr['total_s']} ratio={ratio:.3f} (target < 0.05)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
