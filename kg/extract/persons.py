"""People: names the NER model tags, checked against family names, and names
in the places a news page puts them (bylines, photo credits, editors).
"""
from __future__ import annotations

import re

from ..lexicons.words import TITLES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import APPOINTING, SERVED_POSTS, mention, overlaps, quoted_spans, text_span

_CJK_NAME = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_FOREIGN = re.compile(r"^[\u4e00-\u9fff]{1,8}[·・][\u4e00-\u9fff·・]{1,12}$")
# (name) at the end of a paragraph: the reporter's byline.
_BYLINE = re.compile(r"[(（]\s*([\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4}){0,3})\s*[)）]\s*$", re.M)
# 刘勇 摄 / 记者 刘勇 / 责编:李某、王某 / 作者:某
_CREDIT = re.compile(
    r"(?:(?<![\u4e00-\u9fff])(?:(?:责任编辑|责编|编辑|作者|记者|通讯员|审核|校对|撰稿|摄影)\s*[:：/]?|(?:文/图|文|图)\s*[:：/])\s*)"
    r"([\u4e00-\u9fff]{2,4}(?:\s*[、,，]\s*[\u4e00-\u9fff]{2,4}){0,4})"
)
_PHOTO = re.compile(r"([\u4e00-\u9fff]{2,4})\s*摄(?![\u4e00-\u9fff])")
_NAME_SPLIT = re.compile(r"\s*[、,，]\s*")
_TITLE_WORDS = frozenset(TITLES)
# A body or level after a preposition glued onto a name (某某某向|局党组, 某某某对|县委…)
_BODY_NEXT = re.compile(r"[省市县区镇乡局党委会公司集团厅部]|全[省市县区]|各")
_THOUGHT_AFTER = re.compile(r"新时代中国特色社会主义思想|(?:经济|法治|生态文明|外交|强军|文化)思想")
# how a word holding a post ends (县委书记, 副县长, 董事长, 记者): a name the model finds right after it is one
_TITLE_ENDS = tuple(sorted({t for t in TITLES if len(t) >= 2}, key=len, reverse=True))
# Words the model sometimes tags as a person that are not names.
_NOT_NAME_END = re.compile(r"(书记|主任|主席|市长|县长|区长|省长|同志|精神|思想|理论|讲话|指出|强调|表示|说|港|杯|杯赛|工委|纪委)$")
# Words a credit line may catch that are not names: verbs, particles, adverbs.
_NON_NAME_TAGS = {"v", "vd", "vn", "d", "u", "p", "c", "a", "ad", "m", "q", "TIME", "f", "xc"}


# Characters common in transliterated foreign names (克林顿, 普里马科夫, 奥尔特加).
_TRANSLIT = set("阿埃艾爱安昂奥巴拜班邦鲍贝本比彼宾波伯博布采查达戴丹德迪蒂丁杜多厄恩尔法菲费夫弗福盖冈戈格古哈海汉豪赫亨胡华霍基吉加贾杰金卡凯坎考科克肯库拉莱赖兰朗劳勒雷里利莉丽林琳卢鲁伦罗洛马迈曼梅蒙米密明莫姆穆纳娜奈内尼涅努诺欧帕佩彭皮珀普齐奇恰乔切琼丘萨塞桑瑟森沙尚舍什施史斯松苏索塔泰坦汤特提图托瓦万威维温沃乌西希谢辛休雅亚扬耶伊因英尤约泽扎詹朱兹佐")


def _is_transliteration(name: str) -> bool:
    return 3 <= len(name) <= 8 and sum(c in _TRANSLIT for c in name) >= len(name) - 1


_QUOTED = re.compile(r"[“\"「]([^”\"」\n]{4,40})[”\"」]")


def _four_character_items(text: str) -> list[tuple[int, int]]:
    """Spans of the items of quoted formulations made of four-character items joined by 、 (“甲乙丙丁、戊己庚辛”)."""
    spans = []
    for q in _QUOTED.finditer(text):
        items = q.group(1).split("、")
        if len(items) >= 2 and all(len(it) == 4 for it in items):
            pos = q.start(1)
            for it in items:
                spans.append((pos, pos + 4))
                pos += 5
    return spans


def _is_named_by_place(name: str) -> bool:
    """A Chinese name of two or three characters that no title word or place ending makes something else:
    for a name whose place in the text (after a post, in a byline) says it is one."""
    return 2 <= len(name) <= 3 and bool(_CJK_NAME.match(name)) and name not in _TITLE_WORDS \
        and not _NOT_NAME_END.search(name)


def _is_name(name: str, lex) -> bool:
    if len(name) >= 4 and name[-1] in "峰山湖" and name[:2] not in lex.surnames:
        return False  # 某某某峰: a peak, not a person
    if _FOREIGN.match(name) or _is_transliteration(name):
        return True
    if not _CJK_NAME.match(name) or not lex.has_surname(name):
        return False
    if name in _TITLE_WORDS or _NOT_NAME_END.search(name):
        return False
    return True


