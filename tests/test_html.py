"""The HTML explorer as data and markup (no browser): offline, escaped, complete.

``fixture_graph`` is also used by the browser tests; every name in it is invented.
"""
from __future__ import annotations

import json
import os
import re
import time

import pytest

from kg.export import write_all
from kg.export.html import (
    AGGREGATE_ABOVE, campaigns_data, explorer_data, layout, to_campaigns_html, to_html,
)
from kg.types import Entity, EntityType, Evidence, KnowledgeGraph, Mention, Predicate, Relation, attrs

SCRIPT_NAME = "<script>window.__pwned=1</script>净土行动"
IMG_NAME = '<img src=x onerror="window.__pwned=2">柳明远'


def _ev(doc: str, quote: str) -> Evidence:
    return Evidence(doc, 0, len(quote), quote)


def fixture_graph() -> KnowledgeGraph:
    """A small invented graph: a region tree, an organisation, officials, campaigns and hostile names."""
    def ent(eid, etype, name, aliases=(), surface=None, **kw):
        mentions = (Mention("d1", 0, len(surface or name), surface or name, etype, name, "fixture"),)
        return Entity(eid, etype, name, tuple(aliases), attrs(**kw), mentions)

    province = ent("region/990000", EntityType.REGION, "青禾省", ("青禾",), code="990000", level="province")
    city = ent("region/990100", EntityType.REGION, "白鹭市", ("白鹭",), surface="白鷺市", code="990100",
               level="prefecture", traditional="白鷺市")
    county = ent("region/990102", EntityType.REGION, "松涛县", code="990102", level="county")
    other = ent("region/980000", EntityType.REGION, "云岭省", code="980000", level="province")
    org = ent("org/1", EntityType.ORGANIZATION, "白鹭市委")
    official = ent("person/1", EntityType.PERSON, "翠屏山", ())
    hostile_person = ent("person/2", EntityType.PERSON, IMG_NAME)
    clean = ent("campaign/1", EntityType.CAMPAIGN, "碧水清风行动", ("碧水清风",))
    hostile = ent("campaign/2", EntityType.CAMPAIGN, SCRIPT_NAME)
    slogan = ent("slogan/1", EntityType.SLOGAN, "绿水长青")
    town = ent("region/980101", EntityType.REGION, "石门镇", level="town")
    entities = (province, city, county, other, org, official, hostile_person, clean, hostile, slogan, town)
    relations = (
        Relation(city.id, Predicate.PART_OF, province.id, (_ev("d1", "白鹭市"),)),
        Relation(county.id, Predicate.PART_OF, city.id, (_ev("d1", "松涛县"),)),
        Relation(town.id, Predicate.PART_OF, other.id, (_ev("d2", "石门镇"),)),
        Relation(org.id, Predicate.LOCATED_IN, city.id, (_ev("d1", "白鹭市委"),)),
        Relation(official.id, Predicate.HOLDS_POST, org.id, (_ev("d1", "白鹭市委书记翠屏山"),), attrs(post="书记")),
        Relation(hostile_person.id, Predicate.HOLDS_POST, org.id, (_ev("d2", "<b>副书记</b>"),), attrs(post="副书记<i>")),
        Relation(city.id, Predicate.CONDUCTS, clean.id, (_ev("d1", "白鹭市开展碧水清风行动"), _ev("d2", "碧水清风行动在白鹭市"))),
        Relation(org.id, Predicate.CONDUCTS, hostile.id, (_ev("d3", "市委部署<script>alert(1)</script>"),)),
        Relation(town.id, Predicate.CONDUCTS, clean.id, (_ev("d3", "石门镇开展碧水清风行动"),)),
        Relation(slogan.id, Predicate.ASSOCIATED_WITH, clean.id, (_ev("d1", "绿水长青"),)),
    )
    return KnowledgeGraph(entities, relations, ())


