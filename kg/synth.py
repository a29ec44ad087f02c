"""A reproducible synthetic corpus for benchmarks and scale tests.

Real sentences (split from seed texts) are recombined into new documents;
the region names found in them are replaced by divisions drawn from the
gazetteer, and people are general names made from the surname list plus
random given-name characters. Document ``i`` depends only on ``(seed, i)``,
so the first ``n`` documents of a larger corpus are the same ``n`` documents
of a smaller one (a "grown corpus" for incremental-build measurements).

Nothing here prints or touches the disk except ``write_corpus``.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Iterator, Sequence

from .errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    from .lexicons.gazetteer import Division, Gazetteer

# Common characters of given names (a character list, not names).
GIVEN_CHARS = (
    "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华建国文辉力斌宇浩凯鹏飞鑫波宁红玉萍"
    "林琳春梅兰志新海峰亮成晨雪云松柏东南江河山岩光荣庆德福祥瑞嘉欣悦晓宏远思源佳怡"
)
_SENT = re.compile(r"[^。！？!?\n]+[。！？!?]?")
_REGION_SLOT = "\x00R\x00"
_LEVELS = ("province", "prefecture", "county")
_POSTS = ("书记", "副书记", "市长", "县长", "区长", "常务副市长", "副县长", "组织部部长", "宣传部部长")
_ORG_SUFFIX = ("委", "政府", "人大常委会", "政协", "纪委监委", "发展和改革委员会")
# Sentence patterns that put a person, a post and a region together.
_PERSON_TEMPLATES = (
    "{region}{org}召开会议，{name}主持会议并讲话。",
    "{region}委{post}{name}出席会议并作动员部署。",
    "会上，{region}{org}主要负责同志{name}传达了有关会议精神。",
    "{name}同志任{region}委{post}。",
    "{region}委{post}{name}到{region2}调研指导工作。",
    "{region}与{region2}签署战略合作协议，共同推进重点项目建设。",
    "近日，{region2}代表团来{region}考察交流。",
)


def split_sentences(text: str, min_len: int = 8, max_len: int = 240) -> list[str]:
    """Sentences of ``text`` (ending punctuation kept), trimmed, within a length range."""
    out = []
    for m in _SENT.finditer(text):
        s = m.group(0).strip()
        if min_len <= len(s) <= max_len:
            out.append(s)
    return out


@dataclass(frozen=True)
class SentencePool:
    """Sentences with their region names cut out into slots; headings kept apart."""

    sentences: tuple[str, ...]  # may contain _REGION_SLOT
    headings: tuple[str, ...]

    @classmethod
    def from_texts(cls, texts: Iterable[str], gazetteer: "Gazetteer") -> "SentencePool":
        names = _region_names(gazetteer)
        longest = max((len(n) for n in names), default=0)
        sentences: list[str] = []
        headings: list[str] = []
        for text in texts:
            for line in text.splitlines():
                line = line.strip()
                if 4 <= len(line) <= 30 and not re.search(r"[。！？，]", line) and not line.startswith("("):
                    headings.append(_slot_regions(line, names, longest))
            sentences.extend(_slot_regions(s, names, longest) for s in split_sentences(text))
        if not sentences:
            raise InputError("no sentences found in the seed texts; give at least one text with Chinese sentences")
        return cls(tuple(dict.fromkeys(sentences)), tuple(dict.fromkeys(headings)) or ("工作报告",))


def _region_names(gaz: "Gazetteer") -> set[str]:
    """Full names of provinces, prefectures and counties (short forms are too often common words)."""
    names = {n for n, divs in gaz.by_name.items() if any(d.level in _LEVELS for d in divs)}
    return {n for n in names if len(n) >= 3}


def _slot_regions(text: str, names: set[str], longest: int) -> str:
    """Replace region names (longest match, left to right) by a slot."""
    out = []
    i = 0
    while i < len(text):
        for size in range(min(longest, len(text) - i), 1, -1):
            if text[i : i + size] in names:
                out.append(_REGION_SLOT)
                i += size
                break
        else:
            out.append(text[i])
            i += 1
    return "".join(out)


def load_surnames() -> list[str]:
    data = resources.files("kg.lexicons").joinpath("data/surnames.txt").read_text(encoding="utf-8")
    return [ln.strip() for ln in data.splitlines() if ln.strip() and not ln.startswith("#")]


class CorpusGenerator:
    """Makes document ``i`` of the corpus numbered by ``seed``."""

    def __init__(self, pool: SentencePool, gazetteer: "Gazetteer", surnames: Sequence[str] | None = None,
                 seed: int = 0, mean_chars: int = 2000):
        self.pool = pool
        self.seed = seed
        self.mean_chars = mean_chars
        self.surnames = list(surnames or load_surnames())
        divs = sorted({d.key: d for divs in gazetteer.by_name.values() for d in divs
                       if d.level in ("prefecture", "county") and d.code}.values(), key=lambda d: d.key)
        if not divs:
            raise InputError("the gazetteer has no prefecture or county divisions to draw names from")
        self.divisions = divs
        self.gazetteer = gazetteer

    @classmethod
    def from_seed_files(cls, paths: Iterable[str | Path], gazetteer: "Gazetteer", **kw) -> "CorpusGenerator":
        texts = []
        for p in paths:
            try:
                texts.append(Path(p).read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError) as exc:
                raise InputError(f"{p}: cannot read seed text ({exc}); give UTF-8 text files") from exc
        return cls(SentencePool.from_texts(texts, gazetteer), gazetteer, **kw)

    def person(self, rng: random.Random) -> str:
        return rng.choice(self.surnames) + "".join(rng.choice(GIVEN_CHARS) for _ in range(rng.choice((1, 2, 2))))

    def document(self, i: int) -> str:
        rng = random.Random(f"{self.seed}:{i}")
        home = rng.choice(self.divisions)
        parent = self.gazetteer.parent(home)
        near = [home] + ([parent] if parent else []) + [rng.choice(self.divisions)]
        people = [self.person(rng) for _ in range(rng.randint(1, 4))]

        def fill(s: str) -> str:
            while _REGION_SLOT in s:
                d = near[0] if rng.random() < 0.6 else rng.choice(near)
                name = d.short if (d.short and rng.random() < 0.4) else d.name
                s = s.replace(_REGION_SLOT, name, 1)
            return s

        heading = rng.choice(self.pool.headings)
        title = fill(heading)
        if _REGION_SLOT not in heading:  # every document names its home region
            title = home.name + title
        year = rng.randint(2012, 2023)
        lines = [title, "", people[0], "", f"({year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日)", ""]
        target = max(200, int(rng.gauss(self.mean_chars, self.mean_chars / 3)))
        size = sum(len(x) for x in lines)
        while size < target:
            para = []
            for _ in range(rng.randint(2, 6)):
                if rng.random() < 0.2:
                    region2 = rng.choice(near)
                    s = rng.choice(_PERSON_TEMPLATES).format(
                        region=home.name, region2=region2.name, org=rng.choice(_ORG_SUFFIX),
                        post=rng.choice(_POSTS), name=rng.choice(people))
                else:
                    s = fill(rng.choice(self.pool.sentences))
                para.append(s)
            text = "".join(para)
            lines.append(text)
            lines.append("")
            size += len(text)
        return "\n".join(lines).rstrip() + "\n"

    def documents(self, n: int, start: int = 0) -> Iterator[tuple[int, str]]:
        for i in range(start, n):
            yield i, self.document(i)


def corpus_path(out_dir: Path, i: int) -> Path:
    """Where document ``i`` is written: 1,000 files per folder."""
    return Path(out_dir) / f"{i // 1000:04d}" / f"doc_{i:07d}.txt"


def write_corpus(gen: CorpusGenerator, out_dir: str | Path, n: int, start: int = 0) -> tuple[int, int]:
    """Write documents ``start..n-1``; returns (documents written, characters)."""
    out = Path(out_dir)
    docs = chars = 0
    for i, text in gen.documents(n, start):
        p = corpus_path(out, i)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
        docs += 1
        chars += len(text)
    return docs, chars
