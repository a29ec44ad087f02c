"""The offline explorer: self-contained interactive HTML pages of the graph.

Two pages are written side by side:

``graph.html``
    every entity coloured and shaped by type, sized by degree, with search
    (Simplified or Traditional), filters by type / province / campaign, a
    neighbourhood focus and a physics switch.  Above ``AGGREGATE_ABOVE``
    nodes the page opens on an aggregated view (entities rolled up to their
    province) with drill-down.
``campaigns.html``
    campaigns × localities: the regions that ran each campaign with their
    administrative hierarchy (``partOf``) and ``conducts`` edges weighted by
    the number of documents, plus the same data as a matrix.

The pages work from ``file://`` with the network cut off: vis-network's
JavaScript (shipped inside the pyvis package) and the explorer's own
script and styles are inlined; there is no ``http(s)`` script or stylesheet
reference.  Data travels as JSON inside a ``<script type="application/json">``
element with ``<``, ``>`` and ``&`` escaped, and the page script only ever
writes data into the DOM with ``textContent`` -- never ``innerHTML``.
Layout is precomputed here (a bounded force-directed layout in numpy) so the
browser does not have to stabilise a large graph.
"""
from __future__ import annotations

import html
import json
import math
from collections import Counter, defaultdict
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from ..types import Entity, EntityType, KnowledgeGraph, Predicate

#: Above this many nodes ``graph.html`` opens on the aggregated (per province) view.
AGGREGATE_ABOVE = 1500
#: Up to this many nodes the campaigns view uses columns (region tree | campaigns), above a force layout.
COLUMN_LAYOUT_MAX = 150
#: Quotes and mention surfaces kept per node / edge (the tooltip must stay readable).
MAX_QUOTES = 3
MAX_SURFACES = 6
MAX_QUOTE_CHARS = 160

#: type -> (colour, vis-network shape, dashed border)
TYPE_STYLE: dict[EntityType, tuple[str, str, bool]] = {
    EntityType.REGION: ("#4e79a7", "dot", False),
    EntityType.PERSON: ("#f28e2b", "triangle", False),
    EntityType.ORGANIZATION: ("#59a14f", "square", False),
    EntityType.CAMPAIGN: ("#e15759", "star", False),
    EntityType.PROJECT: ("#76b7b2", "hexagon", False),
    EntityType.SLOGAN: ("#d4a600", "triangleDown", False),
    EntityType.POLICY_DOCUMENT: ("#b07aa1", "diamond", False),
    EntityType.EVENT: ("#ff7f9f", "dot", True),
}
TYPE_LABEL_ZH = {
    EntityType.REGION: "地区",
    EntityType.PERSON: "人物",
    EntityType.ORGANIZATION: "机构",
    EntityType.CAMPAIGN: "运动/专项行动",
    EntityType.PROJECT: "项目",
    EntityType.SLOGAN: "口号",
    EntityType.POLICY_DOCUMENT: "政策文件",
    EntityType.EVENT: "事件",
}
_TYPES = list(EntityType)
_PREDICATES = list(Predicate)
# the edges that say where a thing is (their quotes come after the others in a tooltip)
_PLACING = (Predicate.PART_OF, Predicate.LOCATED_IN, Predicate.JURISDICTION)


# --------------------------------------------------------------------------- assets

def _asset(name: str) -> str:
    return resources.files("kg.export").joinpath("html_assets", name).read_text(encoding="utf-8")


def _vis_network() -> str:
    """vis-network's minified JS from the pyvis package (newest bundled version).

    Its stylesheet is not needed: the explorer draws its own tooltips and
    uses no vis navigation buttons.
    """
    from importlib.util import find_spec

    # find the package without importing it (pyvis imports IPython/networkx helpers: slow, not needed)
    spec = find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:  # pragma: no cover - dependency missing
        raise RuntimeError("pyvis (which ships vis-network) is not installed; pip install 'pyvis>=0.3.2,<0.4'")
    lib = Path(next(iter(spec.submodule_search_locations))) / "lib"
    versions = sorted(
        (p for p in lib.glob("vis-*") if (p / "vis-network.min.js").is_file()),
        key=lambda p: tuple(int(x) for x in p.name[4:].split(".") if x.isdigit()),
    )
    if not versions:  # pragma: no cover - broken pyvis install
        raise RuntimeError("vis-network not found inside the pyvis package; reinstall pyvis")
    newest = versions[-1]
    return (newest / "vis-network.min.js").read_text(encoding="utf-8")