def _data_of(page: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert m, "data element missing"
    return json.loads(m.group(1))


def _node(data: dict, name: str) -> dict:
    return next(n for n in data["nodes"] if n["l"] == name)


def test_page_is_self_contained_with_no_network_references():
    page = to_html(fixture_graph())
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<script[^>]*\bsrc=", page), "no external scripts"
    assert not re.search(r"<link\b", page), "no linked stylesheets"
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert not re.search(r"@import|url\(\s*['\"]?https?:", page)
    assert "vis-network" in page and "new vis.Network" in page  # vis-network is inlined
    assert "default-src 'none'" in page  # CSP: the page may not fetch anything
    assert {n["l"] for n in _data_of(page)["nodes"]} == {e.name for e in fixture_graph().entities}
    campaigns = to_campaigns_html(fixture_graph())
    assert not re.search(r"<script[^>]*\bsrc=|<link\b", campaigns)


def test_hostile_names_never_appear_as_markup():
    page = to_html(fixture_graph())
    # the data block escapes < > & so neither tag can be parsed out of it
    assert "<img" not in page
    assert "<script>window" not in page
    assert "<b>副书记" not in page
    data = _data_of(page)
    labels = {n["l"] for n in data["nodes"]}
    assert SCRIPT_NAME in labels and IMG_NAME in labels  # round-trips exactly, shown as text
    camp = to_campaigns_html(fixture_graph())
    assert "<script>window" not in camp and "<img" not in camp
    # the page script writes data with textContent only
    script = page.rsplit("<script>", 1)[1]
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script and "document.write" not in script


def test_title_is_escaped():
    page = to_html(fixture_graph(), title="<b>图谱</b>")
    assert "<b>图谱</b>" not in page and "&lt;b&gt;图谱&lt;/b&gt;" in page


def test_tooltip_facts_type_aliases_code_posts_quotes_mentions():
    data = explorer_data(fixture_graph())
    types = [t["name"] for t in data["types"]]
    assert types == [t.value for t in EntityType]
    assert len({(t["color"], t["shape"], t["dashed"]) for t in data["types"]}) == len(types)
    city = _node(data, "白鹭市")
    assert types[city["t"]] == "Region"
    assert city["a"] == ["白鹭"] and city["k"] == "990100" and city["tr"] == "白鷺市"
    assert city["m"] == ["白鷺市"]  # mention surfaces
    assert any("白鹭市开展碧水清风行动" in q for q in city["q"])
    official = _node(data, "翠屏山")
    assert official["po"] == ["书记（白鹭市委）"]
    assert any("翠屏山" in p for p in _node(data, "白鹭市委")["po"])
    # degree drives the size; the region with most links is the biggest
    assert city["d"] == max(n["d"] for n in data["nodes"] if types[n["t"]] == "Region")
    conducts = [e for e in data["edges"] if data["predicates"][e[2]] == "conducts" and data["nodes"][e[0]]["l"] == "白鹭市"]
    assert conducts and conducts[0][3] == 2  # two documents


def test_search_keys_cover_both_scripts():
    data = explorer_data(fixture_graph())
    city = _node(data, "白鹭市")
    assert "白鷺市" in city["s"] or city.get("tr") == "白鷺市"
    assert data["t2s"]["鷺"] == "鹭"
    clean = _node(data, "碧水清风行动")
    assert "碧水清風行動" in clean["s"]  # computed with opencc


def test_provinces_follow_the_region_tree_and_links():
    data = explorer_data(fixture_graph())
    nodes = data["nodes"]
    prov = {n["l"]: {nodes[p]["l"] for p in n.get("p", [])} for n in nodes}
    assert prov["松涛县"] == {"青禾省"}
    assert prov["石门镇"] == {"云岭省"}
    assert prov["白鹭市委"] == {"青禾省"}
    assert prov["翠屏山"] == {"青禾省"}  # person -> organisation -> region
    assert prov["碧水清风行动"] == {"青禾省", "云岭省"}


def test_campaigns_view_weights_and_hierarchy():
    data = campaigns_data(fixture_graph())
    nodes, preds = data["nodes"], data["predicates"]
    names = [n["l"] for n in nodes]
    assert {"碧水清风行动", SCRIPT_NAME, "白鹭市", "青禾省", "石门镇", "云岭省"} <= set(names)
    assert "翠屏山" not in names and "绿水长青" not in names
    edges = {(names[a], preds[p], names[b]): w for a, b, p, w, *_ in data["edges"]}
    assert edges[("白鹭市", "conducts", "碧水清风行动")] == 2
    assert edges[("白鹭市", "conducts", SCRIPT_NAME)] == 1  # via the organisation located there
    assert edges[("石门镇", "conducts", "碧水清风行动")] == 1
    assert edges[("白鹭市", "partOf", "青禾省")] == 1
    assert ("松涛县", "partOf", "白鹭市") not in edges  # runs no campaign: not in the view
    rows = [names[r] for r, _ in data["matrix"]["rows"]]
    assert rows == ["石门镇", "白鹭市"]  # tree order: provinces by administrative code
    cells = {(names[r], names[c]): v for r, c, v in data["matrix"]["cells"]}
    assert cells[("白鹭市", "碧水清风行动")] == 2


def test_write_all_writes_both_pages_only_where_asked(tmp_path, monkeypatch):
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    out = tmp_path / "out"
    written = write_all(fixture_graph(), out, ["html"])
    assert out / "graph.html" in written and out / "campaigns.html" in written
    assert os.listdir(cwd) == []
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left
    assert '"href":"campaigns.html"' in (out / "graph.html").read_text(encoding="utf-8")


def test_empty_graph_renders():
    page = to_html(KnowledgeGraph())
    assert _data_of(page)["nodes"] == []
    assert _data_of(to_campaigns_html(KnowledgeGraph()))["nodes"] == []


def test_layout_is_bounded_and_deterministic():
    n = 5000
    edges = [(i, (i * 7 + 3) % n) for i in range(n)]
    t = time.perf_counter()
    a = layout(n, edges, seed=3)
    elapsed = time.perf_counter() - t
    assert elapsed < 3.0, f"layout of {n} nodes took {elapsed:.1f}s"
    assert a == layout(n, edges, seed=3)
    assert len(set(a)) > n * 0.99  # nodes are spread, not stacked
    assert layout(0, []) == [] and layout(1, []) == [(0.0, 0.0)]


@pytest.mark.parametrize("n, aggregated", [(200, False), (AGGREGATE_ABOVE + 200, True)])
def test_big_graphs_open_aggregated(n, aggregated):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from bench_html import synthetic_graph

    kg = synthetic_graph(n)
    data = explorer_data(kg)
    assert (len(data["nodes"]) > data["aggregateAbove"]) is aggregated
    assert all("x" in node and "y" in node for node in data["nodes"])  # precomputed: no browser layout


def test_node_quotes_are_the_first_distinct_ones_hierarchy_edges_last():
    """Each node's tooltip quotes: its edges' quotes in order, partOf/locatedIn ones after the
    others, the first MAX_QUOTES distinct (the explorer keeps only what that choice can need)."""
    from kg.export.html import MAX_QUOTES, _PREDICATES

    def ent(eid, etype, name):
        return Entity(eid, etype, name, (), (), (Mention("d1", 0, len(name), name, etype, name, "fixture"),))

    hub = ent("region/990100", EntityType.REGION, "白鹭市")
    others = [ent(f"campaign/{i}", EntityType.CAMPAIGN, f"行动{i}号") for i in range(6)]
    quotes = [["白鹭市下辖某县。"], ["甲。", "乙。"], ["乙。", "丙。", "丁。"], ["甲。", "戊。"], ["白鹭市下辖某县。"],
              ["己。"]]
    relations = tuple(
        Relation(o.id, Predicate.PART_OF if i % 4 == 0 else Predicate.CONDUCTS, hub.id,
                 tuple(_ev("d1", q) for q in qs))
        for i, (o, qs) in enumerate(zip(others, quotes)))
    # fewer than MAX_QUOTES ordinary quotes: hierarchy quotes fill up, the repeated one skipped
    county = ent("region/990102", EntityType.REGION, "松涛县")
    relations += (Relation(others[0].id, Predicate.PART_OF, county.id, (_ev("d1", "甲。"), _ev("d1", "庚。"),
                                                                         _ev("d1", "辛。"))),
                  Relation(others[1].id, Predicate.CONDUCTS, county.id, (_ev("d1", "甲。"),)))
    data = explorer_data(KnowledgeGraph((hub, county, *others), relations, ()))
    # the choice as it was made from every edge's quotes: stable sort by rank, first distinct ones
    gathered: dict[int, list] = {}
    for h, t, pred, _n, *extra in data["edges"]:
        rank = 1 if _PREDICATES[pred] in (Predicate.PART_OF, Predicate.LOCATED_IN) else 0
        for end in (h, t):
            gathered.setdefault(end, []).extend((rank, q) for q in (extra[0].get("q", []) if extra else []))
    for i, rec in enumerate(data["nodes"]):
        chosen: list[str] = []
        for _, q in sorted(gathered.get(i, []), key=lambda rq: rq[0]):
            if q not in chosen and len(chosen) < MAX_QUOTES:
                chosen.append(q)
        assert rec.get("q", []) == chosen, rec["l"]
    assert data["nodes"][0]["q"] == ["甲。", "乙。", "丙。"] and data["nodes"][1]["q"] == ["甲。", "庚。", "辛。"]


def test_layout_computed_ahead_in_another_process_is_the_same():
    from kg.export.html import LayoutAhead

    n = 300
    edges = [(i, (i * 7 + 3) % n) for i in range(n)] + [(0, i) for i in range(1, 40)]
    job = LayoutAhead(n, edges, seed=5)
    assert job.result(n, edges, seed=5) == layout(n, edges, seed=5)
    # asked for other inputs than it was started with: computed here, still right
    other = LayoutAhead(n, edges, seed=5)
    assert other.result(n, edges[:-1], seed=5) == layout(n, edges[:-1], seed=5)
    LayoutAhead(n, edges).close()  # never asked: stopped


def test_explorer_pages_are_the_same_with_the_layout_ahead(tmp_path, monkeypatch):
    from kg.export import Ahead, write_format
    from kg.export import html as html_mod

    kg = fixture_graph()
    write_format(kg, tmp_path / "plain", "html")
    monkeypatch.setattr(html_mod, "LAYOUT_AHEAD_MIN_NODES", 1)
    with Ahead(kg, ["json", "html"]) as ahead:
        assert ahead.html is not None
        write_format(kg, tmp_path / "ahead", "html", ahead=ahead)
        assert ahead.html is None  # taken by the html writer, which closes it
    for name in ("graph.html", "campaigns.html"):
        assert (tmp_path / "ahead" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes()


def test_a_failed_layout_process_falls_back_to_computing_here(monkeypatch):
    from kg.export import html as html_mod

    monkeypatch.setattr(html_mod, "_LAYOUT_CHILD", "import sys; sys.exit(3)")
    edges = [(0, 1), (1, 2), (2, 0)]
    assert html_mod.LayoutAhead(3, edges).result(3, edges) == layout(3, edges)


def test_page_data_batched_equals_one_json_dump():
    from kg.export.html import _JSON_BATCH, _json_for_script

    data = {"a": 1, "nodes": [{"l": f"<n{i}>", "x": i * 0.5} for i in range(2 * _JSON_BATCH + 3)], "e": []}
    assert _json_for_script(data) == json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace(
        "<", "\\u003c").replace(">", "\\u003e")


def test_write_all_with_the_layout_ahead_writes_the_same_files(tmp_path, monkeypatch):
    from kg.export import html as html_mod

    kg = fixture_graph()
    write_all(kg, tmp_path / "plain", ["json", "ttl", "html"])
    monkeypatch.setattr(html_mod, "LAYOUT_AHEAD_MIN_NODES", 1)
    started = []
    real = html_mod.LayoutAhead.__init__

    def spy(self, *a, **k):
        started.append(a[0])
        real(self, *a, **k)

    monkeypatch.setattr(html_mod.LayoutAhead, "__init__", spy)
    write_all(kg, tmp_path / "ahead", ["json", "ttl", "html"])
    assert started == [len(kg.entities)]
    for name in ("graph.json", "graph.ttl", "graph.html", "campaigns.html"):
        assert (tmp_path / "ahead" / name).read_bytes() == (tmp_path / "plain" / name).read_bytes(), name
