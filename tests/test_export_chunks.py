"""Incremental exports (kg.export.chunks): what a rebuild writes is byte-identical to a full export."""
from __future__ import annotations

import pickle
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from kg import build as build_mod
from kg.export import INCREMENTAL_FORMATS, write_all
from kg.export import chunks as chunks_mod
from kg.export.chunks import ChunkStore, blocks, MENTION_VALUES
from kg.lexicons.gazetteer import Gazetteer
from kg.synth import CorpusGenerator, corpus_path, write_corpus
from kg.types import EntityType, KnowledgeGraph

try:
    from test_export_fixtures import EVENT, sample_graph
except ImportError:  # tests as a package
    from .test_export_fixtures import EVENT, sample_graph

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FILES = {"json": "graph.json", "ttl": "graph.ttl"}


@pytest.fixture(scope="module")
def graphs(ctx, tmp_path_factory):
    """A built graph, then the same corpus with two documents added, one changed and one removed."""
    gen = CorpusGenerator.from_seed_files(sorted(SEEDS.glob("*.txt")), Gazetteer.default(with_towns=False),
                                          seed=11, mean_chars=300)
    corpus = tmp_path_factory.mktemp("chunks") / "corpus"
    write_corpus(gen, corpus, 10)
    before = build_mod.build([str(corpus)], ctx=ctx)[0]
    write_corpus(gen, corpus, 12, start=10)
    changed = corpus_path(corpus, 3)
    changed.write_text(changed.read_text(encoding="utf-8") + "\n青山市召开全市乡村振兴工作会议，王明出席。\n",
                       encoding="utf-8")
    corpus_path(corpus, 5).unlink()
    after = build_mod.build([str(corpus)], ctx=ctx)[0]
    assert before.entities and after.entities and before != after
    return before, after


def _full(kg: KnowledgeGraph, out: Path, fmt: str) -> bytes:
    write_all(kg, out, [fmt])
    return (out / FILES[fmt]).read_bytes()


def _chunked(kg: KnowledgeGraph, out: Path, fmt: str, store_dir: Path) -> tuple[bytes, ChunkStore]:
    store = ChunkStore(store_dir)
    write_all(kg, out, [fmt], chunks=store)
    return (out / FILES[fmt]).read_bytes(), store


@pytest.mark.parametrize("every", [1, 2, chunks_mod.BLOCK_EVERY])
@pytest.mark.parametrize("fmt", INCREMENTAL_FORMATS)
def test_incremental_export_equals_a_full_export_of_the_same_graph(graphs, tmp_path, monkeypatch, fmt, every):
    monkeypatch.setattr(chunks_mod, "BLOCK_EVERY", every)  # 1: every document its own block
    before, after = graphs
    out, store_dir = tmp_path / "out", tmp_path / "out" / ".kgcache" / "exports"
    first, store = _chunked(before, out, fmt, store_dir)
    assert first == _full(before, tmp_path / "ref-before", fmt)
    assert store.stats[FILES[fmt]]["copied"] == 0
    again, store = _chunked(after, out, fmt, store_dir)
    assert again == _full(after, tmp_path / "ref-after", fmt)
    stats = store.stats[FILES[fmt]]
    assert stats["copied"] > 0 and stats["rendered"] > 0  # what did not change is copied, the rest rendered
    same, store = _chunked(after, out, fmt, store_dir)
    assert same == again and store.stats[FILES[fmt]]["rendered"] == 0
    back, _ = _chunked(before, out, fmt, store_dir)  # and back: removed documents come back
    assert back == first


