"""Text normalisation with an offset map back to the original.

Each step is a small pure function ``str -> Normalized`` whose ``offsets[i]``
is the index in its *input* of output character ``i`` (one extra entry at
the end for the input's length). ``normalize`` chains the steps and composes
the maps, so every later span can be mapped back to the text as read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Sequence


@dataclass(frozen=True)
class Normalized:
    text: str
    # len(text) + 1 entries, indices into the step's input; a ``range`` when
    # the step changed no positions (``normalize`` returns a tuple).
    offsets: Sequence[int]


Step = Callable[[str], Normalized]


def identity(text: str) -> Normalized:
    """The text unchanged; its map is a ``range`` (cheap for long texts)."""
    return Normalized(text, range(len(text) + 1))


def _from_pieces(source: str, keep: Iterable[tuple[int, str]]) -> Normalized:
    """Build output from ``(input_index, output_char)`` pairs in order."""
    chars: list[str] = []
    offs: list[int] = []
    for idx, ch in keep:
        chars.append(ch)
        offs.append(idx)
    offs.append(len(source))
    return Normalized("".join(chars), tuple(offs))


def _drop_spans(text: str, spans: Sequence[tuple[int, int]]) -> Normalized:
    """Remove the given sorted, non-overlapping ``[start, end)`` spans."""
    if not spans:
        return identity(text)
    chars: list[str] = []
    offs: list[int] = []
    pos = 0
    for start, end in spans:
        chars.append(text[pos:start])
        offs.extend(range(pos, start))
        pos = end
    chars.append(text[pos:])
    offs.extend(range(pos, len(text)))
    offs.append(len(text))
    return Normalized("".join(chars), offs)


# -- steps -------------------------------------------------------------------

# Zero-width, bidi controls, BOM, and C0/C1 controls other than \n and \t;
# the \r of a \r\n pair.
_INVISIBLE = re.compile(
    "[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad"
    "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]|\r(?=\n)"
)
# Line ends other than \n: a lone \r (old Mac files), NEL, LS, PS.
_OTHER_NEWLINE = str.maketrans({"\r": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n"})


def strip_invisible(text: str) -> Normalized:
    """Drop zero-width, direction and control characters; other line ends become ``\\n``.

    ``\\r\\n`` becomes ``\\n`` (the ``\\r`` is dropped), a lone ``\\r`` becomes ``\\n`` so
    old Mac files keep their lines.
    """
    dropped = _drop_spans(text, [m.span() for m in _INVISIBLE.finditer(text)])
    return Normalized(dropped.text.translate(_OTHER_NEWLINE), dropped.offsets)


def fold_width(text: str) -> Normalized:
    """Full-width ASCII (Ａ１！) to half-width and the ideographic space to a space.

    One character in, one out, so the map is the identity.
    """
    return Normalized(text.translate(_WIDTH_TABLE), range(len(text) + 1))


_WIDTH_TABLE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ"
_INITIALS = "(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
_FINALS = (
    "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|van|"
    "ai|ei|ao|ou|an|en|in|un|vn|er|ia|ie|iu|ua|uo|ui|ve|ue|"
    "a|o|e|i|u|v)"
)
_SYLLABLE = re.compile(f"{_INITIALS}{_FINALS}[1-5]?")
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PINYIN_NOTE = re.compile(f"(?<=[{_CJK}])\\(([a-z{_TONED}]{{1,6}}[1-5]?)\\)")


def _is_pinyin(word: str) -> bool:
    if any(c in _TONED for c in word):
        return True
    # One bare letter is a list marker ``(a)`` or numeral ``(i)``, not a note.
    return len(word) > 1 and _SYLLABLE.fullmatch(word) is not None


def strip_pinyin(text: str) -> Normalized:
    """Drop pinyin notes that web scrapes leave after characters: ``網(wǎng)`` → ``網``.

    Only a single lowercase syllable in parentheses right after a Chinese
    character is dropped; ``(GDP)`` or ``(青山县)`` stay.
    """
    spans = [m.span() for m in _PINYIN_NOTE.finditer(text) if _is_pinyin(m.group(1))]
    return _drop_spans(text, spans)


# Whole lines that are web page furniture, not content. Editor and source
# lines (责任编辑、来源) are content and stay.
BOILERPLATE_LINES = (
    r"返回顶部", r"我要打印", r"打印本页", r"关闭(窗口|本页)?", r"分享让更多人看到", r"分享到[:：]?.*",
    r"阅读次数[:：]?\s*\d*", r"小字号", r"大字号", r"中字号", r"字号[:：]?\s*[大中小\s]*",
    r"【?\s*字体[:：]?\s*[大中小\s]*】?", r"扫一扫.*", r"微信扫一扫.*", r"(上|下)一篇[:：]?.*",
    r"相关(新闻|阅读|链接)[:：]?", r"点击(进入|查看).*", r"(网站|站点)地图", r"收藏本页",
    r"设为首页", r"加入收藏", r"推荐阅读[:：]?", r"(热点|热门)推荐[:：]?",
)
_BOILERPLATE = re.compile(
    r"^[ \t]*(?:" + "|".join(BOILERPLATE_LINES) + r")[ \t]*$", re.MULTILINE
)


def strip_boilerplate(text: str) -> Normalized:
    """Drop whole lines of web furniture (``返回顶部``, ``我要打印``)."""
    spans = []
    for m in _BOILERPLATE.finditer(text):
        start, end = m.span()
        if end < len(text) and text[end] == "\n":
            end += 1
        spans.append((start, end))
    return _drop_spans(text, _merge(spans))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        elif e > s:
            out.append((s, e))
    return out


@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


_SEGMENT = re.compile(r"[^\n。！？!?；;]*[\n。！？!?；;]?")


def to_simplified(text: str) -> Normalized:
    """Traditional → Simplified with OpenCC, keeping a one-to-one map.

    OpenCC's phrase tables almost always keep length; a segment whose length
    changes is converted character by character instead, so offsets hold.
    """
    converter = _t2s()
    whole = converter.convert(text)
    if len(whole) == len(text):
        return Normalized(whole, range(len(text) + 1))
    out = []
    for m in _SEGMENT.finditer(text):
        seg = m.group(0)
        if not seg:
            continue
        conv = converter.convert(seg)
        if len(conv) != len(seg):
            conv = "".join(
                c2 if len(c2 := converter.convert(c)) == 1 else c for c in seg
            )
        out.append(conv)
    joined = "".join(out)
    if len(joined) != len(text):  # pragma: no cover - guarded above, kept as a safety net
        return identity(text)
    return Normalized(joined, range(len(text) + 1))


_SPACE_IN_NAME = re.compile(f"(?<=[{_CJK}])[ \t\u00a0]+(?=[{_CJK}])")
_CJK_CHAR = re.compile(f"[{_CJK}]")


def join_cjk_spaces(text: str) -> Normalized:
    """Remove spaces between two Chinese characters (``王 明`` → ``王明``).

    Chinese does not separate words by spaces; scrapes insert them inside
    names and for layout. A wider gap between two words is layout and stays
    (``来源:某某日报  发布时间``), unless it pads a two-character name
    (``王  明``). Line breaks are kept: they separate statements.
    """
    spans = []
    for m in _SPACE_IN_NAME.finditer(text):
        start, end = m.span()
        padded_name = start < 2 or not _is_cjk(text[start - 2])
        if end - start == 1 or padded_name:
            spans.append((start, end))
    return _drop_spans(text, spans)


def _is_cjk(ch: str) -> bool:
    return bool(_CJK_CHAR.match(ch))


DEFAULT_STEPS: tuple[Step, ...] = (
    strip_invisible,
    fold_width,
    strip_pinyin,
    to_simplified,
    strip_boilerplate,
    join_cjk_spaces,
)


def compose(first: Sequence[int], second: Sequence[int]) -> Sequence[int]:
    """Map of ``second`` (indices into ``first``'s output) back to the original."""
    if isinstance(second, range) and second == range(len(first)):
        return first
    if isinstance(first, range) and first == range(len(first)):
        return second
    return list(map(first.__getitem__, second))


def normalize(text: str, steps: Sequence[Step] = DEFAULT_STEPS) -> Normalized:
    """Run ``steps`` in order; the result's offsets (a tuple) index the original ``text``."""
    current = identity(text)
    for step in steps:
        result = step(current.text)
        current = Normalized(result.text, compose(current.offsets, result.offsets))
    return Normalized(current.text, tuple(current.offsets))


_ALL_SPACE = re.compile(r"\s+")


def normalize_name(text: str) -> str:
    """The comparison form of a name: visible, half-width, Simplified, no spaces."""
    cleaned = strip_invisible(text).text
    cleaned = fold_width(cleaned).text
    cleaned = strip_pinyin(cleaned).text
    cleaned = to_simplified(cleaned).text
    return _ALL_SPACE.sub("", cleaned)
