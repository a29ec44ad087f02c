"""Atomic file writes: a temporary file beside the target, then a rename."""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path; on success it replaces ``path`` in one rename.

    A crash or Ctrl-C leaves the previous file (or none), never half of one.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        # mkstemp makes the file private (0600); give it the mode a plain open() would
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def write_text_atomic(path: str | Path, text: str) -> Path:
    """Write ``text`` as UTF-8 to ``path`` atomically; returns the path."""
    path = Path(path)
    with atomic_path(path) as tmp:
        tmp.write_text(text, encoding="utf-8")
    return path


def write_pieces_atomic(path: str | Path, pieces: Iterable[str], batch_chars: int = 1 << 20) -> Path:
    """Write the text ``pieces`` as UTF-8 to ``path`` atomically, as they come.

    The whole text is never in memory: pieces are joined until they hold
    about ``batch_chars`` characters, then written (one ``write`` call per
    small piece costs more than the joining; a count of pieces would not
    bound memory when the pieces are whole JSON-LD nodes).
    """
    path = Path(path)
    with atomic_path(path) as tmp:
        with open(tmp, "w", encoding="utf-8", newline="\n") as fh:
            chunk: list[str] = []
            size = 0
            for piece in pieces:
                chunk.append(piece)
                size += len(piece)
                if size >= batch_chars:
                    fh.write("".join(chunk))
                    chunk, size = [], 0
            if chunk:
                fh.write("".join(chunk))
    return path


def _umask() -> int:
    """The process umask (reading it means setting it; set it straight back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
