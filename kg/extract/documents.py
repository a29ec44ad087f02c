"""Policy documents: titles in 《》 that name a policy instrument, 文号 such as
辽委办发〔2018〕127号 (parsed into issuer code, year, serial), and the
document's own title when it is a plan or notice.
"""
from __future__ import annotations

import re

from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import book_spans, mention, strip_quotes, text_span

POLICY_HEADS = (
    "实施方案", "工作方案", "行动方案", "方案", "实施意见", "指导意见", "意见", "通知", "决定", "决议", "办法",
    "规定", "条例", "规划", "纲要", "计划", "细则", "措施", "准则", "制度", "规则", "清单", "意见稿",
    "报告", "批复", "公告", "通报", "要点", "法", "若干政策", "政策", "标准", "指南", "考核方案",
)
# A head may be followed by a parenthesis: (试行), （2021—2023年）, (征求意见稿).
_POLICY_END = re.compile("(?:" + "|".join(sorted(POLICY_HEADS, key=len, reverse=True))
                         + r")(?:[(（](?:试行|暂行|修订|征求意见稿|讨论稿|送审稿|审议稿|草案|[\d—\-－~～至年]{4,16})[)）])?$")
# (a verb citing the number, 根据|某发〔2024〕15号, is matched apart so that it stays out of the issuer;
# no issuer's code holds a function word: 市委以|某发〔2024〕9号; nor does it run over a line break: a
# heading 会议纪要 over the line 〔2025〕14号)
DOC_NUMBER = re.compile(
    r"(?:根据|按照|依据|依照|遵照|贯彻落实|贯彻|落实|执行|参照|对照|转发|印发|下发)?"
    r"(?P<number>(?P<issuer>(?:(?![以的了在是将按由经对为和与及并把被从于])[\u4e00-\u9fff]){1,12}?)[ \t\u3000]*[〔\[［【(（](?P<year>(?:19|20)\d{2})[〕\]］】)）]\s*(?P<serial>\d{1,5})\s*号)"
)


def parse_number(number: str) -> dict[str, str] | None:
    """``辽委办发〔2018〕127号`` → issuer ``辽委办发``, year ``2018``, serial ``127``."""
    m = DOC_NUMBER.fullmatch(number.strip())
    if not m:
        return None
    return {"issuer": m.group("issuer"), "year": m.group("year"), "serial": str(int(m.group("serial")))}


def _self_title(text: str) -> tuple[int, int] | None:
    """The document's own title when its first lines name a policy instrument; the
    title may come under lines of the issuing bodies and the 文号
    (中共某县委办公室　某县人民政府办公室 / 某发〔2021〕12号 / 关于印发《…》的通知)."""
    pos = 0
    lines = []
    for line in text.split("\n"):
        if line.strip():
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
        if len(lines) >= 10:
            break
    for first in range(len(lines)):
        head = "".join(text[slice(*lines[first])].split())
        if first and not head.startswith("关于"):
            if _ISSUER_LINE.search(head) or DOC_NUMBER.fullmatch(head):
                continue  # a line of the issuing bodies or the 文号 above the title
            return None
        for k in range(first + 1, min(len(lines), first + 3) + 1):
            start, end = lines[first][0], lines[k - 1][1]
            joined = strip_quotes("".join(text[start:end].split()))
            if len(joined) > 80:
                break
            if joined.startswith("关于") and _POLICY_END.search(joined):
                return start, end
            if first == 0 and k == 1 and _TITLE_WITH_ISSUER.match(joined) and _POLICY_END.search(joined):
                return start, end  # 某省某某厅关于开展…的通知: the body opens its own title
        if first == 0 and not _ISSUER_LINE.search(head):
            return None
    return None


_DRAFT_NOTE = re.compile(r"[(（][^()（）]*[)）]$")
_DRAFT_VERSION = re.compile(r"[(（](?:讨论稿|征求意见稿|送审稿|审议稿|修订稿|草案|草稿|代拟稿)[)）]$")
# （以下简称《X》）: a short name declared for the title before it
_SHORT_NAME_BEFORE = re.compile(r"[（(]\s*(?:以下)?简称(?:为)?$")
# Between a sent-out title and the number of the notice sending it: 》的通知（
_NOTICE_GAP = re.compile(r"的(?:通知|决定|意见|批复)[ \t]*[（(]?")
_TITLE_WITH_ISSUER = re.compile(r"[\u4e00-\u9fff]{2,30}?(?:办公室|办公厅|委员会|人民政府|政府|党委|委|厅|局|部)关于")
_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,60}(?:办公室|办公厅|委员会|人民政府|政府|党委|委|厅|局|部)$")


_INNER_TITLE = re.compile(r"〈([^〈〉《》]{2,80})〉")


