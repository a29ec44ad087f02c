"""Measure the Oxigraph-backed RDF export on a synthetic KnowledgeGraph of about a million triples.

Run: .venv/bin/python benchmarks/bench_rdf_export.py [--entities N] [--rdflib]
Prints triples, seconds and triples/s for Turtle, N-Triples and TriG (and,
with --rdflib, rdflib's own Turtle serializer on a slice for comparison).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from kg.export.rdf import to_rdf, write_ntriples, write_trig, write_turtle
from kg.types import DocumentInfo, Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation, attrs


def synthetic(n_entities: int, n_docs: int = 200) -> KnowledgeGraph:
    docs = tuple(DocumentInfo(f"doc{i:05d}", f"d/{i}.txt", f"文件{i}", "2021-01-01", None, 5000) for i in range(n_docs))
    ents, rels = [], []
    for i in range(n_entities):
        d = f"doc{i % n_docs:05d}"
        if i % 4 == 0:
            et, eid, a = EntityType.REGION, f"region/{100000 + i}", attrs(code=str(100000 + i), level="county")
        else:
            et = (EntityType.PERSON, EntityType.ORGANIZATION, EntityType.CAMPAIGN)[i % 4 - 1]
            eid, a = f"{et.value.lower()}/{i:08x}", ()
        name = f"实体{i}"
        ms = (Mention(d, i % 4000, i % 4000 + 4, name, et, name, "bench"),)
        ents.append(Entity(eid, et, name, (f"别名{i}",), a, ms))
    by = [e.id for e in ents]
    for i in range(0, n_entities - 1, 2):
        d = f"doc{i % n_docs:05d}"
        ev = (Evidence(d, 10, 40, f"第{i}句证据。"),)
        rels.append(Relation(by[i], Predicate.ASSOCIATED_WITH, by[i + 1], ev, (), "bench"))
    return KnowledgeGraph(tuple(ents), tuple(rels), docs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--entities", type=int, default=40_000)
    ap.add_argument("--rdflib", action="store_true", help="also time rdflib's Turtle serializer on 1/10 of the graph")
    args = ap.parse_args()
    t0 = time.perf_counter()
    kg = synthetic(args.entities)
    print(f"synthetic graph: {len(kg.entities)} entities, {len(kg.relations)} relations "
          f"({time.perf_counter() - t0:.1f} s to build)")
    with tempfile.TemporaryDirectory() as tmp:
        for name, writer, fn in (("Turtle", write_turtle, "g.ttl"), ("N-Triples", write_ntriples, "g.nt"),
                                 ("TriG", write_trig, "g.trig")):
            path = Path(tmp) / fn
            t0 = time.perf_counter()
            writer(kg, path)
            secs = time.perf_counter() - t0
            with open(path, "rb") as fh:
                lines = sum(1 for _ in fh) if fn == "g.nt" else None
            if fn == "g.nt":
                triples = lines
            print(f"{name:<10} {secs:6.2f} s  {path.stat().st_size / 1e6:7.1f} MB"
                  + (f"  {triples:,} triples  {triples / secs:,.0f} triples/s" if fn == "g.nt" else ""))
        nt_triples = triples
        t0 = time.perf_counter()
        write_turtle(kg, Path(tmp) / "again.ttl")
        secs = time.perf_counter() - t0
        print(f"Oxigraph Turtle export: {nt_triples:,} triples in {secs:.2f} s = {nt_triples / secs:,.0f} triples/s")
        if args.rdflib:
            small = synthetic(args.entities // 10)
            g = to_rdf(small)
            t0 = time.perf_counter()
            g.serialize(destination=str(Path(tmp) / "rdflib.ttl"), format="turtle")
            secs = time.perf_counter() - t0
            print(f"rdflib Turtle serializer: {len(g):,} triples in {secs:.2f} s = {len(g) / secs:,.0f} triples/s")


if __name__ == "__main__":
    main()
