"""Policy documents: titles in 《》 that name a policy instrument, 文号 such as
辽委办发〔2018〕127号 (parsed into issuer code, year, serial), and the
document's own title when it is a plan or notice.
"""
from __future__ import annotations

import re

from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import book_spans, mention, strip_quotes

POLICY_HEADS = (
    "实施方案", "工作方案", "行动方案", "方案", "实施意见", "指导意见", "意见", "通知", "决定", "决议", "办法",
    "规定", "条例", "规划", "纲要", "计划", "细则", "措施", "准则", "制度", "规则", "清单", "意见稿",
    "报告", "批复", "公告", "通报", "要点", "法", "若干政策", "政策", "标准", "指南", "考核方案",
)
# A head may be followed by a parenthesis: (试行), （2021—2023年）, (征求意见稿).
_POLICY_END = re.compile("(?:" + "|".join(sorted(POLICY_HEADS, key=len, reverse=True))
                         + r")(?:[(（](?:试行|暂行|修订|征求意见稿|[\d—\-－~～至年]{4,16})[)）])?$")
DOC_NUMBER = re.compile(
    r"(?P<issuer>[\u4e00-\u9fff]{1,12}?)\s*[〔\[［【(（](?P<year>(?:19|20)\d{2})[〕\]］】)）]\s*(?P<serial>\d{1,5})\s*号"
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
        if first == 0 and not _ISSUER_LINE.search(head):
            return None
    return None


_ISSUER_LINE = re.compile(r"^[\u4e00-\u9fff]{2,60}(?:办公室|办公厅|委员会|人民政府|政府|党委|委|厅|局|部)$")


def find_policy_documents(ann: AnnotatedDoc, ctx) -> list[Mention]:
    doc = ann.doc
    text = doc.text
    out: list[Mention] = []
    numbers = [(m.start(), m.end(), m) for m in DOC_NUMBER.finditer(text)]
    used_numbers: set[int] = set()
    for outer_s, outer_e, in_s, in_e in book_spans(text):
        title = "".join(text[in_s:in_e].split())
        if not (_POLICY_END.search(strip_quotes(title)) or title.startswith("关于")):
            continue
        number = None
        for ns, ne, nm in numbers:
            if 0 <= ns - outer_e <= 2:
                number = nm
                used_numbers.add(ns)
                break
        extra = {}
        if number:
            extra = dict(number=number.group(0), issuer=number.group("issuer"), year=number.group("year"),
                         serial=str(int(number.group("serial"))))
        out.append(mention(doc, in_s, in_e, EntityType.POLICY_DOCUMENT, "documents.title",
                           key=strip_quotes(title), **extra))
    for ns, ne, nm in numbers:
        if ns in used_numbers:
            continue
        out.append(mention(doc, ns, ne, EntityType.POLICY_DOCUMENT, "documents.number", key=nm.group(0),
                           number=nm.group(0), issuer=nm.group("issuer"), year=nm.group("year"),
                           serial=str(int(nm.group("serial")))))
    own = _self_title(text)
    if own:
        s, e = own
        title = strip_quotes("".join(text[s:e].split()))
        out.append(mention(doc, s, e, EntityType.POLICY_DOCUMENT, "documents.self_title", key=title,
                           self_title="1"))
    return out


@stage("policy_documents", provides={"mentions:PolicyDocument"})
def policy_documents(ann: AnnotatedDoc, ctx) -> list[Mention]:
    return find_policy_documents(ann, ctx)
