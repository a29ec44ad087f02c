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


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


def decode_bytes(data: bytes, name: str = "<bytes>") -> Decoded:
    """Decode bytes, detecting the encoding. Raises ``InputError`` with a reason."""
    if not data.strip():
        raise InputError(f"{name}: empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data.decode(enc), enc.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: starts with a {enc} byte-order mark but does not decode: {exc}")
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise InputError(f"{name}: binary content ({what}); convert it to text first")
    # UTF-16 without BOM: many NUL bytes on alternating positions.
    if data.count(b"\x00") > len(data) // 4:
        for enc in ("utf-16-le", "utf-16-be"):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _mostly_text(text):
                return Decoded(text, enc)
        raise InputError(f"{name}: binary content (NUL bytes); convert it to text first")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_8", "utf_16", "cp1252", "shift_jis", "euc_kr"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: could not detect a text encoding; save it as UTF-8")
    text = str(best)
    enc = best.encoding
    if enc in ("gb2312", "gbk"):
        # GB18030 is a superset: decode with it so rarer characters survive.
        try:
            text, enc = data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            pass
    if not _mostly_text(text):
        raise InputError(f"{name}: binary content; convert it to text first")
    return Decoded(text, enc)


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
    for tag in soup(["script", "style", "noscript", "template", "iframe", "svg", "head"]):
        tag.decompose()
    for comment in soup.find_all(string=lambda s: isinstance(s, Comment)):
        comment.extract()
    title = ""
    # the title lives in <head>, which we dropped; re-read it from the markup
    head = BeautifulSoup(markup, "html.parser").title
    if head and head.string:
        title = head.string.strip()
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

    def walk(d: Path) -> None:
        real = os.path.realpath(d)
        if real in seen_dirs:
            skipped.append(Skipped(str(d), "folder already visited (symlink loop)"))
            return
        seen_dirs.add(real)
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            skipped.append(Skipped(str(d), f"cannot list folder: {exc.strerror or exc}"))
            return
        for entry in entries:
            if entry.name.startswith("."):
                continue
            p = Path(entry.path)
            try:
                if entry.is_dir():
                    walk(p)
                elif entry.is_file():
                    add_file(p, explicit=False)
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


def read_source(source: Source, stdin: BinaryIO | None = None) -> Document:
    """Read one source into a ``Document``. Raises ``InputError`` with a reason."""
    name = "<stdin>" if source.path == STDIN else source.path
    try:
        if source.path == STDIN:
            data = (stdin or sys.stdin.buffer).read()
        else:
            with open(source.path, "rb") as fh:
                data = fh.read()
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    decoded = decode_bytes(data, name)
    text = decoded.text
    kind = source.kind
    if kind == "text" and source.path == STDIN and text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        kind = "html"
    if kind == "html":
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{name}: no text (empty or whitespace only)")
    return make_document(text, path=None if source.path == STDIN else source.path, encoding=decoded.encoding)


def read_documents(
    paths: Iterable[str], stdin: BinaryIO | None = None
) -> Iterator[Document | Skipped]:
    """Yield a ``Document`` per readable source and a ``Skipped`` per other one."""
    sources, skipped = discover(paths)
    yield from skipped
    for source in sources:
        try:
            yield read_source(source, stdin)
        except InputError as exc:
            yield Skipped(source.path, str(exc).split(": ", 1)[-1])
        except RecursionError:
            yield Skipped(source.path, "markup nested too deeply to parse")
