"""Counts over a graph: what ``kg stats`` prints. Pure functions, no printing."""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from .types import Entity, EntityType, KnowledgeGraph, Predicate


@dataclass(frozen=True)
class Stats:
    documents: int
    entities: int
    relations: int
    by_type: tuple[tuple[str, int], ...]  # every EntityType, in enum order
    by_predicate: tuple[tuple[str, int], ...]  # predicates present, most frequent first
    top_degree: tuple[tuple[str, str, str, int], ...]  # (id, name, type, degree)
    campaign_documents: tuple[tuple[str, str, int], ...]  # (id, name, documents)
    province_documents: tuple[tuple[str, int], ...]  # (province name or code, documents)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents, "entities": self.entities, "relations": self.relations,
            "by_type": dict(self.by_type), "by_predicate": dict(self.by_predicate),
            "top_degree": [{"id": i, "name": n, "type": t, "degree": d} for i, n, t, d in self.top_degree],
            "campaign_documents": [{"id": i, "name": n, "documents": d} for i, n, d in self.campaign_documents],
            "province_documents": dict(self.province_documents),
        }


def _rank(counter: Counter) -> list[tuple[Any, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0])))


def province_of(kg: KnowledgeGraph) -> dict[str, str]:
    """Region id -> its province's name: up the partOf edges to a ``level=province`` region,
    else from the ``code`` attribute (first two digits + ``0000``); regions with neither are left out."""
    by_id = kg.by_id()
    by_code = {e.attr("code"): e for e in kg.entities if e.type is EntityType.REGION and e.attr("code")}
    parents: dict[str, list[str]] = defaultdict(list)
    for r in kg.relations:
        if r.predicate is Predicate.PART_OF:
            parents[r.head_id].append(r.tail_id)

    def from_code(e: Entity) -> str | None:
        code = e.attr("code") or ""
        if len(code) >= 2 and code[:2].isdigit():
            prov = code[:2] + "0000"
            return by_code[prov].name if prov in by_code else prov
        return None

    out: dict[str, str] = {}
    for e in kg.entities:
        if e.type is not EntityType.REGION:
            continue
        seen, current, found = set(), e, None
        while current is not None and current.id not in seen:
            seen.add(current.id)
            if current.attr("level") == "province":
                found = current.name
                break
            code_name = from_code(current)
            if code_name:
                found = code_name
                break
            current = next((by_id[p] for p in parents.get(current.id, ()) if p in by_id), None)
        if found:
            out[e.id] = found
    return out


def compute(kg: KnowledgeGraph, top: int = 10) -> Stats:
    by_type = Counter(e.type for e in kg.entities)
    by_pred = Counter(r.predicate.value for r in kg.relations)
    degree: Counter = Counter({e.id: 0 for e in kg.entities})
    for r in kg.relations:
        degree[r.head_id] += 1
        degree[r.tail_id] += 1
    by_id = kg.by_id()
    top_degree = tuple(
        (i, by_id[i].name if i in by_id else i, by_id[i].type.value if i in by_id else "", d)
        for i, d in _rank(degree)[:top] if d > 0
    )
    campaign_docs: dict[str, set[str]] = {e.id: set(e.documents) for e in kg.entities
                                          if e.type is EntityType.CAMPAIGN}
    for r in kg.relations:
        for end in (r.head_id, r.tail_id):
            if end in campaign_docs:
                campaign_docs[end].update(r.documents)
    campaigns = tuple(
        (i, by_id[i].name, n) for i, n in _rank(Counter({i: len(d) for i, d in campaign_docs.items()}))
    )
    provinces = province_of(kg)
    docs_per_province: dict[str, set[str]] = defaultdict(set)
    for e in kg.entities:
        if e.id in provinces:
            docs_per_province[provinces[e.id]].update(e.documents)
    per_province = tuple(_rank(Counter({p: len(d) for p, d in docs_per_province.items()})))
    return Stats(
        documents=len(kg.documents), entities=len(kg.entities), relations=len(kg.relations),
        by_type=tuple((t.value, by_type.get(t, 0)) for t in EntityType),
        by_predicate=tuple(_rank(by_pred)),
        top_degree=top_degree, campaign_documents=campaigns, province_documents=per_province,
    )


def format_stats(s: Stats, limit: int = 20) -> str:
    """The plain-text report ``kg stats`` prints (``limit`` rows per ranked list)."""
    lines = [f"documents {s.documents}   entities {s.entities}   relations {s.relations}", "", "entities by type"]
    lines += [f"  {t:<20}{n:>8}" for t, n in s.by_type]
    lines += ["", "relations by predicate"] + [f"  {p:<20}{n:>8}" for p, n in s.by_predicate]
    lines += ["", "top entities by degree"]
    lines += [f"  {d:>6}  {name} ({t}, {i})" for i, name, t, d in s.top_degree[:limit]] or ["  (no relations)"]
    lines += ["", "documents per campaign"]
    lines += [f"  {n:>6}  {name} ({i})" for i, name, n in s.campaign_documents[:limit]] or ["  (no campaigns)"]
    if len(s.campaign_documents) > limit:
        lines.append(f"  … {len(s.campaign_documents) - limit} more")
    lines += ["", "documents per province"]
    lines += [f"  {n:>6}  {p}" for p, n in s.province_documents[:limit]] or ["  (no regions)"]
    return "\n".join(lines) + "\n"