# How people are addressed by family name alone: 王大妈, 李师傅, 刘老, 张老师, 江主席.
HONORIFICS = (
    "老先生", "先生", "女士", "小姐", "老师", "师傅", "大娘", "大妈", "大爷", "大伯", "大婶", "大嫂", "大姐",
    "大哥", "阿姨", "奶奶", "爷爷", "婆婆", "叔叔", "伯伯", "老汉", "老太", "老人", "同志", "医生", "教练",
    "老", "总", "工", "姐", "嫂", "婶", "伯", "叔", "氏",
)
_ADDRESS = tuple(sorted(set(HONORIFICS) | set(TITLES) - {"记者", "通讯员", "专家", "委员", "常委"}, key=len, reverse=True))
_ADDRESS_SET = frozenset(_ADDRESS)
# Common Japanese family names (two characters), for names the model tags as
# people but which start with no Chinese family name (田中一郎).
JAPANESE_SURNAMES = frozenset(
    "佐藤 铃木 高桥 田中 渡边 伊藤 山本 中村 小林 加藤 吉田 山田 佐佐木 山口 松本 井上 木村 林田 清水 山崎 "
    "森田 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 长谷川 藤田 后藤 近藤 村上 远藤 青木 坂本 斋藤 "
    "福田 太田 西村 藤井 冈本 松田 中川 中野 原田 小野 田村 竹内 金子 和田 中山 石田 上田 森本 原 柴田 酒井 "
    "工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 高田 丸山 今井 河野 藤本 村田 武田 上野 杉山 增田 "
    "小山 大冢 平野 菅原 久保 松井 千叶 岩崎 樱井 木下 野口 松尾 菊地 野村 新井 渡部 小泽 鸠山 "
    "小渊 海部 宫泽 竹下 中曾根 福岛 大平 三木 细川 羽田 村山 森 安倍 麻生 野田 菅 岸田 二阶堂 小泉 "
    "稻田 浅野 吉川 荒木 秋山 北村 西田 服部 片山 大西 水野 本田 土屋 浅井 堀 滨田 永井 冈崎 松冈 黑田".split()
)


def _japanese(name: str) -> bool:
    return 3 <= len(name) <= 6 and any(name.startswith(s) and len(name) - len(s) >= 1 for s in JAPANESE_SURNAMES if len(s) >= 2)


def _addressed_surname(word: str, lex) -> int:
    """Length of the family name when ``word`` is family name + form of address (王大妈 → 1)."""
    for n in (2, 1):
        head, rest = word[:n], word[n:]
        if rest and head in lex.surnames and rest in _ADDRESS_SET:
            return n
    return 0


def _foreign_name_end(text: str, toks, i: int) -> int:
    """End of a transliterated name the model cut short: through a 「·」 and the
    part after it, or one more transliteration character standing alone."""
    t = toks[i]
    end = t.end
    j = i + 1
    if t.word.endswith(("·", "・")) or text[end:end + 1] in ("·", "・"):
        if not t.word.endswith(("·", "・")):
            end += 1
            while j < len(toks) and toks[j].end <= end:
                j += 1
        while j < len(toks) and toks[j].start == end and all(c in _TRANSLIT or c in "·・" for c in toks[j].word):
            end = toks[j].end
            j += 1
        if end == t.end + (0 if t.word.endswith(("·", "・")) else 1) and j < len(toks) and toks[j].start == end \
                and 2 <= len(toks[j].word) <= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", toks[j].word) \
                and toks[j].tag not in ("LOC", "ORG", "TIME"):
            end = toks[j].end  # 某某·|某某/v: the part after the dot, whatever the model took it for
        return end if end > t.end + 1 else t.end
    word = t.word
    if (len(word) >= 3 and all(c in _TRANSLIT for c in word) and j < len(toks) and toks[j].start == end
            and len(toks[j].word) == 1 and toks[j].word in _TRANSLIT and toks[j].tag not in ("PER", "w")
            and not (j + 1 < len(toks) and toks[j + 1].start == toks[j].end and len(toks[j + 1].word) == 1
                     and toks[j + 1].word in _TRANSLIT)):
        return toks[j].end
    return end


def _segmented_as_words(tokens, starts: list[int], start: int, end: int) -> bool:
    """True when the model reads ``[start, end)`` as ordinary words (曾|采访|过,
    农村|杂谈): not a name, whatever the credit line looks like."""
    from bisect import bisect_right

    i = max(bisect_right(starts, start) - 1, 0)
    inside = []
    while i < len(tokens) and tokens[i].start < end:
        if start < tokens[i].end:
            inside.append(tokens[i])
        i += 1
    if not inside or any(t.tag in ("PER", "nr") for t in inside):
        return False
    return len(inside) >= 2 and (any(t.tag in _NON_NAME_TAGS for t in inside) or all(len(t.word) >= 2 for t in inside))


