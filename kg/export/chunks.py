"""Incremental exports: a file written as a sequence of chunks, each copied from the
previous write of the same file when the exact inputs it is rendered from are unchanged.

An exporter that supports it (``graph.json``, ``graph.ttl``) writes its file as
plain text pieces and *chunks*. A chunk has a fingerprint: a 16-byte BLAKE2b
hash of the pickled objects it is rendered from (an entity's fields, a block
of its mentions, the Turtle writer's state where the chunk starts ...). Beside
the output, in a ``ChunkStore`` folder, an index maps each fingerprint of the
latest write to the byte range of its text in that file; the next write of
the same file copies the chunks whose fingerprint it finds there (straight
from the old file, adjacent ranges in one piece) and renders only the others.
The result is byte-identical to a full render: a chunk's text is a function
of what its fingerprint covers.

The index is trusted only for the file it was written with: it records the
file's size, modification time and inode, the exporter's kind and code
version (a hash of the exporting modules' source, the base IRI ...). A
missing, damaged or foreign index, or an output file changed since, means a
full render. Each write replaces the index with the chunks of that write, so
the store holds one index per exported file and never grows with rebuilds.

Pickled bytes of equal values can differ when their objects are shared
differently (pickle's memo); such a chunk is merely rendered again. Equal
fingerprints always mean equal values.
"""
from __future__ import annotations

import hashlib
import mmap
import os
import pickle
import sys
import zlib
from array import array
from dataclasses import fields
from operator import attrgetter
from pathlib import Path
from typing import Any, Callable, Sequence

from ..errors import ExportError
from ..types import Evidence, Mention

INDEX_FORMAT = 1
_MAGIC = "cn-gov-kg export chunks"
INDEX_SUFFIX = ".chunks"
#: a block of mentions / evidence ends after a document whose id hashes to 0 modulo this
BLOCK_EVERY = 8
#: a group of small items (entities, facts, documents) ends after one whose id hashes to 0 modulo this
GROUP_EVERY = 8
_WRITE_BATCH = 1 << 20

_blake2b = hashlib.blake2b
_dumps = pickle.dumps
_DOC_ID = attrgetter("doc_id")


def _values_of(cls) -> attrgetter:
    return attrgetter(*(f.name for f in fields(cls)))


#: what a block fingerprint covers: every field of each mention / evidence
MENTION_VALUES, EVIDENCE_VALUES = _values_of(Mention), _values_of(Evidence)


def fingerprint(obj: object) -> bytes:
    """16 bytes identifying ``obj``'s value (BLAKE2b of its pickle)."""
    return _blake2b(_dumps(obj, 5), digest_size=16).digest()


def cut_after(key: str) -> bool:
    """Whether a group of small chunks ends after the item ``key`` (content-defined, so adding or
    removing an item changes only its own group)."""
    return not zlib.crc32(key.encode("utf-8", "surrogatepass")) % GROUP_EVERY


def combine(*parts: bytes) -> bytes:
    """A 16-byte fingerprint of several fingerprints / byte strings (each chunk is indexed by 16 bytes)."""
    return _blake2b(b"".join(parts), digest_size=16).digest()