def _inline_script(js: str) -> str:
    # A literal "</script" inside inlined code would end the element early.
    return js.replace("</script", "<\\/script")


def _json_for_script(data: object) -> str:
    return "".join(_json_pieces_for_script(data))


def _escape_for_script(text: str) -> str:
    # each replaced character stands alone, so escaping piece by piece equals escaping the whole
    return (
        text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
        .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    )


_JSON_BATCH = 256  # list items encoded per call


def _json_pieces_for_script(data: object) -> Iterator[str]:
    """``json.dumps(data)`` (compact), escaped for a ``<script>`` element, in pieces: a
    top-level list (the nodes, the edges) a batch of items at a time, so the page's data
    is never one string in memory."""
    enc = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    if not isinstance(data, dict):
        yield _escape_for_script(enc(data))
        return
    yield "{"
    for i, (key, value) in enumerate(data.items()):
        yield _escape_for_script(("," if i else "") + enc(key) + ":")
        if isinstance(value, (list, _Items)):
            # items a batch at a time: "[a,b]" is "[" + a + "," + b + "]", one encoder call for many
            yield "["
            batch: list = []
            first = True
            for item in value:
                batch.append(item)
                if len(batch) == _JSON_BATCH:
                    yield _escape_for_script(("" if first else ",") + enc(batch)[1:-1])
                    batch.clear()
                    first = False
            if batch:
                yield _escape_for_script(("" if first else ",") + enc(batch)[1:-1])
            yield "]"
        else:
            yield _escape_for_script(enc(value))
    yield "}"


# --------------------------------------------------------------------------- layout

def layout(n: int, edges: Sequence[tuple[int, int]], seed: int = 7, iterations: int | None = None) -> list[tuple[float, float]]:
    """Bounded force-directed (Fruchterman-Reingold style) layout, deterministic for a seed.

    Exact repulsion up to 1,200 nodes, a sampled repulsion above (cost
    ``n * 256`` per iteration), so 5,000 nodes take well under a second.
    Isolated nodes are set out in rows under the drawing instead of drifting
    to its edges.  Returns pixel-ish coordinates centred on 0.
    """
    linked = sorted({i for e in edges for i in e[:2] if e[0] != e[1]})
    if len(linked) < n:
        where = {node: k for k, node in enumerate(linked)}
        main = _force_layout(len(linked), [(where[a], where[b]) for a, b in edges if a != b], seed, iterations)
        out: list[tuple[float, float]] = [(0.0, 0.0)] * n
        for node, xy in zip(linked, main):
            out[node] = xy
        lonely = [i for i in range(n) if i not in where]
        xs = [x for x, _ in main] or [0.0]
        bottom = max(y for _, y in main) + 120.0 if main else 0.0
        left, width = min(xs), max(max(xs) - min(xs), 800.0)
        per_row = max(1, int(width // 140))
        for k, node in enumerate(lonely):
            row, col = divmod(k, per_row)
            out[node] = (round(left + col * 140.0, 1), round(bottom + row * 70.0, 1))
        return out
    return _force_layout(n, edges, seed, iterations)


def _force_layout(n: int, edges: Sequence[tuple[int, int]], seed: int, iterations: int | None) -> list[tuple[float, float]]:
    import numpy as np

    if n == 0:
        return []
    if n == 1:
        return [(0.0, 0.0)]
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2))
    e = np.asarray([(a, b) for a, b in edges if a != b], dtype=np.int64).reshape(-1, 2)
    k = math.sqrt(4.0 / n)  # ideal distance in a [-1, 1]^2 box
    dense = n <= 1200
    if iterations is None:
        iterations = 70 if dense else 45
    sample = 256
    if len(e):
        # hubs pull their many leaves less, so the leaves spread out around them
        deg = np.bincount(e.ravel(), minlength=n).astype(float)
        hub = np.sqrt(np.maximum(deg[e[:, 0]], deg[e[:, 1]]))
    temp = 0.2
    cool = temp / (iterations + 1)
    for _ in range(iterations):
        other = pos if dense else pos[rng.choice(n, size=sample, replace=False)]
        disp = _repulsion(pos, other, k * k)
        if not dense:
            disp *= n / sample
        if len(e):
            d = pos[e[:, 0]] - pos[e[:, 1]]
            dist = np.sqrt((d * d).sum(axis=1)) + 1e-9
            f = d * (dist / k / hub)[:, None]
            np.add.at(disp, e[:, 0], -f)
            np.add.at(disp, e[:, 1], f)
        disp -= pos * (0.02 / k)  # gravity keeps components together
        length = np.sqrt((disp * disp).sum(axis=1)) + 1e-9
        pos += disp * (np.minimum(length, temp) / length)[:, None]
        temp = max(temp - cool, 0.005)
    pos -= pos.mean(axis=0)
    spread = np.abs(pos).max() or 1.0
    scale = 45.0 * math.sqrt(n) / spread
    # a little wider than tall: screens are landscape
    return [(round(float(x) * scale * 1.4, 1), round(float(y) * scale, 1)) for x, y in pos]


