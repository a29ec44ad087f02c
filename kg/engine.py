"""Large builds: streaming, incremental (cached) and parallel extraction.

The same steps as ``kg.build.build`` (read → per-document pipeline →
``assemble``), with three additions:

* **streaming**: the main process reads documents in order and keeps only
  their mentions, relations and ``DocumentInfo``; at most a small window of
  documents is in flight at any time, so memory grows with the graph, not
  with the corpus;
* **incremental**: with a cache folder, documents whose text (and pipeline
  version) is unchanged are not extracted again; the graph is re-resolved
  from every current document's results, so removed documents take their
  facts with them;
* **parallel**: ``engine="processes"`` runs the pipeline in ``jobs`` worker
  processes on this machine, ``engine="dask"`` on a Dask cluster (a local one
  by default, or the scheduler at ``scheduler``). Each worker builds its own
  ``Context`` once. Results are merged in input order, so every engine gives
  the same graph.

Nothing here prints; pass ``progress`` to follow a run.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import queue
import time
from collections import deque
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Iterator

from .build import BuildReport, Progress, assemble, default_pipeline, doc_info, handed_over
from .cache import DocResult, ExtractionCache, ValuePool, pipeline_version
from .gc_pause import gc_paused, gc_resumed
from .context import Context
from .errors import InputError, KGError
from .io import STDIN, discover, read_parts
from .pipeline import Pipeline
from .types import Document, DocumentInfo, KnowledgeGraph, Mention, RelationMention, Skipped

ENGINES = ("serial", "processes", "dask")
PipelineFactory = Callable[[], Pipeline]


class EngineError(KGError):
    """A worker or the cluster failed (not a stage failing on a document)."""

    exit_code = 1


@dataclass
class EngineStats:
    engine: str = "serial"
    workers: int = 1
    extracted: int = 0  # documents run through the pipeline in this build
    cached: int = 0  # documents whose results came from the cache
    unread: int = 0  # of those, files not even read (unchanged size and mtime)
    pruned: int = 0  # cache entries removed (documents no longer in the corpus)
    extract_seconds: float = 0.0
    assemble_seconds: float = 0.0
    cache_version: str | None = None
    notes: list[str] = field(default_factory=list)


def extract_one(doc: Document, ctx: Context, pipeline: Pipeline) -> tuple:
    """Run the pipeline on one document; returns picklable (mentions, relations, errors)."""
    ann = pipeline.run(doc, ctx)
    return ann.mentions, ann.relations, ann.errors


# -- executors: submit(doc) -> handle; result(handle) -> (mentions, relations, errors) ------

class _Serial:
    name = "serial"

    def __init__(self, ctx: Context, pipeline: Pipeline, collect: bool = True):
        self.ctx, self.pipeline = ctx, pipeline
        self.workers = 1
        self.collect = collect  # whether the collector runs during extraction (the build pauses it)

    def submit(self, doc: Document):
        return doc

    def ready(self, handle) -> bool:
        return True  # extracted when asked for: nothing runs meanwhile

    def result(self, handle):
        with gc_resumed(self.collect):  # the pipeline may leave cyclic garbage
            return extract_one(handle, self.ctx, self.pipeline)

    def close(self):
        pass


def _worker_loop(tasks, results, use_lac: bool, factory: PipelineFactory) -> None:
    """Body of one worker process: its own Context and pipeline, built once."""
    ctx = Context(use_lac=use_lac)
    try:
        pipeline = factory()
    except Exception as exc:  # noqa: BLE001 - reported to the parent
        results.put((None, "error", f"cannot assemble the pipeline in a worker: {type(exc).__name__}: {exc}"))
        return
    while True:
        item = tasks.get()
        if item is None:
            return
        key, doc = item
        try:
            results.put((key, "ok", extract_one(doc, ctx, pipeline)))
        except Exception as exc:  # noqa: BLE001 - reported to the parent with the document's name
            results.put((key, "error", f"document {doc.name}: {type(exc).__name__}: {exc}"))


class _Processes:
    """Worker processes on this machine (spawned, so nothing is shared by accident)."""

    name = "processes"

    def __init__(self, jobs: int, use_lac: bool, factory: PipelineFactory):
        mp = multiprocessing.get_context("spawn")
        self.tasks = mp.Queue()
        self.results = mp.Queue()
        self.workers = jobs
        self.procs = [mp.Process(target=_worker_loop, args=(self.tasks, self.results, use_lac, factory),
                                 daemon=True, name=f"kg-worker-{i}") for i in range(jobs)]
        for p in self.procs:
            p.start()
        self._next = 0
        self._done: dict[int, Any] = {}

    def submit(self, doc: Document):
        key = self._next
        self._next += 1
        self.tasks.put((key, doc))
        return key

    def ready(self, key) -> bool:
        """Whether ``key``'s result has arrived (collecting what has, without waiting)."""
        while key not in self._done:
            try:
                k, status, payload = self.results.get_nowait()
            except queue.Empty:
                return False
            if status == "error":
                raise EngineError(f"a worker failed: {payload}; run with --jobs 1 to see the full traceback")
            self._done[k] = payload
        return True

    def result(self, key):
        while key not in self._done:
            try:
                k, status, payload = self.results.get(timeout=1.0)
            except queue.Empty:
                dead = [p for p in self.procs if not p.is_alive()]
                if dead:
                    raise EngineError(
                        f"worker process {dead[0].name} exited (code {dead[0].exitcode}) during the build; "
                        "if it ran out of memory, use fewer --jobs")
                continue
            if status == "error":
                raise EngineError(f"a worker failed: {payload}; run with --jobs 1 to see the full traceback")
            self._done[k] = payload
        return self._done.pop(key)

    def close(self):
        for _ in self.procs:
            self.tasks.put(None)
        for p in self.procs:
            p.join(timeout=10)
            if p.is_alive():
                p.terminate()
        self.tasks.close()
        self.results.close()


