"""Robustness (issue 8): bad input, hostile text, faults, determinism.

The corpus is generated here, in a temporary folder: every encoding the
reader supports, broken bytes, empty and binary files, huge lines, hostile
HTML, invisible and right-to-left characters, odd file names, unreadable
files and a folder symlink loop. The build must finish, list each skipped file
with a reason, keep everything readable and exit 0 (4 with --strict).
"""
from __future__ import annotations

import builtins
import io
import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pyoxigraph
import pytest
import rdflib
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import PARAGRAPH, PARAGRAPH_TRADITIONAL, ROOT, SEEDS
from kg.build import build, default_pipeline
from kg.cli import main
from kg.export.atomic import atomic_path
from kg.io import MAX_DOC_CHARS, read_documents
from kg.pipeline import Pipeline, stage
from kg.types import (
    Document, DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation, Skipped,
)

PLACES = "浙江省杭州市西湖区召开基层治理工作会议，四川省成都市代表作交流发言。"

# name -> (bytes, expected skip reason prefix or None when the file must be read)
def _corpus_files() -> dict[str, tuple[bytes, str | None]]:
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as z:
        z.writestr("inner.txt", PARAGRAPH)
    text = PLACES + PARAGRAPH
    return {
        "enc/utf8.txt": (text.encode("utf-8"), None),
        "enc/utf8-bom.txt": (b"\xef\xbb\xbf" + text.encode("utf-8"), None),
        "enc/utf16le.txt": (b"\xff\xfe" + text.encode("utf-16-le"), None),
        "enc/utf16be.txt": (b"\xfe\xff" + text.encode("utf-16-be"), None),
        "enc/gb18030.txt": (("广东省广州市" + PARAGRAPH).encode("gb18030"), None),
        "enc/gbk.txt": (("湖南省长沙市" + PARAGRAPH).encode("gbk"), None),
        "enc/big5.txt": (("臺北市" + PARAGRAPH_TRADITIONAL).encode("big5"), None),
        "bad/invalid-utf8.txt": (PARAGRAPH.encode() + b"\xc3\x28\xff" + PLACES.encode(), None),
        "bad/empty.txt": (b"", "empty file"),
        "bad/whitespace.txt": (b" \n\t\r\n  \n", "no text"),
        "bad/whitespace-utf16.txt": (b"\xff\xfe" + " \n ".encode("utf-16-le"), "no text"),
        "bad/report.pdf.txt": (b"%PDF-1.5\n%\xb5\xb5\xb5\xb5\n1 0 obj\n<<>>\nendobj\n", "binary content (a PDF"),
        "bad/photo.png.txt": (b"\x89PNG\r\n\x1a\n" + bytes(200), "binary content (a PNG"),
        "bad/archive.zip.txt": (zbuf.getvalue(), "binary content (a zip"),
        "bad/random.txt": (bytes((i * 151 + 7) % 256 for i in range(4096)), None),  # skipped, reason checked below
        "html/deep.html": (("<div>" * 3000 + "<p>" + PLACES + "</p>" + "</div>" * 3000).encode(), None),
        "html/malformed.html": (("<html><body><p>" + PLACES + "<div><span><b>未闭合 <a href='x>坏属性"
                                 "</i></table><script>document.write('<p>脚本')").encode(), None),
        "html/scripts.htm": (("<script>alert('x')</script><style>p{}</style><p>" + PLACES + "</p>").encode(), None),
        "odd/invisible.txt": (("\u200b浙江\u200d省\ufeff杭州市\u2060召开\x01会议\x7f。\u202e倒序\u202c\u200f"
                               "عربي русский English 日本語かな 한국어 😀\n" + PARAGRAPH).encode(), None),
        "odd/青山 会议 纪要 (最终版).txt": (("会议纪要\n" + PLACES + PARAGRAPH).encode(), None),
        "odd/crlf-and-cr.txt": (("第一行" + PLACES + "\r\n第二行\r第三行" + PARAGRAPH).encode(), None),
        "odd/pinyin-traditional.txt": (("新聞網(wǎng)報道：臺北市與杭州市開展交流(GDP)。\n" + PARAGRAPH_TRADITIONAL).encode(), None),
    }


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    files = _corpus_files()
    for name, (data, _) in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    # a 5 MB single line (~1.7M characters, no line break)
    line = (PARAGRAPH.replace("。", "，") * (5_000_000 // len(PARAGRAPH.encode()) + 1)).encode()[:5_000_000]
    line = line.decode("utf-8", errors="ignore").encode()
    (root / "large").mkdir()
    (root / "large" / "one-line.txt").write_bytes(line)
    # unreadable: chmod 000 (root can still read it: the build then reads it, or a test simulates)
    locked = root / "odd" / "locked.txt"
    locked.write_text(PLACES, encoding="utf-8")
    locked.chmod(0)
    # a pipe named like a document (opening it would block) and a folder named like one
    os.mkfifo(root / "odd" / "pipe.txt")
    (root / "odd" / "folder.txt").mkdir()
    (root / "odd" / "broken-link.txt").symlink_to("../nowhere.txt")
    # a folder symlink loop
    (root / "loop").mkdir()
    (root / "loop" / "inside.txt").write_text("循环目录中的文件。" + PLACES, encoding="utf-8")
    (root / "loop" / "back").symlink_to(".", target_is_directory=True)  # relative: survives copies
    yield root
    locked.chmod(0o644)


# a pipeline with the real extractors but no word segmentation: fast on megabytes
@stage("analyse", provides={"tokens"})
def _no_tokens(ann, ctx):
    return []


@pytest.fixture(scope="module")
def fast_pipeline(pipeline):
    return Pipeline((_no_tokens,) + tuple(s for s in pipeline.stages if s.name != "analyse"))


def _expected_skips(root: Path) -> dict[str, str]:
    out = {str(root / n): r for n, (_, r) in _corpus_files().items() if r}
    out[str(root / "bad" / "random.txt")] = ""
    out[str(root / "odd" / "pipe.txt")] = "not a regular file"
    out[str(root / "odd" / "broken-link.txt")] = "not a regular file"
    out[str(root / "loop" / "back")] = "folder already read"
    if not _is_root():
        out[str(root / "odd" / "locked.txt")] = "cannot read: Permission denied"
    return out


def test_corpus_reads_everything_readable_and_lists_each_skip(corpus):
    items = list(read_documents([str(corpus)]))
    docs = [i for i in items if isinstance(i, Document)]
    skipped = {s.path: s.reason for s in items if isinstance(s, Skipped)}
    expected = _expected_skips(corpus)
    assert set(skipped) == set(expected), skipped
    for path, reason in expected.items():
        assert skipped[path].startswith(reason), (path, skipped[path])
        assert skipped[path]  # every skip has a reason
    read = {Path(d.path.split("#", 1)[0]).relative_to(corpus).as_posix() for d in docs}
    readable = {n for n, (_, r) in _corpus_files().items() if r is None and n != "bad/random.txt"}
    assert readable | {"large/one-line.txt", "loop/inside.txt"} <= read
    for d in docs:
        assert len(d.offsets) == len(d.text) + 1 and d.offsets[-1] == len(d.raw)
        assert "\u200b" not in d.text and "\x01" not in d.text and "\ufeff" not in d.text
    by_name = {Path(d.path).name: d for d in docs if "#" not in d.path}
    assert "浙江省杭州市" in by_name["invisible.txt"].text
    assert "第二行\n第三行" in by_name["crlf-and-cr.txt"].text
    assert "新闻网报道" in by_name["pinyin-traditional.txt"].text and "(GDP)" in by_name["pinyin-traditional.txt"].text
    assert "replaced" in by_name["invalid-utf8.txt"].meta.encoding
    assert "alert" not in by_name["scripts.htm"].raw and PLACES in by_name["malformed.html"].raw
    parts = [d for d in docs if d.path.startswith(str(corpus / "large" / "one-line.txt"))]
    assert len(parts) > 1 and "".join(p.raw for p in parts) == (corpus / "large" / "one-line.txt").read_text()


def test_unreadable_file_is_skipped_with_reason(corpus, monkeypatch):
    """chmod 000 does not stop root; simulate the permission error where needed."""
    locked = corpus / "odd" / "locked.txt"
    if _is_root():
        real_open = builtins.open

        def guarded(file, *args, **kw):
            if str(file) == str(locked):
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kw)

        monkeypatch.setattr(builtins, "open", guarded)
    items = list(read_documents([str(locked), str(corpus / "enc" / "utf8.txt")]))
    assert items[0] == Skipped(str(locked), "cannot read: Permission denied")
    assert isinstance(items[1], Document)


def test_corpus_build_cli_exit_codes(corpus, tmp_path, monkeypatch):
    """The whole corpus (minus the megabyte line, built below) through `kg build`."""
    src = tmp_path / "src"
    shutil.copytree(corpus, src, symlinks=True, ignore=shutil.ignore_patterns("large", "pipe.txt", "locked.txt"))
    os.mkfifo(src / "odd" / "pipe.txt")
    runner = CliRunner()
    out = tmp_path / "out"
    result = runner.invoke(main, ["build", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    for path, reason in _expected_skips(src).items():
        if "locked" in path:
            continue
        assert f"  - {path}: {reason}" in result.output
    assert "Region" in result.output
    _parse_both(out / "graph.ttl")
    result = runner.invoke(main, ["build", str(src), "-o", str(out), "--strict", "-q"])
    assert result.exit_code == 4


def test_long_line_build_finishes(corpus, ctx, tmp_path):
    """A 5 MB line builds (read in parts, resolved, exported) and exits 0."""
    kg, report = build([str(corpus / "large")], ctx=ctx, pipeline=Pipeline([]))
    assert report.documents > 1 and not report.skipped and not report.errors
    assert report.characters == len((corpus / "large" / "one-line.txt").read_text())
    from kg.export import write_all

    written = write_all(kg, tmp_path)
    assert any(p.name == "graph.ttl" for p in written)
    assert all(d.path.startswith(str(corpus / "large" / "one-line.txt") + "#char=") for d in kg.documents)


def test_long_line_parts_through_the_extractors(corpus, ctx, fast_pipeline):
    """The real extractors (without segmentation: the regions scan alone runs at
    ~40k characters/s) on the first parts of the 5 MB line, across a part boundary."""
    parts = []
    for doc in read_documents([str(corpus / "large")]):
        parts.append(doc)
        if len(parts) == 3:
            break
    for doc in parts:
        ann = fast_pipeline.run(doc, ctx, on_error="raise")
        assert ann.mentions
        for m in ann.mentions:
            assert doc.raw[m.start:m.end] == m.surface


BIG_MB = int(os.environ.get("KG_BIG_MB", "16"))


def test_big_text_reads_and_normalises_in_parts(tmp_path):
    """A big text (16 MB here; KG_BIG_MB=100 or benchmarks/bench_big_input.py for 100 MB)
    is read in bounded parts whose offsets all map back."""
    path = tmp_path / "big.txt"
    block = ((PLACES + PARAGRAPH + "\n") * 200).encode()
    with open(path, "wb") as fh:
        for _ in range(BIG_MB * 1_000_000 // len(block) + 1):
            fh.write(block)
    n_chars = 0
    n_docs = 0
    for doc in read_documents([str(path)]):
        assert isinstance(doc, Document), doc
        assert len(doc.raw) <= MAX_DOC_CHARS and doc.offsets[-1] == len(doc.raw)
        n_chars += len(doc.raw)
        n_docs += 1
    assert n_chars == path.stat().st_size // len(block) * len(block.decode())
    assert n_docs > BIG_MB


# -- hostile text ---------------------------------------------------------------------------

HOSTILE = [
    "<script>alert('x')</script>",
    'say "hello" \\" \\\\ end',
    "line one\nline two\r\nthree",
    "{{ config }} {% raw %} ${x} #{y}",
    "ctl\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85\u2028\u2029 end",
    "=cmd|' /C calc'!A0",
    "+SUM(1)", "-1+2", "@import",
    "\ufeff\u200b\u202e反转\u202c",
    "</script><script>alert(1)</script>",
    "'; DROP TABLE x; --",
    "]]> <![CDATA[ x ]]> <!-- c -->",
    "\\u0041 \\n \\t",
    "浙江省<b>粗</b>\"引号\"",
]


def _hostile_graph() -> KnowledgeGraph:
    doc_id = "0123456789abcdef"
    docs = (DocumentInfo(doc_id, 'path/with "quotes"\\and\nnewline<script>.txt', HOSTILE[0], "2023-07-25",
                         HOSTILE[3], 100),)
    entities = []
    for i, name in enumerate(HOSTILE):
        m = Mention(doc_id, i, i + 1, name, EntityType.PERSON, name, "test")
        entities.append(Entity(f"person/h{i:02d}", EntityType.PERSON, name, (name + "别名", HOSTILE[(i + 1) % len(HOSTILE)]),
                               (("post", name),), (m,)))
    org = Entity("organization/o1", EntityType.ORGANIZATION, HOSTILE[1], (), (), ())
    relations = tuple(
        Relation(f"person/h{i:02d}", Predicate.HOLDS_POST, "organization/o1",
                 (Evidence(doc_id, 0, 10, HOSTILE[-1 - i]),), (("post", HOSTILE[i]),), "test")
        for i in range(len(HOSTILE))
    )
    return KnowledgeGraph(tuple(entities) + (org,), relations, docs)


def _parse_both(path: Path) -> rdflib.Graph:
    g = rdflib.Graph().parse(path, format="turtle")
    store = pyoxigraph.Store()
    store.load(path=str(path), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(g) > 0
    return g


def test_hostile_names_keep_turtle_valid(tmp_path):
    from kg.export.rdf import to_rdf, write_turtle

    kg = _hostile_graph()
    path = write_turtle(kg, tmp_path / "graph.ttl")
    g = _parse_both(path)
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    for name in HOSTILE:
        assert name in labels  # every character survives the round trip
    # the rdflib graph of the same KG serialises and parses too
    data = to_rdf(kg).serialize(format="turtle")
    again = rdflib.Graph().parse(data=data, format="turtle")
    assert len(again) == len(to_rdf(kg))
    store = pyoxigraph.Store()
    store.load(data.encode(), format=pyoxigraph.RdfFormat.TURTLE)


def test_hostile_names_keep_jsonld_valid(tmp_path):
    from kg.export.rdf import to_jsonld

    data = json.dumps(to_jsonld(_hostile_graph()), ensure_ascii=False)
    g = rdflib.Graph().parse(data=data, format="json-ld")
    labels = {str(o) for o in g.objects(None, rdflib.RDFS.label)}
    assert set(HOSTILE) <= labels


def test_hostile_names_are_text_in_html():
    from kg.export.html import to_html

    page = to_html(_hostile_graph())
    empty = to_html(KnowledgeGraph())
    assert "<script>alert" not in page and "</script><script>alert(1)" not in page
    # no element was injected: as many <script> tags as the page of an empty graph
    assert page.lower().count("<script") == empty.lower().count("<script")
    assert page.lower().count("</script") == empty.lower().count("</script")
    # the names are there, as escaped data
    assert "\\u003cscript\\u003ealert('x')" in page
    assert "{{ config }}" in page


def test_hostile_names_neutralised_in_csv():
    from kg.export.tables import to_tables

    tables = to_tables(_hostile_graph())
    import csv

    for name, text in tables.items():
        for row in csv.reader(io.StringIO(text)):
            for cell in row:
                assert not cell.startswith(("=", "+", "-", "@")), (name, cell)


# -- faults ---------------------------------------------------------------------------------


class Boom(Exception):
    pass


@pytest.mark.parametrize("exc", [Boom, KeyboardInterrupt])
def test_atomic_write_keeps_previous_file(tmp_path, exc):
    target = tmp_path / "graph.ttl"
    target.write_text("previous", encoding="utf-8")
    with pytest.raises(exc):
        with atomic_path(target) as tmp:
            tmp.write_text("half of a new fi", encoding="utf-8")
            raise exc()
    assert target.read_text(encoding="utf-8") == "previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_atomic_write_replaces_on_success(tmp_path):
    target = tmp_path / "sub" / "graph.ttl"
    with atomic_path(target) as tmp:
        tmp.write_text("new", encoding="utf-8")
    assert target.read_text(encoding="utf-8") == "new"
    assert [p.name for p in target.parent.iterdir()] == ["graph.ttl"]


def test_export_crash_mid_write_leaves_previous_turtle(tmp_path, monkeypatch):
    from itertools import islice

    from kg.export import rdf

    target = tmp_path / "graph.ttl"
    rdf.write_turtle(_hostile_graph(), target)
    before = target.read_bytes()
    real = rdf.triples
    written: list[int] = []

    def crash(*args, **kw):
        yield from islice(real(*args, **kw), 400)  # most of the graph: past the file buffer
        written.append(next(tmp_path.glob(".graph.ttl.*")).stat().st_size)
        raise Boom("disk full")

    monkeypatch.setattr(rdf, "triples", crash)
    monkeypatch.setattr(rdf, "WRITE_BATCH_CHARS", 500)  # so part of the new file is on disk when it fails
    with pytest.raises(Boom):
        rdf.write_turtle(_hostile_graph(), target)
    assert written and written[0] > 0
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["graph.ttl"]


def test_one_failing_document_names_itself_and_the_batch_goes_on(tmp_path, ctx, pipeline):
    for name, text in (("a.txt", PLACES), ("poison.txt", "四川省成都市" + PARAGRAPH), ("c.txt", "广东省广州市" + PARAGRAPH)):
        (tmp_path / name).write_text(text, encoding="utf-8")

    @stage("fragile", requires={"tokens"})
    def fragile(ann, ctx):
        if ann.doc.path.endswith("poison.txt"):
            raise ZeroDivisionError("cannot divide")
        return []

    custom = Pipeline(pipeline.stages[:2] + (fragile,) + pipeline.stages[2:])
    kg, report = build([str(tmp_path)], ctx=ctx, pipeline=custom)
    assert report.documents == 3 and not report.skipped
    assert len(report.errors) == 1
    assert "stage 'fragile' failed on document" in report.errors[0] and "poison.txt" in report.errors[0]
    assert "ZeroDivisionError" in report.errors[0]
    names = {e.name for e in kg.entities}
    assert {"浙江省", "杭州市", "广州市"} <= names
    assert "成都市" in names  # the poisoned document keeps what the other stages found


# -- determinism -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory):
    """Two separate processes with different hash seeds build the seeds."""
    outs = []
    for seed in ("1", "2"):
        out = tmp_path_factory.mktemp(f"build{seed}")
        env = dict(os.environ, PYTHONHASHSEED=seed)
        subprocess.run([sys.executable, "-m", "kg.cli", "build", str(SEEDS), "-o", str(out), "-q"],
                       check=True, cwd=ROOT, env=env, timeout=300)
        outs.append(out)
    return outs


def _files(out: Path) -> list[str]:
    return sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())


@pytest.mark.parametrize("name", ["graph.ttl", "graph.html"])
def test_two_builds_are_byte_identical(two_builds, name):
    a, b = (out / name for out in two_builds)
    assert a.read_bytes() == b.read_bytes(), f"{name} differs between two builds"
    if name == "graph.ttl":
        _parse_both(a)


def test_every_export_file_is_byte_identical(two_builds):
    names = _files(two_builds[0])
    assert names == _files(two_builds[1])
    differ = [n for n in names if (two_builds[0] / n).read_bytes() != (two_builds[1] / n).read_bytes()]
    assert differ == []


# -- properties over extraction --------------------------------------------------------------

_PIECES = st.sampled_from([
    "浙江省", "杭州市", "西湖区", "召开", "会议", "书记", "王 明", "同志", "。", "，", "“", "”", "《", "》",
    "網(wǎng)", "區(qū)", "發展", "(GDP)", " ", "\n", "\u200b", "\u202e", "\ufeff", "Ａ１", "abc", "2023年7月25日",
    "乡村振兴", "综合整治行动", "青山县委", "（", "）", "\r\n", "\t", "😀", "عربي",
])
_TEXTS = st.one_of(st.lists(_PIECES, min_size=1, max_size=40).map("".join), st.text(min_size=1, max_size=80))


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(raw=_TEXTS)
def test_extraction_invariants(raw, ctx, pipeline):
    from kg.io import make_document

    doc = make_document(raw)
    ann = pipeline.run(doc, ctx, on_error="raise")
    for m in ann.mentions:
        assert 0 <= m.start < m.end <= len(doc.raw)
        assert doc.raw[m.start:m.end] == m.surface
    for r in ann.relations:
        for m in (r.head, r.tail):
            assert doc.raw[m.start:m.end] == m.surface
        assert 0 <= r.evidence.start <= r.evidence.end <= len(doc.raw)


def test_atomic_writes_get_ordinary_permissions(tmp_path):
    target = tmp_path / "out.txt"
    with atomic_path(target) as tmp:
        tmp.write_text("x", encoding="utf-8")
    mask = os.umask(0o022)
    os.umask(mask)
    assert (target.stat().st_mode & 0o777) == (0o666 & ~mask)
