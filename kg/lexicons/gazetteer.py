"""The gazetteer of Chinese administrative divisions.

Source: the ``china_location`` table shipped inside the ``jionlp`` package
(GB/T 2260 codes for 34 provinces, ~350 prefectures and ~3,200 counties,
plus ~43k towns and streets, early 2021), read as a data file: jionlp itself
is never imported (it prints at import and loads far more than we need).
Countries come from jionlp's ``world_location`` table, macro-regions from a
short general list in ``data/macro_regions.txt``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

LEVELS = ("country", "state", "city", "province", "prefecture", "county", "town", "macro", "zone")


@dataclass(frozen=True)
class Division:
    """One administrative division (or macro-region / foreign country)."""

    key: str  # stable id: the GB/T 2260 code, or parent code + name for towns
    name: str  # full official name (宜昌市, 长阳土家族自治县)
    short: str | None  # usual short form (宜昌, 长阳)
    level: str
    code: str | None  # GB/T 2260 code where it has one
    parent: str | None  # key of the parent division

    @property
    def province_key(self) -> str | None:
        return self.code[:2] + "0000" if self.code else None


def _jionlp_dictionary() -> Path:
    """jionlp's data folder, located without importing jionlp."""
    import importlib.util

    spec = importlib.util.find_spec("jionlp")
    if spec is None or not spec.submodule_search_locations:
        raise FileNotFoundError("the jionlp package (gazetteer data) is not installed: pip install jionlp")
    return Path(list(spec.submodule_search_locations)[0]) / "dictionary"


_TOWN_SUFFIX = re.compile(r"(镇|乡|街道|苏木|民族乡|地区办事处)$")
# Counties whose short form alone would mostly be a common word.
_MIN_SHORT = 2

# Strip these to get the usual short name when the table does not give one.
_SUFFIXES = (
    "维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "自治州", "自治县", "自治旗",
    "省", "市", "县", "区", "盟", "旗", "地区",
)
_ETHNIC = re.compile(r"(?:[\u4e00-\u9fff]{1,6}?族)+(?:自治州|自治县|自治旗)$")


def short_name(name: str) -> str | None:
    m = _ETHNIC.search(name)
    if m and m.start() >= 2:
        return name[: m.start()]
    for suf in _SUFFIXES:
        if name.endswith(suf) and len(name) - len(suf) >= _MIN_SHORT:
            return name[: -len(suf)]
    return None


def _open_table(path: Path):
    """Open a jionlp table: the package ships it zipped and unpacks it on its own
    first import, which we never do; read the zip in place when the text is absent."""
    import io
    import zipfile

    if path.exists():
        return open(path, encoding="utf-8")
    archive = path.with_suffix(".zip")
    if not archive.exists():
        raise FileNotFoundError(f"{path} (or {archive.name}) is missing: reinstall jionlp")
    with zipfile.ZipFile(archive) as zf:
        data = zf.read(path.name)
    return io.StringIO(data.decode("utf-8"))


def load_divisions(path: Path | None = None, with_towns: bool = True) -> list[Division]:
    """Parse the tab-indented table: depth 0 province, 1 prefecture, 2 county, 3 town."""
    path = path or _jionlp_dictionary() / "china_location.txt"
    out: list[Division] = []
    stack: list[Division | None] = [None, None, None, None]
    with _open_table(path) as fh:
        for line in fh:
            stripped = line.rstrip("\n")
            depth = len(stripped) - len(stripped.lstrip("\t"))
            if depth > 3 or (depth == 3 and not with_towns):
                continue
            cols = stripped.strip("\t").split("\t")
            name = cols[0].strip()
            if not name:
                continue
            code = cols[1].strip() if len(cols) > 1 and cols[1].strip() else None
            short = cols[2].strip() if len(cols) > 2 and cols[2].strip() else None
            parent = stack[depth - 1] if depth > 0 else None
            if depth == 1 and parent is not None and (code == parent.code or "直辖" in name):
                # municipalities repeat themselves as their own prefecture; 省直辖县级行政区划 is a heading of
                # the code table, not a division: its county-level cities (琼海市, 仙桃市) are the province's
                stack[1] = parent
                continue
            level = ("province", "prefecture", "county", "town")[depth]
            if depth == 3:
                key = f"{parent.key}-{name}" if parent else name
                short = None
            else:
                key = code or (f"{parent.key}-{name}" if parent else name)
            if short and "/" in short:
                # 克州/克孜勒苏: the table's several usual forms; the longest is the short form, others aliases
                forms = short.split("/")
                short = max(forms, key=len)
                others = [f for f in forms if f != short]
            else:
                others = []
            if short is None and depth < 3:
                short = short_name(name)
            if short == name:
                short = None
            div = Division(key, name, short, level, code if depth < 3 else None, parent.key if parent else None)
            out.append(div)
            if name.endswith("自治州") and short and not short.endswith("州"):
                others.append(short + "州")  # 湘西州, 黔东南州: how an autonomous prefecture is usually called
            out.extend(Division(key, other, None, level, div.code, div.parent) for other in others)
            stack[depth] = div
            for d in range(depth + 1, 4):
                stack[d] = None
    return out


