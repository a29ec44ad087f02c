"""Shared fixtures: one analysis Context for the whole session (LAC loads once),
and realistic Chinese paragraphs written for these tests."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

# Invented text (no real officials); long enough that encoding detection is fair.
PARAGRAPH = (
    "青山市召开全市乡村振兴工作推进会议，主要负责同志王明出席会议并讲话。会议指出，要坚持以人民为中心的发展思想，"
    "统筹推进产业发展、生态保护和基层治理，确保各项任务落到实处。会议要求，各县区要压实责任，细化措施，"
    "加强督促检查，推动农业农村现代化取得新成效。与会人员还就下一步重点工作进行了深入讨论，"
    "一致表示将认真贯彻落实会议精神，扎实做好春耕生产、人居环境整治和农民增收等工作。"
)
PARAGRAPH_TRADITIONAL = (
    "青山市召開全市鄉村振興工作推進會議，主要負責同志王明出席會議並講話。會議指出，要堅持以人民為中心的發展思想，"
    "統籌推進產業發展、生態保護和基層治理，確保各項任務落到實處。會議要求，各縣區要壓實責任，細化措施，"
    "加強督促檢查，推動農業農村現代化取得新成效。與會人員還就下一步重點工作進行了深入討論，"
    "一致表示將認真貫徹落實會議精神，紮實做好春耕生產、人居環境整治和農民增收等工作。"
)


@pytest.fixture(scope="session")
def ctx():
    from kg.context import Context

    return Context()


@pytest.fixture(scope="session")
def pipeline():
    from kg.build import default_pipeline

    return default_pipeline()
