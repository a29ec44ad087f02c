"""The per-document extraction cache: versioned, content-keyed, pruned."""
from __future__ import annotations

import os
import time

from kg.cache import DocResult, ExtractionCache, pipeline_version
from kg.pipeline import Pipeline, stage
from kg.types import DocumentInfo, EntityType, Mention


@stage("test_marks", provides={"marks"})
def _marks(ann, ctx):
    return []


@stage("test_other", provides={"other"})
def _other(ann, ctx):
    return []


def _result(doc_id: str, errors=()) -> DocResult:
    m = Mention(doc_id, 0, 3, "青山市", EntityType.REGION, "青山市", "test")
    return DocResult(DocumentInfo(doc_id, f"{doc_id}.txt", None, None, None, 10), (m,), (), tuple(errors))


def test_roundtrip_and_miss(tmp_path):
    c = ExtractionCache(tmp_path, "v1")
    assert c.get("a" * 16) is None
    c.put(_result("a" * 16))
    again = ExtractionCache(tmp_path, "v1")
    assert again.get("a" * 16) == _result("a" * 16)
    assert ExtractionCache(tmp_path, "v2").get("a" * 16) is None  # another pipeline version
    assert (again.hits, again.misses) == (1, 0)


def test_results_with_stage_errors_are_not_cached(tmp_path):
    c = ExtractionCache(tmp_path, "v1")
    c.put(_result("b" * 16, errors=["stage 'x' failed on document b.txt: boom"]))
    assert c.get("b" * 16) is None


def test_damaged_entry_is_a_miss(tmp_path):
    c = ExtractionCache(tmp_path, "v1")
    c.put(_result("c" * 16))
    path = next(tmp_path.rglob("*.pkl"))
    path.write_bytes(b"not a pickle")
    assert ExtractionCache(tmp_path, "v1").get("c" * 16) is None


def test_prune_removes_unused_entries_and_other_versions(tmp_path):
    old = ExtractionCache(tmp_path, "v0")
    old.put(_result("d" * 16))
    c = ExtractionCache(tmp_path, "v1")
    c.put(_result("e" * 16))
    c.put(_result("f" * 16))
    c2 = ExtractionCache(tmp_path, "v1")
    assert c2.get("e" * 16) is not None
    assert c2.finish(prune=True) == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["v1"]
    assert c2.entries() == ["e" * 16]


def test_file_index_trusts_only_settled_files(tmp_path):
    f = tmp_path / "doc.txt"
    f.write_text("内容", encoding="utf-8")
    c = ExtractionCache(tmp_path / "cache", "v1")
    c.remember(str(f), os.stat(f), "1" * 16)  # just written: not recorded
    assert c.known_id(str(f), os.stat(f)) is None
    old = time.time() - 60
    os.utime(f, (old, old))
    c.remember(str(f), os.stat(f), "1" * 16)
    c._used.add("1" * 16)
    c.finish()
    again = ExtractionCache(tmp_path / "cache", "v1")
    assert again.known_id(str(f), os.stat(f)) == "1" * 16
    f.write_text("内容改了", encoding="utf-8")
    assert again.known_id(str(f), os.stat(f)) is None


def test_pipeline_version_depends_on_stages_and_analyser():
    a = pipeline_version(Pipeline([_marks]), True)
    assert a == pipeline_version(Pipeline([_marks]), True)
    assert a != pipeline_version(Pipeline([_marks]), False)
    assert a != pipeline_version(Pipeline([_marks, _other]), True)
    assert len(a) == 16


def test_pooled_load_equals_the_stored_result_and_shares_equal_values(tmp_path):
    from kg.cache import ValuePool
    from kg.types import Evidence, Predicate, RelationMention

    def rich(doc_id: str) -> DocResult:
        a = Mention(doc_id, 300, 303, "青山市", EntityType.REGION, "青山市", "test", 1.0, "青山市",
                    (("code", "990100"),))
        b = Mention(doc_id, 1000, 1002, "王明", EntityType.PERSON, "王明", "test", -0.0)
        ev = Evidence(doc_id, 300, 1010, "青山市市长王明出席会议。")
        rel = RelationMention(doc_id, b, Predicate.HOLDS_POST, a, ev, "test", (("post", "市长"),))
        return DocResult(DocumentInfo(doc_id, f"{doc_id}.txt", None, None, None, 10), (a, b), (rel,))

    c = ExtractionCache(tmp_path, "v1")
    c.put(rich("a" * 16))
    c.put(rich("b" * 16))
    pool = ValuePool()
    x, y = (ExtractionCache(tmp_path, "v1").get(d * 16, pool) for d in "ab")
    assert x == rich("a" * 16) and y == rich("b" * 16)
    assert x.relations[0].head is x.mentions[1]  # a relation's ends are the document's mentions
    for m1, m2 in zip(x.mentions, y.mentions):
        assert m1.surface is m2.surface and m1.attributes is m2.attributes and m1.end is m2.end
    assert x.relations[0].evidence.quote is y.relations[0].evidence.quote
    # equal is not the same: 1.0 stays a float, -0.0 keeps its sign
    assert type(x.mentions[0].confidence) is float and str(x.mentions[1].confidence) == "-0.0"
    fresh = ValuePool()
    fresh(1.0), fresh(0.0)
    assert type(fresh(1)) is int and fresh(True) is True and str(fresh(-0.0)) == "-0.0"


def test_prune_leaves_the_exports_chunk_store_alone(tmp_path):
    from kg.cache import EXPORTS_DIRNAME

    store = tmp_path / EXPORTS_DIRNAME
    store.mkdir()
    (store / "graph.ttl.chunks").write_bytes(b"index")
    (tmp_path / "0123456789abcdef").mkdir()  # a cache of another pipeline version goes
    ExtractionCache(tmp_path, "v1").finish(prune=True)
    assert (store / "graph.ttl.chunks").read_bytes() == b"index"
    assert not (tmp_path / "0123456789abcdef").exists()
