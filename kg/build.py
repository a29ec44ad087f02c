"""From sources to a KnowledgeGraph: read, extract, resolve, complete.

``build`` is what the CLI and the Python API call. It never prints; pass a
``progress`` callback to follow a long run.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator

from .context import Context
from .io import read_documents
from .pipeline import AnnotatedDoc, Pipeline
from .resolve import resolve
from .types import (
    Document, DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation,
    RelationMention, Skipped, attrs, sort_entities,
)


@dataclass(frozen=True)
class BuildReport:
    documents: int
    characters: int
    skipped: tuple[Skipped, ...]
    errors: tuple[str, ...]  # stage failures: "stage X failed on document Y: ..."
    seconds: float


Progress = Callable[[int, str], None]  # (UTF-8 bytes of the document just done, document name)


def default_pipeline() -> Pipeline:
    from .extract import DEFAULT_STAGES

    return Pipeline(DEFAULT_STAGES)


def doc_info(doc: Document) -> DocumentInfo:
    return DocumentInfo(doc.id, doc.path, doc.meta.title, doc.meta.date, doc.meta.source, len(doc.raw))


def extract(
    docs: Iterable[Document], ctx: Context | None = None, pipeline: Pipeline | None = None
) -> Iterator[AnnotatedDoc]:
    ctx = ctx or Context()
    pipeline = pipeline or default_pipeline()
    for doc in docs:
        yield pipeline.run(doc, ctx)


def build(
    paths: Iterable[str],
    ctx: Context | None = None,
    pipeline: Pipeline | None = None,
    progress: Progress | None = None,
    stdin=None,
) -> tuple[KnowledgeGraph, BuildReport]:
    """Read ``paths`` (files, folders, ``-``), extract and resolve into one graph."""
    started = time.perf_counter()
    ctx = ctx or Context()
    pipeline = pipeline or default_pipeline()
    mentions: list[Mention] = []
    relations: list[RelationMention] = []
    infos: list[DocumentInfo] = []
    skipped: list[Skipped] = []
    errors: list[str] = []
    chars = 0
    seen: set[str] = set()
    for item in read_documents(paths, stdin=stdin):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        if item.id in seen:
            skipped.append(Skipped(item.path or "<stdin>", "same content as a document already read"))
            continue
        seen.add(item.id)
        ann = pipeline.run(item, ctx)
        mentions.extend(ann.mentions)
        relations.extend(ann.relations)
        errors.extend(ann.errors)
        infos.append(doc_info(item))
        chars += len(item.raw)
        if progress:
            # bytes, to compare with file sizes (exact for UTF-8 sources, close for others)
            progress(len(item.raw.encode("utf-8", "surrogatepass")), item.name)
    kg = assemble(mentions, handed_over(relations), infos, ctx)
    report = BuildReport(len(infos), chars, tuple(skipped), tuple(errors), time.perf_counter() - started)
    return kg, report


def handed_over(items: list) -> Iterator:
    """The items of ``items`` in order, emptying the list as they are taken: a receiver that keeps
    them in a list of its own (``resolve`` does) then holds the only references, and can let each go
    once it is done with it."""
    items.reverse()
    while items:
        yield items.pop()


def assemble(
    mentions: Iterable[Mention], relations: Iterable[RelationMention], infos: Iterable[DocumentInfo], ctx: Context
) -> KnowledgeGraph:
    """Everything after per-document extraction: resolve, then complete from the gazetteer.

    Shared by ``build`` and the parallel/incremental engine (``kg.engine``), so
    both give the same graph from the same mentions.
    """
    kg = resolve((m for m in mentions if not is_home_country(m)),
                 (r for r in relations if not (is_home_country(r.head) or is_home_country(r.tail))), infos)
    return complete_regions(kg, ctx)


HOME_COUNTRY_KEY = "country-中国"


def is_home_country(m: Mention) -> bool:
    """The country itself (中国 of 中国特色社会主义, 中 of 中美关系): a place name for the
    NER view of ``kg extract``, but no node of the graph. Every division of the graph lies in
    it, so as a node it would only be a hub joined to every national formulation, and it is
    none of the divisions a Region stands for."""
    return m.type is EntityType.REGION and m.attr("region_key") == HOME_COUNTRY_KEY


def complete_regions(kg: KnowledgeGraph, ctx: Context) -> KnowledgeGraph:
    """Add each region's administrative parent (from the gazetteer) and the partOf edge.

    The parent chain is knowledge from the division table, not from the text;
    the edge's evidence is the sentence where the child region is mentioned.
    """
    from .resolve import entity_id

    gaz = ctx.gazetteer
    by_id = {e.id: e for e in kg.entities}
    new_entities: dict[str, Entity] = {}
    new_relations: list[Relation] = []
    existing = {(r.head_id, r.predicate, r.tail_id) for r in kg.relations}
    queue = [e for e in kg.entities if e.type is EntityType.REGION]
    while queue:
        e = queue.pop()
        parent_key = e.attr("parent_key")
        if not parent_key:
            continue
        pid = entity_id(EntityType.REGION, "region:" + parent_key, "")
        if pid not in by_id and pid not in new_entities:
            div = gaz.by_key.get(parent_key)
            if div is None:
                continue
            grand = gaz.parent(div)
            parent = Entity(
                pid, EntityType.REGION, div.name, tuple(a for a in (div.short,) if a),
                attrs(region_key=div.key, code=div.code, level=div.level,
                      parent_key=grand.key if grand else None, parent=grand.name if grand else None,
                      source="gazetteer"),
            )
            new_entities[pid] = parent
            queue.append(parent)
        if (e.id, Predicate.PART_OF, pid) in existing:
            continue
        ev = tuple(
            Evidence(m.doc_id, m.start, m.end, m.surface) for m in e.mentions[:1]
        )
        new_relations.append(Relation(e.id, Predicate.PART_OF, pid, ev, (), "gazetteer"))
        existing.add((e.id, Predicate.PART_OF, pid))
    if not new_entities and not new_relations:
        return kg
    relations = sorted(kg.relations + tuple(new_relations), key=lambda r: (r.predicate.value, r.head_id, r.tail_id, r.attributes))
    return kg.with_(entities=sort_entities(kg.entities + tuple(new_entities.values())), relations=tuple(relations))