def _repulsion(pos, other, k2: float, rows: int = 128):
    """Sum over ``other`` of the repulsive force on each node, ``rows`` nodes at a time.

    The node x sample matrices are made block by block into four buffers
    allocated once: memory stays at a few hundred KB however many nodes
    there are, the blocks stay in the processor's cache (a third faster
    than fresh 512-row matrices), and each row's sum is computed exactly as
    before (same operations in the same order, row by row).
    """
    import numpy as np

    disp = np.empty_like(pos)
    ox, oy = other[:, 0][None, :], other[:, 1][None, :]
    bufs = [np.empty((min(rows, len(pos)), len(other))) for _ in range(4)]
    for lo in range(0, len(pos), rows):
        block = pos[lo:lo + rows]
        dx, dy, w, tmp = (b[:len(block)] for b in bufs)
        np.subtract(block[:, 0:1], ox, out=dx)
        np.subtract(block[:, 1:2], oy, out=dy)
        np.multiply(dx, dx, out=w)
        w += np.multiply(dy, dy, out=tmp)
        w += 1e-9
        np.divide(k2, w, out=w)
        disp[lo:lo + rows, 0] = np.multiply(dx, w, out=dx).sum(axis=1)
        disp[lo:lo + rows, 1] = np.multiply(dy, w, out=dy).sum(axis=1)
    return disp


#: From this many nodes up ``LayoutAhead`` computes the explorer's layout in another process.
LAYOUT_AHEAD_MIN_NODES = 5000

# The child runs at a lower priority: on an idle core it runs as fast, and when the cores are
# busy (another build on the machine) it does not take time from the process writing the formats.
_LAYOUT_CHILD = (
    "import os, pickle, sys\n"
    "try:\n"
    "    os.nice(10)\n"
    "except (AttributeError, OSError):\n"
    "    pass\n"
    "job = pickle.load(sys.stdin.buffer)\n"
    "sys.path[:0] = job['path']\n"
    "from kg.export.html import layout\n"
    "xy = layout(job['n'], job['edges'], seed=job['seed'])\n"
    "pickle.dump(xy, sys.stdout.buffer, protocol=5)\n"
)


