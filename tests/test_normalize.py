"""Normalisation steps, table-driven, plus property tests that offsets map back."""
from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.normalize import (
    DEFAULT_STEPS, Normalized, fold_width, identity, join_cjk_spaces, normalize, normalize_name,
    strip_boilerplate, strip_invisible, strip_pinyin, to_simplified,
)


def _check_map(src: str, out: Normalized) -> None:
    assert len(out.offsets) == len(out.text) + 1
    assert out.offsets[-1] == len(src)
    assert all(a <= b for a, b in zip(out.offsets, out.offsets[1:]))
    assert all(0 <= o < len(src) for o in out.offsets[:-1])


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("經濟發展", "经济发展"),
        ("廣陵市東湖區", "广陵市东湖区"),
        ("國家機關關於", "国家机关关于"),
        ("头发髮", "头发发"),
        ("已是简体", "已是简体"),
        ("ASCII only 123", "ASCII only 123"),
        ("", ""),
    ],
)
def test_to_simplified(raw, expected):
    out = to_simplified(raw)
    assert out.text == expected
    assert len(out.text) == len(raw)
    _check_map(raw, out)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("網(wǎng)站", "網站"),
        ("新聞網(wǎng)", "新聞網"),
        ("區(qū)縣", "區縣"),
        ("發(fā)展(zhan3)", "發展"),
        ("國內生產總值(GDP)", "國內生產總值(GDP)"),
        ("青山市(青山县)", "青山市(青山县)"),
        ("陕西(Shaanxi)", "陕西(Shaanxi)"),
        ("第一条(i)", "第一条(i)"),  # a list marker, not a syllable
        ("附件(a)", "附件(a)"),
        ("(wǎng)开头", "(wǎng)开头"),  # no character before it: kept
        ("abc(wǎng)", "abc(wǎng)"),
        ("經濟(jīng jì)", "經濟(jīng jì)"),  # two syllables: not a scrape note
    ],
)
def test_strip_pinyin(raw, expected):
    out = strip_pinyin(raw)
    assert out.text == expected
    _check_map(raw, out)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("正文\n返回顶部\n下文", "正文\n下文"),
        ("正文\n我要打印\n", "正文\n"),
        ("分享让更多人看到\n正文", "正文"),
        ("正文\n  返回顶部  \n下文", "正文\n下文"),
        ("正文\n责任编辑：王一\n来源：新闻网", "正文\n责任编辑：王一\n来源：新闻网"),
        ("正文\n(编辑:李二、赵三)", "正文\n(编辑:李二、赵三)"),
        ("点击返回顶部的按钮", "点击返回顶部的按钮"),  # inside a sentence: content
        ("返回顶部\n返回顶部\n我要打印", ""),
        ("小字号\n中字号\n大字号\n正文", "正文"),
    ],
)
def test_strip_boilerplate(raw, expected):
    out = strip_boilerplate(raw)
    assert out.text == expected
    _check_map(raw, out)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("ＡＢＣ１２３", "ABC123"),
        ("（ＧＤＰ）", "(GDP)"),
        ("中文，保留！", "中文,保留!"),
        ("全角　空格", "全角 空格"),
        ("half width", "half width"),
        ("。、《》“”", "。、《》“”"),  # CJK punctuation is not ASCII: untouched
    ],
)
def test_fold_width(raw, expected):
    out = fold_width(raw)
    assert out.text == expected
    _check_map(raw, out)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("王 明", "王明"),
        ("王  明同志", "王明同志"),
        ("王\t明", "王明"),
        ("王\u00a0明", "王明"),
        ("王\n明", "王\n明"),  # line breaks separate statements
        ("GDP 增长", "GDP 增长"),
        ("增长 5%", "增长 5%"),
        ("张 三 丰", "张三丰"),
        # a wide gap between two words is layout, not a name cut apart
        ("来源:青山日报  发布时间", "来源:青山日报  发布时间"),
        ("记者 王  明 摄", "记者王明摄"),
    ],
)
def test_join_cjk_spaces(raw, expected):
    out = join_cjk_spaces(raw)
    assert out.text == expected
    _check_map(raw, out)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("a\u200bb", "ab"),
        ("\ufeff开头", "开头"),
        ("中\u200d文\u2060", "中文"),
        ("\u202e反向\u202c", "反向"),
        ("行一\r\n行二", "行一\n行二"),
        ("行一\r行二", "行一\n行二"),  # old Mac line ends are line ends
        ("响\x07铃\x00", "响铃"),
        ("制表\t保留\n", "制表\t保留\n"),
    ],
)
def test_strip_invisible(raw, expected):
    out = strip_invisible(raw)
    assert out.text == expected
    _check_map(raw, out)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("新聞網(wǎng)\n返回頂部\n廣陵(líng)市東湖區(qū)", "新闻网\n广陵市东湖区"),
        ("黃 明\u200b同志（ＧＤＰ）", "黄明同志(GDP)"),
        ("我要打印\r\n正文", "正文"),
    ],
)
def test_normalize_chain(raw, expected):
    out = normalize(raw)
    assert out.text == expected
    _check_map(raw, out)