def find_persons(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    lex = ctx.lexicons
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    blocked = [(m.start, m.end) for m in ann.mentions if m.type in (EntityType.ORGANIZATION, EntityType.REGION)]

    def add(start, end, extractor, confidence, check=True):
        name = text[start:end]
        if check and not _is_name("".join(name.split()), lex):
            return
        if any(overlaps((start, end), t) for t in taken) or _THOUGHT_AFTER.match(text, end):
            return  # (某某新时代中国特色社会主义思想: the name of a body of thought, no one named)
        m = mention(doc, start, end, EntityType.PERSON, extractor, confidence=confidence)
        if any(overlaps((m.start, m.end), b) for b in blocked):
            return
        taken.append((start, end))
        out.append(m)

    def add_surname(start, end, extractor):
        if any(overlaps((start, end), t) for t in taken):
            return
        m = mention(doc, start, end, EntityType.PERSON, extractor, confidence=0.6)
        if any(overlaps((m.start, m.end), b) for b in blocked):
            return
        taken.append((start, end))
        out.append(m)

    toks = ann.tokens
    tok_starts = [t.start for t in toks]
    for start, end in _names_between_post_and_act(text, toks, lex, ctx.word_tags):
        add(start, end, "persons.title", 0.8)
    credited, credit_words = _credited_names(doc, toks, tok_starts, ctx.word_tags)
    blocked.extend(credit_words)  # (raw offsets, as mentions are) 廖某某|实习生: no name runs into the credit word (某|云实|习生)
    for start, end in credited:
        add(start, end, "persons.credit", 0.9, check=False)
    phrase_starts = _four_character_items(text)
    # 36位茶农, 百名果农: the kind of people counted, not a name, wherever else the word stands
    counted_kinds = {m.group(1) for m in _COUNTED_PEOPLE.finditer(text)}
    for i, t in enumerate(toks):
        if t.tag != "PER":
            continue
        if t.word in counted_kinds:
            continue
        if any(s_ == t.start and t.end < e_ for s_, e_ in phrase_starts):
            continue  # “应纳尽纳、应扶尽扶”: the opening of a four-character item of a formulation, no name
        if len(t.word) == 2 and text.startswith("同志", t.end) and not lex.has_surname(t.word) \
                and _is_named_by_place(t.word):
            add(t.start, t.end, "persons.given_name", 0.7, check=False)  # 某某同志: a leader called by given name
            continue
        spaced = _spaced_names(doc, t.start, t.end, lex) if len(t.word) >= 4 else None
        if spaced:  # 记者 某某 某某: names the raw text spaces apart, joined when spaces were dropped
            for s_, e_ in spaced:
                add(s_, e_, "persons.ner", 0.85)
            continue
        end = _foreign_name_end(text, toks, i)
        if end > t.end:  # 奥尔特|加, 某某·|某某: the model cut a foreign name short
            add(t.start, end, "persons.ner", 0.8)
            continue
        n = _addressed_surname(t.word, lex)
        if n:  # 王大妈, 李总理: the family name is the mention
            add_surname(t.start, t.start + n, "persons.address")
        elif (len(t.word) == 2 and t.word[0] in "老小" and t.word[1] in lex.surnames
              and not (i + 1 < len(toks) and toks[i + 1].word.startswith("同志"))):
            add_surname(t.start + 1, t.end, "persons.address")  # 老王, 小李
        elif len(t.word) >= 3 and t.word.endswith("们"):
            add(t.start, t.end - 1, "persons.ner", 0.8)  # 某某们
        elif len(t.word) == 2 and text[t.start - 1:t.start] == "由" and t.word[0] in lex.surnames \
                and _SERVES_AFTER.match(text, t.end):
            add(t.start, t.end + 1, "persons.ner", 0.8)  # 由某某|某任组长: the model cut the name before 任 serves as
        elif len(t.word) == 3 and t.word[-1] in "作致" and _SPEECH_AFTER.match(text, t.end):
            add(t.start, t.end - 1, "persons.ner", 0.8)  # 主任某某|作|表态发言: the verb glued onto the name
        elif _given_char_cut_off(text, toks, i, lex) or _given_char_before_list_end(text, toks, i, lex, doc):
            # 省委书记某某|发|到, 某某|礼|、: the model left the last character out
            add(t.start, t.end + 1, "persons.ner", 0.8)
        elif len(t.word) >= 6 and (glued := _NAME_AND_BODY.match(t.word)) and t.word[0] in lex.surnames:
            add(t.start, t.start + len(glued.group(1)), "persons.ner", 0.8)  # 某某某和县某局/PER: a name, then a body
        elif len(t.word) >= 4 and t.word.endswith("等") and t.word[0] in lex.surnames:
            add(t.start, t.end - 1, "persons.ner", 0.8)  # 某某某等|教师: the list ends, not the name
        elif len(t.word) == 4 and t.word[-1] in "向对为与和在" and t.word[0] in lex.surnames \
                and _BODY_NEXT.match(text, t.end):
            add(t.start, t.end - 1, "persons.ner", 0.8)  # 组长某某某向|局党组反馈: the preposition, no name's
        elif len(t.word) <= 2 and t.word in lex.surnames and i + 1 < len(toks) and toks[i + 1].word in _ADDRESS_SET:
            add_surname(t.start, t.end, "persons.address")  # 江/PER 主席/n
        elif _japanese(t.word) or (len(t.word) == 2 and all(c in _TRANSLIT for c in t.word)
                                    and t.word[0] not in lex.surnames):
            add(t.start, t.end, "persons.ner", 0.75, check=False)
        elif i > 0 and toks[i - 1].end == t.start and toks[i - 1].word.endswith(_TITLE_ENDS) \
                and (_is_named_by_place(t.word) or _long_name_after_post(t.word, ctx)):
            # 县委书记|刀永红: right after a post, a name the model finds is one, whatever its family name
            # (the family-name list is 百家姓's; 刀, 普, 岩 and others of minority and southern names are not in it)
            add(t.start, t.end, "persons.ner", 0.8, check=False)
        else:
            add(t.start, t.end, "persons.ner", 0.85)
    for pattern, group, extractor in ((_BYLINE, 1, "persons.byline"), (_CREDIT, 1, "persons.credit"),
                                      (_PHOTO, 1, "persons.photo")):
        for m in pattern.finditer(text):
            gstart = m.start(group)
            for part in _NAME_SPLIT.split(m.group(group)):
                idx = text.find(part, gstart)
                if idx >= 0 and part and not _segmented_as_words(toks, tok_starts, idx, idx + len(part)):
                    # a byline or photo credit names a person: the model's PER token there needs no listed family name
                    model_says = any(x.tag == "PER" and x.start == idx and x.end == idx + len(part) for x in toks)
                    add(idx, idx + len(part), extractor, 0.9,
                        check=not (model_says and _is_named_by_place("".join(part.split()))))
                    gstart = idx + len(part)
    # 区政协副主席|单明|等: a post, then a name the model tagged as a word, then a list mark or a verb
    for i, t in enumerate(toks[:-1]):
        if t.word in _TITLE_WORDS:
            title_end = t.end
        elif len(t.word) >= 3 and t.word[:-1] in _TITLE_WORDS and t.word[-1] in lex.surnames \
                and t.word[-1] not in _JOINING and t.tag not in ("PER", "ORG", "LOC", "TIME"):
            title_end = t.end - 1  # 州长某|某某: the model ran the title into the family name
        else:
            continue
        if (m := _AT_LINE_END.match(text, title_end)) and m.group(1)[0] in lex.surnames \
                and _space_before(doc, title_end):
            add(m.start(1), m.end(1), "persons.title", 0.75)  # 发布人：市某局副局长 某某 (a header's line)
        elif (m := _AFTER_TITLE.match(text, title_end)) and m.group(1)[0] in lex.surnames \
                and m.group(1)[0] not in _JOINING and (toks[i + 1].tag not in ("PER", "ORG", "LOC", "TIME") or (
                    toks[i + 1].tag == "ORG" and (toks[i + 1].start, toks[i + 1].end) == m.span(1) and len(m.group(1)) == 3
                    and not any(overlaps(m.span(1), text_span(doc, o)) for o in ann.mentions))) \
                and not (m.group(1)[0] in "任兼" and m.group(1)[1:] in _TITLE_WORDS):  # 由市长|任组长: 任 serves as
            add(m.start(1), m.end(1), "persons.title", 0.75)
    # 任命某某为…, 免去某某|市水利局局长职务: the person appointed or removed, before 为 or a bare body
    for m in _APPOINTED_NAME.finditer(text):
        if not any(overlaps(m.span(1), b) for b in blocked) and not ctx.gazetteer.lookup(m.group(1)):
            add(m.start(1), m.end(1), "persons.appointed", 0.7)
    # 递补甲、乙为某委委员: each name of the list before 为 (the model may read the last one into 为: 某某|华为)
    for m in _APPOINTED_LIST.finditer(text):
        pos = m.start(1)
        for item in m.group(1).split("、"):
            if lex.has_surname(item) and not ctx.gazetteer.lookup(item) \
                    and not any(overlaps((pos, pos + len(item)), b) for b in blocked):
                found_at = next((x for x in out if text_span(doc, x)[0] == pos), None)
                if found_at is not None and text_span(doc, found_at)[1] < pos + len(item):
                    out.remove(found_at)  # (曹某|华为: the model's name cut short)
                    taken.remove(text_span(doc, found_at))
                add(pos, pos + len(item), "persons.appointed", 0.7)
            pos += len(item) + 1
    out = _complete_name_runs(doc, text, toks, out, taken, lex, blocked)
    out.sort(key=lambda m: m.start)
    return out


_APPOINTED_LIST = re.compile(r"(?:递补|增补|补选|任命)((?:[\u4e00-\u9fff]{2,3}、){1,8}[\u4e00-\u9fff]{2,3}?)为")
_APPOINTED_NAME = re.compile(rf"(?:{APPOINTING})([\u4e00-\u9fff]{{2,3}}?)"
                             r"(?=为|同志|的|[省市县区](?:[\u4e00-\u9fff]{1,12}?)(?:局长|主任|书记|部长|职务))")


def _long_name_after_post(word: str, ctx) -> bool:
    """旗长|额尔敦巴特尔, 副局长|洛桑旦增: a Mongolian or Tibetan name of four to six characters the model
    finds right after a post (no family name to check: these names have none)."""
    return 4 <= len(word) <= 6 and bool(_CJK_RUN.match(word)) and not _NOT_NAME_END.search(word) \
        and not any(title in word for title in _TITLE_ENDS) and not ctx.gazetteer.lookup(word)


def _names_between_post_and_act(text: str, toks, lex, word_tags: dict) -> list[tuple[int, int]]:
    """副县长|某某某|任组长, 市长|某某某|致辞, 区委书记|某某某|、: the name fills the gap between a post
    and what its holder does (or the list mark after it), whatever the model cut (某某|和|致辞, 某某|胜任|组长)."""
    spans = []
    for i, t in enumerate(toks[:-1]):
        title_end = t.end
        if not (t.word in _TITLE_WORDS or t.word.endswith(_TITLE_ENDS)):
            # 副主|任何立群: the model cut the post (副主任) and ran its end into the name
            title_end = next((t.start + n for n in (3, 4) if toks[i + 1].start == t.end < t.start + n < toks[i + 1].end
                              and text[t.start:t.start + n] in _TITLE_WORDS), None)
            if title_end is None:
                continue
        m = _NAME_THEN_ACT.match(text, title_end)
        if not m:
            continue
        name = m.group(1)
        if len(name) == 3 and name[2] in _NOT_GIVEN_TAIL - {"和"} or not lex.has_surname(name) \
                or name[0] in _JOINING or word_tags.get(name, "nr") not in ("nr", "nrfg", "nrt"):
            continue  # 某某|也|出席: a word of the sentence; 会议、: a word, not a name
        longer = next((x for x in toks[i + 1:i + 3] if x.start == m.start(1) and x.tag == "PER"), None)
        if longer is not None and longer.end > m.end(1) and not _ACT_GLUED.search(longer.word):
            continue  # the model's longer name (扎西平措) is kept
        spans.append(m.span(1))
    return spans


def _credited_names(doc, toks, tok_starts: list[int], word_tags: dict) -> tuple[list[tuple[int, int]], list]:
    """记者 某某某 通讯员 某某 某某某: the names of a credit line, cut where the raw text spaced them
    or where the next credit word starts (normalisation joins single spaces between Chinese characters,
    so the model sees 记者某某某通讯员某某某某某 and cuts it anywhere)."""
    spans, words = [], []
    for m in _PHOTO_CREDIT.finditer(doc.text):
        a, b = m.span(1)
        if _is_named_by_place(m.group(1)) and not _segmented_as_words(toks, tok_starts, a, b):
            spans.append((a, b))
    for m in _CREDIT_RUN.finditer(doc.text):
        pieces, start = [], m.start(1)
        for k in range(m.start(1) + 1, m.end(1) + 1):
            if k == m.end(1) or doc.text[k] in "、,，" or _space_before(doc, k) or doc.text[k - 1] in "、,，":
                piece = (start, k)
                if doc.text[start:k] not in ("、", ",", "，"):
                    pieces.append(piece)
                start = k
        names = [(a, b) for a, b in ((a + (doc.text[a] in "、,，"), b) for a, b in pieces) if b > a]
        if names and all(_is_named_by_place(doc.text[a:b]) and not _segmented_as_words(toks, tok_starts, a, b)
                         and word_tags.get(doc.text[a:b], "nr") in ("nr", "nrfg", "nrt") for a, b in names):
            spans.extend(names)
            words.append(doc.raw_span(m.start(), m.start(1)))
    return spans, words


_CREDIT_WORDS = r"责任编辑|责编|编辑|作者|见习记者|记者|特约通讯员|通讯员|实习生|审核|校对|撰稿|摄影"
# A credit word, then names (separated by 、 or, in the raw text, spaces) up to the next credit word,
# a closing bracket or the line's end (摄 before it is the photo's credit: 记者某某摄): anything else
# after them and the run is a sentence, not a credit.
_CREDIT_RUN = re.compile(
    rf"(?:{_CREDIT_WORDS})\s*[:：/]?\s*((?:(?!{_CREDIT_WORDS})[\u4e00-\u9fff、,，]){{2,20}}?)"
    rf"(?=\s*(?:{_CREDIT_WORDS}|摄?\s*(?:[)）]|$)))", re.M)
# (某某某 摄): a photo credit standing alone in brackets or on its line
_PHOTO_CREDIT = re.compile(r"(?:(?<=[(（\s])|^)([\u4e00-\u9fff]{2,3})\s*摄\s*(?=[)）]|$)", re.M)


# What a post-holder does right after being named: serves as (任组长), speaks, presides, attends, or the
# list goes on (、，). 和 is then part of the name (某某和|致辞), never the conjunction.
_NAME_THEN_ACT = re.compile(
    rf"([\u4e00-\u9fff]{{2,3}}?)(?=同志|等|一行|(?:兼|担)?任{SERVED_POSTS}"
    r"|致辞|讲话|主持|出席|介绍|作为|牵头|领办|发言|宣布|宣读|表示|指出|强调|参加|陪同|汇报|代表|与|[、，])")
# A count of people and the kind counted (36位茶农, 两名村医)
_COUNTED_PEOPLE = re.compile(r"(?:\d+|[一二两三四五六七八九十百千万]+)(?:位|名)([\u4e00-\u9fff]{2})")
# 由某某|某任组长: a given name's last character before 任 and the post it serves as (not 兼任, 担任, 出任…)
_SERVES_AFTER = re.compile(rf"[^\W\d_兼担出现继接调改转升]任(?:{SERVED_POSTS}|(?:常务)?副?(?:书记|部长))")
# A name the model ran into the next word (某某某任): the verb stuck on, cut off above.
_ACT_GLUED = re.compile(r"任$|致$|作$")


# What is made after 作 / 致 (某某作表态发言, 某某致辞): the model may read the verb into the name
_SPEECH_AFTER = re.compile(r"表态|交流|发言|报告|工作报告|动员|讲话|说明|部署|总结|辞")
# A name the model ran into the body after a conjunction (某某某和县农业农村局/PER)
_NAME_AND_BODY = re.compile(r"([\u4e00-\u9fff]{2,3}?)[和与及](?=[省市县区镇乡][\u4e00-\u9fff]{1,10}(?:局|委|办|厅|中心|站|所)$)")
# A name after a post spaced from it in the raw text, ending its line (a transcript's header: 发布人：市某局局长 某某)
_AT_LINE_END = re.compile(r"([\u4e00-\u9fff]{2,3})\s*(?=\n|$)")
# A name right after a post: two or three characters, then a list mark or what the person does there
_AFTER_TITLE = re.compile(r"([\u4e00-\u9fff]{2,3}?)(?=等|、|，|,|及|和|同志|出席|参加|主持|陪同|致辞|讲话|宣布|介绍|表示|指出|强调)")


# Lists of names: 张三、李四、王五 or, in rosters, 张三李四王五 with nothing between.
_LIST_SEPARATORS = "、 \u3000"
_RUN_END = re.compile(r"[、，,。；;：:！？!?\s（(“”]|等|$")
# Characters that never end or fill a given name in a roster (particles, verbs of the list).
_NOT_IN_GIVEN_NAME = set("的了和与及或是在等为被把将对向从出任由于说讲会")
# Last characters of places and bodies, not of given names in a list (某家村, 某某局).
_NOT_NAME_LAST = set("村镇乡县区市省州路街山河湖江港岛寺庙厂局处所部委会队院校店馆站团社司")
# Family names that are far more often a conjunction or preposition between two names.
_JOINING = set("和与及同跟向")
_PIECE_SCORE = {2: 0.5, 3: 1.0, 4: 0.3}
_CJK_RUN = re.compile(r"^[\u4e00-\u9fff]+$")


# After a title, a two-character name followed by one verb character and a verb of
# presence (省委书记某某|发|到某地调研) is a three-character name the model cut.
_PRESENCE = frozenset({"到", "在", "赴", "出席", "主持", "调研", "考察", "讲话", "指出", "强调", "表示", "会见", "来到"})
# Characters that really are a verb or adverb here (某某|来|到, 某某|又|在).
_NOT_GIVEN_TAIL = set("来去回走赶跑又也就还都在到对向为将曾已再亲先等和与及同说称是")


# Single characters that, right after a two-character name, are a word of their own (某某|说|。).
_NOT_GIVEN_ALONE = (_NOT_GIVEN_TAIL | _NOT_IN_GIVEN_NAME | _NOT_NAME_LAST
                    | set("们问答笑哭写做看听想干办吃喝拿买卖唱跳叫喊骂打奖杯节赛号摄图文编审绘撰译著述"))
# One-character words that stand between two names (甲胜乙, 甲称乙, 甲和乙): not a name's last character.
_BETWEEN_NAMES = frozenset("胜负平和与同及跟对称致给送向见会请问告让叫被把将陪找派替代为由比输赢战逼击约偕携率领随任")
# ...and verbs or adverbs that put a time after a name (某某|有|今天的成绩, 某某|才|今天到).
_BEFORE_TIME = frozenset("有是在要会能将也都就才又还已曾")
# What may follow a name in a list: a list mark, 等 closing the list, an opening bracket (（女）), the end.
_LIST_END_AFTER = re.compile(r"[、（(]|等|\s*$")


def _space_before(doc, k: int) -> bool:
    """Whether the raw text had a space before ``doc.text[k]`` (normalisation joins Chinese
    characters across single spaces)."""
    return 0 < k < len(doc.text) and doc.offsets[k] - doc.offsets[k - 1] > 1 \
        and not doc.raw[doc.offsets[k - 1] + 1:doc.offsets[k]].strip()


def _given_char_before_list_end(text: str, toks, i: int, lex, doc) -> bool:
    """某某|礼|、, 某某|好|等, a line ending 某某|立: a two-character name the model cut before a single
    character that ends the name's place in a list (a list mark, 等, the line's end or, in the raw
    text, a space follows: 校对：某某|新 监制)."""
    t = toks[i]
    if len(t.word) != 2 or t.word[0] not in lex.surnames or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    if len(nxt.word) != 1 or nxt.start != t.end or nxt.word in _NOT_GIVEN_ALONE \
            or not "\u4e00" <= nxt.word <= "\u9fff" or nxt.tag in ("PER", "LOC", "ORG", "m", "q", "u", "p", "c"):
        return False
    line_end = text.find("\n", nxt.end)
    if _LIST_END_AFTER.match(text, nxt.end, len(text) if line_end < 0 else line_end) \
            or _space_before(doc, nxt.end) and not _space_before(doc, nxt.start):
        return True  # (a space before the character too: 刘 某 某, spaced out one by one)
    # 某某|造|今天说, a roster run together 某某|飞|某某: another name or a time follows at once
    after = toks[i + 2] if i + 2 < len(toks) else None
    if after is None or after.start != nxt.end or nxt.word in _BETWEEN_NAMES:
        return False
    return after.tag == "PER" or after.tag == "TIME" and nxt.word not in _BEFORE_TIME


def _given_char_cut_off(text: str, toks, i: int, lex) -> bool:
    t = toks[i]
    if len(t.word) != 2 or t.word[0] not in lex.surnames or i + 2 >= len(toks):
        return False
    nxt, after = toks[i + 1], toks[i + 2]
    if not (len(nxt.word) == 1 and nxt.tag == "v" and nxt.start == t.end and nxt.word not in _NOT_GIVEN_TAIL
            and after.word in _PRESENCE):
        return False
    return any(text.endswith(title, 0, t.start) for title in _ADDRESS if len(title) >= 2)


def _spaced_names(doc, start: int, end: int, lex) -> list[tuple[int, int]] | None:
    """The names in ``doc.text[start:end]`` when the raw text puts spaces between them
    (记者 李某 王某), or None. Single characters spaced out are one name (刘 某)."""
    cuts = [k for k in range(start + 1, end) if _space_before(doc, k)]
    if not cuts:
        return None
    pieces = list(zip([start] + cuts, cuts + [end]))
    names: list[tuple[int, int]] = []
    for s, e in pieces:
        if e - s == 1 and names and names[-1][1] == s and (names[-1][1] - names[-1][0] == 1 or names[-1][2]):
            names[-1] = (names[-1][0], e, True)  # 刘 某: one character after another, one name
        else:
            names.append((s, e, e - s == 1))
    spans = [(s, e) for s, e, _ in names]
    if len(spans) < 2 or not all(_plausible_name(doc.text[s:e], lex) for s, e in spans):
        return None
    return spans


def _plausible_name(piece: str, lex) -> bool:
    """Family name + one or two characters (compound family names + one or two)."""
    if any(c in _NOT_IN_GIVEN_NAME for c in piece[1:]) or not _CJK_NAME.match(piece):
        return False
    if piece[0] in _JOINING or piece[-1] in _NOT_NAME_LAST or piece in _TITLE_WORDS or _NOT_NAME_END.search(piece):
        return False
    if piece[1:] in _ADDRESS_SET or piece[2:] in _ADDRESS_SET or piece.endswith(("夫人", "长", "帅")):
        return False  # 某夫人, 某矿长: a title after a family name
    if piece[:2] in lex.surnames and len(piece) in (3, 4):
        return True
    return piece[:1] in lex.surnames and len(piece) in (2, 3)


def _segment_names(run: str, lex, anchors: set[tuple[int, int]] = frozenset()) -> list[tuple[int, int]] | None:
    """The best reading of ``run`` as names side by side (anchors: spans the model
    already tagged, preferred), or None when it cannot be read that way."""
    best: list[tuple[float, int] | None] = [None] * (len(run) + 1)
    best[0] = (0.0, -1)
    for i in range(len(run)):
        if best[i] is None:
            continue
        for length in (2, 3, 4):
            j = i + length
            if j > len(run):
                break
            plausible = _plausible_name(run[i:j], lex)
            if not plausible and (i, j) not in anchors:
                continue
            score = best[i][0] + _PIECE_SCORE[length] + (0.6 if plausible and (i, j) in anchors else 0.0)
            if run[j - 1] == run[i]:
                score -= 0.8  # 某志某: the next name's family name, not this one's given name
            # on a tie the reading with the longer earlier names wins (某某某|某某)
            if best[j] is None or score >= best[j][0]:
                best[j] = (score, i)
    if best[-1] is None:
        return None
    pieces, j = [], len(run)
    while j > 0:
        i = best[j][1]
        pieces.append((i, j))
        j = i
    return pieces[::-1]


def _listed_names(text: str, start: int, end: int, tokens, lex) -> list[tuple[int, int]]:
    """、某某、 (or several) between two listed names: the items, if every one can be a name."""
    gap = text[start:end]
    if len(gap) < 4 or gap[0] != "、" or gap[-1] != "、":
        return []
    starts = [t.start for t in tokens]
    items, pos = [], start + 1
    for part in gap[1:-1].split("、"):
        if not _plausible_name(part, lex) or _segmented_as_words(tokens, starts, pos, pos + len(part)):
            return []
        items.append((pos, pos + len(part)))
        pos += len(part) + 1
    return items


def _name_groups(text: str, people: list[tuple[int, int]], tokens, lex) -> tuple[list[list[tuple[int, int]]], list]:
    """Names side by side: touching, one separator apart, or apart by what can only be
    more names (a roster's missed names, or 、某某、 items). Also gives those items."""
    groups = [[people[0]]]
    items: list[tuple[int, int]] = []
    for span in people[1:]:
        prev_end = groups[-1][-1][1]
        gap = text[prev_end:span[0]]
        listed = _listed_names(text, prev_end, span[0], tokens, lex)
        if span[0] < prev_end:
            groups.append([span])
        elif gap == "" or gap in _LIST_SEPARATORS:
            groups[-1].append(span)
        elif _CJK_RUN.match(gap) and (len(gap) <= 8 and not _function_word_in(tokens, prev_end, span[0])
                                      or len(gap) <= _ROSTER_GAP and _is_roster(text, groups[-1])) and _segment_names(
                text[groups[-1][-1][0]:span[1]], lex,
                {(0, prev_end - groups[-1][-1][0]), (span[0] - groups[-1][-1][0], span[1] - groups[-1][-1][0])},
        ) is not None:
            groups[-1].append(span)  # 某某某|某|某某某某: the model cut a roster wrongly
        elif listed:
            items.extend(listed)
            groups[-1].append(span)
        else:
            groups.append([span])
    return groups, items


# In a roster (names side by side, nothing between), the model's misreadings of the names it
# missed (一位委员的名字读成动词) may stand between two names it found: up to this many characters.
_ROSTER_GAP = 30
_ROSTER_MIN_NAMES = 3


def _is_roster(text: str, group: list[tuple[int, int]]) -> bool:
    """At least three names touching one another, the last of them ending the group."""
    touching = 1
    for (_, b), (c, _) in zip(group, group[1:]):
        touching = touching + 1 if b == c else 1
    return touching >= _ROSTER_MIN_NAMES


# Words that end a roster: verbs, prepositions, particles (某某|称, 某某|下令).
_ROSTER_BREAK_TAGS = {"v", "vd", "vn", "d", "u", "p", "c", "m", "q", "TIME", "f", "xc", "w"}


def _function_word_in(tokens, start: int, end: int) -> bool:
    return any(t.tag in _ROSTER_BREAK_TAGS for t in tokens if start < t.end and t.start < end)


def _list_tail(text: str, group: list[tuple[int, int]], tokens, lex) -> list[tuple[int, int]]:
    """After the last name of a 、 list, the items up to where the list ends (、某某、某某等)."""
    pos = group[-1][1]
    found: list[tuple[int, int]] = []
    starts = [t.start for t in tokens]
    while text[pos:pos + 1] == "、":
        stop = _RUN_END.search(text, pos + 1)
        begin, finish = pos + 1, stop.start()
        if not (_plausible_name(text[begin:finish], lex)
                and not _segmented_as_words(tokens, starts, begin, finish)):
            break
        found.append((begin, finish))
        pos = finish
    return found


def _complete_name_runs(doc, text: str, tokens, found: list[Mention], spans: list[tuple[int, int]], lex,
                        blocked) -> list[Mention]:
    """Names the model missed or mis-cut in a list of names.

    Between two names with nothing else between (a roster), the characters are
    read as names when they can only be names; names the model ran together
    (某某某某|某某) are re-cut the same way; after the last name of a list, the
    names up to the end of the list are taken."""
    people = sorted((t.start, t.end) for t in tokens if t.tag == "PER")
    if not people:
        return found
    groups, extra = _name_groups(text, people, tokens, lex)
    wrong: set[tuple[int, int]] = set()
    for group in groups:
        start, end = group[0][0], group[-1][1]
        region = text[start:end]
        if len(group) >= 2 and all(c not in _LIST_SEPARATORS for c in region):
            pieces = _segment_names(region, lex, {(a - start, b - start) for a, b in group})
            if pieces is not None:
                kept = {(a + start, b + start) for a, b in pieces}
                wrong.update(sp for sp in group if sp not in kept)
                extra.extend(kept - set(group))
        extra.extend(_list_tail(text, group, tokens, lex))
    if not wrong and not extra:
        return found
    keep = [(sp, m) for sp, m in zip(spans, found) if not (m.extractor == "persons.ner" and sp in wrong)]
    out = [m for _, m in keep]
    taken = [sp for sp, _ in keep]
    for a, b in sorted(set(extra)):
        if any(overlaps((a, b), t) for t in taken):
            continue
        m = mention(doc, a, b, EntityType.PERSON, "persons.list", confidence=0.7)
        if any(overlaps((m.start, m.end), x) for x in blocked):
            continue
        taken.append((a, b))
        out.append(m)
    return out


# 江主席 / 李总理: a family name alone before a top title refers to a known person.
_SURNAME_TITLE = re.compile(r"(?<![\u4e00-\u9fff])([\u4e00-\u9fff])(?=主席|总理|副总理|总书记|委员长|书记|省长|市长|部长|总统|首相)")


def find_surname_references(ann: AnnotatedDoc, ctx, taken: list[tuple[int, int]]) -> list[Mention]:
    doc = ann.doc
    full = [m for m in ann.mentions if m.type is EntityType.PERSON]
    out = []
    for m in _SURNAME_TITLE.finditer(doc.text):
        ch = m.group(1)
        if ch not in ctx.lexicons.surnames:
            continue
        if any(m.start(1) < e and s < m.end(1) for s, e in taken):
            continue
        same = [p for p in full if p.name.startswith(ch)]
        key = same[0].canonical if len({p.canonical for p in same}) == 1 else None
        out.append(mention(doc, m.start(1), m.end(1), EntityType.PERSON, "persons.surname_title",
                           key=key, confidence=0.6))
    return out


@stage("persons", requires={"tokens", "mentions:Organization"}, provides={"mentions:Person"})
def persons(ann: AnnotatedDoc, ctx) -> list[Mention]:
    found = find_persons(ann, ctx)
    from dataclasses import replace

    found = _drop_time_unit_items(ann.doc, _drop_quoted_formula_items(ann.doc, found))
    found = _complete_from_document(ann.doc, found)
    taken = [text_span(ann.doc, m) for m in ann.mentions + tuple(found)]
    return found + find_surname_references(replace(ann, mentions=ann.mentions + tuple(found)), ctx, taken)


def _complete_from_document(doc, found: list[Mention]) -> list[Mention]:
    """A two-character name followed by the character that completes a three-character name found
    elsewhere in the document (副省长某某|达到…, and 某某达 everywhere else) is that name."""
    text = doc.text
    longer = {m.surface for m in found if len(m.surface) == 3}
    out = []
    for m in found:
        s, e = text_span(doc, m)
        if e - s == 2 and text[s:e + 1] in longer:
            m = mention(doc, s, e + 1, EntityType.PERSON, m.extractor, confidence=m.confidence)
        out.append(m)
    return out


_TIME_UNITS = frozenset("日周旬月季年")


def _drop_time_unit_items(doc, found: list[Mention]) -> list[Mention]:
    """周调度、月通报: items of a routine, each a time unit and a verb; the first reads like a name
    (周 is a family name) but is none when a list item of another time unit comes next or before."""
    text = doc.text
    out = []
    for m in found:
        s, e = text_span(doc, m)
        if e - s == 3 and text[s] in _TIME_UNITS and (
                text[e:e + 1] == "、" and text[e + 1:e + 2] in _TIME_UNITS and text[e + 1] != text[s]
                or s >= 4 and text[s - 1] == "、" and text[s - 4] in _TIME_UNITS and text[s - 4] != text[s]):
            continue
        out.append(m)
    return out


def _drop_quoted_formula_items(doc, found: list[Mention]) -> list[Mention]:
    """A quoted list of short parallel items (“周调度、月通报、季考核”) is a formula: an item
    that reads like a name is no person when the others are not names either; nor is a name that
    opens a short quoted word and stops inside it."""
    text = doc.text
    drop: set[int] = set()
    for _, _, in_s, in_e in quoted_spans(text):
        inner = text[in_s:in_e]
        # “水城焕新”: a name cut out of a short quoted word, the word going on past it, is no name
        drop.update(i for i, m in enumerate(found) if len(inner) <= 6 and "、" not in inner
                    and (span := text_span(doc, m))[0] == in_s and span[1] < in_e)
        items = inner.split("、")
        if len(items) < 3 or any(not 2 <= len(i) <= 5 for i in items):
            continue
        inside = [i for i, m in enumerate(found) if in_s <= text_span(doc, m)[0] and text_span(doc, m)[1] <= in_e]
        if inside and 2 * len(inside) < len(items):
            drop.update(inside)
    return [m for i, m in enumerate(found) if i not in drop]
