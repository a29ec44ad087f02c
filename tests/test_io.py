"""Reading sources: encodings, formats, folders, stdin, skips with reasons."""
from __future__ import annotations

import io

import pytest

from conftest import PARAGRAPH, PARAGRAPH_TRADITIONAL
from kg.errors import InputError
from kg.io import (
    Source, content_id, decode_bytes, discover, html_to_text, make_document, read_documents, read_source,
    split_parts,
)
from kg.types import Document, Skipped

# (label, what to write, text expected back, encoding reported)
ENCODINGS = [
    ("utf8", PARAGRAPH.encode("utf-8"), PARAGRAPH, "utf-8"),
    ("utf8-bom", b"\xef\xbb\xbf" + PARAGRAPH.encode("utf-8"), PARAGRAPH, "utf-8"),
    ("utf16le-bom", b"\xff\xfe" + PARAGRAPH.encode("utf-16-le"), PARAGRAPH, "utf-16"),
    ("utf16be-bom", b"\xfe\xff" + PARAGRAPH.encode("utf-16-be"), PARAGRAPH, "utf-16"),
    ("gb18030", PARAGRAPH.encode("gb18030"), PARAGRAPH, "gb18030"),
    ("gbk", PARAGRAPH.encode("gbk"), PARAGRAPH, "gb18030"),
    ("gb2312", PARAGRAPH.encode("gb2312"), PARAGRAPH, "gb18030"),
    ("big5", PARAGRAPH_TRADITIONAL.encode("big5"), PARAGRAPH_TRADITIONAL, "big5"),
]


