"""Throughput of extraction, stage by stage, beside bare jieba.lcut on the same text.

    .venv/bin/python benchmarks/bench_pipeline.py               # 100 generated documents
    .venv/bin/python benchmarks/bench_pipeline.py -n 300 --seed 2
    .venv/bin/python benchmarks/bench_pipeline.py --corpus seeds  # your own files
    .venv/bin/python benchmarks/bench_pipeline.py --no-lac        # jieba analyser instead of LAC

Prints, all measured in this one run on one core:
  * reading + normalising, bare ``jieba.lcut`` and every stage of
    ``kg.build.default_pipeline()`` in characters per second (warm: models
    loaded first, then timed), with each stage's share and its ratio to jieba;
  * end to end: documents in → graph → every export format out (cold: a
    fresh Context, so model loading is included), chars/s per core;
  * the time of each export format;
  * peak memory (ru_maxrss) and, with --tracemalloc, the Python-heap peak of
    the end-to-end build.
Add --json for one machine-readable line at the end.
"""
from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", "--documents", type=int, default=100, help="generated documents (ignored with --corpus)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--corpus", default=None, help="files/folder to read instead of a generated corpus")
    ap.add_argument("--no-lac", action="store_true")
    ap.add_argument("--tracemalloc", action="store_true", help="also trace the Python heap of the end-to-end run")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)

    import jieba

    from kg.build import build, default_pipeline
    from kg.context import Context
    from kg.export import available_formats, write_all
    from kg.io import read_documents
    from kg.pipeline import Pipeline, Stage
    from kg.types import Document

    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    if a.corpus:
        sources = [a.corpus]
    else:
        from kg.lexicons.gazetteer import Gazetteer
        from kg.synth import CorpusGenerator, write_corpus

        gen = CorpusGenerator.from_seed_files(sorted((ROOT / "seeds").glob("*.txt")), Gazetteer.default(), seed=a.seed)
        write_corpus(gen, tmp / "corpus", a.documents)
        sources = [str(tmp / "corpus")]

    t = time.perf_counter()
    docs = [d for d in read_documents(sources) if isinstance(d, Document)]
    t_read = time.perf_counter() - t
    chars = sum(len(d.raw) for d in docs)
    if not docs:
        print("no documents read", file=sys.stderr)
        return 2

    # bare jieba.lcut on the same (normalised) text
    import logging

    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    t = time.perf_counter()
    for d in docs:
        jieba.lcut(d.text)
    t_jieba = time.perf_counter() - t

    # per stage, warm
    ctx = Context(use_lac=not a.no_lac)
    base = default_pipeline()
    spent = {st.name: 0.0 for st in base.stages}

    def timed(st: Stage) -> Stage:
        def run(ann, c):
            t0 = time.perf_counter()
            out = list(st.func(ann, c))
            spent[st.name] += time.perf_counter() - t0
            return out

        return Stage(st.name, run, st.requires, st.provides, st.replaces_mentions)

    pipe = Pipeline([timed(st) for st in base.stages])
    t = time.perf_counter()
    pipe.run(docs[0], ctx)  # loads models and lexicons
    t_warm = time.perf_counter() - t
    for k in spent:
        spent[k] = 0.0
    t = time.perf_counter()
    n_mentions = n_rel = n_err = 0
    for d in docs:
        ann = pipe.run(d, ctx)
        n_mentions += len(ann.mentions)
        n_rel += len(ann.relations)
        n_err += len(ann.errors)
    t_pipe = time.perf_counter() - t
    overhead = t_pipe - sum(spent.values())

    def rate(sec: float) -> float:
        return chars / sec if sec > 0 else float("inf")

    jieba_rate = rate(t_jieba)
    print(f"corpus: {len(docs)} documents, {chars:,} characters; analyser: {'jieba' if a.no_lac else 'LAC'}")
    print(f"{'step':<22}{'seconds':>9}{'chars/s':>12}{'share':>8}{'x jieba':>9}")

    def line(name, sec, share=None):
        r = rate(sec)
        print(f"{name:<22}{sec:>9.2f}{r:>12,.0f}{'' if share is None else f'{share:>7.0%}':>8}{r / jieba_rate:>9.3f}")

    line("read+normalise", t_read)
    line("jieba.lcut (bare)", t_jieba)
    for name, sec in spent.items():
        line(f"  stage {name}", sec, sec / t_pipe)
    line("  validation/merge", overhead, overhead / t_pipe)
    line("pipeline (warm)", t_pipe, 1.0)
    print(f"model/lexicon loading (first document): {t_warm:.2f}s; mentions {n_mentions}, "
          f"relation mentions {n_rel}, stage errors {n_err}")

    # end to end, cold, every export
    t = time.perf_counter()
    kg, report = build(sources, ctx=Context(use_lac=not a.no_lac))
    t_build = time.perf_counter() - t
    heap_peak = None
    if a.tracemalloc:  # a second, untimed build: tracing slows Python code several times over
        import tracemalloc

        tracemalloc.start()
        build(sources, ctx=ctx)
        heap_peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    formats = available_formats()
    export_times = {}
    out = tmp / "out"
    for fmt in formats:
        t = time.perf_counter()
        paths = write_all(kg, out, [fmt])
        export_times[fmt] = time.perf_counter() - t
    t = time.perf_counter()
    write_all(kg, out, formats)
    t_export_all = time.perf_counter() - t
    e2e = t_build + t_export_all
    print(f"end to end (cold, {len(formats)} formats: {', '.join(formats)}): {e2e:.2f}s = build {t_build:.2f}s "
          f"+ exports {t_export_all:.2f}s -> {rate(e2e):,.0f} chars/s per core = {rate(e2e) / jieba_rate:.3f}x jieba.lcut "
          f"(target >= 100,000 and >= 0.3x)")
    print(f"graph: {len(kg.entities)} entities, {len(kg.relations)} relations")
    print("exports (each alone, json included):")
    for fmt, sec in export_times.items():
        print(f"  {fmt:<10}{sec:>8.2f}s  {(len(kg.entities) + len(kg.relations)) / sec:>12,.0f} entities+relations/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (ru_maxrss): {peak:,.0f} MB" + (f"; Python heap peak of the build: {heap_peak / 2**20:,.0f} MB"
                                                       if heap_peak is not None else ""))
    if a.json:
        print(json.dumps({
            "documents": len(docs), "characters": chars, "analyser": "jieba" if a.no_lac else "lac",
            "read_cps": rate(t_read), "jieba_lcut_cps": jieba_rate,
            "stages_cps": {k: rate(v) for k, v in spent.items()}, "pipeline_cps": rate(t_pipe),
            "e2e_cps_per_core": rate(e2e), "e2e_vs_jieba": rate(e2e) / jieba_rate,
            "export_seconds": export_times, "peak_rss_mb": peak,
            "heap_peak_mb": heap_peak / 2**20 if heap_peak is not None else None,
        }))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
