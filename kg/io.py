"""Find and read sources into ``Document`` objects.

Reads ``.txt``, ``.md``, ``.html``/``.htm`` files, folders recursively and
``-`` for standard input. The encoding is detected with charset-normalizer
(BOMs first). Whatever cannot be read is reported as ``Skipped`` with a
reason; nothing raises for one bad file.
"""
from __future__ import annotations

import hashlib
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Iterable, Iterator

from .errors import InputError
from .metadata import extract_meta
from .normalize import normalize
from .types import Document, Skipped

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUPPORTED_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES
STDIN = "-"

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
# Magic numbers of formats people save as .txt by mistake.
_BINARY_MAGIC = (
    (b"%PDF", "a PDF file"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a zip archive (also .docx/.xlsx)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
)


@dataclass(frozen=True)
class Source:
    """A file (or standard input) found on the command line."""

    path: str  # as the user gave it, or "-" for stdin
    kind: str  # "text" or "html"


# Longest document handed to the pipeline; longer texts are read in parts
# (cut at line ends) so memory stays proportional to one part and extractors
# whose cost grows faster than the length (pairs of mentions) stay fast. A long
# government report is 30-60k characters, so real documents stay whole.
MAX_DOC_CHARS = 50_000
# Bytes given to the encoding detector; the whole file is then decoded.
_DETECT_BYTES = 1 << 20
# At most this share of undecodable bytes is replaced (U+FFFD) rather than
# the file skipped: a scrape with a few broken bytes keeps its text.
_MAX_REPLACED = 0.02


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # e.g. "utf-8", "gb18030", "utf-8 (3 invalid bytes replaced)"


def _fail(name: str, reason: str) -> InputError:
    return InputError(f"{name}: {reason}", path=name, reason=reason)


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode bytes, detecting the encoding. Raises ``InputError`` with a reason."""
    if not data:
        raise _fail(name, "empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise _fail(name, f"starts with a {enc} byte-order mark but does not decode ({exc.reason} at byte "
                                  f"{exc.start}); re-save it as UTF-8") from None
    if not data.strip():
        raise _fail(name, "no text (empty or whitespace only)")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise _fail(name, f"binary content ({what}); convert it to text first")
    # UTF-16 without BOM: many NUL bytes on alternating positions.
    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text):
                return Decoded(text, enc)
        raise _fail(name, "binary content (NUL bytes); convert it to text first")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    # Mostly valid UTF-8 with a few broken bytes (a truncated scrape): keep it.
    damaged = _lenient(data, "utf-8")
    if damaged is not None:
        return damaged
    from charset_normalizer import from_bytes

    sample = data
    if len(data) > _DETECT_BYTES:
        # cut at a line end: in GB18030/Big5 the byte 0x0A is never part of a character
        cut = data.rfind(b"\n", 0, _DETECT_BYTES)
        sample = data[: cut if cut > 0 else _DETECT_BYTES]
    best = from_bytes(sample, cp_isolation=["gb18030", "big5", "utf_8", "utf_16", "cp1252", "shift_jis", "euc_kr"]).best()
    if best is None:
        best = from_bytes(sample).best()
    enc = best.encoding if best is not None else None
    if enc in ("gb2312", "gbk"):
        # GB18030 is a superset: decode with it so rarer characters survive.
        enc = "gb18030"
    text = None
    if enc is not None:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        for candidate in ([enc] if enc else []) + ["gb18030", "big5"]:
            damaged = _lenient(data, candidate)
            if damaged is not None:
                return damaged
        raise _fail(name, "could not detect a text encoding (not UTF-8, UTF-16, GB18030 or Big5); save it as UTF-8")
    if not _mostly_text(text):
        raise _fail(name, "binary content; convert it to text first")
    return Decoded(text, enc)


def _lenient(data: bytes, enc: str) -> Decoded | None:
    """``data`` decoded with a few invalid bytes replaced, if only a few are invalid."""
    try:
        text = data.decode(enc, errors="replace")
    except LookupError:
        return None
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if bad <= 0 or bad > max(8, len(text) * _MAX_REPLACED) or not _mostly_text(text):
        return None
    return Decoded(text, f"{enc} ({bad} invalid byte sequence{'s' if bad > 1 else ''} replaced)")


def _mostly_text(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(1 for c in sample if (ord(c) < 32 and c not in "\n\r\t\f\v") or c == "\ufffd")
    return bad / len(sample) < 0.05


def html_to_text(markup: str) -> str:
    """Visible text of an HTML page: scripts, styles and comments dropped,
    block elements on their own lines."""
    from bs4 import BeautifulSoup, Comment

    soup = BeautifulSoup(markup, "html.parser")
    title = ""
    head = soup.title  # read before <head> is dropped
    if head and head.string:
        title = head.string.strip()
    for tag in soup(["script", "style", "noscript", "template", "iframe", "svg", "head", "title"]):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    text = soup.get_text("\n")
    lines = [ln.strip() for ln in text.splitlines()]
    body = "\n".join(ln for ln in lines if ln)
    if title and not body.startswith(title):
        body = title + "\n" + body
    return body


def content_id(text: str) -> str:
    """A stable document id: the first 16 hex digits of the text's SHA-256."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_document(raw: str, path: str | None = None, encoding: str | None = None) -> Document:
    """Normalise ``raw`` and wrap it with its id and metadata."""
    norm = normalize(raw)
    meta = extract_meta(norm.text, encoding=encoding)
    return Document(
        id=content_id(raw), path=path, raw=raw, text=norm.text, offsets=norm.offsets, meta=meta
    )


def discover(paths: Iterable[str]) -> tuple[list[Source], list[Skipped]]:
    """Expand the command-line paths into sources, recursing into folders.

    Follows folder symlinks once each (a loop is reported, not followed).
    Files given by name are read whatever their suffix; inside folders only
    supported suffixes are taken.
    """
    sources: list[Source] = []
    skipped: list[Skipped] = []
    seen_dirs: set[str] = set()
    seen_files: set[str] = set()

    def add_file(p: Path, explicit: bool) -> None:
        real = os.path.realpath(p)
        if real in seen_files:
            return
        suffix = p.suffix.lower()
        if suffix in HTML_SUFFIXES:
            kind = "html"
        elif suffix in TEXT_SUFFIXES or explicit:
            kind = "text"
        else:
            return
        seen_files.add(real)
        sources.append(Source(str(p), kind))

    def entries_of(d: Path) -> list[os.DirEntry]:
        real = os.path.realpath(d)
        if real in seen_dirs:
            skipped.append(Skipped(str(d), "folder already read (reached again through a symlink or loop)"))
            return []
        seen_dirs.add(real)
        try:
            with os.scandir(d) as it:
                return sorted((e for e in it if not e.name.startswith(".")), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(str(d), f"cannot list folder: {exc.strerror or exc}"))
            return []

    def walk(top: Path) -> None:
        """Depth first in name order, without recursion (folders nested thousands deep are fine)."""
        stack = [iter(entries_of(top))]
        while stack:
            entry = next(stack[-1], None)
            if entry is None:
                stack.pop()
                continue
            p = Path(entry.path)
            try:
                if entry.is_dir():
                    stack.append(iter(entries_of(p)))
                elif entry.is_file():
                    add_file(p, explicit=False)
                elif p.suffix.lower() in SUPPORTED_SUFFIXES:
                    # a FIFO, socket, device or broken link named like a document
                    skipped.append(Skipped(str(p), "not a regular file (a pipe, device or broken link)"))
            except OSError as exc:
                skipped.append(Skipped(str(p), f"cannot stat: {exc.strerror or exc}"))

    for raw_path in paths:
        if raw_path == STDIN:
            sources.append(Source(STDIN, "text"))
            continue
        p = Path(raw_path)
        if p.is_dir():
            walk(p)
        elif p.is_file():
            add_file(p, explicit=True)
        elif p.exists() or p.is_symlink():
            skipped.append(Skipped(raw_path, "not a regular file or folder (or a broken link)"))
        else:
            skipped.append(Skipped(raw_path, "no such file or folder"))
    return sources, skipped


def _read_text(source: Source, stdin: BinaryIO | None = None) -> tuple[str, str]:
    """The decoded (and for HTML, extracted) text of a source and its encoding."""
    name = "<stdin>" if source.path == STDIN else source.path
    try:
        if source.path == STDIN:
            data = (stdin or sys.stdin.buffer).read()
        else:
            with open(source.path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise _fail(name, f"cannot read: {exc.strerror or exc}") from exc
    decoded = decode_bytes(data, name)
    del data
    text = decoded.text
    kind = source.kind
    if kind == "text" and source.path == STDIN and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    if kind == "html":
        try:
            text = html_to_text(text)
        except RecursionError:
            raise _fail(name, "markup nested too deeply to parse; save the page as text") from None
    if not text.strip():
        raise _fail(name, "no text (empty or whitespace only)")
    return text, decoded.encoding


def read_source(source: Source, stdin: BinaryIO | None = None) -> Document:
    """Read one source into one ``Document``. Raises ``InputError`` with a reason."""
    text, encoding = _read_text(source, stdin)
    return make_document(text, path=None if source.path == STDIN else source.path, encoding=encoding)


_SENTENCE_END = ("\n", "。", "！", "？", "；", "!", "?", ";")


def split_parts(text: str, max_chars: int = MAX_DOC_CHARS) -> list[tuple[int, int]]:
    """``[start, end)`` parts of at most ``max_chars``, cut after a line end where
    possible, else after a sentence end, else anywhere."""
    if max_chars < 1:
        raise ValueError(f"max_chars must be positive, not {max_chars}")
    parts = []
    start, n = 0, len(text)
    while n - start > max_chars:
        limit = start + max_chars
        cut = text.rfind("\n", start, limit) + 1
        if cut <= start:
            cut = max(text.rfind(c, start, limit) for c in _SENTENCE_END[1:]) + 1
        if cut <= start:
            cut = limit
        parts.append((start, cut))
        start = cut
    if start < n:
        parts.append((start, n))
    return parts


def read_parts(source: Source, stdin: BinaryIO | None = None, max_chars: int = MAX_DOC_CHARS) -> Iterator[Document]:
    """Read one source as one ``Document``, or several if longer than ``max_chars``.

    A part's path is ``PATH#char=START,END`` (RFC 5147 fragment: character
    offsets of the part in the file's text); its mentions' offsets are
    relative to the part. Title and date come from the first part.
    """
    text, encoding = _read_text(source, stdin)
    path = None if source.path == STDIN else source.path
    if len(text) <= max_chars:
        yield make_document(text, path=path, encoding=encoding)
        return
    parts = split_parts(text, max_chars)
    first_meta = None
    for start, end in parts:
        piece = text[start:end]
        if not piece.strip():
            continue
        doc = make_document(piece, path=f"{path or '<stdin>'}#char={start},{end}", encoding=encoding)
        if first_meta is None:
            first_meta = doc.meta
        else:
            from dataclasses import replace

            doc = replace(doc, meta=replace(doc.meta, title=first_meta.title, date=first_meta.date))
        yield doc


def read_documents(
    paths: Iterable[str], stdin: BinaryIO | None = None, max_chars: int = MAX_DOC_CHARS
) -> Iterator[Document | Skipped]:
    """Yield a ``Document`` per readable source (or per part of a very long
    one) and a ``Skipped`` per other one."""
    sources, skipped = discover(paths)
    yield from skipped
    for source in sources:
        try:
            yield from read_parts(source, stdin, max_chars)
        except InputError as exc:
            yield Skipped(source.path, exc.reason)
        except RecursionError:
            yield Skipped(source.path, "markup nested too deeply to parse; save the page as text")
        except MemoryError:
            yield Skipped(source.path, "too large to read into memory; split the file")
