"""Parallel, Dask and incremental builds give the same graph as the serial build."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kg import build as build_mod
from kg.engine import build
from kg.errors import InputError
from kg.export.rdf import write_turtle
from kg.lexicons.gazetteer import Gazetteer
from kg.pipeline import Pipeline, stage
from kg.synth import CorpusGenerator, corpus_path, write_corpus

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def generator():
    return CorpusGenerator.from_seed_files(sorted(SEEDS.glob("*.txt")), Gazetteer.default(with_towns=False),
                                           seed=3, mean_chars=350)


@pytest.fixture()
def corpus(tmp_path, generator):
    write_corpus(generator, tmp_path / "corpus", 6)
    # the same text under another name is read once
    shutil.copy(corpus_path(tmp_path / "corpus", 0), tmp_path / "corpus" / "zz_copy.txt")
    return tmp_path / "corpus"


def _ttl(kg, path: Path) -> bytes:
    write_turtle(kg, path)
    return path.read_bytes()


def test_serial_one_worker_two_workers_and_dask_give_identical_exports(corpus, tmp_path, ctx):
    ref, ref_report = build_mod.build([str(corpus)], ctx=ctx)
    ref_ttl = _ttl(ref, tmp_path / "ref.ttl")
    assert ref.entities and ref.relations and ref_report.documents == 6
    runs = {
        "serial": dict(ctx=ctx),
        "processes-1": dict(engine="processes", jobs=1),
        "processes-2": dict(jobs=2),
        "dask-1": dict(engine="dask", jobs=1),  # a local cluster made by the engine
    }
    from distributed import LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        kg, report, stats = build([str(corpus)], scheduler=cluster.scheduler_address)
        assert stats.engine == "dask" and stats.workers == 2 and kg == ref
        assert _ttl(kg, tmp_path / "dask-scheduler.ttl") == ref_ttl
    for name, kw in runs.items():
        kg, report, stats = build([str(corpus)], **kw)
        assert stats.engine == name.split("-")[0]
        assert stats.extracted == 6
        assert report.documents == ref_report.documents and report.skipped == ref_report.skipped
        assert kg == ref, name
        assert _ttl(kg, tmp_path / f"{name}.ttl") == ref_ttl, name


def test_incremental_rebuild_extracts_only_new_and_changed_documents(corpus, tmp_path, generator, ctx):
    cache = tmp_path / "out" / ".kgcache"
    kg1, _, s1 = build([str(corpus)], ctx=ctx, cache_dir=cache)
    assert (s1.extracted, s1.cached) == (6, 0)

    again, _, s2 = build([str(corpus)], ctx=ctx, cache_dir=cache)
    assert (s2.extracted, s2.cached) == (0, 6) and again == kg1

    write_corpus(generator, corpus, 7, start=6)  # one more document
    grown, _, s3 = build([str(corpus)], ctx=ctx, cache_dir=cache)
    assert (s3.extracted, s3.cached) == (1, 6)
    assert grown == build_mod.build([str(corpus)], ctx=ctx)[0]

    changed = corpus_path(corpus, 2)
    changed.write_text(changed.read_text(encoding="utf-8") + "\n青山市召开全市工作会议。\n", encoding="utf-8")
    _, _, s4 = build([str(corpus)], ctx=ctx, cache_dir=cache)
    assert (s4.extracted, s4.cached) == (1, 6)


def test_removing_a_document_removes_its_facts_and_orphan_entities(corpus, tmp_path, ctx):
    cache = tmp_path / "out" / ".kgcache"
    full, _, _ = build([str(corpus)], ctx=ctx, cache_dir=cache)
    gone = corpus_path(corpus, 4)
    gone_id = next(d.id for d in full.documents if d.path == str(gone))
    gone.unlink()
    smaller, report, stats = build([str(corpus)], ctx=ctx, cache_dir=cache)
    assert stats.extracted == 0 and stats.pruned == 1 and report.documents == 5
    assert gone_id not in {d.id for d in smaller.documents}
    assert all(m.doc_id != gone_id for e in smaller.entities for m in e.mentions)
    assert all(ev.doc_id != gone_id for r in smaller.relations for ev in r.evidence)
    fresh, _ = build_mod.build([str(corpus)], ctx=ctx)
    assert smaller == fresh
    assert _ttl(smaller, tmp_path / "a.ttl") == _ttl(fresh, tmp_path / "b.ttl")


def _age(folder: Path) -> None:
    """Make every file look a minute old, so the cache's file index trusts its size and mtime."""
    for p in folder.rglob("*.txt"):
        st = p.stat()
        os.utime(p, ns=(st.st_atime_ns - 60 * 10**9, st.st_mtime_ns - 60 * 10**9))