def test_offsets_point_at_original_characters():
    raw = "新聞網(wǎng)\n黃 明"
    out = normalize(raw)
    assert out.text == "新闻网\n黄明"
    assert [raw[o] for o in out.offsets[:-1]] == ["新", "聞", "網", "\n", "黃", "明"]


@pytest.mark.parametrize(
    "raw, expected",
    [("黃 明", "黄明"), ("青山市\u200b", "青山市"), ("ＡＢＣ 公司", "ABC公司"), ("網(wǎng)", "网")],
)
def test_normalize_name(raw, expected):
    assert normalize_name(raw) == expected


def test_steps_are_pure_and_identity_is_identity():
    assert list(identity("abc").offsets) == [0, 1, 2, 3]
    text = "網(wǎng)站 返回顶部"
    assert normalize(text) == normalize(text)
    assert len(DEFAULT_STEPS) == 6


# -- properties ---------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "经济", "發展", "網(wǎng)", "區(qū)", "(GDP)", "(青山县)", "王 明", "　", " ", "\n", "\r\n", "\r",
        "\u200b", "\ufeff", "\u202e", "\x00", "\t", "返回顶部", "我要打印", "责任编辑:王一", "ＡＢＣ", "１２",
        "，", "。", "“", "”", "(", ")", "a", "wǎng", "乾", "髮", "头", "干", "著",
    ]
)
_MIXED = st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=60))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(_MIXED)
def test_offsets_map_back_for_any_text(raw):
    out = normalize(raw)
    _check_map(raw, out)


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(_MIXED, st.sampled_from(DEFAULT_STEPS))
def test_each_step_keeps_a_valid_map(raw, step):
    _check_map(raw, step(raw))


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(_MIXED, st.data())
def test_original_slice_renormalises_to_output_slice(raw, data):
    """For a span of whole 'words' of the output, the original slice maps back.

    Spans are cut at spaces/line ends/punctuation of the output so that the
    context-dependent steps (a boilerplate line needs its whole line, a
    pinyin note needs the character before it) see what they saw before.
    """
    out = normalize(raw)
    text = out.text
    cuts = [0] + [i + 1 for i, c in enumerate(text) if c in "\n"] + [len(text)]
    cuts = sorted(set(cuts))
    i = data.draw(st.integers(0, len(cuts) - 1))
    j = data.draw(st.integers(i, len(cuts) - 1))
    start, end = cuts[i], cuts[j]
    if start == end:
        return
    rs, re_ = out.offsets[start], out.offsets[end - 1] + 1
    assert normalize(raw[rs:re_]).text in _renormalised(text[start:end])


def _renormalised(span: str) -> tuple[str, str]:
    """What normalising a span cut from the original may give: the span itself, or, when a wide gap
    follows the span's first character, the span without that gap (join_cjk_spaces reads one
    character before a gap (spaces, tabs) at the start of a text as half of a padded name: 王  明)."""
    return span, re.sub(r"^([\u4e00-\u9fff])[ \t\u00a0]+(?=[\u4e00-\u9fff])", r"\1", span)


_NO_LINES = st.lists(
    _PIECES.filter(lambda p: p not in ("返回顶部", "我要打印", "\n", "\r\n", "\r")), max_size=30
).map("".join)


@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
@given(_NO_LINES, st.data())
def test_any_span_renormalises_without_boilerplate(raw, data):
    """Without whole-line boilerplate in play, every span of the output maps back."""
    out = normalize(raw)
    text = out.text
    if not text:
        return
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    rs, re_ = out.offsets[i], out.offsets[j - 1] + 1
    assert normalize(raw[rs:re_]).text in _renormalised(text[i:j])


def test_long_text_is_linear():
    """A 2 MB text normalises quickly and its map stays exact."""
    raw = ("廣陵(líng)市 東湖區\u200b推進振興。\n返回顶部\n" * 80_000)[:2_000_000]
    out = normalize(raw)
    assert len(out.offsets) == len(out.text) + 1
    assert raw[out.offsets[1]] == "陵"