class LayoutAhead:
    """``layout(n, edges, seed)`` computed in a child Python process (``sys.executable``, this
    process's ``sys.path``), so that it runs on another core while this process writes other
    formats. ``result(n, edges, seed)`` gives the child's answer when asked for exactly the
    inputs it was started with, and computes the layout here otherwise, or when the child
    failed in any way: the answer is ``layout(n, edges, seed)`` whichever way it is obtained
    (the child runs the same function on the same numpy)."""

    def __init__(self, n: int, edges: Sequence[tuple[int, int]], seed: int = 7):
        import pickle
        import subprocess
        import sys

        self.n, self.edges, self.seed = n, list(edges), seed
        self._proc = None
        try:
            self._proc = subprocess.Popen([sys.executable, "-c", _LAYOUT_CHILD], stdin=subprocess.PIPE,
                                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            self._proc.stdin.write(pickle.dumps({"path": list(sys.path), "n": n, "edges": self.edges,
                                                 "seed": seed}, protocol=5))
            self._proc.stdin.close()
        except (OSError, ValueError):
            self.close()

    def _answer(self) -> list | None:
        import pickle

        proc, self._proc = self._proc, None
        if proc is None:
            return None
        try:
            data = proc.stdout.read()
            proc.stdout.close()
            if proc.wait() != 0:
                return None
            xy = pickle.loads(data)
        except Exception:  # noqa: BLE001 - whatever went wrong there, the layout is computed here
            proc.kill()
            proc.wait()
            return None
        if not isinstance(xy, list) or len(xy) != self.n:
            return None
        return xy

    def result(self, n: int, edges: Sequence[tuple[int, int]], seed: int = 7) -> list[tuple[float, float]]:
        if n == self.n and seed == self.seed and list(edges) == self.edges:
            xy = self._answer()
            if xy is not None:
                return xy
        self.close()
        return layout(n, edges, seed=seed)

    def close(self) -> None:
        """Stop the child if it is still running (its answer was not asked for)."""
        proc, self._proc = self._proc, None
        if proc is not None:
            proc.kill()
            proc.wait()
            for f in (proc.stdin, proc.stdout):
                if f is not None and not f.closed:
                    f.close()


# --------------------------------------------------------------------------- data

def _clip(text: str, limit: int = MAX_QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _converters():
    """(to_traditional, to_simplified) functions; identity when opencc is unavailable."""
    try:
        import opencc

        s2t, t2s = opencc.OpenCC("s2t"), opencc.OpenCC("t2s")
        return s2t.convert, t2s.convert
    except Exception:  # pragma: no cover - opencc is a dependency
        return (lambda s: s), (lambda s: s)


def _provinces(kg: KnowledgeGraph, index: dict[str, int]) -> tuple[list[list[int]], list[int]]:
    """For every node, the provinces (top-level regions) it belongs to, and the primary one (-1: none)."""
    by_id = kg.by_id()
    parent: dict[str, str] = {}
    for r in kg.relations:
        if r.predicate is Predicate.PART_OF and r.head_id in by_id and r.tail_id in by_id:
            if by_id[r.head_id].type is EntityType.REGION and by_id[r.tail_id].type is EntityType.REGION:
                parent.setdefault(r.head_id, r.tail_id)

    def root(eid: str) -> str:
        seen = {eid}
        while eid in parent and parent[eid] not in seen:
            eid = parent[eid]
            seen.add(eid)
        return eid

    n = len(index)
    counts: list[Counter] = [Counter() for _ in range(n)]
    for e in kg.entities:
        if e.type is EntityType.REGION:
            counts[index[e.id]][index[root(e.id)]] += 100
    # one hop: an entity linked to a region belongs to that region's province
    for r in kg.relations:
        h, t = by_id.get(r.head_id), by_id.get(r.tail_id)
        if h is None or t is None:
            continue
        if t.type is EntityType.REGION and h.type is not EntityType.REGION:
            counts[index[h.id]][index[root(t.id)]] += 1
        if h.type is EntityType.REGION and t.type is not EntityType.REGION:
            counts[index[t.id]][index[root(h.id)]] += 1
    # second hop for the rest (a person -> organisation -> region)
    second: list[Counter] = [Counter() for _ in range(n)]
    for r in kg.relations:
        if r.head_id not in index or r.tail_id not in index:
            continue
        hi, ti = index[r.head_id], index[r.tail_id]
        if not counts[hi] and counts[ti]:
            second[hi].update(counts[ti].keys())
        if not counts[ti] and counts[hi]:
            second[ti].update(counts[hi].keys())
    provinces, primary = [], []
    for i in range(n):
        c = counts[i] or second[i]
        ranked = [p for p, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))]
        provinces.append(ranked)
        primary.append(ranked[0] if ranked else -1)
    return provinces, primary


