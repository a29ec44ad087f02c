"""Campaigns: named drives ending in 大讨论, 专项行动, 三年行动, 主题教育...

Three shapes: ``“勇争一流推动转型发展大讨论”`` (the name in quotes),
``“争先创优、干在实处”大讨论`` (quoted theme + head) and unquoted
``乡村全面振兴五年行动``. A bare head (``大讨论``, ``三年行动``) refers
back to the document's campaign with that head.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter

from ..lexicons.words import CAMPAIGN_SUFFIXES
from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import ITEM_VERB, REGION_WIDE, THEME_WORDS, extend_left, mention, overlaps, quoted_spans, strip_quotes, text_span

_SUFFIXES = tuple(sorted(CAMPAIGN_SUFFIXES, key=len, reverse=True))
_SUFFIX_RE = re.compile("|".join(map(re.escape, _SUFFIXES)))
# A head followed by these is part of another name (大讨论推进会议 is a meeting).
_NOT_AFTER = re.compile(r"^(交流|总结|动员|推进|部署|座谈|领导|督导|办公|工作会|会议|指挥部|专栏|栏目|专刊|专题网|网页)")
# A drive named inside the name of its meeting (某某专项行动推进会): the drive is named too
_MEETING_AFTER = re.compile(r"(?:推进|动员|部署|总结|交流|座谈|调度|现场)*(?:会议|大会|座谈会|推进会|交流会|现场会|会)(?![长员所计展务费])")
_MIN_THEME = 2
# What a drive's work is doing (某某三年行动推进情况, 大讨论总结表彰): the drive is named, no body or column
_PROGRESS_AFTER = re.compile(r"(?:交流|总结|动员|推进|部署|督导)(?![会组办室处])")
_COUNTED_THEME = re.compile(r"[一二两三四五六七八九十]+[大个项张]")
_JOINED = re.compile(r"投入到?|投身到?|融入到?|参与到|加入到")
_LAUNCHED_BEFORE = re.compile(r"(?:打好|打赢|打响|开展|实施|启动)$")
_LAUNCH = re.compile(r"(?:全面|深入|扎实|持续|全力|坚决|积极|组织)?(?:打响|打好|打赢|开展|实施|推进|启动)")
# Verbs that, ending a theme, name the work done (环境整治, 质量提升)
_ACTION_NOUNS = ("整治", "提升", "治理", "改造", "整改", "攻坚", "保护", "振兴", "创建", "建设", "提质", "增效", "调研", "评比", "竞赛")
_FOR_WHOM = ("民", "群众", "师生", "职工", "企业", "基层", "人民", "百姓")
_AREAS_BEFORE = re.compile(r"各?(?:县区|区县|县市区|市县区|市县|县（市、区）|县\(市、区\))")
# 大讨论精神 / 大讨论成果: the campaign referred to, not a new name
_BACKREF_AFTER = ("精神", "成果", "成效", "中来")
# How or where a campaign is held is no name of its own (网上大讨论 is the same discussion, online).
_MANNER = re.compile(r"^(网上|线上|线下|集中|专题|深入|广泛|全面|持续|各类|各项|各种|这次|本次|此次|这场|此项|本辖区|本地区|本单位|本部门|本系统)$")
_NOMINAL_TAGS = {"n", "nz", "vn", "LOC", "ORG", "PER", "ns", "nt", "nw", "s", "an", "m"}
# A drive's head, then 同 / 与 joining the next drive (把某某专项行动同某某三年行动结合起来): two drives
_DRIVES_JOINED = re.compile(r"(?:行动|整治|活动|教育|大讨论|攻坚战|攻坚)[”\"]?[同与]")
_WEAK_HEADS = {"攻坚", "大调研", "大走访", "大排查", "建设年", "活动年"}
# A theme ending in a verb of driving or securing takes the campaign as its object
# (以纪律保障大讨论活动, 以上率下推动大讨论): the campaign is the bare head.
_OBJECT_OF = ("推动", "推进", "保障", "促进", "带动", "助推", "确保", "深化", "引领", "落实", "抓好", "做好",
              "搞好", "加快", "加强", "巩固", "用好", "开好", "办好", "深入", "参与", "参加", "开展")
# A phase of the campaign (前一阶段大讨论), or the body or people taking part in it
# (学校主题教育, 集团主题教育, 处级以上干部主题教育), is no name of its own.
_PHASE = re.compile(r"^(前|上|下|本|这|此|该|第[一二三四五六七八九十])[一二两三四五六七八九十]?个?(阶段|时期|轮|批|期|段时间)$")
_PARTICIPANTS = re.compile(
    r"^(学校|全校|我校|本校|学院|全院|单位|本单位|部门|机关|系统|全系统|企业|基层|社区|班子|支部|我市|我县|我区|我省"
    r"|全?(?:集团|公司)(?:党委|党组|总部)?|[\u4e00-\u9fff]{2,6}系统)$"
    r"|(干部|党员|师生|教师|学生|职工|人员|群众|青年|员工)$")
# 开展“…”大走访等方式: a method of another drive
_METHOD_AFTER = re.compile(r"^(等|的)?(方式|形式|办法|途径)")
# 以上 / 以下 after a rank or a number belong to the phrase (处级以上干部), 以 is no stop there
_RANK_ABOVE = re.compile(r"(?<=[级模岁\d万亿千百十])以(?=[上下])")
# Sub-actions of a plan are list items named with a bare 行动 head: (一)交通畅通提质行动。
_LIST_ITEM = re.compile(
    r"^[ \t]*(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.]|\d{1,2}[、.．])[ \t]*"
    r"((?:[^\s,，。:：;；、“”()（）]|“[^”\n]{1,12}”){4,24}?行动)(?=[。.:：;；,，]|[ \t]*$)", re.M)
_ITEM_VERBS = ("组织实施", "组织开展", "深入实施", "深入开展", "全面实施", "全面开展", "实施", "开展", "推进", "深化",
               "启动", "打好", "打赢", "组织")
# An enumerated item opening the name (一是开展某某保障攻坚): the theme is the item's own noun phrase
_ITEM_OPENING = re.compile(r"(?:^|[。；;，,：:\s])(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]是|第[一二三四五六七八九十]|"
                           r"[一二三四五六七八九十][、.])\s*" + ITEM_VERB + "?$", re.M)
_YEAR_WORD_AFTER = re.compile(r"[产度内底初末份起前后间均]|出栏|存栏|加工|处理|吞吐")
# The verb opening a study drive's name (学习贯彻…主题教育, 深入贯彻…精神学习教育)
_STUDY = re.compile(r"(?:学习|深入|认真)?贯彻$")
# A head's period after it (集中整治|月活动, 攻坚|年行动): one head
_PERIOD_AFTER = re.compile(r"[年季月周日](?:活动|行动)")
_DURATION_AFTER = re.compile(r"(?:百日|百天|[一二三两]个月)(?:行动|活动)")
# The kind of activity a quoted theme names (“某某”服务活动, “某某”警示教育活动): the theme and the kind are the name
_KIND_OF_ACTIVITY = re.compile(r"(?:警示教育|志愿服务|系列|服务|宣传|教育|宣讲|帮扶|结对|竞赛|评比)(?:活动|行动)")


# 下设 and a list of drives named with a bare 行动 head, up to the clause's end
_SET_UNDER = re.compile(r"下设((?:[^，,。；;：:、和及与“”\s]{2,14}?行动[、和及与])*[^，,。；;：:、和及与“”\s]{2,14}?行动)(?=[，,。；;]|$)")
_SET_ITEM = re.compile(r"(?:^|(?<=[、和及与设]))([^，,。；;：:、和及与“”\s]{2,14}?行动)")
# A sub-drive's head after its quoted theme, a word of its work between (“某某”培育子行动)
_SUB_HEAD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?子行动")
# X下设甲、乙、丙三个子行动: sub-drives named bare, each a short noun theme, counted by 子行动
_BARE_SUB_DRIVES = re.compile(r"下设((?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}?)(?:和([\u4e00-\u9fff]{2,8}?))?"
                              r"[一二两三四五六七八九十\d]+[个项]子行动")
# “甲”“乙”两个专项行动 / “甲”和“乙”两个子行动: quoted drives counted by their kind; each is named by its quote
_COUNTED_DRIVES = re.compile(r"((?:“[^”\n]{2,12}”[、和与及]?){2,8})[一二两三四五六七八九十\d]+[个项]"
                             r"(?:专项行动|子行动|专项整治|行动|专项(?=[，,。；;]|分别))")
# 用100天时间集中攻坚: how long, not a name
_DURATION = re.compile(r"用[\d一二三四五六七八九十百]+(?:天|个月|年)")
_COUNT_OPENING = re.compile(r"[一二两三四五六七八九十\d]+[个项]")
_COUNT_BEFORE = re.compile(r"[一二两三四五六七八九十\d][个项]$")
# 下设三个子行动：A子行动，牵头单位为…；B子行动… / 下设三个专项整治：“甲”专项整治由…牵头，某某“乙行动”由…:
# the drives listed after the colon, one opening each item (items split by ；, else by ，)
_SET_UNDER_LIST = re.compile(r"下设[^。：:；;]{0,12}?[一二两三四五六七八九十\d]+[个项](?:子行动|专项行动|专项整治|攻坚行动|行动)[：:]")
# 下设三个专项行动。一是甲行动，由…牵头。二是乙行动…: the counted drives, each opening an enumerated item after
_SET_UNDER_COUNT = re.compile(r"下设[^。：:；;]{0,12}?([一二两三四五六七八九十\d]+)[个项](?:子行动|专项行动|专项整治|攻坚行动|行动)。")
_ENUMERATION = r"(?:[一二三四五六七八九十]是|[(（][一二三四五六七八九十]{1,2}[)）]|第[一二三四五六七八九十]项?是?)"
_ENUMERATED_DRIVE = re.compile(_ENUMERATION + r"([^，,。；;：:“”\s由]{2,20}?(?:子行动|专项行动|行动|专项整治))(?=由|[，,；;。：:])")
_LISTED_DRIVE = re.compile(r"\s*" + _ENUMERATION + r"?((?:[^，,。；;：:“”\s由]|“[^”\n]{1,10}”){0,22}?"
                           r"(?:[^，,。；;：:“”\s由]{2}(?:子行动|行动|专项整治|攻坚战)|“[^”\n]{1,10}(?:行动|专项整治|攻坚战)”))"
                           r"(?=由|牵头|[，,；;。]|$)")


# One more 大 word in a run of them (大排查大整治行动, 大走访、大调研活动), before the head that closes the run
_BIG_RUN = re.compile(r"、?大[\u4e00-\u9fff]{2}(?=、?大[\u4e00-\u9fff]{2}|专项行动|行动|活动)")
_TITLE = re.compile(r"《[^《》\n]{1,120}》")
_LAUNCHED_ACTION = re.compile(
    r"(?:开展|实施|启动|组织开展|深入开展|深入实施|全面实施|全面开展|扎实开展|持续开展|大力实施)"
    r"((?:[^，,。；;、“”\s]|“[^”\n]{1,12}”){4,16}?行动)(?![计方纲实])")
_GENERIC_ACTION = re.compile(r"(?:联合|统一|集中|专项|实际|具体|一系列|系列|各项|有关|相关)$|^(?:一系列|各项|有关|相关|系列)")


def _head_of(name: str) -> str | None:
    return next((s for s in _SUFFIXES if name.endswith(s)), None)


def _split_at(text: str, start: int, stop: int, sep: str) -> list[tuple[int, int]]:
    """The spans of text[start:stop] between the separators ``sep``."""
    out, pos = [], start
    while (i := text.find(sep, pos, stop)) >= 0:
        out.append((pos, i))
        pos = i + 1
    out.append((pos, stop))
    return out


def _canonical(name: str) -> str:
    return strip_quotes(name).strip()


# An adverb and a verb inside what precedes a head: the clause launching the drive, after its subject
_SUBJECT_VERB = re.compile(r"(?:深入|扎实|全面|持续|大力|积极|着力|切实|全力|奋力|加快|进一步|不断|认真|继续|统筹)"
                           r"(?:推进|推动|实施|开展|深化|落实|抓好|打好|打赢|打响|启动)")
# A visit to a place before the drive visited (到某镇调研|实践活动开展情况)
_VISITED = re.compile(r"(?:到|赴|在)[\u4e00-\u9fff]{2,10}?(?:调研|视察|考察)")
# A year opening a drive's name (2023年秋季…), and a short name declared for a drive (（以下简称“专项整治”）)
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d$")
_YEAR_AT = re.compile(r"(?:19|20)\d\d年")
_DECLARED_SHORT = re.compile(r"[（(]以下简称[“\"]?([^”\"（()）]{2,10})[”\"]?[）)]")


def _name_start(text: str, head_start: int, allow_quotes: bool = False) -> int:
    """extend_left, with 以上/以下 after a rank kept (处级以上干部) and 学习贯彻/深入贯彻
    opening a study drive (学习贯彻…思想主题教育, 深入贯彻…精神学习教育)."""
    masked = _RANK_ABOVE.sub("乙", text[max(0, head_start - 40):head_start])
    offset = max(0, head_start - 40)
    start = offset + extend_left(masked, head_start - offset, max_chars=20, allow_quotes=allow_quotes,
                                  keep=THEME_WORDS)
    clause = None
    for clause in _SUBJECT_VERB.finditer(text, start, head_start):
        pass
    if clause is not None and clause.start() > start and head_start - clause.end() >= 4:
        start = clause.end()  # 某县扎实推进|某某三年行动: the subject and its verb open no name
    visit = None
    for visit in _VISITED.finditer(text, max(0, start - 1), head_start):
        pass
    if visit is not None and visit.end() > start:
        start = visit.end()  # 到某镇调研|实践活动开展情况: the visit, then the drive visited
    joined = text.rfind("暨", start, head_start)
    if joined >= 0:
        start = joined + 1  # “甲”暨乙“丙”专项行动: two drives launched together, the second named after 暨
    study = _STUDY.search(text, max(0, start - 4), start)
    if study and "教育" in text[start:head_start + 4]:
        start = study.start()
    if text.startswith("年", start) and _YEAR_BEFORE.search(text, max(0, start - 4), start):
        start -= 4  # 2023年秋季某某专项行动: the year opens the name, not its 年
    if text[start - 1:start] == "为" and text.startswith(_FOR_WHOM, start):
        start -= 2 if text[start - 2:start - 1] == "我" else 1  # (我)为群众办实事实践活动: 为 is the theme's
    return start


def _past_body_and_verb(ann, start: int, head_start: int, token_starts, name_spans) -> int:
    """Past a body named in the words before a head, an adverb and the verb it does (县政府督查室定期通报|攻坚行动
    进展): a subject and its verb open no name; else ``start``. (A place and a verb may open one: 某县优化营商环境…)"""
    for sp, e in name_spans:
        if start <= sp < e < head_start:
            lo, hi = bisect_left(token_starts, e), bisect_left(token_starts, head_start)
            tags = [t.tag for t in ann.tokens[lo:hi]]
            verb = next((i for i, tag in enumerate(tags) if tag not in ("d", "vd", "ad")), None)
            if verb and tags[verb] == "v" and token_starts[lo:hi][:1] == [e]:
                return ann.tokens[lo + verb].end
    return start


def _nominal(ann, start: int, end: int, token_starts) -> tuple[bool, list[str]]:
    lo = bisect_left(token_starts, start)
    tags = [t.tag for t in ann.tokens[lo:bisect_left(token_starts, end)] if t.end <= end]
    return any(tag in _NOMINAL_TAGS for tag in tags) or not ann.tokens or end - start >= 5, tags


def _skip_count(text: str, start: int, stop: int, name_starts=frozenset()) -> int:
    """Past the numbers and counters opening a theme (两个, 一场, 大, 要), not words they begin (要素, 项目)
    nor a place or body named there (四川省, 大同市)."""
    while start < stop and not _YEAR_AT.match(text, start) and (text[start].isdigit() or text[start] in "一二两三四五六七八九十个项大场要即") \
            and text[start:start + 2] not in ("要素", "要点", "大数据", "项目") and start not in name_starts:
        start += 1
    return start


def _left_theme(text: str, ann, quote_start: int, token_starts, name_spans, name_starts) -> int:
    """Start of an unquoted noun theme right before a quoted word (高端装备“倍增”专项行动),
    or ``quote_start`` when there is none (nor when a place or body stands there: 某县“…”)."""
    start = _name_start(text, quote_start)
    if any(overlaps((start, quote_start), sp) for sp in name_spans):
        return quote_start
    start = _skip_count(text, start, quote_start, name_starts)
    launch = _LAUNCH.match(text, start, quote_start)
    if launch:
        start = launch.end()  # 全面打响|农村环境整治“百日攻坚战”: the verb launching the drive is no part of it
    theme = text[start:quote_start]
    if len(theme) < 2 or _MANNER.match(theme) or theme in REGION_WIDE or theme.endswith(_OBJECT_OF):
        return quote_start
    nominal, tags = _nominal(ann, start, quote_start, token_starts)
    if tags and theme.endswith(_ACTION_NOUNS):
        tags = tags[:-1]  # 背街小巷整治“…”: a verb ending the theme names the work, as a noun
    if not nominal or any(tag in ("p", "d", "c", "u", "r") for tag in tags) or _PARTICIPANTS.search(theme):
        return quote_start
    if "v" in tags and (not (launch or start == _theme_boundary(text, start)) or _SUFFIX_RE.search(theme)
                        or re.search("行动|活动|下设", theme)) or not _compound_theme(tags, len(theme)):
        # (某某行动下设|“甲”专项行动: the drive above and its verb are no theme of the one below)
        return quote_start
    return start


def _theme_boundary(text: str, start: int) -> int:
    """``start`` when a theme there opens the clause: after punctuation, a line break, a region-wide word
    (全区|城市更新“…”行动) or the verb launching the drive (启动|优化营商环境“…”); else -1."""
    if start == 0 or text[start - 1] in "，,。；;：:、\n 　“”《》（）()" or text.endswith(REGION_WIDE, 0, start) \
            or _LAUNCHED_BEFORE.search(text, max(0, start - 2), start):
        return start
    return -1


def _compound_theme(tags: list[str], length: int) -> bool:
    """A theme holds no verb, or one verb with its object or its subject as one compound of four characters or
    more (优化营商环境“…”行动, 城市更新“…”行动): not a clause (要坚持“…”)."""
    verbs = [i for i, tag in enumerate(tags) if tag == "v"]
    if not verbs:
        return True
    if len(verbs) > 1 or length < 4 or len(tags) < 2:
        return False
    nominal = {"n", "vn", "nz", "LOC", "ORG", "ns", "nt", "nw", "an"}
    return verbs[0] == 0 and tags[-1] in nominal or verbs[0] == len(tags) - 1 and tags[-2] in nominal


def _launched_by_name(text: str, inner: str, quote_start: int, quote_end: int) -> bool:
    """开展“春雷行动”, 打赢“蓝天保卫战”, “春雷行动”由某局牵头: a short quoted drive launched or led by its name
    (not a numbered formulation, 打好“三大攻坚”, nor one with a weak head)."""
    head = _head_of(inner)
    return (head is not None and head not in _WEAK_HEADS or inner.endswith("行动")) and len(inner) >= 4 \
        and not _COUNTED_THEME.match(inner) and bool(_LAUNCHED_BEFORE.search(text, max(0, quote_start - 2), quote_start)
                                                     or _LED_AFTER.match(text, quote_end))


_LED_AFTER = re.compile(r"由[^，,。；;“”]{2,24}?(?:牵头|负责|组织实施)")


def _coordinated(text: str, start: int, theme: str) -> int:
    """形式主义、官僚主义专项整治: parallel items of the theme's length joined by 、 before it."""
    pos = start
    while pos >= 1 and text[pos - 1] == "、":
        item_start = _name_start(text, pos - 1)
        item = text[item_start:pos - 1]
        if not (abs(len(item) - len(theme)) <= 1 and 2 <= len(item) <= 6) or _SUFFIX_RE.search(item) \
                or re.search(r"[\d“”\"]", item):
            break
        pos = item_start
    return pos