def _dask_extract(doc: Document, use_lac: bool, factory: PipelineFactory):
    """A Dask task: the worker keeps its own Context and pipeline, built on its first task."""
    from distributed import get_worker

    worker = get_worker()
    states = worker.__dict__.setdefault("cn_gov_kg_states", {})
    key = (use_lac, factory)
    if key not in states:
        states[key] = (Context(use_lac=use_lac), factory())
    ctx, pipeline = states[key]
    return extract_one(doc, ctx, pipeline)


class _Dask:
    name = "dask"

    def __init__(self, jobs: int, use_lac: bool, factory: PipelineFactory, scheduler: str | None,
                 collect: bool = True):
        self.collect = collect  # the client's threads run in this process: the collector runs while waiting
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            raise EngineError("the dask engine needs the 'distributed' package: pip install 'dask[distributed]'") from exc
        self.cluster = None
        try:
            if scheduler:
                self.client = Client(scheduler, timeout="30s")
            else:
                self.cluster = LocalCluster(n_workers=jobs, threads_per_worker=1, processes=True,
                                            dashboard_address=None)
                self.client = Client(self.cluster)
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler {scheduler or '(local cluster)'}: {exc}; "
                              "check the address (tcp://HOST:8786) and that the scheduler is running") from exc
        self.use_lac, self.factory = use_lac, factory
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))

    def submit(self, doc: Document):
        return self.client.submit(_dask_extract, doc, self.use_lac, self.factory, pure=False)

    def ready(self, fut) -> bool:
        return fut.done()

    def result(self, fut):
        try:
            with gc_resumed(self.collect):
                return fut.result()
        except KGError:
            raise
        except Exception as exc:  # noqa: BLE001
            raise EngineError(f"a Dask task failed: {type(exc).__name__}: {exc}") from exc

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


# -- the build --------------------------------------------------------------------------

@dataclass(frozen=True)
class _Repeat:
    """A document whose content an earlier-read source already had; resolved in input order at the end."""

    info: DocumentInfo


_SAME_CONTENT = "same content as a document already read"


def _known_unchanged(sources, cache: ExtractionCache | None) -> dict[int, str]:
    """Source index -> document id, for the files the cache's index knows unchanged (size and mtime)."""
    known: dict[int, str] = {}
    if cache is None:
        return known
    for i, source in enumerate(sources):
        if source.path == STDIN:
            continue
        try:
            st = os.stat(source.path)
        except OSError:
            continue
        doc_id = cache.known_id(source.path, st)
        if doc_id is not None:
            known[i] = doc_id
    return known