def _node_record(e: Entity, degree: int, to_trad, to_simp) -> dict:
    name = e.name
    alt = {to_trad(name), to_simp(name)}
    trad = e.attr("traditional")
    for a in e.aliases:
        alt.update((to_trad(a), to_simp(a)))
    if trad:
        alt.update((trad, to_simp(trad)))
    alt.discard(name)
    alt.difference_update(e.aliases)
    rec: dict = {"l": name, "t": _TYPES.index(e.type), "d": degree}
    if e.aliases:
        rec["a"] = list(e.aliases)
    if trad:
        rec["tr"] = trad
    if alt:
        rec["s"] = sorted(alt)
    code = e.attr("code")
    if code:
        rec["k"] = code
    level = e.attr("level")
    if level:
        rec["lv"] = level
    surfaces = []
    for m in e.mentions:
        if m.surface and m.surface not in surfaces:
            surfaces.append(m.surface)
            if len(surfaces) >= MAX_SURFACES:
                break
    if surfaces:
        rec["m"] = surfaces
    docs = e.documents
    if docs:
        rec["n"] = len(docs)
    return rec


def _traditional_map(labels: Iterable[str], to_trad, to_simp) -> dict[str, str]:
    """Traditional -> Simplified characters for every character used in the labels (for the search box)."""
    mapping: dict[str, str] = {}
    chars = {ch for label in labels for ch in label if ord(ch) > 0x2E80}
    for ch in sorted(chars):
        for form in (to_trad(ch), to_simp(ch)):
            if len(form) == 1 and form != ch:
                t, s = (form, ch) if to_simp(form) == ch else (ch, form)
                if t != s:
                    mapping[t] = s
    return mapping


class _Items:
    """A list of page records made one at a time as the page is written (``make(i)`` is item i):
    the records of every node and edge, all in memory at once, were most of the memory the
    explorer took beyond the graph's own."""

    def __init__(self, n: int, make):
        self._n, self._make = n, make

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator:
        return map(self._make, range(self._n))


def explorer_data(kg: KnowledgeGraph, title: str = "Knowledge graph", seed: int = 7) -> dict:
    """Everything ``graph.html`` shows, as plain JSON-able data (nodes and edges indexed by position)."""
    data = _explorer(kg, title, seed)
    data["nodes"], data["edges"] = list(data["nodes"]), list(data["edges"])
    return data


def _edge_quotes(r) -> list[str]:
    qs: list[str] = []
    for ev in r.evidence:
        q = _clip(ev.quote)
        if q and q not in qs:
            qs.append(q)
        if len(qs) >= MAX_QUOTES:
            break
    return qs


def explorer_layout_input(kg: KnowledgeGraph) -> tuple[int, list[tuple[int, int]]]:
    """The node count and edges (as node positions) whose ``layout`` places ``graph.html``'s nodes."""
    index = {e.id: i for i, e in enumerate(kg.entities)}
    return len(index), [(index[r.head_id], index[r.tail_id]) for r in kg.relations
                        if r.head_id in index and r.tail_id in index]


def start_explorer_layout(kg: KnowledgeGraph, seed: int = 7) -> LayoutAhead | None:
    """``graph.html``'s layout started in another process (``LayoutAhead``) for a graph of at least
    ``LAYOUT_AHEAD_MIN_NODES`` entities, else None; pass it to ``write_explorer`` as ``ahead``."""
    if len(kg.entities) < LAYOUT_AHEAD_MIN_NODES:
        return None
    n, pairs = explorer_layout_input(kg)
    return LayoutAhead(n, pairs, seed)