def code_version(*parts: object) -> str:
    """A hash of the source files of the given modules (and any other str parts), for an index header."""
    h = hashlib.sha256(f"python {sys.version_info[0]}.{sys.version_info[1]}\0".encode())
    for part in parts:
        src = getattr(part, "__file__", None)
        if src is not None:
            h.update(Path(src).read_bytes())
        else:
            h.update(repr(part).encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()[:16]


def block_bounds(items: Sequence, cuts: dict | None = None) -> list[tuple[int, int]]:
    """``(lo, hi)`` blocks covering ``items`` (mentions or evidence, sorted by document): consecutive
    items of one document stay in one block, and a block ends after a document whose id hashes to 0
    modulo ``BLOCK_EVERY``, so adding, changing or removing one document's items changes one block
    (two when it ends one) whatever its position. ``cuts`` remembers, per document id, whether a
    block ends after it. The exporters lay big entities and facts out by these blocks, with or
    without a chunk store, so that a full and an incremental write are the same text."""
    n = len(items)
    if n == 0:
        return []
    if n == 1 or items[0].doc_id == items[-1].doc_id:  # one document (most entities and relations)
        return [(0, n)]
    if cuts is None:
        cuts = {}
    every = BLOCK_EVERY
    crc = zlib.crc32
    out: list[tuple[int, int]] = []
    lo = 0
    prev = items[0].doc_id
    for i, doc in enumerate(map(_DOC_ID, items)):
        if doc != prev:
            cut = cuts.get(prev)
            if cut is None:
                cut = cuts[prev] = not crc(str(prev).encode("utf-8", "surrogatepass")) % every
            if cut:
                out.append((lo, i))
                lo = i
            prev = doc
    out.append((lo, n))
    return out


def blocks(items: Sequence, values: Callable, cuts: dict | None = None) -> list[tuple[int, int, bytes]]:
    """``(lo, hi, fingerprint of the values of items[lo:hi])`` for the ``block_bounds`` of ``items``."""
    b2, dumps = _blake2b, _dumps
    return [(lo, hi, b2(dumps(tuple(map(values, items[lo:hi])), 5), digest_size=16).digest())
            for lo, hi in block_bounds(items, cuts)]


class ChunkStore:
    """The folder holding the chunk index of each incrementally written file, plus, for one
    ``write_all`` call, the block fingerprints already computed (several formats split the same
    mentions and evidence into the same blocks)."""

    def __init__(self, root: str | os.PathLike):
        self.root = Path(root)
        #: per file name, what its latest write through this store did: chunks and bytes copied / rendered
        self.stats: dict[str, dict[str, int]] = {}
        self._blocks: dict[tuple[int, int], list] = {}
        self._keep: list = []  # the sequences whose ids key ``_blocks``, kept alive while memoised
        self._cuts: dict = {}

    def blocks(self, items: Sequence, values: Callable) -> list[tuple[int, int, bytes]]:
        """``blocks(items, values)``, computed once per ``items`` for all the formats written."""
        key = (id(items), id(values))
        got = self._blocks.get(key)
        if got is None:
            got = self._blocks[key] = blocks(items, values, self._cuts)
            self._keep.append(items)
        return got

    def index_path(self, target: Path) -> Path:
        return self.root / (target.name + INDEX_SUFFIX)

    def previous(self, target: Path, kind: str, version: str) -> "_Previous | None":
        """The index of the last write of ``target`` if it is sound and still describes the file."""
        try:
            with open(self.index_path(target), "rb") as fh:
                data = pickle.load(fh)
            if not (isinstance(data, dict) and data.get("magic") == _MAGIC and data.get("format") == INDEX_FORMAT
                    and data.get("kind") == kind and data.get("version") == version):
                return None
            fps, spans, extras = data["fps"], data["spans"], data["extras"]
            n = len(fps) // 16
            if (not isinstance(fps, bytes) or len(fps) != 16 * n or not isinstance(spans, array)
                    or spans.typecode != "Q" or len(spans) != 2 * n or not isinstance(extras, list)
                    or len(extras) != n):
                return None
            fh = open(target, "rb")
        except Exception:  # noqa: BLE001 - whatever is wrong with the index, the file is rendered whole
            return None
        try:
            st = os.fstat(fh.fileno())  # the file opened, not whatever the name points to later
            if tuple(data["stat"]) != (st.st_size, st.st_mtime_ns, st.st_ino):
                fh.close()
                return None
            if n and max(spans[i] + spans[i + 1] for i in range(0, 2 * n, 2)) > st.st_size:
                fh.close()
                return None
            return _Previous(fh, fps, spans, extras)
        except Exception:  # noqa: BLE001
            fh.close()
            return None

    def save(self, target: Path, kind: str, version: str, writer: "ChunkWriter") -> None:
        """Record ``writer``'s chunks as the index of ``target`` (just written)."""
        st = os.stat(target)
        data = {"magic": _MAGIC, "format": INDEX_FORMAT, "kind": kind, "version": version,
                "stat": (st.st_size, st.st_mtime_ns, st.st_ino), "fps": b"".join(writer.fps),
                "spans": writer.spans, "extras": writer.extras}
        path = self.index_path(target)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        try:
            with open(tmp, "wb") as fh:
                pickle.dump(data, fh, protocol=5)
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


class _Previous:
    """The previous write of a file: its index and the file itself (``fh``, open), mapped read-only."""

    def __init__(self, fh, fps: bytes, spans: array, extras: list):
        self.where = {fps[i:i + 16]: k for k, i in enumerate(range(0, len(fps), 16))}
        self.spans, self.extras = spans, extras
        self._fh = fh
        self.fd = fh.fileno()
        self.data = mmap.mmap(self.fd, 0, access=mmap.ACCESS_READ) if spans else b""

    def close(self) -> None:
        if isinstance(self.data, mmap.mmap):
            self.data.close()
        self._fh.close()


class ChunkWriter:
    """Writes one file (binary, UTF-8 text) from text pieces and chunks; see the module docstring.

    ``text(s)`` writes a piece that is rendered every time; ``chunk(fp, render)`` copies the
    previous write's chunk ``fp`` or writes ``render()`` and remembers it; ``find``/``copy``/``put``
    do the same in steps for a caller that checks a chunk's ``extra`` before reusing it.
    """

    def __init__(self, fh, previous: _Previous | None):
        self._fh = fh  # unbuffered (``open(path, "wb", buffering=0)``): copies go straight to its descriptor
        self._fd = fh.fileno()
        self._copy_range = hasattr(os, "copy_file_range")
        self._prev = previous
        self._where = previous.where if previous is not None else {}
        self._pos = 0
        self._buf: list[bytes] = []
        self._buflen = 0
        self._run: list[int] | None = None  # [start, end) of the old file's bytes waiting to be copied
        self.fps: list[bytes] = []
        self.spans = array("Q")
        self.extras: list[Any] = []
        self.copied = self.rendered = 0  # chunks
        self.copied_bytes = self.rendered_bytes = 0

    # -- pieces ------------------------------------------------------------------------------------
    def text(self, s: str) -> None:
        if s:
            data = s.encode("utf-8")
            self._pos += len(data)
            self._emit(data)

    def find(self, fp: bytes) -> int | None:
        return self._where.get(fp)

    def extra(self, k: int) -> Any:
        return self._prev.extras[k]

    def copy(self, k: int, fp: bytes) -> None:
        prev = self._prev
        spans = prev.spans
        start, length = spans[2 * k], spans[2 * k + 1]
        self.fps.append(fp)
        self.spans.extend((self._pos, length))
        self.extras.append(prev.extras[k])
        self._pos += length
        self.copied += 1
        self.copied_bytes += length
        run = self._run
        if run is not None and run[1] == start:
            run[1] = start + length
            return
        self._flush()
        self._run = [start, start + length]

    def put(self, fp: bytes, text: str, extra: Any = None) -> None:
        data = text.encode("utf-8")
        self._record(fp, len(data), extra)
        self.rendered += 1
        self.rendered_bytes += len(data)
        self._emit(data)

    def chunk(self, fp: bytes, render: Callable[[], str]) -> None:
        k = self._where.get(fp)
        if k is not None:
            self.copy(k, fp)
        else:
            self.put(fp, render())

    # -- internals ---------------------------------------------------------------------------------
    def _record(self, fp: bytes, length: int, extra: Any) -> None:
        if len(fp) != 16:
            raise ExportError(f"internal error: a chunk fingerprint is 16 bytes, not {len(fp)}; please report this")
        self.fps.append(fp)
        self.spans.append(self._pos)
        self.spans.append(length)
        self.extras.append(extra)
        self._pos += length

    def _emit(self, data: bytes) -> None:
        if self._run is not None:
            self._flush()
        self._buf.append(data)
        self._buflen += len(data)
        if self._buflen >= _WRITE_BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._buf:
            self._write(b"".join(self._buf))
            self._buf, self._buflen = [], 0
        if self._run is not None:
            start, end = self._run
            self._run = None
            if self._copy_range:
                try:  # the kernel copies from the old file to the new one, without passing through here
                    while start < end:
                        done = os.copy_file_range(self._prev.fd, self._fd, end - start, start)
                        if done <= 0:
                            break
                        start += done
                except OSError:  # not on this file system: copy through memory
                    self._copy_range = False
            if start < end:
                self._write(memoryview(self._prev.data)[start:end])

    def _write(self, data) -> None:
        view = memoryview(data)
        while view:
            view = view[self._fh.write(view):]

    def finish(self) -> None:
        self._flush()


def write_chunked(target: str | os.PathLike, store: ChunkStore | None, kind: str, version: str,
                  produce: Callable[[ChunkWriter], None]) -> tuple[Path, ChunkWriter]:
    """Write ``target`` atomically with ``produce(writer)``; with ``store``, reuse the chunks of the
    previous write it indexed and index this one. Returns the path and the writer (for its counts)."""
    from .atomic import atomic_path

    target = Path(target)
    previous = store.previous(target, kind, version) if store is not None else None
    try:
        with atomic_path(target) as tmp:
            with open(tmp, "wb", buffering=0) as fh:
                writer = ChunkWriter(fh, previous)
                produce(writer)
                writer.finish()
    finally:
        if previous is not None:
            previous.close()
    if store is not None:
        store.save(target, kind, version, writer)
        store.stats[target.name] = {"copied": writer.copied, "rendered": writer.rendered,
                                    "copied_bytes": writer.copied_bytes, "rendered_bytes": writer.rendered_bytes}
    return target, writer