def _items(sources, indices: Iterable[int], stdin, cache: ExtractionCache | None, known: dict[int, str],
           stats: EngineStats, pool: ValuePool, skipped: list[tuple[int, Skipped]],
           seen: set[str]) -> Iterator[tuple[int, Any]]:
    """``(source index, DocResult | (Document, DocumentInfo) | _Repeat)`` for the documents of the
    sources at ``indices`` (``seen``: the ids already met, shared by the callers' iterators).

    The caller reads the sources the cache knows unchanged while worker
    processes extract the new and changed ones, then puts the results back in
    input order (keeping the first of two sources with the same content), so
    the graph does not depend on the order things were read in.
    """
    for i in indices:
        source = sources[i]
        st = None
        if i in known:
            hit = cache.get(known[i], pool)
            if hit is not None:
                stats.cached += 1
                stats.unread += 1
                seen.add(known[i])
                yield i, replace(hit, info=replace(hit.info, path=source.path))
                continue
        elif cache is not None and source.path != STDIN:
            try:
                st = os.stat(source.path)
            except OSError:
                st = None
        try:
            for doc in read_parts(source, stdin):  # a very long text comes in parts
                info = doc_info(doc)
                if doc.id in seen:
                    yield i, _Repeat(info)
                    continue
                seen.add(doc.id)
                if cache is not None:
                    if st is not None and doc.path == source.path:  # one part: the file is this document
                        cache.remember(source.path, st, doc.id)
                    hit = cache.get(doc.id, pool)
                    if hit is not None:
                        stats.cached += 1
                        yield i, replace(hit, info=info)
                        continue
                yield i, (doc, info)
        except InputError as exc:
            skipped.append((i, Skipped(source.path, exc.reason)))
        except RecursionError:
            skipped.append((i, Skipped(source.path, "markup nested too deeply to parse; save the page as text")))
        except MemoryError:
            skipped.append((i, Skipped(source.path, "too large to read into memory; split the file")))


def _in_input_order(done: dict[int, list], skipped_at: list[tuple[int, Skipped]]) -> Iterator[DocResult]:
    """The documents' results in the order of their sources; a repeated content is kept once, at its
    first source in input order (whichever copy was read first), the others reported as skipped."""
    by_id = {r.info.id: r for results in done.values() for r in results if isinstance(r, DocResult)}
    emitted: set[str] = set()
    for i in sorted(done):
        for r in done[i]:
            doc_id = r.info.id
            if doc_id in emitted:
                skipped_at.append((i, Skipped(r.info.path or "<stdin>", _SAME_CONTENT)))
                continue
            emitted.add(doc_id)
            yield r if isinstance(r, DocResult) else replace(by_id[doc_id], info=r.info)