def _explorer(kg: KnowledgeGraph, title: str, seed: int, ahead: LayoutAhead | None = None) -> dict:
    """``explorer_data`` with its nodes and edges as ``_Items``: what each node record gathers
    from the edges (degree, posts, quotes) and the layout are computed first and kept; the
    records themselves are made as they are written."""
    to_trad, to_simp = _converters()
    entities = list(kg.entities)
    index = {e.id: i for i, e in enumerate(entities)}
    relations = [r for r in kg.relations if r.head_id in index and r.tail_id in index]
    degree = Counter()
    for r in relations:
        degree[r.head_id] += 1
        degree[r.tail_id] += 1
    provinces, primary = _provinces(kg, index)
    names = [e.name for e in entities]
    posts: dict[int, set[str]] = defaultdict(set)
    # per node: the first MAX_QUOTES distinct quotes of its edges, then of its hierarchy edges
    # (quoting little more than the name, those come last): enough to choose its quotes from
    quotes: dict[int, tuple[list[str], list[str]]] = {}
    pairs = []
    for r in relations:
        h, t = index[r.head_id], index[r.tail_id]
        post = r.attr("post")
        if post:
            posts[h].add(f"{post}（{names[t]}）")
            posts[t].add(f"{names[h]}：{post}")
        qs = _edge_quotes(r)
        if qs:
            rank = 1 if r.predicate in _PLACING else 0
            for end in (h, t):
                kept = quotes.setdefault(end, ([], []))[rank]
                for q in qs:
                    if len(kept) < MAX_QUOTES and q not in kept:
                        kept.append(q)
        pairs.append((h, t))
    xy = layout(len(entities), pairs, seed=seed) if ahead is None else ahead.result(len(entities), pairs, seed)
    del pairs

    def node(i: int) -> dict:
        e = entities[i]
        rec = _node_record(e, degree[e.id], to_trad, to_simp)
        if provinces[i]:
            rec["p"] = provinces[i]
            rec["pp"] = primary[i]
        if posts.get(i):
            rec["po"] = sorted(posts[i])
        if i in quotes:
            first, later = quotes[i]
            rec["q"] = first + [q for q in later if q not in first][:MAX_QUOTES - len(first)]
        rec["x"], rec["y"] = xy[i]
        return rec

    def edge(i: int) -> list:
        r = relations[i]
        rec = [index[r.head_id], index[r.tail_id], _PREDICATES.index(r.predicate), len(r.documents) or 1]
        extra: dict = {}
        post = r.attr("post")
        if post:
            extra["po"] = post
        qs = _edge_quotes(r)
        if qs:
            extra["q"] = qs
        if extra:
            rec.append(extra)
        return rec

    labels = [n for e in entities for n in (e.name, *e.aliases)]
    return {
        "page": "graph",
        "title": title,
        **_page_common(_Items(len(entities), node), _Items(len(relations), edge), labels, to_trad, to_simp),
        "aggregateAbove": AGGREGATE_ABOVE,
        "documents": len(kg.documents),
        "link": {"href": "campaigns.html", "text": "运动 × 地区 Campaigns × localities"},
    }


def _page_common(nodes, edges, labels, to_trad, to_simp) -> dict:
    """What both pages carry: the type legend, predicates, nodes, edges and the T→S search map."""
    return {
        "types": [
            {"name": t.value, "zh": TYPE_LABEL_ZH[t], "color": TYPE_STYLE[t][0], "shape": TYPE_STYLE[t][1],
             "dashed": TYPE_STYLE[t][2]}
            for t in _TYPES
        ],
        "predicates": [p.value for p in _PREDICATES],
        "nodes": nodes,
        "edges": edges,
        "t2s": _traditional_map(labels, to_trad, to_simp),
    }


