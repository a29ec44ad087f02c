"""HTML explorer benchmark: generation time and size for generated graphs.

    .venv/bin/python benchmarks/bench_html.py            # 500 and 5,000 nodes
    .venv/bin/python benchmarks/bench_html.py 2000 --browser   # also time-to-usable in headless Chromium

``--browser`` opens each page in headless Chromium (Debian ``chromium`` and
``chromium-driver``) and reports the time until the explorer has drawn its
first frame and answers a search.  The graphs are synthetic (invented names),
shaped like real builds: a region tree, organisations located in regions,
officials holding posts, campaigns conducted by regions and organisations,
slogans and documents attached to campaigns.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kg.export.html import campaigns_data, explorer_data, render_page  # noqa: E402
from kg.types import Entity, EntityType, Evidence, KnowledgeGraph, Predicate, Relation, attrs  # noqa: E402

_SYL = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥青赤玄素金木水火土山川云石"


def _name(rng: random.Random, k: int = 2) -> str:
    return "".join(rng.choice(_SYL) for _ in range(k))


def synthetic_graph(n: int, seed: int = 1) -> KnowledgeGraph:
    """About ``n`` entities of every type, with relations carrying evidence and documents."""
    rng = random.Random(seed)
    entities: list[Entity] = []
    relations: list[Relation] = []
    docs = [f"doc{i:04d}" for i in range(max(5, n // 20))]

    def ev(text: str) -> tuple[Evidence, ...]:
        return tuple(Evidence(rng.choice(docs), 0, len(text), text) for _ in range(rng.randint(1, 3)))

    def add(etype: EntityType, name: str, **kw) -> Entity:
        e = Entity(f"{etype.value.lower()}/{len(entities)}", etype, name, attributes=attrs(**kw))
        entities.append(e)
        return e

    n_prov = max(3, n // 400)
    provinces = [add(EntityType.REGION, f"{_name(rng)}省{i}", code=f"{11 + i}0000", level="province") for i in range(n_prov)]
    regions = list(provinces)
    prefectures = []
    for p in provinces:
        for j in range(max(2, n // (n_prov * 40))):
            e = add(EntityType.REGION, f"{_name(rng)}市{len(entities)}", level="prefecture")
            relations.append(Relation(e.id, Predicate.PART_OF, p.id, ev(e.name), (), "bench"))
            prefectures.append(e)
    regions += prefectures
    for pf in prefectures:
        for j in range(3):
            e = add(EntityType.REGION, f"{_name(rng)}县{len(entities)}", level="county")
            relations.append(Relation(e.id, Predicate.PART_OF, pf.id, ev(e.name), (), "bench"))
            regions.append(e)
    campaigns = [add(EntityType.CAMPAIGN, f"{_name(rng, 4)}专项行动{i}") for i in range(max(5, n // 40))]
    remaining = max(0, n - len(entities))
    kinds = [EntityType.ORGANIZATION, EntityType.PERSON, EntityType.SLOGAN, EntityType.PROJECT,
             EntityType.POLICY_DOCUMENT, EntityType.EVENT]
    orgs: list[Entity] = []
    for i in range(remaining):
        kind = kinds[i % len(kinds)]
        if kind is EntityType.ORGANIZATION:
            e = add(kind, f"{_name(rng)}委员会{i}")
            relations.append(Relation(e.id, Predicate.LOCATED_IN, rng.choice(regions).id, ev(e.name), (), "bench"))
            orgs.append(e)
        elif kind is EntityType.PERSON:
            e = add(kind, _name(rng, 3) + str(i))
            if orgs:
                relations.append(Relation(e.id, Predicate.HOLDS_POST, rng.choice(orgs).id, ev(e.name),
                                          attrs(post="书记"), "bench"))
        elif kind is EntityType.SLOGAN:
            e = add(kind, f"{_name(rng, 4)}{i}")
            relations.append(Relation(e.id, Predicate.ASSOCIATED_WITH, rng.choice(campaigns).id, ev(e.name), (), "bench"))
        else:
            e = add(kind, f"{_name(rng, 3)}{kind.value}{i}")
            relations.append(Relation(e.id, Predicate.PART_OF_CAMPAIGN, rng.choice(campaigns).id, ev(e.name), (), "bench"))
    for c in campaigns:
        for r in rng.sample(regions, min(len(regions), rng.randint(1, 6))):
            relations.append(Relation(r.id, Predicate.CONDUCTS, c.id, ev(f"{r.name}开展{c.name}"), (), "bench"))
    return KnowledgeGraph(tuple(entities), tuple(relations), ())


def bench(n: int, browser: bool) -> None:
    kg = synthetic_graph(n)
    t0 = time.perf_counter()
    graph_html = render_page(explorer_data(kg))
    t1 = time.perf_counter()
    camp_html = render_page(campaigns_data(kg))
    t2 = time.perf_counter()
    print(f"{len(kg.entities):>6} nodes {len(kg.relations):>6} edges  graph.html {t1 - t0:6.2f} s "
          f"{len(graph_html.encode()) / 1e6:6.2f} MB   campaigns.html {t2 - t1:6.2f} s "
          f"{len(camp_html.encode()) / 1e6:6.2f} MB")
    if browser:
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "graph.html"
            page.write_text(graph_html, encoding="utf-8")
            wall, ready_ms, all_ms = _time_to_usable(page)
            print(f"        browser: first view drawn {ready_ms / 1000:5.2f} s after navigation; "
                  f"all nodes drawn + search answered {all_ms / 1000:5.2f} s more; wall clock {wall:5.2f} s")


def _time_to_usable(page: Path) -> tuple[float, float, float]:
    """(wall-clock seconds, in-page ms to the first frame, in-page ms for "show all" + a search)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = "/usr/bin/chromium"
    with tempfile.TemporaryDirectory() as profile:
        for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                     "--disable-component-update", "--no-first-run", "--disable-sync", "--window-size=1400,900",
                     f"--user-data-dir={profile}"):
            opts.add_argument(flag)
        driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=opts)
        try:
            start = time.perf_counter()
            driver.get(page.as_uri())
            while not driver.execute_script("return !!(window.kgExplorer && window.kgExplorer.ready)"):
                time.sleep(0.02)
            ready_ms = driver.execute_script("return window.kgExplorer.readyMs;")
            all_ms = driver.execute_script(
                "var t = performance.now(), x = window.kgExplorer;"
                "document.getElementById('show-all').click();"
                "x.select(x.search(x.nodes[x.nodes.length - 1].l)[0]); x.network.redraw();"
                "return performance.now() - t;")
            return time.perf_counter() - start, ready_ms, all_ms
        finally:
            driver.quit()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[500, 5000])
    ap.add_argument("--browser", action="store_true", help="also time the page in headless Chromium")
    args = ap.parse_args()
    t = time.perf_counter()
    render_page(explorer_data(synthetic_graph(20)))  # imports numpy/opencc, reads vis-network once
    print(f"warm-up (imports, opencc dictionaries, vis-network read): {time.perf_counter() - t:.2f} s")
    for n in args.sizes:
        bench(n, args.browser)


if __name__ == "__main__":
    main()