def load_countries(path: Path | None = None) -> list[Division]:
    """Countries (with their official long names as second form), their capitals
    and major cities, and the continents heading each block of the table."""
    path = path or _jionlp_dictionary() / "world_location.txt"
    out = []
    with _open_table(path) as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.endswith(":") and "\t" not in line:
                continent = line[:-1].strip().replace("大洋州", "大洋洲")
                if continent:
                    out.append(Division(f"macro-{continent}", continent, None, "macro", None, None))
                continue
            cols = line.split("\t")
            if len(cols) < 2:
                continue
            short, full = cols[0].strip(), cols[1].strip()
            if not short:
                continue
            key = f"country-{short}"
            out.append(Division(key, short, full if full != short else None, "country", None, None))
            if short == "中国":
                continue  # Chinese cities come from the division table
            cities = ([cols[2].strip()] if len(cols) > 2 and cols[2].strip() else []) + (
                cols[3].split("/") if len(cols) > 3 else [])
            for city in dict.fromkeys(c.strip() for c in cities if c.strip()):
                out.append(Division(f"city-{short}-{city}", city, None, "city", None, key))
    return out


def _data_rows(filename: str) -> list[list[str]]:
    """Rows of a whitespace-separated list in ``kg/lexicons/data`` (``#`` starts a comment)."""
    text = resources.files("kg.lexicons").joinpath(f"data/{filename}").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            rows.append(line.split())
    return rows


def load_macro_regions() -> list[Division]:
    out = []
    for names in _data_rows("macro_regions.txt"):
        out.append(Division(f"macro-{names[0]}", names[0], None, "macro", None, None))
        for alias in names[1:]:
            out.append(Division(f"macro-{names[0]}", alias, None, "macro", None, None))
    return out


def load_extra_countries() -> list[Division]:
    """Countries the world table lacks under a common name (印尼, 苏联), from ``data/countries_extra.txt``."""
    out = []
    for names in _data_rows("countries_extra.txt"):
        key = f"country-{names[0]}"
        for name in names:
            out.append(Division(key, name, None, "country", None, None))
    return out


def load_foreign_regions(known: set[str] | None = None) -> list[Division]:
    """States and further cities of other countries, from ``data/foreign_regions.txt``;
    names the world table already has are left to it."""
    known = known or set()
    out = []
    for country, level, *names in _data_rows("foreign_regions.txt"):
        names = [n for n in names if n not in known]
        if not names:
            continue
        key = f"{level}-{country}-{names[0]}"
        for name in names:
            out.append(Division(key, name, None, level, None, f"country-{country}"))
    return out


def load_aliases(divisions: list[Division]) -> list[Division]:
    """Other names of divisions (香港特区), from ``data/region_aliases.txt``: same key, level and code."""
    by_name = {}
    for d in divisions:
        by_name.setdefault(d.name, d)
    out = []
    for name, *aliases in _data_rows("region_aliases.txt"):
        d = by_name.get(name)
        if d is None:
            continue
        out.extend(Division(d.key, alias, None, d.level, d.code, d.parent) for alias in aliases)
    return out


def autonomous_short_forms(divisions: list[Division]) -> list[Division]:
    """印江自治县 for 印江土家族苗族自治县, 海西自治州…: the short name with the kind of autonomy kept,
    as reports call them, and 印江县 for the county; same key, level and code."""
    out = []
    names = {d.name for d in divisions}
    for d in divisions:
        kind = next((k for k in ("自治县", "自治州", "自治旗") if d.name.endswith(k)), None)
        short = d.short if kind else None
        if short and short + kind != d.name:
            out.append(Division(d.key, short + kind, None, d.level, d.code, d.parent))
        # 清原县, 威宁县: an autonomous county called a county (a banner a banner), unless a division has that name
        plain = {"自治县": "县", "自治旗": "旗"}.get(kind or "")
        if short and plain and short + plain not in names and not short.endswith(plain):
            out.append(Division(d.key, short + plain, None, d.level, d.code, d.parent))
    return out


class Gazetteer:
    """Look-ups over the divisions: by key, by full name and by short form."""

    def __init__(self, divisions: Iterable[Division]):
        self.by_key: dict[str, Division] = {}
        self.by_name: dict[str, list[Division]] = {}
        self.by_short: dict[str, list[Division]] = {}
        for d in divisions:
            if d.key not in self.by_key or d.name == self.by_key[d.key].name:
                self.by_key.setdefault(d.key, d)
            same = self.by_name.setdefault(d.name, [])
            if any(x.key == d.key for x in same):
                continue
            same.append(d)
            if d.short and d.level in ("province", "prefecture", "county", "country"):
                self.by_short.setdefault(d.short, []).append(d)

    @classmethod
    def default(cls, with_towns: bool = True) -> "Gazetteer":
        base = load_divisions(with_towns=with_towns) + load_countries() + load_extra_countries() + load_macro_regions()
        return cls(base + load_foreign_regions({d.name for d in base}) + load_aliases(base)
                   + autonomous_short_forms(base))

    def canonical(self, d: Division) -> Division:
        """The division a key resolves to (macro-region aliases share a key)."""
        return self.by_key.get(d.key, d)

    def parent(self, d: Division) -> Division | None:
        return self.by_key.get(d.parent) if d.parent else None

    def ancestors(self, d: Division) -> list[Division]:
        out = []
        cur = self.parent(d)
        while cur is not None:
            out.append(cur)
            cur = self.parent(cur)
        return out

    def lookup(self, name: str) -> list[Division]:
        """Divisions whose full name, or (for county and above) short form, is ``name``."""
        return list(self.by_name.get(name, [])) + [d for d in self.by_short.get(name, []) if d.name != name]

    def names(self, include_towns: bool = True) -> Iterable[str]:
        for name, divs in self.by_name.items():
            if include_towns or any(d.level != "town" for d in divs):
                yield name

    def shorts(self) -> Iterable[str]:
        return self.by_short.keys()