def campaigns_data(kg: KnowledgeGraph, title: str = "Campaigns × localities") -> dict:
    """The campaigns × localities view: campaigns, the regions that ran them and their ancestors.

    A region runs a campaign when it ``conducts`` it, or when an organisation
    located in it does; the edge weight is the number of distinct documents.
    """
    to_trad, to_simp = _converters()
    by_id = kg.by_id()
    parent: dict[str, str] = {}
    located: dict[str, str] = {}
    for r in kg.relations:
        h, t = by_id.get(r.head_id), by_id.get(r.tail_id)
        if h is None or t is None or t.type is not EntityType.REGION:
            continue
        if r.predicate is Predicate.PART_OF and h.type is EntityType.REGION:
            parent.setdefault(h.id, t.id)
        elif r.predicate in _PLACING and h.type is EntityType.ORGANIZATION:
            located.setdefault(h.id, t.id)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    ev_quotes: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in kg.relations:
        if r.predicate is not Predicate.CONDUCTS:
            continue
        h, t = by_id.get(r.head_id), by_id.get(r.tail_id)
        if h is None or t is None:
            continue
        if t.type is not EntityType.CAMPAIGN and h.type is EntityType.CAMPAIGN:
            h, t = t, h
        if t.type is not EntityType.CAMPAIGN:
            continue
        region = h.id if h.type is EntityType.REGION else located.get(h.id)
        if region is None:
            continue
        key = (region, t.id)
        docs[key].update(r.documents or (f"?{id(r)}",))
        for ev in r.evidence:
            q = _clip(ev.quote)
            if q and q not in ev_quotes[key] and len(ev_quotes[key]) < MAX_QUOTES:
                ev_quotes[key].append(q)
    campaigns = sorted({c for _, c in docs} | {e.id for e in kg.of_type(EntityType.CAMPAIGN)},
                       key=lambda c: by_id[c].name)
    regions: set[str] = set()
    for region, _ in docs:
        cur, seen = region, set()
        while cur and cur not in seen:
            regions.add(cur)
            seen.add(cur)
            cur = parent.get(cur)
    children: dict[str | None, list[str]] = defaultdict(list)
    for rid in regions:
        children[parent.get(rid) if parent.get(rid) in regions else None].append(rid)
    for v in children.values():
        v.sort(key=lambda rid: (by_id[rid].attr("code") or "~", by_id[rid].name, rid))
    order: list[tuple[str, int]] = []

    def walk(rid: str, depth: int) -> None:
        order.append((rid, depth))
        for c in children.get(rid, ()):
            walk(c, depth + 1)

    for top in children.get(None, ()):
        walk(top, 0)
    # campaigns in a column, ordered by the mean row of their regions
    row = {rid: i for i, (rid, _) in enumerate(order)}
    rows_of: dict[str, list[int]] = defaultdict(list)  # one pass, not one per campaign (quadratic)
    for r, c in docs:
        rows_of[c].append(row[r])
    bary = {}
    for camp in campaigns:
        rows = rows_of.get(camp)
        bary[camp] = sum(rows) / len(rows) if rows else float(len(order))
    linked = {c for _, c in docs}
    camp_order = sorted(campaigns, key=lambda c: (c not in linked, bary[c], by_id[c].name))
    ids = [rid for rid, _ in order] + camp_order
    index = {eid: i for i, eid in enumerate(ids)}
    degree = Counter()
    edges = []
    for rid, _ in order:
        p = parent.get(rid)
        if p in regions:
            edges.append([index[rid], index[p], _PREDICATES.index(Predicate.PART_OF), 1])
    for (region, camp), ds in sorted(docs.items()):
        rec = [index[region], index[camp], _PREDICATES.index(Predicate.CONDUCTS), len(ds)]
        if ev_quotes.get((region, camp)):
            rec.append({"q": ev_quotes[(region, camp)]})
        edges.append(rec)
        degree[region] += 1
        degree[camp] += 1
    nodes = []
    ystep = 46
    for i, (rid, depth) in enumerate(order):
        rec = _node_record(by_id[rid], degree[rid], to_trad, to_simp)
        rec.update(x=depth * 170, y=i * ystep)
        nodes.append(rec)
    max_depth = max((d for _, d in order), default=0)
    x0 = max_depth * 170 + 520
    rows_per_col = max(len(order), 8)
    placed = 0
    step = (max(len(order), 1) * ystep) / max(len(linked), 1)
    for rank, camp in enumerate(camp_order):
        rec = _node_record(by_id[camp], degree[camp], to_trad, to_simp)
        if camp in linked:
            # linked campaigns in one column, spread over the height of the region tree
            rec.update(x=x0, y=round(rank * step, 1))
        else:
            # campaigns no locality is known to run: a block of columns further right
            col, r = divmod(placed, rows_per_col)
            rec.update(x=x0 + 380 * (col + 1), y=r * ystep)
            placed += 1
        nodes.append(rec)
    if len(nodes) > COLUMN_LAYOUT_MAX:
        # too many for columns to stay legible: a force layout groups regions around their campaigns
        for rec, (x, y) in zip(nodes, layout(len(nodes), [(a[0], a[1]) for a in edges])):
            rec["x"], rec["y"] = x, y
    running = {r for r, _ in docs}
    matrix = {
        "rows": [[index[rid], depth] for rid, depth in order if rid in running],
        "cols": [index[c] for c in camp_order if c in linked],
        "cells": [[index[r], index[c], len(ds)] for (r, c), ds in sorted(docs.items())],
    }
    labels = [n for eid in ids for n in (by_id[eid].name, *by_id[eid].aliases)]
    return {
        "page": "campaigns",
        "title": title,
        **_page_common(nodes, edges, labels, to_trad, to_simp),
        "aggregateAbove": 0,
        "documents": len(kg.documents),
        "matrix": matrix,
        "link": {"href": "graph.html", "text": "完整图谱 Full graph"},
    }