def find_campaigns(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    found: list[tuple[int, int, str]] = []  # (start, end, canonical) in text coordinates
    taken: list[tuple[int, int]] = []

    def add(start, end, name):
        joint = None
        for joint in _DRIVES_JOINED.finditer(text, start, end):
            pass
        if joint is not None and end - joint.end() >= 4:
            start, name = joint.end(), _canonical(text[joint.end():end])  # 把集中整治同|某某学习教育结合起来
        if any(overlaps((start, end), t) for t in taken):
            return
        taken.append((start, end))
        found.append((start, end, name))

    token_starts = [t.start for t in ann.tokens]
    quoted_names: set[str] = set()
    # 0. sub-actions of a plan: list items named with a bare 行动 head, before the quoted words they may hold
    # (（二）农村假冒伪劣食品“清源”行动。 is the item's whole name)
    for m in _LIST_ITEM.finditer(text):
        s0, e0 = m.span(1)
        while (verb := next((v for v in _ITEM_VERBS if text.startswith(v, s0) and e0 - s0 - len(v) >= 6), None)):
            s0 += len(verb)  # （一）实施某某提质行动: the item names the action after its verb
        theme = text[s0:e0 - 2]
        nominal, tags = _nominal(ann, s0, e0 - 2, token_starts)
        if nominal and not _SUFFIX_RE.search(text, s0, e0) and not theme.endswith(_OBJECT_OF) \
                and not any(tag in ("p", "d", "c", "u", "r") for tag in tags):
            add(s0, e0, _canonical(text[s0:e0]))
            if "“" in text[s0:e0]:
                quoted_names.add(_canonical(text[s0:e0]))  # a quoted drive with its theme, like those below
    # X下设甲行动、乙行动和丙行动: the drives a campaign is divided into, each named by a bare 行动 head
    for run in _SET_UNDER.finditer(text):
        for item in _SET_ITEM.finditer(text, run.start(1), run.end(1)):
            s0, e0 = item.span(1)
            if _COUNT_OPENING.match(text, s0):
                continue  # 下设三个专项行动: a count of drives
            nominal, tags = _nominal(ann, s0, e0 - 2, token_starts)
            if nominal and not any(tag in ("p", "d", "c", "u", "r") for tag in tags):
                add(s0, e0, _canonical(text[s0:e0]))
    for cue in _SET_UNDER_LIST.finditer(text):
        stop = text.find("。", cue.end())
        stop = len(text) if stop < 0 else stop
        seps = "；;" if re.search("[；;]", text[cue.end():stop]) else "，,"
        pos = cue.end()
        while pos < stop:
            nxt = min((i for i in (text.find(c, pos, stop) for c in seps) if i >= 0), default=stop)
            # 甲专项行动、乙专项行动: drives listed with 、 in one item are each a drive
            parts = _split_at(text, pos, nxt, "、")
            listed = [_LISTED_DRIVE.fullmatch(text, a, b) for a, b in parts] if len(parts) > 1 else []
            items = listed if listed and all(listed) else [_LISTED_DRIVE.match(text, pos, nxt)]
            for item in items:
                if item is None:
                    continue
                s0, e0 = item.span(1)
                if _nominal(ann, s0, e0 - 2, token_starts)[0]:
                    add(s0, e0, _canonical(text[s0:e0]))
                    if "“" in text[s0:e0]:
                        quoted_names.add(_canonical(text[s0:e0]))
            pos = nxt + 1
    for cue in _SET_UNDER_COUNT.finditer(text):
        count = int(cue.group(1)) if cue.group(1).isdigit() else "一二三四五六七八九十".find(cue.group(1).replace("两", "二")) + 1
        pos, seen = cue.end(), 0
        while count and seen < count and (item := _ENUMERATED_DRIVE.search(text, pos, pos + 400)):
            s0, e0 = item.span(1)
            if item.start() - pos > 300 or not _nominal(ann, s0, e0 - 2, token_starts)[0]:
                break
            add(s0, e0, _canonical(text[s0:e0]))
            seen, pos = seen + 1, item.end()
    for run in _BARE_SUB_DRIVES.finditer(text):
        spans = _split_at(text, run.start(1), run.end(1), "、") + ([run.span(2)] if run.group(2) else [])
        readings = [_nominal(ann, a, b, token_starts) for a, b in spans]
        if all(nominal and not any(tag in ("p", "d", "c", "u", "r") for tag in tags) and not _SUFFIX_RE.search(text, a, b)
               for (nominal, tags), (a, b) in zip(readings, spans)):
            for a, b in spans:
                add(a, b, _canonical(text[a:b]))
            for a, b in spans:  # 甲子行动由某局负责: the sub-drive named again with its kind
                for again in re.finditer(re.escape(text[a:b]) + "子行动", text):
                    add(again.start(), again.end(), _canonical(text[a:b]))
    counted: set[str] = set()  # the quoted sub-drives counted by their kind (“甲”“乙”两个子行动)
    for run in _COUNTED_DRIVES.finditer(text):
        for q in re.finditer(r"“([^”\n]{2,12})”", run.group(1)):
            add(run.start(1) + q.start(1), run.start(1) + q.end(1), _canonical(q.group(1)))
            counted.add(_canonical(q.group(1)))
    # 1. quoted names, and quoted themes followed by a head (“甲”“乙”等专项行动: each one)
    quotes = list(quoted_spans(text))
    quote_at_end = {outer_e: (outer_s, in_s, in_e) for outer_s, outer_e, in_s, in_e in quotes}
    name_spans = [text_span(doc, x) for x in ann.mentions if x.type in (EntityType.REGION, EntityType.ORGANIZATION)]
    name_starts = {sp[0] for sp in name_spans}
    body_spans = [text_span(doc, x) for x in ann.mentions if x.type is EntityType.ORGANIZATION]
    for i, (outer_s, outer_e, in_s, in_e) in enumerate(quotes):
        inner = text[in_s:in_e]
        # the head may follow a run of quotations joined by 、/和/与 and closed by 等
        j, end = i, outer_e
        while j + 1 < len(quotes) and re.fullmatch(r"[、和与及]?", text[end:quotes[j + 1][0]]):
            j += 1
            end = quotes[j][1]
        gap = re.match(r"等?", text[end:end + 1]).end()
        after = text[end + gap:end + gap + 8]
        head = next((s for s in _SUFFIXES if after.startswith(s)), None)
        if head is not None and (head in _WEAK_HEADS | {"百日攻坚"} or head.endswith("整治")) \
                and after.startswith("行动", len(head)):
            head += "行动"  # “某某”百日攻坚行动, “某某”专项整治行动: the head and 行动 are one head
        if head is None and j == i and gap == 0 and (work := next((w for w in _ACTION_NOUNS if after.startswith(w)), None)):
            # “美丽屋场”创建专项行动, “擦亮小城镇”建设行动: the work done on the theme, then the head
            head = next((work + s for s in _SUFFIXES + ("行动", "活动") if after.startswith(s, len(work))), None)
        if head is None and j == i and gap == 0 and (
                after.startswith("行动") or after.startswith("活动") and not _head_of(inner)):
            # “某某”行动, “某某”活动: a quoted theme names the drive (“某某攻坚年”活动 is 某某攻坚年,
            # as it is unquoted)
            head = after[:2]
        if head is None and j == i and gap == 0 and (sub := _SUB_HEAD_AFTER.match(after)):
            head = sub.group(0)  # “某某”子行动, “某某”招商子行动: a sub-drive named by its quoted theme
        if head is None and j == i and gap == 0 and (kind := _KIND_OF_ACTIVITY.match(after)):
            head = kind.group(0)
        if head and (period := _PERIOD_AFTER.match(text, end + gap + len(head))
                     or _DURATION_AFTER.match(text, end + gap + len(head))):
            head += period.group(0)
        rest = end + gap + len(head or "")
        if head and len(inner) >= _MIN_THEME and not _METHOD_AFTER.match(text[rest:]) and not (
                _NOT_AFTER.match(text[rest:]) and not _MEETING_AFTER.match(text, rest)
                and not _PROGRESS_AFTER.match(text, rest)):  # (落实“某某”活动部署: the drive is named)
            if j == i and gap == 0 and _canonical(inner) in counted:
                # 下设“甲”“乙”两个子行动。“甲”子行动由某局牵头: the sub-drive counted before, named again
                add(outer_s, outer_e + len(head), _canonical(inner))
            elif j == i and gap == 0:
                left = _left_theme(text, ann, outer_s, token_starts, name_spans, name_starts)
                add(left, outer_e + len(head), _canonical(text[left:outer_s] + inner + head))
                quoted_names.add(_canonical(text[left:outer_s] + inner + head))
            else:
                add(in_s, in_e, _canonical(inner + head))
            quoted_names.add(_canonical(inner + head))
        elif (_head_of(inner) or inner.endswith("活动")) and (len(inner) > 5 or text.startswith(("活动", "行动"), outer_e)) \
                or _launched_by_name(text, inner, outer_s, outer_e):
            # (“作风建设年”活动: a short quoted drive with its head, named by the 活动 after it)
            add(in_s, in_e, _canonical(inner))
            quoted_names.add(_canonical(inner))
        elif (_head_of(inner) or inner.endswith("行动") and len(inner) >= 4) and len(inner) >= 3 and j == i and not (
                _COUNTED_THEME.match(inner) and _head_of(inner) in _WEAK_HEADS):
            # 农村人居环境整治“百日攻坚战”: the theme before the quoted drive opens its name
            # (not 产业发展“五大攻坚”: a numbered formulation whose head is a weak one)
            left = _left_theme(text, ann, outer_s, token_starts, name_spans, name_starts)
            if left < outer_s:
                add(left, outer_e, _canonical(text[left:outer_s] + inner))
                quoted_names.add(_canonical(text[left:outer_s] + inner))
    # 2. unquoted names ending in a head; bare heads are back-references
    bare: list[tuple[int, int, str]] = []
    consumed = 0
    for m in _SUFFIX_RE.finditer(text):
        if m.start() < consumed:
            continue
        # a weak head followed by a full one is one head (重大项目攻坚专项行动)
        end = m.end()
        if text.startswith("大", m.start()):
            while (big := _BIG_RUN.match(text, end)):
                end = big.end()  # 大排查|大整治行动: a run of 大 heads is one head
        while (nxt := next((x for x in _SUFFIXES + ("行动",) if text.startswith(x, end)), None)):
            end += len(nxt)
        if (period := _PERIOD_AFTER.match(text, end) or _DURATION_AFTER.match(text, end)):
            end = period.end()  # 某某建设年|活动, 某某集中整治|百日行动: the period closes the name
        consumed = end
        head = text[m.start():end]
        if any(overlaps((m.start(), end), t) for t in taken):
            continue
        if _NOT_AFTER.match(text[end:]) and not _MEETING_AFTER.match(text, end) and not _PROGRESS_AFTER.match(text, end) \
                or head.endswith("年") and _YEAR_WORD_AFTER.match(text, end):
            continue  # 建设年|产30万吨: 年 begins the next word, no 建设年 drive
        start = _name_start(text, m.start())
        start = _skip_count(text, start, m.start(), name_starts)
        if _COUNT_BEFORE.search(text, max(0, m.start() - 3), m.start()):
            continue  # 下设三个|专项整治: a count of drives, neither a name nor a reference back
        if (person := next((t for t in reversed(ann.tokens[bisect_left(token_starts, start):bisect_left(token_starts, m.start())])
                            if t.tag == "PER" and text.startswith(("任", "担任", "兼任"), t.end)), None)) is not None:
            start = person.end  # 乡党委书记某某任|攻坚行动指挥长: a person and a verb open no name
        if (cut := text.rfind("下设", start, m.start())) >= 0:
            start = _skip_count(text, cut + 2, m.start(), name_starts)  # 三年行动下设三个|专项行动: a count, no name
        if (area := _AREAS_BEFORE.match(text, start, m.start())) and m.start() - area.end() >= 4:
            start = area.end()  # 交流各县区|某某三年行动: the places running the drive are no part of its name
        for joined in _JOINED.finditer(text, start, m.start()):
            start = joined.end()  # 以…的状态投入|百日会战: what one throws oneself into is the drive, not the verb
        start = _past_body_and_verb(ann, start, m.start(), token_starts, body_spans)
        theme = text[start:m.start()]
        if text[start - 1:start] == "和" and theme.endswith("问题"):
            # 某某不正之风和某某问题集中整治: both kinds of problem are the theme
            joined = _name_start(text, start - 1)
            if start - 1 - joined >= 3 and not _nominal(ann, joined, start - 1, token_starts)[1].count("v"):
                start = joined
                theme = text[start:m.start()]
        nominal, theme_tags = _nominal(ann, start, m.start(), token_starts)
        if not nominal and len(theme) == 4 and head not in _WEAK_HEADS and _LAUNCHED_BEFORE.search(text, 0, start):
            nominal = True  # 打好|招大引强|攻坚战: a four-character theme of verbs, launched as a drive
        if head in _WEAK_HEADS and len(theme) < 4:
            nominal = False
        if sum(1 for tag in theme_tags if tag == "v") >= 3 or text.startswith(_BACKREF_AFTER, end) \
                or _DURATION.search(theme) \
                or _MANNER.match(theme) or _PHASE.match(theme) or _PARTICIPANTS.search(theme) \
                or theme.endswith(_OBJECT_OF) and not _ITEM_OPENING.search(text, max(0, start - 10), start) \
                or _METHOD_AFTER.match(text[end:]):
            nominal = False  # a clause (全面总结…推动大讨论精神), not a name
        if any(e == m.start() and start <= sp for sp, e in name_spans):
            nominal = False  # 某某集团主题教育, 省委主题教育: a body's own run of the drive, a back-reference
        if len(theme) >= _MIN_THEME and nominal and not re.search(r"[“”\"]", theme):
            prefix = ""
            if start in quote_at_end and len(theme) <= 10:  # “放管服”改革攻坚行动: the quoted word opens the name
                q_outer, q_in, q_end = quote_at_end[start]
                if not any(overlaps((q_outer, start), t) for t in taken):
                    prefix, start = text[q_in:q_end], q_outer
            elif theme and text[start - 1:start] == "、":
                start2 = _coordinated(text, start, theme)
                prefix, start = text[start2:start], start2
            add(start, end, _canonical(prefix + theme + head))
        else:
            bare.append((m.start(), end, head))
    # 2b. 开展|实施 + a theme of its own + a bare 行动 (实施乡村建设行动, 开展城乡环境卫生整洁行动)
    for m in _LAUNCHED_ACTION.finditer(text):
        s0, e0 = m.span(1)
        while text.startswith(("实施", "开展"), s0) and e0 - s0 > 8:
            s0 += 2  # 启动|实施某某行动: the second verb is no part of the name either
        theme = text[s0:e0 - 2]
        nominal, tags = _nominal(ann, s0, e0 - 2, token_starts)
        if nominal and len(theme) >= 4 and not _GENERIC_ACTION.search(theme) and not _SUFFIX_RE.search(text, s0, e0) \
                and not any(tag in ("p", "d", "c", "u", "r", "v") for tag in tags[-1:]) \
                and not any(tag in ("p", "c", "u", "r") for tag in tags):
            add(s0, e0, _canonical(text[s0:e0]))
    # one campaign, several spellings: 甲市X三年行动 / X三年行动, X大讨论活动 / X大讨论
    region_names = {m.name for m in ann.mentions if m.type is EntityType.REGION} | {
        m.key for m in ann.mentions if m.type is EntityType.REGION and m.key}
    names = {name for _, _, name in found}

    def merge(name: str) -> str:
        for r in sorted(region_names, key=len, reverse=True):
            if name.startswith(r) and name[len(r):] in names:
                return name[len(r):]
        if name.endswith("活动") and name[:-2] in names:
            return name[:-2]
        themed = [n for n in names if n != name and n.endswith(name) and n in quoted_names
                  and n[:len(n) - len(name)] not in region_names]
        if name in quoted_names and len(themed) == 1:
            return themed[0]  # “某某”三年行动 beside 某某提升“某某”三年行动: the quoted drive, its theme left out
        dated = [n for n in names if n.endswith(name) and _YEAR_AT.fullmatch(n[:len(n) - len(name)])]
        if len(dated) == 1:
            return dated[0]  # 秋季某某专项行动 after 2023年秋季某某专项行动: the same drive without its year
        head = _head_of(name)
        if head and "·" not in name:
            # 甲·乙新时代文明实践活动 shortened to 乙实践活动: the last part of the joined theme, same head
            theme = name[:-len(head)]
            joined = [n for n in names if "·" + theme in n and _head_of(n) == head]
            if len(theme) >= 2 and len(joined) == 1:
                return joined[0]
        # 推进乡村振兴五年行动 beside 全面推进乡村振兴五年行动: a shortened spelling of the longer name
        longer = [n for n in names if n != name and n.endswith(name) and len(n) - len(name) <= 3
                  and n[:len(n) - len(name)] not in region_names]  # 某省X三年行动 is X三年行动 (above)
        if len(longer) == 1 and len(name) - len(_head_of(name) or "") >= 4:
            return longer[0]
        # 解放思想大讨论 beside the quoted 解放思想推动高质量发展大讨论: the theme's opening words
        stem = name[:-2] if name.endswith("活动") else name
        head = _head_of(stem)
        if head and len(stem) - len(head) >= 2:
            theme = stem[: len(stem) - len(head)]
            fuller = [n for n in quoted_names if n != stem and n.endswith(head) and n.startswith(theme)]
            if len(fuller) == 1:
                return fuller[0]
        return name

    found = [(s, e, merge(n)) for s, e, n in found]
    # a drive named only inside the titles of documents (《某市某某三年行动方案》) is the plan's subject, not a
    # drive the text speaks of
    # (…but a plan's own title in the headline, 关于印发《某县某某五年行动实施方案》的通知, names the drive the
    # document is about)
    headline_end = text.find("\n")  # (-1: one line, no headline of its own)
    titles = [m.span() for m in _TITLE.finditer(text) if m.start() > headline_end]
    spoken = {n for s, e, n in found if not any(a <= s and e <= b for a, b in titles)
              or _LAUNCH.search(text, max(0, s - 6), s)}  # (《关于开展X的通知》 launches the drive)
    found = [(s, e, n) for s, e, n in found if n in spoken]
    # back-references: the most frequent named campaign with the same head
    counts = Counter(name for _, _, name in found)
    backrefs: set[tuple[int, int]] = set()
    # （以下简称“专项整治”）right after a drive: the short name refers to it
    declared = {}
    for m in _DECLARED_SHORT.finditer(text):
        before = [(s, e, n) for s, e, n in found if 0 <= m.start() - e <= 1]
        if before:
            declared[m.group(1)] = before[-1][2]
    for start, end, head in bare:
        if declared.get(text[start:end]):
            found.append((start, end, declared[text[start:end]]))
            backrefs.add((start, end))
            continue
        if head.endswith("活动") and not any(n.endswith(head) for n in counts):
            head = head[:-2]
        # (a bare 大讨论 in a report about 某某大讨论活动 is that drive)
        cands = [n for n in counts if _head_of(n) == head or n.endswith(head) or n.endswith(head + "活动")]
        if not cands:
            continue
        target = max(cands, key=lambda n: (n in quoted_names, counts[n], len(n)))
        found.append((start, end, target))
        backrefs.add((start, end))
    out = [
        mention(doc, s, e, EntityType.CAMPAIGN, "campaigns.pattern", key=name,
                back_reference="1" if (s, e) in backrefs else None)
        for s, e, name in sorted(found)
    ]
    return out


@stage("campaigns", requires={"tokens"}, provides={"mentions:Campaign"})
def campaigns(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_campaigns(ann, ctx)