@pytest.mark.parametrize("label, data, text, encoding", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_decode_bytes_detects_encoding(label, data, text, encoding):
    decoded = decode_bytes(data, label)
    assert decoded.text.lstrip("\ufeff") == text
    assert decoded.encoding == encoding


@pytest.mark.parametrize("label, data, text, encoding", ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_read_file_in_each_encoding(tmp_path, label, data, text, encoding):
    path = tmp_path / f"{label}.txt"
    path.write_bytes(data)
    (doc,) = read_documents([str(path)])
    assert isinstance(doc, Document)
    assert doc.raw.lstrip("\ufeff") == text
    assert doc.meta.encoding == encoding
    assert "青山市召开全市乡村振兴工作推进会议" in doc.text  # Traditional folded to Simplified


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty file"),
        (b"   \n\t\n", "no text (empty or whitespace only)"),
        ("　\n".encode("utf-8"), "no text (empty or whitespace only)"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary content (a PDF file)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary content (a PNG image)"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary content (a zip archive"),
        (bytes(range(256)) * 8, "could not detect a text encoding"),
    ],
)
def test_unreadable_content_is_skipped_with_reason(tmp_path, data, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    (item,) = read_documents([str(path)])
    assert isinstance(item, Skipped)
    assert item.path == str(path)
    assert item.reason.startswith(reason)
    with pytest.raises(InputError, match="bad.txt"):
        read_source(Source(str(path), "text"))


@pytest.mark.parametrize("enc", ["utf-8", "gb18030"])
def test_a_few_invalid_bytes_are_replaced_not_fatal(enc):
    data = PARAGRAPH.encode(enc) + b"\xff\xff" + PARAGRAPH.encode(enc)
    decoded = decode_bytes(data)
    assert decoded.encoding.startswith(enc) and "replaced" in decoded.encoding
    assert decoded.text.count(PARAGRAPH) == 2


def test_markdown_read_as_text(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("# 青山市推进基层治理\n\n" + PARAGRAPH, encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert doc.meta.title == "# 青山市推进基层治理"
    assert PARAGRAPH in doc.raw


def test_html_text_only(tmp_path):
    markup = (
        "<!DOCTYPE html><html><head><title>青山市推进基层治理</title>"
        "<style>body{color:red}</style><script>var x='不应出现';</script></head>"
        "<body><div><p>" + PARAGRAPH + "</p><!-- 注释不应出现 --><noscript>也不应出现</noscript>"
        "<p>第二段<b>加粗</b>文字。</p></div><script>alert('脚本')</script></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(markup, encoding="utf-8")
    (doc,) = read_documents([str(path)])
    assert doc.raw.startswith("青山市推进基层治理\n")
    assert PARAGRAPH in doc.raw
    for hidden in ("不应出现", "alert", "color:red", "注释"):
        assert hidden not in doc.raw
    assert doc.meta.title == "青山市推进基层治理"


def test_html_gbk_encoded(tmp_path):
    markup = "<html><head><meta charset='gbk'><title>标题测试页面</title></head><body><p>" + PARAGRAPH + "</p></body></html>"
    path = tmp_path / "page.htm"
    path.write_bytes(markup.encode("gbk"))
    (doc,) = read_documents([str(path)])
    assert PARAGRAPH in doc.raw


@pytest.mark.parametrize("markup", ["<div>" * 5000 + "深层文字" + "</div>" * 5000, "<p>未闭合<div><span>文字<b>", "<<>>&&;文字</x></y>"])
def test_html_nested_or_malformed(markup):
    assert html_to_text(markup).strip()


def test_folders_recursive_sorted_and_filtered(tmp_path):
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "deep.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "a" / "page.html").write_text("<p>网页" + PARAGRAPH + "</p>", encoding="utf-8")
    (tmp_path / "top.md").write_text("顶层" + PARAGRAPH, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG....")
    (tmp_path / ".hidden.txt").write_text("隐藏", encoding="utf-8")
    sources, skipped = discover([str(tmp_path)])
    assert skipped == []
    names = [s.path.replace(str(tmp_path), "") for s in sources]
    assert names == ["/a/b/deep.txt", "/a/page.html", "/top.md"]
    assert [s.kind for s in sources] == ["text", "html", "text"]


def test_explicit_file_any_suffix_and_missing(tmp_path):
    path = tmp_path / "notes.log"
    path.write_text(PARAGRAPH, encoding="utf-8")
    sources, skipped = discover([str(path), str(tmp_path / "missing.txt")])
    assert [s.path for s in sources] == [str(path)]
    assert skipped == [Skipped(str(tmp_path / "missing.txt"), "no such file or folder")]


def test_same_file_twice_read_once(tmp_path):
    path = tmp_path / "x.txt"
    path.write_text(PARAGRAPH, encoding="utf-8")
    sources, _ = discover([str(path), str(path), str(tmp_path)])
    assert len(sources) == 1


@pytest.mark.parametrize("data", [PARAGRAPH.encode("utf-8"), PARAGRAPH.encode("gb18030")])
def test_stdin(data):
    (doc,) = read_documents(["-"], stdin=io.BytesIO(data))
    assert doc.raw == PARAGRAPH and doc.path is None and doc.name == doc.id


def test_stdin_html_detected():
    (doc,) = read_documents(["-"], stdin=io.BytesIO(("<!DOCTYPE html><p>" + PARAGRAPH + "</p>").encode()))
    assert doc.raw == PARAGRAPH


def test_content_hash_id_is_stable():
    doc = make_document(PARAGRAPH)
    assert doc.id == content_id(PARAGRAPH) == make_document(PARAGRAPH, path="elsewhere.txt").id
    assert len(doc.id) == 16 and int(doc.id, 16) >= 0
    assert make_document(PARAGRAPH + "。").id != doc.id
    # a known value: the id must not change between versions (it names documents in saved graphs)
    assert content_id("青山市") == "781bc0e1a4b75b45"


@pytest.mark.parametrize(
    "head, date",
    [
        ("2018年12月4日 青山市召开会议", "2018-12-04"),
        ("来源：青山日报  发布时间:2023-07-25", "2023-07-25"),
        ("2022年03月10日16:26 | 来源:青山网", "2022-03-10T16:26:00"),
        ("发布日期：2021/5/6", "2021-05-06"),
        ("二〇二三年七月五日", "2023-07-05"),
        ("没有日期的文字", None),
    ],
)
def test_document_metadata(head, date):
    doc = make_document("青山市推进基层治理工作综述\n" + head + "\n" + PARAGRAPH)
    assert doc.meta.title == "青山市推进基层治理工作综述"
    assert doc.meta.date == date


def test_split_parts_cuts_at_line_then_sentence_then_anywhere():
    assert split_parts("ab\ncd\nef", 4) == [(0, 3), (3, 6), (6, 8)]
    assert split_parts("一二。三四五。六", 4) == [(0, 3), (3, 7), (7, 8)]
    assert split_parts("abcdefghij", 4) == [(0, 4), (4, 8), (8, 10)]
    assert split_parts("", 4) == []


def test_long_text_read_in_parts_with_fragment_paths(tmp_path):
    path = tmp_path / "long.txt"
    text = "青山市重要会议纪要\n" + (PARAGRAPH + "\n") * 50
    path.write_text(text, encoding="utf-8")
    docs = list(read_documents([str(path)], max_chars=2000))
    assert len(docs) > 4 and all(isinstance(d, Document) for d in docs)
    assert "".join(d.raw for d in docs) == text
    assert docs[0].path == f"{path}#char=0,{len(docs[0].raw)}"
    assert all(d.meta.title == "青山市重要会议纪要" for d in docs)


def test_deeply_nested_folders(tmp_path):
    d = tmp_path
    for _ in range(200):  # (much deeper would break pytest's own tmp cleanup, shutil.rmtree)
        d = d / "d"
        d.mkdir()
    (d / "bottom.txt").write_text(PARAGRAPH, encoding="utf-8")
    sources, skipped = discover([str(tmp_path)])
    assert [s.path for s in sources] == [str(d / "bottom.txt")] and skipped == []


def test_symlink_loop_reported_once(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(PARAGRAPH, encoding="utf-8")
    (tmp_path / "a" / "up").symlink_to("..", target_is_directory=True)
    sources, skipped = discover([str(tmp_path)])
    assert [s.path for s in sources] == [str(tmp_path / "a" / "x.txt")]
    assert [s.path for s in skipped] == [str(tmp_path / "a" / "up")]
    assert skipped[0].reason.startswith("folder already read")