# --------------------------------------------------------------------------- pages

def render_page(data: dict) -> str:
    """One self-contained HTML page: inlined vis-network, explorer script, styles and data."""
    return "".join(page_pieces(data))


def page_pieces(data: dict) -> Iterator[str]:
    """``render_page(data)`` in pieces (the data item by item), for writing a big page to a file."""
    page = _asset("page.html")
    parts = {
        "{{TITLE}}": lambda: [html.escape(str(data.get("title", "Knowledge graph")))],
        "{{CSS}}": lambda: [_asset("explorer.css")],
        "{{VIS_JS}}": lambda: [_inline_script(_vis_network())],
        "{{DATA}}": lambda: _json_pieces_for_script(data),
        "{{JS}}": lambda: [_inline_script(_asset("explorer.js"))],
    }
    rest = page
    # Substitute placeholders in one left-to-right pass so inserted text is never rescanned.
    while True:
        hits = [(rest.find(k), k) for k in parts if rest.find(k) >= 0]
        if not hits:
            yield rest
            return
        at, key = min(hits)
        yield rest[:at]
        yield from parts[key]()
        rest = rest[at + len(key):]


def to_html(kg: KnowledgeGraph, title: str = "Knowledge graph") -> str:
    """``graph.html``: the interactive explorer of the whole graph."""
    return render_page(explorer_data(kg, title))


def to_campaigns_html(kg: KnowledgeGraph, title: str = "Campaigns × localities") -> str:
    """``campaigns.html``: which localities ran which campaigns."""
    return render_page(campaigns_data(kg, title))


def _write(pieces: Iterable[str], path: Path) -> Path:
    from .atomic import write_pieces_atomic

    return write_pieces_atomic(path, pieces)


def write_html(kg: KnowledgeGraph, path: str | Path) -> Path:
    """Write ``graph.html`` at ``path`` and ``campaigns.html`` beside it; returns ``path``."""
    return write_explorer(kg, path)[0]


def write_explorer(kg: KnowledgeGraph, path: str | Path, ahead: LayoutAhead | None = None) -> list[Path]:
    """Write the explorer at ``path`` and the campaigns view as ``campaigns.html`` in the same folder.

    ``ahead``: ``start_explorer_layout(kg)``, started before other work (the pages are the same
    with or without it)."""
    path = Path(path)
    campaigns = path.with_name("campaigns.html")
    if campaigns == path:
        campaigns = path.with_name("campaigns-view.html")
    try:
        return [_write(page_pieces(_explorer(kg, "Knowledge graph", 7, ahead)), path),
                _write(page_pieces(campaigns_data(kg)), campaigns)]
    finally:
        if ahead is not None:
            ahead.close()
