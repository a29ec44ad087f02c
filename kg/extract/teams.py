"""Places that stand for sports teams: 苏格兰、挪威、丹麦等队, 以1∶0小胜比利时, A组有四川、河北….

In a results table or a report of a tournament a country or a province is a
team, an Organization (named 某某队), not the Region. Only a context that says
so turns a place into a team: a list closed by 等队, a ranking of teams, a
group of a draw, a score, a match between two sides.
"""
from __future__ import annotations

import re

from ..pipeline import AnnotatedDoc, stage
from ..types import EntityType, Mention
from .base import mention, outermost, text_span

_SEP = frozenset("、和与及")
# after the last place of a list: 等队, 等强队, 等一流球队, 等强手 (not 队员, 队长, 队伍)
_TEAMS_AFTER = re.compile(r"(?:[、和与及][\u4e00-\u9fff]{2,6}?)?等[\u4e00-\u9fff]{0,4}?(?:球队|强队|队|强手)(?![员长伍列形])")
# before the first: 第二至六名的队依次是, A组有, 有11个队保持大门不失：
_TEAMS_BEFORE = re.compile(
    r"(?:队(?:依次|分别)?(?:是|为)|[A-Ha-hＡ-Ｈａ-ｈ]组(?:有|是|为|包括)|个队[^。；，\n]{0,12}[：:])$")
_DRAWN_AFTER = re.compile(r"同?分(?:到|在|入)[A-Ha-hＡ-Ｈａ-ｈ]组")
_SCORE = r"\d{1,3}\s*[∶:：比]\s*\d{1,3}"
# 以1∶0小胜比利时, 2∶2平摩洛哥
_BEATEN_BEFORE = re.compile(rf"{_SCORE}[\u4e00-\u9fff]{{0,2}}?(?:战胜|击败|逼平|负于|不敌|淘汰|胜|负|平)$")
_SCORE_AFTER = re.compile(rf"队?以{_SCORE}")
# 中国与印尼一战, 巴西对苏格兰那场
_MATCH_GAP = frozenset({"对", "与", "同", "vs", "VS"})
_MATCH_AFTER = re.compile(rf"队?(?:的)?(?:一战|之战|那场|一场|比赛|较量)|队?{_SCORE}")
# 战胜印尼名将某某, 负于某国的某某: the place is a player's country, the player the side
_PLAYER_AFTER = re.compile(r"的|名将|选手|劲旅|老将|队员|球员|小将|好手")


def _lists(text: str, places: list[tuple[int, int, Mention]]) -> list[list[tuple[int, int, Mention]]]:
    """Runs of places joined by one list mark or conjunction each (四川、河北和江苏), in order."""
    runs: list[list[tuple[int, int, Mention]]] = []
    for p in places:
        if runs and text[runs[-1][-1][1]:p[0]] in _SEP and p[0] - runs[-1][-1][1] == 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def team_places(ann: AnnotatedDoc) -> list[Mention]:
    """The top-level Region mentions that name a team in their context."""
    doc, text = ann.doc, ann.doc.text
    top, _ = outermost(ann.mentions)
    places = sorted(((*text_span(doc, m), m) for m in top if m.type is EntityType.REGION),
                    key=lambda p: (p[0], p[1]))  # (two mentions of one span are not compared)
    teams: list[Mention] = []
    runs = _lists(text, places)
    for k, run in enumerate(runs):
        (s0, _, _), (_, e1, _) = run[0], run[-1]
        line0 = text.rfind("\n", 0, s0) + 1
        before = text[max(line0, s0 - 16):s0]
        if len(run) >= 2 and (_TEAMS_AFTER.match(text, e1) or _TEAMS_BEFORE.search(before)
                              or _DRAWN_AFTER.match(text, e1)):
            teams.extend(m for _, _, m in run)
            continue
        if len(run) == 2 and text[run[0][1]:run[1][0]] in _MATCH_GAP | {"和"} and _MATCH_AFTER.match(text, e1):
            teams.extend(m for _, _, m in run)  # 中国与印尼一战
            continue
        if len(run) == 1 and (after := _TEAMS_AFTER.match(text, e1)) and after.group(0).startswith("等"):
            teams.append(run[0][2])
            continue
        for s, e, m in run:
            if (_BEATEN_BEFORE.search(text, max(line0, s - 10), s) and not _PLAYER_AFTER.match(text, e)) \
                    or _SCORE_AFTER.match(text, e):
                teams.append(m)
        if k + 1 < len(runs):  # two sides: 中国与印尼一战, 巴西对苏格兰那场
            s, e, m = run[-1]
            ns, ne, nm = runs[k + 1][0]
            if text[e:ns] in _MATCH_GAP and _MATCH_AFTER.match(text, ne):
                teams.extend((m, nm))
    return teams


def _as_team(ann: AnnotatedDoc, m: Mention) -> Mention:
    s, e = text_span(ann.doc, m)
    name = ann.doc.text[s:e]
    return mention(ann.doc, s, e, EntityType.ORGANIZATION, "teams.context", key=f"{name}队", confidence=0.7)


@stage("teams", requires={"mentions:Region", "mentions:Organization"}, provides={"mentions:Organization"},
       replaces_mentions=True)
def teams(ann: AnnotatedDoc, ctx) -> list[Mention]:
    found = {id(m) for m in team_places(ann)}
    if not found:
        return list(ann.mentions)
    return [_as_team(ann, m) if id(m) in found else m for m in ann.mentions]