def find_policy_documents(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    out: list[Mention] = []
    numbers = [(m.start("number"), m.end(), m) for m in DOC_NUMBER.finditer(text)]
    used_numbers: set[int] = set()
    short_names: dict[str, str] = {}  # 《实施意见》 declared as the short name of a title before it
    last_title = None
    earlier_titles: list[str] = []
    for outer_s, outer_e, in_s, in_e in book_spans(text):
        title = "".join(text[in_s:in_e].split())
        if not (_POLICY_END.search(strip_quotes(title)) or title.startswith("关于")):
            continue
        if last_title is not None and _SHORT_NAME_BEFORE.search(text, max(0, outer_s - 8), outer_s):
            short_names[title] = last_title  # （以下简称《实施意见》）: the title before, shortened
        number = None
        for ns, ne, nm in numbers:
            # 《X》（某发〔2023〕1号）, or after the notice sending X out: 关于印发《X》的通知（…号）
            if 0 <= ns - outer_e <= 2 or _NOTICE_GAP.fullmatch(text, outer_e, ns):
                number = nm
                used_numbers.add(ns)
                break
        extra = {}
        if number:
            extra = dict(number=number.group("number"), issuer=number.group("issuer"), year=number.group("year"),
                         serial=str(int(number.group("serial"))))
        bare = _DRAFT_NOTE.sub("", title)
        named_before = next((t for t in reversed(earlier_titles) if _DRAFT_NOTE.sub("", t).endswith(bare)), None) \
            if bare in POLICY_HEADS else None
        if named_before is not None:
            # 审议通过了《决定》, 就《决定（讨论稿）》作说明: the 决定 named before (the latest of that kind, whatever
            # was cited in between: 《某县十条措施》…根据《某某意见》…起草了《措施》)
            short_names[title] = named_before
        # 《X（讨论稿）》 is X in its draft: one document (the draft's name stays an alias)
        key = short_names.get(title) or strip_quotes(_DRAFT_VERSION.sub("", title))
        if title not in short_names:
            last_title = key
            earlier_titles.append(key)
        out.append(mention(doc, in_s, in_e, EntityType.POLICY_DOCUMENT, "documents.title", key=key, **extra))
        for inner in _INNER_TITLE.finditer(text, in_s, in_e):
            # 《关于印发〈X〉的通知》: X, the document the cited notice sends out, is cited too
            if _POLICY_END.search(strip_quotes(inner.group(1))):
                out.append(mention(doc, inner.start(1), inner.end(1), EntityType.POLICY_DOCUMENT, "documents.title",
                                   key=strip_quotes("".join(inner.group(1).split()))))
    own = _self_title(text)
    for ns, ne, nm in numbers:
        if ns in used_numbers or own is None or not _header_line(text, ns, ne, own):
            continue
        used_numbers.add(ns)  # the 文号 line under (or over) the document's own title is its number
        own_number = nm
        break
    else:
        own_number = None
    for ns, ne, nm in numbers:
        if ns in used_numbers:
            continue
        out.append(mention(doc, ns, ne, EntityType.POLICY_DOCUMENT, "documents.number", key=nm.group("number"),
                           number=nm.group("number"), issuer=nm.group("issuer"), year=nm.group("year"),
                           serial=str(int(nm.group("serial")))))
    if own:
        s, e = own
        title = strip_quotes("".join(text[s:e].split()))
        extra = {}
        if own_number is not None:
            extra = dict(number=own_number.group("number"), issuer=own_number.group("issuer"), year=own_number.group("year"),
                         serial=str(int(own_number.group("serial"))))
        out.append(mention(doc, s, e, EntityType.POLICY_DOCUMENT, "documents.self_title", key=title,
                           self_title="1", **extra))
    return out


def _header_line(text: str, start: int, end: int, own: tuple[int, int]) -> bool:
    """A 文号 alone on its line within three lines of the document's own title."""
    line_s = text.rfind("\n", 0, start) + 1
    line_e = text.find("\n", end)
    line_e = len(text) if line_e < 0 else line_e
    if text[line_s:start].strip() or text[end:line_e].strip():
        return False
    between = text[own[1]:line_s] if line_s >= own[1] else text[line_e:own[0]]
    return between.count("\n") <= 3


def _inside_numbers(doc, mentions, numbers) -> list:
    """Persons and bodies the model finds inside a 文号's issuer code (某府办发) are none."""
    spans = [(m.start("issuer"), m.end("issuer")) for m in numbers]
    return [m for m in mentions if m.type in (EntityType.PERSON, EntityType.ORGANIZATION)
            and any(s <= a and b <= e for a, b in [text_span(doc, m)] for s, e in spans)]


@stage("policy_documents", provides={"mentions:PolicyDocument"}, replaces_mentions=True)
def policy_documents(ann: AnnotatedDoc, ctx) -> list[Mention]:
    dropped = {id(m) for m in _inside_numbers(ann.doc, ann.mentions, list(DOC_NUMBER.finditer(ann.doc.text)))}
    return [m for m in ann.mentions if id(m) not in dropped] + find_policy_documents(ann, ctx)