@pytest.mark.parametrize("fmt", INCREMENTAL_FORMATS)
def test_values_changed_inside_an_entity_are_rendered_again(graphs, tmp_path, fmt):
    _, kg = graphs
    big = max(range(len(kg.entities)), key=lambda i: len(kg.entities[i].mentions))
    e = kg.entities[big]
    m = e.mentions[len(e.mentions) // 2]
    edited = replace(e, mentions=tuple(replace(x, confidence=0.25, surface=x.surface + "x") if x is m else x
                                       for x in e.mentions))
    changed = kg.with_(entities=kg.entities[:big] + (edited,) + kg.entities[big + 1:])
    store_dir = tmp_path / "store"
    _chunked(kg, tmp_path / "out", fmt, store_dir)
    got, store = _chunked(changed, tmp_path / "out", fmt, store_dir)
    assert got == _full(changed, tmp_path / "ref", fmt)
    assert store.stats[FILES[fmt]]["rendered"] >= 1


def test_a_shared_node_is_stated_by_its_new_first_user(tmp_path, monkeypatch):
    """Two events on one day share a time instant, stated once, by the first. When the first goes,
    the second must state it, though its own chunk (and where the Turtle text stands before it,
    after an unchanged entity) is the same as before."""
    monkeypatch.setattr(chunks_mod, "GROUP_EVERY", 1)  # every entity its own chunk
    kg = sample_graph()
    first = replace(EVENT, id="event/e0")
    between = replace(EVENT, id="event/e05", name="冬藏座谈会", attributes=(),
                      mentions=tuple(replace(m, doc_id="d4", surface="冬藏座谈会", name="冬藏座谈会") for m in EVENT.mentions))
    ents = sorted(kg.entities + (first, between), key=lambda e: (e.type.value, e.id))
    with_first = kg.with_(entities=ents)
    without_first = kg.with_(entities=[e for e in ents if e.id != "event/e0"])
    store_dir = tmp_path / "store"
    _chunked(with_first, tmp_path / "out", "ttl", store_dir)
    got, store = _chunked(without_first, tmp_path / "out", "ttl", store_dir)
    assert got == _full(without_first, tmp_path / "ref", "ttl")
    assert got.count(b" a time:Instant") == 1
    assert store.stats["graph.ttl"]["copied"] > 0


def test_a_chunk_that_stops_being_first_gets_its_separator(tmp_path, monkeypatch):
    """Where the Turtle text stands when a chunk starts is part of its fingerprint: the first
    statement of the file has no `` .`` before it, every later one has."""
    monkeypatch.setattr(chunks_mod, "GROUP_EVERY", 1)
    kg = sample_graph()
    later = kg.with_(documents=kg.documents[1:])
    store_dir = tmp_path / "store"
    _chunked(later, tmp_path / "out", "ttl", store_dir)
    got, store = _chunked(kg, tmp_path / "out", "ttl", store_dir)
    assert got == _full(kg, tmp_path / "ref", "ttl")
    assert store.stats["graph.ttl"]["copied"] > 0


def _damage_index(store_dir: Path, name: str) -> None:
    (store_dir / (name + chunks_mod.INDEX_SUFFIX)).write_bytes(b"\x80\x05not a pickle at all")


def _truncate_index(store_dir: Path, name: str) -> None:
    path = store_dir / (name + chunks_mod.INDEX_SUFFIX)
    path.write_bytes(path.read_bytes()[:200])


def _wrong_spans(store_dir: Path, name: str) -> None:
    path = store_dir / (name + chunks_mod.INDEX_SUFFIX)
    data = pickle.loads(path.read_bytes())
    data["spans"][0] += 10 ** 9  # a chunk past the end of the file
    path.write_bytes(pickle.dumps(data))


def _edited_output(store_dir: Path, name: str) -> None:
    out = store_dir.parent.parent / name
    out.write_bytes(out.read_bytes().replace(b"e", b"E", 5))


def _foreign(store_dir: Path, name: str) -> None:
    """An index written for another folder's file of the same name."""
    other = store_dir.parent.parent.parent / "other"
    kg = sample_graph()
    write_all(kg, other, ["ttl"], chunks=other / "store")
    shutil.copy(other / "store" / (name + chunks_mod.INDEX_SUFFIX), store_dir / (name + chunks_mod.INDEX_SUFFIX))


def _missing(store_dir: Path, name: str) -> None:
    shutil.rmtree(store_dir)


@pytest.mark.parametrize("damage", [_damage_index, _truncate_index, _wrong_spans, _edited_output, _foreign, _missing])
@pytest.mark.parametrize("fmt", INCREMENTAL_FORMATS)
def test_a_damaged_missing_or_foreign_store_falls_back_to_a_full_render(graphs, tmp_path, fmt, damage):
    before, after = graphs
    out = tmp_path / "build" / "out"
    store_dir = out / ".kgcache" / "exports"
    _chunked(before, out, fmt, store_dir)
    damage(store_dir, FILES[fmt])
    got, store = _chunked(after, out, fmt, store_dir)
    assert got == _full(after, tmp_path / "ref", fmt)
    assert store.stats[FILES[fmt]]["copied"] == 0
    again, store = _chunked(after, out, fmt, store_dir)  # and the store is sound again
    assert again == got and store.stats[FILES[fmt]]["rendered"] == 0


def test_the_store_keeps_one_index_per_file_of_the_latest_write(graphs, tmp_path):
    before, after = graphs
    out, store_dir = tmp_path / "out", tmp_path / "store"
    for kg in (before, after, before, after):
        write_all(kg, out, ["json", "ttl", "html"], chunks=store_dir)
    assert sorted(p.name for p in store_dir.iterdir()) == ["graph.json.chunks", "graph.ttl.chunks"]
    for name in FILES.values():
        data = pickle.loads((store_dir / (name + chunks_mod.INDEX_SUFFIX)).read_bytes())
        n = len(data["fps"]) // 16
        assert n == len(data["extras"]) == len(data["spans"]) // 2
        assert sum(data["spans"][1::2]) <= (out / name).stat().st_size


def test_blocks_keep_a_documents_items_together_and_survive_insertions():
    kg = sample_graph()
    ms = tuple(m for e in kg.entities for m in e.mentions)
    ms = tuple(sorted(ms, key=lambda m: (m.doc_id, m.start)))
    parts = blocks(ms, MENTION_VALUES)
    assert parts[0][0] == 0 and parts[-1][1] == len(ms)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert all(ms[hi - 1].doc_id != ms[hi].doc_id for _, hi, _ in parts[:-1])
    # a new document's items change only the block they fall in
    extra = tuple(replace(m, doc_id="d25") for m in ms if m.doc_id == "d2")
    grown = tuple(sorted(ms + extra, key=lambda m: (m.doc_id, m.start)))
    kept = {fp for _, _, fp in parts} & {fp for _, _, fp in blocks(grown, MENTION_VALUES)}
    assert len(kept) >= len(parts) - 1


def test_cli_build_with_cache_writes_exports_incrementally(tmp_path):
    from click.testing import CliRunner

    from kg.cli import main

    gen = CorpusGenerator.from_seed_files(sorted(SEEDS.glob("*.txt")), Gazetteer.default(with_towns=False),
                                          seed=5, mean_chars=250)
    corpus, out, ref = tmp_path / "corpus", tmp_path / "out", tmp_path / "ref"
    write_corpus(gen, corpus, 4)
    runner = CliRunner()
    args = ["build", str(corpus), "--no-lac", "-q", "--format", "ttl", "--format", "html"]
    assert runner.invoke(main, [*args, "-o", str(out), "--cache"]).exit_code == 0
    index = out / ".kgcache" / "exports" / ("graph.ttl" + chunks_mod.INDEX_SUFFIX)
    assert index.is_file() and (out / ".kgcache" / "exports" / ("graph.json" + chunks_mod.INDEX_SUFFIX)).is_file()
    write_corpus(gen, corpus, 5, start=4)
    assert runner.invoke(main, [*args, "-o", str(out), "--cache"]).exit_code == 0
    assert runner.invoke(main, [*args, "-o", str(ref)]).exit_code == 0
    assert not (ref / ".kgcache").exists()
    for name in ("graph.json", "graph.ttl", "graph.html", "campaigns.html"):
        assert (out / name).read_bytes() == (ref / name).read_bytes(), name
    assert index.is_file()  # the extraction cache's pruning leaves the export store alone
    assert any(e.type is EntityType.REGION for e in build_mod.build([str(corpus)])[0].entities)


def test_a_new_document_of_a_big_entity_re_renders_one_block(graphs, tmp_path, monkeypatch):
    """A big entity's and fact's documents and evidence links are stated block by block, and
    evidence nodes are named by content: one more mention re-renders its block, not the
    entity's head with the list of all its documents, nor the blocks after it."""
    monkeypatch.setattr(chunks_mod, "BLOCK_EVERY", 1)  # every document its own block
    _, kg = graphs
    big = max(range(len(kg.entities)), key=lambda i: len(kg.entities[i].documents))
    e = kg.entities[big]
    assert len(e.documents) >= 4
    first = e.mentions[0]
    added = replace(first, doc_id=first.doc_id + "a")  # sorts right after the first document
    grown = replace(e, mentions=tuple(sorted(e.mentions + (added,), key=lambda m: (m.doc_id, m.start))))
    changed = kg.with_(entities=kg.entities[:big] + (grown,) + kg.entities[big + 1:])
    store_dir = tmp_path / "store"
    _chunked(kg, tmp_path / "out", "ttl", store_dir)
    got, store = _chunked(changed, tmp_path / "out", "ttl", store_dir)
    assert got == _full(changed, tmp_path / "ref", "ttl")
    stats = store.stats["graph.ttl"]
    # the new block, and the next one (its fingerprint holds where the text stands when it starts)
    assert stats["rendered"] <= 2