def test_new_documents_read_before_cached_ones_still_merge_in_input_order(corpus, tmp_path, generator, ctx):
    cache = tmp_path / "out" / ".kgcache"
    _age(corpus)
    build([str(corpus)], ctx=ctx, cache_dir=cache)
    # new sources before, between and after the cached ones; one repeats a cached text under an earlier name
    write_corpus(generator, tmp_path / "extra", 8, start=6)
    shutil.move(corpus_path(tmp_path / "extra", 6), corpus / "000_first.txt")
    shutil.move(corpus_path(tmp_path / "extra", 7), corpus / "zzzz_last.txt")
    shutil.copy(corpus_path(corpus, 3), corpus / "0000" / "doc_0000001b.txt")
    grown, report, stats = build([str(corpus)], ctx=ctx, cache_dir=cache, jobs=2)
    assert (stats.extracted, stats.unread) == (2, 6)
    fresh, fresh_report = build_mod.build([str(corpus)], ctx=ctx)
    assert [d.path for d in grown.documents] == [d.path for d in fresh.documents]
    assert report.skipped == fresh_report.skipped and len(report.skipped) == 2
    assert grown == fresh
    assert _ttl(grown, tmp_path / "a.ttl") == _ttl(fresh, tmp_path / "b.ttl")


def test_a_known_unchanged_file_whose_cache_entry_is_gone_is_extracted_again(corpus, tmp_path, ctx):
    cache = tmp_path / "out" / ".kgcache"
    _age(corpus)
    first, _, _ = build([str(corpus)], ctx=ctx, cache_dir=cache)
    lost = next(d.id for d in first.documents if d.path == str(corpus_path(corpus, 2)))
    entry = next(cache.rglob(f"{lost}.pkl"))
    entry.unlink()  # the file index still knows the file unchanged
    again, report, stats = build([str(corpus)], ctx=ctx, cache_dir=cache)
    assert stats.extracted == 1 and stats.unread == 5
    assert again == first and report.documents == 6
    assert entry.exists()  # written again


def test_the_collector_is_paused_while_building_and_restored_after(corpus, tmp_path, ctx):
    import gc

    seen = []
    build([str(corpus)], ctx=ctx, cache_dir=tmp_path / "c", progress=lambda n, name: seen.append(gc.isenabled()))
    assert seen and not any(seen) and gc.isenabled()


@stage("test_explodes", provides={"boom"})
def _explodes(ann, ctx):
    raise RuntimeError("boom")


def _failing_pipeline() -> Pipeline:
    return Pipeline([_explodes])


def test_stage_failures_are_reported_and_not_cached(corpus, tmp_path, ctx):
    cache = tmp_path / ".kgcache"
    _, report, stats = build([str(corpus)], ctx=ctx, pipeline_factory=_failing_pipeline, cache_dir=cache)
    assert len(report.errors) == 6 and "test_explodes" in report.errors[0] and "boom" in report.errors[0]
    _, _, again = build([str(corpus)], ctx=ctx, pipeline_factory=_failing_pipeline, cache_dir=cache)
    assert again.extracted == 6  # retried, not served from the cache


def test_bad_options_are_input_errors(corpus):
    with pytest.raises(InputError, match="unknown engine"):
        build([str(corpus)], engine="spark")
    with pytest.raises(InputError, match="--scheduler only applies"):
        build([str(corpus)], engine="processes", scheduler="tcp://127.0.0.1:1")
    with pytest.raises(InputError, match="at least 1"):
        build([str(corpus)], jobs=0)


def test_cli_build_with_cache_and_jobs(corpus, tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    out = tmp_path / "out"
    r1 = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--cache", "--jobs", "2"])
    assert r1.exit_code == 0, r1.output
    first = (out / "graph.ttl").read_bytes()
    assert (out / ".kgcache").is_dir()
    r2 = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--cache"])
    assert r2.exit_code == 0, r2.output
    assert "extracted 0 document(s), 6 from the cache" in r2.output
    assert (out / "graph.ttl").read_bytes() == first


def test_long_text_is_extracted_in_parts_by_the_engine(tmp_path):
    from kg.engine import build as engine_build
    from kg.io import MAX_DOC_CHARS

    line = "大同市召开会议。" * (MAX_DOC_CHARS // 8 + 100)
    src = tmp_path / "long.txt"
    src.write_text(line, encoding="utf-8")
    graph, report, _ = engine_build([str(src)], cache_dir=tmp_path / "cache", use_lac=False)
    assert report.documents >= 2
    assert all("#char=" in d.path for d in graph.documents)