def build(
    paths: Iterable[str],
    *,
    jobs: int = 1,
    engine: str | None = None,
    scheduler: str | None = None,
    cache_dir: str | os.PathLike | None = None,
    use_lac: bool = True,
    pipeline_factory: PipelineFactory = default_pipeline,
    ctx: Context | None = None,
    progress: Progress | None = None,
    stdin=None,
    window: int | None = None,
    prune: bool = True,
    cache_version: str | None = None,
) -> tuple[KnowledgeGraph, BuildReport, EngineStats]:
    """Build a graph like ``kg.build.build``, optionally cached and in parallel.

    ``engine``: "serial", "processes" (``jobs`` local processes) or "dask"
    (a local cluster of ``jobs`` workers, or ``scheduler``'s cluster); by
    default "dask" when a scheduler is given, "processes" when ``jobs`` > 1,
    else "serial". ``pipeline_factory`` must be a module-level function (it is
    sent to the workers). ``cache_dir``: where to keep per-document results;
    ``cache_version`` overrides the pipeline version naming the cache (for a
    caller that computed it once, e.g. a benchmark running several builds in
    one process while the source files are being edited).
    """
    started = time.perf_counter()
    if jobs < 1:
        raise InputError(f"--jobs must be at least 1 (got {jobs})")
    engine = engine or ("dask" if scheduler else "processes" if jobs > 1 else "serial")
    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose from {', '.join(ENGINES)}")
    if scheduler and engine != "dask":
        raise InputError("--scheduler only applies to --engine dask")
    ctx = ctx or Context(use_lac=use_lac)
    use_lac = ctx.use_lac
    main_pipeline = pipeline_factory()  # also checks the order of stages before any worker starts
    stats = EngineStats(engine=engine)
    cache = None
    if cache_dir is not None:
        stats.cache_version = cache_version or pipeline_version(main_pipeline, use_lac)
        cache = ExtractionCache(cache_dir, stats.cache_version)

    skipped: list[Skipped] = []
    skipped_at: list[tuple[int, Skipped]] = []  # (source index, why), put in input order at the end
    done: dict[int, list] = {}  # source index -> its documents' DocResult / _Repeat, in any order
    pool = ValuePool()  # cached results come with shared values; worker results are shared in _drain_one

    def take(item: tuple[int, Any]) -> None:
        i, res = item
        done.setdefault(i, []).append(res)
        if progress and isinstance(res, DocResult):
            progress(res.info.chars, res.info.path or res.info.id)

    executor = None
    collect = gc.isenabled()
    # Reading the cache makes a million long-lived objects: with the collector on, each entry's
    # pause ending let a collection walk everything made so far (about 1.5 s of 5.4 s for
    # 10,000 entries). It stays off for the whole phase; reference counting frees the rest. It
    # runs while this process extracts (serial) or waits for a Dask result (whose client threads
    # live here), work that can leave cyclic garbage.
    with gc_paused():
        try:
            sources, early = discover(paths)
            skipped.extend(early)
            known = _known_unchanged(sources, cache)
            make = lambda: _make_executor(engine, jobs, use_lac, pipeline_factory, scheduler, ctx,  # noqa: E731
                                          main_pipeline, collect)
            if cache is not None and engine != "serial" and len(known) < len(sources):
                # the workers load their models while this process reads the cache (new files come first)
                executor = make()
            # the gazetteer (needed to assemble) is loaded now, while little else is in memory: its
            # loading takes twice what it keeps, which would otherwise come on top of the whole graph's
            ctx.gazetteer
            seen: set[str] = set()
            fresh = _items(sources, [i for i in range(len(sources)) if i not in known], stdin, cache, known, stats,
                           pool, skipped_at, seen)
            cached = _items(sources, sorted(known), stdin, cache, known, stats, pool, skipped_at, seen)
            pending: deque = deque()  # (index, (handle, info)) still being extracted, oldest first

            def submit(i: int, doc: Document, info: DocumentInfo) -> None:
                nonlocal executor, window
                if executor is None:
                    executor = make()
                stats.workers = executor.workers
                window = window or max(4, 8 * executor.workers)
                pending.append((i, (executor.submit(doc), info)))

            def take_or_submit(item: tuple[int, Any]) -> None:
                i, res = item
                if isinstance(res, tuple):  # a document to extract (new, or its cache entry is gone)
                    submit(i, *res)
                else:
                    take(item)

            def step() -> None:
                """Read a cached document while the oldest in flight is still being extracted, else take it."""
                if not executor.ready(pending[0][1][0]):
                    nxt = next(cached, None)
                    if nxt is not None:
                        take_or_submit(nxt)
                        return
                _drain_one(pending, executor, cache, stats, take, pool)

            # new and changed documents first; then the ones the file index knows unchanged, of which
            # a few may have to be extracted after all (an entry deleted or damaged since)
            for source in (fresh, cached):
                for item in source:
                    take_or_submit(item)
                    del item
                    while pending and len(pending) > window:
                        step()
                while pending:
                    step()
        finally:
            if executor is not None:
                executor.close()
    stats.extract_seconds = time.perf_counter() - started
    if cache is not None:
        stats.pruned = cache.finish(prune=prune)
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    infos: list[DocumentInfo] = []
    errors: list[str] = []
    chars = 0
    for res in _in_input_order(done, skipped_at):
        mentions.extend(res.mentions)
        relations.extend(res.relations)
        errors.extend(res.errors)
        infos.append(res.info)
        chars += res.info.chars
    del done, pool  # the results hold the values they share; nothing is read any more
    skipped.extend(s for _, s in sorted(skipped_at, key=lambda item: item[0]))
    t0 = time.perf_counter()
    with gc_paused():
        # handed over, so that resolving frees each relation mention once it has been counted
        kg = assemble(mentions, handed_over(relations), infos, ctx)
    stats.assemble_seconds = time.perf_counter() - t0
    report = BuildReport(len(infos), chars, tuple(skipped), tuple(errors), time.perf_counter() - started)
    return kg, report, stats


def _drain_one(pending: deque, executor, cache, stats: EngineStats, take, pool: ValuePool) -> None:
    i, (handle, info) = pending.popleft()
    ms, rs, errs = executor.result(handle)
    res = DocResult(info, tuple(ms), tuple(rs), tuple(errs))
    stats.extracted += 1
    if cache is not None:
        cache.put(res)
    pool.share(res)
    take((i, res))


def _make_executor(engine, jobs, use_lac, factory, scheduler, ctx, pipeline, collect=True):
    if engine == "serial":
        return _Serial(ctx, pipeline, collect)
    if engine == "processes":
        return _Processes(jobs, use_lac, factory)
    return _Dask(jobs, use_lac, factory, scheduler, collect)
